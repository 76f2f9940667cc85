"""DATE, DOC and SLOGAN forms both golds of dev32 tag (session 32, misc32; GUIDELINES.md: DATE is a
calendar expression, DOC a title in 《》, SLOGAN a quoted fixed formula, not a figure of speech):
a half of the year or the first quarters standing alone, a bare day after 于/从/自 in a report, the
lead's bare day after a quoted line or a lost character, a festival standing as the day; a title
after a verb of reporting it (通报了《…》) and a title that ends in the criteria of an assessment;
a quoted couplet on one frame wherever it stands (its stop inside the quotes too), a motto of
parts before 的 + the spirit a place names, 关键少数 and 创国卫, and a span of one year that
counts no parts. Every example is made up in the same forms: the names are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a half of the year, the first quarters standing alone
        ("全镇上下要大干上半年，确保任务过半。", {("上半年", "DATE")}, set()),
        ("下半年，各村要补齐短板。", {("下半年", "DATE")}, set()),
        ("今年上半年，全区整治小巷20条。", {("今年上半年", "DATE")}, {("上半年", "DATE")}),
        ("前三季度，青川县综合排名全市第一。", {("前三季度", "DATE")}, {("三季度", "DATE")}),
        ("力争提前一季度完成。", set(), {("前一季度", "DATE")}),
        # a bare day after 于/从/自, with its part of day or before 起 / 召开
        (
            "测评组一行从18日起对我县进行暗访，并于20日下午召开反馈会。",
            {("18日", "DATE"), ("20日下午", "DATE")},
            set(),
        ),
        ("自1日起，新规正式施行。", {("1日", "DATE")}, set()),
        ("问题须于3日内整改到位，时长不少于5日。", set(), {("3日", "DATE"), ("5日", "DATE")}),
        # the lead's bare day after a quoted line that closes its sentence, or a lost character
        ("“人人讲文明，处处树新风。”26日上午，石桥镇召开动员会。", {("26日上午", "DATE")}, set()),
        ("\ufffd\ufffd9日，青川县召开推进会。", {("9日", "DATE")}, set()),
        # a festival written out in full standing as the day; the festival as a theme is none
        (
            "国庆节即将到来，全县要营造欢度国庆的良好气氛，中秋节期间加强值守。",
            {("国庆节", "DATE"), ("中秋节", "DATE")},
            {("国庆", "DATE")},
        ),
        ("要做好国庆节日氛围营造工作。", set(), {("国庆节", "DATE")}),
    ],
)
def test_dates(text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]) -> None:
    got = _tagged(text)
    assert want <= got
    assert not (not_want & got)


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a title after a verb of reporting or reading it out, whatever it ends in
        (
            "会议通报了《2030年第一季度青川县文明程度暗访结果情况》。",
            {("2030年第一季度青川县文明程度暗访结果情况", "DOC")},
            {("2030年", "DATE")},
        ),
        (
            "会上宣读了《石桥镇创建省级卫生镇动员令》。",
            {("石桥镇创建省级卫生镇动员令", "DOC")},
            set(),
        ),
        # the criteria of an assessment
        ("详细解读了新版《测评指标》中的问卷内容。", {("测评指标", "DOC")}, set()),
        # a title that names an article or a talk stays none
        ("他作了题为《以新理念推动新发展》的辅导。", set(), {("以新理念推动新发展", "DOC")}),
    ],
)
def test_docs(text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]) -> None:
    got = _tagged(text)
    assert want <= got
    assert not (not_want & got)


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a couplet on one frame wherever it stands, 我 and all
        (
            "要发挥活动月的引领作用，达到“以周促月，以周带月”的效果。",
            {("以周促月，以周带月", "SLOGAN")},
            set(),
        ),
        # …its stop inside the quotes
        (
            "“石桥是我家，清洁靠大家。”连日来，石桥镇掀起清洁热潮。",
            {("石桥是我家，清洁靠大家", "SLOGAN")},
            set(),
        ),
        # quoted speech is none: a particle, a directive's 要, or after 说/：
        ("他说：“抓进度，抓质量。”", set(), {("抓进度，抓质量", "SLOGAN")}),
        ("群众都说“环境变好了，心情变好了”。", set(), {("环境变好了，心情变好了", "SLOGAN")}),
        ("“要抓进度，要抓质量。”林晓东说。", set(), {("要抓进度，要抓质量", "SLOGAN")}),
        # a motto of parts before 的 + the spirit a place names as its own
        (
            "要大力弘扬“敢闯敢试、苦干实干、勇争一流”的青川创文精神。",
            {("敢闯敢试、苦干实干、勇争一流", "SLOGAN")},
            set(),
        ),
        # (one part, or two, is an emphasis: 的…精神 names no motto of parts then)
        ("要弘扬“敢闯敢试”的青川创文精神。", set(), {("敢闯敢试", "SLOGAN")}),
        ("要弘扬“敢闯、敢试”的青川创文精神。", set(), {("敢闯、敢试", "SLOGAN")}),
        # the genre's fixed terms
        ("领导干部要当好“关键少数”，带头包片。", {("关键少数", "SLOGAN")}, set()),
        ("就“创国卫”工作进行督导。", {("创国卫", "SLOGAN")}, set()),
        # a span of one year counts no parts
        (
            "被“暂停省级文明县城资格一年”，教训深刻。",
            set(),
            {("暂停省级文明县城资格一年", "SLOGAN")},
        ),
        ("要实现“一年一个样，三年大变样”。", {("一年一个样，三年大变样", "SLOGAN")}, set()),
    ],
)
def test_slogans(text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]) -> None:
    got = _tagged(text)
    assert want <= got
    assert not (not_want & got)


@pytest.mark.parametrize(
    "text",
    [
        # the half of the year that qualifies the work it names is no DATE
        "局长就下半年重点工作作了安排。",
        "会议通报了上半年创建工作情况。",
    ],
)
def test_half_year_qualifying_work(text: str) -> None:
    assert not any(label == "DATE" for _, label in _tagged(text))


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a part of day with its clock time standing alone; after a date or a day it is read whole
        ("下午2:30，推进会正式开始。", {("下午2:30", "DATE")}, set()),
        ("上午9点半，检查组来到石桥社区。", {("上午9点半", "DATE")}, set()),
        ("3月5日上午9:00召开动员会。", {("3月5日上午9:00", "DATE")}, {("上午9:00", "DATE")}),
        ("每周三下午4点召开调度会。", set(), {("下午4点", "DATE")}),
        # 正月 with its day needs no 农历
        ("正月初九，青川县召开开年第一会。", {("正月初九", "DATE")}, set()),
        # a headline's 昨 alone before the event
        ("县爱卫办昨召开专题会议", {("昨", "DATE")}, set()),
        ("今昨两天气温骤降。", set(), {("昨", "DATE")}),
    ],
)
def test_clock_lunar_and_yesterday(
    text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]
) -> None:
    got = _tagged(text)
    assert want <= got
    assert not (not_want & got)
