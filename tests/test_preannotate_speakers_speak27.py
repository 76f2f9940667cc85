"""Directives and their speakers: speaker frames the rules did not read (speak27, session 27,
issue 16: ISSUED_BY recall on real reports). The sentences are made up in the forms seen; each
test fails on the rules before the fix it covers, but the guard tests, which hold before and
after."""

from __future__ import annotations

from directive_helpers import directives, issued

VISIT = "县委书记韩立新到青溪镇调研创建工作。"


def test_a_call_or_an_exhortation_frames_its_speaker():
    # 某某号召，… / 某某勉励，… / 某某寄语，… (before: the requirement had no speaker)
    assert issued(VISIT + "韩立新号召，全县干部群众要积极投身创建。") == [
        ("全县干部群众要积极投身创建", "韩立新")
    ]
    assert issued(VISIT + "韩立新勉励，社区干部要再接再厉，再创佳绩。") == [
        ("社区干部要再接再厉，再创佳绩", "韩立新")
    ]
    assert issued(VISIT + "韩立新寄语，青年志愿者要争当文明先锋。") == [
        ("青年志愿者要争当文明先锋", "韩立新")
    ]


def test_an_exhortation_with_its_addressee_leaves_the_frame_out():
    # 某某勉励社区干部要… / 他鼓励帮扶单位要… (before: one span from the name, no speaker)
    assert issued(VISIT + "韩立新勉励社区干部要再接再厉。") == [("社区干部要再接再厉", "韩立新")]
    assert issued(VISIT + "韩立新鼓励帮扶单位要主动作为。") == [("帮扶单位要主动作为", "韩立新")]
    text = VISIT + "韩立新肯定了社区的做法，他鼓励帮扶单位要积极想办法，把宣传做到家门口。"
    assert issued(text) == [("帮扶单位要积极想办法，把宣传做到家门口", "韩立新")]
    text = VISIT + "韩立新一行来到垃圾中转站，他叮嘱工作人员要做好消毒工作。"
    assert issued(text) == [("工作人员要做好消毒工作", "韩立新")]


def test_what_the_speaker_said_at_every_stop_frames_them():
    # 每到一处，某某都要求… / 某某都强调，… (before: no speaker; the first one span from the name)
    text = VISIT + "每到一处，韩立新都要求各村要立即整改。"
    assert issued(text) == [("各村要立即整改", "韩立新")]
    text = VISIT + "每到一处，韩立新都强调，各村要立即整改。"
    assert issued(text) == [("各村要立即整改", "韩立新")]


def test_a_pronoun_before_a_request_frames_its_speaker():
    # 他就…提出三点要求：一要… / 他从…对…提出要求： / 他在讲话中对…提出要求， (before: no speaker)
    lead = "县委书记韩立新在会上作了讲话。"
    want = [("一要加强环境整治", "韩立新"), ("二要强化宣传引导", "韩立新")]
    assert issued(lead + "他就创建工作提出三点要求：一要加强环境整治；二要强化宣传引导。") == want
    assert (
        issued(lead + "他从三个方面对创建工作提出要求：一要加强环境整治；二要强化宣传引导。")
        == want
    )
    assert issued(lead + "他在讲话中对创建工作提出要求，各村要加强环境整治。") == [
        ("各村要加强环境整治", "韩立新")
    ]


def test_a_request_made_in_a_speech_frames_its_speaker():
    # 某某在讲话中对…提出要求，… / …：… (before: no speaker; with 。 it had one)
    lead = "县委书记韩立新在会上作了讲话。"
    want = [("各村要加强环境整治", "韩立新")]
    assert issued(lead + "韩立新在讲话中对创建工作提出要求，各村要加强环境整治。") == want
    assert issued(lead + "韩立新在讲话中对创建工作提出要求：各村要加强环境整治。") == want
    assert issued(lead + "韩立新在讲话中对创建工作提出要求。各村要加强环境整治。") == want


def test_a_hope_for_a_place_after_the_speakers_praise_is_theirs():
    # 某某对…给予肯定，并希望某某镇再接再厉，… (before: no speaker)
    text = VISIT + "韩立新对青溪镇的做法给予肯定，并希望青溪镇再接再厉，再创佳绩。"
    assert issued(text) == [("希望青溪镇再接再厉，再创佳绩", "韩立新")]


def test_a_quote_told_to_someone_is_the_tellers():
    # “…。”某某对记者说。 / ”某某在接受采访时说。 / ”某某告诉记者。 (before: no speaker)
    quote = "“各村要加强环境整治，确保不留死角。”"
    want = [("各村要加强环境整治，确保不留死角", "韩立新")]
    assert issued(VISIT + quote + "韩立新对记者说。") == want
    assert issued(VISIT + quote + "韩立新在接受采访时说。") == want
    assert issued(VISIT + quote + "韩立新告诉记者。") == want
    # 某某对随行人员说：“…” (before: no directive at all)
    assert issued(VISIT + "韩立新对随行人员说：" + quote) == want


def test_a_named_deployment_announces_a_speech_when_switched_on():
    # 会上，某某部署全区精神文明建设工作。…要… : under the opt-in announced rule the deployment
    # names the speaker of the sentences after it (before: no edge either way)
    text = (
        "会上，区委常委、宣传部部长钱卫东部署全区精神文明建设工作。"
        "今年全区精神文明建设工作要以提升市民素质为重点，扎实推进各项任务。"
    )
    assert issued(text, announced=True) == [
        ("今年全区精神文明建设工作要以提升市民素质为重点，扎实推进各项任务", "钱卫东")
    ]
    # (by default as well since session 40: relation.issued_by.announced_sole)
    assert issued(text) == issued(text, announced=True)
    text = "区委书记钱卫东对下一步工作作了具体部署。\n\n各街道要压实责任，抓好整改。"
    assert issued(text, announced=True) == [("各街道要压实责任，抓好整改", "钱卫东")]


