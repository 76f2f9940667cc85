"""Place, post, name, slogan and site forms of session 47 (misc49; GUIDELINES.md: a GPE is an
administrative division, the span its name only; a TITLE the post a named person holds; a
PERSON a person's name). Every example is made up in the forms of the real reports: the names
and places are invented."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from civannot.preannotate.registry import DEFAULT_OFF


def _texts(text: str, label: str) -> list[str]:
    return [
        text[s.start : s.end] for s in suggest(text, disabled=DEFAULT_OFF).spans if s.label == label
    ]


# ---------------------------------------------------------------- a preposition before a place


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("会上，给岚江县、沙坪县颁发流动黄旗。", ["岚江县", "沙坪县"]),
        ("会上，向沙坪镇、柳溪乡颁发流动黄旗。", ["沙坪镇"]),
        ("会上，给沙坪镇、区环保局颁发流动黄旗。", ["沙坪镇"]),
        ("会上，为沙坪镇、柳溪乡颁发流动红旗。", ["沙坪镇"]),
    ],
)
def test_a_preposition_opens_no_place(text, places):
    got = _texts(text, "GPE")
    for p in places:
        assert p in got
    assert not any(g[0] in "给向为对同" for g in got)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a word of the dictionary opens the name: no preposition there
        ("，向阳坪镇开展环境整治。", "向阳坪镇"),
        ("，在沙坪镇召开推进会。", "沙坪镇"),
    ],
)
def test_a_name_opening_with_a_preposition_s_character_stays(text, place):
    assert place in _texts(text, "GPE")
