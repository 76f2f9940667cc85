"""Bulk writes of the store (issue 13): what a bulk insert sets aside to go fast (the count
triggers of schema 4) comes out exactly as row-by-row writing would leave it."""

from __future__ import annotations

from pathlib import Path

import pytest

from civannot.models.migrations import VOTED_LABELS, has_span_counts
from civannot.preannotate.runner import preannotate_project
from civannot.project import Project
from civannot.records import DocumentInput, LayerInput, Span
from civannot.store import AddSpan, SpanRow, StoreError
from civannot.store import store as store_mod

SENTENCE = "2023年5月3日，岚溪县委书记谢若溪在滨河公园检查创建工作。"
TRUTH = [(0, 9, "DATE"), (10, 14, "ORG"), (14, 16, "TITLE"), (16, 19, "PERSON")]


def items(n: int, layer: str, start: int = 0) -> list[tuple[DocumentInput, list[LayerInput]]]:
    out = []
    for i in range(start, start + n):
        text = f"（{i:05d}）" + SENTENCE * 3
        spans = [
            Span(7 + k * len(SENTENCE) + s, 7 + k * len(SENTENCE) + e, lab,
                 text[7 + k * len(SENTENCE) + s : 7 + k * len(SENTENCE) + e])
            for k in range(3)
            for s, e, lab in TRUTH
        ]  # fmt: skip
        out.append((DocumentInput(f"d{i:05d}", text), [LayerInput(layer, spans, done=True)]))
    return out


def counts(project: Project) -> tuple[dict, dict]:
    """span_count and learned_vote as stored, and as the spans say."""
    db = project.db
    kept = {
        (lid, lab): (n, ch)
        for lid, lab, n, ch in db.execute_sql("SELECT layer_id, label, n, changes FROM span_count")
        if n
    }
    truth = {
        (lid, lab): n
        for lid, lab, n in db.execute_sql(
            "SELECT layer_id, label, COUNT(*) FROM span GROUP BY layer_id, label"
        )
    }
    assert {k: n for k, (n, _) in kept.items()} == truth
    votes = {(t, lab): n for t, lab, n in db.execute_sql("SELECT * FROM learned_vote") if n}
    marks = ", ".join("?" for _ in VOTED_LABELS)
    want = {
        (t, lab): n
        for t, lab, n in db.execute_sql(
            "SELECT s.text, s.label, COUNT(*) FROM span s JOIN layer l ON l.id = s.layer_id "
            f"WHERE l.kind != 'auto' AND s.label IN ({marks}) GROUP BY s.text, s.label",
            VOTED_LABELS,
        )
    }
    assert votes == want
    return kept, votes


def triggers(project: Project) -> set[str]:
    rows = project.db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    return {r[0] for r in rows}


@pytest.fixture()
def project(tmp_path: Path, monkeypatch) -> Project:
    monkeypatch.setattr(store_mod, "BULK_ROWS", 50)  # small files take the bulk path too
    p = Project.create(tmp_path / "p.civ")
    if not has_span_counts(p.db):
        p.close()
        pytest.skip("no count triggers on this backend (PostgreSQL counts with GROUP BY)")
    yield p
    p.close()


def test_bulk_insert_counts_as_row_by_row_would(project, monkeypatch) -> None:
    before = triggers(project)
    project.import_batch(items(30, "ann1"))  # 360 spans, bulk
    project.import_batch(items(2, "ann1", start=30))  # 24 spans, row by row
    project.import_batch(items(30, "ann2", start=10))  # new and stored documents, bulk
    preannotate_project(project, processes=1)  # the auto layer: counted, never voted
    kept, votes = counts(project)
    assert triggers(project) == before
    assert votes and all(lab in VOTED_LABELS for _, lab in votes)
    # `changes` moved once per span written, as the triggers move it
    ann1 = project.layer_id("ann1")
    assert sum(ch for (lid, _), (_, ch) in kept.items() if lid == ann1) == 32 * 12


