"""The venue of a meeting (loc.venue): 会议在某某宾馆召开, 在县行政中心三楼会议室举行. A report names
where its meeting sits right after 在 and before the verb that opens it; the whole name is the
place, the level or the body it opens with included (市委礼堂, 街道办事处二楼会议室: a hall, not the
committee), as every development gold since session 10 reads it. The kinds of hall are in
resources/gazetteers/rule_words.json (meeting_venue_kinds). A team that leaves a body's room out
(县文旅局三楼会议室: the body alone) switches loc.room_apart on (session 30, conv30)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from civannot.preannotate.common import Cand, Doc, _occurrences, all_cjk
from civannot.preannotate.gazetteers import (
    CJK,
    alternation,
    common_words,
    function_words,
    rule_words,
)
from civannot.preannotate.scan import speed_up

# (the name: CJK, digits and letters, 302会议室, B座报告厅; the verb may carry its manner, or
# the one who chairs or organises it: 在镇政府二楼会议室主持召开, 到某镇人民政府三楼大会议室召开)
# A meeting room (_ROOM_KINDS) is the venue of what a body's staff do there too: 在镇政府五楼
# 会议室集中收看, 在党政一号楼四楼会议室通过视频方式收听, and of a meeting whose verb comes later
# (在县委二楼西头会议室，某某参加; wide46 pages: six texts; session 44, locs46). The name runs
# to 16 characters (县四大班子机关综合办公楼4楼中会议室).
# A hall the writer's own county or town has one of is named by its level alone (在县会议中心召开,
# 在镇礼堂召开, 在区宾馆召开: f47's golds, both, and dev46's; rule_words.json level_venue_kinds;
# session 46, loc48); a room so named stays the writer's room in general (在镇会议室召开).
_VENUE = re.compile(
    rf"(?<=[在于到])([{CJK}0-9A-Za-z]{{2,16}}?(?:{alternation(rule_words()['meeting_venue_kinds'])})"
    rf"|[县市区镇乡旗](?:{alternation(rule_words()['level_venue_kinds'])}))"
    r"(?=(?:隆重|正式|顺利|分别|先后)?(?:主持|组织)?(?:召开|举行|举办|开幕|开班|进行)"
    r"|(?<=室|厅)(?:集中(?:收看|收听|观看|学习)|收看|收听|通过(?:视频|电视|网络)|，))"
)
_KIND_ONLY = re.compile(alternation(rule_words()["meeting_venue_kinds"]))
# (the kinds of a hotel, named by the place it stands in: 某省友谊宾馆, 某市饭店)
_HOTEL_KINDS = ("宾馆", "饭店", "酒店")
# a clause word inside what was read: no name (在会上的讲话在会议室召开 never joins)
_CLAUSE = re.compile("[的了是把将被对到和与及在]")
_OWN_LEVEL = tuple(a + b for a in "我本" for b in "省市县区州旗镇乡")


# The opt-in convention loc.room_apart (registry.CONVENTION_SWITCHES; session 30, conv30): a room
# of a body or a building a meeting sits in (县文旅局三楼会议室, 县政府常务会议室, 县行政中心302会议室)
# with the room left out, the body an ORG and the building a LOC, where by default the whole venue
# is one LOC. A hall that is a venue of its own (市委礼堂, 某某会议中心, 某某宾馆) stays whole.
ROOM_APART = "loc.room_apart"
_ROOM_KINDS = ("会议室", "会议厅", "报告厅", "多功能厅", "演播厅")
# the room and what says which room: its floor or number (九楼, 202, 3号, B座), its kind of meeting
# (常务, 常委), its size, and the offices of a body it is in (局机关)
_ROOM = re.compile(
    r"(?:机关)?(?:[0-9一二三四五六七八九十零〇]+(?:楼|层|号|室)?|[A-Za-z]座?|第[一二三四五六七八九十]+)*"
    rf"(?:常务|常委|党组|大|小|中|第[一二三四五六七八九十]+)?(?:{'|'.join(_ROOM_KINDS)})$"
)
# what a body ends with, and a building or a site (the host read as a LOC)
_HOST_BODY = re.compile(
    "(?:[局委办部院所队厅]|政府|镇府|乡府|办事处|委员会|管委会|公司|集团|协会|联合会)$"
)
_HOST_SITE = re.compile(
    "(?:中心|大楼|大厦|办公楼|综合楼|宾馆|酒店|饭店|大院|社区|村|小区|广场|园区|基地)$"
)
# what names a host in general, never one (社区会议室, 局机关会议室, 村委会议室: the room of the
# writer's own body)
_HOST_GENERIC = frozenset(("社区", "村", "机关", "单位", "本局", "本单位", "街道", "镇", "乡"))
# what a text must hold for loc.room_apart to change anything (learn.corrections.SWITCH_CUES)
ROOM_CUE = re.compile("|".join(_ROOM_KINDS))


def _room_host(doc: Doc, a: int, e: int) -> tuple[int, str] | None:
    """loc.room_apart: where the host of the room text[a:e] a meeting sits in ends, and what it
    is: "ORG" where it ends as a body does (某某县教育体育局), "LOC" where it ends as a building or
    a site does (县行政中心, 某某社区); None for a room with no host or a host in general (局机关
    8楼会议室, 社区会议室), or a host of no kind it knows."""
    text = doc.text
    m = _ROOM.search(text, a, e)
    h = m.start() if m is not None else e
    if h - a < 2 or text[a:h] in _HOST_GENERIC:
        return None
    if _HOST_BODY.search(text, a, h):
        return h, "ORG"
    if _HOST_SITE.search(text, a, h):
        return h, "LOC"
    return None


def _generic_room(text: str, a: int, e: int) -> bool:
    """在社区会议室召开, 在四楼会议室召开: a room named by its floor or by a host in general (the
    writer's own community, village, offices) names no place (dev40's golds, both: 社区会议室;
    session 39, places39); a named host keeps the whole venue (某某社区二楼会议室)."""
    if not text.endswith(_ROOM_KINDS, a, e):
        return False
    m = _ROOM.search(text, a, e)
    return m is not None and (m.start() == a or text[a : m.start()] in _HOST_GENERIC)


def _venues(doc: Doc) -> Iterator[tuple[int, int]]:
    """The venues of the meetings a text names: (start, end) of each hall's whole name."""
    text = doc.text
    # (the verbs _VENUE needs: 召开, 举行/举办, 开幕/开班, 进行)
    if "开" not in text and "举" not in text and "进行" not in text and "室" not in text:
        return
    r = doc.r
    for m in _VENUE.finditer(text):
        a, e = m.span(1)
        if _CLAUSE.search(text, a, e):
            continue
        if _generic_room(text, a, e):
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
        # (在辽宁友谊宾馆召开, 在某某饭店国际会议中心召开: a hotel is named by its province or
        # its city, which stays inside its name, and so does a hall named after the hotel it
        # is in: f46's golds, both; session 46, loc48)
        for n in (3, 2) if not text.endswith(_HOTEL_KINDS, a, e) else ():
            if (
                text[a : a + n] in r.g.gpe_names
                and text[a + n] not in "省市县区州旗镇乡"
                and not _KIND_ONLY.fullmatch(text, a + n, e)
                and not text.startswith(_HOTEL_KINDS, a + n)
            ):
                a += n
                break
        yield a, e


