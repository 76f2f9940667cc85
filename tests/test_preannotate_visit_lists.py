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


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "12AbＡ－·", max_size=80))
def test_the_same_matches_with_digits_and_letters_in_items(text):
    # (an item's run of characters may hold digits and letters after its first character: the
    # run is found by one search back from the mark, not a character at a time)
    assert _spans(places._visit_lists(text)) == _spans(places._VISIT_LIST.finditer(text))


def test_one_reading_per_text():
    """The two rules that read a text's lists (_visit_items, _visit_list_fill) share one
    reading of it; another text, even an equal one, is read for itself."""
    text = "检查组先后来到甲乙1号广场、丙丁B区市场、戊己公园等点位，察看了环境。"
    first = places._visit_lists(text)
    assert places._visit_lists(text) is first
    assert _spans(first) == _spans(places._VISIT_LIST.finditer(text))
    other = "督导组来到庚辛广场、壬癸市场等地。"
    assert _spans(places._visit_lists(other)) == _spans(places._VISIT_LIST.finditer(other))
    same = "".join(list(text))  # an equal text, another object
    assert same is not text
    assert _spans(places._visit_lists(same)) == _spans(first)
