"""How the rules and the model make one set of suggestions.

Each entity label has a policy (`POLICIES`), chosen per project at training time where it scored
best on documents the model did not see (civannot.learn.training.choose_policy):
- "rules": the rules' spans only (the model is not trusted for the label);
- "model": the model's spans only;
- "model+": the model's spans, and the rules' spans where no model span is (the model corrects
  what it has seen, the rules keep the rest);
- "union": the rules' spans, and the model's spans where no kept span is (the model only adds).
A model span that is exactly a rule's span keeps the rule's id as provenance (the model
confirmed the rule), with the model's confidence; any other model span has provenance
`model:crf@VERSION`. Model spans of "model"/"model+" labels go first; a rule span overlapping one
is dropped, and a "union" model span overlapping any kept span is dropped. Except: a model span
that cuts a rule span of a "rules" label (begins or ends strictly inside it) is itself dropped, and
the rule span stays; one that holds the rule span whole still replaces it.
- DIRECTIVE spans always come from the rules.
- Relations are the rules': each end is re-attached to the kept span of the same label that is
  the rule's span or overlaps it most. A PERSON that no HOLDS_TITLE reaches gets the rules'
  adjacency logic (`relation.holds.adjacent`): every TITLE of the chain (joined by 、 or
  nothing) right before it. With the policy's HOLDS_TITLE "chain" (chosen where it scored
  better), every PERSON gets its whole chain, also where the rules linked only part of it
  (a title the rules did not know in front of one they did).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from civannot.learn.crf import Tagging
from civannot.learn.features import ENTITY_LABELS, ENTITY_SET
from civannot.preannotate import conventions
from civannot.preannotate.directives import find_directives
from civannot.preannotate.engine import Suggestions, suggestion_span
from civannot.preannotate.registry import ISSUED_BY_RULES
from civannot.records import Span

HOLDS_ADJACENT = "relation.holds.adjacent"
POLICIES = ("rules", "model", "model+", "union")
HOLDS_POLICIES = ("rules", "chain")
Policy = dict[str, str]


def policy_of_labels(model_labels: Iterable[str]) -> Policy:
    """The policy of a model stored before policies: its labels the model's, the rest the rules'."""
    ml = set(model_labels)
    return {lab: ("model" if lab in ml else "rules") for lab in ENTITY_LABELS}


def model_decided(policy: Policy) -> frozenset[str]:
    """The entity labels whose suggestions can come from the model under `policy` (every policy
    but "rules"): where the model tags at pre-annotation (civannot.learn.features.cue_positions)."""
    return frozenset(lab for lab in ENTITY_LABELS if policy.get(lab, "rules") != "rules")


_CHAIN_GLUE = frozenset("、")
_GLUE_CHARS = "".join(_CHAIN_GLUE)


_PAST = 1 << 62  # past any offset or index: a bisect key after every (end, ...) of one end


def combine(
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
    # the rules' spans by key, for a model span that is exactly one of them: only the labels
    # a model span can be taken for (the last of equal keys, as a dict of every span gave)
    model_taken = first | added
    rule_of_key = {
        (s.start, s.end, s.label): r
        for s, r in zip(rules.spans, rules.rules, strict=True)
        if s.label in model_taken
    }
    # the kept entity spans as (start, end, order taken, span, rule, the rule span's index or
    # -1): sorted as plain tuples (no key function called per span), the order taken breaking
    # a tie as the stable sort did
    kept: list[tuple[int, int, int, Span, str, int]] = []
    occupied = bytearray(len(text) + 1)
    # (a span taken: kept.append((start, end, len(kept), span, rule, index)) and its characters
    # marked in `occupied`, written out where it happens; a model span is made with the rules'
    # own constructor of a suggestion (origin, author, no id): half of Span()'s cost)

    # a model span that cuts a rule span of a label the policy keeps with the rules (starts or
    # ends strictly inside it) is dropped: on the development sets every such cut was wrong
    # (TITLE 阳县召开创建… over the GPE 凤阳县), while a model span that holds the rule span
    # whole was right every time (TITLE 北岭村党支部书记 over a wrong LOC 北岭村) and still wins;
    # docs/combine-conflicts.md has the counts. The rules' entity spans do not overlap, so
    # marking their inner positions answers "strictly inside one" per end.
    inner: bytearray | None = None
    # and one that overlaps a rules' PERSON at all: no gold entity of the genre holds a person
    # or part of one (docs/combine-conflicts.md, session 11), while the model's TITLE 周市长
    # over the rules' PERSON 周 + TITLE 市长 took the speaker of the directives after it
    person: bytearray | None = None
    if first and any(t.label in first for t in tagging.spans):
        inner = bytearray(len(text) + 1)
        # (the labels the rules keep, as a set: not a policy lookup per rule span)
        rules_only = ENTITY_SET.difference(lab for lab, p in pol.items() if p != "rules")
        for s in rules.spans:
            if s.label in rules_only:
                inner[s.start + 1 : s.end] = b"\x01" * max(0, s.end - s.start - 1)
                if s.label == "PERSON":
                    if person is None:
                        person = bytearray(len(text) + 1)
                    person[s.start : s.end] = b"\x01" * (s.end - s.start)
        for t in tagging.spans:
            if t.label in first:
                a, b, lab = t.start, t.end, t.label
                if inner[a] or inner[b]:
                    continue
                if person is not None and person.find(1, a, b) >= 0:
                    continue
                prov = rule_of_key.get((a, b, lab), provenance)
                made = suggestion_span(text, a, b, lab, t.confidence, prov)
                kept.append((a, b, len(kept), made, prov, -1))
                occupied[a:b] = b"\x01" * (b - a)
    # the rules' other spans (DIRECTIVE), with their index, noted on the same pass
    others: list[tuple[int, Span, str]] = []
    rule_persons: list[tuple[int, int]] = []
    for i, (s, r) in enumerate(zip(rules.spans, rules.rules, strict=True)):
        lab = s.label
        if lab not in ENTITY_SET:
            others.append((i, s, r))
            continue
        a, b = s.start, s.end
        if lab == "PERSON":
            rule_persons.append((a, b))
        if lab not in rules_ok or occupied.find(1, a, b) >= 0:
            continue
        kept.append((a, b, len(kept), s, r, i))
        occupied[a:b] = b"\x01" * (b - a)
    if added:
        for t in tagging.spans:
            if t.label in added and occupied.find(1, t.start, t.end) < 0:
                a, b, lab = t.start, t.end, t.label
                prov = rule_of_key.get((a, b, lab), provenance)
                made = suggestion_span(text, a, b, lab, t.confidence, prov)
                kept.append((a, b, len(kept), made, prov, -1))
                occupied[a:b] = b"\x01" * (b - a)
    kept.sort()
    out = Suggestions(spans=[k[3] for k in kept], rules=[k[4] for k in kept])
    # a rule's span kept as is is found by its key; only a changed one is searched by overlap
    # (a relation per title and speaker: a scan of every span for each cost a fifth of combine)
    # (one pass over the kept spans also notes the persons, the directives and the entities,
    # read from the kept tuples: the entities, then the rules' other spans)
    exact: dict[tuple[int, int, str], int] = {}
    persons: list[tuple[int, int]] = []
    person_at: dict[int, int] = {}
    directive_at: dict[tuple[int, int], int] = {}
    entity_idx: list[int] = []
    # where each relation end goes (attach): a rule span kept as it is to the first span of its
    # key, noted here; the rules' other spans below; the rest found by attach
    old_to_new: dict[int, int] = {}
    for j, (a, b, _n, s, _r, old) in enumerate(kept):
        lab = s.label
        at = (a, b, lab)
        if at not in exact:
            exact[at] = j
        if old >= 0:
            old_to_new[old] = exact[at]
        if lab == "PERSON":
            persons.append((a, b))
            person_at[a] = j
        if lab in ENTITY_SET:
            entity_idx.append(j)
    # directives after the entities, as the engine orders them
    spans_out, rules_out = out.spans, out.rules
    for i, s, r in others:
        j = len(spans_out)
        old_to_new[i] = j
        spans_out.append(s)
        rules_out.append(r)
        # (no entity label among them: no person, no entity index)
        at = (s.start, s.end, s.label)
        if at not in exact:
            exact[at] = j
        if s.label == "DIRECTIVE":
            directive_at[(s.start, s.end)] = j

    # the kept entity spans of each label as (end, start, index), in order: they do not overlap
    # (`occupied` keeps them apart), so their ends rise with their starts and a bisect finds the
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
                if s.end > s.start and s.label in ENTITY_SET:
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
    # (without a directive of the rules there is no speaker to find: the scan is skipped; the
    # rules' directives are all kept, so directive_at holds them)
    # (every ISSUED_BY rule off: the reading would draw no edge, so it is not done; speed25)
    redo_speakers = (
        bool(directive_at) and persons != rule_persons and not ISSUED_BY_RULES <= rules.off
    )
    seen: set[tuple[str, int, int]] = set()
    if redo_speakers:
        enumerators = conventions.ENUMERATOR_KEPT not in rules.off
        # the requirements read as the rules read them (the same text): only speakers change
        for d in find_directives(
            text, persons, units=rules.directive_units, sentences=rules.directive_sentences
        ):
            # (directive.enumerator_kept on: the rules' span starts at its item's enumerator)
            di = directive_at.get((d.start, d.end))
            if di is None and enumerators:
                di = directive_at.get((conventions.keep_enumerator(text, d.start), d.end))
            pj = person_at.get(d.speaker) if d.speaker is not None else None
            if (
                di is None
                or pj is None
                or ("ISSUED_BY", di, pj) in seen
                or d.speaker_rule in rules.off
            ):
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
    for pos, j in enumerate(entity_idx):
        if out.spans[j].label != "PERSON" or j in has_title:
            continue
        for ti in title_chain(text, out.spans, entity_idx, pos):
            key = ("HOLDS_TITLE", j, ti)
            if key not in seen:
                seen.add(key)
                out.relations.append(key)
                out.relation_rules.append(HOLDS_ADJACENT)
    return out


def title_chain(text: str, spans: Sequence[Span], ents: Sequence[int], pos: int) -> list[int]:
    """The indices of the TITLE spans right before the entity span `ents[pos]` (`ents`: the
    entity spans' indices in text order), joined by 、 or nothing, nearest first: the titles
    relation.holds.adjacent links to a PERSON there."""
    chain: list[int] = []
    edge = spans[ents[pos]].start
    k = pos - 1
    while k >= 0:
        prev = spans[ents[k]]
        # (a gap of glue only: nothing left once the glue is stripped)
        if prev.label != "TITLE" or prev.end > edge or text[prev.end : edge].strip(_GLUE_CHARS):
            break
        chain.append(ents[k])
        edge = prev.start
        k -= 1
    return chain
