"""places42 (issue 16, session 42): divisions the engine missed or misread on the fresh set dev43
and the wide pages (made-up sentences; the people are invented, the divisions are the
gazetteer's):

- a list of the province's cities written bare: a city whose bare name ends in 州 (抚州, 杭州) is
  an item like the others, as its unit's character is no unit there;
- 乡镇 is the townships of a kind (各苏木乡镇, 产煤乡镇, 助力乡镇发展): no township is named before
  its 乡.
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
