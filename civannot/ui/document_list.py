"""The document list: a lazy table model over DocumentInfo rows, never loading article texts.

At start only the document ids are read; titles, the annotator's statuses and span counts are
read a page at a time as the view scrolls (fetchMore) and then kept up to date from the
session's changes. Filters are asked of the database and keep a list of row numbers, so 100,000
documents open as fast as 100. The search box asks Project.search.
"""

from __future__ import annotations

from bisect import bisect_left

import peewee as pw
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from civannot.doc_filter import DocFilter, matching_ids
from civannot.records import DocumentInfo
from civannot.session import Change
from civannot.ui.plain import tip
from civannot.ui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex


_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.UserRole,
    )
)


PAGE = 500  # rows read at a time as the view scrolls (fetchMore)
SEARCH_PAGE = 1000  # search hits asked for at a time: the first ones show at once


class _Infos:
    """Every document's DocumentInfo by position in id order, read a page at a time when asked
    for (old callers index `model.infos` like the list it once was)."""

    def __init__(self, model: DocumentTableModel):
        self.model = model

    def __len__(self) -> int:
        return len(self.model.all_ids)

    def __getitem__(self, i: int) -> DocumentInfo:
        return self.model._info(self.model.all_ids[i])


class _RowOf:
    """doc id -> its position among all documents (a bisection of the sorted ids)."""

    def __init__(self, model: DocumentTableModel):
        self.model = model

    def get(self, doc_id: int, default: int | None = None) -> int | None:
        ids = self.model.all_ids
        i = bisect_left(ids, doc_id)
        return i if i < len(ids) and ids[i] == doc_id else default

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, int) and self.get(doc_id) is not None


