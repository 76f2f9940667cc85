"""Punctuation repairs: doubled marks, and full-width marks that a site folded to ASCII."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container

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
