"""User settings and UI language: English source strings, Simplified Chinese from a shipped .qm."""

from __future__ import annotations

import getpass
import os
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = {"system": "", "en": "English", "zh_CN": "简体中文"}
_installed: list[QTranslator] = []


def settings() -> QSettings:
    """The user's civannot settings (an INI file, so tests can point it at a temporary folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "civannot", "civannot")


def system_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers): fall back to the environment
        return os.environ.get("USER") or os.environ.get("USERNAME") or "annotator"


def resolve_language(choice: str | None) -> str:
    """'en' or 'zh_CN' for a preference ('system' follows the system locale)."""
    if choice in ("en", "zh_CN"):
        return choice
    name = QLocale.system().name()  # e.g. zh_CN, zh_TW, en_GB
    return "zh_CN" if name.startswith("zh") else "en"


def qm_path(language: str) -> str | None:
    path = resources.files("civannot.resources").joinpath("translations", f"civannot_{language}.qm")
    return str(path) if path.is_file() else None


def install_language(language: str) -> str:
    """Install the translators for `language` (replacing earlier ones); return the language used."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return "en"
    path = qm_path(language)
    if path is None:
        return "en"
    ours = QTranslator(app)
    if ours.load(path):
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own strings (standard buttons of dialogs) come from the Qt installation
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return language
