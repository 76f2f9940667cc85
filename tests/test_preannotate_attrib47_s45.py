"""attrib47 (session 45): ISSUED_BY and DIRECTIVE where the pooled dev gold's requirements came in
forms the rules missed. Made-up sentences in the same grammar (other names, places, bodies); each
test but the guards failed on main 29b193c1 (a parametrized class holds a few rows main already
read, kept to show the class's range), the guards pass before and after."""

from __future__ import annotations

import pytest

from tests.directive_helpers import issued_or_none as issued

# --- 要求 / 叮嘱 + an addressee known by its head + an imperative verb, no marker ---------------


@pytest.mark.parametrize(
    ("lead", "addressee"),
    [
        ("周立新表示，坚决拥护县委决定，并要求", "被巡察村党组织"),
        ("周立新在座谈时要求", "岚江镇各级党组织"),
        ("周立新要求", "青石、岚江两级党组织"),
        ("周立新来到社区，叮嘱", "社区工作人员"),
        ("周立新要求", "各村网格员"),
        ("周立新要求", "镇村干部"),
    ],
)
def test_an_addressee_by_its_head_then_the_act(lead: str, addressee: str) -> None:
    text = f"县委书记周立新到岚江镇调研。{lead}{addressee}不断提高服务水平，加强科学谋划。"
    assert issued(text) == [(f"{addressee}不断提高服务水平，加强科学谋划", "周立新")]


def test_a_bare_request_opening_the_sentence_with_such_an_addressee() -> None:
    text = (
        "县委书记周立新与村两委成员座谈交流。要求青石、岚江两级党组织充分发挥引领作用，"
        "积极探索集体经济发展新路子。"
    )
    assert issued(text) == [
        ("青石、岚江两级党组织充分发挥引领作用，积极探索集体经济发展新路子", "周立新")
    ]


def test_an_addressee_head_without_an_act_after_it_is_no_requirement() -> None:
    # guard: the head is followed by no imperative verb (a noun phrase that only names them)
    text = "县委书记周立新要求党组织名单月底前报送。"
    assert issued(text) == []


def test_a_head_word_after_a_report_is_no_requirement() -> None:
    # guard: no verb of requiring before the addressee
    text = "县委书记周立新看望了社区工作人员，并与他们亲切交谈。"
    assert issued(text) == []


# --- 要求 + a sanction or a timing adverb: the order itself ------------------------------------


@pytest.mark.parametrize("order", ["公开通报、问责", "适时启动应急预案", "严肃追责问责"])
def test_an_order_of_sanction_or_timing(order: str) -> None:
    text = f"县委书记周立新发现值班干部不在岗，当场要求{order}。"
    assert issued(text) == [(order, "周立新")]


# --- 作出批示，要求 + the act, and the pair that wrote instructions each ---------------------------


def test_an_instruction_then_a_bare_request() -> None:
    text = "县委书记周立新作出批示，要求迅速组织传达学习文件精神，全面排查整改情况。"
    assert issued(text) == [("迅速组织传达学习文件精神，全面排查整改情况", "周立新")]


def test_two_named_who_each_wrote_an_instruction_both_issue() -> None:
    from civannot.preannotate import suggest
    from civannot.preannotate.registry import DEFAULT_OFF

    text = (
        "市委书记周立新，市委副书记、市长王明远分别作出批示，"
        "要求迅速组织传达学习文件精神，全面排查整改情况。"
    )
    sug = suggest(text, disabled=DEFAULT_OFF)
    edges = sorted(
        (sug.spans[h].text, sug.spans[t].text) for r, h, t in sug.relations if r == "ISSUED_BY"
    )
    body = "迅速组织传达学习文件精神，全面排查整改情况"
    assert edges == [(body, "周立新"), (body, "王明远")]


def test_an_instruction_relayed_is_no_frame() -> None:
    # guard: the instruction is what a meeting relays, nobody named requires here
    text = "会议传达了县委书记周立新作出的批示。与会人员进行了讨论。"
    assert issued(text) == []


