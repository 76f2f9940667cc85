"""Issue 14: a project on a PostgreSQL server, opened by URL (needs CIVANNOT_TEST_PG, which
.ci/run sets after starting a throw-away cluster; skipped without it)."""

from __future__ import annotations

import os
import uuid

import pytest

from civannot.cli import main
from civannot.models.database import describe_url, server_params
from civannot.project import Project, ProjectError
from civannot.records import DocumentInput, LayerInput, Span
from civannot.session import Session

PG = os.environ.get("CIVANNOT_TEST_PG")
needs_pg = pytest.mark.skipif(not PG, reason="CIVANNOT_TEST_PG not set (no test server)")


def fresh_url() -> str:
    assert PG is not None
    base = PG.split("?")[0].rsplit("/", 1)[0]
    return f"{base}/t_{uuid.uuid4().hex[:12]}"


def test_urls_never_show_a_password():
    url = "postgresql://lead:secret@db.example:5433/team?sslmode=require"
    assert describe_url(url) == "postgresql://lead@db.example:5433/team"
    p = server_params(url)
    assert (p["database"], p["host"], p["port"], p["user"]) == ("team", "db.example", 5433, "lead")
    with pytest.raises(ProjectError, match="names no database"):
        server_params("postgresql://host/")


@needs_pg
def test_create_write_and_read_a_server_project(capsys):
    url = fresh_url()
    assert main(["init", url]) == 0
    assert "secret" not in capsys.readouterr().out
    with Project.open(url) as p:
        p.import_batch(
            [
                (
                    DocumentInput("a", "市委书记王明远主持会议。"),
                    [LayerInput("alice", [Span(4, 7, "PERSON")], done=True)],
                )
            ]
        )
        d = p.document_id("a")
        s = Session(p, "alice")
        sid = s.add_span(d, 0, 4, "TITLE").spans_added[0].id
        s.add_relation("HOLDS_TITLE", p.spans(d, "alice")[1].id, sid)
        s.undo()
        s.redo()
        assert [(x.start, x.label) for x in p.spans(d, "alice")] == [(0, "TITLE"), (4, "PERSON")]
        assert p.completed("alice") == {d}
        assert p.search("王明远") == [d]
    assert main(["stats", url, "--json"]) == 0
    assert '"documents": 1' in capsys.readouterr().out


@needs_pg
def test_bad_urls_and_databases_are_one_line(capsys):
    url = fresh_url()
    with pytest.raises(ProjectError, match="holds no civannot project"):
        Project.create(url).close()  # creates the project...
        Project.open(url.rsplit("/", 1)[0] + "/postgres")  # ...but this database is not one
    assert main(["stats", url.rsplit(":", 1)[0] + ":1/x"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot connect" in err[0]


@needs_pg
def test_one_clients_change_reaches_the_others_bus():
    url = fresh_url()
    Project.create(url).close()
    a, b = Project.open(url), Project.open(url)
    try:
        a.import_batch([(DocumentInput("a", "市委书记王明远主持会议。"), [])])
        d = a.document_id("a")
        seen = []
        b.bus.subscribe(seen.append)
        assert b.store.poll_external() is None  # starts listening
        Session(a, "alice").add_span(d, 4, 7, "PERSON")
        import time

        deadline = time.monotonic() + 5
        change = None
        while change is None and time.monotonic() < deadline:
            change = b.store.poll_external()
            time.sleep(0.05)
        assert change is not None and change.external and d in change.documents
        assert "alice" in change.layers and seen == [change]
        assert a.store.poll_external() is None or not a.store.poll_external()  # not its own
        assert [s.text for s in b.spans(d, "alice")] == ["王明远"]
    finally:
        a.close()
        b.close()
