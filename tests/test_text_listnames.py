"""Names in running-text lists of people (the GBK repair's guard): made-up names and sentences
in the forms of the genre."""

from __future__ import annotations

import pytest

from civannot.text.listnames import in_name_list


@pytest.mark.parametrize(
    ("before", "reading", "after"),
    [
        (
            "主任欧阳建、",
            "公",
            "晓燕、鞠长河出席",
        ),  # between list commas, a compound surname before
        ("甘立伟、严书", "童", "、褚梦蝶、殷"),  # the given name's last character
        ("出席会议的有副市长严书", "童", "，"),  # after a post
        ("参加活动的还有甘立伟，严书", "童", "等"),  # before 等
        ("慰问组由", "童", "立伟同志带队"),  # before 同志
    ],
)
def test_a_name_in_a_list_of_people(before: str, reading: str, after: str) -> None:
    assert in_name_list(before, reading, after)


@pytest.mark.parametrize(
    ("before", "reading", "after"),
    [
        ("公交站台、商", "圈", "、景区等人流密集"),  # a listed word (商 is also a surname)
        ("会议。城西区", "、", "梓东区、市公安局"),  # the comma itself
        ("工作取得阶段", "性", "成效。"),  # no list
        ("严书同同志说，要", "加", "强"),  # after the name, not in it
    ],
)
def test_not_a_name_in_a_list(before: str, reading: str, after: str) -> None:
    assert not in_name_list(before, reading, after)


@pytest.mark.parametrize(
    ("before", "reading", "after"),
    [
        ("签约仪式上，集团副总裁严书", "童", "，"),
        ("县交警大队教导员严书", "童", "介绍"),
        ("镇政府副苏木达严书", "童", "，"),
    ],
)
def test_a_post_listed_with_others_on_its_line(before: str, reading: str, after: str) -> None:
    # title_posts.txt holds several posts on some lines (总裁 副总裁 董事 ...): each is a post
    assert in_name_list(before, reading, after)