# --- 希望 + a town + seizing the chance ----------------------------------------------------------


def test_a_hope_for_a_town_that_seizes_the_chance() -> None:
    text = "县委书记周立新希望岚江镇抢抓发展机遇，大力发展特色产业。"
    assert issued(text) == [("希望岚江镇抢抓发展机遇，大力发展特色产业", "周立新")]


# --- the author of words relayed, named again, does not take the floor from the announced speaker


_RELAYED_MEETING = (
    "11月8日，岚江镇召开党委会议，传达学习市委书记周立新到岚江镇调研指示精神。"
    "镇党委书记王明远主持会议并讲话，镇长李永春传达市委书记周立新在岚江镇调研指示精神。\n"
)


def test_the_relayed_author_named_again_leaves_the_announced_speaker() -> None:
    text = (
        _RELAYED_MEETING + "在冲刺全年目标的关键阶段，周立新书记到岚江调研并提出工作要求，"
        "体现了市委对岚江的高度重视。全镇干部群众要珍惜这份信任，切实把思想统一到市委部署上来。"
    )
    assert issued(text) == [("全镇干部群众要珍惜这份信任，切实把思想统一到市委部署上来", "王明远")]


def test_another_named_speaker_still_takes_the_floor() -> None:
    # guard: a name never relayed before that speaks after the announcement hands the rest back
    # to the opt-in rule (no edge by default)
    text = (
        _RELAYED_MEETING + "副镇长赵建华通报了前期工作情况并提出工作要求，"
        "体现了镇党委的高度重视。全镇干部群众要珍惜这份信任，切实把思想统一到市委部署上来。"
    )
    assert issued(text) == [("全镇干部群众要珍惜这份信任，切实把思想统一到市委部署上来", None)]


# --- a speaker's run of requirements: an item whose idiom holds 是, unmarked sentences that open
# with a manner word or the stage the act starts from


def test_an_item_holding_shi_shi_qiu_shi_is_no_assertion() -> None:
    text = (
        "县委书记周立新提出三点要求：一是深入学习会议精神，准确把握工作内涵；二是紧盯政治责任，"
        "把握监督重点；三是提高政治觉悟，坚持实事求是，密切配合，严守工作纪律。"
    )
    assert issued(text)[-1] == ("提高政治觉悟，坚持实事求是，密切配合，严守工作纪律", "周立新")


def test_an_item_that_asserts_stays_out() -> None:
    # guard: 是 after another character still asserts (a report, not an order)
    text = "县委书记周立新提出两点要求：一是压实工作责任；二是这项工作是全县的重点。"
    assert issued(text) == [("压实工作责任", "周立新")]


@pytest.mark.parametrize(
    "sentence",
    [
        "聚精会神抓招商，持之以恒上项目，全力以赴谋发展",
        "同步抓好冬季供暖设施检查维护",
        "通盘考虑，结合防控需要，做好县疾控中心招聘工作",
        "从招商开始同步考虑项目落地保障措施，从签约开始同步启动项目建设",
    ],
)
def test_an_unmarked_sentence_after_a_requirement_continues_it(sentence: str) -> None:
    text = f"县长周立新强调，各部门要加强调度，完善应急预案。{sentence}。"
    assert issued(text) == [("各部门要加强调度，完善应急预案", "周立新"), (sentence, "周立新")]


def test_such_a_sentence_with_no_requirement_before_it_is_none() -> None:
    # guard: nothing to continue (the sentence before reports)
    text = "县长周立新查看了供暖设施。同步抓好冬季供暖设施检查维护的工作已经完成。"
    assert issued(text) == []


# --- frames of the team's genre written loosely: 强调； for 强调：, 明确…要求： after a sentence
# whose subject is 他, a long roll of the problems before the name


def test_a_semicolon_typed_for_the_frames_colon() -> None:
    text = (
        "市长周立新到岚江检查防汛工作。周立新强调；各乡镇和水务部门要以人民为中心，做好防汛工作。"
    )
    assert issued(text) == [("各乡镇和水务部门要以人民为中心，做好防汛工作", "周立新")]


