"""Where a pre-annotation worker's regex time goes, pattern by pattern (issue 15's speed work).

    python bench/bench_regex_calls.py [--warm 100] [--articles 200] [--top 40] [--rules-only]

Every regex call the worker makes over bench_preannotate's articles (seed 11, after --warm
ones) is recorded with its pattern, then each pattern's calls are replayed alone, in one
process (best of five rounds of process_time), so that the figures are the regex engine's own
cost (and the call's), not a profiler's. A pattern is named by where it lives: a module's global
(`directives._MARKER`), an attribute of the compiled rules (`r.title_parts[0]`), or, for one
compiled while the worker runs (an lru_cache'd builder, `re.split("…", …)` in a function, a
variant of a scan.BranchGate), `LAZY file:function 'its first characters'`: every pattern is
attributed, not only those a module holds (session 11 could place 68,000 of the 157,000 skip-set
tests an article; the rest came from such patterns).

The worker is runner._work with bench_worker_check.py's state (the --model 40 model, its
corrections, the rules a fresh project keeps on); --rules-only times engine.suggest with
keep_sentences, the rules a worker runs before the model. Each recorded call is replayed on
the same string with the same arguments, a finditer's matches all taken. Timings on a shared
machine move with its load: compare the rows of one run, not runs.
"""

from __future__ import annotations

import argparse
import collections
import random
import re
import sys
import time
import types
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_preannotate import article  # noqa: E402

from civannot.preannotate import common, engine, runner  # noqa: E402

_CALLS = frozenset(("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"))

# (name, bound method, args, kwargs) of every call made while recording; a call made inside
# another (a scan.py wrapper's own pattern, a BranchGate's variant) is counted in the outer one
_record: list[tuple[str, Any, tuple[Any, ...], dict[str, Any]]] | None = None
_depth = 0


class _Named:
    """A pattern (or one of scan.py's wrappers) that records its calls under a name; the
    matches are the pattern's own."""

    def __init__(self, inner: Any, name: str):
        self._inner = inner
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        value = getattr(self._inner, attr)
        if attr not in _CALLS:
            return value
        name = self._name

        def call(*a: Any, **k: Any) -> Any:
            global _depth
            if _record is not None and not _depth:
                _record.append((name, value, a, k))
            _depth += 1
            try:
                got = value(*a, **k)
                if attr == "finditer":  # (its matches are found as it is read: read it here)
                    got = iter(list(got))
                return got
            finally:
                _depth -= 1

        return call


def _is_pattern(v: Any) -> bool:
    return hasattr(v, "search") and hasattr(v, "pattern") and not isinstance(v, type)


def _name_namespace(ns: dict[str, Any], prefix: str) -> None:
    for key, v in list(ns.items()):
        if isinstance(v, _Named):
            continue
        if _is_pattern(v):
            ns[key] = _Named(v, f"{prefix}.{key}")
        elif isinstance(v, list | tuple) and any(_is_pattern(x) for x in v):
            items = [
                _Named(x, f"{prefix}.{key}[{i}]") if _is_pattern(x) else x for i, x in enumerate(v)
            ]
            if isinstance(v, list):
                v[:] = items
            elif type(v) is tuple:
                ns[key] = tuple(items)
        elif isinstance(v, dict) and any(_is_pattern(x) for x in v.values()):
            for k2, x in list(v.items()):
                if _is_pattern(x):
                    v[k2] = _Named(x, f"{prefix}.{key}[{k2!r}]")


def _builder() -> str:
    """file:function of the first frame outside re, functools and scan.py."""
    f = sys._getframe(2)
    while f is not None and (
        f.f_code.co_filename.endswith(("functools.py", "scan.py", __file__.rsplit("/", 1)[-1]))
        or f"{Path(re.__file__).parent}" in f.f_code.co_filename
    ):
        f = f.f_back
    return f"{Path(f.f_code.co_filename).name}:{f.f_code.co_name}" if f is not None else "?"


def _name_everything() -> None:
    """Name the patterns the modules and the rules hold, and every one compiled from now on."""
    common.rules()
    for modname, mod in list(sys.modules.items()):
        if modname.startswith(("civannot.preannotate", "civannot.learn")) and isinstance(
            mod, types.ModuleType
        ):
            _name_namespace(vars(mod), modname.rsplit(".", 1)[-1])
    _name_namespace(vars(common.rules()), "r")
    from re import _compiler  # type: ignore[attr-defined]

    made: dict[int, tuple[Any, _Named]] = {}

    def named(p: Any) -> Any:
        got = made.get(id(p))
        if got is None:
            got = made[id(p)] = (p, _Named(p, f"LAZY {_builder()} {p.pattern[:40]!r}"))
        return got[1]

    plain_compile, sre_compile = re._compile, _compiler.compile  # type: ignore[attr-defined]
    re._compile = lambda pattern, flags: named(plain_compile(pattern, flags))  # type: ignore[attr-defined]
    _compiler.compile = lambda p, flags=0: named(sre_compile(p, flags))


def _replay(calls: list[tuple[Any, tuple[Any, ...], dict[str, Any]]], rounds: int = 5) -> int:
    best = None
    for _ in range(rounds):
        t = time.process_time_ns()
        for fn, a, k in calls:
            r = fn(*a, **k)
            if type(r) is not list and hasattr(r, "__next__"):
                for _m in r:
                    pass
        took = time.process_time_ns() - t
        best = took if best is None else min(best, took)
    return best or 0


def main() -> int:
    global _record
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--warm", type=int, default=100, help="articles before the recorded ones")
    ap.add_argument("--articles", type=int, default=200, help="articles recorded")
    ap.add_argument("--top", type=int, default=40, help="patterns listed")
    ap.add_argument("--rules-only", action="store_true", help="the rules alone, no model")
    a = ap.parse_args()

    _name_everything()
    if a.rules_only:

        def work(i: int, text: str) -> Any:
            return engine.suggest(text, keep_sentences=True)

    else:
        from bench_worker_check import _start_worker

        _start_worker()

        def work(i: int, text: str) -> Any:
            return runner._work((i, text))

    rng = random.Random(11)
    texts = [article(rng) for _ in range(a.warm + a.articles)]
    for i, text in enumerate(texts[: a.warm]):
        work(i, text)
    _record = []
    t = time.process_time_ns()
    for i, text in enumerate(texts[a.warm :]):
        work(i, text)
    whole = time.process_time_ns() - t
    recorded, _record = _record, None

    by: dict[str, list[tuple[Any, tuple[Any, ...], dict[str, Any]]]] = collections.defaultdict(list)
    for name, fn, args, kw in recorded:
        by[name].append((fn, args, kw))
    own = {name: _replay(calls) for name, calls in by.items()}
    n = a.articles
    total = sum(own.values())
    chars = sum(map(len, texts[a.warm :])) / n
    print(
        f"{n} articles ({chars:.0f} characters each) after {a.warm}; "
        f"{'rules' if a.rules_only else 'worker'} {whole / n / 1000:.0f} us an article while "
        f"recording; {len(recorded) / n:.0f} regex calls an article; replayed alone "
        f"{total / n / 1000:.0f} us an article"
    )
    print(f"{'us/article':>10} {'share':>6} {'calls':>6}  pattern")
    for name, took in sorted(own.items(), key=lambda kv: -kv[1])[: a.top]:
        share = took / total if total else 0.0
        print(f"{took / n / 1000:10.1f} {share:6.1%} {len(by[name]) / n:6.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
