"""Filter documents by label, annotator, assignment and agreement (issue 18 add 4)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from ui_support import use_temp_settings  # noqa: E402

from civannot.doc_filter import DocFilter, matching_ids  # noqa: E402

pytestmark = pytest.mark.gui

A = "10月13日，云川市委书记王明远出席会议并讲话。"
B = "田县县长李华主持会议。"
C = "市领导赵青出席。"


def build(path):  # noqa: ANN001, ANN201
    from helpers import layer_input

    from civannot.project import Project
    from civannot.records import DocumentInput

    p = Project.create(path)
    p.import_batch(
        [
            (
                DocumentInput("docA", A),
                [
                    layer_input("alice", A, [(0, 6, "DATE"), (9, 13, "TITLE")]),
                    layer_input("bob", A, [(0, 6, "DATE"), (7, 13, "TITLE")]),
                ],
            ),
            (
                DocumentInput("docB", B),
                [
                    layer_input("alice", B, [(0, 2, "GPE")]),
                    layer_input("bob", B, [(0, 2, "GPE")]),
                ],
            ),
            (DocumentInput("docC", C), [layer_input("carol", C, [(3, 5, "PERSON")])]),
        ]
    )
    p.assign([(p.document_id("docC"), "alice")])
    p.close()
    return path


def test_filters_combine_and_are_kept(qtbot, tmp_path) -> None:  # noqa: ANN001
    from civannot.session import Session
    from civannot.ui.main_window import MainWindow

    use_temp_settings(tmp_path)
    path = build(tmp_path / "p.civ")
    session = Session.open(str(path), "alice")
    try:
        p = session.project
        ids = {e: p.document_id(e) for e in ("docA", "docB", "docC")}
        assert matching_ids(p, DocFilter(), "alice") is None
        assert matching_ids(p, DocFilter(label="TITLE"), "alice") == {ids["docA"]}
        assert matching_ids(p, DocFilter(annotator="carol"), "alice") == {ids["docC"]}
        assert matching_ids(p, DocFilter(assignment="mine"), "alice") == {ids["docC"]}
        assert matching_ids(p, DocFilter(assignment="unassigned"), "alice") == {
            ids["docA"],
            ids["docB"],
        }
        assert matching_ids(p, DocFilter(agreement="disagree"), "alice") == {ids["docA"]}
        assert matching_ids(p, DocFilter(agreement="agree"), "alice") == {ids["docB"]}
        assert matching_ids(p, DocFilter(label="GPE", agreement="disagree"), "alice") == set()
        assert DocFilter.loads("{not json") == DocFilter()
        assert DocFilter.loads('{"assignment": "x", "label": "GPE"}') == DocFilter(label="GPE")

        w = MainWindow(session)
        qtbot.addWidget(w)
        docs = w.documents
        assert docs.model.rowCount() == 3
        docs.agreement_filter.setCurrentIndex(docs.agreement_filter.findData("disagree"))
        assert [docs.model.info_at(r).external_id for r in range(docs.model.rowCount())] == ["docA"]
        docs.label_filter.setCurrentIndex(docs.label_filter.findData("GPE"))
        assert docs.model.rowCount() == 0
        docs.agreement_filter.setCurrentIndex(0)
        assert docs.model.rowCount() == 1
        docs.flagged.setChecked(False)
        w.close()
        # kept in the settings: a new window starts with the same filters
        w2 = MainWindow(session)
        qtbot.addWidget(w2)
        assert w2.documents.label_filter.currentData() == "GPE"
        assert w2.documents.model.rowCount() == 1
        w2.close()
    finally:
        session.close()
