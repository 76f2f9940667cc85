"""A first import writes through SQLite's rollback journal (Project.first_load): the project
is back in WAL mode after it, another open connection keeps it in WAL without a wait, and a
kill in the middle loses nothing that was committed and leaves nothing half-written."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from civannot.importer import import_paths
from civannot.project import Project

TEXT = "2023年5月3日，岚溪县委书记谢若溪在滨河公园检查创建工作。" * 4


def corpus(path: Path, n: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(start, start + n):
            rec = {"id": f"d{i}", "text": f"{i}：{TEXT}", "annotators": ["ann"],
                   "spans": [{"start": 0, "end": len(str(i)), "label": "DATE", "annotator": "ann"}]}  # fmt: skip
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def journal_mode(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        con.close()


@pytest.fixture()
def sqlite_project(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "p.civ")
    if not isinstance(p.db, __import__("peewee").SqliteDatabase):
        p.close()
        pytest.skip("a project file only")
    yield p
    p.close()


def test_first_import_journals_then_returns_to_wal(sqlite_project, tmp_path) -> None:
    seen = []
    orig = sqlite_project.import_batch

    def spy(*a, **k):  # the mode while the documents are written
        seen.append(sqlite_project.db.execute_sql("PRAGMA journal_mode").fetchone()[0])
        return orig(*a, **k)

    sqlite_project.import_batch = spy  # type: ignore[method-assign]
    import_paths(sqlite_project, [corpus(tmp_path / "a.jsonl", 50)])
    assert seen == ["delete"]
    assert sqlite_project.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    # a project with documents is written through the log as before
    import_paths(sqlite_project, [corpus(tmp_path / "b.jsonl", 5, start=50)])
    assert seen == ["delete", "wal"]
    assert sqlite_project.document_count() == 55
    sqlite_project.close()
    assert journal_mode(sqlite_project.path) == "wal"


def test_another_connection_keeps_the_log_and_costs_no_wait(sqlite_project, tmp_path) -> None:
    reader = Project.open(sqlite_project.path)
    try:
        reader.document_count()
        t = time.monotonic()
        with sqlite_project.first_load():
            assert sqlite_project.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert time.monotonic() - t < 1.0
        import_paths(sqlite_project, [corpus(tmp_path / "a.jsonl", 20)])
        assert reader.document_count() == 20
    finally:
        reader.close()


def test_kill_during_a_first_import_leaves_a_whole_project(tmp_path) -> None:
    path = tmp_path / "k.civ"
    with Project.create(path) as p:
        if not isinstance(p.db, __import__("peewee").SqliteDatabase):
            pytest.skip("a project file only")
    files = [corpus(tmp_path / f"f{i}.jsonl", 400, start=400 * i) for i in range(3)]
    # killed inside the import's transaction, its spans written, not committed
    script = textwrap.dedent(
        f"""
        import os, signal
        from civannot.importer import import_paths
        from civannot.project import Project
        from civannot.store.store import Store
        calls = []
        real = Store._insert_spans
        def insert(self, *a, **k):
            real(self, *a, **k)
            calls.append(1)
            if len(calls) == 1:
                os.kill(os.getpid(), signal.SIGKILL)
        Store._insert_spans = insert
        p = Project.open({str(path)!r})
        p.db.execute_sql("PRAGMA cache_size = 10")  # pages go to the file before the commit
        import_paths(p, {[str(f) for f in files]!r})
        """
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run([sys.executable, "-c", script], env=env)
    assert proc.returncode == -signal.SIGKILL
    assert Path(f"{path}-journal").exists()  # a hot journal: the first load was journaled
    with Project.open(path) as p:  # the journal is rolled back on opening
        assert p.document_count() == 0  # nothing half-written
        assert p.stats()["layers"].get("ann", {}).get("spans", 0) == 0
    import_paths(Project.open(path), files)  # and the import can simply be run again
    with Project.open(path) as p:
        assert p.document_count() == 1200
    assert not Path(f"{path}-journal").exists()
    assert journal_mode(path) == "wal"
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
