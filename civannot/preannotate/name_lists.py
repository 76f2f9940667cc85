"""person.bare_list: a bare list of names at 、 with no title touching it, as a report writes the
participants, the honoured, a group's members or the speakers in turn:

    会上，某甲、某乙、某丙分别作交流发言。 / 获奖者：某甲、某乙。 / 由某甲、某乙带队 /
    某甲、某乙等同志参加活动。 / 班子成员某甲、某乙，有关部门负责人参加会议。

The list rules of persons.py read such lists only where a title, a leaders' word (等…领导), a
count of people or a seat on the presidium frames them; this rule reads the rest, where every
item is a plausible name and both ends of the run are closed by a mark or a cue of the genre
(names23, session 22). It runs last among the name rules and adds only names nothing found.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civannot.preannotate.common import Doc
from civannot.preannotate.gazetteers import common_words, function_words, jieba_tokenizer
from civannot.preannotate.persons import (
    _OFFICIALS_COUNTED,
    _PEOPLE_COUNT,
    _PLACE_ENDS,
    _WORD_FREQ,
    CITIZEN,
    _excluded_person,
    _surname_len,
    _valid_name,
)
from civannot.preannotate.scan import scan_compile, speed_up

RULE = "person.bare_list"

# the chunks of a chain at 、 (甲、乙、丙): a run of Chinese characters, the run that ends at a mark
_RUN = re.compile("[\u3400-\u9fff]*")
_RUN_END = re.compile("[\u3400-\u9fff]+$")
_LEAD = 12


@lru_cache(maxsize=2)
def _marks_before_surnames(sur: frozenset[str], comp: frozenset[str]) -> re.Pattern[str]:
    """A 、 before a surname's first character: where a further item of a list of names opens."""
    chars = "".join(sorted(set(sur) | {c[0] for c in comp}))
    return scan_compile(f"、(?=[{re.escape(chars)}])")


# what may stand right before the list: a mark, or a word of the genre that introduces people
# (由甲、乙带队 / 邀请甲、乙作 / 班子成员甲、乙 / 集团领导甲、乙 / 获奖者有甲、乙)
_OPEN_MARKS = frozenset("，：；。！？\n:;,")
_OPEN_CUES = ("由", "邀请", "邀请了", "请", "成员", "领导", "有", "及", "和", "与", "会上", "随后")

# the nouns of a group whose members the list names (班子成员甲、乙 / 集团领导甲、乙)
_GROUP_CUES = ("成员", "领导")


def _mark_after(text: str, e: int) -> bool:
    return e >= len(text) or text[e] in _OPEN_MARKS


# what may close it: a mark, or what is said of the people listed (等 / 同志 / 分别… / 参加 /
# 出席 / 一行 / 带队 / 作交流发言 / 获得 / 被评为 …)
_CLOSE = re.compile(
    "[，。；！？\n;,0-9]|等(?![级次])|同志|分别|先后|依次|参加|出席|列席|陪同|一行|一同|带队|带领"
    "|作(?![为用出风品业])|获得|荣获|获评|被评为|被授予|当选|结合|围绕|就"
)


def _word(s: str) -> bool:
    """A word of the dictionary as frequent as persons' names never are (文明、和谐 / 张贴、涂鸦)."""
    return jieba_tokenizer().FREQ.get(s, 0) >= _WORD_FREQ


def _plausible(name: str, doc: Doc) -> bool:
    """A name of the list: a surname (compound too) and one or two given characters; not a word
    of the dictionary, not a place; for three characters, neither the given part nor the surname
    with the first given character a frequent word (时间紧, 高标准, 任务重)."""
    g = doc.r.g
    if not _valid_name(name, g) or name in g.gpe_names or name[-1] in _PLACE_ENDS:
        return False
    if name in function_words() or name in common_words() or _word(name):
        return False
    sl = _surname_len(name, g)
    given = name[sl:]
    # (a given name may be a rarer word: 建国, 和平, 国庆; the common ones are the clause's words)
    if len(given) == 2 and (
        given in common_words() or given in function_words() or _word(name[:2])
    ):
        return False
    return True


def _first_item(text: str, a: int, b: int, doc: Doc, last_end: int) -> int:
    """The start of the name that ends the chain's first chunk text[a:b], -1 where none: the whole
    chunk after a mark, or its end after an opening cue."""
    prev = text[a - 1] if a else "\n"
    for n in (3, 2, 4):
        s = b - n
        if s < a or not _plausible(text[s:b], doc):
            continue
        if s == a:
            if prev in _OPEN_MARKS:
                return s
            continue
        if text[a:s].endswith(_OPEN_CUES):
            # (县处级领导甲、乙等率先垂范: after a noun of leaders a list closed by 等 is the
            # leaders' list rules' (persons.py reads it where one name is titled elsewhere);
            # this rule reads it only where a mark closes it: 集团领导甲、乙、丙，)
            if text[a:s].endswith(_GROUP_CUES) and not _mark_after(text, last_end):
                return -1
            return s
    return -1


