"""The annotator's working state: the open document, its spans, the selected span, link mode.

Every change goes through a Session command; this object turns key presses and clicks into
those commands and keeps a cache of the open document's layers, refreshed from the Change the
session announces (only what changed). Widgets observe its signals and render.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from civannot.project import ProjectError
from civannot.records import AUTO_LAYER, Document, Flag, Relation, Span
from civannot.selection import directive_around, snap, word_snap
from civannot.session import Change, Session, SessionError


def coalesced(fn: Callable[[], None]) -> Callable[..., None]:
    """A slot that runs `fn` once when control returns to the event loop, however many signals
    of one command call it (a change, then a selection)."""
    pending = False

    def run() -> None:
        nonlocal pending
        pending = False
        fn()

    def schedule(*_args: object) -> None:
        nonlocal pending
        if not pending:
            pending = True
            QTimer.singleShot(0, run)

    return schedule


_Q = "“(.*)”"  # a quoted piece of text (core descriptions quote span texts so)


def _session_patterns() -> list[tuple[str, str]]:
    """(pattern of a core description or refusal, its text in the UI language). Built per call,
    so a language switch applies at once; the literals are what lupdate collects."""
    return [
        (rf"Add (\S+) {_Q}", QCoreApplication.translate("Session", "Add {0} “{1}”")),
        (rf"Remove (\S+) {_Q}", QCoreApplication.translate("Session", "Remove {0} “{1}”")),
        (r"Remove (\d+) spans", QCoreApplication.translate("Session", "Remove {0} spans")),
        (
            rf"Relabel {_Q} (\S+) → (\S+)",
            QCoreApplication.translate("Session", "Relabel “{0}” {1} → {2}"),
        ),
        (rf"Resize (\S+) to {_Q}", QCoreApplication.translate("Session", "Resize {0} to “{1}”")),
        (rf"Link {_Q} (\S+) {_Q}", QCoreApplication.translate("Session", "Link “{0}” {1} “{2}”")),
        (r"Unlink (\S+)", QCoreApplication.translate("Session", "Unlink {0}")),
        (r"Mark done", QCoreApplication.translate("Session", "Mark done")),
        (r"Mark in progress", QCoreApplication.translate("Session", "Mark in progress")),
        (r"Mark to do", QCoreApplication.translate("Session", "Mark to do")),
        (rf"Accept repair {_Q}", QCoreApplication.translate("Session", "Accept repair “{0}”")),
        (rf"Reject repair {_Q}", QCoreApplication.translate("Session", "Reject repair “{0}”")),
        (rf"Repair {_Q} → {_Q}", QCoreApplication.translate("Session", "Repair “{0}” → “{1}”")),
        (
            r"Accept all (\S+) suggestions \((\d+)\)",
            QCoreApplication.translate("Session", "Accept all {0} suggestions ({1})"),
        ),
        (
            r"Accept (\d+) suggestions",
            QCoreApplication.translate("Session", "Accept {0} suggestions"),
        ),
        (rf"Accept (\S+) {_Q}", QCoreApplication.translate("Session", "Accept {0} “{1}”")),
        (rf"Reject (\S+) {_Q}", QCoreApplication.translate("Session", "Reject {0} “{1}”")),
        (
            r"(\S+) “(.*)” would overlap (\S+) “(.*)”: entity spans of one layer do not overlap",
            QCoreApplication.translate(
                "Session", "{0} “{1}” would overlap {2} “{3}”: entities do not overlap"
            ),
        ),
        (
            r"(\S+) “(.*)” would overlap (\S+) “(.*)”: directive spans of one layer do not overlap",
            QCoreApplication.translate(
                "Session", "{0} “{1}” would overlap {2} “{3}”: directives do not overlap"
            ),
        ),
        (
            r"(\S+) \d+-\d+ is already there",
            QCoreApplication.translate("Session", "This {0} is already there"),
        ),
        (
            r"the span is already (\S+)",
            QCoreApplication.translate("Session", "The span is already {0}"),
        ),
        (
            r"the span already has these bounds",
            QCoreApplication.translate("Session", "The span already has these bounds"),
        ),
        (
            r"(\S+) goes from (\S+) to (\S+), not from (\S+) to (\S+)",
            QCoreApplication.translate("Session", "{0} goes from {1} to {2}, not from {3} to {4}"),
        ),
        (r"(\S+) is already there", QCoreApplication.translate("Session", "{0} is already there")),
        (
            r"the suggestion overlaps a span of yours",
            QCoreApplication.translate("Session", "The suggestion overlaps one of your spans"),
        ),
        (r"already accepted", QCoreApplication.translate("Session", "Already accepted")),
    ]


_RANGE = re.compile(r"(\S+) (\d+)-(\d+)(?= would overlap|: entity|: directive|$)")


def session_text(text: str, doc_text: str = "") -> str:
    """A description or refusal of the core session in the UI language (the core speaks
    English); the offsets of an overlap refusal become the texts the annotator sees."""
    if doc_text and " would overlap " in text:

        def quote(m: re.Match[str]) -> str:
            a, b = int(m.group(2)), int(m.group(3))
            return f"{m.group(1)} “{doc_text[a:b]}”"

        text = _RANGE.sub(quote, text)
    for pattern, translated in _session_patterns():
        m = re.fullmatch(pattern, text)
        if m is not None:
            return translated.format(*m.groups())
    return text


class Workspace(QObject):
    documentOpened = Signal(int)
    annotationsChanged = Signal(object)  # civannot.session.Change
    selectionChanged = Signal()
    statusChanged = Signal(int, str)
    flagsChanged = Signal(int)
    linkModeChanged = Signal()
    message = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.project = session.project
        self.schema = session.project.schema
        self.doc: Document | None = None
        self.spans: dict[int, Span] = {}
        self.suggestions: dict[int, Span] = {}
        self.relations: dict[int, Relation] = {}
        self.selected: int | None = None
        self.link_head: int | None = None
        self.link_type: str | None = None
        self.status = "todo"
        self._directive_labels = {lab.name for lab in self.schema.labels if lab.kind == "directive"}
        self._visible: list[Span] | None = None  # cache of visible_suggestions()
        self._sql: tuple[str, str] | None = None  # queries of _load_spans, built once
        self._unsubscribe = session.subscribe(self._on_change)

    @property
    def annotator(self) -> str:
        return self.session.annotator

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    # ---- opening --------------------------------------------------------------------------

    def open_document(self, doc_id: int) -> None:
        try:
            doc = self.project.document(doc_id)
        except ProjectError as e:
            self.message.emit(str(e))
            return
        self.doc = doc
        self.session.remember_text(doc_id, doc.text)
        self.spans = self._load_spans(doc_id, self.annotator)
        self.suggestions = self._load_spans(doc_id, AUTO_LAYER)
        self.relations = {r.id: r for r in self.project.relations(doc_id, self.annotator)}
        self._visible = None
        self.selected = None
        self.link_head = None
        self.link_type = None
        self.status = self.project.status(doc_id, self.annotator)
        if self.status == "todo":
            # opening an article starts work on it; not an annotation, so not an undo step
            self.project.write_status(doc_id, self.annotator, "in_progress")
            self.status = "in_progress"
            self.statusChanged.emit(doc_id, self.status)
        self.documentOpened.emit(doc_id)

    def _load_spans(self, doc_id: int, layer: str) -> dict[int, Span]:
        """Project.spans without peewee's per-value conversion and query building (the columns
        are plain ints, strings and floats): a third of opening a long article otherwise."""
        p = self.project
        if self._sql is None:
            S, L = p.m.Span, p.m.Layer
            fields = (S.id, S.start, S.end, S.label, S.text, S.origin, S.author, S.confidence,
                      S.uid, S.provenance)  # fmt: skip
            self._sql = (
                L.select(L.id).where(L.name == "").sql()[0],
                S.select(*fields)
                .where((S.document == 0) & (S.layer == 0))
                .order_by(S.start, S.end, S.id)
                .sql()[0],
            )
        layer_sql, span_sql = self._sql
        row = p.db.execute_sql(layer_sql, (layer,)).fetchone()
        if row is None:
            return {}
        rows = p.db.execute_sql(span_sql, (doc_id, row[0])).fetchall()
        return {
            r[0]: Span(r[1], r[2], r[3], r[4], r[5], r[6], r[0], r[7], r[8], r[9] or "")
            for r in rows
        }

    @property
    def text(self) -> str:
        return self.doc.text if self.doc else ""

    # ---- queries for the views ------------------------------------------------------------

    def is_directive(self, label: str) -> bool:
        return label in self._directive_labels

    def visible_suggestions(self) -> list[Span]:
        """Suggestions still waiting for a decision: none of mine overlaps them.

        A span of mine of the same kind over the same characters means the annotator has
        decided there (accepted, or tagged otherwise), so the suggestion is no longer shown.
        """
        if self._visible is not None:
            return self._visible
        if not self.suggestions:
            self._visible = []
            return self._visible
        # characters covered by my entities / my directives: a suggestion touching one is decided
        n = len(self.text)
        covered = {False: bytearray(n), True: bytearray(n)}
        for m in self.spans.values():
            cov = covered[self.is_directive(m.label)]
            cov[m.start : m.end] = b"\x01" * (m.end - m.start)
        out = [
            s
            for s in self.suggestions.values()
            if not any(covered[self.is_directive(s.label)][s.start : s.end])
        ]
        out.sort(key=lambda s: (s.start, s.end))
        self._visible = out
        return out

    def span(self, span_id: int | None) -> Span | None:
        if span_id is None:
            return None
        return self.spans.get(span_id) or self.suggestions.get(span_id)

    def is_suggestion(self, span_id: int | None) -> bool:
        return span_id is not None and span_id in self.suggestions and span_id not in self.spans

    def spans_at(self, pos: int) -> list[Span]:
        """Spans covering code point `pos`: mine first, entities before directives, shortest first."""
        hits = [s for s in self.spans.values() if s.start <= pos < s.end]
        hits += [s for s in self.visible_suggestions() if s.start <= pos < s.end]
        hits.sort(
            key=lambda s: (s.id in self.suggestions, self.is_directive(s.label), s.end - s.start)
        )
        return hits

    def relations_of(self, span_id: int) -> list[Relation]:
        return [r for r in self.relations.values() if span_id in (r.head, r.tail)]

    def label_counts(self) -> dict[str, tuple[int, int]]:
        """label -> (my spans, open suggestions) in this document."""
        counts = {name: [0, 0] for name in self.schema.label_names}
        for s in self.spans.values():
            counts.setdefault(s.label, [0, 0])[0] += 1
        for s in self.visible_suggestions():
            counts.setdefault(s.label, [0, 0])[1] += 1
        return {k: (v[0], v[1]) for k, v in counts.items()}

    # ---- selection ------------------------------------------------------------------------

    def select(self, span_id: int | None) -> None:
        if span_id is not None and self.span(span_id) is None:
            span_id = None
        if self.link_head is not None and span_id is not None and span_id != self.link_head:
            if span_id in self.spans:
                self.link(self.link_head, span_id, self.link_type)
                return
            self.message.emit(self.tr("Accept the suggestion before linking it"))
            return
        self.selected = span_id
        self.selectionChanged.emit()

    def _run(self, command, *args, **kwargs) -> Change | None:  # noqa: ANN001
        try:
            return command(*args, **kwargs)
        except SessionError as e:
            self.message.emit(session_text(str(e), self.text))
            return None

    # ---- tagging --------------------------------------------------------------------------

    def tag(self, label: str, start: int, end: int, *, words: bool = False) -> Change | None:
        if self.doc is None:
            return None
        found = word_snap(self.text, start, end) if words else snap(self.text, start, end)
        if found is None:
            self.message.emit(self.tr("Nothing to tag: the selection is only spaces or marks"))
            return None
        change = self._run(self.session.add_span, self.doc.id, found[0], found[1], label)
        if change and change.spans_added:
            self.select(change.spans_added[0].id)
        return change

    def tag_directive_around(self, pos: int, *, clause: bool = False) -> Change | None:
        found = self.directive_range(pos, clause=clause)
        if found is None:
            return None
        label = self.directive_label()
        if label is None:
            return None
        return self.tag(label, *found)

    def directive_range(self, pos: int, *, clause: bool = False) -> tuple[int, int] | None:
        found = directive_around(self.text, pos, clause=clause)
        if found is None:
            self.message.emit(self.tr("No sentence at the caret"))
        return found

    def directive_label(self) -> str | None:
        for lab in self.schema.labels:
            if lab.kind == "directive":
                return lab.name
        self.message.emit(self.tr("This schema has no directive label"))
        return None

    def apply_label(
        self, label: str, selection: tuple[int, int] | None, *, words: bool = False
    ) -> None:
        """A label key: tag the text selection, or relabel the selected span."""
        if self.doc is None:
            return
        if selection and selection[0] != selection[1]:
            self.tag(label, *selection, words=words)
            return
        sid = self.selected
        if sid is None:
            self.message.emit(self.tr("Select some text or a span first"))
            return
        if self.is_suggestion(sid):
            sug = self.suggestions[sid]
            if sug.label == label:
                self.accept(sid)
            else:
                self.tag(label, sug.start, sug.end)
            return
        span = self.spans[sid]
        if span.label == label:
            self.message.emit(self.tr("The span is already {label}").format(label=label))
            return
        self._run(self.session.relabel_span, sid, label)

    def delete_selected(self) -> None:
        sid = self.selected
        if sid is None:
            self.message.emit(self.tr("No span selected"))
        elif self.is_suggestion(sid):
            self.reject(sid)
        else:
            self._run(self.session.remove_span, sid)

    def resize_selected(self, edge: str, delta: int) -> None:
        sid = self.selected
        span = self.spans.get(sid) if sid is not None else None
        if span is None:
            self.message.emit(self.tr("Select one of your spans to resize it"))
            return
        start, end = span.start, span.end
        if edge == "start":
            start += delta
        else:
            end += delta
        if start >= end:
            self.message.emit(self.tr("A span keeps at least one character"))
            return
        self._run(self.session.resize_span, sid, start, end)

    # ---- suggestions ----------------------------------------------------------------------

    def _suggestion_target(self, span_id: int | None, caret: int | None) -> int | None:
        sid = span_id if span_id is not None else self.selected
        if sid is not None and self.is_suggestion(sid):
            return sid
        if caret is not None:
            for s in self.visible_suggestions():
                if s.start <= caret < s.end:
                    return s.id
        self.message.emit(self.tr("No suggestion selected (N jumps to the next one)"))
        return None

    def accept(self, span_id: int | None = None, caret: int | None = None) -> None:
        sid = self._suggestion_target(span_id, caret)
        if sid is None:
            return
        change = self._run(self.session.accept_suggestions, [sid])
        if change and change.spans_added:
            self.select(change.spans_added[0].id)

    def reject(self, span_id: int | None = None, caret: int | None = None) -> None:
        sid = self._suggestion_target(span_id, caret)
        if sid is None:
            return
        self._run(self.session.reject_suggestion, sid)

    def accept_all(self, label: str | None = None) -> None:
        if label is None:
            span = self.span(self.selected)
            if span is None:
                self.message.emit(self.tr("Select a suggestion to accept all of its label"))
                return
            label = span.label
        ids = [s.id for s in self.visible_suggestions() if s.label == label]
        if not ids:
            self.message.emit(
                self.tr("No open {label} suggestion in this document").format(label=label)
            )
            return
        self._run(
            self.session.accept_suggestions,
            ids,
            description=f"Accept all {label} suggestions ({len(ids)})",
        )

    def step_suggestion(self, direction: int, caret: int = 0) -> Span | None:
        """Select the next (+1) or previous (-1) open suggestion from the selection or caret."""
        items = self.visible_suggestions()
        if not items:
            self.message.emit(self.tr("No open suggestion in this document"))
            return None
        current = self.span(self.selected)
        pivot = (current.start, current.end) if current else (caret, caret)
        if direction > 0:
            after = [s for s in items if (s.start, s.end) > pivot]
            target = after[0] if after else items[0]
        else:
            before = [s for s in items if (s.start, s.end) < pivot]
            target = before[-1] if before else items[-1]
        self.select(target.id)
        return target

    # ---- relations ------------------------------------------------------------------------

    def start_link(self, rtype: str | None = None) -> None:
        sid = self.selected
        if sid is None or sid not in self.spans:
            self.message.emit(self.tr("Select one of your spans to link from"))
            return
        if rtype is None:
            label = self.spans[sid].label
            if not any(label in r.head for r in self.schema.relations):
                self.message.emit(self.tr("No relation starts at {label}").format(label=label))
                return
        self.link_head = sid
        self.link_type = rtype
        self.message.emit(self.tr("Link: click the span it points to (Esc cancels)"))
        self.linkModeChanged.emit()

    def cancel_link(self) -> None:
        if self.link_head is not None:
            self.link_head = None
            self.link_type = None
            self.linkModeChanged.emit()

    def relation_type_for(self, head: Span, tail: Span) -> str | None:
        for rel in self.schema.relations:
            if head.label in rel.head and tail.label in rel.tail:
                return rel.name
        return None

    def link(self, head_id: int, tail_id: int, rtype: str | None = None) -> Change | None:
        self.link_head = None
        self.link_type = None
        self.linkModeChanged.emit()
        head, tail = self.spans.get(head_id), self.spans.get(tail_id)
        if head is None or tail is None:
            self.message.emit(self.tr("Only your own spans can be linked"))
            return None
        if rtype is None:
            rtype = self.relation_type_for(head, tail)
            if rtype is None:
                self.message.emit(
                    self.tr("No relation goes from {head} to {tail}").format(
                        head=head.label, tail=tail.label
                    )
                )
                return None
        change = self._run(self.session.add_relation, rtype, head_id, tail_id)
        if change:
            self.selected = head_id
            self.selectionChanged.emit()
        return change

    def remove_relation(self, relation_id: int) -> None:
        self._run(self.session.remove_relation, relation_id)

    # ---- status, undo ---------------------------------------------------------------------

    def mark_done(self) -> bool:
        if self.doc is None:
            return False
        if self.status == "done":
            return True
        return self._run(self.session.set_status, self.doc.id, "done") is not None

    def undo(self) -> None:
        self._history(self.session.undo)

    def redo(self) -> None:
        self._history(self.session.redo)

    def _history(self, step) -> None:  # noqa: ANN001
        target = self.session.undo_doc if step == self.session.undo else self.session.redo_doc
        if target is not None and (self.doc is None or self.doc.id != target):
            # show the document whose change is being undone, so nothing changes out of sight
            self.open_document(target)
        try:
            change = step()
        except SessionError as e:
            self.message.emit(session_text(str(e), self.text))
            return
        if change is None:
            self.message.emit(
                self.tr("Nothing to undo")
                if step == self.session.undo
                else self.tr("Nothing to redo")
            )

    # ---- quality flags --------------------------------------------------------------------

    def resolve_flag(self, index: int, action: str, alternative: str | None = None) -> None:
        """accept / reject a proposed repair or put another reading in its place (the text
        changes, undoably); other flags only record the decision."""
        if self.doc is None or not (0 <= index < len(self.doc.flags)):
            return
        from civannot.flag_review import damaged_reading, is_repair, review_flag

        flag = self.doc.flags[index]
        original = damaged_reading(flag, self.text) if is_repair(flag) else None
        # a repair whose damaged original is unknown can only record a rejection
        if is_repair(flag) and (action in ("accept", "choose") or original is not None):
            if action == "choose" and alternative is None:
                return  # nothing chosen (a menu closed)
            choice = {"accept": None, "reject": original, "choose": alternative}.get(action)
            if action in ("accept", "reject", "choose"):
                self._run(self.session.choose_repair, self.doc.id, index, choice)
                return
        try:
            flags = review_flag(self.doc.flags, index, action, alternative)
        except ValueError as e:
            self.message.emit(str(e))
            return
        self.project.set_flags(self.doc.id, flags, author=self.session.annotator)
        self.doc.flags = flags
        self.flagsChanged.emit(self.doc.id)

    def open_flags(self) -> list[tuple[int, Flag]]:
        if self.doc is None:
            return []
        return list(enumerate(self.doc.flags))

    # ---- keeping the cache in step with the session ---------------------------------------

    def _on_change(self, change: Change) -> None:
        if (
            self.doc is not None
            and change.doc_id is None
            and (change.external or self.doc.id in change.documents)
        ):
            # written elsewhere (another process, a merge, an import): reload what is shown
            self.open_document(self.doc.id)
            self.annotationsChanged.emit(change)
            return
        rewritten = (change.text_changed or change.flags_changed) and (
            self.doc is not None and change.doc_id == self.doc.id
        )
        if rewritten:
            change = self._reload_rewritten(change)
        if self.doc is not None and change.doc_id == self.doc.id:
            self._visible = None
            if change.layer == self.annotator:
                target = self.spans
            elif change.layer == AUTO_LAYER:
                target = self.suggestions
            else:
                target = None
            if target is not None:
                for sid in change.spans_removed:
                    target.pop(sid, None)
                for s in change.spans_added + change.spans_changed:
                    target[s.id] = s
                if change.layer == self.annotator:
                    for rid in change.relations_removed:
                        self.relations.pop(rid, None)
                    for r in change.relations_added:
                        self.relations[r.id] = r
            if change.status is not None and change.layer == self.annotator:
                self.status = change.status
            if self.selected is not None and self.span(self.selected) is None:
                self.selected = None
                if change.undo and change.spans_added:
                    self.selected = change.spans_added[0].id
            elif change.undo and change.spans_added and change.layer == self.annotator:
                self.selected = change.spans_added[0].id
            if self.link_head is not None and self.link_head not in self.spans:
                self.link_head = None
            self._leave_decided_suggestion()
        if change.status is not None:
            self.statusChanged.emit(change.doc_id, change.status)
        self.annotationsChanged.emit(change)
        if rewritten:
            self.flagsChanged.emit(change.doc_id)
        self.selectionChanged.emit()

    def _leave_decided_suggestion(self) -> None:
        """A selected suggestion that a change decided (accept all, a span tagged over it) is
        hidden: select the span that took its place, or nothing, so that Del, A or R never act
        on a suggestion the annotator no longer sees."""
        sid = self.selected
        if not self.is_suggestion(sid) or any(s.id == sid for s in self.visible_suggestions()):
            return
        sug = self.suggestions[sid]
        same = (sug.start, sug.end, sug.label)
        self.selected = next(
            (s.id for s in self.spans.values() if (s.start, s.end, s.label) == same), None
        )

    def _reload_rewritten(self, change: Change) -> Change:
        """A repair choice rewrote the text (offsets of every layer may have moved) or its
        flags: reload the document, and pass on the annotator's part of the change, so views
        that follow one layer stay right (the article redraws all on text_changed)."""
        doc_id = change.doc_id
        try:
            self.doc = self.project.document(doc_id)
        except ProjectError as e:
            self.message.emit(str(e))
            return change
        self.session.remember_text(doc_id, self.doc.text)
        if not change.text_changed:
            return Change(
                change.description, doc_id, self.annotator, undo=change.undo, flags_changed=True
            )
        mine, my_relations = set(self.spans), set(self.relations)
        self.spans = self._load_spans(doc_id, self.annotator)
        self.suggestions = self._load_spans(doc_id, AUTO_LAYER)
        self.relations = {r.id: r for r in self.project.relations(doc_id, self.annotator)}
        return Change(
            change.description,
            doc_id,
            self.annotator,
            spans_added=[s for s in change.spans_added if s.id in self.spans],
            spans_removed=[i for i in change.spans_removed if i in mine],
            spans_changed=[s for s in change.spans_changed if s.id in self.spans],
            relations_added=[r for r in change.relations_added if r.id in self.relations],
            relations_removed=[i for i in change.relations_removed if i in my_relations],
            undo=change.undo,
            text_changed=True,
            flags_changed=True,
        )
