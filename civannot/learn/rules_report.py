"""Every rule measured against the team's gold, and the rules a project switched off.

A rule's precision is the share of its suggestions that are exactly a gold span (or, for a
relation rule, exactly a gold relation between exact spans); its recall is the share of the gold
spans (relations) of the labels (types) it suggests that it found; its count is how many it
suggested. The suggestions are the engine's with every rule on, and the learned lexicon built
without the measured document's own fold (see civannot.learn.data.rule_suggestions), so the
`lexicon` rule is not credited with the gold it was built from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from civannot.learn.data import GoldDoc, gold_documents, rule_suggestions
from civannot.preannotate.engine import Suggestions
from civannot.preannotate.registry import (
    DEFAULT_OFF,
    RULES,
    families,
    resolve_disabled,
    rules_outside,
)
from civannot.records import GOLD_LAYER

if TYPE_CHECKING:
    from civannot.project import Project

META_DISABLED = "rules_disabled"
META_ENABLED = "rules_enabled"  # the opt-in rules (registry.DEFAULT_OFF) the project switched on


def _meta_list(project: Project, key: str) -> list[str]:
    value = project.get_meta(key, [])
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def disabled_rules(project: Project) -> list[str]:
    """The rule ids (or families) off for the project: those it switched off (project meta
    `rules_disabled`) and the opt-in rules it did not switch on (`rules_enabled`)."""
    on = set(_meta_list(project, META_ENABLED))
    return sorted({*_meta_list(project, META_DISABLED), *(DEFAULT_OFF - on)})


def schema_disabled(project: Project) -> list[str]:
    """The rules whose suggestions the project's schema cannot hold (a label, or a relation
    type or one of its ends, it does not have): off for it in pre-annotation and in training
    alike, so that their work is not done at all (registry.rules_outside; speed24). Kept apart
    from disabled_rules: the team did not switch them off, its schema leaves them out."""
    schema = project.schema
    return sorted(rules_outside(schema.label_names, [r.name for r in schema.relations]))


def set_rule_enabled(project: Project, rule: str, enabled: bool) -> list[str]:
    """Switch a rule (or a family) on or off for the project; returns the rules now off."""
    resolve_disabled([rule])  # an unknown id is refused with one line
    if rule in DEFAULT_OFF:
        on = _meta_list(project, META_ENABLED)
        off = _meta_list(project, META_DISABLED)
        if enabled == (rule in on and rule not in off):
            state = "on" if enabled else "off (it is off unless a project switches it on)"
            raise ValueError(f"rule {rule} is already switched {state}")
        project.set_meta(
            META_ENABLED, sorted([*on, rule]) if enabled else [r for r in on if r != rule]
        )
        if rule in off:  # switched off explicitly before it became opt-in
            project.set_meta(META_DISABLED, [r for r in off if r != rule])
        return disabled_rules(project)
    now = _meta_list(project, META_DISABLED)
    if enabled:
        if rule not in now:
            covered = [d for d in now if rule in resolve_disabled([d])]
            if not covered:
                raise ValueError(f"rule {rule} is not switched off")
            raise ValueError(
                f"rule {rule} is switched off through {covered[0]}; enable {covered[0]} instead"
            )
        new = [d for d in now if d != rule]
    else:
        if rule in now:
            raise ValueError(f"rule {rule} is already switched off")
        new = sorted([*now, rule])
    project.set_meta(META_DISABLED, new)
    return disabled_rules(project)


def _key(s: Any) -> tuple[int, int, str]:
    return (s.start, s.end, s.label)


def measure_rules(
    docs: Sequence[GoldDoc], sugs: Sequence[Suggestions], disabled: Iterable[str] = ()
) -> list[dict[str, Any]]:
    """One row per rule of the registry: rule, kind, count, tp, precision, recall, gold,
    disabled, description; worst first (lowest precision, then most suggestions; rules that
    suggested nothing last)."""
    off = resolve_disabled(disabled)
    count: dict[str, int] = {}
    tp: dict[str, int] = {}
    labels_of: dict[str, set[str]] = {}
    gold_by_label: dict[str, int] = {}
    for d, sug in zip(docs, sugs, strict=True):
        ann = d.labels
        gset = {_key(s) for s in d.spans}
        for s in d.spans:
            gold_by_label[s.label] = gold_by_label.get(s.label, 0) + 1
        for rtype, _h, _t in d.relations:
            gold_by_label[rtype] = gold_by_label.get(rtype, 0) + 1
        grel = {(r, _key(d.spans[h]), _key(d.spans[t])) for r, h, t in d.relations}
        for s, rule in zip(sug.spans, sug.rules, strict=True):
            if ann is not None and s.label not in ann:
                continue
            count[rule] = count.get(rule, 0) + 1
            labels_of.setdefault(rule, set()).add(s.label)
            if _key(s) in gset:
                tp[rule] = tp.get(rule, 0) + 1
        for (rtype, h, t), rule in zip(sug.relations, sug.relation_rules, strict=True):
            if ann is not None and rtype not in ann:
                continue
            count[rule] = count.get(rule, 0) + 1
            labels_of.setdefault(rule, set()).add(rtype)
            if (rtype, _key(sug.spans[h]), _key(sug.spans[t])) in grel:
                tp[rule] = tp.get(rule, 0) + 1
    rows: list[dict[str, Any]] = []
    for rule in sorted(set(RULES) | set(count)):
        c, k = count.get(rule, 0), tp.get(rule, 0)
        g = sum(gold_by_label.get(lab, 0) for lab in labels_of.get(rule, ()))
        rows.append(
            {
                "rule": rule,
                "kind": "relation" if rule.startswith("relation.") else "span",
                "labels": sorted(labels_of.get(rule, ())),
                "count": c,
                "tp": k,
                "precision": k / c if c else None,
                "recall": k / g if g else None,
                "disabled": rule in off,
                "description": RULES.get(rule, ""),
            }
        )
    rows.sort(key=lambda r: (r["precision"] is None, r["precision"] or 0.0, -r["count"], r["rule"]))
    return rows


def rules_report(project: Project, against: Sequence[str] = (GOLD_LAYER,)) -> dict[str, Any]:
    """{"against", "documents", "rules": rows (measure_rules), "disabled", "schema_disabled"
    (the rules the project's schema leaves out: their work is skipped too)}."""
    docs = gold_documents(project, against)
    sugs = rule_suggestions(docs, disabled=())  # every rule, the opt-in ones too
    disabled = disabled_rules(project)
    return {
        "against": list(against),
        "documents": len(docs),
        "disabled": disabled,
        "schema_disabled": schema_disabled(project),
        "rules": measure_rules(docs, sugs, disabled),
    }


def rule_precisions(report: Mapping[str, Any], model_info: Mapping[str, Any] | None = None,
                    model_provenance: str = "") -> dict[str, float]:  # fmt: skip
    """Provenance -> measured precision, for accepting suggestions by precision: the rules' from
    a report, and the model's (its held-out precision) when a model is given."""
    out = {r["rule"]: r["precision"] for r in report["rules"] if r["precision"] is not None}
    ev = (model_info or {}).get("evaluation") or {}
    p = ((ev.get("model") or {}).get("micro") or {}).get("precision")
    if model_provenance and p is not None:
        out[model_provenance] = p
    return out


# in a bundle: the lead's measured_precisions when the bundle was made (a bundle has no gold
# to measure against), for its annotator's Accept suggestions of precise rules
PRECISIONS_META = "learn_precisions"


def bundle_precisions(bundle: Project) -> dict[str, Any] | None:
    """The precisions the lead measured when making this bundle (measured_precisions' form),
    or None: a bundle made before they travelled, or from a project without gold."""
    got = bundle.get_meta(PRECISIONS_META, None)
    if not isinstance(got, dict) or not isinstance(got.get("precision"), dict):
        return None
    return got if got.get("documents") else None


def stales_precisions(change: Any, layers: Iterable[str] = ("gold",)) -> bool:
    """Whether a change announced on the project's bus (civannot.store.Change) can move the
    rules' precisions measured against `layers`: a write to one of them, a rewritten text (all
    layers), or a write by another connection (prec29: gold added or adjudicated since left
    the figures of accepting by precision and of the rules screen stale)."""
    if getattr(change, "external", False) or getattr(change, "text_changed", False):
        return True
    touched = {change.layer} | set(getattr(change, "layers", ()) or ())
    return bool(touched & set(layers))


def measured_precisions(project: Project) -> dict[str, Any]:
    """What accepting suggestions by precision needs, measured against the project's gold:
    `precision` (provenance -> precision, rule_precisions), `documents` (of gold it was
    measured on: 0 means nothing could be measured) and `version` (the model's, 0 without)."""
    from civannot.learn.model_store import latest_model

    stored = latest_model(project)
    report = rules_report(project)
    return precisions_of(report, stored.version, stored.info) if stored else precisions_of(report)


def precisions_of(
    report: Mapping[str, Any], version: int = 0, info: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """measured_precisions' form from a rules report (against gold) and the model version it was
    read with (0: none): the rules screen's report gives them without measuring again."""
    from civannot.learn.model_store import model_provenance

    return {
        "precision": rule_precisions(report, info, model_provenance(version) if version else ""),
        "documents": report["documents"],
        "version": version,
    }


def known_rule_names() -> list[str]:
    """Ids and families a user may switch off."""
    return sorted(set(RULES) | families())
