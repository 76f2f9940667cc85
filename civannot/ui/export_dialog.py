"""Export dialog: format, layer, labels, split and seed, raw offsets; runs off the GUI thread.

The export itself is civannot.export.export_project, run on a worker with the project path (a
read-only connection beside the window's). At the end the dialog shows the summary and the
dataset card (README.md of the output folder) rendered as Markdown.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from civannot.export import FORMATS, ExportReport, export_project
from civannot.project import Project
from civannot.records import GOLD_LAYER
from civannot.ui.tasks import TaskPanel


def format_names() -> dict[str, str]:
    """The export formats' names in the UI language."""
    return {
        "jsonl": QCoreApplication.translate("ExportDialog", "JSONL (civannot native)"),
        "conll": QCoreApplication.translate("ExportDialog", "CoNLL, character BIO"),
        "bioes": QCoreApplication.translate("ExportDialog", "CoNLL, character BIOES"),
        "brat": QCoreApplication.translate("ExportDialog", "brat (.txt + .ann)"),
        "doccano": QCoreApplication.translate("ExportDialog", "doccano JSONL"),
        "labelstudio": QCoreApplication.translate("ExportDialog", "Label Studio tasks JSON"),
        "spacy": QCoreApplication.translate("ExportDialog", "spaCy DocBin (.spacy)"),
    }


def run_export(
    project_path: str,
    fmt: str,
    out_dir: str,
    layer: str,
    labels: list[str] | None,
    split: list[float] | None,
    seed: int,
    raw_offsets: bool,
    overwrite: bool,
    *,
    progress,  # noqa: ANN001
    cancel,  # noqa: ANN001
) -> ExportReport:
    """Worker side: export from a fresh read-only connection to the project at `project_path`."""
    project = Project.worker_connection(project_path)
    try:
        return export_project(
            project,
            fmt,
            out_dir,
            layer=layer,
            labels=labels,
            split=split,
            seed=seed,
            raw_offsets=raw_offsets,
            progress=progress,
            cancel=cancel,
            overwrite=overwrite,
        )
    finally:
        project.db.close()


def _normal_permissions(folder: Path) -> None:
    """An export is a dataset for others to read: its folder follows the umask like any folder
    the user makes (a temporary folder moved into place would stay private, mode 700)."""
    if os.name != "posix" or not folder.is_dir():
        return
    umask = os.umask(0)
    os.umask(umask)
    try:
        mode = folder.stat().st_mode & 0o777
        wanted = 0o777 & ~umask
        if mode != wanted and mode == 0o700:
            folder.chmod(wanted)
    except OSError:
        pass  # a folder we may not change keeps its mode; the export itself is complete


def _default_out(project: Project) -> str:
    """Beside a project file; for a server project, in the home folder under its database's
    name (a URL is no folder)."""
    if project.url:
        return str(Path.home() / (project.path.name + "-export"))
    return str(project.path.with_suffix("")) + "-export"


