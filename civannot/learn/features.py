"""Character features for the sequence labeller, the rules' own output among them.

A document is cut into segments (sentences and lines) and each character becomes a tuple of
feature strings: the character and its neighbours, the two bigrams through it, the kinds of
the three, what the rules said about it (BIOES tag of the rule suggestion covering it, with the
rule's id and the character, a confidence bucket) and where a word of the rules' vocabularies
begins or ends (posts, body endings, title levels, administrative suffixes). With the rules'
output as features the model learns where a rule is trusted and where the team's gold keeps
overruling it; with the vocabularies it carries a correction to names it never saw.

Measured on the team-genre development set (bench/eval_team.py --set team-unseen, rules +
model, entity micro-F1 / HOLDS_TITLE F1): without the vocabulary marks 0.924 / 0.801, with them
0.965 / 0.934; the outer bigrams (c-2c-1, c+1c+2) and the neighbours' rule tags added nothing
(0.971 / 0.937 without them; dev sets 0.956 against 0.955) and cost a third of the tagging
time, so they are gone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from civannot.records import Span

ENTITY_LABELS = ("PERSON", "TITLE", "ORG", "GPE", "LOC", "DATE", "DOC", "SLOGAN")
# the same, for membership: `in` a tuple compares a label with each entry until one is equal
# (a DIRECTIVE with all eight), some 300 times a document in the features and combine
ENTITY_SET = frozenset(ENTITY_LABELS)
OUTSIDE = "O"
# a sentence ends after these; entity spans never run across them in the genre
_BREAKS = frozenset("。！？；\n")
# a segment longer than this is cut at a comma too, so training stays linear in the text
_LONG = 400
_SOFT_BREAKS = frozenset("，,")


_BREAK_RE = re.compile("[" + "".join(sorted(_BREAKS)).replace("\n", "\\n") + "]")
_SOFT_RE = re.compile("[" + "".join(sorted(_SOFT_BREAKS)) + "]")


def segments(text: str) -> list[tuple[int, int]]:
    """[start, end) ranges covering the text, cut after sentence ends (empty ones left out).
    The breaks are found by regex, not by a Python step per character: pre-annotation cuts
    every document it tags."""
    n = len(text)
    # (the common case, no segment reaching _LONG: the ends are the breaks' ends; a segment
    # is left out when blank, and one that opens with a character other than whitespace is
    # not, so only the few others are sliced and stripped)
    ends = [m.end() for m in _BREAK_RE.finditer(text)]
    starts = [0, *ends]
    last = starts[-1]
    if n - last < _LONG and all(e - s <= _LONG for s, e in zip(starts, ends, strict=False)):
        out = [
            (s, e)
            for s, e in zip(starts, ends, strict=False)
            if not text[s].isspace() or text[s:e].strip()
        ]
        if last < n and (not text[last].isspace() or text[last:].strip()):
            out.append((last, n))
        return out
    out = []
    start = 0

    def cut(end: int) -> None:
        if end > start and text[start:end].strip():
            out.append((start, end))

    for m in _BREAK_RE.finditer(text):
        i = m.start()
        # a comma cuts once the segment has reached _LONG characters (i + 1 - start >= _LONG)
        while i + 1 - start > _LONG:
            c = _SOFT_RE.search(text, start + _LONG - 1, i)
            if c is None:
                break
            cut(c.start() + 1)
            start = c.start() + 1
        cut(i + 1)
        start = i + 1
    while n - start >= _LONG:
        c = _SOFT_RE.search(text, start + _LONG - 1, n)
        if c is None:
            break
        cut(c.start() + 1)
        start = c.start() + 1
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
    """(start, end, label) of the BIO tags; an I- without its B- opens a span (lenient).
    Only the tags other than O are visited (a comprehension finds them): most are O."""
    out: list[tuple[int, int, str]] = []
    start, label = -1, ""
    prev = -2
    for i in [i for i, t in enumerate(tags) if t != OUTSIDE]:
        kind, _, lab = tags[i].partition("-")
        # an O between (a gap) or any tag but this label's I- ends the open span
        if start >= 0 and (i != prev + 1 or kind != "I" or lab != label):
            out.append((offset + start, offset + prev + 1, label))
            start = -1
        if kind == "B" or (kind == "I" and start < 0):
            start, label = i, lab
        prev = i
    if start >= 0:
        out.append((offset + start, offset + prev + 1, label))
    return out


# The learned lexicon's spans (the team's own gold strings, civannot.preannotate.lexicon) are not
# shown to the model. Their rule runs over folds of the training gold, so on the training
# documents it finds almost every name the gold shows again, and the model learned to follow it;
# on new documents the lexicon knows only the old forms. Shown, the learning curve FELL with more
# gold (bench/eval_team.py --set team-unseen, rules + model micro / HOLDS_TITLE, 3 repeats: 20
# documents 0.968 / 0.918, 40 0.937 / 0.873, 60 0.914 / 0.839); hidden, 0.968 / 0.923,
# 0.985 / 0.976, 0.985 / 0.977. A stronger L1 (c1 0.6-2.0) or dropping the character n-grams
# of a share of the gold's characters did not stop the fall. The lexicon's spans still reach
# the suggestions through the combination (civannot.learn.combine) where the policy keeps them.
_HIDDEN_RULES = frozenset({"lexicon"})


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
        if s.label not in ENTITY_SET or s.provenance in _HIDDEN_RULES:
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


# Bump when the features change: a model trained on other features is not used (retrain).
FEATURES_VERSION = 4


@lru_cache(maxsize=1)
def _gazetteer_pattern() -> re.Pattern[str]:
    """One regex over the rules' vocabularies, a named group per kind: P posts that end a title,
    O endings of a named body, L title levels, A administrative suffixes. Its matches mark where
    such a word begins and ends, so the model can carry a post or body ending it has seen in the
    team's gold to names the rules never listed."""
    from civannot.preannotate.scan import guarded

    # the words' first characters let the regex skip the positions where no word starts
    # without trying each group's alternation (scan.guarded: the same matches, a third of the
    # time with a lookahead on them, a fifth with them as the search's skip set)
    return guarded(gazetteer_body(group_guards=True))


