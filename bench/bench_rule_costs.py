"""What each rule step costs a pre-annotation worker against what it gives (issue 15).

    python bench/bench_rule_costs.py [--pages 'GLOB'] [--gold-dir DIR] [--units a,b] [--json OUT]
    python bench/bench_rule_costs.py --sets 'S10=u1,u2' 'S20=u1,u2,u3' [--pages ...]

A *unit* is one step of entities.find_entities (`titles.find_leader_lists`),
directives.find_directives, or a direct helper of a larger step that returns a collection or None
and runs at most a few times a text (`places._visit_items`). A unit is skipped by replacing it with
a function returning an empty value of its type, so the later steps run on what is left.
(`suggest(disabled=...)` drops a rule id's candidates after every step ran: it saves no CPU.)

For each unit:
- cost: its inclusive process_time inside a worker (runner._work with bench_worker_check's
  state: the --model 40 model and its corrections), as a share of the worker's, over
  bench_preannotate's articles (seed 11, after as many warm-up ones) and over --pages (real pages,
  kept OUTSIDE the repository: read twice, the second read's share is printed; the first holds
  the patterns compiled lazily once per process);
- value: the spans (and relations) of the rules' output that disappear or appear on --pages
  without it, and the exact-match F1 per label on the development gold (tests/gold's development
  sets, and every gold_*.jsonl of --gold-dir with its files relative to it), pooled.
--sets measures whole sets instead: value as above, and the worker's CPU with and without them,
20-text chunks alternating (the saving, not the sum of shares). Never point --pages or
--gold-dir at a blind set: the value lists what the rules find there.
"""

from __future__ import annotations

import argparse
import ast
import glob
import inspect
import json
import os
import random
import re
import sys
import time
import types
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_preannotate import article  # noqa: E402

from civannot.preannotate import conventions as conv  # noqa: E402
from civannot.preannotate import (  # noqa: E402
    damaged,
    dates,
    directives,
    engine,
    entities,
    lexicon_context,
    orgs,
    persons,
    places,
    runner,
    slogans,
    titles,
    venues,
)
from civannot.preannotate.registry import DEFAULT_OFF  # noqa: E402

MODS: dict[str, types.ModuleType] = {
    m.__name__.rsplit(".", 1)[1]: m
    for m in (conv, dates, directives, engine, entities, orgs, persons, places, slogans, titles)
    + (venues, damaged, lexicon_context)
}
# the steps whose direct helpers are units too (find_doc_places: its helper's helpers)
BIG = {
    "places.find_doc_places": 2,
    "places.find_locations": 1,
    "places.find_gpe": 1,
    "orgs.find_orgs": 1,
    "orgs.find_companies": 1,
    "slogans.find_docs_and_slogans": 1,
    "titles.find_title_chains": 1,
    "dates.find_dates": 1,
    "persons.find_repeats": 1,
    "places.join_places_into_posts": 1,
}
LABELS = ("PERSON", "TITLE", "ORG", "GPE", "LOC", "DATE", "DOC", "SLOGAN", "DIRECTIVE")
RELS = ("HOLDS_TITLE", "ISSUED_BY")
ENTITIES = LABELS[:-1]
EMPTY: dict[str, Callable[[], Any]] = {
    "none": lambda: None,
    "list": list,
    "set": set,
    "frozenset": frozenset,
    "dict": dict,
    "iter": lambda: iter(()),
}
_MARKUP = re.compile(r"\{[A-Za-z]:([^{}#]*)(?:#[^{}]*)?\}")  # helpers' inline gold ({P:name#a})


def entity_steps() -> list[str]:
    src = inspect.getsource(entities.find_entities)
    out: list[str] = []
    for c in ast.walk(ast.parse(src)):
        if (
            isinstance(c, ast.Call)
            and isinstance(c.func, ast.Attribute)
            and isinstance(c.func.value, ast.Name)
            and c.func.value.id in MODS
        ):
            name = f"{c.func.value.id}.{c.func.attr}"
            if name not in out:
                out.append(name)
    return sorted(out, key=src.index)


