"""The team dialogs on a real main window (offscreen): assign, export, annotate in the bundle,
return it, import it back; refusals shown in the dialog with nothing written."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from ui_support import make_project, use_temp_settings  # noqa: E402

from civannot.project import Project  # noqa: E402
from civannot.session import Session  # noqa: E402

pytestmark = pytest.mark.gui


def window_for(qtbot, path, annotator):  # noqa: ANN001, ANN201
    from civannot.ui import team
    from civannot.ui.main_window import MainWindow

    project = Project.open(path)
    win = MainWindow(Session(project, annotator))
    qtbot.addWidget(win)
    actions = team.install(win)
    return win, actions, project


def test_lead_assign_export_import_and_annotator_return(qtbot, tmp_path):
    from civannot.ui import team

    use_temp_settings(tmp_path)
    lead_path = make_project(tmp_path / "lead.civ")
    win, actions, project = window_for(qtbot, lead_path, "lead")
    try:
        assert set(actions) == {"assign", "export", "import"}
        file_texts = [a.text() for a in win.menu("File").actions()]
        assert any("Export bundles" in t for t in file_texts)
        assert file_texts[-1].replace("&", "").startswith("Quit")

        dlg = team.AssignDialog(win)
        dlg.annotators.setText("alice，bob")  # a full-width comma is fine too
        dlg.overlap.setValue(0.5)
        qtbot.mouseClick(dlg.run_button, Qt.MouseButton.LeftButton)
        assert dlg.error.text() == ""
        assert "alice" in dlg.summary.toPlainText()
        assert set(project.assignments()) == {"alice", "bob"}

        out = tmp_path / "out"
        out.mkdir()
        ex = team.ExportDialog(win)
        ex.folder.setText(str(out))
        ex.list.item(1).setCheckState(Qt.CheckState.Unchecked)  # only alice
        assert ex.checked() == ["alice"]
        qtbot.mouseClick(ex.run_button, Qt.MouseButton.LeftButton)
        assert ex.error.text() == ""
        bundles = list(out.glob("*.civ"))
        assert len(bundles) == 1 and "alice" in bundles[0].name
        assert str(bundles[0]) in ex.summary.toPlainText()

        # the annotator opens the bundle: the Return step is visible and copies the file
        bwin, bactions, bproject = window_for(qtbot, bundles[0], "alice")
        try:
            assert set(bactions) == {"return"}
            button = bwin.findChild(team.QPushButton, "returnBundleButton")
            assert button is not None and str(bundles[0].name) in button.toolTip()
            s = bwin.session
            d = bproject.assignments()["alice"][0]
            s.add_span(d, 0, 2, "DATE")
            s.set_status(d, "done")
            ret = team.ReturnBundleDialog(bwin)
            assert str(bundles[0].resolve()) in ret.label.text()
            assert "1 of" in ret.label.text()
            stick = tmp_path / "stick"
            stick.mkdir()
            copied = ret.copy_to(str(stick))
            assert copied is not None and copied.exists()
            assert "Copied to" in ret.result_label.text()
            assert ret.copy_to(str(stick), overwrite=False) is None
            assert "already exists" in ret.result_label.text()
        finally:
            bproject.close()

        # the lead imports the copy that came back
        im = team.ImportDialog(win, [str(copied)])
        qtbot.mouseClick(im.run_button, Qt.MouseButton.LeftButton)
        assert im.error.text() == ""
        assert im.table.rowCount() == 1
        row = [im.table.item(0, c).text() for c in range(im.table.columnCount())]
        assert row[0] == "alice" and row[1].startswith("1 /") and row[2] == "1"
        assert project.status(d, "alice") == "done"

        # a damaged file: one line in the dialog, nothing written
        bad = tmp_path / "bad.civ"
        data = copied.read_bytes()
        bad.write_bytes(data[: len(data) // 3])
        before = project.stats()
        im2 = team.ImportDialog(win, [str(bad)])
        qtbot.mouseClick(im2.run_button, Qt.MouseButton.LeftButton)
        assert "truncated" in im2.error.text() and "\n" not in im2.error.text()
        assert project.stats() == before

        bad_assign = team.AssignDialog(win)
        bad_assign.annotators.setText("auto")
        bad_assign.run()
        assert "reserved" in bad_assign.error.text()
    finally:
        project.close()
