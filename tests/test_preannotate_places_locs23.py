"""LOC and GPE by grammar (session 22, locs23), written from a new corpus of one prefecture's
pages (batch A) and checked on the ~576 development pages: a known place's bare name before the
kind of a hotel, a station, a hall or a square names that site (no GPE inside it); a county
before 城市 keeps its unit (某某县城市管理 is no 县城); a zone's office (管理处) before a
community; a road right after its community; the first item of a list of roads or communities
after a preposition; a historic quarter (历史文化街区). Every example is made up: the names of
the sites are invented (the cities are real only where the gazetteer must know them).
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    ("text", "span", "gone"),
    [
        ("检查组先后来到荆州宾馆、红枫路等地察看。", ("荆州宾馆", "LOC"), ("荆州", "GPE")),
        ("督导组走进衡阳汽车北站、衡阳剧院实地检查。", ("衡阳汽车北站", "LOC"), ("衡阳", "GPE")),
        ("督导组走进衡阳汽车北站、衡阳剧院实地检查。", ("衡阳剧院", "LOC"), ("衡阳", "GPE")),
        ("会议在荆州火车南站召开。", ("荆州火车南站", "LOC"), ("荆州", "GPE")),
        (
            "走进岳阳火车站广场，他留心车站的每一个细节。",
            ("岳阳火车站广场", "LOC"),
            ("岳阳", "GPE"),
        ),
        ("检查组随后来到常德饭店、常德大厦。", ("常德饭店", "LOC"), ("常德", "GPE")),
    ],
)
def test_place_before_a_venue_kind(text: str, span: tuple[str, str], gone: tuple[str, str]) -> None:
    tagged = _tagged(text)
    assert span in tagged
    assert gone not in tagged


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("衡阳宾馆的会议室里坐满了人。", ("衡阳宾馆的会议室", "LOC")),
    ],
)
def test_place_venue_guards(text: str, span: tuple[str, str]) -> None:
    assert span not in _tagged(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("测评结果显示，平江县城市文明创建氛围较浓厚。", ("平江县", "GPE")),
        ("9月16日，通城县城市管理与创建迎检工作会议召开。", ("通城县", "GPE")),
        # 县城 + 市民 / 市场 / 市容: the county's town, tagged by the bare name
        ("测评结果显示，平江县城市民素质较高。", ("平江", "GPE")),
        ("督导组检查了平江县城市场环境。", ("平江", "GPE")),
        ("平江县城市容环境明显改善。", ("平江", "GPE")),
        ("平江县城被命名为省级文明县城。", ("平江", "GPE")),
    ],
)
def test_county_before_city_word(text: str, span: tuple[str, str]) -> None:
    assert span in _tagged(text)


@pytest.mark.parametrize(
    ("text", "span", "not_span"),
    [
        (
            "活动在柳塘市南湖新区龙山管理处黄梅港社区举行。",
            ("黄梅港社区", "LOC"),
            ("处黄梅港社区", "LOC"),
        ),
        (
            "在八字门社区白石岭路附近，一场爱心义卖活动正在进行。",
            ("白石岭路", "LOC"),
            ("八字门社区白石岭路", "LOC"),
        ),
        (
            "执法人员对新桥巷、金龙巷、相思街等背街小巷进行集中整治。",
            ("新桥巷", "LOC"),
            ("对新桥巷", "LOC"),
        ),
        (
            "他一行沿通江南路、柳塘大道、花桥路口等地察看了交通秩序。",
            ("通江南路", "LOC"),
            ("沿通江南路", "LOC"),
        ),
        (
            "与此同时，老营三社区、桃北二社区也开展了清理行动。",
            ("老营三社区", "LOC"),
            ("桃北二社区", "GPE"),
        ),
        (
            "活动将在柳塘市洞庭南路历史文化街区隆重举行。",
            ("洞庭南路历史文化街区", "LOC"),
            ("洞庭南路", "LOC"),
        ),
        (
            "城投公司等单位人员，就东关历史街区提升项目进行了对接。",
            ("东关历史街区", "LOC"),
            ("就东关历史街区", "LOC"),
        ),
    ],
)
def test_community_road_and_list_forms(
    text: str, span: tuple[str, str], not_span: tuple[str, str]
) -> None:
    tagged = _tagged(text)
    assert span in tagged
    assert not_span not in tagged


@pytest.mark.parametrize(
    "text",
    [
        "要加强对主要道路、背街小巷、农贸市场的管理。",
        "督查组对城区道路、小区、学校周边进行检查。",
    ],
)
def test_first_item_guards(text: str) -> None:
    assert not any(label == "LOC" for _, label in _tagged(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("检查组先后来到金桂宾馆、红枫路等地察看。", ("金桂宾馆", "LOC")),
        ("检查组先后来到金桂饭店、红枫路等地察看。", ("金桂饭店", "LOC")),
        ("督导组走进青枫大厦，查看消防设施。", ("青枫大厦", "LOC")),
        ("督导组对白沙洲剧院进行了检查。", ("白沙洲剧院", "LOC")),
        ("检查组来到天伦电影院、红枫路等地。", ("天伦电影院", "LOC")),
        ("志愿者们在金桂植物园开展清扫活动。", ("金桂植物园", "LOC")),
        ("检查组先后来到金桂商业城、红枫路等地察看。", ("金桂商业城", "LOC")),
    ],
)
def test_hotels_halls_and_parks_as_kinds(text: str, span: tuple[str, str]) -> None:
    assert span in _tagged(text)


@pytest.mark.parametrize(
    ("text", "span", "not_span"),
    [
        ("家住金桂大道的李女士说，以前这里很乱。", ("金桂大道", "LOC"), ("家住金桂大道", "LOC")),
        ("家住青枫公寓的王先生说，变化很大。", ("青枫公寓", "LOC"), ("家住青枫公寓", "LOC")),
        (
            "检查组先后来到瑶塘坡广场社区、红枫路等地察看。",
            ("瑶塘坡广场社区", "LOC"),
            ("瑶塘坡广场", "LOC"),
        ),
        (
            "检查组先后来到瑶塘坡社区广场、红枫路等地察看。",
            ("瑶塘坡社区广场", "LOC"),
            ("瑶塘坡社区", "LOC"),
        ),
        (
            "督查组先后来到农村信用社、青枫西南总部大厦工地、漫城都荟工地等点位。",
            ("青枫西南总部大厦工地", "LOC"),
            ("青枫西南总部大厦", "LOC"),
        ),
    ],
)
def test_resident_square_community_and_site(
    text: str, span: tuple[str, str], not_span: tuple[str, str]
) -> None:
    tagged = _tagged(text)
    assert span in tagged
    assert not_span not in tagged


def test_a_hall_inside_a_hotel_is_the_venue() -> None:
    # with loc.venue on the hall is read whole; the hotel alone is never read before a hall
    text = "5月3日，创文工作推进会议在岚溪宾馆多功能厅召开。"
    assert ("岚溪宾馆多功能厅", "LOC") in _tagged(text)
    assert ("岚溪宾馆", "LOC") not in _tagged(text)


def test_the_writers_own_city_is_no_part_of_a_venue() -> None:
    tagged = _tagged("培训班在我市青枫国际大酒店举办。")
    assert ("青枫国际大酒店", "LOC") in tagged
    assert ("我市青枫国际大酒店", "LOC") not in tagged


@pytest.mark.parametrize(
    "text",
    [
        "要加快城镇提质扩容，以边际镇、特色镇、重点镇为中心，抓好城镇规划。",
        "会议要求各中心镇、示范镇加快建设。",
    ],
)
def test_a_kind_of_town_is_no_town(text: str) -> None:
    assert not any(label == "GPE" for _, label in _tagged(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("在金桂酒店，志愿者们正在清扫。", ("金桂酒店", "LOC")),
        ("检查组先后来到金桂商场、红枫路等地察看。", ("金桂商场", "LOC")),
    ],
)
def test_hotel_and_mall_as_kinds(text: str, span: tuple[str, str]) -> None:
    assert span in _tagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "要加强星级酒店、大型商场的消防管理。",
        "检查组来到快捷酒店、连锁酒店。",
    ],
)
def test_kinds_of_hotel_are_no_names(text: str) -> None:
    assert not any(label == "LOC" for _, label in _tagged(text))
