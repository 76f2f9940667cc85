"""PERSON / TITLE and DATE forms of session 46 (fix48; GUIDELINES.md: a PERSON is a person's
name, a TITLE the post a named person holds; a DATE a calendar expression). Every example is made
up in the forms of the real reports: the names and places are invented."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from civannot.preannotate.registry import DEFAULT_OFF


def _spans(text: str, label: str) -> list[tuple[str, str]]:
    """(text, rule id) of every suggested span of `label`, in order."""
    return [
        (text[s.start : s.end], s.provenance)
        for s in suggest(text, disabled=DEFAULT_OFF).spans
        if s.label == label
    ]


def _texts(text: str, label: str) -> list[str]:
    return [t for t, _ in _spans(text, label)]


# ---------------------------------------------------------------- a verb after a post


@pytest.mark.parametrize(
    "text",
    [
        "近日，岚江县商会负责人来访。",
        "近日，岚江县商会负责人到访，双方进行了座谈。",
        "近日，岚江县委书记来访。",
        "会上，县委书记到访，并看望了一线干部。",
        "县委书记陪同。",
        "岚江县人武部负责人简要传达了会议精神。",
    ],
)
def test_a_verb_or_adverb_after_a_post_names_nobody(text):
    assert _texts(text, "PERSON") == []
    sug = suggest(text, disabled=DEFAULT_OFF)
    assert sug.relations == []


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("近日，岚江县商会负责人周立新一行来访。", "岚江县商会负责人", "周立新"),
        ("县委书记周立新到访。", "县委书记", "周立新"),
        # (a name that is an ordinary noun of the dictionary, closed by punctuation, still reads)
        ("县委书记高峰。", "县委书记", "高峰"),
        ("县长李红，副县长周立新参加。", "县长", "李红"),
    ],
)
def test_a_name_after_a_post_still_reads(text, title, name):
    assert title in _texts(text, "TITLE")
    assert name in _texts(text, "PERSON")
    sug = suggest(text, disabled=DEFAULT_OFF)
    spans = sug.spans
    pairs = {(text[spans[h].start : spans[h].end], text[spans[t].start : spans[t].end])
             for kind, h, t in sug.relations if kind == "HOLDS_TITLE"}  # fmt: skip
    assert (name, title) in pairs


# ---------------------------------------------------------------- a festival's day


@pytest.mark.parametrize("day", ["大年初三", "大年三十", "大年初一"])
def test_a_day_the_festival_counts_has_the_festival_rule_id(day):
    text = f"1月31日，{day}，市长周立新到岚江高新区走访企业。"
    assert _spans(text, "DATE") == [("1月31日", "date.pattern"), (day, "date.festival")]


def test_a_lunar_date_keeps_the_calendar_rule_id():
    text = "农历正月初八，岚江镇召开全体干部大会。"
    assert _spans(text, "DATE") == [("农历正月初八", "date.pattern")]
    # (大年 alone, as a theme, is no day)
    assert _texts("岚江镇群众欢欢喜喜过大年。", "DATE") == []
