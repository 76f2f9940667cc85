"""Session 49 (orgs51): ORG classes read as grammar + vocabulary.

A firm written with its brand only (a trade the vocabulary lacks, or none), an item of a list of
the places a visit went to right beside a firm the rules read, read one after another along the
list; its end no kind of a site, a work, a place or a body's part (org_firm_item_not.txt).
Every sentence, name and person here is made up; the provinces and cities are only places the
gazetteers know."""

from __future__ import annotations

import pytest

from tests.suggestion_texts import orgs as _orgs
from tests.suggestion_texts import tagged as _tagged

# --- a firm by its brand beside a firm in a list


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a run of brands along the list, one firm read by its trade among them
        (
            "调研组先后来到岚江汽车零部件产业园、中创岚北智能制造、迪恒电子、华岚装配式建筑、"
            "中粮米谷、基峰新材料等项目现场。",
            ["中创岚北智能制造", "迪恒电子", "华岚装配式建筑", "中粮米谷", "基峰新材料"],
        ),
        # the first item after the visit's verb, before a firm read by its trade
        (
            "周立新一行到华盛精细、梅岚新材料、新浦化学等企业调研。",
            ["华盛精细", "梅岚新材料", "新浦化学"],
        ),
        # an item between a firm and a body
        (
            "调研组一行先后前往保隆科技、金安国纪、市审计局等地。",
            ["保隆科技", "金安国纪", "市审计局"],
        ),
        # after 在, the first item of a list of firms
        ("在西岚光学、超岚光电、舜意光电等项目现场。", ["西岚光学", "超岚光电", "舜意光电"]),
    ],
)
def test_brand_beside_firm(text: str, found: list[str]) -> None:
    assert _orgs(text) == found


def test_brand_beside_firm_keeps_no_gpe() -> None:
    # a country opening the firm's name is part of it
    text = "周立新先后到天贝塑胶、法国圣岚班、优模科技等地调研。"
    assert ("法国圣岚班", "ORG") in _tagged(text, "ORG", "GPE")
    assert ("法国", "GPE") not in _tagged(text, "ORG", "GPE")


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        # a site, a work and a place of the visit beside the firm stay what they are
        ("周立新先后来到明清家具大世界、岚江科技、泽耀农博城等处。", "明清家具大世界"),
        ("周立新先后来到明清家具大世界、岚江科技、泽耀农博城等处。", "泽耀农博城"),
        ("检查组先后走访岚江科技、仁叶公路改造等地。", "仁叶公路改造"),
        # people's homes and fields, a common word first
        ("工作组深入岚江科技、农户家中、田间地头等地。", "农户家中"),
        ("工作组深入岚江科技、农户家中、田间地头等地。", "田间地头"),
        # kinds of firms, words of the language
        ("督导组检查了岚江科技、重点企业等单位。", "重点企业"),
        # a brand beside a site only: no firm stands beside it
        ("周立新先后来到岚江广场、金安国纪、人民公园等地。", "金安国纪"),
    ],
)
def test_brand_beside_firm_not(text: str, not_found: str) -> None:
    assert not_found not in _orgs(text)


# --- a party committee's working bodies and a level's bureaus by their short forms


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # after a level's party committee, in a list
        (
            "会上，市委社治委、市委边防办、外事办负责人作了汇报。",
            ["市委社治委", "市委边防办", "外事办"],
        ),
        (
            "区委两新工委、县委维稳办、市双拥办参加会议。",
            ["区委两新工委", "县委维稳办", "市双拥办"],
        ),
        # bare, given a task or listed beside it
        ("由房管局牵头，公路局、海事局配合。", ["房管局", "公路局", "海事局"]),
    ],
)
def test_working_bodies(text: str, found: list[str]) -> None:
    assert _orgs(text) == found


def test_working_body_keeps_its_post() -> None:
    # a TITLE keeps its body
    text = "县委社工部部长周立新、县扫黑办主任王小岚参加。"
    assert _tagged(text, "ORG", "TITLE") == [("县委社工部部长", "TITLE"), ("县扫黑办主任", "TITLE")]


@pytest.mark.parametrize(
    "text",
    [
        # the words inside other words: no body
        "岚江县大力推进平安办学、人才办事更便捷。",
        "周立新查看了公路段面修复情况。",
    ],
)
def test_working_bodies_not(text: str) -> None:
    assert _orgs(text) == []


# --- the corps' and its units' committees written as one


def test_corps_division_regiment_committee() -> None:
    text = "要把思想和行动统一到兵师团党委的重大决策部署上来。"
    assert _orgs(text) == ["兵师团党委"]


def test_corps_division_regiment_committee_alone() -> None:
    # without the corps' 兵 the division's and the regiment's committee stays as it is read
    assert _orgs("师团党委召开专题会议。") == ["师团党委"]


# --- a new area's bureau, the area named as the zones are


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # after a clause's mark, in a list
        ("专项督查工作中，岚咸新区城管局、各办事处主要负责人参加。", ["岚咸新区城管局"]),
        # the city before the area opens the name
        ("下一步，漳州市岚咸新区城管局将对照问题逐项整改。", ["漳州市岚咸新区城管局"]),
    ],
)
def test_new_area_bureau(text: str, found: list[str]) -> None:
    assert _orgs(text) == found


def test_new_area_bureau_keeps_its_post() -> None:
    # a TITLE keeps its body
    text = "岚咸新区城管局局长周立新参加。"
    assert ("岚咸新区城管局局长", "TITLE") in _tagged(text, "ORG", "TITLE")
    assert not _orgs(text)


# --- a sub-district's or a town's office named by its fields


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # items of a list after a clause's mark
        ("会上，城市管理办公室、综合行政执法队作了汇报。", ["城市管理办公室", "综合行政执法队"]),
        # two fields joined by 和, given a task
        ("由经济发展和城市管理办公室牵头，各社区配合。", ["经济发展和城市管理办公室"]),
    ],
)
def test_field_office(text: str, found: list[str]) -> None:
    assert _orgs(text) == found


def test_field_office_keeps_its_post() -> None:
    text = "城市管理办公室副主任周立新讲话。"
    assert _tagged(text, "ORG", "TITLE") == [("城市管理办公室副主任", "TITLE")]


@pytest.mark.parametrize(
    "text",
    [
        # one field alone names a room or no office of its own
        "周立新在建设办公室门口查看。",
        # the office as the object of a verb, no mark before it
        "岚江街道进一步完善城市管理办公室设置。",
    ],
)
def test_field_office_not(text: str) -> None:
    assert not any(o.endswith("建设办公室") or o.endswith("管理办公室") for o in _orgs(text))
