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


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # the departments of a sub-district or a zone, as items of a list
        (
            "会上，城市管理部、社会事务部、青禾社区的负责人发言。",
            {("城市管理部", "ORG"), ("社会事务部", "ORG")},
            set(),
        ),
        ("，城市办要加强。", set(), {("城市办", "ORG")}),
        ("各创建工作部部长汇报了情况，加强组织工作部署。", set(), {("创建工作部", "ORG")}),
        # the party by its full name; a member of it is none
        ("庆祝中国共产党成立103周年。", {("中国共产党", "ORG")}, set()),
        ("表彰优秀中国共产党员。", set(), {("中国共产党", "ORG")}),
        # a ministry by its short form, with 国家
        ("国家工信部发布了名单。", {("国家工信部", "ORG")}, set()),
        # companies: a name of its own before the kind, the staff after; a place opening it
        (
            "柳塘高新区管委会、丰禾担保公司全体干部职工参观。",
            {("丰禾担保公司", "ORG")},
            set(),
        ),
        (
            "参观。\n宜都高新投公司到白石岭镇开展活动。",
            {("宜都高新投公司", "ORG")},
            {("宜都", "GPE")},
        ),
        # a town's school and clinic named by a town of four characters
        (
            "五眼塘镇中心小学、五眼塘镇卫生院参加。",
            {("五眼塘镇中心小学", "ORG"), ("五眼塘镇卫生院", "ORG")},
            {("塘镇中心小学", "ORG"), ("塘镇卫生院", "ORG")},
        ),
    ],
)
def test_batch2_orgs(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a campaign office's working group is one body with the office
        ("9月20日，市创城办社区小区组来我区督导检查。", {("市创城办社区小区组", "ORG")}, set()),
        # its team named by its task too (the longest name, as orgs17 and dev2's gold read it)
        ("省文明办督导组到我县反馈意见。", {("省文明办督导组", "ORG")}, set()),
        # the congress's and the consultative conference's inspection groups, like a
        # committee's
        (
            "日前，岳阳市人大常委会督导组到白沙镇检查。县政协视察组参加。",
            {("岳阳市人大常委会督导组", "ORG"), ("县政协视察组", "ORG")},
            set(),
        ),
        ("县委调研组织工作。", set(), {("县委调研组", "ORG")}),
    ],
)
def test_batch3_orgs(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # an estate named after the committee is no body
        ("他先后来到站前街道东晨小区和市委小区检查。", set(), {("市委", "ORG")}),
        # a case handed on by the central inspectors names no office
        ("并对第二轮中央环保督察转办案件整改情况进行检查。", set(), {("中央环保督察转办", "ORG")}),
    ],
)
def test_batch4_orgs(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got


def test_bus_company_is_a_kind() -> None:
    """公交公司对…: the bus company in general (company_kinds), no name."""
    assert ("公交公司", "ORG") not in _tagged("公交公司对文明创建工作要高度重视。")


def test_department_kind_is_no_deployment() -> None:
    """某某市文明乡风建设工作部署会: 部 opening 部署 closes no 工作部 (a check page, session 16)."""
    got = _tagged("8月1日，柳塘市文明乡风建设工作部署会召开。")
    assert not any(label == "ORG" and span.endswith("工作部") for span, label in got), got
