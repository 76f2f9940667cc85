"""Label Studio tasks JSON and labelling config: code-point offsets, read back exact."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from civannot.formats._base import ExportDoc, FormatError
from civannot.formats.labelstudio import label_config, read_labelstudio, write_labelstudio
from civannot.records import Span
from civannot.schema import default_schema

TEXT = "市委书记张𠮷旺强调：\r\n要扎实开展问题整改。"


def sp(s: int, e: int, label: str) -> Span:
    return Span(s, e, label, TEXT[s:e])


def sample() -> ExportDoc:
    spans = [sp(0, 4, "TITLE"), sp(4, 7, "PERSON"), sp(12, 21, "DIRECTIVE")]
    return ExportDoc("d1", TEXT, spans, [("HOLDS_TITLE", 1, 0), ("ISSUED_BY", 2, 1)], ["alice"])


def test_tasks_round_trip(tmp_path):
    path = tmp_path / "tasks.json"
    stats = write_labelstudio([sample(), ExportDoc("d2", "空", [])], path)
    tasks = json.loads(path.read_text(encoding="utf-8"))
    assert len(tasks) == 2 and stats.documents == 2 and stats.relations == 2
    result = tasks[0]["annotations"][0]["result"]
    person = result[1]["value"]
    assert (person["start"], person["end"], person["text"]) == (4, 7, "张𠮷旺")
    assert TEXT[person["start"] : person["end"]] == person["text"]  # code points, \r\n two
    rel = result[3]
    assert rel["type"] == "relation" and rel["from_id"] == "s1" and rel["to_id"] == "s0"
    items = read_labelstudio(path, layer="carol")
    d, [layer] = items[0]
    assert d.external_id == "d1" and d.text == TEXT
    assert [(s.start, s.end, s.label, s.text) for s in layer.spans] == [
        (s.start, s.end, s.label, s.text) for s in sample().spans
    ]
    assert layer.relations == [("HOLDS_TITLE", 1, 0), ("ISSUED_BY", 2, 1)]
    assert layer.annotator == "carol" and layer.done


def test_label_config_is_valid_xml_with_every_label():
    schema = default_schema()
    root = ET.fromstring(label_config(schema))
    assert root.tag == "View"
    labels = [e.get("value") for e in root.iter("Label")]
    assert labels == schema.label_names
    assert [e.get("value") for e in root.iter("Relation")] == ["HOLDS_TITLE", "ISSUED_BY"]
    text = root.find("Text")
    assert text is not None and text.get("value") == "$text"
    assert root.find("Labels").get("toName") == text.get("name")


def test_label_studio_export_with_several_annotators(tmp_path):
    """A Label Studio export: one layer per annotator, cancelled and predictions left out."""
    task = {
        "id": 5,
        "data": {"text": "市委书记张三"},
        "annotations": [
            {"completed_by": {"email": "a@x.org"}, "result": [
                {"id": "r1", "from_name": "label", "to_name": "text", "type": "labels",
                 "value": {"start": 0, "end": 4, "text": "市委书记", "labels": ["TITLE"]}},
                {"id": "r2", "from_name": "label", "to_name": "text", "type": "labels",
                 "value": {"start": 4, "end": 6, "text": "张三", "labels": ["PERSON"]}},
                {"from_id": "r1", "to_id": "r2", "type": "relation", "direction": "left",
                 "labels": ["HOLDS_TITLE"]}]},
            {"completed_by": 7, "result": []},
            {"completed_by": 8, "was_cancelled": True, "result": []},
        ],
        "predictions": [{"result": []}],
    }  # fmt: skip
    path = tmp_path / "export.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    warnings: list[str] = []
    [(d, layers)] = read_labelstudio(path, warnings=warnings)
    assert d.external_id == "5"
    assert [lay.annotator for lay in layers] == ["a@x.org", "user7"]
    # direction "left" turns the arrow around: head is r2 (PERSON), tail r1 (TITLE)
    assert layers[0].relations == [("HOLDS_TITLE", 1, 0)]
    assert warnings and "prediction" in warnings[0]
    with pytest.raises(FormatError, match="2 annotations for one layer"):
        read_labelstudio(path, layer="x")


def test_reader_rejects_text_mismatch(tmp_path):
    task = {"data": {"text": "市委书记"}, "annotations": [{"result": [
        {"id": "a", "type": "labels", "value": {"start": 0, "end": 2, "text": "书记", "labels": ["TITLE"]}}]}]}  # fmt: skip
    path = tmp_path / "t.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    with pytest.raises(FormatError, match="task 1: span 0-2 says"):
        read_labelstudio(path)
