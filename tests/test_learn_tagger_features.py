"""The tagging path (features.TaggerFeatures, CrfModel.tag) gives what the reference path
(features.tag_windows, every feature string given to crfsuite) gives: the same items once the
strings the model does not know are left out, and the same tags, confidences, uncertainty and
combined suggestions from a model trained on the team genre."""

import random
import re

import pytest

from civannot.learn import features
from civannot.learn.combine import combine
from civannot.learn.crf import (
    OUTSIDE,
    CrfModel,
    TaggedSpan,
    Tagging,
    TrainItem,
    model_attributes,
    train_crf,
)
from civannot.learn.features import TaggerFeatures, segments, spans_from_tags, tag_windows
from civannot.preannotate import suggest
from civannot.records import Span
from tests.learn_support import reference_tag
from tests.team_genre import team_docs


def _segments_reference(text: str) -> list[tuple[int, int]]:
    """segments() as it was written first: one step per character."""
    out: list[tuple[int, int]] = []
    start = 0
    for i, ch in enumerate(text):
        if ch in features._BREAKS or (
            ch in features._SOFT_BREAKS and i + 1 - start >= features._LONG
        ):
            if i + 1 > start and text[start : i + 1].strip():
                out.append((start, i + 1))
            start = i + 1
    if start < len(text) and text[start:].strip():
        out.append((start, len(text)))
    return out


def test_segments_match_the_per_character_cut():
    rng = random.Random(1)
    alphabet = "字字字字字字字字，,。！？；\n  "
    for size in (0, 1, 7, 399, 400, 401, 900, 3000):
        for _ in range(60):
            weights = [rng.random() ** 3 for _ in alphabet]
            text = "".join(rng.choices(alphabet, weights=weights, k=size))
            assert segments(text) == _segments_reference(text), text


def test_gazetteer_skip_set_keeps_the_matches():
    # (the words' first characters are the search's skip set, scan.guarded; the pattern is the
    # plain alternation, or that behind a lookahead on a Python whose compiler takes no set)
    # and each kind's group opens with a lookahead on its own first characters: compared with
    # the plain alternation of the four groups
    pat = features._gazetteer_pattern()
    plain = re.compile(features.gazetteer_body())
    assert plain.pattern.startswith("(?P<P>") and "(?=" not in plain.pattern
    assert features.gazetteer_body(group_guards=True).count("(?P<") == 4
    texts = [doc.text for doc in team_docs(15, seed=5)]
    # made-up lines where words of several kinds start at one place or run into each other
    texts += [
        "市委书记县长镇党委副书记主任",
        "市县乡镇街道办事处主任委员会",
        "省委常委、副省长，市政协主席",
    ]
    for text in texts:
        got = [(m.lastgroup, m.span()) for m in pat.finditer(text)]
        assert got and got == [(m.lastgroup, m.span()) for m in plain.finditer(text)]


def _known_part(ref, known):  # noqa: ANN001, ANN202
    return [
        (r, [tuple(f.encode() for f in it if known is None or f in known) for it in items])
        for r, items in ref
    ]


def _odd_spans(text: str, rng: random.Random) -> list[Span]:
    """Rule output the engine does not make but rule_layers takes: overlapping entity spans,
    a DIRECTIVE before an entity it covers, hidden lexicon spans, spans past the end, no
    confidence."""
    n = len(text)
    out = []
    for _ in range(12):
        a = rng.randrange(0, n)
        b = min(n + 3, a + rng.randint(1, 8))
        label = rng.choice(["PERSON", "TITLE", "ORG", "DIRECTIVE", "DATE", "OTHER"])
        prov = rng.choice(["title.chain", "lexicon", None, "gazetteer.org"])
        conf = rng.choice([None, 0.3, 0.7, 0.95])
        out.append(Span(a, b, label, provenance=prov, confidence=conf))
    return out


