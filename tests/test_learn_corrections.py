"""Learned corrections of the rules (civannot.learn.corrections): a team's convention learned from
a handful of documents, named in the provenance, relations following the spans, chosen only where
they help on documents they were not learned from, and models stored before them still working.
The sentences are made up (names, places)."""

from __future__ import annotations

import random

from civannot.learn import training
from civannot.learn.corrections import (
    Correction,
    Corrections,
    learn_corrections,
    switch_disabled,
)
from civannot.learn.data import GoldDoc
from civannot.learn.model_store import StoredModel
from civannot.preannotate import suggest
from civannot.preannotate.registry import DEFAULT_OFF
from civannot.records import Span

PLACES = ["岚溪县", "青苇县", "松原区", "柳塘县", "石屏县", "云栖区"]
NAMES = ["谢若溪", "柳明远", "杜芸舟", "韩青禾", "苏望川", "秦远山"]
POSTS = ["县长", "区长", "副县长"]


def _text(rng: random.Random) -> str:
    out = []
    for _ in range(3):
        place, name = rng.choice(PLACES), rng.choice(NAMES)
        day = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日{rng.choice(['上午', '下午'])}"
        out.append(f"{day}，{place}{rng.choice(POSTS)}{name}主持召开创文工作推进会。")
    return "".join(out)


def _team_gold(text: str) -> GoldDoc:
    """The rules' reading, rewritten into this team's convention: a DATE leaves 上午/下午 out."""
    sug = suggest(text)
    spans = []
    for s in sug.spans:
        e = s.end
        if s.label == "DATE" and s.text.endswith(("上午", "下午")):
            e -= 2
        spans.append(Span(s.start, e, s.label, text[s.start : e]))
    return GoldDoc(text, text, spans, list(sug.relations))


def _docs(n: int, seed: int) -> list[GoldDoc]:
    rng = random.Random(seed)
    return [_team_gold(_text(rng)) for _ in range(n)]


def test_a_team_convention_learned_from_a_handful_of_documents_changes_the_suggestions():
    docs = _docs(6, 1)
    corr = learn_corrections(docs, [suggest(d.text) for d in docs])
    names = [c.name() for c in corr.items]
    assert "trim DATE suffix «上午»" in names and "trim DATE suffix «下午»" in names
    # on a new document: the DATE without its time of day, the correction named with its
    # training counts as confidence, the rest of the rules' suggestions as they were
    text = "3月9日上午，石屏县县长秦远山主持召开创文工作推进会。"
    sug = suggest(text)
    out = corr.apply(text, sug, version=7)
    date = next(s for s in out.spans if s.label == "DATE")
    i = out.spans.index(date)
    assert date.text == "3月9日"
    assert out.rules[i] == "learned:trim DATE suffix «上午»@7" == date.provenance
    c = next(c for c in corr.items if c.name() == "trim DATE suffix «上午»")
    assert c.fixed >= 2 and c.broken == 0 and date.confidence == 1.0
    assert [s.text for s in out.spans if s.label != "DATE"] == [
        s.text for s in sug.spans if s.label != "DATE"
    ]
    assert len(out.relations) == len(sug.relations)


def test_a_merged_title_keeps_the_relation_of_the_title_it_replaced():
    text = "6月12日下午，青苇县县长柳明远主持召开创文工作推进会。"
    # (the rules split it with gpe.before_post on; by default the place stays inside)
    sug = suggest(text, disabled=())
    assert [s.label for s in sug.spans[:3]] == ["DATE", "GPE", "TITLE"]
    corr = Corrections([Correction("merge", "GPE", "TITLE", "TITLE", fixed=5, broken=1)])
    out = corr.apply(text, sug, version=2)
    title = next(i for i, s in enumerate(out.spans) if s.label == "TITLE")
    person = next(i for i, s in enumerate(out.spans) if s.label == "PERSON")
    assert out.spans[title].text == "青苇县县长"
    assert out.rules[title] == "learned:merge GPE+TITLE→TITLE@2"
    assert out.spans[title].confidence == round(5 / 6, 3)
    assert ("HOLDS_TITLE", person, title) in out.relations
    assert not any(s.label == "GPE" for s in out.spans)


