"""What the rollback journal of a bundle costs (issue 12): a bundle keeps every committed
command in the file itself (journal_mode=DELETE) instead of a -wal file, so a copy made by hand
while the app is open holds all the work. Times a label command in a bundle and in the same
file in WAL mode (medians of 200 commands). Not a test; prints its figures."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from civannot.assignment import assign_project  # noqa: E402
from civannot.bundle import export_bundle  # noqa: E402
from civannot.project import Project  # noqa: E402
from civannot.records import DocumentInput  # noqa: E402
from civannot.session import Session  # noqa: E402

TEXT = "市委书记王明远主持召开创建全国文明城市工作推进会，要求各级各部门压实责任。" * 20


def timed(path: Path, wal: bool) -> list[float]:
    p = Project.open(path)
    if wal:
        p.db.execute_sql("PRAGMA journal_mode=WAL")
    s = Session(p, "bob")
    docs = p.assignments()["bob"]
    out = []
    for i in range(200):
        d = docs[i % len(docs)]
        start = (i // len(docs)) * 4
        t = time.perf_counter()
        s.add_span(d, start, start + 2, "DATE")
        out.append(time.perf_counter() - t)
    mode = p.db.execute_sql("PRAGMA journal_mode").fetchone()[0]
    p.close()
    print(
        f"  {mode:>6}: median {statistics.median(out) * 1000:.2f} ms, "
        f"p95 {sorted(out)[int(0.95 * len(out))] * 1000:.2f} ms"
    )
    return out


tmp = Path(tempfile.mkdtemp())
lead = Project.create(tmp / "lead.civ")
lead.import_batch([(DocumentInput(f"d{i}", f"{i}号{TEXT}"), []) for i in range(20)])
assign_project(lead, ["bob"], 0.0)
export_bundle(lead, "bob", tmp / "a.civ")
export_bundle(lead, "bob", tmp / "b.civ")
lead.close()
print("a label command in a bundle of 20 documents:")
delete = timed(tmp / "a.civ", wal=False)
wal = timed(tmp / "b.civ", wal=True)
print(f"rollback journal / WAL: {statistics.median(delete) / statistics.median(wal):.2f}x")
