"""A transliterated name written with a full-width dot (Taiwan's typography in a traditional
copy: 買買提．艾力) or with a dot a site folded to ASCII (买买提.艾力) is one person, as with the
middle dot (trad19, session 18; made-up examples)."""

from __future__ import annotations

import pytest

from civannot.text import normalize


@pytest.mark.parametrize(
    "raw",
    [
        "8月3日，縣委書記買買提．艾力主持會議並講話。買買提．艾力強調，各部門要抓好落實。",
        "8月3日，县委书记买买提.艾力主持会议并讲话。买买提.艾力强调，各部门要抓好落实。",
        "8月3日，縣委書記買買提.艾力主持會議並講話。買買提.艾力強調，各部門要抓好落實。",
    ],
)
def test_a_name_written_with_a_full_width_or_folded_dot_is_one_person(raw: str) -> None:
    from civannot.preannotate import suggest

    sug = suggest(normalize(raw).text)
    persons = [s.text for s in sug.spans if s.label == "PERSON"]
    assert persons and all(p in ("买买提．艾力", "买买提.艾力") for p in persons), persons
    issued = [sug.spans[t].text for r, _h, t in sug.relations if r == "ISSUED_BY"]
    assert issued and issued[0] in ("买买提．艾力", "买买提.艾力"), issued
