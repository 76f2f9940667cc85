"""dirs36 (session 34): DIRECTIVE and ISSUED_BY forms of real meeting reports the rules missed
or read wrongly. Made-up sentences in the same grammar (invented names and places); each positive
case fails on main 9a3778b, the guards pass before and after."""

from __future__ import annotations

from tests.directive_helpers import directives, issued

# --- the event or the case the act is asked for: a lead of the requirement ----------------------


def test_event_after_which_the_act_is_asked_stays_in_the_span() -> None:
    text = "县委书记林晓东强调，园区移交完成后，要把精力放在招商引资上，加快产业升级。"
    assert issued(text) == [("园区移交完成后，要把精力放在招商引资上，加快产业升级", "林晓东")]


def test_event_before_which_the_act_is_asked_stays_in_the_span() -> None:
    text = "县长苏明远要求，汛期到来之前，各乡镇要全面排查隐患。"
    assert directives(text) == ["汛期到来之前，各乡镇要全面排查隐患"]


def test_event_when_the_act_is_asked_stays_in_the_span() -> None:
    text = "县长苏明远要求，遇到群众反映的问题时，要第一时间处置。"
    assert directives(text) == ["遇到群众反映的问题时，要第一时间处置"]


def test_case_in_which_the_act_is_asked_stays_in_the_span() -> None:
    text = "县长苏明远要求，一旦发现火情，要第一时间组织扑救。"
    assert directives(text) == ["一旦发现火情，要第一时间组织扑救"]


def test_words_of_time_or_lag_are_no_event() -> None:
    # (guards: 今后 / 目前 head no event; a clause saying what lags behind is an assessment; 同时
    # is a connective)
    assert directives("县长苏明远要求，目前，各乡镇要全面排查隐患。") == ["各乡镇要全面排查隐患"]
    assert directives("县长苏明远指出，这项整改有点滞后，必须加快进度。") == ["必须加快进度"]
    assert directives("县长苏明远指出，各村要清理垃圾。同时，要加大宣传力度。") == [
        "各村要清理垃圾",
        "要加大宣传力度",
    ]


# --- a plan told with 将 before the requirement is a report, not its lead ------------------------


def test_plan_with_future_jiang_stays_out() -> None:
    text = (
        "副县长苏明远指出，从现在开始到月底，全县将集中开展环境卫生整治活动，"
        "各单位一定要盯紧任务，迅速补齐短板。"
    )
    assert issued(text) == [("各单位一定要盯紧任务，迅速补齐短板", "苏明远")]


def test_jiang_as_ba_stays_in_the_lead() -> None:
    # (a guard: 将 taking its object, as 把, is an act the requirement asks)
    text = "副县长苏明远要求，对照任务清单，将问题逐项整改到位，各部门要倒排工期。"
    assert directives(text) == ["对照任务清单，将问题逐项整改到位，各部门要倒排工期"]


# --- a marker inside the requirement a basis names ----------------------------------------------


def test_marker_inside_a_named_requirement_asks_nothing() -> None:
    text = (
        "市长林晓东出席会议。"
        "根据省里提出的青山、云岭两市要首批参评的要求，本年度全市将全面铺开创建。"
    )
    assert directives(text) == []


def test_basis_then_marker_of_its_own_stays() -> None:
    # (a guard: the basis, then the addressee's own marker)
    text = "市长林晓东强调，按照省里的部署要求，各单位要加快进度。"
    assert directives(text) == ["按照省里的部署要求，各单位要加快进度"]


# --- what a task needs of the whole populace describes it ---------------------------------------


def test_need_of_everyone_is_descriptive() -> None:
    text = (
        "副市长林晓东号召说，创卫人人有责，办好这件大事，需要全社会共同参与。"
        "青山市机关干部要带头投身创卫。"
    )
    assert issued(text) == [("青山市机关干部要带头投身创卫", "林晓东")]


def test_need_of_the_audience_is_unchanged() -> None:
    # (a guard: 需要大家… after an assessment without 是, as before)
    text = "林晓东强调，整治涉及千家万户，需要大家携手同心、一起发力。"
    assert directives(text) == ["需要大家携手同心、一起发力"]


