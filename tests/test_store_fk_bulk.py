"""The auto layer's bulk write with SQLite's foreign keys off (Store.transaction(
foreign_keys=False), Project.replace_layer_rows): the store checks the references of what it
writes once, in sets; a reference that is not there refuses the whole batch, the cascade the
foreign keys ran still runs, and the connection enforces them again afterwards."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from civannot.preannotate.runner import preannotate_project
from civannot.project import Project
from civannot.records import AUTO_LAYER, DocumentInput
from civannot.store import StoreError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from bench_preannotate import article  # noqa: E402

pytestmark = pytest.mark.sqlite_only


def enforced(p: Project) -> bool:
    return p.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def dangling(p: Project) -> list[tuple]:
    return list(p.db.execute_sql("PRAGMA foreign_key_check"))


def rows_of(p: Project, doc: int) -> tuple[list, list]:
    spans = sorted((s.start, s.end, s.label, s.uid) for s in p.spans(doc, AUTO_LAYER))
    rels = sorted((r.type, r.uid) for r in p.relations(doc, AUTO_LAYER))
    return spans, rels


@pytest.fixture()
def project(tmp_path: Path) -> Project:
    rng = random.Random(11)
    p = Project.create(tmp_path / "fk.civ")
    p.import_batch([(DocumentInput(f"d{i}", article(rng)), []) for i in range(12)])
    preannotate_project(p, processes=1)
    yield p
    p.close()


def test_the_bulk_write_leaves_every_reference_valid_and_keys_on(project) -> None:
    ids = [d.id for d in project.documents()]
    assert all(project.relations(d, AUTO_LAYER) for d in ids)
    preannotate_project(project, processes=1)  # a rerun: the suggestions replaced
    assert dangling(project) == []
    assert enforced(project)


def test_a_document_that_is_not_there_refuses_the_whole_batch(project) -> None:
    """The texts the caller holds name a document deleted meanwhile: the foreign key would
    have refused its spans; the set check does, and the batch's clearing of the other
    documents' suggestions is rolled back with it."""
    ids = [d.id for d in project.documents()]
    before = {d: rows_of(project, d) for d in ids}
    ghost = max(ids) + 100
    text = project.document(ids[0]).text
    content = [
        (ids[0], [(0, 2, "GPE", None, "t")], []),
        (ghost, [(0, 2, "GPE", None, "t"), (3, 5, "GPE", None, "t")], []),
    ]
    with pytest.raises(StoreError, match=f"no document {ghost}"):
        project.replace_layer_rows(
            AUTO_LAYER, content, origin="suggestion", texts={ids[0]: text, ghost: text}
        )
    assert {d: rows_of(project, d) for d in ids} == before
    assert project.db.execute_sql(
        "SELECT COUNT(*) FROM span WHERE document_id = ?", (ghost,)
    ).fetchone() == (0,)
    assert enforced(project)
    assert dangling(project) == []


def test_a_relation_naming_a_span_that_is_not_there_is_refused(project) -> None:
    store = project.store
    d = next(iter(project.documents())).id
    lid = project.layer_id(AUTO_LAYER)
    span = (10**9, "f" * 32, d, 0, 2, "GPE", "xx", None, "")
    rel = (10**9, "e" * 32, d, "HOLDS_TITLE", 10**9, 10**9 + 1, None, "")
    with store.transaction(foreign_keys=False):
        store._check_references("t", lid, [span], [], {})  # its own span: fine
        with pytest.raises(StoreError, match=f"names span {10**9 + 1}"):
            store._check_references("t", lid, [span], [rel], {})
        store._check_references("t", lid, [span], [rel], {10**9 + 1})  # one the layer holds
        with pytest.raises(StoreError, match="layer is not there"):
            store._check_references("t", lid + 1000, [span], [], {})
    assert enforced(project)


def test_the_cascade_still_takes_relations_of_other_layers(project) -> None:
    """A relation of another layer that names an auto suggestion (an older file may hold
    one) went with it by the foreign keys' cascade; with them off the store deletes it."""
    d = next(iter(project.documents())).id
    auto = project.spans(d, AUTO_LAYER)
    lid = project.layer_id("ann")
    with project.store.transaction():
        project.db.execute_sql(
            "INSERT INTO relation (id, uid, document_id, layer_id, type, head_id, tail_id, "
            "author, created, provenance) VALUES (?, ?, ?, ?, 'HOLDS_TITLE', ?, ?, 'ann', "
            "'2026-01-01 00:00:00', '')",
            (10**8, "a" * 32, d, lid, auto[0].id, auto[1].id),
        )
    preannotate_project(project, processes=1)
    assert dangling(project) == []
    assert project.db.execute_sql(
        "SELECT COUNT(*) FROM relation WHERE id = ?", (10**8,)
    ).fetchone() == (0,)


def test_other_writers_are_refused_while_keys_are_off(project) -> None:
    d = next(iter(project.documents())).id
    with pytest.raises(StoreError, match="without foreign keys"):
        with project.store.transaction(foreign_keys=False):
            project.store.set_assigned([(d, "ann")], True)
    with pytest.raises(StoreError, match="without foreign keys"):
        with project.store.transaction(foreign_keys=False):
            project.store.apply([], description="x", author="a")
    assert enforced(project)
    # joined by an enclosing transaction, the keys stay on: every writer may run
    with project.store.transaction():
        with project.store.transaction(foreign_keys=False):
            assert enforced(project)
            project.store.set_assigned([(d, "ann")], True)
