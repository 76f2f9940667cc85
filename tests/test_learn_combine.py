from civannot.learn.combine import combine
from civannot.learn.crf import TaggedSpan, Tagging
from civannot.preannotate import suggest

TEXT = "市委书记王明远强调，要做好工作。云溪商户联盟组织活动。"


def _triples(sug):
    return [(s.start, s.end, s.label) for s in sug.spans]


def test_model_decides_its_labels_rules_keep_directives_and_relations():
    rules = suggest(TEXT)
    assert ("HOLDS_TITLE", 1, 0) in rules.relations
    tagging = Tagging(
        [
            TaggedSpan(2, 4, "TITLE", 0.7),  # the model cuts the title ("书记")
            TaggedSpan(4, 7, "PERSON", 0.95),  # the same name as the rule's
            TaggedSpan(16, 22, "ORG", 0.8),  # something the rules missed
        ]
    )
    out = combine(
        TEXT, rules, tagging, model_labels=["TITLE", "PERSON", "ORG"], provenance="model:crf@2"
    )
    assert _triples(out)[:3] == [(2, 4, "TITLE"), (4, 7, "PERSON"), (16, 22, "ORG")]
    by_key = {(s.start, s.end, s.label): (s, r) for s, r in zip(out.spans, out.rules, strict=True)}
    # a span the model confirms keeps the rule's id, with the model's confidence
    person, rule = by_key[(4, 7, "PERSON")]
    assert rule == "person.after_title" and person.provenance == rule and person.confidence == 0.95
    assert by_key[(2, 4, "TITLE")][1] == "model:crf@2"
    assert by_key[(16, 22, "ORG")][0].provenance == "model:crf@2"
    # the rules' DIRECTIVE stays, after the entities
    assert out.spans[-1].label == "DIRECTIVE"
    # relations re-attached to the model's spans, with the rules' ids
    kinds = {
        (t, out.spans[h].text, out.spans[tl].text): r
        for (t, h, tl), r in zip(out.relations, out.relation_rules, strict=True)
    }
    assert kinds[("HOLDS_TITLE", "王明远", "书记")] == "relation.holds.adjacent"
    assert any(t == "ISSUED_BY" and ten == "王明远" for t, _, ten in kinds)


def test_labels_left_to_the_rules_ignore_the_model():
    rules = suggest(TEXT)
    tagging = Tagging([TaggedSpan(0, 7, "PERSON", 0.6)])
    out = combine(TEXT, rules, tagging, model_labels=[])
    assert _triples(out) == _triples(rules)
    assert out.relations == rules.relations and out.rules == rules.rules


def test_a_model_person_after_a_title_chain_gets_holds_title():
    text = "副市长、市创建办主任陈晓东出席。"
    rules = suggest(text)
    tagging = Tagging(
        [
            TaggedSpan(0, 3, "TITLE", 0.9),
            TaggedSpan(4, 10, "TITLE", 0.9),
            TaggedSpan(10, 13, "PERSON", 0.9),
        ]
    )
    out = combine(text, rules, tagging, model_labels=["PERSON", "TITLE"])
    holds = {
        (out.spans[h].text, out.spans[t].text) for r, h, t in out.relations if r == "HOLDS_TITLE"
    }
    assert holds == {("陈晓东", "副市长"), ("陈晓东", "市创建办主任")}


def _rules_policy(**model: str) -> dict[str, str]:
    from civannot.learn.features import ENTITY_LABELS

    return {**{lab: "rules" for lab in ENTITY_LABELS}, **model}


def test_a_model_span_that_cuts_a_rules_kept_span_is_dropped():
    """The policy keeps GPE with the rules: a model TITLE starting inside the rules' 青岚县 (as
    the model tagged 阳县召开创建… over 凤阳县 on the team genre) does not remove it."""
    text = "6月3日，青岚县召开创建全国文明城市推进会。"
    rules = suggest(text)
    assert (5, 8, "GPE") in _triples(rules)
    tagging = Tagging([TaggedSpan(6, 14, "TITLE", 0.6)])  # 岚县召开创建全国
    for option in ("model", "model+"):
        out = combine(text, rules, tagging, policy=_rules_policy(TITLE=option))
        assert _triples(out) == _triples(rules)


def test_a_model_span_inside_a_rules_kept_span_is_dropped():
    """DOC kept with the rules: the model's TITLE 全国文明城市 inside the rules' DOC
    全国文明城市测评体系 leaves the DOC as it is."""
    text = "各单位要对照全国文明城市测评体系逐项整改。"
    rules = suggest(text)
    assert (6, 16, "DOC") in _triples(rules)
    out = combine(
        text,
        rules,
        Tagging([TaggedSpan(6, 12, "TITLE", 0.7)]),
        policy=_rules_policy(TITLE="model+"),
    )
    assert _triples(out) == _triples(rules) and out.relations == rules.relations


def test_a_model_span_holding_a_rules_kept_span_whole_still_replaces_it():
    """A model TITLE that holds the rules' place whole (a post of a body at the place, as
    北岭村党支部书记 over a LOC 北岭村 on the team genre) still wins: it was right every time on
    the development sets. So does a model span of the rules' own extent under another label,
    and a model span touching the rules' span without overlapping it leaves it."""
    text = "6月3日，青岚县召开创建全国文明城市推进会。"
    rules = suggest(text)
    pol = _rules_policy(TITLE="model", ORG="model")
    whole = combine(text, rules, Tagging([TaggedSpan(5, 10, "TITLE", 0.6)]), policy=pol)
    assert _triples(whole) == [(0, 4, "DATE"), (5, 10, "TITLE")]
    same = combine(text, rules, Tagging([TaggedSpan(5, 8, "ORG", 0.6)]), policy=pol)
    assert _triples(same) == [(0, 4, "DATE"), (5, 8, "ORG")]
    touching = combine(text, rules, Tagging([TaggedSpan(8, 10, "TITLE", 0.6)]), policy=pol)
    assert _triples(touching) == [(0, 4, "DATE"), (5, 8, "GPE"), (8, 10, "TITLE")]


def test_a_model_span_holding_a_rules_person_does_not_replace_it():
    """PERSON kept with the rules: the model's TITLE 柳市长 over the rules' PERSON 柳 + TITLE
    市长 (the surname with a post, session 11 on real pages) leaves both, and the directives
    after it keep their speaker; the model's TITLE beside the name (not over it) still counts."""
    text = "市长柳明远到岚溪调研。柳市长指出，要压实各方责任。"
    rules = suggest(text)
    assert (11, 12, "PERSON") in _triples(rules)
    speakers = {
        (rules.spans[t].start, rules.spans[t].end)
        for r, _, t in rules.relations
        if r == "ISSUED_BY"
    }
    assert speakers == {(11, 12)}
    pol = _rules_policy(TITLE="model+")
    out = combine(text, rules, Tagging([TaggedSpan(11, 14, "TITLE", 0.7)]), policy=pol)
    assert _triples(out) == _triples(rules)
    assert {
        (out.spans[t].start, out.spans[t].end) for r, _, t in out.relations if r == "ISSUED_BY"
    } == speakers
    beside = combine(text, rules, Tagging([TaggedSpan(12, 14, "TITLE", 0.7)]), policy=pol)
    assert (12, 14, "TITLE") in _triples(beside) and (11, 12, "PERSON") in _triples(beside)
