"""`add L ending «kind»` (civannot.learn.corrections): the team's own place kinds learned from
the gold's unsuggested names (某某路 three times) tag a name of the same kind never seen, not
where the team's gold of that kind is mixed; stored and read back with the model; a model
stored before it still loads. The sentences are made up (names, places)."""

from __future__ import annotations

from civannot.learn.corrections import (
    CORRECTIONS_VERSION,
    Correction,
    Corrections,
    kind_start,
    learn_corrections,
)
from civannot.learn.data import GoldDoc
from civannot.learn.model_store import StoredModel
from civannot.preannotate import suggest
from civannot.preannotate.engine import Suggestions
from civannot.records import Span

# road names of a made-up city; the rules may come to read some of these frames (a verb of going
# before a road): the suggestions are taken without any span over the road, as on a page whose
# names the rules do not know
ROADS = ["枫桥湾", "石岭坳", "翠屏溪", "雁栖坪", "鹤鸣坡"]
FRAMES = [
    "城管队员集中整治{}路占道经营，督促商户落实门前三包。",
    "志愿者在{}路清理小广告，劝导市民文明出行。",
]


def _rules(text: str, roads: list[str]) -> Suggestions:
    """The rules' suggestions without a span over any of `roads` + 路."""
    sug = suggest(text)
    assert not sug.relations
    out = Suggestions(
        directive_units=sug.directive_units,
        directive_sentences=sug.directive_sentences,
        off=sug.off,
    )
    at = [(text.index(r), text.index(r) + len(r) + 1) for r in roads]
    for span, rule in zip(sug.spans, sug.rules, strict=True):
        if not any(span.start < e and s < span.end for s, e in at):
            out.spans.append(span)
            out.rules.append(rule)
    return out


def _doc(road: str, frame: str, tagged: bool = True) -> GoldDoc:
    """The rules' reading with the team's LOC over the road (`tagged`), or without it."""
    text = frame.format(road)
    spans = [Span(s.start, s.end, s.label, s.text) for s in _rules(text, [road]).spans]
    if tagged:
        s = text.index(road)
        e = s + len(road) + 1
        spans.append(Span(s, e, "LOC", text[s:e]))
    return GoldDoc(text, text, spans, [])


def _learn(docs: list[GoldDoc]) -> Corrections:
    roads = [next(r for r in ROADS if r in d.text) for d in docs]
    return learn_corrections(docs, [_rules(d.text, [r]) for d, r in zip(docs, roads, strict=True)])


def test_a_kind_learned_from_three_documents_tags_an_unseen_name_of_that_kind():
    docs = [_doc(r, FRAMES[i % 2]) for i, r in enumerate(ROADS[:3])]
    corr = _learn(docs)
    kinds = [c for c in corr.items if c.kind == "add" and c.cond == "end"]
    assert kinds and kinds[0].label == "LOC" and kinds[0].arg.endswith("路")
    assert kinds[0].name() == f"add LOC ending «{kinds[0].arg}»"
    assert (kinds[0].fixed, kinds[0].broken) == (3, 0)
    # a fourth document: a road never seen, in another frame, tagged and named
    text = "检查组先后察看了雁栖坪路两侧商铺，督促整改鹤鸣坡路乱堆乱放。"
    sug = _rules(text, ["雁栖坪", "鹤鸣坡"])
    out = corr.apply(text, sug, version=5)
    got = [(s.text, s.label, r) for s, r in zip(out.spans, out.rules, strict=True)]
    assert ("雁栖坪路", "LOC", f"learned:{kinds[0].name()}@5") in got
    assert ("鹤鸣坡路", "LOC", f"learned:{kinds[0].name()}@5") in got


def test_no_kind_is_learned_where_the_team_tags_that_kind_only_sometimes():
    docs = [_doc(r, FRAMES[i % 2], tagged=i % 2 == 0) for i, r in enumerate(ROADS[:4])]
    docs += [_doc(r, FRAMES[1], tagged=False) for r in ROADS[4:]]
    corr = _learn(docs)
    assert not [c for c in corr.items if c.cond == "end"]


def test_the_stem_stops_at_the_clause_and_common_words_name_nothing():
    def name(text: str, kind: str) -> str | None:
        p = text.index(kind)
        st = kind_start(text, p, p + len(kind))
        return None if st is None else text[st : p + len(kind)]

    assert name("集中整治枫桥湾路占道经营", "路") == "枫桥湾路"  # not 整治…
    assert name("督导组来到石岭社区", "社区") == "石岭社区"  # not 来到…
    assert name("深入农村开展宣传", "村") is None  # an ordinary word holding the kind
    assert name("争创全国文明村", "村") is None  # an honour, no name
    assert name("各乡镇要压实责任", "镇") is None
    assert name("严查工作思路不清的问题", "路") is None
    assert name("整治38条背街小巷", "街") is None  # a count, no name
    assert name("来到毛家屯四村", "村") == "毛家屯四村"


