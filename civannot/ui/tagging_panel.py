"""The tagging panel: label buttons (the legend, with counts in this document), the selected
span, suggestion controls and the article's quality flags."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from civannot.ui.learn_words import explain_text
from civannot.ui.plain import ask_comment, esc, tip
from civannot.ui.workspace import Workspace, coalesced


def _text_colour(hex_: str) -> str:
    r, g, b = (int(hex_[i : i + 2], 16) for i in (1, 3, 5))
    return "#000000" if (0.299 * r + 0.587 * g + 0.114 * b) > 150 else "#ffffff"


def ask_reading(parent: QWidget, damaged: str, current: str) -> str | None:
    """The reading the annotator types for a damaged run (None: cancelled)."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("TaggingPanel", "Type the reading"),
        QCoreApplication.translate(
            "TaggingPanel",
            "The right characters for “{damaged}” (checked against the damaged bytes):",
        ).format(damaged=damaged),
        text=current,
    )
    return text.strip() if ok and text.strip() else None


def type_reading(parent: QWidget, ws: Workspace, index: int) -> None:
    """Ask for a reading of repair flag `index` and put it in the text (one undo step)."""
    from civannot.flag_review import damaged_reading

    if ws.doc is None or not (0 <= index < len(ws.doc.flags)):
        return
    flag = ws.doc.flags[index]
    here = ws.text[flag.start : flag.end]
    damaged = damaged_reading(flag, ws.text) or here
    typed = ask_reading(parent, damaged, here)
    if typed is not None:
        ws.resolve_flag(index, "choose", typed)


