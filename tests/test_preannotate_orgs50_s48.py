"""Session 48 (orgs50): ORG classes read as grammar + vocabulary.

A university by its abbreviated name, a province, a city or a region and the abbreviation of its
kind (某省农大, 某市师大, 华中科大: org_university_short.txt). A level's service team named by
the field it serves (县志愿者服务队, 市医疗服务队: 服务队 / 服务总队 / 服务大队 among the kinds of
org_unit_kinds.txt), not the ranks (服务队伍). A TV station by its place and 台 alone before its
reporter (某某台记者). A count of the units of two levels (两乡四办) names no body.
Every sentence, name and person here is made up; the provinces and cities are only places the
gazetteers know."""

from __future__ import annotations

import pytest

from tests.suggestion_texts import orgs as _orgs
from tests.suggestion_texts import tagged as _tagged

# --- abbreviated universities


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the last item of a list of universities before 等高校
        ("县里拓展与岚江大学、江西农大等高等院校的合作。", ["岚江大学", "江西农大"]),
        # a region opens the name as a province does
        ("县里与华中科大、西南交大开展合作。", ["华中科大", "西南交大"]),
        # after a verb of going, before the visit's verb
        ("周立新一行到湖南师大调研。", ["湖南师大"]),
        # after 与, before the pact's verb
        ("县政府与山东农大签订合作协议。", ["县政府", "山东农大"]),
        # colleges of the same form
        ("调研组先后到四川电大、山东医专、湖南职院调研。", ["四川电大", "山东医专", "湖南职院"]),
    ],
)
def test_abbreviated_university(text: str, found: list[str]) -> None:
    assert _orgs(text) == found


def test_abbreviated_university_keeps_no_gpe() -> None:
    assert _tagged("县里拓展与江西农大的合作。", "ORG", "GPE") == [("江西农大", "ORG")]


@pytest.mark.parametrize(
    "text",
    [
        # a kind closed by a word of its own: no university
        "江西农大棚改造项目开工。",
        # a place nobody listed before the kind
        "岚江农大合作项目开工。",
        # a place inside a word before the kind
        "周立新来到青江西农大楼前。",
    ],
)
def test_abbreviated_university_not(text: str) -> None:
    assert not any(o.endswith("农大") for o in _orgs(text))


# --- a level's service team


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("会上，岚江县志愿者服务队代表上台领旗。", "岚江县志愿者服务队"),
        ("周立新来到桐溪县青年志愿服务总队，看望队员。", "桐溪县青年志愿服务总队"),
        ("市医疗服务队深入青禾镇义诊。", "市医疗服务队"),
    ],
)
def test_level_service_team(text: str, org: str) -> None:
    assert _orgs(text) == [org]


@pytest.mark.parametrize(
    "text",
    [
        # the ranks of those serving, no team
        "县里要壮大志愿服务队伍。",
        # every community's team, none named
        "各社区要发挥志愿服务队作用。",
        # a kind with no level
        "村级志愿服务队将在宣传中发挥作用。",
        # a verb of setting up: the office sets the team up
        "县文明办组建青年服务队。",
        # 区 closing 社区 is no level
        "要向两个社区派出供暖维修服务队。",
    ],
)
def test_service_team_not(text: str) -> None:
    assert not any(o.endswith(("服务队", "服务队伍")) for o in _orgs(text))


# --- a TV station before its reporter


def test_station_before_its_reporter() -> None:
    text = "（记者周立新 湖南台记者王晓岚）青禾镇今天举行开幕式。"
    assert _orgs(text) == ["湖南台"]
    assert ("湖南", "GPE") not in _tagged(text, "GPE")


@pytest.mark.parametrize(
    "text",
    [
        # a platform's reporter: 平 opens no place
        "（平台记者 王晓岚）青禾镇举行开幕式。",
        # the place inside a word before 台
        "（记者 周立新）青湖南台记者站揭牌。",
    ],
)
def test_station_before_its_reporter_not(text: str) -> None:
    assert not any(o.endswith("台") for o in _orgs(text))


# --- a count of units of two levels


@pytest.mark.parametrize(
    "text",
    [
        "两乡四办及区城管局等职能部门参加会议。",
        "三镇两办负责人参加会议。",
    ],
)
def test_count_of_units_is_no_body(text: str) -> None:
    assert not any(o.startswith(("乡", "镇")) for o in _orgs(text))