def gazetteer_body(group_guards: bool = False) -> str:
    """_gazetteer_pattern's alternation: a named group per kind, in the order P, O, L, A.
    `group_guards`: each group opens with a lookahead on its words' first characters (the
    same matches: a group's match starts with one of them). At a position where a word of
    one kind starts, sre otherwise tries every first branch of the groups before it (a post's
    67, a body ending's 75); with the guards the whole scan takes 16 % fewer instructions."""
    from civannot.preannotate.gazetteers import alternation, load
    from civannot.preannotate.scan import first_class

    gz = load()
    groups = {
        "P": [*gz.posts, *gz.lone_posts],
        "O": [*gz.org_suffixes, *gz.named_org_kinds],
        "L": list(gz.levels),
        "A": list(gz.admin_suffixes),
    }
    parts = []
    for k, words in groups.items():
        if not words:
            continue
        alt = alternation(words)
        cls = first_class(alt) if group_guards else None
        parts.append(f"(?P<{k}>(?={cls}){alt})" if cls is not None else f"(?P<{k}>{alt})")
    return "|".join(parts)


def gazetteer_marks(text: str) -> list[tuple[int, str]]:
    """(position, mark) in text order where a gazetteer word begins (kind + "b") or ends
    (kind + "e")."""
    marks: list[tuple[int, str]] = []
    add = marks.append
    names = _MARK_NAMES  # the marks' strings made once, not two per match
    for m in _gazetteer_pattern().finditer(text):
        k = m.lastgroup or "?"
        nb, ne = names.get(k) or ("g=" + k + "b", "g=" + k + "e")
        a, b = m.span()
        add((a, nb))
        add((b - 1, ne))
    return marks


_MARK_NAMES = {k: ("g=" + k + "b", "g=" + k + "e") for k in "POLA?"}


_STATIC: dict[str, tuple[str, ...]] = {}
_RTAG: dict[str, tuple[str]] = {}
_STATIC_MAX = 100_000  # trigrams kept (some 50 MB at most); beyond, built every time
# keys of TaggerFeatures met once kept at most (then all let go)
_FRESH_MAX = 50_000


def _static_of(tri: str) -> tuple[str, ...]:
    """The features of the middle character of `tri` that do not depend on the rules.
    Tuples, not lists: crfsuite takes any sequence, and a list per character doubles the
    allocations (and the garbage collector's passes over them)."""
    a, c, b = tri[0], tri[1], tri[2]
    st = (
        "c=" + c,
        "c-1=" + a,
        "c+1=" + b,
        "c-1c=" + a + c,
        "cc+1=" + c + b,
        "k=" + _kind(a) + _kind(c) + _kind(b),
    )
    if len(_STATIC) < _STATIC_MAX:
        _STATIC[tri] = st
    return st


def _rtag_of(t: str) -> tuple[str]:
    r = ("r=" + t,)
    _RTAG[t] = r
    return r


def char_features(
    text: str,
    start: int,
    end: int,
    rules: tuple[list[str], list[str], list[str]],
    marks: Sequence[tuple[int, str]] = (),
    bounds: tuple[int, int] | None = None,
) -> list[tuple[str, ...]]:
    """The feature strings of each character of text[start:end], a window of the segment
    `bounds` (default: the window is the segment): context characters come from the segment,
    the sentence start and end marks only at its ends. Training reads every string (the
    trainer decides which to keep); tagging goes through TaggerFeatures, which gives the same
    features restricted to the model's own. The features that do not depend on the rules come
    from a cache by trigram (_static_of), the rules' are added to the few characters that have
    them."""
    tag, rid, extra = rules
    n = end - start
    lo, hi = bounds if bounds is not None else (start, end)
    left = text[max(lo, start - 2) : start]
    right = text[end : min(hi, end + 2)]
    seg = "\x02" * (2 - len(left)) + left + text[start:end] + right + "\x03" * (2 - len(right))
    get = _STATIC.get
    # a character's features but the rules' are those of its trigram (itself and its
    # neighbours), made once per process: the same trigrams come back article after article
    rows = [get(seg[j : j + 3]) or _static_of(seg[j : j + 3]) for j in range(1, n + 1)]
    rt = tag[start:end]
    rtag = _RTAG
    out: list[tuple[str, ...]] = [
        st + (rtag.get(t) or _rtag_of(t)) for st, t in zip(rows, rt, strict=True)
    ]
    c0 = seg[2 : n + 2]
    # most characters have no rule span: visit only those that have (a comprehension finds them)
    rr, ex = rid[start:end], extra[start:end]
    for j in [j for j, r in enumerate(rr) if r]:
        t = rt[j]
        out[j] = (*out[j], "rid=" + rr[j] + t[:1], "rc=" + t + c0[j])
    for j in [j for j, x in enumerate(ex) if x]:
        out[j] = (*out[j], "x=" + ex[j])
    lo = bisect.bisect_left(marks, (start, ""))
    for i, m in marks[lo:]:
        if i >= end:
            break
        out[i - start] = (*out[i - start], m)
    return out


