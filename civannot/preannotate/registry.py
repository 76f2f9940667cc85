"""Every rule of the pre-annotation engine, by its stable id: the one place a lead looks up what a
suggestion's provenance means and which ids `suggest(..., disabled=...)` accepts.

An id is `family.rule` (`title.chain`) or `source:kind` (`gazetteer:gpe`). Ids are stable: a
project stores the ids it switched off, so an id is never renamed or reused; a rule that goes
away keeps its entry here, marked retired. Passing a family (`title`, `gazetteer`) to `disabled`
switches off all of its rules.

Where the rules live: title.* in titles.py, person.* and lexicon in persons.py, org.* in orgs.py,
gpe.*, gazetteer:*, loc.* in places.py (loc.venue in venues.py), date.* in dates.py, doc.* and
slogan.* in slogans.py, directive.* and relation.issued_by.* in directives.py, relation.holds.* in
titles.py; their word lists in resources/gazetteers/ (title_*.txt, org_*.txt, rule_words.json, ...).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

RULES: dict[str, str] = {
    # --- entities --------------------------------------------------------------------------
    "title.chain": "a title (place prefix? + body + post, 副/常务/代) or a chain of them at 、, "
    "right before a name (or before a colon and the names holding it: 副组长：甲、乙)",
    "title.after_name": "a post written after a name (某某书记讲话, 某某总书记)",
    "title.appointment": "a post someone is elected or appointed to, or removed from (某某当选为"
    "省长, 任命甲、乙为某某副主任, 免去某某某某区委书记职务)",
    "title.leaders": "市领导 / 县领导 / 师市领导 followed by a list of names",
    "title.head_post": "the bare post of a group's head between 以 and the name, the body the "
    "clause's subject (组成以主任某某为组长的调研组: 主任 TITLE)",
    "person.after_title": "a name right after a title or a chain of titles",
    "person.before_title": "a name right before 总书记 / a bare post (also the given name of a "
    "person named in full: 福川书记)",
    "person.leaders_list": "a name in a list of names: after 市领导 …, before 等…领导, or beside "
    "a name found (甲、乙、丙出席), or three or more opening a sentence before 出席 / 在主席台, or "
    "opening a clause before the count of the people they are (甲、乙、丙3人获…)",
    "person.bare_list": "a name in a bare list of two or more names at 、 with no title touching "
    "it, opened by a mark or a cue (由 / 邀请 / 班子成员) and closed by a mark or what is said of "
    "the people (等 / 同志 / 分别 / 参加 / 带队 / 作… / 获得 / 被评为): 会上，甲、乙分别作交流发言",
    "person.appointment": "a name elected, appointed or removed (某某当选为…, 选举某某为…)",
    "person.colon_list": "a name in a list of three or more after a colon (就座的还有：甲、乙、丙)",
    "person.frame": "a name opening a speaker frame (某某强调，)",
    "person.comrade": "a name before 同志",
    "person.caption": "a name before its place in a photo caption (某某（左二）)",
    "person.visit": "a name opening a line before going to inspect (某某到某某县调研)",
    "person.antecedent": (
        "a name opening the sentence a pronoun's speech frame refers back to, no other rule "
        "having read it (某某感谢…。他强调，)"
    ),
    "person.dotted": "a transliterated name with a middle dot opening a clause before a leader's act",
    "person.meeting_role": "a name alone opening a sentence that says what the person did at the "
    "meeting (某某作工作部署。 / 某某主持。)",
    "person.party": "a name leading a party or an act (某某一行, 在某某的陪同下), or after the role "
    "of staff acting for a body (工作人员某某表示, 网格员某某)",
    "person.citizen": "off unless switched on: a member of the public named in a report, after "
    "their role (志愿者某某，/ 居民某某告诉记者), before their group (甲、乙等志愿者) or their count "
    "(甲、乙、丙3人获…)",
    "person.doctrine": "off unless switched on: the name of the leader a doctrine is named after "
    "(以习近平新时代中国特色社会主义思想为指导, 毛泽东思想, 邓小平理论: 习近平 / 毛泽东 / 邓小平 PERSON)",
    "person.surname_post": "a surname alone before a post at a clause's start or after a "
    "preposition, whether or not the article named that person in full (市长周某… 周市长指出; "
    "按照齐部长的要求: 周 / 齐 PERSON, 市长 / 部长 TITLE)",
    "person.repeat": "a further mention of a name found by another rule",
    "person.item_first": "a name opening an item of a list, its titles after it (某某，某某县委书记、"
    "二级巡视员；… / 某某（县委副书记） / 某某　县委副书记 on a line; a roster's lines, the role before "
    "a colon held by the lines under it: 副组长：甲　副县长 / 　　乙　县教育局局长)",
    "lexicon": "a string the project's annotators accepted before (learned lexicon)",
    "org.grammar": "level + body (市委宣传部, 县创文办, 市城管局), with place prefix and sub-units",
    "org.named": "a body or outlet named by its own pattern (X日报, X新闻网, 团县委, X派出所, "
    "X街道办, 理论学习中心组, 暨-names of working groups)",
    "org.abbrev": "a body named by an abbreviation nobody listed, closed by a kind "
    "(县某某联动办, 区城管执法大队, 街道创建办; bare only as an item of a list: 党建办、社管办)",
    "org.central": "党中央 / 中央 coordinated with a party committee",
    "org.place_kind": "a school or outlet named after a place (某某县第一中学, 某某日报)",
    "org.company": "a company or group named by its suffix (城投集团, 某某公司)",
    "gpe.zone": "a development zone (某某高新区, 某某开发区)",
    "gazetteer:gpe": "a province, prefecture or county from the shipped gazetteer, with its unit",
    "gazetteer:gpe_bare": "a province or city from the gazetteer written without its unit",
    "gpe.abbrev_visit": "a province's one-character name between coming and visiting "
    "(来陕考察, 来桂调研), or the page's own city's first character between coming or "
    "staying and the visit (来柳考察, 在柳期间)",
    "gpe.abbrev_stationed": "off unless switched on: a province's or a city's one-character "
    "name after 驻, before the units or the office stationed there (驻某单位, 驻某部队, 驻某办; by "
    "default untagged, as every gold so far leaves it)",
    "gazetteer:gpe_bare_word": "a province whose bare name also sits inside other words "
    "(广西, 江西), where it is a word of its clause",
    "gpe.doc_place": "a division read from a strong position of this article (dateline, list, "
    "headline) and its further mentions",
    "gpe.bare_stem": "the bare name of a division this article names with its unit",
    "gpe.bare_context": "a county or city from the gazetteer written bare where a place is "
    "expected (某某各级各部门, 某某创文, 提升某某的知名度, 在某某召开)",
    "gpe.list": "a bare item of a list that is mostly places",
    "gpe.outer_place": "a place written before a lower place whose post the title is (湖南省涟源市"
    "市委书记: 湖南省 GPE, 涟源市市委书记 TITLE; 江西县委书记: 江西 GPE)",
    "gpe.before_post": "off unless switched on: a place written before the post it heads as its own "
    "GPE (某某市委书记: 某某 GPE, 市委书记 TITLE; 某某镇党委书记: 某某镇 GPE, 党委书记 TITLE)",
    "org.joint_whole": "off unless switched on: a party committee and the government of its level "
    "written together with no mark between them as one ORG (某某县委县政府, 市委市政府; by default "
    "two: 县委 + 县政府)",
    "title.leaders_place": "retired (session 29): the place written before 市领导 / 县领导 + names "
    "is inside the TITLE by default now (某某县领导甲、乙); the other reading is "
    "title.leaders_place_apart",
    "title.leaders_place_apart": "off unless switched on: the place written before 市领导 / 县领导 "
    "+ names apart from the TITLE (某某县领导甲、乙: 县领导 TITLE; by default 某某县领导 is one "
    "TITLE, as 某某县委书记 is one post)",
    "gpe.corps": "a division of the production and construction corps written with its city "
    "(第X师某某市), a regiment or a farm (X团)",
    "org.corps_division": "a division of the production and construction corps written alone, "
    "without its city (七师, 第十一师, 兵团第六师): the corps' body",
    "gpe.corps_division": "off unless switched on: a division of the corps written alone (七师, "
    "第十一师, 兵团第六师) as a GPE (by default an ORG, as 3 of 4 independent annotators tag it; "
    "a division written with its city, 第一师某某市, is one GPE either way)",
    "gpe.corps_city_apart": "off unless switched on: a division of the corps written with its "
    "city as two GPEs (第一师某某市: 第一师 GPE, 某某市 GPE; 兵团八师 + 某某市; by default one GPE, "
    "as the corps writes its division-city)",
    "gpe.corps_before_post": "off unless switched on: a division of the corps written at the head "
    "of a post as its own GPE (第九师副师长: 第九师 GPE, 副师长 TITLE; by default one TITLE, as "
    "某某县委书记 is one post; moot where gpe.before_post is on)",
    "loc.kind": "a short name and the kind of place (某某路, 某某社区, 某某公园)",
    "loc.place_whole": "off unless switched on: the places written right before a site kept inside "
    "its LOC (桃源镇杏花村, 城西区锦绣社区, 北京人民大会堂), where the rules give GPE + LOC",
    "loc.civic_centre": "市民中心 named by its kind alone",
    "loc.repeat": "a further mention of a place found by loc.kind",
    "loc.visit_item": "an item of a list of places an inspection visited, named by a kind of "
    "place (先后来到甲广场、乙环岛、丙社区等点位)",
    "loc.venue": "the hall a meeting sits in, named whole between 在 and 召开 / 举行 "
    "(在市委礼堂召开, 在县行政中心二楼会议室举行)",
    "loc.room_apart": "off unless switched on: a room of a body or a building a meeting sits in "
    "with the room left out (在县文旅局三楼会议室召开: 县文旅局 ORG; 在县行政中心302会议室召开: "
    "县行政中心 LOC; 局机关会议室, 社区会议室: nothing), where by default the whole venue is one LOC; "
    "a hall that is a venue of its own (市委礼堂, 某某宾馆) stays whole",
    "org.service_centre": "off unless switched on: a government service centre a visit names as "
    "a site (察看了行政服务中心, 来到某某区政务服务中心) as an ORG, where by default it is a LOC, a "
    "facility visited (a community's 党群服务中心 stays a LOC)",
    "date.pattern": "a calendar expression (2023年, 10月13日上午, 今年, 昨日上午)",
    "date.festival": "a festival standing as the day (春节期间, 国庆节即将到来, 中秋、国庆双节临近; "
    "not the festival as a theme: 喜迎国庆)",
    "date.range_end": "a second day listed after a date (9月9日、10日)",
    "date.bare_day": "a bare day opening a report's sentence (25日，我区召开 / 15日上午，)",
    "doc.book": "a title of a document inside 《》 (its last words a kind of document)",
    "doc.gazetteer": "a document title from the shipped list",
    "slogan.quoted": "a quoted fixed formula of campaign discourse",
    "slogan.honour": "off unless switched on: a quoted honour a place strives for or is given "
    "as a SLOGAN, inside the quotes (“全国文明城市”, “省级文明县城”, “国家卫生城市”称号; by default "
    "untagged, as 3 of 4 independent annotators leave it; the campaign for one, “创建全国文明城市”, "
    "is a SLOGAN either way)",
    # --- directives ------------------------------------------------------------------------
    "directive.marker": "a sentence or ；-clause with a marker of requirement (要, 必须, 请, 希望…)",
    "directive.heading": "an imperative heading of a speech (一、围绕…，扎实…)",
    "directive.continuation": "an imperative sentence continuing a directive",
    "directive.enumerated": "an item of a list of requirements opened by a frame (强调，一是…；二是…)",
    "directive.required": "what 要求 governs with no marker of its own (某某要求各部门进一步…)",
    "directive.stressed": "what a frame's 强调 governs when it opens with an imperative verb and "
    "has no marker (某某强调，全力打好…，确保…)",
    "directive.enumerator_kept": "off unless switched on: the enumerator of an item written "
    "right before the directive's marker kept inside the DIRECTIVE (一是要提高认识…, 二是必须…, "
    "第三要…: from 一是, 二是, 第三; by default it starts at the marker, 要提高认识…, as a list "
    "number is left out; 一要 is whole either way, and an item with no marker, 一是强化宣传…, starts "
    "after 一是)",
    "directive.turn_imperative": "a named speaker's line (某某：…, a headline or a one-sentence "
    "turn) that opens with an imperative verb and has no marker (某某：全力打好…)",
    # --- relations -------------------------------------------------------------------------
    "relation.holds.adjacent": "HOLDS_TITLE from a name to each title of the chain before it",
    "relation.holds.leaders": "HOLDS_TITLE from each listed name to 市领导",
    "relation.holds.appointment": "HOLDS_TITLE from a name to the post of an election or "
    "appointment",
    "relation.holds.after_name": "HOLDS_TITLE from a name to the post written after it",
    "relation.issued_by.frame": "ISSUED_BY to the name of the frame opening the sentence",
    "relation.issued_by.inner_frame": "ISSUED_BY to a named frame after a scene-setting clause "
    "(调研中，某某强调，) or a title chain (市长某某在讲话中要求，)",
    "relation.issued_by.pronoun": "ISSUED_BY for 他/她强调 to the last named person who speaks "
    "(a chair or an attendee list is passed over; see preannotate/attribution.py)",
    "relation.issued_by.plural_pronoun": "ISSUED_BY for 他们/她们强调 to each of the pair named "
    "last (甲和乙带队检查…。他们强调，); with no pair named, the speaker before goes on",
    "relation.issued_by.announced": "off unless switched on: ISSUED_BY to the person whose "
    "speech a sentence only announces (某某出席会议并讲话。), for the paragraphs after it that have "
    "no frame of their own, once another named person has spoken since (before that: "
    "relation.issued_by.announced_sole)",
    "relation.issued_by.announced_sole": "ISSUED_BY to the one person whose speech a sentence "
    "announces (某某出席会议并讲话。), for the paragraphs after it that have no frame of their own, "
    "while no other named person speaks (a chair or an attendee does not); past one who does, "
    "relation.issued_by.announced",
    "relation.issued_by.first_named": "off unless switched on: one ISSUED_BY, to the first name, "
    "where a frame names several speakers (甲、乙分别强调，…: by default an edge to each)",
    "relation.issued_by.relayed_author": "off unless switched on: ISSUED_BY to the person whose "
    "speech a sentence relays (某甲传达了某乙的讲话精神，要求…: 某乙; by default who relays, 某甲, "
    "and nobody where the meeting relays)",
    "relation.issued_by.relayed_none": "off unless switched on: no ISSUED_BY for what a sentence "
    "requires after relaying a named person's speech (某甲传达了某乙的讲话精神，要求…; by default "
    "某甲)",
    "relation.issued_by.carried": "ISSUED_BY carried over from the previous frame (following "
    "sentences and paragraphs)",
    "relation.issued_by.turn": "ISSUED_BY to the named speaker of an interview turn (某某：…)",
    "relation.issued_by.transcript": "ISSUED_BY to the speaker named on a speech's byline",
}


# Rules a project must switch on. person.citizen: GUIDELINES' PERSON is an official or anyone
# acting in an official capacity, so the public named in a report is none unless a team opts in.
# GUIDELINES.md keeps the organisational part of a post whole and
# never nests a name inside a longer span, and issue 16 reads a title as "place prefix? + body +
# office": so 某某市委书记 is one TITLE by default, and splitting the place off as a GPE is the
# convention a team opts into (`civannot rules PROJECT --enable gpe.before_post`). The paragraphs
# after a sentence that only announces a speech (某某出席会议并讲话。) get no ISSUED_BY unless a team
# opts in: the directive's governing frame is missing (directives._speech_announced).
#
# The conventions GUIDELINES.md leaves open (civannot/preannotate/conventions.py), each the other
# reading of a form whose default stays as it was, for a team whose gold reads it so (the learned
# corrections switch them on from gold: civannot.learn.corrections.learn_switches).
# title.leaders_place_apart: the place written before 县领导 + names apart from the TITLE, for a
# team that keeps it out (every real gold of sessions 27-29 keeps it inside, 5 lists on 4 sets,
# as the place of 某某县委书记; the default until session 29 kept it apart: posts29).
# person.doctrine: the leader's name opening a doctrine's name (习近平新时代…思想), left untagged
# by default, for a team that tags names inside names no label takes (persons23).
# gpe.corps_city_apart: the corps' division and its city (第一师阿拉尔市) as two GPEs, for a team
# that splits them (independent annotators 2 of 6; the default joins them: session 26, corps27).
# gpe.abbrev_stationed: 驻 + a place's one-character name (驻某单位) as a GPE, for a team that tags
# it (independent annotators 0 of 14 mentions on four sets; session 28, places28).
# gpe.corps_division: the corps' division written alone (七师, 第十一师) as a GPE, for a team that
# tags it a place (independent annotators 1 of 4; by default the ORG org.corps_division: session
# 28, corps28).
# directive.enumerator_kept: 一是要… / 二是必须… with the enumerator inside the DIRECTIVE, for a
# team that reads 一是要 as the frame 一要 (session 29, conv29: the two annotators of dev28 and of
# blind27 split, A keeps it, B leaves it out as the rules do; an item with no marker starts after
# 一是 in both). slogan.honour: a quoted honour (“全国文明城市”) as a SLOGAN, for a team that tags it
# (conv29: annotator A of dev28 and blind27 does, B and the annotators of dev27A and dev27p2 do not).
# loc.room_apart: a meeting's room with the room left out (县文旅局三楼会议室: the body an ORG), for
# a team that tags the body or the building alone (session 30, conv30: dev29's two annotators
# leave the room out 5 times of 6; GUIDELINES' LOC names venues, and the default reads the venue
# whole). org.service_centre: a government service centre visited (察看了行政服务中心) as an ORG,
# for a team that tags it the body (conv30: dev29's annotators, once each; dev27A's and dev27p2's
# tag it a LOC 3 times, as the default does).
CONVENTION_SWITCHES: frozenset[str] = frozenset(
    {
        "org.joint_whole",
        "title.leaders_place_apart",
        "loc.place_whole",
        "gpe.corps_before_post",
        "gpe.corps_city_apart",
        "relation.issued_by.first_named",
        "relation.issued_by.relayed_author",
        "relation.issued_by.relayed_none",
        "person.doctrine",
        "gpe.abbrev_stationed",
        "gpe.corps_division",
        "directive.enumerator_kept",
        "slogan.honour",
        "loc.room_apart",
        "org.service_centre",
    }
)
# the switches that keep a place apart from a post: on wherever gpe.before_post splits places off
PLACE_APART_SWITCHES: frozenset[str] = frozenset({"title.leaders_place_apart"})
DEFAULT_OFF: frozenset[str] = (
    frozenset({"gpe.before_post", "relation.issued_by.announced", "person.citizen"})
    | CONVENTION_SWITCHES
)


# Rule ids the rule modules emit that have no entry of their own in RULES (a part of a family's
# work never described apart): they go off with their family (`org`, `loc`, `gpe`) and with their
# label, never by their own id. A new id goes here or into RULES
# (tests/test_preannotate_step_skip.py checks what every step emits).
UNLISTED: frozenset[str] = frozenset(
    {
        "org.bare",
        "org.listed",
        "org.outlet",
        "org.school",
        "org.short_form",
        "loc.counted",
        "loc.estate",
        "loc.place_venue",
        "gpe.visit_item",
    }
)

# The label a rule's suggestions carry, by its family (every rule of a family makes one label);
# relation rules by their type; `lexicon` makes PERSON, TITLE and ORG (its learned labels).
_FAMILY_LABELS: dict[str, tuple[str, ...]] = {
    "title": ("TITLE",),
    "person": ("PERSON",),
    "org": ("ORG",),
    "gpe": ("GPE",),
    "gazetteer": ("GPE",),
    "loc": ("LOC",),
    "date": ("DATE",),
    "doc": ("DOC",),
    "slogan": ("SLOGAN",),
    "directive": ("DIRECTIVE",),
    "lexicon": ("PERSON", "TITLE", "ORG"),
}
# a relation's type and the labels of its two ends
_RELATION_ENDS: dict[str, tuple[str, str, str]] = {
    "relation.holds.": ("HOLDS_TITLE", "PERSON", "TITLE"),
    "relation.issued_by.": ("ISSUED_BY", "DIRECTIVE", "PERSON"),
}

# What each step of entities.find_entities can add (candidates and HOLDS_TITLE pairs), by rule id:
# a step whose every rule is off is not run (engine.suggest; the directive reading likewise, by
# DIRECTIVE_RULES). Only steps that ADD: the steps that join, cut, drop or lengthen other rules'
# candidates (orgs.find_orgs drops GPEs, persons.find_repeats lengthens names, the joins of
# places into posts...) always run, and so does places.find_doc_places: the divisions it reads
# (doc.doc_stems) open the titles, bodies and sites of other labels (with `gpe` off, 14 of
# 1,362 texts changed TITLE and ORG spans), and its GPE candidates are joined into posts and
# bodies (岚溪县委书记, 许湾乡政府: reading only the divisions, 9 of 1,466 texts lost the place
# of a TITLE or an ORG; speed25). Measured (every step wrapped, what it added recorded) over
# bench_rules_speed's check texts, 576 development pages and every preannotate/learn test's text;
# tests/test_preannotate_step_skip.py fails when a step adds an id its entry lacks.
STEP_RULES: dict[str, frozenset[str]] = {
    k: frozenset(v)
    for k, v in {
        "slogans.find_docs_and_slogans": (
            "doc.book", "doc.gazetteer", "slogan.honour", "slogan.quoted",
        ),
        "titles.find_title_chains": (
            "gpe.doc_place", "person.after_title", "person.before_title", "title.after_name",
            "title.chain", "relation.holds.adjacent", "relation.holds.after_name",
        ),
        "titles.find_colon_posts": (
            "person.after_title", "title.chain", "relation.holds.adjacent",
        ),
        "titles.find_leader_lists": (
            "person.leaders_list", "title.leaders", "relation.holds.leaders",
        ),
        "titles.find_names_before_posts": (
            "person.before_title", "title.after_name", "relation.holds.after_name",
        ),
        "titles.find_names_before_title_items": (
            "person.item_first", "title.after_name", "relation.holds.after_name",
        ),
        "titles.find_roster_lines": (
            "person.item_first", "title.after_name", "title.chain", "relation.holds.adjacent",
            "relation.holds.after_name",
        ),
        "titles.find_deputies": (
            "person.after_title", "person.leaders_list", "title.chain",
            "relation.holds.adjacent", "relation.holds.leaders",
        ),
        "titles.find_appointments": (
            "person.appointment", "title.appointment", "relation.holds.appointment",
        ),
        "titles.find_named_as": (
            "person.appointment", "title.appointment", "title.head_post",
            "relation.holds.appointment", "relation.holds.adjacent",
        ),
        "persons.find_names_after_loose_titles": (
            "person.after_title", "title.chain", "relation.holds.adjacent",
        ),
        "persons.find_speaker_frames": ("person.frame",),
        "persons.find_names_after_heads": ("person.frame",),
        "persons.find_comrades": ("person.comrade",),
        "persons.find_deputy_names": ("person.comrade",),
        "persons.find_group_firsts": ("person.comrade",),
        "persons.find_parties": ("person.party",),
        "persons.find_caption_names": ("person.caption",),
        "persons.find_dotted_names": ("person.dotted",),
        "persons.find_visits": ("person.visit",),
        "persons.find_pronoun_antecedents": ("person.antecedent",),
        "persons.find_meeting_roles": ("person.meeting_role",),
        "persons.find_names_before_leaders": (
            "person.citizen",
            "person.leaders_list",
            # (甲、乙等代表: the deputies' post after the names; names31)
            "title.after_name",
            "relation.holds.after_name",
        ),
        "persons.find_colon_name_lists": ("person.colon_list",),
        "persons.find_roster_names": ("person.colon_list",),
        "persons.find_seated_lists": ("person.leaders_list",),
        "persons.find_counted_name_lists": ("person.citizen", "person.leaders_list"),
        "persons.find_role_names": ("person.citizen", "person.party"),
        "persons.find_introduced_names": (
            "person.after_title", "person.party", "title.chain", "relation.holds.adjacent",
        ),
        "persons.find_list_neighbours": ("person.leaders_list", "person.repeat"),
        "name_lists.find_bare_name_lists": ("person.bare_list", "person.citizen"),
        "titles.find_posts_after_names": ("title.after_name", "relation.holds.after_name"),
        "titles.find_given_names_before_posts": (
            "person.before_title", "title.after_name", "relation.holds.after_name",
        ),
        "titles.find_surnames_before_posts": (
            "person.surname_post", "title.after_name", "relation.holds.after_name",
        ),
        # (find_locations also reads towns, GPE: where its LOC rules are all off, its towns
        # are read alone, places.find_location_towns, unless their rules are off too)
        "places.find_locations": (
            "loc.civic_centre", "loc.counted", "loc.estate", "loc.kind", "loc.place_venue",
            "loc.repeat", "loc.visit_item", "org.service_centre",
        ),
        "places.find_location_towns": ("gpe.list", "gpe.visit_item"),
        "venues.find_venues": ("loc.room_apart", "loc.venue"),
        "orgs.find_companies": ("org.company", "org.grammar", "org.named"),
        "places.find_gpe": (
            "gazetteer:gpe", "gazetteer:gpe_bare", "gazetteer:gpe_bare_word", "gpe.abbrev_visit",
            "gpe.abbrev_stationed", "gpe.bare_context", "gpe.corps", "gpe.corps_division",
            "gpe.doc_place", "gpe.list", "gpe.zone", "org.corps_division", "org.grammar",
        ),
        "dates.find_dates": ("date.bare_day", "date.festival", "date.pattern", "date.range_end"),
    }.items()
}  # fmt: skip


def label_of(rule_id: str) -> tuple[str, ...]:
    """The labels (or, for a relation rule, the relation type) a rule's suggestions carry."""
    for prefix, ends in _RELATION_ENDS.items():
        if rule_id.startswith(prefix):
            return (ends[0],)
    return _FAMILY_LABELS.get(family(rule_id), ())


