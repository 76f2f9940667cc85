"""PERSON, TITLE and HOLDS_TITLE in the forms a blind audit of fresh real reports (session 11,
issue 16) found missed: a working group's roster (a member a line, the name first, a padded
two-character name, the role before a colon holding for the lines under it), a congress's working
committees and offices as items after a titled head, a campaign's numbered inspection group,
untitled names closed by 参加/陪同, a presidium member named alone, and 和 before a word after a
post. Every sentence is made up in the same form; names and places are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import spans_and_holds

_ROSTER = (
    "为做好迎检工作，成立工作领导小组：\n"
    "组　长：柯远山　县委副书记\n"
    "副组长：巴特尔朝鲁　副县长\n"
    "　　　　韩　青　县委常委、宣传部部长\n"
    "成　员：邬　凯　县教育局局长\n"
    "　　　　霍晓川　县融媒体中心主任\n"
    "　　　　戴　林　县交管大队大队长\n"
    "　　　　柳成荫　县供电分公司经理\n"
    "二、工作职责\n"
)


def test_a_roster_reads_each_line_and_its_role() -> None:
    spans, holds = spans_and_holds(_ROSTER)
    persons = [t for t, lab in spans if lab == "PERSON"]
    assert persons == [
        "柯远山",
        "巴特尔朝鲁",
        "韩\u3000青",
        "邬\u3000凯",
        "霍晓川",
        "戴\u3000林",
        "柳成荫",
    ]
    assert holds == {
        ("柯远山", "组\u3000长"),
        ("柯远山", "县委副书记"),
        ("巴特尔朝鲁", "副组长"),
        ("巴特尔朝鲁", "副县长"),
        # a line under 副组长 with no role of its own: the role above holds
        ("韩\u3000青", "副组长"),
        ("韩\u3000青", "县委常委"),
        ("韩\u3000青", "宣传部部长"),
        # 成员 is no post: its lines hold their own posts only
        ("邬\u3000凯", "县教育局局长"),
        ("霍晓川", "县融媒体中心主任"),
        ("戴\u3000林", "县交管大队大队长"),
        ("柳成荫", "县供电分公司经理"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a line of words, not a roster: no name opens it, or no post closes it
        "会议要求：\n各　单位　要高度重视\n",
        "主持人：柯远山　宣布开会\n",
        "地　址：青河县　人民路一号\n",
    ],
)
def test_lines_that_are_no_roster(text: str) -> None:
    spans, holds = spans_and_holds(text)
    assert not holds, holds
    assert not [t for t, lab in spans if lab == "TITLE"], spans


def test_working_committees_and_offices_after_a_titled_head() -> None:
    text = (
        "县人大常委会副主任柯远山，县人大常委会法制工委主任霍晓川、研究室主任戴林、"
        "选任工委主任韩青、代表联络办公室主任柳成荫参加视察。"
    )
    _, holds = spans_and_holds(text)
    assert holds == {
        ("柯远山", "县人大常委会副主任"),
        ("霍晓川", "县人大常委会法制工委主任"),
        ("戴林", "研究室主任"),
        ("韩青", "选任工委主任"),
        ("柳成荫", "代表联络办公室主任"),
    }


def test_a_verb_still_opens_a_clause_before_an_office() -> None:
    # 听取 opens the clause: the office's head is read without it, as before
    spans, _ = spans_and_holds("会上，听取研究室主任戴林汇报。")
    assert ("听取研究室主任", "TITLE") not in spans, spans


def test_a_numbered_inspection_group_of_a_campaign() -> None:
    _, holds = spans_and_holds("市创建督导三组组长霍晓川，区委常委戴林等随行。")
    assert holds == {("霍晓川", "市创建督导三组组长"), ("戴林", "区委常委")}


@pytest.mark.parametrize(
    "text, names",
    [
        ("柯远山、霍晓川、戴林、韩青参加活动。", ["柯远山", "霍晓川", "戴林", "韩青"]),
        ("视察组一行察看了现场。柯远山、霍晓川、戴林陪同。", ["柯远山", "霍晓川", "戴林"]),
        ("开幕会由柯远山主持。霍晓川在主席台前排就座。", ["柯远山", "霍晓川"]),
    ],
)
def test_untitled_names_closed_by_an_act(text: str, names: list[str]) -> None:
    spans, _ = spans_and_holds(text)
    assert [t for t, lab in spans if lab == "PERSON"] == names


@pytest.mark.parametrize(
    "text",
    ["交通、城管、环卫参加活动。", "青河镇、柳塘乡、白石村陪同。"],
)
def test_lists_of_units_closed_by_an_act_are_no_names(text: str) -> None:
    spans, _ = spans_and_holds(text)
    assert not [t for t, lab in spans if lab == "PERSON"], spans


def test_he_before_a_word_after_a_post_opens_no_name() -> None:
    spans, holds = spans_and_holds("市人大常委会组织部分常委会委员和全国、省、市三级人大代表视察。")
    assert not [t for t, lab in spans if lab == "PERSON"], spans
    assert not holds


@pytest.mark.parametrize(
    "text, want",
    [
        # a copy wrapped between the title and the name
        ("县委书记\n柯远山出席会议并讲话。", {("柯远山", "县委书记")}),
        # a space between the title and a name closed by what follows a person
        (
            "市委常委、宣传部部长 霍晓川，副市长 戴林出席。",
            {("霍晓川", "市委常委"), ("霍晓川", "宣传部部长"), ("戴林", "副市长")},
        ),
        # the leaders and their names after a colon
        (
            "出席会议的市领导有：柯远山、霍晓川、戴林。",
            {("柯远山", "市领导"), ("霍晓川", "市领导"), ("戴林", "市领导")},
        ),
    ],
)
def test_titles_apart_from_their_names(text: str, want: set[tuple[str, str]]) -> None:
    assert spans_and_holds(text)[1] == want


@pytest.mark.parametrize(
    "text",
    [
        # a title closing a clause of its own, the next line another sentence
        "会议欢迎县长\n柯远山出席。",
        # a verb of speaking after the space is no name
        "会议由县长 强调，要求各地。",
    ],
)
def test_no_name_across_a_break_where_none_is(text: str) -> None:
    assert not spans_and_holds(text)[1]


# GBK damage the repair could not undo leaves U+FFFD inside a title or a name of a mirror copy
_LOST = "\ufffd"


@pytest.mark.parametrize(
    "text, want",
    [
        # a title's character lost: the title is read across it, as written
        (f"区委{_LOST}记柯远山出席会议。", {("柯远山", f"区委{_LOST}记")}),
        (
            f"区人大常委{_LOST}主任柯远山，{_LOST}政协主席霍晓川出席。",
            {("柯远山", f"区人大常委{_LOST}主任"), ("霍晓川", f"{_LOST}政协主席")},
        ),
        (
            f"{_LOST}领导柯远山、霍晓川出席。",
            {("柯远山", f"{_LOST}领导"), ("霍晓川", f"{_LOST}领导")},
        ),
        # a lost 、 between two titles
        (f"县委副书记{_LOST}县长霍晓川主持。", {("霍晓川", "县委副书记"), ("霍晓川", "县长")}),
        # a name's surname, its last character, or a given name of one lost
        (
            f"区委书记{_LOST}远山，区长霍晓川出席。",
            {(f"{_LOST}远山", "区委书记"), ("霍晓川", "区长")},
        ),
        (f"统战部长{_LOST}青陪同。", {(f"{_LOST}青", "统战部长")}),
        (
            f"区委书记柯远{_LOST}，区长霍晓川出席。",
            {(f"柯远{_LOST}", "区委书记"), ("霍晓川", "区长")},
        ),
        (
            f"区人大常委会主任戴{_LOST}，区政协主席韩青出席。",
            {(f"戴{_LOST}", "区人大常委会主任"), ("韩青", "区政协主席")},
        ),
    ],
)
def test_titles_and_names_with_a_lost_character(text: str, want: set[tuple[str, str]]) -> None:
    assert spans_and_holds(text)[1] == want


def test_a_lost_character_outside_titles_stays_no_title() -> None:
    spans, holds = spans_and_holds(f"会议要求建立{_LOST}长效机制，做到常态管理。")
    assert not holds
    assert not [t for t, lab in spans if lab in ("TITLE", "PERSON")], spans


def test_a_surname_and_post_after_the_body_of_its_level() -> None:
    # after the full name, 县政府 + surname + post names the same official
    _, holds = spans_and_holds(
        "请县政府副县长柯远山与镇长霍晓川签订责任状。下面请县政府柯县长讲话。"
    )
    assert holds == {("柯远山", "县政府副县长"), ("霍晓川", "镇长"), ("柯", "县长")}
    # nobody named 柯 in full: no surname read
    assert not spans_and_holds("下面请县政府柯县长讲话。")[1]