def _has(doc: Doc, a: int, h: int) -> bool:
    """Has a rule read text[a:h] as an ORG or a LOC already (the bodies' or the places' grammar)?"""
    return any(c.start == a and c.end == h for c in doc.cands if c.label in ("ORG", "LOC"))


def room_host_bodies(doc: Doc) -> None:
    """loc.room_apart, the bodies' part (called by entities.find_entities after the bodies'
    grammar, only while the switch is on): the body whose room a meeting sits in as an ORG
    (org.bare: 在卫生健康局会议室召开) where the bodies' grammar has not read it."""
    for a, e in _venues(doc):
        if not doc.text.endswith(_ROOM_KINDS, a, e):
            continue
        host = _room_host(doc, a, e)
        if host is not None and host[1] == "ORG" and not _has(doc, a, host[0]):
            doc.add(a, host[0], "ORG", 0.55, 3, "org.bare")


def find_venues(doc: Doc) -> None:
    text = doc.text
    rooms = ROOM_APART in doc.switches
    for a, e in _venues(doc):
        if rooms and text.endswith(_ROOM_KINDS, a, e):
            # (loc.room_apart: the room left out; a building or a site that holds it is the
            # place, a body is read by room_host_bodies)
            host = _room_host(doc, a, e)
            if host is not None and host[1] == "LOC" and not _has(doc, a, host[0]):
                doc.add(a, host[0], "LOC", 0.55, 3, ROOM_APART)
            continue
        doc.add(a, e, "LOC", 0.6, 3, "loc.venue")


# 在甲家属院、乙名典、丙园等小区: a list of sites closed by 等 and the kind they share (等小区,
# 等5个社区, 等村) names sites of that kind, each item whatever its own form (an estate's name
# with no kind of its own: 某某名典, 某某园); kinds of site only, never 等单位 / 等部门 / 等镇
# (session 23, locs24)
_CLOSED_LIST_KIND = re.compile(
    "等(?:[0-9一二三四五六七八九十两多]+个)?"
    "(?:小区|居民小区|住宅小区|社区|村|行政村|农贸市场|菜市场|市场|公园|广场|景区|商场|超市)"
)
# what opens the first item: a preposition, a verb of going or of looking with 了, and 的 after
# what says which of them (对地势低洼点的甲、乙等村: wide46 pages; session 44, locs46)
_FIRST_ITEM_OPENERS = (
    *("来到", "走进", "深入", "前往", "走访", "莅临", "在", "到", "对", "赴", "以及", "和", "及"),
    "的",
    *(v + "了" for v in ("察看", "查看", "检查", "督查", "抽查", "暗访", "督导", "调研", "巡查")),
)
_ITEM_STOP = frozenset("各全每该其本我这那等的了是和与及或")
_ITEM_NOT_ENDS = ("街道", "镇", "乡", "县", "区", "市", "局", "委", "办", "部", "队", "所", "中心")


