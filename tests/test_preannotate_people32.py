"""people32: titles and names in forms the fresh real pages of session 32 showed (made-up
sentences, invented names and places).

The leaders of a civil-service grade before a list of names (县处级领导甲、乙), read as 市领导; a
named body's 负责人 before a name as that name's TITLE; a county whose name is one character before
its own body's post (某县卫健委主任); a titled name closed by 来 + a place + the visit (来某地调研);
Tibetan names whose parts no list held; a name's post closed by the speech made (作了动员讲话).
"""

from __future__ import annotations

import pytest

from tests.span_helpers import labelled, people


@pytest.mark.parametrize(
    "text,title,names",
    [
        (
            "县委书记王青出席并讲话。县处级领导华小娟、卢家明、黄大明，县直有关单位负责人参加。",
            "县处级领导",
            ["华小娟", "卢家明", "黄大明"],
        ),
        ("副县级领导林大海、苏小川出席。", "副县级领导", ["林大海", "苏小川"]),
        ("全省厅级领导甘明远、宋立新等参加培训。", "厅级领导", ["甘明远", "宋立新"]),
    ],
)
def test_the_leaders_of_a_grade_before_names(text: str, title: str, names: list[str]) -> None:
    titles, persons, holds = people(text)
    assert title in titles
    assert all((n, title) in holds for n in names)


@pytest.mark.parametrize("text", ["全县处级领导干部参加会议。", "厅级领导干部要带头。"])
def test_the_cadres_of_a_grade_are_no_title(text: str) -> None:
    assert not labelled(text, "TITLE", "PERSON")


@pytest.mark.parametrize(
    "text,title,name",
    [
        ("县爱卫办负责人孙和平出席活动。", "县爱卫办负责人", "孙和平"),
        ("市场监管局负责人卢建华介绍了情况。", "市场监管局负责人", "卢建华"),
    ],
)
def test_a_bodys_head_before_a_name(text: str, title: str, name: str) -> None:
    titles, persons, holds = people(text)
    assert (name, title) in holds
    # the body is inside the TITLE, no ORG of its own (spans do not nest)
    assert not labelled(text, "ORG")


@pytest.mark.parametrize(
    "text", ["各单位负责人孙和平出席活动。", "县文明办主要负责人到会。", "项目负责人要到岗。"]
)
def test_a_generic_head_or_no_name_is_no_title(text: str) -> None:
    assert not labelled(text, "TITLE")


def test_a_one_character_county_before_its_bodys_post() -> None:
    text = "近日，磁县召开推进会，磁县副县长林小明出席并讲话，推进会由磁县卫健委主任王大海主持。"
    _, _, holds = people(text)
    assert ("林小明", "磁县副县长") in holds
    assert ("王大海", "磁县卫健委主任") in holds
    # a county's level alone stays as written
    assert people("会议由县卫健委主任王大海主持。")[2] == {("王大海", "县卫健委主任")}


@pytest.mark.parametrize(
    "text,name,titles",
    [
        (
            "市委书记林晓东、市委常委、组织部部长吴小梅来青山县调研督导创建工作。",
            "吴小梅",
            ["市委常委", "组织部部长"],
        ),
        ("市委常委苏强来青山督导。", "苏强", ["市委常委"]),
    ],
)
def test_a_titled_name_closed_by_coming_to_a_place_to_inspect(
    text: str, name: str, titles: list[str]
) -> None:
    _, _, holds = people(text)
    assert all((name, t) in holds for t in titles)


def test_a_given_name_ending_in_lai_stays_whole() -> None:
    assert people("县长王春来出席会议。")[1] == {"王春来"}


@pytest.mark.parametrize(
    "text,name",
    [
        ("某县副县长米朗次央出席会议并讲话。", "米朗次央"),
        ("副县长边珍卓玛出席。", "边珍卓玛"),
    ],
)
def test_tibetan_names_of_the_added_parts(text: str, name: str) -> None:
    assert name in people(text)[1]


def test_a_post_after_a_name_closed_by_the_speech_made() -> None:
    _, _, holds = people("最后，王洪新书记做了誓师动员讲话。")
    assert ("王洪新", "书记") in holds


def test_a_post_after_a_repeated_name_closed_by_a_reading() -> None:
    text = "管委会副主任林一舟、甘和成以及机关全体干部参加。甘和成主任宣读《青禾区创建方案》。"
    _, persons, holds = people(text)
    assert ("甘和成", "主任") in holds
    # the given name's last character (成) is no surname of its own before the post
    assert "成" not in persons
