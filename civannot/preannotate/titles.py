"""TITLE rules (with the PERSON and HOLDS_TITLE they bring): a chain of titles at 、 before a
name (title.chain, person.after_title, relation.holds.adjacent), 市领导 + a list of names
(title.leaders), a post written after a name (title.after_name). What a title is comes from the
grammar compiled in common._Rules over resources/gazetteers/title_*.txt: place prefix? + level +
body (listed, or any 局/办/委 abbreviation) + section? + post, with 代/常务/副."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from civannot.preannotate.common import (
    _BAD_NAME_CHARS,
    SENTENCE_ADVERBS,
    Cand,
    Doc,
    _is_cjk,
    _Rules,
    all_cjk,
    gpe_full_spans,
    opens_division,
    rules,
    title_matches,
)
from civannot.preannotate.frames import FRAME_ADVERB
from civannot.preannotate.gazetteers import (
    CJK,
    Gazetteers,
    _ordinary_words,
    alternation,
    common_words,
    function_words,
    jieba_tokenizer,
    rule_words,
)
from civannot.preannotate.persons import (
    _FUNCTION_FIRST,
    _LEADER_ACTS,
    _NEVER_GIVEN,
    _boundary_after,
    _coming_to_visit,
    _cut,
    _name_list,
    _surname_len,
    _valid_name,
    act_not_name,
    name_after,
    name_before,
    set_title_starts,
    title_after_mark,
)
from civannot.preannotate.places import (
    _TWO_CHAR_COUNTIES,
    _stem_ok,
    city_before_kind_zone,
    extend_gpe_prefix,
    named_gpe_before,
)
from civannot.preannotate.scan import guarded, speed_up

# 学习贯彻某某书记讲话精神: a bare post written after a name is that person's title
_POST_AFTER_NAME = re.compile(
    r"(书记|副书记|省长|市长|县长|区长|州长|镇长|乡长|主任|部长|局长|主席|组长)"
    r"(?=的|讲话|重要|指示|批示|在|强调|指出|要求|提出|所|同志|[，。、；：,]"
    # (检查组组长某某主任进行了讲评, …主任一行: a leader's act after the post; session 13 audit)
    r"|进行|作了|一行|带队|率队|代表|汇报|介绍|主持|表示"
    # (某某主任宣读《…》, 某某主任通报了…: a document read out or a report given; people32)
    r"|宣读|通报|传达)"
)


# posts that name no level of their own (title_lone_posts.txt, session 7): a title standing
# alone only where it opens a clause or an item (第一书记某某要求, 党委书记甲、副书记乙)
# (局长、党组书记某某 / 最后，局长某某强调: a bureau's head named by its post alone in the bureau's
# own report; session 15 audit)
_BARE_DEPUTIES = (
    "副书记",
    "第一书记",
    "委员",
    "常委",
    "副主任",
    "党组成员",
    "副主席",
    "调研员",
    "局长",
    # (某某组长的讲话, 某某总理强调: a post written after the name; persons21)
    "组长",
    "副组长",
    "常务副组长",
    "第一副组长",
    "党组书记",
    "党组副书记",
    "总理",
    "副总理",
    "总统",
    "副总统",
)
_CLAUSE_MARKS = set("、，。：；\n（(")
_ITEM_OPEN = set("、，。：；！？\n（( \u3000“”") | set("和与及")


# (…党工委书记（兼）某某: a post held besides the others, marked in brackets; session 9 audit)
_RANK_IN_BRACKETS = re.compile(r"[（(](?:(?:正|副)?(?:部|厅|局|处|县|科|乡|镇)级|兼)[）)]")


# 政教部门负责人 / 相关科室主要负责人: the head of a unit, an item of a chain with no TITLE
# (负责人 is generic)
_HEAD_ITEM = re.compile(rf"[{CJK}]{{0,10}}?(?:主要)?负责人")

# what before a post makes it the post of many bodies (generic, no TITLE): 等地 / 各地 / 各级;
# 各 right before it too (各镇长要负责, the check in find_title_chains)
_GENERIC_BEFORE_POST = ("等地", "各地", "各级")
# the head of a congress's working committee or office, as the grammar's committee branch reads
# it (common._Rules: 选任工委主任, 研究室主任; session 11 audit)
_WORKING_BODY_HEAD = re.compile(r"(?:工委|室)(?:常务)?副?主任(?:委员)?$")


# The head of a body named by its kind, the post right after the kind (县工商银行行长,
# 县第二幼儿园园长, 某某村党支部书记, 县个体劳动者协会秘书长): the grammar reads a post only after a
# listed body or standing alone, and a bank's, a kindergarten's or a station's head (行长, 园长,
# 站长) can stand alone in no text (长效, 长势: persons22). Read here from the kind of the body
# and the posts of that kind (persons24, the probe of 16 kinds of bodies; kind (b)).
_DEPUTY = "(?:常务|代理|代)?副?"
_UNIT_PARTY_POSTS = "党委(?:副)?书记|党总支(?:副)?书记|党支部(?:副)?书记|党组(?:副)?书记"
# a kind of one character whose head repeats it (文化站站长, 司法所所长, 县农行行长, 某某公园园长)
_UNIT_REPEATS = "行园馆站所社台庭厂场院会处科"
_UNIT_KIND_POSTS: tuple[tuple[str, str], ...] = (
    # schools by level and number, colleges
    (
        "中学|小学|学校|完小|中专|职中|高中|初中|附小|附中|[一二三四五六七八九十]中",
        f"{_DEPUTY}校长|{_UNIT_PARTY_POSTS}",
    ),
    ("学院|大学", f"{_DEPUTY}(?:校长|院长)|{_UNIT_PARTY_POSTS}"),
    ("幼儿园|医院|卫生院|保健院|中医院|银行|支行|分行|农商行", _UNIT_PARTY_POSTS),
    # (某某银行某某分行营业部副行长: a bank branch's business department, headed by a 行长 or a
    # manager; titles27)
    ("营业部", f"{_DEPUTY}(?:行长|总经理|经理)|{_UNIT_PARTY_POSTS}"),
    # (博物馆党支部书记, 文化站党支部书记: the units of one character by their kind)
    ("[馆站所台社厂场]", _UNIT_PARTY_POSTS),
    # credit and supply cooperatives
    (
        "信用社|信用联社|农信社|合作社|供销社|合作联社|联社",
        f"{_DEPUTY}(?:理事长|监事长|主任)|{_UNIT_PARTY_POSTS}",
    ),
    # associations and chambers
    (
        "协会|商会|学会|总会|联合会|促进会|研究会|基金会|联谊会",
        f"{_DEPUTY}(?:秘书长|理事长|监事长)|名誉会长|{_UNIT_PARTY_POSTS}",
    ),
    ("中心", f"{_DEPUTY}主任|{_UNIT_PARTY_POSTS}"),
    ("检察院", f"{_DEPUTY}检察长|{_UNIT_PARTY_POSTS}"),
    ("派出所|[大中支]队", "(?:副)?教导员|(?:副)?政委"),
    ("电视台|广播电视台|报社|日报社", "(?:副)?总编辑|(?:副)?总监|" + _UNIT_PARTY_POSTS),
    # a village's and a community's committees after the village's name
    (
        "村|社区|小区",
        "(?:党支部|党总支|党委)(?:副)?书记|第一书记|(?:村|居)(?:民委员会|委会)(?:副)?主任"
        "|(?:副)?主任|书记",
    ),
)
_UNIT_HEAD = re.compile(
    "(?:"
    + "|".join(
        [
            rf"(?P<r>[{_UNIT_REPEATS}])(?P<rp>{_DEPUTY}(?P=r)长)",
            r"(?P<q>[大中支])队(?P<qp>" + _DEPUTY + r"(?P=q)队长)",
            # (a department, a bureau, an office: the grammar reads them at a clause start;
            # here only after 和/与/及/在/由, _UNIT_WEAK)
            rf"(?P<w>[部局])(?P<wp>{_DEPUTY}(?P=w)长)",
            rf"(?:室|办)(?P<wo>{_DEPUTY}主任)",
        ]
        + [f"(?:{k})(?P<p{i}>{p})" for i, (k, p) in enumerate(_UNIT_KIND_POSTS)]
    )
    # (县人民检察院检察长候选人: the post someone is nominated for, as the grammar's nominee)
    + ")(?:提名人选|候选人|人选)?"
)
_UNIT_WEAK = frozenset({"wp", "wo"})
# what opens no body's name: determiners and words of many units (各银行行长, 该村书记)
_UNIT_NOT_FIRST = frozenset("各全该本我其每诸此这那")


class _UnitHead:
    """A title read by _UNIT_HEAD, shaped as the grammar's matches for find_title_chains."""

    __slots__ = ("_e", "_s", "_t")

    def __init__(self, text: str, s: int, e: int) -> None:
        self._t, self._s, self._e = text, s, e

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self) -> str:
        return self._t[self._s : self._e]

    def groupdict(self) -> dict[str, str]:
        return {}


# verbs of the genre before a titled person that no body's name holds (指导, 检查, 服务 are in
# the names of centres and stations: 文明实践指导中心)
_UNIT_CLAUSE_VERBS = re.compile(
    "听取了?|邀请|看望|慰问|会见|陪同|带领|率领|约谈|前往|来到|走进|走访|感谢|宣布"
)


def _place_opens(text: str, a: int) -> bool:
    """A level or a listed place opens the text at a (县…, 安平县…)."""
    if text[a : a + 1] in _UNITS:
        return True
    g = rules().g
    return any(text[a : a + n] in g.gpe_names for n in (2, 3, 4))


def _unit_head_start(text: str, k: int) -> int:
    """Where the name of the body whose kind ends at k opens: read back to a clause mark or a
    clause word (at most 14 characters), a verb or preposition of the dictionary at its head
    left out; -1 where no name of more than the kind stands there."""
    a = k
    while a > 0 and k - a < 14 and text[a - 1] not in _ORG_NAME_STOP and _is_cjk(text[a - 1]):
        a -= 1
    if a and text[a - 1] not in _ORG_NAME_STOP and _is_cjk(text[a - 1]):
        return -1
    verbs = list(_UNIT_CLAUSE_VERBS.finditer(text, a, k))
    if verbs:
        # 调研组听取青湾社区党支部书记…, 会议听取省文明办督查处处长…: the clause's verb and
        # what stands before it are no part of the body's name
        a = verbs[-1].end()
    if a < k and text[a] in _CLAUSE_OPENERS and _place_opens(text, a + 1):
        a += 1
    elif k - a > 2 and text[a : a + 2] in function_words() and _place_opens(text, a + 2):
        # 听取县人民医院院长…, 随后市第一中学校长…: the verb or adverb before the place (a
        # body's own first word stays: 建设银行, 第三中学, 实验幼儿园)
        a += 2
    if a < k and text[a] in _UNIT_NOT_FIRST:
        return -1
    return a


def _unit_heads(text: str, r: _Rules) -> list[_UnitHead]:
    """The heads of bodies named by their kind (_UNIT_HEAD), each from its body's name on."""
    out: list[_UnitHead] = []
    gpes: list[tuple[int, int]] | None = None
    for m in _UNIT_HEAD.finditer(text):
        grp = next(g for g, v in m.groupdict().items() if v and g not in ("r", "q", "w"))
        ps = m.start(grp)
        if text.startswith("一行", ps - 2) or text.startswith("一行", ps - 1):
            # (考察组一行 + 长…: a delegation's 一行 is no bank)
            continue
        a = _unit_head_start(text, ps)
        if a < 0:
            continue
        if a and text[a - 1] in "和与及":
            # 临夏州和政县城关镇…: a place whose name holds 和 is no conjunction before the
            # body; the title opens after it, as the grammar opens it (城关镇…党支部书记)
            if gpes is None:
                gpes = gpe_full_spans(text, r)
            a = next((ge for gs, ge in gpes if gs < a < ge), a)
        if grp in _UNIT_WEAK and not (a and text[a - 1] in "和与及在由" and _place_opens(text, a)):
            # 甲和县委社会工作部部长乙, 在县营商环境建设局局长乙的陪同下: a department no list
            # holds, its level or place after a conjunction or a preposition (elsewhere the
            # grammar's own branches; 林业和草原局局长: 和 inside the bureau's name)
            continue
        kind = m.group()[: ps - m.start()]
        if ps - a <= len(kind):
            # 站站长 needs the station's name (文化站站长), 村书记 the village's, 中心主任 the
            # centre's (中心 alone is a word)
            continue
        name = text[a : ps - len(kind)]
        if kind in ("村", "社区") and (name in function_words() or name in common_words()):
            # 农村党支部书记, 城市社区主任: a word of many units, no body's name
            continue
        out.append(_UnitHead(text, a, m.end()))
    return out


def _with_unit_heads(
    matches: list[re.Match[str]], heads: list[_UnitHead]
) -> Iterator[re.Match[str] | _UnitHead]:
    """title_matches(text, r) with the heads of bodies named by their kind (_unit_heads) among
    them, in the order of their starts (a head first at an equal start: it holds its body's
    name)."""
    if not heads:
        yield from matches
        return
    i = 0
    for m in matches:
        while i < len(heads) and heads[i].start() <= m.start():
            yield heads[i]
            i += 1
        yield m
    yield from heads[i:]


# the kinds a body's own long name ends with, right before its post (…传播局副局长, …种苗站二级巡视员,
# …专委会办公室主任, 应急办副主任)
_UNREAD_BODY_KINDS = ("局", "办", "站", "委会", "中心", "处", "科", "所", "室", "组")
# where such a name opens: a clause or an item
_UNREAD_BODY_STOP = frozenset("，。；：、\n（(“”《》 \u3000,;:")
_UNREAD_BODY_MAX = 24
# words that make the run a clause, not a name (a name may join two fields with 和 / 及; 我院 /
# 本局: the writer's own unit, read by its own rules)
_UNREAD_BODY_WORDS = frozenset("在由对向把被将从请让使经为是的了我本")


def _unread_body_start(doc: Doc, ms: int) -> int:
    """Where a title read from its post starts when the body's own name stands right before it,
    opening a clause or an item, and no rule read it: 中央网信办网络新闻信息传播局副局长, 省国有林和
    种苗站二级巡视员, 某某省自贸区及海关特殊监管区安全生产专委会办公室主任, 会上，应急办副主任; a
    park's 园区 whose 区 the grammar read as a level (园区党委书记). GUIDELINES: the
    organisational part belongs to the post (audit45: six pages of the wide set cut so). The
    run must hold no clause word (会议由…, 在…), no verb before the body's own name (听取…), and
    no name read before it; ms itself otherwise."""
    text = doc.text
    if ms == 0 or not _is_cjk(text[ms - 1]) or text[ms - 1] in "、和及与我本各":
        return ms
    a = ms
    while a > 0 and ms - a < _UNREAD_BODY_MAX and text[a - 1] not in _UNREAD_BODY_STOP:
        a -= 1
    if a and text[a - 1] not in _UNREAD_BODY_STOP:
        return ms
    seg = text[a:ms]
    if not (seg.endswith(_UNREAD_BODY_KINDS) or (seg.endswith("园") and text[ms] == "区")):
        return ms
    if len(seg) < 2 and text[ms] != "区" or not all_cjk(seg):
        return ms
    if any(c in _UNREAD_BODY_WORDS for c in seg) or any(a <= ps < ms for ps in doc.persons):
        return ms
    words = _cut(seg)
    # a verb opening the run opens a clause (听取…, 召开…); inside a long name the fields may be
    # verbs (…信息传播局, …安全生产专委会). 应急办, 协调办: a verb-like word with the kind right
    # after it is the body's whole name
    whole = len(words) == 2 and len(words[1]) == 1
    if not whole and len(words[0]) == 2 and words[0] in function_words():
        return ms
    if seg.startswith(SENTENCE_ADVERBS):
        return ms
    return a


