"""Pre-annotation of a whole project into the `auto` layer."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol

from civannot.preannotate.engine import Suggestions, suggest
from civannot.preannotate.lexicon import LEARNED_LABELS, Lexicon
from civannot.records import AUTO_LAYER

if TYPE_CHECKING:
    from civannot.project import Project

# Below this many documents a pool costs more to start than it saves.
POOL_THRESHOLD = 200
CHUNK = 200


def _stored_span(s: int, e: int, label: str, text: str, conf: float | None, rule: str):  # noqa: ANN202
    from civannot.records import Span

    return Span(s, e, label, text, "suggestion", "auto", None, conf, provenance=rule)


def learn_lexicon(project: Project) -> Lexicon:
    """PERSON, TITLE and ORG spans of every layer people wrote (not the suggestions)."""
    pairs: list[tuple[str, str]] = []
    for layer in project.layers():
        if layer == AUTO_LAYER:
            continue
        for spans, _rels in project.layer_data(layer).values():
            pairs.extend((s.text, s.label) for s in spans if s.label in LEARNED_LABELS and s.text)
    return Lexicon.from_pairs(pairs)


_worker_lexicon: Lexicon | None = None
_worker_disabled: frozenset[str] = frozenset()
_worker_refiner: Refiner | None = None


class Refiner(Protocol):
    """A second opinion on the rules' suggestions (a trained model, civannot.learn.apply):
    given a text and the rules' suggestions, the suggestions to store and, optionally, how
    uncertain the text is. Picklable: it travels to the worker processes."""

    provenance: str

    def __call__(
        self, text: str, sug: Suggestions
    ) -> tuple[Suggestions, dict[str, float] | None]: ...


def _init_worker(
    entries: dict[str, str],
    disabled: frozenset[str] = frozenset(),
    refiner: Refiner | None = None,
) -> None:
    global _worker_lexicon, _worker_disabled, _worker_refiner
    _worker_lexicon = Lexicon(entries)
    _worker_disabled = disabled
    _worker_refiner = refiner


def _work(
    item: tuple[int, str],
) -> tuple[int, list[tuple], list[tuple[str, int, int, str]], dict[str, float] | None]:
    doc_id, text = item
    sug = suggest(text, lexicon=_worker_lexicon, disabled=_worker_disabled)
    unc = None
    if _worker_refiner is not None:
        sug, unc = _worker_refiner(text, sug)
    # plain tuples travel between processes more cheaply than dataclasses
    spans = [
        (s.start, s.end, s.label, s.confidence, rule)
        for s, rule in zip(sug.spans, sug.rules, strict=True)
    ]
    rels = [
        (t, h, tl, rule) for (t, h, tl), rule in zip(sug.relations, sug.relation_rules, strict=True)
    ]
    return doc_id, spans, rels, unc


def preannotate_project(
    project: Project,
    doc_ids: Iterable[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    *,
    processes: int | None = None,
    disabled: Iterable[str] = (),
    refiner: Refiner | None = None,
) -> dict[str, Any]:
    """Write suggestions for the documents (all by default) into the `auto` layer.

    Re-running replaces the old suggestions of those documents and never touches other layers.
    `disabled`: rule ids (or families) of civannot.preannotate.registry to leave out.
    `refiner`: a trained model's second opinion (civannot.learn.apply, which also reads the
    rules a project switched off; callers that want the project's settings use that).
    Returns a summary: documents, spans, relations, labels, cancelled, lexicon (entries learned),
    model (the refiner's provenance, or None), rules_disabled, and with a refiner uncertainty
    ({document id: scores}).
    """
    from civannot.preannotate.registry import resolve_disabled
    from civannot.records import Span

    disabled = list(disabled)
    off = resolve_disabled(disabled)  # an unknown id fails here, before any work

    if doc_ids is None:
        ids = [info.id for info in project.document_infos()]
    else:
        ids = list(dict.fromkeys(doc_ids))
        known = {info.id for info in project.document_infos()}
        missing = [i for i in ids if i not in known]
        if missing:
            raise ValueError(f"no document with id {missing[0]} in the project")
    lexicon = learn_lexicon(project)
    total = len(ids)
    if progress:
        progress(0, total)
    results: dict[int, tuple[list[Span], list[tuple[str, int, int, str]]]] = {}
    uncertainty: dict[int, dict[str, float]] = {}
    labels: dict[str, int] = {}
    n_rel = 0
    cancelled = False

    def texts(chunk: list[int]) -> list[tuple[int, str]]:
        return [(d.id, d.text) for d in project.documents(chunk)]

    def collect(
        doc_id: int,
        spans: list[tuple],
        rels: list[tuple[str, int, int, str]],
        unc: dict[str, float] | None,
        text_of: dict,
    ) -> None:
        nonlocal n_rel
        if unc is not None:
            uncertainty[doc_id] = unc
        text = text_of[doc_id]
        out = [_stored_span(s, e, lab, text[s:e], conf, rule) for s, e, lab, conf, rule in spans]
        for sp in out:
            labels[sp.label] = labels.get(sp.label, 0) + 1
        n_rel += len(rels)
        results[doc_id] = (out, list(rels))

    workers = processes if processes is not None else (2 if total >= POOL_THRESHOLD else 1)
    done = 0
    if workers <= 1:
        _init_worker(lexicon.to_json(), off, refiner)
        for i in range(0, total, CHUNK):
            batch = texts(ids[i : i + CHUNK])
            text_of = dict(batch)
            for item in batch:
                if cancel and cancel():
                    cancelled = True
                    break
                collect(*_work(item), text_of)
                done += 1
                if progress:
                    progress(done, total)
            if cancelled:
                break
    else:
        from civannot.processes import pool_context

        with pool_context().Pool(
            workers, initializer=_init_worker, initargs=(lexicon.to_json(), off, refiner)
        ) as pool:
            for i in range(0, total, CHUNK):
                if cancel and cancel():
                    cancelled = True
                    break
                batch = texts(ids[i : i + CHUNK])
                text_of = dict(batch)
                for res in pool.imap_unordered(_work, batch, chunksize=8):
                    collect(*res, text_of)
                    done += 1
                    if progress:
                        progress(done, total)
                    if cancel and cancel():
                        cancelled = True
                        pool.terminate()
                        break
                if cancelled:
                    break
    if not cancelled:
        # relations carry their rule id as a 4th item (Project._add_layer_inputs reads it)
        project.replace_layer(AUTO_LAYER, results)  # type: ignore[arg-type]
    summary = {
        "documents": len(results) if not cancelled else 0,
        "spans": sum(len(s) for s, _ in results.values()) if not cancelled else 0,
        "relations": n_rel if not cancelled else 0,
        "labels": dict(sorted(labels.items())) if not cancelled else {},
        "lexicon": len(lexicon),
        "cancelled": cancelled,
        "model": refiner.provenance if refiner is not None else None,
        "rules_disabled": sorted(disabled),
    }
    if refiner is not None and not cancelled:
        summary["uncertainty"] = uncertainty
    return summary
