"""任/兼任 between a post and what follows (lead, session 12; the form from the audtitles13 audit).

Made-up sentences. 任 is a surname, and the verb "serve as" before a post; 兼任 is "also serves as".
"""

from __future__ import annotations

from civannot.preannotate import suggest


def _ents(text: str) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in suggest(text).spans if s.label != "DIRECTIVE"]


def test_serve_as_before_a_post_is_no_name():
    text = "成立创建工作领导小组，由县长任组长，分管副县长任副组长，各部门主要负责人为成员。"
    assert ("PERSON", "任副") not in _ents(text)
    assert [e for e in _ents(text) if e[0] == "PERSON"] == []


def test_a_name_with_the_surname_ren_after_a_title_stays():
    assert _ents("副县长任强出席会议。") == [("TITLE", "副县长"), ("PERSON", "任强")]
    assert ("PERSON", "任志远") in _ents("县委书记任志远强调，要抓好落实。")


def test_also_serves_as_leaves_ren_out_of_the_next_title():
    text = "副市长兼任市创文指挥部副总指挥王立新出席。"
    out = suggest(text)
    spans = [(s.label, text[s.start : s.end]) for s in out.spans]
    assert spans == [("TITLE", "副市长"), ("TITLE", "市创文指挥部副总指挥"), ("PERSON", "王立新")]
    assert sorted(t for typ, h, t in out.relations if typ == "HOLDS_TITLE") == [0, 1]
