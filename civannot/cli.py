"""Entry point: `civannot` opens the GUI; `civannot SUBCOMMAND` runs headless.

Each subcommand lives in its own module under civannot/commands/ and is discovered there, so a
new command is one new file. Modules define NAME, HELP, register(parser) and run(args) -> int.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from types import ModuleType

import civannot
from civannot import commands as commands_pkg
from civannot.commands._common import CommandError

# The order of DESIGN.md §5, so that --help reads like the workflow.
ORDER = [
    "init",
    "import",
    "normalize",
    "preannotate",
    "rules",
    "train",
    "assign",
    "bundle",
    "agree",
    "adjudicate",
    "export",
    "evaluate",
    "stats",
    "server",
    "check",
]


def _command_modules() -> dict[str, ModuleType]:
    found: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(commands_pkg.__path__):
        if info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"civannot.commands.{info.name}")
        found[mod.NAME] = mod
    return dict(
        sorted(found.items(), key=lambda kv: (ORDER.index(kv[0]) if kv[0] in ORDER else 99, kv[0]))
    )


def _command_module(name: str | None) -> ModuleType | None:
    """The module of command `name` alone (`import` lives in import_.py), or None: running one
    command need not import the others (each brings its own dependencies)."""
    if not name or not name.isidentifier():
        return None
    found = {info.name for info in pkgutil.iter_modules(commands_pkg.__path__)}
    for modname in (name, f"{name}_"):
        if modname in found:
            mod = importlib.import_module(f"civannot.commands.{modname}")
            if getattr(mod, "NAME", None) == name:
                return mod
    return None


def build_parser(
    only: ModuleType | None = None,
) -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    """The parser of every command, or of `only` (the command being run)."""
    mods = {only.NAME: only} if only is not None else _command_modules()
    parser = argparse.ArgumentParser(
        prog="civannot",
        description=(
            "Annotation of Chinese local-government news. Without a subcommand, opens the GUI "
            "on PROJECT (or on the default sample project)."
        ),
        epilog="Run `civannot COMMAND --help` for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"civannot {civannot.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name, mod in mods.items():
        p = sub.add_parser(name, help=mod.HELP, description=mod.HELP)
        mod.register(p)
    return parser, mods


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="civannot", add_help=False)
    p.add_argument("project", nargs="?")
    p.add_argument("--annotator")
    return p


def _damage(e: BaseException) -> bool:
    """A damaged file as SQLite reports it (sqlite3's error, or peewee's wrapping of it)."""
    text = str(e).lower()
    return "malformed" in text or "corrupt" in text


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in argv if not a.startswith("-")), None)
    wants_help = any(a in ("-h", "--help", "--version") for a in argv)
    # a command given first is parsed with its own module only; anything else (the GUI, help
    # on every command, a mistyped command) with all of them
    only = _command_module(first) if argv and argv[0] == first else None
    parser, mods = build_parser(only)
    if first not in mods and not (wants_help and first is None):
        gui_args, rest = _gui_parser().parse_known_args(argv)
        if rest:
            parser.error(f"unknown arguments: {' '.join(rest)}")
        from civannot.ui.app import run_gui  # Qt is loaded only here

        return run_gui(gui_args.project, annotator=gui_args.annotator)
    args = parser.parse_args(argv)
    try:
        return int(mods[args.command].run(args) or 0)
    except CommandError as e:
        print(f"civannot {args.command}: error: {e}", file=sys.stderr)
        return e.code
    except BrokenPipeError:  # output piped into `head` and the like
        return 0
    except Exception as e:  # noqa: BLE001 - the cases below are handled, the rest re-raised
        from civannot.models.database import ConnectionLost, ProjectError

        if isinstance(e, ProjectError):
            # a team server's connection broke mid-command (ConnectionLost), or any other
            # refusal that reached here: one line; the store's transactions leave nothing
            # half-written
            line = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            if isinstance(e, ConnectionLost):
                line += "; what was written before stays, the unfinished transaction left nothing"
            print(f"civannot {args.command}: error: {line}", file=sys.stderr)
            return 2
        if not _damage(e):
            raise
        # damage the check on open did not reach (a large file's big tables, issue 21): one
        # line, with the way out
        from civannot import integrity

        where = getattr(args, "project", None) or "the project"
        print(
            f"civannot {args.command}: error: {where} is damaged ({e}); "
            f"{integrity.recovery_hint(where)}",
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        print(f"civannot {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
