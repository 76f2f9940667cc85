"""Issue 12: offline team work that never loses an annotation."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from civannot.assignment import assign_project
from civannot.bundle import BundleError, export_bundle, import_bundles, merge_log, undo_merge
from civannot.cli import main
from civannot.project import Project
from civannot.session import Session
from tests.test_bundle import build_lead, dump, layer_state


@pytest.fixture
def lead(tmp_path):
    p = build_lead(tmp_path)
    assign_project(p, ["alice", "bob", "chen"], 0.5, seed=2)
    yield p
    p.close()


def edit(path: Path, annotator: str, fn) -> None:
    with Project.open(path) as b:
        s = Session(b, annotator)
        fn(s, b.assignments()[annotator])


def content(project: Project) -> list[tuple]:
    """Every span, relation and status of every layer, by document's external id."""
    out = []
    for d in project.text_lengths():
        ext = project.document(d).external_id
        for layer in sorted(set(project.layers()) | set(project.annotators())):
            spans = {s.id: (s.start, s.end, s.label) for s in project.spans(d, layer)}
            rels = sorted(
                (r.type, spans[r.head], spans[r.tail]) for r in project.relations(d, layer)
            )
            st = {k: v for k, v in project.statuses_of([d], layer).items() if v != "todo"}
            if spans or rels or st:  # an empty layer row is no content
                out.append((ext, layer, sorted(spans.values()), rels, st))
    return sorted(out, key=repr)


def test_an_older_copy_changes_nothing_and_says_so(lead, tmp_path):
    out = tmp_path / "bob.civ"
    export_bundle(lead, "bob", out)

    def monday(s, docs):
        s.add_span(docs[0], 8, 10, "DATE")
        s.set_status(docs[0], "done")

    edit(out, "bob", monday)
    shutil.copyfile(out, tmp_path / "bob-monday.civ")

    def friday(s, docs):
        for d in docs[1:]:
            s.add_span(d, 8, 10, "DATE")
            s.set_status(d, "done")

    edit(out, "bob", friday)
    friday_report = import_bundles(lead, [out]).bundles[0]
    assert friday_report.spans_added == len(lead.assignments()["bob"])
    before = content(lead)
    r = import_bundles(lead, [tmp_path / "bob-monday.civ"]).bundles[0]
    assert r.older.startswith("older than the copy merged on")
    assert not r.changed_anything
    assert content(lead) == before
    assert (
        "older than the copy merged on"
        in import_bundles(lead, [tmp_path / "bob-monday.civ"]).render()
    )


def test_a_copy_made_while_the_bundle_is_open_holds_all_committed_work(lead, tmp_path):
    out = tmp_path / "wang.civ"
    export_bundle(lead, "bob", out)
    b = Project.open(out)  # the annotator's window keeps it open
    try:
        s = Session(b, "bob")
        docs = b.assignments()["bob"]
        for d in docs:
            s.add_span(d, 8, 10, "DATE")
        s.set_status(docs[0], "done")
        assert not Path(f"{out}-wal").exists() or Path(f"{out}-wal").stat().st_size == 0
        shutil.copyfile(out, tmp_path / "copy.civ")  # by hand, the app still running
    finally:
        b.close()
    r = import_bundles(lead, [tmp_path / "copy.civ"]).bundles[0]
    assert r.spans_added == len(docs) and r.statuses_changed == 1


