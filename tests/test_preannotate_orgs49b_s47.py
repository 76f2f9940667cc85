"""Session 47 (orgs49b): ORG forms of firms, outlets, schools and community bodies.

Firms: a utility's local company named by its trade (移动公司, 燃气公司) whatever the word before
it (给…、移动公司发放…; 密切配合燃气公司: the clause's words are no part of it), its branch
(邮政分公司, 烟草分公司); a town's by-name (某都) opening a firm's name in a list closed by 等企业;
a firm of rare characters after a verb of going and the coal company it owns named after it
(深入某某公司某某煤业). Outlets: a paper whose name is no
place as the source of a report (据某某商报报道); a site's name alone in brackets heading the page
(【某某网】). Schools: a school named by its county and a name of its own (某县某某中学委员会),
the name a place too. A community's committee or party body written bare (社区居委会正举办…,
社区党委要…), not in a list of kinds.
Every sentence, name and place here is made up."""

from __future__ import annotations

import pytest

from tests.suggestion_texts import orgs as _orgs
from tests.suggestion_texts import tagged as _tagged

# --- utility firms by their trade


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # the last of a list after 给, a verb right after it
        ("周立新给青禾镇、岚山乡、移动公司发放后进流动灰旗。", "移动公司"),
        # a branch by its trade after 的
        ("周立新给得分最低的邮政分公司发放后进流动灰旗。", "邮政分公司"),
        ("副县长周立新在烟草分公司领导的陪同下检查烟田。", "烟草分公司"),
        # the clause's verb phrase before the trade is no part of the name
        ("执法队将密切配合燃气公司做好燃气安全宣传。", "燃气公司"),
        ("周立新建议燃气公司补增燃气安全使用知识。", "燃气公司"),
    ],
)
def test_utility_firm_by_trade(text: str, org: str) -> None:
    assert _orgs(text) == [org]


def test_every_utility_firm_is_no_name() -> None:
    assert _orgs("各燃气公司要加强巡查。") == []


# --- firms listed before 等企业


def test_town_by_name_opens_a_listed_firm() -> None:
    text = "周立新来到岚江种养基地和青禾生物科技、瓷都慕兰思等企业调研。"
    assert _orgs(text) == ["青禾生物科技", "瓷都慕兰思"]


def test_adverb_dou_names_no_listed_firm() -> None:
    assert _orgs("周立新先后到青禾科技、也都来看等企业调研。") == ["青禾科技"]


# --- a firm after a verb of going and the coal company it owns


def test_firm_and_its_coal_company() -> None:
    text = "县长周立新深入中岭华昱公司水泉煤业检查安全生产工作。"
    assert _orgs(text) == ["中岭华昱公司水泉煤业"]


def test_firm_after_going_needs_a_rare_name() -> None:
    assert _orgs("县长周立新深入公司车间检查安全生产工作。") == []


# --- outlets


def test_paper_as_source_of_report() -> None:
    text = "岚江网5月9日讯 据西岭商报报道（首席记者 周立新）5月8日，岚江市委召开会议。"
    assert _orgs(text) == ["岚江网", "西岭商报", "岚江市委"]


def test_source_verbs_name_no_paper() -> None:
    assert _orgs("据了解，据通报消息，会议要求加快推进。") == []


def test_site_alone_in_brackets() -> None:
    assert _orgs("【岚江政务网】\n栏目：岚江政企信息") == ["岚江政务网"]


def test_net_in_brackets_is_no_site() -> None:
    assert _orgs("【织密防护网】\n岚江县召开会议。") == []


# --- a school named by its county and a name of its own


def test_county_school_committees() -> None:
    text = "岚江县召开会议。县委巡察对岚江青禾中学委员会、岚江明德高级中学委员会等学校组织了巡察。"
    assert _orgs(text) == ["县委", "岚江青禾中学委员会", "岚江明德高级中学委员会"]


def test_county_and_common_word_name_no_school() -> None:
    text = "岚江县召开会议。要提升岚江普通中学的办学水平。"
    assert "岚江普通中学" not in _orgs(text)


# --- community bodies written bare


def test_bare_community_bodies() -> None:
    text = "社区居委会正举办周末小课堂。周立新指出，社区党委要切实提高消防安全管理水平。"
    assert _orgs(text) == ["社区居委会", "社区党委"]


def test_community_committee_in_list_of_kinds() -> None:
    text = "燃气企业、社区居委会、物业公司分别汇报。各社区居委会要加强巡查。"
    assert _orgs(text) == []


def test_community_party_secretary_stays_title() -> None:
    text = "在社区党委书记周丽华的陪同下，检查组查看了消防通道。"
    assert ("社区党委书记", "TITLE") in _tagged(text, "ORG", "TITLE")
    assert _orgs(text) == []


# --- schools of a level by their short names, and the school they run


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("周立新一行先后深入县一中、桥岚中学、县职校等学校。", ["县一中", "桥岚中学", "县职校"]),
        ("检查组来到市卫校和区技校。", ["市卫校", "区技校"]),
        # the school a level's school runs, named after it
        (
            "县领导一行先后察看了县教师进修校附属中学，县疾控中心。",
            ["县教师进修校附属中学", "县疾控中心"],
        ),
        ("周立新来到县一中附属小学检查。", ["县一中附属小学"]),
    ],
)
def test_level_school_short_kinds(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


def test_school_post_after_own_school_stays_title() -> None:
    got = _tagged("县职校附属中学校长周立华陪同检查。", "ORG", "TITLE")
    assert ("县职校附属中学校长", "TITLE") in got
    assert [t for t, lab in got if lab == "ORG"] == []


# --- a letter to a university


@pytest.mark.parametrize(
    "text",
    [
        "要认真学习贯彻总书记致岚江大学建校120周年重要贺信精神。",
        "周立新致岚江大学全体师生的信。",
    ],
)
def test_university_after_letters_to(text: str) -> None:
    assert _orgs(text) == ["岚江大学"]


def test_fine_is_no_letter() -> None:
    assert _orgs("同学们要过好精致大学生活。") == []


# --- outlets: the page's own words before the outlet, a site's online edition


def test_greeting_before_login_is_no_site_name() -> None:
    assert _orgs("欢迎登录岚江网     今天是：2023年") == ["岚江网"]


def test_paper_compiled_from_another() -> None:
    text = "岚江日报/岚江网讯 本报综合岚山日报消息，10月27日，会议召开。"
    assert "岚山日报" in _orgs(text)
    assert not any(o.startswith("本报") for o in _orgs(text))


def test_site_online_edition_for_a_place() -> None:
    text = "新华网岚城在线 本报讯（记者 周立）乡镇在新的一年里有什么新思路？"
    assert _orgs(text) == ["新华网岚城在线"]


def test_online_in_a_clause_is_no_edition() -> None:
    assert _orgs("岚江网要在线 办理。") == []


# --- a firm named by a level's trade alone, which jieba reads as a verb


def test_builders_group_by_trade() -> None:
    text = "周立新一行先后来到岚溪社区、岚江测绘院有限公司和建工集团，听取情况。"
    assert _orgs(text) == ["岚江测绘院有限公司", "建工集团"]


def test_level_builders_group() -> None:
    assert _orgs("市建工集团、县路桥公司负责人参加。") == ["市建工集团", "县路桥公司"]


def test_building_is_no_trade() -> None:
    assert "建设集团" not in _orgs("岚江县要加快建设集团总部。")
