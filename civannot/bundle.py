"""Work bundles: a project file holding one annotator's share, sent out and merged back.

A bundle IS a project file (kind "bundle"): it opens in the GUI and with every command. It holds
the annotator's assigned documents (raw, clean, offset map, flags), the schema and guideline,
the project's other settings (the learned dictionary, meta key "lexicon", among them), the
suggestions (the "auto" layer) and the annotator's own layer and statuses, nothing of anyone else.

Span identity
-------------
Spans are exported with the lead project's own row ids, so in the bundle a span that came from
the lead has the same id as there. The annotator's edits go through civannot.session, whose
resize and relabel commands keep a span's id: a move or a relabel is therefore recognised as a
change of the same span, not as a removal plus an addition. Spans made in the bundle get fresh
ids; on import they are added to the lead and the bundle id -> lead id link is remembered.

Each side keeps a baseline: the bundle carries, in meta "bundle_state", what its annotator's
layer looked like when exported; after an import the lead keeps, in meta "bundle:<bundle id>",
what the bundle looked like then (span links, (start, end, label), relations, statuses). An
import is a three-way merge of baseline, bundle and lead:

- unchanged in the bundle: nothing happens (so importing the same bundle twice changes nothing,
  and a later copy of the same bundle brings only what is new or changed);
- changed or removed in the bundle, unchanged in the lead: the bundle's edit is applied;
- changed on both sides (a second bundle of the same annotator, or the lead's own edit): the
  newer edit wins by the span's `updated` time (for a removal: the time of the removal in the
  history) and the other one is written to the history as a "conflict" row, never dropped
  silently. A new or moved span that would overlap a span of the same kind is resolved the same
  way: the newer one stays, the older one goes to the history.

Session picks a new span id as MAX(id)+1, so after the annotator removes the span with the
highest id and later (in another session) adds one, the id comes back for a different span. The
history tells the two apart: a span id whose last "add" after the baseline was not an undo is a
new span, and the old one counts as removed.

Every change the merge writes carries SpanHistory.source = "bundle:<file name>@<bundle created>".

Refusals
--------
Before anything is written, every file is checked: SQLite header and page count (a truncated
copy), PRAGMA integrity_check, Project.open (which refuses a file of a newer schema version),
kind and identity (a bundle of another project is refused by uuid), labels and relation types
against the lead's schema, and the documents against the lead's (same external id, same clean
text). One failing file refuses the whole import, with a one-line reason, and nothing is written;
the merge of all files is one transaction.

Locks
-----
Project.open holds an exclusive advisory lock on its file. The lead's project is open (locked)
by the caller; each bundle is opened with Project.open as well, which locks the bundle file,
a different file, so the two never contend. A bundle still open in the annotator's civannot
is refused with "open in another civannot process".
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import uuid as uuidlib
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw

from civannot.flag_review import Edit, apply_edits, decision, is_repair, map_through
from civannot.models.database import ProjectError, check_sqlite_file
from civannot.models.tables import utcnow
from civannot.project import Project, span_json
from civannot.records import AUTO_LAYER, GOLD_LAYER, RESERVED_LAYERS, STATUSES, Flag
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
    inverse_all,
)
from civannot.store.ops import new_uid, op_from_json, op_to_json

__all__ = [
    "BundleError",
    "BundleInfo",
    "ExportSummary",
    "ImportSummary",
    "BundleReport",
    "bundle_info",
    "checkpoint",
    "copy_bundle",
    "export_bundle",
    "export_bundles",
    "import_bundles",
]

BUNDLE_META = "bundle"
STATE_META = "bundle_state"
RECORD_PREFIX = "bundle:"
# meta keys that describe the file itself, not the project's settings
_OWN_META = {"app", "uuid", "kind", "created", "schema", "schema_version", BUNDLE_META, STATE_META}

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class BundleError(ProjectError):
    """A bundle that cannot be made or merged; one line for the user."""


@dataclass
class BundleInfo:
    id: str
    source_project: str
    source_path: str
    annotator: str
    created: str
    documents: int

    @classmethod
    def from_json(cls, d: Any) -> BundleInfo:
        if not isinstance(d, dict):
            raise ValueError("bundle information is not an object")
        return cls(
            id=str(d["id"]),
            source_project=str(d["source_project"]),
            source_path=str(d.get("source_path", "")),
            annotator=str(d["annotator"]),
            created=str(d["created"]),
            documents=int(d.get("documents", 0)),
        )


def bundle_info(project: Project) -> BundleInfo | None:
    """Who a bundle belongs to (None for a lead's project); the GUI opens it as that annotator."""
    if project.kind != "bundle":
        return None
    try:
        return BundleInfo.from_json(project.get_meta(BUNDLE_META))
    except (KeyError, TypeError, ValueError):
        return None


def checkpoint(project: Project) -> None:
    """Fold the write-ahead log into the file, so that the file alone holds all the work (a
    server project has no file)."""
    if isinstance(project.db, pw.SqliteDatabase):
        project.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def copy_bundle(project: Project, folder: str | Path, *, overwrite: bool = False) -> Path:
    """Copy an open bundle into `folder` (a USB stick, a shared drive) for returning it.

    The write-ahead log is folded in first, so the copy holds every edit made so far.
    """
    if project.kind != "bundle":
        raise BundleError(f"{project.path} is not a bundle")
    folder = Path(folder)
    if not folder.is_dir():
        raise BundleError(f"folder {folder} does not exist")
    target = folder / Path(project.path).name
    if target.resolve() == Path(project.path).resolve():
        raise BundleError("choose another folder than the bundle's own")
    if target.exists() and not overwrite:
        raise BundleError(f"{target} already exists")
    checkpoint(project)
    tmp = target.with_name(target.name + ".part")
    try:
        shutil.copyfile(project.path, tmp)
        os.replace(tmp, target)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise BundleError(f"cannot copy to {folder}: {e.strerror}") from None
    return target


def _parse_time(s: str | None) -> dt.datetime:
    if not s:
        return dt.datetime.min
    try:
        return dt.datetime.fromisoformat(str(s))
    except ValueError:
        return dt.datetime.min


def _iso(t: Any) -> str:
    if isinstance(t, dt.datetime):
        return t.isoformat(timespec="microseconds")
    return str(t or "")


def _as_time(t: Any) -> dt.datetime:
    return t if isinstance(t, dt.datetime) else _parse_time(t)


# ---- export ---------------------------------------------------------------------------------


@dataclass
class ExportSummary:
    path: str
    annotator: str
    bundle_id: str
    documents: int
    spans: int
    suggestions: int
    done: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def render(self) -> str:
        return (
            f"{self.path}: bundle for {self.annotator}, {self.documents} documents "
            f"({self.done} done), {self.spans} spans, {self.suggestions} suggestions"
        )


def _chunks(ids: list[int], n: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(ids), n):
        yield ids[i : i + n]


def _remove_db_files(path: Path) -> None:
    for p in (path, *(Path(f"{path}{x}") for x in ("-wal", "-shm", "-journal", "-lock"))):
        p.unlink(missing_ok=True)


def export_bundle(
    project: Project,
    annotator: str,
    out_path: str | Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportSummary:
    """Write the annotator's bundle; built under a temporary name, renamed when complete."""
    if project.kind == "bundle":
        raise BundleError(f"{project.path} is itself a bundle; export from the lead's project")
    if annotator in (AUTO_LAYER, GOLD_LAYER) or not annotator:
        raise BundleError(f"{annotator!r} is not an annotator")
    out = Path(out_path)
    if out.exists():
        raise BundleError(f"{out} already exists; choose another file name")
    if not out.parent.is_dir():
        raise BundleError(f"folder {out.parent} does not exist")
    doc_ids = project.assignments().get(annotator, [])
    if not doc_ids:
        known = ", ".join(sorted(project.assignments())) or "nobody"
        raise BundleError(
            f"{annotator} has no assigned documents (assigned: {known}); run civannot assign first"
        )
    tmp = out.with_name(out.name + ".part")
    _remove_db_files(tmp)
    try:
        bundle = Project.create(tmp, project.schema, kind="bundle")
    except (OSError, pw.DatabaseError) as e:
        _remove_db_files(tmp)
        raise BundleError(f"cannot write {out}: {_first_line(e)}") from None
    try:
        summary = _fill_bundle(project, bundle, annotator, doc_ids, out, progress, cancel)
        checkpoint(bundle)
        bundle.close()
        os.replace(tmp, out)
        Path(f"{tmp}-lock").unlink(missing_ok=True)  # the writer lock of the name it had
    except (OSError, pw.DatabaseError) as e:
        bundle.close()
        _remove_db_files(tmp)
        raise BundleError(f"cannot write {out}: {_first_line(e)}") from None
    except BaseException:
        bundle.close()
        _remove_db_files(tmp)
        raise
    return summary


def _fill_bundle(
    project: Project,
    bundle: Project,
    annotator: str,
    doc_ids: list[int],
    out: Path,
    progress: Progress | None,
    cancel: Cancel | None,
) -> ExportSummary:
    src, dst = project.m, bundle.m
    total = len(doc_ids)
    layer_map: dict[int, int] = {}
    for name in (AUTO_LAYER, annotator):
        lid = project.layer_id(name, create=False)
        blid = bundle.layer_id(name)
        if lid is not None and blid is not None:
            layer_map[lid] = blid
    bundle.layer_id(annotator)  # the layer exists even when the annotator has no spans yet
    state_spans: dict[str, list[Any]] = {}
    state_rels: list[list[Any]] = []
    state_docs: dict[str, dict[str, Any]] = {}
    n_spans = n_sugg = 0
    ext_of: dict[int, str] = {}
    with bundle.store.transaction():
        for key, value in project.m.ProjectMeta.select().tuples():
            if key in _OWN_META or key.startswith(RECORD_PREFIX):
                continue
            dst.ProjectMeta.insert(key=key, value=value).on_conflict_replace().execute()
        done = 0
        for chunk in _chunks(doc_ids):
            if cancel and cancel():
                raise BundleError("export cancelled")
            rows = list(src.Document.select().where(src.Document.id.in_(chunk)).dicts())
            for r in rows:
                ext_of[r["id"]] = r["external_id"]
                doc_state = _doc_state(r["clean"], _flags(r["flags"]))
                if doc_state is not None:
                    state_docs[r["external_id"]] = doc_state
            bundle.store.copy_rows(dst.Document, rows)
            spans = list(
                src.Span.select()
                .where(src.Span.document.in_(chunk) & src.Span.layer.in_(list(layer_map)))
                .dicts()
            )
            own_lid = project.layer_id(annotator, create=False)
            for s in spans:
                if s["layer"] == own_lid:
                    n_spans += 1
                    state_spans[str(s["id"])] = [
                        s["id"],
                        ext_of[s["document"]],
                        s["start"],
                        s["end"],
                        s["label"],
                    ]
                else:
                    n_sugg += 1
                s["layer"] = layer_map[s["layer"]]
            bundle.store.copy_rows(dst.Span, spans)
            rels = list(
                src.Relation.select()
                .where(src.Relation.document.in_(chunk) & src.Relation.layer.in_(list(layer_map)))
                .dicts()
            )
            for r in rels:
                if r["layer"] == own_lid:
                    state_rels.append([ext_of[r["document"]], r["type"], r["head"], r["tail"]])
                r["layer"] = layer_map[r["layer"]]
            bundle.store.copy_rows(dst.Relation, rels)
            # the notes on these documents and their spans travel with them
            C = src.Comment
            bundle.store.copy_rows(
                dst.Comment, list(C.select().where(C.document.in_(chunk)).dicts())
            )
            done += len(chunk)
            if progress:
                progress(done, total)
        A = src.Assignment
        status_rows = {
            d: (st, up)
            for d, st, up in A.select(A.document, A.status, A.updated)
            .where(A.annotator == annotator)
            .tuples()
        }
        bundle.store.copy_rows(
            dst.Assignment,
            [
                {
                    "document": d,
                    "annotator": annotator,
                    "status": status_rows.get(d, ("todo", None))[0],
                    "assigned": True,
                    "updated": status_rows.get(d, ("todo", None))[1] or utcnow(),
                }
                for d in doc_ids
            ],
        )
        statuses = {ext_of[d]: status_rows.get(d, ("todo", None))[0] for d in doc_ids}
        info = BundleInfo(
            id=uuidlib.uuid4().hex,
            source_project=project.uuid,
            source_path=str(Path(project.path).resolve()),
            annotator=annotator,
            created=utcnow().isoformat(timespec="seconds"),
            documents=total,
        )
        bundle.set_meta(BUNDLE_META, asdict(info))
        bundle.set_meta(
            STATE_META,
            {
                "mark": 0,
                "spans": state_spans,
                "relations": state_rels,
                "status": statuses,
                "docs": state_docs,
            },
        )
    return ExportSummary(
        path=str(out),
        annotator=annotator,
        bundle_id=info.id,
        documents=total,
        spans=n_spans,
        suggestions=n_sugg,
        done=sum(1 for st in statuses.values() if st == "done"),
    )


def export_bundles(
    project: Project,
    annotators: Iterable[str],
    folder: str | Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[ExportSummary]:
    """One bundle per annotator into `folder`, named <project>-<annotator>-<date>.civ.

    Names that exist get a counter, so exporting again never overwrites a bundle sent earlier.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise BundleError(f"folder {folder} does not exist")
    names = list(annotators)
    out = []
    stem = Path(project.path).stem
    day = utcnow().strftime("%Y%m%d")
    for i, a in enumerate(names):
        base = f"{stem}-{_safe(a)}-{day}"
        path = folder / f"{base}.civ"
        n = 2
        while path.exists():
            path = folder / f"{base}-{n}.civ"
            n += 1
        out.append(export_bundle(project, a, path, cancel=cancel))
        if progress:
            progress(i + 1, len(names))
    return out


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name) or "annotator"


# ---- checking a returned file ----------------------------------------------------------------


def check_file_integrity(path: Path) -> None:
    """Refuse a truncated or damaged SQLite file before anything else touches it."""
    check_sqlite_file(path)
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(100)
    if len(head) < 100:
        raise BundleError(f"{path.name} is truncated (header incomplete)")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # the page count in the header is only valid when its version-valid-for number matches
    if head[92:96] == head[24:28] and pages and size < page_size * pages:
        raise BundleError(
            f"{path.name} is truncated ({size} bytes, the file says {page_size * pages})"
        )
    if page_size and size % page_size:
        raise BundleError(f"{path.name} is truncated ({size} bytes is not whole pages)")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise BundleError(f"{path.name} is damaged ({e})") from None
    if rows != [("ok",)]:
        raise BundleError(f"{path.name} is damaged ({rows[0][0]})")


@dataclass
class _Bundle:
    path: Path
    project: Project
    info: BundleInfo
    export_state: dict[str, Any]
    docs: dict[str, int]  # external id -> bundle document id
    lead_docs: dict[str, int]  # external id -> lead document id


def _check_baseline(name: str, state: Any) -> None:
    """The export baseline is data from a file someone sent: its shape is checked like an
    import, so a damaged one is refused in one line, not met halfway through the merge."""

    def bad(why: str) -> BundleError:
        return BundleError(f"{name} is damaged (its export baseline {why})")

    if not isinstance(state, dict) or not {"spans", "relations", "status"} <= set(state):
        raise bad("is missing")
    spans, rels, status = state["spans"], state["relations"], state["status"]
    if not isinstance(spans, dict) or not isinstance(rels, list) or not isinstance(status, dict):
        raise bad("has the wrong shape")
    for key, e in spans.items():
        if not (
            isinstance(e, list)
            and len(e) == 5
            and (e[0] is None or type(e[0]) is int)
            and isinstance(e[1], str)
            and type(e[2]) is int
            and type(e[3]) is int
            and isinstance(e[4], str)
            and str(key).lstrip("-").isdigit()
        ):
            raise bad(f"has a malformed span entry {str(key)[:20]!r}")
    for r in rels:
        if not (isinstance(r, list) and len(r) == 4 and all(type(x) is int for x in r[2:])):
            raise bad("has a malformed relation entry")
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in status.items()):
        raise bad("has a malformed status entry")
    if not isinstance(state.get("mark", 0), int):
        raise bad("has a malformed mark")
    docs = state.get("docs")
    if docs is not None and not isinstance(docs, dict):
        raise bad("has malformed documents")


def _open_bundle(lead: Project, path: Path, allow_reserved: bool = False) -> _Bundle:
    name = path.name
    if not path.exists():
        raise BundleError(f"{path} does not exist")
    if path.is_dir():
        raise BundleError(f"{path} is a directory, not a bundle")
    if path.resolve() == Path(lead.path).resolve():
        raise BundleError(f"{name} is the project itself, not a bundle")
    check_file_integrity(path)
    try:
        b = Project.open(path)
    except ProjectError as e:
        raise BundleError(f"{name}: {e}") from None
    try:
        if b.kind != "bundle":
            raise BundleError(f"{name} is a project, not a bundle (export one with bundle export)")
        info = bundle_info(b)
        if info is None:
            raise BundleError(f"{name} is damaged (no bundle information)")
        if info.source_project != lead.uuid:
            raise BundleError(
                f"{name} belongs to another project ({info.source_path or info.source_project}), "
                f"not to {Path(lead.path).name}"
            )
        if info.annotator in RESERVED_LAYERS and not allow_reserved:
            raise BundleError(
                f"{name} names its annotator {info.annotator!r}, a layer no bundle writes "
                f"(import it with --into-reserved only if you mean it)"
            )
        if not info.annotator.strip() or len(info.annotator) > 128:
            raise BundleError(f"{name} is damaged (its annotator name is not valid)")
        try:
            state = b.get_meta(STATE_META)
        except ValueError:
            state = None
        _check_baseline(name, state)
        known = set(lead.schema.label_names)
        S, L = b.m.Span, b.m.Layer
        for (label,) in (
            S.select(S.label).join(L).where(L.name == info.annotator).distinct().tuples()
        ):
            if label not in known:
                raise BundleError(
                    f"{name} uses label {label}, which is not in this project's schema"
                )
        rel_types = {r.name for r in lead.schema.relations}
        R = b.m.Relation
        for (rtype,) in (
            R.select(R.type).join(L).where(L.name == info.annotator).distinct().tuples()
        ):
            if rtype not in rel_types:
                raise BundleError(
                    f"{name} uses relation {rtype}, which is not in this project's schema"
                )
        D = b.m.Document
        docs = dict(D.select(D.external_id, D.id).tuples())
        LD = lead.m.Document
        lead_docs: dict[str, int] = {}
        exts = list(docs)
        for i in range(0, len(exts), 500):
            chunk = exts[i : i + 500]
            for ext, lid, clean, lflags in (
                LD.select(LD.external_id, LD.id, LD.clean, LD.flags)
                .where(LD.external_id.in_(chunk))
                .tuples()
            ):
                lead_docs[ext] = lid
                bclean, bflags = (
                    D.select(D.clean, D.flags).where(D.external_id == ext).tuples().get()
                )
                # texts that differ only by repair decisions (readings at the same flags)
                # are merged by replaying the decisions
                if bclean != clean and (
                    _repair_edits(bclean, _flags(bflags), clean, _flags(lflags)) is None
                ):
                    raise BundleError(f"{name}: document {ext} differs from the project's")
        missing = [e for e in docs if e not in lead_docs]
        if missing:
            raise BundleError(f"{name}: document {missing[0]} is not in this project")
        return _Bundle(path, b, info, state, docs, lead_docs)
    except BaseException:
        b.close()
        raise


# ---- flag decisions and the texts they rewrite -----------------------------------------------


def _flags(stored: str | None) -> list[Flag]:
    return [Flag.from_json(f) for f in json.loads(stored or "[]")]


def _doc_state(clean: str, flags: list[Flag]) -> dict[str, Any] | None:
    """A document's flags as a merge baseline: the flags, the reading each range holds, and
    the text's length (the text itself is the lead's and the bundle's to hold)."""
    if not flags:
        return None
    return {
        "flags": [f.to_json() for f in flags],
        "readings": [clean[f.start : f.end] for f in flags],
        "length": len(clean),
    }


def _edits(
    src_flags: list[Flag], src_readings: list[str], dst_text: str, dst_flags: list[Flag]
) -> tuple[list[Edit], list[str]] | None:
    """The replacements turning one copy of a document into another, read off their repair
    flags (same flags, index for index); None when the flags do not correspond."""
    if len(src_flags) != len(dst_flags) or len(src_readings) != len(src_flags):
        return None
    edits: list[Edit] = []
    readings: list[str] = []
    for a, ra, b in zip(src_flags, src_readings, dst_flags, strict=True):
        if a.kind != b.kind:
            return None
        if not (is_repair(a) and is_repair(b)):
            continue
        rb = dst_text[b.start : b.end]
        if ra != rb:
            edits.append((a.start, a.end, len(rb)))
            readings.append(rb)
    ordered = sorted(edits)
    if any(x[1] > y[0] for x, y in zip(ordered, ordered[1:], strict=False)):
        return None
    return edits, readings


def _repair_edits(
    src_text: str, src_flags: list[Flag], dst_text: str, dst_flags: list[Flag]
) -> list[Edit] | None:
    """The replacements between two copies of a document, when repair decisions are their only
    difference (checked against the texts); None otherwise."""
    got = _edits(src_flags, [src_text[f.start : f.end] for f in src_flags], dst_text, dst_flags)
    if got is None or apply_edits(src_text, *got) != dst_text:
        return None
    return got[0]


def _base_edits(base: dict[str, Any], dst_text: str, dst_flags: list[Flag]) -> list[Edit] | None:
    """The replacements from a baseline (flags and readings, no text) to a copy of it."""
    got = _edits(
        [Flag.from_json(f) for f in base.get("flags", [])],
        list(base.get("readings", [])),
        dst_text,
        dst_flags,
    )
    if got is None:
        return None
    edits = got[0]
    length = base.get("length")
    if length is not None and length + sum(n - (e - s) for s, e, n in edits) != len(dst_text):
        return None
    return edits


@dataclass
class _DocMap:
    """How one document's offsets move between the copies being merged: the export baseline
    (E), the bundle (B) and the lead after the merge of the flag decisions (M)."""

    eb: list[Edit]
    em: list[Edit]
    bm: list[Edit]
    text: str  # the lead's text (M)


def _describe(key: tuple[str, str | None]) -> str:
    status, reading = key
    return f"“{reading}” ({status})" if reading is not None else status


# ---- import ---------------------------------------------------------------------------------


@dataclass
class BundleReport:
    file: str
    bundle_id: str
    annotator: str
    created: str
    documents: int = 0
    documents_done: int = 0
    spans_added: int = 0
    spans_changed: int = 0
    spans_removed: int = 0
    relations_added: int = 0
    relations_removed: int = 0
    statuses_changed: int = 0
    comments_merged: int = 0
    flags_decided: int = 0
    texts_changed: int = 0
    conflicts: list[str] = field(default_factory=list)
    older: str = ""  # set when the copy is older than one merged before: nothing changed
    generation: int = 0  # the copy's newest history row: later copies have higher ones
    merge_id: int | None = None  # the merge log row (civannot bundle undo)

    @property
    def changed_anything(self) -> bool:
        return any(
            (
                self.spans_added,
                self.spans_changed,
                self.spans_removed,
                self.relations_added,
                self.relations_removed,
                self.statuses_changed,
                self.flags_decided,
                self.texts_changed,
                self.conflicts,
                self.comments_merged,
            )
        )


@dataclass
class ImportSummary:
    bundles: list[BundleReport] = field(default_factory=list)
    # everything written, in order: the GUI makes it one undo step
    ops: list[Op] = field(default_factory=list, repr=False)

    def per_annotator(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for r in self.bundles:
            d = out.setdefault(
                r.annotator,
                {
                    "bundles": 0,
                    "documents": 0,
                    "documents_done": 0,
                    "spans_added": 0,
                    "spans_changed": 0,
                    "spans_removed": 0,
                    "relations_added": 0,
                    "relations_removed": 0,
                    "statuses_changed": 0,
                    "flags_decided": 0,
                    "texts_changed": 0,
                    "conflicts": 0,
                },
            )
            d["bundles"] += 1
            # documents of several bundles of one annotator may coincide: the latest counts
            d["documents"] = max(d["documents"], r.documents)
            d["documents_done"] = max(d["documents_done"], r.documents_done)
            for k in (
                "spans_added",
                "spans_changed",
                "spans_removed",
                "relations_added",
                "relations_removed",
                "statuses_changed",
                "flags_decided",
                "texts_changed",
            ):
                d[k] += getattr(r, k)
            d["conflicts"] += len(r.conflicts)
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "bundles": [asdict(r) for r in self.bundles],
            "annotators": self.per_annotator(),
        }

    def render(self) -> str:
        lines = []
        for r in self.bundles:
            head = f"{r.file} ({r.annotator}, {r.created}): "
            if r.older:
                lines.append(head + r.older)
            elif not r.changed_anything:
                lines.append(head + "nothing new")
            else:
                lines.append(
                    head
                    + f"{r.documents_done}/{r.documents} documents done; spans +{r.spans_added} "
                    f"~{r.spans_changed} -{r.spans_removed}; relations +{r.relations_added} "
                    f"-{r.relations_removed}; {r.statuses_changed} statuses changed"
                    + (
                        f"; flags decided {r.flags_decided}, texts rewritten {r.texts_changed}"
                        if r.flags_decided
                        else ""
                    )
                )
            for c in r.conflicts:
                lines.append(f"  conflict: {c}")
        per = self.per_annotator()
        if len(self.bundles) > 1:
            lines.append("per annotator:")
            for a, d in per.items():
                lines.append(
                    f"  {a:<16} {d['documents_done']:>5}/{d['documents']:<5} done  "
                    f"spans +{d['spans_added']} ~{d['spans_changed']} -{d['spans_removed']}"
                    + (f"  {d['conflicts']} conflicts" if d["conflicts"] else "")
                )
        return "\n".join(lines)


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


def _first_line(e: BaseException) -> str:
    text = str(e).strip().strip("'\"").splitlines()
    return text[0] if text else type(e).__name__


def _log_merge(project: Project, b: _Bundle, report: BundleReport, ops: list[Op]) -> int:
    """Keep the merge's report and the operations that undo it (`civannot bundle undo`)."""
    H = b.project.m.SpanHistory
    saved = H.select(pw.fn.MAX(H.at)).scalar()
    ML = project.m.MergeLog
    return int(
        ML.insert(
            bundle=b.info.id,
            annotator=b.info.annotator,
            generation=report.generation,
            saved=_iso(saved)[:32] if saved else "",
            merged=utcnow(),
            report=json.dumps(asdict(report), ensure_ascii=False),
            undo=json.dumps([op_to_json(op) for op in inverse_all(ops)], ensure_ascii=False),
        ).execute()
    )


def merge_log(project: Project) -> list[dict[str, Any]]:
    """The bundle merges kept in a project, newest first."""
    ML = project.m.MergeLog
    out = []
    for row in ML.select().order_by(ML.id.desc()):
        out.append(
            {
                "id": row.id,
                "bundle": row.bundle,
                "annotator": row.annotator,
                "generation": row.generation,
                "merged": _iso(row.merged)[:19],
                "undone": bool(row.undone),
                "report": json.loads(row.report or "{}"),
            }
        )
    return out


def undo_merge(project: Project, merge_id: int | None = None) -> dict[str, Any]:
    """Revert a bundle merge (the newest not yet undone, or `merge_id`) as one checked write;
    refused with a one-line reason when the project changed the same spans since."""
    ML = project.m.MergeLog
    q = ML.select().where(ML.undone == False)  # noqa: E712 (peewee expression)
    if merge_id is not None:
        q = q.where(ML.id == merge_id)
    row = q.order_by(ML.id.desc()).first()
    if row is None:
        raise BundleError("no bundle merge to undo")
    later = ML.select().where((ML.id > row.id) & (ML.undone == False)).exists()  # noqa: E712
    if later:
        raise BundleError(f"merge {row.id} has later merges; undo those first")
    try:
        ops = [op_from_json(d) for d in json.loads(row.undo or "[]")]
    except (ValueError, KeyError, TypeError) as e:
        raise BundleError(f"merge {row.id} cannot be undone: its record is damaged ({e})") from None
    report = json.loads(row.report or "{}")
    with project.store.transaction():
        try:
            project.store.apply(
                ops,
                description=f"Undo merge of {report.get('file', row.bundle)}",
                author=row.annotator,
                source=f"undo-merge:{row.id}",
            )
        except ProjectError as e:
            raise BundleError(
                f"merge {row.id} cannot be undone: the project changed since ({e})"
            ) from None
        ML.update(undone=True).where(ML.id == row.id).execute()
    return {
        "id": row.id,
        "file": report.get("file", ""),
        "annotator": row.annotator,
        "operations": len(ops),
    }


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


__all__ += ["check_file_integrity", "span_json"]
