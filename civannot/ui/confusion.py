"""Which labels the annotators confuse: a labels × labels matrix over overlapping spans.

Rows are the first annotator's label of each pair, columns the second's; "none" means the other
annotator has no overlapping span there. Off-diagonal cells are shaded by count; the list under
the matrix names the most frequent confusions, which is where the guideline needs work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civannot.review import ConfusionData, compute_confusion
from civannot.ui.tasks import TaskPanel


class ConfusionView(QWidget):
    computed = Signal()

    def __init__(
        self, project_path: str | Path, parent: QWidget | None = None, *, start: bool = True
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("civannot — label confusion"))
        self.project_path = str(project_path)
        self.data: ConfusionData | None = None
        self.annotators: list[str] = []
        self.pair = QComboBox()
        # filled after the first show: grow with the items, not clip them
        self.pair.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pair.currentIndexChanged.connect(self._show)
        self.hide_diagonal = QPushButton(self.tr("Hide agreement"))
        self.hide_diagonal.setCheckable(True)
        self.hide_diagonal.setToolTip(self.tr("Blank the diagonal to let the confusions stand out"))
        self.hide_diagonal.toggled.connect(self._show)
        self.refresh_button = QPushButton(self.tr("Recompute"))
        self.refresh_button.clicked.connect(self.refresh)
        self.tasks = TaskPanel(controls=[self.refresh_button])
        self.tasks.finished.connect(self._finished)
        self.tasks.ended.connect(self.computed)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pair:")))
        top.addWidget(self.pair)
        top.addWidget(self.hide_diagonal)
        top.addStretch(1)
        top.addWidget(self.tasks)
        top.addWidget(self.refresh_button)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status = self.tasks.status
        self.top = QListWidget()
        self.top.setMaximumHeight(170)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Most frequent confusions (both directions)")))
        layout.addWidget(self.top)
        if start:
            self.refresh()

    @property
    def task(self) -> object | None:
        """The running comparison, if any."""
        return self.tasks.task

    @property
    def error(self) -> str | None:
        """The one-line reason the last comparison failed, or None."""
        return self.tasks.error

    def refresh(self) -> None:
        self.tasks.run(
            compute_confusion,
            self.project_path,
            busy_text=self.tr("Comparing the annotators' spans…"),
            failed_text=self.tr("Could not compare: {m}"),
            cancelled_text=self.tr("Cancelled"),
        )

    def cancel(self) -> None:
        self.tasks.cancel()

    def _finished(self, result: tuple[list[str], ConfusionData]) -> None:
        self.annotators, self.data = result
        self.pair.blockSignals(True)
        self.pair.clear()
        self.pair.addItem(self.tr("all pairs"), None)
        for a, b in self.data.pairs:
            self.pair.addItem(f"{a} × {b}", (a, b))
        self.pair.blockSignals(False)
        self._show()

    def matrix(self) -> list[list[int]]:
        assert self.data is not None
        pair = self.pair.currentData()
        return self.data.matrix if pair is None else self.data.pairs[tuple(pair)]

    def _show(self) -> None:
        if self.data is None:
            return
        labels = self.data.labels
        m = self.matrix()
        k = len(labels)
        hide = self.hide_diagonal.isChecked()
        self.table.setRowCount(k)
        self.table.setColumnCount(k)
        self.table.setHorizontalHeaderLabels(labels)
        self.table.setVerticalHeaderLabels(labels)
        off = [m[i][j] for i in range(k) for j in range(k) if i != j]
        peak = max(off, default=0) or 1
        for i in range(k):
            for j in range(k):
                v = m[i][j]
                item = QTableWidgetItem("" if (hide and i == j) or v == 0 else str(v))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if i == j:
                    item.setBackground(QBrush(QColor("#e8f3ec" if v else "#ffffff")))
                elif v:
                    shade = QColor("#e5383b")
                    shade.setAlpha(int(40 + 200 * v / peak))
                    item.setBackground(QBrush(shade))
                item.setToolTip(f"{labels[i]} × {labels[j]}: {v}")
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        total = sum(map(sum, m))
        agree = sum(m[i][i] for i in range(k))
        self.status.setText(
            self.tr("{t} span pairs compared; same label on {a} ({p:.0%})").format(
                t=total, a=agree, p=agree / total if total else 0.0
            )
            if total
            else self.tr("No two annotators completed the same document: nothing to compare")
        )
        self.top.clear()
        tmp = ConfusionData(labels, m)
        for a, b, n in tmp.top(10):
            self.top.addItem(f"{a} ↔ {b}: {n}")

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.cancel()
        super().closeEvent(event)
