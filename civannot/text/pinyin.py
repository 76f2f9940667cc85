"""Inline pinyin after characters: 創(chuàng)建 -> 創建.

Only groups whose syllable carries a tone mark go, so real brackets such as （铜仁高新区） or
(2023-2023年) stay. Where an article is densely annotated, tone-less neutral syllables that follow a
character (們(men)) go as well: there the annotation tool put them, not the author; where the
notes are sparse, those that read the character before them go once a toned note shows the tool.
Some mirrors write every note without a tone (會(hui)議(yi)): such notes go where enough of them give a reading
of the character before them. A note the tool repeated (黨(dang)(dang), 的(de)(de)(de)) goes
with the first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civannot.text.offsets import Edit

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_LETTERS = "a-zA-Zü" + _TONED
# a syllable, with its tone as a mark on a vowel (chuàng) or as a digit after it (chuang4)
_SYL = f"[{_LETTERS}]{{1,7}}[0-5]?"
_CJK = r"\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# A group: 1–4 syllables inside ASCII or full-width round brackets, square brackets or 【】, right
# after a CJK character or one space after it (會 (huì) 議: the space goes with the note, and so
# does one space after it when a CJK character follows).
# The note may also follow GBK damage that was done after the site added it: a U+FFFD (the
# character's trail byte could not pair with the bracket) or the ASCII letter that ends a damaged
# run (`?M(zǔ)`, `?匍_(kāi)`: an orphaned trail byte). The note goes before the GBK repair looks at the
# run, so the repair sees the characters around it and not the pinyin.
_GROUP = re.compile(
    rf"(?<=[{_CJK}\ufffd\x40-\x7e])(?:(?<=[{_CJK}])([ \u00a0]))?"
    rf"[(（\[【]\s*({_SYL}(?:[ \u00a0]{_SYL}){{0,3}})\s*[)）\]】]"
    # the space after the note goes only when one came before it (記者(zhě) 唐某: a byline's
    # own space stays)
    rf"(?(1)(?:[ \u00a0](?=[{_CJK}]))?)"
)
# a syllable with a tone digit: a pinyin syllable's letters, then the digit (not A4, x2, v3)
_DIGIT_SYL = re.compile(r"([a-zü]{1,6})[0-5]")
# A note whose toned vowel lost its own GBK lead byte (the vowels are two-byte GBK characters,
# A8xx): `(j?琻)` for (jìn) — the vowel's trail byte paired with the next letter —, `(l?\ufffd)`
# before the bracket, or `(l?)` where the site dropped the U+FFFD.
_DAMAGED_GROUP = re.compile(
    rf"(?<=[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f\ufffd\x40-\x7e])"
    rf"[(（]([{_LETTERS}]{{0,6}})\?([^\s()（）\n?]?)([{_LETTERS}]{{0,6}})[)）]"
)
_TONE = re.compile(f"[{_TONED}]")
# A note whose opening bracket is gone, right after a `?`: on real mirror pages the GBK damage
# came after the pinyin, and the byte before the bracket (what was left of a character that lost
# its lead byte) took the bracket with it into one replacement the site dropped (`發展?jié)摿Φ`).
# Its syllable names what a misaligned reader saw there, not a character of the text, so the
# note only goes: the repair then sees the `?` and the run after it as in any other damage.
_EATEN_GROUP = re.compile(rf"(?<=\?)({_SYL}(?:[ \u00a0]{_SYL}){{0,3}})\)")
# A note the end of the copy cut off (…全力打好創(chuà): a mirror page or an excerpt that stops inside
# it): an opening bracket and a toned syllable that run to the end of the line.
_CUT_GROUP = re.compile(rf"(?<=[{_CJK}])[(（]({_SYL})[ \u00a0]*$", re.MULTILINE)
# Neutral-tone syllables a dense annotator writes without a mark.
_NEUTRAL = re.compile(
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:a|o|e|i|u|ü|ai|ei|ao|ou|an|en|ang|eng|ong|er|ia|ie|iu|ua|uo|ui|un|ue|in|ing|ian|iao|iang|iong|uai|uan|uang)"
    # ü typed as v where a keyboard has no ü (率(lv), 女(nv), 略(lve)), or kept (略(lüe))
    r"|[ln][vü]e?"
)
_DENSE = 5
# the same note again right after a note (黨(dǎng)(dǎng)): the tool ran over the character twice
_REPEAT = re.compile(rf"[(（\[【]\s*({_SYL}(?:[ \u00a0]{_SYL}){{0,3}})\s*[)）\]】]")
# A tone-less note cut off by the end of the copy (…全(quan)黨(dang)(dan), in a copy whose notes
# are tone-less: only there does a bare bracket and letters at a line end say pinyin.
_CUT_BARE = re.compile(rf"(?<=[{_CJK})）])[(（]([a-z]{{1,6}})[ \u00a0]*$", re.MULTILINE)
# A word's note written as one run of its syllables (不懈努力(bùxiènǔlì), 称号(chēnghào)): a tool
# that annotates words, not characters. Longer than a syllable group's 7 letters, so _GROUP
# misses it; it goes where its letters spell, syllable by syllable, the characters before it.
_WORD_GROUP = re.compile(rf"(?<=[{_CJK}])[(（]([a-zü{_TONED}]{{8,30}})[)）]")
_WORD_MAX_CHARS = 8
# toned vowels to their bare letter, for spelling a word's note against its characters' readings
_DETONE = str.maketrans(
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ",
    "aaaaeeeeiiiioooouuuuüüüünnnm",
)


@lru_cache(maxsize=8192)
def _bare_readings(ch: str) -> frozenset[str]:
    """A character's readings without tones (會 -> hui, kuai)."""
    from pypinyin import Style, pinyin

    return frozenset(r.lower() for r in pinyin(ch, style=Style.NORMAL, heteronym=True)[0])


