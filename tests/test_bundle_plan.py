"""The bundle merge plan on plain values: no file, no database (civannot.bundle.plan).

One document "d1" (lead id 10) holds TEXT. At export the annotator's layer held PERSON 王明远
(id 1) and TITLE 书记 (id 2) linked by HOLDS_TITLE (id 7); the bundle was made at T0. Each
test changes one side or both and asserts the exact operations, report and conflict rows.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from civannot.bundle.flagplan import FlagDoc, FlagStep, doc_map, flag_baseline, plan_flags
from civannot.bundle.plan import (
    BundleRows,
    FlagOutcome,
    LeadRows,
    MSpan,
    Notes,
    Refused,
    SpanEvent,
    plan_merge,
    record_differs,
)
from civannot.bundle.texts import DocMap, doc_state
from civannot.records import Flag
from civannot.schema import LabelSpec, RelationSpec, Schema
from civannot.store.ops import (
    AddRelation,
    AddSpan,
    ChangeSpan,
    RelationRow,
    RemoveRelation,
    RemoveSpan,
    SetComment,
    SetMeta,
    SetStatus,
    SpanRow,
)

#       0123456789012345678901234
TEXT = "今天王明远书记在会议上讲话，市委办公室负责落实。"
DOC, EXT, ANN = 10, "d1", "alice"
T0 = dt.datetime(2026, 12, 1, 9, 0)
CREATED = T0.isoformat(timespec="seconds")
NOW = dt.datetime(2026, 12, 2, 9, 0)
SCHEMA = Schema(
    "test",
    "1",
    (
        LabelSpec("PERSON", "entity", "#f00"),
        LabelSpec("TITLE", "entity", "#0f0"),
        LabelSpec("ORG", "entity", "#00f"),
        LabelSpec("DIRECTIVE", "directive", "#ff0"),
    ),
    (RelationSpec("HOLDS_TITLE", ("PERSON",), ("TITLE",)),),
)


def t(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def ms(
    sid: int, s: int, e: int, label: str, *, at: int = -60, doc: int = DOC, uid: str = ""
) -> MSpan:
    """A span as read from either side (a bundle span has doc 0); `at` minutes after T0."""
    return MSpan(sid, doc, s, e, label, TEXT[s:e], "manual", ANN, None, t(at), uid or f"u{sid}")


def row(sid: int, s: int, e: int, label: str, **kw) -> SpanRow:
    return ms(sid, s, e, label, **kw).row(ANN)


REL = RelationRow(7, "r7", DOC, ANN, "HOLDS_TITLE", 1, 2, ANN)


def baseline(spans=None, relations=None, status=None, mark=0) -> dict:
    return {
        "mark": mark,
        "spans": spans
        if spans is not None
        else {"1": [1, EXT, 2, 5, "PERSON"], "2": [2, EXT, 5, 7, "TITLE"]},
        "relations": relations if relations is not None else [[EXT, "HOLDS_TITLE", 1, 2]],
        "status": status if status is not None else {EXT: "todo"},
        "docs": {},
    }


def bundle(spans=None, relations=None, statuses=None, **kw) -> BundleRows:
    if spans is None:
        spans = [ms(1, 2, 5, "PERSON", doc=0), ms(2, 5, 7, "TITLE", doc=0)]
    return BundleRows(
        file="alice.civ",
        bundle_id="b1",
        annotator=kw.pop("annotator", ANN),
        created=CREATED,
        generation=kw.pop("generation", 5),
        export_state=kw.pop("export_state", baseline()),
        documents=1,
        spans={s.id: (EXT, s) for s in spans},
        relations=relations if relations is not None else [(EXT, "HOLDS_TITLE", 1, 2)],
        statuses=statuses if statuses is not None else {EXT: ("todo", T0)},
        **kw,
    )


def lead(spans=None, relations=None, statuses=None, **kw) -> LeadRows:
    if spans is None:
        spans = [ms(1, 2, 5, "PERSON"), ms(2, 5, 7, "TITLE")]
    return LeadRows(
        schema=SCHEMA,
        docs={EXT: DOC},
        spans={s.id: s for s in spans},
        relations={r.id: r for r in (relations if relations is not None else [REL])},
        statuses=statuses if statuses is not None else {DOC: ("todo", T0)},
        **kw,
    )


class Ids:
    """The store's counter, as a test sees it: span ids from 100, relations from 200..."""

    def __init__(self) -> None:
        self.next = {"span": 100, "relation": 200, "comment": 300}

    def __call__(self, table: str, n: int) -> list[int]:
        first = self.next[table]
        self.next[table] += n
        return list(range(first, first + n))