def test_tagger_items_are_the_known_part_of_tag_windows():
    docs = team_docs(20, seed=4)
    rng = random.Random(2)
    every: set[str] = set()
    cases = []
    for d in docs:
        for spans in (suggest(d.text).spans, _odd_spans(d.text, rng), []):
            for window in (2, 8):
                # every label's cues (training), and the cues of a policy's model labels
                for labels in (None, POLICY_LABELS, frozenset({"SLOGAN"})):
                    ref = tag_windows(d.text, spans, window, labels)
                    every.update(f for _, items in ref for it in items for f in it)
                    cases.append((d.text, spans, window, labels, ref))
    # all strings known, a model that knows a random half of them, no dictionary read
    for known in (every, {f for f in every if rng.random() < 0.5}, None):
        tf = TaggerFeatures(None if known is None else {f.encode() for f in known})
        for _ in range(2):  # the second time from the caches
            for text, spans, window, labels, ref in cases:
                assert tf.windows(text, spans, window, labels) == _known_part(ref, known)
    assert TaggerFeatures(set()).windows("", []) == []


def test_cue_windows_of_one_walk_are_those_of_cue_reaches(monkeypatch):
    """TaggerFeatures.windows with labels gathers the cue reaches on its own passes (a word's
    two marks as one reach) and merges them in one walk: the windows of cue_reaches and
    merged_windows, for every policy's labels, window, span soup and blank or long line, with
    and without the one-reach words (a vocabulary word holding a break would part them)."""
    texts = [d.text for d in team_docs(12, seed=6)]
    texts += [
        "市委书记县长镇党委副书记主任\n\n   \n县委办公室主任、市政府办公室副主任王明同志。",
        "，".join(["区委宣传部部长李华同志在县供销社调研"] * 30),
        "市县乡镇街道办事处主任委员会。\n \n省委常委、副省长，市政协主席",
    ]
    # the longest words of the vocabularies (their ends too far apart for one reach at small
    # windows), and a level word whose first or last characters lie in a place the rules keep
    # (only its other end is a cue)
    long_line = "大会主席团常务主席张三在高新技术产业开发区调研，经济技术开发区管委会主任李四陪同。"
    zone = long_line.index("高新")
    made = [
        (long_line, []),
        (long_line, [Span(zone + 6, zone + 9, "GPE")]),
        (long_line, [Span(zone, zone + 2, "GPE")]),
        (long_line, [Span(zone + 3, zone + 5, "DATE"), Span(0, 9, "TITLE")]),
        # cues on a blank line between two segments (no window there)
        ("县长王明\n \n市长李四", [Span(5, 7, "PERSON"), Span(6, 7, "ORG")]),
    ]
    rng = random.Random(9)
    label_sets = [
        frozenset({"PERSON", "TITLE", "ORG"}),
        frozenset({"ORG", "LOC"}),
        frozenset({"PERSON"}),
        frozenset({"TITLE", "DOC"}),
        frozenset({"GPE"}),
    ]
    tf = TaggerFeatures(set())
    checked = 0
    for unbroken in (True, False):
        monkeypatch.setattr(features, "_marks_unbroken", lambda u=unbroken: u)
        cases = [(t, sp) for t in texts for sp in (suggest(t).spans, _odd_spans(t, rng), [])]
        for text, spans in cases + made:
            marks = features.gazetteer_marks(text)
            for window in (0, 1, 2, 4, 6, 8):
                for labels in label_sets:
                    reaches = features.cue_reaches(text, spans, marks, labels, window)
                    segs = features.segments(text)
                    ref = [(a, b) for _, _, a, b in features.merged_windows(segs, reaches, window)]
                    got = [r for r, _ in tf.windows(text, spans, window, labels)]
                    assert got == ref
                    checked += bool(ref)
    assert checked > 500


@pytest.fixture(scope="module")
def team_model() -> CrfModel:
    docs = team_docs(14, seed=3)
    items = [TrainItem(d.text, d.spans, suggest(d.text).spans) for d in docs]
    return CrfModel(train_crf(items, params={"max_iterations": 30}))


POLICY_LABELS = frozenset({"PERSON", "TITLE", "ORG", "LOC", "SLOGAN"})


def test_tagging_and_combination_match_the_reference(team_model):
    policies = [
        {lab: "model" for lab in features.ENTITY_LABELS} | {"HOLDS_TITLE": "chain"},
        {"PERSON": "model+", "TITLE": "union", "ORG": "model", "GPE": "rules"},
    ]
    found = 0
    for d in team_docs(25, seed=8):
        sug = suggest(d.text)
        got = team_model.tag(d.text, sug.spans)
        want = reference_tag(team_model, d.text, sug.spans)
        assert got == want
        # as preannotate tags: near the cues of the labels the policy gives the model
        assert team_model.tag(d.text, sug.spans, labels=POLICY_LABELS) == reference_tag(
            team_model, d.text, sug.spans, POLICY_LABELS
        )
        found += len(got.spans)
        for pol in policies:
            a = combine(d.text, sug, got, policy=pol)
            b = combine(d.text, sug, want, policy=pol)
            assert (a.spans, a.rules, a.relations, a.relation_rules) == (
                b.spans,
                b.rules,
                b.relations,
                b.relation_rules,
            )
    assert found > 100  # the model really tags


