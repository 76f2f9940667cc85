"""civannot bundle export PROJECT --annotator NAME --out FILE | bundle import PROJECT FILE..."""

from __future__ import annotations

import argparse

from civannot.commands._common import (
    CommandError,
    add_json_flag,
    emit,
    open_project,
    terminal_progress,
)

NAME = "bundle"
HELP = "offline work packages: export one per annotator, import them back"


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    ex = sub.add_parser(
        "export",
        help="write one annotator's bundle (a project file with their documents)",
        description="Write one annotator's bundle: their assigned documents, the schema and "
        "guideline, the learned dictionary, the suggestions and their own layer.",
    )
    ex.add_argument("project", help="the lead's project file")
    ex.add_argument("--annotator", required=True, help="whose bundle")
    ex.add_argument("--out", required=True, help="bundle file to write (must not exist)")
    add_json_flag(ex)
    im = sub.add_parser(
        "import",
        help="merge returned bundles into the project (idempotent)",
        description="Merge returned bundles into the project. Importing a bundle twice changes "
        "nothing; a bundle of another project, of a newer civannot or a damaged file is refused "
        "and nothing is written.",
    )
    im.add_argument("project", help="the lead's project file")
    im.add_argument("files", nargs="+", metavar="FILE", help="bundle files")
    add_json_flag(im)


def run(args: argparse.Namespace) -> int:
    from civannot.bundle import BundleError, export_bundle, import_bundles
    from civannot.project import ProjectError

    with open_project(args.project) as project:
        try:
            if args.bundle_command == "export":
                s = export_bundle(
                    project, args.annotator, args.out, progress=terminal_progress("export")
                )
                emit(args, s.render(), s.to_json())
            else:
                summary = import_bundles(project, args.files, progress=terminal_progress("import"))
                emit(args, summary.render(), summary.to_json())
        except (BundleError, ProjectError) as e:
            raise CommandError(str(e)) from None
    return 0
