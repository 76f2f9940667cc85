"""Choosing a reading of a GBK repair flag rewrites the clean text: map, flags, spans of every
layer, search index, all in one undoable step (Session.choose_repair)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from civannot.flag_review import damaged_reading, other_readings, repair_choice
from civannot.project import Project
from civannot.records import DocumentInput, Flag, LayerInput, Span
from civannot.session import Session, SessionError
from civannot.text import OffsetMap, normalize
from civannot.text.punctuation import FULL

FOLD = {v: k for k, v in FULL.items()}
# Fictional article. Damage at two characters (DESIGN §4 recipe): 法 of 政法委 (several readings,
# none clear: the normaliser writes one U+FFFD per character, `��`, and the lead rejects that —
# see loose_document) and 对 of 对照 (repaired, clear margin).
CLEAN = (
    "10月13日，市委政法委书记张国旺主持召开创建全国文明城市工作推进会。"
    "张国旺强调，各级各部门要对照测评体系，扎实开展问题整改。"
)
DAMAGED_AT = (10, 47)


def damage(text: str, positions: tuple[int, ...]) -> str:
    """Encode GBK, replace the lead byte of each character at `positions` with `?`, decode with
    errors="replace", fold full-width punctuation to ASCII."""
    out = bytearray()
    for i, ch in enumerate(text):
        b = ch.encode("gbk")
        if i in positions:
            assert len(b) == 2
            b = b"?" + b[1:]
        out += b
    decoded = out.decode("gbk", errors="replace")
    return "".join(FOLD.get(c, c) for c in decoded)


RAW = damage(CLEAN, DAMAGED_AT)


def loose_document(work: Path) -> tuple[str, str | None, list[Flag]]:
    """(clean text, offset map, flags) of the article once the lead has rejected the
    normaliser's reading of the first run. Nothing in that run is certain, so the normaliser
    writes one U+FFFD per character with its readings offered; rejecting that puts the garbled
    text back, and the flag is an unrepaired one whose readings are shorter than the damage: the
    flag whose choices these tests check. (Since session 10 the normaliser leaves almost no run
    it weighed as garbled text: 2 runs in 1,008 damaged development articles, both beside Latin
    letters.) Made in a project of its own, so the fixture's project has no history of it."""
    n = normalize(RAW)
    first = next(i for i, f in enumerate(n.flags) if f.kind == "gbk_repair")
    assert n.flags[first].applied == "\ufffd" * 2  # nothing certain
    with Project.create(work / "rejected-first.civ") as p:
        doc = DocumentInput("a1", n.text, raw=RAW, offset_map=n.offset_map.dumps(), flags=n.flags)
        p.import_batch([(doc, [])])
        doc_id = p.document_id("a1")
        Session(p, "lee").choose_repair(doc_id, first, n.flags[first].alternatives[-1])
        out = p.document(doc_id)
        return out.text, out.offset_map, out.flags


def snapshot(p: Project, doc_id: int) -> dict:
    """Everything a repair choice may touch, as stored (timestamps of span rows aside)."""
    D, S, R = p.m.Document, p.m.Span, p.m.Relation
    doc = (
        D.select(D.clean, D.length, D.offset_map, D.flags, D.flag_count, D.raw, D.content_hash)
        .where(D.id == doc_id)
        .tuples()
        .get()
    )
    spans = list(
        S.select(S.id, S.layer, S.start, S.end, S.label, S.text, S.origin, S.author, S.confidence)
        .where(S.document == doc_id)
        .order_by(S.id)
        .tuples()
    )
    rels = list(
        R.select(R.id, R.layer, R.type, R.head, R.tail, R.author)
        .where(R.document == doc_id)
        .order_by(R.id)
        .tuples()
    )
    return {"doc": doc, "spans": spans, "relations": rels}


def fts_consistent(p: Project) -> bool:
    try:
        p.db.execute_sql(
            "INSERT INTO document_search(document_search, rank) VALUES ('integrity-check', 1)"
        )
    except Exception:  # noqa: BLE001 (sqlite reports a corrupt index as an error)
        return False
    return True


def omap(p: Project, doc_id: int) -> OffsetMap:
    doc = p.document(doc_id)
    if doc.offset_map is None:
        return OffsetMap.identity(len(doc.text))
    return OffsetMap.loads(doc.offset_map, len(doc.text))


