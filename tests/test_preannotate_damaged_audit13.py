"""PERSON, TITLE and HOLDS_TITLE beside characters that GBK damage left lost (U+FFFD), in the
forms the traditional mirror copies give (session 12 audit, issue 16). The commonest: the mark
before a title loses its lead byte, and with it the next character's (`落實??h委` becomes
落实\ufffd县委 or 落实\ufffd\ufffd委). Every sentence is made up in that form; names are invented. The
spans keep every lost character as written (GUIDELINES: annotate what is written)."""

from __future__ import annotations

import pytest

from tests.preannotate_support import spans_and_holds

_LOST = "\ufffd"


@pytest.mark.parametrize(
    "text, want",
    [
        # the mark lost between a word and a title that is whole without it: no level is read
        # into the title (新区委副书记, 省副县长)
        (
            f"活动结束后召开座谈会{_LOST}区委副书记、区长詹云舟讲话。",
            {("詹云舟", "区委副书记"), ("詹云舟", "区长")},
        ),
        (
            f"各单位作了表态发言{_LOST}副县长石秋岚对下步工作提出要求。",
            {("石秋岚", "副县长")},
        ),
        # a level guessed only to open a title whose place slot swallows words (省议由区委常委)
        (
            f"{_LOST}议由区委常委、常务副区长阮清禾主持。",
            {("阮清禾", "区委常委"), ("阮清禾", "常务副区长")},
        ),
    ],
)
def test_a_lost_mark_before_a_title_stays_out_of_it(text: str, want: set) -> None:
    assert spans_and_holds(text)[1] == want


@pytest.mark.parametrize(
    "text, want",
    [
        # the title's own first character lost after a mark or after 由: still read across it
        (
            f"会议传达了上级精神。{_LOST}人大常委会主任詹云舟出席。",
            {("詹云舟", f"{_LOST}人大常委会主任")},
        ),
        (f"会议由{_LOST}政协主席石秋岚主持。", {("石秋岚", f"{_LOST}政协主席")}),
        # lost inside a title, after a written level: read across it as before
        (f"会议指出，县{_LOST}副书记阮清禾要求立即整改。", {("阮清禾", f"县{_LOST}副书记")}),
        # 。 and 县 both lost (落实\ufffd\ufffd委): the second is the title's level
        (
            f"会议要求各单位抓好落实{_LOST}{_LOST}委副书记、县长詹云舟出席会议。",
            {("詹云舟", f"{_LOST}委副书记"), ("詹云舟", "县长")},
        ),
    ],
)
def test_a_title_that_lost_its_own_character_is_still_read(text: str, want: set) -> None:
    assert spans_and_holds(text)[1] == want


@pytest.mark.parametrize(
    "text, want",
    [
        (
            f"督导组察看了农贸市场。县领导詹云舟{_LOST}石秋岚陪同检查。",
            {("詹云舟", "县领导"), ("石秋岚", "县领导")},
        ),
        (
            f"县领导詹云舟、石秋岚{_LOST}阮清禾参加活动。",
            {("詹云舟", "县领导"), ("石秋岚", "县领导"), ("阮清禾", "县领导")},
        ),
    ],
)
def test_a_lost_comma_in_a_leaders_list(text: str, want: set) -> None:
    assert spans_and_holds(text)[1] == want


def test_the_leaders_term_that_lost_a_character() -> None:
    _, holds = spans_and_holds(f"县领{_LOST}詹云舟、石秋岚参加活动。")
    assert holds == {("詹云舟", f"县领{_LOST}"), ("石秋岚", f"县领{_LOST}")}


def test_two_lost_side_by_side_inside_a_title() -> None:
    _, holds = spans_and_holds(f"镇党委{_LOST}{_LOST}记、镇长詹云舟通报了整治情况。")
    assert holds == {("詹云舟", f"镇党委{_LOST}{_LOST}记"), ("詹云舟", "镇长")}


def test_two_lost_side_by_side_end_a_title() -> None:
    _, holds = spans_and_holds(
        f"各乡镇负责人参加会议。县委{_LOST}{_LOST}、宣传部部长詹云舟作了部署。"
    )
    assert holds == {("詹云舟", f"县委{_LOST}{_LOST}"), ("詹云舟", "宣传部部长")}


@pytest.mark.parametrize(
    "text, want",
    [
        # the verb after the last titled name lost a character (出席, 陪同)
        (
            f"县人大常委会主任詹云舟、县政协主席石秋岚出{_LOST}。",
            {("詹云舟", "县人大常委会主任"), ("石秋岚", "县政协主席")},
        ),
        (
            f"县领导詹云舟、石秋岚陪{_LOST}检查。",
            {("詹云舟", "县领导"), ("石秋岚", "县领导")},
        ),
    ],
)
def test_a_verb_after_a_titled_name_that_lost_a_character(text: str, want: set) -> None:
    assert spans_and_holds(text)[1] == want


@pytest.mark.parametrize(
    "text, person",
    [
        # the lost character opens 要求: the name keeps its three characters (not 黄德 + 明确)
        (f"会议指出，县委副书记阮清禾{_LOST}求各部门立即整改。", "阮清禾"),
        # the name's own last character lost before 出席: no verb read into it
        (f"会上，县长詹云{_LOST}出席并讲话。", f"詹云{_LOST}"),
    ],
)
def test_no_name_is_cut_for_a_verb(text: str, person: str) -> None:
    persons = [t for t, lab in spans_and_holds(text)[0] if lab == "PERSON"]
    assert persons == [person]


def test_a_lost_character_between_names_with_no_leaders_stays() -> None:
    # no leaders' term heads the names: nothing is read as a list
    spans, holds = spans_and_holds(f"据介绍，参加活动的有詹云舟{_LOST}石秋岚等志愿者。")
    assert not holds