def _spans_from_tags_reference(tags, offset=0):  # noqa: ANN001, ANN202
    out = []
    start, label = -1, ""
    for i, t in enumerate([*tags, OUTSIDE]):
        kind, _, lab = t.partition("-")
        if start >= 0 and (kind != "I" or lab != label):
            out.append((offset + start, offset + i, label))
            start = -1
        if kind == "B" or (kind == "I" and start < 0):
            start, label = i, lab
    return out


def test_spans_from_tags_match_the_per_tag_walk():
    rng = random.Random(3)
    alphabet = ["O"] * 6 + ["B-ORG", "I-ORG", "B-PERSON", "I-PERSON", "E-ORG", ""]
    for size in range(0, 30):
        for _ in range(80):
            tags = rng.choices(alphabet, k=size)
            assert spans_from_tags(tags, 5) == _spans_from_tags_reference(tags, 5), tags


def test_model_attributes_are_read_from_the_model_file(team_model, tmp_path):
    got = model_attributes(team_model._data)
    assert got == {a.encode() for a, _ in team_model._tagger.info().state_features}
    assert model_attributes(b"not a model") is None
    assert model_attributes(team_model._data[:200]) is None  # cut short
    # a line break inside an attribute: pycrfsuite's info() cannot parse its dump, the
    # dictionary still gives it
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.append([["c=\n", "k=S"], ["c=a", "k=L"]], ["O", "B-ORG"])
    trainer.set_params({"max_iterations": 5, "c1": 0.0, "c2": 0.01})
    trainer.train(str(tmp_path / "m.crfsuite"))
    data = (tmp_path / "m.crfsuite").read_bytes()
    assert {b"c=\n", b"k=S", b"c=a", b"k=L"} <= (model_attributes(data) or set())
    model = CrfModel(data)
    with pytest.raises(AttributeError):
        model._tagger.info()
    assert model.tag("a\n", []).uncertainty >= 0


def _triples_of(sug):  # noqa: ANN001, ANN202
    return (sug.spans, sug.rules, sug.relations, sug.relation_rules)


def test_speakers_found_again_over_other_persons_reuse_the_rules_requirements():
    """find_directives over other PERSON spans, with the units the rules' reading kept, gives
    what a reading from scratch gives (the memo holds nothing that depends on the persons)."""
    from civannot.preannotate.directives import find_directives

    rng = random.Random(4)
    changed = 0
    for d in team_docs(30, seed=11):
        sug = suggest(d.text)
        assert sug.directive_units  # the rules kept what they read
        persons = [(s.start, s.end) for s in sug.spans if s.label == "PERSON"]
        for _ in range(4):
            # drop some of the rules' persons, add names elsewhere (a model's other reading)
            other = [p for p in persons if rng.random() < 0.7]
            for _ in range(rng.randint(0, 3)):
                a = rng.randrange(max(1, len(d.text) - 3))
                other.append((a, a + rng.randint(2, 3)))
            other = sorted(set(other))
            kept = [
                p for i, p in enumerate(other) if i == 0 or p[0] >= other[i - 1][1]
            ]  # PERSON spans do not overlap
            memo = dict(sug.directive_units)
            want = find_directives(d.text, kept)
            got = find_directives(d.text, kept, units=memo)
            assert [vars(x) for x in got] == [vars(x) for x in want]
            changed += [x.speaker for x in want] != [
                x.speaker for x in find_directives(d.text, persons)
            ]
    assert changed > 10  # the persons really changed who speaks


def test_combination_with_the_rules_units_matches_a_reading_from_scratch(team_model):
    """combine re-finds speakers over the model's persons with the rules' units: the same
    suggestions as without them."""
    import dataclasses

    pol = {lab: "model" for lab in features.ENTITY_LABELS} | {"HOLDS_TITLE": "chain"}
    redone = 0
    for d in team_docs(25, seed=9):
        sug = suggest(d.text)
        tagging = team_model.tag(d.text, sug.spans)
        bare = dataclasses.replace(sug, directive_units=None)
        a = combine(d.text, sug, tagging, policy=pol)
        b = combine(d.text, bare, tagging, policy=pol)
        assert _triples_of(a) == _triples_of(b)
        redone += any(r == "ISSUED_BY" for r, _h, _t in a.relations) and [
            s for s in a.spans if s.label == "PERSON"
        ] != [s for s in sug.spans if s.label == "PERSON"]
    assert redone > 5  # the speakers were found again on many documents


