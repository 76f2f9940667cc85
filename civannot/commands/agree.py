"""civannot agree PROJECT [--annotators a,b] [--labels L1,L2] [--json]"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from civannot.commands._common import (
    CommandError,
    add_json_flag,
    emit,
    open_project,
    terminal_progress,
)

if TYPE_CHECKING:
    from civannot.project import Project

NAME = "agree"
HELP = "agreement report: Cohen's κ per pair, Fleiss' κ, Krippendorff's α, span F1"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="project file (or bundle)")
    parser.add_argument(
        "--annotators",
        help="comma-separated annotators to compare (default: every annotator with a document done)",
    )
    parser.add_argument(
        "--labels", help="comma-separated labels to report (default: every label of the schema)"
    )
    add_json_flag(parser)


def _names(value: str, what: str) -> list[str]:
    names = [x.strip() for x in value.split(",") if x.strip()]
    if not names:
        raise CommandError(f"--{what} names nothing")
    return list(dict.fromkeys(names))


def annotator_selection(project: Project, value: str | None) -> list[str]:
    """The annotators to compare: the named ones (checked), or all who completed a document."""
    from civannot.records import RESERVED_LAYERS

    known = [a for a in project.annotators() if a not in RESERVED_LAYERS]
    if value is None:
        return [a for a in known if project.completed(a)]
    names = _names(value, "annotators")
    unknown = [a for a in names if a not in known]
    if unknown:
        raise CommandError(
            f"unknown annotator {unknown[0]!r} (annotators: {', '.join(known) or 'none'})"
        )
    if len(names) < 2:
        raise CommandError("--annotators needs at least two annotators to compare")
    return names


def collect(project: Project, annotators: list[str]) -> tuple[dict, dict, dict]:
    """Text lengths, layers and completed documents of the annotators, in bulk queries."""
    texts_len = project.text_lengths()
    layers = {a: project.layer_data(a) for a in annotators}
    completed = {a: project.completed(a) for a in annotators}
    return texts_len, layers, completed


def span_fetcher(project: Project, annotators: list[str], labels: list[str] | None = None) -> Any:
    """Spans of a batch of documents as flat columns per annotator, read from the project
    batch by batch: the report never holds the whole project's spans (issue 21).

    One query per batch for every annotator's layer: a range of document ids over the
    (document, layer, start) index (a batch is a run of ids; documents outside it are dropped
    by the report), the layers tested on the index's rows (`+layer_id`: the layer index alone
    would walk each whole layer). The database joins each batch's numbers into one text that
    numpy parses: a row per span as Python tuples was half of the report's time (it was one
    query per 500 documents and layer before, regrouped in Python). With `labels`, labels
    come as their positions in it (-1: another label), as the report numbers them.
    """
    import numpy as np

    lids = {lid: name for name in annotators if (lid := project.layer_id(name, create=False))}
    db = project.db
    table = project.m.Span._meta.table_name
    marks = ", ".join([db.param] * len(lids))
    where = (
        f"WHERE document_id >= {db.param} AND document_id <= {db.param} AND +layer_id IN ({marks})"
    )
    empty = ((), (), (), ())
    layer_ids = np.array(list(lids), dtype=np.int64)
    if labels is None:
        sql = f'SELECT layer_id, document_id, start, "end", label FROM "{table}" {where}'
        label_params: tuple = ()
    else:
        # two numbers per span, packed by the database (standard SQL; BIGINT: PostgreSQL's
        # integers are 32 bits): ((document × layers + layer) × (labels + 1) + label + 1) and
        # start × 2³¹ + end; the label is its position in `labels` (-1: another). Five
        # numbers as text per span cost twice as much to write and parse.
        layer_pos = " ".join(f"WHEN {lid} THEN {i}" for i, lid in enumerate(lids))
        layer_pos = f"CASE layer_id {layer_pos} ELSE 0 END" if lids else "0"
        label_pos = " ".join(f"WHEN {db.param} THEN {i + 1}" for i in range(len(labels)))
        label_pos = f"CASE label {label_pos} ELSE 0 END" if labels else "0"
        key = (
            f"((CAST(document_id AS BIGINT) * {max(len(lids), 1)} + {layer_pos}) "
            f"* {len(labels) + 1} + {label_pos})"
        )
        pos = f'(CAST(start AS BIGINT) * {1 << 31} + "end")'
        if db.param == "?":  # SQLite
            sql = f"SELECT group_concat({key} || ',' || {pos}) FROM \"{table}\" {where}"
        else:  # PostgreSQL
            sql = f"SELECT string_agg(concat_ws(',', {key}, {pos}), ',') FROM \"{table}\" {where}"
        label_params = tuple(labels)

    def split(lay: np.ndarray, cols: tuple) -> dict[str, tuple]:
        out: dict[str, tuple] = dict.fromkeys(annotators, empty)
        for lid, name in lids.items():
            mask = lay == lid
            out[name] = tuple(c[mask] for c in cols)
        return out

    def fetch(docs: list[int]) -> dict[str, tuple]:
        if not docs or not lids:
            return dict.fromkeys(annotators, empty)
        params = (*label_params, min(docs), max(docs), *lids)
        if labels is not None:
            text = db.execute_sql(sql, params).fetchone()[0]
            if not text:
                return dict.fromkeys(annotators, empty)
            flat = np.fromstring(text, dtype=np.int64, sep=",").reshape(-1, 2)
            doc_layer, label = np.divmod(flat[:, 0], len(labels) + 1)
            doc, layer = np.divmod(doc_layer, max(len(lids), 1))
            start, end = np.divmod(flat[:, 1], 1 << 31)
            return split(layer_ids[layer], (doc, start, end, label - 1))
        rows = db.execute_sql(sql, params).fetchall()
        if not rows:
            return dict.fromkeys(annotators, empty)
        c_layer, c_doc, c_start, c_end, c_label = zip(*rows, strict=True)
        n = len(c_layer)
        cols = (
            np.fromiter(c_doc, dtype=np.int64, count=n),
            np.fromiter(c_start, dtype=np.int64, count=n),
            np.fromiter(c_end, dtype=np.int64, count=n),
            np.array(c_label, dtype=object),
        )
        return split(np.fromiter(c_layer, dtype=np.int64, count=n), cols)

    return fetch


def run(args: argparse.Namespace) -> int:
    from civannot.agreement import agreement_report, render_report

    with open_project(args.project) as project:
        annotators = annotator_selection(project, args.annotators)
        schema = project.schema
        if args.labels is not None:
            labels = _names(args.labels, "labels")
            unknown = [x for x in labels if x not in schema.label_names]
            if unknown:
                raise CommandError(
                    f"unknown label {unknown[0]!r} (labels: {', '.join(schema.label_names)})"
                )
        else:
            labels = list(schema.label_names)
        directive = [x.name for x in schema.labels if x.kind == "directive"]
        # plain SQL: peewee's per-row conversion was a second of 10,000 documents
        db = project.db
        D, A = project.m.Document._meta.table_name, project.m.Assignment._meta.table_name
        texts_len = dict(db.execute_sql(f'SELECT id, length FROM "{D}" ORDER BY id').fetchall())
        completed: dict[str, set[int]] = {a: set() for a in annotators}
        marks = ", ".join([db.param] * len(annotators))
        if annotators:
            for annotator, doc in db.execute_sql(
                f'SELECT annotator, document_id FROM "{A}" '
                f"WHERE status = 'done' AND annotator IN ({marks})",
                tuple(annotators),
            ):
                completed[annotator].add(doc)
        external = dict(db.execute_sql(f'SELECT id, external_id FROM "{D}"').fetchall())
        try:
            report: dict[str, Any] = agreement_report(
                texts_len,
                {},
                completed,
                labels,
                directive,
                annotators=annotators,
                progress=terminal_progress("agreement"),
                fetch=span_fetcher(project, annotators, list(dict.fromkeys(labels))),
            )
        except ValueError as e:
            raise CommandError(str(e)) from None
        for entry in report["per_document"]:
            entry["id"] = external.get(entry["id"], entry["id"])
        from civannot.app.agreement import store_summary

        # the same opening: a second one checked the file again (a second and a half at
        # 10,000 documents)
        store_summary(project, report)
    human = render_report(report)
    if len(annotators) < 2:
        human = (
            f"Agreement needs two annotators who completed documents; found "
            f"{len(annotators)} ({', '.join(annotators) or 'none'}).\n" + human
        )
    emit(args, human.rstrip("\n"), report)
    return 0
