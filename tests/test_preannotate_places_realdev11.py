"""GPE forms from the realdev11 pages (session 11, issue 16; GUIDELINES.md: a development zone is
GPE, every mention tagged). Made-up sentences in the genre's forms; the positive case fails on the
rules before this session."""

from __future__ import annotations

from preannotate_support import spans_and_holds


def _gpes(text: str) -> list[str]:
    return [t for t, lab in spans_and_holds(text)[0] if lab == "GPE"]


def test_a_zone_read_with_its_city_is_named_without_it_further_on():
    text = (
        "6月13日，漯河青禾开发区召开创建工作推进会议。"
        "会议通报了青禾开发区当前工作开展情况，要求青禾开发区各部门要压实责任。"
    )
    assert _gpes(text) == ["漯河青禾开发区", "青禾开发区", "青禾开发区"]


def test_the_kind_of_zone_alone_is_no_name():
    text = "近日，漯河经济开发区召开会议。会议通报了经济开发区当前工作。"
    assert _gpes(text) == ["漯河经济开发区"]
