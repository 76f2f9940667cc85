"""The one way to change annotations: commands with undo, one transaction each.

A command is a list of primitive operations with explicit row ids, so that undo and redo
restore exactly the same rows (relations keep pointing at re-inserted spans). Each command
returns a `Change` naming what it touched, and announces it to the listeners, so views refresh
only that. The undo history belongs to the session, not to a document: it survives switching.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

import peewee as pw

from civannot.models.tables import utcnow
from civannot.project import Project, ProjectError, span_json, upsert_meta
from civannot.records import AUTO_LAYER, STATUSES, Flag, Relation, Span


class SessionError(ValueError):
    """A command refused: the message is shown to the annotator as it is."""


@dataclass
class Change:
    """What one command (or its undo) changed."""

    description: str
    doc_id: int | None  # None: no document (a project setting)
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
    # A project meta value changed (Session.set_meta): listeners that cache it re-read it.
    meta_key: str | None = None

    @property
    def span_ids(self) -> set[int]:
        ids = set(self.spans_removed)
        ids |= {s.id for s in self.spans_added + self.spans_changed if s.id is not None}
        return ids


# Primitive operations: (kind, payload). Spans are dicts of the Span row with "id".
Op = tuple[str, dict[str, Any]]


@dataclass
class Command:
    description: str
    doc_id: int | None  # None: no document (a project setting)
    layer: str
    ops: list[Op]


def _inverse(op: Op) -> Op:
    kind, p = op
    inv = {
        "span+": "span-",
        "span-": "span+",
        "rel+": "rel-",
        "rel-": "rel+",
    }
    if kind in inv:
        return inv[kind], p
    if kind == "span~":
        return "span~", {"before": p["after"], "after": p["before"]}
    if kind == "status":
        return "status", {**p, "before": p["after"], "after": p["before"]}
    if kind == "doc~":
        return "doc~", {"before": p["after"], "after": p["before"]}
    if kind == "meta":
        return "meta", {**p, "before": p["after"], "after": p["before"]}
    raise AssertionError(kind)


class Session:
    def __init__(self, project: Project, annotator: str):
        if not annotator or annotator in (AUTO_LAYER,):
            raise SessionError(f"{annotator!r} cannot be an annotator name")
        self.project = project
        self.annotator = annotator
        self._undo: list[Command] = []
        self._redo: list[Command] = []
        self._listeners: list[Callable[[Change], None]] = []
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
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _announce(self, change: Change) -> Change:
        for listener in list(self._listeners):
            listener(change)
        return change

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
        cmd = self._undo.pop()
        inverse = [_inverse(op) for op in reversed(cmd.ops)]
        change = self._apply(Command(cmd.description, cmd.doc_id, cmd.layer, inverse), undo=True)
        self._redo.append(cmd)
        return self._announce(change)

    def redo(self) -> Change | None:
        if not self._redo:
            return None
        cmd = self._redo.pop()
        change = self._apply(cmd)
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

    def _run(self, cmd: Command) -> Change:
        change = self._apply(cmd)
        self._undo.append(cmd)
        self._redo.clear()
        return self._announce(change)

    # ---- applying primitive operations ----------------------------------------------------

    def _apply(self, cmd: Command, undo: bool = False) -> Change:
        change = Change(cmd.description, cmd.doc_id, cmd.layer, undo=undo)
        now = utcnow()
        history = []
        try:
            self._apply_ops(cmd, change, history, now)
        except pw.IntegrityError as e:
            raise SessionError(f"{cmd.description}: the project changed elsewhere ({e})") from None
        return change

    def _apply_ops(self, cmd: Command, change: Change, history: list, now: Any) -> None:
        p = self.project
        S, R, H, A = p.m.Span, p.m.Relation, p.m.SpanHistory, p.m.Assignment
        undo = change.undo
        texts: dict[int, str] = {}
        with p.db.atomic():
            for kind, d in cmd.ops:
                if kind == "span+":
                    row = dict(d)
                    S.insert(
                        id=row["id"],
                        document=cmd.doc_id,
                        layer=p.layer_id(row["layer"]),
                        start=row["start"],
                        end=row["end"],
                        label=row["label"],
                        text=row["text"],
                        origin=row["origin"],
                        author=row["author"],
                        confidence=row.get("confidence"),
                        created=now,
                        updated=now,
                    ).execute()
                    change.spans_added.append(_span_of(row))
                    history.append(("add", row["id"], row["layer"], None, row))
                elif kind == "span-":
                    S.delete().where(S.id == d["id"]).execute()
                    change.spans_removed.append(d["id"])
                    history.append(("remove", d["id"], d["layer"], d, None))
                elif kind == "span~":
                    b, a = d["before"], d["after"]
                    # one statement text for all: a repair choice moves every span after it,
                    # and building each UPDATE through peewee costs far more than running it
                    p.db.execute_sql(
                        self._span_update_sql(),
                        (
                            a["start"],
                            a["end"],
                            a["label"],
                            a["text"],
                            a["origin"],
                            a["author"],
                            S.updated.db_value(now),
                            a["id"],
                        ),
                    )
                    change.spans_changed.append(_span_of(a))
                    history.append(("change", a["id"], a["layer"], b, a))
                elif kind == "rel+":
                    R.insert(
                        id=d["id"],
                        document=cmd.doc_id,
                        layer=p.layer_id(d["layer"]),
                        type=d["type"],
                        head=d["head"],
                        tail=d["tail"],
                        author=d["author"],
                    ).execute()
                    change.relations_added.append(
                        Relation(d["type"], d["head"], d["tail"], d["author"], d["id"])
                    )
                    history.append(("relation+", None, d["layer"], None, d))
                elif kind == "rel-":
                    R.delete().where(R.id == d["id"]).execute()
                    change.relations_removed.append(d["id"])
                    history.append(("relation-", None, d["layer"], d, None))
                elif kind == "status":
                    A.insert(
                        document=cmd.doc_id,
                        annotator=d["annotator"],
                        status=d["after"],
                        updated=now,
                    ).on_conflict(
                        conflict_target=[A.document, A.annotator],
                        update={A.status: d["after"], A.updated: now},
                    ).execute()
                    change.status = d["after"]
                elif kind == "doc~":
                    b, a = d["before"], d["after"]
                    written = p.write_text(
                        cmd.doc_id,
                        a["clean"],
                        a["offset_map"],
                        [Flag.from_json(f) for f in a["flags"]],
                        expect=b["clean"],
                    )
                    if not written:
                        raise SessionError(
                            f"{cmd.description}: the document's text changed elsewhere"
                        )
                    change.flags_changed = True
                    if a["clean"] != b["clean"]:
                        change.text_changed = True
                        texts[cmd.doc_id] = a["clean"]
                        history.append(("text", None, "", b["reading"], a["reading"]))
                    i = a.get("flag_index")
                    if i is not None:
                        # the decision itself, with who (the row's author) and when: a bundle
                        # merge compares decisions made on both sides by these rows
                        history.append(("flag", None, "", _flag_entry(b, i), _flag_entry(a, i)))
                elif kind == "meta":
                    M = p.m.ProjectMeta
                    row = M.get_or_none(M.key == d["key"])
                    if _meta_value(row.value if row else None) != _meta_value(d["before"]):
                        raise SessionError(
                            f"{cmd.description}: project setting {d['key']} changed elsewhere"
                        )
                    if d["after"] is None:
                        M.delete().where(M.key == d["key"]).execute()
                    else:
                        upsert_meta(M, d["key"], d["after"])
                    change.meta_key = d["key"]
            if history:
                fields = (
                    H.document,
                    H.layer,
                    H.span_id,
                    H.action,
                    H.before,
                    H.after,
                    H.author,
                    H.source,
                    H.at,
                )
                sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
                    H._meta.table_name,
                    ", ".join(f'"{f.column_name}"' for f in fields),
                    ", ".join([p.db.param] * len(fields)),
                )
                at = H.at.db_value(now)
                source = "undo" if undo else self.source
                p.db.cursor().executemany(
                    sql,
                    [
                        (
                            cmd.doc_id,
                            layer,
                            sid,
                            action,
                            _dump(before),
                            _dump(after),
                            self.annotator,
                            source,
                            at,
                        )
                        for action, sid, layer, before, after in history
                    ],
                )
        # only once committed: a rolled-back rewrite must not reach the text cache
        self._texts.update(texts)

    # ---- helpers --------------------------------------------------------------------------

    def _span_update_sql(self) -> str:
        S = self.project.m.Span
        cols = (S.start, S.end, S.label, S.text, S.origin, S.author, S.updated)
        mark = self.project.db.param  # "?" for SQLite, "%s" for PostgreSQL
        return 'UPDATE "{}" SET {} WHERE "{}" = {}'.format(
            S._meta.table_name,
            ", ".join(f'"{c.column_name}" = {mark}' for c in cols),
            S.id.column_name,
            mark,
        )

    def remember_text(self, doc_id: int, text: str) -> None:
        """A view that loaded a document hands its text over, so commands need not read it."""
        if len(self._texts) > 32:
            self._texts.clear()
        self._texts[doc_id] = text

    def text(self, doc_id: int) -> str:
        if doc_id not in self._texts:
            if len(self._texts) > 32:
                self._texts.clear()
            self._texts[doc_id] = self.project.document(doc_id).text
        return self._texts[doc_id]

    def _layer(self, layer: str | None) -> str:
        return layer or self.annotator

    def _span_row(self, span_id: int) -> tuple[int, str, dict[str, Any]]:
        found = self.project.span(span_id)
        if found is None:
            raise SessionError(f"span {span_id} no longer exists")
        doc_id, layer, s = found
        row = {**span_json(s), "id": s.id, "layer": layer, "confidence": s.confidence}
        return doc_id, layer, row

    def _check_label(self, label: str) -> None:
        if label not in self.project.schema.label_names:
            raise SessionError(f"label {label} is not in this project's schema")

    def _check_overlap(
        self, doc_id: int, layer: str, start: int, end: int, label: str, ignore: int | None = None
    ) -> None:
        """Entity spans of a layer never overlap; DIRECTIVE spans may contain entities."""
        directive = self.project.schema.is_directive(label)
        S = self.project.m.Span
        lid = self.project.layer_id(layer, create=False)
        if lid is None:
            return
        q = S.select(S.id, S.start, S.end, S.label).where(
            (S.document == doc_id) & (S.layer == lid) & (S.start < end) & (S.end > start)
        )
        for sid, s_start, s_end, s_label in q.tuples():
            if sid == ignore:
                continue
            if self.project.schema.is_directive(s_label) != directive:
                continue
            if s_start == start and s_end == end and s_label == label:
                raise SessionError(f"{label} {start}-{end} is already there")
            kind = "directive" if directive else "entity"
            raise SessionError(
                f"{label} {start}-{end} would overlap {s_label} {s_start}-{s_end}: "
                f"{kind} spans of one layer do not overlap"
            )

    def _new_id(self, model: Any) -> int:
        # Ids are chosen here, not by the database, so that redo re-creates the same rows.
        row = self.project.db.execute_sql(
            f"SELECT MAX(id) FROM {model._meta.table_name}"
        ).fetchone()
        taken = max(row[0] or 0, self._max_id_used.get(model._meta.table_name, 0))
        self._max_id_used[model._meta.table_name] = taken + 1
        return taken + 1

    @property
    def _max_id_used(self) -> dict[str, int]:
        if not hasattr(self, "_ids"):
            self._ids: dict[str, int] = {}
        return self._ids

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
        self._check_overlap(doc_id, layer, start, end, label)
        row = {
            "id": self._new_id(self.project.m.Span),
            "layer": layer,
            "start": start,
            "end": end,
            "label": label,
            "text": text[start:end],
            "origin": origin,
            "author": self.annotator,
            "confidence": None,
        }
        return self._run(
            Command(f"Add {label} “{_short(row['text'])}”", doc_id, layer, [("span+", row)])
        )

    def remove_span(self, span_id: int) -> Change:
        doc_id, layer, row = self._span_row(span_id)
        ops: list[Op] = [("rel-", r) for r in self._relations_of(doc_id, layer, {span_id})]
        ops.append(("span-", row))
        return self._run(
            Command(f"Remove {row['label']} “{_short(row['text'])}”", doc_id, layer, ops)
        )

    def remove_spans(self, span_ids: list[int], description: str = "") -> Change:
        if not span_ids:
            raise SessionError("nothing to remove")
        rows = [self._span_row(i) for i in span_ids]
        doc_id, layer = rows[0][0], rows[0][1]
        if any(r[0] != doc_id or r[1] != layer for r in rows):
            raise SessionError("spans of several documents or layers cannot be removed together")
        ops: list[Op] = [("rel-", r) for r in self._relations_of(doc_id, layer, set(span_ids))]
        ops += [("span-", r[2]) for r in rows]
        return self._run(Command(description or f"Remove {len(rows)} spans", doc_id, layer, ops))

    def relabel_span(self, span_id: int, label: str) -> Change:
        self._check_label(label)
        doc_id, layer, row = self._span_row(span_id)
        if row["label"] == label:
            raise SessionError(f"the span is already {label}")
        self._check_overlap(doc_id, layer, row["start"], row["end"], label, ignore=span_id)
        after = {**row, "label": label, "author": self.annotator}
        ops: list[Op] = []
        # relations whose endpoint labels no longer fit go with the old label
        for r in self._relations_of(doc_id, layer, {span_id}):
            spec = self.project.schema.relation(r["type"])
            end_labels = spec.head if r["head"] == span_id else spec.tail
            if label not in end_labels:
                ops.append(("rel-", r))
        ops.append(("span~", {"before": row, "after": after}))
        return self._run(
            Command(f"Relabel “{_short(row['text'])}” {row['label']} → {label}", doc_id, layer, ops)
        )

    def resize_span(self, span_id: int, start: int, end: int) -> Change:
        doc_id, layer, row = self._span_row(span_id)
        text = self.text(doc_id)
        if not (0 <= start < end <= len(text)):
            raise SessionError(f"{start}-{end} is not a range of this text (0-{len(text)})")
        if (start, end) == (row["start"], row["end"]):
            raise SessionError("the span already has these bounds")
        self._check_overlap(doc_id, layer, start, end, row["label"], ignore=span_id)
        after = {
            **row,
            "start": start,
            "end": end,
            "text": text[start:end],
            "author": self.annotator,
        }
        return self._run(
            Command(
                f"Resize {row['label']} to “{_short(after['text'])}”",
                doc_id,
                layer,
                [("span~", {"before": row, "after": after})],
            )
        )

    def add_relation(self, rtype: str, head_id: int, tail_id: int) -> Change:
        try:
            spec = self.project.schema.relation(rtype)
        except KeyError:
            raise SessionError(f"relation {rtype} is not in this project's schema") from None
        hdoc, hlayer, head = self._span_row(head_id)
        tdoc, tlayer, tail = self._span_row(tail_id)
        if (hdoc, hlayer) != (tdoc, tlayer):
            raise SessionError("a relation links two spans of the same document and layer")
        if head["label"] not in spec.head or tail["label"] not in spec.tail:
            raise SessionError(
                f"{rtype} goes from {'/'.join(spec.head)} to {'/'.join(spec.tail)}, "
                f"not from {head['label']} to {tail['label']}"
            )
        for r in self.project.relations(hdoc, hlayer):
            if (r.type, r.head, r.tail) == (rtype, head_id, tail_id):
                raise SessionError(f"{rtype} is already there")
        d = {
            "id": self._new_id(self.project.m.Relation),
            "layer": hlayer,
            "type": rtype,
            "head": head_id,
            "tail": tail_id,
            "author": self.annotator,
        }
        return self._run(
            Command(
                f"Link “{_short(head['text'])}” {rtype} “{_short(tail['text'])}”",
                hdoc,
                hlayer,
                [("rel+", d)],
            )
        )

    def remove_relation(self, relation_id: int) -> Change:
        R, L = self.project.m.Relation, self.project.m.Layer
        row = (
            R.select(R.id, R.document, L.name, R.type, R.head, R.tail, R.author)
            .join(L)
            .where(R.id == relation_id)
            .tuples()
            .first()
        )
        if row is None:
            raise SessionError(f"relation {relation_id} no longer exists")
        rid, doc_id, layer, rtype, head, tail, author = row
        d = {"id": rid, "layer": layer, "type": rtype, "head": head, "tail": tail, "author": author}
        return self._run(Command(f"Unlink {rtype}", doc_id, layer, [("rel-", d)]))

    def set_status(self, doc_id: int, status: str, *, annotator: str | None = None) -> Change:
        if status not in STATUSES:
            raise SessionError(f"status must be one of {', '.join(STATUSES)}")
        who = annotator or self.annotator
        before = self.project.status(doc_id, who)
        if before == status:
            raise SessionError(f"the document is already {status}")
        d = {"annotator": who, "before": before, "after": status}
        names = {"done": "Mark done", "in_progress": "Mark in progress", "todo": "Mark to do"}
        return self._run(Command(names[status], doc_id, who, [("status", d)]))

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
        d = {"key": key, "before": before, "after": after}
        return self._run(Command(description or f"Set {key}", doc_id, "", [("meta", d)]))

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
        rows = [self._span_row(i) for i in suggestion_ids]
        doc_id = rows[0][0]
        if any(r[1] != AUTO_LAYER or r[0] != doc_id for r in rows):
            raise SessionError("only suggestions of one document can be accepted")
        text = self.text(doc_id)
        mine = self.project.spans(doc_id, layer)
        placed: list[Span] = list(mine)
        ops: list[Op] = []
        new_for: dict[int, int] = {}
        skipped = []
        for _, _, row in sorted(rows, key=lambda r: (r[2]["start"], -r[2]["end"])):
            cand = _span_of(row)
            directive = self.project.schema.is_directive(cand.label)
            same = [
                s for s in placed if (s.start, s.end, s.label) == (cand.start, cand.end, cand.label)
            ]
            if same:
                if same[0].id is not None:
                    new_for[row["id"]] = same[0].id
                continue
            clash = any(
                s.overlaps(cand) and self.project.schema.is_directive(s.label) == directive
                for s in placed
            )
            if clash:
                skipped.append(row)
                continue
            nid = self._new_id(self.project.m.Span)
            new = {
                **row,
                "id": nid,
                "layer": layer,
                "text": text[row["start"] : row["end"]],
                "origin": "suggestion",
                "author": self.annotator,
                "confidence": row.get("confidence"),
            }
            ops.append(("span+", new))
            placed.append(_span_of(new))
            new_for[row["id"]] = nid
        if not ops:
            raise SessionError(
                "the suggestion overlaps a span of yours" if skipped else "already accepted"
            )
        existing = {(r.type, r.head, r.tail) for r in self.project.relations(doc_id, layer)}
        for r in self.project.relations(doc_id, AUTO_LAYER):
            if r.head in new_for and r.tail in new_for:
                key = (r.type, new_for[r.head], new_for[r.tail])
                if key in existing:
                    continue
                existing.add(key)
                ops.append(
                    (
                        "rel+",
                        {
                            "id": self._new_id(self.project.m.Relation),
                            "layer": layer,
                            "type": r.type,
                            "head": key[1],
                            "tail": key[2],
                            "author": self.annotator,
                        },
                    )
                )
        n = sum(1 for k, _ in ops if k == "span+")
        desc = description or (
            f"Accept {rows[0][2]['label']} “{_short(rows[0][2]['text'])}”"
            if n == 1
            else f"Accept {n} suggestions"
        )
        return self._run(Command(desc, doc_id, layer, ops))

    def reject_suggestion(self, suggestion_id: int) -> Change:
        doc_id, layer, row = self._span_row(suggestion_id)
        if layer != AUTO_LAYER:
            raise SessionError("only a suggestion can be rejected")
        ops: list[Op] = [("rel-", r) for r in self._relations_of(doc_id, layer, {suggestion_id})]
        ops.append(("span-", row))
        return self._run(
            Command(f"Reject {row['label']} “{_short(row['text'])}”", doc_id, layer, ops)
        )

    def choose_repair(self, doc_id: int, flag_index: int, choice: str | None) -> Change:
        """Decide a repair flag, rewriting the clean text: `choice` None accepts the reading in
        place, the damaged original rejects the repair, another alternative replaces it.

        The offset map, the other flags and the spans of every layer follow in one undoable
        step: spans after the range shift, spans containing it grow or shrink with it, spans
        cut by it go (with their relations). Raw text and relations of kept spans stay.
        """
        return self._run(plan_repair(self.project, doc_id, flag_index, choice))

    def _document_span_rows(self, doc_id: int) -> dict[str, list[dict[str, Any]]]:
        return _document_span_rows(self.project, doc_id)

    def _relations_of(self, doc_id: int, layer: str, span_ids: set[int]) -> list[dict[str, Any]]:
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
        (
            "doc~",
            {
                "before": state(text, doc.offset_map, doc.flags, here),
                "after": state(new_text, new_map, flags, reading),
            },
        )
    ]
    if reading != here:
        for layer, rows in _document_span_rows(project, doc_id).items():
            cut = []
            for row in rows:
                if row["end"] <= start or (row["start"] >= end and n == end - start):
                    continue  # untouched (a span containing the range changes its text)
                moved = map_range(row["start"], row["end"], start, end, n)
                if moved is None:
                    cut.append(row)
                    continue
                ns, ne = moved
                after = {**row, "start": ns, "end": ne, "text": new_text[ns:ne]}
                ops.append(("span~", {"before": row, "after": after}))
            if cut:
                ids = {r["id"] for r in cut}
                ops += [("rel-", r) for r in _relations_of(project, doc_id, layer, ids)]
                ops += [("span-", r) for r in cut]
    if choice is None or (reading == here and new_flag.status == "accepted"):
        desc = f"Accept repair “{_short(here)}”"
    elif new_flag.status == "rejected":
        desc = f"Reject repair “{_short(here)}”"
    else:
        desc = f"Repair “{_short(here)}” → “{_short(reading)}”"
    return Command(desc, doc_id, "", ops)


def _document_span_rows(project: Project, doc_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every span of a document as op rows, by layer."""
    S, L = project.m.Span, project.m.Layer
    q = (
        S.select(S.id, L.name, S.start, S.end, S.label, S.text, S.origin, S.author, S.confidence)
        .join(L)
        .where(S.document == doc_id)
        .order_by(L.name, S.start, S.end, S.id)
        .tuples()
    )
    out: dict[str, list[dict[str, Any]]] = {}
    for sid, layer, start, end, label, text, origin, author, conf in q:
        out.setdefault(layer, []).append(
            {
                "start": start,
                "end": end,
                "label": label,
                "text": text,
                "origin": origin,
                "author": author,
                "id": sid,
                "layer": layer,
                "confidence": conf,
            }
        )
    return out


def _relations_of(
    project: Project, doc_id: int, layer: str, span_ids: set[int]
) -> list[dict[str, Any]]:
    out = []
    for r in project.relations(doc_id, layer):
        if r.head in span_ids or r.tail in span_ids:
            out.append(
                {
                    "id": r.id,
                    "layer": layer,
                    "type": r.type,
                    "head": r.head,
                    "tail": r.tail,
                    "author": r.author,
                }
            )
    return out


def _flag_entry(state: dict[str, Any], i: int) -> dict[str, Any]:
    """A flag decision for the history: which flag, the flag after it, when and by whom it
    was decided when that was elsewhere (a bundle's decision replayed in the lead)."""
    out = {"index": i, "flag": state["flags"][i]}
    if "decided" in state:
        out["decided"] = state["decided"]
    return out


def _span_of(row: dict[str, Any]) -> Span:
    return Span(
        row["start"],
        row["end"],
        row["label"],
        row["text"],
        row["origin"],
        row["author"],
        row["id"],
        row.get("confidence"),
    )


def _dump(d: dict[str, Any] | None) -> str | None:
    if d is None:
        return None
    return json.dumps({k: v for k, v in d.items() if k != "layer"}, ensure_ascii=False)


def _short(text: str, n: int = 12) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
