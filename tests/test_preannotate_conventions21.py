"""The conventions of session 20 (conv21): who issues a directive several names frame, who issues
what a relayed speech requires, a division of the corps before its post; and the open forms the
learned corrections already learn from a team's gold (a quoted 创文 alone, a bare 开发区, the
places before only some kinds of site). The default reading stays; a team's gold switches the
other on. Every text is made up."""

from __future__ import annotations

from pathlib import Path

from civannot.learn.corrections import (
    can_switch,
    learn_corrections,
    learn_switches,
    switch_disabled,
)
from civannot.learn.data import GoldDoc
from civannot.preannotate.engine import Suggestions, suggest
from civannot.preannotate.registry import CONVENTION_SWITCHES, DEFAULT_OFF, RULES
from civannot.records import Span

FIRST = "relation.issued_by.first_named"
AUTHOR = "relation.issued_by.relayed_author"
UNISSUED = "relation.issued_by.relayed_none"
CORPS = "gpe.corps_before_post"
NEW = (FIRST, AUTHOR, UNISSUED, CORPS)

PLACES = ("青苇", "栖岸", "楚岭", "岚溪", "桐江", "瑶河")
NAMES = ("吴长河", "孙晓川", "钱岚生", "周一凡", "郑若溪", "冯远山")


def _on(text: str, *rules: str) -> Suggestions:
    return suggest(text, disabled=DEFAULT_OFF - set(rules))


def _spans(sug: Suggestions) -> list[tuple[str, str, str]]:
    return [(s.text, s.label, r) for s, r in zip(sug.spans, sug.rules, strict=True)]


def _edges(sug: Suggestions, kind: str) -> list[tuple[str, str, str]]:
    return [
        (sug.spans[h].text, sug.spans[t].text, r)
        for (k, h, t), r in zip(sug.relations, sug.relation_rules, strict=True)
        if k == kind
    ]


def _team(texts: list[str], rule: str, on_in_gold: bool) -> tuple[list[GoldDoc], list, object]:
    """A team's gold of `texts` as the rules give it with `rule` on (or off), the rules' own
    suggestions, and the re-run the training asks for."""
    gold = [_on(t, rule) if on_in_gold else suggest(t) for t in texts]
    docs = [
        GoldDoc(t, t, [Span(s.start, s.end, s.label, s.text) for s in g.spans], g.relations)
        for t, g in zip(texts, gold, strict=True)
    ]

    def resuggest(key: str) -> list:
        return [suggest(t, disabled=switch_disabled(DEFAULT_OFF, key)) for t in texts]

    return docs, [suggest(t) for t in texts], resuggest


def test_the_new_switches_are_convention_switches_off_by_default():
    for r in NEW:
        assert r in CONVENTION_SWITCHES <= DEFAULT_OFF
        assert "off unless switched on" in RULES[r]


# --- a. 甲、乙分别强调，…: an edge to each name (default) or one to the first


def _both_text(p: str, a: str, b: str) -> str:
    return (
        f"{p}县委书记{a}、县长{b}分别强调，各级各部门要提高思想认识，压实工作责任。"
        "各街道要加强日常巡查，确保不留死角。"
    )


def test_a_frame_of_two_names_gives_each_an_edge_by_default_and_the_first_one_when_switched():
    text = _both_text("青苇", "吴长河", "孙晓川")
    off = [(d[:4], p) for d, p, _ in _edges(suggest(text), "ISSUED_BY")]
    assert off == [
        ("各级各部", "吴长河"),
        ("各级各部", "孙晓川"),
        ("各街道要", "吴长河"),
        ("各街道要", "孙晓川"),
    ]
    on = _edges(_on(text, FIRST), "ISSUED_BY")
    assert [(d[:4], p, r) for d, p, r in on] == [
        ("各级各部", "吴长河", FIRST), ("各街道要", "吴长河", FIRST),
    ]  # fmt: skip
    # one speaker: nothing changes
    one = "县委书记吴长河强调，各部门要抓好落实。"
    assert _on(one, FIRST).relations == suggest(one).relations


