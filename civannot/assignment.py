"""Handing documents to annotators: every document to one, a share to two or more.

`plan_assignments` is a pure function; `assign_project` reads a project, plans and writes the
plan with `Project.assign`.

Balancing is greedy least-loaded by characters (longest documents first, the classic LPT rule,
so that the large articles are spread before the small ones fill the gaps). Ties are broken by a
seeded shuffle, so one seed always gives one plan.

Re-running never moves work that exists: every assignment already made to an annotator of the
list stays where it is and counts towards that annotator's load; only documents without an
assignment are placed. An assignment to someone who is no longer in the list is kept when that
annotator started the document (status in progress/done, or spans in their layer) and otherwise
handed to the current team, so dropping an annotator from the list reassigns only unstarted
work. The overlap share is measured over all documents, existing ones included, so re-running
tops it up rather than adding a fresh share every time.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from civannot.records import RESERVED_LAYERS

if TYPE_CHECKING:
    from civannot.project import Project

Doc = TypeVar("Doc", int, str)


class AssignmentError(ValueError):
    """Bad assignment request; the message is one line for the user."""


def check_annotators(annotators: Iterable[str]) -> list[str]:
    names = [a.strip() for a in annotators]
    if not names or any(not a for a in names):
        raise AssignmentError("give at least one annotator name (e.g. --annotators alice,bob)")
    for a in names:
        if a in RESERVED_LAYERS:
            raise AssignmentError(f"{a!r} is a reserved layer name, not an annotator")
        if any(c in a for c in ",/\\") or len(a) > 128:
            raise AssignmentError(f"{a!r} cannot be an annotator name")
    dup = sorted({a for a in names if names.count(a) > 1})
    if dup:
        raise AssignmentError(f"annotator {dup[0]} is listed twice")
    return names


def plan_assignments(
    doc_lengths: Mapping[Doc, int],
    annotators: list[str],
    overlap: float,
    seed: int = 0,
    existing: Mapping[Doc, list[str]] | None = None,
    started: set[tuple[Doc, str]] | None = None,
    copies: int = 2,
    priority: list[Doc] | None = None,
    limit: int | None = None,
) -> dict[Doc, list[str]]:
    """Annotators of every document (existing work kept, see the module docstring).

    `overlap` is the share of documents (0..1) that get `copies` annotators instead of one.
    `priority` (most informative first, e.g. by the model's uncertainty) places those documents
    before the others, round-robin by load so each annotator gets a share of the most
    informative ones; `limit` places only that many new documents (the first in that order).
    """
    annotators = check_annotators(annotators)
    if not 0.0 <= overlap <= 1.0:
        raise AssignmentError(f"overlap must be between 0 and 1, not {overlap}")
    if overlap > 0 and len(annotators) < 2:
        raise AssignmentError("an overlap needs at least two annotators")
    if copies < 2:
        raise AssignmentError("overlapping documents need at least 2 annotators each")
    copies = min(copies, len(annotators))
    existing = existing or {}
    started = started or set()
    team = set(annotators)

    plan: dict[Doc, list[str]] = {}
    load = {a: 0 for a in annotators}
    for doc, names in existing.items():
        if doc not in doc_lengths:
            continue  # the document is gone from the project
        kept = [a for a in names if a in team or (doc, a) in started]
        if kept:
            plan[doc] = sorted(set(kept), key=kept.index)
            for a in plan[doc]:
                if a in load:
                    load[a] += doc_lengths[doc]

    rng = random.Random(seed)
    todo = [d for d in sorted(doc_lengths, key=str) if d not in plan]
    rng.shuffle(todo)
    total = len(doc_lengths)
    want_overlap = round(overlap * total)
    have_overlap = sum(1 for names in plan.values() if len(names) >= 2)
    n_overlap = max(0, min(len(todo), want_overlap - have_overlap))
    overlapped = set(todo[:n_overlap])
    # longest first; the shuffle above decides among equal lengths
    order = {d: i for i, d in enumerate(todo)}
    if priority is not None:
        rank_of = {d: i for i, d in enumerate(priority)}
        big = len(rank_of)
        todo.sort(key=lambda d: (rank_of.get(d, big), -doc_lengths[d], order[d]))
    else:
        todo.sort(key=lambda d: (-doc_lengths[d], order[d]))
    if limit is not None:
        if limit < 0:
            raise AssignmentError(f"the limit must be 0 or more, not {limit}")
        todo = todo[:limit]
    rank = {a: i for i, a in enumerate(rng.sample(annotators, len(annotators)))}
    for doc in todo:
        n = copies if doc in overlapped else 1
        chosen = sorted(annotators, key=lambda a: (load[a], rank[a]))[:n]
        plan[doc] = chosen
        for a in chosen:
            load[a] += doc_lengths[doc]
    return plan


@dataclass
class AssignSummary:
    documents: int = 0
    overlap_documents: int = 0
    new_pairs: int = 0
    released: int = 0  # unstarted assignments taken from annotators no longer in the team
    per_annotator: dict[str, dict[str, int]] = field(default_factory=dict)
    # with --order uncertainty: the newly handed-out documents, least sure first, as
    # {"document": external id, "id", "score", "annotators"}: what the order did
    uncertain_first: list[dict[str, Any]] | None = None
    # with --order uncertainty: every scored document has the same score (a model that decides
    # no label scores 0 everywhere), so the order is the list's, as the window says it
    equally_sure: bool = False

    def to_json(self) -> dict[str, Any]:
        out = {
            "documents": self.documents,
            "overlap_documents": self.overlap_documents,
            "new_assignments": self.new_pairs,
            "released": self.released,
            "annotators": self.per_annotator,
        }
        if self.uncertain_first is not None:
            out["uncertain_first"] = self.uncertain_first
            out["equally_sure"] = self.equally_sure
        return out

    def render(self) -> str:
        lines = [
            f"{self.documents} documents, {self.overlap_documents} with two or more annotators; "
            f"{self.new_pairs} new assignments"
            + (f", {self.released} unstarted ones released" if self.released else "")
        ]
        for a, d in self.per_annotator.items():
            lines.append(
                f"  {a:<16} {d['documents']:>6} documents  {d['characters']:>9} characters  "
                f"{d['new']:>5} new  {d['started']:>5} started"
            )
        if self.uncertain_first and self.equally_sure:
            lines.append(
                "the model is equally sure of every document (uncertainty score "
                f"{self.uncertain_first[0]['score'] or 0:.3f}): handed out in the list's order"
            )
        elif self.uncertain_first:
            shown = self.uncertain_first[:UNCERTAIN_SHOWN]
            lines.append("handed out least sure first (uncertainty score):")
            for row in shown:
                score = "  –  " if row["score"] is None else f"{row['score']:.3f}"
                lines.append(f"  {score}  {row['document']}  -> {', '.join(row['annotators'])}")
            if len(self.uncertain_first) > len(shown):
                lines.append(
                    f"  … {len(self.uncertain_first) - len(shown)} more (--json lists all)"
                )
        return "\n".join(lines)


UNCERTAIN_SHOWN = 10


def assign_project(
    project: Project,
    annotators: list[str],
    overlap: float,
    seed: int = 0,
    copies: int = 2,
    *,
    order: str = "length",
    limit: int | None = None,
) -> AssignSummary:
    """Plan over the whole project and write the new assignments (one transaction).

    `order` "uncertainty" hands out the documents the model is least sure of (and where it
    disagrees most with the rules) first (civannot.learn.uncertainty); "length" is the default
    balancing. `limit`: place at most that many new documents."""
    lengths = project.text_lengths()
    if not lengths:
        raise AssignmentError(f"{project.path} has no documents to assign")
    current = project.assignments()
    existing: dict[int, list[str]] = {}
    for a, docs in current.items():
        for d in docs:
            existing.setdefault(d, []).append(a)
    everyone = set(annotators) | set(current)
    started: set[tuple[int, str]] = set()
    for a in everyone:
        for d, st in project.statuses(a).items():
            if st in ("in_progress", "done"):
                started.add((d, a))
        for d, n in project.span_counts(a).items():
            if n:
                started.add((d, a))
    priority = None
    scores: dict[int, float] = {}
    if order == "uncertainty":
        from civannot.learn.uncertainty import (
            missing_step,
            order_by_uncertainty,
            uncertainty_scores,
        )

        scores = uncertainty_scores(project)
        if not scores:
            raise AssignmentError(
                "no uncertainty scores yet: train a model (civannot train) and pre-annotate first"
                if missing_step(project) == "train"
                else "no uncertainty scores yet: no document was pre-annotated with the trained "
                "model; run civannot preannotate (without --rules-only) first"
            )
        priority = order_by_uncertainty(sorted(lengths), scores)
    elif order != "length":
        raise AssignmentError(f"unknown order {order!r} (length or uncertainty)")
    plan = plan_assignments(
        lengths, annotators, overlap, seed, existing, started, copies, priority, limit
    )

    new_pairs = [(d, a) for d, names in plan.items() for a in names if a not in existing.get(d, [])]
    released = [(d, a) for d, names in existing.items() for a in names if a not in plan.get(d, [])]
    with project.store.transaction():
        project.store.set_assigned(released, False)
        project.assign(new_pairs)

    summary = AssignSummary(
        documents=len(plan),
        overlap_documents=sum(1 for names in plan.values() if len(names) >= 2),
        new_pairs=len(new_pairs),
        released=len(released),
    )
    new_set = set(new_pairs)
    summary.equally_sure = priority is not None and len(set(scores.values())) == 1
    if priority is not None:
        rank_of = {d: i for i, d in enumerate(priority)}
        handed: dict[int, list[str]] = {}
        for d, a in new_pairs:
            handed.setdefault(d, []).append(a)
        names = {info.id: info.external_id for info in project.document_infos()}
        summary.uncertain_first = [
            {
                "document": names.get(d, str(d)),
                "id": d,
                "score": scores.get(d),
                "annotators": sorted(a),
            }
            for d, a in sorted(handed.items(), key=lambda x: rank_of.get(x[0], len(rank_of)))
        ]
    for a in sorted(set(annotators) | {a for names in plan.values() for a in names}):
        docs = [d for d, names in plan.items() if a in names]
        summary.per_annotator[a] = {
            "documents": len(docs),
            "characters": sum(lengths[d] for d in docs),
            "new": sum(1 for d in docs if (d, a) in new_set),
            "started": sum(1 for d in docs if (d, a) in started),
        }
    return summary
