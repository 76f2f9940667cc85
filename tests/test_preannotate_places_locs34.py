"""LOC forms of session 32 (locs34), from the flood-control and safety meetings: the works of a
river's defences visited (某某大堤, 某某泵站) and a city's planning exhibition hall (某某市规划展馆)
are places; a clause opened by 但在 / 以 before the kinds of place in general names none (但在集贸
市场等方面, 以商场市场等场所为重点). The sentences are made up in the forms; none is a real page's
text."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _locs(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "LOC"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("副区长林晓东带队到青河大堤查看汛情。", ["青河大堤"]),
        ("林晓东一行来到柳溪大堤，察看水位变化。", ["柳溪大堤"]),
        ("当天，林晓东先后来到红星泵站、东风泵站，检查泵站运转情况。", ["红星泵站", "东风泵站"]),
        ("与会人员实地观摩了青山市规划展馆、月湖公园等点位。", ["青山市规划展馆", "月湖公园"]),
        ("代表们参观了柳城规划展览馆。", ["柳城规划展览馆"]),
    ],
)
def test_works_and_halls_visited(text: str, places: list[str]):
    found = _locs(text)
    for place in places:
        assert place in found


@pytest.mark.parametrize(
    "text",
    [
        # the kinds of work in general, none named
        "要做好排涝泵站日常维护，保证泵站正常运转。",
        "要落实大堤巡查制度，发现险情及时处置。",
    ],
)
def test_kinds_of_works_in_general_name_none(text: str):
    assert _locs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "总体成绩尚可，但在集贸市场、老旧小区等方面仍有短板。",
        "夏季期间，以商场市场、车站码头等场所为重点，加大巡查力度。",
        "而在农贸市场、车站等场所，仍有不文明现象。",
    ],
)
def test_a_clause_lead_before_kinds_of_place_names_none(text: str):
    assert _locs(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("检查组发现，但在青松广场周边仍有乱停乱放现象。", "青松广场"),
        ("活动当天，以桃源广场为中心开展文明劝导。", "桃源广场"),
    ],
)
def test_a_place_named_after_the_clause_lead_stays(text: str, place: str):
    assert place in _locs(text)
