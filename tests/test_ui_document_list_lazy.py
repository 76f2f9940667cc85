"""Issue 21: the document list reads ids at start and the rest a page at a time."""

from __future__ import annotations

import pytest

from civannot.project import Project
from civannot.session import Session
from tests.ui_support import make_project, use_temp_settings

N = 23


@pytest.fixture
def many(tmp_path):  # noqa: ANN001, ANN201
    use_temp_settings(tmp_path)
    texts = [f"（第{i}号）岚溪县委书记谢若溪检查创建工作。" for i in range(N)]
    path = make_project(tmp_path / "p.civ", texts)
    with Project.open(path) as p:
        s = Session(p, "alice")
        ids = [info.id for info in p.document_infos()]
        for d in ids[:7]:
            s.set_status(d, "done")
        s.add_span(ids[12], 6, 10, "ORG")
        s.add_span(ids[12], 12, 15, "PERSON")
    return path


def test_rows_come_a_page_at_a_time(qtbot, many, monkeypatch) -> None:  # noqa: ANN001
    from civannot.ui import document_list
    from civannot.ui.app import start

    monkeypatch.setattr(document_list, "PAGE", 5)
    controller = start(str(many), "alice")
    assert controller is not None
    w = controller.window
    try:
        model = w.documents.model
        model.load()
        model.set_filter()
        assert model.rowCount() == 5 and len(model.rows) == N
        assert len(model.cache) <= 10  # only what was shown (and the open document's page)
        from PySide6.QtCore import QModelIndex

        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        assert model.rowCount() == N
        assert [model.info_at(r).external_id for r in range(N)] == [
            f"doc-{i:03d}" for i in range(N)
        ]
        ids = model.shown_ids()
        assert model.counts[ids[12]] == 2 and model.statuses[ids[0]] == "done"
        assert model.progress() == (7, N)
        # a row beyond the fetched ones is fetched when the view is asked to show it
        model.set_filter()
        assert model.rowCount() == 5
        assert model.row_for(ids[17]) == 17 and model.rowCount() == 20
        # filters come from the database
        model.set_filter(status="done")
        assert len(model.rows) == 7
        model.set_filter(status="in_progress")
        assert model.shown_ids() == []  # opening a document is not annotating it
        model.set_filter(status="todo")
        assert len(model.rows) == N - 7
        assert model.next_after(None) == ids[7]
        assert model.next_after(ids[7]) == ids[8]
        model.set_filter(status="", search_ids={ids[3], ids[20]})
        assert model.shown_ids() == [ids[3], ids[20]]
        model.set_filter(search_ids=None)
        assert model.next_after(ids[N - 1]) == ids[7]  # wraps round past the done ones
        # a search with more hits than a page shows the first page, the rest as it scrolls
        monkeypatch.setattr(document_list, "SEARCH_PAGE", 4)
        model.search("号）")
        assert model.shown_ids() == ids[:4] and model.canFetchMore(QModelIndex())
        model.set_filter(status="todo")
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        assert model.shown_ids() == ids[7:]  # to do: the one opened too (not annotated)
        model.set_filter(status="")
        model.search("第1")
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        assert model.shown_ids() == [ids[1]] + ids[10:20]
        model.search(None)
        assert model.rowCount() == 5 and not model.search_more
        assert model.next_after(ids[7]) == ids[8]
    finally:
        w.close()
        controller.close()
