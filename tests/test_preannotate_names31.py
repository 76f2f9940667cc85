"""names31: names the frames missed on real pages (made-up sentences, invented names).

A leader at the head of others (某某带领 / 某某率) closes a name of a surname no list holds; the
deputies named before their post (甲、乙等代表); a zone's two committees as one leadership (两委领导
+ names); a body's chief engineer (党组成员、总工程师某某); a list of attendees one of whose given
names makes a word with its surname (高见); the members of a named body before a list closed by
及… and the act; a rare surname (郄) and the compound surnames of the 《百家姓》.
"""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest


def _read(text: str) -> tuple[set[str], set[str], set[tuple[str, str]]]:
    r = suggest(text)
    titles = {s.text for s in r.spans if s.label == "TITLE"}
    persons = {s.text for s in r.spans if s.label == "PERSON"}
    holds = {
        (r.spans[h].text, r.spans[t].text) for kind, h, t in r.relations if kind == "HOLDS_TITLE"
    }
    return titles, persons, holds


@pytest.mark.parametrize(
    "text,name",
    [
        ("4月2日，市委副书记、市长佀志远带领市直部门负责人前往城西区调研。", "佀志远"),
        ("县委常委、副县长眭海宁率相关部门负责人到场督办。", "眭海宁"),
        ("区委书记鄞晓峰率领调研组深入社区。", "鄞晓峰"),
    ],
)
def test_a_name_of_an_unlisted_surname_before_a_leaders_act(text: str, name: str) -> None:
    _, persons, holds = _read(text)
    assert name in persons
    assert any(h == name for h, _ in holds)


def test_the_unlisted_name_found_in_a_frame_is_found_again_bare() -> None:
    text = "市长佀志远带领相关部门负责人前往新城区。佀志远详细了解了小区的物业管理。"
    r = suggest(text)
    assert [s.text for s in r.spans if s.label == "PERSON"] == ["佀志远", "佀志远"]


def test_deputies_named_before_their_post() -> None:
    text = "会场气氛热烈，柳明哲、郭正南、金英花、朴哲秀、马德胜等代表畅所欲言。"
    titles, persons, holds = _read(text)
    assert persons == {"柳明哲", "郭正南", "金英花", "朴哲秀", "马德胜"}
    assert titles == {"代表"}
    assert ("朴哲秀", "代表") in holds and ("柳明哲", "代表") in holds


def test_deputies_acting_on_behalf_of_a_unit_hold_no_post() -> None:
    titles, persons, _ = _read("会上，韩立松、赵志宏等代表本单位作表态发言。")
    assert persons == {"韩立松", "赵志宏"}
    assert "代表" not in titles


def test_a_zones_two_committees_before_a_list_of_names() -> None:
    text = "工委书记单明峰主持会议。两委领导柴立军、马戈、肖瑞华、宁会成出席并讲话。"
    titles, persons, holds = _read(text)
    assert "两委领导" in titles
    assert {"柴立军", "马戈", "肖瑞华", "宁会成"} <= persons
    assert ("马戈", "两委领导") in holds


def test_the_leaders_of_a_villages_two_committees_are_no_title_without_names() -> None:
    titles, persons, _ = _read("村两委领导班子换届工作顺利完成。")
    assert not titles and not persons


def test_a_chief_engineer_in_a_party_groups_list() -> None:
    text = "市水务局局长柳明德，党组成员、总工程师石继成率相关处室负责人到场。"
    titles, persons, holds = _read(text)
    assert {"党组成员", "总工程师"} <= titles
    assert "石继成" in persons
    assert ("石继成", "总工程师") in holds and ("石继成", "党组成员") in holds


def test_a_list_of_attendees_with_one_given_name_that_is_a_word() -> None:
    text = "区委副书记、区长刘明成主持会议。徐鑫磊、赵志明、张焱华、杨忠玲、高见、邹洪波出席会议。"
    _, persons, _ = _read(text)
    assert {"徐鑫磊", "赵志明", "张焱华", "杨忠玲", "高见", "邹洪波"} <= persons


def test_a_list_of_words_is_no_list_of_names() -> None:
    # two items of the dictionary: no names
    _, persons, _ = _read("。高效、精准、张明出席。")
    assert "精准" not in persons


def test_members_of_a_named_body_before_a_list_closed_by_others_who_attend() -> None:
    text = (
        "管委会副主任王会明，开发区管委会党政机构成员丛克明、刘文峰、楚天和及各局负责人参加会议。"
    )
    _, persons, _ = _read(text)
    assert {"丛克明", "刘文峰", "楚天和"} <= persons


@pytest.mark.parametrize(
    "text,name",
    [
        ("郄明远、王小平、李德胜出席会议。", "郄明远"),
        ("副县长公羊明远出席会议。", "公羊明远"),
        ("副县长左丘晓峰出席会议。", "左丘晓峰"),
    ],
)
def test_rare_and_compound_surnames(text: str, name: str) -> None:
    _, persons, _ = _read(text)
    assert name in persons


@pytest.mark.parametrize("text", ["这段干部任期结束后，要做好交接。", "要加强新闻人物的宣传报道。"])
def test_compound_surnames_that_read_as_words_are_left_out(text: str) -> None:
    _, persons, _ = _read(text)
    assert not persons


def test_a_name_of_an_unlisted_surname_inside_a_list_of_attendees() -> None:
    _, persons, _ = _read("徐鑫磊、佀志强、张焱华出席会议。")
    assert persons == {"徐鑫磊", "佀志强", "张焱华"}


def test_a_word_inside_a_list_is_no_name_of_an_unlisted_surname() -> None:
    _, persons, _ = _read("徐鑫磊、工作组、张焱华出席会议。")
    assert "工作组" not in persons


def test_a_village_after_a_towns_name_ending_in_zhen_is_no_name() -> None:
    _, persons, _ = _read("督导组到青川县柳坪镇长溪村调研环境卫生。")
    assert not persons
