"""Forms of DIRECTIVE and ISSUED_BY that the session-5 audit of real reports found wrong (the audit
pages stay outside the project). Every sentence here is made up in the same form; each test names
the form it guards."""

from __future__ import annotations

from civannot.preannotate import suggest
from tests.directive_helpers import directives as _dirs
from tests.directive_helpers import issued as _issued


def test_items_of_a_list_announced_by_a_frame_are_requirements():
    text = (
        "会上，市委常委岑望围绕创城工作提出了几点意见。一是培育文明新风，提升城市凝聚力。"
        "二是加强综合治理，提高城市竞争力。\n\n三是强化督查指导，提升整体创建水平。"
    )
    assert _dirs(text) == [
        "培育文明新风，提升城市凝聚力",
        "加强综合治理，提高城市竞争力",
        "强化督查指导，提升整体创建水平",
    ]
    assert {who for _, who in _issued(text)} == {"岑望"}


def test_items_after_a_colon_and_semicolons_split_and_drop_their_enumerators():
    text = (
        "聂川在听取汇报后指出，要抓住有利时机，从三个方面努力：\n"
        "一是关注争创形势，分析机遇和压力；二是整顿经营秩序，治理占道经营；三是研究自身特点，打造文明优势。"
    )
    assert _dirs(text) == [
        "要抓住有利时机，从三个方面努力",
        "关注争创形势，分析机遇和压力",
        "整顿经营秩序，治理占道经营",
        "研究自身特点，打造文明优势",
    ]


def test_a_report_of_what_was_done_in_a_numbered_list_is_no_requirement():
    text = "去年，全区做了一些富有成效的工作。一是坚持高位推进。二是强化合力推进。"
    assert _dirs(text) == []


def test_an_item_that_is_an_assessment_stays_out_of_an_open_list():
    text = "随后强调，一是延续包干责任制度，压实责任。二是创文工作是系统工程，不漏一个细节。"
    assert _dirs(text) == ["延续包干责任制度，压实责任"]


def test_semicolon_before_the_next_enumerator_ends_the_unit():
    text = "会议强调，一要加强领导，高度重视；二要定人定责，专人负责；三是加强督导，细化责任清单。"
    assert _dirs(text) == [
        "一要加强领导，高度重视",
        "二要定人定责，专人负责",
        "加强督导，细化责任清单",
    ]


def test_framing_verb_after_an_enumerator_or_connective_stays_out():
    text = (
        "会议对下一步工作作了部署：一是要求各社区要加大宣传力度；"
        "二是要求街道有关科室要加强沟通联系。同时，号召全镇上下要坚定信心，掀起创建热潮。"
    )
    assert _dirs(text) == [
        "各社区要加大宣传力度",
        "街道有关科室要加强沟通联系",
        "全镇上下要坚定信心，掀起创建热潮",
    ]


def test_titled_speaker_requiring_an_addressee_outside_the_closed_list():
    text = "会上，兵团党委常委、宣传部部长宁越要求兵团各驻城单位在“双创”工作中要全力配合。"
    assert _dirs(text) == ["兵团各驻城单位在“双创”工作中要全力配合"]
    assert _issued(text) == [("兵团各驻城单位在“双创”工作中要全力配合", "宁越")]


def test_a_deployment_frame_with_a_colon_names_the_speaker():
    text = "会上，镇党委委员谭潇作具体工作部署：各村、相关单位要深入推进环境综合治理。"
    assert _issued(text) == [("各村、相关单位要深入推进环境综合治理", "谭潇")]


def test_speaker_named_after_the_quote():
    text = (
        "“荣誉至，并不代表创建到头。我们要巩固创建成果。”日前召开的点评会上，市委书记楚衡表示，"
        "高邮已登上高地。\n"
        "“创建典范城市，需要我们以归零的心态重新出发。”市城管局局长柏舟介绍说，“眼下，"
        "我们需要再绣一幅锦绣画。”"
    )
    assert _issued(text) == [
        ("我们要巩固创建成果", "楚衡"),
        ("需要我们以归零的心态重新出发", "柏舟"),
        ("我们需要再绣一幅锦绣画", "柏舟"),
    ]


