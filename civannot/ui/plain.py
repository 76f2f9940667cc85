"""User data shown as text, never as markup.

Titles, annotator names, span texts and file names come from imported files: Qt would render
`<img src=…>` or `<a href=…>` in them as rich text (labels and tooltips guess the format), so
every widget that shows them either is a plain-text label or escapes them here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def esc(text: object) -> str:
    """A piece of user data inside rich text we build ourselves (bold keys, colours)."""
    return html.escape(str(text), quote=True)


def tip(text: object) -> str:
    """A tooltip holding user data: escaped and marked as rich text, so Qt never guesses."""
    body = esc(text).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{body}</p>" if body else ""


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def make_plain(*labels: QLabel) -> None:
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def ask_comment(parent: QWidget, title: str, current: str) -> str | None:
    """The note the annotator writes (empty removes it); None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getMultiLineText(parent, title, title, current)
    return text if ok else None
