"""Character features for the sequence labeller, the rules' own output among them.

A document is cut into segments (sentences and lines) and each character becomes a list of
feature strings: the character and its neighbours, bigrams, the character's kind, and what the
rules said about it (BIOES tag of the rule suggestion covering it, the rule's id, the tags of
its neighbours, a confidence bucket). With the rules' output as features the model learns where
a rule is trusted and where the team's gold keeps overruling it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from civannot.records import Span

ENTITY_LABELS = ("PERSON", "TITLE", "ORG", "GPE", "LOC", "DATE", "DOC", "SLOGAN")
OUTSIDE = "O"
# a sentence ends after these; entity spans never run across them in the genre
_BREAKS = frozenset("。！？；\n")
# a segment longer than this is cut at a comma too, so training stays linear in the text
_LONG = 400
_SOFT_BREAKS = frozenset("，,")


def segments(text: str) -> list[tuple[int, int]]:
    """[start, end) ranges covering the text, cut after sentence ends (empty ones left out)."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for i, ch in enumerate(text):
        if ch in _BREAKS or (ch in _SOFT_BREAKS and i + 1 - start >= _LONG):
            if i + 1 > start and text[start : i + 1].strip():
                out.append((start, i + 1))
            start = i + 1
    if start < n and text[start:].strip():
        out.append((start, n))
    return out


_KINDS: dict[str, str] = {}


def _kind(ch: str) -> str:
    k = _KINDS.get(ch)
    if k is None:
        k = _kind_of(ch)
        if len(_KINDS) < 50_000:  # every character a text can hold, bounded
            _KINDS[ch] = k
    return k


def _kind_of(ch: str) -> str:
    if ch.isspace():
        return "S"
    if ch.isdigit() or ch in "〇一二三四五六七八九十百千万零":
        return "N"
    if "\u4e00" <= ch <= "\u9fff":
        return "H"
    if ch.isalpha():
        return "L"
    return "P"


def bio_tags(
    length: int, spans: Iterable[Span], labels: Sequence[str] = ENTITY_LABELS
) -> list[str]:
    """BIO tags over `length` characters; spans of other labels (DIRECTIVE) are left out and an
    overlapping later span never overwrites an earlier one."""
    tags = [OUTSIDE] * length
    wanted = set(labels)
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if s.label not in wanted or s.start >= length:
            continue
        end = min(s.end, length)
        if any(t != OUTSIDE for t in tags[s.start : end]):
            continue
        tags[s.start] = "B-" + s.label
        for i in range(s.start + 1, end):
            tags[i] = "I-" + s.label
    return tags


def spans_from_tags(tags: Sequence[str], offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, label) of the BIO tags; an I- without its B- opens a span (lenient)."""
    out: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, t in enumerate([*tags, OUTSIDE]):
        kind, _, lab = t.partition("-")
        if start >= 0 and (kind != "I" or lab != label):
            out.append((offset + start, offset + i, label))
            start = -1
        if kind == "B" or (kind == "I" and start < 0):
            start, label = i, lab
    return out


def rule_layers(text: str, rule_spans: Sequence[Span]) -> tuple[list[str], list[str], list[str]]:
    """Per character: BIOES tag of the rules' entity suggestion, its rule id, its confidence
    bucket; and a mark for characters inside a rule DIRECTIVE (in the third list's prefix)."""
    n = len(text)
    tag = [OUTSIDE] * n
    rid = [""] * n
    extra = [""] * n
    for s in rule_spans:
        if s.label == "DIRECTIVE":
            for i in range(max(0, s.start), min(s.end, n)):
                extra[i] = "D"
            continue
        if s.label not in ENTITY_LABELS:
            continue
        conf = s.confidence if s.confidence is not None else 0.5
        bucket = "h" if conf >= 0.85 else ("m" if conf >= 0.6 else "l")
        for i in range(max(0, s.start), min(s.end, n)):
            if s.end - s.start == 1:
                pos = "S"
            elif i == s.start:
                pos = "B"
            elif i == s.end - 1:
                pos = "E"
            else:
                pos = "I"
            tag[i] = f"{pos}-{s.label}"
            rid[i] = s.provenance or "?"
            extra[i] = extra[i] + bucket
    return tag, rid, extra


def char_features(
    text: str, start: int, end: int, rules: tuple[list[str], list[str], list[str]]
) -> list[list[str]]:
    """The feature strings of each character of text[start:end]."""
    tag, rid, extra = rules
    seg = "\x02\x02" + text[start:end] + "\x03\x03"  # sentence start / end marks
    kinds = "SS" + "".join(map(_kind, text[start:end])) + "SS"
    rtags = ["<s>", *tag[start:end], "</s>"]
    out: list[list[str]] = []
    for j in range(end - start):
        k = j + 2  # index into seg / kinds
        c0 = seg[k]
        rt = rtags[j + 1]
        f = [
            "c=" + c0,
            "c-1=" + seg[k - 1],
            "c+1=" + seg[k + 1],
            "c-1c=" + seg[k - 1 : k + 1],
            "cc+1=" + seg[k : k + 2],
            "c-2c-1=" + seg[k - 2 : k],
            "c+1c+2=" + seg[k + 1 : k + 3],
            "k=" + kinds[k - 1 : k + 2],
            "r=" + rt,
            "r-1=" + rtags[j],
            "r+1=" + rtags[j + 2],
        ]
        i = start + j
        if rid[i]:
            f.append("rid=" + rid[i] + rt[:1])
        if extra[i]:
            f.append("x=" + extra[i])
        if rt != OUTSIDE:
            f.append("rc=" + rt + c0)
        out.append(f)
    return out


def document_items(
    text: str, rule_spans: Sequence[Span]
) -> list[tuple[tuple[int, int], list[list[str]]]]:
    """((start, end), features) of each segment of a document."""
    layers = rule_layers(text, rule_spans)
    return [((s, e), char_features(text, s, e, layers)) for s, e in segments(text)]
