"""GBK repair: clean articles of the same genre as the context that ranks readings that are all
words (issue 16). Made-up sentences, damaged with the DESIGN.md §4 recipe
(civannot.text.damage.gbk_lead_loss)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from civannot.text import gbk, normalize
from civannot.text.damage import gbk_lead_loss
from tests.gbk_support import genre_context

# Other (made-up) reports of the genre: what a project holds before the damaged one comes in.
GENRE = [
    "今年以来，全区新增停车位1200个，改造雨污管网9公里，背街小巷面貌一新。",
    "检查组当场反馈发现的问题，要求各单位限期整改到位。",
    "对重点排污企业实行24小时在线监控，数据实时上传至监管平台。",
    "市容执法队员对占道经营行为当场劝导，并登记在册。",
]


@pytest.fixture
def genre() -> Iterator[None]:
    with genre_context(GENRE):
        yield


def _clean(text: str, ch: str) -> str:
    return normalize(gbk_lead_loss(text, text.index(ch))).text


CASES = [
    # 当场/当选, 停车/…, 在线/在高: every reading is a word; the word model leaves U+FFFD
    ("检查组对暗访中发现的问题当场反馈，并提出整改意见。", "场"),
    ("枫林社区新增停车位210个，改造雨污管网3.2公里。", "停"),
    ("全县重点企业实行24小时在线监控，超标即报警。", "线"),
]


@pytest.mark.parametrize(("text", "ch"), CASES)
def test_without_the_genre_the_run_is_left_for_review(text: str, ch: str) -> None:
    out = _clean(text, ch)
    assert out != text
    assert gbk.REPLACEMENT in out  # flagged, not a wrong guess


@pytest.mark.parametrize(("text", "ch"), CASES)
def test_the_genre_reads_the_word_it_writes(genre: None, text: str, ch: str) -> None:
    assert _clean(text, ch) == text


def test_an_unrelated_context_writes_no_guess() -> None:
    # A context of another genre holds none of the pairs: the run stays flagged, as without one.
    gbk.set_context(gbk.Context(["The quick brown fox jumps over the lazy dog. 1234"]))
    try:
        text, ch = CASES[0]
        out = _clean(text, ch)
    finally:
        gbk.set_context(None)
    assert gbk.REPLACEMENT in out


def test_context_counts_are_bounded_and_fold_marks() -> None:
    ctx = gbk.Context(["创建工作，创建工作", "x" * 100], limit=12)
    assert ctx.n == 12  # the second text is cut at the limit
    assert ctx.pmi("作", ",") == ctx.pmi("作", "，")  # a folded comma is a comma
    assert ctx.pmi("创", "建") > 0 > ctx.pmi("创", "作")
    assert gbk.Context().pmi("创", "建") == 0.0


def test_import_builds_the_context_from_samples_and_undamaged_files(tmp_path: Path) -> None:
    from civannot.importer import repair_context

    damaged = "某镇召开会议?靠创建工作"
    clean = "青桐镇召开创建工作推进会，部署下一阶段任务。"
    ctx = repair_context(None, [damaged, clean])
    assert ctx.pairs["青桐"] >= 1  # the undamaged file of the import
    assert ctx.pairs["某镇"] == 0  # a file with damage is not context
    assert ctx.n > len(clean)  # the shipped samples are there too
