"""speak37 (session 34): DIRECTIVE and ISSUED_BY forms of real meeting reports the rules missed
or read wrongly. Made-up sentences in the same grammar (invented names and places); each positive
case fails on main 9a3778b, the guards pass before and after."""

from __future__ import annotations

from tests.directive_helpers import directives, issued

# --- 甲，乙在…时强调，: two titled names joined by a comma, the second's posts joined by 、 --------


def test_two_titled_names_joined_by_a_comma_both_speak() -> None:
    text = (
        "8月3日，青山区委书记、区政协主席林晓东，区委副书记、副区长周明远在巡查全区"
        "卫生创建工作时强调，要持续加大背街小巷的整治力度，补齐设施短板。"
    )
    assert sorted(issued(text)) == [
        ("要持续加大背街小巷的整治力度，补齐设施短板", "周明远"),
        ("要持续加大背街小巷的整治力度，补齐设施短板", "林晓东"),
    ]


def test_untitled_name_before_the_comma_does_not_speak() -> None:
    # (a guard: the name before the comma has no post of its own before it)
    text = "记者林晓东，区委副书记、副区长周明远在巡查时强调，要持续加大背街小巷的整治力度。"
    assert issued(text) == [("要持续加大背街小巷的整治力度", "周明远")]


def test_chair_before_the_speaker_does_not_speak() -> None:
    # (a guard: the first name's own clause ends before the comma)
    text = (
        "青山区委书记林晓东主持调度会，区委副书记、副区长周明远在会上强调，"
        "要持续加大背街小巷的整治力度。"
    )
    assert issued(text) == [("要持续加大背街小巷的整治力度", "周明远")]


# --- 座谈会上，在听取…后，会议要求，: the meeting frame after a place and a setting ------------------


def test_meeting_frame_after_place_and_setting_ends_the_speaker() -> None:
    text = (
        "青山县委书记林晓东要求，要加强环境整治，做好宣传工作。\n"
        "座谈会上，在听取了青山县创建工作情况汇报后，会议要求，各相关单位要协同推进，"
        "加大老旧小区的改造力度。"
    )
    assert directives(text) == [
        "要加强环境整治，做好宣传工作",
        "各相关单位要协同推进，加大老旧小区的改造力度",
    ]
    assert issued(text) == [("要加强环境整治，做好宣传工作", "林晓东")]


def test_named_frame_after_a_setting_still_speaks() -> None:
    # (a guard: a name after the setting is the speaker)
    text = (
        "座谈会上，在听取了青山县创建工作情况汇报后，林晓东要求，各相关单位要协同推进，"
        "加大老旧小区的改造力度。"
    )
    assert issued(text) == [("各相关单位要协同推进，加大老旧小区的改造力度", "林晓东")]


# --- 要…。把握…，提升…，坚持…。: a chain of verb phrases spelling a requirement out ------------------


def test_chain_of_verb_phrases_continues_the_requirement() -> None:
    text = (
        "县委书记苏明远强调，要端正工作态度，增强整治主动性。"
        "把握工作节奏，提高整治效率，坚持群众路线，补上设施欠账，注重标本兼治，守住安全红线。"
        "强化责任分工，汇聚各方力量，确保每项任务见效。"
    )
    assert issued(text) == [
        ("要端正工作态度，增强整治主动性", "苏明远"),
        (
            "把握工作节奏，提高整治效率，坚持群众路线，补上设施欠账，注重标本兼治，守住安全红线",
            "苏明远",
        ),
        ("强化责任分工，汇聚各方力量，确保每项任务见效", "苏明远"),
    ]


def test_chain_opening_with_an_unlisted_verb() -> None:
    text = (
        "会议强调，要紧盯重点行业，筑牢安全防线。"
        "紧密贴合汛期特点，聚焦道路交通和建筑施工，深入开展隐患排查，加大执法力度。"
    )
    assert directives(text) == [
        "要紧盯重点行业，筑牢安全防线",
        "紧密贴合汛期特点，聚焦道路交通和建筑施工，深入开展隐患排查，加大执法力度",
    ]


def test_chain_announcing_a_plan_is_a_report() -> None:
    # (a guard: a subject and its 将 after a time connective announce what will be done)
    text = (
        "县委书记苏明远强调，要端正工作态度，增强整治主动性。"
        "接下来，青山镇各社区将共同担责，把创建工作抓细抓实，确保不留死角。"
    )
    assert directives(text) == ["要端正工作态度，增强整治主动性"]


def test_chain_of_what_was_done_is_a_report() -> None:
    # (a guard: 了 says it is done)
    text = (
        "县委书记苏明远强调，要端正工作态度，增强整治主动性。"
        "整理了台账资料，完善各项制度，加强日常巡查，强化督导考核。"
    )
    assert directives(text) == ["要端正工作态度，增强整治主动性"]


def test_two_clauses_are_no_chain() -> None:
    # (a guard: the chain needs three clauses or more)
    text = "县委书记苏明远强调，要端正工作态度，增强整治主动性。紧密贴合汛期特点，聚焦重点行业。"
    assert directives(text) == ["要端正工作态度，增强整治主动性"]


# --- bare 不能 with nothing that governs it: no marker ---------------------------------------------


def test_headline_with_bare_cannot_is_no_directive() -> None:
    text = "卫生创建不能走过场\n\n9月3日，青山县召开卫生创建推进会，部署下阶段工作。"
    assert directives(text) == []


def test_assessment_ending_in_bare_cannot_is_no_directive() -> None:
    text = (
        "会议指出，卫生创建是全县的大事，事关群众福祉，半点不能马虎。"
        "会议强调，各乡镇要深入学习相关文件。"
    )
    assert directives(text) == ["各乡镇要深入学习相关文件"]


def test_bare_cannot_after_a_requirement_stays() -> None:
    # (a guard: after a requirement of the same speaker, as before)
    text = "县委书记林晓东强调，要加强整治，守住成果。不能搞形式主义，更不能弄虚作假。"
    assert issued(text) == [
        ("要加强整治，守住成果", "林晓东"),
        ("不能搞形式主义，更不能弄虚作假", "林晓东"),
    ]


def test_bare_cannot_with_a_later_marker_stays() -> None:
    # (a guard: another marker in the unit)
    text = "县委书记林晓东强调，创建不能靠一阵风，必须久久为功。"
    assert directives(text) == ["创建不能靠一阵风，必须久久为功"]
