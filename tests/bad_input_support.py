"""Shared by the bad-input tests: run the CLI, and a fingerprint of a project's content."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from civannot.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:  # noqa: ANN001
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    """The single error line (fails on a traceback or several lines)."""
    assert "Traceback" not in err, err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    return lines[0]


def fingerprint(path: Path) -> list[str]:
    """Every row of every table (the SQL dump), for "the project is unchanged"."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [ln for ln in con.iterdump() if not ln.startswith('INSERT INTO "sqlite_')]
    finally:
        con.close()


def init(tmp_path: Path, capsys, name: str = "p.civ") -> Path:  # noqa: ANN001
    path = tmp_path / name
    code, _, err = run(capsys, "init", path)
    assert code == 0, err
    return path