def document_items(
    text: str, rule_spans: Sequence[Span]
) -> list[tuple[tuple[int, int], list[tuple[str, ...]]]]:
    """((start, end), features) of each segment of a document."""
    layers = rule_layers(text, rule_spans)
    marks = gazetteer_marks(text)
    return [((s, e), char_features(text, s, e, layers, marks)) for s, e in segments(text)]


# Characters farther than this from every cue (a rule's entity span, a word of the rules'
# vocabularies, an opening quote or 《) are not tagged at pre-annotation: the model's entities
# sit next to such cues in the genre, and the tagger's cost is per character tagged (58 % of
# them on bench_preannotate's articles). Measured (bench/eval_team.py, rules + model
# micro-F1): whole segments and 8 characters score alike on team-unseen (0.967) and dev
# (0.956), 4 characters lose on team-unseen (0.953). Leaving title levels and administrative
# suffixes (市, 县 ...) out of the cues tags 38 % and scored alike on those sets, but a body
# ending the vocabularies do not know (商户联盟, tests/test_learn_crf.py) is then never tagged.
# With the policy's cues (cue_reaches), 3 repeats, entity micro-F1 / HOLDS_TITLE F1 on team,
# team-unseen and dev (full models): 8 characters 0.986 / 0.964, 0.967 / 0.931, 0.970 / 0.995;
# 7 0.986 / 0.964, 0.966 / 0.931, 0.970 / 0.995; 6 0.986 / 0.967, 0.967 / 0.934, 0.970 /
# 0.995; 5 loses on dev (0.969 / 0.991); 4 loses on team (0.975) and team-unseen (0.952).
# Again with the rules of 2026-12-02 (stronger on ORG and TITLE): 8 0.973 / 0.915, 0.979 /
# 0.961, 0.971 / 0.998; 6 and 7 the same but team-unseen TITLE 0.984 against 0.986.
# 6 tags a tenth fewer characters than 8 (381 of an article's 818 against 426).
TAG_WINDOW = 6
_QUOTE_CUES = re.compile("[“《「『]")
# what can begin a span of these labels (SLOGAN in quotes, DOC in 《》)
_QUOTE_LABELS = frozenset({"SLOGAN", "DOC"})


def cue_positions(
    text: str, rule_spans: Sequence[Span], marks: Sequence[tuple[int, str]]
) -> set[int]:
    """The positions the tagging windows of every label are cut around (training, and the
    model's own check of where it is trusted): the ends of the rules' entity spans, where a
    vocabulary word begins or ends, opening quotes."""
    return (
        {p for s in rule_spans if s.label in ENTITY_SET for p in (s.start, s.end - 1)}
        | {i for i, _ in marks}
        | {m.start() for m in _QUOTE_CUES.finditer(text)}
    )


# how far a post's or a body ending's window reaches to the right: the name of the person who
# holds the post comes after it (市长周军玲); 2 there lost PERSON and TITLE F1 on team-unseen
_AFTER = 4
# how far a level's or an administrative suffix's window reaches to the right: the rest of the
# body or title it heads (县供销社); a longer one ends in a post or body ending, a cue of its own.
# Measured (bench/eval_team.py, 3 repeats, rules of 2026-12-02): TAG_WINDOW (6) and 3 score
# alike on team, team-unseen and dev (0.973 / 0.915, 0.979 / 0.961, 0.971 / 0.998) and 3 tags
# 43 % of bench_preannotate's characters instead of 47 %. Its left side stays TAG_WINDOW: with
# 3 or less the name ending like a level (梧桐读书联盟, tests/test_learn_project.py) is lost.
# (The rules' spans' cues keep TAG_WINDOW both sides: 4 lost team micro-F1, 0.973 -> 0.970.)
_HEAD_AFTER = 3


# what a vocabulary word (gazetteer_marks' kinds) can be part of or next to: a post ends a title
# before a name, a body ending ends a body, a level or administrative suffix heads a body, a
# title or a place's name (广场, 街道)
_MARK_LABELS = {
    "P": frozenset({"TITLE", "PERSON"}),
    "O": frozenset({"ORG"}),
    "L": frozenset({"ORG", "TITLE", "LOC"}),
    "A": frozenset({"ORG", "TITLE", "LOC"}),
}


