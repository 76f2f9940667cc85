"""The open document's spans and relations: select from the list, link, unlink."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from civannot.records import Span
from civannot.ui.learn_words import explain_text
from civannot.ui.workspace import Workspace, coalesced

LINK_CHOICES = 30


def _short(text: str, n: int = 18) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _order(s: Span) -> tuple[int, int, int]:
    return (s.start, -s.end, s.id or 0)


class SpanListModel(QAbstractListModel):
    """The open document's spans in text order. Opening a document resets it (a sort); a
    change inserts, removes or updates only its rows, so the view keeps its state."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = workspace
        self.items: list[Span] = []
        self._keys: list[tuple[int, int, int]] = []  # _order of items, for bisection
        self._key_of: dict[int, tuple[int, int, int]] = {}

    def reload(self) -> None:
        self.beginResetModel()
        self.items = sorted(self.ws.spans.values(), key=_order)
        self._keys = [_order(s) for s in self.items]
        self._key_of = {s.id: k for s, k in zip(self.items, self._keys, strict=True)}
        self.endResetModel()

    def row_of_id(self, span_id: int | None) -> int | None:
        key = self._key_of.get(span_id) if span_id is not None else None
        if key is None:
            return None
        r = bisect_left(self._keys, key)
        return r if r < len(self._keys) and self._keys[r] == key else None

    def _remove(self, span_id: int) -> None:
        r = self.row_of_id(span_id)
        if r is not None:
            self.beginRemoveRows(QModelIndex(), r, r)
            del self.items[r], self._keys[r]
            self.endRemoveRows()
        self._key_of.pop(span_id, None)

    def _insert(self, span: Span) -> None:
        key = _order(span)
        r = bisect_left(self._keys, key)
        self.beginInsertRows(QModelIndex(), r, r)
        self.items.insert(r, span)
        self._keys.insert(r, key)
        self._key_of[span.id] = key
        self.endInsertRows()

    def apply(self, change) -> None:  # noqa: ANN001
        """Follow one change of the annotator's layer: only its rows move."""
        for sid in change.spans_removed:
            self._remove(sid)
        for s in change.spans_changed + change.spans_added:
            if s.id in self._key_of:
                self._remove(s.id)
            self._insert(s)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201
        if not index.isValid():
            return None
        s = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{s.label}  {_short(s.text)}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(self.ws.schema.label(s.label).colour).darker(130))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{s.start}–{s.end}  {s.text}"
        if role == Qt.ItemDataRole.UserRole:
            return s.id
        return None


