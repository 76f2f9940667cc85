"""The hall a meeting sits in (loc.venue), a form realgold12 (a development set since session 14)
showed missed or read as the body it opens with: 在某某宾馆召开, 在市委礼堂召开, 在县行政中心二楼
会议室举行, 在市机关办公大院召开. The sentences are made up in the same forms; none is a real page's
text."""

from __future__ import annotations

from civannot.preannotate import suggest


def _labels(text: str, *labels: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in suggest(text).spans if s.label in labels]


def test_a_hotel_a_meeting_sits_in_is_a_place():
    text = "青岚市创建全国文明城市推进会在青岚宾馆召开。"
    assert ("LOC", "青岚宾馆") in _labels(text, "LOC", "GPE")


def test_a_committees_hall_is_the_hall_not_the_committee():
    text = "青岚市委、市政府在市委礼堂召开创建全国文明城市动员大会。"
    assert _labels(text, "LOC", "ORG") == [
        ("ORG", "青岚市委"),
        ("ORG", "市政府"),
        ("LOC", "市委礼堂"),
    ]


def test_a_meeting_room_keeps_its_building_and_number():
    text = "全县创城调度会在县行政中心305会议室召开，县委常委某某出席。"
    assert ("LOC", "县行政中心305会议室") in _labels(text, "LOC", "ORG")
    text = "会议在市政府大楼三楼报告厅隆重举行。"
    assert _labels(text, "LOC", "ORG") == [("LOC", "市政府大楼三楼报告厅")]


def test_an_office_compound_is_one_place():
    text = "全市爱国卫生推进会在市机关办公大院召开。"
    assert _labels(text, "LOC", "ORG") == [("LOC", "市机关办公大院")]


def test_no_venue_without_a_name_or_across_a_clause():
    # a hall named by its kind alone, a clause word inside, no verb of the meeting after it
    text = "他在会议室召开短会。大家在会上的发言在大楼举行的活动中传开。市委礼堂正在维修。"
    assert _labels(text, "LOC") == []
