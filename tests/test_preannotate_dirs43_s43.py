"""dirs43 (session 43): where a DIRECTIVE starts. Lead-ins that are adverbials of the requirement
stay in its span (GUIDELINES: "adverbials that belong to the requirement"), assertions and the
speaker's own frames stay out, and 不是…，而是要… is one requirement. Made-up sentences in the
forms of real meeting reports (invented names and places)."""

from __future__ import annotations

from tests.directive_helpers import directives, issued

# --- the vantage or the time the requirement is laid down from ---------------------------------


def test_vantage_lead_stays_in_the_span() -> None:
    assert issued("市委书记周立新强调，总结过去，要看到成绩，更要看到不足。") == [
        ("总结过去，要看到成绩，更要看到不足", "周立新")
    ]
    assert directives("市委书记周立新强调，展望未来，要坚定信心。") == ["展望未来，要坚定信心"]
    assert directives("市委书记周立新强调，新的一年里，各单位要继续奋力拼搏。") == [
        "新的一年里，各单位要继续奋力拼搏"
    ]
    assert directives("县长苏明远强调，未来五年，要着力打造三大旅游目的地。") == [
        "未来五年，要着力打造三大旅游目的地"
    ]
    assert directives("县长苏明远强调，站在新的起点上，要再接再厉。") == [
        "站在新的起点上，要再接再厉"
    ]


def test_scene_of_the_moment_stays_in_the_span() -> None:
    assert issued("县长苏明远强调，值此关键时刻，一定要保持定力。") == [
        ("值此关键时刻，一定要保持定力", "苏明远")
    ]
    assert directives("县长苏明远强调，正值汛期关键时期，各乡镇一定要严防死守。") == [
        "正值汛期关键时期，各乡镇一定要严防死守"
    ]


def test_vantage_asserted_with_a_subject_stays_out() -> None:
    # (guards: a clause with its own subject states the situation; 是 asserts)
    assert directives("县长苏明远强调，当前正值汛期关键时期，各乡镇一定要严防死守。") == [
        "各乡镇一定要严防死守"
    ]
    assert directives("县长苏明远强调，新的一年是关键之年，要抓好落实。") == ["要抓好落实"]
    assert directives("县长苏明远强调，岚江工作是接力赛，要一棒接着一棒跑。") == [
        "要一棒接着一棒跑"
    ]


def test_short_event_time_stays_in_the_span() -> None:
    assert directives("县长苏明远要求，节前，各村必须完成安装计划的一半。") == [
        "节前，各村必须完成安装计划的一半"
    ]
    # (a guard: 目前 is a word of time, no event)
    assert directives("县长苏明远要求，目前，各村必须完成安装计划的一半。") == [
        "各村必须完成安装计划的一半"
    ]


def test_work_of_a_coming_time_is_the_topic_of_the_requirement() -> None:
    assert directives("县长苏明远指出，下一步消防安全工作，要提高认识。") == [
        "下一步消防安全工作，要提高认识"
    ]
    assert directives("县长苏明远指出，下半年园区安全生产工作，要紧紧围绕总目标。") == [
        "下半年园区安全生产工作，要紧紧围绕总目标"
    ]
    # (a guard: what the work has become is asserted)
    assert directives("县长苏明远指出，下一步工作思路已经明确，要抓好落实。") == ["要抓好落实"]


def test_every_case_and_the_matter_stay_in_the_span() -> None:
    text = "县长苏明远强调，同时，无论是农机作业还是加工环节，都要紧绷安全这根弦。"
    assert directives(text) == ["无论是农机作业还是加工环节，都要紧绷安全这根弦"]
    assert directives("县长苏明远强调，关于安全生产工作，要加强责任意识。") == [
        "关于安全生产工作，要加强责任意识"
    ]


# --- 不是…，而是要…: the whole contrast is one requirement --------------------------------------


def test_not_this_but_that_is_one_requirement() -> None:
    assert issued("市委书记周立新强调，抓创建不是搞形式，而是要实实在在为群众办事。") == [
        ("抓创建不是搞形式，而是要实实在在为群众办事", "周立新")
    ]
    assert directives("市委书记周立新强调，不是为了创建而创建，而是要让群众得实惠。") == [
        "不是为了创建而创建，而是要让群众得实惠"
    ]


def test_but_without_its_negated_half_keeps_its_start() -> None:
    # (a guard: with no 不是 before it, the clause before 而是要 asserts)
    assert directives("市委书记周立新强调，创建工作是长期任务，而是要常抓不懈。") == [
        "而是要常抓不懈"
    ]


