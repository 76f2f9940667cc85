"""Every visible string of the UI (workspace, team and lead screens) has a Simplified Chinese
translation."""

from __future__ import annotations

import ast
import os
import re
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from ui_support import add_suggestions, make_project, use_temp_settings  # noqa: E402

pytestmark = pytest.mark.gui

UI = Path(__file__).resolve().parent.parent / "civannot" / "ui"
WORKSPACE_FILES = [
    "app.py",
    "connection.py",
    "article_view.py",
    "document_list.py",
    "guideline_panel.py",
    "main_window.py",
    "preferences.py",
    "relation_list.py",
    "tagging_panel.py",
    "workspace.py",
    "occurrences.py",
    "doc_panel.py",
    "fold.py",
    # the team's and the lead's screens
    "team.py",
    "lead.py",
    "adjudication.py",
    "review.py",
    "confusion.py",
    "export_dialog.py",
    "tasks.py",
    "project_actions.py",
    # Tools → Train model…, Rules and model… (the lead's learning screens)
    "learning.py",
]
CJK = re.compile(r"[\u4e00-\u9fff]")


def ts_messages() -> dict[tuple[str, str], ET.Element]:
    path = resources.files("civannot.resources").joinpath("translations", "civannot_zh_CN.ts")
    root = ET.fromstring(path.read_bytes())
    out = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source"))] = msg
    return out


def source_strings() -> set[tuple[str, str]]:
    """(context, text) of every tr()/translate() call in the workspace's modules."""
    found = set()
    for name in WORKSPACE_FILES:
        tree = ast.parse((UI / name).read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for call in ast.walk(cls):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "tr"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    found.add((cls.name, call.args[0].value))
        for call in ast.walk(tree):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and len(call.args) >= 2
                and all(isinstance(a, ast.Constant) for a in call.args[:2])
            ):
                found.add((call.args[0].value, call.args[1].value))
        # a module's own wrapper, def _tr(text): return QCoreApplication.translate("ctx", text)
        for fn in [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_tr"]:
            (ctx,) = {
                c.args[0].value
                for c in ast.walk(fn)
                if isinstance(c, ast.Call)
                and isinstance(c.func, ast.Attribute)
                and c.func.attr == "translate"
                and isinstance(c.args[0], ast.Constant)
            }
            for call in ast.walk(tree):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Name)
                    and call.func.id == "_tr"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    found.add((ctx, call.args[0].value))
    return found


def test_ts_has_every_source_string_translated() -> None:
    messages = ts_messages()
    strings = source_strings()
    assert len(strings) > 300
    contexts = {c for c, _ in strings}
    assert {"team", "lead", "AdjudicationView", "ReviewWindow", "ExportDialog"} <= contexts
    assert {
        "project_actions",
        "ImportArticlesDialog",
        "PreannotateDialog",
        "NewProjectDialog",
    } <= contexts
    missing = sorted(s for s in strings if s not in messages)
    assert not missing, f"not in civannot_zh_CN.ts (run pyside6-lupdate): {missing[:10]}"
    unfinished = []
    for key in strings:
        tr = messages[key].find("translation")
        texts = [tr.text or ""] + [n.text or "" for n in tr.iter("numerusform")]
        if tr.get("type") in ("unfinished", "obsolete") or not any(t.strip() for t in texts):
            unfinished.append(key)
    assert not unfinished, f"untranslated: {unfinished[:10]}"


def test_qm_is_shipped_and_newer_than_ts() -> None:
    folder = resources.files("civannot.resources").joinpath("translations")
    qm, ts = Path(str(folder / "civannot_zh_CN.qm")), Path(str(folder / "civannot_zh_CN.ts"))
    assert qm.is_file() and qm.stat().st_size > 1000
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, "recompile with pyside6-lrelease"


