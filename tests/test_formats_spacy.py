"""spaCy DocBin: blank zh pipeline, entities in doc.ents, DIRECTIVE in doc.spans; exact text."""

from __future__ import annotations

import builtins

import pytest

from civannot.formats._base import ExportDoc, FormatError
from civannot.records import Span

TEXT = "市委书记张𠮷旺强调：\r\n要扎实开展问题整改。"


def sp(s: int, e: int, label: str) -> Span:
    return Span(s, e, label, TEXT[s:e])


def test_docbin_round_trip(tmp_path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    from civannot.formats.spacy_docbin import write_docbin

    spans = [sp(0, 4, "TITLE"), sp(4, 7, "PERSON"), sp(12, 21, "DIRECTIVE"), sp(13, 15, "ORG"),
             sp(14, 16, "GPE")]  # fmt: skip
    doc = ExportDoc("d1", TEXT, spans, [("HOLDS_TITLE", 1, 0)])
    path = tmp_path / "train.spacy"
    stats = write_docbin([doc], path)
    assert stats.dropped == {("overlapping entity (doc.ents holds one per character)", "GPE"): 1}
    nlp = spacy.blank("zh")
    [d] = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    assert d.text == TEXT
    assert [(e.start_char, e.end_char, e.label_, e.text) for e in d.ents] == [
        (0, 4, "TITLE", "市委书记"), (4, 7, "PERSON", "张𠮷旺"), (13, 15, "ORG", "扎实")]  # fmt: skip
    assert [(s.start_char, s.end_char, s.label_) for s in d.spans["sc"]] == [(12, 21, "DIRECTIVE")]
    assert d.user_data["id"] == "d1"
    assert [list(r) for r in d.user_data["relations"]] == [["HOLDS_TITLE", 4, 7, 0, 4]]


def test_missing_spacy_is_one_clear_line(monkeypatch, tmp_path):
    from civannot.formats import spacy_docbin

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "spacy" or name.startswith("spacy."):
            raise ImportError("No module named 'spacy'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(FormatError) as err:
        spacy_docbin.write_docbin([ExportDoc("a", "字", [])], tmp_path / "x.spacy")
    assert "pip install" in str(err.value) and "\n" not in str(err.value)
