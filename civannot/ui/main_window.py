"""The main window: a thin shell that wires the document list, the article, the panels and the
menus to one Workspace (and through it to the Session). It computes nothing itself."""

from __future__ import annotations

import time

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QWidget,
)

import civannot
from civannot.models.database import ConnectionLost
from civannot.session import Session
from civannot.ui.article_view import ArticleView
from civannot.ui.doc_panel import DocumentPanel
from civannot.ui.document_list import DocumentList
from civannot.ui.fold import SETTINGS_KEY as FOLDED_KEY
from civannot.ui.fold import FitWidth, Folding
from civannot.ui.guideline_panel import GuidelinePanel
from civannot.ui.i18n import settings
from civannot.ui.plain import esc
from civannot.ui.relation_list import RelationList
from civannot.ui.tagging_panel import TaggingPanel
from civannot.ui.workspace import Workspace, session_text

MENUS = ("File", "Edit", "View", "Tools", "Help")


def quit_application() -> None:
    QApplication.quit()


def confirm_unsaved(parent: QWidget, waiting: list[str]) -> bool:
    """Closing while the server is unreachable: the commands still waiting would be lost."""
    names = "\n".join(f"• {w}" for w in waiting[:10])
    answer = QMessageBox.warning(
        parent,
        parent.tr("Not connected to the server"),
        parent.tr(
            "The server cannot be reached, so these changes are not saved:\n{names}\n\n"
            "Close anyway and lose them?"
        ).format(names=names),
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Close


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
        # Qt adds " — civannot" (the application's display name) itself
        self.setWindowTitle(project_title(session))
        self.setDockNestingEnabled(True)

        self.article = ArticleView(self.ws, self)
        self.setCentralWidget(self.article)
        self.documents = DocumentList(self.ws, self)
        self.tagging = TaggingPanel(self.ws, self.article.selection_range, self.article.caret, self)
        self.relation_list = RelationList(self.ws, self)
        self.guideline = GuidelinePanel(session.project.schema, self)
        self.doc_panel = DocumentPanel(self.ws, self)

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
        self._dock(
            "document", self.tr("Document"), self.doc_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabifyDockWidget(self.docks["relations"], self.docks["guideline"])
        self.tabifyDockWidget(self.docks["relations"], self.docks["document"])
        self.docks["relations"].raise_()
        # every panel folds to its title (arrow or double-click): room at 1366×768
        self.folding = Folding(self, self.docks, self._save_folded)

        self.annotator_label = QLabel(self)
        self.progress_label = QLabel(self)
        self.saved_label = QLabel(self)
        self.connection_label = QLabel(self)  # a team server's connection, when it is broken
        self.connection_label.setObjectName("connectionLabel")
        self.connection_label.setStyleSheet("color: #b00020; font-weight: bold")
        self.connection_label.hide()
        self.annotator_label.setObjectName("annotatorLabel")
        for w in (
            self.connection_label,
            self.annotator_label,
            self.progress_label,
            self.saved_label,
        ):
            self.statusBar().addPermanentWidget(w)
        self.annotator_label.setText(self.tr("Annotator: {name}").format(name=session.annotator))
        self.saved_label.setText(self.tr("All changes saved"))

        self._menus: dict[str, QMenu] = {}
        self._build_menus()

        ws = self.ws
        ws.message.connect(self.show_message)
        ws.connection.message.connect(self.show_message)
        ws.connection.stateChanged.connect(self._connection_state)
        ws.connection.reconnected.connect(self._after_reconnect)
        ws.annotationsChanged.connect(self._on_change)
        ws.statusChanged.connect(lambda _d, _s: self._update_progress())
        ws.documentOpened.connect(self._on_open)
        ws.flagsChanged.connect(lambda _d: self._saved())
        self.documents.documentActivated.connect(ws.open_document)
        self.article.rawModeChanged.connect(self.raw_action.setChecked)
        self._update_progress()
        self._update_undo()
        self._restore()
        self.folding.restore(_names(settings().value(FOLDED_KEY)))
        # another process (a CLI import, a bundle merge) may write the project meanwhile
        # the first poll only notes where the file stands: take that note now, so a write by
        # another process before the first tick is seen (opening a document writes nothing)
        self.session.project.store.poll_external()
        self._external = QTimer(self)
        self._external.timeout.connect(self._poll_external)
        self._external.start(2000)

    def _save_folded(self, names: list[str]) -> None:
        settings().setValue(FOLDED_KEY, ",".join(names))

    def _poll_external(self) -> None:
        watch = self.ws.connection
        if watch.reconnecting:
            return  # the watch is on it
        try:
            changed = self.session.project.store.poll_external()
        except ConnectionLost as e:  # the server went while the annotator was reading
            watch.lost(e)
            return
        if changed is not None:
            self.documents.reload()
            self._update_progress()

    def _connection_state(self, text: str) -> None:
        self.connection_label.setText(text)
        self.connection_label.setVisible(bool(text))
        if text:
            self.saved_label.setText(self.tr("Not saved yet") if self.ws.connection.waiting else "")

    def _after_reconnect(self) -> None:
        self.documents.reload()
        self._update_progress()
        self._saved()

    # ---- construction ---------------------------------------------------------------------

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        if name in ("tagging", "relations", "document"):
            # a panel taller than the screen scrolls instead of pushing the window (and the
            # status bar with every refusal) off a 1366×768 screen
            scroll = QScrollArea(dock)
            scroll.setObjectName(f"scroll_{name}")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(widget)
            FitWidth(scroll)  # scrolls down, never cuts off at the right
            dock.setWidget(scroll)
        else:
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
        # Ctrl+Q where the platform has no standard Quit key (X11 desktops without one)
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [
            QKeySequence("Ctrl+Q")
        ]
        self.quit_action = self._action(f, self.tr("&Quit"), self.quit_app, quit_keys)
        self.quit_action.setObjectName("quitAction")

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
        self._action(e, self.tr("Next hit"), lambda: self._step_hit(1), QKeySequence("F3"))
        self._action(
            e, self.tr("Previous hit"), lambda: self._step_hit(-1), QKeySequence("Shift+F3")
        )
        self._action(
            e,
            self.tr("Label all occurrences…"),
            self.label_occurrences,
            QKeySequence("Ctrl+Shift+O"),
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
        v.addSeparator()
        self._action(
            v,
            self.tr("Larger text (Ctrl+wheel up)"),
            lambda: art.zoom(1),
            [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
        )
        self._action(
            v,
            self.tr("Smaller text (Ctrl+wheel down)"),
            lambda: art.zoom(-1),
            QKeySequence("Ctrl+-"),
        )
        self._action(v, self.tr("Normal text size"), lambda: art.zoom(0), QKeySequence("Ctrl+0"))
        self.arcs_action = QAction(self.tr("Show relation &arcs"), self)
        self.arcs_action.setCheckable(True)
        self.arcs_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.arcs_action.setChecked(settings().value("view/arcs", True) not in (False, "false"))
        art.set_arcs_visible(self.arcs_action.isChecked())
        self.arcs_action.toggled.connect(self._toggle_arcs)
        v.addAction(self.arcs_action)

        t = self._menus["Tools"]
        self._action(
            t, self.tr("&Preferences…"), self.preferencesRequested.emit, QKeySequence("Ctrl+,")
        )

        h = self._menus["Help"]
        self._action(h, self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence("F1"))
        self._action(h, self.tr("&About civannot"), self.show_about)

    # ---- wiring ---------------------------------------------------------------------------

    def _step_hit(self, direction: int) -> None:
        self.ws.step_hit(direction, self.article.caret())

    def label_occurrences(self):  # noqa: ANN201
        """The dialog, filled from the selected span (its text and label) or the search."""
        from civannot.ui.occurrences import OccurrencesDialog

        ws = self.ws
        span = ws.span(ws.selected)
        selection = self.article.selection_range()
        if span is not None:
            needle, label = span.text, span.label
        elif selection:
            needle, label = ws.text[selection[0] : selection[1]], ""
        else:
            needle, label = self.documents.search.text().strip(), ""
        dialog = OccurrencesDialog(ws, needle, label, self)
        if not needle:
            dialog.regex.setChecked(self.documents.regex.isChecked())
        dialog.show()
        return dialog

    def _toggle_arcs(self, on: bool) -> None:
        settings().setValue("view/arcs", on)
        self.article.set_arcs_visible(on)

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
        # QSettings writes its file (and syncs it) when the object goes: 20-30 ms of disk on
        # every open. The last document is written once the annotator stays on one (and on
        # close), off the path from click to painted article.
        self._last_document = doc_id
        if not hasattr(self, "_last_timer"):
            self._last_timer = QTimer(self)
            self._last_timer.setSingleShot(True)
            self._last_timer.setInterval(1500)
            self._last_timer.timeout.connect(self._remember_document)
        self._last_timer.start()
        self.article.setFocus()

    def _remember_document(self) -> None:
        doc_id = getattr(self, "_last_document", None)
        if doc_id is not None:
            settings().setValue(f"last_document/{self.session.project.uuid}", doc_id)

    def confirm_done(self, open_suggestions: int) -> bool:
        """Done with suggestions nobody looked at: ask once, unless told not to ask again."""
        s = settings()
        if not open_suggestions or s.value("ask/done_with_suggestions", True) in (False, "false"):
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Mark done"))
        box.setText(
            self.tr(
                "%n suggestion(s) in this document are still open. Mark it done anyway?",
                "",
                open_suggestions,
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        again = QCheckBox(self.tr("Don't ask again"), box)
        box.setCheckBox(again)
        yes = box.exec() == QMessageBox.StandardButton.Yes
        if yes and again.isChecked():
            s.setValue("ask/done_with_suggestions", False)
        return yes

    def mark_done_and_next(self) -> None:
        if (
            self.ws.doc is not None
            and self.ws.status != "done"
            and not self.confirm_done(len(self.ws.visible_suggestions()))
        ):
            return
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
            ("Ctrl+Shift+L", self.tr("show or hide the relation arcs (click an arc to select it)")),
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
            ("F3 / Shift+F3", self.tr("next / previous hit in the document")),
            ("Ctrl+Shift+O", self.tr("label all occurrences of the selected span or the search")),
        ]
        html = (
            "<table cellspacing=4>"
            + "".join(f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in rows)
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
            # the first start fits the screen it opens on (1366×768 laptops included)
            screen = self.screen().availableGeometry() if self.screen() else None
            width = min(1800, screen.width() - 20) if screen else 1500
            height = min(1040, screen.height() - 40) if screen else 920
            self.resize(max(width, 800), max(height, 560))
        if isinstance(state, QByteArray | bytes):
            self.restoreState(state)
        else:
            self.resizeDocks(
                [self.docks["documents"], self.docks["tagging"]],
                [520, 330],
                Qt.Orientation.Horizontal,
            )
            # the label buttons and the selected span first; the lists below get the rest
            self.resizeDocks(
                [self.docks["tagging"], self.docks["relations"]],
                [430, 300],
                Qt.Orientation.Vertical,
            )

    def save_state(self) -> None:
        timer = getattr(self, "_last_timer", None)
        if timer is not None and timer.isActive():
            timer.stop()
            self._remember_document()
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.sync()

    def quit_app(self) -> None:
        """File → Quit ends the application: the lead's windows close with this one, and the
        process lets go of the project."""
        if self.close():
            quit_application()

    def _close_companions(self) -> None:
        """The lead's windows share this window's session: they close with it."""
        learning = getattr(self, "learning", None)  # Train model…, Rules and model…
        if learning is not None:
            learning.close()
        screens = getattr(self, "lead_screens", None)
        if screens is None:
            return
        for name in ("review", "adjudication", "confusion"):
            widget = getattr(screens, name, None)
            if widget is not None:
                widget.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        waiting = self.ws.connection.not_saved()
        if waiting and not self.ws.connection.try_now() and not confirm_unsaved(self, waiting):
            event.ignore()  # the annotator waits for the server to come back
            return
        self._close_companions()
        self.save_state()
        self.documents.stop()
        self.ws.close()
        super().closeEvent(event)


def _names(value: object) -> list[str]:
    """A comma-separated list from the settings (QSettings may hand back a str or a list)."""
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v]
    return [x for x in str(value or "").split(",") if x]
