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


# --- conditions, scopes, topics and addressees before the marker stay in (session 38, second step) ---


def test_a_clause_that_weighs_a_threat_stays_out():
    # …，对水库安全度汛威胁极大，各地要… (before: 对 read as an adverbial of scope)
    text = "会议指出，近期强降雨频发，对堤防安全威胁极大，各乡镇要加强巡查值守。"
    assert directives(text) == ["各乡镇要加强巡查值守"]


def test_the_praise_a_speaker_gave_stays_out():
    # 某某对…，…给予充分肯定，并要求… (before: the goal's verb 落实 kept the report)
    text = (
        "方立平对河东镇及时部署工作，落实工作任务给予充分肯定，并要求镇村干部要高度重视，"
        "全力做好禁烧工作。"
    )
    assert directives(text) == ["镇村干部要高度重视，全力做好禁烧工作"]


def test_the_first_half_of_yue_yue_stays_in():
    text = "邹建平指出，越是整治难度大的地方，越是要拿出硬措施，啃下硬骨头。"
    assert directives(text) == ["越是整治难度大的地方，越是要拿出硬措施，啃下硬骨头"]


def test_what_is_excepted_is_the_scope_of_the_requirement():
    # 全县除…外，其余门店一律不得营业 (before: the scope of the prohibition was cut off)
    text = "钱立芳强调，全县除药店、超市、粮油店等保障群众基本生活的商店外，其余门店一律不得营业。"
    assert directives(text) == [
        "全县除药店、超市、粮油店等保障群众基本生活的商店外，其余门店一律不得营业"
    ]


def test_a_roll_of_bodies_with_their_kind_after_deng_is_the_addressee():
    text = "会议强调，区城管局、商务局、城管综合执法大队等职能部门，要加大巡查力度。"
    assert directives(text) == ["区城管局、商务局、城管综合执法大队等职能部门，要加大巡查力度"]


def test_an_addressee_with_the_matter_it_acts_on_stays_in():
    text = "吴立新强调，环保等部门就如何提升管理水平，要深入调查研究，制定整治方案。"
    assert directives(text) == ["环保等部门就如何提升管理水平，要深入调查研究，制定整治方案"]


def test_a_topic_named_by_a_de_phrase_stays_in():
    # 建设进度较慢的项目，要… (before: a 的 phrase kept only when it ended in 的)
    text = "黄立强指出，要确保项目按时完工。建设进度较慢的项目，要加大人员和资金投入。"
    assert directives(text) == ["要确保项目按时完工", "建设进度较慢的项目，要加大人员和资金投入"]
    # a clause with its own predicate after the 的 phrase asserts
    text = "曾立平指出，我镇的大部分资源都在农村，要扭转局面。"
    assert directives(text) == ["要扭转局面"]


def test_a_condition_under_ruo_stays_in():
    text = "侯立民表示，若暴雨影响学生上学安全，务必及早通报。"
    assert directives(text) == ["若暴雨影响学生上学安全，务必及早通报"]


def test_the_aspect_the_time_and_the_event_of_a_requirement_stay_in():
    # 某某方面，要… (在…方面 with its 在 left out)
    text = "会议强调，市容环境方面，要持续提升精细化治理水平。"
    assert directives(text) == ["市容环境方面，要持续提升精细化治理水平"]
    # but 一方面，… is a connective
    text = "会议强调，一方面，要持续提升精细化治理水平。"
    assert directives(text) == ["要持续提升精细化治理水平"]
    # 2018年全年，… / 下一步工作中，… / 会后，…
    text = "他指出，2019年全年，局全体干部必须保持紧张作风。"
    assert directives(text) == ["2019年全年，局全体干部必须保持紧张作风"]
    text = "他指出，下一步工作中，要正视短板不足。"
    assert directives(text) == ["下一步工作中，要正视短板不足"]
    text = "高立和要求，会后，各有关部门要立即着手准备。"
    assert directives(text) == ["会后，各有关部门要立即着手准备"]
