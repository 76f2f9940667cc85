"""The start-up hook the standalone build's smoke test relies on (packaging/smoke.sh):
CIVANNOT_SMOKE_QUIT_AFTER_MS prints when the window is shown, then quits cleanly."""

from __future__ import annotations

import os
import re
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer  # noqa: E402
from ui_support import make_project, use_temp_settings  # noqa: E402

from civannot.processes import process_age_ms  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="needs Linux /proc")
def test_process_age_counts_from_the_process_start() -> None:
    first = process_age_ms()
    assert first is not None and 0 <= first < 7 * 24 * 3600 * 1000
    time.sleep(0.12)
    second = process_age_ms()
    assert second is not None and 80 <= second - first <= 5000


def test_smoke_quit_prints_and_exits_zero(qapp, tmp_path, monkeypatch, capsys) -> None:  # noqa: ANN001
    from civannot.ui.app import SMOKE_QUIT_ENV, run_gui

    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ")
    monkeypatch.setenv(SMOKE_QUIT_ENV, "10")
    seen: list[str] = []

    def visible_windows() -> None:  # runs in the event loop, before the hook quits it
        seen.extend(w.windowTitle() for w in qapp.topLevelWidgets() if w.isVisible())

    QTimer.singleShot(0, visible_windows)
    QTimer.singleShot(10_000, lambda: qapp.exit(99))  # a hook that never quits fails, not hangs
    try:
        assert run_gui(str(path), "alice") == 0
        out = capsys.readouterr().out
        assert re.search(r"^civannot: window shown in (\d+|\?) ms \(cpu \d+ ms\)$", out, re.M), out
        assert any(t.startswith("civannot — p") for t in seen), seen
        assert qapp.desktopFileName() == "civannot"
        assert not qapp.windowIcon().isNull()
    finally:
        for w in qapp.topLevelWidgets():
            w.close()


def test_smoke_quit_ignores_a_bad_value(qapp, monkeypatch, capsys) -> None:  # noqa: ANN001
    from civannot.ui.app import SMOKE_QUIT_ENV, arm_smoke_quit

    monkeypatch.setenv(SMOKE_QUIT_ENV, "soon")
    assert arm_smoke_quit(qapp) is False
    assert "is not a number" in capsys.readouterr().err
    monkeypatch.delenv(SMOKE_QUIT_ENV)
    assert arm_smoke_quit(qapp) is False
