"""What one write changed: views refresh only that."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from civannot.records import Relation, Span


@dataclass
class Change:
    """What one command (or its undo, a merge, an import) changed."""

    description: str
    doc_id: int | None  # the one document changed; None: none or several (see `documents`)
    layer: str
    spans_added: list[Span] = field(default_factory=list)
    spans_removed: list[int] = field(default_factory=list)
    spans_changed: list[Span] = field(default_factory=list)
    relations_added: list[Relation] = field(default_factory=list)
    relations_removed: list[int] = field(default_factory=list)
    status: str | None = None
    undo: bool = False
    # The clean text changed (a repair chosen): offsets of every layer may have moved, so a view
    # reloads the document instead of patching it. Such a change has layer "" (all layers).
    text_changed: bool = False
    flags_changed: bool = False
    # A comment on a document or span was written (views showing comments re-read them).
    comments_changed: bool = False
    # A project meta value changed: listeners that cache it re-read it.
    meta_key: str | None = None
    # Every document touched (bulk writes touch many; `doc_id` is set only when it is one).
    documents: set[int] = field(default_factory=set)
    layers: set[str] = field(default_factory=set)
    # Written by another connection or process: a view reloads what it shows.
    external: bool = False
    source: str = "session"

    def defer(self, **makers: Callable[[], list[Any]]) -> None:
        """Build these fields (spans_added, relations_added...) when they are first read.

        A bulk write (Store.add_rows: 200 documents of suggestions) announces a change whose
        lists no view reads (a view patches the one document it shows from a change of that
        document, and reloads it on a change of many): building a Span and a Relation for each
        row on the chance cost a quarter of the writing process's time."""
        deferred = self.__dict__.setdefault("_deferred", {})
        for name, make in makers.items():
            del self.__dict__[name]
            deferred[name] = make

    if not TYPE_CHECKING:  # mypy keeps checking attribute names: only defer's fields land here

        def __getattr__(self, name: str) -> Any:
            # reached only for an attribute the instance lacks: a field `defer` set aside
            deferred = self.__dict__.get("_deferred")
            if not deferred or name not in deferred:
                raise AttributeError(f"'Change' object has no attribute {name!r}")
            # the maker stays: a copy of this change (which shares `_deferred`) builds its own
            value = self.__dict__[name] = deferred[name]()
            return value

    @property
    def span_ids(self) -> set[int]:
        ids = set(self.spans_removed)
        ids |= {s.id for s in self.spans_added + self.spans_changed if s.id is not None}
        return ids

    @property
    def empty(self) -> bool:
        return not (
            self.spans_added
            or self.spans_removed
            or self.spans_changed
            or self.relations_added
            or self.relations_removed
            or self.status is not None
            or self.text_changed
            or self.flags_changed
            or self.meta_key is not None
            or self.comments_changed
        )
