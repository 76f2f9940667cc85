"""GBK repair: the genre's context weighed against the rivals the word model holds plausible
(issue 16). A reading far behind in the word model can hold more context than the best one (a
character the context never saw weighs 0, above the floor of an unseen pair): it must not keep
a reading both models put ahead from being written. Made-up readings; the context is a stub that
knows a few character pairs."""

from __future__ import annotations

from civannot.text import gbk
from tests.gbk_support import PairsContext as _Pairs

TEXT = "左?XY右"
# the word model: 甲乙 best, 丙乙 1 nat behind, 丁戊 10 nats behind
RANKED = [(("甲乙", 2), -10.0), (("丙乙", 2), -11.0), (("丁戊", 2), -20.0)]
FAR = {"左丁": 4.0, "丁戊": 4.0}  # the far rival's context: 8 nats


def _choose(
    pairs: dict[str, float], margin: float = gbk.APPLY_MARGIN, ranked: list = RANKED
) -> object:  # type: ignore[type-arg]
    return gbk._context_choice(  # type: ignore[arg-type]
        _Pairs(pairs), TEXT, 1, "左", ranked, -40.0, margin
    )


def test_a_far_rival_does_not_hold_back_a_clear_lead_over_the_near_ones() -> None:
    # 甲乙: 6.5 nats of context, 丙乙 (1 nat behind) none, 丁戊 (10 behind) 8
    assert _choose({"左甲": 6.5, **FAR}) == (("甲乙", 2), "甲乙")


def test_the_lead_over_the_near_rivals_must_be_twice_the_context_margin() -> None:
    assert _choose({"左甲": 5.5, **FAR}) is None


def test_not_for_a_character_that_lost_both_bytes() -> None:
    assert _choose({"左甲": 6.5, **FAR}, margin=gbk.SINGLE_MARGIN) is None


def test_not_for_a_reading_that_only_changes_the_marks() -> None:
    # the word model reads 甲。, the context prefers 甲？: the words are the same, the mark is
    # the word model's to choose
    ranked = [
        (("甲。", 2), -10.0),
        (("甲？", 2), -10.5),
        (("丙。", 2), -11.0),
        (("丁戊", 2), -20.0),
    ]
    choice = _choose({"甲？": 7.0, **FAR}, ranked=ranked)
    assert choice != (("甲？", 2), "甲？")


def test_not_inside_a_listed_name() -> None:
    # 市领导何立川、?XY燕、鞠长河: 公晓燕 or 宫晓燕, both surnames
    text = "市领导何立川、?XY燕、鞠长河出席"
    q = text.index("?")
    ranked = [(("公晓", 2), -10.0), (("宫晓", 2), -11.0), (("丁戊", 2), -20.0)]
    ctx = _Pairs({"、公": 6.5, "、丁": 4.0, "丁戊": 4.0})
    choice = gbk._context_choice(ctx, text, q, text[:q], ranked, -40.0, gbk.APPLY_MARGIN)  # type: ignore[arg-type]
    assert choice is None
