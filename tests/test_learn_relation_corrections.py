"""Relation corrections learned from a team's gold (civannot.learn.corrections): a drop of the
edges of a type a rule draws and the team does not, and switches for opt-in relation rules.
Every text is made up."""

from __future__ import annotations

import pytest

from civannot.learn import corrections as corrections_mod
from civannot.learn import training
from civannot.learn.corrections import (
    Correction,
    Corrections,
    learn_corrections,
    learn_relation_drops,
    learn_switches,
    switch_disabled,
    switch_set,
)
from civannot.learn.data import GoldDoc
from civannot.preannotate.engine import Suggestions, suggest
from civannot.records import Span

NAMES = ["王大明", "李小红", "张若溪", "赵青山", "钱岚生", "孙晓川", "周一凡", "吴长河"]
PLACES = ["岚溪", "青苇", "栖岸", "楚岭"]


def _gold_of(text: str, sug: Suggestions, keep=lambda rtype, rule: True) -> GoldDoc:  # noqa: ANN001
    """The suggestions as a team's gold, without the relations `keep` refuses."""
    spans = [Span(s.start, s.end, s.label, s.text) for s in sug.spans]
    rels = [
        r for r, rule in zip(sug.relations, sug.relation_rules, strict=True) if keep(r[0], rule)
    ]
    return GoldDoc(text, text, spans, rels)


def _leaders_texts(n: int) -> list[str]:
    out = []
    for i in range(n):
        a, b = NAMES[i % 8], NAMES[(i + 3) % 8]
        out.append(
            f"{PLACES[i % 4]}召开创文推进会。县领导{a}、{b}出席会议。"
            f"县委书记{NAMES[(i + 5) % 8]}主持会议。"
        )
    return out


def test_a_team_that_links_no_name_to_the_leaders_term_learns_to_drop_those_edges():
    texts = _leaders_texts(6)
    sugs = [suggest(t) for t in texts]
    assert all("relation.holds.leaders" in s.relation_rules for s in sugs)
    docs = [
        _gold_of(t, s, lambda rtype, rule: rule != "relation.holds.leaders")
        for t, s in zip(texts, sugs, strict=True)
    ]
    corr = learn_corrections(docs, sugs)
    drop = Correction("drop", "HOLDS_TITLE", cond="rule", arg="relation.holds.leaders")
    assert [c.key for c in corr.items] == [drop.key]
    assert corr.items[0].name() == "drop HOLDS_TITLE (rule «relation.holds.leaders»)"
    assert (corr.items[0].fixed, corr.items[0].broken) == (12, 0)
    out = corr.apply(texts[0], sugs[0])
    assert "relation.holds.leaders" not in out.relation_rules
    # the spans and the other edges stay as the rules made them
    assert out.spans == sugs[0].spans
    assert out.relation_rules == ["relation.holds.adjacent"]
    # it travels with the model and is listed with the others
    back = Corrections.from_json(corr.to_json())
    assert back.relation_drops() == {("HOLDS_TITLE", "relation.holds.leaders")}
    assert back.describe()[0]["correction"] == drop.name()


def test_a_team_that_draws_the_edges_learns_no_drop():
    texts = _leaders_texts(6)
    sugs = [suggest(t) for t in texts]
    docs = [_gold_of(t, s) for t, s in zip(texts, sugs, strict=True)]
    assert not learn_corrections(docs, sugs)


def test_a_drop_must_hold_in_two_documents_and_above_the_precision_floor():
    texts = _leaders_texts(6)
    sugs = [suggest(t) for t in texts]
    # one document's habit: the edges left out of one page only
    one = [
        _gold_of(t, s, (lambda rtype, rule: rule != "relation.holds.leaders") if i == 0 else None)
        if i == 0
        else _gold_of(t, s)
        for i, (t, s) in enumerate(zip(texts, sugs, strict=True))
    ]
    assert learn_relation_drops(one, sugs) == []
    # half the team's pages draw them: 6 false, 6 right, below the floor
    half = [
        _gold_of(t, s, lambda rtype, rule: rule != "relation.holds.leaders") if i % 2 else
        _gold_of(t, s)
        for i, (t, s) in enumerate(zip(texts, sugs, strict=True))
    ]  # fmt: skip
    assert learn_relation_drops(half, sugs) == []


def _carried_texts(n: int) -> list[str]:
    """A frame, then unframed paragraphs its speaker is carried over (relation.issued_by.carried)."""
    return [
        f"市委书记{NAMES[i % 8]}强调，各部门要抓好落实。\n各级各部门要提高认识，压实责任。\n"
        f"各单位要加强巡查，确保不留死角。"
        for i in range(n)
    ]


def _announced_texts(n: int) -> list[str]:
    """A sentence that only announces a speech, another named person's report after it (the
    opt-in part: with nobody else speaking in between the default draws the edges, session 40),
    then unframed paragraphs."""
    return [
        f"市委书记{NAMES[i % 8]}出席会议并讲话。副市长{NAMES[(i + 1) % 8]}通报了创建工作进展情况。\n"
        "各级各部门要提高认识，压实责任。\n"
        f"各单位要加强巡查，确保不留死角。"
        for i in range(n)
    ]