def test_a_semicolon_after_a_reported_stress_stays_a_semicolon() -> None:
    # guard: 进行了强调； reports; the clause after it is the unnamed meeting's, no speaker
    text = "市长周立新出席会议。会议对防汛工作进行了强调；各乡镇要做好防汛工作。"
    assert issued(text) == [("各乡镇要做好防汛工作", None)]


@pytest.mark.parametrize(
    "before",
    [
        "区委书记周立新发表了重要讲话，他首先对创城形势进行了通报，对当前形势进行了深入分析。",
        "会上，区委书记周立新介绍了工作情况。他首先对创城形势进行了通报，进行了深入分析。",
    ],
)
def test_points_made_plain_after_the_speakers_sentence(before: str) -> None:
    text = f"{before}明确三点要求：一是在全面创建中争先进位。要明确优势和压力。二是在全面梳理中完善设施。"
    assert issued(text) == [
        ("在全面创建中争先进位", "周立新"),
        ("要明确优势和压力", "周立新"),
        ("在全面梳理中完善设施", "周立新"),
    ]


def test_points_after_a_sentence_of_several_have_no_speaker() -> None:
    # guard: 他们 stands for no one person
    text = (
        "会上，区委书记周立新介绍了工作情况。他们首先对创城形势进行了通报。"
        "明确两点要求：一是在全面创建中争先进位。"
    )
    assert issued(text) == [("在全面创建中争先进位", None)]


def test_a_long_roll_of_problems_before_the_named_frame() -> None:
    text = (
        "针对青石街占道经营、岚江路公共设施杂乱、新华路拆迁围栏垃圾、东关一巷和东关六巷的路边"
        "死角垃圾以及文昌街商贩影响居民等问题，周立新指出，老街道的整治工作需要下大力气，"
        "相关部门必须强化责任意识，落实整治工作。"
    )
    assert issued(text) == [("相关部门必须强化责任意识，落实整治工作", "周立新")]


# --- the last step of a meeting's agenda: 最后由某某书记总结强调：


def test_the_agenda_steps_last_speaker_sums_up() -> None:
    text = (
        "会议分为三项议程，首先由王镇长对全镇工作进行了动员部署，随后各村签订责任状，"
        "青石村代表发言交流工作心得，最后由周立新书记总结强调：一是扎实做好防汛工作，"
        "全面排查隐患；二是全面推进河长制。"
    )
    assert issued(text) == [
        ("扎实做好防汛工作，全面排查隐患", "周立新"),
        ("全面推进河长制", "周立新"),
    ]


def test_an_agenda_step_that_only_chairs_frames_nothing() -> None:
    # guard: the last step names a chair; the sentence after it has no speaker
    text = (
        "会议分为三项议程，首先由王镇长对全镇工作进行了动员部署，随后各村签订责任状，"
        "最后由周立新主持。各村要做好防汛工作。"
    )
    assert issued(text) == [("各村要做好防汛工作", None)]


# --- 叮嘱 + the addressee alone + its comma: the requirement opens at the marker


@pytest.mark.parametrize("addressee", ["相关部门", "大家", "社区工作人员"])
def test_an_injunctions_addressee_and_comma_stay_with_the_frame(addressee: str) -> None:
    text = f"县长周立新到岚江镇检查。同时，周立新还叮嘱{addressee}，要继续做好安全防范工作。"
    assert issued(text) == [("要继续做好安全防范工作", "周立新")]


def test_an_injunctions_clause_that_acts_stays_in_the_span() -> None:
    # guard: the clause before the comma holds an act of its own, not the addressee alone
    text = "县长周立新到岚江镇检查。周立新叮嘱相关部门加强管理，要继续做好安全防范工作。"
    assert issued(text) == [("相关部门加强管理，要继续做好安全防范工作", "周立新")]
