"""Session 29 (conv29): two forms two independent annotators of the same real pages read apart,
each now an opt-in convention (registry.CONVENTION_SWITCHES) a team's gold switches on:
- directive.enumerator_kept: the enumerator of an item written right before the directive's
  marker (一是要…) inside the DIRECTIVE; by default it starts at the marker (要…);
- slogan.honour: a quoted honour (“全国文明城市”) as a SLOGAN; by default untagged.
Every sentence, place and name here is made up."""

from __future__ import annotations

import pytest

from civannot.learn.combine import combine
from civannot.learn.corrections import learn_switches
from civannot.learn.crf import TaggedSpan, Tagging
from civannot.preannotate.engine import Suggestions, suggest
from civannot.preannotate.registry import CONVENTION_SWITCHES, DEFAULT_OFF, RULES
from tests.switch_support import switch_team, switched_on, texts_the_switch_may_change

KEPT = "directive.enumerator_kept"
PLACES = ("柳湾", "青岚", "桐河", "岚溪")
NAMES = ("冯远山", "陈立新", "褚海燕", "周一凡")
HONOUR = "slogan.honour"


def _directives(sug: Suggestions) -> list[str]:
    return [s.text for s in sug.spans if s.label == "DIRECTIVE"]


def _issuers(sug: Suggestions) -> list[tuple[str, str]]:
    return [(sug.spans[h].text, sug.spans[t].text) for r, h, t in sug.relations if r == "ISSUED_BY"]


def _slogans(sug: Suggestions) -> list[tuple[str, str]]:
    return [(s.text, s.provenance or "") for s in sug.spans if s.label == "SLOGAN"]


@pytest.mark.parametrize("rule", [KEPT, HONOUR])
def test_the_two_readings_are_convention_switches_off_by_default(rule: str) -> None:
    assert rule in CONVENTION_SWITCHES <= DEFAULT_OFF
    assert "off unless switched on" in RULES[rule]


# --- directive.enumerator_kept

LIST = (
    "岚溪县委书记冯远山强调，一是要提高思想认识，压实工作责任。二是必须加强日常巡查，确保不留死角。"
    "第三要广泛宣传发动，营造浓厚氛围。"
)


def test_by_default_a_directive_starts_at_the_marker_after_its_enumerator() -> None:
    assert _directives(suggest(LIST)) == [
        "要提高思想认识，压实工作责任",
        "必须加强日常巡查，确保不留死角",
        "要广泛宣传发动，营造浓厚氛围",
    ]


def test_switched_on_the_enumerator_glued_to_the_marker_is_kept_and_the_edges_follow() -> None:
    on = switched_on(LIST, KEPT)
    assert _directives(on) == [
        "一是要提高思想认识，压实工作责任",
        "二是必须加强日常巡查，确保不留死角",
        "第三要广泛宣传发动，营造浓厚氛围",
    ]
    assert all(r == KEPT for s, r in zip(on.spans, on.rules, strict=True) if s.label == "DIRECTIVE")
    assert [who for _, who in _issuers(on)] == ["冯远山"] * 3
    # nothing else moves
    base = suggest(LIST)
    assert [(s.start, s.end, s.label) for s in on.spans if s.label != "DIRECTIVE"] == [
        (s.start, s.end, s.label) for s in base.spans if s.label != "DIRECTIVE"
    ]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        # an item with no marker: both annotators start after 一是
        (
            "县委书记冯远山强调，一是强化宣传引导，营造浓厚氛围。二是压实工作责任，狠抓整改落实。",
            "强压",
        ),
        # the enumerator set off by a comma
        ("县委书记冯远山强调，一是，要提高思想认识，压实工作责任。", "要"),
        # the addressee between the enumerator and the marker
        ("县委书记冯远山强调，一是各单位要提高思想认识，压实工作责任。", "各"),
        # 要求 after the enumerator names who is required
        ("县委书记冯远山提出要求：一是要求各社区提高思想认识，压实工作责任。", "各"),
        # the end of a word, no enumerator
        ("县委书记冯远山强调，创城的关键之一是要提高思想认识，压实工作责任。", "创"),
        # 一要 is whole by default
        ("县委书记冯远山强调，一要提高思想认识，压实工作责任。", "一"),
    ],
)
def test_what_the_switch_leaves_as_it_was(text: str, starts: str) -> None:
    base, on = suggest(text), switched_on(text, KEPT)
    assert _directives(on) == _directives(base)
    assert "".join(d[0] for d in _directives(on)) == starts


