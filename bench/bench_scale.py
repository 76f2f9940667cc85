"""Issue 21: a 100,000-document archive with three annotators stays as fast as a small project.

Builds (once, kept in --dir, default $CIVANNOT_SCALE_DATA or bench/out; --rebuild to build again)
projects of 10k, 50k and 100k fictional articles of ~2,000 characters, three annotator layers
(~40 spans each, history rows as the store writes them, statuses) and the `auto` layer (~90
suggestions each), written in bulk (2,000 articles generated, then copied inside SQLite with new
ids, numbers and uids); then prints the issue's table, each figure the median of --runs fresh
processes, wall time with the process's CPU time beside it, and the load average:

    python bench/bench_scale.py --sizes 100000 --reuse --dir /work/scale-data
    python bench/bench_scale.py --sizes 10000 --ops agree,stats --runs 3
    python bench/bench_scale.py --build-only --sizes 100000 --dir /work/scale-data

Operations (--ops): size (bytes per span and document, by table), agree, pre1000, prelong,
stats, gui (start to the main window, RSS), window (search and open in the window), search
(Project.search alone), import (10,000 .txt, a fresh project). `pre1000` and `prelong` write
(the same documents' suggestions are replaced each time).

Steps whose cost followed the project's size rather than the work asked for, and their causes:

- Every opening of a project checked the whole file (PRAGMA quick_check): SQLite answers the
  progress handler between b-trees only, so the 1.5 s budget never stopped the walk through the
  span table; stats, the window's start, agree and preannotate each read the whole file (11 GB
  at 100k; `stats` 6.5 s at 50k). A file over 64 MB now checks on open only the tables that do
  not grow with the documents; `civannot check` does the whole file. `agree` also opened the
  project twice (two checks).
- Agreement spelled every annotator's layer out character by character (cumsums over every
  character of every batch, masks repeated per group of annotators): now pair confusions are
  weighted bincounts over the segments two layers' runs cut, so the work follows the spans;
  np.unique hashed the cut points (numpy 2: eight seconds at 10k); spans came as a Python tuple
  each, one query per 500 documents and layer, labels sorted as strings by np.unique: now one
  query per batch returns one text of numbers (group_concat / string_agg, labels numbered by
  the database) that numpy parses. Earlier (schema 4): every document's arrays of every
  annotator were held at once (5.3 GB at 50k).
- The window's start read the list's ids through peewee row by row, and "next document not done"
  loaded every done document through peewee (1.8 s at 100k, at start and at each done → next):
  plain SQL now. Earlier: the list read every row at start.
- peewee imports the PostgreSQL driver whenever it is installed (0.2 s CPU of every command and
  start; constant, not proportional): civannot hands it over only when a server project opens.
- Earlier (schema 4): the learned dictionary was rebuilt from every span of every layer on each
  pre-annotation (90 s for one document at 50k), `stats` grouped every span, two-character search
  scanned every text.

Stored twice: the raw text of every document, equal to the clean text in most (6.0 kB of the
document table's 13.0 kB/doc at 10k): schema 5 stores it only where normalisation changed it
(NULL = the clean text; 7.3 kB/doc, the file 519 -> 492 B/span). Migration 5 clears the copies of
an older file (2.9 s at 10k; the freed pages are reused, VACUUM returns them). Still stored
twice: the history row of an added span repeats the span (102 B/span).

Still proportional, and small: `stats` groups the assignments (0.1 s CPU at 100k), the list holds
every document id (100k integers), next-not-done reads the done ids (plain SQL).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

ANNOTATORS = ("ann1", "ann2", "ann3")

# ---- fictional article material (made-up names and places) ----------------------------------

SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜谢邹喻柏水窦章云苏潘葛"
GIVEN = (
    "建国 志强 海燕 秀英 立新 红梅 德明 春生 晓东 文彬 玉兰 国庆 永福 桂芳 振华 明远 思齐 "
    "嘉禾 若溪 云舒 怀瑾 少卿 安澜 景行 知远"
).split()
PLACE_A = "岚枫澄栖槐柘蓼沣漪璋翎蔚"
PLACE_B = "川溪桥岭湾坪塘渡"
PLACE_KIND = ("县", "镇", "街道", "市", "乡")
TITLES = (
    "县委书记",
    "县长",
    "副县长",
    "镇党委书记",
    "镇长",
    "街道办事处主任",
    "局长",
    "副局长",
    "社区党支部书记",
    "常务副市长",
)
ORG_TAIL = ("县委", "县政府", "城管局", "文明办", "住建局", "市场监管局", "交通运输局", "卫健委")
LOCS = ("滨河公园", "老城菜市场", "火车站广场", "东风路", "文化广场", "人民医院门口", "南门小区")
SLOGANS = ("“创文明城市、建美好家园”", "“文明你我他、和谐靠大家”", "“人人参与创建、人人共享成果”")
FILLERS = (
    "进一步提高政治站位，",
    "切实把各项任务落到实处。",
    "会议听取了近期工作进展情况的汇报。",
    "与会人员围绕存在的问题进行了深入交流。",
    "下一步将持续巩固整治成果，",
    "确保问题整改到位、群众满意。",
    "现场气氛热烈，",
    "志愿者们分工协作，",
    "对照测评标准逐项查摆问题，",
    "建立长效管理机制，",
)
DIRECTIVE_BODIES = (
    "要以钉钉子精神抓好问题整改，做到立行立改、举一反三",
    "各级各部门要压实责任、细化分工，形成齐抓共管的工作合力",
    "要坚持问题导向，聚焦群众反映强烈的突出问题，逐一销号",
    "务必在规定时限内完成整改任务，确保不留死角",
)


def _place(rng: random.Random) -> str:
    return rng.choice(PLACE_A) + rng.choice(PLACE_B) + rng.choice(PLACE_KIND)


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _sentence(rng: random.Random) -> tuple[str, list[tuple[int, int, str]]]:
    """One sentence and its entities (offsets inside it); some sentences are a DIRECTIVE."""
    parts: list[tuple[str, str | None]] = []
    kind = rng.random()
    if kind < 0.08:
        parts = [
            (f"2023年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "DATE"),
            ("，", None),
            (_place(rng) + rng.choice(ORG_TAIL), "ORG"),
            ("召开专题会议，", None),
            (rng.choice(TITLES), "TITLE"),
            (_person(rng), "PERSON"),
            ("出席并讲话。", None),
        ]
    elif kind < 0.16:
        parts = [
            (rng.choice(FILLERS), None),
            (_place(rng), "GPE"),
            ("在", None),
            (rng.choice(LOCS), "LOC"),
            ("开展集中整治行动，", None),
            (rng.choice(FILLERS), None),
        ]
    elif kind < 0.20:
        parts = [
            ("会议传达学习了", None),
            (f"《{_place(rng)}创建全国文明城市工作实施方案》", "DOC"),
            ("，", None),
            (rng.choice(FILLERS), None),
        ]
    elif kind < 0.23:
        parts = [("活动现场，志愿者们高喊", None), (rng.choice(SLOGANS), "SLOGAN"), ("。", None)]
    elif kind < 0.30:
        # a directive: the clause is the DIRECTIVE, the speaker inside it an entity
        title, person = rng.choice(TITLES), _person(rng)
        lead = f"{title}{person}强调，"
        body = rng.choice(DIRECTIVE_BODIES) + "。"
        text = lead + body
        ents = [(0, len(title), "TITLE"), (len(title), len(title) + len(person), "PERSON")]
        ents.append((len(lead), len(text) - 1, "DIRECTIVE"))
        return text, ents
    else:
        parts = [(rng.choice(FILLERS), None) for _ in range(rng.randint(2, 4))]
    text, ents, pos = [], [], 0
    for s, lab in parts:
        if lab:
            ents.append((pos, pos + len(s), lab))
        text.append(s)
        pos += len(s)
    return "".join(text), ents


class Material:
    """A pool of sentences; each article is ~2,000 characters of them."""

    def __init__(self, seed: int = 21, pool: int = 4000):
        rng = random.Random(seed)
        self.pool = [_sentence(rng) for _ in range(pool)]

    def article(self, rng: random.Random, target: int) -> tuple[str, list[tuple[int, int, str]]]:
        parts, ents, pos = [], [], 0
        while pos < target:
            s, e = self.pool[rng.randrange(len(self.pool))]
            parts.append(s)
            ents += [(a + pos, b + pos, lab) for a, b, lab in e]
            pos += len(s)
            if rng.random() < 0.12:
                parts.append("\n")
                pos += 1
        return "".join(parts), ents


def _perturb(rng: random.Random, truth: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An annotator's version: drops, relabels, shifted boundaries; never overlapping."""
    labels = ("PERSON", "TITLE", "ORG", "GPE", "LOC", "DATE", "DOC", "SLOGAN")
    out = []
    last = 0
    for s, e, lab in truth:
        if lab == "DIRECTIVE":
            if rng.random() < 0.9:
                out.append((s, e - (1 if rng.random() < 0.1 else 0), lab))
            continue
        r = rng.random()
        if r < 0.05:
            continue
        if r < 0.1:
            lab = rng.choice(labels)
        elif r > 0.93 and s + 1 < e:
            s = max(last, s + 1)
        if s >= last and s < e:
            out.append((s, e, lab))
            last = e
    return out


