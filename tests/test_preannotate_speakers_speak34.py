"""speak34 (session 32): DIRECTIVE and ISSUED_BY forms of real meeting reports (flood control,
fire prevention, safety) the rules missed. Made-up sentences in the same grammar (invented names
and places); each positive case fails on main c629fac, the guards pass before and after."""

from __future__ import annotations

from tests.directive_helpers import directives, issued

# --- 批示指出，: the written instruction speaks for who gave it --------------------------------------


def test_instruction_frame_resolves_to_who_gave_it() -> None:
    text = (
        "青山县召开防汛工作会议。市委书记林晓东作出批示。批示强调，今年以来，全县防汛形势总体平稳。"
        "各乡镇要压实责任，加强巡查。全面排查隐患，确保安全度汛。"
    )
    assert issued(text) == [
        ("各乡镇要压实责任，加强巡查", "林晓东"),
        ("全面排查隐患，确保安全度汛", "林晓东"),
    ]


def test_instruction_frame_with_important_instruction() -> None:
    text = "市长苏明远同志作出重要批示。批示要求，各地要把安全生产摆在突出位置。"
    assert issued(text) == [("各地要把安全生产摆在突出位置", "苏明远")]


def test_instruction_frame_without_a_giver_names_nobody() -> None:
    # (a guard: a 批示 nobody named gave in the sentence before has no speaker)
    text = "县长林晓东出席青山县森林防火会议。批示指出，各乡镇要加强巡山护林。"
    assert directives(text) == ["各乡镇要加强巡山护林"]
    assert issued(text) == []


# --- 抓牢…，务必… / 抓实…，务必…: an imperative clause before the marker opens the requirement ---------


def test_zhuaolao_clause_before_wubi_opens_the_requirement() -> None:
    text = "会议要求，各村要抓牢安全责任，务必守住底线；抓实隐患排查，务必不留死角。"
    assert directives(text) == [
        "各村要抓牢安全责任，务必守住底线",
        "抓实隐患排查，务必不留死角",
    ]


# --- 仍需 after a report of problems: an assessment ------------------------------------------------


def test_reng_xu_after_problems_is_an_assessment() -> None:
    text = "本次检查总体较好，但在农贸市场等方面还存在一些问题，仍需抓紧整治。"
    assert directives(text) == []


def test_xu_with_addressee_stays_a_directive() -> None:
    # (a guard: prescriptive 需 with the act after it)
    text = "副县长林晓东强调，各单位需进一步压实责任，加强值班值守。"
    assert directives(text) == ["各单位需进一步压实责任，加强值班值守"]


# --- …作具体工作要求：一、…: a heading numbered 一、 right after the frame's colon ------------------


def test_heading_numbered_right_after_requirement_colon() -> None:
    text = (
        "会上，镇党委书记林晓东作工作要求：一、强化认识，将防汛作为全镇当前的头等大事。"
        "落细落实巡查值守各个环节，尽快补上薄弱环节，健全制度；要各司其职、主动作为，推动工作落实。"
    )
    assert issued(text) == [
        ("强化认识，将防汛作为全镇当前的头等大事", "林晓东"),
        ("落细落实巡查值守各个环节，尽快补上薄弱环节，健全制度", "林晓东"),
        ("要各司其职、主动作为，推动工作落实", "林晓东"),
    ]
