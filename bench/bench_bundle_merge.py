"""What merging a returned bundle costs (issue 13: the merge as a pure plan applied through the
store). Builds a lead's project of N documents with 4 spans and a relation each in bob's layer,
exports bob's bundle, edits it through the session (per document: a span added, one resized,
one removed, the status set to done), has the lead change every 10th document meanwhile
(conflicts), then times `import_bundles` of the bundle, and of the same file again (nothing new).

Figures are CPU seconds of this process (time.process_time) beside the wall time; the machine's
load average is printed with them. With --against DIR the same run is made, in a subprocess,
with the civannot found in DIR (e.g. an older commit: `git archive COMMIT civannot resources |
tar -x -C DIR`, then `ln -s ../resources DIR/civannot/resources`), and the ratios printed.

    python bench/bench_bundle_merge.py --docs 300
    python bench/bench_bundle_merge.py --docs 300 --against /tmp/old
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TEXT = "{i}号文件：市委书记王明远主持召开创建全国文明城市工作推进会，市委办公室负责落实，要求压实责任。"


def run(docs: int) -> dict[str, float]:
    from civannot.bundle import export_bundle, import_bundles
    from civannot.project import Project
    from civannot.records import DocumentInput, LayerInput, Span
    from civannot.session import Session

    tmp = Path(tempfile.mkdtemp())
    items = []
    for i in range(docs):
        text = TEXT.format(i=i)
        k = len(f"{i}号文件：")
        spans = [
            Span(k + 0, k + 2, "ORG", "市委"),
            Span(k + 2, k + 4, "TITLE", "书记"),
            Span(k + 4, k + 7, "PERSON", "王明远"),
            Span(k + 25, k + 30, "ORG", "市委办公室"),
        ]
        items.append((DocumentInput(f"d{i}", text), [LayerInput("bob", spans)]))
    lead = Project.create(tmp / "lead.civ")
    lead.import_batch(items)
    ids = [lead.document_id(f"d{i}") for i in range(docs)]
    lead.assign([(d, "bob") for d in ids])
    s = Session(lead, "bob")
    for d in ids:
        sp = {x.label: x for x in lead.spans(d, "bob")}
        s.add_relation("HOLDS_TITLE", sp["PERSON"].id, sp["TITLE"].id)
    export_bundle(lead, "bob", tmp / "bob.civ")
    b = Project.open(tmp / "bob.civ")
    bs = Session(b, "bob")
    bdocs = b.assignments()["bob"]
    for d in bdocs:
        text = b.document(d).text
        k = text.index("：") + 1
        sp = sorted(b.spans(d, "bob"), key=lambda x: x.start)
        bs.add_span(d, k + 11, k + 19, "SLOGAN")
        bs.resize_span(sp[3].id, k + 25, k + 27)
        bs.remove_span(sp[0].id)
        bs.set_status(d, "done")
    b.close()
    time.sleep(0.01)
    for d in ids[::10]:  # the lead changes a span bob removed: a conflict each
        sp = sorted(lead.spans(d, "bob"), key=lambda x: x.start)
        s.relabel_span(sp[0].id, "GPE")
    cpu, wall = time.process_time(), time.perf_counter()
    first = import_bundles(lead, [tmp / "bob.civ"]).bundles[0]
    cpu1, wall1 = time.process_time() - cpu, time.perf_counter() - wall
    cpu, wall = time.process_time(), time.perf_counter()
    again = import_bundles(lead, [tmp / "bob.civ"]).bundles[0]
    cpu2, wall2 = time.process_time() - cpu, time.perf_counter() - wall
    assert not again.changed_anything
    lead.close()
    return {
        "merge_cpu": cpu1,
        "merge_wall": wall1,
        "again_cpu": cpu2,
        "again_wall": wall2,
        "added": first.spans_added,
        "changed": first.spans_changed,
        "removed": first.spans_removed,
        "conflicts": len(first.conflicts),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--against", help="a folder holding another civannot to compare with")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(run(args.docs)))
        return
    results = {}
    for name, code in (("this", str(ROOT)), ("against", args.against)):
        if code is None:
            continue
        env = {**os.environ, "PYTHONPATH": code}
        out = subprocess.run(
            [sys.executable, __file__, "--worker", "--docs", str(args.docs)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        results[name] = json.loads(out.strip().splitlines()[-1])
        r = results[name]
        print(
            f"{name:>8} ({code}): merge of {args.docs} documents {r['merge_cpu']:.2f} s CPU "
            f"({r['merge_wall']:.2f} s wall), again {r['again_cpu']:.2f} s CPU "
            f"({r['again_wall']:.2f} s wall); spans +{r['added']} ~{r['changed']} "
            f"-{r['removed']}, {r['conflicts']} conflicts"
        )
    if "against" in results:
        a, b = results["this"], results["against"]
        print(
            f"this / against, CPU: merge {a['merge_cpu'] / b['merge_cpu']:.2f}, "
            f"again {a['again_cpu'] / b['again_cpu']:.2f}"
        )
    print("load average:", Path("/proc/loadavg").read_text().split()[:3])


if __name__ == "__main__":
    main()
