"""Store.add_rows, the writer of pre-annotation (issue 13): suggestions handed over as plain
tuples land exactly as the Span path (Project.replace_layer, AddSpan ops) wrote them, with the
same checks, the same history and a change that reaches the bus."""

from __future__ import annotations

import copy
import os
import random
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import peewee as pw
import pytest

from civannot.preannotate.engine import suggest
from civannot.preannotate.runner import CHUNK, learn_lexicon, preannotate_project
from civannot.project import Project
from civannot.records import AUTO_LAYER, DocumentInput, Span
from civannot.store import Change, Op, RemoveRelation, RemoveSpan, StoreError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from bench_preannotate import article  # noqa: E402  (the dense fictional articles of the bench)

TEXT = "2023年5月3日，岚溪县委书记谢若溪在滨河公园检查工作。市长李华出席。"
# (start, end, label) of TEXT
UID = re.compile(r'"uid": "[0-9a-f]{32}"')
DATE, ORG, TITLE, PERSON = (0, 9, "DATE"), (10, 14, "ORG"), (14, 18, "TITLE"), (18, 21, "PERSON")


def projects(tmp_path: Path, texts: list[str]) -> tuple[Project, Project]:
    out = []
    for name in ("rows.civ", "spans.civ"):
        p = Project.create(tmp_path / name)
        p.import_batch([(DocumentInput(f"d{i:04d}", t), []) for i, t in enumerate(texts)])
        out.append(p)
    return out[0], out[1]


def through_spans(project: Project) -> None:
    """Pre-annotation as it was written before add_rows: a Span per suggestion, replace_layer
    (AddSpan/AddRelation through Store.apply), in batches of CHUNK documents."""
    lexicon = learn_lexicon(project)
    docs = [(d.id, d.text) for d in project.documents(raw=False)]
    # the old suggestions removed as replace_layer removed them: an operation per row
    store = project.store
    old_rels = store.current_relations({d for d, _ in docs}, {AUTO_LAYER})
    old_spans = store.current_spans({d for d, _ in docs}, {AUTO_LAYER})
    ops: list[Op] = [RemoveRelation(r) for r in old_rels.values()]
    ops += [RemoveSpan(r) for r in old_spans.values()]
    if ops:
        store.apply(ops, description="Clear auto", author="auto", source="replace", history=False)
    for i in range(0, len(docs), CHUNK):
        batch: dict[int, Any] = {}
        for doc_id, text in docs[i : i + CHUNK]:
            sug = suggest(text, lexicon=lexicon)
            spans = [
                Span(s.start, s.end, s.label, text[s.start : s.end], "suggestion", "auto", None,
                     s.confidence, provenance=rule)
                for s, rule in zip(sug.spans, sug.rules, strict=True)
            ]  # fmt: skip
            rels = [(*r, rule) for r, rule in zip(sug.relations, sug.relation_rules, strict=True)]
            batch[doc_id] = (spans, rels)
        project.replace_layer(AUTO_LAYER, batch, texts=dict(docs[i : i + CHUNK]))


def stored(project: Project) -> dict[str, list[tuple[Any, ...]]]:
    """Everything the auto layer and its bookkeeping hold, uids and times aside."""
    db = project.db
    q = db.execute_sql
    out = {
        "spans": list(q(
            'SELECT s.id, s.document_id, l.name, s.start, s."end", s.label, s.text, s.origin, '
            "s.author, s.confidence, s.provenance, s.uid IS NOT NULL FROM span s "
            "JOIN layer l ON l.id = s.layer_id ORDER BY s.id"
        )),
        "relations": list(q(
            "SELECT r.id, r.document_id, l.name, r.type, r.head_id, r.tail_id, r.author, "
            "r.confidence, r.provenance, r.uid IS NOT NULL FROM relation r "
            "JOIN layer l ON l.id = r.layer_id ORDER BY r.id"
        )),
        "history": [
            tuple(UID.sub('"uid": "U"', v) if isinstance(v, str) else v for v in row)
            for row in q(
                "SELECT document, layer, span_id, action, before, after, author, source, "
                "uid IS NOT NULL FROM span_history ORDER BY id"
            )
        ],
    }  # fmt: skip
    if isinstance(db, pw.SqliteDatabase):  # what only a project file keeps
        out["counts"] = list(q("SELECT * FROM span_count WHERE n != 0 ORDER BY 1, 2"))
        out["votes"] = list(q("SELECT * FROM learned_vote WHERE n != 0 ORDER BY 1, 2"))
        out["counter"] = list(q("SELECT * FROM counter ORDER BY name"))
    return out


