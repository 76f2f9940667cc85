"""CPU per document of pre-annotation with and without a trained model, next to jieba.lcut.

    PYTHONPATH=. python bench/bench_learn_apply.py [--articles 400] [--rounds 2] [--phases]
                                                   [--reference]

A model is trained on 40 team-genre articles (tests/team_genre.py: it takes over TITLE, PERSON,
ORG and more there, so the tagger and the combination really run); then, in ONE process and
round after round, the same generated articles of bench_preannotate are passed through
jieba.lcut, the rules alone (suggest) and the rules + model as `preannotate` runs them
(civannot.learn.apply.ModelRefiner: tagging near the rules' cues, combining). CPU time
(time.process_time), best round of each; writing to the project is not included (see
bench_train.py / bench_preannotate_write.py for that). Issue 13's budget: pre-annotation of
10,000 articles within 1x jieba.lcut's wall time, writing included, on 2 processes.
--phases splits the model's CPU (process_time around each step, best round): the features
(civannot.learn.features.TaggerFeatures.windows), crfsuite (set, tag, probability, marginals:
CrfModel.tag without its features), the uncertainty scores and the combination.
--before also times the model tagging near the cues of every entity label, as before the
policy chose the cues (features.cue_positions).
--frozen-combine also times the model with combine as it was before it replayed the rules'
sentences (tests/combine_reference.py) in the same rounds, and checks both agree.
--unmerged also times the model reading each character's attribute strings (CrfModel with
merge=False, as before civannot.learn.crf_merged) in the same rounds, and checks both agree;
with --phases, its CPU by step too.
--reference also times the model with the reference tagging (features.tag_windows, every
feature string given to crfsuite, as CrfModel.tag did before TaggerFeatures) in the same rounds,
and checks that both give the same suggestions and uncertainty on every article.
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
from cpu_steps import count_cpu  # noqa: E402

from civannot.learn.apply import ModelRefiner  # noqa: E402
from civannot.learn.data import rule_suggestions  # noqa: E402
from civannot.learn.model_store import StoredModel  # noqa: E402
from civannot.learn.training import train_for_use  # noqa: E402
from civannot.preannotate import suggest  # noqa: E402
from tests.team_genre import team_docs  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--phases", action="store_true", help="the model's CPU by step")
    ap.add_argument("--reference", action="store_true", help="also the reference tagging")
    ap.add_argument(
        "--unmerged",
        action="store_true",
        help="also the model reading the attribute strings (no merged items), same rounds",
    )
    ap.add_argument(
        "--frozen-combine",
        action="store_true",
        help="also the model with combine as it was before its sentence replay "
        "(tests/combine_reference.py: speakers read again over the whole text), same rounds",
    )
    ap.add_argument(
        "--before",
        action="store_true",
        help="also the model tagging near every label's cues (before the policy chose them)",
    )
    args = ap.parse_args()
    import jieba

    docs = team_docs(40, seed=3)
    fitted = train_for_use(docs, rule_suggestions(docs))
    stored = StoredModel("crf", 1, "", {"policy": fitted.policy}, fitted.data)
    refiner = ModelRefiner(stored)
    spent = _time_phases() if args.phases else None
    rng = random.Random(7)
    texts = [article(rng) for _ in range(args.articles)]
    jieba.lcut(texts[0])
    refiner(
        texts[0], suggest(texts[0], keep_sentences=True)
    )  # open the tagger, compile the patterns
    best: dict[str, float] = {}

    def timed(name: str, fn) -> None:  # noqa: ANN001
        c0 = time.process_time()
        for t in texts:
            fn(t)
        ms = 1000 * (time.process_time() - c0) / len(texts)
        best[name] = min(best.get(name, ms), ms)

    reference = _reference(refiner) if args.reference else None
    unmerged = _unmerged(refiner) if args.unmerged else None
    if unmerged is not None:
        same = all(
            unmerged(t, suggest(t, keep_sentences=True))
            == refiner(t, suggest(t, keep_sentences=True))
            for t in texts
        )
        print(f"strings and merged items: the same suggestions and uncertainty: {same}")
    before = _all_cues(refiner) if args.before else None
    frozen = _frozen_combine(refiner) if args.frozen_combine else None
    if frozen is not None:
        same = all(
            frozen(t, suggest(t)) == refiner(t, suggest(t, keep_sentences=True)) for t in texts
        )
        print(f"frozen combine and combine: the same suggestions and uncertainty: {same}")
    if reference is not None:
        same = all(reference(t, suggest(t)) == refiner(t, suggest(t)) for t in texts)
        print(f"reference tagging and CrfModel.tag: the same suggestions and uncertainty: {same}")
    rounds: list[dict[str, float]] = []
    rounds_strings: list[dict[str, float]] = []  # (--unmerged with --phases)
    for _ in range(args.rounds):
        timed("jieba.lcut", jieba.lcut)
        timed("rules", suggest)
        if reference is not None:
            timed("rules + model (reference tagging)", lambda t: reference(t, suggest(t)))
        if unmerged is not None:
            if spent is not None:
                spent.clear()
            timed(
                "rules + model (attribute strings)",
                lambda t: unmerged(t, suggest(t, keep_sentences=True)),
            )
            if spent is not None:
                rounds_strings.append(dict(spent))
        if before is not None:
            timed("rules + model (every label's cues)", lambda t: before(t, suggest(t)))
        if frozen is not None:
            timed("rules + model (frozen combine)", lambda t: frozen(t, suggest(t)))
        if spent is not None:
            spent.clear()
        timed("rules + model", lambda t: refiner(t, suggest(t, keep_sentences=True)))
        if spent is not None:
            rounds.append(dict(spent))
    chars = sum(map(len, texts)) / len(texts)
    print(f"{len(texts)} articles, {chars:.0f} characters each; policy {fitted.policy}")
    for name, ms in best.items():
        note = f"; the model {ms - best['rules']:.2f} ms" if name.startswith("rules +") else ""
        print(f"  {name:<34}{ms:7.2f} ms CPU/document  "
              f"({ms / best['jieba.lcut']:.2f}x jieba.lcut{note})")  # fmt: skip
    extra = best["rules + model"] - best["rules"]
    print(
        f"  the model adds {extra:.2f} ms ({extra / best['rules']:.0%} of the rules' time); "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    for title, rs in (("", rounds), (" reading attribute strings (--unmerged)", rounds_strings)):
        if not rs:
            continue
        by_step = min(rs, key=lambda r: sum(r.values()))
        by_step["crfsuite"] = by_step.pop("CrfModel.tag") - by_step["features"]
        print(f"  the model's CPU by step{title} (the round with the least):")
        for name, sec in by_step.items():
            ms = 1000 * sec / len(texts)
            print(
                f"    {name:<12}{ms:7.3f} ms/document  ({ms / best['jieba.lcut']:.3f}x jieba.lcut)"
            )
    return 0


def _reference(refiner: ModelRefiner):  # noqa: ANN202
    """The refiner with CrfModel.tag's reference path: tag_windows' strings, all of them."""
    from civannot.learn.combine import combine, model_decided
    from civannot.learn.crf import CrfModel
    from civannot.learn.uncertainty import document_uncertainty
    from tests.learn_support import reference_tag

    model = CrfModel(refiner.data)
    decided = model_decided(refiner.policy)

    def call(text: str, sug):  # noqa: ANN001, ANN202
        tagging = reference_tag(model, text, sug.spans, decided)
        tagging.uncertainty = None  # the refiner does not compute the spread (tag's `spread`)
        unc = document_uncertainty(tagging, sug.spans, decided)
        out = combine(text, sug, tagging, provenance=refiner.provenance, policy=refiner.policy)
        return out, unc

    return call


def _unmerged(refiner: ModelRefiner):  # noqa: ANN202
    """The refiner with a CrfModel that gives crfsuite each character's strings."""
    from civannot.learn.combine import model_decided
    from civannot.learn.crf import CrfModel

    other = ModelRefiner(StoredModel("crf", 1, "", {"policy": refiner.policy}, refiner.data))
    other._model = CrfModel(refiner.data, merge=False)
    other._decided = model_decided(refiner.policy)
    return other


