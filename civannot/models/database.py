"""Opening a project database: pragmas, the writer lock, recognising a civannot file, servers."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

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


class ConnectionLost(ProjectError):
    """The connection to a team server broke (network down, server restarted, backend ended).

    The store's transaction is atomic, so what was being written is either all there or not at
    all: `xid` is the server transaction that was being committed when the connection broke
    (None when no commit had been sent, so nothing of it was written). After `reconnect`,
    `Store.committed(xid)` tells which it was."""

    def __init__(self, message: str, xid: int | None = None):
        super().__init__(message)
        self.xid = xid


class ProjectLock:
    """Writers of a project exclude each other, readers never wait.

    Each write (one store transaction) holds an exclusive flock on `<file>-lock`; a long
    command (an import, a merge) holds it from start to end. Between writes nothing is held,
    so the CLI can read (stats, agree, export) while the GUI has the project open. The holder
    writes who it is into the lock file, so a writer that waits in vain can say whom for.
    flock is independent of SQLite's own POSIX locks on the database file.
    """

    def __init__(self, path: Path, who: str = "civannot"):
        self.path = path
        self.lock_path = Path(f"{path}-lock")
        self.who = who
        self.fd: int | None = None
        self.depth = 0

    def acquire(self, timeout: float = 5.0) -> None:
        if self.depth:
            self.depth += 1
            return
        try:
            import fcntl
        except ImportError:  # Windows: SQLite's own locking is all we have
            self.depth = 1
            return
        try:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as e:
            raise ProjectError(
                f"cannot write to {self.path}: {e.strerror} for {self.lock_path.name} "
                f"(the project's folder must be writable)"
            ) from None
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    try:
                        owner = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
                    except OSError:
                        owner = ""
                    os.close(fd)
                    raise ProjectError(
                        f"{self.path.name} is being written by another civannot process"
                        f" ({owner or 'unknown'}); try again when it has finished"
                    ) from None
                time.sleep(0.02)
        try:
            # written only when it changed: truncating a file to 0 and closing it makes ext4
            # flush it (its replace-by-truncate heuristic), 3 ms of every label key press
            me = f"pid {os.getpid()}: {self.who}".encode()
            if os.pread(fd, len(me) + 1, 0) != me:
                os.ftruncate(fd, 0)
                os.pwrite(fd, me, 0)
        except OSError:
            pass  # the owner's name is a courtesy
        self.fd = fd
        self.depth = 1

    def release(self) -> None:
        if self.depth == 0:
            return
        self.depth -= 1
        if self.depth == 0 and self.fd is not None:
            os.close(self.fd)  # closing drops the flock
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


# ---- PostgreSQL (a team server) ---------------------------------------------------------------

PG_SCHEMES = ("postgresql://", "postgres://")


def is_server_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(PG_SCHEMES)


def describe_url(url: str) -> str:
    """The URL as shown to people: never a password, even one given in it."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, "", ""))


def server_params(url: str) -> dict[str, Any]:
    """Connection parameters of a postgresql:// URL. The password is never taken from the
    URL's place in a file or the history: libpq reads PGPASSWORD or ~/.pgpass, and the GUI
    asks (password=…)."""
    from urllib.parse import parse_qs, unquote, urlsplit

    parts = urlsplit(url)
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise ProjectError(f"{describe_url(url)}: the URL names no database (…/DATABASE)")
    params: dict[str, Any] = {"database": name, "host": parts.hostname or "localhost"}
    if parts.port:
        params["port"] = parts.port
    if parts.username:
        params["user"] = unquote(parts.username)
    if parts.password:
        params["password"] = unquote(parts.password)
    for key, values in parse_qs(parts.query).items():
        if key in ("sslmode", "connect_timeout", "application_name", "options", "user"):
            params[key] = values[-1]
    params.setdefault("connect_timeout", 10)
    return params