def test_purpose_after_an_action_is_no_requirement():
    text = "省文明办研究制定了测评体系，就是要从文明高地中打造一批文明高峰。"
    assert _dirs(text) == []
    # …关键就是要…: an emphasis of what must be done still asks it
    assert _dirs("韩笙强调，关键就是要抓好落实。") == ["关键就是要抓好落实"]


def test_hope_with_a_named_addressee_opens_the_requirement():
    text = "葛岚指出，整个活动正在推进。希望第三片区成员单位在下一步工作中，要高度重视创建工作。"
    assert _dirs(text) == ["希望第三片区成员单位在下一步工作中，要高度重视创建工作"]


def test_scope_with_fanshi_and_purpose_clauses_before_the_marker():
    text = "会议要求，凡是上级交办的工作，各部门必须按时完成。"
    assert _dirs(text) == ["凡是上级交办的工作，各部门必须按时完成"]
    text = "黎原要求，“创文”“保卫”都是为了实现高质量发展，提升全县形象，要坚持统筹推进。"
    assert _dirs(text) == ["要坚持统筹推进"]


def test_imperative_continuations_with_other_openers():
    text = (
        "邝野指出，各部门必须坚定正确方向。紧紧围绕中心、服务大局，不断增强针对性。"
        "讲好本地故事，传播好声音。将文件精神学深学透，确保取得实效。"
    )
    assert _dirs(text) == [
        "各部门必须坚定正确方向",
        "紧紧围绕中心、服务大局，不断增强针对性",
        "讲好本地故事，传播好声音",
        "将文件精神学深学透，确保取得实效",
    ]
    # a future 将 after a requirement reports a plan
    assert _dirs("邝野指出，各部门必须坚定方向。将于下月召开推进会。") == ["各部门必须坚定方向"]


def test_site_furniture_with_a_url_is_never_a_requirement():
    text = "会议要求，各单位要抓好落实。\n转载请注明：http://www.example-mirror.cn/a/1.html\n地址：http://www.example-mirror.cn/a/1.html"
    assert _dirs(text) == ["各单位要抓好落实"]


def test_items_after_a_deployment_colon_even_without_a_marker():
    text = (
        "会议对下一步工作进行安排部署：一是要求各社区要加大宣传力度；"
        "二是利用假日时间，组织干部开展“党员进社区、文明我先行”活动。"
    )
    assert _dirs(text) == [
        "各社区要加大宣传力度",
        "利用假日时间，组织干部开展“党员进社区、文明我先行”活动",
    ]


def test_a_speaker_frame_on_a_line_of_its_own_and_bulleted_requirements():
    text = (
        "季川书记指出——\n为人民创城\n●要使创城成为一项惠民生的民心工程。\n"
        "宋砚市长指出——\n补齐工作短板\n●要以攻坚克难的精神状态抓好重点领域。"
    )
    assert _issued(text) == [
        ("要使创城成为一项惠民生的民心工程", "季川"),
        ("要以攻坚克难的精神状态抓好重点领域", "宋砚"),
    ]


def test_a_named_speaker_after_a_long_account_of_what_they_did():
    text = "市委常委、宣传部长严谨在分析我市当前创城工作面临的形势后指出，要讲究方式方法。"
    assert _issued(text) == [("要讲究方式方法", "严谨")]


def test_by_no_means_is_an_assessment_not_a_prohibition():
    text = "创建文明城市，绝不单纯是为了争一块牌子，要使之成为一项民心工程。"
    assert _dirs(text) == ["要使之成为一项民心工程"]
    assert _dirs("各单位绝不能弄虚作假。") == ["各单位绝不能弄虚作假"]