def check_map_against_raw(p: Project, doc_id: int, damaged: list[tuple[int, int]]) -> None:
    """Every clean character maps to a raw range holding that character (or its ASCII fold),
    except inside the `damaged` clean ranges, which map to raw damage."""
    doc = p.document(doc_id)
    ranges = omap(p, doc_id).per_char()
    assert len(ranges) == len(doc.text)
    prev = (0, 0)
    for i, (a, b) in enumerate(ranges):
        assert 0 <= a <= b <= len(doc.raw)
        assert (a, b) >= prev  # monotone
        prev = (a, b)
        if any(s <= i < e for s, e in damaged):
            continue
        assert doc.raw[a:b] in (doc.text[i], FOLD.get(doc.text[i])), (i, doc.text[i], a, b)


@pytest.fixture
def setup(tmp_path):
    text, offset_map, flags = loose_document(tmp_path)
    repairs = [i for i, f in enumerate(flags) if f.kind == "gbk_repair"]
    assert len(repairs) == 2
    loose, fixed = (flags[i] for i in repairs)
    # the first damage is back in the text, unrepaired, the second repaired to the original words
    assert loose.applied is None and text[loose.start : loose.end].startswith("?")
    assert loose.status == "rejected" and "法委" in loose.alternatives
    assert fixed.applied == "对照测评体系，" and text[fixed.start : fixed.end] == fixed.applied
    assert fixed.alternatives[-1] == RAW[RAW.index("?", 20) :][: len(fixed.alternatives[-1])]

    def at(s: str, nth: int = 0) -> int:
        i = -1
        for _ in range(nth + 1):
            i = text.index(s, i + 1)
        return i

    sent_end = at("会。") + 2
    alice = [
        Span(0, 6, "DATE"),  # before the repair
        Span(at("市委"), sent_end, "DIRECTIVE"),  # contains it
        Span(at("张国旺", 0), at("张国旺", 0) + 3, "PERSON"),  # after it
        Span(at("对照"), at("对照") + 6, "DOC"),  # inside the second flag (cut later)
    ]
    auto = [
        Span(at("市委"), at("市委") + 2, "TITLE", origin="suggestion", confidence=0.8),  # before
        Span(loose.end - 2, loose.end + 2, "PERSON", origin="suggestion", confidence=0.5),  # cut
        Span(at("张国旺"), at("张国旺") + 3, "PERSON", origin="suggestion", confidence=0.9),
    ]
    p = Project.create(tmp_path / "p.civ")
    doc = DocumentInput(external_id="a1", text=text, raw=RAW, offset_map=offset_map, flags=flags)
    p.import_batch(
        [
            (
                doc,
                [
                    LayerInput(
                        "alice",
                        [Span(s.start, s.end, s.label) for s in alice],
                        [("ISSUED_BY", 1, 2)],
                    ),
                    LayerInput("auto", auto, [("HOLDS_TITLE", 1, 0), ("HOLDS_TITLE", 2, 0)]),
                ],
            )
        ]
    )
    session = Session(p, "alice")
    doc_id = p.document_id("a1")
    yield session, doc_id, repairs
    session.close()


