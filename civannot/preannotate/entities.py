"""Entity rules: the genre's structure (title chains before names, 市领导 lists, speaker frames,
《》 and “”), gazetteers, the learned lexicon and jieba as one signal for name boundaries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from civannot.preannotate.frames import FRAME_ADVERB
from civannot.preannotate.gazetteers import (
    CJK,
    Gazetteers,
    alternation,
    common_words,
    function_words,
    jieba_tokenizer,
    load,
)
from civannot.preannotate.lexicon import Lexicon


@dataclass
class Cand:
    start: int
    end: int
    label: str
    conf: float
    prio: int  # higher wins an overlap; then the longer span
    rule: str = ""  # stable id of the rule that made it (registry.RULES)


@dataclass
class EntityResult:
    spans: list[Cand] = field(default_factory=list)
    # (person_start, title_start, rule): pairs resolved to span indices once overlaps are settled
    holds: list[tuple[int, int, str]] = field(default_factory=list)
    names: set[str] = field(default_factory=set)


_CN_NUM = "一二三四五六七八九十两百千"
_PUNCT_BOUNDARY = set("，。；：！？、,.;:!?（）()“”\"'《》 \u3000\n\t/·—-…")


class _Rules:
    """Regexes compiled once per process from the gazetteers."""

    def __init__(self, g: Gazetteers):
        self.g = g
        lv = alternation(g.levels)
        body = alternation(g.bodies)
        post = alternation(g.posts)
        # a post standing alone is a title only when it names its own level (市长, 总书记)
        lone = alternation(g.lone_posts)
        # 工作组 but not 工作组织 (创建工作组织有力); long official names with 暨 run to 30
        long_body = rf"[{CJK}]{{2,30}}?(?:领导小组|指挥部|委员会|工作组(?!织))"
        # a department named by its abbreviation (卫健局, 教体局, 创城办) that no list holds
        # (never opening with a level: 滃州市委 is 滃州 + 市委, not 州 + 市委)
        any_body = rf"(?:{body}|(?![省市县区州旗镇乡])[{CJK}]{{1,4}}?(?:局|办|委))"
        # 代市长, 常务副总指挥
        post_re = rf"(?:代)?(?:{post})"
        self.title = re.compile(
            # 督导组组长: the head of a visiting group is a post written next to the name
            rf"(?:(?:督导|督查|检查|巡查|考核|测评|暗访|指导|调研|专家)组(?:副)?组长"
            # 省住建厅城建处处长, 省文明办创建处处长: a section of a department and its head
            rf"|(?:{lv})(?:{body}){{1,2}}[{CJK}]{{1,4}}?[处科股](?:副)?(?:处长|科长|股长|主任)"
            rf"|(?:{lv})(?:{any_body}){{0,3}}(?:{long_body}(?:办公室)?)?{post_re}"
            rf"|(?:{body}){{1,3}}{post_re}"
            # 青屏山景区管委会主任: a body named by its own place, opening a clause or an item
            rf"|(?:(?<=[、，。：；\n（(])|^)[{CJK}]{{2,5}}?(?:景区|园区|片区)?(?:管委会|管委|党工委)"
            rf"{post_re}"
            rf"|(?:代)?(?:{lone}))"
        )
        self.bare_post = re.compile(rf"(?:副)?(?:{post})")
        self.leaders = re.compile(r"(?:师市|兵团|省|市|县|区|州|旗|镇|乡|街道)(?:委)?领导")
        orgs = alternation(g.org_names)
        self.org = re.compile(
            rf"(?:(?:{lv})(?:{body}){{1,3}}|(?:{lv})?(?:{orgs})|(?:{lv}){long_body}(?:办公室)?)"
        )
        # outlets and small bodies named by their kind: 某某新闻网, 某某派出所, 某某街道办
        self.named_org_kind = re.compile(alternation(g.named_org_kinds))
        # the production and construction corps: 第十四师(某某市), 十六团
        self.corps_division = re.compile(
            rf"第[一二三四五六七八九十]{{1,3}}师(?:[{CJK}]{{2,3}}?市(?![委长民场区]))?"
        )
        self.corps_regiment = re.compile(
            r"(?:(?<=[、，。：；和及与在到\n（(])|^)[一二三四五六七八九十〇零百]{1,5}团"
            r"(?![结队委体员购伙聚拜年长结日])"
        )
        self.org_generic = re.compile(r"(集团|有限公司|公司|电视台|日报社|融媒体中心|人民医院)")
        # an outlet or school named after a place: 某某日报, 某某县第一中学, 某某市实验小学
        # (found by their kind first, then the name looked up before it: much faster than
        # letting the regex engine try every name start)
        self.place_org_kind = re.compile(
            r"日报社?|晚报|广播电视台|电视台|融媒体中心|融媒(?![体])"
            r"|(?:第[一二三四五六七八九十]+|实验|外国语|职业技术)?(?:中学|小学|幼儿园|学校|学院)"
        )
        # other places and facilities: a short name and the kind of place
        self.loc_kind = re.compile(
            r"火车站|高铁站|客运站|汽车站|东站|西站|南站|北站|公园|广场|社区|小区|片区|大道"
            r"|农贸市场|菜市场|夜市|美食街|步行街|商业街|市民中心|路|街(?!道)|巷|村"
        )
        self.admin_unit3 = re.compile(rf"[{CJK}]{{3}}(?:市|县|区|镇|乡|旗|街道)")
        # a division in a strong position: opening a headline or a dateline, before the verb
        self.admin_unit = re.compile(rf"([{CJK}]{{2,3}}?)(市|县|区|镇|乡|旗|街道)")
        self.date = re.compile(
            r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
            r"|(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年度?)?"
            r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]"
            r"(?:上午|下午|晚上|早上|中午|晚)?(?:[ \u00a0]?\d{1,2}[:：]\d{2}|\d{1,2}时(?:\d{1,2}分)?)?)"
            r"|(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月"
            r"(?:上旬|中旬|下旬|底|初|末)"
            r"|(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年)?第?[一二三四]季度"
            r"|(?:\d{4}|[〇零一二三四五六七八九]{4})年度?(?:\d{1,2}月份?)?"
            r"|\d{1,2}月份?"
            r"|(?:今|去|明|前)年(?!轻|纪|龄|级))"
        )
        self.quote = re.compile(r"[“\"]([^“”\"\n。！？]{1,24}?)[”\"]")
        self.book = re.compile(r"《([^《》\n]{1,80})》")
        self.gpe_suffixed = re.compile(
            rf"[{CJK}]{{2,6}}?(?:高新技术产业开发区|经济技术开发区|经济开发区|开发区|高新区|经开区|新区)"
        )
        gpe_full = set(g.admin_full)
        for n in g.gpe_names:
            for suf in ("省", "市", "州"):
                gpe_full.add(n + suf)
        self.gpe_full = re.compile(alternation(gpe_full))
        # 章贡区、南康区作表态发言: a short name with its unit, standing alone in a list
        self.gpe_listed = re.compile(
            rf"(?:(?<=[、，。：（(\n和及与])|^)([{CJK}]{{2,3}}?)(?:区|县|市|镇|乡|旗)(?=[、，。）)和及与]|作|等)"
        )
        self.gpe_bare = re.compile(alternation(set(g.gpe_names) - set(g.gpe_ambiguous)))
        self.followers = re.compile(alternation(g.name_followers))
        self.speech = re.compile(alternation(g.speech_verbs))
        self.doc_titles = re.compile(alternation(g.doc_titles)) if g.doc_titles else None
        # speaker frame at a clause start: NAME(在…时|在…中)?强调，
        self.frame = re.compile(
            rf"(?:^|(?<=[\n。！？；，：:;,\s”]))([{CJK}]{{2,4}}?)(?:同志)?(?:在[^，。\n]{{1,14}}?(?:时|中|上))?"
            rf"{FRAME_ADVERB}(?:{alternation(g.speech_verbs)})[，：:,]"
        )
        self.name_suffix_title = re.compile(r"(?:总书记|同志)")


@lru_cache(maxsize=1)
def rules() -> _Rules:
    return _Rules(load())


def _is_cjk(ch: str) -> bool:
    return (
        "\u3400" <= ch <= "\u9fff"
        or "\uf900" <= ch <= "\ufaff"
        or "\U00020000" <= ch <= "\U0003134f"
    )


def _surname_len(s: str, g: Gazetteers) -> int:
    if s[:2] in g.compound_surnames:
        return 2
    if s[:1] in g.surnames:
        return 1
    return 0


_BAD_NAME_CHARS = set("的了是在和与及等为对把被将就也都又还")


def _valid_name(s: str, g: Gazetteers) -> bool:
    n = _surname_len(s, g)
    if not n or not all(_is_cjk(c) for c in s):
        return False
    given = s[n:]
    if not 1 <= len(given) <= 2:
        return False
    return not any(c in _BAD_NAME_CHARS for c in given)


def _boundary_after(text: str, pos: int, r: _Rules) -> bool:
    if pos >= len(text):
        return True
    if text[pos] in _PUNCT_BOUNDARY or not _is_cjk(text[pos]):
        return True
    return r.followers.match(text, pos) is not None


def name_after(text: str, pos: int, r: _Rules, known: set[str] | None = None) -> int:
    """End of a person's name starting at pos (0 when there is none): surname + 1-2 characters,
    ending where punctuation or a verb of the genre follows."""
    g = r.g
    sl = _surname_len(text[pos : pos + 2], g)
    if not sl:
        return 0
    if known:
        for n in (4, 3, 2):
            if text[pos : pos + n] in known and _boundary_after(text, pos + n, r):
                return pos + n
    ok = []
    for given in (2, 1):
        end = pos + sl + given
        cand = text[pos:end]
        if end <= len(text) and _valid_name(cand, g) and _boundary_after(text, end, r):
            ok.append(end)
    if not ok:
        return 0
    if len(ok) == 1:
        end2 = ok[0]
        # 张志和出席: 和 closes a given name when a leader's act or punctuation follows it
        if (
            end2 - pos == sl + 1
            and text[end2 : end2 + 1] == "和"
            and _LEADER_ACTS.match(text, end2 + 1)
            and not _surname_len(text[end2 + 1 : end2 + 3], g)
        ):
            return end2 + 1
        return ok[0]
    # both lengths fit (张洁在…): a function character as the third one is the verb, not the name
    if text[ok[0] - 1] in "在对作和与及就为向到等兼任说":
        return ok[1]
    # otherwise let jieba decide: does it keep the three characters together?
    words = jieba_tokenizer().lcut(text[pos : min(len(text), pos + 8)], HMM=True)
    acc = 0
    for w in words:
        acc += len(w)
        if pos + acc == ok[1]:
            return ok[1]
        if pos + acc >= ok[0]:
            break
    return ok[0]


def name_before(text: str, end: int, r: _Rules) -> int:
    """Start of a name that ends at `end` (before 同志 / 总书记), or -1."""
    g = r.g
    best = -1
    for n in (3, 2, 4):
        start = end - n
        if start < 0:
            continue
        cand = text[start:end]
        if not _valid_name(cand, g):
            continue
        prev = text[start - 1] if start > 0 else "\n"
        if prev in _PUNCT_BOUNDARY or not _is_cjk(prev):
            return start
        if best < 0:
            best = start
    if best < 0:
        return -1
    # inside running text: trust the start only where jieba puts a word boundary
    lo = max(0, best - 6)
    acc = lo
    for w in jieba_tokenizer().lcut(text[lo:end], HMM=True):
        if acc == best:
            return best
        acc += len(w)
    return -1


def _excluded_person(text: str, s: int, e: int) -> bool:
    """Reporters and photographers in bylines are not PERSON."""
    after = text[e : e + 2]
    if after[:1] == "/" or after in ("摄影", "报道") or after[:1] == "摄":
        return True
    before = text[max(0, s - 4) : s]
    return before.endswith(
        ("记者", "通讯员", "摄影", "编辑", "责编", "审核", "校对", "作者", "作者：", "作者:")
    )


def find_entities(text: str, lexicon: Lexicon | None = None) -> EntityResult:
    r = rules()
    g = r.g
    cands: list[Cand] = []
    holds: list[tuple[int, int, str]] = []  # (person start, title start, rule)
    persons: dict[int, int] = {}  # start -> end of names found by structure
    titles: dict[int, int] = {}

    def add_person(s: int, e: int, conf: float, rule: str) -> None:
        if e > s and s not in persons:
            persons[s] = e
            cands.append(Cand(s, e, "PERSON", conf, 4, rule))

    def add_title(s: int, e: int, conf: float, rule: str) -> None:
        if s not in titles:
            titles[s] = e
            cands.append(Cand(s, e, "TITLE", conf, 4, rule))

    place_cands, doc_stems = _doc_places(text, r)
    cands.extend(place_cands)

    def extend_gpe_prefix(s: int) -> int:
        """市委书记 -> 铜仁市委书记 when a place name stands right before the level."""
        for n in (4, 3, 2):
            stem = text[s - n : s] if s >= n else ""
            if (
                stem
                and (stem in g.gpe_names or stem in g.admin_stems or stem in doc_stems)
                and text[s] in "省市县区州"
            ):
                return s - n
        # 蓼川市纪委监委通报…: an unknown place name opening a line or a clause
        if (
            s >= 2
            and text[s] in "省市县区州"
            and _stem_ok(text, s - 2, s)
            and text[s - 2 : s] not in function_words()  # 按照省委, 根据市委
        ):
            before = text[s - 3] if s >= 3 else "\n"
            if before in _PUNCT_BOUNDARY and before not in "、":
                return s - 2
        return s

    # --- DOC and SLOGAN from their marks ----------------------------------------------------
    for m in r.book.finditer(text):
        cands.append(Cand(m.start(1), m.end(1), "DOC", 0.95, 6, "doc.book"))
    if r.doc_titles is not None:
        for m in r.doc_titles.finditer(text):
            cands.append(Cand(m.start(), m.end(), "DOC", 0.8, 5, "doc.gazetteer"))
    quotes = list(r.quote.finditer(text))
    slogan = [_is_slogan(m.group(1), text, m.end(), g) for m in quotes]
    for k, m in enumerate(quotes):
        # 推行“以克论净”, 推动“明厨亮灶”, 评选一批“某某好人”: what a verb of launching names is
        # an action, a standard or an honour
        if not slogan[k] and _LAUNCH_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            slogan[k] = len(m.group(1)) >= 4 and _slogan_shape(m.group(1), g)
        if _metaphor(text, m.start(), m.end()):
            slogan[k] = False
    i = 0
    while i < len(quotes):
        j = i
        while j + 1 < len(quotes) and quotes[j + 1].start() == quotes[j].end():
            j += 1
        if j > i:
            # “甲”“乙”等一批品牌 / 等主题活动: a run of quoted names of one kind shares its status
            tail = text[quotes[j].end() : quotes[j].end() + 12]
            listed = tail.startswith("等") and any(n in tail for n in _LISTED_KINDS)
            if listed or any(slogan[i : j + 1]):
                for k in range(i, j + 1):
                    slogan[k] = slogan[k] or _slogan_shape(quotes[k].group(1), g)
        i = j + 1
    for k, m in enumerate(quotes):
        if slogan[k] and not _metaphor(text, m.start(), m.end()):
            cands.append(Cand(m.start(1), m.end(1), "SLOGAN", 0.8, 6, "slogan.quoted"))

    # --- title chains followed by a name -----------------------------------------------------
    pos = 0
    for m in r.title.finditer(text):
        if m.start() < pos:
            continue
        chain = [(m.start(), m.end())]
        end = m.end()
        while end < len(text) and text[end] == "、":
            nxt = r.title.match(text, end + 1)
            if not nxt:
                # 县人大常委会党组书记、主任某某 / 镇党委副书记、镇长: a bare post coordinated
                # with a title names a post of the same body; only when a name or a further
                # title follows it (党组书记、主任、委员 are no titles in a list of posts)
                nxt = r.bare_post.match(text, end + 1)
                if not nxt or not (
                    text[nxt.end() : nxt.end() + 1] == "、" or name_after(text, nxt.end(), r)
                ):
                    break
            chain.append((nxt.start(), nxt.end()))
            end = nxt.end()
        name_end = name_after(text, end, r)
        name_at = end
        if not name_end and text[end : end + 1] in (" ", "\u3000"):
            # 县委书记　某某 on a line of its own: the byline of a speech
            p = end
            while p < len(text) and text[p] in " \u3000":
                p += 1
            ne = name_after(text, p, r)
            if ne and (ne == len(text) or text[ne] in "\n（("):
                name_at, name_end = p, ne
        if not name_end:
            # 李作勋书记 / 习近平总书记: the name sits before the title
            s0 = chain[0][0]
            ns = name_before(text, s0, r) if text[s0 : s0 + 3] == "总书记" else -1
            if ns >= 0:
                add_person(ns, s0, 0.85, "person.before_title")
                add_title(s0, chain[0][1], 0.85, "title.after_name")
                holds.append((ns, s0, "relation.holds.after_name"))
            pos = end
            continue
        starts = [ts for ts, _ in chain]
        starts[0] = extend_gpe_prefix(starts[0])
        for ts, (_, te) in zip(starts, chain, strict=True):
            add_title(ts, te, 0.9, "title.chain")
        # one title before several names separated by 、 holds for each of them
        names = [(name_at, name_end), *_name_list(text, name_end, r)]
        for ns, ne in names:
            add_person(ns, ne, 0.9 if ns == name_at else 0.8, "person.after_title")
            holds.extend((ns, ts, "relation.holds.adjacent") for ts in starts)
        pos = names[-1][1]

    # --- 市领导 A、B、C --------------------------------------------------------------------
    for m in r.leaders.finditer(text):
        p = m.end()
        first = name_after(text, p, r)
        # 区领导包保责任: a lone "name" must be followed by what leaders do, not by any verb
        if not first or not (text[first : first + 1] == "、" or _LEADER_ACTS.match(text, first)):
            continue
        add_title(m.start(), m.end(), 0.85, "title.leaders")
        for ns, ne in [(p, first), *_name_list(text, first, r)]:
            add_person(ns, ne, 0.85, "person.leaders_list")
            holds.append((ns, m.start(), "relation.holds.leaders"))

    # --- speaker frames: NAME强调， -----------------------------------------------------------
    for m in r.frame.finditer(text):
        s, e = m.start(1), m.end(1)
        if s in persons:
            continue
        cand = text[s:e]
        # 应该说， / 具体来说，: a word of the language before 说 is no speaker
        if _valid_name(cand, g) and not (len(cand) == 2 and cand in function_words()):
            add_person(s, e, 0.8, "person.frame")

    # --- NAME同志 --------------------------------------------------------------------------
    for m in re.finditer("同志", text):
        ns = name_before(text, m.start(), r)
        if ns >= 0 and ns not in persons and m.start() - ns >= 2:
            add_person(ns, m.start(), 0.75, "person.comrade")

    # --- every further mention of a name found above (also across 他/她 paragraphs) ----------
    names = {text[s:e] for s, e in persons.items()}
    names = {n for n in names if not _excluded_person(text, *_first(text, n))}
    if lexicon is not None:
        for s, e, label in lexicon.finditer(text):
            if label == "PERSON":
                names.add(text[s:e])
            else:
                cands.append(Cand(s, e, label, 0.75, 3, "lexicon"))
    lex_names = set(names) - {text[s:e] for s, e in persons.items()}
    if names:
        pat = re.compile(alternation(names))
        for m in pat.finditer(text):
            if m.start() not in persons and not _excluded_person(text, m.start(), m.end()):
                prev = text[m.start() - 1] if m.start() else "\n"
                # a name glued to a preceding surname-like run is likely a longer word
                if (
                    _is_cjk(prev)
                    and m.end() - m.start() == 2
                    and not r.followers.match(text, m.end())
                ):
                    continue
                add_person(
                    m.start(),
                    m.end(),
                    0.8,
                    "lexicon" if m.group() in lex_names else "person.repeat",
                )
    excluded: set[int] = set()
    for s, e in list(persons.items()):
        if _excluded_person(text, s, e):
            excluded.add(s)
            continue
        # 学习贯彻某某书记讲话精神: a bare post written after a name is that person's title
        pm = _POST_AFTER_NAME.match(text, e)
        if pm is not None and e not in titles:
            add_title(e, pm.end(1), 0.8, "title.after_name")
            holds.append((s, e, "relation.holds.after_name"))

    if excluded:
        # one pass: dropping each byline name from the list in turn is quadratic in a long text
        cands[:] = [c for c in cands if not (c.label == "PERSON" and c.start in excluded)]

    # --- ORG ------------------------------------------------------------------------------
    for m in r.org.finditer(text):
        s, e = m.start(), m.end()
        if not _level_ok(text, s):
            continue
        seg = text[s:e]
        if text[s] == "州" and text[s + 1 : s + 2] == "市":
            s += 1  # 溱州市…领导小组: 州 ends the city's name, the level is 市
        cut = max(seg.rfind(v) for v in _MEETING_VERBS)
        if cut >= 0:
            # 某市召开创建…领导小组会议: the body is what follows the verb
            s += cut + 2
            if e - s < 4:
                continue
        else:
            s = extend_gpe_prefix(s)
        sub = _SUB_UNIT.match(text, e)
        if sub is not None:
            e = sub.end()  # 市纪委监委第三监督检查室: a numbered office of the body
        cands.append(Cand(s, e, "ORG", 0.7, 2, "org.grammar"))
    for m in re.finditer(r"(?:党)?中央(?=[和、及与](?:省|市|县|区)委)", text):
        cands.append(Cand(m.start(), m.end(), "ORG", 0.7, 2, "org.central"))
    for m in r.place_org_kind.finditer(text):
        k = m.start()
        lo = k
        while lo > max(0, k - 5) and _is_cjk(text[lo - 1]):
            lo -= 1
        if k - lo >= 2:
            s = _place_start(text, lo, k, g, doc_stems)
            if s is not None:
                cands.append(Cand(s, m.end(), "ORG", 0.7, 2, "org.place_kind"))
    cands.extend(_named_orgs(text, r))
    cands.extend(_locations(text, r, doc_stems))
    for m in r.org_generic.finditer(text):
        s = _jieba_stem_start(text, m.end(), m.group(1))
        if s is not None:
            cands.append(Cand(s, m.end(), "ORG", 0.5, 1, "org.company"))

    # --- GPE ------------------------------------------------------------------------------
    cands.extend(_corps_units(text, r))
    for m in r.gpe_suffixed.finditer(text):
        s = _gpe_start(text, m.start(), m.end(), g)
        if s is None:
            # 南屏区和某某高新区: the lazy match began at an earlier item of the list
            for k in range(m.end() - 5, m.start(), -1):
                if text[k - 1] in "和及与、，在到" and (s := _gpe_start(text, k, m.end(), g)):
                    break
            else:
                s = None
        if s is not None:
            cands.append(Cand(s, m.end(), "GPE", 0.7, 2, "gpe.zone"))
    for m in r.gpe_full.finditer(text):
        if _word_edge(text, m.start(), m.end()):
            cands.append(Cand(m.start(), m.end(), "GPE", 0.7, 2, "gazetteer:gpe"))
    for m in r.gpe_bare.finditer(text):
        cands.append(Cand(m.start(), m.end(), "GPE", 0.6, 1, "gazetteer:gpe_bare"))
    cands.extend(_gpe_lists(text, cands, g))

    # --- DATE -----------------------------------------------------------------------------
    for m in r.date.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        cands.append(Cand(m.start(), m.end(), "DATE", 0.85, 2, "date.pattern"))
        # 8月20日至22日: the end of a range written as a bare day
        rm = _DAY_RANGE_END.match(text, m.end())
        if rm is not None and m.group().endswith(("日", "号")):
            cands.append(Cand(rm.start(1), rm.end(1), "DATE", 0.8, 2, "date.range_end"))

    return EntityResult(cands, holds, names)


# where the name of an outlet or a small body may begin: after punctuation, a line start, a
# connective or a verb of going (到城关派出所)
_NAME_START_AFTER = set("和及与到在至赴对由据讯")


def _named_orgs(text: str, r: _Rules) -> list[Cand]:
    """某某新闻网, 某某日报, 某某派出所, 某某街道办: the kind is found first, then the longest name
    before it (2 to 8 characters) that starts after punctuation or a connective. The outlet's
    name holds a place (澄岭新闻网): the ORG is the whole, never the place inside."""
    out: list[Cand] = []
    for m in r.named_org_kind.finditer(text):
        k = m.start()
        lo = k
        while (
            lo > k - 8
            and lo > 0
            and _is_cjk(text[lo - 1])
            and text[lo - 1] not in _NAME_START_AFTER
            and text[lo - 1] not in _BAD_NAME_CHARS
        ):
            lo -= 1
        prev = text[lo - 1] if lo else "\n"
        # the name must start at a boundary, not be the tail of a longer run of text
        if lo == k or (
            _is_cjk(prev) and prev not in _NAME_START_AFTER and prev not in _BAD_NAME_CHARS
        ):
            continue
        best = lo
        name = text[best:k]
        # 各派出所, 全市日报: a generic head is no name
        if name[0] in "各全每该本我这那其":
            continue
        if len(name) == 1 and name not in "乡镇县市区省":
            continue
        out.append(Cand(best, m.end(), "ORG", 0.7, 3, "org.named"))
    return out


def _corps_units(text: str, r: _Rules) -> list[Cand]:
    """Divisions and regiments of the production and construction corps (第十四师某某市, 十六团):
    a regiment read in a strong position counts at its every further mention."""
    out = [
        Cand(m.start(), m.end(), "GPE", 0.7, 2, "gpe.corps")
        for m in r.corps_division.finditer(text)
    ]
    regiments = {m.group() for m in r.corps_regiment.finditer(text)}
    for name in regiments:
        for a in _occurrences(text, name):
            nxt = text[a + len(name) : a + len(name) + 1]
            if nxt and nxt in "结队委体员购伙聚拜年长日":
                continue
            if a and text[a - 1] in _CN_NUM + "第":
                continue  # 二十六团 read from its tail
            out.append(Cand(a, a + len(name), "GPE", 0.65, 2, "gpe.corps"))
    return out


def _first(text: str, name: str) -> tuple[int, int]:
    i = text.find(name)
    return i, i + len(name)


_LEVEL_BLOCK = {
    "市": set("城都超股夜集门上早黑花菜街开"),
    "区": set("社小景园城山辖片街校地郊灾矿"),
    "县": set("郡州"),
    "省": set("反自节"),
}


# first characters of a word that is a generic place reference, never a name (全市, 各区, 城区)
_GENERIC_HEAD = set("全各本我该城市社小景园片辖街校山郊老新这那每此其两多辖主")


_GENERIC_STEMS = {
    "相关",
    "有关",
    "其他",
    "部分",
    "重点",
    "试点",
    "示范",
    "周边",
    "所在",
    "所属",
    "先进",
    "落后",
}


def _level_ok(text: str, s: int) -> bool:
    if s == 0:
        return True
    return text[s - 1] not in _LEVEL_BLOCK.get(text[s], ())


def _word_edge(text: str, s: int, e: int) -> bool:
    return e >= len(text) or text[e] not in "委长政"


def _gpe_start(text: str, s: int, e: int, g: Gazetteers) -> int | None:
    """Start of 漳州高新区 / 大龙开发区: a known place, or a short run after punctuation."""
    seg = text[s:e]
    for k in range(len(seg) - 2, 0, -1):
        head = seg[:k]
        if head in g.gpe_names or head in g.admin_stems or head + "市" in g.admin_full:
            return s
    prev = text[s - 1] if s else "\n"
    stem_len = len(seg) - len(_suffix_of(seg, g))
    if (prev in _PUNCT_BOUNDARY or prev in "和及与在") and 2 <= stem_len <= 4:
        return s
    return None


def _suffix_of(seg: str, g: Gazetteers) -> str:
    for suf in g.admin_suffixes:
        if seg.endswith(suf):
            return suf
    return ""


def _jieba_stem_start(text: str, end: int, suffix: str) -> int | None:
    """环境集团, 城投公司: the name is the one or two jieba words right before the suffix."""
    s = end - len(suffix)
    lo = max(0, s - 8)
    words = jieba_tokenizer().lcut(text[lo:s], HMM=False)
    start = s
    taken = 0
    for w in reversed(words):
        if taken == 2 or not all(_is_cjk(c) for c in w) or len(w) == 1:
            break
        start -= len(w)
        taken += 1
    if start == s or s - start > 8:
        return None
    # keep a level written before it (市城投集团); a place name too (九江日报社)
    if start > 0 and text[start - 1] in "省市县区" and _level_ok(text, start - 1):
        start -= 1
    return start


def _gpe_lists(text: str, cands: list[Cand], g: Gazetteers) -> list[Cand]:
    """芗城、龙文、龙海、长泰、漳州高新区: bare items of a list that is mostly places."""
    out: list[Cand] = []
    gpe_starts = {c.start: c.end for c in cands if c.label == "GPE"}
    for m in re.finditer(rf"[{CJK}]{{2,6}}(?:、[{CJK}]{{2,8}}){{2,}}", text):
        items = []
        p = m.start()
        for part in m.group().split("、"):
            items.append((p, p + len(part)))
            p += len(part) + 1
        # the last item may run on into the sentence: cut it at 和/及 or keep a known prefix
        known = 0
        for s, e in items:
            seg = text[s:e]
            if s in gpe_starts or seg in g.admin_stems or seg in g.gpe_names or seg in g.admin_full:
                known += 1
        if known < 2 or known * 2 < len(items) - 1:
            continue
        for s, e in items:
            seg = text[s:e]
            if s in gpe_starts:
                continue
            if (
                2 <= len(seg) <= 3
                and not _suffix_of(seg, g)
                and not seg.endswith(("局", "办", "委", "队", "部"))
            ):
                out.append(Cand(s, e, "GPE", 0.55, 1, "gpe.list"))
    return out


_STOP_NUMERAL = (
    "一流 一起 一样 一定 一直 一切 一致 一些 一般 一向 一旦 一同 统一 唯一 万一 一体 一线 一下 "
    "一点 一道 一次 一再 一律 一贯 一面 十分 万分 百姓 千万"
).split()
# what follows a named campaign, action or mechanism: “精品背街小巷”示范创建, “清洁家园”行动
_CAMPAIGN_NOUNS = (
    "行动",
    "活动",
    "专项",
    "工程",
    "机制",
    "责任制",
    "示范",
    "品牌",
    "工作法",
    "模式",
    "计划",
    "创建",
    "等机制",
    "等活动",
    "志愿服务",
    "主题",
    "攻坚战",
    "战役",
    "竞赛",
    "评选",
    "制度",
    "实践",
    "流程",
    "理念",
    "责任",
    "系列",
)


_LAUNCH_VERBS = (
    "推行",
    "推动",
    "推广",
    "实施",
    "实行",
    "开展",
    "深化",
    "启动",
    "打造",
    "创建",
    "评选",
    "争创",
)
_LAUNCH_BEFORE = re.compile(
    "(?:"
    + "|".join(_LAUNCH_VERBS + ("选树", "推选", "培育", "命名"))
    + ")(?:了|出)?(?:一批|一大批)?$"
)


def _metaphor(text: str, qs: int, qe: int) -> bool:
    """城市的“里子”。 / 乡村振兴的“铸魂工程”， / “保姆式”服务: a quoted word that a 的 attaches
    to a noun and that closes its clause, or a manner in 式, is a figure of speech."""
    if text[qe : qe + 1] == "式":
        return True
    return text[qs - 1 : qs] == "的" and text[qe : qe + 1] in ("，", "。", "；", "！")


_LISTED_KINDS = ("品牌", "活动", "行动", "工程", "机制", "模式", "项目")


def _slogan_shape(content: str, g: Gazetteers) -> bool:
    """Could this quoted text be a formula at all (not a number, a clause or an excluded word)?"""
    c = content.strip()
    return (
        2 <= len(c) <= 16
        and c not in g.slogan_exclusions
        and not any(ch.isdigit() for ch in c)
        and "，" not in c
        and "," not in c
    )


def _is_slogan(content: str, text: str, after: int, g: Gazetteers) -> bool:
    c = content.strip()
    # “净街行动”: the quoted text names its own kind of campaign
    if len(c) >= 4 and c.endswith(("行动", "活动", "工程", "攻坚战")) and _slogan_shape(c, g):
        return True
    if not c or c in g.slogan_exclusions or len(c) < 2:
        return False
    if any(ch.isdigit() for ch in c) or "，" in c or "," in c:
        return False
    parts = re.split("[、·]", c)
    if len(parts) > 1:
        return (
            all(len(p) >= 3 for p in parts)
            or all(len(p) == len(parts[0]) >= 2 for p in parts)
            and (any(ch in _CN_NUM for ch in c) or len(parts) >= 3)
        )
    # “街长制”“河长制”: a named responsibility system
    if 3 <= len(c) <= 6 and c.endswith("长制"):
        return True
    stripped = re.sub(r"(.)一\1", "", c)  # 等一等, 看一看: reduplication, not a count
    for w in _STOP_NUMERAL:
        stripped = stripped.replace(w, "")
    if any(ch in _CN_NUM for ch in stripped) and len(c) <= 12:
        return True
    # an unnumbered formula is a slogan when it names a campaign, action or mechanism
    tail = text[after : after + 4]
    if tail.startswith(("“", '"')):
        return False
    if len(c) == 3 and tail.startswith(("机制", "制度", "模式", "工作法", "责任制")):
        return True  # “院坝长”机制: a three-character name of a mechanism
    return len(c) >= 4 and tail.startswith(_CAMPAIGN_NOUNS)


# what leaders named in a list go on to do (市领导A出席…): a lone name needs one of these
_LEADER_ACTS = re.compile(
    "出席|参加|陪同|调研|带队|率队|一行|检查|督导|主持|讲话|等|分别|先后|深入|来到|前往|听取|看望"
    "|慰问|到会|一同|同志|强调|指出|要求|表示|[，。；、,;]"
)
_MEETING_VERBS = ("召开", "举行")
_DAY_RANGE_END = re.compile(
    r"(?:至|到|—|－|-|~|～)((?:\d{1,2}|[一二三十]{1,3})[日号])(?![\d〇一二三四五六七八九十])"
)
_POST_AFTER_NAME = re.compile(
    r"(书记|副书记|省长|市长|县长|区长|州长|镇长|乡长|主任|部长|局长|主席|组长)"
    r"(?=的|讲话|重要|指示|批示|在|强调|指出|要求|提出|所|同志|[，。、；：,])"
)
_SUB_UNIT = re.compile(rf"第[一二三四五六七八九十]+[{CJK}]{{1,6}}?(?:室|处|科|组|庭|中队|分局)")


def _name_list(text: str, end: int, r: _Rules) -> list[tuple[int, int]]:
    """Further names after a first one that ends at `end`: 、B、C. An item the surname rules do
    not read (a name damaged in transmission) is kept when 、 stands on both sides of it."""
    out: list[tuple[int, int]] = []
    p = end
    while p < len(text) and text[p] == "、":
        q = p + 1
        if r.title.match(text, q):
            break  # 市委书记A、市长B: the next item is a title chain of its own
        e = name_after(text, q, r)
        if not e:
            nxt = text.find("、", q, q + 6)
            item = text[q:nxt] if nxt > 0 else ""
            if not (
                2 <= len(item) <= 4
                # "?" and U+FFFD are what transmission damage leaves inside a name
                and not any(c in _PUNCT_BOUNDARY and c not in "?\ufffd" for c in item)
                and name_after(text, nxt + 1, r)
            ):
                break
            e = nxt
        out.append((q, e))
        p = e
    return out


def _stem_ok(text: str, s: int, k: int) -> bool:
    """Is text[s:k] the proper name of a division whose unit starts at k (not 全市, 超市, 重点区)?"""
    stem = text[s:k]
    if not all(_is_cjk(c) for c in stem):
        return False
    # 城东 / 城关 (镇): the seat of many counties; other 城-words are generic (城区, 城市)
    head_ok = stem[0] not in _GENERIC_HEAD or (stem[0] == "城" and stem[1] in "东西南北中关")
    return (
        head_ok
        # 漳州市 / 溱州市: a city's name often ends in 州; elsewhere 州 is a unit of its own
        and (
            stem[-1] not in "区县市省镇乡州委府局办部"
            or (stem[-1] == "州" and text[k : k + 1] == "市")
        )
        and stem[:2] not in _GENERIC_STEMS
        and not any(c in _BAD_NAME_CHARS or c in "各全有某该其" for c in stem)
        # 岚州、梧源两市 / 全省三县: a count before the unit, not part of a name
        and stem[-1] not in "两三四五六七八九十几多数"
        # 文明村镇, 特色村镇: 村镇 is a word of its own
        and not (stem[-1] == "村" and text[k] == "镇")
        # 推动县、乡、村三级: a verb or function word before a unit is no name
        and not (len(stem) == 2 and stem in function_words())
        and not (len(stem) == 3 and (stem[:2] in function_words() or stem[1:] in function_words()))
        and _unit_ok(text, k, stem)
    )


def _unit_ok(text: str, k: int, stem: str) -> bool:
    """May the unit at k follow this stem? 某城区 (鹿城区) is a district named 某城, while
    老城区, 主城区, 县城区 are generic."""
    return _level_ok(text, k) or (
        len(stem) == 2 and stem[1] == "城" and text[k] == "区" and stem[0] not in "县镇乡村"
    )


_ADMIN_NEXT = (
    "召开",
    "举行",
    "部署",
    "开展",
    "推进",
    "启动",
    "出台",
    "印发",
    "作",
    "等",
    "分别",
    "规范",
    "打造",
    "持续",
    "深入",
    "全力",
    "扎实",
    "着力",
    "聚焦",
    "以",
    "把",
    # 某某市将…, 某某区在创建中…, 某某县获评…: the division as the subject of a sentence
    "将",
    "在",
    "已",
    "创建",
    "坚持",
    "始终",
    "获评",
    "成功",
    "作为",
    "高度重视",
    "全面",
)
# 深入某某区, 来到某某镇: verbs of going before a division
_GOING_VERBS = ("深入", "来到", "前往", "走进", "走访", "莅临", "调研", "督导")
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


def _doc_places(text: str, r: _Rules) -> tuple[list[Cand], set[str]]:
    """Divisions the gazetteers do not know, read from strong positions in this document (a
    headline or dateline opening with 某某市召开…, a list of units 某某区、某某镇作发言, a
    division followed by its sub-division or a street), then every further mention of them, and
    the bare name of a city or county where it stands alone (某某召开…, 讲好某某故事)."""
    found: dict[str, float] = {}
    for m in re.finditer("街道|市|县|区|镇|乡|旗|省", text):
        k, e = m.start(), m.end()
        for n in (2, 3):
            s = k - n
            if s < 0 or not _stem_ok(text, s, k):
                continue
            prev = text[s - 1] if s else "\n"
            dateline = _DATE_BEFORE.search(text, max(0, s - 8), s) is not None
            prev_ok = (
                prev in _PUNCT_BOUNDARY
                or prev in "和及与到在至赴"
                or text.endswith(_GOING_VERBS, 0, s)
                or _after_place(text, s, found)
            )
            if not prev_ok:
                continue
            nxt = text[e : e + 1]
            next_ok = (
                dateline
                # 到柳溪乡、白塔镇督导: the next item of a list that opened with a division
                or (prev == "、" and _after_place(text, s - 1, found))
                or not nxt
                or nxt in "、，。）)；：;:,和及与\n "
                or text.startswith(_ADMIN_NEXT, e)
                or _admin_at(text, e, r) is not None
                or _loc_at(text, e, r)
            )
            if next_ok:
                found.setdefault(text[s:e], 0.6 if dateline or prev in "\n" else 0.55)
                break
    cands: list[Cand] = []
    stems: set[str] = _bare_places(text, r.g)
    if not found and not stems:
        return cands, stems
    for f, conf in found.items():
        for a in _occurrences(text, f):
            if f[-1] == "县" and text[a + len(f) : a + len(f) + 1] == "城":
                # 某某县城: the county's town; the place name is the bare stem
                cands.append(Cand(a, a + len(f) - 1, "GPE", conf, 1, "gpe.doc_place"))
            elif _word_edge(text, a, a + len(f)) and _unit_ok(text, a + len(f) - 1, f[:-1]):
                cands.append(Cand(a, a + len(f), "GPE", conf, 1, "gpe.doc_place"))
        if f[-1] in "市县区省" and len(f) == 3:
            stems.add(f[:-1])
    for st in stems:
        for a in _occurrences(text, st):
            nxt = text[a + 2 : a + 3]
            if not (nxt and nxt in "省市县区州"):
                cands.append(Cand(a, a + 2, "GPE", 0.5, 1, "gpe.bare_stem"))
    return cands, stems


# 岚州、梧源两市 / 甲、乙、丙三县: bare names counted by their unit
_COUNTED_LIST = re.compile(
    rf"(?:^|(?<=[，。：、\n在和与及对]))((?:[{CJK}]{{2}}、)+[{CJK}]{{2}})(?:两|三|四|五|六|七|八|九)(?:市|县|区|州|地)"
)
# 某某：聚力攻坚… : a headline opening with the place it reports from
_HEADLINE_PLACE = re.compile(rf"\A[ \u3000\n]*([{CJK}]{{2,3}})[：:](?=[^\n]{{6,}})")


def _bare_places(text: str, g: Gazetteers) -> set[str]:
    """Bare names of divisions read from the genre's structure: a counted list (某某、某某两市)
    and a headline of the form 某某：…."""
    out: set[str] = set()
    for m in _COUNTED_LIST.finditer(text):
        out.update(
            item
            for item in m.group(1).split("、")
            if item not in function_words() and item not in common_words()
        )
    hm = _HEADLINE_PLACE.match(text)
    if hm is not None:
        name = hm.group(1)
        if (
            not _valid_name(name, g)
            and name not in function_words()
            and name not in common_words()
            and name[0] not in _GENERIC_HEAD
        ):
            out.add(name[:-1] if name[-1] in "省市县区" and len(name) == 3 else name)
    return {n for n in out if len(n) == 2}


def _occurrences(text: str, word: str) -> list[int]:
    out = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + len(word))
    return out


def _after_place(text: str, s: int, found: dict[str, float]) -> bool:
    """Does a division already read end right at s (临澄市河西区, 鹤西区汀洲街道)?"""
    return any(text.endswith(f, 0, s) for f in found)


_LOC_STOP = {
    "线路",
    "道路",
    "思路",
    "出路",
    "公路",
    "马路",
    "铁路",
    "网路",
    "电路",
    "水路",
    "门路",
    "套路",
    "弯路",
    "老路",
    "新路",
    "活路",
    "一路",
    "大街",
    "小街",
    "沿街",
    "上街",
    "临街",
    "小巷",
    "街巷",
}


def _locations(text: str, r: _Rules, doc_stems: set[str]) -> list[Cand]:
    """Streets, communities, stations, parks: a short name and the kind of place, where the name
    starts after punctuation, a connective, a verb of going or a division."""
    out: list[Cand] = []
    for m in r.loc_kind.finditer(text):
        k, e = m.start(), m.end()
        kind = m.group()
        s = k
        while s > max(0, k - 4) and _is_cjk(text[s - 1]):
            s -= 1
        # the longest name (up to four characters) that starts at a boundary
        best = None
        if kind == "市民中心":
            # a facility named by its kind alone (GUIDELINES.md: 市民中心)
            prev = text[k - 1] if k else "\n"
            if not _is_cjk(prev) or prev in "和及与到在至赴对":
                out.append(Cand(k, e, "LOC", 0.55, 2, "loc.civic_centre"))
            continue
        # 完成了某某大道改造: after 了 a name of a two-character kind can start
        starts_after = "和及与到在至赴对" + ("了" if len(kind) >= 2 else "")
        for st in range(s, k - 1):
            if text[st] in starts_after:
                continue
            prev = text[st - 1] if st else "\n"
            # 三是某某农贸市场要…: after an enumerator the name starts
            enumerated = prev == "是" and st >= 2 and text[st - 2] in _CN_NUM
            if (
                prev in _PUNCT_BOUNDARY
                or prev in starts_after
                or enumerated
                or _is_place_end(text, st)
            ):
                best = st
                break
        if best is None:
            continue
        name = text[best:k]
        if any(c in "各全每该本我请" for c in name):
            continue
        # 市民公园 / 市民中心 are names; 全市公园, 各社区, 站前广场, 汽车客运站 are not
        generic = (
            name[0] in _GENERIC_HEAD
            and name[:2] not in doc_stems
            and name[:2] != "市民"
            # 城南农贸市场, 城东社区: a quarter named by its direction from the town
            and not (name[0] == "城" and name[1:2] in ("东", "西", "南", "北", "中", "关"))
        )
        if generic or name[:2] in _GENERIC_STEMS or name[-1] in "站车前后内外":
            continue
        if kind in _MARKET_KINDS:
            road = out[-1] if out and out[-1].end == k and text[k - 1] == "路" else None
            if road is not None and kind != "村":
                # 人民路美食街: a market or street named after the road it lies on (the road is
                # the last place read, since matches come in text order)
                out[-1] = Cand(road.start, e, "LOC", 0.55, 2, "loc.kind")
                continue
            # 在滨河夜市 / 杏林村: a two-character name that is not a verb or function word
            if len(name) != 2 or name in function_words() or name in common_words():
                continue
            if kind == "村" and (
                name[-1] in "乡农山渔城村" or text[e : e + 1] in _VILLAGE_WORD_NEXT
            ):
                continue
        if kind in ("路", "街", "巷"):
            if len(name) != 2 or text[best:e] in _LOC_STOP or text[e : e + 2] in ("小巷", "巷"):
                continue
            # 过去路面坑洼: 路面, 路段, 路口 are words of their own, not a street's kind
            if kind == "路" and text[e : e + 1] in _ROAD_WORD_NEXT:
                continue
            if text.startswith("片区", e):
                e += 2  # 某某路片区: the area named after the street
        out.append(Cand(best, e, "LOC", 0.55, 2, "loc.kind"))
    # every further mention of a place read in a strong position (在滨河夜市 … 完成滨河夜市地面硬化)
    seen = {(c.start, c.end) for c in out}
    for name in {text[c.start : c.end] for c in out if c.end - c.start >= 4}:
        for a in _occurrences(text, name):
            if (a, a + len(name)) not in seen:
                out.append(Cand(a, a + len(name), "LOC", 0.5, 2, "loc.repeat"))
    return out


_ROAD_WORD_NEXT = set("面段口边况灯网线径标牌基长")
_MARKET_KINDS = ("农贸市场", "菜市场", "夜市", "美食街", "步行街", "商业街", "村", "小区")
_VILLAGE_WORD_NEXT = set("规民容貌庄委务级干集落镇")


def _is_place_end(text: str, pos: int) -> bool:
    """Is text[:pos] ending with a division (某某区, 某某街道) rather than a word like 城区?"""
    unit = 2 if text.endswith("街道", 0, pos) else int(pos > 0 and text[pos - 1] in "区县市镇乡")
    if not unit:
        return False
    k = pos - unit
    for n in (2, 3):
        s = k - n
        if (
            s >= 0
            and _stem_ok(text, s, k)
            and (
                s == 0
                or text[s - 1] in _PUNCT_BOUNDARY
                or text[s - 1] in "和及与到在至赴"
                or _is_place_end(text, s)
            )
        ):
            return True
    return False


def _place_start(
    text: str, s: int, name_end: int, g: Gazetteers, doc_stems: set[str]
) -> int | None:
    """某某日报 / 某某县第一中学: the outlet or school is ORG when its name is a known place."""
    seg = text[s:name_end]
    for k in range(len(seg)):
        head = seg[k:]
        stem = head.rstrip("市县区") if len(head) > 2 else head
        if (
            stem in doc_stems
            or stem in g.gpe_names
            or stem in g.admin_stems
            or head in g.admin_full
        ):
            return s + k
        # 某某县第一中学: a name written with its unit is a place even when nobody knows it
        if len(head) == 3 and head[-1] in "市县区" and _stem_ok(text, s + k, name_end - 1):
            prev = text[s + k - 1] if s + k else "\n"
            if prev in _PUNCT_BOUNDARY or prev in "和及与到在至赴":
                return s + k
    return None


def _loc_at(text: str, k: int, r: _Rules) -> bool:
    """Does a short name of a place kind (某某社区, 某某路) start at k?"""
    for n in (2, 3, 4):
        name = text[k : k + n]
        # 文明乡风是乡村…: a name holds no function character
        if (
            r.loc_kind.match(text, k + n)
            and all(_is_cjk(c) for c in name)
            and not any(c in _BAD_NAME_CHARS for c in name)
        ):
            return True
    return False
