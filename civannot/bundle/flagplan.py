"""The flag decisions of a returned bundle, planned: which the lead takes, in what order, and
how the document's offsets move once they are in. Pure like civannot.bundle.plan, which plans
the spans in the text these decisions leave; civannot.bundle.apply replays each step through
the session's repair command in between (a repair moves the spans of every layer).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from civannot.bundle.plan import BundleRows, Notes, Refused, refusal
from civannot.bundle.texts import DocMap, base_edits, describe, doc_state, repair_edits
from civannot.bundle.times import iso, parse_time
from civannot.flag_review import decision, is_repair
from civannot.records import Flag


@dataclass
class FlagDoc:
    """One document whose flags may have been decided since the baseline, on either side."""

    ext: str
    lead_doc: int
    base: dict[str, Any] | None  # flags, readings and length at the baseline
    bundle_text: str
    bundle_flags: list[Flag]
    lead_text: str
    lead_flags: list[Flag]
    # per flag index: when and by whom it was last decided (from each side's history)
    bundle_times: dict[int, tuple[dt.datetime, str]] = field(default_factory=dict)
    lead_times: dict[int, tuple[dt.datetime, str]] = field(default_factory=dict)
    # a bundle made before bundles kept flag baselines: (bundle decided flags since,
    # lead decided flags since the bundle was made); None otherwise
    legacy: tuple[bool, bool] | None = None


@dataclass(frozen=True)
class FlagStep:
    """One decision of the bundle to bring into the lead, in the annotator's order."""

    ext: str
    lead_doc: int
    index: int
    flag: Flag  # the bundle's flag
    reading: str | None  # a repair's reading to replay; None: the flag changes, the text not
    decided: dict[str, str]  # {"at", "by"}: the decision keeps its original who and when
    strict: bool  # the project's own decision lost: a span the new reading cuts refuses


def flags_unchanged(
    ext: str, bclean: str, bflags: list[Flag], lclean: str, lflags: list[Flag], base_docs: Any
) -> bool:
    """The common case, read off cheaply: no decision anywhere since the baseline."""
    if bflags != lflags or bclean != lclean:
        return False
    bstate = doc_state(bclean, bflags)
    base = base_docs.get(ext) if isinstance(base_docs, dict) else bstate
    return bool(base == bstate)


def flag_baseline(fd: FlagDoc, file: str) -> dict[str, Any]:
    """The baseline of a document's flags; for a bundle made before bundles carried one,
    whichever side has decided nothing since the export still shows it."""
    base = fd.base
    if fd.legacy is not None:
        bundle_decided, lead_decided = fd.legacy
        if not bundle_decided:
            base = doc_state(fd.bundle_text, fd.bundle_flags)
        elif not lead_decided:
            base = doc_state(fd.lead_text, fd.lead_flags)
        else:
            raise Refused(
                refusal(
                    file,
                    fd.ext,
                    "both sides decided flags of a bundle from an older civannot, cannot merge",
                )
            )
    return base or {"flags": [], "readings": [], "length": None}


def plan_flags(
    fd: FlagDoc, base: dict[str, Any], bundle: BundleRows, notes: Notes
) -> list[FlagStep]:
    """The bundle's flag decisions to bring into the lead, per flag against the baseline: one
    made only in the bundle is replayed; decided differently on both sides, the newer decision
    wins and the other goes to the history as a conflict. Each decision is read off the
    documents as they are before any is replayed: a repair changes only its own range."""
    base_flags = [Flag.from_json(f) for f in base.get("flags", [])]
    readings = list(base.get("readings", []))
    _check_flag_kinds(fd, base_flags, readings, bundle.file)
    created = parse_time(bundle.created)
    # in the order the annotator decided them (several decisions of one flag: the last)
    n = len(base_flags)
    order = sorted(range(n), key=lambda i: (fd.bundle_times.get(i, (created, ""))[0], i))
    steps = []
    for i in order:
        ef = base_flags[i]
        step = _flag_step(fd, i, (ef.status, readings[i] if is_repair(ef) else None), bundle, notes)
        if step is not None:
            steps.append(step)
    return steps


def _check_flag_kinds(fd: FlagDoc, base: list[Flag], readings: list[str], file: str) -> None:
    n = len(base)
    if (
        len(fd.bundle_flags) != n
        or len(fd.lead_flags) != n
        or len(readings) != n
        or any(
            a.kind != b.kind or a.kind != c.kind
            for a, b, c in zip(base, fd.bundle_flags, fd.lead_flags, strict=True)
        )
    ):
        raise Refused(refusal(file, fd.ext, "its flags differ from the project's, cannot merge"))


def _flag_step(
    fd: FlagDoc, i: int, ke: tuple[str, str | None], bundle: BundleRows, notes: Notes
) -> FlagStep | None:
    bf, lf = fd.bundle_flags[i], fd.lead_flags[i]
    kb = decision(bf, fd.bundle_text)
    if kb == ke:
        return None  # the bundle decided nothing here
    kl = decision(lf, fd.lead_text)
    if kl == kb:
        return None  # the same decision on both sides
    tb, by = fd.bundle_times.get(i, (parse_time(bundle.created), bundle.annotator))
    decided = {"at": iso(tb), "by": by}
    if kl != ke:
        ours = {"index": i, "flag": bf.to_json(), "decided": decided}
        tl, lby = fd.lead_times.get(i, (dt.datetime.min, ""))
        theirs = {"index": i, "flag": lf.to_json(), "decided": {"at": iso(tl), "by": lby}}
        what = f"flag {i + 1} ({bf.kind})"
        if tl >= tb:
            notes.conflict(
                fd.ext,
                fd.lead_doc,
                None,
                ours,
                theirs,
                f"{what}: {describe(kb)} in the bundle, {describe(kl)} later in the "
                f"project: the project's kept",
            )
            return None
        notes.conflict(
            fd.ext,
            fd.lead_doc,
            None,
            theirs,
            ours,
            f"{what}: {describe(kl)} in the project, {describe(kb)} later in the "
            f"bundle: the bundle's kept",
        )
    replay = is_repair(lf) and kb[1] != kl[1]
    return FlagStep(
        fd.ext, fd.lead_doc, i, bf, (kb[1] or "") if replay else None, decided, kl != ke
    )


def doc_map(
    fd: FlagDoc, base: dict[str, Any], text: str, flags: list[Flag], file: str
) -> DocMap | None:
    """How the document's offsets move between the baseline, the bundle and the lead once the
    decisions are in the lead (`text`, `flags`); None when they do not move."""
    bm = repair_edits(fd.bundle_text, fd.bundle_flags, text, flags)
    if bm is None:
        raise Refused(
            refusal(file, fd.ext, "its text differs from the project's beyond its repair flags")
        )
    em = base_edits(base, text, flags)
    eb = base_edits(base, fd.bundle_text, fd.bundle_flags)
    if em is None or eb is None:
        raise Refused(refusal(file, fd.ext, "its flags no longer match the export, cannot merge"))
    if not (em or eb or bm):
        return None
    return DocMap(eb, em, bm, text)
