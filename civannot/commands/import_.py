"""civannot import PROJECT PATH... [--format F] [--text-column C] [--json]"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from civannot.commands._common import (
    CommandError,
    add_json_flag,
    emit,
    open_project,
    terminal_progress,
)

if TYPE_CHECKING:
    from civannot.importer import ZipLimits

NAME = "import"
HELP = (
    "import articles (folders, .txt, .html, native .jsonl with layers, .csv, .zip), normalising "
    "them, and annotated files of other tools into layers; each file goes in whole or not at all"
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
        help="how to read the files (default: by file name and content); doccano, "
        "labelstudio, brat, conll (character-per-line BIO/BIOES/BMES tag files) and cluener "
        "bring annotations into a layer",
    )
    parser.add_argument(
        "--layer",
        help="with annotated files (doccano, labelstudio, brat, conll, cluener): the layer "
        "(annotator) to import into",
    )
    parser.add_argument(
        "--label-map",
        metavar="THEIRS=OURS,...",
        help="rename the file's labels (and relation types) to the schema's, e.g. "
        "PER=PERSON,LOC=GPE,ORG=ORG; THEIRS= leaves that label out",
    )
    parser.add_argument(
        "--doccano-offsets",
        choices=("auto", "utf16", "graphemes", "codepoints"),
        default="auto",
        help="doccano: how the file counts offsets: utf16 ('Count grapheme clusters as one "
        "character' off, doccano's default), graphemes (on), codepoints; auto (default) reads "
        "it from the file and refuses a file that does not tell",
    )
    parser.add_argument("--text-column", help="CSV column holding the article text")
    parser.add_argument(
        "--workers", type=int, default=None, help="normalising processes (default: one per core)"
    )
    parser.add_argument(
        "--zip-max-mb",
        type=float,
        default=None,
        help="largest file inside a .zip, in MB (default 256; the whole archive: 4 times that)",
    )
    parser.add_argument(
        "--zip-max-ratio",
        type=float,
        default=None,
        help="largest inflated/compressed ratio of a file inside a .zip (default 200)",
    )
    add_json_flag(parser)


def _zip_limits(args: argparse.Namespace) -> ZipLimits:
    import math

    from civannot.importer import ZipLimits

    limits = ZipLimits()
    mb, ratio = getattr(args, "zip_max_mb", None), getattr(args, "zip_max_ratio", None)
    for name, v in (("--zip-max-mb", mb), ("--zip-max-ratio", ratio)):
        if v is not None and not (math.isfinite(v) and v > 0):
            raise CommandError(f"{name} must be a positive number")
    if mb is not None:
        member = int(mb * 1024 * 1024)
        limits = ZipLimits(member, 4 * member, limits.max_ratio, limits.ratio_floor)
    if ratio is not None:
        limits = ZipLimits(limits.max_member, limits.max_total, ratio, limits.ratio_floor)
    return limits


def _options(args: argparse.Namespace) -> dict:
    from civannot.interop import parse_label_map

    try:
        label_map = parse_label_map(args.label_map)
    except ValueError as e:
        raise CommandError(str(e)) from None
    return {"label_map": label_map, "doccano_offsets": args.doccano_offsets}


def run(args: argparse.Namespace) -> int:
    from civannot.app.imports import import_files

    if args.workers is not None and args.workers < 1:
        raise CommandError("--workers must be at least 1")
    options = _options(args)
    zip_limits = _zip_limits(args)
    with open_project(args.project, write=True) as project:
        try:
            out = import_files(
                project,
                args.paths,
                args.format,
                text_column=args.text_column,
                layer=args.layer,
                workers=args.workers,
                progress=terminal_progress("importing"),
                zip_limits=zip_limits,
                **options,
            )
        except ValueError as e:
            raise CommandError(str(e)) from None
    emit(args, "\n".join(out.report_lines), out.to_json())
    return 1 if out.refused else 0
