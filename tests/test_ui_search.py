"""Search that finds and label all occurrences (issue 18 add 2 and 3)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from test_ui_session import T0, open_window, project_path  # noqa: E402, F401
from ui_support import TEXTS  # noqa: E402

from civannot.project import Project  # noqa: E402

pytestmark = pytest.mark.gui


def test_search_highlights_counts_and_steps_through_hits(qtbot, project_path) -> None:  # noqa: ANN001, F811
    controller, w = open_window(qtbot, project_path)
    try:
        ws, docs, view = w.ws, w.documents, w.article
        docs.search.setText("张国旺")
        docs.run_search()
        assert docs.model.rowCount() == 1
        match = docs.model.COLUMNS.index("match")
        assert not docs.table.isColumnHidden(match)
        snippet = docs.model.data(docs.model.index(0, match))
        assert "【张国旺】" in snippet
        first = T0.index("张国旺")
        second = T0.index("张国旺", first + 1)
        assert ws.search_hits == [(first, first + 3), (second, second + 3)]
        assert docs.hits_label.text() == "2 hit(s) here"
        view.refresh()
        drawn = {(view.pmap.from_qt(s.cursor.selectionStart())) for s in view.extraSelections()}
        assert {first, second} <= drawn
        w.setFocus()
        qtbot.keyClick(w, Qt.Key.Key_F3)
        assert ws.hit_index == 0 and view.selection_range() == (first, first + 3)
        assert docs.hits_label.text() == "hit 1 of 2"
        qtbot.keyClick(w, Qt.Key.Key_F3)
        assert view.selection_range() == (second, second + 3)
        qtbot.keyClick(w, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
        assert view.selection_range() == (first, first + 3)
        # the hit is selected: a label key tags it
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_1)
        assert [s.text for s in ws.spans.values()] == ["张国旺"]
        # regular expressions, and a bad one said in one line
        docs.regex.setChecked(True)
        docs.search.setText("张.旺|穆.坤")
        docs.run_search()
        assert docs.model.rowCount() == 2 and len(ws.search_hits) == 2
        docs.search.setText("张[")
        docs.run_search()
        assert "regular expression" in docs.hits_label.text()
        assert docs.model.rowCount() == 0 and ws.search_hits == []
        docs.search.clear()
        docs.run_search()
        assert docs.model.rowCount() == len(TEXTS) and docs.table.isColumnHidden(match)
    finally:
        w.close()
        controller.close()


def test_label_all_occurrences_in_the_document_is_one_undo_step(qtbot, project_path) -> None:  # noqa: ANN001, F811
    controller, w = open_window(qtbot, project_path)
    try:
        ws, view = w.ws, w.article
        first = T0.index("张国旺")
        view.select_range(first, first + 3)
        qtbot.keyClick(view, Qt.Key.Key_1)  # PERSON
        dialog = w.label_occurrences()
        qtbot.addWidget(dialog)
        assert dialog.needle.text() == "张国旺" and dialog.label.currentText() == "PERSON"
        assert [o.blocked for o in dialog.found] == ["same", None]
        assert len(dialog.ticked()) == 1 and dialog.apply_button.isEnabled()
        dialog.apply()
        assert sorted(s.start for s in ws.spans.values() if s.text == "张国旺") == [
            first,
            T0.index("张国旺", first + 1),
        ]
        assert [o.blocked for o in dialog.found] == ["same", "same"]
        ws.undo()
        assert [s.start for s in ws.spans.values()] == [first]
        # an occurrence that would overlap a span is shown, not ticked, and named
        second = T0.index("张国旺", first + 1)
        view.select_range(second + 2, second + 5)  # 旺强调
        qtbot.keyClick(view, Qt.Key.Key_2)
        dialog.find()
        assert dialog.found[1].blocked == "TITLE 旺强调"
        assert dialog.ticked() == [] and not dialog.apply_button.isEnabled()
        dialog.close()
    finally:
        w.close()
        controller.close()


def test_label_all_occurrences_in_the_project(qtbot, project_path) -> None:  # noqa: ANN001, F811
    controller, w = open_window(qtbot, project_path)
    try:
        w.documents.search.setText("市长")
        dialog = w.label_occurrences()
        qtbot.addWidget(dialog)
        dialog.label.setCurrentText("TITLE")
        dialog.scope.setCurrentIndex(dialog.scope.findData("project"))
        assert len({o.doc_id for o in dialog.found}) == 2
        assert all(o.free for o in dialog.found)
        assert "测试文章" in dialog.items.item(0).text()  # which document
        assert dialog.apply() == len(dialog.found)
        dialog.close()
    finally:
        w.close()
        controller.close()
    p = Project.open(project_path)
    try:
        tagged = [
            (info.external_id, s.text)
            for info in p.document_infos()
            for s in p.spans(info.id, "alice")
        ]
        assert sorted(tagged) == [("doc-001", "市长"), ("doc-003", "市长")]
    finally:
        p.close()
