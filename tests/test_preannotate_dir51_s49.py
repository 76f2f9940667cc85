"""dir51 (session 49): DIRECTIVE spans in forms the pooled dev gold (f50 above all) showed the
rules missing or running together, read as classes. Made-up sentences in the same grammar (other
names, places, bodies); each test but the guards failed on main 95de0b21, the guards pass before
and after."""

from __future__ import annotations

import pytest

from tests.directive_helpers import issued_or_none as issued

MEETING = "岚江县召开文明城市创建推进会。县长周立新出席会议并讲话。"

# --- a speech's point that opens with HOW the work is to be done (以 + the resolve, the attitude,
# the standard, the backing: rule_words manner_nouns), then the act with no marker of its own


@pytest.mark.parametrize(
    "point",
    [
        "以严之又严的态度，各负其责完成创建任务",
        "以更加有力的保障，巩固提升创建成效",
        "以只争朝夕的劲头、背水一战的决心，全面补齐短板",
        "以最好准备、最高标准、最严要求，抓实各项整改",
        "以“钉钉子”的精神，一项一项抓落实",
    ],
)
def test_a_point_opening_with_its_manner_goes_on_with_the_speech(point: str) -> None:
    text = MEETING + "周立新要求，各单位要全面排查问题。" + point + "。"
    assert issued(text) == [("各单位要全面排查问题", "周立新"), (point, "周立新")]


def test_what_a_speaker_stresses_may_open_with_its_manner() -> None:
    text = MEETING + "周立新强调，以无比坚定的信心，全力以赴推进创建工作。"
    assert issued(text) == [("以无比坚定的信心，全力以赴推进创建工作", "周立新")]


def test_a_manner_opening_a_report_is_no_point() -> None:
    # guards: no requirement before it, or a report of what was done (了), or 以来 (a time)
    assert issued(MEETING + "以严之又严的态度，各社区完成了整改任务。") == []
    text = MEETING + "周立新要求，各单位要全面排查问题。以饱满的热情，志愿者们完成了清扫。"
    assert issued(text) == [("各单位要全面排查问题", "周立新")]
    text = MEETING + "周立新要求，各单位要全面排查问题。以来，各社区积极推进整改工作。"
    assert issued(text) == [("各单位要全面排查问题", "周立新")]


# --- after a heading requirement, a sentence of the same speaker with no marker whose ；-clauses
# each open with an imperative of their own: each clause is a point (both golds of f50)


def test_unmarked_points_parted_by_semicolons_are_each_a_point() -> None:
    text = (
        MEETING
        + "周立新强调，要强化担当保成效。压实责任无死角，将任务分解到岗到人，坚决杜绝推诿扯皮；"
        + "严格督查促提升，通过不定期暗访等方式，倒逼工作落实。"
    )
    assert issued(text) == [
        ("要强化担当保成效", "周立新"),
        ("压实责任无死角，将任务分解到岗到人，坚决杜绝推诿扯皮", "周立新"),
        ("严格督查促提升，通过不定期暗访等方式，倒逼工作落实", "周立新"),
    ]


def test_an_anaphoric_run_stays_one_requirement() -> None:
    # a guard: the points open alike (聚焦甲，…；聚焦乙，…): one requirement, as both golds of f46
    # keep such a run whole
    text = (
        MEETING
        + "周立新强调，要强化担当保成效。聚焦环境秩序，加强联合执法；聚焦文明素养，深化宣传引导。"
    )
    assert [d for d, _ in issued(text)] == [
        "要强化担当保成效",
        "聚焦环境秩序，加强联合执法；聚焦文明素养，深化宣传引导",
    ]


def test_a_listed_or_long_opening_is_no_heading() -> None:
    # a guard: a first clause that lists (、) or runs long heads no point of its own
    text = (
        MEETING
        + "周立新强调，要强化担当保成效。压实责任无死角，将任务分解到岗到人；"
        + "聚焦道路、消防等重点，确保平安。"
    )
    assert [d for d, _ in issued(text)] == [
        "要强化担当保成效",
        "压实责任无死角，将任务分解到岗到人；聚焦道路、消防等重点，确保平安",
    ]


def test_semicolon_clauses_after_a_marker_stay_one_requirement() -> None:
    # a guard: the sentence's first clause carries its marker; the ；-clauses after it go on with
    # that requirement, as the golds keep them
    text = (
        MEETING + "周立新强调，各单位要坚持问题导向，加快整改进度；严格督查促提升，倒逼工作落实。"
    )
    assert issued(text) == [
        ("各单位要坚持问题导向，加快整改进度；严格督查促提升，倒逼工作落实", "周立新")
    ]


