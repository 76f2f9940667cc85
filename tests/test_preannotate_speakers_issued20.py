"""Directives and their speakers: forms from the issued20 audit of ISSUED_BY recall on real
reports (session 19, issue 16). The sentences are made up in the forms seen; each test fails on
the rules before the fix it covers, but the guard tests, which hold before and after."""

from __future__ import annotations

from directive_helpers import directives, issued


def test_a_given_name_with_a_post_frames_its_speaker():
    # 春奎书记强调：一是要… after 区委书记李春奎 (before: the requirements had no speaker)
    text = (
        "区委书记李国华到区文化馆调研。国华书记强调：一是要持续发力，巩固成果。"
        "各馆要结合实际，再落实、再巩固。"
    )
    assert issued(text) == [
        ("要持续发力，巩固成果", "国华"),
        ("各馆要结合实际，再落实、再巩固", "国华"),
    ]
    text = (
        "区委书记李国华到区文化馆调研。最后，国华书记强调，各馆要加强宣传。他要求，各馆要守牢底线。"
    )
    assert issued(text) == [("各馆要加强宣传", "国华"), ("各馆要守牢底线", "国华")]


def test_a_surname_with_a_post_still_frames_its_speaker():
    # guard: 李书记强调， after 区委书记李国华 (the surname a PERSON of its own)
    text = "区委书记李国华到区文化馆调研。李书记强调：一是要持续发力，巩固成果。"
    assert issued(text) == [("要持续发力，巩固成果", "李")]


def test_a_named_hope_for_a_town_with_its_unit_is_a_requirement():
    # 某某最后希望龙港镇按既定目标… (before: no directive; the town is in no gazetteer)
    text = "县委书记吴明远到龙溪镇调研。吴明远最后希望龙溪镇按既定目标扎实推进创建工作，为全县树立标杆。"
    assert issued(text) == [("希望龙溪镇按既定目标扎实推进创建工作，为全县树立标杆", "吴明远")]
    text = "县委书记吴明远到龙溪镇调研。他希望龙溪镇进一步扎实推进创建工作。"
    assert issued(text) == [("希望龙溪镇进一步扎实推进创建工作", "吴明远")]


def test_a_hope_for_a_word_ending_in_a_unit_is_no_place():
    # guard: 希望城镇面貌… / 希望本镇… name no place
    text = "县委书记吴明远到龙溪镇调研。吴明远希望城镇面貌进一步改善。"
    assert directives(text) == []
    text = "县委书记吴明远到龙溪镇调研。吴明远希望本镇按既定目标推进。"
    assert directives(text) == []


def test_aspects_counted_with_yixia_and_their_unnumbered_items_are_one_directive():
    # …要重点抓好以下四方面工作：学习宣传…，在…上实现新突破；深入开展…: (GUIDELINES' unit: the
    # colon ends no unit and no item opens with a marker of its own, so the announcement and its
    # items are one requirement)
    text = (
        "县委书记吴明远出席会议。吴明远说，下阶段要重点抓好以下三方面工作："
        "开展宣传教育活动，在提高素质上实现新突破；开展整治活动，在改善环境上实现新突破。"
    )
    assert issued(text) == [
        (
            "下阶段要重点抓好以下三方面工作：开展宣传教育活动，在提高素质上实现新突破；"
            "开展整治活动，在改善环境上实现新突破",
            "吴明远",
        ),
    ]
    # (the items open with a verb no continuation list holds, the announcement's sentence has no
    # frame of its own)
    text = (
        "县委书记吴明远出席会议。她说，我们要提高认识。下阶段要重点抓好以下三方面工作："
        "学习宣传全会精神，在贯彻落实上实现新突破；开展整治活动，在改善环境上实现新突破。"
    )
    assert directives(text)[1:] == [
        "下阶段要重点抓好以下三方面工作：学习宣传全会精神，在贯彻落实上实现新突破；"
        "开展整治活动，在改善环境上实现新突破",
    ]


def test_items_numbered_by_yi_yao_after_a_counted_colon_split_at_the_second():
    # …抓好三项工作：一要…；二要… (GUIDELINES' unit: the colon ends no unit, the lead keeps its
    # first item; 二要 after ； is a marker of its own and opens the next requirement)
    text = "县委书记吴明远出席会议。吴明远说，下阶段要重点抓好三项工作：一要开展宣传教育活动；二要开展整治活动。"
    assert directives(text) == [
        "下阶段要重点抓好三项工作：一要开展宣传教育活动",
        "二要开展整治活动",
    ]


def test_a_colon_without_a_counted_announcement_parts_nothing():
    # guard: 要做到：… with no count and no numbered item stays one requirement
    text = "县委书记吴明远强调，各村要做到：垃圾日产日清，道路干净整洁。"
    assert directives(text) == ["各村要做到：垃圾日产日清，道路干净整洁"]