def _craft(path: Path, sql: str, params: tuple = ()) -> None:
    con = sqlite3.connect(path)
    con.execute(sql, params)
    con.commit()
    con.close()


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        (
            "UPDATE project_meta SET value = json_set(value, '$.annotator', 'gold') "
            "WHERE key = 'bundle'",
            "names its annotator 'gold'",
        ),
        ("UPDATE span SET start = 500, \"end\" = 503 WHERE label = 'DATE'", "outside the text"),
        ("UPDATE span SET start = 9, \"end\" = 8 WHERE label = 'DATE'", "outside the text"),
        ("UPDATE span SET text = '假文字' WHERE label = 'DATE'", "is not the document's"),
        ("UPDATE assignment SET status = 'pwned'", "pwned"),
        (
            'UPDATE project_meta SET value = \'{"spans": {"1": ["x"]}, "relations": [], '
            "\"status\": {}}' WHERE key = 'bundle_state'",
            "export baseline",
        ),
        ("UPDATE project_meta SET value = 'not json' WHERE key = 'bundle_state'", "baseline"),
    ],
)
def test_a_crafted_bundle_is_refused_whole(lead, tmp_path, sql, message):
    out = tmp_path / "bob.civ"
    export_bundle(lead, "bob", out)

    def work(s, docs):
        s.add_span(docs[0], 8, 10, "DATE")
        s.set_status(docs[0], "done")
        s.add_span(docs[1], 8, 10, "DATE")

    edit(out, "bob", work)
    _craft(out, sql)
    before = dump(lead)
    with pytest.raises(BundleError, match=message):
        import_bundles(lead, [out])
    assert dump(lead) == before


def test_a_merge_is_undone_from_the_cli(lead, tmp_path, capsys):
    out = tmp_path / "bob.civ"
    export_bundle(lead, "bob", out)
    before = content(lead)

    def work(s, docs):
        sid = s.add_span(docs[0], 8, 10, "DATE").spans_added[0].id
        s.relabel_span(sid, "ORG")
        s.set_status(docs[0], "done")

    edit(out, "bob", work)
    import_bundles(lead, [out])
    assert content(lead) != before
    (entry,) = merge_log(lead)
    assert entry["annotator"] == "bob" and entry["report"]["spans_added"] == 1
    path = lead.location
    lead.close()
    assert main(["bundle", "undo", path, "--last"]) == 0
    assert "undid merge" in capsys.readouterr().out
    with Project.open(path) as p:
        assert content(p) == before
        assert main(["bundle", "undo", path, "--last"]) == 2  # nothing left to undo
        # and the same copy merges again afterwards
        import_bundles(p, [out])
        assert content(p) != before


def test_undo_of_a_merge_is_refused_when_the_project_changed_the_same_span(lead, tmp_path):
    out = tmp_path / "bob.civ"
    export_bundle(lead, "bob", out)
    edit(out, "bob", lambda s, docs: s.add_span(docs[0], 8, 10, "DATE"))
    import_bundles(lead, [out])
    d = lead.assignments()["bob"][0]
    sid = next(x.id for x in lead.spans(d, "bob") if x.label == "DATE")
    Session(lead, "lead").relabel_span(sid, "ORG")
    with pytest.raises(BundleError, match="changed since"):
        undo_merge(lead)
    assert [x.label for x in lead.spans(d, "bob") if x.start == 8] == ["ORG"]