def _reads(ch: str, syllable: str) -> bool:
    """Is `syllable` (tone-less) a reading of `ch`? A character pypinyin does not know reads as
    itself, which no syllable is."""
    readings = _bare_readings(ch)
    # pypinyin writes ü as v (略 -> lve); a note may write either (略(lüe), 略(lve))
    return any(
        s in readings for s in (syllable, syllable.replace("v", "ü"), syllable.replace("ü", "v"))
    )


def _spelt(chars: str, letters: str) -> bool:
    """Do `letters` (tone-less) spell `chars`, one reading of each character after another?"""
    if not chars:
        return not letters
    for r in _bare_readings(chars[0]):
        for form in {r, r.replace("v", "ü")}:
            if letters.startswith(form) and _spelt(chars[1:], letters[len(form) :]):
                return True
    return False


def _word_note(text: str, start: int, body: str) -> bool:
    """Is `body` (a toned run of letters at `start`) the note of the word that ends there?"""
    if not _TONE.search(body):
        return False
    letters = body.translate(_DETONE)
    return any(
        _spelt(text[start - n : start], letters) for n in range(2, min(_WORD_MAX_CHARS, start) + 1)
    )


def _after_damage(text: str, i: int) -> bool:
    """Is there a `?` that may start a GBK-damaged run ending just before position i?"""
    q = text.rfind("?", max(0, i - 26), i)
    return q >= 0 and "\n" not in text[q:i]


def _damaged_vowel(ch: str) -> bool:
    """Is `ch` what a toned vowel (A8xx) becomes when its lead byte is lost: U+FFFD, nothing, or
    the character its trail byte makes with the letter after it?"""
    if ch in ("", "\ufffd"):
        return True
    try:
        b = ch.encode("gbk")
    except UnicodeEncodeError:
        return False
    if len(b) != 2 or not 0x40 <= b[1] <= 0x7E or not chr(b[1]).isalpha():
        return False
    try:
        return bytes([0xA8, b[0]]).decode("gbk") in _TONED
    except UnicodeDecodeError:
        return False


