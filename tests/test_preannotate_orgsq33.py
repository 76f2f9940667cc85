"""orgsq33 (issue 16, session 33): a campaign's group and its office named after the campaign's
verb (创建…工作领导小组办公室, 争创…指挥部办公室) keep the verb inside the ORG wherever the name
stands: opening a line (a bulletin's issuing office under its issue number), after a space or
after a clause's comma. Before, only a group's own name (…领导小组, …指挥部) kept it; its office
lost 创建 and read 全国 as a body of the nation. Made-up sentences; names and places invented.
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _orgs(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "青禾县创文简报\n第3期\n创建全国文明城市工作领导小组办公室 2021年5月8日\n",
            "创建全国文明城市工作领导小组办公室",
        ),
        (
            "2022年第9期 创建全国卫生城市工作领导小组办公室编印",
            "创建全国卫生城市工作领导小组办公室",
        ),
        (
            "会上，创建省级文明县城工作指挥部办公室通报了近期督查结果。",
            "创建省级文明县城工作指挥部办公室",
        ),
        (
            "随后，争创国家卫生县城工作领导小组办公室对下步工作作了安排。",
            "争创国家卫生县城工作领导小组办公室",
        ),
    ],
)
def test_a_campaign_groups_office_keeps_its_verb(text: str, org: str) -> None:
    assert org in _orgs(text)
    assert org[2:] not in _orgs(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # the group's own name kept its verb before, and still does
        ("会上，创建全国文明城市工作领导小组通报了情况。", "创建全国文明城市工作领导小组"),
        # a level's reach before the verb is no part of the name
        (
            "会上，全县创建省级文明县城工作领导小组办公室通报了情况。",
            "创建省级文明县城工作领导小组办公室",
        ),
    ],
)
def test_the_group_and_the_reach_before_it(text: str, org: str) -> None:
    assert org in _orgs(text)


def test_the_verb_of_a_clause_before_a_bare_office_opens_no_name() -> None:
    # a clause ends at its comma: the bare office after it is no campaign's office
    orgs = _orgs("要积极创建全国文明城市，领导小组办公室要加强督导。")
    assert not any(o.startswith("创建") for o in orgs)
