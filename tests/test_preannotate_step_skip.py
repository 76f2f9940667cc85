"""Switching a rule off skips its work (speed24, issue #15): a step of find_entities whose every
rule is off (registry.STEP_RULES, by id, by family or because the project's schema has no such
label) is not run, nor is the directive reading when every directive rule is off. The output is
the one of the rules left on: the same as dropping the rules' candidates after every step ran
(what `disabled` did before), except where the rule that is off shaped the rest, which it no
longer does (the differences decided below).

While this module is collected, every step of STEP_RULES is wrapped for the whole test session
(every other test's text included): a step that adds a rule id its entry lacks, or changes a
candidate it did not add, fails the test that ran it. A step's entry must hold every id it may
add, or switching those off would lose that id's output."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from civannot.preannotate import engine, entities, places
from civannot.preannotate.engine import suggest
from civannot.preannotate.registry import (
    DEFAULT_OFF,
    DIRECTIVE_RULES,
    RULES,
    STEP_RULES,
    UNLISTED,
    family,
    label_of,
    resolve_disabled,
    rules_outside,
    skipped_steps,
)

ROOT = Path(__file__).resolve().parent.parent
TOWNS = "places.find_location_towns"


def _allowed(key: str) -> frozenset[str]:
    # find_locations reads towns too (GPE): its LOC part and its towns part are two entries
    if key == "places.find_locations":
        return STEP_RULES[key] | STEP_RULES[TOWNS]
    return STEP_RULES[key]


def _module_and_name(key: str) -> tuple[Any, str]:
    mod, name = key.split(".")
    return getattr(entities, mod), name


def _guard(key: str, f: Callable[..., Any]) -> Callable[..., Any]:
    allowed = _allowed(key)

    @functools.wraps(f)
    def guarded(doc: Any, *a: Any, **k: Any) -> Any:
        before = [(c.start, c.end, c.label, c.rule) for c in doc.cands]
        n, nh, cands = len(doc.cands), len(doc.holds), doc.cands
        out = f(doc, *a, **k)
        assert doc.cands is cands, f"{key} replaced doc.cands: it cannot be skipped"
        now = [(c.start, c.end, c.label, c.rule) for c in doc.cands[:n]]
        assert now == before, f"{key} changed candidates it did not add: it cannot be skipped"
        added = {c.rule for c in doc.cands[n:]} | {h[2] for h in doc.holds[nh:]}
        assert added <= allowed, (
            f"{key} added {sorted(added - allowed)}: add them to registry.STEP_RULES[{key!r}]"
        )
        return out

    guarded.__wrapped_step__ = key  # type: ignore[attr-defined]
    return guarded


def _install_guards() -> None:
    for key in STEP_RULES:
        mod, name = _module_and_name(key)
        f = getattr(mod, name)
        if getattr(f, "__wrapped_step__", None) is None:
            setattr(mod, name, _guard(key, f))


_install_guards()


# ---- texts ------------------------------------------------------------------------------------

# made-up reports in the genre's forms (names, places and numbers invented)
MADE_UP = [
    "2024年3月12日上午，青禾县召开创建全国文明城市推进会。会议在县行政中心三楼会议室召开。"
    "县委书记苏明远出席会议并讲话，县长韦启航主持会议。苏明远强调，全县各级各部门要深入学习"
    "《青禾县文明城市创建三年行动方案》，牢固树立“人人都是创城主体”的理念，切实把各项任务落到"
    "实处。会后，苏明远先后来到翠湖公园、河西农贸市场、光明社区等点位，实地检查创建工作。"
    "县领导韦启航、蓝若溪、黄子墨参加检查。苏明远要求，各乡镇、各部门要压实责任，确保9月底前"
    "完成整改。",
    "本报讯（记者 闻溪）5日，岚山区召开创卫工作调度会。区委副书记、区长 樊若林同志参加会议。"
    "会上，区卫健局、区城管局、区市场监管局分别作表态发言。樊若林指出，要以“绣花功夫”抓好"
    "背街小巷整治。近日，区创卫办督导组深入到石桥、龙口、清溪等乡镇，检查农村人居环境整治，"
    "并在松涛广场、锦江路、南门菜市场开展暗访。他要求，各街道要立即整改，区督查室要跟踪问效。",
    "月湖镇党委书记柏安然带队到碧水村、桃李社区调研。柏安然在调研时强调，一要压实责任；二要"
    "补齐短板。镇长丁思远，副镇长甘霖、冯雪参加调研。",
]


def _data_texts() -> list[str]:
    from eval_heldout import BLIND_SETS  # bench/

    # (every other one: the comparisons run each text twice per switched-off set)
    return [
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests" / "data").glob("*/*.txt"))
        if p.parent.name not in BLIND_SETS
    ][::2]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        return MADE_UP + _data_texts()
    finally:
        sys.path.remove(str(ROOT / "bench"))


def _output(text: str, disabled: list[str]) -> tuple[set[Any], set[Any]]:
    sug = suggest(text, disabled=disabled)
    spans = [(s.start, s.end, s.label, r) for s, r in zip(sug.spans, sug.rules, strict=True)]
    rels = {
        (t, spans[h][:3], spans[tl][:3], r)
        for (t, h, tl), r in zip(sug.relations, sug.relation_rules, strict=True)
    }
    return set(spans), rels


@pytest.fixture
def drop_after(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, list[str]], Any]]:
    """The output as `disabled` gave it before: every step run, the rules' candidates dropped."""

    def run(text: str, disabled: list[str]) -> Any:
        with monkeypatch.context() as m:
            m.setattr(engine, "skipped_steps", lambda off: frozenset())
            return _output(text, disabled)

    yield run


