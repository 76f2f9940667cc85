"""The agreement report of DESIGN.md §6, computed for a whole project at once.

Every annotator's layer becomes one per-character label array over the concatenated clean texts
of the documents that at least two compared annotators completed; pair confusion matrices are
bincounts over those arrays, grouped by how many annotators completed each document, and every
coefficient (Cohen, Fleiss, Krippendorff) is derived from them. Span matching works on sorted
span arrays; only components of overlapping spans with several spans on both sides go through an
explicit maximum matching.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import combinations, repeat
from typing import Any

import numpy as np

from civannot.agreement.metrics import (
    NO_SPANS,
    binary_confusion,
    cohen_kappa,
    coincidence_from_pairs,
    f1,
    fleiss_kappa,
    krippendorff_alpha_nominal,
    max_bipartite_matching,
)

Doc = Any  # a document key: the project's int id, or any hashable value in pure uses
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class Cancelled(Exception):
    """The caller's cancel() returned True; nothing was produced."""


def spans_of(value: Any) -> list[Any]:
    """Spans from a layer value: a span list, or (spans, relations) as Project.layer_data gives."""
    if isinstance(value, tuple):
        return list(value[0])
    return list(value)


class _Layer:
    """One annotator's deduplicated spans over the concatenated documents, as arrays."""

    __slots__ = ("start", "end", "label", "doc")

    def __init__(self, start: np.ndarray, end: np.ndarray, label: np.ndarray, doc: np.ndarray):
        order = np.lexsort((label, end, start))
        start, end, label, doc = start[order], end[order], label[order], doc[order]
        if len(start) > 1:
            dup = np.zeros(len(start), dtype=bool)
            dup[1:] = (start[1:] == start[:-1]) & (end[1:] == end[:-1]) & (label[1:] == label[:-1])
            keep = ~dup
            start, end, label, doc = start[keep], end[keep], label[keep], doc[keep]
        self.start, self.end, self.label, self.doc = start, end, label, doc

    def where(self, mask: np.ndarray) -> _Layer:
        out = object.__new__(_Layer)
        out.start, out.end = self.start[mask], self.end[mask]
        out.label, out.doc = self.label[mask], self.doc[mask]
        return out


