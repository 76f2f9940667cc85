"""What the lead's "Rules and model" screen shows, computed without Qt: the rules' table (from
civannot.learn.rules_report), the model's evaluation table and the learning curve as points
scaled into a plot box."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from civannot.learn.evaluation import compare_table, format_f1
from civannot.preannotate.registry import (
    RULES,
    UNLISTED,
    family,
    resolve_disabled,
    skipped_steps,
)


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{100 * v:.1f}"


@dataclass
class RuleSkips:
    """What switching a rule off saves (registry.skipped_steps: a step runs while any of its
    rules is on), given the rules off now. `steps`: for a rule that is on, the steps switching
    it off would leave out; for a rule that is off, the steps not run now that would run again
    with it on. `group`: its family (`person`; `relation.issued_by` for a relation rule) and
    `group_steps` the steps switching that whole family off would leave out (none are left out
    now: those are in `RulesSkips.now`)."""

    steps: tuple[str, ...] = ()
    group: str = ""
    group_steps: tuple[str, ...] = ()


@dataclass
class RulesSkips:
    now: tuple[str, ...]  # the steps not run now (every rule of theirs off)
    rules: dict[str, RuleSkips]
    off: frozenset[str] = frozenset()  # the rules off now, as the engine resolves them


def rule_group(rule: str) -> str:
    """The family a user switches off with a rule: `person` for person.frame, and for a
    relation rule its type's (`relation.issued_by`, `relation.holds`)."""
    if rule.startswith("relation."):
        return ".".join(rule.split(".")[:2])
    return family(rule)


def rule_skips(
    rules: Iterable[str], disabled: Iterable[str], schema_disabled: Iterable[str] = ()
) -> RulesSkips:
    """For each rule id (unknown ids, a model's provenance, get nothing), what switching it (and
    its family) off skips, with the project's `disabled` rules and the rules its schema leaves
    out (`schema_disabled`) off: the rules screen's column, computed as the engine decides it."""
    off = resolve_disabled([*disabled, *schema_disabled])
    now = skipped_steps(off)
    by_group: dict[str, tuple[str, ...]] = {}
    out: dict[str, RuleSkips] = {}
    for rule in rules:
        if rule not in RULES and rule not in UNLISTED:
            out[rule] = RuleSkips()
            continue
        if rule in off:
            steps = now - skipped_steps(off - {rule})
        else:
            steps = skipped_steps(off | {rule}) - now
        group = rule_group(rule)
        if group not in by_group:
            try:
                by_group[group] = tuple(
                    sorted(skipped_steps(off | resolve_disabled([group])) - now)
                )
            except ValueError:  # (not a family a user can name)
                by_group[group] = ()
        out[rule] = RuleSkips(tuple(sorted(steps)), group, by_group[group])
    return RulesSkips(tuple(sorted(now)), out, frozenset(off))


@dataclass
class RuleRow:
    rule: str
    count: int
    precision: str
    recall: str
    enabled: bool
    description: str
    worst: bool  # precision below the project's bar: drawn in red
    skips: RuleSkips = field(default_factory=RuleSkips)


def rule_rows(report: dict[str, Any], bar: float = 0.7) -> list[RuleRow]:
    """The rules' table rows, worst first (as measured), rules that suggested nothing last; each
    with what switching it off skips (rule_skips; the report's `disabled` and
    `schema_disabled`)."""
    skips = report_skips(report).rules
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
                skips.get(r["rule"], RuleSkips()),
            )
        )
    return out


def report_skips(report: dict[str, Any]) -> RulesSkips:
    """rule_skips for a rules report's rows, with its rules off (`disabled`, or the rows marked
    disabled where a report has no such list) and those its schema leaves out."""

    def known(rule: str) -> bool:
        try:
            resolve_disabled([rule])
        except ValueError:  # (an id a later version retired, a test's made-up id)
            return False
        return True

    disabled = report.get("disabled")
    if disabled is None:
        disabled = [r["rule"] for r in report["rules"] if r.get("disabled")]
    return rule_skips(
        [r["rule"] for r in report["rules"]],
        [d for d in disabled if known(d)],
        [d for d in report.get("schema_disabled", []) if known(d)],
    )


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


def readable_ticks(
    ticks: Sequence[tuple[float, str]],
    size_of: Callable[[str], float],
    lo: float,
    hi: float,
    gap: float = 4.0,
) -> list[tuple[float, str]]:
    """The tick labels an axis can show without one running into the next: each label is
    centred on its tick (kept inside lo..hi) and starts past the end of the last one shown plus
    `gap`; the last tick (the most documents, or F1 1.0) is always shown, in place of the one
    before it if they would touch. Returns (where the label starts, text), in order.

    `size_of(text)`: the label's extent along the axis (its width on x, its height on y);
    `ticks` go in the axis's increasing direction. The learning curve's log2 x axis puts 128,
    256, 512 and 1000 a few pixels apart in the 1366x768 lead's screen: drawn all, they read
    "5121000", and the last one was cut at the widget's edge."""
    placed: list[tuple[float, float, str]] = []  # (start, end, text)
    for i, (at, text) in enumerate(ticks):
        size = size_of(text)
        start = min(max(at - size / 2, lo), hi - size)
        last = i == len(ticks) - 1
        while last and placed and start < placed[-1][1] + gap:
            placed.pop()  # the last tick wins over the ones it would touch
        if not placed or start >= placed[-1][1] + gap:
            placed.append((start, start + size, text))
    return [(start, text) for start, _end, text in placed]


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
    corr = (
        " 1 learned correction of the rules applies before it."
        if n_corr == 1
        else f" {n_corr} learned corrections of the rules apply before it."
        if n_corr
        else ""
    )
    return (
        f"Model crf version {v['version']}, trained {info.get('trained', v['created'])} on "
        f"{info.get('documents', '?')} documents ({info.get('characters', '?')} characters) "
        f"from {', '.join(info.get('sources', []))}; it decides {labels}.{corr}"
    )
