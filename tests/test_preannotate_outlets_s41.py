"""Session 41 (outlets41): the accounts and outlets a page names in its own chrome. An account
in a 【】 tag that opens a headline, named by its place and a word of its field (【某县禁毒】), is
one ORG, the place inside it no GPE, and so is its name where it stands again as the page's
source; a bare place or a site's column in the tag names no account. A source field's name whose
place holds a function character (来源：天等禁毒, 永和发布) is the outlet too. Every sentence and
name here is made up; the places are the gazetteer's."""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest


def _tagged(text: str, *labels: str) -> list[tuple[int, str, str]]:
    return [(s.start, s.text, s.label) for s in suggest(text).spans if s.label in labels]


@pytest.mark.parametrize("account", ["蓝田禁毒", "和静公安", "天等县禁毒", "蓝田团委"])
def test_an_account_in_a_tag_opening_a_headline_is_one_org(account: str) -> None:
    head = f"【{account}】某某县召开禁毒工作推进会"
    text = f"{head}\n\n{head}\n\n5月6日，某某县召开禁毒工作推进会，副县长王立强出席会议。"
    got = _tagged(text, "ORG", "GPE")
    assert (1, account, "ORG") in got
    assert (len(head) + 3, account, "ORG") in got
    # the place inside the account is no GPE of its own
    assert not any(lab == "GPE" and s < len(account) + 1 for s, _, lab in got)


def test_the_tagged_account_again_as_the_source_at_the_end() -> None:
    text = (
        "【天等禁毒】某某县召开禁毒工作推进会\n\n"
        "5月6日，某某县召开禁毒工作推进会，副县长王立强出席会议。（记者：张三）\n"
        "来源：天等禁毒"
    )
    got = _tagged(text, "ORG", "GPE")
    end = text.rindex("天等禁毒")
    assert (1, "天等禁毒", "ORG") in got and (end, "天等禁毒", "ORG") in got
    assert not any(lab == "GPE" and w.startswith("天等") for _, w, lab in got)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a bare place in the tag stays a place
        ("【蓝田】蓝田县召开创建工作推进会", (1, "蓝田", "GPE")),
        # a site's column after the place names no account
        ("【蓝田要闻】蓝田县召开创建工作推进会", (1, "蓝田", "GPE")),
        ("【和静动态】和静县召开创建工作推进会", (1, "和静", "GPE")),
    ],
)
def test_a_place_or_a_column_in_the_tag_names_no_account(
    text: str, want: tuple[int, str, str]
) -> None:
    got = _tagged(text, "ORG", "GPE")
    assert not any(lab == "ORG" and s == 1 for s, _, lab in got)
    assert want in got


@pytest.mark.parametrize(
    "text", ["【纠错】", "【打印本页】", "【通讯员 张三】", "【蓝田县和静县】"]
)
def test_the_page_s_buttons_and_bylines_in_tags_name_no_account(text: str) -> None:
    got = _tagged(f"{text}某某县召开会议\n县长王立强出席会议。", "ORG")
    assert not any(s == 1 for s, _, _ in got)


def test_a_dateline_in_the_tag_is_left_to_the_dateline_s_outlet() -> None:
    got = _tagged("【蓝田商报网讯】记者张三报道 5月6日，蓝田县召开会议。", "ORG")
    assert (1, "蓝田商报网", "ORG") in got
    assert not any(w.endswith("讯") for _, w, _ in got)


@pytest.mark.parametrize("source", ["天等禁毒", "永和发布", "和静融媒"])
def test_a_source_whose_place_holds_a_function_character(source: str) -> None:
    text = f"5月6日，某某县召开创建工作推进会。\n来源：{source}\n"
    assert (text.index(source), source, "ORG") in _tagged(text, "ORG")


def test_a_source_field_that_reads_as_a_clause_stays_no_outlet() -> None:
    text = "5月6日，某某县召开创建工作推进会。\n来源：记者和通讯员\n"
    assert not _tagged(text, "ORG")
