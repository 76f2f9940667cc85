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
    im.add_argument(
        "--into-reserved",
        action="store_true",
        help="accept a bundle whose annotator is 'gold' or 'auto' (refused otherwise)",
    )
    add_json_flag(im)
    un = sub.add_parser(
        "undo",
        help="revert a bundle merge (the newest, or --id N)",
        description="Revert the newest bundle merge that is not yet undone (or merge --id N), "
        "as one checked write. Refused, changing nothing, when the project changed the same "
        "spans since. `bundle log` lists the merges.",
    )
    un.add_argument("project", help="the lead's project file")
    which = un.add_mutually_exclusive_group(required=True)
    which.add_argument("--last", action="store_true", help="the newest merge not undone")
    which.add_argument("--id", type=int, help="the merge with this id (see bundle log)")
    add_json_flag(un)
    lg = sub.add_parser("log", help="list the bundle merges kept in the project, newest first")
    lg.add_argument("project", help="the lead's project file")
    add_json_flag(lg)


def run(args: argparse.Namespace) -> int:
    from civannot.bundle import BundleError, export_bundle, import_bundles, merge_log, undo_merge
    from civannot.project import ProjectError

    write = args.bundle_command in ("import", "undo")
    with open_project(args.project, write=write) as project:
        try:
            if args.bundle_command == "export":
                s = export_bundle(
                    project, args.annotator, args.out, progress=terminal_progress("export")
                )
                emit(args, s.render(), s.to_json())
            elif args.bundle_command == "import":
                summary = import_bundles(
                    project,
                    args.files,
                    progress=terminal_progress("import"),
                    allow_reserved=args.into_reserved,
                )
                emit(args, summary.render(), summary.to_json())
            elif args.bundle_command == "undo":
                done = undo_merge(project, None if args.last else args.id)
                emit(
                    args,
                    f"undid merge {done['id']} of {done['file']} ({done['annotator']}): "
                    f"{done['operations']} operations reverted",
                    done,
                )
            else:
                rows = merge_log(project)
                lines = [
                    f"{r['id']:>4}  {r['merged']}  {r['annotator']:<12} "
                    f"{r['report'].get('file', '')}  generation {r['generation']}"
                    + ("  (undone)" if r["undone"] else "")
                    for r in rows
                ]
                emit(args, "\n".join(lines) or "no bundle merges", rows)
        except (BundleError, ProjectError) as e:
            raise CommandError(str(e)) from None
    return 0
