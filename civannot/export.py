"""Export a layer as training data: selection, document-level splits, format writers, dataset card.

`export_project` is a plain long-running function (progress and cancel callables) that the CLI and
the GUI call alike. It never loses anything silently: spans whose offsets do not match the text,
spans a format cannot carry and spans left out by the label choice are all counted in the report
and in the dataset card. Files are written into a temporary folder beside `out_dir` and moved into
place at the end, so a failed or cancelled export leaves no half-written dataset.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import civannot
from civannot.bulk import gc_paused
from civannot.formats._base import ExportDoc, FormatError, WriteStats, check_span, one_line
from civannot.records import GOLD_LAYER, Relation, Span
from civannot.text import OffsetMap

if TYPE_CHECKING:
    from civannot.project import Project

FORMATS = ("jsonl", "conll", "bioes", "brat", "doccano", "labelstudio", "spacy")
SPLIT_NAMES = {1: ("all",), 2: ("train", "test"), 3: ("train", "dev", "test")}
CARD_MARK = "<!-- civannot export: dataset card -->"

OFFSET_NOTES = {
    "jsonl": "code points of the clean text (Python string indices), end-exclusive; with raw "
    "offsets each span also carries raw_start/raw_end into the raw text.",
    "conll": "one character per line with its code-point offset in the second column; whitespace "
    "characters are left out, the offsets of all others are exact.",
    "bioes": "one character per line with its code-point offset in the second column; whitespace "
    "characters are left out, the offsets of all others are exact.",
    "brat": "code points of the .txt as stored (\\r\\n counts two), as brat's server reads it "
    "(binary, no newline folding); the .txt files keep the text byte for byte.",
    "doccano": "UTF-16 code units, as doccano's annotation screen counts them with 'Count grapheme "
    "clusters as one character' off, its default (a character outside the BMP such as 𠮷 counts "
    "two); \\r\\n counts two.",
    "labelstudio": "code points (Label Studio stores code points; \\r\\n counts two).",
    "spacy": "code points (span.start_char is the offset); doc.text is the text exactly. Tokens "
    "are the runs between span boundaries and whitespace, so a blank zh pipeline (one token per "
    "character) aligns every span exactly; relations are in doc.user_data['relations'].",
}


DOCCANO_OFFSET_NOTES = {
    "graphemes": "grapheme clusters, as doccano's annotation screen counts them with 'Count "
    "grapheme clusters as one character' on (𠮷 counts one, \\r\\n one).",
    "codepoints": "code points (Python string indices), not what doccano's screen counts: for "
    "scripts that read the file with Python.",
}


class ExportError(ValueError):
    """An export that cannot run; the message says why in one line."""


@dataclass
class ExportReport:
    format: str
    layer: str
    out_dir: str
    splits: dict[str, int] = field(default_factory=dict)  # split -> documents
    labels: dict[str, dict[str, int]] = field(default_factory=dict)  # split -> label -> spans
    relations: dict[str, int] = field(default_factory=dict)  # split -> relations written
    files: list[str] = field(default_factory=list)
    documents_in_project: int = 0
    left_out: int = 0  # not completed and no spans in the layer (DESIGN §3)
    filtered: dict[str, int] = field(default_factory=dict)  # label -> spans not chosen
    invalid: list[str] = field(default_factory=list)  # offsets that do not match the text
    dropped: dict[str, dict[str, int]] = field(default_factory=dict)  # reason -> label -> n
    adjusted: dict[str, dict[str, int]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    empty_reason: str | None = None
    cancelled: bool = False
    doccano_offsets: str = "utf16"
    seed: int | None = None
    split_ratios: list[float] | None = None
    card: str | None = None
    seconds: float = 0.0

    @property
    def documents(self) -> int:
        return sum(self.splits.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "layer": self.layer,
            "out_dir": self.out_dir,
            "documents": self.documents,
            "documents_in_project": self.documents_in_project,
            "left_out": self.left_out,
            "splits": self.splits,
            "split_ratios": self.split_ratios,
            "seed": self.seed,
            "labels": self.labels,
            "relations": self.relations,
            "files": self.files,
            "filtered": self.filtered,
            "invalid": self.invalid,
            "dropped": self.dropped,
            "adjusted": self.adjusted,
            "notes": self.notes,
            "empty_reason": self.empty_reason,
            "cancelled": self.cancelled,
            "card": self.card,
            "seconds": round(self.seconds, 3),
        }

    def summary(self) -> str:
        if self.cancelled:
            return "export cancelled: nothing written"
        if self.empty_reason:
            return f"nothing exported: {self.empty_reason}"
        spans = sum(sum(v.values()) for v in self.labels.values())
        parts = ", ".join(f"{k} {v}" for k, v in self.splits.items())
        lines = [
            f"exported {self.documents} documents ({parts}), {spans} spans, "
            f"{sum(self.relations.values())} relations of layer {self.layer} as {self.format} "
            f"to {self.out_dir}"
        ]
        lost = sum(sum(v.values()) for v in self.dropped.values())
        if lost:
            detail = "; ".join(
                f"{reason}: " + ", ".join(f"{lab} {n}" for lab, n in labs.items())
                for reason, labs in self.dropped.items()
            )
            lines.append(f"not carried by {self.format}: {lost} ({detail})")
        if self.invalid:
            lines.append(f"skipped {len(self.invalid)} spans whose offsets do not match the text")
        if self.filtered:
            lines.append(
                "not chosen: " + ", ".join(f"{lab} {n}" for lab, n in self.filtered.items())
            )
        if self.left_out:
            lines.append(f"left out {self.left_out} documents not completed and without spans")
        lines += self.notes
        lines.append(f"dataset card: {self.card}")
        return "\n".join(lines)


class _Cancelled(Exception):
    pass


def parse_split(value: str | list[float] | None) -> list[float] | None:
    """'0.8,0.1,0.1' -> [0.8, 0.1, 0.1]; checks two or three positive shares summing to 1."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            ratios = [float(x) for x in value.split(",")]
        except ValueError:
            raise ExportError(f"--split {value!r}: expected numbers such as 0.8,0.1,0.1") from None
    else:
        ratios = [float(x) for x in value]
    if len(ratios) not in (2, 3) or any(not math.isfinite(r) or r <= 0 for r in ratios):
        raise ExportError("a split has two or three positive shares (train,test or train,dev,test)")
    if abs(sum(ratios) - 1.0) > 1e-6:
        raise ExportError(f"split shares add up to {sum(ratios):g}, not 1")
    return ratios


