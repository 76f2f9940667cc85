"""Forms of session 40's audit of fresh pages (audit42, issue 16): the leaders of a level closing
a list of names (甲、乙、丙等市领导出席: a TITLE each name holds, as both golds of dev41 read it),
a named reform quoted before 改革 (a SLOGAN, both golds of dev41), and figures of speech quoted
for emphasis (no SLOGAN, GUIDELINES). Every example is made up; the names are invented."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from tests.preannotate_support import entity_set as _tagged
from tests.preannotate_support import holds_texts


@pytest.mark.parametrize(
    ("text", "names", "title"),
    [
        (
            "会议由县长主持。柳明川、秦岚生、韦立方等县领导出席会议，相关部门负责人参加。",
            ["柳明川", "秦岚生", "韦立方"],
            "县领导",
        ),
        (
            "岚溪市召开创建工作推进会。苏立环、龙定泉等市领导出席会议。",
            ["苏立环", "龙定泉"],
            "市领导",
        ),
        # (after 在 before leaders who escort: 在甲、乙等区领导陪同下)
        (
            "书记一行在柳明川、秦岚生等区领导陪同下察看了点位。",
            ["柳明川", "秦岚生"],
            "区领导",
        ),
    ],
)
def test_leaders_of_a_level_closing_a_list_of_names_are_each_names_title(
    text: str, names: list[str], title: str
) -> None:
    got = _tagged(text)
    assert (title, "TITLE") in got, got
    for n in names:
        assert (n, "PERSON") in got, got
    assert {(n, title) for n in names} <= holds_texts(text)


@pytest.mark.parametrize(
    "text",
    [
        # the leading body's members, the leaders' cadres: a noun 领导 heads, no post of each name
        "柳明川、秦岚生等县领导班子成员出席会议。",
        "柳明川、秦岚生等镇领导干部参加活动。",
        # a group counted or of no level: no post of a level
        "柳明川、秦岚生等县四大班子领导出席会议。",
        "柳明川、秦岚生等领导出席会议。",
    ],
)
def test_leaders_as_a_noun_or_of_no_level_are_no_title(text: str) -> None:
    assert not any(lab == "TITLE" for _, lab in _tagged(text)), _tagged(text)


def test_names_with_their_own_title_get_no_leaders_title() -> None:
    # (a title opens the list: the names are read with it, 县领导 adds nothing)
    text = "县委常委柳明川、秦岚生、韦立方等县领导参加会议。"
    assert ("县领导", "TITLE") not in _tagged(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("要持续深化“放管服”改革，优化营商环境。", "放管服"),
        ("青岚县扎实推进“三制”改革，激发乡村活力。", "三制"),
    ],
)
def test_a_short_name_quoted_before_its_reform_is_a_slogan(text: str, want: str) -> None:
    assert (want, "SLOGAN") in _tagged(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("要持续当好企业的“店小二”，及时协调解决企业困难。", "店小二"),
        ("争当服务项目的“五星级店小二”，主动上门。", "五星级店小二"),
        ("要对标一流，打造让人“眼前一亮”的示范点位。", "眼前一亮"),
        ("创建工作还差“临门一脚”，要慎终如始。", "临门一脚"),
        ("一是问题要“举一反三”，对标找差。", "举一反三"),
    ],
)
def test_figures_quoted_for_emphasis_are_no_slogan(text: str, word: str) -> None:
    assert (word, "SLOGAN") not in _tagged(text)


def test_the_list_leaders_title_is_one_span_per_mention() -> None:
    text = "柳明川、秦岚生等市领导出席会议。"
    spans = [s for s in suggest(text).spans if s.label == "TITLE"]
    assert [(s.start, s.end) for s in spans] == [(text.index("市领导"), text.index("市领导") + 3)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a campaign named a battle of its own (as “创文大会战”)
        ("今年是全省打响“青岚粮仓科技会战”的第一年。", "青岚粮仓科技会战"),
        # a numbered formula counted with a digit, its parts a per cent or a word of one
        ("要按照防台风“5个100%”（渔船100%回港）的目标部署工作。", "5个100%"),
        ("确保每座水库有监测设备、有预案这“5个有”。", "5个有"),
    ],
)
def test_battles_and_digit_counted_formulas_are_slogans(text: str, want: str) -> None:
    assert (want, "SLOGAN") in _tagged(text)


def test_a_quoted_length_of_time_stays_no_slogan() -> None:
    assert not any(lab == "SLOGAN" for _, lab in _tagged("用“3个月”时间完成整改。"))


@pytest.mark.parametrize(
    "text",
    [
        "县长一行实地查看公司厂房、设备，了解收购计划。",
        "调研组实地走访公司车间，听取情况汇报。",
    ],
)
def test_a_kind_of_company_after_a_verb_of_a_visit_is_no_name(text: str) -> None:
    assert not any(lab == "ORG" for _, lab in _tagged(text)), _tagged(text)


def test_a_named_company_after_a_verb_of_a_visit_stays() -> None:
    assert ("城投公司", "ORG") in _tagged("副县长来到城投公司调研。")
