"""LOC forms of session 32 (locs32): an estate whose name holds a word ending in 都 (某某花都小区:
the name's character, not the adverb); an estate named after a sector before it (铁路某某小区: no
road's name); a shop's branch named after it (某某超市某某店, 某某商厦一分店: one place); a public
facility as an item of a list of places visited closed by 等 (来到甲村、乙街道新时代文明实践站等处);
a verb before a list of bare kinds of place names none of them (加大公园、车站等场所的清理); a
verb word cut inside a word of the name (留用地某某安置点: no place opening with 地); a kind of
market or of area before a longer kind (水果批发市场, 政务服务区) names none. The sentences are made up in the forms; none is a real page's text."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _spans(text: str, *labels: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label in labels]


def _locs(text: str) -> list[str]:
    return _spans(text, "LOC")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("副县长林晓东在青禾区碧水花都小区督导创文工作。", "碧水花都小区"),
        ("督导组在柳湾名都小区走访居民。", "柳湾名都小区"),
        ("检查组先后来到桃源华都小区、青松苑，查看楼道卫生。", "桃源华都小区"),
    ],
)
def test_an_estate_name_with_a_word_ending_in_du(text: str, place: str):
    assert place in _locs(text)


@pytest.mark.parametrize(
    "text",
    [
        "小区居民都很满意，纷纷点赞。",
        "这些小区里的花都开了。",
        "各个市场都已整改到位。",
    ],
)
def test_the_adverb_du_opens_no_place(text: str):
    assert _locs(text) == []


def test_a_sector_before_an_estate_is_part_of_its_name():
    text = "先后来到碧水花园小区、铁路新华北小区、红砖楼小区，检查创建工作。"
    assert "铁路新华北小区" in _locs(text)
    assert "新华北小区" not in _locs(text)


def test_a_road_before_an_estate_is_still_its_own_place():
    text = "先后来到碧水花园小区、青松路百通花园、红砖楼小区，检查创建工作。"
    locs = _locs(text)
    assert "青松路" in locs
    assert "百通花园" in locs


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "检查组先后来到青柳图书馆、甲乙超市青松银湖店，位于高新区的柳湾公园。",
            "甲乙超市青松银湖店",
        ),
        ("检查组走访了福源商厦二分店、青松路等地。", "福源商厦二分店"),
        ("督导组来到鹿鸣购物中心桃林店、青禾广场等地。", "鹿鸣购物中心桃林店"),
    ],
)
def test_a_shop_s_branch_is_one_place_with_it(text: str, place: str):
    assert place in _locs(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("他走进青松超市门店经营区，查看价签。", "青松超市"),
        ("他来到青松超市，查看商店卫生。", "青松超市"),
    ],
)
def test_no_branch_after_a_shop_without_one(text: str, place: str):
    assert place in _locs(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "检查组来到柳湾村、青禾超市、农业银行、敬业街西段、桃林办新时代文明实践站等处。",
            "桃林办新时代文明实践站",
        ),
        (
            "调研组先后到青松小区、鹿鸣路、柳塘农贸市场周边和小区、"
            "东岭街道新时代文明实践站等重点点位调研。",
            "东岭街道新时代文明实践站",
        ),
    ],
)
def test_a_facility_as_an_item_of_a_list_of_places_visited(text: str, place: str):
    assert place in _locs(text)


@pytest.mark.parametrize(
    "text",
    [
        "各乡镇要建好农家书屋、新时代文明实践站等阵地。",
        "检查组查看了村委会、新时代文明实践站等场所。",
        "要建好东岭街道新时代文明实践站、图书室等阵地。",
    ],
)
def test_a_facility_in_a_list_of_no_visit_is_not_read_so(text: str):
    assert not any("实践所" in x or "实践站" in x for x in _locs(text))


def test_a_verb_before_a_list_of_bare_kinds_names_no_place():
    text = "今年将加大公园、车站、码头等场所的清理力度。"
    assert _locs(text) == []


def test_a_name_after_a_verb_before_a_list_of_named_places_stays():
    text = "检查组来到青松广场、车站等地。"
    assert "青松广场" in _locs(text)


@pytest.mark.parametrize(
    "text",
    [
        "检查了柳溪村、白石项目留用地城东安置点、白石大道沿线。",
        "检查了青禾区柳溪村三组青龙坳隧道口、白石项目留用地城东安置点、白石大道沿线。",
    ],
)
def test_no_place_opens_inside_a_word_after_a_verb(text: str):
    locs = _locs(text)
    assert "地城东安置点" not in locs
    assert any(x.endswith("城东安置点") for x in locs)
    assert _spans(text, "GPE") in ([], ["青禾区"])


@pytest.mark.parametrize(
    "text",
    [
        "督导组检查了背街小巷、农贸综合市场等处。",
        "加强对便民综合市场、水果批发市场的管理。",
        "讲解员详细介绍了政务服务区、便民服务区的功能。",
    ],
)
def test_a_kind_of_market_or_of_area_before_a_longer_kind_names_none(text: str):
    assert _locs(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("检查组来到青松综合市场、柳湾批发市场等地。", "柳湾批发市场"),
        ("检查组来到青松蔬菜批发市场检查。", "青松蔬菜批发市场"),
        ("督导组先后来到柳湾服务区、青禾广场等地。", "柳湾服务区"),
    ],
)
def test_a_named_market_or_service_area_stays(text: str, place: str):
    assert place in _locs(text)
