"""Comments on documents and spans, as the views show them (Qt-free)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from civannot.project import Project

_CHUNK = 500  # ids per IN (...) list


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
    return comments_by_document(project, [doc_id]).get(doc_id, [])


def comments_by_document(project: Project, doc_ids: Iterable[int]) -> dict[int, list[CommentView]]:
    """The comments of many documents (the lead's review lists them per document), each list
    ordered as comments_of orders one; a few queries whatever the number of documents."""
    C, S = project.m.Comment, project.m.Span
    ids = sorted(set(doc_ids))
    rows = []
    for i in range(0, len(ids), _CHUNK):
        rows += list(
            C.select().where(C.document.in_(ids[i : i + _CHUNK])).order_by(C.created, C.id)
        )
    uids = sorted({r.span_uid for r in rows if r.span_uid})
    spans: dict[str, tuple[int, str, str]] = {}
    for i in range(0, len(uids), _CHUNK):
        spans.update(
            (u, (start, text, label))
            for u, start, text, label in S.select(S.uid, S.start, S.text, S.label)
            .where(S.uid.in_(uids[i : i + _CHUNK]))
            .tuples()
        )
    out: dict[int, list[CommentView]] = {}
    for r in rows:
        span = spans.get(r.span_uid, (0, "", "")) if r.span_uid else (0, "", "")
        doc_id = r.document_id
        out.setdefault(doc_id, []).append(
            CommentView(
                r.uid,
                doc_id,
                r.layer,
                r.span_uid,
                r.author,
                r.text,
                str(r.updated)[:19],
                span[1],
                span[2],
            )  # fmt: skip
        )
    order = {u: v[0] for u, v in spans.items()}
    for notes in out.values():
        notes.sort(key=lambda c: (not c.on_document, order.get(c.span_uid or "", -1), c.author))
    return out


def reading_comments(
    comments: Iterable[CommentView], spans: Iterable[Any], start: int, end: int
) -> list[CommentView]:
    """The notes one annotator left on their own spans inside [start, end) — what the lead
    reads beside that annotator's reading of a disagreement. `spans` are that annotator's
    spans (with uids); notes on spans outside the range, or on the document, are not here."""
    uids = {s.uid for s in spans if getattr(s, "uid", None) and s.start < end and start < s.end}
    return [c for c in comments if c.span_uid is not None and c.span_uid in uids]
