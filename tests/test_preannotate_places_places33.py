"""Session 33 (places33): place forms of real reports. An eco-city with its own administration
(某某生态城) is a zone, a GPE, with the initials of the two countries that build it (中新某某生态城),
and once the text names it, its kind alone (生态城) is that zone after any character; a park of
firms (某某科技园, 某某产业园, 某某物流园区) is a LOC, named at length; a river's crest or level in a
flood report (某江2号洪峰, 某某河水位) names the river, a LOC; a garden expo park (某某园博园)
is a LOC; a macro-region named without 地区 (京津冀) is a LOC, not where a policy of the region
follows (京津冀协同发展).
Every sentence, name and person here is made up (the counties are looked up in the shipped
gazetteer, so the tests name counties it holds)."""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


# --- an eco-city and its short form


def test_an_eco_city_is_a_zone_with_its_partners_initials() -> None:
    places = _spans("11月7日，中新柳塘生态城召开创文推进会，部署迎检工作。", "GPE")
    assert places == ["中新柳塘生态城"]


def test_the_eco_city_by_its_kind_alone_after_its_full_name() -> None:
    text = (
        "11月7日，中新柳塘生态城召开创文推进会。会上通报了测评中生态城的失分项，"
        "林晓东要求立足生态城现状补齐短板。他指出，生态城各部门务必对标补短。"
    )
    assert _spans(text, "GPE") == ["中新柳塘生态城", "生态城", "生态城", "生态城"]


@pytest.mark.parametrize(
    "text",
    [
        # no eco-city named: the kind is a kind
        "要把本地建设成为生态城，让群众满意。",
        # 生态城市: the kind of city in general
        "11月7日，中新柳塘生态城召开推进会，要求打造宜居生态城市。",
    ],
)
def test_no_eco_city_where_none_is_named(text: str) -> None:
    assert "生态城" not in _spans(text, "GPE")
    assert not [p for p in _spans(text, "GPE") if p.startswith("生态城市")]


def test_a_partner_pair_before_another_zone_kind() -> None:
    assert _spans("5月6日，中德柳塘产业园区召开推进会。", "GPE") == ["中德柳塘产业园区"]


# --- parks of firms


@pytest.mark.parametrize(
    ("text", "parks"),
    [
        (
            "2月11日，柳塘区在翠湖科技园召开动员会，区财政局、白沙海洋科技园等部门负责人参加。",
            ["翠湖科技园", "白沙海洋科技园"],
        ),
        (
            "观摩组先后到锦程农业数字融合发展产业园、中科临澧物联网产业园项目进行观摩。",
            ["锦程农业数字融合发展产业园", "中科临澧物联网产业园"],
        ),
        ("检查组来到柳塘镇锦程天湖生态科技园项目现场。", ["锦程天湖生态科技园"]),
        ("清运队对青禾国际物流园区门前的渣土做了清运。", ["青禾国际物流园区"]),
    ],
)
def test_a_park_of_firms_is_a_place(text: str, parks: list[str]) -> None:
    assert _spans(text, "LOC") == parks


def test_no_place_inside_the_park_is_read_apart() -> None:
    text = "观摩组先后到中科临澧物联网产业园项目进行观摩。"
    assert _spans(text, "GPE") == []


@pytest.mark.parametrize(
    "text",
    [
        "要推进现代农业产业园建设，打造特色产业园。",
        "对辖区物流园区开展整治，物流园周边要推平压实。",
        # a clause or a sector before the kind, no name
        "柳塘县将高标准建设物流园，完善园内配套。",
        "全县要壮大文化创意产业园和电商物流园。",
        "调研组走进智慧农业科技园，察看了大棚。",
    ],
)
def test_parks_in_general_name_none(text: str) -> None:
    assert _spans(text, "LOC") == []


def test_an_industrial_zone_stays_a_zone() -> None:
    text = "8月9日，柳塘县在青禾产业园区召开会议。"
    assert "青禾产业园区" in _spans(text, "GPE")
    assert _spans(text, "LOC") == []


# --- a river in a flood report


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("各镇要做好应对强降雨和北江3号洪峰的准备。", "北江"),
        ("受降雨影响，青江第2号洪峰今日过境。", "青江"),
        ("目前，白沙河水位持续上涨。", "白沙河"),
    ],
)
def test_a_river_before_its_crest_or_level(text: str, river: str) -> None:
    assert _spans(text, "LOC") == [river]


@pytest.mark.parametrize(
    "text",
    [
        "各地要做好汛期江河洪峰防御，密切关注、江河水位变化。",
        "各地要防范洪峰过境，江水位回落后再行巡查。",
    ],
)
def test_rivers_in_general_name_none(text: str) -> None:
    assert _spans(text, "LOC") == []


# --- a garden expo park, a macro-region without 地区


def test_a_garden_expo_park_is_a_place() -> None:
    text = "12月26日，青山园博园召开动员大会。会议要求推动青山园博园提档升级。"
    assert _spans(text, "LOC") == ["青山园博园", "青山园博园"]
    assert _spans(text, "GPE") == []


def test_a_macro_region_named_without_its_kind() -> None:
    assert _spans("受京津冀持续强降雨影响，柳塘区防汛压力加大。", "LOC") == ["京津冀"]


@pytest.mark.parametrize(
    "text",
    [
        "会议传达了京津冀协同发展有关精神。",
        "柳塘县要主动对接长三角一体化战略。",
    ],
)
def test_a_macro_regions_policy_names_no_place(text: str) -> None:
    assert _spans(text, "LOC") == []
