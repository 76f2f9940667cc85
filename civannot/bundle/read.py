"""Reading a returned bundle and the lead's project into the merge plan's rows.

Bulk reads, a statement per table (or per 500 documents), inside the merge's transaction: what
earlier bundles of the same import wrote is read back, so several bundles merge one after the
other as if imported one by one.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import peewee as pw

from civannot.bundle.common import RECORD_PREFIX, chunks
from civannot.bundle.files import OpenBundle
from civannot.bundle.flagplan import FlagDoc, flags_unchanged
from civannot.bundle.plan import (
    BundleRows,
    LeadRows,
    MSpan,
    SpanEvent,
)
from civannot.bundle.texts import doc_state, flags_of
from civannot.bundle.times import as_time, parse_time
from civannot.project import Project


def generation(b: OpenBundle) -> int:
    """The bundle's newest history row: every command adds one, so a later copy is higher."""
    H = b.project.m.SpanHistory
    return int(H.select(pw.fn.MAX(H.id)).scalar() or 0)


def record(lead: Project, bundle_id: str) -> tuple[Any, str | None]:
    """The lead's record of a bundle as last merged: (its value, its stored text)."""
    M = lead.m.ProjectMeta
    row = M.get_or_none(M.key == RECORD_PREFIX + bundle_id)
    if row is None:
        return None, None
    return json.loads(row.value), row.value


def bundle_rows(b: OpenBundle) -> BundleRows:
    bp, annot = b.project, b.info.annotator
    return BundleRows(
        file=b.path.name,
        bundle_id=b.info.id,
        annotator=annot,
        created=b.info.created,
        generation=generation(b),
        export_state=b.export_state,
        documents=len(b.docs),
        spans=_bundle_spans(bp, annot),
        events=_bundle_events(bp, annot),
        relations=_bundle_relations(bp, annot),
        relation_origin=_bundle_relation_origin(bp, annot),
        statuses=_bundle_statuses(bp, annot),
        comments=_bundle_comments(bp),
    )


def _bundle_spans(bp: Project, annot: str) -> dict[int, tuple[str, MSpan]]:
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
        )  # fmt: skip
        .join_from(S, L)
        .join_from(S, D)
        .where(L.name == annot)
        .tuples()
    )
    out = {}
    for sid, ext, start, end, label, text, origin, author, conf, updated, uid, prov in q:
        out[sid] = (
            ext,
            MSpan(
                sid,
                0,
                start,
                end,
                label,
                text,
                origin,
                author,
                conf,
                as_time(updated),
                uid,
                prov or "",
            ),  # fmt: skip
        )
    return out


def _bundle_events(bp: Project, annot: str) -> list[SpanEvent]:
    """Every span added to or removed from the annotator's layer, by history row."""
    H, D = bp.m.SpanHistory, bp.m.Document
    ext_of = dict(D.select(D.id, D.external_id).tuples())
    q = (
        H.select(H.id, H.span_id, H.action, H.at, H.source, H.document, H.before, H.after)
        .where((H.layer == annot) & H.action.in_(["add", "remove"]) & H.span_id.is_null(False))
        .order_by(H.id)
        .tuples()
    )
    out = []
    for hid, sid, action, at, source, doc, before, after in q:
        out.append(
            SpanEvent(
                hid,
                sid,
                action,
                as_time(at),
                source or "",
                _where(ext_of.get(doc, ""), after if action == "add" else before),
            )  # fmt: skip
        )
    return out


def _where(ext: str, stored: str | None) -> tuple[str, int, int, str] | None:
    try:
        d = json.loads(stored or "")
        return (ext, int(d["start"]), int(d["end"]), str(d["label"]))
    except (ValueError, KeyError, TypeError):
        return None


