"""Forms of DIRECTIVE and ISSUED_BY from the realdev11 pages (session 11, issue 16): real reports
annotated blind by another helper from GUIDELINES.md, read here as development data. The
sentences are made up in the forms of the genre; the positive cases fail on the rules before
this session, the guards pin what stays out."""

from __future__ import annotations

from directive_helpers import directives, issued


def test_a_name_then_a_request_is_a_named_frame():
    # 江涛提出要求，要…: the frame regex read 江涛提出 as the name before the verb 要求
    text = (
        "副县长江涛出席会议。江涛提出要求，要积极营造创卫氛围，强力推进县城硬件建设；"
        "要全面加强城市秩序管理。"
    )
    assert issued(text) == [
        ("要积极营造创卫氛围，强力推进县城硬件建设", "江涛"),
        ("要全面加强城市秩序管理", "江涛"),
    ]


def test_a_continuation_may_open_with_zhenzheng_and_hold_a_warning():
    # 真正细化…，不要…，…: the 不要 inside warns, the sentence continues the requirement
    text = (
        "副县长高立新要求：媒体要坚持问题导向，发动群众参与进来。"
        "真正细化创建任务，不要贪大求全，分清轻重缓急。"
        "指挥部要经常组织培训。真正压实创建责任，做到人员全上。"
    )
    assert directives(text) == [
        "媒体要坚持问题导向，发动群众参与进来",
        "真正细化创建任务，不要贪大求全，分清轻重缓急",
        "指挥部要经常组织培训",
        "真正压实创建责任，做到人员全上",
    ]
    assert {who for _, who in issued(text)} == {"高立新"}


def test_a_noun_phrase_with_zhenzheng_continues_nothing():
    text = "副县长高立新要求，各单位要压实责任。真正的文明城市是群众满意的城市。"
    assert directives(text) == ["各单位要压实责任"]


def test_a_warning_after_a_semicolon_opens_no_unit_of_its_own():
    # GUIDELINES: a ； ends the unit only when the next clause opens a new requirement with its
    # own marker; 不要 warns inside the same requirement
    text = (
        "部长周海涛指出：时间紧、任务重，相关单位要提高站位，细化任务清单；"
        "完善机制，创新举措，不要按部就班，掀起创建热潮；紧盯目标，逐项推进。"
    )
    assert directives(text) == [
        "相关单位要提高站位，细化任务清单；完善机制，创新举措，不要按部就班，掀起创建热潮；"
        "紧盯目标，逐项推进"
    ]


def test_a_semicolon_before_a_marked_clause_still_ends_the_unit():
    text = "部长周海涛指出，各单位要细化任务清单；不要按部就班，各乡镇要加快整改。"
    found = directives(text)
    assert found[0] == "各单位要细化任务清单"
    assert len(found) == 2 and found[1].endswith("各乡镇要加快整改")


def test_to_see_the_difference_then_an_addressee_told_to_act_is_a_requirement():
    # 要清醒认识到…区别，各级各部门要…: the seeing, then the acts of an addressee
    text = (
        "县委书记程立军强调，我县已具备一定的创建基础，同时要清醒认识到创建全国文明城市与"
        "创建省级文明县的区别，各级各部门要扎扎实实做工作，切实增强行动自觉。"
    )
    assert directives(text) == [
        "要清醒认识到创建全国文明城市与创建省级文明县的区别，各级各部门要扎扎实实做工作，"
        "切实增强行动自觉"
    ]
    assert issued(text)[0][1] == "程立军"


def test_to_see_an_assessment_alone_is_a_requirement():
    # session 34: the lead's decision (before: none, read as a request only to see)
    text = "县委书记程立军强调，要清醒认识到，创建工作是一项长期任务，没有终点。"
    assert issued(text) == [("要清醒认识到，创建工作是一项长期任务，没有终点", "程立军")]


def test_a_glued_requirement_after_a_report_opens_at_its_addressee():
    # 会议…，对创建工作再发动、再部署，要求各乡镇…要…: GUIDELINES leave the frame out
    text = (
        "会议通报了当前创建存在的短板，对创建工作再发动、再部署、再推进，"
        "要求各乡镇、县级各部门要全力以赴打好创建攻坚战。"
    )
    assert directives(text) == ["各乡镇、县级各部门要全力以赴打好创建攻坚战"]


def test_a_scope_before_a_marked_clause_still_opens_the_span():
    # (a clause of scope before the marker, with no 要求 in the marker's clause, stays in)
    text = "县长吴志华强调，对排查出的问题，各单位要立行立改。"
    assert directives(text) == ["对排查出的问题，各单位要立行立改"]


def test_the_acts_after_an_assessment_of_their_weight_continue_a_requirement():
    text = (
        "会议要求，全县上下要坚定创建信心，确保工作顺利推进。"
        "开展文明县城创建是提升城市品位的必然要求，全力加强城市治理，全面改善发展环境。"
        "开展文明县城创建是回应群众关切的必然要求，各部门要把惠民政策落实到位。"
    )
    assert directives(text) == [
        "全县上下要坚定创建信心，确保工作顺利推进",
        "全力加强城市治理，全面改善发展环境",
        "各部门要把惠民政策落实到位",
    ]


def test_an_assessment_of_weight_with_a_report_after_it_is_none():
    text = (
        "会议要求，全县上下要坚定创建信心。"
        "开展文明县城创建是提升城市品位的必然要求，全县上下已形成共识。"
    )
    assert directives(text) == ["全县上下要坚定创建信心"]


def test_where_the_effort_goes_may_be_a_verb_phrase():
    text = (
        "会议要求，要突出重点，在着力提升市民文明素质上下真功夫。"
        "在着力提升城市整体形象上下实功夫，坚持规划先行，坚持治管并重。"
    )
    assert directives(text)[1] == "在着力提升城市整体形象上下实功夫，坚持规划先行，坚持治管并重"


def test_numbered_points_inside_a_paragraph_after_an_announced_request():
    # …提出三点要求。一、…。(an explanation)。二、…: each number opens a point of the speaker
    text = (
        "县委书记许文斌在会上讲话，提出三点要求。一、坚持政治站位，深刻认识创建工作的重大意义。"
        "创建文明县城是增强竞争实力的重要抓手；创建文明县城是优化发展环境的有效载体。"
        "二、突出重点环节，推动各项工作扎实开展。要坚持问题导向，补齐管理短板。"
        "以制度约束不文明；以监督惩戒不文明。"
        "三、强化协同作战，凝聚创建合力。"
    )
    assert directives(text) == [
        "坚持政治站位，深刻认识创建工作的重大意义",
        "突出重点环节，推动各项工作扎实开展",
        "要坚持问题导向，补齐管理短板",
        "以制度约束不文明；以监督惩戒不文明",
        "强化协同作战，凝聚创建合力",
    ]
    assert {who for _, who in issued(text)} == {"许文斌"}


def test_numbers_of_a_report_of_work_done_open_no_list():
    text = (
        "今年以来，我县重点做了三方面工作。一、成立了创建指挥部。"
        "创建工作是一项系统工程。二、开展集中整治行动，清理卫生死角。"
    )
    assert directives(text) == []


def test_bodies_told_how_to_work_together_continue_a_requirement():
    text = (
        "市长王少华要求，参会同志要将会议要求汇报好，精心组织好迎检工作。"
        "各部门通力配合，创建办认真督查，确保顺利通过测评。"
    )
    assert directives(text)[1] == "各部门通力配合，创建办认真督查，确保顺利通过测评"
    assert issued(text)[1][1] == "王少华"
