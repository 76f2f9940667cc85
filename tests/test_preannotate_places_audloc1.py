"""LOC and GPE in the forms an audit of places on real inspection reports (session 8, helper
audloc1, issue 16) found missed or wrong. Every example is made up in the same form: the place and
person names are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a community's or a village's facility named after it is one place
        (
            "当天下午，副区长走进柳岸街道青禾社区，在青禾社区党群服务中心听取汇报。",
            {("青禾社区党群服务中心", "LOC"), ("青禾社区", "LOC"), ("柳岸街道", "GPE")},
            set(),
        ),
        (
            "督查组随后前往竹溪社区党群服务中心，翻阅了活动台账。",
            {("竹溪社区党群服务中心", "LOC")},
            {("竹溪社区", "LOC")},
        ),
        (
            "督导组走访了梨花村新时代文明实践站。",
            {("梨花村新时代文明实践站", "LOC")},
            {("梨花村", "LOC")},
        ),
        # a sub-district right after a named development zone, and the places after it
        (
            "第二站：柳川开发区江岸街道下柳桥社区。",
            {("柳川开发区", "GPE"), ("江岸街道", "GPE"), ("下柳桥社区", "LOC")},
            set(),
        ),
        (
            "巡查组走进柳南高新区青河街道丰禾菜市场、枫林小区，"
            "柳城经济技术开发区新城街道惠农菜市场、槐里小区等点位。",
            {
                ("青河街道", "GPE"),
                ("丰禾菜市场", "LOC"),
                ("新城街道", "GPE"),
                ("惠农菜市场", "LOC"),
                ("槐里小区", "LOC"),
            },
            set(),
        ),
        # a market after its zone whose name opens with 新, as an item of the places visited
        (
            "暗访组来到柳南高新区新城菜市场、翠园小区等地。",
            {("柳南高新区", "GPE"), ("新城菜市场", "LOC")},
            set(),
        ),
        # a sub-district whose name opens with 新, visited, and the places after it or named
        # after it
        (
            "王立新带队到新柳街道开展巡查。在新柳农贸市场，王立新查看了摊位秩序。",
            {("新柳街道", "GPE"), ("新柳农贸市场", "LOC")},
            set(),
        ),
        (
            "随后，区长来到新岭街道丰禾社区。",
            {("新岭街道", "GPE"), ("丰禾社区", "LOC")},
            set(),
        ),
        # villages right after their towns, as items of the places visited
        (
            "检查组先后来到柳灯镇胜利村、梨溪镇张家岭村与南坡村，逐村打分。",
            {("胜利村", "LOC"), ("张家岭村", "LOC"), ("南坡村", "LOC")},
            set(),
        ),
        # an estate named after the road it lies on
        (
            "在青园路新村，街道干部与物业商量停车办法。",
            {("青园路新村", "LOC")},
            {("青园路", "LOC")},
        ),
        # a community named, then its kind again as a word
        (
            "问题：青岭社区社区周边有占道摆摊。",
            {("青岭社区", "LOC")},
            {("青岭社区社区", "LOC")},
        ),
    ],
)
def test_places_found(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, not_want",
    [
        # no name: the kind of facility in general, a market a verb opens, a zone in general
        ("推进社区党群服务中心建设。", {("社区党群服务中心", "LOC")}),
        ("柳岸区新建菜市场三个。", {("新建菜市场", "LOC")}),
        ("各开发区街道要落实责任。", {("开发区街道", "GPE"), ("区街道", "GPE")}),
        ("到新建街道社区开展工作。", {("新建街道", "GPE")}),
        ("柳岸镇加强村、社区建设。", {("加强村", "LOC")}),
        # a clause ending in a verb word before the kind of place in general
        ("下一步，着力抓好农贸市场周边的秩序。", {("着力抓好农贸市场", "LOC")}),
        ("会上强调，精心做好公园、绿地的管护。", {("精心做好公园", "LOC")}),
        # a kind of market, not its name
        ("沿街有菜场、花鸟市场和书店。", {("花鸟市场", "LOC")}),
    ],
)
def test_no_place(text: str, not_want: set) -> None:
    got = _tagged(text)
    assert not (not_want & got), not_want & got
