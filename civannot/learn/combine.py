"""How the rules and the model make one set of suggestions.

- Entity spans of the labels the model was chosen for (`model_labels`: the labels where it
  scored above the rules on the check split at training time) come from the model. A model span that is
  exactly a rule's span keeps the rule's id as provenance (the model confirmed the rule), with
  the model's confidence; any other model span has provenance `model:crf@VERSION`.
- Entity spans of the other labels come from the rules, where they overlap no model span.
- DIRECTIVE spans always come from the rules.
- Relations are the rules': each end is re-attached to the kept span of the same label that is
  the rule's span or overlaps it most. A model PERSON that no HOLDS_TITLE reaches gets the
  rules' adjacency logic (`relation.holds.adjacent`): every TITLE of the chain (joined by 、 or
  nothing) right before it.
"""

from __future__ import annotations

from collections.abc import Iterable

from civannot.learn.crf import Tagging
from civannot.learn.features import ENTITY_LABELS
from civannot.preannotate.engine import AUTHOR, ORIGIN, Suggestions
from civannot.records import Span

HOLDS_ADJACENT = "relation.holds.adjacent"
_CHAIN_GLUE = frozenset("、")


def model_provenance(name: str, version: int) -> str:
    return f"model:{name}@{version}"


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def combine(
    text: str,
    rules: Suggestions,
    tagging: Tagging,
    *,
    model_labels: Iterable[str] = ENTITY_LABELS,
    provenance: str = "model:crf",
) -> Suggestions:
    mlabels = set(model_labels)
    rule_by_key = {
        (s.start, s.end, s.label): (s, r) for s, r in zip(rules.spans, rules.rules, strict=True)
    }
    kept: list[tuple[Span, str]] = []
    for t in tagging.spans:
        if t.label not in mlabels:
            continue
        hit = rule_by_key.get((t.start, t.end, t.label))
        prov = hit[1] if hit else provenance
        kept.append(
            (
                Span(
                    t.start,
                    t.end,
                    t.label,
                    text[t.start : t.end],
                    ORIGIN,
                    AUTHOR,
                    None,
                    t.confidence,
                    provenance=prov,
                ),  # fmt: skip
                prov,
            )
        )
    occupied = bytearray(len(text) + 1)
    for s, _ in kept:
        occupied[s.start : s.end] = b"\x01" * (s.end - s.start)
    for s, r in zip(rules.spans, rules.rules, strict=True):
        if s.label in mlabels or s.label not in ENTITY_LABELS:
            continue
        if occupied.find(1, s.start, s.end) >= 0:
            continue
        kept.append((s, r))
    kept.sort(key=lambda x: (x[0].start, x[0].end))
    out = Suggestions()
    for s, r in kept:
        out.spans.append(s)
        out.rules.append(r)
    # directives after the entities, as the engine orders them
    old_to_new: dict[int, int] = {}
    for i, (s, r) in enumerate(zip(rules.spans, rules.rules, strict=True)):
        if s.label not in ENTITY_LABELS:
            old_to_new[i] = len(out.spans)
            out.spans.append(s)
            out.rules.append(r)

    def attach(old: int) -> int | None:
        if old in old_to_new:
            return old_to_new[old]
        src = rules.spans[old]
        best, best_ov = None, 0
        for j, s in enumerate(out.spans):
            if s.label != src.label:
                continue
            if (s.start, s.end) == (src.start, src.end):
                return j
            ov = _overlap(s, src)
            if ov > best_ov:
                best, best_ov = j, ov
        return best

    seen: set[tuple[str, int, int]] = set()
    for (rtype, h, tl), rule in zip(rules.relations, rules.relation_rules, strict=True):
        nh, nt = attach(h), attach(tl)
        if nh is None or nt is None or (rtype, nh, nt) in seen:
            continue
        seen.add((rtype, nh, nt))
        out.relations.append((rtype, nh, nt))
        out.relation_rules.append(rule)
    has_title = {h for rtype, h, _ in out.relations if rtype == "HOLDS_TITLE"}
    entity_idx = [j for j, s in enumerate(out.spans) if s.label in ENTITY_LABELS]
    for pos, j in enumerate(entity_idx):
        person = out.spans[j]
        if person.label != "PERSON" or j in has_title:
            continue
        edge = person.start
        k = pos - 1
        while k >= 0:
            prev = out.spans[entity_idx[k]]
            gap = text[prev.end : edge]
            if prev.label != "TITLE" or prev.end > edge or any(c not in _CHAIN_GLUE for c in gap):
                break
            key = ("HOLDS_TITLE", j, entity_idx[k])
            if key not in seen:
                seen.add(key)
                out.relations.append(key)
                out.relation_rules.append(HOLDS_ADJACENT)
            edge = prev.start
            k -= 1
    return out
