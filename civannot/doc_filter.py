"""Filtering the document list beyond status and search: by a label present, an annotator,
the assignment, flags and (for the lead) disagreement. Qt-free; combinable; kept as JSON in the
settings."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from civannot.records import AUTO_LAYER, GOLD_LAYER

if TYPE_CHECKING:
    from civannot.project import Project

ASSIGNMENT = ("", "mine", "unassigned")
AGREEMENT = ("", "disagree", "agree")


@dataclass
class DocFilter:
    label: str = ""  # a span of this label in my layer
    annotator: str = ""  # this annotator has a status or spans in the document
    assignment: str = ""  # "" any, "mine" handed to me, "unassigned" handed to nobody
    agreement: str = ""  # "" any, "disagree" / "agree": the annotators' layers differ or not

    @property
    def active(self) -> bool:
        return any(asdict(self).values())

    def dumps(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def loads(cls, text: object) -> DocFilter:
        """A stored filter; anything unreadable is no filter (settings are not trusted)."""
        try:
            data = json.loads(str(text)) if text else {}
        except (TypeError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        f = cls(**{k: str(v) for k, v in data.items() if k in cls.__dataclass_fields__})
        if f.assignment not in ASSIGNMENT:
            f.assignment = ""
        if f.agreement not in AGREEMENT:
            f.agreement = ""
        return f


def matching_ids(project: Project, f: DocFilter, me: str) -> set[int] | None:
    """Ids of the documents the filter keeps; None when it keeps every document."""
    if not f.active:
        return None
    m = project.m
    S, L, A, D = m.Span, m.Layer, m.Assignment, m.Document
    keep: set[int] | None = None

    def narrow(ids: set[int]) -> None:
        nonlocal keep
        keep = ids if keep is None else keep & ids

    if f.label:
        lid = project.layer_id(me, create=False)
        ids: set[int] = set()
        if lid is not None:
            ids = {
                d
                for (d,) in S.select(S.document)
                .where((S.layer == lid) & (S.label == f.label))
                .distinct()
                .tuples()
            }
        narrow(ids)
    if f.annotator:
        ids = {d for (d,) in A.select(A.document).where(A.annotator == f.annotator).tuples()}
        lid = project.layer_id(f.annotator, create=False)
        if lid is not None:
            ids |= {d for (d,) in S.select(S.document).where(S.layer == lid).distinct().tuples()}
        narrow(ids)
    if f.assignment == "mine":
        narrow(
            {
                d
                for (d,) in A.select(A.document)
                .where((A.annotator == me) & (A.assigned == True))  # noqa: E712
                .tuples()
            }
        )
    elif f.assignment == "unassigned":
        handed = {d for (d,) in A.select(A.document).where(A.assigned == True).tuples()}  # noqa: E712
        narrow({d for (d,) in D.select(D.id).tuples()} - handed)
    if f.agreement:
        layers: dict[int, dict[str, set[tuple[int, int, str]]]] = {}
        q = (
            S.select(S.document, L.name, S.start, S.end, S.label)
            .join(L, on=(S.layer == L.id))
            .where(L.name.not_in([AUTO_LAYER, GOLD_LAYER]))
            .tuples()
        )
        for doc, layer, start, end, label in q:
            layers.setdefault(doc, {}).setdefault(layer, set()).add((start, end, label))
        both = {d: v for d, v in layers.items() if len(v) >= 2}
        differ = {d for d, v in both.items() if len({frozenset(x) for x in v.values()}) > 1}
        narrow(differ if f.agreement == "disagree" else set(both) - differ)
    return keep