class ExportDialog(QDialog):
    finished_export = Signal(object)  # ExportReport, or None when it failed or was cancelled

    def __init__(
        self, project: Project, parent: QWidget | None = None, *, out_dir: str | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export training data"))
        self.project_path = project.target
        self.report: ExportReport | None = None
        schema = project.schema

        self.format = QComboBox()
        names = format_names()
        for f in FORMATS:
            self.format.addItem(names.get(f, f), f)
        self.layer = QComboBox()
        layers = [GOLD_LAYER] + [
            x for x in [*project.layers(), *project.annotators()] if x != GOLD_LAYER
        ]
        for name in dict.fromkeys(layers):
            self.layer.addItem(name)
        self.labels = QListWidget()
        for name in schema.label_names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.labels.addItem(item)
        self.labels.setMaximumHeight(150)
        self.split = QCheckBox(self.tr("Split by document"))
        self.ratios = []
        ratio_row = QHBoxLayout()
        for name, value in (
            (self.tr("train"), 0.8),
            (self.tr("dev"), 0.1),
            (self.tr("test"), 0.1),
        ):
            box = QDoubleSpinBox()
            box.setRange(0.0, 1.0)
            box.setSingleStep(0.05)
            box.setDecimals(2)
            box.setValue(value)
            ratio_row.addWidget(QLabel(name))
            ratio_row.addWidget(box)
            self.ratios.append(box)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        ratio_row.addWidget(QLabel(self.tr("seed")))
        ratio_row.addWidget(self.seed)
        self.split.toggled.connect(self._split_toggled)
        self.raw = QCheckBox(self.tr("Also give raw-text offsets (jsonl)"))
        self.out = QLineEdit(out_dir or _default_out(project))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        self.overwrite = QCheckBox(self.tr("Replace an earlier export in that folder"))

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Layer"), self.layer)
        form.addRow(self.tr("Labels"), self.labels)
        form.addRow(self.split)
        form.addRow(self.tr("Ratios"), ratio_row)
        form.addRow(self.raw)
        form.addRow(self.tr("Folder"), out_row)
        form.addRow(self.overwrite)

        self.run_button = QPushButton(self.tr("Export"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.tasks = TaskPanel(cancel_text=self.tr("Cancel export"), controls=[self.run_button])
        self.tasks.finished.connect(self._finished)
        self.tasks.failed.connect(lambda _m: self.finished_export.emit(None))
        self.tasks.cancelled.connect(lambda: self.finished_export.emit(None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.tasks, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.close_button)
        self.status = self.tasks.status
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the card holds imported names and titles: shown as the Markdown text it is, never
        # rendered (a name like [here](https://…) must not become a link, <img> no image)
        self.card = QTextBrowser()
        self.card.setOpenExternalLinks(False)
        self.card.setOpenLinks(False)
        self.card.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        self.card.setPlaceholderText(self.tr("The dataset card appears here after the export."))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.card, 1)
        self._split_toggled(False)
        self.resize(760, 820)

    # ---- inputs -----------------------------------------------------------------------------

    def _split_toggled(self, on: bool) -> None:
        for box in self.ratios:
            box.setEnabled(on)
        self.seed.setEnabled(on)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export into"), str(Path(self.out.text()).parent)
        )
        if folder:
            self.out.setText(folder)

    def chosen_labels(self) -> list[str] | None:
        """The ticked labels; None when every label is ticked (the export's default)."""
        ticked = [
            self.labels.item(i).text()
            for i in range(self.labels.count())
            if self.labels.item(i).checkState() == Qt.CheckState.Checked
        ]
        return None if len(ticked) == self.labels.count() else ticked

    def split_ratios(self) -> list[float] | None:
        if not self.split.isChecked():
            return None
        values = [b.value() for b in self.ratios]
        while values and values[-1] == 0.0:  # train/test only when dev... is left at 0
            values.pop()
        return values

    # ---- running ----------------------------------------------------------------------------

    @property
    def task(self) -> object | None:
        """The running export, if any."""
        return self.tasks.task

    @property
    def error(self) -> str | None:
        """The one-line reason the last export failed, or None."""
        return self.tasks.error

    def start(self) -> None:
        if self.tasks.running:
            return
        labels = self.chosen_labels()
        if labels == []:
            self.status.setText(self.tr("Tick at least one label"))
            return
        if not self.out.text().strip():
            self.status.setText(self.tr("Choose a folder to export into"))
            return
        out = Path(self.out.text().strip()).expanduser()
        try:
            # a folder typed by hand may not exist yet: make its parents (normal permissions)
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            self.status.setText(
                self.tr("Cannot create the folder {folder}: {error}").format(
                    folder=str(out.parent), error=e.strerror or str(e)
                )
            )
            return
        self.report = None
        self.card.clear()
        self.tasks.run(
            run_export,
            self.project_path,
            self.format.currentData(),
            str(out),
            self.layer.currentText(),
            labels,
            self.split_ratios(),
            self.seed.value(),
            self.raw.isChecked(),
            self.overwrite.isChecked(),
            busy_text=self.tr("Exporting…"),
            failed_text=self.tr("Export failed: {m}"),
            cancelled_text=self.tr("Export cancelled: nothing was written"),
        )

    def cancel(self) -> None:
        self.tasks.cancel()

    def _finished(self, report: ExportReport) -> None:
        self.report = report
        self.status.setText(report.summary())
        _normal_permissions(Path(self.out.text().strip()).expanduser())
        if report.card and Path(report.card).is_file():
            self.card.setPlainText(Path(report.card).read_text(encoding="utf-8"))
        self.finished_export.emit(report)

    def reject(self) -> None:
        if self.tasks.running:
            self.cancel()  # the worker stops at its next check and writes nothing
        super().reject()
