"""speakb31 (session 31): DIRECTIVE / ISSUED_BY forms of real reports the rules misread.
Made-up sentences in the same grammar (other names, places, numbers); each positive case failed
on main a927268, the guards pass before and after."""

from __future__ import annotations

import pytest

from tests.directive_helpers import directives, issued

# --- 要求，+ a bare act of planning (谋划 / 科学制定 / 研究部署 …): what the requirement governs --


@pytest.mark.parametrize(
    "act",
    [
        "科学谋划下半年工作思路",
        "谋划下半年工作思路",
        "提前谋划下半年工作思路",
        "科学制定下半年工作方案",
        "科学规划下半年重点任务",
        "研究制定下半年工作方案",
        "研究部署下半年重点任务",
        "研究解决群众反映的问题",
        "制定下半年工作方案",
    ],
)
def test_bare_planning_act_after_requirement(act: str) -> None:
    text = f"青禾镇召开创卫推进会。会议要求，{act}，确保创卫工作按期见效。"
    assert directives(text) == [f"{act}，确保创卫工作按期见效"]
    text = f"镇长齐远航主持会议。齐远航要求，{act}。"
    assert issued(text) == [(act, "齐远航")]


def test_planning_word_not_after_a_requirement() -> None:
    # guard: a report of what was planned is no directive (before and after)
    text = "会议指出，今年以来青禾镇科学谋划创卫工作，制定了实施方案。"
    assert directives(text) == []


# --- 做好…工作需要…，要…: what a task needs is an assessment before the requirement ---------------


def test_task_needs_clause_stays_outside() -> None:
    text = "镇长齐远航强调，做好背街小巷整治工作需要更多专业力量，要引进专业人员，补齐管理短板。"
    assert issued(text) == [("要引进专业人员，补齐管理短板", "齐远航")]


def test_task_opening_clause_still_inside() -> None:
    # guards: a task clause with no 需要 stays in (before and after), and so does a 需要 that is
    # a marker of its own (bodies, then their act)
    text = "镇长齐远航强调，做好背街小巷整治工作，要引进专业人员。"
    assert issued(text) == [("做好背街小巷整治工作，要引进专业人员", "齐远航")]
    text = "镇长齐远航强调，争创省级卫生镇，需要各村进一步加强配合，要补齐短板。"
    assert directives(text) == ["争创省级卫生镇，需要各村进一步加强配合，要补齐短板"]


# --- 某地要做大…，关键在…: the 要 of a goal whose key is asserted, no requirement ----------------


@pytest.mark.parametrize(
    "sentence",
    [
        "今后三年鹿鸣要做强县域经济，关键在产业，出路在开放。",
        "要做好创卫工作，关键在于落实。",
        "全镇要实现新突破，根本在于改革。",
        "要守住创卫成果，核心是长效管理。",
    ],
)
def test_goal_whose_key_is_asserted(sentence: str) -> None:
    text = "镇长齐远航强调，" + sentence + "各村要压实工作责任。"
    assert issued(text) == [("各村要压实工作责任", "齐远航")]


def test_goal_whose_key_is_required() -> None:
    # guards: the key said with a marker of its own keeps the goal in the requirement
    text = "镇长齐远航强调，要做好创卫工作，关键是各村要压实责任。"
    assert issued(text) == [("要做好创卫工作，关键是各村要压实责任", "齐远航")]
    text = "镇长齐远航强调，要做好创卫工作，关键要压实责任。"
    assert issued(text) == [("要做好创卫工作，关键要压实责任", "齐远航")]


# --- a tally after a requirement (组织活动12场，…) is a report, no continued requirement ---------


@pytest.mark.parametrize(
    "tally",
    [
        "组织活动12场，参与群众3000余人。",
        "谋划项目12个，总投资3亿元。",
        "建立台账5本，整改问题30个。",
    ],
)
def test_tally_after_requirement_is_no_continuation(tally: str) -> None:
    text = "镇长齐远航要求，各村要加强领导。" + tally
    assert issued(text) == [("各村要加强领导", "齐远航")]


def test_unmarked_act_after_requirement_still_continues() -> None:
    # guard (before and after): an act with no count goes on with the requirement
    text = "镇长齐远航要求，各村要加强领导。建立台账，整改问题。"
    assert issued(text) == [("各村要加强领导", "齐远航"), ("建立台账，整改问题", "齐远航")]
