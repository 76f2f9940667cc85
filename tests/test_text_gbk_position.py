"""GBK repair: a run left partly unread, weighed again one unread character at a time (issue 16).
The word model and the genre's context must both put the best reading's character ahead of
every other character at that place (停 of 停车位 read as U+FFFD 车 U+FFFD, 牛车为 close behind).
Made-up readings and names; the context is a stub that knows a few character pairs."""

from __future__ import annotations

from civannot.text import gbk
from tests.gbk_support import PairsContext as _Pairs

F = gbk.REPLACEMENT


# `左?XYZ右`: the run reads 甲中乙 (the word model's best), 丙中丁 1.5 nats behind, 甲中戊 2 behind
TEXT = "左?XYZ右"
RANKED = [(("甲中乙", 3), -10.0), (("丙中丁", 3), -11.5), (("甲中戊", 3), -12.0)]


def _agree(pairs: dict[str, float], text: str = TEXT, ranked: list = RANKED) -> str:  # type: ignore[type-arg]
    q = text.index("?")
    applied = F + ranked[0][0][0][1] + F
    return gbk._agree_by_position(
        _Pairs(pairs),  # type: ignore[arg-type]
        text,
        q,
        text[:q],
        ranked,
        -40.0,
        applied,
        gbk.APPLY_MARGIN,
    )


def test_a_character_both_models_put_ahead_is_written() -> None:
    # 甲: word model 1.5 nats ahead of 丙, context 3; 乙 against 戊: the context says nothing
    assert _agree({"左甲": 3.0}) == "甲中" + F


def test_both_margins_must_add_up() -> None:
    # 1.5 + 2.0 nats: short of the margin (2) + 2
    assert _agree({"左甲": 2.0}) == F + "中" + F


def test_the_context_against_the_word_model_writes_nothing() -> None:
    assert _agree({"左丙": 3.0}) == F + "中" + F


def test_the_last_character_is_weighed_against_its_own_rivals() -> None:
    # 乙 against 丁 and 戊 (the readings that hold another character there), not against 丙中丁
    assert _agree({"左甲": 3.0, "乙右": 3.0}) == "甲中乙"
    assert _agree({"左甲": 3.0, "戊右": 3.0}) == "甲中" + F


def test_no_character_of_a_listed_name_is_written() -> None:
    # 市领导何立川、?XY燕、鞠长河: 公晓 or 宫晓 (both surnames) before 燕
    text = "市领导何立川、?XY燕、鞠长河出席"
    ranked = [(("公晓", 2), -10.0), (("宫晓", 2), -11.5)]
    q = text.index("?")
    out = gbk._agree_by_position(
        _Pairs({"、公": 3.0}),  # type: ignore[arg-type]
        text,
        q,
        text[:q],
        ranked,
        -40.0,
        F + "晓",
        gbk.APPLY_MARGIN,
    )
    assert out == F + "晓"
