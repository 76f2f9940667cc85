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