def plan(b: BundleRows, ld: LeadRows, flags: FlagOutcome | None = None, **kw):
    uids = iter(f"new{i}" for i in range(1, 100))
    return plan_merge(b, ld, flags, now=NOW, alloc=Ids(), make_uid=lambda: next(uids), **kw)


def data_ops(p):
    """The operations of a plan but the record of the bundle it keeps (checked on its own)."""
    assert isinstance(p.ops[-1], SetMeta) and p.ops[-1].key == "bundle:b1"
    return p.ops[:-1]


def conflict_rows(p) -> list[tuple]:
    return [
        (h["span_id"], json.loads(h["before"]) if h["before"] else None,
         json.loads(h["after"]) if h["after"] else None)
        for h in p.history
    ]  # fmt: skip


# ---- nothing changed, and the record that makes a merge idempotent --------------------------


def test_nothing_changed_writes_only_the_record_and_then_nothing():
    p = plan(bundle(), lead())
    assert not p.refusal and p.history == []
    assert data_ops(p) == []
    assert not p.report.changed_anything
    rec = p.record
    assert rec["mark"] == 5 and rec["spans"] == baseline()["spans"]
    assert (
        rec["relations"] == [[EXT, "HOLDS_TITLE", 1, 2]]
        and rec["imported"] == "2026-12-02T09:00:00.000000"
    )
    # the same bundle again, with the record the first merge kept: no operation at all
    again = plan(bundle(), lead(record=json.loads(json.dumps(rec)), record_text="{}"))
    assert again.ops == [] and again.record is None and not again.report.changed_anything


def test_record_differs_ignores_when_it_was_imported():
    old = {**baseline(), "imported": "yesterday"}
    assert not record_differs(old, baseline())
    assert record_differs(old, baseline(mark=9))
    assert record_differs(None, baseline())


# ---- spans changed on one side --------------------------------------------------------------


def test_span_added_in_the_bundle_is_added_with_a_counter_id_and_its_own_uid():
    new = ms(50, 14, 19, "ORG", doc=0, at=5, uid="b-org")
    p = plan(bundle([ms(1, 2, 5, "PERSON", doc=0), ms(2, 5, 7, "TITLE", doc=0), new]), lead())
    assert data_ops(p) == [AddSpan(row(100, 14, 19, "ORG", uid="b-org", at=5))]
    assert (p.report.spans_added, p.report.spans_removed, p.report.spans_changed) == (1, 0, 0)
    # the record links the bundle's span 50 to the lead's new span 100
    assert p.record["spans"]["50"] == [100, EXT, 14, 19, "ORG"]


@pytest.mark.parametrize("end", ["head", "tail"])
def test_span_removed_in_the_bundle_takes_its_relation_with_it(end):
    person, title = ms(1, 2, 5, "PERSON", doc=0), ms(2, 5, 7, "TITLE", doc=0)
    p = plan(bundle([title] if end == "head" else [person], relations=[]), lead())
    gone = row(1, 2, 5, "PERSON") if end == "head" else row(2, 5, 7, "TITLE")
    assert data_ops(p) == [RemoveRelation(REL), RemoveSpan(gone)]
    assert (p.report.spans_removed, p.report.relations_removed) == (1, 1)
    assert str(gone.id) not in p.record["spans"] and p.record["relations"] == []


