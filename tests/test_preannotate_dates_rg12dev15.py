"""DATE forms of real pages that realgold12 (a development set since session 14) showed missed:
a year in Chinese numerals written with the digit 0, a page stamp with a two-digit year, a month-day
in a page's date field, a range whose first day drops its 日, a bare day before the meeting's verb.
The sentences are made up in the same forms; none is a real page's text."""

from __future__ import annotations

from civannot.preannotate import suggest


def _dates(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "DATE"]


def test_a_year_in_chinese_numerals_with_the_digit_zero():
    text = "二0二三年青岚市创建全国文明城市工作要点\n\n二〇二三年，全市将持续巩固创建成果。"
    assert _dates(text) == ["二0二三年", "二〇二三年"]


def test_a_stamp_with_a_two_digit_year_needs_its_time():
    text = "青岚县召开创城推进会\n\n21-06-15 09:30 来源：青岚日报\n\n编号21-06-15的文件已下发。"
    assert _dates(text) == ["21-06-15 09:30"]


def test_a_month_day_in_the_page_date_field():
    text = "青岚县召开创城推进会\n\n日期：06-15\n\n会议要求，全县要抓好整改。文号06-15不是日期。"
    assert _dates(text) == ["06-15"]


def test_a_range_whose_first_day_drops_its_day_mark_is_one_date():
    text = "9月12至14日，省测评组在青岚市开展实地测评。9月12日至14日，测评组走访社区。"
    assert _dates(text) == ["9月12至14日", "9月12日至14日"]


def test_a_bare_day_before_the_meetings_verb_opens_the_sentence():
    text = "创城的号角已经吹响。16日召开的全县推进会上，县委书记作了部署。8日举行的座谈会上，大家发言。"
    assert _dates(text) == ["16日", "8日"]


def test_a_bare_day_inside_a_count_is_still_none():
    # the verb alone does not make a day of a count: 第16日召开 / 连续16日举行
    text = "活动已进行到第16日召开总结会，连续3日举行志愿服务。"
    assert _dates(text) == []
