"""speak32 (session 32): DIRECTIVE and ISSUED_BY forms of real reports the rules missed. Made-up
sentences in the same grammar (invented names and places); each positive case failed on main
250676b, the guards pass before and after."""

from __future__ import annotations

import pytest

from tests.directive_helpers import directives, issued

# --- a list announced by a later clause that opens with the surname and post ----------------------


def test_list_announced_by_surname_and_post_clause() -> None:
    text = (
        "县委书记韩立青出席会议。最后，韩立青书记作了动员讲话，韩书记首先对去年的工作进行了总结，"
        "分析了当前形势，并对下步工作提出了几条具体要求，一是坚持问题导向，抓好整改落实。"
        "要压紧压实责任，确保实效。二是盯紧薄弱环节，补齐短板弱项。"
    )
    assert issued(text) == [
        ("坚持问题导向，抓好整改落实", "韩"),
        ("要压紧压实责任，确保实效", "韩"),
        ("盯紧薄弱环节，补齐短板弱项", "韩"),
    ]


def test_list_announced_by_later_named_clause() -> None:
    text = (
        "会上，镇长丁远航通报了前期工作情况，镇党委书记韩立青对各村的工作进行了点评，"
        "并提出三点要求：一是抓好环境整治；二是强化宣传引导。"
    )
    assert [who for _, who in issued(text)] == ["韩立青", "韩立青"]


def test_list_announcer_attending_clause_is_passed_over() -> None:
    # (a guard: a later clause that only attends does not announce the list)
    text = (
        "县长韩立青到青禾镇调研创建工作，副县长丁远航陪同，"
        "并对下步工作提出了几条具体要求，一是抓好环境整治；二是强化宣传引导。"
    )
    assert [who for _, who in issued(text)] == ["韩立青", "韩立青"]


# --- 对照…要求，: the standard an act is measured against, no frame ------------------------------


def test_measured_against_requirement_is_no_frame() -> None:
    text = "镇长丁远航强调，要加强组织领导。对照测评要求，逐项查漏补缺，打造村里的样板点位。"
    assert issued(text) == [
        ("要加强组织领导", "丁远航"),
        ("对照测评要求，逐项查漏补缺，打造村里的样板点位", "丁远航"),
    ]


def test_basis_of_another_body_still_ends_the_speaker() -> None:
    # (a guard: 根据省里要求，… relays another body's requirement, nobody named speaks it)
    text = "镇长丁远航要求，各村要加快整改。根据市里要求，年内三成的村要完成达标任务。"
    assert issued(text) == [("各村要加快整改", "丁远航")]


# --- 树牢 opens a continuation of a requirement --------------------------------------------------


def test_shuniu_continues_a_requirement() -> None:
    text = "县长丁远航强调，要加强组织领导。树牢全镇“一张网”意识，层层传导压力，守住安全底线。"
    assert issued(text) == [
        ("要加强组织领导", "丁远航"),
        ("树牢全镇“一张网”意识，层层传导压力，守住安全底线", "丁远航"),
    ]


# --- 解决不…: no 决不 marker ---------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["解决不彻底", "解决不到位"])
def test_jiejue_bu_is_no_marker(verb: str) -> None:
    text = (
        "县长丁远航指出，要正视问题。当前的问题一是工作降温；二是短板不齐，部分小区的问题"
        f"{verb}，占道经营现象依然存在；三是亮点不够。"
    )
    assert directives(text) == ["要正视问题"]


def test_jue_bu_marker_still_read() -> None:
    # (a guard: 决不 / 决不能 as markers)
    text = "县长丁远航强调，各村决不能放松环境整治。"
    assert directives(text) == ["各村决不能放松环境整治"]


# --- 是必须…的: what the task is, an assessment ---------------------------------------------------


def test_must_in_relative_clause_is_an_assessment() -> None:
    text = (
        "会议强调，要鼓足干劲。创建卫生城市是必须答好的民生答卷、发展答卷。要加压奋进，补齐短板。"
    )
    assert directives(text) == ["要鼓足干劲", "要加压奋进，补齐短板"]


def test_key_is_must_still_a_requirement() -> None:
    # (a guard: 重点是必须… with an act asked for)
    text = "县长丁远航强调，重点是必须做好群众工作。"
    assert issued(text) == [("重点是必须做好群众工作", "丁远航")]


# --- 甲和乙强调，: both speak ------------------------------------------------------------------------


@pytest.mark.parametrize("joiner", ["和", "与"])
def test_pair_joined_by_he_both_speak(joiner: str) -> None:
    text = (
        f"市委书记韩立青、市长丁远航检查创建工作。韩立青{joiner}丁远航强调，各部门要抓好落实。"
        "要加强督查，确保实效。"
    )
    assert issued(text) == [
        ("各部门要抓好落实", "韩立青"),
        ("各部门要抓好落实", "丁远航"),
        ("要加强督查，确保实效", "韩立青"),
        ("要加强督查，确保实效", "丁远航"),
    ]


# --- 二要…，督促…: a verb glued inside a requirement is no frame ------------------------------------


@pytest.mark.parametrize(
    "item", ["召开后进村的点评会，督促限期销号", "加密暗访频次，督促各村立行立改"]
)
def test_glued_verb_inside_requirement_keeps_the_speaker(item: str) -> None:
    text = f"县长丁远航要求，一要坚持防止反弹。二要{item}。三要完善长效机制。"
    assert [who for _, who in issued(text)] == ["丁远航", "丁远航", "丁远航"]


# --- a quote that opens the report right after its dateline and byline ---------------------------


def test_quote_after_byline_is_speech_named_after_it() -> None:
    text = (
        "青禾网消息6月3日（记者 闻小溪 韩二）“眼下，复评已到了冲刺阶段，全镇各村（社区）、"
        "各单位要拧成一股绳，全力以赴迎检。”近日，青禾镇党委书记韩立青，在召开的全镇创建推进会上指出。"
    )
    assert issued(text) == [("全镇各村（社区）、各单位要拧成一股绳，全力以赴迎检", "韩立青")]


def test_quote_after_the_name_set_where_it_was_said() -> None:
    text = "开头。“各部门要整合力量，全力以赴迎检。”县长韩立青在会上指出。"
    assert issued(text) == [("各部门要整合力量，全力以赴迎检", "韩立青")]


def test_quoted_formula_and_undated_quote_are_no_speech() -> None:
    # (guards: a formula in quotes; a jingle quoted after a bracket with no dateline)
    assert directives("树立“创建要靠大家”的理念。") == []
    text = "（闻小溪）“绕着小区走一圈，路灯要亮堂。”月初，青禾社区自编了一段顺口溜。"
    assert directives(text) == []


# --- 推进会指出，: the meeting named by its kind, nobody named speaks ---------------------------------


def test_meeting_named_by_its_kind_ends_the_speaker() -> None:
    text = "县长韩立青强调，各部门要抓好落实。此外，动员会指出，各村要加快整改。"
    assert issued(text) == [("各部门要抓好落实", "韩立青")]
