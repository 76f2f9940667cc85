"""peewee is imported without the PostgreSQL driver (it cost every command 0.2 s); a server
project hands it over, and peewee's adapter then works as if it had found it itself."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_sqlite_commands_do_not_load_psycopg() -> None:
    code = (
        "import sys, civannot.cli, civannot.project, civannot.store, civannot.models.migrations;"
        "print('psycopg' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_driver_handed_over_is_complete() -> None:
    pytest.importorskip("psycopg")
    code = (
        "import peewee as pw, civannot.project;"
        "from civannot.models.database import enable_psycopg; enable_psycopg();"
        "from psycopg.pq import TransactionStatus as T;"
        "a = pw.Psycopg3Adapter;"
        "assert (a.txn_idle, a.txn_inerror, a.txn_unknown) == (T.IDLE, T.INERROR, T.UNKNOWN);"
        "db = pw.PostgresqlDatabase('x', prefer_psycopg3=True, autoconnect=False);"
        "assert isinstance(db._adapter, pw.Psycopg3Adapter);"
        "print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr
