"""GPE and LOC in the forms the session-17 audit of real reports (issue 16: places18) found: a
list of the places an inspection visited, one division's after another, cut by ；, closed by a
qualified 等…点位 (等重点点位, 等文明城市现场测评点位, 等6个点位); the town or sub-district before
a listed place; a town made a sub-district (某某镇街道); estates, hotels and bookshops as items; no
division read from 但主要街道, 区直, 市驻区. Every example is made up in the same form: the names
are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a list cut by ；, one division's places after another's, closed by a qualified 点位
        (
            "晚报讯 昨天，市委常委、宣传部部长柯立群先后来到青屏区常宁镇、白鹭广场、"
            "青屏街道安顺路社区；柏溪区柳岗镇红枫村、翠岭佳苑、云栖花园小区；"
            "桐江区望潮镇街道桂香新村、澜庭酒店、槐荫路农贸市场等文明城市现场测评点位。",
            {
                ("白鹭广场", "LOC"),
                ("红枫村", "LOC"),
                ("柳岗镇", "GPE"),
                ("翠岭佳苑", "LOC"),
                ("云栖花园小区", "LOC"),
                ("望潮镇街道", "GPE"),
                ("桂香新村", "LOC"),
                ("澜庭酒店", "LOC"),
                ("槐荫路农贸市场", "LOC"),
            },
            set(),
        ),
        # closed by 等重点点位 and by 等6个点位
        (
            "柯立群一行先后走访了槐树湾村、桐花农贸市场、背街小巷等重点点位。",
            {("槐树湾村", "LOC"), ("桐花农贸市场", "LOC")},
            set(),
        ),
        (
            "检查组先后来到青屏区黄雀塘菜市场、墨香书店、安顺路社区等6个点位进行检查。",
            {("黄雀塘菜市场", "LOC"), ("墨香书店", "LOC"), ("安顺路社区", "LOC")},
            set(),
        ),
        # 主要街道 names no sub-district
        (
            "督导组发现，该村已开展评选活动。但主要街道、乡风文明示范街需增设公益广告。",
            set(),
            {("但主要街道", "GPE")},
        ),
        # the units under or stationed in a division are no division
        (
            "全体在家区级领导，区直、市驻区、柳湾街道等单位负责人参加测评。",
            {("柳湾街道", "GPE")},
            {("区直", "GPE"), ("市驻区", "GPE")},
        ),
        # a village or community whose name opens with 新, visited or listed
        (
            "调研组一行先后到新桂村和石围村，与新桂村、石围村干部座谈。",
            {("新桂村", "LOC"), ("石围村", "LOC")},
            set(),
        ),
        (
            "会上，柳庄社区、新枫楼社区两家单位分别作了发言。",
            {("柳庄社区", "LOC"), ("新枫楼社区", "LOC")},
            set(),
        ),
        (
            "要加快建设新农村和新型社区。",
            set(),
            {("新农村", "LOC"), ("新型社区", "LOC")},
        ),
        # a campaign counting cities names no city
        (
            "要坚持结果导向和双城创建相结合，全面提升创建水平。",
            set(),
            {("双城", "GPE")},
        ),
        # the town's area and a route to a town name no division
        (
            "市委常委柯立群带队督查集贸市场、城区至乡镇沿线公路河道整治提升工作。"
            "督查组一行先后来到东关市场、柳马河市场、城区至柳泉镇沿线公路河道、柳泉镇驻地进行实地查看。",
            {("柳泉镇", "GPE")},
            {("城区至", "GPE"), ("城区至乡", "GPE")},
        ),
    ],
)
def test_places_audit18(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got