def find_title_chains(doc: Doc) -> None:
    """title.chain / person.after_title / relation.holds.adjacent, and 某某总书记."""
    text, r = doc.text, doc.r
    pos = 0
    # a chain that ended at 、 without a name, and the item after it that no rule reads
    # (党工委委员、管委会副主任、“两新”组织党委书记某某): (its titles, where it ended)
    pending: tuple[list[tuple[int, int]], int] | None = None
    # the names read after chains so far: one of them after a later chain is that name, whatever
    # word follows it (县长某某、副县长某某陪同 … 县长某某重点介绍…; session 10 audit)
    named: set[str] = set()
    # the chains no name was read after, where a CJK character follows (a name found later)
    unread: list[tuple[list[tuple[int, int]], int]] = []
    # (r.title.finditer's matches, found faster, and the heads of bodies named by kind)
    heads = _unit_heads(text, r)
    # (read whole first: the list items after 、 are asked from them, persons.title_after_mark)
    matches = list(title_matches(text, r))
    set_title_starts(text, r, matches)
    for m in _with_unit_heads(matches, heads):
        if m.start() < pos:
            continue
        ms = m.start()
        head = isinstance(m, _UnitHead)
        if heads and not head:
            inside = next(
                (
                    h
                    for h in heads
                    if ms < h.start() < m.end() <= h.end() and text[h.start() - 1] in _ORG_NAME_STOP
                ),
                None,
            )
            if inside is not None:
                # 听取了县妇幼保健院院长…, 县委书记某某在园林处处长…: a match across a clause
                # word holds the head of a body named by its kind after it; the head is the
                # title, and the grammar's reading before the clause word stands alone
                m2 = r.title.match(text, ms, inside.start() - 1)
                if m2 is None or m2.end() <= ms:
                    continue
                m = m2
        if not isinstance(m, _UnitHead):
            m = _cut_at_joined_name(text, m, r)
        if head:
            pass
        elif text[ms] in "省市县区州旗镇乡团" and (
            text[ms + 1 : ms + 2] == text[ms]
            or (
                text.startswith(("副", "常务副"), ms + 1) and text[ms : ms + 5].count(text[ms]) == 2
            )
        ):
            # 磁县县长, 东坑镇镇长: the first unit ends the place's name (a GPE), the
            # title opens with the second; 某某镇副镇长 likewise (not 镇 + 副镇长; session 9)
            # (某某考评团团长: a team's 团 likewise, never a corps' regiment + 团长)
            ms += 1
        elif ms >= 2 and text[ms] == "区":
            # 某某警备区政委, 某某军分区司令员: the 区 ends a body named by its kind, not a
            # level; the title is the named body and its post, as 某某公司董事长
            ms = _named_kind_start(text, ms, r.g.named_org_kinds)
        # (a committee or a centre named at length, opening a clause: the grammar's
        # committee branch, known by its words)
        committee = (
            (ms == 0 or text[ms - 1] in _CLAUSE_MARKS)
            and not head
            and (
                "委员会" in m.group() or "中心" in m.group() or _WORKING_BODY_HEAD.search(m.group())
            )
        )
        if (
            (m.groupdict().get("bykind") is not None or committee)
            and text[ms : ms + 2] in function_words()
            # (综合行政执法队常务副队长, 应急管理局: a field word opening a body's name is no verb
            # opening the clause; titles47, wide47)
            and text[ms : ms + 2] not in _BODY_FIELD_OPENERS
            # (…工委主任甲、研究室主任乙: an item after 、 opens with no verb; session 11)
            and not (ms and text[ms - 1] == "、")
        ):
            # 听取省文明办城市处处长…: a verb opening the clause is no part of a body named by
            # its kind; the title starts where one of the grammar's own branches reads it
            inner = next(
                (
                    k
                    for k in range(ms + 2, m.end() - 1)
                    if (im := r.title.match(text, k)) is not None and im.end() == m.end()
                ),
                -1,
            )
            if inner >= 0:
                ms = inner
            elif not (
                # 管理办主任某某, 协调处处长: the word is the body's whole name, its kind right
                # after it (no verb opens a body with nothing between; orgs25)
                m.groupdict().get("bykind") is not None and text[ms + 2] in "部局处科厅所站院队办"
            ):
                continue
        if not head:
            ms = _org_named_start(text, ms)
            if text[ms - 1 : ms] in ("”", "作"):
                ms = _quoted_hq_start(text, ms)
                if text[ms - 1 : ms] == "”":
                    ms = _quoted_body_start(text, ms)
            elif text[ms - 1 : ms] in ("总", "防"):
                ms = _flood_hq_start(text, ms)
        freq = jieba_tokenizer().FREQ
        if (
            m.end() - ms <= 3
            and ms
            and _is_cjk(text[ms - 1])
            and freq.get(text[ms - 1 : ms + 1])
            and freq.get(text[m.end() - 1 : m.end() + 1])
        ):
            # 文明城市长效管理: a short post whose first character ends a word before it (城市)
            # and whose last begins a word after it (长效) is inside words (audtitles15)
            pos = m.end()
            continue
        if (
            ms == m.start()
            and ms
            and text[ms - 1] not in _ITEM_OPEN
            # (会议由局长某某主持: 由 names who acts; session 15 audit)
            and text[ms - 1] != "由"
            and text.startswith(_BARE_DEPUTIES, ms)
            and m.end() - ms <= 4
        ):
            # 某某副书记关于…: a deputy's bare post after a name is the post written after it
            # (find_names_before_posts), never the title before a further name
            pos = m.end()
            continue
        if ms == m.start() and _surname_post(doc, ms, m.end()):
            pos = m.end()
            continue
        if (
            text.endswith(_GENERIC_BEFORE_POST, 0, ms)
            or any(w in text[ms : m.end()] for w in _GENERIC_BEFORE_POST)
            or (ms and text[ms - 1] == "各")
        ):
            # 甲、乙等地宣传部部长和…负责同志 / 各地宣传部部长: the post of many places, held by
            # nobody named (session 9 audit; a body read by its kind may have swallowed the
            # 等地); the word after it is no name either
            pos = m.end()
            continue
        if not head:
            ms = _unread_body_start(doc, ms)
        joined: list[tuple[int, int]] = []
        if pending is not None:
            if _unread_item(text, pending[1], ms):
                # the unread words stay out of the item (“两新”组织: a quoted word is its own
                # span); the titles before them hold for the name as well
                joined = pending[0]
            elif text[pending[1]] == "、" and ms == pending[1] + 1 and "“" in text[ms : ms + 2]:
                # 市长、市“两城同创”指挥部总指挥某某: the item the chain could not read is a
                # title read here (a campaign quoted inside a headquarters' name); one chain
                joined = pending[0]
            elif text[pending[1]] == "，" and (p0 := _title_prefix(doc, ms)) == pending[1] + 1:
                # …，某某国际陆港区党工委书记: the chain after the comma opens with its place
                joined, ms = pending[0], p0
            pending = None
        chain = [*joined, (ms, m.end())]
        end = m.end()
        head_item: tuple[int, int] | None = None
        # 副书记、主任 / 副书记兼社区党委书记: coordinated titles, each its own span
        while True:
            rk = _RANK_IN_BRACKETS.match(text, end)
            if rk is not None and text[rk.end() : rk.end() + 1] == "、":
                # 局党组成员（正县长级）、某某村原第一书记某某: a rank in brackets between two
                # items is neither (session 9 audit)
                end = rk.end()
            if (bt := _bracketed_title(doc, end)) is not None:
                # 街道纪工委书记（监察组组长）某某: a second post in brackets, a name after it
                # (titles27)
                chain.append(bt)
                end = bt[1] + 1
                break
            if end < len(text) and text[end] not in "、兼":
                # 市文明办主任检查组组长某某: a second title right after the first, no mark
                # between, and a name after it: both are the name's (audtitles15)
                adj = _title_at(doc, end)
                if (
                    adj is None
                    or not name_after(text, adj.end(), r)
                    # (人大主席团主席: the post and the next character make a longer word)
                    or jieba_tokenizer().FREQ.get(text[end - 2 : end + 1])
                ):
                    break
                chain.append((end, adj.end()))
                end = adj.end()
                continue
            if end >= len(text):
                break
            if text[end : end + 2] == "兼任":
                # 副市长兼任市创文指挥部副总指挥: 任 belongs to the verb, not to the next title
                end += 1
            nxt = _title_at(doc, end + 1)
            if not nxt and text[end] == "、":
                # 省祝贺团副团长、省领导甲、乙: the leaders of a level as the last item of a
                # chain, the names after it hold every title of the chain (session 7 audit)
                nxt = r.leaders.match(text, end + 1)
                if nxt is not None and not name_after(text, nxt.end(), r):
                    nxt = None
            if not nxt:
                # 县人大常委会党组书记、主任某某 / 镇党委副书记、镇长: a bare post coordinated
                # with a title names a post of the same body; only when a name or a further
                # title follows it (党组书记、主任、委员 are no titles in a list of posts)
                nxt = r.bare_post.match(text, end + 1)
                if not nxt or not (
                    text[nxt.end() : nxt.end() + 1] == "、" or name_after(text, nxt.end(), r)
                ):
                    # 街道党工委副书记、人大工委主任兼…: an item of a chain that the grammar does
                    # not know but that ends in a post, with a further title or a name after it
                    nxt = _loose_post().match(text, end + 1)
                    if (
                        not nxt
                        or any(c in _BAD_NAME_CHARS for c in nxt.group())
                        or not (
                            text[nxt.end() : nxt.end() + 1] in ("、", "兼")
                            or name_after(text, nxt.end(), r)
                        )
                    ):
                        hm = _HEAD_ITEM.match(text, end + 1)
                        if text[end] == "、" and hm and (hn := name_after(text, hm.end(), r)):
                            head_item = (hm.end(), hn)
                        break
            chain.append((end + 1, nxt.end()))
            end = nxt.end()
        if head_item is not None:
            # 副校长、政教部门负责人某某: the head of a unit is generic (no TITLE), the name
            # after it holds the titles before it (audtitles15)
            starts = [ts for ts, _ in chain]
            starts[0] = _title_prefix(doc, starts[0])
            for ts, (_, te) in zip(starts, chain, strict=True):
                doc.add_title(ts, te, 0.85, "title.chain")
            ns, ne = head_item
            doc.add_person(ns, ne, 0.85, "person.after_title")
            doc.holds.extend((ns, ts, "relation.holds.adjacent") for ts in starts)
            named.add(text[ns:ne])
            pos = ne
            continue
        name_end = name_after(text, end, r)
        if name_end and (
            text[end:name_end] in r.g.speech_verbs or act_not_name(text[end:name_end], r)
        ):
            # 县长强调，/ 政委指出，: a verb of speaking after a bare post is no name (强 and
            # 指 read as surnames; session 8 audit); nor a verb of coming or acting even before
            # punctuation (县委书记来访。, 书记到访，; fix48)
            name_end = 0
        # 由县长任组长，分管副县长任副组长: 任/兼 before a post is the verb "serve as", not a
        # surname (任副 was read as a name; audtitles13)
        serve_as = text[end : end + 1] in ("任", "兼") and bool(
            r.bare_post.match(text, end + 1) or _title_at(doc, end + 1)
        )
        if (
            name_end - end == 2
            and (
                (
                    (text[end:name_end] in function_words() or text[end:name_end] in common_words())
                    and text[name_end : name_end + 1] not in _NAME_CLOSERS
                )
                # 推行网格长管理，: a word as frequent as 管理 is no name even before a mark (a name
                # that is a word, 高峰, 黄河, is far rarer in the dictionary; titles47)
                or jieba_tokenizer().FREQ.get(text[end:name_end], 0) >= _WORD_NAME_FREQ
            )
        ):
            # 镇长安排部署, 罗区长全面总结: a word of the dictionary (安排, 全面) before a verb is
            # no surname + given name
            name_end = 0
        if serve_as or (text[end : end + 1] in "来到" and _coming_to_visit(text, end, r.g)):
            # (总书记来川视察: 来 comes to the place, it opens no name; session 38)
            name_end = 0
        else:
            name_end = name_end or _name_before_verb(doc, end) or _unlisted_name_after(doc, end)
        if (
            (
                name_end - end == 3
                and text[end] in "和与有"
                and (
                    text[end + 1 : name_end] in function_words()
                    # (委员有担当，: 有 + a word says what one has; persons20)
                    or text[end] == "有"
                    and text[end + 1 : name_end] in common_words()
                )
            )
            or (
                name_end - end == 2
                and text[end] in "和与及"
                and jieba_tokenizer().FREQ.get(text[end + 1 : end + 3], 0) >= _JOINED_WORD_FREQ
            )
            # 乡党委书记和乡长进行谈话: 和 joins a further post (a bare one, of the same
            # body), it opens no name (和乡 was read; titles47, f46)
            or (text[end : end + 1] in ("和", "与", "及") and r.bare_post.match(text, end + 1))
            # 县委书记、县长齐上阵: an adverb of the posts' holders together before a verb (上阵,
            # 参与, 发力) is no surname (titles47, f46)
            or (
                name_end - end == 3
                and text[end] in _TOGETHER_ADVERBS
                and text[end + 1 : name_end] in _TOGETHER_VERBS
            )
        ):
            # 局长和相关负责同志: 和 joins the next words, it opens no name (和 is a surname)
            # (委书记和广大干部: a name of two would end inside a frequent word, 广大; persons19)
            name_end = 0
        name_at = end
        if not name_end and (rank := _RANK_IN_BRACKETS.match(text, end)) is not None:
            # 县委组织部副部长（正科级）某某: the rank in brackets between the post and the name
            # is neither (session 8 audit)
            ne = name_after(text, rank.end(), r)
            if ne:
                name_at, name_end = rank.end(), ne
        if not name_end and text[end : end + 1] in (" ", "\u3000", "\n"):
            # 县委书记　某某 on a line of its own: the byline of a speech
            p = end
            while p < len(text) and text[p] in " \u3000":
                p += 1
            if text[p : p + 1] == "\n" and (ms == 0 or text[ms - 1] in _CLAUSE_MARKS):
                # 县委书记\n某某出席: a copy wrapped between the title and the name (only a
                # title opening its clause; session 11 audit)
                p += 1
                while p < len(text) and text[p] in " \u3000":
                    p += 1
            ne = name_after(text, p, r) if p > end else 0
            # …, or an item of a list of attendees (县委书记　王　军，县长　李明远), or a name
            # closed by what follows a person (副市长 李明远出席; session 11 audit)
            if (
                ne
                and text[p:ne] not in r.g.speech_verbs
                and not (
                    ne - p == 2 and (text[p:ne] in function_words() or text[p:ne] in common_words())
                )
                and (ne == len(text) or text[ne] in "\n（(，、；。" or r.followers.match(text, ne))
            ):
                name_at, name_end = p, ne
        if not name_end:
            name_end = _name_before_next_title(doc, end)
        if not name_end and named:
            again = max((n for n in named if text.startswith(n, end)), key=len, default="")
            if again:
                name_end = end + len(again)
        if not name_end:
            if _is_cjk(text[end : end + 1]) and ms not in doc.titles:
                # (与市长某某签订…: a name read after a later chain is looked for here too)
                unread.append((chain, end))
            if text[end : end + 1] in ("、", "，"):
                pending = (chain, end)
            # 李作勋书记 / 习近平总书记: the name sits before the title
            s0 = chain[0][0]
            ns = name_before(text, s0, r) if text[s0 : s0 + 3] == "总书记" else -1
            if (
                s0 - ns == 2
                and ns > 0
                and text[ns] in "和与及同"
                and _surname_len(text[ns + 1], r.g) == 1
                and _is_cjk(text[ns - 1])
            ):
                # 贯彻落实决策部署和习总书记指示: the conjunction joins, the surname alone names
                # the leader (a way of address of 总书记; orgs26, (b))
                ns += 1
            if ns >= 0:
                doc.add_person(ns, s0, 0.85, "person.before_title")
                doc.add_title(s0, chain[0][1], 0.85, "title.after_name")
                doc.holds.append((ns, s0, "relation.holds.after_name"))
            pos = end
            continue
        if text[end - 1] == "长" and opens_division(text, end - 1, r.g):
            # 山西省长子县: a province before a division whose name opens with 长 is no governor
            # before a name
            s0 = _title_prefix(doc, chain[0][0])
            if end - 1 - s0 >= 2 and text[end - 2] in "省市":
                doc.add(s0, end - 1, "GPE", 0.6, 2, "gpe.doc_place")
            pos = end
            continue
        starts = [ts for ts, _ in chain]
        starts[0] = _title_prefix(doc, starts[0])
        for ts, (_, te) in zip(starts, chain, strict=True):
            doc.add_title(ts, te, 0.9, "title.chain")
        # one title before several names separated by 、 holds for each of them
        names = [(name_at, name_end), *_name_list(text, name_end, r)]
        names.extend(_last_list_name(doc, names[-1][1]))
        for ns, ne in names:
            doc.add_person(ns, ne, 0.9 if ns == name_at else 0.8, "person.after_title")
            doc.holds.extend((ns, ts, "relation.holds.adjacent") for ts in starts)
            named.add(text[ns:ne])
        pos = names[-1][1]
        if (
            text[pos : pos + 1] == "、"
            and (bare := r.bare_post.match(text, pos + 1)) is not None
            and r.title.match(text, pos + 1) is None
        ):
            # 街道党工委书记某甲、主任某乙 / 管理处党委书记某甲、处长某乙: the next item after
            # the name opens with a bare post of the same body, and a name follows it: that
            # person's title (no title of the grammar, so no chain of its own reads it;
            # titles46: three wide46 pages). 、主任科员 and the like read no name after the post
            ne2 = name_after(text, bare.end(), r)
            if ne2 and text[bare.end() : ne2] not in r.g.speech_verbs:
                doc.add_title(pos + 1, bare.end(), 0.8, "title.chain")
                doc.add_person(bare.end(), ne2, 0.8, "person.after_title")
                doc.holds.append((bare.end(), pos + 1, "relation.holds.adjacent"))
                named.add(text[bare.end() : ne2])
                pos = ne2
                continue
        if (
            (bare := r.bare_post.match(text, pos)) is not None
            and r.title.match(text, pos) is None
            and _name_before_next_title(doc, name_at) == pos
        ):
            # 处长某甲副处长某乙: the bare post closing the first name is the next person's
            # (no title of the grammar, so no chain of its own reads it; audtitles15)
            ne2 = name_after(text, bare.end(), r)
            if not ne2 or text[bare.end() : ne2] in r.g.speech_verbs:
                # (县委常委某某书记强调: the post is the first name's, written after it; the verb
                # of speaking after it is no name; names39)
                continue
            doc.add_title(pos, bare.end(), 0.8, "title.chain")
            doc.add_person(bare.end(), ne2, 0.8, "person.after_title")
            doc.holds.append((bare.end(), pos, "relation.holds.adjacent"))
            named.add(text[bare.end() : ne2])
            pos = ne2
        elif (
            text[pos : pos + 1] == "、"
            and (bare := r.bare_post.match(text, pos + 1)) is not None
            and r.title.match(text, pos + 1) is None
            and (ne2 := name_after(text, bare.end(), r) or _name_before_verb(doc, bare.end()))
            and text[bare.end() : ne2] not in r.g.speech_verbs
        ):
            # 街道党工委书记某甲、主任某乙陪同: the next person of the list holds the bare post of
            # the same body (audit46: two wide46 pages); the chain's titles are the first's only
            doc.add_title(pos + 1, bare.end(), 0.8, "title.chain")
            doc.add_person(bare.end(), ne2, 0.8, "person.after_title")
            doc.holds.append((bare.end(), pos + 1, "relation.holds.adjacent"))
            named.add(text[bare.end() : ne2])
            pos = ne2
    if unread:
        _name_unread_chains(doc, unread, named)


def drop_quotes_inside_titles(doc: Doc) -> None:
    """县“某某”工作领导小组组长某某: a campaign quoted inside a title the rules read (a leading
    group's or a headquarters' name) is no SLOGAN of its own: spans do not nest, the longer one
    is tagged (GUIDELINES), as the ORG reading of the same body drops it (orgs; posts29). It
    drops other rules' candidates, so it runs whatever rules are off (entities.find_entities)."""
    text = doc.text
    if "“" not in text:
        return
    inside = [
        (ts, te)
        for ts, te in doc.titles.items()
        if (q := text.find("“", ts + 1, te)) > 0 and text.find("”", q, te - 1) > 0
    ]
    if inside:
        doc.cands = [
            c
            for c in doc.cands
            if c.label != "SLOGAN" or not any(ts < c.start and c.end < te for ts, te in inside)
        ]


# a character typed before a name by a slip is none that stands alone as a frequent word (陪,
# 让, 和, 在 are far above it; 候 of 候侯某某 is 1332 in jieba's dictionary)
_SLIP_MAX_FREQ = 2000


