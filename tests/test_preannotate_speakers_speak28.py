"""speak28 (session 28): DIRECTIVE and ISSUED_BY forms of real reports the rules missed. Made-up
sentences in the same grammar (other names, places, numbers); each positive case failed on main
ead8902, the guards pass before and after."""

from __future__ import annotations

from tests.directive_helpers import directives, issued

_LEAD = "3月8日，区委常委、宣传部部长周明远带队督导青禾街道创城工作。\n"


# --- a point's heading alone on its line, then its body paragraph --------------------------------


def test_body_paragraph_after_a_heading_line_continues_it():
    text = _LEAD + (
        "周明远同志强调：\n"
        "要坚定信心凝聚合力。\n"
        "深刻认识创城工作的重要性、紧迫性，树牢必胜信念。以问题整改为抓手，进一步压实责任。\n"
        "要对标对表补齐短板。\n"
        "细化任务清单，完善工作台账，持续加大背街小巷整治力度。\n"
    )
    assert issued(text) == [
        ("要坚定信心凝聚合力", "周明远"),
        ("深刻认识创城工作的重要性、紧迫性，树牢必胜信念", "周明远"),
        ("以问题整改为抓手，进一步压实责任", "周明远"),
        ("要对标对表补齐短板", "周明远"),
        ("细化任务清单，完善工作台账，持续加大背街小巷整治力度", "周明远"),
    ]


def test_blank_line_between_heading_and_body_keeps_it():
    text = _LEAD + "周明远同志强调：\n\n要对标对表补齐短板。\n\n细化任务清单，完善工作台账。\n"
    assert issued(text) == [
        ("要对标对表补齐短板", "周明远"),
        ("细化任务清单，完善工作台账", "周明远"),
    ]


def test_no_body_read_after_a_report_or_a_long_requirement():
    # the paragraph after a heading that reports what was done stays a report
    text = _LEAD + "周明远同志强调：\n要对标对表补齐短板。\n街道已完成整改问题三十余处。\n"
    assert directives(text) == ["要对标对表补齐短板"]
    # a requirement paragraph of several clauses is no heading: the paragraph after it is read
    # on its own (no frame, no marker: nothing)
    text = _LEAD + (
        "周明远强调，各社区要对照测评体系逐项排查，建立问题清单，限期整改到位，确保不丢分。\n"
        "细化任务清单，完善工作台账。\n"
    )
    assert directives(text) == [
        "各社区要对照测评体系逐项排查，建立问题清单，限期整改到位，确保不丢分"
    ]
    # a heading nobody named speaks (会议要求：) carries no body either
    text = "会议要求：\n要对标对表补齐短板。\n细化任务清单，完善工作台账。\n"
    assert directives(text) == ["要对标对表补齐短板"]


# --- dev28's forms (both golds agree) ----------------------------------------------------------


def test_hope_for_a_place_addresses_nobody():
    text = _LEAD + (
        "周明远指出，省文明办对我区的创建工作寄予厚望，希望在我们这里实现新的突破。"
        "所以我们要全力以赴做好创建工作。"
    )
    assert issued(text) == [("我们要全力以赴做好创建工作", "周明远")]
    # (those present are addressed: 希望在座各位…)
    assert issued(_LEAD + "周明远表示，希望在座各位要带头抓好落实。") == [
        ("希望在座各位要带头抓好落实", "周明远")
    ]


def test_first_glued_to_the_marker_stays_in():
    text = _LEAD + "周明远指出，创建文明城区，首先要统一思想、提高认识，解决好思想问题。"
    assert issued(text) == [("首先要统一思想、提高认识，解决好思想问题", "周明远")]
    # (set off by its comma it stays a connective)
    assert issued(_LEAD + "周明远指出，首先，要统一思想、提高认识。") == [
        ("要统一思想、提高认识", "周明远")
    ]


def test_basis_then_act_continues_a_heading():
    text = _LEAD + (
        "周明远提出三点要求：一要查缺补漏，补齐短板。"
        "按照《青禾区创建全国文明城区三年行动方案》要求，紧扣《全国文明城市测评体系》对标创建，逐项落实。"
    )
    assert issued(text) == [
        ("一要查缺补漏，补齐短板", "周明远"),
        (
            "按照《青禾区创建全国文明城区三年行动方案》要求，紧扣《全国文明城市测评体系》对标创建，逐项落实",
            "周明远",
        ),
    ]


def test_need_of_named_bodies_after_an_assessment_prescribes():
    text = _LEAD + (
        "周明远指出，文明城市创建是一项长期的系统工程，需要相关部门聚焦重点、攻克难点，"
        "确保各项工作落到实处。"
    )
    assert issued(text) == [("需要相关部门聚焦重点、攻克难点，确保各项工作落到实处", "周明远")]
    # what a task needs of everyone, or of a list of parties, describes it
    assert directives(_LEAD + "周明远指出，创建是一项系统工程，需要全社会共同参与。") == []
    assert (
        directives(_LEAD + "周明远指出，创建是一项综合性工作，需要各社区、各单位积极参与。") == []
    )


def test_need_with_a_bare_verb_closing_the_clause_assesses():
    # (dev27p2's form and a fetched page's: what still needs doing to the subject)
    text = _LEAD + "周明远表示，街道环境明显改善，但创城的细节工作仍需加强。"
    assert directives(text) == []
    text = _LEAD + "督导发现，宣传栏破损2处，综合文化站等3种宣传资料需完善。"
    assert directives(text) == []
    # (the act with its object, or after 进一步 with its object, still asks)
    assert issued(_LEAD + "周明远强调，各社区需进一步压实责任，限期整改到位。") == [
        ("各社区需进一步压实责任，限期整改到位", "周明远")
    ]


def test_names_voicing_a_hope_together_all_speak():
    # (a fetched page's form: several named officials 表示 together, then their hope)
    text = (
        "市人大常委会副主任何明、陈红、张丽分别主持座谈会。在听取发言后，何明、陈红、张丽表示："
        "意见建议很有见解，起草小组将认真梳理。希望各位代表进一步密切联系群众，把工作做好。"
    )
    hope = "希望各位代表进一步密切联系群众，把工作做好"
    assert issued(text) == [(hope, "何明"), (hope, "陈红"), (hope, "张丽")]
    # (one name 表示 alone: one speaker)
    assert issued("市人大常委会副主任何明表示，希望各位代表进一步密切联系群众。") == [
        ("希望各位代表进一步密切联系群众", "何明")
    ]


def test_order_about_the_problems_glued_to_the_scene():
    # (dev27p2's form: …进行督查，对存在问题要求X… — the problems before the verb)
    text = _LEAD + (
        "周明远先后来到光明路、东风小区等点位，围绕环境卫生等情况进行督查，"
        "对存在问题要求有关责任单位立即逐项整改，巩固创建成效。"
    )
    assert issued(text) == [("有关责任单位立即逐项整改，巩固创建成效", "周明远")]
    # (and a second order to those it concerns opens its own requirement)
    text = (
        "督查组对小区环境进行检查，对于社区能整改的问题要求其限期整改到位，"
        "对于难点问题及时向街道汇报，并要求涉及的社区联合物业进行整改。"
    )
    assert directives(text) == [
        "其限期整改到位，对于难点问题及时向街道汇报",
        "涉及的社区联合物业进行整改",
    ]
