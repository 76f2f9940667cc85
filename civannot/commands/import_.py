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
    from civannot.interop import FOREIGN_FORMATS

    parser.add_argument("project", help="project file")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to import")
    parser.add_argument(
        "--format",
        choices=FORMATS + FOREIGN_FORMATS,
        default="auto",
        help="how to read the files (default: by file name); doccano, labelstudio and brat "
        "bring another tool's annotations into a layer",
    )
    parser.add_argument(
        "--layer", help="with doccano/labelstudio/brat: the layer (annotator) to import into"
    )
    parser.add_argument("--text-column", help="CSV column holding the article text")
    parser.add_argument(
        "--workers", type=int, default=None, help="normalising processes (default: one per core)"
    )
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    from civannot.importer import import_paths, iter_report_lines
    from civannot.interop import FOREIGN_FORMATS

    if args.format in FOREIGN_FORMATS:
        return _run_foreign(args)
    if args.layer:
        raise CommandError("--layer goes with --format doccano, labelstudio or brat")
    if args.workers is not None and args.workers < 1:
        raise CommandError("--workers must be at least 1")
    project = open_project(args.project, write=True)
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


def _run_foreign(args: argparse.Namespace) -> int:
    from civannot.interop import import_foreign

    warnings: list[str] = []
    with open_project(args.project, write=True) as project:
        report = None
        for path in args.paths:
            one = import_foreign(
                project,
                path,
                args.format,
                args.layer,
                warnings=warnings,
                progress=terminal_progress("importing"),
            )
            if report is None:
                report = one
            else:
                report.merge(one)
    assert report is not None
    lines = [
        f"imported {len(report.imported)} documents, {report.layers_added} layers ({args.format})"
    ]
    lines += [f"duplicate: {d}" for d in report.duplicates]
    lines += [f"refused: {e}" for e in report.errors]
    lines += [f"note: {w}" for w in warnings]
    data = {
        "format": args.format,
        "imported": report.imported,
        "layers_added": report.layers_added,
        "duplicates": report.duplicates,
        "errors": report.errors,
        "warnings": warnings,
    }
    emit(args, "\n".join(lines), data)
    return 1 if report.errors else 0