def cue_reaches(
    text: str,
    rule_spans: Sequence[Span],
    marks: Sequence[tuple[int, str]],
    labels: Iterable[str],
    window: int = TAG_WINDOW,
) -> list[tuple[int, int, int]]:
    """(cue, first, end) of the windows `preannotate` tags, in cue order: only where the model
    can change a suggestion of `labels` (the labels the project's policy gives the model; the
    rest are the rules' spans whatever the model says there), each reaching to the side where
    such a span can lie:
    - the ends of the rules' spans of those labels: `window` either side (a boundary can move
      either way);
    - a post or body ending of the vocabularies (P, O) ends a title or a body: `window` to the
      left, _AFTER to the right (the name after a post); only for labels it can lead to
      (_MARK_LABELS), as the next two;
    - a title level or administrative suffix (L, A: 市, 县, 街道 ...) heads a body or a title
      (县供销社, 市委书记) or ends a name (梧桐读书联盟: 盟): `window` to the left, _HEAD_AFTER
      to the right, but none inside a rule span of a label the rules keep (the 县 of a place
      the rules found);
    - an opening quote starts a SLOGAN or a DOC: to the right, when one of them is the model's.
    Measured against every label's cues (bench/eval_team.py --all-cues, DEVELOPMENT data, 3
    repeats, entity micro-F1 / HOLDS_TITLE F1 of rules + model): team 0.986 / 0.966 -> 0.986 /
    0.967, team-unseen 0.970 / 0.935 -> 0.971 / 0.939, dev 0.969 / 0.995 alike; characters
    tagged 58 % -> 52 % on bench_preannotate's articles, 83 % -> 73 % on the team genre. A
    level's window to the right only (48 %) lost names ending like a level (梧桐读书联盟,
    tests/test_learn_project.py); a post's _AFTER 2 lost 0.4 points on team-unseen (PERSON)."""
    want = frozenset(labels)
    out = [
        (p, p - window, p + window + 1)
        for s in rule_spans
        if s.label in want
        for p in (s.start, s.end - 1)
    ]
    kept = bytearray(len(text))
    for s in rule_spans:
        if s.label in ENTITY_SET and s.label not in want and s.end > s.start:
            kept[s.start : s.end] = b"\x01" * (s.end - s.start)
    # the vocabulary kinds whose words can lead to a span of these labels
    kinds = {k for k, labs in _MARK_LABELS.items() if want & labs}
    after = {k for k in kinds if k in "PO"}  # (a post or body ending: the name after it)
    heads = kinds - after
    add = out.append
    for i, m in marks:
        k = m[2]
        if k in after:
            add((i, i - window, i + _AFTER + 1))
        elif k in heads and not kept[i]:
            add((i, i - window, i + _HEAD_AFTER + 1))
    if want & _QUOTE_LABELS:
        out.extend((i, i, i + window + 1) for i in (m.start() for m in _QUOTE_CUES.finditer(text)))
    out.sort()
    return out


def merged_windows(
    segs: Sequence[tuple[int, int]], reaches: Sequence[tuple[int, int, int]], window: int
) -> list[tuple[int, int, int, int]]:
    """(segment start, segment end, first, end) of the windows of cue_reaches: each cue's
    window clipped to its segment, windows of a segment less than `window` apart merged (as
    tag_windows merges them)."""
    out: list[tuple[int, int, int, int]] = []
    # a segment's cues found by a bisect over the cues (most characters are no cue), its
    # windows clipped in one comprehension
    cues = [r[0] for r in reaches]
    k = 0
    for lo, hi in segs:
        k0 = bisect.bisect_left(cues, lo, k)
        k = bisect.bisect_left(cues, hi, k0)
        if k0 == k:
            continue
        cur = sorted([(a if a > lo else lo, b if b < hi else hi) for _, a, b in reaches[k0:k]])
        wa, wb = cur[0]
        for a, b in cur[1:]:
            if a <= wb + window:
                if b > wb:
                    wb = b
                continue
            out.append((lo, hi, wa, wb))
            wa, wb = a, b
        out.append((lo, hi, wa, wb))
    return out


def tag_windows(
    text: str,
    rule_spans: Sequence[Span],
    window: int = TAG_WINDOW,
    labels: Iterable[str] | None = None,
) -> list[tuple[tuple[int, int], list[tuple[str, ...]]]]:
    """((start, end), features) of the windows of each segment around the cues (cue_positions;
    with `labels`, cue_reaches: where the model can change a suggestion of those labels);
    windows less than 2 * window apart are merged (a span never straddles two)."""
    layers = rule_layers(text, rule_spans)
    marks = gazetteer_marks(text)
    out: list[tuple[tuple[int, int], list[tuple[str, ...]]]] = []
    if labels is not None:
        reaches = cue_reaches(text, rule_spans, marks, labels, window)
        for lo, hi, a, b in merged_windows(segments(text), reaches, window):
            out.append(((a, b), char_features(text, a, b, layers, marks, (lo, hi))))
        return out
    cues = sorted(cue_positions(text, rule_spans, marks))
    k = 0
    for lo, hi in segments(text):
        while k < len(cues) and cues[k] < lo:
            k += 1
        a = b = -1
        while k < len(cues) and cues[k] < hi:
            p = cues[k]
            k += 1
            wa, wb = max(lo, p - window), min(hi, p + window + 1)
            if a >= 0 and wa <= b + window:
                b = max(b, wb)
                continue
            if a >= 0:
                out.append(((a, b), char_features(text, a, b, layers, marks, (lo, hi))))
            a, b = wa, wb
        if a >= 0:
            out.append(((a, b), char_features(text, a, b, layers, marks, (lo, hi))))
    return out


Item = tuple[bytes, ...]
# what separates a character's trigram from the rules' layers in TaggerFeatures' cache keys
_SEP = "\x00"
# what puts each gazetteer mark of the character after them
_MARK = "\x01"


