"""Session 32 (gpe34): GPE forms of real reports. A numeral and 个 before a unit count the units
(某某区五个街道), no town is named; the country by its full name or its mainland (中华人民共和国,
中国大陆) is a place where it stands as a word, not where it opens a law's title; a bare name read
before a province that shares its last character (建设美丽新宁夏) does not cut the province; the
tail of a list item too long for the list reader (某某标准化菜市场) is no place; two provinces'
initials paired before their cooperation (闽宁协作) name no town named after the pairing.
Every sentence, name and person here is made up (the counties are looked up in the shipped
gazetteer, so the tests name counties it holds)."""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest


def _places(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "GPE"]


# --- a count of the units after the division


@pytest.mark.parametrize(
    "text",
    [
        "今年春天，临澧区五个街道都在推进清洁家园活动。",
        "今年春天，临澧县12个乡镇都在推进清洁家园活动。",
        "临澧县三个镇、两个乡参加了观摩。",
    ],
)
def test_a_count_of_units_is_no_town(text: str) -> None:
    places = _places(text)
    assert not [p for p in places if "个" in p]


def test_a_town_right_after_its_county_stays() -> None:
    assert "柳庄街道" in _places("临澧县柳庄街道背街小巷整治有序推进。")


# --- the country by its full name


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("守护中华人民共和国的每一寸土地。", "中华人民共和国"),
        ("这块牌子是中国大陆所有城市荣誉中分量最重的。", "中国大陆"),
    ],
)
def test_the_country_by_its_full_name(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "会上学习了《中华人民共和国森林防火条例》。",
        "会上学习了中华人民共和国森林防火条例，大家深受教育。",
    ],
)
def test_no_country_opening_a_law_title(text: str) -> None:
    assert "中华人民共和国" not in _places(text)


# --- a province after a word that shares its first character


def test_a_province_after_new_is_not_cut() -> None:
    places = _places("大家齐心为美丽新宁夏添彩。")
    assert "宁夏" in places
    assert "新宁" not in places


def test_the_bare_county_stays_before_other_words() -> None:
    assert _places("新宁县召开会议，新宁要抓好创建。").count("新宁") == 1


# --- the tail of a long item of a list


def test_the_tail_of_a_long_list_item_is_no_place() -> None:
    text = (
        "观摩了县规划展馆、柳塘好人足迹路、青年志愿服务基地、甲乙丙丁标准化菜市场、"
        "临澧县行政审批局、石门县农贸大世界和澧县规划展馆。"
    )
    places = _places(text)
    assert "市场" not in places
    assert "石门县" in places


def test_short_places_of_a_list_stay() -> None:
    assert "澧县" in _places("甲某先后到临澧、石门、澧县检查。")


# --- two provinces paired by their initials


def test_a_pairing_of_provinces_names_no_town() -> None:
    text = (
        "自治区主席甲某深入宁闽镇调研。宁闽要抓好人居环境整治。"
        "明年是宁闽协作十周年，在宁闽两省区携手下再上台阶。"
    )
    assert _places(text) == ["宁闽镇", "宁闽"]
