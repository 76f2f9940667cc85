"""attrib50 (session 48): ISSUED_BY in forms the pooled dev gold and the wide pages showed the
rules missing, read as classes. Made-up sentences in the same grammar (other names, places,
bodies); each test but the guards failed on main 91c193f0, the guards pass before and after."""

from __future__ import annotations

import pytest

from tests.span_helpers import labelled, speakers

# --- a given name that 和 closes, the name's own post after it (某某和主任结合…提出要求：)


@pytest.mark.parametrize(
    ("text", "name", "directive"),
    [
        # after a generic head, the post and the lead of the request after the name
        (
            "会上，镇社会事务办负责人周德和主任结合学校实际提出具体要求：一是各校要开展防溺水教育。",
            "周德和",
            "各校要开展防溺水教育",
        ),
        # after a post: the post after the name, then the speech verb
        ("会上，县长许宜和书记指出，各村要压实防汛责任。", "许宜和", "各村要压实防汛责任"),
        # a deputy's post, 同志 after it
        (
            "会上，岚江县副县长韩永和副主任同志强调，各乡镇要抓好秋冬种。",
            "韩永和",
            "各乡镇要抓好秋冬种",
        ),
    ],
)
def test_a_given_name_closed_by_he_before_its_post(text: str, name: str, directive: str) -> None:
    assert (name, "PERSON") in labelled(text, "PERSON")
    assert (directive, [name]) in speakers(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 和 joins two people: a name after the second post (guard: no name of three)
        ("县长王明和主任李强出席会议。", ["王明"]),
        ("县长王明和副县长李强出席会议。", ["王明", "李强"]),
    ],
)
def test_he_joining_two_people_stays_a_conjunction(text: str, names: list[str]) -> None:
    assert [n for n, _ in labelled(text, "PERSON")] == names


# --- a pronoun's speaker: a list of escorts before 的陪同下 is what the sentence acts on


def test_the_escorts_listed_before_de_are_no_speaker() -> None:
    text = (
        "5月3日，岚江县委书记吴正平在县委副书记周立新、县长李海波的陪同下，"
        "先后到青禾镇、石桥镇调研。他强调，要加快推进重点项目建设。"
    )
    assert speakers(text) == [("要加快推进重点项目建设", ["吴正平"])]


def test_a_list_that_speaks_is_still_a_speaker() -> None:
    # guard: the pair is the subject (分别讲话), no 的 after the list
    text = "会上，县委书记吴正平、县长李海波分别讲话。他们强调，要狠抓工作落实。"
    assert speakers(text) == [("要狠抓工作落实", ["吴正平", "李海波"])]


def test_one_name_before_de_with_its_list_after() -> None:
    # guard: 的 after the first name only; the name after the comma is the subject
    text = "在县委书记吴正平的带领下，县长李海波到青禾镇检查防汛工作。他强调，各村要加强巡查。"
    assert speakers(text) == [("各村要加强巡查", ["李海波"])]


# --- a pair each of whom reported, then the request (甲、乙分别通报了…，要求…)


def test_a_pair_that_reported_severally_both_request() -> None:
    text = (
        "会上，街道办事处副主任周立新、街道办事处副主任韩晓东分别通报了前期垃圾分类工作情况"
        "并作了具体部署，要求各社区要对照标准逐项整改。"
    )
    assert speakers(text) == [("各社区要对照标准逐项整改", ["周立新", "韩晓东"])]


def test_a_pair_that_did_not_act_severally_keeps_one_speaker() -> None:
    # guard: no 分别, the second name alone did what the clause says
    text = (
        "会上，街道办事处副主任周立新主持会议，街道办事处副主任韩晓东通报了前期工作情况，"
        "要求各社区要对照标准逐项整改。"
    )
    assert speakers(text) == [("各社区要对照标准逐项整改", ["韩晓东"])]


# --- a meeting named with its chair (会议由甲主持，…): a later clause's named subject is the one a
# glued frame belongs to, not the meeting


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the agenda's steps parted by semicolons, a title chain with 、 before the last name
        (
            "会议由县长刘晓明主持；县委常委罗晓东通报了工作进展情况；县委书记、县创城工作指挥部"
            "政委周立新介绍了全县创城工作的开展情况，并提出了更高的要求，希望全县上下团结一心，"
            "共同为创城贡献力量。",
            "周立新",
        ),
        # a comma between the steps
        (
            "会议由县长刘晓明主持，县委常委罗晓东通报了工作进展情况，要求各部门要加快进度。",
            "罗晓东",
        ),
    ],
)
def test_a_named_step_after_the_meetings_chair_speaks(text: str, who: str) -> None:
    assert [w for _, w in speakers(text)] == [[who]]


@pytest.mark.parametrize(
    "text",
    [
        # the chair's clause alone: the meeting's frame (nobody named speaks)
        "会议由县长刘晓明主持，要求各部门要加快进度。",
        # a name inside what the meeting relays is no speaker
        "会议由县长刘晓明主持，传达了县委书记罗晓东的讲话精神，要求各部门要加快进度。",
        "会议由县长刘晓明主持，会议传达县委书记罗晓东讲话精神，要求各部门要加快进度。",
    ],
)
def test_the_meeting_still_speaks_after_its_chair_alone(text: str) -> None:
    assert [w for _, w in speakers(text)] == [[]]


