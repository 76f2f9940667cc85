"""speak28 (session 28): DIRECTIVE and ISSUED_BY forms of real reports the rules missed. Made-up
sentences in the same grammar (other names, places, numbers); each positive case failed on main
ead8902, the guards pass before and after."""

from __future__ import annotations

from tests.directive_helpers import directives, issued

_LEAD = "3月8日，区委常委、宣传部部长周明远带队督导青禾街道创城工作。\n"


# --- a point's heading alone on its line, then its body paragraph --------------------------------


def test_body_paragraph_after_a_heading_line_continues_it():
    text = _LEAD + (
        "周明远同志强调：\n"
        "要坚定信心凝聚合力。\n"
        "深刻认识创城工作的重要性、紧迫性，树牢必胜信念。以问题整改为抓手，进一步压实责任。\n"
        "要对标对表补齐短板。\n"
        "细化任务清单，完善工作台账，持续加大背街小巷整治力度。\n"
    )
    assert issued(text) == [
        ("要坚定信心凝聚合力", "周明远"),
        ("深刻认识创城工作的重要性、紧迫性，树牢必胜信念", "周明远"),
        ("以问题整改为抓手，进一步压实责任", "周明远"),
        ("要对标对表补齐短板", "周明远"),
        ("细化任务清单，完善工作台账，持续加大背街小巷整治力度", "周明远"),
    ]


def test_blank_line_between_heading_and_body_keeps_it():
    text = _LEAD + "周明远同志强调：\n\n要对标对表补齐短板。\n\n细化任务清单，完善工作台账。\n"
    assert issued(text) == [
        ("要对标对表补齐短板", "周明远"),
        ("细化任务清单，完善工作台账", "周明远"),
    ]


def test_no_body_read_after_a_report_or_a_long_requirement():
    # the paragraph after a heading that reports what was done stays a report
    text = _LEAD + "周明远同志强调：\n要对标对表补齐短板。\n街道已完成整改问题三十余处。\n"
    assert directives(text) == ["要对标对表补齐短板"]
    # a requirement paragraph of several clauses is no heading: the paragraph after it is read
    # on its own (no frame, no marker: nothing)
    text = _LEAD + (
        "周明远强调，各社区要对照测评体系逐项排查，建立问题清单，限期整改到位，确保不丢分。\n"
        "细化任务清单，完善工作台账。\n"
    )
    assert directives(text) == [
        "各社区要对照测评体系逐项排查，建立问题清单，限期整改到位，确保不丢分"
    ]
    # a heading nobody named speaks (会议要求：) carries no body either
    text = "会议要求：\n要对标对表补齐短板。\n细化任务清单，完善工作台账。\n"
    assert directives(text) == ["要对标对表补齐短板"]
