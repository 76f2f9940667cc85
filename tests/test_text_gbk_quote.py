"""GBK repair: a damaged run that holds an opening quote and ends where its closing one stood
(issue 16). Made-up sentences, damaged with the DESIGN.md §4 recipe
(civannot.text.damage.gbk_lead_loss)."""

from __future__ import annotations

import pytest

from civannot.text import normalize
from civannot.text.damage import gbk_lead_loss

SENTENCE = "全区共评选表彰“最美家庭”36户，“文明家庭”12户。"


@pytest.mark.parametrize("ch", ["评", "选", "表"])
def test_the_run_closes_the_quote_it_opened(ch: str) -> None:
    # 表彰“最美家庭” decodes as one misaligned run up to the digits; its last character stood
    # where ” stood. The quote is opened inside the run, not on the line before it: weighed
    # against that line alone, ” closed nothing and lost to 。
    assert normalize(gbk_lead_loss(SENTENCE, SENTENCE.index(ch))).text == SENTENCE
