"""Entity suggestions: the rule modules run in a fixed order over one text, each adding
candidates (with their rule id, registry.RULES) to a shared Doc; overlaps are settled later
(engine._resolve: priority, then length).

Rule modules: places.py (GPE, LOC), slogans.py (DOC, SLOGAN), titles.py (TITLE with its PERSON
and HOLDS_TITLE), persons.py (names: frames, 同志, repeats, bylines), orgs.py (ORG), venues.py
(LOC: the hall a meeting sits in), dates.py (DATE). Their word lists live in resources/gazetteers/
(common._Rules compiles them once).
"""

from __future__ import annotations

from civannot.preannotate import (
    conventions,
    dates,
    name_lists,
    orgs,
    persons,
    places,
    slogans,
    titles,
    venues,
)
from civannot.preannotate.common import Cand, Doc, EntityResult, rules
from civannot.preannotate.damaged import cut_meetings_before_lost, reading_text
from civannot.preannotate.lexicon import Lexicon
from civannot.preannotate.lexicon_context import drop_out_of_context
from civannot.preannotate.persons import name_after, name_before

__all__ = ["Cand", "EntityResult", "find_entities", "name_after", "name_before", "rules"]


def find_entities(
    text: str,
    lexicon: Lexicon | None = None,
    *,
    split_place_posts: bool = False,
    switches: frozenset[str] = frozenset(),
) -> EntityResult:
    # (a title with a character the GBK repair left lost is read as if whole: damaged.py)
    doc = Doc(reading_text(text, rules()), rules())
    # the opt-in conventions switched on (registry.CONVENTION_SWITCHES): the rules read them
    # where they apply, at no cost when they are off
    doc.switches = switches
    # the order matters: later rules read what earlier ones found (doc.doc_stems, doc.persons),
    # and among equal candidates the earlier one wins an overlap
    places.find_doc_places(doc)
    slogans.find_docs_and_slogans(doc)
    titles.find_title_chains(doc)
    titles.find_colon_posts(doc)
    titles.find_leader_lists(doc)
    titles.find_names_before_posts(doc)
    titles.find_names_before_title_items(doc)
    titles.find_roster_lines(doc)
    titles.find_deputies(doc)
    titles.find_appointments(doc)
    titles.find_named_as(doc)
    persons.find_names_after_loose_titles(doc)
    persons.find_speaker_frames(doc)
    persons.find_names_after_heads(doc)
    persons.find_comrades(doc)
    persons.find_deputy_names(doc)
    persons.find_group_firsts(doc)
    persons.find_parties(doc)
    persons.find_caption_names(doc)
    persons.find_dotted_names(doc)
    persons.find_visits(doc)
    persons.find_meeting_roles(doc)
    persons.find_names_before_leaders(doc)
    persons.find_colon_name_lists(doc)
    persons.find_roster_names(doc)
    persons.find_seated_lists(doc)
    persons.find_counted_name_lists(doc)
    persons.find_role_names(doc)
    persons.find_introduced_names(doc)
    persons.find_repeats(doc, lexicon)
    persons.find_list_neighbours(doc)
    name_lists.find_bare_name_lists(doc)
    excluded = persons.drop_bylines(doc)
    titles.find_posts_after_names(doc, excluded)
    titles.find_given_names_before_posts(doc)
    titles.find_surnames_before_posts(doc)
    orgs.find_orgs(doc)
    if "org.joint_whole" in switches:
        conventions.join_party_and_government(doc)
    places.find_locations(doc)
    venues.find_venues(doc)
    orgs.find_companies(doc)
    places.find_gpe(doc)
    dates.find_dates(doc)
    places.join_places_into_posts(doc)
    if split_place_posts:
        # the opt-in convention (registry.DEFAULT_OFF): by default the place stays inside the
        # TITLE (某某市委书记 as one post); `civannot rules --enable gpe.before_post` splits it off
        places.split_place_posts(doc)
    else:
        places.join_repeated_unit_posts(doc)
    # (after the places joined into posts: a place slot is what took the meeting's name in)
    cut_meetings_before_lost(doc, text)
    if lexicon is not None:
        drop_out_of_context(doc)
    return EntityResult(doc.cands, doc.holds, doc.names)
