"""LOC forms of session 48 (loc50), in made-up sentences (none is a real page's text; the people
and most places are invented, a few county names are real ones a crossing is named by).

- Border crossings (resources/gazetteers/port_kinds.txt; places._crossings): a county's or a
  city's bare name and the mode (瑞丽公路口岸, 东兴铁路口岸, 某某-某某口岸站), or a name of a place
  of no division after a preposition, a mark or a verb of going (到岚湾口岸): one LOC, the city
  inside it no GPE. Not: the crossings in general (各口岸, 边境口岸, 重点口岸, 自治区口岸), a
  county's border crossings in general (某某边境口岸), a body named after a crossing (口岸办,
  某某口岸管委会).
- A community named by a road right after its sub-district (某某街道纬一路社区, 某某街街道纬九路社区,
  某某街道和平路社区): the sub-district a GPE, the community one LOC from the road's name (not
  道纬一路社区, not 平路社区); the sub-district named by its street (某某街街道) is one.
- Natural features named by a kind (resources/gazetteers/natural_kinds.txt; places.
  _natural_features): a name after a mark, a preposition or a verb of going (前往八一冰川,
  ⏎某某山口, 、十里长峡、, 从某某大峡谷码头), or a mountain or a region read before the kind
  (祁连山南麓, 藏北高原, 闽东渔场): one LOC, the mountain's further mentions still read. Not: a
  common noun before the kind (森林草原, 人工湿地), a verb of looking (察看冰川), a kind inside a
  firm's name (某某高原食品公司), a division with its unit (某某县湿地).
- A community or a village right after a sub-district written 某某街 (南开区某某街某某社区,
  在某某街某某村, 、某某街某某村): the community or the village one LOC (the 街 is gpe50's); not
  after a street's kind (步行街东村).
- A river named by one character before its works or a part of it (、皂河截污纳管, 深入到沙河生态
  修复, 某某河绿色慢行系统): one LOC, the preposition before it no part of it (not 到沙河; the
  sentence of test_preannotate_locs47_s45 that asserted no place at all there now reads the
  river, as the pooled dev gold does); not the rivers in general or a kind of river (小河, 大河,
  内河, 运河).
- A village named by a word (胜利, 前进, 建设, 联合) right after its town, an item of a list of
  villages (、某镇胜利村、某镇建设村。), the verb of the visit far before: one LOC; not a verb and
  the villages in general after a town (某镇加强村、社区建设).
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _tagged(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in suggest(text).spans if s.label != "DIRECTIVE"]


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


# -- border crossings ------------------------------------------------------------------------


def test_a_crossing_named_by_its_city_and_mode() -> None:
    got = _tagged("周立新一行来到瑞丽公路口岸，察看通关情况。")
    assert ("瑞丽公路口岸", "LOC") in got
    assert ("瑞丽", "GPE") not in got


def test_a_crossing_after_its_region_keeps_the_region_apart() -> None:
    got = _tagged("广西东兴铁路口岸今天正式对外开放。")
    assert ("东兴铁路口岸", "LOC") in got
    assert ("广西", "GPE") in got


def test_a_railway_crossing_station_of_two_towns() -> None:
    assert _spans("2019年，中越东兴-岚河口岸站接轨运营。", "LOC") == ["东兴-岚河口岸站"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("自治区副主席周立新到岚湾口岸调研。", "岚湾口岸"),
        ("周立新一行前往满都岚口岸，走进联检大楼。", "满都岚口岸"),
        ("周立新实地考察了青嘎口岸新建国门。", "青嘎口岸"),
    ],
)
def test_a_crossing_of_no_division_after_a_verb_of_going(text: str, place: str) -> None:
    assert place in _spans(text, "LOC")


@pytest.mark.parametrize(
    "text",
    [
        "要加快口岸建设，各口岸要做好防控。",
        "周立新检查了边境口岸和重点口岸。",
        "自治区口岸办负责同志参加会议。",
        "周立新先后深入岚城、瑞丽边境口岸沿线调研。",
        "在东兴边境口岸，周立新察看了执勤情况。",
        # (a verb or a common word before 口岸 names no crossing: the lead's mend)
        "验收组听取汇报后，现场检查口岸旅检场所和查验场地。",
        "会后，重点查看口岸通关秩序。",
        "验收组现场检查口岸旅检场所、货运查验场地。",
    ],
)
def test_no_crossing_in_general(text: str) -> None:
    assert not [p for p in _spans(text, "LOC") if "口岸" in p]


def test_a_body_named_after_a_crossing_is_no_place() -> None:
    assert not [p for p in _spans("瑞丽口岸管委会主任周立新出席。", "LOC") if "口岸" in p]


# -- communities named by a road after their sub-district -------------------------------------


def test_a_road_community_after_its_sub_district() -> None:
    got = _tagged("检查组先后来到岚中区青观园街道纬一路社区、岚北区兴岚街街道纬九路社区。")
    assert ("纬一路社区", "LOC") in got
    assert ("纬九路社区", "LOC") in got
    assert ("青观园街道", "GPE") in got
    assert ("道纬一路社区", "LOC") not in got


def test_a_road_community_whose_name_opens_with_he() -> None:
    got = _tagged("周立新先后来到岚北街道和平路社区、东岚街道解放路社区。")
    assert ("和平路社区", "LOC") in got
    assert ("平路社区", "LOC") not in got


def test_a_sub_district_and_a_community_joined_by_he_is_no_road() -> None:
    # (和 joins the sub-district and the community: no road of 和 opens there)
    got = _tagged("周立新先后来到岚北街道和青石社区。")
    assert ("和青石社区", "LOC") not in got


# -- natural features named by a kind -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("周立新专程前往八一冰川，实地察看冰川保护情况。", "八一冰川"),
        ("周立新一行来到岚根拉山口，察看边境管控。", "岚根拉山口"),
        ("岚北牧区生活艰苦。\n岚根拉山口大雪覆盖。", "岚根拉山口"),
        ("岚江大峡谷串联起一百零八塔、十里长峡、岚峡水利枢纽。", "十里长峡"),
        ("周立新从岚江大峡谷码头乘船，沿河道察看。", "岚江大峡谷码头"),
        ("周立新千里奔波于藏北高原深处。", "藏北高原"),
        ("特别是在闽东渔场的作业船只要全部回港避风。", "闽东渔场"),
    ],
)
def test_a_natural_feature_named_by_its_kind(text: str, place: str) -> None:
    assert place in _spans(text, "LOC")


def test_a_mountain_side_and_the_mountain_again() -> None:
    got = _spans("周立新充分肯定祁连山南麓生态综合治理，要守护好祁连山的草木。", "LOC")
    assert got == ["祁连山南麓", "祁连山"]


@pytest.mark.parametrize(
    "text",
    [
        "周立新检查森林草原防火工作，要求加强湿地保护。",
        "周立新察看了人工湿地水质净化工程。",
        "周立新实地察看冰川保护情况。",
        "周立新来到岚定蓝逸高原食品公司调研。",
        "周立新要求发展高原特色农业，这片湿地要保护好。",
    ],
)
def test_no_natural_feature_named(text: str) -> None:
    kinds = ("冰川", "草原", "湿地", "高原")
    assert not [p for p in _spans(text, "LOC") if p.endswith(kinds)]


# -- a community or a village after a sub-district written 某某街 -----------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("岚南区青苑街长岚里社区文化室内，一群老人正在排练。", "长岚里社区"),
        ("周立新来到集岚里街瀛岚里社区。", "瀛岚里社区"),
        ("在双岚街双青村水稻收割现场，周立新察看长势。", "双青村"),
        ("周立新走访了岚江区青年街、红岚街桑青村。", "桑青村"),
    ],
)
def test_a_community_after_a_street_sub_district(text: str, place: str) -> None:
    assert place in _spans(text, "LOC")


def test_no_village_after_a_street_of_a_kind() -> None:
    assert _spans("周立新来到步行街东村。", "LOC") == []


# -- a river named by one character -------------------------------------------------------------


def test_a_river_of_one_character_after_a_verb_of_going_and_its_preposition() -> None:
    got = _spans("周立新一行还深入到沙河生态修复项目施工现场。", "LOC")
    assert got == ["沙河"]


def test_a_river_of_one_character_before_its_works() -> None:
    got = _spans("周立新调研全域治水、皂河截污纳管及皂河改造情况。", "LOC")
    assert got == ["皂河", "皂河"]


def test_a_river_named_again_before_its_green_way() -> None:
    text = "周立新了解岚海河绿色慢行系统项目建设情况。岚海河绿色慢行系统项目全长20公里。"
    assert _spans(text, "LOC") == ["岚海河", "岚海河"]


@pytest.mark.parametrize(
    "text",
    ["要加强小河治理和内河整治。", "要推进运河生态保护。", "要抓好大河综合治理。"],
)
def test_no_river_of_one_character_in_general(text: str) -> None:
    assert _spans(text, "LOC") == []


# -- a village named by a word in a list of villages after their towns ------------------------


def test_villages_named_by_words_in_a_list_after_their_towns() -> None:
    text = "周立新先后来到岚北乡联合村、岚山镇胜利村、青石镇团结村、岚北镇前进村、青石乡建设村。"
    got = _spans(text, "LOC")
    assert got == ["联合村", "胜利村", "团结村", "前进村", "建设村"]


def test_no_village_where_a_verb_stands_after_the_town() -> None:
    assert _spans("岚山镇加强村、社区建设。", "LOC") == []
