"""Opt-in conventions (registry.CONVENTION_SWITCHES): where teams annotate one form two ways and
GUIDELINES.md leaves the choice open, the rules keep their default and a project (or the learned
corrections, civannot.learn.corrections.learn_switches, from the team's gold) switches the other
reading on. Each runs only when switched on, over the candidates the rules found (no scan of
the text of its own). `title.leaders_place_apart` is read where the leaders' list is found
(titles.find_leader_lists); `gpe.before_post` in places.split_place_posts; `loc.place_whole`
over the spans the rules chose (engine.suggest), so it joins only what would be suggested.
Session 20 (conv21): `gpe.corps_before_post` over the chosen spans too (a TITLE opening with a
division of the corps); the readings of who issues, `relation.issued_by.first_named` (one edge
where a frame names several speakers) and `relation.issued_by.relayed_author` /
`relation.issued_by.relayed_none` (a relayed speech), over the directives' edges as
engine.suggest draws them: one call each from the engine, none from the rule modules.
Session 26 (corps27): `gpe.corps_city_apart` over the chosen spans (a GPE of the corps' division
written with its city, cut in two).
Session 30 (conv30): `loc.room_apart` (a meeting's room left out, its host alone) and
`org.service_centre` (a government service centre visited, an ORG) are read where their
candidates are made, in venues.py (find_venues, visited_facilities)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from civannot.preannotate.common import Cand, Doc
from civannot.preannotate.gazetteers import CJK

# a party committee of a level, written whole (岚溪县委, 市委, 镇党委, 开发区党工委), and the
# government of a level (县政府, 县人民政府, 政府, 管委会) written right after it
_COMMITTEE_END = re.compile(r"(?:[省市县区州旗盟]委|党委|党工委)$")
_GOVERNMENT = re.compile(r"[省市县区州旗盟镇乡]?(?:人民)?政府|管委会")


def join_party_and_government(doc: Doc) -> None:
    """org.joint_whole: a party committee and the government of its level written together
    with no mark between them (岚溪县委县政府, 市委市政府) as one ORG, where the rules give two
    (the default: `县委`, `县政府`; with 、 between them they stay two; 镇党委政府, the government
    with no level of its own, is one ORG by default, orgs.py)."""
    text = doc.text
    committees: dict[int, Cand] = {}
    prio: dict[int, int] = {}  # the highest priority of a committee ending there
    governments: list[Cand] = []
    for c in doc.cands:
        if c.label != "ORG":
            continue
        if _COMMITTEE_END.search(text, c.start, c.end):
            # the longest committee ending there (岚溪县委, not a lexicon's bare 县委 beside it),
            # the joined body as strong as the strongest of them
            had = committees.get(c.end)
            if had is None or c.start < had.start:
                committees[c.end] = c
            prio[c.end] = max(prio.get(c.end, c.prio), c.prio)
        elif c.end - c.start <= 5 and _GOVERNMENT.fullmatch(text, c.start, c.end):
            governments.append(c)
    if not committees:
        return
    for g in governments:
        a = committees.get(g.start)
        if a is not None:
            p = max(prio[g.start], g.prio)
            doc.add(a.start, g.end, "ORG", min(a.conf, g.conf), p, "org.joint_whole")


def join_places_into_sites(chosen: list[Cand]) -> list[Cand]:
    """loc.place_whole: the places written right before a site, with no mark between them
    (桃源镇杏花村, 北京市朝阳区奥林匹克公园), kept inside its LOC, where the rules give GPE + LOC.
    GUIDELINES.md nests no name inside a longer one, and half of the blind annotators read such an
    address as one name; the other half, and the development gold, keep the place apart (the
    default). `chosen`: the resolved spans, sorted by start."""
    out: list[Cand] = []
    for c in chosen:
        k = len(out)
        if c.label == "LOC":
            at = c.start
            while k and out[k - 1].label == "GPE" and out[k - 1].end == at:
                k -= 1
                at = out[k].start
        if k == len(out):
            out.append(c)
            continue
        parts = [*out[k:], c]
        del out[k:]
        out.append(
            Cand(
                parts[0].start,
                c.end,
                "LOC",
                min(p.conf for p in parts),
                max(p.prio for p in parts),
                "loc.place_whole",
            )
        )
    return out


# --- session 20 (conv21): the other readings of four more forms GUIDELINES leaves open

FIRST_NAMED = "relation.issued_by.first_named"
CORPS_BEFORE_POST = "gpe.corps_before_post"
RELAYED_AUTHOR = "relation.issued_by.relayed_author"
RELAYED_NONE = "relation.issued_by.relayed_none"

# a division of the production and construction corps opening a post (第九师副师长, 九师政委,
# 农八师党委书记), not the division-city (师市党委书记) nor a bare 师长
CORPS_DIVISION = re.compile(r"(?:第|农)?[一二三四五六七八九十]{1,3}师(?![市长])")


def issuers(
    co_speakers: tuple[int, ...], speaker: int, rule: str, named: Callable[[int], bool], first: bool
) -> list[tuple[int, str]]:
    """The PERSON starts a directive is issued by, with the rule of each edge: every name of its
    frame in the order written (甲、乙分别强调，…: one edge each, the default), or with
    relation.issued_by.first_named on only the first of them (one edge, to 甲). `named(p)`: is
    there a PERSON span at p."""
    if not co_speakers:
        # (the frame's own name alone, as most directives have it)
        return [(speaker, rule)]
    names = [c for c in co_speakers if named(c)]
    if first and names:
        return [(names[0], FIRST_NAMED)]
    return [(c, rule) for c in names] + [(speaker, rule)]


def split_corps_posts(text: str, chosen: list[Cand]) -> tuple[list[Cand], dict[int, int]]:
    """gpe.corps_before_post: a division of the corps written at the head of a post (第九师副师长,
    九师政委) as its own GPE, the post a TITLE, where the rules keep the division inside the TITLE
    as they keep a county inside 某某县委书记 (the default; a regiment before its post, 一三〇团 +
    团长, is apart either way, and gpe.before_post splits every place off). Returns the spans and
    the titles whose start moved (old start -> new: their HOLDS_TITLE follows)."""
    out: list[Cand] = []
    moved: dict[int, int] = {}
    for c in chosen:
        if c.label == "TITLE" and "师" in text[c.start : c.end]:
            m = CORPS_DIVISION.match(text, c.start, c.end)
            if m is not None and c.end - m.end() >= 2:
                out.append(Cand(c.start, m.end(), "GPE", c.conf, c.prio, CORPS_BEFORE_POST))
                out.append(Cand(m.end(), c.end, "TITLE", c.conf, c.prio, c.rule))
                moved[c.start] = m.end()
                continue
        out.append(c)
    return out, moved


# --- session 26 (corps27): the corps' division and its city, one GPE (default) or two

CORPS_CITY_APART = "gpe.corps_city_apart"

# the division of a GPE the corps writes with its city (第一师阿拉尔市, 农三师某某市, 兵团八师石河子市:
# the corps named before it stays with it), and the city after it
_CORPS_DIVISION_CITY = re.compile(
    rf"((?:新疆生产建设兵团|生产建设兵团|兵团)?[第农]?[一二三四五六七八九十]{{1,3}}师)[{CJK}]{{2,5}}市"
)
# what a text must hold for split_corps_cities to find anything (learn.corrections.SWITCH_CUES)
CORPS_CITY_CUE = re.compile(rf"[一二三四五六七八九十]师[{CJK}]{{2,5}}市")


def corps_city_cut(span: str) -> int | None:
    """Where the division ends in a GPE that is the corps' division written with its city
    (第一师阿拉尔市: 3), or None."""
    m = _CORPS_DIVISION_CITY.fullmatch(span)
    return m.end(1) if m is not None else None


def split_corps_cities(text: str, chosen: list[Cand]) -> list[Cand]:
    """gpe.corps_city_apart: the corps' division written with its city (师市合一: 第一师阿拉尔市,
    兵团八师石河子市) as two GPEs, the division (with the corps named before it: 兵团八师) and the
    city, where the rules give one GPE (the default: independent annotators 4 join, 2 split;
    session 26). A division before a post is the posts' conventions' (gpe.before_post,
    gpe.corps_before_post): a TITLE is not cut here. `chosen`: the resolved spans."""
    out: list[Cand] = []
    for c in chosen:
        k = corps_city_cut(text[c.start : c.end]) if c.label == "GPE" else None
        if k is None:
            out.append(c)
            continue
        out.append(Cand(c.start, c.start + k, "GPE", c.conf, c.prio, CORPS_CITY_APART))
        out.append(Cand(c.start + k, c.end, "GPE", c.conf, c.prio, CORPS_CITY_APART))
    return out


# 传达(了/学习了)…某某…讲话精神 / 指示精神 / 重要讲话精神, then what it requires in the same sentence
_RELAY = re.compile(r"传达(?:学习)?了?")
_RELAYED_WORDS = re.compile(r"(?:讲话|指示|批示|致辞)精神|重要讲话")
_SENTENCE_END = "。！？\n"
# what a text must hold for relayed_author to find anything (learn.corrections.SWITCH_CUES)
RELAY_CUE = re.compile(r"传达[^。！？\n]*?(?:(?:讲话|指示|批示|致辞)精神|重要讲话)")


def relayed_author(text: str, at: int, persons: Sequence[int]) -> int | None:
    """The start of the PERSON whose words the sentence relays before the directive at `at`
    (县委副书记某甲主持会议，传达了市委书记某乙在…上的讲话精神，要求…: 某乙), or None. `persons`:
    the PERSON starts, sorted."""
    s = max(text.rfind(c, 0, at) for c in _SENTENCE_END) + 1
    r = _RELAY.search(text, s, at)
    if r is None:
        return None
    w = _RELAYED_WORDS.search(text, r.end(), at)
    if w is None:
        return None
    if bisect.bisect_left(persons, at) > bisect.bisect_left(persons, w.end()):
        return None  # 传达了…精神后，某丙强调，…: a frame of its own names the speaker
    k = bisect.bisect_left(persons, w.start()) - 1
    return persons[k] if k >= 0 and persons[k] >= r.end() else None


def relay_issuers(
    edges: list[tuple[int, str]], author: int | None, on: frozenset[str]
) -> list[tuple[int, str]]:
    """The edges of a directive whose sentence relays `author`'s words (relayed_author): by
    default the rules' (who relays requires: 某甲; 会议传达…: nobody); with
    relation.issued_by.relayed_author on, one edge to the author; with
    relation.issued_by.relayed_none on (and not the author's), none."""
    if author is None:
        return edges
    if RELAYED_AUTHOR in on:
        return [(author, RELAYED_AUTHOR)]
    if RELAYED_NONE in on:
        return []
    return edges


# --- session 29 (conv29): an enumerator glued to a directive's marker, a quoted honour

ENUMERATOR_KEPT = "directive.enumerator_kept"
HONOUR_SLOGAN = "slogan.honour"

# an enumerator of a list of requirements written right before the directive's marker: 一是 /
# 第二是 / 第三 (一要, 首先要, 其一要 are whole by default: GUIDELINES keeps 一要)
_ENUMERATOR_BEFORE = re.compile(r"(?:第[一二三四五六七八九十]{1,3}是?|[一二三四五六七八九十]是)$")
# the markers of GUIDELINES a directive opening right after one may start with (not 要求: 一是要求
# 各社区…, the directive starts at its addressee after it)
_KEPT_MARKER = re.compile(r"要(?!求)|必须|务必|一定要|决不能|需要")
# what a text must hold for keep_enumerator to find anything (learn.corrections.SWITCH_CUES)
ENUMERATOR_CUE = re.compile(
    r"(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]{1,3}是?)(?:要(?!求)|必须|务必|一定要|决不能|需要)"
)


def keep_enumerator(text: str, start: int) -> int:
    """directive.enumerator_kept: where a directive starting at `start` starts with the
    enumerator of its item written right before its marker (一是要提高认识…, 二是必须…, 第三要…: at
    一是, 二是, 第三), or `start` itself. By default the rules leave the enumerator out as a list
    number (要提高认识…; GUIDELINES leaves out 一、 and keeps 一要); two independent annotators
    of the same pages split (session 28: A keeps it, B leaves it out). An enumerator set off by a
    mark (一是，要…), one before the addressee (一是各单位要…) and one of an item with no marker
    (一是强化宣传…: both annotators leave it out) stay out; so does the end of a word (之一是要)."""
    if _KEPT_MARKER.match(text, start) is None:
        return start
    m = _ENUMERATOR_BEFORE.search(text, max(0, start - 5), start)
    if m is None or (m.start() > 0 and text[m.start() - 1].isalnum()):
        return start
    return m.start()