def _name_unread_chains(
    doc: Doc, unread: list[tuple[list[tuple[int, int]], int]], named: set[str]
) -> None:
    """会上，各单位与市长某某签订了责任书 … 市长某某作报告: a chain no name was read after holds
    for a name read after a later chain, written right after it (persons21; the earlier
    mention's verb is one no list holds)."""
    text = doc.text
    freq = jieba_tokenizer().FREQ
    for chain, end in unread:
        again = max((n for n in named if text.startswith(n, end)), key=len, default="")
        slip = max((n for n in named if text.startswith(n, end + 1)), key=len, default="")
        if (
            not again
            and len(slip) >= 3
            and (text[end] == slip[0] or freq.get(text[end], 0) < _SLIP_MAX_FREQ)
            and _is_cjk(text[end])
            and end not in doc.persons
            and end + 1 not in doc.persons
        ):
            # 县委书记李李某某 / 候侯某某 … 县委书记侯某某: the name the article writes in full
            # elsewhere, with a character typed twice or a look-alike typed before it; the name
            # is what is written, slip and all (the golds of dev28 and dev35; session 33)
            again = text[end] + slip
        elif (
            not again
            and text[end : end + 1] == text[end + 1 : end + 2]
            and _surname_len(text[end], doc.r.g) == 1
            and (ne := name_after(text, end + 1, doc.r)) - end == 4
            and end not in doc.persons
            # (牢记总书记殷殷嘱托，: a reduplicated word and a verb of the dictionary after it, no
            # surname typed twice; titles46: two wide46 pages)
            and text[end + 2 : ne] not in function_words()
        ):
            # 镇党委书记李李某某任组长: the surname typed twice, the name read after it (session 33)
            again = text[end:ne]
        if not again or end in doc.persons or any(end <= t < end + len(again) for t in doc.titles):
            continue
        starts = [ts for ts, _ in chain]
        starts[0] = _title_prefix(doc, starts[0])
        for ts, (_, te) in zip(starts, chain, strict=True):
            doc.add_title(ts, te, 0.85, "title.chain")
        doc.add_person(end, end + len(again), 0.85, "person.after_title")
        doc.holds.extend((end, ts, "relation.holds.adjacent") for ts in starts)


# 副组长：某甲、某乙 (a leading group's members in a notice of a meeting): a post, a colon and
# the names that hold it. 总编辑 in a page's credits is no post held in the report.
_COLON_NOT_POSTS = frozenset({"总编辑"})
_COLON = re.compile("[：:]")
_LISTING_VERBS = ("包括", "还有", "分别是", "分别为", "是", "有")
_COLON_ITEM_STOP = set("，。；：:、\n（(）)“”《》 \u3000")


@lru_cache(maxsize=1)
def _colon_post() -> re.Pattern[str]:
    posts = [p for p in rules().g.posts if p not in _COLON_NOT_POSTS]
    return re.compile(rf"(?:代|原)?(?:{alternation(posts)})")


def find_colon_posts(doc: Doc) -> None:
    """title.chain / person.after_title / relation.holds.adjacent: 组长：某某，副组长：甲、乙"""
    text, r = doc.text, doc.r
    if "：" not in text and ":" not in text:
        return
    ends = set(doc.titles.values())
    fw, cw = function_words(), common_words()
    for cm in _COLON.finditer(text):
        c = cm.start()
        if c in ends or c < 2:
            continue
        a = c
        while a > 0 and c - a < 30 and _is_cjk(text[a - 1]) and text[a - 1] not in _COLON_ITEM_STOP:
            a -= 1
        if a == c:
            continue
        # the whole item is the title: one the grammar reads (县创建领导小组第一副组长), or a
        # post standing alone (常务副组长)
        ts = -1
        if _colon_post().fullmatch(text, a, c):
            ts = a
        else:
            for k in range(a, c - 1):
                tm = r.title.match(text, k)
                if tm is None or tm.end() != c:
                    continue
                if _title_prefix(doc, k) == a:
                    ts = a
                    break
                if text.endswith(_LISTING_VERBS, a, k):
                    # 新一届市委常委还包括市委副书记：甲、乙 (session 9 audit): the title after
                    # a verb that lists
                    ts = k
                    break
        if ts < 0:
            continue
        ne = name_after(text, c + 1, r)
        name = text[c + 1 : ne]
        if (
            not ne
            # (组长：某某（街道党工委书记）: the name's posts in brackets after it; audtitles15)
            or (ne < len(text) and text[ne] not in "、，；。\n,;（(")
            or (len(name) == 2 and (name in fw or name in cw))
        ):
            continue
        doc.add_title(ts, c, 0.8, "title.chain")
        for ns, ne2 in [(c + 1, ne), *_name_list(text, ne, r)]:
            doc.add_person(ns, ne2, 0.8, "person.after_title")
            doc.holds.append((ns, ts, "relation.holds.adjacent"))


# what closes a name whose surname the list does not hold: punctuation or a leader's act
_UNLISTED_NAME_END = re.compile(
    r"[，、。；]|出席|主持|讲话|参加|强调|指出|要求|表示|宣读|通报|介绍|在会上|等(?![级部])"
    # (政法委书记某某某特别强调：/ 某某某还要求，: an adverb of the speaker's frame, then the verb;
    # attrib42)
    r"|(?:特别|还|也|再次|同时|着重|进一步|最后|明确)(?:强调|指出|要求|表示)"
    r"|督导|调研|带队|率队|一行|陪同|深入|来到|前往|关于"
    # (市长某某某带领…, 总工程师某某某率相关处室…: a leader at the head of others; names31)
    r"|带领|率领|率(?![先领])"
    # (镇党委副书记某某某就…作了安排部署: the matter a leader speaks to; session 33, peopleq33)
    r"|就(?![是要])"
    # (自治区林业厅厅长某某对全区…工作进行了全面安排部署: the matter, then what the leader did
    # to it; 宣传部部长某某到某镇某村开展工作调研: the place gone to, then the visit; attrib46)
    r"|对(?=[^，。；：\n]{2,40}?(?:进行了?|作了|做了|作出|做出|提出|给予|表示))"
    r"|到(?=[^，。；：\n]{2,16}?(?:调研|检查|视察|督导|考察|指导|慰问|走访|督查))"
)

# a named body before its party committee or its head (某某集团党委副书记, 某某大学党委书记,
# 某某电力集团总经理): the body's kind, read back to the clause start
_ORG_KIND_END = (
    "集团",
    "公司",
    "大学",
    "学院",
    "科学院",
    "医院",
    "银行",
    "中心",
    "学校",
    "中学",
    "小学",
    # units whose head is named by the unit's kind (session 5 round 2 audit)
    "中队",
    "大队",
    "派出所",
    # a town's stations named by their kind (某某和司法所所长某某; session 7 audit)
    "司法所",
    "财政所",
    "供电所",
    "国土所",
    "税务所",
    "卫生院",
    "幼儿园",
    # a county's medical alliance of its hospitals (县域医共体党委书记, …总院长; session 12 audit)
    "医共体",
    # a state forest bureau or farm named by its place (某某国有林管理局党委书记: the post with
    # its organisational part, both golds of dev41; entities40)
    "国有林管理局",
    "国有林场",
    # a team named by its work (综合行政执法队常务副队长, 驻村工作队队长, 应急救援队队长;
    # titles47, wide47)
    "执法队",
    "工作队",
    "救援队",
)
_ORG_NAME_STOP = set('，。；：、\n（(“”"《》 \u3000') | set("的了在和与及对由为将把被向从")


def _named_kind_start(text: str, s: int, kinds: tuple[str, ...]) -> int:
    """Where the title starts when the level character at s ends a body named by its kind
    (警备区, 军分区, 军区): at the body's name, read back to a clause start, or at the kind
    where no name opens the clause; s itself where no such kind ends there."""
    kind = next((k for k in kinds if len(k) >= 2 and text.endswith(k, 0, s + 1)), "")
    if not kind:
        return s
    k = s + 1 - len(kind)
    a = k
    while a > 0 and k - a < 8 and text[a - 1] not in _ORG_NAME_STOP and _is_cjk(text[a - 1]):
        a -= 1
    return a if a == 0 or text[a - 1] in _ORG_NAME_STOP else k


def _org_named_start(text: str, s: int) -> int:
    """Where a title that opens with a bare party body or post (党委书记, 总经理; 团党委副书记
    after 集) starts when a named company, school or institute stands right before it: the
    organisational part belongs to the post (GUIDELINES: keep it)."""
    body_end = s
    if text.startswith("团", s) and s and text[s - 1] == "集":
        body_end = s + 1  # 集团 + 党委: the corps' level 团 is the end of 集团 here
        if not text.startswith(_ORG_POSTS, body_end):
            # 集团公司党委书记 (read as 团 + 公司党委 + 书记): the group is the unit, however
            # short its name (集团 alone opening the clause is the article's own group)
            a = s - 1
            while (
                a > 0 and s - a <= 14 and text[a - 1] not in _ORG_NAME_STOP and _is_cjk(text[a - 1])
            ):
                a -= 1
            return a if a == 0 or text[a - 1] in _ORG_NAME_STOP else s
    if (
        s
        and text[s - 1] in "校院局"
        and (text.startswith(_UNIT_BODIES, s) or text.startswith(_UNIT_RANKS, s))
        and (
            s == 1
            or not _is_cjk(text[s - 2])
            # 会议由校党委副书记某某主持, 听取院党委书记某某的汇报: a clause word before the
            # unit (session 12 audit)
            or text[s - 2] in _CLAUSE_VERB_END
            or text.endswith(_HEARING, 0, s - 1)
        )
    ):
        # 校党总支书记, 院党委副书记 opening a clause: the school or hospital the article is
        # about, by its one-character name
        return s - 1
    if (
        s
        and text[s - 1] in "校院"
        and (s == 1 or text[s - 2] in _ITEM_OPEN)
        and _UNIT_GROUP.match(text, s) is not None
    ):
        # 校党委书记、校创建工作领导小组组长某某: the school's own leading group, named by its
        # one character like its committee (session 12 audit)
        return s - 1
    # most titles open with a level (市委…): the post test fails first and costs one call
    if not text.startswith(_ORG_POSTS, body_end) or not text.endswith(_ORG_KIND_END, 0, body_end):
        return s
    a = body_end
    while a > 0 and body_end - a <= 14 and text[a - 1] not in _ORG_NAME_STOP:
        if not _is_cjk(text[a - 1]):
            break
        a -= 1
    opens = a == 0 or text[a - 1] in _ORG_NAME_STOP
    if opens and (
        text[a:body_end] in _OWN_UNIT
        or (text[a:body_end] in _OWN_UNIT_KINDS and text.startswith(_PARTY_BODIES, body_end))
    ):
        # 集团党委书记、董事长某某, 集团副总经理某某 opening a clause: the group the article is
        # about, by its kind alone (as 校党委副书记 and 集团公司党委书记; session 8 audit)
        return a
    # the named body must open a clause or an item, and be more than its kind
    if not opens or body_end - a <= 2 or body_end - a > 14:
        return body_end
    return a


# a unit's kind alone that names the article's own unit before its post (公司 alone stays out:
# 公司执行董事 reads as 执行董事, tests/test_preannotate_titles_audit2.py)
_OWN_UNIT = frozenset({"集团"})
# …but 公司 alone before its party committee is the company's own committee, as 集团党委 is the
# group's (公司党委副书记、总经理某某; session 9 audit); 医院党委书记某某陪同 and 学校党委书记
# likewise (the hospital or school the article is about; session 12 audit)
_PARTY_BODIES = ("党委", "党组", "党总支", "工会")
_OWN_UNIT_KINDS = frozenset({"公司", "医院", "学校"})
# the bodies of a unit named by its one character (校党委, 院纪委, 局党组)
_UNIT_BODIES = ("党委", "党总支", "党支部", "党组", "纪委")
# …and a civil servant's rank in that unit (会议由局二级调研员某某主持; session 15 audit)
_UNIT_RANKS = ("一级", "二级", "三级", "四级", "副调研员", "调研员", "副巡视员", "巡视员")
_HEARING = ("听取", "听取了")
_CLINICAL_POSTS = ("主任医师", "副主任医师", "主治医师")
_DEPT_STOP = set("院的了在和与及对由为将把被向从是")
_UNIT_GROUP = re.compile("[^，。；：、\n]{2,30}?(?:领导小组|指挥部)")


_ORG_POSTS = (
    "党委",
    "工会",
    "党组",
    "党总支",
    "总经理",
    "副总经理",
    "董事长",
    "院长",
    "副院长",
    "总院长",
    "校长",
    "副校长",
    "常务副校长",
    "执行董事",
    "经理",
    "副经理",
    "中队长",
    "副中队长",
    "所长",
    "副所长",
    "队长",
    "副队长",
    "常务副队长",
)


def _surname_post(doc: Doc, s: int, e: int) -> bool:
    """戴院长向丁书记介绍, 王校长和…: a surname alone before a post standing alone is how a
    report names someone already named (not tagged); what follows the post is no name."""
    text = doc.text
    if s < 1 or text[s:e] not in _lone_posts() or _surname_len(text[s - 1 : s], doc.r.g) != 1:
        return False
    # (，由副团长某某就…: 由 opening the clause is the preposition, no surname; orgs25)
    if text[s - 1] == "由":
        return False
    return s == 1 or not _is_cjk(text[s - 2])


@lru_cache(maxsize=1)
def _lone_posts() -> frozenset[str]:
    return frozenset(rules().g.lone_posts)


# 首府某某创城总指挥部总指挥长, 某某创文指挥部副指挥长: a campaign headquarters named by its
# place and campaign (round 3); the campaign word (and 总) before the body belong to the title
_HQ_BODIES = ("指挥部", "领导小组", "总指挥部")
_HQ_CAMPAIGN = re.compile(r"(?:创城|创文|创卫|双创|创建)总?$")


def _quoted_hq_start(text: str, s: int) -> int:
    """Where a headquarters' or a leading group's title opens when the campaign it serves is
    quoted before its body (市“两城同创”指挥部总指挥, 县“三城同创”工作领导小组副组长): at the
    level before the quote (the place before it is _title_prefix's); s where no such campaign
    stands there (seen on two sites: a city's and a county's headquarters; persons24)."""
    k = s - 2 if text.endswith("工作", 0, s) else s
    if not (text.startswith(_HQ_BODIES, s) or text.startswith(_HQ_BODIES, k + 2)) or (
        text[k - 1 : k] != "”"
    ):
        return s
    q = text.rfind("“", max(0, k - 14), k - 1)
    if q < 0 or any(c in "，。、；：！？\n" for c in text[q:k]):
        return s
    return q - 1 if q and text[q - 1] in _UNITS else q


def _quoted_body_start(text: str, s: int) -> int:
    """市“三湖”地区及某某防汛分指挥部指挥长: a body whose name holds a quoted word right after
    its level opens at the level (the title read from after the quote is a piece of the name;
    titles47, wide45); s where no level stands before the quote, or a mark between."""
    q = text.rfind("“", max(0, s - 12), s - 1)
    if q < 1 or text[q - 1] not in _UNITS or any(c in "，。、；：！？\n”" for c in text[q : s - 1]):
        return s
    return q - 1


def _flood_hq_start(text: str, s: int) -> int:
    """国家防总副总指挥, 省防总副总指挥, 县三防总指挥长: a flood-control headquarters' short form
    (防总, 三防) with its level before a post is the post's body (GUIDELINES: keep it; audit44);
    s where none stands."""
    if not text.endswith(("防总", "三防"), 0, s):
        return s
    if text.endswith("国家", 0, s - 2):
        return s - 4
    return s - 3 if s >= 3 and text[s - 3] in _UNITS else s


def _hq_campaign_start(doc: Doc, s: int) -> int:
    """Where a headquarters' title opens when a campaign word stands before its body: at the
    place before the campaign (a listed place or one the article names), with 首府 before it;
    at the campaign word when no place precedes it."""
    text = doc.text
    m = _HQ_CAMPAIGN.search(text, max(0, s - 3), s)
    if m is None:
        return s
    c = m.start()
    a = extend_gpe_prefix(doc, c)
    g = doc.r.g
    for n in (4, 3, 2):
        stem = text[max(0, c - n) : c]
        if len(stem) == n and (
            stem in g.gpe_names or stem in g.admin_stems or stem in doc.doc_stems
        ):
            a = min(a, c - n)
            break
    if a < c and text.endswith("首府", 0, a):
        a -= 2
    return a


def _title_prefix(doc: Doc, s: int) -> int:
    """The place written before a title (_place_before_title), without an adverb opening the
    sentence before it (会上县扶贫办常务副主任某某: the adverb, glued to the place, read as the first
    characters of an unknown place's name; names39, three pages of the wide set)."""
    a = _place_before_title(doc, s)
    if a + 2 <= s and doc.text.startswith(SENTENCE_ADVERBS, a):
        return a + 2
    if a < s and any(ps < a < pe for ps, pe in doc.persons.items()):
        # 副县长某立新和县委常委某某: the place read back into a name read before it (新和县)
        # is none; the title opens with its level (titles47)
        return s
    return a


