"""TaskPanel: one worker at a time, with progress, cancel, and a one-line status."""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget  # noqa: E402

from civannot.agreement.report import Cancelled  # noqa: E402
from civannot.ui.tasks import TaskPanel  # noqa: E402


def screen(qtbot):  # noqa: ANN001, ANN201
    host = QWidget()
    qtbot.addWidget(host)
    button = QPushButton("Go")
    panel = TaskPanel(controls=[button])
    layout = QVBoxLayout(host)
    for w in (panel, panel.status, button):
        layout.addWidget(w)
    host.show()
    qtbot.waitExposed(host)
    return host, panel, button  # the host keeps the widgets alive


def test_progress_cancel_and_one_task_at_a_time(qtbot) -> None:  # noqa: ANN001
    _host, panel, button = screen(qtbot)
    assert not panel.isVisible() and button.isEnabled()
    started = threading.Event()

    def slow(n: int, *, progress, cancel):  # noqa: ANN001, ANN202
        progress(1, n)
        started.set()
        while not cancel():
            threading.Event().wait(0.005)
        raise Cancelled("cancelled")

    ended = []
    panel.ended.connect(lambda: ended.append(True))
    assert panel.run(slow, 4, busy_text="Working…", cancelled_text="Stopped")
    assert panel.isVisible() and not button.isEnabled() and panel.status.text() == "Working…"
    assert not panel.run(slow, 4)  # the first one still runs
    assert started.wait(5)
    qtbot.waitUntil(lambda: panel.bar.maximum() == 4, timeout=3000)
    assert panel.bar.value() == 1
    with qtbot.waitSignal(panel.cancelled, timeout=5000):
        panel.cancel_button.click()
    assert panel.status.text() == "Stopped" and ended == [True]
    assert not panel.isVisible() and button.isEnabled() and panel.task is None


def test_result_and_one_line_failure(qtbot) -> None:  # noqa: ANN001
    _host, panel, _ = screen(qtbot)

    def add(a: int, b: int, *, progress, cancel) -> int:  # noqa: ANN001
        return a + b

    def broken(*, progress, cancel) -> None:  # noqa: ANN001
        raise ValueError("no such project\nsecond line")

    with qtbot.waitSignal(panel.finished, timeout=5000) as sig:
        panel.run(add, 2, 3)
    assert sig.args == [5] and panel.error is None
    with qtbot.waitSignal(panel.failed, timeout=5000) as sig:
        panel.run(broken, failed_text="Could not: {m}")
    assert sig.args == ["no such project"] and panel.error == "no such project"
    assert panel.status.text() == "Could not: no such project"
    with qtbot.waitSignal(panel.finished, timeout=5000):
        panel.run(add, 1, 1)
    assert panel.error is None  # a new run forgets the last failure
