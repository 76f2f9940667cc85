"""The learning screens as a demanding user walks them (ux29): a worker whose screen is gone stops
without a traceback; Train model… and Rules and model… close with the main window (their work
cancelled, nothing half-trained stored); a project without gold says so instead of measuring
nothing; accepting by precision measures on a worker, the window usable meanwhile; training's
refusals speak the window's language."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QListWidget  # noqa: E402
from ui_support import make_project, use_temp_settings  # noqa: E402

from civannot.learn.apply import preannotate  # noqa: E402
from civannot.learn.model_store import model_versions  # noqa: E402
from civannot.project import Project  # noqa: E402
from civannot.ui.tasks import Task  # noqa: E402
from tests.test_ui_learning import accept_precise, preannotated_project, window_for  # noqa: E402

pytestmark = pytest.mark.gui

CJK = re.compile(r"[\u4e00-\u9fff]")

# made-up articles of the genre, with no gold at all
NO_GOLD = [
    "青禾市召开文明城市创建推进会。市委书记郑秋实出席会议并讲话。市长韩铭山主持会议。",
    "石川市文明办主任吴海波通报了工作进展。会议审议了《石川市文明城市创建三年行动方案》。",
]


@pytest.fixture
def project_path(tmp_path):
    return preannotated_project(tmp_path)


@pytest.fixture
def no_gold_path(tmp_path):
    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "nogold.civ", NO_GOLD)
    p = Project.open(path)
    try:
        preannotate(p)
    finally:
        p.close()
    return path


@pytest.fixture
def chinese(qapp):  # noqa: ANN001
    from civannot.ui.i18n import install_language

    assert install_language("zh_CN") == "zh_CN"
    yield
    install_language("en")


def test_a_task_whose_screen_is_gone_stops_quietly(qapp) -> None:  # noqa: ANN001
    """The window that ran a task closed (the application quitting mid-training): its next
    progress report stops the work, and nothing raises (before: "Signal source has been
    deleted" twice, printed as a traceback, and the training ran on to its end)."""
    import shiboken6

    steps: list[int] = []

    def work(*, progress, cancel) -> int:  # noqa: ANN001
        steps.append(1)
        progress(1, 2)
        steps.append(2)  # never reached: nobody is left to read the result
        return 3

    task = Task(work)
    shiboken6.delete(task.signals)
    task.run()  # on this thread, as the pool would
    assert steps == [1] and task.is_cancelled


def test_learning_windows_close_with_the_main_window(qtbot, project_path) -> None:  # noqa: ANN001
    """Closing the main window (quit, another project opened, another language) closes Rules and
    model… and Train model… and cancels the training: before, the rules screen stayed open on
    the closed project (a switch changed nothing, Measure again showed the old project) and kept
    the application running, and the training ran on and stored a model."""
    win, learn, session = window_for(qtbot, project_path)
    rules = learn.open_rules()
    qtbot.waitUntil(lambda: not rules.panel.running, timeout=30000)
    dialog = learn.open_train()
    assert dialog.start()
    win.close()
    assert not rules.isVisible() and not dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.panel.running, timeout=60000)
    assert dialog.result is None
    assert model_versions(session.project) == []  # nothing half-trained stored
    session.close()


def test_without_gold_the_screens_say_so(qtbot, no_gold_path) -> None:  # noqa: ANN001
    """No gold: the rules screen says the rules cannot be measured (as `civannot rules` does)
    rather than "0 documents of gold." over a table of empty measures, and accepting by
    precision says why nothing was accepted (before: "no suggestion here comes from a rule with a
    precision of 90% or more", as if the rules had been measured)."""
    win, learn, session = window_for(qtbot, no_gold_path)
    try:
        assert session.project.spans(win.ws.doc.id, "auto")  # suggestions to accept
        rules = learn.open_rules()
        qtbot.waitUntil(lambda: not rules.panel.running, timeout=30000)
        assert rules.summary.text().startswith("No annotated documents in gold")
        assert rules.rules.rowCount() > 0  # the switches stay usable
        rules.close()
        accept_precise(qtbot, learn)
        assert (
            win.statusBar()
            .currentMessage()
            .startswith("No annotated documents in gold to measure the rules' precision against")
        )
        assert session.project.spans(win.ws.doc.id, "lead") == []
    finally:
        win.close()
        session.close()