@pytest.mark.sqlite_only  # the file's writer lock; a server arbitrates by itself
def test_readers_run_beside_an_open_window_and_writers_exclude_each_other(lead, tmp_path):
    path = lead.location
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    cli = [sys.executable, "-m", "civannot"]
    s = Session(lead, "alice")  # the window: open, with a session
    s.add_span(lead.assignments()["alice"][0], 8, 10, "DATE")
    for cmd in (
        ["stats", path, "--json"],
        ["export", path, "--format", "jsonl", "--out", str(tmp_path / "ex"), "--layer", "alice"],
    ):
        done = subprocess.run(cli + cmd, capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
    # a CLI write while the window is between commands goes through, and the window notices
    art = tmp_path / "new.txt"
    art.write_text("市长李华到社区检查创建工作。", encoding="utf-8")
    seen = []
    lead.bus.subscribe(seen.append)
    lead.store.poll_external()
    done = subprocess.run(
        cli + ["import", path, str(art)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    change = lead.store.poll_external()
    assert change is not None and change.external and seen[-1] is change
    # while this process holds the writer lock for a long command, another writer is
    # refused after waiting, with a message naming this process
    with lead.writing():
        done = subprocess.run(
            cli + ["import", path, str(art)], capture_output=True, text=True, env=env, timeout=120
        )
    assert done.returncode != 0
    err = done.stderr.strip().splitlines()
    assert len(err) == 1 and "being written by another civannot process" in err[0]
    assert f"pid {os.getpid()}" in err[0]


def test_three_annotators_five_rounds_out_of_order_end_with_their_latest_work(lead, tmp_path):
    rng = random.Random(7)
    annotators = ["alice", "bob", "chen"]
    bundles = {a: tmp_path / f"{a}.civ" for a in annotators}
    for a in annotators:
        export_bundle(lead, a, bundles[a])
    copies: list[Path] = []
    labels = ["DATE", "ORG", "GPE", "TITLE"]
    for rnd in range(5):
        for a in annotators:

            def work(s, docs, rnd=rnd):
                for d in docs:
                    mine = s.project.spans(d, s.annotator)
                    choice = rng.random()
                    if mine and choice < 0.3:
                        s.remove_span(rng.choice(mine).id)
                    elif mine and choice < 0.5:
                        x = rng.choice(mine)
                        new = rng.choice([lb for lb in labels if lb != x.label])
                        try:
                            s.relabel_span(x.id, new)
                        except Exception:
                            pass
                    start = 8 + 2 * rnd
                    try:
                        s.add_span(d, start, start + 2, rng.choice(labels))
                    except Exception:
                        pass  # overlaps an earlier round's span
                    if rnd == 4 and rng.random() < 0.5:
                        s.set_status(d, "done")

            edit(bundles[a], a, work)
            copy = tmp_path / f"{a}-round{rnd}.civ"
            shutil.copyfile(bundles[a], copy)
            copies.append(copy)
        # the lead imports some copies as they arrive, some twice, some late
        arrived = rng.sample(copies, k=min(len(copies), 4))
        import_bundles(lead, arrived)
    rng.shuffle(copies)
    for c in copies + copies[:5]:
        import_bundles(lead, [c])
    for a in annotators:
        with Project.open(bundles[a]) as b:
            expected = layer_state(b, a)
        got = layer_state(lead, a)
        assert {k: v for k, v in got.items() if k in expected} == expected


CHILD = textwrap.dedent(
    """
    import sys
    from civannot.bundle import import_bundles
    from civannot.project import Project
    import civannot.store.store as st

    real = st.Store._write
    def slow(self, *a, **k):
        print("writing", flush=True)
        import time; time.sleep(0.2)
        return real(self, *a, **k)
    st.Store._write = slow
    p = Project.open(sys.argv[1])
    import_bundles(p, sys.argv[2:])
    print("done", flush=True)
    """
)


@pytest.mark.sqlite_only  # the child opens the file by name
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_kill_during_a_bundle_import_leaves_before_or_after(lead, tmp_path):
    out = tmp_path / "bob.civ"
    export_bundle(lead, "bob", out)

    def work(s, docs):
        for d in docs:
            s.add_span(d, 8, 10, "DATE")
            s.set_status(d, "done")

    edit(out, "bob", work)
    before = content(lead)
    path = lead.path
    lead.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(out)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "writing"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    with Project.open(path) as p:
        assert content(p) == before  # killed mid-merge: nothing of it
        import_bundles(p, [out])
        after = content(p)
    assert after != before


def test_a_merge_is_one_undo_step_in_the_window_session(lead, tmp_path):
    out = tmp_path / "bob.civ"
    export_bundle(lead, "bob", out)
    before = content(lead)
    edit(out, "bob", lambda s, docs: [s.add_span(d, 8, 10, "DATE") for d in docs])
    window = Session(lead, "lead")  # what the team dialog hands the merge to
    summary = import_bundles(lead, [out])
    window.adopt("Import 1 bundle(s)", summary.ops)
    assert window.can_undo and window.undo_text == "Import 1 bundle(s)"
    window.undo()
    assert content(lead) == before
    window.redo()
    assert content(lead) != before
