"""`civannot agree` and `civannot adjudicate` on a real project file."""

from __future__ import annotations

import json

import pytest

from civannot.agreement import agreement_report
from civannot.cli import main
from civannot.project import Project
from civannot.records import GOLD_LAYER, DocumentInput, Span
from tests.helpers import TEXT_A, TEXT_B, layer_input

TEXT_C = "会议要求，各地要扎实开展问题整改。市长赵青出席。"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "agree.civ"
    p = Project.create(path)
    # TEXT_A: 10月13日，云川市委书记王明远出席会议并讲话。他强调，各级各部门要压实责任。
    a_spans = [(0, 6, "DATE"), (7, 9, "GPE"), (9, 13, "TITLE"), (13, 16, "PERSON")]
    items = [
        (
            DocumentInput("docA", TEXT_A),
            [
                layer_input(
                    "alice",
                    TEXT_A,
                    a_spans + [(27, 38, "DIRECTIVE")],
                    relations=[("HOLDS_TITLE", 3, 2)],
                ),
                layer_input(
                    "bob",
                    TEXT_A,
                    a_spans + [(27, 37, "DIRECTIVE")],
                    relations=[("HOLDS_TITLE", 3, 2)],
                ),
                layer_input("chen", TEXT_A, [(0, 6, "DATE"), (7, 13, "ORG"), (13, 16, "PERSON")]),
            ],
        ),
        (
            DocumentInput("docB", TEXT_B),
            [
                layer_input("alice", TEXT_B, [(0, 3, "GPE"), (3, 5, "TITLE"), (5, 7, "PERSON")]),
                layer_input("bob", TEXT_B, [(0, 3, "GPE"), (5, 7, "PERSON")]),
                layer_input("chen", TEXT_B, [(0, 3, "GPE")], done=False),
            ],
        ),
        (DocumentInput("docC", TEXT_C), [layer_input("alice", TEXT_C, [(20, 22, "PERSON")])]),
    ]
    report = p.import_batch(items)
    assert not report.errors, report.errors
    p.close()
    return str(path)


def test_agree_json_matches_the_pure_function(project_path, capsys):
    code, out, err = run(capsys, "agree", project_path, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) >= {"documents", "annotators", "pairs", "fleiss", "alpha", "per_document"}
    assert data["annotators"] == ["alice", "bob", "chen"]
    assert data["documents"] == 2
    with Project.open(project_path) as p:
        ids = {i.external_id: i.id for i in p.document_infos()}
        layers = {n: {d: v[0] for d, v in p.layer_data(n).items()} for n in data["annotators"]}
        completed = {n: p.completed(n) for n in data["annotators"]}
        ref = agreement_report(p.text_lengths(), layers, completed, p.schema.label_names)
    assert completed["chen"] == {ids["docA"]}
    assert data["pairs"] == ref["pairs"] and data["fleiss"] == ref["fleiss"]
    assert data["alpha"] == ref["alpha"]
    ab = data["pairs"][0]
    assert (ab["a"], ab["b"], ab["documents"]) == ("alice", "bob", 2)
    assert ab["labels"]["DIRECTIVE"]["f1_exact"] == 0.0
    assert ab["labels"]["DIRECTIVE"]["f1_overlap"] == 1.0
    assert ab["labels"]["SLOGAN"]["kappa"] is None and ab["labels"]["SLOGAN"]["reasons"]
    per_doc = {d["id"]: d for d in data["per_document"]}
    assert set(per_doc) == {"docA", "docB"}
    assert per_doc["docB"]["disagreements"] == 1  # bob left out the TITLE

    code, out, _ = run(capsys, "agree", project_path)
    assert code == 0 and "alice × bob" in out and "Fleiss" in out

    code, out, _ = run(
        capsys,
        "agree",
        project_path,
        "--annotators",
        "alice,bob",
        "--labels",
        "PERSON,GPE",
        "--json",
    )
    data = json.loads(out)
    assert data["annotators"] == ["alice", "bob"] and list(data["pairs"][0]["labels"]) == [
        "PERSON",
        "GPE",
    ]


