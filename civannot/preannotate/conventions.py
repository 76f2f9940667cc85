"""Opt-in conventions (registry.CONVENTION_SWITCHES): where teams annotate one form two ways and
GUIDELINES.md leaves the choice open, the rules keep their default and a project (or the learned
corrections, civannot.learn.corrections.learn_switches, from the team's gold) switches the other
reading on. Each runs only when switched on, over the candidates the rules found (no scan of
the text of its own). `title.leaders_place` is read where the leaders' list is found
(titles.find_leader_lists); `gpe.before_post` in places.split_place_posts; `loc.place_whole`
over the spans the rules chose (engine.suggest), so it joins only what would be suggested."""

from __future__ import annotations

import re

from civannot.preannotate.common import Cand, Doc

# a party committee of a level, written whole (岚溪县委, 市委, 镇党委, 开发区党工委), and the
# government of a level (县政府, 县人民政府, 政府, 管委会) written right after it
_COMMITTEE_END = re.compile(r"(?:[省市县区州旗盟]委|党委|党工委)$")
_GOVERNMENT = re.compile(r"[省市县区州旗盟镇乡]?(?:人民)?政府|管委会")


def join_party_and_government(doc: Doc) -> None:
    """org.joint_whole: a party committee and the government of its level written together
    with no mark between them (岚溪县委县政府, 市委市政府, 镇党委政府) as one ORG, where the
    rules give two (the default: `县委`, `县政府`; with 、 between them they stay two)."""
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