def test_a_correction_that_hurts_on_documents_it_was_not_learned_from_is_not_kept(monkeypatch):
    # the gold follows the rules (DATE with 上午); a correction that trims it, whatever the
    # training folds said, breaks spans on the held-out documents and must not be kept
    rng = random.Random(3)
    docs = []
    for _ in range(8):
        text = _text(rng)
        sug = suggest(text)
        gold = [Span(s.start, s.end, s.label, s.text) for s in sug.spans]
        docs.append(GoldDoc(text, text, gold, list(sug.relations)))
    sugs = [suggest(d.text) for d in docs]
    bad = Corrections([Correction("trim", "DATE", cond="suf", arg="上午", fixed=9, broken=0)])
    monkeypatch.setattr(training, "_learn_on", lambda *a, **k: bad)
    corr, out, info = training.fit_corrections(docs, sugs)
    assert not corr
    assert out == sugs
    assert info["held_out"]["trim DATE   suf 上午"] < 0


def test_a_model_stored_before_corrections_still_loads_and_runs():
    from civannot.learn.apply import ModelRefiner
    from civannot.learn.crf import train_crf
    from civannot.learn.training import _items

    docs = _docs(4, 5)
    data = train_crf(_items(docs, [suggest(d.text) for d in docs]))
    old = StoredModel("crf", 3, "2026-11-30", {"model_labels": ["TITLE"], "features": 1}, data)
    assert not old.corrections
    text = "3月9日上午，石屏县县长秦远山主持召开创文工作推进会。"
    out, _ = ModelRefiner(old)(text, suggest(text, keep_sentences=True))
    assert not any(r.startswith("learned:") for r in out.rules)
    assert any(s.label == "PERSON" for s in out.spans)
    # a stored model with corrections applies them before the model
    new = StoredModel(
        "crf", 4, "2026-12-03",
        {"model_labels": [], "corrections": {
            "items": [Correction("trim", "DATE", cond="suf", arg="上午", fixed=4).to_json()],
            "switch_on": [], "features": False,
        }},
        data,
    )  # fmt: skip
    out, _ = ModelRefiner(new)(text, suggest(text, keep_sentences=True))
    date = next(i for i, s in enumerate(out.spans) if s.label == "DATE")
    assert out.spans[date].text == "3月9日"
    assert out.rules[date] == "learned:trim DATE suffix «上午»@4"


def test_a_switch_is_learned_where_the_team_splits_the_place_off_the_post():
    # the team's gold is the opt-in gpe.before_post reading
    rng = random.Random(8)
    texts = [
        "".join(
            f"{place}召开创文工作推进会。{place[:2]}县委书记{rng.choice(NAMES)}强调，要压实属地责任。"
            for place in rng.sample(PLACES[:1] + PLACES[3:5], 2)
        )
        for _ in range(6)
    ]
    on = [suggest(t, disabled=()) for t in texts]
    docs = [
        GoldDoc(t, t, [Span(s.start, s.end, s.label, s.text) for s in sug.spans], sug.relations)
        for t, sug in zip(texts, on, strict=True)
    ]
    assert any(s.label == "GPE" for s in docs[0].spans)
    corr = learn_corrections(
        docs,
        [suggest(t) for t in texts],
        # (the rules with the switches of `key` on: the others judged first gain nothing here)
        resuggest=lambda key: [
            suggest(t, disabled=switch_disabled(DEFAULT_OFF, key)) for t in texts
        ],
    )
    assert corr.switch_on == ["gpe.before_post"]
    assert corr.disabled(["gpe.before_post", "title.leaders"]) == ["title.leaders"]
    assert Corrections.from_json(corr.to_json()).switch_on == ["gpe.before_post"]


def _team_project(path):  # noqa: ANN001, ANN202
    from tests.learn_support import gold_project

    return gold_project(path, [(f"doc{i:03d}", d) for i, d in enumerate(_docs(12, 11))])


