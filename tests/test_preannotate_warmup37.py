"""The warm-up before a run's workers fork reaches what the rules build on first use
(runner._WARM_UP_TEXT, session 37): built there, each worker does not build it again, and the
pattern cache keeps it for the next run."""

from __future__ import annotations

import json
import subprocess
import sys

from civannot.preannotate import scan
from civannot.preannotate.common import rules
from civannot.preannotate.engine import suggest
from civannot.preannotate.runner import _WARM_UP_TEXT

_PROBE = """
import json
from civannot.preannotate import persons, runner
from civannot.preannotate.lexicon import Lexicon
runner._warm_up(Lexicon({}))
print(json.dumps({"mark_free": len(persons._MARK_FREE),
                  "minority": persons._minority_part.cache_info().currsize}))
"""


def test_the_warm_up_builds_what_a_first_article_would() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=300, check=True
    )
    assert json.loads(done.stdout) == {"mark_free": 1, "minority": 1}


def test_the_warm_up_text_reads_as_a_report() -> None:
    s = suggest(_WARM_UP_TEXT)
    got = {(_WARM_UP_TEXT[x.start : x.end], x.label) for x in s.spans}
    assert {("县委常委", "TITLE"), ("宣传部部长", "TITLE"), ("谢若溪", "PERSON")} <= got
    assert any(label == "DIRECTIVE" for _, label in got)


def test_may_consume_reads_the_pattern() -> None:
    assert scan.may_consume(r"(?:副)?(?:市长|县长)", "、") is False
    assert scan.may_consume(r"[^，。]{1,4}长", "、") is True
    assert scan.may_consume(r"(?<=、)市长", "、") is False  # (a lookbehind consumes nothing)
    assert scan.may_consume(r"(?:局|处)(?:、(?:局|处))*长", "、") is True
    assert scan.may_consume(r"\w+长", "、") is False and scan.may_consume(r"\W", "、") is True
    assert scan.may_consume(rules().title.pattern, "、") is False
