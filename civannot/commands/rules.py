"""civannot rules PROJECT [--against gold|LAYER] [--json]; --disable/--enable RULE_ID."""

from __future__ import annotations

import argparse

from civannot.commands._common import CommandError, add_json_flag, emit, open_project

NAME = "rules"
HELP = "precision and recall of each pre-annotation rule against gold; switch rules off or on"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="project file")
    parser.add_argument(
        "--against",
        default="gold",
        metavar="gold|LAYER",
        help="measure against gold (default) or the done documents of annotator layers (a,b)",
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--disable", metavar="RULE_ID", help="switch a rule (or a family) off for this project"
    )
    group.add_argument(
        "--enable", metavar="RULE_ID", help="switch a rule back on, or an opt-in rule on"
    )
    add_json_flag(parser)


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{100 * v:.1f}"


def render(rep: dict) -> str:
    lines = [
        f"{len(rep['rules'])} rules against {', '.join(rep['against'])} "
        f"({rep['documents']} documents), worst first"
    ]
    lines.append(f"  {'rule':<36}{'count':>7}{'P %':>8}{'R %':>8}  ")
    for r in rep["rules"]:
        off = "  off" if r["disabled"] else ""
        lines.append(
            f"  {r['rule']:<36}{r['count']:>7}{_pct(r['precision']):>8}{_pct(r['recall']):>8}{off}"
        )
    if rep["disabled"]:
        lines.append("switched off: " + ", ".join(rep["disabled"]))
    return "\n".join(lines)


def _unknown_rule(rule: str, message: str) -> str:
    """An unknown rule id: the closest ids and how to list them all, instead of a pointer to
    the source (the registry's message ends "(see civannot.preannotate.registry)")."""
    if not message.startswith("no pre-annotation rule"):
        return message
    import difflib

    from civannot.preannotate.registry import RULES, families

    close = difflib.get_close_matches(rule, sorted(RULES), n=2, cutoff=0.6) or (
        difflib.get_close_matches(rule, sorted(families()), n=2, cutoff=0.6)
    )
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    return (
        f"no pre-annotation rule {rule!r}{hint} (`civannot rules PROJECT` lists the rules "
        "with their measures)"
    )


def _skipped(project, off: list[str]) -> list[str]:  # noqa: ANN001
    """The steps of the rules that pre-annotation leaves out with these rules off (and those
    of the labels the schema does not have): their work is not done (speed24)."""
    from civannot.learn.rules_report import schema_disabled
    from civannot.preannotate.registry import resolve_disabled, skipped_steps

    return sorted(skipped_steps(resolve_disabled([*off, *schema_disabled(project)])))


def run(args: argparse.Namespace) -> int:
    from civannot.learn.data import LearnError
    from civannot.learn.rules_report import rules_report, set_rule_enabled
    from civannot.learn.training import parse_sources

    change = args.disable or args.enable
    project = open_project(args.project, write=bool(change))
    try:
        if change and project.kind == "bundle":
            raise CommandError(
                f"{args.project} is a bundle; switch rules in the lead's project (a switch here "
                "would never reach it)"
            )
        if change:
            try:
                now = set_rule_enabled(project, change, enabled=bool(args.enable))
            except ValueError as e:
                raise CommandError(_unknown_rule(change, str(e))) from None
            verb = "on" if args.enable else "off"
            skipped = _skipped(project, now)
            emit(
                args,
                f"rule {change} switched {verb}; switched off now: {', '.join(now) or 'none'}"
                + (
                    f"; not run now (every rule of theirs off): {', '.join(skipped)}"
                    if skipped
                    else ""
                ),
                {"rule": change, "enabled": bool(args.enable), "disabled": now, "skipped": skipped},
            )
            return 0
        try:
            rep = rules_report(project, parse_sources(args.against))
        except LearnError as e:
            raise CommandError(str(e)) from None
    finally:
        project.close()
    if rep["documents"] == 0:
        raise CommandError(
            f"no annotated documents in {', '.join(rep['against'])} to measure the rules against"
        )
    emit(args, render(rep), rep)
    return 0
