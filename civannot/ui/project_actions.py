"""The lead's project actions in the GUI: File → New project…, File → Import articles…,
Tools → Pre-annotate….

`install(window)` needs `window.menu(name)`, `window.session`, `window.ws`, `window.documents`
and the `openProjectRequested` signal. Import and pre-annotation are long: they run on a worker
(civannot.ui.tasks) with plain values (the project's path, file names, document ids) and their
own connection to the project file. The window's Project holds the file lock, which keeps other
processes out, not other connections of this one; while the worker writes, the dialog is modal
over the window, so the GUI thread only reads (WAL lets it) and the worker is the one writer.

A bundle (project.kind == "bundle") is an annotator's copy of part of a project: these actions
are shown but disabled there, with the reason in the status tip.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civannot.app.formats import ANNOTATED_IMPORT_FORMATS as FOREIGN  # noqa: E402
from civannot.app.formats import IMPORT_FORMATS  # noqa: E402
from civannot.app.imports import ImportOutcome, import_files  # noqa: E402
from civannot.project import Project, ProjectError
from civannot.records import AUTO_LAYER
from civannot.ui.plain import tip
from civannot.ui.tasks import TaskPanel

# a report tree with 10,000 imported ids would take seconds to build and tell nobody anything
SHOWN_PER_SECTION = 500

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


# ---- worker side: plain values in, plain values out ------------------------------------------


def import_work(
    project_path: str,
    paths: list[str],
    fmt: str,
    text_column: str | None,
    layer: str | None,
    *,
    progress: Progress,
    cancel: Cancel,
) -> ImportOutcome:
    """Import `paths` into the project at `project_path` (what the worker runs)."""
    if fmt not in IMPORT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(IMPORT_FORMATS)}")
    project = Project.worker_connection(project_path)
    try:
        # the importer's pool spawns rather than forks here (the GUI runs threads)
        out = import_files(
            project,
            paths,
            fmt,
            text_column=text_column,
            layer=layer,
            progress=progress,
            cancel=cancel,
        )
        return _with_flag_kinds(project, out)
    finally:
        project.db.close()


def _with_flag_kinds(project: Project, out: ImportOutcome) -> ImportOutcome:
    """Flagged documents with what was flagged ("doc-7 — pinyin ×2, gbk_repair"), for as many
    as the report shows."""
    described = []
    for ext in out.flagged[:SHOWN_PER_SECTION]:
        doc_id = project.document_id(ext)
        kinds: dict[str, int] = {}
        if doc_id is not None:
            for f in project.document(doc_id).flags:
                kinds[f.kind] = kinds.get(f.kind, 0) + 1
        what = ", ".join(k if n == 1 else f"{k} ×{n}" for k, n in sorted(kinds.items()))
        described.append(f"{ext} — {what}" if what else ext)
    out.flagged = described + out.flagged[SHOWN_PER_SECTION:]
    return out


def preannotate_work(
    project_path: str,
    doc_ids: list[int] | None,
    *,
    progress: Progress,
    cancel: Cancel,
    use_model: bool = True,
) -> dict[str, Any]:
    """Suggestions for `doc_ids` (all when None) into the auto layer (what the worker runs):
    the project's rules and, when `use_model`, its trained model, if any (civannot.learn
    .apply; `civannot preannotate --rules-only` is use_model=False)."""
    from civannot.learn.apply import preannotate

    project = Project.worker_connection(project_path)
    try:
        return preannotate(project, doc_ids, progress, cancel, use_model=use_model)
    finally:
        project.db.close()


# ---- the window ------------------------------------------------------------------------------


def reload_documents(window: Any) -> None:
    """Show documents that another connection added: the list's rows, statuses and counts."""
    docs = getattr(window, "documents", None)
    if docs is None:
        return
    docs.reload()
    update = getattr(window, "_update_progress", None)
    if callable(update):
        update()


def reopen_document(window: Any) -> None:
    """Read the open article again (new suggestions, layers), keeping where the reader was."""
    ws = window.ws
    if ws.doc is None:
        return
    article = getattr(window, "article", None)
    scroll = article.verticalScrollBar().value() if article is not None else None
    caret = article.textCursor().position() if article is not None else None
    ws.open_document(ws.doc.id)
    if article is not None:
        cursor = article.textCursor()
        cursor.setPosition(min(caret or 0, len(article.toPlainText())))
        article.setTextCursor(cursor)
        article.verticalScrollBar().setValue(scroll or 0)