def test_learn_switches_turns_first_named_on_only_for_a_gold_that_reads_so():
    texts = [
        _both_text(p, a, b) for p, a, b in zip(PLACES, NAMES, NAMES[3:] + NAMES[:3], strict=True)
    ][:4]
    docs, sugs, resuggest = _team(texts, FIRST, True)
    assert FIRST in learn_switches(docs, sugs, resuggest)[0]
    docs, sugs, resuggest = _team(texts, FIRST, False)
    assert learn_switches(docs, sugs, resuggest)[0] == []


# --- c. a division of the corps before its post: one TITLE (default) or GPE + TITLE


CORPS_TEXT = "第九师副师长郑若溪出席会议。九师党委书记、政委冯远山主持。师市党委书记吴长河讲话。"


def test_a_division_before_its_post_is_one_title_by_default_and_split_when_switched():
    assert [(t, lab) for t, lab, _ in _spans(suggest(CORPS_TEXT))][:4] == [
        ("第九师副师长", "TITLE"), ("郑若溪", "PERSON"), ("九师党委书记", "TITLE"), ("政委", "TITLE"),
    ]  # fmt: skip
    on = _on(CORPS_TEXT, CORPS)
    assert [(t, lab) for t, lab, _ in _spans(on)][:6] == [
        ("第九师", "GPE"), ("副师长", "TITLE"), ("郑若溪", "PERSON"),
        ("九师", "GPE"), ("党委书记", "TITLE"), ("政委", "TITLE"),
    ]  # fmt: skip
    # HOLDS_TITLE follows the post; the division-city's post (师市党委书记) stays whole
    assert _edges(on, "HOLDS_TITLE")[:3] == [
        ("郑若溪", "副师长", "relation.holds.adjacent"),
        ("冯远山", "党委书记", "relation.holds.adjacent"),
        ("冯远山", "政委", "relation.holds.adjacent"),
    ]
    assert ("师市党委书记", "TITLE") in [(t, lab) for t, lab, _ in _spans(on)]


def test_corps_before_post_is_moot_where_every_place_is_split_off():
    both = _on(CORPS_TEXT, CORPS, "gpe.before_post")
    split = _on(CORPS_TEXT, "gpe.before_post")
    assert (_spans(both), both.relations) == (_spans(split), split.relations)


def test_learn_switches_turns_corps_before_post_on_only_for_a_gold_that_reads_so():
    texts = [
        # (a county named before its post too, which the team keeps inside the TITLE)
        f"{p}县召开推进会。第{n}师副师长{a}出席会议。{p}县委书记{b}主持。"
        for n, a, b, p in zip("三五七九", NAMES[:4], NAMES[2:], PLACES[:4], strict=True)
    ]
    docs, sugs, resuggest = _team(texts, CORPS, True)
    assert learn_switches(docs, sugs, resuggest)[0] == [CORPS]
    docs, sugs, resuggest = _team(texts, CORPS, False)
    assert learn_switches(docs, sugs, resuggest)[0] == []


def test_a_team_splitting_only_the_division_gets_the_corps_switch_and_not_every_place_split():
    # pages with no county before a post: gpe.before_post would split the divisions too and
    # nothing would contradict it there (the next pages' counties would be split wrongly)
    texts = [
        f"第{n}师副师长{a}出席会议，{n}师党委常委{b}主持。"
        for n, a, b in zip("三五七九", NAMES[:4], NAMES[2:], strict=True)
    ]
    docs, sugs, resuggest = _team(texts, CORPS, True)
    assert learn_switches(docs, sugs, resuggest)[0] == [CORPS]
    # a team splitting every place off its posts gets gpe.before_post on top
    texts = [
        f"{p}县召开推进会。第{n}师副师长{a}出席会议。{p}县委书记{b}主持。"
        for n, a, b, p in zip("三五七九", NAMES[:4], NAMES[2:], PLACES[:4], strict=True)
    ]
    docs, sugs, resuggest = _team(texts, "gpe.before_post", True)
    assert learn_switches(docs, sugs, resuggest)[0][-1] == "gpe.before_post"


# --- f. a relayed speech: who relays (default), the person relayed, or nobody


