"""GUI entry point: the application, the annotator's identity, the project, the main window."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from civannot.project import Project, ProjectError
from civannot.session import Session, SessionError
from civannot.ui.i18n import install_language, resolve_language, settings, system_user
from civannot.ui.main_window import MainWindow
from civannot.ui.preferences import AnnotatorDialog, PreferencesDialog, check_annotator


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("civannot")
    app.setOrganizationName("civannot")
    app.setApplicationDisplayName("civannot")
    # Wayland and docks match the window to civannot.desktop (packaging/install.sh) by this name
    app.setDesktopFileName("civannot")
    if app.windowIcon().isNull():
        from importlib import resources

        icon = resources.files("civannot.resources").joinpath("icons", "civannot.svg")
        if icon.is_file():
            app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


def error(message: str) -> None:
    QMessageBox.critical(None, "civannot", message)


def _create_default_project() -> Path | None:
    from civannot.default_project import default_project_path, ensure_default_project

    if default_project_path().exists():
        return default_project_path()
    dialog = QProgressDialog(
        QCoreApplication.translate("App", "Preparing the sample project…"), "", 0, 0
    )
    dialog.setWindowTitle("civannot")
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    QApplication.processEvents()

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        QApplication.processEvents()

    try:
        return ensure_default_project(progress)
    finally:
        dialog.close()


def install_extensions(window: MainWindow) -> None:
    """The lead's and the team's actions (window.menu(...)); loaded after the window shows,
    off the start-up path."""
    from civannot.ui import lead, learning, project_actions, team

    team.install(window)
    lead.install(window)
    project_actions.install(window)
    learning.install(window)


class Controller:
    """Holds the open project and rebuilds the (thin) window when the language or the
    annotator changes or another project is opened."""

    def __init__(
        self,
        project: Project,
        annotator: str,
        language_choice: str,
        *,
        extensions: bool = False,
        own_annotator: str | None = None,
    ):
        self.extensions = extensions
        self.project = project
        self.annotator = annotator
        # the user's own name, for ordinary projects; a bundle always works as its annotator
        self.own_annotator = own_annotator or annotator
        self.language_choice = language_choice
        self.session = Session(project, annotator)
        self.window: MainWindow | None = None

    def show(self) -> MainWindow:
        window = MainWindow(self.session)
        window.preferencesRequested.connect(self.preferences)
        window.openProjectRequested.connect(self.open_project)
        window.show()
        window.open_initial_document()
        self.window = window
        if self.extensions:
            QTimer.singleShot(0, lambda: install_extensions(window))
        return window

    def _replace_window(self) -> None:
        old = self.window
        if old is not None:
            old.close()  # saves its layout, stops observing the session
            old.deleteLater()
        self.show()

    def _bundle_annotator(self, project: Project) -> str | None:
        return fixed_annotator(project)

    def preferences(self) -> None:
        dialog = PreferencesDialog(self.annotator, self.language_choice, self.window)
        owner = self._bundle_annotator(self.project)
        if owner is not None:
            dialog.lock_name(owner)
        if not dialog.exec():
            return
        self.apply_comfort(*dialog.comfort())
        self.apply_preferences(*dialog.values())

    def apply_comfort(self, size: float | None, dark: bool) -> None:
        """Text size and theme from the preferences: applied at once, kept in the settings."""
        from civannot.ui.theme import apply_theme

        s = settings()
        s.setValue("view/font_size", "" if size is None else size)
        s.setValue("view/dark", dark)
        apply_theme(application(), dark)
        if self.window is not None:
            article = self.window.article
            article.set_text_size(size if size is not None else article.default_size)
            article.set_raw_mode(article.raw_mode, force=True)  # colours follow the theme

    def apply_preferences(self, annotator: str, language_choice: str) -> None:
        s = settings()
        changed = False
        if language_choice != self.language_choice:
            s.setValue("language", language_choice)
            install_language(resolve_language(language_choice))
            self.language_choice = language_choice
            changed = True
        if annotator != self.annotator and self._bundle_annotator(self.project) is not None:
            # work under another name would never go back with the bundle
            error(
                QCoreApplication.translate(
                    "App",
                    "This bundle belongs to {name}: its work goes back under that name, "
                    "so the annotator cannot be changed here.",
                ).format(name=self.annotator)
            )
            if changed:
                self._replace_window()
            return
        if annotator != self.annotator:
            try:
                self.session = Session(self.project, annotator)
            except SessionError as e:
                error(str(e))
                return
            s.setValue("annotator", annotator)
            self.annotator = annotator
            self.own_annotator = annotator
            changed = True
        if changed:
            self._replace_window()

    def open_project(self, path: str) -> None:
        if self.project.url is None and not str(path).startswith(("postgres://", "postgresql://")):
            if Path(path).resolve() == Path(self.project.path).resolve():
                return
        elif str(path) == self.project.location:
            return
        old_window = self.window
        if old_window is not None:
            old_window.save_state()
        try:
            project = open_with_password(path)
        except ProjectError as e:
            error(str(e))
            return
        annotator = self._bundle_annotator(project) or self.own_annotator
        try:
            session = Session(project, annotator)
        except SessionError as e:
            project.close()
            error(str(e))
            return
        self.project.close()
        self.project = project
        self.annotator = annotator
        self.session = session
        self._replace_window()

    def close(self) -> None:
        self.project.close()


def fixed_annotator(project: Project) -> str | None:
    """Whose layer a project is opened as, when that is not the user's choice: a bundle's
    annotator, or a server project's login role."""
    from civannot.bundle import bundle_info

    info = bundle_info(project)
    if info is not None:
        return info.annotator
    if project.url is not None:
        return str(project.db.execute_sql("SELECT session_user").fetchone()[0])
    return None


