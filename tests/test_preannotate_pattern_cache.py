"""The rules' warm-up kept on disk between runs (preannotate/pattern_cache.py, session 37): a run
that reads the kept answers suggests exactly what a run that works them out suggests, and a
missing, damaged, foreign or unwritable file costs nothing but the time."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from civannot.preannotate import pattern_cache, scan

TEXTS = [
    "2023年5月3日，岚溪县委书记谢若溪在滨河公园检查工作。",
    "市委常委、宣传部部长林晓芸出席会议并讲话。她强调，要压实责任，一是要抓好整改。",
    "青禾县创建全国文明城市工作推进会召开。县长周明远主持会议，副县长韩立新通报了情况。",
    "會議要求，各鎮街要以釘釘子精神抓好問題整改，做到立行立改。",
    "区委党校副校长、高新区党工委副书记许嘉木在指挥部办公室召开专题会议，要求各社区加强巡查。",
]

# One process's suggestions for TEXTS, and what its cache did: entries read from the file,
# answers worked out, files in the directory after it exits.
_RUN = """
import json, sys
from civannot.preannotate import pattern_cache
from civannot.preannotate.engine import suggest
out = []
for text in json.loads(sys.argv[1]):
    s = suggest(text)
    out.append([[sp.start, sp.end, sp.label, repr(sp.confidence), sp.provenance, r]
                for sp, r in zip(s.spans, s.rules)] + [list(x) for x in s.relations])
read = len(pattern_cache._kept.entries) - pattern_cache._kept.added
print(json.dumps({"out": out, "read": read, "added": pattern_cache._kept.added,
                  "unstorable": pattern_cache._kept.unstorable}))