def test_span_relabelled_in_the_bundle_changes_it_and_drops_a_relation_it_no_longer_fits():
    moved = ms(1, 2, 5, "ORG", doc=0, at=5)
    p = plan(bundle([moved, ms(2, 5, 7, "TITLE", doc=0)]), lead())
    old = row(1, 2, 5, "PERSON")
    assert data_ops(p) == [RemoveRelation(REL), ChangeSpan(old, old.with_(label="ORG"))]
    assert (p.report.spans_changed, p.report.relations_removed) == (1, 1)


def test_span_resized_in_the_bundle_keeps_its_id_and_relation():
    p = plan(bundle([ms(1, 3, 5, "PERSON", doc=0, at=5), ms(2, 5, 7, "TITLE", doc=0)]), lead())
    old = row(1, 2, 5, "PERSON")
    assert data_ops(p) == [ChangeSpan(old, old.with_(start=3, text=TEXT[3:5]))]
    assert p.record["spans"]["1"] == [1, EXT, 3, 5, "PERSON"]


def test_what_only_the_lead_changed_stays_as_it_is():
    # the lead moved span 1, removed span 2 (and its relation), added an ORG
    ld = lead([ms(1, 3, 5, "PERSON", at=10), ms(9, 14, 19, "ORG", at=10)], relations=[])
    p = plan(bundle(), ld)
    assert data_ops(p) == [] and p.history == []
    assert not p.report.changed_anything


def test_a_new_bundle_span_the_lead_already_has_is_linked_not_added():
    ld = lead([ms(1, 2, 5, "PERSON"), ms(2, 5, 7, "TITLE"), ms(9, 14, 19, "ORG")])
    spans = [
        ms(1, 2, 5, "PERSON", doc=0),
        ms(2, 5, 7, "TITLE", doc=0),
        ms(50, 14, 19, "ORG", doc=0),
    ]
    p = plan(bundle(spans), ld)
    assert data_ops(p) == []
    assert p.record["spans"]["50"] == [9, EXT, 14, 19, "ORG"]


# ---- both sides changed: the newer edit wins, the other is kept in the history ---------------


def test_changed_on_both_sides_the_newer_bundle_edit_wins():
    ld = lead([ms(1, 2, 5, "ORG", at=10), ms(2, 5, 7, "TITLE")], relations=[])
    b = bundle([ms(1, 2, 4, "PERSON", doc=0, at=20), ms(2, 5, 7, "TITLE", doc=0)])
    p = plan(b, ld)
    old = row(1, 2, 5, "ORG", at=10)
    assert data_ops(p) == [ChangeSpan(old, old.with_(end=4, label="PERSON", text=TEXT[2:4]))]
    assert p.report.conflicts == [
        "d1: “王明远” ORG in the project, “王明” PERSON later in the bundle: the bundle's kept"
    ]
    ((sid, loser, winner),) = conflict_rows(p)
    assert sid == 1 and loser["label"] == "ORG" and winner["label"] == "PERSON"
    assert p.history[0]["source"] == f"bundle:alice.civ@{CREATED}"


def test_changed_on_both_sides_the_newer_project_edit_wins():
    ld = lead([ms(1, 2, 5, "ORG", at=30), ms(2, 5, 7, "TITLE")], relations=[])
    b = bundle([ms(1, 2, 4, "PERSON", doc=0, at=20), ms(2, 5, 7, "TITLE", doc=0)])
    p = plan(b, ld)
    assert data_ops(p) == []
    assert p.report.conflicts == [
        "d1: “王明” PERSON in the bundle, “王明远” ORG later in the project: the project's kept"
    ]
    ((sid, loser, winner),) = conflict_rows(p)
    assert (loser["label"], loser["end"], winner["label"]) == ("PERSON", 4, "ORG")
    # the record follows the bundle, so the next copy does not bring the same edit again
    assert p.record["spans"]["1"] == [1, EXT, 2, 4, "PERSON"]


