"""Forms of session 44's audit of fresh real pages (audit46, issue 16; GUIDELINES.md).

A page's list of its other stories (a sidebar of headlines, one a line, no sentence end) lays
down nothing; an idiom built on 不可 (密不可分, 坚不可摧, 缺一不可) is no prohibition; the season of
a year (今年秋季, 2031年春季) is one DATE with it; a committee's line of work quoted whole, its
parts quoting formulas of their own in single marks, is one SLOGAN (spans do not nest). Every
example is made up in the forms of the real pages; the names and places are invented."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from tests.directive_helpers import directives, issued
from tests.span_helpers import people


def _texts(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


# ---------------------------------------------------------------- DIRECTIVE: headline lists

_ARTICLE = (
    "5月6日，岚江县委书记周立新到青禾镇督导项目建设。"
    "周立新要求，各部门要加快项目进度，确保按期完工。\n"
)
_SIDEBAR = (
    "岚江青禾：“开学第一课”\n"
    "《某某剧》今晚收官 姐妹友情坚不可摧\n"
    "岚江到青禾首航\n"
    "各地要抓紧秋收秋种 确保颗粒归仓\n"
    "大批候鸟到岚江湿地越冬画面壮观\n"
)


def test_a_sidebar_of_headlines_lays_down_nothing() -> None:
    # the headlines of other stories under the article, one a line with no sentence end: no
    # directive (要 of 各地要抓紧… included); the article's own requirement stays
    text = _ARTICLE + _SIDEBAR
    assert issued(text) == [("各部门要加快项目进度，确保按期完工", "周立新")]


@pytest.mark.parametrize(
    "text",
    [
        # guard: one short line without its full stop among paragraphs is read as before
        "周立新强调：\n各部门要加快项目进度\n会议还听取了各镇工作汇报。",
        # guard: numbered heads of a speech, one a line, are its requirements
        "周立新强调：\n一要加快项目进度\n二要压实工作责任\n三要强化督查考核\n",
    ],
)
def test_short_lines_that_are_no_list_of_headlines_keep_their_requirements(text: str) -> None:
    got = directives(text)
    assert got and all("要" in d for d in got), got


def test_a_named_headline_opening_the_text_is_not_taken_for_a_sidebar() -> None:
    # 某某：imperative as the text's own headline, with its source lines under it, stays the
    # speaker's (directive.turn_imperative)
    text = (
        "周立新：全力以赴打好项目建设攻坚战\n"
        "来源：岚江日报\n"
        "编辑：青禾\n"
        "6月4日，岚江县召开项目建设推进会。县委书记周立新出席会议。"
    )
    assert issued(text) == [("全力以赴打好项目建设攻坚战", "周立新")]


@pytest.mark.parametrize(
    "text",
    [
        "文明创建与群众生活密不可分。",
        "两地友谊坚不可摧。",
        "五个环节缺一不可。",
        "项目建设势不可挡。",
    ],
)
def test_an_idiom_built_on_bu_ke_is_no_prohibition(text: str) -> None:
    assert directives(text) == []


def test_bu_ke_that_forbids_stays_a_marker() -> None:
    assert directives("各单位决不可麻痹大意。") == ["各单位决不可麻痹大意"]
    assert directives("各级干部皆不可掉以轻心。") == ["各级干部皆不可掉以轻心"]


# ---------------------------------------------------------------- DATE


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("今年秋季全区平均气温较高，部分地区干旱少雨。", "今年秋季"),
        ("青禾镇召开了2031年春季秸秆禁烧动员大会。", "2031年春季"),
        ("全力做好今年秋冬季森林防火工作。", "今年秋冬季"),
    ],
)
def test_the_season_of_a_year_is_one_date(text: str, date: str) -> None:
    assert _texts(text, "DATE") == [date]


def test_a_season_word_that_is_no_season_stays_out() -> None:
    # guard: 季度 after a year is its quarter count's word, not a season
    assert _texts("2031年度考核结果已公布。", "DATE") == ["2031年度"]
    assert _texts("今年季节性缺水明显。", "DATE") == ["今年"]


# ---------------------------------------------------------------- SLOGAN


def test_a_line_of_work_quoted_whole_with_formulas_inside_is_one_slogan() -> None:
    text = (
        "周立新强调，要紧扣县委“发展围绕‘三六’目标、存量实施‘四评’管理、增量聚焦‘两新’培育”"
        "的经济工作总思路，进一步凝心聚力。"
    )
    assert _texts(text, "SLOGAN") == ["发展围绕‘三六’目标、存量实施‘四评’管理、增量聚焦‘两新’培育"]


def test_a_long_quote_before_a_line_of_work_that_is_speech_is_none() -> None:
    # guard: a long quote of a speaker's words, a comma in it and no parts of one frame
    text = "周立新说：“我们这次来青禾，就是要看看大家的‘菜篮子’怎么样了”的工作思路。"
    assert "我们这次来青禾，就是要看看大家的‘菜篮子’怎么样了" not in _texts(text, "SLOGAN")


# ---------------------------------------------------------------- second commit: wide46 audit


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("会上，副市长周立新报告了全县防汛减灾工作情况。", "周立新"),
        ("县委常委、常务副县长韦立方，副县长周立新分段陪同。", "周立新"),
        ("会议由镇党委副书记韦立方主持，镇长周立新全面部署全镇防台工作。", "周立新"),
    ],
)
def test_a_name_after_a_title_closed_by_a_word_of_the_genre(text: str, name: str) -> None:
    titles, persons, edges = people(text)
    assert name in persons, persons
    assert any(p == name for p, _ in edges), edges


def test_a_title_before_a_word_of_the_genre_is_no_name() -> None:
    # guard: 全面 / 报告 right after the post, no surname before them
    titles, persons, _ = people("市委书记全面部署全市工作。县长报告了工作。")
    assert persons == set(), persons


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("5月14日，岚江县召开2031安全生产暨防汛抗旱工作会议。", "2031"),
        ("督查组一行对岚江县2030省列观摩项目进行督查。", "2030"),
    ],
)
def test_a_bare_year_before_the_meeting_or_programme_it_dates(text: str, year: str) -> None:
    assert year in _texts(text, "DATE")


@pytest.mark.parametrize(
    "text",
    [
        # a count, a quantity after the digits
        "全县工业开票销售收入迈上2000亿元新台阶。",
        "集约化管理土地2000余亩。",
        # a year inside a quoted campaign's name
        "推动岚江县“禁毒2031两打两控”专项行动深入开展。",
    ],
)
def test_a_count_or_a_quoted_name_is_no_bare_year(text: str) -> None:
    assert _texts(text, "DATE") == []


def test_the_le_of_the_frame_verb_stays_out() -> None:
    text = (
        "会上，周书记传达了市防台会议精神，强调了全镇上下要充分认识防台工作的重要性，确保顺利攻坚。"
    )
    assert directives(text) == ["全镇上下要充分认识防台工作的重要性，确保顺利攻坚"]


def test_a_team_that_hopes_is_no_part_of_its_hope() -> None:
    text = "调研组对岚江县工作给予充分肯定。同时，调研组希望各乡镇进一步挖掘特色文化产业。"
    assert directives(text) == ["希望各乡镇进一步挖掘特色文化产业"]
    # guard: a team that is the addressee of a marker stays the requirement's subject
    text = "周立新强调，各工作组要进一步压实责任。"
    assert directives(text) == ["各工作组要进一步压实责任"]


def test_an_unmarked_imperative_after_a_heading_continues_it() -> None:
    text = (
        "关于债务风险化解工作，周立新强调，一要明确管控目标。二要积极有效化解。"
        "运用市场化方式，通过深化投融资体制改革等化解政府债务风险；要多渠道筹措资金。"
        "三要防范隐性风险。高度重视隐性债务风险问题，逐笔自查、逐项核实，彻底消除风险。"
    )
    got = issued(text)
    assert ("运用市场化方式，通过深化投融资体制改革等化解政府债务风险", "周立新") in got
    assert ("高度重视隐性债务风险问题，逐笔自查、逐项核实，彻底消除风险", "周立新") in got
    # guard: a report that the county took the risk seriously continues nothing
    text = "县委书记周立新强调，要防范隐性风险。县委县政府高度重视隐性债务风险问题。"
    assert issued(text) == [("要防范隐性风险", "周立新")]


def test_the_campaign_a_rally_is_held_for_is_a_slogan_at_every_mention() -> None:
    text = (
        "为深入贯彻落实岚江区“决战青运”誓师动员大会会议精神，全面推进环境整治。"
        "5月31日，青禾镇召开“决战青运”村社环境整治工作攻坚大会。"
    )
    assert _texts(text, "SLOGAN") == ["决战青运", "决战青运"]


@pytest.mark.parametrize(
    "text",
    [
        # guard: quoted speech, a pronoun in it; a single word quoted
        "他说“我们一起上”誓师大会开得好。",
        "青禾镇召开“冲刺”誓师大会。",
    ],
)
def test_speech_or_a_word_before_a_rally_is_no_slogan(text: str) -> None:
    assert _texts(text, "SLOGAN") == []


def test_a_great_desert_named_bare_is_a_place() -> None:
    text = "周立新深入巴丹吉林沙漠和腾格里沙漠调研，察看腾格里沙漠东缘防风林建设。"
    assert _texts(text, "LOC") == ["巴丹吉林沙漠", "腾格里沙漠", "腾格里沙漠"]
    # guard: a desert in general, and one inside a longer name another rule reads
    assert _texts("要牢牢守住沙漠四周，推进沙漠边缘治理。", "LOC") == []


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("青禾街道党工委书记韦立方、主任周立新多次带队督导检查创文工作。", "周立新", "主任"),
        (
            "东湖街道党工委书记韦立方、主任周立新，西湖街道党工委书记陈卫东陪同检查。",
            "周立新",
            "主任",
        ),
        ("岚江管理处党委书记韦立方、处长周立新、副处长陈卫东等一行到现场。", "周立新", "处长"),
    ],
)
def test_a_bare_post_after_a_named_title_holder_is_the_next_persons(
    text: str, name: str, post: str
) -> None:
    titles, persons, edges = people(text)
    assert (name, post) in edges, edges
    assert ("韦立方", post) not in edges


def test_a_bare_post_listed_without_a_name_is_no_title() -> None:
    # guard: 主任、委员 listed as posts after a name, no one holds them here
    titles, persons, edges = people("县人大常委会党组书记韦立方、主任、委员参加。")
    assert persons == {"韦立方"} and "主任" not in titles, (persons, titles)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("周立新出席会议并讲话。当天，周立新一行先后来到青禾村、岚江村。", "当天"),
        ("会后走访了困难群众。\n当日一早，周立新前往岚江村调研。", "当日"),
    ],
)
def test_the_day_just_named_opening_a_sentence_is_a_date(text: str, date: str) -> None:
    assert _texts(text, "DATE") == [date]


def test_the_same_day_as_at_once_is_no_date() -> None:
    # guard: 当天 inside the clause says "at once" (当天整改, 当天办结)
    assert _texts("周立新要求，问题要当天整改到位，交办事项当天办结。", "DATE") == []