def _place_before_title(doc: Doc, s: int) -> int:
    """The place written before a title (extend_gpe_prefix), without a clause word read as an
    unknown place (先请县委常委: 先请 is no place), and with the corps' division before a
    division-city (第八师某某市党委副书记)."""
    text = doc.text
    if s >= 2 and text[s - 2 : s] == "自治" and text[s : s + 1] in "县州区旗":
        return _autonomous_start(doc, s - 2)
    if s >= 3 and text[s - 3 : s - 1] == "自治" and text[s - 1] == text[s] and text[s] in "县州旗":
        # 自治县县委书记, 某某自治州州委: the autonomous unit before its own level's committee
        # (persons21)
        return _autonomous_start(doc, s - 3)
    if s >= 2 and text.startswith("自治", s) and text[s + 2 : s + 3] in "县州区旗":
        # (某某苗族侗族自治县政协副主席: the title read from 自治县; audtitles15)
        return _autonomous_start(doc, s)
    if s >= 2 and text[s - 1] == "科" and text.startswith(_CLINICAL_POSTS, s):
        # 心内科副主任医师某某, 急诊科主任医师: the hospital's department belongs to the grade
        # (session 12 audit); back to the hospital (我院), a clause word or a mark
        k = s - 1
        while k > 0 and s - k < 5 and _is_cjk(text[k - 1]) and text[k - 1] not in _DEPT_STOP:
            k -= 1
        return k if s - 1 - k >= 1 else s
    if (
        s
        and text[s - 1] == "团"
        and text.startswith(_YOUTH_LEAGUE_LEVELS, s)
        and (s == 1 or not (text[s - 2] in _REGIMENT_DIGITS or text[s - 2] in "集师兵"))
    ):
        # 团县委书记, 团市委副书记: the youth league's committee of that level (session 7)
        return s - 1
    if text[s : s + 1] == "团" and s and text[s - 1] in _REGIMENT_DIGITS:
        # 十六团党委书记: the regiment's number belongs to the title, as a division's does
        # (84团党委副书记: written in Arabic digits too)
        k = s
        while k and text[k - 1] in _REGIMENT_DIGITS:
            k -= 1
        k = k - 1 if k and text[k - 1] == "第" else k
        # 第八师某某市150团党委书记: the division (and its city) the regiment belongs to, opening
        # the clause, belongs to the title as it does before the division-city's own posts
        # (session 12 audit)
        d = _DIVISION_CITY_BEFORE.search(text, max(0, k - 12), k)
        if d is not None and (
            d.start() == 0
            or text[d.start() - 1] in _ITEM_OPEN
            # (兵团第七师一二五团: the corps before its division stays out, as before a
            # division-city)
            or text.endswith("兵团", 0, d.start())
        ):
            return d.start()
        return k
    z = _zone_start(text, s)
    if z < s:
        return z
    if city_before_kind_zone(text, s, doc.r.g):
        # 市城乡一体化示范区管委会主任: the city's level before its zone written by its kind
        # (places._kind_named_zones; session 30, misc30)
        return s - 1
    if s and text[s - 1 : s + 1] == "社区":
        # 会议由社区居民委员会主任某某: the 区 of 社区 read as a district's level; the title opens
        # with the community (and its name where one is written), never with a clause before it
        # (persons22)
        s -= 1
    if text[s : s + 1] == "村" or text.startswith("社区", s):
        # (听取某某社区党支部书记某某: a community's name after a verb, as a village's; session
        # 15 audit)
        v = _village_start(doc, s)
        if v < s:
            return v
    if text.startswith(_HQ_BODIES, s):
        c = _hq_campaign_start(doc, s)
        if c < s:
            return c
    if (
        s
        and text[s] == "县"
        and text[s - 1 : s + 1] in _TWO_CHAR_COUNTIES
        # (永丰县委副书记: a county of a longer name ends with the short one's, 丰县; titles47)
        and text[max(0, s - 2) : s + 1] not in doc.r.g.admin_full
        and text[max(0, s - 3) : s + 1] not in doc.r.g.admin_full
    ):
        # 会议由某县卫健委主任某某主持: a county whose name is one character before 县 (磁县, 索县;
        # resources admin_two_char.txt), the title read from the level 县 (people32)
        return s - 1
    a = extend_gpe_prefix(doc, s)
    if a == s and s >= 2 and text.startswith("街道", s):
        # 听取了某某街道工委书记某某的汇报: a sub-district this text names elsewhere, before its
        # own body's post, whatever clause word stands before it (as a town's is read;
        # session 34, people37)
        street = named_gpe_before(doc, s, 2, _STREET_CLAUSE_CHARS)
        if street is not None:
            return street
    if a < s - 2 and text[a] in _PLACE_OPENERS and (a == 0 or text[a - 1] in _CLAUSE_MARKS):
        # 以某某市委农办副主任某某同志为副组长: a preposition opening the clause is no part of
        # the place after it, known or not (session 12 audit; no place name opens with these)
        return a + 1
    if a < s - 2 and text[a] in _CLAUSE_OPENERS:
        # 以云南省委宣传部副部长某某为组长: a clause word glued to a known place is no part of it
        g = doc.r.g
        stem = text[a + 1 : s]
        if stem in g.gpe_names or stem in g.admin_stems or stem in doc.doc_stems:
            return a + 1
    if a < s and text[s] != "师" and (s - a == 2 or text[s - 1] in _CLAUSE_VERB_END):
        # (会议由社区书记某某: no place ends with a clause word, however long; persons21)
        stem = text[a:s]
        g = doc.r.g
        known = stem in g.gpe_names or stem in g.admin_stems or stem in doc.doc_stems
        if not known and (stem[-1] in _CLAUSE_VERB_END or stem in function_words()):
            return s
    if a < s and text[a : a + 1] != "师" and "市" in text[s - 1 : s + 1]:
        for k in range(5, 1, -1):
            if a >= k and _DIVISION_BEFORE.fullmatch(text, a - k, a):
                return a - k
    return a


# clause words that no sub-district's name holds (由街道党工委书记某某主持, 在某某街道…)
_STREET_CLAUSE_CHARS = frozenset("由在对把被请让使了和与及")


# the minority peoples' names of more than one character before 族, and those written without 族
# in the names of autonomous units (persons21, systematic)
_PEOPLES = (
    "柯尔克孜族",
    "哈萨克族",
    "维吾尔族",
    "塔吉克族",
    "达斡尔族",
    "鄂温克族",
    "鄂伦春族",
    "土家族",
    "朝鲜族",
    "蒙古族",
    "布依族",
    "哈尼族",
    "傈僳族",
    "景颇族",
    "纳西族",
    "拉祜族",
    "仡佬族",
    "仫佬族",
    "毛南族",
    "撒拉族",
    "东乡族",
    "保安族",
    "裕固族",
    "锡伯族",
    "普米族",
    "独龙族",
    "布朗族",
    "哈萨克",
    "鄂伦春",
    "鄂温克",
    "蒙古",
)
# the stems of the thirty autonomous prefectures, some of which no list of divisions holds as a
# stem (湘西土家族苗族自治州州长某某; persons21, systematic)
_AUTONOMOUS_STEMS = frozenset(
    "湘西 恩施 延边 甘孜 阿坝 凉山 黔东南 黔南 黔西南 临夏 甘南 海北 海南 黄南 果洛 玉树 海西 "
    "西双版纳 楚雄 红河 文山 大理 德宏 怒江 迪庆 昌吉 博尔塔拉 巴音郭楞 克孜勒苏 伊犁".split()
)


def _autonomous_start(doc: Doc, k: int) -> int:
    """自治县党委常委: 自治县 is the level its post belongs to, as 县 is in 县委常委, written bare
    where the county was named before; a place written before it (with 各族 or one people's
    name between, 某某各族自治县, 某某瑶族自治县) belongs to the post as any place does."""
    text = doc.text
    m = k
    if text[m - 2 : m] == "各族":
        m -= 2
    else:
        # (某某苗族侗族自治县: two peoples, or three, named before it; audtitles15)
        # (某某土家族苗族自治州, 某某朝鲜族自治州: a people's name of three characters or more,
        # 蒙古 and 哈萨克 without 族; persons21)
        while m >= 2 and k - m < 12:
            # (内蒙古自治区: the region's own name, no people's)
            p = next(
                (
                    p
                    for p in _PEOPLES
                    if text.endswith(p, 0, m) and not text.endswith("内" + p, 0, m)
                ),
                "",
            )
            if not p and text[m - 1] == "族" and _is_cjk(text[m - 2]):
                p = text[m - 2 : m]
            if not p:
                break
            m -= len(p)
    if m < k and (m == 0 or text[m - 1] in _ITEM_OPEN) and text[m:k] != "各族":
        # 鄂伦春自治旗旗长, 鄂温克族自治旗: the people's name is the unit's own (persons21)
        return m
    if m < k:
        a = extend_gpe_prefix(doc, m)
        if a >= m:
            # 怀化市靖州苗族侗族自治县: the county's stem before the peoples, and the city
            # before it (audtitles15)
            g = doc.r.g
            n = next(
                (
                    n
                    # (和布克赛尔蒙古自治县, 塔什库尔干塔吉克自治县: stems of five; places41)
                    for n in (2, 3, 4, 5)
                    if text[m - n : m] in g.admin_stems
                    or text[m - n : m] in _AUTONOMOUS_STEMS
                    # (当广西壮族自治区党委常委: the region's bare name; orgs25)
                    or (text.startswith("自治区", k) and text[m - n : m] in g.gpe_names)
                ),
                0,
            )
            if n:
                a = m - n
                while a >= 3 and text[a - 1] in "省市州" and text[a - 3 : a - 1] in g.admin_stems:
                    a -= 3
                return a
        return a if a < m else k
    return extend_gpe_prefix(doc, k)


def _village_start(doc: Doc, s: int) -> int:
    """某某县某某村原第一书记: the village's own name (two to four characters, no word of the
    dictionary's verbs or adverbs, no 各/全) after the place it lies in belongs to its post, with
    the place (session 9 audit); s when no place stands before such a name. (A village's name
    opening a clause, 某某村党支部书记, stays out: tests/team_genre.py names its posts as those the
    rules miss, tests/test_learn_team.py.)"""
    text = doc.text
    fw = function_words()
    for n in (2, 3, 4):
        a = s - n
        if a < 0 or not all_cjk(text[a:s]):
            return s
        stem = text[a:s]
        # (会议由社区书记某某: a clause word right before 社区 ends no village's name either;
        # persons21)
        if (
            stem[0] in _CLAUSE_VERB_END
            or stem[-1] in _CLAUSE_VERB_END
            or any(c in _ORG_NAME_STOP or c in _NOT_ZONE_NAME for c in stem)
        ):
            return s
        if any(text[k : k + 2] in fw for k in range(a, s - 1)):
            continue
        if a == 0 or text[a - 1] in _ITEM_OPEN:
            return s
        if n <= 3 and (text[a - 2 : a] in fw or text.endswith(_HEARING, 0, a)) and stem not in fw:
            # 听取某某村第一书记某某: the village's name after a verb of the dictionary
            # (听取了某某社区书记某某: or after the hearing verb and its 了)
            return a
        g = extend_gpe_prefix(doc, a)
        if g < a:
            return g
    return s


_YOUTH_LEAGUE_LEVELS = ("省委", "市委", "县委", "区委", "州委", "旗委")
_CLAUSE_VERB_END = set("请由在为将把被对向从让使经")
_CLAUSE_OPENERS = _CLAUSE_VERB_END | set("以")
_PLACE_OPENERS = set("以由在请")
# what the name of a development or trade zone ends with before its 区 (某某国际陆港区,
# 某某临空经济区, 某某产业园区): a zone's long own name, joined by 与 or 和 when two zones share
# one committee, belongs to the title (某某陆港区与某某经济区党工委书记)
_ZONE_STEM_END = (
    "经济",
    "开发",
    "经开",
    "高新",
    "园",
    "港",
    "保税",
    "综合",
    "物流",
    "临空",
    "空港",
    "产业",
    "工业",
    "科技",
    "示范",
    "试验",
    "合作",
    "商务",
    "旅游",
    "度假",
    "自贸",
)
_ZONE_STOP = _ORG_NAME_STOP - set("和与及")


_ZONE_WORDS = ("经济技术开发区", "经济开发区", "高新技术产业开发区", "开发区", "高新区", "经开区")


def _zone_start(text: str, s: int) -> int:
    """Where a zone's own name before a title opening with 区 starts: the whole run back to the
    clause start, when it ends as a zone's name does and holds no clause word."""
    if text.startswith(_ZONE_WORDS, s):
        v = _zone_name_after_verb(text, s)
        return v if v < s else _zone_name_opening_clause(text, s)
    if text[s : s + 1] != "区" or not text.endswith(_ZONE_STEM_END, 0, s):
        return s
    a = s
    while a > 0 and s - a < 22 and _is_cjk(text[a - 1]) and text[a - 1] not in _ZONE_STOP:
        a -= 1
    # (开发区领导甲、乙: a zone's bare kind is its name where the report is the zone's own;
    # session 15 audit)
    bare = text[a : s + 1] in _ZONE_WORDS
    if (s - a < 3 and not bare) or not (
        a == 0 or text[a - 1] in _ZONE_STOP or not _is_cjk(text[a - 1])
    ):
        return s
    if any(c in _CLAUSE_VERB_END and c != "经" for c in text[a:s]) or text[a:s].startswith(
        ("和", "与", "及")
    ):
        return s
    return a


_NOT_ZONE_NAME = frozenset("全各本该我其每这那此")


def _zone_name_opening_clause(text: str, s: int) -> int:
    """，某某经济开发区党工委书记: a zone's own name of two to four characters that no list holds,
    opening a clause or an item before the zone's kind (session 8 audit); s when there is none
    (会议由经济开发区…, 各经济开发区…: a clause's words are no name)."""
    a = s
    while a > 0 and s - a <= 4 and _is_cjk(text[a - 1]) and text[a - 1] not in _ZONE_STOP:
        a -= 1
    if not 2 <= s - a <= 4 or (a and _is_cjk(text[a - 1]) and text[a - 1] not in _ZONE_STOP):
        return s
    name = text[a:s]
    if any(c in _CLAUSE_VERB_END or c in _NOT_ZONE_NAME for c in name) or name in function_words():
        return s
    return a


def _zone_name_after_verb(text: str, s: int) -> int:
    """拜访某某海洋经济开发区党组书记: the zone's own name (two to six characters, no verb or
    adverb opening it) between a two-character verb of the dictionary and the zone's kind."""
    fw = function_words()
    for k in range(6, 1, -1):
        a = s - k
        if a < 2 or not all(_is_cjk(c) and c not in _ZONE_STOP for c in text[a:s]):
            continue
        if text[a - 2 : a] in fw and text[a : a + 2] not in fw:
            return a
    return s


# punctuation that closes a name for sure: a word of the dictionary before it is still a name
# (宣传部部长高远，)
_NAME_CLOSERS = set("，、。；：,;:（(）)\n")
_CN_DIGITS = set("一二三四五六七八九十〇零百")
_REGIMENT_DIGITS = _CN_DIGITS | set("0123456789")
_DIVISION_BEFORE = re.compile(r"第?[一二三四五六七八九十]{1,3}师")
_DIVISION_CITY_BEFORE = re.compile(rf"第?[一二三四五六七八九十]{{1,3}}师(?:[{CJK}]{{2,3}}?市)?$")


@lru_cache(maxsize=4096)
def _ordinary(word: str) -> bool:
    """Does jieba's dictionary hold `word` as an ordinary word (not only as a person's name)?"""
    return bool(_ordinary_words(frozenset((word,)), 1))


# words of the genre that close a name after a title though neither list holds them (副市长某某
# 报告了…, 副市长某某分段陪同, 镇长某某全面部署…: jieba tags them nouns or adjectives; audit46)
_POST_NAME_CLOSERS = frozenset(rule_words()["post_name_closers"])


def _name_before_verb(doc: Doc, p: int) -> int:
    """A listed surname and one or two characters right after a title, closed by a verb or an
    adverb of the dictionary that no follower list holds (…副部长刘卫东分享了…, 牛某某参会), or
    by a word of the genre listed for that (rule_words post_name_closers): after a title the
    name is expected, and the word after it says where it ends."""
    text, g = doc.text, doc.r.g
    sl = _surname_len(text[p : p + 2], g)
    if not sl:
        return 0
    fw = function_words()
    for given in (2, 1):
        e = p + sl + given
        name = text[p:e]
        if (
            len(name) == sl + given
            and _valid_name(name, g)
            and (
                text[e : e + 2] in fw
                or text[e : e + 2] in _POST_NAME_CLOSERS
                # 听取了指挥部指挥长某某的情况汇报, 党工委书记某某的话: 的 after the name
                # (titles47: three pages of the wide sets)
                or text[e : e + 1] == "的"
            )
        ):
            if (
                given == 2
                and jieba_tokenizer().FREQ.get(text[e - 1 : e + 1], 0) >= _INNER_VERB_FREQ
                and not _ordinary(name)
            ):
                # 代市长林某特别关注: a frequent word (特别) starts inside the longer reading,
                # whose last two characters read as a word by chance (别关); the shorter name
                # is asked next (titles47, wide47). (湖北省长江堤防防洪: 防防 is no such word)
                continue
            if text[e - 1 : e + 1] in fw or _ordinary(name) or _ordinary(name[:2]):
                # 镇长安排部署: an ordinary word of the dictionary, or the verb starts inside
                # (a name the dictionary holds as a name, 李强描绘…, stays a name)
                return 0
            return e
    return 0


def _last_list_name(doc: Doc, e: int) -> list[tuple[int, int]]:
    """副镇长甲、乙参与督导 / 副镇长甲和乙分别部署: the last name of the list after a title (the
    names before it read), closed by a verb that no follower list holds, or joined by 和 / 与;
    it holds the title as the names before it do (titles47: two pages of the pooled dev gold).
    Empty where the item is a post or a title of its own (副镇长甲和乡长乙)."""
    text, r = doc.text, doc.r
    mark = text[e : e + 1]
    if mark not in ("、", "和", "与"):
        return []
    q = e + 1
    if r.title.match(text, q) is not None or r.bare_post.match(text, q) is not None:
        return []
    ne = _name_before_verb(doc, q)
    if not ne and mark != "、":
        ne = name_after(text, q, r)
    # (副政委某某和师机关相关部门: a given name that is a word, 机关, makes no name here)
    if ne and (
        ne - q < 2
        or text[q:ne] in r.g.speech_verbs
        or _ordinary(text[q:ne])
        or text[ne - 2 : ne] in common_words()
    ):
        return []
    if not ne or r.bare_post.match(text, ne) is not None or r.title.match(text, ne) is not None:
        return []
    if mark != "、" and text[ne : ne + 1] in ("、", "等"):
        # 副主任甲和乙、丙等3位全国人大代表: the names after 和 open a list of their own, held
        # by what closes it (titles_audit14)
        return []
    return [(q, ne)]


def _name_before_next_title(doc: Doc, p: int) -> int:
    """处长某甲副处长某乙: a name of two or three right after a title and closed by the next
    title, itself followed by a name (no mark between the two people; audtitles15); 0 if none."""
    text, r = doc.text, doc.r
    for e in (p + 3, p + 2):
        if not _valid_name(text[p:e], r.g) or jieba_tokenizer().FREQ.get(text[p:e]):
            continue
        nxt = r.title.match(text, e) or r.bare_post.match(text, e)
        if nxt is not None and nxt.end() - e >= 2 and name_after(text, nxt.end(), r):
            return e
    return 0


def _unread_item(text: str, end: int, s: int) -> bool:
    """Between a chain that ended at end (a 、) and a title at s stands at most a short item no
    rule reads (、“两新”组织党委书记): a few name characters and quotes, no clause mark."""
    if text[end : end + 1] == "，":
        # 市委副书记，某某区党工委书记、管委会主任某某: a title with no name closed by a comma and
        # a chain right after it are one person's (a title alone is no item of its own)
        return s == end + 1
    if text[end : end + 1] != "、":
        return False
    gap = text[end + 1 : s]
    return len(gap) <= 8 and all(_is_cjk(c) or c in '“”"' for c in gap)


# a body goes on where the title seemed to end (县人大常委 + 会各工作机构), or a function word;
# a modal or an adverb opens the predicate (县长要负责，: 要负责 read as a name; audtitles15);
# 制 makes the post a system (全区河长制工作, 林长制: 河长 + 制工作 read as a post and a name,
# then that name on every later 河长制工作 of the page; audit44)
_UNLISTED_NOT_FIRST = set(
    "会部委办局厅处室组队各全本该其每这那此以对在和与及为将把被从向由于等"
) | set("要须需必应均都也还就再又已正制")


_UNLISTED_NOT_LAST = frozenset("村庄屯寨镇乡街区县市州旗盟局办委部队所站院校社园厂场馆中")


