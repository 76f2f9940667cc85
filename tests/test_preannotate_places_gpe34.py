"""Session 34 (gpe34): GPE forms of real reports. A numeral and 个 before a unit count the units
(某某区五个街道), no town is named; the country by its full name or its mainland (中华人民共和国,
中国大陆) is a place where it stands as a word, not where it opens a law's title; a bare name read
before a province that shares its last character (建设美丽新宁夏) does not cut the province.
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
