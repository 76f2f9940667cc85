"""LOC forms of session 33 (locs35): a city's new town named (某某新城) and an economic belt or
corridor named (某某经济带, 某某经济走廊) are places; a word saying which kind of new town
(产业新城, 宜居新城, 现代化新城), a row of such kinds, what continues a division or an estate
after 新城 (新城镇, 新城街道, 某某新城（一期）小区) and a new town among the towns that speak at a
meeting name no place here. The sentences are made up in the forms; none is a real page's text."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _locs(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "LOC"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("林晓东要求加快建设装备制造产业区和柳河湾新城，早日见到成效。", ["柳河湾新城"]),
        ("林晓东一行赴青岭新城调研。", ["青岭新城"]),
        ("大家畅所欲言，为云岚新城建设发展献计献策。", ["云岚新城"]),
        ("会议围绕“加快建设青河经济走廊云岚新城”展开讨论。", ["青河经济走廊", "云岚新城"]),
        ("要推进青辽松平经济带建设，拓展腹地空间。", ["青辽松平经济带"]),
        ("主动融入长江经济带，推动高质量发展。", ["长江经济带"]),
    ],
)
def test_new_towns_and_belts_are_places(text: str, places: list[str]):
    found = _locs(text)
    for place in places:
        assert place in found, (place, found)


@pytest.mark.parametrize(
    "text",
    [
        # the kinds of new town a city wants to be, in a row
        "全力打造宜居宜业的智慧新城、科创新城、活力新城。",
        "突出东部新城开发这一重点任务。",
        "努力打造一座现代化新城。",
        "全力建设宜居新城。",
        # 创新城市: 新城 inside 创新 + 城市
        "要在创新城市治理上下功夫。",
    ],
)
def test_kinds_of_new_town_are_no_place(text: str):
    assert not any(s.endswith("新城") for s in _locs(text)), _locs(text)


def test_what_continues_after_new_town_is_no_new_town():
    assert "柳河新城" not in _locs("柳河新城镇党委召开会议。")
    assert "柳河新城" not in _locs("来到柳河新城街道调研。")
    # an estate named after a new town, with its phase: the new town alone is no item
    assert "丰安新城" not in _locs(
        "林晓东先后来到青石街道北岸小区、丰安新城（二期）小区，察看创建情况。"
    )


def test_a_new_town_among_the_towns_that_speak_is_no_place():
    text = "座谈会上，滨湖新城、柳塘镇、北关街道分别作了交流发言。"
    assert "滨湖新城" not in _locs(text)
