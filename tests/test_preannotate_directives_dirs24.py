"""dirs24 (session 23): DIRECTIVE / ISSUED_BY forms a probe grid of made-up sentences found
systematically missed (frames x addressees x lengths). Made-up sentences; each positive case
failed on the session start (b53690c), the guards pass before and after."""

from __future__ import annotations

from tests.directive_helpers import directives, issued

_LEAD = "6月3日，青禾县召开创建文明城市推进会。县委书记梁志远出席会议并讲话。"


def test_bodies_directly_under_a_level_are_addressees_of_a_named_yaoqiu():
    # 某某要求县直有关部门… with no marker (before: nothing; 各… was read, 县直… was not)
    text = _LEAD + "梁志远要求县直有关部门加强背街小巷环境整治，确保问题整改到位。"
    assert issued(text) == [("县直有关部门加强背街小巷环境整治，确保问题整改到位", "梁志远")]


def test_bodies_directly_under_a_level_after_xiwang_and_qing():
    # (before: the name and the verb inside the span, no speaker)
    text = _LEAD + "梁志远希望区直各单位主动认领任务，带头参与创建。"
    assert issued(text) == [("希望区直各单位主动认领任务，带头参与创建", "梁志远")]
    text = _LEAD + "梁志远请旗直机关把任务带回去，抓好落实。"
    assert issued(text) == [("请旗直机关把任务带回去，抓好落实", "梁志远")]


def test_a_department_or_a_sites_staff_after_a_named_yaoqiu():
    # 某某要求市场监管部门… / 某某要求市场管理方… (before: nothing without a marker)
    text = _LEAD + "梁志远要求市场监管部门加大农贸市场巡查力度，严查占道经营。"
    assert issued(text) == [("市场监管部门加大农贸市场巡查力度，严查占道经营", "梁志远")]
    text = (
        "县委书记梁志远先后来到城西农贸市场、桂香社区察看环境卫生。"
        "梁志远要求市场管理方立即清理堆放杂物，规范摊位摆放。"
    )
    assert issued(text) == [("市场管理方立即清理堆放杂物，规范摊位摆放", "梁志远")]


def test_a_hope_for_a_firm_or_the_shops_names_its_speaker():
    # (before: 希望物业公司… / 希望沿街商户… gave no directive)
    text = _LEAD + "梁志远希望物业公司履行管理责任，及时清运小区垃圾。"
    assert issued(text) == [("希望物业公司履行管理责任，及时清运小区垃圾", "梁志远")]
    text = _LEAD + "梁志远希望沿街商户自觉落实门前卫生责任。"
    assert issued(text) == [("希望沿街商户自觉落实门前卫生责任", "梁志远")]


def test_prescriptive_xuyao_after_shops_and_townships():
    # 各乡镇（街道）需要… / 各商户需要… (before: 需要 after these addressees was read as descriptive)
    text = _LEAD + "梁志远指出，各乡镇（街道）需要进一步压实属地责任。"
    assert issued(text) == [("各乡镇（街道）需要进一步压实属地责任", "梁志远")]
    text = _LEAD + "梁志远指出，各商户需要自觉维护店外秩序。"
    assert issued(text) == [("各商户需要自觉维护店外秩序", "梁志远")]


def test_descriptive_xuyao_stays_no_requirement():
    # guard
    assert directives(_LEAD + "梁志远指出，当前创建工作需要解决的问题还很多。") == []
    assert directives(_LEAD + "梁志远指出，创建文明城市需要每个人的共同参与。") == []


def test_a_quoted_speech_holding_a_quoted_formula():
    # 某某说：“各村要把“门前三包”落到实处。” (before: the formula's own quotes left the speech's 要
    # inside an open quote, no directive)
    text = _LEAD + "梁志远说：“各村要把“门前三包”落到实处，持续巩固创建成果。”"
    assert issued(text) == [("各村要把“门前三包”落到实处，持续巩固创建成果", "梁志远")]
    text = _LEAD + "梁志远强调：“各单位要落实“三长制”，做到问题早发现、早处置。”"
    assert issued(text) == [("各单位要落实“三长制”，做到问题早发现、早处置", "梁志远")]


def test_a_requirement_opening_with_a_quoted_formula_keeps_it():
    # guard: “门前三包”要落实到位 opens the span with the formula (no speech quote); its opening
    # mark stays out, as both golds of dev40 leave it out (directives39)
    text = _LEAD + "梁志远强调，“门前三包”要落实到位，商户要自觉维护店外秩序。"
    assert issued(text) == [("门前三包”要落实到位，商户要自觉维护店外秩序", "梁志远")]


def test_a_need_of_a_department_stays_no_requirement():
    # guard: 要求部门的配合 names a need
    assert directives(_LEAD + "梁志远介绍，这项工作要求部门的密切配合。") == []


def test_a_stressed_imperative_without_a_marker():
    # 某某强调，全力打好“…攻坚战”，确保… (before: only the SLOGAN inside, no directive)
    text = _LEAD + "梁志远强调，全力打好“净城攻坚战”，确保顺利通过年度测评。"
    assert issued(text) == [("全力打好“净城攻坚战”，确保顺利通过年度测评", "梁志远")]
    text = _LEAD + "梁志远强调，坚持问题导向，进一步压实属地责任，推动创建工作常态长效。"
    assert issued(text) == [("坚持问题导向，进一步压实属地责任，推动创建工作常态长效", "梁志远")]


def test_a_stressed_assessment_stays_no_requirement():
    # guard: 强调，开展…是… / …具有重要意义 / …有利于… / what was done
    assert directives(_LEAD + "梁志远强调，开展城乡环境整治是民心所向。") == []
    assert directives(_LEAD + "梁志远强调，开展文明创建对提升城市品位具有重要意义。") == []
    assert directives(_LEAD + "梁志远强调，加强基层治理有利于巩固创建成果。") == []
    assert directives(_LEAD + "梁志远强调，推进各项整治工作取得了明显成效。") == []


def test_a_marker_inside_the_task_an_assertion_names():
    # 创建…是必须完成的硬性任务，没有退路。 (before: a directive, 必须 read as its marker; the form
    # of an earlier page's …，这是我们必须实现的目标，各乡镇要…, now in a sentence's first clause)
    text = _LEAD + "梁志远强调，创建省级文明城市是必须完成的硬性任务，没有退路。"
    assert directives(text) == []
    text = _LEAD + "梁志远强调，这是我们必须打赢的一场硬仗，各部门要全力以赴。"
    assert issued(text) == [("各部门要全力以赴", "梁志远")]


def test_the_key_is_to_act_stays_a_requirement():
    # guard: 关键是要把…落到实处 names no task, it asks
    text = _LEAD + "梁志远强调，关键是要把测评体系的各项要求落到实处。"
    assert issued(text) == [("关键是要把测评体系的各项要求落到实处", "梁志远")]