def pinyin_edits(text: str) -> tuple[list[Edit], int]:
    """Deletions of the pinyin groups, and how many there were."""
    toned: list[Edit] = []
    neutral: list[Edit] = []
    # the tone-less notes that give a reading of the character before them (們(men), 了(le))
    neutral_reading: list[Edit] = []
    # how many tone-less notes give a reading of the character they follow
    reading = 0
    if "?" in text:
        for m in _DAMAGED_GROUP.finditer(text):
            head, vowel, tail = m.groups()
            if (head or tail) and len(head) + len(tail) <= 6 and _damaged_vowel(vowel):
                toned.append((m.start(), m.end(), "", False))
        for m in _EATEN_GROUP.finditer(text):
            if _TONE.search(m.group(1)) and m.group(1).islower():
                toned.append((m.start(), m.end(), "", False))
    for m in _CUT_GROUP.finditer(text):
        if _TONE.search(m.group(1)) and m.group(1).islower():
            toned.append((m.start(), m.end(), "", False))
    for m in _WORD_GROUP.finditer(text):
        if _word_note(text, m.start(), m.group(1)):
            toned.append((m.start(), m.end(), "", False))
    for m in _GROUP.finditer(text):
        body = m.group(2)
        before = text[m.start() - 1]
        if before.isascii() and not _after_damage(text, m.start()):
            continue  # after a letter: English or a code, unless it ends a damaged run
        syllables = body.split()
        if any(ch.isdigit() for ch in body):
            # 創(chuang4)建: every syllable a pinyin syllable with its tone digit
            digits = [_DIGIT_SYL.fullmatch(x) for x in syllables]
            if all(d is not None and _NEUTRAL.fullmatch(d.group(1)) for d in digits):
                toned.append((m.start(), m.end(), "", False))
        elif _TONE.search(body):
            toned.append((m.start(), m.end(), "", False))
        elif body.islower() and all(_NEUTRAL.fullmatch(s) for s in syllables):
            neutral.append((m.start(), m.end(), "", False))
            if len(syllables) == 1 and _reads(before, body):
                reading += 1
                neutral_reading.append((m.start(), m.end(), "", False))
    # Tone-less notes say pinyin where most of them read the character before them; a bracketed
    # English word or code does not (附件(see p3): `see` reads no character).
    bare = len(toned) < _DENSE and reading >= _DENSE and 2 * reading >= len(neutral)
    # A note cut off inside its first syllable (…更加扎实(sh, 坚(ji) has no tone mark yet: in a
    # text whose notes the tool wrote with tones, letters that begin a reading of the character
    # before them are the cut note too.
    cut: list[Edit] = []
    if bare or toned:
        for m in _CUT_BARE.finditer(text):
            before = text[m.start() - 1]
            if before in ")）" or any(r.startswith(m.group(1)) for r in _bare_readings(before)):
                cut.append((m.start(), m.end(), "", False))
    toned.sort()
    edits = toned
    if len(toned) >= _DENSE or bare:
        edits = sorted(toned + neutral + cut)
    elif toned:
        # A sparse annotator (a short excerpt, a few notes): its neutral syllables have no tone
        # mark either (同志們(men), 辛苦了(le), 的(de), 孩子(zi)). With a toned note in the text the
        # tool is there; each tone-less note that reads the character before it goes with it.
        edits = sorted(toned + neutral_reading + cut)
    return _with_repeats(text, edits), len(edits)


def _with_repeats(text: str, edits: list[Edit]) -> list[Edit]:
    """The edits, and after each note the copies of it that follow it directly."""
    starts = {a for a, _b, _r, _c in edits}
    out: list[Edit] = []
    for a, b, r, c in edits:
        out.append((a, b, r, c))
        if text[a] not in "(（[【 \u00a0":
            continue
        body = text[a:b].strip(" \u00a0")[1:-1].strip()
        while (m := _REPEAT.match(text, b)) and m.group(1) == body and m.start() not in starts:
            out.append((m.start(), m.end(), "", False))
            b = m.end()
    return out
