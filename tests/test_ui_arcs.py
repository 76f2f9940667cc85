"""Relations in the article (issue 18 fix 4, add 1): arcs drawn over the text, suggested
relations shown before their ends are accepted, linking from either end."""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from test_ui_session import click, open_window, project_path  # noqa: E402, F401

pytestmark = pytest.mark.gui


def test_suggested_relation_is_shown_drawn_and_accepted(qtbot, project_path) -> None:  # noqa: ANN001, F811
    controller, w = open_window(qtbot, project_path)
    try:
        ws, view, rl = w.ws, w.article, w.relation_list
        w.resize(1366, 768)  # the head and the tail on one line
        qtbot.wait(20)
        (sugg,) = ws.suggested_relations()
        rel, head, tail = sugg
        assert (head.text, tail.text, rel.type) == ("张国旺", "市委书记", "HOLDS_TITLE")
        qtbot.waitUntil(lambda: rl.relations.count() == 1, timeout=2000)
        assert "suggested" in rl.relations.item(0).text()
        view.viewport().repaint()
        qtbot.waitUntil(lambda: len(view.painted_arcs) == 1, timeout=2000)
        rid, curve, (x, y, bw, bh) = view.painted_arcs[0]
        assert rid == -rel.id
        # the arc rises above both ends, from the head to the tail
        assert curve[0][1] > min(p[1] for p in curve) and curve[3][0] < curve[0][0]
        # a click on its name selects it; A accepts it with both of its ends
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(int(x + bw / 2), int(y + bh / 2))
        )
        assert ws.selected_relation == -rel.id
        qtbot.waitUntil(
            lambda: (
                rl.relations.currentItem() is not None
                and rl.relations.currentItem().data(256) == -rel.id
            ),
            timeout=2000,
        )
        assert rl.accept_rel_button.isEnabled() and not rl.unlink_button.isEnabled()
        qtbot.keyClick(view, Qt.Key.Key_A)
        assert sorted(s.text for s in ws.spans.values()) == ["市委书记", "张国旺"]
        (mine,) = ws.relations.values()
        assert ws.spans[mine.head].text == "张国旺" and ws.suggested_relations() == []
        view.viewport().repaint()
        qtbot.waitUntil(lambda: [a[0] for a in view.painted_arcs] == [mine.id], timeout=2000)
        # select the arc, Del removes the relation (one undo step)
        _, _, (x, y, bw, bh) = view.painted_arcs[0]
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(int(x + bw / 2), int(y + bh / 2))
        )
        assert ws.selected_relation == mine.id
        qtbot.keyClick(view, Qt.Key.Key_Delete)
        assert ws.relations == {}
        ws.undo()
        assert len(ws.relations) == 1
        # the arcs toggle (View menu, Ctrl+Shift+L)
        w.arcs_action.setChecked(False)
        view.viewport().repaint()
        assert view.painted_arcs == [] and view.arc_at(QPoint(int(x), int(y))) is None
        w.arcs_action.setChecked(True)
    finally:
        w.close()
        controller.close()


def test_link_from_the_tail_end_links_the_right_way_round(qtbot, project_path) -> None:  # noqa: ANN001, F811
    controller, w = open_window(qtbot, project_path)
    try:
        ws, view = w.ws, w.article
        ws.open_document(ws.project.document_infos()[1].id)  # "市长穆嵘坤在会上指出…"
        view.select_range(0, 2)
        qtbot.keyClick(view, Qt.Key.Key_2)  # TITLE 市长
        view.select_range(2, 5)
        qtbot.keyClick(view, Qt.Key.Key_1)  # PERSON 穆嵘坤
        title = next(s for s in ws.spans.values() if s.label == "TITLE")
        person = next(s for s in ws.spans.values() if s.label == "PERSON")
        # L on the TITLE, then a click on the PERSON
        ws.select(title.id)
        qtbot.keyClick(view, Qt.Key.Key_L)
        assert ws.link_head == title.id
        click(qtbot, view, 3)
        (rel,) = ws.relations.values()
        assert (rel.type, rel.head, rel.tail) == ("HOLDS_TITLE", person.id, title.id)
        ws.undo()
        # the relation's own key (H) pressed on the TITLE end
        ws.select(title.id)
        qtbot.keyClick(view, Qt.Key.Key_H)
        click(qtbot, view, 3)
        (rel,) = ws.relations.values()
        assert (rel.head, rel.tail) == (person.id, title.id)
    finally:
        w.close()
        controller.close()


