"""The trained model's refiner (civannot.learn.apply.ModelRefiner) compared field by field before
and after a change that must not change its output (issue 15's speed work on the model's side).

    python bench/bench_refiner_check.py --save /tmp/refiner_ref.json [--models DIR]
    python bench/bench_refiner_check.py --check /tmp/refiner_ref.json [--models DIR]

Two refiners: bench_worker_check.py's (the --model 40 model with its learned corrections, the
rules a fresh project keeps on) and bench_learn_apply.py's (the same training, the policy only:
no corrections). Each refines the rules' suggestions (keep_sentences, as a pool worker reads
them) of bench_preannotate's articles (1,000 of seed 7, 300 of seed 11), the texts of
tests/data/*/ but the blind held-out sets (as bench_rules_speed.py reads them) and 120 team-genre
articles (tests/team_genre.py, seeds 5 and 9); what is compared is every field of every span
(offsets, label, text, origin, author, id, confidence, uid, provenance), the rule ids, the
relations with their rules and the document's uncertainty. bench_worker_check.py compares what
a worker sends (spans as tuples); this also covers the fields the tuples leave out and the
refiner without corrections.
--models DIR: the two trained refiners pickled there on the first run and read back later (both
sides of a comparison must use the same models: training changes with civannot.learn too);
delete them when the training or the features change. The reference is written outside the
repository (it holds output of real texts).
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
from dataclasses import astuple
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_preannotate import article  # noqa: E402
from bench_rules_speed import _data_paths  # noqa: E402
from bench_worker_check import compare_outputs  # noqa: E402

from civannot.preannotate import runner  # noqa: E402
from civannot.preannotate.engine import Suggestions, suggest  # noqa: E402


def _refiners(models: Path | None) -> dict[str, tuple[Any, Any, Any]]:
    """name -> (refiner, lexicon, disabled rules)."""
    import bench_worker_check

    from civannot.learn.apply import ModelRefiner
    from civannot.learn.data import rule_suggestions
    from civannot.learn.model_store import StoredModel
    from civannot.learn.training import train_for_use
    from civannot.preannotate.registry import DEFAULT_OFF
    from tests.team_genre import team_docs

    if models is not None:
        models.mkdir(parents=True, exist_ok=True)
    bench_worker_check._start_worker(models / "worker.pkl" if models is not None else None)
    worker = (runner._worker_refiner, runner._worker_lexicon, runner._worker_disabled)
    path = models / "learn_apply.pkl" if models is not None else None
    if path is not None and path.exists():
        plain = pickle.loads(path.read_bytes())  # noqa: S301 - our own file
    else:
        docs = team_docs(40, seed=3)
        fitted = train_for_use(docs, rule_suggestions(docs))
        plain = ModelRefiner(StoredModel("crf", 1, "", {"policy": fitted.policy}, fitted.data))
        if path is not None:
            path.write_bytes(pickle.dumps(plain))
    return {"worker": worker, "policy_only": (plain, None, sorted(DEFAULT_OFF))}


def _texts() -> list[tuple[str, str]]:
    from tests.team_genre import team_docs

    rng = random.Random(7)
    out = [(f"bench7/{i}", article(rng)) for i in range(1000)]
    for p in _data_paths():
        out.append((f"data/{p.parent.name}/{p.name}", p.read_text(encoding="utf-8")))
    for seed in (5, 9):
        out += [(f"team{seed}/{i}", d.text) for i, d in enumerate(team_docs(60, seed=seed))]
    rng = random.Random(11)
    out += [(f"bench11/{i}", article(rng)) for i in range(300)]
    return out


def _dump(sug: Suggestions, unc: Any) -> list[Any]:
    return [
        [list(astuple(s)) for s in sug.spans],
        list(sug.rules),
        [list(r) for r in sug.relations],
        list(sug.relation_rules),
        unc,
    ]


def _results(models: Path | None) -> dict[str, Any]:
    out = {}
    texts = _texts()
    for name, (refiner, lexicon, off) in _refiners(models).items():
        for key, text in texts:
            sug = suggest(text, lexicon=lexicon, disabled=off, keep_sentences=True)
            refined, unc = refiner(text, sug)
            out[f"{name}:{key}"] = _dump(refined, unc)
    # as JSON reads them back (tuples as lists): both sides compared in the same form
    return json.loads(json.dumps(out, ensure_ascii=False))  # type: ignore[no-any-return]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--save", type=Path, help="write the refiners' outputs here")
    ap.add_argument("--check", type=Path, help="compare the refiners' outputs with this reference")
    ap.add_argument("--models", type=Path, help="the trained refiners pickled in this directory")
    a = ap.parse_args()
    if a.save:
        a.save.write_text(json.dumps(_results(a.models), ensure_ascii=False), encoding="utf-8")
        print(f"wrote {a.save}")
        return 0
    if not a.check:
        ap.print_help()
        return 2
    ref = json.loads(a.check.read_text("utf-8"))
    parts = ("spans", "rules", "relations", "relation rules", "uncertainty")
    return compare_outputs(ref, _results(a.models), parts)


if __name__ == "__main__":
    sys.exit(main())
