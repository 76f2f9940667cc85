"""Health of a project file: a cheap check on open, the full check and its repair, and the
file-system conditions SQLite needs (a writable file and folder).

A damaged file keeps answering queries until the damaged page is hit, and every write into it
can spread the damage. So a project whose quick check fails is not opened for work (in a file over
FULL_CHECK_BYTES the check on open covers the tables that do not grow with the documents); `civannot
check PROJECT` runs the full check, and `--repair` rebuilds the indexes (the full-text index
included) or, when the damage is in the data itself, copies whatever is readable into a new
project file and says where.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Seconds the check on open may take; past it the file is opened unchecked (a big project on a
# slow disk must still open), and `civannot check` does the whole job.
QUICK_CHECK_BUDGET_S = float(os.environ.get("CIVANNOT_QUICK_CHECK_S", "1.5"))
# Up to this size the check on open reads the whole file (quick_check: ~0.1 s). Above it only the
# tables that do not grow with the documents are checked: SQLite answers the progress handler
# between b-trees only, so the budget could not stop a walk through the span table, and every
# opening of a 100,000-document project (11 GB) read the whole file (issue 21: `stats` took
# 6.5 s at 50,000 documents). The full check is `civannot check`; damage a read meets later
# is one line naming it (cli.main).
FULL_CHECK_BYTES = int(os.environ.get("CIVANNOT_FULL_CHECK_BYTES", str(64 << 20)))
# Tables that grow with the documents, left to `civannot check` in a large file (with their
# indexes; the full-text index's own tables start with document_search).
LARGE_TABLES = frozenset({"document", "span", "span_history", "relation", "comment", "assignment"})
# Problems listed in a report (integrity_check stops there too).
MAX_PROBLEMS = 20


class ProjectDamaged(Exception):
    """The one-line reason a project cannot be used, with what to do."""


@dataclass
class CheckResult:
    path: str
    ok: bool | None  # None: the check ran out of time
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    repaired: bool = False
    recovered_to: str | None = None
    rows_copied: dict[str, int] = field(default_factory=dict)
    rows_lost: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "ok": self.ok,
            "problems": self.problems,
            "seconds": round(self.seconds, 3),
            "repaired": self.repaired,
            "recovered_to": self.recovered_to,
            "rows_copied": self.rows_copied,
            "rows_lost": self.rows_lost,
            "notes": self.notes,
        }


def recovery_hint(path: Path | str) -> str:
    return f"run `civannot check {path} --repair` (rebuilds the indexes, or saves what is readable into a new project)"


# ---- the file system -------------------------------------------------------------------------


def write_problem(path: Path) -> str | None:
    """Why civannot cannot write to the project at `path`, or None. SQLite in WAL mode writes
    PATH-wal and PATH-shm beside the file, so the folder must be writable as well."""
    if not os.access(path, os.W_OK):
        return (
            f"{path} is read-only (file permissions or medium); make it writable to change it "
            "(read-only commands such as stats and export still work)"
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not os.access(folder, os.W_OK | os.X_OK):
        return (
            f"the folder {folder} is not writable: SQLite needs to create {path.name}-wal and "
            f"{path.name}-shm beside the project; make the folder writable or move the project"
        )
    return None


def connect_read_only(path: Path) -> Any:
    """A peewee database on a project nobody can write to (a read-only file or folder).
    `immutable` tells SQLite not to look for -wal/-shm files it could not create; civannot
    checkpoints on close, so a cleanly closed project holds everything in the main file."""
    import peewee as pw

    from civannot.models.database import ProjectError

    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    db = pw.SqliteDatabase(uri, uri=True, pragmas={"foreign_keys": 1}, autoconnect=False)
    try:
        db.connect()
    except pw.OperationalError as e:
        raise ProjectError(f"cannot open {path} read-only: {e}") from None
    return db


# ---- checks ------------------------------------------------------------------------------------


def _small_tables(con: sqlite3.Connection) -> list[str]:
    """The ordinary tables of a large file whose size does not follow the documents'."""
    rows = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    return [
        name
        for name, sql in rows
        if name not in LARGE_TABLES
        and not name.startswith(("document_search", "sqlite_"))
        and not str(sql or "").upper().startswith("CREATE VIRTUAL")
    ]