def test_train_then_preannotate_uses_and_reports_the_learned_corrections(tmp_path):
    from civannot.learn.apply import preannotate
    from civannot.learn.lead_model import correction_rows
    from civannot.learn.model_store import latest_model
    from civannot.learn.training import render_report, train_project
    from civannot.records import AUTO_LAYER

    p = _team_project(tmp_path / "team.civ")
    try:
        rep = train_project(p)
        names = [r["name"] for r in rep["corrections"]["items"]]
        assert "trim DATE suffix «上午»" in names
        text = render_report(rep)
        assert "learned corrections" in text and "trim DATE suffix «上午»  fixed" in text
        assert "+corr" in text
        rows = correction_rows(latest_model(p).info)
        assert ["trim DATE suffix «上午»"] == [r[0] for r in rows if "上午" in r[0]]
        p.import_batch(
            [(DocumentInput_("new", "3月9日上午，石屏县县长秦远山主持召开创文工作推进会。"), [])]
        )
        D = p.m.Document
        new_id = D.select(D.id).order_by(D.id.desc()).first().id
        preannotate(p)
        spans, _ = p.layer_data(AUTO_LAYER)[new_id]
        date = next(s for s in spans if s.label == "DATE")
        assert date.text == "3月9日"
        assert date.provenance == f"learned:trim DATE suffix «上午»@{rep['version']}"
    finally:
        p.close()


def DocumentInput_(name: str, text: str):  # noqa: ANN201, N802
    from civannot.records import DocumentInput

    return DocumentInput(name, text)


def test_a_learned_span_explains_itself():
    from civannot.learn.explain import explain

    text = explain("learned:trim DATE suffix «上午»@3", 1.0)
    assert text == (
        "learned correction (trim DATE suffix «上午») of model version 3 · "
        "precision on the training gold 100%"
    )


def _switch_docs(split_in: int, total: int, seed: int = 5) -> list[GoldDoc]:
    """`total` made-up documents; the first `split_in` write a place before a post and their
    gold splits it off (the opt-in gpe.before_post reading), the others write no place before
    a post (both readings agree there)."""
    rng = random.Random(seed)
    docs = []
    for n in range(total):
        place, name = rng.choice(PLACES), rng.choice(NAMES)
        lead = f"{place[:2]}县委书记" if n < split_in else "县委书记"
        text = f"{place}召开创文工作推进会。{lead}{name}强调，要压实属地责任。"
        sug = suggest(text, disabled=())
        gold = [Span(s.start, s.end, s.label, s.text) for s in sug.spans]
        docs.append(GoldDoc(text, text, gold, list(sug.relations)))
    return docs


def _resuggest(docs: list[GoldDoc]):  # noqa: ANN202
    return lambda rule, idx: [suggest(docs[i].text, disabled=()) for i in idx]


def test_a_switch_shown_by_two_of_eight_documents_is_kept():
    # the switch is a rule as written: its gain on the two documents is held-out evidence as
    # it stands; out of fold, a fold holding one of them learned it from one document (too
    # few) and the switch was dropped
    docs = _switch_docs(2, 8)
    sugs = [suggest(d.text) for d in docs]
    corr, out, info = training.fit_corrections(docs, sugs, resuggest=_resuggest(docs))
    assert corr.switch_on == ["gpe.before_post"]
    assert info["held_out"]["switch gpe.before_post"] == 6
    assert [s.spans for s in out] == [suggest(d.text, disabled=()).spans for d in docs]


def _keep_inside(d: GoldDoc) -> None:
    """The rules' own reading as the gold: 岚溪县委书记 one TITLE."""
    sug = suggest(d.text)
    d.spans = [Span(s.start, s.end, s.label, s.text) for s in sug.spans]
    d.relations = list(sug.relations)


def _split_twice(seed: int = 6, times: int = 2) -> GoldDoc:
    """A document with a place before a post twice (or `times`), its gold splitting each off."""
    one = _switch_docs(1, 1, seed=seed)[0]
    text = one.text * times
    sug = suggest(text, disabled=())
    return GoldDoc(text, text, [Span(s.start, s.end, s.label, s.text) for s in sug.spans], [])


