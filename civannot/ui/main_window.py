"""The main window: a thin shell that wires the document list, the article, the panels and the
menus to one Workspace (and through it to the Session). It computes nothing itself."""

from __future__ import annotations

import time

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

import civannot
from civannot.session import Session
from civannot.ui.article_view import ArticleView
from civannot.ui.document_list import DocumentList
from civannot.ui.guideline_panel import GuidelinePanel
from civannot.ui.i18n import settings
from civannot.ui.relation_list import RelationList
from civannot.ui.tagging_panel import TaggingPanel
from civannot.ui.workspace import Workspace, session_text

MENUS = ("File", "Edit", "View", "Tools", "Help")


def project_title(session: Session) -> str:
    project = session.project
    return project.get_meta("name") or project.path.stem


class MainWindow(QMainWindow):
    openProjectRequested = Signal(str)
    preferencesRequested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.ws = Workspace(session, self)
        self.setWindowTitle(f"civannot — {project_title(session)}")
        self.setDockNestingEnabled(True)

        self.article = ArticleView(self.ws, self)
        self.setCentralWidget(self.article)
        self.documents = DocumentList(self.ws, self)
        self.tagging = TaggingPanel(self.ws, self.article.selection_range, self.article.caret, self)
        self.relation_list = RelationList(self.ws, self)
        self.guideline = GuidelinePanel(session.project.schema, self)

        self.docks: dict[str, QDockWidget] = {}
        self._dock(
            "documents", self.tr("Documents"), self.documents, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self._dock(
            "tagging", self.tr("Tagging"), self.tagging, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self._dock(
            "relations",
            self.tr("Spans and relations"),
            self.relation_list,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self._dock(
            "guideline", self.tr("Guideline"), self.guideline, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabifyDockWidget(self.docks["relations"], self.docks["guideline"])
        self.docks["relations"].raise_()

        self.annotator_label = QLabel(self)
        self.progress_label = QLabel(self)
        self.saved_label = QLabel(self)
        self.annotator_label.setObjectName("annotatorLabel")
        for w in (self.annotator_label, self.progress_label, self.saved_label):
            self.statusBar().addPermanentWidget(w)
        self.annotator_label.setText(self.tr("Annotator: {name}").format(name=session.annotator))
        self.saved_label.setText(self.tr("All changes saved"))

        self._menus: dict[str, QMenu] = {}
        self._build_menus()

        ws = self.ws
        ws.message.connect(self.show_message)
        ws.annotationsChanged.connect(self._on_change)
        ws.statusChanged.connect(lambda _d, _s: self._update_progress())
        ws.documentOpened.connect(self._on_open)
        ws.flagsChanged.connect(lambda _d: self._saved())
        self.documents.documentActivated.connect(ws.open_document)
        self.article.rawModeChanged.connect(self.raw_action.setChecked)
        self._update_progress()
        self._update_undo()
        self._restore()
        # another process (a CLI import, a bundle merge) may write the project meanwhile
        self._external = QTimer(self)
        self._external.timeout.connect(self._poll_external)
        self._external.start(2000)

    def _poll_external(self) -> None:
        if self.session.project.store.poll_external() is not None:
            self.documents.reload()
            self._update_progress()

    # ---- construction ---------------------------------------------------------------------

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[name] = dock

    def menu(self, name: str) -> QMenu:
        """One of the menus File, Edit, View, Tools, Help (English names), for adding actions."""
        return self._menus[name]

    def _action(self, menu: QMenu, text: str, slot, shortcut=None, hint: str = "") -> QAction:  # noqa: ANN001
        # `hint` shows a key handled by the article view itself (single keys must not fire in
        # text fields, so they are not window shortcuts); Qt draws text after a tab as the key
        action = QAction(text + (f"\t{hint}" if hint else ""), self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        titles = {
            "File": self.tr("&File"),
            "Edit": self.tr("&Edit"),
            "View": self.tr("&View"),
            "Tools": self.tr("&Tools"),
            "Help": self.tr("&Help"),
        }
        for name in MENUS:
            m = bar.addMenu(titles[name])
            m.setObjectName(f"menu{name}")
            self._menus[name] = m
        ws, art = self.ws, self.article

        f = self._menus["File"]
        self._action(
            f, self.tr("&Open project…"), self._open_project, QKeySequence.StandardKey.Open
        )
        f.addSeparator()
        self._action(f, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        e = self._menus["Edit"]
        self.undo_action = self._action(e, self.tr("&Undo"), ws.undo, QKeySequence("Ctrl+Z"))
        self.redo_action = self._action(
            e, self.tr("&Redo"), ws.redo, [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        )
        e.addSeparator()
        self.done_action = self._action(
            e,
            self.tr("Mark done and open &next"),
            self.mark_done_and_next,
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")],
        )
        e.addSeparator()
        self._action(e, self.tr("Delete span"), ws.delete_selected, hint="Del")
        self._action(
            e, self.tr("Accept suggestion"), lambda: ws.accept(caret=art.caret()), hint="A"
        )
        self._action(
            e, self.tr("Reject suggestion"), lambda: ws.reject(caret=art.caret()), hint="R"
        )
        self._action(
            e,
            self.tr("Accept all suggestions of this label"),
            lambda: ws.accept_all(),
            hint="Shift+A",
        )
        self._action(e, self.tr("Next suggestion"), lambda: self._step(1), hint="N")
        self._action(e, self.tr("Previous suggestion"), lambda: self._step(-1), hint="P")
        self._action(e, self.tr("Link selected span…"), lambda: ws.start_link(), hint="L")
        self._action(
            e, self.tr("Select sentence at caret"), lambda: self._select_unit(False), hint="S"
        )
        self._action(
            e, self.tr("Select clause at caret"), lambda: self._select_unit(True), hint="C"
        )
        self._action(
            e, self.tr("Find in texts"), self.documents.focus_search, QKeySequence.StandardKey.Find
        )

        v = self._menus["View"]
        for dock in self.docks.values():
            v.addAction(dock.toggleViewAction())
        v.addSeparator()
        self.raw_action = QAction(self.tr("Show &raw text"), self)
        self.raw_action.setCheckable(True)
        self.raw_action.setShortcut(QKeySequence("Ctrl+R"))
        self.raw_action.toggled.connect(art.set_raw_mode)
        v.addAction(self.raw_action)

        t = self._menus["Tools"]
        self._action(
            t, self.tr("&Preferences…"), self.preferencesRequested.emit, QKeySequence("Ctrl+,")
        )

        h = self._menus["Help"]
        self._action(h, self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence("F1"))
        self._action(h, self.tr("&About civannot"), self.show_about)

    # ---- wiring ---------------------------------------------------------------------------

    def _step(self, direction: int) -> None:
        span = self.ws.step_suggestion(direction, self.article.caret())
        if span is not None:
            self.article.scroll_to(span)

    def _select_unit(self, clause: bool) -> None:
        found = self.ws.directive_range(self.article.caret(), clause=clause)
        if found:
            self.article.select_range(*found)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _saved(self) -> None:
        self.saved_label.setText(self.tr("Saved {time}").format(time=time.strftime("%H:%M:%S")))

    def _on_change(self, _change) -> None:  # noqa: ANN001
        self._update_undo()
        self._saved()

    def _update_undo(self) -> None:
        s = self.session
        self.undo_action.setEnabled(s.can_undo)
        self.redo_action.setEnabled(s.can_redo)
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=session_text(s.undo_text))
            if s.can_undo
            else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {what}").format(what=session_text(s.redo_text))
            if s.can_redo
            else self.tr("&Redo")
        )

    def _update_progress(self) -> None:
        done, total = self.documents.model.progress()
        self.progress_label.setText(
            self.tr("Done {done} of {total}").format(done=done, total=total)
        )

    def _on_open(self, doc_id: int) -> None:
        settings().setValue(f"last_document/{self.session.project.uuid}", doc_id)
        self.article.setFocus()

    def mark_done_and_next(self) -> None:
        if not self.ws.mark_done():
            return
        current = self.ws.doc.id if self.ws.doc else None
        # an extension may choose the next document (civannot.ui.learning: by uncertainty)
        hook = getattr(self, "next_document_hook", None)
        nxt = hook(current) if hook is not None else self.documents.model.next_after(current)
        if nxt is None:
            self.show_message(self.tr("Every document in the list is done"))
            return
        self.ws.open_document(nxt)

    def open_initial_document(self) -> None:
        model = self.documents.model
        last = settings().value(f"last_document/{self.session.project.uuid}")
        try:
            last = int(last) if last is not None else None
        except (TypeError, ValueError):
            last = None
        if last is not None and last in model.row_of:
            self.ws.open_document(last)
            return
        nxt = model.next_after(None)
        if nxt is None and model.infos:
            nxt = model.infos[0].id
        if nxt is not None:
            self.ws.open_document(nxt)

    def _open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            str(self.session.project.path.parent),
            self.tr("civannot projects (*.civ *.civannot *.db *.sqlite);;All files (*)"),
        )
        if path:
            self.openProjectRequested.emit(path)

    def show_shortcuts(self) -> None:
        ws = self.ws
        rows = [
            (
                " / ".join(lab.shortcut for lab in ws.schema.labels if lab.shortcut),
                self.tr("tag the selection with that label, or relabel the selected span"),
            ),
            (self.tr("Ctrl+label key"), self.tr("tag, widened to whole words")),
            ("Shift+D", self.tr("tag the sentence at the caret as DIRECTIVE")),
            ("S / C", self.tr("select the sentence / clause at the caret")),
            (self.tr("Click"), self.tr("select a span (click again for a nested one)")),
            ("Del", self.tr("delete the selected span, or reject the selected suggestion")),
            ("Alt+←/→", self.tr("move the end of the selected span")),
            ("Alt+Shift+←/→", self.tr("move the start of the selected span")),
            ("A / R", self.tr("accept / reject the selected suggestion")),
            ("Shift+A", self.tr("accept all suggestions of the selected label")),
            ("N / P", self.tr("next / previous suggestion")),
            ("L", self.tr("link the selected span, then click the other end")),
        ]
        rows += [
            (r.shortcut, self.tr("link with {name}").format(name=r.name))
            for r in ws.schema.relations
            if r.shortcut
        ]
        rows += [
            ("Esc", self.tr("cancel linking, clear the selection")),
            ("Ctrl+Z / Ctrl+Shift+Z", self.tr("undo / redo")),
            ("Ctrl+Enter", self.tr("mark done and open the next document")),
            ("Ctrl+F", self.tr("search the texts")),
        ]
        html = (
            "<table cellspacing=4>"
            + "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
            + "</table>"
        )
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(html)
        box.exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About civannot"),
            self.tr("civannot {version}: annotation of Chinese local-government news.").format(
                version=civannot.__version__
            ),
        )

    # ---- window state ---------------------------------------------------------------------

    def _restore(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        state = s.value("window/state")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 920)
        if isinstance(state, QByteArray | bytes):
            self.restoreState(state)
        else:
            self.resizeDocks(
                [self.docks["documents"], self.docks["tagging"]],
                [520, 330],
                Qt.Orientation.Horizontal,
            )

    def save_state(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        self.documents.stop()
        self.ws.close()
        super().closeEvent(event)
