"""Comments on documents and spans, as the views show them (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from civannot.project import Project


@dataclass(frozen=True)
class CommentView:
    uid: str
    doc_id: int
    layer: str
    span_uid: str | None
    author: str
    text: str
    updated: str
    span_text: str = ""  # the commented span's text, when it still exists
    span_label: str = ""

    @property
    def on_document(self) -> bool:
        return self.span_uid is None


def comments_of(project: Project, doc_id: int) -> list[CommentView]:
    """Every comment of a document, document notes first, then by span position and author."""
    C, S = project.m.Comment, project.m.Span
    rows = list(C.select().where(C.document == doc_id).order_by(C.created, C.id))
    uids = [r.span_uid for r in rows if r.span_uid]
    spans = {}
    if uids:
        spans = {
            u: (start, text, label)
            for u, start, text, label in S.select(S.uid, S.start, S.text, S.label)
            .where(S.uid.in_(uids))
            .tuples()
        }
    out = [
        CommentView(
            r.uid,
            doc_id,
            r.layer,
            r.span_uid,
            r.author,
            r.text,
            str(r.updated)[:19],
            spans.get(r.span_uid, (0, "", ""))[1] if r.span_uid else "",
            spans.get(r.span_uid, (0, "", ""))[2] if r.span_uid else "",
        )
        for r in rows
    ]
    order = {u: v[0] for u, v in spans.items()}
    out.sort(key=lambda c: (not c.on_document, order.get(c.span_uid or "", -1), c.author))
    return out
