"""Checking a returned bundle before anything is merged, and copying one for returning."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from civannot.bundle.common import (
    STATE_META,
    BundleError,
    BundleInfo,
    bundle_info,
    checkpoint,
)
from civannot.bundle.plan import reserved_refusal
from civannot.bundle.texts import (
    flags_of,
    repair_edits,
)
from civannot.models.database import ProjectError, check_sqlite_file
from civannot.project import Project
from civannot.records import RESERVED_LAYERS


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
class OpenBundle:
    path: Path
    project: Project
    info: BundleInfo
    export_state: dict[str, Any]
    docs: dict[str, int]  # external id -> bundle document id
    lead_docs: dict[str, int]  # external id -> lead document id


def check_baseline(name: str, state: Any) -> None:
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


def open_bundle(lead: Project, path: Path, allow_reserved: bool = False) -> OpenBundle:
    """Open a returned bundle for merging, once every check passed (else one line, and the
    file is closed again)."""
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
        info = _check_identity(lead, b, name, allow_reserved)
        try:
            state = b.get_meta(STATE_META)
        except ValueError:
            state = None
        check_baseline(name, state)
        _check_schema(lead, b, name, info.annotator)
        docs, lead_docs = _check_documents(lead, b, name)
        return OpenBundle(path, b, info, state, docs, lead_docs)
    except BaseException:
        b.close()
        raise


def _check_identity(lead: Project, b: Project, name: str, allow_reserved: bool) -> BundleInfo:
    """A bundle of this project, of an annotator whose layer a bundle may write."""
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
        raise BundleError(reserved_refusal(name, info.annotator))
    if not info.annotator.strip() or len(info.annotator) > 128:
        raise BundleError(f"{name} is damaged (its annotator name is not valid)")
    return info


def _check_schema(lead: Project, b: Project, name: str, annotator: str) -> None:
    """Every label and relation type of the annotator's layer is in the lead's schema."""
    known = set(lead.schema.label_names)
    S, L = b.m.Span, b.m.Layer
    for (label,) in S.select(S.label).join(L).where(L.name == annotator).distinct().tuples():
        if label not in known:
            raise BundleError(f"{name} uses label {label}, which is not in this project's schema")
    rel_types = {r.name for r in lead.schema.relations}
    R = b.m.Relation
    for (rtype,) in R.select(R.type).join(L).where(L.name == annotator).distinct().tuples():
        if rtype not in rel_types:
            raise BundleError(
                f"{name} uses relation {rtype}, which is not in this project's schema"
            )


def _check_documents(lead: Project, b: Project, name: str) -> tuple[dict[str, int], dict[str, int]]:
    """Every document of the bundle is the lead's, with the same text (or one that differs
    only by repair decisions, which the merge replays). Returns the bundle's and the lead's
    document ids by external id."""
    D, LD = b.m.Document, lead.m.Document
    docs = dict(D.select(D.external_id, D.id).tuples())
    lead_docs: dict[str, int] = {}
    exts = list(docs)
    for i in range(0, len(exts), 500):
        chunk = exts[i : i + 500]
        mine = {
            ext: (clean, flags)
            for ext, clean, flags in D.select(D.external_id, D.clean, D.flags)
            .where(D.external_id.in_(chunk))
            .tuples()
        }
        for ext, lid, clean, lflags in (
            LD.select(LD.external_id, LD.id, LD.clean, LD.flags)
            .where(LD.external_id.in_(chunk))
            .tuples()
        ):
            lead_docs[ext] = lid
            bclean, bflags = mine[ext]
            if bclean != clean and (
                repair_edits(bclean, flags_of(bflags), clean, flags_of(lflags)) is None
            ):
                raise BundleError(f"{name}: document {ext} differs from the project's")
    missing = [e for e in docs if e not in lead_docs]
    if missing:
        raise BundleError(f"{name}: document {missing[0]} is not in this project")
    return docs, lead_docs
