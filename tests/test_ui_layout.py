"""The window at 1366×768 (issue 18 fix 2), text size, dark theme and the document panel
(add 6)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QWheelEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget, QScrollArea  # noqa: E402
from test_ui_session import open_window, project_path  # noqa: E402, F401

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_window_fits_the_screen(qtbot, project_path, size) -> None:  # noqa: ANN001, F811
    controller, w = open_window(qtbot, project_path)
    try:
        width, height = size
        w.resize(width, height - 60)  # a title bar and a panel take the rest
        qtbot.wait(50)
        assert w.minimumSizeHint().height() <= height - 60, w.minimumSizeHint()
        assert w.height() <= height - 60
        bar = w.statusBar()
        assert bar.isVisible() and bar.geometry().bottom() <= w.height()
        # the panels on the right scroll rather than overlap
        right = [
            d
            for d in w.findChildren(QDockWidget)
            if d.isVisible()
            and w.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea
            and not d.visibleRegion().isEmpty()
        ]
        for i, a in enumerate(right):
            for b in right[i + 1 :]:
                assert not a.geometry().intersects(b.geometry()), (a.objectName(), b.objectName())
        assert isinstance(w.docks["tagging"].widget(), QScrollArea)
        # every label button can be reached (scrolled to) in the tagging panel
        scroll = w.docks["tagging"].widget()
        last = list(w.tagging.label_buttons.values())[-1]
        scroll.ensureWidgetVisible(last)
        top_left = last.mapTo(scroll.viewport(), QPoint(0, 0))
        assert 0 <= top_left.y() <= scroll.viewport().height()
        # a refusal shows near the text
        w.ws.message.emit("Nothing to tag")
        assert w.article.notice.isVisible()
        assert w.article.notice.geometry().top() < w.article.height() // 2
    finally:
        w.close()
        controller.close()


def test_panels_fold_to_their_title_and_stay_folded(qtbot, project_path) -> None:  # noqa: ANN001, F811
    """At 1366×768 a panel folds to its title row (arrow or double-click on its title): the
    panel below gets the room, nothing overlaps, the label rows keep their height, the status
    bar stays on screen; the folded set is kept in the settings for the next start."""
    from PySide6.QtWidgets import QToolButton

    from civannot.ui.i18n import settings

    controller, w = open_window(qtbot, project_path)
    try:
        w.resize(1366, 768 - 60)
        qtbot.wait(50)
        tagging, relations = w.docks["tagging"], w.docks["relations"]
        before = relations.height()
        row_height = list(w.tagging.label_buttons.values())[0].height()
        arrow = w.folding.titles["relations"].findChild(QToolButton, "foldButton")
        # the lower group (spans and relations, guideline, document) folds together
        qtbot.mouseClick(arrow, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: relations.height() < 60, timeout=2000)
        assert w.folding.is_folded("guideline") and w.folding.is_folded("document")
        assert not relations.widget().isVisible()
        assert tagging.height() > 768 - 60 - before - 80  # the tagging panel got the room
        assert list(w.tagging.label_buttons.values())[0].height() >= row_height
        assert settings().value("view/folded") == "document,guideline,relations"
        # folding the document list (alone on the left) gives its width to the article
        article_width = w.article.width()
        qtbot.mouseDClick(w.folding.titles["documents"].title, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.article.width() > article_width + 150, timeout=2000)
        # to a thin strip with its arrow, not a column of the title's width
        qtbot.waitUntil(lambda: w.docks["documents"].width() <= 28, timeout=2000)
        strip = w.folding.titles["documents"]
        assert strip.arrow.isVisible() and not strip.title.isVisible()
        assert w.docks["documents"].windowTitle() in strip.arrow.toolTip()
        right = [
            d
            for d in w.findChildren(QDockWidget)
            if d.isVisible() and not d.visibleRegion().isEmpty()
        ]
        for i, a in enumerate(right):
            for b in right[i + 1 :]:
                assert not a.geometry().intersects(b.geometry()), (a.objectName(), b.objectName())
        bar = w.statusBar()
        assert bar.isVisible() and bar.geometry().bottom() <= w.height()
        w.ws.message.emit("Nothing to tag")
        assert w.article.notice.isVisible()
    finally:
        w.close()
        controller.close()
    # the next start comes back folded; unfolding gives the panel its content again
    controller, w = open_window(qtbot, project_path)
    try:
        assert w.folding.is_folded("relations") and w.folding.is_folded("documents")
        w.folding.toggle("relations")
        qtbot.waitUntil(lambda: w.docks["relations"].widget().isVisible(), timeout=2000)
        assert settings().value("view/folded") == "documents"
    finally:
        w.close()
        controller.close()


def _wheel(view, up: bool) -> None:  # noqa: ANN001
    pos = QPointF(20, 20)
    event = QWheelEvent(
        pos,
        view.mapToGlobal(pos.toPoint()).toPointF(),
        QPoint(0, 0),
        QPoint(0, 120 if up else -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_text_size_wheel_keys_and_settings(qtbot, project_path) -> None:  # noqa: ANN001, F811
    from civannot.ui.i18n import settings

    controller, w = open_window(qtbot, project_path)
    try:
        view = w.article
        base = view.font().pointSizeF()
        _wheel(view, True)
        assert view.font().pointSizeF() == base + 1
        assert float(settings().value("view/font_size")) == base + 1
        view.zoom(-1)
        view.zoom(-1)
        assert view.font().pointSizeF() == base - 1
        texts = [a.text() for a in w.menu("View").actions()]
        assert any("Ctrl+wheel" in t for t in texts)
        view.zoom(0)
        assert view.font().pointSizeF() == view.default_size
    finally:
        w.close()
        controller.close()


def test_preferences_text_size_and_dark_theme(qtbot, project_path) -> None:  # noqa: ANN001, F811
    from civannot.ui.preferences import PreferencesDialog
    from civannot.ui.theme import dark_wanted, text_size

    controller, w = open_window(qtbot, project_path)
    try:
        dialog = PreferencesDialog("alice", "en", w)
        qtbot.addWidget(dialog)
        dialog.font_size.setValue(18)
        dialog.dark.setChecked(True)
        assert dialog.comfort() == (18, True)
        controller.apply_comfort(*dialog.comfort())
        assert text_size() == 18 and dark_wanted()
        assert w.article.font().pointSizeF() == 18
        assert QApplication.palette().base().color().lightness() < 100
        controller.apply_comfort(None, False)
        assert text_size() is None and not dark_wanted()
        assert QApplication.palette().base().color().lightness() > 200
        assert w.article.font().pointSizeF() == w.article.default_size
    finally:
        w.close()
        controller.close()


def test_document_panel_says_where_from_and_who_did_what(qtbot, project_path) -> None:  # noqa: ANN001, F811
    controller, w = open_window(qtbot, project_path)
    try:
        panel = w.doc_panel
        w.docks["document"].raise_()  # a hidden tab reads nothing until shown
        qtbot.waitUntil(lambda: "id" in panel.values, timeout=2000)
        values = {k: v.text() for k, v in panel.values.items()}
        assert values["id"] == "doc-000" and values["source"] == "fiction"
        assert values["date"] == "2023-10-01" and values["title"] == "测试文章 1"
        assert "auto" in {k.split(":", 1)[1] for k in values if k.startswith("layer:")}
        assert all(v.textFormat() == Qt.TextFormat.PlainText for v in panel.values.values())
        w.article.select_range(11, 14)
        qtbot.keyClick(w.article, Qt.Key.Key_1)
        qtbot.waitUntil(lambda: "layer:alice" in panel.values, timeout=2000)
        assert panel.values["layer:alice"].text().startswith("1 spans, 0 relations · in progress")
    finally:
        w.close()
        controller.close()


def test_a_refusal_stays_readable_when_the_raw_banner_shows(qtbot, project_path) -> None:  # noqa: ANN001, F811
    controller, w = open_window(qtbot, project_path)
    try:
        w.resize(1366, 708)
        w.ws.message.emit("Nothing to tag")
        w.raw_action.setChecked(True)  # the banner comes after the notice
        view = w.article
        assert view.notice.isVisible() and view.raw_banner.isVisible()
        assert view.notice.geometry().top() >= view.raw_banner.geometry().bottom()
        w.raw_action.setChecked(False)
        assert view.notice.geometry().top() < view.raw_banner.geometry().bottom()
    finally:
        w.close()
        controller.close()


def test_dark_theme_switched_on_in_the_open_window_reaches_every_panel(qtbot, project_path) -> None:  # noqa: ANN001, F811
    """Switched while the window is open, after the raw view was shown once: the article's
    background and the label keys (styled widgets) follow the theme."""
    from PySide6.QtWidgets import QLabel

    controller, w = open_window(qtbot, project_path)
    try:
        w.resize(1366, 708)
        w.raw_action.setChecked(True)
        w.raw_action.setChecked(False)
        controller.apply_comfort(None, True)
        qtbot.wait(20)
        image = w.article.viewport().grab().toImage()
        assert image.pixelColor(image.width() - 5, image.height() - 5).lightness() < 80
        key = next(k for k in w.tagging.findChildren(QLabel) if k.text() == "1")
        assert key.palette().windowText().color().lightness() > 180
        controller.apply_comfort(None, False)
        qtbot.wait(20)
        image = w.article.viewport().grab().toImage()
        assert image.pixelColor(image.width() - 5, image.height() - 5).lightness() > 200
    finally:
        w.close()
        controller.close()
