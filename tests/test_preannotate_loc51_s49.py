"""LOC forms of session 49 (loc51), in made-up sentences (none is a real page's text; the people
and the places are invented).

- A park named by its own name, its grade and its kind (rule_words.json graded_park_grades,
  graded_park_kinds; places._graded_parks): 某某头国家森林公园, 某某陵国家遗址公园, 某村中国农业公园,
  长征国家文化公园 right after a site no rule read: one LOC, the name of two to five characters
  opened by a mark, a preposition (要以…为契机), a verb of going or a place. Not: the grade and
  the kind alone (推进国家公园建设), a verb of applying before them (申报国家湿地公园), a verb of
  going inside the name (周某到某山国家森林公园).
- A site of heritage named after its grade or its town (rule_words.json heritage_grade_openers;
  venues._named_site): 国家重点文物保护单位某某寨遗址 one LOC (not 单位某某寨, a village read from
  寨), 某县某某乡某某塬遗址 (the name right after the town, a GPE); not a village between the town
  and the site (某镇某某村某某故居: the village and the site apart).
"""

from __future__ import annotations

from civannot.preannotate import suggest


def _tagged(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in suggest(text).spans if s.label != "DIRECTIVE"]


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


# -- parks named with their grade ---------------------------------------------------------------


def test_a_forest_park_named_in_three_characters_and_its_grade() -> None:
    got = _tagged("日前，县委书记周立新到岚山头国家森林公园、岚山林区开展巡林。")
    assert ("岚山头国家森林公园", "LOC") in got


def test_a_heritage_park_after_a_preposition_of_a_directive() -> None:
    got = _spans("周立新强调，要以岚江陵国家遗址公园东大门建设为契机，提升文化软实力。", "LOC")
    assert got == ["岚江陵国家遗址公园"]


def test_an_agricultural_park_named_by_a_village_in_a_visit_list() -> None:
    got = _spans("调研组先后来到长宁公园、教师小区、岚村中国农业公园等地调研。", "LOC")
    assert "岚村中国农业公园" in got
    assert "长宁公园" in got


def test_a_national_cultural_park_right_after_a_memorial_garden() -> None:
    got = _spans("周立新察看了岚堡会师纪念园长征国家文化公园项目建设谋划情况。", "LOC")
    assert "长征国家文化公园" in got


def test_a_verb_of_going_is_no_part_of_a_graded_park() -> None:
    got = _spans("周立新到岚山国家森林公园开展巡林。", "LOC")
    assert got == ["岚山国家森林公园"]


def test_the_grade_and_the_kind_alone_name_no_park() -> None:
    assert _spans("会议要求，持续推进国家公园建设和国家森林城市创建。", "LOC") == []


# -- sites of heritage ----------------------------------------------------------------------------


def test_a_heritage_site_after_its_grade_wins_the_village_inside_it() -> None:
    got = _tagged("调研组实地察看了国家重点文物保护单位岚官寨遗址考古发掘现场。")
    assert ("岚官寨遗址", "LOC") in got
    assert ("单位岚官寨", "LOC") not in got


def test_a_heritage_site_right_after_its_town() -> None:
    got = _tagged("周立新调研了岚江县新集乡岚河塬遗址保护利用情况。")
    assert ("岚河塬遗址", "LOC") in got


def test_a_village_between_the_town_and_a_former_residence_stays_apart() -> None:
    got = _spans("周立新先后来到岚基镇黄岚河村周立民故居、岚柏镇岚石村等地。", "LOC")
    assert "黄岚河村周立民故居" not in got


# -- venues with a name of their own --------------------------------------------------------------


def test_a_numbered_building_visited() -> None:
    got = _spans("随后，周立新来到长岚里28号楼看望老党员。", "LOC")
    assert got == ["长岚里28号楼"]


def test_a_building_named_with_digits_visited() -> None:
    got = _spans("周立新一行驱车来到岚大1895建筑创意大厦，察看了设计规划成果。", "LOC")
    assert got == ["岚大1895建筑创意大厦"]


def test_a_mall_named_in_latin_letters_after_an_estate_and_及() -> None:
    got = _spans("先后来到新岚时代小区、天岚院小区及凯岚MALL商场等创城重点点位进行检查。", "LOC")
    assert "凯岚MALL商场" in got


def test_a_purchase_point_after_its_town_opening_the_sentence() -> None:
    got = _tagged("在双岚镇潘立新粮食收购点，周立新详细询问经营状况。")
    assert ("潘立新粮食收购点", "LOC") in got
    assert ("双岚镇", "GPE") in got


