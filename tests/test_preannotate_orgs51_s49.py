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
