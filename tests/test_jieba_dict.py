"""jieba's prepared dictionary (preannotate/jieba_dict.py) answers as jieba's own does."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from civannot.preannotate import jieba_dict

TEXTS = [
    "市委书记钱江出席会议并讲话。他强调，要压实责任。",
    "张志和出席了岚川县创建全国文明城市工作推进会，县长李海燕主持会议。",
    "环境集团和城投公司负责人参加；会同县、平和县的同志作了交流发言。",
    "要以钉钉子精神抓好问题整改，做到立行立改、举一反三，𠮷祥社区也参加了。",
]


def _clear() -> None:
    for f in (jieba_dict._prepared, jieba_dict.tokenizer, jieba_dict.two_char_words):
        f.cache_clear()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("CIVANNOT_CACHE_DIR", str(tmp_path / "cache"))
    _clear()
    yield tmp_path / "cache"
    _clear()


def _jieba():  # noqa: ANN202 - jieba.Tokenizer
    jieba = jieba_dict.import_jieba()
    jieba.initialize()
    return jieba.dt


def test_prepared_tokenizer_segments_as_jieba(cache: Path) -> None:
    tok = jieba_dict.tokenizer()
    assert not isinstance(tok.FREQ, dict)  # the prepared file, not jieba's loaded dictionary
    files = list(cache.iterdir())
    assert len(files) == 1 and stat.S_IMODE(files[0].stat().st_mode) == 0o600
    ref = _jieba()
    assert tok.total == ref.total
    for text in TEXTS:
        for hmm in (True, False):
            assert tok.lcut(text, HMM=hmm) == ref.lcut(text, HMM=hmm)
        for i in range(len(text)):
            for j in range(i + 1, min(len(text), i + 6) + 1):
                w = text[i:j]
                assert tok.FREQ.get(w) == ref.FREQ.get(w), w
                assert (w in tok.FREQ) == (w in ref.FREQ), w


def test_prepared_word_lists_match_a_scan_of_dict_txt(cache: Path) -> None:
    jieba = jieba_dict.import_jieba()
    ordinary, function, common, _ = jieba_dict._scan_dict(jieba_dict._dict_txt(jieba))
    assert jieba_dict.two_char_words() == (frozenset(function), frozenset(common))
    assert "会同" in ordinary and "平和" in ordinary
    candidates = frozenset(["会同", "平和", "岚川", "新城", "工农", "九江", "清水", "开平"])
    expect = frozenset(w for w in candidates if ordinary.get(w, -1) >= 200)
    assert jieba_dict.ordinary_words(candidates) == expect
    assert {"会同", "平和"} <= expect


def test_unwritable_cache_falls_back_to_jieba(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("CIVANNOT_CACHE_DIR", str(blocker / "cache"))
    _clear()
    try:
        tok = jieba_dict.tokenizer()
        assert tok is jieba_dict.import_jieba().dt and tok.initialized
        assert tok.lcut(TEXTS[1]) == _jieba().lcut(TEXTS[1])
        function, common = jieba_dict.two_char_words()
        assert "根据" in function and "居民" in common
    finally:
        _clear()


def test_rules_run_without_loading_jiebas_whole_dictionary(tmp_path: Path) -> None:
    """A single-document pre-annotation must not pay jieba.initialize() (about a second)."""
    code = (
        "import sys\n"
        "from civannot.preannotate.engine import suggest\n"
        f"s = suggest({TEXTS[1] + TEXTS[2]!r})\n"
        "import jieba\n"
        "assert s.spans\n"
        "assert not jieba.dt.initialized, 'jieba loaded its whole dictionary'\n"
        "assert 'pkg_resources' not in sys.modules\n"
    )
    env = dict(os.environ, CIVANNOT_CACHE_DIR=str(tmp_path / "cache"))
    for _ in range(2):  # the first run builds the prepared file, the second opens it
        r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        assert r.returncode == 0, r.stderr


def test_word_snapping_uses_the_prepared_dictionary_with_jiebas_words(cache: Path) -> None:
    from civannot.selection import word_boundaries

    ref = _jieba()
    for text in TEXTS:
        ends = [0]
        for w in ref.lcut(text, HMM=True):
            ends.append(ends[-1] + len(w))
        assert word_boundaries(text) == ends
    assert not isinstance(jieba_dict.tokenizer().FREQ, dict)


def test_prepared_files_of_other_installs_beyond_a_few_are_removed(cache: Path) -> None:
    cache.mkdir(parents=True)
    for i in range(6):
        old = cache / f"jieba-dict-old{i}.sqlite"
        old.write_bytes(b"x")
        os.utime(old, (1_000_000 + i, 1_000_000 + i))
    (cache / "patterns-x.bin").write_bytes(b"y")
    jieba_dict.tokenizer()  # (builds this install's file)
    left = sorted(p.name for p in cache.glob("jieba-dict-*.sqlite"))
    assert len(left) == jieba_dict._KEEP_FILES
    assert jieba_dict.cache_path(jieba_dict.import_jieba()).name in left
    assert {"jieba-dict-old5.sqlite", "jieba-dict-old4.sqlite", "jieba-dict-old3.sqlite"} <= set(
        left
    )
    assert (cache / "patterns-x.bin").exists()
