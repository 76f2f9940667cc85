"""DATE, SLOGAN and DOC forms both golds of dev35 tag (session 33, misc35; GUIDELINES.md: DATE is a
calendar expression with an attached part of day or time, SLOGAN a quoted fixed formula inside the
quotes without them, DOC the title inside 《》): a site's stamp in the locale's form with its part
of day, time and weekday (2031/05/16 下午3:08:45 星期五); the quoted short name of the campaign for
a national civilised city (“创全”); a banner's couplet whose halves of one length a space parts;
a contest named by its quoted motto (“某某”擂台赛); quotes a page pads with spaces; a speech's
title in 《》. Every example is made up in the same forms: the names are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a site's stamp with its part of day, its seconds and its weekday is one DATE
        (
            "2031/05/16 下午3:08:45 星期五\n青山县召开创建工作推进会。",
            {("2031/05/16 下午3:08:45 星期五", "DATE")},
            {("2031/05/16", "DATE"), ("下午3:08", "DATE")},
        ),
        (
            "发布时间：2031-05-16 上午10:20\n石桥镇召开会议。",
            {("2031-05-16 上午10:20", "DATE")},
            set(),
        ),
        # (a stamp with its weekday only after a space or in brackets; no word after 周)
        (
            "2031-05-16 09:30（周三）\n石桥镇召开会议。",
            {("2031-05-16 09:30（周三）", "DATE")},
            set(),
        ),
        ("2031-05-16 09:30 周边道路整治。", {("2031-05-16 09:30", "DATE")}, set()),
    ],
)
def test_stamps(text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]) -> None:
    got = _tagged(text)
    assert want <= got
    assert not (not_want & got)


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # the quoted short name of the campaign, straight quotes too
        ('青山区召开"创全"总结推进大会。', {("创全", "SLOGAN")}, set()),
        ("全区上下全力推进“创全”工作。", {("创全", "SLOGAN")}, set()),
        # (unquoted, or 争创全国…, it is no formula)
        ("全区要争创全国文明城区。", set(), {("创全", "SLOGAN")}),
        # a banner's couplet, halves of one length parted by a space, wherever it stands
        (
            "石桥镇：“童趣飞扬 欢乐成长”文艺汇演圆满举办。",
            {("童趣飞扬 欢乐成长", "SLOGAN")},
            set(),
        ),
        ("青山县开展“弘扬好家风 共建新家园”走访。", {("弘扬好家风 共建新家园", "SLOGAN")}, set()),
        # (halves of different lengths, or of two characters, are not one)
        ("他写下“青山 绿水长流”几个字。", set(), {("青山 绿水长流", "SLOGAN")}),
        ("屏幕上显示“加载 完成”字样。", set(), {("加载 完成", "SLOGAN")}),
        # a contest named by its quoted motto
        ("青山区举办第三次“你追我赶”擂台赛。", {("你追我赶", "SLOGAN")}, set()),
        # the spaces a page pads its quotes with are no part of the formula
        (
            '全市要大力弘扬 " 三个敢于 " 的精神，誓夺 " 五连冠 "。',
            {("五连冠", "SLOGAN")},
            {(" 五连冠 ", "SLOGAN")},
        ),
    ],
)
def test_slogans(text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]) -> None:
    got = _tagged(text)
    assert want <= got
    assert not (not_want & got)


def test_speech_title_is_doc() -> None:
    text = "会议传达学习了重要文章《在全县乡村振兴推进会上的讲话》，强调要抓好落实。"
    assert ("在全县乡村振兴推进会上的讲话", "DOC") in _tagged(text)
    # (a title that names no document stays out)
    assert not any(lab == "DOC" for _, lab in _tagged("观看了电影《青山的早晨》。"))