def test_time_and_scope_adverbials_before_the_addressee_stay_in_the_span():
    for text, want in (
        (
            "郑川强调，从现在起到测评结束，各单位要全员在岗。",
            "从现在起到测评结束，各单位要全员在岗",
        ),
        (
            "郑川强调，今后一个时期，各部门要把创城作为头等大事。",
            "今后一个时期，各部门要把创城作为头等大事",
        ),
        (
            "郑川强调，凡涉及群众切身利益的问题，各部门务必限时办结。",
            "凡涉及群众切身利益的问题，各部门务必限时办结",
        ),
    ):
        assert _dirs(text) == [want]
    # a report of what happened is no adverbial of the requirement
    assert _dirs("从去年以来，全县取得了成绩，各单位要巩固。") == ["各单位要巩固"]


def test_a_photo_caption_lays_down_nothing():
    text = (
        "县委书记闵澄强调，各乡镇要抓好落实。\n图为县委书记闵澄要求各部门要加强督查\n"
        "闵澄要求各部门要加强督查（记者 岳林 摄）\n各部门要立行立改。"
    )
    assert _dirs(text) == ["各乡镇要抓好落实", "各部门要立行立改"]


# session 5, round 2 (auddirs2): a fresh batch of 28 real pages


def test_a_list_announced_by_qiangdiao_le_n_points_is_the_speakers():
    # 某某强调了四点意见。一是…: the announcement ends with 。, and the verb is 强调
    text = (
        "镇党委书记、人大主席邝明远强调了三点意见。一是凝心聚力，形成共识，创建氛围要浓。"
        "全体干部进一步振奋精神，增强紧迫感。二是统筹推进，真抓实干，创建效果要好。"
    )
    # (round 3: the sentence between the items continues the first one, its addressee first)
    assert _dirs(text) == [
        "凝心聚力，形成共识，创建氛围要浓",
        "全体干部进一步振奋精神，增强紧迫感",
        "统筹推进，真抓实干，创建效果要好",
    ]
    assert {who for _, who in _issued(text)} == {"邝明远"}


def test_an_item_keeps_the_clauses_before_its_marker_but_not_an_assertion():
    text = "县长邝明远强调了两点意见。一是创文工作是长期任务，各村要常抓不懈。"
    assert _dirs(text) == ["各村要常抓不懈"]


def test_a_request_announced_after_a_jiu_clause_and_its_comma():
    # 某某就贯彻会议精神，对县文明办提出要求。一是要…
    text = (
        "视频会议结束后，县委副书记邝明远就贯彻落实全省会议精神，对县文明办提出要求。"
        "一是要建立常态长效机制。二是要严格督办，确保取得实效。"
    )
    assert _issued(text) == [
        ("要建立常态长效机制", "邝明远"),
        ("要严格督办，确保取得实效", "邝明远"),
    ]


def test_a_speaker_requiring_an_addressee_before_a_colon():
    # 第一书记某某要求社区：一要…；二要…
    text = "社区第一书记邝明远要求社区：一要提高政治站位，强化责任担当；二要加强巡视和自查。"
    assert _issued(text) == [
        ("一要提高政治站位，强化责任担当", "邝明远"),
        ("二要加强巡视和自查", "邝明远"),
    ]


def test_the_meeting_requiring_an_addressee_without_a_comma_stays_out():
    text = "会议要求村组干部要树立文明理念，养成文明行为；要遵守交通规则。"
    assert _dirs(text) == ["村组干部要树立文明理念，养成文明行为", "要遵守交通规则"]
    assert _issued(text) == []


def test_imperative_continuations_opening_with_juyifansan_or_yindao():
    text = (
        "镇长邝明远强调：要坚持问题导向，抓好镇区环境整治。举一反三，全方位组织排查。"
        "引导群众争做文明风尚的培育者。"
    )
    assert _dirs(text) == [
        "要坚持问题导向，抓好镇区环境整治",
        "举一反三，全方位组织排查",
        "引导群众争做文明风尚的培育者",
    ]


