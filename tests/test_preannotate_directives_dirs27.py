"""dirs27 (session 26): DIRECTIVE recall on real reports, the forms the lead's counts on a blind
set named (a clause after a narrative 要求 with no marker of its own, 希望 + addressee, prescriptive
应) and those seen on fetched pages and the development set dev27A. Made-up sentences in the same
grammar (other names, places, numbers); each positive case failed on the session start (0beb3e1),
the guards pass before and after."""

from __future__ import annotations

from tests.directive_helpers import directives, issued

_LEAD = "5月3日，副县长林志远带队检查青禾县创城工作。"


def _one(text: str) -> list[tuple[str, str]]:
    return issued(_LEAD + text)


# --- prescriptive 应 / 应当 / 应该 --------------------------------------------------------------


def test_prescriptive_ying_after_a_frame_is_a_marker():
    assert _one("林志远指出，各单位应当进一步压实责任，抓好问题整改。") == [
        ("各单位应当进一步压实责任，抓好问题整改", "林志远")
    ]
    assert _one("林志远指出，创建工作任务繁重，各社区应抓紧抓实，形成合力。") == [
        ("各社区应抓紧抓实，形成合力", "林志远")
    ]
    assert _one("林志远强调，各部门应该主动作为，不等不靠。") == [
        ("各部门应该主动作为，不等不靠", "林志远")
    ]
    # (a setting before the addressee stays in, as before 要)
    assert _one("林志远指出，在完成氛围营造的基础上，各街道应在月底前补齐短板。") == [
        ("在完成氛围营造的基础上，各街道应在月底前补齐短板", "林志远")
    ]


def test_ying_in_words_and_descriptions_is_no_marker():
    assert directives(_LEAD + "相关部门应对突发情况的能力不断提升。") == []
    assert directives(_LEAD + "社区工作人员应邀参加座谈，相应的整改措施已经落实。") == []
    assert directives(_LEAD + "林志远说，这些问题本应早就解决，现在应该说已有改善。") == []
    assert directives(_LEAD + "该局按照应急预案，迅速组织力量处置。") == []
    # (应当 before 清醒 is no prescriptive 应; a requirement to see with 要/必须 IS one: session 34,
    # the lead's decision, tests/test_preannotate_directives_cognit34.py)
    assert directives(_LEAD + "林志远指出，我们应当清醒地看到，工作还存在不少短板。") == []


# --- what a narrative 要求 governs with no marker of its own -----------------------------------


def test_yaoqiu_then_how_or_where_the_act_is_done():
    assert _one("林志远一行查看了整治情况，要求以更高标准推进整治，全面提升城市形象。") == [
        ("以更高标准推进整治，全面提升城市形象", "林志远")
    ]
    assert _one("林志远一行查看了整治情况，要求在细节上下功夫，全面提升城市形象。") == [
        ("在细节上下功夫，全面提升城市形象", "林志远")
    ]
    assert _one("林志远一行查看了整治情况，要求对存在的问题建立台账，逐项销号。") == [
        ("对存在的问题建立台账，逐项销号", "林志远")
    ]
    assert _one("林志远要求，针对群众反映强烈的问题，相关部门立即研究解决方案，限期办结。") == [
        ("针对群众反映强烈的问题，相关部门立即研究解决方案，限期办结", "林志远")
    ]
    assert _one("林志远要求，以钉钉子精神抓好整改。") == [("以钉钉子精神抓好整改", "林志远")]
    assert _one("林志远要求，从严从实抓好各项任务落实。") == [
        ("从严从实抓好各项任务落实", "林志远")
    ]


def test_yaoqiu_then_staff_or_teams_as_addressees():
    assert _one("林志远要求执法人员依法依规处置，做到文明执法。") == [
        ("执法人员依法依规处置，做到文明执法", "林志远")
    ]
    assert _one("林志远要求志愿者队伍常态化开展文明劝导。") == [
        ("志愿者队伍常态化开展文明劝导", "林志远")
    ]
    assert _one("林志远要求城管执法大队加大巡查力度。") == [("城管执法大队加大巡查力度", "林志远")]


