"""What the rules' warm-up works out from their patterns, kept on disk between runs.

Before a pre-annotation's workers fork, the parent builds the rules: for each of a few hundred
patterns, scan.py and stretches.py read its parse (the characters a match can start with, the
words every match needs, the clause marks it follows) and compile it with a skip set and guarded
alternations. That is pure work on the patterns' text, about half a second of one core with the
other idle (session 37: 0.6 s of a 5.3 s run over 3,000 articles, and the same again before the
first suggestion of a document opened in the window), and it gives the same answers every run.
So its answers are kept in one file in the user's cache directory, as jieba keeps its own
dictionary's cache: each analysis by its function and arguments, each compiled pattern as the
program the regex compiler made for it (the code `_sre.compile` takes, as scan._branch_guarded
already passes it). The file is named after what its answers depend on: the Python (its version
and the regex engine's MAGIC) and the source of the modules that compute them; a change to either
reads another file, so an answer is never one an older analysis gave. Its contents are checked
by a digest before they are read; the regex engine validates a program before it runs one. Where
the file cannot be read or written, everything is worked out as before, and the rules suggest
exactly the same either way.

CIVANNOT_PATTERN_CACHE=off leaves the file alone (nothing read, nothing written); the directory
is jieba_dict.cache_dir()'s (CIVANNOT_CACHE_DIR overrides it).
"""

from __future__ import annotations

import atexit
import enum
import functools
import hashlib
import importlib.util
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from civannot.preannotate.jieba_dict import cache_dir, drop_old_files

# bump when what an entry holds changes in a way the modules' source does not show
_FORMAT = 1
# the modules whose code computes the answers kept here (their source names the file)
_SOURCES = ("scan", "stretches", "pattern_cache")
# files of other sources or Pythons kept beside this one (a developer's edits, two interpreters)
_KEEP_FILES = 4
# above this many entries a save keeps only those this process used (patterns of lexicons and
# projects no longer opened drop out)
_MAX_ENTRIES = 20_000
_DIGEST = 32

_MISSING = object()
T = TypeVar("T")


class _Kept:
    """The entries of this process: those read from the file and those worked out since."""

    def __init__(self) -> None:
        self.loaded = False
        self.entries: dict[Any, Any] = {}
        self.used: set[Any] = set()
        self.added = 0
        self.unstorable: list[str] = []
        self.pid = os.getpid()
        self.path: Path | None = None


_kept = _Kept()


def _enabled() -> bool:
    return os.environ.get("CIVANNOT_PATTERN_CACHE", "").lower() not in ("off", "0", "no")


def _tag() -> str:
    """What every answer depends on: the interpreter, its regex engine, the analyses' code."""
    import _sre

    h = hashlib.sha256()
    h.update(f"{_FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{marshal.version}".encode())
    for name in _SOURCES:
        h.update(b"\0" + _code_of(f"{__package__}.{name}"))
    return h.hexdigest()[:20]


def _code_of(module: str) -> bytes:
    """A module's source, or its compiled code where it ships without (the standalone build
    holds compiled modules only); OSError where neither can be read."""
    spec = importlib.util.find_spec(module)
    loader = getattr(spec, "loader", None)
    if loader is None:
        raise OSError(f"no loader for {module}")
    try:
        source = loader.get_source(module)
        if source is not None:
            return str(source).encode()
        # (version 2: no references, whose flags follow the objects' reference counts)
        return marshal.dumps(loader.get_code(module), 2)
    except (ImportError, AttributeError, ValueError) as e:
        raise OSError(str(e)) from e


def _path() -> Path:
    return cache_dir() / f"patterns-{_tag()}.bin"


def _load() -> None:
    _kept.loaded = True
    if not _enabled():
        return
    try:
        _kept.path = _path()
        data = _kept.path.read_bytes()
    except OSError:  # (no file yet, or no code to name it after)
        return
    body = data[_DIGEST:]
    if hashlib.blake2b(body, digest_size=_DIGEST).digest() != data[:_DIGEST]:
        return  # a damaged file: worked out afresh, and written anew
    try:
        entries = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return
    if isinstance(entries, dict):
        _kept.entries = entries


def get(key: tuple[Any, ...], compute: Callable[[], T]) -> T:
    """The kept answer for `key` (a function's name and its arguments: str, int, bool, None
    and tuples of them), or compute() kept. Answers must be immutable or copied by the
    caller: each call with the key gets the same object."""
    if not _kept.loaded:
        _load()
    got = _kept.entries.get(key, _MISSING)
    if got is _MISSING:
        got = compute()
        try:
            marshal.dumps((key, got))  # type: ignore[arg-type]
        except ValueError:
            # (not storable, an enum among them: answered, not kept; tests look for these)
            _kept.unstorable.append(key[0])
            return got
        _kept.entries[key] = got
        if _kept.added == 0 and os.getpid() == _kept.pid:
            atexit.register(save)
        _kept.added += 1
    _kept.used.add(key)
    return got  # type: ignore[no-any-return]


def kept(fn: Callable[..., T]) -> Callable[..., T]:
    """`fn` (pure, positional arguments of the kinds `get` takes) answered from the file."""
    name = f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__qualname__}"

    @functools.wraps(fn)
    def answer(*args: Any) -> T:
        # (re.RegexFlag is an int that marshal cannot store: its value, the same key)
        key = (name, *[int(a) if isinstance(a, enum.IntFlag) else a for a in args])
        return get(key, lambda: fn(*args))

    return answer


def save() -> None:
    """Write the entries worked out since the file was read (nothing if none), under another
    name and renamed into place: a reader sees the old file or the new one, whole. Called
    before a run's workers fork and at exit; never raises (the file is only a shortcut)."""
    if not _kept.added or not _enabled() or os.getpid() != _kept.pid:
        return
    try:
        path = _kept.path or _path()
        # (a copy, taken at once: the window's thread may add entries while this one writes)
        entries = _kept.entries.copy()
        if len(entries) > _MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in _kept.used}
        body = marshal.dumps(entries)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(hashlib.blake2b(body, digest_size=_DIGEST).digest())
                f.write(body)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        _kept.added = 0
        drop_old_files(path, "patterns-*.bin", _KEEP_FILES)
    except Exception:  # noqa: BLE001 - the file is only a shortcut: a run never fails for it
        pass
