"""combine gives exactly what its reference (tests/combine_reference.py, the combine before its
speed work) gives: the same spans with their labels, confidences and provenance, the same
relations and relation rule ids, in the same order. Checked on bench_preannotate's generated
articles and on the team genre, with the policy a model trained on the team genre chose and with
the other policies (union everywhere / the rules' HOLDS_TITLE), over the model's real tagging.

CIVANNOT_COMBINE_ARTICLES sets how many bench articles (400 by default; the lead's check: 2000).
"""

import os
import random
import re
import sys
from pathlib import Path

import pytest

from civannot.learn.combine import combine, model_decided
from civannot.learn.crf import CrfModel
from civannot.learn.data import rule_suggestions
from civannot.learn.features import (
    ENTITY_LABELS,
    TAG_WINDOW,
    cue_reaches,
    gazetteer_marks,
    merged_windows,
    segments,
)
from civannot.learn.training import train_for_use
from civannot.preannotate import suggest
from civannot.preannotate.directives import find_directives
from civannot.preannotate.engine import Suggestions
from tests.combine_reference import (
    reference_combine,
    reference_cue_reaches,
    reference_merged_windows,
)
from tests.team_genre import team_docs

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from bench_preannotate import article  # noqa: E402


def _flat(sug: Suggestions) -> tuple:
    spans = [
        (s.start, s.end, s.label, s.text, s.confidence, s.provenance, s.origin, s.author)
        for s in sug.spans
    ]
    return spans, list(sug.rules), list(sug.relations), list(sug.relation_rules)


@pytest.fixture(scope="module")
def fitted():
    docs = team_docs(40, seed=3)
    return train_for_use(docs, rule_suggestions(docs))


def _texts() -> list[str]:
    rng = random.Random(7)
    n = int(os.environ.get("CIVANNOT_COMBINE_ARTICLES", "400"))
    bench = [article(rng) for _ in range(n)]
    return bench + [d.text for d in team_docs(150, seed=11)]


def test_combine_matches_its_reference(fitted):
    model = CrfModel(fitted.data)
    policies = [
        fitted.policy,
        {**{lab: "union" for lab in ENTITY_LABELS}, "HOLDS_TITLE": "rules"},
        {**{lab: "model+" for lab in ENTITY_LABELS}, "HOLDS_TITLE": "chain"},
    ]
    checked = redone = replayable = 0
    for text in _texts():
        rules = suggest(text, keep_sentences=True)  # as the runner does when a model follows
        for pol in policies:
            tagging = model.tag(text, rules.spans, labels=model_decided(pol), spread=False)
            got = combine(text, rules, tagging, provenance="model:crf@3", policy=pol)
            want = reference_combine(text, rules, tagging, provenance="model:crf@3", policy=pol)
            assert _flat(got) == _flat(want), text[:40]
            assert got == want
            checked += 1
            redone += any(r == "ISSUED_BY" for r, _, _ in got.relations)
        assert rules.directive_sentences is not None
        replayable += bool(rules.directive_sentences.read)
    # the comparison saw speakers, and model spans that are not the rules'
    assert checked >= 3 * 550 and redone > checked // 2 and replayable > checked // 6


