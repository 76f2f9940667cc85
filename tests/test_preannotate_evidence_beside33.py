"""The learned lexicon's evidence searched in a child process beside the rules' warm-up (session
33): a run whose workers are forked reads the annotated texts, forks a child that searches them
(lexicon.evidence) while this process warms the rules up, and takes the child's result: the
same evidence, the same lexicon, the same suggestions as the search done in this process.
Made-up text."""

from __future__ import annotations

import multiprocessing as mp
import os
from pathlib import Path
from typing import Any

import pytest

from civannot.preannotate import runner
from civannot.preannotate.runner import EVIDENCE_META, learn_lexicon, preannotate_project
from civannot.project import Project
from civannot.records import AUTO_LAYER, DocumentInput, LayerInput, Span

needs_fork = pytest.mark.skipif(
    "fork" not in mp.get_all_start_methods(), reason="the child is forked (POSIX only)"
)

# 代表 is tagged once as a post and written elsewhere as a verb; 书记 is tagged where it stands
# alone; the names are the team's
TEXTS = [
    ("人大代表林晓东发言。", [("人大", "ORG"), ("代表", "TITLE"), ("林晓东", "PERSON")]),
    ("林晓东代表青山县政府签约。", [("林晓东", "PERSON")]),
    ("王小红代表园区作表态发言。", [("王小红", "PERSON")]),
    ("书记周海强调要抓落实。", [("书记", "TITLE"), ("周海", "PERSON")]),
    ("区委副书记王小红主持。", [("区委副书记", "TITLE"), ("王小红", "PERSON")]),
]
NEW = ["青山县副县长林晓东代表县政府签约。", "书记周海到东湖公园检查工作。"]


def _project(path: Path, copies: int = 1) -> Project:
    p = Project.create(path)
    items = []
    for k in range(copies):
        for i, (t, marks) in enumerate(TEXTS):
            spans = [Span(t.index(w), t.index(w) + len(w), lab, w) for w, lab in marks]
            items.append(
                (DocumentInput(f"g{k}-{i}", t), [LayerInput("alice", spans=spans, done=True)])
            )
    for j, t in enumerate(NEW):
        items.append((DocumentInput(f"n{j}", t), []))
    p.import_batch(items)
    return p


def _auto(p: Project) -> list[tuple[Any, ...]]:
    return sorted(
        p.db.execute_sql(
            'SELECT d.external_id, s.start, s."end", s.label, s.text, s.confidence, '
            "s.provenance FROM span s JOIN document d ON d.id = s.document_id "
            "JOIN layer l ON l.id = s.layer_id WHERE l.name = ?",
            (AUTO_LAYER,),
        ).fetchall()
    )


@needs_fork
def test_the_child_finds_the_evidence_this_process_would(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "EVIDENCE_CHILD_FROM", 3)
    parent = os.getpid()
    real = runner.evidence
    log = tmp_path / "pids"

    def recording(entries, annotated):  # noqa: ANN001, ANN202
        with open(log, "a", encoding="ascii") as f:
            f.write(f"{os.getpid()}\n")
        return real(entries, annotated)

    monkeypatch.setattr(runner, "evidence", recording)
    p = _project(tmp_path / "p.civ")
    here = learn_lexicon(p, fresh=True)
    here_ev = p.get_meta(EVIDENCE_META)
    beside = runner._EvidenceBeside(mp.get_context("fork"))
    there = learn_lexicon(p, fresh=True, search=beside)
    assert beside.warmed  # the rules were warmed up meanwhile
    assert there.to_json() == here.to_json()
    assert p.get_meta(EVIDENCE_META) == here_ev
    assert "代表" not in there and there.get("书记") == "TITLE"
    searched_in = [int(x) for x in log.read_text("ascii").split()]
    # the first search here, the second in the child
    assert searched_in[0] == parent and searched_in[1] != parent and len(searched_in) == 2
    p.close()


@needs_fork
def test_few_texts_are_searched_here_and_the_warm_up_comes_after(tmp_path, monkeypatch):
    p = _project(tmp_path / "p.civ")  # 5 annotated texts, fewer than EVIDENCE_CHILD_FROM
    beside = runner._EvidenceBeside(mp.get_context("fork"))
    lex = learn_lexicon(p, fresh=True, search=beside)
    assert not beside.warmed
    assert lex.to_json() == learn_lexicon(p, fresh=True).to_json()
    p.close()


@needs_fork
def test_a_child_that_fails_leaves_the_search_to_this_process(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "EVIDENCE_CHILD_FROM", 3)
    parent = os.getpid()
    real = runner.evidence

    def failing_in_a_child(entries, annotated):  # noqa: ANN001, ANN202
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return real(entries, annotated)

    p = _project(tmp_path / "p.civ")
    expected = learn_lexicon(p, fresh=True).to_json()
    monkeypatch.setattr(runner, "evidence", failing_in_a_child)
    lex = learn_lexicon(p, fresh=True, search=runner._EvidenceBeside(mp.get_context("fork")))
    assert lex.to_json() == expected
    p.close()


@needs_fork
def test_a_pool_run_suggests_what_a_one_process_run_does(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "EVIDENCE_CHILD_FROM", 3)
    monkeypatch.setattr(runner, "EVIDENCE_FROM", 1)  # (the evidence read afresh by every run)
    called: list[bool] = []
    real_call = runner._EvidenceBeside.__call__

    def spy(self, entries, annotated):  # noqa: ANN001, ANN202
        out = real_call(self, entries, annotated)
        called.append(self.warmed)
        return out

    monkeypatch.setattr(runner._EvidenceBeside, "__call__", spy)
    one = _project(tmp_path / "one.civ", copies=2)
    two = _project(tmp_path / "two.civ", copies=2)
    preannotate_project(one, processes=1)
    preannotate_project(two, processes=2)
    from civannot.processes import pool_context

    # (a process running threads spawns its workers: nothing is warmed up to search beside)
    assert called == ([True] if pool_context().get_start_method() == "fork" else [])
    assert _auto(two) == _auto(one) and _auto(one)
    assert two.get_meta(EVIDENCE_META) == one.get_meta(EVIDENCE_META)
    one.close()
    two.close()