def test_a_models_second_reading_of_the_speakers_keeps_the_moved_directives_edges() -> None:
    # the model adds a name the rules left (a byline): the speakers are read again over the
    # persons it keeps, and each directive the switch moved keeps its speaker
    text = LIST + "\n记者褚海燕报道。"
    rules = suggest(text, disabled=DEFAULT_OFF - {KEPT}, keep_sentences=True)
    k = text.index("褚海燕")
    assert not any(s.start == k for s in rules.spans)
    out = combine(
        text, rules, Tagging([TaggedSpan(k, k + 3, "PERSON", 0.9)]), policy={"PERSON": "union"}
    )
    assert any(s.text == "褚海燕" for s in out.spans)
    assert _issuers(out) == _issuers(rules)
    assert len(_issuers(out)) == 3


def test_learn_switches_keeps_the_enumerator_only_for_a_gold_that_keeps_it() -> None:
    texts = [
        f"{p}县委书记{n}强调，一是要提高思想认识，压实责任。二是要加强巡查，确保不留死角。"
        for p, n in zip(PLACES, NAMES, strict=True)
    ]
    docs, sugs, resuggest = switch_team(texts, KEPT, True)
    on, _, gains = learn_switches(docs, sugs, resuggest)
    assert on == [KEPT]
    # (two directives a page, each its span and its ISSUED_BY edge put right)
    assert gains[KEPT] == 4 * 2 * 4
    docs, sugs, resuggest = switch_team(texts, KEPT, False)
    assert learn_switches(docs, sugs, resuggest)[0] == []


def test_the_enumerator_switch_changes_no_text_where_it_cannot_fire() -> None:
    texts = [
        LIST,
        "县委书记冯远山强调，一是强化宣传引导，营造浓厚氛围。",
        "县委书记冯远山强调，一要提高思想认识，压实工作责任。",
        "柳湾县召开创城推进会，县委书记冯远山出席。",
    ]
    assert texts_the_switch_may_change(KEPT, texts) == 1


# --- slogan.honour

HONOURS = (
    "柳湾县荣获“全国文明城市”称号，正在争创“国家卫生城市”，开展“创建全国文明城市”活动，"
    "守住“省级文明县城”这块金字招牌。"
)


def test_by_default_a_quoted_honour_is_no_slogan_and_the_campaign_for_one_is() -> None:
    assert _slogans(suggest(HONOURS)) == [("创建全国文明城市", "slogan.quoted")]


def test_switched_on_a_quoted_honour_is_a_slogan_inside_its_quotes() -> None:
    got = _slogans(switched_on(HONOURS, HONOUR))
    assert got == [
        ("全国文明城市", HONOUR),
        ("国家卫生城市", HONOUR),
        ("创建全国文明城市", "slogan.quoted"),
        ("省级文明县城", HONOUR),
    ]


def test_the_place_inside_a_quoted_honour_gives_way_to_it() -> None:
    text = "青岚镇再度获评“浙江省文明镇”荣誉称号，桐河村荣获“全国文明村”。"
    base, on = suggest(text), switched_on(text, HONOUR)
    assert ("浙江省", "GPE") in [(s.text, s.label) for s in base.spans]
    assert [t for t, _ in _slogans(on)] == ["浙江省文明镇", "全国文明村"]
    assert ("浙江省", "GPE") not in [(s.text, s.label) for s in on.spans]


def test_a_units_honour_and_a_nominated_city_are_honours_too() -> None:
    # (rule_words honour_titles: 先进单位, 提名城市; session 29: three quoted honours of the wide
    # pages the class missed)
    text = "桐河街道获评“全省社会治安综合治理先进单位”称号，柳湾市跻身“第五届全国文明城市提名城市”行列。"
    assert _slogans(suggest(text)) == []
    assert [t for t, _ in _slogans(switched_on(text, HONOUR))] == [
        "全省社会治安综合治理先进单位",
        "第五届全国文明城市提名城市",
    ]


def test_a_couplet_ending_in_an_honour_is_no_honour() -> None:
    text = "街头挂起“共享无烟环境，共创文明城市”的标语。"
    assert _slogans(switched_on(text, HONOUR)) == _slogans(suggest(text))


def test_learn_switches_tags_the_honour_only_for_a_gold_that_tags_it() -> None:
    texts = [
        f"{p}县荣获“全国文明城市”称号，{p}县委书记{n}出席表彰大会。"
        for p, n in zip(PLACES, NAMES, strict=True)
    ]
    docs, sugs, resuggest = switch_team(texts, HONOUR, True)
    assert learn_switches(docs, sugs, resuggest)[0] == [HONOUR]
    docs, sugs, resuggest = switch_team(texts, HONOUR, False)
    assert learn_switches(docs, sugs, resuggest)[0] == []


def test_the_honour_switch_changes_no_text_where_it_cannot_fire() -> None:
    texts = [
        HONOURS,
        "柳湾县召开创建全国文明城市誓师大会，县委书记冯远山出席。",
        "开展“门前三包”行动，全力创建文明城市。",
    ]
    assert texts_the_switch_may_change(HONOUR, texts) == 1
