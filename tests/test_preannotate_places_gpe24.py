"""Chains of divisions written without a mark (session 23, gpe24): each division is its own GPE
(GUIDELINES.md), as locals and reporters write them: a bare province, a bare city and a county
(江苏徐州沛县, 安徽宣城泾县), a city's name before its county (合肥肥东县), a prefecture whose bare
name is also a word inside such a chain (湖南娄底, 娄底双峰县), a province before a zone named
with its city (湖南娄底经开区); a town and a connective before a bare zone (某镇和经开区). The
sentences are made up; the places are real only because the gazetteer must know them.
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    ("text", "spans", "gone"),
    [
        ("近日，江苏徐州沛县召开创文推进会。", ["江苏", "徐州", "沛县"], ["徐州沛县"]),
        ("近日，安徽宣城泾县召开创城推进会。", ["安徽", "宣城", "泾县"], ["宣城泾县"]),
        ("近日，宣城泾县召开创城推进会。", ["宣城", "泾县"], ["宣城泾县"]),
        ("督导组到江苏省徐州沛县调研创城工作。", ["江苏省", "徐州", "沛县"], ["徐州沛县"]),
        ("近日，河北邯郸磁县召开创文推进会。", ["河北", "邯郸", "磁县"], ["邯郸磁县"]),
        ("近日，江苏徐州召开创文推进会。", ["江苏", "徐州"], ["江苏徐州"]),
        ("近日，湖北荆州公安县召开创文推进会。", ["湖北", "荆州", "公安县"], ["湖北荆州"]),
        ("会议在安徽合肥肥东县举行。", ["安徽", "合肥", "肥东县"], []),
        ("近日，湖南长沙召开创文推进会。", ["湖南", "长沙"], ["湖南长沙"]),
        ("会议在湖南长沙市望城区举行。", ["湖南", "长沙市", "望城区"], ["湖南长沙市"]),
    ],
)
def test_divisions_of_a_chain_apart(text: str, spans: list[str], gone: list[str]) -> None:
    tagged = _tagged(text)
    for s in spans:
        assert (s, "GPE") in tagged
    for s in gone:
        assert (s, "GPE") not in tagged


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("近日，湖南娄底双峰县召开创文推进会。", "娄底"),
        ("近日，娄底双峰县召开创文推进会。", "娄底"),
        ("近日，江西上饶召开创文推进会。", "上饶"),
        ("督导组到江西省九江修水县调研创城工作。", "九江"),
        ("会议在云南大理宾川县举行。", "大理"),
        ("近日，安徽省黄山歙县召开创文推进会。", "黄山"),
        ("2020年是江门鹤山市创建全国县级文明城市的关键之年。", "江门"),
    ],
)
def test_prefecture_named_by_a_word_inside_a_chain(text: str, city: str) -> None:
    assert (city, "GPE") in _tagged(text)


def test_province_before_a_zone_named_with_its_city() -> None:
    tagged = _tagged("近日，湖南娄底经开区召开创文推进会。")
    assert ("湖南", "GPE") in tagged
    assert ("娄底经开区", "GPE") in tagged


def test_town_and_connective_before_a_bare_zone() -> None:
    tagged = _tagged("创园指挥部、县直各单位、永丰镇和经开区要树立大局观念。")
    assert ("永丰镇", "GPE") in tagged
    assert ("永丰镇和经开区", "GPE") not in tagged
    tagged = _tagged("柳溪镇和柳塘高新区负责人参加会议。")
    assert ("柳塘高新区", "GPE") in tagged


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a body named with its places: no city read inside it
        ("东莞市江西九江商会举行年会。", "九江"),
        # a province's name inside a mountain's road
        ("在西夏区贺兰山西路街道盈北社区，党员带头清扫。", "西路街道"),
        # the kind of zone after a known city is no division of its own
        ("广安经开区召开会议，号召为建设和谐经开区贡献力量。", "经开区"),
        # a longer word opened by the city's name
        ("云南大理石材市场开展整治。", "大理"),
        ("中国绿色名区的称号来之不易。", "绿色名区"),
    ],
)
def test_chain_guards(text: str, span: str) -> None:
    assert (span, "GPE") not in _tagged(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("近年来，婺源坚持把文明创建作为民生工程来抓。", "婺源"),
        ("去年以来，剑阁聚焦群众关切，补齐短板。", "剑阁"),
        ("今年，霍邱累计整治背街小巷120条。", "霍邱"),
    ],
)
def test_bare_county_as_the_subject_of_its_work(text: str, place: str) -> None:
    assert (place, "GPE") in _tagged(text)


@pytest.mark.parametrize(
    "text",
    ["近年来，双方坚持互利共赢。", "近年来，我县坚持把文明创建作为民生工程来抓。"],
)
def test_bare_subject_guards(text: str) -> None:
    assert not [s for s, label in _tagged(text) if label == "GPE"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("近日，湖南双峰召开创文推进会。", ["湖南", "双峰"]),
        ("湖南双峰：全力冲刺文明城市创建", ["湖南", "双峰"]),
        ("近日，四川剑阁召开创文推进会。", ["四川", "剑阁"]),
        ("桂林阳朔召开创城推进会。", ["桂林", "阳朔"]),
        ("近日，六安霍邱把创建全国文明城市作为头号工程。", ["六安", "霍邱"]),
    ],
)
def test_bare_county_after_its_province_or_city(text: str, spans: list[str]) -> None:
    tagged = _tagged(text)
    for s in spans:
        assert (s, "GPE") in tagged


@pytest.mark.parametrize(
    ("text", "span"),
    [("近日，杭州西湖，游人如织。", "西湖"), ("湖南双峰人在外打拼。", "双峰")],
)
def test_bare_county_after_a_city_guards(text: str, span: str) -> None:
    assert (span, "GPE") not in _tagged(text)