def _scan_attach(sug, out, old: int) -> int | None:  # noqa: ANN001
    """Where a rules' span `old` goes among the combined spans `out`, by a scan of all of them:
    a directive to its place after the entities, an entity span to the same span, else to the
    first of the kept spans of its label that overlap it most."""
    src = sug.spans[old]
    if src.label == "DIRECTIVE":
        directives = [i for i, s in enumerate(sug.spans) if s.label == "DIRECTIVE"]
        return len(out.spans) - len(directives) + directives.index(old)
    key = (src.start, src.end, src.label)
    exact = [j for j, s in enumerate(out.spans) if (s.start, s.end, s.label) == key]
    if exact:
        return exact[0]
    best, best_ov = None, 0
    for j, s in enumerate(out.spans):
        ov = min(s.end, src.end) - max(s.start, src.start)
        if s.label == src.label and ov > best_ov:
            best, best_ov = j, ov
    return best


def test_relations_go_to_the_kept_span_that_overlaps_most():
    """A rules' relation whose end the model changed is re-attached to the kept span of the
    label that overlaps it most, the first of them in the suggestions' order (the bisect over
    kept spans finds what a scan of all of them finds). The "model" here moves the rules'
    entity boundaries at random (trims, extends, splits) so that many ends change."""
    rng = random.Random(12)
    pol = {lab: "model" for lab in features.ENTITY_LABELS} | {"HOLDS_TITLE": "rules"}
    moved = 0
    for d in team_docs(25, seed=9):
        sug = suggest(d.text)
        tagging = Tagging()
        last = 0
        for s in sug.spans:
            if s.label not in features.ENTITY_LABELS:
                continue
            a = max(last, s.start + rng.choice((-1, 0, 0, 1)))
            b = s.end + rng.choice((-1, 0, 0, 1, 2))
            cut = rng.randrange(a + 1, b) if b - a > 3 and rng.random() < 0.2 else None
            for x, y in ((a, cut), (cut, b)) if cut is not None else ((a, b),):
                if y > x and x >= last:
                    tagging.spans.append(TaggedSpan(x, y, s.label, 0.5))
                    last = y
        out = combine(d.text, sug, tagging, policy=pol)
        for rtype, h, t in sug.relations:
            if rtype == "ISSUED_BY":
                continue  # found again over the model's persons
            nh, nt = _scan_attach(sug, out, h), _scan_attach(sug, out, t)
            if nh is not None and nt is not None:
                assert (rtype, nh, nt) in out.relations
                for new, old in ((nh, h), (nt, t)):
                    a, b = out.spans[new], sug.spans[old]
                    moved += (a.start, a.end) != (b.start, b.end)
    assert moved > 20  # ends really moved to another span


def test_static_items_are_the_known_strings_of_static_of():
    """A trigram's item made by looking its strings up as they are made is the one made by
    filtering _static_of's strings, in the same order; a key of the model that is no UTF-8
    is never one."""
    texts = [d.text for d in team_docs(6, seed=11)] + ["\U00020001甲\n\u3000𠀀,。ab1２"]
    trigrams = {("\x02" + t + "\x03")[j : j + 3] for t in texts for j in range(len(t))}
    strings = [s for tri in sorted(trigrams) for s in features._static_of(tri)]
    rng = random.Random(3)
    known = {s.encode() for s in rng.sample(strings, len(strings) // 3)} | {b"\xff\xfe", b"c="}
    fast = TaggerFeatures(known)
    assert fast._by_str is not None
    slow = TaggerFeatures(known)
    slow._by_str = None  # the filtering path, as for a model whose dictionary is unread
    kept = 0
    for tri in sorted(trigrams):
        item = fast._static_item(tri)
        assert item == slow._static_item(tri), tri
        kept += len(item)
    assert kept > 0
    for feat in ["r=O", "x=D", "nothing", *strings[:200]]:
        assert fast.one(feat) == slow.one(feat)
