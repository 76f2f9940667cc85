"""What every subcommand shares: one-line errors, --json output, opening a project."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from civannot.project import Project


class CommandError(Exception):
    """Bad input: printed as one line, exit status `code`, nothing written."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a JSON document")


def emit(args: argparse.Namespace, human: str, data: Any) -> None:
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(human)


def open_project(
    path: str | Path, *, must_exist: bool = True, write: bool = False, read_only: bool = False
) -> Project:
    """Open a project for a command. A command that writes holds the writer lock from start
    to end (another writer waits, then is refused naming it); one that reads takes nothing,
    so it runs beside an open window. `read_only`: the command never writes, so a project it
    cannot write to (a read-only file or folder) still opens."""
    from civannot.project import Project, ProjectError

    who = "civannot " + " ".join(a for a in sys.argv[1:3] if not a.startswith("-"))
    try:
        project = Project.open(path, who=who.strip(), read_only=read_only and not write)
    except ProjectError as e:
        raise CommandError(str(e)) from None
    if write and project._lock is not None:
        try:
            project._lock.acquire()
        except ProjectError as e:
            project.close()
            raise CommandError(str(e)) from None
    return project


def terminal_progress(label: str) -> Callable[[int, int], None]:
    """A progress callable drawing a bar on stderr when it is a terminal (silent otherwise)."""
    tty = sys.stderr.isatty()
    last = [-1]

    def progress(done: int, total: int) -> None:
        if not tty or total <= 0:
            return
        pct = int(100 * done / total)
        if pct == last[0]:
            return
        last[0] = pct
        width = 30
        filled = width * done // total
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return progress
