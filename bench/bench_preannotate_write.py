"""Pre-annotate a project of 10,000 dense articles, writing included, against jieba.lcut.

    python bench/bench_preannotate_write.py [--articles 10000] [--processes 2] [--keep DIR]
                                            [--phases] [--model N] [--rerun] [--annotated N]

The articles are bench_preannotate.py's (fictional, dense: ~75 suggestions each). They are
imported into a fresh project (not timed); then, in one run, the wall time of `jieba.lcut` over
the same texts (one process, jieba loaded first) and of `preannotate_project` (the
`civannot preannotate` path: texts read from the project, rules on `--processes` workers,
suggestions written into the auto layer through the store in batches as documents finish).
Goal (issue 13): preannotate_project's wall <= 1x jieba.lcut's, on 2 cores.
--phases splits the main process's CPU between the steps of writing (process_time around each,
not a profiler: cProfile's per-call overhead inflates the Python steps several times over and
pointed at the checks, which take a tenth of what it said).
--model N first trains a model on N generated team-genre gold articles (tests/team_genre.py,
as bench_learn_apply.py does; not timed), stores it in the project and pre-annotates as
`civannot preannotate` does with a trained project (civannot.learn.apply.preannotate: rules +
model, the documents' uncertainty kept), so rules + model are measured against jieba.lcut in
the same run; the model's learned corrections of the rules are stored with it
(--no-corrections: without them, to measure what applying them costs).
--rerun then pre-annotates the same project again (the suggestions replaced: the auto layer's
rows removed and written anew) and prints that run's wall and CPU too.
--disable RULE (repeatable: an id or a family, as `civannot rules PROJECT --disable`) switches
rules off for the project; --without LABEL (repeatable) creates it with a schema without that
label (its rules off too, civannot.learn.rules_report.schema_disabled). Either way pre-annotation
skips the steps whose rules are all off (speed24), and the --model is trained on the same rules
(its gold without the labels left out), as `civannot train` would train it in such a project.
--annotated N: the first N articles are imported with a layer an annotator wrote and finished
(the rules' PERSON, TITLE and ORG suggestions for them, made before the clock), as a project
holding the team's gold has one: the run then learns their strings (runner.learn_lexicon: the
votes, and the evidence searched in the annotated texts) and suggests them, as `civannot
preannotate` does in such a project.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_preannotate import article  # noqa: E402
from cpu_steps import count_cpu  # noqa: E402

from civannot.project import Project  # noqa: E402
from civannot.records import DocumentInput  # noqa: E402
from civannot.schema import Schema, default_schema, parse_schema  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", help="build the project here (kept) instead of a temporary folder")
    ap.add_argument("--phases", action="store_true", help="the main process's CPU by step")
    ap.add_argument("--model", type=int, default=0, metavar="N",
                    help="train a model on N generated gold articles first; pre-annotate with it")  # fmt: skip
    ap.add_argument("--no-corrections", action="store_true",
                    help="store the model without its learned corrections (their cost: A/B)")  # fmt: skip
    ap.add_argument("--rerun", action="store_true",
                    help="then time a second run, which replaces the suggestions")  # fmt: skip
    ap.add_argument("--disable", action="append", default=[], metavar="RULE",
                    help="switch this rule (or family) off for the project; repeatable")  # fmt: skip
    ap.add_argument("--annotated", type=int, default=0, metavar="N",
                    help="the first N articles come with an annotator's finished layer")  # fmt: skip
    ap.add_argument("--without", action="append", default=[], metavar="LABEL",
                    help="the project's schema leaves this label out; repeatable")  # fmt: skip
    args = ap.parse_args()
    rng = random.Random(args.seed)
    texts = [article(rng) for _ in range(args.articles)]
    chars = sum(map(len, texts))
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="civannot-pre-"))
    work.mkdir(parents=True, exist_ok=True)
    path = work / f"pre-{args.articles}.civ"
    for f in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        f.unlink(missing_ok=True)
    project = Project.create(path, _schema_without(set(args.without)))
    if args.disable:
        from civannot.learn.rules_report import set_rule_enabled

        for rule in args.disable:
            set_rule_enabled(project, rule, False)
    layers = _annotated_layers(texts[: args.annotated])
    for i in range(0, len(texts), 2000):
        project.import_batch(
            [
                (DocumentInput(f"p{j:06d}", t), layers[j : j + 1])
                for j, t in enumerate(texts[i : i + 2000], i)
            ]
        )
    print(f"{len(texts)} articles, {chars:,} characters"
          + (f"; {len(layers)} with an annotator's layer" if layers else ""))  # fmt: skip
    if args.model:
        _store_model(project, args.model, corrections=not args.no_corrections)
    if args.disable or args.without:
        from civannot.learn.rules_report import disabled_rules, schema_disabled

        print(f"rules off: {', '.join(args.disable) or 'none'}; labels left out: "
              f"{', '.join(args.without) or 'none'} ({len(disabled_rules(project))} ids off, "
              f"{len(schema_disabled(project))} by the schema)")  # fmt: skip

    import jieba

    from civannot.preannotate import preannotate_project
    from civannot.preannotate.gazetteers import jieba_tokenizer

    jieba_tokenizer()  # jieba's dictionary loaded before the clock starts, on both sides
    jieba.initialize()  # jieba.lcut reads the global dictionary, the rules a prepared one
    t0, c0 = time.perf_counter(), time.process_time()
    for t in texts:
        jieba.lcut(t)
    t_jieba, cpu_jieba = time.perf_counter() - t0, time.process_time() - c0

    def children() -> float:
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime

    phases = _time_phases() if args.phases else None
    t0, c0, k0 = time.perf_counter(), time.process_time(), children()
    if args.model or args.disable or args.without:
        # (the project's rules, its schema's and its model: as `civannot preannotate` runs)
        from civannot.learn.apply import preannotate

        summary = preannotate(project, processes=args.processes)
    else:
        summary = preannotate_project(project, processes=args.processes)
    t_pre, cpu_main = time.perf_counter() - t0, time.process_time() - c0
    cpu_workers = children() - k0  # the pool's workers, reaped when it closed
    spent = dict(phases) if phases is not None else None  # the first run's
    rerun = ""
    if args.rerun:
        t1, c1, k1 = time.perf_counter(), time.process_time(), children()
        preannotate_project(project, processes=args.processes)
        wall = time.perf_counter() - t1
        rerun = (f"second run (suggestions replaced): wall {wall:.2f} s "
                 f"({wall / t_jieba:.2f}x jieba), main process cpu "
                 f"{time.process_time() - c1:.2f} s, workers {children() - k1:.2f} s")  # fmt: skip
    project.close()
    ratio = t_pre / t_jieba
    # On a busy machine the wall ratio flatters the side with more processes (each gets a share
    # of the cores); the CPU seconds say what an idle machine with `--processes` cores would do:
    # the work spread over the cores, against jieba on one.
    idle = (cpu_main + cpu_workers) / max(args.processes, 1) / cpu_jieba
    print(f"jieba.lcut (1 process)        wall {t_jieba:7.2f} s  cpu {cpu_jieba:6.2f} s")
    print(f"preannotate_project ({args.processes} proc.)  wall {t_pre:7.2f} s  "
          f"(main process cpu {cpu_main:.2f} s: reading, writing)  "
          f"{summary['spans']:,} suggestions, {summary['relations']:,} relations")  # fmt: skip
    print(f"CPU seconds: jieba.lcut {cpu_jieba:.2f}; pre-annotation {cpu_main + cpu_workers:.2f} "
          f"(workers {cpu_workers:.2f}, main {cpu_main:.2f}); rules per character "
          f"{cpu_workers / cpu_jieba:.2f}x jieba; idle-machine estimate of the ratio "
          f"(all CPU over {args.processes} cores / jieba's): {idle:.2f}")  # fmt: skip
    print(f"ratio preannotate / jieba.lcut: {ratio:.2f} (goal <= 1.0): "
          f"{'OK' if ratio <= 1 else 'NOT MET'}")  # fmt: skip
    if spent is not None:
        _report_phases(spent, cpu_main)
    if rerun:
        print(rerun)
    print(f"load average at the end: {Path('/proc/loadavg').read_text().split()[0]}")
    print(_interpreter())
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ratio <= 1 else 1


def _interpreter() -> str:
    """Which Python ran this: the ratio depends on its build. jieba.lcut is nearly all
    interpreter, the rules and the model partly regex engine and crfsuite: Debian's python3
    (libpython linked into the executable, an optimised build) ran jieba.lcut 22 % faster than
    pyenv's default build (a shared libpython, no PGO) and the rules + model 8 % faster, so the
    same tree measured 2.66x jieba with one and 3.15x with the other (docs/model-speed.md,
    session 26)."""
    import sysconfig

    maps = Path("/proc/self/maps")
    linked = (
        ("libpython" in maps.read_text()) if maps.exists() else None  # (Linux only)
    )
    shared = {True: "shared libpython", False: "libpython linked in", None: "?"}[linked]
    flags = str(sysconfig.get_config_var("CONFIG_ARGS") or "")
    pgo = "--enable-optimizations" in flags or "--with-lto" in flags
    return (
        f"interpreter: Python {sys.version.split()[0]} ({sys.executable}; {shared}"
        f"{'; configured with PGO/LTO' if pgo else ''})"
    )


def _annotated_layers(texts: list[str]) -> list[Any]:
    """An annotator's finished layer for each text: the rules' PERSON, TITLE and ORG
    suggestions (what the learned lexicon reads), as Spans without provenance. Made in a child
    process, so that this one starts the timed run with the rules not loaded yet, as
    `civannot preannotate` does (the warm-up on the clock, as without --annotated)."""
    import multiprocessing as mp

    from civannot.records import LayerInput, Span

    if not texts:
        return []
    with mp.get_context("spawn").Pool(1) as pool:
        found = pool.map(_learned_spans, texts, chunksize=100)
    return [LayerInput("alice", spans=[Span(*s) for s in spans], done=True) for spans in found]


def _learned_spans(text: str) -> list[tuple[int, int, str, str]]:
    from civannot.preannotate import suggest

    return [
        (s.start, s.end, s.label, s.text)
        for s in suggest(text).spans
        if s.label in ("PERSON", "TITLE", "ORG")
    ]


def _schema_without(labels: set[str]) -> Schema | None:
    """The default schema less `labels` (and the relations with one of them at an end)."""
    if not labels:
        return None
    data = default_schema().to_json()
    data["labels"] = [lab for lab in data["labels"] if lab["name"] not in labels]
    data["relations"] = [
        r for r in data.get("relations", []) if not labels & {*r["head"], *r["tail"]}
    ]
    return parse_schema(data)


def _store_model(project: Project, n: int, corrections: bool = True) -> None:
    """Train on n generated team-genre gold articles and store the model in the project as
    `civannot train` does (its info: policy, labels, features version), on the rules the
    project runs (its gold without the labels its schema leaves out)."""
    from dataclasses import replace

    from civannot.learn.data import rule_suggestions
    from civannot.learn.features import FEATURES_VERSION
    from civannot.learn.model_store import save_model
    from civannot.learn.rules_report import disabled_rules, schema_disabled
    from civannot.learn.training import train_for_use
    from tests.team_genre import team_docs

    t0 = time.perf_counter()
    docs = team_docs(n, seed=3)
    have = set(project.schema.label_names)
    docs = [_only_labels(d, have, replace) for d in docs]
    off = sorted({*disabled_rules(project), *schema_disabled(project)})
    fitted = train_for_use(docs, rule_suggestions(docs, disabled=off))
    info = {"model_labels": fitted.model_labels, "policy": fitted.policy,
            "features": FEATURES_VERSION, "documents": n, "rules_disabled": off}  # fmt: skip
    if corrections:
        # the learned corrections of the rules, stored as `civannot train` stores them
        info["corrections"] = {
            **fitted.corrections.to_json(),
            "features": fitted.corrections_features,
        }
    save_model(project, fitted.data, info)
    print(f"model trained on {n} team-genre gold articles in {time.perf_counter() - t0:.1f} s "
          f"(not timed below); policy {fitted.policy}; learned corrections "
          f"{[r['correction'] for r in fitted.corrections.describe()] if corrections else 'left out'}")  # fmt: skip


def _only_labels(d: Any, have: set[str], replace: Any) -> Any:
    """A gold document with only the spans of `have` (its relations renumbered)."""
    keep = [i for i, sp in enumerate(d.spans) if sp.label in have]
    if len(keep) == len(d.spans):
        return d
    new = {old: k for k, old in enumerate(keep)}
    rels = [(t, new[h], new[tl]) for t, h, tl in d.relations if h in new and tl in new]
    return replace(d, spans=[d.spans[i] for i in keep], relations=rels)


# the steps of the writing path, outermost first; each one's CPU includes the ones it calls
_PHASES = (
    ("Project.replace_layer_rows", "civannot.project", "Project", "replace_layer_rows"),
    ("Project._clear_layer", "civannot.project", "Project", "_clear_layer"),
    ("Store.add_rows", "civannot.store.store", "Store", "add_rows"),
    ("Store.current_spans", "civannot.store.store", "Store", "current_spans"),
    ("Store.new_ids", "civannot.store.store", "Store", "new_ids"),
    ("Store._write_rows", "civannot.store.store", "Store", "_write_rows"),
    ("Store._insert_spans", "civannot.store.store", "Store", "_insert_spans"),
)
# steps outside the writing (module functions of the runner), reported apart
_OUTSIDE = (
    ("learn_lexicon", "civannot.preannotate.runner", None, "learn_lexicon"),
    ("_warm_up (rules loaded)", "civannot.preannotate.runner", None, "_warm_up"),
)


def _time_phases() -> dict[str, float]:
    """Wrap the writing steps with process_time counters (this process only; the workers'
    CPU is reported apart). Recursion-safe enough: none of these calls itself."""
    import importlib

    spent: dict[str, float] = {}
    for name, module, cls_name, attr in _PHASES + _OUTSIDE:
        mod = importlib.import_module(module)
        cls = mod if cls_name is None else getattr(mod, cls_name)
        count_cpu(spent, cls, attr, name)
        spent[name] = 0.0
    return spent


def _report_phases(spent: dict[str, float], cpu_main: float) -> None:
    print(f"main process cpu by step (of {cpu_main:.2f} s; a step includes those under it):")
    for name, _m, _c, _a in _PHASES:
        print(f"  {name:28s} {spent[name]:6.2f} s  {spent[name] / cpu_main:5.0%}")
    rest = cpu_main - spent["Project.replace_layer_rows"]
    print(f"  {'outside replace_layer_rows':28s} {rest:6.2f} s  {rest / cpu_main:5.0%}  "
          "(texts read, results unpickled, pool started), of which:")  # fmt: skip
    for name, _m, _c, _a in _OUTSIDE:
        print(f"    {name:26s} {spent[name]:6.2f} s  {spent[name] / cpu_main:5.0%}")


if __name__ == "__main__":
    raise SystemExit(main())