def _list_items(
    text: str, a: int, end: int, openers: tuple[str, ...]
) -> tuple[list[tuple[int, int]], int]:
    """The items of the 、 list text[a:end] and its number of parts: the first item starts after
    its opener and is left out when none is found."""
    parts = text[a:end].split("、")
    pos = a
    items: list[tuple[int, int]] = []
    for i, part in enumerate(parts):
        s, e = pos, pos + len(part)
        pos = e + 1
        if i == 0:
            opener = max(
                (j for j in range(s + 1, e - 1) if text.endswith(openers, s, j)), default=0
            )
            if not opener:
                continue
            s = opener
        items.append((s, e))
    return items, len(parts)


# (searched from a position up to an end: where the run of characters before the end that holds
# no clause mark starts; possessive, so that a start whose run stops short fails at once)
_CLAUSE_RUN_TO_END = re.compile("[^，。；：！？\n（(“”]*+\\Z")


def closed_list_sites(text: str, cands: list[Cand]) -> list[Cand]:
    """Called by places.find_locations (step of loc.visit_item) where the text holds 、 and 等."""
    out: list[Cand] = []
    spans: list[tuple[int, int]] | None = None
    for m in _CLOSED_LIST_KIND.finditer(text):
        p = m.start()
        # the list: back to the clause's opening mark, at most 60 characters
        a = _CLAUSE_RUN_TO_END.search(text, max(0, p - 60), p).start()  # type: ignore[union-attr]
        # (甲、乙等乡镇以及丙、丁等景区: an earlier list's 等 closes the region)
        a = max(a, text.rfind("等", a, p) + 1)
        if "、" not in text[a:p]:
            continue
        items, _ = _list_items(text, a, p, _FIRST_ITEM_OPENERS)
        if len(items) < 2:
            continue
        for s, e in items:
            if text.endswith(("附近", "周边"), s, e):
                e -= 2
            # (检查了辖区劳动、新立等社区: the town's own area before the name)
            if text.startswith(("辖区", "城区", "市区", "县城", "镇区"), s) and e - s > 3:
                s += 2
            name = text[s:e]
            if spans is None:
                spans = [(c.start, c.end) for c in cands]
            if (
                not 2 <= len(name) <= 8
                or not all_cjk(name)
                or any(c in _ITEM_STOP for c in name)
                or name.endswith(_ITEM_NOT_ENDS)
                or "街道" in name
                or any(cs < e and s < ce for cs, ce in spans)
                or name in common_words()
                or name in function_words()
                or name[:2] in function_words()
            ):
                continue
            out.append(Cand(s, e, "LOC", 0.45, 2, "loc.visit_item"))
    return out


# 实地查看了甲、乙、丙社区: a list of bare names after a verb of visiting whose last item carries
# the kind they share (社区, 村, 小区) and closes the list: each bare name is a site of that kind,
# as in a list closed by 等 + the kind (session 27, locs27)
_SHARED_KIND = re.compile(f"[{CJK}]{{2,4}}?(?:社区|村|小区)(?=[，。；：及和等\n（]|$)")
_SHARED_OPENERS = tuple(o for o in _FIRST_ITEM_OPENERS if len(o) > 1 or o in "到赴")


def shared_kind_sites(text: str, cands: list[Cand]) -> list[Cand]:
    """Called by places.find_locations where the text holds 、 (closed_list_sites' companion)."""
    out: list[Cand] = []
    spans: list[tuple[int, int]] | None = None
    # _SHARED_KIND.finditer(text)'s matches that start right after a 、, matched there: a match
    # holds Chinese characters only, so none before a 、 reaches past it, and the one at the
    # 、 is found whatever came before (a pattern opening with any Chinese character, tried at
    # every one, cost most of this step; session 35, speed35p2)
    for q in _occurrences(text, "、"):
        p = q + 1
        if p < 3 or _SHARED_KIND.match(text, p) is None:
            continue
        a = _CLAUSE_RUN_TO_END.search(text, max(0, p - 40), p).start()  # type: ignore[union-attr]
        items, n_parts = _list_items(text, a, p - 1, _SHARED_OPENERS)
        if len(items) != n_parts:
            continue
        s, e = items[0]
        # (查看了辖区甲、乙社区: the town's own area before the name)
        if text.startswith(("辖区", "城区", "市区", "县城", "镇区"), s) and e - s > 3:
            items[0] = (s + 2, e)
        names = [text[s:e] for s, e in items]
        if not all(
            2 <= len(n) <= 4
            and all_cjk(n)
            and not any(c in _ITEM_STOP for c in n)
            and not n.endswith(_ITEM_NOT_ENDS)
            and n not in function_words()
            and n[:2] not in function_words()
            for n in names
        ):
            continue
        if spans is None:
            spans = [(c.start, c.end) for c in cands]
        for s, e in items:
            if not any(cs < e and s < ce for cs, ce in spans):
                out.append(Cand(s, e, "LOC", 0.45, 2, "loc.visit_item"))
    return out


