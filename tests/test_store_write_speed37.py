"""The bulk write without SQLite's statement journal (session 37): insert_all's blocks are
INSERT OR FAIL, which stores the same rows as the default (ABORT) and, when a row fails,
leaves nothing either once Store.transaction has rolled back (the transaction, or a nested
call's savepoint); Project.replace_layer_rows' steps join its transaction without savepoints
of their own (Store.transaction(savepoints=False)), as it is written whole or not at all."""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from civannot.preannotate.runner import preannotate_project
from civannot.project import Project
from civannot.records import AUTO_LAYER, DocumentInput
from civannot.store import Store, StoreError
from civannot.store import store as store_module

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from bench_preannotate import article  # noqa: E402  (the dense fictional articles of the bench)

pytestmark = pytest.mark.sqlite_only

SPAN_SQL = (
    'SELECT s.document_id, l.name, s.start, s."end", s.label, s.text, s.origin, s.author, '
    "s.confidence, s.provenance FROM span s JOIN layer l ON l.id = s.layer_id "
    "ORDER BY s.document_id, s.id"
)
RELATION_SQL = (
    "SELECT r.document_id, r.type, h.start, h.label, t.start, t.label, r.provenance, "
    "r.confidence FROM relation r JOIN span h ON h.id = r.head_id JOIN span t ON t.id = "
    "r.tail_id ORDER BY r.document_id, r.id"
)


def project_of(path: Path, n: int, seed: int = 5) -> Project:
    rng = random.Random(seed)
    p = Project.create(path)
    p.import_batch([(DocumentInput(f"d{i:03d}", article(rng)), []) for i in range(n)])
    return p


def kept(p: Project) -> dict[str, list[tuple[Any, ...]]]:
    """The rows and counts a write leaves (ids, uids and times aside)."""
    q = p.db.execute_sql
    return {
        "spans": list(q(SPAN_SQL)),
        "relations": list(q(RELATION_SQL)),
        "span_count": sorted(q("SELECT * FROM span_count")),
        "learned_vote": sorted(q("SELECT * FROM learned_vote")),
        "counter": sorted(q("SELECT * FROM counter")),
    }


def aborting(monkeypatch: pytest.MonkeyPatch) -> None:
    """The write as it was before session 37: insert_all's statements with the default
    conflict resolution, and a savepoint for every nested call of the store."""
    plain = store_module._insert_sql_block

    def block(*a: Any) -> str:
        return plain(*a).replace("INSERT OR FAIL INTO", "INSERT INTO", 1)

    monkeypatch.setattr(store_module, "_insert_sql_block", block)
    transaction = Store.transaction

    def with_savepoints(self: Store, **kw: Any) -> Any:
        return transaction(self, **{**kw, "savepoints": True})

    monkeypatch.setattr(Store, "transaction", with_savepoints)


@contextmanager
def statements(p: Project) -> Iterator[list[str]]:
    """The SQL the connection runs inside the block."""
    seen: list[str] = []
    conn = p.db.connection()
    conn.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        conn.set_trace_callback(None)


@pytest.mark.parametrize("n", [3, 40])  # the count triggers kept (few rows), set aside (many)
def test_or_fail_stores_what_the_default_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    fast = project_of(tmp_path / "fail.civ", n)
    for _ in range(2):  # a first run and a rerun
        preannotate_project(fast, processes=1)
    aborting(monkeypatch)
    slow = project_of(tmp_path / "abort.civ", n)
    for _ in range(2):
        preannotate_project(slow, processes=1)
    assert store_module._insert_sql_block(slow.m.Span, (slow.m.Span.id,), 0, 1).startswith(
        "INSERT INTO"
    )
    assert kept(fast) == kept(slow)
    assert kept(fast)["spans"] and kept(fast)["relations"]
    fast.close()
    slow.close()


def test_the_bulk_insert_is_or_fail_on_sqlite(tmp_path: Path) -> None:
    p = project_of(tmp_path / "sql.civ", 1)
    S = p.m.Span
    assert store_module._insert_sql_block(S, (S.id, S.uid, S.layer), 1, 2).startswith(
        'INSERT OR FAIL INTO "span"'
    )
    assert store_module._insert_sql_block(S, (S.id, S.uid), 0, 2).startswith(
        'INSERT OR FAIL INTO "span"'
    )
    p.close()