def visible_strings(window) -> list[tuple[str, str]]:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDockWidget,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTabBar,
        QTableView,
        QWidget,
    )

    out: list[tuple[str, str]] = []

    def menu_texts(menu, where: str) -> None:  # noqa: ANN001
        out.append((where, menu.title()))
        for action in menu.actions():
            if action.menu():
                menu_texts(action.menu(), where + ">" + action.text())
            elif not action.isSeparator():
                out.append((where, action.text().split("\t")[0]))

    if hasattr(window, "menuBar"):
        for action in window.menuBar().actions():
            menu_texts(action.menu(), "menu")
    if window.windowTitle():
        out.append(("title", window.windowTitle()))
    for w in window.findChildren(QDockWidget):
        out.append(("dock", w.windowTitle()))
    for w in window.findChildren(QAbstractButton):
        if w.text():
            out.append(("button", w.text()))
    for w in window.findChildren(QGroupBox):
        out.append(("group", w.title()))
    for w in window.findChildren(QLabel):
        if w.text():
            out.append(("label", re.sub(r"<[^>]+>", "", w.text())))
    for w in window.findChildren(QLineEdit):
        if w.placeholderText():
            out.append(("placeholder", w.placeholderText()))
    for w in window.findChildren(QComboBox):
        out += [("combo", w.itemText(i)) for i in range(w.count())]
    for w in window.findChildren(QTabBar):
        out += [("tab", w.tabText(i)) for i in range(w.count())]
    for w in window.findChildren(QTableView):
        m = w.model()
        out += [
            ("header", m.headerData(c, Qt.Orientation.Horizontal)) for c in range(m.columnCount())
        ]
    for w in window.findChildren(QWidget):
        if w.toolTip():
            out.append(("tooltip", re.sub(r"<[^>]+>", "", w.toolTip())))
    return out


def schema_texts(schema) -> set[str]:  # noqa: ANN001
    """The project's own words (label descriptions come from its schema, not from the UI)."""
    return {lab.description for lab in schema.labels} | {r.name for r in schema.relations}


def untranslated(strings, allowed: set[str]) -> list[tuple[str, str]]:  # noqa: ANN001
    """The visible strings with no Chinese in them (names, keys and numbers aside)."""
    bad = []
    for where, text in strings:
        text = str(text).replace("&", "").strip()
        if text in allowed or CJK.search(text) or re.fullmatch(r"[\d\s+/:.%—–▲▼-]*", text):
            continue
        if where == "label" and re.fullmatch(r"[A-Z_]+ · .*", text):
            continue
        bad.append((where, text))
    return bad


def test_every_visible_string_is_translated(qtbot, tmp_path) -> None:  # noqa: ANN001
    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ")
    add_suggestions(path, 0, [(0, 6, "DATE")])
    from civannot.ui.app import start
    from civannot.ui.i18n import install_language, settings

    settings().setValue("language", "zh_CN")
    controller = start(str(path), "alice")
    w = controller.window
    qtbot.addWidget(w)
    try:
        # a span selected so the panel's selection texts show too
        w.article.select_range(7, 11)
        w.ws.apply_label("TITLE", w.article.selection_range())
        schema = w.ws.schema
        allowed = set(schema.label_names) | {lab.shortcut for lab in schema.labels}
        allowed |= {"English", "简体中文", "", "alice", w.windowTitle()}
        # the document panel shows the document's own data (id, source, layer names)
        allowed |= {"doc-000", "fiction", "auto"}
        allowed |= schema_texts(schema)
        bad = untranslated(visible_strings(w), allowed)
        assert not bad, bad
        assert w.menu("Edit").title() == "编辑(&E)"
    finally:
        w.close()
        controller.close()
        install_language("en")


def build_team_project(path: Path) -> Path:
    """Two annotators who completed the same (fictional) articles, and disagree in places."""
    from helpers import TEXT_A, TEXT_B, layer_input

    from civannot.project import Project
    from civannot.records import DocumentInput

    p = Project.create(path)
    try:
        p.import_batch(
            [
                (
                    DocumentInput("docA", TEXT_A, title="云川"),
                    [
                        layer_input("alice", TEXT_A, [(0, 6, "DATE"), (9, 13, "TITLE")]),
                        layer_input("bob", TEXT_A, [(0, 6, "DATE"), (7, 13, "TITLE")]),
                    ],
                ),
                (
                    DocumentInput("docB", TEXT_B, title="田县"),
                    [
                        layer_input("alice", TEXT_B, [(0, 3, "GPE")]),
                        layer_input("bob", TEXT_B, [(0, 3, "ORG")]),
                    ],
                ),
            ]
        )
    finally:
        p.close()
    return path


