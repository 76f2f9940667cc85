"""streets34 (issue 16, session 34): unlisted sub-districts (某某街道) the engine missed on saved wide
pages of the genre and on the dev sets (made-up sentences; the people and places are invented):

- a sub-district before a community or a village whose name opens with 长 (某某街道长岭社区,
  某某街道长安村): 道长 is no word there, the sub-district is a GPE and the community a LOC;
- a sub-district named after an old market, 市 inside its name (槐市街道, 某锦市街道): a GPE,
  while 全市街道, 城市街道, 超市街道 and a known city before bare 街道 stay no sub-district;
- a sub-district named by a word (a verb, a numeral and a classifier: 迎新, 四家) as an item of a
  list whose neighbour is a named town or sub-district (、某镇、迎新街道，, 到四家街道、某某街道);
  a word of the dictionary or a position (主要街道, 周边街道, 沿街街道) stays no name.
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    ("text", "gpe", "loc"),
    [
        ("2023年5月6日下午，柳泉街道长岭社区志愿服务队上门服务。", "柳泉街道", "长岭社区"),
        (
            "检查组先后到青禾街道石门村、白沙街道长湾村、水口村察看。",
            "白沙街道",
            "长湾村",
        ),
        ("3月2日上午，桐溪街道长青社区召开居民议事会。", "桐溪街道", "长青社区"),
    ],
)
def test_sub_district_before_a_community_opening_with_chang(text: str, gpe: str, loc: str) -> None:
    got = _tagged(text)
    assert (gpe, "GPE") in got
    assert (loc, "LOC") in got


@pytest.mark.parametrize(
    ("text", "gpe"),
    [
        ("林晓东副区长来到槐市街道柏树社区督导创建工作。", "槐市街道"),
        ("4月9日，甲某到青山区槐市街道调研。甲某强调：槐市街道要补齐短板。", "槐市街道"),
        ("督导组来到桐锦市街道桐锦市社区察看创城工作。", "桐锦市街道"),
    ],
)
def test_sub_district_named_after_a_market(text: str, gpe: str) -> None:
    assert (gpe, "GPE") in _tagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "全市街道社区要抓好环境卫生整治。",
        "城市街道要干净整洁，超市街道两侧不得乱摆乱放。",
        "各市街道办事处要落实属地责任。",
    ],
)
def test_words_ending_in_shi_before_streets_no_sub_district(text: str) -> None:
    assert not any(label == "GPE" and span.endswith("街道") for span, label in _tagged(text))


@pytest.mark.parametrize(
    ("text", "gpe"),
    [
        ("区里不再托管青禾镇、桐溪镇、迎新街道，园区另行管理。", "迎新街道"),
        ("检查组上午到四家街道、柳泉街道石门村察看。", "四家街道"),
    ],
)
def test_sub_district_named_by_a_word_in_a_list(text: str, gpe: str) -> None:
    assert (gpe, "GPE") in _tagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "深入学校、沿街街道、柳溪街道检查。",
        "督查组到周边街道、柳溪街道检查。",
        "各乡镇、所有街道、相关部门要落实。",
    ],
)
def test_words_in_a_list_of_sub_districts_no_name(text: str) -> None:
    got = _tagged(text)
    assert ("柳溪街道", "GPE") in got or "柳溪" not in text
    assert not any(
        label == "GPE" and span.endswith("街道") and span != "柳溪街道" for span, label in got
    )
