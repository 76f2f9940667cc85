"""A bundle carries the rules' precision measured against the lead's gold, so that its annotator
can accept the suggestions of precise rules offline (a bundle has no gold to measure them: before,
the action found nothing to go by); and the commands that change what a bundle's suggestions are
made of refuse a bundle, as `civannot train` did and the window's Pre-annotate… does (ux29)."""

import pytest

from civannot.assignment import assign_project
from civannot.bundle import export_bundle
from civannot.cli import main
from civannot.learn.apply import preannotate
from civannot.learn.rules_report import bundle_precisions, measured_precisions
from civannot.project import Project
from civannot.records import AUTO_LAYER
from civannot.session import Session
from tests.learn_support import build_project


@pytest.fixture
def bundle_path(tmp_path):
    lead = build_project(tmp_path / "lead.civ", n=6)
    try:
        preannotate(lead)
        assign_project(lead, ["alice"], 0.0)
        export_bundle(lead, "alice", tmp_path / "alice.civ")
        expected = measured_precisions(lead)
    finally:
        lead.close()
    assert expected["documents"] == 6 and expected["precision"]
    return tmp_path / "alice.civ", expected


def test_the_bundle_carries_the_leads_precisions(bundle_path):
    path, expected = bundle_path
    with Project.open(path) as b:
        carried = bundle_precisions(b)
        assert carried == expected
        doc = b.document_infos()[0].id
        s = Session(b, "alice")
        change = s.accept_by_precision(doc, carried["precision"], 0.9)
        assert change.spans_added
        assert all(carried["precision"][x.provenance] >= 0.9 for x in change.spans_added)
        assert len(b.spans(doc, AUTO_LAYER)) >= len(change.spans_added)


def test_a_bundle_of_a_project_without_gold_carries_none(tmp_path):
    from tests.test_learn_provenance_io import make

    lead = make(tmp_path, "nogold.civ")
    try:
        assign_project(lead, ["bob"], 0.0)
        export_bundle(lead, "bob", tmp_path / "bob.civ")
    finally:
        lead.close()
    with Project.open(tmp_path / "bob.civ") as b:
        assert bundle_precisions(b) is None


def test_commands_that_remake_suggestions_refuse_a_bundle(bundle_path, capsys):
    path, _ = bundle_path
    for argv in (
        ["preannotate", str(path)],
        ["rules", str(path), "--disable", "title.chain"],
        ["rules", str(path), "--enable", "person.citizen"],
    ):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert "is a bundle" in err and "lead's project" in err, err
    with Project.open(path) as b:  # nothing changed
        assert b.spans(b.document_infos()[0].id, AUTO_LAYER)