def _suggestions(
    rng: random.Random, truth: list[tuple[int, int, str]], length: int, want: int
) -> list[tuple[int, int, str, str, float]]:
    """~`want` suggestions: the entities plus short candidates in the gaps between them."""
    ents = [(s, e, lab) for s, e, lab in truth if lab != "DIRECTIVE"]
    out = [(s, e, lab, f"rule.{lab.lower()}", 0.9) for s, e, lab in ents]
    out += [(s, e, lab, "directive.cue", 0.8) for s, e, lab in truth if lab == "DIRECTIVE"]
    gaps = []
    prev = 0
    for s, e, _ in ents:
        if s - prev >= 4:
            gaps.append((prev, s))
        prev = max(prev, e)
    if length - prev >= 4:
        gaps.append((prev, length))
    extra = max(0, want - len(out))
    labels = ("GPE", "ORG", "PERSON", "TITLE", "LOC")
    for k in range(extra):
        if not gaps:
            break
        g = rng.randrange(len(gaps))
        a, b = gaps[g]
        n = rng.randint(2, 3)
        if b - a < n + 1:
            gaps.pop(g)
            continue
        out.append((a, a + n, labels[k % 5], "lexicon", 0.5))
        gaps[g] = (a + n, b)
    return out


# ---- building ---------------------------------------------------------------------------------


