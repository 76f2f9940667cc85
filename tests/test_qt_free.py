"""The core runs without Qt: import every core module with PySide6 made unimportable."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6" or name.startswith("PySide6.") or name == "shiboken6":
                raise ImportError("Qt is hidden for this test")
            return None

    sys.meta_path.insert(0, NoQt())
    import civannot
    bad = []
    for info in pkgutil.walk_packages(civannot.__path__, "civannot."):
        if info.name.startswith("civannot.ui") or info.name == "civannot.__main__":
            continue
        importlib.import_module(info.name)
    assert not any(m.startswith("PySide6") for m in sys.modules), "Qt was imported"
    # nothing heavy on the import path either
    assert "jieba" not in sys.modules and "opencc" not in sys.modules, "heavy library loaded eagerly"
    print("ok")
    """
)


def test_core_imports_without_qt():
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip() == "ok"


def test_no_qt_import_in_core_sources():
    offenders = []
    for path in (ROOT / "civannot").rglob("*.py"):
        if "ui" in path.relative_to(ROOT / "civannot").parts[:1]:
            continue
        text = path.read_text(encoding="utf-8")
        if "PySide6" in text and ("import PySide6" in text or "from PySide6" in text):
            offenders.append(str(path))
    assert offenders == []
