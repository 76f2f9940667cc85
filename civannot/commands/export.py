"""civannot export PROJECT --format FMT --out DIR [--layer L] [--labels A,B] [--split 0.8,0.1,0.1
--seed N] [--raw-offsets] [--force] [--json]"""

from __future__ import annotations

import argparse

from civannot.commands._common import (
    CommandError,
    add_json_flag,
    emit,
    open_project,
    terminal_progress,
)
from civannot.records import GOLD_LAYER

NAME = "export"
HELP = "export a layer as training data (jsonl, conll, bioes, brat, doccano, labelstudio, spacy)"


def register(parser: argparse.ArgumentParser) -> None:
    from civannot.export import FORMATS

    parser.add_argument("project", help="project or bundle file")
    parser.add_argument("--format", "-f", required=True, choices=FORMATS, help="output format")
    parser.add_argument("--out", "-o", required=True, help="output folder (new or empty)")
    parser.add_argument(
        "--layer", default=GOLD_LAYER, help="layer to export: gold (default), auto or an annotator"
    )
    parser.add_argument("--labels", help="comma-separated labels to export (default: all)")
    parser.add_argument(
        "--split", help="document shares, e.g. 0.8,0.1,0.1 (train,dev,test) or 0.9,0.1"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the split (default 0)")
    parser.add_argument(
        "--raw-offsets", action="store_true", help="offsets into the raw text (jsonl: both)"
    )
    parser.add_argument(
        "--doccano-offsets",
        choices=("utf16", "graphemes", "codepoints"),
        default="utf16",
        help="doccano: how offsets count, as the doccano project does: utf16 (default; "
        "'Count grapheme clusters as one character' off), graphemes (on), or codepoints "
        "(Python string indices)",
    )
    parser.add_argument(
        "--force", action="store_true", help="replace an earlier civannot export in --out"
    )
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    from civannot.export import ExportError, export_project

    if args.doccano_offsets != "utf16" and args.format != "doccano":
        raise CommandError("--doccano-offsets goes with --format doccano")
    labels = [x.strip() for x in args.labels.split(",") if x.strip()] if args.labels else None
    if args.labels is not None and not labels:
        raise CommandError("--labels is empty")
    with open_project(args.project, read_only=True) as project:
        try:
            report = export_project(
                project,
                args.format,
                args.out,
                layer=args.layer,
                labels=labels,
                split=args.split,
                seed=args.seed,
                raw_offsets=args.raw_offsets,
                progress=None if args.json else terminal_progress("export"),
                overwrite=args.force,
                doccano_offsets=args.doccano_offsets,
            )
        except ExportError as e:
            raise CommandError(str(e)) from None
    emit(args, report.summary(), report.to_json())
    return 1 if report.empty_reason else 0
