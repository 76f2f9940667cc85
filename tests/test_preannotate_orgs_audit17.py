"""ORG in the forms the session-16 audit of real town, banner, prefecture and zone reports
(issue 16: audgpe17) found: a place's own campaign team with 创建 and the honour's level
(某某市创建全国文明城市实地督导组); a town's small bodies in a list of units (镇中心校, 县自来水厂,
民政办的负责同志). Every example is made up in the same form (the city of a team is a real one only
where the gazetteer must know it)."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a city's own campaign team, named with 创建 and the honour's level
        (
            "会上，岳阳市创建全国文明城市实地督导组通报了问题。",
            {("岳阳市创建全国文明城市实地督导组", "ORG")},
            {("岳阳市", "GPE")},
        ),
        (
            "会上，岳阳市创文督导组反馈了意见。",
            {("岳阳市创文督导组", "ORG")},
            {("岳阳市", "GPE")},
        ),
        # the team's head is a post
        ("岳阳市创卫督查组组长李明出席。", set(), {("岳阳市创卫督查组", "ORG")}),
        # a town's small bodies in a list of units
        (
            "会上，镇中心校、县自来水厂、民政办的负责同志作表态发言。",
            {("镇中心校", "ORG"), ("县自来水厂", "ORG"), ("民政办", "ORG")},
            set(),
        ),
        ("会上，柳溪镇中心小学的负责同志发言。", {("柳溪镇中心小学", "ORG")}, set()),
        # a clause before the office is no name
        ("要加快建设自来水厂，做到大操大办的不办。", set(), {("大操大办", "ORG")}),
    ],
)
def test_small_bodies_and_teams(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got
