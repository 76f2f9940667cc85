"""places42 (issue 16, session 42): divisions the engine missed or misread on the fresh set dev43
and the wide pages (made-up sentences; the people are invented, the divisions are the
gazetteer's):

- a list of the province's cities written bare: a city whose bare name ends in 州 (抚州, 杭州) is
  an item like the others, as its unit's character is no unit there;
- 乡镇 is the townships of a kind (各苏木乡镇, 产煤乡镇, 助力乡镇发展): no township is named before
  its 乡;
- a list's items without the clause's words (经无锡, 乐都等), and its last name joined by 和;
- a town named in full, read bare where its stem is a county's name the dictionary knows (开平);
  not before 段 (a section named after it);
- a town of four characters right after its county; a verb repeated over parallel objects
  (治城治乡) names no township; 大庆 bare is the grand celebration as often as the city.
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "入夏以来，全省持续高温。上饶、抚州、景德镇、鹰潭等地森林火险达到三级。",
            ("上饶", "抚州", "景德镇", "鹰潭"),
        ),
        (
            "会议指出，湖州、杭州、衢州、丽水等地要加强巡查。",
            ("湖州", "杭州", "衢州", "丽水"),
        ),
    ],
)
def test_cities_ending_in_zhou_are_list_items(text: str, items: tuple[str, ...]) -> None:
    got = _tagged(text)
    for it in items:
        assert (it, "GPE") in got


@pytest.mark.parametrize(
    ("text", "not_gpe"),
    [
        ("会议要求，各苏木乡镇要切实加强春季休牧工作。", "苏木乡"),
        ("驻矿安监员、产煤乡镇安监站负责人参加会议。", "产煤乡"),
        ("会上明确了下步工作思路和重点，助力乡镇发展。", "助力乡"),
    ],
)
def test_townships_of_a_kind_name_no_township(text: str, not_gpe: str) -> None:
    got = _tagged(text)
    assert (not_gpe, "GPE") not in got
    assert not any(label == "GPE" for _, label in got)


def test_a_township_before_its_town_body_stays() -> None:
    # (a township named with 乡 and followed by its own body is still read)
    got = _tagged("5月6日，柳溪乡召开安全生产工作会议。柳溪乡党委书记王晓峰主持会议。")
    assert ("柳溪乡", "GPE") in got


@pytest.mark.parametrize(
    ("text", "gpe", "not_gpe"),
    [
        # 经: the way a route goes through opens the list's first item, no part of its name
        ("调研组溯江而上，从南通出发，经无锡、镇江、扬州，到南京调研。", "无锡", "经无锡"),
        # 等 before a count closes the last item, no part of its name
        ("督导组对城北、民和、乐都等8个县（区）开展督查。", "乐都", "乐都等"),
    ],
)
def test_list_items_without_the_clause_words(text: str, gpe: str, not_gpe: str) -> None:
    got = _tagged(text)
    assert (gpe, "GPE") in got
    assert (not_gpe, "GPE") not in got


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("会上，临高、陵水、万宁、保亭和五指山等市县汇报了本地工作。", "五指山"),
        ("督导组先后到临高、保亭、琼中和五指山调研。", "五指山"),
    ],
)
def test_the_last_name_joined_by_he(text: str, last: str) -> None:
    assert (last, "GPE") in _tagged(text)


def test_a_joined_name_opening_a_longer_one_is_no_item() -> None:
    # (五指山市: the city whole, read by its own rule; 五指山路: a road)
    got = _tagged("督导组先后到临高、保亭、琼中和五指山路沿线调研。")
    assert ("五指山", "GPE") not in got


def test_a_town_named_after_a_county_the_dictionary_knows_is_read_bare() -> None:
    # 开平 is a county-level name jieba lists as a word (frequency 253): the town the text names
    # in full (开平镇) is read bare too, on the word's edges
    text = (
        "4月3日，开平镇召开安全生产工作会议。会议强调，全镇上下要为加快开平跨越发展"
        "贡献力量。开平镇作为首善之镇，要勇挑重担。"
    )
    got = _tagged(text)
    assert ("开平镇", "GPE") in got
    assert ("开平", "GPE") in got


def test_a_section_named_after_the_town_is_no_town() -> None:
    # (某某河某某段: a river's section named after the town, a place of its own)
    text = "5月8日，柳溪镇召开防汛工作会议。随后，王晓峰一行察看了青龙河柳溪段堤防。"
    got = _tagged(text)
    assert ("柳溪镇", "GPE") in got
    assert ("柳溪", "GPE") not in got


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("会上，桃城区郑家河沿镇等11名乡镇党委书记作交流发言。", "郑家河沿镇"),
        ("检查组深入鄂温克族自治旗巴彦托海镇巴彦托海嘎查检查防火工作。", "巴彦托海镇"),
    ],
)
def test_a_town_of_four_characters_after_its_county(text: str, town: str) -> None:
    assert (town, "GPE") in _tagged(text)


def test_a_verb_after_the_county_opens_no_town_of_four() -> None:
    got = _tagged("彭阳县调研白阳镇阳洼村肉牛养殖。")
    assert ("调研白阳镇", "GPE") not in got
    assert ("白阳镇", "GPE") in got


@pytest.mark.parametrize(
    "text",
    [
        "会议强调，新中国成立60周年大庆，对于展示我国综合国力具有重要意义。",
        "各单位要防风险、保安全、迎大庆，切实压实企业安全生产主体责任。",
    ],
)
def test_the_grand_celebration_is_no_city(text: str) -> None:
    assert ("大庆", "GPE") not in _tagged(text)


def test_the_city_with_its_unit_is_read_bare_too() -> None:
    got = _tagged("大庆市召开创建全国文明城市推进会。会议指出，大庆要巩固创建成果。")
    assert ("大庆市", "GPE") in got
    assert ("大庆", "GPE") in got


@pytest.mark.parametrize(
    ("text", "not_gpe"),
    [
        ("会议要求，以“五水共治”带动治水治气、治城治乡、治土。", "治城治乡"),
        ("会议要求各地严防死守，重点做到封村封乡封县。", "封村封乡"),
    ],
)
def test_a_verb_repeated_over_parallel_objects_names_no_township(text: str, not_gpe: str) -> None:
    assert (not_gpe, "GPE") not in _tagged(text)
