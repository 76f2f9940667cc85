"""Repair decisions made in a bundle come back on import: replayed in the lead (text, map, flags,
spans of every layer), conflicting decisions resolved by time, other annotators' bundles of the
same document mapped onto the new text."""

from __future__ import annotations

import json

import pytest

from civannot.bundle import BundleError, checkpoint, export_bundle, import_bundles
from civannot.flag_review import review_flag
from civannot.project import Project
from civannot.records import DocumentInput, Flag, LayerInput, Span
from civannot.session import Session
from tests.test_repair_choice import RAW, loose_document

LOOSE, FIXED, PINYIN = 0, 1, 2  # flag indexes in the damaged document
PLAIN = "今天王明远书记在会议上讲话，市委办公室负责落实。"


def dump(target) -> list[str]:
    from tests.test_bundle import dump as dump_project

    return dump_project(target)


def triples(project: Project, doc: int, layer: str) -> list[tuple[int, int, str, str]]:
    return sorted((s.start, s.end, s.label, s.text) for s in project.spans(doc, layer))


def at(text: str, s: str, nth: int = 0) -> int:
    i = -1
    for _ in range(nth + 1):
        i = text.index(s, i + 1)
    return i


@pytest.fixture
def lead(tmp_path):
    # the first repair flag unrepaired (its U+FFFD rejected by the lead), the second repaired
    text, offset_map, repairs = loose_document(tmp_path)
    assert [(f.kind, f.applied is None) for f in repairs] == [
        ("gbk_repair", True),
        ("gbk_repair", False),
    ]
    flags = [*repairs, Flag("pinyin", 0, 0, "pinyin density")]
    p = Project.create(tmp_path / "lead.civ")
    person = at(text, "张国旺")
    p.import_batch(
        [
            (
                DocumentInput("a1", text, raw=RAW, offset_map=offset_map, flags=flags),
                [
                    LayerInput(
                        "alice",
                        [
                            Span(0, 6, "DATE", text[0:6]),  # before both repairs
                            Span(person, person + 3, "PERSON", text[person : person + 3]),
                        ],
                    ),
                    LayerInput("auto", [Span(person, person + 3, "PERSON", origin="suggestion")]),
                    LayerInput("lee", [Span(person, person + 3, "PERSON")]),
                ],
            ),
            (DocumentInput("a2", PLAIN), []),
        ]
    )
    docs = [p.document_id("a1"), p.document_id("a2")]
    p.assign([(d, a) for d in docs for a in ("alice", "bob")])
    yield p
    p.close()


def export(lead: Project, who: str, tmp_path) -> str:
    path = tmp_path / f"{who}.civ"
    export_bundle(lead, who, path)
    return str(path)


def annotate(path: str, who: str, work) -> None:
    """Work in a bundle as its annotator would (a session on the bundle file)."""
    s = Session.open(path, who)
    try:
        work(s, s.project.document_id("a1"))
    finally:
        s.close()


def history(project: Project, doc: int, action: str) -> list:
    H = project.m.SpanHistory
    return list(H.select().where((H.document == doc) & (H.action == action)).order_by(H.id))


