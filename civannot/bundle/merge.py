"""The three-way merge of returned bundles into the lead's project."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from civannot.bundle.common import (
    RECORD_PREFIX,
    BundleError,
    Cancel,
    Progress,
    _chunks,
    _first_line,
)
from civannot.bundle.files import _Bundle, _open_bundle
from civannot.bundle.log import _log_merge
from civannot.bundle.report import BundleReport, ImportSummary
from civannot.bundle.texts import (
    _base_edits,
    _describe,
    _doc_state,
    _DocMap,
    _flags,
    _repair_edits,
)
from civannot.bundle.times import _as_time, _iso, _parse_time
from civannot.flag_review import decision, is_repair, map_through
from civannot.models.database import ProjectError
from civannot.models.tables import utcnow
from civannot.project import Project
from civannot.records import AUTO_LAYER, STATUSES, Flag
from civannot.store import (
    AddRelation,
    AddSpan,
    ChangeSpan,
    ChangeText,
    Op,
    RelationRow,
    RemoveRelation,
    RemoveSpan,
    SetMeta,
    SetStatus,
    SpanRow,
)
from civannot.store.ops import new_uid


def import_bundles(
    project: Project,
    paths: Iterable[str | Path],
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    allow_reserved: bool = False,
) -> ImportSummary:
    """Check every file, then merge them all in one transaction (oldest bundle first).

    A bundle never writes the `gold` or `auto` layer unless `allow_reserved` says the lead
    means it. Every merged value is checked by the store like an import: one bad value
    refuses the whole import and the project stays as it was."""
    if project.kind == "bundle":
        raise BundleError(f"{project.path} is a bundle; import bundles into the lead's project")
    unique: dict[Path, Path] = {}
    for p in paths:
        unique.setdefault(Path(p).resolve(), Path(p))
    paths = list(unique.values())
    if not paths:
        raise BundleError("no bundle file given")
    opened: list[_Bundle] = []
    summary = ImportSummary()
    try:
        for p in paths:
            opened.append(_open_bundle(project, Path(p), allow_reserved))
        opened.sort(key=lambda b: (b.info.created, b.path.stat().st_mtime))
        with project.store.transaction():
            for i, b in enumerate(opened):
                if cancel and cancel():
                    raise BundleError("import cancelled; nothing was written")
                merge = _Merge(project, b)
                report = merge.run()
                if merge.ops:
                    report.merge_id = _log_merge(project, b, report, merge.ops)
                summary.bundles.append(report)
                summary.ops.extend(merge.ops)
                if progress:
                    progress(i + 1, len(opened))
    except pw.DatabaseError as e:
        # a full disk, an I/O error: the transaction is gone, nothing of it was written
        raise BundleError(f"cannot import: {_first_line(e)}; nothing was imported") from None
    finally:
        for b in opened:
            b.project.close()
    return summary


@dataclass
class _LeadSpan:
    id: int
    doc: int
    start: int
    end: int
    label: str
    text: str
    origin: str
    author: str
    confidence: float | None
    updated: dt.datetime
    uid: str | None = None
    provenance: str = ""

    @property
    def sig(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)

    def as_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "text": self.text,
            "origin": self.origin,
            "author": self.author,
            "updated": _iso(self.updated),
        }


# where a span goes whose place a repair took: nowhere any real span is
_CUT = (-1, -1)


class _Merge:
    """The three-way merge of one bundle into the lead (inside the caller's transaction)."""

    def __init__(self, lead: Project, b: _Bundle):
        self.lead = lead
        self.b = b
        self.annot = b.info.annotator
        self.source = f"bundle:{b.path.name[:180]}@{b.info.created}"
        self.report = BundleReport(
            file=b.path.name, bundle_id=b.info.id, annotator=self.annot, created=b.info.created
        )
        self.history: list[dict[str, Any]] = []
        self.ops: list[Op] = []  # everything the merge wrote, in order (its undo is the inverse)
        self.now = utcnow()

    # -- reading both sides --

    def _bundle_spans(self) -> dict[int, tuple[str, _LeadSpan]]:
        bp = self.b.project
        S, L, D = bp.m.Span, bp.m.Layer, bp.m.Document
        q = (
            S.select(
                S.id,
                D.external_id,
                S.start,
                S.end,
                S.label,
                S.text,
                S.origin,
                S.author,
                S.confidence,
                S.updated,
                S.uid,
                S.provenance,
            )
            .join_from(S, L)
            .join_from(S, D)
            .where(L.name == self.annot)
            .tuples()
        )
        out = {}
        for sid, ext, start, end, label, text, origin, author, conf, updated, uid, prov in q:
            out[sid] = (
                ext,
                _LeadSpan(
                    sid,
                    0,
                    start,
                    end,
                    label,
                    text,
                    origin,
                    author,
                    conf,
                    _as_time(updated),
                    uid,
                    prov or "",
                ),
            )
        return out

    def _bundle_history(self, mark: int) -> tuple[set[int], dict[int, dt.datetime], int]:
        """Reused ids and removal times since the baseline, and the history's high-water mark."""
        H = self.b.project.m.SpanHistory
        last_add: dict[int, str] = {}
        removed_at: dict[int, dt.datetime] = {}
        top = mark
        q = (
            H.select(H.id, H.span_id, H.action, H.source, H.at)
            .where((H.id > mark) & (H.layer == self.annot))
            .order_by(H.id)
            .tuples()
        )
        for hid, sid, action, source, at in q:
            top = max(top, hid)
            if sid is None:
                continue
            if action == "add":
                last_add[sid] = source or ""
            elif action == "remove":
                removed_at[sid] = _as_time(at)
        row = H.select(H.id).order_by(H.id.desc()).first()
        if row is not None:
            top = max(top, row.id)
        reused = {sid for sid, src in last_add.items() if src != "undo"}
        return reused, removed_at, top

    def _lead_spans(self, lid: int | None) -> dict[int, _LeadSpan]:
        if lid is None:
            return {}
        S = self.lead.m.Span
        out = {}
        doc_ids = list(self.b.lead_docs.values())
        for chunk in _chunks(doc_ids):
            q = (
                S.select(
                    S.id,
                    S.document,
                    S.start,
                    S.end,
                    S.label,
                    S.text,
                    S.origin,
                    S.author,
                    S.confidence,
                    S.updated,
                )
                .where((S.layer == lid) & S.document.in_(chunk))
                .tuples()
            )
            for r in q:
                out[r[0]] = _LeadSpan(
                    r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], _as_time(r[9])
                )
        return out

    def _lead_removed_at(self, span_id: int) -> dt.datetime | None:
        H = self.lead.m.SpanHistory
        row = (
            H.select(H.at)
            .where((H.span_id == span_id) & (H.layer == self.annot) & (H.action == "remove"))
            .order_by(H.id.desc())
            .first()
        )
        return _as_time(row.at) if row else None

    # -- history --

    def _hist(
        self,
        doc: int,
        span_id: int | None,
        action: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        author: str | None = None,
    ) -> None:
        self.history.append(
            {
                "document": doc,
                "layer": self.annot,
                "span_id": span_id,
                "action": action,
                "before": json.dumps(before, ensure_ascii=False) if before is not None else None,
                "after": json.dumps(after, ensure_ascii=False) if after is not None else None,
                "author": author or self.annot,
                "source": self.source,
                "at": self.now,
            }
        )

    def _conflict(
        self, doc_ext: str, doc: int, span_id: int | None, loser: Any, winner: Any, what: str
    ) -> None:
        def j(x: Any) -> dict[str, Any] | None:
            if x is None:
                return None
            return x.as_json() if isinstance(x, _LeadSpan) else x

        self._hist(doc, span_id, "conflict", j(loser), j(winner))
        self.report.conflicts.append(f"{doc_ext}: {what}")

    # -- flag decisions --

    def _refuse(self, ext: str, why: str) -> BundleError:
        return BundleError(f"{self.b.path.name}: document {ext}: {why}; nothing was imported")

    @staticmethod
    def _flag_times(project: Project, doc: int) -> dict[int, tuple[dt.datetime, str]]:
        """When and by whom each flag of a document was last decided, from the "flag" rows of
        the history (a decision replayed from a bundle keeps its original who and when)."""
        H = project.m.SpanHistory
        out: dict[int, tuple[dt.datetime, str]] = {}
        q = (
            H.select(H.after, H.author, H.at)
            .where((H.document == doc) & (H.action == "flag"))
            .order_by(H.id)
            .tuples()
        )
        for after, author, at in q:
            try:
                d = json.loads(after or "{}")
                i = int(d["index"])
            except (ValueError, KeyError, TypeError):
                continue
            decided = d.get("decided") or {}
            t = _parse_time(decided.get("at")) if decided.get("at") else _as_time(at)
            out[i] = (t, str(decided.get("by") or author or ""))
        return out

    def _old_base(self, ext: str, bdoc: int, ldoc: int, bstate: Any, lstate: Any) -> Any:
        """The flag baseline of a bundle exported before bundles carried one: whichever side
        has decided nothing since the export still shows it."""
        H = self.b.project.m.SpanHistory
        if not H.select().where((H.document == bdoc) & H.action.in_(["text", "flag"])).exists():
            return bstate
        LH = self.lead.m.SpanHistory
        since = _parse_time(self.b.info.created)
        if (
            not LH.select()
            .where((LH.document == ldoc) & LH.action.in_(["text", "flag"]) & (LH.at >= since))
            .exists()
        ):
            return lstate
        raise self._refuse(
            ext, "both sides decided flags of a bundle from an older civannot, cannot merge"
        )

    def _merge_flags(
        self, state: dict[str, Any]
    ) -> tuple[dict[str, _DocMap], dict[str, dict[str, Any]]]:
        """Bring the bundle's flag decisions into the lead, before the spans are merged.

        Per flag, against the baseline: a decision made only in the bundle is replayed in the
        lead (a repair through the same command as in the annotator's session, so the lead's
        text becomes the bundle's and every layer's spans move with it); decided differently
        on both sides, the newer decision wins and the other goes to the history as a
        conflict. Returns, per document whose offsets moved, how they moved, and the bundle's
        flag state (the next import's baseline).
        """
        bp, lead = self.b.project, self.lead
        D, LD = bp.m.Document, lead.m.Document
        base_docs = state.get("docs")
        maps: dict[str, _DocMap] = {}
        new_docs: dict[str, dict[str, Any]] = {}
        for ext, bdoc, bclean, bflags_s in D.select(D.external_id, D.id, D.clean, D.flags).tuples():
            bflags = _flags(bflags_s)
            bstate = _doc_state(bclean, bflags)
            if bstate is not None:
                new_docs[ext] = bstate
            ldoc = self.b.lead_docs[ext]
            lclean, lflags_s = LD.select(LD.clean, LD.flags).where(LD.id == ldoc).tuples().get()
            if bflags_s == lflags_s and bclean == lclean:
                base = base_docs.get(ext) if isinstance(base_docs, dict) else bstate
                if base == bstate:
                    continue  # the common case: no decision anywhere since the export
            lflags = _flags(lflags_s)
            if isinstance(base_docs, dict):
                base = base_docs.get(ext)
            else:
                base = self._old_base(ext, bdoc, ldoc, bstate, _doc_state(lclean, lflags))
            base = base or {"flags": [], "readings": [], "length": None}
            m = self._merge_doc_flags(ext, bdoc, ldoc, base, bclean, bflags, lclean, lflags)
            if m is not None:
                maps[ext] = m
        return maps, new_docs

    def _merge_doc_flags(
        self,
        ext: str,
        bdoc: int,
        ldoc: int,
        base: dict[str, Any],
        bclean: str,
        bflags: list[Flag],
        text: str,
        flags: list[Flag],
    ) -> _DocMap | None:
        base_flags = [Flag.from_json(f) for f in base.get("flags", [])]
        readings = list(base.get("readings", []))
        n = len(base_flags)
        if (
            len(bflags) != n
            or len(flags) != n
            or len(readings) != n
            or any(
                a.kind != b.kind or a.kind != c.kind
                for a, b, c in zip(base_flags, bflags, flags, strict=True)
            )
        ):
            raise self._refuse(ext, "its flags differ from the project's, cannot merge")
        b_times = self._flag_times(self.b.project, bdoc)
        l_times = self._flag_times(self.lead, ldoc)
        created = _parse_time(self.b.info.created)
        # in the order the annotator decided them (several decisions of one flag: the last)
        order = sorted(range(n), key=lambda i: (b_times.get(i, (created, ""))[0], i))
        for i in order:
            ef, bf = base_flags[i], bflags[i]
            ke = (ef.status, readings[i] if is_repair(ef) else None)
            kb = decision(bf, bclean)
            if kb == ke:
                continue  # the bundle decided nothing here
            lf = flags[i]
            kl = decision(lf, text)
            if kl == kb:
                continue  # the same decision on both sides
            tb, by = b_times.get(i, (created, self.annot))
            decided = {"at": _iso(tb), "by": by}
            ours = {"index": i, "flag": bf.to_json(), "decided": decided}
            what = f"flag {i + 1} ({bf.kind})"
            if kl != ke:
                tl, lby = l_times.get(i, (dt.datetime.min, ""))
                theirs = {"index": i, "flag": lf.to_json(), "decided": {"at": _iso(tl), "by": lby}}
                if tl >= tb:
                    self._conflict(
                        ext,
                        ldoc,
                        None,
                        ours,
                        theirs,
                        f"{what}: {_describe(kb)} in the bundle, {_describe(kl)} later in the "
                        f"project: the project's kept",
                    )
                    continue
                self._conflict(
                    ext,
                    ldoc,
                    None,
                    theirs,
                    ours,
                    f"{what}: {_describe(kl)} in the project, {_describe(kb)} later in the "
                    f"bundle: the bundle's kept",
                )
            if is_repair(lf) and kb[1] != kl[1]:
                text, flags = self._replay(ext, ldoc, i, bf, kb[1] or "", decided, kl != ke)
            else:
                # a decision that leaves the text as it is: only the flag changes
                old_flags = list(flags)
                flags = list(flags)
                flags[i] = Flag(**{**bf.to_json(), "start": lf.start, "end": lf.end})
                omap = self.lead.document(ldoc).offset_map

                before_state = {"clean": text, "offset_map": omap, "flag_index": i}
                self._store(
                    [
                        ChangeText(
                            ldoc,
                            {**before_state, "flags": [f.to_json() for f in old_flags]},
                            {
                                **before_state,
                                "flags": [f.to_json() for f in flags],
                                "decided": decided,
                            },
                        )
                    ],
                    "flags",
                )
            self.report.flags_decided += 1
        bm = _repair_edits(bclean, bflags, text, flags)
        if bm is None:
            raise self._refuse(ext, "its text differs from the project's beyond its repair flags")
        em = _base_edits(base, text, flags)
        eb = _base_edits(base, bclean, bflags)
        if em is None or eb is None:
            raise self._refuse(ext, "its flags no longer match the export, cannot merge")
        if not (em or eb or bm):
            return None
        return _DocMap(eb, em, bm, text)

    def _replay(
        self,
        ext: str,
        ldoc: int,
        i: int,
        bflag: Flag,
        reading: str,
        decided: dict[str, Any],
        strict: bool,
    ) -> tuple[str, list[Flag]]:
        """Put the bundle's reading of repair flag `i` in the lead, through the very command
        the annotator's session ran (text, map, flags, the spans of every layer)."""
        from civannot.session import Session, SessionError, plan_repair

        try:
            cmd = plan_repair(self.lead, ldoc, i, reading)
        except SessionError as e:
            raise self._refuse(
                ext, f"the bundle's repair “{reading}” cannot be replayed ({e})"
            ) from None
        first = cmd.ops[0]
        assert isinstance(first, ChangeText)
        after = first.after
        placed = Flag.from_json(after["flags"][i])
        # the bundle's flag as it is (its readings in the bundle's order), at the lead's place
        after["flags"][i] = {**bflag.to_json(), "start": placed.start, "end": placed.end}
        after["decided"] = decided
        cut = [
            op.row for op in cmd.ops if isinstance(op, RemoveSpan) and op.row.layer != AUTO_LAYER
        ]
        if strict and cut:
            # the project's own decision lost: its spans must follow the bundle's text, and
            # one the new reading cuts has no place in it
            r = cut[0]
            raise self._refuse(
                ext,
                f"the bundle's newer repair “{reading}” cuts {r.label} “{r.text}” of "
                f"{r.layer} in the project",
            )
        for r in cut:
            if r.layer != self.annot:
                self.report.conflicts.append(
                    f"{ext}: {r.label} “{r.text}” of {r.layer} is cut by the repair "
                    f"“{reading}” from the bundle: removed"
                )
        session = Session(self.lead, self.annot)
        session.source = self.source
        try:
            # a merge is not a step of the lead's session: no undo entry
            session.replay(cmd)
        except SessionError as e:
            raise self._refuse(ext, str(e)) from None
        self.ops.extend(cmd.ops)
        if after["clean"] != first.before["clean"]:
            self.report.texts_changed += 1
        doc = self.lead.document(ldoc)
        return doc.text, doc.flags

    def _map_spans(
        self,
        maps: dict[str, _DocMap],
        base_spans: dict[str, list[Any]],
        bspans: dict[int, tuple[str, _LeadSpan]],
        reused: set[int],
    ) -> None:
        """Move the bundle's spans to the lead's offsets (M). A span the annotator did not
        touch goes where its baseline goes (the lead's repair may have cut it: then it stays
        out of the way); an edited or new span the lead's repair cuts cannot be merged."""
        for bid, (ext, s) in bspans.items():
            m = maps.get(ext)
            if m is None:
                continue
            entry = base_spans.get(str(bid))
            if entry is not None and bid not in reused and entry[1] == ext:
                at_b = map_through(entry[2], entry[3], m.eb)
                if at_b is not None and (*at_b, entry[4]) == s.sig:
                    got = map_through(entry[2], entry[3], m.em)
                    s.start, s.end = got if got is not None else _CUT
                    s.text = m.text[s.start : s.end] if got is not None else s.text
                    continue
            got = map_through(s.start, s.end, m.bm)
            if got is None:
                raise self._refuse(
                    ext,
                    f"{s.label} “{s.text}” of the bundle is cut by the project's repair decision",
                )
            s.start, s.end = got
            s.text = m.text[s.start : s.end]

    def _base_sig(self, maps: dict[str, _DocMap], entry: list[Any]) -> tuple[int, int, str]:
        _, ext, start, end, label = entry
        m = maps.get(ext)
        if m is None:
            return (start, end, label)
        got = map_through(start, end, m.em)
        return (*(got if got is not None else _CUT), label)

    # -- the merge --

    def run(self) -> BundleReport:
        lead, b = self.lead, self.b
        record_key = RECORD_PREFIX + b.info.id
        record = lead.get_meta(record_key)
        H = b.project.m.SpanHistory
        newest = H.select(pw.fn.MAX(H.id)).scalar() or 0
        if isinstance(record, dict) and newest < int(record.get("mark", 0)):
            # an older copy of a bundle already merged: what it lacks was not deleted
            self.report.older = (
                f"older than the copy merged on {str(record.get('imported', '?'))[:19]}; "
                f"nothing changed"
            )
            return self.report
        self.report.generation = int(newest)
        state = record if isinstance(record, dict) else b.export_state
        mark = int(state.get("mark", 0))
        base_spans: dict[str, list[Any]] = state.get("spans", {})
        maps, new_docs = self._merge_flags(state)
        bspans = self._bundle_spans()
        # the record keeps the bundle's own offsets; the merge works in the lead's
        borig = {bid: s.sig for bid, (_, s) in bspans.items()}
        reused, removed_at, top = self._bundle_history(mark)
        if maps:
            self._map_spans(maps, base_spans, bspans, reused)
        lid = lead.layer_id(self.annot)
        assert lid is not None  # layer_id creates the layer when it is missing
        lspans = self._lead_spans(lid)
        schema = lead.schema
        ext_doc = b.lead_docs
        created_at = _parse_time(b.info.created)

        new_state: dict[str, list[Any]] = {}
        link: dict[int, int | None] = {}  # bundle span id -> lead span id after the merge
        removals: dict[int, tuple[str, str]] = {}  # lead id -> (doc ext, why)
        changes: dict[int, tuple[str, _LeadSpan, int]] = {}  # lead id -> (ext, new, bundle id)
        adds: list[tuple[str, _LeadSpan]] = []  # (ext, bundle span)
        conflict_only = 0

        for key, entry in base_spans.items():
            bid = int(key)
            lead_id, ext, bstart, bend, blabel = entry
            base = self._base_sig(maps, entry)
            doc = ext_doc.get(ext)
            if doc is None:
                raise BundleError(
                    f"{b.path.name} is damaged (its baseline names document {ext!r}, which the "
                    f"bundle does not hold)"
                )
            cur_b = None if bid in reused else (bspans[bid][1] if bid in bspans else None)
            cur_l = lspans.get(lead_id) if lead_id is not None else None
            if cur_l is not None and cur_l.doc != doc:
                cur_l = None  # the id now names another document's span
            if cur_b is not None and cur_b.sig == base:
                new_state[key] = entry
                link[bid] = lead_id if cur_l is not None else None
                continue
            if cur_b is None:
                if cur_l is None or doc is None:
                    continue
                if cur_l.sig == base:
                    removals[cur_l.id] = (ext, "")
                    continue
                t_b = removed_at.get(bid, created_at)
                if t_b > cur_l.updated:
                    removals[cur_l.id] = (ext, "conflict")
                    self._conflict(
                        ext,
                        doc,
                        cur_l.id,
                        cur_l,
                        None,
                        f"{cur_l.label} “{cur_l.text}” changed in the project, removed later in "
                        f"the bundle: removed",
                    )
                else:
                    conflict_only += 1
                    self._conflict(
                        ext,
                        doc,
                        cur_l.id,
                        {"removed": _iso(t_b), **_sig_json(base)},
                        cur_l,
                        f"{cur_l.label} “{cur_l.text}” removed in the bundle, changed later in the "
                        f"project: kept",
                    )
                continue
            # changed in the bundle
            new_state[key] = [lead_id, ext, cur_b.start, cur_b.end, cur_b.label]
            link[bid] = lead_id if cur_l is not None else None
            if cur_l is not None and cur_l.sig == cur_b.sig:
                continue
            if cur_l is not None and (cur_l.sig == base or cur_b.updated > cur_l.updated):
                if cur_l.sig != base:
                    self._conflict(
                        ext,
                        doc,
                        cur_l.id,
                        cur_l,
                        cur_b,
                        f"“{cur_l.text}” {cur_l.label} in the project, “{cur_b.text}” "
                        f"{cur_b.label} later in the bundle: the bundle's kept",
                    )
                changes[cur_l.id] = (ext, cur_b, bid)
            elif cur_l is not None:
                conflict_only += 1
                self._conflict(
                    ext,
                    doc,
                    cur_l.id,
                    cur_b,
                    cur_l,
                    f"“{cur_b.text}” {cur_b.label} in the bundle, “{cur_l.text}” {cur_l.label} "
                    f"later in the project: the project's kept",
                )
            else:
                t_l = self._lead_removed_at(lead_id) if lead_id is not None else None
                if t_l is None or cur_b.updated > t_l:
                    adds.append((ext, cur_b))
                    link[bid] = None
                else:
                    conflict_only += 1
                    self._conflict(
                        ext,
                        doc,
                        None,
                        cur_b,
                        {"removed": _iso(t_l), **_sig_json(base)},
                        f"{cur_b.label} “{cur_b.text}” changed in the bundle, removed later in the "
                        f"project: stays removed",
                    )

        by_sig = {(ls.doc, ls.sig): ls for ls in lspans.values()}
        for bid, (ext, s) in bspans.items():
            key = str(bid)
            if key in base_spans and bid not in reused:
                continue
            same = by_sig.get((ext_doc[ext], s.sig))
            if same is not None and same.id in removals:
                same = None
            if same is not None:
                new_state[key] = [same.id, ext, s.start, s.end, s.label]
                link[bid] = same.id
                continue
            adds.append((ext, s))
            new_state[key] = [None, ext, s.start, s.end, s.label]
            link[bid] = None

        # overlaps: the newer of two same-kind overlapping spans stays
        rejected_adds: set[int] = set()
        cands_of: dict[str, list[tuple[dt.datetime, str, int, _LeadSpan]]] = {}
        for lid_, (e, s, _) in list(changes.items()):
            cands_of.setdefault(e, []).append((s.updated, "change", lid_, s))
        for e, s in adds:
            cands_of.setdefault(e, []).append((s.updated, "add", s.id, s))
        lead_of_doc: dict[int, list[_LeadSpan]] = {}
        for ls in lspans.values():
            lead_of_doc.setdefault(ls.doc, []).append(ls)
        for ext, cands in cands_of.items():
            doc = ext_doc[ext]
            placed: list[tuple[int, int, str, dt.datetime, int | None]] = [
                (ls.start, ls.end, ls.label, ls.updated, ls.id)
                for ls in lead_of_doc.get(doc, [])
                if ls.id not in removals and ls.id not in changes
            ]
            for t, kind, ref, s in sorted(cands, key=lambda c: c[0], reverse=True):
                directive = schema.is_directive(s.label)
                clash = [
                    p
                    for p in placed
                    if p[0] < s.end and s.start < p[1] and schema.is_directive(p[2]) == directive
                ]
                fixed_older = all(p[4] is not None and p[3] < t for p in clash)
                if clash and not fixed_older:
                    # loses to a newer span: the lead keeps what it has
                    if kind == "change":
                        old = lspans[ref]
                        del changes[ref]
                        placed.append((old.start, old.end, old.label, old.updated, None))
                        self._conflict(
                            ext,
                            doc,
                            ref,
                            s,
                            old,
                            f"{s.label} “{s.text}” from the bundle overlaps a newer span: not applied",
                        )
                    else:
                        rejected_adds.add(id(s))
                        self._conflict(
                            ext,
                            doc,
                            None,
                            s,
                            None,
                            f"{s.label} “{s.text}” from the bundle overlaps a newer span: not added",
                        )
                    conflict_only += 1
                    continue
                for p in clash:
                    assert p[4] is not None  # only placed lead spans block (fixed_older)
                    old = lspans[p[4]]
                    removals[old.id] = (ext, "overlap")
                    placed.remove(p)
                    self._conflict(
                        ext,
                        doc,
                        old.id,
                        old,
                        s,
                        f"{old.label} “{old.text}” overlaps a newer {s.label} “{s.text}” from the "
                        f"bundle: replaced",
                    )
                placed.append((s.start, s.end, s.label, t, None))
        adds = [(e, s) for e, s in adds if id(s) not in rejected_adds]
        for key in list(new_state):
            if link.get(int(key)) in removals:
                link[int(key)] = None
                new_state[key][0] = None

        self._apply(lid, lspans, removals, changes, adds, link, new_state, bspans)
        for key, v in list(new_state.items()):
            if int(key) in borig:
                new_state[key] = [v[0], v[1], *borig[int(key)]]
        self._relations(lid, state, link, removals)
        self._statuses(state)
        self._comments()
        self.report.documents = len(b.docs)
        done = self.lead.statuses(self.annot)
        self.report.documents_done = sum(1 for d in b.lead_docs.values() if done.get(d) == "done")

        self.lead.store.note(self.history)
        new_record = {
            "mark": top,
            "spans": new_state,
            "relations": self._bundle_relations(),
            "status": self._bundle_statuses()[0],
            "docs": new_docs,
            "file": b.path.name,
            "created": b.info.created,
        }
        if new_record_differs(record, new_record) or self.report.changed_anything:
            new_record["imported"] = _iso(self.now)
            M = lead.m.ProjectMeta
            row = M.get_or_none(M.key == record_key)
            self._store(
                [
                    SetMeta(
                        record_key,
                        row.value if row else None,
                        json.dumps(new_record, ensure_ascii=False),
                    )
                ],
                "record",
            )
        return self.report

    def _store(self, ops: list[Op], what: str) -> None:
        """Apply part of the merge through the store (inside the caller's transaction)."""
        if not ops:
            return
        try:
            self.lead.store.apply(
                ops,
                description=f"Merge {self.b.path.name}: {what}",
                author=self.annot,
                source=self.source,
            )
        except ProjectError as e:
            raise BundleError(f"{self.b.path.name}: {e}; nothing was imported") from None
        self.ops.extend(ops)

    def _apply(
        self,
        lid: int,
        lspans: dict[int, _LeadSpan],
        removals: dict[int, tuple[str, str]],
        changes: dict[int, tuple[str, _LeadSpan, int]],
        adds: list[tuple[str, _LeadSpan]],
        link: dict[int, int | None],
        new_state: dict[str, list[Any]],
        bspans: dict[int, tuple[str, _LeadSpan]],
    ) -> None:
        lead = self.lead
        docs = {lspans[i].doc for i in [*removals, *changes]}
        rows = lead.store.current_spans(docs, {self.annot})
        rels = lead.store.current_relations(docs, {self.annot}) if docs else {}
        ops: list[Op] = []
        gone_rels: set[int] = set()
        for rel in rels.values():
            if rel.head in removals or rel.tail in removals:
                ops.append(RemoveRelation(rel))
                gone_rels.add(rel.id)
                self.report.relations_removed += 1
        for sid in removals:
            ops.append(RemoveSpan(rows[sid]))
            self.report.spans_removed += 1
        for sid, (_ext, new, _bid) in changes.items():
            old = rows[sid]
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
                for rel in rels.values():
                    if rel.id in gone_rels or sid not in (rel.head, rel.tail):
                        continue
                    try:
                        spec = lead.schema.relation(rel.type)
                    except KeyError:
                        continue
                    if after.label not in (spec.head if rel.head == sid else spec.tail):
                        ops.append(RemoveRelation(rel))
                        gone_rels.add(rel.id)
                        self.report.relations_removed += 1
            ops.append(ChangeSpan(old, after))
            self.report.spans_changed += 1
        taken = {r.uid for r in rows.values()}
        new_ids = iter(lead.store.new_ids("span", len(adds)))
        for ext, s in adds:
            doc = self.b.lead_docs[ext]
            new_id = next(new_ids)
            uid = s.uid if s.uid and s.uid not in taken else new_uid()
            taken.add(uid)
            ops.append(
                AddSpan(
                    SpanRow(
                        new_id,
                        uid,
                        doc,
                        self.annot,
                        s.start,
                        s.end,
                        s.label,
                        s.text,
                        s.origin,
                        s.author or self.annot,
                        s.confidence,
                        s.provenance,
                    )
                )
            )
            self.report.spans_added += 1
            link[s.id] = new_id
            if str(s.id) in new_state:
                new_state[str(s.id)][0] = new_id
            else:  # a bundle span re-added after the project removed it
                new_state[str(s.id)] = [new_id, ext, s.start, s.end, s.label]
        self._store(ops, "spans")

    def _bundle_relations(self) -> list[list[Any]]:
        bp = self.b.project
        R, L, D = bp.m.Relation, bp.m.Layer, bp.m.Document
        q = (
            R.select(D.external_id, R.type, R.head, R.tail)
            .join_from(R, L)
            .join_from(R, D)
            .where(L.name == self.annot)
            .order_by(R.id)
            .tuples()
        )
        return [list(r) for r in q]

    def _bundle_relation_origin(self, rtype: str, head: int, tail: int) -> tuple[Any, str]:
        """(confidence, provenance) of a bundle relation: an accepted suggestion's rule id
        travels back with it."""
        R = self.b.project.m.Relation
        row = (
            R.select(R.confidence, R.provenance)
            .where((R.type == rtype) & (R.head == head) & (R.tail == tail))
            .tuples()
            .first()
        )
        return (row[0], row[1] or "") if row else (None, "")

    def _relations(
        self,
        lid: int,
        state: dict[str, Any],
        link: dict[int, int | None],
        removals: dict[int, tuple[str, str]],
    ) -> None:
        base = {tuple(r) for r in state.get("relations", [])}
        cur = {tuple(r) for r in self._bundle_relations()}
        if base == cur:
            return
        S, R = self.lead.m.Span, self.lead.m.Relation
        for ext, rtype, bh, bt in sorted(base - cur, key=str):
            h, t = link.get(bh), link.get(bt)
            if h is None or t is None:
                continue
            doc = self.b.lead_docs[ext]
            row = (
                R.select(R.id, R.author)
                .where((R.layer == lid) & (R.type == rtype) & (R.head == h) & (R.tail == t))
                .tuples()
                .first()
            )
            if row is None:
                continue
            rel = self.lead.store.current_relation(row[0])
            if rel is not None:
                self._store([RemoveRelation(rel)], "relations")
                self.report.relations_removed += 1
        for ext, rtype, bh, bt in sorted(cur - base, key=str):
            doc = self.b.lead_docs[ext]
            h, t = link.get(bh), link.get(bt)
            if h is None or t is None:
                self._conflict(
                    ext,
                    doc,
                    None,
                    {"type": rtype},
                    None,
                    f"relation {rtype}: one of its spans did not come across, not added",
                )
                continue
            labels = dict(S.select(S.id, S.label).where(S.id.in_([h, t])).tuples())
            spec = self.lead.schema.relation(rtype)
            if labels.get(h) not in spec.head or labels.get(t) not in spec.tail:
                self._conflict(
                    ext,
                    doc,
                    None,
                    {"type": rtype, "head": h, "tail": t},
                    None,
                    f"relation {rtype} no longer fits its spans' labels, not added",
                )
                continue
            exists = (
                R.select(R.id)
                .where((R.layer == lid) & (R.type == rtype) & (R.head == h) & (R.tail == t))
                .exists()
            )
            if exists:
                continue
            rid = self.lead.store.new_ids("relation")[0]
            conf, prov = self._bundle_relation_origin(rtype, bh, bt)
            self._store(
                [
                    AddRelation(
                        RelationRow(
                            rid, new_uid(), doc, self.annot, rtype, h, t, self.annot, conf, prov
                        )
                    )
                ],
                "relations",
            )
            self.report.relations_added += 1

    def _bundle_statuses(self) -> tuple[dict[str, str], dict[str, dt.datetime]]:
        bp = self.b.project
        A, D = bp.m.Assignment, bp.m.Document
        st, up = {}, {}
        for ext, status, updated in (
            A.select(D.external_id, A.status, A.updated)
            .join(D)
            .where(A.annotator == self.annot)
            .tuples()
        ):
            st[ext] = status
            up[ext] = _as_time(updated)
        return st, up

    def _comments(self) -> None:
        """Comments by uid: new ones come across, an edited one replaces the project's when it
        is newer (`updated`); a comment removed in the bundle stays in the project."""
        from civannot.store import SetComment

        bp = self.b.project
        BC, BD, LC = bp.m.Comment, bp.m.Document, self.lead.m.Comment
        rows = list(BC.select().dicts())
        if not rows:
            return
        ext_of = dict(BD.select(BD.id, BD.external_id).tuples())
        have: dict[str, dict[str, Any]] = {}
        uids = [r["uid"] for r in rows]
        for i in range(0, len(uids), 500):
            have.update(
                {r["uid"]: r for r in LC.select().where(LC.uid.in_(uids[i : i + 500])).dicts()}
            )
        fresh = iter(self.lead.store.new_ids("comment", sum(1 for u in uids if u not in have)))
        ops: list[Op] = []
        for r in rows:
            doc = self.b.lead_docs.get(ext_of.get(r["document"], ""))
            if doc is None:
                continue
            old = have.get(r["uid"])
            if old is not None and (
                old["text"] == r["text"] or _as_time(old["updated"]) >= _as_time(r["updated"])
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
            ops.append(SetComment(r["uid"], before, after))
        self._store(ops, "comments")
        self.report.comments_merged += len(ops)

    def _statuses(self, state: dict[str, Any]) -> None:
        base = state.get("status", {})
        cur, cur_up = self._bundle_statuses()
        A = self.lead.m.Assignment
        lead_rows = {
            d: (s, _as_time(u))
            for d, s, u in A.select(A.document, A.status, A.updated)
            .where(A.annotator == self.annot)
            .tuples()
        }
        for ext, status in cur.items():
            if status == base.get(ext, "todo"):
                continue
            doc = self.b.lead_docs[ext]
            l_status, l_up = lead_rows.get(doc, ("todo", dt.datetime.min))
            if l_status == status:
                continue
            if l_status != base.get(ext, "todo") and l_up > cur_up[ext]:
                self.report.conflicts.append(
                    f"{ext}: status {status} in the bundle, {l_status} later in the project: "
                    f"the project's kept"
                )
                continue
            if status not in STATUSES:
                raise BundleError(
                    f"{self.b.path.name}: document {ext} has status {status!r}, not one of "
                    f"{', '.join(STATUSES)}; nothing was imported"
                )
            before = lead_rows[doc][0] if doc in lead_rows else None
            self._store([SetStatus(doc, self.annot, before, status)], "statuses")
            self.report.statuses_changed += 1


def _sig_json(sig: tuple[int, int, str]) -> dict[str, Any]:
    return {"start": sig[0], "end": sig[1], "label": sig[2]}


def new_record_differs(old: Any, new: dict[str, Any]) -> bool:
    if not isinstance(old, dict):
        return True
    keys = ("mark", "spans", "relations", "status", "docs")
    return any(old.get(k) != json.loads(json.dumps(new[k])) for k in keys)
