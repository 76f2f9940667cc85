"""Punctuation repairs: doubled marks, and full-width marks that a site folded to ASCII."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container

from civannot.text.convert import char_table
from civannot.text.offsets import Edit

FULL = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}

# A comma glued to another mark is the residue of a re-punctuated sentence (林巍,、张弛; 情况,,各;
# 活动,。). Identical CJK separators in a row are the same residue.
_DOUBLED = re.compile(r"[,，](?=[、。，,；;])|([，、；：])(?=\1)")

# Web addresses: a scheme or `www.` and everything printable after it. Each match starts at a
# literal prefix and runs greedily to the first non-printable, so the scan stays linear.
_URL = re.compile(r"(?:(?:https?|ftp)://|www\.)[\x21-\x7e]+", re.IGNORECASE)
# E-mail addresses are found from their `@` outwards (see _emails): a regular expression that
# starts with the local part retries it at every letter of a long run of letters, which is
# quadratic (100 KB of `a` took a minute).
_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
_DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_URL_TRAIL = ",.;:!?)]'\""


_CJK = re.compile(
    "[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f“”‘’…—·]"
)


def is_cjk(ch: str) -> bool:
    """A character of Chinese running text: ideographs and CJK/full-width punctuation."""
    o = ord(ch)
    return (
        0x3400 <= o <= 0x9FFF
        or 0x3000 <= o <= 0x303F
        or 0xFF00 <= o <= 0xFFEF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3134F
        or ch in "“”‘’…—·"
    )


# The small form variants (U+FE50-FE6B) some traditional sites set instead of the full-width
# marks (一要…﹔二要…): the same marks to a reader, unknown to every rule reading punctuation
SMALL = {
    "﹐": "，",
    "﹑": "、",
    "﹔": "；",
    "﹕": "：",
    "﹖": "？",
    "﹗": "！",
    "﹙": "（",
    "﹚": "）",
}


def small_form_edits(text: str) -> list[Edit]:
    """Charwise edits turning small form punctuation into the full-width marks."""
    if not any(ch in text for ch in SMALL):
        return []
    return [(i, i + 1, SMALL[ch], True) for i, ch in enumerate(text) if ch in SMALL]


def doubled_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _DOUBLED.finditer(text):
        i = m.start()
        if m.group(1) is None and text[i] == ",":
            # An ASCII comma before an ASCII mark only counts in Chinese context (not `a,;b`):
            # a Chinese character before it, or U+FFFD, one a GBK repair left unread (责�,, for
            # 责任,，), or one after the pair (提高到92.1%,,较上年).
            nxt = text[i + 1]
            if nxt in ",;:!?" and not (
                (i > 0 and (is_cjk(text[i - 1]) or text[i - 1] == "\ufffd"))
                or (nxt == "," and i + 2 < len(text) and is_cjk(text[i + 2]))
            ):
                continue
        edits.append((i, i + 1, "", False))
    return edits


def _emails(text: str) -> list[tuple[int, int]]:
    """Spans of e-mail addresses (local@domain.tld). Each character is looked at a bounded
    number of times: the local part is scanned back from its `@` only as far as the previous
    `@` (which it cannot contain), and the domain is matched once, anchored after the `@`."""
    spans: list[tuple[int, int]] = []
    floor = 0  # nothing before this belongs to a new address
    at = text.find("@")
    while at >= 0:
        start = at
        while start > floor and text[start - 1] in _LOCAL:
            start -= 1
        m = _DOMAIN.match(text, at + 1) if start < at else None
        if m:
            spans.append((start, m.end()))
            floor = m.end()
        else:
            floor = at + 1
        at = text.find("@", max(floor, at + 1))
    return spans


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of web and e-mail addresses (their `?` and `(` are no folded marks, no damage)."""
    return _protected(text)