def test_a_repair_chosen_in_the_bundle_is_replayed_in_the_lead(lead, tmp_path) -> None:
    path = export(lead, "alice", tmp_path)
    doc = lead.document_id("a1")
    old = lead.document(doc)
    loose = old.flags[LOOSE]
    choice = next(a for a in loose.alternatives if len(a) != loose.end - loose.start)
    delta = len(choice) - (loose.end - loose.start)
    assert delta != 0

    def work(s: Session, d: int) -> None:
        s.choose_repair(d, LOOSE, choice)
        t = s.text(d)
        s.add_span(d, at(t, "市委"), at(t, "市委") + 2, "ORG")  # before the repair
        s.add_span(d, at(t, "各级各部门"), at(t, "各级各部门") + 5, "ORG")  # after it
        s.add_span(d, at(t, "市委"), at(t, "会。") + 2, "DIRECTIVE")  # containing it
        p = s.project
        # an exported span the repair moved, then edited: the edit comes across as such
        (person,) = [x for x in p.spans(d, "alice") if x.label == "PERSON"]
        s.resize_span(person.id, person.start, person.end - 1)
        p.set_flags(d, review_flag(p.document(d).flags, PINYIN, "accept"), author="alice")

    annotate(path, "alice", work)
    with Project.open(path) as b:
        bdoc = b.document(b.document_id("a1"))
        b_alice = triples(b, bdoc.id, "alice")
        b_auto = triples(b, bdoc.id, "auto")

    summary = import_bundles(lead, [path])
    (r,) = summary.bundles
    assert (r.flags_decided, r.texts_changed, r.spans_added, r.spans_changed) == (2, 1, 3, 1)
    assert r.conflicts == []
    assert "flags decided 2, texts rewritten 1" in summary.render()
    new = lead.document(doc)
    assert new.text == bdoc.text == old.text[: loose.start] + choice + old.text[loose.end :]
    assert new.offset_map == bdoc.offset_map
    assert [f.to_json() for f in new.flags] == [f.to_json() for f in bdoc.flags]
    assert new.flags[PINYIN].status == "accepted" and new.flags[LOOSE].status == "chosen"
    # the annotator's spans at the bundle's offsets, the others moved by the same change
    assert triples(lead, doc, "alice") == b_alice
    assert triples(lead, doc, "auto") == b_auto
    person = at(new.text, "张国旺")
    assert triples(lead, doc, "lee") == [(person, person + 3, "PERSON", "张国旺")]
    assert person == at(old.text, "张国旺") + delta
    for layer in ("alice", "auto", "lee"):
        for s in lead.spans(doc, layer):
            assert new.text[s.start : s.end] == s.text
    # provenance: the decisions with who and when, the text change, all from the bundle
    flag_rows = history(lead, doc, "flag")
    assert {json.loads(h.after)["index"] for h in flag_rows} == {LOOSE, PINYIN}
    for h in flag_rows:
        assert h.source.startswith("bundle:alice.civ@") and h.author == "alice"
        assert json.loads(h.after)["decided"]["by"] == "alice"
    (text_row,) = history(lead, doc, "text")
    assert json.loads(text_row.after)["text"] == choice
    assert text_row.source.startswith("bundle:")
    moved = [h for h in history(lead, doc, "change") if h.source.startswith("bundle:")]
    assert {h.layer for h in moved} == {"alice", "auto", "lee"}
    assert lead.search(choice) == [doc]

    # idempotent: the same bundle again changes nothing at all
    checkpoint(lead)
    before = dump(lead)
    again = import_bundles(lead, [path])
    assert not again.bundles[0].changed_anything
    checkpoint(lead)
    assert dump(lead) == before


def test_a_second_bundle_without_the_decision_follows_the_new_text(lead, tmp_path) -> None:
    alice = export(lead, "alice", tmp_path)
    bob = export(lead, "bob", tmp_path)
    doc = lead.document_id("a1")
    old = lead.document(doc)
    loose = old.flags[LOOSE]
    choice = next(a for a in loose.alternatives if len(a) != loose.end - loose.start)
    delta = len(choice) - (loose.end - loose.start)
    annotate(alice, "alice", lambda s, d: s.choose_repair(d, LOOSE, choice))

    def bob_work(s: Session, d: int) -> None:
        t = s.text(d)
        s.add_span(d, 0, 6, "DATE")
        s.add_span(d, at(t, "张国旺"), at(t, "张国旺") + 3, "PERSON")
        s.add_span(d, at(t, "市委"), at(t, "会。") + 2, "DIRECTIVE")  # contains the repair
        s.set_status(d, "done")

    annotate(bob, "bob", bob_work)
    import_bundles(lead, [alice])
    summary = import_bundles(lead, [bob])
    (r,) = summary.bundles
    assert (r.spans_added, r.flags_decided, r.texts_changed) == (3, 0, 0)
    new = lead.document(doc)
    assert new.text == old.text[: loose.start] + choice + old.text[loose.end :]
    person = at(old.text, "张国旺") + delta
    ds, de = at(old.text, "市委"), at(old.text, "会。") + 2 + delta
    assert triples(lead, doc, "bob") == [
        (0, 6, "DATE", new.text[0:6]),
        (ds, de, "DIRECTIVE", new.text[ds:de]),
        (person, person + 3, "PERSON", "张国旺"),
    ]
    assert choice in triples(lead, doc, "bob")[1][3]
    assert lead.status(doc, "bob") == "done"
    assert new.flags[LOOSE].status == "chosen"  # bob's untouched flag does not undo alice's
    # bob's bundle again: nothing
    checkpoint(lead)
    before = dump(lead)
    assert not any(r.changed_anything for r in import_bundles(lead, [bob, alice]).bundles)
    checkpoint(lead)
    assert dump(lead) == before