def _bundle_relations(bp: Project, annot: str) -> list[tuple[str, str, int, int]]:
    R, L, D = bp.m.Relation, bp.m.Layer, bp.m.Document
    q = (
        R.select(D.external_id, R.type, R.head, R.tail)
        .join_from(R, L)
        .join_from(R, D)
        .where(L.name == annot)
        .order_by(R.id)
        .tuples()
    )
    return [(ext, rtype, head, tail) for ext, rtype, head, tail in q]


def _bundle_relation_origin(
    bp: Project, annot: str
) -> dict[tuple[str, int, int], tuple[float | None, str]]:
    R, L = bp.m.Relation, bp.m.Layer
    out: dict[tuple[str, int, int], tuple[float | None, str]] = {}
    q = (
        R.select(R.type, R.head, R.tail, R.confidence, R.provenance)
        .join(L)
        .where(L.name == annot)
        .order_by(R.id)
        .tuples()
    )
    for rtype, head, tail, conf, prov in q:
        out.setdefault((rtype, head, tail), (conf, prov or ""))
    return out


def _bundle_statuses(bp: Project, annot: str) -> dict[str, tuple[str, dt.datetime]]:
    A, D = bp.m.Assignment, bp.m.Document
    q = A.select(D.external_id, A.status, A.updated).join(D).where(A.annotator == annot).tuples()
    return {ext: (status, as_time(updated)) for ext, status, updated in q}


def _bundle_comments(bp: Project) -> list[dict[str, Any]]:
    BC, BD = bp.m.Comment, bp.m.Document
    rows = list(BC.select().dicts())
    if rows:
        ext_of = dict(BD.select(BD.id, BD.external_id).tuples())
        for r in rows:
            r["ext"] = ext_of.get(r["document"], "")
    return rows


def lead_rows(lead: Project, b: OpenBundle, state: dict[str, Any]) -> LeadRows:
    """The lead's side of the merge: the annotator's spans, relations and statuses in the
    bundle's documents, the removal times of baseline spans gone from the lead, the comments
    the bundle also holds, and the lead's record of the bundle."""
    annot = b.info.annotator
    rec, rec_text = record(lead, b.info.id)
    docs = set(b.lead_docs.values())
    spans = _lead_spans(lead, docs, annot)
    return LeadRows(
        schema=lead.schema,
        docs=dict(b.lead_docs),
        record=rec,
        record_text=rec_text,
        spans=spans,
        removed_at=_lead_removed_at(lead, annot, _gone(state, spans, b.lead_docs)),
        relations=lead.store.current_relations(docs, {annot}) if docs else {},
        statuses=_lead_statuses(lead, annot),
        comments=_lead_comments(lead, b),
    )


def _lead_spans(lead: Project, docs: set[int], annot: str) -> dict[int, MSpan]:
    rows = lead.store.current_spans(docs, {annot})
    if not rows:
        return {}
    S = lead.m.Span
    lid = lead.layer_id(annot, create=False)
    updated: dict[int, dt.datetime] = {}
    for chunk in chunks(sorted(docs)):
        q = S.select(S.id, S.updated).where((S.layer == lid) & S.document.in_(chunk)).tuples()
        updated.update((sid, as_time(up)) for sid, up in q)
    return {
        sid: MSpan(
            r.id,
            r.doc,
            r.start,
            r.end,
            r.label,
            r.text,
            r.origin,
            r.author,
            r.confidence,
            updated.get(sid, dt.datetime.min),
            r.uid,
            r.provenance or "",
        )  # fmt: skip
        for sid, r in rows.items()
    }


def _gone(state: dict[str, Any], spans: dict[int, MSpan], lead_docs: dict[str, int]) -> list[int]:
    """Lead ids of baseline spans the lead no longer holds where the baseline had them."""
    out = []
    for entry in state.get("spans", {}).values():
        lead_id, ext = entry[0], entry[1]
        if lead_id is None:
            continue
        cur = spans.get(lead_id)
        if cur is None or cur.doc != lead_docs.get(ext):
            out.append(lead_id)
    return out


