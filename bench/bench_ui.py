"""Annotator workspace benchmarks (DESIGN.md §7); prints its figures.

  python bench/bench_ui.py [--docs 10000] [--runs 5] [--keep DIR] [--quick] [--only-article]

--quick: 2,000 documents, 3 runs, 40 label samples (about a minute with the build);
--only-article: skip the start-up figure (the open and label figures need no big project).
Each figure is given as wall time and as CPU time of this process (time.process_time), with
the load average: on a busy machine the wall time waits for the CPU, the CPU time does not.

1. start to an interactive window with a 10,000-document project (≤ 1.5 s), measured in a fresh
   process from interpreter start; jieba and OpenCC must not be loaded on that path;
2. open a 20,000-character article with 1,000 spans and 300 relations drawn as arcs, repainted
   (≤ 100 ms);
3. apply a label to a selection, key press to repainted view (≤ 30 ms at p95).
"Repainted" means the event loop ran until the article's viewport got its paint event (the
measure checks that exactly that paint happened; it does not force a second one).
Medians over several runs. Runs offscreen unless a DISPLAY is set (e.g. under xvfb-run).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUDGET_START, BUDGET_OPEN, BUDGET_LABEL = 1.5, 0.100, 0.030


def sample_texts() -> list[str]:
    folder = ROOT / "resources" / "samples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:  # fictional filler when the sample corpus is absent
        texts = [
            "市委书记张三主持召开创建全国文明城市工作推进会。他强调，各级各部门要扎实开展问题整改。"
            * 20
        ]
    return texts


def build_project(path: Path, n_docs: int) -> None:
    from civannot.project import Project
    from civannot.records import DocumentInput, LayerInput, Span

    texts = sample_texts()
    project = Project.create(path)
    try:
        batch = []
        for i in range(n_docs):
            base = texts[i % len(texts)]
            text = f"（第{i}号）" + base  # distinct texts: duplicates would be skipped
            batch.append(
                (
                    DocumentInput(
                        external_id=f"bench-{i:06d}",
                        text=text,
                        title=f"{base[:18].strip()} {i}",
                        source="bench",
                        meta={"date": f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}"},
                    ),
                    [],
                )
            )
            if len(batch) == 2000:
                project.import_batch(batch)
                batch = []
        if batch:
            project.import_batch(batch)
        # the long article: 20,000 characters with 1,000 spans of the annotator
        rng = random.Random(7)
        long_text = ("".join(texts) * 10)[:20000]
        labels = ["PERSON", "TITLE", "ORG", "GPE", "LOC", "DATE", "DOC", "SLOGAN"]
        spans = []
        for k in range(1000):
            start = k * 20 + rng.randrange(0, 8)
            spans.append(Span(start, start + rng.randrange(2, 9), labels[k % 8]))
        # and 300 relations, drawn as arcs over the text: each PERSON to nearby TITLEs
        relations = [
            ("HOLDS_TITLE", p, t)
            for p in range(0, 1000, 8)
            for t in (p + 1, p + 9, p - 7)
            if 0 <= t < 1000
        ][:300]
        project.import_batch(
            [
                (
                    DocumentInput(
                        external_id="bench-long", text=long_text, title="long", source="bench"
                    ),
                    [LayerInput("bench", spans, relations)],
                )
            ]
        )
    finally:
        project.close()


STARTUP = r"""
import time, sys, os, json
t0 = time.perf_counter()
from civannot.ui.app import start, application
app = application()
c = start(sys.argv[1], "bench")
app.processEvents()
w = c.window
w.repaint()
t1 = time.perf_counter()
heavy = sorted(m for m in ("jieba", "opencc") if m in sys.modules)
print(json.dumps({"in_process": t1 - t0, "heavy": heavy, "docs": w.documents.model.rowCount(),
                  "doc_open": w.ws.doc is not None}))
