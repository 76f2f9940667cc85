"""Residual edits after normalising freshly damaged copies of clean references (issue 3: ≤ 1%).

A seeded subset of bench/eval_normalize.py: every reference text, every damage recipe, one round.
Pinyin comes from the small shipped tables (pypinyin is a bench-only extra) so the figure is the
same on every machine.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "bench" / "eval_normalize.py"


@pytest.fixture(scope="module")
def ev():  # noqa: ANN201 - a module
    spec = importlib.util.spec_from_file_location("eval_normalize", _PATH)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["eval_normalize"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def result(ev):  # noqa: ANN001, ANN201
    refs = ev.load_refs()
    assert len(refs) >= 20  # sample sources and the other sub-genres
    cases, identity = ev.evaluate(refs, rounds=1, seed=3, use_pypinyin=False)
    return ev.summarise(cases, identity), cases, identity


def test_clean_references_come_out_unchanged(result) -> None:  # noqa: ANN001
    summary, _, identity = result
    bad = {c.ref: c.output for c in identity if c.distance}
    assert summary["identity_edits"] == 0, bad


def test_residual_edit_rate_at_most_one_percent(result, ev) -> None:  # noqa: ANN001
    summary, cases, _ = result
    worst = max(cases, key=lambda c: c.rate)
    assert summary["overall"] <= 0.01, (
        summary,
        worst.ref,
        worst.recipe,
        ev.short_diff(worst.output, worst.expected),
    )
    # Damage the normaliser repairs without guessing must leave nothing behind.
    for recipe in ("fold", "trad_pinyin", "trad_bare", "indents", "doubled", "boilerplate"):
        assert summary["per_recipe"][recipe]["rate"] <= 0.002, (recipe, summary)
    # Lead-byte loss is repaired only with a clear margin; the rest stays visible and flagged.
    assert summary["per_recipe"]["gbk"]["rate"] <= 0.015, summary


def test_measure_counts_edits(ev) -> None:  # noqa: ANN001
    # The measure itself: a bit-parallel Levenshtein checked against the textbook recurrence.
    import random

    def slow(a: str, b: str) -> int:
        prev = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            cur = [i]
            for j, cb in enumerate(b, 1):
                cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
            prev = cur
        return prev[-1]

    rng = random.Random(0)
    for _ in range(200):
        a = "".join(rng.choice("文明城市，a") for _ in range(rng.randint(0, 70)))
        b = "".join(rng.choice("文明城市。b") for _ in range(rng.randint(0, 70)))
        assert ev._levenshtein_bits(a, b) == slow(a, b)
    assert ev.levenshtein("创建文明城市", "創建文明城市") == 1


def test_wrong_readings_counts_guesses_not_replacement_characters(ev) -> None:  # noqa: ANN001
    # The bench's second figure: characters an applied repair wrote that differ from the
    # reference. A right reading counts 0, the same reading against another reference counts
    # its one character, and an unsure character shown as U+FFFD counts as damage, not a guess.
    from civannot.text import normalize

    def lose(text: str, i: int, strip: bool = False) -> str:
        data = b"".join(
            b"?" + ch.encode("gbk")[1:] if j == i else ch.encode("gbk") for j, ch in enumerate(text)
        )
        out = ev.fold(data.decode("gbk", errors="replace"))
        return out.replace("\ufffd,", ",") if strip else out

    clean = "县委书记在动员会上强(qiáng)调要扎实推进创建工作。"
    n = normalize(lose(clean, clean.index("强")))
    assert n.text == "县委书记在动员会上强调要扎实推进创建工作。"
    assert ev.wrong_readings(n, n.text) == 0
    assert ev.wrong_readings(n, n.text.replace("强", "墙")) == 1

    unsure = "会议要求，各街道要全面排查,确保整改到位。"
    n = normalize(lose(unsure, unsure.index("查"), strip=True))
    expected = unsure.replace(",", "，")
    assert ev.levenshtein(n.text, expected) == 1 and "\ufffd" in n.text
    assert ev.wrong_readings(n, expected) == 0
