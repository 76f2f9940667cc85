"""The venue of a meeting (loc.venue): 会议在某某宾馆召开, 在县行政中心三楼会议室举行. A report names
where its meeting sits right after 在 and before the verb that opens it; the whole name is the
place, the level or the body it opens with included (市委礼堂, 街道办事处二楼会议室: a hall, not the
committee), as every development gold since session 10 reads it. The kinds of hall are in
resources/gazetteers/rule_words.json (meeting_venue_kinds)."""

from __future__ import annotations

import re

from civannot.preannotate.common import Doc
from civannot.preannotate.gazetteers import CJK, alternation, rule_words
from civannot.preannotate.scan import speed_up

# (the name: CJK, digits and letters, 202会议室, B座报告厅; the verb may carry its manner)
_VENUE = re.compile(
    rf"(?<=[在于])([{CJK}0-9A-Za-z]{{2,14}}?(?:{alternation(rule_words()['meeting_venue_kinds'])}))"
    r"(?=(?:隆重|正式|顺利|分别|先后)?(?:召开|举行|举办|开幕|开班|进行))"
)
_KIND_ONLY = re.compile(alternation(rule_words()["meeting_venue_kinds"]))
# a clause word inside what was read: no name (在会上的讲话在会议室召开 never joins)
_CLAUSE = re.compile("[的了是把将被对到和与及在]")
_OWN_LEVEL = tuple(a + b for a in "我本" for b in "省市县区州旗镇乡")


def find_venues(doc: Doc) -> None:
    text = doc.text
    # (the verbs _VENUE needs: 召开, 举行/举办, 开幕/开班, 进行)
    if "开" not in text and "举" not in text and "进行" not in text:
        return
    r = doc.r
    for m in _VENUE.finditer(text):
        a, e = m.span(1)
        if _CLAUSE.search(text, a, e):
            continue
        # 在县人民医院会议室召开: a hospital's or a school's room is read as the body it belongs
        # to (orgs: place_org_kind), as the session-12 audit's gold has it
        if r.place_org_kind.search(text, a, e):
            continue
        # 在我市某某国际大酒店举办: the writer's own city (我市, 本县) is no part of the name
        # (session 22, locs23)
        if text.startswith(_OWN_LEVEL, a) and e - a > 4:
            a += 2
        # 在北京人民大会堂举行: a city before a hall that has a name of its own is its own place
        # (白城宾馆, a hotel named by its city alone, stays whole)
        # (白城市政府大楼: the city with its level opens the body the building is named by)
        for n in (3, 2):
            if (
                text[a : a + n] in r.g.gpe_names
                and text[a + n] not in "省市县区州旗镇乡"
                and not _KIND_ONLY.fullmatch(text, a + n, e)
            ):
                a += n
                break
        doc.add(a, e, "LOC", 0.6, 3, "loc.venue")


speed_up(globals())
