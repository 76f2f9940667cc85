"""Learned corrections that a team's first twenty pages teach by chance (learn47, session 45):
a frame whose cue is a list's neighbour, and a drop or relabel of every span of a rule seen
wrong only twice. The sentences, names and places are made up."""

from __future__ import annotations

from civannot.learn.corrections import (
    FRAME_SEP,
    RULE_WIDE_MIN_FIXED,
    _frame_cues,
    learn_corrections,
)
from civannot.learn.data import GoldDoc
from civannot.preannotate.engine import Suggestions
from civannot.records import Span

RULE = "org.made_up"


def _cues(text: str, name: str) -> set[tuple[str, str]]:
    s = text.index(name)
    out = set()
    for a in _frame_cues(text, s, s + len(name)):
        left, right = a.split(FRAME_SEP, 1)
        out.add((left, right))
    return out


def test_a_frame_cue_never_holds_a_list_separator_beside_a_neighbours_character():
    text = "走访了岚江县供销社、青禾书社、兴农合作社等单位。"
    cues = _cues(text, "青禾书社")
    # the separator alone is still a cue on either side
    assert ("、", "、") in cues
    # neither the end of the item before (社、) nor the start of the item after (、兴)
    assert all(not (len(x) > 1 and "、" in x) for pair in cues for x in pair), cues
    assert not any(left == "社、" or right == "、兴" for left, right in cues)


def test_a_frame_cue_without_a_list_separator_is_kept():
    # the genre's frame: 来到…检查, two characters each side, no separator
    text = "周立新一行来到岚江县青禾书社检查创文工作。"
    cues = _cues(text, "岚江县青禾书社")
    assert {("来到", "检查"), ("到", "检"), ("来到", "检"), ("到", "检查")} <= cues


def _doc(key: str, text: str, gold: list[tuple[str, str]], rule_spans: list[str]) -> tuple:
    """A page, its gold (text, label) spans and the made-up rule's ORG suggestions."""
    spans = []
    for name, lab in gold:
        s = text.index(name)
        spans.append(Span(s, s + len(name), lab, name))
    sug_spans = []
    for name in rule_spans:
        s = text.index(name)
        sug_spans.append(Span(s, s + len(name), "ORG", name))
    return (
        GoldDoc(key, text, spans, []),
        Suggestions(spans=sug_spans, relations=[], rules=[RULE] * len(sug_spans)),
    )


def _pages(wrong: list[list[str]]) -> tuple[list[GoldDoc], list[Suggestions]]:
    """Ten pages, each with a body the gold tags and the rules do not touch; the made-up rule
    fires only on the first pages, on the strings of `wrong`, which the team does not tag (each a
    different string: no drop by text can be learned)."""
    docs, sugs = [], []
    right = ["岚江县供销社", "青禾书社", "石屏县农机站", "柳塘镇卫生院", "云栖区图书馆"]
    for i in range(10):
        text = f"第{i}天，周立新来到{right[i % 5]}调研。"
        gold = [(right[i % 5], "ORG")]
        rule: list[str] = []
        if i < len(wrong):
            for w in wrong[i]:
                text += f"会上提到{w}的情况。"
                rule.append(w)
        d, s = _doc(f"p{i}", text, gold, rule)
        docs.append(d)
        sugs.append(s)
    return docs, sugs


def test_a_rule_wrong_twice_on_two_pages_is_not_dropped_everywhere():
    # the rule is wrong once on each of two pages (a body cut short, a generic 排水公司)
    docs, sugs = _pages([["排水公司"], ["热力公司"]])
    names = [c.name() for c in learn_corrections(docs, sugs).items]
    assert f"drop ORG (rule «{RULE}»)" not in names
    assert RULE_WIDE_MIN_FIXED == 3


def test_a_rule_wrong_three_times_on_two_pages_is_still_dropped_everywhere():
    docs, sugs = _pages([["排水公司", "供水公司"], ["热力公司"]])
    corr = learn_corrections(docs, sugs)
    names = [c.name() for c in corr.items]
    assert f"drop ORG (rule «{RULE}»)" in names
    got = next(c for c in corr.items if c.name() == f"drop ORG (rule «{RULE}»)")
    assert (got.fixed, got.broken) == (3, 0)
