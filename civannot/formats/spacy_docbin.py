"""spaCy DocBin (``.spacy``) with a blank Chinese pipeline, for ``spacy train``.

Tokens are the pieces of the text between span boundaries and whitespace (no trailing spaces),
so ``doc.text`` is our text exactly, "\\r\\n" and 𠮷 included, and every span starts and ends on a
token boundary; spaCy counts code points like Python (``span.start_char`` is our offset). When
``spacy train`` runs a blank ``zh`` pipeline (its "char" segmenter makes one token per character)
it aligns these reference docs to its own tokens by character offsets, and every boundary here
is a character boundary, so nothing is lost in the alignment. One token per character would give
the same training data at ten times the writing cost (over the 15 s budget for 10,000 documents). Entity labels go to ``doc.ents``
(one entity per character: overlapping entity spans are counted as dropped), DIRECTIVE-kind labels
to ``doc.spans[spans_key]`` (``"sc"`` by default, the key spaCy's span categorizer reads), where
they may contain entities. Relations have no place in a Doc: they are kept in
``doc.user_data["relations"]`` as ``(type, head_start, head_end, tail_start, tail_end)``
character offsets, with the document id in ``doc.user_data["id"]``.

spaCy is an optional extra (``pip install civannot[spacy]``); without it the writer stops with a
one-line message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from civannot.formats._base import ExportDoc, FormatError, WriteStats

_WS = re.compile(r"\s+")
MISSING = "spaCy is not installed: pip install 'civannot[spacy]' (or: pip install spacy) to export .spacy files"


def require_spacy() -> Any:
    try:
        import spacy
    except ImportError:
        raise FormatError(MISSING) from None
    return spacy


def write_docbin(
    docs: Iterable[ExportDoc],
    path: str | Path,
    directive_labels: Iterable[str] = ("DIRECTIVE",),
    spans_key: str = "sc",
) -> WriteStats:
    spacy = require_spacy()
    from spacy.tokens import Doc, DocBin
    from spacy.tokens import Span as SpacySpan

    directive = set(directive_labels)
    nlp = spacy.blank("zh")
    vocab = nlp.vocab
    db = DocBin(store_user_data=True)
    stats = WriteStats()
    with _cached_msgpack_registry():
        for d in docs:
            db.add(_doc(d, vocab, directive, spans_key, stats, Doc, SpacySpan))
            stats.documents += 1
        db.to_disk(path)
    return stats


def _pieces(text: str, cuts: set[int]) -> list[str]:
    """The text cut at `cuts` and around whitespace runs."""
    n = len(text)
    for m in _WS.finditer(text):
        cuts.add(m.start())
        cuts.add(m.end())
    bounds = sorted(c for c in cuts if 0 < c < n)
    out, prev = [], 0
    for b in bounds:
        out.append(text[prev:b])
        prev = b
    if prev < n:
        out.append(text[prev:])
    return out


def _doc(d: ExportDoc, vocab: Any, directive: set[str], spans_key: str, stats: WriteStats,
         Doc: Any, SpacySpan: Any) -> Any:  # fmt: skip
    text = d.text
    cuts = {c for s in d.spans for c in (s.start, s.end)}
    words = _pieces(text, cuts)
    doc = Doc(vocab, words=words, spaces=[False] * len(words))
    tok_at: dict[int, int] = {}
    pos = 0
    for i, w in enumerate(words):
        tok_at[pos] = i
        pos += len(w)
    tok_at[pos] = len(words)
    taken = bytearray(len(text))
    ents = []
    groups = []
    for s in sorted(d.spans, key=lambda s: (s.start, -s.end)):
        span = SpacySpan(doc, tok_at[s.start], tok_at[s.end], label=s.label)
        if s.label in directive:
            groups.append(span)
        elif any(taken[s.start : s.end]):
            stats.drop("overlapping entity (doc.ents holds one per character)", s.label)
            continue
        else:
            taken[s.start : s.end] = b"\x01" * (s.end - s.start)
            ents.append(span)
        stats.spans[s.label] += 1
    doc.ents = ents
    if groups:
        doc.spans[spans_key] = groups
    doc.user_data["id"] = d.id
    if d.relations:
        sp = d.spans
        doc.user_data["relations"] = [
            (t, sp[h].start, sp[h].end, sp[tl].start, sp[tl].end) for t, h, tl in d.relations
        ]
        stats.relations += len(d.relations)
    return doc


@contextmanager
def _cached_msgpack_registry() -> Iterator[None]:
    """Look srsly's msgpack encoders up once for the whole DocBin instead of once per document.

    Every msgpack call (user data, span groups: several per document) asks the catalogue
    registry for its encoders, which scans the installed packages' entry points: about a
    millisecond each, most of the export time. The registry's content does not change while we
    write, so the first answer is reused and the registry is restored afterwards.
    """
    import srsly

    registries = [srsly.msgpack_encoders, srsly.msgpack_decoders]
    for reg in registries:
        found = reg.get_all()
        reg.get_all = lambda found=found: dict(found)  # instance attribute shadows the method
    try:
        yield
    finally:
        for reg in registries:
            with suppress(AttributeError):
                del reg.get_all