def test_yaoqiu_glued_with_how_it_was_given_and_heads_before_a_comma():
    assert _one("林志远查看了整治情况，并现场要求街道负责同志，立即组织力量清理卫生死角。") == [
        ("街道负责同志，立即组织力量清理卫生死角", "林志远")
    ]


def test_yaoqiu_after_a_request_frame_with_the_scene_adverb():
    # 某某现场提出指导意见，要求…: the frame read (现场 between the name and 提出), what its 要求
    # governs kept, and the speaker drawn
    assert _one("针对发现的问题，林志远现场提出指导意见，要求相关单位尽快落实整改方案。") == [
        ("相关单位尽快落实整改方案", "林志远")
    ]
    assert _one("林志远现场提出整改要求，限期整改到位。") == [("限期整改到位", "林志远")]


def test_yaoqiu_as_a_noun_still_asks_nothing():
    assert directives(_LEAD + "林志远对照创建要求，在检查中发现了一些问题。") == []
    assert directives(_LEAD + "按照上级要求，在全县范围内开展了集中整治。") == []
    assert directives(_LEAD + "根据工作要求，对辖区内的小广告进行了清理。") == []
    assert directives(_LEAD + "工作人员向群众讲解创建要求，对不文明行为进行劝导。") == []


# --- 希望 + addressee --------------------------------------------------------------------------


def test_hope_for_people_in_the_plural_or_those_just_named():
    assert _one("林志远希望志愿者们发扬奉献精神，积极参与文明劝导。") == [
        ("希望志愿者们发扬奉献精神，积极参与文明劝导", "林志远")
    ]
    assert _one("林志远希望他们继续发扬成绩，为创建工作作出新的贡献。") == [
        ("希望他们继续发扬成绩，为创建工作作出新的贡献", "林志远")
    ]
    # (an addressee named in full: the speaker's name stays out of the span)
    assert _one("林志远希望新当选的村干部不负重托，带领群众共同致富。") == [
        ("希望新当选的村干部不负重托，带领群众共同致富", "林志远")
    ]


def test_a_wish_for_peoples_health_or_growth_is_no_directive():
    assert directives(_LEAD + "林志远希望他们早日康复。") == []
    assert directives(_LEAD + "林志远希望孩子们在快乐中成长。") == []


# --- frames and continuations ---------------------------------------------------------------


def test_stressed_addressees_then_an_imperative_verb():
    # 某某强调，各级各部门充分调动…。加大…。: the addressees and the act with no marker, then the
    # imperative sentence that continues it
    assert _one(
        "林志远强调，各级各部门充分调动各社区的积极性，细化工作任务，层层落实责任。"
        "加大宣传发动力度，不断提高群众的知晓率。"
    ) == [
        ("各级各部门充分调动各社区的积极性，细化工作任务，层层落实责任", "林志远"),
        ("加大宣传发动力度，不断提高群众的知晓率", "林志远"),
    ]


def test_stressed_assessment_is_still_none():
    assert directives(_LEAD + "林志远强调，各级各部门高度重视创建工作，取得了明显成效。") == []


def test_encouragement_with_the_addressees_marker_is_a_frame():
    assert _one(
        "林志远充分肯定了社区的做法，她鼓励帮扶单位要积极想办法，开展形式多样的宣传活动。"
    ) == [("帮扶单位要积极想办法，开展形式多样的宣传活动", "林志远")]


def test_understanding_the_task_continues_a_requirement():
    # 要…。充分认识X是…，是…。: what is to be understood asserts; the sentence continues the
    # requirement before it (dev27A's gold); seeing with 认识到 stays as it was
    assert _one(
        "林志远指出，要统一思想、凝聚共识。充分认识创建文明县城是提升城市品质的重大机遇，"
        "是增进民生福祉的有力抓手。"
    ) == [
        ("要统一思想、凝聚共识", "林志远"),
        ("充分认识创建文明县城是提升城市品质的重大机遇，是增进民生福祉的有力抓手", "林志远"),
    ]


