"""places._visit_lists tries the visit-list pattern once per 、: it must give exactly the matches
of the pattern's own finditer, whatever the text (notes in brackets, runs longer than an item,
lists back to back)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from civannot.preannotate import places

_ALPHABET = "来到甲乙丙广场市超店等地点位处以及周边、、、（）），。\n"


def _spans(ms):
    return [(m.start(), m.end(), m.group(1)) for m in ms]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_the_same_matches_as_finditer(text):
    assert _spans(places._visit_lists(text)) == _spans(places._VISIT_LIST.finditer(text))


def test_made_up_lists():
    for text in (
        "检查组先后来到甲乙广场、丙丁超市（某某店）、戊己公园等点位，察看了环境。",
        "督导组走进一二三四五六七八九十一二三四五广场、甲乙市场等地。",
        "来到甲乙广场、丙丁市场以及周边，又到戊己公园、庚辛车站等处。",
        "（注）、甲乙、丙丁等，来到甲乙（一期）（二期）、丙丁等地",
        "检查组来到甲乙安置点（一期）、丙丁超市等点位。",
    ):
        assert _spans(places._visit_lists(text)) == _spans(places._VISIT_LIST.finditer(text))
