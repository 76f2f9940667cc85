"""Titles in a text whose GBK repair left U+FFFD in them (县委\ufffd记某某, \ufffd政协主席某某,
人大常委\ufffd主任): the entity rules read a copy of the text in which such a character is the one
that makes the longest title across it; the spans keep the text as written (GUIDELINES: annotate
what is written), at the same offsets (one character for one). Names with a lost character are
read by persons.name_after itself (\ufffd远山, 柯远\ufffd).

Only a character the title vocabularies (levels, bodies, posts) put there is tried, and only where
the grammar then reads a title across it: a lost character elsewhere stays as it is. A lost 、
between two titles (县委副书记\ufffd县长某某) is read as 、 (session 11 audit: the traditional mirror
copies with GBK damage).

Session 12 (damaged13, the mark before a title lost with its lead byte: `落實??h委` gives
落实\ufffd县委 or 落实\ufffd\ufffd委): a lost character glued to a title that is whole without it, after
a word, is the lost mark, not a level of the title (部署\ufffd区委副书记 is no 新区委副书记, 发言\ufffd副县长
no 省副县长), nor a level guessed only to open a title whose place slot then swallows words
(\ufffd议由区委常委); a lost 、 between two names of a leaders' list (县领导甲\ufffd乙) is read as 、;
two lost side by side that end a title (县委\ufffd\ufffd、宣传部部长某某) as a post of two; and a
verb after a titled name that lost a character (县长某某出\ufffd, 陪\ufffd检查) as that verb, so that
the name ends before it. The spans still keep every lost character as written."""

from __future__ import annotations

import re
from functools import lru_cache

from civannot.preannotate.common import Doc, _is_cjk, _Rules, rules
from civannot.preannotate.persons import name_after

FFFD = "\ufffd"
# the longest vocabulary word looked for around a lost character
_WORD_MAX = 6


@lru_cache(maxsize=1)
def _word_keys() -> dict[str, str]:
    """Each vocabulary word with one character lost (县委\ufffd记 has none: 书\ufffd, \ufffd记 of 书记)
    -> the characters that stand there, most words first."""
    g = rules().g
    counts: dict[str, dict[str, int]] = {}
    # (领导: the leaders' term of 县领导甲、乙, which common._Rules.leaders reads)
    for w in (*g.levels, *g.bodies, *g.posts, *g.lone_posts, "领导"):
        if not 2 <= len(w) <= _WORD_MAX:
            continue
        for j, c in enumerate(w):
            key = w[:j] + FFFD + w[j + 1 :]
            per = counts.setdefault(key, {})
            per[c] = per.get(c, 0) + 1
    return {k: "".join(sorted(v, key=lambda c: -v[c])) for k, v in counts.items()}


@lru_cache(maxsize=1)
def _single_chars() -> str:
    """The one-character levels and bodies (区, 县, 委…): tried after the words' characters."""
    g = rules().g
    return "".join(dict.fromkeys(w for w in (*g.levels, *g.bodies) if len(w) == 1))


def _keyed(text: str, i: int) -> str:
    """The characters the vocabulary words around position i put there (no fallback)."""
    keys = _word_keys()
    out = ""
    for n in range(_WORD_MAX, 1, -1):
        for j in range(n):
            a = i - j
            if 0 <= a and a + n <= len(text):
                out += keys.get(text[a : a + n], "")
    return out


def _candidates(text: str, i: int) -> list[str]:
    """The characters the vocabulary words around position i put there, from the longest word,
    then the one-character levels and bodies."""
    keys = _word_keys()
    out: list[str] = []
    for n in range(_WORD_MAX, 1, -1):
        for j in range(n):
            a = i - j
            if a < 0 or a + n > len(text):
                continue
            for c in keys.get(text[a : a + n], ""):
                if c not in out:
                    out.append(c)
    out.extend(c for c in _single_chars() if c not in out)
    return out


def _title_across(text: str, i: int, r: _Rules) -> tuple[int, int]:
    """The length and end of the longest title the grammar reads across position i ((0, 0) if
    none). Not a body named by its kind (会议要求建立\ufffd长效机制 is no 会议要求建立部长), and a
    title of two characters only before a name (区\ufffd某某: 区长)."""
    best, end = 0, 0
    for k in range(max(0, i - 12), i + 1):
        # (县领导甲、乙: the leaders of a level are read as a title too; inline, not _titles_at:
        # this is the loop every lost character runs)
        for m in (r.title.match(text, k), r.leaders.match(text, k)):
            if m is None or m.end() <= i or m.groupdict().get("bykind") is not None:
                continue
            if m.end() - k < 3 and not name_after(text, m.end(), r):
                continue
            if m.end() - k > best:
                best, end = m.end() - k, m.end()
    return best, end


