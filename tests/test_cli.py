from __future__ import annotations

import json
import subprocess
import sys

from civannot.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_and_stats_json(tmp_path, capsys):
    path = str(tmp_path / "x.civ")
    code, out, _ = run(capsys, "init", path)
    assert code == 0 and "created" in out
    code, out, _ = run(capsys, "stats", path, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["documents"] == 0
    assert set(data) >= {"documents", "layers", "labels", "assignments"}
    assert set(data["layers"]) == {"auto", "gold"}
    assert "PERSON" in data["labels"]
    code, out, _ = run(capsys, "stats", path)
    assert "0 documents" in out


def test_bad_input_is_one_line(tmp_path, capsys):
    code, out, err = run(capsys, "stats", str(tmp_path / "none.civ"))
    assert code == 2 and err.count("\n") == 1 and "does not exist" in err
    bad = tmp_path / "s.json"
    bad.write_text("[]", encoding="utf-8")
    code, _, err = run(capsys, "init", str(tmp_path / "y.civ"), "--schema", str(bad))
    assert code == 2 and "schema must be a JSON object" in err
    assert not (tmp_path / "y.civ").exists()
    code, _, err = run(capsys, "init", str(tmp_path / "nofolder" / "y.civ"))
    assert code == 2 and "does not exist" in err


def test_help_lists_commands():
    out = subprocess.run(
        [sys.executable, "-m", "civannot", "--help"], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0
    for name in ("init", "stats"):
        assert f"    {name}" in out.stdout