def test_both_bundles_in_one_import_and_a_span_the_repair_cuts_is_refused(lead, tmp_path) -> None:
    alice = export(lead, "alice", tmp_path)
    bob = export(lead, "bob", tmp_path)
    doc = lead.document_id("a1")
    loose = lead.document(doc).flags[LOOSE]
    choice = next(a for a in loose.alternatives if len(a) != loose.end - loose.start)
    annotate(alice, "alice", lambda s, d: s.choose_repair(d, LOOSE, choice))
    # bob marks a name inside the damaged run: alice's reading replaces those characters
    annotate(bob, "bob", lambda s, d: s.add_span(d, loose.start + 1, loose.start + 3, "PERSON"))
    checkpoint(lead)
    before = dump(lead)
    with pytest.raises(BundleError, match="bob.civ: document a1: PERSON .* cut") as e:
        import_bundles(lead, [alice, bob])
    assert "\n" not in str(e.value)
    checkpoint(lead)
    assert dump(lead) == before  # alice's bundle was not written either
    assert import_bundles(lead, [alice]).bundles[0].texts_changed == 1


def test_conflicting_decisions_the_newer_wins(lead, tmp_path) -> None:
    """The project rejects the clear repair, the annotator later picks another reading: the
    bundle's decision wins, the project's goes to the history, the project's spans follow."""
    path = export(lead, "alice", tmp_path)
    doc = lead.document_id("a1")
    old = lead.document(doc)
    fixed = old.flags[FIXED]
    original = fixed.alternatives[-1]
    reading = fixed.alternatives[0]
    assert len(original) != len(reading) == fixed.end - fixed.start
    lead_s = Session(lead, "lee")
    lead_s.choose_repair(doc, FIXED, original)  # first, in the project
    t = lead.document(doc).text
    lead_s.add_span(doc, at(t, "扎实"), at(t, "扎实") + 2, "SLOGAN")  # after it, project's text

    def work(s: Session, d: int) -> None:
        s.choose_repair(d, FIXED, reading)  # later, in the bundle
        t = s.text(d)
        s.add_span(d, at(t, "问题整改"), at(t, "问题整改") + 4, "DOC")

    annotate(path, "alice", work)
    summary = import_bundles(lead, [path])
    (r,) = summary.bundles
    assert any("flag 2 (gbk_repair)" in c and "the bundle's kept" in c for c in r.conflicts)
    new = lead.document(doc)
    with Project.open(path) as b:
        assert new.text == b.document(b.document_id("a1")).text
    assert new.text[fixed.start : fixed.start + len(reading)] == reading
    assert new.flags[FIXED].status == "chosen" and new.flags[FIXED].applied == reading
    slogan = [s for s in lead.spans(doc, "lee") if s.label == "SLOGAN"]
    assert [(s.start, new.text[s.start : s.end], s.text) for s in slogan] == [
        (at(new.text, "扎实"), "扎实", "扎实")
    ]
    (d,) = [s for s in lead.spans(doc, "alice") if s.label == "DOC"]
    assert d.text == new.text[d.start : d.end] == "问题整改"
    (c,) = [h for h in history(lead, doc, "conflict") if "flag" in json.loads(h.before)]
    assert json.loads(c.before)["flag"]["status"] == "rejected"  # the losing decision
    assert json.loads(c.after)["flag"]["applied"] == reading
    checkpoint(lead)
    before = dump(lead)
    assert not import_bundles(lead, [path]).bundles[0].changed_anything
    checkpoint(lead)
    assert dump(lead) == before