PROJECTS = OUT  # --dir changes it (e.g. a copy measured with the code before a change)


def project_path(n: int) -> Path:
    return PROJECTS / f"scale-{n}.civ"


BASE = 2000  # articles generated in Python; larger projects copy them inside SQLite
HEAD = 8  # "（000123）": each copy gets its own number, so no two articles are the same text


def build(n_docs: int, path: Path, *, history: bool = True, seed: int = 21) -> dict[str, float]:
    """Write a project of n_docs articles in bulk: BASE articles generated here (executemany),
    then copied with INSERT ... SELECT under new ids, numbers and uids until there are n_docs
    (generating 100,000 articles in Python would take most of the benchmark's time)."""
    from civannot.project import Project

    material = Material(seed)
    rng = random.Random(seed)
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-lock")):
        p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    project = Project.create(tmp)
    db = project.db
    db.execute_sql("PRAGMA synchronous=OFF")
    lids = {name: project.layer_id(name) for name in (*ANNOTATORS, "auto")}
    stamp = "2024-03-01 09:00:00.000000"
    uid_prefix = f"{rng.getrandbits(64):016x}"
    span_id = 0
    base = min(n_docs, BASE)
    long_at = base // 2  # one 20,000-character article (not copied)
    batch = 500
    for lo in range(0, base, batch):
        docs, spans, hist, assigns = [], [], [], []
        for i in range(lo, min(base, lo + batch)):
            target = 20_000 if i == long_at else rng.randint(1800, 2200)
            body, truth = material.article(rng, target)
            text = f"（{i + 1:06d}）" + body
            truth = [(s + HEAD, e + HEAD, lab) for s, e, lab in truth]
            doc_id = i + 1
            date = f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}"
            docs.append(
                (
                    doc_id,
                    f"scale-{doc_id:06d}",
                    f"{body[:16].strip()} ({doc_id})",
                    "bench",
                    date,
                    len(text),
                    None,  # the raw text is the clean one: NULL, as the store writes it (schema 5)
                    text,
                    None,
                    f'{{"date": "{date}"}}',
                    "[]",
                    0,
                    f"{i:064x}",
                    stamp,
                )  # fmt: skip
            )
            for name in ANNOTATORS:
                lid = lids[name]
                for s, e, lab in _perturb(rng, truth):
                    span_id += 1
                    uid = f"{uid_prefix}{span_id:016x}"
                    spans.append(
                        (
                            span_id,
                            uid,
                            doc_id,
                            lid,
                            s,
                            e,
                            lab,
                            text[s:e],
                            "manual",
                            name,
                            None,
                            "",
                            stamp,
                            stamp,
                        )  # fmt: skip
                    )
                    if history:
                        # the store's JSON record of an added span (texts hold no quotes)
                        after = (
                            f'{{"start": {s}, "end": {e}, "label": "{lab}", "text": '
                            f'"{text[s:e]}", "origin": "manual", "author": "{name}", '
                            f'"id": {span_id}, "uid": "{uid}"}}'
                        )
                        hist.append(
                            (
                                doc_id,
                                name,
                                span_id,
                                "add",
                                None,
                                after,
                                name,
                                "session",
                                stamp,
                                uid,
                            )  # fmt: skip
                        )
                r = rng.random()
                status = "done" if r < 0.9 else ("in_progress" if r < 0.97 else "todo")
                assigns.append((doc_id, name, status, 1, stamp))
            for s, e, lab, rule, conf in _suggestions(rng, truth, len(text), 90):
                span_id += 1
                spans.append(
                    (
                        span_id,
                        f"{uid_prefix}{span_id:016x}",
                        doc_id,
                        lids["auto"],
                        s,
                        e,
                        lab,
                        text[s:e],
                        "suggestion",
                        "auto",
                        conf,
                        rule,
                        stamp,
                        stamp,
                    )  # fmt: skip
                )
        with project.store.transaction():
            cur = db.cursor()
            cur.executemany(
                'INSERT INTO "document" (id, external_id, title, source, date, length, raw, clean, '
                "offset_map, meta, flags, flag_count, content_hash, created) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                docs,
            )
            cur.executemany(
                'INSERT INTO "span" (id, uid, document_id, layer_id, start, "end", label, text, '
                "origin, author, confidence, provenance, created, updated) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                spans,
            )
            if hist:
                cur.executemany(
                    'INSERT INTO "span_history" (document, layer, span_id, action, before, after, '
                    "author, source, at, uid) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    hist,
                )
            cur.executemany(
                'INSERT INTO "assignment" (document_id, annotator, status, assigned, updated) '
                "VALUES (?,?,?,?,?)",
                assigns,
            )
    print(f"  {base} articles generated, {span_id} spans, {time.perf_counter() - t0:.0f} s",
          flush=True)  # fmt: skip
    base_spans = span_id
    long_id = long_at + 1
    for k in range(1, -(-n_docs // base)):
        d_off, s_off = k * base, k * base_spans
        top = min(base, n_docs - d_off)
        with project.store.transaction():
            db.execute_sql(
                'INSERT INTO "document" (id, external_id, title, source, date, length, raw, clean, '
                "offset_map, meta, flags, flag_count, content_hash, created) "
                f"SELECT id + {d_off}, printf('scale-%06d', id + {d_off}), title, source, date, "
                f"length, printf('（%06d）', id + {d_off}) || substr(raw, {HEAD + 1}), "
                f"printf('（%06d）', id + {d_off}) || substr(clean, {HEAD + 1}), offset_map, "
                f"meta, flags, flag_count, printf('%064x', id + {d_off}), created FROM document "
                f"WHERE id <= {top} AND id != {long_id}"
            )
            db.execute_sql(
                'INSERT INTO "span" (id, uid, document_id, layer_id, start, "end", label, text, '
                "origin, author, confidence, provenance, created, updated) "
                f"SELECT id + {s_off}, '{uid_prefix}' || printf('%016x', id + {s_off}), "
                f'document_id + {d_off}, layer_id, start, "end", label, text, origin, author, '
                "confidence, provenance, created, updated FROM span "
                f"WHERE id <= {base_spans} AND document_id <= {top} AND document_id != {long_id}"
            )
            if history:
                db.execute_sql(
                    'INSERT INTO "span_history" (document, layer, span_id, action, before, after, '
                    f"author, source, at, uid) SELECT document + {d_off}, layer, "
                    f"span_id + {s_off}, action, before, after, author, source, at, "
                    f"'{uid_prefix}' || printf('%016x', span_id + {s_off}) FROM span_history "
                    f"WHERE span_id <= {base_spans} AND document <= {top} AND document != {long_id}"
                )
            db.execute_sql(
                'INSERT INTO "assignment" (document_id, annotator, status, assigned, updated) '
                f"SELECT document_id + {d_off}, annotator, status, assigned, updated "
                f"FROM assignment WHERE document_id <= {top} AND document_id != {long_id}"
            )
        span_id = s_off + base_spans
        if k % 5 == 0:
            print(f"  {d_off + top} documents, {time.perf_counter() - t0:.0f} s", flush=True)
    with project.store.transaction():
        db.execute_sql("UPDATE counter SET value = ? WHERE name = 'span'", (span_id,))
    project.close()
    import sqlite3

    con = sqlite3.connect(tmp)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("ANALYZE")
    n_spans = con.execute("SELECT COUNT(*) FROM span").fetchone()[0]
    con.close()
    for suffix in ("-wal", "-shm", "-lock"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    tmp.rename(path)
    return {"seconds": time.perf_counter() - t0, "spans": n_spans}


# ---- measuring ---------------------------------------------------------------------------------


def _run(code: str, *args: str, pythonpath: str, timeout: float = 1800) -> dict:
    """Run `code` in a fresh interpreter; it prints one JSON line; add its peak RSS (MB)."""
    env = dict(
        os.environ,
        PYTHONPATH=pythonpath,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(OUT / "settings"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measured as installed: modules compiled once
    wrapper = (
        "import resource, json, sys\n"
        "def _cpu():\n"
        "    s, c = resource.getrusage(resource.RUSAGE_SELF), "
        "resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime\n"
        + code
        + "\nprint('@@' + json.dumps({**RESULT, 'rss_mb': "
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", wrapper, *args],
        env=env,
        # not the repository: `python -c` puts the working folder before PYTHONPATH
        cwd=tempfile.gettempdir(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if out.returncode != 0:
        raise RuntimeError(f"subprocess failed: {out.stderr.strip()[-2000:]}")
    line = [x for x in out.stdout.splitlines() if x.startswith("@@")][-1]
    return json.loads(line[2:])


AGREE = r"""
import time
from civannot.cli import main
import contextlib, io
t0 = time.perf_counter(); c0 = _cpu()
with contextlib.redirect_stdout(io.StringIO()):
    rc = main(["agree", sys.argv[1]])
RESULT = {"t": time.perf_counter() - t0, "cpu": _cpu() - c0, "rc": rc}
"""

PREANNOTATE = r"""
import time
from civannot.project import Project
from civannot.preannotate import preannotate_project
p = Project.open(sys.argv[1])
D = p.m.Document
ids = [r[0] for r in D.select(D.id).where(D.length < 5000).order_by(D.id)
       .limit(int(sys.argv[2])).tuples()]
if sys.argv[3] == "long":
    ids = [r[0] for r in D.select(D.id).where(D.length >= 20000).tuples()][:1]
t0 = time.perf_counter(); c0 = _cpu()
s = preannotate_project(p, ids)
RESULT = {"t": time.perf_counter() - t0, "cpu": _cpu() - c0, "docs": s["documents"], "spans": s["spans"]}
# again in the same process: what the window pays once jieba's dictionary and the rules'
# patterns are loaded (the first call pays them)
t0 = time.perf_counter(); c0 = _cpu()
preannotate_project(p, ids)
RESULT.update(t2=time.perf_counter() - t0, cpu2=_cpu() - c0)
p.close()
"""

STATS = r"""
import time
from civannot.cli import main
import contextlib, io
t0 = time.perf_counter(); c0 = _cpu()
with contextlib.redirect_stdout(io.StringIO()):
    main(["stats", sys.argv[1]])
RESULT = {"t": time.perf_counter() - t0, "cpu": _cpu() - c0}
"""

GUI = r"""
import time
t0 = time.perf_counter(); c0 = _cpu()
from civannot.ui.app import start, application
app = application()
c = start(sys.argv[1], "ann1")
app.processEvents()
w = c.window
w.repaint()
t1 = time.perf_counter()
import resource
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
RESULT = {"t": t1 - t0, "cpu": _cpu(), "shown": w.isVisible(), "gui_rss_mb": rss}
"""

SEARCH = r"""
import time, statistics
from civannot.project import Project
p = Project.open(sys.argv[1])
out = {}
for needle in sys.argv[2:]:
    for limit in (None, 1000):
        times, cpus = [], []
        for _ in range(3):
            t0 = time.perf_counter(); c0 = _cpu()
            hits = p.search(needle, limit=limit)
            times.append(time.perf_counter() - t0); cpus.append(_cpu() - c0)
        out[f"{needle}/{limit}"] = {"t": statistics.median(times), "cpu": statistics.median(cpus),
                                    "hits": len(hits)}
RESULT = {"searches": out}
p.close()
"""

# In the window, as a user does it: type the needle, the list filters and repaints (the first
# page of hits, the rest as it scrolls), medians of three; then open the 20,000-character article
# from a short one and repaint it.
WINDOW = r"""
import time, statistics
from civannot.ui.app import start, application
app = application()
c = start(sys.argv[1], "ann1")
app.processEvents()
w = c.window
ws = w.ws
lst = w.documents
out = {}
for needle in sys.argv[2:]:
    times, cpus, shown = [], [], 0
    for _ in range(3):
        lst.search.setText("")
        lst.run_search()
        app.processEvents()
        t0 = time.perf_counter(); c0 = _cpu()
        lst.search.setText(needle)
        lst.run_search()
        app.processEvents()
        lst.table.viewport().repaint()
        times.append(time.perf_counter() - t0); cpus.append(_cpu() - c0)
        shown = lst.model.rowCount()
    out[needle] = {"t": statistics.median(times), "cpu": statistics.median(cpus), "rows": shown}
lst.search.setText("")
lst.run_search()
app.processEvents()
D = ws.project.m.Document
long_id = D.select(D.id).where(D.length >= 20000).scalar()
short_id = D.select(D.id).where(D.length < 5000).scalar()
times, cpus = [], []
for _ in range(3):
    ws.open_document(short_id)
    app.processEvents()
    t0 = time.perf_counter(); c0 = _cpu()
    ws.open_document(long_id)
    app.processEvents()
    w.article.viewport().repaint()
    times.append(time.perf_counter() - t0); cpus.append(_cpu() - c0)
RESULT = {"searches": out, "open": statistics.median(times), "open_cpu": statistics.median(cpus)}
"""


def _copy(src: Path, dst: Path) -> None:
    for suffix in ("-wal", "-shm", "-lock"):
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(src, dst)


def _fmt(t: float, cpu: float) -> str:
    """wall (cpu): the machine is shared, the CPU time of the process (and its workers) is the
    steadier figure; both are medians."""
    if t < 1:
        return f"{t * 1000:.0f} ms (cpu {cpu * 1000:.0f} ms)"
    digits = 2 if t < 10 else 1
    return f"{t:.{digits}f} s (cpu {cpu:.{digits}f} s)"


def storage(path: Path) -> dict[str, str]:
    """Bytes per span and per document, and where they go (SQLite's dbstat: pages of each table
    and index, grouped)."""
    import sqlite3

    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    n_spans = con.execute("SELECT COUNT(*) FROM span").fetchone()[0]
    n_docs = con.execute("SELECT COUNT(*) FROM document").fetchone()[0]
    owner = dict(con.execute("SELECT name, tbl_name FROM sqlite_master").fetchall())
    groups: dict[str, int] = {}
    try:
        for name, size in con.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"):
            table = owner.get(name, name)
            key = "search index" if table.startswith("document_search") else table
            groups[key] = groups.get(key, 0) + size
    except sqlite3.OperationalError:  # an SQLite built without dbstat
        pass
    # what is stored twice, on samples: the history's JSON of an added span repeats the span's
    # row (its uid and id are columns beside it too); the raw text repeats the clean one when
    # normalisation changed nothing
    hist = con.execute(
        "SELECT AVG(LENGTH(CAST(after AS BLOB))), COUNT(*) FROM (SELECT after FROM span_history "
        "WHERE action = 'add' LIMIT 100000)"
    ).fetchone()
    n_add = con.execute("SELECT COUNT(*) FROM span_history WHERE action = 'add'").fetchone()[0]
    same = con.execute(
        # schema 5 stores NULL for "the clean text": only stored copies count
        "SELECT AVG(raw = clean), AVG(LENGTH(CAST(raw AS BLOB))), AVG(raw IS NULL) FROM "
        "(SELECT raw, clean FROM document LIMIT 2000)"
    ).fetchone()
    con.close()
    size = path.stat().st_size
    out = {
        "project file": f"{size / 1e6:.0f} MB ({size / n_docs / 1e3:.1f} kB/doc, "
        f"{size / n_spans:.0f} B/span, {n_spans / n_docs:.0f} spans/doc)"
    }
    if groups:
        per_span = ("span", "span_history", "span_count", "learned_vote")
        parts = [f"{k} {v / n_spans:.0f} B/span" for k, v in sorted(groups.items(), key=lambda x: -x[1])
                 if k in per_span and v / n_spans >= 1]  # fmt: skip
        parts += [f"{k} {v / n_docs / 1e3:.1f} kB/doc" for k, v in
                  sorted(groups.items(), key=lambda x: -x[1]) if k not in per_span
                  and v / n_docs >= 100]  # fmt: skip
        out["storage (tables with their indexes)"] = ", ".join(parts)
    twice = []
    if hist[1]:
        twice.append(
            f"history JSON of added spans {hist[0] * n_add / n_spans:.0f} B/span "
            f"({hist[0]:.0f} B per row, the span's row again)"
        )
    if same[0] is not None:
        twice.append(
            f"raw text = clean text in {same[0]:.0%} of documents "
            f"({same[0] * same[1] / 1e3:.1f} kB/doc)"
        )
    if same[2]:
        out["raw text"] = f"stored only where it differs: NULL in {same[2]:.0%} of documents"
    if twice:
        out["stored twice"] = ", ".join(twice)
    return out


def measure(n: int, ops: set[str], runs: int, pythonpath: str) -> dict[str, str]:
    """The issue's rows for the project of n documents; medians of `runs` fresh processes."""
    path = project_path(n)
    row: dict[str, str] = {}

    def med(code: str, *args: str, k: int = runs) -> tuple[str, float, list[dict]]:
        res = [_run(code, *args, pythonpath=pythonpath) for _ in range(k)]
        t = statistics.median(r["t"] for r in res)
        cpu = statistics.median(r.get("cpu", 0.0) for r in res)
        return _fmt(t, cpu), max(r["rss_mb"] for r in res), res

    if "size" in ops:
        row.update(storage(path))
    if "agree" in ops:
        t, rss, _ = med(AGREE, str(path))
        row["`agree`, 3 annotators"] = f"{t}, {rss:.0f} MB RSS"
    if "pre1000" in ops:
        # writes: the same 1,000 documents' suggestions replaced each time (the project's
        # size is measured first)
        t, _, _ = med(PREANNOTATE, str(path), "1000", "first")
        row["`preannotate` of the same 1,000 documents"] = t
    if "prelong" in ops:
        t, _, res = med(PREANNOTATE, str(path), "1", "long")
        warm = _fmt(
            statistics.median(r["t2"] for r in res), statistics.median(r["cpu2"] for r in res)
        )
        row["`preannotate` of one 20,000-character document"] = f"{t}; again in that process {warm}"
    if "stats" in ops:
        t, _, _ = med(STATS, str(path))
        row["`stats`"] = t
    if "gui" in ops:
        t, rss, res = med(GUI, str(path))
        row["GUI start to the main window"] = t
        gui_rss = max(r["gui_rss_mb"] for r in res)
    if "window" in ops:
        # 文明 is in nearly every document, 岚川 in some, 罕见 in none (a scan's worst case)
        two, four = ("文明", "岚川", "罕见"), "文明城市"
        res_w = [_run(WINDOW, str(path), *two, four, pythonpath=pythonpath) for _ in range(runs)]
        s = {k: v for k, v in res_w[len(res_w) // 2]["searches"].items()}

        def worst(needles: tuple[str, ...]) -> str:
            k = max(needles, key=lambda x: s[x]["t"])
            return f"{_fmt(s[k]['t'], s[k]['cpu'])} ({k}: {s[k]['rows']} rows)"

        row["document-list search, 2 characters"] = worst(two)
        row["document-list search, 4 characters"] = worst((four,))
        t = statistics.median(r["open"] for r in res_w)
        cpu = statistics.median(r["open_cpu"] for r in res_w)
        row["open a 20,000-character article"] = _fmt(t, cpu)
        rss = max(r["rss_mb"] for r in res_w)
        row["GUI RSS"] = f"{max(rss, gui_rss if 'gui' in ops else 0):.0f} MB"
    elif "gui" in ops:
        row["GUI RSS"] = f"{gui_rss:.0f} MB"
    if "search" in ops:
        # the project's search alone: every hit, and the first 1,000 (what the list asks for)
        two = ("文明", "岚川", "罕见")
        res = _run(SEARCH, str(path), *two, pythonpath=pythonpath)["searches"]
        for limit, label in ((None, "every hit"), (1000, "first 1,000")):
            k = max(two, key=lambda x: res[f"{x}/{limit}"]["t"])
            r = res[f"{k}/{limit}"]
            row[f"Project.search, 2 characters, {label}"] = (
                f"{_fmt(r['t'], r['cpu'])} ({k}: {r['hits']} hits)"
            )
    return row


def measure_import(runs: int, pythonpath: str) -> str:
    """10,000 damaged .txt files through `civannot import` with normalisation (fresh project)."""
    folder = OUT / "import-src"
    if not (folder / "done").exists():
        from bench.bench_import import damaged_article  # type: ignore[import-not-found]

        shutil.rmtree(folder, ignore_errors=True)
        (folder / "txt").mkdir(parents=True)
        rng = random.Random(7)
        for i in range(10_000):
            (folder / "txt" / f"a{i:05d}.txt").write_text(damaged_article(rng), encoding="utf-8")
        (folder / "done").write_text("")
    times = []
    for _ in range(runs):
        tmp = Path(tempfile.mkdtemp(prefix="scale-import-"))
        try:
            code = (
                "import time\nfrom civannot.cli import main\nimport contextlib, io\n"
                "from civannot.project import Project\n"
                "Project.create(sys.argv[1]).close()\n"
                "t0 = time.perf_counter(); c0 = _cpu()\n"
                "with contextlib.redirect_stdout(io.StringIO()):\n"
                "    main(['import', sys.argv[1], sys.argv[2]])\n"
                "RESULT = {'t': time.perf_counter() - t0, 'cpu': _cpu() - c0}\n"
            )
            res = _run(code, str(tmp / "p.civ"), str(folder / "txt"), pythonpath=pythonpath)
            times.append((res["t"], res["cpu"]))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    t = statistics.median(x[0] for x in times)
    cpu = statistics.median(x[1] for x in times)
    return f"{t:.1f} s (cpu {cpu:.1f} s)"


ROWS = (
    "`agree`, 3 annotators",
    "`preannotate` of the same 1,000 documents",
    "`preannotate` of one 20,000-character document",
    "`stats`",
    "GUI start to the main window",
    "document-list search, 2 characters",
    "document-list search, 4 characters",
    "open a 20,000-character article",
    "GUI RSS",
    "project file",
    "storage (tables with their indexes)",
    "stored twice",
    "import of 10,000 `.txt` files with normalisation",
)
DEFAULT_OPS = "size,agree,pre1000,prelong,stats,gui,window"


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _warm(pythonpath: str) -> None:
    """Compile the modules once (the shared environment may set PYTHONDONTWRITEBYTECODE, which
    would make every measured process compile civannot and its dependencies again)."""
    _run(
        "import civannot.cli, civannot.ui.app, civannot.preannotate.runner\nRESULT = {}",
        pythonpath=pythonpath,
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--sizes", "--docs", dest="sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000]
    )
    ap.add_argument("--runs", type=int, default=3, help="fresh processes per figure (median)")
    ap.add_argument(
        "--ops",
        default=DEFAULT_OPS,
        help=f"comma-separated, of {DEFAULT_OPS},search,import (default: {DEFAULT_OPS})",
    )
    ap.add_argument("--build-only", action="store_true")
    ap.add_argument("--rebuild", action="store_true", help="build the projects again")
    ap.add_argument("--reuse", action="store_true", help="use the projects built before (default)")
    ap.add_argument("--no-history", action="store_true", help="build without history rows")
    ap.add_argument(
        "--code", default=str(ROOT), help="civannot source tree to measure (PYTHONPATH)"
    )
    ap.add_argument("--json", type=Path, help="also write the table as JSON here")
    ap.add_argument(
        "--dir",
        type=Path,
        default=Path(os.environ.get("CIVANNOT_SCALE_DATA", OUT)),
        help="folder of the generated projects, kept between runs (default $CIVANNOT_SCALE_DATA "
        "or bench/out)",
    )
    args = ap.parse_args()
    global PROJECTS
    PROJECTS = args.dir.resolve()
    PROJECTS.mkdir(parents=True, exist_ok=True)
    OUT.mkdir(parents=True, exist_ok=True)
    ops = set(args.ops.split(","))
    table: dict[str, dict[str, str]] = {}
    print(f"load average at start: {_load()} ({os.cpu_count()} cores)", flush=True)
    for n in args.sizes:
        path = project_path(n)
        if args.rebuild and path.exists():
            path.unlink()
        if not path.exists():
            print(f"building {n} documents ...", flush=True)
            info = build(n, path, history=not args.no_history)
            print(f"built {path} in {info['seconds']:.0f} s ({info['spans']} spans)", flush=True)
        if args.build_only:
            continue
        _warm(args.code)
        table[f"{n:,}"] = measure(n, ops, args.runs, args.code)
        print(json.dumps({n: table[f"{n:,}"]}, ensure_ascii=False), flush=True)
    if args.build_only:
        return 0
    if "import" in ops:
        imp = measure_import(min(args.runs, 1), args.code)
        for col in table.values():
            col[ROWS[-1]] = imp
    found = {k for col in table.values() for k in col}
    rows = [r for r in ROWS if r in found] + sorted(found - set(ROWS))
    cols = list(table)
    print(f"load average at the end: {_load()}; figures: medians of {args.runs}, wall (cpu)")
    print("| operation | " + " | ".join(f"{c} documents" for c in cols) + " |")
    print("|---|" + "---|" * len(cols))
    for r in rows:
        print(f"| {r} | " + " | ".join(table[c].get(r, "—") for c in cols) + " |")
    if args.json:
        args.json.write_text(json.dumps(table, ensure_ascii=False, indent=1))
    _ = resource  # peak RSS is read in the subprocesses
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
