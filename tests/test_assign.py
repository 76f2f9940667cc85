from __future__ import annotations

import json

import pytest

from civannot.assignment import AssignmentError, assign_project, plan_assignments
from civannot.cli import main
from civannot.project import Project
from civannot.records import DocumentInput
from civannot.session import Session

LENGTHS = {i: 100 + (i * 37) % 900 for i in range(60)}


def loads(plan, lengths=LENGTHS):
    out: dict[str, int] = {}
    for d, names in plan.items():
        for a in names:
            out[a] = out.get(a, 0) + lengths[d]
    return out


def test_every_document_assigned_with_overlap_share_and_balance():
    plan = plan_assignments(LENGTHS, ["a", "b", "c"], 0.2, seed=7)
    assert set(plan) == set(LENGTHS)
    assert all(1 <= len(n) <= 2 and len(set(n)) == len(n) for n in plan.values())
    assert sum(1 for n in plan.values() if len(n) == 2) == 12  # 20 % of 60
    ld = loads(plan)
    # greedy LPT: the spread stays below the longest document
    assert max(ld.values()) - min(ld.values()) <= max(LENGTHS.values())
    assert plan == plan_assignments(LENGTHS, ["a", "b", "c"], 0.2, seed=7)
    assert plan != plan_assignments(LENGTHS, ["a", "b", "c"], 0.2, seed=8)


def test_rerun_keeps_existing_and_places_new_documents():
    first = plan_assignments(LENGTHS, ["a", "b", "c"], 0.2, seed=1)
    more = dict(LENGTHS) | {100 + i: 500 for i in range(10)}
    second = plan_assignments(more, ["a", "b", "c"], 0.2, seed=1, existing=first)
    assert all(second[d] == first[d] for d in first)
    assert all(d in second for d in more)
    assert sum(1 for n in second.values() if len(n) >= 2) == round(0.2 * 70)


def test_dropped_annotator_keeps_started_work_only():
    first = plan_assignments(LENGTHS, ["a", "b", "c"], 0.0, seed=1)
    c_docs = [d for d, n in first.items() if n == ["c"]]
    started = {(c_docs[0], "c")}
    second = plan_assignments(LENGTHS, ["a", "b"], 0.0, seed=1, existing=first, started=started)
    assert second[c_docs[0]] == ["c"]
    for d in c_docs[1:]:
        assert second[d] in (["a"], ["b"])
    assert all(second[d] == first[d] for d in first if first[d] != ["c"])


@pytest.mark.parametrize(
    "annotators, overlap, msg",
    [
        ([], 0.1, "at least one"),
        (["a", "a"], 0.1, "twice"),
        (["auto"], 0.0, "reserved"),
        (["a"], 0.2, "at least two"),
        (["a", "b"], 1.5, "between 0 and 1"),
    ],
)
def test_bad_requests(annotators, overlap, msg):
    with pytest.raises(AssignmentError, match=msg):
        plan_assignments(LENGTHS, annotators, overlap)


def make_lead(tmp_path, n=12):
    p = Project.create(tmp_path / "lead.civ")
    p.import_batch(
        [(DocumentInput(f"d{i}", "会议" * (5 + i) + f"第{i}号。"), []) for i in range(n)]
    )
    return p


def test_assign_project_writes_and_rerun_does_not_move_started(tmp_path):
    p = make_lead(tmp_path)
    s = assign_project(p, ["a", "b", "c"], 0.25, seed=3)
    assert s.documents == 12 and s.overlap_documents == 3 and s.new_pairs == 15
    before = p.assignments()
    # b starts one document; the lead then drops b from the team
    doc_b = before["b"][0]
    Session(p, "b").add_span(doc_b, 0, 2, "ORG")
    s2 = assign_project(p, ["a", "c"], 0.25, seed=3)
    after = p.assignments()
    assert doc_b in after["b"] and after["b"] == [doc_b]
    assert s2.released == len(before["b"]) - 1
    assert set(after["a"]) >= set(before["a"]) and set(after["c"]) >= set(before["c"])
    covered = {d for docs in after.values() for d in docs}
    assert covered == set(p.text_lengths())
    stats = p.stats()
    assert stats["progress"]["b"]["assigned"] == 1
    p.close()


def test_cli_assign_and_stats(tmp_path, capsys):
    make_lead(tmp_path).close()
    path = str(tmp_path / "lead.civ")
    assert main(["assign", path, "--annotators", "a,b,c", "--overlap", "0.2", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 12 and set(out["annotators"]) == {"a", "b", "c"}
    assert main(["stats", path, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert sum(len(v) for v in stats["assignments"].values()) == 12 + out["overlap_documents"]
    assert main(["assign", path, "--annotators", "a", "--overlap", "0.2"]) == 2
    assert "at least two" in capsys.readouterr().err
