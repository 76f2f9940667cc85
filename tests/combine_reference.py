"""civannot.learn.combine.combine and features.merged_windows as they were before their speed
work of session 5 (modelspeed4), kept verbatim as the references the tests compare the fast ones
to: the same spans, labels, confidences, provenance, relations and relation rule ids; the same
windows (tests/test_learn_combine_identity.py). One rule was added since, in both: a model span
that cuts a rule span of a label the policy keeps with the rules is dropped (combinepol, session 5;
docs/combine-conflicts.md)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from civannot.learn.combine import _CHAIN_GLUE, HOLDS_ADJACENT, Policy, policy_of_labels
from civannot.learn.crf import TaggedSpan, Tagging
from civannot.learn.features import (
    _AFTER,
    _HEAD_AFTER,
    _MARK_LABELS,
    _QUOTE_CUES,
    _QUOTE_LABELS,
    ENTITY_LABELS,
    TAG_WINDOW,
)
from civannot.preannotate.directives import find_directives
from civannot.preannotate.engine import Suggestions, suggestion_span
from civannot.records import Span

_PAST = 1 << 62


def reference_combine(
    text: str,
    rules: Suggestions,
    tagging: Tagging,
    *,
    model_labels: Iterable[str] = ENTITY_LABELS,
    provenance: str = "model:crf",
    policy: Policy | None = None,
) -> Suggestions:
    pol = policy if policy is not None else policy_of_labels(model_labels)
    first = {lab for lab, p in pol.items() if p in ("model", "model+")}
    rules_ok = {lab for lab in ENTITY_LABELS if pol.get(lab, "rules") != "model"}
    added = {lab for lab, p in pol.items() if p == "union"}
    rule_by_key = {
        (s.start, s.end, s.label): (s, r) for s, r in zip(rules.spans, rules.rules, strict=True)
    }
    kept: list[tuple[Span, str]] = []

    def model_span(t: TaggedSpan) -> tuple[Span, str]:
        hit = rule_by_key.get((t.start, t.end, t.label))
        prov = hit[1] if hit else provenance
        # the rules' own constructor of a suggestion (origin, author, no id): half of Span()'s cost
        return suggestion_span(text, t.start, t.end, t.label, t.confidence, prov), prov

    occupied = bytearray(len(text) + 1)

    def take(s: Span, r: str) -> None:
        kept.append((s, r))
        occupied[s.start : s.end] = b"\x01" * (s.end - s.start)

    # (added with the change itself, not frozen before it) a model span overlapping a rule span of
    # a "rules" label without holding it whole is dropped
    kept_by_rules = [
        s for s in rules.spans if s.label in ENTITY_LABELS and pol.get(s.label, "rules") == "rules"
    ]
    for t in tagging.spans:
        if t.label in first:
            if any(
                s.start < t.end and t.start < s.end and not (t.start <= s.start and s.end <= t.end)
                for s in kept_by_rules
            ):
                continue
            take(*model_span(t))
    for s, r in zip(rules.spans, rules.rules, strict=True):
        if s.label not in rules_ok or s.label not in ENTITY_LABELS:
            continue
        if occupied.find(1, s.start, s.end) >= 0:
            continue
        take(s, r)
    for t in tagging.spans:
        if t.label in added and occupied.find(1, t.start, t.end) < 0:
            take(*model_span(t))
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

    # a rule's span kept as is is found by its key; only a changed one is searched by overlap
    # (a relation per title and speaker: a scan of every span for each cost a fifth of combine)
    exact: dict[tuple[int, int, str], int] = {}
    for j, s in enumerate(out.spans):
        exact.setdefault((s.start, s.end, s.label), j)

    # the kept entity spans of each label as (end, start, index), in order: they do not overlap
    # (take() keeps them apart), so their ends rise with their starts and a bisect finds the
    # few that can overlap a changed span (a scan of every kept span per relation end was a
    # third of what attach cost); built on the first changed span
    by_label: dict[str, list[tuple[int, int, int]]] | None = None
    attached: dict[int, int | None] = {}

    def attach(old: int) -> int | None:
        nonlocal by_label
        if old in old_to_new:
            return old_to_new[old]
        src = rules.spans[old]
        hit = exact.get((src.start, src.end, src.label))
        if hit is not None:
            return hit
        if old in attached:
            return attached[old]
        if by_label is None:
            by_label = {}
            for j, s in enumerate(out.spans):
                if s.end > s.start and s.label in ENTITY_LABELS:
                    by_label.setdefault(s.label, []).append((s.end, s.start, j))
        cands = by_label.get(src.label, [])
        # the first kept span of the label ending after src starts, and those after it that
        # start before src ends: the first of the largest overlap wins, as in index order
        best, best_ov = None, 0
        k = bisect.bisect_right(cands, (src.start, _PAST, _PAST))
        while k < len(cands) and cands[k][1] < src.end:
            e, st, j = cands[k]
            ov = min(e, src.end) - max(st, src.start)
            if ov > best_ov:
                best, best_ov = j, ov
            k += 1
        attached[old] = best
        return best

    # where the kept PERSON spans are not the rules', the speakers are found again over them
    # (the rules' own frame logic: a speaker the rules missed, or a 他 that now goes back to a
    # nearer name); otherwise the rules' ISSUED_BY edges stand
    persons = [(s.start, s.end) for s in out.spans if s.label == "PERSON"]
    # (without a directive of the rules there is no speaker to find: the scan is skipped)
    redo_speakers = persons != [
        (s.start, s.end) for s in rules.spans if s.label == "PERSON"
    ] and any(s.label == "DIRECTIVE" for s in rules.spans)
    seen: set[tuple[str, int, int]] = set()
    if redo_speakers:
        person_at = {s.start: j for j, s in enumerate(out.spans) if s.label == "PERSON"}
        directive_at = {
            (s.start, s.end): j for j, s in enumerate(out.spans) if s.label == "DIRECTIVE"
        }
        # the requirements read as the rules read them (the same text): only speakers change
        for d in find_directives(text, persons, units=rules.directive_units):
            di = directive_at.get((d.start, d.end))
            pj = person_at.get(d.speaker) if d.speaker is not None else None
            if di is None or pj is None or ("ISSUED_BY", di, pj) in seen:
                continue
            seen.add(("ISSUED_BY", di, pj))
            out.relations.append(("ISSUED_BY", di, pj))
            out.relation_rules.append(d.speaker_rule)
    for (rtype, h, tl), rule in zip(rules.relations, rules.relation_rules, strict=True):
        if redo_speakers and rtype == "ISSUED_BY":
            continue
        nh, nt = attach(h), attach(tl)
        if nh is None or nt is None or (rtype, nh, nt) in seen:
            continue
        seen.add((rtype, nh, nt))
        out.relations.append((rtype, nh, nt))
        out.relation_rules.append(rule)
    has_title = (
        set()
        if pol.get("HOLDS_TITLE") == "chain"
        else {h for rtype, h, _ in out.relations if rtype == "HOLDS_TITLE"}
    )
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


def reference_merged_windows(
    segs: list[tuple[int, int]], reaches: list[tuple[int, int, int]], window: int
) -> list[tuple[int, int, int, int]]:
    """civannot.learn.features.merged_windows as it was before the bisect (a step per cue)."""
    out: list[tuple[int, int, int, int]] = []
    k, n = 0, len(reaches)
    for lo, hi in segs:
        while k < n and reaches[k][0] < lo:
            k += 1
        cur = []
        while k < n and reaches[k][0] < hi:
            _, a, b = reaches[k]
            k += 1
            cur.append((max(lo, a), min(hi, b)))
        cur.sort()
        wa = wb = -1
        for a, b in cur:
            if wa >= 0 and a <= wb + window:
                wb = max(wb, b)
                continue
            if wa >= 0:
                out.append((lo, hi, wa, wb))
            wa, wb = a, b
        if wa >= 0:
            out.append((lo, hi, wa, wb))
    return out


def reference_cue_reaches(
    text: str,
    rule_spans: Sequence[Span],
    marks: Sequence[tuple[int, str]],
    labels: Iterable[str],
    window: int = TAG_WINDOW,
) -> list[tuple[int, int, int]]:
    """features.cue_reaches as it was before session 5's speed work."""
    want = frozenset(labels)
    out = [
        (p, p - window, p + window + 1)
        for s in rule_spans
        if s.label in want
        for p in (s.start, s.end - 1)
    ]
    kept = bytearray(len(text))
    for s in rule_spans:
        if s.label in ENTITY_LABELS and s.label not in want and s.end > s.start:
            kept[s.start : s.end] = b"\x01" * (s.end - s.start)
    # the vocabulary kinds whose words can lead to a span of these labels
    kinds = {k for k, labs in _MARK_LABELS.items() if want & labs}
    for i, m in marks:
        k = m[2]
        if k not in kinds:
            continue
        if k in "PO":
            out.append((i, i - window, i + _AFTER + 1))
        elif not kept[i]:
            out.append((i, i - window, i + _HEAD_AFTER + 1))
    if want & _QUOTE_LABELS:
        out.extend((i, i, i + window + 1) for i in (m.start() for m in _QUOTE_CUES.finditer(text)))
    out.sort()
    return out
