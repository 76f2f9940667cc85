"""places43 (issue 16, session 43): GPE forms the held-out set of session 42 missed, in made-up
sentences (the people and most places are invented; the cities are the gazetteer's):

- a city whose bare name is also a word (大庆, 长治) beside another city, the pair closed by a
  mark or by their joint work (一体化, 同城化, 协同): the city; not 迎大庆, 长治久安;
- a regiment in digits right before a numbered company of its own (72团12连): the regiment is a
  GPE, its company a LOC, as 一二一团三连 is read;
- zones named by their own name and kind (某某产业集中区, 某某科技园区), a national park with its
  sub-park (某某高新区某某园区, 某某科技园区某某园: one GPE, the whole), a park two cities build
  named by their initials (滁马园区); not the kinds in general (推进产业集中区建设, 化工园区);
- from the wide pages: 雄安新区 (not 安新区), no province with 州 (上海州业), no 由/强 in a
  division's name (会议由镇, 质量强区), 力争/确保 before a zone's kind, a level and a field among
  bodies (市能源), a village named after its town (某某新村), more kinds of zone (工业集中区,
  产业集聚区) and a zone's name after its city's unit or a verb of inspecting, towns named after
  an old market (某某市镇), a province before 镇江 (江苏镇江).
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged
from tests.preannotate_support import labelled_spans


def _gpe(text: str) -> set[str]:
    return {t for t, label in _tagged(text) if label == "GPE"}


# --- two cities side by side


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("会议提出，要推动哈尔滨大庆一体化发展。", {"哈尔滨", "大庆"}),
        ("周立新强调，推进长治晋城协同发展。", {"长治", "晋城"}),
        ("大庆与齐齐哈尔同城化发展取得新进展。", {"大庆", "齐齐哈尔"}),
        ("哈尔滨、大庆两地联合开展检查。", {"哈尔滨", "大庆"}),
    ],
)
def test_a_city_named_by_a_word_beside_another_city(text: str, cities: set[str]) -> None:
    assert cities <= _gpe(text)


@pytest.mark.parametrize(
    "text",
    [
        "确保长治久安，晋城要抓好安全生产。",
        "各单位要保安全、迎大庆，晋城召开专题会议。",
        "晋城大庆路沿线开展整治。",
    ],
)
def test_no_city_where_the_word_is_meant(text: str) -> None:
    got = _gpe(text)
    assert "长治" not in got and "大庆" not in got


# --- the corps' regiment and its company


def test_a_regiment_in_digits_before_its_company() -> None:
    # (the regiment and its company one LOC since session 47: every such company of the pooled
    # dev gold, 7 of 7; misc49)
    got = _tagged("72团12连开展森林防火巡查。")
    assert ("72团12连", "LOC") in got and ("72团", "GPE") not in got


@pytest.mark.parametrize("text", ["剧团12人参加演出。", "全县共有72团体会员参加。"])
def test_no_regiment_without_its_company(text: str) -> None:
    assert not _gpe(text)


# --- zones named by their own name


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("11月22日上午，岚江产业集中区召开安全生产工作会议。", "岚江产业集中区"),
        ("周立新到柳北产业集中区调研项目建设。", "柳北产业集中区"),
        ("岚江科技园区召开消防安全工作会议。", "岚江科技园区"),
        ("岚江高新区柳塘园区召开年度工作会议。", "岚江高新区柳塘园区"),
        ("周立新到岚江高科技园区青禾园调研。", "岚江高科技园区青禾园"),
        ("6月26日，周立新赴滁马园区视察重点项目建设。", "滁马园区"),
    ],
)
def test_a_zone_named_by_its_own_name(text: str, zone: str) -> None:
    got = _gpe(text)
    assert zone in got
    assert not any(g != zone and g in zone for g in got)


def test_a_park_of_two_initials_at_every_mention() -> None:
    text = "周立新赴滁马园区视察。今年以来，滁马园区加快推进项目建设。"
    assert labelled_spans(text).count(("GPE", "滁马园区")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "会议要求，推进产业集中区建设。",
        "全市各产业集中区、省级科技园区负责人参加会议。",
        "，推动园区发展，入驻园区企业、化工园区、两大园区负责人参加。",
    ],
)
def test_zones_in_general_name_none(text: str) -> None:
    assert not _gpe(text)


def test_a_kind_of_park_after_the_zone_is_no_sub_park() -> None:
    got = _gpe("岚江高新区产业园召开会议。")
    assert got == {"岚江高新区"}


# --- wrong GPEs and misses of the wide pages (wide45)


def test_a_new_area_holding_a_county_name() -> None:
    got = _gpe("岚河位于雄安新区上游，要抓好汛期监测。")
    assert "雄安新区" in got and "安新区" not in got


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("先后来到上海州业汽车城调研。", "上海州"),
        ("会议由镇全体领导干部、各村支部书记参加。", "会议由镇"),
        ("岚江开发区召开创建省级质量强区启动大会。", "质量强区"),
        ("会议提出，创建教育强县。", "教育强县"),
        ("全力推进招商引资，力争开发区招商引资取得新成效。", "力争开发区"),
        ("周立新主持会议，市应急、市能源、市住建负责人参加。", "市能源"),
    ],
)
def test_no_division_in_a_word_or_a_body(text: str, gone: str) -> None:
    assert gone not in _gpe(text)


def test_a_town_named_like_a_word_stays() -> None:
    assert "富强乡" in _gpe("东安县富强乡召开会议。")


def test_a_village_named_after_its_town() -> None:
    text = "周立新深入柳塘镇柳塘新村调研。柳塘发展很快。"
    assert labelled_spans(text).count(("GPE", "柳塘")) == 1


@pytest.mark.parametrize(
    ("text", "zones"),
    [
        ("，岚江产业集聚区召开安全生产会议。", {"岚江产业集聚区"}),
        ("周立新来到庆阳市西峰北塬工业集中区调研。", {"庆阳市", "西峰北塬工业集中区"}),
        ("周立新督查青禾工业园区安全生产工作。", {"青禾工业园区"}),
    ],
)
def test_zones_of_more_kinds_and_after_a_verb(text: str, zones: set[str]) -> None:
    assert _gpe(text) == zones


@pytest.mark.parametrize(
    "text",
    ["会议要求，加快推进产业集聚区建设。", "周立新检查省级工业园区建设情况。"],
)
def test_zone_kinds_in_general_after_a_verb(text: str) -> None:
    assert not _gpe(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("县长蒋华来到岚洪市镇调研粮食生产。", "岚洪市镇"),
        ("周立新到高沙镇、竹市乡开展督察。", "竹市乡"),
    ],
)
def test_a_town_named_after_an_old_market(text: str, town: str) -> None:
    got = _gpe(text)
    assert town in got and town[:-1] not in got


@pytest.mark.parametrize("text", ["全市镇村干部参加会议。", "城市镇街要加强管理。"])
def test_a_city_before_towns_in_general(text: str) -> None:
    assert not _gpe(text)


def test_a_province_before_a_city_opening_with_zhen() -> None:
    # the firm named with its province and city is one ORG (orgs43), so no GPE inside it
    got = _gpe("周立新先后来到江苏镇江柳建集团调研。")
    assert "江苏镇" not in got
    assert "镇江" in _gpe("周立新先后来到江苏镇江调研。")
    assert "江苏镇" not in _gpe("周立新先后来到江苏镇江调研。")
    assert "湖南镇" in _gpe("湖南镇召开会议。")


# --- bonded zones named by their own name


def test_a_bonded_zone_named_and_again_without_its_city() -> None:
    text = "周立新到柳州青洲综保区检查安全生产。检查组实地查看了青洲综保区监控中心。青洲综保办负责人参加。"
    got = _gpe(text)
    assert {"柳州青洲综保区", "青洲综保区"} <= got
    assert "综保" not in got and "综保区" not in got


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("7月21日，青屿保税区召开安全生产工作会议。", "青屿保税区"),
        ("，岚江综合保税区召开会议。", "岚江综合保税区"),
        ("芒市、瑞丽市召开森林防火会议。", "芒市"),
    ],
)
def test_a_bonded_zone_and_a_city_of_one_character(text: str, zone: str) -> None:
    assert zone in _gpe(text)


@pytest.mark.parametrize("text", ["推进综合保税区建设。", "全省综合保税区负责人参加。"])
def test_bonded_zones_in_general(text: str) -> None:
    assert not _gpe(text)


# --- a sub-park of industry, and two more wrong readings


def test_a_sub_park_of_industry_after_its_zone() -> None:
    got = _gpe("周立新到岚江高新区柳塘产业园调研。")
    assert got == {"岚江高新区柳塘产业园"}
    assert not any(g.endswith("园园") for g in _gpe("岚江高新区青桐园园长周立新出席。"))


def test_no_managed_zone_before_yu_and_no_zone_after_a_committee() -> None:
    assert not _gpe("二要细化管理区域，组织力量开展巡防。")
    assert "岚湖管理区" in _gpe("，岚湖管理区召开会议。")
    assert "省委自贸港" not in _gpe("省委常委、秘书长，省委自贸港\n工委办主任周立新出席。")


def test_no_place_inside_an_outlet_named_after_the_district() -> None:
    text = "柳塘区召开会议。本文为柳塘在线原创文章。柳塘发展很快。"
    assert labelled_spans(text).count(("GPE", "柳塘")) == 1