def repeated_uid(monkeypatch: pytest.MonkeyPatch, at: int) -> None:
    """new_uids hands out a uid twice (the `at`-th is the first's again): the unique index on
    span.uid refuses that row, in the middle of an INSERT's block of rows."""
    fresh = store_module.new_uids

    def uids(n: int) -> list[str]:
        out = fresh(n)
        if n > at:
            out[at] = out[0]
        return out

    monkeypatch.setattr(store_module, "new_uids", uids)


def suggestions(p: Project) -> list[tuple[int, list[Any], list[Any]]]:
    """Rows as a run's workers send them: a made-up span or two per document."""
    return [
        (d.id, [(0, 2, "PERSON", None, "r1"), (3, 5, "ORG", 0.5, "r2")], [])
        for d in p.documents(raw=False)
    ]


def test_a_row_refused_mid_statement_leaves_none_of_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows before the refused one were written by the same statement (OR FAIL keeps them):
    the batch's transaction takes them back with the rest."""
    p = project_of(tmp_path / "refused.civ", 300)
    before = kept(p)
    repeated_uid(monkeypatch, 250)  # in the third block of ROWS_PER_INSERT rows
    with pytest.raises(StoreError, match="UNIQUE"):
        p.replace_layer_rows(AUTO_LAYER, suggestions(p), origin="suggestion")
    assert kept(p)["spans"] == before["spans"] == []
    assert kept(p)["span_count"] == before["span_count"]
    p.close()


def test_a_refused_nested_write_leaves_nothing_when_the_caller_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """add_rows inside a caller's transaction that catches its refusal and commits what else
    it wrote: the refused call's savepoint took back the rows its statement had written."""
    p = project_of(tmp_path / "nested.civ", 300)
    rows = suggestions(p)
    with p.store.transaction():
        p.store.add_rows(
            "alice", rows[:1], origin="manual", author="alice", description="one",
            source="test",
        )  # fmt: skip
        with monkeypatch.context() as m:
            repeated_uid(m, 250)
            with pytest.raises(StoreError, match="UNIQUE"):
                p.store.add_rows(
                    "alice", rows[1:], origin="manual", author="alice", description="rest",
                    source="test",
                )  # fmt: skip
    spans = kept(p)["spans"]
    assert [s[0] for s in spans] == [rows[0][0], rows[0][0]]
    counts = dict(((lid, label), n) for lid, label, n, _ in kept(p)["span_count"])
    assert sorted(counts.values()) == [1, 1]
    p.close()


def test_a_batchs_steps_open_no_savepoint(tmp_path: Path) -> None:
    p = project_of(tmp_path / "joined.civ", 30)
    preannotate_project(p, processes=1)
    with statements(p) as seen:
        preannotate_project(p, processes=1)  # a rerun: the clearing deletes, then the writing
    assert any(s.startswith("DELETE") for s in seen)
    assert any(s.startswith("INSERT OR FAIL") for s in seen)
    assert not [s for s in seen if "SAVEPOINT" in s.upper()]
    p.close()


def test_a_batch_inside_a_callers_transaction_keeps_its_savepoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """replace_layer_rows nested in a caller's transaction, which catches its refusal and goes
    on: the batch's own savepoint takes back its clearing and its rows."""
    p = project_of(tmp_path / "inner.civ", 300)
    p.replace_layer_rows(AUTO_LAYER, suggestions(p)[:1], origin="suggestion")
    before = kept(p)
    with p.store.transaction():
        with monkeypatch.context() as m:
            repeated_uid(m, 250)
            with pytest.raises(StoreError, match="UNIQUE"):
                p.replace_layer_rows(AUTO_LAYER, suggestions(p), origin="suggestion")
        p.set_meta("after", 1)
    assert kept(p) == before
    assert p.get_meta("after") == 1
    p.close()
