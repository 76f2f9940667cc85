"""The lead's rules screen (Tools → Rules and model) says, for each rule, whether switching it
off skips work (speed25): the column computed by civannot.learn.lead_model.rule_skips, the
line naming the steps not run now, both redrawn when a rule is switched."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from tests.test_ui_learning import preannotated_project, window_for  # noqa: E402

pytestmark = pytest.mark.gui


def test_the_rules_screen_shows_what_switching_off_skips(qtbot, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from civannot.ui.learning import SKIPS_COLUMN

    win, learn, session = window_for(qtbot, preannotated_project(tmp_path))
    try:
        with qtbot.waitSignal(learn.open_rules().panel.finished, timeout=60000):
            pass
        screen = learn.rules_window
        table = screen.rules
        rows = {table.item(i, 1).text(): i for i in range(table.rowCount())}

        def cell(rule: str) -> tuple[str, str]:
            item = table.item(rows[rule], SKIPS_COLUMN)
            return item.text(), item.toolTip()

        text, tip = cell("person.frame")
        assert text == "2 steps" and "persons.find_speaker_frames" in tip
        assert "person" in tip  # and what its family would skip
        text, tip = cell("directive.marker")
        assert text.startswith("with directive") and "directives.find_directives" in tip
        assert cell("title.chain")[0] == "—"
        assert not screen.skipped.isVisible() or not screen.skipped.text()
        # switched off: the cell says its steps are not run now, and the line names them
        table.item(rows["person.visit"], 0).setCheckState(Qt.CheckState.Unchecked)
        assert cell("person.visit")[0] == "1 not run"
        assert "persons.find_visits" in screen.skipped.text()
        table.item(rows["person.visit"], 0).setCheckState(Qt.CheckState.Checked)
        assert cell("person.visit")[0] == "1 step"
        assert screen.skipped.text() == ""
        screen.close()
    finally:
        win.close()
        session.close()