def test_a_frame_closing_the_sentence_names_its_speaker():
    # 各社区要…，切实压实责任，区委书记某某说。 (before: the frame inside the span, no speaker)
    text = "区委书记钱海峰到街道调研。各社区要把创建工作放在突出位置，切实压实责任，钱海峰说。"
    assert issued(text) == [("各社区要把创建工作放在突出位置，切实压实责任", "钱海峰")]
    text = "区委书记钱海峰到街道调研。各社区要立即行动，区委书记钱海峰表示。"
    assert issued(text) == [("各社区要立即行动", "钱海峰")]
    text = "区委书记钱海峰到街道调研，了解情况。各社区要立即行动，他说。"
    assert issued(text) == [("各社区要立即行动", "钱海峰")]


def test_a_clause_before_the_name_is_no_closing_frame():
    # guard: …，只有大家都行动起来，群众才会说 / a name inside a clause is no title chain
    text = "区委书记钱海峰强调，各社区要立即行动，只有大家都动起来，钱海峰认为才行。"
    assert [d for d, _ in issued(text)] == ["各社区要立即行动，只有大家都动起来，钱海峰认为才行"]


def test_each_of_two_names_speaks_a_requirement_framed_severally():
    # 甲、乙分别强调，… (before: no edge; 甲、乙强调， gave both)
    text = "市委书记孙立强、市长钱卫东分别强调，各级各部门要切实增强责任感。"
    assert issued(text) == [
        ("各级各部门要切实增强责任感", "孙立强"),
        ("各级各部门要切实增强责任感", "钱卫东"),
    ]
    text = "市委书记孙立强、市长钱卫东先后指出，各级各部门要切实增强责任感。"
    assert len(issued(text)) == 2


def test_qi_opening_a_frame_is_its_speaker_as_ta():
    # 其强调， / 其在讲话中指出， (before: no speaker)
    text = "市委书记孙立强出席会议并讲话。其在讲话中指出，各级各部门要切实增强责任感。"
    assert issued(text) == [("各级各部门要切实增强责任感", "孙立强")]
    text = "市委书记孙立强出席会议。其强调，各级各部门要切实增强责任感。"
    assert issued(text) == [("各级各部门要切实增强责任感", "孙立强")]


def test_a_hope_for_a_level_s_committee_and_government_is_a_requirement():
    # 某某说，希望岚溪县委、县政府进一步… (before: no directive)
    text = (
        "市委书记郑河到青山县调研。郑河说，希望青山县委、县政府进一步压实责任，扎实推进创建工作。"
    )
    assert issued(text) == [("希望青山县委、县政府进一步压实责任，扎实推进创建工作", "郑河")]
    text = "市委书记郑河到青山县调研。郑河对青山县创建工作给予肯定，希望青山县委、县政府再接再厉。"
    assert issued(text) == [("希望青山县委、县政府再接再厉", "郑河")]


def test_what_a_named_hope_frame_governs_is_required_without_a_marker():
    # 某某希望，全县上下进一步压实责任。 (before: the hope was the frame's, nothing left to mark)
    text = "市委书记郑河到青山县调研。郑河希望，全县上下进一步压实责任。"
    assert issued(text) == [("全县上下进一步压实责任", "郑河")]


def test_bing_before_a_hope_is_a_connective():
    # …给予充分肯定，并希望某县进一步… (before: 并 opened the span)
    text = "省文明办副主任郑河一行到青山县调研。郑河对青山县的创建工作给予充分肯定，并希望青山县进一步巩固成果。"
    assert directives(text) == ["希望青山县进一步巩固成果"]


def test_a_space_between_the_name_and_the_verb_still_frames():
    # 区委书记王某 强调，… (before: no speaker)
    text = "区委书记王立新 强调，各单位要立即行动，全面整改。"
    assert issued(text) == [("各单位要立即行动，全面整改", "王立新")]


def test_a_quote_closed_before_the_full_stop_is_the_speech():
    # 某某强调：“各单位要…，全面整改”。 (before: no directive, the marker inside the quote)
    text = "区委书记王立新强调：“各单位要立即行动，全面整改”。"
    assert issued(text) == [("各单位要立即行动，全面整改", "王立新")]


def test_a_quoted_formula_inside_a_requirement_is_still_no_speech():
    # guard: 以“…”为抓手 keeps its quotes; a quoted slogan alone asks nothing
    text = "区委书记王立新强调，要以“门前三包”为抓手，全面整改。"
    assert directives(text) == ["要以“门前三包”为抓手，全面整改"]
    text = "会场悬挂着“创建文明城市，人人有责”。"
    assert directives(text) == []


def test_how_the_speaker_said_it_stands_between_name_and_verb():
    # 某某语重心长地说， / 某某一针见血地指出， (before: no speaker)
    text = "县委书记李国华出席会议。李国华语重心长地说，各乡镇要立即行动。"
    assert issued(text) == [("各乡镇要立即行动", "李国华")]
    text = "县委书记李国华出席会议。他一针见血地指出，各乡镇要立即行动。"
    assert issued(text) == [("各乡镇要立即行动", "李国华")]


def test_a_bracketed_note_after_the_name_still_frames():
    # 某某（蒙古族）强调， (before: no speaker)
    text = "县委书记李国华（蒙古族）强调，各乡镇要立即行动。"
    assert issued(text) == [("各乡镇要立即行动", "李国华")]
