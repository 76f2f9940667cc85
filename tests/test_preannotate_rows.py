"""suggest_rows: what suggest() suggests, as the tuples a pre-annotation worker sends back
(session 35: the worker makes no Span for each suggestion first)."""

from __future__ import annotations

import pytest

from civannot.preannotate import runner
from civannot.preannotate.engine import suggest, suggest_rows
from civannot.preannotate.lexicon import Lexicon

TEXTS = [
    "2031年4月12日，岚溪县委书记谢若溪在滨河公园检查创建工作。他强调，要抓好环境整治。",
    "县长林远航主持召开县政府常务会议，副县长何晓、县文明办主任周明出席。会议要求，各乡镇要"
    "落实“门前三包”责任制，开展“净街行动”。",
    "本报讯（记者 陈青）5日上午，市创城指挥部召开调度会。市委常委、宣传部部长赵一鸣要求，"
    "各区要对照《测评体系》逐项整改。",
    "",
    "   ",
]


def _as_rows(text: str, **kw: object) -> tuple[list[tuple], list[tuple]]:
    sug = suggest(text, **kw)  # type: ignore[arg-type]
    spans = [
        (s.start, s.end, s.label, s.confidence, rule)
        for s, rule in zip(sug.spans, sug.rules, strict=True)
    ]
    rels = [(t, h, tl, r) for (t, h, tl), r in zip(sug.relations, sug.relation_rules, strict=True)]
    return spans, rels


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("disabled", [None, (), ("person.frame", "directive.marker")])
def test_rows_are_suggest_as_tuples(text: str, disabled: tuple[str, ...] | None) -> None:
    kw = {} if disabled is None else {"disabled": disabled}
    assert suggest_rows(text, **kw) == _as_rows(text, **kw)  # type: ignore[arg-type]


def test_rows_with_a_lexicon() -> None:
    lex = Lexicon.from_pairs([("滨河公园", "LOC"), ("谢若溪", "PERSON")])
    assert suggest_rows(TEXTS[0], lexicon=lex) == _as_rows(TEXTS[0], lexicon=lex)


def test_worker_sends_the_rows() -> None:
    runner._init_worker({}, frozenset())
    try:
        doc_id, spans, rels, unc = runner._work((7, TEXTS[1]))
    finally:
        runner._init_worker({}, frozenset())
    assert (doc_id, unc) == (7, None)
    assert (spans, rels) == _as_rows(TEXTS[1], disabled=frozenset())
    assert spans  # (the text has suggestions: the comparison is not of two empty lists)
