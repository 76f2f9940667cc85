"""The export dialog runs export_project on a worker and shows the dataset card."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
from pathlib import Path

import pytest
from helpers import TEXT_A, TEXT_B, layer_input

from civannot.project import Project
from civannot.records import DocumentInput

pytest.importorskip("pytestqt")

from civannot.ui.export_dialog import ExportDialog  # noqa: E402


@pytest.fixture
def project(tmp_path: Path):  # noqa: ANN201
    p = Project.create(tmp_path / "exp.civ")
    items = [
        (
            DocumentInput(f"d{i}", text),
            [
                layer_input(
                    "alice",
                    text,
                    [(0, 3, "GPE")] if text is TEXT_B else [(0, 6, "DATE"), (13, 16, "PERSON")],
                )
            ],
        )
        for i, text in enumerate([TEXT_A, TEXT_B] * 5)
        if True
    ]
    # distinct raw texts: duplicates would be skipped on import
    items = [
        (DocumentInput(d.external_id, d.text + "。" * i), layers)
        for i, (d, layers) in enumerate(items)
    ]
    assert not p.import_batch(items).errors
    yield p
    p.close()


def test_export_with_split_shows_the_card(qtbot, project: Project, tmp_path: Path) -> None:
    out = tmp_path / "out"
    dlg = ExportDialog(project, out_dir=str(out))
    qtbot.addWidget(dlg)
    dlg.format.setCurrentIndex(dlg.format.findData("jsonl"))
    dlg.layer.setCurrentText("alice")
    dlg.labels.item(dlg.labels.count() - 1).setCheckState(dlg.labels.item(0).checkState())
    # untick PERSON: only DATE and GPE go out
    for i in range(dlg.labels.count()):
        if dlg.labels.item(i).text() == "PERSON":
            dlg.labels.item(i).setCheckState(dlg.labels.item(i).checkState().Unchecked)
    dlg.split.setChecked(True)
    dlg.seed.setValue(7)
    dlg.raw.setChecked(True)
    assert dlg.split_ratios() == pytest.approx([0.8, 0.1, 0.1])
    with qtbot.waitSignal(dlg.finished_export, timeout=15000) as sig:
        dlg.start()
    report = sig.args[0]
    assert report is not None, dlg.status.text()
    assert dlg.error is None
    assert sum(report.splits.values()) == 10 and set(report.splits) == {"train", "dev", "test"}
    assert "dataset card" in dlg.status.text()
    assert "PERSON" not in json.dumps(report.labels)
    assert (out / "README.md").is_file()
    card = dlg.card.toPlainText()
    assert "DATE" in card and card.strip()
    lines = [
        json.loads(x)
        for f in ("train", "dev", "test")
        for x in (out / f"{f}.jsonl").read_text("utf-8").splitlines()
    ]
    assert len(lines) == 10
    assert all("raw_start" in s for rec in lines for s in rec["spans"])


def test_cancel_writes_nothing_and_errors_are_one_line(
    qtbot, project: Project, tmp_path: Path
) -> None:
    out = tmp_path / "out2"
    dlg = ExportDialog(project, out_dir=str(out))
    qtbot.addWidget(dlg)
    dlg.layer.setCurrentText("alice")
    with qtbot.waitSignal(dlg.finished_export, timeout=15000) as sig:
        dlg.start()
        dlg.cancel()
    if sig.args[0] is None:  # cancelled before the end (the usual case)
        assert "cancelled" in dlg.status.text()
        assert not out.exists()
    # a folder holding other files is refused with a one-line reason
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine", encoding="utf-8")
    dlg.out.setText(str(busy))
    with qtbot.waitSignal(dlg.finished_export, timeout=15000) as sig:
        dlg.start()
    assert sig.args[0] is None and dlg.error and "\n" not in dlg.error
    assert (busy / "notes.txt").read_text(encoding="utf-8") == "mine"
    # no label ticked: refused before running
    for i in range(dlg.labels.count()):
        dlg.labels.item(i).setCheckState(dlg.labels.item(i).checkState().Unchecked)
    dlg.start()
    assert dlg.task is None and "at least one label" in dlg.status.text()
