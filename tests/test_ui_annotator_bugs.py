"""Bugs found by driving the real app as an annotator and a lead: each test failed before its fix."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from ui_support import add_suggestions, make_project, use_temp_settings  # noqa: E402

from civannot.project import Project  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def project_path(tmp_path):  # noqa: ANN001, ANN201
    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ")
    add_suggestions(path, 0, [(0, 6, "DATE"), (7, 11, "TITLE"), (11, 14, "PERSON")])
    return path


def open_window(qtbot, path, annotator="alice", *, extensions=False):  # noqa: ANN001, ANN201
    from civannot.ui.app import install_extensions, start

    controller = start(str(path), annotator)
    assert controller is not None
    window = controller.window
    if extensions:
        install_extensions(window)
    qtbot.waitExposed(window)
    window.article.setFocus()
    return controller, window


def test_accept_all_leaves_no_hidden_suggestion_selected(qtbot, project_path) -> None:  # noqa: ANN001
    controller, w = open_window(qtbot, project_path)
    ws, view = w.ws, w.article
    try:
        view.setTextCursor(QTextCursor(view.document()))
        qtbot.keyClick(view, Qt.Key.Key_N)
        assert ws.is_suggestion(ws.selected) and ws.span(ws.selected).label == "DATE"
        qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
        qtbot.wait(10)
        # the selection follows the accepted span: the suggestion is decided and hidden
        mine = [s for s in ws.spans.values() if s.label == "DATE"]
        assert len(mine) == 1
        assert ws.selected == mine[0].id
        assert not w.tagging.accept_button.isEnabled()
        # Del removes what the annotator sees selected, not the hidden suggestion under it
        qtbot.keyClick(view, Qt.Key.Key_Delete)
        assert [s for s in ws.spans.values() if s.label == "DATE"] == []
        assert len(ws.suggestions) == 3
    finally:
        w.close()
        controller.close()
    project = Project.open(project_path)
    try:
        doc = project.document_infos()[0].id
        assert len(project.spans(doc, "auto")) == 3
        assert project.spans(doc, "alice") == []
    finally:
        project.close()


def _bundle(tmp_path, lead_path):  # noqa: ANN001, ANN202
    from civannot.assignment import assign_project
    from civannot.bundle import export_bundle

    project = Project.open(lead_path)
    try:
        assign_project(project, ["carol", "dave"], 0.5, seed=1)
        export_bundle(project, "carol", tmp_path / "carol.civ")
    finally:
        project.close()
    return tmp_path / "carol.civ"


def test_a_bundle_opened_later_or_preferences_keep_its_annotator(
    qtbot, project_path, tmp_path
) -> None:  # noqa: ANN001
    from civannot.ui.app import application

    bundle = _bundle(tmp_path, project_path)
    other = make_project(tmp_path / "other.civ")
    controller, w = open_window(qtbot, other, "alice")
    errors: list[str] = []
    import civannot.ui.app as app_module

    original = app_module.error
    app_module.error = errors.append
    try:
        controller.open_project(str(bundle))
        # File → Open project… on a bundle: its work must land in the bundle's layer
        assert controller.window.session.annotator == "carol"
        controller.apply_preferences("bob", controller.language_choice)
        assert controller.window.session.annotator == "carol"
        assert errors and "carol" in errors[-1]
        controller.open_project(str(other))
        # back in an ordinary project, the user's own name again
        assert controller.window.session.annotator == "alice"
    finally:
        app_module.error = original
        controller.window.close()
        controller.close()
        application().processEvents()


def test_export_sits_above_quit_in_the_file_menu(qtbot, project_path) -> None:  # noqa: ANN001
    controller, w = open_window(qtbot, project_path, extensions=True)
    try:
        actions = [a for a in w.menu("File").actions() if not a.isSeparator()]
        assert actions[-1] is w.quit_action
        assert "Export…" in [a.text() for a in actions]
    finally:
        w.close()
        controller.close()


def test_undo_names_and_refusals_are_translated(qtbot, project_path) -> None:  # noqa: ANN001
    from civannot.ui.i18n import install_language
    from civannot.ui.workspace import session_text

    controller, w = open_window(qtbot, project_path)
    try:
        controller.apply_preferences("alice", "zh_CN")
        w = controller.window
        view, ws = w.article, w.ws
        shown: list[str] = []
        ws.message.connect(shown.append)
        view.select_range(11, 14)
        qtbot.keyClick(view, Qt.Key.Key_1)
        assert w.undo_action.text() == "撤销(&U) 添加 PERSON “张国旺”"
        view.select_range(12, 16)  # overlaps the PERSON just tagged
        qtbot.keyClick(view, Qt.Key.Key_3)
        assert shown[-1].startswith("ORG “国旺主持”与 PERSON “张国旺”重叠")
        w.undo_action.trigger()
        assert w.redo_action.text() == "重做(&R) 添加 PERSON “张国旺”"
        # a text no pattern knows passes unchanged
        assert session_text("something new") == "something new"
    finally:
        controller.window.close()
        controller.close()
        install_language("en")