c.window.close(); c.close()
"""


def measure_start(path: Path, settings_dir: Path) -> dict:
    import resource

    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(settings_dir))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", STARTUP, str(path)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    data["wall"] = wall
    data["cpu"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return data


class _Paints:
    """Counts paint events of one widget (installed as its event filter)."""

    def __init__(self, widget):  # noqa: ANN001
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint

        class Filter(QObject):
            count = 0

            def eventFilter(self, _obj, event):  # noqa: ANN001, N802
                if event.type() == paint:
                    Filter.count += 1
                return False

        self.filter = Filter()
        widget.installEventFilter(self.filter)

    @property
    def count(self) -> int:
        return self.filter.count


def measure_in_process(path: Path, runs: int, label_samples: int) -> dict[str, list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from civannot.ui.app import application, start

    app = application()
    controller = start(str(path), "bench")
    w = controller.window
    w.resize(1500, 950)
    w.show()
    app.processEvents()
    ws, view = w.ws, w.article
    paints = _Paints(view.viewport())
    long_id = ws.project.document_id("bench-long")
    short_id = ws.project.document_infos()[0].id
    out: dict[str, list[float]] = {"open": [], "open_cpu": [], "label": [], "label_cpu": []}
    for _ in range(runs + 1):  # the first open warms Qt's font and layout caches: not counted
        ws.open_document(short_id)
        app.processEvents()
        before = paints.count
        c0, t0 = time.process_time(), time.perf_counter()
        ws.open_document(long_id)
        app.processEvents()  # lays out and paints the viewport once
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        if paints.count == before:  # no paint yet: force it, so the figure includes one
            view.viewport().repaint()
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        out["open"].append(wall)
        out["open_cpu"].append(cpu)
    del out["open"][0], out["open_cpu"][0]
    assert len(ws.spans) == 1000, len(ws.spans)
    assert len(ws.relations) == 300 and view.arcs_visible and view.painted_arcs
    # free gaps between the spans, for new tags
    taken = sorted((s.start, s.end) for s in ws.spans.values())
    gaps = [
        (a_end, b_start)
        for (_, a_end), (b_start, _) in zip(taken, taken[1:], strict=False)
        if b_start - a_end >= 3
    ]
    view.setFocus()
    for k, (a, _b) in enumerate(gaps[:label_samples]):
        view.select_range(a, a + 2)
        app.processEvents()
        before = paints.count
        c0, t0 = time.process_time(), time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_1 if k % 2 else Qt.Key.Key_4)
        # the event loop runs the coalesced refresh of every view, then paints
        app.processEvents()
        app.processEvents()
        if paints.count == before:
            view.viewport().repaint()
        out["label"].append(time.perf_counter() - t0)
        out["label_cpu"].append(time.process_time() - c0)
    assert len(ws.spans) > 1000, "labels were not applied"
    w.close()
    controller.close()
    return out


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--labels", type=int, default=60, help="label samples")
    ap.add_argument("--keep", type=Path, help="reuse/keep the bench project in this folder")
    ap.add_argument("--quick", action="store_true", help="2,000 documents, 3 runs, 40 labels")
    ap.add_argument("--only-article", action="store_true", help="skip the start-up figure")
    args = ap.parse_args()
    if args.quick:
        args.docs, args.runs, args.labels = 2000, 3, 40
    if args.only_article:
        args.docs = min(args.docs, 200)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="civannot-bench-ui-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"bench-{args.docs}.civ"
    settings_dir = folder / "settings"
    os.environ["XDG_CONFIG_HOME"] = str(settings_dir)
    if not path.exists():
        t0 = time.perf_counter()
        build_project(path, args.docs)
        print(f"built {args.docs}-document project in {time.perf_counter() - t0:.1f} s")
    # measure on a copy: tagging changes the project
    work = folder / "work.civ"
    for suffix in ("-wal", "-shm", "-lock"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    shutil.copyfile(path, work)
    path = work

    load_before = _load()
    rows = []
    heavy: list[str] = []
    if not args.only_article:
        starts = [measure_start(path, settings_dir) for _ in range(args.runs)]
        heavy = sorted({m for s in starts for m in s["heavy"]})
        assert all(s["doc_open"] for s in starts)
        rows += [
            ("start to interactive window (process wall)",
             statistics.median(s["wall"] for s in starts),
             statistics.median(s["cpu"] for s in starts), BUDGET_START, "median"),
            ("  of which in-process (imports + window)",
             statistics.median(s["in_process"] for s in starts), None, BUDGET_START, "median"),
        ]  # fmt: skip
    m = measure_in_process(path, args.runs, args.labels)
    rows += [
        ("open 20,000-char article, 1,000 spans, 300 arcs",
         statistics.median(m["open"]), statistics.median(m["open_cpu"]), BUDGET_OPEN, "median"),
        ("apply a label (key → repainted)",
         p95(m["label"]), p95(m["label_cpu"]), BUDGET_LABEL, "p95"),
        ("  apply a label, median",
         statistics.median(m["label"]), statistics.median(m["label_cpu"]), BUDGET_LABEL, "median"),
    ]  # fmt: skip
    print(
        f"documents: {args.docs}  runs: {args.runs}  label samples: {len(m['label'])}  "
        f"load average before/after: {load_before} / {_load()}  "
        f"({os.environ.get('QT_QPA_PLATFORM') or 'display ' + os.environ.get('DISPLAY', '')})"
    )
    ok = True
    print(f"{'':50s} {'wall':>9s} {'cpu':>9s}")
    for name, value, cpu, budget, kind in rows:
        good = value <= budget
        ok &= good
        cpu_text = f"{cpu * 1000:6.1f} ms" if cpu is not None else " " * 9
        print(
            f"{name:50s} {value * 1000:6.1f} ms {cpu_text}  "
            f"({kind}; budget {budget * 1000:.0f} ms) {'ok' if good else 'OVER (wall)'}"
        )
    if not args.only_article:
        print(f"jieba/OpenCC loaded at start: {heavy or 'no'}")
    if heavy:
        ok = False
    return 0 if ok else 1


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


if __name__ == "__main__":
    raise SystemExit(main())