def _run_check(
    con: sqlite3.Connection,
    pragma: str,
    budget_s: float | None,
    tables: list[str] | None = None,
    arg: str = str(MAX_PROBLEMS),
) -> tuple[bool | None, list[str]]:
    """`pragma` over the file, or over `tables` (and their indexes) one after the other."""
    if tables is not None:
        for table in tables:
            # PRAGMA quick_check(table) takes no problem limit beside the table
            ok, problems = _run_check(
                con, pragma, budget_s, arg='"' + table.replace('"', '""') + '"'
            )
            if ok is not True:
                return ok, problems
        return True, []
    deadline = None if budget_s is None else time.monotonic() + budget_s
    if deadline is not None:
        # SQLite calls this every N virtual-machine steps; non-zero interrupts the statement
        con.set_progress_handler(lambda: int(time.monotonic() > deadline), 1000)
    try:
        rows = [r[0] for r in con.execute(f"PRAGMA {pragma}({arg})").fetchall()]
    except sqlite3.OperationalError as e:
        if "interrupted" in str(e):
            return None, []
        return False, [str(e)]
    except sqlite3.DatabaseError as e:
        return False, [str(e)]
    finally:
        if deadline is not None:
            con.set_progress_handler(None, 0)
    if rows == ["ok"]:
        return True, []
    # one row may hold several lines, under a heading naming the database
    lines = [ln.strip() for r in rows for ln in str(r).splitlines()]
    return False, [ln for ln in lines if ln and not ln.startswith("***")][:MAX_PROBLEMS]


def _fts_check(con: sqlite3.Connection) -> list[str]:
    """FTS5's own consistency check of the search index against the documents."""
    has = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_search'"
    ).fetchone()
    if not has:
        return []
    try:
        # a command written as an INSERT: it changes nothing, but needs a writable connection
        con.execute("INSERT INTO document_search(document_search) VALUES ('integrity-check')")
    except sqlite3.OperationalError as e:
        if "readonly" in str(e):
            return []  # a read-only file: the b-tree check above is all there is
        return [f"full-text index: {e}"]
    except sqlite3.DatabaseError as e:
        return [f"full-text index: {e}"]
    finally:
        if con.in_transaction:
            con.rollback()
    return []


def check_connection(
    con: sqlite3.Connection,
    full: bool,
    budget_s: float | None = None,
    tables: list[str] | None = None,
) -> CheckResult:
    t0 = time.perf_counter()
    pragma = "integrity_check" if full else "quick_check"
    ok, problems = _run_check(con, pragma, budget_s, tables)
    if full and ok is not False:
        fts = _fts_check(con)
        if fts:
            ok, problems = False, fts
    res = CheckResult("", ok, problems)
    res.seconds = time.perf_counter() - t0
    return res


def check_on_open(db: Any, path: Path, budget_s: float | None = None) -> None:
    """The cheap check made whenever a project is opened for work; ProjectDamaged if it fails."""
    budget = QUICK_CHECK_BUDGET_S if budget_s is None else budget_s
    if budget <= 0:
        return
    con = db.connection()
    try:
        large = path.stat().st_size > FULL_CHECK_BYTES
    except OSError:
        large = False
    res = check_connection(
        con, full=False, budget_s=budget, tables=_small_tables(con) if large else None
    )
    if res.ok is False:
        raise ProjectDamaged(
            f"{path} is damaged ({res.problems[0]}); civannot will not work on it (a write "
            "could spread the damage): " + recovery_hint(path)
        )


def check_file(path: Path) -> CheckResult:
    """The full check (integrity_check and the full-text index), read-only."""
    mode = "rw" if write_problem(path) is None else "ro"
    con = sqlite3.connect(f"file:{path}?mode={mode}", uri=True, timeout=5)
    try:
        res = check_connection(con, full=True)
    finally:
        con.close()
    res.path = str(path)
    return res


# ---- repair ------------------------------------------------------------------------------------


def repair_file(path: Path) -> CheckResult:
    """Rebuild every index (and the full-text index) in place; when the file still fails the
    full check, copy what is readable into a new project beside it. The damaged file itself is
    kept as it was in that case."""
    before = check_file(path)
    if before.ok:
        before.notes.append("nothing to repair")
        return before
    backup = copy_aside(path)
    before.notes.append(f"the file as it was before the repair: {backup}")
    con = sqlite3.connect(str(path), timeout=5)
    try:
        try:
            con.execute("REINDEX")
            if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'document_search'").fetchone():
                con.execute("INSERT INTO document_search(document_search) VALUES ('rebuild')")
            con.commit()
        except sqlite3.DatabaseError as e:
            con.rollback()
            before.notes.append(f"rebuilding the indexes failed: {e}")
        after = check_connection(con, full=True)
    finally:
        con.close()
    if after.ok:
        after.path = str(path)
        after.repaired = True
        after.notes = before.notes + [
            f"indexes rebuilt; {len(before.problems)} problem(s) found before, none now"
        ]
        after.problems = before.problems
        return after
    target = _recovery_name(path)
    copied, lost = salvage(path, target)
    if not lost and check_file(target).ok:
        # Every row was readable (the damage was in an index SQLite could not rebuild in place,
        # or in the full-text index): the copy is the whole project, put it in the file's place.
        os.replace(target, path)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        res = CheckResult(str(path), True, before.problems, repaired=True)
        res.rows_copied = copied
        res.notes = before.notes + [
            "rebuilt from its data: every row was readable, the indexes were made anew"
        ]
        return res
    res = CheckResult(str(path), False, after.problems or before.problems)
    res.recovered_to = str(target)
    res.rows_copied, res.rows_lost = copied, lost
    res.notes = before.notes + [
        "the damage is in the data, not only in the indexes: what was readable is in "
        f"{target}; {path} is left as it was"
    ]
    return res


