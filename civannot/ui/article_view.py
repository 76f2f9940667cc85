"""The article: clean text with its spans, suggestions and quality flags drawn in place.

Entities are coloured backgrounds (ExtraSelections, cached per span so a change rebuilds only
what changed); DIRECTIVE is a band under the lines, painted here, so that the entities inside it
keep their colours; suggestions are faded with a dashed underline. The raw-text toggle shows the
raw article with the same spans mapped back through the offset map (read-only).
All offsets cross into Qt through civannot.ui.offsets.PositionMap.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QWidget,
)

from civannot.learn.explain import explain
from civannot.records import Span
from civannot.ui.offsets import PositionMap
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
        self._directives: list[tuple[Span, bool]] = []  # near the viewport, for paintEvent
        self._painted: tuple = ()  # what paintEvent drew last time the view refreshed
        ws = workspace
        ws.documentOpened.connect(self._on_document)
        self._refresh_pending = False
        ws.annotationsChanged.connect(self._on_change)
        ws.selectionChanged.connect(self.schedule_refresh)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.schedule_refresh())
        ws.linkModeChanged.connect(self._on_link_mode)
        ws.flagsChanged.connect(lambda _d: self._rebuild_flags())

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
            fmt.setForeground(QColor("#555555"))
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
            QTimer.singleShot(0, self.refresh)

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
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
        block = self.firstVisibleBlock()
        first = block.position() if block.isValid() else 0
        h = self.viewport().height()
        last_cursor = self.cursorForPosition(QPoint(self.viewport().width(), 2 * h))
        last = last_cursor.block().position() + last_cursor.block().length()
        top = self.cursorForPosition(QPoint(0, -h)).position()
        return self.pmap.from_qt(min(first, top)), self.pmap.from_qt_end(
            min(last, self.pmap.qt_length)
        )

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
        )
        self.setExtraSelections(selections)
        if painted != self._painted:
            self._painted = painted
            self.viewport().update()

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
            why = explain(s.provenance)  # what made it (rule or model), kept when accepted
            why = f"<br><small>{html.escape(why)}</small>" if why else ""
            if ws.is_suggestion(s.id):
                conf = f" {s.confidence:.0%}" if s.confidence is not None else ""
                lines.append(
                    self.tr("<b>{label}</b> suggestion{conf} — A accepts, R rejects").format(
                        label=s.label, conf=conf
                    )
                    + why
                )
            else:
                lines.append(
                    self.tr("<b>{label}</b> · {origin} · by {author}").format(
                        label=s.label, origin=origins.get(s.origin, s.origin), author=s.author
                    )
                    + why
                )
                for r in ws.relations_of(s.id):
                    other = ws.spans.get(r.tail if r.head == s.id else r.head)
                    if other is not None:
                        arrow = "→" if r.head == s.id else "←"
                        lines.append(f"&nbsp;&nbsp;{r.type} {arrow} {other.text}")
        if ws.doc is not None and not self.raw_mode:
            for flag in ws.doc.flags:
                if flag.start <= pos < flag.end:
                    lines.append(
                        self.tr("Quality flag: {message}").format(message=flag.message or flag.kind)
                    )
        return "<br>".join(lines)

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
