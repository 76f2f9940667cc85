"""Annotated import and export, civannot beside doccano 1.8.4's own pipelines (issue 13).

    python bench/bench_doccano.py [--docs 2000,10000] [--runs 3] [--keep DIR]

One generated corpus per size (fictional articles of ~2,070 characters with 20 entity spans
each), written twice: as civannot's native JSONL and as doccano's JSONL (``{"text", "label":
[[start, end, label], ...]}``). Then, for each size, the median of `--runs` runs of

- civannot: ``civannot import P.civ corpus.jsonl`` into a fresh project, and
  ``civannot export P.civ --format jsonl --layer ...`` into a fresh folder;
- doccano: its data-import task (``data_import.celery_tasks.import_dataset``, run synchronously)
  into a fresh sequence-labelling project of a fresh SQLite database, and its export task
  (``data_export.celery_tasks.export_dataset``).

Each step runs in a fresh subprocess, and the timer covers the command's work only, not the
interpreter's start nor loading the code (civannot's modules imported first; Django's setup,
migrations and the task modules for doccano): the same rule both sides. Wall and CPU seconds
are printed: on a busy machine the wall times depend on what else runs, the CPU seconds less.
doccano runs from its own virtual environment: $CIVANNOT_DOCCANO_PYTHON, else
/work/doccano-venv/bin/python (``python3 -m venv /work/doccano-venv &&
/work/doccano-venv/bin/pip install doccano==1.8.4 "marshmallow<4" "numpy<2"``: doccano 1.8.4's
own pins let pip pick marshmallow 4, which its environs 9.5 cannot import, and numpy 2, which
its pandas 1.5 cannot load); without it doccano is skipped with a message. Goals: import >= 4x, export >= 10x faster than doccano.
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
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYER = "alice"
SPANS_PER_DOC = 20

_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
_GIVEN = "明华青立远志国建平春秋玉红伟强军海云峰"
_PLACES = ["云川市", "青河县", "石桥镇", "龙湾区", "临江市", "白沙县", "东川区", "南屏镇"]
_ORGS = ["市创文办", "市场监管局", "县委宣传部", "区住建局", "市城管局", "镇政府", "区卫健委"]
_TITLES = ["市委书记", "县长", "副区长", "局长", "主任", "镇党委书记"]
_DOCS = ["《全国文明城市测评体系》", "《城市管理条例》", "《创建工作方案》"]
_SLOGANS = ["门前四包", "三清三拆", "五净一规范"]
_FILLER = [
    "会议强调，各级各部门要提高政治站位，对照测评标准逐项整改，确保各项任务落到实处。",
    "要坚持问题导向，聚焦背街小巷、农贸市场、老旧小区等重点区域，持续开展环境整治。",
    "各责任单位要压实责任，建立问题清单、责任清单和整改清单，实行销号管理。",
    "要加大宣传力度，营造全民参与、共建共享的浓厚氛围，不断提升群众的获得感和满意度。",
    "会议通报了前一阶段工作进展情况，分析了存在的短板弱项，部署了下一步重点工作。",
]


def _entity(rng: random.Random) -> tuple[str, str]:
    kind = rng.randrange(7)
    if kind == 0:
        return rng.choice(_SURNAMES) + "".join(rng.sample(_GIVEN, rng.choice([1, 2]))), "PERSON"
    if kind == 1:
        return rng.choice(_PLACES), "GPE"
    if kind == 2:
        return rng.choice(_ORGS), "ORG"
    if kind == 3:
        return rng.choice(_TITLES), "TITLE"
    if kind == 4:
        return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "DATE"
    if kind == 5:
        return rng.choice(_DOCS)[1:-1], "DOC"
    return rng.choice(_SLOGANS), "SLOGAN"


def article(rng: random.Random) -> tuple[str, list[tuple[int, int, str]]]:
    """~2,070 characters holding exactly SPANS_PER_DOC entity spans (none overlapping)."""
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    n = 0
    for _ in range(SPANS_PER_DOC):
        value, label = _entity(rng)
        lead = "据悉，" if label != "DOC" else "会议要求认真学习《"
        parts.append(lead)
        n += len(lead)
        spans.append((n, n + len(value), label))
        parts.append(value)
        n += len(value)
        tail = "》。" if label == "DOC" else "有关负责同志参加会议。"
        body = tail + rng.choice(_FILLER) + rng.choice(_FILLER)
        if rng.random() < 0.3:
            body += "\n"
        parts.append(body)
        n += len(body)
    text = "".join(parts)
    while len(text) < 2040:
        text += rng.choice(_FILLER)
    return text[:2070], spans


def write_corpus(folder: Path, docs: int, seed: int = 7) -> tuple[Path, Path, int]:
    rng = random.Random(seed)
    native = folder / f"corpus-{docs}.jsonl"
    doccano = folder / f"doccano-{docs}.jsonl"
    chars = 0
    with native.open("w", encoding="utf-8") as fn, doccano.open("w", encoding="utf-8") as fd:
        for i in range(docs):
            text, spans = article(rng)
            chars += len(text)
            rec = {
                "id": f"a{i:06d}",
                "text": text,
                "annotators": [LAYER],
                "spans": [
                    {"start": s, "end": e, "label": lab, "annotator": LAYER} for s, e, lab in spans
                ],
            }
            fn.write(json.dumps(rec, ensure_ascii=False) + "\n")
            # doccano's sequence-labelling JSONL (texts are in the BMP: offsets count alike)
            fd.write(
                json.dumps({"text": text, "label": [list(x) for x in spans]}, ensure_ascii=False)
                + "\n"
            )
    return native, doccano, chars


CIVANNOT_STEP = textwrap.dedent(
    """
    import resource, sys, time
    from civannot.cli import main
    # code loaded before the clock starts, as doccano's task modules are on its side
    import civannot.commands.import_, civannot.commands.export, civannot.importer
    import civannot.export, civannot.formats.jsonl, civannot.project
    argv = sys.argv[1:]
    if argv[0] == "import":
        from civannot.project import Project
        Project.create(argv[1]).close()
    def children():
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime
    t, c, k = time.perf_counter(), time.process_time(), children()
    rc = main(argv)
    dt, dc = time.perf_counter() - t, time.process_time() - c + children() - k
    assert rc == 0, rc
    print("SECONDS", dt, dc)
    """
)


def _seconds(stdout: str) -> tuple[float, float]:
    wall, cpu = stdout.rsplit("SECONDS", 1)[1].split()
    return float(wall), float(cpu)


def run_civannot(args: list[str]) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", CIVANNOT_STEP, *args],
        capture_output=True,
        text=True,
        env=env,
    )
    if out.returncode:
        raise SystemExit(f"civannot {args[0]} failed:\n{out.stderr[-2000:]}")
    return _seconds(out.stdout)


# doccano 1.8.4, driven as its own Celery worker would: the import task reads the uploaded file
# through django-drf-filepond's TemporaryUpload, the export task writes the zip it offers.
DOCCANO_STEP = textwrap.dedent(
    """
    import os, sys, time, json
    work = sys.argv[1]
    step = sys.argv[2]
    os.environ["DATABASE_URL"] = "sqlite:///" + os.path.join(work, "doccano.db")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    os.environ.setdefault("SECRET_KEY", "bench")
    os.environ["MEDIA_ROOT"] = os.path.join(work, "media")
    import backend, pathlib  # doccano's package
    sys.path.insert(0, str(pathlib.Path(backend.__file__).parent))
    import django
    django.setup()
    from django.conf import settings
    settings.MEDIA_ROOT = os.path.join(work, "media")
    settings.FILE_UPLOAD_TEMP_DIR = os.path.join(work, "tmp")
    from django.core.management import call_command
    from django.contrib.auth import get_user_model
    from projects.models import Project, SequenceLabelingProject
    if step == "import":
        call_command("migrate", verbosity=0)
        call_command("create_roles", verbosity=0)
        User = get_user_model()
        user = User.objects.create_superuser("bench", "bench@example.org", "bench")
        project = SequenceLabelingProject.objects.create(
            name="bench", description="", project_type="SequenceLabeling", created_by=user,
        )
        project.add_admin()  # what doccano's project view does on creation
        from django_drf_filepond.models import TemporaryUpload
        from django.core.files.uploadedfile import SimpleUploadedFile
        src = sys.argv[3]
        import shortuuid  # the ids filepond gives an upload, which store_upload checks
        upload_id, file_id = shortuuid.uuid(), shortuuid.uuid()
        data = open(src, "rb").read()
        tu = TemporaryUpload(
            upload_id=upload_id, file_id=file_id,
            file=SimpleUploadedFile(os.path.basename(src), data),
            upload_name=os.path.basename(src), upload_type=TemporaryUpload.FILE_DATA,
            uploaded_by=user,
        )
        tu.save()
        from data_import.celery_tasks import import_dataset
        t, c = time.perf_counter(), time.process_time()
        result = import_dataset.run(
            user_id=user.id, project_id=project.id, file_format="JSONL",
            upload_ids=[upload_id], task="SequenceLabeling",
            column_data="text", column_label="label",
        )
        dt, dc = time.perf_counter() - t, time.process_time() - c
        assert not result.get("error"), result["error"][:3]
        from examples.models import Example
        from labels.models import Span
        print("COUNTS", Example.objects.count(), Span.objects.count())
    else:
        from data_export.celery_tasks import export_dataset
        project = Project.objects.get(name="bench")
        t, c = time.perf_counter(), time.process_time()
        path = export_dataset.run(project.id, "JSONL", False)
        dt, dc = time.perf_counter() - t, time.process_time() - c
        print("OUT", path)
    print("SECONDS", dt, dc)
    """
)


def doccano_python() -> str | None:
    exe = os.environ.get("CIVANNOT_DOCCANO_PYTHON") or "/work/doccano-venv/bin/python"
    return exe if Path(exe).exists() else None


def run_doccano(exe: str, work: Path, step: str, *extra: str) -> tuple[float, float]:
    out = subprocess.run(
        [exe, "-c", DOCCANO_STEP, str(work), step, *extra],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DATABASE_URL")},
    )
    if out.returncode:
        raise SystemExit(f"doccano {step} failed:\n{out.stderr[-3000:]}")
    return _seconds(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", default="2000,10000", help="corpus sizes, comma-separated")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", help="work in this folder (kept) instead of a temporary one")
    ap.add_argument("--no-doccano", action="store_true", help="time civannot only")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="civannot-doccano-"))
    work.mkdir(parents=True, exist_ok=True)
    exe = None if args.no_doccano else doccano_python()
    if exe is None and not args.no_doccano:
        print(
            "doccano skipped: no doccano 1.8.4 environment (set CIVANNOT_DOCCANO_PYTHON or "
            "python3 -m venv /work/doccano-venv && /work/doccano-venv/bin/pip install "
            "doccano==1.8.4 'marshmallow<4' 'numpy<2')"
        )
    ok = True
    for docs in [int(x) for x in args.docs.split(",")]:
        native, dfile, chars = write_corpus(work, docs)
        print(f"\n{docs} articles, {chars:,} characters, {docs * SPANS_PER_DOC:,} spans")
        times: dict[str, list[tuple[float, float]]] = {"ci": [], "ce": [], "di": [], "de": []}
        for run in range(args.runs):
            proj = work / f"p{docs}-{run}.civ"
            for f in (proj, Path(str(proj) + "-wal"), Path(str(proj) + "-shm")):
                f.unlink(missing_ok=True)
            times["ci"].append(run_civannot(["import", str(proj), str(native)]))
            out = work / f"out{docs}-{run}"
            shutil.rmtree(out, ignore_errors=True)
            times["ce"].append(
                run_civannot(
                    ["export", str(proj), "--format", "jsonl", "--layer", LAYER, "--out", str(out)]
                )
            )
            if exe is not None:
                dwork = work / f"d{docs}-{run}"
                shutil.rmtree(dwork, ignore_errors=True)
                (dwork / "tmp").mkdir(parents=True)
                times["di"].append(run_doccano(exe, dwork, "import", str(dfile)))
                times["de"].append(run_doccano(exe, dwork, "export"))
                shutil.rmtree(dwork, ignore_errors=True)
            proj.unlink(missing_ok=True)
            shutil.rmtree(out, ignore_errors=True)
        wall = {k: statistics.median(w for w, _ in v) for k, v in times.items() if v}
        cpu = {k: statistics.median(c for _, c in v) for k, v in times.items() if v}

        def line(k: str, what: str, times=times, wall=wall, cpu=cpu) -> str:  # noqa: ANN001
            runs = ", ".join(f"{w:.2f}" for w, _ in times[k])
            return (f"  {what:<16} wall {wall[k]:7.2f} s  cpu {cpu[k]:7.2f} s  "
                    f"(wall of each run: {runs})")  # fmt: skip

        print(line("ci", "civannot import"))
        print(line("ce", "civannot export"))
        if exe is not None:
            print(line("di", "doccano import"))
            print(line("de", "doccano export"))
            for step, k, goal in (("import", "i", 4), ("export", "e", 10)):
                rw, rc = wall["d" + k] / wall["c" + k], cpu["d" + k] / cpu["c" + k]
                print(f"  {step}: civannot {rw:.1f}x faster than doccano by wall, {rc:.1f}x by "
                      f"cpu (goal {goal}x): {'OK' if min(rw, rc) >= goal else 'NOT MET'}")  # fmt: skip
                ok = ok and min(rw, rc) >= goal
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