def rules_outside(labels: Iterable[str], relations: Iterable[str] | None = None) -> frozenset[str]:
    """The rule ids (RULES and UNLISTED) whose suggestions a schema with these labels (and
    relation types; None: the relations whose ends it has) cannot hold: off for such a project,
    so that their work is not done (a relation rule with it, where an end's label is missing)."""
    have = set(labels)
    rel = None if relations is None else set(relations)
    out = set()
    for r in (*RULES, *UNLISTED):
        for prefix, (rtype, head, tail) in _RELATION_ENDS.items():
            if r.startswith(prefix):
                if (rel is not None and rtype not in rel) or head not in have or tail not in have:
                    out.add(r)
                break
        else:
            labs = _FAMILY_LABELS.get(family(r), ())
            if labs and not have.intersection(labs):
                out.add(r)
    return frozenset(out)


DIRECTIVE_RULES: frozenset[str] = frozenset(r for r in RULES if r.startswith("directive."))
# every rule that draws an ISSUED_BY edge (the conventions' switches too: relayed_author draws one)
ISSUED_BY_RULES: frozenset[str] = frozenset(r for r in RULES if r.startswith("relation.issued_by."))
# the pseudo-steps of the directive reading (not steps of find_entities): the whole reading, and
# the settling of its speakers at its end (co-speakers, the name as last written) together with
# a model's second reading of the speakers (civannot.learn.combine), which only draw ISSUED_BY
DIRECTIVES_STEP = "directives.find_directives"
SPEAKERS_STEP = "directives.speakers"


