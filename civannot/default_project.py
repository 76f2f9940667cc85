"""The default project: created on first start from the bundled sample corpus."""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from civannot.project import Project


def data_dir() -> Path:
    """The user's data directory (XDG on Linux); CIVANNOT_DATA_DIR overrides it (tests)."""
    override = os.environ.get("CIVANNOT_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("civannot", appauthor=False))


def default_project_path() -> Path:
    return data_dir() / "sample.civ"


def samples_dir() -> Path:
    return Path(str(resources.files("civannot.resources").joinpath("samples")))


def ensure_default_project(
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Create the sample project if it is not there yet; return its path.

    Built under a temporary name and renamed when complete, so an interrupted first start
    leaves no half-imported project behind.
    """
    path = default_project_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".new")
    for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        leftover.unlink(missing_ok=True)
    from civannot.importer import import_paths
    from civannot.preannotate import preannotate_project

    project = Project.create(tmp)
    try:
        files = sorted(p for p in samples_dir().glob("*.txt"))
        result = import_paths(project, files, progress=progress, workers=1)
        if result.refused:
            raise RuntimeError(f"sample corpus: {result.refused[0]}")
        # a first start shows what the tool does: suggestions ready to accept
        preannotate_project(project, progress=progress)
    finally:
        project.close()
    os.replace(tmp, path)
    return path