def _components(pos: np.ndarray, end: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sort intervals and group those that overlap (transitively): (order, component ids)."""
    order = np.argsort(pos, kind="stable")
    if len(order) == 0:
        return order, np.zeros(0, dtype=np.int64)
    p, e = pos[order], end[order]
    reach = np.maximum.accumulate(e)
    new = np.ones(len(p), dtype=bool)
    new[1:] = p[1:] >= reach[:-1]
    return order, np.cumsum(new) - 1


Runs = tuple[np.ndarray, np.ndarray, np.ndarray]  # disjoint sorted (start, end, code), code > 0


def _entity_runs(layer: _Layer, entity_code: np.ndarray) -> Runs:
    """The runs of characters carrying one entity code (0 = O elsewhere) of one layer: disjoint,
    sorted intervals. Issue 21: the report used to spell this out character by character
    (cumsum over every character of every annotator); a run is one item however long."""
    code = entity_code[layer.label]
    keep = code > 0
    start, end, code = layer.start[keep], layer.end[keep], code[keep]
    if len(start) > 1:
        # same rule as metrics.resolve_overlaps: the earlier (then longer) span keeps shared chars
        order = np.lexsort((-end, start))
        start, end, code = start[order], end[order], code[order]
        prev_end = np.concatenate(([0], np.maximum.accumulate(end)[:-1]))
        start = np.maximum(start, prev_end)
        keep = start < end
        start, end, code = start[keep], end[keep], code[keep]
    return start, end, code.astype(np.int64)


def _coverage_runs(layer: _Layer, label_id: int) -> Runs:
    """The characters covered by a span of this (directive) label, as merged runs of code 1."""
    keep = layer.label == label_id
    start, end = layer.start[keep], layer.end[keep]
    if len(start) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    order = np.argsort(start, kind="stable")
    start, end = start[order], end[order]
    reach = np.maximum.accumulate(end)
    new = np.ones(len(start), dtype=bool)
    # overlapping spans merge; touching ones do not, so that no run crosses from one document
    # into the next (a segment's document is the one where it starts)
    new[1:] = start[1:] >= reach[:-1]
    last = np.concatenate((np.flatnonzero(new)[1:] - 1, [len(start) - 1]))
    start, end = start[new], reach[last]
    return start, end, np.ones(len(start), dtype=np.int64)


def _code_at(runs: Runs, pos: np.ndarray) -> np.ndarray:
    """The code of the run holding each position (0 where none does)."""
    start, end, code = runs
    if len(start) == 0:
        return np.zeros(len(pos), dtype=np.int64)
    i = np.searchsorted(start, pos, side="right") - 1
    inside = (i >= 0) & (pos < end[np.maximum(i, 0)])
    return np.where(inside, code[np.maximum(i, 0)], 0)


class _Segments:
    """Two layers' runs cut at every boundary of either: within a segment neither code changes.
    Only segments where one of the two is not O are kept; with the document of each, the
    confusion of any group of documents is a weighted bincount over segments, not characters."""

    __slots__ = ("idx", "length", "doc")

    def __init__(self, a: Runs, b: Runs, k: int, base: np.ndarray):
        cuts = np.sort(np.concatenate((a[0], a[1], b[0], b[1])))
        # sorted, then adjacent duplicates dropped: np.unique hashes integers (numpy 2), eight
        # seconds at 10,000 documents
        if len(cuts) > 1:
            cuts = cuts[np.concatenate(([True], cuts[1:] != cuts[:-1]))]
        if len(cuts) < 2:
            self.idx = self.length = self.doc = np.zeros(0, dtype=np.int64)
            return
        pos = cuts[:-1]
        ca, cb = _code_at(a, pos), _code_at(b, pos)
        marked = np.flatnonzero(ca | cb)
        pos = pos[marked]
        self.idx = ca[marked] * k + cb[marked]
        self.length = (cuts[1:] - cuts[:-1])[marked]
        # a marked segment lies inside a span, so inside one document
        self.doc = np.searchsorted(base, pos, side="right") - 1

    def confusion(self, k: int, docs: np.ndarray | None, chars: int) -> np.ndarray:
        """k×k character confusion over the documents flagged in `docs` (None: all), which
        hold `chars` characters: the O/O cell is what the marked segments leave."""
        if docs is None:
            idx, length = self.idx, self.length
        else:
            keep = docs[self.doc]
            idx, length = self.idx[keep], self.length[keep]
        out = np.bincount(idx, weights=length, minlength=k * k).round().astype(np.int64)
        out[0] = chars - out[1:].sum()
        return out.reshape(k, k)


def _value(v: tuple[float | None, str | None], reasons: dict[str, Any], key: str) -> float | None:
    value, reason = v
    if value is None:
        reasons[key] = reason
    return value


def _with_reasons(d: dict[str, Any], reasons: dict[str, Any]) -> dict[str, Any]:
    if reasons:
        d["reasons"] = reasons
    return d


# A batch of documents is at most this many characters: the per-character arrays of a batch
# stay a few MB whatever the project's size (the report streams over batches).
BATCH_CHARS = 2_000_000

# spans of one annotator in one batch: (documents, starts, ends, labels), parallel sequences
FlatSpans = tuple[Sequence[Doc], Sequence[int], Sequence[int], Sequence[str]]
Fetch = Callable[[list[Doc]], Mapping[str, FlatSpans]]


def agreement_report(
    texts_len: Mapping[Doc, int],
    layers: Mapping[str, Mapping[Doc, Any]],
    completed: Mapping[str, Iterable[Doc]],
    labels: Sequence[str] | None = None,
    directive_labels: Sequence[str] = ("DIRECTIVE",),
    *,
    annotators: Sequence[str] | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    fetch: Fetch | None = None,
    batch_chars: int = BATCH_CHARS,
) -> dict[str, Any]:
    """Agreement of the annotators over the documents they completed (DESIGN.md §6).

    texts_len: clean text length of every document considered (others are left out).
    layers: annotator -> document -> spans (or (spans, relations)); a completed document
        without an entry has no spans (every character is O).
    completed: annotator -> documents that annotator completed.
    labels: the labels to report (default: every label found); spans of other labels are
        ignored. Entity labels + O make the overall multi-class κ/α; directive labels are
        binary layers reported per label only. Overall span F1 is micro-averaged over the entity
        labels only, like κ/α.
    fetch: instead of `layers`, a function giving the spans of a batch of documents as flat
        sequences per annotator (a project reads them batch by batch, so memory does not grow
        with the project); `labels` must then be given. Labels may come as an integer array
        of positions in `labels` (-1 for any other label).
    Documents are processed in batches of at most `batch_chars` characters; every figure is a
    sum of confusion counts over batches, so the result does not depend on the batch size.
    Values that are undefined are None, with the reason under "reasons" beside them.
    """
    if annotators is None:
        annotators = list(dict.fromkeys([*layers, *completed]))
    else:
        annotators = list(dict.fromkeys(annotators))
    m = len(annotators)
    docs = list(texts_len)
    doc_pos = {d: i for i, d in enumerate(docs)}
    lengths_all = np.array([int(texts_len[d]) for d in docs], dtype=np.int64)
    if (lengths_all < 0).any():
        raise ValueError("a document has a negative text length")
    comp_all = np.zeros((len(docs), m), dtype=bool)
    for r, name in enumerate(annotators):
        idx = [doc_pos[d] for d in completed.get(name, ()) if d in doc_pos]
        comp_all[idx, r] = True
    counts_all = comp_all.sum(axis=1)
    selected = np.flatnonzero(counts_all >= 2)
    sel_docs = [docs[i] for i in selected]
    comp = comp_all[selected]
    counts = counts_all[selected]
    lengths = lengths_all[selected]
    del doc_pos, comp_all

    # -- labels ---------------------------------------------------------------------------
    if labels is None:
        if fetch is not None:
            raise ValueError("the labels to report are needed when spans are fetched in batches")
        # every label an annotator used in a completed document, shared with others or not
        found: set[str] = set()
        for name in annotators:
            per_doc = layers.get(name, {})
            for d in completed.get(name, ()):
                value = per_doc.get(d) if d in texts_len else None
                if value:
                    found.update(x.label for x in spans_of(value))
        label_list = sorted(found)
    else:
        label_list = list(dict.fromkeys(labels))
    directive = set(directive_labels)
    entity_labels = [lab for lab in label_list if lab not in directive]
    dir_labels = [lab for lab in label_list if lab in directive]
    label_id = {lab: i for i, lab in enumerate(label_list)}
    n_labels = len(label_list)
    k_ent = len(entity_labels) + 1
    entity_code = np.zeros(max(n_labels, 1), dtype=np.int16)
    for i, lab in enumerate(entity_labels, 1):
        entity_code[label_id[lab]] = i
    # region class for disagreements: entities together, each directive label on its own
    span_class = np.zeros(max(n_labels, 1), dtype=np.int64)
    for i, lab in enumerate(dir_labels, 1):
        span_class[label_id[lab]] = i

    # -- batches of documents ---------------------------------------------------------------
    bounds = [0]
    size = 0
    for j, n in enumerate(lengths.tolist()):
        if size and size + n > batch_chars:
            bounds.append(j)
            size = 0
        size += n
    if bounds[-1] != len(sel_docs):
        bounds.append(len(sel_docs))
    n_steps = len(bounds)  # one per batch, one for the summary
    step = 0

    def tick() -> None:
        nonlocal step
        if cancel is not None and cancel():
            raise Cancelled("agreement cancelled")
        step += 1
        if progress is not None:
            progress(step, n_steps)

    pair_list = list(combinations(range(m), 2))
    ent_by_pair: dict[tuple[int, int], dict[int, np.ndarray]] = {p: {} for p in pair_list}
    dir_by_pair: dict[tuple[int, int], dict[int, list[np.ndarray]]] = {p: {} for p in pair_list}
    span_stats = {
        p: {
            key: np.zeros(n_labels, dtype=np.int64)
            for key in ("a_label", "b_label", "exact_label", "overlap_label")
        }
        for p in pair_list
    }
    pair_docs = dict.fromkeys(pair_list, 0)
    per_document: list[dict[str, Any]] = []

    for j0, j1 in zip(bounds[:-1], bounds[1:], strict=True):
        b_docs = sel_docs[j0:j1]
        b_comp, b_counts, b_lengths = comp[j0:j1], counts[j0:j1], lengths[j0:j1]
        flat = _batch_spans(annotators, b_docs, b_comp, layers, fetch, label_id)
        _accumulate(
            annotators,
            b_docs,
            b_comp,
            b_counts,
            b_lengths,
            flat,
            label_list,
            label_id,
            entity_code,
            k_ent,
            dir_labels,
            span_class,
            ent_by_pair,
            dir_by_pair,
            span_stats,
            pair_docs,
            per_document,
        )
        del flat
        tick()

    pairs_out = []
    for r, s in pair_list:
        ent_groups, dir_groups = ent_by_pair[(r, s)], dir_by_pair[(r, s)]
        ent_conf = sum(ent_groups.values(), np.zeros((k_ent, k_ent), dtype=np.int64))
        dir_conf = [
            sum((g[i] for g in dir_groups.values()), np.zeros((2, 2), dtype=np.int64))
            for i in range(len(dir_labels))
        ]
        pairs_out.append(
            _pair_entry(
                annotators[r],
                annotators[s],
                pair_docs[(r, s)],
                ent_conf,
                dir_conf,
                span_stats[(r, s)],
                label_list,
                entity_labels,
                dir_labels,
                label_id,
            )
        )

    # -- Fleiss: documents completed by every compared annotator --------------------------
    fleiss = _fleiss(m, ent_by_pair, dir_by_pair, k_ent, entity_labels, dir_labels)
    alpha = _alpha(ent_by_pair, dir_by_pair, k_ent, entity_labels, dir_labels)
    for block in (fleiss, alpha):
        block["labels"] = {lab: block["labels"][lab] for lab in label_list}
    tick()
    return {
        "documents": len(sel_docs),
        "annotators": list(annotators),
        "pairs": pairs_out,
        "fleiss": fleiss,
        "alpha": alpha,
        "per_document": per_document,
    }


Columns = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def _ints(values: Sequence[Any], n: int) -> np.ndarray:
    if isinstance(values, np.ndarray):
        return values.astype(np.int64, copy=False)
    return np.fromiter(values, dtype=np.int64, count=n)


def _columns(
    b_docs: list[Doc],
    done: np.ndarray,
    label_id: dict[str, int],
    dcs: Sequence[Doc],
    sts: Sequence[int],
    ens: Sequence[int],
    lbs: Sequence[str],
) -> Columns:
    """Flat spans as arrays (start, end, label id or -1, batch-local document), keeping those of
    documents of the batch the annotator completed. Vectorised: a batch holds ~100,000 spans."""
    n = len(sts)
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, empty
    start, end = _ints(sts, n), _ints(ens, n)
    if isinstance(lbs, np.ndarray) and lbs.dtype.kind == "i":
        lid = lbs.astype(np.int64, copy=False)  # already the labels' positions (or -1)
    else:
        # a dictionary look-up per span: np.unique over the label strings sorted them (a
        # second at 10,000 documents)
        lid = np.fromiter(map(label_id.get, lbs, repeat(-1)), dtype=np.int64, count=n)
    if all(isinstance(d, int | np.integer) for d in b_docs):
        keys = np.asarray(b_docs, dtype=np.int64)
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        d = _ints(dcs, n)
        at = np.minimum(np.searchsorted(sorted_keys, d), len(keys) - 1)
        found = sorted_keys[at] == d
        doc = np.where(found, order[at], -1)
    else:
        local = {x: j for j, x in enumerate(b_docs)}
        doc = np.array([local.get(x, -1) for x in dcs], dtype=np.int64)
    keep = doc >= 0
    keep[keep] = done[doc[keep]]
    return start[keep], end[keep], lid[keep], doc[keep]


def _batch_spans(
    annotators: Sequence[str],
    b_docs: list[Doc],
    b_comp: np.ndarray,
    layers: Mapping[str, Mapping[Doc, Any]],
    fetch: Fetch | None,
    label_id: dict[str, int],
) -> list[Columns]:
    """Per annotator: the spans in the batch's documents that annotator completed, as arrays
    (start, end, label id or -1 for a label not reported, batch-local document index)."""
    flat: list[Columns] = []
    if fetch is not None:
        got = fetch(list(b_docs))
        for r, name in enumerate(annotators):
            dcs, sts, ens, lbs = got.get(name, ((), (), (), ()))
            flat.append(_columns(b_docs, b_comp[:, r], label_id, dcs, sts, ens, lbs))
        return flat
    for r, name in enumerate(annotators):
        per_doc = layers.get(name, {})
        st: list[int] = []
        en: list[int] = []
        lb: list[str] = []
        dc: list[int] = []
        for j in np.flatnonzero(b_comp[:, r]).tolist():
            value = per_doc.get(b_docs[j])
            if not value:
                continue
            spans = spans_of(value)
            st += [x.start for x in spans]
            en += [x.end for x in spans]
            lb += [x.label for x in spans]
            dc += [j] * len(spans)
        flat.append(_columns(list(range(len(b_docs))), b_comp[:, r], label_id, dc, st, en, lb))
    return flat


def _accumulate(
    annotators: Sequence[str],
    sel_docs: list[Doc],
    comp: np.ndarray,
    counts: np.ndarray,
    lengths: np.ndarray,
    flat: list[Columns],
    label_list: list[str],
    label_id: dict[str, int],
    entity_code: np.ndarray,
    k_ent: int,
    dir_labels: list[str],
    span_class: np.ndarray,
    ent_by_pair: dict[tuple[int, int], dict[int, np.ndarray]],
    dir_by_pair: dict[tuple[int, int], dict[int, list[np.ndarray]]],
    span_stats: dict[tuple[int, int], dict[str, np.ndarray]],
    pair_docs: dict[tuple[int, int], int],
    per_document: list[dict[str, Any]],
) -> None:
    """Add one batch of documents to the running confusion counts and span statistics."""
    m = len(annotators)
    n_labels = len(label_list)
    base = np.concatenate(([0], np.cumsum(lengths)))
    total = int(base[-1])

    span_layers: list[_Layer] = []
    ent_runs: list[Runs] = []
    dir_runs: list[list[Runs]] = []
    for r, name in enumerate(annotators):
        start, end, lid, doc = flat[r]
        keep = lid >= 0
        start, end, lid, doc = start[keep], end[keep], lid[keep], doc[keep]
        bad = np.flatnonzero((start < 0) | (end <= start) | (end > lengths[doc]))
        if len(bad):
            i = bad[0]
            raise ValueError(
                f"{name}: span {start[i]}-{end[i]} {label_list[lid[i]]} of document "
                f"{sel_docs[doc[i]]} lies outside the text ({lengths[doc[i]]} characters)"
            )
        off = base[doc]
        layer = _Layer(start + off, end + off, lid, doc)
        span_layers.append(layer)
        ent_runs.append(_entity_runs(layer, entity_code))
        dir_runs.append([_coverage_runs(layer, label_id[lab]) for lab in dir_labels])

    per_doc_matched = np.zeros(len(sel_docs), dtype=np.int64)
    per_doc_spans = np.zeros(len(sel_docs), dtype=np.int64)
    for r, s in combinations(range(m), 2):
        both = comp[:, r] & comp[:, s]
        ent_groups = ent_by_pair[(r, s)]
        dir_groups = dir_by_pair[(r, s)]
        ent_seg = _Segments(ent_runs[r], ent_runs[s], k_ent, base)
        dir_seg = [_Segments(x, y, 2, base) for x, y in zip(dir_runs[r], dir_runs[s], strict=True)]
        for c in range(2, m + 1):
            group = both & (counts == c)
            if not group.any():
                continue
            chars = int(lengths[group].sum())
            docs = None if group.all() else group
            conf = ent_seg.confusion(k_ent, docs, chars)
            ent_groups[c] = ent_groups[c] + conf if c in ent_groups else conf
            dl = [x.confusion(2, docs, chars) for x in dir_seg]
            if c in dir_groups:
                dl = [old + new for old, new in zip(dir_groups[c], dl, strict=True)]
            dir_groups[c] = dl
        spans = _pair_spans(
            span_layers[r].where(both[span_layers[r].doc]),
            span_layers[s].where(both[span_layers[s].doc]),
            n_labels,
            total,
            len(sel_docs),
        )
        stats = span_stats[(r, s)]
        for key in ("a_label", "b_label", "exact_label", "overlap_label"):
            stats[key] += spans[key][:n_labels]
        pair_docs[(r, s)] += int(both.sum())
        per_doc_matched += spans["doc_exact"]
        per_doc_spans += spans["doc_spans"]

    disagreements = _disagreements(span_layers, span_class, counts, total, len(sel_docs))
    for j, d in enumerate(sel_docs):
        reasons: dict[str, Any] = {}
        value = _value(f1(int(per_doc_matched[j]), int(per_doc_spans[j]), 0), reasons, "f1_exact")
        per_document.append(
            _with_reasons(
                {"id": d, "f1_exact": value, "disagreements": int(disagreements[j])}, reasons
            )
        )


def _pair_spans(
    a: _Layer, b: _Layer, n_labels: int, total: int, n_docs: int
) -> dict[str, np.ndarray]:
    """Exact and overlap matches of two layers, per label and per document."""
    # exact: deduplicated layers, so an identical triple occurs at most once on each side
    st = np.concatenate((a.start, b.start))
    en = np.concatenate((a.end, b.end))
    lb = np.concatenate((a.label, b.label))
    dc = np.concatenate((a.doc, b.doc))
    side = np.concatenate((np.zeros(len(a.start), np.int8), np.ones(len(b.start), np.int8)))
    order = np.lexsort((side, lb, en, st))
    st_o, en_o, lb_o = st[order], en[order], lb[order]
    same = (st_o[1:] == st_o[:-1]) & (en_o[1:] == en_o[:-1]) & (lb_o[1:] == lb_o[:-1])
    first = order[:-1][same]
    exact_label = np.bincount(lb[first], minlength=n_labels)
    doc_exact = np.bincount(dc[first], minlength=n_docs)

    # overlap: components of same-label spans that overlap; most are one span against one
    stride = total + 1
    comp_order, comp = _components(lb * stride + st, lb * stride + en)
    overlap_label = np.zeros(n_labels, dtype=np.int64)
    if len(comp):
        n_comp = int(comp[-1]) + 1
        sd = side[comp_order]
        nb = np.bincount(comp, weights=sd, minlength=n_comp).astype(np.int64)
        na = np.bincount(comp, minlength=n_comp) - nb
        matches = np.minimum(np.minimum(na, nb), 1)
        hard = np.flatnonzero((na >= 2) & (nb >= 2))
        if len(hard):
            starts = np.searchsorted(comp, hard, side="left")
            stops = np.searchsorted(comp, hard, side="right")
            for h, i0, i1 in zip(hard, starts, stops, strict=True):
                members = comp_order[i0:i1]
                left = [(st[x], en[x]) for x in members if side[x] == 0]
                right = [(st[x], en[x]) for x in members if side[x] == 1]
                adjacency = [
                    [j for j, (bs, be) in enumerate(right) if s < be and bs < e] for s, e in left
                ]
                matches[h] = max_bipartite_matching(adjacency, len(right))
        first_member = comp_order[np.searchsorted(comp, np.arange(n_comp), side="left")]
        overlap_label = np.bincount(lb[first_member], weights=matches, minlength=n_labels).astype(
            np.int64
        )
    return {
        "a_label": np.bincount(a.label, minlength=n_labels),
        "b_label": np.bincount(b.label, minlength=n_labels),
        "exact_label": exact_label,
        "overlap_label": overlap_label,
        "doc_exact": doc_exact,
        "doc_spans": np.bincount(a.doc, minlength=n_docs) + np.bincount(b.doc, minlength=n_docs),
    }


def _pair_entry(
    a: str,
    b: str,
    n_docs: int,
    ent_conf: np.ndarray,
    dir_conf: list[np.ndarray],
    spans: dict[str, np.ndarray],
    label_list: list[str],
    entity_labels: list[str],
    dir_labels: list[str],
    label_id: dict[str, int],
) -> dict[str, Any]:
    no_docs = "no documents completed by both annotators"
    reasons: dict[str, Any] = {}
    # `overall` pools the entity labels only, for F1 as for κ and α (DESIGN §6): a DIRECTIVE
    # is a long clause around entities and would swamp their figures; it is reported per label.
    ent = [label_id[lab] for lab in entity_labels]
    a_total = int(spans["a_label"][ent].sum())
    b_total = int(spans["b_label"][ent].sum())
    overall = {
        "kappa": _value(cohen_kappa(ent_conf), reasons, "kappa"),
        "f1_exact": _value(
            f1(int(spans["exact_label"][ent].sum()), a_total, b_total), reasons, "f1_exact"
        ),
        "f1_overlap": _value(
            f1(int(spans["overlap_label"][ent].sum()), a_total, b_total), reasons, "f1_overlap"
        ),
    }
    if n_docs == 0:
        reasons = dict.fromkeys(reasons, no_docs)
    _with_reasons(overall, reasons)
    labels_out: dict[str, Any] = {}
    for lab in label_list:
        i = label_id[lab]
        reasons = {}
        if lab in dir_labels:
            conf = dir_conf[dir_labels.index(lab)]
        else:
            conf = binary_confusion(ent_conf, entity_labels.index(lab) + 1)
        a_n, b_n = int(spans["a_label"][i]), int(spans["b_label"][i])
        entry = {
            "kappa": _value(cohen_kappa(conf), reasons, "kappa"),
            "f1_exact": _value(f1(int(spans["exact_label"][i]), a_n, b_n), reasons, "f1_exact"),
            "f1_overlap": _value(
                f1(int(spans["overlap_label"][i]), a_n, b_n), reasons, "f1_overlap"
            ),
            "a_spans": a_n,
            "b_spans": b_n,
        }
        if n_docs == 0:
            reasons = dict.fromkeys(reasons, no_docs)
        else:
            if "f1_exact" in reasons:
                reasons["f1_exact"] = reasons["f1_overlap"] = f"{NO_SPANS} with this label"
            if "kappa" in reasons and conf[1, 1] == 0:
                reasons["kappa"] = "one category only: neither annotator used this label"
        labels_out[lab] = _with_reasons(entry, reasons)
    return {"a": a, "b": b, "documents": n_docs, "overall": overall, "labels": labels_out}


def _fleiss(
    m: int,
    ent_by_pair: dict[tuple[int, int], dict[int, np.ndarray]],
    dir_by_pair: dict[tuple[int, int], dict[int, list[np.ndarray]]],
    k_ent: int,
    entity_labels: list[str],
    dir_labels: list[str],
) -> dict[str, Any]:
    """Fleiss' κ over the documents that every compared annotator completed."""
    out_labels: dict[str, float | None] = {}
    label_reasons: dict[str, str] = {}
    reasons: dict[str, Any] = {}

    def gather(get: Callable[[tuple[int, int]], np.ndarray], k: int):
        confs = []
        marg: list[np.ndarray | None] = [None] * m
        for (r, s), groups in ent_by_pair.items():
            c = get((r, s)) if m in groups else np.zeros((k, k), dtype=np.int64)
            confs.append(c)
            marg[r] = c.sum(axis=1)
            marg[s] = c.sum(axis=0)
        return confs, [x if x is not None else np.zeros(k) for x in marg]

    if m < 2:
        overall: tuple[float | None, str | None] = (None, "fewer than two annotators")
        ent_confs: list[np.ndarray] = []
        margins: list[np.ndarray] = []
    else:
        ent_confs, margins = gather(lambda p: ent_by_pair[p][m], k_ent)
        overall = fleiss_kappa(ent_confs, margins)
    value = _value(overall, reasons, "overall")
    for i, lab in enumerate(entity_labels, 1):
        if m < 2:
            v: tuple[float | None, str | None] = (None, "fewer than two annotators")
        else:
            bc = [binary_confusion(c, i) for c in ent_confs]
            bm = [np.array([x.sum() - x[i], x[i]]) for x in margins]
            v = fleiss_kappa(bc, bm)
        out_labels[lab] = _value(v, label_reasons, lab)
    for i, lab in enumerate(dir_labels):
        if m < 2:
            v = (None, "fewer than two annotators")
        else:

            def pick(p: Any, i: int = i) -> Any:
                return dir_by_pair[p][m][i]

            dc, dm = gather(pick, 2)
            v = fleiss_kappa(dc, dm)
        out_labels[lab] = _value(v, label_reasons, lab)
    if label_reasons:
        reasons["labels"] = label_reasons
    return _with_reasons({"overall": value, "labels": out_labels}, reasons)


def _alpha(
    ent_by_pair: dict[tuple[int, int], dict[int, np.ndarray]],
    dir_by_pair: dict[tuple[int, int], dict[int, list[np.ndarray]]],
    k_ent: int,
    entity_labels: list[str],
    dir_labels: list[str],
) -> dict[str, Any]:
    """Krippendorff's α (nominal) over documents completed by two or more annotators."""
    reasons: dict[str, Any] = {}
    label_reasons: dict[str, str] = {}
    o = coincidence_from_pairs(
        (c, raters) for groups in ent_by_pair.values() for raters, c in groups.items()
    )
    if o.shape != (k_ent, k_ent):
        o = np.zeros((k_ent, k_ent))
    value = _value(krippendorff_alpha_nominal(o), reasons, "overall")
    out_labels: dict[str, float | None] = {}
    for i, lab in enumerate(entity_labels, 1):
        out_labels[lab] = _value(
            krippendorff_alpha_nominal(binary_confusion(o, i)), label_reasons, lab
        )
    for i, lab in enumerate(dir_labels):
        od = coincidence_from_pairs(
            (g[i], raters) for groups in dir_by_pair.values() for raters, g in groups.items()
        )
        out_labels[lab] = _value(krippendorff_alpha_nominal(od), label_reasons, lab)
    if label_reasons:
        reasons["labels"] = label_reasons
    return _with_reasons({"overall": value, "labels": out_labels}, reasons)


def _disagreements(
    span_layers: list[_Layer], span_class: np.ndarray, counts: np.ndarray, total: int, n_docs: int
) -> np.ndarray:
    """Regions per document where not every annotator who completed it has the same span.

    A region is a group of overlapping spans of one class (entities; or one directive label).
    Same definition as adjudication.regions, computed on arrays.
    """
    if not span_layers:
        return np.zeros(n_docs, dtype=np.int64)
    st = np.concatenate([x.start for x in span_layers])
    en = np.concatenate([x.end for x in span_layers])
    lb = np.concatenate([x.label for x in span_layers])
    dc = np.concatenate([x.doc for x in span_layers])
    if len(st) == 0:
        return np.zeros(n_docs, dtype=np.int64)
    cls = span_class[lb]
    stride = total + 1
    order, comp = _components(cls * stride + st, cls * stride + en)
    st, en, lb, dc = st[order], en[order], lb[order], dc[order]
    n_comp = int(comp[-1]) + 1
    first = np.searchsorted(comp, np.arange(n_comp), side="left")
    head = first[comp]
    differs = (st != st[head]) | (en != en[head]) | (lb != lb[head])
    size = np.bincount(comp, minlength=n_comp)
    mixed = np.bincount(comp, weights=differs, minlength=n_comp) > 0
    agreed = ~mixed & (size == counts[dc[first]])
    return np.bincount(dc[first][~agreed], minlength=n_docs)


# ---- text rendering ---------------------------------------------------------------------------


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s: str, width: int, right: bool = False) -> str:
    gap = " " * max(0, width - _width(s))
    return gap + s if right else s + gap


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(_width(x) for x in col) for col in zip(header, *rows, strict=True)]
    lines = [
        "  ".join(_pad(h, w, i > 0) for i, (h, w) in enumerate(zip(header, widths, strict=True)))
    ]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append(
            "  ".join(_pad(x, w, i > 0) for i, (x, w) in enumerate(zip(row, widths, strict=True)))
        )
    return lines