def assign_splits(
    doc_labels: dict[int, Counter[str]], ratios: list[float], seed: int
) -> dict[int, int]:
    """Deterministic document-level split with label balance.

    Documents are shuffled with `seed`, then placed rarest-label first into the split whose
    share of those labels is furthest below its target (a greedy form of iterative
    stratification); each split gets exactly its share of documents (largest remainder).
    """
    ids = sorted(doc_labels)
    rng = random.Random(seed)
    rng.shuffle(ids)
    n, k = len(ids), len(ratios)
    exact = [r * n for r in ratios]
    targets = [int(x) for x in exact]
    for j in sorted(range(k), key=lambda j: (-(exact[j] - targets[j]), j))[: n - sum(targets)]:
        targets[j] += 1
    totals: Counter[str] = Counter()
    for c in doc_labels.values():
        totals.update(c)
    inf = float("inf")

    def rarity(doc: int) -> float:
        c = doc_labels[doc]
        return min((totals[lab] for lab in c), default=inf)

    order = sorted(ids, key=rarity)  # stable: ties keep the shuffled order
    current: list[Counter[str]] = [Counter() for _ in range(k)]
    filled = [0] * k
    out: dict[int, int] = {}
    for doc in order:
        c = doc_labels[doc]

        rarest = min(c, key=lambda lab: (totals[lab], lab)) if c else None

        def deficit(j: int, lab: str) -> float:
            # share of split j's quota of `lab` still unfilled (1 = none yet, < 0 = over)
            return 1.0 - current[j][lab] / (ratios[j] * totals[lab])

        def score(j: int, c: Counter[str] = c, rarest: str | None = rarest) -> tuple:
            room = (targets[j] - filled[j]) / targets[j]
            if rarest is None:
                return (0.0, 0.0, room, -j)
            return (deficit(j, rarest), sum(deficit(j, lab) for lab in c), room, -j)

        j = max((j for j in range(k) if filled[j] < targets[j]), key=score)
        out[doc] = j
        filled[j] += 1
        current[j].update(c)
    return out