class TaggerFeatures:
    """The features of tag_windows as a trained model sees them, built for tagging.

    Only the feature strings the model has a weight for are given to crfsuite: the tagger drops
    the others when it reads a sequence, after paying for each of them (their conversion and a
    lookup in the model's dictionary). The model's L1 keeps a few hundred to a few thousand
    attributes, so most character n-grams go. The kept ones stay in tag_windows' order, so
    crfsuite adds the same weights in the same order: the tags, probabilities and marginals are
    those of tag_windows' features (tests/test_learn_features.py compares them). They are bytes
    (crfsuite's own strings: no encoding per call).

    A character's features depend on its trigram and on what the rules' layers say at it
    (rule_layers: nothing, the DIRECTIVE mark, or an entity span's tag, rule id and confidence
    mark), so one string of the two keys a cache of whole items: a document's items are one
    dictionary lookup per character, the same trigrams and rule tags coming back article after
    article."""

    def __init__(self, known: Iterable[bytes] | None, merge: Callable[[Item], Item] | None = None):
        """`known`: the model's attributes (UTF-8); None keeps every string (a model whose
        dictionary could not be read: slower, the same tags). `merge`: what a made item is
        given to the tagger as (civannot.learn.crf_merged.MergedModel.as_item: its one merged
        attribute, once the tagger's model has it); forget_items() when that changes."""
        self.known = frozenset(known) if known is not None else None
        self._merge = merge
        # the model's own bytes objects, shared by every cached item that holds them
        self._canon = {b: b for b in self.known} if self.known is not None else None
        # the same, keyed by the feature string: a character's features are looked up as they
        # are made, not encoded and filtered (each pool worker makes some 80,000 trigrams' items
        # over 5,000 articles: their making was a quarter of the workers' extra cost over a
        # warm process). A key that is no UTF-8 is no feature string this module makes.
        self._by_str: dict[str, Item] | None = None
        if self._canon is not None:
            self._by_str = {}
            for b in self._canon:
                try:
                    self._by_str[b.decode()] = (b,)
                except UnicodeDecodeError:
                    continue
        # the cache keys' characters: one that no attribute the model knows holds is keyed as
        # one stand-in of its kind (_Inert); None when every string is kept
        self._inert = _Inert(self._by_str) if self._by_str is not None else None
        self._items: dict[str, Item] = {}
        # the keys met once, with their items as strings (while merging: _item, _seen_again)
        self._fresh: dict[str, Item] = {}
        self._static: dict[str, Item] = {}
        self._one: dict[str, Item] = {}
        # what a new key's item is made of (a cache key misses ~13 times an article even after
        # thousands, mostly at a name's characters): each character's three unigram parts and
        # its kind; the model's bigrams and kind triples by their characters (one string made
        # and looked up, not the feature's); the rules' layers' part by character and layers
        self._chars: dict[str, tuple[Item, Item, Item, str]] = {}
        self._left_bi: dict[str, Item] = {}
        self._right_bi: dict[str, Item] = {}
        self._kinds: dict[str, Item] = {}
        for f, it in (self._by_str or {}).items():
            for prefix, part in (("c-1c=", self._left_bi), ("cc+1=", self._right_bi),
                                 ("k=", self._kinds)):  # fmt: skip
                if f.startswith(prefix):
                    part[f[len(prefix) :]] = it
        self._layer_parts: dict[str, Item] = {}
        # a span's tags by (label, rule, length), and with its bucket by (tags, bucket)
        self._runs: dict[tuple[str, str | None, int], tuple[str, ...]] = {}
        self._tails: dict[tuple[tuple[str, ...], str], list[str]] = {}

    def _keep(self, feats: Iterable[str]) -> Item:
        canon = self._canon
        enc = [f.encode() for f in feats]
        return tuple(enc) if canon is None else tuple(canon[f] for f in enc if f in canon)

    def _static_item(self, tri: str) -> Item:
        st = self._static.get(tri)
        if st is None:
            known = self._by_str
            if known is None:
                st = self._keep(_STATIC.get(tri) or _static_of(tri))
            else:
                # _static_of's strings in its order, each kept when the model knows it
                a, c, b = tri[0], tri[1], tri[2]
                no: Item = ()
                ua, uc, ub = self._char(a), self._char(c), self._char(b)
                st = (
                    uc[0]
                    + ua[1]
                    + ub[2]
                    + self._left_bi.get(a + c, no)
                    + self._right_bi.get(c + b, no)
                    + self._kinds.get(ua[3] + uc[3] + ub[3], no)
                )
            if len(self._static) < _STATIC_MAX:
                self._static[tri] = st
        return st

    def _char(self, ch: str) -> tuple[Item, Item, Item, str]:
        """The known parts of `ch` as the middle character, the one before and the one after
        (c=, c-1=, c+1=), and its kind."""
        u = self._chars.get(ch)
        if u is None:
            get = self._by_str.get if self._by_str is not None else None
            assert get is not None  # only the lookup path asks
            no: Item = ()
            u = (get("c=" + ch, no), get("c-1=" + ch, no), get("c+1=" + ch, no), _kind(ch))
            if len(self._chars) < _STATIC_MAX:
                self._chars[ch] = u
        return u

    def one(self, feat: str) -> Item:
        """A single feature string as an item part: () when the model does not know it."""
        it = self._one.get(feat)
        if it is None:
            it = self._keep((feat,)) if self._by_str is None else self._by_str.get(feat, ())
            if len(self._one) < _STATIC_MAX:
                self._one[feat] = it
        return it

    def _item(self, key: str) -> Item:
        """The item of a cache key: trigram, then "" (no rule layer), the extra mark alone
        (a rule DIRECTIVE's "D"), or _SEP tag _SEP rule id _SEP extra mark (an entity span's
        character), in char_features' order."""
        # the layers' part depends on the middle character only through rc=: keyed by it and
        # the key's tail (one character, then the tail: no two keys alike)
        part_key = key[1:2] + key[3:]
        part = self._layer_parts.get(part_key)
        if part is None:
            part = self._layer_part(key[1], key[3:])
            if len(self._layer_parts) < _STATIC_MAX:
                self._layer_parts[part_key] = part
        tri = key[:3]
        # (a known trigram's part read here: the call is made for a new one only)
        item = (self._static.get(tri) or self._static_item(tri)) + part
        if self._merge is not None:
            # a key met for the first time waits in _fresh, its item given as its strings: it
            # is merged (and cached in _items) only when met again (_seen_again). Exact: a
            # merged attribute scores as its strings bit for bit (crf_merged), so which items
            # are merged, and when, changes no tag, probability or marginal.
            fresh = self._fresh
            if len(fresh) >= _FRESH_MAX:  # (bounded: keys met once long ago are let go)
                fresh.clear()
            fresh[key] = item
            return item
        if len(self._items) < 2 * _STATIC_MAX:
            self._items[key] = item
        return item

    def _seen_again(self, key: str) -> Item | None:
        """The item of a key met once before (in _fresh), now cached and given to `merge`;
        None for a key not met before. Most keys met on real pages are met once (72 % of the
        items made over 596 real pages came back in no other page): merging each (its
        features and name added to the derived model, the model written again at each
        rebuild, the cached items mapped again) cost more than the few uses of its strings
        cost crfsuite (the rebuilds: 123 ms over those pages, 54 ms merging only the keys met
        again)."""
        item = self._fresh.pop(key, None)
        if item is None:
            return None
        merge = self._merge
        if merge is not None:
            item = merge(item)
        if len(self._items) < 2 * _STATIC_MAX:
            self._items[key] = item
        return item

    def _layer_part(self, c: str, rest: str) -> Item:
        """The known features of a character `c` whose cache key ends in `rest` (_item's)
        that come from the rules' layers and the gazetteer marks, in char_features' order."""
        marks = None
        if _MARK in rest:
            rest, *marks = rest.split(_MARK)
        one = self.one
        if not rest.startswith(_SEP):
            part = one("r=O")
            if rest:
                part += one("x=" + rest)
        else:
            t, rid, extra = rest[1:].split(_SEP)
            part = one("r=" + t) + one("rid=" + rid + t[:1]) + one("rc=" + t + c)
            part += one("x=" + extra)
        if marks:  # the gazetteer marks at the character, last, in gazetteer_marks' order
            for m in marks:
                part += one(m)
        return part

    def _run(self, label: str, provenance: str | None, length: int) -> tuple[str, ...]:
        """The rules-layer tags (cache key parts) of a span of `label` by rule `provenance`."""
        prov = _SEP + (provenance or "?") + _SEP
        if length == 1:
            tags = [_SEP + "S-" + label + prov]
        else:
            tags = [_SEP + "I-" + label + prov] * length
            tags[0] = _SEP + "B-" + label + prov
            tags[-1] = _SEP + "E-" + label + prov
        run = tuple(tags)
        if len(self._runs) < _STATIC_MAX:
            self._runs[(label, provenance, length)] = run
        return run

    def forget_items(self, keep_merging: bool = True) -> None:
        """The tagger's model has merged more items: each cached item is given to `merge`
        again (an item still given as its strings becomes its merged attribute; one merged
        already stays as it is), as making it again would give it, without making it again
        (a worker dropped some 60,000 cached items at a rebuild and made them anew, text after
        text). With `keep_merging` False the derived model is gone: the items are made again,
        as their strings from now on."""
        if not keep_merging:
            self._merge = None
            self._items.clear()
            self._fresh.clear()
            return
        merge = self._merge
        if merge is None:
            return
        self._items = {key: merge(item) for key, item in self._items.items()}

    @staticmethod
    def _ranges(
        text: str, order: Sequence[int], window: int
    ) -> list[tuple[int, int, list[tuple[int, int]]]]:
        """(segment start, segment end, windows) of each segment with a window around the
        cues `order` (every label's: tag_windows without labels)."""
        segs = segments(text)
        # tag_windows' merging: two cues' windows (p - window, p + window] of a segment merge
        # when the second starts within `window` of the first's end, i.e. when the cues are
        # at most 3 * window + 1 apart (clipping at the segment's ends never parts them)
        apart = 3 * window + 1
        out: list[tuple[int, int, list[tuple[int, int]]]] = []
        k1 = 0
        for lo, hi in segs:
            k0 = bisect.bisect_left(order, lo, k1)
            k1 = bisect.bisect_left(order, hi, k0)
            if k0 == k1:
                continue
            cuts = [k for k in range(k0 + 1, k1) if order[k] - order[k - 1] > apart]
            firsts = [k0, *cuts]
            lasts = [k - 1 for k in cuts] + [k1 - 1]
            ranges = [
                (max(lo, order[f] - window), min(hi, order[g] + window + 1))
                for f, g in zip(firsts, lasts, strict=True)
            ]
            out.append((lo, hi, ranges))
        return out

    def windows(
        self,
        text: str,
        rule_spans: Sequence[Span],
        window: int = TAG_WINDOW,
        labels: Iterable[str] | None = None,
    ) -> list[tuple[tuple[int, int], list[Item]]]:
        """((start, end), items) of the windows tag_windows cuts (with the same `labels`), each
        character's item the known part of its features there.

        With `labels` (pre-annotation) the cue reaches are gathered on the passes that build
        the rules' layers and the gazetteer marks, a word's two marks as one reach where their
        windows join anyway, and merged in one walk over the segments: the windows of
        cue_reaches and merged_windows, without a pass of their own over the spans and marks."""
        n = len(text)
        want = frozenset(labels) if labels is not None else None
        # the rules' layers (rule_layers) as one string per character, the cache key's tail
        extra = [""] * n
        entity: list[tuple[int, int, tuple[str, ...], str]] = []
        cues: set[int] = set()
        # (cue, first, end) as cue_reaches gives them; `kept` marks the spans of the labels the
        # rules keep (no level's or suffix's cue inside them)
        reaches: list[tuple[int, int, int]] = []
        kept: bytearray | None = None
        runs, tails = self._runs, self._tails
        for s in rule_spans:
            st, en, lab = s.start, s.end, s.label
            a = st if st > 0 else 0
            b = en if en < n else n
            if lab == "DIRECTIVE":
                if b > a:
                    extra[a:b] = ["D"] * (b - a)
                continue
            if lab not in ENTITY_SET:
                continue
            if want is None:
                cues.add(st)
                cues.add(en - 1)
            elif lab in want:
                reaches.append((st, st - window, st + window + 1))
                reaches.append((en - 1, en - 1 - window, en + window))
            elif en > st:
                if kept is None:
                    kept = bytearray(n)
                kept[st:en] = b"\x01" * (en - st)
            if s.provenance in _HIDDEN_RULES or b <= a:
                continue
            conf = s.confidence if s.confidence is not None else 0.5
            bucket = "h" if conf >= 0.85 else ("m" if conf >= 0.6 else "l")
            # the span's tags (B- ... E-, or S-) with its rule id, made once per label, rule
            # and length (the same few come back in every text)
            run_key = (lab, s.provenance, en - st)
            tags = runs.get(run_key)
            if tags is None:
                tags = self._run(*run_key)
            entity.append((a, b, tags if b - a == len(tags) else tags[a - st : b - st], bucket))
            extra[a:b] = [x + bucket for x in extra[a:b]]
        layer = extra[:]
        for a, b, tags, bucket in entity:  # a later span's tag wins, as in rule_layers
            ex = extra[a:b]
            # (most characters hold one span and no DIRECTIVE mark: their tail is the bucket)
            if ex.count(bucket) == b - a:
                done = tails.get((tags, bucket))
                if done is None:
                    done = [t + bucket for t in tags]
                    if len(tails) < _STATIC_MAX:
                        tails[(tags, bucket)] = done
                layer[a:b] = done
            else:
                layer[a:b] = [t + x for t, x in zip(tags, ex, strict=True)]
        if want is None:
            marks = gazetteer_marks(text)
            # a character's gazetteer marks end its cache key too: its cached item holds them
            # (one lookup, not a feature added per mark and window)
            for i, m in marks:
                layer[i] += _MARK + m
            cues.update(i for i, _ in marks)
            cues.update(m.start() for m in _QUOTE_CUES.finditer(text))
            ranges = self._ranges(text, sorted(cues), window)
        else:
            self._mark_reaches(text, layer, reaches, kept, want, window)
            quotes = bool(want & _QUOTE_LABELS)
            if quotes:  # an opening quote starts a SLOGAN or a DOC: to its right
                reaches.extend(
                    (m.start(), m.start(), m.start() + window + 1)
                    for m in _QUOTE_CUES.finditer(text)
                )
            ranges = _merge_reaches(text, reaches, window, quotes)
        out: list[tuple[tuple[int, int], list[Item]]] = []
        get = self._items.get
        make, again = self._item, self._seen_again
        inert = self._inert
        for lo, hi, wins in ranges:
            padded = "\x02" + text[lo:hi] + "\x03"
            for a, b in wins:
                # the window with a character either side: a key's trigram is its slice at the
                # character's index in the window (no range, zip or keys list per window)
                w = padded[a - lo : b - lo + 2]
                if inert is not None:
                    w = w.translate(inert)
                found = [get(w[j : j + 3] + x) for j, x in enumerate(layer[a:b])]
                if None in found:  # a new key: its item made, in the window's order
                    # (only the misses visited: the window's other keys are not made again)
                    for j in [j for j, it in enumerate(found) if it is None]:
                        key = w[j : j + 3] + layer[a + j]
                        it = again(key)
                        found[j] = it if it is not None else make(key)
                out.append(((a, b), found))  # type: ignore[arg-type]  # no None left in it
        return out

    @staticmethod
    def _mark_reaches(
        text: str,
        layer: list[str],
        reaches: list[tuple[int, int, int]],
        kept: bytearray | None,
        want: frozenset[str],
        window: int,
    ) -> None:
        """The gazetteer marks added to the layers' keys (gazetteer_marks' order) and their cue
        reaches added to `reaches` (cue_reaches'), on one pass over the scan's matches. A word
        whose two ends both reach gives one reach, from its first character's start to its
        last character's end: their windows meet (the last's start is within `window` of the
        first's end), so the windows merged from them are the same (merged_windows joins
        windows less than `window` apart), and both ends lie in one segment (no word of the
        vocabularies holds a break, _marks_unbroken)."""
        kinds = {k for k, labs in _MARK_LABELS.items() if want & labs}
        after = {k for k in kinds if k in "PO"}
        heads = kinds - after
        names = _MARK_KEYS
        pair = _marks_unbroken()
        add = reaches.append
        for m in _gazetteer_pattern().finditer(text):
            k = m.lastgroup or "?"
            a, b = m.span()
            z = b - 1
            nb, ne = names.get(k) or (_MARK + "g=" + k + "b", _MARK + "g=" + k + "e")
            layer[a] += nb
            layer[z] += ne
            if k in after:
                reach = _AFTER + 1
            elif k in heads:
                reach = _HEAD_AFTER + 1
                if kept is not None and (kept[a] or kept[z]):
                    if not kept[a]:
                        add((a, a - window, a + reach))
                    if not kept[z]:
                        add((z, z - window, z + reach))
                    continue
            else:
                continue
            if pair and z - a <= reach + 2 * window:
                add((a, a - window, z + reach))
            else:
                add((a, a - window, a + reach))
                add((z, z - window, z + reach))