# --- the speaker's own frames and courtesies -----------------------------------------------------


def test_frame_of_what_the_speaker_stresses_stays_out() -> None:
    text = "县长苏明远强调，在这里特别要强调的是，各镇、各部门要认真落实属地管理责任。"
    assert issued(text) == [("各镇、各部门要认真落实属地管理责任", "苏明远")]
    # (the frame alone before an assertion asks nothing)
    assert directives("县长苏明远强调，需要指出的是，信访工作事关大局。") == []


def test_what_the_listeners_are_to_mind_is_asked() -> None:
    # (a guard: 要注意的是 asks the listeners to mind it)
    assert directives("县长苏明远强调，要注意的是，不能放松警惕。") == ["要注意的是，不能放松警惕"]


def test_courtesy_about_the_speakers_own_words_is_no_directive() -> None:
    text = "县长苏明远说，下面，我把有关情况向大家作简要汇报，不妥之处请批评指正。"
    assert directives(text) == []
    # (a guard: 请 with an act of the listeners)
    assert directives("县长苏明远说，请大家认真学习领会，抓好贯彻落实。") == [
        "请大家认真学习领会，抓好贯彻落实"
    ]


# --- an item's lead stops at how things stand ----------------------------------------------------


def test_item_lead_stops_at_a_stated_situation() -> None:
    text = (
        "县长苏明远提出了三点要求：第一，各级各部门必须全力以赴。"
        "第二，岚江地处滨海地区，滨海旅游比较发达，游客较多，沿海各区要适时组织游客撤离。"
        "第三，从目前预测情况看，风力比较大，也可能发生暴雨，要特别注意防止城市内涝。"
    )
    assert issued(text) == [
        ("各级各部门必须全力以赴", "苏明远"),
        ("沿海各区要适时组织游客撤离", "苏明远"),
        ("要特别注意防止城市内涝", "苏明远"),
    ]


def test_item_lead_of_acts_stays() -> None:
    # (a guard: the item's imperative clauses before its marker head it)
    text = (
        "县长苏明远提出两点要求：一是凝心聚力，形成共识，创建氛围要浓。二是加大投入，各单位要到位。"
    )
    assert directives(text) == ["凝心聚力，形成共识，创建氛围要浓", "加大投入，各单位要到位"]


# --- what is no marker, no frame of the requirement, no part of it ------------------------------


def test_idiom_of_merit_is_no_prohibition() -> None:
    text = "县长苏明远表示，营商环境明显优化，取得这样的成绩民营企业功不可没。"
    assert directives(text) == []
    # (a guard: 不可 with the act it forbids)
    assert directives("县长苏明远强调，各级干部不可麻痹大意，一定要坚守岗位。") == [
        "各级干部不可麻痹大意，一定要坚守岗位"
    ]


def test_asking_another_body_is_no_request_of_the_speaker() -> None:
    text = "对于企业提出的困难，苏区长要求工作人员一一记录，表示将采取商请有关部门等方式解决。"
    assert issued(text) == [("工作人员一一记录", "苏")]


def test_glued_frames_of_a_visit_stay_out() -> None:
    text = "县长苏明远来到合作社，了解经营情况，并表示合作社发展要以质量提升为核心。"
    assert directives(text) == ["合作社发展要以质量提升为核心"]
    text = "县长苏明远深入岚江村检查防控工作。他详细了解了防控措施落实情况。并叮嘱要做好值守人员的保障工作。"
    assert directives(text) == ["要做好值守人员的保障工作"]
    # (a guard: the addressee after the injunction's verb stays)
    text = "县长苏明远深入岚江村检查防控工作，并叮嘱大家要做好值守人员的保障工作。"
    assert directives(text) == ["大家要做好值守人员的保障工作"]


def test_sentence_opening_bing_is_a_connective() -> None:
    text = "县长苏明远要求，各部门要逐个研判。指挥部要发挥职能作用。并要扎实做好物资储备。"
    assert directives(text) == ["各部门要逐个研判", "指挥部要发挥职能作用", "要扎实做好物资储备"]
    # (a guard: inside the sentence 并要 goes on with the requirement)
    assert directives("县长苏明远要求，各部门要逐个研判，并要扎实做好物资储备。") == [
        "各部门要逐个研判，并要扎实做好物资储备"
    ]


