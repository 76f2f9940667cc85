"""Adjudication: walk the annotators' disagreements and decide, into the gold layer.

The document shows every annotator's spans merged (or side by side, one column each), each
coloured by agreement state: green when all who completed the document agree, amber when some
do, red when only one annotator has it. Gold spans are underlined. For the current disagreement
the panel lists each annotator's reading (numbered 1, 2, 3 … in the order shown) and the distinct
versions with their holders.

Keys: N/J next disagreement, P/K previous, Shift+N next undecided; 1–9 accept that annotator's
reading; 0 or X accept none; Ctrl+1–9 tick a version, Enter accept the ticked versions (several);
E add the text selection to gold with the chosen label (edit), Delete remove the selected gold
span; G copy what all annotators agree on into gold; Ctrl+Z / Ctrl+Shift+Z undo / redo a
decision (a decision of several steps undoes as one). Every change is a session command on the
gold layer with origin "adjudicated" and the session's annotator as the decider.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QFont,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from civannot.adjudication_model import Adjudication, AdjudicationError, key_text
from civannot.agreement.adjudication import Region
from civannot.comments import reading_comments
from civannot.records import GOLD_LAYER
from civannot.review import (
    DecisionError,
    gold_reading,
)
from civannot.session import Change, Session, SessionError
from civannot.ui.offsets import PositionMap
from civannot.ui.plain import esc, tip

STATE_COLOURS = {"all": "#b7e4c7", "some": "#ffe08a", "one": "#f4a6a6"}
STATE_STRONG = {"all": "#52b788", "some": "#f4b400", "one": "#e5383b"}
ORIGIN = "adjudicated"


def _short(text: str, n: int = 24) -> str:
    text = text.replace("\n", "⏎")
    return text if len(text) <= n else text[: n - 1] + "…"


class _TextPane(QPlainTextEdit):
    """A read-only article pane painted with extra selections (code points via PositionMap)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = self.font()
        font.setPointSize(max(font.pointSize(), 12))
        self.setFont(font)
        self.pmap = PositionMap("")

    def set_text(self, text: str) -> None:
        self.pmap = PositionMap(text)
        self.setPlainText(text)

    def selection(self, fmt: QTextCharFormat, start: int, end: int) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cur = QTextCursor(self.document())
        qs, qe = self.pmap.range_to_qt(start, end)
        cur.setPosition(qs)
        cur.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cur
        sel.format = fmt
        return sel

    def selected_range(self) -> tuple[int, int] | None:
        cur = self.textCursor()
        if not cur.hasSelection():
            return None
        return self.pmap.range_from_qt(cur.selectionStart(), cur.selectionEnd())

    def show_range(self, start: int) -> None:
        cur = QTextCursor(self.document())
        cur.setPosition(self.pmap.to_qt(start))
        self.setTextCursor(cur)
        self.centerCursor()


def choose_label(parent: QWidget, labels: list[str]) -> str | None:
    """The label for a span the lead adds to gold (a menu at the mouse); None: cancelled."""
    menu = QMenu(parent)
    for name in labels:
        menu.addAction(name)
    chosen = menu.exec(QCursor.pos())
    return chosen.text() if chosen is not None else None


