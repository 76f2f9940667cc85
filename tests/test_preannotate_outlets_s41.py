"""Session 41 (outlets41): the accounts and outlets a page names in its own chrome. An account
in a 【】 tag that opens a headline, named by its place and a word of its field (【某县禁毒】), is
one ORG, the place inside it no GPE, and so is its name where it stands again as the page's
source; a bare place or a site's column in the tag names no account. A source field's name whose
place holds a function character (来源：天等禁毒, 永和发布) is the outlet too. A dateline by 报道 or
消息 (云上某某报道：（全媒体记者…）) or with its byline in 【】 (新某某讯【记者…】) names its outlet, as
does an outlet's dateline with its place in brackets (（某某网某省讯）) and the account a page is
reposted from in its brackets (本文转载自「某某」), and a site's county station opening a
byline's bracket (（某县站记者 甲某）). Every sentence and name here is made up; the
places are the gazetteer's."""

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


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("云上蓝田报道：（全媒体记者 张三）5月6日，副县长王立强调研创建工作。", "云上蓝田"),
        ("云上蓝田报道（蓝视记者 张三）5月6日，副县长王立强调研创建工作。", "云上蓝田"),
        ("云上蓝田消息（记者 张三）5月6日，副县长王立强调研创建工作。", "云上蓝田"),
        ("新蓝田讯【记者 张三】5月6日，副县长王立强调研创建工作。", "新蓝田"),
        ("新蓝田讯【通讯员 张三 李四】5月6日，副县长王立强调研创建工作。", "新蓝田"),
    ],
)
def test_a_dateline_by_its_report_word_before_the_byline(line: str, outlet: str) -> None:
    text = f"蓝田县召开创建工作推进会\n{line}"
    got = _tagged(text, "ORG", "GPE")
    start = text.index(outlet)
    assert (start, outlet, "ORG") in got
    # the place inside the outlet's name is no GPE of its own
    assert not any(lab == "GPE" and start <= s < start + len(outlet) for s, _, lab in got)


@pytest.mark.parametrize(
    "line",
    [
        "综合报道（记者 张三）5月6日，副县长王立强调研创建工作。",
        "据蓝田日报报道（记者 张三）5月6日，副县长王立强调研创建工作。",
    ],
)
def test_a_report_word_after_no_name_or_after_according_to(line: str) -> None:
    got = _tagged(f"蓝田县召开创建工作推进会\n{line}", "ORG")
    assert not any(w.startswith(("综合", "据")) for _, w, _ in got)


def test_an_outlet_s_dateline_with_its_place_in_brackets() -> None:
    text = "（中国某某网蓝田讯）5月6日上午，蓝田县召开创建工作推进会。"
    got = _tagged(text, "ORG", "GPE")
    assert (1, "中国某某网", "ORG") in got and (6, "蓝田", "GPE") in got


@pytest.mark.parametrize("mark", ["「」", "“”"])
def test_an_account_reposted_from_in_its_brackets(mark: str) -> None:
    text = f"5月6日，某某县召开创建工作推进会。\n转载声明：本文转载自{mark[0]}西岭印象{mark[1]}，欢迎关注。"
    assert (text.index("西岭印象"), "西岭印象", "ORG") in _tagged(text, "ORG")


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("首页 新陕西蓝田频道 时政新闻", "新陕西蓝田频道"),
        ("新陕西蓝田频道 时政新闻", "新陕西蓝田频道"),
    ],
)
def test_a_province_s_news_app_with_its_channel_is_one_outlet(line: str, outlet: str) -> None:
    text = f"{line}\n蓝田县召开创建工作推进会。"
    got = _tagged(text, "ORG", "GPE")
    start = text.index(outlet)
    assert (start, outlet, "ORG") in got
    assert not any(lab == "GPE" and start <= s < start + len(outlet) for s, _, lab in got)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源：蓝田新闻在线【字体：大 中 小】", "蓝田新闻在线"),
        ("来源：西岭在线编辑：张三", "西岭在线"),
        ("来源：蓝田新闻网作者：张三", "蓝田新闻网"),
    ],
)
def test_a_source_with_the_next_field_or_a_button_right_after_it(line: str, source: str) -> None:
    text = f"5月6日，蓝田县召开创建工作推进会。\n{line}\n"
    got = _tagged(text, "ORG", "GPE")
    start = text.index(source)
    assert (start, source, "ORG") in got
    assert not any(lab == "GPE" and start <= s < start + len(source) for s, _, lab in got)


@pytest.mark.parametrize(
    ("line", "station"),
    [
        ("某某网8月6日讯（蓝田站记者 张三 通讯员 李四）8月5日，县长王立强主持会议。", "蓝田站"),
        ("某某网讯（蓝田县站通讯员 张三）8月5日，县长王立强主持会议。", "蓝田县站"),
    ],
)
def test_a_site_s_station_opening_a_byline_is_one_org(line: str, station: str) -> None:
    got = _tagged(line, "ORG", "GPE", "PERSON")
    start = line.index(station)
    assert (start, station, "ORG") in got
    assert not any(lab == "GPE" and start <= s < start + len(station) for s, _, lab in got)
    # the reporters stay no PERSON
    assert not any(w in ("张三", "李四") for _, w, _ in got)


def test_a_station_that_is_no_place_names_no_station() -> None:
    got = _tagged("某某网讯（服务站记者 张三）8月5日，某某县召开会议。", "ORG")
    assert not any(w.endswith("站") for _, w, _ in got)
