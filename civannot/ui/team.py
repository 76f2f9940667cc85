"""The offline team workflow in the GUI: assign, export and import bundles, return a bundle.

`install(window)` adds to the File menu, for the lead's project: Assign…, Export bundles…,
Import bundles…; for a bundle (project.kind == "bundle"): Return bundle…, also shown as a button
in the status bar, so that the annotator sees where the file is that goes back.

The work itself is in civannot.assignment and civannot.bundle. It runs on the GUI thread with a
progress dialog: the project is open (and flock-locked) here and its connection belongs to this
thread, so a worker could neither share it nor open the file a second time. Exports and imports
of a team's bundles take seconds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civannot.assignment import AssignmentError, AssignSummary, assign_project
from civannot.bundle import (
    BundleError,
    ExportSummary,
    ImportSummary,
    bundle_info,
    copy_bundle,
    export_bundles,
    import_bundles,
)
from civannot.project import Project, ProjectError
from civannot.ui.plain import esc, tip


def _bundle_filter() -> str:
    return QCoreApplication.translate("team", "civannot bundles (*.civ);;All files (*)")


def _project(window: Any) -> Project:
    return window.session.project


class _Progress:
    """A modal progress dialog driven by the work's progress/cancel callables."""

    def __init__(self, parent: QWidget, label: str):
        self.dialog = QProgressDialog(
            label, QCoreApplication.translate("team", "Cancel"), 0, 0, parent
        )
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)

    def progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)
        QCoreApplication.processEvents()

    def cancel(self) -> bool:
        return self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()


class _TeamDialog(QDialog):
    """Inputs on top, a run button, the summary of what happened below, an error line."""

    run_text = ""

    def __init__(self, window: Any, title: str):
        super().__init__(window if isinstance(window, QWidget) else None)
        self.window_ = window
        self.project = _project(window)
        self.setWindowTitle(title)
        self.resize(640, 480)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("teamError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.summary = QPlainTextEdit(self)
        self.summary.setReadOnly(True)
        self.summary.setObjectName("teamSummary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.run_button = self.buttons.addButton(
            self.run_text, QDialogButtonBox.ButtonRole.ActionRole
        )
        self.run_button.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.extra = QVBoxLayout()
        self.layout_.addLayout(self.extra)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.summary, 1)
        self.layout_.addWidget(self.buttons)
        self.result_: Any = None

    def run(self) -> None:
        self.error.clear()
        progress = _Progress(self, self.windowTitle())
        try:
            self.result_ = self.work(progress)
        except (ProjectError, AssignmentError, ValueError, OSError) as e:
            self.error.setText(str(e).splitlines()[0] if str(e) else type(e).__name__)
            return
        finally:
            progress.close()
        self.show_result(self.result_)
        _refresh(self.window_)

    def work(self, progress: _Progress) -> Any:  # pragma: no cover - subclasses
        raise NotImplementedError

    def show_result(self, result: Any) -> None:  # pragma: no cover - subclasses
        raise NotImplementedError


class AssignDialog(_TeamDialog):
    def __init__(self, window: Any):
        self.run_text = QCoreApplication.translate("team", "Assign")
        super().__init__(window, QCoreApplication.translate("team", "Assign documents"))
        self.annotators = QLineEdit(self)
        self.annotators.setPlaceholderText(QCoreApplication.translate("team", "alice, bob, chen"))
        known = sorted(self.project.assignments()) or self.project.annotators()
        self.annotators.setText(", ".join(known))
        self.overlap = QDoubleSpinBox(self)
        self.overlap.setRange(0.0, 1.0)
        self.overlap.setSingleStep(0.05)
        self.overlap.setValue(0.2)
        self.copies = QSpinBox(self)
        self.copies.setRange(2, 10)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2**31 - 1)
        self.form.addRow(
            QCoreApplication.translate("team", "Annotators (comma-separated):"), self.annotators
        )
        self.form.addRow(
            QCoreApplication.translate("team", "Share of documents for two or more:"), self.overlap
        )
        self.form.addRow(
            QCoreApplication.translate("team", "Annotators per shared document:"), self.copies
        )
        self.form.addRow(QCoreApplication.translate("team", "Seed:"), self.seed)
        note = QLabel(
            QCoreApplication.translate(
                "team",
                "Documents already assigned stay where they are; only new documents are placed. "
                "Unstarted work of someone left out of the list goes to the others.",
            ),
            self,
        )
        note.setWordWrap(True)
        self.extra.addWidget(note)

    def work(self, progress: _Progress) -> AssignSummary:
        names = [a.strip() for a in self.annotators.text().replace("，", ",").split(",")]
        names = [a for a in names if a]
        return assign_project(
            self.project, names, self.overlap.value(), self.seed.value(), self.copies.value()
        )

    def show_result(self, result: AssignSummary) -> None:
        self.summary.setPlainText(result.render())


