"""LOC forms of session 43 (locs43), in made-up sentences (none is a real page's text; the people,
the villages, the sites and the firms are invented).

- A named site of a rural or a works visit (某家湾和美幸福屋场, 某某农旅融合服务中心, 某某专业合作社
  产业基地, 某某产业发展基地, 某某项目工地, 中石化某某加油站, 某某欢乐城, 某某草原, 某州民族博物馆,
  某州某某科技示范园) is one LOC from where the visit opens it, however long its own name: a
  cooperative's name inside is no ORG, a province's or a prefecture's name inside no GPE; a town,
  a zone or a village written before it is its own place. Not the kind in general (各村幸福屋场,
  特色产业基地, 在建项目工地), not a meeting held in a 屋场 (屋场会).
- A base named by its number (某某基地) and a works' plant named by its number among listed places.
- The great mountains named bare (named_mountains.txt), the border shared with a neighbour (中缅
  边境), a river's rafting (察看了某某河漂流项目).
- Not places: a kind of park among kinds of protected area (国有林场、森林公园、自然保护区), a
  firm's or a talent's apartments in general (企业公寓, 人才公寓).
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("在岚江镇万石村，周立新一行来到柳家湾和美幸福屋场，实地了解情况。", "柳家湾和美幸福屋场"),
        (
            "周立新一行走进石鼓山中药材特色产业园和青溪滩农旅融合服务中心，详细了解情况。",
            "青溪滩农旅融合服务中心",
        ),
        (
            "观摩团还前往石门镇岚兴高效油茶专业合作社产业基地、新河村李家幸福屋场，实地了解情况。",
            "岚兴高效油茶专业合作社产业基地",
        ),
        (
            "观摩团还前往石门镇岚兴高效油茶专业合作社产业基地、新河村李家幸福屋场，实地了解情况。",
            "李家幸福屋场",
        ),
        ("随后前往大坪镇柑橘产业发展基地、张家村刘家铺幸福屋场察看。", "柑橘产业发展基地"),
        (
            "在岚江市双河镇青岭村丰硕全程机械化农事服务中心，周立新一行来到秧田边。",
            "丰硕全程机械化农事服务中心",
        ),
        (
            "先后对经开区金澜庭项目工地、中石化第九大街加油站、润和苑项目工地等七家单位进行了检查。",
            "金澜庭项目工地",
        ),
        (
            "先后对经开区金澜庭项目工地、中石化第九大街加油站、润和苑项目工地等七家单位进行了检查。",
            "中石化第九大街加油站",
        ),
        ("在华兴欢乐城，周立新听取汇报。", "华兴欢乐城"),
        (
            "要紧紧围绕岚北原子城纪念馆、岚北州民族博物馆、岚北州高原生态畜牧业科技示范园、金石滩草原等做好文章。",
            "岚北州民族博物馆",
        ),
        (
            "要紧紧围绕岚北原子城纪念馆、岚北州民族博物馆、岚北州高原生态畜牧业科技示范园、金石滩草原等做好文章。",
            "岚北州高原生态畜牧业科技示范园",
        ),
        (
            "要紧紧围绕岚北原子城纪念馆、岚北州民族博物馆、岚北州高原生态畜牧业科技示范园、金石滩草原等做好文章。",
            "金石滩草原",
        ),
        ("周立新一行还前往青河镇渔民转产就业基地，察看春耕备耕情况。", "渔民转产就业基地"),
    ],
)
def test_a_named_site_of_a_visit_is_one_place(text: str, site: str):
    assert site in _spans(text, "LOC")


def test_the_town_or_village_before_a_site_is_its_own_place():
    text = "观摩团还前往石门镇岚兴高效油茶专业合作社产业基地、新河村李家幸福屋场，实地了解情况。"
    assert "石门镇" in _spans(text, "GPE")
    # (the village and the site are two places: the village no part of the site's name)
    assert "新河村李家幸福屋场" not in _spans(text, "LOC")
    # (the cooperative inside the base's name is no body; the province's name inside it no GPE)
    assert "岚兴高效油茶专业合作社" not in _spans(text, "ORG")


def test_a_place_inside_a_sites_name_is_no_gpe():
    text = "要紧紧围绕岚北州民族博物馆、岚北州高原生态畜牧业科技示范园等做好文章。"
    assert _spans(text, "GPE") == []
    text = "周立新一行走进石鼓山中药材特色产业园和青溪滩农旅融合服务中心，详细了解情况。"
    assert "青溪滩" not in _spans(text, "GPE")


@pytest.mark.parametrize(
    "text",
    [
        "实地了解各村幸福屋场建设、产业发展等情况。",
        "要加快建设一批产业基地，打造特色产业基地。",
        "对在建项目工地开展安全检查。",
        "各村通过召开屋场会、发放宣传单等方式开展宣传。",
        "检查组来到重点项目工地，察看了各加油站。",
        "他强调，要依托基地优势，做大产业。",
    ],
)
def test_a_kind_of_site_in_general_is_no_place(text: str):
    assert _spans(text, "LOC") == []


def test_a_numbered_base_and_a_numbered_plant():
    text = "要突出洞庭湖、祁连山、三三一基地等地域生态文化。"
    assert _spans(text, "LOC") == ["洞庭湖", "祁连山", "三三一基地"]
    text = "要统筹西岭影剧院、二分厂、金石滩草原等点位的改造。"
    assert "二分厂" in _spans(text, "LOC")
    # (a plant named by its number with no place beside it: not read)
    assert _spans("二分厂召开了职工大会。", "LOC") == []


def test_a_great_mountain_named_bare():
    assert "昆仑山" in _spans("他们在昆仑山脚下建起了牧民新村。", "LOC")
    # (a longer name it opens: 祁连山路 is a road, read whole or not at all)
    assert "祁连山" not in _spans("一行来到祁连山路察看道路改造。", "LOC")


def test_a_border_with_a_neighbour():
    assert _spans("四是重点抓好中缅边境林火防控。", "LOC") == ["中缅边境"]
    assert _spans("要守好边境线。", "LOC") == []


def test_a_rivers_rafting():
    text = "调研期间，周立新还察看了青崖河漂流项目运营情况。"
    assert _spans(text, "LOC") == ["青崖河"]


def test_a_kind_of_park_among_kinds_of_area_is_no_place():
    text = "加大对国有林场、森林公园、自然保护区、风景名胜区等重点部位的巡查。"
    assert _spans(text, "LOC") == []
    # (a park of that kind visited alone stays a place, as before)
    assert "生态公园" in _spans("走访了生态公园、青枫湿地公园。", "LOC")


def test_apartments_in_general_are_no_place():
    text = "居住小区、企业公寓、学校、电影院、在建工地等点位。"
    assert _spans(text, "LOC") == []
    assert _spans("要建好人才公寓。", "LOC") == []
    assert "岚江企业公寓" in _spans("来到岚江企业公寓，察看消防通道。", "LOC")
