"""The adjudication screen's state, without Qt: which disagreement is current, how to step
through them, where to go after a decision and after its undo, and how a reading is written so
that a one-character boundary difference shows.

The widget (civannot/ui/adjudication.py) renders this state and wires keys to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

KEEP = 28  # characters kept at each end of a long reading (its boundaries must show)


def boundary_text(text: str, start: int, end: int, keep: int = KEEP) -> str:
    """The span's text, whole when short; a long one keeps both ends, where readings differ
    (a middle cut never hides a boundary)."""
    piece = text[start:end]
    if len(piece) <= 2 * keep + 1:
        return piece
    return f"{piece[:keep]}…{piece[-keep:]}"


def key_text(text: str, key: Any) -> str:
    """One version of a region as the lead reads it: label, text with its boundaries, offsets;
    a relation as type: head → tail."""
    if isinstance(key[1], tuple):
        rtype, head, tail = key
        return (
            f"{rtype}: {boundary_text(text, head[0], head[1], 10)} → "
            f"{boundary_text(text, tail[0], tail[1], 10)}"
        )
    s, e, label = key
    return f"{label} “{boundary_text(text, s, e)}” {s}–{e}"


@dataclass
class Cursor:
    """The current disagreement of the open document and the moves between them.

    `items` are the document's disagreements in order; `settled(item)` says whether gold (or a
    "nothing here" mark) decides one already; `signature(item)` names one stably.
    """

    items: Sequence[Any] = ()
    settled: Callable[[Any], bool] = lambda _r: False
    signature: Callable[[Any], str] = repr
    current: int | None = None

    def reset(self, items: Sequence[Any], *, at_end: bool = False) -> None:
        self.items = items
        self.current = (len(items) - 1 if at_end else 0) if items else None

    @property
    def item(self) -> Any | None:
        if self.current is None or not (0 <= self.current < len(self.items)):
            return None
        return self.items[self.current]

    def step(self, direction: int, undecided: bool = False) -> bool:
        """Move to the next (+1) or previous (-1) disagreement of this document (an undecided
        one only, if asked); False at the end (the caller goes on to another document)."""
        i = self.current if self.current is not None else (-1 if direction > 0 else len(self.items))
        i += direction
        while 0 <= i < len(self.items):
            if not undecided or not self.settled(self.items[i]):
                self.current = i
                return True
            i += direction
        return False

    def first_undecided(self) -> bool:
        for i, item in enumerate(self.items):
            if not self.settled(item):
                self.current = i
                return True
        return False

    def find(self, signature: str) -> bool:
        for i, item in enumerate(self.items):
            if self.signature(item) == signature:
                self.current = i
                return True
        return False


@dataclass
class DecisionTrail:
    """Where each decision was made (document, region signature) under which undo text, so
    that undo and redo return to the region they change. The session's history is shared with
    the main window: a step whose text is not the trail's next one is not a decision of ours,
    and leaves the trail alone."""

    done: list[tuple[int, str, str]] = field(default_factory=list)
    undone: list[tuple[int, str, str]] = field(default_factory=list)

    def decided(self, doc_id: int, signature: str, step_text: str) -> None:
        self.done.append((doc_id, signature, step_text))
        self.undone.clear()

    def undo(self, step_text: str) -> tuple[int, str] | None:
        """The step with this text is being undone: where it was decided, if it is ours."""
        if not self.done or self.done[-1][2] != step_text:
            return None
        entry = self.done.pop()
        self.undone.append(entry)
        return entry[0], entry[1]

    def redo(self, step_text: str) -> tuple[int, str] | None:
        if not self.undone or self.undone[-1][2] != step_text:
            return None
        entry = self.undone.pop()
        self.done.append(entry)
        return entry[0], entry[1]


# ---- the adjudication over a session (documents, regions, decisions, undo) ------------------


@dataclass
class DocEntry:
    """A document that two or more annotators completed: what adjudication can work on."""

    doc_id: int
    external_id: str
    title: str
    annotators: list[str]


@dataclass
class StepResult:
    """Where a move went: "here" (another region of the open document), "document" (another
    document was opened; `wrapped` when it went round the end of the list) or "none"."""

    kind: str
    doc_id: int | None = None
    wrapped: bool = False


@dataclass
class CopyResult:
    spans: int
    relations: int
    skipped: int  # agreed spans left out: gold has another span of their class there


@dataclass
class ChangeEffect:
    """What a change made elsewhere (or by the session) means for the screen."""

    reload_document: bool = False  # the open document's text changed: read it all again
    refresh: bool = False  # gold (or a "none" mark) of the open document changed: redraw
    counts_of: int | None = None  # this document's counts in the list are stale
    gold_changed: int | None = None  # announce: gold of this document changed


class AdjudicationError(Exception):
    """A decision or a move that cannot be done; the message is one line for the lead."""


class Adjudication:
    """The adjudication's domain state, without Qt: the documents to adjudicate, the open
    document's regions and the current one, stepping across documents, running a decision
    as one undo step of the session (its "none" mark included), the decision trail, and undo
    and redo that return to the region they change. The widget renders it and wires keys."""

    ORIGIN = "adjudicated"

    def __init__(self, session: Any, annotators: list[str] | None = None):
        from civannot.review import read_none_marks, region_signature

        self.session = session
        self.project = session.project
        self.directive = [lab.name for lab in self.project.schema.labels if lab.kind == "directive"]
        self.annotators = annotators or self.project.annotators()
        self.entries: list[DocEntry] = []
        self.doc: Any = None  # civannot.records.Document
        self.participants: list[str] = []
        self.layers: dict[str, tuple[list[Any], list[Any]]] = {}
        self.gold_spans: list[Any] = []
        self.gold_relations: list[Any] = []
        self.regions: list[Any] = []  # every region of the open document, text order
        self.disagreements: list[Any] = []
        self.cursor = Cursor(settled=self.settled, signature=region_signature)
        self.trail = DecisionTrail()
        # cache of the project meta NONE_MARKS_KEY, re-read whenever a command changes it
        self.none_marks = read_none_marks(self.project)
        # while a decision runs, the session's announcements are ours: no redraw per command
        self.in_decision = False

    # ---- documents ----------------------------------------------------------------------

    def load_documents(self) -> list[DocEntry]:
        """The documents at least two annotators completed."""
        completed = {n: self.project.completed(n) for n in self.annotators}
        self.entries = []
        for info in self.project.document_infos():
            names = [n for n in self.annotators if info.id in completed[n]]
            if len(names) >= 2:
                self.entries.append(DocEntry(info.id, info.external_id, info.title, names))
        return self.entries

    def entry(self, doc_id: int) -> DocEntry | None:
        return next((e for e in self.entries if e.doc_id == doc_id), None)

    def doc_layers(self, doc_id: int, names: list[str]) -> dict[str, tuple[list[Any], list[Any]]]:
        p = self.project
        return {n: (p.spans(doc_id, n), p.relations(doc_id, n)) for n in names}

    def open_disagreements(self, doc_id: int, names: list[str], undecided: bool) -> list[Any]:
        """A document's disagreements (only those gold and the marks leave open, if asked)."""
        from civannot.agreement.adjudication import regions, settled_by_gold
        from civannot.records import GOLD_LAYER
        from civannot.review import region_signature

        layers = self.doc_layers(doc_id, names)
        regs = [r for r in regions(layers, names, self.directive) if not r.agreed]
        if not undecided:
            return regs
        gs = self.project.spans(doc_id, GOLD_LAYER)
        gr = self.project.relations(doc_id, GOLD_LAYER)
        marks = self.none_marks.get(doc_id, set())
        return [
            r
            for r in regs
            if not settled_by_gold(r, gs, gr, self.directive) and region_signature(r) not in marks
        ]

    def counts(self, doc_id: int, names: list[str]) -> tuple[int, int]:
        """(disagreements, still open) of a document, for the list."""
        return (
            len(self.open_disagreements(doc_id, names, False)),
            len(self.open_disagreements(doc_id, names, True)),
        )

    def open(self, doc_id: int, *, at_end: bool = False) -> bool:
        """Open a document at its first (or last) disagreement; False if it is not one that
        two annotators completed."""
        entry = self.entry(doc_id)
        if entry is None:
            return False
        self.doc = self.project.document(doc_id)
        self.session.remember_text(doc_id, self.doc.text)
        self.participants = list(entry.annotators)
        self.layers = self.doc_layers(doc_id, self.participants)
        self.recompute()
        self.cursor.reset(self.disagreements, at_end=at_end)
        return True

    def reload(self) -> None:
        """Read the open document again (a repair choice rewrote its text), keeping the place
        in its list of disagreements as far as it still exists."""
        if self.doc is None:
            return
        doc_id, current = self.doc.id, self.cursor.current
        self.doc = self.project.document(doc_id)
        self.session.remember_text(doc_id, self.doc.text)
        self.layers = self.doc_layers(doc_id, self.participants)
        self.recompute()
        if not self.disagreements:
            self.cursor.current = None
        elif current is not None:
            self.cursor.current = min(current, len(self.disagreements) - 1)

    def refresh_gold(self) -> None:
        from civannot.records import GOLD_LAYER

        if self.doc is None:
            return
        self.gold_spans = self.project.spans(self.doc.id, GOLD_LAYER)
        self.gold_relations = self.project.relations(self.doc.id, GOLD_LAYER)

    def recompute(self) -> None:
        from civannot.agreement.adjudication import regions

        if self.doc is None:
            return
        self.refresh_gold()
        self.regions = regions(self.layers, self.participants, self.directive)
        # spans first, relations after: a relation needs its endpoint spans decided
        self.disagreements = sorted(
            (r for r in self.regions if not r.agreed), key=lambda r: r.kind != "span"
        )
        self.cursor.items = self.disagreements

    # ---- the current region -------------------------------------------------------------

    @property
    def region(self) -> Any | None:
        return self.cursor.item

    def settled(self, region: Any) -> bool:
        from civannot.agreement.adjudication import settled_by_gold
        from civannot.review import region_signature

        if settled_by_gold(region, self.gold_spans, self.gold_relations, self.directive):
            return True
        return self.doc is not None and region_signature(region) in self.none_marks.get(
            self.doc.id, set()
        )

    def open_count(self) -> int:
        return sum(1 for r in self.disagreements if not self.settled(r))

    def agreed_missing(self) -> int:
        """Agreed regions that gold does not hold yet."""
        return sum(1 for r in self.regions if r.agreed and r.versions and not self.settled(r))

    def gold_here(self, region: Any) -> list[Any]:
        """The gold spans of the region's overlap class over it (what decides it so far)."""
        from civannot.overlap import overlap_class

        is_directive = set(self.directive).__contains__
        cls = overlap_class(region.versions[0].key[2], is_directive)
        return [
            g
            for g in self.gold_spans
            if overlap_class(g.label, is_directive) == cls
            and g.start < region.end
            and region.start < g.end
        ]

    # ---- moving ---------------------------------------------------------------------------

    def step(self, direction: int, undecided: bool, order: Sequence[int]) -> StepResult:
        """The next (+1) or previous (-1) disagreement (an undecided one only, if asked): in
        the open document, else in the next document of `order` (the list as shown) that has
        one, going round the end of the list once."""
        if self.doc is not None and self.cursor.step(direction, undecided):
            return StepResult("here", self.doc.id)
        ids = list(order)
        if not ids:
            return StepResult("none")
        pos = ids.index(self.doc.id) if self.doc is not None and self.doc.id in ids else -1
        for k in range(1, len(ids)):
            j = pos + direction * k
            wrapped = not (0 <= j < len(ids))
            doc_id = ids[j % len(ids)]
            entry = self.entry(doc_id)
            if entry is None or not self.open_disagreements(doc_id, entry.annotators, undecided):
                continue
            self.open(doc_id, at_end=direction < 0)
            if undecided and self.region is not None and self.settled(self.region):
                self.cursor.first_undecided()
            return StepResult("document", doc_id, wrapped)
        return StepResult("none")

    def advance(self, order: Sequence[int]) -> StepResult:
        """After a decision: the next undecided disagreement, here or further down the list."""
        return self.step(+1, True, order)

    # ---- deciding -------------------------------------------------------------------------

    def reading_of(self, number: int) -> tuple[str, list[Any]]:
        """Annotator `number`'s (1-based, as shown) name and reading of the current region."""
        region = self.region
        if region is None:
            raise AdjudicationError("no disagreement selected")
        if not (1 <= number <= len(region.participants)):
            raise AdjudicationError(f"there are {len(region.participants)} annotators here")
        name = region.participants[number - 1]
        return name, list(region.readings[name])

    def decide(self, chosen: list[Any], description: str) -> bool:
        """Make gold hold exactly the chosen versions of the current region, as one undo step
        named `description` ("nothing here" is remembered as a mark on the region). False when
        gold holds that already; raises DecisionError or AdjudicationError when refused."""
        from civannot.review import decision_plan, region_signature

        region = self.region
        if region is None or self.doc is None:
            raise AdjudicationError("no disagreement selected")
        plan = decision_plan(region, chosen, self.gold_spans, self.gold_relations, self.directive)
        # "nothing here" leaves no trace in gold, so it is remembered as a mark on the region
        mark = (self.doc.id, region_signature(region)) if not chosen else None
        if mark is not None and mark[1] in self.none_marks.get(mark[0], set()):
            mark = None  # already marked
        if plan.empty and mark is None:
            return False
        self.apply(plan, description, mark=mark)
        # undo and redo come back to this region
        self.trail.decided(self.doc.id, region_signature(region), self.session.undo_text)
        return True

    def apply(self, plan: Any, description: str, mark: tuple[int, str] | None = None) -> None:
        """Run a plan as session commands grouped into one undo step; a failure undoes what it
        did and raises AdjudicationError with the reason."""
        from civannot.records import GOLD_LAYER
        from civannot.review import NONE_MARKS_KEY, none_marks_json, read_none_marks
        from civannot.session import SessionError

        assert self.doc is not None
        s = self.session
        doc_id = self.doc.id
        ran = 0
        failed: Exception | None = None
        self.in_decision = True
        try:
            with s.group(description):
                try:
                    for rid in plan.remove_relations:
                        s.remove_relation(rid)
                        ran += 1
                    if plan.remove:
                        s.remove_spans(plan.remove)
                        ran += 1
                    for start, end, label in plan.add:
                        s.add_span(doc_id, start, end, label, layer=GOLD_LAYER, origin=self.ORIGIN)
                        ran += 1
                    for rtype, head, tail in plan.add_relations:
                        gold = {
                            (g.start, g.end, g.label): g.id
                            for g in self.project.spans(doc_id, GOLD_LAYER)
                        }
                        s.add_relation(rtype, gold[head], gold[tail])
                        ran += 1
                    if mark is not None:
                        # a mark in project meta, read afresh so that marks written meanwhile
                        # elsewhere are kept
                        marks = read_none_marks(self.project)
                        marks.setdefault(mark[0], set()).add(mark[1])
                        s.set_meta(
                            NONE_MARKS_KEY, none_marks_json(marks), description, doc_id=mark[0]
                        )
                        ran += 1
                except (SessionError, KeyError) as e:
                    failed = e
            if failed is not None and ran:
                s.undo()  # the partial decision is one step: gone as a whole
        finally:
            self.in_decision = False
            self.none_marks = read_none_marks(self.project)
            self.refresh_gold()
        if failed is not None:
            raise AdjudicationError(str(failed).strip("'\""))

    def copy_agreed(self, description: str) -> CopyResult:
        """Copy into gold what every annotator of the open document agrees on, as one undo
        step: the same pre-merge as `civannot adjudicate` (civannot.app.adjudication), with its
        one overlap rule; a span where gold holds another of its class is left out."""
        from civannot.app.adjudication import premerge_gold
        from civannot.review import Plan

        if self.doc is None:
            return CopyResult(0, 0, 0)
        result = premerge_gold(
            self.project, self.participants, "unanimous", dry_run=True, documents=[self.doc.id]
        )
        spans, relations = result.added.get(self.doc.id, ([], []))
        if spans or relations:
            self.apply(Plan([], list(spans), add_relations=list(relations)), description)
        return CopyResult(len(spans), len(relations), result.skipped)

    # ---- undo and redo --------------------------------------------------------------------

    def history(self, undo: bool) -> bool:
        """Undo (or redo) the last step of the session's shared history (a decision is one
        step, its "none" mark included). A step made on another document opens that document
        first; a decision made here returns to its region. True when another document was
        opened. Raises AdjudicationError when there is nothing to do or the step is refused."""
        from civannot.session import SessionError

        s = self.session
        if not (s.can_undo if undo else s.can_redo):
            raise AdjudicationError("nothing to undo" if undo else "nothing to redo")
        target = s.undo_doc if undo else s.redo_doc
        step_text = s.undo_text if undo else s.redo_text
        opened = False
        if (
            target is not None
            and (self.doc is None or target != self.doc.id)
            and self.entry(target) is not None
        ):
            opened = self.open(target)  # show what changes
        try:
            (s.undo if undo else s.redo)()
        except SessionError as e:
            raise AdjudicationError(str(e)) from None
        self.refresh_gold()
        # other steps of the shared history (a span tagged in the main window) leave the
        # trail alone
        where = self.trail.undo(step_text) if undo else self.trail.redo(step_text)
        if where is not None and self.doc is not None and where[0] == self.doc.id:
            self.recompute()
            self.cursor.find(where[1])
        return opened

    # ---- keeping in step --------------------------------------------------------------------

    def on_change(self, change: Any) -> ChangeEffect:
        from civannot.records import GOLD_LAYER
        from civannot.review import NONE_MARKS_KEY, read_none_marks

        effect = ChangeEffect()
        marks = change.meta_key == NONE_MARKS_KEY
        if marks:
            self.none_marks = read_none_marks(self.project)
        here = self.doc is not None and change.doc_id == self.doc.id
        if change.text_changed and here:
            # a repair choice rewrote the clean text and moved spans of every layer
            self.reload()
            effect.refresh = True
            effect.reload_document = True
        elif (change.layer == GOLD_LAYER or marks) and not self.in_decision and here:
            # e.g. Ctrl+Z in the main window: show gold as it is now
            self.refresh_gold()
            effect.refresh = True
        if change.layer == GOLD_LAYER or marks or change.text_changed:
            effect.counts_of = change.doc_id
        if change.layer == GOLD_LAYER or change.text_changed:
            effect.gold_changed = change.doc_id
        return effect
