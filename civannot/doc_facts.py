"""What the metadata panel says about a document: where it came from, its flags, who did what.

Qt-free: the panel shows these lines as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import peewee as pw

from civannot.records import AUTO_LAYER

if TYPE_CHECKING:
    from civannot.project import Project
    from civannot.records import Document

URL_KEYS = ("url", "source_url", "link", "href")


@dataclass
class LayerFacts:
    name: str
    spans: int
    relations: int
    status: str  # "todo" when the annotator never started
    last_change: str = ""  # ISO time of the last change in the history, if any


@dataclass
class DocumentFacts:
    external_id: str
    title: str
    source: str
    url: str
    date: str
    length: int
    flags_open: int
    flags_total: int
    meta: dict[str, Any] = field(default_factory=dict)
    layers: list[LayerFacts] = field(default_factory=list)


def document_facts(project: Project, doc: Document) -> DocumentFacts:
    meta = dict(doc.meta or {})
    url = next((str(meta[k]) for k in URL_KEYS if meta.get(k)), "")
    if not url and doc.source.startswith(("http://", "https://")):
        url = doc.source
    date = str(meta.get("date", "") or "")
    S, L, R, A, H = (
        project.m.Span,
        project.m.Layer,
        project.m.Relation,
        project.m.Assignment,
        project.m.SpanHistory,
    )
    spans = dict(
        S.select(L.name, pw.fn.COUNT(S.id))
        .join(L, on=(S.layer == L.id))
        .where(S.document == doc.id)
        .group_by(L.name)
        .tuples()
    )
    relations = dict(
        R.select(L.name, pw.fn.COUNT(R.id))
        .join(L, on=(R.layer == L.id))
        .where(R.document == doc.id)
        .group_by(L.name)
        .tuples()
    )
    statuses = dict(A.select(A.annotator, A.status).where(A.document == doc.id).tuples())
    last = {
        layer: str(when)
        for layer, when in H.select(H.layer, pw.fn.MAX(H.at))
        .where(H.document == doc.id)
        .group_by(H.layer)
        .tuples()
        if layer
    }
    names = sorted(set(spans) | set(statuses) | set(relations), key=lambda n: (n == AUTO_LAYER, n))
    layers = [
        LayerFacts(
            n,
            spans.get(n, 0),
            relations.get(n, 0),
            statuses.get(n, "todo"),
            last.get(n, "")[:19],
        )
        for n in names
    ]
    return DocumentFacts(
        doc.external_id,
        doc.title,
        doc.source,
        url,
        date,
        len(doc.text),
        sum(1 for f in doc.flags if f.status == "open"),
        len(doc.flags),
        {k: v for k, v in meta.items() if k not in URL_KEYS and k != "date"},
        layers,
    )
