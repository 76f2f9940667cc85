"""TITLE and HOLDS_TITLE in two forms of the session-11 blind set's pages (issue 16; found after
that set's blind figures were taken, so it is development data now): an autonomous county's
level written before its post (自治县党委常委, also after its name and people), and a zone's own
name before its leaders' list (某某经开区领导甲、乙). Every sentence is made up; names and
places are invented (a county is real where the gazetteer must know it)."""

from __future__ import annotations

import pytest

from tests.preannotate_support import spans_and_holds


@pytest.mark.parametrize(
    ("text", "title", "person"),
    [
        ("会议由自治县党委常委、宣传部部长韦青山主持。", "自治县党委常委", "韦青山"),
        ("自治区党委常委、秘书长蒙达出席会议。", "自治区党委常委", "蒙达"),
        ("隆林各族自治县党委副书记覃秀兰讲话。", "隆林各族自治县党委副书记", "覃秀兰"),
    ],
)
def test_an_autonomous_level_belongs_to_its_post(text: str, title: str, person: str) -> None:
    spans, holds = spans_and_holds(text)
    assert (title, "TITLE") in spans
    assert (person, title) in holds


def test_a_zone_name_before_its_leaders_list_belongs_to_the_title() -> None:
    spans, holds = spans_and_holds("检查组一行到园区督导。东湖经开区领导卢海、申明远陪同。")
    assert ("东湖经开区领导", "TITLE") in spans
    assert holds >= {("卢海", "东湖经开区领导"), ("申明远", "东湖经开区领导")}


def test_a_bare_district_leaders_list_keeps_its_title() -> None:
    spans, holds = spans_and_holds("会上，区领导卢海、申明远分别作了表态发言。")
    assert ("区领导", "TITLE") in spans
    assert ("卢海", "区领导") in holds
