"""export_project on real projects: selection, splits, every format, dataset card, no silent loss."""

from __future__ import annotations

import json

import pytest

from civannot.export import ExportError, assign_splits, export_project, parse_split
from civannot.formats.brat import read_brat
from civannot.formats.conll import decode_tags, read_conll
from civannot.formats.doccano import read_doccano
from civannot.formats.labelstudio import read_labelstudio
from civannot.project import Project
from civannot.records import DocumentInput, LayerInput, Span

SPECIAL = "市委书记张𠮷旺强调：\r\n各级各部门要压实责任。\r\n漳州市文明办"
ORG0 = SPECIAL.index("漳州市文明办")


def span(text: str, frag: str, label: str, nth: int = 0) -> Span:
    i = -1
    for _ in range(nth + 1):
        i = text.index(frag, i + 1)
    return Span(i, i + len(frag), label, frag)


def build(tmp_path, n: int = 30) -> Project:
    project = Project.create(tmp_path / "p.civ")
    items = []
    for i in range(n):
        text = f"第{i}篇：{i % 7 + 1}月{i % 28 + 1}日，云川市委书记王明远在市政府讲话。"
        spans = [span(text, "市委书记", "TITLE"), span(text, "王明远", "PERSON")]
        if i % 3 == 0:
            spans.append(span(text, "市政府", "ORG"))
        if i % 5 == 0:
            spans.append(span(text, "云川", "GPE"))
        layer = LayerInput("gold", spans, [("HOLDS_TITLE", 1, 0)], done=True)
        items.append((DocumentInput(f"doc{i:02d}", text), [layer]))
    # 𠮷, \r\n, a directive containing an entity, a relation from the directive
    d0 = SPECIAL.index("各级")
    sp = [
        span(SPECIAL, "市委书记", "TITLE"),
        span(SPECIAL, "张𠮷旺", "PERSON"),
        Span(d0, d0 + 10, "DIRECTIVE", SPECIAL[d0 : d0 + 10]),
        span(SPECIAL, "漳州市文明办", "ORG"),
    ]
    rels = [("HOLDS_TITLE", 1, 0), ("ISSUED_BY", 2, 1)]
    items.append((DocumentInput("special", SPECIAL), [LayerInput("gold", sp, rels, done=True)]))
    # done without spans: all O, still exported
    items.append(
        (DocumentInput("empty-done", "本报讯 今天天气晴。"), [LayerInput("gold", [], [], True)])
    )
    # not done, no spans: left out (DESIGN §3)
    items.append(
        (DocumentInput("untouched", "尚未标注的文章。"), [LayerInput("alice", [], [], False)])
    )
    project.import_batch(items)
    return project


@pytest.fixture
def project(tmp_path):
    p = build(tmp_path)
    yield p
    p.close()


def test_parse_split():
    assert parse_split("0.8,0.1,0.1") == [0.8, 0.1, 0.1]
    assert parse_split(None) is None
    for bad in ("0.8,0.1", "1", "0.5,0.5,0,", "a,b", "0.9,-0.1,0.2"):
        with pytest.raises(ExportError):
            parse_split(bad)


def test_splits_deterministic_disjoint_and_balanced():
    docs = {
        i: __import__("collections").Counter({"A": 1} if i % 10 else {"RARE": 1})
        for i in range(200)
    }
    a = assign_splits(docs, [0.8, 0.1, 0.1], seed=3)
    assert a == assign_splits(docs, [0.8, 0.1, 0.1], seed=3)
    assert a != assign_splits(docs, [0.8, 0.1, 0.1], seed=4)
    sizes = [sum(1 for v in a.values() if v == j) for j in range(3)]
    assert sizes == [160, 20, 20] and set(a) == set(docs)
    rare = [sum(1 for d, v in a.items() if v == j and d % 10 == 0) for j in range(3)]
    assert rare == [16, 2, 2]  # 20 rare documents spread by the split shares


