"""places41 (issue 16, session 41): divisions the engine missed on the dev sets and the audited
fresh pages (made-up sentences; the people are invented, the divisions are the gazetteer's):

- counties made cities or districts since the gazetteer's data, under both names: the old name
  of one character and 县 (横县, 盘县) read as the other counties of two characters are, the new
  city's name (横州市, 盘州市) and its bare stem after a verb of going;
- a counted list of bare names after a verb of going (来到甲、乙两县), names of three characters
  the gazetteer knows included (玛纳斯、呼图壁两县);
- a city whose bare name jieba also lists as a word (松原, 本溪) between 到 / 赴 / 在 and a verb
  of meeting or visiting, though the text never writes its unit; a common word there (合作) stays
  no place.
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    ("text", "gpe"),
    [
        ("横县召开禁毒工作推进会\n\n6月3日，横县召开禁毒工作推进会，部署下一阶段工作。", "横县"),
        ("盘县召开创建文明城市动员大会\n\n会议要求，全县上下要凝心聚力。", "盘县"),
        ("3月2日，县委书记王立新到横州调研创城工作。", "横州"),
        ("横州市召开创建全国文明城市推进会。", "横州市"),
        ("4月9日，市委书记赵明德赴盘州调研。", "盘州"),
    ],
)
def test_renamed_counties_under_both_names(text: str, gpe: str) -> None:
    assert (gpe, "GPE") in _tagged(text)


def test_word_counties_of_one_character_need_their_own_body() -> None:
    # (富县 is a county, 致富县域 a phrase: the county is read before its own body only)
    assert ("富县", "GPE") not in _tagged("要大力发展致富县域经济，带动群众增收。")
    assert ("富县", "GPE") in _tagged("会议由富县县委办公室主持。富县各级各部门要抓好落实。")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "10月8日，自治区领导刘建国先后来到玛纳斯、呼图壁两县，深入乡镇调研。",
            ("玛纳斯", "呼图壁"),
        ),
        ("检查组考察了岚州、梧源两市的创建工作。", ("岚州", "梧源")),
    ],
)
def test_counted_list_after_a_verb_of_going(text: str, names: tuple[str, ...]) -> None:
    got = _tagged(text)
    for name in names:
        assert (name, "GPE") in got


def test_counted_list_of_unknown_three_character_items_is_no_list_of_places() -> None:
    got = _tagged("会议要求，来到社区甲、乙两区的干部要做好服务。")
    assert not any(label == "GPE" for _, label in got)


@pytest.mark.parametrize(
    ("text", "gpe"),
    [
        ("8月12日，省委书记孙国华到松原调研乡村振兴工作。", "松原"),
        ("全省创建文明城市工作座谈会在本溪召开。", "本溪"),
        ("3月5日，检查组赴九江督导创文工作。", "九江"),
    ],
)
def test_city_named_by_a_word_between_going_and_a_visit(text: str, gpe: str) -> None:
    assert (gpe, "GPE") in _tagged(text)


def test_common_word_between_going_and_a_visit_is_no_city() -> None:
    got = _tagged("各部门要在合作开展中加强沟通，在前进调研中发现问题。")
    assert ("合作", "GPE") not in got
    assert ("前进", "GPE") not in got


@pytest.mark.parametrize(
    ("text", "gpe"),
    [
        ("会议要求，巴里坤各级各部门要抓好落实。巴里坤县召开推进会。", "巴里坤县"),
        ("3月2日，木垒县召开创建工作推进会。", "木垒县"),
        ("9月3日，察布查尔县召开禁毒工作会议。", "察布查尔县"),
    ],
)
def test_autonomous_county_named_without_zu_has_its_short_form(text: str, gpe: str) -> None:
    # (巴里坤哈萨克自治县: the people's name without 族 leaves the stem, 巴里坤, and its short form)
    assert (gpe, "GPE") in _tagged(text)


def test_stem_before_its_peoples_and_autonomy_is_no_place_alone() -> None:
    text = "和布克赛尔县：某某在农区调研\n\n9月23日，和布克赛尔蒙古自治县委书记张立新在农区调研。"
    got = _tagged(text)
    assert ("和布克赛尔县", "GPE") in got
    assert ("和布克赛尔蒙古自治县委书记", "TITLE") in got
    assert ("和布克赛尔", "GPE") not in got


@pytest.mark.parametrize(
    ("text", "gpe"),
    [
        ("省委书记王立新在喀左县主持召开县域经济座谈会。", "喀左县"),
        ("5月6日，检查组一行深入西乌旗调研生态工程。", "西乌旗"),
        ("督导组先后来到科右前旗、察右后旗调研。", "察右后旗"),
    ],
)
def test_contracted_names_of_autonomous_counties_and_banners(text: str, gpe: str) -> None:
    assert (gpe, "GPE") in _tagged(text)


@pytest.mark.parametrize(
    ("text", "loc"),
    [
        ("5月3日，某某苏木在阿拉坦敖希特嘎查召开禁牧工作会议。", "阿拉坦敖希特嘎查"),
        ("检查组深入某某镇扎嘎斯台嘎查牧户家中走访。", "扎嘎斯台嘎查"),
        ("在格日朝鲁苏木巴彦巨日合嘎查实地调研。", "巴彦巨日合嘎查"),
    ],
)
def test_herders_village_with_a_long_name(text: str, loc: str) -> None:
    assert (loc, "LOC") in _tagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "检查组先后深入某某户、巴彦花镇部分嘎查、牧户家中。",
        "全区共有自治区卫生嘎查（村）300个。",
    ],
)
def test_long_reach_before_gacha_holding_a_unit_or_a_quantity_is_no_name(text: str) -> None:
    assert not any(label == "LOC" and name.endswith("嘎查") for name, label in _tagged(text))


@pytest.mark.parametrize(
    "text",
    ["会上要求，要发挥各级驻村驻寺力量。", "他鼓励驻寺干部深入僧众。"],
)
def test_posted_to_monasteries_is_no_temple(text: str) -> None:
    assert not any(label == "LOC" for _, label in _tagged(text))


def test_national_park_named_and_in_general() -> None:
    got = _tagged("王立新深入某某山国家公园腹地，调研国家公园建设工作。")
    assert ("某某山国家公园", "LOC") in got
    assert ("国家公园", "LOC") not in got
    assert not any(label == "LOC" for _, label in _tagged("不能因在国家公园内就不管。"))


def test_theme_town_in_general_is_no_place() -> None:
    got = _tagged("会议听取了创建国家卫生乡镇和健康小镇建设情况汇报，将助力健康小镇建设。")
    assert not any(label == "LOC" for _, label in got)
