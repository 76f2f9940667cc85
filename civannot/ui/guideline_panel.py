"""The project's annotation guideline (Markdown stored with the schema)."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from civannot.schema import Schema


class GuidelinePanel(QWidget):
    def __init__(self, schema: Schema, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guidelinePanel")
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        text = schema.guideline.strip()
        if text:
            self.browser.setMarkdown(text)
        else:
            self.browser.setPlainText(self.tr("This project has no guideline."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