"""


def _run(cache: Path, **env: str) -> dict:
    full = {k: v for k, v in os.environ.items() if k != "CIVANNOT_PATTERN_CACHE"}
    full.update(CIVANNOT_CACHE_DIR=str(cache), **env)
    done = subprocess.run(
        [sys.executable, "-c", _RUN, json.dumps(TEXTS, ensure_ascii=False)],
        capture_output=True, text=True, env=full, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _files(cache: Path) -> list[Path]:
    return sorted(cache.glob("patterns-*.bin")) if cache.exists() else []


def test_a_run_reading_the_kept_answers_suggests_what_one_working_them_out_does(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache"
    off = _run(cache, CIVANNOT_PATTERN_CACHE="off")
    assert off["read"] == 0 and not _files(cache)  # (off: nothing read, nothing written)
    cold = _run(cache, PYTHONHASHSEED="1")
    assert cold["read"] == 0 and cold["added"] > 500 and cold["unstorable"] == []
    (kept,) = _files(cache)
    warm = _run(cache, PYTHONHASHSEED="2")
    # (everything the rules ask is read, nothing worked out again: no pattern is built from a
    # set in its hash order, which another process would write otherwise, gazetteers.longest_first)
    assert warm["read"] >= cold["added"] and warm["added"] == 0
    assert off["out"] == cold["out"] == warm["out"]
    assert _files(cache) == [kept]


def test_a_damaged_file_is_worked_out_again_and_written_anew(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _run(cache)
    (kept,) = _files(cache)
    data = bytearray(kept.read_bytes())
    data[len(data) // 2] ^= 0xFF
    kept.write_bytes(bytes(data))
    damaged = _run(cache)
    assert damaged["read"] == 0 and damaged["added"] == first["added"]
    assert damaged["out"] == first["out"]
    assert _run(cache)["read"] >= first["added"]  # (the new file is whole)
    kept.write_bytes(b"")  # (cut short: the same)
    assert _run(cache)["out"] == first["out"]


def test_an_unwritable_cache_changes_nothing_but_the_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    got = _run(blocker / "cache")
    assert got["read"] == 0 and got["out"] == _run(tmp_path / "c2")["out"]


def test_a_kept_program_compiles_to_the_pattern_worked_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIVANNOT_CACHE_DIR", str(tmp_path))
    patterns = [
        (r"(?:副)?(?:市长|县长|区长)", 0, None),
        (r"(?<=[，。])(?P<who>[\u4e00-\u9fff]{2,3})(?:强调|指出)[，：]", 0, "[\u4e00-\u9fff]"),
        (r"^(?:一是|二是)要", re.M, None),
        (r"(?:" + "|".join(f"{a}{b}组长" for a in "督检巡" for b in "导查察") + ")", 0, "[督检巡]"),
    ]
    fresh = pattern_cache._Kept()
    monkeypatch.setattr(pattern_cache, "_kept", fresh)
    made = [scan._compiled(p, f, s) for p, f, s in patterns]
    assert fresh.added == len(patterns) and fresh.unstorable == []
    pattern_cache.save()
    reread = pattern_cache._Kept()
    monkeypatch.setattr(pattern_cache, "_kept", reread)
    again = [scan._compiled(p, f, s) for p, f, s in patterns]
    assert reread.added == 0 and len(reread.entries) == len(patterns)
    for (p, f, _s), a, b in zip(patterns, made, again, strict=True):
        # (a compiled pattern equals another of the same pattern, flags and program)
        assert a == b and a.groupindex == b.groupindex and a.groups == b.groups
        assert b.flags == re.compile(p, f).flags
    text = "，林晓芸强调，要求督导组长、巡察组长和副县长到位。\n一是要"
    for a, b in zip(made, again, strict=True):
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_an_analysis_is_kept_by_its_arguments_and_flags_stored_as_their_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIVANNOT_CACHE_DIR", str(tmp_path))
    fresh = pattern_cache._Kept()
    monkeypatch.setattr(pattern_cache, "_kept", fresh)
    words = scan.needed_words(r"(?:市|县)(?:督导|巡察)组长", re.M, 6)
    assert words == frozenset({"督导组长", "巡察组长"})
    assert scan.needed_words(r"(?:市|县)(?:督导|巡察)组长", 8, 6) is words  # (re.M is 8)
    first = scan.needed_word_sets(r"指[出示]")
    assert frozenset({"指出", "指示"}) in first
    first.append(frozenset({"x"}))  # (a caller's list: the kept answer stays as it was)
    assert frozenset({"x"}) not in scan.needed_word_sets(r"指[出示]")
    assert fresh.unstorable == []
    pattern_cache.save()
    (kept,) = _files(tmp_path)
    assert kept.stat().st_mode & 0o077 == 0  # (the user's own, as jieba_dict's)


def test_old_files_beyond_a_few_are_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIVANNOT_CACHE_DIR", str(tmp_path))
    for i in range(6):
        old = tmp_path / f"patterns-old{i}.bin"
        old.write_bytes(b"x")
        os.utime(old, (1_000_000 + i, 1_000_000 + i))
    (tmp_path / "jieba-dict-x.sqlite").write_bytes(b"y")
    monkeypatch.setattr(pattern_cache, "_kept", pattern_cache._Kept())
    scan.first_class(r"(?:甲|乙)丙")
    pattern_cache.save()
    left = sorted(p.name for p in _files(tmp_path))
    assert len(left) == pattern_cache._KEEP_FILES
    assert {"patterns-old5.bin", "patterns-old4.bin", "patterns-old3.bin"} <= set(left)
    assert (tmp_path / "jieba-dict-x.sqlite").exists()


def test_a_forked_worker_never_writes_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIVANNOT_CACHE_DIR", str(tmp_path))
    fresh = pattern_cache._Kept()
    fresh.pid = -1  # (as in a process forked from the one that read the file)
    monkeypatch.setattr(pattern_cache, "_kept", fresh)
    scan.first_class(r"(?:丁|戊)己")
    pattern_cache.save()
    assert not _files(tmp_path)


def test_the_file_is_named_after_the_code_even_where_no_source_ships(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.util

    tag = pattern_cache._tag()
    assert tag == pattern_cache._tag() and len(tag) == 20
    real = importlib.util.find_spec

    class _NoSource:  # (the standalone build's loader: compiled modules only)
        def __init__(self, loader: object) -> None:
            self.loader = loader

        def get_source(self, name: str) -> None:
            return None

        def get_code(self, name: str) -> object:
            return self.loader.get_code(name)  # type: ignore[attr-defined]

    def frozen(name: str) -> object:
        spec = real(name)
        return type("Spec", (), {"loader": _NoSource(spec.loader)})()  # type: ignore[union-attr]

    monkeypatch.setattr(importlib.util, "find_spec", frozen)
    code = pattern_cache._code_of("civannot.preannotate.scan")
    assert code == pattern_cache._code_of("civannot.preannotate.scan")  # (stable: one file)
    assert b"first_class" in code
    assert pattern_cache._tag() != tag  # (another reading of the same code: another file)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(OSError):
        pattern_cache._tag()


def test_a_run_keeps_its_answers_even_if_its_process_is_then_killed(tmp_path: Path) -> None:
    # (as a window that pre-annotated and is closed by a signal: no exit handler runs)
    code = (
        "import os, sys\n"
        "from civannot.project import Project\n"
        "from civannot.records import DocumentInput\n"
        "from civannot.schema import default_schema\n"
        "from civannot.preannotate import preannotate_project\n"
        "p = Project.create(sys.argv[1], default_schema())\n"
        "p.import_batch([(DocumentInput('a', sys.argv[2]), [])])\n"
        "print(preannotate_project(p)['spans'])\n"
        "p.close()\n"
        "sys.stdout.flush()\n"
        "os._exit(0)\n"
    )
    cache = tmp_path / "cache"
    env = {k: v for k, v in os.environ.items() if k != "CIVANNOT_PATTERN_CACHE"}
    env["CIVANNOT_CACHE_DIR"] = str(cache)
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "p.civ"), TEXTS[1]],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.split()[-1]) > 0
    assert len(_files(cache)) == 1
