"""Training, pre-annotating with the model, the rules' table and switches, uncertainty order and
accepting by precision, on a small synthetic project (tests/learn_support.py)."""

import json

import pytest

from civannot.assignment import assign_project
from civannot.cli import main
from civannot.learn.apply import preannotate as preannotate_project
from civannot.learn.model_store import latest_model, model_versions
from civannot.learn.rules_report import disabled_rules, rule_precisions, rules_report
from civannot.learn.training import train_project
from civannot.learn.uncertainty import uncertainty_scores
from civannot.project import Project
from civannot.records import AUTO_LAYER, DocumentInput
from civannot.session import Session, SessionError
from tests.learn_support import build_project

FAST = {"max_iterations": 25}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def trained_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("learn") / "p.civ"
    p = build_project(path, n=14)
    try:
        rep = train_project(p, params=FAST)
        assert rep["version"] == 1
    finally:
        p.close()
    return path


@pytest.fixture
def project(trained_path, tmp_path):
    copy = tmp_path / "copy.civ"
    copy.write_bytes(trained_path.read_bytes())
    p = Project.open(copy)
    yield p
    p.close()


def test_model_is_stored_versioned_with_its_training_data(project):
    stored = latest_model(project)
    assert stored is not None and stored.version == 1 and stored.data[:4] == b"lCRF"
    info = stored.info
    assert info["documents"] == 14 and info["characters"] > 0 and info["sources"] == ["gold"]
    assert info["trained"].endswith("Z") and "ORG" in info["model_labels"]
    assert info["evaluation"]["both"]["micro"]["f1"] is not None and info["curve"]
    train_project(project, params={"max_iterations": 3}, evaluate=False)
    assert [v["version"] for v in model_versions(project)] == [2, 1]
    assert latest_model(project).info["evaluation"] is None


def test_preannotate_with_the_model_and_rules_only(project):
    doc = next(iter(project.text_lengths()))
    summary = preannotate_project(project, use_model=False)
    assert summary["model"] is None
    rules_only = project.spans(doc, AUTO_LAYER)
    assert all(not s.provenance.startswith("model:") for s in rules_only)
    # a name nobody annotated: the lexicon cannot know it, the model can (first in the text:
    # the frame ，…组 the corrections learn from the gold tags it after a comma, not here)
    text = "梧桐读书联盟组织成员开展活动。副市长周文东强调，要做好垃圾分类工作。"
    project.import_batch([(DocumentInput("new", text), [])])
    new = project.document_id("new")
    summary = preannotate_project(project)
    assert summary["model"] == "model:crf@1"
    got = {(s.text, s.label): s for s in project.spans(new, AUTO_LAYER)}
    org = got[("梧桐读书联盟", "ORG")]
    assert org.provenance == "model:crf@1" and 0 < org.confidence <= 1
    # a span the model confirms keeps the rule's id
    assert got[("副市长", "TITLE")].provenance == "title.chain"
    spans = [s for d in project.text_lengths() for s in project.spans(d, AUTO_LAYER)]
    assert all(s.provenance and s.confidence is not None for s in spans)
    # relations keep the rule that made them
    rels = [r for d in project.text_lengths() for r in project.relations(d, AUTO_LAYER)]
    assert rels and all(r.provenance.startswith("relation.") for r in rels)
    scores = uncertainty_scores(project)
    assert set(scores) == set(project.text_lengths())
    assert all(0.0 <= v <= 1.0 for v in scores.values())


ANNOUNCED = "relation.issued_by.announced"


def test_rules_switched_off_are_respected_by_preannotate(project, capsys):
    path = str(project.path)
    project.close()
    code, out, _ = run(capsys, "rules", path, "--disable", "title.chain")
    assert code == 0 and "title.chain" in out
    code, _, err = run(capsys, "rules", path, "--disable", "title.nonsense")
    assert code == 2 and "no pre-annotation rule" in err and "Traceback" not in err
    code, _, err = run(capsys, "rules", path, "--enable", "person.comrade")
    assert code == 2 and "not switched off" in err
    from civannot.preannotate.registry import DEFAULT_OFF

    with Project.open(path) as p:
        assert disabled_rules(p) == sorted({*DEFAULT_OFF, "title.chain"})  # the opt-in ones too
        summary = preannotate_project(p, use_model=False)
        assert summary["rules_disabled"] == sorted({*DEFAULT_OFF, "title.chain"})
        provs = {s.provenance for d in p.text_lengths() for s in p.spans(d, AUTO_LAYER)}
        assert "title.chain" not in provs
    code, out, _ = run(capsys, "rules", path, "--enable", "title.chain", "--json")
    assert code == 0 and json.loads(out)["disabled"] == sorted(DEFAULT_OFF)
    code, out, _ = run(capsys, "rules", path, "--enable", "gpe.before_post", "--json")
    assert code == 0 and json.loads(out)["disabled"] == sorted(DEFAULT_OFF - {"gpe.before_post"})
    code, _, err = run(capsys, "rules", path, "--enable", "gpe.before_post")
    assert code == 2 and "already switched on" in err and "Traceback" not in err


