"""Native JSONL records that break the schema or Python's JSON limits (issue 20): each one is
refused with FILE:LINE: reason, exit 1, and the project is unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bad_input_support import fingerprint, init, run

TEXT = "溪川市委书记周明远出席会议。"
# 溪川市委 ORG 0-4, 书记 TITLE 4-6, 周明远 PERSON 6-9
SPANS = [
    {"id": "o", "start": 0, "end": 4, "label": "ORG", "annotator": "ann"},
    {"id": "t", "start": 4, "end": 6, "label": "TITLE", "annotator": "ann"},
    {"id": "p", "start": 6, "end": 9, "label": "PERSON", "annotator": "ann"},
]


def record(**extra: object) -> dict:
    rec: dict = {"id": "d1", "text": TEXT, "spans": SPANS}
    rec.update(extra)
    return rec


def import_lines(tmp_path: Path, capsys, lines: list[str]) -> tuple[int, dict, Path, Path]:  # noqa: ANN001
    p = init(tmp_path, capsys)
    before = fingerprint(p)
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "import", p, f, "--json")
    assert "Traceback" not in err
    rep = json.loads(out)
    if code != 0:
        assert fingerprint(p) == before
    return code, rep, f, p


GOOD = json.dumps({"id": "d0", "text": "另一篇文章。"}, ensure_ascii=False)


@pytest.mark.parametrize(
    ("rec", "reason"),
    [
        (
            record(relations=[{"type": "HOLDS_TITLE", "head": "p", "tail": "o"}]),
            "relation 1: HOLDS_TITLE tail must be TITLE, not ORG (span 'o')",
        ),
        (
            record(relations=[{"type": "HOLDS_TITLE", "head": "o", "tail": "t"}]),
            "relation 1: HOLDS_TITLE head must be PERSON, not ORG (span 'o')",
        ),
        (
            record(relations=[{"type": "HOLDS_TITLE", "head": ["p"], "tail": "t"}]),
            "relation 1: head ['p'] is not the id of a span in this record",
        ),
        (
            record(flags=[{"kind": "damage", "start": 3, "end": 40}]),
            f"flag 1: offsets 3-40 outside the text ({len(TEXT)} characters)",
        ),
        (
            record(flags=[{"kind": "gbk_repair", "applied": {"x": 1}}]),
            "flag 1: 'applied' must be a string, not {'x': 1}",
        ),
        (
            record(flags=[{"kind": "gbk_repair", "alternatives": "甲乙"}]),
            "flag 1: 'alternatives' must be a list of strings",
        ),
        (
            record(flags=[{"kind": "gbk_repair", "status": "maybe"}]),
            "flag 1: status 'maybe' is not one of open, accepted, rejected, chosen",
        ),
        (record(flags={"kind": "damage"}), "'flags' must be a list"),
        (
            record(flags=[{"kind": "damage", "start": "4", "end": 5}]),
            "flag 1: 'start' must be a whole number, not '4'",
        ),
    ],
)
def test_schema_breaking_record_refused(tmp_path, capsys, rec: dict, reason: str) -> None:
    code, rep, f, _ = import_lines(tmp_path, capsys, [GOOD, json.dumps(rec, ensure_ascii=False)])
    assert code == 1
    assert rep["refused"] == [f"{f}:2: {reason}"]
    assert rep["imported"] == []


def test_schema_respecting_relation_and_flags_stored(tmp_path, capsys) -> None:
    from civannot.project import Project

    rec = record(
        relations=[{"type": "HOLDS_TITLE", "head": "p", "tail": "t"}],
        flags=[{"kind": "gbk_repair", "start": 6, "end": 9, "applied": "周明远",
                "alternatives": ["周朋远"], "status": "accepted"}],
        annotators=["ann"],
    )  # fmt: skip
    code, rep, _, p = import_lines(tmp_path, capsys, [json.dumps(rec, ensure_ascii=False)])
    assert code == 0, rep
    with Project.open(p) as project:
        doc = next(project.documents())
        assert [(f.kind, f.start, f.end, f.status) for f in doc.flags] == [
            ("gbk_repair", 6, 9, "accepted")
        ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "d1", "text": "甲\\ud800乙"}', "lone surrogate"),
        ('{"id": "d1", "text": "甲乙", "meta": {"k\\udc00": 1}}', "lone surrogate"),
        ("[" * 100_000 + "]" * 100_000, "not a record civannot can read (nesting too deep)"),
        (
            '{"id": "d1", "text": "甲乙", "meta": {"n": ' + "9" * 5000 + "}}",
            "(a number with too many digits)",
        ),
    ],
)
def test_python_json_limits_one_line(tmp_path, capsys, line: str, reason: str) -> None:
    code, rep, f, _ = import_lines(tmp_path, capsys, [GOOD, line])
    assert code == 1
    assert len(rep["refused"]) == 1
    assert rep["refused"][0].startswith(f"{f}:2: ") and reason in rep["refused"][0]


def test_surrogate_pair_is_a_character(tmp_path, capsys) -> None:
    code, rep, _, _ = import_lines(tmp_path, capsys, ['{"id": "d1", "text": "\\ud842\\udfb7田县"}'])
    assert code == 0 and len(rep["imported"]) == 1