def test_choose_another_reading_rewrites_text_map_spans_flags_and_search(setup) -> None:
    session, doc_id, (i_loose, i_fixed) = setup
    p = session.project
    before = snapshot(p, doc_id)
    doc = p.document(doc_id)
    text = doc.text
    loose = doc.flags[i_loose]
    fixed_before = doc.flags[i_fixed]
    raw_range = omap(p, doc_id).to_raw(loose.start, loose.end)
    original = text[loose.start : loose.end]
    assert RAW[raw_range[0] : raw_range[1]] == original
    choice = next(a for a in loose.alternatives if len(a) != len(original))
    delta = len(choice) - len(original)
    seen = []
    session.subscribe(seen.append)
    spans_before = {s.id: ("alice", s) for s in p.spans(doc_id, "alice")}
    spans_before |= {s.id: ("auto", s) for s in p.spans(doc_id, "auto")}

    change = session.choose_repair(doc_id, i_loose, choice)

    assert seen == [change] and change.text_changed and change.flags_changed
    assert change.doc_id == doc_id and not change.undo
    new = p.document(doc_id)
    expected = text[: loose.start] + choice + text[loose.end :]
    assert new.text == expected and new.raw == RAW
    assert session.text(doc_id) == expected  # the session's cache follows
    assert p.document_infos()[0].length == len(expected)
    # the flag: chosen reading in place, first among the readings; the original still there
    flag = new.flags[i_loose]
    assert (flag.start, flag.end, flag.status, flag.applied) == (
        loose.start,
        loose.start + len(choice),
        "chosen",
        choice,
    )
    assert flag.alternatives[0] == choice and flag.alternatives[-1] == original
    assert set(flag.alternatives) == {*loose.alternatives, original}
    assert damaged_reading(flag, new.text) == original
    # the other flag moved with the text and still names its reading
    other = new.flags[i_fixed]
    assert (other.start, other.end) == (fixed_before.start + delta, fixed_before.end + delta)
    assert new.text[other.start : other.end] == other.applied
    assert p.document_infos()[0].flag_count == sum(f.status == "open" for f in new.flags)

    # offset map: the replaced range maps to the flag's raw range, everything else to itself
    m = omap(p, doc_id)
    for k in range(loose.start, loose.start + len(choice)):
        assert m.char(k) == raw_range
    old_ranges = OffsetMap.loads(doc.offset_map, len(text)).per_char()
    new_ranges = m.per_char()
    assert new_ranges[: loose.start] == old_ranges[: loose.start]
    assert new_ranges[loose.start + len(choice) :] == old_ranges[loose.end :]
    check_map_against_raw(p, doc_id, [(flag.start, flag.end), (other.start, other.end)])

    # spans of both layers
    after = {}
    for layer in ("alice", "auto"):
        for s in p.spans(doc_id, layer):
            after[s.id] = (layer, s)
            assert s.text == new.text[s.start : s.end]
    removed = set(spans_before) - set(after)
    assert {spans_before[i][1].label for i in removed} == {"PERSON"}
    (cut_id,) = removed
    assert spans_before[cut_id][0] == "auto"
    assert change.spans_removed == [cut_id]
    for sid, (layer, s) in after.items():
        old = spans_before[sid][1]
        if old.end <= loose.start:
            assert (s.start, s.end, s.text) == (old.start, old.end, old.text)
        elif old.start >= loose.end:
            assert (s.start, s.end, s.text) == (old.start + delta, old.end + delta, old.text)
        else:  # the DIRECTIVE containing the repair grows or shrinks with it
            assert s.label == "DIRECTIVE" and layer == "alice"
            assert (s.start, s.end) == (old.start, old.end + delta)
            assert choice in s.text and original not in s.text
    moved = {s.id for s in change.spans_changed}
    assert moved == {
        sid for sid, (_, s) in spans_before.items() if sid != cut_id and s.end > loose.start
    }
    # relations: the suggestion cut by the repair took its relation along; the others stay
    auto_rels = p.relations(doc_id, "auto")
    assert len(auto_rels) == 1 and cut_id not in (auto_rels[0].head, auto_rels[0].tail)
    assert len(p.relations(doc_id, "alice")) == 1
    assert len(change.relations_removed) == 1

    # history: one row per moved span, the removal, and the text itself
    H = p.m.SpanHistory
    rows = list(H.select(H.action, H.span_id, H.before, H.after).where(H.document == doc_id))
    rows = [r for r in rows if r.action != "add"]  # the import's rows
    assert sorted(r.span_id for r in rows if r.action == "change") == sorted(moved)
    assert [r.span_id for r in rows if r.action == "remove"] == [cut_id]
    (text_row,) = [r for r in rows if r.action == "text"]
    assert json.loads(text_row.before)["text"] == original
    assert json.loads(text_row.after)["text"] == choice

    # search finds the new reading, not the damage
    assert p.search(choice[:3]) == [doc_id]
    assert p.search(choice + text[loose.end : loose.end + 2]) == [doc_id]  # across the seam
    assert p.search(original[1:4]) == []
    assert fts_consistent(p)

    done = snapshot(p, doc_id)
    # undo: everything as it was, row for row
    change_u = session.undo()
    assert change_u.undo and change_u.text_changed
    assert snapshot(p, doc_id) == before
    assert session.text(doc_id) == text
    assert p.search(original[1:4]) == [doc_id] and p.search(choice[:3]) == []
    assert fts_consistent(p)
    # redo: the same rows again, with the same ids
    session.redo()
    assert snapshot(p, doc_id) == done
    assert session.text(doc_id) == expected
    assert fts_consistent(p)
    # spans typed after the repair use the new offsets
    ch = session.add_span(doc_id, flag.start, flag.end, "PERSON")
    assert ch.spans_added[0].text == choice


