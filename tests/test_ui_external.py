"""Issue 12: a window holding a project notices what a CLI import wrote meanwhile."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytest.importorskip("pytestqt")

import test_ui_session as base  # noqa: E402

open_window = base.open_window
project_path = base.project_path  # the same project fixture as the whole-session test


@pytest.mark.gui
def test_window_shows_documents_a_cli_import_added(qtbot, project_path, tmp_path) -> None:  # noqa: ANN001
    controller, w = open_window(qtbot, project_path)
    try:
        before = w.documents.model.rowCount()
        art = tmp_path / "new.txt"
        art.write_text("市长李华到社区检查创建工作。", encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "civannot", "import", str(project_path), str(art)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": os.getcwd()},
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        qtbot.waitUntil(lambda: w.documents.model.rowCount() == before + 1, timeout=5000)
    finally:
        w.close()
