"""Directives and their speakers, session 38 (issue 16): where a requirement starts when clauses
come before its marker, a sentence under 将, and the first item of a list after a comma. The
sentences and names are made up in the forms of the genre; each test fails on the rules before
the fix it covers, but for the guards of what the fixes leave as it was (a marker after the warning,
a purpose before the first item)."""

from __future__ import annotations

from directive_helpers import directives, issued

# --- an assertion or a setting before the marker stays out -----------------------------------


def test_a_clause_weighing_the_task_stays_out():
    # 做好某某工作意义重大，各级各部门必须… (before: the goal's verb 做好 kept the assessment)
    text = "苏明远强调，做好防汛抗旱工作意义重大，各级各部门必须守住安全底线，确保万无一失。"
    assert directives(text) == ["各级各部门必须守住安全底线，确保万无一失"]
    assert [who for _, who in issued(text)] == ["苏明远"]


def test_a_clause_with_its_meaning_stays_out_with_the_clauses_it_weighs():
    # 甲、乙，对某某具有重要意义，全县上下务必…: the weighed tasks and their meaning, all out
    text = (
        "林嘉树指出，推进城乡融合、建设宜居城区，对稳增长具有十分重要的意义，"
        "全区上下务必真抓实干，抓好各项任务落实。"
    )
    assert directives(text) == ["全区上下务必真抓实干，抓好各项任务落实"]


def test_a_purpose_does_not_carry_an_assessment_into_the_requirement():
    # 为…，某某工作刻不容缓，要…: the purpose holds no clause that weighs
    text = "会议强调，为巩固创建成果，整治背街小巷刻不容缓，要集中力量开展专项行动。"
    assert directives(text) == ["要集中力量开展专项行动"]


def test_a_subject_that_opens_like_a_preposition_states_a_setting():
    # 自治区党委赋予某市…的使命任务，各县区要… (before: 自 read as the adverbial 自…起)
    text = (
        "他强调，自治区党委赋予青川市建设区域中心城市的使命任务，各县区要找准定位、"
        "融入大局，奋力开创发展新局面。"
    )
    assert directives(text) == ["各县区要找准定位、融入大局，奋力开创发展新局面"]
    # an adverbial of 自 stays in
    text = "程远航要求，自即日起，各街道要每日开展巡查。"
    assert directives(text) == ["自即日起，各街道要每日开展巡查"]


def test_a_situation_with_its_own_subject_is_no_addressee():
    # 接近年末，各项工作进入收官季，要… (before: 各项工作… read as the addressee)
    text = "韩立新强调，接近年末，各项工作进入收官季，要对照目标逐项盘点，确保全年任务圆满完成。"
    assert directives(text) == ["要对照目标逐项盘点，确保全年任务圆满完成"]
    text = "会议指出，全市创建工作已进入冲刺阶段，各单位要全员上阵。"
    assert directives(text) == ["各单位要全员上阵"]
    # an addressee before the marker's clause stays in
    text = "会议强调，各乡镇、各部门和广大干部群众，要齐心协力抓好环境整治。"
    assert directives(text) == ["各乡镇、各部门和广大干部群众，要齐心协力抓好环境整治"]


def test_the_object_of_an_assertion_split_at_its_comma_stays_out():
    # 建设某某是提升…，提高…的一项民心工程，各单位要… (before: the goal's verb 提高 kept it)
    text = (
        "宋振华强调，改造老旧小区是完善城市功能，提升居民获得感的一项民生工程，"
        "各责任单位要倒排工期，确保按时完工。"
    )
    assert directives(text) == ["各责任单位要倒排工期，确保按时完工"]
    # an imperative goal before the addressee stays in
    text = "宋振华强调，坚决打赢环境整治攻坚战，各责任单位要倒排工期。"
    assert directives(text) == ["坚决打赢环境整治攻坚战，各责任单位要倒排工期"]


# --- a sentence under 将 -----------------------------------------------------------------------


def test_a_warning_under_jiang_after_a_requirement_is_no_directive():
    # 对于…的，将从严追责，… (before: read as an imperative continuing the requirement)
    text = (
        "周立山指出，各乡镇要高度重视，层层压实责任。对于排查不力、措施不实的，将从严追责问责，"
        "坚决筑牢防线，保障群众安全。"
    )
    assert directives(text) == ["各乡镇要高度重视，层层压实责任"]


def test_a_plan_under_jiang_after_a_requirement_is_no_directive():
    # 同时将跟踪督办… (before: 将 read as 把, an imperative opener)
    text = "邓可强调，要加强宣传教育，压实企业责任。同时将跟踪督办整改进度，消除安全隐患。"
    assert directives(text) == ["要加强宣传教育，压实企业责任"]
    # 将 as 把 still continues the requirement
    text = "邓可强调，要加强宣传教育，压实企业责任。将矛盾化解在基层，确保社会稳定。"
    assert directives(text) == [
        "要加强宣传教育，压实企业责任",
        "将矛盾化解在基层，确保社会稳定",
    ]


def test_a_warning_under_jiang_with_a_marker_stays_a_directive():
    text = "周立山指出，对于排查不力的，将从严追责，各乡镇要引以为戒。"
    assert directives(text) == ["各乡镇要引以为戒"]


# --- the first item of a list after a comma ------------------------------------------------------


def test_a_first_item_spelling_out_a_requirement_stays_in_its_span():
    # 某某部全体人员要迅速行动起来，一是要…。二是… (before: cut at the comma before 一是)
    text = (
        "钟晓岚指出，市委高度重视创建工作，办公室全体人员要迅速行动起来，一是要做好氛围营造，"
        "吸引市民关心创建。二是以问题为导向，修改完善工作方案。"
    )
    assert directives(text) == [
        "办公室全体人员要迅速行动起来，一是要做好氛围营造，吸引市民关心创建",
        "以问题为导向，修改完善工作方案",
    ]
    assert [who for _, who in issued(text)] == ["钟晓岚"] * 2


def test_a_first_item_after_a_purpose_opens_its_own_span():
    # 为…，一是要…；二是要…: the purpose leads the whole list, the item opens the span
    text = "钱立武指出，为进一步落实创建要求，一是要加大宣传力度；二是要加强环境整治。"
    assert directives(text) == ["要加大宣传力度", "要加强环境整治"]