class ServerDatabase(pw.PostgresqlDatabase):
    """A server project's connection: a statement that fails because the connection broke
    raises ConnectionLost (one line naming the server), not the driver's error, so every
    caller can tell a network fault from a refusal and a window can reconnect and retry."""

    where = "the server"

    @property
    def _conn_state(self) -> Any:
        """peewee's per-thread connection state (not in its type stubs)."""
        return self.__dict__["_state"]

    def broken(self) -> bool:
        """The connection is gone (or was never re-established after it went)."""
        conn = self._conn_state.conn
        if conn is None:
            return self._conn_state.closed and getattr(self, "_was_open", False)
        return bool(conn.closed or getattr(conn, "broken", False))

    def connect(self, reuse_if_open: bool = False) -> bool:
        opened = super().connect(reuse_if_open)
        self._was_open = True
        return bool(opened)

    def close(self) -> bool:
        self._was_open = False
        return bool(super().close())

    def lost(self, e: BaseException | None = None, xid: int | None = None) -> ConnectionLost:
        reason = _first_line(e) if e is not None else "not connected"
        return ConnectionLost(f"lost the connection to {self.where}: {reason}", xid)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        if self._conn_state.closed and getattr(self, "_was_open", False):
            raise self.lost()  # a reconnection failed: say so at once, no driver error
        try:
            return super().execute_sql(sql, params)
        except (pw.OperationalError, pw.InterfaceError) as e:
            if self.broken():
                raise self.lost(e) from None
            raise

    def reconnect(self) -> None:
        """Drop the broken connection and open a new one (the same parameters and password);
        ProjectError when the server cannot be reached yet."""
        old = self._conn_state.conn
        self._conn_state.reset()  # the old connection is dead: nothing to roll back
        if old is not None:
            try:
                old.close()
            except Exception:  # noqa: BLE001 - whatever the dead driver object says
                pass
        try:
            super().connect()
        except pw.OperationalError as e:
            self._was_open = True  # still a lost connection, not a closed project
            raise ConnectionLost(f"cannot reach {self.where}: {_first_line(e)}") from None
        self._was_open = True


def enable_psycopg() -> None:
    """Hand the PostgreSQL driver to peewee, which was imported without it (civannot's
    __init__: loading it cost every command 0.2 s); ImportError when it is not installed."""
    import psycopg

    if getattr(pw, "psycopg", None) is None:
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb

        pw.psycopg = psycopg  # type: ignore[attr-defined]
        pw.TransactionStatus = TransactionStatus  # type: ignore[attr-defined]
        pw.Json_pg3 = Json  # type: ignore[attr-defined]
        pw.Jsonb_pg3 = Jsonb  # type: ignore[attr-defined]
        # the adapter's transaction states are set when peewee defines it, with the driver
        # there; without them is_connection_usable() compares with None (a TypeError)
        adapter = pw.Psycopg3Adapter  # type: ignore[attr-defined]
        adapter.txn_idle = TransactionStatus.IDLE
        adapter.txn_inerror = TransactionStatus.INERROR
        adapter.txn_unknown = TransactionStatus.UNKNOWN


def connect_postgres(url: str, password: str | None = None) -> pw.PostgresqlDatabase:
    try:
        enable_psycopg()
    except ImportError:
        raise ProjectError(
            "a team server needs the PostgreSQL driver: pip install 'psycopg[binary]'"
        ) from None
    # psycopg logs "error ignored terminating <Pipeline>" when an executemany's connection
    # breaks; the ConnectionLost that follows says it once, in one line
    import logging

    quiet = logging.getLogger("psycopg")
    if not any(isinstance(h, logging.NullHandler) for h in quiet.handlers):
        quiet.addHandler(logging.NullHandler())
    params = server_params(url)
    if password is not None:
        params["password"] = password
    name = str(params.pop("database"))
    db = ServerDatabase(name, autoconnect=False, prefer_psycopg3=True, **params)
    db.where = describe_url(url)
    try:
        db.connect()
    except pw.OperationalError as e:
        raise ProjectError(f"cannot connect to {describe_url(url)}: {_first_line(e)}") from None
    return db


def _first_line(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    return text[0] if text else type(e).__name__


def sync_sequences(db: pw.Database, metas: list[Any]) -> None:
    """A server's id sequences past every row's id and every id its counters handed out (a
    push, an upgrade): ids come from the sequences, and are never handed out twice."""
    if not isinstance(db, pw.PostgresqlDatabase):
        return
    for meta in metas:
        if isinstance(meta.primary_key, pw.AutoField):
            table = meta.table_name
            db.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST("
                f"(SELECT MAX(id) FROM {table}), (SELECT value FROM counter WHERE name = "
                f"'{table}'), (SELECT last_value FROM {table}_id_seq WHERE is_called), 0) + 1,"
                " false)"
            )