def _fmt(v: Any, mark: str = "") -> str:
    if v is None:
        return "—" + mark
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def render_report(report: dict[str, Any], top: int = 10) -> str:
    """The report as plain-text tables; undefined values as — with their reasons below."""
    notes: list[str] = []

    def cell(d: dict[str, Any], key: str) -> str:
        v = d.get(key)
        if v is None:
            reason = d.get("reasons", {}).get(key)
            if reason is not None:
                if isinstance(reason, dict):
                    reason = "; ".join(f"{k}: {r}" for k, r in reason.items())
                note = str(reason)
                if note not in notes:
                    notes.append(note)
                return f"—[{notes.index(note) + 1}]"
        return _fmt(v)

    ann = report["annotators"]
    out = [
        f"Agreement of {len(ann)} annotator(s) ({', '.join(ann) or 'none'}) over "
        f"{report['documents']} document(s) completed by two or more of them.",
        "overall κ, α and span F1: entity labels only (κ and α per character, with O); "
        "directive labels are reported per label only.",
        "",
    ]
    pairs = report["pairs"]
    if pairs:
        out.append("Pairs (Cohen's κ, span F1)")
        rows = [
            [
                f"{p['a']} × {p['b']}",
                str(p["documents"]),
                cell(p["overall"], "kappa"),
                cell(p["overall"], "f1_exact"),
                cell(p["overall"], "f1_overlap"),
            ]
            for p in pairs
        ]
        out += _table(["pair", "docs", "κ", "F1 exact", "F1 overlap"], rows)
        out.append("")
        for p in pairs:
            if not p["labels"]:
                continue
            out.append(f"{p['a']} × {p['b']} per label")
            rows = []
            for lab, e in p["labels"].items():
                rows.append(
                    [
                        lab,
                        cell(e, "kappa"),
                        cell(e, "f1_exact"),
                        cell(e, "f1_overlap"),
                        str(e["a_spans"]),
                        str(e["b_spans"]),
                    ]
                )
            out += _table(
                ["label", "κ", "F1 exact", "F1 overlap", f"{p['a']} spans", f"{p['b']} spans"], rows
            )
            out.append("")

    fl, al = report["fleiss"], report["alpha"]
    out.append("All annotators (Fleiss' κ: documents completed by all; α: by two or more)")
    rows = [
        [
            "overall",
            cell(fl, "overall"),
            cell(al, "overall"),
        ]
    ]
    labs = list(dict.fromkeys([*fl["labels"], *al["labels"]]))
    fl_r = {"labels": fl.get("reasons", {}).get("labels", {})}
    al_r = {"labels": al.get("reasons", {}).get("labels", {})}
    for lab in labs:
        rows.append(
            [
                lab,
                cell({lab: fl["labels"].get(lab), "reasons": fl_r["labels"]}, lab),
                cell({lab: al["labels"].get(lab), "reasons": al_r["labels"]}, lab),
            ]
        )
    out += _table(["", "Fleiss κ", "α"], rows)
    out.append("")

    docs = sorted(
        report["per_document"],
        key=lambda d: (-d["disagreements"], d["f1_exact"] if d["f1_exact"] is not None else 2.0),
    )
    shown = [d for d in docs if d["disagreements"] > 0][:top]
    if shown:
        out.append(f"Documents with most disagreements (top {len(shown)})")
        out += _table(
            ["document", "disagreements", "F1 exact"],
            [[str(d["id"]), str(d["disagreements"]), _fmt(d["f1_exact"])] for d in shown],
        )
        out.append("")
    elif docs:
        out.append("No disagreements in any document.")
        out.append("")
    if notes:
        out.append("Undefined values:")
        out += [f"  [{i}] {n}" for i, n in enumerate(notes, 1)]
    return "\n".join(out).rstrip() + "\n"
