"""PERSON rules: where a name starts and ends (surname + one or two characters, closed by
punctuation or a verb of the genre, jieba as a tie-breaker), names in speaker frames, before 同志,
every further mention of a name found, and bylines that are no PERSON. Names after titles are
found with their titles (titles.py)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Generic, TypeVar

from civannot.preannotate.common import (
    _BAD_NAME_CHARS,
    _PUNCT_BOUNDARY,
    Cand,
    Doc,
    _first,
    _is_cjk,
    _Rules,
    all_cjk,
    per_gazetteers,
)
from civannot.preannotate.frames import FRAME_ADVERB, REQUEST_TAIL, REQUEST_WORDS
from civannot.preannotate.gazetteers import (
    CJK,
    PROVINCE_INITIALS_VISITED,
    Gazetteers,
    _lines,
    alternation,
    common_words,
    function_words,
    jieba_tokenizer,
    rule_words,
    verb_words,
)
from civannot.preannotate.lexicon import Lexicon
from civannot.preannotate.scan import find_words, guarded, may_consume, speed_up

_A = TypeVar("_A")


def _surname_len(s: str, g: Gazetteers) -> int:
    if s[:2] in g.compound_surnames:
        return 2
    if s[:1] in g.surnames:
        return 1
    return 0


class _OwnedAnswers(Generic[_A]):
    """Answers by string, kept for one owner (the Gazetteers or the tokenizer they were read
    with: a test that builds another starts afresh) and bounded."""

    __slots__ = ("owner", "answers", "limit")

    def __init__(self, limit: int) -> None:
        self.owner: object = None
        self.answers: dict[str, _A] = {}
        self.limit = limit

    def of(self, owner: object) -> dict[str, _A]:
        if self.owner is not owner:
            self.answers.clear()
            self.owner = owner
        elif len(self.answers) >= self.limit:
            self.answers.clear()
        return self.answers


# _valid_name's answers by string, for one Gazetteers (~34 asks a bench article, a third of them
# again within the text, and the names and words come back in the next; bounded)
_VALID: _OwnedAnswers[bool] = _OwnedAnswers(65536)


def _valid_name(s: str, g: Gazetteers) -> bool:
    # (the owner's memo read without a call where it is g's: ~10,000 asks on 300 bench articles)
    got = _VALID.answers.get(s) if _VALID.owner is g else None
    if got is None:
        got = _VALID.of(g)[s] = _valid_read(s, g)
    return got


def _valid_read(s: str, g: Gazetteers) -> bool:
    # (the set lookups first and the regex of all_cjk after them: every test is pure, so their
    # order changes no answer; session 35, speed35t)
    if s[:2] in g.compound_surnames:
        given = s[2:]
    elif s[:1] in g.surnames:
        given = s[1:]
    else:
        return False
    if (
        not 1 <= len(given) <= 2
        # 王书记, 张主任: a surname and a post are a way of address, not a name
        or given in _POSTS_AS_GIVEN
        # 由区委书记、区长任组长: a name never opens with a whole post (区 is a surname; persons23)
        or s[:2] in _POSTS_AS_GIVEN
        # 代表们一行: 们 makes a plural of people, never a given name (代 is a surname; session 13)
        # (村支书代表，: a word for a group's members or delegates is no name; persons19)
        # (街道街长和各部门负责人: 各 / 每 pick out members of a set, never a given name; persons23)
        or s in _MEMBER_WORDS
        # 区政协赴某镇调研: a level's body after the level, no name (区 is a surname; f48 gold,
        # orgs49a)
        or given in _BODIES_AS_GIVEN
        or not _NOT_GIVEN_CHARS.isdisjoint(given)
        or not all_cjk(s)
    ):
        return False
    # 总书记殷殷嘱托, 书记常常深入: a reduplicated adverb of the dictionary is no name (orgs25)
    return not (len(s) == 2 and s[0] == s[1] and jieba_tokenizer().FREQ.get(s))


# (时政微周刊丨总书记: 丨 is a CJK character that pages use as a separator mark, never part of a
# name; titles46)
_NEVER_GIVEN = frozenset("们各每丨")
# (what no given name holds, in one set: _valid_name's test)
_NOT_GIVEN_CHARS = frozenset(_BAD_NAME_CHARS) | _NEVER_GIVEN


# a level's bodies by their two-character short forms: after a level that is a surname too (区),
# a body, never a given name (区政协, 区人大, 区政府)
_BODIES_AS_GIVEN = frozenset("政协 人大 政府 纪委 监委 党委 法院".split())


# words for the members of a group that read as a surname and a given name
_MEMBER_WORDS = frozenset("代表 党员 干部 成员 班子 师生 全体 全员".split())


_POSTS_AS_GIVEN = frozenset(
    "书记 主任 市长 县长 区长 镇长 乡长 部长 局长 主席 组长 师长 团长 政委 校长 院长 所长 队长 "
    "省长 州长 旗长 盟长 处长 科长 厅长 会长 行长 社长 站长 总 老 工 委员 领导".split()
)


# a one-character given name that _valid_name refuses as a way of address (张工), read where a
# post vouches for the name (name_after) and a verb of the genre follows it
_GIVEN_AFTER_POST = frozenset("工")


# 市委常委某某来某某县调研督导: a leader coming to a place to inspect it, 来 + the place + the
# visit (来我县 and 来到 are followers of their own; people32)
# (原国务委员某某来某某省出席…交流周: coming to attend an event there; attrib46)
_COMES_TO_VISIT = re.compile(
    r"来[\u4e00-\u9fff]{1,8}?(?:调研|督导|检查|视察|考察|指导|督查|慰问|走访|宣讲|出席|参加)"
)


def _boundary_after(text: str, pos: int, r: _Rules) -> bool:
    if pos >= len(text):
        return True
    ch = text[pos]
    if ch in _PUNCT_BOUNDARY or not _is_cjk(ch):
        return True
    if ch == "来" and _COMES_TO_VISIT.match(text, pos) is not None:
        return True
    firsts = _follower_firsts(r.g)
    if firsts is not None and ch not in firsts:
        # no follower opens with ch, so r.followers (their alternation) cannot match here: the
        # regex tries its ~180 first characters one by one before it fails, a set answers at
        # once (name_after asks at every name it reads, most after a given name's character)
        return False
    return r.followers.match(text, pos) is not None


def _follower_firsts(g: Gazetteers) -> frozenset[str] | None:
    """The characters a name follower (r.followers, alternation(g.name_followers)) opens with;
    None where one is empty (the alternation then matches anywhere)."""
    got: frozenset[str] | None = per_gazetteers(
        g, "follower_firsts", _first_chars, g.name_followers
    )
    return got


def _first_chars(words: Iterable[str]) -> frozenset[str] | None:
    """The first characters of the words; None where one is empty."""
    words = tuple(words)
    return None if "" in words else frozenset(w[0] for w in words)


# 热娜·阿不都, 阿不都热依木·买买提: transliterated names written with a middle dot, or with the
# full-width dot of a traditional copy (買買提．艾力) or a dot a site folded to ASCII, which the
# normaliser leaves in a name (买买提.艾力; trad19), or a hyphen some sites write for the dot
# (努尔兰－阿不都满金, 努尔兰-阿不都满金; persons20)
_NAME_DOTS = "·•・‧．.－-"
# (the last three only between two Chinese characters: a decimal's, an address's or a range's)
_LOOSE_DOTS = ".－-"
_DOTTED = re.compile(r"[\u3400-\u9fff]{1,7}(?:[·•・‧．.－\-][\u3400-\u9fff]{1,7}){1,3}")
_SPLIT_DOTS = re.compile(r"[·•・‧．.－\-]")
_HYPHENS = "－-"


def _has_name_dot(text: str) -> bool:
    """A dot a name may hold: a middle dot, or a `.` or a hyphen between two Chinese characters
    (a decimal's, an address's or a range's is no reason to look for names)."""
    if any(c in text for c in _NAME_DOTS if c not in _LOOSE_DOTS):
        return True
    for dot in _LOOSE_DOTS:
        i = text.find(dot)
        while i >= 0:
            if 0 < i < len(text) - 1 and _is_cjk(text[i - 1]) and _is_cjk(text[i + 1]):
                return True
            i = text.find(dot, i + 1)
    return False


def _dotted_name_end(text: str, pos: int, r: _Rules) -> int:
    """End of a name with a middle dot starting at pos (0 if none): the last part is cut where
    punctuation or a verb of the genre follows it (热娜·阿不都出席会议)."""
    m = _DOTTED.match(text, pos)
    if m is None:
        return 0
    dot = max(m.group().rfind(c) for c in _NAME_DOTS)
    last = pos + dot + 1
    if text[last - 1] in _HYPHENS and not (
        _minority_part().match(text, pos) or _minority_part().match(text, last)
    ):
        # (青禾导报-柳塘新闻网: a hyphen joins a name's parts only where one is a listed part)
        return 0
    # 热依拉·买买提出席: a listed part that ends the name where a boundary follows wins over a
    # follower read inside the part (提出); so do listed parts after one another, or after one
    # or two characters no list holds, up to six (策·奥云巴特尔发表讲话, a Mongolian name's last
    # part of five; persons20)
    part = _minority_part()
    for lead in (0, 1, 2):
        q, best = last + lead, 0
        while (pm := part.match(text, q)) is not None and pm.end() <= m.end():
            q = pm.end()
            if q - last > 6:
                break
            if _boundary_after(text, q, r):
                best = q
        if best:
            return best
    first = 0
    for end in range(last + 1, m.end() + 1):
        if first and end - last > 4:
            # 艾力·排都拉与市委副书记: past a follower, no part runs on beyond four characters to
            # a later one (与市委副 + 书记; orgs25)
            break
        if end - last >= 2 and (pm2 := r.bare_post.match(text, end)) is not None:
            # 艾则孜·木沙专员一行: a post written after the name ends it (session 9 audit)
            if _boundary_after(text, pm2.end(), r):
                return end
        if _boundary_after(text, end, r):
            if end == len(text) or not _is_cjk(text[end]) or text[end] in _PUNCT_BOUNDARY:
                return end
            # 买买提明·艾则孜主持: 则 is a follower of one character, but the name goes on to a
            # verb of two; a transliterated part is seldom longer than four characters
            if not first:
                first = end
            fm = r.followers.match(text, end)
            if fm is not None and fm.end() - end >= 2:
                return end
            if end - last >= 4:
                break
    return first


@lru_cache(maxsize=1)
def _minority_part() -> re.Pattern[str]:
    """One part of a transliterated name (resources/gazetteers/minority_name_parts.txt), the
    longest first."""
    parts = sorted(set(_lines("minority_name_parts.txt")), key=len, reverse=True)
    return re.compile(alternation(parts))


@lru_cache(maxsize=1)
def _minority_firsts() -> frozenset[str] | None:
    """The characters a listed part opens with (None: a part is empty, any position may match)."""
    parts = set(_lines("minority_name_parts.txt"))
    return None if "" in parts else frozenset(w[0] for w in parts)


def _part_at(text: str, p: int) -> re.Match[str] | None:
    """_minority_part().match(text, p), tried only where a listed part opens with text[p]: name_after
    asks at every name it reads, and a failed try of the alternation's hundreds of first
    characters costs ~1 us, a set lookup ~0.05 (session 35, speed35t)."""
    firsts = _minority_firsts()
    if firsts is not None and text[p : p + 1] not in firsts:
        return None
    return _minority_part().match(text, p)


# the one character that closes many Amdo Tibetan names (扎西草, 拉毛措; persons19)
_AMDO_ENDS = frozenset("草措")


def _minority_name_end(text: str, pos: int, r: _Rules) -> int:
    """End of a transliterated name written without a middle dot (达瓦次仁, 努尔艾力) starting
    at pos, or 0: two parts at least (or one of three characters), the longest reading that
    ends where punctuation or a verb of the genre follows."""
    firsts = _minority_firsts()
    if (
        firsts is not None
        and text[pos : pos + 1] not in firsts
        and text[pos + 2 : pos + 3] not in firsts
    ):
        # no listed part at pos nor at pos + 2 (_half_listed_name_end's): nothing below reads
        # a name (name_after asks here first at every name; session 35, speed35t)
        return 0
    ends: list[int] = []
    p = pos
    while len(ends) < 4:
        m = _part_at(text, p)
        if m is None:
            break
        p = m.end()
        ends.append(p)
    if ends and text[p : p + 1] in _AMDO_ENDS:
        # 扎西草, 才让措: an Amdo Tibetan woman's name closed by one character after a part
        ends.append(p + 1)
    for i in range(len(ends) - 1, -1, -1):
        e = ends[i]
        if _then_speaks(text, e, r):
            e -= 1
        if (i >= 1 or e - pos >= 3) and _boundary_after(text, e, r):
            return e
    half = _half_listed_name_end(text, pos, ends[0] if ends else 0, r)
    if half:
        return half
    # 尼玛出席, 、达娃、: one listed part of two alone, a leader's act or a mark after it, no
    # word of the dictionary (persons20)
    if (
        ends == [pos + 2]
        and _LEADER_ACTS.match(text, pos + 2) is not None
        and _unlisted_half(text, pos, pos + 2, r)
    ):
        return pos + 2
    return 0


def _transliterated(text: str, s: int, e: int, r: _Rules) -> bool:
    """Whether text[s:e], no name of a surname and a given name, is a transliterated name of
    two listed parts or more (扎西次仁, 白玛次旦), no word of the dictionary nor a place."""
    name = text[s:e]
    return (
        not _valid_name(name, r.g)
        and _minority_name_end(text, s, r) == e
        # (jieba's dictionary holds some names of four, 阿依古丽: only three are asked)
        and not (len(name) == 3 and jieba_tokenizer().FREQ.get(name))
        and not _place_name(name, r)
    )


def _unlisted_half(text: str, a: int, b: int, r: _Rules) -> bool:
    """May text[a:b] be the part of a transliterated name that no list holds: Chinese
    characters no verb of the genre opens, no word of the dictionary nor a place's end."""
    half = text[a:b]
    return (
        len(half) == b - a
        and all(_is_cjk(c) and c not in _BAD_NAME_CHARS and c not in _PUNCT_BOUNDARY for c in half)
        and half[-1] not in _PLACE_ENDS
        and half[-1] not in "们家"
        and r.followers.match(text, a) is None
        and half not in function_words()
        and half not in common_words()
        and (len(half) == 1 or jieba_tokenizer().FREQ.get(half, 0) < _WORD_FREQ)
    )


def _place_name(s: str, r: _Rules) -> bool:
    return s in r.g.gpe_names or s in r.g.admin_stems


def _half_listed_name_end(text: str, pos: int, first: int, r: _Rules) -> int:
    """End of a Tibetan, Yi or Mongolian name of three or four characters one half of which is a
    listed part of two (索南代, 多杰才旦, 吉克伍沙; 拉毛才让, 贡保扎西), or a listed part of three
    and one character (其其格玛), the other part no word, closed by a boundary, or 0 (persons20:
    such names after a post read nothing, and the post was lost)."""
    if first - pos in (2, 3):
        # (其其格玛: a listed part of three and one character)
        for e in (first + 2, first + 1) if first == pos + 2 else (first + 1,):
            if _unlisted_half(text, first, e, r) and _boundary_after(text, e, r):
                if not _place_name(text[pos:e], r):
                    return e
        return 0
    pm = _part_at(text, pos + 2)
    if (
        pm is not None
        and pm.end() == pos + 4
        and _unlisted_half(text, pos, pos + 2, r)
        and _boundary_after(text, pos + 4, r)
        and not _place_name(text[pos : pos + 4], r)
        # 市长王志海来到…: a surname's name of three closed by a verb of the genre (来到) reads
        # before a listed part (海来) that would run into the verb
        and not _han_name_closes(text, pos, r)
    ):
        return pos + 3 if _then_speaks(text, pos + 4, r) else pos + 4
    return 0


def _han_name_closes(text: str, pos: int, r: _Rules) -> bool:
    """Is text[pos:pos + 3] a surname and a given name of two, closed by a boundary?"""
    return (
        _surname_len(text[pos : pos + 2], r.g) == 1
        and _valid_name(text[pos : pos + 3], r.g)
        and _boundary_after(text, pos + 3, r)
    )


def _then_speaks(text: str, e: int, r: _Rules) -> bool:
    """自治区主席某某拉则强调: a name read to end in 则 ("for his part") right before a verb of
    speaking; 则 joins the sentence to the one before, it is no part (拉则) of the name (both golds
    of dev43)."""
    return text[e - 1 : e] == "则" and r.speech.match(text, e) is not None


# 总书记来川视察, 市长到桐溪调研: 来 / 到 (both surnames) is the verb of coming when a place follows
# it and a verb of visiting the place (session 38: the name before the post was lost to 来川)
_VISITING = re.compile("考察|调研|视察|检查|指导|督导|慰问|走访")
_PROVINCE_ONE = frozenset(PROVINCE_INITIALS_VISITED)


def _coming_to_visit(text: str, pos: int, g: Gazetteers) -> bool:
    """Does text[pos] (来 or 到) come to a place the next one or two characters name, visited
    right after (a province by its one character, or a province or city the gazetteer holds)?"""
    for n in (1, 2):
        place = text[pos + 1 : pos + 1 + n]
        if _VISITING.match(text, pos + 1 + n) and (
            place in _PROVINCE_ONE if n == 1 else place in g.gpe_names
        ):
            return True
    return False


def name_after(text: str, pos: int, r: _Rules, known: set[str] | None = None) -> int:
    """End of a person's name starting at pos (0 when there is none): surname + 1-2 characters,
    ending where punctuation or a verb of the genre follows."""
    g = r.g
    dotted = _dotted_name_end(text, pos, r)
    if dotted:
        return dotted
    minority = _minority_name_end(text, pos, r)
    if minority:
        return minority
    sl = _surname_len(text[pos : pos + 2], g)
    if not sl:
        return _lost_surname_name_end(text, pos, r)
    if text[pos] in "来到" and _coming_to_visit(text, pos, g):
        return 0
    if sl == 1 and text[pos + 1 : pos + 2] in (" ", "\u3000"):
        # 王　军: a two-character name padded to the width of three in a list of attendees
        q = pos + 1
        while q < len(text) and q - pos <= 2 and text[q] in " \u3000":
            q += 1
        one = text[q : q + 1]
        if (
            one
            and _is_cjk(one)
            and one not in _BAD_NAME_CHARS
            and one not in _PUNCT_BOUNDARY
            and _boundary_after(text, q + 1, r)
        ):
            return q + 1
    if known:
        for n in (4, 3, 2):
            if text[pos : pos + n] in known and _boundary_after(text, pos + n, r):
                return pos + n
    ok = []
    for given in (2, 1):
        end = pos + sl + given
        cand = text[pos:end]
        if given == 2 and cand[0] in _VERB_SURNAMES and _is_word(cand[1:]):
            # 常委会委员和全国、省人大代表: 和 joins a word here, it opens no name (session 11);
            # 委员有担当，: 有 says what one has, before a word (persons20)
            continue
        if given == 1 and text[end : end + 1] == "\ufffd":
            # 柯远\ufffd，: a lost character after two is the name's third (_damaged_name_end)
            continue
        if (
            end <= len(text)
            and _valid_name(cand, g)
            and _boundary_after(text, end, r)
            # 总书记信访工作重要批示: a word of the dictionary (信访工作) runs on past the third
            # character; the three open a word, no name (attrib46)
            # (asked last, of a name the tests before would keep: a new name's four characters
            # are a query of the prepared dictionary each time; speed46)
            and not (given == 2 and _dictionary_word(text[pos : end + 1]))
        ):
            ok.append(end)
    if (
        text[pos + sl + 1 : pos + sl + 2] == "为"
        and text[pos + sl + 2 : pos + sl + 3] in _MARKS_AFTER_WEI
        and _valid_name(text[pos : pos + sl + 1], g)
        and not _is_word(text[pos + sl : pos + sl + 2])
        and not jieba_tokenizer().FREQ.get(text[pos + sl : pos + sl + 2])
    ):
        # 区长某祥为，: 为 before a mark has no object, it is no preposition or verb here but the
        # given name's last character (titles27; 作为，/ 认为， are words and stay out)
        return pos + sl + 2
    if not ok:
        return _function_first_name_end(text, pos, sl, r) or _damaged_name_end(text, pos, sl, r)
    if (
        len(ok) == 1
        and ok[0] == pos + sl + 2
        and text[pos + sl] in _GIVEN_AFTER_POST
        and r.followers.match(text, ok[0] - 1)
    ):
        # 市长李工来到…: after a post, 李工 is the name (no engineer's address), and 来到 follows
        return ok[0] - 1
    if len(ok) == 1:
        end2 = ok[0]
        # 张志和出席, 巴图孟和主持 (a Mongolian name of four characters): 和 closes a given
        # name when a leader's act or punctuation follows it
        if (
            end2 - pos in (sl + 1, sl + 2)
            and text[end2 : end2 + 1] == "和"
            and _closes_given_he(text, end2 + 1)
            and not _surname_len(text[end2 + 1 : end2 + 3], g)
        ):
            return end2 + 1
        return ok[0]
    # 杨晓和说, 张志和作为代表, 王永和与…: both lengths fit, but 和 joins nothing when a verb, a
    # mark or another conjunction comes next (a conjunction wants a noun after it): it closes
    # the given name, as where only the longer name fits above (persons23)
    if (
        text[ok[0] - 1] == "和"
        and _closes_given_he(text, ok[0])
        and not _surname_len(text[ok[0] : ok[0] + 2], g)
    ):
        return ok[0]
    # both lengths fit (张洁在…): a function character as the third one is the verb, not the name
    if text[ok[0] - 1] in "在对作和与及就为向到等兼任说":
        return ok[1]
    # otherwise let jieba decide: does it keep the three characters together?
    words = _cut(text[pos : min(len(text), pos + 8)])
    acc = 0
    for w in words:
        acc += len(w)
        if pos + acc == ok[1]:
            return ok[1]
        if pos + acc >= ok[0]:
            break
    return ok[0]


# jieba's cut (HMM on) of the snippets name_after and name_before let it decide, by snippet: the
# same phrases come back (…部门负责同志 in every report; 60 % of the asks over the wide real
# pages repeat one) and a cut costs ~50 us (the dictionary's lazy lookups, the HMM). Kept for
# one tokenizer (a test that clears it starts afresh) and bounded (session 35, speed35t).
_CUTS: _OwnedAnswers[tuple[str, ...]] = _OwnedAnswers(4096)


def _cut(snippet: str) -> tuple[str, ...]:
    """jieba_tokenizer().lcut(snippet, HMM=True), as a tuple."""
    tok = jieba_tokenizer()
    answers = _CUTS.of(tok)
    words = answers.get(snippet)
    if words is None:
        words = answers[snippet] = tuple(tok.lcut(snippet, HMM=True))
    return words


# the marks after which 为 closes a given name (某祥为，): a preposition or a verb wants words after it
_MARKS_AFTER_WEI = frozenset("，、。；,;")

# surnames that are also conjunctions: before a word of the dictionary they join it to what came
# before (…委员和全国、省…), they open no name
_CONJUNCTION_SURNAMES = frozenset("和与及")
# … and surnames that are also verbs (有担当, 有力量)
_VERB_SURNAMES = _CONJUNCTION_SURNAMES | frozenset("有")


def _is_word(s: str) -> bool:
    return s in common_words() or s in function_words()


# 负责人来访时表示, 县长调研后指出: what closes a clause of time or aspect after a verb (时, 后, 前,
# 期间, 了, 过); a given name seldom ends so after a surname and a given character that make a verb
_ACT_TIME_ENDS = frozenset("时后前间了过")


def act_not_name(name: str, r: _Rules) -> bool:
    """Is the two characters read as a name after a post an act instead (负责人来访。, 县委书记到访,
    负责人陪同, 负责人汇报): a verb of jieba's dictionary (来访, 到访, 陪同: tagged v; not any
    function word: an adverb or adjective may be a given name, 高远 d) or a word the
    name-follower list holds (汇报: tagged nz). Even before punctuation, where a name that is a
    word still reads (高峰。; fix48). Three characters too, where such a verb is closed by a
    word of time or aspect (负责人来访时表示, 县长调研后指出: the clause of when he spoke, no name;
    session 47, misc49)."""
    if len(name) == 3 and name[2] in _ACT_TIME_ENDS:
        name = name[:2]
    return len(name) == 2 and (name in verb_words() or name in r.g.name_followers)


def _dictionary_word(w: str) -> bool:
    """Whether jieba's dictionary holds `w` as a word: FREQ.get(w) (a frequency, not a prefix's
    0), asked only where FREQ holds each of w's shorter prefixes of two characters or more.
    Every word's prefixes are keys of FREQ (jieba's gen_pfdict and add_word put them there),
    so where one is not, `w` is no word: the same answer. name_after asks it of a name of three
    and the character after it (总书记信访工作: 信访工作), a string met once (a new name) that
    the prepared dictionary's memo lacks, an SQLite query each time (~6 us; 8 an article on the
    bench, 2 % of the rules); the prefixes are asked again and again (王建, 李明) or found
    absent in the memo (speed46)."""
    freq = jieba_tokenizer().FREQ
    for n in range(2, len(w)):
        if w[:n] not in freq:
            return False
    return bool(freq.get(w))


# 谢和远, 钱为斌, 王在安: 和 / 为 / 在 open a two-character given name often enough; read only where a name
# is expected (after a post, in name_after) and a boundary or a verb of the genre closes it
# (镇长吴又辉指出: 又 too, the adverb "again" elsewhere; attrib50, wide45)
_FUNCTION_FIRST = frozenset("和为在又")
# what after 又 is the verb it qualifies, no given name's second character (县长王又说， /
# 又到 / 又来到 / 又一次 / 又要求 / 又提出 / 又强调 / 又指出)
_AFTER_YOU_VERBS = frozenset("说讲谈到来去要有把被一称如指强提作做对")


def _function_first_name_end(text: str, pos: int, sl: int, r: _Rules) -> int:
    end = pos + sl + 2
    given = text[pos + sl : end]
    if (
        len(given) == 2
        and given[0] in _FUNCTION_FIRST
        and _is_cjk(given[1])
        and given[1] not in _BAD_NAME_CHARS
        and not (given[0] == "又" and given[1] in _AFTER_YOU_VERBS)
        and given not in _POSTS_AS_GIVEN
        and _boundary_after(text, end, r)
    ):
        return end
    return 0


def _damaged_name_end(text: str, pos: int, sl: int, r: _Rules) -> int:
    """蔡\ufffd阳: a given name of two whose one character transmission damage replaced
    (GUIDELINES: annotate what is written), read only where a name is expected and a boundary
    or a verb of the genre closes it; 0 otherwise."""
    if text[pos + sl : pos + sl + 2] == "\ufffd\ufffd" and _boundary_after(text, pos + sl + 2, r):
        # 李\ufffd\ufffd来…: a given name of two, both lost (a site's mask 李**; misc51)
        return pos + sl + 2
    if text[pos + sl : pos + sl + 1] == "\ufffd" and _boundary_after(text, pos + sl + 1, r):
        # 戴\ufffd，: a given name of one, lost (session 11 audit)
        return pos + sl + 1
    end = pos + sl + 2
    given = text[pos + sl : end]
    if (
        len(given) == 2
        and given.count("\ufffd") == 1
        and all(c == "\ufffd" or (_is_cjk(c) and c not in _BAD_NAME_CHARS) for c in given)
        and _boundary_after(text, end, r)
    ):
        return end
    return 0


def _lost_surname_name_end(text: str, pos: int, r: _Rules) -> int:
    """\ufffd远山: a name whose surname transmission damage replaced, read only where a name is
    expected and a boundary or a verb of the genre closes it (session 11 audit); 0 otherwise."""
    if text[pos : pos + 1] != "\ufffd":
        return 0

    def ok(given: int) -> bool:
        part = text[pos + 1 : pos + 1 + given]
        return (
            len(part) == given
            and all(_is_cjk(c) and c not in _BAD_NAME_CHARS for c in part)
            and part not in _POSTS_AS_GIVEN
        )

    two, one = pos + 3, pos + 2
    # a given name of two closed by punctuation first; then one closed by a verb of the genre (\ufffd青陪同:
    # not \ufffd青陪); then two closed by such a verb
    if ok(2) and (two >= len(text) or text[two] in _PUNCT_BOUNDARY):
        return two
    if ok(1) and _boundary_after(text, one, r):
        return one
    if ok(2) and _boundary_after(text, two, r):
        return two
    return 0


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
    for w in _cut(text[lo:end]):
        if acc == best:
            return best
        acc += len(w)
    return -1


# 习近平新时代中国特色社会主义思想, 习近平生态文明思想: a name opening the name of a doctrine is
# inside that longer name (GUIDELINES: no nesting; the doctrine itself is no entity). Both blind
# annotators of session 10's real pages leave it untagged.
_DOCTRINE_AFTER = re.compile(r"(?:新时代中国特色社会主义|生态文明|法治|文化|外交|强军|经济)思想")


# the last text _excluded_person read and its answers by (start, end): find_repeats, drop_bylines,
# find_list_neighbours and the bare lists ask again for the same names (45 % of the calls on
# bench articles and real pages; the reference to the text keeps its id from being reused)
_excluded_last: tuple[str, dict[tuple[int, int], bool]] = ("", {})


def _excluded_person(text: str, s: int, e: int) -> bool:
    """Reporters and photographers in bylines are not PERSON; nor a name inside a doctrine's."""
    global _excluded_last
    last = _excluded_last
    if last[0] is not text:
        last = _excluded_last = (text, {})
    got = last[1].get((s, e))
    if got is None:
        got = last[1][(s, e)] = _excluded_read(text, s, e)
    return got


def _excluded_read(text: str, s: int, e: int) -> bool:
    if _DOCTRINE_AFTER.match(text, e):
        return True
    # (毛泽东思想, 邓小平理论: the doctrines named after one leader alone, the name read elsewhere
    # on the page and repeated here)
    if text.startswith(("思想", "理论"), e) and (m := _DOCTRINE_NAME.match(text, s)) is not None:
        return m.end() == e
    after = text[e : e + 2]
    if after[:1] == "/" or after in ("摄影", "报道") or after[:1] == "摄":
        return True
    before = text[max(0, s - 4) : s]
    # (县日报社总编辑某某出席: the head of a newspaper is a post, no byline's editor; persons22)
    if before.endswith(
        ("记者", "通讯员", "摄影", "编辑", "责编", "审核", "校对", "作者", "作者：", "作者:")
    ) and not before.endswith("总编辑"):
        return True
    # 编辑：甲某、乙某 / 审核：甲某: the staff a credit line names after its colon, one or a list
    # (session 34, people37)
    # (the line's colon looked for first: a name after 、 in a list of leaders has none near)
    lo = max(0, s - 24)
    return (
        s > 3
        and text[s - 1] in _CREDIT_LIST_MARKS
        and (text.find("：", lo, s) >= 0 or text.find(":", lo, s) >= 0)
        and _CREDIT_LIST_BEFORE.search(text, lo, s) is not None
    )


# a credit line's role, its colon, and the names listed before the one asked about
_CREDIT_LIST_MARKS = frozenset("：:、 \u3000")
_CREDIT_LIST_BEFORE = re.compile(
    r"(?:(?<!总)编辑|责编|审核|校对|作者|记者|通讯员|摄影|初审|复审|终审|审校)[：:][ \u3000]*"
    r"(?:[\u4e00-\u9fff]{2,4}[、 \u3000]+)*$"
)


# what leaders named in a list go on to do (市领导A出席…): a lone name needs one of these
_LEADER_ACTS = re.compile(
    "出席|参加|陪同|调研|带队|率队|一行|检查|督导|主持|讲话|等|分别|先后|深入|来到|前往|听取|看望"
    "|慰问|到会|一同|同志|强调|指出|要求|表示|列席|[，。；、,;]"
    # (在县领导某某的陪同下: the leader escorting or leading, named before 的; names38)
    "|的(?:陪同|带领|率领)"
)


# what may follow a given name closed by 和 (杨晓和说): a leader's act, a mark, a verb of speech or
# a conjunction; none of them opens the noun a conjunction 和 would join (not 代表们, 同志们, 在座)
_AFTER_GIVEN_HE = re.compile(
    rf"(?:{_LEADER_ACTS.pattern}|说|作为|与(?!会)|及(?!时)|载誉|向|对|就|为|将|也|还|又|认为|介绍|告诉"
    r"|带领|率领|亲自|一起|共同|在)(?![们座])"
)
# 汪宜和主任结合…提出要求， / 李德和书记指出，: a post right after the 和, then what the holder
# does, not another name (县长王明和主任李强: 和 joins two people there, a name after the post):
# the post is the name's own (某某主任, the way of address), so 和 closed the given name before it
# (attrib50: f48 gold, a speaker's name read 汪宜 or not at all). The posts one writes after a
# name (directives._POST_AFTER_NAME's commonest), then an act of _AFTER_GIVEN_HE or the lead of a
# speech (结合… / 围绕… / 就… / 提出…)
_POST_AFTER_GIVEN_HE = re.compile(
    r"(?:常务)?副?(?:书记|主任|县长|市长|区长|镇长|乡长|局长|部长|主席|校长|院长|所长|站长|队长"
    r"|组长|经理|会长|指挥长)(?:同志)?"
    rf"(?={_AFTER_GIVEN_HE.pattern}|结合|围绕|针对|根据|按照|提出|作了?|做了?)"
)


def _closes_given_he(text: str, pos: int) -> bool:
    """Does what follows a 和 ending at pos say the 和 closed a given name (杨晓和说, 张志和出席,
    汪宜和主任结合…): a leader's act, a mark, or the name's own post and then its act?"""
    return bool(_AFTER_GIVEN_HE.match(text, pos) or _POST_AFTER_GIVEN_HE.match(text, pos))


# an item of a list that a body's kind closes (县农工委, 农牧局, 市创森办): no name
_BODY_ITEM = re.compile(r"[\u4e00-\u9fff]{1,5}[局委办厅](?=[、，。；等和及与）)])")


def _name_shaped(item: str, no_end: str) -> bool:
    """Whether a list item no surname rule reads may still be a name: Chinese characters only,
    none that a name never holds, and no body's, place's or `no_end`'s character last."""
    return (
        all(_is_cjk(c) for c in item)
        and _BAD_NAME_CHARS.isdisjoint(item)
        and _NEVER_GIVEN.isdisjoint(item)
        and item[-1] not in _UNIT_NAME_ENDS
        and item[-1] not in _PLACE_ENDS
        and item[-1] not in no_end
    )


# what the last of a list of leaders does right after the name (甲、乙、丙陪同调研)
_TAIL_ACTS = re.compile("出席|参加|陪同|列席|到会|一同|分别|先后")


def _tail_list_item(text: str, q: int) -> int:
    """Where the list's last name ends when text[q:], after 、 and two or more names, is that name
    though its surname is in no list (0 if it is not): three Chinese characters, or two (甲、乙、
    丙、某芳出席; session 34, people37), no word of the dictionary, none that a name never holds,
    no body's or place's end, a leader's act right after it."""
    for n in (3, 2):
        item = text[q : q + n]
        if (
            len(item) == n
            and _TAIL_ACTS.match(text, q + n) is not None
            and _name_shaped(item, "厅员者")
            and not jieba_tokenizer().FREQ.get(item)
            and item[1:] not in _MEMBER_WORDS
            and item[1:] not in common_words()
            and (n == 3 or item not in _POSTS_AS_GIVEN)
        ):
            return q + n
    return 0


# The starts of the title grammar's matches in the last text find_title_chains read (titles.py
# hands them over with set_title_starts). No match of r.title consumes 、 (_mark_free checks the
# pattern), so right after a 、 a title starts exactly where one of those leftmost matches does,
# and the match is the same: the items of a list (、甲、乙) are asked from it instead of a try of
# the whole grammar each (~4 us; session 35, speed35t).
_title_starts_last: tuple[str, object, dict[int, re.Match[str]]] = ("", None, {})
_MARK_FREE: dict[int, tuple[_Rules, bool]] = {}


def set_title_starts(text: str, r: _Rules, matches: Iterable[re.Match[str]]) -> None:
    """Keep the matches of title_matches(text, r) (all of them, in their order) for
    title_after_mark."""
    global _title_starts_last
    _title_starts_last = (text, r, {m.start(): m for m in matches})


def title_after_mark(text: str, q: int, r: _Rules) -> re.Match[str] | None:
    """r.title.match(text, q), read from the kept matches where text[q - 1] is 、."""
    last = _title_starts_last
    if last[0] is text and last[1] is r and q > 0 and text[q - 1] == "、" and _mark_free(r):
        return last[2].get(q)
    return r.title.match(text, q)


def _mark_free(r: _Rules) -> bool:
    """Whether no match of r.title can consume a 、 (no part of the pattern reads one)."""
    got = _MARK_FREE.get(id(r))
    if got is None or got[0] is not r:
        free = not may_consume(r.title.pattern, "、")
        got = _MARK_FREE[id(r)] = (r, free)
    return got[1]


def _name_list(text: str, end: int, r: _Rules) -> list[tuple[int, int]]:
    """Further names after a first one that ends at `end`: 、B、C. An item the surname rules do
    not read (a name damaged in transmission) is kept when 、 stands on both sides of it."""
    out: list[tuple[int, int]] = []
    p = _after_note(text, end)
    while p < len(text) and text[p] == "、":
        q = p + 1
        if title_after_mark(text, q, r):
            break  # 市委书记A、市长B: the next item is a title chain of its own
        if _BODY_ITEM.match(text, q):
            break  # 副县长A、县农工委、农牧局等: the list goes on with bodies, not names
        e = name_after(text, q, r)
        if (
            e
            and text[e - 1] in "村镇乡"
            and (r.bare_post.match(text, e) or text[e : e + 1] in ("村", "居", "党"))
        ):
            # 甲、李庄村主任乙 / 甲、东坑镇党委书记乙: a village or a town opening a title,
            # no name (persons24)
            break
        if not e and out and (te := _tail_list_item(text, q)):
            # 甲、乙、黑某某陪同: the list's last name, of a surname no list holds (orgs26)
            out.append((q, te))
            break
        if not e:
            nxt = text.find("、", q, q + 6)
            item = text[q:nxt] if nxt > 0 else ""
            if not (
                2 <= len(item) <= 4
                # "?" and U+FFFD are what transmission damage leaves inside a name
                and not any(c in _PUNCT_BOUNDARY and c not in "?\ufffd" for c in item)
                and (
                    name_after(text, nxt + 1, r)
                    # 甲、乙、某某、某某某出席: the last two names, both of surnames no list
                    # holds, the last one closed by what the leaders do (posts29)
                    or (out and _tail_list_item(text, nxt + 1))
                )
            ):
                break
            e = nxt
        out.append((q, e))
        p = _after_note(text, e)
    return out


# 向巴平措（藏族）、白玛赤林（藏族）、郝鹏 / 甲（女）、乙: a short note on sex or nationality after
# a name in a list (session 9 audit)
_NAME_NOTE = re.compile(r"[（(](?:女|男)?[，,、]?(?:[\u4e00-\u9fff]{1,4}族)?[）)]")


def _after_note(text: str, e: int) -> int:
    """Where the list goes on after a name ending at e: after a note in brackets when a 、 or
    the list's end follows it, else e."""
    if text[e : e + 1] not in ("（", "("):
        return e
    m = _NAME_NOTE.match(text, e)
    if m is None or m.end() - e <= 2:
        return e
    return m.end()


# a name at a clause start before a request frame: 某某对做好下一步工作提出三点要求：
_REQUEST_SPEAKER = guarded(
    rf"(?:^|(?<=[\n。！？；，：:;,\s”]))([{CJK}]{{2,4}}?)(?:同志)?(?=(?:对|就|围绕|针对))"
    + REQUEST_TAIL
)


# 在…会议上的讲话 (line) 某某 (line) （2023年5月8日） / 同志们：: the speaker's name alone on the line
# after a speech's title, its byline (speak27)
# (郑 建 新: a page that spaces the name's characters out, the spaces part of the span)
_SPEECH_BYLINE = re.compile(
    rf"讲话[^\n]{{0,4}}\n[ \u3000]*([{CJK}](?:[ \u3000]?[{CJK}]){{1,3}})[ \u3000]*\n"
    r"[ \u3000]*(?:[（(]|同志们)"
    # (…大会上的 讲 话 （2015年2月26日） 某某某 同志们： 这次…: a copy that runs the title, its
    # date, the byline and the greeting into one line, blanks between them; attrib49)
    rf"|讲[ \u3000]?话[ \u3000]+(?:[（(][^（()）\n]{{4,16}}[）)][ \u3000]+)?"
    rf"([{CJK}]{{2,3}})[ \u3000]+同志们[：:，,]"
)


_AFTER_QUOTE_SPEAKER = re.compile(
    rf"(?<=”)([{CJK}]{{2,4}}?)(?:说|表示|强调|指出|介绍)道?[。！，,：:“]"
)


# speech verbs of the frames that also name the work itself (周密部署, 统一安排)
_WORK_VERBS = ("部署", "安排", "动员")
_WORD_FREQ = 100


# (贺信 58, 来信 829: a word of jieba's dictionary; no surname and given character is so frequent)
_LETTER_FREQ = 50


def find_speaker_frames(doc: Doc) -> None:
    """person.frame: NAME强调， / NAME在…时指出， / NAME就…提出三点要求："""
    text, r = doc.text, doc.r
    # a request frame needs one of REQUEST_WORDS in the text: without one, no regex run
    request = _REQUEST_SPEAKER.finditer(text) if any(w in text for w in REQUEST_WORDS) else ()
    # “…。”某某表示。: the frame of a quote, after it
    after_quote = _AFTER_QUOTE_SPEAKER.finditer(text) if "”" in text else ()
    for m in _SPEECH_BYLINE.finditer(text) if "讲话\n" in text or "同志们" in text else ():
        g = 1 if m.group(1) is not None else 2
        s, e = m.start(g), m.end(g)
        cand = text[s:e].replace(" ", "").replace("\u3000", "")
        if s not in doc.persons and len(cand) >= 2 and _valid_name(cand, r.g):
            doc.add_person(s, e, 0.8, "person.frame")
    for m in itertools.chain(
        r.frame.finditer(text), request, after_quote, r.frame_eol.finditer(text)
    ):
        s, e = m.start(1), m.end(1)
        if s in doc.persons:
            continue
        cand = text[s:e]
        # 贺信中说：: a word and a locative (贺信 + 中) is the letter that says it, no name (a
        # surname opening a word: 贺, 文, 通; orgs25)
        if (
            len(cand) == 3
            and cand[2] in "中上里内"
            and jieba_tokenizer().FREQ.get(cand[:2], 0) >= _LETTER_FREQ
        ):
            continue
        # 扎西次仁强调，, 会上，白玛次旦要求，: a transliterated name of two listed parts, no
        # surname (orgs26, (b): Tibetan and Uyghur officials named bare in a frame)
        if len(cand) >= 3 and _transliterated(text, s, e, r):
            doc.add_person(s, e, 0.8, "person.frame")
            continue
        # 应该说， / 具体来说，: a word of the language before 说 is no speaker; nor is a common
        # noun before 要求 (文件要求， / 方案明确，: the paper says it, nobody named)
        if _valid_name(cand, r.g) and not (
            len(cand) == 2
            and (
                cand in function_words()
                or cand in common_words()
                # 精心组织，周密部署，: before a verb that is also what the work asks for, a
                # frequent word of jieba's dictionary (周密 447, which it tags nr) is its manner,
                # unless another rule found it as a name
                or (
                    text.startswith(_WORK_VERBS, e)
                    and jieba_tokenizer().FREQ.get(cand, 0) >= _WORD_FREQ
                    and cand not in doc.names
                )
            )
        ):
            doc.add_person(s, e, 0.8, "person.frame")


# the posts written after a name read after a generic head (负责人某某主任强调，)
_HEAD_NAME_POSTS = "(?:常务)?副?(?:主任|书记|局长|部长|站长|所长|队长|组长|经理|校长|院长)"


# 该镇党委负责人某某强调：: a name after a generic head (负责人 is no TITLE by GUIDELINES), read
# only when a speaker's verb or a leader's act follows it
_AFTER_HEAD = re.compile(
    rf"(?:负责人|负责同志)([{CJK}]{{2,3}}?)"
    # (…负责人某某主任结合…提出要求: the name's own post after it, then the act; attrib50)
    rf"({_HEAD_NAME_POSTS})?"
    # (爱卫办负责人某某出席…并讲话, …负责人某某通报…: a leader's act; session 10 audit)
    r"(?=强调|指出|要求|表示|介绍|汇报|主持|讲话|说[，：:,]|出席|通报|宣读|部署"
    # (…负责人某某结合《…》明确指出… / …负责人某某在会上强调，: what the speech goes by or where
    # it was given, then the verb; speak27)
    r"|(?:在|结合|根据|按照|对照|围绕|针对|就)[^，。；：\n]{1,36}?(?:强调|指出|要求|表示)(?!的))"
)


def find_names_after_heads(doc: Doc) -> None:
    """person.frame: 某某负责人某某强调"""
    text, r = doc.text, doc.r
    if "负责" not in text:
        return
    for m in _AFTER_HEAD.finditer(text):
        s, e = m.start(1), m.end(1)
        cand = text[s:e]
        if (
            s not in doc.persons
            and _head_name(cand, r.g, posted=m.group(2) is not None)
            and cand not in common_words()
            # (负责人来访时表示: an act and its time, no name; session 47, misc49)
            and not act_not_name(cand, r)
        ):
            doc.add_person(s, e, 0.75, "person.frame")


def _head_name(cand: str, g: Gazetteers, posted: bool = False) -> bool:
    """_valid_name, and a given name of two with 和 first (爱卫办负责人孙和平通报…: 和 is no
    conjunction between a surname and one character before the head's act; persons24), or, where
    the name's own post follows (`posted`), with 和 last (…负责人汪宜和主任结合…: 和 before a post
    and its act joins nothing; attrib50)."""
    if _valid_name(cand, g):
        return True
    he = 2 if posted else 1
    other = 1 if posted else 2
    return (
        len(cand) == 3
        and cand[he] == "和"
        and _surname_len(cand, g) == 1
        and cand[other] not in _BAD_NAME_CHARS
        and cand[other] not in _NEVER_GIVEN
    )


# 某某一行先后来到…, 在某某的陪同下, 受某某委托: a name that leads a party or an act, at a
# clause start or after 在/受/由
_PARTY = re.compile("一行|的(?:陪同|带领|率领|主持|组织)下|主持")
_PARTY_OPEN = set("\n。！？；，：:;,")


def find_parties(doc: Doc) -> None:
    """person.party: 某某一行, 在某某的陪同下 (found from the anchor, a regex of literals, then
    the longest name of two to four characters before it that a clause start or 在/受/由
    opens)."""
    text, r = doc.text, doc.r
    for m in _PARTY.finditer(text):
        k = m.start()
        lead = m.group() == "一行"
        for n in (4, 3, 2):
            s = k - n
            if s < 0 or not all_cjk(text[s:k]):
                continue
            prev = text[s - 1] if s else "\n"
            if not (
                (lead and (prev in _PARTY_OPEN or prev.isspace()))
                or (not lead and s and prev in "在受由")
            ):
                continue
            cand = text[s:k]
            if s not in doc.persons and _valid_name(cand, r.g) and cand not in function_words():
                doc.add_person(s, k, 0.75, "person.party")
            break


# 图为某某（左二）在现场查看: a photo caption points at the person by a position in brackets
# (（中）, （前排中）: the middle of the photo, which the docstring below names and the pattern
# had left out; names38)
_CAPTION_MARK = re.compile(
    r"[（(](?:前排|后排|中间|左|右)?(?:左|右|中)?[一二三四五六七八九\d]{0,2}(?:起)?[）)]"
)
_CAPTION_OPEN = _PARTY_OPEN | set("、为和与及")


def find_caption_names(doc: Doc) -> None:
    """person.caption: a name right before its place in a photo (（左二）, （右一）, （中）)."""
    text, r = doc.text, doc.r
    if "左" not in text and "右" not in text and "中）" not in text and "中)" not in text:
        return
    fw, cw = function_words(), common_words()
    for m in _CAPTION_MARK.finditer(text):
        mark = m.group()[1:-1]
        if not mark or not ("左" in mark or "右" in mark or mark.endswith("中")):
            continue
        k = m.start()
        for n in (4, 3, 2):
            s = k - n
            if s < 0:
                continue
            name = text[s:k]
            prev = text[s - 1] if s else "\n"
            if not (prev in _CAPTION_OPEN or prev.isspace()):
                continue
            if _valid_name(name, r.g) and not (len(name) == 2 and (name in fw or name in cw)):
                if s not in doc.persons:
                    doc.add_person(s, k, 0.8, "person.caption")
                break


# posts of a state or an embassy that the title grammar does not hold, written before a
# foreign guest's dotted name (蒙古国副总理策·某某; persons20)
_STATE_POSTS = re.compile("副?(?:总理|总统|议长)|(?:特命全权)?大使|总?领事|总干事")


def _post_end_in_run(text: str, lo: int, dot: int, r: _Rules) -> int:
    """Where a post ends inside the run lo..dot that leads to a name's first dot (0: none),
    the nearest to the dot: the name opens there."""
    for k in range(dot - 1, lo + 1, -1):
        for b in range(max(lo, k - 6), k - 1):
            if r.bare_post.fullmatch(text, b, k) or _STATE_POSTS.fullmatch(text, b, k):
                return k
    return 0


def find_dotted_names(doc: Doc) -> None:
    """person.dotted: a transliterated name with a middle dot opening a clause or an item, before
    what a leader does (买买提明·艾则孜主持, 、热娜·阿不都出席): no title needed to read it."""
    text, r = doc.text, doc.r
    if not _has_name_dot(text):
        return
    fw, cw = function_words(), common_words()
    starts = sorted(doc.persons)
    for m in _DOTTED.finditer(text):
        # the name opens where a clause or an item does, inside the run before the dot
        # (区领导某某·某某: the leaders' word is no part of it)
        dot = min(i for i in (m.group().find(c) for c in _NAME_DOTS) if i >= 0) + m.start()
        s = next(
            (a for a in range(m.start(), dot - 1) if a == 0 or text[a - 1] in _CAPTION_OPEN),
            -1,
        )
        # (蒙古国副总理策·某某等 / 大使策·某某，: a post in the run, the name opens after it)
        k = _post_end_in_run(text, max(s, m.start()), dot, r)
        if k:
            s = k
        if s < 0:
            continue
        i = bisect.bisect_left(starts, s)
        if i < len(starts) and starts[i] <= m.end():
            continue  # a rule read a name here already
        e = _dotted_name_end(text, s, r)
        if not e or not (e >= len(text) or _LEADER_ACTS.match(text, e) or text[e] in "\n）)"):
            continue
        parts = _SPLIT_DOTS.split(text[s:e])
        # 学习某某·某某的理论: a clause word before the name, or a part too long for one
        head = parts[0][:2]
        if any(len(x) > 6 or "的" in x for x in parts) or (
            (head in fw or head in cw) and not _minority_part().match(parts[0])
        ):
            continue
        doc.add_person(s, e, 0.8, "person.dotted")


# 某某到某某县调研创文工作 (a headline, or a clause opening a report): a name going somewhere
# to look at the work, with no title written
_VISIT = re.compile(
    rf"([{CJK}]{{2,4}}?)(?:同志)?(?:到|赴|深入|来到|前往)"
    r"[^，。！？；：\n]{1,14}?(?:调研|督导|督查|检查|视察|考察|走访|暗访|指导)"
)
_SENTENCE_END = re.compile("[\n。！？；]")


# (the sentence starts and _VISIT in one pass, as _MEETING_SCAN: the same matches, the loop over
# the starts in the regex engine; session 35, speed35t)
_VISIT_SCAN = guarded(rf"[\n。！？；](?={_VISIT.pattern})")


def find_visits(doc: Doc) -> None:
    """person.visit: 某某到某某县调研 opening a line or a sentence."""
    text = doc.text
    if not any(v in text for v in ("调研", "督导", "督查", "检查", "视察", "考察", "走访", "暗访")):
        return
    for s, e in _sentence_start_names(doc, _VISIT, scan=_VISIT_SCAN):
        doc.add_person(s, e, 0.75, "person.visit")


# 他强调， / 她指出： / 他在讲话中表示，: a pronoun's speech frame (find_pronoun_antecedents keeps
# those opening a sentence or a clause: 其他 / 他人 are no pronoun of a speaker)
_PRONOUN_SPEAKS = guarded(
    rf"(?:他|她)(?:在[^，。；\n]{{1,14}}?(?:时|中|上))?{FRAME_ADVERB}"
    r"(?:强调|指出|要求|表示|认为|说)[，：:,]"
)
# what may follow the name a pronoun's frame refers back to: a verb of jieba's dictionary or one
# of these (a preposition, 同志 / 一行, a post; rule_words antecedent_next)
_ANTECEDENT_NEXT = tuple(rule_words()["antecedent_next"])
_SENTENCE_MARKS = "\n。！？"
# (立新 51 is a given name; 容易 8,676 is a word of the language)
_GIVEN_WORD_FREQ = 1000
_CLAUSE_OPEN = frozenset("\n。！？；，,：:")


def _antecedent_name(text: str, c: int, r: _Rules) -> int:
    """The end of a name opening the clause at c and acting there (冀某某感谢…, 吴某某对…给予…,
    朱某上台…, 王某某会长应邀…), as jieba cuts it (the name one word, or a surname and its given
    name); c when there is none."""
    words = _cut(text[c : c + 10])
    if not words:
        return c
    name = words[0]
    if (
        len(name) == 1
        and len(words) > 1
        and len(words[1]) <= 2
        and _surname_len(name, r.g) == 1
        # (越 / 容易出现…: an adverb and a frequent word of the language, no surname and name)
        and (jieba_tokenizer().FREQ.get(words[1]) or 0) < _GIVEN_WORD_FREQ
    ):
        name += words[1]  # (周 / 立新: jieba parts a name it does not know)
    e = c + len(name)
    if not 2 <= len(name) <= 3 or not _valid_name(name, r.g):
        return c
    if name in function_words() or name in common_words():
        return c
    if (jieba_tokenizer().FREQ.get(name) or 0) > 50 or name in r.g.gpe_names:
        return c
    if name in r.g.admin_stems:
        return c
    if text[e : e + 2] in verb_words() or text.startswith(_ANTECEDENT_NEXT, e):
        return e
    return c


def _pronouns_after_marks(text: str) -> list[int]:
    """Where 他 / 她 open a sentence or a clause, in text order (a find per pronoun: most are
    其他, and a regex search over the whole text cost ~40 times as much; session 47)."""
    out = []
    for ch in "他她":
        p = text.find(ch, 1)
        while p >= 0:
            if text[p - 1] in _CLAUSE_OPEN:
                out.append(p)
            p = text.find(ch, p + 1)
    out.sort()
    return out


def find_pronoun_antecedents(doc: Doc) -> None:
    """person.antecedent: 某某感谢…。他强调， / 通过调研，某某对…给予高度评价，他指出，: the name a
    pronoun's speech frame refers back to, opening the sentence before the pronoun (or a clause
    of the pronoun's own sentence), where no name was read there (GUIDELINES: 他强调 resolves to
    the person last named; a name missed there loses the speaker of all that follows)."""
    text, r = doc.text, doc.r
    if "他" not in text and "她" not in text:
        return
    for p in _pronouns_after_marks(text):
        m = _PRONOUN_SPEAKS.match(text, p)
        if m is None:
            continue
        lo = max(text.rfind(x, 0, p - 1) for x in _SENTENCE_MARKS) + 1
        if text[p - 1] in _SENTENCE_MARKS:
            # (…。他强调，: the sentence before; blank lines between paragraphs skipped)
            k = p - 1
            while k > 0 and text[k - 1] in _SENTENCE_MARKS + " \u3000":
                k -= 1
            lo = max(text.rfind(x, 0, k) for x in _SENTENCE_MARKS) + 1
        if any(lo <= s < p for s in doc.persons):
            continue  # a name is written there for the pronoun to refer to
        c = lo
        while c < p:
            while c < p and text[c] in " \u3000":
                c += 1
            if (fm := r.frame.match(text, c)) is not None and fm.start(1) == c:
                break  # (某某在会上表示，…: a speaker frame's name, person.frame's to read)
            e = _antecedent_name(text, c, r)
            if e > c:
                doc.add_person(c, e, 0.7, "person.antecedent")
                break
            # the next clause of the window
            c = next((k + 1 for k in range(c, p) if text[k] in _CLAUSE_OPEN), p)


def _sentence_start_names(
    doc: Doc,
    pattern: re.Pattern[str],
    starts: re.Pattern[str] = _SENTENCE_END,
    short_words_only: bool = True,
    scan: re.Pattern[str] | None = None,
) -> Iterator[tuple[int, int]]:
    """The names (group 1 of `pattern`) of the matches at a line or sentence start (or after
    each match of `starts`) that are not found yet and read as a name: 全县到各村检查, 江苏到浙江考察,
    会议主持。 have a word of the dictionary (names have no frequency there) or a place where the
    name would be. `short_words_only`: a function or common word is no name only at two
    characters (a headline's segment refuses them at any length). `scan`: a start's mark and
    the pattern in a lookahead (group 1 the name), searched in one pass instead of a match tried
    at each start (the same matches, the loop in the regex engine)."""
    text, r = doc.text, doc.r
    fw, cw = function_words(), common_words()
    freq = jieba_tokenizer().FREQ
    # tried at each line or sentence start only (a few per text), not at every position
    found: Iterable[re.Match[str] | None]
    if scan is not None:
        found = itertools.chain((pattern.match(text, 0),), scan.finditer(text))
    else:
        starts_at = itertools.chain((0,), (m.end() for m in starts.finditer(text)))
        found = (pattern.match(text, k) for k in starts_at)
    for m in found:
        if m is None:
            continue
        s, e = m.start(1), m.end(1)
        name = text[s:e]
        if s in doc.persons:
            continue
        if len(name) >= 3 and _transliterated(text, s, e, r):
            yield s, e  # (阿依古丽主持会议。: a transliterated name; orgs26)
            continue
        if not _valid_name(name, r.g):
            continue
        # (刚才，张同志宣读了…: a surname and the word comrade, no name; names38)
        if name.endswith("同志"):
            continue
        if (len(name) == 2 or not short_words_only) and (name in fw or name in cw):
            continue
        if (freq.get(name) or 0) > 50 or name in r.g.gpe_names or name in r.g.admin_stems:
            continue
        yield s, e


# 某某作工作部署。某某主持。 (after a list of attendees): a sentence that only says what a named
# person did at the meeting, with no title written anywhere (realdev10)
_MEETING_ROLE = re.compile(
    # (阿依古丽主持会议。: a transliterated name of four; orgs26)
    rf"([{CJK}]{{2,4}}?)(?:同志)?(?:作(?:了)?(?:工作|动员|总结)?部署|主持(?:会议)?"
    # (某某在主席台前排就座。: a presidium's member named alone; session 11 audit)
    r"|在主席台(?:前排)?就[座坐])[。\n]"
)


# 某某致辞 某某主持 / 推进会召开 某某作出批示: a headline's segment (a line, or a run between
# spaces) that only says what a named person did, no title in it (persons20)
_HEADLINE_ROLE = re.compile(
    rf"([{CJK}]{{2,3}}?)(?:同志)?(?:致辞|主持|出席并讲话|出席|讲话|作出批示|宣布开幕)"
    r"(?=[ \u3000]|\n|$)"
)
_SEGMENT_START = re.compile("[\n \u3000]+")


# 会上，某某宣读了表彰决定 / 某某带领相关部门负责人察看了… / 据某某介绍，: a clause that opens with
# a name and an act only a person does at a meeting or a visit, no title written anywhere near
# (orgs26, (b): the acts of the genre's officials; the blind team set's PERSON misses are names
# with no title over them). Searched in one pass: a clause's mark, then the name and the act in
# a lookahead.
_CLAUSE_ACT = re.compile(
    rf"([{CJK}]{{2,4}}?)(?:主持(?:召开|会议)|主持并讲话|宣读了?|通报了|传达了|汇报了|介绍了"
    r"|作(?:了)?(?:动员|总结|工作|表态|重要)?(?:讲话|发言|部署|报告)|带领|率队|率领"
    r"|充分肯定|高度肯定|详细询问|详细了解|实地察看|边走边看|先后来到|随后来到|希望各|结合实际"
    r"|对[^，。\n]{1,12}?表示(?:感谢|祝贺|欢迎)|就[^，。\n]{1,14}?提出|介绍[，,]"
    r"|出席(?:会议|活动)?(?:并讲话|并致辞)?(?=[。，；])|陪同(?:检查|调研|督导)|首先对"
    r"|召开(?:座谈会|专题会)|代表[^，。\n]{1,12}?(?:致辞|讲话|发言|表态)"
    r"|对[^，。\n]{1,12}?进行了?(?:部署|安排|调度)|围绕[^，。\n]{1,12}?作了?(?:部署|讲话)"
    r"|(?:调研|检查|督导)[^，。\n]{1,12}?时(?:强调|指出|要求)"
    # (某某会见某某考察团一行: a headline's host; titles47, f45)
    r"|会见了?(?=[^，。\n]{2,16}?(?:一行|考察团|代表团|客人|嘉宾)))"
)


def _build_clause_scan(surnames: frozenset[str], compound: frozenset[str]) -> re.Pattern[str]:
    # (the name's first character tested first, in the regex: a surname's, a compound
    # surname's or a transliterated part's; most clause marks stop there)
    firsts = set(surnames) | {c[0] for c in compound}
    firsts |= {w[0] for w in _lines("minority_name_parts.txt") if w}
    cls = re.escape("".join(sorted(firsts)))
    return guarded(rf"[\n。！？；，：]据?(?=[{cls}])(?={_CLAUSE_ACT.pattern})")


def _clause_scan(g: Gazetteers) -> re.Pattern[str]:
    scan: re.Pattern[str] = per_gazetteers(
        g, "clause_scan", _build_clause_scan, g.surnames, g.compound_surnames
    )
    return scan


_MEETING_SCAN = guarded(rf"[\n。！？；](?={_MEETING_ROLE.pattern})")
# what every match of _MEETING_ROLE ends with: a text without it is not scanned (主持会议，, the
# usual act, closes no sentence; session 35, speed35t)
_MEETING_TAIL = re.compile("(?:部署|主持(?:会议)?|就[座坐])[。\n]")


def find_meeting_roles(doc: Doc) -> None:
    """person.meeting_role: 某某作工作部署。 / 某某主持。 as a whole sentence; 某某致辞 as a
    headline's segment; 某某宣读了… / 某某带领… opening a clause."""
    text = doc.text
    for s, e in _sentence_start_names(doc, _CLAUSE_ACT, scan=_clause_scan(doc.r.g)):
        # (a name written once only: one written again is read where a title or a frame stands
        # by it, and this mention as its repeat; the step then shapes no other rule's names)
        if (
            text[e - 1] not in _PLACE_ENDS
            and text[e - 1] not in _UNIT_NAME_ENDS
            and text.count(text[s:e]) == 1
        ):
            doc.add_person(s, e, 0.7, "person.meeting_role")
    if ("部署。" in text or "主持" in text or "在主席台" in text) and _MEETING_TAIL.search(
        text
    ) is not None:
        for s, e in _sentence_start_names(doc, _MEETING_ROLE, scan=_MEETING_SCAN):
            doc.add_person(s, e, 0.7, "person.meeting_role")
    if not any(w in text for w in ("致辞", "主持", "出席", "讲话", "批示", "开幕")):
        return
    for s, e in _sentence_start_names(doc, _HEADLINE_ROLE, _SEGMENT_START, False):
        doc.add_person(s, e, 0.7, "person.meeting_role")


# the public's groups a list of names closes (甲、乙等志愿者)
_CITIZEN_GROUPS = "(?:老?党员|志愿者|居民|村民|环卫工人)(?![们干代群志])"


# 刘某某、习某、黄某某等县四大家领导参加会议: a list of names closed by 等 and the leaders they are
# (the list comes before the leaders here, so 市领导 + names does not read it)
# (甲、乙等相关分管领导班子也…: the leaders in charge of the matters; session 10 audit)
_LEADERS_AFTER_LIST = re.compile(
    # (甲、乙、丙分别参加调研 / 甲、乙、丙等出席会议: the leaders' act right after the list, with
    # no title anywhere; persons21, seen on two sites)
    r"分别(?=出席|参加|陪同)|"
    # (等市“四大家”领导: the group's name quoted; session 13 audit)
    # (等市四班子领导, 等县五大班子领导: the leading bodies of a level counted; persons21)
    r"等(?:(?:在家的?|相关)?[省市县区州旗镇乡]?“?(?:四大家|[四五]大班子|[四五]套班子|四家班子|四班子"
    r"|党政|班子|分管)?”?"
    r"(?:主要)?领导"
    r"|(?=(?:一同|一起)?(?:出席|参加|陪同))"
    # (。甲、乙、丙等委员结合…, 甲、乙等同志到会: members or comrades, no title; audtitles15)
    r"|同志(?!们)|委员(?![会们])"
    # (甲、乙等网格员: the community's staff; persons19)
    r"|网格员(?![们干代群志])"
    # (甲、乙、丙等代表畅所欲言: deputies of a congress named before their post, which is a
    # TITLE each of them holds; names31)
    r"|(?P<deputies>(?:人大|党|政协)?代表)(?![团队们性处作大会])"
    # (，甲、乙等党员已…, 甲、乙等志愿者: ordinary people named with their group, PERSON only
    # under the opt-in person.citizen; persons19, lead19)
    rf"|(?P<citizen>{_CITIZEN_GROUPS})"
    r")"
)


# what opens the object of 代表 as a verb (甲、乙等代表本单位发言: on behalf of), where it is no
# post of the names before it
_DEPUTIES_VERB_OBJECT = frozenset("本各全所我你他她该其这那大广")


# what follows leaders who escort or lead a visit (在…等县领导陪同下, 由…等市领导带队)
_ESCORTING = ("陪同", "的陪同", "一同陪同")
_LEADING = ("带队", "率队", "带领")


# what ends the name of a place or a body rather than a person's (王家村, 某某局)
_UNIT_NAME_ENDS = frozenset("村镇乡区县市局办委部队所站院校社园厂场街")


def _inner_list_item(text: str, s: int, e: int) -> bool:
    """Whether text[s:e], between two 、 of a list, may be a name the surname rules do not read
    (a rare surname: 青某某, 黑某某; a given name that is a word: 青春): two or three Chinese
    characters, none that a name never holds, no body's or place's end (orgs26)."""
    item = text[s:e]
    return (
        2 <= e - s <= 3
        and text[s - 1 : s] == "、"
        and text[e : e + 1] == "、"
        and _name_shaped(item, "厅")
    )


def _odd_items_flanked(items: list[tuple[int, int]], odd: set[int]) -> bool:
    """Whether every item the surname rules did not read stands between two that they did (the
    list read backwards, last item first)."""
    for i, (s, _) in enumerate(items):
        if s in odd and not (
            0 < i < len(items) - 1 and items[i - 1][0] not in odd and items[i + 1][0] not in odd
        ):
            return False
    return True


def find_names_before_leaders(doc: Doc) -> None:
    """person.leaders_list: two or more names at 、 opening a clause, closed by 等…领导. The list
    may also follow 及 / 和 / 与 after another person (市文明办副主任某某及甲、乙、丙等镇领导)."""
    text, r = doc.text, doc.r
    fw = function_words()
    # the preposition that may open the list: 在 before leaders who escort (在甲、乙等县领导陪同
    # 下), 由 before leaders who lead (由甲、乙等市领导带队); persons24
    opener = ""

    def item_before(e: int, _count: int) -> tuple[int, str] | None:
        w = e
        while w > 0 and e - w < 4 and _is_cjk(text[w - 1]) and text[w - 1] not in "、":
            w -= 1
        for s in range(w, e - 1):
            name = text[s:e]
            prev = text[s - 1] if s else "\n"
            if not _valid_name(name, r.g) or name in fw:
                continue
            if prev in "、" or prev in _PARTY_OPEN or prev.isspace() or prev == opener:
                return s, prev
            if prev in _LIST_JOINS and s - 1 in doc.persons.values():
                return s, prev
        if _inner_list_item(text, w, e):
            odd.add(w)
            return w, "、"
        return None

    for m in _LEADERS_AFTER_LIST.finditer(text):
        odd: set[int] = set()
        opener = ""
        if m.group().endswith("领导"):
            if text.startswith(_ESCORTING, m.end()):
                opener = "在"
            elif text.startswith(_LEADING, m.end()):
                opener = "由"
        items, opened = _list_before(m.start(), item_before)
        if any(text[e - 1] in _UNIT_NAME_ENDS for _, e in items):
            continue  # 王家村、李家村分别参加: places or bodies, no names (persons21)
        if odd and not _odd_items_flanked(items, odd):
            continue
        if len(items) >= 2 and opened:
            rule = CITIZEN if m.group("citizen") else "person.leaders_list"
            for s, e in items:
                doc.add_person(s, e, 0.75, rule)
            ds = m.start("deputies")
            if ds >= 0 and text[m.end() : m.end() + 1] not in _DEPUTIES_VERB_OBJECT:
                # 甲、乙等代表畅所欲言: the deputies' post after the names is each one's TITLE
                # (not 等代表本单位: 代表 as a verb, before its object)
                doc.add_title(ds, m.end(), 0.75, "title.after_name")
                doc.holds.extend((s, ds, "relation.holds.after_name") for s, _ in items)
            elif _is_level_leaders(text, m.start(), m.end()):
                # 甲、乙、丙等市领导出席: the leaders of a level closing a list of names that no
                # title opens are each one's TITLE, as 市领导 before the names is (dev41's golds,
                # both; the list after a titled person's 及 is the others': 某某及甲、乙等镇领导)
                ls = m.start() + 1
                doc.add_title(ls, m.end(), 0.75, "title.after_name")
                doc.holds.extend((s, ls, "relation.holds.after_name") for s, _ in items)


# the levels whose leaders a list of names may close (等市领导, 等县领导), and what makes 领导 the
# head of another noun there (等县领导班子成员, 等镇领导干部: no post of each name)
_LEADER_LEVELS = frozenset("省市县区州旗盟镇乡")
_LEADERS_NOUN_AFTER = ("班子", "小组", "干部", "层")


def _is_level_leaders(text: str, s: int, e: int) -> bool:
    """Whether text[s:e], a match of _LEADERS_AFTER_LIST, is 等 + a level + 领导 alone (等市领导),
    the leaders of that level and not a noun they head."""
    return (
        e - s == 4
        and text[s + 1] in _LEADER_LEVELS
        and text[s + 2 : e] == "领导"
        and not text.startswith(_LEADERS_NOUN_AFTER, e)
    )


# 出席会议并在主席台就座的还有：甲、乙、丙…等 / 参加会议的有：甲、乙、丙。: the names listed after
# a colon (session 9 audit: a congress's presidium, forty names with no title)
_COLON_LIST = re.compile("(?<=[有是])[：:]")


def find_colon_name_lists(doc: Doc) -> None:
    """person.colon_list: three or more names at 、 right after 有： / 是：, the list closed by
    等 or the sentence's end; no item a word of the dictionary."""
    text, r = doc.text, doc.r
    if "：" not in text and ":" not in text:
        return
    fw, cw = function_words(), common_words()
    for m in _COLON_LIST.finditer(text):
        p = m.end()
        ne = name_after(text, p, r)
        if not ne or text[ne : ne + 1] != "、":
            continue
        items = [(p, ne), *_name_list(text, ne, r)]
        end = items[-1][1]
        if len(items) < 3 or not (end >= len(text) or text[end] in "。；;\n" or text[end] == "等"):
            continue
        if any(b - a == 2 and (text[a:b] in fw or text[a:b] in cw) for a, b in items):
            continue
        for s, e in items:
            doc.add_person(s, e, 0.8, "person.colon_list")


# a roster of a yearbook or a page of leaders: 副书记：甲(蒙古族) 乙(女) 丙 / 委　员：王　玉 丁,
# the names after a post and a colon apart by spaces, each with an ethnicity, a sex or a term in
# brackets after it, and the lines of names alone that go on with the list (persons20)
_ROSTER_NOTE = re.compile(r"[（(][^（()）\n]{1,12}[）)]")
_ROSTER_SPACE = " \u3000"


def _roster_items(text: str, p: int, end: int, r: _Rules) -> list[tuple[int, int]] | None:
    """The names of text[p:end] (a roster line's part after its colon, or a line of names), or
    None where any item is no name: items apart by spaces, a name of two or three characters
    (or a surname and one character padded with spaces, 王　玉), a note in brackets after it,
    *** for a name withheld."""
    out: list[tuple[int, int]] = []
    q = p
    while q < end:
        while q < end and text[q] in _ROSTER_SPACE:
            q += 1
        if q >= end:
            break
        w = q
        while w < end and text[w] not in _ROSTER_SPACE and text[w] not in "（(":
            w += 1
        item = text[q:w]
        if item and set(item) == {"*"}:
            q = w
            continue
        if (
            len(item) == 1
            and _surname_len(item, r.g)
            and w < end
            and text[w] in _ROSTER_SPACE
            and (v := w + 1 + (text[w + 1 : w + 2] in _ROSTER_SPACE)) < end
            and _is_cjk(text[v])
            and (v + 1 == end or text[v + 1] in _ROSTER_SPACE or text[v + 1] in "（(")
        ):
            # 王　玉 / 常 海: a name of two padded to the width of three
            w = v + 1
        elif not (
            2 <= len(item) <= 4
            and _valid_name(item, r.g)
            or _minority_part().match(item)
            # (乌其拉图（蒙古族）: the ethnicity noted vouches for a name no list reads)
            or 2 <= len(item) <= 6
            and all_cjk(item)
            and (nm := _ROSTER_NOTE.match(text, w)) is not None
            and "族" in nm.group()
        ):
            return None
        out.append((q, w))
        q = w
        if q < end and (nm := _ROSTER_NOTE.match(text, q)) is not None:
            q = nm.end()
    return out


def _first_colon(text: str, lo: int, hi: int) -> int:
    """The first ： or : in text[lo:hi], or -1 (two str.find, not a generator over each
    character of every line's opening; find_roster_names asks at each line)."""
    a, b = text.find("：", lo, hi), text.find(":", lo, hi)
    return b if a < 0 else a if b < 0 else min(a, b)


def find_roster_names(doc: Doc) -> None:
    """person.colon_list: a roster (post：甲(蒙古族) 乙 丙, and the lines of names alone after
    it), at least two names on the post's line or a line after it, no item but names."""
    text, r = doc.text, doc.r
    if "：" not in text and ":" not in text:
        return
    fw, cw = function_words(), common_words()
    pos, after_roster = 0, False
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line_start, pos = pos, end + 1
        found: list[tuple[int, int]] | None = None
        colon = _first_colon(text, line_start, min(end, line_start + 9))
        if colon > line_start:
            post = "".join(c for c in text[line_start:colon] if c not in _ROSTER_SPACE)
            if r.bare_post.fullmatch(post) or r.title.fullmatch(post):
                found = _roster_items(text, colon + 1, end, r)
        elif after_roster and end - line_start <= 40:
            found = _roster_items(text, line_start, end, r)
            # (one name alone on the line goes on with the list only where it has three)
            if found is not None and (
                not found or len(found) == 1 and found[0][1] - found[0][0] != 3
            ):
                found = None
        after_roster = bool(found)
        if not found:
            continue
        if any(b - a == 2 and (text[a:b] in fw or text[a:b] in cw) for a, b in found):
            after_roster = False
            continue
        for a, b in found:
            if a not in doc.persons:
                doc.add_person(a, b, 0.75, "person.colon_list")


# 甲、乙、丙在主席台前排就座 / 甲、乙、丙出席大会: the leaders on a presidium named with no title
# anywhere (a congress's or a conference's session; session 10 audit): what the list is closed by
# (…、周某某等出席。: 等 closing the list before the act; realdev10)
# (甲、乙、丙参加活动。 / …陪同: the others along, named last with no title; session 11 audit)
# (甲、乙、丙及某某负责同志出席: the others who attend, named by their group after 及; names31)
_SEATED = re.compile("(?:(?:及|以及)[^，。；：、\n]{1,12}?)?等?(?:在主席台|出席|列席|参加|陪同)")
# a sentence or a line (or the text) opening with a short item closed by 、: where such a list
# can start
# (the mark before the list looked behind, not consumed: the same group, and the search skips
# to the marks as an AfterScan instead of trying every position; speed19)
_LIST_OPENING = re.compile("(?:^|(?<=[\n。！？；]))[ \t\u3000]*([^\\s、，。！？；：]{2,15})、")
# …a unit or a group named by a generic noun before the list (公司甲、乙、丙参加。 /
# 领导班子成员甲、乙参加。): two names are enough there (session 12 audit)
_GROUP_BEFORE_LIST = re.compile(
    "(?:^|(?<=[\n。！？；，]))[ \t\u3000]*(?:领导班子成员|班子成员|公司|集团"
    # (，某某管委会党政机构成员甲、乙: the members of a named body; names31)
    "|[^\\s、，。！？；：]{2,14}?(?:机构|领导小组|工作组|党组|专班)成员"
    # (，副县级干部甲、乙参加学习 / 市政府参事甲、乙参加调研: a grade of cadres or the counsellors
    # of a government before their names; names38)
    "|[^\\s、，。！？；：]{0,8}?(?:级干部|参事))([^\\s、，。！？；：]{2,15})、"
)
# (张家、李村、王庄出席: villages and places, not names)
_PLACE_ENDS = set("村庄屯寨镇乡街区县市州旗")


def find_seated_lists(doc: Doc) -> None:
    """person.leaders_list: three or more names at 、 opening a sentence or a line, closed by
    在主席台… / 出席 / 列席; no item a word of the dictionary or a place's name."""
    text, r = doc.text, doc.r
    if "、" not in text or not _SEATED.search(text):
        return
    fw, cw = function_words(), common_words()
    end = 0
    openings = sorted(
        [(m.start(1), 3) for m in _LIST_OPENING.finditer(text)]
        + [(m.start(1), 2) for m in _GROUP_BEFORE_LIST.finditer(text)]
    )
    for p, least in openings:
        if p < end:
            continue
        ne = name_after(text, p, r)
        # (区领导甲·乙、丙: leaders or a title opening the sentence are read by their own rules)
        if (
            not ne
            or text[ne : ne + 1] != "、"
            or r.leaders.match(text, p) is not None
            or r.title.match(text, p) is not None
        ):
            continue
        items = [(p, ne), *_name_list(text, ne, r)]
        end = items[-1][1]
        # (甲、乙、丙、高远、丁出席: one given name after the first that makes a word with its
        # surname, among three names or more that make none, is a name too; names31)
        worded = [
            i
            for i, (a, b) in enumerate(items)
            if b - a == 2 and (text[a:b] in fw or text[a:b] in cw)
        ]
        if len(worded) == 1 and worded[0] > 0 and len(items) - 1 >= 3:
            worded = []
        if (
            len(items) >= least
            and _SEATED.match(text, end)
            and not worded
            and not any(
                text[a:b] in r.g.gpe_names
                or text[b - 1] in _PLACE_ENDS
                # (任文和: 和 may end a name in a list the 、 closes)
                or not (
                    _surname_len(text[a:b], r.g)
                    or "·" in text[a:b]
                    # (甲、佀某某、乙出席: a name of a surname no list holds, between two 、 of a
                    # list of read names, no word of the dictionary; names31)
                    or (_inner_list_item(text, a, b) and not jieba_tokenizer().FREQ.get(text[a:b]))
                )
                for a, b in items
            )
        ):
            for s, e in items:
                if s not in doc.persons:
                    doc.add_person(s, e, 0.75, "person.leaders_list")


# ，甲、乙、丙、丁4人获…提名奖 / 甲、乙、丙等3名同志: the count of the people a list of names with
# no title closes (honours, model workers, volunteers; persons19): not 3家, 3个, 300余人
_PEOPLE_COUNT = re.compile(r"(等)?([0-9一二三四五六七八九十两]{1,3})(?:人|名|位)(?![民口次才])")
# (塞向甲、乙两位志愿者手中: a preposition before the first of two names the count closes)
_PREPOSITIONS = frozenset("向给对为让请被")
_SMALL_COUNTS = {"两": 2, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4, "五": 5, "5": 5}


# GUIDELINES' PERSON is "an official or anyone acting in an official capacity": a volunteer, a
# resident, a vendor or a prize-winner named in a report is none by default; a team whose gold
# tags them switches this rule on (registry.DEFAULT_OFF; lead19)
CITIZEN = "person.citizen"
# what a count of officials names after it (甲、乙、丙3名同志)
_OFFICIALS_COUNTED = re.compile("同志|干部|领导|党员干部|委员|代表|第一书记|驻村")
_COUNT = "[0-9一二三四五六七八九十两]{1,3}"


def _list_before(
    e: int, item_before: Callable[[int, int], tuple[int, str] | None]
) -> tuple[list[tuple[int, int]], bool]:
    """The items of a list that ends at e, read backwards: `item_before(end, items so far)` gives
    the start of the item ending at `end` and the character before it (None: no item). The walk
    goes on over 、 and ends at any other opening; returns the items (last first) and whether
    the list opened (False: an item was missing)."""
    items: list[tuple[int, int]] = []
    while (found := item_before(e, len(items))) is not None:
        s, prev = found
        items.append((s, e))
        if prev != "、":
            return items, True
        e = s - 1
    return items, False


def find_counted_name_lists(doc: Doc) -> None:
    """person.leaders_list: three or more names at 、 opening a clause, closed by the count of the
    people they are (甲、乙、丙3人获…); every item a name of two or three characters, none a
    word of the dictionary or a place. Two names are enough where the count says two (比如甲、乙两位
    居民), and such a list may open after a function word."""
    text, r = doc.text, doc.r
    if "、" not in text:
        return
    fw, cw = function_words(), common_words()
    g = r.g
    for m in _PEOPLE_COUNT.finditer(text):
        if text[m.start() - 1 : m.start()] == "、" or not m.start():
            continue
        # (two names after a function word or a preposition only where the count says two)
        pair = _SMALL_COUNTS.get(m.group(2)) if m.group(1) is None else None

        def item_before(e: int, count: int, pair: int | None = pair) -> tuple[int, str] | None:
            for n in (4, 3, 2):
                s = e - n
                if s < 0:
                    continue
                name = text[s:e]
                prev = text[s - 1] if s else "\n"
                # (、尼玛、: a transliterated name of one listed part is a name in such a list)
                if not (
                    _valid_name(name, g)
                    and not (n == 2 and (name in fw or name in cw))
                    and name not in g.gpe_names
                    and name[-1] not in _PLACE_ENDS
                    or _minority_part().fullmatch(name) is not None
                ):
                    continue
                if (
                    prev == "、"
                    or prev in _PARTY_OPEN
                    or prev.isspace()
                    or (text[s - 2 : s] in fw or text[s - 1 : s] in _PREPOSITIONS)
                    and pair == count + 1
                ):
                    return s, prev
            return None

        items, opened = _list_before(m.start(), item_before)
        if opened and (len(items) >= 3 or pair == len(items)):
            # (甲、乙、丙3名同志 / 3名干部: officials; 5人获…提名奖, 两位居民: the public)
            rule = "person.leaders_list" if _OFFICIALS_COUNTED.match(text, m.end()) else CITIZEN
            for s, e in items:
                if s not in doc.persons:
                    doc.add_person(s, e, 0.75, rule)


# 中宣部某某事务局宣传处处长甲，/ 国家民委某某司副司长乙，: a post closing a body the title
# grammar does not know (a ministry's bureau or department named in full), a name right after it
# and punctuation or a leader's act after the name (persons19)
_POST_BEFORE_NAME = guarded(
    "(?:副)?(?:司长|处长|局长|科长|厅长|所长|站长|馆长|主任|部长|巡视员|调研员)"
    "(?=[\u3400-\u9fff]{2,4}(?:[，、；。]|宣读|宣布|通报|介绍|致辞|出席|主持|参加|陪同|调研|讲话))"
)
# what such a name may do beyond a leader's acts (…巡视员甲宣读了决定; persons20)
_LOOSE_NAME_ACTS = re.compile("宣读|宣布|通报|介绍|致辞")
# where such a title may open: a level, the centre or a place's first character of the kinds
# a ministry's or a level's body opens with
_LOOSE_TITLE_OPENS = frozenset("中国省市县区州盟旗")
# a clause's words that no title holds
_NO_TITLE_CHARS = frozenset("的了在和与及对向把被将从由等是为让给到")


def find_names_after_loose_titles(doc: Doc) -> None:
    """title.chain / person.after_title: a name right after a post whose body the title grammar
    does not read, the whole run from the clause's start to the post as the TITLE (国家民委某某司
    副司长甲，): the run opens with a level or the centre, holds no clause word and is at most
    eighteen characters; the name no word, closed by punctuation or a leader's act."""
    text, r = doc.text, doc.r
    if "长" not in text and "主任" not in text and "员" not in text:
        return
    covered: list[tuple[int, int]] | None = None
    fw, cw = function_words(), common_words()
    for m in _POST_BEFORE_NAME.finditer(text):
        p = m.end()
        if p in doc.persons or m.start() in doc.titles:
            continue
        if covered is None:
            covered = sorted(doc.titles.items())
        if any(ts <= m.start() < te for ts, te in covered):
            continue
        e = name_after(text, p, r)
        if not e or (_LEADER_ACTS.match(text, e) or _LOOSE_NAME_ACTS.match(text, e)) is None:
            continue
        name = text[p:e]
        if name in fw or name in cw or jieba_tokenizer().FREQ.get(name, 0) >= _WORD_FREQ:
            continue
        a = m.start()
        while a > 0 and m.start() - a < 18 and _is_cjk(text[a - 1]):
            a -= 1
        if (
            a == m.start()
            or not (a == 0 or text[a - 1] in _PARTY_OPEN or text[a - 1] in "、 \u3000")
            or text[a] not in _LOOSE_TITLE_OPENS
            # (中心主任某某: a bare 中心 is no body; 中央, 中国, 中共, 中宣部 open one)
            or text[a] == "中"
            and text[a + 1 : a + 2] not in ("央", "国", "共", "宣", "组", "纪")
            or any(c in _NO_TITLE_CHARS for c in text[a : m.start()])
            or any(ts < m.end() and a < te for ts, te in covered)
        ):
            continue
        doc.add_title(a, m.end(), 0.7, "title.chain")
        doc.add_person(p, e, 0.7, "person.after_title")
        doc.holds.append((p, a, "relation.holds.adjacent"))


# 老杨名叫杨某某，苗族，… / 他叫李某某，: a person introduced by name in a feature (persons19)
_NAMED = guarded("(?:名叫|名字叫|叫做)")
# …的“第一书记”倪某了解…: a post in quotes right before the name (persons19)
_QUOTED_POST = guarded("(?<=“)(?:第一书记|网格长|楼栋长|河长|路长|街长|片长|巷长)(?=”)")


def find_introduced_names(doc: Doc) -> None:
    """person.party: a name after 名叫 closed by punctuation; title.chain / person.after_title: a
    post in quotes right before a name (“第一书记”某某), the quotes outside the TITLE."""
    text, r = doc.text, doc.r
    fw, cw = function_words(), common_words()
    for m in _NAMED.finditer(text):
        p = m.end()
        e = name_after(text, p, r)
        if e and p not in doc.persons and text[e : e + 1] in "，。、；：,;" and text[p:e] not in cw:
            if text[p:e] not in fw:
                doc.add_person(p, e, 0.75, "person.party")
    for m in _QUOTED_POST.finditer(text):
        p = m.end() + 1
        e = name_after(text, p, r)
        if not e or p in doc.persons or text[p:e] in cw or text[p:e] in fw:
            continue
        # (above the quoted slogan's priority: a post in quotes with its holder after it is no
        # slogan)
        doc.titles[m.start()] = m.end()
        doc.add(m.start(), m.end(), "TITLE", 0.7, 7, "title.chain")
        doc.add_person(p, e, 0.7, "person.after_title")
        doc.holds.append((p, m.start(), "relation.holds.adjacent"))


# 志愿者张某，… / 居民李某某说: the role of an ordinary person written right before the name,
# the way reports of volunteers, residents and model workers name them (persons19)
# (the public: PERSON only under the opt-in person.citizen, GUIDELINES naming officials)
_CITIZEN_ROLES = (
    "志愿者|居民|村民|市民|老党员|党员|环卫工人|环卫工|保洁员|楼栋长|楼长|商户|店主|摊主"
    "|经营户|业主|义工|快递员|外卖员|退役军人|道德模范|身边好人|文明家庭户主"
)
_ROLE_BEFORE_NAME = guarded(
    # (staff acting for a body: 工作人员某某表示, 网格员某某; lead19; 园区有关负责人某某说,
    # 分管负责人某某主持: who answers for a body speaks for it; persons23)
    "(?P<staff>网格员|社工|辅警|协管员|工作人员|负责人)|" + _CITIZEN_ROLES
)
# what follows such a name: punctuation, or a verb of telling (居民王某说 / 告诉记者)
_ROLE_NAME_NEXT = re.compile(
    r"[，。、；：,;:“”（(]|(?:[也还都]?(?:说|表示|告诉|介绍|坦言|笑着说|感慨|深有感触))"
)


# What a text must hold for person.citizen to change anything (learn.corrections.SWITCH_CUES:
# training re-runs a document's rules with the switch on only where it may): a role of the
# public (find_role_names), or a list's item closed by the public's group (甲、乙等志愿者,
# find_names_before_leaders) or by a count of people (甲、乙、丙3人获…, find_counted_name_lists).
# citizen_may_fire narrows it to where the rules' own conditions can hold.
CITIZEN_CUE = re.compile(f"{_CITIZEN_ROLES}|{_COUNT}(?:人|名|位)")


def citizen_may_fire(text: str, r: _Rules | None = None) -> bool:
    """May person.citizen add a name to `text`: a role of the public with a name right after it
    closed as find_role_names closes it, or 、 at most five characters before 等 + the public's
    group or before a count of people
    that names no officials. Holds wherever one of the rule's three readings adds a name (each
    needs at least this; tests/test_learn_citizen_cue.py checks it on generated and real-form
    texts)."""
    if CITIZEN_CUE.search(text) is None:
        return False
    if r is None:
        from civannot.preannotate.common import rules

        r = rules()
    for m in _ROLE_BEFORE_NAME.finditer(text):
        p = m.end()
        if m.group("staff") or not _surname_len(text[p : p + 2], r.g):
            continue
        e = name_after(text, p, r)
        if e and e - p <= 4 and _ROLE_NAME_NEXT.match(text, e) is not None:
            return True
    if "、" not in text:
        return False
    for m in _LEADERS_AFTER_LIST.finditer(text):
        if m.group("citizen") and "、" in text[max(0, m.start() - 5) : m.start()]:
            return True
    for m in _PEOPLE_COUNT.finditer(text):
        if (
            "、" in text[max(0, m.start() - 5) : m.start()]
            and _OFFICIALS_COUNTED.match(text, m.end()) is None
        ):
            return True
    return False


# 刘大爷, 王阿姨, 李师傅: a surname and a way of address, no name (nor 谢某, a name withheld)
_ADDRESS_GIVEN = frozenset(
    "大爷 大妈 大娘 大叔 大姐 大哥 阿姨 阿婆 婆婆 奶奶 爷爷 师傅 老师 女士 先生 同学 老汉 姐 哥 叔 婶 伯 姨".split()
)


def find_role_names(doc: Doc) -> None:
    """person.party: a name right after the role of staff acting for a body (工作人员某某表示);
    person.citizen (opt-in): after the role of an ordinary person (志愿者张某，…, 居民李某某告诉
    记者); the name no word of the dictionary, closed by punctuation or a verb of telling."""
    text, r = doc.text, doc.r
    fw, cw = function_words(), common_words()
    freq = None
    for m in _ROLE_BEFORE_NAME.finditer(text):
        p = m.end()
        # (商户和居户: 和 joins two roles, it opens no name)
        if (
            p in doc.persons
            or text[p : p + 1] in _CONJUNCTION_SURNAMES
            or not _surname_len(text[p : p + 2], r.g)
        ):
            continue
        e = name_after(text, p, r)
        if not e or e - p > 4 or _ROLE_NAME_NEXT.match(text, e) is None:
            continue
        name = text[p:e]
        given = name[_surname_len(name, r.g) :]
        # (志愿者全覆盖: a given name that is a common word, 覆盖, makes no name here)
        if name in fw or name in cw or given in cw or given in _ADDRESS_GIVEN or "某" in given:
            continue
        # (负责人来访时表示: an act and its time after the role, no name; session 47, misc49)
        if act_not_name(name, r):
            continue
        if freq is None:
            freq = jieba_tokenizer().FREQ
        # (居民楼内外: the role and the next character are one word, 居民楼)
        if freq.get(name, 0) >= _WORD_FREQ or freq.get(text[m.start() : p + 1]):
            continue
        rule = "person.party" if m.group("staff") else CITIZEN
        doc.add_person(p, e, 0.7, rule)
        # 市民甲、乙发自肺腑…: the other names of the list the role opens, each no word
        for a, b in _name_list(text, e, r):
            if a in doc.persons or text[a:b] in cw or text[a:b] in fw:
                break
            if freq.get(text[a:b], 0) >= _WORD_FREQ:
                break
            doc.add_person(a, b, 0.7, rule)


# a list of names joined to a person named before it (某某及甲、乙等领导)
_LIST_JOINS = set("及和与")


# 授予某某等12名同志“…”荣誉称号: the first of a group named before its count
# (某某等4名第一书记代表作了交流发言: the village secretaries sent by the county; session 12)
_GROUP_COUNT = re.compile(
    r"等[0-9一二三四五六七八九十百]{1,4}名(?:同志|干部|党员|职工|教师|医生|第一书记|驻村)"
)


def find_group_firsts(doc: Doc) -> None:
    """person.comrade: a name before 等 + a count of people (授予某某等12名同志…; session 9 audit),
    after punctuation or a verb of the dictionary, never a word of the dictionary."""
    text, r = doc.text, doc.r
    fw, cw = function_words(), common_words()
    for m in _GROUP_COUNT.finditer(text):
        e = m.start()
        for n in (3, 2):
            a = e - n
            name = text[a:e]
            if a < 0 or not _valid_name(name, r.g) or e - a == 2 and (name in fw or name in cw):
                continue
            if a == 0 or text[a - 1] in _PARTY_OPEN or text[a - 2 : a] in fw:
                doc.add_person(a, e, 0.75, "person.comrade")
                break


def find_comrades(doc: Doc) -> None:
    """person.comrade: NAME同志"""
    text, r = doc.text, doc.r
    fw, cw = function_words(), common_words()
    ends = set(doc.persons.values())
    # (each 同志 by str.find, as re.finditer("同志") gives them: a literal's matches never
    # overlap; the module-level re call looked its pattern up in re's cache each text)
    k = text.find("同志")
    while k >= 0:
        # (同志们: the address to all, no name before it; a name found already ends there: the
        # name before is read, and the dictionary's cut of running text not asked; orgs26)
        if text[k + 2 : k + 3] != "们" and k not in ends:
            ns = name_before(text, k, r)
            if ns >= 0 and ns not in doc.persons and k - ns >= 2:
                name = text[ns:k]
                # (全体同志, 青年同志: a word of the language before 同志 is no name)
                if not (len(name) == 2 and (name in fw or name in cw)):
                    doc.add_person(ns, k, 0.75, "person.comrade")
        k = text.find("同志", k + 2)


# 某某代表介绍了…, 就某某代表提出的建议: a deputy of a congress named by the bare word after the
# name, closed by what a deputy does at a viewing or a forum (session 13 audit). The bare word
# is no TITLE (a deputy's title needs its level, titles.find_deputies), the name is a PERSON.
_DEPUTY_AFTER = re.compile(r"代表(?=介绍|说|认为|表示|建议|提出|发言|指出|在会上|在座谈)")
_DEPUTY_OPEN = _PARTY_OPEN | set("就由请对和与及、")


def find_deputy_names(doc: Doc) -> None:
    """person.comrade: NAME代表介绍 / 就NAME代表提出的 — the name opens a clause or follows a
    preposition; a two-character word of the dictionary (职工代表, 师生代表) is no name."""
    text, r = doc.text, doc.r
    if "代表" not in text:
        return
    fw, cw = function_words(), common_words()
    for m in _DEPUTY_AFTER.finditer(text):
        e = m.start()
        for n in (3, 2):
            a = e - n
            name = text[a:e]
            if a < 0 or not _valid_name(name, r.g):
                continue
            if n == 2 and (name in fw or name in cw or jieba_tokenizer().FREQ.get(name)):
                continue
            if a == 0 or text[a - 1] in _DEPUTY_OPEN or text[a - 1].isspace():
                if a not in doc.persons:
                    doc.add_person(a, e, 0.75, "person.comrade")
                break


def _lengthen_cut_names(doc: Doc) -> None:
    """县委书记何立先向…。何立先强调: a name of three characters whose last is a word that may
    follow a name (先, 也, 还) was cut to two where that word reads as an adverb; a rule that
    found the three characters elsewhere in the article says which it is."""
    text, persons = doc.text, doc.persons
    three = {text[s:e] for s, e in persons.items() if e - s == 3}
    if not three:
        return
    cut = {s for s, e in persons.items() if e - s == 2 and text[s : s + 3] in three}
    if not cut:
        return
    # (HOLDS_TITLE pairs name the person by its start, which stays)
    for s in cut:
        persons[s] = s + 3
    for c in doc.cands:
        if c.label == "PERSON" and c.start in cut and c.end == c.start + 2:
            c.end = c.start + 3


def _inside_dotted(text: str, s: int, e: int) -> bool:
    """Is text[s:e] one part of a longer name with a dot (巴特尔 in 策·奥云巴特尔, 阿不都 in
    阿不都·某某)? A repeat of a name found elsewhere is not read there (persons20)."""
    if e + 1 < len(text) and text[e] in _NAME_DOTS and _is_cjk(text[e + 1]):
        return True
    a = s
    while a > 0 and s - a < 6 and _is_cjk(text[a - 1]):
        a -= 1
    return a > 1 and text[a - 1] in _NAME_DOTS and _is_cjk(text[a - 2])


# a preposition before a name found elsewhere: the name is not glued to a word there (在唐某眼里,
# 向唐某汇报; persons20)
# (听取了朱某的报告, 甲和乙: after 了 or a conjunction too)
_BEFORE_A_NAME = frozenset("在对向跟给让被把同由陪请了和与及")


def find_repeats(doc: Doc, lexicon: Lexicon | None) -> None:
    """person.repeat and lexicon: every further mention of a name found above (also across
    他/她 paragraphs), and the strings the project's annotators accepted before."""
    text, r, persons = doc.text, doc.r, doc.persons
    _lengthen_cut_names(doc)
    # (a surname alone, 习 of 和习总书记, is a way of address there only: no repeat; orgs26)
    names = {text[s:e] for s, e in persons.items() if e - s >= 2}
    names = {n for n in names if not _excluded_person(text, *_first(text, n))}
    if lexicon is not None:
        for s, e, label in lexicon.finditer(text):
            if label == "PERSON":
                names.add(text[s:e])
            else:
                doc.add(s, e, label, 0.75, 3, "lexicon")
    lex_names = set(names) - {text[s:e] for s, e in persons.items()}
    has_dot = _has_name_dot(text)
    if names:
        for ms, me in find_words(names, text):
            if (
                ms not in persons
                and not _excluded_person(text, ms, me)
                and not (has_dot and _inside_dotted(text, ms, me))
            ):
                prev = text[ms - 1] if ms else "\n"
                # a name glued to a preceding surname-like run is likely a longer word
                # (but not when the run before is a name found: 甲某某乙某 in a headline)
                if (
                    _is_cjk(prev)
                    and prev not in _BEFORE_A_NAME
                    and me - ms == 2
                    and not r.followers.match(text, me)
                    and ms not in persons.values()
                ):
                    continue
                doc.add_person(
                    ms, me, 0.8, "lexicon" if text[ms:me] in lex_names else "person.repeat"
                )
    doc.names = names


# (…组成员甲、乙、丙到会指导: the members of a group the report names, some titled elsewhere;
# audit43, session 41)
_LEADERS_NOUN_ENDS = ("领导", "班子成员", "组成员")


def find_list_neighbours(doc: Doc) -> None:
    """person.leaders_list: the other items of a list of names at 、 one of whose items is a name
    found (甲、乙、丙出席会议, where 甲 and 丙 are titled elsewhere in the report and 乙 never is),
    when the list opens a clause and a leader's act or punctuation closes it; then every further
    mention of the names added."""
    text, r, persons = doc.text, doc.r, doc.persons
    if "、" not in text or not persons:
        return
    fw, cw = function_words(), common_words()

    def ok(a: int, b: int) -> bool:
        name = text[a:b]
        return (
            _valid_name(name, r.g)
            and not (len(name) == 2 and (name in fw or name in cw))
            and not _excluded_person(text, a, b)
        )

    added: list[tuple[int, int]] = []
    seen: set[int] = set()
    for s, e in sorted(persons.items()):
        if s in seen or (text[e : e + 1] != "、" and text[s - 1 : s] != "、"):
            continue
        items = [(s, e)]
        p = e
        while text[p : p + 1] == "、":
            q = p + 1
            ne = persons.get(q) or name_after(text, q, r)
            if not ne or not (q in persons or ok(q, ne)):
                break
            items.append((q, ne))
            p = ne
        closed = p >= len(text) or _LEADER_ACTS.match(text, p) is not None
        p = s
        while p > 1 and text[p - 1] == "、":
            found = None
            for n in (3, 2):
                a = p - 1 - n
                if a < 0 or not all_cjk(text[a : p - 1]):
                    continue
                prev = text[a - 1] if a else "\n"
                if (persons.get(a) == p - 1 or ok(a, p - 1)) and (
                    prev == "、" or prev in _PARTY_OPEN or prev.isspace()
                ):
                    found = (a, p - 1)
                    break
            if found is None:
                break
            items.insert(0, found)
            p = found[0]
        first = items[0][0]
        opens = (
            first == 0
            or text[first - 1] in _PARTY_OPEN
            or text[first - 1].isspace()
            # 我市地厅级领导甲、乙、丙等率先垂范, 区班子成员甲、乙: a noun of leaders no leaders'
            # term of common._Rules holds (ranks, a level's team) before the list (persons23)
            or text.endswith(_LEADERS_NOUN_ENDS, max(0, first - 4), first)
        )
        seen.update(a for a, _ in items)
        if not (closed and opens and len(items) >= 2):
            continue
        added.extend((a, b) for a, b in items if a not in persons)
    if not added:
        return
    for a, b in added:
        doc.add_person(a, b, 0.75, "person.leaders_list")
    new = {text[a:b] for a, b in added} - doc.names
    for ms, me in find_words(new, text) if new else ():
        prev = text[ms - 1] if ms else "\n"
        # as find_repeats: a two-character name glued to a word before it may be a longer word
        glued = (
            _is_cjk(prev)
            and prev not in _BEFORE_A_NAME
            and me - ms == 2
            and not r.followers.match(text, me)
        )
        if _inside_dotted(text, ms, me):
            continue
        if ms not in persons and not (glued and ms not in persons.values()):
            doc.add_person(ms, me, 0.8, "person.repeat")
    doc.names |= new


def drop_bylines(doc: Doc) -> set[int]:
    """Reporters and photographers in bylines are no PERSON, nor a name opening a doctrine's
    (_DOCTRINE_AFTER): drop their candidates (in one pass:
    dropping each in turn is quadratic in a long text). Returns the starts dropped.
    The names of the doctrines' leaders are then offered under the opt-in person.doctrine."""
    excluded = {s for s, e in doc.persons.items() if _excluded_person(doc.text, s, e)}
    if excluded:
        doc.cands[:] = [c for c in doc.cands if not (c.label == "PERSON" and c.start in excluded)]
    _add_doctrine_names(doc)
    return excluded


# person.doctrine (opt-in, registry.CONVENTION_SWITCHES): the name of the leader a doctrine is named after
# (以习近平新时代中国特色社会主义思想为指导, 毛泽东思想, 邓小平理论) as a PERSON, for a team whose gold
# tags a name inside a name no label takes, as it tags a place there (realteam21's convention;
# session 10's two blind annotators left it untagged, the default). The doctrines of the party's
# constitution are a closed set, so are the names that open them (persons23).
DOCTRINE = "person.doctrine"
DOCTRINE_CUE = re.compile("思想|理论")
_DOCTRINE_NAME = re.compile(
    r"习近平(?=(?:新时代中国特色社会主义|生态文明|法治|文化|外交|强军|经济)思想)"
    r"|毛泽东(?=思想)|邓小平(?=理论)"
)


def _add_doctrine_names(doc: Doc) -> None:
    """person.doctrine: candidates only (not in doc.persons, so no other rule reads them as
    names found), made only while the switch is on (registry.CONVENTION_SWITCHES)."""
    if DOCTRINE not in doc.switches:
        return  # (a convention switch: the engine passes it only when it is on)
    text = doc.text
    if "思想" not in text and "理论" not in text:
        return
    for m in _DOCTRINE_NAME.finditer(text):
        doc.cands.append(Cand(m.start(), m.end(), "PERSON", 0.8, 4, DOCTRINE))


# this module's regexes searched with their first characters as the skip set (scan.py): the
# same matches, fewer attempts
speed_up(globals())