def _recovery_name(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.recovered-{stamp}{path.suffix}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.stem}.recovered-{stamp}-{n}{path.suffix}")
        n += 1
    return target


def salvage(src: Path, dst: Path) -> tuple[dict[str, int], dict[str, int]]:
    """Copy every readable row of every table of `src` into a new file `dst` with the same
    schema, skipping what cannot be read; then rebuild the full-text index there. Returns rows
    copied and rows known lost per table."""
    tmp = dst.with_name(dst.name + ".part")
    tmp.unlink(missing_ok=True)
    old = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=5)
    new = sqlite3.connect(str(tmp))
    copied: dict[str, int] = {}
    lost: dict[str, int] = {}
    try:
        schema = old.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 "
            "WHEN 'index' THEN 1 ELSE 2 END"
        ).fetchall()
        shadow = {f"document_search_{s}" for s in ("data", "idx", "content", "docsize", "config")}
        tables = []
        for kind, name, sql in schema:
            if name in shadow:
                continue  # FTS5 makes its own when the virtual table is created
            if kind == "table":
                new.execute(sql)
                if not sql.upper().startswith("CREATE VIRTUAL"):
                    tables.append(name)
        for name in tables:
            copied[name], lost[name] = _copy_table(old, new, name)
        for kind, name, sql in schema:
            if kind in ("index", "trigger") and name not in shadow:
                try:
                    new.execute(sql)
                except sqlite3.DatabaseError:
                    pass  # a unique index the surviving rows no longer satisfy: left out
        if any(r[1] == "document_search" for r in schema):
            new.execute("INSERT INTO document_search(document_search) VALUES ('rebuild')")
        new.commit()
    finally:
        old.close()
        new.close()
    os.replace(tmp, dst)
    return copied, {k: v for k, v in lost.items() if v}


def _copy_table(old: sqlite3.Connection, new: sqlite3.Connection, name: str) -> tuple[int, int]:
    q = f'"{name}"'
    try:
        rows = old.execute(f"SELECT * FROM {q}").fetchall()
    except sqlite3.DatabaseError:
        rows = None
    if rows is not None:
        _insert(new, q, rows)
        return len(rows), 0
    # Read around the damaged pages row by row, by rowid.
    try:
        top = old.execute(f"SELECT max(rowid) FROM {q}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        top = 0
    n = lost = 0
    for rowid in range(1, top + 1):
        try:
            row = old.execute(f"SELECT * FROM {q} WHERE rowid = ?", (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            lost += 1
            continue
        if row is not None:
            _insert(new, q, [row])
            n += 1
    return n, lost


def _insert(new: sqlite3.Connection, q: str, rows: list[tuple]) -> None:
    if not rows:
        return
    marks = ",".join("?" * len(rows[0]))
    new.executemany(f"INSERT OR IGNORE INTO {q} VALUES ({marks})", rows)


def copy_aside(path: Path) -> Path:
    """A copy of the damaged file kept before an in-place repair."""
    backup = path.with_name(f"{path.name}.before-repair")
    shutil.copy2(path, backup)
    return backup


def read_app_version(db: Any, path: Path) -> tuple[Any, int]:
    """(app id, schema version) through an open database; ProjectError when unreadable."""
    import json

    from civannot.models.database import ProjectError

    try:
        rows = dict(
            db.execute_sql(
                "SELECT key, value FROM project_meta WHERE key IN ('app', 'schema_version')"
            ).fetchall()
        )
        return json.loads(rows.get("app", "null")), int(json.loads(rows.get("schema_version", "0")))
    except (ValueError, TypeError):
        return None, 0
    except Exception as e:  # peewee wraps sqlite3 errors in its own classes
        raise ProjectError(f"{path} is damaged or not a civannot project ({e})") from None
