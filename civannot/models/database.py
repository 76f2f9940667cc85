"""Opening a project database: pragmas, the one-process lock, recognising a civannot file."""

from __future__ import annotations

import os
from pathlib import Path

import peewee as pw

SQLITE_MAGIC = b"SQLite format 3\x00"

# WAL lets the UI read while a worker writes; NORMAL sync is durable against a process crash
# (a kill never costs a committed transaction), only an OS crash may lose the last commits.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 5000,
    "cache_size": -32000,
}


class ProjectError(Exception):
    """A project that cannot be opened or used; the message is one line for the user."""


class ProjectLock:
    """An advisory lock that keeps a second civannot process off a project file.

    flock is independent of SQLite's own POSIX locks, so holding it does not disturb them; the fd
    stays open until after the database is closed (closing any fd would drop POSIX locks).
    """

    def __init__(self, path: Path):
        self.path = path
        self.fd: int | None = None

    def acquire(self) -> None:
        try:
            import fcntl
        except ImportError:  # Windows: SQLite's own locking is all we have
            return
        try:
            fd = os.open(self.path, os.O_RDWR)
        except OSError as e:
            # read-only file or medium: one line for the user, not a traceback
            raise ProjectError(f"cannot open {self.path} for writing: {e.strerror}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise ProjectError(
                f"{self.path} is open in another civannot process; close it there first"
            ) from None
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def check_sqlite_file(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except IsADirectoryError:
        raise ProjectError(f"{path} is a directory, not a civannot project") from None
    except OSError as e:
        raise ProjectError(f"cannot read {path}: {e.strerror}") from None
    if head != SQLITE_MAGIC:
        raise ProjectError(f"{path} is not a civannot project (not an SQLite database)")


def connect_sqlite(path: Path) -> pw.SqliteDatabase:
    db = pw.SqliteDatabase(str(path), pragmas=PRAGMAS, autoconnect=False)
    try:
        db.connect()
    except pw.OperationalError as e:
        raise ProjectError(f"cannot open {path}: {e}") from None
    return db
