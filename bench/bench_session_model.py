"""The model-based session test (tests/test_session_undo_edges.py) with a large budget.

CI runs it with 25 examples of 30 steps; this runs many more, e.g.
    python bench/bench_session_model.py --examples 400 --steps 200
and prints how many steps were checked and how long it took. Not a test of its own.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

root = Path(__file__).resolve().parent.parent
ap = argparse.ArgumentParser()
ap.add_argument("--examples", type=int, default=400)
ap.add_argument("--steps", type=int, default=200)
args = ap.parse_args()
env = {
    **os.environ,
    "CIVANNOT_STATEFUL_EXAMPLES": str(args.examples),
    "CIVANNOT_STATEFUL_STEPS": str(args.steps),
    "PYTHONPATH": str(root),
}
t = time.perf_counter()
done = subprocess.run(
    [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "tests/test_session_undo_edges.py::TestSessionModel",
        "--hypothesis-show-statistics",
    ],
    cwd=root,
    env=env,
    capture_output=True,
    text=True,
)
print(done.stdout[-2000:])
print(
    f"{args.examples} runs of up to {args.steps} steps checked against the model in "
    f"{time.perf_counter() - t:.0f} s: {'all held' if done.returncode == 0 else 'FAILED'}"
)
sys.exit(done.returncode)