class ExportDialog(_TeamDialog):
    def __init__(self, window: Any):
        self.run_text = QCoreApplication.translate("team", "Export")
        super().__init__(window, QCoreApplication.translate("team", "Export bundles"))
        self.list = QListWidget(self)
        self.list.setObjectName("exportAnnotators")
        counts = {a: len(d) for a, d in self.project.assignments().items()}
        for a in sorted(counts):
            item = QListWidgetItem(
                QCoreApplication.translate("team", "{name} ({n} documents)").format(
                    name=a, n=counts[a]
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, a)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.folder = QLineEdit(str(Path(self.project.path).parent), self)
        browse = QPushButton(QCoreApplication.translate("team", "Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.form.addRow(QCoreApplication.translate("team", "Annotators:"), self.list)
        self.form.addRow(QCoreApplication.translate("team", "Into folder:"), row)
        if not counts:
            self.error.setText(
                QCoreApplication.translate(
                    "team", "No document is assigned yet: use File → Assign… first."
                )
            )
            self.run_button.setEnabled(False)

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("team", "Folder for the bundles"), self.folder.text()
        )
        if path:
            self.folder.setText(path)

    def checked(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def work(self, progress: _Progress) -> list[ExportSummary]:
        names = self.checked()
        if not names:
            raise BundleError(QCoreApplication.translate("team", "tick at least one annotator"))
        return export_bundles(
            self.project,
            names,
            self.folder.text(),
            progress=progress.progress,
            cancel=progress.cancel,
        )

    def show_result(self, result: list[ExportSummary]) -> None:
        lines = [s.render() for s in result]
        lines.append("")
        lines.append(
            QCoreApplication.translate(
                "team",
                "Send each file to its annotator. They open it with civannot and send the same "
                "file back; import it with File → Import bundles…",
            )
        )
        self.summary.setPlainText("\n".join(lines))


class ImportDialog(_TeamDialog):
    def __init__(self, window: Any, files: list[str] | None = None):
        self.run_text = QCoreApplication.translate("team", "Import")
        super().__init__(window, QCoreApplication.translate("team", "Import bundles"))
        self.files = QListWidget(self)
        self.files.setObjectName("importFiles")
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add = QPushButton(QCoreApplication.translate("team", "Add files…"), self)
        add.clicked.connect(self._add)
        remove = QPushButton(QCoreApplication.translate("team", "Remove"), self)
        remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.form.addRow(QCoreApplication.translate("team", "Bundles:"), self.files)
        self.form.addRow("", row)
        headers = [
            QCoreApplication.translate("team", "annotator"),
            QCoreApplication.translate("team", "documents done"),
            QCoreApplication.translate("team", "spans added"),
            QCoreApplication.translate("team", "changed"),
            QCoreApplication.translate("team", "removed"),
            QCoreApplication.translate("team", "conflicts"),
        ]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("importTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.extra.addWidget(self.table)
        for f in files or []:
            self.add_file(f)

    def add_file(self, path: str) -> None:
        if path not in self.paths():
            self.files.addItem(path)

    def paths(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def _add(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate("team", "Returned bundles"),
            str(Path(self.project.path).parent),
            _bundle_filter(),
        )
        for p in paths:
            self.add_file(p)

    def _remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    def work(self, progress: _Progress) -> ImportSummary:
        if not self.paths():
            raise BundleError(
                QCoreApplication.translate("team", "add the bundle files that came back")
            )
        return import_bundles(
            self.project, self.paths(), progress=progress.progress, cancel=progress.cancel
        )

    def show_result(self, result: ImportSummary) -> None:
        session = getattr(self.window_, "session", None)
        if session is not None and result.ops:
            # the whole merge is one step of Edit → Undo (civannot bundle undo on the CLI)
            session.adopt(
                QCoreApplication.translate("team", "Import {n} bundle(s)").format(
                    n=len(result.bundles)
                ),
                result.ops,
            )
            update = getattr(self.window_, "_update_undo", None)
            if callable(update):
                update()
        per = result.per_annotator()
        self.table.setRowCount(len(per))
        for r, (name, d) in enumerate(sorted(per.items())):
            values = [
                name,
                f"{d['documents_done']} / {d['documents']}",
                str(d["spans_added"]),
                str(d["spans_changed"]),
                str(d["spans_removed"]),
                str(d["conflicts"]),
            ]
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()
        self.summary.setPlainText(result.render())


class ReturnBundleDialog(QDialog):
    """Tells the annotator which file goes back, and copies it somewhere if they like."""

    def __init__(self, window: Any):
        super().__init__(window if isinstance(window, QWidget) else None)
        self.project = _project(window)
        info = bundle_info(self.project)
        self.setWindowTitle(QCoreApplication.translate("team", "Return bundle"))
        path = Path(self.project.path).resolve()
        statuses = self.project.statuses(info.annotator) if info else {}
        assigned = self.project.assignments().get(info.annotator, []) if info else []
        done = sum(1 for d in assigned if statuses.get(d) == "done")
        text = QCoreApplication.translate(
            "team",
            "<p>Your work is saved in this bundle file. Send this file back to the project lead "
            "as it is (e-mail, shared drive, USB stick):</p><p><b>{path}</b></p>"
            "<p>{done} of {total} documents are marked done.</p>",
        ).format(path=esc(path), done=done, total=len(assigned))
        self.label = QLabel(text, self)
        self.label.setObjectName("returnText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path = path
        self.result_label = QLabel(self)
        self.result_label.setObjectName("returnResult")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        copy = QPushButton(QCoreApplication.translate("team", "Copy to…"), self)
        copy.clicked.connect(self._choose_and_copy)
        show = QPushButton(QCoreApplication.translate("team", "Show folder"), self)
        show.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
        )
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(show, QDialogButtonBox.ButtonRole.ActionRole)
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.label)
        lay.addWidget(self.result_label)
        lay.addWidget(box)

    def _choose_and_copy(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("team", "Copy the bundle to")
        )
        if folder:
            self.copy_to(folder)

    def copy_to(self, folder: str, overwrite: bool | None = None) -> Path | None:
        target = Path(folder) / self.path.name
        if overwrite is None and target.exists():
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("team", "Return bundle"),
                QCoreApplication.translate("team", "{path} exists. Replace it?").format(
                    path=target
                ),
            )
            overwrite = answer == QMessageBox.StandardButton.Yes
            if not overwrite:
                return None
        try:
            copied = copy_bundle(self.project, folder, overwrite=bool(overwrite))
        except ProjectError as e:
            self.result_label.setText(str(e))
            return None
        self.result_label.setText(
            QCoreApplication.translate("team", "Copied to {path}").format(path=copied)
        )
        return copied


def _refresh(window: Any) -> None:
    """Let the window show new statuses and progress, where it offers a way to."""
    update = getattr(window, "_update_progress", None)
    if callable(update):
        try:
            update()
        except Exception:  # noqa: BLE001 - a stale view must not hide the summary
            pass


def install(window: Any) -> dict[str, QAction]:
    """Add the team actions to window.menu("File"); returns them by name (for tests)."""
    menu = window.menu("File")
    project = _project(window)
    actions: dict[str, QAction] = {}
    # before the closing separator and Quit, when the menu has them
    existing = menu.actions()
    before = existing[-2] if len(existing) >= 2 and existing[-2].isSeparator() else None

    def add(name: str, text: str, slot: Any) -> QAction:
        action = QAction(text, window)
        action.setObjectName(f"team_{name}")
        action.triggered.connect(lambda _=False: slot())
        if before is not None:
            menu.insertAction(before, action)
        else:
            menu.addAction(action)
        actions[name] = action
        return action

    if project.kind == "bundle":
        sep = menu.insertSeparator(before) if before is not None else menu.addSeparator()
        del sep
        add(
            "return",
            QCoreApplication.translate("team", "&Return bundle…"),
            lambda: ReturnBundleDialog(window).exec(),
        )
        info = bundle_info(project)
        status = getattr(window, "statusBar", None)
        if callable(status):
            button = QPushButton(QCoreApplication.translate("team", "Return bundle…"), window)
            button.setObjectName("returnBundleButton")
            if info is not None:
                button.setToolTip(
                    tip(
                        QCoreApplication.translate("team", "Bundle for {name}: {path}").format(
                            name=info.annotator, path=Path(project.path).resolve()
                        )
                    )
                )
            button.clicked.connect(lambda: ReturnBundleDialog(window).exec())
            status().addPermanentWidget(button)
        return actions
    if before is not None:
        menu.insertSeparator(before)
    else:
        menu.addSeparator()
    add(
        "assign",
        QCoreApplication.translate("team", "&Assign…"),
        lambda: AssignDialog(window).exec(),
    )
    add(
        "export",
        QCoreApplication.translate("team", "&Export bundles…"),
        lambda: ExportDialog(window).exec(),
    )
    add(
        "import",
        QCoreApplication.translate("team", "&Import bundles…"),
        lambda: ImportDialog(window).exec(),
    )
    return actions
