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