def _last_item(text: str, a: int, b: int, doc: Doc) -> int:
    """The end of the name that opens the chain's last chunk text[a:b], -1 where none: a name the
    closing mark or cue follows."""
    g = doc.r.g
    if text[a] not in g.surnames and text[a : a + 2] not in g.compound_surnames:
        return -1
    for n in (3, 2, 4):
        e = a + n
        if e > b or not (e == len(text) or _CLOSE.match(text, e)):
            continue
        if _plausible(text[a:e], doc):
            return e
    return -1


def find_bare_name_lists(doc: Doc) -> None:
    """person.bare_list: two or more names at 、, every item a plausible name, the run opened by
    a mark or a cue and closed by a mark or a cue; no title touching it, no item a span found.
    The run may also go on after a name found (局办公室甲、乙、丙，: the names after the first,
    which a title before it vouched for, written bare)."""
    text = doc.text
    if "、" not in text:
        return
    found_ends: dict[int, int] | None = None
    sur, comp = doc.r.g.surnames, doc.r.g.compound_surnames
    done = 0
    for m in _marks_before_surnames(sur, comp).finditer(text):
        p = m.start()
        if p < done:
            continue
        # the chain of Chinese chunks at 、 from this mark on (甲、乙、丙), each after a 、 opening
        # with a surname (a list runs to the chain's end, every item after its first a name)
        rest: list[tuple[int, int]] = []
        q = p
        while text[q + 1 : q + 2] in sur or text[q + 1 : q + 3] in comp:
            e = _RUN.match(text, q + 1).end()  # type: ignore[union-attr]
            rest.append((q + 1, e))
            q = e
            if text[q : q + 1] != "、":
                break
        done = q + 1 if text[q : q + 1] == "、" else q
        if text[q : q + 1] == "、" or not rest:
            continue  # a 、 before no name: no list ends before it
        # of the first chunk only its last characters matter (a cue and a name)
        lead = _RUN_END.search(text, max(0, rest[0][0] - 1 - _LEAD), rest[0][0] - 1)
        if lead is None:
            continue
        e1 = _last_item(text, *rest[-1], doc)
        if e1 < 0:
            continue
        if found_ends is None:
            found_ends = {e: s for s, e in doc.persons.items()}
        _read_chain(doc, [(lead.start(), lead.end()), *rest], e1, found_ends)


def _read_chain(
    doc: Doc,
    chunks: list[tuple[int, int]],
    e1: int,
    found_ends: dict[int, int],
) -> None:
    """The names of one chain of chunks at 、: a list opening at some chunk (its name after a
    mark, a cue, or a name found) and running to the chain's last chunk, whose name a mark or a
    cue closes (it ends at e1)."""
    text = doc.text
    for i in range(len(chunks) - 1):
        ca, cb = chunks[i]
        if cb in found_ends and found_ends[cb] >= ca:
            s0, least = found_ends[cb], 3  # the first name found: two more go on bare
        else:
            # (县委办、甲、乙: after 、 a list opens only with a cue before its first name)
            s0, least = _first_item(text, ca, cb, doc, e1), 2
            if s0 < 0:
                continue
        rest = chunks[i + 1 :]
        if not all(_plausible(text[x:y], doc) for x, y in rest[:-1]):
            continue  # an item after it is no name: the list may open later
        items = [(s0, cb), *rest[:-1], (rest[-1][0], e1)]
        if len(items) < least:
            continue
        new = items[1:] if s0 in doc.persons else items
        if all(doc.persons.get(x) == y for x, y in new):
            # every name of the list was found already: whatever touches it, nothing is added (a
            # titled list, 市领导甲、乙、丙: the walk over every candidate spared; session 35)
            return
        lo = new[0][0] - (new[0][0] == s0)
        # (an item found as a name already, 甲 read again from a later 甲宣读了…, is one of the
        # list's names, no span that breaks it; orgs26)
        named: set[tuple[int, int]] | None = None
        for cand in doc.cands:
            if cand.start < e1 and cand.end > lo:
                if cand.label != "PERSON":
                    return  # a title or a place touches the list or sits in it
                if named is None:
                    named = {(x, y) for x, y in new if doc.persons.get(x) == y}
                if (cand.start, cand.end) not in named:
                    return  # a name found touches the list
        if any(_excluded_person(text, x, y) for x, y in new):
            return
        # (甲、乙等10人光荣上榜: the public counted, as persons.find_counted_name_lists reads them)
        c = _PEOPLE_COUNT.match(text, e1)
        rule = CITIZEN if c and not _OFFICIALS_COUNTED.match(text, c.end()) else RULE
        for x, y in new:
            if named is None or (x, y) not in named:
                doc.add_person(x, y, 0.7, rule)
        return


# this module's regexes searched with their first characters as the skip set (scan.py): the
# same matches, fewer attempts
speed_up(globals())