def test_time_not_yet_come_is_asserted() -> None:
    text = "县长苏明远强调，疫情仍未结束，还不到放松警惕的时候，各级干部一定要坚守岗位。"
    assert directives(text) == ["各级干部一定要坚守岗位"]


def test_what_exists_in_a_field_is_asserted() -> None:
    text = "镇长苏明远表示，岚江镇人口外流严重，在人居环境等方面存在诸多问题，需要高起点谋划推进。"
    assert directives(text) == ["需要高起点谋划推进"]
    # (a guard: the field alone is the requirement's adverbial)
    assert directives("镇长苏明远表示，在人居环境整治方面，要高起点谋划推进。") == [
        "在人居环境整治方面，要高起点谋划推进"
    ]


def test_resolve_of_the_speakers_continues_no_requirement() -> None:
    text = (
        "苏明远强调，要全面梳理，建立备案制度。"
        "决心在下步工作中严格按照省市要求，坚持先教育重预防、抓基层打基础的工作措施，切实抓好落实。"
    )
    assert directives(text) == ["要全面梳理，建立备案制度"]


# --- a page flattened to one line keeps its article before the boilerplate ---------------------


def test_article_before_a_link_notice_on_the_same_line_is_read() -> None:
    text = (
        "10月8日，全县秋收调度会召开。 会后县长苏明远要求岚江县各乡镇要提高认识，全面抢收。"
        "要加快农机具改装进度，保证技术指导到位。 原文链接：http://www.example.cn/a/1.html"
    )
    assert issued(text) == [
        ("岚江县各乡镇要提高认识，全面抢收", "苏明远"),
        ("要加快农机具改装进度，保证技术指导到位", "苏明远"),
    ]


def test_line_opening_with_boilerplate_stays_out() -> None:
    # (a guard: the notice's own line, its 请 no request of an official)
    text = "县长苏明远要求，各乡镇要全面抢收。\n转载请注明出处，请各位读者注意版权，要尊重原创作者的劳动。"
    assert directives(text) == ["各乡镇要全面抢收"]


def test_frame_with_bingqie_stays_out() -> None:
    text = "会议听取了部分乡镇秋收进展汇报，并且指出各乡镇要统一思想认识。"
    assert directives(text) == ["各乡镇要统一思想认识"]


# --- an agenda is no heading; a tally reports; a place with those it acts with --------------------


def test_agenda_items_are_no_imperative_headings() -> None:
    text = (
        "县政府召开第五次常务会议\n会议议题：\n1.研究防汛工作事宜。\n"
        "2.研究市政府交办消防重点任务落实意见事宜。\n3.听取社会治理工作情况汇报。\n"
    )
    assert directives(text) == []
    # (a guard: a numbered heading of an act in a speech)
    text = "县长苏明远讲了三点意见。\n一、加强组织领导，压实工作责任。\n"
    assert directives(text) == ["加强组织领导，压实工作责任"]


def test_tally_of_what_was_put_up_continues_no_item() -> None:
    text = (
        "会上，镇长苏明远对禁烧工作做了具体安排部署。一是成立领导小组，负责全镇禁烧工作。"
        "二是加大宣传，营造良好氛围。在镇主要街道和各村显著位置悬挂宣传横幅300余副，发放宣传页，"
        "同时强化宣传引导。"
    )
    assert directives(text) == ["成立领导小组，负责全镇禁烧工作", "加大宣传，营造良好氛围"]


def test_place_with_those_it_acts_with_is_the_addressee() -> None:
    text = (
        "省委书记苏明远到岚江市检查春耕工作，叮嘱大家遵守防疫规定。"
        "苏明远要求岚江市与各地搞好对接配合，严格闭环管理。"
    )
    assert issued(text) == [
        ("大家遵守防疫规定", "苏明远"),
        ("岚江市与各地搞好对接配合，严格闭环管理", "苏明远"),
    ]


def test_addressee_named_before_yi_yao_opens_the_first_point() -> None:
    text = (
        "镇长苏明远传达了会议精神，并要求全体镇村干部，一要提高思想认识，主动作为。二要强化宣传。"
    )
    assert issued(text) == [
        ("全体镇村干部，一要提高思想认识，主动作为", "苏明远"),
        ("二要强化宣传", "苏明远"),
    ]
    # (a guard: with no addressee, 一要 opens the span)
    assert directives("镇长苏明远要求，一要提高思想认识，主动作为。二要强化宣传。") == [
        "一要提高思想认识，主动作为",
        "二要强化宣传",
    ]
