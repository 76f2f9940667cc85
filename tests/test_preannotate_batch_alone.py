"""A document gets the same suggestions alone as in a batch with others, whatever the order of
the documents, the number of worker processes and how the documents are cut into chunks.

The one input shared by every document of a project is by design: the learned dictionary
(PERSON, TITLE and ORG strings of the layers people wrote, runner.learn_lexicon), so a name an
annotator accepted in one document is suggested in every other one, alone or in a batch. The
suggestions of other documents (the `auto` layer) never feed it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from civannot.preannotate import preannotate_project, runner
from civannot.project import Project
from civannot.records import DocumentInput, LayerInput, Span

# made-up reports: 苏禾 is a name no rule reads (no title, no frame) until an annotator tags it;
# 孔敏 is read in b (after 县长) but not in e, where nothing marks it as a name
TEXTS = {
    "a": "柳塘县委常委、宣传部部长钱江出席会议并讲话。苏禾参加会议。",
    "b": "县长孔敏主持会议，苏禾、田野作发言。孔敏要求，要压实责任。",
    "c": "区委书记黄海涛到社区调研，要求补齐短板。苏禾陪同。",
    "d": "镇党委书记谢若溪，镇长何青山出席动员会。谢若溪强调，要全员参与。",
    "e": "市委副书记、市长周明远主持召开创城工作调度会，苏禾汇报了工作。会后孔敏到现场察看。",
}


def _make(tmp_path, name: str, keys: list[str], taught: bool) -> Project:
    p = Project.create(tmp_path / name)
    rows = []
    for k in keys:
        layers = []
        if taught and k == "a":
            i = TEXTS["a"].index("苏禾")
            layers = [LayerInput("alice", spans=[Span(i, i + 2, "PERSON", "苏禾")], done=True)]
        rows.append((DocumentInput(k, TEXTS[k]), layers))
    p.import_batch(rows)
    return p


def _sigs(p: Project) -> dict[str, tuple]:
    ids = {d.id: d.external_id for d in p.document_infos()}
    out = {}
    for doc, (spans, rels) in p.layer_data("auto").items():
        at = {s.id: (s.start, s.end, s.label) for s in spans}  # relations point at span ids
        out[ids[doc]] = (
            sorted(at.values()),
            sorted((r.type, at[r.head], at[r.tail]) for r in rels),
        )
    return out


@pytest.mark.parametrize("taught", [False, True])
def test_alone_equals_batch_in_any_order_and_split(tmp_path, monkeypatch, taught):
    keys = list(TEXTS)
    batch = _make(tmp_path, "all.civ", keys, taught)
    try:
        preannotate_project(batch, processes=1)
        ref = _sigs(batch)
        # other orders, one and two processes, chunks of two documents
        monkeypatch.setattr(runner, "CHUNK", 2)
        ids = {d.external_id: d.id for d in batch.document_infos()}
        for order, procs in ((keys[::-1], 1), (keys[1:] + keys[:1], 2), (keys, 2)):
            preannotate_project(batch, [ids[k] for k in order], processes=procs)
            assert _sigs(batch) == ref, (order, procs)
        # each document alone, in the same project (the same learned dictionary)
        for k in keys:
            preannotate_project(batch, [ids[k]], processes=1)
            assert _sigs(batch)[k] == ref[k], k
    finally:
        batch.close()
    # each document alone in a project of its own (with document a where it teaches the
    # dictionary), pre-annotated by a fresh process as a user would: nothing this process
    # kept from the documents above can reach it
    for k in keys:
        path = tmp_path / f"alone-{k}.civ"
        _make(tmp_path, path.name, sorted({"a", k}) if taught else [k], taught).close()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        done = subprocess.run(
            [sys.executable, "-m", "civannot", "preannotate", str(path), "--doc", k, "--json"],
            capture_output=True, text=True, env=env, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        alone = Project.open(path)
        try:
            assert _sigs(alone)[k] == ref[k], k
        finally:
            alone.close()


def test_learned_name_is_suggested_everywhere_and_auto_never_teaches(tmp_path):
    p = _make(tmp_path, "t.civ", list(TEXTS), taught=True)
    try:
        res = preannotate_project(p, processes=1)
        assert res["lexicon"] == 1
        ids = {d.id: d.external_id for d in p.document_infos()}
        with_name = {
            ids[doc]
            for doc, (spans, _) in p.layer_data("auto").items()
            if any(s.label == "PERSON" and s.text == "苏禾" for s in spans)
        }
        assert with_name == {"a", "b", "c", "e"}
        # a second run learns nothing from the first run's suggestions
        assert preannotate_project(p, processes=1)["lexicon"] == 1
    finally:
        p.close()
    untaught = _make(tmp_path, "u.civ", list(TEXTS), taught=False)
    try:
        preannotate_project(untaught, processes=1)
        assert preannotate_project(untaught, processes=1)["lexicon"] == 0
    finally:
        untaught.close()
