"""Session 32 (gpe32): GPE forms of real reports. A place inside an outlet's name (a channel, an
agency's branch, a news site's station, a cyberspace office's account) is no GPE; 新中国 is one
place; a sub-district or a town right after its district, whatever follows; a county named with
its unit, then 城乡; a county's name that is also a rare word, alone where the article names the
county with its unit; two known bare names in a list; towns named bare in a list their count or
等 and their unit close; a one-character county in a headline; a zone right after 到.
Every sentence, name and person here is made up (the counties are looked up in the shipped
gazetteer, so the tests name counties it holds)."""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest


def _places(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "GPE"]


# --- a place inside an outlet's name


@pytest.mark.parametrize(
    "text",
    [
        "湖北频道消息：本周全省开展背街小巷整治。",
        "来源：新华社湖北分社",
        "某网时讯6月5日讯（临澧县站记者 甲某）近日，全县开展环境整治。",
        "（临澧县站记者 甲某）近日，全县开展环境整治。",
        "来源：网信临澧县",
    ],
)
def test_no_place_inside_an_outlet(text: str) -> None:
    places = _places(text)
    assert "湖北" not in places
    assert not [p for p in places if p.startswith("临澧") and text.count(p) == 1]


def test_a_place_outside_the_outlet_stays() -> None:
    text = "（临澧县站记者 甲某）6月5日，临澧县召开创卫推进会。"
    assert _places(text) == ["临澧县"]


# --- 新中国


def test_new_china_is_one_place() -> None:
    assert "新中国" in _places("会议指出，今年是新中国成立75周年，全市上下要凝心聚力。")


# --- a sub-district or a town right after its district


def test_a_subdistrict_right_after_its_district() -> None:
    text = "临澧县柳庄街道本周启动背街小巷整治。"
    assert _places(text) == ["临澧县", "柳庄街道"]


@pytest.mark.parametrize(
    "text",
    [
        "临澧县召开街道工作会议，部署创卫工作。",
        "临澧县组织街道干部开展环境整治。",
        "临澧县新型城镇化建设稳步推进。",
        "临澧县长到镇里调研创文工作。",
        "临澧县委到乡里督导。",
    ],
)
def test_a_word_after_the_district_is_no_town(text: str) -> None:
    assert set(_places(text)) <= {"临澧县"}


# --- a county and 城乡


def test_a_county_before_town_and_country() -> None:
    assert _places("今年，临澧县城乡环境持续改善。") == ["临澧县"]


def test_the_county_town_stays_its_bare_name() -> None:
    assert _places("临澧县城被命名为省级卫生县城。") == ["临澧"]


# --- a county's name that is also a rare word


def test_a_county_named_by_a_rare_word_alone() -> None:
    text = (
        "市委书记甲某听取了全椒县的工作汇报。甲某强调，全椒要把创卫工作抓实抓细。"
        "甲某说，全椒是农业大县，全椒的干部很辛苦。"
    )
    assert _places(text).count("全椒") == 3


def test_a_county_named_by_a_common_word_stays_with_its_unit() -> None:
    text = "市委书记甲某听取了富裕县的工作汇报。甲某强调，要扎实推动共同富裕。"
    assert _places(text) == ["富裕县"]


# --- two known bare names in a list


def test_two_known_counties_in_a_list() -> None:
    text = "在全省县域经济排名中，慈利再次位居首位，临澧、桑植位列前20名。"
    assert {"临澧", "桑植"} <= set(_places(text))


@pytest.mark.parametrize(
    "text",
    [
        "会上，甲某、乙某作了表态发言。",
        "会议强调，文明、卫生两项创建要同步推进。",
    ],
)
def test_a_pair_of_other_words_is_no_list_of_places(text: str) -> None:
    assert _places(text) == []


# --- towns named bare in a counted list


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("9月3日，县委书记甲某率队到柳溪、凤岗两镇督导人居环境整治。", ["柳溪", "凤岗"]),
        ("甲某一行实地查看了枣林、凤岗等街道办的老旧小区。", ["枣林", "凤岗"]),
    ],
)
def test_towns_named_bare_in_a_counted_list(text: str, towns: list[str]) -> None:
    assert set(towns) <= set(_places(text))


def test_trades_before_the_streets_staff_are_no_towns() -> None:
    assert _places("城管、环卫等街道工作人员参加了培训。") == []


# --- a one-character county


def test_a_one_character_county_in_its_headline() -> None:
    text = "索县召开创卫推进会\n近日，索县召开创卫推进会，索县副县长甲某出席会议。"
    assert _places(text).count("索县") >= 2


# --- a zone named by an unknown name, right after 到


def test_a_zone_after_the_verb_of_going() -> None:
    assert "天衢新区" in _places("市委常委甲某到天衢新区现场督导创城工作。")


def test_a_word_closing_with_dao_opens_no_zone() -> None:
    assert _places("要确保达到开发区建设标准。") == []


# --- a count of the sub-districts and towns


def test_a_count_of_subdistricts_and_towns_is_no_town() -> None:
    assert _places("会上，十街镇负责同志依次汇报了进展。") == []
