"""names31: names the frames missed on real pages (made-up sentences, invented names).

A leader at the head of others (某某带领 / 某某率) closes a name of a surname no list holds; the
deputies named before their post (甲、乙等代表); a zone's two committees as one leadership (两委领导
+ names); a body's chief engineer (党组成员、总工程师某某); a list of attendees one of whose given
names makes a word with its surname (高远); the members of a named body before a list closed by
及… and the act; a rare surname (郄) and the compound surnames of the 《百家姓》.
"""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest
from tests.span_helpers import people


@pytest.mark.parametrize(
    "text,name",
    [
        ("9月15日上午，市委副书记、市长佀明川带领市直单位负责同志前往澄岭区督导。", "佀明川"),
        ("县委常委、副县长眭一帆率有关单位负责同志现场督办。", "眭一帆"),
        ("区委书记鄞光耀率领调研组深入社区。", "鄞光耀"),
    ],
)
def test_a_name_of_an_unlisted_surname_before_a_leaders_act(text: str, name: str) -> None:
    _, persons, holds = people(text)
    assert name in persons
    assert any(h == name for h, _ in holds)


def test_the_unlisted_name_found_in_a_frame_is_found_again_bare() -> None:
    text = "市长佀明川带领有关单位负责同志前往鹿鸣新区。佀明川仔细询问了小区的垃圾分类。"
    r = suggest(text)
    assert [s.text for s in r.spans if s.label == "PERSON"] == ["佀明川", "佀明川"]


def test_deputies_named_before_their_post() -> None:
    text = "座谈中，罗明哲、郭振南、金秀兰、朴成浩、马德旺等代表踊跃发言。"
    titles, persons, holds = people(text)
    assert persons == {"罗明哲", "郭振南", "金秀兰", "朴成浩", "马德旺"}
    assert titles == {"代表"}
    assert ("朴成浩", "代表") in holds and ("罗明哲", "代表") in holds


def test_deputies_acting_on_behalf_of_a_unit_hold_no_post() -> None:
    titles, persons, _ = people("会上，韩松年、赵宏业等代表所在单位作了表态发言。")
    assert persons == {"韩松年", "赵宏业"}
    assert "代表" not in titles


def test_a_zones_two_committees_before_a_list_of_names() -> None:
    text = "工委书记单青岳主持会议。两委领导柴永平、郁岚、肖立新、宁振华到会并讲话。"
    titles, persons, holds = people(text)
    assert "两委领导" in titles
    assert {"柴永平", "郁岚", "肖立新", "宁振华"} <= persons
    assert ("郁岚", "两委领导") in holds


def test_the_leaders_of_a_villages_two_committees_are_no_title_without_names() -> None:
    titles, persons, _ = people("村两委领导班子换届工作顺利完成。")
    assert not titles and not persons


def test_a_chief_engineer_in_a_party_groups_list() -> None:
    text = "市水利局局长柳明德，党组成员、总工程师石敬轩率有关科室人员到场。"
    titles, persons, holds = people(text)
    assert {"党组成员", "总工程师"} <= titles
    assert "石敬轩" in persons
    assert ("石敬轩", "总工程师") in holds and ("石敬轩", "党组成员") in holds


def test_a_list_of_attendees_with_one_given_name_that_is_a_word() -> None:
    text = "区委副书记、区长刘振东主持会议。孙浩然、钱立明、周焱林、吴丽萍、高远、郑文博出席会议。"
    _, persons, _ = people(text)
    assert {"孙浩然", "钱立明", "周焱林", "吴丽萍", "高远", "郑文博"} <= persons


def test_a_list_of_words_is_no_list_of_names() -> None:
    # two items of the dictionary: no names
    _, persons, _ = people("。高效、精准、张明出席。")
    assert "精准" not in persons


def test_members_of_a_named_body_before_a_list_closed_by_others_who_attend() -> None:
    text = "管委会副主任郑启航，管委会党政机构成员蒋立秋、葛文昊、潘远舟及各部门负责同志参加会议。"
    _, persons, _ = people(text)
    assert {"蒋立秋", "葛文昊", "潘远舟"} <= persons


@pytest.mark.parametrize(
    "text,name",
    [
        ("郄明远、王小平、李德胜出席会议。", "郄明远"),
        ("副县长公羊明远出席会议。", "公羊明远"),
        ("副县长左丘晓峰出席会议。", "左丘晓峰"),
    ],
)
def test_rare_and_compound_surnames(text: str, name: str) -> None:
    _, persons, _ = people(text)
    assert name in persons


@pytest.mark.parametrize("text", ["这段干部任期结束后，要做好交接。", "要加强新闻人物的宣传报道。"])
def test_compound_surnames_that_read_as_words_are_left_out(text: str) -> None:
    _, persons, _ = people(text)
    assert not persons


def test_a_name_of_an_unlisted_surname_inside_a_list_of_attendees() -> None:
    _, persons, _ = people("孙浩然、佀志强、周焱林出席会议。")
    assert persons == {"孙浩然", "佀志强", "周焱林"}


def test_a_word_inside_a_list_is_no_name_of_an_unlisted_surname() -> None:
    _, persons, _ = people("孙浩然、工作组、周焱林出席会议。")
    assert "工作组" not in persons


def test_a_village_after_a_towns_name_ending_in_zhen_is_no_name() -> None:
    _, persons, _ = people("督导组到青川县柳坪镇长溪村调研环境卫生。")
    assert not persons


@pytest.mark.parametrize(
    "text,surname,post",
    [
        ("会上，副主任林远航传达了市文明办苏明哲主任和汤局长、卓局长的讲话精神。", "卓", "局长"),
        ("会上，副主任林远航传达了市文明办苏明哲主任和汤局长、卓局长的讲话精神。", "汤", "局长"),
        ("会后，镇党委书记贺云舒按照邝部长提出的意见作了安排。", "邝", "部长"),
        ("调研组来到青禾社区。\n柏书记指出，社区要抓好落实。", "柏", "书记"),
    ],
)
def test_a_surname_and_a_post_of_an_official_never_named_in_full(
    text: str, surname: str, post: str
) -> None:
    titles, persons, holds = people(text)
    assert surname in persons and post in titles
    assert (surname, post) in holds


@pytest.mark.parametrize(
    "text",
    [
        "市委副书记、代市长温启航出席。",
        "要周密部署，各镇长要亲自抓。",
        "原局长苏明出席。",
        "会后，向局长汇报了整改情况。",
        "会后，和书记们一起检查。",
    ],
)
def test_a_character_before_a_post_that_is_no_surname_there(text: str) -> None:
    _, persons, _ = people(text)
    assert all(len(p) > 1 for p in persons)
