"""One change bus per open project: every write, from any source, reaches every view."""

from __future__ import annotations

from collections.abc import Callable

from civannot.store.change import Change

Listener = Callable[[Change], None]


class ChangeBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> Change:
        for listener in list(self._listeners):
            listener(change)
        return change