class AdjudicationView(QWidget):
    """The lead's adjudication screen over a session (its annotator is the decider)."""

    documentChanged = Signal(int)
    goldChanged = Signal(int)
    message = Signal(str)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        annotators: list[str] | None = None,
        auto_advance: bool = True,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("civannot — adjudication"))
        self.session = session
        self.project = session.project
        self.schema = session.project.schema
        self.auto_advance = auto_advance
        # the domain state (documents, regions, current one, decisions, trail, undo) is the
        # Qt-free model; this widget renders it and wires keys to it
        self.model = Adjudication(session, annotators)
        self.annotators = self.model.annotators
        self.doc_comments: list = []  # civannot.comments.CommentView of the open document
        self._busy = False
        self._syncing = False
        self._build()
        self._shortcuts()
        self._unsubscribe = session.subscribe(self._on_change)
        self.reload_documents()

    # ---- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.docs = QTableWidget(0, 4)
        self.docs.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Annotators"), self.tr("Disagree"), self.tr("Open")]
        )
        self.docs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.docs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.docs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.docs.verticalHeader().hide()
        self.docs.setWordWrap(False)  # one line per document, elided, not two clipped lines
        self.docs.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            self.docs.horizontalHeader().setSectionResizeMode(
                c, QHeaderView.ResizeMode.ResizeToContents
            )
        self.docs.itemSelectionChanged.connect(self._doc_selected)
        self.docs.setMinimumWidth(340)

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.side_by_side = QCheckBox(self.tr("Side by side"))
        self.side_by_side.setToolTip(self.tr("One column per annotator (S)"))
        self.side_by_side.toggled.connect(self._toggle_side)
        legend = QLabel(
            " ".join(
                f'<span style="background:{STATE_COLOURS[k]}">&nbsp;{self.state_name(k)}&nbsp;</span>'
                for k in STATE_COLOURS
            )
            + " <u>&nbsp;"
            + self.tr("gold")
            + "&nbsp;</u>"
        )
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(legend)
        top.addWidget(self.side_by_side)

        self.merged = _TextPane()
        self.side = QSplitter(Qt.Orientation.Horizontal)
        self.side_panes: list[tuple[QLabel, _TextPane]] = []
        self.stack = QStackedWidget()
        self.stack.addWidget(self.merged)
        self.stack.addWidget(self.side)

        # the decision panel
        self.readings = QTableWidget(0, 4)
        self.readings.setHorizontalHeaderLabels(
            [self.tr("Key"), self.tr("Annotator"), self.tr("Reading"), self.tr("Comment")]
        )
        self.readings.verticalHeader().hide()
        self.readings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.readings.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.readings.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.readings.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.ResizeToContents
        )
        self.readings.setWordWrap(True)
        self.readings.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.versions = QListWidget()
        self.versions.setToolTip(
            self.tr("Tick versions (Ctrl+1…9) and press Enter to accept several")
        )
        self.gold_list = QListWidget()
        self.gold_list.setToolTip(self.tr("Gold spans here; Delete removes the selected one"))

        self.label_box = QComboBox()
        self.label_box.addItem(self.tr("Label for E…"), "")
        for name in self.schema.label_names:
            self.label_box.addItem(name, name)
        self.label_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        buttons = QHBoxLayout()
        for text, slot, hint in (
            (self.tr("Accept ticked ⏎"), self.accept_ticked, self.tr("Accept the ticked versions")),
            (self.tr("None (0)"), self.accept_none, self.tr("Nothing here in gold")),
            (
                self.tr("Add selection (E)"),
                self.add_selection,
                self.tr("Add the selected text as a gold span"),
            ),
            (
                self.tr("Remove gold (Del)"),
                self.remove_gold,
                self.tr("Remove the selected gold span"),
            ),
            (
                self.tr("Copy agreed (G)"),
                self.copy_agreed,
                self.tr("Copy what everyone agrees on into gold"),
            ),
        ):
            b = QPushButton(text)
            b.setToolTip(hint)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addWidget(QLabel(self.tr("Label:")))
        buttons.addWidget(self.label_box)
        buttons.addStretch(1)

        lists = QHBoxLayout()
        vcol = QVBoxLayout()
        vcol.addWidget(QLabel(self.tr("Versions (Ctrl+digit ticks)")))
        vcol.addWidget(self.versions)
        gcol = QVBoxLayout()
        gcol.addWidget(QLabel(self.tr("Gold here now")))
        gcol.addWidget(self.gold_list)
        lists.addLayout(vcol, 3)
        lists.addLayout(gcol, 2)

        panel = QWidget()
        pl = QVBoxLayout(panel)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.readings, 3)
        pl.addLayout(lists, 3)
        pl.addLayout(buttons)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        pl.addWidget(self.status)

        centre = QWidget()
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(top)
        # the annotators' notes on this document and its spans (plain text: they are user data)
        self.comments = QLabel()
        self.comments.setObjectName("adjudicationComments")
        self.comments.setTextFormat(Qt.TextFormat.PlainText)
        self.comments.setWordWrap(True)
        self.comments.setStyleSheet("font-style:italic;")
        self.comments.hide()
        cl.addWidget(self.comments)
        vsplit = QSplitter(Qt.Orientation.Vertical)
        vsplit.addWidget(self.stack)
        vsplit.addWidget(panel)
        vsplit.setStretchFactor(0, 3)
        vsplit.setStretchFactor(1, 2)
        cl.addWidget(vsplit)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.docs)
        split.addWidget(centre)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 980])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.message.connect(self._show_message)

    def _shortcuts(self) -> None:
        def key(seq: str | QKeySequence, slot) -> None:  # noqa: ANN001
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        for seq in ("N", "J"):
            key(seq, self.next_disagreement)
        for seq in ("P", "K"):
            key(seq, self.previous_disagreement)
        key("Shift+N", lambda: self.next_disagreement(undecided=True))
        for i in range(1, 10):
            key(str(i), lambda i=i: self.accept_reading(i))
            key(f"Ctrl+{i}", lambda i=i: self.toggle_version(i))
        for seq in ("0", "X"):
            key(seq, self.accept_none)
        for seq in ("Return", "Enter"):
            key(seq, self.accept_ticked)
        key("E", self.add_selection)
        key("Delete", self.remove_gold)
        key("G", self.copy_agreed)
        key("S", lambda: self.side_by_side.toggle())
        key(QKeySequence.StandardKey.Undo, self.undo)
        key(QKeySequence.StandardKey.Redo, self.redo)
        key("Ctrl+Shift+Z", self.redo)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.detach()
        super().closeEvent(event)

    def detach(self) -> None:
        """Stop listening to the session (the view closes; the session lives on)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    # ---- documents ------------------------------------------------------------------------

    def reload_documents(self) -> None:
        """The documents at least two annotators completed, with their disagreement counts."""
        rows = self.model.load_documents()
        self.docs.setSortingEnabled(False)
        self.docs.setRowCount(len(rows))
        for r, row in enumerate(rows):
            item = QTableWidgetItem(
                row.external_id if not row.title else f"{row.external_id}  {row.title}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row.doc_id)
            item.setToolTip(tip(row.title))
            self.docs.setItem(r, 0, item)
            self.docs.setItem(r, 1, QTableWidgetItem(", ".join(row.annotators)))
            for c in (2, 3):
                it = QTableWidgetItem()
                it.setData(Qt.ItemDataRole.DisplayRole, 0)
                self.docs.setItem(r, c, it)
            self._update_counts(r, row.doc_id)
        self.docs.setSortingEnabled(True)
        self.docs.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        if not rows:
            self._set_status(
                self.tr(
                    "No document has been completed by two annotators yet: nothing to adjudicate."
                )
            )

    def _update_counts(self, table_row: int, doc_id: int) -> None:
        names = self.docs.item(table_row, 1).text().split(", ")
        total, open_ = self.model.counts(doc_id, names)
        self.docs.item(table_row, 2).setData(Qt.ItemDataRole.DisplayRole, total)
        self.docs.item(table_row, 3).setData(Qt.ItemDataRole.DisplayRole, open_)
        colour = QColor(STATE_COLOURS["all"]) if open_ == 0 else QColor("#ffffff")
        for c in range(4):
            self.docs.item(table_row, c).setBackground(QBrush(colour))

    def _table_row_of(self, doc_id: int) -> int | None:
        for r in range(self.docs.rowCount()):
            if self.docs.item(r, 0).data(Qt.ItemDataRole.UserRole) == doc_id:
                return r
        return None

    def _doc_selected(self) -> None:
        if self._busy:
            return
        rows = self.docs.selectionModel().selectedRows()
        if not rows:
            return
        doc_id = self.docs.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        if self.doc is None or self.doc.id != doc_id:
            self.open_document(doc_id)

    def document_ids(self) -> list[int]:
        """Documents in the order the list shows them."""
        return [
            self.docs.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.docs.rowCount())
        ]

    def open_document(self, doc_id: int, *, at_end: bool = False) -> bool:
        if not self.model.open(doc_id, at_end=at_end):
            self.message.emit(
                self.tr(
                    "Document {doc} was not completed by two annotators: nothing to adjudicate"
                ).format(doc=doc_id)
            )
            return False
        self._show_document()
        return True

    def _show_document(self) -> None:
        """Render the document the model has open (its text, panes, list row, notes)."""
        doc = self.doc
        assert doc is not None
        self.merged.set_text(doc.text)
        self._build_side_panes()
        r = self._table_row_of(doc.id)
        if r is not None:
            self._busy = True
            self.docs.selectRow(r)
            self._busy = False
        self._show_comments()
        self._render()
        self.documentChanged.emit(doc.id)

    def _show_comments(self) -> None:
        from civannot.comments import comments_of

        notes = comments_of(self.project, self.doc.id) if self.doc is not None else []
        self.doc_comments = notes
        lines = [
            self.tr("{author} on the document: {text}").format(author=c.author, text=c.text)
            if c.on_document
            else self.tr("{author} on {label} “{span}”: {text}").format(
                author=c.author, label=c.span_label, span=c.span_text, text=c.text
            )
            for c in notes
        ]
        self.comments.setText("\n".join(lines))
        self.comments.setVisible(bool(lines))

    def _build_side_panes(self) -> None:
        for label, _pane in self.side_panes:
            label.parentWidget().deleteLater()
        self.side_panes = []
        for i, name in enumerate(self.participants, 1):
            box = QWidget()
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            label = QLabel(f"<b>{i}</b> {esc(name)}")
            pane = _TextPane()
            pane.set_text(self.doc.text if self.doc else "")
            bl.addWidget(label)
            bl.addWidget(pane)
            self.side.addWidget(box)
            self.side_panes.append((label, pane))
        # scroll the columns together
        for _, pane in self.side_panes:
            pane.verticalScrollBar().valueChanged.connect(self._sync_scroll)

    def _sync_scroll(self, value: int) -> None:
        # the panes die with the view (they are its children), so the connections need no
        # explicit disconnect; a late signal during teardown is ignored here
        if self._syncing or not shiboken6.isValid(self):
            return
        self._syncing = True
        try:
            for _, pane in self.side_panes:
                if shiboken6.isValid(pane):
                    pane.verticalScrollBar().setValue(value)
        finally:
            self._syncing = False

    def _toggle_side(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on else 0)
        self._render()

    # ---- the model's state, as the screen (and its tests) read it ---------------------------

    doc = property(lambda self: self.model.doc)
    participants = property(lambda self: self.model.participants)
    layers = property(lambda self: self.model.layers)
    gold_spans = property(lambda self: self.model.gold_spans)
    gold_relations = property(lambda self: self.model.gold_relations)
    regions = property(lambda self: self.model.regions)
    disagreements = property(lambda self: self.model.disagreements)
    cursor = property(lambda self: self.model.cursor)
    trail = property(lambda self: self.model.trail)
    none_marks = property(lambda self: self.model.none_marks)
    directive = property(lambda self: self.model.directive)

    @property
    def current(self) -> int | None:
        return self.model.cursor.current

    @current.setter
    def current(self, value: int | None) -> None:
        self.model.cursor.current = value

    def settled(self, region: Region) -> bool:
        return self.model.settled(region)

    @property
    def region(self) -> Region | None:
        return self.model.region

    def agreed_missing(self) -> int:
        return self.model.agreed_missing()

    # ---- navigation -----------------------------------------------------------------------

    def next_disagreement(self, undecided: bool = False) -> bool:
        return self._step(+1, undecided)

    def previous_disagreement(self) -> bool:
        return self._step(-1, False)

    def _step(self, direction: int, undecided: bool) -> bool:
        moved = self.model.step(direction, undecided, self.document_ids())
        if moved.kind == "here":
            self._render()
            return True
        if moved.kind == "document":
            self._show_document()
            if moved.wrapped:
                self.message.emit(
                    self.tr("Went on from the top of the list")
                    if direction > 0
                    else self.tr("Went on from the bottom of the list")
                )
            return True
        self.message.emit(
            self.tr("No further undecided disagreement")
            if undecided
            else self.tr("No further disagreement")
            if direction > 0
            else self.tr("No earlier disagreement")
        )
        return False

    # ---- decisions ------------------------------------------------------------------------

    def _no_region(self) -> bool:
        if self.region is None:
            self.message.emit(self.tr("No disagreement selected (N goes to the next one)"))
            return True
        return False

    def accept_reading(self, number: int) -> bool:
        """Accept annotator `number`'s reading (1-based, in the order shown) of the region."""
        if self._no_region():
            return False
        region = self.region
        if not (1 <= number <= len(region.participants)):
            self.message.emit(
                self.tr("There are {n} annotators here").format(n=len(region.participants))
            )
            return False
        name, reading = self.model.reading_of(number)
        return self._decide(reading, self.tr("{name}'s version").format(name=name))

    def accept_none(self) -> bool:
        if self._no_region():
            return False
        return self._decide([], self.tr("none"))

    def toggle_version(self, number: int) -> None:
        if not (1 <= number <= self.versions.count()):
            return
        item = self.versions.item(number - 1)
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def accept_ticked(self) -> bool:
        if self._no_region():
            return False
        region = self.region
        chosen = [
            region.versions[i].key
            for i in range(self.versions.count())
            if self.versions.item(i).checkState() == Qt.CheckState.Checked
        ]
        return self._decide(chosen, self.tr("{n} ticked versions").format(n=len(chosen)))

    def _decide(self, chosen: list, what: str) -> bool:
        try:
            done = self.model.decide(chosen, self.tr("Adjudicate: {what}").format(what=what))
        except (DecisionError, AdjudicationError) as e:
            self.message.emit(str(e))
            if isinstance(e, AdjudicationError):
                self._render()
            return False
        self.message.emit(
            self.tr("Gold: {what}").format(what=what)
            if done
            else self.tr("Gold already holds {what}").format(what=what)
        )
        if self.auto_advance:
            self._advance_after_decision()
        else:
            self._render()
        return True

    def _advance_after_decision(self) -> None:
        moved = self.model.advance(self.document_ids())
        if moved.kind == "document":
            self._show_document()
            return
        self._render()
        if moved.kind == "none":
            self.message.emit(self.tr("Every disagreement has a decision"))

    def copy_agreed(self) -> int:
        """Copy the regions every annotator of this document agrees on into gold (one step)."""
        if self.doc is None:
            return 0
        try:
            done = self.model.copy_agreed(self.tr("Adjudicate: copy agreed"))
        except AdjudicationError as e:
            self.message.emit(str(e))
            return 0
        if not (done.spans or done.relations):
            self.message.emit(self.tr("Gold already holds everything the annotators agree on"))
            return 0
        note = self.tr("Copied {n} agreed spans and {r} relations to gold").format(
            n=done.spans, r=done.relations
        )
        if done.skipped:
            note += self.tr("; {k} left out, gold has another span there").format(k=done.skipped)
        self.message.emit(note)
        self._render()
        return done.spans

    def add_selection(self) -> bool:
        """Edit: add the selected text as a gold span with the label chosen in the box."""
        if self.doc is None:
            return False
        pane = self.merged if not self.side_by_side.isChecked() else self._focused_side_pane()
        rng = pane.selected_range() if pane is not None else None
        if rng is None or rng[0] == rng[1]:
            self.message.emit(self.tr("Select some text first, then press E"))
            return False
        label = self.label_box.currentData()
        if not label:
            # no label chosen: ask, never a silent default
            label = choose_label(self, self.schema.label_names)
            if not label:
                return False
        try:
            self.session.add_span(
                self.doc.id, rng[0], rng[1], label, layer=GOLD_LAYER, origin=ORIGIN
            )
        except SessionError as e:
            self.message.emit(str(e))
            return False
        self.model.refresh_gold()
        self._render()
        return True

    def _focused_side_pane(self) -> _TextPane | None:
        for _, pane in self.side_panes:
            if pane.textCursor().hasSelection():
                return pane
        return None

    def remove_gold(self) -> bool:
        item = self.gold_list.currentItem()
        if item is None:
            self.message.emit(self.tr("Select a gold span in the list to remove it"))
            return False
        try:
            self.session.remove_span(item.data(Qt.ItemDataRole.UserRole))
        except SessionError as e:
            self.message.emit(str(e))
            return False
        self.model.refresh_gold()
        self._render()
        return True

    def undo(self) -> None:
        """Undo the last step of the session's history (a decision is one step however many
        commands it ran, its "none" mark included), as Ctrl+Z does in the main window; a
        decision made here returns to its region."""
        self._history(undo=True)

    def redo(self) -> None:
        self._history(undo=False)

    def _history(self, undo: bool) -> None:
        s = self.session
        if not (s.can_undo if undo else s.can_redo):
            self.message.emit(self.tr("Nothing to undo") if undo else self.tr("Nothing to redo"))
            return
        try:
            opened = self.model.history(undo)
        except AdjudicationError as e:
            self.message.emit(str(e))
            return
        if opened:
            self._show_document()
        else:
            self._render()
        self.message.emit(self.tr("Undone") if undo else self.tr("Redone"))

    # ---- keeping in step --------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        effect = self.model.on_change(change)
        if effect.reload_document and self.doc is not None:
            self.merged.set_text(self.doc.text)
            for _, pane in self.side_panes:
                pane.set_text(self.doc.text)
        if effect.refresh:
            self._render()
        if effect.counts_of is not None:
            r = self._table_row_of(effect.counts_of)
            if r is not None:
                self._update_counts(r, effect.counts_of)
        if effect.gold_changed is not None:
            self.goldChanged.emit(effect.gold_changed)

    # ---- rendering --------------------------------------------------------------------------

    def _label_colour(self, label: str) -> QColor:
        try:
            return QColor(self.schema.label(label).colour)
        except KeyError:
            return QColor("#444444")

    def _span_format(
        self, state: str, label: str, current: bool, directive: bool
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        colour = QColor(STATE_STRONG[state] if current else STATE_COLOURS[state])
        if directive:
            colour.setAlpha(110 if not current else 170)
        fmt.setBackground(colour)
        if not directive:
            fmt.setForeground(self._label_colour(label).darker(130))
            fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setToolTip(tip(label))
        return fmt

    def _selections(self, pane: _TextPane, only: str | None) -> list[QTextEdit.ExtraSelection]:
        sels: list[QTextEdit.ExtraSelection] = []
        region = self.region
        n = len(self.participants)
        span_regions = [r for r in self.regions if r.kind == "span"]
        # directives first: entities inside them paint over
        span_regions.sort(key=lambda r: r.versions[0].key[2] not in self.directive)
        for r in span_regions:
            current = r is region
            directive = r.versions[0].key[2] in self.directive
            for v in r.versions:
                if only is not None and only not in v.annotators:
                    continue
                state = (
                    "all"
                    if len(v.annotators) >= n
                    else ("one" if len(v.annotators) == 1 else "some")
                )
                s, e, label = v.key
                sels.append(
                    pane.selection(self._span_format(state, label, current, directive), s, e)
                )
        for g in self.gold_spans:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(self._label_colour(g.label))
            fmt.setFontUnderline(True)
            sels.append(pane.selection(fmt, g.start, g.end))
        if region is not None and region.kind == "relation":
            rk = region.versions[0].key
            for s, e, _ in (rk[1], rk[2]):
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(STATE_STRONG[region.state]))
                sels.append(pane.selection(fmt, s, e))
        return sels

    def _render(self) -> None:
        doc = self.doc
        if doc is None:
            self.header.setText(self.tr("Choose a document on the left"))
            return
        region = self.region
        if self.side_by_side.isChecked():
            for name, (_, pane) in zip(self.participants, self.side_panes, strict=True):
                pane.setExtraSelections(self._selections(pane, name))
                if region is not None:
                    pane.show_range(region.start)
        else:
            self.merged.setExtraSelections(self._selections(self.merged, None))
            if region is not None:
                self.merged.show_range(region.start)
        total = len(self.disagreements)
        open_ = sum(1 for r in self.disagreements if not self.settled(r))
        keys = "  ".join(f"<b>{i}</b> {esc(n)}" for i, n in enumerate(self.participants, 1))
        where = (
            self.tr("disagreement {i} of {n}").format(i=self.current + 1, n=total)
            if region is not None
            else self.tr("no disagreement here")
            if not total
            else self.tr("{n} disagreements").format(n=total)
        )
        missing = self.agreed_missing()
        extra = (
            self.tr(" · {m} agreed not yet in gold (G copies them)").format(m=missing)
            if missing
            else ""
        )
        self.header.setText(
            f"<b>{esc(doc.external_id)}</b> {esc(_short(doc.title, 40))} — {where} · "
            + self.tr("{o} open").format(o=open_)
            + extra
            + f"<br>{keys}"
        )
        self._render_panel()

    def _key_text(self, key) -> str:  # noqa: ANN001
        # whole readings (long ones keep both ends): a one-character boundary difference shows
        return key_text(self.doc.text if self.doc else "", key)

    def _render_panel(self) -> None:
        region = self.region
        self.readings.setRowCount(0)
        self.versions.clear()
        self.gold_list.clear()
        if region is None:
            return
        self.readings.setRowCount(len(region.participants))
        for i, name in enumerate(region.participants):
            reading = region.readings[name]
            text = "; ".join(self._key_text(k) for k in reading) or self.tr("— nothing —")
            holders = sum(1 for n in region.participants if region.readings[n] == reading)
            state = (
                "all"
                if holders == len(region.participants)
                else ("one" if holders == 1 else "some")
            )
            # the annotator's own notes on their spans here, beside their reading
            spans = self.layers.get(name, ([], []))[0]
            notes = reading_comments(self.doc_comments, spans, region.start, region.end)
            note = "\n".join(c.text if c.author == name else f"{c.author}: {c.text}" for c in notes)
            for c, value in enumerate((str(i + 1), name, text, note)):
                item = QTableWidgetItem(value)
                item.setBackground(QBrush(QColor(STATE_COLOURS[state])))
                if c == 3 and note:
                    item.setToolTip(tip(note))
                self.readings.setItem(i, c, item)
        self.readings.resizeColumnToContents(0)
        self.readings.resizeColumnToContents(1)
        self.readings.resizeRowsToContents()
        chosen = (
            set(gold_reading(region, self.gold_spans, self.directive))
            if region.kind == "span"
            else set()
        )
        if region.kind == "relation" and self.settled(region):
            chosen = {region.versions[0].key}
        for i, v in enumerate(region.versions, 1):
            item = QListWidgetItem(f"{i}. {self._key_text(v.key)} — {', '.join(v.annotators)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if v.key in chosen else Qt.CheckState.Unchecked
            )
            item.setBackground(QBrush(QColor(STATE_COLOURS[v.state])))
            self.versions.addItem(item)
        if region.kind == "span":
            for g in self.model.gold_here(region):
                item = QListWidgetItem(self._key_text((g.start, g.end, g.label)) + f" ({g.author})")
                item.setData(Qt.ItemDataRole.UserRole, g.id)
                self.gold_list.addItem(item)
        elif self.settled(region):
            self.gold_list.addItem(self.tr("the relation is in gold"))
        state = self.tr("decided") if self.settled(region) else self.tr("open")
        self.readings.setToolTip(
            self.tr("State: {s}, {st}").format(s=self.state_name(region.state), st=state)
        )

    def state_name(self, state: str) -> str:
        return {
            "all": self.tr("all agree"),
            "some": self.tr("some agree"),
            "one": self.tr("one only"),
        }[state]

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    def _show_message(self, text: str) -> None:
        self._set_status(text)
