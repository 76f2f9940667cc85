"""The model learns a team's systematic corrections from a small gold set (issue 15's goal), and
the combination policy trusts it only where it scored better on documents it did not see."""

from __future__ import annotations

import pytest

from civannot.learn.combine import combine
from civannot.learn.crf import CrfModel, TaggedSpan, Tagging
from civannot.learn.data import lexicon_of, rule_suggestions
from civannot.learn.evaluation import f1_of, score
from civannot.learn.features import FEATURES_VERSION, document_items, gazetteer_marks
from civannot.learn.training import _both_pred, _rules_pred, choose_policy, train_for_use
from civannot.preannotate import suggest
from civannot.records import Span
from tests.learn_support import synthetic_docs
from tests.team_genre import team_docs


@pytest.fixture(scope="module")
def team_scores():
    """Trained on 20 articles naming half of the unit posts and bodies; scored on 20 others
    naming all of them (posts and bodies the training gold never showed among them)."""
    train = team_docs(20, seed=21, half=True)
    test = team_docs(20, seed=22)
    fitted = train_for_use(train, rule_suggestions(train))
    model = CrfModel(fitted.data)
    sugs = rule_suggestions(test, lexicon=lexicon_of(train))
    rules = score(test, [_rules_pred(s) for s in sugs])
    # as `preannotate`: the learned corrections of the rules first, then the model
    csugs = [fitted.corrections.apply(d.text, s) for d, s in zip(test, sugs, strict=True)]
    feats = csugs if fitted.corrections_features else sugs
    both = score(
        test,
        [
            _both_pred(d.text, model.tag(d.text, f.spans), s, (), fitted.policy)
            for d, f, s in zip(test, feats, csugs, strict=True)
        ],
    )
    return rules, both, fitted


def test_twenty_documents_of_gold_add_five_points_where_the_rules_are_weak(team_scores):
    rules, both, _ = team_scores
    assert f1_of(both, "micro") >= f1_of(rules, "micro") + 0.05
    assert f1_of(both, "HOLDS_TITLE") >= f1_of(rules, "HOLDS_TITLE") + 0.05
    # the speakers the rules missed are found again over the model's names
    assert f1_of(both, "ISSUED_BY") > f1_of(rules, "ISSUED_BY")
    for lab in ("PERSON", "TITLE"):  # the rules' weakest labels on this genre
        assert f1_of(both, lab) > f1_of(rules, lab), lab
    # since session 5's audit of real pages the rules read a school or company before its post
    # (ORG 0.771 -> 0.878 here): the model, trusted for ORG, must not lose there
    assert f1_of(both, "ORG") >= f1_of(rules, "ORG"), "ORG"
    for lab in ("GPE", "DATE"):  # where the rules are right, nothing is lost
        assert f1_of(both, lab) >= f1_of(rules, lab) - 0.01, lab


def test_policy_leaves_to_the_rules_what_the_model_does_not_do_better(team_scores):
    _, _, fitted = team_scores
    assert fitted.policy["TITLE"] != "rules" and fitted.policy["PERSON"] != "rules"
    # the rules are exact on GPE and DATE in this genre: a tie stays with them
    assert fitted.policy["GPE"] == "rules" and fitted.policy["DATE"] == "rules"


def test_choose_policy_keeps_the_rules_when_the_model_only_echoes_them():
    docs = synthetic_docs(6, seed=3)
    sugs = [suggest(d.text) for d in docs]
    echo = [
        Tagging(
            [TaggedSpan(s.start, s.end, s.label, 0.9) for s in sug.spans if s.label != "DIRECTIVE"]
        )
        for sug in sugs
    ]
    assert set(choose_policy(docs, sugs, echo).values()) == {"rules"}
    # a model that also finds the 联盟 ORGs the gold has is trusted for ORG
    finds = [
        Tagging(
            t.spans
            + [
                TaggedSpan(g.start, g.end, "ORG", 0.9)
                for g in d.spans
                if g.label == "ORG" and not any(s.start == g.start for s in t.spans)
            ]
        )
        for d, t in zip(docs, echo, strict=True)
    ]
    assert choose_policy(docs, sugs, finds)["ORG"] != "rules"