class _TaskDialog(QDialog):
    """A dialog around one TaskPanel: Close while the work runs cancels it and closes when the
    worker has stopped, so nothing writes behind a window the user thinks is idle."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self._close_when_done = False
        self.tasks = TaskPanel(self)
        self.tasks.ended.connect(self._ended)

    def reject(self) -> None:
        if self.tasks.running:
            self._close_when_done = True
            self.tasks.cancel()
            return
        super().reject()

    def _ended(self) -> None:
        if self._close_when_done:
            self._close_when_done = False
            super().reject()


# ---- New project -----------------------------------------------------------------------------


class NewProjectDialog(QDialog):
    """A file name, an optional label schema (JSON) and name; creates the project and asks the
    window to open it (the controller then replaces the window)."""

    created = Signal(str)

    def __init__(self, window: Any, folder: str = ""):
        super().__init__(window if isinstance(window, QWidget) else None)
        self.window_ = window
        self.setObjectName("newProjectDialog")
        self.setWindowTitle(self.tr("New project"))
        self.folder = folder
        self.path = QLineEdit(self)
        self.path.setObjectName("newProjectPath")
        self.path.setPlaceholderText(self.tr("Folder and file name of the new project (.civ)"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Optional; the window title shows it"))

        self.default_schema = QRadioButton(self.tr("Default label schema"), self)
        self.custom_schema = QRadioButton(self.tr("Label schema from a JSON file:"), self)
        self.default_schema.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.default_schema)
        group.addButton(self.custom_schema)
        self.schema_path = QLineEdit(self)
        self.schema_path.setObjectName("newProjectSchema")
        schema_browse = QPushButton(self.tr("Choose…"), self)
        schema_browse.clicked.connect(self._browse_schema)
        schema_row = QHBoxLayout()
        schema_row.addWidget(self.custom_schema)
        schema_row.addWidget(self.schema_path, 1)
        schema_row.addWidget(schema_browse)
        self.schema_info = QLabel(self)
        self.schema_info.setObjectName("newProjectSchemaInfo")
        self.schema_info.setTextFormat(Qt.TextFormat.PlainText)
        self.schema_info.setWordWrap(True)
        self.default_schema.toggled.connect(lambda _on: self._check_schema())
        self.schema_path.editingFinished.connect(self._check_schema)

        self.error = QLabel(self)
        self.error.setObjectName("newProjectError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create and open"), self)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(cancel)

        form = QFormLayout()
        form.addRow(self.tr("Project file:"), path_row)
        form.addRow(self.tr("Name:"), self.name)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.default_schema)
        lay.addLayout(schema_row)
        lay.addWidget(self.schema_info)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self.resize(720, 0)
        self._check_schema()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New project"),
            self.path.text() or self.folder,
            self.tr("civannot projects (*.civ);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused
        )
        if path:
            self.path.setText(path)

    def _browse_schema(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Label schema"), self.folder, self.tr("JSON (*.json);;All files (*)")
        )
        if path:
            self.schema_path.setText(path)
            self.custom_schema.setChecked(True)
            self._check_schema()

    def schema(self) -> Any:
        """The chosen schema; SchemaError (one line) when the file is not one."""
        from civannot.schema import SchemaError, default_schema, load_schema

        if self.default_schema.isChecked():
            return default_schema()
        path = self.schema_path.text().strip()
        if not path:
            raise SchemaError(self.tr("choose the schema's JSON file"))
        return load_schema(path)

    def _check_schema(self) -> None:
        from civannot.schema import SchemaError

        if self.custom_schema.isChecked() and not self.schema_path.text().strip():
            self.schema_info.clear()
            return
        try:
            schema = self.schema()
        except SchemaError as e:
            self.schema_info.setText(str(e).splitlines()[0])
            self.schema_info.setStyleSheet("color: #b00020")
            return
        self.schema_info.setStyleSheet("")
        self.schema_info.setText(
            self.tr("%n label(s): {labels}", "", len(schema.labels)).format(
                labels=", ".join(schema.label_names)
            )
        )

    def target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute() and self.folder:
            path = Path(self.folder) / path
        return path if path.suffix else path.with_suffix(".civ")

    def create(self) -> Path | None:
        """Create the project; on success close the dialog and ask the window to open it."""
        from civannot.schema import SchemaError

        self.error.clear()
        path = self.target()
        if path is None:
            self.error.setText(self.tr("Give the new project a file name"))
            return None
        try:
            schema = self.schema()
            project = Project.create(path, schema)
        except (ProjectError, SchemaError, OSError) as e:
            self.error.setText(str(e).splitlines()[0] if str(e) else type(e).__name__)
            return None
        try:
            if self.name.text().strip():
                project.set_meta("name", self.name.text().strip())
        finally:
            project.close()
        self.accept()
        self.created.emit(str(path))
        window = self.window_
        signal = getattr(window, "openProjectRequested", None)
        if signal is not None and isinstance(window, QWidget):
            # after this dialog is gone: opening replaces (and deletes) the window it sits on
            QTimer.singleShot(0, window, lambda: signal.emit(str(path)))
        return path


# ---- Import articles -------------------------------------------------------------------------


def format_names() -> dict[str, str]:
    return {
        "auto": QCoreApplication.translate("ImportArticlesDialog", "Automatic, by file name"),
        "txt": QCoreApplication.translate("ImportArticlesDialog", "Plain text (.txt)"),
        "html": QCoreApplication.translate("ImportArticlesDialog", "Web pages (.html)"),
        "jsonl": QCoreApplication.translate("ImportArticlesDialog", "civannot JSON Lines (.jsonl)"),
        "csv": QCoreApplication.translate("ImportArticlesDialog", "Table (.csv)"),
        "doccano": QCoreApplication.translate(
            "ImportArticlesDialog", "doccano JSONL, into a layer"
        ),
        "labelstudio": QCoreApplication.translate(
            "ImportArticlesDialog", "Label Studio JSON, into layers"
        ),
        "brat": QCoreApplication.translate("ImportArticlesDialog", "brat folder, into a layer"),
    }


def format_hints() -> dict[str, str]:
    return {
        "auto": QCoreApplication.translate(
            "ImportArticlesDialog",
            "Each file is read by its name: .txt, .html, .jsonl, .csv, and .zip archives of "
            "these; folders are searched with their subfolders. Articles are normalised as they "
            "come in.",
        ),
        "txt": QCoreApplication.translate(
            "ImportArticlesDialog", "Every file is read as plain text, one article per file."
        ),
        "html": QCoreApplication.translate(
            "ImportArticlesDialog",
            "The visible text of each page; navigation, scripts and forms are left out.",
        ),
        "jsonl": QCoreApplication.translate(
            "ImportArticlesDialog",
            "One document per line, with its layers. A bad line refuses its whole file, "
            "with the line number.",
        ),
        "csv": QCoreApplication.translate(
            "ImportArticlesDialog",
            "One article per row. The text column is found by its name (text, content, 正文, "
            "内容…) unless you name it.",
        ),
        "doccano": QCoreApplication.translate(
            "ImportArticlesDialog",
            "A doccano JSONL export (or a folder of them): the annotations go into the layer "
            "below, “doccano” if left empty.",
        ),
        "labelstudio": QCoreApplication.translate(
            "ImportArticlesDialog",
            "A Label Studio JSON export (or a folder of them): one layer per annotator "
            "(completed_by), or all into the layer you name.",
        ),
        "brat": QCoreApplication.translate(
            "ImportArticlesDialog",
            "A brat folder (.txt and .ann for each document): the annotations go into the "
            "layer below, “brat” if left empty.",
        ),
    }


class ImportArticlesDialog(_TaskDialog):
    """Files or folders, a format, the CSV text column or the layer; the report afterwards."""

    imported = Signal(object)  # ImportOutcome

    def __init__(self, window: Any, paths: list[str] | None = None):
        super().__init__(window if isinstance(window, QWidget) else None)
        self.window_ = window
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import articles"))
        project = window.session.project
        self.project_path = project.target
        self.folder = str(Path.home() if project.url else project.path.parent)
        self.outcome: ImportOutcome | None = None

        self.files = QListWidget(self)
        self.files.setObjectName("importPaths")
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setMinimumHeight(60)
        self.files.setMaximumHeight(110)
        add_files = QPushButton(self.tr("Add files…"), self)
        add_files.clicked.connect(self._add_files)
        add_folder = QPushButton(self.tr("Add folder…"), self)
        add_folder.clicked.connect(self._add_folder)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self._remove)
        file_buttons = QHBoxLayout()
        for b in (add_files, add_folder, remove):
            file_buttons.addWidget(b)
        file_buttons.addStretch(1)

        self.format = QComboBox(self)
        self.format.setObjectName("importFormat")
        for key, text in format_names().items():
            self.format.addItem(text, key)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("importHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.text_column = QLineEdit(self)
        self.text_column.setObjectName("importTextColumn")
        self.text_column.setPlaceholderText(self.tr("found by name"))
        self.layer = QLineEdit(self)
        self.layer.setObjectName("importLayer")
        self.format.currentIndexChanged.connect(lambda _i: self._format_changed())

        form = QFormLayout()
        form.addRow(self.tr("Files and folders:"), self.files)
        form.addRow("", file_buttons)
        format_box = QVBoxLayout()
        format_box.setSpacing(2)
        format_box.addWidget(self.format)
        format_box.addWidget(self.hint)
        form.addRow(self.tr("Format:"), format_box)
        form.addRow(self.tr("CSV text column:"), self.text_column)
        form.addRow(self.tr("Layer:"), self.layer)

        self.run_button = QPushButton(self.tr("Import"), self)
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.tasks.controls = [self.run_button, add_files, add_folder, remove, self.format]
        self.tasks.finished.connect(self._finished)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        self.copy_button = QPushButton(self.tr("Copy report"), self)
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.report_text())
        )
        row = QHBoxLayout()
        row.addWidget(self.tasks, 1)
        row.addStretch(0)
        row.addWidget(self.run_button)
        row.addWidget(self.close_button)
        self.status = self.tasks.status
        self.status.setObjectName("importStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.report = QTreeWidget(self)
        self.report.setObjectName("importReport")
        self.report.setHeaderHidden(True)
        self.report.setUniformRowHeights(True)
        report_row = QHBoxLayout()
        report_row.addWidget(self.summary, 1)
        report_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignBottom)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(row)
        lay.addWidget(self.status)
        lay.addLayout(report_row)
        lay.addWidget(self.report, 1)
        self.resize(820, 720)
        for p in paths or []:
            self.add_path(p)
        self._format_changed()

    # ---- inputs ---------------------------------------------------------------------------

    def add_path(self, path: str) -> None:
        if path and path not in self.paths():
            self.files.addItem(path)

    def paths(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def set_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(fmt))

    def _add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Articles to import"),
            self.folder,
            self.tr("Articles (*.txt *.html *.htm *.jsonl *.json *.csv *.zip);;All files (*)"),
        )
        for p in paths:
            self.add_path(p)
        if paths:
            self.folder = str(Path(paths[0]).parent)

    def _add_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder of articles"), self.folder)
        if path:
            self.add_path(path)
            self.folder = str(Path(path).parent)

    def _remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        self.hint.setText(format_hints()[fmt])
        self.text_column.setEnabled(fmt in ("auto", "csv"))
        self.layer.setEnabled(fmt in FOREIGN)
        self.layer.setPlaceholderText(
            {
                "doccano": "doccano",
                "brat": "brat",
                "labelstudio": self.tr("one per annotator"),
            }.get(fmt, self.tr("only for doccano, Label Studio and brat"))
        )

    # ---- running --------------------------------------------------------------------------

    def start(self) -> bool:
        """Start the import on a worker; False (with the reason in the status line) if not."""
        if self.tasks.running:
            return False
        paths = self.paths()
        if not paths:
            self.status.setText(self.tr("Add the files or folders to import"))
            return False
        fmt = self.format.currentData()
        layer = (self.layer.text().strip() or None) if fmt in FOREIGN else None
        if layer is not None:
            from civannot.ui.preferences import check_annotator

            if check_annotator(layer) == "characters":
                self.status.setText(self.tr("“{name}” cannot be a layer name").format(name=layer))
                return False
        column = (self.text_column.text().strip() or None) if fmt in ("auto", "csv") else None
        self.outcome = None
        self.summary.clear()
        self.report.clear()
        self.copy_button.setEnabled(False)
        return self.tasks.run(
            import_work,
            self.project_path,
            paths,
            fmt,
            column,
            layer,
            busy_text=self.tr("Importing…"),
            failed_text=self.tr("Import failed: {m}"),
        )

    def _finished(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        if outcome.stopped:
            self.status.setText(
                self.tr("Cancelled: the files before the stop are in the project, none after it")
            )
        else:
            self.status.setText(self.tr("Import finished"))
        self.show_outcome(outcome)
        if outcome.imported or outcome.layers_added:
            reload_documents(self.window_)
            ws = getattr(self.window_, "ws", None)
            if ws is not None and ws.doc is None:
                self.window_.open_initial_document()
            elif outcome.layers_added:
                reopen_document(self.window_)  # a layer may have come to the open article
        self.imported.emit(outcome)

    # ---- the report -----------------------------------------------------------------------

    def show_outcome(self, o: ImportOutcome) -> None:
        parts = [
            self.tr("%n document(s) imported", "", len(o.imported)),
            self.tr("%n duplicate(s) skipped", "", len(o.duplicates)),
            self.tr("%n refused", "", len(o.refused)),
            self.tr("%n flagged for review", "", len(o.flagged)),
        ]
        if o.fmt in FOREIGN or o.layers_added:
            parts.insert(1, self.tr("%n layer(s) added", "", o.layers_added))
        # Chinese lists take a full-width comma
        head = self.tr("%n file(s): ", "", o.files) + self.tr(", ").join(parts)
        self.summary.setText(f"<b>{head}</b>")
        self.report.clear()
        # what needs a look first; the list of what went in last
        sections = [
            (self.tr("Refused (nothing of these files was written)"), o.refused, "#b00020", True),
            (self.tr("Flagged for review (open them from the list with “Flagged only”)"),
             o.flagged, "#8a5a00", False),
            (self.tr("Encodings guessed"), [f"{k}: {v}" for k, v in o.encodings.items()], None,
             False),
            (self.tr("Duplicates skipped (same text already in the project)"), o.duplicates,
             None, False),
            (self.tr("Notes"), o.notes, None, False),
            (self.tr("Imported"), o.imported, None, False),
        ]  # fmt: skip
        for title, lines, colour, expand in sections:
            if not lines:
                continue
            top = QTreeWidgetItem([f"{title} — {len(lines)}"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            if colour:
                top.setForeground(0, QColor(colour))
            for line in lines[:SHOWN_PER_SECTION]:
                child = QTreeWidgetItem([line])
                child.setToolTip(0, tip(line))
                top.addChild(child)
            if len(lines) > SHOWN_PER_SECTION:
                top.addChild(
                    QTreeWidgetItem([self.tr("… and %n more", "", len(lines) - SHOWN_PER_SECTION)])
                )
            self.report.addTopLevelItem(top)
            top.setExpanded(expand or len(lines) <= 20)
        if o.stopped:
            self.report.addTopLevelItem(
                QTreeWidgetItem([self.tr("Cancelled: the files after the stop were not read")])
            )
        self.copy_button.setEnabled(True)

    def report_text(self) -> str:
        """The report as plain text (for the clipboard)."""
        lines = [self.summary.text().replace("<b>", "").replace("</b>", "")]
        for i in range(self.report.topLevelItemCount()):
            top = self.report.topLevelItem(i)
            lines.append(top.text(0))
            lines += ["  " + top.child(j).text(0) for j in range(top.childCount())]
        return "\n".join(lines)


# ---- Pre-annotate ----------------------------------------------------------------------------


class PreannotateDialog(_TaskDialog):
    """Scope, run, summary; the open article shows the new suggestions afterwards."""

    done = Signal(object)  # the summary dict of preannotate_project

    def __init__(self, window: Any):
        super().__init__(window if isinstance(window, QWidget) else None)
        self.window_ = window
        self.setObjectName("preannotateDialog")
        self.setWindowTitle(self.tr("Pre-annotate"))
        project = window.session.project
        self.project_path = str(project.path)
        self.summary: dict[str, Any] | None = None
        ws = getattr(window, "ws", None)
        self.open_doc = ws.doc if ws is not None else None
        docs = getattr(window, "documents", None)
        model = docs.model if docs is not None else None
        self.total = project.document_count()
        self.shown_ids = model.shown_ids() if model is not None else []

        note = QLabel(
            self.tr(
                "Suggestions are written into the “{layer}” layer, where annotators accept or "
                "reject them. Running again replaces the earlier suggestions of the chosen "
                "documents; the annotators' layers and gold are not touched. This is not an edit "
                "in your undo history: Undo still takes back your own edits as before, and does "
                "not remove suggestions."
            ).format(layer=AUTO_LAYER),
            self,
        )
        note.setObjectName("preannotateNote")
        note.setWordWrap(True)
        self.all_docs = QRadioButton(self.tr("All documents (%n)", "", self.total), self)
        title = ""
        if self.open_doc is not None:
            title = self.open_doc.title or self.open_doc.external_id
            title = title if len(title) <= 40 else title[:39] + "…"
        self.open_only = QRadioButton(
            self.tr("The open document: {title}").format(title=title)
            if self.open_doc is not None
            else self.tr("The open document (none is open)"),
            self,
        )
        self.shown = QRadioButton(
            self.tr("The documents shown in the list (%n)", "", len(self.shown_ids)), self
        )
        self.scope = QButtonGroup(self)
        for b in (self.all_docs, self.open_only, self.shown):
            self.scope.addButton(b)
        # as `civannot preannotate --rules-only`: the rules alone, to compare with the model
        self.rules_only = QCheckBox(
            self.tr("Rules only: leave the trained model out (to compare with it)"), self
        )
        self.rules_only.setObjectName("preannotateRulesOnly")
        self._model_stored()
        self.open_only.setEnabled(self.open_doc is not None)
        self.shown.setEnabled(bool(self.shown_ids) and len(self.shown_ids) < self.total)
        self.all_docs.setChecked(True)

        self.run_button = QPushButton(self.tr("Pre-annotate"), self)
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        self.tasks.controls = [
            self.run_button, self.all_docs, self.open_only, self.shown, self.rules_only
        ]  # fmt: skip
        self.tasks.finished.connect(self._finished)
        row = QHBoxLayout()
        row.addWidget(self.tasks, 1)
        row.addStretch(0)
        row.addWidget(self.run_button)
        row.addWidget(self.close_button)
        self.status = self.tasks.status
        self.status.setObjectName("preannotateStatus")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("preannotateResult")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        lay = QVBoxLayout(self)
        lay.addWidget(note)
        scope_box = QVBoxLayout()
        scope_box.setContentsMargins(12, 6, 0, 6)
        for b in (self.all_docs, self.open_only, self.shown):
            scope_box.addWidget(b)
        lay.addLayout(scope_box)
        lay.addWidget(self.rules_only)
        lay.addLayout(row)
        lay.addWidget(self.status)
        lay.addWidget(self.result_label, 1)
        # a wrapped label does not tell a top-level dialog the height it needs: give it room
        self.setMinimumSize(600, 340)
        self.resize(680, 380)
        if not self.total:
            self.run_button.setEnabled(False)
            self.status.setText(self.tr("The project has no documents yet: import articles first"))

    def _model_stored(self) -> bool:
        """Rules only can be chosen when there is a trained model to leave out."""
        from civannot.learn.model_store import latest_version

        stored = latest_version(self.window_.session.project) > 0
        self.rules_only.setEnabled(stored and not self.tasks.running)
        if not stored:
            self.rules_only.setChecked(False)
        return stored

    def showEvent(self, event: Any) -> None:  # noqa: N802 (a model trained since it was made)
        self._model_stored()
        super().showEvent(event)

    def doc_ids(self) -> list[int] | None:
        if self.open_only.isChecked() and self.open_doc is not None:
            return [self.open_doc.id]
        if self.shown.isChecked():
            return list(self.shown_ids)
        return None

    def start(self) -> bool:
        if self.tasks.running or not self.total:
            return False
        self.summary = None
        self.result_label.clear()
        self._model_stored()
        return self.tasks.run(
            preannotate_work,
            self.project_path,
            self.doc_ids(),
            use_model=not self.rules_only.isChecked(),
            busy_text=self.tr("Pre-annotating…"),
            failed_text=self.tr("Pre-annotation failed: {m}"),
        )

    def _finished(self, summary: dict[str, Any]) -> None:
        self.summary = summary
        if summary.get("cancelled"):
            self.status.setText(self.tr("Cancelled: no suggestion was written"))
            self.done.emit(summary)
            return
        self.status.setText(self.tr("Pre-annotation finished"))
        labels = " · ".join(f"{k} {v}" for k, v in summary.get("labels", {}).items())
        text = self.tr(
            "%n suggestion(s) written in {docs} document(s), with {rels} relation(s).", "",
            summary.get("spans", 0),
        ).format(docs=summary.get("documents", 0), rels=summary.get("relations", 0))  # fmt: skip
        if labels:
            text += "\n" + labels
        if summary.get("lexicon"):
            text += "\n" + self.tr(
                "Used the dictionary learned from the annotators' layers (%n entries).",
                "",
                summary["lexicon"],
            )
        # what the lead changed in Rules and model… shows here: the model used, the rules off
        if summary.get("model"):
            from civannot.ui.learn_words import explain_text

            text += "\n" + self.tr("With the trained {model}.").format(
                model=explain_text(summary["model"])
            )
        elif self.rules_only.isChecked():
            text += "\n" + self.tr("Rules only, as chosen: the trained model was left out.")
        else:
            text += "\n" + self.tr("Rules only: no trained model (Tools → Train model…).")
        from civannot.preannotate.registry import DEFAULT_OFF

        off = sorted(set(summary.get("rules_disabled", [])) - set(DEFAULT_OFF))
        if off:
            text += "\n" + self.tr("Rules switched off for this project: {rules}").format(
                rules=", ".join(off)
            )
        self.result_label.setText(text)
        ws = getattr(self.window_, "ws", None)
        ids = self.doc_ids()
        if ws is not None and ws.doc is not None and (ids is None or ws.doc.id in ids):
            reopen_document(self.window_)
        self.done.emit(summary)


# ---- install ---------------------------------------------------------------------------------


class ProjectActions:
    """The three actions of one window and the dialog each has open (one at a time)."""

    def __init__(self, window: Any):
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.dialog: QDialog | None = None

    @property
    def project(self) -> Project:
        return self.window.session.project

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        # window-modal and not exec(): the window stays painted, and tests drive the dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self.dialog = dialog
        return dialog

    def new_project(self) -> NewProjectDialog:
        folder = str(Path(self.project.path).parent)
        return self._show(NewProjectDialog(self.window, folder))  # type: ignore[return-value]

    def import_articles(self, paths: list[str] | None = None) -> ImportArticlesDialog:
        return self._show(ImportArticlesDialog(self.window, paths))  # type: ignore[return-value]

    def preannotate(self) -> PreannotateDialog:
        return self._show(PreannotateDialog(self.window))  # type: ignore[return-value]


def _insert(menu: QMenu, action: QAction, before: QAction | None) -> None:
    if before is not None:
        menu.insertAction(before, action)
    else:
        menu.addAction(action)


def install(window: Any) -> ProjectActions:
    """File → New project… (above Open project…), File → Import articles… (below it),
    Tools → Pre-annotate… (first); disabled in a bundle."""
    acts = ProjectActions(window)
    window.project_actions = acts  # keeps it (and its open dialog) alive with the window
    file_menu: QMenu = window.menu("File")
    tools: QMenu = window.menu("Tools")

    def make(name: str, text: str, slot: Callable[[], Any], key: Any = None) -> QAction:
        action = QAction(text, window)
        action.setObjectName(f"project_{name}")
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _=False: slot())
        acts.actions[name] = action
        return action

    new = make(
        "new",
        QCoreApplication.translate("project_actions", "&New project…"),
        acts.new_project,
        QKeySequence.StandardKey.New,
    )
    imp = make(
        "import",
        QCoreApplication.translate("project_actions", "Import a&rticles…"),
        acts.import_articles,
        "Ctrl+Shift+I",
    )
    pre = make(
        "preannotate",
        QCoreApplication.translate("project_actions", "Pre-&annotate…"),
        acts.preannotate,
    )
    existing = file_menu.actions()
    open_action = next(
        (a for a in existing if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)),
        existing[0] if existing else None,
    )
    _insert(file_menu, new, open_action)
    after_open = None
    if open_action is not None:
        later = file_menu.actions()
        k = later.index(open_action)
        after_open = later[k + 1] if k + 1 < len(later) else None
    _insert(file_menu, imp, after_open)
    first_tool = tools.actions()[0] if tools.actions() else None
    _insert(tools, pre, first_tool)
    if first_tool is not None:
        tools.insertSeparator(first_tool)

    if acts.project.kind == "bundle":
        why = QCoreApplication.translate(
            "project_actions",
            "A bundle is an annotator's copy: the lead creates projects, imports and "
            "pre-annotates in the project itself",
        )
        for action in (new, imp, pre):
            action.setEnabled(False)
            action.setStatusTip(why)
            action.setToolTip(why)
    return acts
