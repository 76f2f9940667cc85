"""Raw mirror copies of a held-out set, made from its markup by a recipe, with their offsets.

heldout17e's gold is annotated on the clean simplified text (the markup); some of its articles
are stored, like heldout16d's traditional ones, as the damaged copy a mirror site would serve:
traditional characters, inline pinyin notes (`會(huì)`, `書記(shū jì)`), doubled commas, a
navigation line, a share or URL tail, and for two of them GBK lead-byte loss made by the recipe
of DESIGN.md §4 (encode as GBK, replace the lead byte of one character with `?`, decode with
errors="replace", fold full-width punctuation to ASCII) — in he09 after the pinyin was added, so
a note falls inside a damaged run.

The raw offsets of the gold come from the construction, not from the normaliser: every step
below keeps, for each clean character, the raw range it became. A damaged GBK run stands for the
clean characters it swallowed as a whole; a span boundary inside a run is written as the run's
edge plus a `trim` (the run's clean characters outside the span), the convention of
gold_support.load_gold, which holds whenever the repair restores the run's characters. The
normaliser is therefore measured on these copies, not used to make their gold.

    python tests/heldout_copies.py he09_hongliuhe-corps-gbk-trad   # show the damaged runs
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# pinyin a mirror site writes after a character or a word (only tone-marked syllables)
PINYIN = {
    "創": "chuàng",
    "會": "huì",
    "長": "zhǎng",
    "衛": "wèi",
    "區": "qū",
    "級": "jí",
    "點": "diǎn",
    "團": "tuán",
    "書記": "shū jì",
}
FOLD = {"，": ",", "：": ":", "；": ";", "！": "!", "（": "(", "）": ")", "？": "?"}


@dataclass(frozen=True)
class Recipe:
    convert: str | None = None  # OpenCC config: "s2t" or "s2tw"
    notes: tuple[str, ...] = ()  # keys of PINYIN to annotate at every occurrence
    doubled: str = ""  # insert an ASCII comma before every second occurrence of these marks
    head: tuple[str, ...] = ()  # lines a site puts before the article
    tail: tuple[str, ...] = ()  # lines after it
    # GBK lead-byte loss: (substring of the clean text, occurrence, offset in it, raw shift) names
    # the clean character whose raw form (shift 0), or the raw character `shift` places after it
    # (inside its pinyin note), loses its lead byte
    gbk: tuple[tuple[str, int, int, int], ...] = ()
    fold: bool = False  # full-width punctuation folded to ASCII (what GBK pages show)
    nbsp: bool = False  # NBSP indents written as "? ? ? " at paragraph starts


RECIPES: dict[str, dict[str, Recipe]] = {
    "heldout17e": {
        "he04_qiyang-county-health-trad": Recipe(
            convert="s2tw",
            notes=("衛", "會", "長", "書記"),
            tail=("", "分享到：", "淇陽手機報 我要分享"),
        ),
        "he05_shengxi-citylevel-trad": Recipe(
            convert="s2t",
            notes=("創", "級", "會", "書記"),
            tail=(
                "",
                "轉載請註明出處：",
                "http://www.shengxi.gov.cn/art/2025/9/3/art_1229_88412.html",
            ),
        ),
        "he08_huaicheng-hitech-trad": Recipe(
            convert="s2tw",
            notes=("區", "創", "點"),
            doubled="、",
            head=("您現在的位置：首頁 > 區內動態 > 正文", ""),
            tail=("", "轉載請註明出處：http://www.hcgxq.gov.cn/qndt/2025/0512/3317.html"),
            fold=True,
        ),
        "he09_hongliuhe-corps-gbk-trad": Recipe(
            convert="s2t",
            notes=("長", "會", "團", "創"),
            tail=("", "分享到："),
            # a one-character run read as an ASCII letter before a note; a loss inside a note
            # (the site had added the pinyin before the bytes were lost); a run across a name
            # that ends on the note's bracket; a run over a short body name
            gbk=(("团长", 0, 0, 0), ("团长", 0, 1, 4), ("马建军", 0, 1, 0), ("团派出所", 0, 1, 0)),
            fold=True,
        ),
        "he11_longquan-county-gbk": Recipe(
            tail=("", "陇泉手机报 我要分享"),
            # a long run across a title and the name after it; one inside a body name; one
            # inside a directive
            gbk=(("常务副县长", 0, 3, 0), ("县交警大队", 0, 2, 0), ("临战状态", 0, 1, 0)),
            fold=True,
            nbsp=True,
        ),
    }
}


@dataclass
class Copy:
    raw: str
    pos: list[tuple[int, int]]  # raw range of each clean character
    runs: list[tuple[int, int]] = field(default_factory=list)  # damaged raw runs

    def insert(self, at: int, s: str) -> None:
        """Insert raw-only text; a character that ends exactly at `at` keeps its end."""
        n = len(s)
        self.raw = self.raw[:at] + s + self.raw[at:]
        self.pos = [(a + n if a >= at else a, b + n if b > at else b) for a, b in self.pos]
        self.runs = [(a + n if a >= at else a, b + n if b > at else b) for a, b in self.runs]

    def replace(self, a0: int, b0: int, s: str) -> None:
        """Replace raw [a0, b0) by s; the clean characters inside become the whole new run."""
        d = len(s) - (b0 - a0)
        self.raw = self.raw[:a0] + s + self.raw[b0:]
        out = []
        for a, b in self.pos:
            if b <= a0:
                out.append((a, b))
            elif a >= b0:
                out.append((a + d, b + d))
            else:
                out.append((a0, a0 + len(s)))
        self.pos = out
        self.runs = [(a, b) if b <= a0 else (a + d, b + d) for a, b in self.runs]
        self.runs.append((a0, a0 + len(s)))


def _gbk_loss(copy: Copy, at: int, limit: int) -> None:
    """DESIGN.md §4: the raw character at `at` loses its GBK lead byte. Losses are applied from
    the last one back, so the text before `limit` (where a later loss begins) is still intact;
    decoding is stateless between in-step character boundaries, so this is the run a single
    decode of the whole damaged page gives."""
    chars = [c.encode("gbk") for c in copy.raw[:limit]]
    assert len(chars[at]) == 2, copy.raw[at]
    offs = [0]
    for c in chars:
        offs.append(offs[-1] + len(c))
    data = b"".join(chars)
    damaged = data[: offs[at]] + b"?" + data[offs[at] + 1 :]
    whole = damaged.decode("gbk", errors="replace")
    # the run ends at the first character boundary after which decoding is back in step
    for j in range(at + 1, len(chars) + 1):
        head = damaged[: offs[j]].decode("gbk", errors="replace")
        if whole == head + copy.raw[j:limit]:
            prefix = copy.raw[:at]
            assert head.startswith(prefix)
            copy.replace(at, j, head[len(prefix) :])
            return
    raise AssertionError("no resynchronisation before the next loss")


def _find(text: str, sub: str, occurrence: int) -> int:
    i = -1
    for _ in range(occurrence + 1):
        i = text.index(sub, i + 1)
    return i


def make_copy(clean: str, recipe: Recipe) -> Copy:
    copy = Copy(clean, [(i, i + 1) for i in range(len(clean))])
    if recipe.convert:
        from opencc import OpenCC

        trad = OpenCC(recipe.convert).convert(clean)
        assert len(trad) == len(clean)  # character for character: positions stay
        copy.raw = trad
    for key in recipe.notes:
        note = f"({PINYIN[key]})"
        i = copy.raw.rfind(key)
        while i != -1:  # from the end, so earlier positions stay valid
            copy.insert(i + len(key), note)
            i = copy.raw.rfind(key, 0, i)
    if recipe.doubled:
        hits = [i for i, c in enumerate(copy.raw) if c in recipe.doubled][1::2]
        for i in reversed(hits):
            copy.insert(i, ",")
    if recipe.head:
        copy.insert(0, "\n".join(recipe.head) + "\n")
    if recipe.tail:
        copy.insert(len(copy.raw), "\n" + "\n".join(recipe.tail))
    losses = sorted(
        copy.pos[_find(clean, sub, occ) + off][0] + shift for sub, occ, off, shift in recipe.gbk
    )
    limit = len(copy.raw)
    for at in reversed(losses):
        _gbk_loss(copy, at, limit)
        limit = at
    if recipe.fold:
        copy.raw = "".join(FOLD.get(c, c) for c in copy.raw)
    if recipe.nbsp:
        starts = [i + 1 for i, c in enumerate(copy.raw) if c == "\n"]
        for i in reversed(starts):
            if i < len(copy.raw) and copy.raw[i] != "\n":
                copy.insert(i, "? ? ? ")
    return copy


def raw_range(copy: Copy, start: int, end: int) -> tuple[int, int, tuple[int, int]]:
    """Raw offsets of the clean span [start, end) and its trim: where a boundary falls inside a
    damaged run, the raw range takes the whole run and trim counts the run's clean characters
    outside the span (gold_support.load_gold drops them after the repair)."""

    def members(k: int) -> list[int]:
        return [i for i, p in enumerate(copy.pos) if p == copy.pos[k]]

    head = start - members(start)[0]
    tail = members(end - 1)[-1] + 1 - end
    return copy.pos[start][0], copy.pos[end - 1][1], (head, tail)


if __name__ == "__main__":
    from tests.gold_markup import parse

    stem = sys.argv[1]
    md = ROOT / "tests" / "data" / "heldout17e" / "markup" / f"{stem}.md"
    text, spans, _ = parse(md.read_text(encoding="utf-8"))
    cp = make_copy(text, RECIPES["heldout17e"][stem])
    for a, b in cp.runs:
        inside = [i for i, p in enumerate(cp.pos) if a <= p[0] < b]
        print(repr(cp.raw[a:b]), "<-", repr("".join(text[i] for i in inside)))
    for s, e, lab in spans:
        a, b, trim = raw_range(cp, s, e)
        if trim != (0, 0):
            print("boundary inside a run:", lab, text[s:e], repr(cp.raw[a:b]), trim)