def _relay_text(p: str, a: str, b: str) -> str:
    return (
        f"{p}县委副书记{a}主持会议，传达了市委书记{b}在全市创文推进会上的讲话精神，"
        "要求各部门要迅速行动，抓好整改。"
    )


def test_a_relayed_speech_is_issued_by_who_relays_by_default_and_by_the_other_readings_switched():
    text = _relay_text("青苇", "孙晓川", "吴长河")
    assert [(p, r) for _, p, r in _edges(suggest(text), "ISSUED_BY")] == [
        ("孙晓川", "relation.issued_by.inner_frame")
    ]
    assert [(p, r) for _, p, r in _edges(_on(text, AUTHOR), "ISSUED_BY")] == [("吴长河", AUTHOR)]
    assert _edges(_on(text, UNISSUED), "ISSUED_BY") == []
    # both on: the author's (a team drawing no edge has no use for the author's switch)
    assert [p for _, p, _ in _edges(_on(text, AUTHOR, UNISSUED), "ISSUED_BY")] == ["吴长河"]
    # the meeting relays: nobody by default, the author when switched
    met = "会议传达了市委书记吴长河在全市创文推进会上的讲话精神，要求各地各部门要认真抓好落实。"
    assert _edges(suggest(met), "ISSUED_BY") == []
    assert [p for _, p, _ in _edges(_on(met, AUTHOR), "ISSUED_BY")] == ["吴长河"]


def test_a_frame_of_its_own_after_the_relay_keeps_its_speaker():
    text = "会议传达了市委书记吴长河的讲话精神，县长孙晓川强调，各部门要抓好落实。"
    assert _edges(_on(text, AUTHOR, UNISSUED), "ISSUED_BY") == _edges(suggest(text), "ISSUED_BY")
    plain = "县长孙晓川强调，各部门要抓好落实。会议传达了文件精神。"
    assert _on(plain, AUTHOR, UNISSUED).relations == suggest(plain).relations


def test_learn_switches_learns_each_reading_of_a_relayed_speech_from_the_gold_that_reads_so():
    texts = [
        _relay_text(p, a, b) for p, a, b in zip(PLACES, NAMES, NAMES[3:] + NAMES[:3], strict=True)
    ][:4]
    for rule in (AUTHOR, UNISSUED):
        docs, sugs, resuggest = _team(texts, rule, True)
        assert learn_switches(docs, sugs, resuggest)[0] == [rule]
    docs, sugs, resuggest = _team(texts, AUTHOR, False)
    assert learn_switches(docs, sugs, resuggest)[0] == []


# --- the cost: training re-runs a document with a switch on only where it may change it


def test_the_new_switches_change_no_text_where_they_cannot_fire():
    root = Path(__file__).resolve().parent.parent / "resources" / "samples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))]
    texts += [_both_text("青苇", "吴长河", "孙晓川"), _relay_text("栖岸", "孙晓川", "吴长河")]
    texts += [
        CORPS_TEXT,
        "九师一三〇团团长冯远山要求，各连队要加强巡查。第九师图木舒克市召开会议。",
    ]
    fired = dict.fromkeys(NEW, 0)
    for t in texts:
        base = suggest(t)
        for rule in NEW:
            if can_switch(rule, t, base):
                fired[rule] += 1
                continue
            on = _on(t, rule)
            assert (on.spans, on.relations, on.relation_rules) == (
                base.spans, base.relations, base.relation_rules,
            ), (rule, t[:30])  # fmt: skip
    assert all(1 <= n < len(texts) for n in fired.values()), fired


# --- b, d: forms a learned correction already learns from a team's gold (no switch)


def _edited(texts: list[str], edit) -> tuple[list[GoldDoc], list[Suggestions]]:  # noqa: ANN001
    sugs = [suggest(t) for t in texts]
    docs = []
    for t, s in zip(texts, sugs, strict=True):
        spans = edit(t, [Span(x.start, x.end, x.label, x.text) for x in s.spans])
        keep = {(x.start, x.end, x.label) for x in spans}
        idx = {k: n for n, k in enumerate((x.start, x.end, x.label) for x in spans)}
        rels = []
        for k, h, tl in s.relations:
            a, b = s.spans[h], s.spans[tl]
            ka, kb = (a.start, a.end, a.label), (b.start, b.end, b.label)
            if ka in keep and kb in keep:
                rels.append((k, idx[ka], idx[kb]))
        docs.append(GoldDoc(t, t, spans, rels))
    return docs, sugs