_MARK_KEYS = {k: (_MARK + nb, _MARK + ne) for k, (nb, ne) in _MARK_NAMES.items()}


# stand-ins tried for each kind of character (_kind_of), the first one no known attribute holds
_STAND_INS = {
    "S": " \t\u3000\u2002\u2003\u2009",
    "N": "0123456789\u0660\u0661\u0662\u0663\uff10\uff11",
    "H": "".join(map(chr, range(0x9FFF, 0x9F00, -1))),
    "L": "abcdefghijklmnopqrstuvwxyz\u00e0\u00e1\u00e2\u0101\u0103",
    "P": "\ue000\ue001\ue002\ue003",
}


class _Inert(dict[int, int]):
    """str.translate's table for the cache keys (session 35): a character that no attribute
    the model knows holds becomes one stand-in of its kind, the others stay. A character's item
    is the known part of its features, and each of them that reads a character of its trigram
    (c=, c-1=, c+1=, c-1c=, cc+1=, rc=) holds it: one that no known attribute holds gives only
    unknown strings there, as its stand-in does, while the kind triple (k=) is the stand-in's.
    So the two keys' items are the same; the names the bench's and real texts bring (a new
    trigram for every name: ~26 new keys an article on the bench, ~42 on real pages) are then
    mostly keys seen before (~2 and ~14). Filled as characters come (__missing__)."""

    def __init__(self, known: dict[str, Item]):
        super().__init__()
        self._held = frozenset("".join(known))
        self._stand_in: dict[str, int] = {}
        for kind, cands in _STAND_INS.items():
            for ch in cands:
                if ch not in self._held and _kind_of(ch) == kind:
                    self._stand_in[kind] = ord(ch)
                    break

    def __missing__(self, code: int) -> int:
        ch = chr(code)
        out = code if ch in self._held else self._stand_in.get(_kind(ch), code)
        if len(self) < _STATIC_MAX:
            self[code] = out
        return out