# --- speaker frames ------------------------------------------------------------------------------


def test_call_with_shuo_is_a_frame() -> None:
    text = "副市长林晓东号召说，全市干部群众要积极投身创建工作。"
    assert issued(text) == [("全市干部群众要积极投身创建工作", "林晓东")]


def test_told_to_someone_with_the_marker_glued() -> None:
    text = "检查中，副县长苏明远对商户负责人表示要把卫生放在首位，保证顾客吃得放心。"
    assert issued(text) == [("要把卫生放在首位，保证顾客吃得放心", "苏明远")]


def test_pledge_with_biaoshi_stays_no_directive() -> None:
    # (a guard: 表示要 with no one it was said to is a pledge, as before)
    text = "仪式结束时，到场的志愿者都表示要用行动守护家园。"
    assert directives(text) == []


def test_put_forward_after_a_basis() -> None:
    text = "周主任结合本月巡查对各村卫生工作提出要集中人手，挑选条件好的村建样板。"
    assert issued(text) == [("要集中人手，挑选条件好的村建样板", "周")]


# --- verbs that continue a requirement (rule_words continuation_verbs) ---------------------------


def test_zuoshi_continues_a_requirement() -> None:
    text = (
        "副县长苏明远要求，各乡镇要绷紧安全之弦。"
        "做实隐患清单，坚持问题导向；聚焦道路、消防等重点，确保平安。"
    )
    assert issued(text) == [
        ("各乡镇要绷紧安全之弦", "苏明远"),
        ("做实隐患清单，坚持问题导向；聚焦道路、消防等重点，确保平安", "苏明远"),
    ]


def test_maoding_continues_a_requirement() -> None:
    text = "县长林晓东强调，要传播文明新风。锚定省级卫生县城这一目标；坚持以问题为导向推进整改。"
    assert directives(text) == [
        "要传播文明新风",
        "锚定省级卫生县城这一目标；坚持以问题为导向推进整改",
    ]


def test_zuoshi_in_a_report_stays_no_directive() -> None:
    # (a guard: without a requirement before it, a sentence of 做实 is a report)
    text = "青山镇召开会议。做实隐患清单，坚持问题导向，确保平安。"
    assert directives(text) == []


# --- a body and how it is to take the work in hand, before the marker's clause ------------------


def test_body_acting_before_the_marker_is_the_first_addressee() -> None:
    text = (
        "副县长苏明远要求，一要加强值守。"
        "二要关注雨情。水文部门密切监测河道水位，及时发布预警，各乡镇要做好转移准备。"
    )
    assert directives(text) == [
        "一要加强值守",
        "二要关注雨情",
        "水文部门密切监测河道水位，及时发布预警，各乡镇要做好转移准备",
    ]


def test_body_answering_before_the_marker_stays_out() -> None:
    # (a guard: a body's answer, 纷纷 / 积极响应, is a report, as in the continuation)
    text = "副县长苏明远指出，水文部门积极响应，各乡镇要做好转移准备。"
    assert directives(text) == ["各乡镇要做好转移准备"]


# --- a chair who spoke as well is who 他 speaks for ----------------------------------------------


def test_pronoun_after_a_chair_who_spoke() -> None:
    text = (
        "县委书记林晓东要求，各级各部门要增强责任意识。\n"
        "县长苏明远主持会议，并就落实工作讲了几点意见。他强调，各乡镇要立即行动。"
    )
    assert issued(text) == [
        ("各级各部门要增强责任意识", "林晓东"),
        ("各乡镇要立即行动", "苏明远"),
    ]


def test_pronoun_after_a_chair_only_passes_over_him() -> None:
    # (a guard: a chair who only chairs is passed over, as before)
    text = "县委书记林晓东出席会议并讲话。\n县长苏明远主持会议。他指出，各乡镇要立即行动。"
    assert issued(text) == [("各乡镇要立即行动", "林晓东")]
