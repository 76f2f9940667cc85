"""The posts of the units a report names beside its leaders (persons22, issue 16, systematic):
the writers' association and the people's organisations written in full, a level's centre for
disease control, the county bureaus under their long standard names after the 2018-2019
mergers, a town's people's congress presidium, civil-service ranks written bare, a building's
residents' head, the head of a media centre or a daily (no byline's editor), and a post before
团/部 (主席团, 指挥部) that is no post before a name. Sentences, names and places are made up."""

from __future__ import annotations

import pytest

from tests.preannotate_support import spans_and_holds as _out

_NAME = "韩立峰"

_POSTS = [
    "县作协主席",
    "县作家协会副主席",
    "省科学技术协会副主席",
    "县残疾人联合会理事长",
    "县疾控中心主任",
    "县文化广电旅游体育局局长",
    "县文广旅体局副局长",
    "县卫生健康局局长",
    "县医保局局长",
    "县乡村振兴局局长",
    "县消防救援大队大队长",
    "县城管局常务副局长",
    "县人民法院副庭长",
    "副处级调研员",
    "一级科员",
    "楼栋长",
]
_FRAMES = [
    "{post}{name}出席会议。",
    "会议由{post}{name}主持。",
    "{post}{name}强调，要巩固创建成果。",
    "出席会议的有{name}（{post}）、郑晓燕（副县长）。",
]


@pytest.mark.parametrize("frame", _FRAMES)
@pytest.mark.parametrize("post", _POSTS)
def test_a_units_post_and_its_name(frame: str, post: str) -> None:
    text = frame.format(post=post, name=_NAME)
    spans, holds = _out(text)
    assert (_NAME, "PERSON") in spans, spans
    assert (post, "TITLE") in spans, spans
    assert (_NAME, post) in holds, holds


def test_a_presidiums_name_is_no_post_before_a_name() -> None:
    # 主席团 / 指挥部: the post's characters open the body's name, no name follows them
    spans, _ = _out("县作协召开主席团扩大会议，县作协主席团成员、部分理事参加会议。")
    assert not any(label == "PERSON" for _, label in spans), spans
    spans, _ = _out("会议由青石镇人大主席团主席韩立峰主持。")
    assert ("团主席", "PERSON") not in spans, spans
    assert (_NAME, "PERSON") in spans, spans


def test_a_chief_editor_in_a_chain_is_a_post_no_byline() -> None:
    spans, holds = _out("县委宣传部副部长、县融媒体中心总编辑韩立峰出席会议。")
    assert (_NAME, "PERSON") in spans, spans
    assert (_NAME, "县融媒体中心总编辑") in holds, holds


@pytest.mark.parametrize(
    "text",
    ["编辑：韩立峰", "（编辑 韩立峰）", "责编 韩立峰"],
)
def test_an_editors_byline_stays_no_person(text: str) -> None:
    spans, _ = _out(text)
    assert (_NAME, "PERSON") not in spans, spans


@pytest.mark.parametrize(
    "text",
    [
        "要推进平台长效运行，确保文化站长效管理。",
        "合作社长势良好，电视台长篇报道。",
        "加油站长江路段施工。",
    ],
)
def test_an_institutions_head_bare_is_no_title_inside_words(text: str) -> None:
    spans, _ = _out(text)
    assert not any(label in ("TITLE", "PERSON") for _, label in spans), spans


# a village's and a community's own staff, a village work team, a discipline commission's
# stationed group, a county's law-enforcement brigade under its standard name (persons22)
_VILLAGE_POSTS = [
    "村民兵营长",
    "村文书",
    "村报账员",
    "社区综治专干",
    "村团支部书记",
    "驻村工作队员",
    "驻村工作队队长",
    "县纪委监委派驻纪检监察组组长",
    "县城市管理综合行政执法大队大队长",
]


@pytest.mark.parametrize("frame", _FRAMES)
@pytest.mark.parametrize("post", _VILLAGE_POSTS)
def test_a_village_post_and_its_name(frame: str, post: str) -> None:
    text = frame.format(post=post, name=_NAME)
    spans, holds = _out(text)
    assert (_NAME, "PERSON") in spans, spans
    assert (post, "TITLE") in spans, spans
    assert (_NAME, post) in holds, holds


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("会议由社区居民委员会主任韩立峰主持。", "社区居民委员会主任"),
        ("会议由社区居务监督委员会主任韩立峰主持。", "社区居务监督委员会主任"),
        ("听取了青石社区居民委员会主任韩立峰的汇报。", "青石社区居民委员会主任"),
    ],
)
def test_a_community_is_no_district_after_a_clause_word(text: str, title: str) -> None:
    # the 区 of 社区 is no district's level: the clause before the community stays out
    spans, holds = _out(text)
    assert (title, "TITLE") in spans, spans
    assert (_NAME, title) in holds, holds


@pytest.mark.parametrize(
    "text",
    ["法律文书韩立峰", "各村文书、报账员参加培训。", "志愿服务队队员韩立峰说，要坚持。"],
)
def test_village_staff_words_alone_are_no_title(text: str) -> None:
    spans, _ = _out(text)
    assert not any(label in ("TITLE", "PERSON") for _, label in spans), spans


# the head of a visiting group named with the campaign it scores and two or three of its kinds
# (persons22, (a): three sites of a fresh batch)
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("会上，省级考核专家组组长韩立峰通报了考核情况。", "省级考核专家组组长"),
        (
            "国家卫生区评估专家组组长、某省卫生健康委一级巡视员韩立峰出席。",
            "国家卫生区评估专家组组长",
        ),
        ("国家卫生城市复审现场评估组组长韩立峰出席会议并讲话。", "国家卫生城市复审现场评估组组长"),
        ("全国文明城市测评组组长韩立峰出席。", "全国文明城市测评组组长"),
        ("市创文督导组组长韩立峰出席。", "市创文督导组组长"),
        ("第五督导组副组长韩立峰出席。", "第五督导组副组长"),
    ],
)
def test_a_visiting_groups_head_keeps_its_campaign(text: str, title: str) -> None:
    spans, holds = _out(text)
    assert (title, "TITLE") in spans, spans
    assert (_NAME, title) in holds, holds
