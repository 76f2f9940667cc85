"""civannot import PROJECT PATH... [--format F] [--text-column C] [--json]"""

from __future__ import annotations

import argparse

from civannot.commands._common import (
    CommandError,
    add_json_flag,
    emit,
    open_project,
    terminal_progress,
)

NAME = "import"
HELP = (
    "import articles (folders, .txt, .html, native .jsonl with layers, .csv, .zip), normalising "
    "them; each file goes in whole or not at all"
)


def register(parser: argparse.ArgumentParser) -> None:
    from civannot.importer import FORMATS

    parser.add_argument("project", help="project file")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to import")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="auto",
        help="how to read the files (default: by file name)",
    )
    parser.add_argument("--text-column", help="CSV column holding the article text")
    parser.add_argument(
        "--workers", type=int, default=None, help="normalising processes (default: one per core)"
    )
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    from civannot.importer import import_paths, iter_report_lines

    if args.workers is not None and args.workers < 1:
        raise CommandError("--workers must be at least 1")
    project = open_project(args.project)
    with project:
        result = import_paths(
            project,
            args.paths,
            fmt=args.format,
            text_column=args.text_column,
            progress=terminal_progress("importing"),
            workers=args.workers,
        )
    emit(args, "\n".join(iter_report_lines(result)), result.to_json())
    return 1 if result.refused else 0