def _titles_at(text: str, k: int, r: _Rules) -> list[re.Match[str]]:
    """The titles and leaders' terms starting at k."""
    return [m for m in (r.title.match(text, k), r.leaders.match(text, k)) if m is not None]


# the levels of one character a title opens with (县领导, 区委副书记)
_ONE_CHAR_LEVELS = frozenset("省市县区州旗盟镇乡")

# after these a title goes on without a mark (会议由\ufffd政协主席某某主持: the lost character is
# the title's own)
_GOVERNS_TITLE = frozenset("由对向与和及同")


def _mark_before_title(text: str, i: int, end: int, r: _Rules) -> bool:
    """Whether the lost character at i is a mark lost before a title, not a character of it: the
    title starting after it is whole on its own and ends where the reading across it would, and a
    word, not a mark, stands before it (部署\ufffd区委副书记, 发言\ufffd副县长)."""
    before = text[i - 1 : i]
    if (not before or before in _CLAUSE_OPEN) and text[i + 1 : i + 2] in _ONE_CHAR_LEVELS:
        # ，\ufffd县领导甲、乙 / 。\ufffd区委副书记某某: after a mark, a title that opens with its
        # own level and is whole without the lost character has no further level before it (a
        # lost space or mark; both dev27 golds leave it out; titles27)
        return any(m.end() == end for m in _titles_at(text, i + 1, r))
    if not before or not _is_cjk(before) or before in _GOVERNS_TITLE:
        return False
    if text[i + 1 : i + 2] in _lone_bodies():
        return False  # 会议\ufffd委常委: 委 opens no title, a level stood before it
    return any(
        m.end() == end and m.groupdict().get("bykind") is None for m in _titles_at(text, i + 1, r)
    )


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """The words of titles: levels, bodies, posts (人大 of 县人大常委会主任)."""
    g = rules().g
    return frozenset((*g.levels, *g.bodies, *g.posts, *g.lone_posts))


@lru_cache(maxsize=1)
def _lone_bodies() -> frozenset[str]:
    """The bodies of one character that are no level (委, 办): a title does not open with them."""
    g = rules().g
    return frozenset(w for w in g.bodies if len(w) == 1 and w not in g.levels)


def _list_head(text: str, start: int, r: _Rules, *, titles: bool = False, depth: int = 8) -> bool:
    """Whether a name starting at `start` belongs to a leaders' list (县领导甲、乙): the leaders'
    term ends right before it, or a name of the list and a 、 do (the names before it read back
    by any length that reaches the term); with `titles`, any title heads the list (县长甲出席)."""
    for k in range(max(0, start - 14), start):
        for m in _titles_at(text, k, r) if titles else [r.leaders.match(text, k)]:
            if m is not None and m.end() == start:
                return True
    if depth == 0 or text[start - 1 : start] != "、":
        return False
    return any(
        s >= 0
        and name_after(text, s, r) == start - 1
        and _list_head(text, s, r, titles=titles, depth=depth - 1)
        for s in (start - 4, start - 5, start - 3)
    )


def _lost_list_comma(text: str, i: int, r: _Rules) -> bool:
    """Whether the lost character at i is the 、 between two names of a leaders' list: with 、
    there, a name of the list ends at i and another name starts after it."""
    w = text[:i] + "、" + text[i + 1 :]
    if name_after(w, i + 1, r) <= i + 1:
        return False
    return any(
        s >= 0 and name_after(w, s, r) == i and _list_head(w, s, r) for s in (i - 2, i - 3, i - 4)
    )


@lru_cache(maxsize=1)
def _follower_keys() -> dict[str, str]:
    """Each verb that follows a name (出席, 陪同) with one character lost -> the characters that
    stand there."""
    out: dict[str, str] = {}
    for w in rules().g.name_followers:
        if len(w) < 2:
            continue
        for j, c in enumerate(w):
            key = w[:j] + FFFD + w[j + 1 :]
            if c not in out.get(key, ""):
                out[key] = out.get(key, "") + c
    return out