def test_level_body_after_a_list_still_read() -> None:
    assert "区城管局" in _orgs("两乡四办及区城管局等职能部门参加会议。")


# --- a school by its county and a name of its own, after a visit's verb or before a count


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # after a visit's verb and its 了
        ("周立新查看了岑巩县育才中学。", ["岑巩县育才中学"]),
        # a count opening a phrase of its own counts the schools just named
        (
            "周立新查看了岚山民族中学和岑巩县育才中学两所寄宿制中学。",
            ["岚山民族中学", "岑巩县育才中学"],
        ),
    ],
)
def test_county_school_after_visit(text: str, found: list[str]) -> None:
    assert _orgs(text) == found


def test_count_of_schools_closing_the_phrase_names_none() -> None:
    assert _orgs("五年来，岑巩县新建学校11所，建成幼儿园3所。") == []


# --- a residents' committee by its short form


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # after 代表, the speaker's role
        ("居民区代表青禾居委作表态发言。", "青禾居委"),
        # a level's character closing the committee's name is the name's
        ("居民区代表新乡居委作表态发言。", "新乡居委"),
    ],
)
def test_residents_committee_short_form(text: str, org: str) -> None:
    assert _orgs(text) == [org]


@pytest.mark.parametrize("text", ["会上，各乡居委负责人发言。", "会上，县乡居委负责人发言。"])
def test_residents_committee_short_form_not(text: str) -> None:
    assert _orgs(text) == []


# --- a company and the tailings pond it runs


def test_company_before_its_tailings_pond() -> None:
    text = "周立新在岚山冀盛矿业有限公司马家沟尾矿库督导检查。"
    assert _orgs(text) == ["岚山冀盛矿业有限公司"]


def test_company_before_its_mine_still_one_body() -> None:
    text = "周立新在青禾矿业有限公司马家沟铁矿督导检查。"
    assert _orgs(text) == ["青禾矿业有限公司马家沟铁矿"]


# --- outlets in the frames of a page's chrome


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a forum's masthead before the post's author field (a city the gazetteers know)
        ("衡阳论坛 作者： 青禾社区发言人 时间： 2024-3-2", ["衡阳论坛"]),
        # after a greeting, before the site's address
        ("0 编辑\n| 欢迎光临 湖南论坛 （https://bbs.example）", ["湖南论坛"]),
        # an account posting, closed by an outlet's kind
        ("桐溪新闻 发表于 2023-10-20 17:11:57", ["桐溪新闻"]),
        # an app to download at the line's end
        ("责任编辑：周立新\n\n更多资讯，下载岚江新闻\n", ["岚江新闻"]),
        # a mini program and its invitation to read on
        ("取消 × 问政岚江小程序 长按进入，阅读更多问政岚江内容", ["问政岚江", "问政岚江"]),
    ],
)
def test_outlet_in_chrome_frame(text: str, found: list[str]) -> None:
    assert _orgs(text) == found


def test_forum_masthead_keeps_no_gpe() -> None:
    text = "湖南论坛 作者： 青禾社区发言人"
    assert ("湖南", "GPE") not in _tagged(text, "GPE")


@pytest.mark.parametrize(
    "text",
    [
        # a menu's section, no place opening it
        "行业报告/农资博客/农资论坛/三农内参/",
        # a user's name before 发表于, no outlet's kind
        "青山远客 发表于 2023-10-20",
        # the platform and the reader's action
        "打开微信小程序，阅读更多精彩内容",
        # the invitation alone names none
        "长按进入，阅读更多精彩内容",
        # an event's forum in a sentence
        "会议在湖南论坛期间召开。",
    ],
)
def test_outlet_in_chrome_frame_not(text: str) -> None:
    assert _orgs(text) == []


# --- a firm's brand opening with a word of the language, after a verb of going


def test_brand_after_going_verb() -> None:
    text = "周立新一行先后深入山河巨能公司、青禾供热有限公司进行查看。"
    assert _orgs(text) == ["山河巨能公司", "青禾供热有限公司"]


def test_two_words_after_going_verb_no_brand() -> None:
    assert _orgs("周立新一行深入推进公司改革。") == []