@pytest.mark.parametrize("removed_at, kept", [(40, False), (20, True)])
def test_removed_in_the_bundle_changed_in_the_project(removed_at, kept):
    ld = lead([ms(1, 2, 5, "ORG", at=30), ms(2, 5, 7, "TITLE")], relations=[])
    b = bundle(
        [ms(2, 5, 7, "TITLE", doc=0)],
        relations=[],
        events=[SpanEvent(3, 1, "remove", t(removed_at))],
    )
    p = plan(b, ld)
    if kept:
        assert data_ops(p) == []
        assert p.report.conflicts == [
            "d1: ORG “王明远” removed in the bundle, changed later in the project: kept"
        ]
        ((_, loser, winner),) = conflict_rows(p)
        assert loser == {
            "removed": t(20).isoformat(timespec="microseconds"),
            "start": 2,
            "end": 5,
            "label": "PERSON",
        }
    else:
        assert data_ops(p) == [RemoveSpan(row(1, 2, 5, "ORG", at=30))]
        assert p.report.conflicts == [
            "d1: ORG “王明远” changed in the project, removed later in the bundle: removed"
        ]


def test_a_removal_before_the_baseline_mark_is_not_this_merge_s():
    # the history row of the removal is older than the record's mark: the bundle's creation
    # time counts, which is older than the project's edit, so the project's span is kept
    rec = {**baseline(mark=4), "imported": "x"}
    ld = lead(
        [ms(1, 2, 5, "ORG", at=30), ms(2, 5, 7, "TITLE")],
        relations=[],
        record=rec,
        record_text="{}",
    )
    b = bundle(
        [ms(2, 5, 7, "TITLE", doc=0)], relations=[], events=[SpanEvent(3, 1, "remove", t(40))]
    )
    p = plan(b, ld)
    assert data_ops(p) == [] and "kept" in p.report.conflicts[0]


@pytest.mark.parametrize("lead_removed, added", [(10, True), (30, False)])
def test_changed_in_the_bundle_removed_in_the_project(lead_removed, added):
    ld = lead([ms(2, 5, 7, "TITLE")], relations=[], removed_at={1: t(lead_removed)})
    b = bundle([ms(1, 2, 4, "PERSON", doc=0, at=20), ms(2, 5, 7, "TITLE", doc=0)], relations=[])
    p = plan(b, ld)
    if added:
        assert data_ops(p) == [AddSpan(row(100, 2, 4, "PERSON", at=20, uid="u1"))]
        assert p.record["spans"]["1"] == [100, EXT, 2, 4, "PERSON"]
    else:
        assert data_ops(p) == []
        assert p.report.conflicts == [
            "d1: PERSON “王明” changed in the bundle, removed later in the project: stays removed"
        ]
        assert p.record["spans"]["1"] == [1, EXT, 2, 4, "PERSON"]


# ---- overlaps: the newer of two same-kind spans stays ---------------------------------------


def test_a_bundle_span_overlapping_a_newer_project_span_is_not_added():
    ld = lead([ms(1, 2, 5, "PERSON"), ms(2, 5, 7, "TITLE"), ms(9, 14, 16, "ORG", at=30)])
    spans = [ms(1, 2, 5, "PERSON", doc=0), ms(2, 5, 7, "TITLE", doc=0),
             ms(50, 14, 19, "ORG", doc=0, at=20)]  # fmt: skip
    p = plan(bundle(spans), ld)
    assert data_ops(p) == []
    assert p.report.conflicts == [
        "d1: ORG “市委办公室” from the bundle overlaps a newer span: not added"
    ]
    assert p.report.spans_added == 0