def _lost_follower(text: str, i: int, r: _Rules) -> str:
    """The character a verb after a titled name lost at i (县政协主席某某出\ufffd, 县领导甲、乙陪\ufffd
    检查: 席, 同), so that the name ends before it; "" where no titled name ends right before such
    a verb."""
    keys = _follower_keys()
    for n in (4, 3, 2):
        # not the verb's first character: a lost one right after a name may be the name's own
        # (王明\ufffd出席 is no 王明 + 指出席)
        for j in range(1, n):
            a = i - j
            if a < 2:
                continue
            for c in keys.get(text[a : a + n], ""):
                w = text[:i] + c + text[i + 1 :]
                for s in (a - 2, a - 3, a - 4):
                    if (
                        s >= 0
                        and name_after(w, s, r) == a
                        # 黄德明\ufffd求 is no 黄德 + 明确: the name read without the verb ends no later
                        and name_after(text, s, r) <= a
                        and _list_head(w, s, r, titles=True)
                    ):
                        return c
    return ""


@lru_cache(maxsize=1)
def _pair_words() -> tuple[str, ...]:
    """The posts and bodies of two characters (常委, 书记): what two lost characters side by side
    at the end of a title were."""
    g = rules().g
    return tuple(dict.fromkeys(w for w in (*g.posts, *g.lone_posts, *g.bodies) if len(w) == 2))


@lru_cache(maxsize=1)
def _pair_keys() -> dict[str, tuple[str, ...]]:
    """Each vocabulary word of three or more with two characters side by side lost (\ufffd\ufffd记 of
    副书记) -> the pairs that stand there."""
    g = rules().g
    out: dict[str, tuple[str, ...]] = {}
    for w in (*g.levels, *g.bodies, *g.posts, *g.lone_posts):
        if not 3 <= len(w) <= _WORD_MAX:
            continue
        for j in range(len(w) - 1):
            key = w[:j] + FFFD + FFFD + w[j + 2 :]
            if w[j : j + 2] not in out.get(key, ()):
                out[key] = (*out.get(key, ()), w[j : j + 2])
    return out


def _lost_pair(text: str, i: int, r: _Rules) -> str:
    """Two characters lost side by side at i, i + 1 inside or at the end of a title whose start is
    written (县委\ufffd\ufffd、宣传部部长某某: 常委, or 书记; 镇党委\ufffd\ufffd记某某: 副书; the span keeps
    them as written, so which word does not matter, only that one does), where a name or 、 and a
    further title follow the title; "" otherwise."""
    # a name or 、 must follow soon after, or no title here could hold one (cheap test first)
    if not any(text[e : e + 1] == "、" or name_after(text, e, r) > e for e in range(i + 2, i + 6)):
        return ""
    keys = _pair_keys()
    pairs: list[str] = []
    for n in range(_WORD_MAX, 2, -1):
        for j in range(n - 1):
            a = i - j
            if 0 <= a and a + n <= len(text):
                pairs.extend(p for p in keys.get(text[a : a + n], ()) if p not in pairs)
    end = i + 2
    ends_title = name_after(text, end, r) > end or (
        text[end : end + 1] == "、" and r.title.match(text, end + 1) is not None
    )
    for pw in (*pairs, *(_pair_words() if ends_title else ())):
        w = text[:i] + pw + text[i + 2 :]
        n, e = _title_across(w, i + 1, r)
        # (a post of two alone only where it ends the title: 县委\ufffd\ufffd、)
        if not n or e - n >= i or e < end or (pw not in pairs and e != end):
            continue
        if name_after(w, e, r) > e or (
            w[e : e + 1] == "、" and r.title.match(w, e + 1) is not None
        ):
            return pw
    return ""


# a character a site masked with * between two Chinese characters (自治区*委常委, 市*协主席某某,
# 尤占*: sites that hide 党, 政 or a name's character; orgs25, seen on five pages of four sites):
# read as a lost one
# (副市长李**来…, 李**指出: a given name of two the site masked whole, read as two lost; misc51,
# f50's gold, where the masked name is tagged as written; never a run of three or more, nor
# stars after a mark: **月*日, ****年度 are masked figures)
_MASKED = re.compile(r"(?<=[\u3400-\u9fff])\*{1,2}(?=[\u3400-\u9fff、，。]|$)")


def _lost_for_masked(m: re.Match[str]) -> str:
    return FFFD * (m.end() - m.start())