def test_an_assertion_before_the_semicolon_parts_nothing() -> None:
    # a guard: the clause before the ； asserts (是): no point of its own is cut after it
    text = (
        MEETING + "周立新强调，要强化担当保成效。创建是一项系统工程；严格督查促提升，倒逼工作落实。"
    )
    assert issued(text) == [("要强化担当保成效", "周立新")]


# --- 希望 + a body named with its level's committee and government, then how it is to act
# (高度重视 / 加强 / …): the hope's marker opens a requirement of its own after ；同时，


def test_a_hope_for_the_committee_and_government_opens_its_own_requirement() -> None:
    text = (
        MEETING
        + "周立新指出，要以新馆建设为契机，提升全县文化软实力；同时，"
        + "希望青山县委、县政府高度重视文物安全，切实履行属地管理职责。"
    )
    assert issued(text) == [
        ("要以新馆建设为契机，提升全县文化软实力", "周立新"),
        ("希望青山县委、县政府高度重视文物安全，切实履行属地管理职责", "周立新"),
    ]


def test_a_hope_for_a_body_needs_an_act_after_it() -> None:
    # a guard: 希望 + a body and no act of it (a wish about it) opens no requirement of its own:
    # the clause goes on with the one before, as on main
    text = MEETING + "周立新指出，要提升全县文化软实力；同时，希望县委的支持能够继续。"
    assert [d for d, _ in issued(text)] == ["要提升全县文化软实力；同时，希望县委的支持能够继续"]


# --- 他希望，…: the hope with its comma is the frame; what it governs opens at its addressee (a
# company visited among them)


def test_a_pronouns_hope_with_its_comma_frames_what_follows() -> None:
    text = (
        "副县长周立新到青禾公司调研。周立新一行详细了解了公司运营情况。他希望，"
        "青禾公司充分利用先进技术，在高端产品上做文章；新上项目要在安全上下功夫。"
    )
    assert issued(text) == [
        ("青禾公司充分利用先进技术，在高端产品上做文章", "周立新"),
        ("新上项目要在安全上下功夫", "周立新"),
    ]


def test_a_pronouns_hope_for_a_company_without_an_act_is_none() -> None:
    # a guard: what the hope governs states (是) no act
    text = "副县长周立新到青禾公司调研。他希望，青禾公司是全县的标杆企业。"
    assert issued(text) == []


# --- a point opening with a heading phrase of 攻坚 (rule_words heading_verbs), then its own
# addressee and marker: the heading stays in the span (both golds of f50)


def test_a_heading_of_gongjian_stays_in_its_point() -> None:
    text = (
        MEETING
        + "周立新强调，要聚焦重点抓落实。做好对标排查，对照测评指标开展全覆盖巡查；"
        + "攻坚问题短板，聚焦环境秩序领域，相关部门要集中发力，破解创建顽疾。"
    )
    assert issued(text) == [
        ("要聚焦重点抓落实", "周立新"),
        ("做好对标排查，对照测评指标开展全覆盖巡查", "周立新"),
        ("攻坚问题短板，聚焦环境秩序领域，相关部门要集中发力，破解创建顽疾", "周立新"),
    ]


def test_gongjian_in_a_report_is_no_point() -> None:
    # a guard: without a requirement before it, a sentence of 攻坚 reports
    assert issued(MEETING + "各社区攻坚问题短板，完成整改点位一百余处。") == []


# --- a ；-clause whose only marker is a bare 不能 (GUIDELINES: 决不能 is a marker, 不能 is not)
# opens no requirement of its own: it goes on with the list of standards before it


def test_a_bare_buneng_after_a_semicolon_opens_no_requirement() -> None:
    text = (
        MEETING
        + "周立新强调，社区要做到环境卫生良好，无脏乱差现象；楼道内无堵塞，照明灯完好；"
        + "楼道有灭火器材等消防设施，消防通道不能被占用；要引导居民积极参与创建。"
    )
    assert [d for d, _ in issued(text)] == [
        "社区要做到环境卫生良好，无脏乱差现象；楼道内无堵塞，照明灯完好；"
        "楼道有灭火器材等消防设施，消防通道不能被占用",
        "要引导居民积极参与创建",
    ]


def test_a_marker_besides_buneng_after_a_semicolon_still_opens_one() -> None:
    # a guard: 决不能 is a marker, and a 要 after a bare 不能 still opens the clause
    text = MEETING + "周立新强调，社区要做到环境卫生良好；决不能让占道经营反弹。"
    assert [d for d, _ in issued(text)] == ["社区要做到环境卫生良好", "决不能让占道经营反弹"]