# ---- the tables -------------------------------------------------------------------------------


def test_nothing_is_skipped_by_default() -> None:
    """The opt-in rules (off by default) make no step's whole work: the default output is the
    one every step gives."""
    assert skipped_steps(resolve_disabled(DEFAULT_OFF)) == frozenset()
    assert skipped_steps(frozenset()) == frozenset()


def test_every_step_rule_is_a_rule() -> None:
    known = set(RULES) | set(UNLISTED)
    for key, rules in STEP_RULES.items():
        assert rules, key
        assert rules <= known, (key, sorted(rules - known))
        assert _module_and_name(key)[1] in dir(_module_and_name(key)[0]), key
    assert set(RULES).isdisjoint(UNLISTED)
    assert DIRECTIVE_RULES == {r for r in RULES if family(r) == "directive"}


def test_a_family_takes_its_unlisted_rules_with_it() -> None:
    """loc.estate, org.bare…: no entry of their own, off with their family and their label (a
    team that switched `loc` off still got them before)."""
    off = resolve_disabled(["loc"])
    assert {"loc.estate", "loc.counted", "loc.place_venue"} <= off
    assert "gpe.visit_item" not in off
    assert "org.bare" in resolve_disabled(["org"])
    text = "他先后来到金桂花园、银杏苑、青石小区等点位检查。"
    with_loc = suggest(text)
    assert any(s.label == "LOC" for s in with_loc.spans)
    assert not [s for s in suggest(text, disabled=[*DEFAULT_OFF, "loc"]).spans if s.label == "LOC"]


def test_labels_of_rules() -> None:
    assert label_of("gazetteer:gpe") == ("GPE",)
    assert label_of("loc.estate") == ("LOC",)
    assert label_of("relation.holds.adjacent") == ("HOLDS_TITLE",)
    assert label_of("relation.issued_by.frame") == ("ISSUED_BY",)
    out = rules_outside(["PERSON", "TITLE", "ORG", "GPE", "DATE", "DIRECTIVE"])
    assert {r for r in out if family(r) in ("loc", "doc", "slogan")} == out
    assert {"loc.venue", "loc.estate", "doc.book", "slogan.quoted"} <= out
    # a relation goes with either end's label, or with its type
    assert "relation.holds.leaders" in rules_outside(["PERSON", "ORG"])
    assert "relation.issued_by.frame" in rules_outside(["PERSON", "TITLE"])
    assert "relation.holds.adjacent" in rules_outside(["PERSON", "TITLE"], ["ISSUED_BY"])
    assert "lexicon" not in rules_outside(["PERSON"])
    assert "lexicon" in rules_outside(["GPE"])


# ---- the spies: the step really is not called -------------------------------------------------


def _spy(monkeypatch: pytest.MonkeyPatch, key: str) -> list[str]:
    calls: list[str] = []
    mod, name = _module_and_name(key)
    real = getattr(mod, name)

    def spy(*a: Any, **k: Any) -> Any:
        calls.append(key)
        return real(*a, **k)

    monkeypatch.setattr(mod, name, spy)
    return calls


