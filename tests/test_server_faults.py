"""Issue 14, faults on a team server: a connection that breaks mid-command or at COMMIT, a
client killed mid-write, wrong URL/password/database, a schema older or newer than this
civannot. Each: one line, nothing half-written, nothing committed lost, no lock left behind.
Against the real test server (CIVANNOT_TEST_PG, set by .ci/run; skipped without it)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psycopg
import pytest

from civannot.cli import main
from civannot.models.database import ConnectionLost, connect_postgres
from civannot.models.tables import SCHEMA_VERSION
from civannot.project import Project, ProjectError
from civannot.records import DocumentInput, LayerInput, Span
from civannot.session import Session

PG = os.environ.get("CIVANNOT_TEST_PG")
pytestmark = pytest.mark.skipif(not PG, reason="CIVANNOT_TEST_PG not set (no test server)")
TEXT = "市委书记王明远主持召开创建全国文明城市工作推进会。"


def base() -> str:
    assert PG is not None
    return PG.split("?")[0].rsplit("/", 1)[0]


@pytest.fixture
def url() -> str:
    u = f"{base()}/t_{uuid.uuid4().hex[:12]}"
    with Project.create(u) as p:
        p.import_batch([(DocumentInput("a", TEXT), [LayerInput("alice", [Span(4, 7, "PERSON")])])])
    return u


@pytest.fixture
def admin():  # noqa: ANN201
    db = connect_postgres(PG or "")
    yield db
    db.close()


def content(u: str) -> dict[str, object]:
    """Every table's rows (ids included), to show nothing was written."""
    with Project.open(u) as p:
        out: dict[str, object] = {}
        for t in ("document", "layer", "span", "relation", "assignment", "span_history", "counter"):
            out[t] = p.db.execute_sql(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()
        return out


def spans(u: str) -> list[tuple[int, int, str]]:
    with Project.open(u) as p:
        return [(s.start, s.end, s.label) for s in p.spans(p.document_id("a"), "alice")]


def cli(*args: str, env: dict[str, str] | None = None, **kw) -> subprocess.CompletedProcess:  # noqa: ANN003
    return subprocess.run(
        [sys.executable, "-m", "civannot", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd(), **(env or {})},
        timeout=300,
        **kw,
    )


# ---- a connection that breaks -----------------------------------------------------------------


def test_a_break_before_commit_writes_nothing_and_a_retry_does(url, admin):  # noqa: ANN001
    p = Project.open(url)
    try:
        s = Session(p, "alice")
        d = p.document_id("a")
        admin.execute_sql("SELECT pg_terminate_backend(%s)", (p.db.connection().info.backend_pid,))
        mark = s.stacks()
        with pytest.raises(ConnectionLost, match="lost the connection to postgresql://") as e:
            s.add_span(d, 0, 4, "TITLE")
        assert e.value.xid is None  # no COMMIT was sent
        s.restore_stacks(mark)
        with pytest.raises(ConnectionLost):  # still broken: said at once, nothing tried
            p.spans(d, "alice")
        p.reconnect()
        assert not p.store.committed(e.value.xid)
        assert spans(url) == [(4, 7, "PERSON")]
        s.add_span(d, 0, 4, "TITLE")
        assert spans(url) == [(0, 4, "TITLE"), (4, 7, "PERSON")]
        s.undo()  # one undo step for the command, as if nothing had happened
        assert spans(url) == [(4, 7, "PERSON")]
    finally:
        p.close()


@pytest.mark.parametrize("commit_gets_through", [False, True])
def test_a_break_during_commit_is_told_apart_by_the_server(url, admin, commit_gets_through):  # noqa: ANN001
    """The one ambiguous moment: the connection breaks while COMMIT is on its way. The server
    knows how the transaction ended (txid_status), so the window neither loses nor doubles it."""
    p = Project.open(url)
    try:
        s = Session(p, "alice")
        d = p.document_id("a")
        real_commit = p.db.commit

        def commit() -> None:
            pid = p.db.connection().info.backend_pid
            if commit_gets_through:
                real_commit()
            admin.execute_sql("SELECT pg_terminate_backend(%s)", (pid,))
            time.sleep(0.2)
            if commit_gets_through:  # the acknowledgement never arrives
                raise psycopg.OperationalError("server closed the connection unexpectedly")
            real_commit()

        p.db.commit = commit  # type: ignore[method-assign]
        with pytest.raises(ConnectionLost) as e:
            s.add_span(d, 0, 4, "TITLE")
        del p.db.commit
        assert e.value.xid is not None
        p.reconnect()
        assert p.store.committed(e.value.xid) is commit_gets_through
        assert spans(url) == ([(0, 4, "TITLE")] if commit_gets_through else []) + [(4, 7, "PERSON")]
    finally:
        p.close()


def big_jsonl(path: Path, n: int, prefix: str) -> Path:
    """n native records with a span each: one file, one transaction."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = f"{prefix}第{i}号：" + TEXT * 20
            start = text.index("王明远")
            span = {"start": start, "end": start + 3, "label": "PERSON", "annotator": "bob"}
            rec = {"id": f"{prefix}{i}", "text": text, "spans": [span]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def backend_of(admin, app: str, timeout: float = 120) -> tuple[int, int]:  # noqa: ANN001
    """(pid, xid) of the client's backend once it has written inside its transaction."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        row = admin.execute_sql(
            "SELECT pid, backend_xid::text::bigint FROM pg_stat_activity "
            "WHERE application_name = %s AND backend_xid IS NOT NULL",
            (app,),
        ).fetchone()
        if row:
            return int(row[0]), int(row[1])
        time.sleep(0.05)
    raise AssertionError(f"{app} never wrote")