def test_accepting_by_precision_measures_on_a_worker(qtbot, project_path) -> None:  # noqa: ANN001
    """The first Accept suggestions of precise rules measures every rule against all the gold:
    on a worker (before: on the window's thread, the window frozen for as long; about a second
    per dozen gold documents). The suggestions are accepted when it is done, if the document is
    still open; another document opened meanwhile gets nothing it did not ask for."""
    win, learn, session = window_for(qtbot, project_path, "alice")
    try:
        first = win.ws.doc.id
        assert learn.accept_precise(0.9)
        assert learn.measure.running  # returned at once, the window usable
        assert win.statusBar().currentMessage().startswith("Measuring the rules against gold")
        other = next(d.id for d in session.project.document_infos() if d.id != first)
        win.ws.open_document(other)
        qtbot.waitUntil(lambda: not learn.measure.running, timeout=30000)
        assert session.project.spans(first, "alice") == []
        assert session.project.spans(other, "alice") == []
        # measured now: the next press accepts at once, one undo step
        assert learn.accept_precise(0.9) and not learn.measure.running
        assert session.project.spans(other, "alice")
        win.ws.undo()
        assert session.project.spans(other, "alice") == []
    finally:
        win.close()
        session.close()


def test_training_refusal_in_chinese(qtbot, no_gold_path, chinese) -> None:  # noqa: ANN001
    """Train model… on a project without gold, in Chinese: the refusal is Chinese (before: the
    core's English sentence after 训练失败：)."""
    win, learn, session = window_for(qtbot, no_gold_path)
    try:
        dialog = learn.open_train()
        with qtbot.waitSignal(dialog.panel.failed, timeout=30000):
            dialog.start()
        text = dialog.panel.status.text()
        assert CJK.search(text) and "annotated" not in text and "gold" in text, text
        dialog.close()
    finally:
        win.close()
        session.close()


def test_a_relation_accepted_after_its_ends_keeps_what_made_it(qtbot, project_path) -> None:  # noqa: ANN001
    """The usual way through a suggested relation: its two ends accepted one by one (A, N, A),
    then the relation (Accept relation in the list). Before, that last step linked the spans
    as a manual relation: the rule that made it was lost (in exports, bundles, the measures
    against done layers); now it stays, as when the ends and the relation are accepted at once.
    The relation list says what made each relation in its tooltip."""
    win, learn, session = window_for(qtbot, project_path, "alice")
    try:
        ws = win.ws
        for info in session.project.document_infos():
            ws.open_document(info.id)
            if ws.suggested_relations():
                break
        rel, head, tail = ws.suggested_relations()[0]
        assert rel.provenance.startswith("relation.")
        rels = win.findChild(QListWidget, "relationItems")
        win.docks["relations"].show()
        win.relation_list._rebuild_relations()
        tips = [rels.item(i).toolTip() for i in range(rels.count())]
        assert any(rel.provenance in t for t in tips), tips
        ws.accept(head.id)
        ws.accept(tail.id)
        assert [r for r, _, _ in ws.suggested_relations() if r.id == rel.id]  # still to decide
        ws.accept_relation(rel.id)
        mine = [r for r in session.project.relations(info.id, "alice") if r.type == rel.type]
        assert mine and mine[0].provenance == rel.provenance
        ws.undo()  # exactly the step before: the ends stay, the relation goes
        assert [r for r in session.project.relations(info.id, "alice")] == []
        assert {s.text for s in session.project.spans(info.id, "alice")} >= {head.text, tail.text}
    finally:
        win.close()
        session.close()


def test_rules_screen_measures_against_an_annotators_done_documents(qtbot, tmp_path) -> None:  # noqa: ANN001
    """A team that has not adjudicated yet: the rules screen measures against an annotator's
    done documents, as `civannot rules --against alice` does (before: gold only, so "no gold"
    while the command measured). The figures agree with the command's."""
    from civannot.learn.rules_report import rules_report
    from civannot.records import DocumentInput, LayerInput, Span
    from tests.learn_support import synthetic_docs

    use_temp_settings(tmp_path)
    path = tmp_path / "team.civ"
    p = Project.create(path)
    p.import_batch([
        (
            DocumentInput(f"doc{d.key:03d}", d.text),
            [LayerInput("alice", [Span(s.start, s.end, s.label, s.text, "manual")
                                  for s in d.spans], d.relations, True)],
        )
        for d in synthetic_docs(4)
    ])  # fmt: skip
    expected = rules_report(p, ["alice"])
    p.close()
    win, learn, session = window_for(qtbot, path)
    try:
        rules = learn.open_rules()
        qtbot.waitUntil(lambda: not rules.panel.running, timeout=30000)
        assert rules.summary.text().startswith("No annotated documents in gold")
        labels = [rules.against.itemText(i) for i in range(rules.against.count())]
        assert labels == ["gold", "done documents of alice"]
        rules.against.setCurrentIndex(1)  # measures again at once
        qtbot.waitUntil(lambda: not rules.panel.running, timeout=30000)
        assert rules.summary.text().startswith("4 done documents of alice.")
        shown = {
            rules.rules.item(i, 1).text(): rules.rules.item(i, 2).text()
            for i in range(rules.rules.rowCount())
        }
        assert shown == {r["rule"]: str(r["count"]) for r in expected["rules"]}
        assert any(int(c) > 0 for c in shown.values())
        rules.close()
    finally:
        win.close()
        session.close()


