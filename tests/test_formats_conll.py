"""Character CoNLL (BIO / BIOES): tags decoded by seqeval give back the spans, offsets exact."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seqeval.metrics.sequence_labeling import get_entities
from seqeval.scheme import IOBES

from civannot.formats._base import ExportDoc
from civannot.formats.conll import decode_tags, read_conll, write_conll
from civannot.records import Span

TEXT = "市委书记张𠮷旺强调：\r\n要扎实开展问题整改。”下一步 要落实！\r\n漳州市文明办"


def sp(text: str, s: int, e: int, label: str) -> Span:
    return Span(s, e, label, text[s:e])


def sample() -> ExportDoc:
    spans = [
        sp(TEXT, 0, 4, "TITLE"),
        sp(TEXT, 4, 7, "PERSON"),  # contains 𠮷
        sp(TEXT, 12, 21, "DIRECTIVE"),
        sp(TEXT, 34, 37, "GPE"),
    ]
    return ExportDoc("doc 1", TEXT, spans, [("HOLDS_TITLE", 1, 0)])


def seqeval_spans(tokens: list[tuple[str, int, str]], scheme: str) -> set[tuple[int, int, str]]:
    """Spans in text offsets as seqeval decodes the tags (it reads B/I/E/S prefixes alike)."""
    ents = get_entities([t for _c, _o, t in tokens])
    return {(tokens[a][1], tokens[b][1] + 1, label) for label, a, b in ents}


@pytest.mark.parametrize("scheme", ["BIO", "BIOES"])
def test_round_trip_through_seqeval(tmp_path, scheme):
    doc = sample()
    path = tmp_path / "out.conll"
    stats = write_conll([doc], path, scheme=scheme, directive_labels=["DIRECTIVE"])
    docs = read_conll(path)
    assert [d for d, _ in docs] == ["doc_1"]
    found = set()
    for sentence in docs[0][1]:
        decoded = seqeval_spans(sentence, scheme)
        assert set(decode_tags(sentence)) == decoded  # our decoder agrees with seqeval
        found |= decoded
    assert found == {(s.start, s.end, s.label) for s in doc.spans}
    for s, e, _label in found:
        assert TEXT[s:e] in {x.text for x in doc.spans}
    assert stats.spans == {"TITLE": 1, "PERSON": 1, "DIRECTIVE": 1, "GPE": 1}
    assert stats.dropped[("relations not carried by CoNLL", "HOLDS_TITLE")] == 1


def test_bioes_tags_are_valid_iobes(tmp_path):
    from seqeval.metrics import classification_report

    path = tmp_path / "x.bioes"
    write_conll([sample()], path, scheme="BIOES")
    tags = [[t for _c, _o, t in s] for _d, sents in read_conll(path) for s in sents]
    # strict IOBES parsing raises on an invalid sequence
    classification_report(tags, tags, mode="strict", scheme=IOBES, zero_division=0)
    flat = [t for s in tags for t in s]
    assert "S-PERSON" not in flat and "E-PERSON" in flat


def test_whitespace_left_out_and_offsets_kept(tmp_path):
    path = tmp_path / "x.conll"
    write_conll([sample()], path)
    tokens = [tok for s in read_conll(path)[0][1] for tok in s]
    assert all(not c.isspace() for c, _o, _t in tokens)
    for c, off, _t in tokens:
        assert TEXT[off] == c  # 𠮷 is one line and one offset
    assert len(tokens) == sum(1 for ch in TEXT if not ch.isspace())


def test_sentences_split_at_marks_and_line_breaks_never_inside_a_span(tmp_path):
    text = "他说：要抓好。落实\n到位。好的！对吗？\r\n结束"
    # a span crossing 。 and a line break: no sentence boundary may cut it
    spans = [sp(text, 3, 12, "DIRECTIVE")]
    path = tmp_path / "x.conll"
    write_conll([ExportDoc("a", text, spans)], path)
    sents = read_conll(path)[0][1]
    texts = ["".join(c for c, _o, _t in s) for s in sents]
    assert texts == ["他说：要抓好。落实到位。", "好的！", "对吗？", "结束"]


def test_closing_quote_stays_with_its_sentence(tmp_path):
    text = "他说：“要抓好。”然后"
    path = tmp_path / "x.conll"
    write_conll([ExportDoc("a", text, [])], path)
    texts = ["".join(c for c, _o, _t in s) for s in read_conll(path)[0][1]]
    assert texts == ["他说：“要抓好。”", "然后"]


def test_overlaps_are_counted_not_merged(tmp_path):
    text = "各级各部门要落实市委书记的要求"
    spans = [sp(text, 0, 14, "DIRECTIVE"), sp(text, 8, 12, "TITLE"), sp(text, 9, 11, "ORG")]
    path = tmp_path / "x.conll"
    stats = write_conll([ExportDoc("a", text, spans)], path, directive_labels=["DIRECTIVE"])
    # entities first: TITLE kept, ORG overlaps TITLE, DIRECTIVE contains TITLE
    assert stats.spans == {"TITLE": 1}
    assert stats.dropped[("overlap", "ORG")] == 1
    assert stats.dropped[("overlap", "DIRECTIVE")] == 1


def test_edge_whitespace_is_reported(tmp_path):
    text = "市委 书记 张三"
    spans = [sp(text, 0, 6, "TITLE"), sp(text, 6, 8, "PERSON")]
    stats = write_conll([ExportDoc("a", text, spans)], tmp_path / "x.conll")
    assert stats.adjusted[("edge whitespace left untagged", "TITLE")] == 1
    tokens = [t for s in read_conll(tmp_path / "x.conll")[0][1] for t in s]
    assert [t for _c, _o, t in tokens][:4] == ["B-TITLE", "I-TITLE", "I-TITLE", "I-TITLE"]


CHARS = st.sampled_from(list("市委书记张𠮷旺要抓好。！？\n\r ，落实"))


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(CHARS, min_size=1, max_size=40),
    cuts=st.lists(st.tuples(st.integers(0, 39), st.integers(1, 6)), max_size=6),
    scheme=st.sampled_from(["BIO", "BIOES"]),
)
def test_property_non_overlapping_spans_come_back(tmp_path_factory, text, cuts, scheme):
    spans, taken = [], set()
    for start, length in cuts:
        end = min(start + length, len(text))
        if start >= end:
            continue
        # spans as the guideline makes them: no whitespace at the edges
        if text[start].isspace() or text[end - 1].isspace():
            continue
        if taken & set(range(start, end)):
            continue
        taken |= set(range(start, end))
        spans.append(sp(text, start, end, "ORG"))
    path = tmp_path_factory.mktemp("p") / "x.conll"
    stats = write_conll([ExportDoc("a", text, spans)], path, scheme=scheme)
    got = set()
    for sentence in read_conll(path)[0][1]:
        got |= seqeval_spans(sentence, scheme)
    assert got == {(s.start, s.end, s.label) for s in spans}
    assert not stats.dropped
