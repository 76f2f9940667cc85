"""Opt-in conventions (registry.CONVENTION_SWITCHES): the default reading stays; the other is
switched on by a project or learned from a team's gold. Every text is made up."""

from __future__ import annotations

from civannot.learn.corrections import learn_switches, switch_disabled
from civannot.learn.data import GoldDoc
from civannot.preannotate.engine import suggest
from civannot.preannotate.registry import (
    CONVENTION_SWITCHES,
    DEFAULT_OFF,
    RULES,
    resolve_disabled,
)
from civannot.records import Span


def _spans(text: str, on: set[str] = frozenset()) -> list[tuple[str, str, str]]:  # type: ignore[assignment]
    sug = suggest(text, disabled=DEFAULT_OFF - on)
    return [(s.text, s.label, r) for s, r in zip(sug.spans, sug.rules, strict=True)]


def test_the_switches_are_registered_and_off_by_default():
    assert CONVENTION_SWITCHES <= DEFAULT_OFF
    assert all(r in RULES and "off unless switched on" in RULES[r] for r in CONVENTION_SWITCHES)
    assert resolve_disabled(["org.joint_whole"]) == {"org.joint_whole"}


def test_party_committee_and_government_written_together_are_two_orgs_by_default():
    text = "会上，青苇县委县政府召开推进会。市委市政府高度重视。"
    assert [(t, lab) for t, lab, _ in _spans(text)] == [
        ("青苇县委", "ORG"), ("县政府", "ORG"), ("市委", "ORG"), ("市政府", "ORG"),
    ]  # fmt: skip


def test_org_joint_whole_makes_them_one_org():
    text = "会上，青苇县委县政府召开推进会。市委市政府高度重视，镇党委政府全力推进。"
    assert _spans(text, {"org.joint_whole"}) == [
        ("青苇县委县政府", "ORG", "org.joint_whole"),
        ("市委市政府", "ORG", "org.joint_whole"),
        # (a government with no level of its own is one body with its committee by default
        # since orgs48a, session 46)
        ("镇党委政府", "ORG", "org.grammar"),
    ]


def test_org_joint_whole_leaves_a_list_with_a_mark_and_other_bodies_apart():
    text = "区委、区政府印发通知。县委宣传部县文明办联合开展活动。"
    assert _spans(text, {"org.joint_whole"}) == _spans(text)


def test_the_place_before_the_leaders_is_inside_their_title_by_default():
    # (every real gold keeps it inside, as the place of 栖岸县委书记; posts29)
    text = "栖岸县领导钱岚生、孙晓川出席会议。"
    sug = suggest(text)
    assert [(s.text, s.label) for s in sug.spans] == [
        ("栖岸县领导", "TITLE"), ("钱岚生", "PERSON"), ("孙晓川", "PERSON"),
    ]  # fmt: skip
    assert [(t, sug.spans[h].text, sug.spans[tl].text) for t, h, tl in sug.relations] == [
        ("HOLDS_TITLE", "钱岚生", "栖岸县领导"), ("HOLDS_TITLE", "孙晓川", "栖岸县领导"),
    ]  # fmt: skip


def test_title_leaders_place_apart_keeps_the_place_out_of_the_leaders_title():
    text = "栖岸县领导钱岚生、孙晓川出席会议。"
    sug = suggest(text, disabled=DEFAULT_OFF - {"title.leaders_place_apart"})
    assert [(s.text, s.label) for s in sug.spans][:1] == [("县领导", "TITLE")]
    assert [(t, sug.spans[h].text, sug.spans[tl].text) for t, h, tl in sug.relations] == [
        ("HOLDS_TITLE", "钱岚生", "县领导"), ("HOLDS_TITLE", "孙晓川", "县领导"),
    ]  # fmt: skip
    # a list with no place before it is as before
    bare = "会上，县领导钱岚生、孙晓川出席会议。"
    assert _spans(bare, {"title.leaders_place_apart"}) == _spans(bare)
    # the retired id of the old opt-in reading changes nothing
    assert _spans(text, {"title.leaders_place"}) == _spans(text)


def test_title_leaders_place_apart_is_moot_where_places_are_split_off_posts():
    text = "栖岸县领导钱岚生、孙晓川出席会议。栖岸县委书记吴长河主持。"
    both = _spans(text, {"title.leaders_place_apart", "gpe.before_post"})
    assert both == _spans(text, {"gpe.before_post"})
    assert ("县领导", "TITLE") in [(t, lab) for t, lab, _ in both]


def _joint_docs(one_org: bool) -> tuple[list[GoldDoc], list]:
    texts = [
        f"会上，{p}县委县政府召开创文推进会。{n}县长要求，各部门要抓好落实。"
        for p, n in (("青苇", "吴"), ("栖岸", "孙"), ("楚岭", "钱"), ("岚溪", "周"))
    ]
    return _switch_docs(texts, "org.joint_whole", one_org)


