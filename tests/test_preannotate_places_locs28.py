"""LOC forms of session 28 (locs28): an estate read with the section of it that was visited
(某某花园二区, 某某小区三期, 某某雅苑B区: one place), a community or village named right after a
zone's committee (某某管委会某某社区) or a unit's point of contact (整治联系点某某村, a name opening
with 新 too), and 好 completing a verb of two before 社区 (要发挥好社区…: the kind in general, no
community named). The sentences are made up in the forms; none is a real page's text."""

from __future__ import annotations

from civannot.preannotate import suggest


def _labels(text: str, *labels: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in suggest(text).spans if s.label in labels]


def test_an_estates_section_is_one_place_with_it_in_a_list():
    text = "督导组先后来到北桥农贸市场、枫叶花园二区、区卫健局办公楼，详细了解环境卫生情况。"
    locs = _labels(text, "LOC")
    assert ("LOC", "枫叶花园二区") in locs
    assert ("LOC", "枫叶花园") not in locs


def test_an_estates_section_after_a_verb_of_going():
    text = "检查组来到翠竹苑三期，察看了楼道卫生。"
    assert _labels(text, "LOC") == [("LOC", "翠竹苑三期")]


def test_an_estates_lettered_section_in_a_closed_list():
    text = "他们先后来到松林雅苑B区、梧桐家园等小区检查创建工作。"
    assert _labels(text, "LOC") == [("LOC", "松林雅苑B区"), ("LOC", "梧桐家园")]


def test_a_section_of_a_building_project_is_no_place():
    text = "来到枫叶花园，王明要求加快枫叶花园二期项目建设。"
    assert ("LOC", "枫叶花园二期") not in _labels(text, "LOC")


def test_a_community_right_after_a_zones_committee():
    text = "区委常委刘建国到城南管委会柳溪社区检查督导文明创建工作。"
    assert ("LOC", "柳溪社区") in _labels(text, "LOC")


def test_a_village_right_after_a_units_point_of_contact():
    text = "在市委书记的陪同下，他前往环境整治联系点新坪村参与环境打扫。"
    assert ("LOC", "新坪村") in _labels(text, "LOC")


def test_a_kind_of_village_after_a_point_of_contact_stays_untagged():
    text = "他前往联系点新农村参与打扫。"
    assert _labels(text, "LOC") == []


def test_good_completing_a_verb_before_the_community_names_none():
    text = "要发挥好社区“大家庭”的联动作用，要服务好社区居民。"
    assert _labels(text, "LOC") == []


def test_a_community_named_with_good_stays_named():
    text = "他来到友好社区检查了宣传栏。"
    assert _labels(text, "LOC") == [("LOC", "友好社区")]
