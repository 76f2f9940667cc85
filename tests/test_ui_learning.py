"""Learning in the window (offscreen): provenance in the selected-span panel and the tooltip,
Train model… with progress and cancel, the lead's rules screen switching a rule off, accepting
the suggestions of precise rules in one undo step, next document by uncertainty."""

from __future__ import annotations

import contextlib
import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from ui_support import use_temp_settings  # noqa: E402

from civannot.learn.apply import preannotate  # noqa: E402
from civannot.learn.rules_report import disabled_rules  # noqa: E402
from civannot.project import Project  # noqa: E402
from civannot.session import Session  # noqa: E402
from tests.learn_support import build_project  # noqa: E402

pytestmark = pytest.mark.gui


def window_for(qtbot, path, annotator="lead"):  # noqa: ANN001, ANN201
    from civannot.ui import learning
    from civannot.ui.main_window import MainWindow

    session = Session(Project.open(path), annotator)
    win = MainWindow(session)
    qtbot.addWidget(win)
    learn = learning.install(win)
    win.open_initial_document()
    return win, learn, session


def preannotated_project(tmp_path):  # noqa: ANN001, ANN201
    """Eight team-genre documents with gold, pre-annotated by the rules, and settings of its own
    (the learning screens' tests here and in test_ui_learning_qa22)."""
    use_temp_settings(tmp_path)
    p = build_project(tmp_path / "p.civ", n=8)
    try:
        preannotate(p)
    finally:
        p.close()
    return tmp_path / "p.civ"


@pytest.fixture
def project_path(tmp_path):
    return preannotated_project(tmp_path)


def accept_precise(qtbot, learn, threshold: float = 0.9) -> bool:  # noqa: ANN001
    """Edit → Accept suggestions of precise rules, waiting for the measurement against gold it
    starts on a worker the first time (ux29)."""
    started = learn.accept_precise(threshold)
    qtbot.waitUntil(lambda: not learn.measure.running, timeout=30000)
    return started


def test_provenance_in_the_panel_and_the_tooltip(qtbot, project_path) -> None:  # noqa: ANN001
    win, _learn, session = window_for(qtbot, project_path, "alice")
    try:
        ws = win.ws
        sug = next(s for s in ws.visible_suggestions() if s.label == "TITLE")
        rule = sug.provenance
        assert rule in ("title.chain", "lexicon")  # the gold's titles are in the lexicon too
        ws.select(sug.id)
        qtbot.waitUntil(lambda: "rule" in win.tagging.selected_label.text(), timeout=5000)
        text = win.tagging.selected_label.text()
        assert f"rule {rule}" in text and "confidence" in text
        tip = win.article.tooltip_at(sug.start)
        assert f"rule {rule}" in tip
        ws.accept(caret=sug.start)
        mine = session.project.spans(ws.doc.id, "alice")
        assert any(s.provenance == rule for s in mine)
        assert f"rule {rule}" in win.article.tooltip_at(sug.start)
    finally:
        win.close()
        session.close()


def test_train_dialog_trains_and_can_be_cancelled(qtbot, project_path, monkeypatch) -> None:  # noqa: ANN001
    import civannot.learn.crf as crf

    monkeypatch.setattr(crf, "DEFAULT_PARAMS", {**crf.DEFAULT_PARAMS, "max_iterations": 10})
    win, learn, session = window_for(qtbot, project_path)
    try:
        dlg = learn.open_train()
        assert dlg.chosen() == ["gold"]
        seen = []
        dlg.panel.task = None
        with qtbot.waitSignal(dlg.panel.finished, timeout=120000) as sig:
            assert dlg.start()
            dlg.panel.task.signals.progress.connect(lambda d, t: seen.append((d, t)))
        rep = sig.args[0]
        assert rep["version"] == 1 and "stored" in dlg.panel.status.text()
        assert "both" in dlg.report.toPlainText()
        assert seen and seen[-1] == (1000, 1000)

        gate = threading.Event()
        real = crf.train_crf
        monkeypatch.setattr(crf, "train_crf", lambda *a, **k: (gate.wait(10), real(*a, **k))[1])
        import civannot.learn.training as training

        monkeypatch.setattr(training, "train_crf", crf.train_crf)
        assert dlg.start()
        dlg.panel.cancel()
        with qtbot.waitSignal(dlg.panel.ended, timeout=120000):
            gate.set()
        assert "cancelled" in dlg.panel.status.text()
        from civannot.learn.model_store import model_versions

        assert [v["version"] for v in model_versions(session.project)] == [1]
        dlg.close()
    finally:
        win.close()
        session.close()


