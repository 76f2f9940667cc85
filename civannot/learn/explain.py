"""What a suggestion's provenance means, in words for the window (Qt-free, tested here).

`explain(provenance, confidence)` -> "rule title.chain: a title … · confidence 85%";
"model crf, version 3 · confidence 72%"; "learned correction (trim DATE suffix «上午») of model
version 3 · precision on the training gold 100%"; "" for a span nobody suggested.
"""

from __future__ import annotations

from civannot.preannotate.registry import RULES

_LONG = 90


def parse_model(provenance: str) -> tuple[str, int] | None:
    """("crf", 3) for "model:crf@3"; None for anything else."""
    if not provenance.startswith("model:"):
        return None
    name, _, version = provenance[len("model:") :].partition("@")
    try:
        return name, int(version)
    except ValueError:
        return None


def measured_words(precision: float, documents: int) -> str:
    """The measured precision of what made a suggestion, beside its prior (prec29)."""
    return f" · measured precision {precision:.1%} on {documents} gold documents"


def explain(
    provenance: str,
    confidence: float | None = None,
    measured: tuple[float, int] | None = None,
) -> str:
    """`measured`: (precision, gold documents) of this provenance against gold
    (rules_report.measured_precisions), when measured: the span's confidence is then called
    the rule's prior, so that the two percentages cannot be taken for one another."""
    if not provenance:
        return ""
    model = parse_model(provenance)
    if model is not None:
        what = f"model {model[0]}, version {model[1]}"
    elif provenance.startswith("learned:"):
        # a learned correction of the rules (civannot.learn.corrections): NAME@VERSION; its
        # confidence is its precision on the training gold
        name, _, version = provenance[len("learned:") :].rpartition("@")
        what = f"learned correction ({name}) of model version {version}"
        if confidence is not None:
            return what + f" · precision on the training gold {confidence:.0%}"
        return what
    else:
        desc = RULES.get(provenance, "")
        if len(desc) > _LONG:
            desc = desc[: _LONG - 1] + "…"
        what = f"rule {provenance}" + (f": {desc}" if desc else "")
    if confidence is not None:
        prior = "rule prior" if measured is not None and model is None else "confidence"
        what += f" · {prior} {confidence:.0%}"
    if measured is not None:
        what += measured_words(*measured)
    return what
