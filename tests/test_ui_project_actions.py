"""The lead's project actions on a real main window (offscreen): import articles through the
dialog (refusals shown with their line, nothing of a refused file written, cancel, the list
updated), pre-annotate into the auto layer with the article showing the suggestions, create
and open a new project; all disabled in a bundle."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402
from ui_support import TEXTS, make_project, use_temp_settings  # noqa: E402

from civannot.project import Project  # noqa: E402
from civannot.session import Session  # noqa: E402

pytestmark = pytest.mark.gui

# Fictional articles, not in ui_support.TEXTS.
NEW_TEXTS = {
    "alpha.txt": "9月3日，市委副书记林远山到云川区调研创文工作，要求各街道落实“门前四包”。",
    "beta.txt": "县长周明德在推进会上强调，各部门要对照测评体系，逐项整改到位。",
    "sub/gamma.txt": "云川区文明办召开志愿服务工作会议，部署背街小巷整治行动。",
}


def window_for(qtbot, path: Path, annotator: str = "lead"):  # noqa: ANN201
    from civannot.ui import project_actions
    from civannot.ui.main_window import MainWindow

    session = Session(Project.open(path), annotator)
    win = MainWindow(session)
    qtbot.addWidget(win)
    acts = project_actions.install(win)
    win.open_initial_document()
    return win, acts, session


def article_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    for name, text in NEW_TEXTS.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text + "\n", encoding="utf-8")
    # already in the project: skipped as a duplicate
    (folder / "again.txt").write_text(TEXTS[2], encoding="utf-8")
    return folder


def bad_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "feed-1", "text": "云川区召开会议。"}, ensure_ascii=False)
    path.write_text(good + '\n{"id": "feed-2", "text": \n', encoding="utf-8")
    return path


def run_import(qtbot, dlg):  # noqa: ANN001, ANN201
    with qtbot.waitSignal(dlg.imported, timeout=20000) as sig:
        qtbot.mouseClick(dlg.run_button, Qt.MouseButton.LeftButton)
    return sig.args[0]


def report_lines(dlg) -> list[str]:  # noqa: ANN001
    out = []
    for i in range(dlg.report.topLevelItemCount()):
        top = dlg.report.topLevelItem(i)
        out.append(top.text(0))
        out += [top.child(j).text(0) for j in range(top.childCount())]
    return out


def test_menus_in_place(qtbot, tmp_path) -> None:  # noqa: ANN001
    use_temp_settings(tmp_path)
    win, acts, session = window_for(qtbot, make_project(tmp_path / "p.civ"))
    try:
        file_actions = [a for a in win.menu("File").actions() if not a.isSeparator()]
        opened = next(
            i
            for i, a in enumerate(file_actions)
            if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
        )
        assert file_actions[opened - 1] is acts.actions["new"]
        assert file_actions[opened + 1] is acts.actions["import"]
        assert win.menu("Tools").actions()[0] is acts.actions["preannotate"]
        assert all(a.isEnabled() for a in acts.actions.values())
    finally:
        win.close()
        session.close()


def test_import_folder_and_malformed_jsonl(qtbot, tmp_path) -> None:  # noqa: ANN001
    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ")
    win, acts, session = window_for(qtbot, path)
    try:
        assert win.documents.model.rowCount() == len(TEXTS)
        dlg = acts.import_articles()
        qtbot.waitExposed(dlg)
        assert not dlg.layer.isEnabled() and dlg.text_column.isEnabled()
        assert not dlg.start() and "Add the files" in dlg.status.text()
        feed = bad_jsonl(tmp_path)
        dlg.add_path(str(article_folder(tmp_path)))
        dlg.add_path(str(feed))
        outcome = run_import(qtbot, dlg)

        assert sorted(outcome.imported) == ["alpha", "beta", "sub/gamma"]
        assert len(outcome.duplicates) == 1 and not outcome.stopped
        assert outcome.refused == [f"{feed}:2: not JSON (Expecting value at column 26)"]
        lines = report_lines(dlg)
        refused_head = next(t for t in lines if t.startswith("Refused"))
        assert refused_head.endswith("— 1")
        assert f"{feed}:2: not JSON (Expecting value at column 26)" in lines
        summary = dlg.summary.text()
        assert "3 document(s) imported" in summary and "1 refused" in summary
        assert "1 duplicate(s) skipped" in summary
        assert "alpha" in dlg.report_text()

        # nothing of the refused file: not even its good first line
        project = session.project
        assert project.document_id("feed-1") is None
        assert project.document_count() == len(TEXTS) + 3
        # the list shows the new documents, through the window's own connection
        model = win.documents.model
        assert model.rowCount() == len(TEXTS) + 3
        titles = {model.info_at(r).title for r in range(model.rowCount())}
        assert NEW_TEXTS["beta.txt"][:20] in {t[:20] for t in titles}
        assert win.documents.count_label.text().startswith(str(len(TEXTS) + 3))
        assert win.progress_label.text().endswith(str(len(TEXTS) + 3))
        # and the window keeps working on its connection: open a new one, annotate it
        new_id = project.document_id("beta")
        win.ws.open_document(new_id)
        win.ws.tag("PERSON", 2, 5)
        assert [s.text for s in project.spans(new_id, "lead")] == ["周明德"]
        dlg.close()
    finally:
        win.close()
        session.close()


def test_csv_column_and_doccano_layer(qtbot, tmp_path) -> None:  # noqa: ANN001
    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ", texts=[])
    win, acts, session = window_for(qtbot, path)
    try:
        assert win.ws.doc is None
        table = tmp_path / "news.csv"
        table.write_text("id,headline,body\nn1,会议,云川区召开创文推进会。\n", encoding="utf-8")
        dlg = acts.import_articles([str(table)])
        dlg.text_column.setText("headline_missing")
        outcome = run_import(qtbot, dlg)
        assert outcome.imported == [] and "no column 'headline_missing'" in outcome.refused[0]
        dlg.text_column.setText("body")
        outcome = run_import(qtbot, dlg)
        assert outcome.imported == ["news#n1"]
        assert win.ws.doc is not None  # the empty window opened the first document

        text = "县长周明德在会上强调。"
        doccano = tmp_path / "exp.jsonl"
        doccano.write_text(
            json.dumps({"id": 7, "text": text, "label": [[2, 5, "PERSON"]]}, ensure_ascii=False)
            + "\n",
            encoding="utf-8",
        )
        dlg.files.clear()
        dlg.add_path(str(doccano))
        dlg.set_format("doccano")
        assert dlg.layer.isEnabled() and not dlg.text_column.isEnabled()
        dlg.layer.setText("bob")
        outcome = run_import(qtbot, dlg)
        assert outcome.layers_added == 1 and not outcome.refused
        doc_id = session.project.document_id(outcome.imported[0])
        assert [s.text for s in session.project.spans(doc_id, "bob")] == ["周明德"]
        assert "1 layer(s) added" in dlg.summary.text()
        assert win.documents.model.rowCount() == 2
        dlg.close()
    finally:
        win.close()
        session.close()


def test_cancel_import_writes_nothing_and_close_waits(qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import civannot.importer as importer

    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ")
    win, acts, session = window_for(qtbot, path)
    gate = threading.Event()
    reading = threading.Event()
    real_decode = importer.decode

    def held_decode(data: bytes):  # noqa: ANN202
        reading.set()
        gate.wait(10)  # the worker stays on its first file until the test lets it go
        return real_decode(data)

    monkeypatch.setattr(importer, "decode", held_decode)
    try:
        dlg = acts.import_articles([str(article_folder(tmp_path))])
        assert dlg.start()
        assert reading.wait(10)
        assert dlg.tasks.running and not dlg.run_button.isEnabled()
        assert dlg.tasks.isVisible() and dlg.tasks.cancel_button.isVisible()
        # Close while it runs: cancels, and the dialog stays until the worker has stopped
        dlg.reject()
        assert dlg.isVisible() and "Cancelling" in dlg.status.text()
        with qtbot.waitSignal(dlg.imported, timeout=10000) as sig:
            gate.set()
        outcome = sig.args[0]
        assert outcome.stopped and outcome.imported == []
        assert any(t.startswith("Cancelled") for t in report_lines(dlg))
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=3000)
        assert session.project.document_count() == len(TEXTS)
        assert win.documents.model.rowCount() == len(TEXTS)
    finally:
        gate.set()
        win.close()
        session.close()


def test_cancel_button_then_import_again(qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import civannot.importer as importer

    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ")
    win, acts, session = window_for(qtbot, path)
    gate = threading.Event()
    real_decode = importer.decode
    monkeypatch.setattr(importer, "decode", lambda data: (gate.wait(10), real_decode(data))[1])
    try:
        dlg = acts.import_articles([str(article_folder(tmp_path))])
        dlg.start()
        qtbot.mouseClick(dlg.tasks.cancel_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(dlg.imported, timeout=10000) as sig:
            gate.set()
        assert sig.args[0].stopped and session.project.document_count() == len(TEXTS)
        assert dlg.status.text().startswith("Cancelled") and dlg.isVisible()
        assert dlg.run_button.isEnabled()
        outcome = run_import(qtbot, dlg)  # the same dialog, run again to the end
        assert len(outcome.imported) == 3 and not outcome.stopped
        assert win.documents.model.rowCount() == len(TEXTS) + 3
        dlg.close()
    finally:
        gate.set()
        win.close()
        session.close()


def test_preannotate_fills_auto_layer_and_article(qtbot, tmp_path) -> None:  # noqa: ANN001
    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ")
    win, acts, session = window_for(qtbot, path)
    try:
        ws = win.ws
        first = session.project.document_infos()[0].id
        ws.open_document(first)
        ws.tag("DATE", 0, 6)  # an edit of the annotator's before pre-annotation
        assert ws.suggestions == {}
        undo_before = (session.can_undo, session.undo_text)

        dlg = acts.preannotate()
        qtbot.waitExposed(dlg)
        note = dlg.findChild(type(dlg.status), "preannotateNote").text()
        assert "“auto”" in note and "undo" in note
        assert dlg.open_only.isEnabled() and "测试文章 1" in dlg.open_only.text()
        dlg.open_only.setChecked(True)
        with qtbot.waitSignal(dlg.done, timeout=30000) as sig:
            qtbot.mouseClick(dlg.run_button, Qt.MouseButton.LeftButton)
        summary = sig.args[0]
        assert summary["documents"] == 1 and summary["spans"] > 0
        auto = session.project.layer_data("auto")
        assert set(auto) == {first}

        with qtbot.waitSignal(dlg.done, timeout=30000) as sig:
            dlg.all_docs.setChecked(True)
            qtbot.mouseClick(dlg.run_button, Qt.MouseButton.LeftButton)
        summary = sig.args[0]
        assert summary["documents"] == len(TEXTS) and not summary["cancelled"]
        auto = session.project.layer_data("auto")
        assert len(auto) == len(TEXTS) and all(spans for spans, _ in auto.values())
        assert f"{summary['spans']} suggestion(s) written in {len(TEXTS)}" in (
            dlg.result_label.text()
        )
        assert "Pre-annotation finished" in dlg.status.text()

        # the open article shows them: the workspace re-read them and the view draws them
        labels = {s.label for s in ws.visible_suggestions()}
        assert {"PERSON", "TITLE"} <= labels
        assert ws.doc.id == first and ws.suggestions
        win.article.refresh()
        assert len(win.article.extraSelections()) > 1
        # the undo history is as it was: Undo takes back the DATE, not the suggestions
        assert (session.can_undo, session.undo_text) == undo_before
        ws.undo()
        assert session.project.spans(first, "lead") == []
        assert len(session.project.layer_data("auto")) == len(TEXTS)
        dlg.close()
    finally:
        win.close()
        session.close()


def test_preannotate_cancel_writes_nothing(qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import civannot.preannotate.runner as runner

    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ")
    win, acts, session = window_for(qtbot, path)
    gate = threading.Event()
    real_learn = runner.learn_lexicon
    monkeypatch.setattr(
        runner, "learn_lexicon", lambda p, **kw: (gate.wait(10), real_learn(p, **kw))[1]
    )
    try:
        dlg = acts.preannotate()
        dlg.tasks.cancel()  # nothing runs yet: a no-op
        assert dlg.start()
        qtbot.mouseClick(dlg.tasks.cancel_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(dlg.tasks.ended, timeout=30000):
            gate.set()
        assert "no suggestion was written" in dlg.status.text()
        assert session.project.layer_data("auto") == {}
        dlg.close()
    finally:
        gate.set()
        win.close()
        session.close()


def test_new_project_creates_and_opens(qtbot, tmp_path) -> None:  # noqa: ANN001
    from civannot.ui import project_actions
    from civannot.ui.app import start

    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ")
    controller = start(str(path), "alice")
    old = controller.window  # the controller deletes it on opening the new project
    try:
        acts = project_actions.install(old)
        dlg = acts.new_project()
        # an existing file is refused, and stays as it was
        dlg.path.setText(str(path))
        assert dlg.create() is None and "already exists" in dlg.error.text()
        # a schema file that is not one: refused, nothing created
        bad = tmp_path / "bad-schema.json"
        bad.write_text("{not json", encoding="utf-8")
        dlg.path.setText("second")  # relative: in the current project's folder, .civ added
        dlg.custom_schema.setChecked(True)
        dlg.schema_path.setText(str(bad))
        dlg._check_schema()
        assert "bad-schema.json" in dlg.schema_info.text()
        assert dlg.create() is None and not (tmp_path / "second.civ").exists()
        dlg.default_schema.setChecked(True)
        assert dlg.schema_info.text().startswith("9 label(s): PERSON")
        dlg.name.setText("云川创文 2024")
        qtbot.mouseClick(dlg.create_button, Qt.MouseButton.LeftButton)
        target = tmp_path / "second.civ"
        assert target.exists() and not dlg.isVisible()
        qtbot.waitUntil(lambda: controller.window is not old, timeout=5000)
        assert Path(controller.project.path) == target
        assert controller.window.windowTitle() == "云川创文 2024"
        assert controller.project.document_count() == 0
        assert controller.project.kind == "project"
        assert controller.window.documents.model.rowCount() == 0
    finally:
        if controller.window is not None:
            controller.window.close()
        controller.close()


def test_disabled_in_a_bundle(qtbot, tmp_path) -> None:  # noqa: ANN001
    from civannot.assignment import assign_project
    from civannot.bundle import export_bundles

    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ")
    with Project.open(path) as project:
        assign_project(project, ["alice"], 0.0, 1, 2)
        (tmp_path / "out").mkdir()
        (summary,) = export_bundles(project, ["alice"], tmp_path / "out")
    win, acts, session = window_for(qtbot, Path(summary.path), "alice")
    try:
        assert session.project.kind == "bundle"
        for action in acts.actions.values():
            assert not action.isEnabled() and "bundle" in action.statusTip()
    finally:
        win.close()
        session.close()
