"""The adjudication screen's state, without Qt: which disagreement is current, how to step
through them, where to go after a decision and after its undo, and how a reading is written so
that a one-character boundary difference shows.

The widget (civannot/ui/adjudication.py) renders this state and wires keys to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

KEEP = 28  # characters kept at each end of a long reading (its boundaries must show)


def boundary_text(text: str, start: int, end: int, keep: int = KEEP) -> str:
    """The span's text, whole when short; a long one keeps both ends, where readings differ
    (a middle cut never hides a boundary)."""
    piece = text[start:end]
    if len(piece) <= 2 * keep + 1:
        return piece
    return f"{piece[:keep]}…{piece[-keep:]}"


def key_text(text: str, key: Any) -> str:
    """One version of a region as the lead reads it: label, text with its boundaries, offsets;
    a relation as type: head → tail."""
    if isinstance(key[1], tuple):
        rtype, head, tail = key
        return (
            f"{rtype}: {boundary_text(text, head[0], head[1], 10)} → "
            f"{boundary_text(text, tail[0], tail[1], 10)}"
        )
    s, e, label = key
    return f"{label} “{boundary_text(text, s, e)}” {s}–{e}"


@dataclass
class Cursor:
    """The current disagreement of the open document and the moves between them.

    `items` are the document's disagreements in order; `settled(item)` says whether gold (or a
    "nothing here" mark) decides one already; `signature(item)` names one stably.
    """

    items: Sequence[Any] = ()
    settled: Callable[[Any], bool] = lambda _r: False
    signature: Callable[[Any], str] = repr
    current: int | None = None

    def reset(self, items: Sequence[Any], *, at_end: bool = False) -> None:
        self.items = items
        self.current = (len(items) - 1 if at_end else 0) if items else None

    @property
    def item(self) -> Any | None:
        if self.current is None or not (0 <= self.current < len(self.items)):
            return None
        return self.items[self.current]

    def step(self, direction: int, undecided: bool = False) -> bool:
        """Move to the next (+1) or previous (-1) disagreement of this document (an undecided
        one only, if asked); False at the end (the caller goes on to another document)."""
        i = self.current if self.current is not None else (-1 if direction > 0 else len(self.items))
        i += direction
        while 0 <= i < len(self.items):
            if not undecided or not self.settled(self.items[i]):
                self.current = i
                return True
            i += direction
        return False

    def first_undecided(self) -> bool:
        for i, item in enumerate(self.items):
            if not self.settled(item):
                self.current = i
                return True
        return False

    def find(self, signature: str) -> bool:
        for i, item in enumerate(self.items):
            if self.signature(item) == signature:
                self.current = i
                return True
        return False


@dataclass
class DecisionTrail:
    """Where each decision was made (document, region signature) under which undo text, so
    that undo and redo return to the region they change. The session's history is shared with
    the main window: a step whose text is not the trail's next one is not a decision of ours,
    and leaves the trail alone."""

    done: list[tuple[int, str, str]] = field(default_factory=list)
    undone: list[tuple[int, str, str]] = field(default_factory=list)

    def decided(self, doc_id: int, signature: str, step_text: str) -> None:
        self.done.append((doc_id, signature, step_text))
        self.undone.clear()

    def undo(self, step_text: str) -> tuple[int, str] | None:
        """The step with this text is being undone: where it was decided, if it is ours."""
        if not self.done or self.done[-1][2] != step_text:
            return None
        entry = self.done.pop()
        self.undone.append(entry)
        return entry[0], entry[1]

    def redo(self, step_text: str) -> tuple[int, str] | None:
        if not self.undone or self.undone[-1][2] != step_text:
            return None
        entry = self.undone.pop()
        self.done.append(entry)
        return entry[0], entry[1]