# the layer's spans, read at once, live until the file is written: no collector passes over them
@gc_paused()
def export_project(
    project: Project,
    fmt: str,
    out_dir: str | Path,
    layer: str = GOLD_LAYER,
    labels: list[str] | None = None,
    split: str | list[float] | None = None,
    seed: int = 0,
    raw_offsets: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    *,
    overwrite: bool = False,
    doccano_offsets: str = "utf16",
) -> ExportReport:
    """Export `layer` of `project` in format `fmt` into `out_dir` (see the module docstring).

    Raises ExportError for a request that cannot run (unknown format, layer or label, a bad
    split, an out_dir holding other files, spaCy missing). A cancelled export returns a report
    with ``cancelled`` set and writes nothing.
    """
    t0 = time.perf_counter()
    fmt = fmt.lower()
    if doccano_offsets not in ("utf16", "graphemes", "codepoints"):
        raise ExportError("doccano offsets must be utf16, graphemes or codepoints")
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; one of: {', '.join(FORMATS)}")
    ratios = parse_split(split)
    out_dir = Path(out_dir)
    schema = project.schema
    report = ExportReport(format=fmt, layer=layer, out_dir=str(out_dir), seed=seed if ratios else None,
                          split_ratios=ratios, doccano_offsets=doccano_offsets)  # fmt: skip
    if layer not in project.layers() and layer not in project.annotators():
        known = ", ".join(project.layers()) or "none"
        raise ExportError(f"no layer {layer!r} in the project (layers: {known})")
    chosen = _choose_labels(schema, fmt, labels, report)
    if fmt == "spacy":
        from civannot.formats.spacy_docbin import require_spacy

        try:
            require_spacy()
        except FormatError as e:
            raise ExportError(str(e)) from None
    _check_out_dir(out_dir, overwrite)

    infos = project.document_infos()
    report.documents_in_project = len(infos)
    data = _layer_rows(project, layer)
    done = project.completed(layer)
    selected = [i.id for i in infos if (i.id in data and data[i.id][0]) or i.id in done]
    report.left_out = len(infos) - len(selected)
    if not selected:
        report.empty_reason = _why_empty(project, layer, infos, data)
        report.seconds = time.perf_counter() - t0
        return report
    ext_ids = {i.id: i.external_id for i in infos}
    done_ext = {ext_ids[d] for d in done if d in ext_ids}

    if ratios:
        # Label counts per document drive the stratified split.
        doc_labels = {d: Counter(r[_LABEL] for r in data.get(d, ([], []))[0] if r[_LABEL] in chosen)
                      for d in selected}  # fmt: skip
        where = assign_splits(doc_labels, ratios, seed)
        names = SPLIT_NAMES[len(ratios)]
    else:
        where = dict.fromkeys(selected, 0)
        names = SPLIT_NAMES[1]
    by_split: list[list[int]] = [[] for _ in names]
    for d in selected:  # project order inside each split
        by_split[where[d]].append(d)

    has_relations = any(
        _kept_relations(data[d][0], data[d][1], chosen)
        for d in selected
        if d in data and data[d][1]
    )
    tmp = _make_temp(out_dir)
    total = len(selected)
    counter = [0]
    stats_all = WriteStats()
    try:
        for name, ids in zip(names, by_split, strict=True):
            docs: Iterator[ExportDoc] | _Rows
            if fmt == "jsonl" and not raw_offsets:
                docs = _Rows(project, ids, data, chosen, ext_ids, report, counter, total, progress,
                             cancel)  # fmt: skip
            else:
                docs = _docs(project, layer, ids, data, chosen, ext_ids, raw_offsets, fmt == "jsonl",
                             report, counter, total, progress, cancel)  # fmt: skip
            stats = _write(fmt, name, docs, tmp, schema, has_relations, single=len(names) == 1,
                           layer=layer, completed=done_ext,
                           doccano_offsets=doccano_offsets)  # fmt: skip
            report.splits[name] = stats.documents
            report.labels[name] = dict(sorted(stats.spans.items()))
            report.relations[name] = stats.relations
            stats_all.merge(stats)
            if not ids:
                report.notes.append(f"split {name} is empty ({total} documents are too few)")
        for (reason, label), n in sorted(stats_all.dropped.items()):
            report.dropped.setdefault(reason, {})[label] = n
        for (reason, label), n in sorted(stats_all.adjusted.items()):
            report.adjusted.setdefault(reason, {})[label] = n
        report.notes += stats_all.notes
        if fmt == "labelstudio":
            from civannot.formats.labelstudio import label_config

            (tmp / "label_config.xml").write_text(label_config(schema), encoding="utf-8")
        if not any(report.labels.values()):
            report.notes.append(
                "no spans with the chosen labels: every character is O in this export"
            )
        report.seconds = time.perf_counter() - t0
        card = dataset_card(project, report, chosen, names, data)
        (tmp / "README.md").write_text(card, encoding="utf-8")
        (tmp / _TEMP_MARK).unlink()
        report.files = sorted(p.relative_to(tmp).as_posix() for p in tmp.rglob("*") if p.is_file())
        _move_into_place(tmp, out_dir)
    except _Cancelled:
        shutil.rmtree(tmp, ignore_errors=True)
        report.cancelled = True
        report.splits, report.labels, report.relations = {}, {}, {}
        return report
    except OSError as e:  # a full disk, a folder made read-only meanwhile: one line, no debris
        shutil.rmtree(tmp, ignore_errors=True)
        raise ExportError(
            f"cannot write the export into {out_dir.parent}: {e.strerror or e} "
            "(nothing was written)"
        ) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    report.card = str(out_dir / "README.md")
    report.seconds = time.perf_counter() - t0
    return report


def _choose_labels(
    schema: Any, fmt: str, labels: list[str] | None, report: ExportReport
) -> set[str]:
    names = schema.label_names
    if labels:
        unknown = [lab for lab in labels if lab not in names]
        if unknown:
            raise ExportError(
                f"label(s) not in the schema: {', '.join(unknown)} (labels: {', '.join(names)})"
            )
        return set(labels)
    if fmt in ("conll", "bioes"):
        directive = [lab.name for lab in schema.labels if lab.kind == "directive"]
        if directive:
            report.notes.append(
                f"{', '.join(directive)} left out by default: one tag per character cannot hold "
                f"directives that contain entities; use --labels {directive[0]} for a file of them"
            )
        return set(schema.entity_labels)
    return set(names)


def _check_out_dir(out_dir: Path, overwrite: bool) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportError(f"{out_dir} exists and is not a folder")
    if not out_dir.parent.exists():
        raise ExportError(f"folder {out_dir.parent} does not exist")
    if out_dir.is_dir() and any(out_dir.iterdir()):
        if not overwrite:
            raise ExportError(f"{out_dir} is not empty (use --force to replace an earlier export)")
        card = out_dir / "README.md"
        if not (card.is_file() and CARD_MARK in card.read_text(encoding="utf-8", errors="replace")):
            raise ExportError(f"{out_dir} is not an earlier civannot export: not replacing it")


# Inside a temporary export folder while it is being written: the writer's process id, so that
# the next export into the same place knows a folder left by a killed export from a live one.
_TEMP_MARK = ".civannot-export-pid"


