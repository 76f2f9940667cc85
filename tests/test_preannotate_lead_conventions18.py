"""Forms the blind annotators of session 17 tagged by GUIDELINES where the rules did not (their
reports' made-up examples, not their pages): a visiting team named by its purpose, the quarter of
a relative year, the report's own month. Each test fails on the rules before session 18."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("洛阳市考察组一行来我县考察学习创文经验。", "洛阳市考察组"),
        ("3日，市考察组对我县创卫工作进行考察。", "市考察组"),
        ("县委考察组深入镇村了解情况。", "县委考察组"),
        ("省调研组来我市调研创建工作。", "省调研组"),
    ],
)
def test_a_visiting_team_named_by_its_purpose_is_an_org(text: str, org: str) -> None:
    assert org in _spans(text, "ORG")


def test_a_team_leader_is_a_post_not_the_team() -> None:
    # guard: 考察组组长 is the head of the team (a TITLE), not a team named 考察组
    assert "市考察组" not in _spans("市考察组组长周正一行来我县。", "ORG")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("今年一季度，全区完成整改点位二百余处。", "今年一季度"),
        ("去年第三季度以来，全县持续推进背街小巷整治。", "去年第三季度"),
        ("本月，我县召开创文工作推进会。", "本月"),
        ("截至本月底，全区已完成整改。", "本月底"),
        ("本月15日上午，全市召开创城攻坚大会。", "本月15日上午"),
        ("在上月的基础上，各社区要再排查一遍。", "上月"),
        ("下个月，省检查组将来我市检查。", "下个月"),
    ],
)
def test_a_relative_quarter_or_month_is_one_date(text: str, date: str) -> None:
    assert date in _spans(text, "DATE")


@pytest.mark.parametrize("text", ["成本月报按时报送。", "以上月份数据为准。", "晚上月光很好。"])
def test_the_ben_or_shang_of_another_word_opens_no_month(text: str) -> None:
    # guard
    assert _spans(text, "DATE") == []


def _holds(text: str) -> list[tuple[str, str]]:
    sug = suggest(text)
    return [
        (sug.spans[h].text, sug.spans[t].text) for r, h, t in sug.relations if r == "HOLDS_TITLE"
    ]


def test_leaders_listed_with_commas_hold_the_leaders_post() -> None:
    # 市领导甲，乙，丙参加…: every name up to what the leaders do (before: the first only)
    assert _holds("市领导郑河，李舟，王青参加活动。") == [
        ("郑河", "市领导"),
        ("李舟", "市领导"),
        ("王青", "市领导"),
    ]


@pytest.mark.parametrize("text", ["团领导郑河、李舟参加活动。", "师领导郑河、李舟参加活动。"])
def test_a_corps_divisions_or_regiments_leaders_are_a_post(text: str) -> None:
    assert [h[0] for h in _holds(text)] == ["郑河", "李舟"]


def test_a_groups_leaders_are_no_regiments() -> None:
    # guard: 集团领导 is a company's, 共青团领导干部 the league's cadres
    assert _holds("集团领导郑河、李舟参加活动。") == []
    assert _spans("共青团领导干部参加。", "TITLE") == []
