"""Places that fresh pages lost (session 29, posts29). Every text is made up."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _spans(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in suggest(text).spans]


def test_a_city_named_with_its_unit_is_that_city_alone_where_its_name_is_also_a_word() -> None:
    text = "会议强调，确保丽水市创卫工作如期完成。检查组对丽水的农贸市场逐一暗访。"
    spans = _spans(text)
    assert ("丽水", "GPE") in spans and ("丽水市", "GPE") in spans
    # after a surname it is a given name; opening a quoted formula it is the formula's
    text = "会议强调，确保丽水市创卫工作如期完成。吴丽水同志出席。会议提出“丽水创卫八条”。"
    assert ("丽水", "GPE") not in _spans(text)
    # without the city named with its unit the bare name stays unread
    assert ("丽水", "GPE") not in _spans("检查组对丽水的农贸市场逐一暗访。")


@pytest.mark.parametrize("street", ["长柳街道", "长青湾街道"])
def test_a_district_before_a_sub_district_whose_name_opens_with_zhang(street: str) -> None:
    # (the districts are the gazetteer's; the sub-districts' names are made up)
    for district in ("雁塔区", "鼓楼区"):
        spans = _spans(f"在{district}{street}文化广场，检查组察看了环境卫生。")
        assert (district, "GPE") in spans and (street, "GPE") in spans
        assert not any(lab == "TITLE" for _, lab in spans)
    # the district's head and a name stay a TITLE and a PERSON
    spans = _spans("雁塔区长王明到长风街道检查。")
    assert ("雁塔区长", "TITLE") in spans and ("王明", "PERSON") in spans


@pytest.mark.parametrize(
    "text",
    [
        "栖岸县召开表彰会，为入选名单（第一批）的藁城、鹿泉、栖岸颁发了奖牌。",
        "栖岸县召开表彰会，为获评文明县城的藁城、鹿泉、栖岸颁发了奖牌。",
    ],
)
def test_a_list_of_places_after_de_leaves_de_out(text: str) -> None:
    spans = _spans(text)
    assert ("藁城", "GPE") in spans and ("的藁城", "GPE") not in spans
    assert ("鹿泉", "GPE") in spans


def test_the_levels_own_character_before_its_sub_district_in_a_list_of_units() -> None:
    text = "会上，区水务局、区卫健局、区柳溪街道先后表态。"
    spans = _spans(text)
    assert ("柳溪街道", "GPE") in spans and ("区柳溪街道", "GPE") not in spans


def test_the_local_zone_by_its_kind_opening_the_text_once_read_in_the_dateline() -> None:
    text = "高新区部署创卫攻坚\n9月12日上午，高新区召开创卫攻坚推进会。"
    assert [t for t, lab in _spans(text) if lab == "GPE"] == ["高新区", "高新区"]
    # a headline on zones in general, with no dateline reading the zone, names none
    assert ("开发区", "GPE") not in _spans("开发区建设再提速\n会上强调，要加快推进开发区建设。")


def test_a_crossroads_is_no_road_of_its_own() -> None:
    spans = _spans("督查组先后到青湾大道与柳溪路交叉路口、锦绣街等地进行实地督查。")
    assert [t for t, lab in spans if lab == "LOC"] == ["青湾大道", "柳溪路", "锦绣街"]
