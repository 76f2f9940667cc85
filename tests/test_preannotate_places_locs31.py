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


def _gpes(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "GPE"]


def test_sub_districts_named_bare_before_their_unit():
    text = "当天，王明先后走进柳华、泉庄、东岭、东简等街道，深入老旧小区。"
    assert _gpes(text) == ["柳华", "泉庄", "东岭", "东简"]
    assert _gpes("王明先后来到柳华、泉庄等镇，开展督导。") == ["柳华", "泉庄"]


def test_people_of_the_towns_are_no_towns():
    text = "副主任丁柏强及上官光强、李孝取、黄贤满、吕存阳等镇领导在台上就座。"
    assert _gpes(text) == []


def test_the_first_market_of_a_list_visited():
    text = "调研组先后来到新西市场、华隆商厦、购物中心等地。"
    assert "新西市场" in _locs(text)
    # (a verb's word of the dictionary opens no market's or square's name)
    assert "新建广场" not in _locs("王明一行深入新建广场、青禾公园检查。")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("王明一行先后走访了青禾二中、实小平岗校区、荷花池社区、新世纪商城。", "实小平岗校区"),
        ("先后来到孙庄村、教育路农贸市场、南环汽车城、润德商场等地实地督导。", "南环汽车城"),
    ],
)
def test_more_kinds_of_an_item_visited(text: str, place: str):
    assert place in _locs(text)


@pytest.mark.parametrize(
    ("text", "place", "whole"),
    [
        ("人大代表首先查看了位于青禾大道东侧、柳湾路南侧的明渠。", "青禾大道", "位于青禾大道"),
        ("青禾小区居民乱堆杂物。责令青禾小区住户立即整改。", "青禾小区", "责令青禾小区"),
        ("拐过行政大街进入向南的小路。", "行政大街", "拐过行政大街"),
    ],
)
def test_a_clause_verb_is_no_part_of_the_place(text: str, place: str, whole: str):
    locs = _locs(text)
    assert place in locs
    assert whole not in locs


@pytest.mark.parametrize(
    "text",
    [
        "全面迅速落实农贸市场、大型综合体的消杀工作。",
        "但总体来看氛围不足；百盛等商场建设年代较早。",
        "做好在建工地围护清理。",
        "城乡结合部既有光鲜的主干道、特色街区，也有老旧小区。",
        "副秘书长张东灵到十里亭镇挂点村（社区）开展创文。",
        "检查组先后来到城东市场、城中村、背街小巷和德星市场等地。",
        "木梳路相关餐饮饭店存在问题。",
    ],
)
def test_kinds_and_clause_words_name_no_place(text: str):
    bad = ("落实农贸市场", "百盛等商场", "建工地", "特色街", "挂点村", "城中村", "餐饮饭店")
    assert not [t for t in _locs(text) if t in bad]


def test_a_name_opening_like_a_clause_word_stays():
    assert "如意小区" in _locs("王明来到如意小区，查看环境。")
