"""Repair of GBK lead-byte loss.

How the damage arises: a character's first GBK byte became `?` (0x3F). A GBK decoder then pairs
the orphaned trail byte with the next character's lead byte, and so on, producing unrelated
characters until the stream realigns: at an invalid pair (decoded as U+FFFD, which swallows one
byte), at a trail byte in the ASCII range (which comes out as a stray ASCII letter or `^`), or at
an ASCII byte. Sites later folded full-width punctuation to ASCII.

Repair: re-encode the garbled run to bytes, put each possible lead byte (0x81–0xFE) in front (and
each possible byte for the one U+FFFD swallowed), decode, and rank the results by a word-frequency
language model plus the words that occur elsewhere in the same article. The top candidate is
applied only with a clear margin; every considered run becomes a flag with its alternatives.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from civannot.text import convert, listnames, lm
from civannot.text.punctuation import FULL

# characters after the `?` that one damaged run can span: a stream that lost a lead byte stays
# misaligned until an ASCII byte, and a list of 、 (A1A2) carries it on for dozens of characters
MAX_RUN = 48
CONTEXT = 6
APPLY_MARGIN = 2.0  # nats between the best candidate and the next one (≈ 20 times likelier)
SINGLE_MARGIN = 5.0
EOL_PENALTY = 4.0  # a line does not end in 、，“（《：； (but see _leads_in)
_NOT_FINAL = set("、，“‘（《：；,:;(")
_CLAUSE = frozenset("，、。：；！？,:;!?")
CLASH_PENALTY = 4.0
CHAINED = 2  # first readings, and last readings after each, in the chained beam of a short run
BEAM = 8  # options kept at each end of a run before the combinations are scored (5 until session 6)
ARTICLE_BONUS = 3.0  # nats per article n-gram that a candidate restores
CACHE_WEIGHT = 0.1  # share of the article's own n-grams in the mixed language model
CHAR_CACHE = 0.1  # share of the article's own characters in the mixed character model
REPLACEMENT = "\ufffd"


@dataclass
class Repair:
    start: int  # the `?`
    end: int  # end of the garbled run (exclusive), in the text the step saw
    applied: str | None  # replacement written into the text, None when left alone
    best: str  # top candidate (replacement for text[start:end])
    confidence: float
    alternatives: list[str] = field(default_factory=list)
    question_mark: bool = False  # the `?` is most likely a real question mark / indent
    scored: bool = True  # False: too much damage around it to weigh the readings
    # the readings weighed, best first ((replacement, characters after the `?`), score): kept for
    # the joint reading of two runs side by side (see _joint)
    ranked: list[tuple[tuple[str, int], float]] = field(default_factory=list, repr=False)


COMMON_FREQ = 200  # jieba count from which a character is offered for one that lost both bytes


@cache  # at most 256 x 256 pairs, asked for millions of times on big texts
def _char(a: int, b: int) -> str | None:
    try:
        ch = bytes([a, b]).decode("gbk")
    except UnicodeDecodeError:
        return None
    return ch if len(ch) == 1 and ch.isprintable() else None


@lru_cache(maxsize=8192)
def _gbk(ch: str) -> bytes | None:
    try:
        return ch.encode("gbk")
    except UnicodeEncodeError:
        return None


def _invalid_pair(a: int, nxt: int | None) -> bool:
    """Would a decoder reject byte `a` followed by `nxt` (so that `a` came out as U+FFFD)?"""
    return nxt is None or _char(a, nxt) is None


_TRAILS = list(range(0x40, 0x7F)) + list(range(0x80, 0xFF))


@lru_cache(maxsize=4096)
def _lead_options(trail: int) -> tuple[str, ...]:
    return tuple(c for lead in range(0x81, 0xFF) if (c := _char(lead, trail)))


@lru_cache(maxsize=4096)
def _trail_options(lead: int, nxt: int | None) -> tuple[str, ...]:
    return tuple(c for t in _TRAILS if (c := _char(lead, t)) and _invalid_pair(t, nxt))


@lru_cache(maxsize=1)
def _common_chars() -> tuple[tuple[str, int], ...]:
    """Frequent two-byte GBK characters with their trail byte (for a run whose only character
    lost both bytes)."""
    freq, _ = lm.model()
    chars = []
    for w, f in freq.items():
        if len(w) == 1 and f >= COMMON_FREQ and lm.is_han(w):
            try:
                b = w.encode("gbk")
            except UnicodeEncodeError:
                continue
            if len(b) == 2:
                chars.append((w, b[1]))
    return tuple(chars)


@lru_cache(maxsize=512)
def _single_options(nb: int | None) -> tuple[str, ...]:
    """Frequent characters whose trail byte the decoder would reject before byte `nb`."""
    return tuple(c for c, t in _common_chars() if _invalid_pair(t, nb))


@lru_cache(maxsize=1)
def _syllable_index() -> dict[str, tuple[tuple[str, int], ...]]:
    """Two-byte GBK characters that occur in jieba's words, with their trail byte, by each
    tone-marked syllable pypinyin gives them."""
    from pypinyin.pinyin_dict import pinyin_dict

    counts, _ = lm._char_counts()
    out: dict[str, list[tuple[str, int]]] = {}
    for cp, sylls in pinyin_dict.items():
        c = chr(cp)
        if not counts.get(c):
            continue
        b = _gbk(c)
        if b is None or len(b) != 2:
            continue
        for y in sylls.split(","):
            out.setdefault(y, []).append((c, b[1]))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=512)
def _noted_options(reading: str, nb: int | None) -> tuple[str, ...]:
    """The characters a note's syllable names for one that lost both bytes, whose trail byte the
    decoder would reject before byte `nb`: rare ones too (喻 of 家喻户晓 is no frequent
    character, and the note leaves a few dozen to weigh, not thousands)."""
    want = reading.lower().replace("v", "ü")
    return tuple(c for c, t in _syllable_index().get(want, ()) if _invalid_pair(t, nb))


@lru_cache(maxsize=1)
def _pair_index() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The two-character words of jieba's table by their first and by their second character:
    what may stand after a character and before one."""
    freq, _ = lm.model()
    after: dict[str, list[str]] = {}
    before: dict[str, list[str]] = {}
    for w, f in freq.items():
        if f and len(w) == 2 and lm.is_han(w[0]) and lm.is_han(w[1]):
            after.setdefault(w[0], []).append(w[1])
            before.setdefault(w[1], []).append(w[0])
    return (
        {k: tuple(v) for k, v in after.items()},
        {k: tuple(v) for k, v in before.items()},
    )


@lru_cache(maxsize=8192)
def _neighbour_chars(left: str, right: str, nb: int | None) -> tuple[str, ...]:
    """Two-byte GBK characters that make a dictionary word with `left` before them or `right`
    after them, and whose trail byte the decoder would reject before byte `nb`."""
    after, before = _pair_index()
    out = []
    for c in (*after.get(left, ()), *before.get(right, ())):
        b = _gbk(c)
        if b is not None and len(b) == 2 and _invalid_pair(b[1], nb):
            out.append(c)
    return tuple(dict.fromkeys(out))


def _word_neighbours(
    left: str, right: str, grams: Collection[str], nb: int | None
) -> tuple[str, ...]:
    """_neighbour_chars, plus the characters the article itself writes beside `left` or
    `right` (a place name the dictionary does not know: 岚峰)."""
    out = list(_neighbour_chars(left, right, nb))
    if left or right:
        for g in grams:
            if len(g) != 2:
                continue
            c = g[1] if g[0] == left else g[0] if g[1] == right else ""
            b = _gbk(c) if c else None
            if b is not None and len(b) == 2 and _invalid_pair(b[1], nb):
                out.append(c)
    return tuple(dict.fromkeys(out))


# Marks of running text: a lost lead byte hits them as often as characters, and they make no
# dictionary word, so the frequency shortlist would never keep them.
_MARK_CHARS = tuple((c, c.encode("gbk")[1]) for c in "，。、：；！？“”（）《》【】‘’「」—…")
_MARK_SET = frozenset(c for c, _ in _MARK_CHARS)


