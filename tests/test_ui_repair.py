"""The flag panel's Choose another… / Reject / Accept put the reading in the article text."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu  # noqa: E402
from test_repair_choice import CLEAN, RAW, loose_document  # noqa: E402
from ui_support import use_temp_settings  # noqa: E402

from civannot.project import Project  # noqa: E402
from civannot.records import DocumentInput, LayerInput, Span  # noqa: E402

pytestmark = pytest.mark.gui


def open_window(qtbot, path):  # noqa: ANN001, ANN201
    from civannot.ui.app import start

    controller = start(str(path), "alice")
    assert controller is not None
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    return controller, window


def pick_from_popup(qtbot, reading: str) -> None:  # noqa: ANN001
    """Trigger `reading` in the menu the button is about to open."""
    seen: list[list[str]] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick)
            return
        seen.append([a.text() for a in menu.actions()])
        for action in menu.actions():
            if action.text() == reading:
                action.trigger()
        menu.close()

    QTimer.singleShot(20, pick)
    return seen


@pytest.fixture
def project_path(tmp_path):  # noqa: ANN001, ANN201
    # The article of test_repair_choice: damage at 法 of 政法委 (nothing certain: the normaliser
    # writes `��`, which the lead rejected, so the garbled text is back with its readings) and
    # 对 of 对照 (repaired).
    use_temp_settings(tmp_path)
    text, offset_map, flags = loose_document(tmp_path)
    second = text.index("张国旺", 20)
    path = tmp_path / "p.civ"
    p = Project.create(path)
    try:
        doc = DocumentInput(
            external_id="a1", text=text, raw=RAW, offset_map=offset_map, flags=flags
        )
        p.import_batch([(doc, [LayerInput("alice", [Span(second, second + 3, "PERSON")])])])
    finally:
        p.close()
    return path


def selections(view) -> dict[str, tuple[int, int]]:  # noqa: ANN001
    """Text of each drawn span or flag -> its code-point range in the view."""
    out = {}
    for sel in view.extraSelections():
        c = sel.cursor
        out[c.selectedText()] = (
            view.pmap.from_qt(c.selectionStart()),
            view.pmap.from_qt(c.selectionEnd()),
        )
    return out


def test_choose_another_reading_changes_the_article(qtbot, project_path) -> None:  # noqa: ANN001
    controller, w = open_window(qtbot, project_path)
    try:
        ws, view, panel = w.ws, w.article, w.tagging
        text = ws.text
        assert view.toPlainText() == text
        repairs = [i for i, f in enumerate(ws.doc.flags) if f.kind == "gbk_repair"]
        loose, fixed = repairs
        flag = ws.doc.flags[loose]
        damaged = text[flag.start : flag.end]
        choice = flag.alternatives[1]
        delta = len(choice) - len(damaged)
        (person,) = ws.spans.values()

        rows = {panel.flag_list.item(r).data(256): r for r in range(panel.flag_list.count())}
        panel.flag_list.setCurrentRow(rows[loose])
        assert panel.flag_choose.isEnabled()
        offered = pick_from_popup(qtbot, choice)
        panel.flag_choose.click()
        qtbot.waitUntil(lambda: ws.text != text, timeout=3000)

        expected = text[: flag.start] + choice + text[flag.end :]
        assert offered and offered[0] == flag.alternatives  # the damage is in place: all offered
        assert ws.text == expected and view.toPlainText() == expected
        qtbot.wait(50)  # the view redraws on the next turn of the event loop
        drawn = selections(view)
        assert drawn["张国旺"] == (person.start + delta, person.end + delta)
        # the chosen repair is no longer open, so no longer marked in the text
        assert choice not in drawn
        assert panel.flag_list.currentRow() == rows[loose]
        assert "→" not in panel.flag_list.currentItem().text()
        assert w.documents.model.info_at(0).flag_count == 1
        # now the damage is among the readings offered, the chosen one is not
        offered = pick_from_popup(qtbot, "no such reading")
        panel.flag_choose.click()
        qtbot.waitUntil(lambda: bool(offered), timeout=3000)
        assert choice not in offered[0] and damaged == offered[0][-1]

        # undo / redo from the window's Edit menu redraw the article as well
        w.undo_action.trigger()
        assert view.toPlainText() == text and ws.spans[person.id].start == person.start
        w.redo_action.trigger()
        assert view.toPlainText() == expected
        assert ws.spans[person.id].start == person.start + delta

        # Reject on the repaired flag: the damaged original comes back into the article
        fixed_flag = ws.doc.flags[fixed]
        original = fixed_flag.alternatives[-1]
        panel.flag_list.setCurrentRow(rows[fixed])
        panel.flag_reject.click()
        assert original in view.toPlainText() and fixed_flag.applied not in view.toPlainText()
        assert ws.doc.flags[fixed].status == "rejected"
        assert w.documents.model.info_at(0).flag_count == 0
        doc_id = ws.doc.id
        shown = view.toPlainText()
    finally:
        w.close()
        controller.close()
    project = Project.open(project_path)
    try:
        assert project.document(doc_id).text == shown
        (stored,) = project.spans(doc_id, "alice")
        assert stored.text == "张国旺" and shown[stored.start : stored.end] == "张国旺"
    finally:
        project.close()


def test_type_the_reading_checked_against_the_damaged_bytes(
    qtbot, project_path, monkeypatch
) -> None:  # noqa: ANN001
    """Issue 18 fix 3: the right reading is not offered; the annotator types it."""
    from civannot.flag_review import damaged_reading
    from civannot.ui import tagging_panel

    controller, w = open_window(qtbot, project_path)
    try:
        ws, panel = w.ws, w.tagging
        text = ws.text
        index = next(
            i
            for i, f in enumerate(ws.doc.flags)
            if f.kind == "gbk_repair" and damaged_reading(f, text) is not None
        )
        flag = ws.doc.flags[index]
        damaged = damaged_reading(flag, text)
        # find the reading whose GBK bytes after the first equal the surviving ones
        from civannot.reading_check import check_typed_reading

        truth = next(
            CLEAN[i:j]
            for i in range(len(CLEAN))
            for j in range(i + 1, min(i + 5, len(CLEAN)) + 1)
            if check_typed_reading(CLEAN[i:j], damaged) is None
        )
        rows = {panel.flag_list.item(r).data(256): r for r in range(panel.flag_list.count())}
        panel.flag_list.setCurrentRow(rows[index])
        assert panel.flag_type.isEnabled()
        # a reading that does not fit the bytes is refused, with the reason near the text
        monkeypatch.setattr(tagging_panel, "ask_reading", lambda *_a: "错字")
        panel.flag_type.click()
        assert ws.text == text
        assert "does not fit" in w.article.notice.text()
        # the right one goes in, recorded as the chosen reading, one undo step
        monkeypatch.setattr(tagging_panel, "ask_reading", lambda *_a: truth)
        panel.flag_type.click()
        qtbot.waitUntil(lambda: ws.text != text, timeout=3000)
        assert ws.text == text[: flag.start] + truth + text[flag.end :]
        chosen = ws.doc.flags[index]
        assert chosen.status == "chosen" and chosen.alternatives[0] == truth
        assert damaged in chosen.alternatives  # rejecting still puts the damage back
        w.undo_action.trigger()
        qtbot.waitUntil(lambda: ws.text == text, timeout=3000)
    finally:
        w.close()
        controller.close()
    p = Project.open(project_path)
    try:
        doc = p.document(p.document_infos()[0].id)
        assert doc.text == text
    finally:
        p.close()