class TaggingPanel(QWidget):
    def __init__(
        self,
        workspace: Workspace,
        selection: Callable[[], tuple[int, int] | None],
        caret: Callable[[], int],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("taggingPanel")
        self.ws = workspace
        self._selection = selection
        self._caret = caret
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        self.labels_box = QGroupBox(self.tr("Labels"), self)
        grid = QGridLayout(self.labels_box)
        grid.setSpacing(3)
        self.label_buttons: dict[str, QPushButton] = {}
        self.count_labels: dict[str, QLabel] = {}
        for row, lab in enumerate(workspace.schema.labels):
            button = QPushButton(lab.name, self.labels_box)
            button.setToolTip(lab.description)
            fg = _text_colour(lab.colour)
            style = f"background:{lab.colour};color:{fg};border-radius:3px;padding:3px 8px;"
            if lab.kind == "directive":
                style = (
                    f"background:palette(base);color:palette(text);border:0;"
                    f"border-bottom:4px solid {lab.colour};border-radius:0;padding:3px 8px;"
                )
            button.setStyleSheet(f"QPushButton{{{style}text-align:left;}}")
            button.clicked.connect(lambda _=False, name=lab.name: self._apply(name))
            key = QLabel(lab.shortcut, self.labels_box)
            key.setAlignment(Qt.AlignmentFlag.AlignCenter)
            key.setStyleSheet("border:1px solid palette(mid);border-radius:3px;padding:1px 4px;")
            count = QLabel("0", self.labels_box)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(key, row, 0)
            grid.addWidget(button, row, 1)
            grid.addWidget(count, row, 2)
            self.label_buttons[lab.name] = button
            self.count_labels[lab.name] = count
        grid.setColumnStretch(1, 1)
        layout.addWidget(self.labels_box)

        self.selected_box = QGroupBox(self.tr("Selected span"), self)
        sel_layout = QVBoxLayout(self.selected_box)
        self.selected_label = QLabel(self.tr("Nothing selected"), self.selected_box)
        self.selected_label.setWordWrap(True)
        self.selected_label.setTextFormat(Qt.TextFormat.RichText)
        sel_layout.addWidget(self.selected_label)
        self.span_comments = QLabel(self.selected_box)
        self.span_comments.setObjectName("spanComments")
        self.span_comments.setTextFormat(Qt.TextFormat.PlainText)  # the notes are user text
        self.span_comments.setWordWrap(True)
        self.span_comments.setStyleSheet("color:palette(text);font-style:italic;")
        sel_layout.addWidget(self.span_comments)
        row = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete (Del)"), self.selected_box)
        self.delete_button.clicked.connect(workspace.delete_selected)
        row.addWidget(self.delete_button)
        self.comment_button = QPushButton(self.tr("Comment…"), self.selected_box)
        self.comment_button.setObjectName("spanComment")
        self.comment_button.clicked.connect(self.edit_comment)
        row.addWidget(self.comment_button)
        sel_layout.addLayout(row)
        layout.addWidget(self.selected_box)

        self.sugg_box = QGroupBox(self.tr("Suggestions"), self)
        sg = QGridLayout(self.sugg_box)
        self.sugg_count = QLabel(self.sugg_box)
        self.prev_button = QPushButton(self.tr("Previous (P)"), self.sugg_box)
        self.next_button = QPushButton(self.tr("Next (N)"), self.sugg_box)
        self.accept_button = QPushButton(self.tr("Accept (A)"), self.sugg_box)
        self.reject_button = QPushButton(self.tr("Reject (R)"), self.sugg_box)
        self.accept_all_button = QPushButton(
            self.tr("Accept all of this label (Shift+A)"), self.sugg_box
        )
        sg.addWidget(self.sugg_count, 0, 0, 1, 2)
        sg.addWidget(self.prev_button, 1, 0)
        sg.addWidget(self.next_button, 1, 1)
        sg.addWidget(self.accept_button, 2, 0)
        sg.addWidget(self.reject_button, 2, 1)
        sg.addWidget(self.accept_all_button, 3, 0, 1, 2)
        self.prev_button.clicked.connect(lambda: workspace.step_suggestion(-1, self._caret()))
        self.next_button.clicked.connect(lambda: workspace.step_suggestion(1, self._caret()))
        self.accept_button.clicked.connect(lambda: workspace.accept(caret=self._caret()))
        self.reject_button.clicked.connect(lambda: workspace.reject(caret=self._caret()))
        self.accept_all_button.clicked.connect(lambda: workspace.accept_all())
        layout.addWidget(self.sugg_box)

        self.flags_box = QGroupBox(self.tr("Quality flags"), self)
        fl = QVBoxLayout(self.flags_box)
        self.flag_list = QListWidget(self.flags_box)
        # long repair messages wrap instead of hiding behind a horizontal scroll bar
        self.flag_list.setWordWrap(True)
        self.flag_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.flag_list.setObjectName("flagList")
        self.flag_list.setMaximumHeight(110)
        fl.addWidget(self.flag_list)
        frow = QHBoxLayout()
        self.flag_accept = QPushButton(self.tr("Accept"), self.flags_box)
        self.flag_choose = QPushButton(self.tr("Choose another…"), self.flags_box)
        self.flag_reject = QPushButton(self.tr("Reject"), self.flags_box)
        self.flag_type = QPushButton(self.tr("Type…"), self.flags_box)
        self.flag_type.setObjectName("flagType")
        self.flag_type.setToolTip(self.tr("Type the right reading when none offered is right"))
        for b in (self.flag_accept, self.flag_choose, self.flag_type, self.flag_reject):
            frow.addWidget(b)
        fl.addLayout(frow)
        self.flag_accept.clicked.connect(lambda: self._flag("accept"))
        self.flag_reject.clicked.connect(lambda: self._flag("reject"))
        self.flag_choose.clicked.connect(self._choose_menu)
        self.flag_type.clicked.connect(self._type_reading)
        self.flag_list.currentRowChanged.connect(lambda _r: self._flag_buttons())
        layout.addWidget(self.flags_box)
        layout.addStretch(1)

        workspace.documentOpened.connect(lambda _d: self.refresh())
        workspace.annotationsChanged.connect(coalesced(self.refresh))
        workspace.selectionChanged.connect(coalesced(self._refresh_selected))
        workspace.flagsChanged.connect(lambda _d: self._refresh_flags())
        workspace.commentsChanged.connect(coalesced(self._refresh_selected))
        self.refresh()

    def _apply(self, label: str) -> None:
        self.ws.apply_label(label, self._selection())

    def refresh(self) -> None:
        ws = self.ws
        counts = ws.label_counts() if ws.doc is not None else {}
        open_total = 0
        for name, widget in self.count_labels.items():
            mine, sugg = counts.get(name, (0, 0))
            open_total += sugg
            widget.setText(
                f"{mine}" + (f" <span style='color:gray'>+{sugg}</span>" if sugg else "")
            )
            widget.setToolTip(
                self.tr("{mine} tagged, {sugg} suggested").format(mine=mine, sugg=sugg)
            )
        self.sugg_count.setText(self.tr("%n open suggestion(s)", "", open_total))
        for b in (self.prev_button, self.next_button):
            b.setEnabled(open_total > 0)
        self._refresh_selected()
        self._refresh_flags()

    def _refresh_selected(self) -> None:
        ws = self.ws
        span = ws.span(ws.selected)
        suggestion = ws.is_suggestion(ws.selected)
        if span is None:
            self.selected_label.setText(self.tr("Nothing selected"))
        else:
            colour = ws.schema.label(span.label).colour
            kind = (
                self.tr("suggestion")
                if suggestion
                else self.tr("by {author}").format(author=span.author)
            )
            text = span.text if len(span.text) <= 60 else span.text[:59] + "…"
            why = explain_text(span.provenance, span.confidence)
            self.selected_label.setText(
                f"<span style='color:{esc(colour)}'><b>{esc(span.label)}</b></span> · "
                f"{esc(kind)}<br>{esc(text)}"
                + (f"<br><small style='color:gray'>{esc(why)}</small>" if why else "")
            )
        self.delete_button.setEnabled(span is not None)
        mine = span is not None and ws.selected in ws.spans
        self.comment_button.setEnabled(mine)
        notes = ws.comments_on(ws.selected) if span is not None else []
        self.span_comments.setText("\n".join(f"{c.author}: {c.text}" for c in notes))
        self.span_comments.setVisible(bool(notes))
        self.accept_button.setEnabled(suggestion)
        self.reject_button.setEnabled(suggestion)
        self.accept_all_button.setEnabled(span is not None)

    def edit_comment(self) -> None:
        ws = self.ws
        sid = ws.selected
        if sid is None or sid not in ws.spans:
            return
        text = ask_comment(self, self.tr("Comment on the span"), ws.my_comment(sid))
        if text is not None:
            ws.set_comment(text, sid)

    # ---- flags ----------------------------------------------------------------------------

    def _refresh_flags(self) -> None:
        ws = self.ws
        keep = self._current_flag()  # a decision rebuilds the list: stay on the same flag
        self.flag_list.clear()
        status_names = {
            "open": self.tr("open"),
            "accepted": self.tr("accepted"),
            "rejected": self.tr("rejected"),
            "chosen": self.tr("other reading chosen"),
        }
        for index, flag in ws.open_flags():
            where = ws.text[flag.start : flag.end] if flag.end > flag.start else ""
            # a chosen repair is in the text already (alternatives[0] is the same reading)
            if flag.status == "chosen" and flag.alternatives and flag.alternatives[0] != where:
                where = f"{where} → {flag.alternatives[0]}"
            item = QListWidgetItem(
                f"[{status_names.get(flag.status, flag.status)}] {flag.kind}: {where or flag.message}"
            )
            item.setToolTip(tip(flag.message))
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.flag_list.addItem(item)
            if index == keep:
                self.flag_list.setCurrentItem(item)
        self.flags_box.setVisible(self.flag_list.count() > 0)
        self._flag_buttons()

    def _current_flag(self) -> int | None:
        item = self.flag_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _flag_buttons(self) -> None:
        index = self._current_flag()
        flag = self.ws.doc.flags[index] if index is not None and self.ws.doc else None
        self.flag_accept.setEnabled(flag is not None)
        self.flag_reject.setEnabled(flag is not None)
        self.flag_choose.setEnabled(flag is not None and bool(self._readings(flag)))
        from civannot.flag_review import is_repair

        self.flag_type.setEnabled(flag is not None and is_repair(flag))

    def _readings(self, flag) -> list[str]:  # noqa: ANN001
        """The readings "Choose another…" offers: all but the one in the text."""
        from civannot.flag_review import other_readings

        return other_readings(flag, self.ws.text)

    def _flag(self, action: str) -> None:
        index = self._current_flag()
        if index is not None:
            self.ws.resolve_flag(index, action)

    def _type_reading(self) -> None:
        index = self._current_flag()
        if index is not None:
            type_reading(self, self.ws, index)

    def _choose_menu(self) -> None:
        index = self._current_flag()
        if index is None or self.ws.doc is None:
            return
        menu = QMenu(self)
        for alt in self._readings(self.ws.doc.flags[index]):
            menu.addAction(alt, lambda a=alt: self.ws.resolve_flag(index, "choose", a))
        menu.exec(self.flag_choose.mapToGlobal(self.flag_choose.rect().bottomLeft()))
