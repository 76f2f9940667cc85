"""Export 10,000 documents in each format; prints the median of 3 runs per format (budget 15 s).

    python bench/bench_export.py [--docs N] [--runs R] [--keep DIR]

The project is built once (fictional articles of ~700 characters with ~20 gold spans and a few
relations each, 𠮷 and \\r\\n included) and every format is exported into a fresh folder.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from civannot.export import FORMATS, export_project  # noqa: E402
from civannot.project import Project  # noqa: E402
from civannot.records import DocumentInput, LayerInput, Span  # noqa: E402

SENT = [
    ("{date}，", "DATE"),
    ("{gpe}市委书记{person}主持召开创文工作推进会。", None),
    ("他强调，各级各部门要对照《全国文明城市测评体系》逐项整改。", None),
    ("会议指出，要深入开展“门前四包”行动，扎实推进问题整改。\r\n", None),
    ("{org}负责同志作了发言，𠮷祥社区代表列席会议。\n", None),
]
NAMES = ["王明远", "李华", "赵青", "张𠮷旺", "陈立"]
GPES = ["云川", "漳州", "铜仁", "龙海"]
ORGS = ["市创文办", "市政府办公室", "市场监管局"]


def article(rng: random.Random, i: int) -> tuple[str, list[Span], list[tuple[str, int, int]]]:
    text = f"第{i}号文章\n"
    spans: list[Span] = []
    rels: list[tuple[str, int, int]] = []
    while len(text) < 700:
        date = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        gpe, person, org = rng.choice(GPES), rng.choice(NAMES), rng.choice(ORGS)
        for frag, _ in SENT:
            part = frag.format(date=date, gpe=gpe, person=person, org=org)
            base = len(text)
            text += part
            for value, label in ((date, "DATE"), (gpe, "GPE"), (person, "PERSON"), (org, "ORG"),
                                 ("市委书记", "TITLE"), ("全国文明城市测评体系", "DOC"),
                                 ("门前四包", "SLOGAN")):  # fmt: skip
                k = part.find(value)
                if k >= 0 and value in frag or (k >= 0 and "{" not in frag and value in part):
                    spans.append(Span(base + k, base + k + len(value), label, value))
            if part.startswith("会议指出"):
                k = part.index("要深入")
                end = part.index("。")
                spans.append(Span(base + k, base + end, "DIRECTIVE", part[k:end]))
    # drop overlaps among entities (a DIRECTIVE may contain entities)
    spans.sort(key=lambda s: (s.start, -s.end))
    kept: list[Span] = []
    last_end = -1
    for s in spans:
        if s.label == "DIRECTIVE" or s.start >= last_end:
            kept.append(s)
            if s.label != "DIRECTIVE":
                last_end = s.end
    idx = {id(s): n for n, s in enumerate(kept)}
    titles = [s for s in kept if s.label == "TITLE"]
    persons = [s for s in kept if s.label == "PERSON"]
    for t, p in zip(titles, persons, strict=False):
        rels.append(("HOLDS_TITLE", idx[id(p)], idx[id(t)]))
    return text, kept, rels


def build(path: Path, n: int) -> Project:
    rng = random.Random(7)
    project = Project.create(path)
    batch = []
    for i in range(n):
        text, spans, rels = article(rng, i)
        batch.append(
            (DocumentInput(f"bench-{i:05d}", text), [LayerInput("gold", spans, rels, True)])
        )
        if len(batch) == 1000:
            project.import_batch(batch)
            batch = []
    if batch:
        project.import_batch(batch)
    return project


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument("--keep", help="build the project here (kept) instead of a temporary folder")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="civannot-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    path = work / f"bench-{args.docs}.civ"
    t = time.perf_counter()
    project = Project.open(path) if path.exists() else build(path, args.docs)
    print(f"project: {args.docs} documents ready in {time.perf_counter() - t:.1f} s ({path})")
    budget = 15.0
    worst = 0.0
    for fmt in args.formats.split(","):
        times = []
        for run in range(args.runs):
            out = work / f"out-{fmt}-{run}"
            shutil.rmtree(out, ignore_errors=True)
            t = time.perf_counter()
            try:
                report = export_project(project, fmt, out, split="0.8,0.1,0.1", seed=run)
            except Exception as e:  # spaCy missing, say
                print(f"{fmt:<12} skipped: {e}")
                break
            times.append(time.perf_counter() - t)
            shutil.rmtree(out, ignore_errors=True)
        if times:
            med = statistics.median(times)
            worst = max(worst, med)
            spans = sum(sum(v.values()) for v in report.labels.values())
            print(f"{fmt:<12} median {med:6.2f} s  (runs: {', '.join(f'{x:.2f}' for x in times)}; "
                  f"{report.documents} docs, {spans} spans)  {'OK' if med <= budget else 'OVER BUDGET'}")  # fmt: skip
    project.close()
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print(f"worst median {worst:.2f} s (budget {budget:.0f} s)")
    return 0 if worst <= budget else 1


if __name__ == "__main__":
    raise SystemExit(main())
