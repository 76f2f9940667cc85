"""The project's learned dictionary: accepted PERSON, TITLE and ORG strings and their label."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from civannot.preannotate.gazetteers import alternation

LEARNED_LABELS = ("PERSON", "TITLE", "ORG")
_MIN_LEN = {"PERSON": 2, "TITLE": 2, "ORG": 2}


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
    def from_votes(cls, votes_in: Iterable[tuple[str, str, int]]) -> Lexicon:
        """From (text, label, how many spans say so): the same lexicon as from_pairs over
        that many copies of each pair."""
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