def test_guards_frames_with_nobody_named_stay_unnamed():
    # guard: 会议号召， / 大会号召，: nobody named; 他们都说: no one person
    text = "县委书记韩立新主持会议。会议号召，全县上下要积极投身创建。"
    assert issued(text) == []
    assert directives(text) == ["全县上下要积极投身创建"]
    text = VISIT + "韩立新强调，各村要立即整改。群众都说，环境要靠大家维护。"
    assert ("各村要立即整改", "韩立新") in issued(text)
    # guard: a name opening with 向 before 说 after a quote is still the speaker
    text = "“各村要加强环境整治。”县长向东说。"
    assert issued(text) == [("各村要加强环境整治", "向东")]
    # guard: a deployment by the meeting names nobody, switched on or not
    text = "区委书记钱卫东主持会议。会议对下一步工作作了具体部署。\n\n各街道要压实责任。"
    assert issued(text, announced=True) == []


def test_a_topic_or_the_speechs_own_verb_frames_a_titled_speaker():
    # 县委副书记某某就创建工作强调，… / 某某在会上讲到，… / 某某在讲话中谈到，… / 某某说道：“…”
    # (before: no speaker; the last one no directive)
    want = [("各村要加强环境整治", "韩立新")]
    assert issued("会上，县委副书记、政法委书记韩立新就创建工作强调，各村要加强环境整治。") == want
    assert issued("镇长韩立新在会上讲到，各村要加强环境整治。") == want
    assert issued("镇长韩立新在讲话中谈到，各村要加强环境整治。") == want
    assert issued("镇长韩立新在动员讲话中提到，各村要加强环境整治。") == want
    assert issued("镇长韩立新说道：“各村要加强环境整治。”") == want


def test_a_head_named_before_what_the_speech_goes_by_is_a_speaker():
    # 社区负责人某某结合《…》明确指出…要注重以下三点：一是… (before: no PERSON, the frame inside
    # the first span, no speaker)
    text = (
        "会上，社区负责人罗晓梅结合《青溪县文明城市测评细则》明确指出本周工作要注重以下两点：\n"
        "一是坚持问题导向，画好作战图。\n二是坚持需求导向，做好贴心人。"
    )
    assert issued(text) == [
        ("本周工作要注重以下两点", "罗晓梅"),
        ("坚持问题导向，画好作战图", "罗晓梅"),
        ("坚持需求导向，做好贴心人", "罗晓梅"),
    ]
    # guard: the head's name before what was said to it is no speaker of its own
    text = "会上，社区负责人罗晓梅汇报了工作情况。"
    assert issued(text) == []


def test_a_speech_bylined_by_its_speaker_is_theirs():
    # 在…会上的讲话 (line) 某某 / 郑 建 新 / 县委书记某某 (line) （date） 同志们： (before: no PERSON, or
    # no byline read without a space after the title, so no speaker)
    for byline in ("韩立新", "韩 立 新", "县委书记韩立新"):
        text = f"在全县创建工作推进会上的讲话\n{byline}\n（2023年5月8日）\n同志们：\n各村要加强环境整治。"
        name = byline.removeprefix("县委书记")
        assert issued(text) == [("各村要加强环境整治", name)]
    # guard: a title line of the speech with no name stays unnamed
    text = "在全县创建工作推进会上的讲话\n（2023年5月8日）\n同志们：\n各村要加强环境整治。"
    assert issued(text) == []


def test_a_pronoun_passes_over_the_one_who_accompanied_the_visit():
    # 县委书记某某到…调研，县长某某陪同。他强调，… (before: 他 read as the one accompanying, the
    # visitor's own clause read up to the sentence's end, 陪同 in it)
    text = "县委书记韩立新到青溪镇调研，县长周明陪同。他强调，市场管理方要落实门前三包责任。"
    assert issued(text) == [("市场管理方要落实门前三包责任", "韩立新")]
    text = "县委书记韩立新到青溪镇调研，县领导周明、吴芳陪同。他强调，市场管理方要落实门前三包。"
    assert issued(text) == [("市场管理方要落实门前三包", "韩立新")]
    # guard: a chair's clause before a speaker's still passes to the speaker
    text = "县委书记韩立新主持会议，县长周明讲话。他强调，市场管理方要落实门前三包责任。"
    assert issued(text) == [("市场管理方要落实门前三包责任", "周明")]
    # guard: attendees listed in one clause are all passed over
    text = "县领导韩立新、周明参加会议。县长吴芳讲话。他强调，市场管理方要落实门前三包责任。"
    assert issued(text) == [("市场管理方要落实门前三包责任", "吴芳")]


def test_a_topic_after_the_connective_of_a_glued_frame():
    # …取得的成绩，并就下一步工作强调，各村要… (before: no speaker)
    text = (
        "县委书记韩立新在讲话中充分肯定了前一阶段的成绩，并就下一步工作强调，各村要加强环境整治。"
    )
    assert issued(text) == [("各村要加强环境整治", "韩立新")]


def test_an_injunction_to_a_pronoun_leaves_its_verb_out():
    # …与摊主亲切交谈，叮嘱她要文明经营。 (before: the verb inside the span, no speaker)
    text = "县委书记韩立新来到青溪镇，与摊主亲切交谈，叮嘱她要文明经营。"
    assert issued(text) == [("她要文明经营", "韩立新")]
