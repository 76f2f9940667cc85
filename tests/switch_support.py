"""The engine with opt-in convention switches on, and a small team whose gold was made with a
switch on or off: what the tests of each switch hand to issue 15's learning of switches."""

from __future__ import annotations

from collections.abc import Callable

from civannot.learn.corrections import can_switch, switch_disabled
from civannot.learn.data import GoldDoc
from civannot.preannotate.engine import Suggestions, suggest
from civannot.preannotate.registry import DEFAULT_OFF
from civannot.records import Span


def switched_on(text: str, *rules: str) -> Suggestions:
    return suggest(text, disabled=DEFAULT_OFF - set(rules))


def switch_team(
    texts: list[str], key: str, gold_switched: bool
) -> tuple[list[GoldDoc], list[Suggestions], Callable[[str], list[Suggestions]]]:
    """Gold that reads the texts with switch `key` on (or as the defaults read them), the
    default suggestions, and the re-suggester learn_switches takes."""
    gold = [switched_on(t, key) if gold_switched else suggest(t) for t in texts]
    docs = [
        GoldDoc(t, t, [Span(s.start, s.end, s.label, s.text) for s in g.spans], g.relations)
        for t, g in zip(texts, gold, strict=True)
    ]

    def resuggest(switch: str) -> list[Suggestions]:
        return [suggest(t, disabled=switch_disabled(DEFAULT_OFF, switch)) for t in texts]

    return docs, [suggest(t) for t in texts], resuggest


def texts_the_switch_may_change(key: str, texts: list[str]) -> int:
    """How many of `texts` switch `key` may change (can_switch: where training re-runs the
    engine); every other text must come out of the switched-on engine as from the defaults."""
    may = 0
    for t in texts:
        base = suggest(t)
        if can_switch(key, t, base):
            may += 1
            continue
        on = switched_on(t, key)
        assert (on.spans, on.relations) == (base.spans, base.relations), t
    return may
