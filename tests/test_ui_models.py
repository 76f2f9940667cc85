"""The Qt-free models behind the GUI (no PySide6 here): typed readings, occurrences, arcs,
filters, comments, adjudication."""

from __future__ import annotations

import pytest

from civannot.reading_check import check_typed_reading, surviving_bytes


def _damage(text: str, i: int) -> str:
    b = bytearray()
    for k, ch in enumerate(text):
        e = ch.encode("gbk")
        b += b"?" + e[1:] if k == i else e
    return b.decode("gbk", errors="replace")


def test_typed_reading_must_fit_the_surviving_bytes() -> None:
    damaged = _damage("张国旺", 0)  # "?殴\ufffd旺": the run is "?殴\ufffd"
    run = damaged[: damaged.index("\ufffd") + 1]
    assert surviving_bytes(run) == [0xC5, 0xB9, None]
    assert check_typed_reading("张国", run) is None
    assert check_typed_reading("章国", run) is not None  # other trail byte
    assert "does not fit" in check_typed_reading("张", run)
    assert "GBK" in check_typed_reading("😀国", run)
    assert check_typed_reading("", run) == "an empty reading would delete the text"
    assert check_typed_reading("a\nb", run) is not None
    # nothing known of the damaged bytes: the annotator's reading stands
    assert check_typed_reading("张国", None) is None
    assert check_typed_reading("张国", "殴") is None


def test_a_typed_reading_is_undoable_and_goes_back_with_the_bundle(tmp_path) -> None:
    from test_bundle_repairs import LOOSE
    from test_repair_choice import CLEAN, RAW

    from civannot.bundle import export_bundle, import_bundles
    from civannot.flag_review import damaged_reading
    from civannot.project import Project
    from civannot.records import DocumentInput
    from civannot.session import Session, SessionError
    from civannot.text import normalize

    n = normalize(RAW)
    lead = Project.create(tmp_path / "lead.civ")
    try:
        lead.import_batch(
            [
                (
                    DocumentInput(
                        "a1", n.text, raw=RAW, offset_map=n.offset_map.dumps(), flags=n.flags
                    ),
                    [],
                )
            ]
        )
        doc = lead.document_id("a1")
        lead.assign([(doc, "alice")])
        path = tmp_path / "alice.civ"
        export_bundle(lead, "alice", path)
        flag = n.flags[LOOSE]
        damaged = damaged_reading(flag, n.text)
        truth = next(
            CLEAN[i:j]
            for i in range(len(CLEAN))
            for j in range(i + 1, min(i + 5, len(CLEAN)) + 1)
            if check_typed_reading(CLEAN[i:j], damaged) is None
        )
        s = Session.open(str(path), "alice")
        try:
            d = s.project.document_id("a1")
            with pytest.raises(SessionError, match="does not fit"):
                s.choose_repair(d, LOOSE, "错字")
            s.choose_repair(d, LOOSE, truth)
            assert truth in s.project.document(d).text
            s.undo()
            assert s.project.document(d).text == n.text
            s.redo()
            expected = s.project.document(d).text
            s.set_status(d, "done")
        finally:
            s.close()
        import_bundles(lead, [str(path)])
        assert lead.document(doc).text == expected
        assert lead.document(doc).flags[LOOSE].alternatives[0] == truth
    finally:
        lead.close()


def test_arc_levels_stack_covering_arcs() -> None:
    from civannot.arcs import ArcSpec, arc_levels

    arcs = [
        ArcSpec(1, (0, 2), (4, 6)),  # short
        ArcSpec(2, (0, 2), (20, 22)),  # covers 1 and 3
        ArcSpec(3, (10, 12), (14, 16)),  # apart from 1
        ArcSpec(4, (30, 32), (34, 36)),
    ]
    levels = arc_levels(arcs)
    assert levels[1] == levels[3] == levels[4] == 1
    assert levels[2] == 2


def test_arc_curve_label_and_hit() -> None:
    from civannot.arcs import arc_curve, hit, label_point

    same = arc_curve((100, 50), (20, 50), 1)
    assert same[0] == (100, 50) and same[3] == (20, 50)
    lx, ly = label_point(same)
    assert 20 < lx < 100 and ly < 50  # above the line, between the ends
    higher = arc_curve((100, 50), (20, 50), 3)
    assert label_point(higher)[1] < ly
    assert arc_curve((100, 50), (20, 50), 9, ceiling=40)[1][1] == 40
    painted = [(7, same, (lx - 10, ly - 5, 20, 10))]
    assert hit(painted, (lx, ly)) == 7  # on the name
    assert hit(painted, same[0]) == 7  # on the curve
    assert hit(painted, (60, 90)) is None


def test_adjudication_model_readings_cursor_and_trail() -> None:
    from civannot.adjudication_model import Cursor, DecisionTrail, boundary_text, key_text

    text = "甲" * 10 + "乙" * 100 + "丙" * 10
    long = boundary_text(text, 0, len(text))
    assert long.startswith("甲" * 10) and long.endswith("丙" * 10) and "…" in long
    assert boundary_text(text, 5, 15) == text[5:15]
    assert key_text("云川市委书记", (2, 6, "TITLE")) == "TITLE “市委书记” 2–6"
    assert key_text("王明远任书记", ("HOLDS_TITLE", (0, 3), (4, 6))) == "HOLDS_TITLE: 王明远 → 书记"

    settled = {"b"}
    c = Cursor(settled=lambda r: r in settled, signature=str)
    c.reset(["a", "b", "c"])
    assert c.item == "a"
    assert c.step(+1, undecided=True) and c.item == "c"
    assert not c.step(+1)
    assert c.step(-1) and c.item == "b"
    assert c.find("a") and c.current == 0 and not c.find("z")
    settled |= {"a", "c"}
    assert not c.first_undecided()
    c.reset([], at_end=True)
    assert c.item is None and not c.step(+1)

    t = DecisionTrail()
    t.decided(1, "r1", "Adjudicate: alice")
    t.decided(1, "r2", "Adjudicate: none")
    assert t.undo("Add PERSON “x”") is None  # a step of the main window: not ours
    assert t.undo("Adjudicate: none") == (1, "r2")
    assert t.redo("Adjudicate: none") == (1, "r2")
    assert t.undo("Adjudicate: none") == (1, "r2")
    assert t.undo("Adjudicate: alice") == (1, "r1")
    t.decided(2, "r3", "x")
    assert t.redo("Adjudicate: alice") is None  # a new decision clears what was undone


def test_arc_names_never_stack_over_one_another() -> None:
    from civannot.arcs import arc_curve, place_label, point_at

    curve = arc_curve((200, 50), (20, 50), 1)
    first = place_label(curve, 40, 10, [])
    assert first is not None
    mid = point_at(curve, 0.5)
    assert first[0] == mid[0] - 20 and first[1] == mid[1] - 5  # the top of the curve
    assert place_label(curve, 40, 10, [first]) is None  # taken: the arc goes without a name
    aside = (first[0] + 41, first[1], 40, 10)  # a name just beside it does not count
    assert place_label(curve, 40, 10, [aside]) == first
