"""The annotator's working state: the open document, its spans, the selected span, link mode.

Every change goes through a Session command; this object turns key presses and clicks into
those commands and keeps a cache of the open document's layers, refreshed from the Change the
session announces (only what changed). Widgets observe its signals and render.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from civannot.models.database import ConnectionLost
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
        (r"Comment on the span", QCoreApplication.translate("Session", "Comment on the span")),
        (
            r"Comment on the document",
            QCoreApplication.translate("Session", "Comment on the document"),
        ),
        (
            r"Remove the comment on the span",
            QCoreApplication.translate("Session", "Remove the comment on the span"),
        ),
        (
            r"Remove the comment on the document",
            QCoreApplication.translate("Session", "Remove the comment on the document"),
        ),
        (
            r"the comment already says this",
            QCoreApplication.translate("Session", "The comment already says this"),
        ),
        (
            r"Label (\d+) occurrences as (\S+)",
            QCoreApplication.translate("Session", "Label {0} occurrences as {1}"),
        ),
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
        (
            r"Accept suggestions of rules with precision ≥ (\d+%)",
            QCoreApplication.translate(
                "Session", "Accept suggestions of rules with precision ≥ {0}"
            ),
        ),
        (
            r"no suggestion here comes from a rule with a precision of (\d+%) or more",
            QCoreApplication.translate(
                "Session", "No suggestion here comes from a rule with a precision of {0} or more"
            ),
        ),
        (
            r"the precision threshold must be between 0 and 1, not (\S+)",
            QCoreApplication.translate(
                "Session", "The precision threshold must be between 0 and 1, not {0}"
            ),
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
        (
            r"“(.*)” does not fit the damaged bytes: after the lost first byte the source had (.*)",
            QCoreApplication.translate(
                "Session",
                "“{0}” does not fit the damaged bytes: after the lost first byte the source had {1}",
            ),
        ),
        (
            r"“(.*)” cannot be written in GBK, the encoding the damaged bytes came from",
            QCoreApplication.translate(
                "Session",
                "“{0}” cannot be written in GBK, the encoding the damaged bytes came from",
            ),
        ),
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
    searchChanged = Signal()  # the hits of the search in the open document
    commentsChanged = Signal()
    message = Signal(str)  # a refusal or a hint: shown near the text and in the status bar

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.project = session.project
        self.schema = session.project.schema
        self.doc: Document | None = None
        self.spans: dict[int, Span] = {}
        self.suggestions: dict[int, Span] = {}
        self.relations: dict[int, Relation] = {}
        self.auto_relations: dict[int, Relation] = {}  # the pre-annotation's, in the auto layer
        self.selected: int | None = None
        self.selected_relation: int | None = None  # an arc or list row the annotator picked
        self.comments: list = []  # civannot.comments.CommentView of the open document
        self.search_pattern: re.Pattern[str] | None = None
        self.search_hits: list[tuple[int, int]] = []
        self.hit_index = -1
        self.link_head: int | None = None
        self.link_type: str | None = None
        self.status = "todo"
        self._directive_labels = {lab.name for lab in self.schema.labels if lab.kind == "directive"}
        self._visible: list[Span] | None = None  # cache of visible_suggestions()
        self._sql: tuple[str, str] | None = None  # queries of _load_spans, built once
        self._unsubscribe = session.subscribe(self._on_change)
        from civannot.ui.connection import ConnectionWatch

        # a team server's connection may break: say so, reconnect, run the command again
        self.connection = ConnectionWatch(session, self)

    @property
    def annotator(self) -> str:
        return self.session.annotator

    @property
    def closed(self) -> bool:
        """The window closed: views with a refresh pending must not read the project."""
        return self._unsubscribe is None

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
        self.auto_relations = (
            {r.id: r for r in self.project.relations(doc_id, AUTO_LAYER)}
            if self.suggestions
            else {}
        )
        self._visible = None
        self.selected = None
        self.selected_relation = None
        self.link_head = None
        self.link_type = None
        self._find_hits()
        self._load_comments()
        # opening is not annotating: the status moves when the annotator changes something
        self.status = self.project.status(doc_id, self.annotator)
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

    # ---- comments ---------------------------------------------------------------------------

    def _load_comments(self) -> None:
        from civannot.comments import comments_of

        self.comments = comments_of(self.project, self.doc.id) if self.doc is not None else []
        self.commentsChanged.emit()

    def comments_on(self, span_id: int | None) -> list:
        """The comments on a span (by its uid), or on the document (None)."""
        if span_id is None:
            return [c for c in self.comments if c.on_document]
        span = self.span(span_id)
        uid = getattr(span, "uid", None) if span is not None else None
        if not uid:
            return []
        return [c for c in self.comments if c.span_uid == uid]

    def my_comment(self, span_id: int | None) -> str:
        return next((c.text for c in self.comments_on(span_id) if c.author == self.annotator), "")

    def set_comment(self, text: str, span_id: int | None = None) -> Change | None:
        """Write (or, empty, remove) my note on the selected span or the document."""
        if self.doc is None:
            return None
        span_uid = None
        if span_id is not None:
            span = self.spans.get(span_id)
            if span is None or not getattr(span, "uid", None):
                self.message.emit(self.tr("Only your own spans take a comment"))
                return None
            span_uid = span.uid
        return self._run(self.session.set_comment, self.doc.id, text, span_uid=span_uid)

    # ---- search in the open document -------------------------------------------------------

    def set_search(self, needle: str, regex: bool = False) -> str | None:
        """Highlight the hits of a query in the open document; the error of a bad one."""
        from civannot.text_search import SearchError, compile_query

        try:
            self.search_pattern = compile_query(needle, regex)
        except SearchError as e:
            self.search_pattern = None
            self._find_hits()
            return str(e)
        self._find_hits()
        return None

    def _find_hits(self) -> None:
        from civannot.text_search import find_in_text

        self.search_hits = find_in_text(self.text, self.search_pattern)
        self.hit_index = -1
        self.searchChanged.emit()

    def step_hit(self, direction: int, caret: int = 0) -> tuple[int, int] | None:
        """The next (+1) or previous (-1) hit from the current one (or the caret), wrapping."""
        hits = self.search_hits
        if not hits:
            self.message.emit(self.tr("No hit in this document"))
            return None
        if self.hit_index < 0:
            after = [i for i, h in enumerate(hits) if h[0] >= caret]
            first = after[0] if after else 0
            i = first if direction > 0 else first - 1
        else:
            i = self.hit_index + direction
        self.hit_index = i % len(hits)
        self.searchChanged.emit()
        return hits[self.hit_index]

    def label_occurrences(self, items: list, label: str) -> int:
        """Tag the ticked occurrences (text_search.Occurrence) with `label`: one undo step per
        document. Returns how many spans were added; the others are reported."""
        by_doc: dict[int, list] = {}
        for occ in items:
            by_doc.setdefault(occ.doc_id, []).append(occ)
        added, refused = 0, 0
        for doc_id, occs in by_doc.items():
            with self.session.group(f"Label {len(occs)} occurrences as {label}"):
                for occ in occs:
                    try:
                        self.session.add_span(doc_id, occ.start, occ.end, label)
                        added += 1
                    except SessionError:
                        refused += 1
        if added and self.doc is not None and self.doc.id in by_doc:
            self._mark_started()
        text = self.tr("Tagged {n} occurrence(s) as {label}").format(n=added, label=label)
        if refused:
            text += self.tr("; {m} refused (overlap)").format(m=refused)
        self.message.emit(text)
        return added

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

    def suggested_relations(self) -> list[tuple[Relation, Span, Span]]:
        """The pre-annotation's relations still to decide, with the ends as shown: a visible
        suggestion, or the span of mine that took its place. Shown beside the annotator's own
        relations (dashed), so a relation is seen before both of its ends are accepted."""
        if not self.auto_relations:
            return []
        mine_at = {(s.start, s.end, s.label): s for s in self.spans.values()}
        visible = {s.id for s in self.visible_suggestions()}
        have = set()
        for r in self.relations.values():
            h, t = self.spans.get(r.head), self.spans.get(r.tail)
            if h is not None and t is not None:
                have.add((r.type, h.id, t.id))
        out = []
        for r in self.auto_relations.values():
            ends = []
            for sid in (r.head, r.tail):
                sug = self.suggestions.get(sid)
                if sug is None:
                    break
                mine = mine_at.get((sug.start, sug.end, sug.label))
                if mine is not None:
                    ends.append(mine)
                elif sid in visible:
                    ends.append(sug)
                else:
                    break  # that end was decided otherwise: the relation has no place
            if len(ends) == 2 and (r.type, ends[0].id, ends[1].id) not in have:
                out.append((r, ends[0], ends[1]))
        return out

    def accept_relation(self, relation_id: int) -> Change | None:
        """Take a suggested relation: its ends still suggested are accepted with it (one step)."""
        found = next((x for x in self.suggested_relations() if x[0].id == relation_id), None)
        if found is None:
            self.message.emit(self.tr("No such suggested relation"))
            return None
        rel, head, tail = found
        if head.id in self.spans and tail.id in self.spans:  # (its ends accepted one by one)
            return self._run(
                self.session.add_relation,
                rel.type,
                head.id,
                tail.id,
                provenance=rel.provenance,
                confidence=rel.confidence,
            )
        return self._run(self.session.accept_suggestions, [rel.head, rel.tail])

    def select_relation(self, relation_id: int | None) -> None:
        self.selected_relation = relation_id
        self.selected = None
        self.selectionChanged.emit()

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
        self.selected_relation = None
        self.selectionChanged.emit()

    def _run(self, command, *args, **kwargs) -> Change | None:  # noqa: ANN001
        mark = self.session.stacks()
        try:
            change = command(*args, **kwargs)
            self._start_work(change)
        except SessionError as e:
            self.message.emit(session_text(str(e), self.text))
            return None
        except ConnectionLost as e:
            # nothing of the command was written (or its COMMIT got through: the watch asks
            # the server); it runs again once the connection is back
            self.connection.lost(
                e,
                self._describe(command, args),
                lambda: self._run(command, *args, **kwargs),
                mark,
            )
            return None
        return change

    def _describe(self, command, args: tuple) -> str:  # noqa: ANN001
        """A waiting command as the annotator knows it (the status bar names it)."""
        name = getattr(command, "__name__", "")
        if name == "add_span" and len(args) >= 4:
            _doc, start, end, label = args[:4]
            text = self.text[start:end] if self.doc is not None and self.doc.id == _doc else ""
            return session_text(f"Add {label} “{text}”")
        return name.replace("_", " ").capitalize()

    def _start_work(self, change: Change | None) -> None:
        """The annotator's first change to a document to do puts it in progress. Written
        beside the command, not as part of its undo step: undoing the first span leaves the
        document started (as brat and INCEpTION do), and a status is not an annotation."""
        doc = self.doc
        if (
            change is None
            or doc is None
            or change.doc_id != doc.id
            or change.layer != self.annotator
            or change.status is not None
            or self.status != "todo"
        ):
            return
        self._mark_started()

    def _mark_started(self) -> None:
        doc = self.doc
        if doc is None or self.status != "todo":
            return
        self.project.write_status(doc.id, self.annotator, "in_progress", source="session")
        self.status = "in_progress"
        self.statusChanged.emit(doc.id, self.status)

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
        if sid is None and self.selected_relation is not None:
            rid, self.selected_relation = self.selected_relation, None
            if rid in self.relations:
                self.remove_relation(rid)
            else:  # a suggested one (negative id): it has no row of the annotator's to remove
                self.message.emit(self.tr("A suggested relation goes when one of its ends does"))
            return
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
        rid = self.selected_relation
        if span_id is None and self.selected is None and rid is not None and rid < 0:
            self.accept_relation(-rid)  # a suggested relation picked on its arc or in the list
            return
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
            # either end will do: the link is made the right way round (link below)
            if not any(label in r.head or label in r.tail for r in self.schema.relations):
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
            if rtype is None and self.relation_type_for(tail, head) is not None:
                # started from the tail's end (L on the TITLE): link the right way round
                head, tail = tail, head
                head_id, tail_id = tail_id, head_id
                rtype = self.relation_type_for(head, tail)
            if rtype is None:
                self.message.emit(
                    self.tr("No relation goes from {head} to {tail}").format(
                        head=head.label, tail=tail.label
                    )
                )
                return None
        else:
            try:
                spec = self.schema.relation(rtype)
            except KeyError:
                spec = None
            if (
                spec is not None
                and not (head.label in spec.head and tail.label in spec.tail)
                and (tail.label in spec.head and head.label in spec.tail)
            ):
                head_id, tail_id = tail_id, head_id  # the relation key pressed on its tail
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

    def _history(self, step) -> Change | None:  # noqa: ANN001
        target = self.session.undo_doc if step == self.session.undo else self.session.redo_doc
        if target is not None and (self.doc is None or self.doc.id != target):
            # show the document whose change is being undone, so nothing changes out of sight
            self.open_document(target)
        try:
            change = step()
        except ConnectionLost as e:
            # undo/redo leave their stack only once written: run again after reconnecting
            what = self.tr("Undo") if step == self.session.undo else self.tr("Redo")
            self.connection.lost(e, what, lambda: self._history(step))
            return None
        except SessionError as e:
            self.message.emit(session_text(str(e), self.text))
            return None
        if change is not None and self.doc is not None and change.doc_id == self.doc.id:
            # an undone first status leaves no row (the change says no status): read it back
            status = self.project.status(self.doc.id, self.annotator)
            if status != self.status:
                self.status = status
                self.statusChanged.emit(self.doc.id, status)
        if change is None:
            self.message.emit(
                self.tr("Nothing to undo")
                if step == self.session.undo
                else self.tr("Nothing to redo")
            )
        return change

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
            change.comments_changed
            and self.doc is not None
            and (change.doc_id == self.doc.id or self.doc.id in change.documents or change.external)
        ):
            self._load_comments()
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
                rels = self.relations if change.layer == self.annotator else self.auto_relations
                for rid in change.relations_removed:
                    rels.pop(rid, None)
                for r in change.relations_added:
                    rels[r.id] = r
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
        if change.text_changed:
            self._find_hits()
        if not change.text_changed:
            return Change(
                change.description, doc_id, self.annotator, undo=change.undo, flags_changed=True
            )
        mine, my_relations = set(self.spans), set(self.relations)
        self.spans = self._load_spans(doc_id, self.annotator)
        self.suggestions = self._load_spans(doc_id, AUTO_LAYER)
        self.relations = {r.id: r for r in self.project.relations(doc_id, self.annotator)}
        self.auto_relations = {r.id: r for r in self.project.relations(doc_id, AUTO_LAYER)}
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
