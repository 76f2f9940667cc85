"""The combination policy is chosen on what pre-annotation gives (the learned relation drops
after the combination) and never leaves a label, or HOLDS_TITLE, below the rules alone on the
documents it is chosen on. Every text is made up."""

from __future__ import annotations

from civannot.learn import training
from civannot.learn.corrections import without_relations
from civannot.learn.crf import TaggedSpan, Tagging
from civannot.learn.data import GoldDoc
from civannot.learn.evaluation import f1_of, score
from civannot.learn.training import _both_pred, choose_policy
from civannot.preannotate.engine import Suggestions, suggest, suggestion_span
from civannot.records import Span

NAMES = ["王大明", "李小红", "张若溪", "赵青山", "钱岚生", "孙晓川", "周一凡", "吴长河"]
LEADERS = ("HOLDS_TITLE", "relation.holds.leaders")


def _leaders_text(i: int) -> str:
    a, b, c = NAMES[i % 8], NAMES[(i + 3) % 8], NAMES[(i + 5) % 8]
    return f"栖岸召开创文推进会。县领导{a}、{b}出席会议。县委书记{c}主持会议。"


def _holds(pred) -> list[tuple[str, str]]:  # noqa: ANN001
    spans, rels = pred
    return [(spans[h].text, spans[t].text) for r, h, t in rels if r == "HOLDS_TITLE"]


def test_a_relation_drop_is_scored_after_the_combination_as_preannotation_applies_it():
    text = _leaders_text(0)
    sug = suggest(text)
    assert LEADERS[1] in sug.relation_rules
    drops = frozenset({LEADERS})
    # as pre-annotation: combined with the edges, then the drop
    after = _holds(_both_pred(text, Tagging(), sug, (), None, drops))
    assert ("王大明", "县领导") not in after and ("孙晓川", "县委书记") in after
    # dropped before the combination, the name right after 县领导 is linked to it again
    # (relation.holds.adjacent): what the policy was chosen against until session 19
    before = _holds(_both_pred(text, Tagging(), without_relations(sug, drops), ()))
    assert ("王大明", "县领导") in before


def test_fit_corrections_gives_the_suggestions_to_combine_and_the_drops_per_document():
    texts = [_leaders_text(i) for i in range(8)]
    sugs = [suggest(t) for t in texts]
    docs = []
    for t, s in zip(texts, sugs, strict=True):
        spans = [Span(x.start, x.end, x.label, x.text) for x in s.spans]
        rels = [
            r for r, rule in zip(s.relations, s.relation_rules, strict=True) if rule != LEADERS[1]
        ]
        docs.append(GoldDoc(t, t, spans, rels))
    corr, out, info = training.fit_corrections(docs, sugs)
    assert corr.relation_drops() == {LEADERS}
    assert all(LEADERS[1] not in s.relation_rules for s in out)
    assert all(LEADERS[1] in s.relation_rules for s in info["combined"])
    assert all(d == {LEADERS} for d in info["drops"])
    # scored as pre-annotation gives them, the rules + corrections draw exactly the gold edges
    preds = [
        _both_pred(d.text, Tagging(), s, (), None, x)
        for d, s, x in zip(docs, info["combined"], info["drops"], strict=True)
    ]
    assert f1_of(score(docs, preds), "HOLDS_TITLE") == 1.0


def _span(text: str, word: str, label: str, after: int = 0) -> Span:
    k = text.index(word, after)
    return Span(k, k + len(word), label, word)


def test_the_policy_takes_back_a_label_whose_spans_cost_holds_title():
    # the team tags 主任 and the posts after 由 (the rules miss them) and draws no edge from the
    # name after 主任 (its convention); the model finds the posts: TITLE gains, and
    # relation.holds.adjacent links the name to the model's 主任, a false edge in every document
    text = "主任王大明到会。县长李小红讲话。会议由局长主持，处长、科长参加。"
    docs, sugs, tags = [], [], []
    for i in range(12):
        gold = [
            _span(text, "主任", "TITLE"), _span(text, "王大明", "PERSON"),
            _span(text, "县长", "TITLE"), _span(text, "李小红", "PERSON"),
            _span(text, "局长", "TITLE"), _span(text, "处长", "TITLE"),
            _span(text, "科长", "TITLE"),
        ]  # fmt: skip
        docs.append(GoldDoc(i, text, gold, [("HOLDS_TITLE", 3, 2)]))
        rule = [gold[1], gold[2], gold[3]]
        sug = Suggestions(
            spans=[suggestion_span(text, s.start, s.end, s.label, 0.9, "r") for s in rule],
            rules=["r"] * 3,
        )
        sug.relations, sug.relation_rules = [("HOLDS_TITLE", 2, 1)], ["relation.holds.adjacent"]
        sugs.append(sug)
        found = [gold[0], gold[2], gold[4], gold[5], gold[6]]
        tags.append(Tagging([TaggedSpan(s.start, s.end, "TITLE", 0.9) for s in found]))
    union = _both_pred(text, tags[0], sugs[0], (), {"TITLE": "union"})
    assert ("王大明", "主任") in _holds(union)  # the false edge
    # entity micro-F1 + HOLDS_TITLE F1 is higher with the model's titles (0.6 + 1.0 against
    # 1.0 + 0.67), and TITLE alone is sure: without the guard TITLE went to the model
    pol = choose_policy(docs, sugs, tags)
    assert pol["TITLE"] == "rules"
    rules = score(
        docs, [_both_pred(d.text, Tagging(), s, ()) for d, s in zip(docs, sugs, strict=True)]
    )
    both = score(
        docs, [_both_pred(d.text, t, s, (), pol) for d, t, s in zip(docs, tags, sugs, strict=True)]
    )
    assert f1_of(both, "HOLDS_TITLE") >= f1_of(rules, "HOLDS_TITLE")


def test_the_guard_keeps_a_label_that_costs_nothing_elsewhere():
    text = "会议由局长主持，处长、科长参加。县长李小红讲话。"
    docs, sugs, tags = [], [], []
    for i in range(12):
        gold = [
            _span(text, "局长", "TITLE"), _span(text, "处长", "TITLE"),
            _span(text, "科长", "TITLE"), _span(text, "县长", "TITLE"),
            _span(text, "李小红", "PERSON"),
        ]  # fmt: skip
        docs.append(GoldDoc(i, text, gold, [("HOLDS_TITLE", 4, 3)]))
        sug = Suggestions(
            spans=[suggestion_span(text, s.start, s.end, s.label, 0.9, "r") for s in gold[3:]],
            rules=["r"] * 2,
        )
        sug.relations, sug.relation_rules = [("HOLDS_TITLE", 1, 0)], ["relation.holds.adjacent"]
        sugs.append(sug)
        tags.append(Tagging([TaggedSpan(s.start, s.end, "TITLE", 0.9) for s in gold[:4]]))
    assert choose_policy(docs, sugs, tags)["TITLE"] != "rules"
