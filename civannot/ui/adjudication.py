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

from dataclasses import dataclass

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

from civannot.adjudication_model import Cursor, DecisionTrail, key_text
from civannot.agreement.adjudication import Region, premerge, regions, settled_by_gold
from civannot.comments import reading_comments
from civannot.records import GOLD_LAYER, Document, Relation, Span
from civannot.review import (
    NONE_MARKS_KEY,
    DecisionError,
    Plan,
    decision_plan,
    gold_reading,
    none_marks_json,
    read_none_marks,
    region_signature,
)
from civannot.session import Change, Session, SessionError
from civannot.ui.offsets import PositionMap
from civannot.ui.plain import esc, tip

STATE_COLOURS = {"all": "#b7e4c7", "some": "#ffe08a", "one": "#f4a6a6"}
STATE_STRONG = {"all": "#52b788", "some": "#f4b400", "one": "#e5383b"}
ORIGIN = "adjudicated"


@dataclass
class _DocRow:
    doc_id: int
    external_id: str
    title: str
    annotators: list[str]


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
        self.directive = [lab.name for lab in self.schema.labels if lab.kind == "directive"]
        self.auto_advance = auto_advance
        self.annotators = annotators or self.project.annotators()
        self.doc: Document | None = None
        self.participants: list[str] = []
        self.layers: dict[str, tuple[list[Span], list[Relation]]] = {}
        self.gold_spans: list[Span] = []
        self.gold_relations: list[Relation] = []
        self.doc_comments: list = []  # civannot.comments.CommentView of the open document
        self.regions: list[Region] = []  # every region of the document, text order
        self.disagreements: list[Region] = []
        # the current disagreement and the moves between them (Qt-free, adjudication_model)
        self.cursor = Cursor(settled=self.settled, signature=region_signature)
        self.trail = DecisionTrail()  # where each decision was made, for undo and redo
        # A decision is one session undo step (Session.group), its "none" mark included (a
        # Session.set_meta command), so Ctrl+Z here and in the main window undo the same.
        self._in_decision = False
        # cache of the project meta NONE_MARKS_KEY, re-read whenever a command changes it
        self.none_marks = read_none_marks(self.project)
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
        completed = {n: self.project.completed(n) for n in self.annotators}
        rows: list[_DocRow] = []
        for info in self.project.document_infos():
            names = [n for n in self.annotators if info.id in completed[n]]
            if len(names) >= 2:
                rows.append(_DocRow(info.id, info.external_id, info.title, names))
        self._rows = rows
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

    def _doc_layers(
        self, doc_id: int, names: list[str]
    ) -> dict[str, tuple[list[Span], list[Relation]]]:
        return {
            n: (self.project.spans(doc_id, n), self.project.relations(doc_id, n)) for n in names
        }

    def _update_counts(self, table_row: int, doc_id: int) -> None:
        names = self.docs.item(table_row, 1).text().split(", ")
        layers = self._doc_layers(doc_id, names)
        regs = [r for r in regions(layers, names, self.directive) if not r.agreed]
        gs, gr = self.project.spans(doc_id, GOLD_LAYER), self.project.relations(doc_id, GOLD_LAYER)
        marks = self.none_marks.get(doc_id, set())
        open_ = sum(
            1
            for r in regs
            if not settled_by_gold(r, gs, gr, self.directive) and region_signature(r) not in marks
        )
        self.docs.item(table_row, 2).setData(Qt.ItemDataRole.DisplayRole, len(regs))
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
        r = self._table_row_of(doc_id)
        if r is None:
            self.message.emit(
                self.tr(
                    "Document {doc} was not completed by two annotators: nothing to adjudicate"
                ).format(doc=doc_id)
            )
            return False
        self.doc = self.project.document(doc_id)
        self.session.remember_text(doc_id, self.doc.text)
        self.participants = self.docs.item(r, 1).text().split(", ")
        self.layers = self._doc_layers(doc_id, self.participants)
        self.merged.set_text(self.doc.text)
        self._build_side_panes()
        self._busy = True
        self.docs.selectRow(r)
        self._busy = False
        self._recompute()
        if self.disagreements:
            self.current = len(self.disagreements) - 1 if at_end else 0
        else:
            self.current = None
        self._show_comments()
        self._render()
        self.documentChanged.emit(doc_id)
        return True

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

    # ---- state ----------------------------------------------------------------------------

    def _recompute(self) -> None:
        if self.doc is None:
            return
        self.gold_spans = self.project.spans(self.doc.id, GOLD_LAYER)
        self.gold_relations = self.project.relations(self.doc.id, GOLD_LAYER)
        self.regions = regions(self.layers, self.participants, self.directive)
        # spans first, relations after: a relation needs its endpoint spans decided
        self.disagreements = sorted(
            (r for r in self.regions if not r.agreed), key=lambda r: r.kind != "span"
        )
        self.cursor.items = self.disagreements

    @property
    def current(self) -> int | None:
        return self.cursor.current

    @current.setter
    def current(self, value: int | None) -> None:
        self.cursor.current = value

    def settled(self, region: Region) -> bool:
        if settled_by_gold(region, self.gold_spans, self.gold_relations, self.directive):
            return True
        return self.doc is not None and region_signature(region) in self.none_marks.get(
            self.doc.id, set()
        )

    @property
    def region(self) -> Region | None:
        return self.cursor.item

    def agreed_missing(self) -> int:
        """Agreed regions that gold does not hold yet."""
        return sum(1 for r in self.regions if r.agreed and r.versions and not self.settled(r))

    # ---- navigation -----------------------------------------------------------------------

    def next_disagreement(self, undecided: bool = False) -> bool:
        return self._step(+1, undecided)

    def previous_disagreement(self) -> bool:
        return self._step(-1, False)

    def _step(self, direction: int, undecided: bool) -> bool:
        if self.doc is not None and self.cursor.step(direction, undecided):
            self._render()
            return True
        ids = self.document_ids()
        if not ids:
            return False
        pos = ids.index(self.doc.id) if self.doc is not None and self.doc.id in ids else -1
        for k in range(1, len(ids)):
            j = pos + direction * k
            wrapped = not (0 <= j < len(ids))
            doc_id = ids[j % len(ids)]
            names = self.docs.item(self._table_row_of(doc_id), 1).text().split(", ")
            layers = self._doc_layers(doc_id, names)
            regs = [r for r in regions(layers, names, self.directive) if not r.agreed]
            if undecided:
                gs = self.project.spans(doc_id, GOLD_LAYER)
                gr = self.project.relations(doc_id, GOLD_LAYER)
                marks = self.none_marks.get(doc_id, set())
                regs = [
                    r
                    for r in regs
                    if not settled_by_gold(r, gs, gr, self.directive)
                    and region_signature(r) not in marks
                ]
            if regs:
                self.open_document(doc_id, at_end=direction < 0)
                if undecided and self.region is not None and self.settled(self.region):
                    self.cursor.first_undecided()
                    self._render()
                if wrapped:
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

    def accept_reading(self, number: int) -> bool:
        """Accept annotator `number`'s reading (1-based, in the order shown) of the region."""
        region = self.region
        if region is None:
            self.message.emit(self.tr("No disagreement selected (N goes to the next one)"))
            return False
        if not (1 <= number <= len(region.participants)):
            self.message.emit(
                self.tr("There are {n} annotators here").format(n=len(region.participants))
            )
            return False
        name = region.participants[number - 1]
        return self._decide(
            list(region.readings[name]), self.tr("{name}'s version").format(name=name)
        )

    def accept_none(self) -> bool:
        if self.region is None:
            self.message.emit(self.tr("No disagreement selected (N goes to the next one)"))
            return False
        return self._decide([], self.tr("none"))

    def toggle_version(self, number: int) -> None:
        if not (1 <= number <= self.versions.count()):
            return
        item = self.versions.item(number - 1)
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def accept_ticked(self) -> bool:
        region = self.region
        if region is None:
            self.message.emit(self.tr("No disagreement selected (N goes to the next one)"))
            return False
        chosen = [
            region.versions[i].key
            for i in range(self.versions.count())
            if self.versions.item(i).checkState() == Qt.CheckState.Checked
        ]
        return self._decide(chosen, self.tr("{n} ticked versions").format(n=len(chosen)))

    def _decide(self, chosen: list, what: str) -> bool:
        region = self.region
        assert region is not None and self.doc is not None
        try:
            plan = decision_plan(
                region, chosen, self.gold_spans, self.gold_relations, self.directive
            )
        except DecisionError as e:
            self.message.emit(str(e))
            return False
        # "nothing here" leaves no trace in gold, so it is remembered as a mark on the region
        mark = (self.doc.id, region_signature(region)) if not chosen else None
        if mark is not None and mark[1] in self.none_marks.get(mark[0], set()):
            mark = None  # already marked
        if plan.empty and mark is None:
            self.message.emit(self.tr("Gold already holds {what}").format(what=what))
        elif not self._apply(plan, self.tr("Adjudicate: {what}").format(what=what), mark=mark):
            return False
        else:
            # undo and redo come back to this region
            self.trail.decided(self.doc.id, region_signature(region), self.session.undo_text)
            self.message.emit(self.tr("Gold: {what}").format(what=what))
        if self.auto_advance:
            self._advance_after_decision()
        else:
            self._render()
        return True

    def _advance_after_decision(self) -> None:
        if self.cursor.step(+1, undecided=True):
            self._render()
            return
        self._render()
        if not self._step(+1, True):
            self.message.emit(self.tr("Every disagreement has a decision"))

    def _apply(
        self, plan: Plan, description: str = "", mark: tuple[int, str] | None = None
    ) -> bool:
        """Run a plan as session commands grouped into one undo step; a failure undoes what it
        did. True when applied."""
        assert self.doc is not None
        s = self.session
        doc_id = self.doc.id
        ran = 0
        failed: Exception | None = None
        self._in_decision = True
        try:
            with s.group(description or self.tr("Adjudicate")):
                try:
                    for rid in plan.remove_relations:
                        s.remove_relation(rid)
                        ran += 1
                    if plan.remove:
                        s.remove_spans(plan.remove)
                        ran += 1
                    for start, end, label in plan.add:
                        s.add_span(doc_id, start, end, label, layer=GOLD_LAYER, origin=ORIGIN)
                        ran += 1
                    for rtype, head, tail in plan.add_relations:
                        gold = {
                            (g.start, g.end, g.label): g.id
                            for g in self.project.spans(doc_id, GOLD_LAYER)
                        }
                        s.add_relation(rtype, gold[head], gold[tail])
                        ran += 1
                    if mark is not None:
                        # "nothing here" leaves no trace in gold: a mark in project meta, read
                        # afresh so that marks written meanwhile elsewhere are kept
                        marks = read_none_marks(self.project)
                        marks.setdefault(mark[0], set()).add(mark[1])
                        s.set_meta(
                            NONE_MARKS_KEY,
                            none_marks_json(marks),
                            description or self.tr("Adjudicate"),
                            doc_id=mark[0],
                        )
                        ran += 1
                except (SessionError, KeyError) as e:
                    failed = e
            if failed is not None and ran:
                s.undo()  # the partial decision is one step: gone as a whole
        finally:
            self._in_decision = False
            self.none_marks = read_none_marks(self.project)
        if failed is not None:
            self.message.emit(str(failed).strip("'\""))
            self._refresh_gold()
            return False
        self._refresh_gold()
        return True

    def copy_agreed(self) -> int:
        """Copy the regions every annotator of this document agrees on into gold (one step)."""
        if self.doc is None:
            return 0
        merged = premerge(
            {n: {self.doc.id: v} for n, v in self.layers.items()},
            {n: [self.doc.id] for n in self.participants},
            "unanimous",
            self.directive,
        )
        spans = merged.spans.get(self.doc.id, [])
        rels = merged.relations.get(self.doc.id, [])
        have = {(g.start, g.end, g.label) for g in self.gold_spans}
        add = []
        skipped = 0
        for sp in spans:
            key = (sp.start, sp.end, sp.label)
            if key in have:
                continue
            cls = sp.label if sp.label in self.directive else ""
            clash = any(
                (g.label if g.label in self.directive else "") == cls
                and g.start < sp.end
                and sp.start < g.end
                for g in self.gold_spans
            )
            if clash:
                skipped += 1  # someone decided here already
                continue
            add.append(key)
        keys = [(sp.start, sp.end, sp.label) for sp in spans]
        gold_rel_keys = {
            (r.type, *(self._gold_key(r.head), self._gold_key(r.tail))) for r in self.gold_relations
        }
        add_rels = []
        for r in rels:
            rk = (r.type, keys[r.head], keys[r.tail])
            if (
                rk not in gold_rel_keys
                and (rk[1] in have or rk[1] in add)
                and (rk[2] in have or rk[2] in add)
            ):
                add_rels.append(rk)
        plan = Plan([], add, add_relations=add_rels)
        if plan.empty:
            self.message.emit(self.tr("Gold already holds everything the annotators agree on"))
            return 0
        if not self._apply(plan, self.tr("Adjudicate: copy agreed")):
            return 0
        note = self.tr("Copied {n} agreed spans and {r} relations to gold").format(
            n=len(add), r=len(add_rels)
        )
        if skipped:
            note += self.tr("; {k} left out, gold has another span there").format(k=skipped)
        self.message.emit(note)
        self._render()
        return len(add)

    def _gold_key(self, span_id: int) -> tuple[int, int, str] | None:
        for g in self.gold_spans:
            if g.id == span_id:
                return (g.start, g.end, g.label)
        return None

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
        self._refresh_gold()
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
        self._refresh_gold()
        self._render()
        return True

    def undo(self) -> None:
        """Undo the last step of the session's history (a decision is one step however many
        commands it ran, its "none" mark included), as Ctrl+Z does in the main window."""
        self._history(undo=True)

    def redo(self) -> None:
        self._history(undo=False)

    def _history(self, undo: bool) -> None:
        s = self.session
        if not (s.can_undo if undo else s.can_redo):
            self.message.emit(self.tr("Nothing to undo") if undo else self.tr("Nothing to redo"))
            return
        target = s.undo_doc if undo else s.redo_doc
        # a decision made here: return to its region (other steps of the shared history, e.g.
        # a span tagged in the main window, leave the trail alone)
        step_text = s.undo_text if undo else s.redo_text
        if (
            target is not None
            and (self.doc is None or target != self.doc.id)
            and self._table_row_of(target) is not None
        ):
            self.open_document(target)  # show what changes
        try:
            (s.undo if undo else s.redo)()
        except SessionError as e:
            self.message.emit(str(e))
            return
        self._refresh_gold()
        where = self.trail.undo(step_text) if undo else self.trail.redo(step_text)
        if where is not None and self.doc is not None and where[0] == self.doc.id:
            self._recompute()
            self.cursor.find(where[1])
        self._render()
        self.message.emit(self.tr("Undone") if undo else self.tr("Redone"))

    # ---- keeping in step --------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        marks = change.meta_key == NONE_MARKS_KEY
        if marks:
            self.none_marks = read_none_marks(self.project)
        if change.text_changed and self.doc is not None and change.doc_id == self.doc.id:
            # a repair choice rewrote the clean text and moved spans of every layer
            self._reload_document()
        elif (change.layer == GOLD_LAYER or marks) and not self._in_decision:
            if self.doc is not None and change.doc_id == self.doc.id:
                # e.g. Ctrl+Z in the main window: show gold as it is now
                self._refresh_gold()
                self._render()
        if change.layer == GOLD_LAYER or marks or change.text_changed:
            r = self._table_row_of(change.doc_id) if change.doc_id is not None else None
            if r is not None:
                self._update_counts(r, change.doc_id)
        if change.layer == GOLD_LAYER or change.text_changed:
            self.goldChanged.emit(change.doc_id)

    def _reload_document(self) -> None:
        """Read the open document again (text, layers, gold), keeping the place in its list of
        disagreements as far as it still exists."""
        assert self.doc is not None
        doc_id, current = self.doc.id, self.current
        self.doc = self.project.document(doc_id)
        self.session.remember_text(doc_id, self.doc.text)
        self.layers = self._doc_layers(doc_id, self.participants)
        self.merged.set_text(self.doc.text)
        for _, pane in self.side_panes:
            pane.set_text(self.doc.text)
        self._recompute()
        if not self.disagreements:
            self.current = None
        elif current is not None:
            self.current = min(current, len(self.disagreements) - 1)
        self._render()

    def _refresh_gold(self) -> None:
        if self.doc is None:
            return
        self.gold_spans = self.project.spans(self.doc.id, GOLD_LAYER)
        self.gold_relations = self.project.relations(self.doc.id, GOLD_LAYER)

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
            cls = region.versions[0].key[2] if region.versions[0].key[2] in self.directive else ""
            for g in self.gold_spans:
                gcls = g.label if g.label in self.directive else ""
                if gcls == cls and g.start < region.end and region.start < g.end:
                    item = QListWidgetItem(
                        self._key_text((g.start, g.end, g.label)) + f" ({g.author})"
                    )
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
