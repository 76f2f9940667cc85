"""How informative a document would be to annotate next: the model's uncertainty on it and
how much the rules and the model disagree.

- least_confident: 1 - the smallest confidence of the model's spans (a span the model hesitates
  about is one a person should decide);
- margin: 1 - the per-character geometric mean of the best tagging's probability (spread),
  where the tagging has it (CrfModel.tag's `spread`; pre-annotation does not compute it: it
  costs crfsuite's forward-backward pass over every window, a span or not, and nothing orders
  by it);
- disagreement: 1 - F1 between the rules' entity spans and the model's (exact match), over the
  labels the model decides (pre-annotation tags only near their cues);
- score: the mean of least_confident and disagreement, the order `--order uncertainty` and
  "next document by uncertainty" follow (highest first).

The scores are computed while pre-annotating with a model and kept in the project meta
`learn_uncertainty` ({"model": provenance, "scores": {document id: {...}}}).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from civannot.learn.crf import Tagging
from civannot.learn.features import ENTITY_LABELS
from civannot.records import Span

if TYPE_CHECKING:
    from civannot.project import Project

META_KEY = "learn_uncertainty"


def disagreement(
    rule_spans: Sequence[Span], tagging: Tagging, labels: Collection[str] = ENTITY_LABELS
) -> float:
    """1 - F1 of the rules' and the model's spans of `labels` (at pre-annotation the labels the
    model decides: it tags only near their cues, civannot.learn.features.cue_positions)."""
    a = {(s.start, s.end, s.label) for s in rule_spans if s.label in labels}
    b = {(s.start, s.end, s.label) for s in tagging.spans if s.label in labels}
    if not a and not b:
        return 0.0
    return 1.0 - 2 * len(a & b) / (len(a) + len(b))


def document_uncertainty(
    tagging: Tagging, rule_spans: Sequence[Span], labels: Collection[str] | None = None
) -> dict[str, float]:
    d = disagreement(rule_spans, tagging, ENTITY_LABELS if labels is None else labels)
    out = {
        "least_confident": round(tagging.least_confident, 4),
        "disagreement": round(d, 4),
        "score": round((tagging.least_confident + d) / 2, 4),
    }
    if tagging.uncertainty is not None:
        out["margin"] = round(tagging.uncertainty, 4)
    return out


def store_uncertainty(project: Project, model: str, scores: dict[int, dict[str, float]]) -> None:
    """Keep the scores of these documents (others keep theirs while the model is the same)."""
    old = project.get_meta(META_KEY, {}) or {}
    kept = old.get("scores", {}) if old.get("model") == model else {}
    kept.update({str(k): v for k, v in scores.items()})
    project.set_meta(META_KEY, {"model": model, "scores": kept})


def uncertainty_scores(project: Project) -> dict[int, float]:
    """Document id -> score (documents never scored are absent)."""
    raw = (project.get_meta(META_KEY, {}) or {}).get("scores", {})
    out: dict[int, float] = {}
    for k, v in raw.items():
        try:
            out[int(k)] = float(v["score"] if isinstance(v, dict) else v)
        except (TypeError, ValueError, KeyError):
            continue
    return out


def missing_step(project: Project) -> str:
    """Why a project has no uncertainty scores: "train" when no model is stored, "preannotate"
    when one is but no document was pre-annotated with it yet (trained after the last
    pre-annotation, or only `--rules-only` runs since: they leave the scores as they were)."""
    from civannot.learn.model_store import latest_model

    return "train" if latest_model(project) is None else "preannotate"


def order_by_uncertainty(doc_ids: Iterable[int], scores: dict[int, float]) -> list[int]:
    """Most informative first; documents without a score keep their order after them."""
    ids = list(doc_ids)
    pos = {d: i for i, d in enumerate(ids)}
    return sorted(ids, key=lambda d: (d not in scores, -scores.get(d, 0.0), pos[d]))


def next_by_uncertainty(
    doc_ids: Sequence[int], current: int | None, scores: dict[int, float], skip: Iterable[int] = ()
) -> int | None:
    """The most informative document of `doc_ids` other than `current` and `skip` (e.g. the
    ones already done); None when none is left."""
    leave = set(skip) | ({current} if current is not None else set())
    for d in order_by_uncertainty(doc_ids, scores):
        if d not in leave:
            return d
    return None


def summary(project: Project) -> dict[str, Any]:
    raw = project.get_meta(META_KEY, {}) or {}
    return {"model": raw.get("model"), "documents": len(raw.get("scores", {}))}