def test_a_newer_bundle_span_replaces_an_older_overlapping_one_but_not_a_directive():
    ld = lead([ms(1, 2, 5, "PERSON"), ms(2, 5, 7, "TITLE"), ms(9, 14, 16, "ORG", at=10),
               ms(8, 14, 23, "DIRECTIVE", at=50)])  # fmt: skip
    spans = [ms(1, 2, 5, "PERSON", doc=0), ms(2, 5, 7, "TITLE", doc=0),
             ms(50, 14, 19, "ORG", doc=0, at=20)]  # fmt: skip
    p = plan(bundle(spans), ld)
    assert data_ops(p) == [
        RemoveSpan(row(9, 14, 16, "ORG", at=10)),
        AddSpan(row(100, 14, 19, "ORG", at=20, uid="u50")),
    ]
    assert p.report.conflicts == [
        "d1: ORG “市委” overlaps a newer ORG “市委办公室” from the bundle: replaced"
    ]


# ---- relations ------------------------------------------------------------------------------


def test_relation_added_in_the_bundle_to_a_new_span_gets_both_lead_ids():
    spans = [
        ms(1, 2, 5, "PERSON", doc=0),
        ms(2, 5, 7, "TITLE", doc=0),
        ms(51, 16, 18, "TITLE", doc=0),
    ]
    rels = [(EXT, "HOLDS_TITLE", 1, 2), (EXT, "HOLDS_TITLE", 1, 51)]
    b = bundle(spans, rels, relation_origin={("HOLDS_TITLE", 1, 51): (0.8, "rel-rule-3")})
    p = plan(b, lead())
    assert data_ops(p) == [
        AddSpan(row(100, 16, 18, "TITLE", uid="u51")),
        AddRelation(
            RelationRow(200, "new1", DOC, ANN, "HOLDS_TITLE", 1, 100, ANN, 0.8, "rel-rule-3")
        ),
    ]
    assert p.report.relations_added == 1


def test_relation_removed_in_the_bundle_is_removed():
    p = plan(bundle(relations=[]), lead())
    assert data_ops(p) == [RemoveRelation(REL)] and p.report.relations_removed == 1


def test_relation_whose_span_did_not_come_across_is_a_conflict_not_an_operation():
    # the bundle links PERSON 1 to TITLE 2, which the project has made an ORG since (the
    # bundle left span 2 as it was, so the project's edit stands), and to a new TITLE 51 that
    # loses to a newer ORG of the project at the same place
    ld = lead([ms(1, 2, 5, "PERSON"), ms(2, 5, 7, "ORG", at=30)], relations=[])
    spans = [ms(1, 2, 5, "PERSON", doc=0), ms(2, 5, 7, "TITLE", doc=0),
             ms(50, 14, 19, "ORG", doc=0, at=20), ms(51, 19, 21, "TITLE", doc=0, at=20)]  # fmt: skip
    ld.spans[9] = ms(9, 19, 21, "ORG", at=40)  # newer: the bundle's TITLE 51 is not added
    rels = [(EXT, "HOLDS_TITLE", 1, 2), (EXT, "HOLDS_TITLE", 1, 51)]
    p = plan(bundle(spans, rels, export_state=baseline(relations=[])), ld)
    assert data_ops(p) == [AddSpan(row(100, 14, 19, "ORG", at=20, uid="u50"))]
    assert p.report.conflicts == [
        "d1: TITLE “负责” from the bundle overlaps a newer span: not added",
        "d1: relation HOLDS_TITLE no longer fits its spans' labels, not added",
        "d1: relation HOLDS_TITLE: one of its spans did not come across, not added",
    ]


# ---- statuses -------------------------------------------------------------------------------


def test_status_set_in_the_bundle_comes_across():
    p = plan(bundle(statuses={EXT: ("done", t(20))}), lead(statuses={}))
    assert data_ops(p) == [SetStatus(DOC, ANN, None, "done")]
    assert (p.report.statuses_changed, p.report.documents_done) == (1, 1)