def test_an_attendees_pledge_and_a_comment_form_are_no_requirements():
    text = (
        "会后，全体干部签署了文明承诺。签名现场，大家也纷纷表示，以后要争做文明的倡导者。\n"
        "责任编辑：邝明远\n请输入验证码"
    )
    assert _dirs(text) == []


def test_a_date_keeps_an_hour_written_with_dian():
    text = "10月16日上午9点，白沙乡召开创文工作部署会。5月3日下午3点半，会议再次召开。"
    dates = [s.text for s in suggest(text).spans if s.label == "DATE"]
    assert dates == ["10月16日上午9点", "5月3日下午3点半"]


def test_the_connective_dan_stays_out_of_the_span():
    text = "区长邝明远要求，创文迎检虽然告一段落，但创文的成效务必要长久保持下去。"
    assert _dirs(text) == ["创文的成效务必要长久保持下去"]


# --- session 5, round 3: forms from a third fresh batch of real pages (made-up sentences) ---


def test_a_list_announced_by_a_named_comrade_from_several_aspects_is_theirs():
    # NAME同志从四个方面对…进行了部署并提出了具体要求。一是…: 同志 and a 从… lead before 对…
    text = (
        "最后，局长邝庭同志从三个方面对创建工作进行了安排部署并提出了具体要求。"
        "一是统一思想，提高认识。二是明确目标，把握节点。三是强化措施，狠抓落实。"
    )
    assert _dirs(text) == ["统一思想，提高认识", "明确目标，把握节点", "强化措施，狠抓落实"]
    assert {who for _, who in _issued(text)} == {"邝庭"}


def test_a_request_frame_led_by_genju_names_its_speaker():
    # NAME根据创文工作提几点要求：一要…: a 根据… lead, 提 without 出
    text = "会上，社区书记邵岚根据创文工作提几点要求：一要加强实践站建设。二要加强氛围宣传。"
    assert _dirs(text) == ["一要加强实践站建设", "二要加强氛围宣传"]
    assert {who for _, who in _issued(text)} == {"邵岚"}


def test_a_pronoun_requiring_an_addressee_inside_the_sentence_is_the_named_subject():
    # NAME强调了…的重要性，他要求学院各部门要…: 他要求 with its addressee, no comma
    text = "会上，院长柏舟强调了创文工作的重要性，他要求学院各部门要密切配合，抓好各项创文工作。"
    assert _dirs(text) == ["学院各部门要密切配合，抓好各项创文工作"]
    assert _issued(text) == [("学院各部门要密切配合，抓好各项创文工作", "柏舟")]


def test_the_author_of_a_transmitted_instruction_is_not_the_speaker():
    # A主持召开会议，传达贯彻…和区委书记B指示精神。他强调：: 他 is A, who transmitted B's words
    text = (
        "7月3日晚，镇党委书记纪澄主持召开班子会议，传达贯彻全区动员大会精神和区委书记韦临指示精神。"
        "他强调：一是提高认识。二是突出重点。"
    )
    assert {who for _, who in _issued(text)} == {"纪澄"}


def test_the_meeting_glued_to_a_requirement_after_a_named_list_is_unnamed():
    # …一是…。会议明确了…，要求全体干部职工要…: the meeting requires, not the list's speaker
    text = (
        "局长邝庭同志从两个方面对创建工作提出了具体要求。一是统一思想。二是明确目标。"
        "会议明确了创建任务和时间节点，要求全体干部职工要迅速行动起来。"
    )
    assert ("统一思想", "邝庭") in _issued(text)
    assert ("全体干部职工要迅速行动起来", "邝庭") not in _issued(text)
    assert "全体干部职工要迅速行动起来" in _dirs(text)


