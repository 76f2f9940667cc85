"""Date and slogan forms of session 48 (misc50; GUIDELINES.md: a DATE is a calendar expression with
its attached part of day or time, not a vague period; a SLOGAN a quoted fixed formula of campaign
discourse, numbered formulas too, not a quoted list of categories). Every example is made up in
the forms of the real reports: the names and places are invented."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from civannot.preannotate.registry import DEFAULT_OFF


def _texts(text: str, label: str) -> list[str]:
    return [
        text[s.start : s.end] for s in suggest(text, disabled=DEFAULT_OFF).spans if s.label == label
    ]


# ---------------------------------------------------------------- the day after the report's


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("据预报，台风“岚风”预计于明日白天在岚江县沿海登陆。", ["明日白天"]),
        ("明天上午，检查组将到岚江县督导。", ["明天上午"]),
        ("今天白天多云，明天夜间有小雨。", ["今天白天", "明天夜间"]),
        ("这周末又将迎来雨雪降温天气，要做好准备。", ["这周末"]),
        ("上周末，周立新带队检查了沙坪镇。", ["上周末"]),
    ],
)
def test_a_day_counted_from_the_report_with_its_part_of_day(text, dates):
    assert _texts(text, "DATE") == dates


@pytest.mark.parametrize(
    "text",
    [
        "携手共创岚江更加美好的明天。",  # the future, no day
        "争当明日之星。",
        "以上周末数据为准。",  # 以上: no week counted
    ],
)
def test_no_day_without_its_part_of_day(text):
    assert _texts(text, "DATE") == []


# ---------------------------------------------------------------- a bulletin's range of days


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("台风“岚风”最大可能于6日夜里到7日正面登陆岚江县。", ["6日夜里到7日"]),
        ("14日晚至15日，岚江县普降暴雨。", ["14日晚至15日"]),
    ],
)
def test_a_range_from_a_day_s_part_of_day_is_one_date(text, dates):
    assert _texts(text, "DATE") == dates


def test_a_next_day_with_its_own_part_of_day_stays_apart():
    text = "预计14日夜间至15日早晨，沙坪镇有大到暴雨。"
    assert _texts(text, "DATE") == ["14日夜间", "15日早晨"]


def test_a_span_of_days_after_the_part_of_day_stays_out():
    # 7日内: a span of days, no day the range ends on
    assert _texts("预计于6日夜里到7日内完成转移。", "DATE") == ["6日夜里"]


# ---------------------------------------------------------------- a quoted set joined to others


def test_a_set_joined_to_a_campaign_is_a_formula():
    text = "市创建指挥部召开例会，听取涉城“四区”及创文、国卫复审各专业项目组工作汇报。"
    assert "四区" in _texts(text, "SLOGAN")


@pytest.mark.parametrize(
    "text",
    [
        "县长代表县政府与“三区”和有关县直部门签订了责任书。",
        "“三区”及有关部门作表态发言。",
        "“两县”、各部门负责人参加会议。",
        "“三县”和市直相关单位参加。",
    ],
)
def test_a_set_joined_to_bodies_stays_untagged(text):
    assert _texts(text, "SLOGAN") == []


# ---------------------------------------------------------------- zero of a harm as the goal


@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        ("岚江县要压实防溺水责任，确保实现“零溺水”目标。", "零溺水"),
        ("全力以赴抓好安全生产，实现“零事故”的总要求。", "零事故"),
        ("力争实现“零伤亡”的目标。", "零伤亡"),
    ],
)
def test_zero_of_a_harm_named_as_the_goal(text, slogan):
    assert _texts(text, "SLOGAN") == [slogan]


@pytest.mark.parametrize(
    "text",
    [
        "确保“零障碍”推进沙坪镇项目建设。",  # the manner of the work, no goal named
        "岚江县今年“零星”降雨。",
    ],
)
def test_zero_without_a_goal_stays_untagged(text):
    assert _texts(text, "SLOGAN") == []


# ---------------------------------------------------------------- a count outside the quotes


@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        ("牢记宗旨，做到三个“始终坚持”，坚决防止麻痹思想。", "始终坚持"),
        ("全体干部要统一思想，做到三个“持续”，即：持续抓好整改。", "持续"),
        ("要坚定做到两个“维护”。", "维护"),
    ],
)
def test_a_formula_counted_outside_its_quotes(text, slogan):
    assert _texts(text, "SLOGAN") == [slogan]


@pytest.mark.parametrize(
    "text",
    [
        "岚江县今年打造两个“亮点”。",  # figures counted, no verb of a formula before the count
        "用好两个“轮子”，推动沙坪镇发展。",
        "做到一个“中心”。",  # 一 counts no parts
    ],
)
def test_figures_counted_stay_untagged(text):
    assert _texts(text, "SLOGAN") == []


# ---------------------------------------------------------------- a disaster named by its day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("要深刻吸取岚江港“8·12”某某公司危险品仓库特别重大火灾爆炸事故教训。", "8·12"),
        ("为深刻汲取沙坪县“2·19”森林火灾教训，切实落实防火责任。", "2·19"),
        ("周立新来到“8·8”岚江沟地震灾区看望群众。", "8·8"),
    ],
)
def test_a_quoted_day_before_the_disaster_it_names(text, day):
    assert day in _texts(text, "DATE")


@pytest.mark.parametrize(
    "text",
    [
        "全县纳税额增长“1.5”倍。",  # a figure, no day
        "推进“8.31”工程建设，沙坪镇召开现场会。",  # a project named by a day, no disaster
        "深入实施“8.31”社区戒毒工程，防止事故发生。",  # the disaster word past the clause's end
    ],
)
def test_a_quoted_day_without_a_disaster_stays_untagged(text):
    assert not any(d in ("1.5", "8.31") for d in _texts(text, "DATE"))
