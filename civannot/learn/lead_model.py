"""What the lead's "Rules and model" screen shows, computed without Qt: the rules' table (from
civannot.learn.rules_report), the model's evaluation table and the learning curve as points
scaled into a plot box."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from civannot.learn.evaluation import compare_table, format_f1


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{100 * v:.1f}"


@dataclass
class RuleRow:
    rule: str
    count: int
    precision: str
    recall: str
    enabled: bool
    description: str
    worst: bool  # precision below the project's bar: drawn in red


def rule_rows(report: dict[str, Any], bar: float = 0.7) -> list[RuleRow]:
    """The rules' table rows, worst first (as measured), rules that suggested nothing last."""
    out = []
    for r in report["rules"]:
        out.append(
            RuleRow(
                r["rule"],
                r["count"],
                _pct(r["precision"]),
                _pct(r["recall"]),
                not r["disabled"],
                r["description"],
                r["precision"] is not None and r["precision"] < bar,
            )
        )
    return out


def evaluation_rows(info: dict[str, Any]) -> list[list[str]]:
    """[label, gold, rules F1, rules + corrections F1, model F1, both F1] of a stored model's
    evaluation (— where a model stored before learned corrections has no such figure), the
    micro row first: it is the figure the lead reads, and below the labels it sat under the
    fold of the lead's screen at 1366×768 and at 1920×1080."""
    ev = info.get("evaluation")
    if not ev:
        return []
    table = sorted(compare_table(ev), key=lambda r: r["label"] != "micro")
    return [
        [
            r["label"],
            str(r["gold"]),
            format_f1(r["rules"]),
            format_f1(r.get("corrected")),
            format_f1(r["model"]),
            format_f1(r["both"]),
        ]  # fmt: skip
        for r in table
    ]


def correction_rows(info: dict[str, Any]) -> list[list[str]]:
    """[correction, fixed, broken] of the learned corrections stored with a model
    (civannot.learn.corrections; switches first, in the order they apply)."""
    from civannot.learn.corrections import Corrections

    return [
        [r["correction"], "—" if r["fixed"] is None else str(r["fixed"]),
         "—" if r["broken"] is None else str(r["broken"])]
        for r in Corrections.from_json(info.get("corrections")).describe()
    ]  # fmt: skip


@dataclass
class CurvePlot:
    """Polylines of the learning curve in a box of width x height (y grows downwards)."""

    width: float
    height: float
    series: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    x_ticks: list[tuple[float, str]] = field(default_factory=list)
    y_ticks: list[tuple[float, str]] = field(default_factory=list)


def curve_plot(curve: list[dict[str, Any]], width: float, height: float) -> CurvePlot:
    """Micro F1 of "both", "model", "corrected" (rules + learned corrections, where the
    curve has it) and "rules" against training documents (log2 x axis when
    the sizes double), y from the lowest value (rounded down to 0.1) to 1."""
    plot = CurvePlot(width, height)
    pts = [c for c in curve if c.get("documents")]
    if not pts:
        return plot
    import math

    xs = [math.log2(c["documents"]) for c in pts]
    x0, x1 = min(xs), max(xs)
    keys = ("both", "model", "corrected", "rules")
    vals = [c[k] for c in pts for k in keys if c.get(k) is not None]
    y0 = math.floor(min(vals, default=0.0) * 10) / 10 if vals else 0.0
    y0 = min(y0, 0.9)

    def sx(x: float) -> float:
        return width * ((x - x0) / (x1 - x0) if x1 > x0 else 0.5)

    def sy(y: float) -> float:
        return height * (1 - (y - y0) / (1 - y0))

    for key in ("rules", "corrected", "model", "both"):
        line = [(sx(x), sy(c[key])) for x, c in zip(xs, pts, strict=True) if c.get(key) is not None]
        if line:
            plot.series[key] = line
    plot.x_ticks = [(sx(x), str(c["documents"])) for x, c in zip(xs, pts, strict=True)]
    steps = max(1, round((1 - y0) / 0.1))
    plot.y_ticks = [(sy(y0 + i * (1 - y0) / steps), f"{y0 + i * (1 - y0) / steps:.1f}")
                    for i in range(steps + 1)]  # fmt: skip
    return plot


_POLICY_WORDS = {
    "model": "{}",
    "model+": "{} (rules where it finds none)",
    "union": "{} added to the rules",
}


def policy_text(policy: dict[str, str] | None) -> str:
    """What the model has a say in, from its policy (civannot.learn.combine): "TITLE, ORG
    added to the rules; HOLDS_TITLE chains"."""
    if not policy:
        return ""
    parts = [
        _POLICY_WORDS[p].format(lab)
        for lab, p in policy.items()
        if lab != "HOLDS_TITLE" and p in _POLICY_WORDS
    ]
    if policy.get("HOLDS_TITLE") == "chain":
        parts.append("HOLDS_TITLE completed along title chains")
    return ", ".join(parts)


def model_summary(versions: list[dict[str, Any]]) -> str:
    """One line about the newest model (or that there is none)."""
    if not versions:
        return "No model trained yet: pre-annotation uses the rules alone."
    v = versions[0]
    info = v["info"]
    labels = policy_text(info.get("policy")) or ", ".join(info.get("model_labels", []))
    labels = labels or "nothing"
    n_corr = len(correction_rows(info))
    corr = f" {n_corr} learned corrections of the rules apply before it." if n_corr else ""
    return (
        f"Model crf version {v['version']}, trained {info.get('trained', v['created'])} on "
        f"{info.get('documents', '?')} documents ({info.get('characters', '?')} characters) "
        f"from {', '.join(info.get('sources', []))}; it decides {labels}.{corr}"
    )
