"""Issue 14: the window on a team server when the connection breaks — it says so, reconnects
with backoff and runs again the label the break stopped; nothing committed is lost. Against
the real test server (CIVANNOT_TEST_PG, set by .ci/run; skipped without it)."""

from __future__ import annotations

import os
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from ui_support import use_temp_settings  # noqa: E402

from civannot.models.database import connect_postgres  # noqa: E402
from civannot.project import Project  # noqa: E402
from civannot.records import DocumentInput, LayerInput, Span  # noqa: E402
from civannot.session import Session  # noqa: E402

PG = os.environ.get("CIVANNOT_TEST_PG")
pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not PG, reason="CIVANNOT_TEST_PG not set (no test server)"),
]
TEXT = "市委书记王明远主持召开创建全国文明城市工作推进会。县长李华到社区检查。"


@pytest.fixture
def server(tmp_path):  # noqa: ANN001, ANN201
    """A server project with one document holding alice's committed PERSON, and an admin
    connection to the cluster (to end the window's backend, to refuse connections)."""
    use_temp_settings(tmp_path)
    assert PG is not None
    base = PG.split("?")[0].rsplit("/", 1)[0]
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = f"{base}/{name}"
    with Project.create(url) as p:
        p.import_batch([(DocumentInput("a", TEXT), [LayerInput("alice", [Span(4, 7, "PERSON")])])])
    admin = connect_postgres(PG)
    yield url, name, admin
    admin.execute_sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    admin.close()


def window_for(qtbot, url):  # noqa: ANN001, ANN201
    from civannot.ui.main_window import MainWindow

    project = Project.open(url)
    win = MainWindow(Session(project, "alice"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.ws.open_document(project.document_id("a"))
    qtbot.wait(300)  # the views' deferred refreshes have read what they show
    return win, project


def end_backend(admin, project) -> None:  # noqa: ANN001
    """What a dropped network or a restarted server does to the window's connection."""
    pid = project.db.connection().info.backend_pid
    assert admin.execute_sql("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0]


def stored(url: str) -> list[tuple[int, int, str]]:
    with Project.open(url) as p:
        return [(s.start, s.end, s.label) for s in p.spans(p.document_id("a"), "alice")]


def test_a_label_made_as_the_connection_drops_is_saved_after_reconnecting(qtbot, server):  # noqa: ANN001
    url, _name, admin = server
    win, project = window_for(qtbot, url)
    messages: list[str] = []
    win.ws.connection.message.connect(messages.append)
    try:
        end_backend(admin, project)
        assert win.ws.tag("PERSON", 27, 29) is None  # 李华: the break stops it...
        assert messages and "lost the connection" in messages[0].lower()
        assert "reconnecting" in messages[0] and "Traceback" not in messages[0]
        assert win.statusBar().currentMessage() == messages[0]  # said where the annotator looks
        assert win.connection_label.isVisibleTo(win)
        assert "1 change" in win.connection_label.text()
        # ...and it is run again once the window has reconnected (backoff: first try at 0.2 s)
        qtbot.waitUntil(lambda: not win.ws.connection.reconnecting, timeout=10_000)
        assert any(s.label == "PERSON" and s.text == "李华" for s in win.ws.spans.values())
        assert stored(url) == [(4, 7, "PERSON"), (27, 29, "PERSON")]  # nothing lost
        assert "Reconnected" in messages[-1] and "李华" in messages[-1]
        assert not win.connection_label.isVisibleTo(win)
        assert win.session.undo_text.startswith("Add PERSON")  # one undo step, not two
        win.ws.undo()
        assert stored(url) == [(4, 7, "PERSON")]
    finally:
        win.close()
        project.close()


def test_the_window_keeps_trying_while_the_server_refuses_then_saves(qtbot, server):  # noqa: ANN001
    url, name, admin = server
    win, project = window_for(qtbot, url)
    try:
        # the server is down: connections are refused until it comes back
        admin.execute_sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        end_backend(admin, project)
        win.ws.tag("TITLE", 0, 4)  # 市委书记
        watch = win.ws.connection
        qtbot.waitUntil(lambda: watch.attempt >= 2, timeout=10_000)  # backoff: 0.2 s, 0.5 s…
        assert watch.reconnecting and "retrying" in win.connection_label.text()
        assert win.saved_label.text() == "Not saved yet"
        assert [s.label for s in win.ws.spans.values()] == ["PERSON"]  # not shown as saved
        # a second label made while disconnected waits too, in order
        win.ws.tag("GPE", 13, 15)  # 全国 is not a place, but the schema lets it be tagged
        assert len(watch.waiting) == 2 and "2 change" in win.connection_label.text()
        admin.execute_sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        qtbot.waitUntil(lambda: not watch.reconnecting, timeout=20_000)
        assert stored(url) == [(0, 4, "TITLE"), (4, 7, "PERSON"), (13, 15, "GPE")]
        assert "Saved" in win.saved_label.text()
    finally:
        win.close()
        project.close()


def test_a_drop_while_reading_is_noticed_and_repaired(qtbot, server):  # noqa: ANN001
    url, _name, admin = server
    win, project = window_for(qtbot, url)
    messages: list[str] = []
    win.ws.connection.message.connect(messages.append)
    try:
        end_backend(admin, project)
        win._poll_external()  # the 2-second poll
        qtbot.waitUntil(lambda: any("Reconnected" in m for m in messages), timeout=10_000)
        assert "lost the connection" in messages[0].lower()
        # the window works on: another client's label arrives through the new connection
        with Project.open(url) as other:
            Session(other, "alice").add_span(other.document_id("a"), 0, 4, "TITLE")
        qtbot.waitUntil(lambda: len(win.ws.spans) == 2, timeout=10_000)
    finally:
        win.close()
        project.close()


def test_the_leads_screens_work_on_a_server_project(qtbot, server, tmp_path):  # noqa: ANN001
    """The review window, the rules report and an export run on worker threads with their
    own connection: on a server project that connection is to the same URL (the password
    given to the window is reused in memory), not a file named like the URL."""
    from civannot.ui.export_dialog import ExportDialog, run_export
    from civannot.ui.lead import LeadScreens
    from civannot.ui.learning import rules_work
    from civannot.ui.main_window import MainWindow

    url, _name, _admin = server
    with Project.open(url) as p:
        doc = p.document_id("a")
        bob = Session(p, "bob")
        bob.add_span(doc, 4, 7, "PERSON")
        bob.set_status(doc, "done")
        Session(p, "alice").set_status(doc, "done")
    project = Project.open(url)
    win = MainWindow(Session(project, "lead"))
    qtbot.addWidget(win)
    try:
        assert project.target == url
        review = LeadScreens(win).open_review()
        qtbot.addWidget(review)
        qtbot.waitUntil(lambda: review.data is not None or review.error is not None, timeout=30_000)
        assert review.error is None, review.error
        assert set(review.data.annotators) == {"alice", "bob"}
        report = rules_work(project.target, ["bob"], progress=lambda *a: None, cancel=lambda: False)
        assert isinstance(report, dict)
        dialog = ExportDialog(project, win)
        qtbot.addWidget(dialog)
        assert not dialog.out.text().startswith("postgres")
        out = tmp_path / "out"
        done = run_export(
            project.target,
            "jsonl",
            str(out),
            "bob",
            None,
            None,
            1,
            False,
            False,
            progress=lambda *a: None,
            cancel=lambda: False,
        )
        assert done is not None and any(out.iterdir())
    finally:
        win.close()
        project.close()