def test_team_and_lead_screens_are_translated(qtbot, tmp_path) -> None:  # noqa: ANN001
    """The menus install_extensions adds, the team's dialogs and the lead's windows, in zh_CN."""
    from civannot.assignment import assign_project
    from civannot.bundle import export_bundles
    from civannot.project import Project
    from civannot.session import Session
    from civannot.ui import team
    from civannot.ui.app import install_extensions
    from civannot.ui.i18n import install_language
    from civannot.ui.main_window import MainWindow

    use_temp_settings(tmp_path)
    path = build_team_project(tmp_path / "team.civ")
    install_language("zh_CN")
    session = Session.open(str(path), "lead")
    try:
        w = MainWindow(session)
        qtbot.addWidget(w)
        install_extensions(w)
        names = ["alice", "bob", "lead", "云川", "田县"]
        schema = session.project.schema
        allowed = set(schema.label_names) | {"English", "简体中文", ""} | schema_texts(schema)
        allowed |= set(names) | {"docA", "docB", "docA  云川", "docB  田县", "1", "2"}
        allowed |= {"alice, bob", "alice × bob", "1 alice", "2 bob", "none", "gold", "auto"}
        allowed |= {lab.shortcut for lab in schema.labels}
        # product and person names stay as they are in Chinese too
        allowed |= {"doccano JSONL", "brat（.txt + .ann）", "spaCy DocBin（.spacy）", "Cohen κ"}
        screens: list = [w]

        assign = team.AssignDialog(w)
        export = team.ExportDialog(w)
        imp = team.ImportDialog(w)
        screens += [assign, export, imp]

        lead = w.lead_screens
        review = lead.open_review()
        qtbot.waitSignal(review.computed, timeout=10000).wait()
        adjudication = lead.open_adjudication(session.project.document_id("docA"))
        confusion = lead.open_confusion()
        qtbot.waitSignal(confusion.computed, timeout=10000).wait()
        export_data = lead.open_export()
        screens += [review, adjudication, confusion, export_data]
        # the lead's project actions: new project, import articles, pre-annotate
        acts = w.project_actions
        screens += [acts.new_project(), acts.import_articles(), acts.preannotate()]

        # the annotator's side: a bundle opened in the GUI has its "return bundle" step
        assign_project(session.project, ["alice", "bob"], 0.5, 1, 2)
        (tmp_path / "out").mkdir()
        (summary,) = export_bundles(session.project, ["alice"], tmp_path / "out")
        bundle = Project.open(summary.path)
        bundle_session = Session(bundle, "alice")
        bw = MainWindow(bundle_session)
        qtbot.addWidget(bw)
        install_extensions(bw)
        screens += [bw, team.ReturnBundleDialog(bw)]

        bad = []
        for screen in screens:
            # a main window's title names its project
            title = screen.windowTitle() if isinstance(screen, MainWindow) else ""
            allowed_here = allowed | {title}
            bad += [
                (type(screen).__name__, *item)
                for item in untranslated(visible_strings(screen), allowed_here)
            ]
        assert not bad, bad
        file_menu = [a.text() for a in w.menu("File").actions()]
        assert {"分配(&A)…", "导出任务包(&E)…", "导入任务包(&I)…", "导出…"} <= set(file_menu)
        assert {"新建项目(&N)…", "导入文章(&R)…"} <= set(file_menu)
        assert "裁定…" in [a.text() for a in w.menu("Tools").actions()]
        assert w.menu("Tools").actions()[0].text() == "预标注(&A)…"
        assert adjudication.side_by_side.text() == "并排显示"
        for screen in screens[1:]:
            screen.close()
        bw.close()
        bundle_session.close()
        w.close()
    finally:
        session.close()
        install_language("en")


def test_import_report_is_translated(qtbot, tmp_path) -> None:  # noqa: ANN001
    """An import's report in zh_CN: the summary, its sections and the status line."""
    from civannot.session import Session
    from civannot.ui import project_actions
    from civannot.ui.i18n import install_language
    from civannot.ui.main_window import MainWindow

    use_temp_settings(tmp_path)
    path = make_project(tmp_path / "p.civ")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("云川区召开创文推进会。", encoding="utf-8")
    (folder / "b.jsonl").write_text('{"id": 1, "text": \n', encoding="utf-8")
    install_language("zh_CN")
    session = Session.open(str(path), "lead")
    try:
        w = MainWindow(session)
        qtbot.addWidget(w)
        dlg = project_actions.install(w).import_articles([str(folder)])
        with qtbot.waitSignal(dlg.imported, timeout=20000):
            dlg.start()
        assert dlg.status.text() == "导入完成"
        assert "已导入 1 篇文档" in dlg.summary.text() and "拒绝 1 项" in dlg.summary.text()
        heads = [dlg.report.topLevelItem(i).text(0) for i in range(dlg.report.topLevelItemCount())]
        assert heads and all(CJK.search(h) for h in heads), heads
        assert heads[0].startswith("拒绝导入")
        dlg.close()
        w.close()
    finally:
        session.close()
        install_language("en")
