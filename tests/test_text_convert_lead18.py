"""A traditional paragraph inside a simplified page is converted even when it writes characters
Taiwan's standard shares with simplified writing (群, 峰, 床, 吃): OpenCC lists an older
traditional form for them (羣, 峯), which made them count as simplified-only evidence and kept
the whole paragraph traditional (found by gbk18 on real mirror pages, session 17)."""

from __future__ import annotations

import pytest

from civannot.text import normalize
from civannot.text.convert import evidence


@pytest.mark.parametrize("shared", ["群", "峰", "床", "吃"])
def test_shared_characters_are_no_simplified_evidence(shared: str) -> None:
    assert evidence(shared) == (0, 0)


def test_traditional_paragraph_with_qun_in_a_simplified_page() -> None:
    raw = (
        "岚溪县召开创城推进会\n"
        "8月3日，岚溪县召开创城工作推进会，会议由县长主持。\n"
        "趙華指出，開展城鄉牽手共建文明行動是發展所需、群眾所盼，各級黨委要切實擔起責任。\n"
    )
    text = normalize(raw).text
    assert "赵华指出，开展城乡牵手共建文明行动是发展所需、群众所盼" in text, text
    assert "各级党委要切实担起责任" in text, text


def test_a_simplified_line_stays_as_written() -> None:
    raw = "会议要求各级各部门要动员群众参与创建，切实提高群众满意度。\n"
    assert normalize(raw).text == raw.strip()