# THE SITE GRAMMAR (session 25, locs26): the kinds of place these reports name beyond what
# places.py reads from a name and its kind (docs/genre-places-persons.md, Session 25 (locs26)).
# 1. A macro-region of the country (西北地区, 中西部地区, 长三角地区: resources rule_words.json
#    macro_regions), never a division's own quarter (城区西北地区, 县城东部地区).
_MACRO_REGION = re.compile(alternation(rule_words()["macro_regions"]))
#    A macro-region named without 地区 (受京津冀强降雨影响) is one too, not where it names a policy
#    of the region (京津冀协同发展, 长三角一体化; rule_words.json macro_regions_bare,
#    macro_region_policy_next; dev34's golds, both, and dev31's; session 33, places33)
_MACRO_REGION_BARE = re.compile(alternation(rule_words()["macro_regions_bare"]))
_MACRO_POLICY_NEXT = tuple(rule_words()["macro_region_policy_next"])
_REGION_OWNER = frozenset("省市县区州旗盟镇乡城村")
#    A region named by its direction alone (东北) is one where what follows names the region's
#    own cause or land (推进东北全面振兴, 东北黑土地保护: dev43's golds, both, on two pages;
#    rule_words.json direction_regions_bare, direction_region_next), never a direction (东北方向,
#    城区东北部) nor a longer name (东北网, 东北大学), and not after a province's short form or
#    another direction (辽东北, 华东北: province_regions reads those)
_DIRECTION_REGION = re.compile(
    f"(?:{alternation(rule_words()['direction_regions_bare'])})"
    f"(?=(?:{alternation(rule_words()['direction_region_next'])}))"
)
_DIRECTION_REGION_PREV = (
    _REGION_OWNER | frozenset("东西南北中华") | frozenset(rule_words()["province_short_forms"])
)
# 2. A metro line (地铁2号线, 轨道交通十号线), and a bare line (8号线) in the clause that named one
_METRO_LINE = re.compile(r"(?:地铁|轨道交通|轻轨)(?:\d{1,2}|[一二三四五六七八九十]{1,3})号线")
_BARE_LINE = re.compile(r"(?<=[、和及与划建])(?:\d{1,2}|[一二三四五六七八九十]{1,3})号线")
# 3. A site of culture or memory named by a known place's bare name, a theme and the kind
#    (某某新闻纪念馆, 某某1949文化主题街区, 某某民俗博物馆): one LOC, the place inside no GPE (as
#    places._place_venues reads the place right before the kind, 某某纪念馆; rule_words.json
#    culture_site_kinds); the name opens after a mark, a preposition or a verb of going
_CULTURE_KIND = re.compile(alternation(rule_words()["culture_site_kinds"]))
_CULTURE_OPEN = frozenset("、，。：；\n（(“在到赴至和及与对经▲ \u3000")
_CULTURE_GOING = ("来到", "走进", "深入", "前往", "参观", "走访", "察看", "查看", "考察", "调研")
_THEME = re.compile(f"[{CJK}0-9]{{1,8}}")
_THEME_STOP = frozenset("的了是在和与及等对把被将从向为以各全每该其本我这那市县区镇乡省州旗")


def _class_less(ranges: str, less: frozenset[str]) -> str:
    """A character class of `ranges` (a class's body written as ranges only, a-b…) without the
    characters of `less`, written out as ranges: the class the run below repeats. (Written as a
    lookahead inside the possessive repeat, (?:(?![…])[…])*+, Python 3.11.2's re matched it
    across a character the lookahead refuses: 市 alone, searched up to its end, was a run of
    one; later Pythons do not.)"""
    out = []
    for i in range(0, len(ranges), 3):
        lo, hi = ord(ranges[i]), ord(ranges[i + 2])
        for c in sorted(ord(ch) for ch in less if lo <= ord(ch) <= hi):
            if lo < c:
                out.append((lo, c - 1))
            lo = c + 1
        if lo <= hi:
            out.append((lo, hi))
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in out)


# (searched from a position up to the kind: where the run of a theme's characters that reaches
# the kind starts, _THEME's characters but _THEME_STOP's)
_THEME_RUN_TO_END = re.compile(f"[{_class_less(CJK + '0-9', _THEME_STOP)}]*+\\Z")


