"""领导干部 after a level is the level's cadres, not its leaders followed by names (lead, session 13;
the form the audib14 audit reported: 街道领导干部 gave TITLE 街道领导 and PERSON 干部, and the
PERSON then drew ISSUED_BY edges).

Made-up sentences.
"""

from __future__ import annotations

from civannot.preannotate import suggest


def _ents(text: str) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in suggest(text).spans if s.label != "DIRECTIVE"]


def test_cadres_of_a_level_are_no_leaders_with_names():
    assert _ents("会后，街道领导干部深入社区检查环境卫生。") == []
    assert _ents("全区领导干部要带头参加志愿服务。") == []
    assert _ents("校领导干部和师生代表参加活动。") == []


def test_leaders_of_a_level_before_names_stay():
    assert _ents("市领导张建国、李红出席会议。") == [
        ("TITLE", "市领导"),
        ("PERSON", "张建国"),
        ("PERSON", "李红"),
    ]
    assert _ents("校领导王明、赵丽陪同检查。") == [
        ("TITLE", "校领导"),
        ("PERSON", "王明"),
        ("PERSON", "赵丽"),
    ]


def test_cadres_draw_no_requirement_edge():
    text = "街道领导干部要求，各社区要加强巡查。"
    out = suggest(text)
    assert [s.label for s in out.spans if s.label == "PERSON"] == []
    assert [r for r in out.relations if r.label == "ISSUED_BY"] == []