def test_reject_puts_the_damage_back_and_accept_keeps_the_text(setup) -> None:
    session, doc_id, (_, i_fixed) = setup
    p = session.project
    before = snapshot(p, doc_id)
    doc = p.document(doc_id)
    fixed = doc.flags[i_fixed]
    original = damaged_reading(fixed, doc.text)
    assert original.startswith("?") and len(original) != len(fixed.applied)
    raw_start, raw_end = omap(p, doc_id).to_raw(fixed.start, fixed.end)

    session.choose_repair(doc_id, i_fixed, original)
    new = p.document(doc_id)
    flag = new.flags[i_fixed]
    assert new.text[flag.start : flag.end] == original
    assert (flag.status, flag.applied) == ("rejected", None)
    assert fixed.applied in flag.alternatives and original not in flag.alternatives
    # the damage maps back character for character
    m = omap(p, doc_id)
    assert [m.char(k) for k in range(flag.start, flag.end)] == [
        (raw_start + k, raw_start + k + 1) for k in range(len(original))
    ]
    check_map_against_raw(p, doc_id, [(f.start, f.end) for f in new.flags if f.end > f.start])
    # the DOC span inside the repaired words was cut by the rejection
    assert "DOC" not in {s.label for s in p.spans(doc_id, "alice")}

    # change of mind: the repair again (chosen, and it is the normaliser's reading)
    session.choose_repair(doc_id, i_fixed, fixed.applied)
    again = p.document(doc_id)
    assert again.text == doc.text
    assert again.flags[i_fixed].status == "chosen"
    assert again.flags[i_fixed].alternatives[-1] == original
    assert omap(p, doc_id).per_char() == OffsetMap.loads(doc.offset_map, len(doc.text)).per_char()

    # accept: status only, text untouched, still one undo step
    ch = session.choose_repair(doc_id, i_fixed, None)
    assert ch.flags_changed and not ch.text_changed
    assert p.document(doc_id).flags[i_fixed].status == "accepted"
    assert p.document(doc_id).text == doc.text
    with pytest.raises(SessionError, match="already accepted"):
        session.choose_repair(doc_id, i_fixed, None)
    for _ in range(3):
        session.undo()
    assert snapshot(p, doc_id) == before


def test_bad_choices_are_refused_and_change_nothing(setup) -> None:
    session, doc_id, (i_loose, _) = setup
    p = session.project
    before = snapshot(p, doc_id)
    doc = p.document(doc_id)
    for args, msg in (
        ((doc_id, i_loose, "不在其中"), "does not fit the damaged bytes"),
        ((doc_id, i_loose, ""), "empty reading"),
        ((doc_id, 99, None), "no flag 99"),
        ((999, 0, None), "no document 999"),
    ):
        with pytest.raises(SessionError, match=msg) as e:
            session.choose_repair(*args)
        assert "\n" not in str(e.value)
    others = [i for i, f in enumerate(doc.flags) if f.kind != "gbk_repair"]
    for i in others:
        with pytest.raises(SessionError, match="no readings"):
            session.choose_repair(doc_id, i, None)
    assert snapshot(p, doc_id) == before
    assert not session.can_undo


def test_text_changed_elsewhere_is_refused_on_undo(setup) -> None:
    session, doc_id, (i_loose, _) = setup
    p = session.project
    doc = p.document(doc_id)
    session.choose_repair(doc_id, i_loose, other_readings(doc.flags[i_loose], doc.text)[0])
    # another program rewrites the text meanwhile: undo must not put back a stale text
    cur = p.document(doc_id)
    p.db.execute_sql(
        "UPDATE document SET clean = ?, length = ? WHERE id = ?",
        (cur.text + "。", len(cur.text) + 1, doc_id),
    )
    with pytest.raises(SessionError, match="changed elsewhere"):
        session.undo()
    assert p.document(doc_id).text == cur.text + "。"


def test_repair_choice_readings_stay_consistent() -> None:
    text = "市委书记X记张主持"
    f = Flag("gbk_repair", 4, 6, "", 0.5, "X记", ["Y记", "Z", "?记"])
    chosen, reading = repair_choice(f, text, "Z")
    assert reading == "Z" and chosen.end == 5 and chosen.alternatives == ["Z", "X记", "Y记", "?记"]
    new_text = text[:4] + "Z" + text[6:]
    assert other_readings(chosen, new_text) == ["X记", "Y记", "?记"]
    rejected, reading = repair_choice(chosen, new_text, "?记")
    assert reading == "?记" and rejected.applied is None
    assert rejected.alternatives == ["Z", "X记", "Y记"]
    with pytest.raises(ValueError, match="text has"):
        repair_choice(f, "市委书记QQ记张主持", None)


def test_a_flag_without_its_damaged_original_can_still_change_reading() -> None:
    text = "市委书记张国旺"
    f = Flag("gbk_repair", 4, 6, "", 0.5, "张国", ["章国"])  # made elsewhere: no `?` original
    assert damaged_reading(f, text) is None
    chosen, reading = repair_choice(f, text, "章国")
    assert reading == "章国" and chosen.status == "chosen"
    assert chosen.alternatives == ["章国", "张国"]
    back, reading = repair_choice(chosen, "市委书记章国旺", "张国")
    assert reading == "张国" and back.status == "chosen" and back.alternatives[0] == "张国"
