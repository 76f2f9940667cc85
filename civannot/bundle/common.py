"""What every part of a bundle's life shares: its meta keys, its error, who it belongs to."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from civannot.bundle.keys import BUNDLE_META, OWN_META, RECORD_PREFIX, STATE_META
from civannot.models.database import ProjectError
from civannot.project import Project

__all__ = ["BUNDLE_META", "OWN_META", "RECORD_PREFIX", "STATE_META"]

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


def chunks(ids: list[int], n: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(ids), n):
        yield ids[i : i + n]


def first_line(e: BaseException) -> str:
    text = str(e).strip().strip("'\"").splitlines()
    return text[0] if text else type(e).__name__