@lru_cache(maxsize=1)
def _marks_unbroken() -> bool:
    """Whether no word of the gazetteer scan holds a character a segment is cut after (so a
    word's first and last characters are always in one segment)."""
    from civannot.preannotate.gazetteers import load

    gz = load()
    breaks = _BREAKS | _SOFT_BREAKS
    words = (
        *gz.posts,
        *gz.lone_posts,
        *gz.org_suffixes,
        *gz.named_org_kinds,
        *gz.levels,
        *gz.admin_suffixes,
    )
    return not any(breaks.intersection(w) for w in words)


def _merge_reaches(
    text: str, reaches: list[tuple[int, int, int]], window: int, quotes: bool
) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(segment start, segment end, windows) of each segment with a window: merged_windows
    over `reaches` (sorted here), grouped by segment. Without quote cues every reach starts
    `window` before its cue, so in cue order the clipped windows of a segment come in the
    order of their starts and are merged in one walk (no list and sort per segment)."""
    reaches.sort()
    segs = segments(text)
    out: list[tuple[int, int, list[tuple[int, int]]]] = []
    if quotes:  # (a quote's reach starts at its cue)
        for lo, hi, a, b in merged_windows(segs, reaches, window):
            if out and out[-1][0] == lo:
                out[-1][2].append((a, b))
            else:
                out.append((lo, hi, [(a, b)]))
        return out
    k, nseg = 0, len(segs)
    lo = hi = -1
    wins: list[tuple[int, int]] | None = None
    wa = wb = 0
    for c, a, b in reaches:
        if c >= hi:
            if wins is not None:
                wins.append((wa, wb))
                wins = None
            while k < nseg and segs[k][1] <= c:
                k += 1
            if k == nseg:
                break
            lo, hi = segs[k]
        if c < lo:  # between two segments (a blank one left out)
            continue
        if a < lo:
            a = lo
        if b > hi:
            b = hi
        if wins is None:
            wins = []
            out.append((lo, hi, wins))
            wa, wb = a, b
        elif a <= wb + window:
            if b > wb:
                wb = b
        else:
            wins.append((wa, wb))
            wa, wb = a, b
    if wins is not None:
        wins.append((wa, wb))
    return out
