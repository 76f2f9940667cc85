"""speak26 (session 25): the carry-over of a speaker between its frame and the directive, and the
directives that follow a narrative 要求 / a 希望 with no marker of their own. Made-up sentences in
the grammar of the real pages (other names, places, numbers); each positive case failed on main
before its fix, the guards pass before and after."""

from __future__ import annotations

from tests.directive_helpers import directives, issued

_VISIT = "5月6日，县委常委、宣传部部长柯美玲到青禾社区、城东市场等地督查文明创建工作。\n"


def test_a_topic_first_then_the_named_subject_right_before_yaoqiu():
    # 针对…问题，某某逐一现场交办，要求… / 对…的商家，某某逐家进行劝导，要求…: the sentence opens
    # with a topic, the clause right before the frame with the name (before: no speaker, the
    # topic was read as the sentence's subject clause and nobody named there)
    text = (
        _VISIT + "针对检查中发现的设施破损、小广告清理不彻底等问题和不足，柯美玲逐一现场交办，"
        "要求限期整改到位。"
    )
    assert issued(text) == [("限期整改到位", "柯美玲")]
    text = _VISIT + "对没有做到位的商家，柯美玲逐家进行劝导，要求做好门前三包。"
    assert issued(text) == [("做好门前三包", "柯美玲")]


def test_no_name_right_before_yaoqiu_stays_unnamed():
    # staff, not a named person, in the clause before the frame: no speaker (as before)
    text = _VISIT + "对没有做到位的商家，工作人员逐家进行劝导，要求做好门前三包。"
    assert issued(text) == []
    assert directives(text) == ["做好门前三包"]
    # the name two clauses back, inside a description: no speaker (as before)
    text = (
        "为确保创建实效，该镇成立了由镇长任总指挥的指挥部，各部门负责人为成员，"
        "要求各村按照分工积极配合。"
    )
    assert issued(text) == []


def test_a_pronoun_after_a_topic_requires_an_addressee_with_no_marker():
    # 针对存在问题，她现场要求有关责任方对照问题整改。/ 对于…问题，他要求相关街道、相关部门及时…
    # (before: nothing; the pronoun's frame read 要求 + addressee only at the sentence start, and a
    # name's frame read it after a topic as well)
    text = _VISIT + "针对存在问题，她现场要求有关责任方对照问题整改。"
    assert issued(text) == [("有关责任方对照问题整改", "柯美玲")]
    text = (
        _VISIT + "对于检查中发现的问题，她要求相关街道、相关部门及时采取有效的整改措施，"
        "并加强对同类问题的自查整改。"
    )
    assert issued(text) == [
        ("相关街道、相关部门及时采取有效的整改措施，并加强对同类问题的自查整改", "柯美玲")
    ]


def test_a_pronoun_after_a_topic_reporting_stays_no_directive():
    # 他要求的 / 她要求过的: no frame; a topic then 他表示 + a report: nothing required
    text = _VISIT + "对于检查中发现的问题，她表示已经全部整改到位。"
    assert directives(text) == []


def test_yaoqiu_then_the_means_or_the_standard_of_the_act():
    # …，要求通过集中行动，形成… / 他要求通过多种形式… / …，要求按照指标要求严督实查，…
    # (before: nothing; 通过 / 按照 open what a bare 要求 governs as an imperative verb does)
    text = _VISIT + "柯美玲就文明城市创建工作进行了部署，要求通过集中行动，形成全民参与态势。"
    assert issued(text) == [("通过集中行动，形成全民参与态势", "柯美玲")]
    text = _VISIT + "柯美玲看望了老党员。她要求通过多种形式挖掘整理先进事迹，传承弘扬时代新风。"
    assert issued(text) == [("通过多种形式挖掘整理先进事迹，传承弘扬时代新风", "柯美玲")]
    text = _VISIT + "柯美玲仔细询问各社区创建工作推进情况，要求按照指标要求严督实查，注重发掘典型。"
    assert issued(text) == [("按照指标要求严督实查，注重发掘典型", "柯美玲")]


def test_a_noun_yaoqiu_before_tongguo_stays_no_frame():
    # 按照上级工作要求，通过开展…，全面提升…: the noun 要求 (a standard followed) frames nothing
    text = "按照上级工作要求，青禾街道通过开展主题活动，全面提升了居民文明素质。"
    assert directives(text) == []


_CHECK = "3月2日，省测评组到桐庐县开展文明城市复查。"


def test_a_hope_for_a_place_opening_with_more_verbs():
    # an inspecting leader's hope for the place: 希望某某提高认识，… / 希望某某区持之以恒… /
    # 希望某某本着…原则，… (before: nothing; the verbs after the place were not in the list)
    text = _CHECK + "罗文博表示，桐庐县采取了大量卓有成效的举措。希望桐庐提高认识，巩固创建成果。"
    assert issued(text) == [("希望桐庐提高认识，巩固创建成果", "罗文博")]
    text = _CHECK + "罗文博指出，桐庐的城市品质持续提升。希望桐庐县持之以恒巩固创建成果。"
    assert issued(text) == [("希望桐庐县持之以恒巩固创建成果", "罗文博")]
    text = (
        _CHECK
        + "罗文博说，省文明办对会议的召开充满期待，希望桐庐本着热情、周到的原则，做好会务接待工作。"
    )
    assert issued(text) == [("希望桐庐本着热情、周到的原则，做好会务接待工作", "罗文博")]


def test_a_hope_for_an_autonomous_prefecture_named_with_its_unit():
    # 希望某某州进一步… (before: nothing; 州 was no unit of a place hoped for)
    text = (
        _CHECK + "罗文博说，省文明办对会议的召开充满信心。希望湘西州进一步完善工作预案，注重细节。"
    )
    assert issued(text) == [("希望湘西州进一步完善工作预案，注重细节", "罗文博")]


def test_a_hope_with_no_place_after_it_stays_no_directive():
    # 希望 + a word that is no place in the gazetteer: nothing (as before)
    text = _CHECK + "罗文博说，省文明办对会议的召开充满信心。希望通过提高认识来巩固成果的想法很好。"
    assert directives(text) == []
