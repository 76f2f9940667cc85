"""DATE: the grammar around a calendar expression that makes one expression of it (session 22,
misc22; GUIDELINES.md: calendar expressions, not vague periods): the part of a year or a month
attached to it, a range or a pair of months written with one 月, a second day listed after a
date, a range of days with a doubled dash. Every example is made up in the same forms: the
names and the numbers are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # the part of a year attached to it (a team's annotator: 2031年底 is one DATE)
        ("各街道要确保2031年底前完成改造任务。", {("2031年底", "DATE")}, {("2031年", "DATE")}),
        ("力争2029年年底前全面达标。", {("2029年年底", "DATE")}, set()),
        ("青溪县通报2027年上半年创建工作情况。", {("2027年上半年", "DATE")}, set()),
        ("今年下半年，全区要补齐短板。", {("今年下半年", "DATE")}, set()),
        ("这里在去年年底前还是一片荒地。", {("去年年底", "DATE")}, set()),
        ("明年初将迎来第三方测评。", {("明年初", "DATE")}, set()),
        # not a part of the year: 初步, 初中; 年底 / 上半年 alone stay vague periods
        ("2028年初步建成长效机制。", {("2028年", "DATE")}, {("2028年初", "DATE")}),
        # (上半年 standing alone is a calendar half since session 32: both golds of dev32)
        ("上半年，全镇整治背街小巷12条。", {("上半年", "DATE")}, set()),
        # the part of a month
        ("省测评组将于9月中下旬来我市暗访。", {("9月中下旬", "DATE")}, {("9月", "DATE")}),
        # a range or a pair of months with one 月 (two 月 written: two dates)
        ("今年6-7月间，检查组将开展实地考察。", {("今年6-7月", "DATE")}, {("7月", "DATE")}),
        ("明年3、4月上级将对我县进行考评。", {("明年3、4月", "DATE")}, set()),
        ("柳江区1至5月共整改问题800余个。", {("1至5月", "DATE")}, set()),
        ("大事记（2030年5月—6月）", {("2030年5月", "DATE"), ("6月", "DATE")}, set()),
        # a second day listed after a date, a range of days with a doubled dash
        ("4月7日、8日，市爱卫办主任带队督查。", {("4月7日", "DATE"), ("8日", "DATE")}, set()),
        ("11月3日和17日，督查组两次暗访。", {("11月3日", "DATE"), ("17日", "DATE")}, set()),
        ("6月14——15日，旗政协调研组来到青山镇。", {("6月14——15日", "DATE")}, set()),
        # digits apart from their units, as PDF text writes them (fresh batch 1 of misc22 and
        # four development pages)
        ("各街道12 月底前完成拆违任务。", {("12 月底", "DATE")}, set()),
        ("对 2029 年已达标的社区提档升级。", {("2029 年", "DATE")}, set()),
        ("市创城办将于 8 月 14 日开展督查。", {("8 月 14 日", "DATE")}, set()),
        ("关于上报2029 年第二季度督查情况的通知", {("2029 年第二季度", "DATE")}, set()),
        ("全区共 12 个社区，5 年来变化很大。", set(), {("12 个", "DATE")}),
        # ten days within: a span of days, no second date
        ("自5月2日、10日内完成整改。", {("5月2日", "DATE")}, {("10日", "DATE")}),
    ],
)
def test_calendar_grammar(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got
