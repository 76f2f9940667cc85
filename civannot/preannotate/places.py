"""GPE and LOC rules: divisions read from strong positions of the text (a headline or dateline
opening with 某某市召开…, a list of units, a division before its sub-division) and their every
mention (gpe.doc_place, gpe.bare_stem); development zones (gpe.zone); the shipped gazetteer
(gazetteer:gpe, gazetteer:gpe_bare); bare items of a list of places (gpe.list); corps divisions
and regiments (gpe.corps); streets, communities, markets and venues (loc.*). A place name that
prefixes a title or a body is taken into it (extend_gpe_prefix)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator

from civannot.preannotate.common import (
    _BAD_NAME_CHARS,
    _CN_NUM,
    _GENERIC_HEAD,
    _GENERIC_STEMS,
    _LEVEL_BLOCK,
    _PUNCT_BOUNDARY,
    Cand,
    Doc,
    _is_cjk,
    _level_ok,
    _occurrences,
    _Rules,
    all_cjk,
    gpe_full_spans,
    per_gazetteers,
    rules,
)
from civannot.preannotate.common import _word_edge as _common_word_edge
from civannot.preannotate.gazetteers import (
    _ETHNIC,
    CJK,
    PROVINCE_INITIALS,
    PROVINCE_INITIALS_VISITED,
    PROVINCES,
    Gazetteers,
    _lines,
    _ordinary_words,
    admin_children,
    alternation,
    common_words,
    function_words,
    jieba_tokenizer,
    rule_words,
    words_cue,
)
from civannot.preannotate.persons import _valid_name
from civannot.preannotate.scan import _ANYTHING, _Anything, scan_compile, speed_up
from civannot.preannotate.venues import (
    NAMED_VENUE_CUE,
    SERVICE_CENTRE_ORG,
    closed_list_sites,
    dao_roads,
    grammar_sites,
    province_regions,
    shared_kind_sites,
    visited_facilities,
)

# 县长到镇里, 镇长驻村: a verb after the post, no town named with 长 (融安县长安镇 is one)
# verbs of going and staying, no character of a town's name right after its district
_GOING_CHARS = frozenset("到去来赴进入驻下回走")
_POST_VERBS_BEFORE_TOWN = frozenset("到在赴下进入驻来去回走包挂联与和及对向率带深前先亲等")
_NOT_A_TOWN_AFTER = ("乡村", "镇村", "乡镇", "村镇", "村民", "村级", "镇级", "乡级")
_UNIT_OPENS_WORD = frozenset(
    (
        *("乡土", "乡亲", "乡风", "乡愁", "乡贤", "乡情", "乡音", "乡邻", "乡里", "乡间", "乡野"),
        *("乡俗", "乡貌", "镇貌"),  # (镇容镇貌: the town's look, no town named 镇容)
        # (各苏木乡镇, 产煤乡镇, 助力乡镇发展: the townships of a kind, no township named
        # before 乡; session 42, places42)
        "乡镇",
    )
)

# (返乡人员, 回乡创业, 送文化下乡: 乡 closing a verb of going home or to the countryside)
_UNIT_CLOSES_WORD = frozenset(("返乡", "回乡", "下乡", "还乡", "归乡", "离乡", "思乡"))


def _word_edge(text: str, s: int, e: int) -> bool:
    """common._word_edge (no 委/长/政 after the name: 某某县委, 某某县长, 某某县政府), and 长
    opening the next division's name after a unit: a town or a township (融安县长安镇, 某区长乐乡),
    a village after its town (罗坪镇长水村), a prefecture's bare name after its province
    (湖南省长沙望城区); the post 县长/镇长/省长 is no word there (session 24, gpe25)."""
    if _common_word_edge(text, s, e):
        return True
    if text[e] != "长" or e - s < 2:
        return False
    unit = text[e - 1]
    if unit == "省" and text[e : e + 2] in rules().g.admin_stems:
        return True
    x, kind = text[e + 1 : e + 2], text[e + 2 : e + 3]
    if not x or not _is_cjk(x) or x in _POST_VERBS_BEFORE_TOWN:
        return False
    if text[e + 2 : e + 4] in _NOT_A_TOWN_AFTER:
        return False
    # (某某区长某街道, 某某区长某某街道: a sub-district after its district likewise; posts29)
    street = text.startswith("街道", e + 2) or (
        text.startswith("街道", e + 3) and _is_cjk(text[e + 2])
    )
    # (某某街道长岭社区, 某某街道长安村: a community or a village after its sub-district, whose
    # name opens with 长; 道长 is no word there; session 34)
    community = text.startswith("社区", e + 2) or (
        text.startswith("社区", e + 3) and _is_cjk(text[e + 2])
    )
    return (
        ((kind in ("镇", "乡") or street) and unit in "市县区旗")
        or (kind == "村" and unit in "镇乡")
        or (text[e - 2 : e] == "街道" and (kind == "村" or community))
    )


# 兵团第六师, 兵团八师石河子市: the corps named before its division is part of the division's name
# (as the corps writes it, and as dev19's annotator tagged it 4 times of 4; session 24, gpe25);
# 兵团三师图木舒克市: a city of four characters the gazetteer knows
_CORPS_DIVISION_NAME = re.compile(
    rf"(?:新疆生产建设兵团|生产建设兵团|兵团)?[第农]?[一二三四五六七八九十]{{1,3}}师(?![范傅])"
    rf"(?:[{CJK}]{{2,4}}?市(?![委长民场区]))?"
)
# 七师与乌苏市: a connective after the division opens no city of its name
_CORPS_CITY_NOT = frozenset("与及同跟")
# 在一师某某市, 到八师某某市: what opens a division written with its city (no 第, no corps)
_CORPS_OPENERS = frozenset("在到赴和及与对从")
# 第八师某某市党委将…: the division-city's own committee or government after it
_CORPS_OWN_BODY = ("党委", "人民政府", "政府")
# 七师与乌苏市, 与七师全面融合: a division written bare (no 第, no city) in a text about the corps,
# between marks or connectives
_BARE_CORPS_DIVISION = re.compile(
    r"(?:(?<=[、，。：；和及与同在到赴\n（(])|^)[一二三四五六七八九十]{1,3}师"
    r"(?=[与和及同、，。；）)\n]|全面|各族)"
)


def corps_divisions(text: str, r: _Rules) -> list[tuple[int, int, str]]:
    """(start, end, city) of every division of the corps the grammar reads (第十四师某某市, 兵团八师某某
    市, 农一师): the corps' name before it is part of it (兵团第六师), a connective after 师 ends
    it (七师与乌苏市: 七师, and the city is a GPE of its own); `city` is the city named in it
    (石河子市), or ''."""
    out: list[tuple[int, int, str]] = []
    if "师" not in text:
        return out  # (every division's name holds 师: most texts have none; session 35)
    for m in _CORPS_DIVISION_NAME.finditer(text):
        a, e = m.span()
        k = text.index("师", a, e)
        corps = text[a] in "新生兵"
        j = k
        while j > a and text[j - 1] in _CN_NUM:
            j -= 1
        first = j > a and text[j - 1] in "第农"
        city = text[k + 1 : e]
        if (
            city
            and (
                city[0] in _CORPS_CITY_NOT
                or (city[0] == "和" and city[1:] in r.g.admin_full)
                or (len(city) == 5 and city not in r.g.admin_full)
                # 十三师要以建市为起点: a clause after the division, no city (session 28, places28)
                or any(c in "要以从向的了是在把将被为" for c in city[:-1])
            )
        ):
            e, city = k + 1, ""
        if not first and not (
            city
            and (
                corps
                or a == 0
                or not _is_cjk(text[a - 1])
                # 在一师某某市中心, 到八师某某市考察: a preposition or a verb's 到 opens the
                # division with its city as a mark does (session 38, places38)
                or text[a - 1] in _CORPS_OPENERS
            )
        ):
            continue  # (a bare 七师: read by the bare pattern, in a text about the corps)
        out.append((a, e, city))
    return out


# 第七师, 七师, 兵团第六师 written alone (no city joined to it): the division as the corps' body,
# an ORG (independent annotators 3 ORG, 1 GPE; session 28, corps28); a team that tags it a place
# switches on gpe.corps_division, whose GPE then takes the same span (ahead of the ORG: same
# priority, put first)
CORPS_DIVISION_ORG = "org.corps_division"
CORPS_DIVISION_GPE = "gpe.corps_division"
# what a text must hold for a division alone (learn.corrections.SWITCH_CUES)
CORPS_DIVISION_CUE = re.compile(r"[一二三四五六七八九十]师")


def _corps_division_alone(a: int, e: int, conf: float) -> tuple[Cand, Cand]:
    return (
        Cand(a, e, "GPE", conf, 2, CORPS_DIVISION_GPE),
        Cand(a, e, "ORG", conf, 2, CORPS_DIVISION_ORG),
    )


def _corps_units(text: str, r: _Rules) -> list[Cand]:
    """Divisions and regiments of the production and construction corps (第十四师某某市, 十六团):
    a regiment read in a strong position counts at its every further mention."""
    # 第一师阿拉尔市, 兵团八师石河子市: the division written with its city is one GPE (independent
    # annotators 4 join, 2 split; session 26, corps27); a team that splits them switches on
    # gpe.corps_city_apart (conventions.split_corps_cities)
    out: list[Cand] = []
    if "师" not in text and "团" not in text:
        return out  # (no division, farm or regiment is read without them; session 35)
    for a, e, city in corps_divisions(text, r):
        if city:
            out.append(Cand(a, e, "GPE", 0.7, 2, "gpe.corps"))
            # 一师某某市党委牢牢把握…: the division-city before its own committee names the
            # committee, one ORG as 某某市党委 is (both golds of f39; session 38, places38)
            body = next((b for b in _CORPS_OWN_BODY if text.startswith(b, e)), "")
            if body:
                out.append(Cand(a, e + len(body), "ORG", 0.7, 2, "org.grammar"))
        else:
            out.extend(_corps_division_alone(a, e, 0.7))
    if "师" in text and ("兵团" in text or "师市" in text or out):
        for m in _BARE_CORPS_DIVISION.finditer(text):
            out.extend(_corps_division_alone(m.start(), m.end(), 0.65))
    # farms count only in an article about the corps (a division named in it), or right after
    # their division (十三师某某四场)
    divisions = bool(out)
    # (the farm pattern may start anywhere: scanned only where a farm can be there at all)
    farms = r.corps_farm.finditer(text) if "场" in text and (divisions or "师" in text) else ()
    for m in farms:
        a = m.start()
        # (，并通报农场存在的问题, 、社区与农场签订: a clause's connective or verb before the farm
        # of the text, no farm's name; session 39, places39)
        if any(c in _FARM_NOT_NAME for c in m.group()[:-2]) or m.group()[:2] in function_words():
            continue
        if divisions or (a >= 2 and text[a - 1] == "师" and text[a - 2] in _CN_NUM):
            out.append(Cand(a, m.end(), "GPE", 0.6, 2, "gpe.corps"))
    regiments = {m.group() for m in r.corps_regiment.finditer(text)}
    if not (divisions or "兵团" in text or "团场" in text or "师市" in text):
        # (68团 in digits: a regiment only in a text about the corps, no count of troupes; or
        # right before a numbered company of its own, 72团12连, which the company rule reads as
        # the corps' too: the regiment and its company, as 一二一团三连 is; session 43, places43)
        companied = (
            {n for n in regiments if n[0].isdigit() and _company_after(text, n)}
            if "连" in text
            else set()
        )
        regiments = {n for n in regiments if not n[0].isdigit()} | companied
    for name in regiments:
        for a in _occurrences(text, name):
            nxt = text[a + len(name) : a + len(name) + 1]
            if nxt and nxt in "结队委体员购伙聚拜年长日":
                continue
            if a and text[a - 1] in _CN_NUM + "第":
                continue  # 二十六团 read from its tail
            out.append(Cand(a, a + len(name), "GPE", 0.65, 2, "gpe.corps"))
    return out


# the characters of a clause's connectives and particles, never in a farm's name of two or three
_FARM_NOT_NAME = frozenset("与和及并的了是对把将被")


# adverbs that open a clause (of time, or linking it to the one before)
_CLAUSE_ADVERBS = (
    "当前", "目前", "今年", "去年", "近年", "现在", "此前", "同时", "其中", "为此", "因此",
    "另外", "此外", "随后", "近日", "日前", "下一步", "下步",
)  # fmt: skip


def _gpe_start(text: str, s: int, e: int, g: Gazetteers) -> int | None:
    """Start of 漳州高新区 / 大龙开发区: a known place, or a short run after punctuation."""
    seg = text[s:e]
    # 永丰镇和经开区: a division and a connective before the zone's kind; the zone is bare and
    # opens after the connective (session 23, gpe24)
    for i in range(2, len(seg) - 3):
        if seg[i] in "和及与" and seg[i - 1] in "镇乡县区市道":
            return None
    for k in range(len(seg) - 2, 0, -1):
        head = seg[:k]
        if head in g.gpe_names or head in g.admin_stems or head + "市" in g.admin_full:
            # 王卫东深入某某工业园区: a known name inside a person's name, then a verb of going,
            # opens no zone (the place before the kind is read below; session 28, places28)
            if any(v in seg[k:] for v in _GOING_VERBS) or any(
                c in _BAD_NAME_CHARS for c in seg[k:]
            ):
                break
            return s
    prev = text[s - 1] if s else "\n"
    stem_len = len(seg) - len(_suffix_of(seg, g))
    stem = seg[:stem_len]
    # 到白城工业园区: a known place right before the zone is its name (checked before the
    # boundary rule, which would take the preposition in)
    u = s + stem_len
    for n in (4, 3, 2):
        if u - n > s and (text[u - n : u] in g.admin_stems or text[u - n : u] in g.gpe_names):
            # 三江口新区: a numeral before a known place of two characters opens the zone's own
            # name (江口 is a county elsewhere); a count (两个, 第三) is no name
            a = u - n
            if (
                n == 2
                and a - 1 >= s
                and text[a - 1] in _NAME_NUMERALS
                and (a - 1 == 0 or text[a - 2] not in _CN_NUM + "第")
            ):
                return a - 1
            # 中新某某生态城, 中德某某产业园区: the initials of the two countries that build the
            # zone together open its name (session 33, places33)
            if a - 2 >= s and text[a - 2] == "中" and text[a - 1] in _PARTNER_INITIALS:
                return a - 2
            return a
    # 某某旅游经济开发区, 某某生态工业园区: the zone's sector between its name and its kind
    # (rule_words.json honour_stems); the name before it is read as before (session 27, places27)
    if stem_len >= 4 and stem[-2:] in _HONOUR_STEMS and stem[-4:-2] not in _HONOUR_STEMS:
        stem_len -= 2
        stem = stem[:stem_len]
    if (
        (
            prev in _PUNCT_BOUNDARY
            or prev in "和及与在"
            # 某某到天衢新区督导: 到/赴 as the verb of going itself (not 达到, 做到: a word of the
            # dictionary closing with it; gpe32)
            or (prev in "到赴" and not jieba_tokenizer().FREQ.get(text[s - 2 : s]))
        )
        and 2 <= stem_len <= 4
        # 通报了开发区, 要发挥开发区: a clause before the generic zone is no name
        and not any(c in _BAD_NAME_CHARS or c in "要将把" for c in stem)
        # 省级工业园区, 县级开发区: the zone's rank, not its name (市属开发区, 区辖园区: whose
        # zones, none named; session 31, gpe31)
        and stem[-1] not in "级属辖"
        # 打造花园式产业园区: the manner of a zone, not its name (session 18, locs19)
        and stem[-1] not in "式型"
        # (省委自贸港工委办: a committee before the zone's body, no zone's name; session 43)
        and stem[-1] != "委"
        and stem[0] not in "到在和及与对从向"
        # 。当前经济开发区、某某街道…: an adverb of time or linking opens the clause, no name
        # (session 28, places28)
        and not stem.startswith(_CLAUSE_ADVERBS)
        # 全市开发区工作座谈会, 各县开发区: the zones of a whole level, none named (全市 is no
        # GPE; session 28, places28)
        and stem[0] not in "全各我本该其每"
        and stem[:2] not in function_words()
        and stem[-2:] not in function_words()
        # ，部署高新区落实意见 / ，助力开发区发展: a verb whose object is the zone (session 39)
        and stem[:2] not in _ZONE_NAME_VERBS
    ):
        return s
    # 推进望城经开区: a known place right before the zone, whatever precedes it
    u = s + stem_len
    for n in (4, 3, 2):
        if u - n >= s and (text[u - n : u] in g.admin_stems or text[u - n : u] in g.gpe_names):
            return u - n
    return None


# verbs that take a zone as their object, no zone's name (rule_words.json zone_name_verbs)
_ZONE_NAME_VERBS = frozenset(rule_words()["zone_name_verbs"])
_BARE_ZONE = re.compile(
    "经济技术开发区|高新技术产业开发区|经济开发区|高新区|开发区|经开区|经济区|生态城(?![市镇乡])"
)
# the kinds of zone no sentence writes for zones in general: once the text names its own zone of
# the kind, the kind alone is that zone after any character (结合生态城实际, 测评生态城情况;
# dev33's golds, both; session 33, places33)
_RARE_ZONE_KINDS = frozenset(("生态城",))
# the initials of a country that builds a zone with China (中新, 中德, 中韩 …)
_PARTNER_INITIALS = frozenset("新德韩以欧俄日法意英美澳泰马印")


# 各乡镇、 / 全县各单位、: the item before is every unit of a level
_EVERY_ITEM_BEFORE = re.compile("各[^、，。：；\n]{1,4}$")
# what may stand right before a further mention of the local zone written by its kind alone
_ZONE_AGAIN_OPEN = frozenset("在到赴把将对和及与是的为")


def _bare_zone_units(text: str, cands: list[Cand]) -> list[Cand]:
    """某某区、某某区、高新区; 某某镇、开发区主要负责人; 10月7日，经济技术开发区召开…: the local zone
    written by its kind alone, as an item of a list of divisions or as the subject of a
    dateline, is a GPE like its neighbours (dev27p2's gold; a zone in general, 全面推进开发区建设,
    国家级经济技术开发区, stays none; session 27, places27)."""
    kinds = list(_BARE_ZONE.finditer(text))
    if not kinds:
        return []  # (the candidates are read only where a kind is written; session 35)
    gpe_ends = {c.end for c in cands if c.label == "GPE"}
    gpe_starts = {c.start for c in cands if c.label == "GPE"}
    covered = [(c.start, c.end) for c in cands]
    out: list[Cand] = []
    rest: list[tuple[int, int]] = []
    for m in kinds:
        a, e = m.span()
        if any(s <= a and e <= x and (s, x) != (a, e) for s, x in covered):
            continue
        if not a:
            # 经济技术开发区召开… opening the text (a headline): a further mention (posts29)
            rest.append((a, e))
            continue
        prev = text[a - 1]
        if prev in "市县" and _level_zone_opens(text, a - 1, e):
            # 各乡镇、市开发区, 甲镇、乙乡、县经济开发区、县住建局: the city's or the county's own
            # zone, its level written before the kind alone, is one GPE with it (dev40's golds,
            # both; session 39, places39)
            out.append(Cand(a - 1, e, "GPE", 0.55, 1, "gpe.zone"))
            continue
        listed = (prev in "、和及与" and a - 1 in gpe_ends) or (
            text[e : e + 1] == "、"
            and e + 1 in gpe_starts
            and not _is_cjk(prev)
            # (各乡镇、开发区、某某街道党工委: a list of every level's units, the zone's kind
            # among them names none; dev28's golds, both; session 28, places28)
            and not (prev == "、" and _EVERY_ITEM_BEFORE.search(text, max(0, a - 8), a - 1))
        )
        dateline = (
            prev == "，"
            and _DATE_BEFORE.search(text, max(0, a - 9), a) is not None
            and text.startswith(_ADMIN_NEXT, e)
        )
        # (甲街道、开发区的服务中心书记 written without 的: the kind opens a body's name, the body is listed;
        # session 33)
        if (listed or dateline or _zone_visited(text, a, e)) and not text.startswith(
            _ZONE_BODY_NEXT, e
        ):
            out.append(Cand(a, e, "GPE", 0.55, 1, "gpe.zone"))
            # (某某新区、高新区、经济区: the kind just read is a listed neighbour of the next)
            gpe_ends.add(e)
        else:
            rest.append((a, e))
    # 10月7日，经济技术开发区召开… 某某指出，经济技术开发区在…, 要把经济技术开发区打造成为…: once
    # read so, the same bare kind is that zone at every further mention where it opens a clause
    # or follows a preposition, 把 or 的 (not 全面推进开发区建设, 国家级经济技术开发区: a verb, a
    # rank or a level before it speaks of zones in general; dev27p2's gold; session 28, places28)
    read = {text[c.start : c.end] for c in out}
    # (9月5日，经济开发区召开… ，开发区负责人…: the kind read is the zone's, and so are its short
    # forms; session 39, places39)
    read.update(short for kind in tuple(read) for short in _ZONE_SHORT.get(kind, ()))
    named = _own_zone_kinds(text, cands)
    by_body = _kinds_before_own_bodies(text)
    own = named | by_body
    # (the kinds the text names its zone by, with no fuller name: after a verb too; where the
    # zone is named with its place, 某某经济开发区 … 通报了经济开发区…, the kind after a verb is
    # left out, as session 11's and dev40's golds have it)
    by_kind = read | by_body
    for a, e in rest if read or own else ():
        kind = text[a:e]
        if (
            kind not in read
            and (
                kind not in own
                # (乡镇、开发区、 / 开发区建设: an item of a list of kinds, the work of zones in general)
                or text[a - 1 : a] == "、"
                or text[e : e + 1] == "、"
                or text.startswith(_ZONE_WORK_NEXT, e)
            )
        ):
            continue
        if (
            not a
            or not _is_cjk(text[a - 1])
            or text[a - 1] in _ZONE_AGAIN_OPEN
            or (kind in _RARE_ZONE_KINDS and kind in own)
            or (kind in by_kind and _verb_before_zone(text, a, e))
        ):
            out.append(Cand(a, e, "GPE", 0.55, 1, "gpe.zone"))
    return out


# what follows a zone's kind that a visit goes to (到高新区调研, 莅临经开区，, 调研开发区、化工园)
_ZONE_VISIT_NEXT = ("调研", "考察", "视察", "检查", "督导", "督查", "指导", "走访", "开展", "召开")


def _zone_visited(text: str, a: int, e: int) -> bool:
    """副市长某某来高新区调研, 区委书记某某到经济开发区调研, 深入开发区调研指导: the zone's kind
    alone right after a verb of going (going_verbs) or a bare 来 / 到 / 赴, before the visit's
    verb or a mark, is the place the visit goes to, the text's own zone, a GPE like a listed one
    (f50's golds, both: 来高新区调研 and its further mentions; wide45-50: five more, the local
    zone each; session 49, gpe51). Not 以来, 达到, 做到: a word of the dictionary closing with
    the character (今年以来开发区…; not a rare one: 李明来 holds 明来); not before a site's name
    (深入开发区农贸市场: places27's guard, the site in the zone)."""
    if _is_cjk(text[e : e + 1]) and not text.startswith(_ZONE_VISIT_NEXT, e):
        return False
    if text.endswith(_GOING_VERBS, 0, a):
        return True
    return (
        text[a - 1 : a] in ("来", "到", "赴")
        and (jieba_tokenizer().FREQ.get(text[a - 2 : a]) or 0) <= _RARE_WORD_FREQ
    )


def _level_zone_opens(text: str, s: int, e: int) -> bool:
    """市开发区 at s: the level opens the clause or an item of a list (not 全市开发区, 湖北省开发区:
    a word or a name before the level), and no body of the zone follows (市开发区管委会: the
    bodies' rules read it)."""
    before = text[s - 1 : s]
    return (
        (not before or not _is_cjk(before) or before in "和及与在到对")
        and not text.startswith(_ZONE_BODY_NEXT, e)
        and not text.startswith(_ZONE_WORK_NEXT, e)
    )


def _verb_before_zone(text: str, a: int, e: int) -> bool:
    """确保开发区安全生产稳定, 通报了开发区存在的问题, 带领高新区相关负责同志: the text's own zone,
    once read, is the object of a verb as often as it opens a clause (f39's and dev40's golds,
    both; wide pages); a word of two characters that jieba holds as a verb or a function word
    ends before the kind, so the kind opens no longer name (临港开发区). Not 各个开发区, 省级开发区,
    推进开发区建设 (zones in general, a rank, their work; session 39, places39)."""
    # (发布开发区：某某经济开发区: a field of the page's chrome, the kind its label)
    if text.startswith(_ZONE_WORK_NEXT, e) or text[e : e + 1] in "：:":
        return False
    if text[a - 1 : a] == "了":
        return True
    word = text[a - 2 : a]
    return len(word) == 2 and word[0] not in "各全每该其本我这那" and word in function_words()


# what opens a body named after a zone's kind (开发区事务服务中心, 高新区管委会办公室)
_ZONE_BODY_NEXT = ("事务服务中心", "服务中心", "管委会", "管理委员会", "党工委", "工委", "办公室")
# 开发区管委会, 高新区党工委书记: the zone's own bodies and posts named after its kind alone
_ZONE_OWN_BODY = ("管委会", "管理委员会", "党工委", "工委", "党委")
# 开发区建设, 开发区发展: the work of zones in general after the kind
_ZONE_WORK_NEXT = ("建设", "发展", "体制", "改革", "转型", "经济")


def _own_zone_kinds(text: str, cands: list[Cand]) -> set[str]:
    """The zone kinds the text writes for the zone it is about (session 31, gpeb31: dev31's golds,
    both, and dev29's, dev27p2's): a zone named with its place (某某高新区 read as a GPE, and its
    kind's short forms: 某某经济技术开发区 … 开发区); with _kinds_before_own_bodies, the kind alone
    opening a clause before the zone's own body or post (，开发区管委会…, 。高新区工委书记…)."""
    own: set[str] = set()
    for c in cands:
        if c.label != "GPE":
            continue
        m = _BARE_ZONE.search(text, c.start, c.end)
        if m is not None and m.end() == c.end and m.start() > c.start:
            own.add(m.group())
            own.update(_ZONE_SHORT.get(m.group(), ()))
    return own


def _kinds_before_own_bodies(text: str) -> set[str]:
    """The zone kinds written alone opening a clause before the zone's own body or post
    (，开发区管委会…, 。高新区工委书记…): the text names its zone by its kind."""
    own: set[str] = set()
    for m in _BARE_ZONE.finditer(text):
        a, e = m.span()
        if text.startswith(_ZONE_OWN_BODY, e) and (
            not a or not _is_cjk(text[a - 1]) or text[a - 1] in _ZONE_AGAIN_OPEN
        ):
            own.add(text[a:e])
    return own


def _suffix_of(seg: str, g: Gazetteers) -> str:
    for suf in g.admin_suffixes:
        if seg.endswith(suf):
            return suf
    return ""


_LIST_OF_NAMES = re.compile(rf"[{CJK}]{{2,6}}(?:、[{CJK}]{{2,8}}){{2,}}")
# (searched from a position up to a 、: the run of Chinese characters that reaches it)
_CJK_RUN_TO_MARK = re.compile(f"[{CJK}]*+\\Z")


def _lists_of_names(text: str) -> Iterator[re.Match[str]]:
    """_LIST_OF_NAMES.finditer(text), the same matches, tried once per 、 instead of at every
    Chinese character (as _find_visit_lists does): a match's first item is a run of two to six
    Chinese characters ending at its first 、, and what the pattern asks after that 、 does not
    depend on where the run starts; so the leftmost match whose first 、 is at q starts where
    the run of Chinese characters before q starts (six characters before q at the most, the
    last match's end at the earliest), and if the pattern fails there it fails at every start
    with that 、."""
    pos = 0
    q = text.find("、")
    while q != -1:
        run = _CJK_RUN_TO_MARK.search(text, max(q - 6, pos), q)
        p = run.start() if run is not None else q
        m = _LIST_OF_NAMES.match(text, p) if q - p >= 2 else None
        if m is not None:
            yield m
            pos = m.end()
            q = text.find("、", pos)
        else:
            q = text.find("、", q + 1)


# ，北峪、南川位列…: a list of two bare names, the first alone after a mark (gpe32)
_PAIR_OF_NAMES = re.compile(rf"(?:^|(?<=[，。：；\n]))([{CJK}]{{2,3}})、([{CJK}]{{2,3}})", re.M)
_CJK_RUN = re.compile(rf"[{CJK}]*")


# 长春 四平 辽源 通化 白城: a line of short names set apart by spaces (a site's menu of its
# cities and counties)
_NON_SPACE = re.compile(r"\S+")
_SPACED_LINE = re.compile(
    rf"^[ \t　]*(?:[{CJK}]{{2,9}}[ \t　]+){{3,}}[{CJK}]{{2,9}}[ \t　]*$", re.M
)


def _spaced_place_lines(text: str, cands: list[Cand], g: Gazetteers) -> list[Cand]:
    """A line of four names or more set apart by spaces, nearly all of them places the gazetteer
    knows (a regional site's menu of its cities): each known bare name is a GPE, though alone it
    would read as a word (四平, 白山, 通化; session 27, places27)."""
    out: list[Cand] = []
    taken = {c.start for c in cands if c.label == "GPE"}
    for m in _SPACED_LINE.finditer(text):
        toks = [(t.start(), t.end()) for t in _NON_SPACE.finditer(text, m.start(), m.end())]
        known = [
            (s, e)
            for s, e in toks
            if text[s:e] in g.gpe_names or text[s:e] in g.admin_stems or text[s:e] in g.admin_full
        ]
        if len(known) < 4 or len(known) * 10 < len(toks) * 7:
            continue
        out.extend(Cand(s, e, "GPE", 0.55, 1, "gpe.list") for s, e in known if s not in taken)
    return out


def _pair_name_tails(g: Gazetteers) -> frozenset[str]:
    def build() -> frozenset[str]:
        return frozenset(n[-2:] for n in g.admin_stems | g.gpe_names)

    got: frozenset[str] = per_gazetteers(g, "pair_name_tails", build)
    return got


def _known_pairs(text: str, g: Gazetteers) -> list[Cand]:
    """，北峪、南川位列前十: a list of two bare names is read where both are counties or cities
    the gazetteer knows (no word of the dictionary), the first alone after a mark, the second
    whole or opening the rest of the clause (not 南川路: a road named after it; gpe32)."""
    out: list[Cand] = []
    tails = _pair_name_tails(g)

    def known(name: str) -> bool:
        return name in g.admin_stems or name in g.gpe_names

    i = text.find("、")
    while i >= 0:
        # (the first name looked up before the pattern is matched there: few are known, and
        # before most marks no known name's last two characters stand; session 35)
        for n0 in (2, 3) if text[i - 2 : i] in tails else ():
            a = i - n0
            if a >= 0 and known(text[a:i]) and (m := _PAIR_OF_NAMES.match(text, a)):
                s1 = m.start(2)
                # (甲、乙、丙: a longer list is _gpe_lists's)
                run_m = _CJK_RUN.match(text, s1)
                run = run_m.end() if run_m is not None else s1
                seg = text[s1:run]
                for n in (3, 2) if text[run : run + 1] != "、" else ():
                    if known(seg[:n]) and (len(seg) == n or seg[n] not in "省市县区州旗镇乡街村路"):
                        out.append(Cand(a, i, "GPE", 0.55, 1, "gpe.list"))
                        out.append(Cand(s1, s1 + n, "GPE", 0.55, 1, "gpe.list"))
                        break
                break
        i = text.find("、", i + 1)
    return out


def _joined_last_item(text: str, k: int, g: Gazetteers) -> list[Cand]:
    """甲、乙、丙和丁等市县: the list's last name joined to the one before it by 和 / 及 / 与 at
    k, a county or city the gazetteer knows (no name that is also a word: 和平安), not opening
    a longer name (丁县, 丁路; session 42, places42)."""
    if text[k : k + 1] not in ("和", "及", "与"):
        return []
    for m in (3, 2):
        name = text[k + 1 : k + 1 + m]
        if (
            len(name) == m
            and (name in g.admin_stems or name in g.gpe_names)
            and name not in g.gpe_ambiguous
            and text[k + 1 + m : k + 2 + m] not in _NOT_AFTER_JOINED
        ):
            return [Cand(k + 1, k + 1 + m, "GPE", 0.55, 1, "gpe.list")]
    return []


# (丁县, 丁路, 丁河: a unit, a road or a water named after the name makes it a longer one)
_NOT_AFTER_JOINED = frozenset("省市县区州旗盟镇乡村街路河江湖山桥")


def _gpe_lists(text: str, cands: list[Cand], g: Gazetteers) -> list[Cand]:
    """芗城、龙文、龙海、长泰、漳州高新区: bare items of a list that is mostly places."""
    out: list[Cand] = []
    gpe_starts: dict[int, int] | None = None  # built at the first list: most texts have none
    prev_end = -1
    for m in _lists_of_names(text):
        # 某某标准化菜市场、甲局、乙局: the list before stopped inside an item longer than its
        # regex reads (8 characters); what this one opens with is that item's tail (市场), no
        # name (gpe34)
        cut_first = m.start() == prev_end
        prev_end = m.end()
        if gpe_starts is None:
            gpe_starts = {c.start: c.end for c in cands if c.label == "GPE"}
        items = []
        p = m.start()
        for part in m.group().split("、"):
            items.append((p, p + len(part)))
            p += len(part) + 1
        # the last item may run on into the sentence: cut it at 和/及 or keep a known prefix
        known = 0
        ends = (items[0][0], items[-1][0])
        for s, e in items:
            seg = text[s:e]
            if s in gpe_starts or seg in g.admin_stems or seg in g.gpe_names or seg in g.admin_full:
                known += 1
            # 在甲、乙、丙等县市: the first item opened by the clause's preposition, the last run on
            # into 等 / 和: their known names count too (session 27, places27)
            elif s in ends and any(
                (
                    s == items[0][0]
                    and len(seg) == n + 1
                    and seg[0] in "在到从赴经对的"
                    and (seg[1:] in g.admin_stems or seg[1:] in g.gpe_names)
                )
                or (
                    s == items[-1][0]
                    and len(seg) > n
                    and seg[n] in "等和及"
                    and (seg[:n] in g.admin_stems or seg[:n] in g.gpe_names)
                )
                for n in (2, 3)
            ):
                known += 1
        if known < 2 or known * 2 < len(items) - 1:
            continue
        last = items[-1][0]
        for s, e in items:
            seg = text[s:e]
            if s in gpe_starts or (cut_first and s == items[0][0]):
                continue
            if s == items[0][0] and (len(seg) > 3 or (len(seg) == 3 and seg[0] in "在到从赴经的")):
                # 已先后在咸宁、黄石、黄冈等地: the first item opens with the clause's words; a known
                # city or county after 在/到/从 closing it is the item (…颁奖给获评的甲、乙、丙:
                # after 的 too; posts29; 从甲出发，经乙、丙、丁: 经, the way a route goes through,
                # session 42)
                for n in (3, 2):
                    if (seg[-n:] in g.admin_stems or seg[-n:] in g.gpe_names) and seg[
                        -n - 1
                    ] in "在到从赴经和与及的":
                        out.append(Cand(e - n, e, "GPE", 0.55, 1, "gpe.list"))
                        break
                continue
            if s == last and (
                len(seg) > 3
                # (甲、乙、丙等8个县: 等 before a count closes the item read with it; session 42)
                or (seg[-1] in "等和及" and seg not in g.admin_stems and seg not in g.gpe_names)
            ):
                # 汉台、南郑、城固递交了…: the last item runs on into the sentence; a known
                # county or city opening it is the item
                for n in (3, 2):
                    if seg[:n] in g.admin_stems or seg[:n] in g.gpe_names:
                        out.append(Cand(s, s + n, "GPE", 0.55, 1, "gpe.list"))
                        out.extend(_joined_last_item(text, s + n, g))
                        break
                continue
            if (
                2 <= len(seg) <= 3
                # (海州、甲、乙街道: a stem the gazetteer knows that ends in a unit's character
                # is the name, not a unit; session 33; 上饶、抚州、景德镇、鹰潭: so is a city's
                # bare name ending in 州 that it lists among the cities, session 42)
                and (not _suffix_of(seg, g) or seg in g.admin_stems or seg in g.gpe_names)
                # (全国名镇、名村: a village, or a kind of village, is no division; session 16)
                and not seg.endswith(("局", "办", "委", "队", "部", "村"))
                # (区直、市驻区: the units under or stationed in a division, no division)
                and not (seg[0] in "省市县区" and seg[1] in "直驻属")
                # (市应急、市能源、: a level, then a bureau's field, the body's short form among
                # bodies; no division's name opens with its level; session 43, places43)
                and not (
                    len(seg) == 3
                    and seg[0] in "省市县"
                    and seg[1:] not in g.admin_stems
                    and seg[1:] not in g.gpe_names
                )
            ):
                out.append(Cand(s, e, "GPE", 0.55, 1, "gpe.list"))
    return out


# _is_cjk as one regex over a whole stem, and the characters no stem holds as one set
_HONOUR_STEMS = frozenset(rule_words()["honour_stems"])
# what an area is for before 区 (采空区, 办案区, 禁养区, 封控区): no district named by it
# (resources/gazetteers/area_function_stems.txt; session 48, gpe50)
_AREA_FUNCTION_STEMS = frozenset(_lines("area_function_stems.txt"))
_ALL_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]*")
# (目前我镇, 近年来我县: 我 before a unit speaks of the division itself, it names none)
# (会议由镇全体领导干部: 由 names who chairs, no division's name holds it; session 43, places43)
_NOT_IN_STEM = frozenset(_BAD_NAME_CHARS) | frozenset("各全有某该其我由")


# what follows a numeral in a count, not in a name (三个区, 五批镇, 五类社区)
_COUNT_WORDS = frozenset("个批些名所座条项类次种位级届期轮户人处件只块片家行")
# numerals that open place names (三江口, 七里墩); 一 and 两 open adverbs and counts (一行,
# 一起, 一线, 两岸)
_NAME_NUMERALS = frozenset("二三四五六七八九十")


def _numeral_name(stem: str) -> bool:
    """七里墩, 三里屯, 五里堡: a three-character name opening with a numeral (jieba tags 七里 a
    numeral word), not a count (三个, 一批)."""
    return stem[0] in _NAME_NUMERALS and stem[1] not in _CN_NUM and stem[1] not in _COUNT_WORDS


# what after a numeral makes a time, a size or a rank, not a place's name (三年, 五天, 十大, 两倍)
_NOT_NUMERAL_NAME_TAIL = frozenset("年月日天周时分秒倍成号大")


def _numeral_town(text: str, k: int, stem: str) -> bool:
    """五里乡, 十里镇, 七里街道, 五台街道: a town's or a sub-district's name of a numeral and one
    character that jieba tags as a numeral word (五里, 十里, 五台), before 镇 / 乡 / 街道: the name,
    not a count (session 48, gpe50: 五里乡 and 五台街道 of the pooled dev gold)."""
    return (
        (text[k] in "镇乡" or text.startswith("街道", k))
        and _numeral_name(stem)
        and stem[1] not in _NOT_NUMERAL_NAME_TAIL
    )


_TOWN_KIND_STEMS = frozenset(
    ("特色", "重点", "中心", "示范", "边际", "卫星", "节点", "建制", "试点", "专业", "小城", "明星")
)


# the province-level names by their first character (宁 -> 宁夏): a bare name read before one
# that shares its last character cuts the province (新宁|夏; gpe34)
_PROVINCE_BY_INITIAL: dict[str, tuple[str, ...]] = {}
for _p in sorted(PROVINCES):
    _PROVINCE_BY_INITIAL[_p[0]] = (*_PROVINCE_BY_INITIAL.get(_p[0], ()), _p)


def _counted_units(stem: str) -> bool:
    """五个 (街道), 12个 (乡镇): a numeral and 个 before the unit count the units, no name (gpe34)."""
    return (
        len(stem) >= 2
        and stem[-1] == "个"
        and all(c in "一二两三四五六七八九十百几多数0123456789" for c in stem[:-1])
    )


# the old markets of one good that name streets and sub-districts (花市, 菜市, 马市)
_GOODS_MARKETS = frozenset(("花市", "菜市", "米市", "鱼市", "马市", "牛市", "羊市", "茶市", "果市"))


def _market_street(stem: str) -> bool:
    """槐市, 某锦市 (街道): a sub-district's name ending in 市 (an old market), not a city the
    gazetteer knows before bare 街道 (某某市街道办), not a word (城市, 超市, 集市; session 34)."""
    g = rules().g
    return (
        len(stem) in (2, 3)
        and stem[0] not in _GENERIC_HEAD
        and stem[0] not in "全各我本该其每这那此辖两多省县区镇乡村街"
        and not jieba_tokenizer().FREQ.get(stem)
        and (
            not jieba_tokenizer().FREQ.get(stem[-2:])
            # 东花市, 西马市 (街道): a side of the town and the old market of one good (花市, the
            # flower market), a sub-district's name (wide45; session 44, gpe46)
            or (len(stem) == 3 and stem[0] in "东西南北" and stem[-2:] in _GOODS_MARKETS)
        )
        and stem not in g.admin_full
        and stem[:-1] not in g.admin_stems
        and stem[:-1] not in g.gpe_names
        and stem not in g.gpe_names
    )


def _street_in_named_list(text: str, s: int, k: int) -> bool:
    """、某镇、迎新街道，/ 到四家街道、某某街道: a sub-district named by a word (a verb, a numeral
    and a classifier) as an item of a list whose neighbour is a named town or sub-district of
    two characters (session 34)."""
    if (
        not text.startswith("街道", k)
        or text[s] in _NOT_NAME_OPENERS
        or text[k - 1] in "街道路巷区城村边"
        # (主要街道, 周边街道, 沿线街道: a word of the dictionary or a position, no name)
        or text[s:k] in common_words()
        or text[s] == "沿"
    ):
        return False
    before = (
        s >= 4
        and text[s - 1] == "、"
        and (
            (text[s - 2] in "镇乡" and _is_cjk(text[s - 4]) and text[s - 4 : s - 2].isalpha())
            or (text[s - 3 : s - 1] == "街道" and s >= 5)
        )
    )
    if before and text[s - 2] in "镇乡":
        before = text[s - 4 : s - 2] not in function_words() and text[s - 3] not in "乡城村集"
    if before and text[s - 3 : s - 1] == "街道":
        before = _is_cjk(text[s - 5]) and text[s - 5 : s - 3] not in function_words()
    # (the list's first item, after a verb of going or a mark opening the list)
    after = (
        text[s - 1 : s] in "到赴在，："
        and text[k + 2 : k + 3] == "、"
        and text.startswith("街道", k + 5)
        and _is_cjk(text[k + 3])
        and text[k + 3 : k + 5] not in function_words()
    )
    return bool(before or after)


# what opens no list item's name: levels, determiners, quantities (各街道, 所有街道, 相关街道)
_NOT_NAME_OPENERS = frozenset("全各我本该其每这那此辖两多所相部有几数诸某")


# a word of two characters counted at least this often before 强 + a unit names a field (质量 8009,
# 教育 23961), not the first half of a name
_FIELD_WORD_FREQ = 1000


def _word_freq(word: str) -> int:
    got: int = jieba_tokenizer().FREQ.get(word, 0)
    return got


# what opens no town's name of one character and 镇 (城镇, 乡镇, 集镇, 重镇, 全镇, 两镇: a word
# or a count, the unit after it closes no name)
_NOT_TOWN_NAME_HEAD = frozenset("城乡村集市小重名强大新边建撤圩")
# what follows the unit where 镇 opens a word of its own (官林镇镇长, 乡镇镇村: the town, then
# its head's post or its villages)
_NOT_AFTER_TOWN_TOWN = frozenset("长村区级街域")


def _town_named_town(text: str, s: int, k: int) -> bool:
    """许镇镇, 翟镇镇, 古镇镇: a town named by one character and 镇 (古镇: the old town of a
    county, the town kept its name), then its unit 镇: the first 镇 is part of the name (not
    城镇, 全镇, 两镇 before a unit, nor 许镇镇长, a town's head); 滦镇街道: a sub-district
    named after the town it was (not 各镇街道, 乡镇街道: the towns and the sub-districts;
    session 45, gpe47)."""
    if text[k : k + 1] == "镇":
        after = text[k + 1 : k + 2]
    elif text.startswith("街道", k):
        after = text[k + 2 : k + 3]
    else:
        return False
    return (
        k - s == 2
        and text[s + 1] == "镇"
        and (not after or after not in _NOT_AFTER_TOWN_TOWN)
        and _is_cjk(text[s])
        and text[s] not in _NOT_TOWN_NAME_HEAD
        and text[s] not in _GENERIC_HEAD
        and text[s] not in _NOT_IN_STEM
        and text[s] not in _CN_NUM
        and text[s] not in "一两几多数每该本全各"
    )


def _stem_ok(text: str, s: int, k: int, under_place: bool = False) -> bool:
    """Is text[s:k] the proper name of a division whose unit starts at k (not 全市, 超市, 重点区)?
    `under_place`: the name follows its county (临澧县新安镇), where 新/小/山 open names too."""
    stem = text[s:k]
    if not _ALL_CJK.fullmatch(stem):
        return False
    # 城东 / 城关 (镇): the seat of many counties; other 城-words are generic (城区, 城市)
    head_ok = (
        stem[0] not in _GENERIC_HEAD
        or (stem[0] == "城" and stem[1] in "东西南北中关郊")
        or (under_place and stem[0] not in "全各我本该其每这那此辖两多")
    )
    return (
        head_ok
        # 漳州市 / 溱州市: a city's name often ends in 州; elsewhere 州 is a unit of its own
        and (
            stem[-1] not in "区县市省镇乡州委府局办部"
            # 蔚州镇: a town keeps the name of the old prefecture
            # (蒲州街道: a sub-district too; session 23, locs24)
            or (
                stem[-1] == "州"
                and (text[k : k + 1] in ("市", "镇", "乡") or text.startswith("街道", k))
            )
            # 新区街道某某社区: a sub-district named after the new district it lies in, where
            # the text names it as a place (session 16 audit)
            or (stem[-1] == "区" and under_place and text.startswith("街道", k))
            # 槐市街道, 某锦市街道: a sub-district named after an old market (市 inside its
            # name), no word of the dictionary, no city the gazetteer knows (session 34)
            or (stem[-1] == "市" and text.startswith("街道", k) and _market_street(stem))
            # 芦洪市镇, 竹市乡: a town named after an old market, as the sub-district above
            # (session 43, places43)
            or (stem[-1] == "市" and text[k : k + 1] in ("镇", "乡") and _market_street(stem))
            # 许镇镇, 古镇镇: a town whose own name ends in 镇, written with its unit (session 45,
            # gpe47)
            or _town_named_town(text, s, k)
        )
        and stem[:2] not in _GENERIC_STEMS
        and stem[-2:] not in _GENERIC_STEMS  # 由属地街道: a word and the generic tail
        and stem[:2] not in _HONOUR_STEMS  # 文明镇, 卫生镇: an honour, not a town
        # 采空区治理, 办案区, 中高风险区: what an area is for, no district's name (gpe50)
        and not (text[k : k + 1] == "区" and stem[-2:] in _AREA_FUNCTION_STEMS)
        # 国家卫生镇, 省级生态乡: the honour with the level that grants it (session 20, locs21)
        and stem[-2:] not in _HONOUR_STEMS
        # 以边际镇、特色镇、重点镇为中心: a kind of town in a county's plan, none named
        # (session 22, locs23)
        and not (text[k : k + 1] in "镇乡" and stem[-2:] in _TOWN_KIND_STEMS)
        # 无盲区, 无死角: 无 opens a phrase, not a name (无锡, 无为 are in the gazetteer)
        and stem[0] != "无"
        # 城区至乡镇沿线, 城区至某某镇: the town's area, then a route, no name
        and not stem.startswith(("城区", "市区", "县城"))
        # 市驻区单位: the city's units stationed in the district, no name before 区
        and stem[-1] != "驻"
        # 市委常委、常务副市 (a page cut before 长): a deputy's post, no name ends with 副
        # (wide46; session 44, gpe46)
        and stem[-1] != "副"
        # 上村区域: 区 opens the word 区域 (an area), it closes no district (orgs20)
        and text[k : k + 2] != "区域"
        # 某某古镇: an old town kept as a scenic spot, a place (LOC), not a division
        and not (stem[-1] == "古" and text[k : k + 1] == "镇")
        # 华润苏果超市, 某某夜市: a shop or a market, not a city (session 18, locs19)
        and not (stem[-1] in "超夜早菜" and text[k : k + 1] == "市")
        # (柳都镇, 桂都乡: 都 closing a town's name is no adverb; orgs20)
        and _NOT_IN_STEM.isdisjoint(
            stem[:-1]
            if stem[-1] == "都" and len(stem) >= 2 and text[k : k + 1] in "镇乡"
            # (姜各庄镇, 王各庄乡: 各庄 closing a name of three, a family's hamlet, holds no
            # determiner; the north's towns so named; session 45, gpe47)
            else stem[0]
            if len(stem) == 3 and stem[1:] == "各庄"
            else stem
        )
        # 地级市, 县级市, 市属区: a rank or whose, a kind of division, no name (session 31, gpe31)
        and stem[-1] not in "级属辖"
        # 创建质量强区, 教育强县: a field of strength before the unit, an honour, no name (富强乡,
        # 自强镇: the name is the word itself; session 43, places43)
        and not (len(stem) == 3 and stem[-1] == "强" and _word_freq(stem[:2]) >= _FIELD_WORD_FREQ)
        # 岚州、梧源两市 / 全省三县: a count before the unit, not part of a name
        # (奥林二区: a numbered block of a housing estate)
        and stem[-1] not in "一二两三四五六七八九十几多数"
        # ，十街镇主要领导: a count of the sub-districts and towns (街镇), no town's name (gpe32)
        and not (
            stem[-1] == "街"
            and text[k : k + 1] == "镇"
            and all(c in "一二两三四五六七八九十几多数各全" for c in stem[:-1])
        )
        # 全区五个街道, 全县12个乡镇: a count of the units (个 after a numeral), no name (gpe34)
        and not _counted_units(stem)
        # 文明村镇, 特色村镇: 村镇 is a word of its own (王村镇, a town named after a village,
        # has a name of one character before 村)
        and not (
            stem[-1] == "村" and text[k] == "镇" and (len(stem) != 2 or stem[0] in "乡农山新渔城")
        )
        # 推动县、乡、村三级: a verb or function word before a unit is no name
        and not (
            len(stem) == 2
            and stem in function_words()
            and not _street_in_named_list(text, s, k)
            and not _numeral_town(text, k, stem)
        )
        # 鱼米之乡, 精卫之乡: “the land of …”, an epithet, no township (session 16 audit)
        and not stem.endswith("之")
        # 分片包干、包联街道: the verb linking a leader to the unit he helps is no name
        # (session 16 audit, audall17)
        and stem not in _LINK_VERBS
        # 硬化街道2000平方米, 绿化街道: a verb of works before 街道 (the streets), no name
        # (rule_words.json road_build_verbs, loc_object_verbs; session 27, places27)
        and not (
            text.startswith("街道", k) and (stem in _ROAD_BUILD_VERBS or stem in _LOC_OBJECT_VERBS)
        )
        and not (
            len(stem) == 3
            and (
                (stem[:2] in function_words() and not _numeral_name(stem))
                # (姜各庄镇: jieba keeps 各庄 as a function word, here a name's tail)
                or (stem[1:] in function_words() and stem[1:] != "各庄")
            )
        )
        and _unit_ok(text, k, stem)
        # 落实省委…, 扎实区政府…: an ordinary word of the dictionary (an adjective or a noun used
        # as a verb) before an upper level; the gazetteers hold every province and nearly every
        # city, county and district (towns and sub-districts are often named by words: 民众镇,
        # 外海街道; orgs20)
        # (asked last, the gazetteer before the dictionary: a word _ordinary_word has not seen
        # is a query of jieba's prepared file, ~60 us; every test here only reads, so their
        # order changes no answer)
        and not (
            len(stem) == 2
            and text[k : k + 1] in "省市县区州"
            # (当阳市, 长子县, 清水县: a division the gazetteer knows, named by a word)
            and stem + text[k] not in rules().g.admin_full
            and _ordinary_word(stem)
        )
    )


# what opens no district named 某城区: levels (市城区, 县城区), verbs and prepositions of going and
# place (到城区, 在城区, 进入城区, 对城区), and 旧/主 (旧城区, 主城区: the old or main urban area)
_NOT_BEFORE_URBAN_AREA = frozenset("市县镇乡村到在进入赴去回至往向于从对旧主")


def _unit_ok(text: str, k: int, stem: str) -> bool:
    """May the unit at k follow this stem? 某城区 (鹿城区) is a district named 某城, while
    老城区, 主城区, 县城区 are generic."""
    return (
        _level_ok(text, k)
        # (市城区, 县城区: the town's own urban area, not a district; 到城区检查, 在旧城区: a verb
        # or preposition, or 旧/主, before the urban area (城区) names none; session 25, places26)
        or (
            len(stem) == 2
            and stem[1] == "城"
            and text[k] == "区"
            and stem[0] not in _NOT_BEFORE_URBAN_AREA
        )
        # 王村镇: a town named after its village (村镇 alone is a word)
        or (
            len(stem) == 2 and stem[1] == "村" and text[k] == "镇" and stem[0] not in "乡农山新渔城"
        )
    )


_ADMIN_NEXT = tuple(rule_words()["admin_next"])
# 深入某某区, 来到某某镇: verbs of going before a division
_GOING_VERBS = tuple(rule_words()["going_verbs"])
# 给小南海镇、五里乡颁发…, 向某某县发出…, 同某某镇干部座谈: the prepositions and connectives of one
# character that open a clause's object; before a division's name they are no part of it
# (session 47, misc49)
_PLACE_PREPOSITIONS = frozenset(rule_words()["place_prepositions"])
# 挂钩某某街道, 包联某某镇: the verbs that link a unit to the place it helps
# (联点街道, 驻点社区: the unit a leader is linked to or stationed in; session 27, places27)
# (挂点: a unit's assigned point, 挂点某某社区; session 27, locs27)
_LINK_VERBS = (
    *("挂钩", "包联", "结对", "包保", "帮扶", "对口", "联系", "共建", "分包"),
    *("联点", "驻点", "蹲点", "包片", "挂点"),
)
_LINKED_UNITS = tuple(v + u for v in _LINK_VERBS for u in ("街道", "社区", "镇", "乡", "村"))
_HONOUR_OF_TOWN = re.compile(
    "(?:全国|国家级?|省级?|市级?)?(?:" + "|".join(rule_words()["honour_stems"]) + ")[镇乡](?:创建)?"
)
# verbs of looking that open the clause before a place's name (not its first characters)
_LOOKING_VERBS = ("指导", "观摩", "视察", "考察", "巡查", "踏看", "查勘", "察看", "查看")
# (the verbs of going that name no group: not 督导组, 调研组)
_TOWN_GOING_VERBS = ("深入", "来到", "前往", "走进", "走访", "莅临", "下沉")
_TOWN_KIND_BEFORE = ("乡镇", "试点镇", "示范镇", "重点镇", "中心镇")
_DATE_BEFORE = re.compile(r"(?:\d|[一二三四五六七八九十])[日号](?:上午|下午|晚上|晚|早上|中午)?，$")


def _admin_at(text: str, k: int, r: _Rules) -> tuple[int, int] | None:
    """A division written as NAME+unit starting exactly at k: (start, end) or None."""
    m = r.admin_unit.match(text, k)
    if m is None:
        return None
    s, u = m.start(), m.start(2)
    if u - s == 2 and _stem_ok(text, s, u):
        return s, m.end()
    if u - s == 3 and _stem_ok(text, s, u):
        return s, m.end()
    # the lazy stem took two characters; try three
    m3 = r.admin_unit3.match(text, k)
    if m3 and _stem_ok(text, k, k + 3):
        return k, m3.end()
    return None


# the units a division is read from; 州 only where no other unit follows it (赣州市 is read
# from its 市, and a city's 州 is the commonest 州 in the text)
_DIVISION_UNIT = re.compile("街道|市|县|区|镇|乡|旗|省|州(?![市区县委])")


# what opens a document's title after its division (《某某镇精神文明创建实施方案》,
# 《某某县关于…的通知》): the division is read there as in a headline
_DOC_TITLE_HEADS = (
    "精神文明",
    "创建",
    "关于",
    "文明城市",
    "城乡环境",
    "人居环境",
    "爱国卫生",
    "巩固",
    "深入开展",
)


def _citizens(text: str, e: int) -> bool:
    """Does the 市 ending at e open 市民 / 市场 (赣州市民 is 赣州 + 市民)?"""
    return e >= 1 and text[e - 1] == "市" and text[e : e + 1] in ("民", "场")


# a division's own bodies written right after it (某某镇党委, 某某县人民政府)
_OWN_BODY = ("党委", "党工委", "人民政府", "政府")
# (高新技术产业园区 after 宜都 names no zone of its own: the kind written out; session 16 audit)
# (综保, 保税: the bonded zones' kinds, 综保区 / 保税区, no stem of a place; session 43, places43)
_ZONE_WORDS = frozenset(
    ("经开", "高新", "开发", "经济", "新区", "园区", "高新技术", "经济技术", "综保", "保税")
)
_ZONE_UNIT = re.compile(
    "经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|经开区|工业园区|产业园区"
    # (the kinds read since session 43, places43: 某某棋盘洲综保区 … 查看了棋盘洲综保区)
    "|综合保税区|综保区|保税区|产业集中区|工业集中区|产业集聚区|科技园区"
)


# 某某县城关镇, 某县城郊乡: the county, then its seat's town (not 某某县城 + 关镇; session 15)
_TOWN_AFTER_COUNTY = re.compile("城[东西南北中关郊厢](?:镇|乡|街道)")
# 某某县城市管理, 某某县城市文明创建: the county, then the word 城市 (not its town, 县城); 县城
# stays where 市 opens a word of its own after it (县城市民, 县城市场, 县城市容; session 22, locs23)
# (某某县城乡面貌, 某某县城乡一体化: the county, then the word 城乡, town and country; gpe32)
_CITY_AFTER_COUNTY = re.compile("城市(?![民场容政区貌])|城乡(?![镇村])")
# 歙县, 磁县: counties named by one character and their unit (resources/gazetteers)
_TWO_CHAR_COUNTIES = frozenset(_lines("admin_two_char.txt"))
# 代县, 和县: such counties whose two characters also read as words (代县长, the acting county
# head), read only where the page writes the county before its own body (代县县委, 代县人民政府;
# resources/gazetteers; session 33)
_TWO_CHAR_WORD_COUNTIES = frozenset(_lines("admin_two_char_word.txt"))
_OWN_BODY_AFTER_COUNTY = ("县委", "县政府", "人民政府", "县长", "县人大", "县政协")
# where such a county stands before its own body, the text holds one of these (its 县 and the
# body's first character or the body): two searches gate the fourteen words' (session 35)
_WORD_COUNTY_CUES = tuple(
    sorted(
        {
            w[-1] + (b[:1] if b.startswith("县") else b)
            for w in _TWO_CHAR_WORD_COUNTIES
            for b in _OWN_BODY_AFTER_COUNTY
        }
    )
)


def _division_units() -> str:
    """_DIVISION_UNIT without the city, county, district, province, banner or prefecture whose
    unit no stem can close (_doc_places reads nothing there): after no CJK (、市, 。市委), after a
    character _stem_ok refuses in a stem (各县, 我市), or where the unit opens a word with the
    character before it (城市, 社区, 小区, 全县: _level_ok refuses them, whatever stands before
    that character); never where a county of one character is so written. 城市 alone is most of
    a city's units in dense text (session 35). What stands before the unit is looked behind
    from after it (市(?<=[…]市)): each branch opens with its unit, so the search tries at a unit
    only its own branch, not the lookbehinds of every branch before it (the same positions:
    the character before the unit is read either way; session 37)."""
    counties = _TWO_CHAR_COUNTIES | _TWO_CHAR_WORD_COUNTIES
    after_cjk = all(_ALL_CJK.fullmatch(w[:1]) for w in counties)
    parts = []
    for unit in ("街道", "市", "县", "区", "镇", "乡", "旗", "省", "州(?![市区县委])"):
        u = unit[0]
        if u in "市县区省旗州":
            # (某城区: a district named 某城, _unit_ok's reading of 城区)
            words = {
                c
                for c in _LEVEL_BLOCK.get(u, ())
                if not _level_ok("召" + c + u, 2)
                and not _level_ok("，" + c + u, 2)
                and c + u != "城区"
            }
            refused = sorted(c for c in words | _NOT_IN_STEM if c + u not in counties)
            behind = f"(?<={_ALL_CJK.pattern[:-1]}{u})" if after_cjk else ""
            if refused:
                behind += f"(?<![{re.escape(''.join(refused))}]{u})"
            unit = u + behind + unit[1:]
        parts.append(unit)
    return "|".join(parts)


_DIVISION_UNIT_READ = re.compile(_division_units())


def _two_char_counties(text: str) -> frozenset[str]:
    """The counties named by one character and 县 this text may hold: the known ones, and the
    ones whose name is also a word where the text writes them before their own body."""
    if "县" not in text or not any(c in text for c in _WORD_COUNTY_CUES):
        return _TWO_CHAR_COUNTIES
    sure = {
        w
        for w in _TWO_CHAR_WORD_COUNTIES
        if w in text and any(w + b in text for b in _OWN_BODY_AFTER_COUNTY)
    }
    return _TWO_CHAR_COUNTIES | sure if sure else _TWO_CHAR_COUNTIES


# 检查某某镇文明城市创建工作, 督导某某街道创文工作: a town or sub-district inspected, before
# the campaign it runs (session 18, locs19)
# (巡察某某镇: the party's tour of inspection, a town it inspects; session 45, gpe47)
_INSPECT_VERBS = ("检查", "督查", "督导", "调研", "指导", "巡查", "暗访", "考察", "视察", "巡察")
# the verbs of an inspection's going that 了 may follow before the place (督查了, 走访了)
_VISITED_THEN = (*_INSPECT_VERBS, "走访", "察看", "查看", "观摩", "督查督导", "检查督导")
_CAMPAIGN_NEXT = ("文明城市", "文明创建", "创文", "创城", "创卫", "创建")
# 至某某县道路: the end of a route (session 18, locs19)
_ROUTE_NEXT = ("道路", "公路", "路段", "沿线")


# the verbs of going before a town named by a word, and what is done there after it (到某某街道
# 检查, 来到某某镇实地督导; session 31, gpe31)
_WORD_TOWN_GOING = (*_TOWN_GOING_VERBS, "到", "赴")
_WORD_TOWN_VISIT = (*_INSPECT_VERBS, *_LOOKING_VERBS, "实地", "开展", "召开", "走访")


def _word_town(text: str, s: int, k: int, r: _Rules) -> bool:
    """民众镇, 万里镇, 外海街道: a town or a sub-district named by a word of the dictionary (a
    common or a function word), read only where the text gives it as a place: a dateline's
    subject before a verb of the report (9月6日，某某镇开展…), an item of a list before its own
    village or community (、某某镇某某村), or right after the division it belongs to, before a
    place of its own, a mark or a verb of the report (某某区外海街道某某市场) (session 18,
    locs19)."""
    if k - s != 2:
        return False
    unit = "街道" if text.startswith("街道", k) else text[k] if text[k] in "镇乡" else ""
    if not unit:
        return False
    stem = text[s:k]
    if (
        not _ALL_CJK.fullmatch(stem)
        or stem[0] in _GENERIC_HEAD
        or stem in _GENERIC_STEMS
        or stem in _HONOUR_STEMS
        or not _NOT_IN_STEM.isdisjoint(stem)
        or stem[-1] in "村乡城市县区省州之一二两三四五六七八九十几多数"
        or stem in _LINK_VERBS
    ):
        return False
    prev = text[s - 1] if s else "\n"
    e = k + len(unit)
    if _after_place(text, s, {}, r.g):
        # (某某区外海街道某某市场, 某某县柳下镇召开…)
        return (
            _loc_at(text, e, r)
            or text.startswith(_ADMIN_NEXT, e)
            or text[e : e + 1] in ("，", "。", "、", "")
        )
    # 来到某某街道实地督查, 到某某镇检查创城工作: the town or sub-district a visit goes to,
    # between its verb of going and the inspection done there, whatever word names it
    # (session 31, gpe31: two dev pages of two sets; none of the wide pages)
    # (到附近镇开展…, 到周边街道: a word of position says which streets, it names none)
    if (
        text.endswith(_WORD_TOWN_GOING, 0, s)
        and text.startswith(_WORD_TOWN_VISIT, e)
        and stem[1] not in "边侧近围线内外间旁"
    ):
        return True
    # 某某街道在…召开, 及某某乡党委、政府: the report's own town or sub-district, named by a word,
    # written again elsewhere in the text (a word before a unit once is no name: 按照镇党委,
    # 最后镇党委书记), here opening a clause before a verb of the report or before its own
    # body (entities40)
    if (
        text.startswith(_OWN_BODY, e)
        or (prev in "，。,\n" and (text.startswith(_ADMIN_NEXT, e) or text.startswith("在", e)))
    ) and text.count(text[s:e]) >= 2:
        return True
    if unit != "镇":
        return False
    if _DATE_BEFORE.search(text, max(0, s - 8), s) is not None:
        return text.startswith(_ADMIN_NEXT, e)
    if prev in "、，":
        nm = r.loc_kind.match(text, e + 2) or r.loc_kind.match(text, e + 3)
        return (
            nm is not None
            and nm.group() in ("村", "社区")
            and _ALL_CJK.fullmatch(text, e, nm.start()) is not None
            and not any(c in _BAD_NAME_CHARS for c in text[e : nm.start()])
        )
    return False


def _strong_town(text: str, s: int, k: int) -> bool:
    """10月21日上午，某某镇召开…, 3月2日，某某街道在…: the dateline's subject before a verb of
    the report; 到某某镇调研: the town a visit goes to, before what is done there. A town or a
    sub-district of two or three characters there is named whatever word or generic head opens
    its name (胜利桥街道, 新桥镇, 老爷庙乡, 西合营镇; entities40)."""
    unit = "街道" if text.startswith("街道", k) else text[k] if text[k] in "镇乡" else ""
    if not unit or not 2 <= k - s <= 3:
        return False
    e = k + len(unit)
    stem = text[s:k]
    dateline = (
        text[s - 1 : s] == "，"
        and (text.startswith(_ADMIN_NEXT, e) or text.startswith("在", e))
        and _DATE_BEFORE.search(text, max(0, s - 8), s) is not None
    )
    # (a name of two is _word_town's or the stem test's there: 深入联点街道 names none)
    visited = (
        not dateline
        and k - s == 3
        and text.endswith(_WORD_TOWN_GOING, 0, s)
        and text.startswith(_WORD_TOWN_VISIT, e)
        and stem[0] not in _GOING_CHARS
        # (到附近镇开展…, 到周边街道: a word of position says which, it names none)
        and stem[-1] not in "边侧近围线内外间旁"
        # (到下属乡调研: a word opening the stem says which; a name that is a word is
        # _word_town's)
        and not jieba_tokenizer().FREQ.get(stem[:2])
    )
    return (
        (dateline or visited)
        and _ALL_CJK.fullmatch(stem) is not None
        and _NOT_IN_STEM.isdisjoint(stem)
        and not any(c in "省市县区镇乡村街城" for c in stem)
        and stem[-1] not in "一二两三四五六七八九十几多数个级属辖之"
        and stem[-2:] not in _HONOUR_STEMS
        and stem[-2:] not in _TOWN_KIND_STEMS
        and stem[-2:] not in _GENERIC_STEMS
        and not text.startswith(_NEW_NOT_NAME, s)
        # (特色小镇创建…: a word that ends with the unit is a kind of town, none named)
        and not (unit == "镇" and jieba_tokenizer().FREQ.get(text[k - 1 : e]))
    )


# the verbs a visit's route names its stops after (察看某某镇某某村, 调研某某乡某某遗址)
_ROUTE_VERBS = (*_LOOKING_VERBS, *_INSPECT_VERBS, "走访", "来到", "走进", "深入", "前往")
# the villages a town's own stop is named by (某某村, 某某社区, 某某嘎查)
_OWN_VILLAGE_KINDS = ("村", "社区", "嘎查")


def _village_at(text: str, e: int, r: _Rules, most: int = 3) -> bool:
    """Is a village or a community of two to `most` characters named at e (某某镇|某某村)?"""
    for n in range(2, most + 1):
        m = r.loc_kind.match(text, e + n)
        if (
            m is not None
            and m.group() in _OWN_VILLAGE_KINDS
            and all_cjk(text[e : e + n])
            and not any(c in _BAD_NAME_CHARS or c in "村镇乡街区县市" for c in text[e : e + n])
        ):
            return True
    return False


# the characters a division's stem may hold (what _stem_ok's _ALL_CJK and _NOT_IN_STEM let
# through), up to four, ending at the unit
_NAME_TAIL = re.compile(
    "(?:(?!["
    + re.escape("".join(sorted(_NOT_IN_STEM)))
    + "])"
    + _ALL_CJK.pattern[:-1]
    + "){1,4}\\Z"
)

# the characters _ALL_CJK lets through, up to four, ending at the unit
_CJK_TAIL = re.compile(_ALL_CJK.pattern[:-1] + "{1,4}\\Z")


# the words _doc_places' rarer readings are looked for behind, each set one search (words_cue:
# a TextGate's memchr for each word's rarest character, not a pass over the text for each word)
_OWN_OUTLET_CUE = re.compile(words_cue(("新闻", "融媒", "电视台", "日报")))
_PAIRING_CUE = re.compile(words_cue(("协作", "合作", "两省", "两地")))


# what names an outlet after a division's bare name (某某在线, 某某新闻, 某某发布, 某某融媒)
_OUTLET_AFTER_STEM = (
    "在线", "新闻", "发布", "融媒", "日报", "晚报", "电视台", "广播", "网讯", "手机台", "之声",
)  # fmt: skip


def _doc_places(text: str, r: _Rules) -> tuple[list[Cand], set[str]]:
    """Divisions the gazetteers do not know, read from strong positions in this document (a
    headline or dateline opening with 某某市召开…, a list of units 某某区、某某镇作发言, a
    division followed by its sub-division or a street), then every further mention of them, and
    the bare name of a city or county where it stands alone (某某召开…, 讲好某某故事)."""
    found: dict[str, float] = {}
    g = r.g
    two_char = _two_char_counties(text)
    # 楚岭州召开…: a prefecture (州) too; a city's name ending in 州 is read as its bare name
    for m in _DIVISION_UNIT_READ.finditer(text):
        k, e = m.start(), m.end()
        if text[e : e + 1] == "级":
            # 督导省级文明单位创建, 县级领导: the unit opens a rank (省级, 市级), it closes no name
            continue
        if text[k - 1 : k + 1] in _UNIT_CLOSES_WORD:
            # 武汉返乡人员, 回乡创业: 乡 closes a verb of going home, it closes no township's
            # name (entities40)
            continue
        if text[k : k + 2] in _UNIT_OPENS_WORD:
            # 繁荣乡土文化, 留住乡愁: 乡 opens a word of its own, it closes no township's name
            # (session 27, places27)
            continue
        if text[k] in "省市" and text[e : e + 1] == "、" and text[e + 1 : e + 2] in "市县区":
            # 做强市、县开发区, 省、市、县三级: the unit opens a list of levels, it closes no
            # name (session 33)
            continue
        if text[k] == "市" and text[k - 1 : k] == "师":
            # 目前师市创建…: 师市 is the corps' division and its city as one word (a name's stem
            # never ends with 师; session 24, gpe25)
            continue
        top = cjk = 4
        if text[k] not in "街镇乡":
            # before a city, county, district, province or prefecture only _stem_ok admits a
            # stem of two characters or more: none holds a character _stem_ok refuses, and
            # none stands before a unit that opens a word (城市, 社区, 小区) but 某城区; the
            # longest stem that may pass is read once here, the rest never built (session 35)
            if _level_ok(text, k):
                tail = _NAME_TAIL.search(text, max(0, k - 4), k)
                top = max(1, tail.end() - tail.start() if tail else 0)
            elif text[k] == "区" and text[k - 1] == "城":
                top = 2 if k >= 2 and _NAME_TAIL.match(text, k - 2, k) else 1
            else:
                top = 1
        else:
            # before a town or a sub-district a stem holding a character that is no CJK passes
            # only as a name the gazetteers know (_stem_ok, _word_town and the other readings
            # refuse it)
            tail = _CJK_TAIL.search(text, max(0, k - 4), k)
            cjk = tail.end() - tail.start() if tail else 0
        for n in (1, 2, 3, 4)[:top]:
            s = k - n
            if s < 0 or (n == 1 and text[s:e] not in two_char):
                continue
            if (
                n > cjk
                and n > 1
                and text[s:k] not in g.admin_stems
                and text[s:k] not in g.gpe_ambiguous
            ):
                continue
            # 名城代县, 千年古县歙县: a word of praise written before a county named by one
            # character is no part of its name (session 33)
            if (
                n > 2
                and text[k - 1 : e] in two_char
                and jieba_tokenizer().FREQ.get(text[s : k - 1])
                and text[s:e] not in g.admin_full
            ):
                continue
            # (代县长, 代县委书记: the acting county head, where the county is a word's)
            if n == 1 and text[s:e] not in _TWO_CHAR_COUNTIES and text[e : e + 1] in "长委":
                continue
            if (
                n == 4
                # 某某新村街道: a sub-district named after its old estate (凉城新村街道; session
                # 14 audit), a name of two characters and 新村
                and not (text.startswith("新村街道", s + 2) and _stem_ok(text, s, s + 2))
                and not (
                    # 、乌兰木伦镇开展…: a town named in four characters (Mongolian, Uyghur, Tibetan
                    # names), only as an item after a mark
                    text[k] in "镇乡"
                    and s
                    and text[s - 1] in _PUNCT_BOUNDARY
                    and not text[s - 1].isspace()
                    # 良塘镇集镇: a town and its market town, not a name of four characters
                    and not any(c in "省市县区镇乡村街" for c in text[s:k])
                    # ，包括某某乡: a verb opens the clause, the name is the two after it
                    and text[s : s + 2] not in function_words()
                )
                and not (
                    # 某某区郑家河沿镇, 某某旗巴彦托海镇: a town of four characters right after the
                    # county or district the gazetteer knows it under (not 某县调研某某镇: a
                    # verb or a word opens what follows the county; session 42, places42)
                    text[k] in "镇乡"
                    and not any(c in "省市县区镇乡村街" or c in _NOT_IN_STEM for c in text[s:k])
                    and text[s : s + 2] not in function_words()
                    and text[s : s + 2] not in common_words()
                    and _after_place(text, s, {}, g)
                )
            ):
                continue
            stem = text[s:k]
            if stem.startswith(_OUTLET_BEFORE_PLACE):
                continue  # 来源：网信某某县: the county's account, an outlet (gpe32)
            if text[k] == "镇" and stem in g.gpe_names and text[k : k + 2] in g.gpe_names:
                # 江苏镇江某某集团: a province, then a city whose name opens with 镇 (镇江),
                # no town named like the province (session 43, places43)
                continue
            if stem[0] == "原" and text[s + 1 : e] in g.admin_full:
                continue  # （原某某县）: the county's former name, 原 is no part of it
            if n == 3 and stem[0] == stem[2] and text[s:e] not in g.admin_full:
                # 治城治乡, 封村封乡封县: a verb repeated over parallel objects, the unit its
                # last object (a known name so written stays: 托克托县; session 42)
                continue
            if n >= 3 and stem[0] in "到达" and text.endswith(_GOING_VERBS, 0, s + 1):
                continue  # 来到新桥镇, 抵达新街镇: the verb's tail opens no name (session 28)
            if stem[0] in "到在赴从" and (
                text[s + 1 : e] in g.admin_full
                or text[s + 1 : e] in g.admin_stems
                or text[s + 1 : e] in g.gpe_names
                or stem[1:] in g.admin_stems
            ):
                continue  # 到定州、…: the preposition opens no known place's name (places27)
            if (
                n >= 3
                and stem[0] in _PLACE_PREPOSITIONS
                # (和平里街道, 向阳坪镇: a word of the dictionary opens the name, no preposition)
                and not jieba_tokenizer().FREQ.get(stem[:2])
                and text[s:e] not in g.admin_full
                and stem not in g.admin_stems
                and stem not in g.gpe_names
            ):
                # 给小南海镇、…, 同某某镇干部, 向某某县: the preposition opens the clause's object,
                # the name is what follows it (read as the shorter stem; session 47, misc49)
                continue
            # under_place changes _stem_ok's answer only for a generic head (新/小/山…): the
            # gazetteer lookups behind it are skipped for every other stem
            under = (
                stem[0] in _GENERIC_HEAD
                and (
                    _after_place(text, s, {}, g)
                    # 山格镇: a name that is no word of the dictionary (小城, 新区 are words)
                    or (n == 2 and not jieba_tokenizer().FREQ.get(stem))
                    # 小井峪街道: three characters whose tail is no word either (小井 is one)
                    or (
                        n == 3
                        and not jieba_tokenizer().FREQ.get(stem)
                        and not jieba_tokenizer().FREQ.get(stem[1:])
                    )
                    # 小溪镇党委书记: the division before its own body
                    or text.startswith(_OWN_BODY, e)
                    # 来到山塘街道先后…: a name opening with 山 after a verb of going (session
                    # 18, locs19)
                    # (来到新桥镇: 新 opens a town's name there too, not 新建/新型…; session
                    # 28, places28)
                    or (
                        stem[0] in "山新"
                        and text[k] in "街镇乡"
                        and text.endswith(_GOING_VERBS, 0, s)
                        and not text.startswith(_NEW_NOT_NAME, s)
                    )
                    # 到新桥街道开展: a sub-district's name opens with 新 (not 新建街道)
                    or (
                        stem[0] == "新"
                        and text.startswith("街道", k)
                        and (
                            not text.startswith(_NEW_NOT_NAME, s)
                            # 、新区街道光彩社区: a sub-district so named, before its community
                            # (session 16 audit)
                            or (text[s - 1 : s] in "、，" and _loc_at(text, e, r))
                        )
                    )
                    # 、新集乡某某遗址保护利用: a town's name opens with 新 too, as an item
                    # before a place of its own (session 38, places38)
                    or (
                        stem[0] == "新"
                        and text[k] in "镇乡"
                        and text[s - 1 : s] in "、，"
                        and not text.startswith(_NEW_NOT_NAME, s)
                        and _loc_at(text, e, r)
                    )
                )
            )
            word_town = (n == 2 and _word_town(text, s, k, r)) or (
                n in (2, 3) and text[k] in "街镇乡" and _strong_town(text, s, k)
            )
            # 某某高新区（元和街道）: the zone's sub-district in brackets right after it, whose
            # name ends in 和 (no connective between brackets; session 27, places27)
            bracketed = (
                n == 2
                and stem[1] == "和"
                and text[k] in "街镇乡"
                and text[s - 1 : s] == "（"
                and text[e : e + 1] == "）"
                and _is_cjk(stem[0])
                and stem[0] not in _BAD_NAME_CHARS
                and stem[0] not in "省市县区镇乡村街各全该本我其并"
                and _after_place(text, s - 1, found, g)
            ) or (
                # 。和兴镇把创卫工作…: a town whose name opens with 和, opening a sentence (no
                # connective there; session 27, places27)
                n == 2
                and stem[0] == "和"
                and text[k] in "镇乡"
                and (s == 0 or text[s - 1] in "。！？\n")
                and _is_cjk(stem[1])
                and stem[1] not in _BAD_NAME_CHARS
                and stem[1] not in "省市县区镇乡村街城各全该本我其"
            )
            # 某某区五三街道某某社区, 、三八街道三里社区: a sub-district named by a date of two
            # numerals, before a community of its own (a count, 第/个/各 before it, names none;
            # session 28, places28)
            numbered = (
                n == 2
                and all(c in "一二三四五六七八九十" for c in stem)
                and text.startswith("街道", k)
                and (s == 0 or text[s - 1] not in _CN_NUM + "第个各全这那每")
                and _loc_at(text, e, r)
            )
            if (
                n > 1
                and not word_town
                and not bracketed
                and not numbered
                and not _stem_ok(text, s, k, under)
                and not (
                    # 市中街道, 城中镇: a sub-district or town named after its district, whose bare
                    # name reads as a word
                    text[k] in "街镇乡"
                    and (stem in g.admin_stems or stem in g.gpe_ambiguous)
                    # (县的中心镇: the kind of town, as before a town's name)
                    and text[s:e] not in _TOWN_KIND_BEFORE
                    and _level_ok(text, k)
                )
            ):
                continue
            # 徐州沛县, 江苏徐州: a known place, then a division of its own, is two GPEs; the
            # shorter reading is tried (session 23, gpe24)
            if n > 2 and _two_divisions(text, s, e, g):
                continue
            # 普洱镇沅: the unit's character opens a county of the place before it (镇沅 of
            # 普洱), no town named 普洱镇 (session 44, gpe46)
            if text[k] in "镇乡" and _child_opens_at(text, s, k):
                continue
            # what precedes the stem (read only once the stem passed: most fail): the
            # character tests first, the place lookups of _after_place only where they fail
            prev = text[s - 1] if s else "\n"
            # 检查某某镇文明城市创建工作: a town inspected, before its campaign
            # (暗访某某镇“创文”工作, 督导组对某某镇创建全国文明城市工作进行暗访: the campaign
            # quoted, and a town the inspection is done on, after 对; session 38, places38)
            # (对某某街道的创文工作给予肯定: the town's campaign after 的, where 对 opens it;
            # session 45, gpe47)
            inspected = (
                text[k] in "镇乡街"
                and (
                    text.startswith(_CAMPAIGN_NEXT, e + 1 if text[e : e + 1] == "“" else e)
                    or (prev == "对" and text.startswith(_CAMPAIGN_NEXT, e + 1) and text[e] == "的")
                )
                and (prev == "对" or text.endswith(_INSPECT_VERBS, 0, s))
            )
            # 督查了某某街道某某社区、…, 走访了某某镇: a sub-district or town an inspection
            # went to, right after its verb and 了 (session 28, places28)
            visited = (
                prev == "了" and text[k] in "街镇乡" and text.endswith(_VISITED_THEN, 0, s - 1)
            ) or (
                # 察看某某镇某某村…, 调研某某乡某某遗址: a visit's route names the town, then a
                # village or a site in it; the verb's end opens the town's name as a mark would
                # (session 38, places38)
                text[k] in "镇乡" and text.endswith(_ROUTE_VERBS, 0, s) and _village_at(text, e, r)
            )
            prev_ok = (
                inspected
                or visited
                # 督查组要求某某街道某某社区、…: the sub-district or town a requirement is
                # addressed to, before its community or a mark (session 28, places28)
                or (
                    text[k] in "街镇乡"
                    and text.endswith(("要求", "督促", "责成"), 0, s)
                    and (text[e : e + 1] in "、，" or _loc_at(text, e, r))
                )
                or prev in _PUNCT_BOUNDARY
                # 中共某县第十四次代表大会: the party's committee of the division (orgs20)
                or text.endswith("中共", 0, s)
                or prev in "和及与到在至赴暨"
                # (给某某镇、…, 向某某县, 同某某镇: any preposition of a clause's object, where
                # it makes no word with the name's first character: 向阳坪镇; session 47, misc49)
                or (
                    prev in _PLACE_PREPOSITIONS
                    and not jieba_tokenizer().FREQ.get(text[s - 1 : s + 1])
                )
                # 测评组来某某县验收: 来 as a verb of coming, not the tail of a word (近来, 未来,
                # 以来; session 27, places27)
                or (prev == "来" and not jieba_tokenizer().FREQ.get(text[s - 2 : s]))
                # 除某某街道和社区干部外: the division excepted (session 18, locs19)
                or (prev == "除" and text[k] in "街镇乡")
                # 、区交警大队、区某某街道作表态发言: the level's own character before a
                # sub-district or a town of it, as before its bureaus (posts29)
                or (
                    prev in "区县"
                    and s >= 2
                    and text[s - 2] in "、，：\n"
                    and text[k] in "街镇乡"
                    and n >= 2
                )
                or text.endswith(_GOING_VERBS, 0, s)
                # 试点乡镇湖村镇, 示范镇某某镇: the kind of town before its name
                or (text[k] in "镇乡" and text.endswith(_TOWN_KIND_BEFORE, 0, s))
                # 分别是某某街道某某社区、…: a list of places introduced (session 12 audit)
                or text.endswith(("分别是", "分别为", "依次是", "依次为"), 0, s)
                # 《某某镇精神文明创建实施方案》: the division opening a document's title
                # (session 16 audit, audgpe17)
                or (prev == "《" and text.startswith(_DOC_TITLE_HEADS, e))
                # 明确了某某镇、…, 将某某镇15个村: a verb's object (session 15 check batch)
                or (
                    text[k] in "镇乡"
                    and (
                        prev in "将把"
                        or (prev == "了" and s >= 3 and text[s - 3 : s - 1] in function_words())
                    )
                )
                # 挂钩某某街道某某社区: a unit's link to a town or its community (session 14)
                or (text[k] in "街镇乡" and text.endswith(_LINK_VERBS, 0, s))
                # 到创文挂钩街道某某街道, 赴包保社区某某街道某某社区: the place the unit is linked
                # to, named after the words for it (session 27, places27)
                or (text[k] in "街镇乡" and text.endswith(_LINKED_UNITS, 0, s))
                # 推进某某镇文明镇创建, 某某镇国家卫生镇创建: a town before the honour it works
                # for (session 27, places27)
                or (text[k] in "镇乡" and _HONOUR_OF_TOWN.match(text, e) is not None)
                # 该区某某乡和某某镇: a town of the district the text just named (session 16)
                or (text[k] in "街镇乡" and text.endswith(("该区", "该县", "该市", "该旗"), 0, s))
                # 我市某某镇, 某某市的某某镇: a town of the text's own city, or of a city named
                # right before it (session 14 audit)
                or (
                    text[k] in "街镇乡"
                    and (
                        text.endswith(("我市", "我县", "我区", "本市", "本县", "本区"), 0, s)
                        or (prev == "的" and _after_place(text, s - 1, found, r.g))
                    )
                )
            )
            if (
                not prev_ok
                and not _after_place(text, s, found, r.g)
                # 宣城泾县召开…, 江苏徐州沛县: the lower division of a chain after a known name
                # (not 广安经开区: the kind of zone; session 23, gpe24)
                and not (stem not in _ZONE_WORDS and _place_name_before(text, s, g))
            ):
                continue
            if (
                n == 2
                and not word_town
                # 某某区外海街道: right after the division it belongs to, a town's or a
                # sub-district's name may be a word (session 18, locs19)
                and not (text[k] in "街镇乡" and _after_place(text, s, found, r.g))
                and stem in common_words()
                and stem not in g.admin_stems
                and stem not in g.gpe_ambiguous
                and stem not in g.gpe_names
                # 、花园街道铁一小区、: a sub-district named by a common word, in a list, before
                # a named estate or community of its own (session 16 audit)
                and not (text.startswith("街道", k) and prev in "、，" and _loc_at(text, e, r))
                # 在花园镇某某村召开: a town named by a common word, before a village of its own
                # (session 38, places38)
                and not (prev_ok and text[k] in "镇乡" and _village_at(text, e, r))
            ):
                # 主要街路、商业区和沿江: a kind of area (商业区, 工业区), named by a noun of the
                # dictionary that no division of the gazetteer bears
                continue
            dateline = _DATE_BEFORE.search(text, max(0, s - 8), s) is not None
            nxt = text[e : e + 1]
            next_ok = (
                dateline
                or inspected
                # (a town named by a word: _word_town read what follows it)
                or word_town
                # 由某某镇至某某县道路: the end of a route
                or (prev == "至" and text.startswith(_ROUTE_NEXT, e))
                # 某某县某某镇1300多名干部: a town right after its county, before a count
                or (
                    nxt.isdigit()
                    and text[k] in "镇乡街"
                    and (prev in "将把" or _after_place(text, s, found, r.g))
                )
                # 到柳溪乡、白塔镇督导: the next item of a list that opened with a division
                or (prev == "、" and _after_place(text, s - 1, found))
                # 某某区、某某区和某某路街道主管副职: the last item after 和 (session 14 audit)
                or (
                    prev in "和及" and text[k] in "街镇乡" and _after_place(text, s - 1, found, r.g)
                )
                or not nxt
                # 深入柳溪镇实地督导, 、柏家坪街道相关负责人, 在青城乡召开, ，某某街道拆除了…,
                # 和某某乡相关负责同志: a town or a sub-district with its unit, after a verb of
                # going, a preposition of place, a mark or a connective, whatever follows it
                # (session 21, locs22)
                # (not 振兴乡村, 镇村干部, 镇区: the unit opens a word; not 督导组给镇: 督导 and
                # 调研 name groups too; names of two or three characters)
                or (
                    text[k] in "镇乡街"
                    and nxt not in "村区"
                    and n < 4
                    # (到新建街道社区: a verb word, no name; 督导了五台街道: a numeral word that
                    # names a town, _numeral_town; session 48, gpe50)
                    and (
                        (stem not in function_words() and stem[:2] not in function_words())
                        or _numeral_town(text, k, stem)
                    )
                    and text[k - 1 : k + 1] not in ("集镇", "城镇", "村镇", "乡镇", "城乡")
                    and not text.startswith(_NEW_NOT_NAME, s)
                    # (，由某某街道, ，北至镇朔楼, 及时向街道: a clause's word opens what was read)
                    and stem[0] not in "由从对向在把将被为以让请至"
                    and not text.startswith(_ROUTE_ENDS, s)
                    and text[s - 1 : s + 1] not in function_words()
                    and (
                        prev in "、到在赴，和及与。；\n"
                        or visited
                        or text.endswith(_TOWN_GOING_VERBS, 0, s)
                    )
                )
                or (prev == "《" and text.startswith(_DOC_TITLE_HEADS, e))
                or nxt in "、，。）)；：;:,和及与\n "
                # 某某镇文明镇创建: the honour the town works for (session 27, places27)
                or (text[k] in "镇乡" and _HONOUR_OF_TOWN.match(text, e) is not None)
                # 到某某乡（某某街道）开展…: the division and its other name in brackets
                or (nxt in "（(" and text[k] in "镇乡街")
                # 某某镇“四个落到实处”…: a headline line opening with the town and a quote
                or (nxt == "“" and prev == "\n")
                or text.startswith(_ADMIN_NEXT, e)
                or _admin_at(text, e, r) is not None
                or _loc_at(text, e, r)
                # 东坑镇镇委书记, 某某区区长: the division before its own body or post
                or (text[e : e + 1] == text[e - 1] and text[e + 1 : e + 2] in "委长政党人")
                or text.startswith(_OWN_BODY, e)
                # 对某某乡书记和乡长进行诫勉谈话: a town before its secretary written short (乡书记
                # for 乡党委书记; the pooled dev gold; session 48, gpe50)
                or (text[k] in "镇乡" and text.startswith("书记", e))
                # 某某区柳庄街道背街小巷整治…: a sub-district or a town right after the
                # division the gazetteer knows (no mark between), whose name is no word of the
                # dictionary and holds no unit, whatever follows it (gpe32)
                or (
                    not prev_ok
                    and n in (2, 3)
                    and text[k] in "镇乡街"
                    and nxt not in "村区"
                    and not any(c in "城村镇乡街区县市省" for c in stem)
                    # (某某县长到镇里调研: the division's post and a verb of going, no name)
                    and stem[0] not in "长委"
                    # (某某区五个街道: a count of its units, no name; gpe34)
                    and not _counted_units(stem)
                    and not any(c in _BAD_NAME_CHARS or c in _GOING_CHARS for c in stem)
                    and not jieba_tokenizer().FREQ.get(stem)
                    and _after_place(text, s, {}, r.g)
                )
                # 某某自治州三合镇被确认为…, 某某县青禾镇获评…: a town or sub-district right after
                # the division the gazetteer knows it under, before a verb of being named or
                # passing (not 某县新型城镇化: a stem holding a unit's character is a word about
                # towns; not 某镇副镇长: a post follows)
                or (
                    not prev_ok
                    and text[k] in "镇乡街"
                    and nxt in _NAMED_AS_NEXT
                    and not any(c in "城村镇乡街区县市省" for c in stem)
                )
                # 阿瓦提县三河镇琼库尔艾肯村: a town right after its county written with the unit,
                # before a village of its own (a name of up to five characters, as the
                # Uyghur and Mongolian villages are written; wide46; session 44, gpe46)
                or (
                    not prev_ok
                    and n in (2, 3)
                    and text[k] in "镇乡"
                    and text[s - 1 : s] in "县区市旗"
                    and not any(c in "城村镇乡街区县市省" for c in stem)
                    and not any(c in _BAD_NAME_CHARS or c in _GOING_CHARS for c in stem)
                    and _village_at(text, e, r, 5)
                    and _after_place(text, s, {}, r.g)
                )
            )
            if next_ok:
                found.setdefault(text[s:e], 0.6 if dateline or prev in "\n" else 0.55)
                break
    cands: list[Cand] = []
    stems: set[str] = _bare_places(text, r.g)
    listed = _town_list_items(text)
    cands.extend(Cand(a, e, "GPE", 0.55, 1, "gpe.doc_place") for a, e in listed)
    # 某某各级各部门 / 提升某某的知名度: a known county's bare name where a place is expected,
    # then its every further mention
    # (the verbs of meeting and visiting: both rules below read them, one scan of the text)
    visits = list(_BARE_VISIT.finditer(text))
    for a, e in _bare_in_context(text, r.g, visits).items():
        # 建设美丽新宁夏: a province's name opens at the last character of what was read (新宁),
        # the province is the place (a county's bare name does not cut a province's; gpe34)
        if any(text.startswith(p, e - 1) for p in _PROVINCE_BY_INITIAL.get(text[e - 1], ())):
            continue
        cands.append(Cand(a, e, "GPE", 0.55, 1, "gpe.bare_context"))
        stems.add(text[a:e])
    if "在" in text or "到" in text:
        cands.extend(_place_pairs(text, g, visits))
    # 本报长治4月11日讯: the place of a newspaper's dateline
    if "本报" in text:
        for m in _PAPER_DATELINE.finditer(text):
            if m.group(1) in g.gpe_names or m.group(1) in g.admin_stems:
                cands.append(Cand(m.start(1), m.end(1), "GPE", 0.6, 2, "gpe.doc_place"))
    # 十三师新星市: the corps' city is 新星 elsewhere in the article
    for _, _, city in corps_divisions(text, r):
        if len(city) >= 3:
            stems.add(city[:-1])
    # 霍州经济技术开发区: a zone named after a known city; 霍州 alone is that city elsewhere
    for m in _ZONE_UNIT.finditer(text):
        k = m.start()
        for n in (4, 3, 2):
            st = text[k - n : k] if k >= n else ""
            if st in g.admin_stems or st in g.gpe_names:
                stems.add(st)
                break
    # 临澧县 named once with its unit: 临澧 alone is the county elsewhere in the article
    # (丽水市 … 丽水: a city's name that is also a word or a given name, alone only on the
    # word's edges; posts29)
    ambiguous: set[str] = set()
    for a, e in gpe_full_spans(text, r):
        if _word_edge(text, a, e) and not _split_words(text, a, e, g):
            st = _stem_of(text[a:e], r.g)
            # (经开区, 高新区: the kind of zone; 经开 alone is no place)
            if not st or st in _ZONE_WORDS:
                continue
            if st not in r.g.gpe_ambiguous:
                stems.add(st)
            elif st in g.gpe_names and len(st) >= 2 and e - a == len(st) + 1:
                ambiguous.add(st)
            elif (
                # 全州县 … 全州要抓好发展: a county's name that is also a word (全州, the whole
                # prefecture), named with its unit, alone on the word's edges as the city's
                # above (a rare word only: 会同, 富裕 stay with their unit; gpe32)
                text[e - 1] in "县旗"
                and e - a == len(st) + 1
                and jieba_tokenizer().FREQ.get(st, 0) <= _COUNTY_WORD_FREQ
            ):
                ambiguous.add(st)
    alone = {st: _ambiguous_alone(text, st, g) for st in ambiguous}
    alone.update(_ambiguous_named_alone(text, g, ambiguous))
    if _OWN_OUTLET_CUE.search(text) is not None:
        cands.extend(_counties_by_own_outlet(text, g))
    cands.extend(_bare_ambiguous_cities(alone))
    if not found and not stems:
        return cands, stems
    town_stems: set[str] = set()
    for f, conf in found.items():
        # (某某区五个街道: a count of its units read after the division, no name; gpe34)
        if _counted_units(f[:-2] if f.endswith("街道") else f[:-1]):
            continue
        for a in _occurrences(text, f):
            if (
                f[-1] == "县"
                and text[a + len(f) : a + len(f) + 1] == "城"
                # (某某县城区: the county and its urban area, as the gazetteer's path reads it;
                # session 20, locs21)
                and text[a + len(f) + 1 : a + len(f) + 2] != "区"
                and not _TOWN_AFTER_COUNTY.match(text, a + len(f))
                and not _CITY_AFTER_COUNTY.match(text, a + len(f))
            ):
                # 某某县城: the county's town; the place name is the bare stem (歙县城: a
                # stem of one character is none)
                if len(f) > 2:
                    cands.append(Cand(a, a + len(f) - 1, "GPE", conf, 1, "gpe.doc_place"))
            elif _citizens(text, a + len(f)):
                if len(f) > 2:  # 柳塘市民: the city's name and 市民
                    cands.append(Cand(a, a + len(f) - 1, "GPE", conf, 1, "gpe.doc_place"))
            elif _word_edge(text, a, a + len(f)) and _unit_ok(text, a + len(f) - 1, f[:-1]):
                cands.append(Cand(a, a + len(f), "GPE", conf, 1, "gpe.doc_place"))
        if f[-1] in "市县区省州" and len(f) == 3 and f[:-1] not in _ZONE_WORDS:
            stems.add(f[:-1])
        elif f[-1] in "镇乡" and len(f) in (3, 4):
            town_stems.add(f[:-1])
        # 柳湾街道 … 柳湾要…: a sub-district's name of two characters, bare as its people write
        # it (not 中山路街道: a road's name lends its own; session 31, gpe31)
        elif f.endswith("街道") and len(f) == 4 and f[1] not in "路街巷道村":
            town_stems.add(f[:2])
        # 某某街道 … 某某辖区: a town's or a sub-district's bare name before 辖区 (session 14 audit)
        unit = "街道" if f.endswith("街道") else f[-1] if f[-1] in "镇乡" else ""
        if unit and len(f) - len(unit) >= 2:
            for a in _occurrences(text, f[: -len(unit)] + "辖区"):
                cands.append(Cand(a, a + len(f) - len(unit), "GPE", 0.5, 1, "gpe.bare_stem"))
    autonomy = "自治" in text
    for st in stems:
        n = len(st)
        for a in _occurrences(text, st):
            nxt = text[a + n : a + n + 1]
            # 某某蒙古自治县委书记: the stem opens the autonomous unit's full name, its peoples
            # between, which a longer reading holds or misses, never the stem alone (session 41)
            if autonomy and _PEOPLES_AUTONOMY.match(text, a + n) is not None:
                continue
            # 凤栖县 … 凤栖河, 凤栖路: a river, a road or a bridge named after the county is none
            # (靖宇县 … 靖宇镇: a town named like its county is the town, not the county)
            # (本文为某某在线原创: an outlet named after the division, one ORG or none, no place
            # inside it; session 43, places43)
            if text.startswith(_OUTLET_AFTER_STEM, a + n):
                continue
            if not (nxt and nxt in "省市县区州旗河江湖溪山路街桥镇乡"):
                cands.append(Cand(a, a + n, "GPE", 0.5, 1, "gpe.bare_stem"))
            elif (
                nxt in "市县区州"
                and _word_edge(text, a, a + n + 1)
                # 某某县城: the county's town (某某县城市管理: the county and 城市)
                and (text[a + n : a + n + 2] != "县城" or _CITY_AFTER_COUNTY.match(text, a + n + 1))
                and not _citizens(text, a + n + 1)
            ):
                # 楚岭州 … 楚岭市: the place this text names, with another unit
                cands.append(Cand(a, a + n + 1, "GPE", 0.5, 1, "gpe.bare_stem"))
    town_stems.update(text[a:e] for a, e in listed)
    cands.extend(_bare_towns_named(text, town_stems, r))
    # 广丰排山镇: the county named bare before its town is a place too (session 16 audit)
    for f in found:
        if f[-1] in "镇乡" or f.endswith("街道"):
            for a in _occurrences(text, f):
                n = _bare_county_before(text, a, g)
                if n:
                    cands.append(Cand(a - n, a, "GPE", 0.55, 1, "gpe.doc_place"))
    if _PAIRING_CUE.search(text) is not None:
        # 某某镇 … 闽宁协作, 在闽宁两省区协作下: a town named after the pairing of two provinces,
        # the pairing by their initials before its cooperation names no town (gpe34)
        cands[:] = [c for c in cands if not _province_pairing(text, c)]
    return cands, stems


# the peoples an autonomous unit's full name holds between its stem and 自治 (城步苗族自治县,
# 和布克赛尔蒙古自治县), or none (镇宁自治县); 族 alone after a people's own banner (鄂温克族自治旗)
_PEOPLES_AUTONOMY = re.compile(f"族?(?:(?:{alternation(_ETHNIC)})族?)*自治")


# what follows two provinces' initials paired (闽宁协作, 沪滇合作, 在粤桂两省区…)
_PAIRING_NEXT = re.compile("协作|合作|两省|两地|对口")


def _province_pairing(text: str, c: Cand) -> bool:
    return (
        c.rule == "gpe.bare_stem"
        and c.end - c.start == 2
        and text[c.start] in _PROVINCE_INITIALS
        and text[c.start + 1] in _PROVINCE_INITIALS
        and _PAIRING_NEXT.match(text, c.end) is not None
    )


def _bare_ambiguous_cities(alone: dict[str, list[int]]) -> list[Cand]:
    """A prefecture's name that is also a word or a given name (丽水, 金华, 白银; gazetteers
    _AMBIGUOUS), alone where the article names the city with its unit (丽水市 … 走访丽水城区)
    or names it alone often enough (_ambiguous_named_alone): at the starts `alone` holds for it
    (_ambiguous_alone: on the word's edges only, not 吴丽水, 白银饰品: no surname before it, no
    word of the dictionary across either edge, no opening quote before it, no unit, road, water
    or body after it; posts29)."""
    return [
        Cand(a, a + len(st), "GPE", 0.5, 1, "gpe.bare_stem")
        for st, starts in alone.items()
        for a in starts
    ]


def _ambiguous_alone(text: str, st: str, g: Gazetteers) -> list[int]:
    """Where the ambiguous name st stands alone as a place (_bare_ambiguous_cities's tests)."""
    out: list[int] = []
    freq = jieba_tokenizer().FREQ
    n = len(st)
    for a in _occurrences(text, st):
        e = a + n
        nxt = text[e : e + 1]
        if nxt and (nxt in "省市县区州旗河江湖溪山路街桥镇乡村网报台" or nxt in "委长政籍"):
            continue
        # (文明某某, 推进某某: a character closing a word of the dictionary is no surname there;
        # a word across an edge that the dictionary barely saw is none; session 31, gpe31)
        if (
            a
            and _is_cjk(text[a - 1])
            and (
                (text[a - 1] in g.surnames and freq.get(text[a - 2 : a], 0) < _WORD_BEFORE_FREQ)
                or freq.get(text[a - 1 : a + 1], 0) > _RARE_WORD_FREQ
            )
        ):
            continue
        # (“某某中心城区”: a quoted formula opening with the name is the formula's)
        if text[a - 1 : a] == "“":
            continue
        if nxt and _is_cjk(nxt) and freq.get(text[e - 1 : e + 1], 0) > _RARE_WORD_FREQ:
            continue
        out.append(a)
    return out


# a county's name that is also a word of the dictionary counted at most this often is read alone
# where the article names the county with its unit (全州 366; 会同 859, 富裕 822 stay unread)
_COUNTY_WORD_FREQ = 400


# a word of the dictionary counted at least this often, closing right before a name, leaves its
# last character no surname (文明 before the name)
_WORD_BEFORE_FREQ = 100


# a city's own outlets: 某某新闻网 on the page names the city the article is about
_CITY_OUTLETS = ("新闻网", "日报", "晚报", "电视台", "广播电视台", "融媒体中心", "新闻中心", "发布")


def _ambiguous_prefectures(g: Gazetteers) -> re.Pattern[str]:
    """The prefectures' names that are also words (gazetteers _AMBIGUOUS, less the country and the
    provinces), as one pattern, built once per gazetteer."""

    def build() -> re.Pattern[str]:
        names = (g.gpe_ambiguous & g.gpe_names) - PROVINCES - {"中国", "台湾"}
        return scan_compile(_paired_alternation(names))

    got: re.Pattern[str] = per_gazetteers(g, "ambiguous_prefectures", build)
    return got


def _ambiguous_named_alone(text: str, g: Gazetteers, known: set[str]) -> dict[str, list[int]]:
    """三明 … 三明: a prefecture's name that is also a word, where the article never writes its unit
    but names the city alone twice or more (展示某某魅力、凝聚某某精神), or once beside the
    city's own outlet (某某新闻网): the city the article is about (session 31, gpe31: one dev
    page and one wide page; two more dev pages name their city alone once). Each with the
    starts where it stands alone."""
    out: dict[str, list[int]] = {}
    for st in {m.group() for m in _ambiguous_prefectures(g).finditer(text)} - known:
        alone = _ambiguous_alone(text, st, g)
        if len(alone) >= 2 or (alone and any(st + o in text for o in _CITY_OUTLETS)):
            out[st] = alone
    return out


# (仪陇融媒: the county's media centre by its short name; wide46; session 44, gpe46)
_OWN_OUTLET = re.compile("新闻网|融媒体中心|融媒(?!体)|广播电视台|电视台|日报|新闻中心")


def _counties_by_own_outlet(text: str, g: Gazetteers) -> list[Cand]:
    """青溪新闻网讯 … 以最美青溪新形象…: a county's bare name (the gazetteer's stem, not one
    that is also a word) where the page's own outlet carries it, standing as a name of its own,
    and the text never writes the county with its unit (我县 … 全县): the county the article
    is about, at its further mentions (not before a unit, a body or another outlet of its name:
    某某在线, 某某新闻; not in brackets after another place: 某市（某某）; session 33)."""
    names: set[str] = set()
    for m in _OWN_OUTLET.finditer(text):
        k = m.start()
        for n in (2, 3):
            st = text[k - n : k] if k >= n else ""
            if st in g.admin_stems and st not in g.gpe_ambiguous:
                if not _is_cjk(text[k - n - 1 : k - n] or "\n") and not any(
                    st + u in text for u in "省市县区州旗盟"
                ):
                    names.add(st)
                break
    out: list[Cand] = []
    for st in names:
        for a in _occurrences(text, st):
            e = a + len(st)
            nxt = text[e : e + 1]
            if nxt and (nxt in "省市县区州旗河江湖溪山路街桥镇乡村网报台" or nxt in "委长政籍"):
                continue
            if text.startswith(_OUTLET_WORDS, e) or text[a - 1 : a] in "（(“":
                continue
            out.append(Cand(a, e, "GPE", 0.5, 1, "gpe.bare_stem"))
    return out


# what follows a place's name in its outlets' names (某某在线, 某某新闻, 某某发布)
_OUTLET_WORDS = ("在线", "新闻", "发布", "融媒", "电视", "广播", "日报", "晚报", "手机")


def _bare_towns_named(text: str, town_stems: set[str], r: _Rules) -> list[Cand]:
    """A town named once with its unit (柳溪镇召开…) and elsewhere bare, as its people write it
    (观看了柳溪文明镇创建短片, 柳溪已具备…; session 16 audit, audgpe17): the bare name where it
    is no word of the dictionary (a rare one: 长江镇, 新华镇 stay; frequency at most 100, or 400
    for the name of a county the gazetteer knows, which the dictionary lists as that place: 开平
    253; session 42, places42), stands
    on word edges (not 黄柳溪口) and no unit, road, water or facility follows it (柳溪农贸市场
    is one place, 柳溪中学 one school)."""
    out: list[Cand] = []
    freq = jieba_tokenizer().FREQ
    for st in town_stems:
        n = len(st)
        if (
            freq.get(st, 0) > (_COUNTY_WORD_FREQ if st in r.g.admin_stems else _TOWN_STEM_FREQ)
            or st in common_words()
            # (a function word the dictionary barely saw, 久慕 3, is no word in running text)
            or (st in function_words() and freq.get(st, 0) > _RARE_WORD_FREQ)
        ):
            continue
        for a in _occurrences(text, st):
            e = a + n
            nxt = text[e : e + 1]
            # (某某河某某段: a river's section named after the town is a place of its own;
            # session 42)
            if nxt and (nxt in "省市县区州旗河江湖溪山路街桥镇乡村网报台段" or nxt in "委长政"):
                continue
            if r.loc_kind.match(text, e) or r.place_org_kind.match(text, e):
                continue
            # (某某十字: a crossroads named after the town; “某某速度”: a quoted formula opening
            # with the name is the formula's; session 31, gpe31, as the bodies below)
            if text.startswith("十字", e) or text[a - 1 : a] == "“":
                continue
            # (某某镇 … 某某新村: a village named after its town is one place, a LOC, its town's
            # name inside it none; session 43, places43)
            if text.startswith("新村", e):
                continue
            # (某某卫生院, 某某所所长: a body named after the town, 所 a station of a bureau)
            if nxt == "所" or text.startswith(r.g.named_org_kinds, e):
                continue
            # (a word across the name's edge: 黄柳溪口; not where the two characters before
            # are a word of their own, which takes the one the name's first would close a word
            # with: 发挥霍童文化, 挥霍 read across 发挥|霍童; session 48, gpe50)
            if (
                a
                and _is_cjk(text[a - 1])
                and freq.get(text[a - 1 : a + 1])
                and not (a >= 2 and _is_cjk(text[a - 2]) and freq.get(text[a - 2 : a]))
            ):
                continue
            if nxt and _is_cjk(nxt) and freq.get(text[e - 1 : e + 1]):
                continue
            out.append(Cand(a, e, "GPE", 0.5, 1, "gpe.bare_stem"))
    return out


# a town's bare name is read only where jieba's dictionary counts it at most this often (龙港 8,
# 金井 30, 古里 66; 长江 18930, 新华 549, 九龙 256 stay unread)
_TOWN_STEM_FREQ = 100
# a function word of jieba's dictionary counted at most this often is read as a name there
# (session 31, gpe31)
_RARE_WORD_FREQ = 10


def _stem_of(name: str, g: Gazetteers) -> str:
    """临澧县 -> 临澧 (two characters at least; 自治县 names keep only their place part)."""
    suf = _suffix_of(name, g)
    stem = name[: -len(suf)] if suf else ""
    if suf.startswith("自治"):
        stem = _stem_opening(name, g)
    return stem if len(stem) >= 2 else ""


def _stem_opening(name: str, g: Gazetteers) -> str:
    """The stem of the gazetteer that `name` opens with (峨岭彝族自治县 -> 峨岭), "" where none:
    the first of g.admin_stems (in its order) that is a prefix of `name`. Only the name's own
    prefixes are looked up (a dozen lookups, not a walk over the 3,000 stems: ~200 us an
    autonomous county's name, 1 in 16 real pages; speed48b); where two or more of them are
    stems the walk decides as before, so the answer is the same either way."""
    opening = [name[:n] for n in range(len(name) + 1) if name[:n] in g.admin_stems]
    if len(opening) <= 1:
        return opening[0] if opening else ""
    return next((st for st in g.admin_stems if name.startswith(st)), "")


# 岚州、梧源两市 / 甲、乙、丙三县: bare names counted by their unit; 来到甲、乙两县: after a
# verb of going too, and names of three characters the gazetteer knows (某某某、某某某两县;
# session 41, places41)
_COUNTED_LIST = re.compile(
    rf"(?:^|(?<=[，。：、\n在和与及对到赴了]))((?:[{CJK}]{{2,3}}、)+[{CJK}]{{2,3}})"
    "(?:两|三|四|五|六|七|八|九)(?:市|县|区|州|地)"
)
_COUNTED_END = re.compile("[两三四五六七八九][市县区州地]")
_PAIR_ETC = re.compile(
    rf"(?:^|(?<=[，。：；、\n在到赴从对和与及]))([{CJK}]{{2,3}})、([{CJK}]{{2,3}})"
    "等(?:地|县市|县区|市县|区县|县|市|区)"
)
# 某某：聚力攻坚… : a headline opening with the place it reports from
_PRONOUN_HEAD = frozenset("他她它我你")
_SPEECH_END = frozenset("说讲称问答")
_OPENING_HEADLINE_PLACE = re.compile(rf"\A[ \u3000\n]*([{CJK}]{{2,3}})[：:](?=[^\n]{{6,}})")
_SOURCE_LABELS = frozenset(
    ("转自", "来源", "摘自", "转载", "作者", "编辑", "责编", "审核", "出处", "稿源", "供稿", "记者")
)


# what follows a county's bare name where locals write it without its unit: 某某各级各部门,
# 某某人民, 某某创文工作, 结合某某实际, 提升某某的知名度
_BARE_NEXT = re.compile(
    r"各级|各界|各部门|人民|群众|干部群众|上下|创文|创城|创卫|创建|城区|县城|城市|大地|实际(?!上)|形象|"
    r"故事|好声音|高质量|新形象|经济社会|的(?:城市|形象|知名度|美誉度|面貌|文明程度|发展|明天|未来)"
    # (对某某省级文明城市创建工作: the honour the place works for, with the level granting it;
    # session 34, places36)
    r"|(?:省级|市级|国家)(?:文明|卫生)"
    # (对某某未来发展, 决定某某未来发展空间, 把某某打造成…, 把某某建设成为…: the county's future and
    # what it is made into; session 48, gpe50)
    r"|未来发展|打造成|建设成"
)
# 近年来，某某坚持把…: a clause opening with the bare name as the subject of the county's work
# (session 23, gpe24)
# (。某某要加快…: the county a requirement is addressed to, as 各县区要…; session 33)
_BARE_SUBJECT_NEXT = re.compile(
    "坚持|始终|紧紧围绕|紧扣|持续|扎实|聚焦|围绕|着力|先后|累计|要(?![求点素闻害是])"
    # (，某某将以此为契机: the place's intention, the subject of 将; session 34, places36)
    "|将(?:以|进一步|继续|全力|坚持|持续|把|加快|着力)"
)
_BARE_STRONG_NEXT = re.compile("全[省区市州县盟](?!委|政府|人大|政协)|分会场|各县|各区|各市")
# 在某某召开 / 到某某调研: a verb of meeting or visiting after a bare name that 在/到 opens
_BARE_VISIT = re.compile(r"召开|举行|调研|督导|检查|考察|视察|开展|进行|观摩")
# 像某某这样的乡镇: a place held up as the example
_BARE_LIKE = ("像", "如", "学习")
_BARE_LIKE_END = ("这样", "一样", "那样")
_LIKE_PLACE = re.compile(rf"(?:像|如|学习)([{CJK}]{{2,3}}?)(?:这样|一样|那样)")
# (共建美好某某, 打造幸福某某: an epithet of the place's own slogan; session 14 audit)
_BARE_OPENER = re.compile("从|驻|来自|平安|美好|幸福|美丽|魅力")
# 江城, 鹿城: cities' nicknames that are also the stems of divisions (resources: rule_words)
_CITY_NICKNAMES = frozenset(rule_words()["city_nicknames"])
# words before a bare name that open it (…推进某某创文工作, 展示某某形象)
_BARE_BEFORE = tuple(rule_words()["bare_place_before"])


def _bare_context_names(g: Gazetteers) -> tuple[frozenset[str], frozenset[str]]:
    names = frozenset(g.gpe_ambiguous | _CITY_NICKNAMES | g.admin_stems)
    return names, frozenset(n[-2:] for n in names)


def _visited_cities(g: Gazetteers) -> frozenset[str]:
    """The provinces and prefecture-level cities whose bare name jieba also lists as a word (松原,
    本溪, 九江) but which are no common or function word: between 到 / 赴 / 在 and a verb of
    meeting or visiting (到松原调研, 在本溪召开; not 开展 / 进行) the name is the city, though the
    text never writes its unit (session 41, places41)."""
    return frozenset(
        n
        for n in g.gpe_ambiguous
        if n in g.gpe_names and n not in common_words() and n not in function_words()
    )


def _bare_in_context(text: str, g: Gazetteers, visits: list[re.Match[str]]) -> dict[int, int]:
    """Bare county and city names the gazetteer knows, read where a place is expected:
    start -> end (gpe.bare_context). A name inside an outlet or a title never comes here: those
    contexts (新闻网, 县委) are not in _BARE_NEXT. `visits`:
    _BARE_VISIT's matches in text, in order."""
    out: dict[int, int] = {}
    # every name `known` may admit, and their last two characters: before most cues those two
    # are no name's tail, and no name of two, three or four characters ends there (session 35)
    names, tails = per_gazetteers(g, "bare_context_names", _bare_context_names, g)
    units: dict[str, bool] = {}

    def opened(a: int) -> bool:
        if a == 0 or not _is_cjk(text[a - 1]) or text[a - 1] in _PUNCT_BOUNDARY:
            return True
        return text.endswith(_BARE_BEFORE, 0, a)

    def with_unit(name: str) -> bool:
        got = units.get(name)
        if got is None:
            got = units[name] = any(name + u in text for u in "市县区")
        return got

    def known(name: str) -> bool:
        # 三明, 吉安: a name that is also a word counts where this text also writes it with its
        # unit (三明市委书记 … 在三明开展测评); so does a city's nickname (江城)
        if name not in names:
            return False
        if name in g.gpe_ambiguous or name in _CITY_NICKNAMES:
            return with_unit(name)
        return name in g.admin_stems

    # (the name is looked up before its left edge is read: both only read, and few of the
    # strings before a 人民 / 创建 / 群众 are a known name)
    for m in _BARE_NEXT.finditer(text):
        k = m.start()
        if text[k - 2 : k] not in tails:
            continue
        for n in (2, 3, 4):
            a = k - n
            if a >= 0 and text[a:k] in names and known(text[a:k]) and opened(a):
                # (双城创建, 两城同创: a campaign counting cities, no city; session 17)
                if n == 2 and text[a + 1] == "城" and text[a] in "双两三四五六":
                    break
                out[a] = k
                break
    # 近年来，某某坚持…: a known name opening a clause after a mark, the subject of a verb of
    # the county's work (session 23, gpe24)
    for m in _BARE_SUBJECT_NEXT.finditer(text):
        k = m.start()
        if text[k - 2 : k] not in tails:
            continue
        for n in (2, 3):
            a = k - n
            if a >= 1 and text[a - 1] in "，。\n" and known(text[a:k]):
                out[a] = k
                break
    # 广西全区, 在来宾分会场: a province's or a city's bare name before the whole of it or a
    # branch venue is the place, even a name that is also a word (来宾, 安康)
    for m in _BARE_STRONG_NEXT.finditer(text):
        k = m.start()
        for n in (2, 3):
            a = k - n
            if a >= 0 and (text[a:k] in g.gpe_names or text[a:k] in g.admin_stems) and opened(a):
                out[a] = k
                break
    # 从某某定制…, 驻某某处以上单位, 推进平安某某建设: a county's bare name after a word that
    # opens a place, standing as a word of its own (not before its unit: 从某某市 is read whole)
    for m in _BARE_OPENER.finditer(text):
        a = m.end()
        # (百姓的幸福安宁: an epithet after 的 is a noun, what someone has, and the word after
        # it the second of two (安宁, peace), no place named; wide45; session 44, gpe46)
        if len(m.group()) == 2 and m.group() != "来自" and text[m.start() - 1 : m.start()] == "的":
            continue
        for n in (3, 2):
            name = text[a : a + n]
            nxt = text[a + n : a + n + 1]
            if (
                name in g.admin_stems
                and name not in g.gpe_ambiguous
                and (name not in _CITY_NICKNAMES or with_unit(name))
                and nxt not in "省市县区州旗镇乡"
                and not jieba_tokenizer().FREQ.get(text[a : a + n + 1])
            ):
                out[a] = a + n
                break
    # 像某某这样: a known county held up as the example (session 15 audit)
    if "像" in text or "如" in text or "学习" in text:
        for m in _LIKE_PLACE.finditer(text):
            if known(m.group(1)):
                out[m.start(1)] = m.end(1)
    visited: frozenset[str] | None = None
    for m in visits:
        k = m.start()
        if text[k - 2 : k] not in tails:
            continue  # (nor does a list of known names end there)
        # 8月2日，某某召开…: a clause opening with the bare name and a verb of meeting
        meeting = m.group() in ("召开", "举行")
        for n in (2, 3, 4):
            a = k - n
            if a < 0:
                continue
            going = a >= 1 and text[a - 1] in "在到赴来"
            # (在三明开展测评: before a verb of any work the word may be what is done, session 6;
            # a meeting or a visit goes to a place)
            if (
                going
                and text[a - 1] != "来"
                and m.group() not in ("开展", "进行")
                and text[a:k] not in g.admin_stems
            ):
                if visited is None:
                    visited = per_gazetteers(g, "visited_cities", _visited_cities, g)
                if text[a:k] in visited:
                    out[a] = k
                    break
            if (
                (
                    going
                    or (a >= 1 and meeting and text[a - 1] in "，。\n ")
                    # 某某开展文明城市创建检查: a headline line opening with the name and a verb
                    # of meeting or visiting (session 16 audit)
                    or (a == 0 or text[a - 1] == "\n")
                )
                and known(text[a:k])
            ):
                out[a] = k
                break
        else:
            # 到临高、保亭调研: a list of known names between 到 and the verb (session 15 audit)
            # (先后到盘锦和营口调研: the cities a visit goes to, as the one above is, items of
            # the list too, but before 开展/进行, where the word may be what is done; session
            # 45, gpe47)
            if m.group() not in ("开展", "进行"):
                if visited is None:
                    visited = per_gazetteers(g, "visited_cities", _visited_cities, g)
                items = _known_list_before(text, k, known, visited)
            else:
                items = _known_list_before(text, k, known)
            if items:
                out.update(items)
    return out


def _known_list_before(
    text: str, k: int, known: Callable[[str], bool], also: frozenset[str] = frozenset()
) -> dict[int, int]:
    """The items of a list of known bare names (甲、乙、丙; 甲和乙, 甲、乙和丙: 和/及/与 before the
    last item; session 45, gpe47) ending at k and opened by 在/到/赴, start -> end; none unless
    every item is known (or one of `also`) and the list has two at least."""
    items: dict[int, int] = {}
    joined = False
    while True:
        a = next(
            (
                k - n
                for n in (2, 3, 4)
                if k - n >= 1 and (text[k - n : k] in also or known(text[k - n : k]))
            ),
            None,
        )
        if a is None:
            return {}
        items[a] = k
        if text[a - 1] in "在到赴":
            return items if len(items) >= 2 else {}
        if text[a - 1] in "和及与" and len(items) == 1 and not joined:
            joined = True
        elif text[a - 1] != "、":
            return {}
        k = a - 1


_PAPER_DATELINE = re.compile(
    rf"本报([{CJK}]{{2,3}}?)(?=\d{{1,2}}月\d{{1,2}}日?电?讯|\d{{1,2}}月\d{{1,2}}日电)"
)


def _place_pairs(text: str, g: Gazetteers, visits: list[re.Match[str]]) -> list[Cand]:
    """在湖州长兴召开: a city and its county written bare one after the other, between 在/到 and
    a verb of meeting or visiting, are two places (not 州长 and a name after it): they outrank
    the title rules there. 先后到盘锦和营口调研: two places joined by 和 / 与 / 及 there too (the
    pooled dev gold, both cities GPE; session 49, gpe51). `visits`: _BARE_VISIT's matches in
    text, in order."""
    out: list[Cand] = []
    for m in visits:
        k = m.start()
        for n in (4, 5, 6, 7):
            a = k - n
            if a < 1 or text[a - 1] not in "在到赴于":
                continue
            seg = text[a:k]
            for i in (2, 3):
                first, second = seg[:i], seg[i:]
                # (甲和乙: the connective between the two names)
                joined = second[:1] in ("和", "与", "及")
                if joined:
                    second = second[1:]
                if not 2 <= len(second) <= 3:
                    continue
                if (first in g.gpe_names or first in g.admin_stems) and (
                    second in g.admin_stems or second in g.gpe_names
                ):
                    out.append(Cand(a, a + i, "GPE", 0.55, 5, "gpe.bare_context"))
                    out.append(Cand(a + i + int(joined), k, "GPE", 0.55, 5, "gpe.bare_context"))
                    break
            else:
                continue
            break
    return out


# 到柳溪、白塔两镇督导, 查看了枣林、凤岗等街道办: towns or sub-districts named bare in a list
# that their count and unit close, or 等 and their unit after a verb of going or seeing (not
# 城管、环卫等街道工作人员: the trades of the streets' staff; gpe32)
# (深入甲、乙、丙三乡镇, 前往甲、乙等乡镇: after 深入 / 前往 / 走进 too; session 46, gpe48)
_TOWN_LIST = re.compile(
    rf"(?:(?:^|(?<=[，。：；、\n在和与及对到赴了入往进]))((?:[{CJK}]{{2}}、)+[{CJK}]{{2}})"
    "[两三四五六七八九十]个?(?:镇|乡|街道)"
    rf"|(?<=[在到赴了入往进])((?:[{CJK}]{{2}}、)+[{CJK}]{{2}})等(?:乡镇|镇街|街道|镇|乡))"
)


_TOWN_LIST_END = re.compile("[两三四五六七八九十]个?(?:镇|乡|街道)|等(?:乡镇|镇街|街道|镇|乡)")
# 与柳溪、白塔、凤岗镇负责人座谈: towns or sub-districts named bare in a list whose last item
# carries the unit they share (session 46, gpe48: both golds of dev_028's 甲、乙、丙、丁镇); the
# list opens after a mark other than 、 or a verb's preposition, so that no item of a list of
# bodies (县水务、气象、某某镇) is read from its middle
_TOWN_LIST_UNIT_LAST = re.compile(
    rf"(?:^|(?<=[，。：；\n在和与及对到赴了入往进]))((?:[{CJK}]{{2}}、)+)[{CJK}]{{2}}(?:镇|乡|街道)"
    "(?![村长级委政办])",
    re.M,
)
_TOWN_LIST_UNIT_CUE = re.compile(rf"、[{CJK}]{{2}}(?:镇|乡|街道)")
# (the last characters of the name of a body or a trade, never of a town's bare name)
_NOT_TOWN_ITEM_LAST = frozenset("局办委部院所队站厅处科会司")
# (到城管、环卫、某某镇检查: the short forms of departments listed with a town are bodies)
_DEPARTMENT_SHORT_FORMS = frozenset(_lines("org_short_forms.txt")) | frozenset(
    rule_words()["town_list_not_items"]
)
# (城北 910, 城关 89: a town's bare name the dictionary counts at most this often; 交通, 财政 and
# the other common words of the genre are counted far more)
_TOWN_ITEM_FREQ = 1000


def _town_list_items(text: str) -> list[tuple[int, int]]:
    """The items of _TOWN_LIST's lists, none of them an ordinary word."""
    out: list[tuple[int, int]] = []
    if "、" not in text:
        return out
    if _TOWN_LIST_UNIT_CUE.search(text) is not None:
        for m in _TOWN_LIST_UNIT_LAST.finditer(text):
            items = m.group(1).split("、")[:-1]
            if any(
                it in common_words()
                or it in function_words()
                or it[-1] in _NOT_TOWN_ITEM_LAST
                or it in _DEPARTMENT_SHORT_FORMS
                or it[0] in _NOT_NAME_OPENERS
                or _word_freq(it) > _TOWN_ITEM_FREQ
                or not _ALL_CJK.fullmatch(it)
                for it in items
            ):
                continue
            a = m.start(1)
            for it in items:
                out.append((a, a + len(it)))
                a += len(it) + 1
    # (what closes such a list first, a cheap search: most texts have none)
    if _TOWN_LIST_END.search(text) is None:
        return out
    for m in _TOWN_LIST.finditer(text):
        g = 1 if m.group(1) else 2
        items = m.group(g).split("、")
        # (推进城管、环卫等乡镇工作: departments' short forms are no towns; session 46, gpe48)
        if any(
            it in common_words()
            or it in function_words()
            or it in _DEPARTMENT_SHORT_FORMS
            # (深入甲、全县、乙等镇: a generic reference is no town's name)
            or it[0] in _NOT_NAME_OPENERS
            or not _ALL_CJK.fullmatch(it)
            for it in items
        ):
            continue
        a = m.start(g)
        for it in items:
            out.append((a, a + len(it)))
            a += len(it) + 1
    return out


def _bare_places(text: str, g: Gazetteers) -> set[str]:
    """Bare names of divisions read from the genre's structure: a counted list (某某、某某两市)
    and a headline of the form 某某：…."""
    out: set[str] = set()
    # (the count and the unit closing such a list, a cheap search first: most texts have none)
    counted = _COUNTED_END.search(text) is not None
    for m in _COUNTED_LIST.finditer(text) if counted else ():
        items = m.group(1).split("、")
        # (a name of three characters only where the gazetteer knows it: 甲乙丙 may be a name
        # of two after a word's character)
        if any(len(it) == 3 and it not in g.admin_stems and it not in g.gpe_names for it in items):
            continue
        out.update(
            item
            for item in items
            # 梅列、三元两区: the count and the unit make each item a name, even a known one
            # that reads as a word (三元); another function word is still none
            if item not in function_words() or item in g.admin_stems or item in g.gpe_ambiguous
        )
    # 在定州、辛集等地: two known bare names closed by 等地 / 等县市 (session 27, places27)
    for m in _PAIR_ETC.finditer(text):
        pair = (m.group(1), m.group(2))
        if all(p in g.admin_stems or p in g.gpe_names for p in pair):
            out.update(pair)
    hm = _OPENING_HEADLINE_PLACE.match(text)
    if hm is not None:
        name = hm.group(1)
        if (
            not _valid_name(name, g)
            # 县级市：, 地级市：: a kind of division heading a list, no name (places27)
            and "级" not in name
            # 转自：某某日报, 来源：: a source line's label, no place (session 18, locs19)
            and name not in _SOURCE_LABELS
            and name not in function_words()
            and name not in common_words()
            and name[0] not in _GENERIC_HEAD
            # 他说：…, 她讲：…: a speaker and a verb of speech before the colon, not a place
            and name[0] not in _PRONOUN_HEAD
            and name[-1] not in _SPEECH_END
        ):
            out.add(name[:-1] if name[-1] in "省市县区" and len(name) == 3 else name)
    return {n for n in out if len(n) == 2 or (len(n) == 3 and n in g.admin_stems)}


_ZONE_END = re.compile("(?:经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|经开区)$")


def _zone_ends_at(text: str, s: int) -> bool:
    """Does a named development zone end at s (某某高新区, 某某经济技术开发区; not 各开发区)?"""
    if s < 5 or text[s - 1] != "区":
        return False
    m = _ZONE_END.search(text, max(0, s - 9), s)
    if m is None or m.start() < 2:
        return False
    name = text[m.start() - 2 : m.start()]
    return all_cjk(name) and _NOT_IN_STEM.isdisjoint(name)


_BARE_ZONES = ("高新区", "开发区", "经开区")


# 被(确认), 为, 获(评), 荣(获), 入(选), 通(过), 成(功), 等: what a town's name is followed by in a
# list of honours and inspections
_NAMED_AS_NEXT = frozenset("被为获荣入通成等")


def _after_place(text: str, s: int, found: dict[str, float], g: Gazetteers | None = None) -> bool:
    """Does a division already read, or one the gazetteer knows, end right at s (临澄市河西区,
    鹤西区汀洲街道, 临澧县新安镇)?"""
    if found and text.endswith(tuple(found), 0, s):
        return True
    if g is None:
        return False
    if _zone_ends_at(text, s):
        return True  # 某某高新区新柳街道: a named zone before its sub-district
    # 市高新区龙塘镇, 来到开发区青山镇: the town's zone written bare (not 各开发区)
    if text.endswith(_BARE_ZONES, 0, s) and (
        s == 3 or not _is_cjk(text[s - 4]) or text[s - 4] in "市县到在赴和及与"
    ):
        return True
    full = g.admin_full
    return (
        _bare_county_before(text, s, g) > 0
        or (s >= 3 and text[s - 3 : s] in full)
        or (s >= 4 and text[s - 4 : s] in full)
        or (s >= 5 and text[s - 5 : s] in full)
        # 延边朝鲜族自治州三合镇: an autonomous prefecture's or county's long name
        or (text.endswith(("自治州", "自治县", "自治旗"), 0, s) and _long_autonomous(text, s, full))
    )


def _bare_county_before(text: str, s: int, g: Gazetteers) -> int:
    """广丰排山镇荣膺…: the length of a county's or a city's bare name the gazetteer knows (no
    word of the dictionary besides) ending at s and opening a clause, else 0 (session 16 audit)."""
    for n in (3, 2):
        a = s - n
        st = text[a:s]
        if (
            a >= 0
            and st in g.admin_stems
            and st not in g.gpe_ambiguous
            and (a == 0 or text[a - 1] in _PUNCT_BOUNDARY or text[a - 1] in "在到赴和及与")
            and st not in common_words()
        ):
            return n
    return 0


def _long_autonomous(text: str, s: int, full: frozenset[str]) -> bool:
    return any(text[s - n : s] in full for n in range(6, min(s, 14) + 1))


def _place_name(name: str, g: Gazetteers) -> bool:
    """A province's, a prefecture's or a county's name the gazetteer knows, bare or with its unit
    (徐州, 娄底, 宣城市, 安徽省)."""
    return name in g.gpe_names or name in g.admin_stems or name in g.admin_full


_CHAIN_OPEN = frozenset("在到赴和及与是")


def _opens_chain(text: str, a: int) -> bool:
    return a == 0 or not _is_cjk(text[a - 1]) or text[a - 1] in _CHAIN_OPEN


def _place_name_before(text: str, s: int, g: Gazetteers, depth: int = 1) -> bool:
    """Does a known place's name (bare or with its unit) end right at s, the upper division of a
    chain written without a mark (江苏徐州沛县, 安徽宣城泾县, 合肥肥东县; session 23, gpe24)? The
    chain opens a clause or follows a preposition of place (not 贺兰山西路: 山西 is inside a
    mountain's name)."""
    for n in (2, 3, 4):
        a = s - n
        name = text[a:s]
        if a >= 0 and name != "中国" and _place_name(name, g):
            if _opens_chain(text, a) or (depth and _place_name_before(text, a, g, 0)):
                return True
    return False


def _child_opens_at(text: str, s: int, k: int) -> bool:
    """Is text[s:k] a parent division's name and one of its counties written from k on (普洱|镇沅,
    怒江|泸水)? (gazetteers.admin_children)"""
    kids = admin_children().get(text[s:k])
    return kids is not None and any(text[k : k + n] in kids for n in (2, 3, 4))


def _two_divisions(text: str, s: int, e: int, g: Gazetteers) -> bool:
    """Is text[s:e] two divisions written one after the other rather than one name: a known
    place's name, then a division of its own (徐州沛县, 宣城泾县, 江苏徐州: each is its own GPE;
    session 23, gpe24)? A town named after a city keeps its name (黄山头镇: 头镇 is none)."""
    for j in (2, 3, 4):
        if e - (s + j) < 2:
            break
        tail = text[s + j : e]
        head = text[s : s + j]
        if _place_name(head, g) and (
            tail in g.admin_full
            or tail in _TWO_CHAR_COUNTIES
            or tail in g.gpe_names
            # 山西代县, 吕梁临县: a county of two characters under its own parent (session 44)
            or tail in admin_children().get(head, ())
        ):
            return True
    return False


_LOC_STOP = set(rule_words()["loc_stop"])
# 某某宾馆多功能厅, 某某大厦三楼会议室: a hall inside a hotel or a building is the venue, read whole
# by venues.py (loc.venue), not the building alone (session 22, locs23)
_HALL_HOSTS = frozenset(
    ("宾馆", "饭店", "酒店", "大厦", "剧院", "影剧院", "电影院", "影城", "旅馆", "酒楼", "商场")
)
_HALL_AFTER = re.compile(
    "(?:[一二三四五六七八九十0-9]+(?:楼|层|号)|[A-Z]座)?"
    "(?:会议室|会议厅|会议中心|报告厅|多功能厅|演播厅|宴会厅|大厅|礼堂|会堂)"
)
# 新农村, 新型社区, 新建小区, 新时代: 新 and a word, no name
_NEW_NOT_VILLAGE = frozenset(("新农", "新型", "新建", "新时", "新兴", "新增", "新开", "新成"))
_LOC_OBJECT_VERBS = frozenset(rule_words()["loc_object_verbs"])
_ROAD_BUILD_VERBS = tuple(rule_words()["road_build_verbs"])
_VISIT_VERBS = (*_GOING_VERBS, "查看", "察看", "走访", "检查", "督查", "观摩")


# venues, squares and parks: a name read back from the kind stops at a clause word
_VENUE_KINDS = frozenset(
    ("大会堂", "体育馆", "体育场", "会展中心", "博物馆", "纪念馆", "大剧院", "广场", "公园")
) | frozenset(rule_words()["loc_venue_kinds"])
_CLAUSE_CHARS = frozenset("在的了是把将被对到于")
_MORE_KINDS = frozenset(rule_words()["loc_kinds_more"])
# a city's new town and an economic belt or corridor named (session 33, locs35): words saying
# which kind (rule_words.json new_town_stop) and what continues a division, a body or an
# estate after 新城 (新城镇, 新城街道, 新城实验小学, 某某新城（一期）小区)
_NEW_TOWN_KINDS = frozenset(("新城", "经济带", "经济走廊"))
_NEW_TOWN_STOP = frozenset(rule_words()["new_town_stop"])
_NEW_TOWN_NEXT_NOT = frozenset("镇乡街区办社村市县小中实（(")
_UNIT_ITEM_NEXT = re.compile(rf"、[{CJK}]{{2,4}}?(?:镇|乡|街道)[、，和及]")
_FACILITY_STOP = frozenset(rule_words()["facility_stop"])
_SITE_STOP_ENDS = frozenset(rule_words()["site_stop_ends"])
# the words a campaign grades its building sites by (文明工地, 平安工地, 智慧工地):
# rule_words.json honour_stems and campaign_place_heads
_SITE_GRADES = frozenset(rule_words()["honour_stems"]) | frozenset(
    rule_words()["campaign_place_heads"]
)


def _site_grade(name: str) -> bool:
    """Does the name read before 工地 say its grade or the works (文明, 环保, 和谐, 项目建设),
    not which site? A site is named by its project or its place (某某广场建设工地 keeps its
    place before 建设)."""
    if name in _SITE_GRADES or (
        name.endswith(("建设", "施工")) and name[:-2] in ("", "项目", "工程")
    ):
        return True
    return len(name) <= 3 and _ordinary_word(name)


_SINGLE_KIND_NEXT = frozenset(
    # (屯垦戍边: 屯 opens the word 屯垦, the corps' reclamation, no village; session 38, audit38)
    "路街巷村镇乡社小组庙院子门口前后内外行一二三四五六七八九十东西南北中新垦"
)
_POSITION_AFTER = tuple(rule_words()["loc_position_after"])
_VILLAGE_STOP = frozenset(rule_words()["village_stop"])
_WORKS_HOUSING = ("生活区", "家属区", "家属院", "宿舍", "小区", "社区")


# (how often jieba must have seen a word across a verb and a name for the cut between them to
# fall inside a word: 用地 of 留用地)
_CUT_WORD_FREQ = 100
# (the next item of a list, up to its mark)
_NEXT_ITEM = re.compile(rf"、([{CJK}]{{2,4}})(?=[、，。；和及等])")


# (what a division's unit _is_place_end reads can end with: 区 县 市 镇 乡, 城 of 县城, the
# last of a unit of two, 街道 or 苏木; a place ends at pos only after one of them; session 35)
_PLACE_END_LAST = frozenset("区城县市镇乡道") | {u[-1] for u in rule_words()["township_units_more"]}
# (the kinds the streets' last test reads, before 巷 / 小巷: a street's kind no market's)
_STREET_KINDS = frozenset(("路", "街", "巷"))
# (searched from k - 4 up to k: where the run of Chinese characters that ends at k starts)
_CJK_RUN_TO_END = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]*+\\Z")


def _alternatives(pattern: str) -> list[str]:
    """The branches of a pattern's outermost alternation, as written."""
    alts: list[str] = []
    depth, cur, i, in_class = 0, "", 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            cur += pattern[i : i + 2]
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            alts.append(cur)
            cur, i = "", i + 1
            continue
        cur += c
        i += 1
    alts.append(cur)
    return alts


def _factored(pattern: str) -> str:
    """An alternation of words (each opening with a plain character) written as a trie of one
    level: 小(?:区|广场|镇)|… for 小区|小广场|小镇|…. The same matches: two words with different
    first characters never match at one position, and the words sharing one keep their order;
    `re` tries each word in turn at every position a first character allows, the factored
    pattern only those of that character (the pattern as it was where it is no such list)."""
    alts = _alternatives(pattern)
    if any(not a or a[0] in _META or a[1:2] in ("?", "*", "+", "{") for a in alts):
        return pattern
    groups: dict[str, list[str]] = {}
    for a in alts:
        groups.setdefault(a[0], []).append(a[1:])
    return "|".join(
        c + rest[0] if len(rest) == 1 else c + "(?:" + "|".join(rest) + ")"
        for c, rest in groups.items()
    )


_META = frozenset("\\[]().^$|?*+{}")


def _words(pattern: str) -> list[str] | None:
    """The words of an alternation of words, each perhaps followed by a lookahead (街(?![道边]),
    市场(?=[、，]|周边)), without it; None where a branch is no such word."""
    out: list[str] = []
    for a in _alternatives(pattern):
        word = a[: a.index("(?=")] if "(?=" in a else a[: a.index("(?!")] if "(?!" in a else a
        if not word or any(c in _META for c in word) or not a.startswith(word):
            return None
        if a != word and not (a.startswith("(?=", len(word)) or a.startswith("(?!", len(word))):
            return None
        out.append(word)
    return out


def _last_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of an alternation of words can end with, or None where a branch
    is no such word (_words)."""
    words = _words(pattern)
    return None if words is None else frozenset(w[-1] for w in words)


def _pair_guard(pattern: str) -> str:
    """A lookahead on what a match of an alternation of words (_words) needs where it starts:
    a word of one character, or the first two characters of a longer one (each in the class of
    all the words' first, or second, characters); "" where a branch is no such word."""
    words = _words(pattern)
    if words is None:
        return ""
    singles = "".join(sorted({w for w in words if len(w) == 1}))
    first = "".join(sorted({w[0] for w in words if len(w) >= 2}))
    second = "".join(sorted({w[1] for w in words if len(w) >= 2}))
    needs = [f"[{re.escape(singles)}]"] if singles else []
    if first:
        needs.append(f"[{re.escape(first)}][{re.escape(second)}]")
    return f"(?={'|'.join(needs)})"


_LOC_KINDS: dict[str, re.Pattern[str]] = {}


def _loc_kinds(r: _Rules) -> re.Pattern[str]:
    """r.loc_kind, factored (_factored) behind _pair_guard's lookahead: the same matches (the
    lookahead rejects only positions where no kind starts), found in about a third of the time
    the factored pattern alone took, itself three quarters of r.loc_kind's (the kinds are some
    150 words, opening with about 100 characters, each of which the search tried in turn at
    every position one of them stands: 工作, 会议, 社会, 建设; session 35, speed35p2, and 37)."""
    pattern = r.loc_kind.pattern
    found = _LOC_KINDS.get(pattern)
    if found is None:
        guarded = f"{_pair_guard(pattern)}(?:{_factored(pattern)})"
        found = _LOC_KINDS[pattern] = scan_compile(guarded, r.loc_kind.flags)
    return found


_GENERIC_AREA_KINDS = frozenset(rule_words()["generic_area_kinds"])


def _among_area_kinds(text: str, k: int, e: int) -> bool:
    """Is text[k:e], an item of a 、 list, next to an item that is a kind of area in general
    (国有林场、森林公园、自然保护区)?"""
    if text[k - 1 : k] == "、":
        lo = max(text.rfind(c, max(0, k - 12), k - 1) for c in "、，。：；\n对在到")
        if text[lo + 1 : k - 1] in _GENERIC_AREA_KINDS:
            return True
    if text[e : e + 1] == "、":
        for n in range(2, 7):
            if text[e + 1 : e + 1 + n] in _GENERIC_AREA_KINDS and text[e + 1 + n : e + 2 + n] in (
                "、",
                "等",
                "，",
                "。",
            ):
                return True
    return False


def _locations(text: str, r: _Rules, doc_stems: set[str]) -> list[Cand]:
    """Streets, communities, stations, parks: a short name and the kind of place, where the name
    starts after punctuation, a connective, a verb of going or a division."""
    out: list[Cand] = []
    fw = function_words()
    full = r.g.admin_full
    for m in _loc_kinds(r).finditer(text):
        k, e = m.start(), m.end()
        kind = m.group()
        # 背街小巷, 街巷: a street or a road before 巷 or 小巷 is never read (the last test of
        # the streets below), and nothing on its way there changes what was read: skipped
        # first (session 35, speed35p2)
        if kind in _STREET_KINDS and text.startswith(("小巷", "巷"), e):
            continue
        # 道路, 公路, 小巷, 沿街: a kind of one character closing a word for places in general is
        # dropped below (将道路沿线) whatever was read before it, but 一路 (凯成一路, a road
        # numbered after its stem): skipped first (session 35, speed35p2)
        if (
            len(kind) == 1
            and text[e - 2 : e] in _LOC_STOP
            and (kind != "路" or text[k - 1] not in "一二三四五六七八九十")
        ):
            continue
        # 不发生重特大道路交通事故, 促进养老服务区域协同: the kind's last character opens a word
        # with what follows (道路, 区域), no place of that kind named (wide46 pages; session 44,
        # locs46); 某某大道路口 / 路段 is the avenue and its crossing
        if text[e - 1 : e + 1] == "区域" or (
            kind == "大道" and text[e : e + 1] == "路" and text[e + 1 : e + 2] not in "口段面"
        ):
            continue
        if kind == "大街" and text.startswith("小巷", e):
            continue  # 并就大街小巷的保洁: the idiom for every street (session 15 audit)
        if kind == "街" and text.startswith("串巷", e):
            continue  # 干部走街串巷: the idiom for going about the streets (session 27, locs27b)
        if kind == "街" and text.startswith(("镇", "乡"), e):
            continue  # 某某街镇: a town named after its old market street (session 28, places28)
        # 南安市码头镇, 某某大桥镇: a kind of place followed by 镇 / 乡 opens a town's name (the
        # division rules read it), no place (镇村 / 乡村 after it are words: 广场乡村振兴)
        if len(kind) >= 2 and text.startswith(("镇", "乡"), e) and text[e + 1 : e + 2] != "村":
            continue
        # 让镇村居民, 某某镇村（社区）, 珍惜河湖, 沿边村寨: the kind closes a word for such
        # places in general (镇村 a town's villages, 河湖 rivers and lakes, 村寨 villages), no
        # place named (session 38, audit38)
        if text[k - 1 : k + 1] in ("镇村", "河湖", "村寨"):
            continue
        # 深化农村改革, 实施乡村振兴, 进村屯、到田间: 农村, 乡村, 村屯 are the countryside's
        # villages in general, no place named before them; 找准路子, 定好路子: 路子 a way of
        # working, no road (wide43 pages, ten texts; dev43's golds, both: 定好路子; locs42)
        if text[k - 1 : k + 1] in ("农村", "乡村", "村屯") or (
            (kind == "路" and text.startswith("子", e))
            or (kind == "村" and text.startswith("屯", e))
        ):
            continue
        # 培育壮大市场主体, 尊重市场在资源配置中的作用: the market of the economy, no place
        if kind.endswith("市场") and text.startswith(("主体", "在资源配置"), e):
            continue
        if kind.endswith("厂") and text.startswith(_WORKS_HOUSING, e):
            continue  # 某某社区水厂生活区: the works name the housing after them (session 31, locs31)
        if kind == "寨" and k and text[k - 1] == "拔":
            continue  # 以攻坚拔寨之势, 攻城拔寨: the idiom, no village (session 24, locs25)
        if kind == "寺" and k and text[k - 1] == "驻":
            continue  # 驻寺干部, 驻村驻寺力量: the cadres posted to monasteries (places41)
        if len(kind) == 1 and any(text[k : k + n] in full for n in (3, 4)):
            continue  # 唐山市路北区: the kind opens a division's name (session 27, places27)
        if kind in _HALL_HOSTS and _HALL_AFTER.match(text, e):
            continue  # 在某某宾馆多功能厅召开: the hall is the venue (loc.venue reads it whole)
        # 走访了生态公园、: a kind of park with no name before it is itself the name, read with
        # the plain kind as before (青枫湿地公园 keeps the longer kind; session 20, locs21)
        if (
            len(kind) > 2
            and kind.endswith("公园")
            and (not k or not _is_cjk(text[k - 1]) or text[k - 1] in "和及与到在至赴对了")
        ):
            if kind.startswith("国家"):
                continue  # 在国家公园内: the national parks in general (places41)
            # 加大对国有林场、森林公园、自然保护区等重点部位的巡查: a kind of park among other
            # kinds of protected area in general (rule_words.json generic_area_kinds) names
            # none (wide45 pages; session 43, locs43)
            if _among_area_kinds(text, k, e):
                continue
            k, kind = e - 2, "公园"
        # (阿拉坦敖希特嘎查: the Mongolian names of a herders' village run to six; places41)
        reach = 6 if kind == "嘎查" else 4
        s = _CJK_RUN_TO_END.search(text, max(0, k - reach), k).start()  # type: ignore[union-attr]
        # the longest name (up to four characters) that starts at a boundary
        best = None
        by_verb = False
        # 某某县某镇琼库尔艾肯村: a village named in five or six characters (a name transcribed
        # from Uyghur or Mongolian) right after its town's unit (wide46 pages; session 44, locs46)
        if kind == "村" and s == k - 4:
            best = next(
                (
                    st
                    for st in (k - 6, k - 5)
                    if st > 2
                    and all_cjk(text[st:k])
                    and _town_unit_before(text, st)
                    and not any(c in _BAD_NAME_CHARS or c in "镇乡村" for c in text[st:k])
                    and text[st : st + 2] not in function_words()
                    and text[st : st + 2] not in common_words()
                ),
                None,
            )
        long_village = best is not None
        if kind == "市民中心":
            # a facility named by its kind alone (GUIDELINES.md: 市民中心)
            prev = text[k - 1] if k else "\n"
            if not _is_cjk(prev) or prev in "和及与到在至赴对":
                out.append(Cand(k, e, "LOC", 0.55, 2, "loc.civic_centre"))
                continue
            # 来到青枫市民中心: a centre named by its town or district is read like any venue
            # below (a level before it, 县市民中心, names none; session 20, locs21)
            if prev in "省市县区镇乡":
                continue
        # 完成了某某大道改造: after 了 a name of a two-character kind can start
        # (▲某某路附近…: a caption's bullet opens a name too; session 18, locs19)
        if kind == "村" and k >= 2:
            a = _village_by_its_own(text, k, e)
            if a is not None:
                out.append(Cand(a, e, "LOC", 0.55, 2, "loc.kind"))
                continue
        starts_after = "和及与到在至赴对▲■●◆★" + ("了" if len(kind) >= 2 else "")
        for st in range(s, k - 1) if best is None else ():
            # 、和岚社区、: a 和 right after the list's mark, one character before the kind, opens
            # a name of two characters (和岚, 和平), no connective (session 30, locs30)
            if text[st] == "和" and st and text[st - 1] == "、" and k - st == 2:
                best = st
                break
            # 某某街道和平路社区: a road's name of two that opens with 和 (和平, 和谐) right after
            # a town's or a sub-district's unit (the sub-district and the community it holds, no
            # connective between them; session 48, loc50)
            if (
                text[st] == "和"
                and kind in _ROAD_KINDS
                and k - st == 2
                and text.startswith("社区", e)
                and text.endswith(("街道", "镇", "乡"), 0, st)
                and jieba_tokenizer().FREQ.get(text[st:k])
            ):
                best = st
                break
            if text[st] in starts_after or text[st] in "了的":  # 了 / 的 open no name
                # (察看了某某区的某某生态公园: after a division and 的 the name starts)
                if text[st] == "的" and st + 1 < k and _is_place_end(text, st):
                    best = st + 1
                    break
                continue
            if text[st - 1 : st + 1] == "了解":
                continue  # 详细了解某某社区: 了 opens the verb 了解 here, not the name
            if text[st - 1 : st + 1] in _GOING_VERBS:
                continue  # 到达某某社区: 到 opens the verb 到达 here (session 27, places27)
            # 平和县阳明公园: the unit of a division the gazetteer knows ends it (its 和 is
            # no connective before a name opening with 县)
            if text[st] in "市县区" and any(
                st >= n and text[st - n : st + 1] in full for n in (2, 3)
            ):
                continue
            # 某镇某村文昌祠, 某村金色夕阳老年公寓: a facility (rule_words.json
            # loc_kinds_more) right after the village it lies in (f46's golds, both: three such
            # sites; session 45, locs47)
            if (
                kind in _MORE_KINDS
                and kind not in _VILLAGE_KINDS_MORE
                and k - st >= 2
                and not any(c in _BAD_NAME_CHARS or c in _VILLAGE_NAME_NOT for c in text[st:k])
                and _named_village_ends(text, st)
            ):
                best = st
                break
            prev = text[st - 1] if st else "\n"
            if prev not in _NAME_START_PREV and kind != "新城":
                continue  # (no test below holds: see _NAME_START_PREV)
            # 三是某某农贸市场要…: after an enumerator the name starts
            enumerated = prev == "是" and st >= 2 and text[st - 2] in _CN_NUM
            if (
                prev in _PUNCT_BOUNDARY
                or prev in starts_after
                or enumerated
                # 走进某某公园, 来到某某社区: a verb of going before the place
                or text.endswith(_GOING_VERBS, 0, st)
                # 南起某某广场，北至某某路: the ends of a street or a route (orgs20)
                or text.endswith(_ROUTE_ENDS, 0, st)
                or text.endswith("了解", 0, st)  # 详细了解某某社区 (session 14 audit)
                # 实地走访了某某路: 了 after a verb of going or looking
                or (prev == "了" and text.endswith(_VISIT_VERBS, 0, st - 1))
                # 新建或拓宽某某路, 硬化改造了某某路: a road after a verb of road works
                or (
                    kind in ("路", "街", "大道")
                    and (
                        text.endswith(_ROAD_BUILD_VERBS, 0, st)
                        or (prev == "了" and text.endswith(_ROAD_BUILD_VERBS, 0, st - 1))
                    )
                )
                or (prev in _PLACE_END_LAST and _is_place_end(text, st))
                # 督查了某镇的某某村: 的 after the division opens the place in it (session 20,
                # locs21); 到某某区的某某商城: any place in it (session 27, locs27b)
                or (prev == "的" and _division_before(text, st - 1))
                # 来到辖区某某酒店周边: the unit's own area, then the place's name (辖区内的某某
                # 市场: read after 的 below; locs27b)
                or (text.endswith("辖区", 0, st) and text[st] not in "内的各")
                # 抽查了辖区内的某某农贸市场: the places of an area inspected, named after
                # 辖区内的 / 区域内的 (session 23, locs24)
                or (prev == "的" and text.endswith(_AREA_OF, 0, st))
                # 八台镇泥沟陈村, 雅拉乡三道桥村, 某某街道麻二村: a village right after the unit
                # of its town, whatever the town's name (session 21, locs22)
                or (
                    kind in ("村", "嘎查")
                    and text[st] not in _BAD_NAME_CHARS
                    and _town_unit_before(text, st)
                )
                # 某某社区某某路一带: a road right after the community it runs through
                # (session 16 audloc17)
                or (kind in _ROAD_KINDS and text.endswith("社区", 0, st))
                # 来到某某社区某某村: a village right after the community read before it, the
                # village in it (session 27, locs27b)
                or (
                    kind == "村"
                    and bool(out)
                    and out[-1].end == st
                    and text.endswith("社区", 0, st)
                    and k - st >= 2
                )
                # 建设某某经济走廊某某新城: a new town right after the belt read before it
                # (session 33, locs35)
                or (kind == "新城" and bool(out) and out[-1].end == st and k - st >= 2)
                # 周日将新平村及其周边: a village or community after 将/把 (session 18, locs19)
                or (prev in "将把" and kind in ("村", "社区"))
                # 同时，该镇某某村荣获…: a village or community right after the town named by
                # a pronoun (session 27, places27)
                or (kind in ("村", "社区") and text.endswith(_THIS_TOWN, 0, st))
                # 在某某社区民乐市场: a market right after its community (session 18, locs19)
                or (kind in ("市场", "农贸市场", "菜市场") and text.endswith("社区", 0, st))
                # 在某某小区石榴籽小广场, 某某社区七星墩湿地公园: a square or a park named in
                # three characters at least right after the estate or the community it lies in
                # (not 社区文化广场, 小区中心广场: the kind of facility; session 24, locs25)
                or (
                    kind.endswith(("广场", "公园"))
                    and k - st >= 3
                    and text.endswith(("社区", "小区"), 0, st)
                    and text[st : st + 2] not in fw
                    and text[st : st + 2] not in common_words()
                    and not jieba_tokenizer().FREQ.get(text[st:k])
                )
                # 某某办事处某某社区: a place right after the sub-district's office (session 16
                # audloc17); 某某管理处某某社区: a zone's office in the sub-district's place
                # (not 处某某社区; session 22, locs23)
                or text.endswith(("办事处", "管理处"), 0, st)
                # 某某办桃林新村, 某某办筹备组青松社区: a community or a village right after a
                # sub-district's office written short or a body's group (session 30, locs30)
                or (
                    text[st - 1] in "办组处会"
                    and kind in ("村", "社区", "小区")
                    and k - st >= 2
                    and text[st:k] not in common_words()
                    and text[st:k] not in fw
                    and _body_before_place(text[max(0, st - 6) : k + 1]) == st - max(0, st - 6)
                )
                # 到某某管委会某某社区: a zone's committee in the sub-district's place;
                # 前往整治联系点某某村: the unit's point of contact, the village it is (session
                # 28, locs28)
                or (kind in ("村", "社区") and text.endswith(("管委会", "联系点"), 0, st))
                # 翠柏路包公井商业街: a market street right after the road read before it
                # (南正街集贸市场: a market named by the street it lies on)
                or (
                    kind
                    in ("商业街", "步行街", "美食街", "夜市", "市场", "农贸市场", "菜市场", "小区")
                    and bool(out)
                    and out[-1].end == st
                    and text[st - 1] in "路街"
                )
                # 太昊路中原路口: the crossing of two roads, the second right after the first
                # (orgs20)
                or (
                    kind in _ROAD_KINDS
                    and bool(out)
                    and out[-1].end == st
                    and text[st - 1] in "路街"
                    and text.startswith(("口", "交叉口", "交汇"), e)
                )
                # 实地察看某某路…, 检查某某街及周边: a road right after a verb of looking
                or (kind in _ROAD_KINDS and text.endswith(_ROAD_LOOKING, 0, st))
                # 沿着某某路等主次干道边走边看: the road a walk follows (session 27, locs27b)
                or (kind in _ROAD_KINDS and text.endswith("沿着", 0, st))
                # 深入风采街文化街社区: a community named after its street, right after the
                # sub-district written 某某街 (session 16 audloc17)
                # (not the 道 of 某某街道纬一路社区: the community's name opens after the
                # sub-district's whole unit, read above; f49's gold; session 48, loc50)
                or (
                    kind in ("路", "街")
                    and text.startswith("社区", e)
                    and st >= 3
                    and text[st - 1] == "街"
                    and not text.startswith(("道", "街道"), st)
                    and all_cjk(text[st - 3 : st - 1])
                )
                # 南开区华苑街长华里社区, 在双丰街双兰村: a community or a village right after
                # the sub-district written 某某街 (gpe50 reads that 街 as a GPE; session 48,
                # loc50)
                or (
                    kind in ("社区", "村")
                    and k - st >= 2
                    and text[st - 1] == "街"
                    and _street_sub_district_before(text, st)
                )
            ):
                best = st
                break
        if best is None:
            # 完成某某湖公园改造, 包括某某小广场: a verb word before the name opens it (a name
            # of three characters at least before a community, a village or a street, where a
            # verb before two characters reads as a kind: 加强城区社区)
            for st in range(s, k - (2 if kind in _SHORT_NAME_KINDS else 1)):
                # (建设成宜居社区, 打造为示范小区: the verb's complement closes the verb, the
                # kind of place it makes follows, no name; session 38, places38)
                if text[st] in "成为":
                    continue
                if (
                    text[st - 2 : st] in fw
                    and text[st : st + 2] not in fw
                    and text[st] not in "省市县区镇乡"
                ):
                    best, by_verb = st, True
                    # (留用地城西安置点: the verb's last character and the name's first make a
                    # word of their own, 用地: the name opens after that word; session 32, locs32)
                    if (jieba_tokenizer().FREQ.get(text[st - 1 : st + 1]) or 0) >= _CUT_WORD_FREQ:
                        best = st + 1 if k - st > 2 else None
                    break
        if best is None:
            continue
        # (巴彦花镇部分嘎查, 自治区卫生嘎查: a long reach holds a division's unit or a word of
        # quantity, no herders' village's name; 某某嘎查两委: the village's body)
        if kind == "嘎查" and (
            any(c in "省市县区镇乡村旗部各全" for c in text[best:k])
            or "苏木" in text[best:k]
            or text.startswith(("两委", "党", "委员会"), e)
        ):
            continue
        # 前往城区某某路, 到园区某某村: the town or the zone itself, then the place's name
        placed = False
        if k - best > 3 and text.startswith(("城区", "县城", "市区", "园区", "辖区", "镇区"), best):
            best += 2
            placed = True
        if k - best >= 2 and text[best + 1] in "赴抵":
            best += 2  # (领导赴火车站: the scan opened inside the word before 赴; locs27)
        # 并在某某社区召开, 还到某某广场: connectives and prepositions open the clause, not the
        # name
        while k - best > 2:
            if text[best + 2] in _LOC_LEAD and jieba_tokenizer().FREQ.get(text[best : best + 2]):
                # 某镇先后在某某市场: a word (an adverb), then the preposition (session 15 audit)
                best += 3
            elif text[best] in _LOC_LEAD and text[best : best + 2] != "将军":
                best += 1
            elif k - best > 3 and text.startswith(_GOING_VERBS, best):
                best += 2  # 走进某某路
            elif k - best > 3 and text.startswith(_LOOKING_VERBS, best):
                best += 2  # 观摩指导某某社区, 踏看了某某街 (session 27, locs27)
            # 到达某某社区, 领导赴火车站: the scan opened inside the verb's word (session 27,
            # locs27)
            elif text[best] == "达" and text[best - 1 : best] in "到抵":
                best += 1
            elif k - best > 3 and text.startswith(_LINK_VERBS, best):
                best += 2  # 到分包某某社区: the unit's link to the place it helps (orgs20)
            elif k - best > 3 and text.startswith(_INSPECT_VERBS, best):
                best += 2  # 观摩指导某某社区: a verb of inspecting (session 27, places27)
            elif k - best > 3 and (
                this := next((w for w in _THIS_TOWN if text.startswith(w, best)), "")
            ):
                best += len(this)  # 该镇某某村 (session 27, places27)
            elif k - best > 3 and text.startswith(_ROUTE_ENDS, best):
                best += 2  # 南起某某广场 (orgs20)
            elif k - best > 3 and text.startswith("图为", best):
                best += 2  # 图为某某村开展…: a photo's caption (session 14 audit)
            elif k - best > 3 and text.startswith(("家住", "住在"), best):
                best += 2  # 家住某某小区的…: where a resident lives (session 22, locs23)
            # 沿鹤岭大道形成…, 沿着青湖步道: the preposition of a route, not the name (沿江大道,
            # 沿河小区: 沿 + a water, a hill or the town opens a name of its own; session 24,
            # locs25)
            elif k - best > 3 and text.startswith("沿着", best):
                best += 2
            elif text[best] == "沿" and text[best + 1] not in _ALONG_NAMES:
                best += 1
            # 到项目建设现场、入特色农业园区、进企业: the verb of going of one character that opens
            # an item of the round (wide46 pages; session 44, locs46)
            elif text[best] == "入" and text[best - 1 : best] in "、，":
                best += 1
            else:
                break
        if best >= k:
            continue  # (先后在农贸市场: the kind of place in general)
        # 来到和平社区, 打造和美社区, 中华路和平路路口: a name of one character after a connective
        # is none where the two make a word of the dictionary (or open one): the connective's
        # character opens the name (和平, 和美, the latter an epithet the stops below drop; not
        # 与奎屯市: 与 stays the connective before a name the kind cut; session 38, places38)
        if (
            k - best == 1
            and best
            and text[best - 1] in "和及与"
            and text[best - 1 : best + 1] in jieba_tokenizer().FREQ
        ):
            best -= 1
        # 如今胡同大变样, 现在巷道清洁, 开展冬季连队社区整治: a word of time opens the clause, the
        # name (if any) follows it; 沿途小区: the places along the way; “你感觉菜市场…”: a pronoun
        # opens a clause, no name (session 24, locs25)
        if text.startswith(_TIME_LEADS, best):
            best += 2
            if k - best < 2:
                continue
        if text[best] in "你您" or text.startswith(_PRONOUNS, best):
            continue
        # 督导组对某某路进行检查: what was read from a verb of going before it (督导) holds a
        # preposition; the name starts after it (session 20, locs21)
        inner = max(
            (i + 1 for i in range(best + 1, k - 1) if text[i] in "对在到赴"),
            default=0,
        )
        if inner and k - inner >= 2:
            best = inner
        # 调研组深入博物馆, 工作组走进某某小区: a verb of going inside what was read; the name is
        # what follows it (nothing: the kind of place in general)
        go = max((i + 2 for i in range(best, k - 1) if text.startswith(_GOING_VERBS, i)), default=0)
        if go > best:
            best = go
            if k - best < 2:
                continue
        # 组织某某社区各网格单位, 持续加大社区: a verb opens the clause, the name follows it
        # (某某镇捍卫社区: right after its division the name is read whatever word it is)
        # (某某镇泥沟陈村: a village right after its town's unit is placed as after a division
        # the gazetteer knows; session 21, locs22)
        placed = (
            placed
            or (text[best - 1 : best] in _PLACE_END_LAST and _is_place_end(text, best))
            or (kind == "村" and best > 2 and _town_unit_before(text, best))
        )
        while (
            # (，发现某某市场存在…: a verb opens the clause before a market too; session 16
            # audloc17; 提起某某公园, 推动某某广场: before a park or a square, where two
            # characters of the name stay; session 18, locs19)
            (
                (kind in ("社区", "小区", "市场", "农贸市场", "菜市场", "菜场") and k - best > 2)
                or (kind in ("公园", "广场") and k - best > 3)
            )
            and not placed
            and text[best] not in _CN_NUM
            and text[best : best + 2] in function_words()
        ):
            best += 2
        # (深入各创建社区: what the cut leaves is one character of a word, 创|建, no name; a wide
        # page's three; session 49, loc51)
        if (
            k - best == 1
            and best
            and jieba_tokenizer().FREQ.get(text[best - 1 : best + 1], 0) >= _CUT_WORD_FREQ
        ):
            continue
        if kind in _VENUE_KINDS:
            # 会议在县广场召开: a clause word is no part of the name; 在北京人民大会堂: the city
            # before a venue is its own place
            # (将军山公园, 将军路: 将 opens the word 将军 there, no clause)
            cut = max(
                (
                    i
                    for i, c in enumerate(text[best:k])
                    if c in _CLAUSE_CHARS and text[best + i : best + i + 2] != "将军"
                ),
                default=-1,
            )
            best += cut + 1
            for n in (3, 2):
                if k - best - n >= 2 and text[best : best + n] in r.g.gpe_names:
                    best += n
                    break
            if k - best < 2:
                continue
        name = text[best:k]
        # 做到不落村、不落路: 不 opens a verb phrase (no rubbish left in a village or on a road),
        # no place's name (wide43 pages; locs42)
        if name[0] == "不":
            continue
        # 公共广场: the public kind of place, no name; 开展好社区小区提升, 做好小区: 好 completing
        # the verb before it opens no name (到好运社区: a verb of going before a name); 抓街道带
        # 社区: a sub-district's word with one character after it (街道各社区, 街道带社区) names
        # no community (session 27, locs27)
        if (
            name in _GENERIC_PLACE_STEMS
            # 。进入纪念馆，右侧是…: a verb of going or looking before the kind names none
            # (session 38, places38)
            or name in _VERB_NAMES
            or (
                name[0] == "好"
                and best > 0
                and _is_cjk(text[best - 1])
                and text[best - 1] not in _LOC_LEAD
                and not text.endswith(_VISIT_VERBS, 0, best)
            )
            or 0 < name.find("街道", 1) == len(name) - 3
        ):
            continue
        # 清理小区, 清洁口袋公园, 做精做细小区: a verb whose object is the place opens or ends
        # no name (rule_words.json loc_object_verbs); the name may follow it
        if name[-2:] in _LOC_OBJECT_VERBS:
            continue
        # 加大公园、车站等场所的清理: a verb before the first of a list of bare kinds of
        # place governs them all, it names none (session 32, locs32)
        if (
            name in fw
            and (nxt := _NEXT_ITEM.match(text, e))
            and (nxt.group(1) in _VISIT_ITEM_KINDS or r.loc_kind.fullmatch(nxt.group(1)))
        ):
            continue
        if name[:2] in _LOC_OBJECT_VERBS:
            best += 2
            name = text[best:k]
            if len(name) < 2 or name in common_words() or name[:2] in common_words():
                continue
        # 红色教育基地, 城市书房, 油菜花海: the kind of facility in general, not its name
        # (rule_words.json facility_stop; session 14 audit)
        # 兴福寺路, 毛家屯四村, 寺庙: a one-character kind (寺, 屯, 寨) that opens a longer name
        # or a word is none here (session 20, locs21)
        if len(kind) == 1 and kind in _MORE_KINDS:
            # (某村某某祠后山坡, 某某寺一带: a position word after the place is no part of it,
            # rule_words.json loc_position_after; f46's golds, both; session 46, loc48)
            if text[e : e + 1] in _SINGLE_KIND_NEXT and not text.startswith(_POSITION_AFTER, e):
                continue
            # 牢记屯垦戍边使命, 某某旅屯垦纪念馆: 屯 opens a word of garrison farming (屯垦, 屯田,
            # 屯兵), no village (session 38, places38)
            if kind == "屯" and text[e : e + 1] in "垦田兵驻":
                continue
            # 来到某镇刘寨行政村: a division's unit inside what was read ends the division, not
            # the name; “彝家新寨”: a quoted formula, no place
            if any(c in "省市县区镇乡" for c in name[1:]) or text[best - 1 : best] == "“":
                continue
        # 某某新城, 某某经济带, 某某经济走廊: a city's new town or an economic belt named (session
        # 33, locs35): a preposition or a verb before the name is cut (为某某新城, 融入某某经济带);
        # a word saying which kind (产业新城, 宜居新城, 现代化新城), an item of a row of such
        # kinds (科创新城、产业新城) or what continues a division or an estate after 新城
        # (新城镇, 新城街道, 某某新城（一期）小区) names none
        if kind in _NEW_TOWN_KINDS:
            if len(name) > 2 and name[0] in "为在对向与把将到从":
                best += 1
            elif len(name) > 3 and name[:2] in fw:
                best += 2
            name = text[best:k]
            if (
                name in fw
                or name in common_words()
                or name in _NEW_TOWN_STOP
                or name in _FACILITY_STOP
                or name.endswith(("化", "型", "式"))
                or any(c in "的了是把被要" for c in name)
                or text[e : e + 1] in _NEW_TOWN_NEXT_NOT
                or (text.startswith("、", e) and kind in text[e + 1 : e + 8])
                or (text[best - 1 : best] == "、" and text.endswith(kind, 0, best - 1))
                # (某某新城、某某镇、某某街道分别作交流: a zone among the towns that speak, the
                # unit that runs it, no place visited)
                or _UNIT_ITEM_NEXT.match(text, e)
            ):
                continue
        if (
            kind in _MORE_KINDS
            and (
                name in _FACILITY_STOP
                # 沿线建筑工地, 某某区域棚户区: the kind of site after a word saying which kind
                or name[-2:] in _SITE_STOP_ENDS
                # (不达标的工地, 要加强施工地: a clause word in what was read; 施工地 is the
                # word for a building site, no 工地 with a name)
                or any(c in "的了是把被要" for c in name)
                or (kind == "工地" and name[-1] == "施")
                # (宝房供热公司城南供热站: the end of a body's name, no start of the site's;
                # wide46 pages; session 45, locs47)
                or name.startswith(("公司", "集团"))
                # (开展文明工地、环保工地评比, 到项目建设工地督导: a grade a campaign awards a
                # site or the works in general, no site named; session 38, audit38)
                or (kind == "工地" and _site_grade(name))
                or name in function_words()
                # (单位家属院, 职工家属院: whose compound, none named; orgs20)
                or (kind == "家属院" and name in common_words())
            )
        ):
            continue  # (建设农民公寓: a verb before the kind)
        # 文明村, 文明社区: an honour, not a village's or a community's name
        if kind in ("村", "社区") and name in _HONOUR_STEMS:
            continue
        # 争当先进镇街, 争创先进社区: what was read opens inside the honour 先进 (a unit's rank in
        # a campaign), no place named (session 34, places36)
        if text[best - 1 : best + 1] == "先进" or name.startswith("先进"):
            continue
        # 开展好社区小区提升: 好 completes the verb before it (做好, 开展好), it opens no name;
        # 抓街道带社区: a sub-district's unit inside what was read, no name after it (session 27,
        # places27)
        # 要发挥好社区“大党委”的作用, 要服务好社区居民: 好 completing a verb of two ends what
        # was read, the place is the kind in general (美好社区, 友好社区: 好 inside a name of
        # two; session 28, locs28)
        if (
            (name[0] == "好" and best and _is_cjk(text[best - 1]))
            or ("街道" in name and len(name.rsplit("街道", 1)[1]) < 2)
            or (len(name) >= 3 and name[-1] == "好" and name[-3:-1] in common_words())
        ):
            continue
        # 窗口单位、公共广场等点位, 城市公园: the kind of square or park in general (rule_words.json
        # facility_stop; session 27, places27)
        if kind in ("广场", "公园") and name in _FACILITY_STOP:
            continue
        if (
            kind in ("社区", "小区")
            and name.endswith(_TOWN_KIND)
            # (某某高新园侨乡社区: a community named by a word ending in 乡, 侨乡 / 水乡, is
            # named (f50's golds, both); 城乡社区 is community_stop's; session 49, loc51)
            and not (
                len(name) == 2
                and name not in _COMMUNITY_STOP
                and jieba_tokenizer().FREQ.get(name, 0) >= _CUT_WORD_FREQ // 2
            )
        ):
            continue  # 某某镇社区（村）: the town's communities, none named (session 15 audit)
        # (某某区社区戒毒社区康复中心, 某某县社区矫正: a district's or a county's communities, or
        # the work done in them, none named (东区社区 is named: 东区 is no division the gazetteer
        # knows; wide45: two pages; slogans43)
        if (
            kind in ("社区", "小区")
            and name[-1] in "区县市"
            and (name in full or name[:-1] in doc_stems)
        ):
            continue
        if kind in ("菜场", "菜市场", "农贸市场") and name in _MARKET_STOP:
            continue  # 做好农贸菜场改造: the kind of market (session 14 audit)
        if kind == "村" and name in _VILLAGE_STOP:
            continue  # 贫困村, 行政村, 城中村: a kind of village
        # 村社环境大比武和村查村改: a village's name never opens with 村 itself; what was read is
        # a formula of the villages in general (wide46 pages; session 44, locs46)
        if kind == "村" and name[0] == "村":
            continue
        if kind == "村" and name[-1] in _VILLAGE_DUTY_VERBS:
            continue  # 以驻村工作组为基础: stationed in the villages, no village (orgs20)
        # (某镇三个社区: a count after a town, no community's name; session 14)
        if _COUNT_NAME.fullmatch(name):
            continue
        # 三大广场, 两大公园: the places counted, none named; 具体片区, 划分片区: an ordinary word
        # of the dictionary before the kind of area (orgs20)
        if _COUNT_BIG.fullmatch(name) or (kind == "片区" and (name in fw or _ordinary_word(name))):
            continue
        # (无居民小区, 个别社区: no place, some places; session 14 audit)
        if (
            any(c in "各全每该本我请" for c in name)
            or text[best:e] in _LOC_STOP
            or name.startswith(_NONE_OR_SOME)
        ):
            continue  # (商业大街: the kind of street)
        # 化身口袋公园: a pocket park is a kind of park, no name (session 16 audloc17)
        if text.endswith("口袋公园", 0, e) and kind != "口袋公园":
            continue
        # 公园广场改造: a kind of place before another names none (a road named after one is a
        # name: 广场路, 车站路, session 16 audloc17)
        if r.loc_kind.fullmatch(name) and not (kind in _ROAD_KINDS and len(name) == 2):
            continue
        # 某区社区戒毒社区康复中心: what opens with the kind itself names a kind of work done
        # there (社区戒毒, 社区矫正), no place (wide45: two pages; slogans43)
        if len(kind) >= 2 and name.startswith(kind):
            continue
        # 某某社区社区周边: the place, then its kind again as a word (社区周边); a village named
        # after an older one (西岭村村, the village 西岭 + 村) is a name (not 农村村民, 乡村村落)
        if name.endswith(kind) and not (
            kind == "村"
            and len(name) == 2
            and name[0] not in _GENERIC_HEAD
            and name not in common_words()
            and text[e : e + 1] not in _VILLAGE_WORD_NEXT
        ):
            continue
        # 急需抓好农贸市场, 努力做好公园: a clause ending in a verb word before the kind of
        # place in general (a name of two characters after a verb of going stays: 来到胜利广场;
        # 某某第三农贸市场, 某某综合市场 after its town, or named after it, stay)
        if (
            len(kind) >= 2
            and kind != "市场"  # (某某批发市场: the market's kind, below)
            and len(name) >= 3
            and name[-2:] in fw
            and text[best - 1 : best] != "、"
            and name[-2] != "第"
            and name[-1] not in _CN_NUM  # (七一二社区: a numbered community)
            and not _is_place_end(text, best)
            and name[:2] + "镇" not in text
            and name[:2] + "街道" not in text
            and not (best and text[best - 1] in starts_after)
            and not text.endswith(_VISIT_VERBS, 0, best)
        ):
            continue
        # (协调下建广场, 管理方关于农贸市场: after a verb the name holds no function word)
        if by_verb and (
            any(c in _BAD_NAME_CHARS or c in "于下上" for c in name)
            or name[-2:] in fw
            or name in common_words()
        ):
            continue
        # 将道路沿线: a word for roads in general after a verb (道路, 马路), no road's name
        if (
            text[e - 2 : e] in _LOC_STOP
            and len(kind) == 1
            # (凯成一路: a road numbered after its stem, 一路 no word here)
            and not (
                kind == "路"
                and len(name) == 3
                and name[-1] in "一二三四五六七八九十"
                and name[:2] not in function_words()
                and name[:2] not in common_words()
                # (兵分两路, 一路: an idiom of the dictionary)
                and not jieba_tokenizer().FREQ.get(text[best:e])
            )
        ):
            continue
        # 利用公园小广播, 推进公园设施建设: a verb right before the kind, the kind modifying the
        # noun after it, is no name (在解放公园举行, 来到胜利广场： a name after 在 / a verb of
        # going stays)
        if (
            kind in _VENUE_KINDS
            and name[-2:] in fw
            and _is_cjk(text[e : e + 1] or "。")
            and not (best and text[best - 1] in starts_after)
            and not text.endswith(_VISIT_VERBS, 0, best)
        ):
            continue
        # 在镇新村聚居点: a level opens no village's name (the town's new village)
        if kind == "村" and name[0] in "省市县区镇乡":
            continue
        # 市民公园 / 市民中心 are names; 全市公园, 各社区, 站前广场, 汽车客运站 are not
        generic = (
            name[0] in _GENERIC_HEAD
            and name[:2] not in doc_stems
            and name[:2] != "市民"
            # 新桥街道 … 在新桥农贸市场: a place named after the town or sub-district the text
            # names
            and name[:2] + "街道" not in text
            and name[:2] + "镇" not in text
            # 城南农贸市场, 城东社区: a quarter named by its direction from the town
            and not (name[0] == "城" and name[1:2] in ("东", "西", "南", "北", "中", "关"))
            # 市场路, 市场街: a road named after a kind of place, as 广场路 (session 24, locs25)
            and not (kind in _ROAD_KINDS and len(name) == 2 and r.loc_kind.fullmatch(name))
        )
        if (
            (
                generic
                and (
                    # (某某街道新园社区: after its sub-district a community's name may open with 新;
                    # session 16 audloc17)
                    kind in ("路", "街", "大街", "社区")
                    # (a market as an item of the places visited, not 某某区新建菜市场三个)
                    or (kind in ("菜市场", "农贸市场", "菜场") and text[e : e + 1] in "、，。；等")
                )
                and _is_place_end(text, best)
            )
            or (
                # 某某乡景林村, 某某镇小河村: right after its town's unit a village's name opens
                # with a word's head too (not 镇各村, 乡全村: a level's every village; session 38,
                # places38)
                generic
                and kind == "村"
                and name[0] in "新小老山园城景郊"
                and len(name) >= 2
                and _town_unit_before(text, best)
            )
        ):
            # 某某区新华路, 某某高新区新城菜市场、: after its division or zone a road's or a
            # market's name may open with 新
            generic = False
        # 到小桥社区，/ 前往四季社区（…）: a community of two characters visited, ending the
        # clause or the item, is named whatever word it reads as (not 老旧, 城市: community_stop)
        visited = (
            kind == "社区"
            and k - best == 2
            and (text[best - 1 : best] in "到赴" or text.endswith(_GOING_VERBS, 0, best))
            and text[e : e + 1] in "、，。；（("
            and name not in _COMMUNITY_STOP
            and name not in common_words()
            # (小桥, 新华, 山湾 open names; 主城, 各个, 全体 do not)
            and (name[0] not in _GENERIC_HEAD or name[0] in "小新山园城景")
        )
        if visited:
            generic = False
        # 。近日，老围社区召开…, ，新城社区组织…: a community of two characters opening a clause as
        # the subject of a meeting or of its work, whose name opens with a word's head (新, 老,
        # 小, 山…; not 老旧社区, 城市社区: community_stop; session 38, places38)
        if (
            generic
            and kind == "社区"
            and k - best == 2
            and name[0] in "新老小山园城景"
            and text[best - 1 : best] in "，。：；,:;\n"
            and name not in _COMMUNITY_STOP
            and text.startswith(_COMMUNITY_SUBJECT_NEXT, e)
        ):
            generic = False
        # 先后到新化村和大围村, 、新景楼社区四家单位: a village or community whose name opens
        # with 新, named as an item or a place visited (not 建设新农村, 新型社区; session 17,
        # places18)
        if (
            generic
            and kind in ("村", "社区")
            and name[0] == "新"
            and 2 <= len(name) <= 3
            and name[:2] not in _NEW_NOT_VILLAGE
            and name not in common_words()
            # (将新平村及其周边: after 将/把 too; session 18, locs19)
            and (
                (
                    (
                        text[best - 1 : best] in "、到和与及将把"
                        or text.endswith(_GOING_VERBS, 0, best)
                        # (走访了新华村、: 了 after a verb of visiting; session 45, locs47)
                        or (
                            text[best - 1 : best] == "了"
                            and text.endswith(_VISIT_VERBS, 0, best - 1)
                        )
                    )
                    and (text[e : e + 1] in "、，。；和及与（(" or text[e : e + 1] in _CN_NUM)
                )
                # (整治联系点新寨村: the unit's point of contact names the place it is;
                # session 28, locs28)
                or text.endswith(("管委会", "联系点"), 0, best)
            )
        ):
            generic = False
        # 新城西路, 新湖一路: a road whose name opens with 新 and ends in a direction or an
        # ordinal is named (a kind of road, 新修道路, never carries one; session 25, locs26)
        if (
            generic
            and kind in _ROAD_KINDS
            and name[0] == "新"
            and 3 <= len(name) <= 4
            and name[-1] in "东西南北中一二三四五六七八九十"
            and name[:2] not in ("新增", "新修", "新设", "新的", "新老", "新旧", "新型", "新区")
        ):
            generic = False
        # (某某镇寺前村, 某某乡山后村: right after its town a village's name may end in 前/后;
        # session 27, places27)
        if (
            generic
            or name[:2] in _GENERIC_STEMS
            or (name[-1] in "站车前后内外" and not (kind == "村" and placed and name[-1] in "前后"))
        ):
            # 府前街, 站前路: a road named after the building it runs before (session 23, locs24)
            if not (kind in _ROAD_KINDS and name in _BEFORE_ROADS and not generic):
                continue
        # 某某镇捍卫社区督导…: a word right after the division names the community where the
        # community ends the item or the clause's subject (某某镇加强社区建设 is a verb)
        named_here = (
            visited
            or placed
            and (text[e : e + 1] in "、，。；：）) " or text.startswith(_COMMUNITY_NEXT, e))
        )
        if (
            kind in ("社区", "小区")
            and not named_here
            and (
                name[-2:] in _COMMUNITY_STOP
                or (len(name) == 2 and name in function_words())
                # 配套完善社区设施: a verb before the kind (九一七社区 ends in a numeral)
                or (name[-1] not in _CN_NUM and name[-2:] in function_words())
                # 成立生活小区: a verb opens the clause, not the name (五里渡社区 opens with a numeral)
                or (kind == "小区" and name[0] not in _CN_NUM and name[:2] in function_words())
                # (来到天和小区: 和 second in a name opened by a preposition or a verb of
                # going is no connective; session 23, locs24)
                or any(
                    c in "对的在把将被是了为就还也又及和与向等到"
                    for c in _but_inner_and(text, best, name)
                )
                # 古城街道组织动员社区力量: a verb word opens a name of four characters (session 16
                # audloc17); 、一品某某小区、: a numeral's word opens a name listed or visited
                # (session 27, locs27b)
                or (
                    len(name) >= 4
                    and name[:2] in function_words()
                    and not (
                        name[0] in _CN_NUM
                        and (text[best - 1 : best] == "、" or text.endswith(_GOING_VERBS, 0, best))
                    )
                )
                # 到联系社区和责任路段: the verb linking a unit to its community (session 18)
                or name in _LINK_VERBS
                # 某某街道深化社区创文工作: a verb or an adverb of manner (comm27)
                or name in _COMMUNITY_NAME_NOT
            )
        ):
            continue  # 基层社区, 涉农社区, 完善社区设施: a kind of community, not its name
        if kind == "市场" and name[:2] in _MARKET_STOP and len(name) > 2:
            continue  # (临时水果市场, 流动蔬菜市场: a kind of market; session 16 audloc17)
        # (水果批发市场, 农贸综合市场: the kind of goods or of market before a longer kind of
        # market names none; session 32, locs32)
        if kind.endswith("市场") and kind != "市场" and name[:2] in _MARKET_STOP:
            continue
        if kind == "市场" and (name[-2:] in _MARKET_STOP or name[-2:] in function_words()):
            # 某某综合市场, 某某批发市场: a name of two characters before the kind of market
            head = name[:-2]
            # 南正街集贸市场: the kind of market right after the street it lies on, named by it:
            # one place (session 18, locs19)
            if (
                not head
                and name in _MARKET_STOP
                and out
                and out[-1].end == best
                and text[best - 1] in "路街"
            ):
                out[-1] = Cand(out[-1].start, e, "LOC", 0.55, 2, "loc.kind")
                continue
            # 针对南岭下河市场在…: a name of three or four characters opened by a preposition or
            # a verb of going ends in a word of its own (下河), no kind of market (session 16
            # audloc17)
            opened = not by_verb and (
                text[best - 1 : best] in starts_after or text.endswith(_GOING_VERBS, 0, best)
            )
            if (
                opened
                and len(name) >= 3
                and name[-2:] not in _MARKET_STOP
                and name[:2] not in function_words()
                and name not in common_words()
                and name[0] not in _GENERIC_HEAD
                and not any(c in _BAD_NAME_CHARS or c in "各全每无有老旧新要" for c in name)
            ):
                out.append(Cand(best, e, "LOC", 0.55, 2, "loc.kind"))
                continue
            if not (
                len(head) == 2
                and name[-2:] in _MARKET_STOP
                and head not in _MARKET_STOP
                and head not in common_words()
                and head not in function_words()
                and head[0] not in _GENERIC_HEAD
                and not any(c in _BAD_NAME_CHARS for c in head)
            ):
                continue  # 开拓农村市场, 规范便民市场: the kind of market, not its name
            out.append(Cand(best, e, "LOC", 0.55, 2, "loc.kind"))
            continue
        if kind in ("小区", "市场", "菜市场", "农贸市场", "菜场") and len(name) > 2:
            # 某某花园小区, 某某嘉福市场: a longer name, with no function character in it, not
            # opened by a verb (加强城区农贸市场) nor holding the town (城区, 全县)
            # 某某街道梧岭新农贸市场: 新 closing the name after its division or a verb of going
            # (the market's new building) is part of it (session 16 audloc17)
            stem = (
                name[:-1]
                if name[-1] == "新"
                and len(name) >= 3
                and (placed or text.endswith(_GOING_VERBS, 0, best))
                else name
            )
            if (
                any(
                    c in _BAD_NAME_CHARS or c in "各全每无有老旧新要"
                    for c in _but_inner_and(text, best, stem)
                )
                or (name[0] not in _CN_NUM and name[:2] in function_words())
                # 引导菜农进入农贸市场: a verb right before the kind of market (session 18)
                or (not placed and len(name) >= 4 and name[-2:] in function_words())
                or any(w in name for w in ("城区", "县城", "市区", "辖区"))
                # 实施标准化菜市场改造, 规范化农贸市场: the manner of a market, not its name
                or name[-1] == "化"
            ):
                continue
            out.append(Cand(best, e, "LOC", 0.55, 2, "loc.kind"))
            continue
        # 三位街长, 路长制: the post of a street's chief, no street (session 18, locs19)
        if kind in ("路", "街", "巷") and text[e : e + 1] == "长":
            continue
        # 树林广场区, 儿童公园区: a section of a park or a square, no place of its own
        if kind in ("广场", "公园") and text[e : e + 1] == "区":
            continue
        if kind == "村" and text.startswith("街道", e):
            continue  # 某某新村街道: a sub-district named after the estate (a GPE)
        if kind in _MARKET_KINDS:
            # 翠柏路包公井商业街: a market street right after the road it lies on, named on its
            # own (session 18, locs19)
            if (
                kind in ("商业街", "步行街", "美食街", "夜市")
                and out
                and out[-1].end == best
                and text[best - 1] in "路街"
                and 2 <= len(name) <= 4
                and not any(c in _BAD_NAME_CHARS for c in name)
            ):
                if name in common_words() or name in fw or name in _MARKET_STOP:
                    # 民族路商业步行街, 某某路特色美食街: a word saying which kind of street, no
                    # name: the street is named by its road, one place (as 某某路蔬菜市场;
                    # session 27, places27)
                    out[-1] = Cand(out[-1].start, e, "LOC", 0.55, 2, "loc.kind")
                else:
                    out.append(Cand(best, e, "LOC", 0.55, 2, "loc.kind"))
                continue
            road = out[-1] if out and out[-1].end == k and text[k - 1] == "路" else None
            if road is not None and kind != "村":
                # 人民路美食街: a market or street named after the road it lies on (the road is
                # the last place read, since matches come in text order)
                out[-1] = Cand(road.start, e, "LOC", 0.55, 2, "loc.kind")
                continue
            # 在滨河夜市 / 杏林村: a two-character name that is not a verb or function word
            # (a common word after its division or zone: 园区团结村); 某某新村, 某某一村: a
            # village named after another with 新 or a number
            if kind == "村" and len(name) == 3 and (name[-1] == "新" or name[-1] in _CN_NUM):
                name = name[:2]
            if kind in ("菜市场", "农贸市场") and name == "中心":
                out.append(Cand(best, e, "LOC", 0.55, 2, "loc.kind"))
                continue  # 中心菜市场: the town's central market
            # (某某街道惠民菜市场: after its division a market's name may be a common word)
            # 某某镇前进村、某某镇张家岭村与…: right after its town a village's name of two or
            # three characters, an item of the places visited, is read whatever word it is
            village_item = (
                kind == "村"
                and placed
                and (len(name) in (2, 3) or long_village or _four_char_village(text, best, name))
                and (
                    text[e : e + 1] in "、，。；与和及等"
                    or len(name) == 4  # (_four_char_village: no word of the clause in it)
                    # 某镇崔家岭村垃圾堆积: a name of three characters that is no word, whatever
                    # follows (session 18, locs19)
                    or (
                        len(name) == 3
                        and name not in common_words()
                        and name[:2] not in function_words()
                        and name[0] not in _GENERIC_HEAD
                    )
                )
                and not any(c in _BAD_NAME_CHARS for c in name)
                # (a verb word as the name only where the town was visited: 来到某镇前进村,
                # not 某某镇加强村、社区建设)
                and (
                    name not in function_words()
                    or any(v in text[max(0, best - 8) : best] for v in _VISIT_VERBS)
                    # (…、岚山镇胜利村、青石镇建设村: an item of a list of villages, each after
                    # its town, the verb of the visit far before; session 48, loc50)
                    or _VILLAGE_ITEM_NEXT.match(text, e) is not None
                    or "村、" in text[max(0, best - 10) : best]
                )
            )
            if village_item:
                out.append(Cand(best, e, "LOC", 0.55, 2, "loc.kind"))
                continue
            # 到一心村调研, 走进红星村，: a village visited, ending its clause or before the
            # visit's verb, is named whatever word it reads as (not 贫困村, 行政村: village_stop)
            visited_village = (
                kind == "村"
                and len(name) == 2
                and (
                    text[best - 1 : best] in "到赴"
                    or text.endswith(_GOING_VERBS, 0, best)
                    # (走访了新华村、团结村: 了 after a verb of visiting; session 45, locs47)
                    or (text[best - 1 : best] == "了" and text.endswith(_VISIT_VERBS, 0, best - 1))
                )
                and (text[e : e + 1] in "、，。；（(" or _BARE_VISIT.match(text, e) is not None)
                and name not in _VILLAGE_STOP
                and name not in _COMMUNITY_STOP
                and name not in _HONOUR_STEMS
                and name[0] not in _GENERIC_HEAD
            )
            if (
                not visited_village
                and not _opened_name(text, best, name, by_verb, kind)
                and (
                    len(name) != 2
                    or name in function_words()
                    # 辖区内的农贸市场: a clause word in what was read (五和村, 太和市场 are
                    # names; session 20, locs21)
                    or any(c in "的了是把被" for c in name)
                    or (
                        name in common_words()
                        and not (placed and kind in ("村", "菜市场", "农贸市场", "菜场"))
                    )
                )
            ):
                continue
            if (
                kind == "村"
                and (
                    # (某某街道竹山村: right after its division a name ending in 山 is read, and
                    # so is a village named after an older one, 某镇西村村; not 某镇农村村民)
                    (
                        name[-1] in "乡农山渔城村"
                        and not (placed and name[-1] in "山村" and name[0] not in "乡农山渔城村")
                        # (来到青山村，: a village visited, its name of two characters; locs27)
                        and not (
                            visited_village and name[-1] == "山" and name[0] not in "乡农山渔城村"
                        )
                    )
                    or text[e : e + 1] in _VILLAGE_WORD_NEXT
                )
            ):
                continue
        if kind in ("大街", "大道") and text.startswith("街道", e):
            continue  # 某某大街街道: a sub-district named after its street (session 27, places27)
        if kind in ("路", "街", "巷"):
            if text.startswith("街道", e):
                continue  # 望江路街道: a sub-district named after its road (a GPE)
            # 万金东路, 人民南路: a name of two characters and a direction
            # (凯成一路, 中山三路: a road numbered after its stem; session 20, locs21)
            two = (
                name
                if len(name) == 2
                else name[:-1]
                if name[-1] in "东西南北中"
                or (len(name) == 3 and name[-1] in "一二三四五六七八九十")
                else name[:2]
                # (某某南二巷, 某某东三路: a stem, a direction and a number; locs21)
                if len(name) == 4 and name[2] in "东西南北中" and name[3] in "一二三四五六七八九十"
                else ""
            )
            # 前往五一三路、皇华山路等地: a three-character name as an item of a list of places
            listed = (
                kind != "巷"
                and len(name) == 3
                and (
                    (
                        text[e : e + 1] in ("、", "等")
                        and (
                            text[best - 1 : best] in "、：" or text.endswith(_GOING_VERBS, 0, best)
                        )
                    )
                    # 某某社区白石岭路附近: a road right after the community it runs through
                    # (session 22, locs23)
                    or text.endswith("社区", 0, best)
                    # 、某某社区及十二米街: the last of a list of places after 和 / 及, whatever
                    # follows it (session 18, locs19)
                    or (
                        text[best - 1 : best] in "和及"
                        and best >= 2
                        and any(
                            km.end() == best - 1
                            for km in r.loc_kind.finditer(text, max(0, best - 6), best - 1)
                        )
                    )
                )
                and not any(c in _BAD_NAME_CHARS for c in name)
            )
            if listed or _opened_name(text, best, name, by_verb, kind):
                two = name[:2]
            # 来到柳塘区白鹭洲中路: an opened stem of three characters and a direction
            # (session 23, locs24)
            elif (
                len(name) == 4
                and name[-1] in "东西南北中"
                and _opened_name(text, best, name[:3], by_verb, kind)
            ):
                two = name[:2]
            # 街巷长制度: 街 before 巷 is the word 街巷
            # 理清思路: 思路, 出路 are words, the character before them no street's name
            if (
                len(two) != 2
                or text[best:e] in _LOC_STOP
                or text[e - 2 : e] in _ROAD_NOT_WORDS
                or text.startswith(("小巷", "巷"), e)
            ):
                continue
            # 过去路面坑洼: 路面, 路段, 路口 are words of their own, not a street's kind
            # (太昊路中原路口: the second road of a crossing, right after the first; orgs20)
            if (
                kind == "路"
                and text[e : e + 1] in _ROAD_WORD_NEXT
                and not (
                    text[e] == "口" and bool(out) and out[-1].end == best and text[best - 1] == "路"
                )
            ):
                continue
            if text.startswith("片区", e):
                e += 2  # 某某路片区: the area named after the street
            lane = _LANE.match(text, e)
            if lane and kind != "巷":
                e = lane.end()  # 某某路一巷: a numbered lane off the road
        # 召开某某市社区创建观摩会: a city's or a county's communities, no community's name
        # (session 16 audit, audall17)
        if kind == "社区" and len(name) >= 3 and name[-1] in "市县省":
            continue
        out.append(Cand(best, e, "LOC", 0.55, 2, "loc.kind"))
    # 管控人民路、建设路等: the road before a listed road, whatever verb precedes it
    starts = {c.start for c in out}
    for c in sorted(out, key=lambda c: -c.start):
        a = c.start
        kind = text[c.end - 1]
        while (
            kind in "路街"
            and a >= 4
            and text[a - 1] == "、"
            and text[a - 2] == kind
            and a - 4 not in starts
            # (凯成一路、利达路: no road inside one read before)
            and not any(c.start < a - 4 < c.end for c in out)
            and all_cjk(text[a - 4 : a - 2])
            and text[a - 4 : a - 1] not in _LOC_STOP
            and text[a - 4] not in _GENERIC_HEAD
            and not any(ch in _BAD_NAME_CHARS for ch in text[a - 4 : a - 2])
        ):
            a -= 4
            starts.add(a)
            out.append(Cand(a, a + 3, "LOC", 0.5, 2, "loc.kind"))
    # 某某公园东门广场: a park's gate and the square before it are one place (session 15 audit)
    # 某某森林公园广场: the park's own square is one place with it (session 20, locs21)
    for i, c in enumerate(out):
        if text.endswith("公园", c.start, c.end) and (gate := _PARK_GATE.match(text, c.end)):
            out[i] = Cand(c.start, gate.end(), c.label, c.conf, c.prio, c.rule)
        elif text.endswith("公园", c.start, c.end) and text.startswith("广场", c.end):
            out[i] = Cand(c.start, c.end + 2, c.label, c.conf, c.prio, c.rule)
    # 某某超市青松店, 某某商厦一分店: a shop's branch named right after it is one place with it
    # (session 32, locs32)
    for i, c in enumerate(out):
        if text.endswith(_BRANCHED_KINDS, c.start, c.end) and (br := _BRANCH.match(text, c.end)):
            stem = br.group(1)
            if stem[-1] == "分" or (
                stem not in common_words() and not any(ch in _BAD_NAME_CHARS for ch in stem)
            ):
                out[i] = Cand(c.start, br.end(), c.label, c.conf, c.prio, c.rule)
    # 风采街文化街社区, 东河街陵西路社区: 某某街 right before a community named after its own
    # street is the sub-district (街道) the community belongs to, no street (session 16 audloc17)
    sub_district_ends = {
        c.start for c in out if text[c.end - 1] in "路街" and text.startswith("社区", c.end)
    }
    out = [c for c in out if not (text[c.end - 1] == "街" and c.end in sub_district_ends)]
    out.extend(_compounds_in_communities(text, out))
    out.extend(_list_neighbours(text, out))
    out.extend(_plain_visited_places(text, out))
    out = _without_clause_leads(text, out, r)
    # every further mention of a place read in a strong position (在滨河夜市 … 完成滨河夜市地面硬化;
    # read before the facilities below, so that a further mention takes its facility too)
    seen = {(c.start, c.end) for c in out}
    for name in {text[c.start : c.end] for c in out if c.end - c.start >= 4}:
        for a in _occurrences(text, name):
            if (a, a + len(name)) not in seen:
                out.append(Cand(a, a + len(name), "LOC", 0.5, 2, "loc.repeat"))
    # 某某社区党群服务中心, 某某村新时代文明实践站: a community's or a village's facility is one
    # place, named after it (GUIDELINES.md nests no name inside a longer span)
    # 某某路新村, 某某路社区: an estate or a community named after its road is one place
    # (某某路商业步行街: and a street or a market; session 27, locs27)
    joined: set[str] = set()
    for i, c in enumerate(out):
        if text[c.end - 2 : c.end] in ("社区", "小区") or text[c.end - 1] == "村":
            for fac in _FACILITY_AFTER_PLACE:
                if text.startswith(fac, c.end):
                    out[i] = Cand(c.start, c.end + len(fac), "LOC", c.conf, c.prio, c.rule)
                    break
        elif text[c.end - 1] in "路街" and text.startswith(_ESTATE_AFTER_ROAD, c.end):
            kind = next(k for k in _ESTATE_AFTER_ROAD if text.startswith(k, c.end))
            out[i] = Cand(c.start, c.end + len(kind), "LOC", c.conf, c.prio, c.rule)
            joined.add(text[c.start : c.end + len(kind)])
    # (穿越某某路商业步行街: every further mention of the joined name, the road unread there)
    if joined:
        seen = {(c.start, c.end) for c in out}
        for name in joined:
            for a in _occurrences(text, name):
                if (a, a + len(name)) not in seen:
                    out.append(Cand(a, a + len(name), "LOC", 0.5, 2, "loc.repeat"))
    return out


_ROAD_WORD_NEXT = set(rule_words()["road_word_next"])
_ROAD_NOT_WORDS = frozenset(rule_words()["road_not_words"])
# what follows a community named right after its division (某某镇某某社区督导…)
_COMMUNITY_NEXT = (
    "督导",
    "督查",
    "检查",
    "调研",
    "巡查",
    "走访",
    "考察",
    "视察",
    "党",
    "居委",
    "召开",
)
# characters that open a clause before a place's name, never the name itself
# 无居民小区, 个别社区, 部分村: no place, or some places, not a name
_NONE_OR_SOME = ("无", "个别", "部分")
_COUNT_NAME = re.compile("[一二两三四五六七八九十几多数]+个")
_COUNT_BIG = re.compile("[一二两三四五六七八九十几]+大")
_ROUTE_ENDS = tuple(d + w for d in "东南西北" for w in "起至")
# 公共广场, 商业广场, 居民小区: the kind of place in general (session 27, locs27)
_GENERIC_PLACE_STEMS = frozenset(("公共", "商业", "居民", "休闲", "文体"))
# the verbs of going, looking and inspecting, read whole before a kind (进入纪念馆)
_VERB_NAMES = frozenset(
    (*_GOING_VERBS, *_LOOKING_VERBS, *_INSPECT_VERBS, "进入", "走进", "来到", "参观")
)
# (实地察看某某路, 踏看了某某街: a road right after a verb of looking; 踏看, 查勘, 巡查: session 27)
_ROAD_LOOKING = tuple(
    v + t for v in ("察看", "查看", "检查", "踏看", "查勘", "巡查") for t in ("", "了")
)
_LOC_LEAD = set("并在到至赴对于从向去和及与也还又都再先让使把被给将由就")
# (session 24, locs25) words of time and pronouns that open a clause before a kind of place,
# and what 沿 opens a name with (沿江大道, 沿河小区, 沿山路, 沿城社区)
_TIME_LEADS = (
    *("如今", "现在", "目前", "当前", "过去", "以前", "原来", "曾经", "以往", "从前"),
    *("今后", "此前", "平时", "春季", "夏季", "秋季", "冬季", "沿途"),
)
_PRONOUNS = ("我们", "你们", "他们", "她们", "大家", "咱们")
_THIS_TOWN = ("该镇", "该乡", "该街道", "本镇", "本乡")
_ALONG_NAMES = frozenset("江河湖海山溪城街滨港岸线")
_LANE = re.compile("[一二三四五六七八九十]{1,2}巷")
_PARK_GATE = re.compile("[东南西北正]门广场")
# the kinds of shop a branch is named after (某某超市某某店) and the branch's name: two to six
# characters before 店, or a numbered 分店, then the end of the item (not 某某超市门店经营)
_BRANCHED_KINDS = ("超市", "商厦", "商场", "百货", "购物中心", "商城", "大药房", "药房")
_BRANCH = re.compile(
    rf"([{CJK}]{{2,6}}?|[一二三四五六七八九十]{{1,2}}分)店(?=[、，。；：和及等\n]|$)"
)
# kinds whose names of two characters read as words after a verb (加强社区, 打通断头路)
_AREA_OF = ("辖区内的", "辖区的", "区域内的")
# what stands right before a name the start loop of _locations opens: every test of its long
# `or` but the new town's (after the belt read before it) asks for one of these characters
# there (a mark, a connective, the last character of a verb of going, of looking or of road
# works, of a division's unit or a body's, 路/街 of a road read before, 区 of 社区/小区/辖区,
# 的, 是 of 三是, 了, 将/把), so that before any other character none holds (session 35)
_NAME_START_PREV = frozenset(
    (
        *_PUNCT_BOUNDARY,
        *"和及与到在至赴对▲■●◆★了是的将把",
        *"区县市镇乡城",  # (_is_place_end: a unit, 城区/县城/市区/镇区)
        *"办组处会路街",
        *(u[-1] for u in rule_words()["township_units_more"]),  # (_is_place_end's units)
        *(
            w[-1]
            for w in (
                *_GOING_VERBS,
                *_VISIT_VERBS,
                *_ROUTE_ENDS,
                *_ROAD_BUILD_VERBS,
                *_ROAD_LOOKING,
                *_THIS_TOWN,
                *_AREA_OF,
                "了解",
                "辖区",
                "社区",
                "小区",
                "办事处",
                "管理处",
                "管委会",
                "联系点",
                "沿着",
                "街道",
                "苏木",
            )
        ),
    )
)
_BEFORE_ROADS = frozenset(("府前", "站前", "院前", "校前", "港前", "场前", "城前", "厂前"))
_SHORT_NAME_KINDS = frozenset(("社区", "小区", "村", "路", "街", "巷", "大街"))
_ROAD_KINDS = ("路", "街", "大街", "大道", "巷")
_MARKET_KINDS = tuple(rule_words()["market_kinds"])
_COMMUNITY_STOP = frozenset(rule_words()["community_stop"])
# what a community opening a clause does (某某社区召开…, 某某社区组织…)
_COMMUNITY_SUBJECT_NEXT = ("召开", "组织", "开展", "举办", "举行")
_MARKET_STOP = frozenset(rule_words()["market_stop"])
# the kinds an item of a list of places may end with (甲社区、乙村、丙村)
# 新 opening a verb or a word of its own (新建, 新型), not a sub-district's name
_NEW_NOT_NAME = tuple(rule_words()["new_not_name"])
# an estate or a community named after the road it lies on (某某路新村)
# (某某路商业步行街, 某某路夜市: a street or a market named after its road is one place with it;
# session 27, locs27)
_ESTATE_AFTER_ROAD = tuple(
    sorted(
        (*rule_words()["loc_estate_after_road"], *rule_words()["loc_street_after_road"]),
        key=len,
        reverse=True,
    )
)
# the facilities of a community or a village named after it (longest first)
_FACILITY_AFTER_PLACE = tuple(
    sorted(rule_words()["loc_facility_after_place"], key=len, reverse=True)
)
_LIST_KIND = re.compile("社区|小区|市场|大街|村|路|街(?!道)")
_VILLAGE_WORD_NEXT = set(rule_words()["village_word_next"])


# words of an estate's name that end in 都, the name's character there, not the adverb
# (某某花都小区, 某某名都小区; rule_words.json name_du_words, session 32, locs32)
_NAME_DU_WORDS = tuple(rule_words()["name_du_words"])


def _but_inner_and(text: str, best: int, name: str) -> str:
    """来到天和小区, 在泰和菜市场: 和 second in a name opened by a preposition or a verb of going
    is no connective; the name's characters without it, for the tests of clause characters
    (session 23, locs24)."""
    if name[1:2] == "和" and (
        text[best - 1 : best] in "到在对赴" or text.endswith(_GOING_VERBS, 0, best)
    ):
        return name[:1] + name[2:]
    # (、和岚社区、: 和 opening a name of two right after the list's mark; session 30, locs30)
    if len(name) == 2 and name[0] == "和" and text[best - 1 : best] == "、":
        return name[1:]
    # 在某区某某花都小区, 某某名都小区: 都 closing a word of an estate's name is
    # the name's character, not the adverb (session 32, locs32)
    if "都" in name[1:]:
        for w in _NAME_DU_WORDS:
            name = name.replace(w, w[0])
    return name


def _town_unit_before(text: str, pos: int) -> bool:
    """Does a town's unit (镇, 乡, 街道, 苏木) end at pos, after a name of two to four
    characters (not 乡镇, 城乡, 城镇: words for towns in general)?"""
    n = (
        2
        if text.endswith(("街道", "苏木"), 0, pos)
        else 1
        if text[pos - 1 : pos] in ("镇", "乡")
        else 0
    )
    if not n or pos - n < 2:
        return False
    stem = text[max(0, pos - n - 2) : pos - n]
    # (某各庄镇: 各庄 is a common last part of a town's name in the north, no 各 of "every";
    # wide46 pages, dev gold; session 45, locs47)
    if stem == "各庄" and pos - n >= 3 and _is_cjk(text[pos - n - 3]):
        stem = "庄"
    return (
        all_cjk(stem)
        and text[pos - n - 1 : pos] not in ("乡镇", "城乡", "城镇", "村镇", "集镇")
        # (美丽乡村示范村, 镇级分工村: the unit opens a word with what follows it)
        and text[pos : pos + 1] not in "村级区直属内外域"
        and not any(c in _BAD_NAME_CHARS or c in "各全每该其本我乡镇城县区市" for c in stem)
    )


def _division_before(text: str, pos: int) -> bool:
    """Does a town, a sub-district or a county (a stem of two or three characters and its
    unit) end at pos? (督查了某某镇的某某村; session 20, locs21)"""
    if _is_place_end(text, pos):
        return True
    unit = 2 if text.endswith("街道", 0, pos) else int(text[pos - 1 : pos] in "镇乡区县")
    if not unit:
        return False
    k = pos - unit
    return any(k - n >= 0 and _stem_ok(text, k - n, k) for n in (2, 3))


# what a village's own bodies and people are called right after its name (rule_words.json
# village_own_next: 某某村两委, 某某村驻村干部, 某某村党支部): the name before 村 is a village's
_VILLAGE_OWN_NEXT = tuple(sorted(rule_words()["village_own_next"], key=len, reverse=True))
# (what a village's name never holds: a clause word, a pronoun or another place's unit)
_VILLAGE_NAME_NOT = frozenset("的了是在和与及等各全每该其本我这那村镇乡县市区")


def _village_name_ok(name: str) -> bool:
    """A name of one to four characters, no clause word, no kind of village (贫困, 示范), no
    verb or common word of two (驻村 / 包村 are duties, no villages)."""
    return (
        1 <= len(name) <= 4
        and all_cjk(name)
        and not any(c in _BAD_NAME_CHARS or c in _VILLAGE_NAME_NOT for c in name)
        and name not in _VILLAGE_STOP
        and name[-2:] not in _VILLAGE_STOP
        and name[:2] not in function_words()
        and name not in common_words()
        and (len(name) > 1 or name not in _PLAIN_ONE_NOT)
    )


def _village_by_its_own(text: str, k: int, e: int) -> int | None:
    """Where the name of a village the kind 村 at text[k:e] closes starts, where its place says
    so though no boundary the kind grammar knows opens it: after 的 and before the village's own
    bodies or people (排名第一的某某村驻村干部, 刚搬入新村委大楼的某村两委班子: rule_words.json
    village_own_next), or right after the village committee it belongs to (某某村委某某村: a
    natural village of that village); dev gold: 6 of the 11 villages missed; session 45, locs47.
    None where neither holds."""
    d = text.rfind("的", max(0, k - 4), k)
    if d >= 0 and text.startswith(_VILLAGE_OWN_NEXT, e) and _village_name_ok(text[d + 1 : k]):
        return d + 1
    c = text.rfind("村委", max(0, k - 7), k - 2)
    if c >= 0:
        a = c + 3 if text.startswith("村委会", c) else c + 2
        if 2 <= k - a <= 4 and _village_name_ok(text[a:k]):
            return a
    return None


# (the kinds of village among loc_kinds_more: no facility of the village before them)
_VILLAGE_KINDS_MORE = frozenset(("行政村", "屯", "寨", "嘎查"))
# words ending in 村 that name no village (rule_words.json village_not_words: 乡村, 农村, 全村,
# 驻村, 新农村, 城中村 …), with the kinds of village of village_stop before 村
_VILLAGE_NOT_WORDS = frozenset(rule_words()["village_not_words"]) | {
    w + "村" for w in _VILLAGE_STOP
}


def _named_village_ends(text: str, pos: int) -> bool:
    """Does a village's name end at pos: 村 after a name of two or three characters that is no
    word for villages in general (全村, 农村, 驻村, 贫困村: _VILLAGE_NOT_WORDS) nor opens with a
    clause word (某村文昌祠: the facility in the village; 全村老年公寓 names none)?"""
    if text[pos - 1 : pos] != "村" or pos < 3:
        return False
    if any(text[pos - n : pos] in _VILLAGE_NOT_WORDS for n in (2, 3, 4)):
        return False
    name = text[pos - 3 : pos - 1]
    return all_cjk(name) and not any(c in _BAD_NAME_CHARS or c in _VILLAGE_NAME_NOT for c in name)


def _four_char_village(text: str, best: int, name: str) -> bool:
    """某某镇李家房子村: a village's name of four characters right after its town's unit (the
    patronymic names 李家房子, 王家湾子, 张家大院 of the northern villages), no word of the clause
    nor a kind of village in it (某镇抓好示范村 names none; dev gold: 2 of 11 missed villages;
    session 45, locs47)."""
    return (
        len(name) == 4
        and _town_unit_before(text, best)
        and name[:2] not in function_words()
        and name[:2] not in common_words()
        and name[2:] not in _VILLAGE_STOP
        and name[0] not in _GENERIC_HEAD
        and not any(
            c in _BAD_NAME_CHARS or c in "的了是在和与及等各全每该其本我村镇乡" for c in name
        )
    )


# (what closes an item of a list of places: _opened_name after 和 / 及 / 与)
_LIST_ITEM_ENDS = ("、", "，", "。", "；")


def _opened_name(text: str, best: int, name: str, by_verb: bool, kind: str) -> bool:
    """来到青石岗村, 在银杏湾路, 对凤栖台小区: a name of three characters right after a
    preposition or a verb of going is read whatever its first two characters are, when it is no
    word, opens with no function word and holds no clause word (a kind of systematic place
    grammar: the stem's boundary is the opener; session 20, locs21)."""
    if by_verb or len(name) != 3:
        return False
    prev = text[best - 1 : best]
    # (柳塘区青石岗商业街, 某某街道青石岗东路: right after a division the text names, the name
    # opens as after a preposition; session 23, locs24)
    if not (
        prev in "到在对赴至于、"
        or text.endswith(_GOING_VERBS, 0, best)
        or (prev in "区县市镇乡道" and _is_place_end(text, best))
        # (试点户和红石口村、岱州营村: 和 / 及 / 与 before a village or a community as an item of
        # a list of places, whose kind a list mark closes; not 和典型引路。; session 45, locs47)
        or (
            prev in "和及与"
            and kind in ("村", "社区")
            and name[:2] not in common_words()
            and text.startswith(_LIST_ITEM_ENDS, best + len(name) + len(kind))
        )
    ):
        return False
    # (某某街道七里滩商业街: a numeral opens a place's name of three, no count, though jieba
    # reads 七里 a word; session 27, locs27b)
    numeral = name[0] in _CN_NUM and _numeral_name(name)
    return not (
        name in common_words()
        or (name[:2] in function_words() and not numeral)
        or name[1:] in function_words()
        or name[0] in _GENERIC_HEAD
        or (name[0] in _CN_NUM and not numeral)
        or any(c in _BAD_NAME_CHARS or c in "各全每无有要该其之个" for c in name)
        or (kind == "村" and name[-1] in "乡农城村")
    )


# 位于某某大道东侧, 例如某某社区垃圾…, 责令某某小区住户, 拐过某某大街: a verb or a connective that
# opens the clause is no part of the place's name after it (rule_words.json loc_clause_leads);
# what is left is the place, unless it is a kind of place alone (落实农贸市场); 等 inside names
# none (某某等商场: the places counted; session 31, locs31); 但在 / 以 open a clause too (但在集贸
# 市场等方面, 以商场市场等场所为重点; session 32, locs34)
_CLAUSE_LEADS = tuple(sorted(rule_words()["loc_clause_leads"], key=len, reverse=True))


# the verbs of a cadre's duty toward the villages right before 村 (驻村, 干部包村, 帮镇扶村: the
# villages in general a cadre is stationed in, answers for or helps; wide45, slogans43), which
# close no village's name
_VILLAGE_DUTY_VERBS = frozenset("驻包扶帮")


def _named_after_lead(rest: str, r: _Rules) -> bool:
    """Does what follows a clause's lead name a place: three characters or more, not a kind of
    place alone, nor one character before a kind of two (通过看工地: a verb, no name; slogans43),
    nor a kind of facility in general?"""
    return (
        len(rest) >= 3
        # (并造成水库部分岸线冲刷: a verb after the lead, no name; dev gold; session 45, locs47)
        and rest[:2] not in function_words()
        and rest[:2] not in _LOC_OBJECT_VERBS  # (进一步丰富博物馆展陈: the verb's object)
        and not r.loc_kind.fullmatch(rest)
        and not r.loc_kind.fullmatch(rest, 1)
        and rest[:2] not in _FACILITY_STOP
    )


def _without_clause_leads(text: str, found: list[Cand], r: _Rules) -> list[Cand]:
    out: list[Cand] = []
    for c in found:
        if c.rule != "loc.kind":
            out.append(c)
            continue
        span = text[c.start : c.end]
        if "等" in span[1:-1] or span[0] in "等至":
            continue
        # (、城中村、, 、老旧小区、: a kind of village or estate as an item, none named)
        if (span[-1] == "村" and span[:-1] in _VILLAGE_STOP) or (
            span[-2:] in ("社区", "小区") and span[:-2] in _COMMUNITY_STOP
        ):
            continue
        # (one test of all the leads in C first: most places open with none)
        lead = (
            next((w for w in _CLAUSE_LEADS if span.startswith(w)), "")
            if span.startswith(_CLAUSE_LEADS)
            else ""
        )
        if lead:
            rest = span[len(lead) :]
            if not _named_after_lead(rest, r):
                continue
            # 以商场市场为重点: two kinds of place in general after the lead
            # (商场 + 市场), none named (session 32, locs34)
            if any(
                r.loc_kind.fullmatch(rest[:n]) and r.loc_kind.fullmatch(rest[n:])
                for n in range(1, len(rest))
            ):
                continue
            c = Cand(c.start + len(lead), c.end, c.label, c.conf, c.prio, c.rule)
        out.append(c)
    return out


# 来到前进社区，/ 在小屯村，/ 先后到奋进社区督导: a community, an estate or a village of a plain
# name (an ordinary word, a name opening with 小/新/老, a village of one character) is named
# where a visit places it: right after a verb of going or 在, and ending the clause, the item
# or before what the visit did there (rule_words.json plain_place_leads / plain_place_next;
# the kinds of place in general stay out: community_stop, village_stop, plain_place_not;
# session 31, locs31)
_PLAIN_PLACE = re.compile(
    "(?:" + "|".join(sorted(rule_words()["plain_place_leads"], key=len, reverse=True)) + ")"
    rf"([{CJK}]{{1,3}}?)(社区|小区|村)"
    "(?=[、，。；（(]|" + "|".join(rule_words()["plain_place_next"]) + ")"
)
_PLAIN_PLACE_NOT = frozenset(rule_words()["plain_place_not"])
_PLAIN_ONE_NOT = frozenset(rule_words()["plain_village_one_not"])


def _plain_visited_places(text: str, found: list[Cand]) -> list[Cand]:
    out: list[Cand] = []
    taken = [(c.start, c.end) for c in found]
    for m in _PLAIN_PLACE.finditer(text):
        name, kind = m.group(1), m.group(2)
        a, e = m.start(1), m.end()
        if any(s < e and a < t for s, t in taken):
            continue
        if len(name) == 1:
            # 在兰村，: one character only before 村, and no word (农村, 乡村, 山村, 邻村)
            if kind != "村" or name in _PLAIN_ONE_NOT or jieba_tokenizer().FREQ.get(name + kind):
                continue
        elif (
            name in _PLAIN_PLACE_NOT
            or name in _COMMUNITY_STOP
            or name in _VILLAGE_STOP
            or name in _HONOUR_STEMS
            or name[:2] in _GENERIC_STEMS
            or name[-2:] in _COMMUNITY_STOP
            or name[-2:] in _VILLAGE_STOP
            or name[:2] in _PLAIN_PLACE_NOT
            # (来到主城社区: a generic head opens no plain name; 小/新/老/山… may: 小桥, 新丰)
            or (name[0] in _GENERIC_HEAD and name[0] not in "小新老山园城景街")
            # (做到不落村: 不 opens a verb phrase; locs42)
            or name[0] in "全多两几诸整所自你您他她它不"
            or any(c in "各每该本我这那其此某" for c in name)  # (在座各村: 在座, then 各村)
            or name[-1] in "个些省市县区镇乡农"
            or any(c in _BAD_NAME_CHARS or c in "的了是在和与及到对把被将为等" for c in name)
            or jieba_tokenizer().FREQ.get(name + kind)
        ):
            continue
        out.append(Cand(a, e, "LOC", 0.5, 2, "loc.kind"))
        taken.append((a, e))
    return out


# the words that join two places of a pair (甲小区和乙小区, 某路与某某路交叉口)
_PAIR_JOINS = ("和", "及", "与")


def _pair_item_ok(text: str, c: Cand, m: re.Match[str], name: str) -> bool:
    """甲路和石泉路: the item after 和/及/与 is the same kind of place as the one read before it
    (路 and 路, 小区 and 小区), and its name is no word of its own (辖区小区, 周边社区, 其他村)."""
    kind = m.group()
    return (
        text.endswith(kind, c.start, c.end)
        and c.end - c.start > len(kind)
        and 2 <= len(name) <= 4
        and all_cjk(name)
        and not any(ch in _BAD_NAME_CHARS or ch in "各全每该其本我这那" for ch in name)
        and name not in common_words()
        and name[:2] not in common_words()
        and name[-2:] not in _COMMUNITY_STOP
        and name[:2] not in _COMMUNITY_STOP
        and name[-2:] not in _MARKET_STOP
        and name[:2] not in _MARKET_STOP
        and name[-2:] not in function_words()
        and name[:2] not in function_words()
        # (甲村和乙村民, 甲村和乙村委: the people or the committee, no second village)
        and not (kind == "村" and text[m.end() : m.end() + 1] in _VILLAGE_AFTER_NOT)
    )


_VILLAGE_AFTER_NOT = frozenset("民委级务风规组庄")
# the next item of a list of villages (、某镇某某村、 / 、某某村。)
_VILLAGE_ITEM_NEXT = re.compile(f"、[{CJK}]{{2,8}}?村(?=[、，。；和及等（(])")


def _list_neighbours(text: str, found: list[Cand]) -> list[Cand]:
    """甲社区、新坝村、乙村: an item of a list between places read already, named by a kind of
    place too, is a place, though its name alone (新坝, opening with 新) would not be read."""
    starts = {c.start for c in found}
    ends = {c.end for c in found}
    out: list[Cand] = []
    for c in found:
        e = c.end
        sep = text[e : e + 1]
        if sep != "、" and not (sep in _PAIR_JOINS and c.label == "LOC"):
            continue
        m = _LIST_KIND.search(text, e + 3, e + 8)
        if m is None or m.start() in starts:
            continue
        name = text[e + 1 : m.start()]
        after = text[m.end() : m.end() + 1]
        if sep != "、":
            # 沿某路和某某路交界处, 甲小区和乙小区开展…: a second place joined by 和/及/与 to a
            # place read already, of its very kind, whatever follows it (session 34, audit34b)
            if _pair_item_ok(text, c, m, name):
                out.append(Cand(e + 1, m.end(), "LOC", 0.5, 2, "loc.kind"))
                starts.add(e + 1)
            continue
        # 甲社区、乙社区、新丰社区将…: the last item of a run of two places or more of the same
        # kind, whatever follows it (session 27, places27)
        run_end = (
            text.endswith(m.group(), c.start, e)
            and c.start > 0
            and text[c.start - 1] == "、"
            and (c.start - 1) in ends
        )
        # the item ends the list or leads to the next place read already
        if (
            2 <= len(name) <= 4
            and all_cjk(name)
            and not any(ch in _BAD_NAME_CHARS or ch in "各全每该其本我" for ch in name)
            and name[-2:] not in _MARKET_STOP
            and name[:2] not in _MARKET_STOP  # (临时水果市场: a kind of market)
            and name[-2:] not in _COMMUNITY_STOP
            and name[-2:] not in function_words()
            and (after in ("、", "，", "。", "等", "") or m.end() + 1 in starts or run_end)
            and e + 1 not in starts
            and e + 1 not in ends
        ):
            out.append(Cand(e + 1, m.end(), "LOC", 0.5, 2, "loc.kind"))
            starts.add(e + 1)
    # 对新桥巷、金龙巷、相思街, 沿通海南路、柳塘大道: the first item of such a list, right after a
    # preposition or a verb of going, whose name alone (新桥, opening with 新; a stem of three
    # characters) was not read (session 22, locs23)
    for c in found:
        j = c.start - 1
        if j < 3 or text[j] not in ("、", *_PAIR_JOINS) or j in ends or c.label != "LOC":
            continue
        km = _FIRST_ITEM_KIND.search(text, max(0, j - 3), j)
        if km is None or km.end() != j:
            continue
        # 沿某某路和某路: before 和/及/与, only a place of the very kind of the one after it
        # (session 34, audit34b)
        if text[j] != "、" and not text.endswith(km.group(), c.start, c.end):
            continue
        k = km.start()
        for i in range(k - 2, max(0, k - 4) - 1, -1):
            prev = text[i - 1] if i else "\n"
            if prev in _FIRST_ITEM_OPEN or text.endswith(_GOING_VERBS, 0, i):
                name = text[i:k]
                if (
                    all_cjk(name)
                    and not any(ch in _BAD_NAME_CHARS or ch in "各全每该其本我" for ch in name)
                    and text[i:j] not in common_words()
                    and text[i:j] not in _LOC_STOP
                    and name not in common_words()
                    and name[-2:] not in function_words()
                    and name[:2] not in function_words()
                    and name[:2] not in _MARKET_STOP
                    and i not in starts
                    # (深入新建广场、: before a market, a square or a park no word of the
                    # dictionary opens the first item; 新西市场 does; session 31, locs31)
                    and not (
                        km.group() in ("市场", "广场", "公园") and jieba_tokenizer().FREQ.get(name)
                    )
                ):
                    out.append(Cand(i, j, "LOC", 0.5, 2, "loc.kind"))
                    starts.add(i)
                break
    return out


_FIRST_ITEM_KIND = re.compile("社区|小区|大街|大道|村|路|街|巷|市场|广场|公园")
_FIRST_ITEM_OPEN = frozenset("对沿在到赴\n，。：；")


# 某某社区某某小区: a residential compound named right after its community (an inspection's
# stops), and the next community + compound of the same list
# (某某社区某某生活区, 某某社区某某新村: the other kinds of compound; session 30, locs30)
_COMPOUND_KINDS = ("小区", "生活区", "家属区", "回迁区", "新村")
_COMPOUND = re.compile(rf"([{CJK}]{{2,4}}?)社区([{CJK}]{{2,4}}?)(?:{'|'.join(_COMPOUND_KINDS)})")


def _compounds_in_communities(text: str, found: list[Cand]) -> list[Cand]:
    """甲社区乙小区、丙社区丁小区: the compound after a community read already is a LOC, and so
    is each further community + compound of the list (the community too)."""
    # (no community read: nothing to look after; found, the places read, is short)
    todo = sorted(c.start for c in found if text.endswith("社区", 0, c.end))
    if not todo or not any(k in text for k in _COMPOUND_KINDS):
        return []
    have = {(c.start, c.end) for c in found}
    out: list[Cand] = []
    done: set[int] = set()
    while todo:
        a = todo.pop(0)
        if a in done:
            continue
        done.add(a)
        m = _COMPOUND.match(text, a)
        if m is None or not all(_compound_name_ok(n) for n in m.groups()):
            continue
        if (a, m.end(1) + 2) not in have:
            out.append(Cand(a, m.end(1) + 2, "LOC", 0.5, 2, "loc.kind"))
        if m.group(2) in _COMMUNITY_STOP:
            continue  # (某某社区居民小区: the kind of compound, none named)
        out.append(Cand(m.start(2), m.end(), "LOC", 0.5, 2, "loc.kind"))
        if text[m.end() : m.end() + 1] == "、":
            todo.append(m.end() + 1)
    return out


def _compound_name_ok(name: str) -> bool:
    return (
        not any(ch in _BAD_NAME_CHARS or ch in "各全每该其本我这" for ch in name)
        and name not in function_words()
        and not name.startswith(_NONE_OR_SOME)  # 某社区无居民小区 (session 14)
    )


_TOWN_KIND = ("街道", "镇", "乡")
# an item closed by punctuation, or the last one of the list running into the sentence with a
# name of two characters (城关镇、新集镇、柳林镇负责同志; not 乡村, 乡镇)
_TOWN_ITEM = re.compile(
    rf"[{CJK}]{{2,4}}?(?:街道|镇|乡)(?=[、，。；等和及]|$)|[{CJK}]{{2}}(?:街道|镇|乡)(?![村镇])"
)


def _town_item_ok(name: str) -> bool:
    return (
        2 <= len(name) <= 4
        and not any(ch in _BAD_NAME_CHARS or ch in "各全每该其本我乡镇县市区" for ch in name)
        and name[-2:] not in function_words()
        and name[:2] not in function_words()
    )


# 甲镇、乙街道3个乡镇（街道）, 、某某乡等五个乡镇: the count of the units a list names, right
# after its last item
_UNITS_COUNTED = re.compile("等?[0-9一二两三四五六七八九十]{1,3}个(?:乡镇|镇|乡|街道|镇街)")


def _town_list_neighbours(text: str, cands: list[Cand]) -> list[Cand]:
    """城关镇、新集镇、柳林镇: an item of a list beside a town read already, written with the same
    kind (镇, 乡, 街道), is a town, though its name alone (新集, opening with 新) would not be
    read; walked both ways from each town so a whole list is read."""
    if not any(unit in text for unit in _TOWN_KIND):
        return []  # (no town read: the text holds none of their units; session 35)
    towns = {
        (c.start, c.end)
        for c in cands
        if c.label == "GPE" and text.endswith(_TOWN_KIND, c.start, c.end)
    }
    if not towns:
        return []
    starts = {c.start for c in cands}
    ends = {c.end for c in cands}
    town_at = dict(towns)
    out: list[Cand] = []
    todo = sorted(towns)
    while todo:
        s, e = todo.pop()
        kind = next(k for k in _TOWN_KIND if text.endswith(k, s, e))
        # the next item
        if text[e : e + 1] == "、":
            m = _TOWN_ITEM.match(text, e + 1)
            # (田坪镇、官和乡、正大镇: towns and townships share a list; session 15 audit)
            item_kind = next((k for k in _TOWN_KIND if m and m.group().endswith(k)), "")
            # (某某镇、某某街道: towns and sub-districts share a list too, the units of one
            # county; session 34, places36)
            if m is not None and item_kind and e + 1 not in starts:
                stem = m.group()[: -len(item_kind)]
                # 白土窑乡、闪电河乡、西辛营乡: between two towns an item is a town whatever
                # words its name reads as (闪电, 合营; session 13 audit; 官和, 本庄: session 15)
                # (甲镇、乙镇、某某街道4个乡镇（街道）: so is the last item before the count of
                # the units listed; session 34, places36)
                nxt = town_at.get(m.end() + 1)
                between = (
                    (
                        text[m.end() : m.end() + 1] == "、"
                        and nxt is not None
                        and text.endswith(_TOWN_KIND, m.end() + 1, nxt)
                    )
                    or _UNITS_COUNTED.match(text, m.end()) is not None
                ) and (
                    not any(ch in "各全每该其我乡镇县市区" for ch in stem)
                    and stem[:1] not in _BAD_NAME_CHARS
                )
                if _town_item_ok(stem) or between:
                    out.append(Cand(e + 1, m.end(), "GPE", 0.5, 1, "gpe.list"))
                    starts.add(e + 1)
                    todo.append((e + 1, m.end()))
        # the item before
        if s and text[s - 1] == "、" and s - 1 not in ends:
            # (给某某镇、五里乡、…: the item before may be of the other kind too, as the next
            # item may; session 48, gpe50)
            for st in range(max(0, s - 1 - 4 - 2), s - 1 - 1 - 1):
                prev = text[st - 1] if st else "\n"
                # (组织专家对新渡镇、某某镇…, 到新集镇、某某乡: a preposition or a verb of going
                # opens the list; session 27, places27; 给某某镇、…, 向某某乡、…: any
                # preposition of a clause's object; session 48, gpe50)
                if (
                    prev not in "、，。；：\n（(对到在赴"
                    and not (st and text[st - 1] in "和及与")
                    and not text.endswith(_GOING_VERBS, 0, st)
                    and prev not in _PLACE_PREPOSITIONS
                ):
                    continue
                item = text[st : s - 1]
                if text[st] in _PLACE_PREPOSITIONS and not jieba_tokenizer().FREQ.get(item[:2]):
                    continue  # (给某某镇: the preposition is no part of the item)
                kind = next((k for k in _TOWN_KIND if item.endswith(k)), "")
                if kind and _town_item_ok(item[: -len(kind)]) and st not in starts:
                    out.append(Cand(st, s - 1, "GPE", 0.5, 1, "gpe.list"))
                    starts.add(st)
                    ends.add(s - 1)
                    todo.append((st, s - 1))
                    break
                # (深入到某某街道、: the verb's 到 is no part of the item; the shorter one is
                # tried; session 27, places27)
                if text[st] not in "到在赴对":
                    break
    return out


def _is_place_end(text: str, pos: int) -> bool:
    """Is text[:pos] ending with a division (某某区, 某某街道) rather than a word like 城区?"""
    if (
        text.endswith(("城区", "县城", "市区", "镇区"), 0, pos)
        and text[pos - 3 : pos - 2] not in "老主新旧中小全各"
    ):
        # 前往城区杭中路: the town itself, written before its street (镇区宜兴路: a town's
        # built-up area, session 18)
        return True
    unit = (
        2
        if text.endswith(_TWO_CHAR_UNITS, 0, pos)
        else int(pos > 0 and text[pos - 1] in "区县市镇乡")
    )
    if not unit or _citizens(text, pos):
        return False  # (东风市场和…: 市 opens 市场 here, no city ends at pos)
    if _zone_ends_at(text, pos):
        return True  # 某某高新区某某菜市场: a named zone before the place
    k = pos - unit
    if unit == 2 and text[k - 1 : k] == "镇" and text[k:pos] == "街道":
        # 某某区某某镇街道: a town made a sub-district keeps both units
        return _is_place_end(text, k)
    full = rules().g.admin_full
    # (某某苏木宝力格嘎查: a township's Mongolian name runs to five characters; session 15)
    for n in (2, 3) if unit == 1 or text[k:pos] == "街道" else (2, 3, 4, 5):
        s = k - n
        if (
            s >= 0
            # 万州区甘宁镇: a division the gazetteer knows, though its name ends in 州
            and (
                _stem_ok(text, s, k)
                or text[s:pos] in full
                # 、万里镇某某村: a town named by a word, before its village (session 18)
                or (n == 2 and _word_town(text, s, k, rules()))
                # 槐荫区振兴街街道纬九路社区: a sub-district named by its street or road
                # (振兴街, 堤口路), whose stem the divisions' test leaves (f49's gold; session
                # 48, loc50)
                or (
                    n == 3
                    and text[k - 1] in "路街"
                    and text[k:pos] == "街道"
                    and all_cjk(text[s:k])
                    and text[s] not in _GENERIC_HEAD
                    and not any(c in _BAD_NAME_CHARS for c in text[s:k])
                )
            )
            and (
                s == 0
                or text[s - 1] in _PUNCT_BOUNDARY
                # (先后对某某镇某某市场: 对 opens the clause before the town; orgs20)
                or text[s - 1] in "和及与到在至赴对"
                # 前往某某街道某某社区: a verb of going before the division
                or text.endswith(_GOING_VERBS, 0, s)
                # 察看了某某区某某大道: a verb of looking and 了 (session 23, locs24)
                or (text[s - 1] == "了" and text.endswith(_VISIT_VERBS, 0, s - 1))
                or (text[k] in "街镇乡" and text.endswith(_LINK_VERBS, 0, s))
                or _is_place_end(text, s)
                # 考察了某县某某公园: a county the gazetteer knows with its unit, whatever
                # verb precedes it (session 13 audit)
                or (text[s:pos] in full and text[s - 1] == "了")
            )
        ):
            return True
        # 某某开发区新城街道惠民菜市场: right after its own division or zone a sub-division's
        # name may open with 新/小/山
        if (
            s >= 0
            and text[s] in _GENERIC_HEAD
            and _stem_ok(text, s, k, under_place=True)
            and (
                _is_place_end(text, s)
                # 来到新桥街道万丰社区: a sub-district whose name opens with 新, visited
                or (
                    unit == 2
                    and text[s] == "新"
                    and text[k:pos] == "街道"
                    and not text.startswith(_NEW_NOT_NAME, s)
                    and (
                        s == 0
                        or text[s - 1] in _PUNCT_BOUNDARY
                        or text[s - 1] in "和及与到在至赴"
                        or text.endswith(_GOING_VERBS, 0, s)
                    )
                )
            )
        ):
            return True
    return False


def _loc_at(text: str, k: int, r: _Rules) -> bool:
    """Does a short name of a place kind (某某社区, 某某路) start at k?"""
    for n in (2, 3, 4):
        name = text[k : k + n]
        # 文明乡风是乡村…: a name holds no function character
        if (
            r.loc_kind.match(text, k + n)
            and all_cjk(name)
            and not any(c in _BAD_NAME_CHARS for c in name)
        ):
            return True
    return False


def named_gpe_before(doc: Doc, s: int, kind: int, clause_chars: frozenset[str]) -> int | None:
    """Where a place this text names as a GPE elsewhere starts, when its name (2-4 characters)
    stands right before `s` and its kind is the `kind` characters from `s` (某某镇 before 党委,
    某某街道 before 工委): None when no such name, or when the would-be name holds one of
    `clause_chars` (会议由镇党委书记…: 由 shows a clause, not a name)."""
    text = doc.text
    named = {text[c.start : c.end] for c in doc.cands if c.label == "GPE"}
    for n in (4, 3, 2):
        if (
            s >= n
            and text[s - n : s + kind] in named
            and not any(c in clause_chars for c in text[s - n : s])
        ):
            return s - n
    return None


def extend_gpe_prefix(doc: Doc, s: int) -> int:
    """市委书记 -> 铜仁市委书记 when a place name stands right before the level; 中共 and 新疆生产建设
    written before the body belong to it (中共某某县委, 新疆生产建设兵团党委常委)."""
    a = _extend_place(doc, s)
    text = doc.text
    if a == s and s >= 5 and text[s - 1] in "镇乡":
        # 某某市沙坪镇副镇长, 某某县某某乡党委书记: a town nobody lists, written between the post and
        # the city or county the text or the gazetteer knows, belongs to the post with it (every
        # such title of the pooled dev gold of session 47 is whole; misc49)
        for n in (2, 3):
            k = s - 1 - n
            stem = text[k + 1 : s - 1]
            if (
                k >= 2
                and text[k] in "市县区旗"
                and all_cjk(stem)
                and _OUTER_STEM_STOP.isdisjoint(stem)
                and stem not in function_words()
                and stem not in common_words()
            ):
                b = _extend_place(doc, k)
                if b < k:
                    a = b
                    break
    if s - 5 <= a < s and a >= 3 and text[a - 1] in "市州盟":
        # 铜川市耀州区政协副主席: the city whose district it is, written before it, belongs to the
        # title as the district does (session 13 audit)
        b = _extend_place(doc, a - 1)
        if b < a - 1:
            a = b
    if s - 9 <= a < s and a >= 3 and text[a - 1] == "省":
        # 某某省某某市某某区委书记: the province before the city and its district belongs to
        # the title too, as it does before a county's or a city's own post (某某省某某县委书记,
        # read whole by _extend_place; titles27)
        b = _extend_place(doc, a - 1)
        if b < a - 1:
            a = b
    if text.startswith("兵团", a) and text.endswith("新疆生产建设", 0, a):
        a -= 6
    if text.endswith("中共", 0, a):
        a -= 2
    return a


def _road_before(text: str, s: int) -> int | None:
    """Where the name of the road ends that names the sub-district whose 街道 starts at s
    (某某路街道, 某某南路街道: before 路 or its direction), or None."""
    if s >= 3 and text[s - 1] == "路":
        return s - 2 if text[s - 2] in "东南西北中" else s - 1
    return None


def _road_subdistricts(text: str, division_ends: frozenset[int] = frozenset()) -> list[Cand]:
    """走进某某南路街道某某社区: a sub-district named by a road and its direction, a GPE as a whole
    (not the city whose name opens the road's, 北京南路). The name opens after a mark, a
    connective or a verb of going. (到某某寺街街道, 某某大街街道: a sub-district named by its
    street, the name of three characters too; session 27, places27) Right after the district
    or city already read that holds it (division_ends: where a GPE read ends in 区/市/县/旗), the
    name opens there whatever word names the road (岚江区解放路街道召开…, 某某区中华大街街道开展…:
    the headline of a campaign report; session 45, cw47)."""
    out: list[Cand] = []
    for m in (*_ROAD_STREET.finditer(text), *_STREET_SUBDISTRICT.finditer(text)):
        road = m.start()
        # (某某中心路街道, 八一路街道: a road's name without a direction; not 整治道路街道: a
        # word for roads in general; session 38, places38)
        if text[road] == "路":
            # (八一路: 一路 closes a date's numerals there, no word)
            if (
                text[road - 1 : road + 1] in _LOC_STOP
                and text[road - 2 : road - 1] not in _NUMERALS
            ):
                continue
            if text[road - 1 : road] in "东南西北中":
                road -= 1
        for n in (3, 2):
            st = road - n
            name = text[st:road]
            if (
                st < 0
                or not all_cjk(name)
                # (八一路, 五四路: a road named by a date keeps its numerals)
                or not (_NOT_IN_STEM.isdisjoint(name) or set(name) <= _NUMERALS)
            ):
                continue
            numbered = set(name) <= _NUMERALS
            # (某某区解放路街道: a division read right before it says the road names the
            # sub-district, though the road's name is a word of the dictionary)
            in_division = st in division_ends
            if (
                not numbered
                and not in_division
                and (name[:2] in function_words() or (n == 3 and name[:2] in common_words()))
            ):
                continue
            before = text[st - 1] if st else "\n"
            if (
                not _is_cjk(before)
                or before in _PUNCT_BOUNDARY
                or before in "由和及与到在至赴对"
                or text.endswith(_GOING_VERBS, 0, st)
                or in_division
            ):
                end = m.end() if m.group().endswith("街道") else m.end() + 2
                out.append(Cand(st, end, "GPE", 0.6, 2, "gpe.doc_place"))
                break
    return out


_ROAD_STREET = re.compile("路街道")
_NUMERALS = frozenset(_CN_NUM)
_STREET_SUBDISTRICT = re.compile("(?:大街|大道|街)(?=街道)")


# characters of the words that open a clause (由, 在, 对…) and that no town's own name holds
# (和, 向, 新 do: 和平镇, 向阳镇)
_CLAUSE_WORD_CHARS = frozenset("由在对把被请让使")


@functools.lru_cache(maxsize=4096)
def _ordinary_word(word: str) -> bool:
    """jieba's dictionary holds the word as no proper name, with some frequency (落实, 扎实)."""
    return bool(_ordinary_words(frozenset((word,))))


def _extend_place(doc: Doc, s: int) -> int:
    text, g = doc.text, doc.r.g
    if text[s : s + 1] == "州" and s and text[s - 1 : s + 1] in g.gpe_names:
        # 漳州开发区党委书记: 州 closes a known city's name, it is no level (orgs20)
        before = text[s - 2] if s >= 2 else "\n"
        if not _is_cjk(before) or before in _PUNCT_BOUNDARY or before in "和及与由对":
            return s - 1
    if text[s : s + 1] == "区" and text.endswith(("风景名胜", "风景", "旅游", "景"), 0, s):
        # 青屏山风景区纪检监察工委书记: 区 closes a scenic area's kind, it is no level; the
        # area's name belongs to the post or the body (orgs20)
        kind = next(w for w in ("风景名胜", "风景", "旅游", "景") if text.endswith(w, 0, s))
        k = s - len(kind)
        for n in range(6, 1, -1):
            st = k - n
            prev = text[st - 1] if st > 0 else "\n"
            if (
                st >= 0
                and (prev in _SCENIC_PREV or not _is_cjk(prev))
                and _scenic_name_ok(text[st:k])
            ):
                return st
    unit = (
        next(u for u in _TOWNSHIP_UNITS_MORE if text.startswith(u, s))
        if text.startswith(_TOWNSHIP_UNITS_MORE, s)
        else None
    )
    if unit is not None:
        # 某某苏木人居环境整治工作领导小组: the township before its body (session 15 audit)
        ends = {e for _, e in gpe_full_spans(text, doc.r)}
        for c in _townships(text, unit, ends):
            if c.end == s + len(unit) and c.start < s:
                return c.start
    community = text.startswith("社区", s) or (s >= 1 and text[s - 1 : s + 1] == "社区")
    if community and s >= 1:
        # 某某社区书记, 某某社区党委: a community's body and posts take the community's name
        # (a level 区 is the end of 社区 here, never a district)
        k = s if text[s] == "社" else s - 1
        for st in range(max(0, k - 4), k - 1):
            if text[st] in _LOC_LEAD or text[st] == "由":
                continue  # 由某某社区主任…主持: the preposition opens the clause, not the name
            prev = text[st - 1] if st else "\n"
            name = text[st:k]
            if (
                all_cjk(name)
                and (
                    prev in _PUNCT_BOUNDARY
                    or prev in "和及与到在至赴对兼由"
                    or _is_place_end(text, st)
                )
                and not any(c in "各全每该本我其" for c in name)
                and name[:2] not in function_words()
            ):
                return st
        return k
    if text.startswith("自治", s):
        # 广西壮族自治区党委书记, 湘西土家族苗族自治州州委: the full name, its people included
        unit = text[s : s + 3]
        for n in range(8, 1, -1):
            if s >= n and text[s - n : s] + unit in g.admin_full:
                return s - n
    if s >= 1 and text[s - 1 : s + 1] in _TWO_CHAR_COUNTIES:
        # 寿县融媒体中心: a county named by one character and its unit
        before = text[s - 2] if s >= 2 else "\n"
        # (对道县卫健局: 对 opens the clause; orgs17)
        if not _is_cjk(before) or before in _PUNCT_BOUNDARY or before in "和及与到在至赴对":
            return s - 1
    if text[s : s + 1] == "师" and s and text[s - 1] in _CN_NUM:
        # 七师党委书记, 第七师党委: the corps division's number belongs to the title or body
        k = s
        while k and text[k - 1] in _CN_NUM:
            k -= 1
        return k - 1 if k and text[k - 1] == "第" else k
    for n in (4, 3, 2):
        stem = text[s - n : s] if s >= n else ""
        if (
            stem
            and text[s] in "省市县区州旗"
            and (
                stem in g.gpe_names
                or stem in g.admin_stems
                or stem in doc.doc_stems
                # 永定区委: a name that is also a word (永定) is a place with its unit after it
                or stem + text[s] in g.admin_full
            )
        ):
            return s - n
    if text[s : s + 1] in "镇乡" and s >= 5 and text[s - 3] in "区县市旗":
        # 某某区南郊乡政府: a town nobody lists, right after the district the gazetteer knows
        # (a list of towns' bodies, each with its district; orgs17)
        stem = text[s - 2 : s]
        if (
            all_cjk(stem)
            and not any(c in "各全每该本我这那其的了和在对及与将要" for c in stem)
            and stem not in function_words()
        ):
            for n in (6, 5, 4, 3):
                a = s - 2 - n
                before = text[a - 1] if a >= 1 else "\n"
                if (
                    a >= 0
                    and text[a : s - 2] in g.admin_full
                    and (
                        not _is_cjk(before)
                        or before in _PUNCT_BOUNDARY
                        or before in "由和及与对除到至赴"
                    )
                ):
                    return a
    if text[s : s + 1] in "镇乡":
        # 目标是某某镇党委、政府…: a town this text named in a strong position (its headline),
        # before its own body, whatever the clause before it (session 13 audit)
        # (会议由镇党委书记某某主持: a clause word in the "town" read elsewhere shows it is
        # the clause, not a name; the title starts at 镇. audtitles14)
        town = named_gpe_before(doc, s, 1, _CLAUSE_WORD_CHARS)
        if town is not None:
            return town
    # 白银公安分局党委书记, 澧川高新区党工委: a place the text or the gazetteer knows, before a
    # title or body that opens with no 省市县区州 level
    if text[s : s + 1] not in "省市县区州":
        for n in (4, 3, 2):
            stem = text[s - n : s] if s >= n else ""
            if stem and (stem in g.gpe_names or stem in g.admin_stems or stem in doc.doc_stems):
                before = text[s - n - 1] if s > n else "\n"
                if not _is_cjk(before) or before in _PUNCT_BOUNDARY:
                    return s - n
    # 蓼川市纪委监委通报…: an unknown place name opening a line or a clause
    # (what opens the name is read before the name itself: most stems here follow neither a
    # mark nor a verb of going, and every test only reads, so their order changes no answer)
    street = text.startswith("街道", s)
    if s >= 2 and (text[s] in "省市县区州镇乡" or street):
        before = text[s - 3] if s >= 3 else "\n"
        opened = (
            # 、水边镇政府: a town's own body in a list of speakers; 由某某市创城指挥部主持
            # (对某某镇政府、…进行督导: 对 opens the clause before a town's body; orgs17)
            (
                before in _PUNCT_BOUNDARY
                or before in "由和及与"
                or (before == "对" and text[s] in "镇乡")
            )
            and (before != "、" or text[s] in "镇乡" or street)
        ) or (
            # 深入某某街道办事处: a sub-district's office after a verb of going
            street and text.endswith(_GOING_VERBS, 0, s - 2)
        )
        if (
            opened
            and text[s - 2 : s] not in function_words()  # 按照省委, 根据市委
            # 刚才县委办同志宣读了…: a word of the dictionary (a time word, a noun) names no
            # place
            and text[s - 2 : s] not in common_words()
            and _stem_ok(text, s - 2, s)
        ):
            return s - 2
    road = _road_before(text, s) if street else None
    if road is not None:
        # 根据青禾路街道党工委的要求: a sub-district named by its road, after a function word
        for n in (3, 2):
            st = road - n
            name = text[st:road]
            if (
                st < 0
                or not all_cjk(name)
                or not _NOT_IN_STEM.isdisjoint(name)
                or name[:2] in function_words()  # 加强道路街道…: a verb opens no road's name
                or (n == 3 and name[:2] in common_words())
            ):
                continue
            before = text[st - 1] if st else "\n"
            if (
                before in _PUNCT_BOUNDARY
                or before in "由和及与到在至赴对"
                or (st >= 2 and text[st - 2 : st] in function_words())
                or text.endswith(_GOING_VERBS, 0, st)
            ):
                return st
    return s


# a post opening with its own level and body once the place before it is cut off: 市委书记,
# 县委宣传部副部长 (unit + 委), 党委书记, 党工委副书记, 人民政府副县长 (after a place with its unit)
_POST_AFTER_UNIT = re.compile("[省市县区州旗盟镇]委")
_POST_AFTER_PLACE = re.compile("党委|党工委|人民政府|政府|人大|政协|纪委|管委会|管委")
# 某某市环保局副巡视员: a known place, then a title of the grammar opening with a level
_LEVEL_OPEN = frozenset("省市县区州旗")
_PLACE_UNIT_END = re.compile("(?:街道|[省市县区州旗盟镇乡])$")


def split_place_posts(doc: Doc) -> None:
    """gpe.before_post: a place written before the post it heads is its own GPE and the post
    the TITLE (某某市委书记 -> 某某 + 市委书记; 某某镇党委书记 -> 某某镇 + 党委书记), as the
    annotators of real reports tag it. Runs last: the title rules took the place into the title
    (extend_gpe_prefix) so that the name after it is found; the place is cut off here and the
    title's HOLDS_TITLE edges follow its new start. A community (LOC), the corps' divisions and
    regiments and 中共 before a body stay inside the title."""
    text, g = doc.text, doc.r.g
    # most titles open with their level (市委书记): nothing to cut off, nothing to look at
    if all(text[s] in "省市县区州旗镇乡" for s in doc.titles):
        return
    moved: dict[int, int] = {}
    gpe_text: set[str] = set()
    new: list[Cand] = []
    for c in doc.cands:
        if c.label != "TITLE" or c.end - c.start < 4 or text[c.start] in "省市县区州旗镇乡":
            continue
        s = c.start
        if not gpe_text:
            gpe_text = {text[x.start : x.end] for x in doc.cands if x.label == "GPE"} or {""}
        d = _CORPS_DIVISION.match(text, s)
        if d is not None and d.end() + 2 <= c.end:
            # 八师石河子市党委书记, 八师政委: the corps' division (and its city) before the post
            s2 = d.end()
            city = _place_before_post(text, s2, c.end, g, doc.doc_stems, gpe_text)
            new.append(Cand(s, s2, "GPE", 0.7, c.prio, "gpe.before_post"))
            if city is not None:
                new.append(Cand(s2, city, "GPE", 0.7, c.prio, "gpe.before_post"))
                s2 = city
            moved[s] = s2
            c.start = s2
            continue
        places = _stacked_places(text, s, c.end, g, doc.doc_stems, gpe_text)
        if places:
            # 某某县某某镇党委书记, 某某经济开发区党工委书记: each place its own GPE
            new.extend(Cand(a, b, "GPE", 0.7, c.prio, "gpe.before_post") for a, b in places)
            moved[s] = places[-1][1]
            c.start = places[-1][1]
            continue
        k = _place_before_post(text, s, c.end, g, doc.doc_stems, gpe_text)
        if k is None:
            k = _place_before_level_title(doc, s, c.end, gpe_text)
        if k is None:
            continue
        moved[s] = k
        new.append(Cand(s, k, "GPE", 0.7, c.prio, "gpe.before_post"))
        c.start = k
    if not moved:
        return
    doc.cands.extend(new)
    doc.move_title_starts(moved)


_CORPS_DIVISION = re.compile("第?[一二三四五六七八九十]{1,3}师(?![市部团生范资傅])")

# a town or sub-district before the body that heads it (某某镇党委, 某某街道党工委)
_TOWN_BEFORE_BODY = re.compile(
    rf"[{CJK}]{{2,4}}?(?:街道|镇|乡)(?=党委|党工委|人民政府|政府|人大|纪委|办事处)"
)
# a development zone by its own name before its party working committee or its administration
# (某某经济开发区党工委书记, 某某高新技术产业开发区管委会主任)
_ZONE_BEFORE_BODY = re.compile(
    rf"[{CJK}]{{2,6}}?(?:经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|经开区)"
    "(?=党工委|管委会|管委)"
)
_COUNTY_BEFORE_UNIT = re.compile(rf"[{CJK}]{{2,3}}?(?=[县区市旗]委)")
_ZONE_START = re.compile("经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|经开区")
_NOT_IN_ZONE_NAME = set("由在对向把被将从和与及请为让使经以的了是会各全本该我其")
_CLAUSE_OPEN = set("、，。：；\n（(“ \u3000")


def _stacked_places(
    text: str, s: int, e: int, g: Gazetteers, stems: set[str], gpe_text: set[str]
) -> list[tuple[int, int]]:
    """The places before the post of the title text[s:e] when the simple reading does not hold
    them (session 8 audit): a county or district followed by a town (藤县某某镇党委副书记 ->
    藤县 + 某某镇 + 党委副书记), or a development zone by its own name (某某经济开发区党工委书记
    -> 某某经济开发区 + 党工委书记; the name read back to the clause start when the title
    opened with the zone's kind). Empty when neither form is there."""
    if text.startswith(("中共", "师市", "兵团"), s):
        return []
    z = _ZONE_START.match(text, s)
    if z is not None:
        # the title rules left the zone's own name out (龙溪经济开发区党工委书记)
        a = s
        while a > 0 and s - a <= 4 and _is_cjk(text[a - 1]):
            a -= 1
        if (
            2 <= s - a <= 4
            and (a == 0 or text[a - 1] in _CLAUSE_OPEN)
            # 会议由经济开发区党工委书记…: a clause's words are no zone's name
            and not any(ch in _NOT_IN_ZONE_NAME for ch in text[a:s])
            and _ZONE_BEFORE_BODY.match(text, a) is not None
            and e - z.end() >= 3
        ):
            return [(a, z.end())]
        return []
    if text[s] in "第省市县区州旗镇乡":
        return []
    m = _ZONE_BEFORE_BODY.match(text, s)
    if m is not None and e - m.end() >= 3:
        return [(s, m.end())]
    m = _TOWN_BEFORE_BODY.match(text, s)
    if (
        m is not None
        and e - m.end() >= 3
        and (s == 0 or text[s - 1] in _CLAUSE_OPEN)
        and not any(ch in _NOT_IN_ZONE_NAME for ch in text[s : m.end()])
    ):
        # 某某西路街道党工委副书记 opening a clause: a sub-district (or a town) by a name no
        # list holds, known as a place by the body that heads it
        return [(s, m.end())]
    for n in (5, 4, 3, 2):
        k = s + n
        if k + 5 > e or text[k - 1] not in "县区市旗":
            continue
        place = text[s:k]
        if not (place in gpe_text or place in g.admin_full or place[:-1] in stems):
            continue
        t = _TOWN_BEFORE_BODY.match(text, k)
        if t is not None and e - t.end() >= 3:
            return [(s, k), (k, t.end())]
        # 晋中市某某区委书记: a prefecture, then a county's name before its level + 委
        t = _COUNTY_BEFORE_UNIT.match(text, k) if text[k - 1] in "市州盟" else None
        if t is not None and e - t.end() >= 4:
            return [(s, k), (k, t.end())]
    return []


def join_places_into_posts(doc: Doc) -> None:
    """A title read from inside a place name that this text reads as a place at another mention
    (某某新区党工委组织部部长 read from 新区, its tail taken for the post's level) starts with
    the place: the whole post, as 某某市委书记 is one (gpe.before_post splits it off again)."""
    text = doc.text
    starts: dict[str, set[int]] = {}
    posts: list[Cand] = []
    for x in doc.cands:
        if x.label == "GPE":
            if x.end - x.start >= 3:
                starts.setdefault(text[x.start : x.end], set()).add(x.start)
        elif x.label == "TITLE" and x.end - x.start >= 4:
            posts.append(x)
    if not starts or not posts:
        return
    # every position inside a mention of such a place, with the place's start and end, where
    # the place is read at another mention and a post of its own follows this one
    inner: dict[int, tuple[int, int]] = {}
    for name, at in starts.items():
        n = len(name)
        a = text.find(name)
        while a >= 0:
            k = a + n
            if (at - {a}) and (_POST_AFTER_PLACE.match(text, k) or _POST_AFTER_UNIT.match(text, k)):
                for i in range(a + 1, k):
                    inner.setdefault(i, (a, k))
            a = text.find(name, a + 1)
    if not inner:
        return
    moved: dict[int, int] = {}
    for c in posts:
        place = inner.get(c.start)
        if place is not None and place[1] + 3 <= c.end:
            moved[c.start] = place[0]
            c.start = place[0]
    if not moved:
        return
    doc.move_title_starts(moved)


# --- titles47 (session 45): the places written before a lower place's post

# a division's rank by its unit: a place is written before a lower one (省 before 市, 市 before
# 县, 县 before 镇); the municipalities (北京市) rank as provinces (OUTER_PLACE below)
_UNIT_RANK = {"省": 1, "市": 2, "州": 2, "盟": 2, "县": 3, "区": 3, "旗": 3, "镇": 4, "乡": 4}
# what opens a post right after a lower place whose name nobody lists (某某市市委书记, 某某县委书记,
# 某某镇党委书记, 某某市副市长, 某某县县长, 某某区人民政府区长)
_POST_AFTER_LOWER = re.compile(
    "[市县区州旗镇乡]?委|党委|党工委|(?:人民)?政府|人大|政协|纪委|(?:常务)?副|[市县区州旗镇乡]?长"
)
_OUTER_STEM_STOP = _NOT_IN_STEM | frozenset("的了在和与及对为将把被向从是")


def _place_rank(doc: Doc, a: int, b: int) -> int:
    """The rank of the division text[a:b] by its unit (0: none read); a city the gazetteer
    lists no prefecture (涟源市, 辉县市) ranks as a county."""
    text = doc.text
    if text.startswith("自治区", b - 3) or text[a:b].removesuffix("市") in PROVINCES:
        return 1
    if text.startswith("街道", b - 2):
        return 4
    if text[b - 1] == "市" and text[a : b - 1] not in doc.r.g.gpe_names:
        return 3
    return _UNIT_RANK.get(text[b - 1], 0)


def _lower_place_at(doc: Doc, k: int, e: int, full: dict[int, int]) -> int | None:
    """Where a division written at k (within a title ending at e) ends: the gazetteer's name
    with its unit (分宜县, 陵水黎族自治县), or a name of two or three characters and its unit
    that the gazetteer knows, or that a post of that place opens right after
    (岚江市市委书记, 岚江县委书记); None where none is written there."""
    text, g = doc.text, doc.r.g
    j = full.get(k)
    if j is not None:
        return j if e - j >= 2 else None
    for n in (2, 3):
        u = k + n
        unit = 2 if text.startswith("街道", u) else 1
        if u + unit + 2 > e or (unit == 1 and text[u] not in _UNIT_RANK) or text[u] == "省":
            continue
        stem = text[k:u]
        if not all_cjk(stem) or not _OUTER_STEM_STOP.isdisjoint(stem):
            continue
        if stem in function_words() or stem in common_words():
            continue
        # (a stem the text itself reads may be a zone's, 某某省自贸区及…: the post must follow)
        if stem in g.gpe_names or stem in g.admin_stems:
            return u + unit
        if _POST_AFTER_LOWER.match(text, u + unit) is not None:
            return u + unit
        # (湖南省某某市沙坪镇副镇长: a town nobody lists between the city and the post, read into
        # the title by extend_gpe_prefix; session 47, misc49)
        w = u + unit
        for m in (2, 3):
            t = text[w + m : w + m + 1]
            town = text[w : w + m]
            if (
                t in ("镇", "乡")
                and w + m + 3 <= e
                and all_cjk(town)
                and _OUTER_STEM_STOP.isdisjoint(town)
                and town not in function_words()
                and _POST_AFTER_LOWER.match(text, w + m + 1) is not None
            ):
                return w
    return None


def _outer_places(doc: Doc, s: int, e: int, full: dict[int, int]) -> list[tuple[int, int]]:
    """The places a title text[s:e] opens with before the place whose post it is (湖南省涟源市
    市委书记 -> [湖南省]; 江西省新余市分宜县关工委主任 -> [江西省, 新余市]; 江西县委书记, a
    province's bare name before a county's committee -> [江西]); empty where the title's first
    place is the post's own (湖南省委书记, 涟源市市委书记, 湖南省副省长)."""
    text = doc.text
    out: list[tuple[int, int]] = []
    a = s
    k = full.get(s)
    if k is None:
        # a province written bare, right before a lower level's committee (江西县委书记), where
        # the province and the level name no county of their own (河南县 is one)
        for n in (2, 3):
            k = s + n
            if (
                text[s:k] in PROVINCES
                and text[k : k + 1] in "市县区州旗"
                and text[k + 1 : k + 2] == "委"
                and text[s : k + 1] not in doc.r.g.admin_full
            ):
                return [(s, k)]
        return []
    rank = _place_rank(doc, a, k)
    # (a county before its town, 某某县某某镇党委书记, stays in the title: no gold of the real
    # pages shows that form; a province before a city's or a county's post is split by both
    # sets of annotators; a city before its county's, district's or town's post stays in the
    # title: 某某市某某区委常委 in both golds of f48, 某某市某某县某局局长 and 某某市某某镇镇长 in the
    # pooled dev gold, none split (session 47, misc49))
    while rank == 1:
        j = _lower_place_at(doc, k, e, full)
        if j is None:
            break
        inner = _place_rank(doc, k, j)
        if inner <= rank:
            break
        out.append((a, k))
        a, k, rank = k, j, inner
    return out


def cut_outer_places(doc: Doc) -> None:
    """gpe.outer_place: a place written before a lower place whose post the title is, its own
    GPE (湖南省涟源市市委书记 -> 湖南省 + 涟源市市委书记; 青海省海北州委书记 -> 青海省 + 海北州委书记;
    not a city before its district's, county's or town's post, 某某市某某区委书记, which stays
    whole as every such title of the pooled dev gold of session 47), as both sets of
    annotators of the real pages (f45, f46) tag it: GUIDELINES.md keeps in a TITLE only the organisational part that
    belongs to the post, and the province is no part of a city's committee. The title rules took
    every place into the title (extend_gpe_prefix, read so the name after it is found); the
    outer ones are cut off here and HOLDS_TITLE follows the title's new start. The place a post
    belongs to stays in it (湖南省委书记, 涟源市市委书记, 湖南省副省长); 中共 before the places
    keeps the title whole (中共某某省某某市委书记: 中共 belongs to the committee)."""
    text = doc.text
    full: dict[int, int] | None = None
    moved: dict[int, int] = {}
    new: list[Cand] = []
    cut: set[tuple[int, int]] = set()
    for c in doc.cands:
        # (a title opening with its level, most of them, has no place to cut: 市委书记)
        if (
            c.label != "TITLE"
            or c.end - c.start < 5
            or text[c.start] in "省市县区州旗镇乡"
            or text.startswith("中共", c.start)
        ):
            continue
        if full is None:
            full = dict(gpe_full_spans(text, doc.r))
        places = _outer_places(doc, c.start, c.end, full)
        if not places:
            continue
        new.extend(
            Cand(a, b, "GPE", 0.7, c.prio, "gpe.outer_place")
            for a, b in places
            if (a, b) not in cut
        )
        cut.update(places)
        moved[c.start] = places[-1][1]
        c.start = places[-1][1]
    if not moved:
        return
    doc.cands.extend(new)
    doc.move_title_starts(moved)


def join_repeated_unit_posts(doc: Doc) -> None:
    """磁县县长, 某某镇副镇长: the title grammar reads the post from the second unit (the first
    ends the place's name, find_title_chains); where the place before it is a GPE, the post is
    the whole of it, as 某某市委书记 and 某某镇党委书记 are (the default convention: the place
    stays inside the TITLE). Not run under gpe.before_post, which keeps the place apart."""
    text = doc.text
    ends: dict[int, Cand] = {}
    for x in doc.cands:
        if x.label == "GPE" and x.end - x.start >= 2:
            ends.setdefault(x.end, x)
    if not ends:
        return
    moved: dict[int, int] = {}
    gone: set[int] = set()
    for c in doc.cands:
        if c.label != "TITLE" or c.start < 2:
            continue
        unit = text[c.start - 1]
        if unit not in "省市县区州旗镇乡":
            continue
        body = text[c.start :].removeprefix("常务").removeprefix("副")
        if body[:1] != unit:
            continue
        place = ends.get(c.start)
        if place is None or id(place) in gone:
            continue
        gone.add(id(place))
        moved[c.start] = place.start
        c.start = place.start
    if not moved:
        return
    doc.cands = [x for x in doc.cands if id(x) not in gone]
    doc.move_title_starts(moved)


def _place_before_level_title(doc: Doc, s: int, e: int, gpe_text: set[str]) -> int | None:
    """某某市环保局副巡视员 -> 某某 + 市环保局副巡视员: a known stem before a title that the
    grammar reads from its level to the end (session 7 audit)."""
    text, g = doc.text, doc.r.g
    if text.startswith(("中共", "师市", "兵团"), s) or text[s] in "第省市县区州旗镇乡":
        return None
    for n in (4, 3, 2):
        k = s + n
        if k + 3 > e or text[k] not in _LEVEL_OPEN:
            continue
        stem = text[s:k]
        if not (
            stem in g.gpe_names
            or stem in g.admin_stems
            or stem in doc.doc_stems
            or stem in gpe_text
            or text[s : k + 1] in gpe_text
        ):
            continue
        m = doc.r.title.match(text, k)
        if m is not None and m.end() == e:
            return k
    return None


def _place_before_post(
    text: str, s: int, e: int, g: Gazetteers, stems: set[str], gpe_text: set[str]
) -> int | None:
    """Where the post starts after a place that opens the title text[s:e], or None."""
    if text.startswith(("中共", "师市", "兵团"), s) or text[s] in "第省市县区州旗镇乡":
        return None
    # 某某市委书记, 某某县委宣传部副部长: a known stem and its unit + 委
    for n in (4, 3, 2):
        k = s + n
        if k + 2 > e or not _POST_AFTER_UNIT.match(text, k):
            continue
        stem = text[s:k]
        if (
            stem in g.gpe_names
            or stem in g.admin_stems
            or stem in stems
            or stem in gpe_text
            or text[s : k + 1] in g.admin_full
            or text[s : k + 1] in gpe_text
        ):
            return k
    # 某某镇党委书记, 某某街道党工委副书记: a place with its unit and a body of its own; an
    # autonomous region's full name too (广西壮族自治区党委书记, 内蒙古自治区人民政府副主席)
    for n in (9, 8, 7, 6, 5, 4, 3):
        k = s + n
        if k + 3 > e or not _POST_AFTER_PLACE.match(text, k):
            continue
        place = text[s:k]
        if n > 5 and place not in g.admin_full:
            continue
        if _PLACE_UNIT_END.search(place) and (
            place in gpe_text or place in g.admin_full or place[:-1] in stems
        ):
            if "社区" in place or "社区" in text[k - 2 : k]:
                return None
            return k
    return None


def find_doc_places(doc: Doc) -> None:
    """gpe.doc_place / gpe.bare_stem; remembers the bare names for the other rules."""
    place_cands, doc.doc_stems = _doc_places(doc.text, doc.r)
    doc.cands.extend(place_cands)


# rivers, lakes, reservoirs and scenic areas that inspections visit: a name of two or three
# characters and the kind, where the name starts after punctuation, a connective or 沿, or after
# a verb of going (来到沙溪河, 沿凤栖河, 察看青屏山景区); 河道, 河长, 湖泊 are words, not kinds
# (某某河流域: 流 opens 流域 here, not the word 河流)
# (某某河水位: 水 opens the river's level there, not 河水; session 33, places33)
_WATER_KIND = re.compile("水库|景区|[河江湖](?![道长泊面堤区]|水(?!位)|流(?!域))")
_WATER_PREV = set("、，。：；\n（(和及与在到至沿对")
_FLOOD_NEXT = re.compile("(?:第?[0-9一二三四五六七八九十]{1,3}号)?洪峰|水位")
# (调研某某水库建设, 督查某某河整治: a verb of inspecting opens the name as one of going;
# session 38, places38)
_WATER_VERBS = ("来到", "走进", "深入", "前往", "察看", "查看", "途经", *_INSPECT_VERBS)


# what may follow a river's or a lake's name (滨河夜市, 河西区 are other names)
_WATER_NEXT = (
    "沿岸",
    "两岸",
    "北岸",
    "南岸",
    "东岸",
    "西岸",
    "岸边",
    "沿线",
    # (北港河支流, 某某江上游: a part of the river; session 23, locs24)
    "支流",
    "干流",
    "上游",
    "中游",
    "下游",
    "水域",
    "流域",
    "畔",
    "治理",
    "整治",
    "综合",
    "生态",
    "湿地",
    "滨水",
    "景区",
    "公园",
    # (察看了某某河漂流项目: the rafting on the river; dev45's golds, both)
    "漂流",
    # (某河截污纳管, 某河复兴工程, 某某河绿色慢行系统, 某河改造: the works on a river; the pooled
    # dev gold, session 48, loc50)
    "截污",
    "复兴",
    "绿色",
    "改造",
    "清淤",
)
# a river named by one character (皂河, 沙河: the pooled dev gold; session 48, loc50), read where
# the works or a part of the river follow it (_WATER_NEXT) after a mark, a connective or a verb of
# going: not the rivers in general or a kind of river (小河, 内河, 运河, 界河, 护城河), nor a word
# (a word of jieba frequency >= 500: 江河, 大河)
_ONE_CHAR_RIVER_NOT = frozenset("小大内外运界护母支干江黄长山过跨沿入出渡临拦挖治河城清新老一")
_ONE_CHAR_RIVER_FREQ = 500


def _water_name_ok(name: str, kind: str) -> bool:
    """The name before a water's or a scenic area's kind is a name (not 文明景区, 全县河, 在某)."""
    return not (
        (kind == "景区" and name[:2] in _HONOUR_STEMS)  # 文明景区: an honour (orgs20)
        or name[0] in _GENERIC_HEAD
        or any(c in "省市县区镇乡村城" for c in name)
        or name[:2] in function_words()
        or name in function_words()
        or name in common_words()
        or name[:2] in _GENERIC_STEMS
        # (病险水库, 中小水库, 汛期水库, 黑臭河: a kind or a state of the waters in general, no
        # name; dev43's golds, both: 病险水库; rule_words.json facility_stop; locs42)
        or name in _FACILITY_STOP
        # (紧盯水库、水闸, 加固水库: a verb whose object is the waters in general, no name;
        # rule_words.json loc_object_verbs; dev gold; session 45, locs47)
        or name[:2] in _LOC_OBJECT_VERBS
        # (深入到沙河生态修复项目: the preposition after a verb of going, no part of the name)
        or name[0] in "到在至于赴"
        # (大江大河水位: the idiom for the great rivers, a word repeated around a water's kind)
        or (len(name) == 3 and name[0] == name[2])
        or any(c in _BAD_NAME_CHARS or c in "各全每该本我其要把将" for c in name)
        # (珍惜河湖, 河湖水库, 江河湖泊: the waters in general, 河湖 a word; session 38, audit38)
        or name.endswith(("河湖", "江河"))
        or (kind == "湖" and name.endswith("河"))
    )


_BYLINE_NEXT = ("、记者", "、通讯员", "、实习生", " 记者", "　记者")


def _waters(text: str) -> list[Cand]:
    """Found from the kind (a regex of literals), then the name looked up before it: the
    longest name of two or three characters that starts after punctuation, a connective, 沿 or
    a verb of going."""
    out = []
    last = 0
    for m in _WATER_KIND.finditer(text):
        k, e = m.start(), m.end()
        # 某江2号洪峰, 某某河水位: a river's crest or level in a flood report; a name of one
        # character is read there too (session 33, places33)
        flood = m.group() in ("江", "河") and _FLOOD_NEXT.match(text, e) is not None
        if len(m.group()) == 1 and e < len(text) and _is_cjk(text[e]) and not flood:
            # 某某路某某河段: the stretch of a river where a road crosses it (session 16 audloc17)
            by_road = (
                text.startswith("段", e) and k >= 3 and text[k - 3] in "路街" and m.group() == "河"
            )
            if not text.startswith(_WATER_NEXT, e) and not by_road:
                continue  # (河段, 河道: words of their own)
        else:
            by_road = False
        start = k - 2 if by_road else -1
        # (、皂河截污纳管, 深入到沙河生态修复: a river of one character's name before its works)
        one = (
            m.group() == "河"
            and not flood
            and k >= 2
            and text[k - 1] not in _ONE_CHAR_RIVER_NOT
            and text.startswith(_WATER_NEXT, e)
            and (jieba_tokenizer().FREQ.get(text[k - 1 : e]) or 0) < _ONE_CHAR_RIVER_FREQ
        )
        for n in () if by_road else (3, 2, 1) if flood or one else (3, 2):
            if n == 1 and text[k - 1 : k] in "江河湖水海":
                continue  # (江河洪峰: rivers in general)
            st = k - n
            if st < last or not all_cjk(text[st:k]):
                continue
            if one and text[st] in "到在至于赴":
                continue  # (深入到沙河: the preposition after the verb opens no name)
            # (文山城区盘龙河流域: after the town itself the name starts too)
            # 东起某某河，西至…: the route word opens the clause, a name of one character
            # follows it (session 27, locs27)
            if n == 3 and text.startswith(_ROUTE_ENDS, st):
                start = st + 2
                break
            # 。在某某河畔: a name of three read from the mark holds the preposition; the name
            # of two after it is tried (session 27, locs27b)
            if n == 3 and not _water_name_ok(text[st:k], m.group()):
                continue
            if (
                (st and text[st - 1] in _WATER_PREV)
                or text.endswith(_WATER_VERBS, 0, st)
                # (察看了某某河漂流: the verb of looking with 了; dev45's golds, both)
                or (text[st - 1 : st] == "了" and text.endswith(_WATER_VERBS, 0, st - 1))
                or text.endswith(("城区", "县城", "市区"), 0, st)
                # 柳塘区青枫河: right after a division the text names (session 23, locs24)
                or (text[st - 1 : st] in "区县市镇乡道" and _is_place_end(text, st))
                # (某某镇某某水库: right after a town's unit, a town the text names nowhere
                # else; wide45, slogans43)
                or (n == 2 and m.group() == "水库" and _town_unit_before(text, st))
                # (流入周边的郭家洞水库: a reservoir's name of three characters that is no word
                # after 的; dev gold; session 45, locs47)
                or (
                    n == 3
                    and m.group() == "水库"
                    and text[st - 1 : st] == "的"
                    and text[st:k] not in common_words()
                    and text[st : st + 2] not in common_words()
                    and text[st + 1 : k] not in common_words()
                )
                # (推进某某水库、某某水库特许经营, 整治某某河: a verb of works or a connective of
                # the clause (rule_words.json loc_clause_leads, two characters or more) before
                # the name; wide46 pages; session 44, locs46)
                or (
                    text.endswith(_CLAUSE_LEADS, 0, st)
                    and len(next(w for w in _CLAUSE_LEADS if text.endswith(w, 0, st))) >= 2
                )
            ):
                start = st
                break
        if start < 0 or not _water_name_ok(text[start:k], m.group()):
            continue
        # 某某网消息（王某河、记者某某）: a name in a byline's brackets before the reporter's is a
        # writer's, no river (session 30, locs30)
        if text[start - 1 : start] in "（(" and text.startswith(_BYLINE_NEXT, e):
            continue
        out.append(Cand(start, e, "LOC", 0.5, 2, "loc.kind"))
        last = e
    # 来到某镇某某水库…，详细了解某某水库防汛: a reservoir named once is named at its every
    # mention, whatever stands before it there (wide45: two pages; slogans43)
    found = {(c.start, c.end) for c in out}
    for name in {text[c.start : c.end] for c in out if text.endswith("水库", 0, c.end)}:
        if len(name) >= 4:
            out.extend(
                Cand(a, a + len(name), "LOC", 0.5, 2, "loc.repeat")
                for a in _occurrences(text, name)
                if (a, a + len(name)) not in found
            )
    return out


# the great rivers and lakes named bare (resources/gazetteers/named_waters.txt)
_NAMED_WATER_NAMES = frozenset(_lines("named_waters.txt"))
_NAMED_WATER = re.compile(alternation(_NAMED_WATER_NAMES))
# what may follow such a name: a part or a stretch of the river, its protection, its ban on
# fishing, a connective or a list's close (长江上游, 黄河流域, 长江干堤, 汉江城区段, 长江大保护,
# 长江十年禁渔, 长江和黄河); anything else opens a longer name (黄河路, 珠江新城, 长江商学院)
_NAMED_WATER_NEXT = (
    *("上游", "中游", "下游", "干流", "支流", "流域", "沿岸", "两岸", "岸边", "沿线", "水域"),
    *("干堤", "大堤", "堤防", "城区段", "段", "大保护", "保护", "生态", "水质", "水系", "禁渔"),
    *("十年禁渔", "和", "与", "及", "等"),
    # (黄河一级支流某某河: the river whose tributary follows; dev43's golds, both)
    *("一级支流", "二级支流"),
    # (调度某水、某水防汛, 长江汛情, 黄河洪峰: a flood report's river; dev42's golds, both)
    *("防汛", "汛情", "洪峰", "水位"),
    # (某河河长制, 某河“四乱”清理, 某河河道: the river's chief, its disorders and its channel
    # in a river-chief report; wide46 pages; session 44, locs46)
    *("河长", "湖长", "“四乱”", "四乱", "河道", "治理", "管理保护"),
)
# (东辽河, 西江, 北洛河: a direction opens a river of its own)
_NAMED_WATER_PREV = frozenset("东西南北大小老新")


def _named_waters(text: str, cands: list[Cand]) -> list[Cand]:
    """loc.kind: 推进长江十年禁渔, 我县是长江上游的生态屏障, 淮河流域, 察看汉江城区段防汛: a great
    river or lake named bare is a place (f39's and dev40's golds, both; wide pages), read where a
    boundary or a part of the river follows, never inside a name another rule read (杜长江, a
    person; 《某某长江经济带规划》; session 39, places39)."""
    out = _bare_named(text, cands, _NAMED_WATER, _NAMED_WATER_NEXT)
    if out:
        out.extend(_named_waters_again(text, cands, out))
    return out


# what, right after a great water's bare name, makes it part of a longer name (黄河路, 长江大桥,
# 珠江新城, 长江日报, 黄河水利委员会, 黄河大峡谷: rule_words.json named_water_name_next)
_NAMED_WATER_NAME_NEXT = tuple(rule_words()["named_water_name_next"])


def _named_waters_again(text: str, cands: list[Cand], read: list[Cand]) -> list[Cand]:
    """loc.repeat: a great water _bare_named read once in the text (黄河沿线, 长江流域) is the river
    at its every further bare mention, whatever word follows (确保黄河安澜, 深入挖掘黄河文化, 以
    黄河为纽带: dev gold, one river-protection page, eight such mentions), never where what follows
    opens a longer name (rule_words.json named_water_name_next), where a direction or a size
    before it does (东, 大, 新 …), or the character before it makes a word with its head, and
    never inside what another rule read (杜长江, 长江日报); session 45, locs47."""
    out: list[Cand] = []
    seen = {(c.start, c.end) for c in read}
    for name in {text[c.start : c.end] for c in read}:
        for a in _occurrences(text, name):
            e = a + len(name)
            if (a, e) in seen or text.startswith(_NAMED_WATER_NAME_NEXT, e):
                continue
            prev = text[a - 1 : a]
            if (
                prev
                and _is_cjk(prev)
                and (
                    prev in _NAMED_WATER_PREV
                    or prev in "省市县区镇乡村街路"
                    or jieba_tokenizer().FREQ.get(text[a - 1 : a + 1])
                )
            ):
                continue
            if any(c.start < e and a < c.end for c in cands):
                continue
            out.append(Cand(a, e, "LOC", 0.45, 2, "loc.repeat"))
    return out


def _bare_named(
    text: str, cands: list[Cand], pattern: re.Pattern[str], next_words: tuple[str, ...]
) -> list[Cand]:
    """A great water's or mountain's bare name as a LOC, where a boundary or one of next_words
    follows and no direction or size before it (东, 大, 新 …) makes it part of another name,
    never inside a name another rule read."""
    out: list[Cand] = []
    for m in pattern.finditer(text):
        a, e = m.span()
        nxt = text[e : e + 1]
        if (nxt and _is_cjk(nxt) and not text.startswith(next_words, e)) or text[
            a - 1 : a
        ] in _NAMED_WATER_PREV:
            continue
        if any(c.start < e and a < c.end for c in cands):
            continue
        out.append(Cand(a, e, "LOC", 0.5, 2, "loc.kind"))
    return out


# 黄河流域, 某某河流域: a river's basin is a place of its own, named by the river, one LOC with
# 流域 (the river inside it none: f48's golds, both; the pooled dev gold, three of three;
# session 47, loc49); the river's own rule reads the river, this one its basin right after it
_BASIN_RIVER_ENDS = frozenset("江河湖水")


def _basins(text: str, cands: list[Cand]) -> list[Cand]:
    """loc.kind / loc.repeat: the basin of a river read (a great water or a 某某河), one LOC from
    the river's start to 流域, under the rule that read the river."""
    out = []
    for c in cands:
        if not (
            c.label == "LOC"
            and text.startswith("流域", c.end)
            and (
                text[c.end - 1] in _BASIN_RIVER_ENDS or text[c.start : c.end] in _NAMED_WATER_NAMES
            )
        ):
            continue
        a = c.start
        if text[a + 1 : c.end] in _NAMED_WATER_NAMES and text[a] not in _NAMED_WATER_PREV:
            a += 1  # (打造成黄河流域…: a verb's tail the waters' grammar read, no river's)
        out.append(Cand(a, c.end + 2, "LOC", c.conf, c.prio + 1, c.rule))
    return out


# 东丽湖街道办事处主任… / 某某区东丽湖街召开…, 主持召开东丽湖街…会: a sub-district the text
# names in full (某某街道, read a GPE) written short elsewhere, 某某街, is the sub-district too, no
# street (the pooled dev gold: five on one page, read as a street LOC; session 47, loc49); not
# its office (某某街办, an ORG's) and not the full name again (某某街道)
_SHORT_SUB_DISTRICT_NOT_NEXT = frozenset("道办")


def _short_sub_districts(text: str, cands: list[Cand]) -> list[Cand]:
    """gpe.doc_place: every 某某街 of a 某某街道 read as a GPE (stem of two or three)."""
    shorts = {
        text[c.start : c.end - 1]
        for c in cands
        if c.label == "GPE" and c.end - c.start in (4, 5) and text.endswith("街道", c.start, c.end)
    }
    out = []
    for name in shorts:
        for a in _occurrences(text, name):
            e = a + len(name)
            if text[e : e + 1] in _SHORT_SUB_DISTRICT_NOT_NEXT or e == len(text):
                continue
            out.append(Cand(a, e, "GPE", 0.55, 3, "gpe.doc_place"))
    return out


# 南开区某某街某某社区, 来到某某街某某社区, 在某某街某某村: a sub-district written by its short
# form 某某街 (for 某某街道), right before a community or a village named after it, is the
# sub-district that community lies in, no street (the pooled dev gold: 华苑街 before its
# community, GPE; wide45-49: five more, all read as a street LOC; session 48, gpe50). What
# opens the 某某街 is _street_sub_district_start's test, the one the community's LOC after it
# is read by (one definition; session 49, gpe51); here only the 街 and what follows it.
_STREET_BEFORE_COMMUNITY = re.compile(
    rf"街(?![道乡镇村办])(?=[{CJK}]{{2,4}}?(?:社区|村)(?![委民级规务庄镇]))"
)


def _sub_district_streets(text: str) -> list[Cand]:
    """gpe.doc_place: 某某街 right before a community or a village of its own (above)."""
    out = []
    for m in _STREET_BEFORE_COMMUNITY.finditer(text):
        j = m.end()
        a = _street_sub_district_start(text, j)
        if a < 0:
            continue
        k = text.find("社区", j, j + 7)
        if k < 0:
            k = text.find("村", j, j + 5)
        # (the community's or the village's own name holds no clause word nor another street)
        if (
            k < 0
            or not all_cjk(text[j:k])
            or any(ch in _SITE_NAME_STOP or ch == "街" for ch in text[j:k])
        ):
            continue
        if _sub_district_street(text, a, j, k):
            out.append(Cand(a, j, "GPE", 0.55, 3, "gpe.doc_place"))
    return out


# what may stand right before a 某某街 read as an item (甲街、乙街; 到甲街调研): a mark, a
# connective or a preposition of going
_STREET_ITEM_OPEN = frozenset("和及与到在")
# a sub-district's own office or committee after its short form (某某街办事处, 某某街党工委)
_STREET_OWN_OFFICE = ("办事处", "党工委", "纪工委")
# what may follow the last 某某街 of a list: the visit's work or what was seen there
_STREET_LIST_END = ("商业街区", "等", "开展", "调研", "检查", "督导", "召开", "的")


def _listed_sub_district_streets(text: str, cands: list[Cand]) -> list[Cand]:
    """gpe.doc_place: 某某街 written for a sub-district (某某街道), as Tianjin's and Guangzhou's
    are: an item of a list of 某某街 only, three at least (连某某先后来到甲街、乙街、丙街、丁街商业
    街区: both golds of f50, four GPEs), an item beside a town or a sub-district read (化龙镇、石碁镇、
    大龙街开展…), or a 某某街 whose own office or committee the text names (某某街办事处 … 到某某街
    开展调研). Not a street's kind (步行街, 商业街: _sub_district_street), not a list holding a
    road (某某路、某某街: streets walked; session 49, gpe51)."""
    out: list[Cand] = []
    towns = {
        (c.start, c.end)
        for c in cands
        if c.label == "GPE" and text.endswith(("镇", "乡", "街道"), c.start, c.end)
    }
    town_ends = {e for _, e in towns}
    town_starts = {a for a, _ in towns}
    own: set[str] = set()
    for office in _STREET_OWN_OFFICE:
        for k in _occurrences(text, "街" + office):
            for n in (3, 2):
                a = k - n
                if (
                    a >= 1
                    and _sub_district_street(text, a, k + 1, k + 3)
                    and (not _is_cjk(text[a - 1]) or text[a - 1] in "在到和及与对")
                ):
                    own.add(text[a : k + 1])
                    break
    run: list[tuple[int, int]] = []

    def flush() -> None:
        # (解放路、甲街、乙街、丙街: a list opened by another kind of place holds streets)
        if len(run) >= 3 and text[run[0][0] - 1 : run[0][0]] != "、":
            out.extend(Cand(a, e, "GPE", 0.55, 3, "gpe.doc_place") for a, e in run)
        run.clear()

    for k in _occurrences(text, "街"):
        e = k + 1
        # (the longer name first; a 某某街 opens after a mark, a connective or 到 / 在)
        a = next(
            (
                k - n
                for n in (3, 2)
                if k - n >= 1
                and (not _is_cjk(text[k - n - 1]) or text[k - n - 1] in _STREET_ITEM_OPEN)
                and _sub_district_street(text, k - n, e, e + 2)
            ),
            -1,
        )
        if a < 0:
            continue
        name = text[a:e]
        nxt = text[e : e + 1]
        # (the name ends at the 街: not 某某街镇, a town named after its market street)
        ends = nxt == "、" or not _is_cjk(nxt) or text.startswith(_STREET_LIST_END, e)
        beside_town = (text[a - 1 : a] == "、" and a - 1 in town_ends) or (
            nxt == "、" and e + 1 in town_starts
        )
        if ends and (beside_town or name in own):
            out.append(Cand(a, e, "GPE", 0.55, 3, "gpe.doc_place"))
        # (甲街、乙街、丙街: a run of 某某街 items joined by 、 only)
        if run and (text[run[-1][1] : a] != "、"):
            flush()
        if ends:
            run.append((a, e))
        else:
            flush()
    flush()
    return out


# The great mountains and highland regions reports name bare (resources/gazetteers/
# named_mountains.txt): 要突出某湖、祁连山等地域生态文化 (dev45's golds, both), read as the great
# waters are, where a boundary, a connective or a part of the mountain follows
_NAMED_MOUNTAIN = re.compile(alternation(_lines("named_mountains.txt")))
_NAMED_MOUNTAIN_NEXT = (
    *("脚下", "山脚", "山下", "南麓", "北麓", "东麓", "西麓", "一带", "沿线", "腹地", "深处"),
    *("和", "与", "及", "等", "生态", "地区"),
    # (腾格里沙漠东缘, 巴丹吉林沙漠西缘, 沙漠边缘: the edges of a desert; audit46)
    *("边缘", "东缘", "西缘", "南缘", "北缘", "交汇处"),
)


def _named_mountains(text: str, cands: list[Cand]) -> list[Cand]:
    """loc.kind: a great mountain named bare (above), never inside a name another rule read."""
    return _bare_named(text, cands, _NAMED_MOUNTAIN, _NAMED_MOUNTAIN_NEXT)


# Natural features named by a kind (resources/gazetteers/natural_kinds.txt; session 48, loc50):
# 前往某某冰川, 某某山口, 、某某长峡、, 祁连山南麓, 藏北高原, 闽东渔场, 某某大峡谷码头 (the pooled dev
# gold: sixteen such places missed, read as the mountain or the region alone or not at all).
def _sections(name: str, first: str, *heads: str) -> dict[str, list[str]]:
    """A word file in sections: the words before the first head under `first`, then each
    head's (a line of its own: `next:`) under it."""
    parts: dict[str, list[str]] = {first: [], **{h: [] for h in heads}}
    key = first
    for w in _lines(name):
        if w in parts:
            key = w
        else:
            parts[key].append(w)
    return parts


def _natural_words() -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    parts = _sections("natural_kinds.txt", "kinds", "after_place:", "site:")
    longest = functools.partial(sorted, key=len, reverse=True)
    return (
        tuple(longest(parts["kinds"])),
        frozenset(parts["after_place:"]),
        tuple(longest(parts["site:"])),
    )


_NATURAL_KINDS, _NATURAL_AFTER_PLACE, _NATURAL_SITES = _natural_words()
_NATURAL_KIND = re.compile(alternation(_NATURAL_KINDS))
# (湿地公园, 草原站, 高原反应, 峡谷漂流 read elsewhere or no place: what after the kind makes it
# part of a longer word)
_NATURAL_NOT_NEXT = ("公园", "站", "局", "所", "处", "反应", "特色", "地区", "保护区", "管理")
# a unit that ends a division's name: a division with its unit names no feature (某某县湿地)
_NATURAL_UNIT_END = frozenset("省市县区镇乡州旗盟村")
_NATURAL_OPEN = _WATER_PREV | frozenset("于从")
# (a word this frequent before the kind is a common noun, no name: 森林 5024, 人工 2816; 黄土 1161
# of 黄土高原 stays a name)
_NATURAL_WORD_FREQ = 2000
_FIRM_AHEAD = re.compile(f"[{CJK}]{{0,8}}?(?:公司|集团|合作社|厂)")


def _natural_name_ok(name: str) -> bool:
    """The name before a natural feature's kind is a name (not 加强湿地, 全省草原, 保护冰川)."""
    # (八一冰川, 十里长峡: a numeral word opens a feature's name; 那 opens a transcribed one,
    # 那根拉山口)
    numeral = name[0] in "一二三四五六七八九十百千万" and not any(
        c in "些个种片块处批" for c in name
    )
    return not (
        name[0] in "全各我本该其每这此辖"
        or (name[0] == "那" and name[1] in "片个些种块处座条")
        or ((name in function_words() or name[:2] in function_words()) and not numeral)
        or name[:2] in _LOC_OBJECT_VERBS
        or name in _FACILITY_STOP
        or name[:2] in _FACILITY_STOP
        or any(c in _BAD_NAME_CHARS or c in "各全每该本我其省市县区镇乡" for c in name)
        # (实地察看冰川: a verb of going or looking ends what stands before the kind)
        or name.endswith(_WATER_VERBS)
        or name.endswith(_GOING_VERBS)
        # (森林草原, 人工湿地, 某某人工湿地: a common noun before the kind says which kind; a
        # great river's name stays one: 黄河大峡谷)
        or (
            name not in _NAMED_WATER_NAMES
            and (jieba_tokenizer().FREQ.get(name[-2:]) or 0) >= _NATURAL_WORD_FREQ
        )
    )


def _natural_features(text: str, cands: list[Cand], g: Gazetteers) -> list[Cand]:
    """loc.kind: the natural features of a text (above)."""
    out: list[Cand] = []
    ends: dict[int, Cand] = {}
    for c in cands:
        if c.label == "LOC" or (c.label == "GPE" and text[c.end - 1] not in _NATURAL_UNIT_END):
            if c.end not in ends or ends[c.end].start > c.start:
                ends[c.end] = c
    # (康定某某高原食品公司: a kind inside a body's name is no feature)
    bodies = [(c.start, c.end) for c in cands if c.label == "ORG"]
    last = 0
    for m in _NATURAL_KIND.finditer(text):
        k, e = m.span()
        kind = m.group()
        if k < last or text.startswith(_NATURAL_NOT_NEXT, e):
            continue
        if any(s < e and k < t for s, t in bodies):
            continue
        # (康定某某高原食品公司: a kind inside a firm's name the companies' step reads later)
        if _FIRM_AHEAD.match(text, e) is not None:
            continue
        a = -1
        read = ends.get(k)
        if read is not None and (read.label == "LOC" or kind in _NATURAL_AFTER_PLACE):
            a = read.start  # (祁连山南麓, 藏北高原; 某某湿地 after a bare city's name)
            if read.label == "LOC":
                # (…守护好祁连山的…: the mountain's further mentions stay the place they were,
                # read again from the mention the feature took in)
                name = text[read.start : read.end]
                out.extend(
                    Cand(b, b + len(name), "LOC", 0.5, 2, "loc.repeat")
                    for b in _occurrences(text, name)
                    if b != read.start and _NATURAL_KIND.match(text, b + len(name)) is None
                )
        else:
            for n in (2, 3, 4):
                st = k - n
                if st < 0 or not all_cjk(text[st:k]):
                    break
                if not st or text[st - 1] in _NATURAL_OPEN or text.endswith(_WATER_VERBS, 0, st):
                    # (对云南某某高原粳稻…: a name opening with a province's or a city's is
                    # read from the place, above, or is the opening of a longer name)
                    if (
                        _natural_name_ok(text[st:k])
                        and text[st:e] not in g.admin_full
                        and text[st : st + 2] not in g.gpe_names
                        and text[st : st + 3] not in g.gpe_names
                    ):
                        a = st
                    break
        if a < 0:
            continue
        site = next((w for w in _NATURAL_SITES if text.startswith(w, e)), "")
        out.append(Cand(a, e + len(site), "LOC", 0.55, 3, "loc.kind"))
        last = e
    return out


# 抓好中缅边境林火防控, 中越边境线: the border China shares with a neighbour, named by the two
# countries' initials (dev45's golds, both), one LOC
_BORDER = re.compile("中[缅越老朝俄蒙哈吉塔阿巴印尼不]边境线?")


# (the great waters named by no 江, 河 or 湖: 滇池, 洱海, 澧水; find_locations' cue)
_NAMED_WATER_ODD = tuple(sorted(w for w in _NAMED_WATER_NAMES if not any(c in w for c in "江河湖")))
_NAMED_WATER_LENGTHS = tuple(sorted({len(w) for w in _NAMED_WATER_NAMES}, reverse=True))
# what a stretch's own name never holds: a clause word, a part of the river or of its banks
# (上游段, 干堤海口段, 崩岸段, 险段: no place named), a count or a scope
_SECTION_NOT = frozenset("的了是在和与及等各全每该本我其这那游流岸堤险道域坝闸")
# the lines a report names stretches of: a river (江, 河, 湖; a river named by 水 only from
# named_waters.txt: 澧水) and a motorway (某某高速某某段)
_SECTION_LINES = ("高速公路", "高速", "江", "河", "湖")


def _section_line_start(text: str, i: int, line: str) -> int:
    """Where the name of the river or motorway ending at i (its kind `line` included) starts,
    or -1: a great river named bare (named_waters.txt: 长江, 黄河) or a name of two or three
    characters before the kind that opens after a mark, a connective, a verb of going or
    inspecting, or a division (调研某某河某某段)."""
    for n in _NAMED_WATER_LENGTHS:
        if text[i - n : i] in _NAMED_WATER_NAMES:
            a = i - n
            return -1 if text[a - 1 : a] in _NAMED_WATER_PREV else a
    if not line:
        return -1
    k = i - len(line)
    # (the shorter name first: 目前某江某段, 。在某河某段 hold a word of time or a preposition)
    for n in (2, 3):
        st = k - n
        if st < 1 or not all_cjk(text[st:k]) or text.startswith(_TIME_LEADS, st):
            continue
        if not (
            text[st - 1] in _WATER_PREV
            or text.endswith(_WATER_VERBS, 0, st)
            or text.endswith(_GOING_VERBS, 0, st)
            or (text[st - 1] in "区县市镇乡道" and _is_place_end(text, st))
        ):
            continue
        name = text[st:k]
        if line in ("江", "河", "湖") and not _water_name_ok(name, line):
            continue
        if line.startswith("高速") and (
            name[:2] in function_words() or any(c in _BAD_NAME_CHARS for c in name)
        ):
            continue
        return st
    return -1


def _line_sections(text: str) -> list[Cand]:
    """loc.kind: 长江南京段, 黄河某某段, 某某河城区段, 某某高速某某段: a stretch of a river or a
    motorway named by the place it runs through is one place, the place inside it no GPE of its
    own (dev43's golds, both: 长江南京段; dev42's: 某某高速某某段; the river chiefs' reports name
    their stretches so on many wide pages). Not 河段长 (the stretch's chief, a post), 上游段,
    干堤某某段 (a part of the river or of its banks before the stretch's name), 某江城区段 (the
    town's area in general: the river alone, places39)."""
    out: list[Cand] = []
    j = text.find("段")
    while j >= 0:
        if text[j + 1 : j + 2] != "长":
            for n in (2, 3, 4):
                i = j - n
                if i < 2 or not all_cjk(text[i:j]) or not _SECTION_NOT.isdisjoint(text[i:j]):
                    continue
                line = next((w for w in _SECTION_LINES if text.endswith(w, 0, i)), "")
                named = any(text[i - m : i] in _NAMED_WATER_NAMES for m in _NAMED_WATER_LENGTHS)
                if not line and not named:
                    continue
                # (某江城区段: the town's area in general names no stretch; the river alone
                # is read, places39)
                if text[i:j] in ("城区", "市区", "县城", "镇区"):
                    break
                # (某某河河段, 某江江段: the stretch named by its kind, no place)
                if text[i] in "江河湖":
                    break
                a = _section_line_start(text, i, line)
                if a >= 0:
                    out.append(Cand(a, j + 1, "LOC", 0.55, 3, "loc.kind"))
                    break
        j = text.find("段", j + 1)
    return out


# what follows a village its town names: a list's mark or a connective, the visit's verb
_TOWN_VILLAGE_NEXT = frozenset("、，。；和及与等（(")


def _town_villages(text: str, cands: list[Cand]) -> list[Cand]:
    """loc.kind: 某某镇柳毛湾新村和沙门子新村, 某某镇古丰村，, 某某镇万年村，: a village right after
    its town's unit (_town_unit_before), a name of two or three characters (a village named
    after an older one with 新 before 村 too), ending the item, the clause or before the visit's
    verb, is named whatever word it reads as (wide45: three pages the kind's reading left, a
    name of four with 新, one opened by 古, a common word; slogans43). The second of a pair
    after 和/及 is read with the first. Not where another place was read over it."""
    # (a GPE inside the name, the town's stem the village is named after, gives way: 某某镇
    # 某某新村, the town's stem again before 新村)
    taken = [(c.start, c.end) for c in cands if c.label in ("LOC", "GPE", "ORG")]
    inside = {(c.start, c.end) for c in cands if c.label == "GPE"}
    out: list[Cand] = []
    j = text.find("村")
    while j >= 0:
        e = j + 1
        if text[e : e + 1] in _TOWN_VILLAGE_NEXT or _BARE_VISIT.match(text, e) is not None:
            k = j - 1 if text[j - 1 : j] == "新" else j
            prev_village = (
                bool(out) and out[-1].end + 1 <= k - 2 and text[out[-1].end] in "和及与、"
            )
            for n in (2, 3):
                a = k - n
                name = text[a:k]
                if a < 1 or not all_cjk(name):
                    continue
                if not (_town_unit_before(text, a) or (prev_village and out[-1].end + 1 == a)):
                    continue
                if (
                    any(c in _BAD_NAME_CHARS or c in "各全每该其本我乡镇城县区市村" for c in name)
                    or name in _VILLAGE_STOP
                    or name in function_words()
                    or name in common_words()
                    or name[-1] in _VILLAGE_DUTY_VERBS
                    or any(
                        s < e and a < t and not (a <= s and t <= k and (s, t) in inside)
                        for s, t in taken
                    )
                ):
                    break
                out.append(Cand(a, e, "LOC", 0.5, 3, "loc.kind"))
                break
        j = text.find("村", e)
    return out


# a motorway's number before its name (S18某某高速, G60某某高速公路)
_MOTORWAY_NUMBER = re.compile(r"[GS]\d{1,4}$")
_MOTORWAY_STRETCH = re.compile(f"([{CJK}]{{2,3}}(?:至[{CJK}]{{2,3}})?)段")


def _motorways(text: str, g: Gazetteers) -> list[Cand]:
    """loc.kind: 沿某某高速一路东行, 、某某高速某某出入口, 在S18某某高速公路: a motorway named by
    the short forms of the two places it joins, two or three characters before 高速 (公路) that
    open as a stretch's line does (_section_line_start: after a mark, a connective, a verb of
    going or inspecting, a division, or the motorway's number), its number with it (wide45:
    four pages; slogans43). Not a word before it (经济高速发展: 高速 an adverb; 天天 a word), nor
    a place's name alone (某市高速南口: the city, a GPE)."""
    out: list[Cand] = []
    j = text.find("高速")
    while j >= 0:
        e = j + (4 if text.startswith("高速公路", j) else 2)
        # (某某高速口, 某某东高速口: the exit named by the place it serves, no motorway)
        if text.startswith("口", e):
            j = text.find("高速", e)
            continue
        a = _section_line_start(text, e, text[j:e])
        if a < 0:
            # (S18某某高速: the number opens the name, read as a boundary)
            for n in (2, 3):
                if _MOTORWAY_NUMBER.search(text, 0, j - n) and all_cjk(text[j - n : j]):
                    a = j - n
                    break
        if a >= 0:
            name = text[a:j]
            if (
                2 <= len(name) <= 3
                and name not in common_words()
                and name[:2] not in common_words()
                # (沿途查看高速公路: a verb at the name's end, no name)
                and name[-2:] not in function_words()
                and name not in g.gpe_names
                and name not in g.admin_full
                and not any(c in "省市县区镇乡村" for c in name)
            ):
                num = _MOTORWAY_NUMBER.search(text, max(0, a - 5), a)
                # (…高速安庆至潜山段: the stretch named by the places it runs between, as
                # _line_sections reads one named by the place it runs through)
                sec = _MOTORWAY_STRETCH.match(text, e)
                if sec is not None and not _SECTION_NOT.isdisjoint(sec.group(1)):
                    sec = None
                end = (
                    sec.end() if sec is not None and text[sec.end() : sec.end() + 1] != "长" else e
                )
                out.append(Cand(num.start() if num else a, end, "LOC", 0.5, 2, "loc.kind"))
        j = text.find("高速", j + 2)
    return out


# 胡里山炮台景区, 天柱山风景区, 某某湖风景名胜区: a scenic area named at length (the water rule
# reads two or three characters before 景区): a name of two to six characters before the kind,
# opening after a mark, a connective, a verb of going or inspecting, or its division; the
# name alone again where it opens a clause or follows a verb of going (赴某某炮台调研; orgs20)
_SCENIC_KIND = re.compile("风景名胜区|风景区|旅游景区|旅游区|景区")
_SCENIC_VERBS = (*_VISIT_VERBS, "检查督导", "督导检查", "赴", "到", "对")
_SCENIC_PREV = set("、，。：；\n（(“和及与在到至赴对▲")


def _scenic_name_ok(name: str) -> bool:
    return (
        all_cjk(name)
        and name[0] not in _GENERIC_HEAD
        and not any(c in "省市县区镇乡村" or c in _BAD_NAME_CHARS for c in name)
        # (柯明到某某湖风景区: a verb of going inside is the clause, not the name)
        and not any(c in "各全每该本我其要把将到赴至往" or c in _CLAUSE_WORD_CHARS for c in name)
        and name[:2] not in common_words()
        and name[0] not in _LOC_LEAD
        and not any(v in name for v in _SCENIC_VERBS if len(v) > 1)
        and name[:2] not in function_words()
        and name[:2] not in _GENERIC_STEMS
        and name[:2] not in _HONOUR_STEMS
        and not (len(name) == 2 and (name in common_words() or _ordinary_word(name)))
        and not name.endswith(("旅游", "风景", "文明", "重点", "核心", "周边"))
    )


def _named_before(text: str, k: int, last: int, longest: int, ok: Callable[[str], bool]) -> int:
    """Where the longest name of two to `longest` characters before a kind of place at `k` opens
    (not before `last`), after a mark, a verb of going or inspecting, or a place's end, and
    passing `ok`; -1 if none does (a scenic area's name, a park's)."""
    for n in range(longest, 1, -1):
        st = k - n
        if st < last or st < 0:
            continue
        prev = text[st - 1] if st else "\n"
        if (
            prev in _SCENIC_PREV
            or text.endswith(_SCENIC_VERBS, 0, st)
            or (prev == "了" and text.endswith(_VISIT_VERBS, 0, st - 1))
            or _is_place_end(text, st)
        ) and ok(text[st:k]):
            return st
    return -1


def _scenic_areas(text: str) -> list[Cand]:
    out: list[Cand] = []
    names: set[str] = set()
    last = 0
    for m in _SCENIC_KIND.finditer(text):
        k, e = m.start(), m.end()
        if k and text[k - 1] in "风旅":
            continue  # (景区 inside 风景区 / 旅游景区: the longer kind was read)
        start = _named_before(text, k, last, 6, _scenic_name_ok)
        if start < 0:
            continue
        out.append(Cand(start, e, "LOC", 0.55, 2, "loc.kind"))
        names.add(text[start:k])
        last = e
    found = {(c.start, c.end) for c in out}
    for name in names:
        if len(name) < 3:
            continue
        for a in _occurrences(text, name):
            b = a + len(name)
            prev = text[a - 1] if a else "\n"
            if (
                _SCENIC_KIND.match(text, b) is None
                and (a, b) not in found
                and (prev in _SCENIC_PREV or text.endswith(_SCENIC_VERBS, 0, a))
                and not text.startswith(("风景", "景区", "管委", "管理", "旅游"), b)
            ):
                out.append(Cand(a, b, "LOC", 0.5, 1, "loc.repeat"))
    return out


# 某某科技园, 某某数字农业产业园, 某某国际物流园区: a park of firms is a place (LOC; the golds of
# dev31, dev33 and dev34, both each; not 某某产业园区 / 工业园区, zones read as GPE), named at
# length: a name of two to twelve characters before the kind, opening after a mark, a
# connective or a verb of going or inspecting (session 33, places33)
_PARK_KIND = re.compile("科技园(?!区)|产业园(?!区)|物流园区|物流园")
_PARK_STOPS = ("工委", "管委", "党工委", "党委", "管理")
# (电子信息产业园, 高标准建设物流园: a sector or a clause before the kind names no park;
# rule_words.json park_name_stops, park_name_verbs)
_PARK_NAME_STOPS = frozenset(rule_words()["park_name_stops"])
_PARK_NAME_VERBS = tuple(rule_words()["park_name_verbs"])


def _park_name_ok(name: str) -> bool:
    return (
        _scenic_name_ok(name[:6])
        and all_cjk(name)
        and not any(c in "省市县区镇乡村" or c in _BAD_NAME_CHARS for c in name)
        and not any(c in "各全每该本我其要把将到赴至往" for c in name)
        and name[:2] not in _FACILITY_STOP
        and name[:2] not in _PARK_NAME_STOPS
        and not any(v in name for v in _PARK_NAME_VERBS)
        and name not in common_words()
        and not _ordinary_word(name)
    )


def _named_parks(text: str) -> list[Cand]:
    out: list[Cand] = []
    last = 0
    for m in _PARK_KIND.finditer(text):
        k, e = m.start(), m.end()
        if text.startswith(_PARK_STOPS, e):
            continue  # 某某产业园工委书记: the park's body or post holds it (a TITLE, an ORG)
        # (到某某镇某某生态科技园: right after the town it lies in, as a scenic area's name)
        start = _named_before(text, k, last, 12, _park_name_ok)
        if start < 0:
            continue
        # 、某某科技园社区、: a community named after the park is the place read (session 34,
        # places36)
        if text.startswith(("社区", "小区"), e):
            e += 2
        out.append(Cand(start, e, "LOC", 0.55, 2, "loc.kind"))
        last = e
    return out


# 某某国家森林公园, 某某国家遗址公园, 某某中国农业公园, 长征国家文化公园, 某某省级湿地公园: a park
# named by its own name, its grade and its kind (resources rule_words.json graded_park_grades,
# graded_park_kinds): one LOC. loc.kind reads a name of four characters at most before the kind,
# the grade included (某山国家森林公园), so a name of three and a grade (某山头国家森林公园)
# went unread (f47's, f50's golds: four parks on three pages; session 49, loc51). The name (two
# to five characters) opens after a mark, a preposition, a verb of going or looking, a division
# or a place read; never a verb of applying for a grade (申报国家湿地公园: rule_words.json
# graded_park_name_not) nor the park's body (某某国家森林公园管理局: the bodies' grammar).
_GRADED_PARK = re.compile(
    f"(?:{alternation(rule_words()['graded_park_grades'])})"
    f"(?:{alternation(rule_words()['graded_park_kinds'])})"
)
_GRADED_PARK_NOT = frozenset(rule_words()["graded_park_name_not"])
_GRADED_PARK_PREV = frozenset("、，。：；\n（(“和及与在到至赴对以把将为从向▲")


def _graded_park_name_ok(name: str) -> bool:
    return (
        all_cjk(name)
        and name[0] not in "各全每该本我其这那此两多省市县区"
        and not any(c in _BAD_NAME_CHARS or c in "省市县区镇乡到赴至往以为从向" for c in name)
        and name[:2] not in function_words()
        and name[:2] not in _GRADED_PARK_NOT
        and name[-2:] not in _GRADED_PARK_NOT
        and name[:2] not in _COMMUNITY_NAME_NOT
        and not any(v in name for v in _PARK_NAME_VERBS)
    )


def _graded_parks(text: str, cands: list[Cand]) -> list[Cand]:
    """Called by find_locations where the text holds 公园 (the parks above); a place read in
    `cands` may end right before the name (某某纪念园长征国家文化公园: the park after a site)."""
    out: list[Cand] = []
    loc_ends: set[int] | None = None
    for m in _GRADED_PARK.finditer(text):
        k, e = m.span()
        if loc_ends is None:
            loc_ends = {c.end for c in cands if c.label == "LOC"}
        if text.startswith(("管理", "管委", "城市", "建设", "示范"), e):
            continue  # (the park's body, 国家公园城市 / 示范区: a kind of city, no park named)
        for n in range(5, 1, -1):
            st = k - n
            if st < 0:
                continue
            prev = text[st - 1] if st else "\n"
            if (
                (
                    prev in _GRADED_PARK_PREV
                    or st in loc_ends
                    # (某某纪念园长征国家文化公园: right after a site's kind no rule read)
                    or text.endswith(("纪念园", "纪念馆", "博物馆", "景区"), 0, st)
                    or text.endswith(_SCENIC_VERBS, 0, st)
                    or (prev == "了" and text.endswith(_VISIT_VERBS, 0, st - 1))
                    or _is_place_end(text, st)
                )
                and _graded_park_name_ok(text[st:k])
            ):
                out.append(Cand(st, e, "LOC", 0.55, 2, "loc.kind"))
                break
    return out


# 、某某材料产业园食用菌产业链项目、, 来到某某数字产业园项目选址, 某某社区及某某花园项目、, 、某某会师
# 纪念园长征国家文化公园项目建设: a site a visit names before the project built or run there (a
# park of firms, a memorial park, an estate, a square, a hotel: rule_words.json
# project_site_kinds), the project a description of up to ten characters closed by 项目 / 工程:
# the site one LOC, the project none (f50's golds, both; dev's: five such sites in three pages;
# session 49, loc51). The site opens after a mark of the list, a 及 / 和 or a verb of going or
# looking, in a sentence a verb of visiting opened; its name two to twelve characters, no body's
# (某某集团集装箱酒店: the firm's), no division inside (a GPE read there cuts it off), and a
# name no other rule read over. Not a kind in general (电子信息产业园等项目 in a directive: no
# visit), not 工业园 (a zone, GPE).
_PROJECT_SITE = re.compile(
    f"(?:{alternation(rule_words()['project_site_kinds'])})"
    rf"(?=[{CJK}]{{0,10}}?(?:项目|工程))"
)
_PROJECT_SITE_CUE = re.compile(
    alternation(rule_words()["project_site_kinds"]) + "[^、，。；]{0,14}项目"
)
_PROJECT_SITE_NAME_NOT = ("集团", "公司", "企业", "工地", "项目")
_PROJECT_VISIT_VERB = re.compile("调研|考察|察看|查看|来到|深入|走进|前往|参观|视察|督导|检查|走访")


def _project_site_start(text: str, k: int) -> int:
    """Where the name of the site whose kind starts at k opens: after the nearest list's mark,
    a 及 / 和 after a name, or a verb of going or looking, two to twelve characters before the
    kind; -1 if none."""
    for a in range(k - 2, max(0, k - 12) - 1, -1):
        prev = text[a - 1] if a else "\n"
        if prev == "、" or (prev in "及和" and text[a - 2 : a - 1] not in ("、", "")):
            return a
        if text.endswith(_VISIT_VERBS, 0, a) or (
            prev == "了" and text.endswith(_VISIT_VERBS, 0, a - 1)
        ):
            return a
        if not _is_cjk(prev) and not prev.isalnum():
            return -1
    return -1


def _sites_before_projects(text: str, cands: list[Cand]) -> list[Cand]:
    """Called by find_locations where the text holds 项目 and one of the kinds before it."""
    out: list[Cand] = []
    taken: list[tuple[int, int, str]] | None = None
    for m in _PROJECT_SITE.finditer(text):
        k, e = m.span()
        a = _project_site_start(text, k)
        if a < 0:
            continue
        name = text[a:k]
        # (、将台堡某某纪念园: right after the list's mark a name may open with a function
        # word's character)
        body = name[1:] if text[a - 1] == "、" else name
        if (
            any(c in _BAD_NAME_CHARS or c in "各全每该本我其这那此" for c in body)
            or name[0] in "各全每该本我其这那此"
            or any(w in name for w in _PROJECT_SITE_NAME_NOT)
            or name in common_words()
            or name[:2] in function_words()
            or name[:2] in _COMMUNITY_NAME_NOT
        ):
            continue
        lo = max(text.rfind(c, 0, a) for c in "。！？\n")
        if _PROJECT_VISIT_VERB.search(text, max(lo + 1, a - 200), a + 1) is None:
            continue
        if taken is None:
            taken = [(c.start, c.end, c.label) for c in cands if c.label != "DIRECTIVE"]
        # (某镇某某产业园: the division read before the site's own name is a GPE of its own)
        cut = max(
            (ce for cs, ce, lab in taken if lab == "GPE" and a <= cs and ce < k - 1), default=a
        )
        if k - cut < 2 or any(cs < e and cut < ce for cs, ce, _ in taken):
            continue
        out.append(Cand(cut, e, "LOC", 0.5, 2, "loc.visit_item"))
    return out


_NATURAL_VILLAGE = re.compile(rf"(?<=村)([{CJK}]{{2,3}}?)自然村")


def _villages_again(doc: Doc) -> None:
    """代表们走访了青峰村…，肯定了青峰村在整治中的效果: a village or community read once by its
    kind, named again where no rule reads it (a verb word before it); the weakest reading, any
    other span over it wins (orgs20)."""
    text = doc.text
    seen = {(c.start, c.end) for c in doc.cands if c.label == "LOC"}
    names = {
        text[s:e]
        for s, e in seen
        if e - s >= 3
        and text.endswith(("村", "社区"), s, e)
        and text[s] not in _GENERIC_HEAD
        and text[s:e] not in _VILLAGE_STOP
    }
    for name in names:
        for a in _occurrences(text, name):
            b = a + len(name)
            # (青峰村村委会, 青峰村民: the village's committee or people, read elsewhere)
            if (a, b) not in seen and not text.startswith(("民", "村", "委", "级"), b):
                doc.cands.append(Cand(a, b, "LOC", 0.45, 1, "loc.repeat"))


# 112国道, G319国道: a numbered national or provincial road
_NUMBERED_ROAD = re.compile(
    r"(?<![0-9A-Za-z])(?:[GSX]?\d{3}(?:国道|省道|县道)|[GSX]\d{2,4}线"
    # 省道250线, 国道G323线, 县道X012: the class of road first, then its number (session 20,
    # locs21)
    r"|(?:国道|省道|县道)[GSX]?\d{2,4}线?(?![0-9]))"
)
# 甲乙线、丙丁线等路段: roads named 某某线, items of a list closed by 等路段 / 等道路
_ROAD_LINE_LIST_END = re.compile("等(?:路段|道路|公路)")
_ROAD_LINE_ITEM = re.compile(rf"(?:[{CJK}]{{2,3}}|[GSX]\d{{2,4}})线$")
# 甲、乙、丙社区等六个社区: the items of a list counted by its kind are places of that kind
_COUNTED_PLACES = re.compile(
    rf"(?:(?<=[，。、：；\n了])|(?<=辖区))((?:[{CJK}]{{2,3}}、)+)([{CJK}]{{2,3}})(社区|村)等[一二三四五六七八九十两几0-9]+个(?:社区|村)"
)


# 甲、乙、丙四个村（居）: villages or communities named bare in a list the count closes (each
# item, the last too; session 16 audit, audgpe17)
_COUNTED_BARE = re.compile(
    # (督查组先后到甲、乙、丙等10个村: after a verb of going too; session 16 audloc17)
    rf"(?:(?<=[，。：；\n了到])|(?<=包括)|(?<=涉及)|(?<=深入)|(?<=走访))"
    rf"((?:[{CJK}]{{2,3}}、)+[{CJK}]{{2,3}}?)"
    # (甲、乙、丙等社区组织…: 等 and the kind alone close the list too; session 18, locs19)
    r"(?:等(?:[一二三四五六七八九十两几0-9]+个)?|[一二三四五六七八九十两几0-9]+个)"
    r"(?:行政村|自然村|村（居）|村\(居\)|村居|村|社区)"
)


# 深入到甲、乙、丙等乡镇以及丁、戊等景区: towns or scenic areas named bare in a list its kind
# closes (GPE for the towns, LOC for the scenic areas; session 18, locs19)
# (督查甲山乙溪、丙山等城区A级旅游景区: scenic spots of up to six characters after a verb of
# inspecting, the kind qualified; orgs20)
_LISTED_BARE_KIND = re.compile(
    rf"(?:(?<=[，。：；\n了到])|(?<=以及)|(?<=包括)|(?<=涉及)|(?<=深入)|(?<=走访)|(?<=督查)|(?<=走进)"
    rf"|(?<=督导)|(?<=检查)|(?<=查看)|(?<=察看))"
    rf"((?:[{CJK}]{{2,6}}、)+[{CJK}]{{2,6}}?)"
    r"等(?:[一二三四五六七八九十两几0-9]+个)?"
    rf"(乡镇|苏木|景区|景点|(?:城区|市区|县城)?[A-Z0-9]*级?(?:旅游)?(?:景区|景点)"
    # 走进甲、乙、丙等街道, 来到甲、乙等镇: sub-districts or towns named bare, the unit once
    # (not 甲、乙等镇领导: the people of the town; session 31, locs31)
    r"|(?:街道|镇)(?![领长党委政干人办负书主代成班机部职纪宣组工]))"
)


# what closes a list of towns or sub-districts named bare (_LISTED_BARE_KIND's GPE units):
# find_locations and find_location_towns read such lists only where one is written
_LISTED_TOWN_CUES = ("等乡镇", "等苏木", "等街道", "等镇")


def _listed_bare_kinds(text: str) -> list[Cand]:
    out: list[Cand] = []
    fw, cw = function_words(), common_words()
    for m in _LISTED_BARE_KIND.finditer(text):
        items = m.group(1).split("、")
        if any(
            it.endswith(("村", "社区", "镇", "乡", "街道", "区", "县", "市", "旗"))
            or any(c in _BAD_NAME_CHARS for c in it)
            or it in fw
            or it in cw
            # (a generic head opens a town's name in a list of three or more: 甲、园乙、丙等镇;
            # session 31, gpeb31)
            or (it[0] in _GENERIC_HEAD and (len(items) < 3 or it[1:2] in _GENERIC_HEAD))
            # (towns named bare are of two to four characters)
            or (len(it) > 4 and m.group(2) in ("乡镇", "苏木", "街道", "镇"))
            for it in items
        ):
            continue
        label = "GPE" if m.group(2) in ("乡镇", "苏木", "街道", "镇") else "LOC"
        rule = "gpe.list" if label == "GPE" else "loc.counted"
        p = m.start(1)
        if items[0][0] in "到至" and len(items[0]) > 2:  # (深入到甲、乙…: the verb's 到)
            items[0] = items[0][1:]
            p += 1
        for it in items:
            out.append(Cand(p, p + len(it), label, 0.5, 2, rule))
            p += len(it) + 1
    return out


def _counted_places(text: str) -> list[Cand]:
    out: list[Cand] = []
    names: set[tuple[str, str]] = set()
    for m in _COUNTED_BARE.finditer(text):
        items = m.group(1).split("、")
        # (the kind is the count's: an item with its own kind is read by loc.kind)
        if any(
            it.endswith(("村", "社区", "镇", "乡", "街道", "区", "县", "市"))
            or any(c in _BAD_NAME_CHARS for c in it)
            or it in function_words()
            for it in items
        ):
            continue
        p = m.start(1)
        for it in items:
            out.append(Cand(p, p + len(it), "LOC", 0.5, 2, "loc.counted"))
            p += len(it) + 1
    for m in _COUNTED_PLACES.finditer(text):
        kind = m.group(3)
        p = m.start()
        items = m.group(1).split("、")[:-1]
        # (the count and the kind make each item a name, even one that reads as a word: 劳动)
        if any(c in _BAD_NAME_CHARS for it in items for c in it):
            continue
        for it in items:
            out.append(Cand(p, p + len(it), "LOC", 0.5, 2, "loc.counted"))
            names.add((it, kind))
            p += len(it) + 1
    # 甲社区综合文化服务中心: each item named with its kind elsewhere in the text
    for it, kind in names:
        for a in _occurrences(text, it + kind):
            e = a + len(it) + len(kind)
            # (甲社区综合文化服务中心: the community's facility is one place with it)
            fac = next((f for f in _FACILITY_AFTER_PLACE if text.startswith(f, e)), "")
            out.append(Cand(a, e + len(fac), "LOC", 0.5, 2, "loc.counted"))
    return out


def _road_lines(text: str) -> list[Cand]:
    """甲乙线、丙丁线、S206线等路段: each item of the list before 等路段 is a road."""
    out: list[Cand] = []
    for m in _ROAD_LINE_LIST_END.finditer(text):
        end = m.start()
        items: list[tuple[int, int]] = []
        while True:
            start = max(text.rfind(c, 0, end) for c in "、，。：；\n") + 1
            item = text[start:end]
            if not _ROAD_LINE_ITEM.fullmatch(item) or any(c in _BAD_NAME_CHARS for c in item):
                break
            items.append((start, end))
            if start == 0 or text[start - 1] != "、":
                break
            end = start - 1
        # (a list of two roads at least: 某某线等 alone may be a word, 一线等)
        if len(items) >= 2:
            out.extend(Cand(a, b, "LOC", 0.5, 2, "loc.kind") for a, b in items)
    return out


# 先后来到甲广场、乙环岛、丙社区等点位: the items of a list of places an inspection visited,
# between a verb of going or looking and 等地 / 等点位 / 等处 (session 16 audloc17)
# (an item may carry a note in brackets: 某某安置点（二期）, 某某超市（某某店）)
_VISIT_LIST = re.compile(
    # (an item may hold digits or letters after its first character: 某某1866商业街, 星湖101广场;
    # session 25, locs26)
    # (its run possessive: a note's （ or the 、 must follow it, neither of which the run holds,
    # so no shorter run is followed by either; backtracked, a failing list tried every length
    # of every item, ~20 % of the pattern's time on the real pages; session 37)
    rf"((?:[{CJK}][{CJK}0-9A-Za-z]{{0,13}}+(?:（[^（）、]{{1,8}}）)?、\n?)+"
    rf"[{CJK}][{CJK}0-9A-Za-z]{{1,11}}?(?:（[^（）、]{{1,8}}）)?"
    # (、甲花园和乙批发市场某某基地等处: a last item of two places joined by 和 / 及, the second
    # perhaps longer than an item; session 27, locs27)
    rf"(?:[和及][{CJK}][{CJK}0-9A-Za-z]{{1,19}}?)?)"
    "(?:及周边)?"
    "(?:等(?:路段和|地段和|一批)?(?:地方|地|点位|处|场所|地点|区域|点|重点区域|部位|路段|场馆|景点)"
    # 等重点点位, 等文明城市现场测评点位: the points qualified (session 17, places18)
    # (等创全实地申报点位, 等实地考察点位, 等创建点位; session 27, locs27)
    rf"|等(?:重点|主要|[{CJK}]{{0,8}}?(?:测评|申报|考察|创建|实地)|[1-9]\d?个)点位"
    # 先后来到甲、乙；丙、丁等点位: a list of one division's places closed by ；
    "|等(?=[，。；]|进行)|(?=以及)|(?=；)"
    # 实地走访了甲路、乙小区、丙社区。: a list closed by the clause's end alone (two items of a
    # kind of place at least; session 18, locs19)
    "|(?=[，。（]))"
)
_ITEM_NOTE = re.compile("（[^（）、]{1,8}）$")
_LIST_JOIN = re.compile("以及|及")
_VISIT_LIST_VERB = re.compile(
    "(?:来到|走进|深入到?|前往|到|赴|检查了?|察看了?|查看了?|查勘了?|走访了?|暗访了?|督导了?"
    "|督查了?"
    "|改造提升了|改造了|提升了|考察了?|参观了?|视察了?"
    # (先后对甲镇某某市场、乙镇集市等地进行了督导: the list after 对, closed as the others are;
    # orgs20)
    "|先后对|分别对)"
    "(?![组团队])"  # (检查组还到…: the team, not the verb)
)
# the kinds of place an item of such a list may end with (resources: rule_words.json
# visit_item_kinds, with the LOC kinds of common.loc_kind)
# (and the kinds of housing estate, 某某丽景苑, 某某名邸, but the bare 园 of 幼儿园 / 产业园;
# session 30, locs30)
_VISIT_ITEM_KINDS = tuple(
    sorted(
        {
            *rule_words()["visit_item_kinds"],
            *(k for k in rule_words()["estate_kinds"] if k != "园"),
        },
        key=len,
        reverse=True,
    )
)
_VISIT_ITEM_NOT = (
    "中学",
    "小学",
    "学校",
    "医院",
    "政府",
    "中心",
    "局",
    "办",
    "委",
    "所",
    "队",
    "站",
)


_CJK_CHAR = re.compile(f"[{CJK}]")
# (searched from a position up to an end: the run of a list item's characters (CJK, digits,
# Latin letters) that reaches the end, possessive, so that a start whose run stops short fails
# at once; it matches empty at the end itself)
_ITEM_RUN = re.compile(f"[{CJK}0-9A-Za-z]*+\\Z")
# (某某汽车站 ends in 站 and is a place: not a 工作站, 服务站)
_STATION_KINDS = ("汽车站", "火车站", "客运站", "高铁站", "公交站", "车站", "汽车总站", "客运总站")
# (a road inside an item of a list: 某某路百通花园)
_ROAD_IN_ITEM = re.compile("[路街](?!道)|大道")


# the last text _visit_lists read and its lists: two rules of one text read them in turn
# (_visit_items, _visit_list_fill; the reference to the text keeps its id from being reused)
_visit_lists_last: tuple[str, list[re.Match[str]]] = ("", [])


def _visit_lists(text: str) -> list[re.Match[str]]:
    """_VISIT_LIST.finditer(text)'s matches, found once per text (two rules read them: the
    list is shared, read it, do not change it)."""
    global _visit_lists_last
    last = _visit_lists_last
    if last[0] is text:
        return last[1]
    out = list(_find_visit_lists(text))
    _visit_lists_last = (text, out)
    return out


def _find_visit_lists(text: str) -> Iterator[re.Match[str]]:
    """_VISIT_LIST.finditer(text), the same matches, tried once per 、 instead of at every
    Chinese character. A match's first item is a run of Chinese characters (at most 14, then
    perhaps a note in brackets) ending at the list's first 、, and what the pattern asks after
    that 、 does not depend on where the run starts: so the leftmost match whose first 、 is at
    q starts where that run starts (or 14 characters before the note or 、), and if the pattern
    fails there it fails at every start with that 、. Searched at every character, it cost the
    rules 8 % on the bench articles (session 16)."""
    pos = 0
    is_cjk = _CJK_CHAR.match
    run_from = _ITEM_RUN.search
    q = text.find("、")
    while q != -1:
        end = q
        if q and text[q - 1] == "）":
            # (某某超市（某某店）、: the note sits between the item and the mark)
            end = text.rfind("（", max(q - 10, 0), q)
            if end < q - 10 or end == -1:
                end = q
        # (the run of item characters that ends at `end`, from `lo` at the earliest: the
        # leftmost start from which all up to `end` are item characters)
        lo = max(end - 14, pos)
        p = run_from(text, lo, end).start() if lo <= end else end  # type: ignore[union-attr]
        while p < end and not is_cjk(text, p):
            p += 1
        m = _VISIT_LIST.match(text, p) if p < end else None
        if m is not None:
            yield m
            pos = m.end()
            q = text.find("、", pos)
        else:
            q = text.find("、", q + 1)


def _list_goes_on(text: str, s: int) -> bool:
    """先后来到甲区乙镇丙社区、丁市场；戊区己社区、庚市场等点位: a list of places visited, one
    division's after another, cut by ；: the part after a ； goes on the list a verb of going
    opened in the same sentence (session 17, places18)."""
    if s == 0 or text[s - 1] != "；":
        return False
    lo = max(text.rfind(c, 0, s) for c in "。\n，：")
    return _VISIT_LIST_VERB.search(text, max(lo + 1, s - 200), s) is not None


def _verb_just_before(text: str, s0: int) -> bool:
    """Whether a verb of visiting stands in its clause just before a list's run of characters
    that starts at s0 (先后深入甲路与乙大街交口周边、丙广场…: a first item longer than the run
    the list reads; session 25, locs26)."""
    lo = max(text.rfind(c, 0, s0) for c in "。\n，：；")
    return _VISIT_LIST_VERB.search(text, max(lo + 1, s0 - 12), s0 + 2) is not None


# a body's ending before a place's name inside what was read (某某办, 某某筹备组, 某某管委会)
_BODY_BEFORE_PLACE = re.compile(
    f"(?:[{CJK}]{{2}}(?:办事处|管理处|管委会|办)|筹备组|工作组)(?=[{CJK}]{{3}})"
)


def _body_before_place(item: str) -> int:
    """Where the place's name starts after a body that opens an item (某某办桃林新村: 5), or 0;
    the body's name no verb word (督办, 承办)."""
    end = 0
    for m in _BODY_BEFORE_PLACE.finditer(item):
        body = m.group()
        if body.endswith("组") or (
            body[:2] not in function_words() and not any(c in _BAD_NAME_CHARS for c in body)
        ):
            end = m.end()
    return end


def _visit_items(text: str, r: _Rules) -> list[Cand]:
    """先后来到甲广场、乙环岛、丙社区等点位: the items of a list of places an inspection visited,
    closed by 等地 / 等点位 / 等处, the first opened by a verb of going or looking; each item
    named by a kind of place (three to twelve characters, no division's unit inside, no body's
    ending) is a LOC (session 16 audloc17)."""
    out: list[Cand] = []
    ends = _item_kind_ends(r)
    for m in _visit_lists(text):
        # (a list with no 等 / 以及 / ； after it: its places count where two items name one)
        unclosed = m.end() == m.end(1) and text.startswith(("，", "。", "（"), m.end())
        items = m.group(1).split("、")
        # 、某某小学和某某社区等地: the last item holds two places joined by 和 / 及
        last = items[-1]
        # (、甲花园和乙市场某某基地等处: a second place longer than an item; session 27, locs27)
        if len(items) > 1 and ((last[-1:] in ends and _ends_in_kind(last)) or len(last) > 12):
            j = next(
                (
                    j
                    for j in range(2, len(last) - 3)
                    if last[j] in "和及"
                    and _ends_in_kind(last[:j])
                    or last[j] in "和及"
                    and last[:j].endswith(_VISIT_ITEM_NOT)
                ),
                0,
            )
            if j:
                items[-1:] = [last[:j], last[j + 1 :]]
        if unclosed and sum(map(_ends_in_kind, [it for it in items if it[-1:] in ends])) < 2:
            continue  # (ends: what an item that ends in a kind can end with)
        verbs = list(_VISIT_LIST_VERB.finditer(items[0]))
        verb = verbs[-1] if verbs else None
        if verb is None and "及" in items[0]:
            # 督查了3号网格以及甲博物馆、乙景区…等场所: the verb before a first item the list's
            # run of characters does not reach (a number between), the item after 以及 (orgs20)
            lo = max(text.rfind(c, 0, m.start(1)) for c in "。\n，：；")
            if _VISIT_LIST_VERB.search(text, max(lo + 1, m.start(1) - 30), m.start(1)):
                verb = next(reversed(list(_LIST_JOIN.finditer(items[0]))), None)
        # 先后深入甲路与乙大街交口周边、丙广场、丁公园等点位: a first item longer than the run the
        # list reads (its verb out of reach): the verb just before the run opens the list, the
        # first item is left out (session 25, locs26)
        cut_first = False
        s0 = m.start(1)
        if verb is None and s0 and _CJK_CHAR.match(text, s0 - 1):
            # (察看了某某社区城中村周边背街小巷、农贸市场、体育文化广场: a bare kind among the
            # items makes the list one of kinds of place, not of names)
            cut_first = _verb_just_before(text, s0) and not any(
                it in _MARKET_KINDS or it in _LOC_STOP for it in items[1:]
            )
        if verb is None and not cut_first and not _list_goes_on(text, m.start(1)):
            continue  # (no verb of visiting opens the list: not an inspection's places)
        a = m.start(1)
        for i, item in enumerate(items):
            if i == 0 and cut_first:
                a += len(item) + 1
                continue
            s, e = a, a + len(item)
            a = e + 1  # (the 、, or the 和 / 及 of a joined last item)
            if item.startswith("\n"):  # 、⏎某某社区: a list broken after its mark by the page
                s += 1
                item = item[1:]
            # (某某新城（一期）小区: an estate named after the new town, with its phase; the new
            # town alone is no item; session 33, locs35)
            if item.endswith("新城") and text[e : e + 1] in "（(":
                continue
            if note := _ITEM_NOTE.search(item):
                e -= len(note.group())
                item = item[: note.start()]
            if i == 0 and verb is not None:
                s += verb.end()
                item = item[verb.end() :]
            # 某某办桃林新村, 某某办筹备组青松社区: a sub-district's office (某某办) or a body's
            # group before the place is no part of its name (session 30, locs30)
            if (body := _body_before_place(item)) and (
                _ends_in_kind(item[body:]) or item.endswith(_VISIT_ITEM_KINDS)
            ):
                s += body
                item = item[body:]
            # 、某某花园二区、: a section of an estate after the estate's name; the estate is
            # read here, its section joined to it after (_estate_sections; session 28, locs28)
            if _ESTATE_SECTION.search(item) and item[:-2].endswith(_SECTIONED_KINDS):
                e -= 2
                item = item[:-2]
            if "及周边" in item:  # 某某街及周边背街小巷: the street, then its surroundings
                e = s + item.index("及周边")
                item = item[: item.index("及周边")]
            if item.endswith("小巷"):
                continue  # (背街小巷: the back lanes in general)
            if item.startswith(("城区", "市区", "县城", "辖区", "镇区")):
                s += 2
                item = item[2:]
            # 某某区某某市场: the division before the place is its own GPE
            # (某某镇集市: a kind of place of two characters after the town; orgs20)
            cut = max(
                (
                    j
                    for j in range(2, len(item) - 1)
                    if text[s + j - 1] in _PLACE_END_LAST and _is_place_end(text, s + j)
                ),
                default=0,
            )
            # (the town or sub-district so cut off, the last of the chain, is a GPE)
            town = (s, s + cut) if cut and item.endswith(_TOWN_KIND, 0, cut) else None
            if town is not None:
                up = max(
                    (
                        j
                        for j in range(2, cut - 2)
                        if text[s + j - 1] in _PLACE_END_LAST and _is_place_end(text, s + j)
                    ),
                    default=0,
                )
                town = (s + up, s + cut)
            s += cut
            item = item[cut:]
            if town is not None and not unclosed:
                # 某某镇集市, 某某乡公益停车场: the town visited is a GPE whatever follows it
                # (a place of its own or the kind of place; orgs20)
                out.append(Cand(town[0], town[1], "GPE", 0.5, 2, "gpe.visit_item"))
            # 、某某星城B区、, 、某某一区等: an estate's section after a name of no kind (星城,
            # 绿岛新城), in a closed list of places visited, is the estate's (session 30, locs30)
            stem = item[:-2]
            if (
                not unclosed
                and _ESTATE_SECTION.search(item)
                and 2 <= len(stem) <= 8
                and all_cjk(stem)
                and not stem.endswith((*_TOWN_KIND, "县", "区", "市", "旗", "村", "社区", "园区"))
                and stem[0] not in "全其各多我本此每该这那两第"
                and not any(c in _BAD_NAME_CHARS for c in stem)
                and stem not in function_words()
                and stem[:2] not in function_words()
            ):
                out.append(Cand(s, s + len(item), "LOC", 0.5, 2, "loc.visit_item"))
                continue
            # (全市公园, 各小区: no name; 市标停车场, 城西市场 between the marks are names)
            if not 3 <= len(item) <= 12:
                continue
            # (全国爱国卫生运动纪念馆: a hall named after a national campaign)
            if item[0] in "全其各多我本此每该这那两" and not (
                item.startswith("全国") and len(item) >= 7
            ):
                continue
            # 某某镇: a town or sub-district visited is a GPE (新集镇, whose name opens with a
            # generic head; session 18, locs19)
            unit = "街道" if item.endswith("街道") else item[-1] if item[-1] in "镇乡" else ""
            if unit and not unclosed and 2 <= len(item) - len(unit) <= 3:
                k = e - len(unit)
                if (
                    k - s == len(item) - len(unit)
                    and (
                        _stem_ok(text, s, k, under_place=True)
                        # (新集镇: a town named after its market, 集 before 镇; 集镇 alone is a word)
                        or (text[k - 1] == "集" and k - s == 2 and text[s:k] not in common_words())
                    )
                ):
                    out.append(Cand(s, e, "GPE", 0.5, 2, "gpe.visit_item"))
                continue
            if (
                (
                    item.endswith(_VISIT_ITEM_NOT)
                    and not item.endswith(_STATION_KINDS)
                    # (某某游客中心: a scenic area's visitor centre is a place; orgs20)
                    and not item.endswith("游客中心")
                )
                or "街道" in item
                or item in common_words()
            ):
                continue
            # (先后到某某沟农贸市场、: right after the verb of visiting, a first item whose name of
            # three characters at least opens with no word of the dictionary (老旧, 小型, 新建,
            # 城区) is named, whatever its first character; session 34, places36)
            named_first = (
                i == 0
                and verb is not None
                and len(item) >= 5
                and item[0] not in "全其各多我本此每该这那两"
                and item[:2] not in common_words()
                and item[:2] not in function_words()
                and item[:2] not in _GENERIC_STEMS
                and item[:2] not in _MARKET_STOP
                and item[:2] not in _FACILITY_STOP
                and not _ordinary_word(item[:2])
            )
            if item[0] in _GENERIC_HEAD and (i == 0 or len(item) < 4) and not named_first:
                continue
            # (来到解放雅苑、, 走进团结花园、: right after a verb of going, a first item with a
            # kind of its own may open with a verb's word, as so many estates' names do;
            # session 30, locs30)
            gone_estate = (
                i == 0
                and verb is not None
                and verb.group() in _GOING_VERBS
                and len(item) >= 4
                and item.endswith(_ESTATE_KINDS)
                and item[-1] != "园"
            )
            if i == 0 and item[:2] in function_words() and not gone_estate:
                continue
            # (新华都超市: 都 between the marks is a name's character)
            body = item[2:] if item.startswith("全国") else item
            # (盛和社区, 协和广场: 和 closing a name of two characters before its kind)
            if body[1:2] == "和" and _ends_in_kind(body[2:]) and len(body) > 3:
                body = body[0] + body[2:]
            if any(c in "的了是在和与及等为对把被将就我各全每该本其镇乡县" for c in body[:-1]):
                continue
            kind = (
                next((k for k in _VISIT_ITEM_KINDS if item.endswith(k)), "")
                if item.endswith(_VISIT_ITEM_KINDS)
                else ""
            )
            if not kind:
                kms = list(r.loc_kind.finditer(item))
                km = kms[-1] if kms else None
                if km is None or km.end() != len(item):
                    continue
                kind = km.group()
            name = item[: -len(kind)]
            # (某某网络公馆: an internet café, a business, not an estate; session 30, locs30)
            if "网" in name and kind in _ESTATE_KINDS:
                continue
            # 某某路百通花园: an estate after the road it lies on (no LOC kind of its own: the road
            # is read by loc.kind, the estate here; session 18, locs19)
            road = list(_ROAD_IN_ITEM.finditer(name))
            # (铁路新华北小区: the railway's estate, no road's name before it; session 32, locs32)
            if road and name[: road[-1].end()] in _LOC_STOP:
                road = []
            if road and len(name) - road[-1].end() >= 2 and kind in _VISIT_ITEM_KINDS:
                cut = road[-1].end()
                if not r.loc_kind.search(name, cut):
                    s += cut
                    name = name[cut:]
                    item = item[cut:]
            # 某某社区某某小区: a place inside another, each read by loc.kind (a compound of its
            # community); 某某大厦工地: the site of the building it will be stays whole
            if kind != "工地" and any(
                km.end() <= len(name) and item[: km.end()] not in _LOC_STOP
                for km in r.loc_kind.finditer(item)
            ):
                continue
            # 、跃进市场、: between two marks of a closed list a market's name may be any word
            # (session 18, locs19)
            word_market = (
                i > 0
                and not unclosed
                and kind.endswith(("市场", "小区"))
                and len(name) == 2
                and item[0] not in _GENERIC_HEAD
            )
            # 、某某街道温馨生活区、: right after the sub-district or town cut off the item, an
            # estate's or a community's name may be any word (as loc.kind reads 某某街道光明社区;
            # session 30, locs30)
            word_estate = (
                town is not None
                and kind in ("社区", "小区", "生活区", "新村", "家园", "花园")
                and len(name) == 2
                and name not in _COMMUNITY_STOP
                and name not in _COMMUNITY_NAME_NOT
                and name not in function_words()
            )
            if (
                len(name) < 2
                or (name in common_words() and not (word_market or word_estate or gone_estate))
                or (name in function_words() and not word_market and not gone_estate)
                # (、金融小区、: a kind of market's word names an estate)
                or (name in _MARKET_STOP and not (word_market and kind.endswith("小区")))
                # (临时水果市场: a kind of market)
                or (kind.endswith("市场") and name[:2] in _MARKET_STOP)
                or name in _COMMUNITY_STOP
                # (公益停车场: the kind of facility, no name; orgs20)
                or name in _FACILITY_STOP
                or r.loc_kind.fullmatch(name)
            ):
                continue
            out.append(Cand(s, e, "LOC", 0.5, 2, "loc.visit_item"))
            # (a town cut off an item of an unclosed list is left to gpe.doc_place)
    return out


# what names no site of its own in a list of places visited: the kinds of area and of body
# (主次干道, 城中村, 出城口, 临街商铺, 某某公司) (session 21, locs22)
_FILL_NOT_ENDS = (
    *_VISIT_ITEM_NOT,
    "干道",
    "道路",
    "路段",
    "区域",
    "场所",
    "窗口",
    "门店",
    "商铺",
    "店铺",
    "工地",
    "网格",
    "小巷",
    "城中村",
    "出城口",
    "路口",
    "公司",
    "集团",
    "企业",
    "单位",
    "部门",
    "银行",
    "网吧",
    "院",
    "校",
    "园区",
    "项目",
    "基地",
    "厂",
    "街道",
    "镇",
    "乡",
    "区",
    "县",
    "市",
    "旗",
    "村镇",
    "点",
    "口",
    "处",
)


# (某某桥西侧, 某某小区门口: the place, then where by it; session 24, locs25)
_SIDES = (*(d + "侧" for d in "东西南北两一"), "门口", "门前")
_AROUND = ("附近", "周边", "一带", "周围", "沿线", *_SIDES)


def _visit_list_fill(text: str, cands: list[Cand]) -> list[Cand]:
    """先后来到甲广场、乙坊、丙社区等地: an item of a list of places an inspection visited that
    no rule read, named by no kind (a mall's or an estate's own name: 某某城, 某某台, 某某漫步),
    is a place where the list's other items are places read as LOC (two at least, and most of
    the items); the list opened by a verb of going or looking and closed by 等地 / 等点位 / 等处
    (session 21, locs22)."""
    out: list[Cand] = []
    spans = [(c.start, c.end, c.label) for c in cands]
    for m in _visit_lists(text):
        if m.end() == m.end(1):
            continue  # (a list closed by the clause's end alone: too loose here)
        items = []
        a = m.start(1)
        for item in m.group(1).split("、"):
            items.append((a, a + len(item)))
            a += len(item) + 1
        verb = None
        for v in _VISIT_LIST_VERB.finditer(text, items[0][0], items[0][1]):
            verb = v
        s0 = items[0][0]
        if verb is None and s0 and _CJK_CHAR.match(text, s0 - 1):
            # (a first item longer than the run: its verb just before it, the item left out as
            # in _visit_items; session 25, locs26)
            if _verb_just_before(text, s0):
                items = items[1:]
            if len(items) < 2:
                continue
        elif verb is None:
            continue
        else:
            items[0] = (verb.end(), items[0][1])
        # (甲广场、乙运动场及丙夜市等地: the last item's 和 / 及 joins two places)
        s, e = items[-1]
        j = max((i for i in range(s + 2, e - 1) if text[i] in "和及"), default=0)
        if j:
            items[-1:] = [(s, j), (j + 1, e)]
        read = [
            any(a <= cs and ce == b and lab == "LOC" for cs, ce, lab in spans) for a, b in items
        ]
        if sum(read) < 2 or sum(read) * 2 < len(items):
            continue
        for (a, b), done in zip(items, read, strict=True):
            # (某某附近, 某某周边: the place, then where around it)
            if text.endswith(_AROUND, a, b):
                b -= 2
            name = text[a:b]
            if (
                done
                or not 2 <= len(name) <= 7
                or not all_cjk(name)
                or any(cs < b and a < ce for cs, ce, _ in spans)
                or any(ch in _BAD_NAME_CHARS or ch in "各全每该其本我这那" for ch in name)
                or name in common_words()
                or name in function_words()
                or name[:2] in function_words()
                or name.endswith(_FILL_NOT_ENDS)
                # (临时水果市场, 公益停车场: a kind of place the kind rules left out on purpose)
                or name[:2] in _MARKET_STOP
                or name[:2] in _FACILITY_STOP
                or name[:2] in _COMMUNITY_STOP
            ):
                continue
            out.append(Cand(a, b, "LOC", 0.45, 2, "loc.visit_item"))
    return out


def _ends_in_kind(item: str) -> bool:
    """Does this item of a list end in a kind of place (某某花园, 某某社区, 某某花园二区)?"""
    # (a section's 区/期 ends the item, or stands before its last line break: $)
    if (
        item[-1:] in ("区", "期", "\n")
        and _ESTATE_SECTION.search(item)
        and item[:-2].endswith(_SECTIONED_KINDS)
    ):
        item = item[:-2]
    if item.endswith(_VISIT_ITEM_KINDS):
        return True
    r = rules()
    if item[-1:] not in _loc_kind_ends(r):
        return False  # (most items, a person's or a body's name: no kind ends them)
    kms = list(_loc_kinds(r).finditer(item))
    return bool(kms) and kms[-1].end() == len(item)


_LOC_KIND_ENDS: dict[str, frozenset[str] | _Anything] = {}
_ITEM_KIND_ENDS: dict[str, frozenset[str] | _Anything] = {}


def _item_kind_ends(r: _Rules) -> frozenset[str] | _Anything:
    """The last characters of the items _ends_in_kind may say yes to: a kind's (a visit
    item's or a LOC kind's) or a section's (区, 期, or the line break $ stands before)."""
    pattern = r.loc_kind.pattern
    found = _ITEM_KIND_ENDS.get(pattern)
    if found is None:
        loc = _loc_kind_ends(r)
        found = _ITEM_KIND_ENDS[pattern] = (
            _ANYTHING
            if isinstance(loc, _Anything)
            else loc | {k[-1] for k in _VISIT_ITEM_KINDS} | {"区", "期", "\n"}
        )
    return found


def _loc_kind_ends(r: _Rules) -> frozenset[str] | _Anything:
    """The characters a match of r.loc_kind can end with (_last_chars; all where unknown)."""
    pattern = r.loc_kind.pattern
    found = _LOC_KIND_ENDS.get(pattern)
    if found is None:
        found = _LOC_KIND_ENDS[pattern] = _last_chars(pattern) or _ANYTHING
    return found


# 在西客站，/ 、西客站等单位: a passenger station named by its direction alone (session 18, locs19)
_DIRECTION_STATION = re.compile("(?<=[、，。：；\n在到至和及与])[东南西北]客站")


# 对丽景花园东侧路面: an estate named 某某花园, after a preposition and before where on it
# (session 18, locs19; elsewhere 花园 is too often a word: 花园城市, 花园式)
_GARDEN_ESTATE = re.compile(
    rf"(?<=[对在到从和及与])([{CJK}]{{2,3}})花园(?=[东南西北]侧|[东南西北]门|周边|内|门口|附近)"
)
_WATER_PARK_OPEN = ("我区", "我市", "我县", "本区", "本市", "本县", "该区", "该市", "该县")


def _water_parks(text: str) -> list[Cand]:
    """横泾河生态体育休闲公园, 枫香湖儿童公园, 某某河滨河公园: a park named after its river or
    lake, with up to six characters of what it is between (session 18, locs19)."""
    out: list[Cand] = []
    fw = function_words()
    for k in _occurrences(text, "公园"):
        for w in range(k - 1, max(k - 8, 1), -1):
            if text[w] not in "河湖江溪":
                continue
            mid = text[w + 1 : k]
            if (
                not _ALL_CJK.fullmatch(mid)
                or any(c in _BAD_NAME_CHARS for c in mid)
                or mid[:2] in fw
            ):
                break
            # (，以长江国家文化公园: a great river named bare after a preposition opens the
            # park's name; 横泾河公园 keeps its own river; audit44, locs42)
            a = next(
                (
                    w + 1 - n
                    for n in _NAMED_WATER_LENGTHS
                    if text[w + 1 - n : w + 1] in _NAMED_WATER_NAMES
                    and w - n >= 0
                    and (
                        not _is_cjk(text[w - n]) or text[w - n] in _LOC_LEAD or text[w - n] == "以"
                    )
                ),
                None,
            )
            a = (
                a
                if a is not None
                else next(
                    (
                        w - n
                        for n in (3, 2)
                        if w - n >= 0
                        and _ALL_CJK.fullmatch(text, w - n, w)
                        and not any(c in _BAD_NAME_CHARS for c in text[w - n : w])
                        and text[w - n : w] not in fw
                        and (
                            w == n
                            or text[w - n - 1] in _PUNCT_BOUNDARY
                            or text[w - n - 1] in "了在到和及与对将把"
                            or text.endswith(_WATER_PARK_OPEN, 0, w - n)
                        )
                    ),
                    None,
                )
            )
            if a is not None:
                out.append(Cand(a, k + 2, "LOC", 0.55, 2, "loc.kind"))
                break
    return out


_ESTATE_KINDS = tuple(sorted(rule_words()["estate_kinds"], key=len, reverse=True))
# 某某花园二区, 某某小区三期, 某某家园B区: the section of an estate, written after its name
_ESTATE_SECTION = re.compile("(?:[一二三四五六七八九十]|[A-H])[区期]$")
_SECTIONED_KINDS = (*_ESTATE_KINDS, "小区", "新村", "花园", "家园")
_SECTION_AFTER = re.compile(
    "(?:[一二三四五六七八九十]|[A-H])[区期](?=[，。、；：和及与等内（\n]|$)"
)


def _estate_sections(text: str, cands: list[Cand]) -> list[Cand]:
    """来到某某花园二区、, 察看某某小区三期，: an estate read with the section of it that was
    visited, one LOC (the section alone names no place; session 28, locs28)."""
    ends = {m.start() for m in _SECTION_AFTER.finditer(text)}
    out: list[Cand] = []
    if not ends:
        return out
    for c in cands:
        if c.end in ends and c.label == "LOC" and text.endswith(_SECTIONED_KINDS, c.start, c.end):
            out.append(Cand(c.start, c.end + 2, "LOC", c.conf, c.prio, c.rule))
    return out


_ESTATE_OPEN = set("对在到从和及与、赴至")
_ESTATE_NEXT = re.compile(
    "[，。、；：（(]|等|[东南西北]侧|[东南西北]门|周边|内|门口|附近|开展|进行|实地|察看|查看|检查|调研|督导|走访|发现|存在"
)


_ESTATE_LAST = re.compile("[" + "".join(sorted({k[-1] for k in _ESTATE_KINDS})) + "]")


def _occurrences_ending(text: str, word: str, ends: list[int]) -> list[int]:
    """_occurrences(text, word), from the positions of its last character (in order): where
    the word stands, each after the end of the one before (a word that overlaps itself)."""
    out: list[int] = []
    n = len(word) - 1
    after = 0
    for p in ends:
        k = p - n
        if k >= after and text.startswith(word, k):
            out.append(k)
            after = p + 1
    return out


def _estates(text: str, r: _Rules) -> list[Cand]:
    """来到青枫花园，/ 在金桂苑开展…/ 、翠屏家园等点位: a housing estate named by a stem of two or
    three characters and the kind of estate (rule_words.json estate_kinds: 花园, 家园, 苑, 华府…),
    read where a preposition or a verb of going opens the stem and punctuation, a position or
    the visit's verb closes the kind (a kind of systematic place grammar; session 20, locs21).
    美好家园, 建设花园 (a word, a verb) and 花园式 are none."""
    out: list[Cand] = []
    seen: set[tuple[int, int]] = set()
    fw = function_words()
    # (where each kind's last character stands, read in one pass: most kinds are in no text,
    # and a search for each cost most of this rule; session 35, speed35p2)
    lasts: dict[str, list[int]] = {}
    for m in _ESTATE_LAST.finditer(text):
        lasts.setdefault(m.group(), []).append(m.start())
    for kind in _ESTATE_KINDS:
        if kind[-1] not in lasts:
            continue
        for k in _occurrences_ending(text, kind, lasts[kind[-1]]):
            e = k + len(kind)
            # (来到某某花园二区，: the section after it, joined by _estate_sections)
            sectioned = _SECTION_AFTER.match(text, e) is not None
            if not _ESTATE_NEXT.match(text, e) and not sectioned:
                continue
            for n in (2, 3):
                a = k - n
                if a < 1:
                    continue
                if (a, e) in seen or not (
                    text[a - 1] in _ESTATE_OPEN
                    or text.endswith(_GOING_VERBS, 0, a)
                    # 查看了某某花园, 柳塘镇某某家园: after a verb of looking and 了, or its town
                    or (text[a - 1] == "了" and text.endswith(_VISIT_VERBS, 0, a - 1))
                    or _is_place_end(text, a)
                    # 某某社区泰来苑: an estate right after its community
                    or text.endswith("社区", 0, a)
                ):
                    continue
                name = text[a:k]
                # (、光明花园二期和: with its section after it, an estate's name may be any
                # word; session 30, locs30)
                if (
                    not _ALL_CJK.fullmatch(name)
                    or (name in common_words() and not sectioned)
                    or name in fw
                    or name[:2] in fw
                    or name[-2:] in fw
                    or name[0] in _GENERIC_HEAD
                    or name[0] in _CN_NUM
                    or any(
                        c in _BAD_NAME_CHARS or c in "各全每无有要该其之个省市县区镇乡"
                        for c in name
                    )
                    or (text[a:e] in common_words() and not sectioned)
                    # (广场公园: two kinds, no name; session 25, locs26)
                    or text[a:e] in _LOC_STOP
                    # 和谐家园: the connective opens a word (和谐), not the name
                    or (
                        text[a - 1] in "和及与"
                        and jieba_tokenizer().FREQ.get(text[a - 1 : a + 1], 0) >= 20
                    )
                    # (某某花园, 某某家园: 园 ends a longer kind read before)
                    or (kind == "园" and text[k - 1] in "花家嘉佳雅名乐")
                    # (在国家公园内, 国家森林公园: the state's parks in general; places41)
                    or (kind == "园" and name.startswith("国家"))
                    # 在幼儿园, 到产业园: a word of the dictionary before 园 names a kind of
                    # garden or park, no estate (碧桂园, 雍景园 are no words)
                    or (
                        kind == "园"
                        and (
                            jieba_tokenizer().FREQ.get(name, 0) >= 20
                            or jieba_tokenizer().FREQ.get(text[a:e], 0) >= 20
                        )
                    )
                ):
                    continue
                # 共同创卫、共护家园: after 、 only as an item of a list of places (the item before
                # ends in a kind of place, or 等 closes this one)
                if (
                    text[a - 1] == "、"
                    and not text.startswith("等", e)
                    and not any(text.endswith(kk, 0, a - 1) for kk in _ESTATE_KINDS)
                    and not any(
                        m.end() == a - 1 for m in r.loc_kind.finditer(text, max(0, a - 7), a - 1)
                    )
                ):
                    continue
                out.append(Cand(a, e, "LOC", 0.55, 2, "loc.estate"))
                seen.add((a, e))
                break
    return out


def _paired_alternation(words: Iterable[str]) -> str:
    """alternation(words) behind a lookahead on their first two characters' classes: the same
    matches (every word is two characters or more, so a word starting at a position has its
    first character in the first class and its second in the second: the lookahead rejects
    only positions where none starts). The search's skip set holds the first characters
    alone; a long alternation tried at each of them costs a test of every branch, most of
    which the second character already rules out (gpe_bare: 59 positions a bench article
    tried, 9 pass the pair). A list holding a shorter word gets the plain alternation."""
    words = sorted(set(words))
    if not words or min(map(len, words)) < 2:
        return alternation(words)
    first = "".join(sorted({w[0] for w in words}))
    second = "".join(sorted({w[1] for w in words}))
    return f"(?=[{re.escape(first)}][{re.escape(second)}])(?:{alternation(words)})"


# 来到柳塘宾馆、, 走进柳塘火车南站: a known place's bare name right before the kind of a hotel,
# a station, a hall or a square names that site (one LOC: the place inside is no GPE, as
# 璧山文化艺术中心 reads since session 20); the name opens after a mark, a preposition or a verb
# of going (rule_words.json place_venue_kinds; not 市场: 开拓柳塘市场; session 22, locs23)
# (behind a lookahead on the kinds' first two characters: 人, 会, 大, 国 open most of them and
# few of their words in running text; _paired_alternation)
_PLACE_VENUE = re.compile(_paired_alternation(rule_words()["place_venue_kinds"]))
_PLACE_VENUE_OPEN = frozenset("在到赴至和及与对经▲")


def _place_venues(text: str, r: _Rules, doc_stems: set[str]) -> list[Cand]:
    out: list[Cand] = []
    names = r.g.gpe_names
    for m in _PLACE_VENUE.finditer(text):
        k = m.start()
        for n in (3, 2):
            a = k - n
            if a < 0:
                continue
            stem = text[a:k]
            if stem not in names and stem not in doc_stems:
                continue
            prev = text[a - 1] if a else "\n"
            if (
                prev in _PUNCT_BOUNDARY
                or prev in _PLACE_VENUE_OPEN
                or text.endswith(_GOING_VERBS, 0, a)
                or (prev == "了" and text.endswith(_VISIT_VERBS, 0, a - 1))
            ):
                out.append(Cand(a, m.end(), "LOC", 0.55, 2, "loc.place_venue"))
            break
    return out


def _squares_and_communities(text: str, cands: list[Cand]) -> list[Cand]:
    """某某广场社区: a community named after its square (the LOC read as the square gets the
    community's kind); 某某社区广场: the community's own square, one LOC (as a park's own square;
    session 22, locs23)."""
    out: list[Cand] = []
    for c in cands:
        if c.label != "LOC":
            continue
        if text.endswith("广场", c.start, c.end) and text.startswith("社区", c.end):
            out.append(Cand(c.start, c.end + 2, "LOC", c.conf, c.prio, c.rule))
        elif text.endswith("社区", c.start, c.end) and text.startswith("广场", c.end):
            out.append(Cand(c.start, c.end + 2, "LOC", c.conf, c.prio, c.rule))
    return out


_COMMUNITY_NAME_NOT = frozenset(rule_words()["community_name_not"])
# what may follow a community named by a word right after its sub-district (某某街道光明社区创城
# 氛围浓厚, 某某街道供电社区新时代文明实践站), besides punctuation
_NAMED_COMMUNITY_NEXT = (
    *_COMMUNITY_NEXT,
    *("创城", "创卫", "创文", "创建", "新时代", "文明实践", "党群", "网格", "志愿", "于"),
)


def _communities_after_towns(text: str, cands: list[Cand]) -> list[Cand]:
    """某某街道光明社区, 某某镇向阳村: a community or a village named by an ordinary word (a noun:
    光明, 供电, 向阳) right after the sub-district or town the text's own places read (a GPE
    of its own); not a verb or an adverb of manner there (古城街道加强社区创城工作: rule_words.json
    community_name_not, and the words both lists of the dictionary hold as words of work), and
    only where the kind ends the item or the clause or is followed by what a community does
    (创城, 新时代文明实践站; a village: punctuation or 创城 only). In doubt, no span."""
    out: list[Cand] = []
    have = {c.start for c in cands if c.label == "LOC"}
    fw, cw = function_words(), common_words()
    for c in cands:
        e0 = c.end
        if (
            c.label != "GPE"
            or e0 - c.start < 3
            or e0 in have
            or not text.endswith(("街道", "镇", "乡"), 0, e0)
        ):
            continue
        # (某某街道南岸小区, 某某街道南岸丽景小区: an estate named right after its sub-district,
        # in four characters at most; 某某街道富强社区的广场: 的 after the community; session 30,
        # locs30)
        for n in (2, 3, 4):
            name = text[e0 : e0 + n]
            kinds = ("社区", "小区", "村") if n < 4 else ("小区",)
            kind = next((k for k in kinds if text.startswith(k, e0 + n)), "")
            if not kind or len(name) < n or not all(_is_cjk(ch) for ch in name):
                continue
            e = e0 + n + len(kind)
            nxt = text[e : e + 1]
            if kind == "村":
                if text.startswith("社区", e) or not (
                    nxt in "、，。；"
                    or text.startswith(("创城", "创卫", "创文"), e)
                    # 某某镇双泉村文旅示范村: a village's name that is no word of the dictionary
                    # (or a rare one), whatever of the village follows (not 村民, 村级: a word;
                    # session 38, places38)
                    or (
                        nxt not in _VILLAGE_WORD_NEXT
                        and jieba_tokenizer().FREQ.get(name, 0) < _RARE_WORD_FREQ
                        and all(c not in _BAD_NAME_CHARS for c in name)
                    )
                ):
                    break
            elif not (nxt in "、，。；：（(的" or text.startswith(_NAMED_COMMUNITY_NEXT, e)):
                break
            words = {name[i : i + 2] for i in range(n - 1)}
            if (
                any(w in _COMMUNITY_NAME_NOT or (w in fw and w in cw) for w in words)
                or name in _COMMUNITY_STOP
                # (某某街道无物业小区, 某某街道老旧小区: a kind of estate; session 30, locs30)
                or (kind == "小区" and (words & _COMMUNITY_STOP or name[0] in "无有老旧新"))
                or name in _HONOUR_STEMS
                or (kind == "村" and name in _VILLAGE_STOP)
                or name[0] in _CN_NUM
                or name[0] in "各全每该本我请所有省市县区镇乡"
                or any(ch in "的了是把被要在对和与及等到向为" for ch in name)
                or _COUNT_NAME.fullmatch(name)
            ):
                break
            out.append(Cand(e0, e, "LOC", 0.55, 2, "loc.kind"))
            break
    return out


# 某团七连, 、2连、11连、: a company of the production and construction corps (连, numbered) is a
# place, with the regiment or the farm written right before it (the pooled dev gold of session
# 47, 7 of 7, where both dev30 golds cut the regiment off); read right after a numbered regiment
# or as an item of a list between marks, in a text about the corps only (a numbered regiment,
# 兵团, 师市), never 三连冠 / 连续 / 连队
_CORPS_COMPANY = re.compile(
    r"(?:(?<=[0-9一二三四五六七八九十百]团)|(?<=[、，。：；\n])|(?<=[农总牧]场))"
    r"(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})连"
    r"(?![冠续任胜败贯载片线锁通带环接夜日年队长心锅襟体击忙声称])"
)
_CORPS_TEXT = re.compile(
    r"(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5})团(?![结队委体员购伙聚拜年长日])|兵团|师市"
)


def _company_after(text: str, regiment: str) -> bool:
    """Does a numbered company follow the regiment somewhere (72团12连, 72团三连)?"""
    return any(
        _CORPS_COMPANY.match(text, a + len(regiment)) is not None
        for a in _occurrences(text, regiment)
    )


# 、五连居民区、, 检查三连生活区时: a numbered company's housing area, one place with the company
# wherever it stands (dev34's golds; session 34, places36)
_CORPS_HOUSING = re.compile(
    r"(?<![0-9一二三四五六七八九十百〇])(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})连"
    r"(?:居民区|生活区|小区)"
)


def _corps_companies(text: str) -> list[Cand]:
    if _CORPS_TEXT.search(text) is None:
        return []
    out = []
    housed = {m.start(): m.end() for m in _CORPS_HOUSING.finditer(text)}
    for a, e in housed.items():
        out.append(Cand(a, e, "LOC", 0.55, 2, "loc.kind"))
    for m in _CORPS_COMPANY.finditer(text):
        a, e = m.span()
        if a in housed:
            continue
        # 一四八团二连, 72团12连, 芳草湖农场九连, 石河子总场六连: the company with the regiment or the
        # farm it belongs to is one place (every such company of the pooled dev gold of session
        # 47, 7 of 7; misc49), the regiment no GPE of its own there
        st = _company_owner_start(text, a)
        if st is not None:
            out.append(Cand(st, e, "LOC", 0.65, 2, "loc.kind"))
            continue
        # (a list item: a 、 on one side at least; after a regiment: the company in it)
        if text[a - 1] == "团" or text[a - 1] == "、" or text[e] == "、":
            out.append(Cand(a, e, "LOC", 0.55, 2, "loc.kind"))
    return out


_REGIMENT_NUMERALS = frozenset("0123456789一二三四五六七八九十百〇零")
_FARM_KINDS = ("农场", "总场", "牧场")


def _company_owner_start(text: str, a: int) -> int | None:
    """Where the regiment (一四八团, 72团) or the farm (芳草湖农场, 石河子总场) written right before
    the company at a starts; None where neither is. A farm's name is two to four characters
    after a mark or a verb of going (来到芳草湖农场九连、…)."""
    if text[a - 1 : a] == "团":
        k = a - 1
        while k > 0 and text[k - 1] in _REGIMENT_NUMERALS:
            k -= 1
        return k if k < a - 1 else None
    if not text.endswith(_FARM_KINDS, 0, a):
        return None
    f = a - 2
    for n in (2, 3, 4):
        st = f - n
        if st < 0 or not all_cjk(text[st:f]):
            break
        prev = text[st - 1] if st else "\n"
        if prev in "、，。：；\n" or text.endswith(_GOING_VERBS, 0, st):
            return st
    return None


# 贵阳经济区: a planned economic region named by a city or a province (bare, as the gazetteer
# knows it) is a place, one LOC, the place inside no GPE (both dev30 golds); not 经济区域 (a
# region in general; session 30, locs30)
_ECONOMIC_REGION = re.compile(rf"([{CJK}]{{2,4}}?)经济区(?!域)")


def _economic_regions(text: str, places: frozenset[str]) -> list[Cand]:
    out = []
    for m in _ECONOMIC_REGION.finditer(text):
        for n in (4, 3, 2):
            a = m.end(1) - n
            if a >= m.start(1) and text[a : m.end(1)] in places:
                out.append(Cand(a, m.end(), "LOC", 0.55, 2, "loc.kind"))
                break
    return out


_HIGHWAY_CUE = re.compile(words_cue(("国道", "省道", "县道")))
# (the rule of a visited site that takes a body's span: the visit's item, or a further mention)
_SITE_OR_AGAIN = ("loc.repeat", "loc.visit_item")
_LISTED_TOWN_CUE = re.compile(words_cue(_LISTED_TOWN_CUES))
_SCENIC_CUE = re.compile(words_cue(("风景", "旅游区")))


def find_locations(doc: Doc) -> None:
    text = doc.text
    # (the cues read more than once, or inside longer cues, tested once: each `in` reads the
    # whole text where the cue is not in it; session 35, speed35p2)
    listed = "、" in text
    communities = "社区" in text or "村" in text or "小区" in text
    gardens = "园" in text
    stations = "站" in text
    scenic = "景区" in text
    doc.cands.extend(_locations(text, doc.r, doc.doc_stems))
    if communities:
        # 某某街道光明社区创城…: a community named by a word after its sub-district (comm27)
        doc.cands.extend(_communities_after_towns(text, doc.cands))
    doc.cands.extend(_place_venues(text, doc.r, doc.doc_stems))
    if "连" in text:
        doc.cands.extend(_corps_companies(text))
    if "经济区" in text:
        doc.cands.extend(_economic_regions(text, doc.r.g.gpe_names))
    # macro-regions, metro lines, sites of culture named by a place and a theme (venues.py's
    # site grammar; session 25, locs26)
    doc.cands.extend(grammar_sites(text, doc.r.g.gpe_names, doc.doc_stems, doc.cands))
    # 皖北, 苏北地区: a province's region named by its short form (session 34, locs37)
    doc.cands.extend(province_regions(text, doc.r.g.gpe_names, doc.r.g.admin_stems))
    if "广场" in text:
        doc.cands.extend(_squares_and_communities(text, doc.cands))
    if gardens or "苑" in text or "府" in text or "公馆" in text or "庭" in text:
        doc.cands.extend(_estates(text, doc.r))
    if stations and "客站" in text:
        doc.cands.extend(
            Cand(m.start(), m.end(), "LOC", 0.55, 2, "loc.kind")
            for m in _DIRECTION_STATION.finditer(text)
        )
    if listed:
        items = _visit_items(text, doc.r)
        doc.cands.extend(items)
        # 先后来到某某汽车站、… 在某某汽车站，: every further mention of a place visited
        # (session 18, locs19)
        seen = {(c.start, c.end) for c in items}
        for name in {text[c.start : c.end] for c in items if c.label == "LOC"}:
            if len(name) >= 4:
                doc.cands.extend(
                    Cand(a, a + len(name), "LOC", 0.5, 2, "loc.repeat")
                    for a in _occurrences(text, name)
                    if (a, a + len(name)) not in seen
                )
    if listed and communities:
        # 查看了甲、乙、丙社区: bare names sharing the last item's kind (venues.py; locs27)
        doc.cands.extend(shared_kind_sites(text, doc.cands))
    roads = "道" in text
    if roads and listed:
        # 甲道、乙道、丙路: roads named 某某道 in a list of roads (venues.py; session 25, locs26)
        doc.cands.extend(dao_roads(text, doc.cands))
    doc.cands.extend(_waters(text))
    if "江" in text or "河" in text or "湖" in text or any(w in text for w in _NAMED_WATER_ODD):
        doc.cands.extend(_named_waters(text, doc.cands))
    if "流域" in text:
        doc.cands.extend(_basins(text, doc.cands))
    if "段" in text:
        doc.cands.extend(_line_sections(text))
    if "高速" in text:
        doc.cands.extend(_motorways(text, doc.r.g))
    if "山" in text or "岭" in text or "峰" in text or "可可西里" in text or "沙" in text:
        doc.cands.extend(_named_mountains(text, doc.cands))
    if "边境" in text:
        doc.cands.extend(
            Cand(m.start(), m.end(), "LOC", 0.55, 2, "loc.kind") for m in _BORDER.finditer(text)
        )
    if (
        "中心" in text
        or stations
        or "实践所" in text
        or "市场" in text
        or "水厂" in text
        or NAMED_VENUE_CUE.search(text) is not None
    ):
        # 来到某某镇综合文化站, 察看了行政服务中心: a facility visited (venues.py's site grammar;
        # session 27, locs27)
        centres_org = SERVICE_CENTRE_ORG in doc.switches  # (the opt-in org.service_centre)
        facilities = visited_facilities(text, doc.cands, centres_org)
        doc.cands.extend(facilities)
        if facilities:
            # (某镇自来水厂等地调研: a works the bodies' grammar reads as the firm it also is
            # is the site of the visit where a visit names it, one LOC, and so at its further
            # mentions (（某镇行政服务中心督导现场）): f46's and f47's golds, both; session 46,
            # loc48). The site wins the ORG's span by priority: a step that only adds.
            read = {(c.start, c.end) for c in facilities if c.label == "LOC"}
            sites = {text[a:e] for a, e in read}
            doc.cands.extend(
                Cand(c.start, c.end, "LOC", 0.5, 4, _SITE_OR_AGAIN[(c.start, c.end) in read])
                for c in list(doc.cands)
                if c.label == "ORG" and text[c.start : c.end] in sites
            )
    etc = "等" in text
    if listed and etc:
        doc.cands.extend(_visit_list_fill(text, doc.cands))
        # 在甲家属院、乙名典、丙园等小区 (venues.closed_list_sites; session 23, locs24)
        doc.cands.extend(closed_list_sites(text, doc.cands))
    if communities and "自然村" in text:
        # 青峰村万家自然村: a natural village right after the village it belongs to (orgs20)
        # (its name may be any word: 万家, 李家湾)
        doc.cands.extend(
            Cand(m.start(1), m.end(), "LOC", 0.5, 2, "loc.kind")
            for m in _NATURAL_VILLAGE.finditer(text)
            if not any(c in _BAD_NAME_CHARS or c in "各全每该本我其" for c in m.group(1))
        )
    if communities and ("镇" in text or "乡" in text or "街道" in text):
        doc.cands.extend(_town_villages(text, doc.cands))
    if communities:  # (a village or a community read again: 村 or 社区 in the text)
        _villages_again(doc)
    if scenic or _SCENIC_CUE.search(text) is not None:
        doc.cands.extend(_scenic_areas(text))
    if gardens:
        doc.cands.extend(_named_parks(text))
    if gardens and "公园" in text:
        doc.cands.extend(_water_parks(text))
        # 某某国家森林公园, 某某中国农业公园: a park named with its grade (session 49, loc51)
        doc.cands.extend(_graded_parks(text, doc.cands))
    if gardens and "花园" in text:
        doc.cands.extend(
            Cand(m.start(), m.end(), "LOC", 0.5, 2, "loc.kind")
            for m in _GARDEN_ESTATE.finditer(text)
            if m.group(1) not in common_words() and m.group(1) not in function_words()
        )
    lines = "线" in text
    if lines or (roads and _HIGHWAY_CUE.search(text) is not None):
        doc.cands.extend(
            Cand(m.start(), m.end(), "LOC", 0.55, 2, "loc.kind")
            for m in _NUMBERED_ROAD.finditer(text)
        )
    if lines and "线等" in text:
        doc.cands.extend(_road_lines(text))
    if (etc and _LISTED_TOWN_CUE.search(text) is not None) or scenic or "景点" in text:
        doc.cands.extend(_listed_bare_kinds(text))
    if communities and (
        "个社区" in text
        or "个村" in text
        or "个行政村" in text
        or "个自然村" in text
        or "等社区" in text
        or "等村" in text
    ):
        doc.cands.extend(_counted_places(text))
    doc.cands.extend(_estate_sections(text, doc.cands))
    if communities and "基地" in text:
        doc.cands.extend(_village_bases(text, doc.cands))
    # 来到某家湾和美幸福屋场, 先后对某某苑项目工地、中石化某某加油站: the named sites of a visit
    # (session 43, locs43)
    if (
        "屋场" in text
        or "基地" in text
        or "中心" in text
        or "园" in text
        or "工地" in text
        or ("站" in text or "城" in text or "草原" in text or "馆" in text or "分厂" in text)
    ):
        doc.cands.extend(_visited_sites(text, doc.cands))
    if "项目" in text and _PROJECT_SITE_CUE.search(text) is not None:
        # 、某某产业园某某项目、: a site visited before its project (session 49, loc51)
        doc.cands.extend(_sites_before_projects(text, doc.cands))
    if "港" in text:
        doc.cands.extend(_ports(text, doc.r.g))
    if "口岸" in text:
        doc.cands.extend(_crossings(text, doc.r.g))
    if _NATURAL_KIND.search(text) is not None:
        doc.cands.extend(_natural_features(text, doc.cands, doc.r.g))
    if listed and ("馆" in text or (stations and "文化站" in text)):
        _culture_sites_visited(doc)
    _cut_clause_leads(doc)


# the rules that read a place from its kind (the kind's regex, the waters, the ports, the items
# of a visit): what they read may open with the clause before the place
_KIND_READ_RULES = frozenset(("loc.kind", "loc.visit_item", "loc.repeat"))


def _cut_clause_leads(doc: Doc) -> None:
    """A LOC read from its kind by any rule that opens with a verb, an adverb or a connective
    of the clause before it (rule_words loc_clause_leads: 地处海河流域, 外有长江、, 进一步扩大景区,
    并希望景区, 筑牢住宅小区安全, 要入村入户: wide45 pages, slogans43) starts after it; what is
    left is a place only where a name of one character or more stays before a kind of two
    (海河, 长江 of the great waters, whatever their length), else none is named. One test of
    the leads in C per candidate (most open with none); _without_clause_leads did this for
    _locations' own reading before the other rules added theirs."""
    text = doc.text
    keep: list[Cand] = []
    changed = False
    for c in doc.cands:
        if c.label != "LOC" or c.rule not in _KIND_READ_RULES:
            keep.append(c)
            continue
        a = c.start
        # 他指出某某纪念馆管理处将…: a pronoun and a verb of speech (gazetteer speech_verbs)
        # open the clause that reports what was said, no part of the place after them (wide46
        # pages; session 44, locs46)
        if text[a] in "他她" and c.end - a > 4:
            said = doc.r.g.speech_verbs
            verb = next((n for n in (3, 2) if text[a + 1 : a + n + 1] in said), 0)
            if verb:
                a += 1 + verb
        while text.startswith(_CLAUSE_LEADS, a, c.end):
            a += len(next(w for w in _CLAUSE_LEADS if text.startswith(w, a, c.end)))
        if a == c.start:
            keep.append(c)
            continue
        changed = True
        rest = text[a : c.end]
        if rest in _NAMED_WATER_NAMES or _named_after_lead(rest, doc.r):
            keep.append(Cand(a, c.end, c.label, c.conf, c.prio, c.rule))
    if changed:
        doc.cands[:] = keep


# 某某村无公害砂糖橘种植示范基地, 某某社区辣椒种植基地: a farming base named by its village and
# what it grows (dev43's golds, both, twice; dev41's: 某某城管基地; the rural visits of many wide
# pages); what is between holds no clause word, no other place and no verb of making the base
_BASE_RUN = re.compile(f"[{CJK}]{{2,10}}?基地")
_BASE_NOT_IN = frozenset("的了是在和与及等对把被将为从向到个各全该其本我这那村镇乡县市区省")
_BASE_MAKING = ("建设", "打造", "发展", "新建", "建成", "依托", "成立", "流转", "扩大", "规划")


def _village_bases(text: str, cands: list[Cand]) -> list[Cand]:
    """loc.kind: a farming base named by the village or the community read right before it is
    one place with it (the village no place of its own there); not a base being built
    (某某村某某基地建设情况: dev f39's golds, both, read the village alone)."""
    out = []
    for c in cands:
        if c.label != "LOC" or not text.endswith(("村", "社区", "嘎查"), c.start, c.end):
            continue
        m = _BASE_RUN.match(text, c.end)
        if m is None or text.startswith("建设", m.end()):
            continue
        what = text[c.end : m.end() - 2]
        if not _BASE_NOT_IN.isdisjoint(what) or any(w in what for w in _BASE_MAKING):
            continue
        out.append(Cand(c.start, m.end(), "LOC", c.conf, c.prio + 1, "loc.kind"))
    return out


# 来到某家湾和美幸福屋场, 前往某镇某某专业合作社产业基地、某村某家幸福屋场, 先后对经开区某某苑项目
# 工地、中石化某某大街加油站: a named site of a rural or a works visit (rule_words.json
# visited_site_kinds) is one LOC from where the list opens it, however long its own name (a
# cooperative's or a firm's name inside: the site, not the body; a province's or a prefecture's
# name inside no GPE), a town, a zone or a village written before it cut off as its own place
# (dev45's golds, both: 14 such sites on 4 of 12 pages, none read; session 43, locs43)
_SITE_KIND = re.compile(alternation(rule_words()["visited_site_kinds"]))
_VISITED_SITE_KINDS = tuple(rule_words()["visited_site_kinds"])
_SITE_OPENER = re.compile(
    "来到|走进|深入到?|前往|莅临|走访了?|察看了?|查看了?|参观了?|考察了?|检查了?|督查了?"
    "|督导了?|调研了?|暗访了?|观摩了?|围绕|先后对|分别对|先后到|分别到|到|赴"
)
# (the verbs that make a list of sites of the sentence's 、 items, wherever they stand before)
_SITE_LIST_VERB = re.compile(
    "来到|走进|深入|前往|莅临|走访|察看|查看|参观|考察|检查|督查|督导|调研|暗访|观摩|先后对|分别对"
    # (某某先后赴甲产业园、乙生产基地: a round of visits by its adverb and verb of going; wide46
    # pages; session 44, locs46)
    "|围绕|先后到|先后赴|分别到|分别赴"
)
_SITE_MARKS = "，。、；：！？\n（“"
_SITE_NEXT = frozenset("，。、；：）)”\n 和及与等")
# (星辉5G智慧路灯制造生产基地, 某某MALL: Latin letters inside a site's own name; session 47,
# loc49)
_SITE_NAME = re.compile(f"(?:[{CJK}0-9A-Za-z]|（[{CJK}]{{2,4}}）){{2,20}}")
# (某某冷链（华中）国际食品交易中心, 某某（定州）再生资源产业基地: a region or a city in brackets
# inside a site's own name, one LOC with it; the pooled dev gold; session 47, loc49)
_SITE_NOTE = re.compile(f"（[{CJK}]{{2,4}}）")
_SITE_NAME_STOP = frozenset("的了是在与等对把被将从向为以")
# (各村, 全县, 该镇, 本地: no name opens so; inside one, 全程机械化 may stand)
_SITE_NAME_NOT_FIRST = frozenset("各全每该其本我这那和及")
_SITE_THEME_HEADS = frozenset(rule_words()["site_theme_heads"])
_SITE_STEM_STOP = frozenset(rule_words()["visited_facility_stop"]) | _FACILITY_STOP
# (a town, a district, a zone, a village or a community before the site's own name: its own
# place; a province, a prefecture, a city or a county names the site with it, 某州民族博物馆)
_SITE_CUT_UNITS = ("镇", "乡", "区", "街道", "村", "社区", "嘎查")
_NUMBERED_SITE = re.compile(
    "(?<=[、，。：；\n在到赴和及])(?:[一二三四五六七八九〇零]{3}基地|[一二三四五六七八九十]分厂)"
    "(?=[、，。；等和及]|$)"
)


# 先后赴某某街某某产业园、…，某某街某某生产基地: a sub-district written by its short form 某某街
# (for 某某街道), two or three characters and 街 right where a visited site's name opens (or
# right after another place cut off), names no street there but the sub-district the site lies
# in: its own GPE, the site a LOC of its own (the pooled dev gold, four on one page, the 街
# read as a street LOC; session 47, loc49); a street's kind (步行街, 商业街, 老街) is no
# sub-district (rule_words.json street_kind_stems)
_STREET_KIND_STEMS = frozenset(rule_words()["street_kind_stems"])


def _street_sub_district_before(text: str, j: int) -> bool:
    """Does a sub-district written 某某街 end at j (_street_sub_district_start)?"""
    return _street_sub_district_start(text, j) >= 0


def _street_sub_district_start(text: str, j: int) -> int:
    """Where a sub-district written 某某街 that ends at j opens (-1: none), opened by a mark, a
    preposition, a verb of going or its district (南开区华苑街, 在双丰街, 、红旗街, 来到某某街):
    the one test of the community's LOC after it (loc49) and of the 街's own GPE (gpe50). The
    longer name first (来到集贤里街), not one a preposition opens (。在双丰街: 在 + 双丰街)."""
    for n in (3, 2):
        a = j - 1 - n
        if a < 1 or not _sub_district_street(text, a, j, j + 2):
            continue
        if n == 3 and text[a] in "在到赴对":
            continue
        if (
            text[a - 1] in _PUNCT_BOUNDARY
            or text[a - 1] in "在到赴和及与对"
            or text.endswith(_GOING_VERBS, 0, a)
            or (text[a - 1] in "区县市" and _is_place_end(text, a))
        ):
            return a
    return -1


def _sub_district_street(text: str, a: int, j: int, k: int) -> bool:
    """Does text[a:j] name a sub-district by 某某街 before a site's own name that runs to k?"""
    return (
        text[j - 1] == "街"
        and j - a in (3, 4)
        and k - j >= 2
        and all_cjk(text[a : j - 1])
        and text[j : j + 1] not in "道头区巷"
        and text[a : j - 1] not in _STREET_KIND_STEMS
        and text[j - 3 : j - 1] not in _STREET_KIND_STEMS
        and text[j - 2] not in _STREET_KIND_STEMS
        and not any(ch in _SITE_NAME_STOP or ch in _BAD_NAME_CHARS for ch in text[a:j])
    )


def _site_opened(text: str, k: int, e: int, loc_ends: set[int], site_ends: set[int]) -> int:
    """Where the name of the site whose kind is text[k:e] opens (-1: no opener): right after the
    nearest of a verb of going or looking, a 和 / 及 after a place read, a list's 、 in a
    sentence of a visit, a ， after a site read, or a sentence's opening 在 (在某某欢乐城，)."""
    lo = max(text.rfind(c, max(0, k - 30), k) for c in _SITE_MARKS)
    if lo > 0 and text[lo] == "（" and _SITE_NOTE.match(text, lo) and _is_cjk(text[lo - 1]):
        # (某某冷链（华中）国际食品交易中心: a place in brackets inside the site's name; the
        # name opens before it)
        lo = max(text.rfind(c, max(0, k - 30), lo) for c in _SITE_MARKS)
    best = -1
    for m in _SITE_OPENER.finditer(text, lo + 1, k):
        best = m.end()
    for j in range(max(lo + 1, best), k - 2):
        if text[j] in "和及" and j in loc_ends:
            best = j + 1
    if best < 0 and lo >= 0:
        mark = text[lo]
        if mark == "、":
            top = max(text.rfind(c, max(0, lo - 120), lo) for c in "。！？\n")
            if lo in loc_ends or _SITE_LIST_VERB.search(text, top + 1, lo) is not None:
                best = lo + 1
        elif mark == "，" and (
            lo in site_ends
            # (…、某某物流信息管理及仓储中心，某某街某某产业园: a site no rule read closing the
            # clause before, by its kind, in a sentence of visits; session 47, loc49)
            or (
                text.endswith(_VISITED_SITE_KINDS, 0, lo)
                and _SITE_LIST_VERB.search(
                    text, max(text.rfind(c, max(0, lo - 120), lo) for c in "。！？\n") + 1, lo
                )
                is not None
            )
        ):
            best = lo + 1  # (…某村某家幸福屋场，某镇某某基地、: the visit's list goes on)
        elif mark in "。\n" and text.startswith("在", lo + 1) and text.startswith("，", e):
            best = lo + 2
    if best < 0 and lo < 0 and k <= 30 and text.startswith("在") and text.startswith("，", e):
        best = 1
    return best


def _site_stem_ok(stem: str, cut: bool) -> bool:
    """The site's own name before its kind: a name, not the kind in general (各村幸福屋场,
    特色产业基地, 重点项目工地, 在建项目工地); a common word alone names one only after the
    town or the village it lies in (某镇柑橘产业发展基地)."""
    if not _SITE_NAME.fullmatch(stem):
        return False
    if any(c in _SITE_NAME_STOP for c in stem) or stem[0] in _SITE_NAME_NOT_FIRST:
        return False
    if stem[-1] in "和及" or (
        # (三十七某某旧址纪念馆: a numeral may open a name of four characters or more)
        stem[:2] in function_words()
        and not (
            stem[0] in "一二三四五六七八九十" and len(stem) >= 4 and not _COUNT_WORDS & set(stem)
        )
    ):
        return False
    if cut:
        # (某镇现代化种猪养殖基地, 某镇特色产业基地: after its town the kind of base names the
        # town's own)
        return len(stem) >= 2
    return not (
        stem[:2] in _SITE_THEME_HEADS
        or stem in _SITE_STEM_STOP
        or stem[:2] in _SITE_STEM_STOP
        or stem in _SITE_GRADES
        or stem in common_words()
    )


def _visited_sites(text: str, cands: list[Cand]) -> list[Cand]:
    """loc.visit_item: the named sites of a visit (above)."""
    out: list[Cand] = []
    loc_ends: set[int] | None = None
    places: dict[int, int] = {}
    site_ends: set[int] = set()
    for m in _SITE_KIND.finditer(text):
        k, e = m.span()
        # (某某养殖基地现场参观: the site's scene, where the visit stands; wide46 pages;
        # session 44, locs46)
        if e < len(text) and text[e] not in _SITE_NEXT and not text.startswith("现场", e):
            continue  # (屋场会, 加油站站长: a meeting, a post)
        if loc_ends is None:
            loc_ends = {c.end for c in cands if c.label == "LOC"}
            # (the places read that a site's name may open after: end -> start)
            for c in cands:
                if c.label in ("GPE", "LOC") and text.endswith(_SITE_CUT_UNITS, c.start, c.end):
                    places[c.end] = max(places.get(c.end, -1), c.start)
        a = _site_opened(text, k, e, loc_ends | site_ends, site_ends)
        if a < 0 or k - a < 2:
            continue
        # (、省重点产业项目某县某某产业园: the project's grade and kind before the site's own
        # name say which project, the name follows them; wide46 pages; session 44, locs46)
        p = text.rfind("项目", a, k - 3)
        if p >= 0:
            a = p + 2
        # (前往某镇某某基地, 某村某家幸福屋场: the town or the village read before the name is
        # its own place; 某某区某某项目工地: so is a district or a zone, by its unit)
        cut = 0
        street: tuple[int, int] | None = None
        for j in range(a + 2, k - 1):
            if _sub_district_street(text, cut or a, j, k):
                street = (cut or a, j)
                cut = j
            elif (
                (j in places and places[j] >= a)
                or (text[j - 1] in "镇乡区" and _is_place_end(text, j))
                # (某村某家幸福屋场: a village of two or three characters right after the
                # opener or the town, which no rule may have read)
                or (
                    text[j - 1] == "村"
                    and (cut or a) in (j - 3, j - 4)
                    and text[j - 2] not in "乡农"
                    and all_cjk(text[j - 3 : j - 1])
                )
            ):
                cut = j
        s = cut or a
        if not _site_stem_ok(text[s:k], bool(cut)):
            continue
        if street is not None:
            # (the sub-district so cut off is a GPE, as 某某街道 is; loc.kind read it a street)
            out.append(Cand(street[0], street[1], "GPE", 0.55, 3, "gpe.visit_item"))
        out.append(Cand(s, e, "LOC", 0.55, 3, "loc.visit_item"))
        site_ends.add(e)
    if "基地" in text or "分厂" in text:
        # 某湖、某山、二二一基地等: a base named by its number; 某影剧院、一分厂、某草原等: a works'
        # plant named by its number among the places of a list (dev45's golds, both)
        ends = site_ends | {c.end for c in cands if c.label == "LOC"}
        starts = {c.start for c in cands if c.label == "LOC"} | {c.start for c in out}
        for m in _NUMBERED_SITE.finditer(text):
            a, e = m.span()
            if m.group().endswith("基地") or a - 1 in ends or e + 1 in starts:
                out.append(Cand(a, e, "LOC", 0.5, 2, "loc.visit_item"))
    return out


# 天津港, 某某港某某港区, 北疆港区: a port named by its city, and a port area named in it
# (dev43's golds, both, eight times on one page: the city inside the port no GPE); a port is
# read bare only before what leaves it alone (天津港是…, 天津港区域; not 天津港集团, 某港分局)
_PORT_ALONE_NEXT = ("是", "区域", "的", "和", "与", "及", "、")
_PORT_AREA_OPEN = frozenset("、，。：；\n（(和及与在到赴对")


def _ports(text: str, g: Gazetteers) -> list[Cand]:
    """loc.kind: the ports and port areas of a text (above)."""
    out: list[Cand] = []
    full = g.admin_full
    j = text.find("港")
    while j >= 0:
        e = j + 1
        city = next((n for n in (3, 2) if text[j - n : j] in g.gpe_names), 0)
        if city and text[j - city - 1 : j - city] not in _NAMED_WATER_PREV:
            area = text[e : e + 4]
            if len(area) == 4 and area.endswith("港区") and all_cjk(area[:2]):
                out.append(Cand(j - city, e + 4, "LOC", 0.55, 3, "loc.kind"))
                j = text.find("港", e + 4)
                continue
            if e == len(text) or not _is_cjk(text[e]) or text.startswith(_PORT_ALONE_NEXT, e):
                out.append(Cand(j - city, e, "LOC", 0.55, 3, "loc.kind"))
        elif (
            text.startswith("港区", j)
            and j >= 3
            and all_cjk(text[j - 2 : j])
            and text[j - 3] in _PORT_AREA_OPEN
            and text[j - 2 : j + 2] not in full
            # (在海港区杜庄镇: a district named 某港区 after a preposition, a GPE, no port area;
            # wide45, slogans43)
            and text[j - 1 : j + 2] not in full
            and text[j - 2 : j] not in g.gpe_names
            and text[j - 2 : j] not in function_words()
        ):
            out.append(Cand(j - 2, j + 2, "LOC", 0.55, 3, "loc.kind"))
        j = text.find("港", e)
    return out


# Border crossings: 霍尔果斯铁路口岸, 二连浩特公路口岸, 策克口岸, 霍尔果斯-阿腾科里口岸站
# (f49's gold: eleven times on one page, the city inside it no GPE; session 48, loc50). The name
# is a county's or a city's bare name right before the mode (any opener), or, for a place of no
# division (策克, 满都拉), two to four characters after a mark, a preposition or a verb of going
# or looking. resources/gazetteers/port_kinds.txt: the modes, what after 口岸 makes a body of it
# (口岸办, 口岸管委会: the bodies' grammar reads those), and the words that name no crossing.
def _port_words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    parts = _sections("port_kinds.txt", "modes", "next:", "name_not:")
    by_len = functools.partial(sorted, key=len, reverse=True)
    return tuple(by_len(parts["modes"])), tuple(parts["next:"]), frozenset(parts["name_not:"])


_CROSSING_MODES, _CROSSING_BODY_NEXT, _CROSSING_NAME_NOT = _port_words()
_CROSSING_OPEN = frozenset("、，。：；\n（(“和及与在到赴对从经至")
_CROSSING_JOIN = frozenset("-－—")
_CROSSING_NAME_CHARS_NOT = frozenset("的了是在和与及等为对把被将就我各全每该本省市县区")


def _crossing_name_start(text: str, k: int, g: Gazetteers) -> int | None:
    """Where the name of a crossing whose mode (or 口岸) starts at k starts, or None."""
    for n in (5, 4, 3, 2):
        # (a county's or a city's bare name; a province's names the crossings of it in general:
        # 新疆口岸)
        name = text[k - n : k]
        if name in g.admin_stems or (name in g.gpe_names and name not in PROVINCES):
            a = k - n
            # (霍尔果斯-阿腾科里口岸站: the two towns of a crossing, the first a county's)
            if text[a - 1 : a] in _CROSSING_JOIN:
                b = _crossing_name_start(text, a - 1, g)
                if b is not None:
                    return b
            return a
    # (东宁边境口岸, 各地重点口岸: a word that says which kind of crossing ends what stands
    # before it; a county's name before it names the crossings of the county in general)
    if text[k - 2 : k] in _CROSSING_NAME_NOT:
        return None
    # (现场检查口岸旅检场所: a verb or a common word before 口岸 says what is done at the
    # crossings or which kind they are; a place of no division is named by a proper word; 考察
    # 口岸: a verb of looking or going takes the crossings in general as its object)
    if (
        (w := text[k - 2 : k]) in function_words()
        or w in common_words()
        or text.endswith(_WATER_VERBS, 0, k)
        or text.endswith(_GOING_VERBS, 0, k)
    ):
        return None
    for n in (2, 3, 4):
        a = k - n
        name = text[a:k]
        if a < 1 or not all_cjk(name) or name in function_words():
            continue
        # (a clause word or a level: no name; 都 and 也 write transliterated names, 满都拉)
        if any(c in _CROSSING_NAME_CHARS_NOT for c in name):
            return None
        if text[a - 1] in _CROSSING_OPEN or text.endswith(_WATER_VERBS, 0, a):
            return a
        if text[a - 1] in _CROSSING_JOIN:
            b = _crossing_name_start(text, a - 1, g)
            if b is not None and b < a - 2:
                return b
        if text[a - 1] == "了" and text.endswith(_WATER_VERBS, 0, a - 1):
            return a
    return None


def _crossings(text: str, g: Gazetteers) -> list[Cand]:
    """loc.kind: the border crossings of a text (above)."""
    out: list[Cand] = []
    j = text.find("口岸")
    while j >= 0:
        e = j + 2
        if text.startswith("站", e):
            e += 1  # (某某-某某口岸站: the railway's crossing station)
        elif text.startswith(_CROSSING_BODY_NEXT, e):
            j = text.find("口岸", e)
            continue
        mode = next((w for w in _CROSSING_MODES if text.endswith(w, 0, j)), "")
        k = j - len(mode)
        # (边境口岸 alone, 各口岸, 自治区口岸, 某某边境口岸 name none)
        a = _crossing_name_start(text, k, g)
        if a is not None and text[a:k] not in _CROSSING_NAME_NOT:
            out.append(Cand(a, e, "LOC", 0.55, 3, "loc.kind"))
        j = text.find("口岸", e)
    return out


# the kinds of a public cultural facility a body runs (市图书馆, 某某文化站): read as the body
# (ORG) by the bodies' grammar, a place where an inspection's list of sites visited names it
_CULTURE_VISITED = (*rule_words()["culture_site_kinds"], "文化站")
_CLAUSE_ENDS = "，。；：！？\n"


def _culture_sites_visited(doc: Doc) -> None:
    """先后来到甲广场、乙巷、市文化馆、丙社区等地, 位于某区的甲规划馆、区图书馆、乙超市: a cultural
    facility read as a body (ORG) that is an item of a list whose other items are places (a LOC
    of the list, right after or before a 、) is one of the places visited, a LOC (dev27p2, dev29,
    dev31: both golds; 某某到区文化馆、区图书馆调研: a list of bodies
    alone, their ORG stays; orgs31)."""
    text = doc.text
    locs = [c for c in doc.cands if c.label == "LOC"]
    if not locs:
        return
    for c in [
        c
        for c in doc.cands
        if c.label == "ORG" and text.endswith(_CULTURE_VISITED, c.start, c.end) and c.start
    ]:
        if text[c.start - 1] != "、" and text[c.end : c.end + 1] != "、":
            continue
        lo = max(text.rfind(ch, 0, c.start) for ch in _CLAUSE_ENDS) + 1
        hi = min((k for ch in _CLAUSE_ENDS if (k := text.find(ch, c.end)) >= 0), default=len(text))
        if not any(
            lo <= p.start
            and p.end <= hi
            and (p.end <= c.start or c.end <= p.start)
            and (text[p.start - 1 : p.start] == "、" or text[p.end : p.end + 1] == "、")
            for p in locs
        ):
            continue
        # (a step only adds: the place outranks the body's reading, which stays a candidate for
        # when loc.visit_item is switched off; tests/test_preannotate_step_skip.py)
        doc.cands.append(Cand(c.start, c.end, "LOC", 0.5, c.prio + 1, "loc.visit_item"))


# 来到县某某公司家属院、…: the housing of a body's staff (家属院, 家属区, 宿舍区; rule_words.json
# body_housing_kinds) is a place named by the body, one LOC with it, the body inside none; a
# former body's (原某某局家属院) with its 原 (session 31, locsb31)
_BODY_HOUSING = tuple(sorted(rule_words()["body_housing_kinds"], key=len, reverse=True))


_BODY_HOUSING_CUE = re.compile(words_cue(("家属", "宿舍", "生活区")))


def join_body_housing(doc: Doc) -> None:
    """Called after the bodies and the companies are read (entities.find_entities)."""
    text = doc.text
    if _BODY_HOUSING_CUE.search(text) is None:
        return
    for c in list(doc.cands):
        if c.label != "ORG" or not text.startswith(_BODY_HOUSING, c.end):
            continue
        kind = next(k for k in _BODY_HOUSING if text.startswith(k, c.end))
        s = c.start - 1 if c.start >= 1 and text[c.start - 1] == "原" else c.start
        doc.add(s, c.end + len(kind), "LOC", 0.55, max(c.prio, 3), "loc.kind")


def find_location_towns(doc: Doc) -> None:
    """The towns find_locations reads (an item of a list of places visited, 甲、乙等乡镇), alone:
    what it still gives where every LOC rule is off (registry.STEP_RULES, entities; speed24)."""
    text = doc.text
    if "、" in text:
        doc.cands.extend(c for c in _visit_items(text, doc.r) if c.label == "GPE")
    if _LISTED_TOWN_CUE.search(text) is not None:
        doc.cands.extend(c for c in _listed_bare_kinds(text) if c.label == "GPE")


_ZONE_TAIL = re.compile(
    "开发区|高新区|经开区|新区|园区|贸易港|自贸港|试验区|自贸区|生态城|集中区|集聚区|聚集区|保税区|综保区"
    "|高新园|商务区|实验区"
)


# provinces whose bare names also sit inside other words (推广西部, 浙江西部, 东西藏好): a bare
# mention counts where the name is a word of its clause (支持广西经济, 当前，广西正处于…)
# (台湾 too: 赴韩国台湾招商引资; not 平台湾区, 舞台湾: _province_words; wide46; session 44,
# gpe46)
_PROVINCE_WORDS = re.compile("广西|江西|西藏|青海|吉林|台湾")


# 来陕考察, 来桂调研, 赴京汇报: a province's one-character name between a verb of coming or going
# and a verb of visiting
_ABBREV_VISIT = re.compile(
    f"(?<=[来赴抵返莅])([{PROVINCE_INITIALS_VISITED}])"
    "(?=考察|调研|视察|检查|指导|督导|访问|参观|交流|出席|汇报|工作)"
)


# countries and big foreign cities named bare (resources/gazetteers/countries.txt,
# foreign_cities.txt: 迪拜, 莫斯科; session 44, gpe46)
_FOREIGN_NAMES = frozenset((*_lines("countries.txt"), *_lines("foreign_cities.txt")))
_COUNTRY = re.compile(_paired_alternation(_FOREIGN_NAMES))


def _countries(text: str) -> list[tuple[int, int]]:
    """日本, 韩国, 迪拜: a country or a big foreign city where jieba reads it as a word of its
    clause (中美国际 holds no 美国; 8日本报讯 is a day and 本报)."""
    out = []
    for m in _COUNTRY.finditer(text):
        a, e = m.span()
        if a and (text[a - 1].isdigit() or text[a - 1] in _CN_NUM) and m.group()[0] == "日":
            continue
        lo = max(0, a - 4)
        words = jieba_tokenizer().tokenize(text[lo : e + 4], HMM=False)
        if any(w == m.group() and ws + lo == a for w, ws, _ in words):
            out.append((a, e))
    return out


# 中国特色, 中国式现代化, 中国移动, 中国工程院: what after the country's bare name makes it part of
# a formula or of a body's name (rule_words.json country_not_next)
_HOME_COUNTRY_NOT_NEXT = tuple(rule_words()["country_not_next"])
# 健康中国, 美丽中国: a campaign named after the country (rule_words.json campaign_place_heads)
_HOME_COUNTRY_CAMPAIGNS = tuple(rule_words()["campaign_place_heads"])
# 中国某某协会, 中国某某博览会, 中国某某杂志社, 中国某某网, 中国某某科创谷: the kind of a body, an
# event, a site or a facility closing the run of characters the country's name opens, which is
# that one's name (not 网格, 网络: words of their own)
_HOME_COUNTRY_NAME_TAIL = re.compile(
    rf"[{CJK}]{{0,10}}?(?:公司|集团|协会|学会|联合会|研究院|研究会|委员会|基金会|促进会|博览会"
    rf"|交易会|展览会|大学|学院|报社|杂志社|总局|总会|网站|网(?![格络])|谷|园|馆)"
)


def _home_country(text: str) -> list[tuple[int, int]]:
    """中国 bare, a word of its clause (jieba's, as _countries reads a country): the country
    (GUIDELINES: a country is a GPE; the pooled dev gold: 中国经济, 中国革命, 乃至中国, 使中国边境,
    是中国某某之乡, 致力于中国投资促进事业, both golds where two; session 49, gpe51). Not in a
    fixed formula, a campaign or a body's or an event's name (中国特色, 中国式现代化, 健康中国,
    中国移动, 中国某某协会: untagged or one ORG in the golds), not after 新 (新中国: one GPE
    read above), not in brackets (某某（中国）有限公司)."""
    out = []
    for a in _occurrences(text, "中国"):
        e = a + 2
        if (
            text.startswith(_HOME_COUNTRY_NOT_NEXT, e)
            or text.endswith(_HOME_COUNTRY_CAMPAIGNS, 0, a)
            or text[a - 1 : a] in ("新", "（", "(")
            or _HOME_COUNTRY_NAME_TAIL.match(text, e) is not None
        ):
            continue
        lo = max(0, a - 4)
        words = jieba_tokenizer().tokenize(text[lo : e + 4], HMM=False)
        if any(w == "中国" and ws + lo == a for w, ws, _ in words):
            out.append((a, e))
    return out


# the opt-in reading of 驻 + a one-character place (registry.CONVENTION_SWITCHES)
ABBREV_STATIONED = "gpe.abbrev_stationed"
# what a text must hold for it to change anything (learn.corrections.SWITCH_CUES)
ABBREV_STATIONED_CUE = re.compile(rf"驻[{CJK}](?:各|单位|大型|部队|机构|企业|办事处|办|中省|中直)")
# 驻京单位, 驻青各单位: a province's (or its capital's) one-character name after 驻, before the
# units stationed there
_ABBREV_STATIONED = re.compile(
    f"(?<=驻)([{PROVINCE_INITIALS}])(?=各|单位|大型|部队|机构|企业|办事处|办)"
)
# 在漳正式启动, 在沪召开: a province's or a prefecture city's one-character name after 在, before
# the verb that opens the event there
_ABBREV_AT = re.compile(rf"(?<=在)([{CJK}])(?=(?:正式|隆重|顺利)?(?:召开|举行|启动|举办|开幕))")
_PROVINCE_INITIALS = frozenset(PROVINCE_INITIALS)
# 来柳考察, 在柳期间: the page's own city by its first character between coming or staying and
# the visit (the city named in full on the page; session 33)
_CITY_ABBREV_VISIT = re.compile(rf"(?<=[来赴莅在])([{CJK}])(?=考察|调研|视察|指导|督导|期间)")
# 驻张部队, 驻邢中省属单位: a city report names its own prefecture city by its first character
# after 驻, before the units stationed there; a level or a numeral there names none (驻镇单位 is
# the town's, 驻村单位), nor 中/大/上/本 (驻中, 驻本单位 read as words)
_CITY_STATIONED = re.compile(rf"(?<=驻)([{CJK}])(?=部队|单位|各单位|中省|中直|机构|企业)")
_NOT_CITY_INITIAL = frozenset("镇村乡县区市州七三九六十四自驻中大上本华")
# where _ABBREV_VISIT, _CITY_ABBREV_VISIT or _ABBREV_AT may match: each matches one Chinese
# character after one of its verbs (all of them here) and before one of its words (here the
# first word each lookahead can open with: 正式/隆重/顺利 or a verb of meeting for _ABBREV_AT),
# so each of their matches is one of these; each is then asked at those places alone
_ABBREV_CUE = re.compile(
    rf"(?<=[来赴抵返莅在])[{CJK}]"
    "(?=考察|调研|视察|检查|指导|督导|访问|参观|交流|出席|汇报|工作|期间"
    "|正式|隆重|顺利|召开|举行|启动|举办|开幕)"
)


def _city_initials_visited(text: str, g: Gazetteers, cues: list[int]) -> list[int]:
    """来柳考察, 在柳期间 (柳州 named on the page): the starts of a city's first character read as
    the city between a verb of coming or staying and the visit (not 在任期间: a word of the
    dictionary across the verb; not a province's initial, which _ABBREV_VISIT reads). `cues`:
    the starts of _ABBREV_CUE's matches in text, in order."""
    out: list[int] = []
    freq = jieba_tokenizer().FREQ
    for a in cues:
        if _CITY_ABBREV_VISIT.match(text, a) is None:
            continue
        ch = text[a]
        if ch in _NOT_CITY_INITIAL or freq.get(text[a - 1 : a + 1], 0) > _RARE_WORD_FREQ:
            continue
        if ch in _PROVINCE_INITIALS and text[a - 1] != "在":
            continue  # (来陕考察: the province's, read by _ABBREV_VISIT)
        if any(n in text for n in _cities_by_initial(g).get(ch, ())):
            out.append(a)
    return out


def _cities_by_initial(g: Gazetteers) -> dict[str, tuple[str, ...]]:
    """The gazetteer's bare names of two characters or more but the provinces', by their first
    character (built once, not one pass over every name per match; session 35)."""

    def build() -> dict[str, tuple[str, ...]]:
        out: dict[str, tuple[str, ...]] = {}
        for n in sorted(g.gpe_names):
            if len(n) >= 2 and n not in PROVINCES:
                out[n[0]] = (*out.get(n[0], ()), n)
        return out

    got: dict[str, tuple[str, ...]] = per_gazetteers(g, "cities_by_initial", build)
    return got


# the zone suffixes' tails (_ZONE_TAIL's words), and how far before its tail's start a match of
# r.gpe_suffixed can start: six characters of name before the suffix (its [CJK]{2,6}?), and six
# of the suffix before its tail (高新技术产业开发区 before 开发区)
_ZONE_TAILS = tuple(_ZONE_TAIL.pattern.split("|"))
_ZONE_BEFORE_TAIL = 12


def _suffixed_zones(text: str, r: _Rules) -> Iterable[re.Match[str]]:
    """r.gpe_suffixed.finditer(text), the same matches, searched only from twelve characters
    before the first zone suffix's tail up to one character after the last tail's end: every
    suffix ends with one of _ZONE_TAIL's words, so no match starts before the first of them
    (less _ZONE_BEFORE_TAIL) nor ends after the last (the one character more is what the
    lookahead after 生态城 reads); the pattern looks behind nothing."""
    first = _ZONE_TAIL.search(text)
    if first is None:
        return ()
    end = max(text.rfind(t) + len(t) for t in _ZONE_TAILS)
    return r.gpe_suffixed.finditer(text, max(0, first.start() - _ZONE_BEFORE_TAIL), end + 1)


def _province_words(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _PROVINCE_WORDS.finditer(text):
        a, e = m.span()
        # (平台湾区, 舞台湾: 台 closes a word with the character before it, which jieba's
        # longest word 台湾 would cut)
        if text[a] == "台" and a and _word_freq(text[a - 1 : a + 1]) > _RARE_WORD_FREQ:
            continue
        lo = max(0, a - 4)
        words = jieba_tokenizer().tokenize(text[lo : e + 4], HMM=False)
        if any(w == m.group() and ws + lo == a for w, ws, _ in words):
            out.append((a, e))
    return out


# townships of other names (Inner Mongolia's 苏木): rule_words.json township_units_more
_TOWNSHIP_UNITS_MORE = tuple(rule_words()["township_units_more"])
# the units of two characters a division's name may end with (某某街道, 某某苏木)
_TWO_CHAR_UNITS = ("街道", *(u for u in _TOWNSHIP_UNITS_MORE if len(u) == 2))
_TOWNSHIP_OPEN = frozenset("、，。：；\n（(《“和及与在到至赴")


def _township_opens(text: str, a: int, division_ends: set[int]) -> bool:
    """Whether a township's name may open at text[a]: at the start, after a mark, a connective or
    到/在/赴, after a verb of going, or right after a division the gazetteer knows (某某县某某镇);
    the one opening the plain, the ethnic and the transliterated townships share."""
    return (
        a == 0
        or text[a - 1] in _TOWNSHIP_OPEN
        or text.endswith(_GOING_VERBS, 0, a)
        or a in division_ends
    )


def _townships(text: str, unit: str, division_ends: set[int]) -> list[Cand]:
    """某某苏木: a name of two to five characters and the unit, opening after punctuation, a
    connective, 到/在, a verb of going or a division the gazetteer knows (到某某苏木督导,
    ，某某苏木某某嘎查, 某某市某某苏木); 苏木达 (its head) and 苏木镇 (the units in general:
    各苏木镇) are no township's name. `division_ends`: where the gazetteer's divisions end."""
    out: list[Cand] = []
    for k in _occurrences(text, unit):
        e = k + len(unit)
        if text[e : e + 1] in ("达", "镇"):
            continue
        # (细化管理区域: 区 opens the word 区域, an area; session 43, places43)
        if unit == "管理区" and text[e : e + 1] == "域":
            continue
        # (额木庭高勒苏木: Mongolian names run to five characters; session 15 audit)
        # (某某管理区: a farm's or a lake's zone run as a township, named in two or three
        # characters; no preposition, verb or word of the dictionary opens it: 停车管理区,
        # 到某某管理区; session 34, places36)
        managed = unit == "管理区"
        for n in (3, 2) if managed else (5, 4, 3, 2):
            a = k - n
            if a < 0 or not _ALL_CJK.fullmatch(text[a:k]):
                continue
            if not _township_opens(text, a, division_ends):
                continue
            stem = text[a:k]
            if managed and (
                stem[0] in _LOC_LEAD
                or stem[0] in "要"
                or stem[-2:] in function_words()
                or stem[-2:] in common_words()
                or _ordinary_word(stem)
            ):
                continue
            if (
                _NOT_IN_STEM.isdisjoint(stem)
                and stem[0] not in _GENERIC_HEAD
                and stem[:2] not in function_words()
                and stem not in common_words()
            ):
                out.append(Cand(a, e, "GPE", 0.6, 2, "gpe.doc_place"))
                break
    return out


# an ethnic township's groups right before its unit (回族乡, 彝族苗族乡, 达斡尔民族乡, 满族镇):
# each group with 族, or the last with 民族; read backwards from the 族 before the unit
_ETHNIC_TOWNSHIP_GROUPS = re.compile(
    "(?:(?:{0})族)*(?:{0})民?\\Z".format(alternation(tuple(e for e in _ETHNIC if e != "各")))
)
# the units an ethnic township is written with (民族乡 is the commonest; 民族镇, 民族苏木 too)
_ETHNIC_TOWNSHIP_UNITS = ("族乡", "族镇", "族苏木")


def _ethnic_townships(text: str, division_ends: set[int]) -> list[Cand]:
    """某某回族乡, 某某彝族苗族乡, 某某达斡尔民族乡, 某某满族镇: a township of one or more ethnic
    groups, a name of two to four characters, the groups, then the unit, one GPE (not 某某 + 满族镇
    cut apart), opening as the townships of _townships do (after a mark, a connective, 到/在/赴,
    a verb of going, or a division the gazetteer knows; session 45, gpe47)."""
    out: list[Cand] = []
    for unit in _ETHNIC_TOWNSHIP_UNITS:
        for p in _occurrences(text, unit):
            e = p + len(unit)
            if unit == "族镇" and text[e : e + 1] and text[e] in "长村区级街":
                continue  # (某某满族镇镇长 is read by the posts; 族镇村 is no unit)
            m = _ETHNIC_TOWNSHIP_GROUPS.search(text, max(0, p - 16), p)
            if m is None or m.start() == m.end():
                continue
            g0 = m.start()
            for n in (4, 3, 2):
                a = g0 - n
                if a < 0 or not _ALL_CJK.fullmatch(text[a:g0]):
                    continue
                if not _township_opens(text, a, division_ends):
                    continue
                stem = text[a:g0]
                if (
                    _NOT_IN_STEM.isdisjoint(stem)
                    and stem[0] not in _GENERIC_HEAD
                    and stem[0] not in _LOC_LEAD
                    and not any(c in "省市县区镇乡村街" for c in stem)
                    and stem[:2] not in function_words()
                    and stem not in common_words()
                ):
                    out.append(Cand(a, e, "GPE", 0.6, 2, "gpe.doc_place"))
                    break
    return out


# what no transliterated town's name holds: the particles, connectives and prepositions of a
# clause (_NOT_IN_STEM but 都 and 其, syllables of such names: 温都尔, 其克), the verbs of going
# and the units (their names are read with the units by the rules above)
_NOT_IN_LONG_TOWN = (
    (_NOT_IN_STEM - frozenset("都其")) | _GOING_CHARS | frozenset("至对从向省市县区镇乡村街旗州")
)


# the characters of transliterated names (resources/gazetteers/translit_place_chars.txt)
_TRANSLIT_CHARS = frozenset("".join(_lines("translit_place_chars.txt")))


def _long_named_towns(text: str, division_ends: set[int]) -> list[Cand]:
    """拜什某某克镇, 潮格某某尔镇: a town of Xinjiang or Inner Mongolia named in four to six
    characters transliterated (every one a syllable of such names, translit_place_chars.txt, and
    no two of them a common word: jieba counts none of the pairs often), opening as the townships of _townships do (after a mark, a
    connective, 到/在/赴, a verb of going, or a division the gazetteer knows: 某某县拜什某某克镇;
    session 45, gpe47). The rules above read names of two to four before the unit from the
    words around them; these names are no words, so their characters are the evidence."""
    out: list[Cand] = []
    for unit in ("镇", "乡"):
        for k in _occurrences(text, unit):
            e = k + 1
            if text[e : e + 1] and text[e] in "长村区级街域镇":
                continue  # (某某镇镇长, 乡镇: a post or a word, read by their own rules)
            for n in (6, 5, 4):
                a = k - n
                if a < 0:
                    continue
                if not _township_opens(text, a, division_ends):
                    continue
                stem = text[a:k]
                if (
                    _ALL_CJK.fullmatch(stem)
                    and _NOT_IN_LONG_TOWN.isdisjoint(stem)
                    and _TRANSLIT_CHARS.issuperset(stem)
                    and stem[0] not in _GENERIC_HEAD
                    and all(_word_freq(stem[i : i + 2]) <= _TOWN_STEM_FREQ for i in range(n - 1))
                ):
                    out.append(Cand(a, e, "GPE", 0.55, 2, "gpe.doc_place"))
                    break
    return out


_REGIONS = frozenset(("广西", "内蒙古", "西藏", "宁夏", "新疆"))


def _province_before_zone(doc: Doc, s: int, e: int) -> int:
    """江苏柳塘经济开发区: a province's bare name before a zone named after its county is a
    division of its own, as in any chain of divisions (湖南省某县某镇): the province is one GPE and
    the zone starts after it (session 13 audit). A city before the zone's own name (周口临港开发区)
    stays one name."""
    text, g = doc.text, doc.r.g
    for n in (3, 2):
        head = text[s : s + n]
        if head + "省" not in g.admin_full and head not in _REGIONS:
            continue
        rest = s + n
        for k in (3, 2):
            # (湖南娄底经开区: a prefecture's bare name, also one the gazetteer keeps for chains)
            city = text[rest : rest + k]
            if (city in g.admin_stems or city in g.gpe_names) and rest + k < e - 2:
                doc.add(s, rest, "GPE", 0.7, 2, "gpe.zone")
                return rest
    # 苏州市相城高新区, 某某县某某经济开发区: a division written with its unit, then the zone's
    # own name, is a chain of two divisions (周口临港开发区, 某某市高新区 stay one name: the city
    # bare, or the zone's kind alone after it; session 27, places27)
    # (某某区高新区: the district, then its zone written bare: two GPEs as well; dev27p2's gold)
    # (某市某区高新区: a chain of divisions before the zone, each its own GPE)
    suffix = _suffix_of(text[s:e], g)
    split = True
    while split:
        split = False
        for n in (5, 4, 3):
            head = text[s : s + n]
            rest = e - len(suffix) - (s + n)
            if head[-1:] in "市县区" and head in g.admin_full and (rest >= 2 or rest == 0):
                doc.add(s, s + n, "GPE", 0.7, 2, "gpe.zone")
                s += n
                split = rest > 0
                break
    return s


# a zone's kind written short (the standard short forms of the kinds of development zones)
_ZONE_SHORT = {
    "工业园区": ("工业区",),
    "经济技术开发区": ("经开区", "开发区"),
    "经济开发区": ("开发区",),
    "高新技术产业开发区": ("高新区",),
}


def kind_named_zones(g: Gazetteers) -> tuple[str, ...]:
    """The kinds of zone a city writes alone as the zone's name (title_levels.txt: the levels
    ending in 示范区, 城乡一体化示范区)."""
    got: tuple[str, ...] = per_gazetteers(
        g, "kind_named_zones", lambda: tuple(k for k in g.levels if k.endswith("示范区"))
    )
    return got


def city_before_kind_zone(text: str, s: int, g: Gazetteers) -> bool:
    """市 right before a zone written by its kind at s (市城乡一体化示范区): the city's level
    opens the zone's name, its bodies' and its posts'."""
    return s > 0 and text[s - 1] == "市" and text.startswith(kind_named_zones(g), s)


def _kind_named_zones(doc: Doc) -> None:
    """gpe.zone: 市城乡一体化示范区 — a city's zone of district level that the city writes by its
    kind alone, with the city's level before it or not (title_levels.txt holds the kinds, as the
    level of the zone's bodies and posts: 城乡一体化示范区住建局); where a body or a post follows,
    the longer ORG or TITLE holds it (session 30, misc30: dev30's golds, both, and wide pages)."""
    text = doc.text
    for kind in kind_named_zones(doc.r.g):
        for a in _occurrences(text, kind):
            s = a - 1 if text[a - 1 : a] == "市" else a
            doc.add(s, a + len(kind), "GPE", 0.6, 2, "gpe.zone")


def _zone_mentions(doc: Doc, spans: list[tuple[int, int]]) -> None:
    """周口临港开发区 …，通报了临港开发区…: a zone read once with its city is named without it
    further on; every mention of its own name is that zone (gpe.zone). Its own name must be more
    than its kind (经济开发区 after 周口 names no zone)."""
    text, g = doc.text, doc.r.g
    names: set[str] = set()
    for s, e in spans:
        name = text[s:e]
        names.add(name)
        for k in (4, 3, 2):
            head = name[:k]
            if head in g.gpe_names or head in g.admin_stems or head in g.admin_full:
                own = name[k:]
                unit = _ZONE_UNIT.search(own)
                stem = own[: unit.start()] if unit is not None else ""
                if len(stem) >= 2 and stem not in _ZONE_WORDS and stem[0] not in _GENERIC_HEAD:
                    names.add(own)
                    # 某某工业园区 … 某某工业区, 某某经济技术开发区 … 某某开发区: the zone's own name
                    # with its kind written short (session 25, places26)
                    if unit is not None:
                        names.update(stem + short for short in _ZONE_SHORT.get(unit.group(), ()))
                break
    for name in names:
        for i in _occurrences(text, name):
            if not any(s <= i < e for s, e in spans):
                doc.add(i, i + len(name), "GPE", 0.6, 2, "gpe.zone")


def _chain_names(g: Gazetteers) -> tuple[frozenset[str], frozenset[str]]:
    """(provinces' bare names, prefectures' bare names that also read as words: 娄底, 上饶, 黄山,
    大理, which the gazetteer reads bare only inside a chain of divisions)."""
    got: tuple[frozenset[str], frozenset[str]] = per_gazetteers(
        g, "chain_names", _build_chain_names, g
    )
    return got


def _build_chain_names(g: Gazetteers) -> tuple[frozenset[str], frozenset[str]]:
    provinces = frozenset(n for n in g.gpe_names if n + "省" in g.admin_full) | _REGIONS
    cities = frozenset(g.gpe_names & g.gpe_ambiguous) - provinces - {"中国", "台湾"}
    return provinces, cities


def _chain_cities(
    text: str, r: _Rules, province_ends: list[int], city_spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A prefecture whose bare name is also a word (娄底, 上饶, 黄山, 红河) inside a chain of
    divisions: right after its province (湖南娄底, 江西省上饶; `province_ends`: where the
    provinces read bare end) or right before one of its counties written with its unit (娄底双峰县,
    大理宾川县) where it opens a clause or follows a preposition of place (session 23, gpe24)."""
    g = r.g
    provinces, cities = _chain_names(g)
    ends = set(province_ends)
    out = []
    starts = set()
    for a, e in gpe_full_spans(text, r):
        starts.add(a)
        if text[e - 1] in "省区" and text.endswith(("省", "自治区"), a, e):
            ends.add(e)
        for n in (2, 3):
            b = a - n
            if b < 0 or text[b:a] not in cities:
                continue
            if (
                _opens_chain(text, b)
                or b in ends
                or any(text[b - k : b] in provinces for k in (2, 3))
            ):
                out.append((b, a))
            break
    for e in ends:
        for n in (3, 2):
            name = text[e : e + n]
            # 湖南娄底, 四川剑阁召开…: a prefecture named by a word, or a county's bare name,
            # after its province
            county = name in g.admin_stems and name not in g.gpe_ambiguous
            if name not in cities and not county:
                continue
            # what follows closes the chain: a mark, a division, a verb of meeting or visiting
            # (not 江西九江商会, 云南大理石: the name opens a body's name or a longer word)
            c = e + n
            if (
                c >= len(text)
                or not _is_cjk(text[c])
                or c in starts
                or text[c : c + 2] in _TWO_CHAR_COUNTIES
                or text[c] in "把将的"
                or _BARE_VISIT.match(text, c) is not None
            ):
                out.append((e, c))
                break
    # 娄底双峰：…, 桂林阳朔召开…: a county's bare name after a prefecture's that opens the chain,
    # before a colon, 把/将 or a verb of meeting or visiting (not 杭州西湖，: a lake)
    for a, e in [*out, *city_spans]:
        if not (_opens_chain(text, a) or a in ends):
            continue
        for n in (3, 2):
            name = text[e : e + n]
            c = e + n
            if (
                name in g.admin_stems
                and name not in g.gpe_ambiguous
                and (
                    text[c : c + 1] in ("：", ":", "把", "将")
                    or _BARE_VISIT.match(text, c) is not None
                )
            ):
                out.append((e, c))
                break
    return out


# what a county's bare name opens rather than ends (张掖民乐镇, 兰州城关路, 某某西固村): a town, a
# street or a village named after the county, read by the LOC and town rules
_COUNTY_STEM_NOT_BEFORE = frozenset("镇乡村路街巷")
# the last characters of a lake's, a river's, a mountain's or an island's name (西湖, 江山)
_LANDFORM_ENDS = frozenset("湖江河山海岭峰溪泉池塘湾洲岛")
# the longest name a county is written by (肃南裕固族自治县)
_COUNTY_FORM_MAX = 10


def _counties_after_parent(text: str, cands: list[Cand], r: _Rules) -> list[Cand]:
    """张掖民乐, 甘肃高台, 吕梁临县, 德宏州芒市, 怒江州泸水: a county written right after its own
    prefecture or province (a GPE read there), by its bare name or by a name of two characters,
    is a GPE however ordinary a word its name is (民乐, 高台: the gazetteer reads such a stem only
    with its unit; 临县, 芒市: two characters, left out of its lists). Only the county's own
    parent opens it (gazetteers.admin_children: admin_parents.txt, the national list of
    divisions), so 甘肃民乐 reads and 山西民乐 does not (f45 dev pages: 6 counties missed on 3
    pages; session 44, gpe46). A prefecture whose bare name is also a word (怒江, 普洱: read
    only with its unit) counts as the parent where it opens the chain and its own county
    follows (普洱镇沅至临沧: both are read). Not a bare name that opens a town's, a street's, a
    site's or a body's name (张掖民乐镇, 某某路, 某某中学), nor one a post or body follows
    (代县长: the acting head; 临县委 is read whole elsewhere), nor one that closes a longer word
    with what follows (云南大理石材市场: 大理石)."""
    children = admin_children()
    out: list[Cand] = []
    done: set[int] = set()
    for c in cands:
        if c.label != "GPE" or c.end in done:
            continue
        kids = children.get(text[c.start : c.end])
        if kids is None:
            continue
        k = _county_after(text, c.end, kids, r)
        if k:
            done.add(c.end)
            out.append(Cand(c.end, k, "GPE", 0.6, 1, "gazetteer:gpe_bare"))
    for m in _ambiguous_parents(r.g).finditer(text):
        a, e = m.span()
        # (the chain opens a clause, follows a preposition of place, or a route's 至/经)
        if e in done or not (_opens_chain(text, a) or text[a - 1] in "至经"):
            continue
        k = _county_after(text, e, children[m.group()], r)
        if k:
            done.add(e)
            out.append(Cand(a, e, "GPE", 0.6, 1, "gazetteer:gpe_bare"))
            out.append(Cand(e, k, "GPE", 0.6, 1, "gazetteer:gpe_bare"))
    return out


def _ambiguous_parents(g: Gazetteers) -> re.Pattern[str]:
    """The parents' names (admin_children) that the gazetteer reads only with a unit (怒江, 普洱,
    黄山), built once."""

    def build() -> re.Pattern[str]:
        names = [n for n in admin_children() if n in g.gpe_ambiguous and len(n) >= 2]
        return scan_compile(_paired_alternation(names))

    got: re.Pattern[str] = per_gazetteers(g, "ambiguous_parents", build)
    return got


def _county_after(text: str, e: int, kids: frozenset[str], r: _Rules) -> int:
    """End of one of `kids` (a parent's counties, bare or with the unit) written at e and closed
    as _counties_after_parent wants it, or 0."""
    for n in range(min(_COUNTY_FORM_MAX, len(text) - e), 1, -1):
        form = text[e : e + n]
        if form not in kids:
            continue
        k = e + n
        nxt = text[k : k + 1]
        if nxt in "委长政":
            return 0
        # (云南大理石材: the name and what follows are one longer word, 大理石)
        if nxt and _word_freq(form + nxt):
            return 0
        # (湖南双峰人: the people of the county, no place named; 宁德蕉城在线: the county's
        # outlet, one ORG or none, no place inside it)
        if nxt == "人" or text.startswith(_OUTLET_WORDS, k):
            return 0
        if form[-1] not in "县市区旗" or len(form) == 2:
            if (
                nxt in _COUNTY_STEM_NOT_BEFORE
                or r.loc_kind.match(text, k) is not None
                or r.place_org_kind.match(text, k) is not None
            ):
                return 0
            # 杭州西湖，游人如织: a name closing with a lake, a river or a mountain is that
            # water or mountain as often, and is read only where the chain is closed by a
            # colon, 把/将 or a verb of meeting or visiting (杭州西湖召开…, as _chain_cities)
            if form[-1] in _LANDFORM_ENDS and not (
                nxt in ("：", ":", "把", "将") or _BARE_VISIT.match(text, k) is not None
            ):
                return 0
        return k
    return 0


# verbs of inspecting a zone right before its own name (督查某某工业园区, 调研某某产业集聚区)
_ZONE_VISIT_VERBS = (*_GOING_VERBS, "督查", "检查", "视察", "考察", "察看", "查看")


def _zone_after_unit_or_visit(text: str, a: int, e: int, g: Gazetteers) -> int | None:
    """Start of a zone whose lazy match began too early, inside what stands before the name:
    its city or county with the unit (庆阳市西峰北部工业集中区: the zone's name is the known
    place after the unit; a chain of two divisions, as 某市某某高新区 is split), or a verb of
    inspecting (督查甘河工业园区: a name of two to four characters, no clause's word, after the
    verb; session 43, places43), or None."""
    tail = _suffix_of(text[a:e], g)
    for k in range(a + 1, e - len(tail)):
        if text[k - 1] in "市县" and text[k - 3 : k] not in ("城市", "全市", "全县"):
            for n in (4, 3, 2):
                if text[k : k + n] in g.admin_stems or text[k : k + n] in g.gpe_names:
                    return k
        if text.endswith(_ZONE_VISIT_VERBS, a, k):
            stem = text[k : e - len(tail)]
            if (
                2 <= len(stem) <= 4
                and _ALL_CJK.fullmatch(stem)
                and _NOT_IN_STEM.isdisjoint(stem)
                and stem[:2] not in function_words()
                and stem[:2] not in common_words()
                and stem[0] not in _GENERIC_HEAD
                and stem[-1] not in "级属辖式型"
                and stem[-2:] not in _HONOUR_STEMS
            ):
                return k
    return None


# what may stand right before a zone's name that opens with its place (到周口先进制造业开发区,
# 建设温州湾新区): a mark, a preposition or a connective, or a verb of going or of building
_ZONE_PLACE_OPEN = frozenset("到在赴和及与对把将、，。：；\n“")
_ZONE_PLACE_VERBS = (*_ZONE_NAME_VERBS, *_ZONE_VISIT_VERBS)
# the most characters between the place and the zone's kind (先进制造业, the zone's trade)
_ZONE_PLACE_GAP = 5


def _zone_opened_by_place(text: str, a: int, e: int, g: Gazetteers) -> int | None:
    """Start of a zone whose name opens with a known place and goes on for a few characters of
    its own before the kind (周口先进制造业开发区: the place, the zone's trade; 温州湾新区: the
    bay), where the lazy match began too late (inside the place) or too early (inside the verb
    before it): the place opens the clause or follows a preposition, a connective, or a verb of
    going or of building (到, 建设), and nothing between it and the kind is a clause's word or a
    unit (a chain of divisions is read otherwise). None else (session 44, gpe46: wide45's
    pages and f45's)."""
    tail = _suffix_of(text[a:e], g)
    k_end = e - len(tail)
    for k in range(max(0, a - 2), k_end - 2):
        for n in (3, 2):
            place = text[k : k + n]
            if place not in g.gpe_names and place not in g.admin_stems:
                continue
            gap = text[k + n : k_end]
            if (
                not 1 <= len(gap) <= _ZONE_PLACE_GAP
                or not _ALL_CJK.fullmatch(gap)
                or any(ch in _NOT_IN_ZONE_NAME or ch in "省市县区镇乡州旗" for ch in gap)
                # (支持兰州发展产业园区: a verb after the place, whose object the zone is)
                or gap[:2] in function_words()
            ):
                continue
            if k == 0 or text[k - 1] in _ZONE_PLACE_OPEN or text.endswith(_ZONE_PLACE_VERBS, 0, k):
                return k
    return None


# the kinds of zone whose parks are named after them (张江高新区某某园区, 中关村科技园区某某园, 某某
# 自贸试验区某某片区): the national park and its sub-park are one zone
_PARK_ZONES = ("高新区", "科技园区", "高新技术产业开发区", "自由贸易试验区", "自贸试验区", "自贸区")
# a sub-park's name and kind right after its zone (某某园区, 某某分园, 某某园, 某某片区)
_SUB_PARK = re.compile(
    rf"((?:(?!园)[{CJK}]){{2,3}}?)(?:产业园区|工业园区|产业园|工业园|园区|分园|园|片区)(?![园长])"
)


def _sub_park_end(text: str, e: int, g: Gazetteers) -> int:
    """End of the sub-park named right after its zone at e (张江高新区闵行园区, 中关村科技园区丰台园,
    南昌高新区进贤产业园: one GPE, the whole; a form the held-out set of session 42 showed
    missed), or 0. The sub-park's name is a place the gazetteer knows or no word of the
    dictionary (not 高新区产业园, 高新区科技园区: a kind of park, no name; not 高新区公园: a park
    for walking)."""
    m = _SUB_PARK.match(text, e)
    if m is None:
        return 0
    name = m.group(1)
    if name[-1] in "公花乐果菜校家":
        return 0
    # (某某高新区对化工园区…: a preposition or a clause's word opens no sub-park's name, the zone
    # is the object's owner; wide49; session 49, gpe51)
    if not _NOT_IN_STEM.isdisjoint(name):
        return 0
    if name in g.admin_stems or name in g.gpe_names or not jieba_tokenizer().FREQ.get(name):
        return m.end()
    return 0


# what opens a park named by two places' initials (，宿马园区…, 赴宿马园区, 和苏宿园区)
_INITIAL_PARK_OPEN = frozenset("到赴在和与及对、")


def _place_initials(g: Gazetteers) -> frozenset[str]:
    """The first characters of the provinces' and prefectures' bare names, and the provinces'
    one-character names (宿 of 宿州, 马 of 马鞍山, 沪), built once per gazetteer."""

    def build() -> frozenset[str]:
        return frozenset(n[0] for n in g.gpe_names if n) | frozenset(PROVINCE_INITIALS)

    got: frozenset[str] = per_gazetteers(g, "place_initials", build)
    return got


def _initial_parks(text: str, g: Gazetteers) -> list[Cand]:
    """宿马园区, 苏宿园区: a park two cities build together, named by their initials and 园区, is a
    development zone, a GPE (a form the held-out set of session 42 showed missed); read where the name
    stands after a mark, 到/赴/在 or a connective, its two characters each a place's initial
    and together no word of the dictionary (not 产业园区, 各个园区, 推动园区: a word or a verb),
    then at its every mention (session 43, places43)."""
    initials = _place_initials(g)
    freq = jieba_tokenizer().FREQ
    names: set[str] = set()
    for k in _occurrences(text, "园区"):
        a = k - 2
        if a < 0 or text[k - 1 : k] == "、":
            continue
        stem = text[a:k]
        if (
            stem in names
            or stem[0] not in initials
            or stem[1] not in initials
            or freq.get(stem)
            or not (a == 0 or not _is_cjk(text[a - 1]) or text[a - 1] in _INITIAL_PARK_OPEN)
        ):
            continue
        names.add(stem)
    return [
        Cand(a, a + 4, "GPE", 0.6, 2, "gpe.zone")
        for st in names
        for a in _occurrences(text, st + "园区")
    ]


# what follows two cities named side by side: their joint work (rule_words.json city_pair_next)
_CITY_PAIR_NEXT = tuple(rule_words()["city_pair_next"])
# what joins two cities named side by side (哈尔滨、大庆; 甲市与乙市)
_CITY_PAIR_JOIN = "、与和及同"


def _pair_closed(text: str, k: int) -> bool:
    """Does the pair of cities end at k: a mark, a joiner before a further item, or their joint
    work (一体化, 同城化, 协同, 两地)?"""
    nxt = text[k : k + 1]
    return (
        not nxt or not _is_cjk(nxt) or nxt in _CITY_PAIR_JOIN or text.startswith(_CITY_PAIR_NEXT, k)
    )


def _paired_ambiguous_cities(text: str, cands: list[Cand], g: Gazetteers) -> list[Cand]:
    """哈尔滨大庆一体化, 推动长治晋城协同发展, 大庆与齐齐哈尔同城化: a prefecture whose bare name is
    also a word (大庆, 长治: gazetteers _AMBIGUOUS, read bare only where the article writes the
    city otherwise) right before or after another city the rules read, joined to it directly or
    by 、/与/和, the pair closed by a mark or by their joint work (rule_words.json
    city_pair_next), is the city too: two cities named together (the held-out set of session 42
    lost the second city of such a pair once 大庆 was made a word; session 43, places43). Not
    周年大庆, 迎大庆 (no city beside it), nor 长治久安 (a word across the far edge)."""
    cities = _chain_names(g)[1]
    freq = jieba_tokenizer().FREQ
    out: list[Cand] = []
    for c in cands:
        if c.label != "GPE":
            continue
        name = text[c.start : c.end]
        if name not in g.gpe_names and not (name[-1:] == "市" and name[:-1] in g.gpe_names):
            continue
        # the ambiguous city after the other: 哈尔滨大庆, 哈尔滨、大庆
        j = c.end + (text[c.end : c.end + 1] in _CITY_PAIR_JOIN)
        for n in (3, 2):
            if text[j : j + n] in cities and _pair_closed(text, j + n):
                out.append(Cand(j, j + n, "GPE", 0.6, 1, "gazetteer:gpe_bare"))
                break
        # the ambiguous city before the other: 长治晋城协同, 大庆与齐齐哈尔同城化 (the pair closed
        # after the other city; no word of the dictionary across the name's first edge:
        # 周年大庆 … is no city however a city follows)
        if not _pair_closed(text, c.end):
            continue
        j = c.start - (text[c.start - 1 : c.start] in _CITY_PAIR_JOIN if c.start else 0)
        for n in (3, 2):
            a = j - n
            if a < 0 or text[a:j] not in cities:
                continue
            if a and _is_cjk(text[a - 1]) and freq.get(text[a - 1 : a + 1], 0) > _RARE_WORD_FREQ:
                break
            out.append(Cand(a, j, "GPE", 0.6, 1, "gazetteer:gpe_bare"))
            break
    return out


def _gpe_bare(g: Gazetteers) -> re.Pattern[str]:
    """The gazetteer's bare names but the ambiguous ones, searched behind the lookahead of
    _paired_alternation: the plain alternation's matches at a quarter of its cost (the rules
    kept that alternation too until session 36, compiled at every start for no reader)."""

    def build() -> re.Pattern[str]:
        return scan_compile(_paired_alternation(set(g.gpe_names) - set(g.gpe_ambiguous)))

    got: re.Pattern[str] = per_gazetteers(g, "gpe_bare_paired", build)
    return got


def _split_words(text: str, a: int, e: int, g: Gazetteers) -> bool:
    """各项城市: the name's first character closes a word with the one before it (各项) and the
    rest is a word of its own (城市), so the name read across them (项城市) is none (session
    12 audit, audorgs13). A province's or a prefecture's name is read whatever the words around
    it (当前江门市: 前江 and 门市 are words too; session 13 audit)."""
    if a == 0 or e - a < 3 or not _is_cjk(text[a - 1]) or text[a : e - 1] in g.gpe_names:
        return False
    freq = jieba_tokenizer().FREQ
    # (the rest of the name first: it is seldom a word, and it repeats where the name does, so
    # jieba's memo mostly answers it; the word across the edge is new with each context, a
    # query of the prepared file, and asked only where the rest is a word)
    return (
        bool(freq.get(text[a + 1 : e]) and freq.get(text[a - 1 : a + 1]))
        # 合肥肥东县: the name follows its city's, a chain of divisions (session 23, gpe24)
        and not _place_name_before(text, a, g)
    )


_ROAD_SUBDISTRICT_CUE = re.compile(words_cue(("路街道", "街街道", "道街道")))
_COUNTRY_FULL_CUE = re.compile(words_cue(("中华人民共和国", "中国大陆")))


def find_gpe(doc: Doc) -> None:
    """gpe.corps, gpe.zone, gazetteer:gpe, gazetteer:gpe_bare, gpe.list, gpe.doc_place"""
    text, r = doc.text, doc.r
    g = r.g
    if "街道" in text:
        # (某某街 for a 某某街道 the text names: the sub-district, over loc.kind's street)
        doc.cands.extend(_short_sub_districts(text, doc.cands))
    if "街" in text and ("社区" in text or "村" in text):
        # (某某街某某社区: the sub-district by its short form before its community)
        doc.cands.extend(_sub_district_streets(text))
    if "街" in text and ("、" in text or any("街" + o in text for o in _STREET_OWN_OFFICE)):
        # (某某镇、某某街, 来到甲街、乙街、丙街, 某某街办事处 … 到某某街调研: 某某街 the sub-district)
        doc.cands.extend(_listed_sub_district_streets(text, doc.cands))
    corps = _corps_units(text, r)
    doc.cands.extend(corps)
    if corps and "团" in text and ("兵团" in text or "团场" in text or "师市" in text):
        # 来源：六十八团, 六十八团开展…: in a text about the corps a regiment's name is its GPE,
        # not a body named with 团 (org.named read of the same span; dev18: the corps'
        # regiments GPE 7 of 7 on 3 pages; session 24, gpe25)
        regiments = {(c.start, c.end) for c in corps if text[c.end - 1] == "团"}
        same = [c for c in doc.cands if c.label == "ORG" and (c.start, c.end) in regiments]
        for c in same:
            # (above the body's priority, where no longer span holds the regiment)
            if not any(
                x.start <= c.start and c.end <= x.end and x.end - x.start > c.end - c.start
                for x in doc.cands
                if x.label != "GPE"
            ):
                doc.add(c.start, c.end, "GPE", 0.65, c.prio + 1, "gpe.corps")
    division_ends: set[int] | None = None
    for unit in _TOWNSHIP_UNITS_MORE:
        if unit in text:
            if division_ends is None:
                division_ends = {e for _, e in gpe_full_spans(text, r)}
            doc.cands.extend(_townships(text, unit, division_ends))
    if "族" in text and any(u in text for u in _ETHNIC_TOWNSHIP_UNITS):
        if division_ends is None:
            division_ends = {e for _, e in gpe_full_spans(text, r)}
        doc.cands.extend(_ethnic_townships(text, division_ends))
    if "镇" in text or "乡" in text:
        if division_ends is None:
            division_ends = {e for _, e in gpe_full_spans(text, r)}
        doc.cands.extend(_long_named_towns(text, division_ends))
    zones = _suffixed_zones(text, r)
    zone_spans: list[tuple[int, int]] = []
    for m in zones:
        s = _gpe_start(text, m.start(), m.end(), g)
        if s is None:
            # 南屏区和某某高新区: the lazy match began at an earlier item of the list
            for k in range(m.end() - 4, m.start(), -1):
                if text[k - 1] in "和及与、，在到" and (s := _gpe_start(text, k, m.end(), g)):
                    break
            else:
                s = _zone_after_unit_or_visit(text, m.start(), m.end(), g)
                if s is None:
                    s = _zone_opened_by_place(text, m.start(), m.end(), g)
        if s is not None:
            s = _province_before_zone(doc, s, m.end())
            # 湖北省开发区先进集体: a province before a bare kind of zone speaks of the
            # province's zones, it names none (the province is read alone; session 16 audit)
            if text.endswith(_BARE_ZONES, s, m.end()) and text.endswith(
                ("省", "自治区"), s, m.end() - 3
            ):
                continue
            e = _sub_park_end(text, m.end(), g) if text.endswith(_PARK_ZONES, s, m.end()) else 0
            doc.add(s, e or m.end(), "GPE", 0.7, 2, "gpe.zone")
            zone_spans.append((s, e or m.end()))
    if zone_spans:
        _zone_mentions(doc, zone_spans)
    if "示范区" in text:
        _kind_named_zones(doc)
    if "区" in text or "生态城" in text:
        doc.cands.extend(_bare_zone_units(text, doc.cands))
    if "园区" in text:
        doc.cands.extend(_initial_parks(text, g))
    for a, e in gpe_full_spans(text, r):
        if _citizens(text, e) and e - a >= 3:
            doc.add(a, e - 1, "GPE", 0.6, 2, "gazetteer:gpe")  # 赣州市民: 赣州 + 市民
        elif (
            text[e - 1] == "县"
            and text[e : e + 1] == "城"
            and text[e + 1 : e + 2] != "区"
            and not _TOWN_AFTER_COUNTY.match(text, e)
            and not _CITY_AFTER_COUNTY.match(text, e)
            and e - a >= 3
        ):
            # 某某县城被命名为…: the county town, tagged by the county's bare name (柳塘县城
            # tags 柳塘; 某某县城区 is the county and its urban area; session 13 audit)
            doc.add(a, e - 1, "GPE", 0.6, 2, "gazetteer:gpe")
        elif text[e - 1] in "区县" and text[e : e + 1] == "域" and e - a >= 3:
            # 大兴区域: 大兴 + 区域; 屏岭县域面积: 屏岭 + 县域 (session 13 audit)
            doc.add(a, e - 1, "GPE", 0.6, 2, "gazetteer:gpe")
        elif text[e - 1] in "省市县" and text[e : e + 1] == "级" and e - a >= 3:
            doc.add(a, e - 1, "GPE", 0.6, 2, "gazetteer:gpe")  # 海南省级以上: 海南 + 省级
        elif (
            text[e - 1] == "市"
            and text[e : e + 2] in ("北区", "南区", "中区")
            and e - a >= 3
            and text[e - 1 : e + 2] in g.admin_full
            and text[e + 2 : e + 3] != "域"  # 某市南区域: the city and a part of it
        ):
            # 青岛市北区, 济南市中区: the city's bare name, then its district named 市北区 / 市中区
            doc.add(a, e - 1, "GPE", 0.7, 2, "gazetteer:gpe")
            doc.add(e - 1, e + 2, "GPE", 0.7, 2, "gazetteer:gpe")
        elif _word_edge(text, a, e) and not _split_words(text, a, e, g):
            doc.add(a, e, "GPE", 0.7, 2, "gazetteer:gpe")
    # (where the provinces' bare names end: a chain of divisions may go on after them)
    province_ends: list[int] = []
    city_spans: list[tuple[int, int]] = []
    provinces = _chain_names(g)[0]
    for m in _gpe_bare(g).finditer(text):
        # 某某山西新村, 掌鸠河南路: a province's name opening the name of a street or a village
        # is part of that place; 万宝湖南侧, 某某河南岸: 湖/河 close a lake's or a river's name
        if r.loc_kind.match(text, m.end()) or text.startswith("新村", m.end()):
            continue
        # (北京时间2023年2月22日: the standard time a page stamps, no place; session 46, gpe48)
        if text.startswith("时间", m.end()) and m.group() == "北京":
            continue
        if (
            text[m.start()] in "河湖"
            and m.start()
            and _is_cjk(text[m.start() - 1])
            and text[m.end() : m.end() + 1] in ("侧", "岸", "畔")
        ):
            continue
        # 某某区腰市镇江山村: a name opening with a unit (镇江) after two characters that are no
        # word of their own closes the town before it (腰市镇), not a city (session 12 audit)
        a = m.start()
        if (
            text[a] in "镇乡"
            and a >= 2
            and _is_cjk(text[a - 1])
            and _is_cjk(text[a - 2])
            and not jieba_tokenizer().FREQ.get(text[a - 2 : a])
        ):
            continue
        doc.add(m.start(), m.end(), "GPE", 0.6, 1, "gazetteer:gpe_bare")
        if m.group() in provinces:
            province_ends.append(m.end())
        else:
            city_spans.append(m.span())
    for a, e in _province_words(text):
        doc.add(a, e, "GPE", 0.6, 1, "gazetteer:gpe_bare_word")
        province_ends.append(e)
    for a, e in _chain_cities(text, r, province_ends, city_spans):
        doc.add(a, e, "GPE", 0.6, 1, "gazetteer:gpe_bare")
    for a, e in _countries(text):
        doc.add(a, e, "GPE", 0.6, 1, "gazetteer:gpe_bare_word")
    if "中国" in text:
        for a, e in _home_country(text):
            doc.add(a, e, "GPE", 0.55, 1, "gazetteer:gpe_bare_word")
    # (张掖民乐, 甘肃高台: a county after its own parent, read after every parent is)
    doc.cands.extend(_counties_after_parent(text, doc.cands, r))
    # (the places where a province or a city may be named by one character: 4 spans on 3,378
    # texts, one scan for the three readings, most texts have none)
    abbrevs = [m.start() for m in _ABBREV_CUE.finditer(text)]
    for a in abbrevs:
        if _ABBREV_VISIT.match(text, a):
            doc.add(a, a + 1, "GPE", 0.6, 1, "gpe.abbrev_visit")
    if "：" in text:
        for m in _HEADLINE_PLACE.finditer(text):
            if m.group(1) in g.admin_stems or m.group(1) in g.gpe_names:
                doc.add(m.start(1), m.end(1), "GPE", 0.6, 1, "gpe.doc_place")
    for a in _city_initials_visited(text, g, abbrevs):
        doc.add(a, a + 1, "GPE", 0.6, 1, "gpe.abbrev_visit")
    if ABBREV_STATIONED in doc.switches and "驻" in text:
        # off by default (session 28): 驻 + one character (驻某单位, 驻某办) is untagged by every
        # gold so far (0 of 14 mentions, four independent annotators); a team that tags it
        # switches gpe.abbrev_stationed on
        for m in _ABBREV_STATIONED.finditer(text):
            doc.add(m.start(1), m.end(1), "GPE", 0.6, 1, ABBREV_STATIONED)
        for m in _CITY_STATIONED.finditer(text):
            ch = m.group(1)
            if ch not in _NOT_CITY_INITIAL and any(n.startswith(ch) for n in g.gpe_names):
                doc.add(m.start(1), m.end(1), "GPE", 0.6, 1, ABBREV_STATIONED)
    for a in abbrevs:
        if _ABBREV_AT.match(text, a):
            ch = text[a]
            if ch in _PROVINCE_INITIALS or (
                ch not in _NOT_CITY_INITIAL and any(n.startswith(ch) for n in g.gpe_names)
            ):
                doc.add(a, a + 1, "GPE", 0.6, 1, "gpe.abbrev_visit")
    doc.cands.extend(_gpe_lists(text, doc.cands, g))
    # (哈尔滨大庆一体化: a city named by a word, beside another city; session 43, places43)
    doc.cands.extend(_paired_ambiguous_cities(text, doc.cands, g))
    if "、" in text:
        doc.cands.extend(_known_pairs(text, g))
    if " " in text or "\u3000" in text or "\t" in text:
        doc.cands.extend(_spaced_place_lines(text, doc.cands, g))
    doc.cands.extend(_town_list_neighbours(text, doc.cands))
    doc.cands.extend(_list_heads(text, doc.cands))
    doc.cands.extend(_listed_towns_again(text, doc.cands))
    doc.cands.extend(_bare_towns(text, doc.cands))
    if _ROAD_SUBDISTRICT_CUE.search(text) is not None:
        read_ends = frozenset(
            c.end for c in doc.cands if c.label == "GPE" and text[c.end - 1 : c.end] in "区市县旗"
        )
        doc.cands.extend(_road_subdistricts(text, read_ends))
    if _COUNTRY_FULL_CUE.search(text) is not None:
        for m in _COUNTRY_FULL.finditer(text):
            doc.add(m.start(), m.end(), "GPE", 0.6, 2, "gazetteer:gpe_bare_word")
    if "新中国" in text:
        # 新中国成立70周年: the country by its epithet since 1949, one place (中国 inside it is
        # no word of its own; gpe32)
        for m in _NEW_CHINA.finditer(text):
            doc.add(m.start(), m.end(), "GPE", 0.6, 2, "gazetteer:gpe_bare_word")


# 中华人民共和国成立70周年, 中国大陆所有城市: the country by its full name, or its mainland, a
# place wherever it stands as a word (bare 中国 stays out: it opens too many names); not the
# name a law's title opens (《中华人民共和国某某法》, or written without the marks; gpe34)
_COUNTRY_FULL = re.compile(
    "(?<!《)(?:中华人民共和国|中国大陆)(?![^，。、；！？\\s》]{0,16}?(?:法|条例|规定|办法|标准))"
)
# 新中国 standing as a word (not 全新中国风: 中国风 is a style)
_NEW_CHINA = re.compile("新中国(?![风式画结])")
# what closes an outlet named after a place: a channel (某某频道), an agency's branch (某社某某分社),
# a news site's station before its reporter (（某某站记者 甲某）): the place is part of the
# outlet's name, as the golds read it (one ORG; gpe32). (红网某某县站4月3日讯: the station in a
# dateline keeps its county, as session 15's audit read it)
# (（记者某某 某某台记者某某）: a broadcaster by its place's short name and 台, before its
# reporter: the station's name, one ORG in the gold; session 48, gpe50)
_OUTLET_AFTER_PLACE = re.compile("频道|分社|[站台](?=记者|通讯员)")
# what opens an outlet named by a place: the accounts of the cyberspace offices (网信某某县), a
# province's or a city's platform of questions to the government (问政某某, in a site's
# navigation: one ORG in the gold, the place in it none; session 48, gpe50)
_OUTLET_BEFORE_PLACE = ("网信", "问政")
# a site named after its place, standing as a name of its own (某某网（www…）, 某某文明网 in a
# site's header; not 某某网格, 某某网络: 网 opens a word there): the golds tag the site as one ORG
# (dev35: both golds, two sites; session 33)
_SITE_AFTER_PLACE = re.compile(
    rf"(?:文明|生活|城事|在线)?网(?![{CJK}])"
    # 某某新闻 standing alone in a site's header or source line (甘肃新闻 >>, 来源：某某新闻): the
    # outlet's or the column's name, the place inside it none (dev40's golds, both; session 39)
    rf"|新闻(?![{CJK}0-9])"
    # 欢迎光临 某某论坛 （http…）, 某某市论坛// : a place's web forum in its own header, the site's
    # name (one ORG in the gold; session 48, gpe50)
    rf"|论坛(?![{CJK}0-9])"
)
# what follows a city's name in a planned new town's (某某新城建设发展)
# (not 新城镇, 新城区: a unit follows; not 某某高新区新城菜市场: a longer name goes on)
_NEW_TOWN_AFTER_PLACE = re.compile(rf"新城(?=[^{CJK}]|建设|发展|规划|开发|\Z)")
# a body of the people from one place living in another (某市某省某市商会): one ORG, the places
# in its name are no places of their own (session 33)
_FELLOWS_BODY = ("商会", "同乡会", "联谊会")


def drop_outlet_places(doc: Doc) -> None:
    """Drop the GPE read inside an outlet's name (湖北频道, 某社湖北分社, 某某站记者, 网信某某县):
    the golds tag the outlet, never the place in it (dev32: both golds, 4 outlets on 3 pages;
    dev31: a channel). A step that drops: it runs whatever rules are off."""
    text = doc.text
    if "新城" in text:
        # 建设某某新城: a planned new town named after its city is a place of its own (LOC), the
        # city inside its name is none (not 某某新城镇, 某某新城区, 新城街道; session 33)
        doc.cands[:] = [
            c for c in doc.cands if c.label != "GPE" or not _NEW_TOWN_AFTER_PLACE.match(text, c.end)
        ]
    if "“" in text:
        _drop_quoted_formula_places(doc)
    if _FIRM_AFTER_PLACE_CUE.search(text) is not None:
        _drop_places_opening_firms(doc)
    if not (
        "频道" in text
        or "新闻" in text
        or "分社" in text
        or "站" in text
        or "网" in text
        or "台" in text
        or "论坛" in text
        or "问政" in text
        or any(b in text for b in _FELLOWS_BODY)
    ):
        return
    outlets = [
        (c.start, c.end)
        for c in doc.cands
        if c.label == "GPE"
        and (
            _OUTLET_AFTER_PLACE.match(text, c.end) is not None
            or _SITE_AFTER_PLACE.match(text, c.end) is not None
            or text.endswith(_OUTLET_BEFORE_PLACE, 0, c.start)
            or text.startswith(_OUTLET_BEFORE_PLACE, c.start)
        )
    ]
    outlets.extend(_fellows_bodies(text, doc.cands, doc.r.g))
    if not outlets:
        return
    # (红网某某县站: the shorter reading of the place inside the outlet goes too)
    doc.cands[:] = [
        c
        for c in doc.cands
        if c.label != "GPE" or not any(a < c.end and c.start < e for a, e in outlets)
    ]


# the kinds that close a firm's, a school's branch's or a tech town's name a place may open
# (某县天然气公司, 某市某某集团, 北京八中兰州分校, 兰州联想科技城)
_FIRM_KINDS = ("公司", "集团", "分校", "科技城")
_FIRM_AFTER_PLACE = re.compile(rf"[{CJK}]{{2,8}}?(?:公司|集团|分校|科技城)")
# a province's or a city's own firms by their short names (云南城投, 河南中烟, 某省交投)
_PLACE_FIRM_SHORT = ("城投", "交投", "建投", "能投", "旅投", "水投", "中烟")
_FIRM_AFTER_PLACE_CUE = re.compile(words_cue((*_FIRM_KINDS, *_PLACE_FIRM_SHORT)))
# what no firm's own name between its place and its kind holds: a clause's particles and
# connectives, a verb of going or meeting, a town's or a village's unit (渔泽镇岗上村某某分校: the
# town and its village are places of their own)
_NOT_IN_FIRM_NAME = frozenset("的和与及在是对为把将了被从向到赴等镇乡村街召")


def _drop_places_opening_firms(doc: Doc) -> None:
    """Drop a GPE that opens a firm's, a school branch's or a tech town's name (灵台县天然气公司,
    兰州联想科技城, 北京八中兰州分校, 云南城投, 河南中烟…): entities do not nest and the longer
    name wins (GUIDELINES.md; f45's golds, both: the ORG or the LOC whole, no place inside it),
    whether or not the firm is read (the firm's rules are orgs.py's: a place read inside it was
    a false GPE either way). The place is a county or above, right before the firm's own name
    (two to eight characters, no particle, verb of going or town's unit) and its kind, or before
    a provincial firm's short name (城投, 中烟). Not a town (某某镇某某公司: the firm's site), nor a
    country (英国某某公司: the firm's origin). A step that drops (session 44, gpe46)."""
    text = doc.text
    drop: set[tuple[int, int]] = set()
    for c in doc.cands:
        if c.label != "GPE":
            continue
        name = text[c.start : c.end]
        if name in _FOREIGN_NAMES or (
            name.endswith(("镇", "乡", "街道", "村")) and name not in doc.r.g.gpe_names
        ):
            continue
        if text.startswith(_PLACE_FIRM_SHORT, c.end):
            drop.add((c.start, c.end))
            continue
        m = _FIRM_AFTER_PLACE.match(text, c.end)
        if m is not None and _NOT_IN_FIRM_NAME.isdisjoint(m.group()):
            drop.add((c.start, c.end))
    if drop:
        # (北京八中兰州分校: a place inside the firm's own name goes too)
        doc.cands[:] = [
            x
            for x in doc.cands
            if x.label != "GPE"
            or not any(a <= x.start and x.end <= _firm_end(text, e) for a, e in drop)
        ]


def _firm_end(text: str, e: int) -> int:
    """Where the firm whose place ends at e ends (its kind, or its short name)."""
    for short in _PLACE_FIRM_SHORT:
        if text.startswith(short, e):
            return e + len(short)
    m = _FIRM_AFTER_PLACE.match(text, e)
    return m.end() if m is not None else e


# “桃源某某”, “绿美某某”, “某某大讲堂”, “做可爱的某某人”: a short quoted formula (a slogan, a
# brand) holding a place's bare name; an honour keeps it (“某某省文明城市”, “某某荣誉”)
_QUOTED_FORMULA = re.compile("“([^“”\n]{3,20})”")
_QUOTED_HONOUR_ENDS = (*rule_words()["honour_titles"], "荣誉", "称号", "提名")
_UNIT_ENDS = ("省", "市", "县", "区", "州", "旗", "盟", "镇", "乡", "街道")


def _drop_quoted_formula_places(doc: Doc) -> None:
    """A place's bare name (no unit) inside a short quoted formula is no GPE: the golds tag the
    formula as a SLOGAN whole, or nothing, never the place inside it (dev35, dev36, dev37: 4 of 5;
    the fifth an honour). The quote that is the name itself (“某某”) keeps it (session 34,
    places36)."""
    text = doc.text
    quotes = [
        m.span(1)
        for m in _QUOTED_FORMULA.finditer(text)
        if not m.group(1).endswith(_QUOTED_HONOUR_ENDS)
    ]
    if not quotes:
        return
    doc.cands[:] = [
        c
        for c in doc.cands
        if c.label != "GPE"
        or text.endswith(_UNIT_ENDS, c.start, c.end)
        or not any(a <= c.start and c.end <= e and (a, e) != (c.start, c.end) for a, e in quotes)
    ]


def _fellows_bodies(text: str, cands: list[Cand], g: Gazetteers) -> list[tuple[int, int]]:
    """某市某省某市商会: the run of places right before a body of fellow townsmen (商会,
    同乡会), as (start, end) of the run: places read, or names the gazetteer knows bare."""
    starts: dict[int, int] = {}
    for c in cands:
        if c.label == "GPE":
            starts[c.end] = min(c.start, starts.get(c.end, c.start))
    out: list[tuple[int, int]] = []
    for body in _FELLOWS_BODY:
        for k in _occurrences(text, body):
            a = k
            while True:
                if a in starts:
                    a = starts[a]
                    continue
                n = next(
                    (
                        n
                        for n in (3, 2)
                        if text[a - n : a] in g.admin_stems or text[a - n : a] in g.gpe_names
                    ),
                    0,
                )
                if not n or a - n < 0:
                    break
                a -= n
            if a < k:
                out.append((a, k))
    return out


_HEAD_UNITS = ("街道", "区", "县", "市", "旗", "镇", "乡")

# 某某：某某街道召开…: a county or city named bare before a colon opening a headline line (an
# aggregator's or a city site's headline; session 16 audit, audgpe17); the name must be one the
# gazetteer knows
_HEADLINE_PLACE = re.compile(rf"(?:^|(?<=> ))([{CJK}]{{2,4}})：(?=[{CJK}])", re.M)


def _list_heads(text: str, cands: list[Cand]) -> list[Cand]:
    """组织南城区、北湖区…: the first item of a list of divisions, run on from a verb of two
    characters (组织, 包括, 督导), written with the unit of the division read after it. The name
    is the stem that leaves a word of the dictionary before it (包括白石岭区: 白石岭, not 石岭);
    gpe.list (session 15 audit)."""
    gpe = [(c.start, c.end) for c in cands if c.label == "GPE"]
    if not gpe:
        return []
    ends = {e for _, e in gpe}
    starts = {s for s, _ in gpe}
    freq = jieba_tokenizer().FREQ
    out: list[Cand] = []
    for s, e in gpe:
        if s < 4 or text[s - 1] != "、" or s - 1 in ends:
            continue
        unit = next((u for u in _HEAD_UNITS if text.endswith(u, s, e)), None)
        if unit is None:
            continue
        if not text.endswith(unit, 0, s - 1):
            # (包括某某乡、某某镇: towns and townships share a list)
            if unit not in "镇乡" or text[s - 2] not in "镇乡":
                continue
            unit = text[s - 2]
        k = s - 1 - len(unit)
        for n in (2, 3):
            a = k - n
            if a < 2 or a in starts:
                break
            # (抽查了某某镇: the verb's 了 between)
            verb = text[a - 3 : a - 1] if text[a - 1] == "了" else text[a - 2 : a]
            if not freq.get(verb) or not _stem_ok(text, a, k):
                continue
            # (a verb and the name's first character making a word: 检查东西湖区 reads 东西)
            if freq.get(text[a - 1 : a + 1]):
                continue
            out.append(Cand(a, s - 1, "GPE", 0.5, 1, "gpe.list"))
            break
    return out


def _listed_towns_again(text: str, cands: list[Cand]) -> list[Cand]:
    """到老城镇、郝王庄镇调研 … 在老城镇，… 老城镇立足…: a town or sub-district that only a list
    read (gpe.list: its name opens with a word, 老城, so no strong position reads it) is that
    town at its every further mention, as gpe.doc_place's names are (on the word's edges: not
    before 委/长/政; wide46; session 44, gpe46)."""
    names = {
        text[c.start : c.end]
        for c in cands
        if c.rule == "gpe.list"
        and c.label == "GPE"
        and c.end - c.start >= 3
        and text.endswith(_TOWN_KIND, c.start, c.end)
    }
    if not names:
        return []
    starts = {c.start for c in cands if c.label == "GPE"}
    out: list[Cand] = []
    for name in names:
        k = len(name) - (2 if name.endswith("街道") else 1)
        for a in _occurrences(text, name):
            e = a + len(name)
            if a not in starts and _word_edge(text, a, e) and _unit_ok(text, a + k, name[:k]):
                out.append(Cand(a, e, "GPE", 0.55, 1, "gpe.list"))
    return out


# what follows a town's bare name in a headline or a report about it (某某在行动, 某某这样做,
# 某某创文工作, 结合某某的特色)
_TOWN_BARE_NEXT = re.compile("在行动|这样做|这样干|的特色|" + _BARE_NEXT.pattern)
# 努力建设文明某某。: the town named as what the campaign makes of it, at a clause's end
_TOWN_BARE_GOAL = ("文明", "美丽", "幸福", "和美", "宜居")
_CLAUSE_END = frozenset("。，；！？\n”")


def _place_frame(text: str, a: int, e: int) -> bool:
    """Does text[a:e] stand where the genre puts a place: 在某某举行, 到某某调研, 来到某某，,
    像某某这样 (session 15 audit)? Only the frame is read here; the name must be proved a place
    otherwise (its unit written elsewhere in the text, or the gazetteer)."""
    if a == 0:
        return False
    if text[a - 1] in "在到赴来" and _BARE_VISIT.match(text, e):
        return True
    if text.startswith(("等街道", "等镇", "等乡"), e):
        return True  # 经过某某等街道的试点: the last named of a list of its kind
    if text.endswith(_BARE_LIKE, 0, a) and text.startswith(_BARE_LIKE_END, e):
        return True
    return text.endswith(_GOING_VERBS, 0, a) and text[e : e + 1] in "，。；"


def _bare_towns(text: str, cands: list[Cand]) -> list[Cand]:
    """The bare name of a town or sub-district this text names in full (某某镇, 某某街道), where a
    place is expected: a headline (`创文 某某在行动`), before 创文/的特色, after 察看/结合, or as
    the goal `建设文明某某。` (gpe.bare_context); names of three characters only in the strong
    frames of _place_frame (在某某举行, 像某某这样). Most names of two are words too (清水, 保安),
    so only these contexts count."""
    stems: set[str] = set()
    if not any(unit in text for unit in _TOWN_KIND):
        return []  # (no name in the text ends with a town's unit; session 35)
    for c in cands:
        if c.label != "GPE":
            continue
        name = text[c.start : c.end]
        for unit in _TOWN_KIND:
            if name.endswith(unit) and 2 <= len(name) - len(unit) <= 3:
                stems.add(name[: -len(unit)])
    out: list[Cand] = []
    for st in stems:
        for a in _occurrences(text, st):
            e = a + len(st)
            if text.startswith(_TOWN_KIND, e):
                continue
            if _place_frame(text, a, e):
                out.append(Cand(a, e, "GPE", 0.5, 1, "gpe.bare_context"))
                continue
            if len(st) != 2:
                continue
            prev = text[a - 1] if a else "\n"
            opened = (
                not _is_cjk(prev)
                or prev in _PUNCT_BOUNDARY
                or text.endswith(_BARE_BEFORE, 0, a)
                or text.endswith(_VISIT_VERBS, 0, a)
            )
            if (opened and _TOWN_BARE_NEXT.match(text, e)) or (
                text.endswith(_TOWN_BARE_GOAL, 0, a) and text[e : e + 1] in _CLAUSE_END
            ):
                out.append(Cand(a, e, "GPE", 0.5, 1, "gpe.bare_context"))
    return out


# this module's regexes searched with their first characters as the skip set (scan.py): the
# same matches, fewer attempts
speed_up(globals())


# what, right after a further mention of a place's name, makes it part of another name: a
# sub-district named after the street (某某街道), an estate or a community named after the road
# (某某路社区, 某某路新村), a division (某某村镇)
_AGAIN_NOT_BEFORE = ("道", "社区", "小区", "新村", "村", "镇", "乡", "区", "县", "市", "省")


# the units of the towns and sub-districts a report names (某某镇, 某某乡, 某某街道)
_TOWN_UNITS = ("街道", "镇", "乡")
# what closes a further mention of a town (a mark, a clause's end) besides rule_words.json
# admin_next's verbs of the report (某某镇召开…, 某某街道开展…, 某某镇创城…)
_TOWN_AGAIN_NEXT = frozenset("，。、；：！？）)”\n ")
# the characters before a further mention that leave it a name of its own: a mark, the end of
# the division that holds it (某某区某某街道), a preposition or a connective (在某某镇, 和某某乡)
_TOWN_AGAIN_PREV = frozenset("，。、；：！？（(“【\n 　区县市旗在到赴和及与对向了")


def gpe_mentions_again(text: str, chosen: list[Cand]) -> list[Cand]:
    """Every further mention of a town or a sub-district the settled spans read as a GPE of three
    characters or more (信息来源：某某镇 … 12月13日，某某镇组织召开… / 某某镇召开… headline;
    某区某某街道开展… headline after a district the gazetteer lacks), where no span covers it,
    a mark, a preposition or the district holding it stands before it, and a mark or a verb of
    the report (admin_next) follows it: GUIDELINES.md tags every mention (gpe.doc_place;
    session 45, cw47: reports of 创文/创城 meetings name the town or sub-district in the
    headline, the dateline and the source line)."""
    names = {
        text[c.start : c.end]
        for c in chosen
        if c.label == "GPE"
        and c.end - c.start >= 3
        and text.endswith(_TOWN_UNITS, c.start, c.end)
        and all_cjk(text[c.start : c.end])
    }

    def ok(a: int, e: int) -> bool:
        return (not a or text[a - 1] in _TOWN_AGAIN_PREV) and (
            text[e : e + 1] in _TOWN_AGAIN_NEXT or e == len(text) or text.startswith(_ADMIN_NEXT, e)
        )

    return _with_further_mentions(text, chosen, names, ok, "GPE", "gpe.doc_place")


def loc_mentions_again(text: str, chosen: list[Cand]) -> list[Cand]:
    """Every further mention of a place the settled spans read as a LOC of three characters or
    more (沿某某路向西… 途中，某某路、乙大道等路牌; 在某某花园 … 对某某花园及…), where no span
    covers it and it opens or closes no longer name (某某街道, 某某路社区): GUIDELINES.md tags
    every mention (loc.repeat; session 34, audit34b)."""
    names = {
        text[c.start : c.end]
        for c in chosen
        if c.label == "LOC" and c.end - c.start >= 3 and all_cjk(text[c.start : c.end])
    }
    # (调研某某河流域… 听取某某河水质情况: the river of a basin read is the river at its
    # further mentions, as when the river was read alone; session 47, loc49)
    names |= {
        n[:-2] for n in names if len(n) >= 5 and n.endswith("流域") and n[-3] in _BASIN_RIVER_ENDS
    }

    def ok(a: int, e: int) -> bool:
        # (东某某路: a CJK character right before that with the name's head makes a word of
        # the dictionary, or a place's unit, opens a longer name)
        return not text.startswith(_AGAIN_NOT_BEFORE, e) and not (
            a
            and _is_cjk(text[a - 1])
            and (
                text[a - 1] in "省市县区镇乡村街路"
                or jieba_tokenizer().FREQ.get(text[a - 1 : a + 1])
            )
        )

    return _with_further_mentions(text, chosen, names, ok, "LOC", "loc.repeat")


def _with_further_mentions(
    text: str,
    chosen: list[Cand],
    names: set[str],
    ok: Callable[[int, int], bool],
    label: str,
    rule: str,
) -> list[Cand]:
    """chosen with a span of label for every mention of one of names (the longest first) that no
    span covers and ok(start, end) accepts; the walk gpe_mentions_again and loc_mentions_again
    share (a mention taken covers its characters for the shorter names)."""
    if not names:
        return chosen
    covered = bytearray(len(text) + 1)
    for c in chosen:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    added: list[Cand] = []
    for name in sorted(names, key=len, reverse=True):
        for a in _occurrences(text, name):
            e = a + len(name)
            if any(covered[a:e]) or not ok(a, e):
                continue
            covered[a:e] = b"\x01" * len(name)
            added.append(Cand(a, e, label, 0.5, 2, rule))
    if not added:
        return chosen
    return sorted([*chosen, *added], key=lambda c: (c.start, c.end))
