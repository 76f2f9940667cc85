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
        ("镇党委政府", "ORG", "org.joint_whole"),
    ]


def test_org_joint_whole_leaves_a_list_with_a_mark_and_other_bodies_apart():
    text = "区委、区政府印发通知。县委宣传部县文明办联合开展活动。"
    assert _spans(text, {"org.joint_whole"}) == _spans(text)


def test_the_place_before_the_leaders_stays_apart_by_default():
    text = "栖岸县领导钱岚生、孙晓川出席会议。"
    assert [(t, lab) for t, lab, _ in _spans(text)][:1] == [("县领导", "TITLE")]


def test_title_leaders_place_keeps_the_place_inside_the_leaders_title():
    text = "栖岸县领导钱岚生、孙晓川出席会议。"
    sug = suggest(text, disabled=DEFAULT_OFF - {"title.leaders_place"})
    assert [(s.text, s.label) for s in sug.spans] == [
        ("栖岸县领导", "TITLE"), ("钱岚生", "PERSON"), ("孙晓川", "PERSON"),
    ]  # fmt: skip
    assert [(t, sug.spans[h].text, sug.spans[tl].text) for t, h, tl in sug.relations] == [
        ("HOLDS_TITLE", "钱岚生", "栖岸县领导"), ("HOLDS_TITLE", "孙晓川", "栖岸县领导"),
    ]  # fmt: skip
    # a list with no place before it is as before
    bare = "会上，县领导钱岚生、孙晓川出席会议。"
    assert _spans(bare, {"title.leaders_place"}) == _spans(bare)


def test_title_leaders_place_is_moot_where_places_are_split_off_posts():
    text = "栖岸县领导钱岚生、孙晓川出席会议。栖岸县委书记吴长河主持。"
    both = _spans(text, {"title.leaders_place", "gpe.before_post"})
    assert both == _spans(text, {"gpe.before_post"})


def _joint_docs(one_org: bool) -> tuple[list[GoldDoc], list]:
    texts = [
        f"会上，{p}县委县政府召开创文推进会。{n}县长要求，各部门要抓好落实。"
        for p, n in (("青苇", "吴"), ("栖岸", "孙"), ("楚岭", "钱"), ("岚溪", "周"))
    ]
    on = [suggest(t, disabled=DEFAULT_OFF - {"org.joint_whole"}) for t in texts]
    off = [suggest(t) for t in texts]
    gold = on if one_org else off
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