@functools.lru_cache(maxsize=64)
def skipped_steps(off: frozenset[str]) -> frozenset[str]:
    """The steps of find_entities (STEP_RULES' keys) whose every rule is in `off`,
    "directives.find_directives" when every directive rule is, and "directives.speakers" when
    every ISSUED_BY rule is (the directives are read, who issued them is not settled)."""
    got = frozenset(k for k, v in STEP_RULES.items() if v <= off)
    if DIRECTIVE_RULES <= off:
        got |= {DIRECTIVES_STEP}
    if ISSUED_BY_RULES <= off:
        got |= {SPEAKERS_STEP}
    return got


def families() -> set[str]:
    """The families of the ids (`title` for `title.chain`, `gazetteer` for `gazetteer:gpe`)."""
    return {family(r) for r in RULES}


def family(rule_id: str) -> str:
    for sep in (".", ":"):
        if sep in rule_id:
            return rule_id.split(sep, 1)[0]
    return rule_id


def resolve_disabled(disabled: Iterable[str]) -> frozenset[str]:
    """The rule ids switched off by `disabled` (ids or families). An unknown id is refused with
    one line: a typo must not silently leave a rule on."""
    out: set[str] = set()
    for d in disabled:
        if d in RULES or d in UNLISTED:
            out.add(d)
        elif d in families():  # (not made for every text when nothing is switched off)
            out.update(r for r in (*RULES, *UNLISTED) if family(r) == d)
        elif d.startswith("relation.") and any(r.startswith(d + ".") for r in RULES):
            out.update(r for r in RULES if r.startswith(d + "."))
        else:
            raise ValueError(f"no pre-annotation rule {d!r} (see civannot.preannotate.registry)")
    return frozenset(out)
