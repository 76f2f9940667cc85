"""attrib42 (session 42): speaker frames of reports the rules misread. Made-up sentences in the
same grammar (other names, places, numbers); each positive case failed on main a7d5f352, the
guards pass before and after."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from civannot.preannotate.registry import DEFAULT_OFF
from tests.directive_helpers import directives
from tests.directive_helpers import issued_or_none as issued

_LEAD = "市委书记齐远航主持会议。齐远航强调，要把创卫工作抓紧抓实。"

# --- a place, or its officialdom, speaks: nobody named, the speaker before stops there --------


@pytest.mark.parametrize(
    "frame",
    [
        "山西就做好当前防汛工作提出明确要求，",
        "湖南就做好秋冬季防火工作提出了具体要求，",
        "西藏官方近来多次对外表示，",
        "浙江省要求，",
        "贵州日前强调，",
    ],
)
def test_place_frame_ends_the_attribution(frame: str) -> None:
    text = f"{_LEAD}{frame}各地要加快补齐短板。"
    assert issued(text) == [("要把创卫工作抓紧抓实", "齐远航"), ("各地要加快补齐短板", None)]


def test_place_frame_carries_no_edge_to_the_next_paragraph() -> None:
    text = f"{_LEAD}\n河南就做好汛期安全工作提出明确要求，各地要压实责任。\n要加强监测预警。"
    assert issued(text)[1:] == [("各地要压实责任", None), ("要加强监测预警", None)]


@pytest.mark.parametrize(
    "subject",
    ["全省", "各地", "各乡镇", "相关部门"],
)
def test_no_place_subject_keeps_the_speaker(subject: str) -> None:
    # guard: an addressee or a generic subject is no place speaking (before and after)
    text = f"{_LEAD}{subject}要进一步提高认识。"
    assert issued(text)[1] == (f"{subject}要进一步提高认识", "齐远航")


def test_named_official_of_a_place_still_speaks() -> None:
    # guard: a place's official with a name is the named frame (before and after)
    text = f"{_LEAD}山西省副省长石岚就做好防汛工作提出要求，各地要压实责任。"
    assert issued(text)[1] == ("各地要压实责任", "石岚")


# --- the speaker's frame after an unnamed one: 当日 / 当天 between the name and the verb ---------


@pytest.mark.parametrize("verb", ["当天强调", "当日还强调", "当日要求"])
def test_named_frame_after_place_frame(verb: str) -> None:
    text = f"{_LEAD}西藏官方近来表示，要加快发展。身兼党校校长的齐远航{verb}，要坚决守牢安全底线。"
    assert issued(text)[1:] == [("要加快发展", None), ("要坚决守牢安全底线", "齐远航")]


# --- 建议 as a frame: the one who advises requires what follows ----------------------------------


def test_advice_frame_links_the_adviser() -> None:
    text = (
        "1月5日，市政协副主席柯远山到青禾镇调研指导新农村建设。柯远山建议，当地要把古树保护好；"
        "规划要因地制宜，征求和尊重民意。"
    )
    assert issued(text) == [
        ("当地要把古树保护好", "柯远山"),
        ("规划要因地制宜，征求和尊重民意", "柯远山"),
    ]


def test_unnamed_group_advice_has_no_edge() -> None:
    text = f"{_LEAD}调研组建议，要加快发展特色产业。"
    assert issued(text)[1] == ("要加快发展特色产业", None)


def test_opinions_and_advice_asked_for_is_no_frame() -> None:
    # guard: 意见建议 as what was heard is no frame and no directive (before and after)
    text = "齐远航主持座谈会，认真听取企业代表的意见建议。"
    assert directives(text) == []


# --- a name of a surname no list holds, closed by an adverb of the frame and its verb ----------


@pytest.mark.parametrize("adverb", ["特别", "还", "再次", "着重"])
def test_unlisted_surname_before_adverb_and_verb(adverb: str) -> None:
    text = f"市委常委、政法委书记郅远航{adverb}强调：要压实防溺水责任。"
    assert issued(text) == [("要压实防溺水责任", "郅远航")]


def test_unlisted_surname_guard_word_before_adverb() -> None:
    # guard: a post followed by words of the sentence, no name (before and after)
    text = "市委书记还强调，要压实防溺水责任。"
    assert issued(text) == [("要压实防溺水责任", None)]


# --- a second frame later in the sentence: what comes before it keeps the opening frame's name --


def test_later_glued_frame_keeps_the_earlier_units_with_the_opening_mention() -> None:
    text = (
        "在青禾镇，柯远山察看了种植基地。柯远山要求，要理清产业发展思路；要做好长远规划；"
        "在听取汇报后，柯远山充分肯定了该镇的工作，并强调，要落实好每一件实事。"
    )
    sug = suggest(text, disabled=DEFAULT_OFF)
    to = {sug.spans[h].text: sug.spans[t].start for r, h, t in sug.relations if r == "ISSUED_BY"}
    first, second = text.index("柯远山要求"), text.index("柯远山充分")
    assert to["要理清产业发展思路"] == first
    assert to["要做好长远规划"] == first
    assert to["要落实好每一件实事"] == second


# --- the day's meeting speaks: nobody named ------------------------------------------------------


def test_todays_meeting_frame_has_no_edge() -> None:
    text = f"{_LEAD}今天的会议强调，各地要科学研判雨情。"
    assert issued(text)[1] == ("各地要科学研判雨情", None)


# --- the day between the name and the verb --------------------------------------------------------


@pytest.mark.parametrize("day", ["14日", "8月11日", "当天"])
def test_day_between_name_and_verb(day: str) -> None:
    text = f"市长石岚主持会议。石岚强调，要抓好落实。自治区党委书记柯远山{day}强调，各地要科学研判雨情。"
    assert issued(text)[1] == ("各地要科学研判雨情", "柯远山")
