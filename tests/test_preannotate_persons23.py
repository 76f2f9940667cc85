"""Names a city's campaign pages write (persons23, issue 16): a given name closed by 和 before a
verb or a mark (和 then joins nothing, so it is the name's), and two readings that made names of
no name: a post opening a "name" (由区委书记、区长任组长) and 各 as a given name (街道街长和各部门).
Sentences, names and places are made up."""

from __future__ import annotations

import pytest

from tests.preannotate_support import spans_and_holds as _out


def _persons(text: str) -> list[str]:
    return [s for s, label in _out(text)[0] if label == "PERSON"]


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "表彰大会召开。县委书记韩志和作为代表参加大会。当日下午，韩志和载誉归来。",
            ["韩志和", "韩志和"],
        ),
        (
            "县委书记韩志和出席。在欢迎仪式上，韩志和与县长郑晓燕共同展示奖牌。",
            ["韩志和", "韩志和", "郑晓燕"],
        ),
        ("县委书记韩志和说，成绩来之不易，要倍加珍惜。", ["韩志和"]),
        # the name read whole once is read so at each mention (person.repeat)
        ("县委书记韩志和说，要巩固成果。韩志和代表县委致辞。", ["韩志和", "韩志和"]),
    ],
)
def test_given_name_closed_by_he(text: str, want: list[str]) -> None:
    assert _persons(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        # 和 joins two people, or a person and a group: no name of three
        ("县委书记韩立峰和县长郑晓燕出席会议。", ["韩立峰", "郑晓燕"]),
        ("区委书记刘洪和大家一起清扫街道。", ["刘洪"]),
        ("县长周建和代表们座谈交流。", ["周建"]),
        ("县长周建和代表委员座谈交流。", ["周建"]),
        # 与会 is a word, 及时 too: the conjunction joins them
        ("会前，副县长李长领和与会人员一同参观展厅。", ["李长领"]),
    ],
)
def test_conjunction_he_stays_out(text: str, want: list[str]) -> None:
    assert _persons(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "岚溪区成立由区委书记、区长任组长的创建工作指挥部。",
        "将街道街长和各作业养护部门负责人的电话公布在路口。",
    ],
)
def test_no_name_read_from_posts_or_determiners(text: str) -> None:
    assert _persons(text) == []