def _unlisted_name_after(doc: Doc, p: int) -> int:
    """A name right after a title whose surname is missing from the list (操某某, 昌某某): two or
    three characters closed by punctuation or a leader's act, never a word of the dictionary."""
    text, r = doc.text, doc.r
    if r.followers.match(text, p) or text[p : p + 1] in _UNLISTED_NOT_FIRST:
        return 0  # 市委书记出席会议: no name at all
    for n in (3, 2):
        e = p + n
        name = text[p:e]
        if (
            len(name) == n
            and all_cjk(name)
            and not any(c in _BAD_NAME_CHARS for c in name)
            # (罗坪镇长水村检查: a place's or a body's end, no name; names31)
            and name[-1] not in _UNLISTED_NOT_LAST
            and (
                _UNLISTED_NAME_END.match(text, e)
                # (委员们踊跃发言: a closer of the wider set wants a given name no word of the
                # dictionary and no plural's or a set's character in the name)
                or (
                    _unlisted_closer(text, e, r)
                    and _NEVER_GIVEN.isdisjoint(name)
                    and name[1:] not in common_words()
                    and name[1:] not in function_words()
                )
            )
            and (
                (
                    (not jieba_tokenizer().FREQ.get(name) or _rare_name_word(name))
                    and not jieba_tokenizer().FREQ.get(name[:2])
                )
                or _addressed_by_post(text, p, name)
            )
        ):
            return e
    # 副县长某某某某出席: a transliterated name of four (two Tibetan halves neither list holds),
    # no word of the dictionary anywhere inside it, closed by punctuation or a leader's act
    # (session 34, people37)
    name = text[p : p + 4]
    freq = jieba_tokenizer().FREQ
    if (
        len(name) == 4
        and all_cjk(name)
        and not any(c in _BAD_NAME_CHARS for c in name)
        and name[-1] not in _UNLISTED_NOT_LAST
        and _UNLISTED_NAME_END.match(text, p + 4)
        and not any(freq.get(name[i:j]) for i in range(3) for j in range(i + 2, 5))
    ):
        return p + 4
    return 0


# a post a report writes after a name to address its holder again (冬月部长到…, 某某厅长一行)
_ADDRESS_POSTS = frozenset(
    "书记 部长 厅长 局长 主任 主席 县长 市长 区长 镇长 乡长 旗长 州长 省长 处长 科长 站长 所长 "
    "院长 校长 队长 组长".split()
)


def _addressed_by_post(text: str, p: int, name: str) -> bool:
    """宣传部部长冬月到…。冬月部长深入…: a rare word of the dictionary (冬月, the eleventh month)
    right after a title ending in a post, that the report writes again with that post after it,
    is the holder's name (attrib46: session 43 left such names unread, and their frames)."""
    post = text[p - 2 : p]
    if post not in _ADDRESS_POSTS or len(name) != 2:
        return False
    freq = jieba_tokenizer().FREQ
    return freq.get(name, 0) < _NAME_ONLY_MAX_FREQ and text.find(name + post, p) >= 0


def _unlisted_closer(text: str, e: int, r: _Rules) -> bool:
    """What closes a name of a surname no list holds after a post: punctuation or a leader's act
    (_UNLISTED_NAME_END, asked first by the caller), or a follower of two characters or more (在某某的陪同下: 的陪同) or a
    verb of speaking (某某号召，; session 34, people37). One-character followers (在, 对, 作)
    start too many words to close a name nobody vouches for."""
    if _UNLISTED_NAME_END.match(text, e):
        return True
    fm = r.followers.match(text, e)
    if fm is not None and fm.end() - e >= 2:
        return True
    sm = r.speech.match(text, e)
    return sm is not None and sm.end() - e >= 2


def _rare_name_word(name: str) -> bool:
    """A word of three that jieba's dictionary holds only as a person's name, and seldom (a
    figure of some renown whose surname no list holds): after a post it is the name (session
    34, people37), as _name_only_word reads one of a listed surname before a post."""
    freq = jieba_tokenizer().FREQ.get(name, 0)
    return len(name) == 3 and 0 < freq < _NAME_ONLY_MAX_FREQ and not _ordinary(name)


@lru_cache(maxsize=1)
def _loose_post() -> re.Pattern[str]:
    """A short run of name characters and a post (人大工委主任, 综治中心副主任)."""
    posts = alternation(rules().g.posts)
    # (中科院某某分院驻某某村工作队队长: a unit's long own name; session 9 audit)
    # (政研室（改革办）主任: the body's other name in brackets; audtitles15)
    return re.compile(rf"[{CJK}]{{2,18}}?(?:[（(][{CJK}]{{2,8}}[）)])?(?:{posts})")


def _cut_at_joined_name(text: str, m: re.Match[str], r: _Rules) -> re.Match[str]:
    """区长某某和市文明办副主任某某: a body joined by 和 (提案和法制工委) read across a post and
    its name; the post before the name is the title (orgs25)."""
    he = text.find("和", m.start() + 2, m.end())
    if he < 0:
        return m
    m2 = r.title.match(text, m.start(), he)
    if m2 is not None and name_after(text, m2.end(), r) == he:
        return m2
    return m


def _bracketed_title(doc: Doc, q: int) -> tuple[int, int] | None:
    """A post in brackets right after a title and before a name (纪工委书记（监察组组长）某某):
    the bracket's span, its marks left out; None where the bracket holds no title of its own
    or no name follows it."""
    text, r = doc.text, doc.r
    if text[q : q + 1] not in ("（", "("):
        return None
    close = next((k for k in range(q + 3, min(len(text), q + 16)) if text[k] in "）)"), -1)
    if close < 0:
        return None
    m = r.title.match(text, q + 1, close) or _loose_post().match(text, q + 1, close)
    if m is None or m.end() != close or not name_after(text, close + 1, r):
        return None
    return (q + 1, close)


def _title_at(doc: Doc, q: int) -> re.Match[str] | None:
    """A title starting at q, also after the name of a place (…、白银公安分局党委书记、局长某某,
    …、滃州市委书记某某): the match returned starts after the place, the caller takes the item
    from q."""
    text, r = doc.text, doc.r
    m = title_after_mark(text, q, r)
    if m is not None:
        return _cut_at_joined_name(text, m, r)
    if text.startswith("新疆生产建设兵团", q):
        # …、新疆生产建设兵团党委第一书记: the corps' full name belongs to its title, as
        # extend_gpe_prefix gives it to a title that opens the chain
        return r.title.match(text, q + 6)
    g = r.g
    for n in (2, 3, 4):
        stem = text[q : q + n]
        # (a stem that ends the text has no title after it: 省爱卫会副主任王明 at the text's end,
        # where the adjacent-title check of find_title_chains asks from the name on)
        if q + n >= len(text) or not all_cjk(stem):
            break
        known = stem in g.gpe_names or stem in g.admin_stems or stem in doc.doc_stems
        if not known and not (n == 2 and _stem_ok(text, q, q + 2)):
            continue
        m = r.title.match(text, q + n)
        # a bare post after an unknown stem is no title (某某主任 is a name and a post)
        if m is not None and (known or m.end() - m.start() >= 4):
            return m
    return None


