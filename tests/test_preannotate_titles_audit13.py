"""PERSON, TITLE and HOLDS_TITLE in the forms a blind audit of fresh real reports (session 12,
issue 16) found missed: hospital and school pages (a unit's leaders and its one-character
name, its own party committee, its assistant heads, clinical grades and departments, a county's
medical alliance), a regiment after its division-city, a state commission's department, a body's
second name in brackets, and a name before its post closed by 以/向/来/都会. Every sentence is
made up in the same form; names and places are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import spans_and_holds


@pytest.mark.parametrize(
    "text, title, names",
    [
        ("会上，院领导柯远山、霍晓川分别就分管工作作了汇报。", "院领导", ["柯远山", "霍晓川"]),
        ("校领导戴林、韩青、柳成荫出席会议。", "校领导", ["戴林", "韩青", "柳成荫"]),
    ],
)
def test_a_units_leaders_and_their_names(text: str, title: str, names: list[str]) -> None:
    _, holds = spans_and_holds(text)
    assert holds == {(n, title) for n in names}


@pytest.mark.parametrize(
    "text",
    [
        # a longer unit before 院领导: its leaders are not the article's own, nothing is read
        "学院领导柯远山、霍晓川出席会议。",
        # leaders with no names after them
        "院领导高度重视创建工作。",
    ],
)
def test_no_unit_leaders_without_the_form(text: str) -> None:
    spans, holds = spans_and_holds(text)
    assert ("院领导", "TITLE") not in spans and ("校领导", "TITLE") not in spans, spans
    assert not any(t in ("院领导", "校领导") for _, t in holds), holds


@pytest.mark.parametrize(
    "text, holds_expected",
    [
        # the unit by its one character after a clause word (由, 听取)
        ("会议由校党委副书记柯远山主持。", {("柯远山", "校党委副书记")}),
        (
            "在听取院党委书记、院长霍晓川的“创建工作汇报”后，他指出。",
            {("霍晓川", "院党委书记"), ("霍晓川", "院长")},
        ),
        ("会上，院纪委书记戴林宣读了决定。", {("戴林", "院纪委书记")}),
        # the unit by its kind alone before its committee, opening a clause
        ("调研组来到市中医医院。医院党委书记韩青陪同。", {("韩青", "医院党委书记")}),
        # the school's own leading group (two campaigns joined by 和) as an item of the chain
        (
            "校党委副书记、校长、校全国文明城市创建和文明校园创建工作领导小组组长柳成荫主持会议。",
            {
                ("柳成荫", "校党委副书记"),
                ("柳成荫", "校长"),
                ("柳成荫", "校全国文明城市创建和文明校园创建工作领导小组组长"),
            },
        ),
    ],
)
def test_a_unit_named_by_its_one_character_or_its_kind(
    text: str, holds_expected: set[tuple[str, str]]
) -> None:
    _, holds = spans_and_holds(text)
    assert holds == holds_expected


def test_a_hospitals_assistant_head_and_clinical_grades() -> None:
    text = (
        "我院党委书记柯远山、副院长霍晓川、院长助理戴林以及各科室负责人参加座谈。"
        "双方商定选派我院心内科副主任医师韩青同志赴对口医院工作，主任医师柳成荫随行。"
    )
    spans, holds = spans_and_holds(text)
    assert holds == {
        ("柯远山", "党委书记"),
        ("霍晓川", "副院长"),
        ("戴林", "院长助理"),
        ("韩青", "心内科副主任医师"),
        ("柳成荫", "主任医师"),
    }
    # 以及 closes the name: its 以 is no last character of it
    assert ("戴林以", "PERSON") not in spans


def test_a_county_medical_alliance_and_its_heads() -> None:
    _, holds = spans_and_holds("县域医共体党委书记柯远山、县域医共体总院长霍晓川陪同调研。")
    assert holds == {("柯远山", "县域医共体党委书记"), ("霍晓川", "县域医共体总院长")}


def test_a_verb_teaching_is_no_professors_title() -> None:
    spans, holds = spans_and_holds("他教授学生书法，深受欢迎。")
    assert not holds and not [t for t, lab in spans if lab == "TITLE"], spans


@pytest.mark.parametrize(
    "text, title",
    [
        ("近日，第八师青河市150团党委书记、政委柯远山带队观摩。", "第八师青河市150团党委书记"),
        ("兵团第七师一二五团党委书记柯远山出席。", "第七师一二五团党委书记"),
        # the regiment alone, as before
        ("84团党委副书记、团长柯远山陪同。", "84团党委副书记"),
    ],
)
def test_a_regiment_after_its_division_city(text: str, title: str) -> None:
    _, holds = spans_and_holds(text)
    assert ("柯远山", title) in holds, holds


def test_a_state_commissions_department_and_the_patriotic_health_office() -> None:
    text = (
        "7日，全国爱国卫生运动委员会办公室副主任、国家卫生健康委规划信息司司长柯远山在发布会上"
        "介绍，省文明办创建处调研员霍晓川主持。"
    )
    _, holds = spans_and_holds(text)
    assert holds == {
        ("柯远山", "全国爱国卫生运动委员会办公室副主任"),
        ("柯远山", "国家卫生健康委规划信息司司长"),
        ("霍晓川", "省文明办创建处调研员"),
    }


def test_a_national_city_title_is_no_body() -> None:
    spans, holds = spans_and_holds("国家卫生城市复审工作推进会召开。")
    assert not holds and not [t for t, lab in spans if lab == "TITLE"], spans


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "会上，县文化广电旅游局（县版权局）局长柯远山作了部署。",
            "县文化广电旅游局（县版权局）局长",
        ),
        ("会上，市委宣传部（市新闻出版局）副部长柯远山出席。", "市委宣传部（市新闻出版局）副部长"),
    ],
)
def test_a_bodys_second_name_in_brackets(text: str, title: str) -> None:
    _, holds = spans_and_holds(text)
    assert holds == {("柯远山", title)}


def test_a_rank_in_brackets_stays_out_of_the_title() -> None:
    _, holds = spans_and_holds("会上，县委宣传部副部长（正科级）柯远山出席。")
    assert holds == {("柯远山", "县委宣传部副部长")}


@pytest.mark.parametrize(
    "text, holds_expected",
    [
        ("会上，韩新副院长以多媒体的形式作了汇报。", {("韩新", "副院长")}),
        ("霍晓川书记向全体师生阐述了创建的意义。", {("霍晓川", "书记")}),
        ("戴林副市长来我院调研", {("戴林", "副市长")}),
        (
            "街道办事处主任韩青带队检查。每到一处，韩主任都会查看台账。",
            {("韩青", "街道办事处主任"), ("韩", "主任")},
        ),
    ],
)
def test_a_name_before_its_post_closed_by_a_preposition_or_an_adverb(
    text: str, holds_expected: set[tuple[str, str]]
) -> None:
    _, holds = spans_and_holds(text)
    assert holds == holds_expected


def test_a_post_before_yishang_is_no_name_and_post() -> None:
    # 以上: a rank and above, nobody named
    _, holds = spans_and_holds("全县副科级以上干部参加会议。")
    assert not holds, holds


# round 2 (check batch of company, congress and district pages)


@pytest.mark.parametrize(
    "text, holds_expected",
    [
        # a second name and post after 、, the branch of a body named by its kind no longer
        # reading the name as the body
        (
            "由省文明办柯远山副主任、周远航副处长，省国资委群宣处霍晓川副处长组成的检查组来到公司。",
            {("柯远山", "副主任"), ("周远航", "副处长"), ("霍晓川", "副处长")},
        ),
        # a name after 对 following a word
        ("韩青同志代表集团对罗远山副部长一行表示欢迎。", {("罗远山", "副部长")}),
        # an acting post after the name
        ("会后，柳成荫代区长带队检查。", {("柳成荫", "代区长")}),
    ],
)
def test_a_name_before_its_post_in_company_and_district_reports(
    text: str, holds_expected: set[tuple[str, str]]
) -> None:
    _, holds = spans_and_holds(text)
    assert holds == holds_expected


def test_a_short_form_of_a_department_head_stays_a_title() -> None:
    # 宣传部长 for 宣传部部长: 宣传 is no name
    spans, holds = spans_and_holds("会上，宣传部长柯远山讲话。")
    assert holds == {("柯远山", "宣传部长")}
    assert ("宣传", "PERSON") not in spans


@pytest.mark.parametrize(
    "text, holds_expected",
    [
        (
            "集团党委书记柯远山，小组成员、质安部经理霍晓川，小组成员、人力资源部副经理戴林等参加。",
            {("柯远山", "集团党委书记"), ("霍晓川", "质安部经理"), ("戴林", "人力资源部副经理")},
        ),
        ("区政府副区长人选韩青主持会议。", {("韩青", "区政府副区长人选")}),
        ("调研组还走访了原全国人大代表柳成荫等。", {("柳成荫", "原全国人大代表")}),
    ],
)
def test_company_departments_nominees_and_former_deputies(
    text: str, holds_expected: set[tuple[str, str]]
) -> None:
    _, holds = spans_and_holds(text)
    assert holds == holds_expected


# round 3: names with no title after a unit or a group named by a generic noun


@pytest.mark.parametrize(
    "text, names",
    [
        ("公司总经理柯远山，领导班子成员霍晓川、戴林参加。", ["柯远山", "霍晓川", "戴林"]),
        ("会议结束。公司韩青、柳成荫、周远航参加。", ["韩青", "柳成荫", "周远航"]),
        ("霍晓川等4名第一书记代表作了交流发言。", ["霍晓川"]),
    ],
)
def test_names_after_a_generic_group_or_before_a_count(text: str, names: list[str]) -> None:
    spans, _ = spans_and_holds(text)
    assert [t for t, lab in spans if lab == "PERSON"] == names


def test_a_units_sections_after_a_generic_noun_are_no_names() -> None:
    spans, _ = spans_and_holds("会议结束。公司财务、人事参加。")
    assert not [t for t, lab in spans if lab == "PERSON"], spans


# round 4 (a second check batch of district, county, town and village pages)


@pytest.mark.parametrize(
    "text, holds_expected",
    [
        # a conference's leaders and their names; each then named with the post after the name,
        # closed by where they go
        (
            "近日，区政协领导柯远山、霍晓川多次到街道检查。8月6日，霍晓川副主席到梅林街道检查。"
            "8月7日下午，柯远山主席前往华富街道巡查。",
            {
                ("柯远山", "区政协领导"),
                ("霍晓川", "区政协领导"),
                ("霍晓川", "副主席"),
                ("柯远山", "主席"),
            },
        ),
        # a preposition opening the clause before a place no list holds; 丘 is a surname
        (
            "10月19日，以青河市委农办副主任丘远山同志为副组长的检查组到白石镇督查。",
            {("丘远山", "青河市委农办副主任")},
        ),
    ],
)
def test_leaders_of_a_conference_and_posts_closed_by_a_destination(
    text: str, holds_expected: set[tuple[str, str]]
) -> None:
    _, holds = spans_and_holds(text)
    assert holds == holds_expected


@pytest.mark.parametrize("text", ["工作人员到位后开始检查。", "当地丘陵地带较多，主任到位。"])
def test_no_name_before_a_post_without_a_name(text: str) -> None:
    spans, holds = spans_and_holds(text)
    assert not holds and not [t for t, lab in spans if lab == "PERSON"], spans
