"""Persons and titles of the session 18 audit of PERSON recall (persons19, issue 16), in forms
read in real reports the rules missed: a list of names with no title closed by the count of the
people they are, transliterated names of Yunnan's and Sichuan's Tibetan prefectures, rare
surnames, a democratic party's committee chair. Sentences are made up."""

from __future__ import annotations

import pytest

from tests.preannotate_support import spans_and_holds as _out


def _persons(spans: set[tuple[str, str]]) -> set[str]:
    return {t for t, lab in spans if lab == "PERSON"}


def _public(text: str, names: set[str]) -> None:
    """Members of the public: PERSON under the opt-in person.citizen only (GUIDELINES' PERSON is
    an official or anyone acting in an official capacity; lead19)."""
    spans, _ = _out(text, opt_in=True)
    assert names <= _persons(spans), spans
    spans, _ = _out(text)
    assert not names & _persons(spans), spans


def test_names_closed_by_the_count_of_the_people_they_are() -> None:
    text = "本届评选中，钱明、柏荣庭、高学、扎西、葛鸿儒5人获全市道德模范提名奖。"
    _public(text, {"钱明", "柏荣庭", "高学", "扎西", "葛鸿儒"})
    # officials counted so are PERSON by default
    spans, _ = _out("会上，钱明、柏荣庭、高学3名同志作了交流发言。")
    assert {"钱明", "柏荣庭", "高学"} <= _persons(spans), spans


def test_counted_names_with_deng_and_ming() -> None:
    _public(
        "会上，滕立新、岳小川、苗一帆等3名志愿者分享了服务体会。", {"滕立新", "岳小川", "苗一帆"}
    )


@pytest.mark.parametrize(
    "text",
    [
        "全县党员、干部、群众300人参加活动。",
        "会上，党员、干部、群众3人作了发言。",
        "由张家、李村、王庄3个村负责。",
        "城关、河西、南湖3家单位获评先进。",
    ],
)
def test_counted_items_that_are_no_names(text: str) -> None:
    spans, _ = _out(text)
    assert not _persons(spans), spans


def test_two_counted_names_are_not_enough() -> None:
    # two items: a pair of words may read as names (高明、文化2人), so three at least
    spans, _ = _out("此外，高明、文化2人作了补充。")
    assert not _persons(spans), spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("州委常委、州政府副州长农布央宗致辞。", "农布央宗"),
        ("县委副书记斯那卓玛主持会议。", "斯那卓玛"),
        ("州人大常委会副主任四郎泽仁出席会议。", "四郎泽仁"),
    ],
)
def test_tibetan_names_of_yunnan_and_sichuan_after_a_title(text: str, name: str) -> None:
    spans, holds = _out(text)
    assert (name, "PERSON") in spans, spans
    assert any(p == name for p, _ in holds), holds


def test_rare_surname_after_a_post() -> None:
    spans, holds = _out("省民盟副主委何云松、州主委夭建平全程陪同。")
    assert ("夭建平", "PERSON") in spans and ("夭建平", "州主委") in holds, spans


def test_democratic_party_chair_after_a_name() -> None:
    spans, holds = _out("在青州期间，余伯中副主委一行参观了博物馆。")
    assert ("余伯中", "副主委") in holds, (spans, holds)


# --- batch 2: Yi and Amdo names, ordinary people, a title whose body no grammar reads ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("州委副书记、州长苏嘎尔布主持。", "苏嘎尔布"),
        ("县长吉克曲布强调，要抓好整改。", "吉克曲布"),
        ("州委副书记、州委宣传部部长扎西草，副州长岳青出席。", "扎西草"),
    ],
)
def test_yi_and_amdo_names_after_a_title(text: str, name: str) -> None:
    spans, holds = _out(text)
    assert (name, "PERSON") in spans, spans
    assert any(p == name for p, _ in holds), holds


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("在村委会等到了回来的志愿者柏雨，她负责消毒工作。", {"柏雨"}),
        ("居民滕一鸣告诉记者，小区变干净了。", {"滕一鸣"}),
        ("支部书记告诉记者，苗秀宝、乔树军等党员已累计积分近300分。", {"苗秀宝", "乔树军"}),
        ("也带动了居民参与，比如纪生平、姜利两位居民积分近200分。", {"纪生平", "姜利"}),
    ],
)
def test_ordinary_people_named_with_their_role(text: str, names: set[str]) -> None:
    _public(text, names)


