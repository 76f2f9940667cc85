"""Issue 20, "Harm": imported data is shown as text, never rendered as markup. Titles,
document ids, annotator names and span texts carry <img>, <a href> and Markdown links."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import Qt as GuiQt  # noqa: E402  (mightBeRichText lives there)
from PySide6.QtWidgets import QLabel, QWidget  # noqa: E402
from ui_support import use_temp_settings  # noqa: E402

pytestmark = pytest.mark.gui

IMG = '<img src="https://evil.example/x.png">'
LINK = '<a href="https://evil.example">点此</a>'
MD = "[点此](https://evil.example)"
TEXT = f"市长{IMG}在会上讲话，{LINK}要求落实{MD}责任。"
PAYLOADS = ("<img", "<a href", "](https://")


def build(path):  # noqa: ANN001, ANN201
    from helpers import layer_input

    from civannot.project import Project
    from civannot.records import DocumentInput

    p = Project.create(path)
    try:
        img = TEXT.index(IMG)
        link = TEXT.index(LINK)
        md = TEXT.index(MD)
        spans_a = [(img, img + len(IMG), "PERSON"), (link, link + len(LINK), "ORG")]
        spans_b = [(img, img + len(IMG), "TITLE"), (md, md + len(MD), "DOC")]
        p.import_batch(
            [
                (
                    DocumentInput(f"id{IMG}", TEXT, title=f"标题{LINK}{MD}"),
                    [layer_input(MD, TEXT, spans_a), layer_input(IMG, TEXT, spans_b)],
                )
            ]
        )
    finally:
        p.close()
    return path


def rendered_markup(widget: QWidget) -> list[str]:
    """Texts of the widget and its children that Qt would render with the payload as markup."""
    bad = []
    widgets = [widget, *widget.findChildren(QWidget)]
    for w in widgets:
        if isinstance(w, QLabel) and w.text():
            text = w.text()
            rich = w.textFormat() == Qt.TextFormat.RichText or (
                w.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
            )
            if rich and any(p in text for p in PAYLOADS[:2]):
                bad.append(f"label {w.objectName()}: {text}")
            if w.textFormat() == Qt.TextFormat.MarkdownText and MD in text:
                bad.append(f"markdown label {w.objectName()}")
            if w.openExternalLinks() and "href" in text:
                bad.append(f"link in {w.objectName()}")
        t = w.toolTip()
        if t and GuiQt.mightBeRichText(t) and any(p in t for p in PAYLOADS[:2]):
            bad.append(f"tooltip of {type(w).__name__}: {t}")
    return bad


def test_main_window_shows_markup_as_text(qtbot, tmp_path) -> None:  # noqa: ANN001
    from civannot.session import Session
    from civannot.ui.main_window import MainWindow

    use_temp_settings(tmp_path)
    path = build(tmp_path / "p.civ")
    session = Session.open(str(path), MD)
    try:
        w = MainWindow(session)
        qtbot.addWidget(w)
        w.show()
        w.open_initial_document()
        ws = w.ws
        span = next(s for s in ws.spans.values() if s.label == "PERSON")
        ws.select(span.id)
        qtbot.wait(10)
        panel = w.tagging.selected_label
        # the span text and the author appear, escaped, as text
        assert IMG in _shown(panel) and MD in _shown(panel)
        assert not rendered_markup(w), rendered_markup(w)
        tooltip = w.article.tooltip_at(span.start)
        assert MD in tooltip and IMG not in tooltip
        model = w.documents.model
        tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
        assert IMG not in tip and "&lt;img" in tip
        w.close()
    finally:
        session.close()


def _shown(label: QLabel) -> str:
    """The text a label displays (rich text as its plain rendering)."""
    from PySide6.QtGui import QTextDocument

    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def test_adjudication_and_review_show_markup_as_text(qtbot, tmp_path) -> None:  # noqa: ANN001
    from civannot.session import Session
    from civannot.ui.adjudication import AdjudicationView
    from civannot.ui.review import ReviewWindow

    use_temp_settings(tmp_path)
    path = build(tmp_path / "p.civ")
    session = Session.open(str(path), "lead")
    try:
        view = AdjudicationView(session)
        qtbot.addWidget(view)
        view.show()
        doc_id = session.project.document_infos()[0].id
        view.open_document(doc_id)
        header = _shown(view.header)
        assert f"id{IMG}" in header and MD in header
        assert not rendered_markup(view), rendered_markup(view)
        view.close()
        review = ReviewWindow(session.project.path)
        qtbot.addWidget(review)
        qtbot.waitSignal(review.computed, timeout=10000).wait()
        assert not rendered_markup(review), rendered_markup(review)
        review.close()
    finally:
        session.close()


def test_dataset_card_has_no_links(qtbot, tmp_path) -> None:  # noqa: ANN001
    from civannot.project import Project
    from civannot.ui.export_dialog import ExportDialog

    use_temp_settings(tmp_path)
    path = build(tmp_path / "p.civ")
    p = Project.open(path)
    try:
        dlg = ExportDialog(p, out_dir=str(tmp_path / "out"))
        qtbot.addWidget(dlg)
        dlg.layer.setCurrentText(MD)
        with qtbot.waitSignal(dlg.finished_export, timeout=20000):
            dlg.start()
        assert dlg.error is None, dlg.error
        card = dlg.card
        assert not card.openExternalLinks() and not card.openLinks()
        assert MD in card.toPlainText()  # the name as it is written
        assert not card.document().toHtml().count("<a href")
        assert not card.document().toHtml().count("<img")
        assert not rendered_markup(dlg), rendered_markup(dlg)
    finally:
        p.close()