def test_a_team_that_does_not_tag_a_quoted_campaign_name_alone_is_learned_by_a_drop():
    # the default: “创文” / “创城” / “创卫” alone is a SLOGAN (GUIDELINES: a named campaign)
    text = "会议强调，要以“创文”为抓手，落实“门前三包”，巩固“创文”成果。"
    assert [(s.text, s.label) for s in suggest(text).spans if s.label == "SLOGAN"] == [
        ("创文", "SLOGAN"), ("门前三包", "SLOGAN"), ("创文", "SLOGAN"),
    ]  # fmt: skip
    texts = [
        f"{p}县召开推进会。县委书记{a}强调，" + text[5:] for p, a in zip(PLACES, NAMES, strict=True)
    ][:3]
    docs, sugs = _edited(
        texts, lambda t, spans: [s for s in spans if not (s.label == "SLOGAN" and s.text == "创文")]
    )
    learned = [r["correction"] for r in learn_corrections(docs, sugs).describe()]
    assert learned == ["drop SLOGAN (text «创文»)"]
    # the team that tags it as the rules do learns nothing
    docs, sugs = _edited(texts, lambda t, spans: spans)
    assert not learn_corrections(docs, sugs)


def _bare_zones(t: str, spans: list[Span]) -> list[Span]:
    out = list(spans)
    for w in ("开发区", "高新区"):
        k = t.find(w)
        while k >= 0:
            if not any(s.label != "DIRECTIVE" and s.start < k + 3 and k < s.end for s in out):
                out.append(Span(k, k + 3, "GPE", w))
            k = t.find(w, k + 1)
    return out


def test_a_team_that_tags_a_bare_development_zone_as_gpe_is_learned_by_an_add():
    # the default: a zone without its name (开发区要…) is no GPE (GUIDELINES names 大龙开发区)
    # where the article neither names it with its place nor writes its own body after the kind
    # (开发区党工委…, 开发区管委会…: then the bare kind is that zone; session 31, gpeb31)
    texts = [
        f"{p}县召开推进会。开发区主任{a}强调，开发区要主动作为，各部门要服务开发区发展。"
        for p, a in zip(PLACES, NAMES, strict=True)
    ][:3]
    assert not [s for s in suggest(texts[0]).spans if s.label == "GPE" and s.text == "开发区"]
    docs, sugs = _edited(texts, _bare_zones)
    learned = [r["correction"] for r in learn_corrections(docs, sugs).describe()]
    assert learned == ["add GPE «开发区»"]
    # (开发区 inside the post's TITLE is not added: the post keeps it)
    fixed = learn_corrections(docs, sugs).apply(texts[0], sugs[0])
    assert [s.text for s in fixed.spans if s.label == "GPE"] == ["青苇县", "开发区", "开发区"]


# --- e. loc.place_whole: a gold that joins the places into only some kinds of site


def _sites(n: int) -> list[str]:
    return [
        f"{a[0]}书记在{p}区锦绣社区、{p}区明德路和{p}镇杏花村检查创文工作，要求各部门抓好落实。"
        for p, a in zip(PLACES, NAMES, strict=True)
    ][:n]


def _join_some(texts: list[str], joined) -> tuple[list[GoldDoc], list, object]:  # noqa: ANN001
    """The gold: the rules' reading, with the places joined into the sites `joined` accepts."""
    rule = "loc.place_whole"
    docs = []
    for t in texts:
        off, on = suggest(t), _on(t, rule)
        whole = [
            (s.start, s.end)
            for s, r in zip(on.spans, on.rules, strict=True)
            if r == rule and joined(s.text)
        ]
        spans = [Span(a, b, "LOC", t[a:b]) for a, b in whole]
        spans += [
            Span(s.start, s.end, s.label, s.text)
            for s in off.spans
            if not any(a <= s.start and s.end <= b for a, b in whole)
        ]
        docs.append(GoldDoc(t, t, spans, []))

    def resuggest(key: str) -> list:
        return [suggest(t, disabled=switch_disabled(DEFAULT_OFF, key)) for t in texts]

    return docs, [suggest(t) for t in texts], resuggest


