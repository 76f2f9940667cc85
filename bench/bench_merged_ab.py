"""The model's CPU per document with merged items against attribute strings, interleaved.

    PYTHONPATH=. python bench/bench_merged_ab.py [--articles 400] [--rounds 12] [--chunk 50]

The model of bench_learn_apply.py (trained on 40 team-genre articles) refines the rules'
suggestions of bench_preannotate's articles as pre-annotation does (civannot.learn.apply.
ModelRefiner: features, tagging, combination, uncertainty; the rules' own time is not counted),
once with CrfModel's derived model (civannot.learn.crf_merged) and once reading each
character's attribute strings (merge=False). The two alternate chunk by chunk, in alternating
order, so a shared machine's changing load falls on both alike: on a busy machine the best of a
few rounds (bench_learn_apply --unmerged) moved by more than the difference. Both are checked
to give the same suggestions and uncertainty first.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_preannotate import article  # noqa: E402

from civannot.learn.apply import ModelRefiner  # noqa: E402
from civannot.learn.combine import model_decided  # noqa: E402
from civannot.learn.crf import CrfModel  # noqa: E402
from civannot.learn.data import rule_suggestions  # noqa: E402
from civannot.learn.model_store import StoredModel  # noqa: E402
from civannot.learn.training import train_for_use  # noqa: E402
from civannot.preannotate import suggest  # noqa: E402
from tests.team_genre import team_docs  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=12)
    ap.add_argument("--chunk", type=int, default=50)
    args = ap.parse_args()
    docs = team_docs(40, seed=3)
    fitted = train_for_use(docs, rule_suggestions(docs))
    rng = random.Random(7)
    texts = [article(rng) for _ in range(args.articles)]
    sugs = [suggest(t, keep_sentences=True) for t in texts]

    def refiner(merge: bool) -> ModelRefiner:
        r = ModelRefiner(StoredModel("crf", 1, "", {"policy": fitted.policy}, fitted.data))
        r._model = CrfModel(fitted.data, merge=merge)
        r._decided = model_decided(fitted.policy)
        return r

    both = {True: refiner(True), False: refiner(False)}
    # (a first pass each: the caches filled, the derived model grown)
    same = all(both[True](t, s) == both[False](t, s) for t, s in zip(texts, sugs, strict=True))
    print(f"merged items and attribute strings: the same suggestions and uncertainty: {same}")
    spent = {True: 0.0, False: 0.0}
    for rnd in range(args.rounds):
        for k, i in enumerate(range(0, len(texts), args.chunk)):
            part = list(zip(texts[i : i + args.chunk], sugs[i : i + args.chunk], strict=True))
            for merge in (True, False) if (rnd + k) % 2 else (False, True):
                c0 = time.process_time()
                for t, s in part:
                    both[merge](t, s)
                spent[merge] += time.process_time() - c0
    n = args.rounds * len(texts)
    a, b = 1000 * spent[False] / n, 1000 * spent[True] / n
    print(
        f"{len(texts)} articles x {args.rounds} rounds: the model (features, tagging, "
        f"combination, uncertainty) {a:.3f} ms CPU/document reading strings, {b:.3f} with "
        f"merged items ({b / a - 1:+.0%}); load average {os.getloadavg()[0]:.1f}"
    )
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
