"""Adjudication as the lead uses it (issue 18 fix 5): whole readings, a label asked for when
adding the selection, undo returning to the region just decided."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from test_ui_adjudication import build, gold_keys  # noqa: E402

from civannot.project import Project  # noqa: E402
from civannot.review import region_signature  # noqa: E402
from civannot.session import Session  # noqa: E402

pytestmark = pytest.mark.gui


def test_readings_whole_label_asked_and_undo_returns(qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from civannot.ui import adjudication
    from civannot.ui.adjudication import AdjudicationView

    path = build(tmp_path)
    project = Project.open(path)
    session = Session(project, "lead")
    try:
        view = AdjudicationView(session)
        qtbot.addWidget(view)
        doc_a = project.document_id("docA")
        view.open_document(doc_a)
        # the TITLE region: 市委书记 against 云川市委书记, both readings whole
        while view.region is not None and "TITLE" not in repr(view.region.versions[0].key):
            assert view.next_disagreement()
        texts = [view.readings.item(r, 2).text() for r in range(view.readings.rowCount())]
        assert any("“市委书记” 9–13" in t for t in texts), texts
        assert any("“云川市委书记” 7–13" in t for t in texts), texts
        assert not any("…" in t for t in texts)
        # decide it, the view moves on; undo comes back to it
        decided = region_signature(view.region)
        at = view.current
        assert view.accept_reading(1)
        assert view.current != at or view.region is None or region_signature(view.region) != decided
        view.undo()
        assert view.region is not None and region_signature(view.region) == decided
        view.redo()
        assert gold_keys(project, doc_a)
        view.undo()
        assert region_signature(view.region) == decided
        # add the selection: no silent PERSON, the label is asked for
        assert view.label_box.currentData() == ""
        cur = view.merged.textCursor()
        cur.setPosition(7)
        cur.setPosition(9, cur.MoveMode.KeepAnchor)
        view.merged.setTextCursor(cur)
        monkeypatch.setattr(adjudication, "choose_label", lambda *_a: None)
        assert not view.add_selection()
        assert gold_keys(project, doc_a) == []
        monkeypatch.setattr(adjudication, "choose_label", lambda *_a: "GPE")
        assert view.add_selection()
        assert gold_keys(project, doc_a) == [(7, 9, "GPE")]
        view.close()
    finally:
        session.close()
