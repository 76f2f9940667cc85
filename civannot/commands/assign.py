"""civannot assign PROJECT --annotators a,b,c --overlap 0.2 [--seed N] [--copies K]
[--order length|uncertainty] [--limit N] [--json]"""

from __future__ import annotations

import argparse

from civannot.commands._common import CommandError, add_json_flag, emit, open_project

NAME = "assign"
HELP = "spread documents over annotators, a share of them to two or more"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="project file")
    parser.add_argument(
        "--annotators", required=True, help="comma-separated annotator names, e.g. alice,bob,chen"
    )
    parser.add_argument(
        "--overlap",
        type=float,
        default=0.0,
        help="share of documents (0..1) given to several annotators for agreement (default 0)",
    )
    parser.add_argument(
        "--copies",
        type=int,
        default=2,
        help="annotators per overlapping document (default 2)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the tie-breaking shuffle")
    parser.add_argument(
        "--order",
        choices=("length", "uncertainty"),
        default="length",
        help="length: balance by characters (default); uncertainty: the documents the trained "
        "model is least sure of first (needs `civannot train` and `preannotate`)",
    )
    parser.add_argument(
        "--limit", type=int, default=None, help="hand out at most this many new documents"
    )
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    from civannot.assignment import AssignmentError, assign_project

    names = [a for a in args.annotators.split(",")]
    with open_project(args.project, write=True) as project:
        if project.kind == "bundle":
            raise CommandError(f"{args.project} is a bundle; assign in the lead's project")
        try:
            summary = assign_project(
                project,
                names,
                args.overlap,
                args.seed,
                args.copies,
                order=args.order,
                limit=args.limit,
            )
        except AssignmentError as e:
            raise CommandError(str(e)) from None
    emit(args, summary.render(), summary.to_json())
    return 0