def test_a_heating_station_first_of_the_sites_visited() -> None:
    got = _spans("在盛岚热力供热首站、福岚生物公司、大岚里社区检查。", "LOC")
    assert "盛岚热力供热首站" in got


def test_an_internet_cafe_in_a_list_of_places_visited_is_a_place() -> None:
    got = _tagged("一行先后到新岚广场建设工地、快岚道网咖、人民公园等地。")
    assert ("快岚道网咖", "LOC") in got
    assert ("快岚道网咖", "ORG") not in got


def test_a_market_after_the_area_of_the_town() -> None:
    got = _spans("相关负责人前往辖区内七岚小镇鲜市、岚江某某金属制品有限公司检查。", "LOC")
    assert "七岚小镇鲜市" in got


def test_a_tech_city_after_a_verb_of_learning() -> None:
    got = _spans("周立新来到安宁区，实地了解岚州联想科技城和岚州分校项目的建设情况。", "LOC")
    assert "岚州联想科技城" in got


def test_a_tea_farm_after_its_town() -> None:
    got = _spans("在宝岚镇圣岚茶场，周立新详细了解无性系茶园管护情况。", "LOC")
    assert got == ["圣岚茶场"]


def test_a_numbered_building_with_no_name_is_no_venue() -> None:
    assert _spans("周立新来到3号楼看望群众。", "LOC") == []
    assert _spans("周立新来到小区3号楼看望群众。", "LOC") == []


def test_a_kind_of_mall_in_general_is_no_venue() -> None:
    assert "综合商场" not in _spans("检查组来到综合商场、农贸市场检查。", "LOC")


# -- sites visited before their projects ---------------------------------------------------------


def test_a_park_named_by_its_sector_before_its_project_in_a_visit_list() -> None:
    got = _tagged(
        "周立新调研了岚铎堡镇高标准农田、新材料产业园食用菌产业链项目、岚州区数字农业等项目。"
    )
    assert ("新材料产业园", "LOC") in got
    assert ("岚铎堡镇", "GPE") in got


def test_a_park_named_with_digits_before_its_site_selection() -> None:
    got = _spans("周立新一行还来到58岚服数字产业园项目选址、陕西某某新材料公司。", "LOC")
    assert got == ["58岚服数字产业园"]


def test_an_estate_after_及_before_its_project() -> None:
    got = _spans(
        "周立新先后察看了岚王润滑油脂有限公司、镇中心社区及岚越花园项目、罗庄村扶贫工作。", "LOC"
    )
    assert "岚越花园" in got


def test_a_memorial_park_before_a_national_park_project() -> None:
    got = _spans(
        "周立新调研了岚沟村牛羊加工项目、将台堡红军长征会师纪念园长征国家文化公园项目建设谋划情况。",
        "LOC",
    )
    assert "将台堡红军长征会师纪念园" in got
    assert "长征国家文化公园" in got


def test_a_kind_of_park_in_a_directive_names_no_site() -> None:
    assert _spans("要加快液晶显示屏制造、电子信息产业园等项目建设。", "LOC") == []


def test_a_firms_hotel_project_is_not_read_as_a_site() -> None:
    assert _spans("周立新察看了岚龙集团集装箱酒店项目。", "LOC") == []


# -- words for places in general ----------------------------------------------------------------


def test_the_back_lanes_in_general_are_no_place() -> None:
    assert _spans("周立新深入老旧小区、背街里巷、餐馆后厨等处检查。", "LOC") == []
    assert _spans("要聚焦犄角旮旯、背街里巷等薄弱环节。", "LOC") == []


def test_a_category_of_relics_is_no_temple() -> None:
    assert _spans("全县登记古城址5处、石窟寺及石刻4处。", "LOC") == []


def test_a_named_temple_stays_a_place() -> None:
    assert "岚山寺" in _spans("周立新来到岚山寺、岚江湖等地。", "LOC")


def test_one_character_of_a_verb_is_no_community_name() -> None:
    assert _spans("有关部门定期深入各创建社区，实地调研创建工作。", "LOC") == []


def test_a_community_of_two_characters_after_a_going_verb_stays() -> None:
    assert _spans("周立新来到岚新社区，察看了环境卫生。", "LOC") == ["岚新社区"]


def test_a_community_named_by_a_word_ending_in_乡_after_a_zone() -> None:
    got = _tagged("督导组来到岚江高新区侨乡社区督导创文工作。")
    assert ("侨乡社区", "LOC") in got
    assert ("岚江高新区", "GPE") in got


def test_a_towns_communities_and_the_communities_in_general_stay_unnamed() -> None:
    assert _spans("周立新到岚水乡社区走访。", "LOC") == []
    assert _spans("推动党建引领城乡社区发展治理。", "LOC") == []
