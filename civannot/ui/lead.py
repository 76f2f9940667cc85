"""The project lead's screens in the main window's menus: review, adjudication, confusion, export.

`install(window)` needs `window.menu(name)` and `window.session`; the screens open as separate
top-level windows (kept on the main window so one of each exists) and all share the window's
session, so adjudication decisions sit in the same undo history with the lead as decider.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from civannot.ui.adjudication import AdjudicationView
from civannot.ui.confusion import ConfusionView
from civannot.ui.export_dialog import ExportDialog
from civannot.ui.review import ReviewWindow


class LeadScreens:
    """One review, adjudication and confusion window per main window, created on demand."""

    def __init__(self, window: Any):
        self.window = window
        self.review: ReviewWindow | None = None
        self.adjudication: AdjudicationView | None = None
        self.confusion: ConfusionView | None = None

    @property
    def session(self):  # noqa: ANN201
        return self.window.session

    def _raise(self, widget: QWidget) -> None:
        widget.show()
        widget.raise_()
        widget.activateWindow()

    def open_review(self) -> ReviewWindow:
        if self.review is None or self.review.project_path != self.session.project.target:
            self.review = ReviewWindow(self.session.project.target)
            self.review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.review.resize(1400, 950)
            self.review.openDocument.connect(self.open_adjudication)
        else:
            self.review.refresh()
        self._raise(self.review)
        return self.review

    def open_adjudication(self, doc_id: int | None = None) -> AdjudicationView:
        view = self.adjudication
        if view is None or view.session is not self.session:
            if view is not None:
                view.detach()
                view.deleteLater()
            view = self.adjudication = AdjudicationView(self.session)
            view.resize(1500, 950)
        else:
            view.reload_documents()
        if doc_id is not None:
            view.open_document(doc_id)
        elif view.doc is None:
            view.next_disagreement(undecided=True)
        self._raise(view)
        return view

    def open_confusion(self) -> ConfusionView:
        if self.confusion is None or self.confusion.project_path != self.session.project.target:
            self.confusion = ConfusionView(self.session.project.target)
            self.confusion.resize(900, 700)
        else:
            self.confusion.refresh()
        self._raise(self.confusion)
        return self.confusion

    def open_export(self) -> ExportDialog:
        dlg = ExportDialog(
            self.session.project, self.window if isinstance(self.window, QWidget) else None
        )
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dlg.show()
        return dlg


def install(window: Any) -> LeadScreens:
    """Add Agreement review…, Adjudicate…, Label confusion… (Tools) and Export… (File)."""
    screens = LeadScreens(window)
    window.lead_screens = screens  # keeps the screens alive with the window
    tools = window.menu("Tools")
    tools.addSeparator()
    for text, slot, key in (
        (
            QCoreApplication.translate("lead", "Agreement review…"),
            screens.open_review,
            "Ctrl+Shift+R",
        ),
        (
            QCoreApplication.translate("lead", "Adjudicate…"),
            lambda: screens.open_adjudication(),
            "Ctrl+Shift+J",
        ),
        (QCoreApplication.translate("lead", "Label confusion…"), screens.open_confusion, None),
    ):
        action = QAction(text, window)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        tools.addAction(action)
    export = QAction(QCoreApplication.translate("lead", "Export…"), window)
    export.setShortcut(QKeySequence("Ctrl+Shift+E"))
    export.triggered.connect(screens.open_export)
    # with the project's other actions, above the closing separator and Quit
    file_menu = window.menu("File")
    existing = file_menu.actions()
    quit_at = next((i for i, a in enumerate(existing) if a.objectName() == "quitAction"), None)
    if quit_at is None:
        file_menu.addAction(export)
    else:
        if quit_at > 0 and existing[quit_at - 1].isSeparator():
            quit_at -= 1
        file_menu.insertAction(existing[quit_at], export)
    return screens