def reading_text(text: str, r: _Rules) -> str:
    """`text` with each lost character inside a title read as the one the title needs."""
    if "*" in text:
        text = _MASKED.sub(_lost_for_masked, text)
    if FFFD not in text:
        return text
    chars = list(text)
    i = text.find(FFFD)
    while i >= 0:
        lo, hi = max(0, i - 14), min(len(text), i + 14)
        window = "".join(chars[lo:hi])
        at = i - lo
        best, best_len, best_end = "", 0, 0
        if at and r.title.match(window, at + 1) is not None:
            # 县委副书记\ufffd县长某某: a lost 、 between two titles
            ends = {m.end() for k in range(max(0, at - 12), at) if (m := r.title.match(window, k))}
            if at in ends:
                best = "、"
        if not best and _lost_list_comma(window, at, r):
            best = "、"
        # exactly two lost side by side, after a written character (a flood is no title)
        if (
            not best
            and window[at + 1 : at + 2] == FFFD
            and window[at + 2 : at + 3] != FFFD
            and _is_cjk(window[at - 1 : at] or " ")
        ):
            pair = _lost_pair(window, at, r)
            if pair:
                chars[i : i + 2] = list(pair)
                i = text.find(FFFD, i + 2)
                continue
        for c in () if best else _candidates(window, at):
            w = window[:at] + c + window[at + 1 :]
            n, e = _title_across(w, at, r)
            if n > best_len:
                best, best_len, best_end = c, n, e
        if best_len and best_end - best_len == at:
            if _mark_before_title(window, at, best_end, r):
                best = ""
            elif best not in _keyed(window, at) and any(
                m.end() == best_end
                and window[at + 1 : j] not in _vocabulary()
                and window[j] not in _lone_bodies()
                for j in range(at + 2, best_end - 1)
                for m in _titles_at(window, j, r)
            ):
                # \ufffd议由区委常委: a level guessed only to open a title whose place slot then
                # swallows words; a title of its own ends there already
                best = ""
        if not best:
            best = _lost_follower(window, at, r)
        if best:
            chars[i] = best
        i = text.find(FFFD, i + 1)
    return "".join(chars)


# 推进会, 工作会议: a meeting's name ends before a lost character
_MEETING_END = re.compile("会议?$")


@lru_cache(maxsize=1)
def _head_ends() -> tuple[str, ...]:
    """What the written part of a title before a lost character may end in: a level, a body, a
    post or a place's suffix (县委\ufffd记, 市人大常委\ufffd主任, 某某县\ufffd委书记)."""
    g = rules().g
    return tuple(dict.fromkeys((*_vocabulary(), *g.admin_suffixes)))


_CLAUSE_OPEN = frozenset('，。；：、！？,;:!?\n （(“"')


def _title_head(text: str, start: int, i: int) -> bool:
    """Whether text[start:i], the written start of a title before its first lost character, can
    open that title: it ends in a word of titles or a place's suffix, or it is a short name
    opening its clause (华安\ufffd委书记: a county named without its lost 县); a clause's words do
    not (做好迎检工作\ufffd\ufffd委常委, 抓好落实\ufffd\ufffd委: the mark after them and the
    level were lost together; session 16 audit, audall17)."""
    p = text[start:i]
    if not p.strip() or p.endswith(_head_ends()):
        return True
    return len(p) <= 3 and (start == 0 or text[start - 1] in _CLAUSE_OPEN)


def cut_meetings_before_lost(doc: Doc, text: str) -> None:
    """A title read across a lost character that took the meeting's name before it in
    (某某工作会议\ufffd委常委: the mark after the meeting and the level were lost together) starts
    at the lost character: a title's place slot holds no meeting (session 14, realgold12).
    `text` is the text as written (doc.text is the reading, the lost characters filled in)."""
    if FFFD not in text:
        return
    moved: dict[int, int] = {}
    for c in doc.cands:
        if c.label != "TITLE":
            continue
        i = text.find(FFFD, c.start, c.end)
        start = c.start
        if i > c.start and _MEETING_END.search(text, c.start, i):
            start = i
        elif i > c.start and not _title_head(text, c.start, i):
            # 。 and the level both lost (工作\ufffd\ufffd委常委): the second is the title's level
            if text[i + 1 : i + 2] == FFFD and text[i + 2 : i + 3] != FFFD:
                i += 1
            start = i
        if (
            start == i
            and i > 0
            and _is_cjk(text[i - 1])
            and text[i - 1] not in _GOVERNS_TITLE
            and text[i + 1 : i + 2] in _lone_bodies()
        ):
            # 动员会\ufffd委书记某某: one lost character after a word, where the mark and the
            # level were both lost, is left out of the title: it starts at what is written (委书
            # 记; the golds of dev27 and dev35 alike; session 33)
            start = i + 1
        if start != c.start:
            moved[c.start] = start
            c.start = start
    if moved:
        doc.move_title_starts(moved)
