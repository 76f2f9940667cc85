"""Code points vs Qt UTF-16 positions: a name with 𠮷 (U+20BB7) and a span after it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from ui_support import make_project, use_temp_settings  # noqa: E402

from civannot.project import Project  # noqa: E402
from civannot.ui.offsets import PositionMap  # noqa: E402

pytestmark = pytest.mark.gui

TEXT = "副市长𠮷𠮷明在会上强调，要做好𠮷林路整治。市委书记王𠮷出席。"


@given(st.text(alphabet=st.sampled_from("a张，𠮷\U0001f600\n "), max_size=40))
def test_position_map_round_trips(text: str) -> None:
    m = PositionMap(text)
    assert m.qt_length == len(text.encode("utf-16-le")) // 2
    for i in range(len(text) + 1):
        q = m.to_qt(i)
        assert q == len(text[:i].encode("utf-16-le")) // 2
        assert m.from_qt(q) == i and m.from_qt_end(q) == i
    for i, ch in enumerate(text):
        if ord(ch) > 0xFFFF:  # the middle of a surrogate pair rounds outwards
            q = m.to_qt(i) + 1
            assert m.from_qt(q) == i and m.from_qt_end(q) == i + 1


def test_tagging_around_astral_characters_stores_exact_offsets(qtbot, tmp_path) -> None:  # noqa: ANN001
    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ", [TEXT])
    from civannot.ui.app import start

    controller = start(str(path), "alice")
    w = controller.window
    qtbot.addWidget(w)
    view = w.article
    try:
        name = (3, 6)  # 𠮷𠮷明
        road = (TEXT.index("𠮷林路"), TEXT.index("𠮷林路") + 3)
        last = (TEXT.index("王𠮷"), TEXT.index("王𠮷") + 2)
        # select in Qt's own units, as a mouse or Shift+arrows would
        for (s, e), k in ((name, Qt.Key.Key_1), (road, Qt.Key.Key_5), (last, Qt.Key.Key_1)):
            c = view.textCursor()
            c.setPosition(len(TEXT[:s].encode("utf-16-le")) // 2)
            c.setPosition(len(TEXT[:e].encode("utf-16-le")) // 2, c.MoveMode.KeepAnchor)
            view.setTextCursor(c)
            assert c.selectedText() == TEXT[s:e]
            qtbot.keyClick(view, k)
        # the span drawn for the name covers exactly its characters in Qt units
        span = next(s for s in w.ws.spans.values() if s.start == 3)
        sel = view._selection_for(span, "mine", w.ws.selected == span.id)
        assert sel.cursor.selectedText() == "𠮷𠮷明"
        # hover on the character after the name's last 𠮷 reports the name's span
        assert "PERSON" in view.tooltip_at(5)
        doc_id = w.ws.doc.id
    finally:
        w.close()
        controller.close()
    project = Project.open(path)
    try:
        stored = sorted((s.start, s.end, s.label, s.text) for s in project.spans(doc_id, "alice"))
    finally:
        project.close()
    assert stored == [
        (3, 6, "PERSON", "𠮷𠮷明"),
        (road[0], road[1], "LOC", "𠮷林路"),
        (last[0], last[1], "PERSON", "王𠮷"),
    ]