def _leader_terms(text: str, leaders: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of common._Rules.leaders, found from each 领导 (the regex run at every
    position of a text costs more than looking back from the few 领导 there are)."""
    i = text.find("领导")
    while i >= 0:
        for k in range(max(0, i - 6), i):
            m = leaders.match(text, k)
            if m is not None and m.end() == i + 2:
                yield m
                break
        i = text.find("领导", i + 2)
    i = text.find("级干部")
    while i >= 0:
        for k in range(max(0, i - 3), i):
            m = _RANK_CADRES.match(text, k)
            if m is not None and m.end() == i + 3:
                # (每条巷道明确一名科级干部包保: cadres counted or quantified are any of them)
                if text[k - 1 : k] not in _COUNTED_BEFORE:
                    yield m
                break
        i = text.find("级干部", i + 3)


# 副县级干部甲、乙参加, 区政府正县级干部某某带领…: a civil-service grade's cadres before their
# names, read as 县处级领导 + names is (common._Rules.leaders; the grade written as the post)
_COUNTED_BEFORE = frozenset("名位个各每全该些批")
_RANK_CADRES = re.compile(
    r"(?:[正副]?(?:省部|厅局|地厅|县处|乡科|厅|处|科|县)|[正副][省市区])级干部"
)


_ACT_IN_LIST = re.compile(r"(?:主持|讲话|致辞)(?=、)")
# 县领导某某召开全县防汛调度会议, 县领导某某到某镇督导…: one leader named, then the meeting the
# leader calls or the place visited for the work (names39: two sites of the wide set)
_LONE_LEADER_ACTS = re.compile(
    r"(?:主持)?召开|(?:到|赴)[^，。；、\n]{2,12}?(?:调研|督导|检查|视察|慰问|走访|督查)"
)
# what a list of leaders does at its end (…等出席, …参加会议)
# (团领导甲，乙，丙及各单位干部参加: the list closed by 及 before the others who attend; orgs25)
_LIST_CLOSING_ACTS = re.compile("等|出席|参加|陪同|列席|到会|一同|及各|以及")
# the conjunctions that join a list's last name to it (甲、乙和丙)
_LAST_JOINS = ("和", "与", "及")
_COMMA_LIST_MAX = 12  # names read after commas before what the leaders do must come


def _joint_surname_name(text: str, p: int, r: _Rules) -> int:
    """End of a four-character name of two surnames and a given name of two (陈林佳慧, the
    double surname of Fujian and Taiwan) opening a list at p: only where 、 and a further name
    follow it (区领导雷黄某某、杨某某); 0 otherwise."""
    g = r.g
    e = p + 4
    if (
        text[e : e + 1] == "、"
        and _surname_len(text[p], g) == 1
        and _surname_len(text[p + 1], g) == 1
        and _valid_name(text[p + 1 : e], g)
        and name_after(text, e + 1, r)
    ):
        return e
    return 0


def _unlisted_first_name(text: str, p: int, r: _Rules) -> int:
    """End of a list's first name of a surname no list holds (区领导某某、甲、乙出席: 庆, 展, 仉…),
    where two names the rules read follow it at 、 (persons._name_list keeps such an item inside
    the list the same way; only the first had nothing before it to vouch for it); 0 otherwise.
    (session 33: a report's closing list of ten leaders was lost whole for its first surname)"""
    nxt = text.find("、", p + 2, p + 5)
    if nxt < 0:
        return 0
    item = text[p:nxt]
    if not all_cjk(item) or item in function_words() or item in common_words():
        return 0
    if _freq_word(item) or r.title.match(text, p) or r.leaders.match(text, p):
        return 0
    second = name_after(text, nxt + 1, r)
    return nxt if second and _list_goes_on(text, second, r) else 0


# 出席会议的市领导有：甲、乙、丙: the leaders and their names after a colon (session 11 audit)
_LEADERS_COLON = re.compile("(?:有|是|为)?[：:]")


def _freq_word(w: str) -> bool:
    """Whether jieba's dictionary holds `w` as a word (a frequency, not a prefix's 0): as
    FREQ.get(w), asked only where FREQ holds w[:-1] (every word's prefixes are in it: jieba's
    gen_pfdict and add_word put them there)."""
    freq = jieba_tokenizer().FREQ
    if len(w) >= 2 and w[:-1] not in freq:
        return False
    return bool(freq.get(w))


def _list_goes_on(text: str, e: int, r: _Rules) -> bool:
    """Whether a list of names goes on at e: 、 and a name whose given name is no word."""
    if text[e : e + 1] != "、":
        return False
    ne = name_after(text, e + 1, r)
    sl = _surname_len(text[e + 1 : e + 3], r.g)
    return bool(ne) and text[e + 1 + sl : ne] not in common_words()


def find_leader_lists(doc: Doc) -> None:
    """title.leaders / person.leaders_list / relation.holds.leaders: 市领导 A、B、C"""
    text, r = doc.text, doc.r
    for m in _leader_terms(text, r.leaders):
        p = m.end()
        colon = _LEADERS_COLON.match(text, p)
        if colon is not None:
            p = colon.end()
        first = (
            name_after(text, p, r)
            or _joint_surname_name(text, p, r)
            or _unlisted_first_name(text, p, r)
        )
        # 区领导包保责任: a lone "name" must be followed by what leaders do, not by any verb
        if (
            not first
            or not (
                text[first : first + 1] == "、"
                or _LEADER_ACTS.match(text, first)
                # (县领导某某及县直部门负责人陪同: one leader, then the others who go along; 市领导
                # 甲和乙出席: two leaders joined; names38)
                or text[first : first + 1] in _LAST_JOINS
                or (colon is not None and text[first : first + 1] in ("，", "。", "；", "\n", ""))
                or _LONE_LEADER_ACTS.match(text, first)
            )
        ):
            continue
        # 市领导强调，: what leaders do (强 is a surname) is no name
        if _LEADER_ACTS.fullmatch(text, p, first):
            continue
        # 院领导班子、职能部门负责人: 领导班子 is one word, the leadership (班子 read as a name;
        # audtitles15)
        # (jieba's FREQ holds every prefix of its words: a word of four is only asked for where
        # its first three are one's prefix, so 领导 + a name, new in every text, is mostly
        # answered from the memo of 领导 + a surname, not by a query of the dictionary's file)
        if p == m.end() and _freq_word(text[p - 2 : p + 2]):
            continue
        # 市级领导包社区、…单位包楼栋: what leaders take charge of (包 is a surname, 社区 a noun of
        # the dictionary) is no name
        # (市领导龙春秋、张某某出席: a given name that is a word, 春秋, 建设, 和平, is a name where
        # the list goes on at 、 with a name whose given name is no word; orgs26)
        if (
            first - p == 3
            and text[p + 1 : first] in common_words()
            and not _list_goes_on(text, first, r)
        ):
            continue
        # 某某经开区领导甲、乙: the zone's own name belongs to its leaders, as to any post of it
        ts = _zone_start(text, m.start())
        if ts == m.start() and "title.leaders_place_apart" not in doc.switches:
            # the place before the leaders of its level inside the TITLE (岚溪县领导甲、乙, as
            # 岚溪县委书记 is one post; every real gold so far; posts29); the opt-in convention
            # title.leaders_place_apart keeps it out
            ts = _title_prefix(doc, ts)
        doc.add_title(ts, m.end(), 0.85, "title.leaders")
        # 局领导甲主持、乙、丙出席: the first one's act between the names, the list goes on
        am = _ACT_IN_LIST.match(text, first)
        names = [(p, first), *_name_list(text, am.end() if am else first, r)]
        # 县领导甲、乙和丙出席: the list's last name after a conjunction, closed by what the
        # leaders do (not a title of its own after it; names38)
        last = names[-1][1]
        if text[last : last + 1] in _LAST_JOINS and not title_after_mark(text, last + 1, r):
            e = name_after(text, last + 1, r)
            if e and _LEADER_ACTS.match(text, e):
                names.append((last + 1, e))
        # 县领导甲，乙参加会议: the last names after commas, where what the listed leaders do
        # follows them (session 15 audit; 团领导甲，乙，丙参加…: a page that writes every comma
        # so, session 18)
        last = names[-1][1]
        run: list[tuple[int, int]] = []
        while text[last : last + 1] == "，" and len(run) < _COMMA_LIST_MAX:
            e = name_after(text, last + 1, r)
            if not e:
                break
            run.append((last + 1, e))
            if _LIST_CLOSING_ACTS.match(text, e):
                names.extend(run)
                break
            last = e
        for ns, ne in names:
            doc.add_person(ns, ne, 0.85, "person.leaders_list")
            doc.holds.append((ns, ts, "relation.holds.leaders"))


# the bare posts a name may carry after it (吕某某副区长, 龚某某书记), read by the two patterns
# below: closed by what follows a person, or by any verb of the dictionary
_BARE_POSTS = (
    # (某某代区长带队: an acting post after the name; session 12 audit)
    # (某某专职副指挥长强调: a headquarters' full-time deputy; session 43 dev45)
    r"(?:代|常务|专职(?=副))?副?(?:书记|省长|市长|县长|区长|镇长|乡长|州长|旗长|主任|部长|局长|主席|组长|师长|团长"
    r"|政委|校长|院长|所长|队长|处长|科长|厅长"
    # (某某总指挥强调, 某某副指挥长带队: a campaign headquarters' heads; titles27)
    r"|(?:执行)?总指挥长?|指挥长|执行指挥"
    # (某某副调研员肯定…, 某某二级巡视员: the grades of a civil servant; 某某董事长, 某某总经理:
    # a company's heads; session 13 audit)
    r"|(?<![一二三四])(?:[一二三四]级)?(?:调研员|巡视员)|董事长|总经理"
    # (某某副会长、某某秘书长: an association's or a conference's officers; session 13 audit)
    # (某某副主委一行: a democratic party's committee chair; persons19)
    # (院长某某教授、…, 某某教授带队: an academic rank written after the name; persons21, seen
    # on two sites)
    r"|会长|秘书长|主委|教授"
    # (学习贯彻某某总理的重要讲话, 某某副总理在…考察: the premier and vice-premiers written after
    # the name, as 总书记 is; session 33)
    r"|总理)"
)

# 吕某某副区长一行, 听取了龚某某书记和梅某主任的汇报: a bare post right after a name, closed by
# what follows a person
_BARE_POST_AFTER = guarded(
    _BARE_POSTS
    + (
        # an adverb may stand between the post and the verb of speaking (某某书记明确指出)
        r"(?=(?:明确|再次|进一步|特别|着重|重点|深刻|严肃|充分|亲自|专门|随后|最后|同时|也)"
        r"(?:强调|指出|要求|表示)"
        r"|一行|的|和|与|及|、|等|在|讲话|同志|强调|指出|要求|表示|主持|出席|带队|率队|代表|委托|关于|对|就|牵头|负责|分管"
        r"|传达|通报|宣读|部署|总结|[作做][了出]?(?:重要)?(?:动员|讲话|部署|总结|发言|表态|报告)"
        # (某某书记做了誓师动员讲话: what the speech is about between the verb and it; people32)
        r"|[作做]了?[\u4e00-\u9fff]{2,4}?(?:动员|讲话|部署|发言|报告)"
        r"|带领|率领|深入|来到|调研|检查|督导"
        # (领会某某书记重要讲话精神: the speech's or the instruction's weight before it; session 33)
        r"|重要(?:讲话|指示|批示)"
        # (某某局长汇报了…, 某某主任介绍…, 某某副区长解读…: a report given at the meeting; titles27)
        r"|汇报|介绍|解读"
        # (某某主任率党员干部…, 某某主任勉励…; session 9 audit)
        r"|率(?![先领])|勉励"
        r"|听取|参加|陪同|看望|慰问"
        # (某某书记还将作重要讲话, 某某省长所作的政府工作报告, 某某局长高度肯定了…: an adverb of
        # sequence, the report the holder gave, the praise given; names38)
        r"|还|所[作做]|高度(?:肯定|评价|重视|赞扬|赞赏|认可)"
        # (某某镇长调度秸秆禁烧工作, 某某副县长督查…: the work a post's holder directs; names38)
        r"|调度|督查|督办|巡查"
        # (某某副院长以…的形式汇报, 某某书记向全体师生阐述, 某某副市长来我院调研, 某主任都会…;
        # session 12 audit)
        r"|以(?![上下来后前及])|向|来(?!自)|都会"
        # (某某副主席到某某街道巡查, …前往…, …赴…; session 12 audit)
        r"|到(?![位底期达])|前往|赴"
        # (某某代省长4月15日到…调研: the day of a visit between the post and what was done;
        # session 34, people37)
        r"|[0-9０-９]{1,2}月[0-9０-９]{1,2}日"
        r"|[，。；：,;:])"
    )
)


# 某某书记明确指出， / 某某书记强调 / 会上某某书记传达了…: the post's holder speaks at the meeting
_POST_SPEAKS = re.compile(
    rf"{FRAME_ADVERB}(?:强调|指出|要求|表示|传达|讲话|作了?(?:重要|动员)?讲话|宣读)"
)


# the kind a body's name ends with (组织处, 街道办, 市政局), read before a name and its post
_BODY_KIND_ENDS = frozenset("处办局科室厅委部")


# the same posts followed by anything: where none of the words above follows, a verb or an
# adverb of the dictionary closes the post (某某副区长组织召开…, 分管卫生的某某副书记结合…,
# 区委某某副书记分别介绍…; session 10 audit)
_BARE_POST_WORD = guarded(_BARE_POSTS)
# (县长助理: a post of its own, not a verb after 县长)
_NOT_VERBS_AFTER_POST = frozenset({"助理"})


def _verb_after_post(text: str, m: re.Match[str]) -> bool:
    e = m.end()
    word = text[e : e + 2]
    return (
        word in function_words()
        and word not in _NOT_VERBS_AFTER_POST
        # 书记处, 主席团: the post and the next character make a longer word
        and not jieba_tokenizer().FREQ.get(m.group()[-2:] + text[e])
    )


def _name_only_word(name: str, g: Gazetteers) -> bool:
    """Does jieba's dictionary hold `name` only as a person's name, and seldom (王建国 nr 12)?
    Such a word before a post is the name (王建国副局长主持…; audtitles15). 宣传部 (nr 333, a
    mistagged word) is too frequent; 高山 (ns) is an ordinary word."""
    freq = jieba_tokenizer().FREQ.get(name, 0)
    return (
        0 < freq
        and (
            freq < _NAME_ONLY_MAX_FREQ
            # (王利明会长应邀…, 传达了孙金龙政委在…: an official's name of three the dictionary
            # holds as a name only, with the count its public figures reach (256, 259); the words
            # it mistags as names that count as much end in a body's or a place's kind, 宣传部 333,
            # 高新区 270, 公安县; misc51, two pages of the pooled dev gold)
            or (
                len(name) == 3
                and freq < _FAMOUS_NAME_MAX_FREQ
                and name[-1] not in _MISTAGGED_NAME_LAST
            )
        )
        and _valid_name(name, g)
        and not _ordinary(name)
    )


# a word after 和 that a name of two would cut (和广大干部: 广大 5043); 光明 (1219) may be a given
# name after the surname 和 (和光明)
_JOINED_WORD_FREQ = 3000
# how frequent a word of two characters after a post is, at least, to be read as the word, never
# as a surname and a given name (管理 27191, 方向 8151; names that are words: 黄河 3241, 高峰 1556)
_WORD_NAME_FREQ = 5000
# how frequent a word starting inside a name's longer reading must be to cut the name before it
# (特别 19119, 认真 4703, 陪同 547; 防防 3: a dictionary artefact)
_INNER_VERB_FREQ = 500
# field words that open a body's name though the dictionary reads them as verbs (综合行政执法队,
# 应急管理局, 服务中心)
_BODY_FIELD_OPENERS = frozenset({"综合", "应急", "服务"})
# adverbs that say the posts' holders act together, and that are surnames too (齐上阵, 共参与),
# and the verbs they go with there (not every verb: 镇长齐远航作讲话 names 齐远航)
_TOGETHER_ADVERBS = frozenset("齐共同")
_TOGETHER_VERBS = frozenset({"上阵", "发力", "参与", "出动", "行动", "动手", "努力", "出征"})


# a person's name in jieba's dictionary has a count of a few dozen at most; a word it mistags as
# a name (宣传部 333) has hundreds
_NAME_ONLY_MAX_FREQ = 100
# ... and a public figure's name of three, up to the count of the best known (李鸿忠 1025)
_FAMOUS_NAME_MAX_FREQ = 1100
# (党组织书记: a body's word the dictionary tags a proper name, nt 694; 文工团团长 likewise)
_MISTAGGED_NAME_LAST = frozenset(
    "部局委办厅处科所站院队区县市镇乡村州省旗盟岛山湖河江港庄口楼织团会军班度制化路族人教"
)


def _function_first_before(text: str, p: int, g: Gazetteers) -> bool:
    """Is text[p - 3 : p] a surname and a given name of two whose first character is one the
    name rules refuse (为 / 和 / 在: 郑为文, 谢和远), standing right after a mark or a line's
    start, no word of the dictionary (persons._function_first_name_end reads one after a post)?"""
    k = p - 3
    if k < 0 or text[k + 1] not in _FUNCTION_FIRST or _surname_len(text[k : k + 2], g) != 1:
        return False
    last = text[k + 2]
    return (
        (k == 0 or text[k - 1] in "，。；：、\n \u3000（(")
        and _is_cjk(last)
        and last not in _BAD_NAME_CHARS
        and not jieba_tokenizer().FREQ.get(text[k:p])
        and not jieba_tokenizer().FREQ.get(text[k + 1 : p])
    )


def find_names_before_posts(doc: Doc) -> None:
    """person.before_title / title.after_name / relation.holds.after_name: 某某副区长一行,
    某某书记和某某主任. Not inside a title (纪委书记, 宣传部长: 纪委 and 宣传 are no names)."""
    text, r = doc.text, doc.r
    covered = sorted(doc.titles.items())
    # a name another rule found in the text is a name before a post, though the dictionary knows
    # the word (某某书记一行, where 某某 is a word; session 9 audit)
    found = {text[s:e] for s, e in doc.persons.items()}
    found_ends = set(doc.persons.values())
    for m in _BARE_POST_WORD.finditer(text):
        p = m.start()
        if p < 2 or any(ts <= p < te for ts, te in covered):
            continue
        strict = _BARE_POST_AFTER.match(text, p)
        if (strict is None or strict.end() != m.end()) and not _verb_after_post(text, m):
            continue
        ns = name_before(text, p, r)
        if ns < 0:
            # 代表集团对某某副部长一行表示欢迎: a preposition after a word, then the name (the
            # preposition is no surname, so no name was read across it; session 12 audit)
            # (组织处某某处长代表…, 街道办某某书记代表…: a body's kind before the name, which
            # jieba may glue to the surname; a name of three, no word; session 13 audit)
            ns = next(
                (
                    k
                    for k in (p - 3, p - 2)
                    if k >= 2
                    and _is_cjk(text[k - 2])
                    and _valid_name(text[k:p], r.g)
                    and (
                        # (会议由某某副县长主持: 由 names who acts; titles27)
                        text[k - 1] in "对向给为由"
                        or (
                            text[k - 1] in _BODY_KIND_ENDS
                            and p - k == 3
                            and not jieba_tokenizer().FREQ.get(text[k:p])
                        )
                    )
                ),
                -1,
            )
            if ns < 0 and _function_first_before(text, p, r.g):
                # ，郑为文副省长就…: a given name of two opening with 为 / 和 / 在, right after a
                # mark; the post after it vouches for the name (attrib46: the name missed, its
                # 他指出 went to the last official named before)
                ns = p - 3
        if ns >= 0 and text[ns] in "和与及同跟由" and _valid_name(text[ns + 1 : p], r.g):
            # 书记和梅某主任: 和 joins two people here, it is no surname; 首先由某某副区长对…作
            # 解读: 由 names who acts (titles27)
            ns += 1
        elif ns >= 0 and text[ns] in "和与及" and p - ns == 3 and _ordinary(text[ns + 1 : p]):
            # 王某某和村民组长及种植大户: 和 joins a group of people named by a word (村民), no
            # name (和村民 was read; titles47, wide45)
            continue
        elif ns >= 0 and text[ns] == "由" and jieba_tokenizer().FREQ.get(text[ns + 1 : p]):
            # 由城管局长介绍…: 由 and a word of the dictionary, the body's short name (titles27)
            continue
        elif ns > 0 and text[ns] in "向对给为" and _is_cjk(text[ns - 1]):
            # 某院长向丁书记介绍, 某某向我院院长询问: a preposition after a word is no surname;
            # what follows it is a surname and a post (not tagged) or a name
            if not _valid_name(text[ns + 1 : p], r.g) or p - ns - 1 < 2:
                continue
            ns += 1
        if ns >= 0 and text[ns : ns + 1] in ("我", "本", "该"):
            continue  # 我院院长, 该校校长: the unit of the writer, no name
        if (
            ns > 0
            and text[ns] in "任兼"
            and (text[ns - 1] == "等" or ns in found_ends or name_before(text, ns, r) >= 0)
        ):
            # 某某任荣誉团长, 甲、乙等任名誉团长: 任 after a name is the verb 'serve as', no
            # surname (任荣誉 was read as a name; session 13 audit)
            continue
        if ns >= 0 and p - ns == 2 and text[ns] in "由和与及同跟向对给为在":
            # 会议由张主任主持, 王书记和李主任: a function word and a surname, no name of two
            # (a surname and a post with nobody named in full stay untagged; session 13)
            continue
        if ns >= 0 and doc.persons.get(ns) == p and m.group().endswith("教授"):
            # 院长某某教授: the academic rank after a name its titles closed is its title too
            # (persons21)
            doc.add_title(p, m.end(), 0.75, "title.after_name")
            doc.holds.append((ns, p, "relation.holds.after_name"))
            continue
        if ns < 0 or ns in doc.persons:
            continue
        name = text[ns:p]
        if (
            name[-1] in "局委办部厅处科所站"
            and (
                name[-1] in text[p : m.end()]
                # (州道安办主任: the "name" is the tail of a body's short form the gazetteer lists,
                # 道安办; wide46, orgs46b)
                or any(text[k:p] in r.g.org_names for k in range(max(0, ns - 2), ns))
            )
        ):
            # 市民宗局副局长: the body's kind before its own post ends the body, no name
            # (persons21)
            continue
        # 党组织书记, 宣传部长: a word the dictionary knows before the post is no name; nor is
        # the head of a title (由县委副书记主持: 县委副书记 is one title)
        # (会上某某书记强调， / 某某书记明确指出，: a word the dictionary holds only as a person's
        # name, however frequent (谢伏瞻 nr 257), before a post and a speech verb is the speaker)
        if (
            jieba_tokenizer().FREQ.get(name)
            and name not in found
            and not _name_only_word(name, r.g)
            and (
                _ordinary(name)
                # (学习贯彻某某总理的讲话: a premier's name is a word of the dictionary, however
                # frequent, and no other word stands before 总理; session 33)
                or (_POST_SPEAKS.match(text, m.end()) is None and not m.group().endswith("总理"))
            )
        ) or any(
            (tm := r.title.match(text, k)) is not None
            and tm.end() >= m.end()
            # 李某副主任、周某某副处长: the branch of a body named by its kind reads any item
            # before 副处长 as the body (宣传部长 for 宣传部部长); a name is no body (session 12)
            and not (
                k == ns and tm.groupdict().get("bykind") is not None and _valid_name(name, r.g)
            )
            # 葛某旗书记: the last character of a name of three is no unit of its own
            # (旗书记 read as a banner's post; audtitles15)
            and not (k == p - 1 == ns + 2 and tm.end() == m.end() and _valid_name(name, r.g))
            for k in range(ns, p)
        ):
            continue
        # 张主任 is a surname and a post; a two-character "name" must not be a known title body
        if any(ts <= ns < te for ts, te in covered):
            continue
        doc.add_person(ns, p, 0.75, "person.before_title")
        doc.add_title(p, m.end(), 0.75, "title.after_name")
        doc.holds.append((ns, p, "relation.holds.after_name"))


# the post after a given name: the name is known, so any word may follow (福渊书记先后到…),
# but not one that makes the post part of a longer word (书记处, 主任委员)
_GIVEN_POST = re.compile(
    r"(?:常务)?副?(?:书记|省长|市长|县长|区长|镇长|乡长|州长|旗长|主任|部长|局长|主席|组长|师长|团长"
    # (温总理 after 温某某总理: the premier's surname and post, as 周市长; session 33)
    r"|政委|校长|院长|所长|队长|总理"
    # (项厅长一行察看…: a department's, a section's, a bank's or a society's head, as 周局长;
    # titles47, f46)
    r"|厅长|处长|科长|行长|会长|社长|站长)(?![处员长委])"
)
# (the characters a match of _GIVEN_POST opens with: tests/test_preannotate_speed35t.py checks it)
_GIVEN_POST_FIRST = frozenset("常副书省市县区镇乡州旗主部局组师团政校院所队总厅处科行会社站")


def find_given_names_before_posts(doc: Doc) -> None:
    """person.before_title / title.after_name / relation.holds.after_name: 某某书记 where 某某
    is the given name of a person the article names in full (王福渊 … 福渊书记指出), the way a
    report addresses its own leader; only given names of two characters after a surname of one."""
    text, g = doc.text, doc.r.g
    covered: list[tuple[int, int]] | None = None
    for full in doc.names:
        if len(full) != 3 or _surname_len(full, g) != 1 or full[1:] in doc.names:
            continue
        given = full[1:]
        ms = text.find(given)
        while ms >= 0:
            me = ms + 2
            # a post opens with one of these: most occurrences (the full name) stop here
            # (after the same surname it is the full name; after another surname, someone
            # else's full name: 李某川副县长 is not 王某川)
            if (
                text.startswith("同志", me)
                and not (ms and _surname_len(text[ms - 1], g) == 1)
                and ms not in doc.persons
            ):
                # 李某宏 … 某宏同志要求社区…: the given name with 同志, the way a report names its
                # own leader again (after the same surname it is the full name, found already)
                doc.add_person(ms, me, 0.75, "person.comrade")
            elif text[me : me + 1] in _GIVEN_POST_FIRST and not (
                ms and _surname_len(text[ms - 1], g) == 1
            ):
                pm = _GIVEN_POST.match(text, me)
                if pm is not None and ms not in doc.persons and me not in doc.titles:
                    if covered is None:
                        covered = sorted(doc.titles.items())
                    if not any(ts <= ms < te for ts, te in covered):
                        doc.add_person(ms, me, 0.75, "person.before_title")
                        doc.add_title(me, pm.end(), 0.75, "title.after_name")
                        doc.holds.append((ms, me, "relation.holds.after_name"))
            ms = text.find(given, ms + 1)
    _given_names_before_secretary(doc)


# what opens the clause a given name and 书记 start (。某某书记指出 / ，某某书记的讲话)
_GIVEN_NAME_OPENERS = frozenset("，。；：！？\n,;:")
# the last character of a body before 书记 (党支书记, 村支书记, 团委书记): no given name ends so
_BODY_BEFORE_SECRETARY = frozenset("委支组办局部厅处科所站队会")


def _given_names_before_secretary(doc: Doc) -> None:
    """某某书记 where 某某 is a given name of two the article never writes with its surname
    (，某某书记的讲话思路清晰 / 。某某书记在动员会上强调): colleagues address a party secretary
    so; only at a clause's start, two characters that are no word of the dictionary, none a
    surname the rules read (李某书记 is read as a full name), and what follows a person after
    the post (the golds of dev29 and dev35 tag the given name and the post; session 33)."""
    text, r = doc.text, doc.r
    fw, cw = function_words(), common_words()
    freq = jieba_tokenizer().FREQ
    covered: list[tuple[int, int]] | None = None
    p = text.find("书记", 2)
    while p >= 0:
        ms = p - 2
        strict = _BARE_POST_AFTER.match(text, p)
        if (
            strict is not None
            and strict.end() == p + 2
            and (ms == 0 or text[ms - 1] in _GIVEN_NAME_OPENERS)
            and all_cjk(text[ms:p])
            and text[p - 1] not in _BODY_BEFORE_SECRETARY
            and not freq.get(text[ms:p])
            and text[ms:p] not in fw
            and text[ms:p] not in cw
            and _surname_len(text[ms], r.g) == 0
            and ms not in doc.persons
            and p not in doc.titles
        ):
            if covered is None:
                covered = sorted(doc.titles.items())
            if not any(ts <= ms < te or ts <= p < te for ts, te in covered) and not any(
                ps <= ms < pe for ps, pe in doc.persons.items()
            ):
                doc.add_person(ms, p, 0.65, "person.before_title")
                doc.add_title(p, p + 2, 0.65, "title.after_name")
                doc.holds.append((ms, p, "relation.holds.after_name"))
        p = text.find("书记", p + 2)


# a level's government or committee written before the surname and post of its official
# (听取某某街道岳书记汇报, 某某街道党工委徐书记、…, 市环保局鲍局长还将…, 会上陈书记传达了…:
# a street, a party committee or a bureau named right before its official's surname and post, or
# the meeting where the official speaks; titles46: four wide pages, three of them never naming the
# official in full, so _surnames_before_posts_unnamed reads these too. A level's own 县政府 / 县委
# before a surname nobody named stays unread there, as titles_audit12 has it)
_UNIT_BEFORE_SURNAME = ("街道", "党工委", "党委", "局", "会上")
_BODY_BEFORE_SURNAME = ("县政府", "市政府", "区政府", "县委", "市委", "区委", *_UNIT_BEFORE_SURNAME)
# a preposition or a connective right before the surname, which takes the official as its
# object (向周市长汇报, 借周书记督导之机, 和周局长、吴局长, 会后周区长…; session 30, misc30:
# dev30 and wide pages), and the basis acted on (按照周部长提出的要求, 根据周书记的部署; session
# 31: the directives pass over a name there for a bare 要求 after it). Not 经…同意 or 对…
_OPENING_BEFORE_SURNAME = frozenset("向和与及同跟随给让请由把被将借后照据")
# verbs that take an official's words as their object, right before the surname and post
# (要认真落实张区长关于…的指示, 传达了周书记的讲话精神; titles47, wide47)
_ACTED_ON_BEFORE_SURNAME = ("落实", "贯彻", "传达", "传达了", "转达", "听取", "听取了")


def find_surnames_before_posts(doc: Doc) -> None:
    """person.surname_post / title.after_name / relation.holds.after_name: 周市长指出 after 市长周某
    — the surname of a person the article named in full, alone before a post at a clause's start,
    is that official's name as the report writes it (GUIDELINES: PERSON is the name of an
    official; TITLE a post as written next to a person). Both blind annotators of the real pages
    of session 10 read it so; 周密部署 or a word before a post (各镇长) stays untagged. Where
    nobody of that surname is named in full, _surnames_before_posts_unnamed reads it too
    (session 32: the golds made from GUIDELINES.md alone tag it so)."""
    text, g = doc.text, doc.r.g
    first: dict[str, int] = {}
    for s, e in doc.persons.items():
        sur = text[s : s + _surname_len(text[s : s + 2], g)]
        if len(sur) == 1 and e - s >= 2 and (sur not in first or s < first[sur]):
            first[sur] = s
    covered: list[tuple[int, int]] | None = None
    for sur, named_at in first.items():
        ms = text.find(sur, named_at + 2)
        while ms >= 0:
            # (most occurrences are the full name again: its given name opens no post)
            pm = (
                _GIVEN_POST.match(text, ms + 1)
                if text[ms + 1 : ms + 2] in _GIVEN_POST_FIRST
                else None
            )
            if (
                pm is not None
                and (
                    ms == 0
                    or not _is_cjk(text[ms - 1])
                    # 县政府毕县长与…, 县委周书记: the body before the surname (session 11 audit)
                    or text.endswith(_BODY_BEFORE_SURNAME, max(0, ms - 3), ms)
                    or text[ms - 1] in _OPENING_BEFORE_SURNAME
                    or text.endswith(_ACTED_ON_BEFORE_SURNAME, max(0, ms - 3), ms)
                )
                and ms not in doc.persons
                and ms + 1 not in doc.titles
                and (_boundary_after(text, pm.end(), doc.r) or _post_ends_word(text, ms, pm.end()))
            ):
                if covered is None:
                    covered = sorted(doc.titles.items())
                if not any(ts <= ms < te for ts, te in covered):
                    doc.add_person(ms, ms + 1, 0.7, "person.surname_post")
                    doc.add_title(ms + 1, pm.end(), 0.7, "title.after_name")
                    doc.holds.append((ms, ms + 1, "relation.holds.after_name"))
            ms = text.find(sur, ms + 1)
    _surnames_before_posts_unnamed(doc, set(first))


# roles of the grid and of a village's groups that read as a surname and a post (楼组长: the
# head of a building's residents; 楼 is a surname too)
_ROLES_AS_SURNAME_POST = frozenset({"楼组长", "楼栋长"})


# how far past the post _post_ends_word lets the segmenter read
_POST_WORD_REACH = 4


def _post_ends_word(text: str, ms: int, pe: int) -> bool:
    """Does the segmenter end a word where the post text[ms + 1 : pe] ends (王书记分析了…,
    杨副市长认真了解…, 向王书记报喜: a verb no list of name followers holds), not inside one
    (周局长期…: 长期)? Asked only for the surname of a person named in full before, where the
    list of followers did not close it (audit45: three pages of the wide set lost such a
    surname and post, one of them the speaker of five directives)."""
    stop = pe + _POST_WORD_REACH
    for k in range(pe, min(stop, len(text))):
        if not _is_cjk(text[k]):
            stop = k
            break
    if stop <= pe:
        return True
    k = ms
    for w in _cut(text[ms:stop]):
        k += len(w)
        if k >= pe:
            return k == pe
    return False


# what reads as a surname before a post but says which holder it is (代市长: acting; 原局长,
# 老书记, 新县长, 前所长, 现任; 总队长 is one post), a preposition or a conjunction that takes
# the post as its object (，向局长汇报, 和书记), or a level (区县长)
_NOT_SURNAME_BEFORE_POST = frozenset("代原老新前现总正各该本每两于对为区") | _OPENING_BEFORE_SURNAME


def _surnames_before_posts_unnamed(doc: Doc, named: set[str]) -> None:
    """person.surname_post: 杨局长 of an official the article never names in full, where the
    surname and the post stand alone at a clause's or an item's start or after a preposition
    (传达了…和柯局长、卓局长的讲话精神; 按照邝部长提出的意见; 。柏书记指出): the team's golds
    tag the surname so on every real set (dev29, dev30; names31), as after a full name."""
    text, g = doc.text, doc.r.g
    covered: list[tuple[int, int]] | None = None
    for pm in _GIVEN_POST.finditer(text, 1):
        ms = pm.start() - 1
        sur = text[ms]
        if (
            sur in named
            or sur in _NOT_SURNAME_BEFORE_POST
            or sur not in g.surnames
            or not (
                ms == 0
                or not _is_cjk(text[ms - 1])
                or text[ms - 1] in _OPENING_BEFORE_SURNAME
                or text.endswith(_UNIT_BEFORE_SURNAME, max(0, ms - 3), ms)
                or text.endswith(_ACTED_ON_BEFORE_SURNAME, max(0, ms - 3), ms)
            )
            # (副县长 read as 副 + 县长 elsewhere; 书记员 / 主任科员 refused by the post's own look)
            or ms in doc.persons
            # (配齐党小组长、楼组长、单元长: a role of the grid, no surname and post; titles47)
            or text[ms : pm.end()] in _ROLES_AS_SURNAME_POST
            or ms + 1 in doc.titles
            or not (
                _boundary_after(text, pm.end(), doc.r)
                # (听取了岳局长的汇报: 的 closes the post after a verb taking the words)
                or (
                    text[pm.end() : pm.end() + 1] == "的"
                    and text.endswith(_ACTED_ON_BEFORE_SURNAME, max(0, ms - 3), ms)
                )
            )
        ):
            continue
        if covered is None:
            covered = sorted(doc.titles.items())
        # (甘和成主任: the given name's last character is no surname of its own; people32)
        if not any(ts <= ms < te for ts, te in covered) and not any(
            ps < ms < pe for ps, pe in doc.persons.items()
        ):
            doc.add_person(ms, ms + 1, 0.65, "person.surname_post")
            doc.add_title(ms + 1, pm.end(), 0.65, "title.after_name")
            doc.holds.append((ms, ms + 1, "relation.holds.after_name"))


def find_posts_after_names(doc: Doc, excluded: set[int]) -> None:
    """title.after_name / relation.holds.after_name: 某某书记讲话精神"""
    for s, e in list(doc.persons.items()):
        if s in excluded:
            continue
        pm = _POST_AFTER_NAME.match(doc.text, e)
        if pm is not None and e not in doc.titles:
            doc.add_title(e, pm.end(1), 0.8, "title.after_name")
            doc.holds.append((s, e, "relation.holds.after_name"))


# 拟推荐对象是王某某，某某县委书记、二级巡视员；李某某，女，某某区委书记。 / 张某某（县委副书记）
# / 张某某　县委副书记 on a line: a list of nominees or attendees written name first, each item
# closed by ；。 or the line's end (by ） for the bracket)
# an item's name and its comma (，女， between them where the sex is written)
_ITEM_NAME = re.compile(rf"[ \u3000]*([{CJK}]{{2,4}}?)(?:，女|，男)?，")
_ITEM_LINE = re.compile(rf"(?m)^[ \u3000]*([{CJK}]{{2,4}}?)[ \u3000]+")
_ITEM_OPENERS = frozenset("：:；;\n。、，是为有")
_UNITS = frozenset("省市县区州旗镇乡")


@lru_cache(maxsize=1)
def _post_ends() -> frozenset[str]:
    """The last characters of the posts the grammar knows."""
    g = rules().g
    return frozenset(p[-1] for p in (*g.posts, *g.lone_posts))


def _name_first_items(text: str) -> Iterator[tuple[int, int, int, str]]:
    """(name start, name end at most, where the titles start, what closes the item) for each
    place a name may open an item: a list closed by ； (name，titles；), a name before its posts
    in brackets, a name and its posts on a line. Each form looked for only where its mark is."""
    j = text.find("；")
    while j >= 0:
        # the item after ；, and the item that ； closes (the first of a list opens after 是,
        # 为, 有 or a colon): found from the ； (few), not by a search of the whole text
        m = _ITEM_NAME.match(text, j + 1)
        if m is not None:
            yield m.start(1), m.end(1), m.end(), "；;。\n"
        k = text.rfind("，", max(0, j - 40), j)
        if k > 0:
            for n in (2, 3, 4, 5, 6):
                a = k - n
                if a > 0 and text[a - 1] in _ITEM_OPENERS and text[a - 1] != "，":
                    m = _ITEM_NAME.match(text, a)
                    if m is not None and m.end() == k + 1:
                        yield m.start(1), m.end(1), m.end(), "；;。\n"
                        break
        j = text.find("；", j + 1)
    for br in "（(":
        i = text.find(br)
        while i >= 0:
            # a post in the bracket ends as posts do (长, 记, 任…): most brackets hold no post
            # (（扩大）, （右）, （记者 某某）) and cost no further look
            j = text.find("）" if br == "（" else ")", i + 2, i + 30)
            if j > 0 and text[j - 1] in _post_ends():
                for k in (2, 3, 4):
                    ns = i - k
                    if ns >= 0 and (ns == 0 or text[ns - 1] in _ITEM_OPENERS):
                        yield ns, i, i + 1, "）)"
            i = text.find(br, i + 1)
    if " " in text or "\u3000" in text:
        for m in _ITEM_LINE.finditer(text):
            yield m.start(1), m.end(1), m.end(), "\n"


def find_names_before_title_items(doc: Doc) -> None:
    """person.item_first / title.after_name / relation.holds.after_name: the name opening an
    item of a list and the titles written after it (session 8 audit: nominee lists
    姓名，某某县委书记、二级巡视员；…, attendees 姓名（县委副书记）, 姓名　县委副书记 on a line).
    Only where the titles run to the item's end. The titles are read first: most brackets and
    commas have none after them, and a name costs more to read."""
    text, r = doc.text, doc.r
    chains: dict[int, list[tuple[int, int]]] = {}
    for ns, last, p, closers in _name_first_items(text):
        # (组长：某某（街道党工委书记）: the name after a role and a colon, read with the role
        # by find_colon_posts, has its own posts in brackets too; audtitles15)
        if (ns in doc.persons and text[ns - 1 : ns] not in "：:") or p in doc.titles:
            continue
        chain = chains.get(p)
        if chain is None:
            chain = chains[p] = _item_titles(doc, p, closers)
        if not chain:
            continue
        ne = name_after(text, ns, r)
        if not ne or ne > last or (ne < last and text[ne : ne + 2] not in ("，女", "，男")):
            continue
        if ns not in doc.persons:
            doc.add_person(ns, ne, 0.8, "person.item_first")
        # each title with the place written before it (split off by places.split_place_posts)
        for ts, te in chain:
            doc.add_title(ts, te, 0.8, "title.after_name")
            doc.holds.append((ns, ts, "relation.holds.after_name"))
    if "，男，" in text or "，女，" in text:
        _read_profiles(doc)


# 某某，男，1970年5月出生，汉族，…。现任某某市委副书记，某某市人民政府市长。: a cadre's profile (the
# standard form of a résumé, an appointment notice, a guest's card), its subject opening a line
# and the posts it holds after 现任 (orgs26, (b))
_PROFILE_SEX = re.compile("，[男女]，")
_PROFILE_TAIL = re.compile(r"[^。\n]{0,24}?(?:\d{4}年|[\u4e00-\u9fff]{1,3}族|出生|籍贯)")
_PROFILE_OPENERS = "\n】：:"
_PROFILE_NOW = re.compile("(?:现任|现为)(?:中共)?")
_PROFILE_SPAN = 400


def _read_profiles(doc: Doc) -> None:
    """person.item_first / title.after_name / relation.holds.after_name: the subject of a
    profile (某某，男，…族 / …年…月出生) opening a line, and the titles after its 现任."""
    text, r = doc.text, doc.r
    for m in _PROFILE_SEX.finditer(text):
        k = m.start()
        if _PROFILE_TAIL.match(text, m.end()) is None:
            continue
        ns = -1
        for n in (2, 3, 4):
            a = k - n
            if a >= 0 and (a == 0 or text[a - 1] in _PROFILE_OPENERS or text[a - 1].isspace()):
                if name_after(text, a, r) == k:
                    ns = a
                    break
        if ns < 0:
            continue
        if ns not in doc.persons:
            doc.add_person(ns, k, 0.8, "person.item_first")
        stop = text.find("\n", k)
        stop = len(text) if stop < 0 else stop
        now = _PROFILE_NOW.search(text, m.end(), min(stop, m.end() + _PROFILE_SPAN))
        if now is None:
            continue
        end = text.find("。", now.end(), stop)
        end = stop if end < 0 else end
        q = now.end()
        while q < end:
            c = text.find("，", q, end)
            ce = end if c < 0 else c
            for ts, te in _item_titles(doc, q, "，。\n") if ce - q > 1 else ():
                if te > ce:
                    break
                doc.add_title(ts, te, 0.8, "title.after_name")
                doc.holds.append((ns, ts, "relation.holds.after_name"))
            q = ce + 1


# 组　长：某某　县委副书记 / 副组长：某某　副县长 / 　　　　王　军　县教育局局长: a working group's
# roster, a member a line, the name first and the posts after a space; the role before a colon
# is the post of the member on its line and of those on the lines under it, down to the next
# role (成员 is none). The line is the item, so the posts of units no list holds are read
# loosely there (某某服务中心主任, 交管大队大队长, 供电分公司经理; session 11 audit).
_ROSTER_LINE = re.compile(
    rf"(?m)^[ \u3000]*(?:([{CJK}](?:[ \u3000]{{0,2}}[{CJK}]){{1,5}}?)[ \u3000]*[：:][ \u3000]*)?"
    rf"([{CJK}][ \u3000]{{0,2}}[{CJK}]{{1,5}}?)[ \u3000]+([{CJK}][^\n]*?)[ \u3000]*$"
)
_ROSTER_ROLE = re.compile(r"(?:常务|第一)?(?:副)?(?:组长|主任|指挥长|总指挥|召集人|秘书长)")
_ROSTER_ITEM_MAX = 20


def _roster_titles(doc: Doc, ps: int, pe: int) -> list[tuple[int, int]]:
    """The posts from ps to the line's end pe, coordinated at 、: as the grammar reads them,
    else each item a run of characters closed by a known post."""
    chain = _item_titles(doc, ps, "\n \u3000")
    if chain and chain[-1][1] == pe:
        return chain
    out, q = [], ps
    for item in doc.text[ps:pe].split("、"):
        if not (2 < len(item) <= _ROSTER_ITEM_MAX and _loose_post().fullmatch(item)):
            return []
        out.append((q, q + len(item)))
        q += len(item) + 1
    return out


def find_roster_lines(doc: Doc) -> None:
    """person.item_first / title.after_name / title.chain / relation.holds.*: a roster's lines
    (组　长：某某　县委副书记, 　　　　王　军　县教育局局长), found from its colons and spaces."""
    text, r = doc.text, doc.r
    if "\n" not in text or (" " not in text and "\u3000" not in text):
        return
    held = {(p, t) for p, t, _ in doc.holds}
    role: tuple[int, int] | None = None
    last_end = -2
    for m in _ROSTER_LINE.finditer(text):
        if m.start() > last_end + 1:
            role = None  # a roster's lines follow one another
        last_end = m.end()
        if m.group(1) is not None:
            ls, le = m.span(1)
            bare = text[ls:le].replace(" ", "").replace("\u3000", "")
            role = (ls, le) if _ROSTER_ROLE.fullmatch(bare) else None
        ns, last = m.span(2)
        if name_after(text, ns, r) != last:
            continue
        chain = _roster_titles(doc, *m.span(3))
        if not chain:
            continue
        doc.add_person(ns, last, 0.8, "person.item_first")
        for ts, te in chain:
            doc.add_title(ts, te, 0.8, "title.after_name")
            if (ns, ts) not in held:
                held.add((ns, ts))
                doc.holds.append((ns, ts, "relation.holds.after_name"))
        if role is not None and (ns, role[0]) not in held:
            doc.add_title(*role, 0.8, "title.chain")
            held.add((ns, role[0]))
            doc.holds.append((ns, role[0], "relation.holds.adjacent"))


def _item_titles(doc: Doc, p: int, closers: str) -> list[tuple[int, int]]:
    """The titles from p, coordinated at 、, when they run to one of `closers` (or the text's
    end); empty otherwise."""
    text, r = doc.text, doc.r
    chain: list[tuple[int, int]] = []
    q = p
    while q + 2 < len(text):
        t = _title_at(doc, q)
        if t is None and text[q + 1 : q + 2] in _UNITS and text[q + 2 : q + 3] == text[q + 1]:
            # 岚县县委书记: a county of one character and its own level
            t = r.title.match(text, q + 2)
        if t is None and (u := r.title.search(text, q + 1, q + 16)) is not None:
            # 某某（局党组书记）, 某某（某某中学校长）: a unit named before a bare post belongs
            # to it as it does in a chain (persons21)
            if _org_named_start(text, u.start()) == q or _title_prefix(doc, u.start()) == q:
                t = u
        if t is None:
            break
        chain.append((q, t.end()))
        q = t.end()
        if text[q : q + 1] != "、":
            break
        q += 1
    if not chain or not (q == len(text) or text[q] in closers):
        return []
    return chain


_DEPUTIES = ("人大代表", "政协委员")
_DEPUTY_LEVELS = tuple("省级 市级 县级 区级 旗级 全国 自治区 省 市 县 区 州 旗".split())


def find_deputies(doc: Doc) -> None:
    """title.chain / person.after_title / relation.holds.adjacent: 市级人大代表某某,
    全国人大代表、村党支部书记某某 — a deputy of a level's congress or conference is the office
    written next to the name (session 8 audit); a level is needed (人大代表们 is no title).
    Found from the two words (few), not by the title grammar's scan of every level."""
    text, r = doc.text, doc.r
    for word in _DEPUTIES:
        i = text.find(word)
        while i >= 0:
            lv = next((x for x in _DEPUTY_LEVELS if text.endswith(x, 0, i)), "")
            s, q = i - len(lv), i + len(word)
            if lv and text.endswith("原", 0, s):
                s -= 1  # 原全国人大代表某某: a former deputy, as 原 before a post (session 12)
            chain = [(s, q)]
            while lv and text[q : q + 1] == "、":
                t = _title_at(doc, q + 1)
                if t is None:
                    break
                chain.append((q + 1, t.end()))
                q = t.end()
            ne = name_after(text, q, r) if lv and s not in doc.titles else 0
            if ne and not (ne - q == 2 and text[q:ne] in function_words()):
                for ts, te in chain:
                    doc.add_title(ts, te, 0.85, "title.chain")
                doc.add_person(q, ne, 0.85, "person.after_title")
                doc.holds.extend((q, ts, "relation.holds.adjacent") for ts, _ in chain)
            elif (
                lv
                and s > 2
                and (cm := _DEPUTY_COUNT.search(text, max(0, s - 6), s))
                and (len(chain) == 1)
            ):
                # 甲、乙、丙等省人大代表参加会议: the names listed before 等 are the deputies
                # (session 9 audit); two names at least, each a name and no word
                # (甲和乙、丙等3位全国人大代表: a count between, and a name found before 和 is
                # one of them; session 13 audit)
                names = _names_before(doc, cm.start(), joined=True)
                if len(names) >= 2:
                    doc.add_title(s, q, 0.8, "title.chain")
                    for ns, ne2 in names:
                        doc.add_person(ns, ne2, 0.8, "person.leaders_list")
                        doc.holds.append((ns, s, "relation.holds.leaders"))
            i = text.find(word, i + len(word))


_DEPUTY_COUNT = re.compile(
    # (甲、乙…6名县政协委员: the count alone after the last name; session 13 audit)
    r"(?:等(?:[0-9一二三四五六七八九十]{1,3}[位名])?|(?<=[\u4e00-\u9fff])[0-9一二三四五六七八九十]{1,3}名)$"
)


def _names_before(doc: Doc, e: int, joined: bool = False) -> list[tuple[int, int]]:
    """The names at 、 that end at e, read back to the one that opens a clause (found ones kept
    as found); empty when the list does not open a clause or an item holds no name. `joined`:
    a name another rule found right before 和/与/及 opening the list is one more item."""
    text, r = doc.text, doc.r
    found_ends = {pe: ps for ps, pe in doc.persons.items()}
    fw = function_words()
    names: list[tuple[int, int]] = []
    while True:
        ns = found_ends.get(e, -1)
        if ns < 0:
            ns = name_before(text, e, r)
        if ns < 0 or not _valid_name(text[ns:e], r.g) or text[ns:e] in fw:
            return []
        names.insert(0, (ns, e))
        if ns > 1 and text[ns - 1] == "、":
            e = ns - 1
            continue
        if (
            joined
            and ns > 1
            and text[ns - 1] in "和与及"
            and (ps := found_ends.get(ns - 1, -1)) >= 0
        ):
            names.insert(0, (ps, ns - 1))
        return names if ns == 0 or text[ns - 1] in _ITEM_OPEN else []


# an election or an appointment names the post the person is given or leaves (session 9 audit):
# 某某当选为省长, 某某担任某某区委委员、常委、书记 (the name before the act), 选举某某为某某市监察
# 委员会主任, 任命甲、乙、丙为市监察委员会副主任, 免去某某某某区委书记、常委职务 (the names after it)
_APPOINT = re.compile(
    "当选为|当选|担任|选举|补选|任命|免去|辞去|(?<=[\u4e00-\u9fff])任(?=[\u4e00-\u9fff])"
)
# (以某某为团长的代表团: 的 closes the post too)
_APPOINT_CLOSERS = frozenset("，。；：\n ,;:的")


def _appointed_titles(
    doc: Doc, q: int, leave: bool, before: tuple[str, ...] = ()
) -> list[tuple[int, int]]:
    """The titles from q, coordinated at 、 (a bare post after the first: 委员、常委、书记), when
    they run to the clause's end (or to 职务, for a post left; or to one of `before`); empty
    otherwise."""
    text, r = doc.text, doc.r
    chain: list[tuple[int, int]] = []
    while q < len(text):
        t = _title_at(doc, q) if not chain else (_title_at(doc, q) or r.bare_post.match(text, q))
        if t is None and text.startswith("中共", q):
            t = _title_at(doc, q + 2)  # 任中共某某市委书记: 中共 belongs to the title
        if t is None:
            return []
        chain.append((q, t.end()))
        q = t.end()
        if text[q : q + 1] != "、":
            break
        q += 1
    if leave:
        return chain if text.startswith("职务", q) else []
    if before:
        return chain if text.startswith(before, q) else []
    # (对某某同志当选市长表示祝贺: a verb of the genre closes the post too; session 9 audit)
    closed = q >= len(text) or text[q] in _APPOINT_CLOSERS
    if closed or doc.r.followers.match(text, q) is not None:
        return chain
    if len(chain) > 1 and name_after(text, q, doc.r):
        # 甲任组长、镇长乙为副组长: the item after 、 is the post of the next name, which the
        # title chains read; the act's posts end at the 、 (session 33)
        return chain[:-1]
    return []


def find_appointments(doc: Doc) -> None:
    """title.appointment / person.appointment / relation.holds.appointment: a post someone is
    elected to, appointed to or removed from, written after the act (session 9 audit)."""
    text, r = doc.text, doc.r
    # where the names the chains read end (甲任组长: 任 after one of them), made at the first 任
    ends: dict[int, int] | None = None
    for m in _APPOINT.finditer(text):
        act = m.group()
        names: list[tuple[int, int]] = []
        chain: list[tuple[int, int]] = []
        if act in ("当选为", "当选", "担任", "辞去", "任"):
            # (某某任中共某某市委书记: 任 as the act only where the name opens a clause;
            # 某某同志辞去某某区长职务: the post left; session 9 audit)
            e = m.start() - 2 if text.endswith("同志", 0, m.start()) else m.start()
            # (县委常委、宣传部长某某任组长: a name the title chains read before the act, after its
            # own posts rather than at a clause's start; session 33)
            if ends is None:
                ends = {pe: ps for ps, pe in doc.persons.items()}
            found = ends.get(e, -1)
            if (
                act == "任"
                and found < 0
                and not any(
                    e - n == 0 or (e - n > 0 and text[e - n - 1] in _ITEM_OPEN) for n in (2, 3, 4)
                )
            ):
                # (责任, 主任, 任务: 任 is the act only after a name of two to four that opens
                # a clause, and every start the lines below may take is one of those three; the
                # name reading, jieba's segmentation among it, is not done where none opens one)
                continue
            ns = found if found >= 0 else name_before(text, e, r)
            if found < 0 and (ns < 0 or not (ns == 0 or text[ns - 1] in _ITEM_OPEN)):
                # a name opening the clause, a compound surname's too (上官某某任…)
                ns = next(
                    (
                        e - n
                        for n in (4, 3, 2)
                        if e - n >= 0
                        and (e - n == 0 or text[e - n - 1] in _ITEM_OPEN)
                        and _valid_name(text[e - n : e], r.g)
                    ),
                    ns,
                )
            if (
                act == "任"
                and found < 0
                and (ns < 0 or not (ns == 0 or text[ns - 1] in _ITEM_OPEN))
            ):
                continue
            if ns >= 0 and (found >= 0 or _valid_name(text[ns:e], r.g)):
                chain = _appointed_titles(doc, m.end(), act == "辞去")
                names = [(ns, e)] if chain else []
        elif act == "免去":
            # 免去某某某某区委书记职务: the name runs into the title, the title says where it ends
            p = m.end()
            for n in (3, 2, 4):
                if _valid_name(text[p : p + n], r.g):
                    chain = _appointed_titles(doc, p + n, True)
                    if chain:
                        names = [(p, p + n)]
                        break
        else:
            p = m.end()
            ne = name_after(text, p, r)
            if not ne:
                continue
            names = [(p, ne), *_name_list(text, ne, r)]
            q = names[-1][1]
            if text.startswith("同志为", q):
                q += 2  # 任命某某同志为… (session 9 audit)
            if text[q : q + 1] != "为":
                continue
            chain = _appointed_titles(doc, q + 1, False)
        if not names and act == "当选为":
            # 当选为自治区党委常委的还有甲、乙（藏族）、丙: the names after the post
            chain = _appointed_titles(doc, m.end(), False, ("的还有", "的有"))
            if chain:
                q = chain[-1][1] + (3 if text.startswith("的还有", chain[-1][1]) else 2)
                ne = name_after(text, q, r)
                names = [(q, ne), *_name_list(text, ne, r)] if ne else []
        if not chain or not names:
            continue
        _add_appointed(doc, names, chain)
        q = chain[-1][1]
        while act in ("选举", "补选", "任命") and text[q : q + 1] == "，":
            # 任命甲、乙为某某副主任，丙、丁为某某委员: the act governs the clauses after it
            ne = name_after(text, q + 1, r)
            if not ne:
                break
            names = [(q + 1, ne), *_name_list(text, ne, r)]
            q = names[-1][1]
            if text[q : q + 1] != "为":
                break
            chain = _appointed_titles(doc, q + 1, False)
            if not chain:
                break
            _add_appointed(doc, names, chain)
            q = chain[-1][1]


# 以某某市委书记某某为团长, 推选某某为代表团团长, 甲、乙为副书记: a name (or a list) before 为 and
# a post running to the clause's end (session 9 audit)
_AS_OPENERS = ("以", "推选", "推举", "选举", "补选", "增补", "任命", "决定")


# 以某某为第一视察分团团长的视察团: the head of a delegation or a group named for the visit, a
# post no list holds (audtitles15)
_DELEGATION_ROLE = re.compile(
    rf"(?:第[一二三四五六七八九十]{{1,3}})?[{CJK}]{{0,8}}?(?:分团|团|组|队)(?:副|常务副)?(?:团长|组长|队长)"
)


def _delegation_role(text: str, q: int) -> list[tuple[int, int]]:
    """The delegation role from q closed by the clause's end or 的 (one span), or none."""
    m = _DELEGATION_ROLE.match(text, q)
    if m is None or not (m.end() >= len(text) or text[m.end()] in _APPOINT_CLOSERS):
        return []
    return [(q, m.end())]


def find_named_as(doc: Doc) -> None:
    """title.appointment / relation.holds.appointment: NAME为TITLE where the name opens a clause
    or an item, follows 以/推选…, or was found by another rule; the title is read first (most 为
    have none after them)."""
    text, r = doc.text, doc.r
    i = text.find("为")
    while i >= 0:
        k = i
        i = text.find("为", i + 1)
        if k < 2:
            continue
        chain = _appointed_titles(doc, k + 1, False) or _delegation_role(text, k + 1)
        if not chain:
            continue
        names: list[tuple[int, int]] = []
        e = k
        found_ends = {pe: ps for ps, pe in doc.persons.items()}
        while True:
            # a name another rule found ends here (主任马飞为…), or one read back from 为
            ns = found_ends.get(e, -1)
            if ns < 0:
                ns = name_before(text, e, r)
            if ns < 0 or not _valid_name(text[ns:e], r.g) or text[ns:e] in function_words():
                break
            names.insert(0, (ns, e))
            if ns > 1 and text[ns - 1] == "、":
                e = ns - 1
                continue
            break
        head_posts: list[tuple[int, int]] = []
        if not names and k > 4 and "以" in text[max(0, k - 14) : k - 3]:
            # (a name right after a post may hold no boundary jieba puts: 以主任某某为…)
            for n in (2, 3):
                head_posts = _head_posts_after_as(doc, k - n)
                if head_posts and _valid_name(text[k - n : k], r.g):
                    names = [(k - n, k)]
                    break
                head_posts = []
        if not names:
            continue
        ns = names[0][0]
        if not (
            ns == 0
            or text[ns - 1] in _ITEM_OPEN
            or text.endswith(_AS_OPENERS, 0, ns)
            or ns in doc.persons
        ):
            # (组成以主任某某为组长的调研组: the head's own post bare between 以 and the name,
            # the body the subject of the clause; the form of dev40 that lost its name)
            head_posts = head_posts or (_head_posts_after_as(doc, ns) if len(names) == 1 else [])
            if not head_posts:
                continue
        # the post after 为 is the names' before it, not a name's after it that a chain read
        # across a comma (推选甲为代表团团长，市长乙…)
        firsts = {ts for ts, _ in chain}
        doc.holds = [h for h in doc.holds if not (h[1] in firsts and h[0] > h[1])]
        _add_appointed(doc, names, chain)
        for ts, te in head_posts:
            doc.add_title(ts, te, 0.8, HEAD_POST)
            doc.holds.append((ns, ts, "relation.holds.adjacent"))


# title.head_post: 以主任某某为组长, 以党组书记、局长某某为组长: the posts a group's head holds,
# bare (no body: the clause's subject is it) and coordinated at 、, between 以 and the name
HEAD_POST = "title.head_post"
_HEAD_POSTS_MAX = 3


def _head_posts_after_as(doc: Doc, ns: int) -> list[tuple[int, int]]:
    """The bare posts right before the name at ns back to 以, or none."""
    text, r = doc.text, doc.r
    posts: list[tuple[int, int]] = []
    e = ns
    while len(posts) < _HEAD_POSTS_MAX:
        # (the longest post first: 常务副主任, not 主任)
        k = next((k for k in range(max(0, e - 8), e - 1) if r.bare_post.fullmatch(text, k, e)), -1)
        if k < 1:
            return []
        posts.insert(0, (k, e))
        if text[k - 1] == "以":
            return posts
        if text[k - 1] != "、":
            return []
        e = k - 1
    return []


def _add_appointed(doc: Doc, names: list[tuple[int, int]], chain: list[tuple[int, int]]) -> None:
    text = doc.text
    fw = function_words()
    if any(b - a == 2 and text[a:b] in fw for a, b in names):
        return
    for ts, te in chain:
        doc.add_title(ts, te, 0.8, "title.appointment")
    for ns, ne in names:
        doc.add_person(ns, ne, 0.8, "person.appointment")
        doc.holds.extend((ns, ts, "relation.holds.appointment") for ts, _ in chain)


# this module's regexes searched with their first characters as the skip set (scan.py): the
# same matches, fewer attempts
speed_up(globals())


# 县爱卫办负责人某某: a named body's head written as 负责人 before the name (people32)
# (某镇党委主要负责人某某: the body's leaders at large, as GUIDELINES' generic 主要负责同志; the
# dev gold leaves it; misc51)
_HEAD_WORD = re.compile("负责人")


def join_body_heads(doc: Doc) -> None:
    """县爱卫办负责人某某, 某某中心负责人某某: a body the ORG rules read (a named body, no generic
    各单位 / 相关部门, which they leave out), then 负责人 and a name right after it, is the
    post of that name: one TITLE of the body and 负责人 (the body no ORG of its own, spans do
    not nest), the name holding it (title.chain, relation.holds.adjacent). Runs after
    orgs.find_orgs; a join, so it always runs."""
    text, r = doc.text, doc.r
    if "负责人" not in text:
        return
    drop: set[int] = set()
    for i, c in enumerate(doc.cands):
        if c.label != "ORG":
            continue
        hm = _HEAD_WORD.match(text, c.end)
        if hm is None or c.start in doc.titles:
            continue
        he = hm.end()
        ne = doc.persons.get(he) or name_after(text, he, r)
        # (温州商会负责人来访。: a verb after the post names nobody; fix48)
        if not ne or text[he:ne] in common_words() or act_not_name(text[he:ne], r):
            continue
        drop.add(i)
        doc.add_title(c.start, he, 0.8, "title.chain")
        # (某某公司负责人甲、乙热情接待: every name of the list heads the body, as after any
        # title; the second was lost, and with it its later mentions: both golds of dev43)
        for ns, ne2 in [(he, ne), *_name_list(text, ne, r)]:
            doc.add_person(ns, ne2, 0.8, "person.after_title")
            doc.holds.append((ns, c.start, "relation.holds.adjacent"))
    if drop:
        doc.cands = [c for i, c in enumerate(doc.cands) if i not in drop]


def join_body_posts(doc: Doc) -> None:
    """某某生化股份有限公司副总裁某某, 某某物流集团党委副书记、总经理某某: a body the ORG rules
    read, then right after it a post that a name holds, is one TITLE of the body and the post
    (GUIDELINES: keep the organisational part that belongs to the post; the golds of dev42 write
    a company's post whole, 集团某公司某总监, and never an ORG right before a TITLE). The body is
    no ORG of its own (spans do not nest); the HOLDS_TITLE pairs follow the title's start. Runs
    after the last ORG rule (orgs.find_companies); a join, so it always runs and adds no rule."""
    if not doc.titles or not doc.holds:
        return
    held = {t for _, t, _ in doc.holds}
    moved: dict[int, int] = {}
    drop: set[int] = set()
    for i, c in enumerate(doc.cands):
        if c.label != "ORG" or c.end not in held or c.start in doc.titles:
            continue
        e = doc.titles.get(c.end)
        if e is None or e - c.start > _JOINED_POST_MAX:
            continue
        # (青禾生化股份有限公司 and its 股份有限公司 both end at the post: the longest is the
        # body, the shorter ones inside it go with it)
        moved[c.end] = min(c.start, moved.get(c.end, c.start))
        drop.add(i)
    if not moved:
        return
    cands = []
    for i, c in enumerate(doc.cands):
        if i in drop:
            continue
        if c.label == "TITLE" and c.start in moved:
            c = Cand(moved[c.start], c.end, "TITLE", c.conf, c.prio, c.rule)
        cands.append(c)
    doc.cands = cands
    doc.move_title_starts(moved)


# (a body's name and its post, as long as the longest the title grammar reads whole)
_JOINED_POST_MAX = 30


def cut_pronoun_levels(doc: Doc) -> None:
    """该镇党委书记某某, 本镇人大主席某某: the level character after 该 / 本 / 我 belongs to the
    pronoun (该镇, this town), not to the post, which is 党委书记 as written (both golds of dev42;
    the title grammar reads 镇党委书记); 我厅副厅长 likewise loses 我厅. Only where what is left opens with a body of the level
    (党委, 人大…): 该县委书记 reads 县委 as the body itself and stays. A cut, so it always runs
    and adds no rule."""
    text = doc.text
    if not doc.titles:
        return
    moved: dict[int, int] = {}
    for s, e in doc.titles.items():
        if (
            s
            and text[s - 1] in _PRONOUNS_BEFORE_LEVEL
            and text[s] in _LEVEL_CHARS
            and text.startswith(_LEVEL_BODIES, s + 1)
        ):
            moved[s] = s + 1
        elif (
            text[s] in _PRONOUNS_BEFORE_LEVEL
            and text[s + 1 : s + 2] in _PRONOUN_UNITS
            and e - s >= 4
            and (text[s + 2] == text[s + 1] or text.startswith(_UNIT_POST_OPENERS, s + 2))
        ):
            # 我厅副厅长某某, 本局局长某某: the unit after the pronoun is the writer's own (this
            # department), no part of the post, which is 副厅长 as written (both golds of dev43)
            moved[s] = s + 2
    if not moved:
        return
    doc.cands = [
        Cand(moved[c.start], c.end, c.label, c.conf, c.prio, c.rule)
        if c.label == "TITLE" and c.start in moved
        else c
        for c in doc.cands
    ]
    doc.move_title_starts(moved)


_PRONOUNS_BEFORE_LEVEL = frozenset("该本我")
_LEVEL_CHARS = frozenset("镇乡县市区旗")
# the bodies of a level written after it (镇党委, 乡人大, 县政协): 县委 / 市委 are the level's own
# committee, one word with it
_LEVEL_BODIES = ("党委", "党工委", "人大", "政协", "政府", "纪委")
# a unit named by its kind after 我 / 本 / 该 (我厅, 本局), and how its own posts open (副厅长,
# 党组书记) where they do not repeat the unit (厅长)
_PRONOUN_UNITS = frozenset("厅局委办院校所站部室处科")
_UNIT_POST_OPENERS = ("副", "常务副", "党组", "党委", "纪检")
