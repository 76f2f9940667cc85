"""The one way to change annotations: commands with undo, one transaction each.

A command is a list of primitive operations with explicit row ids, so that undo and redo
restore exactly the same rows (relations keep pointing at re-inserted spans). Each command
returns a `Change` naming what it touched, and announces it to the listeners, so views refresh
only that. The undo history belongs to the session, not to a document: it survives switching.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

import peewee as pw

from civannot.models.database import ConnectionLost
from civannot.overlap import overlaps
from civannot.project import Project, ProjectError
from civannot.records import AUTO_LAYER, STATUSES, Flag
from civannot.store import (
    AddRelation,
    AddSpan,
    Change,
    ChangeSpan,
    ChangeText,
    Op,
    RelationRow,
    RemoveRelation,
    RemoveSpan,
    SetComment,
    SetMeta,
    SetStatus,
    SpanRow,
    StoreError,
    inverse_all,
)
from civannot.store.ops import new_uid

__all__ = ["Change", "Command", "Session", "SessionError", "plan_repair"]


class SessionError(ValueError):
    """A command refused: the message is shown to the annotator as it is."""


@dataclass
class Command:
    description: str
    doc_id: int | None  # None: no document (a project setting)
    layer: str
    ops: list[Op]


class Session:
    def __init__(self, project: Project, annotator: str):
        if not annotator or annotator in (AUTO_LAYER,):
            raise SessionError(f"{annotator!r} cannot be an annotator name")
        self.project = project
        self.annotator = annotator
        self._undo: list[Command] = []
        self._redo: list[Command] = []
        self._texts: dict[int, str] = {}
        # SpanHistory.source of what this session writes; a bundle merge replaying an
        # annotator's decisions through a session names the bundle here
        self.source = "session"

    @classmethod
    def open(cls, path: str, annotator: str) -> Session:
        return cls(Project.open(path), annotator)

    def close(self) -> None:
        self.project.close()

    # ---- observers ------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        """Every change of the project, whoever made it (the project's change bus)."""
        return self.project.bus.subscribe(listener)

    # ---- undo / redo ----------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_text(self) -> str:
        return self._undo[-1].description if self._undo else ""

    @property
    def redo_text(self) -> str:
        return self._redo[-1].description if self._redo else ""

    @property
    def undo_doc(self) -> int | None:
        """The document the next undo changes (a view opens it first)."""
        return self._undo[-1].doc_id if self._undo else None

    @property
    def redo_doc(self) -> int | None:
        return self._redo[-1].doc_id if self._redo else None

    def undo(self) -> Change | None:
        if not self._undo:
            return None
        cmd = self._undo[-1]
        inverse = Command(cmd.description, cmd.doc_id, cmd.layer, inverse_all(cmd.ops))
        # the step leaves its stack only once its undo has applied: a refused undo keeps it
        change = self._apply(inverse, undo=True)
        self._undo.pop()
        self._redo.append(cmd)
        return self._announce(change)

    def redo(self) -> Change | None:
        if not self._redo:
            return None
        cmd = self._redo[-1]
        change = self._apply(cmd)
        self._redo.pop()
        self._undo.append(cmd)
        return self._announce(change)

    @contextmanager
    def group(self, description: str) -> Iterator[None]:
        """Commands run inside become one undo step (e.g. an adjudication decision).

        Each still commits and announces on its own, so a crash loses nothing; only undo and
        redo treat them as one. Commands that concern several documents stay separate steps
        (undo opens one document at a time).
        """
        start = len(self._undo)
        try:
            yield
        finally:
            cmds = self._undo[start:]
            docs = {c.doc_id for c in cmds if c.doc_id is not None}
            if len(cmds) > 1 and len(docs) <= 1:
                del self._undo[start:]
                self._undo.append(
                    Command(
                        description,
                        next(iter(docs), None),
                        next((c.layer for c in cmds if c.doc_id is not None), cmds[0].layer),
                        [op for c in cmds for op in c.ops],
                    )
                )
            elif len(cmds) == 1:
                cmds[0].description = description

    def replay(self, cmd: Command) -> Change:
        """Apply a command prepared elsewhere (a bundle merge replaying an annotator's repair)
        in one transaction, announced but kept out of this session's undo history."""
        return self._announce(self._apply(cmd))

    def adopt(self, description: str, ops: list[Op]) -> None:
        """Make a write already done through the store (a bundle merge run in the window) one
        step of this session's undo history."""
        if ops:
            self._undo.append(Command(description, None, "", list(ops)))
            self._redo.clear()

    def stacks(self) -> tuple[int, list[Command]]:
        """Where the undo and redo stacks stand, to put them back with `restore_stacks` when a
        command was not written after all (its connection to the server broke at COMMIT)."""
        return len(self._undo), list(self._redo)

    def restore_stacks(self, mark: tuple[int, list[Command]]) -> None:
        depth, redo = mark
        del self._undo[depth:]
        self._redo[:] = redo

    def _run(self, cmd: Command) -> Change:
        change = self._apply(cmd)
        self._undo.append(cmd)
        self._redo.clear()
        return self._announce(change)

    def _announce(self, change: Change) -> Change:
        # after the stacks are updated, so listeners see the right undo/redo text
        self.project.store.announce(change)
        return change

    def _apply(self, cmd: Command, undo: bool = False) -> Change:
        texts = {cmd.doc_id: self._texts[cmd.doc_id]} if cmd.doc_id in self._texts else {}
        try:
            change = self.project.store.apply(
                cmd.ops,
                description=cmd.description,
                author=self.annotator,
                source=self.source,
                undo=undo,
                texts=texts,  # type: ignore[arg-type]
                announce=False,
            )
        except StoreError as e:
            if "the database refused it" in str(e):
                raise SessionError(str(e)) from None
            raise SessionError(f"{cmd.description}: the project changed elsewhere ({e})") from None
        except pw.IntegrityError as e:
            raise SessionError(f"{cmd.description}: the project changed elsewhere ({e})") from None
        change.doc_id = cmd.doc_id if change.doc_id is None else change.doc_id
        if not change.layer and not change.text_changed:
            change.layer = cmd.layer
        for op in cmd.ops:
            if isinstance(op, ChangeText) and op.after["clean"] != op.before["clean"]:
                self._texts[op.doc] = op.after["clean"]
        return change

    # ---- helpers --------------------------------------------------------------------------

    def remember_text(self, doc_id: int, text: str) -> None:
        """A view that loaded a document hands its text over, so commands need not read it."""
        if len(self._texts) > 32:
            self._texts.clear()
        self._texts[doc_id] = text

    def text(self, doc_id: int) -> str:
        if doc_id not in self._texts:
            if len(self._texts) > 32:
                self._texts.clear()
            try:
                self._texts[doc_id] = self.project.document(doc_id).text
            except ConnectionLost:
                raise
            except ProjectError:
                raise SessionError(f"no document {doc_id}") from None
        return self._texts[doc_id]

    def _layer(self, layer: str | None) -> str:
        return layer or self.annotator

    def _span_row(self, span_id: int) -> SpanRow:
        found = self.project.store.current_span(span_id)
        if found is None:
            raise SessionError(f"span {span_id} no longer exists")
        return found

    def _check_label(self, label: str) -> None:
        if label not in self.project.schema.label_names:
            raise SessionError(f"label {label} is not in this project's schema")

    def _check_overlap(self, row: SpanRow, ignore: int | None = None) -> None:
        """Entity spans of a layer never overlap; DIRECTIVE spans may contain entities
        (the store's rule, asked early for a precise message)."""
        others = [
            o
            for o in self.project.store.spans_overlapping(row.doc, row.layer, row.start, row.end)
            if o.id != ignore
        ]
        clash = overlaps(row, others, self.project.schema.is_directive)
        if clash is None:
            return
        if (clash.start, clash.end, clash.label) == (row.start, row.end, row.label):
            raise SessionError(f"{row.label} {row.start}-{row.end} is already there")
        kind = "directive" if self.project.schema.is_directive(row.label) else "entity"
        raise SessionError(
            f"{row.label} {row.start}-{row.end} would overlap {clash.label} "
            f"{clash.start}-{clash.end}: {kind} spans of one layer do not overlap"
        )

    def _new_id(self, table: str) -> int:
        return self.project.store.new_ids(table, 1)[0]

    # ---- commands -------------------------------------------------------------------------

    def add_span(
        self,
        doc_id: int,
        start: int,
        end: int,
        label: str,
        *,
        layer: str | None = None,
        origin: str = "manual",
    ) -> Change:
        layer = self._layer(layer)
        self._check_label(label)
        text = self.text(doc_id)
        if not (0 <= start < end <= len(text)):
            raise SessionError(f"{start}-{end} is not a range of this text (0-{len(text)})")
        row = SpanRow(
            0, new_uid(), doc_id, layer, start, end, label, text[start:end], origin, self.annotator
        )
        self._check_overlap(row)
        # the id and the span in one transaction: one commit per command, not two
        with self.project.store.transaction():
            row = row.with_(id=self._new_id("span"))
            return self._run(
                Command(f"Add {label} “{_short(row.text)}”", doc_id, layer, [AddSpan(row)])
            )

    def remove_span(self, span_id: int) -> Change:
        row = self._span_row(span_id)
        ops: list[Op] = [
            RemoveRelation(r) for r in self._relations_of(row.doc, row.layer, {span_id})
        ]
        ops.append(RemoveSpan(row))
        return self._run(
            Command(f"Remove {row.label} “{_short(row.text)}”", row.doc, row.layer, ops)
        )

    def remove_spans(self, span_ids: list[int], description: str = "") -> Change:
        ids = list(dict.fromkeys(span_ids))  # the same span named twice is removed once
        if not ids:
            raise SessionError("nothing to remove")
        rows = [self._span_row(i) for i in ids]
        doc_id, layer = rows[0].doc, rows[0].layer
        if any(r.doc != doc_id or r.layer != layer for r in rows):
            raise SessionError("spans of several documents or layers cannot be removed together")
        ops: list[Op] = [RemoveRelation(r) for r in self._relations_of(doc_id, layer, set(ids))]
        ops += [RemoveSpan(r) for r in rows]
        return self._run(Command(description or f"Remove {len(rows)} spans", doc_id, layer, ops))

    def relabel_span(self, span_id: int, label: str) -> Change:
        self._check_label(label)
        row = self._span_row(span_id)
        if row.label == label:
            raise SessionError(f"the span is already {label}")
        after = row.with_(label=label, author=self.annotator)
        self._check_overlap(after, ignore=span_id)
        ops: list[Op] = []
        # relations whose endpoint labels no longer fit go with the old label
        for r in self._relations_of(row.doc, row.layer, {span_id}):
            spec = self.project.schema.relation(r.type)
            end_labels = spec.head if r.head == span_id else spec.tail
            if label not in end_labels:
                ops.append(RemoveRelation(r))
        ops.append(ChangeSpan(row, after))
        return self._run(
            Command(f"Relabel “{_short(row.text)}” {row.label} → {label}", row.doc, row.layer, ops)
        )

    def resize_span(self, span_id: int, start: int, end: int) -> Change:
        row = self._span_row(span_id)
        text = self.text(row.doc)
        if not (0 <= start < end <= len(text)):
            raise SessionError(f"{start}-{end} is not a range of this text (0-{len(text)})")
        if (start, end) == (row.start, row.end):
            raise SessionError("the span already has these bounds")
        after = row.with_(start=start, end=end, text=text[start:end], author=self.annotator)
        self._check_overlap(after, ignore=span_id)
        return self._run(
            Command(
                f"Resize {row.label} to “{_short(after.text)}”",
                row.doc,
                row.layer,
                [ChangeSpan(row, after)],
            )
        )

    def add_relation(
        self,
        rtype: str,
        head_id: int,
        tail_id: int,
        *,
        provenance: str = "",
        confidence: float | None = None,
    ) -> Change:
        """Link two spans of one layer. `provenance` and `confidence`: those of the suggested
        relation this one accepts (what made it stays with it, as accept_suggestions keeps)."""
        try:
            spec = self.project.schema.relation(rtype)
        except KeyError:
            raise SessionError(f"relation {rtype} is not in this project's schema") from None
        head = self._span_row(head_id)
        tail = self._span_row(tail_id)
        if (head.doc, head.layer) != (tail.doc, tail.layer):
            raise SessionError("a relation links two spans of the same document and layer")
        if head.label not in spec.head or tail.label not in spec.tail:
            raise SessionError(
                f"{rtype} goes from {'/'.join(spec.head)} to {'/'.join(spec.tail)}, "
                f"not from {head.label} to {tail.label}"
            )
        for r in self.project.relations(head.doc, head.layer):
            if (r.type, r.head, r.tail) == (rtype, head_id, tail_id):
                raise SessionError(f"{rtype} is already there")
        rel = RelationRow(
            self._new_id("relation"),
            new_uid(),
            head.doc,
            head.layer,
            rtype,
            head_id,
            tail_id,
            self.annotator,
            confidence,
            provenance,
        )
        return self._run(
            Command(
                f"Link “{_short(head.text)}” {rtype} “{_short(tail.text)}”",
                head.doc,
                head.layer,
                [AddRelation(rel)],
            )
        )

    def remove_relation(self, relation_id: int) -> Change:
        rel = self.project.store.current_relation(relation_id)
        if rel is None:
            raise SessionError(f"relation {relation_id} no longer exists")
        return self._run(Command(f"Unlink {rel.type}", rel.doc, rel.layer, [RemoveRelation(rel)]))

    def set_status(self, doc_id: int, status: str, *, annotator: str | None = None) -> Change:
        if status not in STATUSES:
            raise SessionError(f"status must be one of {', '.join(STATUSES)}")
        self.text(doc_id)  # "no document N" before anything else
        who = annotator or self.annotator
        before = self.project.statuses_of([doc_id], who).get(doc_id)
        if (before or "todo") == status:
            raise SessionError(f"the document is already {status}")
        names = {"done": "Mark done", "in_progress": "Mark in progress", "todo": "Mark to do"}
        return self._run(
            Command(names[status], doc_id, who, [SetStatus(doc_id, who, before, status)])
        )

    def set_meta(
        self, key: str, value: Any, description: str = "", *, doc_id: int | None = None
    ) -> Change:
        """Set (value None: remove) a project meta value as an undoable step.

        For decisions kept outside the annotation tables, e.g. the adjudication's "nothing
        goes here" marks. `doc_id` names the document the value is about, so the command can
        join that document's commands in one group (and undo opens that document first).
        """
        if not key or len(key) > 64:
            raise SessionError("a project setting needs a name of 1 to 64 characters")
        if key in _FIXED_META:
            raise SessionError(f"project setting {key} cannot be changed")
        try:
            after = None if value is None else json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError) as e:
            raise SessionError(f"project setting {key}: {e}") from None
        M = self.project.m.ProjectMeta
        row = M.get_or_none(M.key == key)
        before = row.value if row is not None else None
        if _meta_value(before) == _meta_value(after):
            raise SessionError(f"project setting {key} already has this value")
        return self._run(
            Command(description or f"Set {key}", doc_id, "", [SetMeta(key, before, after)])
        )

    def set_comment(
        self, doc_id: int, text: str, *, span_uid: str | None = None, layer: str | None = None
    ) -> Change:
        """Write (empty text: remove) the annotator's note on a document or on one span, as
        an undoable step. One note per author and target; others' notes are theirs."""
        from civannot.models.tables import utcnow

        self.text(doc_id)  # "no document N" before anything else
        layer = self._layer(layer)
        text = text.strip()
        if len(text) > 20_000:
            raise SessionError("a comment holds at most 20,000 characters")
        C = self.project.m.Comment
        q = C.select().where(
            (C.document == doc_id) & (C.author == self.annotator) & (C.layer == layer)
        )
        q = q.where(C.span_uid.is_null() if span_uid is None else C.span_uid == span_uid)
        row = q.first()
        before = _comment_row(row) if row is not None else None
        if before is None and not text:
            raise SessionError("there is no comment to remove")
        if before is not None and before["text"] == text:
            raise SessionError("the comment already says this")
        now = str(utcnow())
        after = (
            None
            if not text
            else {
                "uid": before["uid"] if before else new_uid(),
                "id": before["id"] if before else self._new_id("comment"),
                "doc": doc_id,
                "layer": layer,
                "span_uid": span_uid,
                "author": self.annotator,
                "text": text,
                "created": before["created"] if before else now,
                "updated": now,
            }
        )
        uid = str((after or before or {})["uid"])
        what = "span" if span_uid else "document"
        desc = f"Comment on the {what}" if text else f"Remove the comment on the {what}"
        return self._run(Command(desc, doc_id, layer, [SetComment(uid, before, after)]))

    def accept_suggestions(
        self, suggestion_ids: list[int], *, layer: str | None = None, description: str = ""
    ) -> Change:
        """Copy suggestions (auto layer) into the annotator's layer with origin 'suggestion'.

        Suggestions that would overlap existing spans are skipped; if none fits, refused.
        Relations among accepted suggestions (and to spans already accepted from them) follow.
        """
        layer = self._layer(layer)
        if not suggestion_ids:
            raise SessionError("no suggestion to accept")
        rows = [self._span_row(i) for i in dict.fromkeys(suggestion_ids)]
        doc_id = rows[0].doc
        if any(r.layer != AUTO_LAYER or r.doc != doc_id for r in rows):
            raise SessionError("only suggestions of one document can be accepted")
        text = self.text(doc_id)
        is_directive = self.project.schema.is_directive
        placed: list[SpanRow] = list(self.project.store.current_spans({doc_id}, {layer}).values())
        ops: list[Op] = []
        new_for: dict[int, int] = {}
        skipped = []
        fresh = iter(self.project.store.new_ids("span", len(rows)))
        for row in sorted(rows, key=lambda r: (r.start, -r.end)):
            same = [
                s for s in placed if (s.start, s.end, s.label) == (row.start, row.end, row.label)
            ]
            if same:
                new_for[row.id] = same[0].id
                continue
            if overlaps(row, placed, is_directive) is not None:
                skipped.append(row)
                continue
            new = SpanRow(
                next(fresh),
                new_uid(),
                doc_id,
                layer,
                row.start,
                row.end,
                row.label,
                text[row.start : row.end],
                "suggestion",
                self.annotator,
                row.confidence,
                row.provenance,
            )
            ops.append(AddSpan(new))
            placed.append(new)
            new_for[row.id] = new.id
        if not ops:
            raise SessionError(
                "the suggestion overlaps a span of yours" if skipped else "already accepted"
            )
        existing = {(r.type, r.head, r.tail) for r in self.project.relations(doc_id, layer)}
        auto_rels = [
            r
            for r in self.project.relations(doc_id, AUTO_LAYER)
            if r.head in new_for and r.tail in new_for
        ]
        rel_ids = iter(self.project.store.new_ids("relation", len(auto_rels)))
        for r in auto_rels:
            key = (r.type, new_for[r.head], new_for[r.tail])
            if key in existing:
                continue
            existing.add(key)
            ops.append(
                AddRelation(
                    RelationRow(
                        next(rel_ids),
                        new_uid(),
                        doc_id,
                        layer,
                        r.type,
                        key[1],
                        key[2],
                        self.annotator,
                        r.confidence,
                        r.provenance,
                    )
                )
            )
        n = sum(1 for op in ops if isinstance(op, AddSpan))
        desc = description or (
            f"Accept {rows[0].label} “{_short(rows[0].text)}”"
            if n == 1
            else f"Accept {n} suggestions"
        )
        return self._run(Command(desc, doc_id, layer, ops))

    def accept_by_precision(
        self,
        doc_id: int,
        precision: Mapping[str, float],
        threshold: float,
        *,
        layer: str | None = None,
    ) -> Change:
        """Accept, as one undo step, every suggestion of the document whose provenance (rule id
        or model) has a measured precision of at least `threshold` (civannot.learn.rules_report
        measures it against the team's gold). Those overlapping the annotator's spans are
        skipped, as with accept_suggestions."""
        if not 0.0 <= threshold <= 1.0:
            raise SessionError(f"the precision threshold must be between 0 and 1, not {threshold}")
        ids = [
            s.id
            for s in self.project.spans(doc_id, AUTO_LAYER)
            if s.id is not None and precision.get(s.provenance, -1.0) >= threshold
        ]
        if not ids:
            raise SessionError(
                f"no suggestion here comes from a rule with a precision of {threshold:.0%} or more"
            )
        return self.accept_suggestions(
            ids,
            layer=layer,
            description=f"Accept suggestions of rules with precision ≥ {threshold:.0%}",
        )

    def reject_suggestion(self, suggestion_id: int) -> Change:
        row = self._span_row(suggestion_id)
        if row.layer != AUTO_LAYER:
            raise SessionError("only a suggestion can be rejected")
        ops: list[Op] = [
            RemoveRelation(r) for r in self._relations_of(row.doc, row.layer, {suggestion_id})
        ]
        ops.append(RemoveSpan(row))
        return self._run(
            Command(f"Reject {row.label} “{_short(row.text)}”", row.doc, row.layer, ops)
        )

    def choose_repair(self, doc_id: int, flag_index: int, choice: str | None) -> Change:
        """Decide a repair flag, rewriting the clean text: `choice` None accepts the reading in
        place, the damaged original rejects the repair, another alternative replaces it.

        The offset map, the other flags and the spans of every layer follow in one undoable
        step: spans after the range shift, spans containing it grow or shrink with it, spans
        cut by it go (with their relations). Raw text and relations of kept spans stay.
        """
        return self._run(plan_repair(self.project, doc_id, flag_index, choice))

    def _relations_of(self, doc_id: int, layer: str, span_ids: set[int]) -> list[RelationRow]:
        return _relations_of(self.project, doc_id, layer, span_ids)


