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
    skip: frozenset[str] = frozenset(),
) -> EntityResult:
    """`skip`: the steps not to run ("titles.find_deputies"; registry.skipped_steps: those whose
    every rule is off). What a skipped step would have found shapes no later step either."""
    # (a title with a character the GBK repair left lost is read as if whole: damaged.py)
    doc = Doc(reading_text(text, rules()), rules())
    # the opt-in conventions switched on (registry.CONVENTION_SWITCHES): the rules read them
    # where they apply, at no cost when they are off
    doc.switches = switches
    # the order matters: later rules read what earlier ones found (doc.doc_stems, doc.persons),
    # and among equal candidates the earlier one wins an overlap. A step that only adds is left
    # out where `skip` names it (registry.STEP_RULES); those that join, cut or drop always run
    places.find_doc_places(doc)
    if "slogans.find_docs_and_slogans" not in skip:
        slogans.find_docs_and_slogans(doc)
    if "titles.find_title_chains" not in skip:
        titles.find_title_chains(doc)
    if "titles.find_colon_posts" not in skip:
        titles.find_colon_posts(doc)
    if "titles.find_leader_lists" not in skip:
        titles.find_leader_lists(doc)
    if "titles.find_names_before_posts" not in skip:
        titles.find_names_before_posts(doc)
    if "titles.find_names_before_title_items" not in skip:
        titles.find_names_before_title_items(doc)
    if "titles.find_roster_lines" not in skip:
        titles.find_roster_lines(doc)
    if "titles.find_deputies" not in skip:
        titles.find_deputies(doc)
    if "titles.find_appointments" not in skip:
        titles.find_appointments(doc)
    if "titles.find_named_as" not in skip:
        titles.find_named_as(doc)
    titles.drop_quotes_inside_titles(doc)
    if "persons.find_names_after_loose_titles" not in skip:
        persons.find_names_after_loose_titles(doc)
    if "persons.find_speaker_frames" not in skip:
        persons.find_speaker_frames(doc)
    if "persons.find_names_after_heads" not in skip:
        persons.find_names_after_heads(doc)
    if "persons.find_comrades" not in skip:
        persons.find_comrades(doc)
    if "persons.find_deputy_names" not in skip:
        persons.find_deputy_names(doc)
    if "persons.find_group_firsts" not in skip:
        persons.find_group_firsts(doc)
    if "persons.find_parties" not in skip:
        persons.find_parties(doc)
    if "persons.find_caption_names" not in skip:
        persons.find_caption_names(doc)
    if "persons.find_dotted_names" not in skip:
        persons.find_dotted_names(doc)
    if "persons.find_visits" not in skip:
        persons.find_visits(doc)
    if "persons.find_pronoun_antecedents" not in skip:
        persons.find_pronoun_antecedents(doc)
    if "persons.find_meeting_roles" not in skip:
        persons.find_meeting_roles(doc)
    if "persons.find_names_before_leaders" not in skip:
        persons.find_names_before_leaders(doc)
    if "persons.find_colon_name_lists" not in skip:
        persons.find_colon_name_lists(doc)
    if "persons.find_roster_names" not in skip:
        persons.find_roster_names(doc)
    if "persons.find_seated_lists" not in skip:
        persons.find_seated_lists(doc)
    if "persons.find_counted_name_lists" not in skip:
        persons.find_counted_name_lists(doc)
    if "persons.find_role_names" not in skip:
        persons.find_role_names(doc)
    if "persons.find_introduced_names" not in skip:
        persons.find_introduced_names(doc)
    persons.find_repeats(doc, lexicon)
    if "persons.find_list_neighbours" not in skip:
        persons.find_list_neighbours(doc)
    if "name_lists.find_bare_name_lists" not in skip:
        name_lists.find_bare_name_lists(doc)
    excluded = persons.drop_bylines(doc)
    if "titles.find_posts_after_names" not in skip:
        titles.find_posts_after_names(doc, excluded)
    if "titles.find_given_names_before_posts" not in skip:
        titles.find_given_names_before_posts(doc)
    if "titles.find_surnames_before_posts" not in skip:
        titles.find_surnames_before_posts(doc)
    orgs.find_orgs(doc)
    # (县爱卫办负责人某某: a body the ORG rules read, its 负责人 and a name, one TITLE)
    titles.join_body_heads(doc)
    if "org.joint_whole" in switches:
        conventions.join_party_and_government(doc)
    if venues.ROOM_APART in switches and "venues.find_venues" not in skip:
        # (the opt-in loc.room_apart: the body whose room a meeting sits in, an ORG)
        venues.room_host_bodies(doc)
    if "places.find_locations" not in skip:
        places.find_locations(doc)
    elif "places.find_location_towns" not in skip:
        # (every LOC rule off: the towns of its lists alone, which are GPE)
        places.find_location_towns(doc)
    if "venues.find_venues" not in skip:
        venues.find_venues(doc)
    if "orgs.find_companies" not in skip:
        orgs.find_companies(doc)
    # (某某公司副总裁某某: a body the ORG rules read and the post right after it, one TITLE)
    titles.join_body_posts(doc)
    # (该镇党委书记某某: the level after 该 belongs to the pronoun, the post is 党委书记)
    titles.cut_pronoun_levels(doc)
    if "places.find_locations" not in skip:
        places.join_body_housing(doc)
    if "places.find_gpe" not in skip:
        places.find_gpe(doc)
    # (the places every step read inside an outlet's name go: a step that drops, always run)
    places.drop_outlet_places(doc)
    if "dates.find_dates" not in skip:
        dates.find_dates(doc)
    places.join_places_into_posts(doc)
    if split_place_posts:
        # the opt-in convention (registry.DEFAULT_OFF): by default the place stays inside the
        # TITLE (某某市委书记 as one post); `civannot rules --enable gpe.before_post` splits it off
        places.split_place_posts(doc)
    else:
        places.join_repeated_unit_posts(doc)
        # (湖南省涟源市市委书记: the province before a lower place's post, a GPE of its own)
        places.cut_outer_places(doc)
    # (after the places joined into posts: a place slot is what took the meeting's name in)
    cut_meetings_before_lost(doc, text)
    if lexicon is not None:
        drop_out_of_context(doc)
    return EntityResult(doc.cands, doc.holds, doc.names)
