"""Learned corrections of a team whose conventions differ from the rules' as CLASSES (learn48,
session 46): a merge made again along a chain of places (a county, its town and its village,
one span). The sentences, names and places are made up."""

from __future__ import annotations

from civannot.learn.corrections import Correction, Corrections, learn_corrections
from civannot.learn.data import GoldDoc
from civannot.preannotate.engine import Suggestions
from civannot.records import Span

RULE = "gpe.made_up"


def _spans(text: str, parts: list[tuple[str, str]]) -> list[Span]:
    out, at = [], 0
    for name, lab in parts:
        s = text.index(name, at)
        out.append(Span(s, s + len(name), lab, name))
        at = s + len(name)
    return out


def _sug(text: str, parts: list[tuple[str, str]]) -> Suggestions:
    spans = _spans(text, parts)
    return Suggestions(spans=spans, relations=[], rules=[RULE] * len(spans))


def _labels(sug: Suggestions) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in sug.spans]


def test_a_merge_into_the_second_label_takes_in_every_place_before_it():
    text = "周立新来到青苇县柳塘镇石桥村调研。"
    sug = _sug(text, [("青苇县", "GPE"), ("柳塘镇", "GPE"), ("石桥村", "LOC")])
    corr = Corrections([Correction("merge", "GPE", "LOC", "LOC", fixed=4)])
    assert _labels(corr.apply(text, sug)) == [("青苇县柳塘镇石桥村", "LOC")]


def test_a_merge_into_the_first_label_takes_in_every_place_after_it():
    text = "岚江省青苇县柳塘镇召开会议。"
    sug = _sug(text, [("岚江省", "GPE"), ("青苇县", "GPE"), ("柳塘镇", "GPE")])
    corr = Corrections([Correction("merge", "GPE", "GPE", "GPE", fixed=4)])
    assert _labels(corr.apply(text, sug)) == [("岚江省青苇县柳塘镇", "GPE")]


def test_a_chain_stops_at_a_gap_or_another_label():
    text = "青苇县和柳塘镇石桥村、云栖村。"
    sug = _sug(text, [("青苇县", "GPE"), ("柳塘镇", "GPE"), ("石桥村", "LOC"), ("云栖村", "LOC")])
    corr = Corrections([Correction("merge", "GPE", "LOC", "LOC", fixed=4)])
    assert _labels(corr.apply(text, sug)) == [
        ("青苇县", "GPE"),
        ("柳塘镇石桥村", "LOC"),
        ("云栖村", "LOC"),
    ]


def test_a_chain_merge_is_learned_from_pages_that_only_show_chains():
    # every page writes a county, its town and its village as one LOC, and the rules give
    # three spans: no two-span merge in the gold, the chain itself teaches it
    towns = ["柳塘镇", "石屏镇", "云栖镇", "青禾镇", "岚溪镇", "白沙镇"]
    docs, sugs = [], []
    for i, town in enumerate(towns):
        text = f"第{i}天，周立新来到青苇县{town}石桥村调研。"
        parts = [("青苇县", "GPE"), (town, "GPE"), ("石桥村", "LOC")]
        whole = "青苇县" + town + "石桥村"
        docs.append(GoldDoc(f"p{i}", text, _spans(text, [(whole, "LOC")]), []))
        sugs.append(_sug(text, parts))
    corr = learn_corrections(docs, sugs)
    names = [c.name() for c in corr.items]
    assert "merge GPE+LOC→LOC" in names, names
    out = corr.apply(docs[0].text, sugs[0])
    assert _labels(out) == [("青苇县柳塘镇石桥村", "LOC")]


# ---------------------------------------------------------------- a festival's own rule id


def test_a_festival_standing_as_the_day_has_its_own_rule_id():
    from civannot.preannotate import suggest

    text = "2024年9月3日，青苇县召开会议。中秋、国庆双节临近，春节期间要加强值守。"
    sug = suggest(text)
    rules = {s.text: r for s, r in zip(sug.spans, sug.rules, strict=True) if s.label == "DATE"}
    assert rules["2024年9月3日"] == "date.pattern"
    assert rules["中秋"] == rules["国庆"] == rules["春节"] == "date.festival"


def test_a_team_that_leaves_festivals_untagged_drops_them_by_rule_not_festival_by_festival():
    from civannot.preannotate import suggest

    festivals = ["春节期间", "国庆期间", "中秋节前夕", "端午节期间", "元旦期间", "清明节前后"]
    docs, sugs = [], []
    for i, fest in enumerate(festivals):
        text = f"2024年3月{i + 1}日，岚江县召开安全生产会议。会议要求，{fest}要加强巡查。"
        sug = suggest(text)
        # the team tags the calendar date and leaves the festival untagged
        gold = [
            Span(s.start, s.end, s.label, s.text)
            for s, r in zip(sug.spans, sug.rules, strict=True)
            if r != "date.festival"
        ]
        assert len(gold) < len(sug.spans)
        docs.append(GoldDoc(f"p{i}", text, gold, []))
        sugs.append(sug)
    corr = learn_corrections(docs, sugs)
    names = [c.name() for c in corr.items]
    assert "drop DATE (rule «date.festival»)" in names, names
    # on a page with a festival none of the training pages named, the calendar date kept
    text = "2024年12月2日，岚江县部署工作。元宵节期间要加强值守。"
    out = corr.apply(text, suggest(text))
    assert [s.text for s in out.spans if s.label == "DATE"] == ["2024年12月2日"]