def grammar_sites(
    text: str,
    place_names: frozenset[str],
    doc_stems: set[str],
    cands: list[Cand] | None = None,
) -> list[Cand]:
    """Called by places.find_locations: the macro-regions, the metro lines and the sites of
    culture named by a place's bare name and a theme (the site grammar above); where the GPEs
    of `cands` end a site's own name may open (某某乡某某塬遗址)."""
    out: list[Cand] = []
    if "地区" in text or "大湾区" in text:
        for m in _MACRO_REGION.finditer(text):
            a = m.start()
            if a and text[a - 1] in _REGION_OWNER:
                continue
            out.append(Cand(a, m.end(), "LOC", 0.5, 2, "loc.kind"))
    if "东北" in text:
        for m in _DIRECTION_REGION.finditer(text):
            a = m.start()
            if not (a and text[a - 1] in _DIRECTION_REGION_PREV):
                out.append(Cand(a, m.end(), "LOC", 0.5, 2, "loc.kind"))
    if "京津冀" in text or "三角" in text:
        for m in _MACRO_REGION_BARE.finditer(text):
            if not text.startswith(_MACRO_POLICY_NEXT, m.end()):
                out.append(Cand(m.start(), m.end(), "LOC", 0.5, 2, "loc.kind"))
    if "号线" in text:
        lines = [(m.start(), m.end()) for m in _METRO_LINE.finditer(text)]
        out.extend(Cand(a, e, "LOC", 0.5, 2, "loc.kind") for a, e in lines)
        if lines:
            for m in _BARE_LINE.finditer(text):
                a = m.start()
                # (地铁2号线、规划8号线: within the sentence after a metro line named in full)
                if any(e <= a <= e + 12 and "。" not in text[e:a] for _, e in lines):
                    out.append(Cand(a, m.end(), "LOC", 0.5, 2, "loc.kind"))
    if "馆" in text or "址" in text or "居" in text or "街区" in text or "书院" in text:
        gpe_ends: set[int] | None = None  # (read where a name is first looked for below)
        for m in _CULTURE_KIND.finditer(text):
            k = m.start()
            best = None
            # (where a theme may open: from there to the kind, its characters only; a name
            # ending before that leaves a theme the test below fails; session 35)
            theme_lo = _THEME_RUN_TO_END.search(text, max(0, k - 8), k).start()  # type: ignore[union-attr]
            # the place's bare name (2 to 4 characters), then a theme of 1 to 8
            for a in range(max(0, k - 12), k - 2):
                for n in (4, 3, 2):
                    if a + n >= k or a + n < theme_lo:
                        continue
                    stem = text[a : a + n]
                    if stem not in place_names and stem not in doc_stems:
                        continue
                    theme = text[a + n : k]
                    if (
                        _THEME.fullmatch(theme)
                        and not any(c in _THEME_STOP for c in theme)
                        and (
                            a == 0
                            or text[a - 1] in _CULTURE_OPEN
                            or text.endswith(_CULTURE_GOING, 0, a)
                            or (text[a - 1] == "了" and text.endswith(_CULTURE_GOING, 0, a - 1))
                        )
                    ):
                        best = a
                        break
                if best is not None:
                    break
            if best is not None:
                out.append(Cand(best, m.end(), "LOC", 0.55, 2, "loc.place_venue"))
            else:
                if gpe_ends is None:
                    gpe_ends = {c.end for c in cands or () if c.label == "GPE"}
                named = _named_site(text, k, theme_lo, gpe_ends)
                if named is not None:
                    # (保护单位某某寨遗址: after a grade the site's whole name wins the village a
                    # kind of one character reads inside it, 单位某某寨)
                    graded = text.endswith(_HERITAGE_GRADES, 0, named)
                    out.append(Cand(named, m.end(), "LOC", 0.55, 3 if graded else 2, "loc.kind"))
    return out


_SITE_THEME_HEADS = frozenset(rule_words()["site_theme_heads"])


# (国家重点文物保护单位某某寨遗址, 世界文化遗产某某遗址: the grade of a site of heritage opens
# its name as a mark does; rule_words.json heritage_grade_openers; f50's gold; session 49, loc51)
_HERITAGE_GRADES = tuple(rule_words()["heritage_grade_openers"])


def _named_site(text: str, k: int, lo: int, gpe_ends: set[int] | None = None) -> int | None:
    """前往某某志愿服务主题街区, ，某某旅屯垦纪念馆如…: a site named by no known place, in three to
    eight characters of a theme's run (from lo to the kind at k) that open after a mark or a
    verb of going (the verb cut; not 通过观看博物馆: a function word opens no name; session 38,
    places38), after a grade of heritage (文物保护单位某某遗址) or right after the division it
    lies in (、某某乡某某塬遗址保护利用: the town a GPE of its own; session 49, loc51). The longest
    such name."""
    for a in range(lo, k - 2):
        opened = (
            text[a - 1 : a] in _CULTURE_OPEN
            or text.endswith(_CULTURE_GOING, 0, a)
            or text.endswith(_HERITAGE_GRADES, 0, a)
            # (土基镇某某村某某故居: a village between is a place of its own, the name opens
            # after it)
            or (
                gpe_ends is not None
                and a in gpe_ends
                and k - a <= 5
                and "村" not in text[a:k]
                and "社区" not in text[a:k]
            )
        )
        if a == 0 or not opened:
            continue
        if text.startswith(_CULTURE_GOING, a) or text[a] in _CULTURE_OPEN:
            continue  # (the verb itself, 到 or 在: the name opens after it)
        name = text[a:k]
        if any(v in name for v in _CULTURE_GOING):
            continue  # (调研组深入博物馆: a verb of going inside; the name opens after it)
        if (
            len(name) < 3
            # (通过观看博物馆: a function word opens no name; 三五九旅: a numeral may)
            or (name[:2] in function_words() and name[0] not in "一二三四五六七八九十")
            # (革命纪念馆, 红色文化主题街区, 廉政文化街区: a theme in general names no site;
            # rule_words.json site_theme_heads)
            or name[:2] in common_words()
            or name[:2] in _SITE_THEME_HEADS
        ):
            return None
        return a
    return None