@lru_cache(maxsize=8192)
def _readings(ch: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    return frozenset(r.lower() for r in pinyin(ch, style=Style.TONE, heteronym=True)[0])


def _read_as(options: tuple[str, ...], reading: str) -> tuple[str, ...]:
    """The options that can be read `reading` (a tone-marked syllable); all of them when none
    can (the note may be wrong, or name a reading pypinyin does not know)."""
    want = reading.lower().replace("v", "ü")
    kept = tuple(c for c in options if want in _readings(c))
    return kept or options


# A character whose two bytes each ate the opening bracket of a pinyin note (岚江日?qǐng)?bào)訊 for
# 岚江日報訊, 勇?tīng)?zhēng)第一 for 勇爭第一, 要?jiǎng)?wù) for 要務: ten times on nine real mirror pages
# of sessions 45-48, newspaper datelines above all). The annotating tool read the stream one byte
# off and named what it saw there, the character before's trail byte with the lost character's
# lead byte (日 C8D5 + 報 88F3: D588 請, qǐng), then the lost character itself (bào); read aligned
# again, each of its two bytes met a `(` and came out as `?`. The two notes leave one character,
# nearly always a single one; before, the pair came out as two U+FFFD (three where the character
# after it was taken into a run).
EATEN_PAIR_RATIO = 20  # jieba count of the reading over its best rival's (創 over 剙, 爭 over 烝)


def eaten_pairs(text: str, eaten: dict[int, str]) -> list[tuple[int, str]]:
    """(position, character) for each `??` of `text` whose two `?` both held an eaten note
    (`eaten`: the position of each such `?` and its note's syllables) and whose notes name one
    character: the lost one, in simplified writing as the repair writes it."""
    out: list[tuple[int, str]] = []
    for q, first in sorted(eaten.items()):
        second = eaten.get(q + 1)
        if second is None or q == 0 or text[q : q + 2] != "??":
            continue
        ch = _eaten_pair(text[q - 1], first, second)
        if ch:
            out.append((q, ch))
    return out


@lru_cache(maxsize=256)
def _eaten_pair(before: str, first: str, second: str) -> str | None:
    """The character whose lead byte L makes, after `before`'s trail byte, a character read
    `first`, and which is itself read `second`; None unless one such character (simplified)
    leads every other by EATEN_PAIR_RATIO in jieba's counts."""
    prev = _gbk(before)
    want1, want2 = _syllable(first), _syllable(second)
    if prev is None or len(prev) != 2 or " " in want1 or " " in want2:
        return None
    table = convert.char_table()
    found: set[str] = set()
    for lead in _leads_seen_as(prev, want1):
        found.update(
            c.translate(table) for t in _TRAILS if (c := _char(lead, t)) and want2 in _readings(c)
        )
    if not found:
        return None
    freq, _ = lm.model()
    ranked = sorted(found, key=lambda c: -(freq.get(c) or 0))
    best = freq.get(ranked[0]) or 0
    rival = (freq.get(ranked[1]) or 0) if len(ranked) > 1 else 0
    if best < COMMON_FREQ or best < EATEN_PAIR_RATIO * rival:
        return None
    return ranked[0]


def _byte_of(ch: str) -> int | None:
    """First byte the decoder saw for a character that follows the run."""
    if not ch:
        return None
    ch = FULL.get(ch, ch)
    try:
        return ch.encode("gbk")[0]
    except UnicodeEncodeError:
        return None


@dataclass
class _Endpoint:
    k: int  # characters after the `?` that belong to the run
    middle: str  # decoded characters between the first and the last option
    first: tuple[str, ...]  # options for the first character ("" when it is the only one)
    last: tuple[str, ...] | None  # options for the character whose trail became U+FFFD
    single: bool = False  # the only character lost both bytes
    nxt: int | None = None  # the byte the decoder saw after the run
    reading: str = ""  # pinyin of the run's last character, from a note that followed it
    # the byte after a second character that lost its lead byte right behind this run (`?` +
    # U+FFFD), read together with it; None when there is none
    tail: int | None = None


def read_as_note(ch: str, note: str) -> bool:
    """Can `ch` be read as the one syllable of `note` (a pinyin note, tone-marked)?"""
    want = _syllable(note)
    return bool(want) and " " not in want and want in _readings(ch)


def _syllable(note: str) -> str:
    """A pinyin note as _readings spells its syllables (lower case, ü for v)."""
    return note.strip().lower().replace("v", "ü")


def _leads_seen_as(prev: bytes, want: str) -> set[int]:
    """The lead bytes L for which `prev`'s trail byte and L, read one byte off, make a character
    read `want`: what an eaten note says the lost character's lead byte was."""
    return {
        lead
        for lead in range(0x81, 0xFF)
        if (seen := _char(prev[1], lead)) is not None and want in _readings(seen)
    }


def _eaten_firsts(e: _Endpoint, before: str, note: str) -> _Endpoint:
    """`e` with its first options narrowed by the eaten note of its `?` (當?shù)馗刹 for 當地干部:
    the tool one byte off saw 當's trail byte with the lost lead byte, 數 shù, so that lead byte
    is B5 and the first character 地). A note may also name the lost character itself (the
    second of a pair, see eaten_pairs): both are kept. Unchanged when the note fits none.
    41 such notes on the real pages of sessions 45-48; before, the first character was ranked
    among every character with its trail byte (当�干部, 运输�产业 left unread, 麦收 read
    麦秸)."""
    prev = _gbk(before)
    want = _syllable(note)
    if not e.first or e.first == ("",) or " " in want:
        return e
    leads = _leads_seen_as(prev, want) if prev is not None and len(prev) == 2 else set()
    kept = tuple(
        c for c in e.first if (b := _gbk(c)) is not None and (b[0] in leads or want in _readings(c))
    )
    return replace(e, first=kept) if kept else e


def _endpoints(
    run: str, after: str, notes: dict[int, tuple[str, str]] | None = None
) -> list[_Endpoint]:
    """Where the damaged run can end, with the options at each end. `after` is the text that
    follows `run` on the line."""
    enc: list[int | None] = []
    ends: list[tuple[int, bool]] = []
    # runs that end right before an ASCII mark or digit whose U+FFFD the copying site dropped:
    # (end, the ASCII byte the decoder saw there)
    dropped: dict[int, int] = {}
    written_q: set[int] = set()  # ends whose U+FFFD is the `?` just before them
    # ends followed at once by `?` + U+FFFD: the next character lost its lead byte too, and its
    # trail byte met an invalid partner (提高到 as `?岣�?�`). Alone, that character has no left
    # context (a flood, unscored) and the run has none on its right: read both as one.
    tails: dict[int, int] = {}
    full = run + after
    for j, ch in enumerate(run):
        if ch == REPLACEMENT:
            enc.append(None)
            ends.append((j + 1, True))
            if full[j + 1 : j + 3] == "?" + REPLACEMENT and full[j + 3 : j + 4] not in _DAMAGE:
                nb = full[j + 3 : j + 4]
                tails[j + 1] = 0x0A if not nb else (_byte_of(nb) or 0x0A)
            break
        if ch == "?":
            # the next lost lead byte, not a folded ？ (a misaligned stream all but never pairs
            # A3 with BF): this run ends before it (and a text of `?中` repeated stays cheap).
            # The decoder wrote U+FFFD for the byte before it, which some sites drop.
            # `??`: the first character lost both bytes and its U+FFFD was dropped (。縣 as ??h)
            ends.append((j, True))
            dropped[j] = 0x3F
            # Or the `?` is the U+FFFD itself, written as `?` when a site saved the page back to
            # GBK (門牌子, → 门谱?,): the last character's trail byte met an ASCII mark.
            tail = (run + after)[j + 1 : j + 2]
            if j and (not tail or (tail.isascii() and ord(tail) < 0x40)):
                ends.append((j + 1, True))
                dropped[j + 1] = ord(tail) if tail else 0x0A
                written_q.add(j + 1)
            if j == 0 and tail and (tail == REPLACEMENT or ord(tail) >= 0x40):
                # Or, right after the lost lead byte, a folded ？ (A3BF): a 。 (A1A3) that lost
                # its lead byte pairs its A3 with the next character's lead byte, and BF leads
                # 开 看 可 考 科 快 口 空 控 … (。開展 as `??_`, 。縣委 as `??h委`). Read on.
                enc += FULL[ch].encode("gbk")
                continue
            break
        if ch.isascii() and ord(ch) < 0x40 and (j or not ch.isspace()):
            # The stream realigned at an ASCII byte (a pair cannot end in one): the decoder wrote
            # U+FFFD for the byte before it, which some sites drop. The run may end here (at
            # once: `?,` is a character that lost both bytes, its U+FFFD dropped).
            ends.append((j, True))
            dropped[j] = ord(ch)
        if ch in FULL:  # folded full-width punctuation inside the run: A3xx in GBK
            enc += FULL[ch].encode("gbk")
            continue
        if ord(ch) < 0x80:
            if ch in _ASCII_CLOSE and _ASCII_CLOSE[ch] in full[j + 1 :]:
                # `?[字体：大 中 小]` (an NBSP saved as `?` before a bracket): a `[` that a `]` after
                # it closes is a bracket of the text, not an orphaned trail byte (0x5B)
                break
            if 0x40 <= ord(ch) <= 0x7E:  # an orphaned trail byte in the ASCII range
                enc.append(ord(ch))
                ends.append((j + 1, False))
            break
        b = _gbk(ch)
        if b is None or len(b) != 2:
            break
        enc += b
        if b[1] < 0x80:  # the pair swallowed an ASCII letter: realigned after it
            ends.append((j + 1, False))
            # A misaligned pair ends in the next character's lead byte (0x81 and up); one that
            # ends in an ASCII byte took the letter that realigned the stream. What follows is
            # undamaged: a letter after it (APP) is not another orphaned trail byte.
            break
    else:
        if run and not after:
            # the run reaches the line's end: realigned at the newline, its U+FFFD dropped
            ends.append((len(run), True))
            dropped[len(run)] = 0x0A
    out: list[_Endpoint] = []
    for k, has_x in ends:
        e = enc[: _enc_len(run[: k - 1 if k in written_q else k])]
        if k in dropped and has_x:
            e = [*e, None]  # the U+FFFD the site dropped
        # a pinyin note dropped before this step stood here: its bracket followed the run, and
        # its last syllable is the reading of the run's last character
        bracket, syllables = (notes or {}).get(k, ("", ""))
        # (ASCII or full-width before the sites folded it: 0x28 pairs with no byte, so its
        # options include those of 0xA3)
        # A `?` after the run is byte 0x3F (the next lost lead byte), never a folded ？: the
        # trail byte before it would have paired with A3 (提高认 as `?岣�?鲜叮`, not 提给认).
        nxt = (
            0x28
            if bracket
            else dropped.get(k) or (0x3F if full[k : k + 1] == "?" else _byte_of(full[k : k + 1]))
        )
        reading = syllables.split()[-1] if syllables.split() else ""
        if e[0] is None:  # `?` + U+FFFD: one character lost both bytes
            out.append(_Endpoint(k, "", ("",), None, single=True, nxt=nxt, reading=reading))
            continue
        firsts = _lead_options(e[0])  # type: ignore[arg-type]
        if not firsts:
            continue
        rest = e[1:]
        last = None
        if has_x:
            if len(rest) < 2:
                continue
            body, lead = rest[:-2], rest[-2]
            last = _trail_options(lead, nxt)  # type: ignore[arg-type]
            if not last:
                continue
        else:
            body = rest
        try:
            middle = bytes(body).decode("gbk")  # type: ignore[arg-type]
        except UnicodeDecodeError:
            continue
        if k >= 2 and run[0] == "?" and not _opens_a_word(middle, full[k : k + 6], last):
            # read on through a folded ？ (see above): not where what it gives fits nothing
            continue
        if reading and last is not None:
            last = _read_as(last, reading)
        elif reading and not middle:
            firsts = _read_as(firsts, reading)
        out.append(_Endpoint(k, middle, firsts, last, nxt=nxt, reading=reading))
        if k in tails and last is not None and not reading:
            out.append(_Endpoint(k + 2, middle, firsts, last, nxt=nxt, tail=tails[k]))
    return out


# The ？ of a 。 that lost its lead byte (A3BF, see _endpoints) is followed by the trail byte of the
# character the 。 stood before (开, 看, 可, 縣 …), and that character opens the next sentence: it
# starts a word with the characters after it (开展, 看到, 可以, 县委), is a word before a word
# (县 + 财政) or a level before a body (县 + 人大常委会, from the title vocabularies). A `??` where a character lost both bytes and
# the next one its lead byte (结合各 as `结??髯…`) read on the same way gives a character that
# fits nothing (。亏自 for 合各自): that reading is not offered.
OPENS_FREQ = 100
# a character read there as a word of its own (县 + 财政): jieba counts 县 25,322, 看 66,641, 考
# 5,973; the verbs a misread gives (亏 1,580, 扛 857) are rarer (session 28)
OPENS_LONE_FREQ = 5000


@lru_cache(maxsize=1)
def _levels_and_bodies() -> tuple[frozenset[str], tuple[str, ...]]:
    from civannot.text.word_lists import gazetteer_words

    levels = frozenset(w for w in gazetteer_words("title_levels.txt") if len(w) == 1)
    return levels, tuple(gazetteer_words("title_bodies.txt"))


def _opens_a_word(middle: str, after: str, last: tuple[str, ...] | None) -> bool:
    """Does the first character of `middle` (what a folded ？ read on gives) open a word with
    the characters after it (`middle`'s others, then `after` when the run ends there)? True when
    the character after it is one of the run's last options (not known yet)."""
    if not middle:
        return True
    freq, _ = lm.model()
    if last is not None and len(middle) == 1:
        # the character after it is one of the run's last options: it opens a word with one of
        # them, or is a word frequent enough alone (。扛服 for 志愿服: 扛 opens nothing there)
        m = middle.translate(convert.char_table())
        return (freq.get(m) or 0) >= OPENS_LONE_FREQ or any(
            (freq.get(m + c) or 0) >= OPENS_FREQ for c in last
        )
    s = (middle if last is not None else middle + after).translate(convert.char_table())
    if any((freq.get(s[:n]) or 0) >= OPENS_FREQ for n in (2, 3, 4) if len(s) >= n):
        return True
    # a word of its own before a word (县 + 财政, 县 + 人大常委会): one that opens sentences,
    # frequent alone (县, 看, 快), not any verb (。亏健康 for 文明健康, 亏 a word before 健康)
    if (freq.get(s[0]) or 0) >= OPENS_LONE_FREQ and any(
        (freq.get(s[1 : 1 + n]) or 0) >= OPENS_FREQ for n in (2, 3, 4) if len(s) > n
    ):
        return True
    levels, bodies = _levels_and_bodies()
    return s[0] in levels and s[1:].startswith(bodies)


_ASCII_CLOSE = {"[": "]", "{": "}"}  # openers that are also GBK trail bytes (0x5B, 0x7B)


def _enc_len(run: str) -> int:
    n = 0
    for ch in run:
        if ch == REPLACEMENT or (ord(ch) < 0x80 and ch not in FULL):
            n += 1
        elif ch in FULL:
            n += 2
        else:
            n += len(ch.encode("gbk"))
    return n


def _article_ngrams(text: str, exclude: list[tuple[int, int]]) -> Counter[str]:
    """Chinese n-grams (2–4 characters) of the article outside the damaged runs, with counts."""
    grams: Counter[str] = Counter()
    pos = 0
    pieces = []
    for a, b in exclude:
        pieces.append(text[pos:a])
        pos = b
    pieces.append(text[pos:])
    for piece in pieces:
        run: list[str] = []
        for ch in piece + "\n":
            if lm.is_han(ch):
                run.append(ch)
                continue
            if len(run) >= 2:
                s = "".join(run)
                for n in (2, 3, 4):
                    grams.update(s[i : i + n] for i in range(len(s) - n + 1))
            run = []
    return grams


def _char_cache(text: str, exclude: list[tuple[int, int]]) -> dict[str, float]:
    """The article's characters outside the damaged runs as a cache model: for each Chinese
    character, log of (λ·its share in the article + (1-λ)·its share in general text) over its
    share in general text. A county's article writes 县 again and again and 守 never: the lost
    lead byte of 县城 is read as 县, not as 守城. The empty key holds the value for a character
    the article does not use."""
    counts: Counter[str] = Counter()
    pos = 0
    for a, b in [*exclude, (len(text), len(text))]:
        counts.update(ch for ch in text[pos:a] if lm.is_han(ch))
        pos = max(pos, b)
    n = sum(counts.values())
    out = {"": math.log(1 - CHAR_CACHE)}
    if not n:
        return {"": 0.0}
    for ch, c in counts.items():
        p = lm.char_prob(ch)
        out[ch] = math.log((CHAR_CACHE * c / n + (1 - CHAR_CACHE) * p) / p)
    return out


def _cache_score(w: str, chars: dict[str, float]) -> float:
    absent = chars[""]
    return sum(chars.get(ch, absent) for ch in w if lm.is_han(ch))


def _cache_words(grams: Counter[str]) -> dict[str, float]:
    """The article as a cache language model: each of its n-grams a word, as likely as it is
    frequent in the article (names and terms the dictionary does not know: 鹤汀市, 祁曼青).
    Prefixes are marked -inf so the segmenter keeps extending."""
    freq, _ = lm.model()
    total = sum(c for g, c in grams.items() if len(g) == 2) or 1
    local: dict[str, float] = {}
    left: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for g, c in grams.items():
        if len(g) > 2:
            # the most frequent one-character extension of each shorter n-gram
            left[g[1:]] = max(left[g[1:]], c)
            right[g[:-1]] = max(right[g[:-1]], c)
    for g, c in grams.items():
        # Words the dictionary knows are scored by it; the cache speaks for the rest: n-grams
        # the article repeats (a one-off is no evidence of a name) and that are not always part
        # of a longer one (明城市 is only ever 文明城市: a fragment, not a word).
        if len(g) < 4 and c >= 2 and freq.get(g) is None and left[g] < c and right[g] < c:
            local[g] = math.log(CACHE_WEIGHT * c / total)
    for g in list(local):
        for k in range(1, len(g)):
            local.setdefault(g[:k], -math.inf)
    return local


def _evidence(w: str, a: int, b: int, grams: Collection[str]) -> float:
    """Bonus for the article n-grams that window `w` contains across its repaired part [a, b)."""
    hits = 0
    for n in (2, 3, 4):
        for i in range(max(0, a - n + 1), min(b, len(w) - n + 1)):
            if w[i : i + n] in grams:
                hits += 1
    return hits * ARTICLE_BONUS


# -- context of the genre ------------------------------------------------------------------------
#
# The unigram word model cannot choose between readings that are all words (降至/降低, 当场/当选,
# 通知/建筑 before 如下). Clean articles of the same genre can: character pairs as they are
# written around the damaged characters. The context is set once per import (the project's own
# undamaged documents) and weighed only as a second opinion (see _context_choice).

CTX_SMOOTH = 4.0  # pseudo-count of the unigram back-off in P(b | a)
CTX_FLOOR = -1.5  # an unseen pair is weak evidence in a small corpus: bounded below
# one strong pair across a word boundary (政府 in 县财政要) must not decide alone
# (6.0: 173 wrong characters on the dev seeds instead of 155, one article fewer above 1%)
CTX_CEIL = 4.0
CTX_WEIGHT = 1.0
CTX_MARGIN = 3.0  # nats of context evidence a reading needs over its rivals to be written
# (2.0 in session 7: 15 dev articles above 1% instead of 17, but 202 wrong characters, not 173)


_CTX_TABLE = {
    **{ord(d): "0" for d in "0123456789"},
    **{ord(c): "a" for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    **{ord(k): v for k, v in FULL.items()},
}


class Context:
    """Character pair counts of clean text of the genre (digits and Latin letters as classes,
    folded marks as their full-width forms). Up to `limit` characters are read."""

    def __init__(self, texts: Iterable[str] = (), limit: int = 3_000_000) -> None:
        self.pairs: Counter[str] = Counter()
        self.chars: Counter[str] = Counter()
        self.n = 0
        self._parts: list[str] = []
        self._text: str | None = None
        for t in texts:
            if self.n >= limit:
                break
            self.add(t[: limit - self.n])

    def add(self, text: str) -> None:
        s = text.translate(_CTX_TABLE)
        self.chars.update(s)
        self.pairs.update(map(str.__add__, s, s[1:]))
        self.n += len(s)
        self._parts.append(s)
        self._text = None

    def holds(self, w: str) -> bool:
        """Is `w` (folded as the pairs are) written somewhere in the genre's text?"""
        if self._text is None:
            self._text = "\n".join(self._parts)
            self._parts = [self._text]
        return w.translate(_CTX_TABLE) in self._text

    def __bool__(self) -> bool:
        return bool(self.pairs)

    def pmi(self, a: str, b: str) -> float:
        """log P(b | a) / P(b), smoothed, bounded: how much likelier `b` is after `a` in the
        genre than anywhere (0 when `a` is unknown)."""
        a, b = a.translate(_CTX_TABLE), b.translate(_CTX_TABLE)
        ca = self.chars.get(a, 0)
        if not ca:
            return 0.0
        qb = (self.chars.get(b, 0) + 0.5) / (self.n + 0.5)
        p = (self.pairs.get(a + b, 0) + CTX_SMOOTH * qb) / (ca + CTX_SMOOTH)
        return min(CTX_CEIL, max(CTX_FLOOR, math.log(p / qb)))


class _Local:
    """The genre's context with the article's own undamaged text on top (counted ARTICLE_PAIRS
    times): names, places and posts repeat within a report (重点整治 … 重点)."""

    def __init__(self, ctx: Context | None, article: Context) -> None:
        self.ctx = ctx or Context()
        self.art = article

    def __bool__(self) -> bool:
        return bool(self.ctx) or bool(self.art)

    def pmi(self, a: str, b: str) -> float:
        a, b = a.translate(_CTX_TABLE), b.translate(_CTX_TABLE)
        g, r, k = self.ctx, self.art, ARTICLE_PAIRS
        ca = g.chars.get(a, 0) + k * r.chars.get(a, 0)
        if not ca:
            return 0.0
        n = g.n + k * r.n
        qb = (g.chars.get(b, 0) + k * r.chars.get(b, 0) + 0.5) / (n + 0.5)
        pair = g.pairs.get(a + b, 0) + k * r.pairs.get(a + b, 0)
        p = (pair + CTX_SMOOTH * qb) / (ca + CTX_SMOOTH)
        return min(CTX_CEIL, max(CTX_FLOOR, math.log(p / qb)))


ARTICLE_PAIRS = 3.0


def _local_context(text: str, exclude: list[tuple[int, int]]) -> _Local | Context | None:
    if not ARTICLE_PAIRS:
        return _CONTEXT
    art = Context()
    pos = 0
    for a, b in [*exclude, (len(text), len(text))]:
        if a > pos:
            art.add(text[pos:a])
        pos = max(pos, b)
    return _Local(_CONTEXT, art)


_CONTEXT: Context | None = None


def set_context(ctx: Context | None) -> None:
    """The genre's clean text for the repairs that follow (None: none)."""
    global _CONTEXT
    _CONTEXT = ctx or None


def _ctx_score(ctx: _Local | Context, w: str, a: int, b: int) -> float:
    """Context evidence for window `w` over the pairs that touch its repaired part [a, b)."""
    return sum(ctx.pmi(w[i], w[i + 1]) for i in range(max(0, a - 1), min(b, len(w) - 1)))


GARBLED_LOGP = -9.0  # nats per character: clean line starts score above it, 3 in 4 damaged below


def maybe_garbled(text: str, q: int) -> bool:
    """Could the text after the `?` at `q` be a damaged run? A cheap look (six characters, one
    word-model score) for a `?` that is most likely an NBSP indent: running text is made of
    words, a misaligned decoding mostly is not. Weighing every indented line in full would make
    each article with `??` indents pay for the whole repair model."""
    end = text.find("\n", q + 1, q + 7)
    s = text[q + 1 : end if end >= 0 else q + 7]
    if not s or not lm.is_han(s[0]):
        # `?�` is damage; a digit, letter or mark after an indent starts the line itself
        return s[:1] == REPLACEMENT
    return lm.score(s) / len(s) < GARBLED_LOGP


def find_repairs(
    text: str,
    notes: dict[int, tuple[str, str]] | None = None,
    skip: Collection[int] = (),
    eaten: dict[int, str] | None = None,
) -> list[Repair]:
    """Every `?` that starts a plausible damaged run, with its ranked candidates. `notes`: the
    positions where an inline pinyin note was dropped before this step, with its opening
    bracket (the byte the GBK decoder saw there). `skip`: positions of `?` known not to be
    damage. `eaten`: positions of `?` whose note lost its bracket, with the note's syllables
    (they narrow the run's first character, see _eaten_firsts)."""
    candidates: list[tuple[int, list[_Endpoint]]] = []
    pos = text.find("?")
    line_end = -1
    while pos >= 0:
        q = pos
        pos = text.find("?", q + 1)
        if q in skip:
            continue
        if line_end < q:  # looked up once per line, not once per `?` (quadratic on one line)
            line_end = text.find("\n", q)
            if line_end < 0:
                line_end = len(text)
        end = min(line_end, q + 1 + MAX_RUN)
        run = text[q + 1 : end]
        # U+3000 is A1A1: what a lost lead byte leaves of ！” (A3A1 A1B1), not an indent
        if not run or (run[0].isspace() and run[0] != "\u3000"):
            continue
        if (
            run[0] == REPLACEMENT
            and not (notes and q + 2 in notes)  # a note names the character: see _flooded
            and (
                (q > 0 and text[q - 1] in _DAMAGE) or (q + 2 < len(text) and text[q + 2] in _DAMAGE)
            )
        ):
            candidates.append((q, _FLOOD))  # see _flooded: known without looking further
            continue
        # only the character after the run matters (the rest of a long line would be copied)
        near = None
        if notes:
            near = {k: notes[q + 1 + k] for k in range(len(run) + 1) if q + 1 + k in notes}
        if eaten and q + 1 + run.find("?") in eaten and "?" in run:
            # an eaten note right after the run names its last character, whose trail byte ate
            # the note's bracket (normalize drops that `?` once the character is read)
            near = dict(near or {})
            near.setdefault(run.find("?"), ("", eaten[q + 1 + run.find("?")]))
        ends = _endpoints(run, text[end : min(end + 1, line_end)], near)
        if eaten and q in eaten and q > 0 and not run[0].isascii():
            # (not before an ASCII letter: `?qū)m椪…` read as one character with the trail byte
            # m is a guess the narrowed options would make look certain)
            ends = [_eaten_firsts(e, text[q - 1], eaten[q]) for e in ends]
        if ends:
            candidates.append((q, ends))
    if not candidates:
        return []
    exclude = [(q, q + 1 + max(e.k for e in ends)) for q, ends in candidates]
    grams = _article_ngrams(text, exclude)
    local = _cache_words(grams)
    chars = _char_cache(text, exclude)
    # A traditional article is scored through a simplified view of the same length: the word
    # model is simplified, and 會議 must weigh as 会议 does. The candidates are put in simplified
    # too (the conversion step would make them so anyway).
    view, table = text, None
    if convert.is_traditional(text):
        table = convert.char_table()
        view = text.translate(table)
        grams = _article_ngrams(view, exclude)
        local = _cache_words(grams)
        chars = _char_cache(view, exclude)
    para_final = _paragraph_final(text)
    ctx = _local_context(view, exclude)
    budget = MAX_SCORED + len(text) // SCORED_PER_CHARS
    out: list[Repair] = []
    seen: dict[tuple[str, str, bool, tuple[tuple[int, int | None], ...]], Repair] = {}
    ranked_ends: dict[int, list[_Endpoint]] = {}
    deferred: set[int] = set()
    ends_at = dict(candidates)
    for q, ends in candidates:
        if ends is _FLOOD and out and not out[-1].scored and out[-1].end >= q:
            out[-1].end = max(out[-1].end, q + 2)  # the common case of a flood, made cheap
            continue
        if ends is not _FLOOD and budget > 0 and _before_a_run(text, q, ends, ends_at.get(q + 1)):
            # ??h: weighed in the second pass, beside what the run after it reads
            out.append(_unscored(text, q, ends))
            ranked_ends[q] = ends if table is None else [_simplified(e, table) for e in ends]
            deferred.add(q)
            continue
        if ends is _FLOOD or budget <= 0 or _flooded(text, q, ends):
            r = _unscored(text, q, ends)
            prev = out[-1] if out else None
            if prev is not None and not prev.scored and prev.end >= q:
                # a flood of damage is one stretch to look at, not one flag per `?`
                prev.end = max(prev.end, r.end)
            else:
                out.append(r)
            continue
        # The same damaged window twice (a pasted block, a repeated heading) has the same
        # readings: weigh it once.
        ls = text.rfind("\n", max(0, q - CONTEXT), q) + 1
        reach = q + 2 + MAX_RUN + CONTEXT
        le = text.find("\n", q, reach)
        key = (
            text[max(ls, q - CONTEXT) : q],
            text[q : le if le >= 0 else reach],
            le >= 0,
            tuple((e.k, e.nxt) for e in ends),
        )
        hit = seen.get(key)
        if hit is None:
            budget -= 1
            if table is not None:
                ends = [_simplified(e, table) for e in ends]
            r = _rank(view, q, ends, grams, local, chars, para_final, ctx=ctx)
            seen[key] = replace(r, start=0, end=r.end - q)
        else:
            r = replace(hit, start=q, end=hit.end + q, alternatives=list(hit.alternatives))
        out.append(r)
        ranked_ends[q] = ends
    budget = _joint_pass(view, out, ranked_ends, grams, local, chars, para_final, budget, ctx)
    _second_pass(
        view, out, ranked_ends, table, grams, local, chars, para_final, budget, deferred, ctx
    )
    read_ends = {r.end for r in out if r.scored and r.applied}
    for r in out:
        if not r.scored:
            r.best = text[r.start : r.end]
            r.applied = _lost_characters(text, r.start, r.end, r.start in read_ends)
    # A run that took the `?` after it as its own trail's U+FFFD (see _endpoints) leaves no run
    # to start there.
    kept: list[Repair] = []
    for r in out:
        if kept and r.start < kept[-1].end:
            continue
        kept.append(r)
    return kept


def _lost_characters(text: str, a: int, b: int, after_read: bool = False) -> str | None:
    """One U+FFFD per character lost in an unread stretch of bare damage (`?�?�` for 召开, `??�`
    where the site dropped a U+FFFD before the second `?`) between undamaged text: each `?` is a
    character that lost its lead byte, its trail byte the U+FFFD after it or dropped. Left as
    it was, the stretch costs twice the edits of the characters it stands for. None when the
    stretch holds anything else (garbled characters to read) or opens a line (`??` of an NBSP
    indent). `after_read`: the run right before the stretch was read (wholly or partly), so
    the damage before it is no longer damage (大家 read from `?蠹�`, then `?�` for 参: the `?`
    was left in the text, a question mark no one asked; session 28)."""
    s = text[a:b]
    if not s.startswith("?") or s.strip("?" + REPLACEMENT):
        return None
    if a == 0 or (text[a - 1] in _DAMAGE and not after_read) or text[a - 1].isspace():
        return None
    # `?��`: the `?` of the second character went with a dropped byte; count what is left of each
    return REPLACEMENT * max(s.count("?"), s.count(REPLACEMENT))


def _second_pass(
    view: str,
    out: list[Repair],
    ranked_ends: dict[int, list[_Endpoint]],
    table: dict[int, str] | None,
    grams: Counter[str],
    local: dict[str, float],
    chars: dict[str, float],
    para_final: float,
    budget: int,
    deferred: Collection[int] = (),
    ctx: _Local | Context | None = None,
) -> None:
    """Weigh again, in place, each run left (partly) unread whose context held another damaged run
    that was read: 环?�(jìng)?诌� reads 境 first, and only beside 境 is the next run 局还. The
    neighbours' readings are put into a copy of the window around the run."""
    done = [(r.start, r.end, r.applied) for r in out if r.scored and r.applied]
    if not done:
        return
    starts = [a for a, _b, _t in done]  # in text order, as `out` is
    for i, r in enumerate(out):
        if budget <= 0:  # a flood of damage: the first pass's budget covers both
            return
        if not (r.scored or r.start in deferred) or r.question_mark or r.start not in ranked_ends:
            continue
        if r.applied is not None and REPLACEMENT not in r.applied:
            continue
        lo = max(0, r.start - 2 * CONTEXT - MAX_RUN)
        hi = min(len(view), r.end + 2 * CONTEXT + MAX_RUN)
        near = [
            (a, b, t)
            for a, b, t in done[bisect_left(starts, lo) : bisect_right(starts, hi)]
            if a != r.start and b <= hi and r.start - CONTEXT <= b and a <= r.end + CONTEXT
        ]
        if not near:
            continue
        budget -= 1
        pieces, pos, shift = [], lo, 0
        for a, b, t in near:
            if a < pos:  # overlapping readings: keep the first
                continue
            t = t if table is None else t.translate(table)
            pieces += [view[pos:a], t]
            if b <= r.start:
                shift += len(t) - (b - a)
            pos = b
        pieces.append(view[pos:hi])
        q = r.start - lo + shift
        r2 = _rank(
            "".join(pieces), q, ranked_ends[r.start], grams, local, chars, para_final, ctx=ctx
        )
        out[i] = replace(r2, start=r.start, end=r.start + (r2.end - q))


JOINT_READINGS = 10  # best readings of each of two runs side by side weighed together
JOINT_CHAIN = 3  # readings of one run beside which the other's are found again
JOINT_SEAM = 4  # words across the seam of the two runs tried
JOINT_WIDTH = 20  # readings of each run in the joint window at most
JOINT_COST = 1 + 2 * JOINT_CHAIN  # rankings one joint reading costs, against the text's budget
JOINT_MAX = 16  # joint readings per text: more pairs side by side is a flood of damage


def _seam_words(lasts: Collection[str], firsts: Collection[str]) -> list[tuple[str, str]]:
    """The most frequent two-character words made of a last option of one run and a first
    option of the run after it."""
    freq, _ = lm.model()
    found = [(f, a, b) for a in lasts for b in firsts if (f := freq.get(a + b))]
    found.sort(reverse=True)
    return [(a, b) for _f, a, b in found[:JOINT_SEAM]]


def _agreed(joint: Repair, a: Repair, b: Repair) -> str | None:
    """The joint reading of runs `a` and `b`, with each character it leaves unsure (U+FFFD) taken
    from the reading of its own run alone where that was written and the joint's best agrees (。
    of `?!崩醋` is certain from its left; the joint's wide margin is for the seam)."""
    got, best = joint.applied, joint.best
    if got is None or len(got) != len(best) or REPLACEMENT not in got:
        return got
    out = list(got)
    sides = []
    if a.applied is not None and a.end == b.start:
        sides.append((0, a.applied))
    if b.applied is not None and b.end == joint.end:
        sides.append((len(best) - len(b.applied), b.applied))
    for at, alone in sides:
        for j, c in enumerate(alone):
            p = at + j
            if 0 <= p < len(out) and out[p] == REPLACEMENT and c == best[p]:
                out[p] = c
    return "".join(out)


def _unsure(r: Repair) -> int:
    """Characters a repair leaves unread: its U+FFFD, or the whole run when nothing is written."""
    if r.applied is None:
        return r.end - r.start
    return r.applied.count(REPLACEMENT)


def _joint_pass(
    view: str,
    out: list[Repair],
    ranked_ends: dict[int, list[_Endpoint]],
    grams: Counter[str],
    local: dict[str, float],
    chars: dict[str, float],
    para_final: float,
    budget: int,
    ctx: _Local | Context | None = None,
) -> int:
    """Read two runs side by side together (卫生和安全 as `?郎�?桶踩�`: 生's trail byte met the
    `?` of 和, which lost its lead byte too). Alone, the first run has the second's garbage as
    its right context and the second the first's as its left: neither sees the words across
    both. The best readings of the first that end where the second starts are joined to the
    best of the second and weighed as one window, with the same margin and context rules; the
    joint reading replaces the two whenever it writes anything (it has seen more than either:
    a guess of the first that the second contradicts goes back to U+FFFD). Returns the budget
    left."""
    i = joints = 0
    while i + 1 < len(out) and budget > 0 and joints < JOINT_MAX:
        a, b = out[i], out[i + 1]
        i += 1
        if not (a.ranked and b.ranked) or a.question_mark or b.question_mark:
            continue
        if a.start == 0 or view[a.start - 1] == "\n":
            # a `?` opening a line may be an NBSP indent (`?夏?蠲髑康`): the run after it is
            # read alone, as the normaliser decides about the indent on its own
            continue
        if not (_unsure(a) or _unsure(b)) or (a.applied is not None and a.end > b.start):
            # both read, or the first already read the second with it (a tail, a `?` that was
            # its own U+FFFD)
            continue
        ka = b.start - a.start - 1
        ends_a = [e for e in ranked_ends.get(a.start, ()) if e.k == ka and e.tail is None]
        ends_b = [e for e in ranked_ends.get(b.start, ()) if e.tail is None]
        heads = list(dict.fromkeys(r for (r, k), _s in a.ranked if k == ka))[:JOINT_READINGS]
        tails = list(dict.fromkeys(rk for rk, _s in b.ranked))[:JOINT_READINGS]
        if not (heads and tails and ends_a and ends_b):
            continue
        # one joint weighs the two runs again beside each other's best readings: as many
        # rankings as that costs (a text of `?中` repeated is nothing but adjacent runs)
        budget -= JOINT_COST
        joints += 1
        # Each run's readings were found with the other's garbage beside it (到居 is not among
        # the first run's best before `?窈闷`): find them again beside each of the other's best
        # few readings, so the joint window weighs the rivals that matter.
        more_h: list[str] = []
        for t, kb in tails[:JOINT_CHAIN]:
            v = view[: b.start] + t + view[b.start + 1 + kb :]
            r = _rank_ends(v, a.start, ends_a, grams, local, chars, para_final, ctx=ctx)
            more_h += [x for (x, _k), _s in r.ranked[:JOINT_READINGS]]
        more_t: list[tuple[str, int]] = []
        for h in heads[:JOINT_CHAIN]:
            v = view[: a.start] + h + view[b.start :]
            r = _rank_ends(v, a.start + len(h), ends_b, grams, local, chars, para_final, ctx=ctx)
            more_t += [rk for rk, _s in r.ranked[:JOINT_READINGS]]
        # a word across the seam (到居 + 民好评: 居民) that neither run's best readings hold
        lasts = {c for e in ends_a if e.last for c in e.last}
        firsts = {c for e in ends_b if not e.single for c in e.first}
        seam = _seam_words(lasts, firsts)
        more_h = [h[:-1] + cl for cl, _cf in seam for h in heads[:JOINT_CHAIN]] + more_h
        more_t = [(cf + t[1:], kb) for _cl, cf in seam for t, kb in tails[:JOINT_CHAIN]] + more_t
        heads = list(dict.fromkeys(heads + more_h))[:JOINT_WIDTH]
        tails = list(dict.fromkeys(tails + more_t))[:JOINT_WIDTH]
        fixed = [(h + t, ka + 1 + kb) for h in heads for t, kb in tails]
        # a run that is one character that lost both bytes has thousands of readings: the
        # margin of such a character
        single = any(e.single for q in (a.start, b.start) for e in ranked_ends.get(q, ()))
        r = _rank_ends(
            view,
            a.start,
            [],
            grams,
            local,
            chars,
            para_final,
            ctx=ctx,
            fixed=fixed,
            min_margin=SINGLE_MARGIN if single else 0.0,
        )
        if r.applied is not None:
            r = replace(r, applied=_agreed(r, a, b), ranked=[])
            out[i - 1 : i + 1] = [r]
            # not weighed again alone in the second pass
            ranked_ends.pop(a.start, None)
            ranked_ends.pop(b.start, None)
    return budget


def _simplified(e: _Endpoint, table: dict[int, str]) -> _Endpoint:
    def tr(options: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.translate(table) for c in options))

    return replace(
        e,
        middle=e.middle.translate(table),
        first=tr(e.first),
        last=None if e.last is None else tr(e.last),
    )


# Scoring one run takes milliseconds (a character that lost both bytes has thousands of
# readings). Past this many runs in one text the damage is beyond what context can decide, and
# the rest are flagged unrepaired unscored, so a flood of damage costs linear time.
MAX_SCORED = 256
SCORED_PER_CHARS = 5000
_DAMAGE = ("?", REPLACEMENT)
_FLOOD = [_Endpoint(1, "", ("",), None, single=True)]


def _flooded(text: str, q: int, ends: list[_Endpoint]) -> bool:
    """A character that lost both bytes (`?` + U+FFFD) with damage right beside it: no context
    to choose among its readings."""
    singles = [e for e in ends if e.single]
    # Other ways to end the run, or a pinyin note naming the character, leave a handful of
    # readings to weigh: that is not a flood.
    if not singles or len(singles) < len(ends) or all(e.reading for e in singles):
        return False
    after = q + 1 + max(e.k for e in ends)
    return (q > 0 and text[q - 1] in _DAMAGE) or (after < len(text) and text[after] in _DAMAGE)


def _before_a_run(text: str, q: int, ends: list[_Endpoint], nxt: list[_Endpoint] | None) -> bool:
    """A character that lost both bytes right before another damaged run (。縣 copied as ??h),
    with undamaged text on its left: once the run after it is read, it has context."""
    if len(ends) != 1 or not ends[0].single or ends[0].k or ends[0].reading:
        return False
    if q == 0 or text[q - 1] in _DAMAGE or text[q - 1].isspace():
        return False
    # `nxt`: the endpoints of the run starting right after this `?` (looked up, not searched:
    # a flood of `?` stays linear)
    return nxt is not None and nxt is not _FLOOD and not all(e.single for e in nxt)


def _unscored(text: str, q: int, ends: list[_Endpoint]) -> Repair:
    k = min(e.k for e in ends)
    return Repair(q, q + 1 + k, None, text[q : q + 1 + k], 0.0, [], scored=False)


def _best(options: Iterable[str], key: Callable[[str], float], n: int) -> list[str]:
    return sorted(options, key=lambda c: -key(c))[:n]


SHORTLIST = 36  # 24 until session 6: a wider search finds the rivals that keep a wrong guess back


def _shortlist(options: Iterable[str], left: str, right: str, grams: Collection[str]) -> list[str]:
    """The options worth a full score: those that make a word with a neighbour, then the most
    frequent. Scoring every option of a lost byte in full costs too much on big imports."""
    freq, _ = lm.model()
    l1, l2, r1, r2 = left[-1:], left[-2:], right[:1], right[:2]
    ranked = []
    for c in options:
        best = 0
        for w in (l1 + c, l2 + c, c + r1, c + r2, l1 + c + r1, l1 + c + r2):
            if len(w) > 1:
                f = freq.get(w) or 0
                if w in grams:
                    f += 10**6
                if f > best:
                    best = f
        ranked.append((best, freq.get(c) or 0, c))
    ranked.sort(reverse=True)
    out = [c for _, _, c in ranked[:SHORTLIST]]
    # A lost lead byte hits a mark as often as a character (、”， are two GBK bytes too), and a
    # mark makes no dictionary word: keep the options that are marks of running text.
    return out + [c for c in options if c in _MARK_SET and c not in out]


def _word_pairs(
    firsts: Iterable[str], middle: str, lasts: Iterable[str], grams: Collection[str], width: int = 2
) -> list[tuple[str, str]]:
    freq, _ = lm.model()
    found = []
    lasts = list(lasts)
    initials = {g[0] for g in grams}
    for c1 in firsts:
        prefix = c1 + middle
        # jieba's table holds every prefix of its words, and the article's n-grams hold theirs
        # (from two characters): no entry, no word to complete.
        if (
            freq.get(prefix) is None
            and prefix not in grams
            and not (len(prefix) == 1 and prefix in initials)
        ):
            continue
        for cl in lasts:
            w = prefix + cl
            f = freq.get(w) or 0
            if f or w in grams:
                found.append((f + (10**6 if w in grams else 0), c1, cl))
    found.sort(reverse=True)
    return [(c1, cl) for _, c1, cl in found[: width * BEAM]]


def _han(s: str) -> str:
    return "".join(c for c in s if lm.is_han(c))


def _scorer(
    grams: Counter[str], local: dict[str, float], chars: dict[str, float]
) -> Callable[[str, str, str], float]:
    def score(left: str, repl: str, right: str) -> float:
        w = left + repl + right
        return (
            lm.score(w, local)
            + _evidence(w, len(left), len(left) + len(repl), grams)
            + _cache_score(repl + right, chars)
        )

    return score


def _rank(
    text: str,
    q: int,
    ends: list[_Endpoint],
    grams: Counter[str],
    local: dict[str, float],
    chars: dict[str, float],
    para_final: float = 0.0,
    name_hint: str = "",
    ctx: _Local | Context | None = None,
) -> Repair:
    plain = [e for e in ends if e.tail is None]
    if len(plain) < len(ends):
        # Read with the character after it (a tail) first; where that leaves the run unread
        # (readings of the two lengths too close), read it alone, as before the tails were
        # weighed (卫生 with 和 after it unsure: 卫生 and the `?` + U+FFFD left as damage).
        r = _rank_ends(text, q, ends, grams, local, chars, para_final, name_hint, ctx)
        if (r.applied is not None and REPLACEMENT not in r.applied) or not plain:
            return r
        alone = _rank_ends(text, q, plain, grams, local, chars, para_final, name_hint, ctx)
        if r.applied is None:
            return alone
        # read partly with the tail (责任�� for 责任感，): the run alone may be certain of the
        # characters the tail's many readings left unsure (责任感 + U+FFFD)
        got = list(r.applied)
        if alone.applied is not None and len(got) == len(r.best):
            for j, c in enumerate(alone.applied[: len(got)]):
                if got[j] == REPLACEMENT and c == r.best[j]:
                    got[j] = c
        return replace(r, applied="".join(got))
    return _rank_ends(text, q, ends, grams, local, chars, para_final, name_hint, ctx)


def _rank_ends(
    text: str,
    q: int,
    ends: list[_Endpoint],
    grams: Counter[str],
    local: dict[str, float],
    chars: dict[str, float],
    para_final: float = 0.0,
    name_hint: str = "",
    ctx: _Local | Context | None = None,
    fixed: list[tuple[str, int]] | None = None,
    min_margin: float = 0.0,
) -> Repair:
    """Rank the readings of the run at `q` that `ends` give, or the readings `fixed` ((replacement,
    characters after the `?` it replaces)) instead."""
    max_k = max([e.k for e in ends] + [k for _r, k in fixed or ()])
    # Only the window around the run matters: a search bounded by it keeps a long line linear.
    line_start = text.rfind("\n", max(0, q - CONTEXT), q) + 1
    line_end = text.find("\n", q, q + 2 + max_k + CONTEXT)
    if line_end < 0:
        line_end = len(text)
    left = text[max(line_start, q - CONTEXT) : q]
    wend = min(line_end, q + 1 + max_k + CONTEXT)

    sc = _scorer(grams, local, chars)

    # the line around the run, for its paired marks (bounded: a long line stays linear)
    full_line_end = text.find("\n", q, q + LINE_REACH)
    whole = full_line_end >= 0 or q + LINE_REACH >= len(text)
    if full_line_end < 0:
        full_line_end = min(len(text), q + LINE_REACH)
    before = text[text.rfind("\n", max(0, q - LINE_REACH), q) + 1 : q]
    name = name_hint or _byline_name(before)
    credit = _photo_credit(before)
    opened = listnames.name_opened(before)
    if name:
        # A byline name is written once: the article's words are no evidence for its characters
        # (通讯员：林小? is not 林小巷 because the article is about 小巷). Only article n-grams
        # that hold the name's first character (the name written again elsewhere) count: none
        # where the run opens the name (U+FFFD). The same for the article's characters (巷
        # written again and again), also for the damaged text as it is (else it outweighs every
        # reading, and its `?` is left as a question mark).
        grams = Counter({g: c for g, c in grams.items() if name[0] in g})
        local, chars = {}, {"": 0.0}
        sc = _scorer(grams, local, chars)

    def window(repl: str, k: int) -> float:
        right = text[q + 1 + k : wend]
        # a `?` right after the run is the next lost lead byte (see _endpoints), not a question
        # mark: no clash with a ， read before it (统一思想，提高 as `?骋凰枷耄�?岣`)
        seam = left[-1:] + repl + right[:1].replace("?", "")
        # two clause marks in a row (，、 or ：，) is not prose: a mark guessed for a lost byte
        # must sit between words
        clash = sum(a in _CLAUSE and b in _CLAUSE for a, b in zip(seam, seam[1:], strict=False))
        v = sc(left, repl, right) - clash * CLASH_PENALTY
        # —— and …… are one mark written twice: a half beside its other half is likely
        if "——" in seam or "……" in seam:
            v += PAIR_BONUS
        if any(c in _PAIRED for c in repl):
            v += _pairing(before, repl, text[q + 1 + k : full_line_end], whole)
        if repl[:1] in _NUMERALS and _enumerator(before, repl + right):
            v += ENUM_BONUS
        if credit and (repl + right)[:2] in _CREDIT_ENDS:
            v += CREDIT_BONUS
        if opened and repl[:1] and not lm.is_han(repl[0]):
            v -= NAME_MARK_PENALTY
        if q + 1 + k >= line_end and repl and not _ends_sentence(repl[-1]):
            v -= para_final
        if repl and repl == date_at.get(k):
            v += DATE_BONUS
        return v + _question(before, repl)

    def at_end(c: str, k: int, mid: str = "") -> float:
        """What the run's last character gets for where it stands: a line's end, paired marks
        (the beams below must not lose ！ at a line end to the cheaper ，). `mid`: the run's
        characters before it, whose opener it may close (评选表彰“最美家庭” as one run: with the
        line before the run alone, ” closed nothing and fell out of the beam)."""
        v = 0.0
        if q + 1 + k >= line_end:
            v -= _eol_penalty(before + mid, c)
            if not _ends_sentence(c):
                v -= para_final
        if c in _PAIRED:
            v += _pairing(before + mid, c, text[q + 1 + k : full_line_end], whole)
        return v + _question(before + mid, c)

    scored: dict[tuple[str, int], float] = {}
    date_at: dict[int, str] = {}  # a date's unit by the run's length (see _date_unit)
    single_best = False
    for e in ends:
        right = text[q + 1 + e.k : min(line_end, q + 1 + e.k + 4)]
        at_eol = q + 1 + e.k >= line_end
        # a tail (see _Endpoint.tail): the run's own readings are ranked with the character
        # after them unknown, then each of the best is completed with that character's
        tail_right = right
        if e.tail is not None:
            right, at_eol = "", False
        if e.single:
            nb = e.nxt
            singles = _single_options(nb)
            # A character too rare to stand alone (垃, 励) is still likely where it completes a
            # word with the character beside it (垃圾, 激励): offer those too.
            extra = _word_neighbours(left[-1:], right[:1], grams, nb)
            if extra:
                singles = singles + tuple(c for c in extra if c not in singles)
            if e.reading:
                singles = _read_as(singles, e.reading)
                # the note names the character: the rare ones that can be read so are weighed too
                noted = _noted_options(e.reading, nb)
                singles = singles + tuple(c for c in noted if c not in singles)
            opts = _shortlist(singles, left, right, grams)
            if credit and CREDIT_MARK in singles and CREDIT_MARK not in opts:
                opts.append(CREDIT_MARK)
            if not e.reading:  # a note is read on a character, not on a mark
                opts += [c for c, t in _MARK_CHARS if _invalid_pair(t, nb)]
            unit = _date_unit(left, text[q + 1 + e.k : q + 4 + e.k])
            if unit and unit in singles:
                date_at[e.k] = unit
                if unit not in opts:
                    opts.append(unit)
            firsts = _best(
                opts,
                lambda c: sc(left[-4:], c, right) + at_end(c, e.k),  # noqa: B023
                BEAM,
            )
            if e.k in date_at and date_at[e.k] not in firsts:
                firsts.append(date_at[e.k])
            lasts = [""]
        elif e.last is None:
            after = (e.middle + right)[:4]
            firsts = _best(
                _shortlist(e.first, left, after, grams),
                lambda c: sc(left[-4:], c, after),  # noqa: B023
                BEAM,
            )
            if credit and CREDIT_MARK in e.first and CREDIT_MARK not in firsts:
                firsts.append(CREDIT_MARK)
            lasts = [""]
        else:
            # Each end is ranked in its own short context, then the best few of each end are
            # combined (a full cross product of ~100 x ~190 options is not needed).
            tail = e.middle[:3]
            firsts = _best(
                _shortlist(e.first, left, tail, grams),
                lambda c: sc(left[-4:], c, tail),  # noqa: B023
                BEAM,
            )
            if credit and CREDIT_MARK in e.first and CREDIT_MARK not in firsts:
                firsts.append(CREDIT_MARK)
            head = e.middle[-3:] if len(e.middle) >= 2 else ""
            kl, mid = e.k - (e.tail is not None) * 2, e.middle
            lasts = _best(
                _shortlist(e.last, head or e.middle, right, grams),
                lambda c: sc(head, c, right) + at_end(c, kl, mid),  # noqa: B023
                BEAM,
            )
        if e.tail is not None and e.last is not None and head:
            # with nothing known after it, the last character is ranked by its own frequency
            # (路名 over 路面): keep the ones that end a word too
            lasts += [
                c
                for c in _best(e.last, lambda c: _word_end(head, c), BEAM)  # noqa: B023
                if c not in lasts and _word_end(head, c)  # noqa: B023
            ]
        pairs = [(c1, cl) for c1 in firsts for cl in lasts]
        if e.last is not None and len(e.middle) < 2:
            # With fewer than two characters between the ends, the last end was ranked above with
            # no left context at all: rank it again after each of the best first readings (a
            # beam over the two positions), so a word across both (公交车 after 公) is seen.
            for c1 in firsts[:CHAINED]:
                h = (left + c1 + e.middle)[-3:]
                kl, mid = e.k - (e.tail is not None) * 2, c1 + e.middle
                for cl in _best(
                    _shortlist(e.last, h, right, grams),
                    lambda c: sc(h, c, right) + at_end(c, kl, mid),  # noqa: B023
                    CHAINED,
                ):
                    if cl not in lasts:
                        pairs.append((c1, cl))
        if e.last is not None and len(e.middle) <= 2:
            # Both ends inside one short word (卫生): the beams above cannot see it.
            # a reading leaves the frequent syllables (是, 事 for shì) many words: look wider
            pairs += _word_pairs(e.first, e.middle, e.last, grams, 6 if e.reading else 2)
        repls = [c1 + e.middle + cl for c1, cl in pairs]
        if e.tail is not None:
            repls = _with_tail(repls, e.tail, left, tail_right, grams, sc, lambda c: at_end(c, e.k))  # noqa: B023
            right, at_eol = tail_right, q + 1 + e.k >= line_end
        for repl in repls:
            v = window(repl, e.k)
            if at_eol and repl:
                v -= _eol_penalty(before + repl[:-1], repl[-1])
            if v > scored.get((repl, e.k), -math.inf):
                scored[(repl, e.k)] = v
        if e.single and not e.reading:  # a known reading leaves a handful of characters
            single_best = True
    for repl, k in fixed or ():
        v = window(repl, k)
        if q + 1 + k >= line_end and repl:
            v -= _eol_penalty(before + repl[:-1], repl[-1])
        if v > scored.get((repl, k), -math.inf):
            scored[(repl, k)] = v
    identity = lm.score(left + text[q:wend], local) + _cache_score(text[q:wend], chars)
    ranked = sorted(scored.items(), key=lambda kv: -kv[1])
    best_s = ranked[0][1]
    top = max(best_s, identity)
    z = sum(math.exp(s - top) for _, s in ranked) + math.exp(identity - top)
    (best_repl, best_k), _ = ranked[0]
    alternatives = []
    for (repl, _k), _s in ranked[1:]:
        if repl not in alternatives:
            alternatives.append(repl)
        if len(alternatives) >= 4:
            break
    end = q + 1 + best_k
    if identity >= best_s:
        return Repair(
            q,
            end,
            None,
            best_repl,
            math.exp(identity - top) / z,
            [best_repl] + alternatives[:3],
            question_mark=identity - best_s >= APPLY_MARGIN,
            ranked=ranked,
        )
    # The margin is over readings with other words: candidates that differ from the best only in
    # punctuation (发言。 / 发言” at a line end) do not make the words less certain.
    if not name and best_k == max_k and len(best_repl) > 1:
        # the run itself may hold the byline cue and the name's first characters (`（?` +
        # 通讯员：林小 + the last character): weigh the last character again as a name's
        nm = _byline_name(before + best_repl[:-1], start=False)
        if nm and fixed is not None:
            return _rank_ends(
                text,
                q,
                ends,
                grams,
                local,
                chars,
                para_final,
                name_hint=nm,
                ctx=ctx,
                fixed=fixed,
                min_margin=min_margin,
            )
        if nm:
            return _rank(text, q, ends, grams, local, chars, para_final, name_hint=nm, ctx=ctx)
    words = _han(best_repl)
    rivals = [s for (r, _k), s in ranked[1:] if _han(r) != words]
    second = max(identity, rivals[0] if rivals else -math.inf)
    conf = math.exp(best_s - top) / z
    # A character that lost both bytes has thousands of readings: ask for a wider margin.
    margin = SINGLE_MARGIN if single_best and len(best_repl) == 1 and best_k <= 1 else APPLY_MARGIN
    if any(e.tail is not None and e.k == best_k for e in ends):
        # the tail is a character that lost both bytes: thousands of readings, the same margin
        # (沥青路门前 for 沥青路面。 when the article writes 门前)
        margin = max(margin, SINGLE_MARGIN)
    if name:  # a wrong character renames the author: a word-like reading is not enough
        margin = max(margin, NAME_MARGIN)
    margin = max(margin, min_margin)
    applied = best_repl if best_s - second >= margin else None
    lone_mark = ""
    if (
        applied is None
        and not name
        and _lost_mark(best_repl, best_k, margin, single_best)
        and _mark_leads(text, q, left, ranked, identity, ctx)
    ):
        lone_mark = best_repl
    lost_both = margin == SINGLE_MARGIN and single_best and len(best_repl) == 1 and best_k <= 1
    choice = None
    if ctx and not name:
        choice = _context_choice(ctx, text, q, left, ranked, identity, margin, lost_both)
        if choice is not None:
            (best_repl, best_k), applied = choice
            end = q + 1 + best_k
            alternatives = [r for (r, _k), _s in ranked if r != best_repl][:4]
    if choice is None and lost_both and applied == best_repl and _comma_close(ranked, best_s):
        applied = REPLACEMENT
    if not name and applied is not None and applied == best_repl:
        applied = _name_guard(text, q, ranked, best_repl, applied, best_k, best_s)
    if applied is None:
        # Whether the `?` is damage at all is the ordinary margin's question, also for a
        # character that lost both bytes: `?` + U+FFFD is damage whatever it stood for.
        applied = _partial(ranked, best_k, best_s - margin, identity >= best_s - APPLY_MARGIN)
        if applied is not None:
            # the full readings stay on offer: the best first
            alternatives = [best_repl, *alternatives[:3]]
    if ctx and not name and applied and REPLACEMENT in applied and margin <= APPLY_MARGIN:
        applied = _agree_by_position(ctx, text, q, left, ranked, identity, applied, margin)
    if not name and applied and REPLACEMENT in applied and len(applied) == len(best_repl):
        # the characters a partial reading writes are a name's too
        applied = _name_guard(text, q, ranked, best_repl, applied, best_k, best_s)
    if lone_mark and applied in (None, REPLACEMENT) and best_repl == lone_mark:
        # (the context's veto is no evidence against a mark: its pairs are everywhere, and a
        # rival that makes a frequent pair with a neighbour, 联 before 合力, outweighs it)
        applied = lone_mark
    if lost_both and applied in (None, REPLACEMENT) and ctx and not name:
        applied = _genre_window(ctx, text, q, ranked) or applied
    if lost_both and applied in (None, REPLACEMENT) and not name:
        applied = _article_fill(text, q, ranked, grams) or applied
    if (
        ctx
        and not name
        and not lost_both
        and applied
        and REPLACEMENT in applied
        and len(applied) == len(best_repl)
    ):
        applied = _genre_run_window(ctx, text, q, ranked, applied, best_repl, best_k)
    if lost_both and applied in (None, REPLACEMENT) and ctx and not name:
        applied = _genre_comma(ctx, text, q, ranked) or applied
    return Repair(q, end, applied, best_repl, conf, alternatives, ranked=ranked)


# A character that lost both bytes read as a mark (统筹兼顾，协同推进: the ， 2 nats or more ahead of
# every other reading, marks included). SINGLE_MARGIN asks for 5 nats because thousands of
# characters compete for the place; the marks are some twenty, and the word model weighs them by
# where they stand (a phrase ending, a phrase opening), not by a name's characters. Below 2 nats
# the ， is only the word model's prior over a lone function character (他, 为, 要: 1.6 nats
# wherever neither makes a word), and 要 or 谁 was lost there as often as ， (谁主管谁负责).
# Random damage (real pages A-D, development and heldout sets, 2,832 cases, session 19): with
# MARK_AGREE below, 25 marks read where U+FFFD stood, all right; wrong characters unchanged.
MARK_MARGIN = 2.0
# Against a character that makes no word with either neighbour (他, 为, 要 alone) the word model's
# lead is the marks' prior over a lone character, 1.6 to 2.6 nats wherever that happens: 3 nats.
# A rival that makes a word by chance (门将 in 有关部门将进一步, for 有关部门要进一步) is weighed with the
# genre's pairs, which know it for no word of the genre.
LONE_MARK_MARGIN = 3.0


def _mark_leads(
    text: str,
    q: int,
    left: str,
    ranked: list[tuple[tuple[str, int], float]],
    identity: float,
    ctx: _Local | Context | None,
) -> bool:
    """Is the best reading, a mark in the place of a character that lost both bytes, ahead of
    every other reading by MARK_MARGIN (LONE_MARK_MARGIN against a lone character), in the word
    model and, when there is a context, with the genre's pairs added too? (有关部门，进一步:
    2.6 nats ahead of 门将 in the word model, 0.3 with the context, which knows 门将 for no
    word of the genre.) Between two sentence-final marks their frequencies are left out."""
    (best, k), best_s = ranked[0]
    lc = left[-1:]

    def ctx_of(r: str, kk: int) -> float:
        if not ctx:
            return 0.0
        w = lc + r + text[q + 1 + kk : q + 2 + kk]
        return CTX_WEIGHT * _ctx_score(ctx, w, len(lc), len(lc) + len(r))

    if best_s - identity < MARK_MARGIN:
        return False
    top = best_s + ctx_of(best, k)
    for (r, kk), s in ranked[1:24]:
        if r == best:
            continue
        rival = _as_mark_rival(best, r, s)
        # the pairs may only take the word model's lead away, not add to it
        lead = min(best_s - rival, top - rival - ctx_of(r, kk))
        rc = text[q + 1 + kk : q + 2 + kk]
        need = LONE_MARK_MARGIN if len(r) == 1 and _lone(lc, r, rc) else MARK_MARGIN
        if lead < need:
            return False
    return True


# A character that lost both bytes and that the margins above leave unread (U+FFFD), read from
# the genre's own text: each of the best single readings (GENRE_RANKS of them, within GENRE_REACH
# nats of the best) is put between its neighbours, and the four-character windows it makes (two
# characters before and one after, one before and two after, three before) are looked up in the
# clean text of the genre (the context's documents, not the article). The reading is written
# when it is the only one the genre writes in any of those windows, and it is written there with
# a neighbour on each side (立行立改, 内强素质, 会议听取了, 会上，各 …: context beyond the one
# character on each side that the pairs weigh). Not at a line's end (its mark is the words'),
# not beside a digit or a letter (folded to one class each, 6月30，17 matched as well as 30日),
# not a lone character (要, 为) while another reading makes a word there (更加), not in a byline
# name. On the ranked readings of randomly damaged real pages and the development set (session
# 25, six seed and set pairs; most unread runs have no window the genre writes): 54 right, none
# wrong; deciding on a one-sided window too added 73 right, 3 wrong (成果。要要 for 二要, 主要对接
# for 主动对接, 创建，三年 for 创建三年). Random damage, four GBK recipes, three new seeds (2,772
# cases: real pages A-E, development and heldout sets): 38 characters read where U+FFFD stood,
# all right (14 ，, 24 characters of words: 全区, 深化, 推进 …); wrong characters 94 -> 94.
GENRE_TOP = 12
GENRE_REACH = 6.0
GENRE_RANKS = 6
_GENRE_WINDOWS = ((2, 1), (3, 0), (1, 2))


def _genre_window(
    ctx: _Local | Context, text: str, q: int, ranked: list[tuple[tuple[str, int], float]]
) -> str | None:
    """The one single reading of the run at `q` (both bytes lost: `?` + U+FFFD) that the genre's
    text writes between its neighbours (see GENRE_TOP), or None."""
    genre = ctx.ctx if isinstance(ctx, _Local) else ctx
    if not genre or q + 3 > len(text) or text[q + 2] == "\n":
        return None
    best_s = ranked[0][1]
    cands = [
        r
        for (r, k), s in ranked[:GENRE_TOP]
        if len(r) == 1 and k == 1 and s >= best_s - GENRE_REACH
    ]
    before, after = text[max(0, q - 3) : q], text[q + 2 : q + 4]
    if any(c.isdigit() or (c.isascii() and c.isalpha()) for c in before[-1:] + after[:1]):
        return None  # the pairs fold digits and letters to one class each: 30，17 is 30日17
    hit, both = None, False
    for i, r in enumerate(cands):
        found = two = False
        for nl, nr in _GENRE_WINDOWS:
            if nl > len(before) or nr > len(after):
                continue
            w = before[len(before) - nl :] + r + after[:nr]
            if REPLACEMENT in w or "?" in w or not genre.holds(w):
                continue
            found, two = True, two or (nl > 0 and nr > 0)
        if found:
            if hit is not None:
                return None
            hit, both = (r if i < GENRE_RANKS else ""), two
    if not hit or not both:
        return None
    lc, rc = before[-1:], after[:1]
    if _lone(lc, hit, rc) and any(lm.is_han(r) and not _lone(lc, r, rc) for r in cands):
        # a lone function character against one that makes a word there (同时，要加注重 for
        # 更加: the genre writes 要加强 everywhere)
        return None
    return hit


# A run read partly (its unsure characters U+FFFD: 热情、给高 or 更高 for `?` + 更's trail byte),
# each unsure character read from the genre's own text as a character that lost both bytes is
# (see GENRE_TOP): the best readings' characters there (GENRE_RANKS of them, from readings within
# GENRE_REACH nats of the best that agree with every character written) are put between the
# reading's neighbours, and the four-character windows they make are looked up in the genre's
# clean text; the one character the genre writes there, in a window with a neighbour on each
# side, is written. Windows across a line's end, or with a digit or a Latin letter (one class
# each in the context), are not looked up. On the ranked readings of the unread runs of 62 real
# pages (session 26, `gbk` and `gbk_stripped`, three seeds): 36 right, none wrong; deciding on a
# one-sided window too: 11 more right, 3 wrong. Random damage of the 62 pages and the two sets
# (3,276 cases, four GBK recipes): 72 characters read, all right; wrong characters 160 -> 160.
# Where no candidate is in any four-character window, the three-character window (one certain
# Chinese character on each side) decides the same way: 9 more right, none wrong on the ranked
# readings (with a mark or an unsure character as a neighbour: 3 wrong in the battery).
def _genre_run_window(
    ctx: _Local | Context,
    text: str,
    q: int,
    ranked: list[tuple[tuple[str, int], float]],
    applied: str,
    best: str,
    k: int,
) -> str:
    """`applied` (the run's reading `best` with its unsure characters as U+FFFD) with each unsure
    character the genre's text decides written (see above)."""
    genre = ctx.ctx if isinstance(ctx, _Local) else ctx
    if not genre:
        return applied
    best_s = ranked[0][1]
    readings = [
        r
        for (r, kk), s in ranked
        if kk == k
        and len(r) == len(best)
        and s >= best_s - GENRE_REACH
        and all(a == REPLACEMENT or a == c for a, c in zip(applied, r, strict=True))
    ]
    left, right = text[max(0, q - 3) : q], text[q + 1 + k : q + 4 + k]
    out = list(applied)
    for i, a in enumerate(applied):
        if a != REPLACEMENT:
            continue
        cands: list[str] = []
        for r in readings:
            if r[i] not in cands and len(cands) < GENRE_RANKS:
                cands.append(r[i])
        if len(cands) < 2:
            continue
        before, after = (left + best[:i])[-3:], (best[i + 1 :] + right)[:3]
        hit, seen = _window_hit(genre, cands, before, after, _GENRE_WINDOWS)
        lc = (left + applied[:i])[-1:]
        rc = (applied[i + 1 :] + right)[:1]
        if hit is None and not seen and lc and rc and lm.is_han(lc) and lm.is_han(rc):
            # no four-character window the genre writes: one character on each side, both
            # certain Chinese characters, and a Chinese character between them (形式、 of
            # 形势、, a mark after 以 were read wrong beside a mark or an unsure neighbour)
            hit, _seen = _window_hit(genre, [c for c in cands if lm.is_han(c)], lc, rc, ((1, 1),))
        if hit is not None:
            out[i] = hit
    return "".join(out)


def _window_hit(
    genre: Context,
    cands: list[str],
    before: str,
    after: str,
    windows: tuple[tuple[int, int], ...],
) -> tuple[str | None, bool]:
    """(the one candidate the genre writes between `before` and `after` in one of `windows`, with
    a neighbour on each side, or None; whether any candidate was found in any window)."""
    hit, both, seen = None, False, False
    for c in cands:
        found = two = False
        for nl, nr in windows:
            if nl > len(before) or nr > len(after):
                continue
            w = before[len(before) - nl :] + c + after[:nr]
            if any(
                x in _DAMAGE or x == "\n" or x.isdigit() or (x.isascii() and x.isalpha()) for x in w
            ):
                continue
            if genre.holds(w):
                found, two = True, two or (nl > 0 and nr > 0)
        if found:
            seen = True
            if hit is not None:
                return None, True
            hit, both = c, two
    return (hit if both else None), seen


# A character that lost both bytes between two characters that the article writes again
# elsewhere with one character between them, always the same (县长林?华 where the article's
# undamaged text writes 林公华 further on): the article's own text fills the gap. A namesake in
# jieba's table (another middle character) outweighs one clean occurrence in the word model
# (5.4 nats), but a report that names someone twice names the same person. The fill must be
# one of the readings the bytes allow, within ARTICLE_FILL_REACH nats of the word model's best,
# and the only character the article writes between those two neighbours; both neighbours are
# Chinese characters (a mark or a digit beside the gap says nothing of a word). Random damage of
# 62 real pages (session 26, four GBK recipes, three seeds): 1 right, none wrong. One-sided
# windows (two characters on one side) were 2 right, 6 wrong on the ranked readings (召开创 for
# 召开全: the article writes a phrase once, the damaged one is another) and are not used.
ARTICLE_FILL_REACH = 6.0


def _article_fill(
    text: str, q: int, ranked: list[tuple[tuple[str, int], float]], grams: Collection[str]
) -> str | None:
    """The one character the article's undamaged text writes between the neighbours of the
    character that lost both bytes at `q` (see ARTICLE_FILL_REACH), or None."""
    if q < 1 or q + 3 > len(text):
        return None
    lc, rc = text[q - 1], text[q + 2]
    if not (lm.is_han(lc) and lm.is_han(rc)):
        return None
    fills = {g[1] for g in grams if len(g) == 3 and g[0] == lc and g[2] == rc}
    if len(fills) != 1:
        return None
    (fill,) = fills
    best_s = ranked[0][1]
    if any(r == fill and k == 1 and s >= best_s - ARTICLE_FILL_REACH for (r, k), s in ranked):
        return fill
    return None


# A comma for a character that lost both bytes, where the word model puts it first only by its
# prior over a lone function character (站位，增强 against 站位他增强: 1.6 nats, below
# MARK_MARGIN against such a rival), and the genre writes a comma after the character before
# the gap and before the one after it: the pairs of the comma with its two neighbours add up to
# COMMA_PAIRS nats or more (a place's or a name's character read as a comma had less: a
# district's name before 区, a name after 副主任, a city's short name before 调研). The comma leads every other reading by COMMA_LEAD and every other mark
# by COMMA_MARKS (。 and 、 are the word model's question, not the pairs'), and no character within
# COMMA_RIVALS nats of it has pairs as strong (强调要深入: 要 after 强调 is as much the genre's as
# the comma). Not at a line's end, not beside a digit or a Latin letter, not after a post and a
# surname (a name begun). Random damage of 62 real pages and the two sets (session 26, 3,276
# cases): 17 commas read, all right; without the rivals' guard 24 right, 2 wrong.
COMMA_LEAD = 1.4
COMMA_MARKS = 2.5
COMMA_PAIRS = 1.25
COMMA_RIVALS = 3.0


def _genre_comma(
    ctx: _Local | Context, text: str, q: int, ranked: list[tuple[tuple[str, int], float]]
) -> str | None:
    """'，' for the character that lost both bytes at `q` when the genre's pairs support the
    word model's comma (see COMMA_PAIRS), or None."""
    genre = ctx.ctx if isinstance(ctx, _Local) else ctx
    (best, k), best_s = ranked[0]
    if not genre or best != "，" or k != 1 or q < 1 or q + 3 > len(text):
        return None
    lc, rc = text[q - 1], text[q + 2]
    if rc == "\n" or any(
        c in _DAMAGE or c.isdigit() or (c.isascii() and c.isalpha()) for c in lc + rc
    ):
        return None
    for (r, _kk), s in ranked[1:]:
        if r == best:
            continue
        if best_s - s < (COMMA_MARKS if r in _MARK_SET else COMMA_LEAD):
            return None

    def pairs(r: str) -> float:
        return genre.pmi(lc, r) + genre.pmi(r, rc)

    own = pairs(best)
    if own < COMMA_PAIRS:
        return None
    if any(
        pairs(r) >= own
        for (r, k2), s in ranked[1:]
        if k2 == 1 and r not in _MARK_SET and s >= best_s - COMMA_RIVALS
    ):
        # a character the genre writes there as readily (强调要深入 as well as 强调，深入)
        return None
    if listnames.name_opened(text[max(0, q - listnames.REACH) : q]):
        return None
    return best


def _lone(left: str, c: str, right: str) -> bool:
    """Is `c` a character that makes no dictionary word with the character on either side?"""
    if not lm.is_han(c):
        return False
    freq, _ = lm.model()
    return not (freq.get(left + c) or freq.get(c + right))


# 。 ！ ？ end a sentence alike: the word model's 3 nats between 。 and ！ are their frequencies
# (lm._MARKS), not evidence (交出满意的答卷！ read 。, twice on the development seeds). Against one
# another they are weighed without that prior.
_SENTENCE_ENDS = frozenset("。！？")


def _as_mark_rival(best: str, rival: str, score: float) -> float:
    """`rival`'s score against the mark `best`, with the frequency prior between two
    sentence-final marks taken out."""
    if best in _SENTENCE_ENDS and rival in _SENTENCE_ENDS:
        return score + lm.mark_logp(best) - lm.mark_logp(rival)
    return score


def _lost_mark(best: str, k: int, margin: float, single: bool) -> bool:
    """Is `best` one mark read for a character that lost both bytes, held back by SINGLE_MARGIN?"""
    return single and margin == SINGLE_MARGIN and len(best) == 1 and k <= 1 and best in _MARK_SET


# A character that lost both bytes, read as a character of the words around it by the word model
# alone while a comma stands less than LOST_COMMA_GAP nats behind (综合整治要持续开展 for
# 综合整治，持续开展: the model weighs a mark by its frequency alone, and 要 fits either way):
# one U+FFFD. Development seeds (19, four GBK recipes), such readings by the comma's gap:
# 5-8 nats 7 right, 10 wrong; 8-9 nats 8 right, 2 wrong; 9 nats and more 217 right, 7 wrong.
# Only for a frequent character (COMMON_FREQ): a rare one was offered because it completes a
# word with its neighbour (垃 of 垃圾), and that word is the evidence.
LOST_COMMA_GAP = 8.0


def _comma_close(ranked: list[tuple[tuple[str, int], float]], best_s: float) -> bool:
    """Whether a comma in the best reading's place is within LOST_COMMA_GAP of a frequent
    character read there."""
    (best, k), _s = ranked[0]
    freq, _ = lm.model()
    if not lm.is_han(best) or (freq.get(best) or 0) < COMMON_FREQ:
        return False
    return any(r == "，" and kk == k and best_s - s < LOST_COMMA_GAP for (r, kk), s in ranked)


TAIL_HEADS = 4  # readings of the run completed with a tail (see _Endpoint.tail)


def _word_end(head: str, c: str) -> int:
    """Frequency of the dictionary word that `c` ends after `head` (0 when none)."""
    freq, _ = lm.model()
    return max(freq.get(head[-1:] + c) or 0, freq.get(head[-2:] + c) or 0)


def _with_tail(
    heads: list[str],
    nb: int,
    left: str,
    right: str,
    grams: Collection[str],
    sc: Callable[[str, str, str], float],
    at_end: Callable[[str], float],
) -> list[str]:
    """The best readings of a run, each completed with the readings of the character after it
    that lost its lead byte (`?` + U+FFFD before byte `nb`): chosen, as for a character alone,
    among the frequent characters, those that make a word with a neighbour, and the marks."""
    freq, _ = lm.model()
    uniq = list(dict.fromkeys(heads))
    # the best alone, and the best that end in a word (a word split by the unknown character
    # after it scores as two frequent characters: 会给 before 提高)
    best = _best(uniq, lambda h: sc(left[-4:], h, ""), TAIL_HEADS)
    best += [
        h
        for h in _best(uniq, lambda h: freq.get(h[-2:]) or 0, TAIL_HEADS)
        if h not in best and freq.get(h[-2:])
    ]
    out = []
    for h in best:
        lh = (left + h)[-4:]
        opts = _single_options(nb)
        extra = _word_neighbours(h[-1:], right[:1], grams, nb)
        if extra:
            opts = opts + tuple(c for c in extra if c not in opts)
        short = _shortlist(opts, lh, right, grams)
        short += [c for c, t in _MARK_CHARS if _invalid_pair(t, nb) and c not in short]
        for c in _best(short, lambda c: sc(lh, c, right) + at_end(c), BEAM):  # noqa: B023
            out.append(h + c)
    return out


# nats below the word model's best that a context's reading may be and still be written
# (unbounded: 233 wrong characters on the dev seeds instead of 216, session 7)
CTX_REACH = 4.0
CTX_RIVALS = 12.0  # the rivals weighed against it
# A reading far behind in the word model can still hold more context than the best (前喀 9 nats
# behind 前开 before 工: the context does not know 喀, so 喀工 weighs 0 where 开工 is floored at
# -1.5), and one such rival kept a reading both models put ahead from being written. Against the
# rivals within CTX_NEAR_REACH nats of the word model's best, the context must then lead by
# CTX_NEAR_MARGIN, twice CTX_MARGIN; only at the ordinary margin, not for a reading that only
# changes the word model's marks (举措： for 举措！), not in a listed name. Development seeds
# (16, four GBK recipes, per weighing): 59 right, 4 wrong (2 of them a combined recipe's doubled
# comma the check could not place); 3 nats and 5.5: 65 right, 6 wrong; 4 nats and 4: 79 right, 10.
CTX_NEAR_REACH = 3.0
CTX_NEAR_MARGIN = 6.0
# context evidence for a rival that sends the word model's choice back to review (U+FFFD)
# (none: 216 wrong characters on the dev seeds instead of 170, session 7)
CTX_VETO = 3.0
# readings this close to the word model's best (nats) stay plausible when the context vetoes it
# (the margin instead: 12 dev articles above 1% instead of 10, 62 wrong characters instead of 63)
CTX_CLOSE = 1.0
# Two models that agree on the same reading, each too weakly alone: the word model prefers it by
# at least AGREE_MIN nats over every reading with other words (and the damaged text), the
# context by at least AGREE_MIN over the same rivals, and the two margins add up to the margin
# plus AGREE_EXTRA. Only at the ordinary margin (a character that lost both bytes had 3 right
# and 3 wrong under this rule, session 11), and never inside a name in a list of people (宫晓燕
# read 公晓燕, 严书同 read 严书童: both readings are names, the words around them say nothing).
# Development seeds 1/9001/777/4242/31337/16180: 31 characters right, 3 wrong, no name.
AGREE_MIN = 1.0
AGREE_EXTRA = 1.0
# A character that lost both bytes (thousands of readings, SINGLE_MARGIN alone): the word model
# ahead by LOST_AGREE_WORDS and the context by LOST_AGREE_CTX over every other reading. The
# readings the context puts ahead by less were 13 right, 3 wrong on the development seeds
# (2023）2025 for 2023—2025, 园区国家 for 园区三家, 口二十几 for 口，十几); above it 9 right.
LOST_AGREE_WORDS = 1.0
LOST_AGREE_CTX = 2.75
# The same for a mark read there (站位，增强: the word model's lead over a lone 他 or 要 is its
# prior, 1.6 nats, wherever neither makes a word): the genre's pairs 2 nats ahead of every other
# reading, marks included, and the word model ahead at all. The ranked readings of 1,692 randomly
# damaged cases (session 19: real pages at three seeds, the development set at one): 15 marks
# right, none wrong at 2 nats; the wrong ones all had the context at 1.5 nats or less (长效，管理
# for 长效化管理, 各单位，切实 for 要).
MARK_AGREE_WORDS = 0.5
MARK_AGREE_CTX = 2.0


def _context_choice(
    ctx: _Local | Context,
    text: str,
    q: int,
    left: str,
    ranked: list[tuple[tuple[str, int], float]],
    identity: float,
    margin: float,
    lost_both: bool = False,
) -> tuple[tuple[str, int], str | None] | None:
    """The genre's context as a second opinion on the word model's ranking: ((reading, k),
    applied) when it decides, None to keep the word model's decision. A reading is written when
    word model and context together put it `margin` above every reading with other words (and
    the damaged text as it is) and the context alone prefers it by CTX_MARGIN: two models that
    agree. Where the context clearly contradicts a reading the word model would write, the run
    is left for review (a flag, not a wrong name)."""
    best_s = ranked[0][1]
    cands = [(rk, s) for rk, s in ranked[:24] if s >= best_s - CTX_RIVALS]
    if len(cands) < 2:
        return None
    lc = left[-1:]
    comb = []
    for (r, k), s in cands:
        w = lc + r + text[q + 1 + k : q + 2 + k]
        c = _ctx_score(ctx, w, len(lc), len(lc) + len(r))
        comb.append(((r, k), s, c, s + CTX_WEIGHT * c))
    comb.sort(key=lambda x: -x[3])
    (br, bk), bs, bc, bt = comb[0]
    words = _han(br)
    rivals = [x for x in comb[1:] if _han(x[0][0]) != words]
    second_t = max([identity] + [x[3] for x in rivals])
    second_c = max([x[2] for x in rivals], default=-math.inf)
    word_best = ranked[0][0]
    if (
        br != word_best[0]
        and bk == word_best[1]
        and words == _han(word_best[0])
        and (q + 1 + bk >= len(text) or text[q + 1 + bk] == "\n")
    ):
        # the same words, another mark at the line's end: the mark is the word model's, which
        # weighs the line's end (新局面！ at an article's end, not the context's pair 面，)
        br = word_best[0]
    if bt - second_t >= margin and bs >= best_s - CTX_REACH:
        if bc - second_c >= CTX_MARGIN:
            return (br, bk), br
        if _near_context_lead(text, q, (br, bk), bc, rivals, best_s, word_best, margin):
            return (br, bk), br
    # the word model's own choice, against the context's evidence for its rivals
    own = next(x for x in comb if x[0] == word_best)
    if margin <= APPLY_MARGIN or lost_both:
        others = [x for x in comb if _han(x[0][0]) != _han(word_best[0])]
        if others:
            mw = best_s - max([identity] + [x[1] for x in others])
            mc = own[2] - max(x[2] for x in others)
            if lost_both and word_best[0] in _MARK_SET:
                # a mark: ahead of the other marks too (。 is no ，)
                rest = [x for x in comb if x[0] != word_best]
                mw = best_s - max(
                    [identity] + [_as_mark_rival(word_best[0], x[0][0], x[1]) for x in rest]
                )
                mc = own[2] - max(x[2] for x in rest)
                agree = mw >= MARK_AGREE_WORDS and mc >= MARK_AGREE_CTX
            elif lost_both:
                agree = mw >= LOST_AGREE_WORDS and mc >= LOST_AGREE_CTX
            else:
                agree = min(mw, mc) >= AGREE_MIN and mw + mc >= margin + AGREE_EXTRA
            if agree and not listnames.in_name_list(
                text[max(0, q - listnames.REACH) : q],
                word_best[0],
                text[q + 1 + word_best[1] : q + 1 + word_best[1] + listnames.REACH],
            ):
                return word_best, word_best[0]
    against = max((x[2] for x in comb if _han(x[0][0]) != _han(word_best[0])), default=-math.inf)
    if against - own[2] >= CTX_VETO:
        # the rivals the context prefers, and those the word model holds as close as its margin
        # (心就能 beside 的就能: the context's doubt about one character is no certainty about
        # the other)
        plausible = [word_best[0]] + [
            x[0][0]
            for x in comb
            if x[0][1] == word_best[1] and (x[2] - own[2] >= CTX_VETO or x[1] > best_s - CTX_CLOSE)
        ]
        if len({len(r) for r in plausible}) == 1:
            out = "".join(
                cs[0] if len(set(cs)) == 1 else REPLACEMENT for cs in zip(*plausible, strict=True)
            )
            return word_best, out
        return word_best, None
    return None


def _near_context_lead(
    text: str,
    q: int,
    choice: tuple[str, int],
    ctx_score: float,
    rivals: list[tuple[tuple[str, int], float, float, float]],
    best_s: float,
    word_best: tuple[str, int],
    margin: float,
) -> bool:
    """Does the context put `choice` CTX_NEAR_MARGIN ahead of the rivals the word model holds
    within CTX_NEAR_REACH of its best (see CTX_NEAR_REACH)?"""
    r, k = choice
    if margin > APPLY_MARGIN or (r != word_best[0] and _han(r) == _han(word_best[0])):
        return False
    near = [c for (_rk, s, c, _t) in rivals if s >= best_s - CTX_NEAR_REACH]
    if near and ctx_score - max(near) < CTX_NEAR_MARGIN:
        return False
    return not listnames.in_name_list(
        text[max(0, q - listnames.REACH) : q],
        r,
        text[q + 1 + k : q + 1 + k + listnames.REACH],
    )


# A run left partly unread (停车位 as U+FFFD + 车 + U+FFFD, 牛车为 1.85 nats behind) is weighed
# again one unread character at a time: the readings that hold the best reading's character
# there against those that hold another. The character is written when the word model and the
# context each put it POS_AGREE_MIN ahead and together the margin plus POS_AGREE_EXTRA (停: its
# context 9 nats ahead of 牛; 位 stays unread, the context prefers 停车未). Not in a listed name
# (宫晓燕, 严书同 as above), not in a byline name (the word model alone decides there).
# Development seeds (13, gbk and gbk_stripped): 39 characters right, 4 wrong before the name
# guards (宫, 童 for 同, 街 for the byline's 林, 大力 for the place 大龙); margin + 1: 46 right, 7.
POS_AGREE_MIN = 1.0
POS_AGREE_EXTRA = 2.0


def _agree_by_position(
    ctx: _Local | Context,
    text: str,
    q: int,
    left: str,
    ranked: list[tuple[tuple[str, int], float]],
    identity: float,
    applied: str,
    margin: float,
) -> str:
    """`applied` (the best reading with its unsure characters as U+FFFD) with each unsure
    character the word model and the context agree on written (see POS_AGREE_MIN)."""
    (best, k), best_s = ranked[0]
    if len(best) < 2 or len(applied) != len(best):
        return applied
    lc = left[-1:]
    nxt = text[q + 1 + k : q + 2 + k]
    cands = []
    for (r, kk), s in ranked[:24]:
        if kk == k and len(r) == len(best) and s >= best_s - CTX_RIVALS:
            cands.append((r, s, _ctx_score(ctx, lc + r + nxt, len(lc), len(lc) + len(r))))
    out = list(applied)
    for i, ch in enumerate(applied):
        if ch != REPLACEMENT:
            continue
        same = [(s, c) for r, s, c in cands if r[i] == best[i]]
        others = [(s, c) for r, s, c in cands if r[i] != best[i]]
        if not same or not others:
            continue
        mw = max(s for s, _c in same) - max([identity] + [s for s, _c in others])
        mc = max(c for _s, c in same) - max(c for _s, c in others)
        if min(mw, mc) < POS_AGREE_MIN or mw + mc < margin + POS_AGREE_EXTRA:
            continue
        before = text[max(0, q - listnames.REACH) : q] + best[:i]
        after = best[i + 1 :] + text[q + 1 + k : q + 1 + k + listnames.REACH]
        if not listnames.in_name_list(before, best[i], after):
            out[i] = best[i]
    return "".join(out)


# Paired marks: a closing one with nothing open before it on the line is not what was lost, one
# that closes what is open is likely (卢晓棠?3月 after `（记者`: the ） of the byline).
_OPEN = {"（": "）", "(": "）", "《": "》", "【": "】", "“": "”", "‘": "’", "「": "」", "『": "』"}
_CLOSE = {"）": "（", ")": "（", "》": "《", "】": "【", "”": "“", "’": "‘", "」": "「", "』": "『"}
_PAIRED = frozenset(_OPEN) | frozenset(_CLOSE)
PAIR_BONUS = 3.0
LINE_REACH = 200
PAIR_PENALTY = 4.0
ENUM_BONUS = 4.0  # 一、 at a line start, （二） : the enumerators of notices and speeches
PARA_FINAL = 3.0  # a paragraph of an article whose paragraphs end in 。 does not end in 同
_NUMERALS = frozenset("一二三四五六七八九十")
_FINAL = frozenset("。！？!?”’）)》】…—：:")


# Byline cues: the characters after one of these (and a colon or space) are a person's name.
# A cue may stand before several names a space apart (记者：罗晓燕 章明浩, 记者 罗晓燕 实习生
# 章明浩): the second name is a name too (章?浩 read 章各浩).
_CUES = "记者|通讯员|实习生|编辑|审核|审校|责编|校对|作者|摄影|供图|文/图|图/文"
_NAMES_BEFORE = r"(?:[\u4e00-\u9fff]{2,3}\s+(?:(?:" + _CUES + r")[:：]?\s*)?)*"
_BYLINE = re.compile(
    r"(?:记者\s*|(?:" + _CUES + r")[:：\s]\s*)" + _NAMES_BEFORE + r"([\u4e00-\u9fff]{1,2})$"
)
_BYLINE_CUE_AT_END = re.compile(r"(?:" + _CUES + r")[:：\s]\s*$")
BYLINE_REACH = 24
NAME_MARGIN = 5.0


# the cue and its colon or space right before the run: the run opens the name (通讯员 ?�晓棠 read
# 知晓棠 for 卢晓棠, the article's 唐知远 as evidence)
_BYLINE_START = re.compile(r"(?:" + _CUES + r")[:：\s]\s*" + _NAMES_BEFORE + "$")


def _after_a_name(before: str) -> bool:
    """A photo credit's names and a space before the run (`（记者 韩秋禾 `), no cue right before
    it: its 摄 is as likely as a second name."""
    return _photo_credit(before) and _BYLINE_CUE_AT_END.search(before) is None


def _byline_name(before: str, start: bool = True) -> str:
    """The name characters before the run when it sits in a byline name (`（通讯员：林小`),
    U+FFFD when the run opens the name (`通讯员 `), else "". Only after an explicit byline cue:
    a name in running text has titles and verbs around it that the word model weighs. `start`:
    look for a name the run opens too; a cue at a line's start with a colon is an interview's
    speaker (记者：今年是……), not a byline."""
    tail = before[-BYLINE_REACH:]
    m = _BYLINE.search(tail)
    if m:
        if m.group(1)[0] == CREDIT_MARK and _after_a_name(tail[: m.start(1)]):
            return ""
        return m.group(1)
    if not start:
        return ""
    m = _BYLINE_START.search(tail)
    if m is None or _after_a_name(tail):
        return ""
    if (
        not tail[m.end() - 1].isspace()
        and not before[: len(before) - len(tail) + m.start()].strip()
    ):
        return ""
    return REPLACEMENT


# A name in a list of people read by the word model alone (市领导谭一鸣、 read 谭一名: 一名 is a
# frequent word; 沈一帆 read 沈不符): the characters inside the name that the readings within
# NAME_MARGIN of the best disagree on stay U+FFFD, the rest of the run is written. (The guard
# on the whole run cost 103 right repairs for 8 wrong ones on session 15's development seeds.)
def _name_guard(
    text: str,
    q: int,
    ranked: list[tuple[tuple[str, int], float]],
    best: str,
    applied: str,
    k: int,
    best_s: float,
) -> str:
    """`applied` (`best`, the reading to be written ending the run at `k`, or its certain
    characters with the others as U+FFFD) with the characters of a listed
    name that the readings within NAME_MARGIN of the word model's best (`best_s`) disagree on
    as U+FFFD, where the reading makes a word of them (一名, 不符, 疑心), is a function word
    (为) or a mark: that is the word model's pull, not evidence for the name (丽娟, 若涵 are no
    words and stay). Only a name the list bounds on its left (a post or a 、 before it): 和省委
    of 中央和省委、 is no name. The character right after a post and a surname (市政协主席邱) is
    a name's too, whatever is read there (邱：林，)."""
    before = text[max(0, q - listnames.REACH) : q]
    after = text[q + 1 + k : q + 1 + k + listnames.REACH]
    opened = listnames.name_opened(before)
    if not opened and (
        not any(lm.is_han(c) for c in best)
        or not listnames.in_name_list(before, best, after, bounded=True)
    ):
        return applied
    plausible = [
        r for (r, kk), s in ranked if kk == k and len(r) == len(best) and s >= best_s - NAME_MARGIN
    ]
    out = list(applied)
    for i, c in enumerate(best):
        if applied[i] != c or all(r[i] == c for r in plausible):
            continue
        left, right = (before + best[:i])[-1:], (best[i + 1 :] + after)[:1]
        if not _word_pull(left, c, right):
            continue
        if (opened and i == 0) or listnames.in_name_list(
            before + best[:i], c, best[i + 1 :] + after, bounded=True
        ):
            out[i] = REPLACEMENT
    return "".join(out)


FUNCTION_FREQ = 50_000  # jieba count of 为, 是, 要: a character read for its frequency alone
PULL_FREQ = 100  # a word this frequent across a name character (一名, 不符) pulled it there


def _word_pull(left: str, c: str, right: str) -> bool:
    """Is `c` read where a name stands because it is a mark, a function word, or makes a
    frequent word with a neighbour?"""
    if not lm.is_han(c):
        return True
    freq, _ = lm.model()
    if (freq.get(c) or 0) >= FUNCTION_FREQ:
        return True
    return any((freq.get(w) or 0) >= PULL_FREQ for w in (left + c, c + right) if len(w) == 2)


# After a post and a surname (市政协主席邱) the name goes on: a mark read there (邱：林，for
# 邱春林，) cuts it.
NAME_MARK_PENALTY = 4.0


# A photo credit closes a caption: `（记者 卫晨阳 摄）`, `（通讯员 甲乙 记者 丙丁 摄）`. After its names
# and a space the next character is 摄 (摄 of 摄影 too); the word model, with only a space on its
# left, ranks characters by their frequency alone: 你 is 145 times likelier than 摄 in jieba's
# table (5 nats), and 你）was read for 摄）(session 12), 摄 not even weighed. The bonus outweighs
# that and leaves the margin to the readings. The bytes put 摄 among a run's first readings
# only where its trail byte (E3) is the one seen, and only 摄 that closes the credit (摄）, 摄影)
# gets the bonus: a second name after the space (胥晓光, trail byte E3 too) is not 摄消光.
_CREDIT_CUE = r"(?:(?:本报)?(?:见习)?记者|通讯员)[:：]?\s*"
_CREDIT = re.compile(
    rf"[（(]\s*{_CREDIT_CUE}[\u4e00-\u9fff]{{2,4}}"
    rf"(?:[\s、]+(?:{_CREDIT_CUE})?[\u4e00-\u9fff]{{2,4}})*\s+$"
)
CREDIT_MARK = "摄"
_CREDIT_ENDS = ("摄）", "摄)", "摄影")
CREDIT_BONUS = 8.0


def _photo_credit(before: str) -> bool:
    """Does the run start right after the names and space of a photo credit (`（记者 卫晨阳 `)?"""
    return before[-1:].isspace() and _CREDIT.search(before[-40:]) is not None


# A question mark ends a question: its sentence holds a question word (有哪些具体举措？, 好吗？),
# which neither the word model nor the context sees from the sentence's end. Without one, a lost
# mark read ？ is a guess between marks the word model weighs alike (各单位？ for the notice's
# 各单位：); with one, 。！： end the question wrongly (举措： where the context knows 主要举措：).
_QUESTION_WORDS = tuple("吗 呢 哪 什么 怎 谁 难道 为何 是不是 有没有".split())
_STATEMENT_ENDS = frozenset("。！：")
# words that ask only at the sentence's end (进展如何？; 研究如何推进 asks nothing)
_ASKING_ENDS = ("如何", "多少", "何在", "几何", "何时", "何处", "怎样", "怎么样")
QUESTION_BONUS = 3.0
# a quotation or a title closed before the mark is a phrase the sentence names, not its own
# question (从“什么是好家风”“怎样传承好家风”两个方面作了讲解。)
_QUOTED = re.compile(r"“[^“”]*”|《[^《》]*》")

# A date's unit between digits (6?18日, 2022?11月: the character lost both bytes): 月 between a
# month's and a day's digits, 年 after a year's four digits before a month's, 日 after a month's
# and a day's digits. The word model
# reads no digits and wrote U+FFFD or a comma there; the dateline opens nearly every article.
_DATE_LEFT = re.compile(r"(?<![0-9])([0-9]{1,4})$")
_DATE_RIGHT = re.compile(r"([0-9]{1,2})([日号月])")
DATE_BONUS = 12.0


def _date_unit(left: str, right: str) -> str:
    """年 or 月 when the run stands between a date's digits, else ""."""
    m, n = _DATE_LEFT.search(left), _DATE_RIGHT.match(right)
    if m is None:
        return ""
    if n is None:
        # 11月3?，: the day's unit after a month's digits, before anything but a digit
        day = m.group(1)
        month = left[: m.start()].endswith("月")
        return (
            "日"
            if month and len(day) <= 2 and 1 <= int(day) <= 31 and not right[:1].isdigit()
            else ""
        )
    a, b, unit = m.group(1), int(n.group(1)), n.group(2)
    if unit == "月" and len(a) == 4 and a[:2] in ("19", "20") and 1 <= b <= 12:
        return "年"
    if unit in "日号" and len(a) <= 2 and 1 <= int(a) <= 12 and 1 <= b <= 31:
        return "月"
    return ""


def _question(before: str, repl: str) -> float:
    """For each sentence-final mark of `repl`: QUESTION_BONUS for a ？ whose sentence holds a
    question word, minus it for one whose sentence holds none, and minus it for 。！： ending a
    sentence that holds one (`before`: the line up to the reading)."""
    v = 0.0
    for i, c in enumerate(repl):
        if c == "？" or c in _STATEMENT_ENDS:
            s = before + repl[:i]
            cut = max(s.rfind("。"), s.rfind("！"), s.rfind("？"))
            sentence = _QUOTED.sub("", s[cut + 1 :])
            asks = any(w in sentence for w in _QUESTION_WORDS) or sentence.endswith(_ASKING_ENDS)
            if c == "？":
                v += QUESTION_BONUS if asks else -QUESTION_BONUS
            elif asks:
                v -= QUESTION_BONUS
    return v


# A line of a notice or a report that leads into what follows ends in ：: the salutation
# (各镇（街道）、县直各单位：), 通知如下：, a speaker's 强调：. The ： lost there was read ！.
_LEAD_INS = ("如下", "指出", "表示", "强调")


def _leads_in(line: str) -> bool:
    """Whether `line` (up to its last character) opens with 各 or ends with a lead-in word."""
    return line.startswith("各") or line.endswith(_LEAD_INS)


# An item of a list (（一）推荐阶段：即日起至6月30日；, 1.热爱祖国……；, 一是……；) ends in ； as
# often as in 。, and a notice's items are no exclamations: 品质！ was read for the item's 品质；
# (the ； took the line-end penalty, ！ was the likeliest mark of the A3 row that escaped it).
_ITEM = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、）)]|[一二三四五六七八九十]{1,3}[、是])"
)
ITEM_EXCLAIM = 3.0


