"""Adjudicating a three-annotator project end to end with the keyboard, then exporting gold."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
from pathlib import Path

import pytest
from helpers import TEXT_A, TEXT_B, layer_input

from civannot.project import Project
from civannot.records import GOLD_LAYER, DocumentInput
from civannot.review import decision_plan, read_none_marks, region_signature
from civannot.session import Session

pytest.importorskip("pytestqt")
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from civannot.ui.adjudication import AdjudicationView  # noqa: E402

# TEXT_A = "10月13日，云川市委书记王明远出席会议并讲话。他强调，各级各部门要压实责任。"
DATE = (0, 6, "DATE")
TITLE_SHORT = (9, 13, "TITLE")  # 市委书记
TITLE_LONG = (7, 13, "TITLE")  # 云川市委书记
PERSON_A = (13, 16, "PERSON")  # 王明远
DIRECTIVE = (TEXT_A.index("各级"), TEXT_A.index("。", 30), "DIRECTIVE")
# TEXT_B = "𠮷田县县长𠮷祥主持会议，市领导李华、赵青出席。" (𠮷 is outside the BMP)
GPE_B = (0, 3, "GPE")
ORG_B = (0, 3, "ORG")
PERSON_B = (5, 7, "PERSON")  # 𠮷祥
PERSON_LI = (15, 17, "PERSON")  # 李华


def build(tmp_path: Path) -> Path:
    assert TEXT_A[slice(*TITLE_SHORT[:2])] == "市委书记"
    assert TEXT_A[slice(*TITLE_LONG[:2])] == "云川市委书记"
    assert TEXT_A[slice(*PERSON_A[:2])] == "王明远"
    assert TEXT_B[slice(*PERSON_B[:2])] == "𠮷祥" and TEXT_B[slice(*PERSON_LI[:2])] == "李华"
    path = tmp_path / "three.civ"
    p = Project.create(path)
    # relations name spans by index in the annotator's span list
    alice_a = [DATE, TITLE_SHORT, PERSON_A, DIRECTIVE]
    bob_a = [DATE, TITLE_LONG, PERSON_A, DIRECTIVE]
    carol_a = [DATE, TITLE_SHORT]
    items = [
        (
            DocumentInput("docA", TEXT_A, title="云川"),
            [
                layer_input("alice", TEXT_A, alice_a, relations=[("HOLDS_TITLE", 2, 1)]),
                layer_input("bob", TEXT_A, bob_a, relations=[("HOLDS_TITLE", 2, 1)]),
                layer_input("carol", TEXT_A, carol_a),
            ],
        ),
        (
            DocumentInput("docB", TEXT_B, title="𠮷田"),
            [
                layer_input("alice", TEXT_B, [GPE_B, PERSON_B, PERSON_LI]),
                layer_input("bob", TEXT_B, [GPE_B, PERSON_B]),
                layer_input("carol", TEXT_B, [ORG_B, PERSON_B]),
            ],
        ),
        # done by one annotator only: nothing to adjudicate there
        (
            DocumentInput("docC", "独自一人标注的文章。"),
            [layer_input("alice", "独自一人标注的文章。", [])],
        ),
    ]
    report = p.import_batch(items)
    assert not report.errors
    p.close()
    return path


def gold_keys(project: Project, doc_id: int) -> list[tuple[int, int, str]]:
    return sorted((s.start, s.end, s.label) for s in project.spans(doc_id, GOLD_LAYER))


def press(qtbot, view: AdjudicationView, key: Qt.Key, mod=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(view.merged, key, mod)


def test_three_annotators_keyboard_walk_then_export(qtbot, tmp_path: Path) -> None:
    from civannot.export import export_project

    path = build(tmp_path)
    session = Session.open(str(path), "lead")
    project = session.project
    view = AdjudicationView(session)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=3000)
    view.merged.setFocus()

    ids = view.document_ids()
    doc_a, doc_b = project.document_id("docA"), project.document_id("docB")
    assert sorted(ids) == sorted([doc_a, doc_b])  # docC has one annotator only
    assert view.open_document(doc_a)
    assert view.participants == ["alice", "bob", "carol"]
    states = [(r.kind, r.state) for r in view.disagreements]
    # TITLE (2 vs 1), PERSON (2 vs 1 without), DIRECTIVE (2 vs 1), then the two relations
    assert states == [
        ("span", "some"),
        ("span", "some"),
        ("span", "some"),
        ("relation", "some"),
        ("relation", "some"),
    ]
    assert view.agreed_missing() == 1  # DATE

    press(qtbot, view, Qt.Key.Key_G)  # copy what everyone agrees on
    assert gold_keys(project, doc_a) == [DATE]
    assert view.region is view.disagreements[0]

    press(qtbot, view, Qt.Key.Key_1)  # alice's 市委书记
    assert gold_keys(project, doc_a) == [DATE, TITLE_SHORT]
    assert view.current == 1  # moved on to PERSON
    press(qtbot, view, Qt.Key.Key_P)  # back to the TITLE
    assert view.current == 0
    press(qtbot, view, Qt.Key.Key_2)  # bob's 云川市委书记: remove + add, one decision
    assert gold_keys(project, doc_a) == [DATE, TITLE_LONG]
    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert gold_keys(project, doc_a) == [DATE, TITLE_SHORT]  # whole decision undone
    press(
        qtbot,
        view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert gold_keys(project, doc_a) == [DATE, TITLE_LONG]
    gold_title = [s for s in project.spans(doc_a, GOLD_LAYER) if s.label == "TITLE"][0]
    assert gold_title.origin == "adjudicated" and gold_title.author == "lead"

    view.current = 1
    press(qtbot, view, Qt.Key.Key_J)  # J = next: the DIRECTIVE
    assert view.region.versions[0].key == DIRECTIVE
    press(qtbot, view, Qt.Key.Key_K)  # K = previous: PERSON
    assert view.region.versions[0].key == PERSON_A
    press(qtbot, view, Qt.Key.Key_3)  # carol's reading: nothing -> none
    assert PERSON_A not in gold_keys(project, doc_a)
    # the relation needs its PERSON: going back and accepting it first
    press(qtbot, view, Qt.Key.Key_P)
    press(qtbot, view, Qt.Key.Key_1)  # alice's PERSON
    assert PERSON_A in gold_keys(project, doc_a)
    # now at DIRECTIVE: tick alice's version with Ctrl+1 and accept ticked with Enter
    assert view.region.versions[0].key == DIRECTIVE
    press(qtbot, view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, view, Qt.Key.Key_Return)
    assert DIRECTIVE in gold_keys(project, doc_a)

    # the relations: bob's HOLDS_TITLE (to 云川市委书记) first, then alice's (to 市委书记)
    assert view.region.kind == "relation"
    assert view.region.versions[0].key == ("HOLDS_TITLE", PERSON_A, TITLE_LONG)
    press(qtbot, view, Qt.Key.Key_2)  # bob's: both endpoints are in gold
    assert [r.type for r in project.relations(doc_a, GOLD_LAYER)] == ["HOLDS_TITLE"]
    assert view.region.versions[0].key == ("HOLDS_TITLE", PERSON_A, TITLE_SHORT)
    press(qtbot, view, Qt.Key.Key_1)  # alice's: its TITLE is not in gold -> refused
    assert "gold first" in view.status.text()
    assert len(project.relations(doc_a, GOLD_LAYER)) == 1
    press(qtbot, view, Qt.Key.Key_X)  # none
    # every disagreement of docA is decided: the view went on to docB
    assert view.doc.id == doc_b
    press(qtbot, view, Qt.Key.Key_G)  # 𠮷祥 agreed by all
    assert gold_keys(project, doc_b) == [PERSON_B]
    assert view.region.versions[0].key[:2] == (0, 3)
    press(qtbot, view, Qt.Key.Key_3)  # carol's ORG over alice's and bob's GPE
    assert view.region.versions[0].key == PERSON_LI
    press(qtbot, view, Qt.Key.Key_1)  # alice's 李华
    assert gold_keys(project, doc_b) == sorted([ORG_B, PERSON_B, PERSON_LI])

    # counts in the document list: nothing open any more
    for r in range(view.docs.rowCount()):
        assert view.docs.item(r, 3).data(Qt.ItemDataRole.DisplayRole) == 0
    assert read_none_marks(project)  # the "none" decisions are remembered

    # the exported gold equals exactly what was chosen
    out = tmp_path / "out"
    report = export_project(project, "jsonl", out, layer=GOLD_LAYER)
    assert not report.cancelled and report.empty_reason is None
    records = {
        rec["id"]: rec
        for rec in (
            json.loads(line) for line in (out / "all.jsonl").read_text("utf-8").splitlines()
        )
    }
    assert set(records) == {"docA", "docB"}
    got_a = sorted((s["start"], s["end"], s["label"]) for s in records["docA"]["spans"])
    got_b = sorted((s["start"], s["end"], s["label"]) for s in records["docB"]["spans"])
    assert got_a == sorted([DATE, TITLE_LONG, PERSON_A, DIRECTIVE])
    assert got_b == sorted([ORG_B, PERSON_B, PERSON_LI])
    for rec, text in ((records["docA"], TEXT_A), (records["docB"], TEXT_B)):
        for s in rec["spans"]:
            assert s["text"] == text[s["start"] : s["end"]]
    by_id = {s["id"]: (s["start"], s["end"], s["label"]) for s in records["docA"]["spans"]}
    exported_rels = [
        (r["type"], by_id[r["head"]], by_id[r["tail"]]) for r in records["docA"]["relations"]
    ]
    assert exported_rels == [("HOLDS_TITLE", PERSON_A, TITLE_LONG)]
    assert records["docB"]["relations"] == []
    view.close()
    session.close()


def test_overlapping_choice_is_refused_and_edit_adds_selection(qtbot, tmp_path: Path) -> None:
    path = build(tmp_path)
    session = Session.open(str(path), "lead")
    project = session.project
    view = AdjudicationView(session)
    qtbot.addWidget(view)
    doc_a = project.document_id("docA")
    view.open_document(doc_a)
    # tick both TITLE versions: they overlap, gold keeps one -> refused with a message
    view.toggle_version(1)
    view.toggle_version(2)
    assert not view.accept_ticked()
    assert "overlap" in view.status.text()
    assert gold_keys(project, doc_a) == []
    # edit: select 云川 in the text and add it as GPE
    cur = view.merged.textCursor()
    cur.setPosition(7)
    cur.setPosition(9, cur.MoveMode.KeepAnchor)
    view.merged.setTextCursor(cur)
    view.label_box.setCurrentText("GPE")
    assert view.add_selection()
    assert gold_keys(project, doc_a) == [(7, 9, "GPE")]
    view.undo()
    assert gold_keys(project, doc_a) == []
    view.close()
    session.close()


def test_offsets_outside_bmp_in_side_by_side(qtbot, tmp_path: Path) -> None:
    """Selections in a text with 𠮷 map back to code points (not UTF-16 units)."""
    path = build(tmp_path)
    session = Session.open(str(path), "lead")
    view = AdjudicationView(session)
    qtbot.addWidget(view)
    doc_b = session.project.document_id("docB")
    view.open_document(doc_b)
    view.side_by_side.setChecked(True)
    assert len(view.side_panes) == 3
    pane = view.side_panes[0][1]
    cur = pane.textCursor()
    cur.setPosition(pane.pmap.to_qt(5))
    cur.setPosition(pane.pmap.to_qt(7), cur.MoveMode.KeepAnchor)
    pane.setTextCursor(cur)
    assert cur.selectedText() == "𠮷祥"
    assert pane.selected_range() == (5, 7)
    view.close()
    session.close()


def test_decision_plan_without_qt() -> None:
    from civannot.agreement.adjudication import regions
    from civannot.records import Span

    layers = {
        "a": [Span(0, 3, "GPE", "x")],
        "b": [Span(0, 3, "ORG", "x")],
    }
    (region,) = regions(layers, ["a", "b"])
    gold = [Span(0, 3, "GPE", "x", "adjudicated", "lead", id=7)]
    plan = decision_plan(region, [(0, 3, "ORG")], gold, [])
    assert plan.remove == [7] and plan.add == [(0, 3, "ORG")]
    assert decision_plan(region, [(0, 3, "GPE")], gold, []).empty
    assert decision_plan(region, [], gold, []).remove == [7]


def test_decision_is_one_session_step_and_none_mark_undoes(qtbot, tmp_path: Path) -> None:
    """A decision of several commands is one step of the session's history, its "none" mark
    included: the main window's Ctrl+Z (session.undo) and the view's undo do the same."""
    path = build(tmp_path)
    session = Session.open(str(path), "lead")
    project = session.project
    view = AdjudicationView(session, auto_advance=False)
    qtbot.addWidget(view)
    doc_a = project.document_id("docA")
    view.open_document(doc_a)
    view.current = 0  # TITLE: alice/carol 市委书记, bob 云川市委书记
    title = view.region
    assert view.accept_reading(1)
    assert view.accept_reading(2)  # remove + add
    assert gold_keys(project, doc_a) == [TITLE_LONG]
    assert session.undo_text == "Adjudicate: bob's version"
    session.undo()  # what the main window's Edit → Undo does
    assert gold_keys(project, doc_a) == [TITLE_SHORT]
    assert [(g.start, g.end, g.label) for g in view.gold_spans] == [TITLE_SHORT]

    # "none" where gold holds a span: the removal and the mark are one step
    assert view.accept_none()
    assert gold_keys(project, doc_a) == [] and view.settled(title)
    assert session.undo_text == "Adjudicate: none"
    session.undo()  # main window
    assert gold_keys(project, doc_a) == [TITLE_SHORT] and not read_none_marks(project)
    assert not view.none_marks.get(doc_a)  # the view followed the session
    row = view._table_row_of(doc_a)
    open_before = view.docs.item(row, 3).data(Qt.ItemDataRole.DisplayRole)
    session.redo()
    assert gold_keys(project, doc_a) == [] and view.settled(title)
    assert view.none_marks[doc_a] == {region_signature(title)}
    assert view.docs.item(row, 3).data(Qt.ItemDataRole.DisplayRole) == open_before
    view.undo()  # the view's own undo: the same step
    assert gold_keys(project, doc_a) == [TITLE_SHORT] and not view.none_marks.get(doc_a)
    view.redo()
    assert gold_keys(project, doc_a) == [] and view.settled(title)
    view.undo()

    view.current = 1  # PERSON: gold holds nothing there, so "none" is only the mark
    region = view.region
    assert region.versions[0].key == PERSON_A and not view.settled(region)
    assert view.accept_none()
    assert view.settled(region) and read_none_marks(project)
    assert session.undo_text == "Adjudicate: none" and session.undo_doc == doc_a
    session.undo()  # main window
    assert not view.settled(region) and not read_none_marks(project)
    view.redo()
    assert view.settled(region)
    view.undo()  # the mark
    view.undo()  # then the decision before it: alice's TITLE
    assert gold_keys(project, doc_a) == [] and not view.settled(region)
    view.redo()
    assert gold_keys(project, doc_a) == [TITLE_SHORT] and not view.settled(region)
    view.redo()
    assert view.settled(region)
    view.close()
    session.close()


def test_repair_choice_reloads_the_open_document(qtbot, tmp_path: Path) -> None:
    """A repair choice rewrites the clean text and moves spans of every layer: the view shows
    the new text and offsets (and the old ones again after the undo)."""
    from test_repair_choice import CLEAN, damage

    from civannot.text import normalize

    n = normalize(damage(CLEAN, (9, 44)))
    text = n.text
    second = text.index("张国旺", 20)
    path = tmp_path / "repair.civ"
    p = Project.create(path)
    doc = DocumentInput("r1", text, raw=n.raw, offset_map=n.offset_map.dumps(), flags=n.flags)
    person, org = (second, second + 3, "PERSON"), (second, second + 3, "ORG")
    report = p.import_batch(
        [
            (
                doc,
                [
                    layer_input("alice", text, [(0, 6, "DATE"), person]),
                    layer_input("bob", text, [(0, 6, "DATE"), org]),
                ],
            )
        ]
    )
    assert not report.errors
    p.close()
    session = Session.open(str(path), "lead")
    view = AdjudicationView(session, auto_advance=False)
    qtbot.addWidget(view)
    doc_id = session.project.document_id("r1")
    view.open_document(doc_id)
    assert [r.versions[0].key[:2] for r in view.disagreements] == [person[:2]]
    flag = view.doc.flags[0]
    assert flag.kind == "gbk_repair" and flag.end <= second
    # a reading of another length than the text there, so the spans after it move
    choice = next(a for a in flag.alternatives if len(a) != flag.end - flag.start)
    delta = len(choice) - (flag.end - flag.start)
    view.current = 0

    session.choose_repair(doc_id, 0, choice)  # as the annotator's flag panel does
    new_text = text[: flag.start] + choice + text[flag.end :]
    assert view.doc.text == new_text and view.merged.toPlainText() == new_text
    (region,) = view.disagreements
    assert {v.key for v in region.versions} == {
        (second + delta, second + delta + 3, "PERSON"),
        (second + delta, second + delta + 3, "ORG"),
    }
    assert view.current == 0 and view.region is region
    assert view.accept_reading(1)  # the decision lands on the moved offsets
    (gold,) = session.project.spans(doc_id, GOLD_LAYER)
    assert (gold.start, gold.text) == (second + delta, "张国旺")
    session.undo()
    session.undo()  # the repair: the old text and offsets come back
    assert view.merged.toPlainText() == text
    assert view.disagreements[0].versions[0].key[:2] == person[:2]
    view.close()
    session.close()