def test_suggestions_land_as_the_span_path_wrote_them(tmp_path: Path) -> None:
    rng = random.Random(13)
    texts = [article(rng) for _ in range(260)] + [TEXT, "无"]
    rows, spans = projects(tmp_path, texts)
    try:
        summary = preannotate_project(rows, processes=1)
        through_spans(spans)
        a, b = stored(rows), stored(spans)
        assert summary["spans"] == len(a["spans"]) > 260 * 40
        assert summary["relations"] == len(a["relations"]) > 260 * 20
        for key in a:
            assert a[key] == b[key], key
        # a second run replaces the suggestions (the stored ones are read, removed, rewritten)
        preannotate_project(rows, processes=1)
        through_spans(spans)
        a, b = stored(rows), stored(spans)
        for key in a:
            assert a[key] == b[key], key
        uids = [r[0] for r in rows.db.execute_sql("SELECT uid FROM span")]
        assert len(set(uids)) == len(uids) == len(a["spans"])
    finally:
        rows.close()
        spans.close()


def test_other_layers_keep_the_history_the_span_path_writes(tmp_path: Path) -> None:
    texts = [TEXT, TEXT + "二"]
    rows, spans = projects(tmp_path, texts)
    try:
        ids = [d.id for d in rows.documents()]
        content = {
            ids[0]: ([(*DATE, 0.5, "r.date"), (*PERSON, None, ""), (*TITLE, None, "")],
                     [("HOLDS_TITLE", 1, 2, "r.holds")]),
            ids[1]: ([(*ORG, None, "")], []),
        }  # fmt: skip
        for source in ("replace", "import:x"):
            rows.replace_layer_rows(
                "ann", [(d, s, r) for d, (s, r) in content.items()], origin="manual", source=source
            )
            spans.replace_layer(
                "ann",
                {
                    d: ([Span(s, e, lab, TEXT[s:e], "manual", "", None, c, provenance=pv)
                         for s, e, lab, c, pv in sp], rel)
                    for d, (sp, rel) in content.items()
                },
                source=source,
            )  # fmt: skip
        a, b = stored(rows), stored(spans)
        assert [h[3] for h in a["history"]].count("add") == 4
        assert [h[3] for h in a["history"]].count("import") == 2
        for key in a:
            assert a[key] == b[key], key
    finally:
        rows.close()
        spans.close()


def test_refusals_leave_nothing_written(tmp_path: Path) -> None:
    p = Project.create(tmp_path / "p.civ")
    try:
        p.import_batch([(DocumentInput("a", TEXT), [])])
        doc = next(iter(p.documents())).id
        p.replace_layer_rows(AUTO_LAYER, [(doc, [(*PERSON, None, "")], [])], origin="suggestion")
        before = stored(p)
        bad = {
            "lies outside the text": ([(30, 99, "DATE", None, "")], []),
            "is not in the schema": ([(0, 2, "NOPE", None, "")], []),
            "would overlap ORG 10-14": ([(*ORG, None, ""), (12, 16, "PERSON", None, "")], []),
            "relation type 'NOPE'": ([(*PERSON, None, "")], [("NOPE", 0, 0, "")]),
            "names a span that is not": ([(*PERSON, None, "")], [("HOLDS_TITLE", 0, 3, "")]),
            "HOLDS_TITLE goes from PERSON to TITLE, not from ORG to DATE": (
                [(*ORG, None, ""), (*DATE, None, "")], [("HOLDS_TITLE", 0, 1, "")]),
        }  # fmt: skip
        for message, (sp, rel) in bad.items():
            with pytest.raises(StoreError, match=message):
                p.store.add_rows(
                    AUTO_LAYER, [(doc, sp, rel)], origin="suggestion", author="auto",
                    description="x", source="x", history=False,
                )  # fmt: skip
            assert stored(p) == before
        # against what the layer holds: the same span is not added twice, an overlap refused
        with pytest.raises(StoreError, match="PERSON 18-20 would overlap PERSON 18-21"):
            p.store.add_rows(
                AUTO_LAYER, [(doc, [(18, 20, "PERSON", None, "")], [])], origin="suggestion",
                author="auto", description="x", source="x",
            )  # fmt: skip
        with pytest.raises(StoreError, match="origin"):
            p.store.add_rows(
                AUTO_LAYER, [], origin="robot", author="a", description="x", source="x"
            )
        with pytest.raises(StoreError, match="no document 999"):
            p.store.add_rows(
                AUTO_LAYER, [(999, [], [])], origin="suggestion", author="a", description="x",
                source="x",
            )  # fmt: skip
        assert stored(p) == before
    finally:
        p.close()


