"""DATE rules: calendar expressions with an attached part of day or time (date.pattern, the
regex in common._Rules), the bare day closing a range (date.range_end: 8月20日至22日), and the
bare day that opens a report's sentence (date.bare_day: 25日，我区召开 / 15日上午，市委召开)."""

from __future__ import annotations

import re

from civannot.preannotate.common import Doc
from civannot.preannotate.scan import speed_up

_DAY_RANGE_END = re.compile(
    r"(?:至|到|—|－|-|~|～)((?:\d{1,2}|[一二三十]{1,3})[日号])(?![\d〇一二三四五六七八九十])"
)

# 2018、2019、2020年: years listed before the one that carries 年, each a year of its own
_YEAR_LIST_ITEM = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=(?:、(?:19|20)\d\d)*、(?:19|20)\d\d年)")


def find_dates(doc: Doc) -> None:
    text = doc.text
    if "、" in text:
        for m in _YEAR_LIST_ITEM.finditer(text):
            doc.add(m.start(1), m.end(1), "DATE", 0.8, 2, "date.pattern")
    for m in doc.r.date.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        if m.group("bare") is not None:
            doc.add(m.start(), m.end(), "DATE", 0.8, 2, "date.bare_day")
        else:
            doc.add(m.start(), m.end(), "DATE", 0.85, 2, "date.pattern")
        # 8月20日至22日: the end of a range written as a bare day
        rm = _DAY_RANGE_END.match(text, m.end())
        if rm is not None and m.group().endswith(("日", "号")):
            doc.add(rm.start(1), rm.end(1), "DATE", 0.8, 2, "date.range_end")


# this module's regexes searched with their first characters as the skip set (scan.py): the
# same matches, fewer attempts
speed_up(globals())
