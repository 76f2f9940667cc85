"""Team server figures (issue 14): push of a 10,000-document project with 200,000 spans, the
lead's agreement report over it, and 8 annotators labelling at once (p95 of a label command).

Needs a PostgreSQL server: CIVANNOT_TEST_PG (and PGPASSWORD) as .ci/run sets them, or run
`eval "$(bash .ci/postgres.sh start /tmp/pgbench)"` first. Prints its figures; not a test.
Usage: python bench/bench_server.py [--docs 10000] [--annotators 8] [--commands 60]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from civannot.project import Project  # noqa: E402
from civannot.records import DocumentInput, LayerInput, Span  # noqa: E402

PHRASES = [
    "市委书记王明远",
    "主持召开",
    "创建全国文明城市",
    "工作推进会",
    "会议强调",
    "各级各部门",
    "要对照测评体系",
    "扎实开展问题整改",
    "县长李华",
    "到社区检查",
    "压实责任",
    "确保实效",
]


def article(i: int, rng: random.Random, n: int = 2000) -> str:
    parts = [f"第{i}号"]
    while sum(map(len, parts)) < n:
        parts.append(rng.choice(PHRASES) + rng.choice("，。、；"))
    return "".join(parts)[:n]


def build(path: Path, docs: int, spans_per_layer: int) -> float:
    rng = random.Random(1)
    t = time.perf_counter()
    p = Project.create(path)
    batch = []
    for i in range(docs):
        text = article(i, rng)
        layers = []
        for a in ("ann", "bob", "chen"):
            step = len(text) // spans_per_layer
            spans = [
                Span(k * step, k * step + rng.randint(2, 6), rng.choice(["PERSON", "ORG", "GPE"]))
                for k in range(spans_per_layer)
            ]
            layers.append(LayerInput(a, spans, done=True))
        batch.append((DocumentInput(f"d{i}", text), layers))
        if len(batch) == 500:
            p.import_batch(batch)
            batch = []
    if batch:
        p.import_batch(batch)
    p.close()
    return time.perf_counter() - t


def base_url() -> str:
    url = os.environ.get("CIVANNOT_TEST_PG")
    if not url:
        sys.exit("set CIVANNOT_TEST_PG (see the docstring)")
    return url.split("?")[0].rsplit("/", 1)[0]


def labeller(args: tuple[str, str, str, int, int]) -> list[float]:
    url, user, password, seed, n = args
    os.environ["PGPASSWORD"] = password
    from civannot.session import Session, SessionError

    rng = random.Random(seed)
    p = Project.open(url.replace("civannot_admin@", f"{user}@"))
    s = Session(p, user)
    docs = p.assignments().get(user, [])
    times = []
    for _ in range(n):
        d = rng.choice(docs)
        start = rng.randrange(0, 1990)
        t = time.perf_counter()
        try:
            s.add_span(d, start, start + 3, "ORG")
        except SessionError:
            pass  # an overlap: refused, still a command
        times.append(time.perf_counter() - t)
    p.close()
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--annotators", type=int, default=8)
    ap.add_argument("--commands", type=int, default=60)
    args = ap.parse_args()
    base = base_url()
    tmp = Path(tempfile.mkdtemp())
    f = tmp / "big.civ"
    built = build(f, args.docs, 200_000 // (3 * args.docs) if args.docs <= 66_000 else 1)
    with Project.open(f) as p:
        n_spans = p.m.Span.select().count()
    print(f"built {args.docs} documents, {n_spans} spans in {built:.1f} s")

    url = f"{base}/bench_{uuid.uuid4().hex[:8]}"
    cli = [sys.executable, "-m", "civannot"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    t = time.perf_counter()
    subprocess.run(
        cli + ["server", "push", str(f), url], check=True, env=env, stdout=subprocess.DEVNULL
    )
    print(f"server push: {time.perf_counter() - t:.1f} s (goal <= 30 s)")

    runs = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(
            cli + ["agree", url, "--json"], check=True, env=env, stdout=subprocess.DEVNULL
        )
        runs.append(time.perf_counter() - t)
    print(
        f"agree over {args.docs} documents x 3 annotators on the server: median "
        f"{statistics.median(runs):.1f} s of {[round(r, 1) for r in runs]} (goal <= 5 s)"
    )

    # 8 annotators at once, each on their own documents
    users = [f"a{i}_{uuid.uuid4().hex[:4]}" for i in range(args.annotators)]
    with Project.open(url) as p:
        ids = sorted(p.text_lengths())[: args.annotators * 20]
        p.assign((d, users[k % len(users)]) for k, d in enumerate(ids))
    for u in users:
        subprocess.run(
            cli + ["server", "add-user", url, u, "--role", "annotator"],
            check=True,
            env=env,
            input=f"pw-{u}\n",
            text=True,
            stdout=subprocess.DEVNULL,
        )
    ctx = mp.get_context("spawn")
    with ctx.Pool(len(users)) as pool:
        results = pool.map(
            labeller, [(url, u, f"pw-{u}", i, args.commands) for i, u in enumerate(users)]
        )
    times = sorted(t for r in results for t in r)
    p95 = times[int(0.95 * (len(times) - 1))] * 1000
    print(
        f"{len(users)} annotators labelling at once: {len(times)} commands, median "
        f"{statistics.median(times) * 1000:.1f} ms, p95 {p95:.1f} ms (goal <= 50 ms)"
    )


if __name__ == "__main__":
    main()
