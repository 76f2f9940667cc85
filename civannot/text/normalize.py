"""Normalisation pipeline: damaged raw article -> clean simplified text, offset map, flags.

Steps, in this order (each one a list of edits that carries the offset map along):

1. whole lines: boilerplate lines and tails, `?`/NBSP indents, stray whitespace;
2. inline pinyin groups (before anything looks at characters: they hide the text around them);
3. GBK lead-byte repair (needs the pinyin-free text around the run);
4. doubled punctuation, then full-width punctuation restored between Chinese characters;
5. OpenCC tw2s, only where the text is traditional.

Flags are kept with raw offsets while the text changes and turned into clean offsets at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from civannot.records import Flag
from civannot.text import boilerplate, convert, gbk, pinyin, punctuation
from civannot.text.offsets import Edit, OffsetMap, apply_edits


@dataclass
class Normalized:
    text: str
    raw: str
    offset_map: OffsetMap
    flags: list[Flag] = field(default_factory=list)


class _Pipe:
    def __init__(self, raw: str):
        self.raw = raw
        self.text = raw
        self.map = OffsetMap.identity(len(raw))
        # (flag, raw_start, raw_end, anchor_only): anchor_only flags point at a place, not text
        self.flags: list[tuple[Flag, int, int, bool]] = []

    def edit(self, edits: list[Edit]) -> None:
        if edits:
            self.map = self.map.apply(edits, len(self.text))
            self.text = apply_edits(self.text, edits)

    def raw_range(self, start: int, end: int) -> tuple[int, int]:
        return self.map.to_raw(start, end)

    def flag(self, flag: Flag, start: int, end: int, anchor_only: bool = False) -> None:
        rs, re_ = self.raw_range(start, end)
        self.flags.append((flag, rs, re_, anchor_only))

    def finish(self) -> Normalized:
        flags = []
        for f, rs, re_, anchor_only in self.flags:
            if anchor_only:
                p = self.map.from_raw(rs, rs)[0]
                f.start = f.end = p
            elif (rs, re_) != (0, 0) or f.kind not in ("pinyin", "encoding"):
                f.start, f.end = self.map.from_raw(rs, re_)
            if f.kind == "gbk_repair" and f.applied is not None:
                f.applied = self.text[f.start : f.end]
            flags.append(f)
        flags.sort(key=lambda f: (f.start, f.end))
        return Normalized(self.text, self.raw, self.map, flags)


def normalize(raw: str) -> Normalized:
    """Clean simplified text for the annotator, with every clean character mapped to raw."""
    p = _Pipe(raw)

    # 1. Lines. Removed blocks are flagged where they were.
    edits, removed = boilerplate.line_edits(p.text)
    for r in removed:
        snippet = " ".join(r.text.split())
        if len(snippet) > 60:
            snippet = snippet[:60] + "…"
        p.flag(
            Flag("boilerplate", message=f"removed {len(r.text)} characters: {snippet}"),
            r.start,
            r.end,
            anchor_only=True,
        )
    p.edit(edits)

    # 2. Pinyin.
    edits, n = pinyin.pinyin_edits(p.text)
    if n:
        density = 100.0 * n / max(1, len(p.text))
        p.flags.append(
            (
                Flag(
                    "pinyin",
                    message=f"removed {n} inline pinyin groups ({density:.1f} per 100 characters)",
                ),
                0,
                0,
                False,
            )
        )
    p.edit(edits)

    # 3. GBK lead-byte loss.
    keep: set[int] = set()
    edits = []
    for r in gbk.find_repairs(p.text):
        if r.question_mark:
            line_start = r.start == 0 or p.text[r.start - 1] == "\n"
            if line_start:  # a lone `?` opening a line is an NBSP indent
                edits.append((r.start, r.start + 1, "", False))
            continue
        flag = Flag(
            "gbk_repair",
            message=(
                "GBK lead-byte loss repaired"
                if r.applied
                else "suspected GBK lead-byte loss, not repaired"
            ),
            confidence=round(r.confidence, 4),
            applied=r.applied,
            alternatives=r.alternatives
            if r.applied is None
            else r.alternatives + [p.text[r.start : r.end]],
        )
        p.flag(flag, r.start, r.end)
        if r.applied is not None:
            edits.append((r.start, r.end, r.applied, False))
        else:
            keep.update(range(r.start, r.end))
    # Damage no repair could place: replacement characters.
    for i, ch in enumerate(p.text):
        if ch == gbk.REPLACEMENT and i not in keep and not any(e[0] <= i < e[1] for e in edits):
            p.flag(Flag("damage", message="replacement character (undecodable bytes)"), i, i + 1)
    edits.sort()
    # Positions of kept damage move with the edits before them.
    p_keep_raw = [p.raw_range(i, i + 1) for i in sorted(keep)]
    p.edit(edits)

    # 4. Punctuation.
    p.edit(punctuation.doubled_edits(p.text))
    keep_now = {p.map.from_raw(a, b)[0] for a, b in p_keep_raw} if p_keep_raw else set()
    p.edit(punctuation.restore_edits(p.text, keep_now))
    # A mark next to a bracket restored just now (（含干部）!) sees its Chinese neighbour only now.
    p.edit(punctuation.restore_edits(p.text, keep_now))

    # 5. Traditional -> simplified.
    edits, doc_trad = convert.convert_edits(p.text)
    p.edit(edits)
    if doc_trad:
        p.flags.append(
            (
                Flag(
                    "encoding",
                    message=f"traditional text converted to simplified ({len(edits)} characters)",
                ),
                0,
                0,
                False,
            )
        )
    return p.finish()
