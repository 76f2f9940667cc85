"""jieba's dictionary in a prepared form that a fresh process opens at once.

`jieba.initialize()` unmarshals its whole prefix dictionary (half a million entries, about a
second even from jieba's cache), and the rules' word lists read dict.txt twice more: a
pre-annotation of one document paid that before any rule ran. The rules look up a few hundred
short strings per document, so the same table is kept once in an SQLite file in the user's cache
directory (mode 0600, built on first use, named after jieba's version and its dict.txt's size and
date) and looked up on demand through a memo: jieba's own segmentation code runs unchanged on
it, so words, frequencies and therefore the rules' output stay identical. Where the cache cannot
be written, everything falls back to jieba's own loading.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

# bump when the file's layout or what it derives from dict.txt changes
_FORMAT = 2

_NAME_TAGS = frozenset({"ns", "nr", "nz", "nt", "a", "nrt", "nrfg"})
_PROPER_TAGS = _NAME_TAGS - {"a"}
_FUNCTION_TAGS = frozenset({"v", "vn", "vd", "p", "c", "d", "ad", "m", "r", "q", "f"})

_MISSING = object()


def import_jieba() -> Any:
    """jieba, imported without pkg_resources: jieba asks it only for its bundled files when
    pkg_resources is installed (a tenth of a second of every start) and opens them by path
    otherwise."""
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # ImportError in jieba
        try:
            import jieba
        finally:
            del sys.modules["pkg_resources"]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def cache_dir() -> Path:
    """The user's cache directory (XDG on Linux); CIVANNOT_CACHE_DIR overrides it (tests)."""
    override = os.environ.get("CIVANNOT_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("civannot", appauthor=False))


def _dict_txt(jieba: Any) -> str:
    return os.path.join(os.path.dirname(jieba.__file__), "dict.txt")


def cache_path(jieba: Any) -> Path:
    st = os.stat(_dict_txt(jieba))
    key = f"{_FORMAT}|{getattr(jieba, '__version__', '')}|{st.st_size}|{st.st_mtime_ns}"
    return cache_dir() / f"jieba-dict-{hashlib.sha1(key.encode()).hexdigest()[:16]}.sqlite"


def _scan_dict(path: str) -> tuple[dict[str, int], set[str], set[str], set[str]]:
    """What the rules derive from dict.txt's tagged lines: for each word the highest frequency
    among its lines tagged as no proper name (会同 n 859), the two-character function words, the
    frequent two-character common words and the two-character verbs (来访 v, 陪同 v; fix48: after
    a post such a word names nobody, where an adverb or adjective may be a given name, 高远 d)."""
    ordinary: dict[str, int] = {}
    function: set[str] = set()
    common: set[str] = set()
    verbs: set[str] = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3:
                continue
            word, freq, tag = parts[0], int(parts[1]), parts[2]
            if tag not in _PROPER_TAGS and freq > ordinary.get(word, -1):
                ordinary[word] = freq
            if len(word) == 2:
                if tag in _FUNCTION_TAGS:
                    function.add(word)
                if tag not in _NAME_TAGS and freq >= 1000:
                    common.add(word)
                if tag == "v":
                    verbs.add(word)
    return ordinary, function, common, verbs


def _build(jieba: Any, path: Path) -> None:
    """Write the prepared file: jieba's own prefix dictionary (built the way jieba builds it, so
    the lookups answer as jieba.dt.FREQ does) and the derived word lists; written under another
    name and renamed, so a reader never sees half a file."""
    tok = jieba.Tokenizer()
    with open(_dict_txt(jieba), "rb") as f:
        freq, total = tok.gen_pfdict(f)
    ordinary, function, common, verbs = _scan_dict(_dict_txt(jieba))
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)  # mode 0600
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("CREATE TABLE freq (w TEXT PRIMARY KEY, f INTEGER NOT NULL, o INTEGER)"
                    " WITHOUT ROWID")  # fmt: skip
        con.executemany(
            "INSERT INTO freq VALUES (?, ?, ?)",
            ((w, n, ordinary.get(w)) for w, n in sorted(freq.items())),
        )
        con.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)")
        con.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                ("total", str(total)),
                ("function", " ".join(sorted(function))),
                ("common", " ".join(sorted(common))),
                ("verbs", " ".join(sorted(verbs))),
            ],
        )
        con.commit()
        con.close()
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


# prepared files of other jieba installs kept beside the newest (each venv or upgrade of jieba
# writes its own, 10 MB; two interpreters in use should not rebuild each other's every start)
_KEEP_FILES = 4


