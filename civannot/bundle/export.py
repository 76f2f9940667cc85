"""Making bundles: one annotator's share of the lead's project in a file of its own."""

from __future__ import annotations

import os
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from civannot.bundle.common import (
    BUNDLE_META,
    OWN_META,
    RECORD_PREFIX,
    STATE_META,
    BundleError,
    BundleInfo,
    Cancel,
    Progress,
    checkpoint,
    chunks,
    first_line,
)
from civannot.bundle.texts import (
    doc_state,
    flags_of,
)
from civannot.models.tables import utcnow
from civannot.project import Project
from civannot.records import AUTO_LAYER, GOLD_LAYER

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
    precisions: dict[str, Any] | None = None,
) -> ExportSummary:
    """Write the annotator's bundle; built under a temporary name, renamed when complete.

    `precisions`: the rules' precision against the lead's gold (civannot.learn.rules_report
    .measured_precisions; measured here when not given), which the bundle carries for its
    annotator's Accept suggestions of precise rules: a bundle has no gold to measure them."""
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
    if precisions is None:
        precisions = lead_precisions(project)
    tmp = out.with_name(out.name + ".part")
    _remove_db_files(tmp)
    try:
        bundle = Project.create(tmp, project.schema, kind="bundle")
    except (OSError, pw.DatabaseError) as e:
        _remove_db_files(tmp)
        raise BundleError(f"cannot write {out}: {first_line(e)}") from None
    try:
        summary = _fill_bundle(project, bundle, annotator, doc_ids, out, progress, cancel)
        if precisions.get("documents"):
            from civannot.learn.rules_report import PRECISIONS_META

            bundle.set_meta(PRECISIONS_META, precisions)
        checkpoint(bundle)
        bundle.close()
        os.replace(tmp, out)
        Path(f"{tmp}-lock").unlink(missing_ok=True)  # the writer lock of the name it had
    except (OSError, pw.DatabaseError) as e:
        bundle.close()
        _remove_db_files(tmp)
        raise BundleError(f"cannot write {out}: {first_line(e)}") from None
    except BaseException:
        bundle.close()
        _remove_db_files(tmp)
        raise
    return summary


def lead_precisions(project: Project) -> dict[str, Any]:
    """The rules' (and the model's) precision against the lead's gold, for the bundles."""
    from civannot.learn.rules_report import measured_precisions

    return measured_precisions(project)


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
            if key in OWN_META or key.startswith(RECORD_PREFIX):
                continue
            dst.ProjectMeta.insert(key=key, value=value).on_conflict_replace().execute()
        done = 0
        for chunk in chunks(doc_ids):
            if cancel and cancel():
                raise BundleError("export cancelled")
            rows = list(src.Document.select().where(src.Document.id.in_(chunk)).dicts())
            for r in rows:
                ext_of[r["id"]] = r["external_id"]
                flag_state = doc_state(r["clean"], flags_of(r["flags"]))
                if flag_state is not None:
                    state_docs[r["external_id"]] = flag_state
            bundle.store.copy_rows(dst.Document, rows)
            got = _copy_layers(project, bundle, chunk, annotator, layer_map, ext_of)
            n_spans, n_sugg = n_spans + got[0], n_sugg + got[1]
            state_spans.update(got[2])
            state_rels.extend(got[3])
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


def _copy_layers(
    project: Project,
    bundle: Project,
    chunk: list[int],
    annotator: str,
    layer_map: dict[int, int],
    ext_of: dict[int, str],
) -> tuple[int, int, dict[str, list[Any]], list[list[Any]]]:
    """Copy the suggestions and the annotator's layer of some documents into the bundle:
    (the annotator's spans, suggestions, the baseline's spans and relations)."""
    src, dst = project.m, bundle.m
    own_lid = project.layer_id(annotator, create=False)
    n_spans = n_sugg = 0
    state_spans: dict[str, list[Any]] = {}
    state_rels: list[list[Any]] = []
    spans = list(
        src.Span.select()
        .where(src.Span.document.in_(chunk) & src.Span.layer.in_(list(layer_map)))
        .dicts()
    )
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
    return n_spans, n_sugg, state_spans, state_rels


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
    precisions = lead_precisions(project) if names else None  # measured once for all
    stem = Path(project.path).stem
    day = utcnow().strftime("%Y%m%d")
    for i, a in enumerate(names):
        base = f"{stem}-{_safe(a)}-{day}"
        path = folder / f"{base}.civ"
        n = 2
        while path.exists():
            path = folder / f"{base}-{n}.civ"
            n += 1
        out.append(export_bundle(project, a, path, cancel=cancel, precisions=precisions))
        if progress:
            progress(i + 1, len(names))
    return out


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name) or "annotator"
