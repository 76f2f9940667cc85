"""Bugs found in review of the core, each pinned by a test that failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import peewee as pw
import pytest
from helpers import TEXT_A, TEXT_B, layer_input, make_project

from civannot.importer import import_paths
from civannot.project import Project, ProjectError
from civannot.records import DocumentInput
from civannot.session import Session


class _RecordingPostgres(pw.PostgresqlDatabase):
    """Compiles queries as PostgreSQL would and records them, never connecting."""

    def __init__(self) -> None:
        super().__init__("civannot", autoconnect=False)
        self.sql: list[str] = []

    def execute_sql(self, sql: str, params: Any = None, commit: Any = None) -> Any:
        self.sql.append(sql)

        class Cursor:
            description = ()
            rowcount = 1

            def fetchone(self) -> Any:
                return None

            def fetchall(self) -> list:
                return []

            def __iter__(self) -> Any:
                return iter(())

            def close(self) -> None:
                pass

        return Cursor()


def test_meta_writes_compile_for_postgresql(tmp_path: Path) -> None:
    # INSERT OR REPLACE is SQLite only; peewee refuses it for PostgreSQL (team server).
    project = make_project(tmp_path, [])
    try:
        pg = _RecordingPostgres()
        project.m.ProjectMeta.bind(pg)
        project.set_meta("agreement", {"documents": 3})
        Session(project, "alice").set_meta("adjudication", {"x": 1})
        inserts = [s for s in pg.sql if s.startswith("INSERT")]
        assert len(inserts) == 2
        assert all("ON CONFLICT" in s for s in inserts)
    finally:
        project.m.ProjectMeta.bind(project.db)
        project.close()


def test_meta_upsert_still_replaces_on_sqlite(tmp_path: Path) -> None:
    project = make_project(tmp_path, [])
    with project:
        project.set_meta("agreement", {"v": 1})
        project.set_meta("agreement", {"v": 2})
        assert project.get_meta("agreement") == {"v": 2}
        s = Session(project, "alice")
        s.set_meta("agreement", {"v": 3})
        assert project.get_meta("agreement") == {"v": 3}
        s.undo()
        assert project.get_meta("agreement") == {"v": 2}


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def test_importing_the_same_jsonl_twice_adds_nothing(tmp_path: Path) -> None:
    # An existing id adds its layers; adding the very same spans again doubled every span
    # (overlapping entity spans in one layer) and every relation.
    project = make_project(tmp_path, [])
    rec = {
        "id": "a1",
        "text": TEXT_A,
        "annotators": ["alice"],
        "spans": [
            {"id": "s1", "start": 9, "end": 13, "label": "TITLE", "annotator": "alice"},
            {"id": "s2", "start": 13, "end": 16, "label": "PERSON", "annotator": "alice"},
        ],
        "relations": [{"type": "HOLDS_TITLE", "head": "s2", "tail": "s1"}],
    }
    f = _jsonl(tmp_path / "a.jsonl", [rec])
    with project:
        first = import_paths(project, [f])
        assert not first.refused, first.refused
        doc = project.document_id("a1")
        before = (project.spans(doc, "alice"), project.relations(doc, "alice"))
        assert len(before[0]) == 2 and len(before[1]) == 1
        again = import_paths(project, [f])
        assert not again.refused
        assert (project.spans(doc, "alice"), project.relations(doc, "alice")) == before
        # a record bringing one more span for the same layer keeps the first two once
        rec["spans"].append({"start": 0, "end": 6, "label": "DATE", "annotator": "alice"})
        import_paths(project, [_jsonl(tmp_path / "b.jsonl", [rec])])
        spans = project.spans(doc, "alice")
        assert [(s.start, s.end, s.label) for s in spans] == [
            (0, 6, "DATE"),
            (9, 13, "TITLE"),
            (13, 16, "PERSON"),
        ]
        assert len(project.relations(doc, "alice")) == 1
        assert project.status(doc, "alice") == "done"


def test_batch_plain_document_then_same_id_with_layers(tmp_path: Path) -> None:
    # A plain document waits for a bulk insert at the end of the batch; a later item naming
    # the same id must add its layers to it, not be dropped as a duplicate of itself.
    project = make_project(tmp_path, [])
    with project:
        items = [
            (DocumentInput(external_id="x", text=TEXT_B), []),
            (
                DocumentInput(external_id="x", text=TEXT_B),
                [layer_input("bob", TEXT_B, [(0, 5, "GPE")])],
            ),
        ]
        rep = project.import_batch(items)
        assert rep.imported == ["x"] and rep.duplicates == [] and rep.layers_added == 1
        doc = project.document_id("x")
        assert [(s.start, s.end, s.label) for s in project.spans(doc, "bob")] == [(0, 5, "GPE")]
        assert project.status(doc, "bob") == "done"


def test_batch_plain_document_then_same_id_other_text_is_refused(tmp_path: Path) -> None:
    # Used to escape as an sqlite IntegrityError (a traceback from `civannot import`).
    project = make_project(tmp_path, [])
    with project:
        items = [
            (DocumentInput(external_id="x", text=TEXT_B), []),
            (
                DocumentInput(external_id="x", text=TEXT_A),
                [layer_input("bob", TEXT_A, [(0, 6, "DATE")])],
            ),
        ]
        with pytest.raises(ProjectError, match="text differs"):
            project.import_batch(items)
        assert project.document_count() == 0


def test_txt_and_jsonl_naming_the_same_id_in_one_import(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT_B, "utf-8")
    rec = {
        "id": "a",
        "text": TEXT_B,
        "annotators": ["bob"],
        "spans": [{"start": 0, "end": 5, "label": "GPE", "annotator": "bob"}],
    }
    _jsonl(folder / "b.jsonl", [rec])
    project = make_project(tmp_path, [])
    with project:
        result = import_paths(project, [folder])
        assert not result.refused, result.refused
        doc = project.document_id("a")
        assert [(s.start, s.end) for s in project.spans(doc, "bob")] == [(0, 5)]


def test_lock_on_an_unwritable_file_is_a_project_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A read-only project file (or one on a read-only medium) gave a PermissionError
    # traceback instead of the one-line reason every command prints. Reading still works;
    # a write says what is wrong.
    path = tmp_path / "p.civ"
    Project.create(path).close()
    import os

    real_open = os.open

    def deny(p: Any, flags: int, *a: Any) -> int:
        if str(p).startswith(str(path)) and flags & os.O_RDWR:
            raise PermissionError(13, "Permission denied", str(p))
        return real_open(p, flags, *a)

    monkeypatch.setattr(os, "open", deny)
    with Project.open(path) as p:
        assert p.document_count() == 0
        with pytest.raises(ProjectError, match=r"cannot write to .*p\.civ.*must be writable"):
            p.set_meta("x", 1)


def test_duplicate_report_names_the_file_id_and_the_stored_one(tmp_path: Path) -> None:
    # "a~2 (same text as a~2)" said nothing: the file's id is a, its text is stored as a~2.
    for folder, text in (("d1", TEXT_A), ("d2", TEXT_B)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(text, "utf-8")
    project = make_project(tmp_path, [])
    with project:
        import_paths(project, [tmp_path / "d1" / "a.txt"])
        import_paths(project, [tmp_path / "d2" / "a.txt"])
        again = import_paths(project, [tmp_path / "d2" / "a.txt"])
        assert again.report.duplicates == ["a (same text as a~2)"]
        assert project.document_count() == 2
