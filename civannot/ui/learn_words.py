"""The learning's words in the window's language: a suggestion's provenance (what civannot.learn
.explain says in English), the names of learned corrections (Correction.name(), "switch on …")
and the descriptions of the convention switches (registry.RULES). In English each function
returns exactly what civannot.learn says; in Chinese the same text from the .ts (context
"learn_words"; a rule's description under context "rules", its English text as the source, so
a description edited in the registry falls back to English until translated again)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from civannot.learn.corrections import name_form
from civannot.learn.explain import parse_model
from civannot.preannotate.registry import RULES

_LONG = 90  # as civannot.learn.explain


def _tr(text: str) -> str:
    return QCoreApplication.translate("learn_words", text)


def rule_description(rule: str) -> str:
    """The rule's description (registry.RULES) in the window's language."""
    desc = RULES.get(rule, "")
    return QCoreApplication.translate("rules", desc) if desc else ""


# the measured precisions of the open project (provenance -> precision, gold documents), set by
# civannot.ui.learning when it measures: shown beside a suggestion's prior (prec29)
_MEASURED: tuple[dict[str, float], int] = ({}, 0)


def set_measured(precision: dict[str, float], documents: int) -> None:
    global _MEASURED
    _MEASURED = (dict(precision), documents)


def measured_for(provenance: str) -> tuple[float, int] | None:
    precision, documents = _MEASURED
    p = precision.get(provenance)
    return (p, documents) if p is not None and documents else None


def explain_text(provenance: str, confidence: float | None = None) -> str:
    """civannot.learn.explain.explain in the window's language, with the precision measured
    against gold where it is known (learning.Learning measures it)."""
    if not provenance:
        return ""
    model = parse_model(provenance)
    if model is not None:
        what = _tr("model {name}, version {v}").format(name=model[0], v=model[1])
    elif provenance.startswith("learned:"):
        name, _, version = provenance[len("learned:") :].rpartition("@")
        what = _tr("learned correction ({name}) of model version {v}").format(
            name=correction_text(name), v=version
        )
        if confidence is not None:
            return what + _tr(" · precision on the training gold {p:.0%}").format(p=confidence)
        return what
    else:
        desc = rule_description(provenance)
        if len(desc) > _LONG:
            desc = desc[: _LONG - 1] + "…"
        what = (
            _tr("rule {rule}: {desc}").format(rule=provenance, desc=desc)
            if desc
            else _tr("rule {rule}").format(rule=provenance)
        )
    measured = measured_for(provenance)
    if confidence is not None:
        if measured is not None and model is None:
            what += _tr(" · rule prior {p:.0%}").format(p=confidence)
        else:
            what += _tr(" · confidence {p:.0%}").format(p=confidence)
    if measured is not None:
        what += _tr(" · measured precision {p:.1%} on {n} gold documents").format(
            p=measured[0], n=measured[1]
        )
    return what


def correction_text(name: str) -> str:
    """A learned correction's name (Correction.name(), or "switch on RULE") in the window's
    language; a form not known here as it is."""
    form = name_form(name)
    if form is None:
        return name
    template, fields = form
    return _tr(template).format(**fields)


def correction_tip(name: str) -> str:
    """What a learned correction does, for its tooltip: a switch's rule description; the name
    itself otherwise (the table's cell may be cut)."""
    form = name_form(name)
    if form is not None and "rule" in form[1]:
        desc = rule_description(form[1]["rule"])
        return correction_text(name) + (f"\n{desc}" if desc else "")
    return correction_text(name)


_POLICY_WORDS = {
    "model": "{labels}",
    "model+": "{labels} (rules where it finds none)",
    "union": "{labels} added to the rules",
}


def _policy_text(policy: dict[str, str] | None) -> str:
    """civannot.learn.lead_model.policy_text in the window's language."""
    if not policy:
        return ""
    parts = [
        _tr(_POLICY_WORDS[p]).format(labels=lab)
        for lab, p in policy.items()
        if lab != "HOLDS_TITLE" and p in _POLICY_WORDS
    ]
    if policy.get("HOLDS_TITLE") == "chain":
        parts.append(_tr("HOLDS_TITLE completed along title chains"))
    return _tr(", ").join(parts)


def model_summary_text(versions: list[dict]) -> str:
    """civannot.learn.lead_model.model_summary in the window's language."""
    from civannot.learn.lead_model import correction_rows

    if not versions:
        return _tr("No model trained yet: pre-annotation uses the rules alone.")
    v = versions[0]
    info = v["info"]
    labels = _policy_text(info.get("policy")) or _tr(", ").join(info.get("model_labels", []))
    labels = labels or _tr("nothing")
    n_corr = len(correction_rows(info))
    corr = (
        _tr(" 1 learned correction of the rules applies before it.")
        if n_corr == 1
        else _tr(" {n} learned corrections of the rules apply before it.").format(n=n_corr)
        if n_corr
        else ""
    )
    return (
        _tr(
            "Model crf version {v}, trained {when} on {docs} documents ({chars} characters) "
            "from {sources}; it decides {labels}."
        ).format(
            v=v["version"],
            when=info.get("trained", v["created"]),
            docs=info.get("documents", "?"),
            chars=info.get("characters", "?"),
            sources=", ".join(info.get("sources", [])),
            labels=labels,
        )
        + corr
    )


def curve_name(key: str) -> str:
    """A learning curve's series name for the legend."""
    names = {
        "rules": _tr("rules"),
        "corrected": _tr("+corrections"),
        "model": _tr("model"),
        "both": _tr("both"),
    }
    return names.get(key, key)


def report_text(rep: dict) -> str:
    """civannot.learn.training.render_report (the Train model dialog's result) in the window's
    language; the table's numbers and label names stay as they are."""
    from civannot.learn.training import render_report

    return render_report(rep, tr=_tr, policy=_policy_text, correction=correction_text)
