"""The place before a post is a convention the guideline leaves open: by default the engine tags
it as its own GPE (某某市委书记 -> 某某 + 市委书记); a project that switches the rule
`gpe.before_post` off gets the post whole, place inside, with its HOLDS_TITLE edge on it."""

from __future__ import annotations

from civannot.preannotate.engine import suggest

TEXT = "会上，咸阳市委书记周明远强调，各级各部门要压实创建责任。"


def _spans(out):
    return {(TEXT[s.start : s.end], s.label) for s in out.spans}


def _holds(out):
    return {
        (TEXT[out.spans[h].start : out.spans[h].end], TEXT[out.spans[t].start : out.spans[t].end])
        for kind, h, t in out.relations
        if kind == "HOLDS_TITLE"
    }


def test_default_splits_the_place_off_the_post() -> None:
    out = suggest(TEXT)
    assert {("咸阳", "GPE"), ("市委书记", "TITLE"), ("周明远", "PERSON")} <= _spans(out)
    assert _holds(out) == {("周明远", "市委书记")}


def test_switched_off_keeps_the_place_inside_the_title() -> None:
    out = suggest(TEXT, disabled={"gpe.before_post"})
    spans = _spans(out)
    assert ("咸阳市委书记", "TITLE") in spans
    assert ("咸阳", "GPE") not in spans and ("市委书记", "TITLE") not in spans
    assert _holds(out) == {("周明远", "咸阳市委书记")}