def test_the_change_reaches_the_bus_and_lists_what_was_written(tmp_path: Path) -> None:
    p = Project.create(tmp_path / "p.civ")
    try:
        p.import_batch([(DocumentInput("a", TEXT), []), (DocumentInput("b", TEXT + "。"), [])])
        a, b = [d.id for d in p.documents()]
        p.replace_layer_rows(AUTO_LAYER, [(a, [(*PERSON, 0.9, "p")], [])], origin="suggestion")
        held = p.spans(a, AUTO_LAYER)[0]
        seen: list[Change] = []
        p.bus.subscribe(seen.append)
        p.store.add_rows(
            AUTO_LAYER,
            # PERSON again (held: named, not added), a duplicate TITLE (added once)
            [(a, [(*PERSON, None, ""), (*TITLE, 0.5, "t"), (*TITLE, 0.5, "t")],
              [("HOLDS_TITLE", 0, 1, "h"), ("HOLDS_TITLE", 0, 2, "h")])],
            origin="suggestion", author="auto", description="Suggest", source="test",
        )  # fmt: skip
        (change,) = seen
        assert (change.doc_id, change.layer, change.documents) == (a, AUTO_LAYER, {a})
        assert change.source == "test" and not change.empty
        want = {s.id: s for s in p.spans(a, AUTO_LAYER) if s.id != held.id}
        assert {s.id: s for s in change.spans_added} == want
        assert [s.label for s in want.values()] == ["TITLE"]
        (rel,) = p.relations(a, AUTO_LAYER)
        assert change.relations_added == [rel]
        assert (rel.head, rel.tail, rel.provenance) == (held.id, next(iter(want)), "h")
        # a change of several documents names them all; its lists are the rows written
        seen.clear()
        p.store.add_rows(
            AUTO_LAYER, [(a, [(*DATE, None, "")], []), (b, [(*DATE, None, "")], [])],
            origin="suggestion", author="auto", description="Suggest", source="test",
        )  # fmt: skip
        (change,) = seen
        twin = copy.copy(change)  # before its lists were built
        assert (change.doc_id, change.documents) == (None, {a, b})
        assert sorted((s.start, s.label) for s in change.spans_added) == [(0, "DATE")] * 2
        assert change.relations_added == []
        assert change.spans_added is change.spans_added  # built once
        assert twin.spans_added == change.spans_added and twin.relations_added == []
        with pytest.raises(AttributeError):
            change.no_such_field  # noqa: B018
    finally:
        p.close()


