"""What a pre-annotation worker sends back with a trained model, saved and compared, and its
instructions counted under callgrind (issue 15's speed work: rules + model, as a pool worker).

    python bench/bench_worker_check.py --save /tmp/worker_ref.json [--articles 1000]
    python bench/bench_worker_check.py --check /tmp/worker_ref.json
    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=functools_reduce python bench/bench_worker_check.py --measure 100

The worker is runner._work as a pool worker runs it for `civannot preannotate` on a trained
project: the rules a fresh project keeps on (with those the model's learned corrections switch
on), the model bench_preannotate_write.py --model 40 trains (40 team-genre gold articles, seed
3, its learned corrections stored with it), and the tuples it sends (spans with their
confidence and rule, relations, the document's uncertainty).

--save / --check: the results over bench_preannotate's articles (seed 7) and the texts of
tests/data/*/ but the blind held-out sets (as bench_rules_speed.py reads them), compared by value (a pickle's bytes differ where two equal strings are one
object in one run and two in another). bench_rules_speed.py --check covers the rules alone;
this covers what the model and the combination add. The reference is written outside the
repository (it holds output of real texts).
--measure N: N articles after --warm ones (the model's caches fill over the first thousands),
the measured calls inside one functools.reduce, so that callgrind's --toggle-collect counts
only them. Fix PYTHONHASHSEED to compare two trees: without it two runs of one tree differ by
up to ~0.4 % (the strings' hashes, and so the sets' probes, change).
--steps (with --measure): each step of the worker over the N articles in a reduce of its own,
in the order the refiner takes them (the rules with keep_sentences, the learned corrections,
the tagging windows alone, the tagging with its windows again and crfsuite, the uncertainty,
combine); with callgrind's --dump-before=functools_reduce each step is one part (the last one
the file without a number).
--refiner PATH: the trained refiner pickled there on the first run and read back on later ones
(under valgrind, training the model took longer than the measurement); delete it when the
training or the features change.
"""

from __future__ import annotations

import argparse
import functools
import json
import pickle
import random
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_preannotate import article  # noqa: E402
from bench_rules_speed import _data_paths  # noqa: E402

from civannot.preannotate import runner  # noqa: E402


def _start_worker(refiner_path: Path | None = None) -> None:
    """runner's worker state as preannotate() gives it for a fresh project with the model
    (`refiner_path`: --refiner's pickle, made if missing)."""
    from civannot.learn.apply import ModelRefiner
    from civannot.learn.data import rule_suggestions
    from civannot.learn.features import FEATURES_VERSION
    from civannot.learn.model_store import StoredModel
    from civannot.learn.training import train_for_use
    from civannot.preannotate.lexicon import Lexicon
    from civannot.preannotate.registry import DEFAULT_OFF, resolve_disabled
    from tests.team_genre import team_docs

    if refiner_path is not None and refiner_path.exists():
        refiner = pickle.loads(refiner_path.read_bytes())  # noqa: S301 - our own file
    else:
        docs = team_docs(40, seed=3)
        fitted = train_for_use(docs, rule_suggestions(docs))
        info = {
            "model_labels": fitted.model_labels,
            "policy": fitted.policy,
            "features": FEATURES_VERSION,
            "documents": len(docs),
            "corrections": {
                **fitted.corrections.to_json(),
                "features": fitted.corrections_features,
            },
        }
        refiner = ModelRefiner(StoredModel("crf", 1, "bench", info, fitted.data))
        if refiner_path is not None:
            refiner_path.write_bytes(pickle.dumps(refiner))
    off = resolve_disabled(refiner.corrections.disabled(sorted(DEFAULT_OFF)))
    # a fresh project: nobody's spans, so no lexicon learned
    runner._init_worker(Lexicon({}).to_json(), off, refiner)


def _texts(articles: int) -> list[tuple[str, str]]:
    rng = random.Random(7)
    out = [(f"bench/{i}", article(rng)) for i in range(articles)]
    for p in _data_paths():
        out.append((f"data/{p.parent.name}/{p.name}", p.read_text(encoding="utf-8")))
    return out


def _results(articles: int) -> dict[str, Any]:
    _start_worker()
    out = {}
    for i, (key, text) in enumerate(_texts(articles)):
        _doc, spans, rels, unc = runner._work((i, text))
        out[key] = [spans, rels, unc]
    # as JSON reads them back (tuples as lists): both sides compared in the same form
    return json.loads(json.dumps(out, ensure_ascii=False))  # type: ignore[no-any-return]