@pytest.mark.parametrize("key", sorted(STEP_RULES))
def test_a_step_whose_rules_are_all_off_is_not_called(
    monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    text = MADE_UP[0]
    calls = _spy(monkeypatch, key)
    if key != TOWNS:  # (run only where find_locations is not)
        suggest(text)
        assert calls, f"{key} is not called by default: the spy cannot fail"
    calls.clear()
    rules = STEP_RULES[key] | (STEP_RULES[TOWNS] if key == "places.find_locations" else set())
    suggest(text, disabled=[*DEFAULT_OFF, *rules])
    assert calls == []


def test_find_locations_gives_way_to_its_towns(monkeypatch: pytest.MonkeyPatch) -> None:
    locs = _spy(monkeypatch, "places.find_locations")
    towns = _spy(monkeypatch, TOWNS)
    suggest(MADE_UP[1], disabled=[*DEFAULT_OFF, "loc"])
    assert (locs, towns) == ([], [TOWNS])
    towns.clear()
    suggest(MADE_UP[1])
    assert (locs, towns) == (["places.find_locations"], [])


def test_the_directive_reading_is_not_called(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = engine.find_directives

    def spy(*a: Any, **k: Any) -> Any:
        calls.append(1)
        return real(*a, **k)

    monkeypatch.setattr(engine, "find_directives", spy)
    sug = suggest(MADE_UP[0], keep_sentences=True)
    assert calls and any(s.label == "DIRECTIVE" for s in sug.spans)
    calls.clear()
    sug = suggest(MADE_UP[0], disabled=[*DEFAULT_OFF, "directive"], keep_sentences=True)
    assert calls == []
    assert not any(s.label == "DIRECTIVE" for s in sug.spans)
    assert not any(t == "ISSUED_BY" for t, _, _ in sug.relations)
    # one directive rule left on: the reading runs
    on = sorted(DIRECTIVE_RULES - {"directive.marker"})
    suggest(MADE_UP[0], disabled=[*DEFAULT_OFF, *on])
    assert calls


def test_the_towns_part_is_what_find_locations_reads_as_gpe(texts: list[str]) -> None:
    from civannot.preannotate.common import Doc, rules

    for text in texts:
        whole, towns = Doc(text, rules()), Doc(text, rules())
        places.find_locations(whole)
        places.find_location_towns(towns)
        gpe = [(c.start, c.end, c.label, c.rule, c.prio) for c in whole.cands if c.label == "GPE"]
        assert gpe == [(c.start, c.end, c.label, c.rule, c.prio) for c in towns.cands]


# ---- the output: the same as dropping after, or the decided difference ------------------------

WITHOUT_LOC_SLOGAN_DOC = sorted(
    rules_outside(
        ["PERSON", "TITLE", "ORG", "GPE", "DATE", "DIRECTIVE"], ["HOLDS_TITLE", "ISSUED_BY"]
    )
)
SAME = {
    "directive": ["directive"],
    "slogan+doc+date": ["slogan", "doc", "date"],
    "loc": ["loc"],
    "schema without LOC, SLOGAN, DOC": WITHOUT_LOC_SLOGAN_DOC,
    "org": ["org"],
    "person.visit": ["person.visit"],
    "person.meeting_role": ["person.meeting_role"],
    "loc.venue": ["loc.venue"],
    "title.appointment": ["title", "relation.holds.appointment", "person.appointment"],
}


@pytest.mark.parametrize("name", sorted(SAME))
def test_the_output_is_the_one_of_the_rules_left_on(
    name: str, texts: list[str], drop_after: Callable[[str, list[str]], Any]
) -> None:
    disabled = [*DEFAULT_OFF, *SAME[name]]
    assert skipped_steps(resolve_disabled(disabled)), name
    for text in texts:
        assert _output(text, disabled) == drop_after(text, disabled), text[:60]


# A name step that is off no longer claims its names first: where the name is known from another
# rule, person.repeat reads that mention (and a frame after it issues to it), as it reads every
# other mention of the name. Dropping after, the step's own candidate kept person.repeat out and
# then went, leaving nothing: the rule that is off shaped the rest. With person.frame off,
# dropping after even sent the frame's directives to the speaker before it (carried): 钱某某在主持
# 会议时表示，… issued by the previous speaker; now by 钱某某, read as a further mention.
REPEAT_TAKES_OVER = {
    "person.comrade": ["person.comrade"],
    "person.dotted": ["person.dotted"],
    "person.frame": ["person.frame"],
    "person.party": ["person.party"],
    "person.leaders_list": ["person.leaders_list"],
}


@pytest.mark.parametrize("name", sorted(REPEAT_TAKES_OVER))
def test_a_name_rule_off_leaves_its_names_to_their_repeats(
    name: str, texts: list[str], drop_after: Callable[[str, list[str]], Any]
) -> None:
    disabled = [*DEFAULT_OFF, *REPEAT_TAKES_OVER[name]]
    assert skipped_steps(resolve_disabled(disabled)), name
    for text in texts:
        (spans, rels), (old, old_rels) = _output(text, disabled), drop_after(text, disabled)
        assert old <= spans, text[:60]
        added = spans - old
        assert {r for *_, r in added} <= {"person.repeat"}, text[:60]
        new_ends = {a[:3] for a in added}
        assert all(h in new_ends or t in new_ends for _, h, t, _ in rels - old_rels)
        # an ISSUED_BY edge that went: its directive now issues to the name read again (the
        # frame's own name; dropping after, the edge was carried from an earlier speaker)
        moved = {h for t, h, tl, _ in rels - old_rels if t == "ISSUED_BY" and tl in new_ends}
        assert all(t == "ISSUED_BY" and h in moved for t, h, _, _ in old_rels - rels), text[:60]


def test_a_comrade_named_before_is_read_as_a_repeat_when_person_comrade_is_off(
    drop_after: Callable[[str, list[str]], Any],
) -> None:
    text = "县委书记霍云舟出席会议。会议要求，要认真学习霍云舟同志的讲话精神。"
    disabled = [*DEFAULT_OFF, "person.comrade"]
    at = text.rindex("霍云舟")
    spans, _ = _output(text, disabled)
    assert (at, at + 3, "PERSON", "person.repeat") in spans
    old, _ = drop_after(text, disabled)
    assert not any(s[0] == at for s in old)
    # on, the comrade rule reads it
    assert (at, at + 3, "PERSON", "person.comrade") in _output(text, list(DEFAULT_OFF))[0]
