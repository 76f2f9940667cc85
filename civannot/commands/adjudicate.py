"""civannot adjudicate PROJECT [--strategy unanimous|majority] [--annotators a,b] [--json]"""

from __future__ import annotations

import argparse

from civannot.commands._common import CommandError, add_json_flag, emit, open_project

NAME = "adjudicate"
HELP = "pre-merge what the annotators agree on into gold; disagreements stay for review"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="project file")
    parser.add_argument(
        "--strategy",
        choices=("unanimous", "majority"),
        default="unanimous",
        help="accept what every annotator of a document marked (default), or more than half of them",
    )
    parser.add_argument(
        "--annotators",
        help="comma-separated annotators to merge (default: every annotator with a document done)",
    )
    parser.add_argument(
        "--include-single",
        action="store_true",
        help="also copy documents completed by one annotator only (default: left for review)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="report what would be merged, write nothing"
    )
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    from civannot.app.adjudication import premerge_gold
    from civannot.commands.agree import annotator_selection

    with open_project(args.project, write=True) as project:
        if project.kind == "bundle":
            raise CommandError(f"{args.project} is a bundle; adjudicate in the lead's project")
        annotators = annotator_selection(project, args.annotators)
        try:
            result = premerge_gold(
                project,
                annotators,
                args.strategy,
                include_single=args.include_single,
                dry_run=args.dry_run,
            )
        except ValueError as e:
            raise CommandError(str(e)) from None
        external = {info.id: info.external_id for info in project.document_infos()}
    counts, minimum, content, remaining = (
        result.counts,
        result.minimum,
        result.content,
        result.remaining,
    )
    added_spans, added_rels, skipped = result.added_spans, result.added_relations, result.skipped

    considered = sum(1 for c in counts.values() if c >= minimum)
    single = sum(1 for c in counts.values() if c == 1) if minimum == 2 else 0
    span_left = sum(1 for rs in remaining.values() for r in rs if r.kind == "span")
    rel_left = sum(1 for rs in remaining.values() for r in rs if r.kind == "relation")
    data = {
        "strategy": args.strategy,
        "annotators": annotators,
        "dry_run": bool(args.dry_run),
        "documents": considered,
        "documents_written": len(content),
        "spans_added": added_spans,
        "relations_added": added_rels,
        "spans_skipped": skipped,
        "single_annotator_documents": single,
        "remaining": {
            "documents": len(remaining),
            "spans": span_left,
            "relations": rel_left,
            "per_document": [
                {
                    "id": external.get(d, d),
                    "regions": [r.to_json() for r in regions],
                }
                for d, regions in sorted(remaining.items())
            ],
        },
    }
    verb = "would add" if args.dry_run else "added"
    lines = [
        f"{args.strategy}: {considered} document(s) completed by {minimum}+ of "
        f"{len(annotators)} annotator(s); {verb} {added_spans} span(s) and {added_rels} "
        f"relation(s) to gold in {len(content)} document(s).",
    ]
    if skipped:
        lines.append(f"{skipped} agreed span(s) not added: they clash with spans already in gold.")
    lines.append(
        f"Remaining for review: {span_left} span disagreement(s) and {rel_left} relation "
        f"disagreement(s) in {len(remaining)} document(s)."
    )
    if single:
        lines.append(
            f"{single} document(s) completed by one annotator only were left out "
            "(--include-single copies them)."
        )
    emit(args, "\n".join(lines), data)
    return 0
