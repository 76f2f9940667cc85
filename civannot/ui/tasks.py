"""Long work off the GUI thread: a plain function run on QThreadPool, with progress and cancel.

The function receives plain values only (a project path, names, numbers) plus `progress(done,
total)` and `cancel()`; its result or its one-line error comes back as a signal on the GUI
thread. Widgets never cross into the worker.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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

    def run(self) -> None:  # noqa: D102 (QRunnable)
        from civannot.agreement.report import Cancelled

        try:
            result = self.fn(
                *self.args,
                progress=lambda done, total: self.signals.progress.emit(int(done), int(total)),
                cancel=self._cancel.is_set,
                **self.kwargs,
            )
        except Cancelled:
            self.signals.cancelled.emit()
            return
        except (ValueError, OSError) as e:  # ProjectError, ExportError and friends are ValueErrors
            self.signals.failed.emit(str(e).splitlines()[0] if str(e) else type(e).__name__)
            return
        except Exception as e:  # noqa: BLE001 — a bug must reach the user, not kill the thread
            traceback.print_exc()
            self.signals.failed.emit(f"{type(e).__name__}: {e}")
            return
        if self._cancel.is_set() and getattr(result, "cancelled", False):
            self.signals.cancelled.emit()
            return
        self.signals.finished.emit(result)

    def start(self) -> Task:
        QThreadPool.globalInstance().start(self)
        return self
