"""What the lead's review and adjudication screens show, computed as plain values (no Qt).

`load_study` reads every annotator layer of a project once; `review_data` turns it into the
review screen's figures (pairwise heat map, per-label bars, progress per annotator, documents
sorted by disagreement, label confusion); `decision_plan` says which gold spans an adjudication
decision removes and adds. Workers call these with a project path:
`Project.worker_connection(path)` opens a second connection beside the one the window holds
(the file lock keeps other processes out, not other threads of this one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from civannot.agreement.adjudication import (
    Region,
    SpanKey,
    regions,
    settled_by_gold,
)
from civannot.agreement.report import Cancelled, agreement_report
from civannot.overlap import overlap_class
from civannot.project import Project
from civannot.records import AUTO_LAYER, GOLD_LAYER, Relation, Span

__all__ = [
    "Cancelled",
    "ConfusionData",
    "DocRow",
    "Plan",
    "Progress",
    "ReviewData",
    "Study",
    "confusion",
    "decision_plan",
    "document_regions",
    "load_study",
    "none_marks_json",
    "read_none_marks",
    "review_data",
]

NONE_LABEL = "none"
METRICS = ("kappa", "f1_exact", "f1_overlap")
Layer = dict[int, tuple[list[Span], list[Relation]]]


# ---- the study: every layer, read once ----------------------------------------------------------


@dataclass
class Study:
    """Plain values of a project's annotation work (what the computations need)."""

    annotators: list[str]
    texts_len: dict[int, int]
    external_ids: dict[int, str]
    titles: dict[int, str]
    layers: dict[str, Layer]
    completed: dict[str, set[int]]
    statuses: dict[str, dict[int, str]]
    assigned: dict[str, list[int]]
    gold: Layer
    labels: list[str]
    directive_labels: list[str]
    none_marks: dict[int, set[str]] = field(default_factory=dict)

    def decided(self, doc_id: int, region: Region) -> bool:
        """Gold settles the region, or the lead decided that nothing goes there."""
        gold_spans, gold_rels = self.gold.get(doc_id, ([], []))
        if settled_by_gold(region, gold_spans, gold_rels, self.directive_labels):
            return True
        return region_signature(region) in self.none_marks.get(doc_id, set())


NONE_MARKS_KEY = "adjudication_none"


def region_signature(region: Region) -> str:
    """A stable name for a region: its kind and the versions in it (changes when they do)."""
    keys = sorted(repr(v.key) for v in region.versions)
    return f"{region.kind}|" + "|".join(keys)


def read_none_marks(project: Project) -> dict[int, set[str]]:
    """Regions the lead decided to leave empty in gold (gold alone cannot show "nothing")."""
    raw = project.get_meta(NONE_MARKS_KEY, {}) or {}
    return {int(k): set(v) for k, v in raw.items()}


def none_marks_json(marks: dict[int, set[str]]) -> dict[str, list[str]]:
    """The stored form of the marks (project meta NONE_MARKS_KEY), e.g. for Session.set_meta."""
    return {str(k): sorted(v) for k, v in sorted(marks.items()) if v}


def write_none_marks(project: Project, marks: dict[int, set[str]]) -> None:
    """Outside any undo history; the adjudication view writes through Session.set_meta."""
    project.set_meta(NONE_MARKS_KEY, none_marks_json(marks))


