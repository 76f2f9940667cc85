"""Forms of DIRECTIVE and ISSUED_BY that the session-6 audit of 30 fresh real reports found missed
or cut (the audit pages stay outside the project). Every sentence here is made up in the same form;
each test names the form it guards."""

from __future__ import annotations

from civannot.preannotate import suggest


def _dirs(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "DIRECTIVE"]


def _issued(text: str) -> list[tuple[str, str]]:
    sug = suggest(text)
    return [(sug.spans[h].text, sug.spans[t].text) for r, h, t in sug.relations if r == "ISSUED_BY"]


def test_a_frame_ending_its_paragraph_with_a_colon_opens_the_list_below():
    text = (
        "州委常委、市委书记、市创文指挥部指挥长柯望川在会上强调：\n\n"
        "一是清醒认识当前面临的严峻形势，以坐不住的责任感抓好工作。二是深刻检视问题，"
        "着力解决落实上的差距。三是强化组织领导、严实纪律作风，凝聚攻坚力量。\n\n"
        "要继续发扬创文精神，全力冲刺！"
    )
    assert _dirs(text) == [
        "清醒认识当前面临的严峻形势，以坐不住的责任感抓好工作",
        "深刻检视问题，着力解决落实上的差距",
        "强化组织领导、严实纪律作风，凝聚攻坚力量",
        "要继续发扬创文精神，全力冲刺",
    ]
    assert {who for _, who in _issued(text)} == {"柯望川"}


def test_a_colon_ended_meeting_frame_opens_the_list_without_a_speaker():
    text = "会议强调：\n一是提高认识，压实责任。二是聚焦短板，立行立改。"
    assert _dirs(text) == ["提高认识，压实责任", "聚焦短板，立行立改"]
    assert _issued(text) == []


def test_what_a_named_speaker_requires_of_an_addressee_without_a_marker():
    text = (
        "县委副书记郝明远在听取汇报后指出，各单位都很重视。距离测评还剩不到一个月，"
        "郝明远要求各分管部门、条线及镇区进一步造浓氛围，做到领导带头、靠前指挥；"
        "对难题，要敢于面对，全力攻坚。"
    )
    assert _issued(text) == [
        ("各分管部门、条线及镇区进一步造浓氛围，做到领导带头、靠前指挥", "郝明远"),
        ("对难题，要敢于面对，全力攻坚", "郝明远"),
    ]


def test_what_a_meeting_requires_after_its_comma_without_a_marker():
    text = "会议要求，认真传达学习，及时向本单位党委专题汇报会议精神，积极支持创城工作。"
    assert _dirs(text) == ["认真传达学习，及时向本单位党委专题汇报会议精神，积极支持创城工作"]
    assert _issued(text) == []


def test_a_schedule_after_requires_is_no_requirement():
    # 要求，+ a statement of what will happen: nothing is asked of anyone
    text = "严立峰在部署时要求，整治行动从即日起至10月底，分宣传发动、集中整治两个阶段推进。"
    assert _dirs(text) == []


def test_continuations_opening_with_a_basis_or_a_main_line():
    text = (
        "会议要求，要强化机制创新，促进工作高效落实。根据市委创文任务分解，健全长效机制，"
        "确保各项任务落实落小；要强化为民思想，不断提升创建实效。以践行核心价值观为主线，"
        "深入开展宣传教育活动，提升市民知晓率；要强化文明行动。"
    )
    assert _dirs(text) == [
        "要强化机制创新，促进工作高效落实",
        "根据市委创文任务分解，健全长效机制，确保各项任务落实落小",
        "要强化为民思想，不断提升创建实效",
        "以践行核心价值观为主线，深入开展宣传教育活动，提升市民知晓率",
        "要强化文明行动",
    ]


def test_continuations_opening_with_other_imperative_verbs():
    text = (
        "常晓岚强调，各部门要加强领导。重点抓好农贸市场整治工作，加快推进背街小巷改造。"
        "深刻领会各级创文会议精神，服从大局。创造性地开展工作，拿出具体方案。"
    )
    assert _dirs(text) == [
        "各部门要加强领导",
        "重点抓好农贸市场整治工作，加快推进背街小巷改造",
        "深刻领会各级创文会议精神，服从大局",
        "创造性地开展工作，拿出具体方案",
    ]
    assert {who for _, who in _issued(text)} == {"常晓岚"}


def test_imperative_clauses_before_the_addressee_stay_in_the_span():
    text = (
        "会议要求，各单位要认真传达会议精神。抓紧安排部署，以主城区为重点的各有关单位，"
        "要抓紧召开动员部署会。同时，形成创城合力，明确各部门任务分工，各单位要按照统一部署，"
        "打响创城攻坚战。"
    )
    assert _dirs(text) == [
        "各单位要认真传达会议精神",
        "抓紧安排部署，以主城区为重点的各有关单位，要抓紧召开动员部署会",
        "形成创城合力，明确各部门任务分工，各单位要按照统一部署，打响创城攻坚战",
    ]


def test_an_addressee_with_its_role_opens_the_requirement():
    text = "会议要求，县委宣传部作为全县精神文明建设工作的牵头协调部门，要坚决贯彻落实县委的部署。"
    assert _dirs(text) == [
        "县委宣传部作为全县精神文明建设工作的牵头协调部门，要坚决贯彻落实县委的部署"
    ]
    text = "易秋实指出，青禾镇作为全区创建的主战场，要勇挑重担，事争一流。"
    assert _dirs(text) == ["青禾镇作为全区创建的主战场，要勇挑重担，事争一流"]


def test_a_time_closing_an_assessment_stays_out_of_the_requirement():
    text = (
        "邬成章指出，今年是创建周期的第一年，也是贯彻落实区党代会部署要求，全面建设现代城区的"
        "开局之年，全区上下要深刻认识创建工作的重要意义。"
    )
    assert _dirs(text) == ["全区上下要深刻认识创建工作的重要意义"]
    # an adverbial of time that opens with 在 belongs to the requirement
    text = "邬成章指出，在迎接实地测评的关键时刻，各级各部门要提高政治站位。"
    assert _dirs(text) == ["在迎接实地测评的关键时刻，各级各部门要提高政治站位"]