def test_a_subjectless_requirement_after_a_transmitted_spirit_is_the_transmitters():
    # NAME在会议上传达了…精神。要求全体人员…: the one who transmitted requires
    text = (
        "10月9日，市侨办召开创城推进会。蒲青主任在会议上传达了全市创城推进会精神。"
        "要求全体人员提高思想认识，要把创城工作作为当前重要工作来抓。"
    )
    assert _issued(text) == [("全体人员提高思想认识，要把创城工作作为当前重要工作来抓", "蒲青")]


def test_a_subjectless_requirement_after_the_meetings_frame_stays_unnamed():
    text = (
        "会议由镇长蒲青主持，镇党委书记邝庭作动员讲话。会议要求，各负责人要把责任担起来。"
        "同时要求包保领导要带队对分管区域进行全面摸排整改。"
    )
    assert ("包保领导要带队对分管区域进行全面摸排整改", "邝庭") not in _issued(text)
    assert "包保领导要带队对分管区域进行全面摸排整改" in _dirs(text)


def test_a_meeting_named_as_a_section_heading_is_no_requirement():
    # a report in sections: 一、创文工作推进会 heads what follows, it asks nothing
    text = (
        "一、创文工作推进会\n6月5日，东渠社区召开创文工作推进会。会上，书记邵岚要求，一要加强宣传。"
    )
    assert _dirs(text) == ["一要加强宣传"]


def test_the_attendees_common_view_and_the_chairs_call_are_no_requirements():
    text = (
        "讨论中，大家一致认为，创建需要全社区的共同参与，要从小事做起。\n"
        "下面，请文明办负责同志汇报创建工作进展情况。"
    )
    assert _dirs(text) == []


def test_what_a_task_needs_from_everyone_is_no_requirement():
    # 创建文明城市，需要每个人的共同参与: a descriptive 需要 with a 的 phrase of support
    text = "众人拾柴火焰高，创建文明城市，需要每个人的共同参与，青岭乡会一如既往地重视创建工作。"
    assert _dirs(text) == []
    # a prescriptive 需要 stays one
    assert _dirs("会上，书记邵岚要求，各部门需要加强对创建工作的宣传。") == [
        "各部门需要加强对创建工作的宣传"
    ]


def test_continuations_opening_with_an_addressee_or_a_preposition():
    text = (
        "邵岚强调，要加强组织领导。全体人员进一步统一思想，增强紧迫感。"
        "对当前重点工作坚持日调度、周总结。"
        "通过星级文明户评选活动，让乡风民风美起来。"
    )
    assert _dirs(text) == [
        "要加强组织领导",
        "全体人员进一步统一思想，增强紧迫感",
        "对当前重点工作坚持日调度、周总结",
        "通过星级文明户评选活动，让乡风民风美起来",
    ]
    # a report after a requirement stays out
    assert _dirs("邵岚强调，要加强组织领导。对存在的问题进行了整改。") == ["要加强组织领导"]


def test_an_addressee_with_an_adverbial_of_scope_opens_the_span():
    # 各村（社区）在搞好…的同时，也要…: the addressee is not cut off at the span's start
    text = "最后，街道分管领导进行了总结：一、各村（社区）在搞好环境整治的同时，也要抓好文明宣传。"
    assert _dirs(text) == ["各村（社区）在搞好环境整治的同时，也要抓好文明宣传"]


def test_a_first_item_after_a_comma_stays_in_the_requirement_it_spells_out():
    # …他要求各部门要密切配合，抓好各项工作，一是要树牢…；二是要…: the clauses before the comma
    # carry their own marker, the first item spells them out: one unit up to the ； (GUIDELINES'
    # unit rule; session 38 changed the split at the comma, both golds of f39 keep one span)
    text = "院长柏舟要求各部门要密切配合，抓好各项工作，一是要树牢责任意识；二是要营造良好氛围。"
    assert _dirs(text) == [
        "各部门要密切配合，抓好各项工作，一是要树牢责任意识",
        "要营造良好氛围",
    ]
