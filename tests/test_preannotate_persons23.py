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


# person.doctrine (opt-in): the leader's name opening a doctrine's name, for a team that tags a
# name inside a name no label takes; left untagged by default
_DOCTRINE_TEXTS = [
    ("全县上下要坚持以习近平新时代中国特色社会主义思想为指导，扎实推进创建。", ["习近平"]),
    ("深入学习贯彻习近平生态文明思想，守护青禾山水。", ["习近平"]),
    ("坚持以马克思列宁主义、毛泽东思想、邓小平理论为指导。", ["毛泽东", "邓小平"]),
]


@pytest.mark.parametrize("text, names", _DOCTRINE_TEXTS)
def test_doctrine_name_is_opt_in(text: str, names: list[str]) -> None:
    from civannot.preannotate import suggest
    from civannot.preannotate.persons import DOCTRINE
    from civannot.preannotate.registry import DEFAULT_OFF

    assert DOCTRINE in DEFAULT_OFF
    assert _persons(text) == []
    on = suggest(text, disabled=DEFAULT_OFF - {DOCTRINE})
    assert [text[s.start : s.end] for s in on.spans if s.label == "PERSON"] == names


def test_doctrine_cue_holds_where_the_rule_fires() -> None:
    from civannot.learn.corrections import SWITCH_CUES
    from civannot.preannotate.persons import DOCTRINE, DOCTRINE_CUE

    assert SWITCH_CUES[DOCTRINE] is DOCTRINE_CUE
    for text, _ in _DOCTRINE_TEXTS:
        assert DOCTRINE_CUE.search(text)
    # a name before 总书记 or 同志 is read by the default rules, with or without a doctrine
    assert _persons("习近平总书记强调，要把文明城市创建好。") == ["习近平"]


def test_training_switches_doctrine_names_on_for_a_team_that_tags_them() -> None:
    from civannot.learn.corrections import learn_switches, switch_disabled
    from civannot.learn.data import GoldDoc
    from civannot.preannotate import suggest
    from civannot.preannotate.persons import DOCTRINE
    from civannot.preannotate.registry import DEFAULT_OFF
    from civannot.records import Span

    texts = [t for t, _ in _DOCTRINE_TEXTS] + ["县委书记韩立峰强调，要抓好整改落实。"]
    off = [suggest(t) for t in texts]

    def resuggest(key: str) -> list:  # noqa: ANN401
        return [suggest(t, disabled=switch_disabled(DEFAULT_OFF, key)) for t in texts]

    def gold(text: str, sug) -> GoldDoc:  # noqa: ANN001
        spans = [Span(s.start, s.end, s.label, s.text) for s in sug.spans]
        return GoldDoc(text, text, spans, [])

    on = [suggest(t, disabled=DEFAULT_OFF - {DOCTRINE}) for t in texts]
    tags_them = [gold(t, s) for t, s in zip(texts, on, strict=True)]
    assert DOCTRINE in learn_switches(tags_them, off, resuggest)[0]
    leaves_them = [gold(t, s) for t, s in zip(texts, off, strict=True)]
    assert DOCTRINE not in learn_switches(leaves_them, off, resuggest)[0]


@pytest.mark.parametrize(
    "text, want",
    [
        # a list after a noun of leaders by rank, one of whose names the report titles elsewhere
        (
            "当天，我市地厅级领导韩立峰、郑晓燕、周建国等率先垂范，参加志愿服务。"
            "市政协副主席韩立峰来到社区。",
            ["韩立峰", "郑晓燕", "周建国", "韩立峰"],
        ),
        (
            "区管委会主任孙爱华，区班子成员韩立峰、郑晓燕参加。区管委会副主任韩立峰主持。",
            ["孙爱华", "韩立峰", "郑晓燕", "韩立峰"],
        ),
        # nobody of the list named elsewhere: the grade's leaders read as 市领导 (session 32)
        ("当天，我市县处级领导韩立峰、郑晓岚等率先垂范，参加志愿服务。", ["韩立峰", "郑晓岚"]),
    ],
)
def test_list_after_a_noun_of_leaders(text: str, want: list[str]) -> None:
    assert _persons(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        # who answers for a body speaks for it: staff acting for it, like 工作人员某某表示
        ("“我们全面推行项目全流程服务。”青禾高新区有关负责人韩立峰说。", ["韩立峰"]),
        ("松河区创建办宣传负责人郑晓燕告诉记者，活动还将继续。", ["郑晓燕"]),
        # no name after the role
        ("各单位负责人要高度重视，抓好整改。", []),
        ("会议听取了各乡镇负责人汇报。", []),
    ],
)
def test_name_after_the_person_in_charge(text: str, want: list[str]) -> None:
    assert _persons(text) == want
