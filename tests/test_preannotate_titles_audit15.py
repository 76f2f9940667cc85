"""PERSON, TITLE and HOLDS_TITLE in forms the session 13 audit of fresh real reports left open
(issue 16, audtitles15): a predicate read as a name after a plural post, a name jieba also holds
as a word before a post, two titles with no mark between, two people with no mark between, a
name of three ending in a unit's character. Every sentence is made up in the same form; names
and places are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import spans_and_holds


@pytest.mark.parametrize(
    "text",
    [
        "会议强调，各镇长要负责，各村支书要配合。",
        "各乡镇党委书记、乡镇长要负责，各部门要配合。",
        "县长要负责，副县长要配合。",
        "县长须亲自过问，分管副县长还要具体抓。",
    ],
)
def test_no_name_after_a_post_of_many_or_before_a_modal(text: str) -> None:
    spans, holds = spans_and_holds(text)
    # 各镇长 is the post of many, held by nobody named; 要负责 is the predicate
    assert not any(lab == "PERSON" for _, lab in spans), spans
    assert not any(lab == "TITLE" for _, lab in spans) and not holds, (spans, holds)


def test_an_unlisted_surname_after_a_post_is_still_read() -> None:
    # (操 is a surname the list lacks: the modal guard leaves such names alone)
    _, holds = spans_and_holds("县委副书记操盛林出席会议。")
    assert holds == {("操盛林", "县委副书记")}


@pytest.mark.parametrize(
    "text, name, post",
    [
        ("王建国副局长主持会议并讲话。", "王建国", "副局长"),
        ("会上，王大明副局长通报了测评情况。", "王大明", "副局长"),
        ("市生态环境局王建国副局长介绍了整改情况。", "王建国", "副局长"),
    ],
)
def test_a_name_jieba_holds_only_as_a_name_before_a_post(text: str, name: str, post: str) -> None:
    spans, holds = spans_and_holds(text)
    assert (name, "PERSON") in spans and (post, "TITLE") in spans, spans
    assert holds == {(name, post)}


@pytest.mark.parametrize(
    "text",
    [
        # words before a post stay out (a word of the language; a word jieba mistags as a name)
        "党组织书记要带头抓。",
        "宣传部长主持会议。",
        "高山副县长出席会议。",
    ],
)
def test_a_word_before_a_post_is_no_name(text: str) -> None:
    spans, _ = spans_and_holds(text)
    assert not any(lab == "PERSON" for _, lab in spans), spans


def test_two_titles_with_no_mark_between_hold_for_the_name_after() -> None:
    text = "检查组有市文明办主任检查组组长戴青松、市文明办调研员柯远山。"
    _, holds = spans_and_holds(text)
    assert holds == {
        ("戴青松", "市文明办主任"),
        ("戴青松", "检查组组长"),
        ("柯远山", "市文明办调研员"),
    }


def test_a_presidium_chair_is_no_two_titles() -> None:
    # 主席团: the post and the next character make a longer word, no second title starts there
    spans, _ = spans_and_holds("副县长霍晓川、川白镇人大主席团主席殷亮陪同检查。")
    assert ("川白镇人大主席", "TITLE") not in spans, spans


@pytest.mark.parametrize(
    "text, holds_want",
    [
        (
            "市委组织处处长柯远山副处长霍晓川参加检查。",
            {("柯远山", "市委组织处处长"), ("霍晓川", "副处长")},
        ),
        (
            "市住建局局长柯远山副局长霍晓川出席。",
            {("柯远山", "市住建局局长"), ("霍晓川", "副局长")},
        ),
    ],
)
def test_two_people_with_no_mark_between(text: str, holds_want: set[tuple[str, str]]) -> None:
    spans, holds = spans_and_holds(text)
    assert holds == holds_want
    assert [s for s, lab in spans if lab == "PERSON"] == ["柯远山", "霍晓川"], spans


@pytest.mark.parametrize(
    "text, name",
    [
        ("街道办葛骞旗书记代表驻地街办发言。", "葛骞旗"),
        ("随后，柯远旗书记强调，要抓好落实。", "柯远旗"),
    ],
)
def test_a_name_of_three_ending_in_a_units_character(text: str, name: str) -> None:
    spans, holds = spans_and_holds(text)
    assert holds == {(name, "书记")}, (spans, holds)


def test_a_banners_own_post_stays_one_title() -> None:
    _, holds = spans_and_holds("会议由县委副书记主持。旗委书记葛青松强调，要抓好创建。")
    assert holds == {("葛青松", "旗委书记")}


# --- forms the first fresh batch of session 14 found (school, hospital and CPPCC pages) ---


@pytest.mark.parametrize(
    "text, name, post",
    [
        ("会上，校长柯远山谈到，文明创建人人有责。", "柯远山", "校长"),
        ("最后，镇长霍晓川讲意见：一是要抓好整改。", "霍晓川", "镇长"),
        ("宣读了实施方案，戴青松院长做了动员讲话。", "戴青松", "院长"),
    ],
)
def test_a_name_closed_by_a_verb_of_speaking_or_doing(text: str, name: str, post: str) -> None:
    _, holds = spans_and_holds(text)
    assert holds == {(name, post)}


def test_names_listed_before_members_or_comrades() -> None:
    text = "座谈中，柯远山、霍晓川、戴青松等委员结合行业实际提出建议。"
    spans, holds = spans_and_holds(text)
    assert [s for s, lab in spans if lab == "PERSON"] == ["柯远山", "霍晓川", "戴青松"], spans
    assert not holds  # the bare word after the names has no level: no TITLE


def test_a_committee_is_no_member() -> None:
    spans, _ = spans_and_holds("会议听取了柯远山、霍晓川等委员会成员的意见。")
    assert not any(lab == "PERSON" for _, lab in spans), spans


def test_a_generic_head_between_a_title_and_the_name() -> None:
    text = "会议由副校长、德育部门负责人柯远山主持。"
    spans, holds = spans_and_holds(text)
    assert holds == {("柯远山", "副校长")}
    assert [s for s, lab in spans if lab == "TITLE"] == ["副校长"], spans


@pytest.mark.parametrize(
    "text, holds_want",
    [
        (
            "以市政协副主席柯远山为第一视察组组长的视察组实地查看了医院。",
            {("柯远山", "市政协副主席"), ("柯远山", "第一视察组组长")},
        ),
        (
            "以市政协副主席霍晓川、戴青松为第二视察分团团长的视察团走访了学校。",
            {
                ("霍晓川", "市政协副主席"),
                ("戴青松", "市政协副主席"),
                ("霍晓川", "第二视察分团团长"),
                ("戴青松", "第二视察分团团长"),
            },
        ),
    ],
)
def test_the_head_of_a_visiting_group_named_with_wei(
    text: str, holds_want: set[tuple[str, str]]
) -> None:
    _, holds = spans_and_holds(text)
    assert holds == holds_want


@pytest.mark.parametrize(
    "text",
    [
        # 长效: the post's last character and the next make a word
        "要注重文明城市长效管理，巩固创建成果。",
        # 领导班子 is one word
        "我院召开推进会，院领导班子、职能科室负责人参加会议。",
    ],
)
def test_no_post_and_name_inside_a_word(text: str) -> None:
    spans, holds = spans_and_holds(text)
    assert not any(lab in ("PERSON", "TITLE") for _, lab in spans) and not holds, spans


def test_a_name_whose_surname_the_list_lacks_after_a_post_ending_a_word() -> None:
    # 长寿 is a word, but 寿远航 is no word: the name stays
    _, holds = spans_and_holds("集团党委书记、董事长寿远航，副总经理霍晓川参加座谈。")
    assert ("寿远航", "董事长") in holds and ("霍晓川", "副总经理") in holds, holds


# --- forms the third fresh batch of session 14 found (town, zone, CPPCC and unit pages) ---


def test_a_given_name_opening_with_zai_after_a_post() -> None:
    text = "管委会主任柯在安带队到村调研。柯在安一行先后同村干部座谈。"
    spans, holds = spans_and_holds(text)
    assert holds == {("柯在安", "管委会主任")}
    assert [s for s, lab in spans if lab == "PERSON"] == ["柯在安", "柯在安"], spans


@pytest.mark.parametrize("text", ["县长柯在会上讲话。", "市长霍在调研中强调，要抓好落实。"])
def test_zai_after_a_surname_and_a_post_stays_the_verb(text: str) -> None:
    spans, _ = spans_and_holds(text)
    assert not any(lab == "PERSON" for _, lab in spans), spans


def test_a_body_with_its_other_name_in_brackets_in_a_chain() -> None:
    text = "会上，市委副秘书长、政研室（改革办）主任柯远山同志作动员讲话。"
    _, holds = spans_and_holds(text)
    assert holds == {("柯远山", "市委副秘书长"), ("柯远山", "政研室（改革办）主任")}


@pytest.mark.parametrize(
    "text, title",
    [
        (
            # (the prefecture before the county in the title again since session 47: every such
            # title of the pooled dev gold keeps it; misc49)
            "上午，怀化市靖州苗族侗族自治县政协副主席柯远山一行来镇参观。",
            "怀化市靖州苗族侗族自治县政协副主席",
        ),
        ("会上，靖州苗族侗族自治县政协副主席柯远山讲话。", "靖州苗族侗族自治县政协副主席"),
    ],
)
def test_a_county_of_two_peoples_belongs_to_its_post(text: str, title: str) -> None:
    _, holds = spans_and_holds(text)
    assert holds == {("柯远山", title)}


def test_a_standing_committee_member_written_in_full() -> None:
    text = "会议上，区委常务委员、宣传部部长柯远山宣读了方案。"
    _, holds = spans_and_holds(text)
    assert holds == {("柯远山", "区委常务委员"), ("柯远山", "宣传部部长")}


# --- forms the fourth fresh batch of session 14 found (city, county and sub-district pages) ---


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("昨天下午，市委书记柯远山轻车简从、不打招呼，深入城区检查。", "柯远山", "市委书记"),
        ("市疾控处处长霍晓川来我县检查指导工作。", "霍晓川", "市疾控处处长"),
    ],
)
def test_a_name_closed_by_how_or_where_the_visit_goes(text: str, name: str, title: str) -> None:
    _, holds = spans_and_holds(text)
    assert holds == {(name, title)}


def test_a_roster_role_a_colon_a_name_and_its_posts_in_brackets() -> None:
    text = "现将成员名单通知如下：组长：柯远山（街道党工委书记）\n常务副组长：霍晓川（街道党工委副书记、办事处主任）"
    _, holds = spans_and_holds(text)
    assert holds == {
        ("柯远山", "组长"),
        ("柯远山", "街道党工委书记"),
        ("霍晓川", "常务副组长"),
        ("霍晓川", "街道党工委副书记"),
        ("霍晓川", "办事处主任"),
    }


@pytest.mark.parametrize(
    "text",
    ["省爱卫会副主任柯远", "参加会议的有市政协文教卫体委主任柯远", "会议由县长霍晓"],
)
def test_a_text_ending_in_a_post_and_a_name_of_two(text: str) -> None:
    # the adjacent-title check asked for a title from the name on and read past the text's end
    # (IndexError on 9a764a8..; reported by audorgs15)
    for k in range(1, len(text) + 1):
        spans_and_holds(text[:k])
    spans, _ = spans_and_holds(text)
    assert (text[-2:], "PERSON") in spans, spans
