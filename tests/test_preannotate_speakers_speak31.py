"""speak31 (session 31): DIRECTIVE, ISSUED_BY and the speaker's PERSON/TITLE forms of real
reports the rules missed. Made-up sentences in the same grammar (other names, places, numbers);
each positive case failed on main 2a6d2aa, the guards pass before and after."""

from __future__ import annotations

import pytest

from tests.directive_helpers import directives, issued
from tests.span_helpers import holds, labelled

# --- 某某作重要讲话，要求…: the name gives the speech, it is no author of words relayed -----------


@pytest.mark.parametrize(
    "frame",
    [
        "该镇党委副书记、镇长齐远航作重要讲话，要求",
        "镇长齐远航作了重要讲话，要求",
        "镇长齐远航出席会议并作重要讲话，要求",
        "镇长齐远航发表重要讲话，要求",
    ],
)
def test_speech_given_here_then_its_requirement(frame: str) -> None:
    text = "4月2日，青禾镇召开创卫推进会。" + frame + "各村要落实包保责任；要紧盯薄弱环节。"
    assert issued(text) == [("各村要落实包保责任", "齐远航"), ("要紧盯薄弱环节", "齐远航")]


def test_speech_relayed_is_no_speaker() -> None:
    # the one who relayed the speech requires, not its author (before and after)
    for relayed in ("在全市大会上的重要讲话", "在全市大会上作的重要讲话", "的重要讲话精神"):
        text = f"镇长李方主持会议，传达了市委书记齐远航{relayed}，要求各村加快整改。"
        assert issued(text) == [("各村加快整改", "李方")]


# --- 按照/根据 + surname + post: the official of the basis acted on ------------------------------


def test_basis_official_is_read_and_is_no_speaker() -> None:
    text = (
        "区委常委、宣传部长邬启明到澄岭街道检查创文工作。"
        "当天下午，街道党工委书记陶小然按照邬部长提出的要求，对创文工作作了再安排，"
        "听取了各网格的汇报，并要求包片干部要抓好楼道的杂物清理。"
    )
    assert ("邬", "部长") in holds(text)
    assert issued(text) == [("包片干部要抓好楼道的杂物清理", "陶小然")]


def test_basis_official_after_genju() -> None:
    text = "县委书记周启明到青禾镇调研。镇长李红根据周书记的部署，要求各村要加快整改。"
    assert ("周", "书记") in holds(text)
    assert issued(text) == [("各村要加快整改", "李红")]


def test_basis_name_in_full_is_no_speaker() -> None:
    # (a guard: the full name inside the basis was passed over already)
    text = "镇长李红按照县委书记周启明的要求，要求各村要加快整改。"
    assert issued(text) == [("各村要加快整改", "李红")]


# --- a clause's verb and 了 are no part of a body named by its kind -----------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("会上传达了县创城办主任吴晓梅的讲话。", "县创城办主任"),
        ("大家学习了住建局局长吴晓梅的讲话。", "住建局局长"),
        ("会议学习了县住建局局长吴晓梅的讲话。", "县住建局局长"),
    ],
)
def test_clause_opening_stays_out_of_the_title(text: str, title: str) -> None:
    assert labelled(text, "TITLE") == [(title, "TITLE")]
    assert ("吴晓梅", title) in holds(text)


def test_body_named_by_its_kind_still_read() -> None:
    text = "群工部部长吴晓梅，城建处副处长程立出席。"
    assert [t for t, _ in labelled(text, "TITLE")] == ["群工部部长", "城建处副处长"]
    assert directives(text) == []


# --- a request announced after the speaker's act, in a sentence that does not open with them ---


@pytest.mark.parametrize(
    "lead",
    [
        "会上，各村（社区）逐一发言，柯振群对整改工作一一点评，并提出明确要求。",
        # (the name opening the sentence: read before too)
        "柯振群对整改情况进行点评，并提出明确要求。",
    ],
)
def test_request_announced_after_a_review(lead: str) -> None:
    text = (
        "6月3日，县里召开创卫调度会，县委书记柯振群出席。" + lead + "各村、各站所要抓紧补齐短板。"
    )
    assert issued(text) == [("各村、各站所要抓紧补齐短板", "柯振群")]


@pytest.mark.parametrize(
    "sentence",
    [
        "每周一早上，鹿鸣社区例行召开碰头会，该社区党委书记罗春燕对照考评细则，逐项点评，"
        "并要求限期整改到位。",
        "鹿鸣社区召开碰头会，社区党委书记罗春燕对照“创文考评”清单，逐项点评，并要求限期整改到位。",
    ],
)
def test_requirer_named_in_a_later_clause(sentence: str) -> None:
    assert issued(sentence) == [("限期整改到位", "罗春燕")]


def test_later_clause_with_a_subject_of_its_own_names_nobody() -> None:
    # a clause after the name that opens with a body of its own: the body acts, not the name
    # (a guard: no edge before and after)
    text = (
        "鹿鸣社区召开碰头会，社区党委书记罗春燕主持会议，各楼栋长汇报了进展，并要求限期整改到位。"
    )
    assert issued(text) == []


# --- a sentence with no subject after the speaker's: its announcement or a connective ----------

_PRAISED = "反馈会上，县卫健局副局长陈清从四个维度充分肯定了青禾区的创卫成效。"


@pytest.mark.parametrize(
    "announce",
    [
        "对后续整改提出了三点要求：",
        "就后续整改提出两点要求：",
        "同时提出三点要求：",
    ],
)
def test_points_announced_with_no_subject(announce: str) -> None:
    text = _PRAISED + announce + "一是对照标准，夯实基础；二是突出重点，集中整治。"
    assert issued(text) == [
        ("对照标准，夯实基础", "陈清"),
        ("突出重点，集中整治", "陈清"),
    ]


@pytest.mark.parametrize("connective", ["同时", "随后", "最后", "接着"])
def test_connective_is_no_speaker(connective: str) -> None:
    text = _PRAISED + connective + "要求，各单位要对照标准逐项整改。"
    assert issued(text) == [("各单位要对照标准逐项整改", "陈清")]


def test_no_subject_after_a_team_names_nobody() -> None:
    # a team or the meeting as the subject before: nobody named requires (on 2a6d2aa the
    # speaker before the team carried over into the points)
    text = "县委书记王刚强调，要压实责任。督导组走访了鹿鸣社区。对后续整改提出了三点要求：一是要对照标准；二是要突出重点。"
    assert issued(text) == [("要压实责任", "王刚")]
    text = "会议听取了各单位的汇报。最后要求，各单位要对照标准逐项整改。"
    assert issued(text) == []


# --- a later clause opens with a name of its own after a first clause with another name --------


def test_later_named_clause_requires() -> None:
    text = (
        "8月9日，区政协主席贺立群带领督查组开展了夜查，贺主席一行先后察看了客运站、"
        "夜市，针对发现的问题，现场要求社区立即进行整改。"
    )
    assert issued(text) == [("社区立即进行整改", "贺")]
    text = "县委书记柯振群主持召开会议，县文明办主任罗春燕通报了检查情况，并要求各单位立即整改。"
    assert issued(text) == [("各单位立即整改", "罗春燕")]


def test_later_named_clause_that_only_attends_names_nobody() -> None:
    # (a guard: 陪同 only attends; no edge before and after)
    text = "县委书记柯振群来到城南市场调研，县长罗春燕陪同，要求社区立即进行整改。"
    assert issued(text) == []
