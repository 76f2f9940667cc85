"""Where the project's learned strings (civannot.preannotate.lexicon) are left out: the text
around a match says it is part of something else."""

from __future__ import annotations

from civannot.preannotate.common import Cand, Doc
from civannot.preannotate.lexicon import BESIDE
from civannot.preannotate.persons import name_after


def drop_out_of_context(doc: Doc) -> None:
    """The learned strings where the text around them says they are something else. A team's
    gold teaches short strings (部长 after 罗, 住建局, 市委) that elsewhere are part of a longer
    name the rules read (县住建局, 中共某市委网信办, 市委书记) or a post with nobody holding it
    (各级书记): on real pages annotated by others, the lexicon added 51 wrong such spans against
    14 right and cut 14 right longer ones (session 10). So a learned TITLE or ORG is dropped
    when a longer candidate of the rules covers it, and a learned TITLE also when no person (or
    coordinated post of the rules) is written beside it: the guideline's TITLE is a post as
    written next to a person."""
    learned = [c for c in doc.cands if c.rule == "lexicon" and c.label in ("TITLE", "ORG")]
    if not learned:
        return
    text = doc.text
    others = [c for c in doc.cands if c.rule != "lexicon"]
    person_ends = set(doc.persons.values())

    def covered(c: Cand) -> bool:
        n = c.end - c.start
        return any(o.start <= c.start and c.end <= o.end and o.end - o.start > n for o in others)

    def beside_person(c: Cand) -> bool:
        # (a name the rules had no post to look after: the learned post is what introduces it)
        after = c.end + 1 if text[c.end : c.end + 1] in BESIDE else c.end
        before = c.start - 1 if c.start and text[c.start - 1] in BESIDE else c.start
        return (
            c.end in doc.persons
            or after in doc.persons
            or name_after(text, after, doc.r) > after
            or c.start in person_ends
            or before in person_ends
        )

    def coordinated_post(c: Cand) -> bool:
        # a post that names its body (市人大常委会主任, 区档案馆馆长) in a list at 、: the list
        # goes on to a name the rules may not read (an unknown post, a compound surname); a bare
        # post (部长, 书记) needs its person
        return c.end - c.start >= 4 and (
            text[c.end : c.end + 1] == "、" or (c.start > 0 and text[c.start - 1] == "、")
        )

    drop = {id(c) for c in learned if covered(c)}
    titles = [c for c in learned if c.label == "TITLE" and id(c) not in drop]
    kept = [c for c in titles if beside_person(c) or coordinated_post(c)]
    # a post coordinated at 、 with a post that is held (市委常委、宣传部部长张三), the rules' or
    # another learned one, is held too: walk the chain until nothing more joins it
    starts = {c.start for c in others if c.label == "TITLE"} | {c.start for c in kept}
    ends = {c.end for c in others if c.label == "TITLE"} | {c.end for c in kept}
    left = [c for c in titles if c not in kept]
    while left:
        joined = [
            c
            for c in left
            if (text[c.end : c.end + 1] == "、" and c.end + 1 in starts)
            or (c.start and text[c.start - 1] == "、" and c.start - 1 in ends)
        ]
        if not joined:
            break
        starts |= {c.start for c in joined}
        ends |= {c.end for c in joined}
        left = [c for c in left if c not in joined]
    drop |= {id(c) for c in left}
    if drop:
        doc.cands = [c for c in doc.cands if id(c) not in drop]
