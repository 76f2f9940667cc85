"""Rules alone, model alone and both on a held-out split of the DEVELOPMENT gold.

    PYTHONPATH=. python bench/eval_learn.py [--seeds 0,1,2] [--json]

+corr is the rules with the corrections learned on the fitted part (civannot.learn.corrections;
kept only where they beat the rules out of fold there); both is rules, corrections and model.
The documents are the shipped samples and the development sets of tests/gold (dev_samples, dev1,
dev2, dev5, dev6 fully annotated; dev3, dev4 partially: PERSON, TITLE, DIRECTIVE and their relations).
The rules were tuned on these sets, so the rules' figures are optimistic; the model's are figures
on documents it did not see. Each seed is another document split; the table shows every seed and
the mean.

--heldout: train on all development documents (labels the model decides chosen on their own
split), then score rules alone, model alone and both on heldout16b, issue 16's held-out set, which
neither the rules nor the model saw (the set is only scored, never trained or tuned on).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from civannot.learn.data import GoldDoc, rule_suggestions  # noqa: E402
from civannot.learn.evaluation import compare_table, format_f1  # noqa: E402
from civannot.learn.training import run_training  # noqa: E402
from tests.gold_markup import PARTIAL  # noqa: E402
from tests.gold_support import load_gold  # noqa: E402

SETS = {
    "dev_samples": (ROOT / "resources" / "samples", None),
    "dev1": (ROOT, None),
    "dev2": (ROOT, None),
    "dev3": (ROOT, frozenset(PARTIAL)),
    "dev4": (ROOT, frozenset(PARTIAL)),
    "dev5": (ROOT, None),
    "dev6": (ROOT, None),
}
HELDOUT = "heldout16b"


def development_docs() -> list[GoldDoc]:
    docs = []
    for name, (base, labels) in SETS.items():
        for key, d in load_gold(ROOT / "tests" / "gold" / f"{name}_gold.jsonl", base).items():
            docs.append(GoldDoc(f"{name}/{key}", d.text, d.spans, d.relations, labels))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="0,1,2")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--heldout", action="store_true")
    args = ap.parse_args()
    docs = development_docs()
    sugs = rule_suggestions(docs)
    if args.heldout:
        heldout(docs, sugs)
        return
    runs = []
    for seed in [int(s) for s in args.seeds.split(",")]:
        t0 = time.perf_counter()
        res = run_training(docs, sugs, seed=seed)
        rows = compare_table(res.evaluation)
        runs.append({"seed": seed, "rows": rows, "curve": res.curve,
                     "model_labels": res.evaluation["model_labels"], "split": res.split,
                     "seconds": round(time.perf_counter() - t0, 1)})  # fmt: skip
    if args.json:
        json.dump(runs, sys.stdout, indent=2)
        return
    print(f"{len(docs)} development documents (DEVELOPMENT data: the rules were tuned on them)")
    labels = [r["label"] for r in runs[0]["rows"]]
    for run in runs:
        print(f"\nseed {run['seed']}: split {run['split']}, model decides {run['model_labels']},"
              f" {run['seconds']} s")  # fmt: skip
        print(f"  {'label':<12}{'gold':>6}{'rules':>8}{'+corr':>8}{'model':>8}{'both':>8}")
        for r in run["rows"]:
            print(f"  {r['label']:<12}{r['gold']:>6}{format_f1(r['rules']):>8}"
                  f"{format_f1(r.get('corrected')):>8}"
                  f"{format_f1(r['model']):>8}{format_f1(r['both']):>8}")  # fmt: skip
        print(
            "  curve:", ", ".join(f"{c['documents']}: {format_f1(c['both'])}" for c in run["curve"])
        )
    print("\nmean over seeds (F1)")
    print(f"  {'label':<12}{'rules':>8}{'+corr':>8}{'model':>8}{'both':>8}")
    for lab in labels:
        vals = {k: [] for k in ("rules", "corrected", "model", "both")}
        for run in runs:
            for r in run["rows"]:
                if r["label"] == lab:
                    for k in vals:
                        if r[k] is not None:
                            vals[k].append(r[k])
        cells = [format_f1(sum(v) / len(v) if v else None) for v in vals.values()]
        print(f"  {lab:<12}" + "".join(f"{c:>8}" for c in cells))


def heldout(docs: list[GoldDoc], sugs: list) -> None:
    from civannot.learn.crf import CrfModel
    from civannot.learn.data import lexicon_of
    from civannot.learn.evaluation import score
    from civannot.learn.training import _both_pred, _model_pred, _rules_pred

    res = run_training(docs, sugs)
    model = CrfModel(res.data)
    test = [
        GoldDoc(key, d.text, d.spans, d.relations)
        for key, d in load_gold(ROOT / "tests" / "gold" / f"{HELDOUT}_gold.jsonl", ROOT).items()
    ]
    # the rules with the lexicon the team's development gold would give them, then the
    # corrections learned with the model (their switches on), as preannotate runs them
    from civannot.preannotate.registry import DEFAULT_OFF

    corr = res.corrections
    tsugs = rule_suggestions(test, lexicon=lexicon_of(docs))
    rsugs = tsugs
    if corr.switch_on:
        tsugs = rule_suggestions(
            test, lexicon=lexicon_of(docs), disabled=corr.disabled(sorted(DEFAULT_OFF))
        )
    tsugs = [corr.apply(d.text, s) for d, s in zip(test, tsugs, strict=True)]
    feats = tsugs if res.corrections_features else rsugs
    tags = [model.tag(d.text, s.spans) for d, s in zip(test, feats, strict=True)]
    ev = {
        "rules": score(test, [_rules_pred(s) for s in rsugs]),
        "corrected": score(test, [_rules_pred(s) for s in tsugs]),
        "model": score(test, [_model_pred(d.text, t) for d, t in zip(test, tags, strict=True)]),
        "both": score(
            test,
            [
                _both_pred(d.text, t, s, res.model_labels, res.policy)
                for d, t, s in zip(test, tags, tsugs, strict=True)
            ],
        ),
    }
    print(f"trained on {len(docs)} development documents; policy {res.policy}")
    print("learned corrections:", [r["correction"] for r in corr.describe()] or "none kept")
    print(f"scored on {len(test)} documents of {HELDOUT} (never trained or tuned on)")
    print(f"  {'label':<12}{'gold':>6}{'rules':>8}{'+corr':>8}{'model':>8}{'both':>8}")
    for r in compare_table(ev):
        print(f"  {r['label']:<12}{r['gold']:>6}{format_f1(r['rules']):>8}"
              f"{format_f1(r['corrected']):>8}"
              f"{format_f1(r['model']):>8}{format_f1(r['both']):>8}")  # fmt: skip


if __name__ == "__main__":
    main()