def test_no_switch_where_the_gold_keeps_the_place_in_the_post_or_another_document_does():
    agree = _switch_docs(2, 8)
    for d in agree:
        _keep_inside(d)
    corr, _, info = training.fit_corrections(
        agree, [suggest(d.text) for d in agree], resuggest=_resuggest(agree)
    )
    assert not corr.switch_on and info["held_out"]["switch gpe.before_post"] < 0
    # one document splits the place off three times, another keeps it in the post: the
    # team's gold contradicts itself, and the rules stay as they are
    mixed = _switch_docs(2, 8)
    mixed[0] = _split_twice(times=3)
    _keep_inside(mixed[1])
    corr, _, info = training.fit_corrections(
        mixed, [suggest(d.text) for d in mixed], resuggest=_resuggest(mixed)
    )
    assert info["held_out"]["switch gpe.before_post"] >= 4
    assert not corr.switch_on


def test_a_switch_contradicted_by_one_document_is_kept_where_most_documents_want_it():
    # a team that splits the place off on five pages and kept it inside on one: the gain
    # holds over resamples of the documents
    docs = _switch_docs(6, 12)
    _keep_inside(docs[5])
    corr, _, info = training.fit_corrections(
        docs, [suggest(d.text) for d in docs], resuggest=_resuggest(docs)
    )
    assert info["held_out"]["switch gpe.before_post"] == 12
    assert corr.switch_on == ["gpe.before_post"]
    # two pages splitting four posts against two keeping theirs inside: the gain (6 spans, in
    # two documents: enough before) rests on one page
    docs = _switch_docs(4, 12)
    docs[0] = _split_twice(times=3)
    _keep_inside(docs[2])
    _keep_inside(docs[3])
    corr, _, info = training.fit_corrections(
        docs, [suggest(d.text) for d in docs], resuggest=_resuggest(docs)
    )
    assert info["held_out"]["switch gpe.before_post"] == 6
    assert not corr.switch_on


def test_a_switch_shown_by_one_document_and_contradicted_by_none_is_kept():
    # twenty pages of a team that splits often hold one page with a place before a post; the
    # rule is a convention the engine knows, the gold only says which side the team is on
    once = _switch_docs(1, 8)
    once[0] = _split_twice()
    corr, _, info = training.fit_corrections(
        once, [suggest(d.text) for d in once], resuggest=_resuggest(once)
    )
    assert info["held_out"]["switch gpe.before_post"] >= 4
    assert corr.switch_on == ["gpe.before_post"]
    # one split alone (3 errors removed) is enough where nothing contradicts it: with 2 *
    # min_gain, half the draws of twenty development pages missed the team's convention
    single = _switch_docs(1, 8)
    corr, _, info = training.fit_corrections(
        single, [suggest(d.text) for d in single], resuggest=_resuggest(single)
    )
    assert info["held_out"]["switch gpe.before_post"] == 3
    assert corr.switch_on == ["gpe.before_post"]


def test_no_switch_where_the_team_leaves_the_place_untagged():
    # the gold has the post alone and no GPE for the place before it: the switch puts the
    # TITLE right but adds a GPE the team does not tag (1 error removed), and stays off
    docs = _switch_docs(1, 8)
    d = docs[0]
    d.spans = [s for s in d.spans if not (s.label == "GPE" and d.text[s.end : s.end + 2] == "县委")]
    d.relations = []
    corr, _, info = training.fit_corrections(
        docs, [suggest(x.text) for x in docs], resuggest=_resuggest(docs)
    )
    assert info["held_out"]["switch gpe.before_post"] == 1
    assert not corr.switch_on


def test_rule_suggestions_for_some_documents_keep_the_lexicon_of_their_fold():
    from civannot.learn.data import rule_suggestions

    # each document's lexicon leaves its own fold out; re-running two of them (an opt-in rule
    # on) must give them the same lexicon, or its names count as the rule's doing: here only
    # the gold of document 0 knows the body 青禾书社 that document 4 names
    docs = [_team_gold(t) for t in (_text(random.Random(s)) for s in range(6))]
    for d in (docs[0], docs[4]):
        d.text += "青禾书社参加。"
        d.spans.append(Span(len(d.text) - 7, len(d.text) - 3, "ORG", "青禾书社"))
    full = rule_suggestions(docs)
    assert any(s.text == "青禾书社" for s in full[4].spans)
    some = rule_suggestions(docs, only=[4, 1])
    assert [s.spans for s in some] == [full[4].spans, full[1].spans]
    assert [s.rules for s in some] == [full[4].rules, full[1].rules]


