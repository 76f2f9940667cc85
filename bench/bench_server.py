"""Team server figures (issue 14): `server push` of a 10,000-document project with ~200,000
spans, the lead's agreement report over it (as a real lead: row-level security applies), and
8 annotators labelling at once (p95 of a label command). Not a test: prints its figures with
wall and CPU seconds and the load average (the machine may be shared).

Needs a PostgreSQL server: CIVANNOT_TEST_PG and PGPASSWORD as .ci/postgres.sh prints them. For
figures a real server would give, start a durable cluster (fsync on; the tests' has it off):

    CIVANNOT_PG_FSYNC=on bash .ci/postgres.sh start /tmp/pgbench > /tmp/pgbench.env
    eval "$(cat /tmp/pgbench.env)"
    python bench/bench_server.py                      # 10,000 documents (~2-3 min)
    python bench/bench_server.py --docs 2000 --commands 30   # quick
    python bench/bench_server.py --pause 1    # annotators who read a second between labels
    bash .ci/postgres.sh stop /tmp/pgbench

The project file is built once per size and kept in bench/out/ (--rebuild to make it again).
Goals: push <= 30 s, agreement <= 5 s, p95 <= 50 ms.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import resource
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from civannot.project import Project  # noqa: E402
from civannot.records import DocumentInput, LayerInput, Span  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
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


def build(path: Path, docs: int, spans_per_layer: int) -> None:
    rng = random.Random(1)
    tmp = path.with_name(path.name + ".part")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    p = Project.create(tmp)
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
    p.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    p.close()
    tmp.replace(path)
    Path(f"{tmp}-lock").unlink(missing_ok=True)


def base_url() -> str:
    url = os.environ.get("CIVANNOT_TEST_PG")
    if not url:
        sys.exit("set CIVANNOT_TEST_PG and PGPASSWORD (see the docstring)")
    return url.split("?")[0].rsplit("/", 1)[0]


def as_user(url: str, user: str) -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{user}@{rest.split('@', 1)[-1]}"


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed_cli(args: list[str], env: dict[str, str], **kw) -> tuple[float, float]:  # noqa: ANN003
    """(wall, client CPU) of one civannot command in its own process."""
    cpu, t = children_cpu(), time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "civannot", *args],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
        **kw,
    )
    return time.perf_counter() - t, children_cpu() - cpu


def labeller(args: tuple[str, str, str, int, int, float]) -> tuple[list[float], float]:
    url, user, password, seed, n, pause = args
    os.environ["PGPASSWORD"] = password
    from civannot.session import Session, SessionError

    rng = random.Random(seed)
    p = Project.open(as_user(url, user))
    s = Session(p, user)
    docs = p.assignments().get(user, [])
    times = []
    cpu = time.process_time()
    for _ in range(n):
        d = rng.choice(docs)
        start = rng.randrange(0, 1990)
        t = time.perf_counter()
        try:
            s.add_span(d, start, start + 3, "ORG")
        except SessionError:
            pass  # an overlap: refused, still a command
        times.append(time.perf_counter() - t)
        if pause:
            time.sleep(rng.uniform(0.5, 1.5) * pause)  # reading, selecting the next span
    cpu = time.process_time() - cpu
    p.close()
    return times, cpu


class ServerCPU:
    """CPU seconds the server's backends used: the postmaster's reaped children (a backend
    ends with its connection). None when the server is not on this machine or not readable."""

    def __init__(self, admin) -> None:  # noqa: ANN001
        self.pid: int | None = None
        try:
            data = admin.execute_sql("SHOW data_directory").fetchone()[0]
            self.pid = int(Path(data, "postmaster.pid").read_text().split()[0])
            self.read()
        except Exception:  # noqa: BLE001 - a figure we can do without
            self.pid = None

    def read(self) -> float:
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")

    def since(self, before: float | None) -> str:
        if self.pid is None or before is None:
            return ""
        time.sleep(0.3)  # the ended backends are reaped
        return f", server CPU {self.read() - before:.1f} s"

    def now(self) -> float | None:
        return self.read() if self.pid is not None else None


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--spans", type=int, default=200_000, help="about this many in all")
    ap.add_argument("--annotators", type=int, default=8)
    ap.add_argument("--commands", type=int, default=60, help="label commands per annotator")
    ap.add_argument(
        "--pause",
        type=float,
        default=0.0,
        help="seconds an annotator takes between labels (0: back to back, the worst case)",
    )
    ap.add_argument("--rebuild", action="store_true", help="build the project file again")
    ap.add_argument("--keep", action="store_true", help="leave the server database behind")
    args = ap.parse_args()
    base = base_url()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    print(f"load average at start: {load()}")

    OUT.mkdir(exist_ok=True)
    per_layer = max(1, args.spans // (3 * args.docs))
    f = OUT / f"server_{args.docs}_{per_layer}.civ"
    if args.rebuild or not f.exists():
        t = time.perf_counter()
        build(f, args.docs, per_layer)
        print(f"built {f.name} in {time.perf_counter() - t:.1f} s")
    with Project.open(f) as p:
        n_spans = p.m.Span.select().count()

    name = f"bench_{uuid.uuid4().hex[:8]}"
    url = f"{base}/{name}"
    from civannot.models.database import connect_postgres

    admin = connect_postgres(f"{base}/postgres")
    settings = dict(
        admin.execute_sql(
            "SELECT name, setting FROM pg_settings WHERE name IN "
            "('fsync', 'synchronous_commit', 'server_version')"
        ).fetchall()
    )
    print(
        f"server: PostgreSQL {settings.get('server_version')}, fsync={settings.get('fsync')}, "
        f"synchronous_commit={settings.get('synchronous_commit')}"
    )
    server_cpu = ServerCPU(admin)
    try:
        before = server_cpu.now()
        wall, cpu = timed_cli(["server", "push", str(f), url], env)
        print(
            f"server push of {args.docs} documents, {n_spans} spans: {wall:.1f} s wall, "
            f"client CPU {cpu:.1f} s{server_cpu.since(before)} (goal <= 30 s) [load {load()}]"
        )

        # the lead's agreement report, as a lead login (row-level security applies)
        lead = f"lead_{uuid.uuid4().hex[:4]}"
        subprocess.run(
            [sys.executable, "-m", "civannot", "server", "add-user", url, lead, "--role", "lead"],
            check=True,
            env=env,
            input=f"pw-{lead}\n",
            text=True,
            stdout=subprocess.DEVNULL,
        )
        lead_env = {**env, "PGPASSWORD": f"pw-{lead}"}
        before = server_cpu.now()
        runs = [timed_cli(["agree", as_user(url, lead), "--json"], lead_env) for _ in range(3)]
        walls = sorted(r[0] for r in runs)
        print(
            f"agree over {args.docs} documents x 3 annotators, as a lead: median wall "
            f"{statistics.median(walls):.1f} s of {[round(w, 1) for w in walls]}, client CPU "
            f"{statistics.median(r[1] for r in runs):.1f} s{server_cpu.since(before)} for the 3"
            f" (goal <= 5 s) [load {load()}]"
        )

        # N annotators at once, each on their own documents (--pause between commands)
        users = [f"a{i}_{uuid.uuid4().hex[:4]}" for i in range(args.annotators)]
        with Project.open(url) as p:
            ids = sorted(p.text_lengths())[: args.annotators * 20]
            p.assign((d, users[k % len(users)]) for k, d in enumerate(ids))
        for u in users:
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "civannot",
                    "server",
                    "add-user",
                    url,
                    u,
                    "--role",
                    "annotator",
                ],  # fmt: skip
                check=True,
                env=env,
                input=f"pw-{u}\n",
                text=True,
                stdout=subprocess.DEVNULL,
            )
        ctx = mp.get_context("spawn")
        before = server_cpu.now()
        wall0 = time.perf_counter()
        with ctx.Pool(len(users)) as pool:
            results = pool.map(
                labeller,
                [(url, u, f"pw-{u}", i, args.commands, args.pause) for i, u in enumerate(users)],
            )
        wall = time.perf_counter() - wall0
        times = sorted(t for r, _ in results for t in r)
        cpu_per = sum(c for _, c in results) / len(times) * 1000
        p95 = times[int(0.95 * (len(times) - 1))] * 1000
        print(
            f"{len(users)} annotators labelling at once (pause {args.pause:g} s): {len(times)} "
            f"commands in {wall:.1f} s, "
            f"median {statistics.median(times) * 1000:.1f} ms, p95 {p95:.1f} ms (goal <= 50 ms),"
            f" client CPU {cpu_per:.1f} ms a command{server_cpu.since(before)} in all "
            f"[load {load()}]"
        )
    finally:
        if not args.keep:
            admin.execute_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


if __name__ == "__main__":
    main()
