"""ORG recall where the engine tagged the place and lost the body after it, or read no body at
all (issue 16, session 22, orgs23), systematic (b):

- kinds every county or city has that the vocabulary lacked: hospitals named by their specialty
  (县中西医结合医院, 市口腔医院), the supply and marketing cooperative (县供销合作社, 供销社), the
  merged radio and television station (市广播电视总台), the old revolutionary areas' society
  (县老促会), the private enterprises' association, the social governance command centre and the
  government services office (市政务服务管理办公室), and the volunteers' teams of a level
  (县青年志愿服务队; bare they stay generic, as the specialty hospitals bare stay sites);
- a state company's branch named by the place it serves (中国移动某某分公司, 国网某某供电公司);
- a police station or squadron written after its bureau or brigade (某某公安分局某某派出所,
  县交警大队城区中队, 一中队), not before a post (派出所所长 is the title's);
- a community's or village's body after a chain of divisions (某区某某街道某某社区党委,
  某市某某办事处某某社区居民委员会);
- a zone's body where the zone's name runs longer than the level (某市医药高新区创建办);
- a county named by one character after the clause's connective (会议由歙县人民法院承办).

Every sentence is made up; 岚溪, 东湖, 李庄 and the like are invented names; the counties' and
districts' names are only names.
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        (
            "清河县中西医结合医院、清河县供销合作社负责人参加会议。",
            {("清河县中西医结合医院", "ORG"), ("清河县供销合作社", "ORG")},
            {("清河县", "GPE")},
        ),
        (
            "会议由龙海市广播电视总台承办，市老促会、市政务服务管理办公室协办。",
            {("龙海市广播电视总台", "ORG"), ("市老促会", "ORG"), ("市政务服务管理办公室", "ORG")},
            {("龙海市", "GPE")},
        ),
        (
            "近日，芗城区青年志愿服务队、区社会治理现代化指挥中心组织开展活动。",
            {("芗城区青年志愿服务队", "ORG"), ("区社会治理现代化指挥中心", "ORG")},
            {("芗城区", "GPE")},
        ),
        (
            "共建单位有区住建局、中国移动芗城分公司、国网龙海市供电公司。",
            {("中国移动芗城分公司", "ORG"), ("国网龙海市供电公司", "ORG")},
            {("芗城", "GPE"), ("龙海市", "GPE")},
        ),
        (
            "近日，芗城公安分局东湖派出所、芗城区交警大队城区中队联合开展整治。",
            {("芗城公安分局东湖派出所", "ORG"), ("芗城区交警大队城区中队", "ORG")},
            set(),
        ),
        (
            "近日，芗城区东铺头街道东湖社区党委组织党员开展清扫。",
            {("芗城区东铺头街道东湖社区党委", "ORG")},
            {("东湖社区", "LOC"), ("芗城区", "GPE")},
        ),
        (
            "宜都市陆城办事处李庄社区居民委员会组织居民参加。",
            {("宜都市陆城办事处李庄社区居民委员会", "ORG")},
            {("李庄社区", "LOC")},
        ),
        (
            "督查组会同芗城区、漳州医药高新区创建办负责人现场检查。",
            {("漳州医药高新区创建办", "ORG")},
            {("漳州医药高新区", "GPE")},
        ),
        (
            "会议由歙县人民法院承办。",
            {("歙县人民法院", "ORG")},
            {("县人民法院", "ORG")},
        ),
    ],
)
def test_bodies_after_a_place(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), (not_want & got, got)


@pytest.mark.parametrize(
    "text, not_want",
    [
        # the volunteers' teams and the specialty hospitals bare: every unit's, or sites visited
        ("社区党员志愿服务队、巾帼志愿服务队参加活动。", {"党员志愿服务队", "巾帼志愿服务队"}),
        ("检查组先后来到口腔医院、中西医结合医院。", {"口腔医院", "中西医结合医院"}),
        # the station's head: the post's, no body of its own
        ("芗城公安分局东湖派出所所长王某参加。", {"芗城公安分局东湖派出所"}),
        # 和 opens no county of one character (和县 is left out of the list on purpose)
        ("会议由和平县公安局承办。", {"县公安局"}),
    ],
)
def test_no_body(text: str, not_want: set) -> None:
    got = {t for t, label in _tagged(text) if label == "ORG"}
    assert not (got & not_want), got


@pytest.mark.parametrize(
    "text, want",
    [
        # the bureaus that keep branches by area (城南, 开发区) and the tax bureau's formal name
        (
            "芗城区市场监管局城南分局、市公安局开发区分局参加检查。",
            {("芗城区市场监管局城南分局", "ORG"), ("市公安局开发区分局", "ORG")},
        ),
        (
            "国家税务总局龙海市税务局第一税务分局组织开展志愿服务。",
            {("国家税务总局龙海市税务局第一税务分局", "ORG")},
        ),
        # trade associations the campaign enlists, with their level
        (
            "龙海市餐饮行业协会、市物业管理协会发出倡议。",
            {("龙海市餐饮行业协会", "ORG"), ("市物业管理协会", "ORG")},
        ),
        # a county named by one character before a hospital or outlet named after it
        ("歙县中心医院、歙县日报社负责人参加。", {("歙县中心医院", "ORG"), ("歙县日报社", "ORG")}),
    ],
)
def test_branches_and_associations(text: str, want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)


@pytest.mark.parametrize(
    "text, not_want",
    [
        ("县公安局下属分局要加强巡查。", {"县公安局下属分局"}),
        ("市公安局城南分局局长王某参加。", {"市公安局城南分局"}),
    ],
)
def test_no_branch(text: str, not_want: set) -> None:
    got = {t for t, label in _tagged(text) if label == "ORG"}
    assert not (got & not_want), got


@pytest.mark.parametrize(
    "text, want",
    [
        # a town's central kindergarten, named by the town (as its 中心小学 already was)
        ("近日，龙海市徽城镇中心幼儿园组织开展活动。", {("龙海市徽城镇中心幼儿园", "ORG")}),
        # the merged outlets' datelines
        ("岚溪融媒体讯（记者 王某）近日，岚溪召开会议。", {("岚溪融媒体", "ORG")}),
        ("岚溪广电全媒体讯（记者 王某）近日召开会议。", {("岚溪广电全媒体", "ORG")}),
        # a paper's or a site's all-media dateline: the outlet is the paper or the site
        ("岚溪日报全媒体讯（记者 王某）近日召开会议。", {("岚溪日报", "ORG")}),
        ("岚溪新闻网融媒体讯 近日召开会议。", {("岚溪新闻网", "ORG")}),
    ],
)
def test_town_schools_and_outlets(text: str, want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)


def test_all_media_dateline_ends_at_the_paper() -> None:
    got = {
        t for t, label in _tagged("岚溪日报全媒体讯（记者 王某）近日召开会议。") if label == "ORG"
    }
    assert "岚溪日报全媒体" not in got, got


def test_kindergarten_head_is_no_body() -> None:
    got = {t for t, label in _tagged("徽城镇中心幼儿园园长王某参加。") if label == "ORG"}
    assert "徽城镇中心幼儿园" not in got, got


def test_state_owned_company_whole() -> None:
    # 国有 (state-owned) is no function word cutting a company's registered name
    got = _tagged("岚溪市国有资产投资经营有限公司负责人参加会议。")
    assert ("岚溪市国有资产投资经营有限公司", "ORG") in got, got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # 组成 / 组建 / 组团 after a campaign office are verbs, not the office's working group
        ("省爱卫办组成评估组，对岚溪县进行考核。", ("省爱卫办", "ORG"), ("省爱卫办组", "ORG")),
        ("市文明办组建志愿服务队。", ("市文明办", "ORG"), ("市文明办组", "ORG")),
    ],
)
def test_office_before_a_verb_of_forming(text: str, want: tuple, not_want: tuple) -> None:
    got = _tagged(text)
    assert want in got and not_want not in got, got
