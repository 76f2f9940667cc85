"""attrib51 (session 49): ISSUED_BY in forms the pooled dev gold (f50) and the wide pages showed
the rules missing, read as classes. Made-up sentences in the same grammar (other names, places,
bodies); each test but the guards failed on main 95de0b21, the guards pass before and after."""

from __future__ import annotations

import pytest

from tests.span_helpers import labelled, speakers

_VISIT = "8月3日，岚江县委书记周立新到清河镇调研文物保护工作。"


# --- a superior quoted inside the speaker's speech: the quoted one's own requirement is theirs,
# the speaker's next sentences go back to the speaker


@pytest.mark.parametrize(
    ("speech", "quoted"),
    [
        # the General Secretary's requirement glued to his own clause
        (
            "周立新指出，习近平总书记高度重视文化遗产保护工作，强调要坚持保护第一、加强管理。",
            "习近平",
        ),
        # a provincial secretary, the speaker's frame with its occasion
        (
            "周立新在讲话中指出，省委书记王建国十分关心粮食生产，强调要守牢耕地红线。",
            "王建国",
        ),
    ],
)
def test_the_speakers_next_sentences_after_a_quoted_superior(speech: str, quoted: str) -> None:
    text = _VISIT + speech + "我们要切实履行保护职责。各相关部门要加强协作配合。"
    got = speakers(text)
    assert got[0][1] == [quoted]
    assert got[1:] == [
        ("我们要切实履行保护职责", ["周立新"]),
        ("各相关部门要加强协作配合", ["周立新"]),
    ]


def test_the_speaker_goes_on_over_the_next_paragraph() -> None:
    text = (
        _VISIT
        + "周立新指出，习近平总书记高度重视文化遗产保护工作，强调要坚持保护第一。\n"
        + "全县上下要进一步提高认识，压实各方责任。"
    )
    assert speakers(text)[-1] == ("全县上下要进一步提高认识，压实各方责任", ["周立新"])


def test_a_pronoun_after_a_superior_named_inside_the_speech() -> None:
    # the superior is what the speech tells of (his expectation), not a speaker
    text = (
        _VISIT
        + "周立新指出，做好文物保护工作，是习近平总书记对广大干部群众的殷切期望，是县委的重要部署。"
        + "他强调，各乡镇要把文物安全放在首位。"
    )
    assert speakers(text) == [("各乡镇要把文物安全放在首位", ["周立新"])]


def test_a_second_speaker_in_a_sentence_of_their_own_still_speaks() -> None:
    # guard: a new frame in a new sentence names the new speaker, who goes on
    text = (
        "周立新、王建国出席会议并讲话。周立新指出，要提高认识。王建国强调，要压实责任。"
        "全县上下要迅速行动。"
    )
    assert speakers(text) == [
        ("要提高认识", ["周立新"]),
        ("要压实责任", ["王建国"]),
        ("全县上下要迅速行动", ["王建国"]),
    ]


def test_a_pronoun_after_a_name_outside_any_speech_is_that_name() -> None:
    # guard: 王建国 reports in a sentence of his own; 他 is the one named last who speaks
    text = (
        "会上，县委书记周立新主持会议。县长王建国通报了前期创文工作情况。他强调，各部门要压实责任。"
    )
    assert speakers(text) == [("各部门要压实责任", ["王建国"])]


# --- a name a site masked: both characters of the given name hidden (李**)


def test_a_name_masked_with_two_stars_is_the_speaker() -> None:
    text = (
        "3月30日，副市长李**来岚江区调研重点工作进展情况。区委书记周立*汇报了进展情况。"
        "在听取汇报后，李**指出，岚江区各项工作取得显著成效。他要求，要不断提高思想认识，找准目标定位。"
    )
    assert labelled(text, "PERSON") == [("李**", "PERSON"), ("周立*", "PERSON"), ("李**", "PERSON")]
    assert ("副市长", "TITLE") in labelled(text, "TITLE")
    assert speakers(text) == [("要不断提高思想认识，找准目标定位", ["李**"])]


@pytest.mark.parametrize(
    "text",
    [
        # a run of stars standing for a whole name or a year is no name
        "会议要求，要深入学习贯彻******总书记重要讲话精神。",
        "安监局负责人总结了****年安全生产工作。",
        "**月*日下午，岚江县召开迎检部署会。",
    ],
)
def test_a_longer_run_of_stars_is_no_name(text: str) -> None:
    assert labelled(text, "PERSON") == []


# --- a pair whose own acts run to the frame's verb glued in the same sentence: both speak


@pytest.mark.parametrize(
    ("text", "directive"),
    [
        # two titled names parted by a comma, a visit, then 强调
        (
            "8月28日，县委书记周立新，县委副书记、代理县长王建国前往迎检集中办公区看望工作人员，"
            "实地督导迎检情况，强调要全力配合督察工作。",
            "要全力配合督察工作",
        ),
        # a pair's praise, then their hope
        (
            "市委书记周立新、市长王建国对岚江县的创建工作给予充分肯定，认为岚江县思路明确、措施得力，"
            "希望岚江县广泛开展群众性创建活动。",
            "希望岚江县广泛开展群众性创建活动",
        ),
        # a pair's deployment, then 要求
        (
            "会上，镇党委书记周立新、镇长王建国对秋冬种工作进行了具体部署，"
            "要求全镇上下进一步统一思想认识。",
            "全镇上下进一步统一思想认识",
        ),
        # a quoted name of the work among the pair's acts
        (
            "会上，镇党委书记周立新、镇长王建国对“百日攻坚”行动进行了具体部署安排，"
            "对近期工作进行了讲评与调度，要求各村进一步提高政治站位。",
            "各村进一步提高政治站位",
        ),
        # the pair's own words: 说
        (
            "市委书记周立新、市长王建国说，近年来岚江县发展成效显著，各部门要再接再厉。",
            "各部门要再接再厉",
        ),
    ],
)
def test_a_pair_whose_acts_run_to_the_frame_both_speak(text: str, directive: str) -> None:
    assert (directive, ["周立新", "王建国"]) in speakers(text)


def test_a_pair_that_only_escorts_does_not_speak() -> None:
    # guard: the escorts' clause is no speech of theirs; the one they escort speaks
    text = (
        "5月3日，副市长周立新到清河镇调研。县委书记李海波、县长王建国陪同调研。"
        "周立新要求，各部门要压实责任。"
    )
    assert speakers(text) == [("各部门要压实责任", ["周立新"])]


# --- a frame whose 要求 runs on into a clause with no marker and no addressee


def test_a_surname_and_post_frame_before_an_unmarked_clause_names_its_speaker() -> None:
    text = (
        "5月8日，县委书记周立新到清河镇调研，县长王建国陪同。王建国介绍了清河镇的工作情况。"
        "在会上，周书记要求行动迅速及时，责任要细化明确，思想要高度重视。"
    )
    got = speakers(text)
    assert len(got) == 1 and "责任要细化明确" in got[0][0]
    assert got[0][1] == ["周"]


def test_a_requirement_followed_is_no_frame() -> None:
    # guard: 按照某书记要求 is the basis acted on; the speaker before goes on
    text = (
        "5月8日，县委书记周立新到清河镇调研。县长王建国指出，要压实责任。"
        "各村要按照周书记要求加快整改。"
    )
    assert speakers(text)[-1] == ("各村要按照周书记要求加快整改", ["王建国"])
