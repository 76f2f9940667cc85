"""Session 33 (gpe35): GPE forms of real reports. A place inside a longer name is no place of its
own: a site named after its place (某某网（www…）, 某某文明网) and a body of fellow townsmen
(某市某省某市商会) are one name each. A county named by one character whose two characters also
read as a word (夏县, 和县) is read where the page writes it before its own body (夏县县委), and
a word of praise before it (名城夏县) is no part of its name; 夏县长 stays a post. A county the
page names only bare, beside its own outlet (某某新闻网讯 … 我县 …), is that county where it
stands alone. Every sentence, name and person here is made up (the counties are looked up in the
shipped gazetteer, so the tests name counties it holds)."""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest


def _places(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "GPE"]


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


# --- a place inside a site's name or a body of fellow townsmen


@pytest.mark.parametrize(
    "text",
    [
        "发布时间：2021-03-02 09:15湖南网（www.example.cn）\n市里召开创建工作推进会。",
        "网站导航  临澧文明网  县委副书记王某某到社区督导创建工作。",
    ],
)
def test_no_place_inside_a_site_named_after_it(text: str) -> None:
    assert _places(text) == []


def test_a_place_before_a_word_opening_with_net_stays() -> None:
    # 网格, 网络: 网 opens a word there, no site is named
    assert "湖南" in _places("湖南网格化管理工作会议在长沙召开。")


@pytest.mark.parametrize(
    "text",
    [
        "欢迎访问柳州市湖南临澧商会官方网站！",
        "柳州市湖南临澧商会举行迎春座谈会，会长林晓东致辞。",
    ],
)
def test_no_place_inside_a_body_of_fellow_townsmen(text: str) -> None:
    assert _places(text) == []


def test_a_place_before_another_body_stays() -> None:
    assert "柳州市" in _places("柳州市召开商会工作座谈会。")


# --- a county named by one character whose name is also a word


def test_a_word_county_before_its_own_body_is_read() -> None:
    text = (
        "名城夏县，街巷整洁有序。\n"
        "这两年，夏县县委和县政府抓环境整治不放松，把整治列入夏县“三城同创”的年度计划。"
    )
    places = _places(text)
    assert places.count("夏县") == 2
    assert "名城夏县" not in places
    assert "夏县县委" in _spans(text, "ORG")


def test_a_word_county_alone_stays_unread() -> None:
    # no body of the county on the page: 夏县长 is the post of a man named 夏
    text = "会上，夏县长就巷道保洁讲了三点意见。"
    assert _places(text) == []


def test_the_acting_county_head_is_no_county() -> None:
    text = "夏县县委召开会议，夏县长王某某主持。"
    assert _places(text) == []
    assert "夏县县委" in _spans(text, "ORG")


# --- a county named bare beside its own outlet


def test_a_county_named_bare_beside_its_own_outlet() -> None:
    text = (
        "临澧新闻网讯 5月9日上午，全县环境整治誓师会在会堂举行。\n"
        "会议要求，全县上下要以最美临澧新形象迎接检查，全面提升临澧文明水平，彰显临澧担当。"
    )
    assert _places(text).count("临澧") == 3


def test_the_outlet_and_its_column_keep_the_county_out() -> None:
    text = "临澧新闻网讯 我县召开创建工作动员会。\n首页 > 临澧新闻 > 正文\n来源：临澧在线"
    assert "临澧" not in _places(text)


def test_a_county_written_with_its_unit_keeps_its_own_reading() -> None:
    # named with its unit, the bare name is read as before (gpe.bare_stem), not by its outlet
    text = "临澧新闻网讯 临澧县召开动员会，要求全面提升临澧文明水平。"
    assert "临澧县" in _places(text)


# --- second batch (session 33, gpe35): a verb before 市 in a list of levels; a county as the
# subject of a requirement; a planned new town; a known stem ending in a unit's character as a
# list item; a zone's kind opening a body's name


def test_a_list_of_levels_names_no_city() -> None:
    places = _places("要在粮油深加工上求突破；做优市、县园区“两个平台”，坚持招大引强。")
    assert not [p for p in places if p.endswith("市")]


def test_a_county_as_the_subject_of_a_requirement() -> None:
    text = "二是要抓好县域经济。临澧要加快进入全省前列，各乡镇也要找准定位。"
    assert "临澧" in _places(text)


def test_a_county_before_a_request_word_stays_unread() -> None:
    # 要求 is a noun of its own: no requirement addressed to the county
    assert _places("会议强调，临澧要求各单位按期完成任务。") == []


def test_no_city_inside_a_planned_new_town() -> None:
    text = "会议围绕“加快建设长沙新城”展开讨论，为长沙新城建设发展出谋划策。"
    assert "长沙" not in _places(text)


def test_a_town_named_new_town_stays() -> None:
    # (新城区: a district of the city, read as before)
    assert _places("长沙新城区召开会议。") == ["长沙", "新城区"]


def test_a_known_stem_ending_in_a_units_character_is_a_list_item() -> None:
    text = "参会人员：各乡镇党委书记；海州、柳湾、石门街道负责同志。"
    assert "海州" in _places(text)


def test_a_zone_kind_opening_a_body_is_no_zone() -> None:
    text = "出席会议的有石门镇、柳湾街道、高新区事务服务中心主任。"
    assert "高新区" not in _places(text)


def test_a_zone_kind_listed_with_towns_stays() -> None:
    text = "各部门及柳湾镇、高新区主要负责人列席。"
    assert "高新区" in _places(text)


@pytest.mark.parametrize(
    "text, initial",
    [
        ("柳州市召开创建推进会，传达省委领导来柳考察时的讲话精神。", "柳"),
        ("评审组一行在柳期间，察看了柳州市的街巷和市场。", "柳"),
    ],
)
def test_the_pages_city_by_its_first_character_on_a_visit(text: str, initial: str) -> None:
    assert initial in _places(text)


def test_a_first_character_without_its_city_on_the_page_stays_unread() -> None:
    assert "柳" not in _places("评审组一行在柳期间察看了街巷和市场。")


def test_a_word_across_the_verb_stays_unread() -> None:
    # 在任期间: in office, even where a city opening with 任 is named
    assert "任" not in _places("任丘市召开会议，回顾他在任期间的工作。")


def test_a_zone_before_a_market_named_new_town_stays() -> None:
    # 新城 opens the market's name here: the zone before it stays a place
    assert "柳南高新区" in _places("检查组来到柳南高新区新城农贸市场等地。")