def helpers_of(unit: str, depth: int) -> list[str]:
    mod, fn = unit.split(".")
    m = MODS[mod]
    found = set()
    for c in ast.walk(ast.parse(inspect.getsource(getattr(m, fn)).lstrip())):
        if isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id.startswith("_"):
            f = getattr(m, c.func.id, None)
            if isinstance(f, types.FunctionType) and f.__module__ == m.__name__:
                found.add(f"{mod}.{c.func.id}")
    out = sorted(found)
    if depth > 1:
        for h in list(out):
            out += [x for x in helpers_of(h, depth - 1) if x not in out]
    return out


def _kind(v: Any) -> str:
    if v is None:
        return "none"
    if isinstance(v, types.GeneratorType):
        return "iter"
    return type(v).__name__


def _targets(unit: str) -> list[tuple[Any, str]]:
    if unit == "directives.find_directives":
        return [(engine, "find_directives")]
    if unit == "engine.suggest":
        return [(engine, "suggest"), (runner, "suggest")]
    mod, fn = unit.split(".")
    out = [(MODS[mod], fn)]
    if mod != "entities" and getattr(entities, fn, None) is getattr(MODS[mod], fn):
        out.append((entities, fn))
    return out


class Patched:
    """Replace each unit's function (where it is looked up) with `make(unit, original)`."""

    def __init__(self, units: list[str], make: Callable[[str, Any], Any]) -> None:
        self.saved: list[tuple[Any, str, Any]] = []
        for u in units:
            targets = _targets(u)
            new = make(u, getattr(*targets[0]))
            for m, n in targets:
                self.saved.append((m, n, getattr(m, n)))
                setattr(m, n, new)

    def __enter__(self) -> Patched:
        return self

    def __exit__(self, *exc: object) -> None:
        for m, n, f in reversed(self.saved):
            setattr(m, n, f)


def discover(texts: list[str], per_text: float = 3.0) -> dict[str, str]:
    """{unit: the kind of empty value that skips it}"""
    steps = entity_steps()
    cands = list(steps)
    for big, depth in BIG.items():
        cands += [h for h in helpers_of(big, depth) if h not in cands]
    calls: Counter[str] = Counter()
    kinds: dict[str, set[str]] = defaultdict(set)

    def make(u: str, orig: Any) -> Any:
        def w(*a: Any, **k: Any) -> Any:
            r = orig(*a, **k)
            calls[u] += 1
            kinds[u].add(_kind(r))
            return r

        return w

    with Patched(cands, make):
        for t in texts:
            engine.suggest(t)
    out = {}
    for u in cands:
        ks = kinds[u] - {"none"} or kinds[u]
        if len(ks) == 1 and (k := next(iter(ks))) in EMPTY:
            if u in steps or calls[u] <= per_text * len(texts):
                out[u] = k
    out["directives.find_directives"] = "list"
    return out


def skipping(units: dict[str, str], skip: list[str]) -> Patched:
    return Patched(skip, lambda u, _orig: lambda *a, **k: EMPTY[units[u]]())


# --- value -----------------------------------------------------------------------------------

Output = tuple[set[tuple[int, int, str]], set[tuple[str, Any, Any]]]


def _run(text: str) -> Output:
    s = engine.suggest(text, disabled=DEFAULT_OFF)
    spans = [(x.start, x.end, x.label) for x in s.spans]
    return set(spans), {(t, spans[h], spans[tl]) for t, h, tl in s.relations}


def gold_docs(gold_dir: str | None) -> list[tuple[Any, list[str] | None]]:
    from bench_rules_speed import _data_paths  # noqa: F401  (tests on the path)
    from eval_heldout import DEV_SETS

    from tests.gold_support import annotated_labels, load_gold

    out: list[tuple[Any, list[str] | None]] = []
    shared = Path(os.environ.get("CIVANNOT_SHARED", ROOT / "shared"))
    for name in (*DEV_SETS, "dev6", "dev_seeds"):
        f = ROOT / "tests" / "gold" / f"{name}_gold.jsonl"
        if not f.is_file():
            continue
        base = {"dev_samples": ROOT / "resources" / "samples", "dev_seeds": shared / "seeds"}
        first = json.loads(f.read_text(encoding="utf-8").splitlines()[0])
        labels = annotated_labels(f) if "labels" in first else None
        try:
            docs = load_gold(f, base.get(name, ROOT))
        except BaseException:  # noqa: BLE001  (dev_seeds without $CIVANNOT_SHARED)
            continue
        out += [(d, labels) for d in docs.values()]
    if gold_dir:
        for f in sorted(Path(gold_dir).glob("gold_*.jsonl")):
            out += [(d, None) for d in load_gold(f, Path(gold_dir)).values()]
    return out