# 1b. A region of a province named by its short form and a direction (皖北, 苏北, 湘东北, 赣南,
#    皖北地区, 某东西北: rule_words.json province_short_forms, province_region_directions): one
#    LOC, as both golds of dev37 (one region six times), dev30 and dev33 read it
#    (session 34, locs37). Never a division named so (黔西南, 渝北, 晋中: a GPE), never the
#    tail of a place before it (天津北, 江苏南通, 北京西站), never a person's name (a surname
#    and two characters the sentence closes on: 鲁东红，), never a name it opens (below).
_PROVINCE_REGION = re.compile(
    f"[{''.join(rule_words()['province_short_forms'])}]"
    f"(?:{'|'.join(rule_words()['province_region_directions'])})(?:地区)?"
)
_REGION_AFTER_NAME = frozenset("的地等和与及、，。；：）)”\n ")
_REGION_NOT = frozenset(rule_words()["province_region_not"])
#    (皖北报, 苏南视窗, 湘西铁军, 赣南商贸广场: the region opens the name of a paper, a body, a
#    road or a site, read whole or not at all)
_REGION_NAME_NEXT = tuple(rule_words()["province_region_name_next"])


def province_regions(text: str, names: frozenset[str], stems: frozenset[str]) -> list[Cand]:
    """Called by places.find_locations: the regions of a province (1b above); names and stems
    are the gazetteer's bare divisions (gpe_names, admin_stems)."""
    out: list[Cand] = []
    for m in _PROVINCE_REGION.finditer(text):
        a, e = m.span()
        region = text[a:e].removesuffix("地区")
        if (
            region in names
            or region in stems
            or region in _REGION_NOT
            or text.startswith(_REGION_NAME_NEXT, e)
        ):
            continue
        if any(
            text[b : a + 1] in names or text[b : a + 1] in stems for b in range(max(0, a - 3), a)
        ):
            continue
        if (
            e == a + len(region)
            and e + 1 < len(text)
            and "\u4e00" <= text[e] <= "\u9fff"
            and text[e] not in _REGION_AFTER_NAME
            and text[e + 1] in _REGION_AFTER_NAME
        ):
            continue
        out.append(Cand(a, e, "LOC", 0.5, 2, "loc.kind"))
    return out


# 4. A road named 某某道 (as the big northern cities name them: 卉锦道, 滨江道) as an item of a
#    list of roads, two of whose items at least are roads read already (某某路, 某某街, 某某大道);
#    never a word ending in 道 (通道, 街道, 渠道: resources rule_words.json road_dao_not)
_DAO_ITEM = re.compile(rf"(?<=[、，。：；\n ▲])([{CJK}]{{2,3}}道)(?=[、，。；：\n ]|等)")
_DAO_NOT = frozenset(rule_words()["road_dao_not"])
_ROAD_ENDS = ("路", "街", "大道", "道")


def dao_roads(text: str, cands: list[Cand]) -> list[Cand]:
    """Called by places.find_locations where the text holds 道 and 、 (the site grammar, 4)."""
    out: list[Cand] = []
    roads = [
        (c.start, c.end)
        for c in cands
        if c.label == "LOC" and text.endswith(_ROAD_ENDS, c.start, c.end) and c.end - c.start <= 5
    ]
    if len(roads) < 2:
        return out
    for m in _DAO_ITEM.finditer(text):
        a, e = m.span(1)
        name = m.group(1)
        if (
            name[-2:] in _DAO_NOT
            or name in _DAO_NOT
            or name in common_words()
            or name[:-1] in function_words()
            or any(c in _ITEM_STOP for c in name)
            or "、" not in text[max(0, a - 1) : e + 1]
        ):
            continue
        # the list it stands in: from the clause's mark before to the one after
        lo = max(text.rfind(c, 0, a) for c in "，。；：\n")
        his = [text.find(c, e) for c in "，。；：\n"]
        hi = min((h for h in his if h != -1), default=len(text))
        near = [
            (s, x)
            for s, x in roads
            if lo < s and x <= hi and (text[s - 1] in "、▲ " or text[x : x + 1] == "、")
        ]
        if len(near) >= 2 and not any(s < e and a < x for s, x in roads):
            out.append(Cand(a, e, "LOC", 0.45, 2, "loc.kind"))
    return out


