"""GBK repair: a character that lost both bytes, read by the word model alone as a character of
the words around it while a comma stands close behind (综合整治要持续开展 for 综合整治，持续开展,
issue 16): one U+FFFD, not a guess. Made-up rankings."""

from __future__ import annotations

from civannot.text import gbk


def _ranked(best: str, gap: float) -> list[tuple[tuple[str, int], float]]:
    return [((best, 1), -20.0), (("他", 1), -26.0), (("，", 1), -20.0 - gap)]


def test_a_comma_close_behind_a_character() -> None:
    assert gbk._comma_close(_ranked("要", 6.75), -20.0)
    assert gbk._comma_close(_ranked("为", gbk.LOST_COMMA_GAP - 0.1), -20.0)


def test_a_comma_far_behind() -> None:
    assert not gbk._comma_close(_ranked("要", gbk.LOST_COMMA_GAP + 0.1), -20.0)
    assert not gbk._comma_close(_ranked("要", 0.0)[:2], -20.0)  # no comma among the readings


def test_a_mark_is_not_doubted_for_a_comma() -> None:
    assert not gbk._comma_close(_ranked("。", 1.0), -20.0)


def test_a_comma_at_another_length_does_not_count() -> None:
    ranked = [(("要", 1), -20.0), (("，", 2), -21.0)]
    assert not gbk._comma_close(ranked, -20.0)


def test_a_rare_character_that_completes_a_word_is_not_doubted() -> None:
    # 垃 is offered for a lost character only because 垃圾 stands beside it: that word is evidence
    assert not gbk._comma_close(_ranked("垃", 6.0), -20.0)