def test_a_text_without_a_corrections_string_is_given_back_as_the_rules_read_it(monkeypatch):
    """Corrections.apply skips a correction whose string the text lacks (corrections._needed):
    of every kind, it changes a text that holds its string exactly as when applied to every
    text, and a text without the string comes back untouched."""
    from civannot.learn import corrections as cmod

    holds = "3月9日上午，石屏县县长秦远山主持召开创文工作推进会。6月12日下午，青苇县县长柳明远主持召开创文工作推进会。"
    lacks = "7月1日松原区区长杜芸舟出席会议。"
    sug = suggest(holds, disabled=())
    person_rule = next(r for s, r in zip(sug.spans, sug.rules, strict=True) if s.label == "PERSON")
    cases = [
        Correction("trim", "DATE", cond="suf", arg="上午"),
        Correction("extend", "PERSON", cond="suf", arg="主持"),
        Correction("relabel", "PERSON", "ORG", cond="text", arg="秦远山"),
        Correction("relabel", "PERSON", "ORG", cond="rule", arg=person_rule),
        Correction("drop", "PERSON", cond="text", arg="柳明远"),
        Correction("drop", "PERSON", cond="rule", arg=person_rule),
        Correction("split", "GPE", "GPE", "LOC", cond="after", arg="石屏"),
        Correction("merge", "DATE", to="DATE", other="GPE", arg="，"),
        Correction("merge", "GPE", "TITLE", "TITLE"),
        Correction("add", "LOC", arg="创文工作推进会"),
        Correction("add", "LOC", cond="frame", arg="召开\x1f工作"),
    ]
    # the string each needs: what it trims, adds at an end, relabels or drops by text, cuts
    # after, glues across, adds, a frame's left cue; none by rule id or for a merge without glue
    needs = [
        "上午",
        "主持",
        "秦远山",
        None,
        "柳明远",
        None,
        "石屏",
        "，",
        "",
        "创文工作推进会",
        "召开",
    ]
    assert [cmod._needed(c) for c in cases] == needs
    for c in cases:
        gated = {t: Corrections([c]).apply(t, suggest(t, disabled=())) for t in (holds, lacks)}
        with monkeypatch.context() as m:
            m.setattr(cmod, "_needed", lambda _c: None)
            every = {t: Corrections([c]).apply(t, suggest(t, disabled=())) for t in (holds, lacks)}
        assert gated == every, c.name()
        assert gated[holds] != suggest(holds, disabled=()), c.name()  # it did change something
        if cmod._needed(c):
            lacks_sug = suggest(lacks, disabled=())
            assert Corrections([c]).apply(lacks, lacks_sug) is lacks_sug, c.name()


