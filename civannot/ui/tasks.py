"""Long work off the GUI thread: a plain function run on QThreadPool, with progress and cancel.

The function receives plain values only (a project path, names, numbers) plus `progress(done,
total)` and `cancel()`; its result or its one-line error comes back as a signal on the GUI
thread. Widgets never cross into the worker. `TaskPanel` is the progress bar, Cancel button
and status line the lead's screens show around such a task.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable):
    """Run `fn(*args, progress=..., cancel=..., **kwargs)` on the global thread pool."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any):
        super().__init__()
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the owner keeps it until its signals have arrived

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _emit(self, signal: str, *args: Any) -> bool:
        """Emit one of the signals; False when the screen that ran the task is gone (its window
        closed, the application quitting): nobody is left to tell, so the task stops."""
        try:
            getattr(self.signals, signal).emit(*args)
        except RuntimeError:  # "Signal source has been deleted"
            self._cancel.set()
            return False
        return True

    def _progress(self, done: int, total: int) -> None:
        from civannot.agreement.report import Cancelled

        if not self._emit("progress", int(done), int(total)):
            raise Cancelled("the screen that ran the task is closed")

    def run(self) -> None:  # noqa: D102 (QRunnable)
        from civannot.agreement.report import Cancelled
        from civannot.models.database import ProjectError

        try:
            result = self.fn(
                *self.args,
                progress=self._progress,
                cancel=self._cancel.is_set,
                **self.kwargs,
            )
        except Cancelled:
            self._emit("cancelled")
            return
        except (ValueError, OSError, ProjectError) as e:  # bad input: one line, no traceback
            self._emit("failed", str(e).splitlines()[0] if str(e) else type(e).__name__)
            return
        except Exception as e:  # noqa: BLE001 — a bug must reach the user, not kill the thread
            traceback.print_exc()
            self._emit("failed", f"{type(e).__name__}: {e}")
            return
        if self._cancel.is_set() and getattr(result, "cancelled", False):
            self._emit("cancelled")
            return
        self._emit("finished", result)

    def start(self) -> Task:
        QThreadPool.globalInstance().start(self)
        return self


class TaskPanel(QWidget):
    """A progress bar and a Cancel button around one Task at a time, plus the status label.

    The screen places the panel (bar and button, hidden while idle) and `status` where it
    wants them; `run` starts the work, shows `busy_text`, and on the way out sets the status to
    `failed_text` / `cancelled_text` before emitting `failed` / `cancelled` (the screen writes
    its own text on `finished`). `ended` follows each of the three. Widgets in `controls`
    (e.g. the Recompute button) are disabled while a task runs.
    """

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        cancel_text: str | None = None,
        controls: Sequence[QWidget] = (),
    ):
        super().__init__(parent)
        self.task: Task | None = None
        self.error: str | None = None
        self.controls = list(controls)
        self._texts: tuple[str, str] = ("{m}", "")
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(cancel_text or self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        # messages name files and documents from the user's data: never rendered as markup
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self._busy(False)

    @property
    def running(self) -> bool:
        return self.task is not None

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        busy_text: str = "",
        failed_text: str = "{m}",
        cancelled_text: str = "",
        **kwargs: Any,
    ) -> bool:
        """Start `fn(*args, progress=..., cancel=..., **kwargs)` on a worker; False (and
        nothing started) while another task of this panel runs. `failed_text` has `{m}` for
        the one-line error."""
        if self.task is not None:
            return False
        self.error = None
        self._texts = (failed_text, cancelled_text or self.tr("Cancelled"))
        self.bar.setRange(0, 0)  # busy until the first progress report
        self._busy(True)
        self.status.setText(busy_text)
        task = Task(fn, *args, **kwargs)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        self.task = task.start()
        return True

    def cancel(self) -> None:
        """Ask the running task to stop at its next check (it writes nothing then)."""
        if self.task is not None and not self.task.is_cancelled:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _busy(self, on: bool) -> None:
        if self.parentWidget() is not None or not on:  # never a window of its own
            self.setVisible(on)
        for widget in self.controls:
            widget.setEnabled(not on)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _end(self) -> None:
        self.task = None
        self._busy(False)

    def _finished(self, result: object) -> None:
        self._end()
        self.finished.emit(result)
        self.ended.emit()

    def _failed(self, message: str) -> None:
        self._end()
        self.error = message
        self.status.setText(self._texts[0].format(m=message))
        self.failed.emit(message)
        self.ended.emit()

    def _cancelled(self) -> None:
        self._end()
        self.status.setText(self._texts[1])
        self.cancelled.emit()
        self.ended.emit()
