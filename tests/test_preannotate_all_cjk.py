"""common.all_cjk is `all(_is_cjk(c) for c in s)` done in C (speed19): the same answer for every
character either side of each range's bounds and for mixed strings."""

from civannot.preannotate.common import _is_cjk, all_cjk


def test_all_cjk_matches_is_cjk_at_every_bound():
    bounds = (0x3400, 0x9FFF, 0xF900, 0xFAFF, 0x20000, 0x3134F)
    chars = [chr(b + d) for b in bounds for d in (-2, -1, 0, 1, 2)]
    chars += list("张三市委书记、，。a1 \n“”（）·々〇")
    for c in chars:
        assert all_cjk(c) is _is_cjk(c), repr(c)
        for d in ("王", "a"):
            s = d + c + d
            assert all_cjk(s) is all(_is_cjk(x) for x in s), repr(s)


def test_all_cjk_empty_and_long():
    assert all_cjk("") is True
    assert all_cjk("某某市文明办副主任") is True
    assert all_cjk("某某市文明办副主任。") is False


def test_cut_note_searched_within_its_longest_match():
    """directives._unit looks for a cut page's note only in the last _CUT_NOTE_MAX characters:
    its longest match, and the line end its $ may stand before, fit there."""
    from re import _parser  # type: ignore[attr-defined]

    from civannot.preannotate.directives import _CUT_NOTE, _CUT_NOTE_MAX

    _lo, hi = _parser.parse(_CUT_NOTE.pattern, _CUT_NOTE.flags).getwidth()
    assert hi + 1 <= _CUT_NOTE_MAX
    text = "要持续开展背街小巷整治，（下转第三版）\n"
    for e in (len(text), len(text) - 1):
        whole = _CUT_NOTE.search(text, 0, e)
        assert whole is not None
        assert _CUT_NOTE.search(text, max(0, e - _CUT_NOTE_MAX), e).span() == whole.span()