def test_a_text_without_the_rules_spans_is_given_back_by_a_correction_by_rule(monkeypatch):
    """A relabel or drop by rule id skips a text none of whose spans that rule made
    (corrections._needed_rule): it changes a text with such spans exactly as when applied to
    every text, and a text without them comes back untouched (the same object); an id of the
    learned: kind (a span a correction made) is never gated."""
    from civannot.learn import corrections as cmod

    holds = "3月9日上午，石屏县县长秦远山主持召开创文工作推进会。"
    lacks = "7月1日上午，松原区召开创文工作推进会。"
    sug = suggest(holds, disabled=())
    person_rule = next(r for s, r in zip(sug.spans, sug.rules, strict=True) if s.label == "PERSON")
    assert person_rule not in suggest(lacks, disabled=()).rules
    cases = [
        Correction("relabel", "PERSON", "ORG", cond="rule", arg=person_rule),
        Correction("drop", "PERSON", cond="rule", arg=person_rule),
        Correction("drop", "PERSON", cond="text", arg="秦远山"),
        Correction("drop", "PERSON", cond="rule", arg="learned:add PERSON «秦远山»"),
        Correction("trim", "DATE", cond="suf", arg="上午"),
    ]
    assert [cmod._needed_rule(c) for c in cases] == [person_rule, person_rule, None, None, None]
    for c in cases[:2]:
        gated = {t: Corrections([c]).apply(t, suggest(t, disabled=())) for t in (holds, lacks)}
        with monkeypatch.context() as m:
            m.setattr(cmod, "_needed_rule", lambda _c: None)
            every = {t: Corrections([c]).apply(t, suggest(t, disabled=())) for t in (holds, lacks)}
        assert gated == every, c.name()
        assert gated[holds] != suggest(holds, disabled=()), c.name()  # it did change something
        lacks_sug = suggest(lacks, disabled=())
        looked: list[str] = []
        with monkeypatch.context() as m:
            real = cmod._changes
            m.setattr(
                cmod,
                "_changes",
                lambda c, *a, seen=looked, f=real: seen.append(c.name()) or f(c, *a),
            )
            assert Corrections([c]).apply(lacks, lacks_sug) is lacks_sug, c.name()
        assert looked == [], c.name()  # its spans were not even taken apart
        # with a correction of another kind that the text does need, both are applied
        both = Corrections([c, cases[4]])
        assert both.apply(lacks, suggest(lacks, disabled=())) == Corrections([cases[4]]).apply(
            lacks, suggest(lacks, disabled=())
        )


VENUES = [
    "市行政中心东楼报告厅", "岚溪宾馆多功能厅", "县老干部活动中心", "市民服务中心五楼会议室",
    "青苇酒店三号会议厅", "县政务中心一楼大厅", "松原会展中心报告厅", "柳塘剧场二楼会议室",
]  # fmt: skip


# the rules read a meeting's hall themselves since session 14 (loc.venue): these tests are about a
# frame the rules leave untagged, so they read the text with that rule switched off, as a team
# that had switched it off would
_NO_VENUE = ("gpe.before_post", "loc.venue")


def _venue_doc(rng: random.Random, venue: str) -> GoldDoc:
    """The rules' reading plus the team's venue LOC in 会议在…召开 (the venues differ from page to
    page: no string recurs, the frame does)."""
    place, name = rng.choice(PLACES), rng.choice(NAMES)
    text = (
        f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日，{place}创文工作推进会议在{venue}召开。"
        f"{rng.choice(POSTS)}{name}出席会议并讲话。"
    )
    sug = suggest(text, disabled=_NO_VENUE)
    spans = [Span(s.start, s.end, s.label, s.text) for s in sug.spans]
    at = text.index(venue)
    assert not any(s.start < at + len(venue) and at < s.end for s in spans)  # rules: none there
    spans.append(Span(at, at + len(venue), "LOC", venue))
    return GoldDoc(text, text, spans, list(sug.relations))


def test_a_frame_the_team_tags_between_is_learned_and_tags_a_venue_never_seen():
    rng = random.Random(5)
    docs = [_venue_doc(rng, v) for v in VENUES[:6]]
    corr = learn_corrections(docs, [suggest(d.text, disabled=_NO_VENUE) for d in docs])
    frames = [c for c in corr.items if c.kind == "add" and c.cond == "frame"]
    assert frames and frames[0].label == "LOC" and frames[0].fixed >= 6
    assert frames[0].name().startswith("add LOC between «")
    # a new page, a venue none of the six named
    new = _venue_doc(rng, VENUES[7])
    out = corr.apply(new.text, suggest(new.text, disabled=_NO_VENUE), version=3)
    loc = [(s.text, r) for s, r in zip(out.spans, out.rules, strict=True) if s.label == "LOC"]
    assert loc == [(VENUES[7], f"learned:{frames[0].name()}@3")]
    # stored and loaded with the model: the same correction
    again = Corrections.from_json(corr.to_json())
    assert again.items == corr.items
    assert (
        again.apply(new.text, suggest(new.text, disabled=_NO_VENUE), version=3).spans == out.spans
    )