def _switch_docs(texts: list[str], rule: str, on_in_gold: bool) -> tuple[list[GoldDoc], list]:
    """A team's gold of `texts` as the rules give it with `rule` on (or off), the rules' own
    suggestions and the re-run the training asks for."""
    on = [suggest(t, disabled=DEFAULT_OFF - {rule}) for t in texts]
    off = [suggest(t) for t in texts]
    gold = on if on_in_gold else off
    docs = [
        GoldDoc(t, t, [Span(s.start, s.end, s.label, s.text) for s in g.spans], g.relations)
        for t, g in zip(texts, gold, strict=True)
    ]

    def resuggest(key: str) -> list:
        return [suggest(t, disabled=switch_disabled(DEFAULT_OFF, key)) for t in texts]

    return docs, [off, resuggest]


def test_learn_switches_turns_org_joint_whole_on_from_a_team_gold_only_where_it_reads_so():
    docs, (sugs, resuggest) = _joint_docs(one_org=True)
    assert learn_switches(docs, sugs, resuggest)[0] == ["org.joint_whole"]
    docs, (sugs, resuggest) = _joint_docs(one_org=False)
    assert learn_switches(docs, sugs, resuggest)[0] == []


def test_org_joint_whole_joins_the_longest_committee_ending_before_the_government():
    # a learned lexicon's bare 县委 beside the rules' 青苇县委: the place stays in the body
    from civannot.preannotate.common import Cand, Doc, rules
    from civannot.preannotate.conventions import join_party_and_government

    text = "青苇县委县政府高度重视。"
    doc = Doc(text, rules())
    doc.cands = [
        Cand(2, 4, "ORG", 0.9, 5, "lexicon"),
        Cand(0, 4, "ORG", 0.8, 2, "org.grammar"),
        Cand(4, 7, "ORG", 0.8, 2, "org.grammar"),
    ]
    join_party_and_government(doc)
    joined = [c for c in doc.cands if c.rule == "org.joint_whole"]
    assert [(c.start, c.end, c.prio) for c in joined] == [(0, 7, 5)]


def test_loc_place_whole_keeps_the_places_before_a_site_inside_it():
    text = "书记在城西区锦绣社区、栖岸市青苇区滨河公园调研。会议在北京人民大会堂举行。"
    assert [(t, lab) for t, lab, _ in _spans(text)] == [
        ("城西区", "GPE"), ("锦绣社区", "LOC"), ("栖岸市", "GPE"), ("青苇区", "GPE"),
        ("滨河公园", "LOC"), ("北京", "GPE"), ("人民大会堂", "LOC"),
    ]  # fmt: skip
    assert _spans(text, {"loc.place_whole"}) == [
        ("城西区锦绣社区", "LOC", "loc.place_whole"),
        ("栖岸市青苇区滨河公园", "LOC", "loc.place_whole"),
        ("北京人民大会堂", "LOC", "loc.place_whole"),
    ]


def test_loc_place_whole_leaves_a_place_apart_after_a_mark_or_before_anything_else():
    text = "城西区、锦绣社区和滨河公园。青苇区委书记吴明在青苇区检查。"
    assert _spans(text, {"loc.place_whole"}) == _spans(text)


def _site_docs(whole: bool) -> tuple[list[GoldDoc], list]:
    texts = [
        f"{n}书记在{p}区{s}检查创文工作，要求各部门抓好落实。"
        for p, n, s in (
            ("青苇", "吴", "锦绣社区"), ("栖岸", "孙", "滨河公园"),
            ("楚岭", "钱", "杏花村"), ("岚溪", "周", "明德路"),
        )
    ]  # fmt: skip
    return _switch_docs(texts, "loc.place_whole", whole)


def test_learn_switches_turns_loc_place_whole_on_only_for_a_gold_that_reads_so():
    docs, (sugs, resuggest) = _site_docs(whole=True)
    assert any(s.rules.count("loc.place_whole") for s in resuggest("loc.place_whole"))
    assert learn_switches(docs, sugs, resuggest)[0] == ["loc.place_whole"]
    docs, (sugs, resuggest) = _site_docs(whole=False)
    assert learn_switches(docs, sugs, resuggest)[0] == []


def test_loc_place_whole_changes_no_text_whose_suggestions_have_no_place_before_a_site():
    from pathlib import Path

    from civannot.learn.corrections import can_switch

    samples = Path(__file__).resolve().parent.parent / "resources" / "samples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))]
    texts += ["书记在城西区锦绣社区调研。", "城西区、锦绣社区和滨河公园。"]
    fired = 0
    for t in texts:
        base = suggest(t)
        on = suggest(t, disabled=DEFAULT_OFF - {"loc.place_whole"})
        if can_switch("loc.place_whole", t, base):
            fired += 1
            continue
        assert (on.spans, on.relations) == (base.spans, base.relations), t[:30]
    assert 1 <= fired < len(texts)
