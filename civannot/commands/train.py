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


def render(rep: dict) -> str:
    from civannot.learn.evaluation import compare_table, format_f1

    lines = [
        f"model {rep['model']} version {rep['version']}: {rep['documents']} documents "
        f"({rep['characters']} characters) from {', '.join(rep['sources'])}, "
        f"{rep['seconds']} s",
        "the model decides: " + (", ".join(rep["model_labels"]) or "nothing (rules keep all)"),
    ]
    ev = rep.get("evaluation")
    if ev:
        sp = rep["split"]
        lines.append(
            f"held-out: fitted on {sp['train']}, labels chosen on {sp['check']}, "
            f"scored on {sp['test']} documents (exact-match F1)"
        )
        lines.append(f"  {'label':<12}{'gold':>6}{'rules':>8}{'model':>8}{'both':>8}")
        for r in compare_table(ev):
            lines.append(
                f"  {r['label']:<12}{r['gold']:>6}{format_f1(r['rules']):>8}"
                f"{format_f1(r['model']):>8}{format_f1(r['both']):>8}"
            )
        if rep.get("curve"):
            pts = ", ".join(f"{c['documents']}: {format_f1(c['both'])}" for c in rep["curve"])
            lines.append(f"learning curve (documents: micro F1 of both): {pts}")
    else:
        lines.append("too few documents to hold some out: no evaluation")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from civannot.learn.data import LearnError
    from civannot.learn.training import TrainingCancelled, parse_sources, train_project

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
    emit(args, render(rep), rep)
    return 0
