"""The cue of the opt-in rule person.citizen (learn.corrections.SWITCH_CUES, persons.CITIZEN_CUE):
training re-runs a document's rules with the switch on only where the rule may add a name, and
still switches it on for a team whose gold tags members of the public (persons20). Every text is
made up."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from civannot.learn import training
from civannot.learn.corrections import (
    SWITCH_CUES,
    can_switch,
    learn_switches,
    switch_disabled,
)
from civannot.learn.data import GoldDoc
from civannot.preannotate.engine import Suggestions, suggest
from civannot.preannotate.persons import CITIZEN
from civannot.preannotate.registry import DEFAULT_OFF
from civannot.records import Span

# texts in which person.citizen adds a name (its three readings)
FIRES = [
    "清扫现场，志愿者柏雨，正忙着捡拾垃圾。",
    "居民滕一鸣告诉记者，小区环境变好了。",
    "市民周美娟、沈和琴表示，创城让生活更舒心。",
    "苗秀宝、乔树军等党员已到岗值守。",
    "本届评选中，钱明、柏荣庭、高学3人获全市道德模范提名奖。",
    "比如纪生平、姜利两位居民，每天都来帮忙。",
]
# texts that hold the rule's words but where it cannot add a name
SILENT = [
    "会议要求，党员干部要带头参与志愿者服务活动。",
    "全市3000余名志愿者走上街头，居民群众纷纷点赞。",
    "会上，钱明、柏荣庭、高学3名同志作了交流发言。",
    "县委书记王大明强调，各部门要抓好落实。",
    "共有5人参加培训，村民代表列席会议。",
]


def _persons(s: Suggestions) -> list[tuple[int, int]]:
    return [(x.start, x.end) for x in s.spans if x.label == "PERSON"]


def _on(text: str) -> Suggestions:
    return suggest(text, disabled=DEFAULT_OFF - {CITIZEN})


def test_the_cue_is_listed_and_is_the_rules_own() -> None:
    from civannot.preannotate.persons import CITIZEN_CUE

    assert SWITCH_CUES[CITIZEN] is CITIZEN_CUE and CITIZEN in DEFAULT_OFF


@pytest.mark.parametrize("text", FIRES)
def test_a_text_where_the_rule_adds_a_name_holds_its_cue(text: str) -> None:
    assert _persons(_on(text)) != _persons(suggest(text))
    assert can_switch(CITIZEN, text)


@pytest.mark.parametrize("text", SILENT)
def test_a_text_without_the_cue_is_not_rerun_and_the_switch_changes_nothing(text: str) -> None:
    assert not can_switch(CITIZEN, text)
    on, off = _on(text), suggest(text)
    assert (on.spans, on.relations) == (off.spans, off.relations)


def test_no_generated_article_without_the_cue_changes_with_the_switch() -> None:
    """The cue holds wherever the rule fires, on bench_train's generated articles (none of which
    names a member of the public) and on the texts above."""
    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "bench"))
    try:
        from bench_preannotate import article
    finally:
        sys.path.remove(str(root / "bench"))
    rng = random.Random(11)
    texts = [article(rng) for _ in range(20)] + FIRES + SILENT
    for t in texts:
        if not can_switch(CITIZEN, t):
            assert _persons(_on(t)) == _persons(suggest(t)), t[:30]


def test_training_reruns_the_rules_for_the_switch_only_where_the_cue_is() -> None:
    texts = [FIRES[0], SILENT[0], FIRES[3]]
    docs = [GoldDoc(t, t, [], []) for t in texts]
    base = [suggest(t) for t in texts]
    asked: list[tuple[str, list[int]]] = []

    def resuggest(key: str, idx):  # noqa: ANN001, ANN202
        asked.append((key, list(idx)))
        return [suggest(texts[i], disabled=switch_disabled(DEFAULT_OFF, key)) for i in idx]

    memo = training._memo(resuggest, docs, base)
    assert memo is not None
    got = memo(CITIZEN, [0, 1, 2])
    # the second text names nobody of the public: its own suggestions are taken, no re-run
    assert asked == [(CITIZEN, [0, 2])]
    assert got[1] is base[1]


def _gold(text: str, sug: Suggestions) -> GoldDoc:
    return GoldDoc(text, text, [Span(s.start, s.end, s.label, s.text) for s in sug.spans], [])


def test_training_switches_the_rule_on_for_a_team_whose_gold_tags_the_public() -> None:
    texts = [*FIRES, *SILENT]
    off = [suggest(t) for t in texts]

    def resuggest(key: str) -> list[Suggestions]:
        return [suggest(t, disabled=switch_disabled(DEFAULT_OFF, key)) for t in texts]

    tags_public = [_gold(t, _on(t)) for t in texts]
    assert CITIZEN in learn_switches(tags_public, off, resuggest)[0]
    officials_only = [_gold(t, s) for t, s in zip(texts, off, strict=True)]
    assert CITIZEN not in learn_switches(officials_only, off, resuggest)[0]
