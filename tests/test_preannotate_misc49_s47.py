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


# ---------------------------------------------------------------- a city or a town before a post


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a city before its district's, county's or town's post stays in the title (every such
        # title of the pooled dev gold of session 47)
        ("会上，岚江市柳溪区委常委周立新讲话。", "岚江市柳溪区委常委"),
        ("10月3日，延安市洛川县教科体局局长周立新深入学校督查。", "延安市洛川县教科体局局长"),
        ("福鼎市沙埕镇镇长周立新出席。", "福鼎市沙埕镇镇长"),
        # a town nobody lists between the city and the post
        ("岚江市沙坪镇副镇长周立新出席。", "岚江市沙坪镇副镇长"),
        ("岚江县沙坪镇党委书记周立新出席。", "岚江县沙坪镇党委书记"),
    ],
)
def test_a_city_or_a_town_before_its_post_stays_in_the_title(text, title):
    assert _texts(text, "TITLE") == [title]
    assert _texts(text, "GPE") == []
    assert _texts(text, "PERSON") == ["周立新"]


@pytest.mark.parametrize(
    ("text", "place", "title"),
    [
        # the province is cut off, as before
        ("湖南省岚江市市委书记周立新到城区检查。", "湖南省", "岚江市市委书记"),
        ("湖南省岚江市沙坪镇副镇长周立新出席。", "湖南省", "岚江市沙坪镇副镇长"),
    ],
)
def test_the_province_before_a_lower_post_is_still_a_gpe(text, place, title):
    assert _texts(text, "GPE") == [place]
    assert _texts(text, "TITLE") == [title]


def test_a_town_without_a_post_is_not_read_into_a_title():
    # (镇政府工作人员: no post of the town follows; nothing joins the county to a title)
    assert _texts("岚江县沙坪镇政府工作人员参加。", "TITLE") == []
