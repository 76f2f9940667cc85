"""prec29: the rules' measured precisions follow the project's change bus (gold added or
adjudicated since they were measured made them stale), and a suggestion's prior and its rule's
measured precision are shown side by side, each named."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from civannot.learn.explain import explain  # noqa: E402
from civannot.learn.rules_report import stales_precisions  # noqa: E402
from civannot.session import Session  # noqa: E402
from civannot.store.change import Change  # noqa: E402
from tests.test_ui_learning import accept_precise, preannotated_project, window_for  # noqa: E402


def test_which_changes_make_the_precisions_stale() -> None:
    assert stales_precisions(Change("add", 3, "gold"))
    assert not stales_precisions(Change("add", 3, "alice"))
    assert not stales_precisions(Change("pre-annotate", None, "", layers={"auto"}))
    assert stales_precisions(Change("import", None, "", layers={"auto", "gold"}))
    assert stales_precisions(Change("elsewhere", None, "", external=True))
    assert stales_precisions(Change("repair", 3, "", text_changed=True))
    assert stales_precisions(Change("add", 3, "alice"), ["alice", "bob"])


def test_the_prior_and_the_measured_precision_are_named_apart() -> None:
    assert explain("title.chain", 0.9).endswith("· confidence 90%")
    both = explain("title.chain", 0.9, (0.975, 12))
    assert both.endswith("· rule prior 90% · measured precision 97.5% on 12 gold documents")
    model = explain("model:crf@3", 0.72, (0.9, 12))
    assert "confidence 72% · measured precision 90.0%" in model


@pytest.mark.gui
def test_gold_changed_since_the_measure_is_measured_again(qtbot, tmp_path) -> None:  # noqa: ANN001
    """The figures of accepting by precision were measured once per model version: gold
    adjudicated since left them stale. Now a change to gold measures them again on a worker,
    and the next accept uses the new figures."""
    win, learn, session = window_for(qtbot, preannotated_project(tmp_path), "alice")
    gold = Session(session.project, "gold")
    try:
        ws = win.ws
        assert accept_precise(qtbot, learn, 0.9)
        before = dict(learn.precisions())
        titles = {s.provenance for s in session.project.spans(ws.doc.id, "alice")}
        titles &= {s.provenance for s in ws.visible_suggestions() if s.label == "TITLE"} | {
            s.provenance for s in session.project.spans(ws.doc.id, "alice") if s.label == "TITLE"
        }
        assert titles and all(before[t] >= 0.9 for t in titles)
        ws.undo()
        # the gold's titles adjudicated away, document by document (a burst of changes)
        for info in session.project.document_infos():
            ids = [s.id for s in session.project.spans(info.id, "gold") if s.label == "TITLE"]
            if ids:
                gold.remove_spans(ids, "no titles in gold")
        qtbot.waitUntil(
            lambda: not learn.stale_timer.isActive() and not learn.measure.running,
            timeout=30000,
        )
        after = learn._precisions[1] if learn._precisions else {}
        assert all(after.get(t, 0.0) < 0.9 for t in titles), (titles, after)
        assert learn.accept_precise(0.9) and not learn.measure.running  # measured already
        mine = session.project.spans(ws.doc.id, "alice")
        assert mine and not any(s.label == "TITLE" for s in mine)
    finally:
        win.close()
        session.close()


@pytest.mark.gui
def test_the_tooltip_shows_the_measured_precision(qtbot, tmp_path) -> None:  # noqa: ANN001
    win, learn, session = window_for(qtbot, preannotated_project(tmp_path), "alice")
    try:
        ws = win.ws
        sug = next(s for s in ws.visible_suggestions() if s.label == "TITLE")
        assert "measured precision" not in win.article.tooltip_at(sug.start)
        assert accept_precise(qtbot, learn, 1.01) is False  # a bad threshold: nothing measured
        learn.accept_precise(0.9)
        qtbot.waitUntil(lambda: not learn.measure.running, timeout=30000)
        ws.undo()
        sug = next(s for s in ws.visible_suggestions() if s.label == "TITLE")
        tip = win.article.tooltip_at(sug.start)
        assert "rule prior" in tip and "measured precision" in tip and "gold documents" in tip
        ws.select(sug.id)
        qtbot.waitUntil(lambda: "rule" in win.tagging.selected_label.text(), timeout=5000)
        assert "measured precision" in win.tagging.selected_label.text()
    finally:
        win.close()
        session.close()


@pytest.mark.gui
def test_the_rules_screen_follows_gold(qtbot, tmp_path) -> None:  # noqa: ANN001
    """The rules screen, open, measures again (on its worker) when gold changes."""
    win, learn, session = window_for(qtbot, preannotated_project(tmp_path), "lead")
    gold = Session(session.project, "gold")
    try:
        screen = learn.open_rules()
        qtbot.waitUntil(lambda: not screen.panel.running, timeout=30000)
        first = {r["rule"]: r["tp"] for r in screen.report["rules"]}
        for info in session.project.document_infos():
            ids = [s.id for s in session.project.spans(info.id, "gold") if s.label == "TITLE"]
            if ids:
                gold.remove_spans(ids, "no titles in gold")
        qtbot.waitUntil(lambda: learn.stale_timer.isActive() or screen.panel.running, timeout=5000)
        qtbot.waitUntil(
            lambda: not learn.stale_timer.isActive() and not screen.panel.running, timeout=30000
        )
        now = {r["rule"]: r["tp"] for r in screen.report["rules"]}
        assert now != first and all(now[r] <= first[r] for r in first if r in now)
        # accepting by precision takes the screen's new figures against gold
        assert learn._precisions is not None
    finally:
        win.close()
        session.close()


def test_the_measured_precision_in_both_languages(qapp) -> None:  # noqa: ANN001
    """In English the window says what civannot.learn.explain says; in Chinese the two
    percentages are named apart too."""
    from civannot.ui.i18n import install_language
    from civannot.ui.learn_words import explain_text, set_measured

    set_measured({"title.chain": 0.975, "model:crf@3": 0.9}, 12)
    try:
        install_language("en")
        for prov in ("title.chain", "model:crf@3", "date.absolute"):
            for conf in (None, 0.9):
                measured = {"title.chain": (0.975, 12), "model:crf@3": (0.9, 12)}.get(prov)
                assert explain_text(prov, conf) == explain(prov, conf, measured)
        assert install_language("zh_CN") == "zh_CN"
        text = explain_text("title.chain", 0.9)
        assert text.endswith("· 规则先验 90% · 实测精确率 97.5%（基于 12 篇金标准文档）"), text
    finally:
        install_language("en")
        set_measured({}, 0)
