"""A requirement only to see or recognise (要清醒认识到…差距 / 必须看到… / 要深刻认识…的重要性)
is a DIRECTIVE like any other: session 34, the lead's decision (GUIDELINES' DIRECTIVE is a
requirement an official lays down, with 要/必须 as markers and no exception for seeing). The
sentences are made up in the forms seen; the first three tests fail on the rules before it."""

from __future__ import annotations

from directive_helpers import directives, issued

_LEAD = "青山县召开创建工作推进会。"


def test_to_recognise_a_gap_is_a_requirement():
    # 要清醒认识到，…差距。 (before: none, read as a request only to see)
    text = _LEAD + "县委书记林晓东强调，要清醒认识到，目前的准备工作距离验收标准还有不小差距。"
    assert issued(text) == [("要清醒认识到，目前的准备工作距离验收标准还有不小差距", "林晓东")]


def test_must_see_is_a_requirement_with_its_addressee():
    # 各级各部门必须清醒看到… (before: none)
    text = _LEAD + "副县长甲某指出，各级各部门必须清醒看到，汛期防守任务依然艰巨。"
    assert issued(text) == [("各级各部门必须清醒看到，汛期防守任务依然艰巨", "甲某")]


def test_to_understand_a_tasks_weight_is_a_requirement():
    # 要深刻认识…的重要性 / 要充分认识到…的紧迫性 (before: 认识到 none)
    text = (
        _LEAD + "县长周明远要求，要深刻认识创建工作的重要性。"
        "全县上下要充分认识到人居环境整治的紧迫性。"
    )
    assert issued(text) == [
        ("要深刻认识创建工作的重要性", "周明远"),
        ("全县上下要充分认识到人居环境整治的紧迫性", "周明远"),
    ]


def test_seeing_that_is_no_requirement_stays_out():
    # guards: what people came to see (a report), raising awareness reported, and the speaker
    # announcing how the points are to be understood ask nothing
    assert directives(_LEAD + "与会人员一致认识到，创建工作任重道远。") == []
    assert directives(_LEAD + "通过集中学习，干部们深刻认识到了创建工作的意义。") == []
    assert directives(_LEAD + "大家认识到环境整治是一项民生工程。") == []
    assert directives(_LEAD + "此次培训进一步提高了干部群众的认识。") == []
    assert directives("同志们：\n对这项工作，我们要从以下几个方面来认识。") == []
