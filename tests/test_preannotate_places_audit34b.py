"""LOC forms of session 34 (audit34b: an audit of the engine's output on wide pages no gold
covers), in made-up sentences (none is a real page's text; the people and the places are
invented).

- Every further mention of a place read once as a LOC is a LOC too (GUIDELINES.md: tag every
  mention), where no span covers it and it opens no longer name: not 某某街道 after a street
  named 某某街, not 某某路社区 after a road, not a word's tail before it.
- A second place joined by 和/及/与 to a place read already, of its very kind (某路和某某路,
  甲小区和乙小区), is a place; not a word of its own (辖区小区, 周边社区), not the people or
  the committee of a village (乙村民, 乙村委)."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _locs(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "LOC"]


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        (
            "王某沿着青禾路向西走到柳荫路。途中，记者发现青禾路、松涛大道等路牌上有宣传画。",
            "青禾路",
            2,
        ),
        (
            "督查组先后来到望海楼阁附近、松涛大道、丹桂广场等地。督查组发现，望海楼阁附近有商贩占道。",
            "望海楼阁",
            2,
        ),
    ],
)
def test_every_further_mention_of_a_place_is_one(text: str, name: str, count: int):
    found = _locs(text)
    assert found.count(name) == count, found


def test_a_further_mention_that_opens_a_longer_name_is_none():
    text = "执法人员在丹桂街西侧清理摊点。执法大队联合丹桂街道、市场服务中心开展整治。"
    second = text.index("丹桂街道")
    locs = [s for s in suggest(text).spans if s.label == "LOC"]
    assert any(s.text == "丹桂街" for s in locs), locs
    assert not any(s.start == second for s in locs), locs


def test_a_further_mention_before_a_community_of_its_name_is_none():
    text = "王某沿着柳荫路来到丹桂广场检查。他要求柳荫路社区把问题整改到位。"
    second = text.index("柳荫路社区")
    locs = [s for s in suggest(text).spans if s.label == "LOC"]
    assert any(s.text == "柳荫路" for s in locs), locs
    assert not any(s.start == second and s.text == "柳荫路" for s in locs), locs


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("王某一行沿青禾路和城溪路开展巡查。", "城溪路"),
        ("督查组对柳荫路与长兴路交叉口进行整治。", "长兴路"),
        ("王某先后来到青松花苑、柳岗路和山溪路交界处公厕等地。", "山溪路"),
    ],
)
def test_a_place_joined_by_and_to_one_of_its_kind_is_one(text: str, place: str):
    assert place in _locs(text), _locs(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("督查组检查了甲庄社区及辖区小区。", "辖区小区"),
        ("王某来到青松村和白杨村民委员会。", "白杨村"),
        ("督查组检查了甲庄社区和周边社区。", "周边社区"),
    ],
)
def test_a_word_after_and_is_no_place(text: str, word: str):
    assert word not in _locs(text), _locs(text)
