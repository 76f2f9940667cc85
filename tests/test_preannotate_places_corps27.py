"""Session 26 (corps27): the corps' division written with its city is one GPE again by default
(independent annotators 4 join, 2 split), and the split is the opt-in convention
gpe.corps_city_apart, which a team's gold switches on. Every sentence, division number and city
here is made up."""

from __future__ import annotations

import pytest

from civannot.learn.corrections import learn_switches
from civannot.preannotate.engine import Suggestions, suggest
from civannot.preannotate.registry import CONVENTION_SWITCHES, DEFAULT_OFF, RULES
from tests.switch_support import switch_team, switched_on, texts_the_switch_may_change

APART = "gpe.corps_city_apart"


def _places(sug: Suggestions) -> list[str]:
    return [s.text for s in sug.spans if s.label == "GPE"]


def _labelled(sug: Suggestions) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in sug.spans if s.label != "DIRECTIVE"]


# --- the default: one GPE for the division written with its city


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # 第 + division + city; the older name 农 + division + city; a division with no 第
        # opening the text
        ("第九师柳湾市召开创建全国文明城市推进会。", "第九师柳湾市"),
        ("农五师青岚市召开创建文明城市动员大会。", "农五师青岚市"),
        ("十三师岚溪市部署创城创卫工作。", "十三师岚溪市"),
        # the corps named before its division stays inside the one span
        ("兵团六师桐河市荣获全国文明城市称号。", "兵团六师桐河市"),
        ("新疆生产建设兵团第十二师柳川市召开会议。", "新疆生产建设兵团第十二师柳川市"),
    ],
)
def test_a_division_written_with_its_city_is_one_place(text: str, place: str) -> None:
    got = _places(suggest(text))
    assert got[0] == place
    # no division or city of its own inside it
    assert not any(p != place and p in place for p in got)


def test_the_division_alone_and_the_city_alone_stay_apart() -> None:
    text = (
        "第七师柳湾市召开推进会。柳湾市将带动师市城镇体系建设。"
        "兵团召开座谈会，七师与桐河市举行交流。"
    )
    sug = suggest(text)
    got = _places(sug)
    assert got[0] == "第七师柳湾市"
    # the city alone (read from its division-city) is a place; a division written alone is the
    # corps' ORG since session 28 (corps28; before: a GPE, now the opt-in gpe.corps_division)
    assert got.count("柳湾市") == 1
    assert "桐河市" in got and "七师" not in got
    assert ("七师", "ORG") in _labelled(sug)


def test_regiments_are_places_of_their_own_beside_the_division_city() -> None:
    text = "第七师柳湾市召开推进会，九团、一二三团作表态发言。"
    got = _places(suggest(text))
    assert got == ["第七师柳湾市", "九团", "一二三团"]


def test_a_division_city_before_a_post_keeps_the_posts_conventions() -> None:
    # the posts' conventions are unchanged: by default one TITLE (as 某某县委书记); with
    # gpe.before_post the division and its city are cut off the post, each its GPE (as before);
    # with gpe.corps_before_post the division alone
    text = "兵团召开会议。七师柳湾市党委书记、政委冯远山出席会议并讲话。"
    assert ("七师柳湾市党委书记", "TITLE") in _labelled(suggest(text))
    split = _labelled(switched_on(text, "gpe.before_post"))
    assert (
        ("七师", "GPE") in split and ("柳湾市", "GPE") in split and ("党委书记", "TITLE") in split
    )
    corps = _labelled(switched_on(text, "gpe.corps_before_post"))
    assert ("七师", "GPE") in corps and ("柳湾市党委书记", "TITLE") in corps
    # the opt-in split of the division-city cuts no TITLE
    assert switched_on(text, APART).spans == suggest(text).spans


# --- the other reading: gpe.corps_city_apart


def test_corps_city_apart_is_a_convention_switch_off_by_default() -> None:
    assert APART in CONVENTION_SWITCHES <= DEFAULT_OFF
    assert "off unless switched on" in RULES[APART]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("第九师柳湾市召开创建全国文明城市推进会。", ["第九师", "柳湾市"]),
        ("农五师青岚市召开创建文明城市动员大会。", ["农五师", "青岚市"]),
        # the corps named before its division stays with the division
        ("兵团六师桐河市荣获全国文明城市称号。", ["兵团六师", "桐河市"]),
        (
            "兵团二师柳门关市、兵团十师岚屯市获得表彰。",
            ["兵团二师", "柳门关市", "兵团十师", "岚屯市"],
        ),
    ],
)
def test_switched_on_the_division_and_its_city_are_two_places(text: str, parts: list[str]) -> None:
    sug = switched_on(text, APART)
    got = [(s.text, r) for s, r in zip(sug.spans, sug.rules, strict=True) if s.label == "GPE"]
    assert got[: len(parts)] == [(p, APART) for p in parts]


def test_switched_on_a_division_city_inside_a_document_title_is_not_cut() -> None:
    text = "《第九师柳湾市创建全国文明城市三年行动计划》印发。"
    assert switched_on(text, APART).spans == suggest(text).spans


def test_learn_switches_turns_the_split_on_only_for_a_gold_that_splits() -> None:
    texts = [
        f"第{n}师{c}市召开推进会，九团、十一团作交流发言。"
        for n, c in zip("三五七九", ("柳湾", "青岚", "桐河", "岚溪"), strict=True)
    ]
    docs, sugs, resuggest = switch_team(texts, APART, True)
    assert learn_switches(docs, sugs, resuggest)[0] == [APART]
    docs, sugs, resuggest = switch_team(texts, APART, False)
    assert learn_switches(docs, sugs, resuggest)[0] == []


def test_the_split_changes_no_text_where_it_cannot_fire() -> None:
    texts = [
        "第九师柳湾市召开推进会。",
        "兵团召开会议，七师与桐河市举行交流。",
        "兵团召开会议。七师柳湾市党委书记、政委冯远山出席会议并讲话。",
        "《第九师柳湾市创建全国文明城市三年行动计划》印发。",
        "柳湾县召开创城推进会，县委书记冯远山出席。",
    ]
    assert texts_the_switch_may_change(APART, texts) == 1
