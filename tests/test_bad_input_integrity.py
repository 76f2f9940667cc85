"""Damaged project files, read-only files and folders (issue 20)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from bad_input_support import fingerprint, one_line, run

from civannot import integrity
from civannot.project import Project, ProjectError
from civannot.records import DocumentInput, LayerInput, Span

N = 300


def build(path: Path) -> Path:
    with Project.create(path) as project:
        items = []
        for i in range(N):
            t = f"{i}号文件：溪川市委书记周明远出席会议并讲话，强调要压实责任。" * 3
            span = Span(8, 11, "PERSON", t[8:11], author="ann")
            items.append((DocumentInput(f"d{i}", t), [LayerInput("ann", [span], [], done=True)]))
        project.import_batch(items)
    return path


def damage(path: Path, name: str, nbytes: int = 300) -> None:
    """Garbage over the end of the root page of table or index `name` (its cells)."""
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(path, "r+b") as fh:
        fh.seek(root * size - nbytes)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(nbytes)))


@pytest.fixture()
def good(tmp_path: Path) -> Path:
    return build(tmp_path / "p.civ")


def test_healthy_project_checks_ok(good, capsys) -> None:
    code, out, _ = run(capsys, "check", good, "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    code, out, _ = run(capsys, "check", good)
    assert out.startswith(f"{good}: ok")


@pytest.mark.parametrize("name", ["span_document_id_layer_id_start", "document_search_data"])
def test_damaged_index_refused_then_repaired(good, capsys, name: str) -> None:
    damage(good, name)
    # opened for work: refused with the way out, nothing written
    before = good.read_bytes()
    for argv in (("stats", good), ("import", good, good), ("export", good, "-f", "jsonl", "-o",
                                                           good.parent / "out")):  # fmt: skip
        code, _, err = run(capsys, *argv)
        line = one_line(err)
        assert code == 2 and f"{good} is damaged (" in line
        assert f"run `civannot check {good} --repair`" in line
    assert good.read_bytes() == before
    with pytest.raises(ProjectError, match="is damaged"):
        Project.open(good)
    code, out, _ = run(capsys, "check", good)
    assert code == 1 and out.startswith(f"{good}: damaged (")
    code, out, err = run(capsys, "check", good, "--repair")
    assert code == 0, out + err
    assert out.startswith(f"{good}: repaired")
    assert (good.parent / f"{good.name}.before-repair").read_bytes() == before
    code, out, _ = run(capsys, "check", good)
    assert code == 0
    with Project.open(good) as project:  # every row came through
        assert project.document_count() == N
        assert project.stats()["layers"]["ann"]["spans"] == N
        assert project.search("溪川市委书记") == sorted(project.search("溪川市委书记"))
        assert len(project.search("溪川市委书记")) == N


def test_damaged_data_saved_into_a_new_project(good, capsys) -> None:
    damage(good, "document", nbytes=2000)
    before = good.read_bytes()
    code, out, _ = run(capsys, "check", good, "--repair", "--json")
    res = json.loads(out)
    assert code == 1 and res["ok"] is False and res["repaired"] is False
    target = Path(res["recovered_to"])
    assert target.exists() and target.name.startswith("p.recovered-")
    assert good.read_bytes() == before  # the damaged file is left as it was
    assert res["rows_lost"].get("document", 0) > 0
    assert res["rows_copied"]["span"] == N
    code, out, _ = run(capsys, "check", good, "--repair")
    assert "what was readable is saved in" in out.splitlines()[0]
    assert integrity.check_file(target).ok is True
    with Project.open(target) as project:
        assert project.document_count() == res["rows_copied"]["document"]


def test_quick_check_has_a_time_budget(good, monkeypatch) -> None:
    # past its budget the check gives up (unknown), it does not hold the opening up
    con = sqlite3.connect(good)
    try:
        res = integrity.check_connection(con, full=False, budget_s=1e-9)
        assert res.ok is None and res.problems == []
        assert integrity.check_connection(con, full=False, budget_s=30).ok is True
    finally:
        con.close()
    damage(good, "span_document_id_layer_id_start")
    monkeypatch.setattr(integrity, "QUICK_CHECK_BUDGET_S", 0.0)  # 0: the check is off
    with Project.open(good) as _:
        pass
    monkeypatch.setattr(integrity, "QUICK_CHECK_BUDGET_S", 5.0)
    with pytest.raises(ProjectError, match="is damaged"):
        Project.open(good)


def test_check_of_something_else_is_one_line(tmp_path, capsys) -> None:
    f = tmp_path / "x.civ"
    f.write_text("not a database", encoding="utf-8")
    code, _, err = run(capsys, "check", f)
    assert code == 2 and "not a civannot project" in one_line(err)
    code, _, err = run(capsys, "check", tmp_path / "none.civ")
    assert code == 2 and "does not exist" in one_line(err)


# ---- read-only file and folder -----------------------------------------------------------------


def deny_writes(monkeypatch, what: Path) -> None:  # noqa: ANN001
    """The file system says `what` is not writable (tests run as root, who may write anyway)."""
    import os

    real = os.access

    def access(p, mode, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
        if Path(p) == what and mode & os.W_OK:
            return False
        return real(p, mode, *a, **k)

    monkeypatch.setattr(integrity.os, "access", access)


def test_read_only_folder_says_so(good, capsys, monkeypatch) -> None:
    deny_writes(monkeypatch, good.parent)
    code, _, err = run(capsys, "import", good, good)
    line = one_line(err)
    assert code == 2
    assert f"the folder {good.parent} is not writable: SQLite needs to create p.civ-wal" in line
    assert "not a civannot project" not in line


def test_read_only_file_answers_read_only_commands(good, tmp_path, capsys, monkeypatch) -> None:
    before = fingerprint(good)
    deny_writes(monkeypatch, good)
    code, _, err = run(capsys, "import", good, good)
    assert code == 2 and f"{good} is read-only" in one_line(err)
    code, out, err = run(capsys, "stats", good, "--json")
    assert code == 0, err
    assert json.loads(out)["documents"] == N
    code, out, err = run(
        capsys, "export", good, "-f", "jsonl", "-o", tmp_path / "ds", "--layer", "ann"
    )
    assert code == 0, err
    assert len((tmp_path / "ds" / "all.jsonl").read_text(encoding="utf-8").splitlines()) == N
    assert fingerprint(good) == before


def test_large_file_checks_its_small_tables_on_open(good, capsys, monkeypatch) -> None:
    """Above FULL_CHECK_BYTES the check on open reads only the tables that do not grow with
    the documents (issue 21: the whole-file check read 11 GB on every opening, its budget
    cannot stop inside a b-tree): damage there is still refused; damage in the span index is
    left to `civannot check`, and a command that meets it says so in one line."""
    monkeypatch.setattr(integrity, "FULL_CHECK_BYTES", 0)
    damage(good, "layer")
    with pytest.raises(ProjectError, match="is damaged"):
        Project.open(good)


def test_large_file_damage_met_later_is_one_line(good, capsys, monkeypatch) -> None:
    monkeypatch.setattr(integrity, "FULL_CHECK_BYTES", 0)
    damage(good, "span", nbytes=4000)
    with Project.open(good) as _:
        pass  # the span table is not read on open
    out = good.parent / "out"
    code, _, err = run(capsys, "export", good, "-f", "jsonl", "-o", out, "--layer", "ann")
    line = one_line(err)
    assert code == 2 and f"{good} is damaged (" in line, err
    assert f"run `civannot check {good} --repair`" in line
    assert integrity.check_file(good).ok is False