def test_status_set_later_in_the_project_is_kept():
    b = bundle(statuses={EXT: ("done", t(20))})
    p = plan(b, lead(statuses={DOC: ("in_progress", t(30))}))
    assert data_ops(p) == []
    assert p.report.conflicts == [
        "d1: status done in the bundle, in_progress later in the project: the project's kept"
    ]
    # the project's status is the baseline's, whenever it was set: the bundle's comes across
    p = plan(b, lead(statuses={DOC: ("todo", t(30))}))
    assert data_ops(p) == [SetStatus(DOC, ANN, "todo", "done")] and not p.report.conflicts
    # set before the bundle's: the bundle's comes across, over the project's own
    p = plan(b, lead(statuses={DOC: ("in_progress", t(10))}))
    assert data_ops(p) == [SetStatus(DOC, ANN, "in_progress", "done")] and not p.report.conflicts


def test_unknown_status_refuses_the_whole_bundle():
    new = ms(50, 14, 19, "ORG", doc=0)
    spans = [ms(1, 2, 5, "PERSON", doc=0), ms(2, 5, 7, "TITLE", doc=0), new]
    p = plan(bundle(spans, statuses={EXT: ("pwned", t(20))}), lead())
    assert p.ops == [] and p.history == []
    assert p.refusal == (
        "alice.civ: document d1 has status 'pwned', not one of todo, in_progress, done; "
        "nothing was imported"
    )


# ---- refusals and older copies --------------------------------------------------------------


def test_an_older_copy_than_the_one_merged_changes_nothing():
    rec = {**baseline(mark=9), "imported": "2026-12-01T12:00:00.000000"}
    b = bundle(relations=[], generation=5)  # it would remove a relation
    p = plan(b, lead(record=rec, record_text="{}"))
    assert p.ops == [] and not p.refusal
    assert p.report.older == "older than the copy merged on 2026-12-01T12:00:00; nothing changed"


@pytest.mark.parametrize("layer", ["gold", "auto"])
def test_reserved_layers_are_refused_unless_asked_for(layer):
    b = bundle(relations=[], annotator=layer)
    p = plan(b, lead())
    assert p.ops == [] and p.refusal.startswith(f"alice.civ names its annotator '{layer}'")
    allowed = plan(b, lead(), allow_reserved=True)
    assert not allowed.refusal and [type(op) for op in allowed.ops] == [RemoveRelation, SetMeta]


def test_a_baseline_naming_a_document_the_bundle_does_not_hold_is_refused():
    state = baseline(spans={"1": [1, "elsewhere", 2, 5, "PERSON"]})
    p = plan(bundle(export_state=state), lead())
    assert p.ops == []
    assert p.refusal == (
        "alice.civ is damaged (its baseline names document 'elsewhere', which the bundle does "
        "not hold)"
    )


# ---- comments -------------------------------------------------------------------------------


def _comment(uid: str, text: str, updated: str) -> dict:
    return {"uid": uid, "ext": EXT, "document": 1, "id": 3, "layer": ANN, "span_uid": "u1",
            "author": ANN, "text": text, "created": "2026-12-01 09:00:00", "updated": updated}  # fmt: skip


def test_comments_new_come_across_and_a_newer_edit_replaces_the_project_s():
    b = bundle(comments=[_comment("c1", "new note", "2026-12-01 10:00:00"),
                         _comment("c2", "edited", "2026-12-01 11:00:00")])  # fmt: skip
    old = {**_comment("c2", "first", "2026-12-01 10:30:00"), "id": 40, "document": DOC}
    p = plan(b, lead(comments={"c2": old}))
    ops = data_ops(p)
    assert [type(op) for op in ops] == [SetComment, SetComment]
    assert ops[0].before is None and ops[0].after["id"] == 300 and ops[0].after["doc"] == DOC
    assert ops[1].before["text"] == "first" and ops[1].after["text"] == "edited"
    assert ops[1].after["id"] == 40 and p.report.comments_merged == 2


# ---- flags: the three-way merge of decisions and the texts they rewrite ---------------------

# a repair flag over 王 (2-3): the normaliser read 王, 汪 is the other reading
FLAG = Flag("gbk_repair", 2, 3, "guess", 0.5, "王", ["汪"], "open")


