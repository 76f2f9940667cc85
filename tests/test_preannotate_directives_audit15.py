"""Directives and their speakers: forms left open by the audib14 audit (session 14, issue 16).
The sentences are made up in the forms seen; each test fails on the rules before the fix it
covers."""

from __future__ import annotations

from directive_helpers import directives, issued


def test_two_names_that_spoke_severally_both_issue_the_requirement():
    # 甲、乙分别讲话，要求… (before: only the second name had an ISSUED_BY edge)
    text = (
        "会议由镇长钱卫东主持。镇党委书记周正、镇长钱卫东分别讲话，"
        "要求各村要立即行动，全面清理卫生死角。"
    )
    assert issued(text) == [
        ("各村要立即行动，全面清理卫生死角", "周正"),
        ("各村要立即行动，全面清理卫生死角", "钱卫东"),
    ]
    # …分别作了讲话，对…提出要求。(then the requirement in its own sentence)
    text = "县委书记周正、县长钱卫东分别作了讲话，对下一步工作提出要求。各乡镇要压实责任。"
    assert issued(text) == [("各乡镇要压实责任", "周正"), ("各乡镇要压实责任", "钱卫东")]
    # one name that spoke is one speaker
    text = "县长钱卫东讲话，要求各乡镇要压实责任。"
    assert issued(text) == [("各乡镇要压实责任", "钱卫东")]


def test_a_bare_check_after_a_requirement_continues_it():
    # …要…。检查每个小区的…、是否有…，发现问题，立刻处理。(before: the second sentence was missed)
    text = (
        "镇长钱卫东强调，各村要立即行动。检查每个小区的卫生死角、是否有乱堆乱放，发现问题立刻处理。"
    )
    assert issued(text) == [
        ("各村要立即行动", "钱卫东"),
        ("检查每个小区的卫生死角、是否有乱堆乱放，发现问题立刻处理", "钱卫东"),
    ]
    # the check team and what a check found are reports
    text = "镇长钱卫东强调，各村要立即行动。检查组随后对各村进行暗访，发现问题12处。"
    assert directives(text) == ["各村要立即行动"]
    text = "镇长钱卫东强调，各村要立即行动。检查中发现部分小区垃圾清运不及时。"
    assert directives(text) == ["各村要立即行动"]


def test_a_roll_of_addressees_after_the_requirement_verb_opens_the_requirement():
    # 随后要求甲、乙、丙共同合作，有针对性地抓好…，…等重点任务，大家要… (before: the span opened
    # at 大家要)
    text = (
        "镇长钱卫东强调，各村要立即行动。随后要求社区干部、物业公司、保洁人员共同合作，"
        "有针对性地抓好市容整治、交通整治等重点任务，大家要积极行动起来，全力以赴。"
    )
    assert issued(text) == [
        ("各村要立即行动", "钱卫东"),
        (
            "社区干部、物业公司、保洁人员共同合作，有针对性地抓好市容整治、交通整治等重点任务，"
            "大家要积极行动起来，全力以赴",
            "钱卫东",
        ),
    ]
    # an assessment between the verb and the marker is left out
    text = "镇长钱卫东要求，创文工作是一项系统工程，有针对性地抓好整治，大家要积极行动起来。"
    assert directives(text) == ["大家要积极行动起来"]


def test_a_named_body_reporting_its_act_inside_an_open_list_is_no_requirement():
    # 一是…。二是…。结合…主题活动，某社区组织群众学习… (before: read as a continuation of the item)
    text = (
        "社区书记钱卫东指出：一是坚持问题导向，要列出清单，确保落实。二是坚持目标导向，要依靠群众。"
        "结合全民健身日主题活动，东湖社区组织群众学习卫生知识。"
    )
    assert directives(text) == ["坚持问题导向，要列出清单，确保落实", "坚持目标导向，要依靠群众"]
    # the addressees of the speech (各社区) doing it continue the item
    text = (
        "社区书记钱卫东指出：一是坚持问题导向，要列出清单，确保落实。二是坚持目标导向，要依靠群众。"
        "结合全民健身日主题活动，各社区组织群众学习卫生知识。"
    )
    assert directives(text)[-1] == "结合全民健身日主题活动，各社区组织群众学习卫生知识"


def test_a_name_the_dictionary_holds_as_a_name_before_a_post_and_a_speech_verb_speaks():
    # 会上周正书记强调，… (周正 is in jieba's dictionary, tagged as a person's name; before: no
    # PERSON, so no ISSUED_BY)
    text = "镇里召开环境整治推进会。会上周正书记强调，各村要立即行动，全面清理卫生死角。"
    assert issued(text) == [("各村要立即行动，全面清理卫生死角", "周正")]
    # 会上周正书记传达了…，并对下一步工作进行了部署。(paragraph) the points under headings
    text = (
        "镇里召开卫生月活动推进会。会上周正书记传达了卫生月活动的重要性，并对下一步工作进行了部署。\n"
        "统一思想，凝心聚力。充分认识卫生工作的重要性，确保活动取得明显成效。\n"
    )
    assert issued(text) == [
        ("统一思想，凝心聚力", "周正"),
        ("充分认识卫生工作的重要性，确保活动取得明显成效", "周正"),
    ]
    # an ordinary word of the dictionary before a post is no name (宣传部长强调)
    text = "镇里召开环境整治推进会。宣传部长强调，各村要立即行动。"
    assert issued(text) == []


