"""CPU of the rule engine alone (no database) against jieba.lcut over the same texts, and a check
that an optimisation left its output unchanged.

    python bench/bench_rules_speed.py [--articles 400] [--rounds 3] [--genre bench|team|data]
                                      [--seed 7] [--profile]
    python bench/bench_rules_speed.py --save /tmp/rules_ref.json   # record today's suggestions
    python bench/bench_rules_speed.py --check /tmp/rules_ref.json  # compare with them
    python bench/bench_rules_speed.py --pages '/elsewhere/pages/*.txt' [--save/--check ...]

Timing: one process, jieba warmed up first, CPU time (time.process_time) of `engine.suggest` and
of `jieba.lcut` over the same generated articles (bench_preannotate.article); prints their ratio
(issue 13's budget leaves the rules about 1x, issue 15 wants room for the model under it) and the
CPU of each rule family, measured by wrapping the steps of entities.find_entities.

Check: the suggestions (label, offsets, rule id, confidence; relations with their rule) on
generated articles of two genres, every text under tests/data/*/ and the seeds under
$CIVANNOT_SHARED/seeds. The reference is written OUTSIDE the repository: it holds output of
real articles, which stay out of the project.

--pages GLOB: real pages kept outside the repository (UTF-8 text files). Timing then runs over them
instead of generated articles (read once untimed first: the patterns a rule compiles on first use
and the dictionary's first look-ups are paid once per process, not per round), and --save/--check
cover them too. Real pages cost the rules more per character than the generated articles (longer
sentences, more candidates), and the bench's articles repeat far more than real text does, so a
cache shared across texts flatters the bench: measure a speed change on both.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_preannotate import article  # noqa: E402

from civannot.preannotate import engine, entities  # noqa: E402
from civannot.preannotate.lexicon import Lexicon  # noqa: E402


def _articles(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [article(rng) for _ in range(n)]


def _pages(pattern: str) -> list[tuple[str, str]]:
    """(name, text) of the real pages matching the glob, in name order."""
    paths = sorted(Path(p) for p in glob.glob(pattern))
    if not paths:
        raise SystemExit(f"--pages: no file matches {pattern}")
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


def _corpus(pages: str | None = None) -> list[tuple[str, str, Lexicon | None]]:
    """(key, text, lexicon) of every text the check covers."""
    from tests.team_genre import team_docs

    out: list[tuple[str, str, Lexicon | None]] = []
    for i, text in enumerate(_articles(300, 7)):
        out.append((f"bench/{i}", text, None))
    for half in (False, True):
        docs = team_docs(100, seed=3, half=half)
        lex = Lexicon.from_pairs(
            (s.text, s.label)
            for d in docs[:50]
            for s in d.spans
            if s.label in ("PERSON", "TITLE", "ORG")
        )
        for d in docs:
            out.append((f"team/{int(half)}/{d.key}", d.text, None))
            out.append((f"team+lex/{int(half)}/{d.key}", d.text, lex))
    for p in _data_paths():
        out.append((f"data/{p.parent.name}/{p.name}", p.read_text(encoding="utf-8"), None))
    shared = os.environ.get("CIVANNOT_SHARED")
    if shared:
        for p in sorted((Path(shared) / "seeds").glob("*.txt")):
            out.append((f"seed/{p.name}", p.read_text(encoding="utf-8"), None))
    for name, text in _pages(pages) if pages else ():
        out.append((f"pages/{name}", text, None))
    return out


def _record(text: str, lex: Lexicon | None) -> dict[str, Any]:
    s = engine.suggest(text, lexicon=lex)
    return {
        "spans": [
            [sp.start, sp.end, sp.label, sp.confidence, sp.provenance, r]
            for sp, r in zip(s.spans, s.rules, strict=True)
        ],
        "relations": [[*rel, r] for rel, r in zip(s.relations, s.relation_rules, strict=True)],
    }


def _outputs(pages: str | None = None) -> dict[str, Any]:
    return {key: _record(text, lex) for key, text, lex in _corpus(pages)}


def _check(path: Path, pages: str | None = None) -> int:
    ref = json.loads(path.read_text(encoding="utf-8"))
    new = json.loads(json.dumps(_outputs(pages)))
    bad = [k for k in ref if new.get(k) != ref[k]]
    extra = sorted(set(new) - set(ref))
    for k in bad[:10]:
        a, b = ref[k], new.get(k)
        print(f"DIFF {k}")
        if b is None:
            continue
        for part in ("spans", "relations"):
            ra, rb = {json.dumps(x) for x in a[part]}, {json.dumps(x) for x in b[part]}
            for x in sorted(ra - rb)[:5]:
                print(f"  - {part} {x}")
            for x in sorted(rb - ra)[:5]:
                print(f"  + {part} {x}")
            if ra == rb and a[part] != b[part]:
                pairs = enumerate(zip(a[part], b[part], strict=False))
                i = next((i for i, (x, y) in pairs if x != y), None)
                where = f"at {i}: {a[part][i]} -> {b[part][i]}" if i is not None else "in count"
                print(f"  order/count of {part} differs {where}")
    print(
        f"{len(ref) - len(bad)}/{len(ref)} texts identical"
        + (f", {len(extra)} new keys" if extra else "")
    )
    return 1 if bad else 0


def _wrap(mod: Any, name: str, acc: dict[str, float], label: str) -> Callable[[], None]:
    fn = getattr(mod, name)

    def timed(*a: Any, **k: Any) -> Any:
        t = time.process_time()
        try:
            return fn(*a, **k)
        finally:
            acc[label] += time.process_time() - t

    setattr(mod, name, timed)
    return lambda: setattr(mod, name, fn)


def _families(texts: list[str]) -> dict[str, float]:
    """CPU per step of find_entities and for find_directives and the rest of suggest."""
    from civannot.preannotate import (
        common,
        dates,
        name_lists,
        orgs,
        persons,
        places,
        slogans,
        titles,
    )

    acc: dict[str, float] = defaultdict(float)
    undo = []
    for mod in (places, slogans, titles, persons, name_lists, orgs, dates):
        for name in dir(mod):
            fn = getattr(mod, name)
            if (name.startswith("find_") or name == "drop_bylines") and (
                getattr(fn, "__module__", "") == mod.__name__
            ):
                undo.append(_wrap(mod, name, acc, f"{mod.__name__.rsplit('.', 1)[1]}.{name}"))
    undo.append(_wrap(entities, "Doc", acc, "common.Doc()"))
    undo.append(_wrap(engine, "find_directives", acc, "directives.find_directives"))
    undo.append(_wrap(engine, "_resolve", acc, "engine._resolve"))
    assert common  # Doc is looked up in entities' namespace
    t = time.process_time()
    try:
        for text in texts:
            engine.suggest(text)
    finally:
        for u in reversed(undo):
            u()
    acc["TOTAL suggest"] = time.process_time() - t
    return acc


def _data_paths() -> list[Path]:
    """The texts of tests/data but the blind held-out sets: a --check diff on them would show
    rule writers where the engine goes wrong there."""
    from eval_heldout import BLIND_SETS

    return [
        p
        for p in sorted((ROOT / "tests" / "data").glob("*/*.txt"))
        if p.parent.name not in BLIND_SETS
    ]


def _texts(genre: str, n: int, seed: int) -> list[str]:
    if genre == "team":
        from tests.team_genre import team_docs

        return [d.text for d in team_docs(n, seed=seed)]
    if genre == "data":  # every development text of tests/data, repeated up to n
        paths = _data_paths()
        texts = [p.read_text(encoding="utf-8") for p in paths]
        return (texts * (n // max(1, len(texts)) + 1))[:n]
    return _articles(n, seed)


def _timing(
    genre: str, n: int, seed: int, rounds: int, profile: bool, pages: str | None = None
) -> None:
    import jieba

    texts = [t for _, t in _pages(pages)] if pages else _texts(genre, n, seed)
    n = len(texts) if pages else n
    chars = sum(map(len, texts))
    jieba.setLogLevel(60)
    jieba.initialize()
    jieba.lcut(texts[0])
    for text in texts if pages else texts[:1]:
        engine.suggest(text)
    # the two alternate every 20 articles, so that a burst of load on the shared machine hits
    # both alike; the ratio of the medians over rounds is the figure to quote, each round's
    # ratio shows the spread
    jts, sts = [], []
    for _ in range(rounds):
        jt = st = 0.0
        for i in range(0, len(texts), 20):
            chunk = texts[i : i + 20]
            t = time.process_time()
            for text in chunk:
                jieba.lcut(text)
            t2 = time.process_time()
            for text in chunk:
                engine.suggest(text)
            t3 = time.process_time()
            jt += t2 - t
            st += t3 - t2
        jts.append(jt)
        sts.append(st)
    jt, st = statistics.median(jts), statistics.median(sts)
    load = open("/proc/loadavg").read().split()[:3]
    what = f"{n} real pages" if pages else f"{n} {genre} articles"
    print(f"{what}, {chars:,} characters, {rounds} rounds; load {' '.join(load)}")
    print(f"jieba.lcut  CPU {jt:6.2f} s  ({chars / jt:,.0f} chars/s)  median of rounds")
    print(f"suggest     CPU {st:6.2f} s  ({chars / st:,.0f} chars/s)  median of rounds")
    per_round = " ".join(f"{b / a:.2f}" for a, b in zip(jts, sts, strict=True))
    print(f"ratio suggest/jieba.lcut = {st / jt:.2f}x  (rounds: {per_round})")
    fam = _families(texts)
    total = fam.pop("TOTAL suggest")
    # what no step accounts for: settling overlaps' output, Span objects, relations
    fam["engine (rest of suggest)"] = total - sum(fam.values())
    print(f"per step (wrapped run, total {total:.2f} s CPU):")
    for k, v in sorted(fam.items(), key=lambda kv: -kv[1]):
        print(f"  {k:32s} {v:6.2f} s  {100 * v / total:5.1f}%")
    if profile:
        import cProfile
        import pstats

        pr = cProfile.Profile()
        pr.enable()
        for text in texts:
            engine.suggest(text)
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(30)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument(
        "--genre",
        choices=("bench", "team", "data"),
        default="bench",
        help="bench_preannotate's articles, tests/team_genre.py's, or tests/data/*/ texts",
    )
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=3, help="timing rounds (median is reported)")
    ap.add_argument("--profile", action="store_true", help="cProfile top 30 by own time")
    ap.add_argument("--save", type=Path, help="write the suggestions of the check corpus here")
    ap.add_argument("--check", type=Path, help="compare the suggestions with this reference")
    ap.add_argument("--pages", help="a glob of real pages kept outside the repository")
    a = ap.parse_args()
    if a.save:
        a.save.write_text(json.dumps(_outputs(a.pages)), encoding="utf-8")
        print(f"wrote {a.save}")
        return 0
    if a.check:
        return _check(a.check, a.pages)
    _timing(a.genre, a.articles, a.seed, a.rounds, a.profile, a.pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
