"""gpe51 (session 49): GPE forms the pooled dev gold showed the rules missing or misreading,
read as classes. Made-up sentences in the same grammar (invented names and places); each test
but the guards failed on main 95de0b21, the guards (marked) pass before and after."""

from __future__ import annotations

import pytest

from civannot.preannotate.places import _street_sub_district_start
from tests.span_helpers import labelled

# --- one test of what opens a sub-district written 某某街 (the 街's GPE and the LOC of the
# community after it share it): a mark, a preposition, a verb of going or its district; the
# longer name first, not one a preposition opens


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("岚江区青苑街长岭里社区", "青苑街"),
        ("周立新来到集英里街瀛波里社区", "集英里街"),
        ("。在双岭街双泉村", "双岭街"),
        ("先后察看了工程现场、红岭街桑园村", "红岭街"),
    ],
)
def test_the_sub_district_street_opens_once(text: str, name: str) -> None:
    j = text.index(name) + len(name)
    assert _street_sub_district_start(text, j) == text.index(name)
    assert (name, "GPE") in labelled(text, "GPE")


@pytest.mark.parametrize(
    "text",
    [
        # a street's kind, a street after a word that opens no place (guards)
        "在步行街社区开展志愿服务活动。",
        "大力整治背街小巷环境卫生。",
    ],
)
def test_no_sub_district_street_there(text: str) -> None:
    j = text.index("街") + 1
    assert _street_sub_district_start(text, j) == -1


# --- a development zone's kind alone right after a verb of going or a bare 来 / 到 / 赴: the
# zone the visit goes to, the text's own (and so its further mentions): gpe.zone


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("3月2日，副市长周立新来高新区调研项目进展情况。", 1),
        ("区委书记陈晓峰到经济开发区调研并主持召开座谈会。", 1),
        ("周立新深入开发区调研指导工作。周立新听取了开发区工作汇报，要求开发区抓好项目。", 3),
        ("副县长刘海涛一行莅临经开区，督导农贸市场建设。", 1),
    ],
)
def test_a_zone_visited_by_its_kind(text: str, count: int) -> None:
    gpes = labelled(text, "GPE")
    assert len(gpes) == count
    assert all(t in ("高新区", "经济开发区", "开发区", "经开区") for t, _ in gpes)


@pytest.mark.parametrize(
    "text",
    [
        # a word of the dictionary closing with 来 / 到 before the kind (guards)
        "今年以来开发区主要指标好于全市平均。",
        "要做到开发区建设与城市发展同步。",
    ],
)
def test_no_zone_after_a_word_closing_with_the_verb(text: str) -> None:
    assert labelled(text, "GPE") == []


# --- the country's bare name 中国, a word of its clause: gazetteer:gpe_bare_word


@pytest.mark.parametrize(
    "text",
    [
        "岚江口岸的开通，使中国边境到邻国的运输距离缩短了。",
        "岚江乃至中国向西开放的能力将进一步增强。",
        "我县是中国高山云雾茶之乡，多年来始终坚持绿色发展。",
        "要引领中国经济高质量发展。",
        "青石村是中国历史文化名村。",
    ],
)
def test_the_country_bare(text: str) -> None:
    assert ("中国", "GPE") in labelled(text, "GPE")


@pytest.mark.parametrize(
    "text",
    [
        # a fixed formula, a campaign, a body's, an event's or a site's name, 新中国, a word
        # holding the two characters (guards)
        "深入学习习近平新时代中国特色社会主义思想。",
        "奋力谱写中国式现代化岚江篇章。",
        "全面实施健康中国战略。",
        "中国移动、中国联通负责人参加会议。",
        "出席第十届中国西部国际博览会。",
        "据中国岚江网消息，会议召开。",
        "热烈庆祝新中国成立75周年。",
        "其中国有企业三家。",
    ],
)
def test_no_bare_country_there(text: str) -> None:
    assert ("中国", "GPE") not in labelled(text, "GPE")


# --- zone kinds: a city's high-tech park (某某高新园), its central business district (某某中央商务区),
# a comprehensive pilot zone (某某综合实验区), named with their place: gpe.zone


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("督导组先后到岚江镇、青禾高新园青山社区督导创文工作。", "青禾高新园"),
        ("市长周立新等领导莅临岚江中央商务区项目，进行调研。", "岚江中央商务区"),
        ("岚江中央商务区要进一步增强招商引资的紧迫感。", "岚江中央商务区"),
    ],
)
def test_more_zone_kinds(text: str, zone: str) -> None:
    assert (zone, "GPE") in labelled(text, "GPE")


@pytest.mark.parametrize(
    "text",
    [
        # the park's kind in general, the kind alone (guards)
        "要加快建设高新园区。",
        "不断增强商务区承载产业项目的能力。",
    ],
)
def test_no_zone_of_those_kinds_there(text: str) -> None:
    assert labelled(text, "GPE") == []


# --- two places joined by 和 / 与 / 及 between 到 / 在 and a verb of visiting (先后到甲和乙调研):
# two GPEs, as the pair written side by side is (gpe.bare_context)


def test_two_places_joined_on_a_visit() -> None:
    gpes = labelled("省长周立新先后到盘锦和营口调研。", "GPE")
    assert ("盘锦", "GPE") in gpes
    assert ("营口", "GPE") in gpes


def test_no_places_joined_there() -> None:
    # two words that are no places (guard)
    assert labelled("检查组先后到社区和学校检查。", "GPE") == []


# --- a sub-park after its zone opens with no preposition or clause word (某某高新区对化工园区…:
# the zone alone)


def test_no_sub_park_opened_by_a_preposition() -> None:
    text = "工作小组一致认为盘锦高新区对化工园区安全风险排查治理工作高度重视。"
    assert labelled(text, "GPE") == [("盘锦高新区", "GPE")]


def test_a_sub_park_after_its_zone() -> None:
    # the sub-park named by a known place (guard)
    assert labelled("南昌高新区进贤产业园召开会议。", "GPE") == [("南昌高新区进贤产业园", "GPE")]


# --- 某某街 written for a sub-district: a run of three such items at least, an item beside a
# town read, or one whose own office the text names (gpe.doc_place)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "周立新先后来到青港街、柳湾街、泰宁街、杭岭街商业街区，深入老旧小区。",
            ["青港街", "柳湾街", "泰宁街", "杭岭街"],
        ),
        ("走访岚江镇、石岭镇、大柳街开展暖企活动。", ["岚江镇", "石岭镇", "大柳街"]),
        ("区长周立新带队到双丰街开展调研。双丰街办事处要充分发挥作用。", ["双丰街"]),
    ],
)
def test_short_sub_districts_listed(text: str, places: list[str]) -> None:
    assert [t for t, _ in labelled(text, "GPE")] == places


@pytest.mark.parametrize(
    "text",
    [
        # a list of streets a road opens, two 某某街 only, streets' kinds (guards)
        "检查了解放路、人民街、和平街、中山街等路段。",
        "检查了人民街、和平街的卫生。",
        "在步行街、商业街、美食街开展整治。",
        "周立新深入柳溪街道、青岭街镇等地督导。",
    ],
)
def test_no_short_sub_district_listed_there(text: str) -> None:
    assert all(not t.endswith("街") for t, _ in labelled(text, "GPE"))
