"""LOC forms of session 31 (locs31): more kinds of place read with a short name before them
(某某乐园, 某某庄园, 某某规划馆, 某某净水厂, 某某观光园, 某某大市场, 某某宿舍区; their kinds in
general stay out: 儿童乐园, 职工宿舍区), and a community, an estate or a village of a plain name
that a visit places (来到前进社区，, 在小洼村，, 到跃进社区调研, a village of one character:
在柳村，). The sentences are made up in the forms; none is a real page's text."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _locs(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "LOC"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("随后，督导组来到青禾区柳塘净水厂调研水质保障工作。", "柳塘净水厂"),
        ("检查组先后参观了东岭农业园、柳湾观光园。", "东岭农业园"),
        ("检查组先后参观了东岭农业园、柳湾观光园。", "柳湾观光园"),
        ("督导组对鹿鸣乐园、青松社区进行了检查。", "鹿鸣乐园"),
        ("督导组先后来到青禾超市、金穗庄园等地。", "金穗庄园"),
        ("督查组先后来到位于东城区的青禾规划馆、东城区图书馆。", "青禾规划馆"),
        ("检查组先后来到青禾大市场、柳湾庄园等地。", "青禾大市场"),
        ("社区主任带队到辖区糖厂宿舍区开展徒步巡查。", "糖厂宿舍区"),
    ],
)
def test_more_kinds_of_place_with_a_name(text: str, place: str):
    assert place in _locs(text)


@pytest.mark.parametrize(
    "text",
    [
        "检查组来到儿童乐园，查看游乐设施。",
        "职工宿舍区环境卫生较差，需要整改。",
        "要把社区打造成居民的精神乐园。",
        "全面推进现代农业园建设。",
    ],
)
def test_the_kinds_in_general_name_no_place(text: str):
    assert _locs(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("王明一行来到前进社区，查看创建台账。", "前进社区"),
        ("综合办主任王明一行到跃进社区调研指导工作。", "跃进社区"),
        ("在小洼村，督导组发现垃圾未及时清理。", "小洼村"),
        ("在柳村，督导组发现公益广告氛围不足。", "柳村"),
        ("两百多名志愿者集中在荔湾山村，开展清洁行动。", "荔湾山村"),
        ("书记先后到新华社区、东湖早市检查。", "新华社区"),
    ],
)
def test_a_plain_name_placed_by_a_visit(text: str, place: str):
    assert place in _locs(text)


def test_a_plain_name_read_again_after_the_visit():
    text = "接着参观了小柳圩村，随后查看了小柳圩村的便民超市。"
    assert _locs(text).count("小柳圩村") == 2


@pytest.mark.parametrize(
    "text",
    [
        "在农村，乱倒垃圾的现象仍然存在。",
        "在本村，他带头清理房前屋后垃圾。",
        "希望在座各村（社区）书记总结经验。",
        "王明前往新农村，实地调研人居环境。",
        "王明深入辖区小区、背街小巷检查。",
        "王明到联系社区调研创建工作。",
        "王明来到城中村，查看环境卫生。",
        "督导组深入到村，查看整改情况。",
        "他们来到老旧小区，了解改造进度。",
    ],
)
def test_no_plain_name_where_the_kind_is_in_general(text: str):
    assert _locs(text) == []
