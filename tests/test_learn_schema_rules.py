"""A project's schema switches off the rules of the labels it does not have (speed24): their work is
not done in pre-annotation (the steps are not called), nothing of theirs is written (a project
without LOC could not be pre-annotated before: the store refused the rules' LOC spans), and
training reads the same rule layers as pre-annotation, so that a model's features match."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from civannot.learn import training
from civannot.learn.apply import preannotate
from civannot.learn.rules_report import disabled_rules, schema_disabled
from civannot.preannotate import engine, places, slogans
from civannot.project import Project
from civannot.records import AUTO_LAYER, GOLD_LAYER, DocumentInput, LayerInput, Span
from civannot.schema import default_schema, parse_schema

TEXT = (
    "2024年3月12日上午，青禾县召开创建全国文明城市推进会。县委书记苏明远强调，全县各级各部门要"
    "深入学习《青禾县文明城市创建三年行动方案》，牢固树立“人人都是创城主体”的理念。会后，苏明远"
    "先后来到翠湖公园、河西农贸市场、光明社区等点位，实地检查创建工作。"
)


def _schema(drop: set[str]) -> Any:
    data = default_schema().to_json()
    data["labels"] = [lab for lab in data["labels"] if lab["name"] not in drop]
    data["relations"] = [
        r for r in data.get("relations", []) if not drop & {*r.get("head", []), *r.get("tail", [])}
    ]
    return parse_schema(data)


def _project(path: Path, drop: set[str]) -> Project:
    p = Project.create(path, _schema(drop))
    p.import_batch([(DocumentInput("a", TEXT), [])])
    return p


def _calls(monkeypatch: pytest.MonkeyPatch, mod: Any, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(mod, name)

    def spy(*a: Any, **k: Any) -> Any:
        calls.append(1)
        return real(*a, **k)

    monkeypatch.setattr(mod, name, spy)
    return calls


def test_a_schema_without_loc_slogan_doc_skips_their_steps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = _project(tmp_path / "p.civ", {"LOC", "SLOGAN", "DOC"})
    try:
        outside = schema_disabled(p)
        assert {"loc.kind", "loc.venue", "loc.estate", "slogan.quoted", "doc.book"} <= set(outside)
        assert not [r for r in outside if r.startswith(("gpe.", "person.", "directive."))]
        assert "loc.kind" not in disabled_rules(p)  # the team's own list stays its own
        locs = _calls(monkeypatch, places, "find_locations")
        slo = _calls(monkeypatch, slogans, "find_docs_and_slogans")
        summary = preannotate(p, use_model=False, processes=1)
        assert locs == [] and slo == []
        assert summary["rules_outside_schema"] == outside
        assert "loc.kind" not in summary["rules_disabled"]
        doc = next(iter(p.text_lengths()))
        labels = {s.label for s in p.spans(doc, AUTO_LAYER)}
        assert labels and not labels & {"LOC", "SLOGAN", "DOC"}
        assert {"PERSON", "TITLE", "GPE", "DATE", "DIRECTIVE"} <= labels
    finally:
        p.close()


def test_a_schema_without_directive_does_not_read_directives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = _project(tmp_path / "p.civ", {"DIRECTIVE"})
    try:
        assert {"directive.marker", "relation.issued_by.frame"} <= set(schema_disabled(p))
        calls = _calls(monkeypatch, engine, "find_directives")
        preannotate(p, use_model=False, processes=1)
        assert calls == []
        doc = next(iter(p.text_lengths()))
        assert "PERSON" in {s.label for s in p.spans(doc, AUTO_LAYER)}
    finally:
        p.close()


def test_the_default_schema_leaves_every_rule_on(tmp_path: Path) -> None:
    p = Project.create(tmp_path / "p.civ")
    try:
        assert schema_disabled(p) == []
    finally:
        p.close()


def test_training_reads_the_rules_pre_annotation_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = Project.create(tmp_path / "p.civ", _schema({"LOC", "SLOGAN", "DOC"}))
    i = TEXT.index("苏明远")
    gold = LayerInput(
        GOLD_LAYER,
        [
            Span(i, i + 3, "PERSON", "苏明远", "adjudicated"),
            Span(i - 4, i, "TITLE", "县委书记", "adjudicated"),
        ],
        [],
        True,
    )
    p.import_batch([(DocumentInput(f"d{k}", TEXT), [gold]) for k in range(3)])
    seen: list[frozenset[str]] = []
    real = training.rule_suggestions

    def spy(docs: Any, *, disabled: Any = (), **k: Any) -> Any:
        seen.append(frozenset(disabled))
        return real(docs, disabled=disabled, **k)

    monkeypatch.setattr(training, "rule_suggestions", spy)
    try:
        info = training.train_project(
            p, params={"max_iterations": 3}, evaluate=False, curve=False, corrections=False
        )
        outside = set(schema_disabled(p))
        assert seen and all(outside <= s for s in seen)
        assert outside <= set(info["rules_disabled"])
        # used with the same rules: no note that the model was trained with other rules
        summary = preannotate(p, processes=1)
        assert summary["model"] and "model_note" not in summary
    finally:
        p.close()


def test_the_rules_command_says_which_steps_are_not_run(tmp_path: Path, capsys: Any) -> None:
    import json

    from civannot.cli import main

    path = tmp_path / "p.civ"
    _project(path, {"SLOGAN"}).close()
    assert main(["rules", str(path), "--disable", "directive", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["skipped"] == ["directives.find_directives"]
    assert main(["rules", str(path), "--disable", "doc"]) == 0
    said = capsys.readouterr().out
    # DOC switched off and SLOGAN outside the schema: the step of both is not run
    assert "not run now" in said and "slogans.find_docs_and_slogans" in said
