"""Light and dark themes (Fusion palettes) and the article's text size, from the settings."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from civannot.ui.i18n import settings

MIN_SIZE, MAX_SIZE = 8.0, 40.0


def dark_wanted() -> bool:
    return settings().value("view/dark", False) in (True, "true")


def text_size() -> float | None:
    """The article's font size in points, None for the default."""
    value = settings().value("view/font_size")
    try:
        size = float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None
    if size is None or not (MIN_SIZE <= size <= MAX_SIZE):
        return None
    return size


def apply_theme(app: QApplication, dark: bool) -> None:
    app.setStyle("Fusion")
    if not dark:
        app.setPalette(app.style().standardPalette())
        _repolish(app)
        return
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.ToolTipBase: "#333333",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff5555",
        QPalette.ColorRole.Link: "#6ea8ff",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#8a8a8a",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    app.setPalette(p)
    _repolish(app)


def _repolish(app: QApplication) -> None:
    """A theme switched while the window is open reaches every widget: those with a style
    sheet keep the palette they were polished with (the label keys stayed black on dark
    grey), and a widget whose style sheet was cleared (the raw view's background) may keep
    the palette it had then (the article stayed white). So every widget is given the
    application's palette for its class again, and style sheets are applied afresh."""
    for widget in app.allWidgets():
        widget.setPalette(QApplication.palette(widget))
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
