"""Every export format writes the same bytes as the release before the fast export path.

A generated project holds what the writers treat specially: relations (with provenance and
confidence), suggestions with provenance and confidence, adjudicated spans whose author is not
the layer, notes on documents and on spans, quality flags, traditional and astral characters,
\\r\\n, LINE SEPARATOR, raw texts with offset maps, spans whose stored text no longer matches the
document, documents done without spans and documents left out. Its exports (every format, with
splits, label choices and raw offsets) are compared file by file with tests/data/export_golden.json,
written by the export code as it was before the rewrite (``python tests/test_export_golden.py``
writes it again: only do that for a change of output made on purpose).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest

GOLDEN = Path(__file__).parent / "data" / "export_golden.json"

PIECES = ["溪川市委", "書記周明遠", "强调", "，", "各級各部门", "要压实责任", "𠮷", "\r\n",
          "「門前四包」", "\u2028", " ", "临江市", "文明办", "３月５日", '"引号"', "\\", "\t"]  # fmt: skip
LABELS = ["PERSON", "TITLE", "ORG", "GPE", "DATE", "SLOGAN"]


def _doc(rng: random.Random, i: int) -> dict[str, Any]:
    text = "".join(rng.choice(PIECES) for _ in range(rng.randint(6, 30)))
    rec: dict[str, Any] = {"id": f"d{i:03d}" if i % 11 else f"文档\u2029{i}", "text": text}
    if i % 4 == 0:
        rec["meta"] = {"title": f"标题{i}", "n": i, "x": [1.5, None, True]}
    if i % 6 == 0:
        rec["flags"] = [{"kind": "mojibake", "start": 0, "end": 1, "message": "疑似乱码"}]
    layers = []
    spans: list[dict[str, Any]] = []
    rels: list[dict[str, Any]] = []
    for who in ("alice", "gold"):
        taken: list[tuple[int, int]] = []
        mine = []
        for _ in range(rng.randint(0, 7)):
            s = rng.randrange(len(text))
            e = min(len(text), s + rng.randint(1, 6))
            if text[s:e].strip() != text[s:e] or any(s < b and a < e for a, b in taken):
                continue
            taken.append((s, e))
            sp: dict[str, Any] = {
                "id": f"{who}{len(spans)}",
                "start": s,
                "end": e,
                "label": rng.choice(LABELS),
                "annotator": who,
            }
            r = rng.random()
            if r < 0.2:
                sp["origin"] = "suggestion"
                sp["confidence"] = rng.choice([0.5, 0.123456789, 1e-7, 1.0])
                sp["provenance"] = rng.choice(["rule:title", "gazetteer:临江市", "model:1 \u2028"])
            elif r < 0.3:
                sp["origin"] = "adjudicated"
            if rng.random() < 0.1:
                sp["comments"] = [
                    {"author": "bob", "text": "边界？\n再看", "updated": "2026-03-01 10:00:00"}
                ]
            mine.append(sp)
            spans.append(sp)
        persons = [x for x in mine if x["label"] == "PERSON"]
        titles = [x for x in mine if x["label"] == "TITLE"]
        for _ in range(rng.randint(1, 2) if persons and titles else 0):
            h, t = rng.choice(persons), rng.choice(titles)
            rel: dict[str, Any] = {"type": "HOLDS_TITLE", "head": h["id"], "tail": t["id"],
                                   "annotator": who}  # fmt: skip
            if rng.random() < 0.5:
                rel["provenance"], rel["confidence"] = "rule:holds", 0.75
            if (h["id"], t["id"]) not in {(x["head"], x["tail"]) for x in rels}:
                rels.append(rel)
        if rng.random() < 0.7:
            layers.append(who)
    rec["annotators"] = layers
    rec["spans"] = spans
    rec["relations"] = rels
    if i % 5 == 0:
        rec["comments"] = [
            {"author": "lead", "text": "整篇复核", "updated": "2026-02-01 09:30:00"},
            {"author": "alice", "text": "已复核", "updated": "2026-02-01 09:30:00"},
        ]
    return rec


def build(folder: Path) -> Path:
    """The project: 60 generated documents, a raw-text one, then what only an old file or an
    adjudication makes (spans by another author, a span whose text no longer fits)."""
    from civannot.cli import main

    rng = random.Random(13)
    recs = [_doc(rng, i) for i in range(60)]
    recs.append({"id": "untouched", "text": "尚未标注的文章。", "annotators": []})
    recs.append({"id": "done-empty", "text": "本报讯 今天天气晴。", "annotators": ["gold"]})
    raw = "? ? ? 本报讯 市委书记張國旺强调。\r\n"
    recs.append({"id": "raw", "raw": raw, "annotators": ["gold"], "spans": [
        {"start": 9, "end": 13, "raw_start": 9, "raw_end": 13, "label": "TITLE", "annotator": "gold"},
        {"start": 13, "end": 16, "raw_start": 13, "raw_end": 16, "label": "PERSON", "annotator": "gold"},
    ]})  # fmt: skip
    src = folder / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), "utf-8")
    path = folder / "g.civ"
    assert main(["init", str(path)]) == 0
    assert main(["import", str(path), str(src)]) == 0
    from civannot.project import Project

    project = Project.open(path)  # a file, or the test server's database (tests/conftest.py)
    db, mark = project.db, project.db.param
    try:
        with db.atomic():
            gold = db.execute_sql("SELECT id FROM layer WHERE name = 'gold'").fetchone()[0]
            ids = [r[0] for r in db.execute_sql(
                f"SELECT id FROM span WHERE layer_id = {mark} ORDER BY id", (gold,))]  # fmt: skip
            # adjudicated into gold from alice's layer; one stored text damaged
            for x in ids[::3]:
                db.execute_sql(f"UPDATE span SET author = 'alice' WHERE id = {mark}", (x,))
            db.execute_sql(f"UPDATE span SET text = 'xyz' WHERE id = {mark}", (ids[5],))
    finally:
        project.close()
    return path


CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("jsonl-gold", "jsonl", {}),
    ("jsonl-alice", "jsonl", {"layer": "alice"}),
    ("jsonl-split", "jsonl", {"split": "0.6,0.2,0.2", "seed": 3}),
    ("jsonl-labels", "jsonl", {"labels": ["PERSON", "GPE", "ORG"]}),
    ("jsonl-raw", "jsonl", {"raw_offsets": True}),
    ("conll", "conll", {"split": "0.8,0.2"}),
    ("bioes", "bioes", {}),
    ("brat", "brat", {}),
    ("brat-split", "brat", {"split": "0.5,0.5", "layer": "alice"}),
    ("doccano", "doccano", {}),
    ("doccano-graphemes", "doccano", {"doccano_offsets": "graphemes"}),
    ("labelstudio", "labelstudio", {"raw_offsets": True}),
    ("spacy", "spacy", {}),
]


def _spacy_json(path: Path) -> str:
    """A .spacy file as readable values (its bytes follow spaCy's version, not ours)."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("zh")
    docs = DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab)
    return json.dumps(
        [[d.text, [(e.start_char, e.end_char, e.label_) for e in d.ents],
          [(s.start_char, s.end_char, s.label_) for k in d.spans for s in d.spans[k]],
          [t.text for t in d], d.user_data] for d in docs],
        ensure_ascii=False, default=str,
    )  # fmt: skip