def _list_item(line: str) -> bool:
    """Does `line` open with an enumerator (（二）, 2., 三、, 一是)?"""
    return _ITEM.match(line) is not None


def _eol_penalty(line: str, c: str) -> float:
    """EOL_PENALTY for a line's last character `c` that does not end a line (`line`: the line
    before it); ITEM_EXCLAIM for ！ ending an item of a list."""
    if c == "！" and _list_item(line):
        return ITEM_EXCLAIM
    if c not in _NOT_FINAL or (c == "：" and _leads_in(line)):
        return 0.0
    if c in "；;" and _list_item(line):
        return 0.0
    return EOL_PENALTY


def _ends_sentence(ch: str) -> bool:
    return ch in _FINAL or not lm.is_han(ch)


def _depth(s: str) -> dict[str, int]:
    """Unclosed openers of `s` (by their closing mark)."""
    depth: dict[str, int] = {}
    for c in s:
        if c in _OPEN:
            depth[_OPEN[c]] = depth.get(_OPEN[c], 0) + 1
        elif c in _CLOSE:
            close = "）" if c == ")" else c
            if depth.get(close):
                depth[close] -= 1
    return depth


def _pairing(before: str, repl: str, after: str, whole: bool = False) -> float:
    """Bonus (or penalty) for the paired marks a reading puts in its line. `whole`: `after`
    reaches the line's end, so an opener it does not close stays open there."""
    depth = _depth(before)
    v = 0.0
    for i, c in enumerate(repl):
        if c in _CLOSE:
            close = "）" if c == ")" else c
            if depth.get(close) and _closed_later(close, repl[i + 1 :] + after):
                # the line closes the bracket later (行动方案（2023）2025年）): this one would
                # leave that closer unmatched (2023—2025)
                depth[close] -= 1
                v -= PAIR_PENALTY
            elif depth.get(close):
                depth[close] -= 1
                v += PAIR_BONUS
                if close not in after:  # else the bracket stays open to the line's end
                    v += PAIR_PENALTY
            elif _CLOSE[close] != "“" or "“" not in before:  # ”“ in speeches: be lenient
                v -= PAIR_PENALTY
        elif c in _OPEN:
            close = _OPEN[c]
            rest = repl[i + 1 :] + after
            # an opener whose closer follows on the line, with nothing else open of its kind
            closed = _closed_later(close, rest)
            if closed and not depth.get(close):
                v += PAIR_BONUS
            elif whole and not closed and rest.strip() and (before + repl[:i]).strip():
                # opened inside a line and never closed on it (退休“是一名 for 退休前是一名,
                # 对表（ for 对表，): a paragraph of a speech may open a quote it closes later,
                # a line's middle does not (at the line's end the line-end penalty has it)
                v -= PAIR_PENALTY
            depth[close] = depth.get(close, 0) + 1
    return v


