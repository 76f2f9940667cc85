"""A team server's connection seen from the window: when it breaks, say so, reconnect with
backoff, and run again the commands the break stopped (issue 14).

The store's transactions are atomic: a command the break stopped wrote nothing, unless the
break came during its COMMIT, which the server is asked about after reconnecting
(ConnectionLost.xid). So each waiting command is either found saved, run again (its refusal,
if the project changed meanwhile, shown like any other), or — when the user gives up by
closing the window — named as not saved. Nothing is computed here beyond that bookkeeping.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from civannot.models.database import ConnectionLost
from civannot.session import Session

# seconds before each reconnection attempt; the last is repeated until the server answers
BACKOFF = (0.2, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0)


@dataclass
class Waiting:
    """A command the break stopped: what to say about it and how to run it again."""

    description: str
    run: Callable[[], object]
    mark: tuple[int, list]  # the session's undo/redo stacks before it ran
    xid: int | None  # the server transaction being committed when the connection broke


class ConnectionWatch(QObject):
    """The connection state of one window's project; `state` is shown in the status bar."""

    message = Signal(str)  # what happened, for the status bar
    stateChanged = Signal(str)  # "" when connected, else a short text for a permanent label
    reconnected = Signal()

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.waiting: list[Waiting] = []
        self.attempt = 0
        self.state = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.try_now)

    @property
    def reconnecting(self) -> bool:
        return bool(self.state)

    def lost(
        self,
        error: ConnectionLost,
        description: str = "",
        run: Callable[[], object] | None = None,
        mark: tuple[int, list] | None = None,
    ) -> None:
        """The connection broke, during a command (`run` runs it again) or while idle."""
        if run is not None:
            self.waiting.append(Waiting(description, run, mark or self.session.stacks(), error.xid))
        if self._timer.isActive():
            self._set_state()
            return
        if not self.reconnecting:
            self.attempt = 0
            self.message.emit(self.tr("{error} — reconnecting…").format(error=_capital(str(error))))
        self._schedule()

    def _schedule(self) -> None:
        delay = BACKOFF[min(self.attempt, len(BACKOFF) - 1)]
        self._set_state(delay)
        self._timer.start(int(delay * 1000))

    def _set_state(self, delay: float | None = None) -> None:
        n = len(self.waiting)
        text = self.tr("Not connected to the server")
        if delay is not None and delay >= 1:
            text += self.tr(" — retrying in {s} s").format(s=int(delay))
        elif delay is not None:
            text += self.tr(" — retrying")
        if n:
            text += self.tr(" ({n} change(s) waiting)").format(n=n)
        self.state = text
        self.stateChanged.emit(text)

    def try_now(self) -> bool:
        """One reconnection attempt (the timer's, or the user's); True when connected."""
        self._timer.stop()
        project = self.session.project
        try:
            project.reconnect()
        except ConnectionLost:
            self.attempt += 1
            self._schedule()
            return False
        self.attempt = 0
        self.state = ""
        self.stateChanged.emit("")
        waiting, self.waiting = self.waiting, []
        saved, again = [], []
        for w in waiting:
            try:
                committed = project.store.committed(w.xid)
            except ConnectionLost as e:  # broke again at once: keep everything waiting
                self.waiting = waiting
                self.lost(e)
                return False
            if committed:
                saved.append(w.description)
            else:
                self.session.restore_stacks(w.mark)
                again.append(w)
        self.reconnected.emit()
        for i, w in enumerate(again):
            if w.run() is not None:
                saved.append(w.description)
            elif self.reconnecting:  # the rerun lost the connection again: it waits again
                self.waiting.extend(again[i + 1 :])
                self._set_state(BACKOFF[0])
                return False
        text = self.tr("Reconnected to the server")
        if saved:
            text += self.tr("; saved: {what}").format(what="; ".join(d for d in saved if d))
        self.message.emit(text)
        return True

    def not_saved(self) -> list[str]:
        """What would be lost if the window closed now."""
        return [w.description for w in self.waiting]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def install_excepthook() -> None:
    """A read the break stopped in a view's refresh (a list page, a panel) reaches the event
    loop as ConnectionLost: hand it to the window's watch, which says so and reconnects,
    instead of printing a traceback. Anything else goes to the previous hook."""
    import sys

    previous = sys.excepthook
    if getattr(previous, "civannot_connection", False):
        return

    def hook(kind, value, tb) -> None:  # noqa: ANN001
        if isinstance(value, ConnectionLost):
            from PySide6.QtWidgets import QApplication

            for widget in QApplication.topLevelWidgets():
                ws = getattr(widget, "ws", None)
                watch = getattr(ws, "connection", None)
                if isinstance(watch, ConnectionWatch) and widget.isVisible():
                    watch.lost(value)
                    return
        previous(kind, value, tb)

    hook.civannot_connection = True  # type: ignore[attr-defined]
    sys.excepthook = hook