def test_jsonl_like_selection_and_card_conll(project, tmp_path):
    out = tmp_path / "conll"
    report = export_project(project, "conll", out, split="0.8,0.1,0.1", seed=1)
    assert report.splits and sum(report.splits.values()) == 32  # 'untouched' left out
    assert report.left_out == 1
    assert sorted(report.files) == ["README.md", "dev.conll", "test.conll", "train.conll"]
    # DIRECTIVE is left out of BIO by default, and says so
    assert report.filtered["DIRECTIVE"] == 1
    assert any("DIRECTIVE" in n for n in report.notes)
    ids = {}
    found = {}
    for name in ("train", "dev", "test"):
        for doc_id, sents in read_conll(out / f"{name}.conll"):
            assert doc_id not in ids, "a document in two splits"
            ids[doc_id] = name
            found[doc_id] = {s for sent in sents for s in decode_tags(sent)}
    assert len(ids) == 32 and "untouched" not in ids
    assert found["special"] == {(0, 4, "TITLE"), (4, 7, "PERSON"), (ORG0, ORG0 + 6, "ORG")}
    card = (out / "README.md").read_text(encoding="utf-8")
    for needle in ("## Spans per label and split", "| PERSON |", "seed 1", "schema:",
                   "left out", "agreement", "DIRECTIVE 1"):  # fmt: skip
        assert needle in card, needle
    # same seed, same split
    again = export_project(project, "conll", tmp_path / "again", split="0.8,0.1,0.1", seed=1)
    assert again.splits == report.splits
    assert (tmp_path / "again" / "dev.conll").read_text() == (out / "dev.conll").read_text()


def test_every_format_keeps_offsets_exact(project, tmp_path):
    wanted = {
        (s.start, s.end, s.label)
        for s in project.layer_data("gold")[project.document_id("special")][0]
    }
    # brat
    r = export_project(project, "brat", tmp_path / "brat")
    assert not r.dropped and r.relations["all"] == 32
    items = {d.external_id: (d, ls) for d, ls in read_brat(tmp_path / "brat")}
    d, [layer] = items["special"]
    assert d.text == SPECIAL
    assert {(s.start, s.end, s.label) for s in layer.spans} == wanted
    assert len(layer.relations) == 2
    # doccano (relations present -> entities/relations shape)
    export_project(project, "doccano", tmp_path / "doccano")
    recs = {d.external_id: ls for d, ls in read_doccano(tmp_path / "doccano" / "all.jsonl")}
    assert {(s.start, s.end, s.label) for s in recs["special"][0].spans} == wanted
    first = json.loads(
        (tmp_path / "doccano" / "all.jsonl").read_text(encoding="utf-8").splitlines()[0]
    )
    assert "entities" in first and "relations" in first
    # Label Studio
    export_project(project, "labelstudio", tmp_path / "ls")
    assert (tmp_path / "ls" / "label_config.xml").is_file()
    tasks = {d.external_id: ls for d, ls in read_labelstudio(tmp_path / "ls" / "all.json")}
    assert {(s.start, s.end, s.label) for s in tasks["special"][0].spans} == wanted
    assert len(tasks["special"][0].relations) == 2


