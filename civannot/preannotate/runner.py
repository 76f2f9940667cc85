"""Pre-annotation of a whole project into the `auto` layer."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Protocol

from civannot.preannotate import pattern_cache
from civannot.preannotate.engine import (
    RelationTuple,
    SpanTuple,
    Suggestions,
    suggest,
    suggest_rows,
)
from civannot.preannotate.lexicon import LEARNED_LABELS, Annotated, Lexicon, evidence
from civannot.preannotate.registry import DEFAULT_OFF
from civannot.records import AUTO_LAYER

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from civannot.project import Project

# Below this many documents a pool costs more to start than it saves.
POOL_THRESHOLD = 200
CHUNK = 200
# Documents a task of the pool: with 8, the pool's threads in this process (a message each way
# per task) took 0.15 s more CPU per 2,000 documents, a tenth of the writing
# (bench_preannotate_write --phases, "outside replace_layer_rows").
TASK = 25
# Towards the run's end the tasks shrink to a share of what is left (_tasks), down to TAIL_TASK
# documents, so that the workers finish together instead of one task apart; and what comes is
# written in pieces of at least TAIL_PIECE documents (see the pool's loop).
TAIL_TASK = 4
TAIL_PIECE = 10


def learn_lexicon(
    project: Project,
    *,
    fresh: bool = False,
    search: Callable[[dict[str, str], Iterable[Annotated]], dict[str, tuple[int, int]]]
    | None = None,
) -> Lexicon:
    """PERSON, TITLE and ORG spans of every layer people wrote (not the suggestions).

    From the votes the project keeps as spans are written (Project.learned_votes): the cost is
    the dictionary's size, not the project's (issue 21: rebuilding it from every span of every
    layer made pre-annotating one document take 90 s in a 50,000-document project). Each
    string is kept only where the texts people annotated give it its label where it is written
    (Lexicon.kept_where_tagged): that evidence is one pass over the first EVIDENCE_DOCS of
    those texts (Project.annotated_texts), stored in the project (EVIDENCE_META) and read
    from there unless `fresh` or not stored yet; a string learned since is kept, as before.
    preannotate_project asks for it fresh from EVIDENCE_FROM documents on. `search`: what
    searches the texts for that evidence (lexicon.evidence's arguments and result; by default
    lexicon.evidence itself, here; preannotate_project's _EvidenceBeside searches them beside
    the rules' warm-up)."""
    lexicon = Lexicon.from_votes(project.learned_votes(LEARNED_LABELS))
    stored = None if fresh else project.get_meta(EVIDENCE_META)
    if stored is None:
        found = (search or evidence)(lexicon.to_json(), project.annotated_texts(EVIDENCE_DOCS))
        stored = {w: list(v) for w, v in found.items()}
        project.set_meta(EVIDENCE_META, stored)
    return lexicon.kept_where_tagged(stored)


# The annotated documents whose texts tell whether a learned string is tagged where written:
# enough to see a string's use many times over, and a bounded read in a huge project. Measured
# (session 32): 2,000 annotated dense made-up articles (1.6 M characters, 14,874 learned
# strings) are read in 0.14 s and searched in 0.9 s of CPU, under 2 % of pre-annotating them.
EVIDENCE_DOCS = 5000
# A run over this many documents (as many as start the worker pool) reads that evidence afresh;
# a shorter one (one document opened in the window) reads it as stored, at the cost of the
# votes alone (issue 21: the cost of one document must not grow with the project).
EVIDENCE_FROM = POOL_THRESHOLD
EVIDENCE_META = "lexicon_evidence"
# From this many annotated texts on, a run that forks its workers searches them for the evidence
# in a child process while it warms the rules up (_EvidenceBeside): fewer are searched at once
# (2,000 dense made-up articles: 0.9 s of CPU, so 200 about 0.09 s, a few forks' worth).
EVIDENCE_CHILD_FROM = 200


def _send_evidence(conn: Any, entries: dict[str, str], texts: list[Annotated]) -> None:
    """The child process of _EvidenceBeside: evidence() over the texts, sent back."""
    try:
        conn.send(evidence(entries, texts))
    finally:
        conn.close()


class _EvidenceBeside:
    """learn_lexicon's search for a run whose workers are forked from this process after the
    rules' warm-up (_warm_up, one core's work of about a second before any document is read,
    the other core idle): the annotated texts are read here, then searched for the evidence
    in a child process forked from this one while this one warms the rules up, so the two run
    side by side instead of one after the other (2,000 annotated dense made-up articles: 0.9 s
    of CPU, session 33). The child runs lexicon.evidence on the same texts and sends its
    result back, so the evidence is the same. Without entries or with fewer than
    EVIDENCE_CHILD_FROM texts the search is done here, and the warm-up comes after it as
    before (`warmed` stays False). Were the child to fail, the search is done here."""

    def __init__(self, context: BaseContext):
        self.context = context
        self.warmed = False

    def __call__(
        self, entries: dict[str, str], annotated: Iterable[Annotated]
    ) -> dict[str, tuple[int, int]]:
        if not entries:
            return evidence(entries, annotated)
        texts = list(annotated)
        if len(texts) < EVIDENCE_CHILD_FROM:
            return evidence(entries, texts)
        reader, writer = self.context.Pipe(duplex=False)
        child = self.context.Process(  # type: ignore[attr-defined]
            target=_send_evidence, args=(writer, entries, texts), daemon=True
        )
        child.start()
        writer.close()
        found = None
        try:
            # (the learned strings before the evidence: the warm-up's suggestions are thrown
            # away, and each worker makes its own Lexicon from the entries it is given)
            _warm_up(Lexicon(entries))
            self.warmed = True
            found = reader.recv()
        except (EOFError, OSError):
            found = None
        finally:
            reader.close()  # (a child still sending gets a broken pipe and ends)
            child.join()
        return found if found is not None else evidence(entries, texts)


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
    """The rules' settings of this process (a pool's worker, or the one process of a short
    run, whose collector gc_paused keeps paused as it is)."""
    global _worker_lexicon, _worker_disabled, _worker_refiner
    _worker_lexicon = Lexicon(entries)
    _worker_disabled = disabled
    _worker_refiner = refiner


# A pool worker's cyclic collector stays paused (as a forked worker inherits it from
# gc_paused), and _work collects once every COLLECT_EVERY documents instead. The rules leave
# next to no cycles (9 objects over 600 real pages), but each page's allocations set off young
# collections that walk what the rules keep across texts (their bounded caches, ~40,000
# objects on real pages): about 2 % of a worker's CPU time on real pages (the collector's
# own, timed by gc.callbacks; 0.5 % of the instructions: its walks wait on memory), next to
# none on the bench's repetitive articles (session 36). The full collection keeps what cycles
# there are from piling up in a long run, at ~15 ms a time (the warm-up's objects, frozen
# before the fork, are not walked).
COLLECT_EVERY = 2000
_worker_collect_in = 0  # documents until a pool worker's next collection (0: not one)


def _init_pool_worker(
    entries: dict[str, str],
    disabled: frozenset[str] = frozenset(),
    refiner: Refiner | None = None,
) -> None:
    """_init_worker in a process of the pool, whose collector _work runs (COLLECT_EVERY)."""
    global _worker_collect_in
    _init_worker(entries, disabled, refiner)
    gc.disable()  # (a spawned worker starts with it on)
    _worker_collect_in = COLLECT_EVERY


def _collect_now_and_then() -> None:
    """A pool worker's full collection, once every COLLECT_EVERY documents."""
    global _worker_collect_in
    _worker_collect_in -= 1
    if _worker_collect_in == 0:
        gc.collect()
        _worker_collect_in = COLLECT_EVERY


_label = itemgetter(2)


def _work_all(
    items: list[tuple[int, str]],
) -> list[tuple[int, list[SpanTuple], list[RelationTuple], dict[str, float] | None]]:
    """A pool's task: _work over its documents (as imap's chunks ran it)."""
    return [_work(item) for item in items]


def _tasks(items: list[tuple[int, str]], left: int, workers: int) -> list[list[tuple[int, str]]]:
    """A chunk's documents as the pool's tasks, `left` the documents from the chunk's first to
    the run's end: TASK documents a task until the end nears, then a quarter of what is left
    per worker (at least TAIL_TASK), so that the workers' last tasks end close together: with
    tasks of TASK, one worker idled up to a whole task (~70 ms on the bench) while the other
    finished its last."""
    out: list[list[tuple[int, str]]] = []
    at = 0
    while at < len(items):
        size = min(TASK, max(TAIL_TASK, (left - at) // (2 * workers)))
        out.append(items[at : at + size])
        at += size
    return out


def _work(
    item: tuple[int, str],
) -> tuple[int, list[SpanTuple], list[RelationTuple], dict[str, float] | None]:
    doc_id, text = item
    if _worker_collect_in:
        _collect_now_and_then()
    if _worker_refiner is None:
        # (the rules' suggestions as the tuples sent back, no Span made for each first)
        spans, rels = suggest_rows(text, lexicon=_worker_lexicon, disabled=_worker_disabled)
        return doc_id, spans, rels, None
    # (a model's combination reads the speakers again: the rules keep what each sentence read)
    sug = suggest(
        text,
        lexicon=_worker_lexicon,
        disabled=_worker_disabled,
        keep_sentences=_worker_refiner is not None,
    )
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


# A made-up report that reaches what the rules build on first use: a coordinated title after a
# 、 (persons.title_after_mark's reading of the title grammar), a transliterated name, a speaker
# and a directive. Built here, before the fork, they are built once (and read from
# pattern_cache): a worker's first bench article cost 44 ms after the one-clause warm-up of
# before, 4-6 ms after this one (session 37).
_WARM_UP_TEXT = (
    "2023年5月3日，岚溪县召开创建全国文明城市推进会。县委常委、宣传部部长谢若溪，副县长周明远、"
    "阿依古丽·买买提出席会议。谢若溪强调，要压实责任，抓好整改。"
)


def _warm_up(lexicon: Lexicon) -> None:
    """Load the rules' vocabularies and compile their patterns in this process, so that the
    workers forked from it start with them (each loaded them itself before: about a second
    of CPU per worker and run). The objects are frozen out of the collector's walks so that
    forking copies no page for it."""
    suggest(_WARM_UP_TEXT, lexicon=lexicon)
    # (what the warm-up worked out from the patterns, for the next run's: pattern_cache)
    pattern_cache.save()
    gc.freeze()


def preannotate_project(
    project: Project,
    doc_ids: Iterable[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    *,
    processes: int | None = None,
    disabled: Iterable[str] = DEFAULT_OFF,
    refiner: Refiner | None = None,
) -> dict[str, Any]:
    """Write suggestions for the documents (all by default) into the `auto` layer.

    Re-running replaces the old suggestions of those documents and never touches other layers.
    Suggestions are written in batches of CHUNK documents as they finish (towards the end of a
    run on a pool, in smaller pieces as they come), each batch in its own transaction; a
    cancel keeps the batches written so far (the summary counts them).
    `disabled`: rule ids (or families) of civannot.preannotate.registry to leave out.
    `refiner`: a trained model's second opinion (civannot.learn.apply, which also reads the
    rules a project switched off; callers that want the project's settings use that).
    Returns a summary: documents, spans, relations, labels, cancelled, lexicon (entries learned),
    model (the refiner's provenance, or None), rules_disabled, and with a refiner uncertainty
    ({document id: scores}).
    """
    from civannot.bulk import gc_paused

    # the suggestions of a batch live until it is written: the collector would walk them again
    # and again for nothing (a quarter of this process's time)
    with gc_paused():
        return _preannotate_project(
            project, doc_ids, progress, cancel, processes=processes, disabled=disabled,
            refiner=refiner,
        )  # fmt: skip


def _preannotate_project(
    project: Project,
    doc_ids: Iterable[int] | None,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
    *,
    processes: int | None,
    disabled: Iterable[str],
    refiner: Refiner | None,
) -> dict[str, Any]:
    from civannot.preannotate.registry import resolve_disabled

    disabled = list(disabled)
    off = resolve_disabled(disabled)  # an unknown id fails here, before any work

    D = project.m.Document
    if doc_ids is None:
        ids = [r[0] for r in D.select(D.id).order_by(D.id).tuples()]
    else:
        ids = list(dict.fromkeys(doc_ids))
        # only the documents asked for are looked up (not every document of the project)
        known: set[int] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            known.update(r[0] for r in D.select(D.id).where(D.id.in_(chunk)).tuples())
        missing = [i for i in ids if i not in known]
        if missing:
            raise ValueError(f"no document with id {missing[0]} in the project")
    total = len(ids)
    workers = processes if processes is not None else (2 if total >= POOL_THRESHOLD else 1)
    context = None
    if workers > 1:
        from civannot.processes import pool_context

        context = pool_context()
    # forked workers start from this process warmed up: the evidence is searched beside that
    beside = (
        _EvidenceBeside(context)
        if context is not None and context.get_start_method() == "fork"
        else None
    )
    lexicon = learn_lexicon(project, fresh=len(ids) >= EVIDENCE_FROM, search=beside)
    if progress:
        progress(0, total)
    uncertainty: dict[int, dict[str, float]] = {}
    labels: Counter[str] = Counter()
    counts = {"documents": 0, "spans": 0, "relations": 0}
    # (document id, spans, relations) as the workers send them: no object per suggestion here
    Batch = list[tuple[int, list[SpanTuple], list[RelationTuple]]]

    def texts(chunk: list[int]) -> list[tuple[int, str]]:
        return [(d.id, d.text) for d in project.documents(chunk, raw=False)]

    def write(batch: Batch, unc: dict[int, dict[str, float]], text_of: dict[int, str]) -> None:
        # one transaction per batch: what is written stays even if a later batch is cancelled
        # (issue 20: a huge article must not hold up every other document's suggestions);
        # the texts were read once, for the rules
        project.replace_layer_rows(AUTO_LAYER, batch, origin="suggestion", texts=text_of)
        uncertainty.update(unc)
        for _doc, spans, rels in batch:
            labels.update(map(_label, spans))  # counted in C, not a dict update per span
            counts["spans"] += len(spans)
            counts["relations"] += len(rels)
        counts["documents"] += len(batch)

    def collect(
        batch: Batch,
        unc_of: dict[int, dict[str, float]],
        doc_id: int,
        spans: list[SpanTuple],
        rels: list[RelationTuple],
        unc: dict[str, float] | None,
    ) -> None:
        if unc is not None:
            unc_of[doc_id] = unc
        batch.append((doc_id, spans, rels))

    done = 0
    cancelled = False
    chunks = [ids[i : i + CHUNK] for i in range(0, total, CHUNK)]
    if workers <= 1:
        _init_worker(lexicon.to_json(), off, refiner)
        for chunk in chunks:
            batch: Batch = []
            unc_of: dict[int, dict[str, float]] = {}
            texts_of: dict[int, str] = {}
            for doc_id, text in texts(chunk):
                if cancel and cancel():
                    cancelled = True
                    break
                collect(batch, unc_of, *_work((doc_id, text)))
                texts_of[doc_id] = text
                done += 1
                if progress:
                    progress(done, total)
            if cancelled:
                break
            write(batch, unc_of, texts_of)
    else:
        from civannot.processes import worker_pool

        assert context is not None
        if context.get_start_method() == "fork" and not (beside is not None and beside.warmed):
            _warm_up(lexicon)
        try:
            pool = worker_pool(
                context, workers, _init_pool_worker, (lexicon.to_json(), off, refiner)
            )
        finally:
            gc.unfreeze()  # the workers have their copy; here it may be collected again
        with pool:

            def submit(n: int) -> tuple[dict[int, str], Any]:
                items = texts(chunks[n])
                tasks = _tasks(items, total - n * CHUNK, workers)
                return dict(items), pool.imap_unordered(_work_all, tasks)

            # The next chunk is queued before this one's results are written, so the workers
            # go on with it while this process writes.
            pending = submit(0) if chunks and not (cancel and cancel()) else None
            cancelled = pending is None and bool(chunks)
            for n in range(len(chunks)):
                if pending is None:
                    break
                text_of, results = pending
                last = n + 1 == len(chunks)
                pending = None if last else submit(n + 1)
                batch = []
                unc_of = {}
                for task in results:
                    for doc_id, spans, rels, unc in task:
                        collect(batch, unc_of, doc_id, spans, rels, unc)
                        done += 1
                        if progress:
                            progress(done, total)
                        if cancel and cancel():
                            cancelled = True
                            break
                    if cancelled:
                        break
                    if done < total and len(batch) >= max(TAIL_PIECE, total - done):
                        # Near the run's end (fewer documents to come than gathered), what has
                        # come is written at once, the workers busy with the rest meanwhile:
                        # only the last piece is left to write once they finish (a whole
                        # chunk was, ~65 ms on the bench, both workers idle). Each piece is a
                        # batch of its own (a transaction; a cancel keeps it).
                        write(batch, unc_of, text_of)
                        batch = []
                        unc_of = {}
                if cancelled:
                    pool.terminate()
                    break
                if last:
                    # the workers, done, exit while this process writes the last piece:
                    # leaving `with pool` (terminate) then finds them gone instead of waiting
                    # for them (~15 ms on the bench)
                    pool.close()
                if batch:  # (none left when the chunk's last task completed a piece)
                    write(batch, unc_of, text_of)
    summary = {
        "documents": counts["documents"],
        "spans": counts["spans"],
        "relations": counts["relations"],
        "labels": dict(sorted(labels.items())),
        "lexicon": len(lexicon),
        "cancelled": cancelled,
        "model": refiner.provenance if refiner is not None else None,
        "rules_disabled": sorted(disabled),
    }
    if refiner is not None and not cancelled:
        summary["uncertainty"] = uncertainty
    # (what this process worked out from the patterns, kept now rather than at exit: a window
    # that pre-annotated may be closed by a signal; nothing is written when nothing is new)
    pattern_cache.save()
    return summary
