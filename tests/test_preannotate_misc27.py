"""misc27 (issue 16, session 27): DATE, DOC and SLOGAN forms behind the errors on dev27p2 and
dev27A, written as general forms (made-up sentences; names invented, places only names):

DATE
- a range of days written with one 月 is one DATE (12月8日至10日, 8月15日—16日), as the
  annotators read it; a second day listed (9月9日、10日) and a range with both months written
  (7月1日至7月15日) stay two;
- 后年, the year after next, is a relative year as 明年 is (not the 后 of 最后/此后/今后 before 年);
- a report's date that lost its 月 at a line's start is tagged as written (523日下午，);
- the weekday of a spaced page stamp (2031 年 04 月 20 日 星期六);
- the lead's date glued to the page's stamp (时间：2031-11-1511月11日，).
DOC
- 中央八项规定 without 《》 (doc_titles.txt: a national regulation cited bare).
SLOGAN
- a motto of parts of any lengths named as the theme of a publicity drive or an activity
  (“…，…”主题宣传, “…，…、…，…”主题宣传);
- quoted names before their 评比 (“某某旗”“某某鱼旗”评比机制: campaign_nouns holds 评比).
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from tests.preannotate_support import entity_set as _tagged


def _dates(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "DATE"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("11月3日至5日，栖岸县督导组深入各镇检查。", ["11月3日至5日"]),
        ("8月15日—16日，市委常委带队走访社区。", ["8月15日—16日"]),
        ("区文明办于10月12日到13日组织督查小组。", ["10月12日到13日"]),
        # (a second day listed, both months written: two)
        ("9月9日、10日，检查组两次走访。", ["9月9日", "10日"]),
        ("7月1日至7月15日开展集中整治。", ["7月1日", "7月15日"]),
        ("今年争创省级文明县城，明年巩固提升，后年冲刺全国文明城市。", ["今年", "明年", "后年"]),
        ("最后年度考核在即，此后年年如此，今后年度计划另定。", []),
        ("青苇县召开推进会\n\n523日下午，县委常委深入小区督导。", ["523日下午"]),
        ("标题\n728日，全市推进会召开。", ["728日"]),
        # (a count of days, no line's start, no comma: none)
        ("连续奋战120日，圆满完成任务。全年365日无休。", []),
        ("2031 年 04 月 20 日 星期六\n新闻搜索", ["2031 年 04 月 20 日 星期六"]),
        (
            "来源：某某街道\n时间：2031-11-1511月11日，某某街道召开会议。",
            ["2031-11-15", "11月11日"],
        ),
    ],
)
def test_date_forms(text: str, dates: list[str]) -> None:
    assert _dates(text) == dates


def test_a_national_regulation_cited_bare_is_a_doc() -> None:
    assert ("中央八项规定", "DOC") in _tagged("要结合深入贯彻中央八项规定精神学习教育，改进作风。")


@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        (
            "围绕环境卫生开展“只为清洁栖岸添光彩，不因乱扔垃圾失体面”主题宣传，引导市民。",
            "只为清洁栖岸添光彩，不因乱扔垃圾失体面",
        ),
        (
            "围绕占道经营开展“城市人行道，行人生命道、经营再重要，莫占人行道”主题宣传。",
            "城市人行道，行人生命道、经营再重要，莫占人行道",
        ),
        ("用好“金鱼旗”“河豚鱼旗”评比机制，精细化管理。", "河豚鱼旗"),
        ("用好“金鱼旗”“河豚鱼旗”评比机制，精细化管理。", "金鱼旗"),
    ],
)
def test_slogan_forms(text: str, slogan: str) -> None:
    assert (slogan, "SLOGAN") in _tagged(text)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # (quoted speech before a theme: after 说, or a pronoun speaking; none)
        ("书记说“先把街巷扫干净，大家再跟上”主题宣传就这样开始。", "先把街巷扫干净，大家再跟上"),
        ("他讲“我们先干起来，你跟上就行”主题活动随即开始。", "我们先干起来，你跟上就行"),
    ],
)
def test_not_slogans(text: str, quoted: str) -> None:
    assert (quoted, "SLOGAN") not in _tagged(text)