@pytest.fixture
def carried_opt_in(monkeypatch):  # noqa: ANN001, ANN201
    """relation.issued_by.carried as if it were an opt-in rule (registry.DEFAULT_OFF)."""
    rule = "relation.issued_by.carried"
    monkeypatch.setattr(corrections_mod, "DEFAULT_OFF", frozenset({rule}))
    return rule


def _switch_on_from_gold(texts: list[str], rule: str, team_draws: bool) -> list[str]:
    on = [suggest(t, disabled=()) for t in texts]
    off = [suggest(t, disabled=[rule]) for t in texts]
    docs = [
        _gold_of(t, s, (lambda rtype, r: True) if team_draws else (lambda rtype, r: r != rule))
        for t, s in zip(texts, on, strict=True)
    ]
    asked: list[str] = []

    def resuggest(key: str) -> list[Suggestions]:
        asked.append(key)
        return [suggest(t, disabled=switch_disabled([rule], key)) for t in texts]

    got, _, gains = learn_switches(docs, off, resuggest)
    assert asked == [rule]
    return got


def test_an_opt_in_relation_rule_is_switched_on_where_the_team_draws_its_edges(carried_opt_in):
    texts = _carried_texts(4)
    assert _switch_on_from_gold(texts, carried_opt_in, team_draws=True) == [carried_opt_in]


def test_an_opt_in_relation_rule_stays_off_where_the_team_draws_no_such_edge(carried_opt_in):
    texts = _carried_texts(4)
    assert _switch_on_from_gold(texts, carried_opt_in, team_draws=False) == []


def test_fit_corrections_keeps_a_relation_switch_and_the_training_applies_it(carried_opt_in):
    texts = _carried_texts(8)
    on = [suggest(t, disabled=()) for t in texts]
    docs = [_gold_of(t, s) for t, s in zip(texts, on, strict=True)]
    off = [suggest(t, disabled=[carried_opt_in]) for t in texts]
    assert all(not s.relations or "relation.issued_by.carried" not in s.relation_rules for s in off)

    def resuggest(key: str, idx):  # noqa: ANN001, ANN202
        return [suggest(texts[i], disabled=switch_disabled([carried_opt_in], key)) for i in idx]

    corr, out, info = training.fit_corrections(docs, off, resuggest=resuggest)
    assert corr.switch_on == [carried_opt_in]
    assert info["held_out"][f"switch {carried_opt_in}"] > 0
    assert corr.describe()[0]["correction"] == f"switch on {carried_opt_in}"
    fixed = training.corrected(corr, docs, off, range(len(docs)), resuggest)
    assert all(carried_opt_in in s.relation_rules for s in fixed)


def test_fit_corrections_keeps_a_relation_drop_only_with_held_out_evidence():
    texts = _leaders_texts(8)
    sugs = [suggest(t) for t in texts]
    docs = [
        _gold_of(t, s, lambda rtype, rule: rule != "relation.holds.leaders")
        for t, s in zip(texts, sugs, strict=True)
    ]
    corr, out, info = training.fit_corrections(docs, sugs)
    key = "drop HOLDS_TITLE   rule relation.holds.leaders"
    assert info["held_out"][key] == 16
    assert corr.relation_drops() == {("HOLDS_TITLE", "relation.holds.leaders")}
    # the out-of-fold suggestions the model trains on are without them too
    assert all("relation.holds.leaders" not in s.relation_rules for s in out)


def test_switches_are_judged_on_top_of_those_already_on(monkeypatch):
    monkeypatch.setattr(corrections_mod, "DEFAULT_OFF", frozenset({"a.one", "b.two"}))
    text = "县委书记王大明出席。"
    docs = [GoldDoc(text, text, [], [])]
    asked: list[str] = []

    def resuggest(key: str) -> list[Suggestions]:
        asked.append(key)
        return [Suggestions()]

    learn_switches(docs, [suggest(text)], resuggest)
    assert asked == ["a.one", "b.two"]  # a.one stayed off: b.two alone
    assert switch_set(["a.one", "b.two"]) == "a.one+b.two"
    assert switch_disabled(["a.one", "b.two", "c.three"], "a.one+b.two") == ["c.three"]
    assert switch_disabled(["a.one", "b.two"], "b.two") == ["a.one"]


def test_a_relation_drop_leaves_the_spans_and_the_other_edges_and_what_was_off():
    text = _leaders_texts(1)[0]
    sug = suggest(text)
    corr = Corrections(
        [Correction("drop", "HOLDS_TITLE", cond="rule", arg="relation.holds.adjacent", fixed=3)]
    )
    out = corr.drop_relations(sug)
    assert out.relation_rules == ["relation.holds.leaders"] * 2
    assert out.spans == sug.spans and out.off == sug.off and out.off
    assert corr.apply(text, sug, relations=False) is sug
    assert Corrections().drop_relations(sug) is sug


