"""civannot evaluate PROJECT --gold LAYER --pred LAYER: scores of one layer against another."""

from __future__ import annotations

import argparse
from typing import Any

from civannot.commands._common import CommandError, add_json_flag, emit, open_project

NAME = "evaluate"
HELP = "precision, recall and F1 of one layer against another, per label, exact and overlap"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="project file")
    parser.add_argument("--gold", required=True, metavar="LAYER", help="reference layer")
    parser.add_argument("--pred", required=True, metavar="LAYER", help="layer to score")
    add_json_flag(parser)


def _f(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def table(res: dict[str, Any]) -> str:
    lines = [
        f"{res['documents']} documents",
        f"{'label':<12}{'gold':>6}{'pred':>6}  {'P':>6}{'R':>6}{'F1':>6}   {'P~':>6}{'R~':>6}{'F1~':>6}",
    ]

    def row(name: str, g: int, p: int, ex: dict, ov: dict) -> str:
        return (
            f"{name:<12}{g:>6}{p:>6}  {_f(ex['precision'])}{_f(ex['recall'])}{_f(ex['f1'])}"
            f"   {_f(ov['precision'])}{_f(ov['recall'])}{_f(ov['f1'])}"
        )

    for lab, d in res["labels"].items():
        lines.append(row(lab, d["gold"], d["pred"], d["exact"], d["overlap"]))
    m = res["micro"]
    g = sum(res["labels"][lab]["gold"] for lab in m["labels"] if lab in res["labels"])
    p = sum(res["labels"][lab]["pred"] for lab in m["labels"] if lab in res["labels"])
    lines.append(row("micro", g, p, m["exact"], m["overlap"]))
    lines.append("(exact: same start, end and label; ~: one-to-one overlap of same-label spans)")
    for rtype, d in res["relations"].items():
        lines.append(
            f"{rtype:<12}{d['gold']:>6}{d['pred']:>6}  {_f(d['precision'])}{_f(d['recall'])}{_f(d['f1'])}"
        )
    ib = res["issued_by"]
    if ib["directives"]:
        lines.append(
            f"ISSUED_BY right for {ib['correct']}/{ib['directives']} gold directives "
            f"({ib['accuracy']:.3f}; same name: {ib['accuracy_same_name']:.3f})"
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from civannot.evaluation import evaluate

    project = open_project(args.project)
    try:
        layers = project.layers()
        for name in (args.gold, args.pred):
            if name not in layers:
                raise CommandError(
                    f"no layer {name!r} in {project.location} (layers: {', '.join(layers) or 'none'})"
                )
        gold_docs = project.completed(args.gold) if args.gold != "auto" else set()
        gold = project.layer_data(args.gold)
        # a completed document with no spans still counts: every character is O
        for doc_id in gold_docs:
            gold.setdefault(doc_id, ([], []))
        if not gold:
            raise CommandError(f"layer {args.gold!r} has no annotated documents")
        pred = project.layer_data(args.pred, gold.keys())
        entity_labels = [lab.name for lab in project.schema.labels if lab.kind == "entity"]
    finally:
        project.close()
    res = evaluate(gold, pred, entity_labels=entity_labels)
    emit(args, table(res), res)
    return 0
