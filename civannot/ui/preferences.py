"""Preferences: the annotator's name and the UI language."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from civannot.records import RESERVED_LAYERS

_NAME = re.compile(r"^[\w.\-@ ]{1,64}$")


def check_annotator(name: str) -> str | None:
    """Why a name cannot be an annotator's, or None when it can."""
    name = name.strip()
    if not name:
        return "empty"
    if name in RESERVED_LAYERS:
        return "reserved"
    if not _NAME.match(name):
        return "characters"
    return None


class PreferencesDialog(QDialog):
    def __init__(self, annotator: str, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.name = QLineEdit(annotator, self)
        self.language = QComboBox(self)
        for value, text in (
            ("system", self.tr("System default")),
            ("en", "English"),
            ("zh_CN", "简体中文"),
        ):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00000")
        form = QFormLayout(self)
        form.addRow(self.tr("Annotator name:"), self.name)
        form.addRow(self.tr("Language:"), self.language)
        from civannot.ui.theme import MAX_SIZE, MIN_SIZE, dark_wanted, text_size

        self.font_size = QDoubleSpinBox(self)
        self.font_size.setObjectName("fontSize")
        self.font_size.setRange(MIN_SIZE - 1, MAX_SIZE)
        self.font_size.setDecimals(0)
        self.font_size.setSpecialValueText(self.tr("Default"))  # the minimum means "default"
        size = text_size()
        self.font_size.setValue(size if size is not None else self.font_size.minimum())
        self.dark = QCheckBox(self.tr("Dark theme"), self)
        self.dark.setObjectName("darkTheme")
        self.dark.setChecked(dark_wanted())
        form.addRow(self.tr("Article text size:"), self.font_size)
        form.addRow("", self.dark)
        note = QLabel(self.tr("Your changes are stored under the annotator name."), self)
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        problem = check_annotator(self.name.text())
        if problem is not None:
            self.error.setText(
                {
                    "empty": self.tr("Give a name."),
                    "reserved": self.tr("“auto” and “gold” are reserved layer names."),
                    "characters": self.tr("Use letters, digits, spaces, . - _ or @ (at most 64)."),
                }[problem]
            )
            return
        self.accept()

    def lock_name(self, owner: str) -> None:
        """In a bundle: the name is the bundle's annotator and cannot change."""
        self.name.setText(owner)
        self.name.setReadOnly(True)
        self.name.setToolTip(
            self.tr("A bundle's work goes back to the lead under {name}").format(name=owner)
        )

    def comfort(self) -> tuple[float | None, bool]:
        """(the article's text size in points, None for the default; dark theme)."""
        size = self.font_size.value()
        return (None if size <= self.font_size.minimum() else size), self.dark.isChecked()

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), self.language.currentData()


class AnnotatorDialog(PreferencesDialog):
    """First start: who is annotating."""

    def __init__(self, default_name: str, language: str, parent: QWidget | None = None):
        super().__init__(default_name, language, parent)
        self.setWindowTitle(self.tr("Welcome to civannot"))