def _make_temp(out_dir: Path) -> Path:
    """A new temporary folder beside `out_dir`, after removing those that killed exports into the
    same place left behind. Its mode follows the umask like any folder the user makes (mkdtemp
    makes it private, and the rename would keep that)."""
    _clean_stale(out_dir)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    except OSError as e:
        raise ExportError(
            f"cannot write into {out_dir.parent}: {e.strerror or e} (the export needs a "
            "writable folder)"
        ) from None
    try:
        (tmp / _TEMP_MARK).write_text(str(os.getpid()), encoding="ascii")
        os.chmod(tmp, 0o777 & ~_umask())
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ExportError(f"cannot write into {out_dir.parent}: {e.strerror or e}") from None
    return tmp


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _clean_stale(out_dir: Path) -> None:
    """Remove temporary folders of earlier exports into `out_dir` whose writer is gone."""
    try:
        prefix = f".{out_dir.name}."  # not a glob: the name may hold [ or *
        candidates = [d for d in out_dir.parent.iterdir() if d.name.startswith(prefix)]
    except OSError:
        return
    for d in candidates:
        if not d.is_dir() or d.is_symlink():
            continue
        mark = d / _TEMP_MARK
        if d.name.startswith(f".{out_dir.name}.old-"):
            # the previous export, set aside while a new one moved in: stale once that is done
            if out_dir.is_dir():
                shutil.rmtree(d, ignore_errors=True)
            continue
        if not mark.is_file():
            continue  # not a folder civannot marked: leave it alone
        try:
            pid = int(mark.read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            continue
        if not _alive(pid):
            shutil.rmtree(d, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _move_into_place(tmp: Path, out_dir: Path) -> None:
    if out_dir.is_dir():
        old = out_dir.with_name(f".{out_dir.name}.old-{int(time.time())}")
        out_dir.rename(old)
        tmp.rename(out_dir)
        shutil.rmtree(old, ignore_errors=True)
    else:
        tmp.rename(out_dir)


def _why_empty(project: Project, layer: str, infos: list, data: dict) -> str:
    if not infos:
        return "the project has no documents"
    if not data and not project.completed(layer):
        return f"layer {layer!r} has no spans and no document marked done"
    return f"no document of layer {layer!r} is done or has spans"


# A span of the exported layer as its database row: the document's id, then Span's fields in
# Span's order, with None for the common values (origin manual, author the layer's name, no
# provenance): SQLite gives one None for all, where each string is a new object to make.
# _span(row, layer) is the record a format writer takes; the native JSONL path reads the values
# straight from the rows (a frozen Span per row cost a quarter of its time).
SpanRow = tuple[Any, ...]
_DOC, _START, _END, _LABEL, _TEXT, _ORIGIN, _AUTHOR, _ID, _CONF, _UID, _PROV = range(11)
LayerRows = dict[int, tuple[list[SpanRow], list[Relation]]]


def _layer_rows(project: Project, layer: str) -> LayerRows:
    """The layer's span rows and relations by document (in document order; spans by start,
    end and id as Project.layer_data orders them), in two queries."""
    lid = project.layer_id(layer, create=False)
    if lid is None:
        return {}
    S, R = project.m.Span, project.m.Relation
    mark = project.db.param
    cols = [f'"{f.column_name}"' for f in (S.document, *project._span_fields())]
    # Span's order (start, end, label, text, origin, author, id, confidence, uid, provenance);
    # the uid is left out (NULL): no writer needs it, notes find their span by its id
    cols = [cols[0], *cols[2:6], f"NULLIF({cols[6]}, 'manual')", f"NULLIF({cols[7]}, {mark})",
            cols[1], cols[8], "NULL", f"NULLIF({cols[10]}, '')"]  # fmt: skip
    sql = (
        f'SELECT {", ".join(cols)} FROM "{S._meta.table_name}" WHERE "{S.layer.column_name}" = '
        f'{mark} ORDER BY "{S.document.column_name}", "start", "end", "id"'
    )
    rows = project.db.execute_sql(sql, (layer, lid))
    out: LayerRows = {doc: (list(spans), []) for doc, spans in groupby(rows, _first)}
    for row in project._raw_rows(
        R, [R.document, *project._relation_fields()], R.layer, lid, [R.document, R.id]
    ):
        out.setdefault(row[0], ([], []))[1].append(project._relation(row[1:]))
    return out


def _span(r: SpanRow, layer: str, author: str | None = None) -> Span:
    """The record of a row of `layer` (by `author`, when given)."""
    origin = "manual" if r[_ORIGIN] is None else r[_ORIGIN]
    if author is None:
        author = layer if r[_AUTHOR] is None else r[_AUTHOR]
    return Span(r[1], r[2], r[3], r[4], origin, author, r[7], r[8], r[9], r[10] or "")


_first = itemgetter(_DOC)
_label_of = itemgetter(_LABEL)
_author_of = itemgetter(_AUTHOR)
_origin_of = itemgetter(_ORIGIN)


def _kept_relations(spans: list[SpanRow], relations: list[Relation], chosen: set[str]) -> list:
    labels = {r[_ID]: r[_LABEL] for r in spans}
    return [r for r in relations if labels.get(r.head) in chosen and labels.get(r.tail) in chosen]


def _comments_of(project: Project, doc_ids: list[int]) -> dict[int, list[tuple[Any, ...]]]:
    """(author, text, updated, on a span, that span's id or None) of the documents' notes, in
    the order they were written, by document: one query per 500 documents (one per document
    was a third of the time of a native export, most documents having no notes)."""
    from civannot.store.store import rows_in

    C, S = project.m.Comment, project.m.Span
    doc = f'c."{C.document.column_name}"'
    sql = (
        f'SELECT {doc}, c."author", c."text", c."updated", c."span_uid" IS NOT NULL, s."id" '
        f'FROM "{C._meta.table_name}" c LEFT JOIN "{S._meta.table_name}" s '
        f'ON s."uid" = c."span_uid" WHERE {doc} IN ({{ids}}) ORDER BY c."created", c."id"'
    )
    out: dict[int, list[tuple[Any, ...]]] = {}
    for doc, *rest in rows_in(project.db, sql, doc_ids):
        out.setdefault(doc, []).append(tuple(rest))
    return out


def _comments(rows: list[tuple[Any, ...]], spans: list[SpanRow]) -> list[dict[str, Any]]:
    """The document's notes for native JSONL: on the document, or on an exported span."""
    if not rows:
        return []
    index = {s[_ID]: i for i, s in enumerate(spans)}
    out = []
    for author, text, updated, on_span, span_id in rows:
        if on_span and span_id not in index:
            continue  # a note on a span this export leaves out goes with it
        out.append(
            {
                "author": author,
                "text": text,
                "updated": str(updated)[:19],
                "span": index[span_id] if on_span else None,
            }
        )
    return out


def _keep(
    ext_id: str,
    text: str,
    rows: list[SpanRow],
    rels: list[Relation],
    chosen: set[str],
    report: ExportReport,
) -> tuple[list[SpanRow], list[tuple[str, int, int]], list[tuple[str, float | None]]]:
    """The document's spans of the chosen labels that fit its text, and the relations between
    them (by index in that list) with their (provenance, confidence); what is left out is
    counted in `report`."""
    spans: list[SpanRow] = []
    n = len(text)
    filtered = report.filtered
    for r in rows:
        label = r[_LABEL]
        if label not in chosen:
            filtered[label] = filtered.get(label, 0) + 1
            continue
        # check_span's test inline (it runs for every span of an export); its message below
        start, end, stored = r[_START], r[_END], r[_TEXT]
        if not (0 <= start < end <= n and (not stored or text[start:end] == stored)):
            problem = check_span(text, _span(r, ""))
            if problem:
                report.invalid.append(f"{ext_id}: {label} {problem}")
                continue
        spans.append(r)
    relations: list[tuple[str, int, int]] = []
    relation_info: list[tuple[str, float | None]] = []
    if rels:
        index = {r[_ID]: i for i, r in enumerate(spans)}
        for rel in rels:
            if rel.head in index and rel.tail in index:
                relations.append((rel.type, index[rel.head], index[rel.tail]))
                relation_info.append((rel.provenance, rel.confidence))
            else:
                key = f"relation {rel.type} (a span not exported)"
                filtered[key] = filtered.get(key, 0) + 1
    return spans, relations, relation_info


@dataclass
class _Rows:
    """The documents of a split for the native JSONL writer, which reads them as rows (what
    `_docs` takes, and writes ExportDocs from for the other formats)."""

    project: Project
    ids: list[int]
    data: LayerRows
    chosen: set[str]
    ext_ids: dict[int, str]
    report: ExportReport
    counter: list[int]  # documents written so far, all splits
    total: int
    progress: Callable[[int, int], None] | None
    cancel: Callable[[], bool] | None


def _docs(
    project: Project,
    layer: str,
    ids: list[int],
    data: LayerRows,
    chosen: set[str],
    ext_ids: dict[int, str],
    raw_offsets: bool,
    keep_clean: bool,
    report: ExportReport,
    counter: list[int],
    total: int,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> Iterator[ExportDoc]:
    """ExportDocs of `ids` in order, spans checked against the text and filtered by label."""
    notes = _comments_of(project, ids) if keep_clean else {}
    # the raw text only for raw offsets (it is as long again as the clean text to read)
    for doc in project.documents(ids, raw=raw_offsets):
        if cancel is not None and cancel():
            raise _Cancelled
        rows, rels = data.get(doc.id, ([], []))
        text = doc.text
        kept, relations, relation_info = _keep(doc.external_id, text, rows, rels, chosen, report)
        spans = [_span(r, layer) for r in kept]
        raw = raw_ranges = None
        if raw_offsets and keep_clean:
            raw, raw_spans = _to_raw(doc, spans)
            raw_ranges = [(s.start, s.end) for s in raw_spans]
        elif raw_offsets:
            text, spans = _to_raw(doc, spans)
        annotators = sorted({s.author for s in spans if s.author})
        comments = _comments(notes.get(doc.id, []), kept)
        yield ExportDoc(
            id=ext_ids.get(doc.id, doc.external_id),
            text=text,
            spans=spans,
            relations=relations,
            meta={**doc.meta, **({"title": doc.title} if doc.title else {}),
                  **({"source": doc.source} if doc.source else {})},
            annotators=annotators,
            raw=raw,
            raw_ranges=raw_ranges,
            comments=comments,
            relation_info=relation_info,
        )  # fmt: skip
        counter[0] += 1
        if progress is not None and (counter[0] % 100 == 0 or counter[0] == total):
            progress(counter[0], total)


def _write_jsonl_rows(src: _Rows, path: Path, layer: str, completed: set[str]) -> WriteStats:
    """Native JSONL of a split written from the rows: the lines `_write_jsonl` writes (through
    formats.jsonl.record_line) byte for byte, without a Span, an ExportDoc or a Document per
    document. A document with notes takes that path itself (tests/test_export_golden.py holds
    both to the same bytes)."""
    from civannot.formats.jsonl import record_line
    from civannot.store.store import rows_in

    project, report = src.project, src.report
    D = project.m.Document
    notes = _comments_of(project, src.ids)
    sql = (
        f'SELECT "id", "{D.external_id.column_name}", "{D.clean.column_name}", '
        f'"{D.title.column_name}", "{D.source.column_name}", "{D.meta.column_name}" '
        f'FROM "{D._meta.table_name}" WHERE "id" IN ({{ids}})'
    )
    stats = WriteStats()
    line = _LineWriter(layer, stats)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for i in range(0, len(src.ids), 500):
            chunk = src.ids[i : i + 500]
            by_id = {r[0]: r for r in rows_in(project.db, sql, chunk)}
            lines: list[str] = []
            for doc_id in chunk:
                if doc_id not in by_id:
                    continue  # deleted meanwhile (another window, a server client)
                if src.cancel is not None and src.cancel():
                    raise _Cancelled
                _, ext, text, title, source, meta_json = by_id[doc_id]
                ext = src.ext_ids.get(doc_id, ext)
                rows, rels = src.data.get(doc_id, ([], []))
                spans, relations, relation_info = _keep(ext, text, rows, rels, src.chosen, report)
                meta = json.loads(meta_json or "{}")
                if title:
                    meta["title"] = title
                if source:
                    meta["source"] = source
                done = ext in completed
                comments = _comments(notes[doc_id], spans) if doc_id in notes else []
                if comments:
                    doc = ExportDoc(ext, text, [_span(r, layer, layer) for r in spans],
                                    relations, meta, [layer] if done else [], comments=comments,
                                    relation_info=relation_info)  # fmt: skip
                    lines.append(record_line(doc, stats))
                else:
                    lines.append(line(ext, text, meta, done, spans, relations, relation_info))
                stats.documents += 1
                src.counter[0] += 1
                n = src.counter[0]
                if src.progress is not None and (n % 100 == 0 or n == src.total):
                    src.progress(n, src.total)
            if lines:
                lines.append("")
                out.write("\n".join(lines))
    return stats


class _LineWriter:
    """formats.jsonl.record_line for a document whose spans are rows of the exported layer and
    that has no notes and no raw text: every span's and relation's annotator is the layer."""

    def __init__(self, layer: str, stats: WriteStats) -> None:
        from civannot.jsontext import dump_str, dumps

        self.enc, self.dumps = dump_str, dumps
        self.layer, self.who = layer, dump_str(layer)
        self.annotators = (dumps([]), dumps([layer]))
        # the constant parts of a span's JSON: between its offsets and its text, by label; after
        # its text
        self.labels: dict[str, str] = {}
        self.tail = f', "annotator": {self.who}}}'
        self.stats = stats

    def __call__(
        self,
        ext: str,
        text: str,
        meta: dict[str, Any],
        done: bool,
        spans: list[SpanRow],
        relations: list[tuple[str, int, int]],
        relation_info: list[tuple[str, float | None]],
    ) -> str:
        enc, dumps, labels, tail = self.enc, self.dumps, self.labels, self.tail
        parts: list[str] = []
        add = parts.append
        for k, (_, start, end, label, _t, origin, _a, _i, conf, _u, prov) in enumerate(spans, 1):
            lab = labels.get(label)
            if lab is None:
                lab = labels[label] = f', "label": {enc(label)}, "text": '
            head = f'{{"id": "s{k}", "start": {start}, "end": {end}{lab}{enc(text[start:end])}'
            if origin is None and conf is None and prov is None:  # manual, no provenance
                add(head + tail)
            else:
                extra: dict[str, Any] = {}
                if origin is not None:
                    extra["origin"] = origin
                if conf is not None:
                    extra["confidence"] = conf
                if prov is not None:
                    extra["provenance"] = prov
                add(head + tail[:-1] + ", " + dumps(extra)[1:])
        self.stats.spans.update(map(_label_of, spans))
        line = (
            f'{{"id": {dumps(ext)}, "text": {enc(text)}, "meta": {dumps(meta)}, '
            f'"annotators": {self.annotators[done]}, "spans": [{", ".join(parts)}], '
            f'"relations": {self._relations(relations, relation_info)}}}'
        )
        return one_line(line)

    def _relations(
        self, relations: list[tuple[str, int, int]], info: list[tuple[str, float | None]]
    ) -> str:
        out = []
        for (rtype, h, t), (prov, conf) in zip(relations, info, strict=True):
            rd: dict[str, Any] = {"type": rtype, "head": f"s{h + 1}", "tail": f"s{t + 1}",
                                  "annotator": self.layer}  # fmt: skip
            if prov:
                rd["provenance"] = prov
            if conf is not None:
                rd["confidence"] = conf
            out.append(rd)
        self.stats.relations += len(out)
        return self.dumps(out)


def _to_raw(doc: Any, spans: list[Span]) -> tuple[str, list[Span]]:
    raw = doc.raw if doc.raw is not None else doc.text
    if doc.offset_map is None:
        return raw, spans
    omap = OffsetMap.loads(doc.offset_map, len(doc.text))
    out = []
    for s in spans:
        rs, re_ = omap.to_raw(s.start, s.end)
        out.append(Span(rs, re_, s.label, raw[rs:re_], s.origin, s.author, s.id, s.confidence,
                        s.uid, s.provenance))  # fmt: skip
    return raw, out


def _write(
    fmt: str, split: str, docs: Iterator[ExportDoc] | _Rows, tmp: Path, schema: Any,
    has_relations: bool,
    single: bool, layer: str = GOLD_LAYER, completed: set[str] | None = None,
    doccano_offsets: str = "utf16",
) -> WriteStats:  # fmt: skip
    if isinstance(docs, _Rows):
        return _write_jsonl_rows(docs, tmp / f"{split}.jsonl", layer, completed or set())
    directive = [lab.name for lab in schema.labels if lab.kind == "directive"]
    if fmt in ("conll", "bioes"):
        from civannot.formats.conll import write_conll

        return write_conll(docs, tmp / f"{split}.{fmt}", scheme="BIO" if fmt == "conll" else "BIOES",
                           directive_labels=directive)  # fmt: skip
    if fmt == "brat":
        from civannot.formats.brat import write_brat

        return write_brat(docs, tmp if single else tmp / split, schema)
    if fmt == "doccano":
        from civannot.formats.doccano import write_doccano

        return write_doccano(docs, tmp / f"{split}.jsonl", relation_form=has_relations,
                             offsets=doccano_offsets)  # fmt: skip
    if fmt == "labelstudio":
        from civannot.formats.labelstudio import write_labelstudio

        return write_labelstudio(docs, tmp / f"{split}.json")
    if fmt == "spacy":
        from civannot.formats.spacy_docbin import write_docbin

        return write_docbin(docs, tmp / f"{split}.spacy", directive_labels=directive)
    return _write_jsonl(docs, tmp / f"{split}.jsonl", layer, completed or set())


def _write_jsonl(
    docs: Iterator[ExportDoc], path: Path, layer: str, completed: set[str]
) -> WriteStats:
    """Native JSONL through civannot.formats.jsonl, each span and relation in `layer`.

    The record's ``annotator`` names the layer a re-import puts a span in, so it is the exported
    layer (not the span's author, e.g. the annotator whose span was adjudicated into gold), and
    ``annotators`` lists the layer when the document is done in it (DESIGN §3).
    """
    from civannot.formats.jsonl import write_jsonl

    def in_layer() -> Iterator[ExportDoc]:
        for doc in docs:
            doc.spans = [
                s
                if s.author == layer
                # positional: dataclasses.replace costs more than writing the line
                else Span(
                    s.start,
                    s.end,
                    s.label,
                    s.text,
                    s.origin,
                    layer,
                    s.id,
                    s.confidence,
                    s.uid,
                    s.provenance,
                )  # fmt: skip
                for s in doc.spans
            ]
            doc.annotators = [layer] if doc.id in completed else []
            yield doc

    with open(path, "w", encoding="utf-8", newline="\n") as out:
        return write_jsonl(in_layer(), out)


# --- dataset card ---------------------------------------------------------------------------


def _agreement_lines(project: Project) -> list[str]:
    summary = None
    for key in ("agreement", "agreement_summary", "last_agreement"):
        summary = project.get_meta(key)
        if summary:
            break
    if not summary:
        return ["- agreement: none stored in the project (run `civannot agree` to measure it)"]
    lines = ["- agreement (as last stored in the project):"]
    if isinstance(summary, dict):
        if summary.get("documents") is not None:
            lines.append(f"  - documents compared: {summary['documents']}")
        for pair in summary.get("pairs", [])[:20]:
            o = pair.get("overall", {})
            lines.append(
                f"  - {pair.get('a')} / {pair.get('b')}: κ {_fmt(o.get('kappa'))}, "
                f"F1 exact {_fmt(o.get('f1_exact'))}, F1 overlap {_fmt(o.get('f1_overlap'))}"
            )
        for name in ("fleiss", "alpha"):
            part = summary.get(name)
            if isinstance(part, dict) and "overall" in part:
                label = "Fleiss' κ" if name == "fleiss" else "Krippendorff's α"
                lines.append(f"  - {label}: {_fmt(part['overall'])}")
        if summary.get("at"):
            lines.append(f"  - measured: {summary['at']}")
    else:
        lines.append(f"  - {summary}")
    return lines


def _fmt(v: Any) -> str:
    if isinstance(v, dict):
        v = v.get("value", v.get("kappa"))
    if isinstance(v, float):
        return f"{v:.3f}"
    return "n/a" if v is None else str(v)


def dataset_card(
    project: Project, report: ExportReport, chosen: set[str], names: tuple[str, ...],
    data: LayerRows,
) -> str:  # fmt: skip
    schema = project.schema
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    title = f"{Path(str(project.path)).stem}: layer {report.layer}"
    out = [CARD_MARK, f"# Dataset card — {title} ({report.format})", ""]
    out.append(
        f"Exported {now} by civannot {civannot.__version__} from project `{project.path}` "
        f"(uuid {project.uuid}). Format: **{report.format}**."
    )
    out += ["", "## Contents", "", "| split | documents | spans | relations | files |",
            "|---|---:|---:|---:|---|"]  # fmt: skip
    for name in names:
        files = _split_files(report.format, name, len(names) == 1)
        out.append(
            f"| {name} | {report.splits.get(name, 0)} | {sum(report.labels.get(name, {}).values())} "
            f"| {report.relations.get(name, 0)} | {files} |"
        )
    out += ["", "## Spans per label and split", ""]
    labels = [lab for lab in schema.label_names if lab in chosen]
    header = (
        "| label | "
        + " | ".join(names)
        + " | total |"
        + (" share per split |" if len(names) > 1 else "")
    )
    out += [header, "|---|" + "---:|" * (len(names) + 1) + ("---|" if len(names) > 1 else "")]
    for lab in labels:
        counts = [report.labels.get(n, {}).get(lab, 0) for n in names]
        tot = sum(counts)
        row = f"| {lab} | " + " | ".join(str(c) for c in counts) + f" | {tot} |"
        if len(names) > 1:
            share = " / ".join(f"{100 * c / tot:.0f}%" if tot else "–" for c in counts)
            row += f" {share} |"
        out.append(row)
    if report.split_ratios:
        out += ["", "## Split", ""]
        out.append(
            f"By document (no document is in two splits), shares "
            f"{' / '.join(f'{r:g}' for r in report.split_ratios)} for {' / '.join(names)}, "
            f"seed {report.seed}: the same project, layer, labels and seed give the same split. "
            "Documents are placed rarest label first into the split furthest below its share of "
            "that label, so the per-split shares above stay close to the split shares."
        )
    out += ["", "## Provenance", ""]
    gold = report.layer == GOLD_LAYER
    out.append(f"- layer: `{report.layer}`" + (" (adjudicated gold layer)" if gold else ""))
    completed = len(project.completed(report.layer))
    out.append(
        f"- documents: {report.documents} exported of {report.documents_in_project} in the "
        f"project; {completed} marked done in this layer; {report.left_out} left out (not done "
        "and without spans)"
    )
    # counted by C loops (Counter over a map), in the layer's order: ties keep first seen first
    authors: Counter[str] = Counter()
    origins: Counter[str] = Counter()
    for spans, _rels in data.values():
        if not chosen.issuperset(map(_label_of, spans)):
            spans = [r for r in spans if r[_LABEL] in chosen]
        authors.update(map(_author_of, spans))
        origins.update(map(_origin_of, spans))
    # None: the layer's name (see SpanRow); a span without an author counts as "?"
    named: Counter[str] = Counter()
    for a, n in authors.items():
        named[report.layer if a is None else a or "?"] += n
    authors = named
    origins = Counter({"manual" if o is None else o: n for o, n in origins.items()})
    if authors:
        out.append("- span authors: " + ", ".join(f"{a} ({n})" for a, n in authors.most_common()))
        out.append("- span origins: " + ", ".join(f"{o} ({n})" for o, n in origins.most_common()))
    out += _agreement_lines(project)
    guideline = schema.guideline or ""
    gh = hashlib.sha256(guideline.encode("utf-8")).hexdigest()[:12] if guideline else "none"
    out.append(f"- schema: {schema.name}, version {schema.version}; guideline sha256 {gh}")
    out.append(f"- labels exported: {', '.join(labels) or 'none'}")
    if schema.relations:
        out.append("- relation types: " + ", ".join(r.name for r in schema.relations))
    note = OFFSET_NOTES[report.format]
    if report.format == "doccano" and report.doccano_offsets != "utf16":
        note = DOCCANO_OFFSET_NOTES[report.doccano_offsets]
    out += ["", "## Offsets", "", note]
    out += ["", "## What was not carried", ""]
    if not (report.dropped or report.invalid or report.filtered or report.adjusted):
        out.append("Nothing: every span and relation of the chosen labels is in the files.")
    for reason, labs in report.dropped.items():
        out.append(f"- not carried by {report.format} ({reason}): "
                   + ", ".join(f"{lab} {n}" for lab, n in labs.items()))  # fmt: skip
    for reason, labs in report.adjusted.items():
        out.append(f"- written with a change ({reason}): "
                   + ", ".join(f"{lab} {n}" for lab, n in labs.items()))  # fmt: skip
    if report.invalid:
        out.append(f"- skipped, offsets do not match the text: {len(report.invalid)}")
        out += [f"  - {line}" for line in report.invalid[:20]]
    if report.filtered:
        out.append("- not chosen (label selection): "
                   + ", ".join(f"{lab} {n}" for lab, n in report.filtered.items()))  # fmt: skip
    if report.notes:
        out += ["", "## Notes", ""] + [f"- {n}" for n in report.notes]
    out.append("")
    return "\n".join(out)


def _split_files(fmt: str, name: str, single: bool) -> str:
    return {
        "jsonl": f"{name}.jsonl",
        "conll": f"{name}.conll",
        "bioes": f"{name}.bioes",
        "brat": "*.txt, *.ann" if single else f"{name}/",
        "doccano": f"{name}.jsonl",
        "labelstudio": f"{name}.json",
        "spacy": f"{name}.spacy",
    }[fmt]


def report_json(report: ExportReport) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2)
