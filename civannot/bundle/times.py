"""Times as a bundle stores them (ISO text in meta and history, datetimes in rows)."""

from __future__ import annotations

import datetime as dt
from typing import Any


def parse_time(s: str | None) -> dt.datetime:
    if not s:
        return dt.datetime.min
    try:
        return dt.datetime.fromisoformat(str(s))
    except ValueError:
        return dt.datetime.min


def iso(t: Any) -> str:
    if isinstance(t, dt.datetime):
        return t.isoformat(timespec="microseconds")
    return str(t or "")


def as_time(t: Any) -> dt.datetime:
    return t if isinstance(t, dt.datetime) else parse_time(t)