def test_loc_place_whole_is_learned_from_a_gold_that_joins_them_and_not_from_one_that_joins_some():
    texts = _sites(6)
    docs, sugs, resuggest = _join_some(texts, lambda s: True)
    assert learn_switches(docs, sugs, resuggest)[0] == ["loc.place_whole"]
    # the places joined into communities and villages, not into roads: every page gains by the
    # switch (two sites right, one wrong), but a third of what it changes is wrong
    docs, sugs, resuggest = _join_some(texts, lambda s: not s.endswith("路"))
    on, _, gains = learn_switches(docs, sugs, resuggest)
    assert gains["loc.place_whole"] > 0 and on == []
    # villages only
    docs, sugs, resuggest = _join_some(texts, lambda s: s.endswith("村"))
    assert learn_switches(docs, sugs, resuggest)[0] == []


# --- g. a range of days: one DATE with one 月 written (the annotators, the default since session
# 27), two with both months written (3月5日至3月7日) unless a team joins them


def test_a_team_that_tags_a_range_of_days_as_one_date_is_learned_by_a_merge():
    texts = [
        f"{m}月{d}日至{m}月{d + 2}日，{p}县开展创文集中整治行动。"
        for m, d, p in ((3, 5, "青苇"), (4, 11, "栖岸"), (6, 20, "楚岭"))
    ]
    assert [s.text for s in suggest(texts[0]).spans if s.label == "DATE"] == ["3月5日", "3月7日"]
    assert [
        s.text for s in suggest("3月5日至7日，青苇县开展行动。").spans if s.label == "DATE"
    ] == ["3月5日至7日"]

    def one_range(t: str, spans: list[Span]) -> list[Span]:
        a, b = [s for s in spans if s.label == "DATE"][:2]
        rest = [s for s in spans if s.label != "DATE"]
        return [Span(a.start, b.end, "DATE", t[a.start : b.end]), *rest]

    docs, sugs = _edited(texts, one_range)
    learned = [r["correction"] for r in learn_corrections(docs, sugs).describe()]
    assert learned == ["merge DATE+DATE→DATE «至»"]


def test_training_learns_the_relayed_author_and_shows_it_and_preannotation_applies_it(tmp_path):
    from civannot.learn.apply import preannotate
    from civannot.learn.lead_model import correction_rows
    from civannot.learn.model_store import latest_model
    from civannot.learn.training import render_report, train_project
    from civannot.records import AUTO_LAYER
    from tests.learn_support import gold_project

    texts = [
        _relay_text(PLACES[i % 6], NAMES[i % 6], NAMES[(i + 2) % 6])
        + f"{PLACES[(i + 1) % 6]}县委书记{NAMES[(i + 4) % 6]}强调，各街道要加强日常巡查。"
        for i in range(12)
    ]
    gold = [_on(t, AUTHOR) for t in texts]
    docs = [
        GoldDoc(t, t, [Span(s.start, s.end, s.label, s.text) for s in g.spans], g.relations)
        for t, g in zip(texts, gold, strict=True)
    ]
    p = gold_project(tmp_path / "team.civ", [(f"doc{i:03d}", d) for i, d in enumerate(docs)])
    try:
        rep = train_project(p)
        name = f"switch on {AUTHOR}"
        assert name in render_report(rep)
        # the lead's Rules and model screen lists it with the other learned corrections
        assert name in [r[0] for r in correction_rows(latest_model(p).info)]
        preannotate(p)
        for spans, rels in p.layer_data(AUTO_LAYER).values():
            by_id = {s.id: s for s in spans}
            issued = {by_id[r.tail].text for r in rels if by_id[r.head].label == "DIRECTIVE"}
            relayed = [s.text for s in spans if s.label == "PERSON"][1]
            assert relayed in issued
    finally:
        p.close()
