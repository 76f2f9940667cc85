"""civannot: annotation of Chinese local-government news."""

import sys as _sys

__version__ = "0.1.0"


def _import_peewee_without_psycopg() -> None:
    """peewee imports the PostgreSQL driver whenever it is installed: 0.2 s of CPU on every
    command and a seventh of the window's start (issue 21), for the few sessions that open a
    team server. The driver is left out here and handed to peewee when a server project is
    opened (models.database.connect_postgres). playhouse.postgres_ext, imported by the
    migrations, then goes without its hstore registration, which civannot does not use."""
    if "peewee" in _sys.modules or "psycopg" in _sys.modules:
        return
    _sys.modules["psycopg"] = None  # type: ignore[assignment]  # `import psycopg` fails
    try:
        import peewee  # noqa: F401
        import playhouse.migrate  # noqa: F401  # (through playhouse.postgres_ext)
    finally:
        del _sys.modules["psycopg"]


_import_peewee_without_psycopg()
