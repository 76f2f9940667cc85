"""The agreement report's summary, kept in the project for the dataset card of later exports;
the command line (`agree`) and the lead's review screen both store it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from civannot.project import Project

SUMMARY_META = "agreement"


def store_summary(project: Project, report: dict[str, Any]) -> bool:
    """Keep the summary of a report comparing two or more annotators; False when there is
    nothing to keep (fewer than two)."""
    if len(report.get("annotators", [])) < 2:
        return False
    summary = {k: report[k] for k in ("documents", "annotators", "pairs", "fleiss", "alpha")}
    summary["at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    project.set_meta(SUMMARY_META, summary)
    return True
