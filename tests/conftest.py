"""Shared fixtures. Seeds come from ../shared through CIVANNOT_SHARED (set by .ci/run)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The consumer checks read local files only; never let a library reach for a hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared: skipped when CIVANNOT_SHARED is unset, a failure when set but missing."""
    value = os.environ.get("CIVANNOT_SHARED")
    if not value:
        pytest.skip("CIVANNOT_SHARED is not set (seeds live in ../shared)")
    path = Path(value)
    seeds = path / "seeds"
    if not seeds.is_dir() or not any(seeds.glob("*.txt")):
        pytest.fail(f"CIVANNOT_SHARED={value} has no seeds/*.txt")
    return path


@pytest.fixture(scope="session")
def seed_files(shared_dir: Path) -> list[Path]:
    files = sorted((shared_dir / "seeds").glob("*.txt"))
    for name in ("000", "002", "004"):
        if not any(f.name.startswith(name + "_") for f in files):
            pytest.fail(f"seed {name}_*.txt missing from {shared_dir / 'seeds'}")
    return files


# ---- the same suites against PostgreSQL ------------------------------------------------------
# With CIVANNOT_TEST_BACKEND=postgresql (and CIVANNOT_TEST_PG naming a test server), every lead
# project a test creates by file name lives in a fresh database on the server instead; bundles
# stay files, as they are in real use. Tests of what only a file has (its bytes, SQLite's
# journal, the file lock) are marked sqlite_only and skipped there.

ON_SERVER = os.environ.get("CIVANNOT_TEST_BACKEND") == "postgresql"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about the project file itself")
    if ON_SERVER and not os.environ.get("CIVANNOT_TEST_PG"):
        raise pytest.UsageError("CIVANNOT_TEST_BACKEND=postgresql needs CIVANNOT_TEST_PG")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not ON_SERVER:
        return
    skip = pytest.mark.skip(reason="about the project file itself (SQLite only)")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


def _drop_databases(names: list[str] | None, password: str | None = None) -> None:
    """Drop the test server's databases `names`, or (None) every one the tests made (named t_,
    r_ or rt_ and hex): each is a copy of template1, several MB plus its WAL, and a CI machine's
    disk is not ours to fill."""
    from civannot.models.database import connect_postgres

    admin = connect_postgres(os.environ["CIVANNOT_TEST_PG"], password)
    try:
        if names is None:
            names = [
                row[0]
                for row in admin.execute_sql(
                    "SELECT datname FROM pg_database WHERE datname ~ '^(t|r|rt)_[0-9a-f]{10,16}$'"
                ).fetchall()
            ]
        for name in names:
            admin.execute_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.close()


@pytest.fixture(scope="session", autouse=True)
def _test_server_left_clean() -> object:
    yield
    if os.environ.get("CIVANNOT_TEST_PG"):
        _drop_databases(None)


@pytest.fixture(autouse=True)
def _projects_on_the_test_server(monkeypatch: pytest.MonkeyPatch) -> object:
    if not ON_SERVER:
        yield
        return
    import uuid

    from civannot.models.database import is_server_url
    from civannot.project import Project

    base = os.environ["CIVANNOT_TEST_PG"].split("?")[0].rsplit("/", 1)[0]
    where: dict[str, str] = {}
    real_create = Project.create.__func__  # type: ignore[attr-defined]
    real_open = Project.open.__func__  # type: ignore[attr-defined]

    def key(path: object) -> str | None:
        return None if is_server_url(path) else str(Path(str(path)).resolve())

    def create(cls, path, schema=None, *, kind="project", password=None):  # noqa: ANN001, ANN202
        k = key(path)
        if kind != "project" or k is None:
            return real_create(cls, path, schema, kind=kind, password=password)
        if k in where or Path(k).exists():
            from civannot.project import ProjectError

            raise ProjectError(f"{path} already exists; choose another file name")
        if not Path(k).parent.exists():
            from civannot.project import ProjectError

            raise ProjectError(f"folder {Path(k).parent} does not exist")
        url = f"{base}/t_{uuid.uuid4().hex[:16]}"
        project = real_create(cls, url, schema, kind=kind, password=password)
        where[k] = url
        Path(k).write_bytes(b"")  # the name is taken, as a file would be
        return project

    def open_(cls, path, **options):  # noqa: ANN001, ANN003, ANN202
        k = key(path)
        if k is not None and k in where:
            return real_open(cls, where[k], **options)
        return real_open(cls, path, **options)

    monkeypatch.setattr(Project, "create", classmethod(create))
    monkeypatch.setattr(Project, "open", classmethod(open_))
    admin_password = os.environ.get("PGPASSWORD")  # a test may set its own before teardown
    yield
    # this test's databases go when it ends, so the cluster holds one test's worth at a time
    if where:
        _drop_databases([url.rsplit("/", 1)[1] for url in where.values()], admin_password)
