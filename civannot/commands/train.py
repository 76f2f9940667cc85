"""civannot train PROJECT [--from gold|LAYER,...] [--json]: a suggestion model from the team's
annotations, evaluated on held-out documents, stored in the project as a new version."""

from __future__ import annotations

import argparse

from civannot.commands._common import (
    CommandError,
    add_json_flag,
    emit,
    open_project,
    terminal_progress,
)

NAME = "train"
HELP = "train the suggestion model on gold (or done layers) and report held-out scores"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="project file")
    parser.add_argument(
        "--from",
        dest="sources",
        default="gold",
        metavar="gold|LAYER,...",
        help="what to learn from: gold (default) and/or annotator layers (their done documents)",
    )
    parser.add_argument(
        "--no-curve", action="store_true", help="skip the learning curve (faster on big corpora)"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the held-out split")
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    from civannot.learn.data import LearnError
    from civannot.learn.training import (
        TrainingCancelled,
        parse_sources,
        render_report,
        train_project,
    )

    project = open_project(args.project, write=True)
    try:
        if project.kind == "bundle":
            raise CommandError(f"{args.project} is a bundle; train in the lead's project")
        try:
            sources = parse_sources(args.sources)
            progress = None if args.json else terminal_progress("train")
            rep = train_project(
                project, sources, curve=not args.no_curve, seed=args.seed, progress=progress
            )
        except (LearnError, ValueError) as e:
            raise CommandError(str(e)) from None
        except TrainingCancelled:
            raise CommandError("training cancelled; nothing stored", 130) from None
    finally:
        project.close()
    emit(args, render_report(rep), rep)
    return 0
