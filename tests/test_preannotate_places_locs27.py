"""LOC forms of session 27 (locs27): a street named after its road (某某路商业步行街), a public
facility visited as a site (来到某某镇综合文化站, 察看了行政服务中心), a hall of 大会场 and a 文化苑 a
meeting sits in, a list of places visited closed by 等某某申报点位 or opened by 查勘了, a last item
of two places joined by 和, and three false communities or squares (公共广场, 开展好社区小区提升,
抓街道带社区). The sentences are made up in the forms; none is a real page's text."""

from __future__ import annotations

from civannot.preannotate import suggest


def _labels(text: str, *labels: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in suggest(text).spans if s.label in labels]


def test_a_pedestrian_street_named_after_its_road_is_one_place_every_time():
    text = (
        "市委书记周明远到安宁路商业步行街调研创建工作。周明远一行步行穿越安宁路商业步行街，"
        "仔细查看安宁路商业步行街的沿街门店。"
    )
    assert _labels(text, "LOC") == [("LOC", "安宁路商业步行街")] * 3


def test_a_night_market_after_its_road_is_one_place():
    text = "执法队员在青枫路夜市开展巡查。"
    assert ("LOC", "青枫路夜市") in _labels(text, "LOC")


def test_a_towns_cultural_station_visited_is_a_place():
    text = "督查组首先来到柳溪镇综合文化站，详细查看功能用房是否齐全。"
    assert _labels(text, "LOC", "ORG", "GPE") == [("LOC", "柳溪镇综合文化站")]


def test_a_cultural_station_acting_stays_a_body():
    text = "柳溪镇综合文化站组织开展了读书活动。"
    assert ("ORG", "柳溪镇综合文化站") in _labels(text, "LOC", "ORG")
    assert not _labels(text, "LOC")


def test_a_station_of_every_town_is_no_site():
    text = "督导组走访了乡镇综合文化站，查看了图书室。"
    assert not _labels(text, "LOC")


def test_the_administrative_service_centre_visited_is_a_place():
    text = (
        "调研组先后来到北湖区科技馆、行政服务中心，深入了解创建工作。调研组实地察看了行政服务中心。"
    )
    assert _labels(text, "LOC") == [
        ("LOC", "北湖区科技馆"),
        ("LOC", "行政服务中心"),
        ("LOC", "行政服务中心"),
    ]


def test_a_paragraph_opening_on_the_centre_visited():
    text = "在行政审批服务中心，调研组详细了解了窗口服务情况。"
    assert _labels(text, "LOC") == [("LOC", "行政审批服务中心")]


def test_a_community_centre_after_one_visited_in_a_list():
    text = "领导一行实地考察了澄江街道公共服务中心、华岭社区公共服务中心，并查阅了资料。"
    assert _labels(text, "LOC") == [
        ("LOC", "澄江街道公共服务中心"),
        ("LOC", "华岭社区公共服务中心"),
    ]


def test_a_party_service_centre_of_nobody_named_is_no_site():
    text = "督导组来到党群服务中心，查看了活动室。"
    assert not _labels(text, "LOC")


def test_a_main_hall_and_a_culture_garden_a_meeting_sits_in():
    assert ("LOC", "行政中心大会场") in _labels("推进大会在行政中心大会场召开。", "LOC")
    assert ("LOC", "凤鸣文化苑") in _labels("誓师大会在凤鸣文化苑举行。", "LOC")


def test_a_list_opened_by_a_survey_verb_and_closed_by_its_points():
    text = (
        "一行先后查勘了锦绣华庭城市社区、长风路主干道、青桐路背街小巷、新港城生活广场"
        "等创全实地申报点位，对发现的问题进行了现场督导。"
    )
    found = _labels(text, "LOC")
    assert ("LOC", "锦绣华庭城市社区") in found
    assert ("LOC", "新港城生活广场") in found
    assert ("LOC", "长风路") in found


def test_a_last_item_of_two_places_joined_by_and():
    text = "检查组先后深入到红枫社区、金岸观澜花园和东郊批发市场等处，对工作进展情况进行督导。"
    assert _labels(text, "LOC") == [
        ("LOC", "红枫社区"),
        ("LOC", "金岸观澜花园"),
        ("LOC", "东郊批发市场"),
    ]


def test_a_last_item_whose_second_place_is_long():
    text = "检查组先后深入到红枫社区、青湾观天下花园和东郊批发市场中国文具采购基地等处进行督导。"
    assert ("LOC", "青湾观天下花园") in _labels(text, "LOC")


def test_no_public_square_and_no_community_after_a_verbs_complement():
    text = (
        "调研查看集贸市场、老旧楼院、背街小巷、窗口单位、公共广场等重点点位。"
        "要组织开展好社区小区提升、不文明养宠整治行动。"
        "通过抓机关带干部促社会、抓街道带社区促居民，让创建深入人心。"
    )
    assert not _labels(text, "LOC")


def test_a_units_assigned_point_is_no_part_of_the_community():
    text = "市委常委李明一行还到挂点青松社区，和社区干部座谈。"
    assert _labels(text, "LOC") == [("LOC", "青松社区")]


def test_a_verb_of_looking_or_arriving_opens_no_name():
    assert _labels("观摩团到达文昌社区观摩点。", "LOC") == [("LOC", "文昌社区")]
    assert _labels("市领导观摩指导长乐社区创城工作。", "LOC") == [("LOC", "长乐社区")]
    assert _labels("督导组一行实地踏看了北直街，察看沿街店铺。", "LOC") == [("LOC", "北直街")]
    assert not _labels("区委主要领导赴火车站调研督导创建工作。", "LOC")


def test_a_crossing_a_route_and_generic_squares():
    assert _labels("在长宁路与青山路十字路口，他与交警交谈。", "LOC") == [
        ("LOC", "长宁路"),
        ("LOC", "青山路"),
    ]
    assert _labels("青关街道东起虞河，西到白浪河。", "LOC") == [
        ("LOC", "虞河"),
        ("LOC", "白浪河"),
    ]
    assert not _labels("要把商业广场、农贸市场以及背街小巷作为重中之重。", "LOC")
    assert ("LOC", "抓好市图书馆") not in _labels("二是抓好市图书馆、群艺馆建设。", "LOC")


def test_bare_names_sharing_the_last_items_kind_after_a_visit():
    text = "检查组一行实地查看了柳岸、枫林、桂园社区及辖区小区。"
    assert _labels(text, "LOC") == [("LOC", "柳岸"), ("LOC", "枫林"), ("LOC", "桂园社区")]
    assert not _labels("要做好城区、乡镇、农村社区工作。", "LOC")


def test_a_village_visited_whose_name_ends_in_a_hill():
    assert _labels("督导组先后来到青山村，查看道路。", "LOC") == [("LOC", "青山村")]
    assert not _labels("要让美丽山村焕发新貌。", "LOC")
