"""Persons and titles of the session 18 audit of PERSON recall (persons19, issue 16), in forms
read in real reports the rules missed: a list of names with no title closed by the count of the
people they are, transliterated names of Yunnan's and Sichuan's Tibetan prefectures, rare
surnames, a democratic party's committee chair. Sentences are made up."""

from __future__ import annotations

import pytest

from tests.preannotate_support import spans_and_holds as _out


def _persons(spans: set[tuple[str, str]]) -> set[str]:
    return {t for t, lab in spans if lab == "PERSON"}


def test_names_closed_by_the_count_of_the_people_they_are() -> None:
    text = "本届评选中，钱明、柏荣庭、高学、扎西、葛鸿儒5人获全市道德模范提名奖。"
    spans, _ = _out(text)
    assert {"钱明", "柏荣庭", "高学", "扎西", "葛鸿儒"} <= _persons(spans), spans


def test_counted_names_with_deng_and_ming() -> None:
    spans, _ = _out("会上，滕立新、岳小川、苗一帆等3名志愿者分享了服务体会。")
    assert {"滕立新", "岳小川", "苗一帆"} <= _persons(spans), spans


@pytest.mark.parametrize(
    "text",
    [
        "全县党员、干部、群众300人参加活动。",
        "会上，党员、干部、群众3人作了发言。",
        "由张家、李村、王庄3个村负责。",
        "城关、河西、南湖3家单位获评先进。",
    ],
)
def test_counted_items_that_are_no_names(text: str) -> None:
    spans, _ = _out(text)
    assert not _persons(spans), spans


def test_two_counted_names_are_not_enough() -> None:
    # two items: a pair of words may read as names (高明、文化2人), so three at least
    spans, _ = _out("此外，高明、文化2人作了补充。")
    assert not _persons(spans), spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("州委常委、州政府副州长农布央宗致辞。", "农布央宗"),
        ("县委副书记斯那卓玛主持会议。", "斯那卓玛"),
        ("州人大常委会副主任四郎泽仁出席会议。", "四郎泽仁"),
    ],
)
def test_tibetan_names_of_yunnan_and_sichuan_after_a_title(text: str, name: str) -> None:
    spans, holds = _out(text)
    assert (name, "PERSON") in spans, spans
    assert any(p == name for p, _ in holds), holds


def test_rare_surname_after_a_post() -> None:
    spans, holds = _out("省民盟副主委何云松、州主委夭建平全程陪同。")
    assert ("夭建平", "PERSON") in spans and ("夭建平", "州主委") in holds, spans


def test_democratic_party_chair_after_a_name() -> None:
    spans, holds = _out("在青州期间，余伯中副主委一行参观了博物馆。")
    assert ("余伯中", "副主委") in holds, (spans, holds)
