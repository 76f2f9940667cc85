"""Memory with a 100,000-document project open in the GUI (DESIGN.md §7: ≤ 400 MB RSS).

  python bench/bench_memory.py [--docs 100000] [--keep DIR]

Builds the project (sample articles, each made distinct, with spans in one layer), then starts
the real window in a fresh process, opens the first document, and prints the peak and current RSS.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

CHILD = textwrap.dedent(
    """
    import os, sys, time
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CIVANNOT_DATA_DIR"] = sys.argv[2]
    os.environ["XDG_CONFIG_HOME"] = sys.argv[2]
    t = time.perf_counter()
    from civannot.ui.app import start
    from PySide6.QtWidgets import QApplication
    controller = start(sys.argv[1], "bench")
    app = QApplication.instance()
    for _ in range(20):
        app.processEvents()
    ready = time.perf_counter() - t
    status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
    print(ready, status["VmRSS"].strip(), status["VmHWM"].strip())
    """
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--keep", help="reuse/keep the project in this folder")
    args = ap.parse_args()
    from bench_ui import build_project

    folder = Path(args.keep or tempfile.mkdtemp(prefix="civannot-mem-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"mem-{args.docs}.civ"
    if not path.exists():
        t = time.perf_counter()
        build_project(path, args.docs)
        print(f"built {args.docs} documents in {time.perf_counter() - t:.1f} s ({path})")
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(folder / "data")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=600,
    )
    if out.returncode != 0:
        print(out.stderr[-2000:])
        raise SystemExit(1)
    lines = out.stdout.split()  # seconds, RSS "kB", peak "kB"
    print(
        f"{args.docs} documents: window ready in {float(lines[0]):.2f} s, "
        f"RSS {int(lines[1]) / 1024:.0f} MB, peak {int(lines[3]) / 1024:.0f} MB (budget 400 MB)"
    )


if __name__ == "__main__":
    main()
