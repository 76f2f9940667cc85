"""Review figures (civannot.review, no Qt) and the review screen (pytest-qt)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from helpers import TEXT_A, TEXT_B, layer_input
from sklearn.metrics import cohen_kappa_score

from civannot.agreement.metrics import label_sequence
from civannot.project import Project
from civannot.records import DocumentInput
from civannot.review import (
    NONE_LABEL,
    Cancelled,
    compute_review,
    confusion,
    load_study,
    review_data,
)

# TEXT_A: 0-6 DATE 10月13日, 7-9 云川, 9-13 市委书记, 13-16 王明远
A_ALICE = [(0, 6, "DATE"), (9, 13, "TITLE"), (13, 16, "PERSON")]
A_BOB = [(0, 6, "DATE"), (7, 13, "ORG"), (13, 16, "PERSON")]  # ORG over alice's TITLE
A_CAROL = [(0, 6, "DATE"), (9, 13, "TITLE")]
B_ALICE = [(0, 3, "GPE"), (5, 7, "PERSON")]
B_BOB = [(0, 3, "GPE"), (5, 7, "PERSON")]


def build(tmp_path: Path) -> Path:
    path = tmp_path / "review.civ"
    p = Project.create(path)
    p.import_batch(
        [
            (
                DocumentInput("docA", TEXT_A, title="A"),
                [
                    layer_input("alice", TEXT_A, A_ALICE),
                    layer_input("bob", TEXT_A, A_BOB),
                    layer_input("carol", TEXT_A, A_CAROL),
                ],
            ),
            (
                DocumentInput("docB", TEXT_B, title="B"),
                [
                    layer_input("alice", TEXT_B, B_ALICE),
                    layer_input("bob", TEXT_B, B_BOB),
                    layer_input("carol", TEXT_B, [], done=False),
                ],
            ),
        ]
    )
    doc_b = p.document_id("docB")
    p.assign([(doc_b, "carol")])
    p.close()
    return path


def test_review_figures(tmp_path: Path) -> None:
    path = build(tmp_path)
    with Project.open(path) as p:
        study = load_study(p)
        data = review_data(study)
        doc_a, doc_b = p.document_id("docA"), p.document_id("docB")
    assert data.annotators == ["alice", "bob", "carol"]
    # heat map: symmetric, diagonal empty; alice × bob κ equals scikit-learn's over both docs
    k = data.matrices["kappa"]
    assert k[0][0] is None and k[0][1] == k[1][0]
    seq = {
        who: label_sequence(len(TEXT_A), [_s(x) for x in a])
        + label_sequence(len(TEXT_B), [_s(x) for x in b])
        for who, a, b in (("alice", A_ALICE, B_ALICE), ("bob", A_BOB, B_BOB))
    }
    assert k[0][1] == pytest.approx(cohen_kappa_score(seq["alice"], seq["bob"]))
    # F1 exact alice × carol over docA only (carol did not finish docB): 2·2 / (3 + 2)
    assert data.matrices["f1_exact"][0][2] == pytest.approx(0.8)
    # documents: docA (disagreements) before docB (none)
    assert [r.doc_id for r in data.documents] == [doc_a, doc_b]
    assert data.documents[0].disagreements == 2 and data.documents[0].undecided == 2
    assert data.documents[1].disagreements == 0 and data.documents[1].annotators == ["alice", "bob"]
    # progress: carol has docA done, docB assigned and not done
    carol = next(x for x in data.progress if x.name == "carol")
    assert (carol.assigned, carol.done, carol.todo + carol.in_progress) == (2, 1, 1)
    # per-label bars: mean over pairs, and one pair
    bars = data.label_bars(("alice", "carol"))
    assert bars["DATE"]["f1_exact"] == 1.0 and bars["TITLE"]["f1_exact"] == 1.0
    assert bars["PERSON"]["f1_exact"] == 0.0
    assert bars["DOC"]["f1_exact"] is None  # no spans: undefined, not 0
    mean = data.label_bars()
    assert mean["TITLE"]["f1_exact"] == pytest.approx((0 + 1 + 0) / 3)


def _s(t: tuple[int, int, str]):  # noqa: ANN202
    from civannot.records import Span

    return Span(*t)


def test_confusion_over_overlapping_spans(tmp_path: Path) -> None:
    path = build(tmp_path)
    with Project.open(path) as p:
        study = load_study(p)
    conf = confusion(study)
    ix = {lab: i for i, lab in enumerate(conf.labels)}
    assert conf.labels[-1] == NONE_LABEL
    m = conf.matrix
    # alice TITLE 9-13 vs bob ORG 7-13 overlap: a confusion TITLE × ORG
    assert m[ix["TITLE"]][ix["ORG"]] == 1
    # bob ORG vs carol TITLE (pair bob × carol): ORG × TITLE
    assert m[ix["ORG"]][ix["TITLE"]] == 1
    # alice PERSON vs carol nothing
    assert m[ix["PERSON"]][ix[NONE_LABEL]] == 2  # alice × carol and bob × carol
    assert m[ix["DATE"]][ix["DATE"]] == 3  # docA: three pairs; docB has no DATE
    assert conf.top(2) == [("PERSON", NONE_LABEL, 2), ("TITLE", "ORG", 2)]
    one = confusion(study, ("alice", "bob"))
    assert sum(map(sum, one.matrix)) == 3 + 2  # docA: 3 matched pairs; docB: 2


def test_compute_review_cancel_and_progress(tmp_path: Path) -> None:
    path = build(tmp_path)
    seen: list[tuple[int, int]] = []
    data = compute_review(path, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert data.report["documents"] == 2
    with pytest.raises(Cancelled):
        compute_review(path, cancel=lambda: True)


def test_reader_beside_an_open_project(tmp_path: Path) -> None:
    """The worker reads while the window holds the project (and its lock)."""
    path = build(tmp_path)
    with Project.open(path):
        data = compute_review(path)
    assert len(data.documents) == 2


def test_review_window(qtbot, tmp_path: Path) -> None:
    pytest.importorskip("pytestqt")
    from PySide6.QtCore import Qt

    from civannot.ui.review import ReviewWindow, value_colour

    path = build(tmp_path)
    project = Project.open(path)  # the main window holds it open meanwhile
    try:
        win = ReviewWindow(path, start=False)
        qtbot.addWidget(win)
        win.resize(1400, 900)
        win.show()
        with qtbot.waitSignal(win.computed, timeout=10000):
            win.refresh()
        assert win.error is None and win.data is not None
        assert win.heat.names == ["alice", "bob", "carol"]
        assert win.docs.rowCount() == 2
        header = win.docs.horizontalHeader()
        assert header.isSortIndicatorShown()
        for c in range(1, 5):  # no header clipped, sort arrow included
            assert header.sectionSize(c) >= header.sectionSizeHint(c), c
        assert win.progress_table.rowCount() == 3
        # clicking the alice × carol cell picks that pair for the bars
        left, size, top = win.heat._geometry()
        qtbot.mouseClick(
            win.heat,
            Qt.MouseButton.LeftButton,
            pos=_pt(left + 2.5 * size, top + 0.5 * size),
        )
        assert win.pair.currentData() == ("alice", "carol")
        assert "DOC" in " ".join(win.bars.undefined)
        # double-click asks for the document with most disagreements
        doc_a = project.document_id("docA")
        with qtbot.waitSignal(win.openDocument) as sig:
            win._open_row(0)
        assert sig.args == [doc_a]
        win.metric_box.setCurrentIndex(1)
        assert win.heat.values == win.data.matrices["f1_exact"]
        assert value_colour(None).name() == "#d9d9d9"
        assert value_colour(1.0).name() == "#1a9850"
    finally:
        project.close()


def _pt(x: float, y: float):  # noqa: ANN202
    from PySide6.QtCore import QPoint

    return QPoint(int(x), int(y))


def test_review_window_reports_a_bad_path(qtbot, tmp_path: Path, capfd) -> None:  # noqa: ANN001
    from civannot.ui.review import ReviewWindow

    win = ReviewWindow(tmp_path / "missing.civ", start=False)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.computed, timeout=10000):
        win.refresh()
    assert win.error and "missing.civ" in win.error
    assert "Could not compute" in win.summary.text()
    assert "Traceback" not in capfd.readouterr().err  # bad input: one line, no traceback


def test_confusion_view(qtbot, tmp_path: Path) -> None:
    from civannot.ui.confusion import ConfusionView

    path = build(tmp_path)
    view = ConfusionView(path, start=False)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.computed, timeout=10000):
        view.refresh()
    assert view.error is None
    labels = view.data.labels
    t, o = labels.index("TITLE"), labels.index("ORG")
    assert view.table.item(t, o).text() == "1"
    assert view.top.item(0).text().startswith("PERSON ↔ none")
    view.pair.setCurrentIndex(view.pair.findText("alice × bob"))
    assert view.table.item(labels.index("PERSON"), labels.index("none")).text() == ""


def test_install_in_the_main_window(qtbot, tmp_path: Path) -> None:
    from civannot.session import Session
    from civannot.ui.lead import install
    from civannot.ui.main_window import MainWindow

    path = build(tmp_path)
    session = Session.open(str(path), "lead")
    try:
        window = MainWindow(session)
        qtbot.addWidget(window)
        screens = install(window)
        texts = [a.text() for a in window.menu("Tools").actions()]
        assert {"Agreement review…", "Adjudicate…", "Label confusion…"} <= set(texts)
        assert "Export…" in [a.text() for a in window.menu("File").actions()]
        review = screens.open_review()
        qtbot.addWidget(review)
        qtbot.waitSignal(review.computed, timeout=10000).wait()
        doc_a = session.project.document_id("docA")
        review.openDocument.emit(doc_a)
        assert screens.adjudication is not None and screens.adjudication.doc.id == doc_a
        qtbot.addWidget(screens.adjudication)
        dlg = screens.open_export()
        assert dlg.layer.itemText(0) == "gold"
        dlg.close()
    finally:
        session.close()
