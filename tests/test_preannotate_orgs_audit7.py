"""ORG, GPE and LOC in the forms a fresh audit of real reports (session 6, helper audorgs3, issue
16) found missed or wrong. Every example is made up in the same form: the place and person names
are invented, except the divisions of the national list a rule derives its forms from."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, wrong",
    [
        # an outlet named after a place in a breadcrumb and a source line, beside a paper
        (
            "您当前的位置 ： 中国澜州网 >> 澜州新闻\n来源：中国澜州网-西岭商报 编辑：某某\n"
            "澜州市召开创城推进会。据西岭商报报道，会议部署了工作。",
            {("中国澜州网", "ORG"), ("西岭商报", "ORG")},
            None,
        ),
        # two outlets joined by a middle dot, a city's portal before the date
        (
            "澜州网・青湖网 网络支持：某某公司\n澜州市召开会议。",
            {("澜州网", "ORG")},
            ("澜州", "GPE"),
        ),
        (
            "澜州信息港    03-02 20:07:15\n澜州市召开文明办主任会。",
            {("澜州信息港", "ORG")},
            ("澜州", "GPE"),
        ),
        # a dateline in square brackets
        ("【澜州商报网讯】记者某某报道 8月1日，澜州市召开会议。", {("澜州商报网", "ORG")}, None),
    ],
)
def test_outlets_in_headers_and_brackets(
    text: str, want: set[tuple[str, str]], wrong: tuple[str, str] | None
) -> None:
    got = _tagged(text)
    assert want <= got
    if wrong is not None:
        assert wrong not in got


@pytest.mark.parametrize(
    "text, want",
    [
        # a body after a verb of meeting (开市 is a word elsewhere)
        ("5月8日，澜州市委召开市文明委全体会议暨创城启动大会。", {("市文明委", "ORG")}),
        # the urban management bureau's long name holds 和
        (
            "县公安局、城市管理和综合执法局、交警大队负责人汇报了工作。",
            {("城市管理和综合执法局", "ORG")},
        ),
        # a company named as an item of a list
        ("县公安局、青禾社区、岚庭美公司等单位负责人参加。", {("岚庭美公司", "ORG")}),
        # the central propaganda department and a campaign office without a level
        ("会议传达了中宣部关于文明创建的文件精神。", {("中宣部", "ORG")}),
        ("各单位要根据创文办最新工作要求补充材料。", {("创文办", "ORG")}),
        # the campaign's verb opens the leading group's name
        (
            "日前，公司成立了创建省级文明城市工作领导小组。",
            {("创建省级文明城市工作领导小组", "ORG")},
        ),
        # a campaign headquarters' office named after the capital, no level before it
        (
            "澜州市召开创城推进会。首府澜州创城总指挥部办公室召开会议。",
            {("首府澜州创城总指挥部办公室", "ORG")},
        ),
    ],
)
def test_bodies(text: str, want: set[tuple[str, str]]) -> None:
    assert want <= _tagged(text)


def test_autonomous_county_short_form() -> None:
    # 互助土族自治县, 门源回族自治县: written with the plain unit as often as with the full name
    got = _tagged("会上，互助县、门源县等地作交流发言。")
    assert {("互助县", "GPE"), ("门源县", "GPE")} <= got


def test_districts_missing_from_the_national_list() -> None:
    # districts set up after the list's data (Shenzhen's 坪山区)
    got = _tagged("8月18日，坪山区召开创文推进会，坪山全区要高度重视。")
    assert ("坪山区", "GPE") in got


@pytest.mark.parametrize(
    "text, wrong",
    [
        # a county speaking of itself, a functional zone, a venue, the city's urban area
        ("5月20日，自治县召开创建自治区文明城市工作布置会。", ("自治县", "GPE")),
        ("全市各镇街、功能区、各单位要以必胜的信心抓落实。", ("功能区", "GPE")),
        ("推进会在市多功能厅召开。全市各镇街、功能区、各单位要抓落实。", ("功能", "GPE")),
        ("调研组先后到市城区青禾市场、柳岸镇集镇查看。", ("市城区", "GPE")),
        # a kind of company, not a name
        ("城管、物流公司、两家公司等参加。", ("两家公司", "ORG")),
    ],
)
def test_no_false_places_or_bodies(text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in _tagged(text)


def test_named_markets_of_a_kind() -> None:
    # a name before a kind of market (综合市场, 批发市场), after 观摩了 or in a list
    got = _tagged("会前，与会人员先后观摩了青禾综合市场、岚溪批发市场、柳岸路等点位。")
    assert {("青禾综合市场", "LOC"), ("岚溪批发市场", "LOC")} <= got
    # the kind alone, or after a word, names no market
    got = _tagged("要开拓农村综合市场，规范综合市场，加强城区综合市场管理。")
    assert not {label for _, label in got} & {"LOC"}


def test_bare_county_opening_a_meeting() -> None:
    # a county of the national list written bare before 召开 (locals leave the unit out)
    assert ("汉阴", "GPE") in _tagged("3月4日，汉阴召开城市文明建设工作会议。")
    got = _tagged("3月4日，会议召开后各部门迅速行动。")
    assert not {label for _, label in got} & {"GPE"}


@pytest.mark.parametrize(
    "text, want, wrong",
    [
        # colleges and academies named by their place: the place inside is no GPE
        (
            "澜州工程职业学院、青湖农垦科学院的师生参加。",
            {("澜州工程职业学院", "ORG"), ("青湖农垦科学院", "ORG")},
            None,
        ),
        ("他要求学院各部门密切配合。", set(), ("他要求学院", "ORG")),
        # a level and a small body's stem closed by 中心 / 站 / 所, as items of a list
        (
            "会议由县规划站、县农技中心、县爱卫中心承办。",
            {("县规划站", "ORG"), ("县农技中心", "ORG"), ("县爱卫中心", "ORG")},
            None,
        ),
        # venues and places closed by the same kinds are no bodies
        ("一行来到县城中心、市区垃圾站、县文化中心。", set(), ("县文化中心", "ORG")),
        ("一行来到县城中心、市区垃圾站、县文化中心。", set(), ("市区垃圾站", "ORG")),
        ("一行来到县城中心、市区垃圾站、县文化中心。", set(), ("县城中心", "ORG")),
    ],
)
def test_colleges_and_small_bodies(
    text: str, want: set[tuple[str, str]], wrong: tuple[str, str] | None
) -> None:
    got = _tagged(text)
    assert want <= got
    if wrong is not None:
        assert wrong not in got


def test_own_division_and_generic_bodies() -> None:
    # 目前我镇: the town speaking of itself is no GPE
    got = _tagged("会上传达了文件精神，以及目前我镇创建工作进展情况。")
    assert not {label for _, label in got} & {"GPE"}
    # every body of a kind is none
    got = _tagged("各地文明办要加强指导，各区政府要配合。")
    assert not {label for _, label in got} & {"ORG"}


def test_a_detachments_brigade_named_after_its_district() -> None:
    got = _tagged("区教科局、交警支队柳岸大队、青禾居委会做表态发言。")
    assert ("交警支队柳岸大队", "ORG") in got
    assert ("柳岸", "GPE") not in got
    # the head of a brigade is a post, not a body
    assert ("交警支队大队长", "TITLE") in _tagged("交警支队大队长王明远出席。")
