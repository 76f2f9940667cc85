"""Label all occurrences: from a span or a search, preview every other occurrence in this
document or in the project, tick which to take, apply as one undo step per document.

The finding and the overlap check are civannot.text_search (Qt-free); this dialog shows them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from civannot.text_search import (
    Occurrence,
    SearchError,
    compile_query,
    occurrences,
    search_documents,
)
from civannot.ui.workspace import Workspace

MAX_DOCUMENTS = 500  # a project-wide preview beyond this is not read by anyone


class OccurrencesDialog(QDialog):
    def __init__(
        self, workspace: Workspace, needle: str = "", label: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("occurrencesDialog")
        self.setWindowTitle(self.tr("Label all occurrences"))
        self.ws = workspace
        self.found: list[Occurrence] = []
        self.needle = QLineEdit(needle, self)
        self.needle.setObjectName("occurrencesNeedle")
        self.regex = QCheckBox(self.tr("Regular expression"), self)
        self.label = QComboBox(self)
        self.label.addItems(workspace.schema.label_names)
        if label:
            self.label.setCurrentText(label)
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("This document"), "document")
        self.scope.addItem(self.tr("All documents"), "project")
        self.find_button = QPushButton(self.tr("Find"), self)
        self.items = QListWidget(self)
        self.items.setObjectName("occurrencesList")
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.tick_all = QPushButton(self.tr("Tick all free"), self)
        self.tick_none = QPushButton(self.tr("Untick all"), self)
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setDefault(True)
        close = QPushButton(self.tr("Close"), self)

        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.needle, 1)
        row.addWidget(self.regex)
        form.addRow(self.tr("Text"), row)
        form.addRow(self.tr("Label"), self.label)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope, 1)
        scope_row.addWidget(self.find_button)
        form.addRow(self.tr("Where"), scope_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tick_all)
        buttons.addWidget(self.tick_none)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.find_button.clicked.connect(self.find)
        self.needle.returnPressed.connect(self.find)
        self.label.currentIndexChanged.connect(lambda _i: self.find())
        self.scope.currentIndexChanged.connect(lambda _i: self.find())
        self.tick_all.clicked.connect(lambda: self._tick(True))
        self.tick_none.clicked.connect(lambda: self._tick(False))
        self.apply_button.clicked.connect(self.apply)
        self.items.itemChanged.connect(lambda _i: self._update_summary())
        close.clicked.connect(self.reject)
        self.resize(640, 520)
        if needle:
            self.find()

    def find(self) -> None:
        ws = self.ws
        self.items.clear()
        self.found = []
        try:
            pattern = compile_query(self.needle.text().strip(), self.regex.isChecked())
        except SearchError as e:
            self.summary.setText(str(e))
            self._update_buttons()
            return
        if pattern is None:
            self.summary.setText(self.tr("Type the text to find"))
            self._update_buttons()
            return
        label = self.label.currentText()
        is_directive = ws.schema.is_directive
        if self.scope.currentData() == "document":
            if ws.doc is None:
                return
            self.found = occurrences(
                ws.doc.id, ws.text, pattern, label, list(ws.spans.values()), is_directive
            )
        else:
            project = ws.project
            titles = {}
            for hit in search_documents(
                project, self.needle.text().strip(), self.regex.isChecked(), MAX_DOCUMENTS
            ):
                doc = project.document(hit.doc_id)
                titles[doc.id] = doc.title or doc.external_id
                spans = (
                    list(ws.spans.values())
                    if ws.doc is not None and doc.id == ws.doc.id
                    else project.spans(doc.id, ws.annotator)
                )
                self.found += occurrences(doc.id, doc.text, pattern, label, spans, is_directive)
        self.items.blockSignals(True)
        many_docs = len({o.doc_id for o in self.found}) > 1
        for occ in self.found:
            text = occ.snippet
            if many_docs or self.scope.currentData() == "project":
                text = f"{self._title(occ.doc_id)} · {text}"
            if occ.blocked == "same":
                text += "  " + self.tr("(already {label})").format(label=label)
            elif occ.blocked:
                text += "  " + self.tr("(overlaps {span})").format(span=occ.blocked)
            item = QListWidgetItem(text)
            if occ.free:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setForeground(QBrush(QColor("#888888")))
            self.items.addItem(item)
        self.items.blockSignals(False)
        self._update_summary()

    def _title(self, doc_id: int) -> str:
        if not hasattr(self, "_titles"):
            self._titles = {
                i.id: i.title or i.external_id for i in self.ws.project.document_infos()
            }
        return self._titles.get(doc_id, str(doc_id))

    def ticked(self) -> list[Occurrence]:
        return [
            occ
            for i, occ in enumerate(self.found)
            if occ.free and self.items.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _tick(self, on: bool) -> None:
        self.items.blockSignals(True)
        for i, occ in enumerate(self.found):
            if occ.free:
                self.items.item(i).setCheckState(
                    Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                )
        self.items.blockSignals(False)
        self._update_summary()

    def _update_summary(self) -> None:
        free = sum(1 for o in self.found if o.free)
        docs = len({o.doc_id for o in self.found})
        self.summary.setText(
            self.tr("{n} occurrence(s) in {d} document(s): {f} free, {t} ticked").format(
                n=len(self.found), d=docs, f=free, t=len(self.ticked())
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        n = len(self.ticked()) if self.found else 0
        self.apply_button.setEnabled(n > 0)
        self.apply_button.setText(self.tr("Apply ({n})").format(n=n) if n else self.tr("Apply"))

    def apply(self) -> int:
        items = self.ticked()
        if not items:
            return 0
        added = self.ws.label_occurrences(items, self.label.currentText())
        self.find()  # what was taken is now "already" there
        return added