def _echo_and_find(docs, sugs, on):
    """A model that tags what the rules tag, and the gold ORGs of the documents `on` too."""
    out = []
    for i, (d, sug) in enumerate(zip(docs, sugs, strict=True)):
        spans = [
            TaggedSpan(s.start, s.end, s.label, 0.9) for s in sug.spans if s.label != "DIRECTIVE"
        ]
        if i in on:
            ruled = {(s.start, s.end) for s in sug.spans}
            spans += [
                TaggedSpan(g.start, g.end, "ORG", 0.9)
                for g in d.spans
                if g.label == "ORG" and (g.start, g.end) not in ruled
            ]
        out.append(Tagging(spans))
    return out


def test_choose_policy_needs_more_than_one_documents_difference():
    """A label leaves the rules only where the model's gain holds over resamples of the
    documents: the ORGs the rules miss found on one page of twenty is a better pooled F1 (the
    choice before session 13 took it) but no evidence; found on most pages, it is."""
    docs = synthetic_docs(20, seed=5)
    sugs = [suggest(d.text) for d in docs]
    missed = [
        i
        for i, (d, s) in enumerate(zip(docs, sugs, strict=True))
        if any(
            g.label == "ORG"
            for g in d.spans
            if (g.start, g.end) not in {(x.start, x.end) for x in s.spans}
        )
    ]
    assert len(missed) >= 10
    one = _echo_and_find(docs, sugs, {missed[0]})
    rules_f1 = f1_of(score(docs, [_rules_pred(s) for s in sugs]), "ORG")
    one_f1 = f1_of(
        score(
            docs,
            [_both_pred(d.text, t, s, ("ORG",)) for d, t, s in zip(docs, one, sugs, strict=True)],
        ),
        "ORG",
    )
    assert one_f1 > rules_f1  # better pooled, on one page
    assert choose_policy(docs, sugs, one)["ORG"] == "rules"
    assert choose_policy(docs, sugs, _echo_and_find(docs, sugs, set(missed)))["ORG"] != "rules"


def test_a_model_that_only_drops_rule_spans_does_not_replace_them():
    """A team that does not tag 副市长: a model echoing the rules without those spans removes
    false spans on many pages, but makes none right; what it keeps of the rules' right spans was
    shown on the training pages' forms alone (on real pages such a choice dropped the team's
    right spans of forms it had not seen). Where it also makes TITLEs right that the rules miss,
    it is trusted."""
    docs = synthetic_docs(20, seed=5)
    sugs = [suggest(d.text) for d in docs]
    for d in docs:
        keep = [i for i, g in enumerate(d.spans) if g.text != "副市长"]
        new = {old: k for k, old in enumerate(keep)}
        d.relations = [(t, new[h], new[x]) for t, h, x in d.relations if h in new and x in new]
        d.spans = [d.spans[i] for i in keep]
    drops = [
        Tagging(
            [
                TaggedSpan(s.start, s.end, s.label, 0.9)
                for s in sug.spans
                if s.label != "DIRECTIVE" and s.text != "副市长"
            ]
        )
        for sug in sugs
    ]
    assert sum(s.text == "副市长" for sug in sugs for s in sug.spans) >= 4
    assert choose_policy(docs, sugs, drops)["TITLE"] == "rules"
    # the same model finding the team's TITLE 成员 (of a volunteer group) on every page
    for d, t in zip(docs, drops, strict=True):
        k = d.text.find("成员")
        if k > 0:
            d.spans.append(Span(k, k + 2, "TITLE", "成员"))
            t.spans.append(TaggedSpan(k, k + 2, "TITLE", 0.9))
    assert choose_policy(docs, sugs, drops)["TITLE"] != "rules"