def load_study(
    project: Project,
    annotators: Sequence[str] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Study:
    names = list(annotators) if annotators else project.annotators()
    unknown = [n for n in names if n in (AUTO_LAYER, GOLD_LAYER)]
    if unknown:
        raise ValueError(f"{unknown[0]} is not an annotator layer")
    infos = project.document_infos()
    layers: dict[str, Layer] = {}
    completed: dict[str, set[int]] = {}
    statuses: dict[str, dict[int, str]] = {}
    for name in names:
        if cancel is not None and cancel():
            raise Cancelled("cancelled")
        layers[name] = project.layer_data(name)
        completed[name] = project.completed(name)
        statuses[name] = project.statuses(name)
    schema = project.schema
    return Study(
        annotators=names,
        texts_len={i.id: i.length for i in infos},
        external_ids={i.id: i.external_id for i in infos},
        titles={i.id: i.title for i in infos},
        layers=layers,
        completed=completed,
        statuses=statuses,
        assigned=project.assignments(),
        gold=project.layer_data(GOLD_LAYER),
        labels=schema.label_names,
        directive_labels=[lab.name for lab in schema.labels if lab.kind == "directive"],
        none_marks=read_none_marks(project),
    )


def participants(study: Study, doc_id: int) -> list[str]:
    """The annotators who completed a document, in study order."""
    return [n for n in study.annotators if doc_id in study.completed.get(n, ())]


def document_regions(study: Study, doc_id: int) -> list[Region]:
    names = participants(study, doc_id)
    layers = {n: study.layers.get(n, {}).get(doc_id) for n in names}
    return regions(layers, names, study.directive_labels)


# ---- review figures ---------------------------------------------------------------------------


@dataclass
class DocRow:
    doc_id: int
    external_id: str
    title: str
    annotators: list[str]
    disagreements: int
    undecided: int  # disagreements gold does not settle yet
    f1_exact: float | None
    # the annotators' notes on the document and their spans (civannot.comments.CommentView)
    comments: list[Any] = field(default_factory=list)


@dataclass
class AnnotatorProgress:
    name: str
    assigned: int
    done: int
    in_progress: int
    todo: int

    @property
    def fraction(self) -> float:
        return self.done / self.assigned if self.assigned else 0.0


@dataclass
class ConfusionData:
    labels: list[str]  # rows and columns; the last one is "none"
    matrix: list[list[int]]  # [row label of the first annotator][column label of the second]
    pairs: dict[tuple[str, str], list[list[int]]] = field(default_factory=dict)

    def top(self, n: int = 10) -> list[tuple[str, str, int]]:
        """The most frequent confusions (unordered label pairs, x ≠ y), most frequent first."""
        k = len(self.labels)
        out = []
        for i in range(k):
            for j in range(i + 1, k):
                c = self.matrix[i][j] + self.matrix[j][i]
                if c:
                    out.append((self.labels[i], self.labels[j], c))
        out.sort(key=lambda t: (-t[2], t[0], t[1]))
        return out[:n]


@dataclass
class ReviewData:
    annotators: list[str]
    report: dict[str, Any]
    matrices: dict[str, list[list[float | None]]]  # metric -> n×n (diagonal None)
    reasons: dict[str, dict[tuple[int, int], str]]  # metric -> (i, j) -> why undefined
    label_names: list[str]
    documents: list[DocRow]
    progress: list[AnnotatorProgress]
    confusion: ConfusionData

    def label_bars(self, pair: tuple[str, str] | None = None) -> dict[str, dict[str, float | None]]:
        """label -> {"kappa", "f1_exact", "f1_overlap"}: one pair's, or the mean over pairs."""
        out: dict[str, dict[str, float | None]] = {}
        pairs = [p for p in self.report["pairs"] if pair is None or {p["a"], p["b"]} == set(pair)]
        for lab in self.label_names:
            entry: dict[str, float | None] = {}
            for metric in METRICS:
                vals = [
                    p["labels"][lab][metric]
                    for p in pairs
                    if lab in p["labels"] and p["labels"][lab][metric] is not None
                ]
                entry[metric] = sum(vals) / len(vals) if vals else None
            out[lab] = entry
        return out


Progress = Callable[[int, int], None]


def review_data(
    study: Study,
    labels: Sequence[str] | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ReviewData:
    """Every figure of the review screen; raises Cancelled when cancel() turns true."""

    def check() -> None:
        if cancel is not None and cancel():
            raise Cancelled("cancelled")

    names = study.annotators
    n_docs = len(study.texts_len)
    steps = 10 + n_docs  # the report counts for ten steps of the bar, documents for the rest

    def report_progress(done: int, total: int) -> None:
        if progress is not None:
            progress(int(10 * done / max(total, 1)), steps)

    report = agreement_report(
        study.texts_len,
        study.layers,
        study.completed,
        labels=list(labels) if labels else study.labels,
        directive_labels=study.directive_labels,
        annotators=names,
        progress=report_progress,
        cancel=cancel,
    )
    index = {n: i for i, n in enumerate(names)}
    matrices: dict[str, list[list[float | None]]] = {}
    reasons: dict[str, dict[tuple[int, int], str]] = {}
    for metric in METRICS:
        mat: list[list[float | None]] = [[None] * len(names) for _ in names]
        why: dict[tuple[int, int], str] = {}
        for p in report["pairs"]:
            i, j = index[p["a"]], index[p["b"]]
            v = p["overall"][metric]
            mat[i][j] = mat[j][i] = v
            if v is None:
                reason = p["overall"].get("reasons", {}).get(metric, "undefined")
                why[(i, j)] = why[(j, i)] = reason
        matrices[metric] = mat
        reasons[metric] = why

    per_doc = {d["id"]: d.get("f1_exact") for d in report["per_document"]}

    def doc_progress(k: int) -> None:
        check()
        if progress is not None:
            progress(10 + k, steps)

    rows = document_rows(study, per_doc, doc_progress)
    prog = []
    for name in names:
        st = study.statuses.get(name, {})
        assigned = set(study.assigned.get(name, [])) | set(st)
        done = sum(1 for d in assigned if st.get(d) == "done")
        busy = sum(1 for d in assigned if st.get(d) == "in_progress")
        prog.append(AnnotatorProgress(name, len(assigned), done, busy, len(assigned) - done - busy))
    check()
    conf = confusion(study)
    if progress is not None:
        progress(steps, steps)
    label_names = list(labels) if labels else study.labels
    return ReviewData(names, report, matrices, reasons, label_names, rows, prog, conf)


def document_rows(
    study: Study,
    f1_by_doc: dict[int, float | None] | None = None,
    tick: Callable[[int], None] | None = None,
) -> list[DocRow]:
    """Documents completed by two or more annotators, most disagreements first."""
    rows: list[DocRow] = []
    for k, doc_id in enumerate(study.texts_len):
        if tick is not None and k % 200 == 0:
            tick(k)
        names_here = participants(study, doc_id)
        if len(names_here) < 2:
            continue
        regs = [r for r in document_regions(study, doc_id) if not r.agreed]
        undecided = sum(1 for r in regs if not study.decided(doc_id, r))
        rows.append(
            DocRow(
                doc_id,
                study.external_ids.get(doc_id, str(doc_id)),
                study.titles.get(doc_id, ""),
                names_here,
                len(regs),
                undecided,
                (f1_by_doc or {}).get(doc_id),
            )
        )
    rows.sort(
        key=lambda r: (-r.disagreements, r.f1_exact if r.f1_exact is not None else 2.0, r.doc_id)
    )
    return rows


# ---- label confusion --------------------------------------------------------------------------


def _match_overlapping(a: list[Span], b: list[Span]) -> list[tuple[Span | None, Span | None]]:
    """Pair spans of two layers one-to-one by largest overlap; the rest pair with nothing.

    Exact matches (same bounds) come first whatever their label, so a relabelled span counts as
    a confusion of its two labels rather than as two misses.
    """
    cands = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            ov = min(x.end, y.end) - max(x.start, y.start)
            if ov > 0:
                same = (x.start, x.end) == (y.start, y.end)
                cands.append((not same, -ov, i, j))
    cands.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[tuple[Span | None, Span | None]] = []
    for _, _, i, j in cands:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        out.append((a[i], b[j]))
    out += [(x, None) for i, x in enumerate(a) if i not in used_a]
    out += [(None, y) for j, y in enumerate(b) if j not in used_b]
    return out


def confusion(study: Study, pair: tuple[str, str] | None = None) -> ConfusionData:
    """Label × label counts over overlapping spans of every pair of annotators (labels + none).

    Over the documents both annotators of a pair completed. Entities are compared with entities
    and each directive label with itself, since a directive contains entities by design.
    Rows are the first annotator's label (in study order), columns the second's.
    """
    labels = [*study.labels]
    extra = sorted(
        {
            s.label
            for layer in study.layers.values()
            for spans, _ in layer.values()
            for s in spans
            if s.label not in labels
        }
    )
    labels += extra + [NONE_LABEL]
    pos = {lab: i for i, lab in enumerate(labels)}
    k = len(labels)
    directive = set(study.directive_labels)
    total = [[0] * k for _ in range(k)]
    per_pair: dict[tuple[str, str], list[list[int]]] = {}
    for a, b in combinations(study.annotators, 2):
        if pair is not None and {a, b} != set(pair):
            continue
        mat = [[0] * k for _ in range(k)]
        both = study.completed.get(a, set()) & study.completed.get(b, set())
        for doc_id in both:
            sa = study.layers.get(a, {}).get(doc_id, ([], []))[0]
            sb = study.layers.get(b, {}).get(doc_id, ([], []))[0]
            classes = {"": None} | {d: d for d in directive}
            for cls in classes.values():
                xa = [s for s in sa if (s.label in directive) == (cls is not None)]
                xb = [s for s in sb if (s.label in directive) == (cls is not None)]
                if cls is not None:
                    xa = [s for s in xa if s.label == cls]
                    xb = [s for s in xb if s.label == cls]
                for x, y in _match_overlapping(xa, xb):
                    i = pos[x.label] if x else pos[NONE_LABEL]
                    j = pos[y.label] if y else pos[NONE_LABEL]
                    mat[i][j] += 1
        per_pair[(a, b)] = mat
        for i in range(k):
            for j in range(k):
                total[i][j] += mat[i][j]
    return ConfusionData(labels, total, per_pair)


# ---- adjudication decisions -------------------------------------------------------------------


@dataclass
class Plan:
    remove: list[int]  # gold span ids
    add: list[SpanKey]  # (start, end, label)
    add_relations: list[tuple[str, SpanKey, SpanKey]] = field(default_factory=list)
    remove_relations: list[int] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.remove or self.add or self.add_relations or self.remove_relations)


class DecisionError(ValueError):
    """A decision that cannot go into gold as asked; the message says why in one line."""


def _class(label: str, directive: Sequence[str]) -> str:
    """The overlap class of a label: the store's one rule (civannot/overlap.py)."""
    return overlap_class(label, set(directive).__contains__)


def decision_plan(
    region: Region,
    chosen: Iterable[Any],
    gold_spans: Sequence[Span],
    gold_relations: Sequence[Relation],
    directive_labels: Sequence[str] = ("DIRECTIVE",),
) -> Plan:
    """What gold must lose and gain so that the region holds exactly the chosen versions.

    chosen: version keys of the region (span keys, or the relation key; empty = none of them).
    For a span region, every gold span of the region's class overlapping the region goes unless
    it is chosen; chosen spans that overlap each other are refused (one layer's entities do not
    overlap). For a relation region, the relation is added (both endpoint spans must be in gold)
    or removed.
    """
    chosen = list(dict.fromkeys(chosen))
    keys = {v.key for v in region.versions}
    stray = [c for c in chosen if c not in keys]
    if stray:
        raise DecisionError(f"{stray[0]} is not a version of this region")
    if region.kind == "relation":
        rk = region.versions[0].key
        by_key = {(s.start, s.end, s.label): s for s in gold_spans}
        present = [
            r
            for r in gold_relations
            if r.type == rk[0]
            and r.head in {s.id for s in gold_spans if (s.start, s.end, s.label) == rk[1]}
            and r.tail in {s.id for s in gold_spans if (s.start, s.end, s.label) == rk[2]}
        ]
        if chosen:
            if present:
                return Plan([], [])
            missing = [k for k in (rk[1], rk[2]) if k not in by_key]
            if missing:
                s, e, lab = missing[0]
                raise DecisionError(
                    f"{rk[0]} needs its {lab} span {s}-{e} in gold first; decide that span"
                )
            return Plan([], [], add_relations=[rk])
        return Plan([], [], remove_relations=[r.id for r in present if r.id is not None])

    cls = _class(region.versions[0].key[2], directive_labels)
    ordered = sorted(chosen)
    for x, y in zip(ordered, ordered[1:], strict=False):
        if y[0] < x[1]:
            raise DecisionError(
                f"{x[2]} {x[0]}-{x[1]} and {y[2]} {y[0]}-{y[1]} overlap: "
                "gold keeps one of them (accept one, or edit)"
            )
    inside = [
        g
        for g in gold_spans
        if _class(g.label, directive_labels) == cls
        and g.start < region.end
        and region.start < g.end
    ]
    have = {(g.start, g.end, g.label) for g in inside}
    remove = [
        g.id for g in inside if (g.start, g.end, g.label) not in set(chosen) and g.id is not None
    ]
    add = [k for k in ordered if k not in have]
    return Plan(remove, add)


def gold_reading(
    region: Region, gold_spans: Sequence[Span], directive_labels: Sequence[str]
) -> list[SpanKey]:
    """The gold spans inside a span region (what has been decided there so far)."""
    cls = _class(region.versions[0].key[2], directive_labels)
    return sorted(
        (g.start, g.end, g.label)
        for g in gold_spans
        if _class(g.label, directive_labels) == cls
        and g.start < region.end
        and region.start < g.end
    )


def compute_review(
    path: str | Path,
    annotators: Sequence[str] | None = None,
    labels: Sequence[str] | None = None,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ReviewData:
    """The review figures of the project at `path` (what a worker thread runs)."""
    project = Project.worker_connection(path)
    try:
        study = load_study(project, annotators, cancel)
        data = review_data(study, labels, progress, cancel)
        from civannot.comments import comments_by_document

        # the lead reads the annotators' notes beside the figures (issue 18: comments)
        notes = comments_by_document(project, [r.doc_id for r in data.documents])
        for row in data.documents:
            row.comments = notes.get(row.doc_id, [])
        if not labels:  # the card describes the whole schema, as `civannot agree` does
            from civannot.app.agreement import store_summary

            store_summary(project, data.report)
    finally:
        project.db.close()
    return data


def compute_confusion(
    path: str | Path,
    annotators: Sequence[str] | None = None,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> tuple[list[str], ConfusionData]:
    """(annotators, label confusion of every pair) of the project at `path`, for a worker."""
    project = Project.worker_connection(path)
    try:
        study = load_study(project, annotators, cancel)
    finally:
        project.db.close()
    if progress is not None:
        progress(1, 2)
    conf = confusion(study)
    if progress is not None:
        progress(2, 2)
    return study.annotators, conf
