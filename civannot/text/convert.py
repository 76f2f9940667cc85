"""Traditional -> simplified (OpenCC tw2s), only where the text is traditional.

Simplified text must come out byte-identical, so the decision is made on evidence: characters
that only exist in traditional writing against characters that only exist in simplified
writing, per document and then per line.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any

from civannot.text.offsets import Edit

# tw2s maps these through Taiwan variant tables to characters that are not standard simplified
# (抬 -> 擡, 么 -> 幺, 蒍 -> 𫇭): a simplified reader expects them unchanged.
KEEP = frozenset("抬么蒍")

# Corner quotes of traditional writing become the simplified ones in a converted line, one
# character for one (offsets stay): the rules read quotes as “”‘’ (SLOGAN inside them, a quote's
# speaker after it).
QUOTES = {"「": "“", "」": "”", "『": "‘", "』": "’"}

# Variant forms OpenCC's tw2s leaves as they are, though a simplified reader writes them otherwise:
# mirrors converted with Hong Kong or Taiwan tables write 衞 for 卫 (衞生, 創衞, 市衞健委), 枱, 敍, 衹…
# (computed from OpenCC's own variant tables, see _variants), and forms no table lists: 舖 for 铺,
# 陜 for 陕 (来陜考察, 陜西: a mirror's converter writes it, and a place the rules know is lost),
# and the Japanese and Korean code-page forms some copying sites' converters emit (塲 歳 凖 緖 淸 靑…).
_EXTRA_VARIANTS = dict(
    zip(
        "舖陜塲歳嵗凖囘廻鬪鬭汚勲縂㸃緖吿淸靑槪鄕㑹鍳黙",
        "铺陕场岁岁准回回斗斗污勋总点绪告清青概乡会鉴默",
        strict=True,
    )
)

# tw2s writes 着 for every 著 outside the few words its Taiwan table lists (著名, 著作, 显著…), so
# 成效卓著 came out 成效卓着: these words keep 著 (zhù). 论著 is not here (讨论着), nor 新著 (重新着手).
_ZHU_WORDS = frozenset("卓著 编著 原著 遗著 译著 撰著 拙著 专著 著译".split())
# idioms whose 著 (zhù) follows a character that a particle 着 follows too (感知着, 闻名着)
_ZHU_IDIOMS = frozenset("见微知著 臭名昭著".split())

# what 瞭 (liào, to look from afar) stands before in a simplified text too; elsewhere a converted
# copy's 瞭 is the particle 了 (看看这些年做瞭哪些事)
_LIAO_KEPT = frozenset("望哨")

# Characters simplified writing keeps beside the common one they convert to, in names and places
# (王乾, 乾安县, 李昇, 赵钜): traditional -> (what tw2s gives, what an author's name writes). A
# mirror writes 乾 for 干, 昇 for 升, 鉅 for 巨 only inside the words its converter lists (乾淨,
# 餅乾, 昇華, 鉅額: OpenCC's STPhrases, see _name_char_words); elsewhere the character is the
# author's, and tw2s's 干/升/巨 loses the name (trad19, session 18).
_NAME_CHARS = {"乾": ("干", "乾"), "昇": ("升", "昇"), "鉅": ("巨", "钜")}
# and 幹 for the naive tables that write 乾 for it too (乾部, 乾勁: no 乾 of such a page is kept)
_GAN = "幹"

# Below this many traditional-only characters a text is not called traditional.
_MIN_EVIDENCE = 3
# A line of a simplified page holding this many times more traditional-only characters than
# simplified-only ones is a traditional passage all the same: a long traditional paragraph can
# write a character Taiwan's standard shares with simplified writing in a place name (朝陽里) or
# a character a repair wrote (session 28).
_LINE_RATIO = 10


@lru_cache(maxsize=1)
def _opencc() -> Any:
    from opencc import OpenCC

    return OpenCC("tw2s")


def _dict_keys(name: str) -> set[str]:
    import opencc

    path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", name)
    keys = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            k, _, v = line.rstrip("\n").partition("\t")
            if len(k) == 1 and v.split(" ")[0] != k:
                keys.add(k)
    return keys


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Variant character -> simplified, for the variants of OpenCC's HK and TW tables that tw2s
    keeps (衞 -> 卫, 枱 -> 台, 敍 -> 叙, 衹 -> 只, 粧 -> 妆, 糭 -> 粽), and _EXTRA_VARIANTS."""
    import opencc

    cc = _opencc()
    to_simp = opencc.OpenCC("t2s")
    out: dict[str, str] = {}
    base = os.path.join(os.path.dirname(opencc.__file__), "dictionary")
    for name in ("HKVariants.txt", "TWVariants.txt"):
        with open(os.path.join(base, name), encoding="utf-8") as fh:
            for line in fh:
                k, _, v = line.rstrip("\n").partition("\t")
                for var in v.split(" "):
                    if len(k) != 1 or len(var) != 1 or var == k or var in KEEP:
                        continue
                    simp = to_simp.convert(k)
                    if len(simp) == 1 and simp != var and cc.convert(var) == var:
                        out[var] = simp
    out.update(_EXTRA_VARIANTS)
    return out


