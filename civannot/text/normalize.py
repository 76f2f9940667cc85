"""Normalisation pipeline: damaged raw article -> clean simplified text, offset map, flags.

Steps, in this order (each one a list of edits that carries the offset map along):

1. whole lines: boilerplate lines and tails, `?`/NBSP indents, stray whitespace;
2. inline pinyin groups (before anything looks at characters: they hide the text around them);
3. GBK lead-byte repair (needs the pinyin-free text around the run);
4. small form marks (﹔﹐…) made full width, doubled punctuation, then full-width punctuation restored
   between Chinese characters, and a full stop folded to `.` restored to 。;
5. OpenCC tw2s, only where the text is traditional.

Flags are kept with raw offsets while the text changes and turned into clean offsets at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from civannot.records import Flag
from civannot.text import boilerplate, convert, gbk, pinyin, punctuation
from civannot.text.offsets import Edit, OffsetMap, apply_edits

_REPLACEMENTS = re.compile(f"{gbk.REPLACEMENT}+")


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

    def cut(self, ranges: list[tuple[int, int]], what: str) -> None:
        """Remove boilerplate ranges of the current text, each flagged where it stood."""
        for a, b in ranges:
            self.flag(
                Flag("boilerplate", message=f"removed {b - a} characters: {what}"),
                a,
                b,
                anchor_only=True,
            )
        self.edit([(a, b, "", False) for a, b in ranges])

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


def _keep_ranges(p: _Pipe, kept: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Raw ranges of the kept stretches: whole where a stretch maps 1:1 onto raw text (a
    flood of damage is one range, not a million lookups), else one per character."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(kept):
        a, b = p.raw_range(start, end)
        if b - a == end - start and p.map.from_raw(a, b) == (start, end):
            out.append((a, b))
        else:
            out += [p.raw_range(i, i + 1) for i in range(start, end)]
    return out


def _line_start_questions(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?m)^\?", text)]


def normalize(raw: str) -> Normalized:
    """Clean simplified text for the annotator, with every clean character mapped to raw."""
    p = _Pipe(raw)

    # 0. HTML character references, before the lines are read (a line of only `&nbsp;` is blank).
    p.edit(boilerplate.entity_edits(p.text))

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
    p.cut(boilerplate.injected_lures(p.text), "a hijacked site's lure")

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
    # where each dropped note stood in the text after this step, with its opening bracket
    notes: dict[int, tuple[str, str]] = {}
    # a `?` whose note lost its bracket, with the note's syllables (see gbk.eaten_pairs)
    eaten: dict[int, str] = {}
    gone = 0
    for a, b, _r, _c in edits:
        if p.text[a] in "(（[【 \u00a0":
            notes[a - gone] = (p.text[a], p.text[a + 1 : b - 1].strip())
        else:
            # a note that lost its bracket after a `?` (pinyin._EATEN_GROUP): it proves the `?`
            # before it is damage, not a question, and names what a reader one byte off saw
            # there or the lost character itself (gbk.eaten_pairs, gbk._eaten_firsts)
            eaten[a - gone - 1] = p.text[a : b - 1]
        gone += b - a
    p.edit(edits)

    # 3. GBK lead-byte loss.
    keep: set[int] = set()
    kept: list[tuple[int, int]] = []
    edits = []
    # `?` left at a line start after an indent of `?`s: an NBSP unless a repair reads it
    indent_q = {
        i
        for i in _line_start_questions(p.text)
        if (ri := p.raw_range(i, i + 1)[0]) > 0 and p.raw[ri - 1] == "?"
    }
    intact = {i for i in indent_q if not gbk.maybe_garbled(p.text, i)}
    # the `?` of a web address's query (x.html?id=1) is no lost lead byte
    intact.update(
        i for a, b in punctuation.protected_spans(p.text) for i in range(a, b) if p.text[i] == "?"
    )
    # `??` where a character's two bytes each ate a note (日?qǐng)?bào)訊): read from the notes
    pairs = gbk.eaten_pairs(p.text, eaten)
    intact.update(q + k for q, _ch in pairs for k in (0, 1))
    repaired = False
    read_before: dict[int, str] = {}  # end of each run read -> what was written there
    for rep in gbk.find_repairs(p.text, notes, skip=intact, eaten=eaten):
        repaired = repaired or rep.applied is not None
        if rep.applied and not rep.question_mark:
            read_before[rep.end] = rep.applied
        line_start = rep.start == 0 or p.text[rep.start - 1] == "\n"
        # after an indent, only a whole reading outweighs an NBSP (a `?` before `（一）` is one)
        unread = rep.applied is None or gbk.REPLACEMENT in rep.applied
        if rep.question_mark or (unread and rep.start in indent_q):
            indent_q.discard(rep.start)
            if line_start:  # a lone `?` opening a line is an NBSP indent
                edits.append((rep.start, rep.start + 1, "", False))
            continue
        indent_q.discard(rep.start)
        flag = Flag(
            "gbk_repair",
            message=(
                "GBK lead-byte loss: no reading certain, each lost character as U+FFFD"
                if rep.applied and rep.applied.strip(gbk.REPLACEMENT) == "" and len(rep.applied) > 1
                else "GBK lead-byte loss: certain characters restored, unsure ones as U+FFFD"
                if rep.applied and gbk.REPLACEMENT in rep.applied
                else "GBK lead-byte loss repaired"
                if rep.applied
                else "suspected GBK lead-byte loss, not repaired"
                if rep.scored
                else "suspected GBK lead-byte loss, too much damage around it to repair"
            ),
            confidence=round(rep.confidence, 4),
            applied=rep.applied,
            alternatives=rep.alternatives
            if rep.applied is None
            else rep.alternatives + [p.text[rep.start : rep.end]],
        )
        p.flag(flag, rep.start, rep.end)
        if rep.applied is not None:
            edits.append((rep.start, rep.end, rep.applied, False))
        else:
            keep.update(range(rep.start, rep.end))
            kept.append((rep.start, rep.end))
    edits += [(i, i + 1, "", False) for i in indent_q]  # no reading at all: an indent
    for q, ch in pairs:
        if any(a < q + 2 and q < b for a, b, _r, _c in edits):
            continue  # a run before it took the `?` (its trail byte's U+FFFD saved as `?`)
        repaired = True
        p.flag(
            Flag(
                "gbk_repair",
                message="GBK lead-byte loss repaired: the character the two eaten pinyin notes name",
                confidence=1.0,
                applied=ch,
                alternatives=[p.text[q : q + 2]],
            ),
            q,
            q + 2,
        )
        edits.append((q, q + 2, ch, False))
    # A `?` that held an eaten note and that no repair read: a lost character, shown as such
    # rather than left to become a false ？ (勇?tīng)?zhēng)第一).
    edited = [(e[0], e[1]) for e in edits]
    for q in sorted(eaten):
        if p.text[q : q + 1] == "?" and not any(a <= q < b for a, b in edited):
            last = read_before.get(q, "")[-1:]
            if last and gbk.read_as_note(last, eaten[q]):
                # right after a run read, a note that names the run's last character (人數 read
                # from `?藬`, then `?shù)`): that character's trail byte ate the note's bracket, so
                # the `?` is no further lost character (as in a pair, see gbk.eaten_pairs)
                edits.append((q, q + 1, "", False))
                continue
            if q not in keep:  # a kept run has its flag already
                p.flag(Flag("damage", message="replacement character (a lost character)"), q, q + 1)
            edits.append((q, q + 1, gbk.REPLACEMENT, False))
    # A `?` before a space that ends no question (部署會? 柘榮縣, 日訊? 8月7日, 唐知? 通讯员): an
    # NBSP that a GBK encoder could not write, or a character that lost both bytes before the
    # space. Not a folded ？ (that is not followed by a space): a lost character, flagged, for
    # the annotator to delete or fill.
    for q in punctuation.unasked_questions(p.text):
        if q not in keep and q not in eaten and not any(a <= q < b for a, b in edited):
            p.flag(
                Flag("damage", message="`?` before a space: an NBSP or a lost character"), q, q + 1
            )
            edits.append((q, q + 1, gbk.REPLACEMENT, False))
    # Damage no repair could place: replacement characters.
    edits.sort()
    # One flag per run of replacement characters outside the repairs (a flood of them is one
    # stretch of damage, not a million flags).
    covered = [(e[0], e[1]) for e in edits]
    ci = 0
    for m in _REPLACEMENTS.finditer(p.text):
        i, end = m.span()
        while i < end:
            while ci < len(covered) and covered[ci][1] <= i:
                ci += 1
            if ci < len(covered) and covered[ci][0] <= i:
                i = covered[ci][1]  # inside a repair
                continue
            j = i
            stop = min(end, covered[ci][0]) if ci < len(covered) else end
            while j < stop and j not in keep:
                j += 1
            if j > i:
                n = j - i
                what = "replacement character" if n == 1 else f"{n} replacement characters"
                p.flag(Flag("damage", message=f"{what} (undecodable bytes)"), i, j)
            i = j + 1 if j < stop else j  # skip a kept one
    # Positions of kept damage move with the edits before them.
    p_keep_raw = _keep_ranges(p, kept)
    p.edit(edits)
    if repaired:
        # a share button the repair just made readable (蓝溪手?�报 我要分享): the line step saw
        # garbage there
        p.cut(boilerplate.damaged_share_tails(p.text), "share button")

    # 4. Punctuation.
    p.edit(punctuation.small_form_edits(p.text))
    p.edit(punctuation.doubled_edits(p.text))
    keep_now: set[int] = set()
    for a, b in p_keep_raw:
        lo, hi = p.map.from_raw(a, b)
        if hi - lo == b - a:
            keep_now.update(range(lo, hi))
        else:  # something inside changed length: place each character on its own
            keep_now.update(p.map.from_raw(k, k + 1)[0] for k in range(a, b))
    p.edit(punctuation.restore_edits(p.text, keep_now))
    # A mark next to a bracket restored just now (（含干部）!) sees its Chinese neighbour only now.
    p.edit(punctuation.restore_edits(p.text, keep_now))
    # A full stop a site folded to `.` (要压实责任.会议要求，…): every rule that splits sentences
    # reads 。 only.
    p.edit(punctuation.stop_edits(p.text, keep_now))

    # 5. Traditional -> simplified. What the GBK repair wrote is simplified whatever the copy's
    # writing: it is no evidence for the line's.
    written: set[int] = set()
    for f, rs, re_, anchor_only in p.flags:
        if f.kind == "gbk_repair" and f.applied is not None and not anchor_only:
            lo, hi = p.map.from_raw(rs, re_)
            written.update(range(lo, hi))
    edits, doc_trad = convert.convert_edits(p.text, frozenset(written))
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
