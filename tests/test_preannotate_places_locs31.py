"""LOC forms of session 31 (locs31): more kinds of place read with a short name before them
(某某乐园, 某某庄园, 某某规划馆, 某某净水厂, 某某观光园, 某某大市场, 某某宿舍区; their kinds in
general stay out: 儿童乐园, 职工宿舍区), and a community, an estate or a village of a plain name
that a visit places (来到前进社区，, 在小洼村，, 到奋进社区督导, a village of one character:
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
        ("巡查组来到位于鹿鸣区的澄岭规划馆、鹿鸣区图书馆。", "澄岭规划馆"),
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
        ("办公室主任王明一行到奋进社区督导创建工作。", "奋进社区"),
        ("在小洼村，督导组发现垃圾未及时清理。", "小洼村"),
        ("在柳村，巡查组看到宣传栏内容陈旧。", "柳村"),
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


def _gpes(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "GPE"]


def test_sub_districts_named_bare_before_their_unit():
    text = "当天，王明先后走进柳华、泉庄、东岭、东简等街道，深入老旧小区。"
    assert _gpes(text) == ["柳华", "泉庄", "东岭", "东简"]
    assert _gpes("王明先后来到柳华、泉庄等镇，开展督导。") == ["柳华", "泉庄"]


def test_people_of_the_towns_are_no_towns():
    text = "副主任闻柏松及欧阳明远、苏启航、韩贤德、林存安等镇领导在主席台就座。"
    assert _gpes(text) == []


def test_the_first_market_of_a_list_visited():
    text = "检查组先后来到新南市场、澄岭商厦、便民超市等地。"
    assert "新南市场" in _locs(text)
    # (a verb's word of the dictionary opens no market's or square's name)
    assert "新建广场" not in _locs("王明一行深入新建广场、青禾公园检查。")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("王明一行先后走访了鹿鸣三中、实小东坪校区、柳叶塘社区、新纪元商城。", "实小东坪校区"),
        ("先后来到柳庄村、文化路农贸市场、北环汽车城、鹿鸣商场等地现场督查。", "北环汽车城"),
    ],
)
def test_more_kinds_of_an_item_visited(text: str, place: str):
    assert place in _locs(text)


@pytest.mark.parametrize(
    ("text", "place", "whole"),
    [
        ("代表们先察看了位于青禾大道西侧、柳湾路北侧的排水沟。", "青禾大道", "位于青禾大道"),
        ("鹿鸣小区有住户占道堆物。责令鹿鸣小区住户限期清理。", "鹿鸣小区", "责令鹿鸣小区"),
        ("拐过文昌大街走进向北的巷子。", "文昌大街", "拐过文昌大街"),
    ],
)
def test_a_clause_verb_is_no_part_of_the_place(text: str, place: str, whole: str):
    locs = _locs(text)
    assert place in locs
    assert whole not in locs


@pytest.mark.parametrize(
    "text",
    [
        "要抓紧落实农贸市场、大型商超的清扫工作。",
        "但整体看宣传不足；鹿鸣等商场设施较为陈旧。",
        "抓好在建工地围挡整治。",
        "城郊既有整洁的主干道、特色街区，也有待改造的老旧小区。",
        "副秘书长柯向东到澄岭镇挂点村（社区）督导创文。",
        "巡查组依次来到城南市场、城中村、老旧楼院和鹿鸣市场等处。",
        "柳巷路相关餐饮饭店存在油烟问题。",
    ],
)
def test_kinds_and_clause_words_name_no_place(text: str):
    bad = ("落实农贸市场", "鹿鸣等商场", "建工地", "特色街", "挂点村", "城中村", "餐饮饭店")
    assert not [t for t in _locs(text) if t in bad]


def test_a_name_opening_like_a_clause_word_stays():
    assert "如意小区" in _locs("王明来到如意小区，查看环境。")
