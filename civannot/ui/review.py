"""The lead's agreement review: pairwise heat map, per-label bars, progress, documents to adjudicate.

The figures are computed on a worker thread from the project path (civannot.review); the window
shows a progress bar with Cancel meanwhile. Clicking a heat-map cell picks that pair for the
label bars; a double-click (or Enter) on a document asks for it in the adjudication view.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from civannot.review import ReviewData, compute_review
from civannot.ui.plain import tip
from civannot.ui.tasks import TaskPanel

METRICS = ("kappa", "f1_exact", "f1_overlap")


def metric_names() -> dict[str, str]:
    """The metrics' names in the UI language (also the bar sets' labels)."""
    return {
        "kappa": QCoreApplication.translate("review", "Cohen's κ"),
        "f1_exact": QCoreApplication.translate("review", "F1 exact"),
        "f1_overlap": QCoreApplication.translate("review", "F1 overlap"),
    }


def value_colour(v: float | None) -> QColor:
    """Red (≤ 0) through yellow (0.5) to green (1); grey when undefined."""
    if v is None:
        return QColor("#d9d9d9")
    t = max(0.0, min(1.0, v))
    if t < 0.5:
        a, b, u = QColor("#d7301f"), QColor("#fee08b"), t / 0.5
    else:
        a, b, u = QColor("#fee08b"), QColor("#1a9850"), (t - 0.5) / 0.5
    return QColor(
        round(a.red() + (b.red() - a.red()) * u),
        round(a.green() + (b.green() - a.green()) * u),
        round(a.blue() + (b.blue() - a.blue()) * u),
    )


def fmt(v: float | None) -> str:
    return "—" if v is None else f"{v:.2f}"


class HeatMap(QWidget):
    """An annotator × annotator matrix of one metric; click a cell to pick the pair."""

    pairClicked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.names: list[str] = []
        self.values: list[list[float | None]] = []
        self.reasons: dict[tuple[int, int], str] = {}
        self.selected: tuple[int, int] | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(
        self,
        names: list[str],
        values: list[list[float | None]],
        reasons: dict[tuple[int, int], str],
    ) -> None:
        self.names, self.values, self.reasons = names, values, reasons
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 360)

    def _geometry(self) -> tuple[float, float, float]:
        n = max(len(self.names), 1)
        fm = self.fontMetrics()
        margin = max((fm.horizontalAdvance(x) for x in self.names), default=40) + 12
        side = min(self.width() - margin - 8, self.height() - fm.height() * 2 - 16)
        return margin, max(side, 20) / n, fm.height() + 10

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        left, size, top = self._geometry()
        i, j = int((y - top) // size), int((x - left) // size)
        if x < left or y < top or not (0 <= i < len(self.names) and 0 <= j < len(self.names)):
            return None
        return i, j

    def mouseMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        cell = self.cell_at(event.position().x(), event.position().y())
        if cell is None or cell[0] == cell[1]:
            self.setToolTip("")
            return
        i, j = cell
        v = self.values[i][j]
        text = f"{self.names[i]} × {self.names[j]}: {fmt(v)}"
        if v is None:
            text += f"\n{self.reasons.get(cell, 'undefined')}"
        self.setToolTip(tip(text))

    def mousePressEvent(self, event) -> None:  # noqa: ANN001, N802
        cell = self.cell_at(event.position().x(), event.position().y())
        if cell is not None and cell[0] != cell[1]:
            self.selected = cell
            self.update()
            self.pairClicked.emit(self.names[cell[0]], self.names[cell[1]])

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.names:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No pairs to compare"))
            return
        left, size, top = self._geometry()
        n = len(self.names)
        fm = self.fontMetrics()
        for k, name in enumerate(self.names):
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(0, top + k * size, left - 6, size),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            p.drawText(
                QRectF(left + k * size, 0, size, top - 4),
                Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignBottom,
                fm.elidedText(name, Qt.TextElideMode.ElideRight, int(size)),
            )
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        for i in range(n):
            for j in range(n):
                rect = QRectF(left + j * size, top + i * size, size - 2, size - 2)
                if i == j:
                    p.fillRect(rect, QColor("#f3f3f3"))
                    continue
                v = self.values[i][j]
                colour = value_colour(v)
                p.fillRect(rect, colour)
                if self.selected in ((i, j), (j, i)):
                    p.setPen(QPen(QColor("#000000"), 3))
                    p.drawRect(rect.adjusted(1, 1, -1, -1))
                p.setPen(QColor("#000000") if colour.lightness() > 110 else QColor("#ffffff"))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, fmt(v))
        p.end()


class LabelBars(QChartView):
    """κ and F1 per label as grouped bars (QtCharts)."""

    def __init__(self, parent: QWidget | None = None):
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.undefined: list[str] = []

    def set_data(self, bars: dict[str, dict[str, float | None]], title: str) -> None:
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        labels = list(bars)
        series = QBarSeries()
        self.undefined = []
        low = 0.0
        for metric, colour in (
            ("kappa", "#4363d8"),
            ("f1_exact", "#f58231"),
            ("f1_overlap", "#3cb44b"),
        ):
            bar = QBarSet(metric_names()[metric])
            bar.setColor(QColor(colour))
            for lab in labels:
                v = bars[lab][metric]
                if v is None:
                    self.undefined.append(f"{lab} {metric_names()[metric]}")
                    v = 0.0  # drawn as no bar; listed as undefined under the chart
                low = min(low, v)
                bar.append(v)
            series.append(bar)
        self._values = {m: [bars[lab][m] for lab in labels] for m in METRICS}
        self._labels = labels
        series.hovered.connect(self._hover)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(labels)
        y = QValueAxis()
        y.setRange(min(-0.1, low - 0.05) if low < 0 else 0.0, 1.0)
        y.setLabelFormat("%.1f")
        y.setTickCount(6)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def _hover(self, status: bool, index: int, barset: QBarSet) -> None:
        if not status:
            QToolTip.hideText()
            return
        metric = next(k for k, v in metric_names().items() if v == barset.label())
        value = self._values[metric][index]
        QToolTip.showText(QCursor.pos(), f"{self._labels[index]} · {barset.label()}: {fmt(value)}")


class ReviewWindow(QWidget):
    """Agreement review of a project; emits openDocument(doc_id) for the adjudication view."""

    openDocument = Signal(int)
    computed = Signal()

    def __init__(
        self,
        project_path: str | Path,
        parent: QWidget | None = None,
        *,
        annotators: list[str] | None = None,
        labels: list[str] | None = None,
        start: bool = True,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("civannot — agreement review"))
        self.project_path = str(project_path)
        self.annotators = annotators
        self.labels = labels
        self.data: ReviewData | None = None
        self._build()
        if start:
            self.refresh()

    def _build(self) -> None:
        self.metric_box = QComboBox()
        for key, name in metric_names().items():
            self.metric_box.addItem(name, key)
        self.metric_box.currentIndexChanged.connect(self._show_matrix)
        self.pair = QComboBox()
        # filled after the first show: grow with the items, not clip them
        self.pair.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pair.currentIndexChanged.connect(self._show_bars)
        self.refresh_button = QPushButton(self.tr("Recompute"))
        self.refresh_button.clicked.connect(self.refresh)
        self.tasks = TaskPanel(controls=[self.refresh_button])
        self.tasks.finished.connect(self.set_data)
        self.tasks.ended.connect(self.computed)
        self.summary = self.tasks.status
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Heat map:")))
        top.addWidget(self.metric_box)
        top.addWidget(QLabel(self.tr("Bars for:")))
        top.addWidget(self.pair)
        top.addStretch(1)
        top.addWidget(self.tasks)
        top.addWidget(self.refresh_button)

        self.heat = HeatMap()
        self.heat.pairClicked.connect(self._pick_pair)
        self.bars = LabelBars()
        self.bars.setMinimumHeight(260)
        self.undefined_note = QLabel()
        self.undefined_note.setTextFormat(Qt.TextFormat.PlainText)
        self.undefined_note.setWordWrap(True)
        self.undefined_note.setStyleSheet("color: #666")

        self.progress_table = QTableWidget(0, 5)
        self.progress_table.setHorizontalHeaderLabels(
            [
                self.tr("Annotator"),
                self.tr("Done"),
                self.tr("In progress"),
                self.tr("To do"),
                self.tr("Progress"),
            ]
        )
        self.progress_table.verticalHeader().hide()
        self.progress_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.progress_table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch
        )

        self.docs = QTableWidget(0, 6)
        self.docs.setHorizontalHeaderLabels(
            [
                self.tr("Document"),
                self.tr("Annotators"),
                self.tr("Disagreements"),
                self.tr("Open"),
                self.tr("F1 exact"),
                self.tr("Comments"),
            ]
        )
        self.docs.verticalHeader().hide()
        self.docs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.docs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.docs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.docs.setWordWrap(False)  # one line per document
        self.docs.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fit_document_columns()
        self.docs.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.docs.activated.connect(lambda index: self._open_row(index.row()))
        self.docs.setToolTip(self.tr("Double-click (or Enter) to adjudicate the document"))
        self.docs.currentCellChanged.connect(lambda row, *_: self._show_notes(row))
        # the annotators' notes on the chosen document and its spans, each under its author
        # (plain text: notes are user data)
        self.notes = QLabel()
        self.notes.setObjectName("reviewComments")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setText(self.tr("Pick a document to read its comments"))

        heat_box = QGroupBox(self.tr("Pairwise agreement"))
        hl = QVBoxLayout(heat_box)
        hl.addWidget(self.heat)
        bars_box = QGroupBox(self.tr("Per label"))
        bl = QVBoxLayout(bars_box)
        bl.addWidget(self.bars)
        bl.addWidget(self.undefined_note)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(heat_box)
        upper.addWidget(bars_box)
        upper.setSizes([450, 800])
        prog_box = QGroupBox(self.tr("Progress per annotator"))
        pl = QVBoxLayout(prog_box)
        pl.addWidget(self.progress_table)
        docs_box = QGroupBox(self.tr("Documents by disagreement (double-click to adjudicate)"))
        dl = QVBoxLayout(docs_box)
        dl.addWidget(self.docs, 1)
        dl.addWidget(self.notes)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(prog_box)
        lower.addWidget(docs_box)
        lower.setSizes([450, 800])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([520, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    # ---- computing ------------------------------------------------------------------------

    @property
    def task(self) -> object | None:
        """The running computation, if any."""
        return self.tasks.task

    @property
    def error(self) -> str | None:
        """The one-line reason the last computation failed, or None."""
        return self.tasks.error

    def refresh(self) -> None:
        self.tasks.run(
            compute_review,
            self.project_path,
            self.annotators,
            self.labels,
            busy_text=self.tr("Computing agreement…"),
            failed_text=self.tr("Could not compute agreement: {m}"),
            cancelled_text=self.tr("Cancelled; press Recompute to start again"),
        )

    def cancel(self) -> None:
        self.tasks.cancel()

    # ---- showing ----------------------------------------------------------------------------

    def set_data(self, data: ReviewData) -> None:
        self.data = data
        rep = data.report
        fleiss, alpha = rep["fleiss"]["overall"], rep["alpha"]["overall"]
        self.summary.setText(
            self.tr(
                "{d} documents completed by two or more of {n} annotators · Fleiss' κ {f} · "
                "Krippendorff's α {a} · {o} documents with open disagreements"
            ).format(
                d=rep["documents"],
                n=len(data.annotators),
                f=fmt(fleiss),
                a=fmt(alpha),
                o=sum(1 for r in data.documents if r.undecided),
            )
            + (
                ""
                if fleiss is not None
                else f" (Fleiss: {rep['fleiss'].get('reasons', {}).get('overall', '')})"
            )
        )
        self.pair.blockSignals(True)
        self.pair.clear()
        self.pair.addItem(self.tr("all pairs (mean)"), None)
        for p in rep["pairs"]:
            self.pair.addItem(f"{p['a']} × {p['b']}", (p["a"], p["b"]))
        self.pair.blockSignals(False)
        self._show_matrix()
        self._show_bars()
        self._fill_progress()
        self._fill_documents()

    def _show_matrix(self) -> None:
        if self.data is None:
            return
        metric = self.metric_box.currentData()
        self.heat.set_data(
            self.data.annotators, self.data.matrices[metric], self.data.reasons[metric]
        )

    def _pick_pair(self, a: str, b: str) -> None:
        for i in range(self.pair.count()):
            d = self.pair.itemData(i)
            if d is not None and set(d) == {a, b}:
                self.pair.setCurrentIndex(i)
                return

    def _show_bars(self) -> None:
        if self.data is None:
            return
        pair = self.pair.currentData()
        bars = self.data.label_bars(tuple(pair) if pair else None)
        title = self.tr("mean over pairs") if pair is None else f"{pair[0]} × {pair[1]}"
        self.bars.set_data(bars, title)
        self.undefined_note.setText(
            self.tr("Undefined (no bar): {items}").format(items=", ".join(self.bars.undefined))
            if self.bars.undefined
            else ""
        )

    def _fill_progress(self) -> None:
        assert self.data is not None
        rows = self.data.progress
        self.progress_table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            for c, v in enumerate((p.name, str(p.done), str(p.in_progress), str(p.todo))):
                item = QTableWidgetItem(v)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.progress_table.setItem(r, c, item)
            bar = QProgressBar()
            bar.setRange(0, max(p.assigned, 1))
            bar.setValue(p.done)
            bar.setFormat(f"{p.done} / {p.assigned}")
            self.progress_table.setCellWidget(r, 4, bar)

    def _fill_documents(self) -> None:
        assert self.data is not None
        rows = self.data.documents
        self.docs.setSortingEnabled(False)
        self.docs.setRowCount(len(rows))
        for r, d in enumerate(rows):
            name = QTableWidgetItem(f"{d.external_id}  {d.title}".strip())
            name.setData(Qt.ItemDataRole.UserRole, d.doc_id)
            self.docs.setItem(r, 0, name)
            self.docs.setItem(r, 1, QTableWidgetItem(", ".join(d.annotators)))
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            for c, v in ((2, d.disagreements), (3, d.undecided)):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, v)
                item.setTextAlignment(right)
                self.docs.setItem(r, c, item)
            f1 = QTableWidgetItem(fmt(d.f1_exact))
            f1.setTextAlignment(right)
            f1.setBackground(value_colour(d.f1_exact))
            self.docs.setItem(r, 4, f1)
            notes = QTableWidgetItem()
            notes.setData(Qt.ItemDataRole.DisplayRole, len(d.comments))
            notes.setTextAlignment(right)
            if d.comments:
                notes.setToolTip(tip("\n".join(self.note_lines(d.comments))))
            self.docs.setItem(r, 5, notes)
        self.docs.setSortingEnabled(True)
        self.docs.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self._fit_document_columns()

    def note_lines(self, comments: list) -> list[str]:
        """One line per note, saying whose it is and on what."""
        return [
            self.tr("{author} on the document: {text}").format(author=c.author, text=c.text)
            if c.on_document
            else self.tr("{author} on {label} “{span}”: {text}").format(
                author=c.author, label=c.span_label, span=c.span_text, text=c.text
            )
            for c in comments
        ]

    def _show_notes(self, row: int) -> None:
        item = self.docs.item(row, 0) if row >= 0 else None
        if item is None or self.data is None:
            self.notes.setText(self.tr("Pick a document to read its comments"))
            return
        doc_id = int(item.data(Qt.ItemDataRole.UserRole))
        found = next((d for d in self.data.documents if d.doc_id == doc_id), None)
        lines = self.note_lines(found.comments) if found is not None else []
        self.notes.setText(
            "\n".join(lines) if lines else self.tr("No comments on {doc}").format(doc=item.text())
        )

    def _fit_document_columns(self) -> None:
        """Size the narrow columns to their contents and header, sort arrow included (a fixed
        width clipped "Disagreements" once the arrow showed). Done once per fill rather than
        in ResizeToContents mode, which re-measures on every change of a long table."""
        for c in range(1, self.docs.columnCount()):
            self.docs.resizeColumnToContents(c)

    def _open_row(self, row: int) -> None:
        item = self.docs.item(row, 0)
        if item is not None:
            self.openDocument.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.cancel()
        super().closeEvent(event)


__all__ = ["HeatMap", "LabelBars", "ReviewWindow", "value_colour"]