class DocumentTableModel(QAbstractTableModel):
    """Lazy: at start only the documents' ids are read (one integer column); titles, statuses
    and span counts are read a page at a time as the view scrolls (canFetchMore/fetchMore),
    so opening a 100,000-document project costs what opening a small one does (issue 21)."""

    COLUMNS = ("title", "source", "date", "status", "spans", "flags", "match")

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = workspace
        self.all_ids: list[int] = []
        self.cache: dict[int, DocumentInfo] = {}
        self.statuses: dict[int, str] = {}
        self.counts: dict[int, int] = {}
        # shown rows: positions in all_ids, ascending (a range when nothing is filtered)
        self.rows: range | list[int] = range(0)
        self.fetched = 0
        self.infos = _Infos(self)
        self.row_of = _RowOf(self)
        self.current: int | None = None
        self.status_filter = ""
        self.flagged_only = False
        self.search_ids: set[int] | None = None
        self.filter_ids: set[int] | None = None  # civannot.doc_filter's answer
        self.snippets: dict[int, str] = {}  # the first hit of the search in each document
        # a search with more hits than one page: (needle, last id asked) to go on from
        self.search_more: tuple[str, int] | None = None
        self.load()
        self.status_names = {
            "todo": self.tr("to do"),
            "in_progress": self.tr("in progress"),
            "done": self.tr("done"),
        }

    def load(self) -> None:
        """Read the ids (never the texts, nor every row's details); the caller re-applies
        filters."""
        project = self.ws.project
        table = project.m.Document._meta.table_name
        # plain SQL: peewee's row-by-row iteration was a second of 100,000 ids
        self.all_ids = [
            r[0] for r in project.db.execute_sql(f'SELECT id FROM "{table}" ORDER BY id').fetchall()
        ]
        self.cache.clear()
        self.statuses.clear()
        self.counts.clear()
        self.rows = range(len(self.all_ids))
        self.fetched = min(PAGE, len(self.rows))

    def _load_page(self, ids: list[int]) -> None:
        """Details of these documents: their rows, the annotator's statuses and span counts."""
        if not ids:
            return
        project = self.ws.project
        D, A, S = project.m.Document, project.m.Assignment, project.m.Span
        q = (
            D.select(D.id, D.external_id, D.title, D.source, D.date, D.length, D.flag_count)
            .where(D.id.in_(ids))
            .tuples()
        )
        for row in q:
            self.cache[row[0]] = DocumentInfo(*row)
        annotator = self.ws.annotator
        q = A.select(A.document, A.status).where((A.annotator == annotator) & A.document.in_(ids))
        self.statuses.update(q.tuples())
        lid = project.layer_id(annotator, create=False)
        for d in ids:
            self.counts[d] = 0
        if lid is not None:
            q = (
                S.select(S.document, pw.fn.COUNT(S.id))
                .where(S.document.in_(ids) & (S.layer == lid))
                .group_by(S.document)
                .tuples()
            )
            self.counts.update(q)

    def _info(self, doc_id: int) -> DocumentInfo:
        info = self.cache.get(doc_id)
        if info is None:
            i = bisect_left(self.all_ids, doc_id)
            lo = i - i % PAGE
            self._load_page([d for d in self.all_ids[lo : lo + PAGE] if d not in self.cache])
            info = self.cache[doc_id]
        return info

    def shown_ids(self) -> list[int]:
        return [self.all_ids[i] for i in self.rows]

    # ---- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.fetched

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and (
            self.fetched < len(self.rows) or self.search_more is not None
        )

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if self.fetched >= len(self.rows) and self.search_more is not None:
            self._search_next()
        self._fetch_to(self.fetched + PAGE - 1)

    def search(self, needle: str | None) -> None:
        """Show the documents containing `needle` (all with None): the first page of hits at
        once, the rest as the view scrolls to them (issue 21: a two-character string is in
        nearly every one of 100,000 documents)."""
        if not needle:
            self.set_filter(search_ids=None)
            return
        hits = self.ws.project.search(needle, limit=SEARCH_PAGE)
        self.set_filter(search_ids=set(hits))
        if len(hits) == SEARCH_PAGE:
            self.search_more = (needle, hits[-1])

    def _search_next(self) -> None:
        """The next page of hits of the running search, through the other filters."""
        assert self.search_more is not None
        needle, last = self.search_more
        hits = self.ws.project.search(needle, limit=SEARCH_PAGE, after=last)
        self.search_more = (needle, hits[-1]) if len(hits) == SEARCH_PAGE else None
        assert self.search_ids is not None
        self.search_ids |= set(hits)
        keep = self._filtered(hits) if (self.status_filter or self.flagged_only) else hits
        row_of = self.row_of.get
        new = [i for d in keep if (i := row_of(d)) is not None]
        if new:
            rows = list(self.rows)
            self.rows = rows + new

    def _fetch_to(self, row: int) -> None:
        """Make rows up to `row` (a position among the shown rows) part of the model."""
        end = min(len(self.rows), (row // PAGE + 1) * PAGE)
        if end <= self.fetched:
            return
        self.beginInsertRows(QModelIndex(), self.fetched, end - 1)
        self.fetched = end
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Title"),
                self.tr("Source"),
                self.tr("Date"),
                self.tr("My status"),
                self.tr("My spans"),
                self.tr("Flags"),
                self.tr("Match"),
            ][section]
        return None

    def info_at(self, row: int) -> DocumentInfo:
        doc_id = self.all_ids[self.rows[row]]
        info = self.cache.get(doc_id)
        if info is None:
            # the page of shown rows around it, in one query
            lo = row - row % PAGE
            page = [self.all_ids[i] for i in self.rows[lo : lo + PAGE]]
            self._load_page([d for d in page if d not in self.cache])
            info = self.cache[doc_id]
        return info

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        # a repaint asks every visible cell for a dozen roles: the unused ones return at once
        if role not in _ROLES or not index.isValid():
            return None
        info = self.info_at(index.row())
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "title":
                return info.title or info.external_id
            if col == "source":
                # an imported file's path: its name says enough, the tooltip has the rest
                return info.source.replace("\\", "/").rsplit("/", 1)[-1]
            if col == "date":
                return info.date
            if col == "status":
                return self.status_names[self.statuses.get(info.id, "todo")]
            if col == "spans":
                return self.counts.get(info.id, 0)
            if col == "flags":
                return info.flag_count or ""
            if col == "match":
                return self.snippet(info.id)
        elif role == Qt.ItemDataRole.ToolTipRole and col == "title":
            return tip(f"{info.external_id}\n{info.title}")
        elif role == Qt.ItemDataRole.ToolTipRole and col == "match":
            return tip(self.snippet(info.id))
        elif role == Qt.ItemDataRole.ToolTipRole and col == "source":
            return tip(info.source)
        elif role == Qt.ItemDataRole.FontRole and info.id == self.current:
            f = QFont()
            f.setBold(True)
            return f
        elif role == Qt.ItemDataRole.TextAlignmentRole and col in ("spans", "flags"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.UserRole:
            return info.id
        return None

    def snippet(self, doc_id: int) -> str:
        """The first hit of the search in a document, read when its row shows (cached)."""
        pattern = self.ws.search_pattern
        if pattern is None or (self.search_ids is not None and doc_id not in self.search_ids):
            return ""
        if doc_id not in self.snippets:
            from civannot.text_search import find_in_text, snippet

            D = self.ws.project.m.Document
            text = D.select(D.clean).where(D.id == doc_id).scalar() or ""
            hits = find_in_text(text, pattern, limit=1)
            self.snippets[doc_id] = snippet(text, *hits[0]) if hits else ""
        return self.snippets[doc_id]

    # ---- filtering ------------------------------------------------------------------------

    def set_filter(
        self,
        status: str | None = None,
        flagged_only: bool | None = None,
        search_ids: set[int] | None | bool = False,
        filter_ids: set[int] | None | bool = False,
    ) -> None:
        if status is not None:
            self.status_filter = status
        if flagged_only is not None:
            self.flagged_only = flagged_only
        if search_ids is not False:
            self.search_ids = search_ids  # type: ignore[assignment]
            self.search_more = None
        if filter_ids is not False:
            self.filter_ids = filter_ids  # type: ignore[assignment]
        extra = self.filter_ids
        self.beginResetModel()
        st, flagged, ids = self.status_filter, self.flagged_only, self.search_ids
        if not st and not flagged and ids is None and extra is None:
            self.rows = range(len(self.all_ids))
        else:
            if flagged or st:
                matching = self._filtered(None)
                if ids is not None:
                    matching = [d for d in matching if d in ids]
            elif ids is not None:
                matching = sorted(ids)
            else:
                matching = list(self.all_ids)
            if extra is not None:
                matching = [d for d in matching if d in extra]
            row_of = self.row_of.get
            self.rows = [i for d in matching if (i := row_of(d)) is not None]
        self.fetched = min(PAGE, len(self.rows))
        self.endResetModel()

    def _filtered(self, among: list[int] | None) -> list[int]:
        """Ids (of all documents, or `among`) that pass the status and flag filters, asked of
        the database."""
        project = self.ws.project
        D, A = project.m.Document, project.m.Assignment
        q = D.select(D.id)
        if among is not None:
            q = q.where(D.id.in_(among))
        if self.flagged_only:
            q = q.where(D.flag_count > 0)
        st = self.status_filter
        if st == "todo":
            # no status row reads as "to do"
            others = A.select(A.document).where(
                (A.annotator == self.ws.annotator) & (A.status != "todo")
            )
            q = q.where(D.id.not_in(others))
        elif st:
            mine = A.select(A.document).where((A.annotator == self.ws.annotator) & (A.status == st))
            q = q.where(D.id.in_(mine))
        return [r[0] for r in q.order_by(D.id).tuples()]

    def row_for(self, doc_id: int) -> int | None:
        i = self.row_of.get(doc_id)
        if i is None:
            return None
        # rows is sorted, so a bisection finds the visible row
        r = bisect_left(self.rows, i)
        if r < len(self.rows) and self.rows[r] == i:
            self._fetch_to(r)  # a row the view is asked to show must be in the model
            return r
        return None

    def next_after(self, doc_id: int | None) -> int | None:
        """The next document in list order that is not done (wrapping round), or None."""
        if not self.rows:
            return None
        project = self.ws.project
        table = project.m.Assignment._meta.table_name
        # plain SQL over the (annotator, status) index: peewee's row-by-row conversion of
        # 90,000 done documents was 1.8 s of the window's start at 100,000 documents
        sql = (
            f'SELECT document_id FROM "{table}" '
            f"WHERE annotator = {project.db.param} AND status = 'done'"
        )
        done = {r[0] for r in project.db.execute_sql(sql, (self.ws.annotator,)).fetchall()}
        done |= {d for d, st in self.statuses.items() if st == "done"}
        done -= {d for d, st in self.statuses.items() if st != "done"}
        start = -1
        if doc_id is not None:
            i = self.row_of.get(doc_id)
            if i is not None:
                r = bisect_left(self.rows, i)
                start = r if r < len(self.rows) and self.rows[r] == i else r - 1
        n = len(self.rows)
        for k in range(1, n + 1):
            d = self.all_ids[self.rows[(start + k) % n]]
            if d != doc_id and d not in done:
                return d
        return None

    # ---- updates --------------------------------------------------------------------------

    def _row_changed(self, doc_id: int) -> None:
        i = self.row_of.get(doc_id)
        if i is None:
            return
        r = bisect_left(self.rows, i)
        if r < self.fetched and r < len(self.rows) and self.rows[r] == i:
            self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.COLUMNS) - 1))

    def set_current(self, doc_id: int) -> None:
        old, self.current = self.current, doc_id
        for d in (old, doc_id):
            if d is not None:
                self._row_changed(d)

    def on_status(self, doc_id: int, status: str) -> None:
        self.statuses[doc_id] = status
        self._row_changed(doc_id)

    def on_change(self, change: Change) -> None:
        if change.layer != self.ws.annotator:
            return
        delta = len(change.spans_added) - len(change.spans_removed)
        if delta and change.doc_id in self.counts:
            # a document not read yet gets its count from the database when it is
            self.counts[change.doc_id] += delta
            self._row_changed(change.doc_id)

    def on_flags(self, doc_id: int) -> None:
        info = self.cache.get(doc_id)
        if info is None or self.ws.doc is None:
            return
        info.flag_count = sum(1 for f in self.ws.doc.flags if f.status == "open")
        self._row_changed(doc_id)

    def progress(self) -> tuple[int, int]:
        A = self.ws.project.m.Assignment
        done = A.select().where((A.annotator == self.ws.annotator) & (A.status == "done")).count()
        return done, len(self.all_ids)


