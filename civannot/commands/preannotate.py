"""civannot preannotate PROJECT [--doc ID]...: write suggestions into the `auto` layer."""

from __future__ import annotations

import argparse

from civannot.commands._common import (
    CommandError,
    add_json_flag,
    emit,
    open_project,
    terminal_progress,
)

NAME = "preannotate"
HELP = "write suggestions (spans and relations) into the auto layer"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="project file")
    parser.add_argument(
        "--doc",
        action="append",
        default=[],
        metavar="ID",
        help="only this document (its id in the project, or its numeric database id); repeatable",
    )
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="leave the project's trained model out (to compare with the rules alone)",
    )
    add_json_flag(parser)


def _resolve(project, ref: str) -> int:  # noqa: ANN001
    found = project.document_id(ref)
    if found is not None:
        return found
    if ref.isdigit():
        doc_id = int(ref)
        D = project.m.Document
        if D.select(D.id).where(D.id == doc_id).exists():
            return doc_id
    raise CommandError(f"no document {ref!r} in {project.location}")


def run(args: argparse.Namespace) -> int:
    from civannot.learn.apply import preannotate
    from civannot.preannotate.registry import DEFAULT_OFF

    project = open_project(args.project, write=True)
    try:
        if project.kind == "bundle":  # as the window's Pre-annotate…, off in a bundle
            raise CommandError(
                f"{args.project} is a bundle; pre-annotate in the lead's project (the bundle "
                "carries its suggestions: its model's and its learned dictionary's too)"
            )
        ids = [_resolve(project, ref) for ref in args.doc] if args.doc else None
        progress = None if args.json else terminal_progress("preannotate")
        summary = preannotate(project, ids, progress=progress, use_model=not args.rules_only)
    except ValueError as e:
        raise CommandError(str(e)) from None
    finally:
        project.close()
    labels = ", ".join(f"{k} {v}" for k, v in summary["labels"].items()) or "none"
    # the opt-in rules are off for every project that did not switch them on: not news
    switched = [r for r in summary["rules_disabled"] if r not in DEFAULT_OFF]
    human = (
        f"{summary['documents']} documents pre-annotated: {summary['spans']} spans "
        f"({labels}), {summary['relations']} relations; learned dictionary: "
        f"{summary['lexicon']} entries; "
        + (f"model {summary['model']}" if summary["model"] else "rules only")
        + (f" ({summary['model_note']})" if summary.get("model_note") else "")
        + (f"; rules off: {', '.join(switched)}" if switched else "")
    )
    emit(args, human, summary)
    return 0
