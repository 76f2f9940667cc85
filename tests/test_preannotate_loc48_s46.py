"""LOC forms of session 46 (loc48), in made-up sentences (none is a real page's text; the people,
towns, markets and halls are invented).

- Sites of trade, transport and works a visit names (rule_words.json visited_trade_kinds: 汽车站,
  汽车总站, 客运站, 农贸市场, 菜市场, 自来水厂, 污水处理厂): one LOC with the town that names a
  site with no name of its own (查看了某镇农贸市场, 某镇自来水厂等地), the county's alone by its
  level (、县汽车总站、); the district, the county, the town or the sub-district before a site's
  own name a GPE of its own (走访了某区某某菜市场); the bodies' reading of the same name gone,
  at the visit and at its further mentions (（某镇行政服务中心督导现场）).
- A visited facility listed right before the visit's verb (、某镇行政服务中心检查。), not before
  a post or a body of its own (中心调研员, 中心督导组).
- Heating stations named by a firm or a compound in a visit (某某公司供热站, 某某小区换热站).
- Halls named by the writer's county or town alone (rule_words.json level_venue_kinds: 在县会议中心
  召开, 在镇礼堂召开, 在区宾馆召开) and numbered rooms (在镇政府会议一室召开); not the room in
  general (在镇会议室召开).
- A position word after a place of a one-character kind is no part of it (某村某某祠后山坡,
  某某寺一带: rule_words.json loc_position_after); 寺前路, 庙后村 stay what they were.
- A hotel keeps the province or the city that names it, and so does a hall named after the
  hotel (在辽宁友谊宾馆召开, 在某某饭店国际会议中心召开); 北京人民大会堂 stays GPE + LOC.
- No place where a kind stands before the kind (渡口码头, 港口码头, 商超酒店, 白领公寓:
  rule_words.json facility_stop).
- No site: the kind alone (、汽车站、), a number of them (多家集贸市场), the area in general before
  the name (街道辖区某某农贸市场).
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _tagged(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in suggest(text).spans if s.label != "DIRECTIVE"]


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("周立新先后到人民广场、县汽车总站、岚桥镇行政服务中心检查。", "县汽车总站"),
        ("周立新先后到人民广场、县汽车总站、岚桥镇行政服务中心检查。", "岚桥镇行政服务中心"),
        ("检查组先后查看了青石观洋劝导站、白沙镇农贸市场、岚江茶业有限公司。", "白沙镇农贸市场"),
        ("在青坪镇自来水厂，周立新详细了解供水情况。", "青坪镇自来水厂"),
        ("周立新一行先后来到岚城县汽车站、青坪客运站。", "岚城县汽车站"),
    ],
)
def test_trade_sites_of_a_visit(text: str, place: str) -> None:
    assert place in _spans(text, "LOC")


def test_the_works_is_no_firm_where_the_visit_names_it() -> None:
    got = _tagged("在青坪镇自来水厂，周立新详细了解供水情况。")
    assert ("青坪镇自来水厂", "ORG") not in got


def test_a_district_before_a_market_of_its_own_name() -> None:
    got = _tagged("周立新一行先后走访了岚南区宁康里菜市场、宁康里社区。")
    assert ("宁康里菜市场", "LOC") in got
    assert ("岚南区宁康里菜市场", "LOC") not in got


def test_a_town_before_a_market_of_its_own_name() -> None:
    got = _tagged("周立新实地察看了岚西区青北镇东兴里菜市场。")
    assert ("东兴里菜市场", "LOC") in got
    assert ("青北镇东兴里菜市场", "LOC") not in got


def test_a_site_visited_named_again() -> None:
    text = "周立新先后到人民广场、岚桥镇行政服务中心检查。（岚桥镇行政服务中心督导现场）"
    assert _spans(text, "LOC").count("岚桥镇行政服务中心") == 2
    assert "岚桥镇行政服务中心" not in _spans(text, "ORG")


def test_heating_stations_of_a_visit() -> None:
    text = "周立新先后来到岚兴乐器公司供热站、青苑新城小区换热站、宏源供热公司城南供热站。"
    assert _spans(text, "LOC") == [
        "岚兴乐器公司供热站",
        "青苑新城小区换热站",
        "宏源供热公司城南供热站",
    ]
    assert _spans(text, "ORG") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("全县创文动员会在县会议中心召开。", "县会议中心"),
        ("镇党委、镇政府在镇礼堂召开防汛工作会议。", "镇礼堂"),
        ("下午，会议在区宾馆召开。", "区宾馆"),
        ("大会在市行政中心召开。", "市行政中心"),
        ("青坪镇在镇政府会议一室召开禁毒工作会议。", "镇政府会议一室"),
    ],
)
def test_halls_named_by_the_level_alone(text: str, place: str) -> None:
    assert place in _spans(text, "LOC")


@pytest.mark.parametrize(
    "text",
    [
        "会议在镇会议室召开。",  # the writer's room in general
        "周立新先后视察了建材市场、汽车站、青坪村等处。",  # the kind alone
        "有关部门负责同志到主城区多家集贸市场现场调度。",  # a number of them
        "周立新实地督查街道辖区银河农贸市场和驻街单位。",  # the area before the name
        "要加强汽车站、农贸市场等重点区域管理。",  # kinds in general
    ],
)
def test_no_site(text: str) -> None:
    assert not any(
        w in _spans(text, "LOC")
        for w in ("镇会议室", "汽车站", "多家集贸市场", "街道辖区银河农贸市场", "农贸市场")
    )


def test_a_centre_before_its_post_or_body_is_no_visit() -> None:
    assert "岚桥镇行政服务中心" not in _spans(
        "周立新先后到人民广场、岚桥镇行政服务中心调研员办公室。", "LOC"
    )
    assert "县政务服务中心" not in _spans("县政务服务中心督导组到各窗口检查。", "LOC")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("周立新实地察看了青坪街道泮溪村文昌祠后山坡和里仁村两处隐患点。", "文昌祠"),
        ("在灵泉寺后方修建游步道。", "灵泉寺"),
        ("在慈云寺一带开展巡查。", "慈云寺"),
    ],
)
def test_a_position_word_after_a_place_is_no_part_of_it(text: str, place: str) -> None:
    assert place in _spans(text, "LOC")


def test_a_position_word_opening_a_name_stays_out() -> None:
    # (寺前路: the road named by the temple; 庙后村: a village)
    assert _spans("沿寺前路前行。", "LOC") == []
    assert _spans("周立新来到庙后村。", "LOC") == ["庙后村"]


@pytest.mark.parametrize(
    "text",
    [
        "要加强滨海景区、渡口码头、离岛乡镇等重点区域的安全管理。",
        "要加强对江海堤防、港口码头、水库水闸等工程的巡查。",
        "重点检查人员密集场所消防安全、商超酒店食品安全。",
        "她指出，白领公寓等人员密集场所是消防安全的重点。",
    ],
)
def test_a_kind_before_a_kind_names_no_place(text: str) -> None:
    # (rule_words.json facility_stop: 渡口, 港口, 商超, 白领 say which kind, no name)
    assert _spans(text, "LOC") == []


def test_a_name_before_a_port_kind_stays() -> None:
    assert _spans("周立新来到青石港口码头。", "LOC") == ["青石港口码头"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("座谈会在岚州友谊宾馆召开。", "岚州友谊宾馆"),
        ("会议在辽宁迎宾饭店召开。", "辽宁迎宾饭店"),
        ("会议在贵州饭店国际会议中心召开。", "贵州饭店国际会议中心"),
    ],
)
def test_a_hotel_keeps_the_place_that_names_it(text: str, place: str) -> None:
    assert _spans(text, "LOC") == [place]


def test_a_hall_with_a_name_of_its_own_leaves_its_city_out() -> None:
    assert _spans("大会在北京人民大会堂举行。", "LOC") == ["人民大会堂"]