def test_the_kind_correction_is_stored_with_the_model_and_read_back():
    c = Correction("add", "LOC", cond="end", arg="湾路", fixed=3, broken=0)
    corr = Corrections([c])
    stored = corr.to_json()
    assert stored["version"] == CORRECTIONS_VERSION
    again = Corrections.from_json(stored)
    assert again.items == [c] and again.items[0].name() == "add LOC ending «湾路»"
    text = "志愿者在雁栖坪湾路清理小广告。"
    assert again.apply(text, suggest(text)) == corr.apply(text, suggest(text))
    model = StoredModel("crf", 2, "2026-12-04", {"model_labels": [], "corrections": stored}, b"")
    assert model.corrections.items == [c]


def test_a_model_stored_before_the_kind_correction_still_loads():
    # version 1 (no version key), and a kind a newer civannot stored that this one does not
    # know: the known corrections work, the unknown one is left out
    old = {
        "switch_on": ["gpe.before_post"],
        "items": [Correction("trim", "DATE", cond="suf", arg="上午", fixed=4).to_json()],
    }
    got = Corrections.from_json(old)
    assert got.switch_on == ["gpe.before_post"] and [c.name() for c in got.items] == [
        "trim DATE suffix «上午»"
    ]
    newer = dict(old, items=[*old["items"], {"kind": "add", "label": "LOC", "cond": "start"}])
    assert [c.name() for c in Corrections.from_json(newer).items] == ["trim DATE suffix «上午»"]


def test_a_project_with_no_kind_in_its_text_is_not_touched_by_a_kind_correction():
    corr = Corrections([Correction("add", "LOC", cond="end", arg="湾路", fixed=3)])
    text = "3月9日上午，石屏县县长秦远山主持召开创文工作推进会。"
    sug = suggest(text)
    assert corr.apply(text, sug) is sug


def test_the_rules_and_model_screen_lists_the_kind_correction_like_the_others():
    from civannot.learn.lead_model import correction_rows

    corr = Corrections([Correction("add", "LOC", cond="end", arg="湾路", fixed=3, broken=1)])
    assert correction_rows({"corrections": corr.to_json()}) == [["add LOC ending «湾路»", "3", "1"]]


def test_the_ordinary_words_read_the_same_without_the_prepared_dictionary(monkeypatch):
    from civannot.learn import corrections as cmod
    from civannot.preannotate import jieba_dict

    words = ["整治", "文明", "农村", "枫桥", "农贸市场", "新建"]
    with_db = [cmod._ordinary(w, f) for w in words for f in (20, 100)]
    cmod._ordinary.cache_clear()
    monkeypatch.setattr(jieba_dict, "_prepared", lambda: None)
    try:
        assert [cmod._ordinary(w, f) for w in words for f in (20, 100)] == with_db
    finally:
        cmod._ordinary.cache_clear()


BODY_FRAMES = [
    "会上，{}汇报了整改情况，各单位要压实责任。",
    "督导组指出，{}要落实包保责任。",
    "会议听取了住建局、{}的工作汇报。",
]


def _body_doc(body: str, frame: str) -> GoldDoc:
    text = frame.format(body)
    sug = _strip(text, body)
    spans = [Span(s.start, s.end, s.label, s.text) for s in sug.spans]
    s = text.index(body)
    spans.append(Span(s, s + len(body), "ORG", body))
    return GoldDoc(text, text, spans, [])


def _strip(text: str, name: str) -> Suggestions:
    """The rules' suggestions without a span over `name`."""
    sug = suggest(text)
    out = Suggestions(directive_units=sug.directive_units, off=sug.off)
    s, e = text.index(name), text.index(name) + len(name)
    for span, rule in zip(sug.spans, sug.rules, strict=True):
        if not (span.start < e and s < span.end) and span.label != "DIRECTIVE":
            out.spans.append(span)
            out.rules.append(rule)
    return out


def test_a_body_written_from_its_level_is_learned_with_its_level():
    bodies = ["县林果站", "区农机站", "市水文站"]
    docs = [_body_doc(b, f) for b, f in zip(bodies, BODY_FRAMES, strict=True)]
    corr = learn_corrections(docs, [_strip(d.text, b) for d, b in zip(docs, bodies, strict=True)])
    kinds = [c for c in corr.items if c.cond == "end"]
    assert [c.name() for c in kinds] == ["add ORG ending «站» with its level"]
    again = Corrections.from_json(corr.to_json())
    text = "随后，镇植保站、县气象站分别作了发言。"
    sug = _strip(text, "镇植保站、县气象站")
    got = {s.text for s in again.apply(text, sug).spans if s.label == "ORG"}
    assert {"镇植保站", "县气象站"} <= got