@lru_cache(maxsize=1)
def char_table() -> dict[int, str]:
    """Traditional -> simplified, character for character (OpenCC's first reading), for
    str.translate: a fast simplified view of a traditional text of the same length (for scoring
    candidates with a simplified language model; the clean text is converted by OpenCC)."""
    import opencc

    path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "TSCharacters.txt")
    table: dict[int, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            k, _, v = line.rstrip("\n").partition("\t")
            first = v.split(" ")[0]
            if len(k) == 1 and len(first) == 1 and first != k and k not in KEEP:
                table[ord(k)] = first
    for var, simp in _variants().items():
        table[ord(var)] = simp
    return table


@lru_cache(maxsize=1)
def _evidence_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(traditional-only characters, simplified-only characters)."""
    trad = _dict_keys("TSCharacters.txt") | set(_variants())
    simp = _dict_keys("STCharacters.txt")
    both = trad & simp
    # 群, 峰, 床, 吃: OpenCC gives them an older traditional form (羣, 峯) that Taiwan's standard,
    # the one mirror sites convert to, does not use; a traditional line writes them as they are
    # (a traditional paragraph holding 群众 stayed unconverted in a simplified page; gbk18)
    from opencc import OpenCC

    tw = OpenCC("s2tw")
    shared = {c for c in simp if tw.convert(c) == c}
    return frozenset(trad - both), frozenset(simp - both - shared)


def evidence(text: str) -> tuple[int, int]:
    """(traditional-only, simplified-only) character counts."""
    trad, simp = _evidence_sets()
    t = s = 0
    for ch in text:
        if ch in trad:
            t += 1
        elif ch in simp:
            s += 1
    return t, s


def _judged_traditional(t: int, s: int) -> bool:
    """A text with t traditional-only and s simplified-only characters is traditional."""
    return t >= _MIN_EVIDENCE and t > 2 * s


def is_traditional(text: str) -> bool:
    return _judged_traditional(*evidence(text))


def to_simplified(text: str) -> str:
    """The whole text through OpenCC tw2s (for weighing a reading, not for the clean text)."""
    return _convert_long(_opencc(), text)


def convert_edits(text: str, written: frozenset[int] = frozenset()) -> tuple[list[Edit], bool]:
    """Charwise edits converting the traditional lines of `text`; and whether the document as a
    whole was judged traditional. `written`: positions a repair wrote (the GBK repair reads a
    lost character in simplified writing, 標準 read as 标准): no evidence of either writing."""
    lines = text.split("\n")
    seen = text
    if written:  # the text with what a repair wrote blanked out (same length, same lines)
        chars = list(text)
        for w in written:
            if 0 <= w < len(chars) and chars[w] != "\n":
                chars[w] = " "
        seen = "".join(chars)
    ev = [evidence(line) for line in seen.split("\n")]
    t_doc, s_doc = sum(e[0] for e in ev), sum(e[1] for e in ev)
    doc_trad = _judged_traditional(t_doc, s_doc)  # is_traditional, without `written`
    # In a simplified article an unmistakably traditional line (a quoted passage, a mirror's
    # traditional body under a simplified headline) goes: three traditional-only characters and
    # no simplified-only one (審編：某某某; session 28, before: six), or one in a long paragraph.
    passage = [
        (t >= _MIN_EVIDENCE and s == 0) or (t >= 2 * _MIN_EVIDENCE and t >= _LINE_RATIO * s)
        for t, s in ev
    ]
    # Beside such a passage, a short line of the same copy (a byline, an editor line, 會議由某某
    # 主持。) goes too when it writes traditional-only characters and no simplified-only one: its
    # few characters are no less traditional (session 28; before, a line needed six).
    in_copy = any(passage)
    cc = None
    converted: list[tuple[int, str, str]] = []  # (position, line, its conversion)
    pos = 0
    for line, (t, s), strong in zip(lines, ev, passage, strict=True):
        # In a traditional article a line goes unless it is clearly simplified.
        convert = (doc_trad and not s > t) or strong or (in_copy and t > 0 and s == 0)
        if convert and line:
            cc = cc or _opencc()
            converted.append((pos, line, _convert_long(cc, line)))
        pos += len(line) + 1
    back = _taiwan_phrases([out for _, _, out in converted]) if doc_trad else {}
    names = _names_kept([(line, out) for _, line, out in converted])
    edits: list[Edit] = []
    for pos, line, out in converted:
        if len(out) == len(line):
            if back:
                out = _phrases_back(out, back)
            variants = _variants()
            for i, (a, b) in enumerate(zip(line, out, strict=True)):
                b = QUOTES.get(a) or variants.get(b, b)
                if a == "著" and b == "着" and _zhu(out, i):
                    b = a
                if b == "瞭" and out[i + 1 : i + 2] not in _LIAO_KEPT:
                    # 做瞭哪些事: a converter that writes the particle 了 as 瞭 everywhere (瞭望
                    # keeps it; 瞭解, 明瞭 OpenCC turns itself)
                    b = "了"
                if (
                    names
                    and a in _NAME_CHARS
                    and b == _NAME_CHARS[a][0]
                    and not _in_word(out, i, a)
                ):
                    b = _NAME_CHARS[a][1]  # 王乾, 乾安县: the author's character
                if a != b and a not in KEEP:
                    edits.append((pos + i, pos + i + 1, b, True))
        else:  # never with the shipped tables (all 1:1); stay exact if that changes
            edits.append((pos, pos + len(line), out, False))
    return edits, doc_trad


@lru_cache(maxsize=1)
def _name_char_words() -> tuple[frozenset[tuple[str, int, str]], int]:
    """((simplified word, index, traditional character) for every word of OpenCC's STPhrases
    whose traditional form writes 乾/昇/鉅/幹 for the 干/升/巨 at that index; the longest word's
    length). Read in the simplified text, so that the mirror's other variants (乾凈) match too."""
    import opencc

    path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "STPhrases.txt")
    wanted = {t: simp for t, (simp, _) in _NAME_CHARS.items()}
    wanted[_GAN] = "干"
    words: set[tuple[str, int, str]] = set()
    longest = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            simp, _, trads = line.rstrip("\n").partition("\t")
            for trad in trads.split(" "):
                if len(trad) != len(simp):
                    continue
                for k, (s, t) in enumerate(zip(simp, trad, strict=True)):
                    if wanted.get(t) == s:
                        words.add((simp, k, t))
                        longest = max(longest, len(simp))
    return frozenset(words), longest


