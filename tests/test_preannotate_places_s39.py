"""Session 39 (places39): GPE and LOC forms of real reports. The text's own development zone
written by its kind alone is that zone after a verb too (确保开发区…, 通报了开发区…), its short form
is read once its long form is (经济开发区 … 开发区), and a city's or a county's zone written with
its level before the kind alone (各乡镇、市开发区; 县经济开发区、县住建局) is one GPE. A great river
named bare (长江十年禁渔, 黄河流域) is a LOC, never inside a person's name or a longer place. A
verb before a zone's kind (部署高新区) opens no zone's name, and a place inside an outlet's name
(某某新闻 in a site's header) is none. Every sentence, name and place here is made up."""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest


def _tagged(text: str, *labels: str) -> list[tuple[int, str, str]]:
    return [(s.start, s.text, s.label) for s in suggest(text).spans if s.label in labels]


def _gpe_at(text: str, what: str, nth: int = 0) -> bool:
    at = -1
    for _ in range(nth + 1):
        at = text.index(what, at + 1)
    return (at, what, "GPE") in _tagged(text, "GPE")


# --- the text's own zone, once read, after a verb


@pytest.mark.parametrize(
    ("text", "nth"),
    [
        ("3月2日，开发区召开创建全国文明城市推进会，通报了开发区创建工作存在的问题。", 1),
        ("5月9日，高新区召开安全生产会议。会议要求，要确保高新区安全生产形势稳定。", 1),
        ("6月1日，经开区召开创卫工作会议。会议强调，要助推经开区高质量发展。", 1),
    ],
)
def test_the_own_zone_after_a_verb(text: str, nth: int) -> None:
    kind = next(k for k in ("开发区", "高新区", "经开区") if k in text)
    assert _gpe_at(text, kind, nth)


def test_the_short_form_of_the_zone_read_long() -> None:
    text = "9月3日，经济开发区召开安全生产工作会议，开发区负责人结合实际作了部署。"
    assert _gpe_at(text, "经济开发区")
    assert (text.index("开发区负责人"), "开发区", "GPE") in _tagged(text, "GPE")


@pytest.mark.parametrize(
    "text",
    [
        # zones in general, a rank, the work of zones: none named
        "4月2日，开发区召开会议。会议要求，要推进开发区建设，争创省级开发区。",
        "4月2日，开发区召开会议。会议要求，各个开发区要加强协作。",
    ],
)
def test_zones_in_general_stay_none(text: str) -> None:
    got = _tagged(text, "GPE")
    assert [g for g in got if g[0] > text.index("。")] == []


def test_a_zone_named_by_a_word_before_its_kind_is_not_cut() -> None:
    # (an unknown name before the kind: the bare kind is no mention of the own zone)
    text = "7月8日，开发区召开会议。会后，检查组前往鹭湾开发区查看项目。"
    got = _tagged(text, "GPE")
    assert (text.index("开发区查看"), "开发区", "GPE") not in got


# --- the city's or the county's zone written with its level


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("对各乡镇街道、市开发区特色亮点工作进行评议。", "市开发区"),
        ("对乡镇街道和市开发区的项目建设进行观摩。", "市开发区"),
        ("会上，岚桥镇、枫坪乡、县经济开发区、县住建局依次发言。", "县经济开发区"),
    ],
)
def test_the_level_and_the_kind_alone(text: str, zone: str) -> None:
    assert (text.index(zone), zone, "GPE") in _tagged(text, "GPE")


@pytest.mark.parametrize(
    "text",
    [
        "全市开发区工作座谈会召开。",
        "会议要求，各县开发区要抓好安全生产。",
    ],
)
def test_a_whole_level_of_zones_stays_none(text: str) -> None:
    assert not any("开发区" in t for _, t, _ in _tagged(text, "GPE"))


def test_the_kind_as_a_label_of_the_page_chrome_stays_none() -> None:
    text = "发布时间：2020-05-08 发布开发区：鹭湾经济开发区\n9月3日，开发区召开安全生产会议。"
    got = _tagged(text, "GPE")
    assert (text.index("开发区："), "开发区", "GPE") not in got


# --- the great rivers named bare


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("会议传达了关于推进长江十年禁渔工作的文件精神。", "长江"),
        ("要全力以赴打好长江“十年禁渔”攻坚战。", "长江"),
        # (the basin with the river, one LOC since session 47: the pooled dev gold, 3 of 3; misc49)
        ("我县地处黄河流域，生态责任重大。", "黄河流域"),
        ("柳川县是长江上游的重要生态屏障。", "长江"),
        ("市长察看了汉江城区段防汛工作。", "汉江"),
        ("要守护好青屏山、珠江等生态屏障。", "珠江"),
    ],
)
def test_a_great_river_named_bare(text: str, river: str) -> None:
    assert (text.index(river), river, "LOC") in _tagged(text, "LOC")


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("镇党委副书记、镇长柯长江同志传达了会议精神。", "长江"),
        ("区领导柯明、黄河、罗文出席会议。", "黄河"),
        ("检查组来到黄河路沿线商铺。", "黄河"),
        ("他在珠江新城调研。", "珠江"),
    ],
)
def test_no_river_inside_a_name(text: str, river: str) -> None:
    assert (text.index(river), river, "LOC") not in _tagged(text, "LOC")


# --- a verb before the zone's kind opens no zone's name; an outlet named by a place


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("会议研究了招商引资工作，部署高新区落实意见。", "部署高新区"),
        ("要加快推进工程建设，助力开发区发展。", "助力开发区"),
    ],
)
def test_a_verb_before_the_kind_is_no_zone_name(text: str, verb: str) -> None:
    assert not any(t == verb for _, t, _ in _tagged(text, "GPE"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("首页 > 柳川新闻 > 正文\n柳川市召开创文工作推进会。", "柳川"),
        ("2022-08-14 10:21 甘肃新闻\n\n兰州市召开创文工作会议。", "甘肃"),
    ],
)
def test_a_place_inside_a_news_outlet_is_none(text: str, place: str) -> None:
    got = _tagged(text, "GPE")
    assert (text.index(place + "新闻"), place, "GPE") not in got


def test_a_connective_or_a_verb_before_the_farm_is_no_farm_name() -> None:
    text = (
        "1月8日，青禾农场召开安委会会议，兵团第六师相关负责人出席，并通报农场存在的安全隐患。"
        "各连队、社区与农场签订安全生产责任书。"
    )
    got = [t for _, t, _ in _tagged(text, "GPE")]
    assert "青禾农场" in got
    assert "并通报农场" not in got
    assert "社区与农场" not in got


# --- a room in general is no venue


@pytest.mark.parametrize(
    "text",
    ["随后在社区会议室召开座谈会。", "会议在四楼会议室召开。", "当天在村二楼会议室召开会议。"],
)
def test_a_room_in_general_is_no_venue(text: str) -> None:
    assert _tagged(text, "LOC") == []


def test_a_named_host_keeps_the_venue_whole() -> None:
    text = "会议在柳川社区二楼会议室召开。"
    assert (3, "柳川社区二楼会议室", "LOC") in _tagged(text, "LOC")
