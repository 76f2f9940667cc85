"""A team that reads directives but draws no ISSUED_BY (every relation.issued_by rule off, or a
schema without ISSUED_BY) does not pay for settling the speakers (speed25, issue #15): the
directive reading runs, its last pass (co-speakers, the name as last written) does not, the
sentences are not kept for a model's second reading of the speakers, and that second reading
(civannot.learn.combine) is not done. The output is the default's, less its ISSUED_BY edges:
the speakers shape no span."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import pytest

from civannot.preannotate import directives, engine
from civannot.preannotate.engine import suggest
from civannot.preannotate.registry import (
    DEFAULT_OFF,
    ISSUED_BY_RULES,
    SPEAKERS_STEP,
    resolve_disabled,
    rules_outside,
    skipped_steps,
)

ROOT = Path(__file__).resolve().parent.parent
NO_ISSUED_BY = [*DEFAULT_OFF, "relation.issued_by"]
# a schema with every label and HOLDS_TITLE, no ISSUED_BY
SCHEMA_NO_ISSUED_BY = sorted(
    {
        *DEFAULT_OFF,
        *rules_outside(
            ["PERSON", "TITLE", "ORG", "GPE", "LOC", "DATE", "DOC", "SLOGAN", "DIRECTIVE"],
            ["HOLDS_TITLE"],
        ),
    }
)

# made-up reports (names, places and numbers invented): frames, a pronoun, carried speakers,
# co-speakers, a turn
MADE_UP = [
    "3月5日，青禾县召开创建全国文明城市推进会。县委书记苏明远、县长韦启航出席会议。苏明远强调，"
    "全县各级各部门要提高站位，压实责任。他指出，要聚焦短板弱项，确保9月底前完成整改。"
    "韦启航要求，各乡镇要立即行动。\n会议要求，各单位要把创建工作摆上重要位置。",
    "岚山区委书记樊若林、区长闻溪分别强调，要以绣花功夫抓好背街小巷整治。\n樊若林：我们必须"
    "把群众满意作为标准。\n记者：下一步有什么打算？\n闻溪：要持续用力，久久为功。",
]


def _texts() -> list[str]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from bench_preannotate import article
        from eval_heldout import BLIND_SETS
    finally:
        sys.path.remove(str(ROOT / "bench"))
    rng = random.Random(5)
    data = [
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests" / "data").glob("*/*.txt"))
        if p.parent.name not in BLIND_SETS
    ][1::3]
    return MADE_UP + data + [article(rng) for _ in range(40)]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def _flat(sug: Any, drop_issued: bool = False) -> tuple[list[Any], list[Any]]:
    spans = [
        (s.start, s.end, s.label, s.confidence, r)
        for s, r in zip(sug.spans, sug.rules, strict=True)
    ]
    rels = [
        (t, h, tl, r)
        for (t, h, tl), r in zip(sug.relations, sug.relation_rules, strict=True)
        if not (drop_issued and t == "ISSUED_BY")
    ]
    return spans, rels


def test_the_speakers_step_is_skipped_only_when_every_issued_by_rule_is_off() -> None:
    assert SPEAKERS_STEP in skipped_steps(resolve_disabled(NO_ISSUED_BY))
    assert SPEAKERS_STEP in skipped_steps(resolve_disabled(SCHEMA_NO_ISSUED_BY))
    assert SPEAKERS_STEP not in skipped_steps(resolve_disabled(DEFAULT_OFF))
    # one rule that draws edges left on (a convention's switch draws them too): read
    for rule in sorted(ISSUED_BY_RULES):
        assert SPEAKERS_STEP not in skipped_steps(
            resolve_disabled((DEFAULT_OFF | ISSUED_BY_RULES) - {rule})
        ), rule


@pytest.mark.parametrize("disabled", [NO_ISSUED_BY, SCHEMA_NO_ISSUED_BY], ids=["off", "schema"])
def test_the_output_is_the_default_less_its_issued_by(
    texts: list[str], disabled: list[str]
) -> None:
    edges = 0
    for text in texts:
        default = suggest(text, keep_sentences=True)
        off = suggest(text, disabled=disabled, keep_sentences=True)
        assert _flat(off) == _flat(default, drop_issued=True), text[:60]
        assert off.directive_sentences is None  # (kept for the second reading alone)
        edges += sum(t == "ISSUED_BY" for t, _, _ in default.relations)
    assert edges > 50  # the texts have speakers: the comparison can fail


def test_the_speakers_are_not_settled(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    for name in ("_co_speakers", "last_mentions"):
        real = getattr(directives, name)

        def spy(*a: Any, _real: Any = real, _name: str = name, **k: Any) -> Any:
            calls.append(_name)
            return _real(*a, **k)

        monkeypatch.setattr(directives, name, spy)
    sug = suggest(MADE_UP[0], disabled=NO_ISSUED_BY)
    assert calls == [] and any(s.label == "DIRECTIVE" for s in sug.spans)
    sug = suggest(MADE_UP[0])
    assert "last_mentions" in calls and any(t == "ISSUED_BY" for t, _, _ in sug.relations)


def test_the_directives_are_read_the_same_without_the_speakers(texts: list[str]) -> None:
    from civannot.preannotate.directives import find_directives

    for text in texts[:20]:
        sug = suggest(text)
        persons = [(s.start, s.end) for s in sug.spans if s.label == "PERSON"]
        whole = find_directives(text, persons)
        bare = find_directives(text, persons, speakers=False)
        assert [(d.start, d.end, d.conf, d.rule) for d in whole] == [
            (d.start, d.end, d.conf, d.rule) for d in bare
        ]


def test_a_model_does_not_read_the_speakers_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """combine with every ISSUED_BY rule off gives what it gives with them on, less ISSUED_BY,
    without its second reading of the speakers."""
    from civannot.learn import combine as comb
    from civannot.learn.crf import CrfModel
    from civannot.learn.data import rule_suggestions
    from civannot.learn.training import train_for_use
    from tests.team_genre import team_docs

    docs = team_docs(24, seed=3)
    fitted = train_for_use(docs, rule_suggestions(docs))
    model = CrfModel(fitted.data)
    calls: list[int] = []
    real = comb.find_directives

    def spy(*a: Any, **k: Any) -> Any:
        calls.append(1)
        return real(*a, **k)

    monkeypatch.setattr(comb, "find_directives", spy)
    redone = 0
    for d in team_docs(30, seed=11):
        text = d.text
        on = suggest(text, keep_sentences=True)
        off = suggest(text, disabled=NO_ISSUED_BY, keep_sentences=True)
        tagging = model.tag(text, on.spans, labels=comb.model_decided(fitted.policy), spread=False)
        calls.clear()
        want = comb.combine(text, on, tagging, provenance="model:crf@1", policy=fitted.policy)
        redone += bool(calls)
        calls.clear()
        got = comb.combine(text, off, tagging, provenance="model:crf@1", policy=fitted.policy)
        assert calls == []
        assert _flat(got) == _flat(want, drop_issued=True), text[:60]
    assert redone  # the default read the speakers again somewhere: the spy can fail


def test_engine_passes_the_skip_to_the_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    real = engine.find_directives

    def spy(*a: Any, **k: Any) -> Any:
        seen.append(k.get("speakers", True))
        return real(*a, **k)

    monkeypatch.setattr(engine, "find_directives", spy)
    suggest(MADE_UP[1], disabled=NO_ISSUED_BY)
    suggest(MADE_UP[1])
    assert seen == [False, True]
