"""A whole annotation session driven through a real main window (offscreen), then checked in
the stored project through a fresh Project.open."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QInputMethodEvent, QTextCursor  # noqa: E402
from ui_support import TEXTS, add_suggestions, make_project, use_temp_settings  # noqa: E402

from civannot.project import Project  # noqa: E402

pytestmark = pytest.mark.gui

T0 = TEXTS[0]


def char_point(view, pos: int) -> QPoint:  # noqa: ANN001
    """The viewport point in the middle of code point `pos` of the shown text."""
    q = view.pmap.to_qt(pos)
    c = QTextCursor(view.document())
    c.setPosition(q)
    left = view.cursorRect(c)
    c.setPosition(view.pmap.to_qt(pos + 1))
    right = view.cursorRect(c)
    x = (left.x() + right.x()) // 2 if right.y() == left.y() else left.x() + 4
    return QPoint(x, left.center().y())


def click(qtbot, view, pos: int) -> None:  # noqa: ANN001
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=char_point(view, pos))


def key(qtbot, view, k, mods=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(view, k, mods)


def find_span(ws, text: str, label: str | None = None):  # noqa: ANN001, ANN201
    hits = [s for s in ws.spans.values() if s.text == text and (label is None or s.label == label)]
    assert len(hits) == 1, (text, label, ws.spans)
    return hits[0]


@pytest.fixture
def project_path(tmp_path):  # noqa: ANN001, ANN201
    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ")
    # suggestions: DATE, TITLE, PERSON (linked HOLDS_TITLE), DOC; and one for document 2
    add_suggestions(
        path,
        0,
        [(0, 6, "DATE"), (7, 11, "TITLE"), (11, 14, "PERSON"), (47, 57, "DOC")],
        relations=[("HOLDS_TITLE", 2, 1)],
    )
    return path


def open_window(qtbot, path):  # noqa: ANN001, ANN201
    from civannot.ui.app import start

    controller = start(str(path), "alice")
    assert controller is not None
    window = controller.window  # closed by the tests: the controller may delete it
    window.show()
    qtbot.waitExposed(window)
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.article.setFocus()
    return controller, window


def test_whole_session_is_stored(qtbot, project_path) -> None:  # noqa: ANN001
    controller, w = open_window(qtbot, project_path)
    ws, view = w.ws, w.article
    assert w.windowTitle() == "p"  # Qt adds " — civannot" (the display name) itself
    assert "p" in w.windowTitle()
    assert ws.doc is not None and ws.doc.text == T0
    doc_id = ws.doc.id

    # tag: a selection with its enclosing marks snaps to the title inside 《》
    view.select_range(46, 58)  # 《全国文明城市测评体系》
    key(qtbot, view, Qt.Key.Key_7)
    doc_span = find_span(ws, "全国文明城市测评体系", "DOC")
    assert (doc_span.start, doc_span.end) == (47, 57)
    assert ws.selected == doc_span.id

    # tag the second 张国旺 as ORG by mistake, then relabel it by key
    view.select_range(32, 35)
    key(qtbot, view, Qt.Key.Key_3)
    wrong = find_span(ws, "张国旺", "ORG")
    click(qtbot, view, 33)
    assert ws.selected == wrong.id
    key(qtbot, view, Qt.Key.Key_1)
    person2 = find_span(ws, "张国旺", "PERSON")
    assert person2.id == wrong.id

    # suggestions: the DOC suggestion is hidden (decided); N walks DATE, TITLE, PERSON
    visible = [(s.start, s.label) for s in ws.visible_suggestions()]
    assert visible == [(0, "DATE"), (7, "TITLE"), (11, "PERSON")]
    view.setTextCursor(QTextCursor(view.document()))
    key(qtbot, view, Qt.Key.Key_N)
    assert ws.span(ws.selected).label == "DATE"
    key(qtbot, view, Qt.Key.Key_A)
    date = find_span(ws, "10月13日", "DATE")
    assert date.origin == "suggestion"
    key(qtbot, view, Qt.Key.Key_N)
    assert ws.span(ws.selected).label == "TITLE"
    key(qtbot, view, Qt.Key.Key_A)
    title = find_span(ws, "市委书记", "TITLE")
    key(qtbot, view, Qt.Key.Key_N)
    assert ws.span(ws.selected).label == "PERSON"
    key(qtbot, view, Qt.Key.Key_R)
    assert ws.visible_suggestions() == []

    # tag the first 张国旺 by hand and link it to its title with L and a click
    view.select_range(11, 14)
    key(qtbot, view, Qt.Key.Key_1)
    person1 = ws.spans[ws.selected]
    assert person1.text == "张国旺"
    key(qtbot, view, Qt.Key.Key_L)
    assert ws.link_head == person1.id
    click(qtbot, view, 8)
    rels = list(ws.relations.values())
    assert [(r.type, r.head, r.tail) for r in rels] == [("HOLDS_TITLE", person1.id, title.id)]

    # a wrong head/tail type is refused with a message
    ws.select(person1.id)
    key(qtbot, view, Qt.Key.Key_L)
    click(qtbot, view, 2)  # the DATE
    assert len(ws.relations) == 1
    assert "PERSON" in w.statusBar().currentMessage()
    # an overlap the guideline forbids is refused
    view.select_range(10, 13)
    key(qtbot, view, Qt.Key.Key_5)
    assert "overlap" in w.statusBar().currentMessage()
    assert not any(s.label == "LOC" for s in ws.spans.values())

    # DIRECTIVE: Shift+D tags the sentence at the caret without the reporting frame
    view.setTextCursor(view._cursor(50, 50))
    key(qtbot, view, Qt.Key.Key_D, Qt.KeyboardModifier.ShiftModifier)
    directive = find_span(
        ws, "各级各部门要对照《全国文明城市测评体系》，扎实开展问题整改", "DIRECTIVE"
    )
    # ISSUED_BY with its relation key, clicking the speaker
    ws.select(directive.id)
    key(qtbot, view, Qt.Key.Key_I)
    click(qtbot, view, 33)
    assert ("ISSUED_BY", directive.id, person2.id) in {
        (r.type, r.head, r.tail) for r in ws.relations.values()
    }

    # keyboard resize, then undo it from the Edit menu (named after the command)
    ws.select(date.id)
    key(qtbot, view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert ws.spans[date.id].end == 5
    assert w.undo_action.text() == f"&Undo {ws.session.undo_text}"
    assert "Resize" in w.undo_action.text()
    w.undo_action.trigger()
    assert ws.spans[date.id].end == 6

    # delete, undo (Ctrl+Z), redo (Ctrl+Shift+Z), undo again: the span and its link are back
    ws.select(title.id)
    key(qtbot, view, Qt.Key.Key_Delete)
    assert title.id not in ws.spans and not any(r.tail == title.id for r in ws.relations.values())
    key(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.id in ws.spans, w.statusBar().currentMessage()
    assert any(r.tail == title.id for r in ws.relations.values())
    key(
        qtbot,
        view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert title.id not in ws.spans
    w.undo_action.trigger()
    assert title.id in ws.spans

    # label legend counts this document's spans (panels refresh when the event loop runs)
    qtbot.wait(5)
    assert w.tagging.count_labels["PERSON"].text().startswith("2")

    # Ctrl+Enter: done, and the next document opens
    key(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ws.doc.id != doc_id
    assert w.documents.model.statuses[doc_id] == "done"
    expected = {
        (s.start, s.end, s.label, s.origin) for s in ws.session.project.spans(doc_id, "alice")
    }
    w.close()
    controller.close()

    # everything is in the file
    project = Project.open(project_path)
    try:
        stored = {(s.start, s.end, s.label) for s in project.spans(doc_id, "alice")}
        assert stored == {
            (0, 6, "DATE"),
            (7, 11, "TITLE"),
            (11, 14, "PERSON"),
            (32, 35, "PERSON"),
            (47, 57, "DOC"),
            (38, 67, "DIRECTIVE"),
        }
        origins = {s.label: s.origin for s in project.spans(doc_id, "alice")}
        assert origins["DATE"] == "suggestion" and origins["DOC"] == "manual"
        assert all(s.author == "alice" for s in project.spans(doc_id, "alice"))
        by_id = {s.id: s for s in project.spans(doc_id, "alice")}
        rels = {
            (r.type, by_id[r.head].text, by_id[r.tail].text)
            for r in project.relations(doc_id, "alice")
        }
        assert rels == {
            ("HOLDS_TITLE", "张国旺", "市委书记"),
            ("ISSUED_BY", by_id[directive.id].text, "张国旺"),
        }
        assert project.status(doc_id, "alice") == "done"
        auto = {(s.start, s.label) for s in project.spans(doc_id, "auto")}
        assert (11, "PERSON") not in auto  # rejected
    finally:
        project.close()

    # reopen: the window shows the stored work
    controller, w = open_window(qtbot, project_path)
    try:
        w.ws.open_document(doc_id)
        shown = {(s.start, s.end, s.label, s.origin) for s in w.ws.spans.values()}
        assert shown == expected
        assert w.documents.model.statuses[doc_id] == "done"
        assert len(w.ws.relations) == 2
    finally:
        w.close()
        controller.close()


def test_shortcuts_do_not_fire_in_search_box_or_while_composing(qtbot, project_path) -> None:  # noqa: ANN001
    controller, w = open_window(qtbot, project_path)
    try:
        ws, view = w.ws, w.article
        view.select_range(11, 14)
        # typing a label key into the search box types it, nothing is tagged
        w.documents.search.setFocus()
        qtbot.keyClicks(w.documents.search, "1")
        assert w.documents.search.text() == "1"
        assert ws.spans == {}
        # an input method composing in the view: keys go to the composition
        view.setFocus()
        view.select_range(11, 14)
        view.inputMethodEvent(QInputMethodEvent("zhang", []))
        view.select_range(11, 14)
        assert view.composing
        key(qtbot, view, Qt.Key.Key_1)
        assert ws.spans == {}
        view.inputMethodEvent(QInputMethodEvent("", []))
        view.select_range(11, 14)
        key(qtbot, view, Qt.Key.Key_1)
        assert [s.text for s in ws.spans.values()] == ["张国旺"], w.statusBar().currentMessage()
    finally:
        w.close()
        controller.close()


def test_document_list_search_filter_and_raw_view(qtbot, project_path) -> None:  # noqa: ANN001
    controller, w = open_window(qtbot, project_path)
    try:
        docs = w.documents
        assert docs.model.rowCount() == len(TEXTS)
        docs.search.setText("背街小巷")
        docs.run_search()
        assert docs.model.rowCount() == 1
        assert docs.model.info_at(0).external_id == "doc-001"
        docs.search.clear()
        docs.run_search()
        docs.status.setCurrentIndex(docs.status.findData("in_progress"))
        assert docs.model.rowCount() == 0  # opening is not annotating
        w.article.select_range(11, 14)
        key(qtbot, w.article, Qt.Key.Key_1)
        docs.status.setCurrentIndex(0)
        docs.status.setCurrentIndex(docs.status.findData("in_progress"))
        assert docs.model.rowCount() == 1  # the document the annotator tagged in
        docs.status.setCurrentIndex(0)
        w.ws.undo()
        # raw view: read-only, tagging keys refused with a message
        w.raw_action.setChecked(True)
        assert w.article.raw_mode
        w.article.select_range(11, 14)
        key(qtbot, w.article, Qt.Key.Key_1)
        assert w.ws.spans == {}
        assert "raw" in w.statusBar().currentMessage()
        w.raw_action.setChecked(False)
        assert not w.article.raw_mode
        for name in ("File", "Edit", "View", "Tools", "Help"):
            assert w.menu(name).actions()
    finally:
        w.close()
        controller.close()


def test_quality_flags_accept_choose_reject_are_stored(qtbot, tmp_path) -> None:  # noqa: ANN001
    from civannot.records import Flag

    use_temp_settings(tmp_path)
    text = TEXTS[0]
    flags = [
        Flag("gbk_repair", 7, 9, "lead byte lost", 0.6, "市委", ["市萎", "市伟"]),
        Flag("gbk_repair", 11, 13, "lead byte lost", 0.5, "张国", ["章国"]),
        Flag("pinyin", 0, 0, "inline pinyin removed"),
    ]
    path = make_project(tmp_path / "p.civ", [text], flags={0: flags})
    controller, w = open_window(qtbot, path)
    try:
        panel = w.tagging
        assert panel.flag_list.count() == 3
        assert w.documents.model.info_at(0).flag_count == 3
        assert "lead byte lost" in w.article.tooltip_at(8)
        panel.flag_list.setCurrentRow(0)
        panel.flag_accept.click()
        w.ws.resolve_flag(1, "choose", "章国")
        panel.flag_list.setCurrentRow(2)
        panel.flag_reject.click()
        assert w.documents.model.info_at(0).flag_count == 0
        doc_id = w.ws.doc.id
    finally:
        w.close()
        controller.close()
    project = Project.open(path)
    try:
        stored = project.document(doc_id).flags
        assert [f.status for f in stored] == ["accepted", "chosen", "rejected"]
        assert stored[1].alternatives[0] == "章国"
        assert project.document_infos()[0].flag_count == 0
    finally:
        project.close()


def test_switching_annotator_and_language_rebuilds_the_window(qtbot, project_path) -> None:  # noqa: ANN001
    from civannot.ui.i18n import install_language, settings

    controller, w = open_window(qtbot, project_path)
    try:
        w.article.select_range(11, 14)
        key(qtbot, w.article, Qt.Key.Key_1)
        controller.apply_preferences("bob", "zh_CN")
        w2 = controller.window
        assert w2 is not w
        assert w2.session.annotator == "bob"
        assert w2.menu("File").title() == "文件(&F)"
        assert "bob" in w2.annotator_label.text()
        assert settings().value("annotator") == "bob"
        w2.ws.open_document(w.ws.doc.id)
        assert w2.ws.spans == {}  # bob's layer is his own
        w2.article.select_range(0, 6)
        key(qtbot, w2.article, Qt.Key.Key_6)
        assert [s.author for s in w2.ws.spans.values()] == ["bob"]
    finally:
        controller.window.close()
        controller.close()
        install_language("en")
    project = Project.open(project_path)
    try:
        doc = project.document_infos()[0].id
        assert [s.text for s in project.spans(doc, "alice")] == ["张国旺"]
        assert [s.text for s in project.spans(doc, "bob")] == ["10月13日"]
    finally:
        project.close()
