"""DATE and DOC forms of session 39's audit (audit39, issue 16), each a general form both golds of
a development set agree on (f39: a letter in 《》 is a document's title, a link's date is none;
f40: a half of the year before the place its figures cover, a weekday of the next week), and the
hour in Chinese numerals after a part of day seen on a fresh page. Every example is made up; the
names are invented."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from tests.preannotate_support import entity_set as _tagged


def _dates(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "DATE"]


@pytest.mark.parametrize(
    "text, want",
    [
        # a letter, an appeal, a pledge or a memo in 《》: the document's title, as a plan's is
        (
            "会上还印发了《青岚乡春节期间安全生产工作方案》《致青岚乡广大群众的一封信》。",
            "致青岚乡广大群众的一封信",
        ),
        ("副县长柳明宣读了《柏溪县创建全国文明城市倡议书》。", "柏溪县创建全国文明城市倡议书"),
        ("各社区签订了《安全生产承诺书》，代表作了发言。", "安全生产承诺书"),
        ("工作组通过发放《河湾镇森林防火告知书》的方式开展宣传。", "河湾镇森林防火告知书"),
        ("对市指挥部8月4日《交办函》指出的问题逐一整改。", "交办函"),
        ("全乡共发放《一封信》1500份，入户宣传。", "一封信"),
    ],
)
def test_letters_and_appeals_in_book_marks_are_documents(text: str, want: str) -> None:
    got = _tagged(text)
    assert (want, "DOC") in got, got
    # (the place opening the title is inside the document's span, no GPE of its own)
    assert not any(lab == "GPE" and w in want for w, lab in got), got


def test_a_newspaper_in_book_marks_stays_no_document() -> None:
    got = _tagged("据《青岚日报》报道，全市召开创建工作推进会。")
    assert ("青岚日报", "DOC") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "原文链接：http://www.qinglan.gov.cn/content/2031/08/15/10601383.html",
        "本文链接：http://news.example.com/shipin/xinwen/2031-09-19/45679.html",
        '<img src="/Files260/BeyondPic/2031-7/20/222645abc.jpg">',
    ],
)
def test_a_date_in_a_links_path_is_none(text: str) -> None:
    assert _dates(text) == [], _dates(text)


def test_a_stamp_after_a_link_stays() -> None:
    # the page's stamp written after its link is the report's date
    assert _dates("来源：http://www.qinglan.com/news/index.html 2031-08-20 09:35") == [
        "2031-08-20 09:35"
    ]


@pytest.mark.parametrize(
    "text, want",
    [
        ("会议分析了上半年全市主要经济指标完成情况。", ["上半年"]),
        ("会议指出，上半年全区经济社会发展取得较好成绩。", ["上半年"]),
        ("下半年我县将全面完成改造任务。", ["下半年"]),
        # (the half that qualifies the work it names stays out, as two older golds have it)
        ("市文明办通报了上半年创建工作情况。", []),
        ("局长柳明就下半年重点工作作了安排。", []),
    ],
)
def test_a_half_before_the_place_its_figures_cover(text: str, want: list[str]) -> None:
    assert _dates(text) == want, _dates(text)


@pytest.mark.parametrize(
    "text, want",
    [
        ("请于下周二前，将评议票报送市委办公室。", ["下周二"]),
        ("上星期五，检查组对各点位进行了暗访。", ["上星期五"]),
        # (a weekly routine or a count of weeks is no day)
        ("坚持一周一调度，每周五定为清洁日。", []),
    ],
)
def test_a_weekday_counted_from_the_reports_week(text: str, want: list[str]) -> None:
    assert _dates(text) == want, _dates(text)


@pytest.mark.parametrize(
    "text, want",
    [
        ("3月6日上午九点，柳溪镇组织召开动员会。", ["3月6日上午九点"]),
        ("5月2日下午三点半，县委召开专题会议。", ["5月2日下午三点半"]),
        ("8月9日上午十时三十分，大会正式开始。", ["8月9日上午十时三十分"]),
        # (without a part of day a Chinese numeral and 点 may be a count: 三点要求)
        ("6月1日三点要求已传达到位。", ["6月1日"]),
    ],
)
def test_an_hour_in_chinese_numerals_after_a_part_of_day(text: str, want: list[str]) -> None:
    assert _dates(text) == want, _dates(text)
