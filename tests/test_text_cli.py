"""civannot normalize and civannot import from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from civannot.cli import main


def test_normalize_json_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    raw = "會(huì)議召開,市委書記出席。"
    f.write_bytes(raw.encode("gb18030"))
    assert main(["normalize", str(f), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["text"] == "会议召开，市委书记出席。"
    assert out["raw"] == raw
    assert len(out["map"]) == len(out["text"])
    assert out["map"][1] == [6, 7]  # 议 came from 議 after the dropped (huì)
    assert {f["kind"] for f in out["flags"]} >= {"pinyin", "encoding"}


def test_normalize_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", str(tmp_path / "nope.txt")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_import_exits_non_zero_when_a_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    proj = tmp_path / "p.civ"
    assert main(["init", str(proj)]) == 0
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ok.txt").write_text("一篇文章。", encoding="utf-8")
    (tmp_path / "in" / "bin.txt").write_bytes(b"\x00\x00\x00")
    capsys.readouterr()
    assert main(["import", str(proj), str(tmp_path / "in"), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["imported"] == ["ok"] and len(report["refused"]) == 1
    (tmp_path / "in" / "bin.txt").unlink()
    assert main(["import", str(proj), str(tmp_path / "in")]) == 0
    assert "1 duplicate(s)" in capsys.readouterr().out