# 5. A public facility visited as a site (督查组来到某某镇综合文化站, 实地察看了行政服务中心, 在行政
#    审批服务中心，…, 某某科技馆、行政服务中心): one LOC from after the verb of going or looking, the
#    place it is named by included (GUIDELINES.md nests none inside), where the bodies' grammar
#    reads 某某镇综合文化站 as the body it also is; the kinds in rule_words.json
#    visited_facility_kinds, those a county has one of (行政服务中心) read alone too
#    (visited_facility_alone). Not a hospital's or a school's (ORG by the teams' convention).
#    A venue with a name of its own (rule_words.json visited_venue_kinds: 某某里28号楼, 某某1895
#    创意大厦, 某某MALL商场, 某某粮食收购点, 某某供热首站, 某某鲜市, 某某科技城, 某某茶场) is read
#    so too, its name after its town (在某镇某某粮食收购点，: the town a GPE of its own), never the
#    kind alone nor a name of one character (来到3号楼); its name may hold Latin letters and
#    digits (f45-f49's and dev's golds: ten such sites, each of another kind; session 49, loc51).
_NAMED_VENUE_KINDS = frozenset(rule_words()["visited_venue_kinds"])
_FACILITY_KIND = re.compile(
    alternation(
        rule_words()["visited_facility_kinds"]
        + rule_words()["visited_trade_kinds"]
        + rule_words()["visited_venue_kinds"]
    )
)
_TRADE_KINDS = frozenset(rule_words()["visited_trade_kinds"]) | _NAMED_VENUE_KINDS
# (what a text must hold for a named venue to be read: places.find_locations asks it where none
# of the other kinds' cues is in the text)
NAMED_VENUE_CUE = re.compile(alternation(rule_words()["visited_venue_kinds"]))
_FACILITY_ALONE = frozenset(rule_words()["visited_facility_alone"])
_FACILITY_VERB = re.compile(
    "(?:来到|走进|深入到?|前往|莅临|走访了?|察看了?|查看了?|参观了?|考察了?|检查了?|督查了?"
    "|督导了?|调研了?|暗访了?|了解|到|赴)$"
)
_FACILITY_NAME = re.compile(f"[{CJK}0-9A-Za-z]{{0,10}}$")
_FACILITY_NAME_STOP = frozenset("的了是在和与及等对把被将从向为以各全每该其本我这那")
_FACILITY_STEM_STOP = frozenset(rule_words()["visited_facility_stop"])
_FACILITY_NEXT = frozenset("，。、；：）)”\n 和及与等")
# (words of an area in general, never inside a facility's own name: 街道辖区某某农贸市场,
# 县城某某农贸市场: the rules that read the name from its kind read it)
_FACILITY_STEM_NEVER = ("辖区", "周边", "境内", "所在", "县城", "城区", "市区")
_OWN_NAME_UNITS = frozenset("区县市镇乡")
# (先后到某某广场、县汽车总站、某镇行政服务中心检查: the visit's verb right after its last site;
# f47's golds, both; session 46, loc48)
_FACILITY_VISIT_NEXT = (
    "检查", "调研", "督导", "督查", "暗访", "考察", "视察", "察看", "查看", "走访",
    "看望", "慰问",
)  # fmt: skip


def _facility_stem_ok(stem: str, kind: str) -> bool:
    """What names the facility before its kind: nothing or a level (县政务服务中心) for a kind a
    county has one of; else a name of two characters at least that is no word of a kind of
    place (乡镇综合文化站, 基层党群服务中心: the kind in general)."""
    if not stem:
        # (a bus station or a market alone is the kind in general: 视察了建材市场、汽车站、)
        return kind in _FACILITY_ALONE and kind not in _TRADE_KINDS
    if len(stem) == 1:
        return stem in "省市县区" and kind in _FACILITY_ALONE
    return not (
        any(c in _FACILITY_NAME_STOP for c in stem)
        or stem in _FACILITY_STEM_STOP
        or stem in common_words()
        or stem in function_words()
        # (点头镇农贸市场: a town's name may open with a word; its unit says it names one)
        or (stem[:2] in function_words() and not (len(stem) >= 3 and stem[-1] in "镇乡"))
    )


def _venue_name_ok(name: str) -> bool:
    """A venue's own name (_NAMED_VENUE_KINDS): two characters at least, whose Chinese head (the
    digits after it cut: 某某里28) is no word of the dictionary or of a kind of place (小区3号楼,
    综合商场: the kind in general)."""
    head = name.rstrip("0123456789")
    return (
        len(name) >= 2
        and len(head) >= 2
        and not head.endswith(("小区", "社区", "单元", "楼", "栋"))
        and head not in common_words()
        and head not in _FACILITY_STEM_STOP
        and head[:2] not in function_words()
        and head[:2] not in common_words()
    )


# The opt-in convention org.service_centre (registry.CONVENTION_SWITCHES; session 30, conv30): a
# government service centre a visit names as a site (察看了行政服务中心, 某某科技馆、区政务服务中心)
# as the ORG it also is, where by default it is a LOC (a facility visited, as GUIDELINES' venue
# 市民中心); the kinds in rule_words.json service_centre_kinds. A community's centre (党群服务中心)
# and a cultural station stay places.
SERVICE_CENTRE_ORG = "org.service_centre"
_SERVICE_CENTRE = frozenset(rule_words()["service_centre_kinds"])
# what a text must hold for org.service_centre to change anything (learn.corrections.SWITCH_CUES)
SERVICE_CENTRE_CUE = re.compile(alternation(rule_words()["service_centre_kinds"]))


_LIST_VISIT_VERB = re.compile(
    "来到|走进|深入|先后到|分别到|先后赴|前往|莅临|走访|察看|查看|参观|考察|检查|督查|督导|调研"
    "|暗访"
)


def _closed_visit_list(text: str, mark: int, e: int) -> bool:
    """Whether the 、 at `mark` stands in a list of places a visit names, closed by 等 right
    after the item that ends at `e` (先后来到甲村、乙超市、丙街道文化站等处): a verb of
    going or looking in the sentence before the list."""
    if not text.startswith("等", e):
        return False
    lo = max(text.rfind(c, 0, mark) for c in "。！？\n")
    return _LIST_VISIT_VERB.search(text, max(lo + 1, mark - 80), mark) is not None