def _check(path: Path, articles: int) -> int:
    ref = json.loads(path.read_text("utf-8"))
    return compare_outputs(ref, _results(articles), ("spans", "relations", "uncertainty"))


def compare_outputs(ref: dict[str, Any], now: dict[str, Any], parts: tuple[str, ...]) -> int:
    """Print which of the first five differing texts differ in which part (each text's output a
    sequence of `parts`) and how many are identical; 1 if any differs or a text is missing."""
    differ = [k for k in ref if now.get(k) != ref[k]]
    missing = sorted(set(ref) ^ set(now))
    for key in differ[:5]:
        for part, a, b in zip(parts, ref[key], now[key], strict=True):
            if a != b:
                sizes = (
                    f" ({len(a)} -> {len(b)})"
                    if hasattr(a, "__len__") and hasattr(b, "__len__")
                    else ""
                )
                print(f"{key}: {part} differ{sizes}")
    print(
        f"{len(ref) - len(differ)}/{len(ref)} identical"
        + (f"; keys differ: {missing[:5]}" if missing else "")
    )
    return 1 if differ or missing else 0


def _measure(n: int, warm: int, steps: bool = False, refiner_path: Path | None = None) -> None:
    _start_worker(refiner_path)
    rng = random.Random(11)
    texts = [article(rng) for _ in range(warm + n)]
    for i, text in enumerate(texts[:warm]):
        runner._work((i, text))
    if steps:
        _measure_steps(texts[warm:])
    else:
        # only the calls inside this reduce are counted (--toggle-collect=functools_reduce)
        functools.reduce(lambda _acc, item: runner._work(item), enumerate(texts[warm:]), None)
    print(f"measured {n} articles ({sum(map(len, texts[warm:])):,} characters) after {warm}")


def _each(step: Callable[[Any], Any], items: Iterable[Any]) -> list[Any]:
    """step over items inside one functools.reduce (one callgrind part)."""
    return functools.reduce(lambda acc, x: acc.append(step(x)) or acc, items, [])


def _measure_steps(texts: list[str]) -> None:
    """The refiner's steps (civannot.learn.apply.ModelRefiner.__call__) one at a time."""
    from civannot.learn.combine import combine
    from civannot.learn.features import TAG_WINDOW
    from civannot.learn.uncertainty import document_uncertainty
    from civannot.preannotate.engine import suggest

    ref: Any = runner._worker_refiner
    lex, off = runner._worker_lexicon, runner._worker_disabled
    model = ref._model  # opened by the warm-up
    sugs = _each(lambda t: suggest(t, lexicon=lex, disabled=off, keep_sentences=True), texts)
    pairs = list(zip(texts, sugs, strict=True))
    fixed = _each(lambda ts: ref.corrections.apply(ts[0], ts[1], ref.version), pairs)
    # what the model reads: the corrected suggestions or the rules' own, as it was trained
    read = [(t, f if ref.on_features else s) for (t, s), f in zip(pairs, fixed, strict=True)]
    _each(lambda tr: model._known().windows(tr[0], tr[1].spans, TAG_WINDOW, ref._decided), read)
    tags = _each(lambda tr: model.tag(tr[0], tr[1].spans, labels=ref._decided, spread=False), read)
    graded = [(g, r) for g, (_t, r) in zip(tags, read, strict=True)]
    _each(lambda gr: document_uncertainty(gr[0], gr[1].spans, ref._decided), graded)
    joined = list(zip(texts, fixed, tags, strict=True))
    _each(lambda x: combine(x[0], x[1], x[2], provenance=ref.provenance, policy=ref.policy), joined)
    print("parts: rules, corrections, windows, tagging (windows + crfsuite), uncertainty, combine")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000, help="bench articles for --save/--check")
    ap.add_argument("--save", type=Path, help="write the worker's results here")
    ap.add_argument("--check", type=Path, help="compare the worker's results with this reference")
    ap.add_argument("--measure", type=int, metavar="N", help="run N articles for callgrind")
    ap.add_argument("--warm", type=int, default=300, help="articles before the measured ones")
    ap.add_argument("--steps", action="store_true", help="--measure each step in its own reduce")
    ap.add_argument(
        "--refiner", type=Path, help="the trained refiner pickled here (made if missing)"
    )
    a = ap.parse_args()
    if a.save:
        a.save.write_text(json.dumps(_results(a.articles), ensure_ascii=False), encoding="utf-8")
        print(f"wrote {a.save}")
        return 0
    if a.check:
        return _check(a.check, a.articles)
    if a.measure:
        _measure(a.measure, a.warm, a.steps, a.refiner)
        return 0
    ap.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
