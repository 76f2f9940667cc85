"""The merge plan of one returned bundle: rows in, store operations and a report out.

Pure: nothing here opens a file or a database. civannot.bundle.read loads the rows into the
dataclasses below, civannot.bundle.apply hands the plan's operations to the store in the
merge's transaction, so every rule of the merge is tested on plain values
(tests/test_bundle_plan.py).

The merge is three-way, per span, relation, status and flag: the baseline (the bundle as it
was exported, or as the lead last merged it), the bundle now and the lead now.

- unchanged in the bundle: nothing happens (so merging the same bundle twice changes nothing,
  and a later copy of the same bundle brings only what is new or changed);
- changed or removed in the bundle, unchanged in the lead: the bundle's edit is applied;
- changed on both sides (a second bundle of the same annotator, or the lead's own edit): the
  newer edit wins by the span's `updated` time (for a removal: the time of the removal in the
  history) and the other one is written to the history as a "conflict" row and named in the
  report, never dropped silently. A new or moved span that would overlap a span of the same kind
  is resolved the same way: the newer one stays, the older one goes to the history.

Span ids never come back for another span (the store's counter hands them out), so a bundle
span id in the baseline names the same span for the bundle's whole life; only a bundle of the
release before the counter may hold an id given to two spans (see `_since`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from civannot.bundle.keys import RECORD_PREFIX
from civannot.bundle.report import BundleReport
from civannot.bundle.texts import DocMap
from civannot.bundle.times import iso, parse_time
from civannot.flag_review import map_through
from civannot.records import RESERVED_LAYERS, STATUSES
from civannot.schema import Schema
from civannot.store.ops import (
    AddRelation,
    AddSpan,
    ChangeSpan,
    Op,
    RelationRow,
    RemoveRelation,
    RemoveSpan,
    SetComment,
    SetMeta,
    SetStatus,
    SpanRow,
    new_uid,
)

Sig = tuple[int, int, str]
# new row ids for a table ("span", "relation", "comment"): the store's counter, or a test's
Alloc = Callable[[str, int], list[int]]

# where a span goes whose place a repair took: nowhere any real span is
CUT = (-1, -1)


class Refused(Exception):
    """A bundle the merge cannot take; the message is the one line the user reads."""


# ---- the rows the plan reads ----------------------------------------------------------------


@dataclass
class MSpan:
    """A span of the annotator's layer, in the bundle or in the lead (`doc` is the lead's
    document id; 0 for a bundle span, whose document is named by its external id)."""

    id: int
    doc: int
    start: int
    end: int
    label: str
    text: str
    origin: str = "manual"
    author: str = ""
    confidence: float | None = None
    updated: dt.datetime = dt.datetime.min
    uid: str | None = None
    provenance: str = ""

    @property
    def sig(self) -> Sig:
        return (self.start, self.end, self.label)

    def as_json(self) -> dict[str, Any]:
        """The span as a conflict row of the history records it."""
        return {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "text": self.text,
            "origin": self.origin,
            "author": self.author,
            "updated": iso(self.updated),
        }

    def row(self, layer: str) -> SpanRow:
        return SpanRow(
            self.id,
            self.uid or "",
            self.doc,
            layer,
            self.start,
            self.end,
            self.label,
            self.text,
            self.origin,
            self.author,
            self.confidence,
            self.provenance,
        )


@dataclass(frozen=True)
class SpanEvent:
    """A span added to or removed from the annotator's layer, as the bundle's history has it."""

    row: int  # the history row's id (the baseline's mark is one)
    span: int
    action: str  # "add" | "remove"
    at: dt.datetime
    source: str = ""  # "undo" for an undo's
    where: tuple[str, int, int, str] | None = None  # (doc ext, start, end, label)


@dataclass
class BundleRows:
    """What a returned bundle holds of its annotator (offsets are the bundle's own)."""

    file: str  # the bundle's file name, as the report and the history name it
    bundle_id: str
    annotator: str
    created: str  # when the bundle was made (ISO)
    generation: int  # its newest history row: a later copy has a higher one
    export_state: dict[str, Any]  # the baseline the bundle was made with (meta bundle_state)
    documents: int = 0
    spans: dict[int, tuple[str, MSpan]] = field(default_factory=dict)  # id -> (doc ext, span)
    events: list[SpanEvent] = field(default_factory=list)  # its history's adds and removals
    relations: list[tuple[str, str, int, int]] = field(default_factory=list)  # ext, type, ends
    relation_origin: dict[tuple[str, int, int], tuple[float | None, str]] = field(
        default_factory=dict
    )  # (type, head, tail) -> (confidence, provenance): an accepted suggestion's rule id
    statuses: dict[str, tuple[str, dt.datetime]] = field(default_factory=dict)  # ext -> status
    comments: list[dict[str, Any]] = field(default_factory=list)  # rows, with "ext" of the doc


@dataclass
class LeadRows:
    """What the lead's project holds for the bundle's annotator and documents."""

    schema: Schema
    docs: dict[str, int]  # external id -> lead document id, every document of the bundle
    record: Any = None  # the bundle as last merged (meta "bundle:<id>"), None before
    record_text: str | None = None  # the record as stored (the record's before-state)
    spans: dict[int, MSpan] = field(default_factory=dict)
    removed_at: dict[int, dt.datetime] = field(default_factory=dict)  # span id -> removal
    relations: dict[int, RelationRow] = field(default_factory=dict)
    statuses: dict[int, tuple[str, dt.datetime]] = field(default_factory=dict)  # doc -> status
    comments: dict[str, dict[str, Any]] = field(default_factory=dict)  # uid -> row


@dataclass
class FlagOutcome:
    """What merging the flag decisions did before the spans are planned (civannot.bundle.apply
    replays them through the session's repair command, which moves every layer's spans)."""

    maps: dict[str, DocMap] = field(default_factory=dict)  # doc ext -> how offsets moved
    docs: dict[str, dict[str, Any]] = field(default_factory=dict)  # the next flag baseline
    conflicts: list[str] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    decided: int = 0
    texts_changed: int = 0


@dataclass
class MergePlan:
    report: BundleReport
    ops: list[Op] = field(default_factory=list)  # in order, for one Store.apply
    history: list[dict[str, Any]] = field(default_factory=list)  # conflict rows (Store.note)
    record: dict[str, Any] | None = None  # the lead's new record of the bundle (in ops too)
    refusal: str = ""  # not empty: nothing may be written


# ---- conflicts ------------------------------------------------------------------------------


class Notes:
    """The conflicts of a merge: a history row each (the loser and the winner) and a line of
    the report."""

    def __init__(self, annotator: str, source: str, now: dt.datetime) -> None:
        self.annotator = annotator
        self.source = source
        self.now = now
        self.history: list[dict[str, Any]] = []
        self.lines: list[str] = []

    def conflict(
        self, ext: str, doc: int, span_id: int | None, loser: Any, winner: Any, what: str
    ) -> None:
        self.history.append(
            {
                "document": doc,
                "layer": self.annotator,
                "span_id": span_id,
                "action": "conflict",
                "before": _dump(loser),
                "after": _dump(winner),
                "author": self.annotator,
                "source": self.source,
                "at": self.now,
            }
        )
        self.lines.append(f"{ext}: {what}")


def _dump(x: Any) -> str | None:
    if x is None:
        return None
    return json.dumps(x.as_json() if isinstance(x, MSpan) else x, ensure_ascii=False)


def source_of(file: str, created: str) -> str:
    """SpanHistory.source of everything a merge writes."""
    return f"bundle:{file[:180]}@{created}"


# ---- before anything: may the bundle be merged at all ---------------------------------------


def precheck(bundle: BundleRows, record: Any, *, allow_reserved: bool = False) -> MergePlan | None:
    """The plan of a bundle that changes nothing (an older copy) or may not be merged (a
    reserved layer); None when the merge goes ahead."""
    report = new_report(bundle)
    if bundle.annotator in RESERVED_LAYERS and not allow_reserved:
        return MergePlan(report, refusal=reserved_refusal(bundle.file, bundle.annotator))
    if isinstance(record, dict) and bundle.generation < int(record.get("mark", 0)):
        # an older copy of a bundle already merged: what it lacks was not deleted
        report.older = (
            f"older than the copy merged on {str(record.get('imported', '?'))[:19]}; "
            f"nothing changed"
        )
        return MergePlan(report)
    return None


def reserved_refusal(file: str, annotator: str) -> str:
    return (
        f"{file} names its annotator {annotator!r}, a layer no bundle writes "
        f"(import it with --into-reserved only if you mean it)"
    )


def new_report(bundle: BundleRows) -> BundleReport:
    return BundleReport(
        file=bundle.file,
        bundle_id=bundle.bundle_id,
        annotator=bundle.annotator,
        created=bundle.created,
    )


def refusal(file: str, ext: str, why: str) -> str:
    return f"{file}: document {ext}: {why}; nothing was imported"


# ---- the spans, relations, statuses and comments --------------------------------------------


def plan_merge(
    bundle: BundleRows,
    lead: LeadRows,
    flags: FlagOutcome | None = None,
    *,
    now: dt.datetime,
    alloc: Alloc,
    make_uid: Callable[[], str] = new_uid,
    allow_reserved: bool = False,
) -> MergePlan:
    """The whole merge of one bundle into the lead, as operations for one Store.apply."""
    early = precheck(bundle, lead.record, allow_reserved=allow_reserved)
    if early is not None:
        return early
    planner = _Planner(bundle, lead, flags or FlagOutcome(), now, alloc, make_uid)
    try:
        return planner.run()
    except Refused as e:
        return MergePlan(planner.report, refusal=str(e))


class _Planner:
    def __init__(
        self,
        bundle: BundleRows,
        lead: LeadRows,
        flags: FlagOutcome,
        now: dt.datetime,
        alloc: Alloc,
        make_uid: Callable[[], str],
    ) -> None:
        self.b, self.lead, self.flags = bundle, lead, flags
        self.annot = bundle.annotator
        self.now, self.alloc, self.make_uid = now, alloc, make_uid
        self.report = new_report(bundle)
        self.report.generation = bundle.generation
        self.report.conflicts.extend(flags.conflicts)
        self.report.flags_decided = flags.decided
        self.report.texts_changed = flags.texts_changed
        self.notes = Notes(self.annot, source_of(bundle.file, bundle.created), now)
        self.notes.lines = self.report.conflicts
        record = lead.record
        self.state: dict[str, Any] = record if isinstance(record, dict) else bundle.export_state
        mark = int(self.state.get("mark", 0))
        self.base_spans: dict[str, list[Any]] = self.state.get("spans", {})
        self.removed_at, self.reused = _since(bundle.events, mark)
        # the merge works on copies in the lead's offsets; the record keeps the bundle's own
        self.bspans = {bid: (ext, replace(s)) for bid, (ext, s) in bundle.spans.items()}
        self.borig = {bid: s.sig for bid, (_, s) in bundle.spans.items()}
        self.created_at = parse_time(bundle.created)
        self.new_state: dict[str, list[Any]] = {}
        self.link: dict[int, int | None] = {}  # bundle span id -> lead span id after the merge
        self.removals: dict[int, str] = {}  # lead span id -> doc ext
        self.changes: dict[int, tuple[str, MSpan]] = {}  # lead span id -> (doc ext, new)
        self.adds: list[tuple[str, MSpan]] = []  # (doc ext, bundle span)
        self.ops: list[Op] = []
        self.gone_rels: set[int] = set()
        self.added_rels: set[tuple[str, int, int]] = set()

    def run(self) -> MergePlan:
        if self.flags.maps:
            self._map_spans()
        for key, entry in self.base_spans.items():
            self._baseline_span(key, entry)
        self._new_spans()
        self._overlaps()
        for key in list(self.new_state):
            if self.link.get(int(key)) in self.removals:
                self.link[int(key)] = None
                self.new_state[key][0] = None
        self._span_ops()
        for key, v in list(self.new_state.items()):
            if int(key) in self.borig:
                self.new_state[key] = [v[0], v[1], *self.borig[int(key)]]
        self._relation_ops()
        statuses = self._status_ops()
        self._comment_ops()
        self.report.documents = self.b.documents
        self.report.documents_done = sum(
            1 for d in self.lead.docs.values() if statuses.get(d) == "done"
        )
        record = self._record()
        return MergePlan(
            self.report, self.ops, self.flags.history + self.notes.history, record=record
        )

    # -- spans --

    def _map_spans(self) -> None:
        """Move the bundle's spans to the lead's offsets (M). A span the annotator did not
        touch goes where its baseline goes (the lead's repair may have cut it: then it stays
        out of the way); an edited or new span the lead's repair cuts cannot be merged."""
        for bid, (ext, s) in self.bspans.items():
            m = self.flags.maps.get(ext)
            if m is None:
                continue
            entry = self.base_spans.get(str(bid))
            if entry is not None and bid not in self.reused and entry[1] == ext:
                at_b = map_through(entry[2], entry[3], m.eb)
                if at_b is not None and (*at_b, entry[4]) == s.sig:
                    got = map_through(entry[2], entry[3], m.em)
                    s.start, s.end = got if got is not None else CUT
                    s.text = m.text[s.start : s.end] if got is not None else s.text
                    continue
            got = map_through(s.start, s.end, m.bm)
            if got is None:
                raise Refused(
                    refusal(
                        self.b.file,
                        ext,
                        f"{s.label} “{s.text}” of the bundle is cut by the project's repair "
                        f"decision",
                    )
                )
            s.start, s.end = got
            s.text = m.text[s.start : s.end]

    def _base_sig(self, entry: list[Any]) -> Sig:
        _, ext, start, end, label = entry
        m = self.flags.maps.get(ext)
        if m is None:
            return (start, end, label)
        got = map_through(start, end, m.em)
        return (*(got if got is not None else CUT), label)

    def _baseline_span(self, key: str, entry: list[Any]) -> None:
        """A span the baseline holds: what became of it on each side."""
        bid = int(key)
        lead_id, ext = entry[0], entry[1]
        base = self._base_sig(entry)
        doc = self.lead.docs.get(ext)
        if doc is None:
            raise Refused(
                f"{self.b.file} is damaged (its baseline names document {ext!r}, which the "
                f"bundle does not hold)"
            )
        cur_b = self.bspans[bid][1] if bid in self.bspans and bid not in self.reused else None
        cur_l = self.lead.spans.get(lead_id) if lead_id is not None else None
        if cur_l is not None and cur_l.doc != doc:
            cur_l = None  # the id now names another document's span
        if cur_b is not None and cur_b.sig == base:
            self.new_state[key] = entry
            self.link[bid] = lead_id if cur_l is not None else None
        elif cur_b is None:
            self._removed_in_bundle(bid, ext, doc, base, cur_l)
        else:
            self.new_state[key] = [lead_id, ext, cur_b.start, cur_b.end, cur_b.label]
            self.link[bid] = lead_id if cur_l is not None else None
            if cur_l is None:
                self._changed_in_bundle_removed_in_lead(bid, ext, doc, base, cur_b, lead_id)
            elif cur_l.sig != cur_b.sig:
                self._changed_on_both(ext, doc, base, cur_b, cur_l)

    def _removed_in_bundle(
        self, bid: int, ext: str, doc: int, base: Sig, cur_l: MSpan | None
    ) -> None:
        if cur_l is None:
            return
        if cur_l.sig == base:
            self.removals[cur_l.id] = ext
            return
        t_b = self.removed_at.get(bid, self.created_at)
        if t_b > cur_l.updated:
            self.removals[cur_l.id] = ext
            self.notes.conflict(
                ext,
                doc,
                cur_l.id,
                cur_l,
                None,
                f"{cur_l.label} “{cur_l.text}” changed in the project, removed later in "
                f"the bundle: removed",
            )
        else:
            self.notes.conflict(
                ext,
                doc,
                cur_l.id,
                {"removed": iso(t_b), **_sig_json(base)},
                cur_l,
                f"{cur_l.label} “{cur_l.text}” removed in the bundle, changed later in the "
                f"project: kept",
            )

    def _changed_on_both(self, ext: str, doc: int, base: Sig, cur_b: MSpan, cur_l: MSpan) -> None:
        if cur_l.sig == base or cur_b.updated > cur_l.updated:
            if cur_l.sig != base:
                self.notes.conflict(
                    ext,
                    doc,
                    cur_l.id,
                    cur_l,
                    cur_b,
                    f"“{cur_l.text}” {cur_l.label} in the project, “{cur_b.text}” "
                    f"{cur_b.label} later in the bundle: the bundle's kept",
                )
            self.changes[cur_l.id] = (ext, cur_b)
        else:
            self.notes.conflict(
                ext,
                doc,
                cur_l.id,
                cur_b,
                cur_l,
                f"“{cur_b.text}” {cur_b.label} in the bundle, “{cur_l.text}” {cur_l.label} "
                f"later in the project: the project's kept",
            )

    def _changed_in_bundle_removed_in_lead(
        self, bid: int, ext: str, doc: int, base: Sig, cur_b: MSpan, lead_id: int | None
    ) -> None:
        t_l = self.lead.removed_at.get(lead_id) if lead_id is not None else None
        if t_l is None or cur_b.updated > t_l:
            self.adds.append((ext, cur_b))
            self.link[bid] = None
        else:
            self.notes.conflict(
                ext,
                doc,
                None,
                cur_b,
                {"removed": iso(t_l), **_sig_json(base)},
                f"{cur_b.label} “{cur_b.text}” changed in the bundle, removed later in the "
                f"project: stays removed",
            )

    def _new_spans(self) -> None:
        """Spans made in the bundle since the baseline: one the lead already has (the same
        place and label) is linked to it, the others are added."""
        by_sig = {(ls.doc, ls.sig): ls for ls in self.lead.spans.values()}
        for bid, (ext, s) in self.bspans.items():
            key = str(bid)
            if key in self.base_spans and bid not in self.reused:
                continue
            same = by_sig.get((self.lead.docs[ext], s.sig))
            if same is not None and same.id not in self.removals:
                self.new_state[key] = [same.id, ext, s.start, s.end, s.label]
                self.link[bid] = same.id
                continue
            self.adds.append((ext, s))
            self.new_state[key] = [None, ext, s.start, s.end, s.label]
            self.link[bid] = None

    def _overlaps(self) -> None:
        """Of two same-kind overlapping spans the newer stays: a bundle span that loses is
        not applied, a lead span that loses is removed (both recorded as conflicts)."""
        cands_of: dict[str, list[tuple[dt.datetime, str, int, MSpan]]] = {}
        for lid, (e, s) in self.changes.items():
            cands_of.setdefault(e, []).append((s.updated, "change", lid, s))
        for e, s in self.adds:
            cands_of.setdefault(e, []).append((s.updated, "add", s.id, s))
        lead_of_doc: dict[int, list[MSpan]] = {}
        for ls in self.lead.spans.values():
            lead_of_doc.setdefault(ls.doc, []).append(ls)
        rejected: set[int] = set()
        for ext, cands in cands_of.items():
            doc = self.lead.docs[ext]
            placed: list[tuple[int, int, str, dt.datetime, int | None]] = [
                (ls.start, ls.end, ls.label, ls.updated, ls.id)
                for ls in lead_of_doc.get(doc, [])
                if ls.id not in self.removals and ls.id not in self.changes
            ]
            for t, kind, ref, s in sorted(cands, key=lambda c: c[0], reverse=True):
                if not self._place(ext, doc, placed, t, kind, ref, s):
                    rejected.add(id(s))
        self.adds = [(e, s) for e, s in self.adds if id(s) not in rejected]

    def _place(
        self,
        ext: str,
        doc: int,
        placed: list[tuple[int, int, str, dt.datetime, int | None]],
        t: dt.datetime,
        kind: str,
        ref: int,
        s: MSpan,
    ) -> bool:
        """Place one added or changed span among the spans already placed in its document;
        False for an added span that loses to a newer one."""
        directive = self.lead.schema.is_directive(s.label)
        clash = [
            p
            for p in placed
            if p[0] < s.end and s.start < p[1] and self.lead.schema.is_directive(p[2]) == directive
        ]
        if clash and not all(p[4] is not None and p[3] < t for p in clash):
            # loses to a newer span: the lead keeps what it has
            if kind == "change":
                old = self.lead.spans[ref]
                del self.changes[ref]
                placed.append((old.start, old.end, old.label, old.updated, None))
                what = "not applied"
            else:
                old = None
                what = "not added"
            self.notes.conflict(
                ext,
                doc,
                ref if kind == "change" else None,
                s,
                old,
                f"{s.label} “{s.text}” from the bundle overlaps a newer span: {what}",
            )
            return kind == "change"
        for p in clash:
            assert p[4] is not None  # only placed lead spans block (all older)
            old = self.lead.spans[p[4]]
            self.removals[old.id] = ext
            placed.remove(p)
            self.notes.conflict(
                ext,
                doc,
                old.id,
                old,
                s,
                f"{old.label} “{old.text}” overlaps a newer {s.label} “{s.text}” from the "
                f"bundle: replaced",
            )
        placed.append((s.start, s.end, s.label, t, None))
        return True

    def _span_ops(self) -> None:
        """Relations losing an end first, then removals, changes and additions of spans."""
        for rel in sorted(self.lead.relations.values(), key=lambda r: r.id):
            if rel.head in self.removals or rel.tail in self.removals:
                self._remove_relation(rel)
        for sid in self.removals:
            self.ops.append(RemoveSpan(self.lead.spans[sid].row(self.annot)))
            self.report.spans_removed += 1
        for sid, (_ext, new) in self.changes.items():
            self._change_span(sid, new)
        self._add_spans()

    def _remove_relation(self, rel: RelationRow) -> None:
        self.ops.append(RemoveRelation(rel))
        self.gone_rels.add(rel.id)
        self.report.relations_removed += 1

    def _change_span(self, sid: int, new: MSpan) -> None:
        old = self.lead.spans[sid].row(self.annot)
        after = old.with_(
            start=new.start,
            end=new.end,
            label=new.label,
            text=new.text,
            origin=new.origin,
            author=new.author or self.annot,
        )
        if after.label != old.label:
            # relations whose ends no longer fit go with the old label
            for rel in sorted(self.lead.relations.values(), key=lambda r: r.id):
                if rel.id in self.gone_rels or sid not in (rel.head, rel.tail):
                    continue
                if not self._end_fits(rel, sid, after.label):
                    self._remove_relation(rel)
        self.ops.append(ChangeSpan(old, after))
        self.report.spans_changed += 1

    def _end_fits(self, rel: RelationRow, sid: int, label: str) -> bool:
        """Whether span `sid`, one end of `rel`, may hold `label` at that end."""
        try:
            spec = self.lead.schema.relation(rel.type)
        except KeyError:
            return True  # a type the schema lost is not the merge's to judge
        return label in (spec.head if rel.head == sid else spec.tail)

    def _add_spans(self) -> None:
        taken = {s.uid for s in self.lead.spans.values()}
        new_ids = iter(self.alloc("span", len(self.adds)))
        for ext, s in self.adds:
            new_id = next(new_ids)
            uid = s.uid if s.uid and s.uid not in taken else self.make_uid()
            taken.add(uid)
            row = replace(s, id=new_id, uid=uid, doc=self.lead.docs[ext])
            row.author = s.author or self.annot
            self.ops.append(AddSpan(row.row(self.annot)))
            self.report.spans_added += 1
            self.link[s.id] = new_id
            if str(s.id) in self.new_state:
                self.new_state[str(s.id)][0] = new_id
            else:  # a bundle span re-added after the project removed it
                self.new_state[str(s.id)] = [new_id, ext, s.start, s.end, s.label]

    # -- relations --

    def _relation_ops(self) -> None:
        base = {tuple(r) for r in self.state.get("relations", [])}
        cur = set(self.b.relations)
        if base == cur:
            return
        for _ext, rtype, bh, bt in sorted(base - cur, key=str):
            h, t = self.link.get(bh), self.link.get(bt)
            if h is None or t is None:
                continue
            rel = self._lead_relation(rtype, h, t)
            if rel is not None:
                self._remove_relation(rel)
        labels = self._labels_after()
        for ext, rtype, bh, bt in sorted(cur - base, key=str):
            self._add_relation(ext, rtype, bh, bt, labels)

    def _lead_relation(self, rtype: str, h: int, t: int) -> RelationRow | None:
        for rel in sorted(self.lead.relations.values(), key=lambda r: r.id):
            if rel.id not in self.gone_rels and (rel.type, rel.head, rel.tail) == (rtype, h, t):
                return rel
        return None

    def _labels_after(self) -> dict[int, str]:
        """Every span's label once the span operations are applied."""
        labels = {sid: s.label for sid, s in self.lead.spans.items() if sid not in self.removals}
        for op in self.ops:
            if isinstance(op, ChangeSpan):
                labels[op.after.id] = op.after.label
            elif isinstance(op, AddSpan):
                labels[op.row.id] = op.row.label
        return labels

    def _add_relation(self, ext: str, rtype: str, bh: int, bt: int, labels: dict[int, str]) -> None:
        doc = self.lead.docs[ext]
        h, t = self.link.get(bh), self.link.get(bt)
        if h is None or t is None:
            self.notes.conflict(
                ext,
                doc,
                None,
                {"type": rtype},
                None,
                f"relation {rtype}: one of its spans did not come across, not added",
            )
            return
        try:
            spec = self.lead.schema.relation(rtype)
            fits = labels.get(h) in spec.head and labels.get(t) in spec.tail
        except KeyError:
            fits = False
        if not fits:
            self.notes.conflict(
                ext,
                doc,
                None,
                {"type": rtype, "head": h, "tail": t},
                None,
                f"relation {rtype} no longer fits its spans' labels, not added",
            )
            return
        if (rtype, h, t) in self.added_rels or self._lead_relation(rtype, h, t) is not None:
            return
        self.added_rels.add((rtype, h, t))
        rid = self.alloc("relation", 1)[0]
        conf, prov = self.b.relation_origin.get((rtype, bh, bt), (None, ""))
        self.ops.append(
            AddRelation(
                RelationRow(
                    rid, self.make_uid(), doc, self.annot, rtype, h, t, self.annot, conf, prov
                )
            )
        )
        self.report.relations_added += 1

    # -- statuses and comments --

    def _status_ops(self) -> dict[int, str]:
        """A status set in the bundle since the baseline comes across unless the project set
        another one later. Returns every document's status after the merge."""
        base = self.state.get("status", {})
        after = {d: s for d, (s, _) in self.lead.statuses.items()}
        for ext, (status, b_up) in self.b.statuses.items():
            if status == base.get(ext, "todo"):
                continue
            doc = self.lead.docs[ext]
            l_status, l_up = self.lead.statuses.get(doc, ("todo", dt.datetime.min))
            if l_status == status:
                continue
            if l_status != base.get(ext, "todo") and l_up > b_up:
                self.report.conflicts.append(
                    f"{ext}: status {status} in the bundle, {l_status} later in the project: "
                    f"the project's kept"
                )
                continue
            if status not in STATUSES:
                raise Refused(
                    f"{self.b.file}: document {ext} has status {status!r}, not one of "
                    f"{', '.join(STATUSES)}; nothing was imported"
                )
            before = self.lead.statuses[doc][0] if doc in self.lead.statuses else None
            self.ops.append(SetStatus(doc, self.annot, before, status))
            after[doc] = status
            self.report.statuses_changed += 1
        return after

    def _comment_ops(self) -> None:
        """Comments by uid: new ones come across, an edited one replaces the project's when it
        is newer (`updated`); a comment removed in the bundle stays in the project."""
        rows = self.b.comments
        if not rows:
            return
        have = self.lead.comments
        fresh = iter(self.alloc("comment", sum(1 for r in rows if r["uid"] not in have)))
        n = 0
        for r in rows:
            doc = self.lead.docs.get(r["ext"])
            if doc is None:
                continue
            old = have.get(r["uid"])
            if old is not None and (
                old["text"] == r["text"] or _time(old["updated"]) >= _time(r["updated"])
            ):
                continue
            after = {
                "uid": r["uid"],
                "id": old["id"] if old is not None else next(fresh),
                "doc": doc,
                "layer": r["layer"],
                "span_uid": r["span_uid"],
                "author": r["author"],
                "text": r["text"],
                "created": str(r["created"]),
                "updated": str(r["updated"]),
            }
            before = None
            if old is not None:
                before = {**after, "id": old["id"], "text": old["text"],
                          "updated": str(old["updated"]), "created": str(old["created"]),
                          "author": old["author"], "span_uid": old["span_uid"],
                          "layer": old["layer"], "doc": old["document"]}  # fmt: skip
            self.ops.append(SetComment(r["uid"], before, after))
            n += 1
        self.report.comments_merged += n

    # -- the record the next merge starts from --

    def _record(self) -> dict[str, Any] | None:
        old = self.lead.record
        new_record: dict[str, Any] = {
            "mark": max(self.b.generation, int(self.state.get("mark", 0))),
            "spans": self.new_state,
            "relations": [list(r) for r in self.b.relations],
            "status": {ext: s for ext, (s, _) in self.b.statuses.items()},
            "docs": self.flags.docs,
            "file": self.b.file,
            "created": self.b.created,
        }
        if not (record_differs(old, new_record) or self.report.changed_anything):
            return None
        new_record["imported"] = iso(self.now)
        self.ops.append(
            SetMeta(
                RECORD_PREFIX + self.b.bundle_id,
                self.lead.record_text,
                json.dumps(new_record, ensure_ascii=False),
            )
        )
        return new_record


def _since(events: list[SpanEvent], mark: int) -> tuple[dict[int, dt.datetime], set[int]]:
    """When each span was last removed in the bundle since the baseline's mark, and the ids
    handed out again for another span. The store's counter never does that, but the release
    before it gave a new span MAX(id)+1, so after the span with the highest id was removed its
    id came back in the next session; a bundle of that release still holds such ids. An id
    re-added (not by an undo) as another span than the one removed is a new span, and the old
    one counts as removed; re-added as the same span (a redo) it stays the same."""
    removed_at: dict[int, dt.datetime] = {}
    removed_as: dict[int, tuple[str, int, int, str] | None] = {}
    reused: set[int] = set()
    for ev in sorted(events, key=lambda e: e.row):
        if ev.action == "remove":
            removed_as[ev.span] = ev.where
            if ev.row > mark:
                removed_at[ev.span] = ev.at
        elif ev.row > mark and ev.source != "undo" and ev.span in removed_as:
            if removed_as[ev.span] != ev.where:
                reused.add(ev.span)
            else:
                reused.discard(ev.span)
    return removed_at, reused


def _time(t: Any) -> dt.datetime:
    return t if isinstance(t, dt.datetime) else parse_time(t)


def _sig_json(sig: Sig) -> dict[str, Any]:
    return {"start": sig[0], "end": sig[1], "label": sig[2]}


def record_differs(old: Any, new: dict[str, Any]) -> bool:
    if not isinstance(old, dict):
        return True
    keys = ("mark", "spans", "relations", "status", "docs")
    return any(old.get(k) != json.loads(json.dumps(new[k])) for k in keys)