def _lead_removed_at(lead: Project, annot: str, ids: list[int]) -> dict[int, dt.datetime]:
    """When each of these spans was last removed from the annotator's layer in the lead."""
    H = lead.m.SpanHistory
    out: dict[int, dt.datetime] = {}
    for chunk in chunks(sorted(set(ids))):
        q = (
            H.select(H.span_id, H.at)
            .where(H.span_id.in_(chunk) & (H.layer == annot) & (H.action == "remove"))
            .order_by(H.id)
            .tuples()
        )
        out.update((sid, as_time(at)) for sid, at in q)
    return out


def _lead_statuses(lead: Project, annot: str) -> dict[int, tuple[str, dt.datetime]]:
    A = lead.m.Assignment
    q = A.select(A.document, A.status, A.updated).where(A.annotator == annot).tuples()
    return {d: (s, as_time(u)) for d, s, u in q}


def _lead_comments(lead: Project, b: OpenBundle) -> dict[str, dict[str, Any]]:
    BC, LC = b.project.m.Comment, lead.m.Comment
    uids = [u for (u,) in BC.select(BC.uid).tuples()]
    have: dict[str, dict[str, Any]] = {}
    for i in range(0, len(uids), 500):
        have.update({r["uid"]: r for r in LC.select().where(LC.uid.in_(uids[i : i + 500])).dicts()})
    return have


# ---- flags ----------------------------------------------------------------------------------


def flag_times(project: Project, doc: int) -> dict[int, tuple[dt.datetime, str]]:
    """When and by whom each flag of a document was last decided, from the "flag" rows of the
    history (a decision replayed from a bundle keeps its original who and when)."""
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
        t = parse_time(decided.get("at")) if decided.get("at") else as_time(at)
        out[i] = (t, str(decided.get("by") or author or ""))
    return out


def flag_docs(
    lead: Project, b: OpenBundle, state: dict[str, Any]
) -> tuple[list[FlagDoc], dict[str, dict[str, Any]]]:
    """The documents whose flags someone may have decided since the baseline, with what the
    plan needs to merge them; and the bundle's flag state (the next merge's baseline)."""
    D, LD = b.project.m.Document, lead.m.Document
    base_docs = state.get("docs")
    out: list[FlagDoc] = []
    new_docs: dict[str, dict[str, Any]] = {}
    for ext, bdoc, bclean, bflags_s in D.select(D.external_id, D.id, D.clean, D.flags).tuples():
        bflags = flags_of(bflags_s)
        bstate = doc_state(bclean, bflags)
        if bstate is not None:
            new_docs[ext] = bstate
        ldoc = b.lead_docs[ext]
        lclean, lflags_s = LD.select(LD.clean, LD.flags).where(LD.id == ldoc).tuples().get()
        if bflags_s == lflags_s and flags_unchanged(
            ext, bclean, bflags, lclean, flags_of(lflags_s), base_docs
        ):
            continue  # the common case: no decision anywhere since the export
        fd = FlagDoc(
            ext,
            ldoc,
            base_docs.get(ext) if isinstance(base_docs, dict) else None,
            bclean,
            bflags,
            lclean,
            flags_of(lflags_s),
            flag_times(b.project, bdoc),
            flag_times(lead, ldoc),
        )
        if not isinstance(base_docs, dict):
            fd.legacy = _legacy(lead, b, bdoc, ldoc)
        out.append(fd)
    return out, new_docs


def _legacy(lead: Project, b: OpenBundle, bdoc: int, ldoc: int) -> tuple[bool, bool]:
    """For a bundle made before bundles kept flag baselines: has each side decided flags of
    this document since the bundle was made?"""
    H, LH = b.project.m.SpanHistory, lead.m.SpanHistory
    bundle = H.select().where((H.document == bdoc) & H.action.in_(["text", "flag"])).exists()
    since = parse_time(b.info.created)
    lead_since = (
        LH.select()
        .where((LH.document == ldoc) & LH.action.in_(["text", "flag"]) & (LH.at >= since))
        .exists()
    )
    return bool(bundle), bool(lead_since)
