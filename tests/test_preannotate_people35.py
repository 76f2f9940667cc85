"""people35: names and posts in forms the fresh real pages of session 33 (dev35) showed (made-up
sentences, invented names and places).

The premier written after the name (某某总理的重要讲话, 某总理); a leaders' list whose first name
has a surname no list holds; a post in a working group taken after a titled name (某某任组长,
某某任第一副组长); a given name of two before 书记 where the article never writes the surname; a
name typed with a slip (a surname typed twice, a look-alike typed before it); a lost character
(U+FFFD) after a meeting's name before 委书记 left out of the TITLE.
"""

from __future__ import annotations

import pytest

from tests.span_helpers import labelled, people


def test_a_premier_after_the_name_and_after_the_surname() -> None:
    text = (
        "传达学习贯彻江远山总理在临海新区考察时的重要讲话。于明指出，江远山总理的重要讲话"
        "意义重大。要认真学习领会江远山总理重要讲话精神。会后，对照江总理讲话精神再部署。"
    )
    titles, persons, holds = people(text)
    sug = labelled(text, "PERSON", "TITLE")
    assert sug.count(("江远山", "PERSON")) == 3
    assert sug.count(("总理", "TITLE")) == 4
    assert ("江", "PERSON") in sug
    assert ("江远山", "总理") in holds and ("江", "总理") in holds


def test_a_vice_premier_after_the_name() -> None:
    titles, persons, holds = people("陪同柯文涛副总理在青山县考察。")
    assert ("柯文涛", "副总理") in holds


@pytest.mark.parametrize("text", ["国务院总理出席会议。", "总理在会上强调，要加强。"])
def test_the_premier_with_no_name_has_no_person(text: str) -> None:
    assert not labelled(text, "PERSON")


def test_a_leaders_list_whose_first_surname_no_list_holds() -> None:
    # 仉 is a surname of no list: the list reads it from the names after it
    text = "区领导仉兆林、曹明远、苏建华、王小溪、扎西顿珠、钱卫国出席会议。"
    titles, persons, holds = people(text)
    assert titles == {"区领导"}
    names = ["仉兆林", "曹明远", "苏建华", "王小溪", "扎西顿珠", "钱卫国"]
    assert persons == set(names)
    assert all((n, "区领导") in holds for n in names)


@pytest.mark.parametrize(
    "text",
    [
        # one name after it vouches for nothing; words are no names
        "区领导仉兆林、曹明远出席会议。",
        "市领导包社区、包单位、包小区。",
    ],
)
def test_an_unlisted_first_item_needs_two_names_after_it(text: str) -> None:
    assert ("仉兆林", "PERSON") not in labelled(text, "PERSON")
    assert ("包社区", "PERSON") not in labelled(text, "PERSON")


def test_a_working_groups_posts_after_titled_names() -> None:
    text = "成立以区委常委、组织部长林晓东任组长，区政协副主席周秀兰任第一副组长的创城专班。"
    titles, persons, holds = people(text)
    assert ("林晓东", "组长") in holds
    assert ("周秀兰", "第一副组长") in holds
    assert ("林晓东", "组织部长") in holds and ("周秀兰", "区政协副主席") in holds


def test_a_group_post_ends_at_the_next_names_title() -> None:
    text = "成立了以镇党委书记林成贵任组长、镇长周兴富为副组长的工作领导小组。"
    titles, persons, holds = people(text)
    assert ("林成贵", "组长") in holds
    assert ("周兴富", "镇长") in holds and ("周兴富", "副组长") in holds
    assert ("林成贵", "镇长") not in holds


def test_serving_as_is_no_act_without_a_post() -> None:
    titles, persons, holds = people("县委书记林晓东任职期间，推动了工作。")
    assert holds == {("林晓东", "县委书记")}


@pytest.mark.parametrize(
    "text,name",
    [
        ("周明远说，晓键书记的部署很有针对性。", "晓键"),
        ("各村要压实责任。兆川书记在推进会上要求，立即整改。", "兆川"),
    ],
)
def test_a_given_name_alone_before_secretary(text: str, name: str) -> None:
    titles, persons, holds = people(text)
    assert (name, "书记") in holds


@pytest.mark.parametrize(
    "text",
    [
        "会议指出，支部书记的作用很重要。",
        "同时，各级书记要带头。",
        "会上，总支书记在会上强调，要加强。",
    ],
)
def test_no_given_name_before_a_bodys_secretary(text: str) -> None:
    assert not labelled(text, "PERSON")


@pytest.mark.parametrize(
    "text,slip",
    [
        ("会上，县委书记林林晓东作了讲话。", "林林晓东"),
        ("会上，县委书记候侯晓东作重要讲话。会后，县委书记侯晓东在会上强调，要加强。", "候侯晓东"),
    ],
)
def test_a_name_typed_with_a_slip(text: str, slip: str) -> None:
    titles, persons, holds = people(text)
    assert (slip, "县委书记") in holds


def test_no_slip_read_across_a_frequent_word() -> None:
    text = "会上，县委书记陪林晓东作重要讲话。会后，县委书记林晓东在会上强调，要加强。"
    titles, persons, holds = people(text)
    assert "陪林晓东" not in persons


def test_a_lost_character_after_a_meeting_stays_out_of_the_title() -> None:
    text = "4月7日下午，青山县召开创建工作动员会\ufffd委书记林晓东在会上强调，要加强。"
    titles, persons, holds = people(text)
    assert ("林晓东", "委书记") in holds
    assert not any("\ufffd" in t for t in titles)


def test_a_lost_level_after_a_preposition_stays_in_the_title() -> None:
    titles, persons, holds = people("会议由\ufffd政协主席林晓东主持。")
    assert ("林晓东", "\ufffd政协主席") in holds