def test_a_speech_opening_with_yi_yao_opens_a_list_its_later_items_and_continuations_follow():
    # 会议强调：一要…；二要…；三要…。结合…活动，开展…。四是…。结合…，持续推进… (before: the
    # continuation and the 四是 items after an 一要 list were missed)
    text = (
        "会议强调：一要统一思想，形成合力；二要压实责任，合力攻坚；三要广泛宣传，营造氛围。"
        "结合卫生月宣传活动，开展一次进社区活动，提高群众知晓率。四是突出重点、全面整治。"
        "结合复审工作，持续推进整治，全面开展大清洗活动。"
    )
    assert directives(text) == [
        "一要统一思想，形成合力",
        "二要压实责任，合力攻坚",
        "三要广泛宣传，营造氛围",
        "结合卫生月宣传活动，开展一次进社区活动，提高群众知晓率",
        "突出重点、全面整治",
        "结合复审工作，持续推进整治，全面开展大清洗活动",
    ]
    # a report after the speech still reports (a named body and its numbers)
    text = (
        "会议强调：一要统一思想，形成合力；二要压实责任，合力攻坚。"
        "结合卫生月宣传活动，东湖社区组织志愿者清理垃圾20吨。"
    )
    assert directives(text) == ["一要统一思想，形成合力", "二要压实责任，合力攻坚"]


def test_where_the_act_is_to_be_done_then_the_act_continues_a_requirement():
    # …要…。在重点场所等区域，尽快建立健全…，完善… (before: the second sentence was missed)
    text = (
        "镇长钱卫东要求，各村要突出重点，扎实推进整治。"
        "在集贸市场、背街小巷等区域，尽快建立健全保洁制度，完善长效机制。"
    )
    assert issued(text) == [
        ("各村要突出重点，扎实推进整治", "钱卫东"),
        ("在集贸市场、背街小巷等区域，尽快建立健全保洁制度，完善长效机制", "钱卫东"),
    ]
    # the same adverbial before a report is no requirement
    text = "镇长钱卫东要求，各村要突出重点，扎实推进整治。在集贸市场等区域，已建立保洁制度。"
    assert directives(text) == ["各村要突出重点，扎实推进整治"]


def test_a_speaker_who_states_what_an_addressee_must_do_frames_it():
    # 某某表示“五区”要主动作为，… (before: the span opened at the title chain, and the items after
    # 他提出三点工作要求。 went to the person named before)
    text = (
        "副局长刘振华通报了复审情况。最后，局党组副书记、副局长宋立明表示“五区”要主动作为，"
        "落实属地管理责任。同时，他提出三点工作要求。一是要对常态化的管理工作加强推进力度。"
    )
    assert issued(text) == [
        # (the opening mark stays out, as both golds of dev40 leave it: directives39)
        ("五区”要主动作为，落实属地管理责任", "宋立明"),
        ("要对常态化的管理工作加强推进力度", "宋立明"),
    ]


def test_a_team_of_inspectors_requires_with_nobody_named():
    # 督察组要求各乡镇要… (督察 as well as 督查; before: the team stayed in the span)
    text = "督查过程中，督察组要求各乡镇要进一步提高思想认识，落实主体责任。"
    assert issued(text) == []
    assert directives(text) == ["各乡镇要进一步提高思想认识，落实主体责任"]


def test_a_speaker_after_what_was_heard_is_named():
    # 某某在听取…汇报后指出，要… (before: no PERSON, so no ISSUED_BY)
    text = (
        "日前，市委常委、宣传部部长钱卫东专题听取创建工作汇报。"
        "钱卫东在听取市创建办汇报后指出，要抓住有利时机，强力推进创建工作。"
    )
    assert issued(text) == [("要抓住有利时机，强力推进创建工作", "钱卫东")]


def test_a_frame_on_a_line_a_space_sets_off_inside_the_sentence():
    # 标题… 区委书记某某在会上指出，…。…，全区上下要… (a page writing its line breaks as spaces;
    # before: the frame was too far into its sentence, so the speech had no ISSUED_BY)
    text = (
        "经过大力整治 南园小区面貌有所改观 背街小巷环境明显提升 我区召开深化创建工作推进会 "
        "号召全区上下以实际行动为创建增光添彩 区委书记钱卫东在会上指出，近段时间大家都很辛苦。"
        "“大考”即将到来，全区上下要做到用心创建。 要彰显丹心、坚定信心。"
    )
    assert issued(text) == [
        ("全区上下要做到用心创建", "钱卫东"),
        ("要彰显丹心、坚定信心", "钱卫东"),
    ]


def test_a_hope_for_a_place_named_with_its_unit_after_a_reported_finding():
    # 某某指出了…存在的问题，希望某某县进一步… (before: no requirement)
    text = "镇长钱卫东指出了该镇存在的问题，希望通山县进一步加大宣传力度，营造全民参与的氛围。"
    assert issued(text) == [("希望通山县进一步加大宣传力度，营造全民参与的氛围", "钱卫东")]


def test_a_request_about_a_topic_closed_by_a_colon_after_a_visit():
    # 某某一行到…督导，对…问题提出明确要求：相关单位要… (before: no ISSUED_BY)
    text = (
        "当天下午，副县长钱卫东一行到河道沿线督导，对创建工作存在的问题提出明确要求："
        "相关单位要提高政治站位，认真做好各项创建工作。"
    )
    assert issued(text) == [("相关单位要提高政治站位，认真做好各项创建工作", "钱卫东")]


def test_a_visit_report_ends_where_the_subject_glues_its_speech_verb_to_the_marker():
    # 在某区，某某来到某社区，深入了解…情况，强调要… (before: the span opened at the scene)
    text = (
        "在河东区，市委书记钱卫东来到安居社区，深入了解社区工作开展情况，"
        "强调要认真总结经验，不断提升管理水平。"
    )
    assert issued(text) == [("要认真总结经验，不断提升管理水平", "钱卫东")]
