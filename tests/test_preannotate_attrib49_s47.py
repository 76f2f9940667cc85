"""attrib49 (session 47): ISSUED_BY in forms the pooled dev gold and the wide pages showed the
rules missing, read as classes. Made-up sentences in the same grammar (other names, places,
bodies); each test but the guards failed on main 13426244, the guards pass before and after."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from civannot.preannotate.registry import DEFAULT_OFF
from tests.directive_helpers import issued_or_none as issued
from tests.span_helpers import labelled

# --- a name no other rule reads, opening the sentence (or a clause of the sentence) that a
# pronoun's speech frame refers back to (person.antecedent)


@pytest.mark.parametrize(
    ("before", "name"),
    [
        # the sentence before the pronoun opens with the name and an act of jieba's verbs
        ("唐明远感谢各位企业家对岚江发展的支持。", "唐明远"),
        # a two-character name, the act right after it
        ("朱潜回顾了青石村一年来的工作。", "朱潜"),
        # a clause of the pronoun's own sentence, after a lead adverbial, a preposition next
        ("通过实地调研，唐明远对岚江的农田建设给予高度评价，", "唐明远"),
        # a post after the name (read before as well: a guard)
        ("周立新会长应邀在座谈会上发言，", "周立新"),
        # a name jieba parts into a surname and a given name
        ("李立新对青石村的做法表示肯定。", "李立新"),
    ],
)
def test_the_name_a_pronoun_frame_refers_back_to(before: str, name: str) -> None:
    text = "岚江县召开民营企业座谈会。" + before + "他强调，各企业要坚定发展信心。"
    assert (name, "PERSON") in labelled(text, "PERSON")
    assert issued(text) == [("各企业要坚定发展信心", name)]


def test_a_blank_line_between_the_name_and_the_pronoun() -> None:
    text = "唐明远感谢各位企业家对岚江发展的支持。\n\n她指出：各企业要坚定发展信心。"
    assert issued(text) == [("各企业要坚定发展信心", "唐明远")]


@pytest.mark.parametrize(
    "before",
    [
        # an adverb and a frequent word of the language, no surname and name (越 / 容易)
        "越是临近测评，越容易出现松口气的想法。",
        # a word of the language opening the sentence, no name
        "高度重视安全生产工作。",
        # the meeting opens the sentence: nobody named
        "会议听取了各企业的汇报。",
    ],
)
def test_no_name_where_the_sentence_before_names_nobody(before: str) -> None:
    text = (
        "岚江县召开民营企业座谈会，县长唐明远出席并讲话。"
        + before
        + "他强调，各企业要坚定发展信心。"
    )
    assert [n for n, _ in labelled(text, "PERSON")] == ["唐明远"]
    # the pronoun goes back to the name written before
    assert issued(text) == [("各企业要坚定发展信心", "唐明远")]


def test_a_name_already_read_in_the_window_is_left_to_the_other_rules() -> None:
    # (县长唐明远 is read with its title; the clause after it opens with no name of its own)
    text = "县长唐明远到青石村调研，高度评价了村里的做法。他指出，各村要巩固成果。"
    assert [n for n, _ in labelled(text, "PERSON")] == ["唐明远"]
    assert issued(text) == [("各村要巩固成果", "唐明远")]


def test_no_name_without_a_pronoun_frame() -> None:
    # (no 他强调 after it: the sentence's subject stays unread, as before)
    text = "唐明远感谢各位企业家对岚江发展的支持。各企业要坚定发展信心。"
    assert labelled(text, "PERSON") == []


# --- a hope with a short addressee glued after a sentence's clauses that name nobody: the
# speaker before goes on (as attrib48 read it for the other addressees)

SPEECH = (
    "11月18日，青石镇召开党委会议。镇党委书记周立新主持会议并讲话。\n"
    "全镇干部群众要珍惜这份信任，自觉肩负起发展的责任。\n"
)


@pytest.mark.parametrize("addressee", ["大家", "全镇上下", "各村"])
def test_a_glued_hope_after_nameless_clauses_keeps_the_speaker(addressee: str) -> None:
    text = SPEECH + (
        f"青石的区位优势突出、发展前景广阔，希望{addressee}保持定力，坚定信心。"
        "全镇上下要把鼓励转化为动力。"
    )
    assert issued(text) == [
        ("全镇干部群众要珍惜这份信任，自觉肩负起发展的责任", "周立新"),
        (f"希望{addressee}保持定力，坚定信心", "周立新"),
        ("全镇上下要把鼓励转化为动力", "周立新"),
    ]


def test_a_glued_hope_after_a_team_is_the_teams() -> None:
    # (the inspection team opens the sentence: it speaks, unnamed; guard)
    text = SPEECH + "督导组对青石的工作给予充分肯定，希望大家再接再厉。"
    assert issued(text)[-1] == ("希望大家再接再厉", None)


# --- a plural pronoun's frame (他们 / 她们 + a speech verb): each of the pair named last
# (relation.issued_by.plural_pronoun)


@pytest.mark.parametrize(
    "pair",
    [
        "县委书记周立新和县长唐明远带队检查企业。",
        # a title chain before each name, a comma and an act after the pair
        "市委副书记、岚江县委书记周立新和岚江县县长唐明远，带队检查煤矿12矿次。",
        # the pair joined by 、
        "县委书记周立新、县长唐明远到青石镇调研。",
    ],
)
def test_a_plural_pronoun_frame_names_the_pair(pair: str) -> None:
    text = pair + "他们在检查中反复强调，要狠抓安全责任落实。"
    sug = suggest(text, disabled=DEFAULT_OFF)
    d = next(i for i, s in enumerate(sug.spans) if s.label == "DIRECTIVE")
    speakers = sorted(sug.spans[t].text for r, h, t in sug.relations if r == "ISSUED_BY" and h == d)
    assert sug.spans[d].text == "要狠抓安全责任落实"
    assert speakers == ["周立新", "唐明远"]


def test_a_plural_pronoun_with_no_pair_named_reads_nobody() -> None:
    # (the people they are were not named: no edge, as before; guard)
    text = "记者采访了几位村民。他们表示，要把日子过得更好。"
    assert issued(text) == [("要把日子过得更好", None)]


# --- a speech transcript whose copy runs the title, the date, the byline and the greeting into
# one line (blanks between them): the byline names the speaker of the whole speech

ONE_LINE_SPEECH = (
    "在全县创建文明县城推进大会上的 讲 话 （2024年3月6日） 周立新 同志们： 今天召开这次大会，"
    "主要任务是动员全县上下迅速行动起来。刚才，明远同志通报了测评情况，一会儿文华同志还要讲"
    "具体意见，希望大家认真抓好落实。下面，我讲三点意见。 一、统一思想，凝聚共识，全力冲刺"
    "创建目标 各乡镇要迅速行动，对照标准逐项整改。"
)


def test_a_one_line_speech_copy_names_its_speaker_on_the_byline() -> None:
    assert ("周立新", "PERSON") in labelled(ONE_LINE_SPEECH, "PERSON")
    got = issued(ONE_LINE_SPEECH)
    assert ("希望大家认真抓好落实", "周立新") in got
    # (the heading runs into the requirement in such a copy, no mark between them)
    assert any(d.endswith("各乡镇要迅速行动，对照标准逐项整改") for d, _ in got)
    assert all(who == "周立新" for _, who in got)


def test_who_speaks_next_at_the_meeting_is_no_requirement() -> None:
    # (一会儿某某同志还要讲具体意见: the programme announced, no marker)
    assert all("还要讲" not in d for d, _ in issued(ONE_LINE_SPEECH))


def test_to_speak_of_politics_stays_a_requirement() -> None:
    # (要讲政治: required; only 同志 + 讲 + a speech's points is the programme; guard)
    text = "县委书记周立新强调，各级干部要讲政治、守规矩。"
    assert issued(text) == [("各级干部要讲政治、守规矩", "周立新")]


def test_a_greeting_in_running_text_opens_no_speech() -> None:
    # (no speech title before it: 同志们 in a line of prose stays prose; guard)
    text = "县委书记周立新强调，各级干部要讲政治。他说， 同志们，要把创建工作抓实。"
    assert all(who == "周立新" for _, who in issued(text))
