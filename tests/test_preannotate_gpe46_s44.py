"""gpe46 (issue 16, session 44): GPE forms real pages showed missed or misread, in made-up
sentences (the people are invented; the divisions are the gazetteer's, as they must be):

- a county written right after its own prefecture or province, by a bare name that is also a
  word (张掖民乐, 甘肃高台) or by a name of two characters (吕梁临县, 德宏州芒市): a GPE of its own;
  not after another parent (山西民乐团), not before 长 (代县长: the acting head), not where the
  name opens a town's or a site's (张掖民乐镇);
- countries and big foreign cities named bare (兰州到迪拜首航, 罗马尼亚客商);
- a zone's kind written alone as an item of a list of zones (兰州新区、高新区、经济区);
- a zone whose name opens with its place and goes on before the kind (周口先进制造业开发区,
  建设温州湾新区); not a verb after the place (支持兰州发展产业园区);
- from wide46: a town only a list read, at its further mentions (在老城镇，); a town after its
  county before a long village name (某县三河镇某某某某某村); a county named by its own media
  centre's short name (某某融媒 … 在某某落地生根); 维护某某形象; 台湾 as a word (not 平台湾区);
  no county after an epithet that is a noun (百姓的幸福安宁).
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged
from tests.preannotate_support import labelled_spans


def _gpe(text: str) -> list[str]:
    return [t for label, t in labelled_spans(text) if label == "GPE"]


# --- a county after its own parent


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("张掖民乐田园风光美如画", ["张掖", "民乐"]),
        ("大批天鹅到甘肃高台越冬，画面壮观。", ["甘肃", "高台"]),
        ("周立新强调：山西代县事故教训深刻。", ["山西", "代县"]),
        ("吕梁临县发生一起顶板事故。", ["吕梁", "临县"]),
        ("督查组对德宏州芒市、瑞丽市的防火工作进行督查。", ["德宏州", "芒市", "瑞丽市"]),
        ("吕梁市临县召开安全生产会议。", ["吕梁市", "临县"]),
        ("关于四川长宁地震的批示精神。", ["四川", "长宁"]),
    ],
)
def test_a_county_after_its_own_parent(text: str, places: list[str]) -> None:
    assert _gpe(text) == places


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # (民乐 is no county of Shanxi: 民乐团, an orchestra)
        ("山西民乐团来岚江县演出。", "民乐"),
        # (代县长: the acting county head after the city)
        ("忻州代县长周立新到场。", "代县"),
        # (a town named after the county: the town rules read it, not the bare county)
        ("张掖民乐镇开展活动。", "民乐"),
    ],
)
def test_no_county_where_the_parent_is_not_its_own_or_a_longer_name_goes_on(
    text: str, absent: str
) -> None:
    assert absent not in _gpe(text)


# --- foreign places


def test_foreign_countries_and_cities() -> None:
    assert ("迪拜", "GPE") in _tagged("兰州到迪拜首航")
    assert ("罗马尼亚", "GPE") in _tagged("罗马尼亚客商来岚江县考察。")
    assert ("莫斯科", "GPE") in _tagged("开通岚江至莫斯科的班列。")


def test_no_foreign_city_inside_a_word() -> None:
    # (罗马尼亚 is the country, no 罗马 in it)
    assert ("罗马", "GPE") not in _tagged("罗马尼亚客商来访。")


# --- zones


def test_a_zone_kind_alone_as_an_item_of_a_list_of_zones() -> None:
    got = _gpe("市直相关部门和兰州新区、高新区、经济区主要负责人参加会议。")
    assert got == ["兰州新区", "高新区", "经济区"]


def test_no_zone_kind_alone_in_a_list_of_kinds() -> None:
    assert "经济区" not in _gpe("全面推进开发区、经济区建设。")


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("周立新到周口先进制造业开发区调研工业项目。", "周口先进制造业开发区"),
        ("我们将高水平建设温州湾新区，加快推进项目落地。", "温州湾新区"),
    ],
)
def test_a_zone_named_by_its_place_and_more(text: str, zone: str) -> None:
    assert zone in _gpe(text)


def test_no_zone_named_across_a_verb() -> None:
    got = _gpe("支持兰州发展产业园区。")
    assert got == ["兰州"]


def test_no_county_closing_a_longer_word() -> None:
    # (大理 is a county-level city of Yunnan, but 大理石 is marble)
    assert _gpe("云南大理石材市场开展整治。") == ["云南"]


# --- epithets and old markets


def test_no_county_as_the_second_of_two_epithets() -> None:
    # (安宁 is a district's name and a frequent word: peace)
    assert "安宁" not in _gpe("用辛勤努力换来百姓的幸福安宁，确保群众过好节日。")


def test_a_county_after_an_epithet_of_its_slogan() -> None:
    assert "民乐" in _gpe("推进平安民乐建设。")
    assert "宜都" in _gpe("为深入推进平安宜都建设，区委作出部署。")


def test_a_sub_district_named_after_an_old_market_of_one_good() -> None:
    assert "东花市街道" in _gpe("周立新到东花市街道接访下访。")


def test_no_sub_district_named_by_the_towns() -> None:
    assert _gpe("全面提升南城市街道环境。") == []


# --- wide46 forms


def test_a_town_a_list_read_at_its_further_mentions() -> None:
    text = (
        "县长周立新到老城镇、岚坪镇调研。在老城镇，周立新察看了项目。他指出，老城镇立足产业优势。"
    )
    assert _gpe(text) == ["老城镇", "岚坪镇", "老城镇", "老城镇"]


def test_a_town_after_its_county_before_a_long_village_name() -> None:
    assert _gpe("在阿瓦提县三河镇琼库尔艾肯村，周立新走进棉田。") == ["阿瓦提县", "三河镇"]


def test_a_county_named_by_its_media_centre() -> None:
    text = "仪陇融媒（记者 周立新）县长赵明深入调研。推动会议精神在仪陇落地生根。"
    assert _gpe(text) == ["仪陇"]


def test_a_county_whose_image_is_kept() -> None:
    assert _gpe("引导百姓自觉维护津南形象，共建美好家园。") == ["津南"]


def test_taiwan_as_a_word_of_its_clause() -> None:
    assert "台湾" in _gpe("赴韩国台湾招商引资。")
    assert _gpe("搭建平台湾区合作。") == []


def test_no_place_named_by_a_deputys_post_cut_short() -> None:
    # (a page cut before 长: 常务副市 is the post 常务副市长, no city)
    assert _gpe("市委常委、常务副市") == []


# --- a place opening a firm's name


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("岚江县天然气公司乱收费问题引发关注。", "岚江县"),
        ("实地了解兰州联想科技城和北京八中兰州分校项目。", "兰州"),
        ("实地了解兰州联想科技城和北京八中兰州分校项目。", "北京"),
        ("云南城投被约谈。", "云南"),
    ],
)
def test_no_place_opening_a_firms_name(text: str, absent: str) -> None:
    assert absent not in _gpe(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # (a town before a school of its village: the town is a place of its own)
        ("在渔泽镇岗上村抗大一分校参观。", "渔泽镇"),
        # (the firm's origin: a country)
        ("英国威廉希尔公司代表来访。", "英国"),
        # (a clause between the city and the firms)
        ("兰州市召开公司治理会议。", "兰州市"),
    ],
)
def test_a_place_before_a_firm_that_does_not_open_its_name(text: str, place: str) -> None:
    assert place in _gpe(text)


# --- a prefecture named by a word, before its own county


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("怒江泸水发生森林火灾。", ["怒江", "泸水"]),
        ("推进普洱镇沅高速公路建设。", []),
        ("推进岚江至普洱镇沅高速公路建设。", ["普洱", "镇沅"]),
    ],
)
def test_a_prefecture_named_by_a_word_before_its_own_county(text: str, places: list[str]) -> None:
    got = _gpe(text)
    assert [p for p in got if p in ("怒江", "泸水", "普洱", "镇沅")] == places


@pytest.mark.parametrize(
    "text",
    [
        # (the county's outlet: no place inside it)
        "宁德蕉城在线（周立新）3月18日，会议召开。",
        # (no county of its own after the word)
        "在黑河湿地观鸟。",
    ],
)
def test_no_chain_where_no_own_county_follows_or_an_outlet_is_named(text: str) -> None:
    assert not {"宁德", "蕉城", "黑河"} & set(_gpe(text))