def test_speakers_replayed_over_other_persons_match_a_full_reading():
    """find_directives over other persons, replaying the sentences the first reading kept
    (SentenceMemo), gives what a reading from scratch gives: persons dropped, moved, added
    (a pronoun's antecedent, a frame's name, a quote's speaker named after it)."""
    rng = random.Random(9)
    texts = [article(rng) for _ in range(120)] + [d.text for d in team_docs(120, seed=12)]
    replayed = 0
    for text in texts:
        sug = suggest(text, keep_sentences=True)
        persons = [(s.start, s.end) for s in sug.spans if s.label == "PERSON"]
        assert sug.directive_sentences is not None and sug.directive_sentences.persons == persons
        words = [(i, i + 2) for i in range(0, len(text) - 2, 37)]
        variants = [
            persons[::2],
            persons[1:],
            [(s, e - 1) if e - s > 2 else (s, e) for s, e in persons],
            sorted(
                set(persons)
                | {w for w in words if not any(w[0] < e and s < w[1] for s, e in persons)}
            ),
            persons[: len(persons) // 2] + [(s, e) for s, e in persons[len(persons) // 2 + 1 :]],
        ]
        for other in variants:
            want = find_directives(text, other, units=dict(sug.directive_units or {}))
            got = find_directives(
                text, other, units=sug.directive_units, sentences=sug.directive_sentences
            )
            assert got == want, text[:40]
        replayed += len(sug.directive_sentences.read)
    assert replayed > 1000


# made-up articles of the genre with the paragraph forms a second reading takes from the first
# (SentenceMemo.paragraphs): a transcript's greeting and byline, imperative headings and a
# topic heading, a caption, boilerplate, an interview's turns, a first item after a
# requirement, a mirror's paragraph tag
_PARAGRAPH_FORMS = [
    "在全县创建工作推进会上的讲话\n县委书记\u3000林沐阳\n（2023年4月12日）\n同志们：\n"
    "今天召开这次会议，主要任务是部署下一阶段创建工作。刚才，王晓峰同志通报了测评情况，我都同意。\n"
    "一、提高思想认识，压实工作责任。\n"
    "各乡镇要把创建工作摆上重要议事日程，主要负责同志要亲自抓。他指出，各部门要加强协作。\n"
    "二、存在问题\n部分单位认识不到位，工作推进不平衡。\n"
    "三、强化督查考核，确保取得实效。\n县委督查室要加强暗访，对工作不力的严肃问责。\n"
    "图为会议现场（陈立 摄）\n责任编辑：赵敏",
    "县文明办主任周海宁接受了本报记者采访。\n记者：下一步有什么打算？\n周海宁：我们要把志愿服务做细做实，各社区要建立台账。\n"
    "记者：群众反映的问题怎么解决？\n周海宁：各部门要立行立改，确保件件有回音。\n"
    "转载请注明出处",
    "10月8日，市长郑远航主持召开专题会议。郑远航要求，各区要抓紧落实以下工作。\n"
    "一是压实责任。各街道要逐项对账销号。二是强化宣传，营造浓厚氛围。\n"
    "会上，副市长许卓然强调，要加强统筹/p> 各部门要密切配合，形成合力。他要求，各单位要按时报送进度。",
]


def test_paragraph_readings_replayed_match_a_full_reading():
    """The paragraphs' readings kept by the first reading (greeting, skips, turns, headings,
    sentence ends, first items) give a second reading over other persons what a reading from
    scratch gives."""
    headings = 0
    for text in _PARAGRAPH_FORMS:
        sug = suggest(text, keep_sentences=True)
        memo = sug.directive_sentences
        assert memo is not None and memo.paragraphs and memo.greeting != -1
        headings += sum(r == "directive.heading" for r in sug.rules)
        persons = [(s.start, s.end) for s in sug.spans if s.label == "PERSON"]
        assert persons
        # every mention of a name the rules found (the interview's turns among them)
        mentions = sorted(
            {(m.start(), m.end()) for s, e in persons for m in re.finditer(text[s:e], text)}
        )
        variants = [[], persons[1:], persons[:1], [(s, e - 1) for s, e in persons], mentions]
        for other in variants:
            want = find_directives(text, other, units=dict(sug.directive_units or {}))
            got = find_directives(text, other, units=sug.directive_units, sentences=memo)
            assert got == want, (text[:20], other)
    assert headings >= 2  # the headings' path was taken


def test_cue_windows_match_their_reference(fitted):
    seen = 0
    for text in _texts():
        rules = suggest(text)
        segs, marks = segments(text), gazetteer_marks(text)
        for labels in (model_decided(fitted.policy), ENTITY_LABELS, {"SLOGAN"}, {"GPE"}):
            for window in (2, TAG_WINDOW, 9):
                reaches = cue_reaches(text, rules.spans, marks, labels, window)
                assert reaches == reference_cue_reaches(text, rules.spans, marks, labels, window)
                got = merged_windows(segs, reaches, window)
                assert got == reference_merged_windows(segs, reaches, window)
                seen += len(got)
    # made-up reaches: cues outside every segment, windows past both ends, one cue per segment
    rng = random.Random(5)
    for _ in range(300):
        cuts = sorted(rng.sample(range(1, 200), 12))
        segs = [(a, b) for a, b in zip([0, *cuts], cuts, strict=False) if rng.random() < 0.8]
        reaches = sorted(
            (p, p - rng.randint(0, 8), p + rng.randint(1, 8)) for p in rng.sample(range(200), 30)
        )
        for window in (1, 3, 6):
            got = merged_windows(segs, reaches, window)
            assert got == reference_merged_windows(segs, reaches, window)
            seen += len(got)
    assert seen > 1000


# made-up: a frame names the speaker, two sentences carry them, another frame names the next
_CARRIED = (
    "3月5日，县委书记林沐阳主持召开全县安全生产工作会议。\n"
    "林沐阳强调，各乡镇要压实安全生产责任。各部门要加强隐患排查。要严格落实值班值守制度。\n"
    "副县长许卓然指出，各单位要做好应急准备。各部门要密切配合。"
)


def test_sentences_that_set_no_speaker_are_replayed_over_another(monkeypatch):
    """A second reading whose changed name changes the speaker replays the sentences after it
    that set no speaker (their directives take the new one) and reads again only the changed
    sentence and the frame after them: the same directives as a reading from scratch."""
    import civannot.preannotate.directives as directives_module

    sug = suggest(_CARRIED, keep_sentences=True)
    persons = [(s.start, s.end) for s in sug.spans if s.label == "PERSON"]
    assert [_CARRIED[s:e] for s, e in persons] == ["林沐阳", "林沐阳", "许卓然"]
    reads = []
    sentence = directives_module._sentence

    def counted(*args, **kwargs):
        reads.append(args[1])
        return sentence(*args, **kwargs)

    dropped = persons[:1] + persons[2:]  # the frame's name dropped: nobody speaks after it
    for other, read_again in ((dropped, 2), (persons[1:], 1), ([], 3)):
        want = find_directives(_CARRIED, other, units=dict(sug.directive_units or {}))
        reads.clear()
        monkeypatch.setattr(directives_module, "_sentence", counted)
        got = find_directives(
            _CARRIED, other, units=sug.directive_units, sentences=sug.directive_sentences
        )
        monkeypatch.setattr(directives_module, "_sentence", sentence)
        assert got == want, other
        assert len(reads) == read_again, (other, reads)
        if other is dropped:
            # the carried sentences took the new speaker (nobody), not the first reading's
            assert [d.speaker for d in got][:3] == [None, None, None]
            first = find_directives(_CARRIED, persons, units=dict(sug.directive_units or {}))
            assert [d.speaker for d in first][:3] == [persons[1][0]] * 3
