"""civannot agree PROJECT [--annotators a,b] [--labels L1,L2] [--json]"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from civannot.commands._common import (
    CommandError,
    add_json_flag,
    emit,
    open_project,
    terminal_progress,
)

if TYPE_CHECKING:
    from civannot.project import Project

NAME = "agree"
HELP = "agreement report: Cohen's κ per pair, Fleiss' κ, Krippendorff's α, span F1"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="project file (or bundle)")
    parser.add_argument(
        "--annotators",
        help="comma-separated annotators to compare (default: every annotator with a document done)",
    )
    parser.add_argument(
        "--labels", help="comma-separated labels to report (default: every label of the schema)"
    )
    add_json_flag(parser)


def _names(value: str, what: str) -> list[str]:
    names = [x.strip() for x in value.split(",") if x.strip()]
    if not names:
        raise CommandError(f"--{what} names nothing")
    return list(dict.fromkeys(names))


def annotator_selection(project: Project, value: str | None) -> list[str]:
    """The annotators to compare: the named ones (checked), or all who completed a document."""
    from civannot.records import RESERVED_LAYERS

    known = [a for a in project.annotators() if a not in RESERVED_LAYERS]
    if value is None:
        return [a for a in known if project.completed(a)]
    names = _names(value, "annotators")
    unknown = [a for a in names if a not in known]
    if unknown:
        raise CommandError(
            f"unknown annotator {unknown[0]!r} (annotators: {', '.join(known) or 'none'})"
        )
    if len(names) < 2:
        raise CommandError("--annotators needs at least two annotators to compare")
    return names


def collect(project: Project, annotators: list[str]) -> tuple[dict, dict, dict]:
    """Text lengths, layers and completed documents of the annotators, in bulk queries."""
    texts_len = project.text_lengths()
    layers = {a: project.layer_data(a) for a in annotators}
    completed = {a: project.completed(a) for a in annotators}
    return texts_len, layers, completed


def run(args: argparse.Namespace) -> int:
    from civannot.agreement import agreement_report, render_report

    with open_project(args.project) as project:
        annotators = annotator_selection(project, args.annotators)
        schema = project.schema
        if args.labels is not None:
            labels = _names(args.labels, "labels")
            unknown = [x for x in labels if x not in schema.label_names]
            if unknown:
                raise CommandError(
                    f"unknown label {unknown[0]!r} (labels: {', '.join(schema.label_names)})"
                )
        else:
            labels = list(schema.label_names)
        directive = [x.name for x in schema.labels if x.kind == "directive"]
        texts_len, layers, completed = collect(project, annotators)
        external = {info.id: info.external_id for info in project.document_infos()}
    try:
        report: dict[str, Any] = agreement_report(
            texts_len,
            layers,
            completed,
            labels,
            directive,
            annotators=annotators,
            progress=terminal_progress("agreement"),
        )
    except ValueError as e:
        raise CommandError(str(e)) from None
    for entry in report["per_document"]:
        entry["id"] = external.get(entry["id"], entry["id"])
    from civannot.app.agreement import store_summary

    with open_project(args.project) as project:
        store_summary(project, report)
    human = render_report(report)
    if len(annotators) < 2:
        human = (
            f"Agreement needs two annotators who completed documents; found "
            f"{len(annotators)} ({', '.join(annotators) or 'none'}).\n" + human
        )
    emit(args, human.rstrip("\n"), report)
    return 0
