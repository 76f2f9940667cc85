"""attrib43 (session 43): ISSUED_BY in frames the rules misread on real reports. Made-up
sentences in the same grammar (other names, places, numbers); each positive case failed on main
bec560e1, the guards pass before and after."""

from __future__ import annotations

import pytest

from civannot.preannotate.frames import dash_as_colon
from tests.directive_helpers import issued_or_none as issued

# --- a frame whose speech follows a dash: 会议强调——⏎ / 他要求——⏎ --------------------------------

_MEETING = (
    "1月9日，岚江县召开征兵工作会议。县长周立新出席会议并讲话。县领导陈思远、林海参加会议。\n"
)


def test_meeting_frame_with_a_dash_has_no_speaker() -> None:
    text = (
        f"{_MEETING}会议指出——\n去年我县征兵工作成绩来之不易，要再接再厉做好今年工作。\n"
        "会议强调——\n要提高政治站位，扛牢征兵责任。要扭住重点，提高征兵质量。"
    )
    assert issued(text) == [
        ("要再接再厉做好今年工作", None),
        ("要提高政治站位，扛牢征兵责任", None),
        ("要扭住重点，提高征兵质量", None),
    ]


def test_meeting_frame_with_a_colon_has_no_speaker() -> None:
    # guard: the colon the dash stands for (before and after)
    text = f"{_MEETING}会议强调：\n要提高政治站位，扛牢征兵责任。"
    assert issued(text) == [("要提高政治站位，扛牢征兵责任", None)]


def test_pronoun_frame_with_a_dash_governs_the_lines_after_it() -> None:
    text = (
        "县委书记周立新向一线人员致以慰问。他要求——\n要保持指挥体系高效运转。"
        "做好防疫常态化工作。\n要全力推进流调溯源工作。"
    )
    assert issued(text) == [
        ("要保持指挥体系高效运转", "周立新"),
        ("做好防疫常态化工作", "周立新"),
        ("要全力推进流调溯源工作", "周立新"),
    ]


def test_dash_as_colon_keeps_offsets_and_other_dashes() -> None:
    text = "他强调——要抓好落实。\n——周立新\n岚江——青禾公路"
    out = dash_as_colon(text)
    assert len(out) == len(text)
    assert out == "他强调：\u3000要抓好落实。\n——周立新\n岚江——青禾公路"
    assert dash_as_colon("没有破折号。") == "没有破折号。"


# --- 他 after a sentence relaying a leader's words: who relayed them, not their author ---------


def test_pronoun_passes_over_the_author_of_what_was_relayed() -> None:
    text = (
        "会上，镇党委书记周立新传达学习了习近平总书记对信访工作的重要批示精神。"
        "他要求，全体镇村干部要高度重视。"
    )
    assert issued(text) == [("全体镇村干部要高度重视", "周立新")]


def test_pronoun_of_an_unnamed_relayer_has_no_speaker() -> None:
    text = (
        "会上，镇党委主要负责人传达学习了习近平总书记对信访工作的重要批示精神，"
        "对信访稳定工作进行了详细部署。他要求，全体镇村干部要高度重视。"
    )
    assert issued(text) == [("全体镇村干部要高度重视", None)]


@pytest.mark.parametrize(
    "lead",
    ["县委书记周立新同志在会上传达了省委全会的重要讲话精神。", "县委书记周立新作重要讲话。"],
)
def test_pronoun_of_the_relayer_himself(lead: str) -> None:
    # guard: the name that relays, or gives the speech, is the subject (before and after)
    assert issued(f"{lead}他强调，全体干部要高度重视。") == [("全体干部要高度重视", "周立新")]


# --- 叮嘱 as 要求: bare, with the addressee and a comma, glued after the visit ------------------

_VISIT = "9月29日，市政府督查室主任周立新一行来岚江县督查重大项目建设情况。"


@pytest.mark.parametrize(
    "sentence, directive",
    [
        # the next sentence, its subject left out
        (
            "周立新走进育苗大棚，查看秧苗长势。叮嘱县农技部门要加强温湿度管理。",
            "县农技部门要加强温湿度管理",
        ),
        # the addressee, its comma, then the marker
        ("每到一处，周立新都叮嘱场所负责人，要切实扛牢消防安全责任。", "要切实扛牢消防安全责任"),
        # glued after the visit's acts
        (
            "周立新与乡镇干部认真交流，询问麦收进度，并叮嘱值班人员一定要严防死守。",
            "值班人员一定要严防死守",
        ),
    ],
)
def test_injunction_links_the_one_who_gives_it(sentence: str, directive: str) -> None:
    assert issued(_VISIT + sentence) == [(directive, "周立新")]


def test_bare_injunction_after_an_unnamed_frame_has_no_speaker() -> None:
    # guard: the meeting spoke last; nobody named gives the injunction (before and after)
    text = f"{_VISIT}会议强调，各村要加强巡查。叮嘱各村要加强值守。"
    assert issued(text) == [("各村要加强巡查", None), ("各村要加强值守", None)]


# --- 下一步要求: the next step the named official's requirement is for -------------------------


def test_next_step_requirement_links_the_official() -> None:
    text = (
        f"{_VISIT}\n周立新对岚江县重大项目建设工作给予充分肯定，认为县委、县政府高度重视，推进有力。"
        "下一步要求岚江县要不断总结经验，确保项目顺利完成。"
    )
    assert issued(text) == [("岚江县要不断总结经验，确保项目顺利完成", "周立新")]


def test_next_step_requirement_of_a_team_has_no_speaker() -> None:
    # the team praised and requires; nobody named (the span opens after 要求 now)
    text = (
        f"{_VISIT}\n督查组对岚江县重大项目建设工作给予充分肯定。"
        "下一步要求岚江县要不断总结经验，确保项目顺利完成。"
    )
    assert issued(text) == [("岚江县要不断总结经验，确保项目顺利完成", None)]


# --- a post after the name: the kind of deputy before 副 (某某专职副指挥长强调，) -----------------


@pytest.mark.parametrize(
    "lead, frame",
    [
        ("县森林防火指挥部专职副指挥长周立新出席会议。", "周立新专职副指挥长强调，"),
        ("县禁毒委专职副主任周立新出席会议。", "周立新专职副主任在会上要求，"),
    ],
)
def test_deputy_post_after_the_name_keeps_the_speaker(lead: str, frame: str) -> None:
    assert issued(f"{lead}{frame}各乡镇要压实责任。") == [("各乡镇要压实责任", "周立新")]


# --- the scene's subject named again after 期间 / 随后 and a comma, a long scene before ----------

_SCENE = (
    "在南区连队办公室，政委周立新一行认真听取了该连“两委”成员关于连队改革情况的汇报，"
    "并详细查看了该连综合配套改革相关台帐资料，"
)


@pytest.mark.parametrize("lead", ["期间", "随后"])
def test_repeated_subject_after_a_time_lead(lead: str) -> None:
    text = (
        f"{_SCENE}{lead}周立新要求，连队班子成员进一步转变观念，尽心竭力办实事；"
        "要认真学习上级文件精神，推动各项工作。"
    )
    assert issued(text) == [("要认真学习上级文件精神，推动各项工作", "周立新")]


def test_repeated_subject_needs_the_name_before() -> None:
    # guard: a name the sentence did not open with is no repeated subject (before and after)
    text = f"{_SCENE}期间陈思远要求，连队班子成员进一步转变观念；要认真学习上级文件精神。"
    assert issued(text) == [("要认真学习上级文件精神", None)]
