"""Merging returned bundles into the lead's project: check every file, then per bundle (oldest
first) read the rows, plan the merge (civannot.bundle.plan) and apply the plan through the
store, all in one transaction; each merge is logged so it can be undone.

Flag decisions come first and are applied as they are planned: a repair replays through the
very command the annotator's session ran (text, offset map, flags, and the spans of every
layer), so the spans are read and planned in the lead's text as the decisions left it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import peewee as pw

from civannot.bundle.common import BundleError, Cancel, Progress, first_line
from civannot.bundle.files import OpenBundle, open_bundle
from civannot.bundle.flagplan import FlagStep, doc_map, flag_baseline, plan_flags
from civannot.bundle.log import log_merge
from civannot.bundle.plan import (
    BundleRows,
    FlagOutcome,
    Notes,
    Refused,
    plan_merge,
    precheck,
    refusal,
    source_of,
)
from civannot.bundle.read import bundle_rows, flag_docs, lead_rows, record
from civannot.bundle.report import BundleReport, ImportSummary
from civannot.models.database import ProjectError
from civannot.models.tables import utcnow
from civannot.project import Project
from civannot.records import AUTO_LAYER, Flag
from civannot.store import ChangeText, Op, RemoveSpan


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
    if not unique:
        raise BundleError("no bundle file given")
    opened: list[OpenBundle] = []
    summary = ImportSummary()
    try:
        for p in unique.values():
            opened.append(open_bundle(project, Path(p), allow_reserved))
        opened.sort(key=lambda b: (b.info.created, b.path.stat().st_mtime))
        with project.store.transaction():
            for i, b in enumerate(opened):
                if cancel and cancel():
                    raise BundleError("import cancelled; nothing was imported")
                report, ops = merge_bundle(project, b, allow_reserved=allow_reserved)
                if ops:
                    report.merge_id = log_merge(project, b, report, ops)
                summary.bundles.append(report)
                summary.ops.extend(ops)
                if progress:
                    progress(i + 1, len(opened))
    except pw.DatabaseError as e:
        # a full disk, an I/O error: the transaction is gone, nothing of it was written
        raise BundleError(f"cannot import: {first_line(e)}; nothing was imported") from None
    finally:
        for b in opened:
            b.project.close()
    return summary


def merge_bundle(
    lead: Project, b: OpenBundle, *, allow_reserved: bool = False
) -> tuple[BundleReport, list[Op]]:
    """Merge one bundle (inside the caller's transaction): its report and everything written,
    in order (the merge's undo is their inverse)."""
    rows = bundle_rows(b)
    rec, _ = record(lead, b.info.id)
    early = precheck(rows, rec, allow_reserved=allow_reserved)
    if early is not None:
        if early.refusal:
            raise BundleError(early.refusal)
        return early.report, []
    state = rec if isinstance(rec, dict) else b.export_state
    now = utcnow()
    flags = _FlagMerge(lead, b, now)
    try:
        outcome = flags.run(state, rows)
    except Refused as e:
        raise BundleError(str(e)) from None
    lead.layer_id(b.info.annotator)  # the layer exists before anything is written to it
    plan = plan_merge(
        rows,
        lead_rows(lead, b, state),
        outcome,
        now=now,
        alloc=lambda table, n: lead.store.new_ids(table, n),
        allow_reserved=allow_reserved,
    )
    if plan.refusal:
        raise BundleError(plan.refusal)
    _store(lead, b, plan.ops, "")
    lead.store.note(plan.history)
    return plan.report, flags.ops + plan.ops


def _store(lead: Project, b: OpenBundle, ops: list[Op], what: str) -> None:
    """Apply a merge, or one flag decision of it, through the store (inside the caller's
    transaction): the store checks every value like an import's."""
    if not ops:
        return
    try:
        lead.store.apply(
            ops,
            description=f"Merge {b.path.name}" + (f": {what}" if what else ""),
            author=b.info.annotator,
            source=source_of(b.path.name, b.info.created),
        )
    except ProjectError as e:
        raise BundleError(f"{b.path.name}: {e}; nothing was imported") from None


class _FlagMerge:
    """Bring the bundle's flag decisions into the lead before the spans are planned."""

    def __init__(self, lead: Project, b: OpenBundle, now: dt.datetime) -> None:
        self.lead, self.b = lead, b
        self.annot = b.info.annotator
        self.file = b.path.name
        self.source = source_of(self.file, b.info.created)
        self.notes = Notes(self.annot, self.source, now)
        self.outcome = FlagOutcome(conflicts=self.notes.lines, history=self.notes.history)
        self.ops: list[Op] = []

    def run(self, state: dict[str, Any], rows: BundleRows) -> FlagOutcome:
        docs, self.outcome.docs = flag_docs(self.lead, self.b, state)
        for fd in docs:
            base = flag_baseline(fd, self.file)
            text, flags = fd.lead_text, fd.lead_flags
            for step in plan_flags(fd, base, rows, self.notes):
                text, flags = self._apply_step(step, text, flags)
                self.outcome.decided += 1
            m = doc_map(fd, base, text, flags, self.file)
            if m is not None:
                self.outcome.maps[fd.ext] = m
        return self.outcome

    def _apply_step(self, step: FlagStep, text: str, flags: list[Flag]) -> tuple[str, list[Flag]]:
        if step.reading is not None:
            return self._replay(step)
        # a decision that leaves the text as it is: only the flag changes
        lf = flags[step.index]
        new_flags = list(flags)
        new_flags[step.index] = Flag(**{**step.flag.to_json(), "start": lf.start, "end": lf.end})
        omap = self.lead.document(step.lead_doc).offset_map
        before = {"clean": text, "offset_map": omap, "flag_index": step.index}
        op = ChangeText(
            step.lead_doc,
            {**before, "flags": [f.to_json() for f in flags]},
            {**before, "flags": [f.to_json() for f in new_flags], "decided": step.decided},
        )
        _store(self.lead, self.b, [op], "flags")
        self.ops.append(op)
        return text, new_flags

    def _replay(self, step: FlagStep) -> tuple[str, list[Flag]]:
        """Put the bundle's reading of a repair flag in the lead, through the very command the
        annotator's session ran (text, map, flags, the spans of every layer)."""
        from civannot.session import Session, SessionError, plan_repair

        reading = step.reading or ""
        try:
            cmd = plan_repair(self.lead, step.lead_doc, step.index, reading)
        except SessionError as e:
            raise self._refuse(
                step, f"the bundle's repair “{reading}” cannot be replayed ({e})"
            ) from None
        first = cmd.ops[0]
        assert isinstance(first, ChangeText)
        after = first.after
        placed = Flag.from_json(after["flags"][step.index])
        # the bundle's flag as it is (its readings in the bundle's order), at the lead's place
        after["flags"][step.index] = {**step.flag.to_json(), "start": placed.start,
                                      "end": placed.end}  # fmt: skip
        after["decided"] = step.decided
        self._check_cuts(step, [op.row for op in cmd.ops if isinstance(op, RemoveSpan)])
        session = Session(self.lead, self.annot)
        session.source = self.source
        try:
            # a merge is not a step of the lead's session: no undo entry
            session.replay(cmd)
        except SessionError as e:
            raise self._refuse(step, str(e)) from None
        self.ops.extend(cmd.ops)
        if after["clean"] != first.before["clean"]:
            self.outcome.texts_changed += 1
        doc = self.lead.document(step.lead_doc)
        return doc.text, doc.flags

    def _check_cuts(self, step: FlagStep, removed: list[Any]) -> None:
        """Spans the replayed repair cuts: of another layer they go, named in the report; when
        the project's own decision lost, its spans must follow the bundle's text, and one the
        new reading cuts has no place in it."""
        cut = [r for r in removed if r.layer != AUTO_LAYER]
        if step.strict and cut:
            r = cut[0]
            raise self._refuse(
                step,
                f"the bundle's newer repair “{step.reading}” cuts {r.label} “{r.text}” of "
                f"{r.layer} in the project",
            )
        for r in cut:
            if r.layer != self.annot:
                self.notes.lines.append(
                    f"{step.ext}: {r.label} “{r.text}” of {r.layer} is cut by the repair "
                    f"“{step.reading}” from the bundle: removed"
                )

    def _refuse(self, step: FlagStep, why: str) -> BundleError:
        return BundleError(refusal(self.file, step.ext, why))
