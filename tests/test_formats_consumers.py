"""Every export format read back by the tool that consumes it, on a project with 𠮷, "\\r\\n", a
DIRECTIVE that contains entities and crosses a line break, relations, and line-separator characters.

Consumers used when installed (each test skips cleanly otherwise):
- Hugging Face ``datasets``: ``load_dataset("json")`` on the native JSONL, a CoNLL-2003-style
  generator on the CoNLL/BIOES files;
- ``seqeval``: the CoNLL/BIOES tags decoded in strict mode (IOB2 / IOBES);
- brat's parser: ``TextAnnotations`` and ``ProjectConfiguration`` from brat's server, as
  ``bratiaa`` ships them (``bratsubset``), with brat's own ``open_textfile`` put back (bratiaa's
  copy folds "\\r\\n", brat's reads the .txt as stored); a faithful reading by brat's rules
  always runs;
- ``label-studio-sdk``: the labelling config parsed by ``LabelInterface``, every annotation
  validated against it;
- ``spacy``: the DocBin loaded, aligned to a blank ``zh`` pipeline as ``spacy train`` aligns it;
- doccano: its importer's rules (``data_import/pipeline``, doccano 1.8.4) reproduced here; the real
  importer runs when ``CIVANNOT_DOCCANO_PYTHON`` names a Python with ``doccano`` installed.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from civannot.export import export_project
from civannot.formats._base import from_utf16
from civannot.formats.jsonl import read_jsonl
from civannot.project import Project
from civannot.records import DocumentInput, LayerInput, Span

SPECIAL = (
    "𠮷市委书记张𠮷旺强调：\r\n各级各部门要压实𠮷州市责任，\r\n抓好落实。\r\n漳州市文明办 10月13日"
)
PLAIN = "云川市委书记王明远在市政府讲话。"
# NEL and LINE SEPARATOR survive normalisation; str.splitlines() breaks lines at them.
SEPARATORS = "甲\u2028乙\x85丙：市委书记李四\u2029讲话。"


def sp(text: str, frag: str, label: str) -> Span:
    i = text.index(frag)
    return Span(i, i + len(frag), label, frag)


def documents() -> list[tuple[DocumentInput, list[LayerInput]]]:
    d0, d1 = SPECIAL.index("各级"), SPECIAL.index("抓好落实") + 4
    special = [
        sp(SPECIAL, "市委书记", "TITLE"),
        sp(SPECIAL, "张𠮷旺", "PERSON"),
        Span(d0, d1, "DIRECTIVE", SPECIAL[d0:d1]),  # crosses "\r\n", holds the GPE
        sp(SPECIAL, "𠮷州市", "GPE"),
        sp(SPECIAL, "漳州市文明办", "ORG"),
        sp(SPECIAL, "10月13日", "DATE"),
    ]
    plain = [sp(PLAIN, "云川", "GPE"), sp(PLAIN, "市委书记", "TITLE"), sp(PLAIN, "王明远", "PERSON"),
             sp(PLAIN, "市政府", "ORG")]  # fmt: skip
    seps = [sp(SEPARATORS, "市委书记", "TITLE"), sp(SEPARATORS, "李四", "PERSON")]
    return [
        (DocumentInput("special", SPECIAL),
         [LayerInput("gold", special, [("HOLDS_TITLE", 1, 0), ("ISSUED_BY", 2, 1)], done=True)]),
        (DocumentInput("plain", PLAIN),
         [LayerInput("gold", plain, [("HOLDS_TITLE", 2, 1)], done=True)]),
        (DocumentInput("separators", SEPARATORS),
         [LayerInput("gold", seps, [("HOLDS_TITLE", 1, 0)], done=True)]),
    ]  # fmt: skip


Key = tuple[int, int, str]


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict:
    """The project exported in every format, and what each document must give back."""
    root = tmp_path_factory.mktemp("consumers")
    project = Project.create(root / "p.civ")
    project.import_batch(documents())
    want: dict[str, dict] = {}
    for info in project.document_infos():
        spans = project.spans(info.id, "gold")
        key = {s.id: (s.start, s.end, s.label) for s in spans}
        want[info.external_id] = {
            "text": project.document(info.id).text,
            "spans": {(s.start, s.end, s.label) for s in spans},
            "relations": {
                (r.type, key[r.head], key[r.tail]) for r in project.relations(info.id, "gold")
            },  # fmt: skip
        }
    reports = {}
    for fmt in ("jsonl", "conll", "bioes", "brat", "doccano", "labelstudio"):
        reports[fmt] = export_project(project, fmt, root / fmt)
    try:
        import spacy  # noqa: F401

        reports["spacy"] = export_project(project, "spacy", root / "spacy")
    except ImportError:
        pass
    project.close()
    assert want["special"]["text"] == SPECIAL and len(want["special"]["spans"]) == 6
    return {"root": root, "want": want, "reports": reports}


def entity_spans(want: dict) -> set[Key]:
    return {s for s in want["spans"] if s[2] != "DIRECTIVE"}


# --- native JSONL ------------------------------------------------------------------------------


def test_jsonl_lines_hold_one_record_for_any_line_splitter(exported):
    text = (exported["root"] / "jsonl" / "all.jsonl").read_text(encoding="utf-8")
    assert text.count("\n") == 3
    # splitlines() also breaks at NEL / LINE SEPARATOR: escaped, they cannot cut a record
    assert text.splitlines() == text.split("\n")[:-1]
    records = read_jsonl(text.splitlines(), "all.jsonl")
    got = {r.document.external_id: r.document.text for r in records}
    assert got["separators"] == SEPARATORS and got["special"] == SPECIAL


def test_jsonl_with_hugging_face_datasets(exported, tmp_path):
    datasets = pytest.importorskip("datasets")
    datasets.disable_progress_bars()
    folder = exported["root"] / "jsonl"
    ds = datasets.load_dataset(
        "json", data_files=str(folder / "all.jsonl"), cache_dir=str(tmp_path / "hf")
    )["train"]
    assert ds.num_rows == 3
    for row in ds:
        want = exported["want"][row["id"]]
        assert row["text"] == want["text"]
        assert {(s["start"], s["end"], s["label"]) for s in row["spans"]} == want["spans"]
        assert all(row["text"][s["start"] : s["end"]] == s["text"] for s in row["spans"])
        by_id = {s["id"]: (s["start"], s["end"], s["label"]) for s in row["spans"]}
        rels = {(r["type"], by_id[r["head"]], by_id[r["tail"]]) for r in row["relations"]}
        assert rels == want["relations"]
    # the folder as a user points at it (README.md is the dataset card beside the data)
    whole = datasets.load_dataset(str(folder), cache_dir=str(tmp_path / "hf2"))
    assert {k: v.num_rows for k, v in whole.items()} == {"train": 3}


# --- CoNLL / BIOES -----------------------------------------------------------------------------


def conll_sentences(path: Path):
    """Sentences as CoNLL-2003 loaders read them: '-DOCSTART-' and blank lines separate,
    one space between columns, token first and tag last (here the offset in between)."""
    doc, tokens, offsets, tags = None, [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("-DOCSTART-") or line in ("", "\n"):
                if tokens:
                    yield {"doc": doc, "tokens": tokens, "offsets": offsets, "tags": tags}
                    tokens, offsets, tags = [], [], []
                if line.startswith("-DOCSTART-"):
                    doc = line.split(" ")[1]
                continue
            parts = line.split(" ")
            tokens.append(parts[0])
            offsets.append(int(parts[1]))
            tags.append(parts[-1].rstrip())
    if tokens:
        yield {"doc": doc, "tokens": tokens, "offsets": offsets, "tags": tags}


@pytest.mark.parametrize("fmt", ["conll", "bioes"])
def test_conll_with_seqeval_strict(exported, fmt):
    from seqeval.scheme import IOB2, IOBES, Tokens

    scheme = IOB2 if fmt == "conll" else IOBES
    got: dict[str, set[Key]] = {}
    for sent in conll_sentences(exported["root"] / fmt / f"all.{fmt}"):
        text = exported["want"][sent["doc"]]["text"]
        assert all(text[o] == t for o, t in zip(sent["offsets"], sent["tokens"], strict=True))
        # strict mode refuses an ill-formed sequence (I- after O, a missing E-, ...)
        for ent in Tokens(sent["tags"], scheme=scheme).entities:
            start, end = sent["offsets"][ent.start], sent["offsets"][ent.end - 1] + 1
            got.setdefault(sent["doc"], set()).add((start, end, ent.tag))
    for doc, want in exported["want"].items():
        assert got.get(doc, set()) == entity_spans(want), doc


def test_conll_with_hugging_face_datasets(exported, tmp_path):
    datasets = pytest.importorskip("datasets")
    from seqeval.metrics.sequence_labeling import get_entities

    datasets.disable_progress_bars()
    path = exported["root"] / "conll" / "all.conll"
    ds = datasets.Dataset.from_generator(
        conll_sentences, gen_kwargs={"path": path}, cache_dir=str(tmp_path / "hf")
    )
    names = sorted({t for tags in ds["tags"] for t in tags})
    features = datasets.Features({
        "doc": datasets.Value("string"),
        "tokens": datasets.Sequence(datasets.Value("string")),
        "offsets": datasets.Sequence(datasets.Value("int32")),
        "tags": datasets.Sequence(datasets.ClassLabel(names=names)),
    })  # fmt: skip
    ds = ds.cast(features)
    label = features["tags"].feature
    got: dict[str, set[Key]] = {}
    for row in ds:
        tags = [label.int2str(i) for i in row["tags"]]
        for lab, a, b in get_entities(tags):
            got.setdefault(row["doc"], set()).add((row["offsets"][a], row["offsets"][b] + 1, lab))
    for doc, want in exported["want"].items():
        assert got.get(doc, set()) == entity_spans(want), doc


# --- brat --------------------------------------------------------------------------------------


def brat_read(folder: Path, stem: str) -> tuple[str, dict[str, tuple], list[tuple]]:
    """A .txt/.ann pair read by the rules of brat's server (annotation.py: open_textfile,
    _parse_ann_file, TextAnnotations._parse_textbound_annotation, _parse_relation_annotation,
    _sanity); any line brat would refuse fails the test."""
    # brat: codecs_open(filename, 'rU', encoding='utf8', errors='strict'); codecs.open opens in
    # binary mode, so no newline folding ("U" is refused by Python 3.11, and a no-op here anyway)
    with codecs.open(str(folder / f"{stem}.txt"), "r", encoding="utf8", errors="strict") as f:
        text = f.read()
    textbounds: dict[str, tuple] = {}
    relations: list[tuple] = []
    with codecs.open(str(folder / f"{stem}.ann"), "r", encoding="utf8", errors="strict") as f:
        for line in f:
            ann_id, tail = line.split("\t", 1)
            assert re.match(r"^([A-Za-z]+|#[A-Za-z]*)([0-9]+)(.*?)$", ann_id), line
            assert ann_id not in textbounds, f"duplicate id: {line}"
            data, _, data_tail = tail.partition("\t")
            if ann_id[0] == "T":
                type_, rest = data.split(" ", 1)
                spans = []
                for span_str in rest.split(";"):
                    start_str, end_str = span_str.split(" ", 2)
                    assert not any(c.isspace() for c in end_str.rstrip()), line
                    spans.append((int(start_str), int(end_str)))
                seen: list[tuple[int, int]] = []
                for start, end in spans:
                    assert 0 <= start <= end <= len(text), line
                    assert not any(end >= a and start < b for a, b in seen), "fragments overlap"
                    seen.append((start, end))
                spanlen = sum(e - s for s, e in spans) + len(spans) - 1
                ref = " ".join(text[s:e] for s, e in spans)
                assert data_tail[:spanlen] == ref, f"text does not match: {line!r}"
                rest_tail = data_tail[spanlen:]
                assert rest_tail == "" or rest_tail[0].isspace(), line
                textbounds[ann_id] = (type_, spans)
            elif ann_id[0] == "R":
                type_, type_tail = data.split(" ", 1)
                args = [tuple(arg.split(":")) for arg in type_tail.split()]
                assert len(args) == 2 and args[0][0] != args[1][0], line
                relations.append((type_, args[0][1], args[1][1]))
            else:
                pytest.fail(f"unexpected annotation line {line!r}")
    for _type, a1, a2 in relations:
        assert a1 in textbounds and a2 in textbounds, "relation to an undefined id"
    return text, textbounds, relations


def brat_to_ours(want_text: str, textbounds: dict, relations: list) -> tuple[set, set]:
    # brat's offsets are code points of the text as stored: ours, unchanged
    def key(tid: str) -> Key:
        type_, spans = textbounds[tid]
        return spans[0][0], spans[-1][1], type_

    return {key(t) for t in textbounds}, {(r, key(a), key(b)) for r, a, b in relations}


def test_brat_read_by_brats_rules(exported):
    folder = exported["root"] / "brat"
    for doc, want in exported["want"].items():
        text, tbs, rels = brat_read(folder, doc)
        assert text == want["text"]
        assert brat_to_ours(want["text"], tbs, rels) == (want["spans"], want["relations"])
    directive = next(v for v in brat_read(folder, "special")[1].values() if v[0] == "DIRECTIVE")
    assert len(directive[1]) == 2  # one fragment per line: a .ann line cannot hold a break


def test_brat_with_brats_own_parser(exported, monkeypatch):
    pytest.importorskip("bratsubset", reason="brat's parser ships in bratiaa (pip install bratiaa)")
    import bratsubset.annotation
    from bratsubset.annotation import TextAnnotations
    from bratsubset.projectconfig import ProjectConfiguration
    from bratsubset.realmessage import Messager

    folder = (exported["root"] / "brat").resolve()
    # bratiaa's copy opens files with open() in text mode, which folds "\r\n"; brat's own
    # open_textfile goes through codecs.open, which reads binary: put brat's reading back.
    monkeypatch.setattr(
        bratsubset.annotation,
        "open_textfile",
        lambda filename, mode="r": codecs.open(filename, mode, encoding="utf8", errors="strict"),
    )
    pending = Messager._Messager__pending_messages
    pending.clear()
    config = ProjectConfiguration(str(folder))
    assert "DIRECTIVE" in config.get_entity_types()
    assert set(config.get_relation_types()) == {"HOLDS_TITLE", "ISSUED_BY"}
    issued = config.get_relations_by_type("ISSUED_BY")[0]
    assert issued.arguments == {"Arg1": ["DIRECTIVE"], "Arg2": ["PERSON"]}
    for doc, want in exported["want"].items():
        ann = TextAnnotations(str(folder / doc), read_only=True)
        assert ann.failed_lines == []
        assert ann.get_document_text() == want["text"]
        tbs = {t.id: (t.type, t.spans) for t in ann.get_textbounds()}
        rels = [(r.type, r.arg1, r.arg2) for r in ann.get_relations()]
        assert brat_to_ours(want["text"], tbs, rels) == (want["spans"], want["relations"])
    errors = [m for m in pending if m[1] == "error"]
    assert errors == []
    # the web client's known trouble with 𠮷 is said, not hidden
    assert any("#1115" in n for n in exported["reports"]["brat"].notes)


# --- doccano -----------------------------------------------------------------------------------


def js_slice(text: str, a: int, b: int) -> str:
    """text.slice(a, b) in the browser: UTF-16 units."""
    return text.encode("utf-16-le")[2 * a : 2 * b].decode("utf-16-le")


def doccano_import(path: Path, allow_overlapping: bool) -> dict[str, dict]:
    """doccano 1.8.4's importer for a JSONL(Relation) file, rule by rule: JSONLParser (LineReader
    rstrip + json.loads), TextData (non-empty text, other keys become meta), SpanLabel (label,
    0 <= start < end), RelationLabel (from_id, to_id, type), Spans.clean (without
    allow_overlapping: sorted by start, a span starting before the last kept end is dropped),
    Relations.save (id_to_span[(from_id, example)]: KeyError for a dropped span)."""
    out: dict[str, dict] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line.rstrip())
            text = row["text"]
            assert isinstance(text, str) and text
            meta = {k: v for k, v in row.items() if k not in ("text", "entities", "relations")}
            spans = []
            for ent in row["entities"]:
                assert isinstance(ent["label"], str) and ent["label"]
                start, end = ent["start_offset"], ent["end_offset"]
                assert isinstance(start, int) and isinstance(end, int) and 0 <= start < end
                spans.append((start, end, ent["label"], ent["id"]))
            if not allow_overlapping:
                kept, last = [], -1
                for s in sorted(spans, key=lambda s: s[0]):
                    if s[0] >= last:
                        last = s[1]
                        kept.append(s)
                spans = kept
            by_id = {s[3]: s[:3] for s in spans}
            rels = set()
            for rel in row["relations"]:
                assert isinstance(rel["from_id"], int) and isinstance(rel["to_id"], int)
                assert isinstance(rel["type"], str) and rel["type"]
                rels.add((rel["type"], by_id[rel["from_id"]], by_id[rel["to_id"]]))
            out[meta["external_id"]] = {"text": text, "spans": {s[:3] for s in spans},
                                        "relations": rels}  # fmt: skip
    return out


def doccano_back(text: str, spans: set, rels: set) -> tuple[set, set]:
    back = from_utf16(text)

    def key(s) -> Key:
        return back(s[0]), back(s[1]), s[2]

    return {key(s) for s in spans}, {(t, key(h), key(tl)) for t, h, tl in rels}


def test_doccano_as_doccanos_importer_reads_it(exported):
    path = exported["root"] / "doccano" / "all.jsonl"
    got = doccano_import(path, allow_overlapping=True)
    for doc, want in exported["want"].items():
        g = got[doc]
        assert g["text"] == want["text"]
        for start, end, _label in g["spans"]:  # as the annotation screen slices the text
            assert js_slice(g["text"], start, end) in {
                want["text"][a:b] for a, b, _ in want["spans"]
            }
        assert doccano_back(g["text"], g["spans"], g["relations"]) == (
            want["spans"], want["relations"])  # fmt: skip
    # a project without "Allow overlapping entity" loses the GPE inside the DIRECTIVE: the
    # export says what to tick
    strict = doccano_import(path, allow_overlapping=False)
    assert len(strict["special"]["spans"]) == len(exported["want"]["special"]["spans"]) - 1
    notes = exported["reports"]["doccano"].notes
    assert any("Allow overlapping entity" in n and "1 documents" in n for n in notes)
    assert any("JSONL(Relation)" in n and "utf_8" in n and "grapheme" in n for n in notes)


DOCCANO_DRIVER = r"""
import json, os, sys, tempfile
from pathlib import Path
import backend
sys.path.insert(0, str(Path(backend.__file__).parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.development"
os.environ["DATABASE_URL"] = "sqlite:///" + os.path.join(tempfile.mkdtemp(), "db.sqlite3")
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.contrib.auth import get_user_model
from projects.models import SequenceLabelingProject, ProjectType
from data_import.datasets import load_dataset
from data_import.pipeline.catalog import create_file_format, RELATION_EXTRACTION
from data_import.pipeline.readers import FileName
from examples.models import Example
from labels.models import Span, Relation
path = sys.argv[1]
user = get_user_model().objects.create(username="civannot")
project = SequenceLabelingProject.objects.create(name="p", description="-",
    project_type=ProjectType.SEQUENCE_LABELING, use_relation=True, allow_overlapping=True,
    created_by=user)
name = Path(path).name
dataset = load_dataset(RELATION_EXTRACTION, create_file_format("JSONL"),
    [FileName(full_path=path, generated_name=name, upload_name=name)], project, encoding="utf_8")
dataset.save(user, batch_size=1000)
out = {"errors": [e.dict() for e in dataset.errors], "docs": {}}
key = lambda s: [s.start_offset, s.end_offset, s.label.text]
for ex in Example.objects.filter(project=project):
    out["docs"][ex.meta["external_id"]] = {"text": ex.text,
        "spans": [key(s) for s in Span.objects.filter(example=ex)],
        "relations": [[r.type.text, key(r.from_id), key(r.to_id)]
                      for r in Relation.objects.filter(example=ex)]}
print(json.dumps(out))  # ASCII: the texts hold line separators
"""


def test_doccano_real_importer(exported, tmp_path):
    python = os.environ.get("CIVANNOT_DOCCANO_PYTHON")
    if not python:
        pytest.skip("set CIVANNOT_DOCCANO_PYTHON to a Python with doccano installed")
    driver = tmp_path / "driver.py"
    driver.write_text(DOCCANO_DRIVER, encoding="utf-8")
    path = exported["root"] / "doccano" / "all.jsonl"
    run = subprocess.run([python, str(driver), str(path)], capture_output=True, text=True,
                         encoding="utf-8", timeout=300, cwd=tmp_path)  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["errors"] == []
    for doc, want in exported["want"].items():
        g = result["docs"][doc]
        assert g["text"] == want["text"]
        spans = {tuple(s) for s in g["spans"]}
        rels = {(t, tuple(h), tuple(tl)) for t, h, tl in g["relations"]}
        assert doccano_back(g["text"], spans, rels) == (want["spans"], want["relations"])


DOCCANO_EXPORT = r"""
import os
from data_export.celery_tasks import create_collaborative_dataset
from data_export.pipeline.factories import create_formatter, create_writer
out = sys.argv[2]
os.makedirs(out, exist_ok=True)
create_collaborative_dataset(project, out, False, create_formatter(project, "JSONL"),
                             create_writer("JSONL"))
print(json.dumps({"exported": os.path.join(out, "all.jsonl")}))
"""


def test_doccano_real_export_read_back(exported, tmp_path):
    """Our file through doccano 1.8.4 and out of it by doccano's own exporter
    (data_export: create_collaborative_dataset, JSONL), read back exactly: doccano adds its id,
    keeps our keys as metadata, and its offsets are the ones it was given."""
    python = os.environ.get("CIVANNOT_DOCCANO_PYTHON")
    if not python:
        pytest.skip("set CIVANNOT_DOCCANO_PYTHON to a Python with doccano installed")
    from civannot.formats.doccano import read_doccano

    driver = tmp_path / "driver.py"
    # the importer driver, without its final print, then doccano's export
    body = DOCCANO_DRIVER.rsplit("print(json.dumps(out))", 1)[0]
    driver.write_text(body + DOCCANO_EXPORT, encoding="utf-8")
    path = exported["root"] / "doccano" / "all.jsonl"
    run = subprocess.run([python, str(driver), str(path), str(tmp_path / "out")],
                         capture_output=True, text=True, encoding="utf-8", timeout=300,
                         cwd=tmp_path)  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    back = Path(json.loads(run.stdout.strip().splitlines()[-1])["exported"])
    # doccano writes U+2028 and NEL unescaped: records end at "\n" only
    content = back.read_text(encoding="utf-8")
    rows = [json.loads(x) for x in content.split("\n") if x.strip()]
    assert all(isinstance(r["id"], int) and r["civannot_offsets"] == "utf16" for r in rows)
    warnings: list[str] = []
    items = read_doccano(back, warnings=warnings)  # the counting from the file, not told
    assert not any("grapheme clusters" in w for w in warnings)
    got = {}
    for doc, [layer] in items:
        ext = doc.external_id  # doccano kept our external_id beside its own id
        key = {i: (s.start, s.end, s.label) for i, s in enumerate(layer.spans)}
        got[ext] = ({key[i] for i in key}, {(t, key[h], key[tl]) for t, h, tl in layer.relations})
        assert doc.text == exported["want"][ext]["text"]
    for ext, want in exported["want"].items():
        assert got[ext] == (want["spans"], want["relations"])


# --- Label Studio ------------------------------------------------------------------------------


def test_labelstudio_with_label_studio_sdk(exported):
    pytest.importorskip("label_studio_sdk")
    from label_studio_sdk.label_interface import LabelInterface

    folder = exported["root"] / "labelstudio"
    config = (folder / "label_config.xml").read_text(encoding="utf-8")
    li = LabelInterface(config)
    [control] = li.controls
    [obj] = li.objects
    # LabelInterface keeps no Relation tags; Label Studio takes relation labels from them
    relation_values = {e.get("value") for e in ET.fromstring(config).iter("Relation")}
    assert relation_values == {"HOLDS_TITLE", "ISSUED_BY"}
    tasks = json.loads((folder / "all.json").read_text(encoding="utf-8"))
    assert len(tasks) == 3
    for task in tasks:
        assert li.validate_task({"data": task["data"]})
        want = exported["want"][task["data"]["external_id"]]
        text = task["data"][obj.value_name]
        assert text == want["text"]
        [annotation] = task["annotations"]
        assert li.validate_annotation(annotation)
        assert li.validate_prediction(annotation, return_errors=True) == []
        regions, rels = {}, set()
        for r in annotation["result"]:
            if r["type"] == "relation":
                assert r["labels"][0] in relation_values and r["direction"] == "right"
                continue
            assert (r["from_name"], r["to_name"], r["type"]) == (
                control.name, obj.name, control.tag.lower())  # fmt: skip
            v = r["value"]
            assert set(v["labels"]) <= set(control.labels)
            # code points, "\r\n" two: Python's slice is what Label Studio stores
            assert text[v["start"] : v["end"]] == v["text"]
            regions[r["id"]] = (v["start"], v["end"], v["labels"][0])
        for r in annotation["result"]:
            if r["type"] == "relation":
                rels.add((r["labels"][0], regions[r["from_id"]], regions[r["to_id"]]))
        assert set(regions.values()) == want["spans"] and rels == want["relations"]


# --- spaCy -------------------------------------------------------------------------------------


def test_spacy_docbin_aligns_with_a_blank_zh_pipeline(exported):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin
    from spacy.training import Example

    nlp = spacy.blank("zh")  # the "char" segmenter: one token per character
    docs = list(DocBin().from_disk(exported["root"] / "spacy" / "all.spacy").get_docs(nlp.vocab))
    assert len(docs) == 3
    for ref in docs:
        want = exported["want"][ref.user_data["id"]]
        assert ref.text == want["text"]
        example = Example(nlp.make_doc(ref.text), ref)  # what spacy train builds
        assert "-" not in example.get_aligned_ner()  # no entity lost in the alignment
        ents = {
            (e.start_char, e.end_char, e.label_) for e in example.get_aligned_spans_y2x(ref.ents)
        }
        groups = ref.spans["sc"] if "sc" in ref.spans else []
        sc = {(s.start_char, s.end_char, s.label_) for s in example.get_aligned_spans_y2x(groups)}
        assert ents == entity_spans(want)
        assert sc == want["spans"] - entity_spans(want)
        rels = {(t, (hs, he), (ts, te)) for t, hs, he, ts, te in ref.user_data.get("relations", [])}
        assert rels == {(t, h[:2], tl[:2]) for t, h, tl in want["relations"]}