def test_the_cli_says_one_line_when_the_server_drops_mid_import(url, admin, tmp_path):  # noqa: ANN001
    before = content(url)
    app = f"civannot-test-{uuid.uuid4().hex[:6]}"
    src = big_jsonl(tmp_path / "big.jsonl", 3000, "big")
    proc = subprocess.Popen(
        [sys.executable, "-m", "civannot", "import", url, str(src)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd(), "PGAPPNAME": app},
    )
    pid, _xid = backend_of(admin, app)
    admin.execute_sql("SELECT pg_terminate_backend(%s)", (pid,))
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "lost the connection" in lines[0], err
    assert "Traceback" not in err
    assert content(url) == before  # the file's transaction left nothing


# ---- a client killed mid-write ----------------------------------------------------------------


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_a_client_killed_mid_write_loses_nothing_committed_and_leaves_no_lock(  # noqa: ANN201
    url,
    admin,
    tmp_path,  # noqa: ANN001
):
    # committed first: a small import, and an annotator's label
    small = big_jsonl(tmp_path / "small.jsonl", 5, "small")
    assert cli("import", url, str(small)).returncode == 0
    with Project.open(url) as p:
        Session(p, "alice").add_span(p.document_id("a"), 0, 4, "TITLE")
    committed = content(url)

    app = f"civannot-kill-{uuid.uuid4().hex[:6]}"
    big = big_jsonl(tmp_path / "big.jsonl", 3000, "big")
    proc = subprocess.Popen(
        [sys.executable, "-m", "civannot", "import", url, str(big)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": os.getcwd(), "PGAPPNAME": app},
    )
    try:
        pid, xid = backend_of(admin, app)
        os.kill(proc.pid, signal.SIGKILL)  # mid-transaction: it has written, not committed
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    # the server sees the socket close and rolls the transaction back by itself
    deadline = time.monotonic() + 10
    while admin.execute_sql("SELECT 1 FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone():
        assert time.monotonic() < deadline, "the killed client's backend stayed"
        time.sleep(0.05)
    assert admin.execute_sql("SELECT txid_status(%s)", (xid,)).fetchone()[0] == "aborted"
    name = url.rsplit("/", 1)[1]
    assert not admin.execute_sql(
        "SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
        "WHERE d.datname = %s AND (l.locktype = 'advisory' OR NOT l.granted)",
        (name,),
    ).fetchall()
    assert not admin.execute_sql(
        "SELECT 1 FROM pg_stat_activity WHERE datname = %s AND state LIKE 'idle in transaction%%'",
        (name,),
    ).fetchall()
    assert content(url) == committed  # nothing committed lost, nothing of the half-done one

    # a second writer proceeds at once: any lock left would make it fail within a second
    t = time.monotonic()
    again = cli("import", url, str(big), env={"PGOPTIONS": "-c lock_timeout=1000"})
    assert again.returncode == 0, again.stderr
    with Project.open(url) as p:
        assert p.document_count() == 1 + 5 + 3000
        assert spans(url) == [(0, 4, "TITLE"), (4, 7, "PERSON")]
    assert time.monotonic() - t < 300


# ---- wrong URL, password, database; older and newer schemas ------------------------------------


def test_a_wrong_password_is_one_line_and_writes_nothing(url, tmp_path):  # noqa: ANN001
    before = content(url)
    art = tmp_path / "a.txt"
    art.write_text("县长李华到社区检查。", encoding="utf-8")
    done = cli("import", url, str(art), env={"PGPASSWORD": "not-the-password"})
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot connect" in lines[0] and "password" in lines[0]
    assert "not-the-password" not in done.stderr
    assert content(url) == before


def test_a_missing_database_is_one_line_and_not_created(admin, tmp_path):  # noqa: ANN001
    name = f"t_missing_{uuid.uuid4().hex[:8]}"
    art = tmp_path / "a.txt"
    art.write_text("县长李华到社区检查。", encoding="utf-8")
    for args in (["import", f"{base()}/{name}", str(art)], ["stats", f"{base()}/{name}"]):
        done = cli(*args)
        assert done.returncode == 2, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and name in lines[0] and "does not exist" in lines[0], lines
    assert not admin.execute_sql("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()


def test_a_wrong_host_or_port_is_one_line(tmp_path):  # noqa: ANN001
    done = cli("stats", "postgresql://127.0.0.1:1/x?connect_timeout=3")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot connect to postgresql://127.0.0.1:1/x" in lines[0]


def set_version(u: str, version: int) -> None:
    with Project.open(u) as p:
        p.db.execute_sql(
            "UPDATE project_meta SET value = %s WHERE key = 'schema_version'", (str(version),)
        )


def test_a_newer_schema_is_one_line_and_untouched(url, capsys):  # noqa: ANN001
    set_version(url, SCHEMA_VERSION + 1)
    db = connect_postgres(url)
    before = db.execute_sql("SELECT key, value FROM project_meta ORDER BY key").fetchall()
    assert main(["stats", url]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "newer civannot" in err[0] and "update civannot" in err[0]
    assert main(["import", url, __file__]) == 2
    capsys.readouterr()
    assert db.execute_sql("SELECT key, value FROM project_meta ORDER BY key").fetchall() == before
    assert db.execute_sql("SELECT COUNT(*) FROM document").fetchone()[0] == 1
    db.close()


def test_an_older_schema_is_one_line_until_its_owner_upgrades_it(url, capsys):  # noqa: ANN001
    set_version(url, SCHEMA_VERSION - 1)
    db = connect_postgres(url)

    def snapshot() -> object:
        return (
            db.execute_sql("SELECT key, value FROM project_meta ORDER BY key").fetchall(),
            db.execute_sql(
                "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"
            ).fetchall(),
        )

    before = snapshot()
    assert main(["stats", url]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "older civannot" in err[0] and "civannot server upgrade" in err[0]
    with pytest.raises(ProjectError, match="older civannot"):
        Project.open(url)
    assert snapshot() == before  # opening wrote nothing, not even the upgrade
    assert main(["server", "upgrade", url]) == 0
    assert f"to {SCHEMA_VERSION}" in capsys.readouterr().out
    assert spans(url) == [(4, 7, "PERSON")]
    assert main(["server", "upgrade", url]) == 0
    assert "already" in capsys.readouterr().out
    db.close()


# ---- writers side by side ---------------------------------------------------------------------


def test_one_writers_open_transaction_does_not_hold_up_anothers_label(url):  # noqa: ANN001
    """Ids come from the tables' sequences, not a counter row each writer locks until its
    COMMIT: one annotator's command in flight never makes another wait."""
    a, b = Project.open(url), Project.open(url)
    try:
        d = a.document_id("a")
        b.db.execute_sql("SET lock_timeout = '1s'")  # a wait on a lock fails the test
        with a.store.transaction():
            first = Session(a, "alice").add_span(d, 0, 4, "TITLE").spans_added[0].id
            second = Session(b, "bob").add_span(d, 7, 9, "TITLE").spans_added[0].id
        assert first != second
        Session(a, "alice").remove_span(first)
        again = Session(b, "alice").add_span(d, 0, 4, "TITLE").spans_added[0].id
        assert again not in (first, second)  # a removed span's id is never handed out again
    finally:
        a.close()
        b.close()


def test_pull_carries_the_servers_ids_on(url, tmp_path):  # noqa: ANN001
    """Ids the server handed out (of spans since removed too) stay used in the pulled file."""
    with Project.open(url) as p:
        s = Session(p, "alice")
        sid = s.add_span(p.document_id("a"), 0, 4, "TITLE").spans_added[0].id
        s.remove_span(sid)
    assert main(["server", "pull", url, str(tmp_path / "back.civ")]) == 0
    with Project.open(tmp_path / "back.civ") as f:
        assert f.store.new_ids("span", 1)[0] > sid


def test_other_clients_hear_of_committed_writes_only(url):  # noqa: ANN001
    """The notice goes after the COMMIT (not inside the transaction, where it serialised every
    writer's commit): a rolled-back write tells nobody, a committed one is heard."""
    a, b = Project.open(url), Project.open(url)
    try:
        d = a.document_id("a")
        assert b.store.poll_external() is None  # b listens from here
        with pytest.raises(RuntimeError), a.store.transaction():
            Session(a, "alice").add_span(d, 0, 4, "TITLE")
            raise RuntimeError("changed my mind")
        time.sleep(0.5)
        assert b.store.poll_external() is None
        Session(a, "alice").add_span(d, 0, 4, "TITLE")
        deadline, heard = time.monotonic() + 5, None
        while heard is None and time.monotonic() < deadline:
            heard = b.store.poll_external()
            time.sleep(0.05)
        assert heard is not None and d in heard.documents and "alice" in heard.layers
    finally:
        a.close()
        b.close()
