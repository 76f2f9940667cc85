"""The shortcuts of find_orgs (session 36, speed36o), pinned on made-up text: each must give what
the slower path gives, so that a later edit of a rule that breaks one fails here."""

from __future__ import annotations

import re

import pytest

from civannot.preannotate import orgs
from civannot.preannotate.gazetteers import _lines, alternation

# the pattern _SHORT_FORM was before session 36: the boundary looked behind
_SHORT_FORM_BEHIND = re.compile(
    rf"(?:^|(?<=[、，。：；\n和及与]))(?:省|市|县|区)(?:{alternation(_lines('org_short_forms.txt'))})"
    rf"(?=[、，。；等和及与]|$)",
    re.M,
)


def _short_forms(text: str) -> list[tuple[int, int]]:
    """find_orgs' reading of _SHORT_FORM: its matches after a boundary or at the start."""
    return [
        (m.start(), m.end())
        for m in orgs._SHORT_FORM.finditer(text)
        if m.start() == 0 or text[m.start() - 1] in orgs._SHORT_FORM_AFTER
    ]


@pytest.mark.parametrize(
    "text",
    [
        "县城管、县住建、县交警等部门参加",
        "市公安和区卫健及县教体与省民政；",
        "青禾县城管、县住建\n县交警等部门",
        "市市场监管、区区城管、县县交通等",
        "开发区城管、某市公安局、县城市管理、县文化旅游等",
        "区城管",
        "县城管执法大队、县自然资源和规划局",
        "在县城管、县住建等部门和市交警、区应急等",
    ],
)
def test_short_forms_as_looked_behind(text: str) -> None:
    assert _short_forms(text) == [(m.start(), m.end()) for m in _SHORT_FORM_BEHIND.finditer(text)]


def test_no_short_form_holds_a_boundary() -> None:
    # (what makes the boundary test after the match exact: see _SHORT_FORM)
    forms = _lines("org_short_forms.txt")
    assert forms
    for form in ("省", "市", "县", "区", *forms):
        assert not any(c in orgs._SHORT_FORM_AFTER for c in form), form
