"""PERSON and SLOGAN forms of session 38 (names38; GUIDELINES.md: SLOGAN is a quoted fixed
formula of campaign discourse, not a word quoted for emphasis or a saying). Mottos of parts named
by a kind that only a motto of parts takes (导向, 要求, 目标, 办法, 方法, a count of its parts
before 意识, the content of a spirit or a guiding idea), the same inside single quotes, one part
before 的意识, and sayings weighed as a choice (宁可 / 不可 / 不怕), which are none. Every example
is made up in the same forms: the names are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged
from tests.preannotate_support import holds_texts as _holds


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a motto of parts before a kind that names a motto of parts only
        (
            "要牢固树立“苦干为先、实干为本，用实绩说话、让群众评判”的鲜明导向。",
            {("苦干为先、实干为本，用实绩说话、让群众评判", "SLOGAN")},
            set(),
        ),
        (
            "落实党员干部“进门、解难、问需到一线”要求。",
            {("进门、解难、问需到一线", "SLOGAN")},
            set(),
        ),
        ("就以“挂图作战，逐项对账销号”的办法推进。", {("挂图作战，逐项对账销号", "SLOGAN")}, set()),
        # one part before these kinds is a topic or an emphasis
        ("主任都会提出“马上整改”要求。", set(), {("马上整改", "SLOGAN")}),
        ("实现群众增收“共赢”目标。", set(), {("共赢", "SLOGAN")}),
        # one-character parts counted before the awareness they name
        ("要牢固树立“干、拼、快、实”四种意识。", {("干、拼、快、实", "SLOGAN")}, set()),
        # the content of a spirit, a guiding idea
        (
            "发扬以“扎根边疆、甘于奉献、团结奋斗、开拓创新”为主要内涵的垦区精神。",
            {("扎根边疆、甘于奉献、团结奋斗、开拓创新", "SLOGAN")},
            set(),
        ),
        # single quotes inside a quotation, a motto longer than 24 characters
        (
            "他说，我们将采取‘明查与暗查相结合、督办与交办相结合、评比和通报相结合’的方法推进。",
            {("明查与暗查相结合、督办与交办相结合、评比和通报相结合", "SLOGAN")},
            set(),
        ),
        # one part of four before 的意识
        ("要强化安全生产“抓细抓早”的意识。", {("抓细抓早", "SLOGAN")}, set()),
        ("要增强“主人翁”的意识。", set(), {("主人翁", "SLOGAN")}),
        # sayings weighed as a choice, numerals and all
        (
            "宁可“十防九空”，不可“一失万无”，不怕“兴师动众”。",
            set(),
            {("十防九空", "SLOGAN"), ("一失万无", "SLOGAN"), ("兴师动众", "SLOGAN")},
        ),
        ("深入开展“五清一改”行动。", {("五清一改", "SLOGAN")}, set()),
    ],
)
def test_names38_slogan_forms(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # the leaders of a level's government before a list of their names
        (
            "会议召开，县政府领导孙向东、蔡明军、李建平出席会议。",
            {
                ("县政府领导", "TITLE"),
                ("孙向东", "PERSON"),
                ("蔡明军", "PERSON"),
                ("李建平", "PERSON"),
            },
            {("县政府", "ORG")},
        ),
        ("要在市政府领导下开展工作。", set(), {("市政府领导", "TITLE")}),
        # a grade of cadres or a government's counsellors before a list of names
        (
            "县长主持，副县级干部方立春、饶锦华、陈国平参加学习。",
            {("方立春", "PERSON"), ("饶锦华", "PERSON"), ("陈国平", "PERSON")},
            set(),
        ),
        (
            "调研组一行。市政府参事关立英、阮忠明、沈志强参加调研。",
            {("关立英", "PERSON"), ("阮忠明", "PERSON"), ("沈志强", "PERSON")},
            set(),
        ),
        # a name and its post before an adverb of sequence, the report given, the praise given
        (
            "今天会上，市委高立明书记还将作重要讲话。",
            {("高立明", "PERSON"), ("书记", "TITLE")},
            set(),
        ),
        (
            "于海涛说，梁惠文省长所作的政府工作报告很好。",
            {("梁惠文", "PERSON"), ("省长", "TITLE")},
            set(),
        ),
        (
            "王明华局长高度肯定了社区的工作。",
            {("王明华", "PERSON"), ("局长", "TITLE")},
            set(),
        ),
    ],
)
def test_names38_person_forms(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


def test_names38_holds_for_government_leaders() -> None:
    holds = _holds("会议召开，县政府领导孙向东、蔡明军出席会议。")
    assert {("孙向东", "县政府领导"), ("蔡明军", "县政府领导")} <= holds, holds


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a commander's and a river chief's deputies standing alone before a name
        (
            "垦区党委常委、副司令刘立新出席座谈会。",
            {("副司令", "TITLE"), ("刘立新", "PERSON")},
            set(),
        ),
        (
            "镇河长俞立强书记、副河长郑双辉带领工作人员巡河。",
            {("副河长", "TITLE"), ("郑双辉", "PERSON")},
            set(),
        ),
        # a body's kind 委 / 部 glued before a name and its post
        (
            "县政协提案委王立荣主任、农业农村委郑立荣主任参加调研。",
            {("王立荣", "PERSON"), ("郑立荣", "PERSON"), ("主任", "TITLE")},
            set(),
        ),
        ("带领副秘书长雷立新、我委王立斌副主任深入调研。", {("王立斌", "PERSON")}, set()),
        # the work a post's holder directs after the name and the post
        (
            "2020年10月7日李立扬镇长调度秸秆禁烧工作。",
            {("李立扬", "PERSON"), ("镇长", "TITLE")},
            set(),
        ),
        # one leader named before 的陪同下
        (
            "在县委常委殷立华，县领导赵立济的陪同下，先后到车站检查。",
            {("县领导", "TITLE"), ("赵立济", "PERSON")},
            set(),
        ),
        ("他是司令部的人。", set(), {("司令", "TITLE")}),
    ],
)
def test_names38_posts_and_bodies(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a year named by the work it is given to; not a count of years or the new year
        (
            "深入贯彻市委“奋进提速年”部署要求。今年是“安全监管年”。",
            {("奋进提速年", "SLOGAN"), ("安全监管年", "SLOGAN")},
            set(),
        ),
        ("大家一起“欢欢喜喜过大年”。", set(), {("欢欢喜喜过大年", "SLOGAN")}),
        # a named programme
        ("完善“春苗计划”，打造升级版。", {("春苗计划", "SLOGAN")}, set()),
        # a numbered code before the goals, the system or the plan it names; not a year
        (
            "锚定“668”目标，推进“1520”工作体系，落实“357”总体部署。",
            {("668", "SLOGAN"), ("1520", "SLOGAN"), ("357", "SLOGAN")},
            set(),
        ),
        ("实现“2030”目标。", set(), {("2030", "SLOGAN")}),
        # a task ranked first after 的 is a named one, no figure
        ("实施好这一牵动全局的“头号工程”，推进发展。", {("头号工程", "SLOGAN")}, set()),
        # one leader, then the others who go along
        (
            "县领导李立武及县直部门负责人陪同。",
            {("县领导", "TITLE"), ("李立武", "PERSON")},
            set(),
        ),
    ],
)
def test_names38_named_years_codes_and_leaders(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a photo caption pointing at the middle
        ("图为王立国（中）一行在调研。", {("王立国", "PERSON")}, set()),
        ("王立国（前排中）在调研。", {("王立国", "PERSON")}, set()),
        # a leaders' list whose last name follows a conjunction
        (
            "县领导王立国、李明华和赵建国出席会议。",
            {("王立国", "PERSON"), ("李明华", "PERSON"), ("赵建国", "PERSON")},
            set(),
        ),
        (
            "市领导王立国和李明华出席会议。",
            {("市领导", "TITLE"), ("王立国", "PERSON"), ("李明华", "PERSON")},
            set(),
        ),
        # (a title of its own after the conjunction holds that name)
        (
            "县领导王立国和县长李明华出席会议。",
            {("县长", "TITLE"), ("李明华", "PERSON")},
            set(),
        ),
        # a motto of parts put as the line of work
        (
            "紧紧围绕“聚焦新发展，勇当排头兵”这一主线，深入实施。",
            {("聚焦新发展，勇当排头兵", "SLOGAN")},
            set(),
        ),
        ("围绕“环境”这一主题。", set(), {("环境", "SLOGAN")}),
    ],
)
def test_names38_captions_joined_lists_and_lines(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


def test_names38_joined_leader_holds_the_leaders_title() -> None:
    holds = _holds("县领导王立国、李明华和赵建国出席会议。")
    assert ("赵建国", "县领导") in holds, holds
    holds = _holds("县领导王立国和县长李明华出席会议。")
    assert ("李明华", "县长") in holds and ("李明华", "县领导") not in holds, holds


def test_names38_surname_and_comrade_is_no_name() -> None:
    got = _tagged("刚才，张同志宣读了表彰决定，李同志通报了情况。")
    assert not {("张同志", "PERSON"), ("李同志", "PERSON")} & got, got
    assert ("张立国", "PERSON") in _tagged("刚才，张立国同志宣读了表彰决定。")
