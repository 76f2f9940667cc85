"""civannot server add-user URL NAME --role annotator|lead | push PROJECT URL | pull URL OUT |
upgrade URL"""

from __future__ import annotations

import argparse
import getpass
import sys

from civannot.commands._common import CommandError, add_json_flag, emit, terminal_progress

NAME = "server"
HELP = "team server on PostgreSQL: add users, push a project file to it, pull it back"


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    au = sub.add_parser(
        "add-user",
        help="create a login for an annotator or a lead on a server project",
        description="Create a PostgreSQL login role for a server project. An annotator sees "
        "only the documents assigned to them and writes only their own layer and statuses; a "
        "lead sees and writes everything. The database enforces it. The new user's password is "
        "asked for (or read from standard input when it is not a terminal), never taken from "
        "the command line.",
    )
    au.add_argument("url", help="postgresql://HOST[:PORT]/DATABASE of the project")
    au.add_argument("name", help="login name; an annotator's layer carries this name")
    au.add_argument("--role", choices=("annotator", "lead"), required=True)
    add_json_flag(au)
    pu = sub.add_parser("push", help="copy a project file to a new server database")
    pu.add_argument("project", help="project file (.civ)")
    pu.add_argument("url", help="postgresql://HOST[:PORT]/DATABASE (new or empty)")
    add_json_flag(pu)
    pl = sub.add_parser("pull", help="copy a server project into a new project file")
    pl.add_argument("url", help="postgresql://HOST[:PORT]/DATABASE")
    pl.add_argument("out", help="project file to write (must not exist)")
    add_json_flag(pl)
    up = sub.add_parser(
        "upgrade",
        help="bring a server project made by an older civannot to this version's schema",
        description="Upgrade a server project's schema (as its owner, once every client runs "
        "this civannot: older ones cannot read it afterwards). Each step is one transaction.",
    )
    up.add_argument("url", help="postgresql://HOST[:PORT]/DATABASE")
    add_json_flag(up)


def _new_password(name: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(f"password for {name}: ")
        if first != getpass.getpass(f"password for {name} again: "):
            raise CommandError("the two passwords differ; nothing was changed")
        return first
    return sys.stdin.readline().rstrip("\n")


def run(args: argparse.Namespace) -> int:
    from civannot.models.database import describe_url, is_server_url
    from civannot.project import Project, ProjectError
    from civannot.server import transfer

    try:
        if args.server_command == "add-user":
            if not is_server_url(args.url):
                raise CommandError(f"{args.url} is not a postgresql:// URL")
            from civannot.models.database import server_params
            from civannot.models.roles import add_user

            password = _new_password(args.name)
            with Project.open(args.url) as project:
                group = add_user(
                    project.db,
                    str(server_params(args.url)["database"]),
                    args.name,
                    args.role,
                    password,
                )
            emit(
                args,
                f"{args.name} can now connect to {describe_url(args.url)} as {args.role}",
                {"user": args.name, "role": args.role, "group": group},
            )
        elif args.server_command == "push":
            if not is_server_url(args.url):
                raise CommandError(f"{args.url} is not a postgresql:// URL")
            counts = transfer.push(args.project, args.url, terminal_progress("push"))
            emit(args, transfer.describe(counts, args.url), counts)
        elif args.server_command == "upgrade":
            if not is_server_url(args.url):
                raise CommandError(f"{args.url} is not a postgresql:// URL")
            from civannot.models.tables import SCHEMA_VERSION

            before = Project.upgrade_server(args.url)
            what = (
                f"upgraded {describe_url(args.url)} from schema {before} to {SCHEMA_VERSION}"
                if before < SCHEMA_VERSION
                else f"{describe_url(args.url)} already has schema {SCHEMA_VERSION}"
            )
            emit(args, what, {"from": before, "to": SCHEMA_VERSION})
        else:
            if not is_server_url(args.url):
                raise CommandError(f"{args.url} is not a postgresql:// URL")
            counts = transfer.pull(args.url, args.out, terminal_progress("pull"))
            emit(args, transfer.describe(counts, args.out), counts)
    except ProjectError as e:
        raise CommandError(str(e)) from None
    return 0
