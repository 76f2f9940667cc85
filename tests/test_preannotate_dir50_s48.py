"""dir50 (session 48): DIRECTIVE spans in forms the pooled dev gold showed the rules missing or
bounding otherwise, read as classes. Made-up sentences in the same grammar (other names, places,
bodies); each test but the guards failed on main 91c193f0, the guards pass before and after."""

from __future__ import annotations

import pytest

from tests.directive_helpers import issued_or_none as issued

# --- a meeting's or a team's frame (会议要求 / 检查组要求 / 督导组要求), nobody named: what its
# bare 要求 governs is read as after a named speaker's 要求 (an addressee of any kind, an act
# right after the verb), and the frame may close a report of the meeting clause after clause


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the meeting held and the work deployed, clause after clause, before the frame
        (
            "8日晚，在全市防汛视频会议结束后，我镇随即召开会议，部署各项工作，"
            "会议要求适时启动应急预案，抢在降雨来临前落实好防御措施。",
            "适时启动应急预案，抢在降雨来临前落实好防御措施",
        ),
        # a team's frame and the heads of a site as the addressee
        (
            "检查组查看了进货台账。检查组要求超市负责人加强日常管理，规范经营行为。",
            "超市负责人加强日常管理，规范经营行为",
        ),
        # a lead of the meeting's setting, two towns' departments as the addressee
        (
            "在反馈会上，督导组要求岚江和青石两镇职能部门严格按照分工，紧抓落实各项工作。",
            "岚江和青石两镇职能部门严格按照分工，紧抓落实各项工作",
        ),
    ],
)
def test_what_a_meetings_bare_requirement_governs(text: str, span: str) -> None:
    assert issued("县长周立新主持召开会议。" + text) == [(span, None)]


def test_a_requirement_before_the_meetings_frame_stays_its_own() -> None:
    # a guard: a clause with 要 before the frame is no lead of the meeting's report
    text = "各村要加强巡查，落实责任，会议要求各部门密切配合。"
    assert [d for d, _ in issued(text)] == ["各村要加强巡查，落实责任，会议要求各部门密切配合"]


def test_a_meetings_requirement_as_a_noun_is_no_frame() -> None:
    # a guard: 会议要求 as a noun phrase (the meeting's requirements) governs nothing
    text = "岚江县召开干部大会。会议要求的各项任务已全部完成。"
    assert issued(text) == []


# --- an imperative sentence that goes on with the speaker's requirement, opening with an adverb
# of how the act is done (合理 / 稳妥 / 有效 / 定期 / 逐步 / 分类 / 因地制宜) or a verb of strict
# prevention (严把 / 严防 / 严查) or 探索: the continuation's openers (rule_words
# continuation_verbs)


@pytest.mark.parametrize(
    "sentence",
    [
        "合理确定培育目标，探索种植主体培育模式，持续优化投入政策",
        "因地制宜，因村制宜，制定苗木管护制度",
        "严防秸秆焚烧出现苗头，发现一起处置一起",
        "逐步完善长效管理机制",
    ],
)
def test_a_continuation_opening_with_how_the_act_is_done(sentence: str) -> None:
    text = "县长周立新强调，各村要加快推进种植布局优化。" + sentence + "。"
    assert issued(text) == [
        ("各村要加快推进种植布局优化", "周立新"),
        (sentence, "周立新"),
    ]


def test_a_report_opening_with_such_an_adverb_is_no_continuation() -> None:
    # a guard: what was done (了) is reported, however it opens
    text = "县长周立新强调，各村要加快推进种植布局优化。有效提升了群众满意度。"
    assert issued(text) == [("各村要加快推进种植布局优化", "周立新")]


# --- what a bare 要求 governs: after a connective opening the sentence (同时，要求… / 并要求…) the
# verb is no noun and takes any addressee a named speaker's 要求 takes; a place whose act is
# done to something (要求某某街道对…再下功夫); a role to play well (要求当好…表率)


def test_a_connectives_bare_requirement_takes_any_addressee() -> None:
    text = (
        "检查组查看了青石水库大坝是否完好等情况。同时，要求水库负责人密切关注雨情、汛情，"
        "严格遵守防汛值班制度。对查出隐患及时整改，并落实专人负责。"
    )
    assert issued(text) == [
        ("水库负责人密切关注雨情、汛情，严格遵守防汛值班制度", None),
        ("对查出隐患及时整改，并落实专人负责", None),
    ]


@pytest.mark.parametrize(
    "body",
    ["岚江街道对细节问题再下功夫，确保整改到位", "当好产业发展的表率，大抓项目"],
)
def test_a_named_speakers_bare_requirement(body: str) -> None:
    text = "副县长周立新察看了现场。周立新要求" + body + "。"
    assert issued(text) == [(body, "周立新")]


def test_a_requirement_named_as_a_noun_after_a_connective() -> None:
    # a guard: 同时，要求 + what the requirement is (高 / 严), no act
    text = "副县长周立新察看了现场。同时，要求高、任务重。"
    assert issued(text) == []


@pytest.mark.parametrize(
    ("clause", "body"),
    [
        # the point made, then the order (指出并要求 / 强调要求)
        ("对发现的问题，现场指出并要求", "相关部门加快整改"),
        ("并强调要求", "各县（市、区）加快秋收进度"),
        # 制订 as 制定, the act a place is required to do
        ("并要求", "高新区制订整改方案，落实整改措施"),
    ],
)
def test_a_glued_order_after_the_point_made(clause: str, body: str) -> None:
    text = "副县长周立新带队检查了岚江县整改工作，" + clause + body + "。"
    assert [d for d, _ in issued(text)] == [body]


def test_a_point_made_without_an_order_is_no_directive() -> None:
    # a guard: 指出 alone reports what the speaker pointed out
    text = "副县长周立新带队检查了岚江县整改工作，现场指出存在的问题。"
    assert issued(text) == []


@pytest.mark.parametrize("when", ["即日起", "月底前", "本周内"])
def test_a_bare_requirement_opening_with_its_date(when: str) -> None:
    body = when + "开展环境综合整治，同步建立问题台账"
    text = "副县长周立新对百日攻坚行动进行具体部署，要求" + body + "。"
    assert issued(text) == [(body, "周立新")]


def test_a_count_of_hours_is_no_such_date() -> None:
    # a guard: a procedure a report describes (…，要求24小时内予以解决) stays unread
    text = "督查组发现问题后电话告知责任单位，要求24小时内予以解决。"
    assert issued(text) == []