# (an archive's research librarian: a post no rule reads; the rules read a bank's head since
# persons24, 县农商银行行长)
TEXT = "县档案馆研究馆员鞠丽萍强调，要强化校园周边环境治理。云溪商户联盟组织活动。"


def test_policies_union_and_model_plus():
    rules = suggest(TEXT)
    assert not any(s.label == "PERSON" for s in rules.spans)  # the rules miss this speaker
    tagging = Tagging(
        [
            TaggedSpan(0, 8, "TITLE", 0.9),
            TaggedSpan(8, 11, "PERSON", 0.9),
            TaggedSpan(27, 33, "ORG", 0.8),
        ]
    )
    pol = {"TITLE": "model+", "PERSON": "union", "ORG": "rules"}
    out = combine(TEXT, rules, tagging, policy=pol, provenance="model:crf@1")
    got = {(s.start, s.end, s.label) for s in out.spans}
    assert (0, 8, "TITLE") in got and (8, 11, "PERSON") in got
    assert (27, 33, "ORG") not in got  # ORG stays with the rules, which have none here
    names = {(t, out.spans[h].text, out.spans[tl].text) for t, h, tl in out.relations}
    assert ("HOLDS_TITLE", "鞠丽萍", "县档案馆研究馆员") in names
    # the rules' own frame logic, run over the kept names, finds the speaker they missed
    assert any(t == "ISSUED_BY" and p == "鞠丽萍" for t, _, p in names)


def test_gazetteer_marks_are_features():
    text = "县供电公司总经理王某某讲话。"
    marks = dict(gazetteer_marks(text))
    assert any("Oe" in m for m in marks.values())  # 公司 ends a body
    feats = [f for _, seg in document_items(text, suggest(text).spans) for f in seg]
    assert any(x.startswith("g=") for row in feats for x in row)
    assert FEATURES_VERSION >= 2


def _team_unseen_f1(n_train: int) -> tuple[float, float]:
    """Rules + model on 30 team-genre articles naming all unit posts, trained on the first
    n_train of a pool naming half of them (the rules' learned lexicon from the same gold)."""
    pool = team_docs(40, seed=31, half=True)
    test = team_docs(30, seed=32)
    train = pool[:n_train]
    fitted = train_for_use(train, rule_suggestions(train))
    model = CrfModel(fitted.data)
    sugs = rule_suggestions(test, lexicon=lexicon_of(train))
    both = score(
        test,
        [
            _both_pred(d.text, model.tag(d.text, s.spans), s, (), fitted.policy)
            for d, s in zip(test, sugs, strict=True)
        ],
    )
    return f1_of(both, "micro"), f1_of(both, "HOLDS_TITLE")


def test_more_gold_does_not_make_the_suggestions_worse():
    # With the learned lexicon's spans among the features, 40 documents scored 3 points of
    # micro-F1 and 4-5 of HOLDS_TITLE below 20 (the model followed the lexicon, which on the
    # training folds knows every form and on new articles only the old ones).
    micro20, ht20 = _team_unseen_f1(20)
    micro40, ht40 = _team_unseen_f1(40)
    assert micro40 >= micro20 - 0.005, (micro20, micro40)
    assert ht40 >= ht20 - 0.01, (ht20, ht40)


def test_lexicon_spans_are_not_features():
    from civannot.preannotate.lexicon import Lexicon

    text = "县档案馆研究馆员鞠丽萍强调，要强化校园周边环境治理。"
    lex = Lexicon({"鞠丽萍": "PERSON"})
    spans = suggest(text, lexicon=lex).spans
    assert any(s.provenance == "lexicon" for s in spans)
    feats = [f for _, seg in document_items(text, spans) for f in seg]
    assert not any(x.startswith("rid=lexicon") for row in feats for x in row)
