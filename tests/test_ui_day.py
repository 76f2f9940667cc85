"""Issue 18's fixes, as an annotator and a lead would meet them in the main window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402
from test_ui_session import open_window, project_path  # noqa: E402, F401
from ui_support import make_project, use_temp_settings  # noqa: E402

from civannot.project import Project  # noqa: E402

pytestmark = pytest.mark.gui


def _shortcut_actions(window, seq: QKeySequence) -> list:  # noqa: ANN001
    from PySide6.QtGui import QAction, QShortcut

    hits = [a for a in window.findChildren(QAction) if seq in a.shortcuts()]
    hits += [s for s in window.findChildren(QShortcut) if s.key() == seq]
    return hits


def test_ctrl_f_is_bound_once_and_typing_goes_to_the_search(qtbot, project_path) -> None:  # noqa: ANN001, F811
    controller, w = open_window(qtbot, project_path)
    try:
        assert len(_shortcut_actions(w, QKeySequence(QKeySequence.StandardKey.Find))) == 1
        ws = w.ws
        w.article.select_range(11, 14)
        qtbot.keyClick(w.article, Qt.Key.Key_1)  # PERSON
        (span,) = ws.spans.values()
        assert span.label == "PERSON" and ws.selected == span.id
        qtbot.keyClick(w.article, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is w.documents.search, timeout=2000)
        qtbot.keyClicks(QApplication.focusWidget(), "2023")
        assert w.documents.search.text() == "2023"
        assert [s.label for s in ws.spans.values()] == ["PERSON"]
    finally:
        w.close()
        controller.close()


def test_opening_is_not_annotating(qtbot, project_path) -> None:  # noqa: ANN001, F811
    controller, w = open_window(qtbot, project_path)
    try:
        ws = w.ws
        first = ws.doc.id
        for info in w.documents.model.infos:
            ws.open_document(info.id)
        assert ws.project.statuses("alice") == {}
        ws.open_document(first)
        assert ws.status == "todo"
        w.article.select_range(11, 14)
        qtbot.keyClick(w.article, Qt.Key.Key_1)
        assert ws.status == "in_progress"
        assert ws.project.statuses("alice") == {first: "in_progress"}
        assert w.documents.model.statuses[first] == "in_progress"
        # the status is not part of the undo step: undoing the span leaves the document started
        ws.undo()
        assert ws.spans == {} and ws.project.statuses("alice") == {first: "in_progress"}
    finally:
        w.close()
        controller.close()
    p = Project.open(project_path)
    try:
        assert p.annotators() == ["alice"] or "alice" in p.annotators()
    finally:
        p.close()


def test_lead_who_only_opens_is_no_annotator(qtbot, tmp_path) -> None:  # noqa: ANN001
    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ")
    from civannot.ui.app import start

    controller = start(str(path), "lead")
    w = controller.window
    qtbot.addWidget(w)
    try:
        for info in w.documents.model.infos:
            w.ws.open_document(info.id)
    finally:
        w.close()
        controller.close()
    p = Project.open(path)
    try:
        assert "lead" not in p.annotators()
        assert p.statuses("lead") == {}
    finally:
        p.close()


def _answer_next_box(qtbot, button: QMessageBox.StandardButton, tick: bool = False) -> list[str]:  # noqa: ANN001
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        if tick and box.checkBox() is not None:
            box.checkBox().setChecked(True)
        box.button(button).click()

    QTimer.singleShot(0, answer)
    return seen


def test_done_with_open_suggestions_asks_once(qtbot, project_path) -> None:  # noqa: ANN001, F811
    controller, w = open_window(qtbot, project_path)
    try:
        ws = w.ws
        assert len(ws.visible_suggestions()) == 4
        first = ws.doc.id
        seen = _answer_next_box(qtbot, QMessageBox.StandardButton.No)
        w.mark_done_and_next()
        assert seen and "4" in seen[0]
        assert ws.doc.id == first and ws.status != "done"
        seen = _answer_next_box(qtbot, QMessageBox.StandardButton.Yes, tick=True)
        w.mark_done_and_next()
        assert seen
        assert ws.project.statuses("alice")[first] == "done"
        # told not to ask again: the next document with suggestions is marked done at once
        ws.open_document(first)
        ws.undo()  # back to not done
        assert ws.project.statuses("alice").get(first, "todo") != "done"
        w.mark_done_and_next()
        assert ws.project.statuses("alice")[first] == "done"
    finally:
        w.close()
        controller.close()


def test_raw_view_says_it_is_raw_and_read_only(qtbot, project_path) -> None:  # noqa: ANN001, F811
    controller, w = open_window(qtbot, project_path)
    try:
        art = w.article
        assert not art.raw_banner.isVisible()
        w.raw_action.setChecked(True)
        assert art.raw_banner.isVisible()
        assert "read-only" in art.raw_banner.text() and "Raw" in art.raw_banner.text()
        assert art.viewportMargins().top() >= art.raw_banner.height() > 0
        art.select_range(11, 14)
        qtbot.keyClick(art, Qt.Key.Key_1)
        # the refusal shows next to the text, not only in the status bar
        assert art.notice.isVisible() and "raw" in art.notice.text()
        w.raw_action.setChecked(False)
        assert not art.raw_banner.isVisible() and art.viewportMargins().top() == 0
    finally:
        w.close()
        controller.close()


def test_window_title_names_the_project_once(qtbot, project_path) -> None:  # noqa: ANN001, F811
    controller, w = open_window(qtbot, project_path)
    try:
        assert w.windowTitle() == "p"
        assert "civannot" not in w.windowTitle()
    finally:
        w.close()
        controller.close()


def test_quit_closes_the_lead_windows_too(qtbot, project_path, monkeypatch) -> None:  # noqa: ANN001, F811
    from civannot.ui.app import install_extensions

    controller, w = open_window(qtbot, project_path)
    quits: list[bool] = []
    from civannot.ui import main_window

    monkeypatch.setattr(main_window, "quit_application", lambda: quits.append(True))
    install_extensions(w)
    review = w.lead_screens.open_review()
    adjudication = w.lead_screens.open_adjudication()
    assert review.isVisible() and adjudication.isVisible()
    assert w.quit_action.shortcut().toString()  # a key on every platform
    assert w.menu("File").actions()[-1] is w.quit_action  # the lead's actions go above it
    w.quit_action.trigger()
    assert quits == [True]
    assert not review.isVisible() and not adjudication.isVisible() and not w.isVisible()
    controller.close()


def test_export_dialog_makes_missing_folders_with_normal_permissions(qtbot, tmp_path) -> None:  # noqa: ANN001
    from civannot.ui.export_dialog import ExportDialog

    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ")
    from civannot.session import Session

    s = Session.open(str(path), "alice")
    doc = s.project.document_infos()[0].id
    s.add_span(doc, 11, 14, "PERSON")
    s.set_status(doc, "done")
    s.close()
    p = Project.open(path)
    try:
        out = tmp_path / "deep" / "er" / "export"
        dlg = ExportDialog(p, out_dir=str(out))
        qtbot.addWidget(dlg)
        dlg.layer.setCurrentText("alice")
        old = os.umask(0o022)
        try:
            with qtbot.waitSignal(dlg.finished_export, timeout=20000):
                dlg.start()
        finally:
            os.umask(old)
        assert dlg.error is None, dlg.error
        assert out.is_dir() and (out / "README.md").is_file()
        if os.name == "posix":
            assert out.stat().st_mode & 0o777 == 0o755
    finally:
        p.close()
