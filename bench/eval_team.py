"""Rules alone against rules + model, trained on 20 of a team's documents: issue 15's goal.

    PYTHONPATH=. python bench/eval_team.py [--set team|dev|both] [--train 20] [--repeats 5]
                                           [--docs 60] [--json]
    PYTHONPATH=. python bench/eval_team.py --markup GOLD_DIR [GOLD_DIR ...] [--train 20] ...

For each repeat, `--train` documents are drawn (seeded) from the set and the model is trained on
them as `civannot train` trains it (train_for_use: features, the internal check that decides
where the model is trusted, the kept model on all of them); the rest of the set is scored with
the rules alone (their learned lexicon built from the training documents' gold, as in the
project) and with rules + model as `preannotate` runs them (the opt-in rules the training
switched on, the learned corrections, the model and the policy: civannot.learn.apply's refiner).
Prints exact-match F1 per entity label, entity micro-F1, HOLDS_TITLE and ISSUED_BY, each the
mean over repeats, and the difference in points; and the kept model alone (tagging every label,
without the rules' spans: issue 15's "model alone", to see where it could take a label).

Until session 16 this harness scored the rules + the CRF only: the training learned corrections
and chose the policy on the corrected suggestions, but the scored documents were neither
corrected nor re-run with a switched-on rule (on the development conventions of
bench/eval_conventions.py the gain of every learned correction was missing: "all" +0.4 against
+3.5 micro, "committee" +0.0 against +7.7). `--no-corrections` trains without them.

Sets (all are DEVELOPMENT data: features and policy were tuned on them):
- team: bench/team_genre.py, made-up articles with gold by construction in forms the rules were
  not tuned on (school, hospital, police-station, squad posts; bodies such as 县供销社): the rules
  are systematically wrong on part of each article, as on the team's real articles;
- team-unseen: the same genre, but the training articles name only half of the unit posts and
  bodies the scored articles name (can the model carry a correction to forms it never saw?);
- dev: the development gold of tests/gold (rules tuned on it: their figures are optimistic);
- --conventions: the development gold of bench/eval_conventions.py rewritten to another team's
  conventions (same, place, nocarry, noleaders, joint, leaders, announced, ...).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from civannot.learn.apply import ModelRefiner  # noqa: E402
from civannot.learn.corrections import switch_disabled  # noqa: E402
from civannot.learn.crf import CrfModel  # noqa: E402
from civannot.learn.data import GoldDoc, lexicon_of, rule_suggestions  # noqa: E402
from civannot.learn.evaluation import f1_of, score  # noqa: E402
from civannot.learn.features import ENTITY_LABELS  # noqa: E402
from civannot.learn.model_store import StoredModel  # noqa: E402
from civannot.learn.training import _model_pred, _rules_pred, train_for_use  # noqa: E402
from civannot.preannotate.registry import DEFAULT_OFF  # noqa: E402

OFF = sorted(DEFAULT_OFF)

# (DIRECTIVE exact: session 29, conv29; the directive conventions move its spans, and the
# ISSUED_BY edges scored on them)
ROWS = [*ENTITY_LABELS, "micro", "DIRECTIVE", "HOLDS_TITLE", "ISSUED_BY"]


def load_set(name: str, n: int) -> tuple[list[GoldDoc], list[GoldDoc] | None]:
    """(documents, None) to split; or (training pool, test documents) for team-unseen."""
    from tests.team_genre import team_docs

    if name == "team":
        return team_docs(n, seed=11), None
    if name == "team-unseen":
        return team_docs(n, seed=12, half=True), team_docs(n, seed=13)
    from eval_learn import development_docs

    return development_docs(), None


def convention_docs(name: str, gold: str = "") -> list[GoldDoc]:
    """The development gold of bench/eval_conventions.py rewritten to its convention `name` (from
    the file `gold` that eval_conventions --save-gold wrote, when given)."""
    import pickle

    import eval_conventions

    if gold:
        with open(gold, "rb") as f:
            saved = pickle.load(f)
        if name in saved:
            return saved[name]
    return eval_conventions.CONVENTIONS[name](eval_conventions.dev_docs())


def markup_docs(dirs: str | list[str]) -> list[GoldDoc]:
    """The articles of markup gold directories (bench/eval_real.py's format, read by its parser),
    pooled: a team's own real gold, which stays outside the project. `dirs`: a list of
    directories, each of which may also be a comma-separated list (the older spelling)."""
    from eval_real import load

    out = []
    names = [dirs] if isinstance(dirs, str) else dirs
    for d in (x for name in names for x in name.split(",") if x):
        for stem, (text, (spans, rels)) in load(Path(d)).items():
            out.append(GoldDoc(f"{d}/{stem}", text, spans, rels))
    return out


def run(
    docs: list[GoldDoc],
    n_train: int,
    repeats: int,
    params: dict | None,
    test_docs: list[GoldDoc] | None = None,
    all_cues: bool = False,
    *,
    corrections: bool = True,
    folds: int = 0,
) -> dict:
    """Rules alone against what `civannot train` then `preannotate` give, per draw: the training
    documents' learned corrections and switched-on opt-in rules (training.train_for_use with
    the rules re-run per opt-in rule), then the scored documents pre-annotated through the
    product's own refiner (civannot.learn.apply.ModelRefiner: the switched rules, the
    corrections applied, the model reading the suggestions it was trained on, combined by the
    policy). `corrections=False`: the model as before learned corrections, read and combined
    with the rules as they are (what this harness measured until session 16: rules + CRF only,
    neither a correction nor a switch). `folds` > 1: k-fold cross-validation instead of draws
    (the documents shuffled once, seed 1000; each fold scored once, trained on the others)."""
    per: dict[str, dict[str, list[float]]] = {
        r: {"rules": [], "alone": [], "both": []} for r in ROWS
    }
    chosen: list[list[str]] = []
    learned: list[list[str]] = []
    secs = []
    for rep in range(folds if folds > 1 else repeats):
        idx = list(range(len(docs)))
        random.Random(1000 + (0 if folds > 1 else rep)).shuffle(idx)
        if folds > 1:
            held = set(idx[rep::folds])
            tr = [docs[i] for i in idx if i not in held]
            te = [docs[i] for i in idx if i in held]
        else:
            tr = [docs[i] for i in idx[:n_train]]
            te = [docs[i] for i in idx[n_train:]] if test_docs is None else test_docs

        def resuggest(rule: str, sub, group=tr):
            # each training document with the lexicon of its fold, the opt-in `rule` on
            return rule_suggestions(group, disabled=switch_disabled(OFF, rule), only=sub)

        c0 = time.process_time()
        fitted = train_for_use(
            tr,
            rule_suggestions(tr),
            params=params,
            resuggest=resuggest if corrections else None,
            corrections=corrections,
        )
        secs.append(time.process_time() - c0)
        chosen.append([*sorted(fitted.model_labels), f"c1={fitted.params.get('c1', '-')}"])
        corr = fitted.corrections
        learned.append([r["correction"] for r in corr.describe()])
        lex = lexicon_of(tr)
        tsugs = rule_suggestions(te, lexicon=lex)
        # pre-annotation runs the rules with the switched-on opt-in rules on
        psugs = rule_suggestions(te, lexicon=lex, disabled=corr.disabled(OFF)) if corr else tsugs
        info = {
            "model_labels": list(fitted.model_labels),
            "policy": dict(fitted.policy),
            "corrections": {**corr.to_json(), "features": fitted.corrections_features},
        }
        refiner = ModelRefiner(StoredModel("crf", 1, "", info, fitted.data))
        if all_cues:
            # tag near the cues of every label (--all-cues), not only the policy's
            refiner._model = CrfModel(fitted.data)
            refiner._decided = frozenset(ENTITY_LABELS)
        rules = score(te, [_rules_pred(s) for s in tsugs])
        both = score(
            te, [_rules_pred(refiner(d.text, s)[0]) for d, s in zip(te, psugs, strict=True)]
        )
        # the kept model alone, tagging every label (reading the suggestions as it was trained)
        crf = CrfModel(fitted.data)
        feats = [
            refiner.corrections.apply(d.text, s, refiner.version, relations=False)
            if refiner.on_features
            else s
            for d, s in zip(te, psugs, strict=True)
        ]
        alone = score(
            te,
            [_model_pred(d.text, crf.tag(d.text, f.spans)) for d, f in zip(te, feats, strict=True)],
        )
        for r in ROWS:
            for k, sc in (("rules", rules), ("alone", alone), ("both", both)):
                if k == "alone" and r not in (*ENTITY_LABELS, "micro"):
                    continue  # (the model tags entities: no directive, no relation)
                v = f1_of(sc, r)
                if v is not None:
                    per[r][k].append(v)
    mean = {r: {k: (sum(v) / len(v) if v else None) for k, v in d.items()} for r, d in per.items()}
    return {
        "mean": mean,
        "chosen": chosen,
        "learned": learned,
        "train_cpu_s": [round(s, 1) for s in secs],
        "draws": per,  # each row's F1 per draw (a row a draw has no gold for is left out)
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="all", choices=["team", "team-unseen", "dev", "all"])
    ap.add_argument("--train", type=int, default=20)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--docs", type=int, default=60, help="size of the generated team set")
    ap.add_argument("--params", default="", help="crfsuite parameters as JSON")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--folds",
        type=int,
        default=0,
        help="k-fold cross-validation (each fold scored once, trained on the others) instead of "
        "--train/--repeats draws",
    )
    ap.add_argument(
        "--no-corrections",
        action="store_true",
        help="rules + CRF only, as this harness measured before session 16 (no learned "
        "corrections or switches)",
    )
    ap.add_argument(
        "--all-cues",
        action="store_true",
        help="tag near the cues of every label (before: not only the labels the model decides)",
    )
    ap.add_argument(
        "--conventions",
        default="",
        help="score the development gold rewritten to these conventions of "
        "bench/eval_conventions.py (comma-separated) instead of --set",
    )
    ap.add_argument(
        "--gold", default="", help="their gold from FILE (eval_conventions --save-gold)"
    )
    ap.add_argument(
        "--markup",
        nargs="+",
        default=[],
        metavar="DIR",
        help="score gold made on real articles kept outside the project instead of --set: "
        "directories of NNN.md markup (bench/eval_real.py), pooled (also comma-separated)",
    )
    args = ap.parse_args()
    params = json.loads(args.params) if args.params else None
    sets = ["team", "team-unseen", "dev"] if args.set == "all" else [args.set]
    if args.conventions:
        sets = [f"conv:{c}" for c in args.conventions.split(",")]
    if args.markup:
        sets = [f"markup:{','.join(args.markup)}"]
    out = {}
    for name in sets:
        if name.startswith("conv:"):
            docs, test_docs = convention_docs(name[5:], args.gold), None
        elif name.startswith("markup:"):
            docs, test_docs = markup_docs(args.markup), None
        else:
            docs, test_docs = load_set(name, args.docs)
        if args.folds > 1:
            args.train, args.repeats = len(docs) - len(docs) // args.folds, args.folds
        if test_docs is None and args.train >= len(docs):
            ap.error(f"--train {args.train}: {name} has {len(docs)} documents, none left to score")
        t0 = time.perf_counter()
        res = run(
            docs, args.train, args.repeats, params, test_docs, args.all_cues,
            corrections=not args.no_corrections, folds=args.folds,
        )  # fmt: skip
        res["wall_s"] = round(time.perf_counter() - t0, 1)
        res["documents"] = len(docs)
        out[name] = res
        if args.json:
            continue
        n_test = len(docs) - args.train if test_docs is None else len(test_docs)
        print(
            f"\n{name} ({'markup gold' if name.startswith('markup:') else 'DEVELOPMENT data'}): train on {args.train} of {len(docs)} documents, "
            f"score {n_test} others, {args.repeats} repeats; exact-match F1 (mean); "
            f"training {res['train_cpu_s']} s CPU"
        )
        print(f"  {'':<12}{'rules':>8}{'both':>8}{'gain':>8}{'model alone':>13}")
        for r in ROWS:
            m = res["mean"][r]
            if m["rules"] is None:
                continue
            gain = 100 * (m["both"] - m["rules"])
            alone = f"{m['alone']:>13.3f}" if m["alone"] is not None else ""
            print(f"  {r:<12}{m['rules']:>8.3f}{m['both']:>8.3f}{gain:>+8.1f}{alone}")
        print("  model decides:", "; ".join(",".join(c) for c in res["chosen"]))
        print("  learned:", "; ".join(",".join(c) or "-" for c in res["learned"]))
    ru = resource.getrusage(resource.RUSAGE_SELF)
    if args.json:
        json.dump(out, sys.stdout, indent=1)
    else:
        print(f"\nCPU {ru.ru_utime + ru.ru_stime:.0f} s")


if __name__ == "__main__":
    main()
