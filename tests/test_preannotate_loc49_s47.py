"""loc49 (session 47): LOC classes the pooled dev gold showed the rules missing or misreading, read
as classes: a river's basin (某某流域), a sub-district written short (某某街 for 某某街道) before a
visited site or in a text that names it in full, and the sites of a round of works visits (Latin
letters or a place in brackets inside the name, kinds of logistics and trade, a list that goes on
after a ，). Made-up sentences in the same grammar (other names, places, sites); each test but the
guards failed on main 13426244, the guards pass before and after."""

from __future__ import annotations

import pytest

from tests.suggestion_texts import tagged

# --- a river's basin: one LOC with 流域


@pytest.mark.parametrize(
    ("text", "basin"),
    [
        ("我县召开长江流域重点水域禁捕退捕督办会。", "长江流域"),
        ("实地调研黄河流域生态保护治理工作。", "黄河流域"),
        ("深入青溪河流域察看水质。", "青溪河流域"),
    ],
)
def test_a_basin_is_one_place_with_its_river(text: str, basin: str) -> None:
    got = tagged(text, "LOC")
    assert (basin, "LOC") in got
    assert (basin[:-2], "LOC") not in got


def test_a_basin_in_general_names_no_place() -> None:
    # guard: 小流域, 全流域 name no basin
    assert tagged("开展小流域综合治理，实现全流域统筹。", "LOC") == []


def test_the_river_after_its_basin_stays_the_river() -> None:
    text = "担当黄河流域生态保护使命，确保黄河安澜。"
    assert tagged(text, "LOC") == [("黄河流域", "LOC"), ("黄河", "LOC")]


def test_the_river_of_a_basin_read_is_the_river_again() -> None:
    # (the river's further mentions stay the river's, as they were before the basin was read)
    text = "专题调研清溪河流域水土保持工作。随后调研清溪河流量和水质，听取清溪河水环境介绍。"
    assert tagged(text, "LOC") == [("清溪河流域", "LOC"), ("清溪河", "LOC"), ("清溪河", "LOC")]


def test_a_verbs_tail_before_a_great_rivers_basin_is_no_part_of_it() -> None:
    assert tagged("把三角洲打造成黄河流域生态保护的样板。", "LOC") == [("黄河流域", "LOC")]


# --- a sub-district written 某某街 before a visited site: its own GPE, the site a LOC

WORKS_VISIT = (
    "岚江区领导先后赴青口街岚禾农业数字化产业园、明湖冷链（华中）国际食品交易中心、"
    "众达新型材料生产基地，横塘街星辉5G智慧路灯制造生产基地、吉祥物流信息管理及仓储中心，"
    "天岭街世远临空电商物流智慧产业园等重点项目现场。"
)


def test_a_short_sub_district_before_a_visited_site_is_its_own_gpe() -> None:
    got = tagged(WORKS_VISIT, "GPE", "LOC")
    for want in [
        ("青口街", "GPE"),
        ("岚禾农业数字化产业园", "LOC"),
        ("明湖冷链（华中）国际食品交易中心", "LOC"),
        ("众达新型材料生产基地", "LOC"),
        ("横塘街", "GPE"),
        ("星辉5G智慧路灯制造生产基地", "LOC"),
        ("天岭街", "GPE"),
        ("世远临空电商物流智慧产业园", "LOC"),
    ]:
        assert want in got, want
    assert ("横塘街", "LOC") not in got
    assert ("青口街岚禾农业数字化产业园", "LOC") not in got


def test_a_street_of_a_kind_before_a_site_is_no_sub_district() -> None:
    # guard: 步行街, 商业街 name a kind of street, no sub-district
    got = tagged("先后来到步行街星辉智慧产业园、商业街岚禾农业产业园。", "GPE")
    assert ("步行街", "GPE") not in got
    assert ("商业街", "GPE") not in got


def test_a_district_before_a_visited_park_is_cut_off() -> None:
    got = tagged("一行先后来到红岭区城东现代农业综合示范园区、龙泉拱棚甜瓜基地。", "LOC")
    assert ("城东现代农业综合示范园区", "LOC") in got
    assert ("龙泉拱棚甜瓜基地", "LOC") in got


def test_a_bracket_that_is_no_place_opens_no_site() -> None:
    # guard: a phase in brackets after a bare kind names no site
    assert tagged("企业正在基地（一期）建设中。", "LOC") == []


# --- a sub-district the text names in full, written short elsewhere


def test_a_short_form_of_a_sub_district_named_in_full_is_a_gpe() -> None:
    text = (
        "9月8日，岚江区青湖街召开燃气安全会议。2月21日，青湖街道办事处主任周立新同志"
        "主持召开青湖街燃气安全推进会。"
    )
    got = tagged(text, "GPE", "LOC")
    assert got.count(("青湖街", "GPE")) == 2
    assert ("青湖街", "LOC") not in got


def test_the_short_form_of_a_sub_districts_office_is_no_gpe() -> None:
    # guard: 某某街办 is the office, the ORG's
    got = tagged("青湖街道开展整治，青湖街办牵头落实。", "GPE", "ORG")
    assert ("青湖街道", "GPE") in got
    assert ("青湖街", "GPE") not in got


def test_a_street_in_a_text_naming_no_sub_district_stays_a_street() -> None:
    # guard: no 某某街道 in the text, the street is a street
    got = tagged("岚江区对青湖街两侧商铺进行整治，青湖路同步改造。", "GPE", "LOC")
    assert ("青湖街", "GPE") not in got