def _in_word(out: str, i: int, trad: str) -> bool:
    """Does the converted character at i stand inside a word the converter writes with `trad`?"""
    words, longest = _name_char_words()
    for n in range(2, longest + 1):
        for j in range(max(0, i - n + 1), min(i, len(out) - n) + 1):
            if (out[j : j + n], i - j, trad) in words:
                return True
    return False


def _names_kept(lines: list[tuple[str, str]]) -> bool:
    """Keep the name characters of these converted lines ((traditional, converted) pairs)? Not
    when none occurs, nor when the page writes 乾 where its converter meant 幹 (乾部, 乾勁): a
    naive table then wrote 乾 for every 干."""
    if not any(c in line for line, _ in lines for c in _NAME_CHARS):
        return False
    for line, out in lines:
        if "乾" not in line or len(out) != len(line):
            continue
        for i, c in enumerate(line):
            if c == "乾" and _in_word(out, i, _GAN):
                return False
    return True


def _zhu(out: str, i: int) -> bool:
    """Is the 著 at i of a converted line read zhù (卓著, 编著)?"""
    return (
        out[max(0, i - 1) : i] + "著" in _ZHU_WORDS
        or "著" + out[i + 1 : i + 2] in _ZHU_WORDS
        or out[max(0, i - 3) : i] + "著" in _ZHU_IDIOMS
    )


