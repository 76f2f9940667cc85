"""Pre-annotating a project as the team set it up: the rules it did not switch off, combined
with its newest trained model (civannot.learn.combine), the documents' uncertainty kept for
active learning. `civannot preannotate` and the window call `preannotate`; the rules-only
runner (civannot.preannotate.runner) stays free of the model."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from civannot.learn.combine import combine, model_decided
from civannot.learn.crf import CrfModel
from civannot.learn.features import FEATURES_VERSION
from civannot.learn.model_store import StoredModel, latest_model
from civannot.learn.rules_report import disabled_rules, schema_disabled
from civannot.learn.uncertainty import document_uncertainty, store_uncertainty
from civannot.preannotate.engine import Suggestions
from civannot.preannotate.runner import preannotate_project

if TYPE_CHECKING:
    from civannot.project import Project


class ModelRefiner:
    """The runner's refiner for a stored model. Picklable (the model travels as bytes); each
    process opens its tagger on first use."""

    def __init__(self, stored: StoredModel):
        self.data = stored.data
        self.labels = stored.model_labels
        self.policy = stored.policy
        self.provenance = stored.provenance
        self.corrections = stored.corrections
        self.on_features = bool((stored.info.get("corrections") or {}).get("features", True))
        self.version = stored.version
        self._model: CrfModel | None = None
        self._decided: frozenset[str] | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {
            "data": self.data,
            "labels": self.labels,
            "policy": self.policy,
            "provenance": self.provenance,
            "corrections": self.corrections,
            "on_features": self.on_features,
            "version": self.version,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._model = None
        self._decided = None

    def __call__(self, text: str, sug: Suggestions) -> tuple[Suggestions, dict[str, float]]:
        if self._model is None:
            self._model = CrfModel(self.data)
            self._decided = model_decided(self.policy)
        # the model tags only where the policy lets its spans through (the rest is the rules'),
        # and rules and model disagree only on those labels
        # (the spread uncertainty is not computed: nothing orders by it)
        # the learned corrections of the rules first; the model reads the corrected
        # suggestions or the rules' own, as it was trained (model info "corrections")
        fixed = self.corrections.apply(text, sug, self.version, relations=False)
        if self.on_features:
            sug = fixed
        tagging = self._model.tag(text, sug.spans, labels=self._decided, spread=False)
        unc = document_uncertainty(tagging, sug.spans, self._decided)
        out = combine(text, fixed, tagging, provenance=self.provenance, policy=self.policy)
        # the relation drops the corrections learned, after the combination (which would link a
        # name whose edge was dropped to the titles before it again, relation.holds.adjacent)
        return self.corrections.drop_relations(out), unc


def preannotate(
    project: Project,
    doc_ids: Iterable[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    *,
    processes: int | None = None,
    use_model: bool = True,
    disabled: Iterable[str] | None = None,
) -> dict[str, Any]:
    """preannotate_project with the project's switched-off rules (unless `disabled` is given)
    and, when `use_model`, its newest model; the summary's `model` names it (None: rules
    only). The rules of labels the project's schema does not have are off too (unless
    `disabled` is given), listed as the summary's `rules_outside_schema`."""
    off = disabled_rules(project) if disabled is None else list(disabled)
    stored = latest_model(project) if use_model else None
    note = None
    if stored is not None and stored.info.get("features", 1) != FEATURES_VERSION:
        # its features are not the ones this version computes: its tags would be noise
        note = f"{stored.provenance} was trained on older features: retrain it (rules only now)"
        stored = None
    refiner = ModelRefiner(stored) if stored is not None else None
    if refiner is not None and disabled is None:
        # the opt-in rules the learned corrections switched on run with the rules
        off = refiner.corrections.disabled(off)
    outside = schema_disabled(project) if disabled is None else []
    if stored is not None and outside:
        # the model read the rules' layers as features: trained while such a rule was on (before
        # the schema switched it off), it meets other features now
        trained_off = set(stored.info.get("rules_disabled") or [])
        if not set(outside) <= trained_off:
            note = f"{stored.provenance} was trained with rules the schema leaves out: retrain it"
    # the labels the schema does not have: their rules are off and their work is not done
    # (the summary's rules_disabled stays the team's own list)
    summary = preannotate_project(
        project, doc_ids, progress, cancel, processes=processes,
        disabled=[*off, *(r for r in outside if r not in off)], refiner=refiner,
    )  # fmt: skip
    summary["rules_disabled"] = sorted(off)
    if outside:
        summary["rules_outside_schema"] = outside
    if note:
        summary["model_note"] = note
    unc = summary.pop("uncertainty", None)
    if stored is not None and unc is not None:
        store_uncertainty(project, stored.provenance, unc)
    return summary
