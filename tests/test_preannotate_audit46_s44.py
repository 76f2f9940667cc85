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
