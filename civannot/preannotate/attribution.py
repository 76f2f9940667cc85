"""ISSUED_BY as a small discourse model: who is speaking at each point of an article.

The directive rules (directives.py) read an article sentence by sentence and tell a `Discourse`
what each sentence's reporting frame says; the Discourse keeps the current speaker:

- a named frame (NAME强调， / TITLE NAME在讲话中要求， / NAME书记要求， / NAME在会上要求各村…,
  a turn of an interview 某某：…) makes that person the speaker;
- a pronoun frame (他强调， / 她要求，) makes the most recent *speaking* mention the speaker: a
  frame, NAME讲话 / 作…报告 / 通报了…, a name in X、Y分别讲话; a chair (会议由A主持, A主持会议)
  or an attendee (县领导A、B参加会议) is passed over while a speaker stands behind it, as readers
  do; with no such mention near, the person last named (GUIDELINES);
- an unnamed frame (会议要求， / 会上强调， / 会议在听取…后强调， / 文件要求， / 县创卫办负责人表示，
  / 市委主要领导强调，) ends the attribution: what it governs has no ISSUED_BY;
- a sentence or paragraph without a frame carries the speaker over (一是…。二是…。, a speech's
  headings, a quote running over several sentences);
- in the transcript of a speech (after 同志们：) a frame quotes someone for its own sentence only;
  then the speech's own speaker (its byline, or nobody) holds again.

The tail of ISSUED_BY is the speaker's name as last written before the directive: a name
repeated between the frame and a carried-over directive (会后，某某来到…) is the mention linked,
as the annotators of the gold sets link it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from civannot.preannotate.frames import FRAME_ADVERB
from civannot.preannotate.scan import speed_up

ISSUED_FRAME = "relation.issued_by.frame"
ISSUED_PRONOUN = "relation.issued_by.pronoun"
# 甲和乙带队检查…。他们在检查中强调，…: a plural pronoun's frame, the pair named last (attrib49)
ISSUED_PLURAL = "relation.issued_by.plural_pronoun"
ISSUED_INNER = "relation.issued_by.inner_frame"
ISSUED_CARRIED = "relation.issued_by.carried"
ISSUED_TRANSCRIPT = "relation.issued_by.transcript"
ISSUED_TURN = "relation.issued_by.turn"
# a sentence that only announces a named person's speech (某某出席会议并讲话。): the paragraphs
# after it with no frame of their own keep this rule until a new frame, so that a team can leave
# them without an edge (the default: GUIDELINES asks for a governing frame) or switch them on
ISSUED_ANNOUNCED = "relation.issued_by.announced"
# the same while nobody else named speaks after the announcement (…出席会议并讲话。乙主持会议。
# 领导甲、丙出席会议。 then …，要…；要…): the real golds of sessions 27 to 41 draw these edges,
# both annotators of dev41 alike, so this part is on by default; a named person who speaks in
# between (丁通报了…) hands the rest back to the opt-in rule above
ISSUED_ANNOUNCED_SOLE = "relation.issued_by.announced_sole"
_ANNOUNCED_RULES = (ISSUED_ANNOUNCED, ISSUED_ANNOUNCED_SOLE)
# a speaker found by these holds for the whole text or turn; a frame's own rule only for its
# sentence, later sentences carry the attribution over
_STICKY = (ISSUED_TRANSCRIPT, ISSUED_TURN)

# what a name's own clause says it does: it speaks (a pronoun after it may be this person) ...
# (A主持会议，并就落实工作讲了几点意见。他强调，…: the chair who spoke as well; session 34)
_SPEAKS = re.compile(
    r"讲话|发言|致辞|强调|指出|要求|表示|说|通报|传达|部署|安排|汇报|介绍|提出|总结|点评|报告"
    r"|讲了|谈了"
)
# ... or it only chairs or attends (a pronoun passes over it to the speaker behind it)
_ATTENDS = re.compile(r"主持|参加|出席|列席|陪同|参会|到会")
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
# a clause that says something of the name right after it (到…调研), not a list going on after
# the name (、乙 / ，)
_OWN_CLAUSE = re.compile(r"(?![和及与])[\u4e00-\u9fff]{2}")
_ROLE_REACH = 80
# (按照周部长的要求，… / 根据周书记的部署: the basis acted on, its official no speaker)
_OBJECT_BEFORE = (
    *("听取", "听取了", "向", "对", "与", "同", "陪同", "看望", "慰问", "会见"),
    *("按照", "根据", "依照", "遵照", "依据"),
)
_PRONOUN_REACH = 8  # names looked back over for a pronoun's speaker
_LIST_GAP = 16  # 、 and a post between two names of a list (、州委副书记、州长)
# what joins two names of a list (甲、乙 / 甲和乙 / 甲同志与乙 / 甲 乙), not a predicate between them
_LIST_JOIN = re.compile(r"(?:同志|等)?(?:[、和与及]|以及|[ \u3000]+)|(?:同志)?$")
_ESCORTS = re.compile(r"(?:等|一行)?(?:一同|共同)?(?:陪同|随同|跟随)")
_PREDICATE_REACH = 30  # a verb and a title chain between the subject and the name it acts on
# a name whose words are what was transmitted, not who speaks: 传达…区委书记某某指示精神
_AUTHOR_OF = re.compile(r"(?:同志)?(?:重要)?(?:指示|批示|讲话)?精神")
# a name owning what the clause acts on, through its post: 重温某某总书记的嘱托 / 某某同志的批示
_OWNER_OF = re.compile(r"(?:总书记|同志|书记|主席|总理)的")

# the name's own clause says its words are what was relayed (…杨某某在全市推进会上的讲话精神,
# 杨某某同志重要指示精神), not that it speaks there (某某在传达…精神时强调) or acts on what was
# relayed (某某在主持会议时对贯彻落实会议精神作了安排)
RELAYED_WORDS = re.compile(r"(?:讲话|指示|批示)精神|(?:重要|的)(?:讲话|指示|批示)$")
# (某某作重要讲话，要求… / 某某发表了重要讲话，…: the name gives the speech here, its clause ends
# with it; 传达了某某在…上作的重要讲话: the 的 makes it what was relayed)
SPEAKS_HERE = re.compile(
    r"强调|指出|要求|表示|讲话[，,]|(?:作|做|发表)了?(?:重要|动员|总结|专题)?讲话$"
)

# a name's frame whose speech runs on after it in its sentence (甲指出， / 甲在讲话中强调：): a name
# written after it there is what the speech tells of (…是习近平总书记对…的殷切期望), not who speaks
_SPEECH_OPENS = re.compile(
    r"(?:同志)?(?:在[^，。；;\n]{1,14}?(?:时|中|上|后))?"
    + FRAME_ADVERB
    + r"(?:强调指出|强调|指出|要求|表示|说|认为)[，：:,]"
)
_SPEECH_REACH = 200  # how far back in its sentence a name's speaker frame is looked for

# the name's clause relays before it owns anything (某某在会上传达了… / 某某传达学习了…)
_RELAYS = re.compile(r"[^的，。\n]{0,12}?(?:传达|学习)")


@dataclass
class Discourse:
    """The current speaker of an article being read in order (see the module's docstring)."""

    text: str
    persons: list[tuple[int, int]]  # PERSON spans (start, end), sorted
    speaker: int | None = None  # start of the current speaker's PERSON span, None when unnamed
    rule: str = ISSUED_CARRIED  # registry id of the rule that found the current speaker
    transcript: bool = False  # reading the transcript of a speech
    base: int | None = None  # who gives the speech being read
    starts: list[int] = field(init=False)
    _ends: dict[int, int] = field(init=False)
    _role: dict[int, int] = field(init=False, default_factory=dict)
    _unnamed_at: int = -1  # where the last speaker named by title only spoke
    # where the last speaker named by surname and post (刘书记) spoke, and the name it stands for
    _titled: tuple[int, int] = (-1, -1)
    # how many times a pronoun's speaker was looked for (the only reading of names outside the
    # sentence being read: directives.SentenceMemo replays only sentences that did not)
    asked: int = field(init=False, default=0)
    # how many times the speaker was set (a frame, a pronoun, a speech's start): a sentence
    # that set none passed the speaker it was entered with through to its directives and the
    # next sentence (directives.SentenceMemo replays it over another speaker)
    moved: int = field(init=False, default=0)
    # a speaker quoted inside another's speech in the sentence being read (甲指出，习近平总书记高度
    # 重视…，强调要…。我们要…): the one whose speech it is and the rule that found them, who speak
    # again from the next sentence on (attrib51: both golds of f50 give the quoted one only
    # the requirement glued to its own clause)
    resume: tuple[int, str] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.starts = [s for s, _ in self.persons]
        self._ends = {s: e for s, e in self.persons}

    @property
    def person_ends(self) -> dict[int, int]:
        """Each PERSON span's end by its start."""
        return self._ends

    # --- updates -------------------------------------------------------------------------------
    def named(self, start: int | None, rule: str) -> None:
        """A frame that names its speaker (None: the frame's name was not read as a PERSON)."""
        self.moved += 1
        self.speaker = start
        self.rule = rule

    def named_by_post(self, start: int, pos: int, rule: str) -> None:
        """A frame at pos names its speaker by surname and post (刘书记在讲话中提出…), standing for
        the name written before at `start`: a 他 after it is that person. It read a name outside
        its sentence (Discourse.asked: a second reading reads it again)."""
        self.named(start, rule)
        self._titled = (pos, start)
        self.asked += 1

    def unnamed(self, pos: int | None = None) -> None:
        """A frame whose speaker is not named ends the previous attribution. `pos`: the frame
        names a person by title only (县长在讲话中强调， / 市委主要领导要求，): a 他 after it is
        that person, still not named, until a name is written again."""
        self.moved += 1
        self.speaker = None
        if pos is not None:
            self._unnamed_at = pos

    def pronoun(
        self,
        pos: int,
        lo: int = 0,
        skip: Callable[[int], bool] | None = None,
        rule: str = ISSUED_PRONOUN,
    ) -> None:
        """他/她 + a speech verb at pos (他们 / 她们: `rule` ISSUED_PLURAL, the pair it names)."""
        self.moved += 1
        self.speaker = self.antecedent(pos, lo, skip)
        self.rule = rule

    def enter_speech(self, speaker: int | None) -> None:
        """The transcript of a speech starts (同志们：): `speaker` is who gives it (None when the
        transcript does not name them). A frame inside it quotes someone else (某某书记指出，要…)
        for its own sentence; the next sentence is the speech's again (我们要…)."""
        self.moved += 1
        self.transcript = True
        self.base = speaker
        self.speaker = speaker
        self.rule = ISSUED_TRANSCRIPT if speaker is not None else ISSUED_CARRIED

    def quoted(self, opener: int, rule: str) -> None:
        """The speaker just set was named inside the speech of `opener`, whose frame opens the
        sentence (甲指出，…乙…，强调要…): 乙 holds for the rest of the sentence only."""
        self.resume = (opener, rule)

    def next_sentence(self) -> None:
        if self.resume is not None:
            self.speaker, self.rule = self.resume
            self.resume = None
        if self.rule in _STICKY:
            return
        if self.transcript:
            self.speaker = self.base
            self.rule = ISSUED_TRANSCRIPT if self.base is not None else ISSUED_CARRIED
        elif self.rule not in _ANNOUNCED_RULES:
            self.rule = ISSUED_CARRIED

    def other_speaks(self, s: int, e: int) -> None:
        """The sentence text[s:e] comes after a speech announced for one person alone: a name
        other than that person's whose clause says it speaks (丁通报了… / 丁作表态发言), not what
        was said (…的讲话精神) nor a chair or an attendee, ends the announcement's own part."""
        if self.rule != ISSUED_ANNOUNCED_SOLE or self.speaker is None:
            return
        who = self.text[self.speaker : self._ends[self.speaker]]
        k = bisect.bisect_left(self.starts, s)
        while k < len(self.starts) and self.starts[k] < e:
            p = self.starts[k]
            k += 1
            if self.text[p : self._ends[p]] == who or self._object(p) or self._relayed_author(p):
                continue
            q = self._ends[p]
            m = _CLAUSE_END.search(self.text, q, min(e, q + _ROLE_REACH))
            if _SPEAKS.search(self.text, q, m.start() if m else min(e, q + _ROLE_REACH)):
                self.rule = ISSUED_ANNOUNCED
                return

    def _relayed_author(self, p: int) -> bool:
        """Was the name at p written before as the author of words a meeting relayed (传达学习
        市委书记某某到某镇调研指示精神。…某某书记到某镇调研并提出工作要求，体现了…)? Then a later
        clause of that name tells of the visit relayed, not of a speech at this meeting: it does
        not take the floor from the speaker announced (attrib47: the pooled dev gold links what
        follows to the announced speaker). It reads names outside the sentence (Discourse.asked:
        a second reading reads it again)."""
        self.asked += 1
        name = self.text[p : self._ends[p]]
        k = bisect.bisect_left(self.starts, p) - 1
        while k >= 0:
            q = self.starts[k]
            k -= 1
            if self.text[q : self._ends[q]] != name:
                continue
            e = self._ends[q]
            if _AUTHOR_OF.match(self.text, e) is not None or self._relayed(e):
                return True
        return False

    # --- reading -------------------------------------------------------------------------------
    def antecedent(
        self, pos: int, lo: int = 0, skip: Callable[[int], bool] | None = None
    ) -> int | None:
        """The speaker a pronoun at pos refers to: the nearest name before pos (from lo on) whose
        clause does not make it only a chair or an attendee; the nearest name when all near are.
        `skip` drops names that are what was said rather than who speaks (inside a directive)."""
        self.asked += 1
        k = bisect.bisect_left(self.starts, pos) - 1
        nearest = None
        seen = 0
        while k >= 0 and self.starts[k] >= lo and seen < _PRONOUN_REACH:
            p = self.starts[k]
            k -= 1
            if (skip is not None and skip(p)) or self._object(p) or self._in_speech(p):
                continue
            if p < self._titled[0] < pos:
                # 杨县长在讲话中强调，…。他要求，: the one who spoke since, by surname and post
                return self._titled[1]
            if p < self._unnamed_at < pos:
                # 县长在讲话中强调，…。他要求，: the one who spoke since is named by title only
                return nearest
            if nearest is None:
                nearest = p
            if not self._attends_only(p):
                return p
            seen += 1
        return nearest

    def _object(self, p: int) -> bool:
        """A name that is what the sentence acts on, not who acts: 在听取某某的汇报后，他强调，
        / 向某某表示感谢 / 在某某的陪同下 / 传达某某指示精神."""
        e = self._ends[p]
        # (在州委书记甲、州长乙的陪同下: the list's 的 is each name's; attrib50)
        last = self._list_last_end(e)
        return (
            self.text.startswith("的", last)
            or _OWNER_OF.match(self.text, last) is not None
            or self.text.endswith(_OBJECT_BEFORE, 0, p)
            or self._in_predicate(p)
            or _AUTHOR_OF.match(self.text, e) is not None
            or self._relayed(e)
        )

    def _in_speech(self, p: int) -> bool:
        """Is the name at p inside the speech of another name's frame earlier in its sentence
        (甲指出，…是习近平总书记对…的殷切期望，…。他强调，: 甲 cites 乙; a pronoun after it is 甲
        again, whose speech it is; attrib51)? Not the same name (甲强调，…，甲要求…)."""
        name = self.text[p : self._ends[p]]
        k = bisect.bisect_left(self.starts, p) - 1
        while k >= 0 and (q := self.starts[k]) >= p - _SPEECH_REACH:
            k -= 1
            qe = self._ends[q]
            if qe > p or _SENTENCE_END.search(self.text, qe, p) is not None:
                return False
            if self.text[q:qe] != name and (fm := _SPEECH_OPENS.match(self.text, qe, p)):
                return fm.end() <= p
        return False

    def _in_predicate(self, p: int) -> bool:
        """Is the name at p inside the predicate of a name written before it in the same clause
        (甲带领县长乙等到…调研 / 甲为…书记乙颁发奖牌 / 甲一行在县长乙等人陪同下…): what the clause
        says of 甲 holds 乙, so 乙 is no subject a pronoun after the sentence refers to (attrib50:
        the pooled dev gold links the subject). Not a list (甲、乙 / 甲和乙 / 甲同志、乙)."""
        k = bisect.bisect_left(self.starts, p) - 1
        if k < 0:
            return False
        q = self.starts[k]
        qe = self._ends[q]
        if qe > p or p - qe > _PREDICATE_REACH or _CLAUSE_END.search(self.text, qe, p) is not None:
            return False
        # (甲陪同乙调研: the escort before the one escorted, who is the visit's subject)
        return (
            _LIST_JOIN.match(self.text, qe, p) is None and _ESCORTS.match(self.text, qe, p) is None
        )

    def _list_last_end(self, e: int) -> int:
        """Where the list a name ending at e opens runs out: the end of the last name joined to it
        by 、 (a post between: 甲、州长乙), e itself when no name follows so."""
        k = bisect.bisect_right(self.starts, e)
        while (
            k < len(self.starts)
            and self.text.startswith("、", e)
            and (q := self.starts[k]) - e <= _LIST_GAP
            and _CLAUSE_END.search(self.text, e, q) is None
        ):
            e = self._ends[q]
            k += 1
        return e

    def _relayed(self, e: int) -> bool:
        """Does the clause after the name ending at e say its words are what was relayed (传达学习
        了某某总书记对信访工作的重要批示精神。他要求，: 他 is who relayed them, named or not;
        attrib43)? The test directives._relayed_author makes of a glued frame's name."""
        m = _CLAUSE_END.search(self.text, e, e + 40)
        rest = self.text[e : m.start() if m else e + 40]
        return (
            RELAYED_WORDS.search(rest) is not None
            and SPEAKS_HERE.search(rest) is None
            # (某某同志在会上传达了…讲话精神 / 某某传达学习了…: the name relays, its subject)
            and _RELAYS.match(rest) is None
        )

    def attends_in_clause(self, p: int) -> bool:
        """Does the comma clause of the name at p say it only chairs or attends (县长某某陪同，)?"""
        e = self._ends[p]
        m = _CLAUSE_END.search(self.text, e, e + _ROLE_REACH)
        rest = self.text[e : m.start() if m else e + _ROLE_REACH]
        return bool(_ATTENDS.search(rest)) and not _SPEAKS.search(rest)

    def _attends_only(self, p: int) -> bool:
        role = self._role.get(p)
        if role is None:
            # the rest of the name's sentence: 会议由A主持 / A主持会议 / A、B参加会议 attend only;
            # A在主持会议时…作了安排，并要求… / A出席会议并讲话 / A、B分别讲话 speak
            e = self._ends[p]
            m = _SENTENCE_END.search(self.text, e, e + _ROLE_REACH)
            stop = m.start() if m else e + _ROLE_REACH
            # (A到…调研，县长B陪同。: a later clause with a name of its own is that name's; the
            # clause of A, when it says something, ends at the comma before it; 县委常委A，副县长B
            # 出席会议: a list's item says nothing, the list's verb is its own; speak27)
            k = bisect.bisect_right(self.starts, e)
            if k < len(self.starts) and self.starts[k] < stop:
                c = max(
                    self.text.rfind("，", e, self.starts[k]),
                    self.text.rfind(",", e, self.starts[k]),
                )
                if c >= 0 and _OWN_CLAUSE.match(self.text, e, c):
                    stop = c
                elif c < 0 and self._in_predicate(self.starts[k]):
                    # (甲一行在县长乙等人陪同下…: 陪同 after the name the clause acts on is that
                    # name's; what the clause says of 甲 stops there; attrib50)
                    stop = self.starts[k]
            rest = self.text[e:stop]
            role = int(bool(_ATTENDS.search(rest)) and not _SPEAKS.search(rest))
            self._role[p] = role
        return bool(role)


def last_mentions(
    text: str, persons: list[tuple[int, int]], links: list[tuple[int, int | None]]
) -> list[int | None]:
    """For each (directive start, speaker start) the start of the speaker's name as last
    written before the directive (the mention ISSUED_BY links), or None for no speaker."""
    by_name: dict[str, list[int]] = {}
    for s, e in persons:
        by_name.setdefault(text[s:e], []).append(s)
    ends = dict(persons)
    out: list[int | None] = []
    for dstart, sp in links:
        if sp is None or sp not in ends:
            out.append(sp)
            continue
        starts = by_name[text[sp : ends[sp]]]
        k = bisect.bisect_left(starts, dstart) - 1
        out.append(starts[k] if k >= 0 and starts[k] > sp else sp)
    return out


# this module's regexes searched with their first characters as the skip set (scan.py): the
# same matches, fewer attempts
speed_up(globals())
