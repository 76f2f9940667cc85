"""preannotate_project() and the preannotate / evaluate commands on a small fictional project."""

from __future__ import annotations

import json

import pytest

from civannot.cli import main
from civannot.preannotate import preannotate_project
from civannot.project import Project
from civannot.records import DocumentInput, LayerInput, Span

TEXTS = {
    "a": "市委书记钱江出席会议并讲话。他强调，各部门要压实责任。田野参加会议。",
    "b": "市长孔敏主持会议。孔敏要求，要加强督查。田野作发言。",
    "c": "区长黄海涛到社区调研，要求要补齐短板。",
}


@pytest.fixture()
def project_path(tmp_path):
    path = tmp_path / "p.civ"
    p = Project.create(path)
    text = TEXTS["a"]
    i = text.index("田野")
    alice = LayerInput(
        "alice",
        spans=[Span(i, i + 2, "PERSON", "田野"), Span(0, 4, "TITLE", "市委书记")],
        done=True,
    )
    p.import_batch(
        [
            (DocumentInput("a", TEXTS["a"]), [alice]),
            (DocumentInput("b", TEXTS["b"]), []),
            (DocumentInput("c", TEXTS["c"]), []),
        ]
    )
    p.close()
    return path


def _auto(path):
    p = Project.open(path)
    try:
        ids = {d.external_id: d.id for d in p.document_infos()}
        return ids, p.layer_data("auto"), p.layer_data("alice")
    finally:
        p.close()


def test_writes_auto_layer_learns_and_keeps_people_layers(project_path):
    p = Project.open(project_path)
    seen = []
    try:
        summary = preannotate_project(p, progress=lambda d, t: seen.append((d, t)))
    finally:
        p.close()
    assert summary["documents"] == 3 and summary["lexicon"] == 2 and not summary["cancelled"]
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    ids, auto, alice = _auto(project_path)
    b_spans, b_rels = auto[ids["b"]]
    assert {s.text for s in b_spans if s.label == "PERSON"} >= {"孔敏", "田野"}  # 田野 learned
    assert all(s.origin == "suggestion" and s.confidence is not None for s in b_spans)
    assert any(r.type == "ISSUED_BY" for r in b_rels)
    assert len(alice[ids["a"]][0]) == 2  # untouched
    # re-running replaces, never duplicates
    p = Project.open(project_path)
    try:
        preannotate_project(p)
    finally:
        p.close()
    _, auto2, alice2 = _auto(project_path)
    assert sum(len(s) for s, _ in auto2.values()) == sum(len(s) for s, _ in auto.values())
    assert alice2[ids["a"]][0] == alice[ids["a"]][0]


def test_subset_pool_and_cancel(project_path):
    p = Project.open(project_path)
    try:
        ids = {d.external_id: d.id for d in p.document_infos()}
        preannotate_project(p, [ids["c"]], processes=2)
        assert set(p.layer_data("auto")) == {ids["c"]}
        res = preannotate_project(p, cancel=lambda: True)
        assert res["cancelled"] and set(p.layer_data("auto")) == {ids["c"]}  # nothing written
        with pytest.raises(ValueError, match="no document"):
            preannotate_project(p, [9999])
    finally:
        p.close()


def test_commands(project_path, capsys):
    assert main(["preannotate", str(project_path), "--doc", "b", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 1 and out["spans"] > 0
    assert main(["preannotate", str(project_path)]) == 0
    assert "3 documents pre-annotated" in capsys.readouterr().out
    assert main(["evaluate", str(project_path), "--gold", "alice", "--pred", "auto", "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["documents"] == 1 and res["labels"]["PERSON"]["exact"]["recall"] == 1.0
    assert main(["evaluate", str(project_path), "--gold", "alice", "--pred", "auto"]) == 0
    table = capsys.readouterr().out
    assert "PERSON" in table and "micro" in table


@pytest.mark.parametrize(
    "argv",
    [
        ["preannotate", "{p}", "--doc", "nope"],
        ["preannotate", "{dir}/missing.civ"],
        ["evaluate", "{p}", "--gold", "bob", "--pred", "auto"],
    ],
)
def test_bad_input_is_one_line(project_path, capsys, argv):
    argv = [a.format(p=project_path, dir=project_path.parent) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "error" in err


@pytest.mark.parametrize("processes", [1, 2])
def test_writes_in_batches_as_documents_finish(project_path, monkeypatch, processes):
    """Issue 20: suggestions go in batch by batch; a cancel keeps the batches already written
    (each its own transaction) and the summary counts what was written."""
    from civannot.preannotate import runner

    monkeypatch.setattr(runner, "CHUNK", 2)
    p = Project.open(project_path)
    written: list[set[int]] = []
    unsubscribe = p.bus.subscribe(lambda ch: written.append(set(ch.documents)))
    try:
        ids = [d.id for d in p.document_infos()]
        res = preannotate_project(p, processes=processes)
        assert res["documents"] == 3 and not res["cancelled"]
        # two batches (2 + 1 documents), each committed and announced on its own
        assert len(written) == 2 and set().union(*written) == set(ids)
        assert sorted(len(w) for w in written) == [1, 2]
        written.clear()

        def cancel() -> bool:
            return bool(written)  # once the first batch is in

        before = p.layer_data("auto")
        res = preannotate_project(p, cancel=cancel, processes=processes)
        assert res["cancelled"]
        assert res["documents"] == 2  # the first batch, written; the rest untouched
        after = p.layer_data("auto")

        def sigs(data: dict, doc: int) -> list[tuple[int, int, str]]:
            return [(s.start, s.end, s.label) for s in data[doc][0]]

        for doc in ids:  # the same suggestions, none lost
            assert sigs(after, doc) == sigs(before, doc)
        rewritten = {d for d in ids if [s.id for s in after[d][0]] != [s.id for s in before[d][0]]}
        assert len(rewritten) == 2  # the first batch was written anew, the last one untouched
    finally:
        unsubscribe()
        p.close()