def exports(folder: Path) -> dict[str, dict[str, str]]:
    from civannot.export import export_project
    from civannot.project import Project

    path = build(folder)
    out: dict[str, dict[str, str]] = {}
    project = Project.open(path, read_only=True)
    stem = Path(str(project.path)).stem
    try:
        for name, fmt, kw in CASES:
            if fmt == "spacy":
                pytest.importorskip("spacy")
            dest = folder / name
            report = export_project(project, fmt, dest, **kw)
            files: dict[str, str] = {}
            for f in sorted(dest.rglob("*")):
                if not f.is_file():
                    continue
                rel = f.relative_to(dest).as_posix()
                if f.suffix == ".spacy":
                    files[rel] = _spacy_json(f)
                    continue
                text = f.read_bytes().decode("utf-8")
                if rel == "README.md":  # the time, the version and the file's place vary
                    text = "\n".join(
                        "Exported <when>" if ln.startswith("Exported ") else ln
                        for ln in text.split("\n")
                    )
                # the import's source; the project's name (a database's on the test server)
                text = text.replace(str(folder), "<folder>").replace(f"— {stem}: ", "— g: ")
                files[rel] = text
            rep = report.to_json()
            for key in ("out_dir", "card", "seconds"):
                rep.pop(key)
            files["<report>"] = json.dumps(rep, ensure_ascii=False, sort_keys=True)
            out[name] = files
    finally:
        project.close()
    return out


# The golden file holds SQLite's values: a PostgreSQL project stores confidences as REAL (six
# digits), so its lines differ there, and did before the rewrite as well (old and new export code
# give the same bytes on the test server).
@pytest.mark.sqlite_only
def test_every_format_writes_what_it_wrote_before(tmp_path: Path) -> None:
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    got = exports(tmp_path)
    assert sorted(got) == sorted(want)
    for case in want:
        assert sorted(got[case]) == sorted(want[case]), case
        for f, text in want[case].items():
            assert got[case][f] == text, f"{case}/{f}"


def test_the_project_holds_what_the_writers_treat_specially(tmp_path: Path) -> None:
    """The comparison above is only worth what the project holds: check it holds it."""
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    lines = [json.loads(x) for x in want["jsonl-gold"]["all.jsonl"].splitlines()]
    spans = [s for r in lines for s in r["spans"]]
    assert any(r.get("comments") for r in lines) and any(s.get("comments") for s in spans)
    assert any(r["relations"] for r in lines)
    assert any(rel.get("provenance") for r in lines for rel in r["relations"])
    assert {"suggestion", "adjudicated"} <= {s.get("origin") for s in spans}
    assert any(s.get("provenance") for s in spans) and any("confidence" in s for s in spans)
    assert any("書" in r["text"] or "遠" in r["text"] for r in lines)
    assert any("𠮷" in r["text"] for r in lines) and any("\u2028" in r["text"] for r in lines)
    assert (
        "skipped" in want["jsonl-gold"]["<report>"]
        or '"invalid": ["' in want["jsonl-gold"]["<report>"]
    )
    card = want["jsonl-gold"]["README.md"]
    assert "span authors: " in card and "alice (" in card and "gold (" in card
    report = json.loads(want["jsonl-labels"]["<report>"])
    assert report["filtered"] and any(k.startswith("relation") for k in report["filtered"])
    assert json.loads(want["jsonl-raw"]["<report>"])["documents"] > 0
    assert any(
        "raw_start" in s
        for r in want["jsonl-raw"]["all.jsonl"].splitlines()
        for s in json.loads(r)["spans"]
    )


if __name__ == "__main__":  # write the golden file again (see the module docstring)
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        GOLDEN.write_text(
            json.dumps(exports(Path(d)), ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    print(f"wrote {GOLDEN}", file=sys.stderr)
