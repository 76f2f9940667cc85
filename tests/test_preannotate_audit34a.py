"""audit34a (issue 16, session 34): forms the engine missed on saved wide pages of the genre that
no gold covers, read by hand (made-up sentences; the people and places are invented):

- a school named after the town or sub-district the text names and a name of its own
  (某某镇柳塘小学, 某某街道石湾幼儿园): one ORG, the division with the school, not the division
  alone as a GPE; a kind of school that is no name (镇中小学, 各中小学) stays out.
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("会后，调研组又去了县二中、青山镇柳塘小学察看。", "青山镇柳塘小学"),
        ("林晓东副县长随后到白沙街道石湾幼儿园检查食堂卫生。", "白沙街道石湾幼儿园"),
        ("督导组来到青山镇柳塘小学检查创建工作。", "青山镇柳塘小学"),
        ("检查组先后到红岭乡望江中学、县人民医院察看。", "红岭乡望江中学"),
    ],
)
def test_school_named_after_a_town_is_one_body(text: str, org: str) -> None:
    got = _tagged(text)
    assert (org, "ORG") in got
    assert not any(label == "GPE" and org.startswith(span) for span, label in got)


@pytest.mark.parametrize(
    "text",
    [
        "青山镇中小学生参加了志愿服务活动。",
        "青山镇各中小学要加强校园周边环境整治。",
    ],
)
def test_kinds_of_school_after_a_town_name_no_school(text: str) -> None:
    got = _tagged(text)
    assert ("青山镇", "GPE") in got
    assert not any(label == "ORG" and span.startswith("青山镇") for span, label in got)