def _frozen_combine(refiner: ModelRefiner):  # noqa: ANN202
    """The refiner with the combine of before the sentence replay (the rules keep no sentences;
    the speakers are read again over the whole text whenever the persons changed)."""
    from civannot.learn.combine import model_decided
    from civannot.learn.crf import CrfModel
    from civannot.learn.uncertainty import document_uncertainty
    from tests.combine_reference import reference_combine

    model = CrfModel(refiner.data)
    decided = model_decided(refiner.policy)

    def call(text: str, sug):  # noqa: ANN001, ANN202
        tagging = model.tag(text, sug.spans, labels=decided, spread=False)
        unc = document_uncertainty(tagging, sug.spans, decided)
        pol = refiner.policy
        return reference_combine(text, sug, tagging, provenance=refiner.provenance, policy=pol), unc

    return call


def _all_cues(refiner: ModelRefiner):  # noqa: ANN202
    """The refiner as it was before cue_positions took the policy: tagging near the cues of
    every entity label (the rules' GPE, DATE and DOC too), disagreement over every label."""
    from civannot.learn.combine import combine
    from civannot.learn.crf import CrfModel
    from civannot.learn.uncertainty import document_uncertainty

    model = CrfModel(refiner.data)

    def call(text: str, sug):  # noqa: ANN001, ANN202
        tagging = model.tag(text, sug.spans, spread=False)
        unc = document_uncertainty(tagging, sug.spans)
        out = combine(text, sug, tagging, provenance=refiner.provenance, policy=refiner.policy)
        return out, unc

    return call


def _time_phases() -> dict[str, float]:
    """Wrap the model's steps with process_time counters (features inside CrfModel.tag)."""
    from civannot.learn import apply, crf, features

    spent: dict[str, float] = {}
    count_cpu(spent, features.TaggerFeatures, "windows", "features")
    count_cpu(spent, crf.CrfModel, "tag", "CrfModel.tag")
    count_cpu(spent, apply, "document_uncertainty", "uncertainty")
    count_cpu(spent, apply, "combine", "combine")
    return spent


if __name__ == "__main__":
    raise SystemExit(main())
