"""Session 31 (gpeb31): GPE forms of real reports. Towns named bare in a list of three or more
that 等镇 closes, one of them opening with a character that also opens a generic reference
(园, 城, 新); the zone an article is about written by its kind alone (开发区, 高新区, 经开区)
once the article names it with its place or writes its own bodies and posts after the kind.
Every sentence, name and place here is made up."""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest


def _places(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "GPE"]


# --- a list of towns named bare, one opening with a generic head


def test_a_listed_town_opening_with_a_generic_head_keeps_the_list() -> None:
    text = "督导组一行先后深入禾阳、园溪、柳湾、石汀等镇，逐一检查各镇创卫进展。"
    assert _places(text) == ["禾阳", "园溪", "柳湾", "石汀"]


def test_two_items_with_a_generic_head_stay_out() -> None:
    text = "督导组先后深入城区、园溪等镇，逐一检查创卫进展。"
    assert "园溪" not in _places(text)


def test_a_generic_reference_in_a_long_list_stays_out() -> None:
    text = "督导组先后深入禾阳、全县、柳湾等镇，逐一检查创卫进展。"
    assert "全县" not in _places(text)


# --- the zone the article is about, written by its kind alone


def test_the_zone_named_with_its_place_is_read_again_by_its_kind() -> None:
    text = "5月8日，青禾高新区召开创城推进会。会议强调，高新区要对标先进，补齐短板。"
    got = _places(text)
    assert "青禾高新区" in got and got.count("高新区") == 1


def test_the_kind_before_the_zones_own_body_marks_it() -> None:
    text = "周某在开发区管委会全体干部大会上强调，开发区要再接再厉，争当排头兵。"
    assert _places(text) == ["开发区"]


def test_the_long_name_lends_its_short_kind() -> None:
    text = "活动由沧河经济技术开发区承办。活动中，经开区各部门负责同志作了交流。"
    assert "经开区" in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        # a zone in general: the work of zones, every zone, a list of kinds
        "周某在开发区管委会会议上强调，开发区建设要提速。",
        "周某在开发区管委会会议上强调，各街道、开发区、部门要各负其责。",
        "周某在开发区管委会会议上强调，要全面推进各开发区改革。",
    ],
)
def test_a_zone_in_general_stays_none(text: str) -> None:
    assert "开发区" not in _places(text)


def test_no_zone_of_its_own_no_bare_kind() -> None:
    text = "会议强调，开发区要对标先进，补齐短板。"
    assert "开发区" not in _places(text)