# Project meta that defines the project itself (identity, label schema): not a user setting.
_FIXED_META = frozenset({"app", "uuid", "kind", "schema", "schema_version", "created"})

_ABSENT = object()


def _meta_value(text: str | None) -> Any:
    """A stored meta value for comparison (formatting aside); absent is not JSON null."""
    return _ABSENT if text is None else json.loads(text)


def plan_repair(project: Project, doc_id: int, flag_index: int, choice: str | None) -> Command:
    """The command deciding repair flag `flag_index` of a document (see Session.choose_repair),
    not yet applied. A bundle merge replays an annotator's decision through it, so the lead's
    text, map, flags and spans change exactly as in the annotator's session."""
    from civannot.flag_review import map_position, map_range, repair_choice
    from civannot.text.offsets import IDENTITY, OffsetMap, OffsetMapError

    try:
        doc = project.document(doc_id)
    except ProjectError as e:
        raise SessionError(str(e)) from None
    if not 0 <= flag_index < len(doc.flags):
        raise SessionError(f"document {doc_id} has no flag {flag_index}")
    flag = doc.flags[flag_index]
    text = doc.text
    try:
        new_flag, reading = repair_choice(flag, text, choice)
    except ValueError as e:
        raise SessionError(str(e)) from None
    start, end = flag.start, flag.end
    here = text[start:end]
    if reading == here and new_flag == flag:
        raise SessionError(f"the repair “{_short(here)}” is already {flag.status}")
    new_text = text[:start] + reading + text[end:]
    new_map = doc.offset_map
    if reading != here:
        try:
            omap = (
                OffsetMap.loads(doc.offset_map, len(text))
                if doc.offset_map
                else OffsetMap.identity(len(text))
            )
        except OffsetMapError as e:
            raise SessionError(f"document {doc_id}: {e}") from None
        rs, re_ = omap.to_raw(start, end)
        # the new reading stands for the flag's whole raw range; the damaged original put
        # back where it came from maps character for character again
        middle = (len(reading), rs, IDENTITY if doc.raw[rs:re_] == reading else re_)
        m = OffsetMap(omap.slice_runs(0, start) + [middle] + omap.slice_runs(end, len(text)))
        new_map = None if m.is_identity() and len(doc.raw) == len(new_text) else m.dumps()

    n = len(reading)
    flags = [
        new_flag
        if i == flag_index
        else replace(
            f,
            start=map_position(f.start, start, end, n, is_end=False),
            end=map_position(f.end, start, end, n, is_end=True),
        )
        for i, f in enumerate(doc.flags)
    ]

    def state(clean: str, omap: str | None, fl: list[Flag], reading: str) -> dict[str, Any]:
        return {
            "clean": clean,
            "offset_map": omap,
            "flags": [f.to_json() for f in fl],
            "reading": {"start": start, "end": start + len(reading), "text": reading},
            "flag_index": flag_index,
        }

    ops: list[Op] = [
        ChangeText(
            doc_id,
            state(text, doc.offset_map, doc.flags, here),
            state(new_text, new_map, flags, reading),
        )
    ]
    if reading != here:
        by_layer: dict[str, list[SpanRow]] = {}
        for row in project.store.current_spans({doc_id}, set(project.layers())).values():
            by_layer.setdefault(row.layer, []).append(row)
        for layer, rows in sorted(by_layer.items()):
            cut = []
            for row in sorted(rows, key=lambda r: (r.start, r.end, r.id)):
                if row.end <= start or (row.start >= end and n == end - start):
                    continue  # untouched (a span containing the range changes its text)
                moved = map_range(row.start, row.end, start, end, n)
                if moved is None:
                    cut.append(row)
                    continue
                ns, ne = moved
                ops.append(ChangeSpan(row, row.with_(start=ns, end=ne, text=new_text[ns:ne])))
            if cut:
                ids = {r.id for r in cut}
                ops += [RemoveRelation(r) for r in _relations_of(project, doc_id, layer, ids)]
                ops += [RemoveSpan(r) for r in cut]
    if choice is None or (reading == here and new_flag.status == "accepted"):
        desc = f"Accept repair “{_short(here)}”"
    elif new_flag.status == "rejected":
        desc = f"Reject repair “{_short(here)}”"
    else:
        desc = f"Repair “{_short(here)}” → “{_short(reading)}”"
    return Command(desc, doc_id, "", ops)


def _relations_of(
    project: Project, doc_id: int, layer: str, span_ids: set[int]
) -> list[RelationRow]:
    rels = project.store.current_relations({doc_id}, {layer}).values()
    return sorted((r for r in rels if r.head in span_ids or r.tail in span_ids), key=lambda r: r.id)


def _comment_row(row: Any) -> dict[str, Any]:
    return {
        "uid": row.uid,
        "id": row.id,
        "doc": row.document_id,
        "layer": row.layer,
        "span_uid": row.span_uid,
        "author": row.author,
        "text": row.text,
        "created": str(row.created),
        "updated": str(row.updated),
    }


def _short(text: str, n: int = 12) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