@pytest.mark.parametrize(
    "text",
    [
        "工作人员深入社区办公场所和居民楼内外，按照清单整改。",
        "对有困难的商户和居户，镇村主动安排。",
        "居民刘大爷说，环境变好了。",
        "村民谢某说，他放弃了大操大办。",
        "居民安全感，居民满意度都提高了。",
        "志愿者张贴标语，党员干部带头。",
        "做到重要点位志愿者全覆盖，不留死角。",
    ],
)
def test_roles_before_words_are_no_names(text: str) -> None:
    spans, _ = _out(text)
    assert not _persons(spans), spans


def test_names_after_a_post_whose_body_no_grammar_reads() -> None:
    text = "中宣部某某事务局宣传处处长岳晓军，州委副书记、州长窦凌云出席。"
    spans, holds = _out(text)
    assert ("岳晓军", "PERSON") in spans, spans
    assert ("岳晓军", "中宣部某某事务局宣传处处长") in holds, holds
    spans, holds = _out("国家民委青山司副司长金春玉，省民族宗教委一级巡视员何晓东一行听取汇报。")
    assert ("金春玉", "国家民委青山司副司长") in holds, holds


@pytest.mark.parametrize(
    "text",
    [
        "会议要求，市场局局长要亲自抓，各处长要配合。",
        "在县里的处长王明，也来了。",
    ],
)
def test_no_loose_title_from_a_clause(text: str) -> None:
    spans, _ = _out(text)
    assert not any(lab == "TITLE" and "的" in t for t, lab in spans), spans


def test_village_branch_secretary_and_surname_with_post_in_a_quote() -> None:
    text = "上午，青禾村支部书记景祥玮在群里发布了招募信息。“我来一个，景书记”“算我一个”。"
    spans, holds = _out(text)
    assert ("景祥玮", "PERSON") in spans, spans
    # the project convention (docs/genre-places-persons.md): the surname alone a PERSON
    assert ("景", "PERSON") in spans and ("景", "书记") in holds, (spans, holds)


# --- batch 3: a person introduced by name, a quoted post, a word for delegates after a post ---


def test_a_person_introduced_by_name() -> None:
    spans, _ = _out("老葛名叫葛明芳，京族，今年六十岁。")
    assert ("葛明芳", "PERSON") in spans, spans


def test_a_quoted_post_before_its_holder() -> None:
    spans, holds = _out("与本办派驻青禾村党支部的“第一书记”倪一浩了解村里的情况。")
    assert ("第一书记", "TITLE") in spans and ("倪一浩", "第一书记") in holds, (spans, holds)
    # with nobody after it the quoted post stays what the slogan rules read
    spans, holds = _out("选派精干同志担任驻村“第一书记”职务。")
    assert not holds and ("第一书记", "TITLE") not in spans, spans


@pytest.mark.parametrize(
    "text",
    ["这两名少数民族村支书代表，来京参加两会。", "全镇党员干部、村支书代表，参加了培训。"],
)
def test_words_for_delegates_after_a_post_are_no_names(text: str) -> None:
    spans, _ = _out(text)
    assert not _persons(spans), spans


# --- check batch: 和 before a frequent word after a post ---


def test_he_before_a_frequent_word_after_a_post_is_no_name() -> None:
    spans, holds = _out("会上强调，全省的县（市、区）委书记和广大干部要学先进、赶先进。")
    assert not _persons(spans) and not holds, (spans, holds)
    # the surname 和 after a post still opens a name (和 is a Naxi surname)
    spans, holds = _out("县长和光明强调，要抓好整改。州政协主席和润青出席。")
    assert {"和光明", "和润青"} <= _persons(spans), spans


# --- batch 5: staff named after their role, a list after a role, a counted pair after 向 ---


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("超市工作人员郭琳霞表示，大家都挺配合的。", {"郭琳霞"}),
        ("社区网格员郭琳霞、潘晓雯表示，大家都挺配合的。", {"郭琳霞", "潘晓雯"}),
        ("昨日下午，受州委书记刘成鸿的委托，州长前往驻地。", {"刘成鸿"}),
    ],
)
def test_staff_lists_and_pairs_of_ordinary_people(text: str, names: set[str]) -> None:
    spans, _ = _out(text)
    assert names <= _persons(spans), spans


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("这是市民周美娟、沈和琴表示的心声。", {"周美娟", "沈和琴"}),
        ("老人家把猕猴桃塞向裘国华、史小敏两位志愿者手中。", {"裘国华", "史小敏"}),
    ],
)
def test_lists_and_pairs_of_the_public_are_opt_in(text: str, names: set[str]) -> None:
    _public(text, names)


@pytest.mark.parametrize(
    "text", ["工作人员张贴标语。", "工作人员和志愿者参加。", "社区工作人员全覆盖，居民满意。"]
)
def test_staff_before_words_are_no_names(text: str) -> None:
    spans, _ = _out(text)
    assert not _persons(spans), spans
