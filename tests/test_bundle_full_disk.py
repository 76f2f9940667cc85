"""Issue 20: bundle export and import onto a full disk — one line, nothing half-written.

A full disk is simulated with SQLite's max_page_count, which makes every further write fail
with SQLITE_FULL ("database or disk is full"), as a full file system does."""

from __future__ import annotations

import pytest

from civannot.bundle import export_bundle
from civannot.cli import main
from civannot.project import Project
from civannot.session import Session
from tests.test_bundle import build_lead, dump
from tests.test_bundle_versions import edit

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def lead(tmp_path):
    from civannot.assignment import assign_project

    p = build_lead(tmp_path)
    assign_project(p, ["bob"], 0.0, seed=1)
    yield p
    p.close()


def fill(project: Project) -> None:
    pages = project.db.execute_sql("PRAGMA page_count").fetchone()[0]
    project.db.execute_sql(f"PRAGMA max_page_count = {pages}")


def test_import_onto_a_full_disk_is_one_line_and_changes_nothing(lead, tmp_path, capsys):
    out = tmp_path / "bob.civ"
    export_bundle(lead, "bob", out)
    edit(out, "bob", lambda s, docs: [s.add_span(d, 8, 10, "DATE") for d in docs])
    lead.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = dump(lead)
    path = str(lead.path)
    lead.close()
    real_open = Project.open.__func__  # type: ignore[attr-defined]

    def full_open(cls, p, **kw):  # noqa: ANN001, ANN202
        project = real_open(cls, p, **kw)
        if str(p) == path:
            fill(project)
        return project

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Project, "open", classmethod(full_open))
        assert main(["bundle", "import", path, str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "full" in err[0], err
    assert dump(Project.open(path)) == before


def test_export_onto_a_full_disk_is_one_line_and_leaves_no_file(lead, tmp_path, capsys):
    real_create = Project.create.__func__  # type: ignore[attr-defined]

    def full_create(cls, p, schema=None, **kw):  # noqa: ANN001, ANN202
        project = real_create(cls, p, schema, **kw)
        if kw.get("kind") == "bundle":
            fill(project)
        return project

    path = str(lead.path)
    lead.close()
    out = tmp_path / "bob.civ"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Project, "create", classmethod(full_create))
        assert main(["bundle", "export", path, "--annotator", "bob", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "full" in err[0], err
    assert not out.exists()
    assert not list(tmp_path.glob("bob.civ*"))
    # and with room again it works
    with Project.open(path) as p:
        export_bundle(p, "bob", out)
        Session(p, "lead")
