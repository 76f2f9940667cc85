"""Comments on spans and documents (issue 18 add 5): undoable session commands through the
store, shown in the GUI, carried and merged by bundles, seen by the lead in adjudication."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from test_ui_session import open_window, project_path  # noqa: E402, F401

from civannot.comments import comments_of  # noqa: E402
from civannot.project import Project  # noqa: E402
from civannot.session import Session, SessionError  # noqa: E402

pytestmark = pytest.mark.gui


def test_comment_commands_undo_and_refusals(tmp_path) -> None:  # noqa: ANN001
    from ui_support import make_project

    path = make_project(tmp_path / "p.civ")
    s = Session.open(str(path), "alice")
    try:
        doc = s.project.document_infos()[0].id
        s.set_comment(doc, "标题待核对")
        (c,) = comments_of(s.project, doc)
        assert (c.author, c.text, c.on_document) == ("alice", "标题待核对", True)
        change = s.add_span(doc, 11, 14, "PERSON")
        span = change.spans_added[0]
        s.set_comment(doc, "人名？", span_uid=span.uid)
        s.set_comment(doc, "人名无误", span_uid=span.uid)  # edits my note, one per target
        notes = comments_of(s.project, doc)
        assert [(n.text, n.span_text) for n in notes] == [
            ("标题待核对", ""),
            ("人名无误", "张国旺"),
        ]
        s.undo()
        assert [n.text for n in comments_of(s.project, doc)] == ["标题待核对", "人名？"]
        s.undo()
        s.redo()
        s.set_comment(doc, "", span_uid=span.uid)  # empty removes it
        assert [n.text for n in comments_of(s.project, doc)] == ["标题待核对"]
        with pytest.raises(SessionError, match="no comment to remove"):
            s.set_comment(doc, "", span_uid=span.uid)
        with pytest.raises(SessionError, match="already says"):
            s.set_comment(doc, "标题待核对")
        s.undo()
        assert len(comments_of(s.project, doc)) == 2
    finally:
        s.close()


def test_comments_go_out_and_back_with_bundles_newer_wins(tmp_path) -> None:  # noqa: ANN001
    from ui_support import make_project

    from civannot.bundle import export_bundle, import_bundles

    path = make_project(tmp_path / "lead.civ")
    lead = Project.open(path)
    try:
        doc = lead.document_infos()[0].id
        lead.assign([(doc, "alice")])
        ls = Session(lead, "lead")
        ls.set_comment(doc, "请注意职务")
        export_bundle(lead, "alice", tmp_path / "alice.civ")
        s = Session.open(str(tmp_path / "alice.civ"), "alice")
        try:
            assert [c.text for c in comments_of(s.project, doc)] == ["请注意职务"]  # carried
            span = s.add_span(doc, 11, 14, "PERSON").spans_added[0]
            s.set_comment(doc, "不确定是否为人名", span_uid=span.uid)
            s.set_comment(doc, "整篇已核对")
        finally:
            s.close()
        summary = import_bundles(lead, [str(tmp_path / "alice.civ")])
        assert summary.bundles[0].comments_merged == 2
        texts = sorted((c.author, c.text, c.span_text) for c in comments_of(lead, doc))
        assert texts == [
            ("alice", "不确定是否为人名", "张国旺"),
            ("alice", "整篇已核对", ""),
            ("lead", "请注意职务", ""),
        ]
        # the same bundle again: nothing new
        again = import_bundles(lead, [str(tmp_path / "alice.civ")])
        assert again.bundles[0].comments_merged == 0
    finally:
        lead.close()


def test_comments_in_the_window_and_for_the_lead(qtbot, project_path, monkeypatch) -> None:  # noqa: ANN001, F811
    from civannot.ui import doc_panel, tagging_panel

    controller, w = open_window(qtbot, project_path)
    try:
        ws, panel = w.ws, w.tagging
        w.article.select_range(11, 14)
        qtbot.keyClick(w.article, Qt.Key.Key_1)
        qtbot.waitUntil(panel.comment_button.isEnabled, timeout=2000)
        monkeypatch.setattr(tagging_panel, "ask_comment", lambda *_a: "<b>核对</b>这个名字")
        panel.comment_button.click()
        qtbot.waitUntil(lambda: panel.span_comments.isVisible(), timeout=2000)
        assert panel.span_comments.text() == "alice: <b>核对</b>这个名字"
        assert panel.span_comments.textFormat() == Qt.TextFormat.PlainText
        sid = ws.selected
        assert "核对" in w.article.tooltip_at(12) and "<b>核对" not in w.article.tooltip_at(12)
        w.docks["document"].raise_()
        monkeypatch.setattr(doc_panel, "ask_comment", lambda *_a: "通篇检查过")
        w.doc_panel.comment_button.click()
        qtbot.waitUntil(lambda: "通篇检查过" in w.doc_panel.notes.text(), timeout=2000)
        assert "alice on PERSON “张国旺”" in w.doc_panel.notes.text()
        ws.undo()
        qtbot.waitUntil(lambda: "通篇检查过" not in w.doc_panel.notes.text(), timeout=2000)
        ws.redo()
        assert ws.my_comment(sid) == "<b>核对</b>这个名字"
        # the lead sees them in adjudication (a second annotator makes it adjudicable)
        other = Session(ws.project, "bob")
        other.add_span(ws.doc.id, 11, 14, "TITLE")
        other.set_status(ws.doc.id, "done")
        ws.mark_done()
        from civannot.ui.adjudication import AdjudicationView

        view = AdjudicationView(Session(ws.project, "lead"))
        qtbot.addWidget(view)
        view.reload_documents()
        assert view.open_document(ws.doc.id)
        assert "通篇检查过" in view.comments.text() and view.comments.isVisibleTo(view)
        assert view.comments.textFormat() == Qt.TextFormat.PlainText
        view.close()
    finally:
        w.close()
        controller.close()


def test_comments_in_native_jsonl_round_trip(tmp_path) -> None:  # noqa: ANN001
    import json

    from ui_support import make_project

    from civannot.export import export_project
    from civannot.importer import import_paths

    path = make_project(tmp_path / "p.civ")
    s = Session.open(str(path), "alice")
    try:
        doc = s.project.document_infos()[0].id
        span = s.add_span(doc, 11, 14, "PERSON").spans_added[0]
        s.set_comment(doc, "人名待核", span_uid=span.uid)
        s.set_comment(doc, "全文通读")
        s.set_status(doc, "done")
        export_project(s.project, "jsonl", tmp_path / "out", layer="alice")
    finally:
        s.close()
    (line,) = [
        json.loads(x)
        for f in sorted((tmp_path / "out").glob("*.jsonl"))
        for x in f.read_text(encoding="utf-8").splitlines()
        if x.strip() and "全文通读" in x
    ]
    assert [c["text"] for c in line["comments"]] == ["全文通读"]
    (person,) = [sp for sp in line["spans"] if sp["label"] == "PERSON"]
    assert [(c["author"], c["text"]) for c in person["comments"]] == [("alice", "人名待核")]
    # back into a new project: the notes come with the document and its span
    fresh = Project.create(tmp_path / "q.civ")
    try:
        result = import_paths(fresh, sorted((tmp_path / "out").glob("*.jsonl")), workers=1)
        assert not result.refused, result.refused
        d = fresh.document_id(line["id"])
        notes = sorted((c.author, c.text, c.span_text) for c in comments_of(fresh, d))
        assert notes == [("alice", "人名待核", "张国旺"), ("alice", "全文通读", "")]
    finally:
        fresh.close()
    # a bad comment is one clear line
    from civannot.formats.jsonl import parse_record

    with pytest.raises(ValueError, match="comment 1: 'text'"):
        parse_record({"id": "x", "text": "abc", "comments": [{"author": "a", "text": ""}]})


def test_lead_reads_each_annotators_comment_beside_their_reading(qtbot, tmp_path) -> None:  # noqa: ANN001
    """Review lists each document's notes (count, tooltip, the chosen document's notes in full);
    adjudication shows each annotator's note on their span beside their reading."""
    from ui_support import make_project

    from civannot.ui.adjudication import AdjudicationView
    from civannot.ui.review import ReviewWindow

    path = make_project(tmp_path / "p.civ")
    project = Project.open(path)
    try:
        doc = project.document_infos()[0].id
        alice, bob = Session(project, "alice"), Session(project, "bob")
        a = alice.add_span(doc, 11, 14, "PERSON").spans_added[0]
        b = bob.add_span(doc, 11, 13, "PERSON").spans_added[0]  # one character shorter
        alice.set_comment(doc, "三个字的名字", span_uid=a.uid)
        bob.set_comment(doc, "姓名不全？", span_uid=b.uid)
        bob.set_comment(doc, "全文已读")
        alice.set_status(doc, "done")
        bob.set_status(doc, "done")

        win = ReviewWindow(path, start=False)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        with qtbot.waitSignal(win.computed, timeout=20000):
            win.refresh()
        assert win.error is None and win.docs.rowCount() == 1
        assert win.docs.horizontalHeaderItem(5).text() == "Comments"
        assert win.docs.item(0, 5).data(Qt.ItemDataRole.DisplayRole) == 3
        win.docs.setCurrentCell(0, 0)
        notes = win.notes.text()
        assert "alice on PERSON “张国旺”: 三个字的名字" in notes
        assert "bob on PERSON “张国”: 姓名不全？" in notes
        assert "bob on the document: 全文已读" in notes
        assert win.notes.textFormat() == Qt.TextFormat.PlainText

        view = AdjudicationView(Session(project, "lead"))
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        assert view.open_document(doc)
        assert view.region is not None and view.region.kind == "span"
        rows = {
            view.readings.item(r, 1).text(): (
                view.readings.item(r, 2).text(),
                view.readings.item(r, 3).text(),
            )
            for r in range(view.readings.rowCount())
        }
        assert view.readings.horizontalHeaderItem(3).text() == "Comment"
        assert rows["alice"][1] == "三个字的名字" and "张国旺" in rows["alice"][0]
        assert rows["bob"][1] == "姓名不全？" and "“张国”" in rows["bob"][0]
        assert "bob on the document: 全文已读" in view.comments.text()
        view.close()
        win.close()
    finally:
        project.close()
