"""Titles, names and HOLDS_TITLE in forms found by the third session 5 audit of real reports
(issue 16, round 3, fresh pages from Tibet, Inner Mongolia, Guangxi, Hainan, Yunnan and the
corps): a name closed by a manner adverb before the act (亲切会见), Tibetan names whose parts
the list lacked, a post held full time (专职副主任), a regiment numbered in Arabic digits, and a
name closed by 组织 or 召集. Every sentence is made up; the places and people are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import spans_and_holds as _out


def test_a_name_closed_by_a_manner_adverb() -> None:
    spans, holds = _out("6月3日，自治区党委常委、青岚市委书记韦德江亲切会见了考察团一行。")
    assert ("韦德江", "PERSON") in spans, spans
    assert holds == {("韦德江", "自治区党委常委"), ("韦德江", "青岚市委书记")}
    assert ("自治区党委", "ORG") not in spans


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "市委副书记、市人大常委会主任洛桑旦巴，市长卢广平一同会见。",
            "洛桑旦巴",
            {"市委副书记", "市人大常委会主任"},
        ),
        (
            "市委常委、常务副市长斯朗多吉，副市长卢广平一同会见。",
            "斯朗多吉",
            {"市委常委", "常务副市长"},
        ),
    ],
)
def test_tibetan_names_after_a_chain(text: str, name: str, titles: set[str]) -> None:
    spans, holds = _out(text)
    assert (name, "PERSON") in spans, spans
    assert {t for n, t in holds if n == name} == titles


def test_a_post_held_full_time() -> None:
    spans, holds = _out("省文明办专职副主任甘立新出席会议。")
    assert ("省文明办专职副主任", "TITLE") in spans, spans
    assert ("甘立新", "省文明办专职副主任") in holds
    assert ("省文明办", "ORG") not in spans


def test_a_regiment_numbered_in_arabic_digits() -> None:
    spans, holds = _out("37团党委副书记、团长韩子墨陪同调研。")
    assert holds == {("韩子墨", "37团党委副书记"), ("韩子墨", "团长")}, spans


def test_a_name_closed_by_organising() -> None:
    spans, holds = _out("十九团党委书记、政委邹明川组织机关干部开展创城督查。")
    assert ("邹明川", "PERSON") in spans, spans
    assert ("邹明川", "政委") in holds


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a place whose name holds a connective or a function character (和, 都) opens the name
        ("2023年05月02日 来源：呼和浩特日报\n会议召开。", "呼和浩特日报"),
        ("（三都县人民政府网 韦某）", "三都县人民政府网"),
        # the newspaper's office, in a reporter's credit
        ("本网讯（青岚日报社融媒体记者 甲某）8月8日，会议召开。", "青岚日报社"),
        # a national outlet in a dateline, with its channel (both golds of dev30 keep the channel
        # in the ORG; session 30, misc30)
        ("新华网青岚频道8月20日电 20日上午，会议召开。", "新华网青岚频道"),
    ],
)
def test_outlets_named_whole(text: str, org: str) -> None:
    spans, _ = _out(text)
    assert (org, "ORG") in spans, spans
    assert not [s for s, lab in spans if lab == "ORG" and s != org and s in org], spans


def test_a_connective_before_an_outlet_still_ends_the_name_before_it() -> None:
    spans, _ = _out("市委和青岚日报社共同主办。")
    assert ("青岚日报社", "ORG") in spans, spans


def test_a_campaign_headquarters_head_after_a_comma_in_one_chain() -> None:
    spans, holds = _out(
        "自治区党委常委、市委书记，首府南宁创城总指挥部总指挥长韦德江出席会议并讲话，"
        "市委副书记、市长，首府南宁创城总指挥部总指挥长梁广平主持会议。"
    )
    head = "首府南宁创城总指挥部总指挥长"
    assert holds == {
        ("韦德江", "自治区党委常委"),
        ("韦德江", "市委书记"),
        ("韦德江", head),
        ("梁广平", "市委副书记"),
        ("梁广平", "市长"),
        ("梁广平", head),
    }, spans
    assert not [s for s, lab in spans if lab in ("GPE", "ORG")], spans


def test_a_campaign_word_before_a_headquarters_belongs_to_the_title() -> None:
    spans, holds = _out("会议由创城指挥部副指挥长韦德江主持。")
    assert ("韦德江", "创城指挥部副指挥长") in holds, spans


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("城关镇、新集镇、柳林镇负责同志参加会议。", {"城关镇", "新集镇", "柳林镇"}),
        ("新集镇、小河镇、城关镇分别作表态发言。", {"新集镇", "小河镇", "城关镇"}),
        ("城东街道、新华街道负责人参加。", {"城东街道", "新华街道"}),
    ],
)
def test_towns_with_a_generic_head_in_a_list_of_towns(text: str, towns: set[str]) -> None:
    spans, _ = _out(text)
    assert {s for s, lab in spans if lab == "GPE"} == towns, spans


def test_a_list_of_towns_takes_no_generic_item() -> None:
    spans, _ = _out("城关镇、各乡镇、乡镇干部参加会议。")
    assert {s for s, lab in spans if lab == "GPE"} == {"城关镇"}, spans


def test_small_offices_in_a_list_of_units() -> None:
    spans, _ = _out("县行政综合执法局、县规建所、县园林管理中心负责人参加会议。")
    orgs = {s for s, lab in spans if lab == "ORG"}
    assert orgs == {"县行政综合执法局", "县规建所", "县园林管理中心"}, spans
