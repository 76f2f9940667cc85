"""orgs35 (issue 16, session 33): ORG forms written as general forms (made-up sentences; names
and places invented):

- a civilisation office's own institution named by its level and field (某县的精神文明建设
  指导中心) is an ORG (精神文明 is a field of government work, 指导中心 a kind of centre);
- a police bureau's traffic unit (区公安分局交通支队, 市公安局交通管理支队) is one ORG with the
  bureau;
- 党组织 (a party organisation) is no 党组: 居民区党组织书记 holds no ORG 区党组;
- 各县县委 and 全县县委 name no county (a county named by one character before its own
  committee, 某县县委, is gpe35's);
- a verb of joining before a level (会同区文明办, 联合区文明办) opens no place's name; 会同县, a
  county's own name, stays whole;
- the role a body is asked to play (充分发挥社区居委会…的作用) opens no name; some of a kind
  (部分企业集团) and the kind of company alone (和物业公司等) name no body;
- a town's body written after its city and its county or district (某市某区某镇人民政府) is one
  ORG, no GPE inside;
- a body of fellow townsmen named by a run of two places or more (某市某省某市商会) is one ORG,
  wherever it stands (the places inside it are gpe35's to drop).
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _labelled(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("随后，市精神文明建设指导中心与市交通运输局先后发言。", "市精神文明建设指导中心"),
        ("活动由青山县精神文明建设指导中心主办。", "青山县精神文明建设指导中心"),
        ("4日，州精神文明建设委员会举行年度会议。", "州精神文明建设委员会"),
    ],
)
def test_a_civilisation_guidance_centre(text: str, org: str) -> None:
    assert org in _labelled(text, "ORG")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("随后，区公安分局交通支队与区住建局先后汇报。", "区公安分局交通支队"),
        ("市公安局交通管理支队、市住建局参加检查。", "市公安局交通管理支队"),
        ("县公安局交管大队、县交通运输局负责人参加。", "县公安局交管大队"),
    ],
)
def test_a_bureaus_traffic_unit_is_one_body(text: str, org: str) -> None:
    orgs = _labelled(text, "ORG")
    assert org in orgs
    assert org.split("局")[0] + "局" not in orgs


def test_a_party_organisation_is_no_party_group() -> None:
    text = "各居民区党组织书记列席。次日，区政府党组开会研究。"
    orgs = _labelled(text, "ORG")
    assert "区党组" not in orgs
    assert "区政府党组" in orgs


def test_every_county_names_no_county() -> None:
    orgs = _labelled("全县县委、各县县委负责同志参加会议。", "ORG")
    assert not any(o.endswith("县县委") for o in orgs)


def test_a_verb_of_joining_opens_no_place() -> None:
    orgs = _labelled("街道会同区文明办到小区巡查。\n联合区市场监管局开展检查。", "ORG")
    assert "区文明办" in orgs
    assert "会同区文明办" not in orgs
    assert "区市场监管局" in orgs


def test_a_county_so_named_stays_whole() -> None:
    assert "会同县文明办" in _labelled("会同县文明办组织志愿者开展活动。", "ORG")


@pytest.mark.parametrize(
    "text",
    [
        "要充分发挥社区居委会与物业公司等的带动作用。",
        "要充分发挥好村委会的作用。",
        "各乡镇及部分企业集团负责人列席。",
    ],
)
def test_a_role_or_some_of_a_kind_names_no_body(text: str) -> None:
    assert _labelled(text, "ORG") == []


def test_a_body_named_after_its_role_verb_keeps_its_name() -> None:
    assert "青山社区居委会" in _labelled("要充分发挥青山社区居委会的作用。", "ORG")


def test_a_town_body_after_its_city_and_district() -> None:
    text = "青山市石岭区城市管理局、青山市石岭区木桥镇人民政府获评先进单位。"
    assert "青山市石岭区木桥镇人民政府" in _labelled(text, "ORG")
    gpes = _labelled(text, "GPE")
    assert "青山市" not in gpes
    assert "石岭区" not in gpes


def test_a_chamber_named_by_two_places_is_one_body() -> None:
    text = "欢迎访问珠海市湖南邵阳商会网站！\n珠海市湖南邵阳商会  电话："
    assert _labelled(text, "ORG").count("珠海市湖南邵阳商会") == 2
    assert _labelled(text, "GPE") == []


def test_a_place_and_a_chamber_after_a_word_stays_as_it_was() -> None:
    assert "青禾市商会" in _labelled("会上，青禾市商会作了发言。", "ORG")
