"""fix48b (session 46): two faults of this session's rules seen on fresh pages, read as classes.
Made-up sentences in the same grammar (other names, places, firms).

1. A written instruction quoted inside another speaker's run (…，某某书记作出批示：“…。”) is its
   writer's words up to the closing mark; what follows is the run's speaker's again. The run's
   frame NAME + post + 作出指示： opens the list of the speaker's points as 作出部署： does.
2. A verb or an adverb opening the clause (确保 / 督促 / 责令 …) is no part of a firm's name."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from civannot.preannotate.registry import DEFAULT_OFF
from tests.directive_helpers import issued_or_none as issued

# --- 1. a quoted instruction does not carry past its closing mark ------------------------------

LIST = (
    "最后，周立新副市长作出指示：\n"
    "1.要高度重视供热保障工作。省领导高度重视，王建东书记作出批示：“今年要早做工作。”"
    "李国栋省长作出批示：“要狠抓问题整改。”要全面贯彻落实省领导批示，提早做好准备。\n"
    "2.做好准备工作。一是尽快开展维修；二是抓紧修订预案。\n"
    "要求维修工作在6月末前必须开工。"
)


def test_a_quoted_instruction_is_its_writers_up_to_the_closing_mark() -> None:
    assert issued(LIST) == [
        ("要高度重视供热保障工作", "周立新"),
        ("今年要早做工作", "王建东"),
        ("要狠抓问题整改", "李国栋"),
        ("要全面贯彻落实省领导批示，提早做好准备", "周立新"),
        ("尽快开展维修", "周立新"),
        ("抓紧修订预案", "周立新"),
        ("维修工作在6月末前必须开工", "周立新"),
    ]


@pytest.mark.parametrize("verb", ["作出指示", "作出重要指示", "做出指示", "作出部署"])
def test_a_named_instruction_with_its_colon_opens_the_list(verb: str) -> None:
    text = f"最后，周立新副市长{verb}：\n1.要高度重视供热保障工作。\n2.做好准备工作。一是尽快开展维修；二是抓紧修订预案。"
    assert issued(text) == [
        ("要高度重视供热保障工作", "周立新"),
        ("尽快开展维修", "周立新"),
        ("抓紧修订预案", "周立新"),
    ]


def test_an_instruction_without_its_colon_announces_no_list() -> None:
    # guard: 某某作出重要指示。 alone reports the instruction; what follows is nobody's words here
    text = "近日，周立新副市长对供热工作作出重要指示。\n各供热企业要提早做好准备。"
    assert issued(text) == [("各供热企业要提早做好准备", None)]


def test_the_next_quoted_paragraph_stays_the_writers() -> None:
    # guard: a quote that opens the next paragraph goes on with the writer's words
    text = (
        "周立新副市长强调，要做好供热保障。王建东书记作出批示：“今年要早做工作。”\n"
        "“要狠抓问题整改。”"
    )
    assert issued(text) == [
        ("要做好供热保障", "周立新"),
        ("今年要早做工作", "王建东"),
        ("要狠抓问题整改", "王建东"),
    ]


def test_a_quote_after_a_manner_still_carries() -> None:
    # guard: only a written instruction gives the speaker back at its closing mark
    text = (
        "市委书记周立新来到岚江县青石村调研。周立新喜上眉梢：“要把产业做大做强。”"
        "各村要加快通村公路建设。"
    )
    assert issued(text) == [
        ("要把产业做大做强", "周立新"),
        ("各村要加快通村公路建设", "周立新"),
    ]


# --- 2. the clause's verb is no part of a firm's name ------------------------------------------


def _orgs(text: str) -> list[str]:
    return [s.text for s in suggest(text, disabled=DEFAULT_OFF).spans if s.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("加强督导检查，确保岚祥天然气公司于8月底前完成改造。", "岚祥天然气公司"),
        ("会议要求，督促青禾热力公司做好准备。", "青禾热力公司"),
        ("会后，责令岚祥燃气公司限期整改。", "岚祥燃气公司"),
        ("会议明确，推动岚祥热力集团扩建。", "岚祥热力集团"),
    ],
)
def test_a_clause_verb_before_a_firm_is_cut(text: str, org: str) -> None:
    assert _orgs(text) == [org]


@pytest.mark.parametrize("name", ["保利地产公司", "通用电气公司"])
def test_a_name_that_opens_like_a_verb_stays_whole(name: str) -> None:
    # guard: jieba reads 保利 / 通用电气 as one word of the name, not a verb before it
    assert _orgs(f"今年，{name}在岚江开工。") == [name]