def test_train_reports_a_relation_drop_and_preannotate_applies_it(tmp_path):
    from civannot.learn.apply import preannotate
    from civannot.learn.lead_model import correction_rows
    from civannot.learn.model_store import latest_model
    from civannot.learn.training import render_report, train_project
    from civannot.records import AUTO_LAYER
    from tests.learn_support import gold_project

    texts = _leaders_texts(12)
    docs = [
        _gold_of(t, suggest(t), lambda rtype, rule: rule != "relation.holds.leaders") for t in texts
    ]
    p = gold_project(tmp_path / "team.civ", [(f"doc{i:03d}", d) for i, d in enumerate(docs)])
    try:
        rep = train_project(p)
        name = "drop HOLDS_TITLE (rule «relation.holds.leaders»)"
        assert name in [r["name"] for r in rep["corrections"]["items"]]
        assert name in render_report(rep)
        assert name in [r[0] for r in correction_rows(latest_model(p).info)]
        preannotate(p)
        for spans, rels in p.layer_data(AUTO_LAYER).values():
            assert any(s.label == "TITLE" and s.text == "县领导" for s in spans)
            by_id = {s.id: s for s in spans}
            held = {(by_id[r.head].text, by_id[r.tail].text) for r in rels}
            assert not any(t == "县领导" for _, t in held)
            assert any(t == "县委书记" for _, t in held)
    finally:
        p.close()


def test_a_span_correction_keeps_the_rules_that_were_off():
    text = _leaders_texts(1)[0]
    sug = suggest(text)
    corr = Corrections([Correction("drop", "PERSON", cond="rule", arg="person.leaders_list")])
    out = corr.apply(text, sug)
    assert len(out.spans) < len(sug.spans) and out.off == sug.off


ANNOUNCED = "relation.issued_by.announced"


def _announced_docs(team_draws: bool, n: int = 4) -> tuple[list[GoldDoc], list, object]:
    from civannot.preannotate.registry import DEFAULT_OFF

    texts = _announced_texts(n)
    on = [suggest(t, disabled=DEFAULT_OFF - {ANNOUNCED}) for t in texts]
    off = [suggest(t) for t in texts]
    docs = [_gold_of(t, s) for t, s in zip(texts, on if team_draws else off, strict=True)]

    def resuggest(key: str) -> list[Suggestions]:
        return [suggest(t, disabled=switch_disabled(DEFAULT_OFF, key)) for t in texts]

    return docs, off, resuggest


def test_training_switches_the_announced_speaker_on_for_a_team_whose_gold_draws_it():
    docs, off, resuggest = _announced_docs(team_draws=True)
    assert all(ANNOUNCED not in s.relation_rules for s in off)
    assert ANNOUNCED in learn_switches(docs, off, resuggest)[0]
    docs, off, resuggest = _announced_docs(team_draws=False)
    assert ANNOUNCED not in learn_switches(docs, off, resuggest)[0]


def _sample_texts() -> list[str]:
    """The clean texts of the shipped sample articles (the development gold's first set)."""
    from pathlib import Path

    from civannot.text import normalize

    root = Path(__file__).resolve().parent.parent / "resources" / "samples"
    return [normalize(f.read_text(encoding="utf-8")).text for f in sorted(root.glob("*.txt"))]


def test_a_switch_changes_no_text_without_its_cue():
    from civannot.learn.corrections import SWITCH_CUES, can_switch
    from civannot.preannotate.registry import DEFAULT_OFF

    texts = [*_sample_texts(), *_leaders_texts(2), *_announced_texts(2)]
    for rule in SWITCH_CUES:
        assert rule in DEFAULT_OFF
        for t in texts:
            if can_switch(rule, t):
                continue
            on, off = suggest(t, disabled=DEFAULT_OFF - {rule}), suggest(t)
            assert (on.spans, on.relations, on.relation_rules) == (
                off.spans, off.relations, off.relation_rules,
            ), (rule, t[:30])  # fmt: skip


def test_training_reruns_the_rules_with_a_switch_only_where_it_may_fire():
    texts = [
        "栖岸县领导王大明、李小红出席会议。",
        "会议由楚岭县领导张若溪、赵青山主持。",
        # a leaders' term after a mark takes in no place: the switch cannot change it
        "会上，县领导王大明、李小红出席。县委书记王大明强调，各部门要抓好落实。",
    ]
    docs = [GoldDoc(t, t, [], []) for t in texts]
    base = [suggest(t) for t in texts]
    asked: list[tuple[str, list[int]]] = []

    def resuggest(key: str, idx):  # noqa: ANN001, ANN202
        asked.append((key, list(idx)))
        return [suggest(texts[i]) for i in idx]

    memo = training._memo(resuggest, docs, base)
    assert memo is not None
    got = memo("gpe.before_post+title.leaders_place_apart", [0, 1, 2])
    # in the third text no place stands before 县领导: the switch is left out for it
    assert asked == [
        ("gpe.before_post+title.leaders_place_apart", [0, 1]),
        ("gpe.before_post", [2]),
    ]
    assert memo("title.leaders_place_apart", [2]) == [base[2]] and len(asked) == 2
    assert len(got) == 3