def drop_old_files(path: Path, pattern: str, keep: int) -> None:
    """Remove the files of `pattern` beside `path` (in the cache directory: those of other
    installs, sources or interpreters) beyond the `keep` newest, `path` among them (a process
    that has one open keeps reading it: the name goes, the file stays until closed)."""
    try:
        others = sorted(
            (p for p in path.parent.glob(pattern) if p != path),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for p in others[keep - 1 :]:
            p.unlink(missing_ok=True)
    except OSError:
        pass  # (another process removed one first, or the directory is not ours to tidy)


class _Prepared:
    """A read-only connection to the prepared file, reopened after a fork (pool workers)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pid = -1
        self._con: sqlite3.Connection | None = None

    def con(self) -> sqlite3.Connection:
        if self._con is None or self._pid != os.getpid():
            # immutable: the file is written once under another name and renamed into place,
            # never changed after, so SQLite may skip the locks and the change check of each
            # query (a word the memo lacks cost a worker 55-70 us of CPU, 30-40 with it)
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True,
                                        check_same_thread=False)  # fmt: skip
            self._pid = os.getpid()
        return self._con

    def meta(self, key: str) -> str:
        return self.con().execute("SELECT v FROM meta WHERE k = ?", (key,)).fetchone()[0]


class LazyFreq:
    """jieba's FREQ (word or word prefix -> frequency, 0 for a prefix only) as jieba's code reads
    it (`in`, `[]`, `.get`), answered from the prepared file and remembered."""

    __slots__ = ("_memo", "_db")

    def __init__(self, db: _Prepared) -> None:
        self._memo: dict[str, int | None] = {}
        self._db = db

    def _look(self, key: str) -> int | None:
        v = self._memo.get(key, _MISSING)
        if v is _MISSING:
            memo = self._memo
            if len(key) > 2 and (memo.get(key[:-1], 0) is None or memo.get(key[:2], 0) is None):
                # every prefix of a key is a key too (jieba's gen_pfdict, which built the
                # table): a key whose prefix the memo knows absent is absent, no query (a new
                # three-character name after a post whose first two characters were asked
                # before, 王建X: 4 in 10 of the bench's misses, ~15 us of CPU each in a run)
                v = memo[key] = None
            else:
                row = self._db.con().execute("SELECT f FROM freq WHERE w = ?", (key,)).fetchone()
                v = memo[key] = None if row is None else row[0]
        return v  # type: ignore[return-value]

    # (each answers from the memo first: _look's call only for a word not asked yet)
    def __contains__(self, key: object) -> bool:
        v = self._memo.get(key, _MISSING) if isinstance(key, str) else None
        if v is _MISSING:
            v = self._look(key)  # type: ignore[arg-type]
        return v is not None

    def __getitem__(self, key: str) -> int:
        v = self._memo.get(key, _MISSING)
        if v is _MISSING:
            v = self._look(key)
        if v is None:
            raise KeyError(key)
        return v  # type: ignore[return-value]

    def get(self, key: str, default: Any = None) -> Any:
        v = self._memo.get(key, _MISSING)
        if v is _MISSING:
            v = self._look(key)
        return default if v is None else v


@lru_cache(maxsize=1)
def _prepared() -> _Prepared | None:
    """The prepared file, built if missing; None where it cannot be (no writable cache)."""
    jieba = import_jieba()
    try:
        path = cache_path(jieba)
        if not path.exists():
            _build(jieba, path)
            drop_old_files(path, "jieba-dict-*.sqlite", _KEEP_FILES)
        db = _Prepared(path)
        db.meta("total")  # a damaged file: fall back rather than fail mid-document
        return db
    except (OSError, sqlite3.Error, TypeError):
        return None


@lru_cache(maxsize=1)
def tokenizer() -> Any:
    """A jieba.Tokenizer over the prepared dictionary (jieba's own, fully loaded, without it)."""
    jieba = import_jieba()
    db = _prepared()
    if db is None:
        jieba.initialize()
        return jieba.dt
    tok = jieba.Tokenizer()
    tok.FREQ = LazyFreq(db)
    tok.total = int(db.meta("total"))
    tok.initialized = True  # jieba's cut() would otherwise load its whole dictionary
    return tok


@lru_cache(maxsize=1)
def two_char_words() -> tuple[frozenset[str], frozenset[str]]:
    """(function words, frequent common words) among the two-character words of jieba's
    dictionary."""
    db = _prepared()
    if db is None:
        _, function, common, _ = _scan_dict(_dict_txt(import_jieba()))
        return frozenset(function), frozenset(common)
    return frozenset(db.meta("function").split()), frozenset(db.meta("common").split())


@lru_cache(maxsize=1)
def two_char_verbs() -> frozenset[str]:
    """The two-character words of jieba's dictionary tagged as verbs."""
    db = _prepared()
    if db is None:
        return frozenset(_scan_dict(_dict_txt(import_jieba()))[3])
    return frozenset(db.meta("verbs").split())


@lru_cache(maxsize=1)
def _ordinary_freqs() -> dict[str, int]:
    """Without a prepared dictionary: the ordinary words of jieba's own file, read once (the
    learned corrections ask one word at a time)."""
    return _scan_dict(_dict_txt(import_jieba()))[0]


def ordinary_words(candidates: frozenset[str], min_freq: int = 200) -> frozenset[str]:
    """The candidates that jieba's dictionary holds as ordinary words (not as names) with at
    least min_freq: 会同 (n, 859), 平和 (a, 495)."""
    db = _prepared()
    if db is None:
        ordinary = _ordinary_freqs()
        return frozenset(w for w in candidates if ordinary.get(w, -1) >= min_freq)
    con = db.con()
    out: set[str] = set()
    words = sorted(candidates)
    for i in range(0, len(words), 500):
        chunk = words[i : i + 500]
        marks = ",".join("?" * len(chunk))
        out.update(
            w
            for (w,) in con.execute(
                f"SELECT w FROM freq WHERE w IN ({marks}) AND o >= ?", (*chunk, min_freq)
            )
        )
    return frozenset(out)
