"""GPE and LOC forms of session 34 (places36), in made-up sentences (no real page's text):
the standard short names of the autonomous prefectures of Xinjiang (博州, 巴州, 克州); a zone run
as a township, 某某管理区; a community named after a park of firms (某某科技园社区); the first
place of a visit list whose name opens with a character that often opens a generic reference
(老, 小, 新…); and the honour 先进 before a kind of unit, which names no place."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("这几年博州经济社会发展成效明显。", "博州"),
        ("克州、巴州两地的干部参加了培训。", "克州"),
        ("克州、巴州两地的干部参加了培训。", "巴州"),
    ],
)
def test_prefecture_short_names(text: str, place: str):
    assert place in _spans(text, "GPE")


def test_bazhou_district_stays_whole():
    found = _spans("林晓东来到巴州区的青松社区调研。", "GPE")
    assert "巴州区" in found and "巴州" not in found, found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("县团委、青湖管理区负责人先后作交流发言。", "青湖管理区"),
        ("林晓东到柳塘管理区督导，随后到大河湖管理区调研。", "柳塘管理区"),
        ("林晓东到柳塘管理区督导，随后到大河湖管理区调研。", "大河湖管理区"),
    ],
)
def test_managed_zones(text: str, place: str):
    assert place in _spans(text, "GPE")


@pytest.mark.parametrize(
    "text",
    [
        "要加强停车管理区建设，景区管理区内禁止吸烟。",
        "各管理区要落实责任。",
        "开展交通管理区整治。",
    ],
)
def test_managed_zone_words_name_none(text: str):
    assert not [g for g in _spans(text, "GPE") if g.endswith("管理区")], _spans(text, "GPE")


def test_preposition_opens_no_managed_zone():
    found = _spans("到柳塘管理区督导检查。", "GPE")
    assert "柳塘管理区" in found and "到柳塘管理区" not in found, found


def test_community_named_after_park():
    text = "上午，林晓东来到青枫社区、明德园社区、云岭科技园社区、石塘社区等督查创建工作。"
    found = _spans(text, "LOC")
    assert "云岭科技园社区" in found and "云岭科技园" not in found, found


def test_park_alone_still_read():
    assert "青松科技园" in _spans("林晓东到青松科技园调研。", "LOC")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("林晓东一行先后到老鹰沟农贸市场、青禾小学、青禾路以及青松路等地察看。", "老鹰沟农贸市场"),
        ("林晓东先后来到新湾步行街、两河市场、青松路等地察看。", "新湾步行街"),
    ],
)
def test_first_visited_place_with_generic_head(text: str, place: str):
    assert place in _spans(text, "LOC")


@pytest.mark.parametrize(
    "text",
    [
        "林晓东先后到老旧小区停车场、青松路等地察看。",
        "林晓东先后察看了小型停车场、青松路等地。",
        "林晓东先后来到小区停车场、青松路等地察看。",
    ],
)
def test_first_item_of_a_kind_names_none(text: str):
    found = _spans(text, "LOC")
    assert not [f for f in found if f.endswith("停车场")], found


@pytest.mark.parametrize(
    "text",
    [
        "争做城市管理先进镇街。",
        "争当先进社区，争创先进村。",
    ],
)
def test_honour_of_a_unit_names_no_place(text: str):
    assert _spans(text, "LOC") == [], _spans(text, "LOC")


def test_front_village_still_read():
    assert "前进社区" in _spans("林晓东来到前进社区察看。", "LOC")


def test_corps_company_housing_is_one_place():
    text = (
        "一〇八团党委书记林晓东对辖区物流园区、三连居民区开展督导。"
        "在检查三连居民区时，林晓东要求持续整治。"
    )
    found = [s for s in suggest(text).spans if s.label == "LOC"]
    assert [s.text for s in found] == ["三连居民区", "三连居民区"], found


def test_corps_companies_alone_still_read():
    found = _spans("在53团六连召开总结会，青禾社区、4连、12连参加。", "LOC")
    # (the regiment with its company one LOC since session 47, misc49)
    assert "53团六连" in found and "4连" in found and "12连" in found, found


def test_honour_run_names_no_company_housing():
    assert _spans("全市勇夺全国文明城市三连冠，小区居民欢欣鼓舞。", "LOC") == []


def test_last_unit_before_the_count_of_units_listed():
    text = "由青山区恢复对凤岭镇、桥河镇、迁坪镇、来华街道4个乡镇（街道）的管理。"
    found = _spans(text, "GPE")
    assert "来华街道" in found and "迁坪镇" in found, found


def test_towns_and_subdistricts_share_a_list():
    text = "会议由青山县主持，柳塘镇、桥河镇、安和街道等3个镇街参加。"
    found = _spans(text, "GPE")
    assert "安和街道" in found, found


def test_count_after_a_kind_of_unit_names_none():
    text = "全县共有主要街道5个镇街，各乡镇街道要抓好落实。"
    assert not [g for g in _spans(text, "GPE") if g.endswith("街道")], _spans(text, "GPE")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("市委常委、岚皋县委书记林晓东对岚皋省级文明城市创建工作作出批示。", "岚皋"),
        ("林晓东表示，岚皋将以此次复查为契机，巩固创建成果。岚皋县委常委出席。", "岚皋"),
    ],
)
def test_bare_county_before_its_honour_or_as_subject_of_jiang(text: str, place: str):
    found = [s for s in suggest(text).spans if s.label == "GPE" and s.text == place]
    assert found, _spans(text, "GPE")


def test_jiang_after_a_word_names_no_place():
    text = "林晓东表示，同时将以此次复查为契机，巩固创建成果。"
    assert _spans(text, "GPE") == [], _spans(text, "GPE")


def test_subdistrict_opening_a_paragraph():
    text = "林晓东等参加调研。\n柏溪街道青禾花园是移民安置小区，建成年代较早。"
    assert "柏溪街道" in _spans(text, "GPE"), _spans(text, "GPE")


@pytest.mark.parametrize(
    "text",
    ["林晓东等参加调研。\n城镇街道环境明显改善。", "林晓东等参加调研。\n乡镇街道要抓好落实。"],
)
def test_paragraph_opening_with_a_kind_of_unit_names_none(text: str):
    assert _spans(text, "GPE") == [], _spans(text, "GPE")


@pytest.mark.parametrize(
    "text",
    [
        "人人参与创建，共建共享“桃源宝鸡”。宝鸡市委书记林晓东讲话。",
        "举办“宝鸡大讲堂”城市文明专题报告会。宝鸡市委常委出席。",
        "推出“印象宝鸡”系列短视频。宝鸡市委宣传部组织。",
    ],
)
def test_bare_place_inside_a_quoted_formula_is_no_gpe(text: str):
    inside = [
        s
        for s in suggest(text).spans
        if s.label == "GPE" and text.rfind("“", 0, s.start) > text.rfind("”", 0, s.start)
    ]
    assert inside == [], inside


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("荣获“广东省县级文明城市”称号。", "广东省"),
        ("全力打造“柳州”品牌。", "柳州"),
    ],
)
def test_honours_and_a_quoted_name_keep_their_place(text: str, place: str):
    assert place in _spans(text, "GPE"), _spans(text, "GPE")