def flag_doc(bundle_text=TEXT, bundle_flag=FLAG, lead_text=TEXT, lead_flag=FLAG, **kw) -> FlagDoc:
    return FlagDoc(EXT, DOC, doc_state(TEXT, [FLAG]), bundle_text, [bundle_flag], lead_text,
                   [lead_flag], **kw)  # fmt: skip


def repaired(text: str = TEXT) -> str:
    return text[:2] + "汪" + text[3:]


def test_a_repair_decided_only_in_the_bundle_is_replayed():
    fd = flag_doc(repaired(), replace(FLAG, status="chosen"), bundle_times={0: (t(20), "alice")})
    notes = Notes(ANN, "src", NOW)
    steps = plan_flags(fd, flag_baseline(fd, "alice.civ"), bundle(), notes)
    assert steps == [
        FlagStep(EXT, DOC, 0, replace(FLAG, status="chosen"), "汪",
                 {"at": t(20).isoformat(timespec="microseconds"), "by": "alice"}, False)
    ]  # fmt: skip
    assert notes.lines == [] and notes.history == []


def test_a_flag_decided_differently_later_in_the_project_keeps_the_project_s():
    fd = flag_doc(repaired(), replace(FLAG, status="chosen"), TEXT, replace(FLAG, status="accepted"),
                  bundle_times={0: (t(20), "alice")}, lead_times={0: (t(30), "lead")})  # fmt: skip
    notes = Notes(ANN, "src", NOW)
    assert plan_flags(fd, flag_baseline(fd, "alice.civ"), bundle(), notes) == []
    assert notes.lines == [
        "d1: flag 1 (gbk_repair): “汪” (chosen) in the bundle, “王” (accepted) later in the "
        "project: the project's kept"
    ]
    assert json.loads(notes.history[0]["before"])["flag"]["status"] == "chosen"


def test_a_newer_bundle_decision_wins_strictly():
    fd = flag_doc(repaired(), replace(FLAG, status="chosen"), TEXT, replace(FLAG, status="accepted"),
                  bundle_times={0: (t(40), "alice")}, lead_times={0: (t(30), "lead")})  # fmt: skip
    notes = Notes(ANN, "src", NOW)
    (step,) = plan_flags(fd, flag_baseline(fd, "alice.civ"), bundle(), notes)
    assert (step.reading, step.strict) == ("汪", True)
    assert notes.lines[0].endswith("later in the bundle: the bundle's kept")


def test_a_decision_that_keeps_the_text_changes_only_the_flag():
    fd = flag_doc(TEXT, replace(FLAG, status="accepted"))
    (step,) = plan_flags(fd, flag_baseline(fd, "alice.civ"), bundle(), Notes(ANN, "s", NOW))
    assert step.reading is None and step.flag.status == "accepted" and not step.strict


def test_flags_that_do_not_correspond_refuse():
    fd = flag_doc(TEXT, Flag("damage", 2, 3))
    with pytest.raises(Refused, match="its flags differ from the project's"):
        plan_flags(fd, flag_baseline(fd, "alice.civ"), bundle(), Notes(ANN, "s", NOW))


def test_legacy_bundle_decided_on_both_sides_refuses():
    fd = flag_doc(legacy=(True, True))
    with pytest.raises(
        Refused, match="both sides decided flags of a bundle from an older civannot"
    ):
        flag_baseline(fd, "alice.civ")
    # the side that decided nothing still shows the baseline
    fd = flag_doc(repaired(), replace(FLAG, status="chosen"), legacy=(True, False))
    fd.base = None
    assert flag_baseline(fd, "alice.civ") == doc_state(TEXT, [FLAG])