def _protected(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in _URL_TRAIL:
            end -= 1
        spans.append((m.start(), end))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans + _emails(text)):
        if merged and a < merged[-1][1]:  # an address inside a URL: covered already
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _neighbour(text: str, i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(text) and text[j] in " \u00a0":
        j += step
    if 0 <= j < len(text) and text[j] != "\n":
        return text[j]
    return ""


# What a question is asked with: a `?` after a clause holding one of these may be a folded ？.
_ASKING = frozenset("吗呢么吧啊谁哪何几怎什否难岂嗎麼")
_CLAUSE_START = frozenset("，。！？；：,.!;:\n“”「」")


def unasked_questions(text: str) -> list[int]:
    """Each `?` right after Chinese text, before a space with more text on the line or at the
    line's end, that ends no question (a question holds a word that asks: 吗, 什么, 是否, 好不好
    …). A folded ？ is not followed by a space; such a `?` is an NBSP that a GBK encoder could
    not write (部署會? 柘榮縣文明辦供圖, 日訊? 8月7日) or a character that lost both bytes before
    a space or the newline, its U+FFFD dropped (记者 唐知? 通讯员, 持续改? at a paragraph's end)."""
    out: list[int] = []
    i = text.find("?")
    while i >= 0:
        j = i + 1
        while j < len(text) and text[j] in " \u00a0":
            j += 1
        # before a space with more text on the line, or at the line's end (a character that
        # lost both bytes before the newline, its U+FFFD dropped: 持续改? for 持续改善)
        spaced = j > i + 1 and j < len(text) and text[j] != "\n"
        final = j == len(text) or text[j] == "\n"
        if i > 0 and is_cjk(text[i - 1]) and (spaced or final):
            k = i - 1
            asked = False
            while k >= 0 and text[k] not in _CLAUSE_START and i - k <= 40:
                # a word that asks, or A不A / A没A (好不好, 有没有)
                if text[k] in _ASKING or (
                    text[k] in "不没" and 0 < k < len(text) - 1 and text[k - 1] == text[k + 1]
                ):
                    asked = True
                    break
                k -= 1
            if not asked:
                out.append(i)
        i = text.find("?", j)
    return out


def restore_edits(text: str, keep: Container[int] = ()) -> list[Edit]:
    """Charwise edits turning ASCII , : ; ! ? ( ) into full width where the neighbours are Chinese.

    `keep` holds positions to leave alone (a `?` suspected to be damage). Times (08:33:54), numbers
    (1,000), URLs and e-mail addresses stay as they are.
    """
    protected = _protected(text)
    pi = 0
    out: dict[int, str] = {}
    stack: list[int] = []
    # Positions of CJK characters, made on the first `)` that closes a bracket: looking inside
    # each pair instead is quadratic on deeply nested brackets.
    cjk: list[int] | None = None
    for i, ch in enumerate(text):
        if ch == "\n":
            for j in stack:  # unmatched `(` on this line
                if _cjk_side(text, j):
                    out[j] = FULL["("]
            stack.clear()
            continue
        if ch not in FULL or i in keep:
            continue
        while pi < len(protected) and protected[pi][1] <= i:
            pi += 1
        if pi < len(protected) and protected[pi][0] <= i < protected[pi][1]:
            continue
        if ch == "(":
            stack.append(i)
        elif ch == ")":
            if stack:
                j = stack.pop()
                if cjk is None:
                    cjk = [m.start() for m in _CJK.finditer(text)]
                # a CJK character between the brackets: the last one before `)` is after `(`
                k = bisect_left(cjk, i) - 1
                if (
                    _cjk_side(text, j, before_only=True)
                    or (k >= 0 and cjk[k] > j)
                    or _cjk_side(text, i, after_only=True)
                ):
                    out[j] = FULL["("]
                    out[i] = FULL[")"]
            elif _cjk_side(text, i):
                out[i] = FULL[")"]
        elif _cjk_side(text, i):
            out[i] = FULL[ch]
    for j in stack:
        if _cjk_side(text, j):
            out[j] = FULL["("]
    return [(i, i + 1, out[i], True) for i in sorted(out)]


def _cjk_side(text: str, i: int, before_only: bool = False, after_only: bool = False) -> bool:
    prev = "" if after_only else _neighbour(text, i, -1)
    nxt = "" if before_only else _neighbour(text, i, 1)
    return bool(prev and is_cjk(prev)) or bool(nxt and is_cjk(nxt))


# -- a full stop folded to ASCII (要压实责任.会议要求，…) ---------------------------------------

_STOPS = ".．"  # the ASCII full stop and its full-width form, both set for 。 by copying sites
# What may stand before a folded 。: a Chinese character or a closing mark
_STOP_BEFORE_MARKS = frozenset("”’）》」』】")  # and a number (see _number_ends_sentence)
# What may follow it (after spaces): a Chinese character, an opening mark or a digit; a closing
# quote only right after it (…抓好落实.” closes a quoted sentence)
_STOP_AFTER_MARKS = frozenset("“‘（《「『【")
# An enumerator before the dot, opening the line or after a mark (一.加强领导, （二）.抓好, 如下.三.):
# a list item's number, not a sentence (left as it is: it is no 。 either)
_ENUMERATOR = re.compile(
    r"(?:^|(?<=[。.．：:；;，,！!？?]))[ \t\u00a0\u3000]*"
    r"(?:第?[一二三四五六七八九十百零〇两]{1,3}|[(（][一二三四五六七八九十]{1,3}[)）])$",
    re.MULTILINE,
)
# Characters of transliterated names, which a copying site separates with a dot where the
# original had a middle dot (买买提.吐尔逊, 约翰.史密斯): a dot between two such pairs stays
_TRANSLIT = frozenset(
    "阿艾爱安奥巴拜班贝比彼别波伯布查达丹德迪蒂杜多厄恩尔法菲夫弗盖格古哈海汗赫亨胡华霍吉加"
    "贾杰金卡凯坎康柯科克库拉莱兰朗劳勒雷里丽利莉连林琳卢鲁路伦罗洛马玛迈麦曼梅蒙米明姆莫"
    "默穆木拿纳娜南内尼妮努诺欧帕佩皮普其契乔切琴萨塞桑瑟森沙莎尚舍什斯苏索塔泰坦汤唐特提"
    "图托瓦万威维韦温沃乌伍西希夏肖谢辛休雅亚扬耶伊依尤约扎泽詹卓孜买逊吐热合江克哲力次仁"
    "旦增措央宗才让吾甫不都赛"
)
_SHORT_WORD = 3
_SHORT_QUOTE = 12
_SEGMENT_END = frozenset("，。、；：！？,;:!?“”‘’（）()《》「」\n")


def _han(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F


def _segment(text: str, i: int, step: int, limit: int = 5) -> int:
    """How many characters run from i (exclusive) in direction `step` before a mark, a dot or
    the line's end (at most `limit`)."""
    n = 0
    j = i + step
    while 0 <= j < len(text) and text[j] not in _SEGMENT_END and text[j] not in _STOPS:
        n += 1
        if n >= limit:
            break
        j += step
    return n


def _number_ends_sentence(text: str, i: int) -> bool:
    """Does the number before position i end a sentence (提高到93.8%., 共计2135.)? A percentage
    does; a plain number does when a Chinese character (not 第) stands before it or it is long,
    so that a numbered item (1.加强 at a line's start or after ：) and a decimal's first half never
    do."""
    j = i - 1
    if text[j] in "%％":
        return j > 0 and text[j - 1].isdigit()
    k = j
    while k >= 0 and text[k].isascii() and text[k].isdigit():
        k -= 1
    if k == j or j - k > 12:
        return False
    while k >= 1 and text[k] in ".,- " and text[k - 1].isdigit():  # 2,135 / 93.8 / 0866 2135
        k -= 1
        while k >= 0 and text[k].isascii() and text[k].isdigit():
            k -= 1
    # (a number of five digits or more is no item's number either: 电话：0731-8866 2135.)
    digits = sum(c.isdigit() for c in text[k + 1 : i])
    return (k >= 0 and _han(text[k]) and text[k] != "第") or digits >= 5


def _translit_pair(s: str) -> bool:
    if len(s) != 2:
        return False
    if all(c in _TRANSLIT for c in s):
        return True
    # a traditional copy (買買提．艾力: this runs before the conversion) reads as its simplified
    # view (trad19)
    return all(c in _TRANSLIT for c in s.translate(char_table()))


def name_dot(text: str, i: int) -> bool:
    """Is the dot at i the middle dot of a transliterated name (买买提.吐尔逊, 買買提．艾力)? The
    rules that split sentences at a folded `.` ask this too (trad19)."""
    return _translit_pair(text[max(0, i - 2) : i]) and _translit_pair(text[i + 1 : i + 3])


def stop_edits(text: str, keep: Container[int] = ()) -> list[Edit]:
    """Charwise edits turning a `.` (or `．`) that a site set for 。 back into 。: after a Chinese
    character or a closing mark, before a Chinese character, an opening mark or the line's end.
    A decimal (3.5), a web address, an abbreviation (No.), a numbered item (1. / 一.), a run of
    dots (……), a dot between two short words (“美丽.和谐.富强”: a middle dot) and one inside a
    transliterated name (买买提.吐尔逊) stay as they are."""
    if "." not in text and "．" not in text:
        return []
    protected = None
    out: list[Edit] = []
    for m in re.finditer("[.．]", text):
        i = m.start()
        if i == 0 or i in keep:
            continue
        prev = text[i - 1]
        if not (_han(prev) or prev in _STOP_BEFORE_MARKS or _number_ends_sentence(text, i)):
            if not (prev.isascii() and prev.isalnum()):
                continue
            # a web address closing the sentence (详见www.example.cn.): the dot is no part of it
            if protected is None:
                protected = _protected(text)
            if not any(b == i for _a, b in protected):
                continue
        if i + 1 < len(text) and text[i + 1] in _STOPS + "。…":
            continue
        j = i + 1
        while j < len(text) and text[j] in " \u00a0\u3000":
            j += 1
        if j < len(text) and text[j] != "\n":
            nxt = text[j]
            # a digit only after a Chinese character (落实.2023年以来; 3.5 and No.1 stay)
            if not (
                _han(nxt)
                or nxt in _STOP_AFTER_MARKS
                or (nxt in "”’" and j == i + 1)
                or (nxt.isdigit() and nxt.isascii() and _han(prev))
            ):
                continue
            # a middle dot: short words on both sides (美丽.和谐), or a transliterated name; never
            # before a space
            if j == i + 1 and _han(prev) and _han(nxt):
                if _segment(text, i, -1) <= _SHORT_WORD and _segment(text, i, 1) <= _SHORT_WORD:
                    continue
                if name_dot(text, i):
                    continue
        # (both looks are bounded: a flood of dots on one long line stays linear)
        near = max(0, i - _SHORT_QUOTE)
        if _ENUMERATOR.search(text, near, i):
            continue
        nl = text.rfind("\n", near, i)
        line_start = nl + 1 if nl >= 0 else near  # the line's start, or as far as we look
        # inside a short quote (“文明城市.卫生城市”): a slogan's middle dot
        opened = text.rfind("“", line_start, i)
        if opened >= 0 and "”" not in text[opened : i + 2]:
            closed = text.find("”", i, i + _SHORT_QUOTE)
            if closed > 0 and "\n" not in text[i:closed] and closed - opened <= _SHORT_QUOTE:
                continue
        if protected is None:
            protected = _protected(text)
        if any(a <= i < b for a, b in protected):
            continue
        out.append((i, i + 1, "。", True))
    return out