def test_a_frame_tags_no_clause_and_nothing_a_span_already_holds():
    frame = Correction("add", "LOC", cond="frame", arg="会在\x1f召开", fixed=4)
    corr = Corrections([frame])
    assert frame.name() == "add LOC between «会在» and «召开»"
    text = "推进会在岚溪宾馆多功能厅召开。动员会在县里，今天召开。座谈会在石屏县召开。"
    out = corr.apply(text, suggest(text))
    # the venue; not a run with a comma in it; not the place the rules already tag (GPE)
    assert [s.text for s in out.spans if s.label == "LOC"] == ["岚溪宾馆多功能厅"]
    assert any(s.text == "石屏县" and s.label == "GPE" for s in out.spans)


def _org_without_place(text: str) -> GoldDoc:
    """The rules' reading in a team's convention: a body written with its place is GPE + ORG
    (岚溪县 + 人民政府), but a committee of one character after the place stays whole."""
    sug = suggest(text)
    places = {s.text for s in sug.spans if s.label == "GPE"}
    spans = []
    for s in sug.spans:
        head = next((p for p in places if s.label == "ORG" and s.text.startswith(p)), "")
        if head and len(s.text) - len(head) >= 2:
            cut = s.start + len(head)
            spans += [Span(s.start, cut, "GPE", head), Span(cut, s.end, "ORG", text[cut : s.end])]
        else:
            spans.append(Span(s.start, s.end, s.label, s.text))
    return GoldDoc(text, text, spans, [])


def test_a_split_after_a_known_place_leaves_a_one_character_committee_whole():
    rng = random.Random(3)
    texts = []
    for _ in range(6):
        place = rng.choice(PLACES)
        texts.append(
            f"{place}召开创文推进会。{place}委和{place}人民政府主要负责同志参加，"
            f"{place}融媒体中心作交流发言。"
        )
    docs = [_org_without_place(t) for t in texts]
    corr = learn_corrections(docs, [suggest(t) for t in texts])
    split = [c for c in corr.items if c.kind == "split" and c.cond == "known"]
    assert split and split[0].label == "ORG" and split[0].broken == 0
    out = corr.apply(texts[0], suggest(texts[0]))
    got = {(s.text, s.label) for s in out.spans}
    place = texts[0][: texts[0].index("召开")]
    assert {(place + "委", "ORG"), ("人民政府", "ORG"), ("融媒体中心", "ORG")} <= got
    assert ("委", "ORG") not in got


def test_every_correction_name_is_read_back_into_its_form() -> None:
    # the window translates a learned correction's name through its form (NAME_FORMS): a kind of
    # correction whose name no form reads would stay English in every other language
    from civannot.learn.corrections import FRAME_SEP, KIND_LEVEL, KNOWN_KINDS, name_form

    made = {
        ("merge", ""): [Correction("merge", "DATE", "DATE", "DATE", arg="至"),
                        Correction("merge", "TITLE", "TITLE", "TITLE")],
        ("add", "end"): [Correction("add", "LOC", cond="end", arg="湾路"),
                         Correction("add", "ORG", other=KIND_LEVEL, cond="end", arg="站")],
        ("add", "frame"): [Correction("add", "ORG", cond="frame", arg=f"来到{FRAME_SEP}检查")],
        ("split", "after"): [Correction("split", "TITLE", "GPE", "TITLE", "after", "县")],
        ("split", "known"): [Correction("split", "TITLE", "GPE", "TITLE", "known")],
    }  # fmt: skip
    for kind, cond in KNOWN_KINDS:
        for c in made.get((kind, cond), [Correction(kind, "ORG", "LOC", cond=cond, arg="某某")]):
            form = name_form(c.name())
            assert form is not None, c.name()
            assert form[0].format(**form[1]) == c.name()
    assert name_form("switch on gpe.before_post") == (
        "switch on {rule}",
        {"rule": "gpe.before_post"},
    )
    assert name_form("no such form") is None