@lru_cache(maxsize=1)
def _phrase_table() -> tuple[dict[str, tuple[str, re.Pattern[str]]], tuple[str, ...]]:
    """resources/gazetteers/tw_phrases.txt: (Taiwan form -> (mainland form, where it stands),
    marked forms)."""
    from importlib import resources

    path = resources.files("civannot.resources").joinpath("gazetteers", "tw_phrases.txt")
    pairs: dict[str, tuple[str, re.Pattern[str]]] = {}
    marks: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        cols = raw.split("#", 1)[0].split()
        if len(cols) < 2:
            continue
        tw, main = cols[0], cols[1]
        if "mark" in cols[2:]:
            marks.append(tw)
        # `!X`: the author's own word before X (建立长效机制), not the converter's
        unless = [re.escape(c[1:]) for c in cols[2:] if c.startswith("!") and len(c) > 1]
        where = re.escape(tw) + (f"(?!{'|'.join(unless)})" if unless else "")
        if main != "-" and len(main) == len(tw):  # one for one: offsets stay exact
            pairs[tw] = (main, re.compile(where))
    return pairs, tuple(marks)


def _taiwan_phrases(lines: list[str]) -> dict[str, tuple[str, re.Pattern[str]]]:
    """The pairs to turn back in a converted document that shows a Taiwan phrase converter's hand
    (see tw_phrases.txt), or none."""
    pairs, marks = _phrase_table()
    doc = "\n".join(lines)
    score = sum(1 for m in marks if m in doc)
    # the converter's favourite of the genre: 建立 again and again where a report says 创建
    if doc.count("建立") >= 3 and "创建" not in doc:
        score += 1
    if score < 1:
        return {}
    return {tw: p for tw, p in pairs.items() if tw in doc and p[0] not in doc}


def _phrases_back(line: str, back: dict[str, tuple[str, re.Pattern[str]]]) -> str:
    for tw, (main, where) in back.items():
        if tw in line:
            line = where.sub(main, line)
    return line


# OpenCC (the pure-Python one) slows down more than linearly on one long line: a line longer
# than this is converted piece by piece, cut after a sentence mark where there is one.
CHUNK = 2000
_CUT = "。！？；，、\u3000 "


def _convert_long(cc: Any, line: str) -> str:
    if len(line) <= CHUNK:
        return cc.convert(line)
    parts = []
    pos = 0
    while pos < len(line):
        end = min(len(line), pos + CHUNK)
        if end < len(line):
            cut = max(line.rfind(c, pos + CHUNK // 2, end) for c in _CUT)
            if cut > pos:
                end = cut + 1
        parts.append(cc.convert(line[pos:end]))
        pos = end
    return "".join(parts)