def _closed_later(close: str, rest: str) -> bool:
    """Does `rest` close the opener of `close` before it opens another one (“甲”…“乙” after
    退休“ closes nothing of it)? Folded brackets count as full-width ones."""
    if close == "）":
        rest = rest.replace(")", "）").replace("(", "（")
    j = rest.find(close)
    if j < 0:
        return False
    k = rest.find(_CLOSE[close])
    return k < 0 or j < k


def _enumerator(before: str, s: str) -> bool:
    """Does `s` (a numeral first) stand as 一、 at a line's start, or （二） in brackets?"""
    n = 1
    while n < len(s) and s[n] in _NUMERALS:
        n += 1
    nxt = s[n : n + 1]
    if not before.strip():
        return nxt in ("、", "是")
    return before[-1:] in ("（", "(") and nxt in ("）", ")")


def _paragraph_final(text: str) -> float:
    """PARA_FINAL when most long lines of the article end a sentence, else 0."""
    n = ends = 0
    for line in text.split("\n"):
        line = line.rstrip()
        if len(line) >= 20:
            n += 1
            ends += _ends_sentence(line[-1])
    return PARA_FINAL if n >= 2 and ends >= 0.8 * n else 0.0


def _partial(
    ranked: list[tuple[tuple[str, int], float]], k: int, floor: float, maybe_intact: bool
) -> str | None:
    """The certain part of a run whose readings are close: the plausible readings (within the
    margin of the best) all end the run at the same place and differ only in a character or two
    at its ends (the lost lead byte, the swallowed trail byte); the characters between them are
    fixed by the bytes. Those are written, each uncertain one as U+FFFD — still damage for the
    annotator to resolve, not a guess that could rename someone. One character that lost both
    bytes (`?�`) becomes one U+FFFD. Where no character is certain, the run becomes one U+FFFD
    per character its readings agree it holds: the garbled text (`?⒔�` for 并将) is three wrong
    characters for two, and stays among the flag's readings. None when the damaged text may be
    right as it is (`maybe_intact`), or the readings do not agree on where the run ends or how
    many characters it holds."""
    if maybe_intact:
        return None
    plausible = [r for (r, kk), s in ranked if s >= floor and kk == k]
    if any(kk != k for (_r, kk), s in ranked if s >= floor):
        return None
    if len(plausible) < 2 or len({len(r) for r in plausible}) != 1:
        return None
    return "".join(
        chars[0] if len(set(chars)) == 1 else REPLACEMENT for chars in zip(*plausible, strict=True)
    )