def test_agree_bad_input(project_path, capsys, tmp_path):
    for argv, msg in [
        (("--annotators", "alice,zoe"), "unknown annotator 'zoe'"),
        (("--annotators", "alice"), "at least two"),
        (("--labels", "PERSON,FOO"), "unknown label 'FOO'"),
    ]:
        code, _, err = run(capsys, "agree", project_path, *argv)
        assert code == 2 and msg in err and err.count("\n") == 1
    code, _, err = run(capsys, "agree", str(tmp_path / "missing.civ"))
    assert code == 2 and err.count("\n") == 1


def test_adjudicate_unanimous_then_majority(project_path, capsys):
    with Project.open(project_path) as p:
        doc_a = p.document_id("docA")
        # the lead already decided TITLE/ORG differently by hand: it must stay
        p.replace_layer(
            GOLD_LAYER, {doc_a: ([Span(7, 13, "ORG", origin="manual", author="lead")], [])}
        )

    code, out, err = run(capsys, "adjudicate", project_path, "--strategy", "unanimous", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["documents"] == 2 and data["single_annotator_documents"] == 1
    with Project.open(project_path) as p:
        gold = {(s.start, s.end, s.label): s for s in p.spans(doc_a, GOLD_LAYER)}
        doc_b = p.document_id("docB")
        gold_b = {(s.start, s.end, s.label) for s in p.spans(doc_b, GOLD_LAYER)}
    assert gold[(7, 13, "ORG")].author == "lead"
    assert gold[(0, 6, "DATE")].origin == "adjudicated"
    assert gold[(0, 6, "DATE")].author == "adjudicator:unanimous"
    assert (13, 16, "PERSON") in gold and len(gold) == 3
    assert gold_b == {(0, 3, "GPE"), (5, 7, "PERSON")}  # chen did not finish docB
    # left: TITLE in docB, DIRECTIVE and the relation in docA (GPE/TITLE/ORG is settled by the lead)
    assert data["remaining"]["spans"] == 2 and data["remaining"]["relations"] == 1

    code, out, _ = run(capsys, "adjudicate", project_path, "--strategy", "unanimous", "--json")
    again = json.loads(out)
    assert again["spans_added"] == 0 and again["documents_written"] == 0

    code, out, _ = run(capsys, "adjudicate", project_path, "--strategy", "majority")
    assert code == 0 and "Remaining for review" in out
    with Project.open(project_path) as p:
        gold = {(s.start, s.end, s.label) for s in p.spans(doc_a, GOLD_LAYER)}
        rels = p.relations(doc_a, GOLD_LAYER)
    # majority: alice+bob's GPE/TITLE clash with the lead's ORG and are not added
    assert (7, 13, "ORG") in gold and (9, 13, "TITLE") not in gold
    assert rels == []  # its TITLE endpoint is not in gold


def test_adjudicate_dry_run_and_single(project_path, capsys):
    code, out, _ = run(
        capsys, "adjudicate", project_path, "--dry-run", "--include-single", "--json"
    )
    data = json.loads(out)
    assert data["dry_run"] and data["spans_added"] > 0 and data["documents"] == 3
    with Project.open(project_path) as p:
        assert all(not p.spans(i.id, GOLD_LAYER) for i in p.document_infos())
    code, out, _ = run(capsys, "adjudicate", project_path, "--include-single", "--json")
    with Project.open(project_path) as p:
        doc_c = p.document_id("docC")
        assert [(s.start, s.label) for s in p.spans(doc_c, GOLD_LAYER)] == [(20, "PERSON")]


def test_the_review_screen_keeps_the_agreement_summary_as_the_cli_does(project_path):
    from civannot.project import Project
    from civannot.review import compute_review

    with Project.open(project_path) as p:
        target = p.target  # a file, or the server database the PostgreSQL suites map it to
    compute_review(target)
    with Project.open(project_path) as p:
        summary = p.get_meta("agreement")
    assert summary is not None and len(summary["annotators"]) >= 2 and "pairs" in summary