def _own_name_start(text: str, a: int, k: int) -> int:
    """Where the own name of the site whose kind starts at k opens, in the stem text[a:k]: after
    the last place's unit (区 县 市 镇 乡 街道, a name of two characters or more before it) that
    leaves a name of two characters or more; a."""
    best = a
    for j in range(a + 3, k - 1):
        if text[j - 1] in _OWN_NAME_UNITS or text.endswith("街道", a, j):
            best = j
    return best


def visited_facilities(text: str, cands: list[Cand], centres_org: bool = False) -> list[Cand]:
    """Called by places.find_locations (the site grammar, 5; session 27, locs27). `centres_org`:
    org.service_centre is on (a government service centre visited is an ORG)."""
    out: list[Cand] = []
    locs: set[int] | None = None
    for m in _FACILITY_KIND.finditer(text):
        k, e = m.span()
        kind = m.group()
        if e < len(text) and text[e] not in _FACILITY_NEXT:
            # (综合文化站站长, 服务中心主任: a post, or a longer name; 中心调研员, 中心督导组:
            # a post or a body of the centre's, no visit)
            if not text.startswith(_FACILITY_VISIT_NEXT, e) or text[e + 2 : e + 3] in "员组处科":
                continue
        if locs is None:  # (the places read, where a kind is first followed as a site's)
            locs = {c.end for c in cands if c.label == "LOC"}
        # the clause before the kind, back to its mark (16 characters at most: a mark further
        # back counts as none, so none is looked for there)
        lo = max(max(text.rfind(c, max(0, k - 17), k) for c in "，。、；：！？\n（“"), k - 17)
        head = text[lo + 1 : k]
        start = None
        # (the verb nearest the kind: 督查组首先来到某某镇…, 调研组实地察看了…)
        for j in range(len(head), max(0, len(head) - 11), -1):
            stem = head[j:]
            before = head[:j]
            if _FACILITY_VERB.search(before) and not before.endswith(("组到", "队到")):
                if _FACILITY_NAME.fullmatch(stem) and _facility_stem_ok(stem, kind):
                    start = k - len(stem)
                break
        if (
            start is None
            and lo >= 0
            and text[lo] == "、"
            and (lo in locs or _closed_visit_list(text, lo, e))
        ):
            # 甲科技馆、乙中心: an item right after a place visited; 来到甲路、乙街道文化站等处:
            # an item of a list of places visited closed by 等 (session 32, locs32)
            if _facility_stem_ok(head, kind) and _FACILITY_NAME.fullmatch(head):
                start = lo + 1
        if start is None and k >= 1 and text[k - 1] == "在" and text[e : e + 1] == "，":
            # 在行政审批服务中心，调研组…: a sentence opening on the place of the visit
            if (k == 1 or text[k - 2] in "。\n") and kind in _FACILITY_ALONE:
                start = k
        elif (
            start is None
            and head.startswith("在")
            and (lo < 0 or text[lo] in "。\n")
            # (在某某供热首站、某某公司、某某社区检查: the first of the sites visited; loc51)
            and (
                text[e : e + 1] == "，" or (kind in _NAMED_VENUE_KINDS and text[e : e + 1] == "、")
            )
            and _FACILITY_NAME.fullmatch(head[1:])
            and _facility_stem_ok(head[1:], kind)
        ):
            # 在某某区新时代文明实践中心，某某认真参观: the facility named whole opening the
            # sentence of the visit (session 34, orgs37)
            start = lo + 2
        if start is None and kind in _NAMED_VENUE_KINDS and locs:
            # 甲小区及乙MALL商场等: a venue joined by 及 / 和 right after a place read (loc51)
            j = max(head.rfind("及"), head.rfind("和"))
            if j > 0 and lo + 1 + j in locs and _FACILITY_NAME.fullmatch(head[j + 1 :]):
                start = lo + 2 + j
        if start is None:
            continue
        if kind in _NAMED_VENUE_KINDS and text.startswith("辖区内", start):
            start += 3  # (前往辖区内某某小镇鲜市: the area, then the venue's own name)
        if any(w in text[start:k] for w in _FACILITY_STEM_NEVER):
            continue  # (街道辖区某某农贸市场: the area in general before the site's name)
        if kind in _TRADE_KINDS:
            # (走访了某某区某某菜市场, 察看了某镇东兴里菜市场: the district, the county, the
            # town or the sub-district before a site's own name is its own GPE; a site with no
            # name of its own is named by its town, one LOC (查看了某镇农贸市场, 某镇自来水厂):
            # f45's, f46's and dev46's golds; session 46, loc48)
            start = _own_name_start(text, start, k)
        if kind in _NAMED_VENUE_KINDS and not _venue_name_ok(text[start:k]):
            continue
        if centres_org and kind in _SERVICE_CENTRE:
            out.append(Cand(start, e, "ORG", 0.55, 3, SERVICE_CENTRE_ORG))
        else:
            out.append(Cand(start, e, "LOC", 0.55, 3, "loc.visit_item"))
        locs.add(e)  # (甲街道公共服务中心、乙社区公共服务中心: the next item after this one)
    return out


speed_up(globals())
