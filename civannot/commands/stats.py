"""civannot stats PROJECT [--json]"""

from __future__ import annotations

import argparse

from civannot.commands._common import add_json_flag, emit, open_project

NAME = "stats"
HELP = "documents, layers, labels and assignments of a project"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="project or bundle file")
    add_json_flag(parser)


def render(s: dict) -> str:
    lines = [f"{s['project']}: {s['documents']} documents"]
    lines.append("layers:")
    for name, d in s["layers"].items():
        lines.append(f"  {name:<16} {d['spans']:>8} spans  {d['documents_done']:>6} documents done")
    lines.append("labels:")
    for name, n in s["labels"].items():
        lines.append(f"  {name:<16} {n:>8}")
    if s["progress"]:
        lines.append("assignments:")
        for who, p in s["progress"].items():
            lines.append(
                f"  {who:<16} {p.get('assigned', 0):>6} assigned  {p.get('done', 0):>6} done  "
                f"{p.get('in_progress', 0):>6} in progress"
            )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    with open_project(args.project, read_only=True) as project:
        # the human summary needs counts only; --json lists the assigned documents too
        s = project.stats(assignment_ids=bool(getattr(args, "json", False)))
    emit(args, render(s), s)
    return 0
