"""Exports that cannot be written, and what killed exports leave behind (issue 20)."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from bad_input_support import one_line, run

from civannot.project import Project
from civannot.records import DocumentInput, LayerInput, Span

TEXT = "溪川市委书记周明远出席会议。"


@pytest.fixture()
def proj(tmp_path: Path) -> Path:
    path = tmp_path / "p.civ"
    with Project.create(path) as project:
        items = []
        for i in range(6):
            t = f"{i}：" + TEXT
            spans = [Span(8, 11, "PERSON", t[8:11], author="ann")]
            items.append((DocumentInput(f"d{i}", t), [LayerInput("ann", spans, [], done=True)]))
        project.import_batch(items)
    return path


def siblings(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_split_nan_refused_up_front(proj, tmp_path, capsys) -> None:
    out = tmp_path / "ds"
    for bad in ("nan,0.5,0.5", "inf,0.5", "0.5,-0.5,1", "0.5,x"):
        code, _, err = run(capsys, "export", proj, "-f", "jsonl", "-o", out, "--layer", "ann",
                           "--split", bad)  # fmt: skip
        line = one_line(err)
        assert code == 2 and line.startswith("civannot export: error: ")
        assert not out.exists()
    assert (
        "two or three positive shares"
        in run(
            capsys,
            "export",
            proj,
            "-f",
            "jsonl",
            "-o",
            out,
            "--layer",
            "ann",
            "--split",
            "nan,0.5,0.5",
        )[2]
    )


def test_full_disk_one_line_nothing_left(proj, tmp_path, capsys, monkeypatch) -> None:
    from civannot import export

    real = export._write

    def full(fmt, split, docs, tmp, *a, **k):  # noqa: ANN001, ANN202
        (tmp / "partial.jsonl").write_text("x" * 1000, encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export, "_write", full)
    before = siblings(tmp_path)
    code, _, err = run(
        capsys, "export", proj, "-f", "jsonl", "-o", tmp_path / "ds", "--layer", "ann"
    )
    line = one_line(err)
    assert code == 2
    assert line == (
        f"civannot export: error: cannot write the export into {tmp_path}: No space left on "
        "device (nothing was written)"
    )
    assert siblings(tmp_path) == before  # no temporary folder, no dataset
    monkeypatch.setattr(export, "_write", real)
    code, _, err = run(
        capsys, "export", proj, "-f", "jsonl", "-o", tmp_path / "ds", "--layer", "ann"
    )
    assert code == 0, err


def test_unwritable_folder_one_line(proj, tmp_path, capsys, monkeypatch) -> None:
    import tempfile

    def denied(*a, **k):  # noqa: ANN002, ANN003, ANN202
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkdtemp", denied)
    code, _, err = run(
        capsys, "export", proj, "-f", "jsonl", "-o", tmp_path / "ds", "--layer", "ann"
    )
    assert code == 2
    assert one_line(err) == (
        f"civannot export: error: cannot write into {tmp_path}: Permission denied (the export "
        "needs a writable folder)"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_for_real(proj, tmp_path, capsys) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        code, _, err = run(capsys, "export", proj, "-f", "jsonl", "-o", ro / "ds", "--layer", "ann")
        assert code == 2 and "cannot write into" in one_line(err)
        assert siblings(ro) == []
    finally:
        ro.chmod(0o755)


def dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_stale_temp_folders_cleaned(proj, tmp_path, capsys) -> None:
    stale = tmp_path / ".ds.k1ll3d00"
    stale.mkdir()
    (stale / ".civannot-export-pid").write_text(str(dead_pid()), encoding="ascii")
    (stale / "train.jsonl").write_bytes(b"x" * 100_000)  # the partial file of a killed export
    live = tmp_path / ".ds.l1ve0000"
    live.mkdir()
    (live / ".civannot-export-pid").write_text(str(os.getpid()), encoding="ascii")
    foreign = tmp_path / ".ds.notours"
    foreign.mkdir()  # no mark: not civannot's, never touched
    other = tmp_path / ".other.k1ll3d00"
    other.mkdir()
    (other / ".civannot-export-pid").write_text(str(dead_pid()), encoding="ascii")
    code, _, err = run(
        capsys, "export", proj, "-f", "jsonl", "-o", tmp_path / "ds", "--layer", "ann"
    )
    assert code == 0, err
    names = siblings(tmp_path)
    assert ".ds.k1ll3d00" not in names
    assert {".ds.l1ve0000", ".ds.notours", ".other.k1ll3d00", "ds"} <= set(names)
    assert not (tmp_path / "ds" / ".civannot-export-pid").exists()


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002])
def test_exported_folder_follows_umask(proj, tmp_path, capsys, mask: int) -> None:
    old = os.umask(mask)
    try:
        code, _, err = run(capsys, "export", proj, "-f", "brat", "-o", tmp_path / "ds", "--layer",
                           "ann", "--split", "0.5,0.5")  # fmt: skip
    finally:
        os.umask(old)
    assert code == 0, err
    want = 0o777 & ~mask
    assert stat.S_IMODE((tmp_path / "ds").stat().st_mode) == want
    for sub in (tmp_path / "ds").iterdir():
        if sub.is_dir():
            assert stat.S_IMODE(sub.stat().st_mode) == want