# --- the frame vocabulary: a post after a name of two (常务 / 会长 / 站长 / 政委), views given
# (给出…意见：, 提出…看法：), a stress made plain (，明确指出)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "县委常委贾明到学校调研。\n贾明常务指出，要结合学校办学特色，扎实推进高质量办学。",
            "贾明",
        ),
        ("市商会会长王强出席会议。\n王强会长指出，要结合企业特色，扎实推进高质量发展。", "王强"),
        ("县气象站站长王强出席会议。\n王强站长强调，要加强监测预警。", "王强"),
        ("武警支队政委吕明出席会议。\n吕明政委要求，要加强营区管理。", "吕明"),
    ],
)
def test_a_name_of_two_with_its_post_frames_the_sentence(text: str, who: str) -> None:
    assert [w for _, w in speakers(text)] == [[who]]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the post between the name and the request
        ("会上，唐明远主任提出具体要求：各校要开展专题教育。", "唐明远"),
        # a surname and a post (the full name before), views given
        (
            "区长张国庆到街道调研。随后，张区长就各项工作给出具体的建议与意见："
            "在创城工作中，要严格落实门前五包制度。",
            "张",
        ),
        (
            "县长唐明远就各项工作给出具体的建议与意见：在创城工作中，要严格落实门前五包制度。",
            "唐明远",
        ),
        # the speaker's own views
        (
            "会上，副县长孙明也提出了自己的看法：居民楼院整治存在的问题仍然突出，"
            "各办要全面行动起来。",
            "孙明",
        ),
        # the stress glued after an act of the speaker's
        (
            "会上，县长陈立民总结了此次观摩活动的意义，明确指出目前已进入迎检的关键时期，"
            "我们要全面准备，补齐短板。",
            "陈立民",
        ),
    ],
)
def test_views_and_plain_stress_frame_what_follows(text: str, who: str) -> None:
    assert [w for _, w in speakers(text)] == [[who]]


def test_views_given_by_experts_name_no_speaker() -> None:
    # guard: a group gives its views, nobody named
    text = "座谈会上，与会专家给出了具体建议，各乡镇要加快油茶产业发展。"
    assert [w for _, w in speakers(text)] == [[]]


# --- a pronoun's speaker: a name inside the predicate of the name before it in the same clause
# (甲带领县长乙… / 甲为…书记乙颁发… / 甲一行在县长乙等人陪同下…) is what the clause acts on


@pytest.mark.parametrize(
    "before",
    [
        "县委书记吴正平带领县长李海波等到青禾镇调研。",
        "县委书记吴正平为青禾镇党委书记李海波颁发奖牌。",
        "县委书记吴正平详细询问了青禾镇党委书记李海波有关情况。",
        # 陪同 after the name acted on is that name's; a speaker named before is passed over
        "王立新讲话。县委书记吴正平一行在副县长李海波等人陪同下到青禾镇调研。",
    ],
)
def test_a_name_the_subjects_clause_acts_on_is_no_pronouns_speaker(before: str) -> None:
    text = "县长王立新主持会议。" + before + "他强调，要加快项目建设。"
    assert speakers(text) == [("要加快项目建设", ["吴正平"])]


@pytest.mark.parametrize(
    ("before", "who"),
    [
        # guards: the escort before the one escorted (the visit's subject speaks)
        ("县委书记吴正平陪同市委书记周立新到青禾镇调研。", "周立新"),
        # a list: the person last named (GUIDELINES)
        ("县委书记吴正平、县长李海波出席会议。", "李海波"),
        ("县委书记吴正平与副县长李海波一同到青禾镇调研。", "李海波"),
        # two clauses, each with its own subject
        ("县委书记吴正平主持会议，县长李海波讲话。", "李海波"),
    ],
)
def test_escorts_lists_and_own_clauses_keep_the_last_named(before: str, who: str) -> None:
    text = before + "他强调，要加快项目建设。"
    assert speakers(text) == [("要加快项目建设", [who])]


# --- a given name opened by 又 after a post (镇长某又某指出): the name, not the adverb


def test_a_given_name_opened_by_you_after_a_post() -> None:
    text = "会上，镇长韩又林指出，各村要提高思想认识。"
    assert ("韩又林", "PERSON") in labelled(text, "PERSON")
    assert speakers(text) == [("各村要提高思想认识", ["韩又林"])]


@pytest.mark.parametrize(
    "text",
    [
        # guards: 又 before the verb it qualifies
        "会上，县长王立新主持。县长王又说，各村要提高认识。",
        "会上，县长王又来到青禾镇检查工作。",
    ],
)
def test_you_before_a_verb_opens_no_name(text: str) -> None:
    assert not any(n.startswith("王又") for n, _ in labelled(text, "PERSON"))


# --- a compound surname with a post (欧阳书记强调，) stands for the 欧阳某某 named before


def test_a_compound_surname_with_a_post_frames_the_sentence() -> None:
    text = "会上，县委书记欧阳立新主持会议。欧阳书记强调，各村要提高认识。"
    assert speakers(text) == [("各村要提高认识", ["欧阳立新"])]


@pytest.mark.parametrize(
    "frame",
    [
        # guards: a post alone, its level before it (the one holding it named before, or nobody)
        "县委书记要求，",
        "县委书记在讲话中要求，",
    ],
)
def test_a_level_and_its_post_are_no_compound_surname(frame: str) -> None:
    text = "会上，县委书记刘立新主持会议并讲话。" + frame + "各村要提高认识。"
    assert speakers(text) == [("各村要提高认识", ["刘立新"])]
