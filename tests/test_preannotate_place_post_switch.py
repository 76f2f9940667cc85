"""The place before a post is a convention the guideline leaves open. By default the engine keeps
it inside the post (某某市委书记 one TITLE, HOLDS_TITLE on it), as GUIDELINES.md keeps the
organisational part of a post whole and nests no name inside a longer span; a project that
switches the opt-in rule `gpe.before_post` on gets the place as its own GPE and the post after it."""

from __future__ import annotations

import pytest

from civannot.learn.apply import preannotate
from civannot.learn.rules_report import disabled_rules, set_rule_enabled
from civannot.preannotate.engine import suggest
from civannot.preannotate.registry import DEFAULT_OFF
from civannot.project import Project
from civannot.records import AUTO_LAYER, DocumentInput

# the other opt-in rules, off while gpe.before_post is switched on and off
OTHER_OFF = sorted(DEFAULT_OFF - {"gpe.before_post"})

TEXT = "会上，咸阳市委书记周明远强调，各级各部门要压实创建责任。"


def _spans(text, out):
    return {(text[s.start : s.end], s.label) for s in out.spans}


def _holds(text, out):
    return {
        (text[out.spans[h].start : out.spans[h].end], text[out.spans[t].start : out.spans[t].end])
        for kind, h, t in out.relations
        if kind == "HOLDS_TITLE"
    }


@pytest.mark.parametrize(
    "text, title, name",
    [
        (TEXT, "咸阳市委书记", "周明远"),
        ("岚桥镇党委书记谷雨峰出席会议并讲话。", "岚桥镇党委书记", "谷雨峰"),
        ("柳塘高新区管委会副主任卢远航出席。", "柳塘高新区管委会副主任", "卢远航"),
        ("兵团党委常委、八师石河子市党委书记王某某出席大会。", "八师石河子市党委书记", "王某某"),
    ],
)
def test_default_keeps_the_place_inside_the_title(text: str, title: str, name: str) -> None:
    out = suggest(text)
    spans = _spans(text, out)
    assert (title, "TITLE") in spans, spans
    assert not any(lab == "GPE" and title.startswith(t) for t, lab in spans), spans
    assert (name, title) in _holds(text, out)


def test_switched_on_splits_the_place_off_the_post() -> None:
    out = suggest(TEXT, disabled=())
    assert {("咸阳", "GPE"), ("市委书记", "TITLE"), ("周明远", "PERSON")} <= _spans(TEXT, out)
    assert _holds(TEXT, out) == {("周明远", "市委书记")}
    assert "gpe.before_post" in DEFAULT_OFF


def _titles(p: Project) -> set[str]:
    doc = next(iter(p.text_lengths()))
    return {s.text for s in p.spans(doc, AUTO_LAYER) if s.label == "TITLE"}


def test_a_project_switches_the_convention_and_back(tmp_path) -> None:
    with Project.create(tmp_path / "p.civ") as p:
        p.import_batch([(DocumentInput("a", TEXT), [])])
        assert "gpe.before_post" in disabled_rules(p)
        preannotate(p, use_model=False)
        assert _titles(p) == {"咸阳市委书记"}
        assert set_rule_enabled(p, "gpe.before_post", True) == OTHER_OFF
        preannotate(p, use_model=False)
        assert _titles(p) == {"市委书记"}
        with pytest.raises(ValueError, match="already switched on"):
            set_rule_enabled(p, "gpe.before_post", True)
        assert "gpe.before_post" in set_rule_enabled(p, "gpe.before_post", False)
        preannotate(p, use_model=False)
        assert _titles(p) == {"咸阳市委书记"}


def test_a_project_that_switched_it_off_before_it_was_opt_in(tmp_path) -> None:
    with Project.create(tmp_path / "p.civ") as p:
        p.set_meta("rules_disabled", ["gpe.before_post"])
        assert disabled_rules(p) == sorted(DEFAULT_OFF)
        assert set_rule_enabled(p, "gpe.before_post", True) == OTHER_OFF