def test_in_the_next_step_of_the_work_is_a_connective():
    # 在下一步工作中，要…: as 下一步，(dev27A's gold and dev18's leave it out)
    assert directives(_LEAD + "林志远强调，在下一步工作中，要广泛发动群众，促进共建共治。") == [
        "要广泛发动群众，促进共建共治"
    ]
    assert directives(_LEAD + "林志远强调，在下一步的工作中，各街道要压实责任。") == [
        "各街道要压实责任"
    ]


def test_addressees_taking_the_work_in_hand_continue_a_requirement():
    # 要…。各单位主要负责同志亲自抓… / 全县上下齐心协力… / 宣传部门加大…: after a requirement, in a
    # sentence with no frame, the addressees and how they are to act continue it
    head = "林志远强调，要加强组织领导。"
    assert _one(head + "各单位主要负责同志亲自抓、负总责，形成一级抓一级的格局。")[1] == (
        "各单位主要负责同志亲自抓、负总责，形成一级抓一级的格局",
        "林志远",
    )
    assert _one(head + "全县上下齐心协力，共同打好创建攻坚战。")[1] == (
        "全县上下齐心协力，共同打好创建攻坚战",
        "林志远",
    )
    assert _one(head + "宣传部门加大宣传力度，营造浓厚氛围。")[1] == (
        "宣传部门加大宣传力度，营造浓厚氛围",
        "林志远",
    )


def test_addressees_reporting_what_they_did_stay_out():
    head = "林志远强调，要加强组织领导。"
    assert directives(_LEAD + head + "全县上下齐心协力，取得了明显成效。") == ["要加强组织领导"]
    assert directives(_LEAD + head + "宣传部门积极响应，发放资料3000余份。") == ["要加强组织领导"]


def test_a_glued_stress_with_its_adverb_stays_out_and_speaks():
    # …进行学习培训，并着重强调本次工作中要…: the adverb between 并 and 强调 (before: the frame
    # inside the span, no speaker)
    assert _one("副县长林志远对方案进行学习培训，并着重强调本次整治工作中要严守纪律。") == [
        ("本次整治工作中要严守纪律", "林志远")
    ]


def test_a_space_before_the_first_item_after_the_frame():
    # 会议要求， 一是…。: a page's space between the frame's comma and the item (before: the first
    # item's heading missed, the second read)
    text = (
        "5月3日，青禾街道召开创文推进会。会议要求， 一是高度重视、主动担当。各社区要主动担当作为。"
        " 二是对照标准、全面攻坚。各社区要倒排整改期限。"
    )
    assert directives(text) == [
        "高度重视、主动担当",
        "各社区要主动担当作为",
        "对照标准、全面攻坚",
        "各社区要倒排整改期限",
    ]


def test_an_asking_word_after_a_framed_assessment_continues_the_speech():
    # 某某强调，X是一项系统工程。确保…。 / 某某指出，…进入攻坚阶段。坚决克服…: the framed sentence
    # asks nothing, the next one (same paragraph) opens with a word that only asks
    assert _one("林志远强调，创建工作是一项系统工程。确保今年通过省级验收。") == [
        ("确保今年通过省级验收", "林志远")
    ]
    assert _one("林志远指出，当前创建工作进入攻坚阶段。坚决克服松劲思想，切实做到守土有责。") == [
        ("坚决克服松劲思想，切实做到守土有责", "林志远")
    ]


def test_an_asking_word_after_an_unframed_report_or_a_new_paragraph_is_not_read():
    assert directives(_LEAD + "全县创建工作取得明显成效。确保今年通过省级验收。") == []
    assert directives(_LEAD + "林志远强调，创建工作是一项系统工程。\n确保今年通过省级验收。") == []


def test_prescriptive_xu_with_the_act_after_it_is_a_marker():
    assert _one("林志远指出，各单位需进一步压实责任，抓好问题整改。") == [
        ("各单位需进一步压实责任，抓好问题整改", "林志远")
    ]
    assert _one("林志远指出，各社区需在月底前完成自查。") == [
        ("各社区需在月底前完成自查", "林志远")
    ]


def test_xu_of_a_need_is_no_marker():
    assert directives(_LEAD + "林志远指出，这些问题亟需解决。") == []
    assert directives(_LEAD + "该项目需投入资金200万元。") == []
    assert directives(_LEAD + "林志远指出，创建工作需全社会共同参与。") == []