def test_clearing_a_layer_in_bulk_keeps_the_counts_and_says_what_went(tmp_path: Path) -> None:
    rng = random.Random(5)
    p = Project.create(tmp_path / "p.civ")
    try:
        p.import_batch([(DocumentInput(f"d{i}", article(rng)), []) for i in range(30)])
        preannotate_project(p, processes=1)
        ids = [d.id for d in p.documents()]
        # a people's layer too (its PERSON/TITLE/ORG spans are votes of the learned dictionary)
        rows = [
            (d, [(s.start, s.end, s.label, None, "") for s in p.spans(d, AUTO_LAYER)], [])
            for d in ids
        ]
        p.replace_layer_rows("ann", rows, origin="manual")
        seen: list[Change] = []
        p.bus.subscribe(seen.append)
        for layer in (AUTO_LAYER, "ann"):
            want_spans = {s.id for d in ids[:20] for s in p.spans(d, layer)}
            want_rels = {r.id for d in ids[:20] for r in p.relations(d, layer)}
            change = p.store.clear_layer(
                layer, ids[:20], description="Clear", author=layer, source="t", history=False
            )
            assert seen[-1] is change
            assert set(change.spans_removed) == want_spans and len(want_spans) > 20 * 20
            assert set(change.relations_removed) == want_rels
            assert (change.layer, change.documents) == (layer, set(ids[:20]))
            assert all(not p.spans(d, layer) and not p.relations(d, layer) for d in ids[:20])
            assert all(p.spans(d, layer) for d in ids[20:])
        if not isinstance(p.db, pw.SqliteDatabase):
            return  # the counts below are a project file's
        counts = {(lid, lab): n for lid, lab, n, _ in p.db.execute_sql("SELECT * FROM span_count")}
        truth = dict(((lid, lab), n) for lid, lab, n in p.db.execute_sql(
            "SELECT layer_id, label, COUNT(*) FROM span GROUP BY 1, 2"))  # fmt: skip
        assert {k: n for k, n in counts.items() if n} == truth
        votes = {(t, lab): n for t, lab, n in p.db.execute_sql("SELECT * FROM learned_vote") if n}
        truth = dict(((t, lab), n) for t, lab, n in p.db.execute_sql(
            "SELECT s.text, s.label, COUNT(*) FROM span s JOIN layer l ON l.id = s.layer_id "
            "WHERE l.kind != 'auto' AND s.label IN ('PERSON', 'TITLE', 'ORG') GROUP BY 1, 2"))  # fmt: skip
        assert votes == truth and votes
        # the count triggers are back
        names = {
            r[0] for r in p.db.execute_sql("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
        assert {"span_count_ad", "learned_vote_ad"} <= names
        # nothing left to clear: nothing announced
        n = len(seen)
        p.store.clear_layer(AUTO_LAYER, ids[:20], description="x", author="a", source="t",
                            history=False)  # fmt: skip
        assert len(seen) == n
    finally:
        p.close()


KILLED = """
import os, signal, sys
from civannot.preannotate.runner import preannotate_project
from civannot.project import Project
from civannot.store.store import Store

real = Store._write_rows
calls = []


def write(self, *a, **k):
    out = real(self, *a, **k)
    calls.append(1)
    if len(calls) == 2:  # the second batch: its old rows deleted, its new ones inserted
        os.kill(os.getpid(), signal.SIGKILL)
    return out


Store._write_rows = write
p = Project.open(sys.argv[1])
p.db.execute_sql("PRAGMA cache_size = 10")  # pages reach the file before the commit
preannotate_project(p, processes=1)
"""


@pytest.mark.sqlite_only
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_a_kill_in_a_rerun_keeps_every_batch_whole(tmp_path: Path) -> None:
    rng = random.Random(3)
    path = tmp_path / "k.civ"
    with Project.create(path) as p:
        p.import_batch([(DocumentInput(f"d{i}", article(rng)), []) for i in range(CHUNK + 40)])
        preannotate_project(p, processes=1)
        first = {d: len(p.spans(d, AUTO_LAYER)) for d in (x.id for x in p.documents())}
        before = stored(p)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run([sys.executable, "-c", KILLED, str(path)], env=env)
    assert proc.returncode == -signal.SIGKILL
    with Project.open(path) as p:
        after = stored(p)
        # the first batch was replaced (new ids), the killed one left as it was
        assert len(after["spans"]) == len(before["spans"])
        assert {d: len(p.spans(d, AUTO_LAYER)) for d in first} == first
        kept = [r for r in after["spans"] if r[0] <= before["spans"][-1][0]]
        assert len(kept) == sum(n for d, n in first.items() if d > CHUNK) > 0
        # the counts as the spans say (the count triggers, set aside, came back with the rollback)
        assert [r[:3] for r in after["counts"]] == [r[:3] for r in before["counts"]]
        names = {r[0] for r in p.db.execute_sql("SELECT name FROM sqlite_master")}
        assert {"span_count_ai", "span_count_ad", "learned_vote_ai", "learned_vote_ad"} <= names
        # killed while its batch wrote with foreign keys off: the file holds no dangling
        # reference and the connection enforces them
        assert list(p.db.execute_sql("PRAGMA foreign_key_check")) == []
        assert p.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        preannotate_project(p, processes=1)  # and it runs again
        assert {d: len(p.spans(d, AUTO_LAYER)) for d in first} == first
