"""The start-up hook the standalone build's smoke test relies on (packaging/smoke.sh):
CIVANNOT_SMOKE_QUIT_AFTER_MS prints when the window is painted, then quits.

The quit is replaced by a recorder: quitting the test's QApplication would break every later test.
"""

from __future__ import annotations

import os
import re
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

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


def test_smoke_quit_prints_once_the_window_is_painted(qtbot, qapp, tmp_path, monkeypatch, capsys):  # noqa: ANN001
    from civannot.ui.app import SMOKE_QUIT_ENV, arm_smoke_quit, start

    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ")
    monkeypatch.setenv(SMOKE_QUIT_ENV, "10")
    controller = start(str(path), "alice")
    assert controller is not None
    window = controller.window
    quits: list[bool] = []
    try:
        assert arm_smoke_quit(qapp, window, quit_app=lambda: quits.append(True))
        window.update()
        qtbot.waitUntil(lambda: bool(quits), timeout=10_000)
        out = capsys.readouterr().out
        assert (
            len(re.findall(r"^civannot: window shown in (\d+|\?) ms \(cpu \d+ ms\)$", out, re.M))
            == 1
        ), out
        # the project's name; Qt adds " — civannot" (the display name) in the title bar
        assert window.isVisible() and window.windowTitle() == "p"
        assert qapp.desktopFileName() == "civannot"
        assert not qapp.windowIcon().isNull()
        window.update()  # later paints print nothing more
        qtbot.wait(50)
        assert "window shown" not in capsys.readouterr().out and quits == [True]
    finally:
        window.close()
        controller.close()


def test_smoke_quit_ignores_a_bad_value(qapp, monkeypatch, capsys) -> None:  # noqa: ANN001
    from civannot.ui.app import SMOKE_QUIT_ENV, arm_smoke_quit

    monkeypatch.setenv(SMOKE_QUIT_ENV, "soon")
    assert arm_smoke_quit(qapp) is False
    assert "is not a number" in capsys.readouterr().err
    monkeypatch.delenv(SMOKE_QUIT_ENV)
    assert arm_smoke_quit(qapp) is False
