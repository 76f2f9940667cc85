"""The team's annotations as training and evaluation documents, and the rules' output on them.

Sources are the adjudicated `gold` layer (documents with gold spans or marked done there) and
annotator layers (documents the annotator marked done only: a half-done layer would teach that
whatever is missing is not an entity).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from civannot.preannotate.engine import Suggestions, suggest
from civannot.preannotate.lexicon import LEARNED_LABELS, Lexicon
from civannot.preannotate.registry import DEFAULT_OFF
from civannot.records import AUTO_LAYER, GOLD_LAYER, Relation, Span

if TYPE_CHECKING:
    from civannot.project import Project


class LearnError(ValueError):
    """A request that cannot run (no gold, unknown layer): one line for the user."""


@dataclass
class GoldDoc:
    key: Hashable  # the document id in the project (any hashable in tests)
    text: str
    spans: list[Span]
    relations: list[tuple[str, int, int]]  # indices into spans
    labels: frozenset[str] | None = None  # the labels annotated; None: all of them


def _as_index_relations(
    spans: Sequence[Span], rels: Iterable[Relation]
) -> list[tuple[str, int, int]]:
    pos = {s.id: i for i, s in enumerate(spans)}
    return [(r.type, pos[r.head], pos[r.tail]) for r in rels if r.head in pos and r.tail in pos]


def gold_documents(project: Project, sources: Sequence[str] = (GOLD_LAYER,)) -> list[GoldDoc]:
    """The documents of `sources` (layer names; `gold` first wins where several have a
    document), in document order."""
    known = set(project.layers()) | set(project.annotators())
    picked: dict[int, GoldDoc] = {}
    for layer in sources:
        if layer == AUTO_LAYER:
            raise LearnError("the auto layer holds suggestions, not annotations to learn from")
        if layer not in known:
            raise LearnError(
                f"no layer {layer!r} in the project (layers: {', '.join(sorted(known))})"
            )
        data = project.layer_data(layer)
        done = project.completed(layer)
        if layer == GOLD_LAYER:
            ids = {d for d, (spans, _) in data.items() if spans} | done
        else:
            ids = done
        for doc_id in sorted(ids):
            if doc_id in picked:
                continue
            spans, rels = data.get(doc_id, ([], []))
            # relations by index: spans leave their row ids behind (scoring reads ids as such)
            plain = [Span(s.start, s.end, s.label, s.text, s.origin, s.author) for s in spans]
            picked[doc_id] = GoldDoc(doc_id, "", plain, _as_index_relations(spans, rels))
    if picked:
        for doc in project.documents(list(picked)):
            picked[doc.id].text = doc.text
    return [picked[k] for k in sorted(picked)]


def lexicon_of(docs: Iterable[GoldDoc]) -> Lexicon:
    """The learned lexicon of the documents' gold, as the project builds it
    (civannot.preannotate.runner.learn_lexicon): the strings the documents tag, each kept where
    they tag it (Lexicon.from_votes with the documents as evidence)."""
    docs = list(docs)
    return Lexicon.from_votes(
        (
            (s.text, s.label, 1)
            for d in docs
            for s in d.spans
            if s.label in LEARNED_LABELS and s.text
        ),
        annotated=[(d.text, [(s.start, s.end, s.label) for s in d.spans]) for d in docs],
    )


def rule_suggestions(
    docs: Sequence[GoldDoc],
    *,
    folds: int = 5,
    disabled: Iterable[str] = DEFAULT_OFF,
    lexicon: Lexicon | None = None,
    only: Sequence[int] | None = None,
) -> list[Suggestions]:
    """The rules' suggestions for each document (the opt-in rules off, as `suggest` and
    `preannotate` leave them unless told), the learned lexicon built without the
    document's own fold: a lexicon holding a document's own gold would make the rules look
    perfect on it and teach the model to trust them blindly. `lexicon` given: used as is (the
    caller already kept the evaluated documents out of it). `only`: the suggestions for
    docs[i] for i in only, each with the lexicon it gets among all of `docs` (re-running a few
    documents with an opt-in rule on must not change their lexicon: the difference would be
    counted as the rule's)."""
    disabled = tuple(disabled)
    if lexicon is not None:
        lexicons, k = [lexicon], 1
    else:
        k = max(1, min(folds, len(docs)))
        lexicons = [lexicon_of(d for i, d in enumerate(docs) if i % k != f) for f in range(k)]
    picked = range(len(docs)) if only is None else only
    jobs = [(j, docs[i].text, i % k) for j, i in enumerate(picked)]
    if len(jobs) < PARALLEL_FROM:
        return [suggest(t, lexicon=lexicons[f], disabled=disabled) for _, t, f in jobs]
    from civannot.processes import pool_context

    out: list[Suggestions | None] = [None] * len(jobs)
    entries = [lex.to_json() for lex in lexicons]
    with pool_context().Pool(2, initializer=_init_worker, initargs=(entries, disabled)) as pool:
        for i, sug in pool.imap_unordered(_suggest_job, jobs, chunksize=16):
            out[i] = sug
    return out  # type: ignore[return-value]


PARALLEL_FROM = 150
_lexicons: list[Lexicon] = []
_disabled: tuple[str, ...] = ()


def _init_worker(entries: list[dict[str, str]], disabled: tuple[str, ...]) -> None:
    global _lexicons, _disabled
    _lexicons = [Lexicon(e) for e in entries]
    _disabled = disabled


def _suggest_job(job: tuple[int, str, int]) -> tuple[int, Suggestions]:
    i, text, fold = job
    return i, suggest(text, lexicon=_lexicons[fold], disabled=_disabled)
