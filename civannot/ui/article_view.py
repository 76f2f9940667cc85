"""The article: clean text with its spans, suggestions and quality flags drawn in place.

Entities are coloured backgrounds (ExtraSelections, cached per span so a change rebuilds only
what changed); DIRECTIVE is a band under the lines, painted here, so that the entities inside it
keep their colours; suggestions are faded with a dashed underline. The raw-text toggle shows the
raw article with the same spans mapped back through the offset map (read-only).
All offsets cross into Qt through civannot.ui.offsets.PositionMap.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QWidget,
)

from civannot.arcs import ArcSpec, arc_curve, arc_levels, label_point, place_in_band
from civannot.arcs import hit as arc_hit
from civannot.records import Span
from civannot.ui.learn_words import explain_text
from civannot.ui.offsets import PositionMap
from civannot.ui.plain import esc
from civannot.ui.workspace import Workspace

ENTITY_ALPHA = 105
SUGGESTION_ALPHA = 40
BAND = 3  # directive band thickness in pixels


def _colour(hex_: str, alpha: int = 255) -> QColor:
    c = QColor(hex_)
    c.setAlpha(alpha)
    return c


def shortcuts_allowed(view: QWidget) -> bool:
    """No single-key shortcut while an input method composes or a text field of the same
    window has the focus (a key meant for the search box never tags)."""
    if getattr(view, "composing", False):
        return False
    focus = QApplication.focusWidget()
    if focus is None or focus is view or focus.window() is not view.window():
        return True
    editable_text = isinstance(focus, QLineEdit | QAbstractSpinBox) or (
        isinstance(focus, QPlainTextEdit | QTextEdit) and not focus.isReadOnly()
    )
    return not editable_text


class ArticleView(QPlainTextEdit):
    rawModeChanged = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = workspace
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.setMouseTracking(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.35)
        self.default_size = font.pointSizeF()
        from civannot.ui.theme import text_size

        size = text_size()
        if size is not None:
            font.setPointSizeF(size)
        self.setFont(font)
        self.document().setDocumentMargin(14)
        self.setCursorWidth(2)
        self.composing = False
        self.raw_mode = False
        self.pmap = PositionMap("")
        self._raw_ranges: dict[int, tuple[int, int]] = {}
        self._cache: dict[tuple, QTextEdit.ExtraSelection] = {}
        self._flag_cache: list[QTextEdit.ExtraSelection] = []
        self._range_key: tuple = ()
        self._range: tuple[int, int] = (0, 0)
        self._screen: tuple[int, int] = (0, 0)  # code points on screen (no margin)
        self._anchor_key: tuple = ()
        self._anchor_cache: dict[tuple[int | None, int, int], tuple[float, float, float] | None]
        self._anchor_cache = {}
        self._plan_key: tuple = ()
        self._plan: list[tuple] = []
        self._directives: list[tuple[Span, bool]] = []  # near the viewport, for paintEvent
        self._painted: tuple = ()  # what paintEvent drew last time the view refreshed
        # relation arcs: (relation id, head, tail, type, suggested) near the viewport, their
        # levels (computed for the whole document when its relations change), and what the
        # last paint drew, for clicks
        self.arcs_visible = True
        self._arcs: list[tuple[int, Span, Span, str, bool]] = []
        self._arc_levels: dict[int, int] = {}
        self._arc_key: tuple = ()
        self.painted_arcs: list[tuple[int, list, tuple[float, float, float, float]]] = []
        ws = workspace
        ws.documentOpened.connect(self._on_document)
        self._refresh_pending = False
        ws.annotationsChanged.connect(self._on_change)
        ws.selectionChanged.connect(self.schedule_refresh)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.schedule_refresh())
        ws.linkModeChanged.connect(self._on_link_mode)
        ws.searchChanged.connect(self._on_search)
        ws.flagsChanged.connect(lambda _d: self._rebuild_flags())
        # refusals and hints show near the text for a moment (the status bar may be off-screen
        # or far from the eyes)
        self.notice = QLabel(self)
        self.notice.setObjectName("articleNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel{background:#fff4c2;color:#3a2a00;border:1px solid #d9b500;"
            "border-radius:4px;padding:4px 8px;}"
        )
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.hide)
        ws.message.connect(self.show_notice)
        # the raw view says what it is: the text as imported, read-only
        self.raw_banner = QLabel(self)
        self.raw_banner.setObjectName("rawBanner")
        self.raw_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.raw_banner.setWordWrap(True)
        self.raw_banner.setText(
            self.tr("Raw text as imported — read-only. Ctrl+R returns to the clean text.")
        )
        self.raw_banner.setStyleSheet(
            "QLabel{background:#5a4a00;color:#ffffff;padding:4px 10px;font-weight:bold;}"
        )
        self.raw_banner.hide()

    # ---- text size ----------------------------------------------------------------------------

    def set_text_size(self, points: float) -> None:
        from civannot.ui.theme import MAX_SIZE, MIN_SIZE

        points = max(MIN_SIZE, min(MAX_SIZE, points))
        font = QFont(self.font())
        if abs(font.pointSizeF() - points) < 0.01:
            return
        font.setPointSizeF(points)
        self.setFont(font)
        self._range_key = ()
        self.schedule_refresh()

    def zoom(self, step: int) -> None:
        """Ctrl+wheel, Ctrl+± and Ctrl+0: the article's text size, kept in the settings."""
        from civannot.ui.i18n import settings

        size = self.default_size if step == 0 else self.font().pointSizeF() + step
        self.set_text_size(size)
        settings().setValue("view/font_size", "" if step == 0 else self.font().pointSizeF())

    def wheelEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def show_notice(self, text: str, msec: int = 4000) -> None:
        if not text:
            return
        self.notice.setText(text)
        width = min(max(self.viewport().width() - 40, 120), 560)
        self.notice.setFixedWidth(width)
        self.notice.adjustSize()
        self._place_notice()
        self.notice.show()
        self.notice.raise_()
        self._notice_timer.start(msec)

    def _place_notice(self) -> None:
        # below the raw-text banner when it shows (toggling raw mode moves it there too)
        top = self.viewportMargins().top() + 8
        self.notice.move((self.width() - self.notice.width()) // 2, top)

    def _place_banner(self) -> None:
        if self.raw_mode:
            h = self.raw_banner.heightForWidth(self.width() - 2 * self.frameWidth())
            h = max(h, self.raw_banner.sizeHint().height())
            self.setViewportMargins(0, h, 0, 0)
            self.raw_banner.setGeometry(
                self.frameWidth(), self.frameWidth(), self.width() - 2 * self.frameWidth(), h
            )
            self.raw_banner.show()
            self.raw_banner.raise_()
        else:
            self.setViewportMargins(0, 0, 0, 0)
            self.raw_banner.hide()
        if self.notice.isVisible():
            self._place_notice()
            self.notice.raise_()

    # ---- content --------------------------------------------------------------------------

    def _on_document(self, _doc_id: int) -> None:
        self.set_raw_mode(False, force=True)

    def _on_change(self, change) -> None:  # noqa: ANN001
        if change.text_changed:
            # a repair choice rewrote the text: every offset after it moved, so redraw it all
            # (in the same mode, at the same scroll position)
            value = self.verticalScrollBar().value()
            self._omap_doc = None
            self.set_raw_mode(self.raw_mode, force=True)
            self.verticalScrollBar().setValue(value)
        self.schedule_refresh()

    def set_raw_mode(self, raw: bool, *, force: bool = False) -> None:
        if raw == self.raw_mode and not force:
            return
        self.raw_mode = raw
        doc = self.ws.doc
        text = ""
        self._raw_ranges = {}
        if doc is not None:
            text = doc.raw if raw else doc.text
        self._cache.clear()
        self.setPlainText(text)
        self.pmap = PositionMap(text)
        # room under each line for the directive band
        c = QTextCursor(self.document())
        c.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(150, 1)  # 1 = ProportionalHeight
        c.mergeBlockFormat(block)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setProperty("rawMode", raw)
        dark = self.palette().base().color().lightness() < 128
        raw_bg = "#3a3326" if dark else "#efe9dc"
        self.viewport().setStyleSheet(f"background:{raw_bg};" if raw else "")
        self._place_banner()
        self._rebuild_flags()
        self.refresh()
        self.rawModeChanged.emit(raw)

    def _span_range(self, span: Span) -> tuple[int, int]:
        """The span's code-point range in the text shown (clean, or raw through the map)."""
        if not self.raw_mode:
            return span.start, span.end
        key = (span.start, span.end)
        if key not in self._raw_ranges:
            self._raw_ranges[key] = self._offset_map().to_raw(span.start, span.end)
        return self._raw_ranges[key]

    def _offset_map(self):  # noqa: ANN202
        if not hasattr(self, "_omap") or self._omap_doc != id(self.ws.doc):
            from civannot.text.offsets import OffsetMap

            doc = self.ws.doc
            if doc.offset_map:
                self._omap = OffsetMap.loads(doc.offset_map, len(doc.text))
            else:
                self._omap = OffsetMap.identity(len(doc.text))
            self._omap_doc = id(doc)
        return self._omap

    def _cursor(self, start: int, end: int) -> QTextCursor:
        c = QTextCursor(self.document())
        qs, qe = self.pmap.range_to_qt(start, end)
        c.setPosition(qs)
        c.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
        return c

    def _selection_for(self, span: Span, kind: str, selected: bool) -> QTextEdit.ExtraSelection:
        start, end = self._span_range(span)
        key = (span.id, span.label, start, end, kind, selected)
        sel = self._cache.get(key)
        if sel is not None:
            return sel
        colour = self.ws.schema.label(span.label).colour
        fmt = QTextCharFormat()
        if kind == "mine":
            fmt.setBackground(_colour(colour, 200 if selected else ENTITY_ALPHA))
            if selected:
                fmt.setForeground(QColor("#ffffff"))
        else:
            fmt.setBackground(_colour(colour, 110 if selected else SUGGESTION_ALPHA))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(_colour(colour))
            dark = self.palette().base().color().lightness() < 128
            fmt.setForeground(QColor("#b8b8b8" if dark else "#555555"))
        fmt.setProperty(QTextFormat.Property.UserProperty, span.id)
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._cursor(start, end)
        sel.format = fmt
        self._cache[key] = sel
        return sel

    def _rebuild_flags(self) -> None:
        self._flag_cache = []
        doc = self.ws.doc
        if doc is None or self.raw_mode:
            return
        for flag in doc.flags:
            if flag.end <= flag.start or flag.status != "open":
                continue
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#d00000"))
            fmt.setBackground(QColor(255, 235, 120, 150))
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(flag.start, min(flag.end, self.pmap.length))
            sel.format = fmt
            self._flag_cache.append(sel)

    def schedule_refresh(self) -> None:
        """Refresh once when control returns to the event loop: a command announces several
        signals (change, selection), and they make one repaint."""
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self._refresh_if_pending)

    def _refresh_if_pending(self) -> None:
        # a direct refresh meanwhile (opening a document does one) did the work already
        if self._refresh_pending:
            self.refresh()

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_banner()
        self.schedule_refresh()

    def _visible_range(self) -> tuple[int, int]:
        """Code points shown in the viewport, widened by a screen above and below (kept while
        neither the scroll position, the size nor the text changes: a label key moves none)."""
        vp = self.viewport()
        key = (
            self.verticalScrollBar().value(),
            vp.width(),
            vp.height(),
            id(self.pmap),
            self.document().revision(),
        )
        if key != self._range_key:
            self._range = self._compute_visible_range()
            self._range_key = key
        return self._range

    def _compute_visible_range(self) -> tuple[int, int]:
        first, last = self._screen_blocks()
        self._screen = (self.pmap.from_qt(first), self.pmap.from_qt_end(last))
        # a screen's worth of characters above and below: hit-testing two screens away made Qt
        # lay out a screen of text nobody sees (3 ms of opening a long article)
        more = last - first
        return self.pmap.from_qt(max(0, first - more)), self.pmap.from_qt_end(
            min(last + more, self.pmap.qt_length)
        )

    def _screen_blocks(self) -> tuple[int, int]:
        """Qt positions of the first and past the last block on screen (the blocks the paint
        lays out anyway), walking the blocks down from the first visible one."""
        block = self.firstVisibleBlock()
        if not block.isValid():
            return 0, 0
        first = block.position()
        height = self.viewport().height()
        y = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        last = first
        while block.isValid() and (last == first or y < height):  # the first block at least
            last = block.position() + block.length()
            if block.isVisible():
                y += self.blockBoundingRect(block).height()
            block = block.next()
        return first, min(last, self.pmap.qt_length)

    def refresh(self) -> None:
        """Re-render spans from the workspace: only those near the viewport get a selection
        (cached per span), so the cost does not grow with the article's span count."""
        self._refresh_pending = False
        ws = self.ws
        if ws.doc is None:
            self._directives = []
            self.setExtraSelections([])
            return
        lo, hi = self._visible_range()
        selections = list(self._flag_cache)
        directives: list[tuple[Span, bool]] = []
        span_range, selected, is_directive = self._span_range, ws.selected, ws.is_directive
        for kind, spans in (("auto", ws.visible_suggestions()), ("mine", ws.spans.values())):
            for s in spans:
                a, b = span_range(s) if self.raw_mode else (s.start, s.end)
                if a < hi and b > lo:
                    if is_directive(s.label):
                        directives.append((s, kind == "auto"))
                    else:
                        selections.append(self._selection_for(s, kind, s.id == selected))
        # painted in this order: the annotator's bands first, then the suggested ones
        directives.sort(key=lambda d: d[1])
        self._directives = directives
        arcs_key = self._collect_arcs(lo, hi)
        if ws.search_hits and not self.raw_mode:
            selections += self._hit_selections(lo, hi)
        if len(self._cache) > 4 * len(selections) + 256:
            live = {id(x) for x in selections}
            self._cache = {k: v for k, v in self._cache.items() if id(v) in live}
        # Qt repaints only the extra selections that changed; what paintEvent draws itself
        # (directive bands, the outline of a selected directive, the link head) needs a full
        # repaint, but only when that changed
        sel_span = ws.span(selected)
        painted = (
            [(s.id, s.start, s.end, s.label, sugg) for s, sugg in directives],
            selected if sel_span is not None and is_directive(sel_span.label) else None,
            ws.link_head,
            self.raw_mode,
            arcs_key,
            ws.selected_relation,
        )
        self.setExtraSelections(selections)
        if painted != self._painted:
            self._painted = painted
            self.viewport().update()

    # ---- search hits --------------------------------------------------------------------------

    def _on_search(self) -> None:
        ws = self.ws
        if 0 <= ws.hit_index < len(ws.search_hits) and not self.raw_mode:
            start, end = ws.search_hits[ws.hit_index]
            self.setTextCursor(self._cursor(start, end))
            self.ensureCursorVisible()
        self.schedule_refresh()

    def _hit_selections(self, lo: int, hi: int) -> list[QTextEdit.ExtraSelection]:
        from bisect import bisect_left

        ws = self.ws
        hits = ws.search_hits
        out = []
        i = max(0, bisect_left(hits, (lo, 0)) - 1)
        while i < len(hits) and hits[i][0] < hi:
            start, end = hits[i]
            fmt = QTextCharFormat()
            current = i == ws.hit_index
            fmt.setBackground(QColor(255, 150, 0, 230) if current else QColor(255, 214, 0, 170))
            fmt.setForeground(QColor("#000000"))
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(start, end)
            sel.format = fmt
            out.append(sel)
            i += 1
        return out

    # ---- relation arcs ------------------------------------------------------------------------

    def set_arcs_visible(self, on: bool) -> None:
        if on == self.arcs_visible:
            return
        self.arcs_visible = on
        self.refresh()
        self.viewport().update()

    def _collect_arcs(self, lo: int, hi: int) -> tuple:
        """The arcs near the viewport; the levels of all of them when the relations changed.
        Returns what a repaint depends on."""
        ws = self.ws
        if not self.arcs_visible or self.raw_mode:
            self._arcs = []
            return ()
        spans = ws.spans
        every: list[tuple[int, Span, Span, str, bool]] = []
        for r in ws.relations.values():
            h, t = spans.get(r.head), spans.get(r.tail)
            if h is not None and t is not None:
                every.append((r.id, h, t, r.type, False))
        for r, h, t in ws.suggested_relations():
            every.append((-r.id, h, t, r.type, True))  # negative: not a row of mine
        key = tuple((a[0], a[1].start, a[1].end, a[2].start, a[2].end) for a in every)
        if key != self._arc_key:
            self._arc_key = key
            self._arc_levels = arc_levels(
                [ArcSpec(a[0], (a[1].start, a[1].end), (a[2].start, a[2].end)) for a in every]
            )
        self._arcs = [
            a for a in every if min(a[1].start, a[2].start) < hi and max(a[1].end, a[2].end) > lo
        ]
        return (key, tuple(a[0] for a in self._arcs))

    def _anchor(self, span: Span, offset: QPointF) -> tuple[float, float, float] | None:
        """The top middle of a span's first line piece, in viewport pixels (from the block's
        layout: a text cursor per end costs a layout walk each on a long article), and the top
        of the free band above that line (below the glyphs and the band of the line above)."""
        qs, qe = self.pmap.range_to_qt(span.start, span.end)
        block = self.document().findBlock(qs)
        if not block.isValid():
            return None
        layout = block.layout()
        bp = block.position()
        line = layout.lineForTextPosition(qs - bp)
        if not line.isValid():
            return None
        block_top = self.blockBoundingGeometry(block).translated(offset).top()
        top = block_top + line.y()
        x1 = line.cursorToX(qs - bp)[0]
        end_in_line = min(qe, bp + line.textStart() + line.textLength())
        x2 = line.cursorToX(end_in_line - bp)[0]
        glyphs = self.fontMetrics().height() + BAND  # the text and its directive band
        if line.lineNumber() > 0:
            above = layout.lineAt(line.lineNumber() - 1)
            band_top = block_top + above.y() + glyphs
        else:
            prev = block.previous()
            if prev.isValid() and prev.isVisible():
                pl = prev.layout()
                ptop = self.blockBoundingGeometry(prev).translated(offset).top()
                last = pl.lineAt(pl.lineCount() - 1) if pl.lineCount() else None
                band_top = ptop + (
                    last.y() + glyphs if last is not None and prev.length() > 1 else 0
                )
            else:
                band_top = top - self.document().documentMargin()
        return offset.x() + (x1 + x2) / 2, top, band_top

    def _paint_arcs(self, painter: QPainter, rect: QRectF | None = None) -> None:
        """Draws the arcs that cross `rect` (the part of the viewport being repainted; a label
        key repaints a span's line, not the screen) from a plan kept while neither the text's
        place nor the arcs change."""
        self.painted_arcs = []
        if not self._arcs:
            return
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.55, 7.0))
        plan = self._arc_plan(font)
        self.painted_arcs = [(rid, curve, box) for rid, curve, box, *_ in plan]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(font)
        base = self.palette().base().color()
        base.setAlpha(225)  # the name's background, over the arcs that pass behind it
        for _rid, curve, box, bounds, colour, pen, rtype in plan:
            if rect is not None and not rect.intersects(bounds):
                continue
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath(QPointF(*curve[0]))
            path.cubicTo(QPointF(*curve[1]), QPointF(*curve[2]), QPointF(*curve[3]))
            painter.drawPath(path)
            # the arrow head points down into the tail
            tx, ty = curve[3]
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon(
                QPolygonF([QPointF(tx, ty), QPointF(tx - 3.5, ty - 6), QPointF(tx + 3.5, ty - 6)])
            )
            if box[2] <= 0:
                continue  # no room for the name
            painter.setBrush(base)
            painter.setPen(QPen(colour, 1))
            painter.drawRoundedRect(QRectF(*box), 3, 3)
            painter.setPen(colour)
            painter.drawText(QRectF(*box), Qt.AlignmentFlag.AlignCenter, rtype)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _arc_plan(self, font: QFont) -> list[tuple]:
        """(relation id, curve, name box, bounds, colour, pen, type) of each arc on screen."""
        ws = self.ws
        height = self.viewport().height()
        # only arcs with an end on screen: an anchor lays out its block, and the blocks a
        # screen away are not laid out yet
        self._visible_range()
        vlo, vhi = self._screen
        # anchors stay where they are while nothing moves the text (a label key moves nothing)
        key = (
            self.verticalScrollBar().value(),
            self.viewport().width(),
            height,
            self.document().revision(),
            id(self.pmap),
            self.font().pointSizeF(),
        )
        if key != self._anchor_key:
            self._anchor_key = key
            self._anchor_cache = {}
        dark = self.palette().base().color().lightness() < 128
        plan_key = (key, self._arc_key, tuple(a[0] for a in self._arcs), ws.selected_relation, dark)
        if plan_key == self._plan_key:
            return self._plan
        cache = self._anchor_cache
        offset = self.contentOffset()
        metrics = QFontMetrics(font)
        colours = {
            "selected": QColor("#4f8fff"),
            "suggested": QColor("#8a8a8a"),
            "plain": QColor("#d0d0d0" if dark else "#404040"),
        }
        hgt = metrics.height()
        names: list[tuple[float, float, float, float]] = []  # name boxes placed so far
        plan: list[tuple] = []
        for rid, head, tail, rtype, suggested in self._arcs:
            if not (vlo <= head.start <= vhi or vlo <= tail.start <= vhi):
                continue
            hk, tk = (head.id, head.start, head.end), (tail.id, tail.start, tail.end)
            if hk not in cache:
                cache[hk] = self._anchor(head, offset)
            if tk not in cache:
                cache[tk] = self._anchor(tail, offset)
            h, t = cache[hk], cache[tk]
            if h is None or t is None:
                continue
            if (h[1] < 0 and t[1] < 0) or (h[1] > height and t[1] > height):
                continue  # both ends off screen: nothing of the arc shows
            curve = arc_curve(h[:2], t[:2], self._arc_levels.get(rid, 1), ceiling=2.0)
            selected = rid == ws.selected_relation
            colour = colours["selected" if selected else ("suggested" if suggested else "plain")]
            # a 1-pixel cosmetic pen takes the raster engine's fast path: 27 arcs stroked at
            # 1.3 px cost 7.6 ms, at 1 px cosmetic 0.5 ms (most of opening a long article)
            pen = QPen(colour, 2.2 if selected else 1.0)
            pen.setCosmetic(not selected)
            if suggested:
                pen.setStyle(Qt.PenStyle.DashLine)
            w = metrics.horizontalAdvance(rtype) + 6
            # the name sits in the free band above the higher end's line: over the middle of
            # an arc on one line, over the rise of the higher end when the ends are on two
            high, rise = (h, curve[1]) if h[1] <= t[1] else (t, curve[2])
            one_line = abs(h[1] - t[1]) < 1.0
            lx, ly = label_point(curve)
            x = lx if one_line else high[0]
            peak = ly if one_line else rise[1]
            placed = place_in_band(x, peak, float(w), float(hgt), (high[2], high[1]), names)
            if placed is None and selected:  # the selected relation always says its name
                placed = (lx - w / 2, ly - hgt / 2, float(w), float(hgt))
            xs = [p[0] for p in curve]
            ys = [p[1] for p in curve]
            bounds = QRectF(min(xs) - 4, min(ys) - 3, max(xs) - min(xs) + 8, max(ys) - min(ys) + 6)
            if placed is None:
                box = (lx, ly, 0.0, 0.0)  # no name drawn
            else:
                names.append(placed)
                box = placed
                bounds = bounds.united(QRectF(*placed).adjusted(-1, -1, 1, 1))
            plan.append((rid, curve, box, bounds, colour, pen, rtype))
        self._plan_key, self._plan = plan_key, plan
        return plan

    def arc_at(self, point: QPoint) -> int | None:
        """The relation whose arc (or name) is under a viewport point."""
        if not self.arcs_visible or self.raw_mode:
            return None
        return arc_hit(self.painted_arcs, (float(point.x()), float(point.y())))

    # ---- painting: directive bands, selection outline --------------------------------------

    def _fragments(self, start: int, end: int) -> list[QRectF]:
        """Rectangles of the visible line pieces holding [start, end) (code points)."""
        qs, qe = self.pmap.range_to_qt(start, end)
        out: list[QRectF] = []
        block = self.document().findBlock(qs)
        offset = self.contentOffset()
        height = self.viewport().height()
        while block.isValid() and block.position() < qe:
            geo = self.blockBoundingGeometry(block).translated(offset)
            if geo.top() > height:
                break
            if block.isVisible() and geo.bottom() >= 0:
                layout = block.layout()
                bp = block.position()
                for i in range(layout.lineCount()):
                    line = layout.lineAt(i)
                    ls = bp + line.textStart()
                    le = ls + line.textLength()
                    a, b = max(qs, ls), min(qe, le)
                    if a >= b:
                        continue
                    x1 = line.cursorToX(a - bp)[0]
                    x2 = line.cursorToX(b - bp)[0]
                    top = geo.top() + line.y()
                    out.append(QRectF(geo.left() + x1, top, x2 - x1, line.height()))
            block = block.next()
        return out

    def paintEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt)
        super().paintEvent(event)
        ws = self.ws
        if ws.doc is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for span, suggested in self._directives:
            colour = _colour(ws.schema.label(span.label).colour)
            start, end = self._span_range(span)
            for r in self._fragments(start, end):
                y = r.bottom() - BAND
                if suggested:
                    pen = QPen(colour, BAND, Qt.PenStyle.DashLine)
                    painter.setPen(pen)
                    painter.drawLine(int(r.left()), int(y + 1), int(r.right()), int(y + 1))
                else:
                    painter.fillRect(QRectF(r.left(), y, r.width(), BAND), colour)
                if span.id == ws.selected:
                    painter.fillRect(r.adjusted(0, 0, 0, -BAND), _colour(colour.name(), 45))
        for sid, colour in ((ws.selected, "#202020"), (ws.link_head, "#0060ff")):
            span = ws.span(sid)
            if span is None:
                continue
            start, end = self._span_range(span)
            pen = QPen(QColor(colour), 2 if sid == ws.link_head else 1)
            painter.setPen(pen)
            painter.setBrush(QBrush(Qt.BrushStyle.NoBrush))
            for r in self._fragments(start, end):
                painter.drawRect(r.adjusted(0, 0, -1, -1))
        self._paint_arcs(painter, QRectF(event.rect()))
        painter.end()

    # ---- positions ------------------------------------------------------------------------

    def selection_range(self) -> tuple[int, int] | None:
        """The text selection in code points, or None."""
        c = self.textCursor()
        if not c.hasSelection():
            return None
        return self.pmap.range_from_qt(c.selectionStart(), c.selectionEnd())

    def caret(self) -> int:
        return self.pmap.from_qt(self.textCursor().position())

    def select_range(self, start: int, end: int) -> None:
        self.setTextCursor(self._cursor(start, end))

    def pos_at(self, point: QPoint) -> int | None:
        """Code point under a viewport point, or None past the end of a line."""
        c = self.cursorForPosition(point)
        q = c.position()
        rect = self.cursorRect(c)
        # cursorForPosition gives the nearest gap; the character is left or right of it
        if point.x() < rect.x() and q > 0:
            q -= 1
        pos = self.pmap.from_qt(q)
        if pos >= self.pmap.length:
            return None
        return pos

    def _clean_pos(self, pos: int | None) -> int | None:
        if pos is None or not self.raw_mode:
            return pos
        for s in list(self.ws.spans.values()) + self.ws.visible_suggestions():
            a, b = self._span_range(s)
            if a <= pos < b:
                return s.start
        return None

    def scroll_to(self, span: Span) -> None:
        start, end = self._span_range(span)
        c = self._cursor(start, start)
        self.setTextCursor(c)
        self.ensureCursorVisible()

    # ---- mouse ----------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        if self.ws.link_head is None:
            rid = self.arc_at(event.position().toPoint())
            if rid is not None:
                self.ws.select_relation(rid)
                return
        pos = self._clean_pos(self.pos_at(event.position().toPoint()))
        hits = self.ws.spans_at(pos) if pos is not None else []
        if self.ws.link_head is not None:
            mine = [s for s in hits if s.id in self.ws.spans and s.id != self.ws.link_head]
            if mine:
                self.ws.select(mine[0].id)
            return
        if not hits:
            self.ws.select(None)
            return
        # clicking again on a selected span picks the next one under the mouse (nested spans)
        ids = [s.id for s in hits]
        if self.ws.selected in ids:
            nxt = ids[(ids.index(self.ws.selected) + 1) % len(ids)]
            self.ws.select(nxt)
        else:
            self.ws.select(ids[0])

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            pos = self.pos_at(event.pos())
            text = self.tooltip_at(pos) if pos is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, pos: int) -> str:
        ws = self.ws
        if self.raw_mode:
            hits = [
                s
                for s in list(ws.spans.values()) + ws.visible_suggestions()
                if self._span_range(s)[0] <= pos < self._span_range(s)[1]
            ]
        else:
            hits = ws.spans_at(pos)
        lines = []
        origins = {
            "manual": self.tr("manual"),
            "suggestion": self.tr("accepted suggestion"),
            "adjudicated": self.tr("adjudicated"),
        }
        for s in hits:
            suggested = ws.is_suggestion(s.id)
            # what made it (rule or model), kept when accepted; a suggestion's confidence (a
            # rule's prior) named there, beside the rule's measured precision when known
            why = explain_text(s.provenance, s.confidence if suggested else None)
            why = f"<br><small>{html.escape(why)}</small>" if why else ""
            if suggested:
                known = s.confidence is not None and not s.provenance
                conf = f" {s.confidence:.0%}" if known else ""
                lines.append(
                    self.tr("<b>{label}</b> suggestion{conf} — A accepts, R rejects").format(
                        label=esc(s.label), conf=conf
                    )
                    + why
                )
            else:
                lines.append(
                    self.tr("<b>{label}</b> · {origin} · by {author}").format(
                        label=esc(s.label),
                        origin=esc(origins.get(s.origin, s.origin)),
                        author=esc(s.author),
                    )
                    + why
                )
                for c in ws.comments_on(s.id):
                    lines.append(f"&nbsp;&nbsp;💬 {esc(c.author)}: {esc(c.text)}")
                for r in ws.relations_of(s.id):
                    other = ws.spans.get(r.tail if r.head == s.id else r.head)
                    if other is not None:
                        arrow = "→" if r.head == s.id else "←"
                        lines.append(f"&nbsp;&nbsp;{esc(r.type)} {arrow} {esc(other.text)}")
        if ws.doc is not None and not self.raw_mode:
            for flag in ws.doc.flags:
                if flag.start <= pos < flag.end:
                    lines.append(
                        self.tr("Quality flag: {message}").format(
                            message=esc(flag.message or flag.kind)
                        )
                    )
        return f"<p>{'<br>'.join(lines)}</p>" if lines else ""

    # ---- keys -----------------------------------------------------------------------------

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802
        self.composing = bool(event.preeditString())
        super().inputMethodEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Annotation keys; returns True when the key was one of them."""
        if not shortcuts_allowed(self):
            return False
        ws = self.ws
        if ws.doc is None:
            return False
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_Escape:
            ws.cancel_link()
            ws.select(None)
            return True
        if alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            if self.raw_mode:
                return self._raw_refusal()
            delta = -1 if key == Qt.Key.Key_Left else 1
            ws.resize_selected("start" if shift else "end", delta)
            return True
        if alt or (ctrl and shift):
            return False
        char = _key_char(key)
        if not char:
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not ctrl:
                if self.raw_mode:
                    return self._raw_refusal()
                ws.delete_selected()
                return True
            return False
        for lab in ws.schema.labels:
            if lab.shortcut and lab.shortcut.upper() == char:
                if self.raw_mode:
                    return self._raw_refusal()
                if shift and lab.kind == "directive" and not ctrl:
                    ws.tag_directive_around(self.caret())
                    return True
                if shift:
                    return False
                ws.apply_label(lab.name, self.selection_range(), words=ctrl)
                if ws.selected is not None:
                    self._clear_text_selection()
                return True
        if ctrl:
            return False
        if self.raw_mode and char in "ARLSCHI":
            return self._raw_refusal()
        for rel in ws.schema.relations:
            if rel.shortcut and rel.shortcut.upper() == char and not shift:
                ws.start_link(rel.name)
                return True
        if char == "A":
            if shift:
                ws.accept_all()
            else:
                ws.accept(caret=self.caret())
            return True
        if char == "R" and not shift:
            ws.reject(caret=self.caret())
            return True
        if char in "NP" and not shift:
            span = ws.step_suggestion(1 if char == "N" else -1, self.caret())
            if span is not None:
                self.scroll_to(span)
            return True
        if char == "L" and not shift:
            ws.start_link()
            return True
        if char in "SC" and not shift:
            found = ws.directive_range(self.caret(), clause=char == "C")
            if found:
                self.select_range(*found)
            return True
        return False

    def _raw_refusal(self) -> bool:
        self.ws.message.emit(
            self.tr("The raw text is read-only: switch back to the clean text to tag")
        )
        return True

    def _clear_text_selection(self) -> None:
        c = self.textCursor()
        if c.hasSelection():
            c.clearSelection()
            self.setTextCursor(c)

    def _on_link_mode(self) -> None:
        self.viewport().setCursor(
            Qt.CursorShape.CrossCursor
            if self.ws.link_head is not None
            else Qt.CursorShape.IBeamCursor
        )
        self.viewport().update()

    def contextMenuEvent(self, event) -> None:  # noqa: ANN001, N802
        menu = QMenu(self)
        pos = self.pos_at(event.pos())
        ws = self.ws
        if ws.doc is not None and pos is not None and not self.raw_mode:
            for index, flag in enumerate(ws.doc.flags):
                if flag.start <= pos < flag.end and flag.status == "open":
                    menu.addAction(
                        self.tr("Accept repair"), lambda i=index: ws.resolve_flag(i, "accept")
                    )
                    sub = menu.addMenu(self.tr("Choose another reading"))
                    sub.setEnabled(bool(flag.alternatives))
                    for alt in flag.alternatives:
                        sub.addAction(alt, lambda i=index, a=alt: ws.resolve_flag(i, "choose", a))
                    from civannot.ui.tagging_panel import type_reading

                    menu.addAction(
                        self.tr("Type the reading…"),
                        lambda i=index: type_reading(self, ws, i),
                    )
                    menu.addAction(
                        self.tr("Reject repair"), lambda i=index: ws.resolve_flag(i, "reject")
                    )
                    menu.addSeparator()
        menu.addAction(self.tr("Copy"), self.copy)
        menu.exec(event.globalPos())


def _key_char(key: int) -> str:
    """The letter or digit of a key, independent of Shift (Shift+1 gives Key_Exclam otherwise)."""
    k = int(key)
    if int(Qt.Key.Key_0) <= k <= int(Qt.Key.Key_9) or int(Qt.Key.Key_A) <= k <= int(Qt.Key.Key_Z):
        return chr(k)
    return ""
