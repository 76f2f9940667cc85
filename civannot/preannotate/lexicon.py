"""The project's learned dictionary: accepted PERSON, TITLE and ORG strings and their label."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from civannot.preannotate.gazetteers import alternation

LEARNED_LABELS = ("PERSON", "TITLE", "ORG")
_MIN_LEN = {"PERSON": 2, "TITLE": 2, "ORG": 2}

# A learned string is kept only where the team's own annotated texts give it its label more than
# this share of the times it is written other than inside a longer span (precision in
# training, as the learned corrections require of what they add). DEVELOPMENT (session 32,
# the lexicon of 212 real pages, dev27A to dev31A, on dev32A/B): 代表 (a verb: 甲代表某局签约,
# tagged once, written 23 more times untagged) and 政府 (tagged alone 4 times, left untagged 7,
# 88 times inside 市政府 and the like) were 12 of the 14 false spans the lexicon added; 书记,
# 主任, 中央, 市委常委, 宣传部部长 (tagged alone in most of their free occurrences) its 10 right
# ones, all kept. (The other 2 false: a body cut from a longer name, tagged once in the pool.)
# A TITLE left untagged counts against it only beside a name: 书记 and 主任 were written bare
# (各级书记) as often as tagged in 50-100 pages, and the lexicon only suggests a post beside a
# name (lexicon_context), where they were right.
MIN_PRECISION = 0.5

# what may sit between a post and the person it belongs to (市领导 A、B; 书记 张三): a tuple, so
# that the empty slice past a text's end is not "in" it
BESIDE = ("、", " ", "\u3000")

# (text, spans as (start, end, label)) of one document as one layer annotated it
Annotated = tuple[str, Iterable[tuple[int, int, str]]]


def evidence(
    entries: Mapping[str, str], annotated: Iterable[Annotated]
) -> dict[str, tuple[int, int]]:
    """For each entry written in the annotated texts: (how often it is a span with the entry's
    label, how often it is written other than strictly inside a longer span of any label; a
    TITLE left untagged counts only beside a PERSON span, where lexicon_context would suggest
    it: 各级书记 is no post held, 甲代表某局 a verb after a name). In
    one pass over each text: the trie of the entries finds the longest entry starting at each
    position, and the shorter entries starting there are its prefixes."""
    if not entries:
        return {}
    lengths = sorted({len(w) for w in entries})
    pattern = re.compile("(?=(" + alternation(list(entries)) + "))")
    tagged: Counter[str] = Counter()
    free: Counter[str] = Counter()
    for text, spans_in in annotated:
        given = list(spans_in)
        spans = sorted((a, b) for a, b, _ in given)
        exact = set(given)
        bounds = {(a, b) for a, b in spans}
        # where a person's name begins or ends, one separator (、, a space) let through
        named = {a for a, _, lab in given if lab == "PERSON"}
        named |= {a - 1 for a in named if a and text[a - 1] in BESIDE}
        named_end = {b for _, b, lab in given if lab == "PERSON"}
        named_end |= {b + 1 for b in named_end if text[b : b + 1] in BESIDE}
        starts = [a for a, _ in spans]
        reach: list[int] = []  # the furthest end of the spans starting at or before each
        for _, b in spans:
            reach.append(max(b, reach[-1]) if reach else b)
        for m in pattern.finditer(text):
            i, longest = m.start(), len(m.group(1))
            k = bisect_right(starts, i) - 1
            far = reach[k] if k >= 0 else -1
            for n in lengths:
                if n > longest:
                    break
                word = text[i : i + n]
                if n < longest and word not in entries:
                    continue
                j = i + n
                if (i, j) in bounds:
                    free[word] += 1
                    if (i, j, entries[word]) in exact:
                        tagged[word] += 1
                elif far < j and (entries[word] != "TITLE" or j in named or i in named_end):
                    free[word] += 1
    return {w: (tagged[w], free[w]) for w in free}


def tagged_where_written(ev: Mapping[str, Sequence[int]], word: str) -> bool:
    """Whether the evidence (evidence(): tagged, free) keeps `word`: the annotated texts give
    it its label more than MIN_PRECISION of the times it is written other than inside a longer
    span (书记 in 市委书记 is the rules' to read, and there lexicon_context drops the learned
    string). A word the evidence does not hold (never written in those texts) stays."""
    got = ev.get(word)
    return got is None or got[0] > MIN_PRECISION * got[1]


class Lexicon:
    """Strings people accepted, each with the label they gave it most often.

    A string tagged with different labels keeps its majority label; ties drop the entry, since a
    suggestion nobody agrees on only costs the annotator a rejection.
    """

    def __init__(self, entries: dict[str, str] | None = None):
        self._entries: dict[str, str] = {}
        self._pattern: re.Pattern[str] | None = None
        for text, label in (entries or {}).items():
            self.add(text, label)

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> Lexicon:
        return cls.from_votes((text, label, 1) for text, label in pairs)

    @classmethod
    def from_votes(
        cls,
        votes_in: Iterable[tuple[str, str, int]],
        annotated: Iterable[Annotated] | None = None,
    ) -> Lexicon:
        """From (text, label, how many spans say so): the same lexicon as from_pairs over
        that many copies of each pair. `annotated`: the texts the votes were given on, each
        with the spans of one layer (all labels): only the entries they tag where written
        (kept_where_tagged) are kept."""
        votes: dict[str, Counter[str]] = {}
        for text, label, n in votes_in:
            text = text.strip()
            if n > 0 and label in LEARNED_LABELS and len(text) >= _MIN_LEN[label]:
                votes.setdefault(text, Counter())[label] += n
        lex = cls()
        for text, counter in votes.items():
            top = counter.most_common(2)
            if len(top) == 1 or top[0][1] > top[1][1]:
                lex._entries[text] = top[0][0]
        if annotated is not None:
            lex = lex.kept_where_tagged(evidence(lex._entries, annotated))
        return lex

    def kept_where_tagged(self, ev: Mapping[str, Sequence[int]]) -> Lexicon:
        """The entries the evidence (evidence(): tagged, free per word) keeps
        (tagged_where_written)."""
        lex = Lexicon()
        lex._entries = {w: lab for w, lab in self._entries.items() if tagged_where_written(ev, w)}
        return lex

    def add(self, text: str, label: str) -> None:
        if label not in LEARNED_LABELS:
            raise ValueError(f"the lexicon learns {', '.join(LEARNED_LABELS)}, not {label!r}")
        text = text.strip()
        if len(text) < _MIN_LEN[label]:
            return
        self._entries[text] = label
        self._pattern = None

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, text: object) -> bool:
        return text in self._entries

    def get(self, text: str) -> str | None:
        return self._entries.get(text)

    def items(self) -> list[tuple[str, str]]:
        return sorted(self._entries.items())

    def to_json(self) -> dict[str, str]:
        return dict(self._entries)

    def finditer(self, text: str) -> Iterable[tuple[int, int, str]]:
        """Leftmost-longest occurrences of entries in text: (start, end, label)."""
        if not self._entries:
            return []
        if self._pattern is None:
            self._pattern = re.compile(alternation(list(self._entries)))
        return [
            (m.start(), m.end(), self._entries[m.group()]) for m in self._pattern.finditer(text)
        ]