def _gold_out(docs: list[tuple[Any, list[str] | None]]) -> list[Output]:
    res = []
    for d, labels in docs:
        sp, rl = _run(d.text)
        if labels is None:
            lo, hi = d.region
            sp = {x for x in sp if lo <= x[0] and x[1] <= hi}
        else:
            sp = {x for x in sp if x[2] in labels}
        res.append((sp, {r for r in rl if r[1] in sp and r[2] in sp}))
    return res


def counts(docs: list[tuple[Any, list[str] | None]], pred: list[Output]) -> dict[str, list[int]]:
    c: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for (d, labels), (psp, prl) in zip(docs, pred, strict=True):
        gsp = [(s.start, s.end, s.label) for s in d.spans]
        grl = {(t, gsp[h], gsp[tl]) for t, h, tl in d.relations}
        for lab in (*LABELS, *RELS):
            if labels is not None and lab not in labels:
                continue
            if lab in RELS:
                g, p = {x for x in grl if x[0] == lab}, {x for x in prl if x[0] == lab}
            else:
                g, p = {x for x in gsp if x[2] == lab}, {x for x in psp if x[2] == lab}
            c[lab][0] += len(g & p)
            c[lab][1] += len(p - g)
            c[lab][2] += len(g - p)
    return dict(c)


def f1(c: list[int]) -> float:
    tp, fp, fn = c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def micro(c: dict[str, list[int]]) -> float:
    return f1([sum(c[k][i] for k in ENTITIES if k in c) for i in range(3)])


def value(pages: list[str], docs: list[tuple[Any, list[str] | None]]) -> dict[str, Any]:
    return {"pages": [_run(t) for t in pages], "gold": counts(docs, _gold_out(docs))}


def diff(base: dict[str, Any], var: dict[str, Any]) -> dict[str, Any]:
    lost: Counter[str] = Counter()
    gained: Counter[str] = Counter()
    rel_lost: Counter[str] = Counter()
    changed = 0
    for (bs, br), (vs, vr) in zip(base["pages"], var["pages"], strict=True):
        changed += (bs, br) != (vs, vr)
        lost.update(x[2] for x in bs - vs)
        gained.update(x[2] for x in vs - bs)
        rel_lost.update(x[0] for x in br - vr)
    b, v = base["gold"], var["gold"]
    df1 = {k: 100 * (f1(v[k]) - f1(b[k])) for k in b if abs(f1(v[k]) - f1(b[k])) > 1e-9}
    return {
        "pages_changed": changed,
        "lost": dict(lost),
        "gained": dict(gained),
        "relations_lost": dict(rel_lost),
        "micro": 100 * (micro(v) - micro(b)),
        "f1": df1,
    }


# --- cost ------------------------------------------------------------------------------------


def _worker() -> None:
    from bench_worker_check import _start_worker

    _start_worker(None)


def shares(units: list[str], bench: list[str], pages: list[str]) -> dict[str, dict[str, float]]:
    acc: dict[str, float] = defaultdict(float)

    def make(u: str, orig: Any) -> Any:
        def w(*a: Any, **k: Any) -> Any:
            t = time.process_time()
            try:
                return orig(*a, **k)
            finally:
                acc[u] += time.process_time() - t

        return w

    out: dict[str, dict[str, float]] = {}
    with Patched([*units, "engine.suggest"], make):
        for label, texts, reads in (("bench", bench, 1), ("pages", pages, 2)):
            for _ in range(reads):
                acc.clear()
                t = time.process_time()
                for i, text in enumerate(texts):
                    runner._work((i, text))
                total = time.process_time() - t
            out[label] = {u: 100 * acc[u] / total for u in acc}
            out[label]["_ms"] = 1000 * total / max(1, len(texts))
    return out