class DocumentList(QWidget):
    documentActivated = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentList")
        self.ws = workspace
        self.model = DocumentTableModel(workspace, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Search the texts…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        for value, text in (
            ("", self.tr("All statuses")),
            ("todo", self.tr("To do")),
            ("in_progress", self.tr("In progress")),
            ("done", self.tr("Done")),
        ):
            self.status.addItem(text, value)
        self.flagged = QCheckBox(self.tr("Flagged only"), self)
        self.regex = QCheckBox(self.tr("Regular expression"), self)
        self.regex.setObjectName("searchRegex")
        self.hits_label = QLabel(self)
        self.hits_label.setObjectName("hitsLabel")
        self.hits_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prev_hit = QToolButton(self)
        self.prev_hit.setText("▲")
        self.prev_hit.setToolTip(self.tr("Previous hit (Shift+F3)"))
        self.next_hit = QToolButton(self)
        self.next_hit.setText("▼")
        self.next_hit.setToolTip(self.tr("Next hit (F3)"))
        self.count_label = QLabel(self)
        # more filters, combinable, kept per project in the settings
        self.label_filter = QComboBox(self)
        self.label_filter.setObjectName("filterLabel")
        self.label_filter.addItem(self.tr("Any label"), "")
        for name in workspace.schema.label_names:
            self.label_filter.addItem(self.tr("With {label}").format(label=name), name)
        self.annotator_filter = QComboBox(self)
        self.annotator_filter.setObjectName("filterAnnotator")
        self.annotator_filter.addItem(self.tr("Any annotator"), "")
        for name in workspace.project.annotators():
            self.annotator_filter.addItem(self.tr("By {name}").format(name=name), name)
        self.assignment_filter = QComboBox(self)
        self.assignment_filter.setObjectName("filterAssignment")
        for value, text in (
            ("", self.tr("Any assignment")),
            ("mine", self.tr("Assigned to me")),
            ("unassigned", self.tr("Assigned to nobody")),
        ):
            self.assignment_filter.addItem(text, value)
        self.agreement_filter = QComboBox(self)
        self.agreement_filter.setObjectName("filterAgreement")
        for value, text in (
            ("", self.tr("Any agreement")),
            ("disagree", self.tr("Annotators disagree")),
            ("agree", self.tr("Annotators agree")),
        ):
            self.agreement_filter.addItem(text, value)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # wide enough for the header (in the UI language) and a typical value; measuring the
        # rows themselves (ResizeToContents) would read every one of 100,000 documents
        metrics = self.table.fontMetrics()
        header_metrics = header.fontMetrics()
        samples = {2: "2023-10-26", 3: self.model.status_names["in_progress"]}
        for col, sample in (
            (1, "001_lanc"),
            (2, samples[2]),
            (3, samples[3]),
            (4, "999"),
            (5, "99"),
        ):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            width = max(
                header_metrics.horizontalAdvance(title) + 22, metrics.horizontalAdvance(sample) + 14
            )
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        hits_row = QHBoxLayout()
        hits_row.addWidget(self.regex)
        hits_row.addStretch(1)
        hits_row.addWidget(self.hits_label)
        hits_row.addWidget(self.prev_hit)
        hits_row.addWidget(self.next_hit)
        layout.addLayout(hits_row)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.flagged)
        layout.addLayout(row)
        more = QGridLayout()
        more.addWidget(self.label_filter, 0, 0)
        more.addWidget(self.annotator_filter, 0, 1)
        more.addWidget(self.assignment_filter, 1, 0)
        more.addWidget(self.agreement_filter, 1, 1)
        layout.addLayout(more)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.regex.toggled.connect(lambda _on: self.run_search())
        self.prev_hit.clicked.connect(lambda: workspace.step_hit(-1))
        self.next_hit.clicked.connect(lambda: workspace.step_hit(1))
        workspace.searchChanged.connect(self._update_hits)
        match_column = len(DocumentTableModel.COLUMNS) - 1
        self.table.setColumnHidden(match_column, True)
        self.table.setColumnWidth(match_column, 150)
        self.status.currentIndexChanged.connect(
            lambda _i: self._refilter(status=self.status.currentData())
        )
        self.flagged.toggled.connect(lambda on: self._refilter(flagged_only=on))
        self._restore_filters()
        for combo in (
            self.label_filter,
            self.annotator_filter,
            self.assignment_filter,
            self.agreement_filter,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.status.currentIndexChanged.connect(lambda _i: self._save_filters())
        self.flagged.toggled.connect(lambda _on: self._save_filters())
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)
        workspace.statusChanged.connect(self.model.on_status)
        workspace.annotationsChanged.connect(self.model.on_change)
        workspace.flagsChanged.connect(self.model.on_flags)
        workspace.documentOpened.connect(self._on_open)
        # Ctrl+F is the Edit menu's (one binding: two make Qt fire neither)
        self._update_count()

    # ---- more filters ---------------------------------------------------------------------

    def doc_filter(self) -> DocFilter:
        return DocFilter(
            self.label_filter.currentData(),
            self.annotator_filter.currentData(),
            self.assignment_filter.currentData(),
            self.agreement_filter.currentData(),
        )

    def _settings_key(self) -> str:
        return f"filters/{self.ws.project.uuid}"

    def _save_filters(self) -> None:
        from civannot.ui.i18n import settings

        s = settings()
        s.setValue(self._settings_key() + "/more", self.doc_filter().dumps())
        s.setValue(self._settings_key() + "/status", self.status.currentData())
        s.setValue(self._settings_key() + "/flagged", self.flagged.isChecked())

    def _restore_filters(self) -> None:
        from civannot.ui.i18n import settings

        s = settings()
        f = DocFilter.loads(s.value(self._settings_key() + "/more", ""))
        for combo, value in (
            (self.label_filter, f.label),
            (self.annotator_filter, f.annotator),
            (self.assignment_filter, f.assignment),
            (self.agreement_filter, f.agreement),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        status = s.value(self._settings_key() + "/status", "")
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.flagged.setChecked(s.value(self._settings_key() + "/flagged", False) in (True, "true"))
        self.apply_filters(save=False)

    def apply_filters(self, save: bool = True) -> None:
        ids = matching_ids(self.ws.project, self.doc_filter(), self.ws.annotator)
        self._refilter(filter_ids=ids)
        if save:
            self._save_filters()

    def stop(self) -> None:
        """The window closes: a pending search must not run against a closed project."""
        self._search_timer.stop()
        self.search.blockSignals(True)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def reload(self) -> None:
        """Show documents another connection added (an import), with the current filters."""
        self.model.load()
        self.model.filter_ids = matching_ids(self.ws.project, self.doc_filter(), self.ws.annotator)
        if self.search.text().strip():
            self.run_search()  # the hits may include new documents
        else:
            self._refilter()

    def run_search(self) -> None:
        """Documents with hits (with a snippet of the first), and the hits in the open one."""
        from civannot.text_search import SearchError, search_documents

        self._search_timer.stop()
        needle = self.search.text().strip()
        regex = self.regex.isChecked()
        self.search_error = self.ws.set_search(needle, regex)
        self.model.snippets = {}
        if needle and regex and self.search_error is None:
            try:
                found = search_documents(self.ws.project, needle, regex)
            except SearchError as e:
                self.search_error = str(e)
                found = []
            self.model.snippets = {h.doc_id: h.snippet for h in found}
            self.model.set_filter(search_ids=set(self.model.snippets))
        elif needle and self.search_error is not None:
            self.model.set_filter(search_ids=set())
        else:
            # plain text: the full-text index, a page of hits at a time (snippets as rows show)
            self.model.search(needle or None)
        self.table.setColumnHidden(len(DocumentTableModel.COLUMNS) - 1, not needle)
        # the snippet takes the source column's room while searching (titles keep theirs)
        self.table.setColumnHidden(DocumentTableModel.COLUMNS.index("source"), bool(needle))
        self._refilter()
        self._update_hits()

    def _update_hits(self) -> None:
        ws = self.ws
        n = len(ws.search_hits)
        error = getattr(self, "search_error", None)
        if error:
            self.hits_label.setText(error)
        elif ws.search_pattern is None:
            self.hits_label.setText("")
        elif ws.hit_index >= 0:
            self.hits_label.setText(self.tr("hit {i} of {n}").format(i=ws.hit_index + 1, n=n))
        else:
            self.hits_label.setText(self.tr("%n hit(s) here", "", n))
        self.prev_hit.setEnabled(n > 0)
        self.next_hit.setEnabled(n > 0)

    def _refilter(self, **kw) -> None:  # noqa: ANN003
        self.model.set_filter(**kw)
        self._update_count()
        cur = self.model.current
        if cur is not None:
            r = self.model.row_for(cur)
            if r is not None:
                self.table.selectRow(r)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n document(s) shown", "", len(self.model.rows)))

    def _activated(self, index: QModelIndex) -> None:
        doc_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if doc_id is not None and (self.ws.doc is None or self.ws.doc.id != doc_id):
            self.documentActivated.emit(doc_id)

    def _on_open(self, doc_id: int) -> None:
        self.model.set_current(doc_id)
        r = self.model.row_for(doc_id)
        if r is not None:
            self.table.selectRow(r)
            self.table.scrollTo(self.model.index(r, 0))
