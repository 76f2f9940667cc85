"""Every visible string of the workspace has a Simplified Chinese translation."""

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
    "article_view.py",
    "document_list.py",
    "guideline_panel.py",
    "main_window.py",
    "preferences.py",
    "relation_list.py",
    "tagging_panel.py",
    "workspace.py",
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
    return found


def test_ts_has_every_source_string_translated() -> None:
    messages = ts_messages()
    strings = source_strings()
    assert len(strings) > 100
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
    )

    out: list[tuple[str, str]] = []

    def menu_texts(menu, where: str) -> None:  # noqa: ANN001
        out.append((where, menu.title()))
        for action in menu.actions():
            if action.menu():
                menu_texts(action.menu(), where + ">" + action.text())
            elif not action.isSeparator():
                out.append((where, action.text().split("\t")[0]))

    for action in window.menuBar().actions():
        menu_texts(action.menu(), "menu")
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
    return out


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
        allowed |= {"English", "简体中文", "", "alice"}
        bad = []
        for where, text in visible_strings(w):
            text = str(text).replace("&", "").strip()
            if text in allowed or CJK.search(text) or re.fullmatch(r"[\d\s+/:]*", text):
                continue
            if where == "label" and re.fullmatch(r"[A-Z_]+ · .*", text):
                continue
            bad.append((where, text))
        assert not bad, bad
        assert w.menu("Edit").title() == "编辑(&E)"
    finally:
        w.close()
        controller.close()
        install_language("en")