def saving(units: dict[str, str], skip: list[str], texts: list[str], rounds: int) -> float:
    full = cut = 0.0
    for r in range(rounds):
        for i in range(0, len(texts), 20):
            chunk = texts[i : i + 20]
            for side in (0, 1) if (i // 20 + r) % 2 == 0 else (1, 0):
                with skipping(units, skip if side else []):
                    t = time.process_time()
                    for j, text in enumerate(chunk):
                        runner._work((i + j, text))
                    d = time.process_time() - t
                if side:
                    cut += d
                else:
                    full += d
    return 100 * (1 - cut / full) if full else 0.0


def _lab(d: dict[str, Any], nd: int = 0) -> str:
    return " ".join(f"{k} {v:+.{nd}f}" for k, v in sorted(d.items(), key=lambda kv: kv[1]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", default="", help="a glob of real page files (outside the repo)")
    ap.add_argument("--gold-dir", help="a folder of gold_*.jsonl to score too (development only)")
    ap.add_argument("--articles", type=int, default=300, help="bench articles (and warm-ups)")
    ap.add_argument("--units", default="", help="only these units (comma-separated)")
    ap.add_argument("--sets", nargs="*", default=[], metavar="NAME=u1,u2")
    ap.add_argument("--rounds", type=int, default=3, help="--sets: rounds of the A/B")
    ap.add_argument("--json", type=Path, help="write everything measured here")
    a = ap.parse_args()
    from civannot.text import normalize

    files = sorted(f for f in glob.glob(a.pages) if os.path.isfile(f)) if a.pages else []
    pages = [
        normalize(_MARKUP.sub(r"\1", Path(f).read_text(encoding="utf-8", errors="replace"))).text
        for f in files
    ]
    rng = random.Random(11)
    arts = [article(rng) for _ in range(2 * a.articles)]
    warm, bench = arts[: a.articles], arts[a.articles :]
    units = discover(bench[:60] + pages[::6])
    if a.units:
        units = {u: units[u] for u in a.units.split(",")}
    docs = gold_docs(a.gold_dir)
    base = value(pages, docs)
    print(f"{len(pages)} pages, {len(docs)} gold documents (micro {100 * micro(base['gold']):.2f})")
    _worker()
    for i, text in enumerate(warm):
        runner._work((i, text))
    result: dict[str, Any] = {}
    if a.sets:
        for spec in a.sets:
            name, _, us = spec.partition("=")
            skip = [u for u in us.split(",") if u]
            kinds = {**units, **{u: "none" for u in skip if u not in units}}
            with skipping(kinds, skip):
                d = diff(base, value(pages, docs))
            d["saved bench %"] = saving(kinds, skip, bench, a.rounds)
            d["saved pages %"] = saving(kinds, skip, pages, a.rounds) if pages else None
            result[name] = d
            print(f"{name}: {d}")
    else:
        sh = shares(list(units), bench, pages)
        print(f"worker ms a text: bench {sh['bench']['_ms']:.2f}, pages {sh['pages']['_ms']:.2f}")
        print("unit | worker % bench | % pages | pages changed | spans lost (gained) | F1 (points)")
        rows = []
        for u in units:
            with skipping(units, [u]):
                d = diff(base, value(pages, docs))
            d["bench %"] = sh["bench"].get(u, 0.0)
            d["pages %"] = sh["pages"].get(u, 0.0)
            result[u] = d
            rows.append((u, d))
        for u, d in sorted(rows, key=lambda r: -r[1]["bench %"]):
            print(
                f"{u} | {d['bench %']:.2f} | {d['pages %']:.2f} | {d['pages_changed']} | "
                f"{sum(d['lost'].values())} ({sum(d['gained'].values())}) {_lab(d['lost'])} | "
                f"micro {d['micro']:+.2f} {_lab(d['f1'], 2)}"
            )
    if a.json:
        a.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
