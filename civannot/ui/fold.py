"""Panels that fold to their title (issue 18 fix 2): on a 1366×768 screen the annotator folds
what they do not need now and the other panels get the room, without closing anything.

Each dock gets a title bar with a fold arrow (a click on the arrow or a double-click on the
title folds or unfolds it). A folded dock shows only its title: on the right, where panels are
stacked, it keeps a title row's height and the panel below grows; on the left, where the
document list stands alone, it keeps its title's width and the article grows. Docks tabbed
together fold together (they share one place). Which docks are folded is kept in the settings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStyle,
    QToolButton,
    QWidget,
)

UNLIMITED = 16777215  # QWIDGETSIZE_MAX
SETTINGS_KEY = "view/folded"


class FoldTitle(QWidget):
    """A dock's title bar: fold arrow, title, float and close buttons."""

    foldClicked = Signal()

    def __init__(self, dock: QDockWidget):
        super().__init__(dock)
        self.dock = dock
        self.setObjectName(f"title_{dock.objectName()}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 1, 2, 1)
        layout.setSpacing(4)
        self.arrow = QToolButton(self)
        self.arrow.setObjectName("foldButton")
        self.arrow.setAutoRaise(True)
        self.arrow.setArrowType(Qt.ArrowType.DownArrow)
        self.arrow.setToolTip(self.tr("Fold or unfold this panel (or double-click its title)"))
        self.arrow.clicked.connect(self.foldClicked)
        self.title = QLabel(dock.windowTitle(), self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        dock.windowTitleChanged.connect(self.title.setText)
        layout.addWidget(self.arrow)
        layout.addWidget(self.title, 1)
        style = self.style()
        self.buttons: list[QToolButton] = []
        for icon, tip, slot in (
            (
                QStyle.StandardPixmap.SP_TitleBarNormalButton,
                self.tr("Float this panel"),
                lambda: dock.setFloating(not dock.isFloating()),
            ),
            (QStyle.StandardPixmap.SP_TitleBarCloseButton, self.tr("Close this panel"), dock.close),
        ):
            b = QToolButton(self)
            b.setAutoRaise(True)
            b.setIcon(style.standardIcon(icon))
            b.setIconSize(QSize(12, 12))
            b.setToolTip(tip)
            b.clicked.connect(slot)
            layout.addWidget(b)
            self.buttons.append(b)

    def set_folded(self, folded: bool, sideways: bool = False) -> None:
        """Folded sideways (a lone panel on the left or right), the title is a thin strip with
        only the arrow, which names the panel in its tooltip; folded upwards, a title row."""
        if sideways and folded:
            self.arrow.setArrowType(Qt.ArrowType.RightArrow)
            self.arrow.setToolTip(
                self.tr("Unfold “{title}” (or double-click here)").format(
                    title=self.dock.windowTitle()
                )
            )
        else:
            self.arrow.setArrowType(Qt.ArrowType.RightArrow if folded else Qt.ArrowType.DownArrow)
            self.arrow.setToolTip(self.tr("Fold or unfold this panel (or double-click its title)"))
        strip = sideways and folded
        self.title.setVisible(not strip)
        for b in self.buttons:
            b.setVisible(not strip)
        self.layout().setContentsMargins(1 if strip else 4, 1, 1 if strip else 2, 1)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        if event.button() == Qt.MouseButton.LeftButton:
            self.foldClicked.emit()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


class Folding:
    """Folds and unfolds the docks of a main window; `save(names)` keeps the folded set."""

    def __init__(
        self,
        window: QMainWindow,
        docks: dict[str, QDockWidget],
        save: Callable[[list[str]], None],
    ):
        self.window = window
        self.docks = docks
        self.save = save
        self.folded: set[str] = set()
        self.titles: dict[str, FoldTitle] = {}
        for name, dock in docks.items():
            title = FoldTitle(dock)
            title.foldClicked.connect(lambda name=name: self.toggle(name))
            dock.setTitleBarWidget(title)
            self.titles[name] = title
            # a dock moved to the other side folds the other way
            dock.dockLocationChanged.connect(lambda _area, name=name: self._reapply(name))
            dock.topLevelChanged.connect(lambda _floating, name=name: self._reapply(name))

    def group(self, name: str) -> list[str]:
        """The docks that share this dock's place (tabbed together), itself first."""
        dock = self.docks[name]
        others = set(map(id, self.window.tabifiedDockWidgets(dock)))
        return [name] + [n for n, d in self.docks.items() if id(d) in others and n != name]

    def is_folded(self, name: str) -> bool:
        return name in self.folded

    def toggle(self, name: str) -> None:
        self.set_folded(name, name not in self.folded)

    def set_folded(self, name: str, folded: bool, *, remember: bool = True) -> None:
        for n in self.group(name):
            if folded:
                self.folded.add(n)
            else:
                self.folded.discard(n)
            self._apply(n)
        if remember:
            self.save(sorted(self.folded))

    def restore(self, names: list[str]) -> None:
        for n in names:
            if n in self.docks:
                self.set_folded(n, True, remember=False)

    def _reapply(self, name: str) -> None:
        self._apply(name)

    def _apply(self, name: str) -> None:
        dock = self.docks[name]
        title = self.titles[name]
        folded = name in self.folded and not dock.isFloating()
        area = self.window.dockWidgetArea(dock)
        sideways = area in (
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
        ) and self._alone_in_area(dock, area)
        title.set_folded(folded, sideways)
        inner = dock.widget()
        if inner is not None:
            inner.setVisible(not folded)
        dock.setMinimumSize(0, 0)
        dock.setMaximumSize(UNLIMITED, UNLIMITED)
        if not folded:
            return
        if sideways:
            # alone on its side: fold to a strip as wide as the arrow, the article grows
            title.adjustSize()
            dock.setMaximumWidth(title.sizeHint().width() + 4)
        else:
            # stacked with other panels: fold to the title row, the others grow
            dock.setMaximumHeight(title.sizeHint().height() + 2)

    def _alone_in_area(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> bool:
        mine = {id(dock)} | set(map(id, self.window.tabifiedDockWidgets(dock)))
        return not any(
            d.isVisible() and not d.isFloating() and id(d) not in mine
            for d in self.docks.values()
            if self.window.dockWidgetArea(d) == area
        )


class FitWidth(QObject):
    """Keeps a scrolling panel at least as wide as its content needs: the panel scrolls
    up and down, but a button cut off at the right edge ("Commen…") helps nobody. Follows the
    content as it changes (a long label shown, another language), up to `cap` pixels."""

    def __init__(self, scroll: QScrollArea, cap: int = 440):
        super().__init__(scroll)
        self.scroll = scroll
        self.cap = cap
        inner = scroll.widget()
        inner.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        inner = self.scroll.widget()
        if inner is None:
            return
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        need = min(inner.minimumSizeHint().width(), self.cap) + bar + 2
        if need != self.scroll.minimumWidth():
            self.scroll.setMinimumWidth(need)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return False