def test_many_arcs_open_fast(qtbot, tmp_path) -> None:  # noqa: ANN001
    """A 20,000-character article with 1,000 spans and 300 relations opens with its arcs drawn
    well within the budget (bench/bench_ui.py measures it precisely)."""
    from ui_support import use_temp_settings

    from civannot.project import Project
    from civannot.records import DocumentInput, LayerInput, Span
    from civannot.session import Session
    from civannot.ui.main_window import MainWindow

    use_temp_settings(tmp_path)
    flat = "市委书记张三主持召开会议，强调要扎实开展问题整改。" * 900
    # paragraphs with a blank line between them: room above each paragraph for names
    text = "\n\n".join(flat[i : i + 299] for i in range(0, 20000, 299))[:20000]
    spans, relations = [], []
    for k in range(1000):
        s = k * 20
        spans.append(Span(s, s + 4, "TITLE" if k % 2 else "PERSON"))
    for k in range(300):
        relations.append(("HOLDS_TITLE", 2 * k, 2 * k + 1))
    p = Project.create(tmp_path / "p.civ")
    p.import_batch([(DocumentInput("long", text), [LayerInput("alice", spans, relations)])])
    p.close()
    session = Session.open(str(tmp_path / "p.civ"), "alice")
    try:
        w = MainWindow(session)
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        qtbot.waitExposed(w)
        doc = session.project.document_id("long")
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            w.ws.open_document(doc)
            w.article.refresh()
            QApplication.processEvents()
            w.article.viewport().repaint()
            times.append(time.perf_counter() - t0)
        qtbot.waitUntil(lambda: bool(w.article.painted_arcs), timeout=2000)
        assert len(w.ws.relations) == 300
        # only the arcs on screen are drawn, so the cost does not grow with the article
        assert 0 < len(w.article.painted_arcs) < 100
        # names are drawn in the free band above a line, never over the text of a line
        view = w.article
        rows = []
        block, offset = view.firstVisibleBlock(), view.contentOffset()
        while block.isValid():
            geo = view.blockBoundingGeometry(block).translated(offset)
            if geo.top() > view.viewport().height():
                break
            layout = block.layout()
            for i in range(layout.lineCount() if block.length() > 1 else 0):
                top = geo.top() + layout.lineAt(i).y()
                rows.append((top, top + view.fontMetrics().height()))
            block = block.next()
        names = [box for _rid, _c, box in view.painted_arcs if box[2] > 0]
        assert names and rows
        for _x, y, _w, h in names:
            assert not any(y < bottom and top < y + h for top, bottom in rows), (y, h)
        assert sorted(times)[1] < 3.0, times  # generous: a shared, loaded test machine
    finally:
        w.close()
        session.close()


def test_folded_relation_list_is_built_when_it_shows(qtbot, project_path) -> None:  # noqa: ANN001, F811
    """A folded panel does no work on changes nobody sees: the relation list is rebuilt when
    it shows again, and then shows what changed meanwhile."""
    controller, w = open_window(qtbot, project_path)
    try:
        ws, rl = w.ws, w.relation_list
        qtbot.waitUntil(lambda: rl.relations.count() == 1, timeout=2000)
        assert "suggested" in rl.relations.item(0).text()
        w.folding.set_folded("relations", True)
        qtbot.waitUntil(lambda: not rl.relations.isVisible(), timeout=2000)
        ((rel, _head, _tail),) = ws.suggested_relations()
        ws.accept_relation(rel.id)
        QApplication.processEvents()
        assert len(ws.relations) == 1
        assert rl._relations_stale and "suggested" in rl.relations.item(0).text()
        w.folding.set_folded("relations", False)
        qtbot.waitUntil(
            lambda: rl.relations.count() == 1 and "suggested" not in rl.relations.item(0).text(),
            timeout=2000,
        )
        assert not rl._relations_stale
    finally:
        w.close()
        controller.close()
