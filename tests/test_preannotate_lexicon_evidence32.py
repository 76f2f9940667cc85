"""The learned lexicon keeps a string only where the team's own annotated texts tag it where it is
written (issue 15: with more gold a team's suggestions must not get worse). Made-up text."""

from __future__ import annotations

from civannot.learn.data import GoldDoc, lexicon_of
from civannot.preannotate import suggest
from civannot.preannotate.lexicon import Lexicon, evidence
from civannot.preannotate.runner import EVIDENCE_META, learn_lexicon, preannotate_project
from civannot.project import Project
from civannot.records import DocumentInput, LayerInput, Span

# 代表 is tagged once (the post of a congress deputy) and written three times as a verb
VERB = [
    "人大代表林晓东发言。",
    "林晓东代表青山县政府签约。",
    "王小红代表园区作表态发言。",
    "周海代表企业发言。",
]
# 书记 is tagged where it stands alone, and is otherwise inside longer posts
POST = [
    "青山县委书记周海出席。书记周海强调要抓落实。",
    "区委副书记王小红主持。",
]


def _span(text: str, word: str, label: str, nth: int = 0) -> Span:
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return Span(i, i + len(word), label, word)


def _gold() -> list[tuple[str, list[Span]]]:
    out = []
    t = VERB[0]
    out.append((t, [_span(t, "人大", "ORG"), _span(t, "代表", "TITLE")]))
    for t, name in zip(VERB[1:], ("林晓东", "王小红", "周海"), strict=True):
        out.append((t, [_span(t, name, "PERSON")]))
    t = POST[0]
    out.append((t, [_span(t, "青山县委书记", "TITLE"), _span(t, "书记", "TITLE", nth=1)]))
    t = POST[1]
    out.append((t, [_span(t, "区委副书记", "TITLE")]))
    return out


def _annotated():
    return [(t, [(s.start, s.end, s.label) for s in spans]) for t, spans in _gold()]


def test_evidence_counts_where_a_string_is_written_other_than_inside_a_longer_span():
    ev = evidence({"代表": "TITLE", "书记": "TITLE", "人大": "ORG"}, _annotated())
    # 代表: tagged once, written four times (in 人大代表 it is its own span)
    assert ev["代表"] == (1, 4)
    # 书记: twice inside a longer post (not counted), once alone and tagged
    assert ev["书记"] == (1, 1)
    assert ev["人大"] == (1, 1)


def test_a_string_the_team_mostly_leaves_untagged_is_not_learned():
    votes = [("代表", "TITLE", 1), ("书记", "TITLE", 1), ("人大", "ORG", 1)]
    plain = Lexicon.from_votes(votes)
    kept = Lexicon.from_votes(votes, annotated=_annotated())
    assert "代表" in plain and "代表" not in kept
    assert kept.get("书记") == "TITLE" and kept.get("人大") == "ORG"
    # on a new page the verb is no longer suggested as a post
    text = "青山县副县长林晓东代表县政府签约。"
    assert not any(s.text == "代表" for s in suggest(text, lexicon=kept).spans)


def test_a_string_tagged_more_often_than_not_is_kept():
    text = "书记周海讲话。书记王小红要带头。"
    spans = [(0, 2, "TITLE"), (2, 4, "PERSON"), (9, 12, "PERSON")]
    assert evidence({"书记": "TITLE"}, [(text, spans)]) == {"书记": (1, 2)}
    # tagged in half of the places it is written: no majority, not learned
    assert "书记" not in Lexicon.from_votes([("书记", "TITLE", 1)], annotated=[(text, spans)])
    more = text + "林晓东、书记周海到场。"
    k = len(text)
    spans_more = [*spans, (k, k + 3, "PERSON"), (k + 4, k + 6, "TITLE"), (k + 6, k + 8, "PERSON")]
    assert evidence({"书记": "TITLE"}, [(more, spans_more)]) == {"书记": (2, 3)}
    assert "书记" in Lexicon.from_votes([("书记", "TITLE", 2)], annotated=[(more, spans_more)])


def test_a_post_left_untagged_counts_against_it_only_beside_a_name():
    # 各级书记, 书记们: no post held there, and the lexicon suggests a post only beside a name
    text = "书记周海讲话。各级书记要带头，书记们要表率。"
    spans = [(0, 2, "TITLE"), (2, 4, "PERSON")]
    assert evidence({"书记": "TITLE"}, [(text, spans)]) == {"书记": (1, 1)}
    # an ORG left untagged counts wherever it is written (not inside the longer 县政府)
    text = "县政府、政府办、政府"
    assert evidence({"政府": "ORG"}, [(text, [(0, 3, "ORG")])]) == {"政府": (0, 2)}


def test_the_same_span_under_another_label_counts_as_written_not_as_tagged():
    text = "青山县文明办、青山县文明办主任林晓东"
    spans = [(0, 6, "GPE"), (7, 13, "ORG")]
    # (as a GPE, in this made-up gold, the string is written but not tagged ORG)
    assert evidence({"青山县文明办": "ORG"}, [(text, spans)]) == {"青山县文明办": (1, 2)}


def test_a_string_never_written_in_the_texts_stays():
    lex = Lexicon.from_votes([("林晓东", "PERSON", 1)], annotated=[("别的文字。", [])])
    assert lex.get("林晓东") == "PERSON"


def test_the_harness_lexicon_reads_the_same_evidence():
    docs = [GoldDoc(i, t, spans, []) for i, (t, spans) in enumerate(_gold())]
    lex = lexicon_of(docs)
    assert "代表" not in lex and lex.get("书记") == "TITLE"


def _project(path, extra=()):
    p = Project.create(path)
    items = []
    for i, (t, spans) in enumerate(_gold()):
        items.append((DocumentInput(f"d{i}", t), [LayerInput("alice", spans=spans, done=True)]))
    for j, t in enumerate(extra):
        items.append((DocumentInput(f"e{j}", t), []))
    p.import_batch(items)
    return p


def test_the_project_learns_only_what_its_texts_tag(tmp_path):
    p = _project(tmp_path / "p.civ")
    lex = learn_lexicon(p, fresh=True)
    assert "代表" not in lex and lex.get("书记") == "TITLE"
    # the evidence is kept in the project: a one-document run reads it from there
    assert p.get_meta(EVIDENCE_META)["代表"] == [1, 4]
    p.close()


def test_a_one_document_run_reads_the_stored_evidence(tmp_path):
    p = _project(tmp_path / "p.civ", extra=["市人大代表周海出席会议。"])
    d = p.document_id("e0")
    p.set_meta(EVIDENCE_META, {"书记": [0, 5]})  # as stored by an earlier run
    preannotate_project(p, [d], processes=1)
    lex = learn_lexicon(p)
    # the stored evidence drops 书记; 代表 is not in it: kept, as a string learned since
    assert "书记" not in lex and lex.get("代表") == "TITLE"
    assert learn_lexicon(p, fresh=True).get("书记") == "TITLE"
    p.close()
