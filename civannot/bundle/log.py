"""The merge log: every merge kept with the operations that undo it (civannot bundle undo)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import peewee as pw

from civannot.bundle.common import (
    BundleError,
)
from civannot.bundle.files import OpenBundle
from civannot.bundle.report import BundleReport
from civannot.bundle.times import iso
from civannot.models.database import ProjectError
from civannot.models.tables import utcnow
from civannot.project import Project
from civannot.store import (
    Op,
    inverse_all,
)
from civannot.store.ops import op_from_json, op_to_json


def log_merge(project: Project, b: OpenBundle, report: BundleReport, ops: list[Op]) -> int:
    """Keep the merge's report and the operations that undo it (`civannot bundle undo`)."""
    H = b.project.m.SpanHistory
    saved = H.select(pw.fn.MAX(H.at)).scalar()
    ML = project.m.MergeLog
    return int(
        ML.insert(
            bundle=b.info.id,
            annotator=b.info.annotator,
            generation=report.generation,
            saved=iso(saved)[:32] if saved else "",
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
                "merged": iso(row.merged)[:19],
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