def test_spans_follow_a_repair_that_changed_the_text_length():
    # the lead's text after the replay: 王 (1 char) read as 汪汪 (2), so offsets after it move by 1
    long_text = TEXT[:2] + "汪汪" + TEXT[3:]
    lead_flag = replace(FLAG, end=4, status="chosen", alternatives=["汪汪"])
    bundle_flag = replace(FLAG, end=4, status="chosen", alternatives=["汪汪"])
    fd = flag_doc(long_text, bundle_flag, TEXT, FLAG)
    base = flag_baseline(fd, "alice.civ")
    m = doc_map(fd, base, long_text, [lead_flag], "alice.civ")
    assert (m.em, m.eb, m.bm) == ([(2, 3, 2)], [(2, 3, 2)], [])

    # both sides hold the repaired text now (the replay moved the lead's spans): PERSON grew
    # over the longer reading, TITLE moved; the bundle's new ORG is in the bundle's offsets
    def moved(span: MSpan, s: int, e: int) -> MSpan:
        return replace(span, start=s, end=e, text=long_text[s:e])

    person, title = ms(1, 2, 5, "PERSON"), ms(2, 5, 7, "TITLE")
    org = MSpan(50, 0, 15, 20, "ORG", long_text[15:20], "manual", ANN, None, t(20), "u50")
    b = bundle([moved(person, 2, 6), moved(title, 6, 8), org])
    p = plan(
        b, lead([moved(person, 2, 6), moved(title, 6, 8)]), FlagOutcome(maps={EXT: m}, decided=1)
    )
    row50 = SpanRow(100, "u50", DOC, ANN, 15, 20, "ORG", "市委办公室", "manual", ANN)
    assert data_ops(p) == [AddSpan(row50)] and p.report.flags_decided == 1
    # the record keeps the bundle's own offsets, the baseline of its next copy
    assert p.record["spans"] == {
        "1": [1, EXT, 2, 6, "PERSON"],
        "2": [2, EXT, 6, 8, "TITLE"],
        "50": [100, EXT, 15, 20, "ORG"],
    }
    # a span the bundle made across the range the lead's own repair rewrote cannot be placed
    lead_only = DocMap(eb=[], em=[(2, 4, 1)], bm=[(2, 4, 1)], text=TEXT[:2] + "汪" + TEXT[4:])
    cut = bundle(
        [ms(1, 2, 5, "PERSON", doc=0), ms(2, 5, 7, "TITLE", doc=0), ms(60, 3, 5, "ORG", doc=0)]
    )
    p = plan(cut, lead(), FlagOutcome(maps={EXT: lead_only}))
    assert p.ops == [] and p.refusal == (
        "alice.civ: document d1: ORG “明远” of the bundle is cut by the project's repair "
        "decision; nothing was imported"
    )


# ---- ids the release before the store's counter handed out twice ----------------------------


def test_an_id_handed_out_again_for_another_span_is_a_removal_and_an_addition():
    # a bundle of the release before the counter: TITLE 2 removed, and the next session gave
    # its id (MAX(id)+1) to a new ORG; the merge must not read that as TITLE 2 moving
    events = [
        SpanEvent(3, 2, "remove", t(10), "session", (EXT, 5, 7, "TITLE")),
        SpanEvent(4, 2, "add", t(20), "session", (EXT, 14, 19, "ORG")),
    ]
    b = bundle(
        [ms(1, 2, 5, "PERSON", doc=0), ms(2, 14, 19, "ORG", doc=0, at=20)], [], events=events
    )
    p = plan(b, lead())
    assert data_ops(p) == [
        RemoveRelation(REL),
        RemoveSpan(row(2, 5, 7, "TITLE")),
        AddSpan(row(100, 14, 19, "ORG", at=20, uid="new1")),  # its uid was the old span's
    ]
    assert p.record["spans"]["2"] == [100, EXT, 14, 19, "ORG"]


def test_a_span_removed_and_put_back_as_it_was_is_the_same_span():
    # an undo puts it back, and so does a redo of its addition (source "session")
    for source in ("undo", "session"):
        events = [
            SpanEvent(3, 2, "remove", t(10), "undo", (EXT, 5, 7, "TITLE")),
            SpanEvent(4, 2, "add", t(20), source, (EXT, 5, 7, "TITLE")),
        ]
        p = plan(bundle(events=events), lead())
        assert data_ops(p) == [] and not p.report.changed_anything