def test_rules_table_worst_first(project, capsys):
    rep = rules_report(project)
    rows = rep["rules"]
    measured = [r for r in rows if r["precision"] is not None]
    assert measured and [r["precision"] for r in measured] == sorted(
        r["precision"] for r in measured
    )
    chain = next(r for r in rows if r["rule"] == "title.chain")
    assert chain["count"] > 0 and chain["precision"] == 1.0 and 0 < chain["recall"] <= 1
    never = [r for r in rows if r["count"] == 0]
    assert rows[-len(never) :] == never  # rules that suggested nothing come last
    path = str(project.path)
    project.close()
    code, out, _ = run(capsys, "rules", path, "--json")
    data = json.loads(out)
    assert code == 0 and data["documents"] == 14 and data["rules"][0]["rule"] == rows[0]["rule"]
    code, out, _ = run(capsys, "rules", path)
    assert "worst first" in out and "title.chain" in out
    code, _, err = run(capsys, "rules", path, "--against", "nobody")
    assert code == 2 and "no layer 'nobody'" in err


def test_train_cli(project, capsys):
    path = str(project.path)
    project.close()
    code, out, _ = run(capsys, "train", path, "--json", "--no-curve")
    data = json.loads(out)
    assert code == 0 and data["version"] == 2 and data["curve"] == []
    assert data["evaluation"]["both"]["labels"]["ORG"]["f1"] is not None
    code, out, _ = run(capsys, "train", path, "--no-curve")
    assert code == 0 and "version 3" in out and "both" in out
    code, _, err = run(capsys, "train", path, "--from", "alice")
    assert code == 2 and "no layer 'alice'" in err
    code, out, _ = run(capsys, "preannotate", path, "--rules-only")
    assert code == 0 and "rules only" in out
    code, out, _ = run(capsys, "preannotate", path)
    assert code == 0 and "model model:crf@3" in out


def test_train_from_a_layer_uses_done_documents_only(tmp_path, capsys):
    p = Project.create(tmp_path / "empty.civ")
    p.close()
    code, _, err = run(capsys, "train", str(tmp_path / "empty.civ"))
    assert code == 2 and "no annotated documents" in err


def test_assign_by_uncertainty_hands_out_the_least_sure_first(project):
    preannotate_project(project)
    scores = uncertainty_scores(project)
    top = sorted(scores, key=lambda d: -scores[d])[:4]
    summary = assign_project(project, ["alice", "bob"], 0.0, order="uncertainty", limit=4)
    assert summary.new_pairs == 4
    handed = {d for docs in project.assignments().values() for d in docs}
    assert handed == set(top)
    # the summary says what the order did: the documents handed out, least sure first
    first = summary.uncertain_first
    assert [r["id"] for r in first] == top and [r["score"] for r in first] == [
        scores[d] for d in top
    ]
    assert all(r["annotators"] and r["document"] for r in first)
    assert summary.to_json()["uncertain_first"] == first
    text = summary.render()
    assert "least sure first" in text and first[0]["document"] in text


def test_assign_by_uncertainty_needs_scores(tmp_path):
    from civannot.assignment import AssignmentError

    p = build_project(tmp_path / "fresh.civ", n=3)
    try:
        with pytest.raises(AssignmentError, match="no uncertainty scores yet: train a model"):
            assign_project(p, ["alice"], 0.0, order="uncertainty")
    finally:
        p.close()


def test_assign_by_uncertainty_with_a_model_but_no_scores_asks_for_its_preannotation(project):
    # a model is stored, but no document was pre-annotated with it yet: training again would
    # not help, pre-annotating with it does
    from civannot.assignment import AssignmentError

    assert not uncertainty_scores(project)
    with pytest.raises(
        AssignmentError, match="no document was pre-annotated with the trained model"
    ):
        assign_project(project, ["alice"], 0.0, order="uncertainty")


def test_accept_by_precision_is_one_undo_step(project):
    preannotate_project(project)
    stored = latest_model(project)
    prec = rule_precisions(rules_report(project), stored.info, stored.provenance)
    assert prec["title.chain"] == 1.0 and stored.provenance in prec
    doc = next(iter(project.text_lengths()))
    s = Session(project, "alice")
    autos = project.spans(doc, AUTO_LAYER)
    want = [a for a in autos if prec.get(a.provenance, -1) >= 0.9]
    s.accept_by_precision(doc, prec, 0.9)
    mine = project.spans(doc, "alice")
    assert {(m.start, m.end, m.label, m.provenance) for m in mine} == {
        (a.start, a.end, a.label, a.provenance) for a in want
    }
    assert "precision" in s.undo_text
    s.undo()
    assert project.spans(doc, "alice") == []
    with pytest.raises(SessionError, match="precision"):
        s.accept_by_precision(doc, {}, 0.9)
    with pytest.raises(SessionError):
        s.accept_by_precision(doc, prec, 1.5)
