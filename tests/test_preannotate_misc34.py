"""DATE, SLOGAN and TITLE forms both golds of dev34 tag (session 32, misc34; GUIDELINES.md: DATE is a
calendar expression with an attached part of day or time, SLOGAN a quoted fixed formula): a
relative day or a date with the night's parts (今天后半夜, 6月30日凌晨), a bare day with its hour
after 从/于/截至, the event named by its day in quotes (“7·20”特大暴雨), a festival's short name
in quotes before 节前 or a holiday; a numbered formula counted with digits (“6个到位”), a motto of
four or more named as the awareness it asks for (“某事就是某事”意识), a name of two right
before its mechanism (“叫应”机制); a headquarters' deputy written without 长 (常务副指挥). Every example is made up in the same forms: the names are
invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged
from tests.preannotate_support import holds_texts


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a relative day or a date with the night's parts
        ("预计今天后半夜全县有暴雨。", {("今天后半夜", "DATE")}, {("今天", "DATE")}),
        ("预计今天夜间青山县有大到暴雨。", {("今天夜间", "DATE")}, set()),
        ("7月2日凌晨，石桥镇遭遇强降雨。", {("7月2日凌晨", "DATE")}, {("7月2日", "DATE")}),
        # a bare day with its hour after 从 / 于 / 截至
        (
            "从21日08时起，县气象台相继发布暴雨预警。",
            {("21日08时", "DATE")},
            {("21日", "DATE")},
        ),
        ("截至6日8时，青川县累计降雨120毫米。", {("6日8时", "DATE")}, set()),
        ("整改时长不少于5日8时段。", set(), {("5日8时", "DATE")}),
        # the event named by its day in quotes, before what happened
        ("针对“7·20”特大暴雨，县委召开专题会议。", {("7·20", "DATE")}, set()),
        ("副县长林晓东主持召开“6.18”强降雨防范应对会议。", {("6.18", "DATE")}, set()),
        ("全县税收增长“1.5”倍。", set(), {("1.5", "DATE")}),
        # a festival's short name in quotes before 节前 or a holiday
        ("林晓东在“端午”节前到石桥镇检查。", {("端午", "DATE")}, set()),
        ("确保“五一”假期全县安全稳定。", {("五一", "DATE")}, set()),
        ("开展“中秋”主题文艺活动。", set(), {("中秋", "DATE")}),
    ],
)
def test_dates(text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]) -> None:
    got = _tagged(text)
    assert want <= got
    assert not (not_want & got)


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a numbered formula counted with digits, as “六个到位” is
        (
            "各镇要落实“6个到位”要求，确保人员在岗。",
            {("6个到位", "SLOGAN")},
            set(),
        ),
        ("确保“3个月内”完成整改。", set(), {("3个月内", "SLOGAN")}),
        ("力争“2个工作日”办结。", set(), {("2个工作日", "SLOGAN")}),
        # a motto of four or more named as the awareness or the idea it asks for
        (
            "要牢固树立“小事就是大事”意识。",
            {("小事就是大事", "SLOGAN")},
            set(),
        ),
        # a name of two right before its mechanism
        ("落实汛情“叫应”机制，做好值守。", {("叫应", "SLOGAN")}, set()),
        ("建立“吹哨”工作机制。", {("吹哨", "SLOGAN")}, set()),
        ("完善“点评”功能。", set(), {("点评", "SLOGAN")}),
        # a single noun of three is no motto
        ("增强群众的“主人翁”意识。", set(), {("主人翁", "SLOGAN")}),
        # speech is none
        ("他说“我们都有这个”意识到了问题。", set(), {("我们都有这个", "SLOGAN")}),
    ],
)
def test_slogans(text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]) -> None:
    got = _tagged(text)
    assert want <= got
    assert not (not_want & got)


def test_deputy_of_headquarters_without_chang() -> None:
    text = "青山县委常委、副县长，县森林防灭火指挥部常务副指挥于明到会。"
    got = _tagged(text)
    assert {
        ("青山县委常委", "TITLE"),
        ("副县长", "TITLE"),
        ("县森林防灭火指挥部常务副指挥", "TITLE"),
        ("于明", "PERSON"),
    } <= got
    assert ("于明", "县森林防灭火指挥部常务副指挥") in holds_texts(text)
    # 副指挥长 is still read whole
    assert ("区防汛指挥部副指挥长", "TITLE") in _tagged("区防汛指挥部副指挥长林明出席会议。")
