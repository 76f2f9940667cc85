"""DATE forms from the realgold11 pages (session 12, issue 16; GUIDELINES.md: calendar
expressions with an attached time). Made-up lines in the genre's forms; the positive cases fail
on the rules before this session."""

from __future__ import annotations

from preannotate_support import entity_set


def test_a_site_stamp_without_its_year():
    found = entity_set("推进会召开\n青禾信息港    03-02 20:07:15\n\n3月2日，会议召开。")
    assert ("03-02 20:07:15", "DATE") in found
    assert ("11-28 09:30", "DATE") in entity_set("时间：11-28 09:30\n")


def test_a_score_or_a_phone_number_is_no_stamp():
    assert not any(lab == "DATE" for _, lab in entity_set("比分12-10 10:30，主队获胜。"))
    assert not any(lab == "DATE" for _, lab in entity_set("新闻热线 0827-5188332"))


def test_the_day_a_count_was_taken():
    found = entity_set("截至26日，市创城办共收到建议708条。")
    assert ("26日", "DATE") in found


def test_until_now_is_no_date():
    assert not any(lab == "DATE" for _, lab in entity_set("截至目前，共收到建议300条。"))
