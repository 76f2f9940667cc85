"""Every suggestion says which rule made it (a stable registry id) and how sure it is, and a lead
can switch rules off (issue 15 item 1, engine side)."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from civannot.preannotate.registry import RULES, family, resolve_disabled

TEXT = (
    "蓟川市召开创建全国文明城市推进会\n"
    "5月8日上午，蓟川市召开创建全国文明城市推进会。市委书记柯景行出席会议并讲话，"
    "市委副书记、市长裘安主持会议，市领导谷雨、井泉出席。\n"
    "柯景行强调，各级各部门要压实责任，确保测评指标全面达标。要发动群众广泛参与。\n"
    "裘安要求，各县（市、区）要对照《全国文明城市测评体系》逐项整改。"
)


def test_every_suggestion_carries_a_registered_rule_and_a_confidence():
    sug = suggest(TEXT)
    assert len(sug.rules) == len(sug.spans) and len(sug.relation_rules) == len(sug.relations)
    for span, rule in zip(sug.spans, sug.rules, strict=True):
        assert rule in RULES, rule
        assert span.provenance == rule
        assert span.confidence is not None and 0 < span.confidence <= 1
    for (rtype, _h, _t), rule in zip(sug.relations, sug.relation_rules, strict=True):
        assert rule in RULES and rule.startswith("relation.")
        assert rule.split(".")[1] == {"HOLDS_TITLE": "holds", "ISSUED_BY": "issued_by"}[rtype]
    by_text: dict[tuple[str, str], str] = {}  # first mention of each string
    for span, rule in zip(sug.spans, sug.rules, strict=True):
        by_text.setdefault((span.text, span.label), rule)
    assert by_text[("市委书记", "TITLE")] == "title.chain"
    assert by_text[("柯景行", "PERSON")] == "person.after_title"
    assert by_text[("市领导", "TITLE")] == "title.leaders"
    assert by_text[("全国文明城市测评体系", "DOC")] == "doc.book"
    assert by_text[("5月8日上午", "DATE")] == "date.pattern"
    issued = [
        r
        for (t, _, _), r in zip(sug.relations, sug.relation_rules, strict=True)
        if t == "ISSUED_BY"
    ]
    # 柯景行强调，要A。要B。: the frame's own sentence, then the attribution carried over
    assert issued[:2] == ["relation.issued_by.frame", "relation.issued_by.carried"]


def test_a_disabled_rule_makes_nothing_and_its_relations_go_with_it():
    full = suggest(TEXT)
    off = suggest(TEXT, disabled={"title.leaders"})
    assert any(s.text == "市领导" for s in full.spans)
    assert not any(r == "title.leaders" for r in off.rules)
    assert "relation.holds.leaders" not in off.relation_rules
    # everything else is unchanged
    assert len(off.spans) == len(full.spans) - 1
    no_issued = suggest(TEXT, disabled={"relation.issued_by"})
    assert not any(t == "ISSUED_BY" for t, _, _ in no_issued.relations)
    assert sum(s.label == "DIRECTIVE" for s in no_issued.spans) == sum(
        s.label == "DIRECTIVE" for s in full.spans
    )
    no_dirs = suggest(TEXT, disabled={"directive"})
    assert not any(s.label == "DIRECTIVE" for s in no_dirs.spans)


def test_families_and_unknown_ids():
    assert "title.chain" in resolve_disabled(["title"])
    assert family("gazetteer:gpe") == "gazetteer" and family("lexicon") == "lexicon"
    with pytest.raises(ValueError, match="no pre-annotation rule 'title.chian'"):
        suggest(TEXT, disabled={"title.chian"})


def test_rule_ids_are_stable():
    # ids are stored in projects (rules switched off): renaming one breaks them. Extend, never rename.
    for rid in (
        "title.chain",
        "person.after_title",
        "gazetteer:gpe",
        "lexicon",
        "relation.holds.adjacent",
        "relation.issued_by.frame",
        "directive.marker",
    ):
        assert rid in RULES