def open_with_password(target: str) -> Project:
    """Open a project; a server that wants a password libpq did not find (PGPASSWORD,
    ~/.pgpass) gets one typed into a dialog, used for this connection only."""
    from civannot.models.database import describe_url, is_server_url

    try:
        return Project.open(target)
    except ProjectError as e:
        if not (is_server_url(target) and "password" in str(e)):
            raise
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(
            None,
            "civannot",
            QCoreApplication.translate("App", "Password for {url}:").format(
                url=describe_url(target)
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            raise
        return Project.open(target, password=text)


def start(
    project_path: str | None, annotator: str | None = None, *, extensions: bool = False
) -> Controller | None:
    """Everything up to a shown, interactive window; None when the user gave up or on an error."""
    app = application()
    from civannot.ui.connection import install_excepthook

    install_excepthook()  # a team server's dropped connection: a message, not a traceback
    s = settings()
    language_choice = str(s.value("language", "system"))
    install_language(resolve_language(language_choice))
    from civannot.ui.theme import apply_theme, dark_wanted

    if dark_wanted():
        apply_theme(app, True)
    try:
        path = project_path if project_path else _create_default_project()
        if path is None:
            return None
        project = open_with_password(str(path))
    except ProjectError as e:
        error(str(e))
        return None
    except Exception as e:  # the sample import failing must still end with one clear line
        error(
            QCoreApplication.translate("App", "Cannot prepare the sample project: {error}").format(
                error=e
            )
        )
        return None
    fixed = fixed_annotator(project)
    own = annotator or str(s.value("annotator", "") or "")
    if fixed is not None:
        # a bundle's work must land in its annotator's layer, or it never comes back on
        # import; on a server, the layer one may write is the one named like one's login
        annotator = fixed
    elif annotator:
        if check_annotator(annotator) is not None:
            error(
                QCoreApplication.translate("App", "“{name}” cannot be an annotator name").format(
                    name=annotator
                )
            )
            project.close()
            return None
    else:
        annotator = str(s.value("annotator", "") or "")
    if not annotator:
        dialog = AnnotatorDialog(system_user(), language_choice)
        if not dialog.exec():
            project.close()
            return None
        annotator, chosen = dialog.values()
        s.setValue("annotator", annotator)
        if chosen != language_choice:
            s.setValue("language", chosen)
            install_language(resolve_language(chosen))
            language_choice = chosen
    controller = Controller(
        project, annotator, language_choice, extensions=extensions, own_annotator=own or annotator
    )
    controller.show()
    app.aboutToQuit.connect(controller.close)
    return controller


SMOKE_QUIT_ENV = "CIVANNOT_SMOKE_QUIT_AFTER_MS"


class _FirstPaint(QObject):
    """Calls `then` once, right after the first paint of any widget of `window`."""

    def __init__(self, window: QWidget, then: Callable[[], None]):
        super().__init__(window)
        self._window = window
        self._then = then

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and obj.window() is self._window
        ):
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # once this paint is done
        return False


def arm_smoke_quit(
    app: QApplication,
    window: QWidget | None = None,
    quit_app: Callable[[], None] | None = None,
) -> bool:
    """CIVANNOT_SMOKE_QUIT_AFTER_MS=N (used by packaging/smoke.sh and tests): once the main
    window is painted and the event loop runs, print "civannot: window shown in T ms (cpu C ms)"
    (T counted from the process start where the system tells it, C the CPU time spent so far,
    which a busy machine does not inflate) and quit N ms later with exit code 0 (`quit_app`
    replaces app.quit in tests)."""
    value = os.environ.get(SMOKE_QUIT_ENV)
    if not value:
        return False
    try:
        delay = max(0, int(value))
    except ValueError:
        print(
            f"civannot: {SMOKE_QUIT_ENV}={value!r} is not a number of ms; ignored", file=sys.stderr
        )
        return False
    from civannot.processes import process_age_ms

    done: list[bool] = []

    def shown(note: str = "") -> None:
        if done:
            return
        done.append(True)
        age = process_age_ms()
        cpu = round(time.process_time() * 1000)
        print(
            f"civannot: window shown in {age if age is not None else '?'} ms (cpu {cpu} ms){note}",
            flush=True,
        )
        QTimer.singleShot(delay, quit_app or app.quit)

    if window is None:
        QTimer.singleShot(0, shown)
    else:
        app.installEventFilter(_FirstPaint(window, shown))
        # a platform that never paints (minimal) still ends, and says so
        QTimer.singleShot(30_000, lambda: shown(", never painted"))
    return True


def run_gui(project_path: str | None, annotator: str | None = None) -> int:
    app = application()
    controller = start(project_path, annotator, extensions=True)
    if controller is None:
        return 2
    arm_smoke_quit(app, controller.window)
    return app.exec()