def _rules_gold(text: str, leave_out: str = "") -> GoldDoc:
    """The rules' reading as the gold (the team reads these pages as the rules do), but for the
    SLOGAN spans of the text `leave_out`."""
    sug = suggest(text)
    keep = [i for i, s in enumerate(sug.spans) if not (s.label == "SLOGAN" and s.text == leave_out)]
    new = {old: k for k, old in enumerate(keep)}
    spans = [Span(s.start, s.end, s.label, s.text) for s in (sug.spans[i] for i in keep)]
    rels = [(t, new[h], new[x]) for t, h, x in sug.relations if h in new and x in new]
    return GoldDoc(text, text, spans, rels)


def test_a_correction_shown_on_exactly_two_pages_of_a_small_project_is_judged_out_of_fold():
    # the team never tags the quoted campaign word «创卫» as a SLOGAN; two of ten pages use it,
    # twice each. Learned on all ten pages (two documents), the drop could never be learned by
    # a fold holding one of the two out (one document) and was dropped for want of evidence;
    # a small project's folds now learn it from the other page alone and its gain on the page
    # held out is the evidence
    rng = random.Random(5)
    docs = [_rules_gold(_text(rng)) for _ in range(8)]
    for place in ("岚溪县", "青苇县"):
        text = (
            f"会议要求，{place}上下要以“创卫”为契机，补齐短板。"
            f"各部门要全力巩固“创卫”成果，{place}县长谢若溪主持会议。"
        )
        docs.append(_rules_gold(text, leave_out="创卫"))
    sugs = [suggest(d.text) for d in docs]
    assert sum(s.text == "创卫" for g in sugs for s in g.spans if s.label == "SLOGAN") == 4
    corr, out, info = training.fit_corrections(docs, sugs)
    names = [c.name() for c in corr.items]
    assert names and all(n.startswith("drop SLOGAN") for n in names), info["held_out"]
    for d, g in zip(docs[-2:], sugs[-2:], strict=True):
        assert not any(
            s.label == "SLOGAN" and s.text == "创卫" for s in corr.apply(d.text, g).spans
        )
    # the other pages' spans are left as the rules gave them
    assert [g.spans for g in out[:8]] == [g.spans for g in sugs[:8]]
    # a larger project keeps the folds' two documents: nothing changes past FOLD_MIN_DOCS_UPTO
    assert training.FOLD_MIN_DOCS_UPTO < 80


def test_a_correction_fixing_one_span_on_each_of_two_pages_is_judged_out_of_fold():
    # two of ten pages quote «创卫» ONCE each and the team never tags it: the drop is learned on
    # all ten pages (net 2 on two documents), and a deciding fold holding one of the two out
    # sees net 1 on the other. With the folds at min_gain 2 no fold learned it, its held-out gain
    # was 0 and it was dropped whatever it did; the folds now learn it at net 1 (FOLD_MIN_GAIN)
    rng = random.Random(7)
    docs = [_rules_gold(_text(rng)) for _ in range(8)]
    for place in ("岚溪县", "青苇县"):
        text = f"会议要求，{place}上下要以“创卫”为契机，补齐短板。{place}县长谢若溪主持会议。"
        docs.append(_rules_gold(text, leave_out="创卫"))
    sugs = [suggest(d.text) for d in docs]
    assert sum(s.text == "创卫" for g in sugs for s in g.spans if s.label == "SLOGAN") == 2
    corr, out, info = training.fit_corrections(docs, sugs)
    names = [c.name() for c in corr.items]
    assert names and all(n.startswith("drop SLOGAN") for n in names), info["held_out"]
    for d, g in zip(docs[-2:], sugs[-2:], strict=True):
        assert not any(
            s.label == "SLOGAN" and s.text == "创卫" for s in corr.apply(d.text, g).spans
        )
    assert [g.spans for g in out[:8]] == [g.spans for g in sugs[:8]]
    # a correction shown on one page only is still no convention (learn_corrections' min_docs)
    one = [*docs[:8], docs[8], _rules_gold(docs[9].text)]
    corr1, _, _ = training.fit_corrections(one, [suggest(d.text) for d in one])
    assert not corr1.items
