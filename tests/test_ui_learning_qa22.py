"""The learning loop as a demanding lead walks it (qa22): accepting the precise rules' suggestions
says what it did and speaks the window's language (its undo step and its refusals too); the
learning curve says what its axes count; an empty corrections table says none was kept; an open
Rules and model… screen follows a new training; the Pre-annotate dialog says whether the trained
model was used and which rules the lead switched off."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")


from civannot.project import Project  # noqa: E402
from tests.test_ui_learning import (  # noqa: E402
    accept_precise,
    preannotated_project,
    window_for,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def project_path(tmp_path):
    return preannotated_project(tmp_path)


CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def fast_crf(monkeypatch):
    import civannot.learn.crf as crf

    monkeypatch.setattr(crf, "DEFAULT_PARAMS", {**crf.DEFAULT_PARAMS, "max_iterations": 10})


@pytest.fixture
def chinese(qapp):  # noqa: ANN001
    from civannot.ui.i18n import install_language

    assert install_language("zh_CN") == "zh_CN"
    yield
    install_language("en")


def test_accept_precise_says_what_it_did(qtbot, project_path) -> None:  # noqa: ANN001
    win, learn, session = window_for(qtbot, project_path, "alice")
    try:
        assert accept_precise(qtbot, learn, 0.9)
        n = len(session.project.spans(win.ws.doc.id, "alice"))
        assert win.statusBar().currentMessage() == (
            f"Accepted {n} suggestions of rules with precision ≥ 90% (one undo step)"
        )
    finally:
        win.close()
        session.close()


def test_accept_precise_in_chinese(qtbot, project_path, chinese) -> None:  # noqa: ANN001
    from civannot.ui.workspace import session_text

    win, learn, session = window_for(qtbot, project_path, "alice")
    try:
        assert accept_precise(qtbot, learn, 0.9)
        assert "已采纳" in win.statusBar().currentMessage()
        # the undo step's name in the Edit menu
        assert "采纳精确率 ≥ 90% 的规则的建议" in win.undo_action.text(), win.undo_action.text()
        assert "Accept" not in win.undo_action.text()
        # the core's refusals
        assert not learn.accept_precise(1.5)
        msg = win.statusBar().currentMessage()
        assert CJK.search(msg) and "threshold" not in msg, msg
        refusal = "no suggestion here comes from a rule with a precision of 90% or more"
        assert session_text(refusal) == "本文档中没有来自精确率 ≥ 90% 的规则的建议"
    finally:
        win.close()
        session.close()


def test_curve_says_what_its_axes_count(qapp) -> None:  # noqa: ANN001
    from civannot.ui.i18n import install_language
    from civannot.ui.learning import CurveWidget

    w = CurveWidget()
    curve = [
        {"documents": n, "rules": 0.8, "corrected": 0.82, "model": 0.7 + n / 100, "both": 0.85}
        for n in (1, 2, 4, 8)
    ]
    w.set_curve(curve)
    w.resize(360, 240)
    assert w.axis_titles() == ("training documents", "micro F1 (held out)")
    assert not w.grab().isNull()  # painted with the titles, nothing raised
    try:
        install_language("zh_CN")
        x, y = w.axis_titles()
        assert CJK.search(x) and CJK.search(y), (x, y)
        assert not w.grab().isNull()
    finally:
        install_language("en")


def test_rules_screen_says_no_correction_kept_and_follows_training(
    qtbot,  # noqa: ANN001
    project_path,  # noqa: ANN001
    fast_crf,  # noqa: ANN001
) -> None:
    win, learn, session = window_for(qtbot, project_path)
    try:
        with qtbot.waitSignal(learn.open_rules().panel.finished, timeout=60000):
            pass
        screen = learn.rules_window
        assert "No model" in screen.summary.text()
        assert screen.corrections.rowCount() == 0  # no model: nothing to say there
        dlg = learn.open_train()
        # training while the lead's screen is open: the screen shows the new version after it
        with qtbot.waitSignal(screen.panel.finished, timeout=120000):
            assert dlg.start()
        assert "version 1" in screen.summary.text(), screen.summary.text()
        assert screen.curve.curve
        from civannot.learn.lead_model import correction_rows
        from civannot.learn.model_store import latest_model

        if not correction_rows(latest_model(session.project).info):
            assert screen.corrections.rowCount() == 1
            assert screen.corrections.item(0, 0).text().startswith("None kept")
            assert screen.corrections.columnSpan(0, 0) == 3
        dlg.close()
        screen.close()
    finally:
        win.close()
        session.close()


def test_preannotate_dialog_names_the_model_and_the_rules_off(
    qtbot,  # noqa: ANN001
    project_path,  # noqa: ANN001
    fast_crf,  # noqa: ANN001
) -> None:
    from civannot.learn.rules_report import set_rule_enabled
    from civannot.learn.training import train_project
    from civannot.ui.project_actions import PreannotateDialog

    win, _learn, session = window_for(qtbot, project_path)
    try:
        dlg = PreannotateDialog(win)
        qtbot.addWidget(dlg)
        with qtbot.waitSignal(dlg.done, timeout=120000):
            assert dlg.start()
        text = dlg.result_label.text()
        assert "Rules only: no trained model" in text, text
        assert "switched off" not in text

        train_project(session.project, curve=False)
        set_rule_enabled(session.project, "title.chain", False)
        with qtbot.waitSignal(dlg.done, timeout=120000):
            assert dlg.start()
        text = dlg.result_label.text()
        assert "With the trained model crf, version 1." in text, text
        assert "Rules switched off for this project: title.chain" in text, text
        dlg.close()
    finally:
        win.close()
        session.close()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_evaluation_table_not_cut_at_1366(qtbot, project_path, fast_crf, language) -> None:  # noqa: ANN001
    from civannot.learn.training import train_project
    from civannot.ui.i18n import install_language

    p = Project.open(project_path)
    try:
        train_project(p, curve=False)
    finally:
        p.close()
    install_language(language)
    win, learn, session = window_for(qtbot, project_path)
    try:
        with qtbot.waitSignal(learn.open_rules().panel.finished, timeout=60000):
            pass
        screen = learn.rules_window
        screen.resize(1240, 720)  # its size at 1366x768
        ev = screen.evaluation
        # the offscreen platform's font is narrower than a desktop's (DejaVu/Noto at 1366x768
        # cut "Both F1"): draw the table in a wider one and fill it again
        font = ev.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        ev.setFont(font)
        ev.horizontalHeader().setFont(font)
        screen._show(screen.report)
        qtbot.wait(50)
        assert ev.rowCount() > 3
        # the headline figure first, where the lead looks without scrolling
        assert ev.item(0, 0).text() == "micro" and ev.item(0, 0).font().bold()
        need = sum(ev.horizontalHeader().sectionSize(j) for j in range(ev.columnCount()))
        assert ev.viewport().width() >= need, (ev.viewport().width(), need)
        assert screen.corrections.width() > 200  # the corrections keep room for their names
        screen.close()
    finally:
        win.close()
        session.close()
        install_language("en")


def _reports(project_path):  # noqa: ANN001, ANN202
    """A real training report of the small project, one with learned corrections, one too
    small to evaluate."""
    from civannot.learn.training import train_project

    p = Project.open(project_path)
    try:
        rep = train_project(p)
    finally:
        p.close()
    with_corr = {
        **rep,
        "corrections": None,
        "policy": {"TITLE": "union", "HOLDS_TITLE": "chain"},
    }
    from civannot.learn.corrections import Corrections

    names = [c for c in Corrections.from_json(rep.get("corrections")).describe()]
    small = {**rep, "evaluation": None, "curve": [], "model_labels": ["ORG", "LOC"]}
    return [rep, with_corr, small], names


def test_train_report_in_the_window_language(qtbot, project_path, fast_crf) -> None:  # noqa: ANN001
    from civannot.learn.training import render_report
    from civannot.ui.i18n import install_language
    from civannot.ui.learn_words import report_text

    reps, _names = _reports(project_path)
    for rep in reps:  # English: exactly the command's report
        assert report_text(rep) == render_report(rep)
    try:
        install_language("zh_CN")
        for rep in reps:
            text = report_text(rep)
            english = re.findall(
                r"\b(?:documents|characters|decides|held-out|fitted|learning curve|corrections|"
                r"nothing|label|gold|rules|model|both|evaluation)\b",
                text.replace("来自 gold", ""),  # the layer's name stays
            )
            assert not [w for w in english if w not in ("crf",)], (english, text)
            assert CJK.search(text)
        # the dialog shows it, in a fixed-pitch font (the table is in columns)
        win, learn, session = window_for(qtbot, project_path)
        try:
            dlg = learn.open_train()
            dlg._done(reps[0])
            assert dlg.report.toPlainText() == report_text(reps[0])
            assert "训练" in dlg.report.toPlainText() or "文档" in dlg.report.toPlainText()
            from PySide6.QtGui import QFontDatabase

            fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            assert dlg.report.font().family() == fixed.family()
            dlg.close()
        finally:
            win.close()
            session.close()
    finally:
        install_language("en")


def test_next_by_uncertainty_says_when_it_cannot_order(qtbot, project_path) -> None:  # noqa: ANN001
    from civannot.learn.uncertainty import uncertainty_scores

    win, learn, session = window_for(qtbot, project_path, "alice")
    try:
        assert not uncertainty_scores(session.project)  # rules only: no scores
        win.learning_actions["order"].setChecked(True)
        assert "No uncertainty scores yet: train a model" in win.statusBar().currentMessage()
        win.learning_actions["order"].setChecked(False)
        import civannot.learn.uncertainty as unc

        ids = [info.id for info in win.documents.model.infos]
        orig, orig_step = unc.uncertainty_scores, unc.missing_step
        try:
            # a model is stored but nothing was pre-annotated with it: training again would
            # not help (missing_step itself: test_learn_project)
            unc.missing_step = lambda _p: "preannotate"
            win.learning_actions["order"].setChecked(True)
            assert "pre-annotate with the trained model" in win.statusBar().currentMessage()
            win.learning_actions["order"].setChecked(False)
            unc.missing_step = orig_step
            unc.uncertainty_scores = lambda _p: dict.fromkeys(ids, 0.0)
            win.learning_actions["order"].setChecked(True)
            assert "equally sure" in win.statusBar().currentMessage()
            win.learning_actions["order"].setChecked(False)
            unc.uncertainty_scores = lambda _p: {d: i / 10 for i, d in enumerate(ids)}
            win.learning_actions["order"].setChecked(True)
            assert "least sure" in win.statusBar().currentMessage()
        finally:
            unc.uncertainty_scores, unc.missing_step = orig, orig_step
    finally:
        win.close()
        session.close()
