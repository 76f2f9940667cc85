"""Titles and names that fresh pages lost (session 29, posts29). Every text is made up."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _spans(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in suggest(text).spans]


def _holds(text: str) -> set[tuple[str, str]]:
    sug = suggest(text)
    return {
        (sug.spans[h].text, sug.spans[t].text) for r, h, t in sug.relations if r == "HOLDS_TITLE"
    }


@pytest.mark.parametrize(
    "text, title",
    [
        # a bureau named by its field words, before its own party group's post, opening a clause
        (
            "整改清单逐项销号。县城市管理执法局党组副书记、副局长吴长河通报进度。",
            "县城市管理执法局党组副书记",
        ),
        (
            "会议结束前，县规划建设和住房保障局党组副书记钱岚生作表态发言。",
            "县规划建设和住房保障局党组副书记",
        ),
    ],
)
def test_a_bureau_named_by_its_fields_before_its_party_groups_post(text: str, title: str) -> None:
    assert (title, "TITLE") in _spans(text)
    name = "吴长河" if "吴长河" in text else "钱岚生"
    assert (name, title) in _holds(text)


def test_the_last_two_names_of_a_leaders_list_of_surnames_no_list_holds() -> None:
    text = "县领导柯明远、鲍晓岚、仉远航、粘立群出席会议。"
    holds = _holds(text)
    assert {n for n, _ in holds} == {"柯明远", "鲍晓岚", "仉远航", "粘立群"}
    # a word, not a name, closing the list stays out
    text = "县领导柯明远、鲍晓岚、仉远航、会议室出席会议。"
    assert ("会议室", "PERSON") not in _spans(text)


def test_a_campaign_quoted_inside_a_leading_groups_title_is_no_slogan_of_its_own() -> None:
    text = "会上，区委书记、区“三城联创”工作领导小组组长柯明远作动员讲话。"
    spans = _spans(text)
    assert ("区“三城联创”工作领导小组组长", "TITLE") in spans
    assert ("三城联创", "SLOGAN") not in spans
    assert ("柯明远", "区“三城联创”工作领导小组组长") in _holds(text)
    # the campaign quoted on its own stays a SLOGAN
    assert ("三城联创", "SLOGAN") in _spans("全区上下深入开展“三城联创”，区长柯明远讲话。")
