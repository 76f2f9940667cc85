"""civannot init PROJECT [--schema FILE]"""

from __future__ import annotations

import argparse

from civannot.commands._common import CommandError, add_json_flag, emit

NAME = "init"
HELP = "create a project with the default (or a given) label schema"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="project file to create (e.g. work.civ)")
    parser.add_argument("--schema", help="label schema JSON file (default: the bundled schema)")
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    from civannot.project import Project, ProjectError
    from civannot.schema import SchemaError, load_schema

    try:
        schema = load_schema(args.schema) if args.schema else None
    except SchemaError as e:
        raise CommandError(str(e)) from None
    try:
        project = Project.create(args.project, schema)
    except ProjectError as e:
        raise CommandError(str(e)) from None
    with project:
        labels = project.schema.label_names
        emit(
            args,
            f"created {args.project} ({project.schema.name}, {len(labels)} labels: "
            f"{', '.join(labels)})",
            {"project": args.project, "uuid": project.uuid, "labels": labels},
        )
    return 0
