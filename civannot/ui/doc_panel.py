"""The open document's metadata: source and its URL, date, flags, who did what (plain text)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from civannot.doc_facts import document_facts
from civannot.ui.plain import ask_comment
from civannot.ui.workspace import Workspace

REFRESH_DELAY_MS = 120


class DocumentPanel(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentPanel")
        self.ws = workspace
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.form)
        self.notes_title = QLabel(self.tr("Comments"), self)
        self.notes = QLabel(self)
        self.notes.setObjectName("documentComments")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)  # the notes are user text
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comment_button = QPushButton(self.tr("Comment on the document…"), self)
        self.comment_button.setObjectName("documentComment")
        self.comment_button.clicked.connect(self.edit_comment)
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes)
        layout.addWidget(self.comment_button)
        layout.addStretch(1)
        self.values: dict[str, QLabel] = {}
        # the facts are counted in the database and the rows rebuilt: a few ms that the
        # article's own repaint must not wait for, so they follow it a moment later, once
        # however many changes came (an open, then its comments; a run of labels)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(REFRESH_DELAY_MS)
        self._later.timeout.connect(self.refresh)
        later = self._later.start
        workspace.documentOpened.connect(lambda _d: later())
        workspace.statusChanged.connect(lambda _d, _s: later())
        workspace.flagsChanged.connect(lambda _d: later())
        workspace.annotationsChanged.connect(lambda _c: later())
        workspace.commentsChanged.connect(later)

    def _row(self, key: str, name: str, value: str) -> None:
        label = QLabel(value, self)
        # imported values (a URL, a title) are text, never markup or a link to follow
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title = QLabel(name, self)
        title.setTextFormat(Qt.TextFormat.PlainText)  # a layer name or meta key is data too
        self.form.addRow(title, label)
        self.values[key] = label

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if getattr(self, "_stale", True):
            self.refresh()

    def _show_notes(self) -> None:
        lines = []
        for c in self.ws.comments:
            if c.on_document:
                lines.append(
                    self.tr("{author} on the document: {text}").format(author=c.author, text=c.text)
                )
            else:
                lines.append(
                    self.tr("{author} on {label} “{span}”: {text}").format(
                        author=c.author, label=c.span_label, span=c.span_text, text=c.text
                    )
                )
        self.notes.setText("\n".join(lines) if lines else self.tr("No comments"))

    def edit_comment(self) -> None:
        text = ask_comment(self, self.tr("Comment on the document"), self.ws.my_comment(None))
        if text is not None:
            self.ws.set_comment(text, None)

    def refresh(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values = {}
        doc = self.ws.doc
        if doc is None or self.ws.closed or self.ws.project.db.is_closed():
            return
        if not self.isVisible():
            # a hidden tab reads nothing: labelling stays fast; it refreshes when shown
            self._stale = True
            return
        self._stale = False
        self._show_notes()
        f = document_facts(self.ws.project, doc)
        statuses = {
            "todo": self.tr("to do"),
            "in_progress": self.tr("in progress"),
            "done": self.tr("done"),
        }
        self._row("id", self.tr("Id"), f.external_id)
        self._row("title", self.tr("Title"), f.title)
        self._row("source", self.tr("Source"), f.source)
        if f.url:
            self._row("url", self.tr("URL"), f.url)
        self._row("date", self.tr("Date"), f.date)
        self._row("length", self.tr("Length"), self.tr("{n} characters").format(n=f"{f.length:,}"))
        self._row(
            "flags",
            self.tr("Flags"),
            self.tr("{open} open of {total}").format(open=f.flags_open, total=f.flags_total),
        )
        for key, value in sorted(f.meta.items()):
            self._row(f"meta:{key}", str(key), str(value))
        for layer in f.layers:
            text = self.tr("{spans} spans, {rels} relations · {status}").format(
                spans=layer.spans,
                rels=layer.relations,
                status=statuses.get(layer.status, layer.status),
            )
            if layer.last_change:
                text += " · " + self.tr("last change {when}").format(when=layer.last_change)
            self._row(f"layer:{layer.name}", layer.name, text)
