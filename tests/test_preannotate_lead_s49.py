"""A directive never opens with a blank a page left after a mark (session 49, lead; made-up
texts in the forms of real pages)."""

from __future__ import annotations

import pytest

from tests.span_helpers import labelled, speakers


@pytest.mark.parametrize("blank", [" ", "\u3000", "\xa0", "  "])
def test_a_blank_after_the_cut_lead_clause_is_no_part_of_the_directive(blank: str) -> None:
    text = f"周立新指出，夏季容易出现强对流天气，{blank}要密切注意天气变化对河流的影响，做好巡查。"
    assert labelled(text, "DIRECTIVE") == [
        ("要密切注意天气变化对河流的影响，做好巡查", "DIRECTIVE")
    ]
    assert speakers(text) == [("要密切注意天气变化对河流的影响，做好巡查", ["周立新"])]


def test_a_directive_without_a_blank_is_unchanged() -> None:
    text = "周立新指出，夏季容易出现强对流天气，要密切注意天气变化对河流的影响，做好巡查。"
    assert labelled(text, "DIRECTIVE") == [
        ("要密切注意天气变化对河流的影响，做好巡查", "DIRECTIVE")
    ]


def test_a_blank_inside_the_directive_stays() -> None:
    text = "周立新强调，各村要抓好落实， 全力做好巡查。"
    (got,) = labelled(text, "DIRECTIVE")
    assert got[0].startswith("各村要") and " " in got[0]


def test_a_comment_boxs_rules_under_the_page_address_are_no_directive() -> None:
    text = (
        "周立新强调，各村要抓好巡查。\n本文地址：http://www.example.com/a/1.html\n"
        "请遵守互联网相关规定，不要发布广告和违法内容\n"
    )
    assert labelled(text, "DIRECTIVE") == [("各村要抓好巡查", "DIRECTIVE")]


def test_a_requirement_to_clear_unlawful_content_stays() -> None:
    text = "周立新强调，各部门要及时清理网上违法内容，净化网络环境。"
    assert labelled(text, "DIRECTIVE") == [
        ("各部门要及时清理网上违法内容，净化网络环境", "DIRECTIVE")
    ]