def test_rules_screen_switches_a_rule_off(qtbot, project_path) -> None:  # noqa: ANN001
    win, learn, session = window_for(qtbot, project_path)
    try:
        with qtbot.waitSignal(learn.open_rules().panel.finished, timeout=60000):
            pass
        screen = learn.rules_window
        table = screen.rules
        assert table.rowCount() > 10
        rows = {table.item(i, 1).text(): i for i in range(table.rowCount())}
        row = rows["title.chain"]
        from PySide6.QtCore import Qt

        table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
        from civannot.preannotate.registry import DEFAULT_OFF

        assert disabled_rules(session.project) == sorted({*DEFAULT_OFF, "title.chain"})
        assert "switched off" in screen.panel.status.text()
        table.item(row, 0).setCheckState(Qt.CheckState.Checked)
        assert disabled_rules(session.project) == sorted(DEFAULT_OFF)
        # an opt-in rule shows unchecked and is switched on like any other
        opt_in = table.item(rows["gpe.before_post"], 0)
        assert opt_in.checkState() == Qt.CheckState.Unchecked
        opt_in.setCheckState(Qt.CheckState.Checked)
        assert disabled_rules(session.project) == sorted(DEFAULT_OFF - {"gpe.before_post"})
        assert "No model" in screen.summary.text()
        screen.close()
    finally:
        win.close()
        session.close()


def test_accept_precise_rules_is_one_undo_step(qtbot, project_path) -> None:  # noqa: ANN001
    win, learn, session = window_for(qtbot, project_path, "alice")
    try:
        doc = win.ws.doc.id
        assert accept_precise(qtbot, learn, 0.9)
        mine = session.project.spans(doc, "alice")
        assert mine and all(learn.precisions()[s.provenance] >= 0.9 for s in mine)
        win.ws.undo()
        assert session.project.spans(doc, "alice") == []
        # a threshold past 100 %: refused with a message, nothing written
        assert not learn.accept_precise(1.5)
        assert session.project.spans(doc, "alice") == []
    finally:
        win.close()
        session.close()


def test_next_document_by_uncertainty(qtbot, tmp_path) -> None:  # noqa: ANN001
    use_temp_settings(tmp_path)
    p = build_project(tmp_path / "p.civ", n=6)
    ids = sorted(p.text_lengths())
    # the scores a model would leave: the fourth document is the least certain
    p.set_meta("learn_uncertainty", {"model": "model:crf@1", "scores": {
        str(d): {"score": 0.9 if d == ids[3] else 0.1 * k} for k, d in enumerate(ids)}})  # fmt: skip
    p.close()
    win, learn, session = window_for(qtbot, tmp_path / "p.civ", "alice")
    try:
        win.learning_actions["order"].setChecked(True)
        win.ws.open_document(ids[0])
        win.mark_done_and_next()
        assert win.ws.doc.id == ids[3]
        win.mark_done_and_next()
        assert win.ws.doc.id == ids[5]  # the next highest score, not done
        win.learning_actions["order"].setChecked(False)
        expected = win.documents.model.next_after(ids[5])
        win.mark_done_and_next()
        assert win.ws.doc.id == expected  # list order again
    finally:
        win.close()
        session.close()


@contextlib.contextmanager
def _trained_rules_screen(qtbot, p: Project):  # noqa: ANN001, ANN202
    """The lead's rules screen of project `p` once trained (closed here), and the rows of its
    learned corrections' table (text, count, third column)."""
    from civannot.learn.training import train_project

    path = p.path
    try:
        train_project(p)
    finally:
        p.close()
    win, learn, session = window_for(qtbot, path)
    try:
        with qtbot.waitSignal(learn.open_rules().panel.finished, timeout=60000):
            pass
        screen = learn.rules_window
        table = screen.corrections
        rows = [[table.item(i, j).text() for j in range(3)] for i in range(table.rowCount())]
        yield screen, rows
        screen.close()
    finally:
        win.close()
        session.close()


def test_rules_screen_lists_the_learned_corrections(qtbot, tmp_path) -> None:  # noqa: ANN001
    from tests.test_learn_corrections import _team_project

    use_temp_settings(tmp_path)
    with _trained_rules_screen(qtbot, _team_project(tmp_path / "team.civ")) as (screen, rows):
        assert any(r[0] == "trim DATE suffix «上午»" and int(r[1]) >= 2 for r in rows)
        head = [screen.evaluation.horizontalHeaderItem(j).text() for j in range(6)]
        assert "+Corrections F1" in head


def test_rules_screen_lists_a_learned_relation_drop(qtbot, tmp_path) -> None:  # noqa: ANN001
    # the lead's screen shows the relation corrections as it shows the span ones (relcorr19)
    from civannot.preannotate.engine import suggest
    from tests.learn_support import gold_project
    from tests.test_learn_relation_corrections import _gold_of, _leaders_texts

    use_temp_settings(tmp_path)
    docs = [
        _gold_of(t, suggest(t), lambda rtype, rule: rule != "relation.holds.leaders")
        for t in _leaders_texts(12)
    ]
    p = gold_project(tmp_path / "team.civ", [(f"doc{i:03d}", d) for i, d in enumerate(docs)])
    with _trained_rules_screen(qtbot, p) as (_screen, rows):
        drop = [r for r in rows if r[0] == "drop HOLDS_TITLE (rule «relation.holds.leaders»)"]
        assert drop and int(drop[0][1]) >= 2 and drop[0][2] == "0"
