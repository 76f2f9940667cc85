"""The project's learned strings are left out where the text says they are part of something
else: inside a longer name the rules read, or a post nobody is written beside (issue 15: on real
pages annotated by others the learned lexicon had added far more wrong spans than right ones)."""

from __future__ import annotations

from civannot.preannotate import Lexicon, suggest


def spans(text: str, lex: Lexicon, label: str) -> list[str]:
    return [s.text for s in suggest(text, lexicon=lex).spans if s.label == label]


def test_a_learned_body_inside_a_longer_name_of_the_rules_does_not_cut_it():
    lex = Lexicon.from_pairs([("住建局", "ORG"), ("融媒体中心", "ORG")])
    text = "会上，青禾县住建局作了表态发言。稿件由青禾县融媒体中心提供。"
    orgs = spans(text, lex, "ORG")
    assert "住建局" not in orgs and "融媒体中心" not in orgs
    assert "青禾县住建局" in orgs


def test_a_learned_body_alone_is_still_suggested():
    lex = Lexicon.from_pairs([("住建局", "ORG")])
    assert spans("住建局负责牵头。", lex, "ORG") == ["住建局"]


def test_a_learned_post_with_nobody_beside_it_is_not_a_title():
    lex = Lexicon.from_pairs([("部长", "TITLE"), ("书记", "TITLE")])
    text = "各乡镇党委书记要亲自抓，部长们也要到一线。"
    assert spans(text, lex, "TITLE") == []


def test_a_learned_post_before_a_name_or_after_one_is_a_title():
    lex = Lexicon.from_pairs([("网格长", "TITLE"), ("督导员", "TITLE")])
    assert spans("网格长柯小满介绍了情况。", lex, "TITLE") == ["网格长"]
    assert spans("会上，市委书记钟一鸣督导员指出，要抓好整改。", lex, "TITLE")[-1] == "督导员"


def test_a_learned_post_naming_its_body_in_a_list_is_kept():
    # the list goes on to a post the rules do not know and a name they may not read
    lex = Lexicon.from_pairs([("区档案馆馆长", "TITLE")])
    text = "区档案馆馆长、区供水公司总工程师欧阳晓岚陪同检查。"
    assert spans(text, lex, "TITLE")[:1] == ["区档案馆馆长"]
    assert spans("区档案馆馆长要带头。", lex, "TITLE") == []