def test_spacy_export(project, tmp_path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    report = export_project(project, "spacy", tmp_path / "sp", split="0.9,0.1", seed=2)
    assert set(report.splits) == {"train", "test"}
    docs = []
    for name in ("train", "test"):
        docs += list(
            DocBin().from_disk(tmp_path / "sp" / f"{name}.spacy").get_docs(spacy.blank("zh").vocab)
        )
    special = next(d for d in docs if d.user_data["id"] == "special")
    assert special.text == SPECIAL
    assert [(e.start_char, e.end_char, e.label_) for e in special.ents] == [
        (0, 4, "TITLE"), (4, 7, "PERSON"), (ORG0, ORG0 + 6, "ORG")]  # fmt: skip
    assert [s.label_ for s in special.spans["sc"]] == ["DIRECTIVE"]


def test_labels_filter_and_relations_counted(project, tmp_path):
    report = export_project(project, "brat", tmp_path / "b", labels=["PERSON", "TITLE"])
    assert report.filtered["ORG"] > 0 and report.filtered["DIRECTIVE"] == 1
    assert report.filtered["relation ISSUED_BY (a span not exported)"] == 1
    assert set(report.labels["all"]) == {"PERSON", "TITLE"}
    with pytest.raises(ExportError, match="not in the schema: NOPE"):
        export_project(project, "brat", tmp_path / "c", labels=["NOPE"])


def test_offsets_checked_before_writing(project, tmp_path):
    doc_id = project.document_id("doc00")
    # corrupt a stored span behind the project's back: its text no longer matches
    project.db.execute_sql(
        "UPDATE span SET text = 'XX' WHERE document_id = ? AND label = 'PERSON'", (doc_id,)
    )
    report = export_project(project, "labelstudio", tmp_path / "ls")
    assert len(report.invalid) == 1 and "doc00" in report.invalid[0]
    card = (tmp_path / "ls" / "README.md").read_text(encoding="utf-8")
    assert "offsets do not match the text: 1" in card


def test_empty_result_says_why(tmp_path):
    p = Project.create(tmp_path / "e.civ")
    report = export_project(p, "conll", tmp_path / "out")
    assert report.empty_reason == "the project has no documents"
    assert not (tmp_path / "out").exists()
    p.import_batch([(DocumentInput("a", "文字"), [])])
    report = export_project(p, "conll", tmp_path / "out")
    assert "no spans and no document marked done" in report.empty_reason
    assert "nothing exported" in report.summary()
    p.close()


def test_bad_requests_are_one_line_errors(project, tmp_path):
    with pytest.raises(ExportError, match="unknown format"):
        export_project(project, "xml", tmp_path / "x")
    with pytest.raises(ExportError, match="no layer 'zoe'"):
        export_project(project, "conll", tmp_path / "x", layer="zoe")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "mine.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(ExportError, match="not empty"):
        export_project(project, "conll", tmp_path / "full")
    with pytest.raises(ExportError, match="not an earlier civannot export"):
        export_project(project, "conll", tmp_path / "full", overwrite=True)
    assert (tmp_path / "full" / "mine.txt").read_text(encoding="utf-8") == "keep"


def test_force_replaces_an_earlier_export(project, tmp_path):
    export_project(project, "conll", tmp_path / "o")
    report = export_project(project, "bioes", tmp_path / "o", overwrite=True)
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["README.md", "all.bioes"]
    assert report.card


def test_cancel_writes_nothing_and_progress_reports(project, tmp_path):
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 5

    report = export_project(project, "doccano", tmp_path / "c", cancel=cancel)
    assert report.cancelled and not (tmp_path / "c").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".c.")]
    seen: list[tuple[int, int]] = []
    export_project(project, "doccano", tmp_path / "d", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (32, 32)


def test_raw_offsets(tmp_path):
    from civannot.text import normalize

    raw = "? ? ? 本报讯 市委书记張國旺强调。"
    n = normalize(raw)
    p = Project.create(tmp_path / "r.civ")
    i = n.text.index("市委书记")
    spans = [Span(i, i + 4, "TITLE", n.text[i : i + 4])]
    p.import_batch([(DocumentInput("r", n.text, raw=raw, offset_map=n.offset_map.dumps()),
                     [LayerInput("gold", spans, [], True)])])  # fmt: skip
    export_project(p, "labelstudio", tmp_path / "ls", raw_offsets=True)
    [(d, [layer])] = read_labelstudio(tmp_path / "ls" / "all.json")
    assert d.text == raw
    s = layer.spans[0]
    assert raw[s.start : s.end] == "市委书记"
    p.close()


@pytest.mark.seeds
def test_seed_articles_keep_exact_offsets_in_every_format(tmp_path, seed_files):
    """Real damaged articles, normalised, tagged by pattern and exported: offsets stay exact."""
    import re

    from civannot.text import normalize

    p = Project.create(tmp_path / "s.civ")
    items = []
    for f in seed_files:
        raw = f.read_text(encoding="utf-8")
        n = normalize(raw)
        text = n.text + "\r\n𠮷"  # make sure both cases are in every article
        spans = [
            Span(m.start(), m.end(), "DATE", m.group()) for m in re.finditer(r"\d+月\d+日", text)
        ]
        spans += [
            Span(m.start(), m.end(), "GPE", m.group()) for m in re.finditer(r"𠮷|铜仁|漳州", text)
        ]
        spans.sort(key=lambda s: s.start)
        items.append((DocumentInput(f.stem, text), [LayerInput("gold", spans, [], True)]))
    p.import_batch(items)
    want = {
        d.external_id: {(s.start, s.end, s.label) for s in p.spans(d.id, "gold")}
        for d in p.document_infos()
    }
    assert all(want.values())
    export_project(p, "brat", tmp_path / "brat")
    got = {
        d.external_id: {(s.start, s.end, s.label) for s in ls[0].spans}
        for d, ls in read_brat(tmp_path / "brat")
    }
    assert got == want
    export_project(p, "doccano", tmp_path / "dc")
    got = {d.external_id: {(s.start, s.end, s.label) for s in ls[0].spans}
           for d, ls in read_doccano(tmp_path / "dc" / "all.jsonl")}  # fmt: skip
    assert got == want
    export_project(p, "labelstudio", tmp_path / "ls")
    got = {d.external_id: {(s.start, s.end, s.label) for s in ls[0].spans}
           for d, ls in read_labelstudio(tmp_path / "ls" / "all.json")}  # fmt: skip
    assert got == want
    export_project(p, "conll", tmp_path / "cn")
    got = {doc_id: {s for sent in sents for s in decode_tags(sent)}
           for doc_id, sents in read_conll(tmp_path / "cn" / "all.conll")}  # fmt: skip
    assert got == want
    p.close()
