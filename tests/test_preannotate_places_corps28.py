"""Session 28 (corps28): the corps' division written alone (七师, 第十一师, 兵团第六师; no city
joined to it) is an ORG by default (independent annotators 3 ORG, 1 GPE), and the place reading
is the opt-in convention gpe.corps_division, which a team's gold switches on. The division written
with its city stays one GPE (session 26), a regiment a GPE, the corps itself an ORG. Every
sentence, division number, city and name here is made up."""

from __future__ import annotations

import pytest

from civannot.learn.corrections import learn_switches
from civannot.preannotate.engine import Suggestions, suggest
from civannot.preannotate.registry import CONVENTION_SWITCHES, DEFAULT_OFF, RULES
from tests.switch_support import switch_team, switched_on, texts_the_switch_may_change

AS_PLACE = "gpe.corps_division"
AS_BODY = "org.corps_division"


def _ruled(sug: Suggestions) -> list[tuple[str, str, str]]:
    return [
        (s.text, s.label, r)
        for s, r in zip(sug.spans, sug.rules, strict=True)
        if s.label in ("GPE", "ORG")
    ]


# --- the default: the division alone is the corps' body


@pytest.mark.parametrize(
    ("text", "divisions"),
    [
        # a bare division between connectives, in a text about the corps
        ("兵团召开座谈会，九师与桐河市签订合作协议。", ["九师"]),
        ("桐河市将一如既往推进与九师全面融合发展。兵团有关部门参加。", ["九师"]),
        # 第 + division, in a list
        ("会上，第十四师、第十五师等单位负责同志作交流发言。", ["第十四师", "第十五师"]),
        # the corps named before its division stays inside the one span
        ("兵团第九师、第十一师等相关单位参加会议。", ["兵团第九师", "第十一师"]),
    ],
)
def test_a_division_written_alone_is_an_org(text: str, divisions: list[str]) -> None:
    got = _ruled(suggest(text))
    for d in divisions:
        assert (d, "ORG", AS_BODY) in got, (d, got)
        assert not any(t == d and lab == "GPE" for t, lab, _ in got)


def test_the_division_with_its_city_a_regiment_and_the_corps_keep_their_labels() -> None:
    text = (
        "第七师柳湾市召开推进会，九团、一二三团作表态发言。兵团召开座谈会，七师与桐河市举行交流。"
    )
    got = [(t, lab) for t, lab, _ in _ruled(suggest(text))]
    assert ("第七师柳湾市", "GPE") in got
    assert ("九团", "GPE") in got and ("一二三团", "GPE") in got
    assert ("兵团", "ORG") in got
    assert ("七师", "ORG") in got and ("桐河市", "GPE") in got


def test_a_division_inside_a_body_or_a_post_is_not_cut_out() -> None:
    text = "兵团召开会议。七师党委书记冯远山出席会议并讲话，七师党委安排部署。"
    got = [(t, lab) for t, lab, _ in _ruled(suggest(text))]
    assert ("七师党委", "ORG") in got
    assert ("七师", "ORG") not in got and ("七师", "GPE") not in got


# --- the other reading: gpe.corps_division


def test_corps_division_is_a_convention_switch_off_by_default() -> None:
    assert AS_PLACE in CONVENTION_SWITCHES <= DEFAULT_OFF
    assert AS_BODY not in DEFAULT_OFF
    assert "off unless switched on" in RULES[AS_PLACE]


@pytest.mark.parametrize(
    "text",
    [
        "兵团召开座谈会，九师与桐河市签订合作协议。",
        "会上，第十四师、第十五师等单位负责同志作交流发言。",
        "兵团第九师、第十一师等相关单位参加会议。",
    ],
)
def test_switched_on_the_division_alone_is_a_place_on_the_same_span(text: str) -> None:
    base, on = suggest(text), switched_on(text, AS_PLACE)
    body = [(s.start, s.end) for s, r in zip(base.spans, base.rules, strict=True) if r == AS_BODY]
    place = [(s.start, s.end) for s, r in zip(on.spans, on.rules, strict=True) if r == AS_PLACE]
    assert body and body == place
    assert all(s.label == "GPE" for s, r in zip(on.spans, on.rules, strict=True) if r == AS_PLACE)
    # nothing else moves
    rest = [
        (s.start, s.end, s.label) for s, r in zip(on.spans, on.rules, strict=True) if r != AS_PLACE
    ]
    assert rest == [
        (s.start, s.end, s.label)
        for s, r in zip(base.spans, base.rules, strict=True)
        if r != AS_BODY
    ]


def test_learn_switches_turns_the_place_reading_on_only_for_a_gold_that_tags_places() -> None:
    texts = [
        f"兵团召开座谈会，{n}师与{c}市签订合作协议，推进与{n}师全面融合。"
        for n, c in zip("三五七九", ("柳湾", "青岚", "桐河", "岚溪"), strict=True)
    ]
    docs, sugs, resuggest = switch_team(texts, AS_PLACE, True)
    assert learn_switches(docs, sugs, resuggest)[0] == [AS_PLACE]
    docs, sugs, resuggest = switch_team(texts, AS_PLACE, False)
    assert learn_switches(docs, sugs, resuggest)[0] == []


def test_the_place_reading_changes_no_text_where_it_cannot_fire() -> None:
    texts = [
        "第九师柳湾市召开推进会，九团作表态发言。",
        "兵团召开会议，七师与桐河市举行交流。",
        "兵团召开会议。七师党委书记冯远山出席会议并讲话。",
        "柳湾县召开创城推进会，县委书记冯远山出席。",
    ]
    assert texts_the_switch_may_change(AS_PLACE, texts) == 1