def test_conflicting_decisions_the_project_decided_later(lead, tmp_path) -> None:
    path = export(lead, "alice", tmp_path)
    doc = lead.document_id("a1")
    fixed = lead.document(doc).flags[FIXED]
    original = fixed.alternatives[-1]
    reading = fixed.alternatives[0]

    def work(s: Session, d: int) -> None:
        s.choose_repair(d, FIXED, reading)  # first, in the bundle
        t = s.text(d)
        s.add_span(d, at(t, "问题整改"), at(t, "问题整改") + 4, "DOC")

    annotate(path, "alice", work)
    Session(lead, "lee").choose_repair(doc, FIXED, original)  # later, in the project
    mid = lead.document(doc)
    summary = import_bundles(lead, [path])
    (r,) = summary.bundles
    assert any("flag 2" in c and "the project's kept" in c for c in r.conflicts)
    assert (r.flags_decided, r.texts_changed, r.spans_added) == (0, 0, 1)
    new = lead.document(doc)
    assert new.text == mid.text and new.flags[FIXED].status == "rejected"
    (d,) = [s for s in lead.spans(doc, "alice") if s.label == "DOC"]
    assert (d.start, d.text) == (at(new.text, "问题整改"), "问题整改")
    checkpoint(lead)
    before = dump(lead)
    assert not import_bundles(lead, [path]).bundles[0].changed_anything
    checkpoint(lead)
    assert dump(lead) == before


def test_a_span_inside_the_losing_reading_refuses_the_bundle(lead, tmp_path) -> None:
    path = export(lead, "alice", tmp_path)
    doc = lead.document_id("a1")
    fixed = lead.document(doc).flags[FIXED]
    reading = fixed.alternatives[0]

    def work(s: Session, d: int) -> None:
        s.choose_repair(d, FIXED, reading)
        s.add_span(d, fixed.start + 2, fixed.start + 6, "DOC")  # inside alice's reading

    annotate(path, "alice", work)
    Session(lead, "lee").choose_repair(doc, FIXED, fixed.alternatives[-1])  # newer
    checkpoint(lead)
    before = dump(lead)
    with pytest.raises(BundleError, match="alice.civ: document a1: DOC .* cut .*nothing"):
        import_bundles(lead, [path])
    checkpoint(lead)
    assert dump(lead) == before


def test_decisions_on_different_flags_on_both_sides_both_stay(lead, tmp_path) -> None:
    path = export(lead, "alice", tmp_path)
    doc = lead.document_id("a1")
    old = lead.document(doc)
    loose, fixed = old.flags[LOOSE], old.flags[FIXED]
    choice = loose.alternatives[1]
    original = fixed.alternatives[-1]
    grow = len(original) - (fixed.end - fixed.start)
    shrink = len(choice) - (loose.end - loose.start)

    def work(s: Session, d: int) -> None:
        s.choose_repair(d, LOOSE, choice)
        t = s.text(d)
        s.add_span(d, at(t, "问题整改"), at(t, "问题整改") + 4, "DOC")  # after both flags

    annotate(path, "alice", work)
    Session(lead, "lee").choose_repair(doc, FIXED, original)  # the project, another flag
    r = import_bundles(lead, [path]).bundles[0]
    assert (r.flags_decided, r.texts_changed, r.conflicts) == (1, 1, [])
    new = lead.document(doc)
    expected = old.text[: loose.start] + choice + old.text[loose.end : fixed.start] + original
    assert new.text == expected + old.text[fixed.end :]
    assert (new.flags[LOOSE].status, new.flags[FIXED].status) == ("chosen", "rejected")
    (d,) = [s for s in lead.spans(doc, "alice") if s.label == "DOC"]
    assert d.start == at(old.text, "问题整改") + grow + shrink
    assert new.text[d.start : d.end] == d.text == "问题整改"