def _sixty_orgs_beside_ann1(project, key: str):
    """A project of ten documents with ann1's spans, and 60 one-character ORG spans for ann3 on
    document `key`: (triggers and counts before, document id, its text, a uid ann1 took, ops)."""
    project.import_batch(items(10, "ann1"))
    before = triggers(project), counts(project)
    d = project.document_id(key)
    text = project.document(d).text
    taken = project.spans(d, "ann1")[0].uid
    ids = project.store.new_ids("span", 60)
    ops = [
        AddSpan(SpanRow(i, f"{i:032x}", d, "ann3", k, k + 1, "ORG", text[k : k + 1]))
        for k, i in enumerate(ids)
    ]
    return before, d, text, taken, ops


def test_a_refused_bulk_insert_leaves_triggers_and_counts(project) -> None:
    before, d, text, taken, ops = _sixty_orgs_beside_ann1(project, "d00003")
    # the last row's uid is taken: the database refuses it after the triggers were dropped
    last = ops[-1].row
    ops[-1] = AddSpan(SpanRow(last.id, taken, d, "ann3", 70, 71, "ORG", text[70:71]))
    with pytest.raises(StoreError, match="refused"):
        project.store.apply(ops, description="bulk", author="ann3")
    assert (triggers(project), counts(project)) == before
    assert project.spans(d, "ann3") == []


def test_span_json_is_the_history_encoding() -> None:
    """The import's history writes each span's JSON directly: the same text as encoding its
    dictionary (readers of the history parse either)."""
    import json
    import random

    from civannot.store.store import span_json

    rng = random.Random(5)
    pieces = ["周明远", '"q"', "\\\\", "\u2028", "𠮷", "\x01", "a", "\n"]
    for i in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        row = SpanRow(
            i,
            rng.choice([f"{i:032x}", "周"]),
            rng.randint(1, 9),
            rng.choice(["ann1", "作者"]),
            i,
            i + len(text),
            rng.choice(["ORG", "PERSON\u2029"]),
            text,
            rng.choice(["manual", "suggestion"]),
            rng.choice(["", "ann1", '"x"']),
            rng.choice([None, None, 0.25, 1e-9]),
            rng.choice(["", "", "rule:a"]),
        )
        want = json.dumps(row.to_json(), ensure_ascii=False)
        assert span_json(row) == want


@pytest.mark.parametrize("same", [False, True])
@pytest.mark.parametrize("n", [0, 1, 7, 8, 9, 8 * 3 + 5])
def test_multi_row_inserts_write_every_row_in_order(
    tmp_path: Path, monkeypatch, n: int, same: bool
) -> None:
    """insert_all's blocks of ROWS_PER_INSERT rows and the rest one by one: every row is
    written once, in order, whatever n is against the block size, with the columns given once
    for all rows (`same`) in each of them."""
    monkeypatch.setattr(store_mod, "ROWS_PER_INSERT", 8)
    p = Project.create(tmp_path / "m.civ")
    try:
        H = p.m.SpanHistory
        cols = (H.document, H.after, H.uid, H.action, H.layer, H.author, H.source, H.at)
        stamp = p.store._stamp()
        common = ("note", "ann", "ann", "test", stamp)
        rows = [(i, f'"{i}"', f"{i:032x}") for i in range(n)]
        with p.store.transaction():
            if same:
                store_mod.insert_all(p.db, p.db.cursor(), H, cols, rows, common)
            else:
                whole = [r + common for r in rows]
                store_mod.insert_all(p.db, p.db.cursor(), H, cols, whole)
        got = list(
            H.select(H.document, H.after, H.uid, H.action, H.layer, H.author, H.source)
            .order_by(H.id)
            .tuples()
        )
        assert got == [r + common[:4] for r in rows]
    finally:
        p.close()


def test_a_refusal_inside_a_block_of_rows_writes_none_of_the_batch(project, monkeypatch) -> None:
    """A bad row in the middle of a multi-row INSERT: the whole write is refused, the rows of
    the blocks before it and of its own block are not left behind."""
    monkeypatch.setattr(store_mod, "ROWS_PER_INSERT", 16)
    before, d, _, taken, ops = _sixty_orgs_beside_ann1(project, "d00004")
    bad = ops[37].row  # in the third block of 16
    ops[37] = AddSpan(SpanRow(bad.id, taken, d, "ann3", bad.start, bad.end, "ORG", bad.text))
    with pytest.raises(StoreError, match="refused"):
        project.store.apply(ops, description="bulk", author="ann3")
    assert (triggers(project), counts(project)) == before
    assert project.spans(d, "ann3") == []
