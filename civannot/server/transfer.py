"""`civannot server push` and `pull`: a project file to a server and back, table by table,
ids and uids kept, so a round trip gives the same content in every table."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import peewee as pw

from civannot.models import migrations
from civannot.models.database import ProjectError, describe_url, sync_sequences
from civannot.project import Project

Progress = Callable[[int, int], None]
BATCH = 5000


def _tables(project: Project) -> list[Any]:
    m = project.m
    # parents before children, so foreign keys hold at every insert
    return [
        m.ProjectMeta,
        m.Label,
        m.RelationType,
        m.Document,
        m.Layer,
        m.Span,
        m.Relation,
        m.Assignment,
        m.SpanHistory,
        m.Counter,
        m.Comment,
        m.MergeLog,
        m.LearnedModel,
    ]


def copy_project(src: Project, dst: Project, progress: Progress | None = None) -> dict[str, int]:
    """Copy every row of every table of `src` into the empty project `dst` (one transaction)."""
    counts: dict[str, int] = {}
    pairs = list(zip(_tables(src), _tables(dst), strict=True))
    total = sum(s.select().count() for s, _ in pairs)
    done = 0
    server = isinstance(dst.db, pw.PostgresqlDatabase)
    with dst.store.transaction(), dst.store.bulk_load([t for _, t in pairs]):
        for model, target in pairs:
            table = model._meta.table_name
            target.delete().execute()  # what `create` put there (meta, labels, layers)
            fields = list(model._meta.sorted_fields)
            targets = [target._meta.fields[f.name] for f in fields]
            cols = ", ".join(f'"{f.column_name}"' for f in fields)
            order = ", ".join(f'"{f.column_name}"' for f in model._meta.get_primary_keys())
            # SQLite keeps booleans as 0/1; PostgreSQL's COPY wants booleans
            bools = [i for i, f in enumerate(fields) if isinstance(f, pw.BooleanField)]
            # raw rows: the values as the source stores them, no conversion on the way
            cur = src.db.execute_sql(f'SELECT {cols} FROM "{table}" ORDER BY {order}')

            def batches(cur: Any = cur, bools: list[int] = bools) -> Iterator[list[Any]]:
                nonlocal done
                while True:
                    batch = cur.fetchmany(BATCH)
                    if not batch:
                        return
                    if server and bools:
                        batch = [_with_booleans(row, bools) for row in batch]
                    yield batch
                    done += len(batch)
                    if progress:
                        progress(done, total)

            counts[table] = dst.store.copy_stream(target, targets, batches())
        _reset_sequences(dst)
        _sequences_to_counters(src, dst)
    if migrations.has_fts(dst.db):
        dst.db.execute_sql("INSERT INTO document_search(document_search) VALUES ('rebuild')")
    if progress:
        progress(total, total)
    dst.forget_cached()
    return counts


def _with_booleans(row: tuple[Any, ...], at: list[int]) -> tuple[Any, ...]:
    out = list(row)
    for i in at:
        if out[i] is not None:
            out[i] = bool(out[i])
    return tuple(out)


def _reset_sequences(project: Project) -> None:
    """Rows came with their ids: PostgreSQL's sequences must move past them, and past the
    counters (ids once handed out, of rows since removed, are never handed out again)."""
    sync_sequences(project.db, [m._meta for m in _tables(project)])


def _sequences_to_counters(src: Project, dst: Project) -> None:
    """Pulling from a server: ids were handed out by its sequences, so the file's counters
    start past them."""
    if not isinstance(src.db, pw.PostgresqlDatabase):
        return
    for table in ("span", "relation", "comment"):
        row = src.db.execute_sql(
            f"SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END "
            f"FROM {table}_id_seq"
        ).fetchone()
        if row and int(row[0]) > 0:
            dst.store._move_counter(table, int(row[0]))


def push(path: str | Path, url: str, progress: Progress | None = None) -> dict[str, int]:
    """A project file onto a server (a new, empty database there)."""
    src = Project.open(path)
    try:
        if src.kind == "bundle":
            raise ProjectError(f"{path} is a bundle; push the lead's project")
        dst = Project.create(url)
        try:
            counts = copy_project(src, dst, progress)
        finally:
            dst.close()
    finally:
        src.close()
    return counts


def pull(url: str, path: str | Path, progress: Progress | None = None) -> dict[str, int]:
    """A server project into a new project file."""
    out = Path(path)
    if out.exists():
        raise ProjectError(f"{out} already exists; choose another file name")
    src = Project.open(url)
    try:
        tmp = out.with_name(out.name + ".part")
        for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-lock")):
            p.unlink(missing_ok=True)
        dst = Project.create(tmp)
        try:
            counts = copy_project(src, dst, progress)
            dst.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException:
            dst.close()
            tmp.unlink(missing_ok=True)
            raise
        dst.close()
        tmp.replace(out)
        Path(f"{tmp}-lock").unlink(missing_ok=True)
    finally:
        src.close()
    return counts


def describe(counts: dict[str, int], target: str) -> str:
    rows = sum(counts.values())
    parts = ", ".join(f"{n} {t}" for t, n in counts.items() if n and t in _SHOWN)
    return f"copied {rows} rows to {describe_url(target) if '://' in target else target}: {parts}"


_SHOWN = ("document", "span", "relation", "assignment", "span_history", "comment")