class RelationList(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("relationList")
        self.ws = workspace
        self._updating = False
        self.spans_title = QLabel(self.tr("Spans in this document"), self)
        self.span_model = SpanListModel(workspace, self)
        self.spans = QListView(self)
        self.spans.setObjectName("spanList")
        self.spans.setModel(self.span_model)
        self.spans.setUniformItemSizes(True)
        self.spans.setLayoutMode(QListView.LayoutMode.Batched)
        self.spans.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.link_button = QPushButton(self.tr("Link from selected (L)"), self)
        self.link_to = QComboBox(self)
        self.link_to.setToolTip(self.tr("Link the selected span to this span"))
        self.link_to_button = QPushButton(self.tr("Link"), self)
        self.rel_title = QLabel(self.tr("Relations"), self)
        self.relations = QListWidget(self)
        self.relations.setObjectName("relationItems")
        # one line per relation: without this the list measures each of 300 items on every
        # rebuild (5.4 ms of opening a long article, 1.5 ms with it)
        self.relations.setUniformItemSizes(True)
        self.unlink_button = QPushButton(self.tr("Remove relation"), self)
        self.accept_rel_button = QPushButton(self.tr("Accept relation"), self)
        self.accept_rel_button.setObjectName("acceptRelation")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.spans_title)
        layout.addWidget(self.spans, 3)
        row = QHBoxLayout()
        row.addWidget(self.link_to, 1)
        row.addWidget(self.link_to_button)
        layout.addWidget(self.link_button)
        layout.addLayout(row)
        layout.addWidget(self.rel_title)
        layout.addWidget(self.relations, 2)
        rel_row = QHBoxLayout()
        rel_row.addWidget(self.accept_rel_button)
        rel_row.addWidget(self.unlink_button)
        layout.addLayout(rel_row)
        self.spans.selectionModel().currentChanged.connect(self._span_picked)
        self.link_button.clicked.connect(lambda: workspace.start_link())
        self.link_to_button.clicked.connect(self._link_from_list)
        self.unlink_button.clicked.connect(self._unlink)
        self.accept_rel_button.clicked.connect(self._accept_relation)
        self.relations.currentItemChanged.connect(self._relation_picked)
        workspace.documentOpened.connect(lambda _d: self.rebuild())
        self._relations_later = coalesced(self._rebuild_relations)
        self._relations_stale = False
        self.relations.installEventFilter(self)
        self._selection_later = coalesced(self._on_selection)
        workspace.annotationsChanged.connect(self._on_change)
        workspace.selectionChanged.connect(self._selection_later)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if obj is self.relations and event.type() == QEvent.Type.Show and self._relations_stale:
            self._relations_later()
        return super().eventFilter(obj, event)

    def _on_change(self, change) -> None:  # noqa: ANN001
        ws = self.ws
        if ws.doc is None or change.doc_id != ws.doc.id:
            return
        if change.layer != ws.annotator:
            if ws.auto_relations:
                self._relations_later()  # suggested relations follow the suggestions
            return
        self._updating = True
        self.span_model.apply(change)
        self._updating = False
        if (
            change.relations_added
            or change.relations_removed
            or self._endpoint_touched(change)
            or ws.auto_relations
        ):
            self._relations_later()

    def _endpoint_touched(self, change) -> bool:  # noqa: ANN001
        if not self.relations.count():
            return False
        ids = change.span_ids
        return any(r.head in ids or r.tail in ids for r in self.ws.relations.values())

    def rebuild(self) -> None:
        self._updating = True
        self.span_model.reload()
        self._updating = False
        self._rebuild_relations()

    def _rebuild_relations(self) -> None:
        ws = self.ws
        if self.window().isVisible() and not self.relations.isVisible():
            # its panel is folded or tabbed away (the widget is not hidden itself, a parent
            # is): build the list when it shows, not on every change nobody sees
            self._relations_stale = True
            return
        self._relations_stale = False
        self._updating = True
        self.relations.clear()
        for r in ws.relations.values():
            head, tail = ws.spans.get(r.head), ws.spans.get(r.tail)
            if head is None or tail is None:
                continue
            item = QListWidgetItem(f"{_short(head.text, 10)} → {_short(tail.text, 10)}  ({r.type})")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            # what made it (the rule or the model), kept when the suggestion was accepted
            item.setToolTip(explain_text(r.provenance))
            self.relations.addItem(item)
        grey = QBrush(QColor("#808080"))
        for r, head, tail in ws.suggested_relations():
            item = QListWidgetItem(
                self.tr("{head} → {tail}  ({type}, suggested)").format(
                    head=_short(head.text, 10), tail=_short(tail.text, 10), type=r.type
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, -r.id)
            item.setToolTip(explain_text(r.provenance, r.confidence))
            item.setForeground(grey)
            self.relations.addItem(item)
        self._updating = False
        self._on_selection()

    def _on_selection(self) -> None:
        ws = self.ws
        self._updating = True
        if ws.selected_relation is not None:
            for i in range(self.relations.count()):
                item = self.relations.item(i)
                if item.data(Qt.ItemDataRole.UserRole) == ws.selected_relation:
                    self.relations.setCurrentItem(item)
                    self.relations.scrollToItem(item)
        row = self.span_model.row_of_id(ws.selected)
        sel = self.spans.selectionModel()
        if row is None:
            sel.clear()
        else:
            index = self.span_model.index(row, 0)
            sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.spans.scrollTo(index)
        self.link_to.clear()
        head = ws.spans.get(ws.selected) if ws.selected is not None else None
        if head is not None:
            # the nearest possible ends: a list of every span of a long article helps nobody
            to = {}  # tail label -> relation type, for this head's label
            for rel in reversed(ws.schema.relations):
                if head.label in rel.head:
                    to.update(dict.fromkeys(rel.tail, rel.name))
            ends = self._nearest_ends(head, to)
            for _, s, rtype in sorted(ends[:LINK_CHOICES], key=lambda e: e[1].start):
                self.link_to.addItem(f"{rtype} → {s.label} {_short(s.text, 12)}", s.id)
        self._updating = False
        self._buttons()

    def _nearest_ends(self, head: Span, to: dict[str, str]) -> list[tuple[int, Span, str]]:
        """The LINK_CHOICES spans nearest to `head` that it may link to, nearest first: walked
        outwards from it in the list's text order, so a long article's thousand spans are
        not all looked at on every selection."""
        items = self.span_model.items
        at = self.span_model.row_of_id(head.id)
        if at is None:
            at = bisect_left(self.span_model._keys, _order(head))
        found: list[tuple[int, Span, str]] = []
        for rng in (range(at - 1, -1, -1), range(at, len(items))):
            n = 0
            for i in rng:
                s = items[i]
                if s.label in to and s.id != head.id:
                    found.append((abs(s.start - head.start), s, to[s.label]))
                    n += 1
                    if n >= LINK_CHOICES:
                        break  # further this way is further away
        found.sort(key=lambda e: e[0])
        return found[:LINK_CHOICES]

    def _buttons(self) -> None:
        ws = self.ws
        mine = ws.selected is not None and ws.selected in ws.spans
        self.link_button.setEnabled(mine)
        self.link_to.setEnabled(self.link_to.count() > 0)
        self.link_to_button.setEnabled(self.link_to.count() > 0)
        item = self.relations.currentItem()
        rid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.unlink_button.setEnabled(rid is not None and rid > 0)
        self.accept_rel_button.setEnabled(rid is not None and rid < 0)

    def _span_picked(self, index: QModelIndex, _prev: object = None) -> None:
        if self._updating or not index.isValid():
            return
        self.ws.select(self.span_model.data(index, Qt.ItemDataRole.UserRole))

    def _link_from_list(self) -> None:
        tail = self.link_to.currentData()
        if tail is not None and self.ws.selected is not None:
            self.ws.link(self.ws.selected, tail)

    def _relation_picked(self, item, _prev=None) -> None:  # noqa: ANN001
        self._buttons()
        if self._updating or item is None:
            return
        rid = item.data(Qt.ItemDataRole.UserRole)
        if rid != self.ws.selected_relation:
            self.ws.select_relation(rid)

    def _accept_relation(self) -> None:
        item = self.relations.currentItem()
        rid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if rid is not None and rid < 0:
            self.ws.accept_relation(-rid)

    def _unlink(self) -> None:
        item = self.relations.currentItem()
        if item is not None:
            self.ws.remove_relation(item.data(Qt.ItemDataRole.UserRole))
