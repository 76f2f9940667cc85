"""Pre-merge into gold what the annotators agree on; disagreements stay for review."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from civannot.project import Project


@dataclass
class GoldPremerge:
    minimum: int
    counts: dict[int, int] = field(default_factory=dict)  # document -> annotators who completed
    content: dict[int, tuple[list, list]] = field(default_factory=dict)  # written to gold
    remaining: dict[int, list[Any]] = field(default_factory=dict)  # regions left to review
    # document -> (keys of the spans it adds, (type, head key, tail key) of its relations):
    # what a caller applying the pre-merge as its own undoable command writes
    added: dict[int, tuple[list[Any], list[Any]]] = field(default_factory=dict)
    added_spans: int = 0
    added_relations: int = 0
    skipped: int = 0


def premerge_gold(
    project: Project,
    annotators: list[str],
    strategy: str = "unanimous",
    *,
    include_single: bool = False,
    dry_run: bool = False,
    documents: Iterable[int] | None = None,
) -> GoldPremerge:
    """Copy into gold what `annotators` agree on (`strategy` unanimous or majority) in the
    documents completed by two or more of them (or one, with include_single); a span that
    clashes with a gold decision is skipped. Raises ValueError for a bad strategy.

    `documents` limits it to those documents (the adjudication screen copies one document's
    agreement); with dry_run nothing is written and `added` says what would be."""
    from civannot.agreement import merge_into_gold, premerge, settled_by_gold
    from civannot.records import GOLD_LAYER

    directive = [x.name for x in project.schema.labels if x.kind == "directive"]
    only = None if documents is None else set(documents)

    def layer(name: str) -> dict[int, tuple[list, list]]:
        if only is None:
            return project.layer_data(name)
        # a few documents: read just those, not the whole layer
        return {d: (project.spans(d, name), project.relations(d, name)) for d in sorted(only)}

    layers = {a: layer(a) for a in annotators}
    completed = {
        a: {d for d in project.completed(a) if only is None or d in only} for a in annotators
    }
    out = GoldPremerge(minimum=1 if include_single else 2)
    for name in annotators:
        for d in completed[name]:
            out.counts[d] = out.counts.get(d, 0) + 1
    merged = premerge(layers, completed, strategy, directive, out.minimum)
    gold = layer(GOLD_LAYER)
    final_gold: dict[int, tuple[list, list]] = {}
    for d in sorted(set(merged.spans) | set(merged.relations)):
        g_spans, g_rels = gold.get(d, ([], []))
        result = merge_into_gold(
            g_spans, g_rels, merged.spans.get(d, []), merged.relations.get(d, []), directive
        )
        out.skipped += len(result.skipped)
        if result.added_spans or result.added_relations:
            out.content[d] = (result.spans, result.relations)
            keys = [(s.start, s.end, s.label) for s in result.spans]
            old = len(g_spans)
            n_old_rels = len(result.relations) - result.added_relations
            out.added[d] = (
                keys[old:],  # merge_into_gold appends what it adds after what gold holds
                [(t, keys[h], keys[k]) for t, h, k in result.relations[n_old_rels:]],
            )
            out.added_spans += result.added_spans
            out.added_relations += result.added_relations
        final_gold[d] = (result.spans, [])
    # a region that a person already decided in gold is not left to do
    for d, regions in merged.remaining.items():
        g_spans, g_rels = gold.get(d, ([], []))
        spans_now = final_gold.get(d, (g_spans, []))[0]
        left = [
            r
            for r in regions
            if not settled_by_gold(r, spans_now if r.kind == "span" else g_spans, g_rels, directive)
        ]
        if left:
            out.remaining[d] = left
    if out.content and not dry_run:
        project.extend_layer(GOLD_LAYER, out.content, source=f"adjudicate:{strategy}")
    return out
