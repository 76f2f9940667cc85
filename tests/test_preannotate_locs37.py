"""LOC, DATE and SLOGAN forms of session 34 (locs37), in made-up sentences (none is a real page's
text; the people and the towns are invented).

- A region of a province named by the province's short form and a direction (皖北, 赣南地区,
  陕南) is a LOC; not a division named so (黔西南州, 渝北区), not the tail of a place before it
  (江苏南部, 天津北方), not a name it opens (某北报, 某南视窗), not a person's name.
- A festival's short name before its period (中秋、国庆期间, 端午假期) is a DATE; as a theme
  (喜迎国庆) it is none. A bare day range opening a lead (3日至4日，) and a stamp with its hour in
  时/分 after a space are one DATE each.
- A quoted city's brand (“某某之城”), a quoted name before 建设, a card a campaign plays
  (打好“某某牌”), a fixed term after 的 (“国之大者”) and a brand before 的金字招牌 are a
  SLOGAN; a quoted question (“差距在哪里”) is none.
- A kind of estate (杂居小区) names no place."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("8日，省文明办在青山市召开皖北创卫经验交流会。", ["皖北"]),
        ("要抓住推动赣南地区振兴发展的机遇，塑造赣南良好形象。", ["赣南地区", "赣南"]),
        ("林晓东说，平安县是陕南重镇，也是人口大县。", ["陕南"]),
        ("要把平安县建成湘东北区域性商贸物流枢纽。", ["湘东北"]),
    ],
)
def test_a_provinces_region_is_a_place(text: str, places: list[str]):
    found = _spans(text, "LOC")
    for place in places:
        assert place in found, (place, found)


@pytest.mark.parametrize(
    "text",
    [
        # divisions named by a short form and a direction: GPE, no region
        "黔西南州、渝北区和晋中市的同志参加会议。",
        # the tail of a place before it
        "江苏北部、四川中部和浙江东部出现强降雨。",
        "据天津北方网消息，北京西站客流平稳。",
        # a name the region opens: a paper, an outlet, a body
        "本文转载自皖北报和中国苏南视窗。",
        "要激发湘西铁军的担当精神。",
        "京东集团在青山县设立仓库。",
        # a person named with a surname that is a short form
        "副县长苏中华说，要抓好落实。",
        "（通讯员 鲁东红 林晓东）",
    ],
)
def test_no_region_where_the_short_form_is_something_else(text: str):
    found = _spans(text, "LOC")
    regions = tuple("黔西 渝北 晋中 苏北 川中 浙东 津北 皖北 苏南 湘西 京东 苏中 鲁东".split())
    assert not any(x.startswith(regions) and "站" not in x for x in found), found


# A festival's short name without quotes, standing for the day by the period after it, or two
# festivals in a row before it: each its own DATE.
@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("9月3日，青山县部署中秋、国庆期间防火工作。", ["中秋", "国庆"]),
        ("林晓东说，端午、中秋两节将至，人员流动频繁。", ["端午", "中秋"]),
        ("端午假期，各景区游客增多。", ["端午"]),
        ("春节、元旦期间要加强值班值守。", ["春节", "元旦"]),
    ],
)
def test_a_festivals_short_name_before_its_period_is_a_date(text: str, dates: list[str]):
    found = _spans(text, "DATE")
    for date in dates:
        assert date in found, (date, found)


@pytest.mark.parametrize(
    "text",
    [
        "喜迎国庆，营造浓厚的国庆氛围。",
        "要做到政治清明、风清气正。",
        "清明后开展一次检查。",
    ],
)
def test_a_festival_as_a_theme_is_no_date(text: str):
    assert _spans(text, "DATE") == []


# A city's brand named by what it is a city of, a card a campaign plays, a brand before 的 and
# what it carries: SLOGAN; a quoted question: none, however parallel its row.
@pytest.mark.parametrize(
    ("text", "slogans"),
    [
        ("林晓东到市创文办调研“仁爱之城”建设等工作。", ["仁爱之城"]),
        ("要打好“生态牌”“文化牌”“民生牌”，推动振兴发展。", ["生态牌", "文化牌", "民生牌"]),
        ("为青山“文明福地”的金字招牌再添光彩。", ["文明福地"]),
    ],
)
def test_a_brand_or_a_card_is_a_slogan(text: str, slogans: list[str]):
    found = _spans(text, "SLOGAN")
    for slogan in slogans:
        assert slogan in found, (slogan, found)


@pytest.mark.parametrize(
    "text",
    [
        "想清“问题在哪里”，保持清醒，想清“短板在哪里”，保持警醒，想清“机遇在哪里”，保持自觉。",
        "该店获评“金字招牌”，又打造“老品牌”。",
    ],
)
def test_a_question_or_a_word_of_brands_is_no_slogan(text: str):
    assert _spans(text, "SLOGAN") == []


# Two days a lead opens with are one DATE (as 6月9日至10日 is); a page's stamp with its hour in
# 时/分 after a space is one DATE.
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("与会人员参加了座谈。3日至4日，林晓东还走访了青山县。", "3日至4日"),
        ("青山县召开防汛调度会\n2031年04月12日 08时15分\n", "2031年04月12日 08时15分"),
    ],
)
def test_a_day_range_and_a_stamp_with_its_hour_are_one_date(text: str, date: str):
    assert date in _spans(text, "DATE")


def test_a_kind_of_estate_is_no_place():
    # 杂居小区: estates of mixed occupancy in general, none named
    text = "全县的杂居小区、城中村和背街小巷要一并整治，杂居小区尤其要抓好。"
    assert _spans(text, "LOC") == []


# A quoted name of four to eight right before 建设 is a brand a campaign builds; a fixed term of
# campaign work stays a SLOGAN after 的 too; a quoted name inside a document's title stays in it.
@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        ("要在公园广场布置以“青美平安”建设、文明新风为内容的公益广告。", "青美平安"),
        ("全力推进“山水青乡大花园”建设，打造样板。", "山水青乡大花园"),
        ("这对加快“青山中心城区”建设意义重大。", "青山中心城区"),
        ("这是大家始终牵挂的“国之大者”，必须抓紧抓实。", "国之大者"),
    ],
)
def test_a_brand_built_and_a_fixed_term_are_slogans(text: str, slogan: str):
    assert slogan in _spans(text, "SLOGAN")


def test_a_brand_inside_a_documents_title_is_no_slogan():
    text = "会议审议了《青山市“仁爱之城”建设工作方案》。"
    assert _spans(text, "SLOGAN") == []
