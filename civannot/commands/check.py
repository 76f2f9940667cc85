"""civannot check PROJECT [--repair] [--json]"""

from __future__ import annotations

import argparse
from pathlib import Path

from civannot.commands._common import CommandError, add_json_flag, emit

NAME = "check"
HELP = (
    "full integrity check of a project file; --repair rebuilds its indexes or saves what is "
    "readable into a new project"
)


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="project or bundle file")
    parser.add_argument(
        "--repair",
        action="store_true",
        help="rebuild the indexes (full-text index included); if the data itself is damaged, "
        "copy what is readable into PROJECT.recovered-TIME.civ",
    )
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    import sqlite3

    from civannot import integrity
    from civannot.models.database import ProjectError, ProjectLock, check_sqlite_file

    path = Path(args.project)
    if not path.exists():
        raise CommandError(f"{path} does not exist")
    try:
        check_sqlite_file(path)
    except ProjectError as e:
        raise CommandError(str(e)) from None
    lock = None
    if args.repair:
        problem = integrity.write_problem(path)
        if problem is not None:
            raise CommandError(problem)
        lock = ProjectLock(path)  # no civannot process may write while the file is repaired
        try:
            lock.acquire()
        except ProjectError as e:
            raise CommandError(str(e)) from None
    try:
        res = integrity.repair_file(path) if args.repair else integrity.check_file(path)
    except sqlite3.DatabaseError as e:
        raise CommandError(f"{path}: cannot be checked ({e})") from None
    except OSError as e:
        raise CommandError(f"{path}: {e.strerror or e}") from None
    finally:
        if lock is not None:
            lock.release()
    emit(args, _human(res, path), res.to_json())
    if res.ok or res.repaired:
        return 0
    return 1


def _human(res: object, path: Path) -> str:
    from civannot.integrity import CheckResult, recovery_hint

    assert isinstance(res, CheckResult)
    lines = []
    if res.repaired:
        lines.append(f"{path}: repaired ({res.seconds:.1f} s)")
    elif res.ok:
        lines.append(f"{path}: ok ({res.seconds:.1f} s)")
    elif res.recovered_to:
        lines.append(f"{path}: damaged; what was readable is saved in {res.recovered_to}")
    else:
        lines.append(f"{path}: damaged ({len(res.problems)} problem(s)); {recovery_hint(path)}")
    lines += [f"  problem: {p}" for p in res.problems]
    lines += [f"  note: {n}" for n in res.notes]
    for table, n in res.rows_lost.items():
        lines.append(f"  lost: {n} row(s) of {table}")
    return "\n".join(lines)