def test_preannotate_dialog_can_leave_the_model_out(qtbot, project_path, monkeypatch) -> None:  # noqa: ANN001
    """Tools → Pre-annotate… has `civannot preannotate --rules-only`: with a trained model, the
    lead can write the rules' suggestions alone, to compare (before: only the command could).
    Without a model there is nothing to leave out: the choice is off."""
    import civannot.learn.crf as crf
    from civannot.learn.training import train_project
    from civannot.ui.project_actions import PreannotateDialog

    monkeypatch.setattr(crf, "DEFAULT_PARAMS", {**crf.DEFAULT_PARAMS, "max_iterations": 10})
    win, _learn, session = window_for(qtbot, project_path)
    try:
        dlg = PreannotateDialog(win)
        qtbot.addWidget(dlg)
        assert not dlg.rules_only.isEnabled()
        train_project(session.project, curve=False)
        dlg.show()
        assert dlg.rules_only.isEnabled() and not dlg.rules_only.isChecked()
        dlg.rules_only.setChecked(True)
        with qtbot.waitSignal(dlg.done, timeout=120000):
            assert dlg.start()
        assert dlg.summary is not None and dlg.summary["model"] is None
        assert "Rules only, as chosen" in dlg.result_label.text()
        dlg.rules_only.setChecked(False)
        with qtbot.waitSignal(dlg.done, timeout=120000):
            assert dlg.start()
        assert dlg.summary["model"] == "model:crf@1"
        dlg.close()
    finally:
        win.close()
        session.close()


def test_in_a_bundle_accepting_by_precision_uses_the_leads_measures(qtbot, tmp_path) -> None:  # noqa: ANN001
    """An annotator's bundle: Accept suggestions of precise rules goes by the precisions the
    lead's gold gave when the bundle was made (before: measured against the bundle's gold, of
    which there is none: nothing accepted, "adjudicate gold first"); Train model… and Rules and
    model… are off there, as Pre-annotate… is."""
    from civannot.assignment import assign_project
    from civannot.bundle import export_bundle
    from civannot.learn.rules_report import measured_precisions
    from tests.learn_support import build_project

    use_temp_settings(tmp_path)
    lead = build_project(tmp_path / "lead.civ", n=6)
    try:
        preannotate(lead)
        assign_project(lead, ["alice"], 0.0)
        export_bundle(lead, "alice", tmp_path / "alice.civ")
        precision = measured_precisions(lead)["precision"]
    finally:
        lead.close()
    win, learn, session = window_for(qtbot, tmp_path / "alice.civ", "alice")
    try:
        assert not win.learning_actions["train"].isEnabled()
        assert not win.learning_actions["rules"].isEnabled()
        assert learn.accept_precise(0.9) and not learn.measure.running
        mine = session.project.spans(win.ws.doc.id, "alice")
        assert mine and all(precision[s.provenance] >= 0.9 for s in mine)
        assert win.statusBar().currentMessage().startswith(f"Accepted {len(mine)} suggestions")
    finally:
        win.close()
        session.close()


def test_the_annotator_chooses_the_precision_threshold(qtbot, project_path, monkeypatch) -> None:  # noqa: ANN001
    """Edit → Precision threshold for accepting… (before: 90 %, fixed): the annotator's choice
    names the menu item, is kept in the settings for the next window, and is what Accept
    suggestions of precise rules goes by."""
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (99, True)))
    win, learn, session = window_for(qtbot, project_path, "alice")
    try:
        assert "≥ 90%" in win.learning_actions["accept"].text()
        assert learn.choose_threshold()
        assert "≥ 99%" in win.learning_actions["accept"].text()
        precision = learn.precisions()
        accept_precise(qtbot, learn, None)
        mine = session.project.spans(win.ws.doc.id, "alice")
        assert all(precision[s.provenance] >= 0.99 for s in mine)
        assert "≥ 99%" in win.statusBar().currentMessage()
    finally:
        win.close()
        session.close()
    win2, _learn2, session2 = window_for(qtbot, project_path, "alice")
    try:
        assert "≥ 99%" in win2.learning_actions["accept"].text()  # kept for the next window
    finally:
        win2.close()
        session2.close()
