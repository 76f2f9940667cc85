from civannot.learn.features import (
    bio_tags,
    char_features,
    document_items,
    rule_layers,
    segments,
    spans_from_tags,
    tag_windows,
)
from civannot.records import Span


def test_segments_cut_after_sentence_ends_and_cover_the_text():
    text = "第一句。第二句！\n第三句"
    segs = segments(text)
    assert segs == [(0, 4), (4, 8), (8, 9), (9, 12)] or segs == [(0, 4), (4, 8), (9, 12)]
    assert "".join(text[a:b] for a, b in segs).replace("\n", "") == text.replace("\n", "")


def test_long_sentence_is_cut_at_a_comma():
    text = ("长" * 50 + "，") * 20 + "。"
    segs = segments(text)
    # cut at the first comma once a segment reaches 400 characters
    assert len(segs) > 1 and all(b - a <= 451 for a, b in segs)
    assert all(text[b - 1] in "，。" for a, b in segs)
    assert segs[0][0] == 0 and segs[-1][1] == len(text)


def test_bio_round_trip_keeps_spans_and_leaves_directives_out():
    spans = [
        Span(0, 4, "TITLE"),
        Span(4, 7, "PERSON"),
        Span(0, 12, "DIRECTIVE"),
        Span(9, 10, "GPE"),
    ]
    tags = bio_tags(12, spans)
    assert tags[:5] == ["B-TITLE", "I-TITLE", "I-TITLE", "I-TITLE", "B-PERSON"]
    assert spans_from_tags(tags) == [(0, 4, "TITLE"), (4, 7, "PERSON"), (9, 10, "GPE")]
    # an I- without its B- still opens a span; offsets move by the segment start
    assert spans_from_tags(["O", "I-ORG", "I-ORG"], 10) == [(11, 13, "ORG")]


def test_rule_output_is_among_the_features():
    text = "市委书记王明远强调，要做好工作。"
    rules = [
        Span(0, 4, "TITLE", provenance="title.chain", confidence=0.9),
        Span(4, 7, "PERSON", provenance="person.after_title", confidence=0.5),
        Span(10, 15, "DIRECTIVE", provenance="directive.marker"),
    ]
    layers = rule_layers(text, rules)
    feats = char_features(text, 0, len(text), layers)
    assert len(feats) == len(text)
    assert "r=B-TITLE" in feats[0] and "rid=title.chainB" in feats[0]
    assert "r=E-PERSON" in feats[6] and "rc=E-PERSON远" in feats[6]
    assert "x=l" in feats[6]  # low confidence bucket
    assert "x=D" in feats[11]  # inside a rule DIRECTIVE
    assert "r=O" in feats[8] and "c=强" in feats[7]
    items = document_items(text, rules)
    assert [r for r, _ in items] == [(0, len(text))]


def test_a_window_takes_its_context_from_the_segment():
    text = "会议指出，县供销社主任王某某参加。"
    layers = rule_layers(text, [])
    whole = char_features(text, 0, len(text), layers)
    part = char_features(text, 5, 9, layers, bounds=(0, len(text)))
    assert part == whole[5:9]  # no sentence marks inside the sentence
    alone = char_features(text, 5, 9, layers)
    assert "c-1=\x02" in alone[0] and "c-1=，" in part[0]


def test_tag_windows_cover_the_cues_only():
    text = "这是一段很长很长很长很长很长很长很长很长很长很长的说明文字，县供销社主任王某某参加。"
    wins = [r for r, _ in tag_windows(text, [], window=3)]
    assert wins and all(a >= 20 for a, _ in wins)  # nothing in the plain prose before
    cue = text.index("主任")
    assert any(a <= cue < b for a, b in wins)


def test_policy_cues_skip_what_the_rules_keep():
    """With the labels the model decides, the model is not tagged around a place the rules
    keep, but is where it can change a title, a body or the name after a post."""
    from civannot.records import Span

    filler = "很长很长很长很长很长很长很长很长很长很长的说明文字，"
    text = filler + "云溪县召开会议。" + filler + "县供销社主任王某某参加。"
    place = text.index("云溪县")
    gpe = Span(place, place + 3, "GPE", provenance="gpe")
    every = [r for r, _ in tag_windows(text, [gpe])]
    assert any(a <= place < b for a, b in every)  # every label's cues: the place is tagged
    wins = [r for r, _ in tag_windows(text, [gpe], labels={"PERSON", "TITLE", "ORG"})]
    assert not any(a < place + 3 and place < b for a, b in wins)
    body, name = text.index("县供销社"), text.index("王某某")
    assert any(a <= body and name + 3 <= b for a, b in wins)  # the body, the post, the name
    assert tag_windows(text, [gpe], labels={"SLOGAN"}) == []  # no quote, no post of a slogan
    assert tag_windows(text, [gpe], labels=set()) == []


def test_cached_character_features_follow_their_neighbours(monkeypatch):
    """The per-trigram cache (features._STATIC) gives each character the features of its own
    neighbours, the same as built afresh with the cache off."""
    from civannot.learn import features
    from civannot.preannotate import suggest

    text = "市长张三强调，市场要活。县长李四说，长期坚持。"
    spans = suggest(text).spans
    first = features.document_items(text, spans)
    again = features.document_items(text, spans)
    monkeypatch.setattr(features, "_STATIC", {})
    monkeypatch.setattr(features, "_STATIC_MAX", 0)
    fresh = features.document_items(text, spans)
    assert first == again == fresh
    rows = [f for _, seg in first for f in seg]
    for i, ch in enumerate(text):
        assert f"c={ch}" in rows[i]
    # 长 after 市, after 县 and after a comma: three different left neighbours
    left = {
        next(x for x in rows[i] if x.startswith("c-1=")) for i, ch in enumerate(text) if ch == "长"
    }
    assert left == {"c-1=市", "c-1=县", "c-1=，"}
