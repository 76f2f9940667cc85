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
