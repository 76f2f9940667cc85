"""LOC forms of session 27, second round (locs27b): a river after 。在 (the name of two tried when
the name of three holds the preposition), a road a walk follows (沿着某某路), a market or a
商业大街 named after its road (one place with it), a village in the community read before it,
an estate whose name opens with a numeral's word (一品…小区) listed or visited, a street named
with a numeral after its sub-district (七里…商业街), a place named after 辖区 or after 某区的,
the kinds 电子城 and 农产品批发市场, and the idiom 走街串巷 (no street). The sentences are made up
in the forms; none is a real page's text."""

from __future__ import annotations

from civannot.preannotate import suggest


def _labels(text: str, *labels: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in suggest(text).spans if s.label in labels]


def test_a_river_after_a_sentence_opening_on_its_bank():
    text = "督查组来到青溪镇。在青溪河畔，督查组查看了河道整治情况。"
    assert ("LOC", "青溪河") in _labels(text, "LOC")


def test_a_road_a_walk_follows():
    text = "在柳岸社区，王建新沿着松涛路等主次干道边走边看。"
    assert _labels(text, "LOC") == [("LOC", "柳岸社区"), ("LOC", "松涛路")]


def test_a_market_named_after_its_road_is_one_place():
    text = "检查组先后检查了客运北站、青禾路农贸市场、东湖社区。"
    assert ("LOC", "青禾路农贸市场") in _labels(text, "LOC")
    assert ("LOC", "青禾路") not in _labels(text, "LOC")


def test_a_commercial_street_named_after_its_road_is_one_place():
    text = "赵明先后深入城关镇工农街、江川路商业大街，详细了解周边公共秩序。"
    assert ("LOC", "江川路商业大街") in _labels(text, "LOC")
    assert ("LOC", "江川路") not in _labels(text, "LOC")


def test_a_village_in_the_community_before_it():
    text = "挂点领导一行来到东港社区沙坪村实地查看了环境卫生。"
    assert _labels(text, "LOC") == [("LOC", "东港社区"), ("LOC", "沙坪村")]


def test_an_estate_opening_with_a_numerals_word_listed_or_visited():
    text = "张涛先后来到辖区青松大酒店周边、一品锦绣小区、东湾码头检查。"
    assert ("LOC", "一品锦绣小区") in _labels(text, "LOC")
    assert not _labels("要一起推进小区改造。", "LOC")


def test_a_street_named_with_a_numeral_after_its_sub_district():
    text = "在城关街道七里滩商业街，李华查看了商户经营情况。"
    assert ("LOC", "七里滩商业街") in _labels(text, "LOC")
    assert not _labels("在三个小区开展整治。", "LOC")


def test_a_place_named_after_the_units_own_area():
    text = "张涛先后来到辖区鹏远酒店周边、松林锦苑小区检查。"
    assert ("LOC", "鹏远酒店") in _labels(text, "LOC")
    assert not _labels("对辖区主次干道进行清扫。", "LOC")


def test_a_place_after_its_district_and_de():
    text = "王刚先后到长宁区的金林国际商城、白石镇等地实地督导。"
    assert ("LOC", "金林国际商城") in _labels(text, "LOC")
    assert not _labels("全区的农贸市场都要整治。", "LOC")


def test_an_electronics_mall_and_a_produce_wholesale_market():
    text = "李强先后到青松电子城、金沙小区、青苗农产品批发市场调研。"
    found = _labels(text, "LOC")
    assert ("LOC", "青松电子城") in found
    assert ("LOC", "青苗农产品批发市场") in found
    assert not _labels("要加强农产品批发市场管理。", "LOC")


def test_going_about_the_streets_is_no_street():
    assert not _labels("社区干部走街串巷，逐户宣传。", "LOC")
    assert not _labels("在走街串巷的过程中发现了一些问题。", "LOC")
