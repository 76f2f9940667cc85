"""Forms of session 42's audit of fresh pages (audit44, issue 16) and of dev43's two golds.

A titled name closed by 专题 (专题听取 / 专题调研, not only 专题研究) or by 不打招呼; a surname the
list lacked (郅); a system named after a post (河长制工作: no post 河长 and no name 制工作); a bare
day before the event it dates (8日召开, 14日在某地召开) or after 在 and closed by a comma; the
writer's own unit after 我 / 本 (我厅副厅长 -> 副厅长); a flood-control headquarters' short forms
and a headquarters named 总指挥部 (县防指副指挥长, 国家防总副总指挥, 省“三防”总指挥部总指挥)
with the quote inside the body no SLOGAN; “五个100%” a SLOGAN; a meeting named by its kind
(“某某部署会”) no SLOGAN; 则 before a verb of speaking no part of a transliterated name. Every
example is made up; the names are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged
from tests.span_helpers import labelled, people


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("省长陆明远专题听取防汛工作汇报，要求各地落实责任。", "省长", "陆明远"),
        ("省委常委、市委书记张泓华专题调研沿江保护工作。", "市委书记", "张泓华"),
        ("副区长沈文杰专题部署秋冬季森林防火工作。", "副区长", "沈文杰"),
        ("昨天下午，市委书记杜明远不打招呼、轻车简从，深入青禾镇调研。", "市委书记", "杜明远"),
    ],
)
def test_a_titled_name_closed_by_zhuanti_or_butadazhaohu(text: str, title: str, name: str) -> None:
    titles, persons, edges = people(text)
    assert title in titles
    assert name in persons
    assert (name, title) in edges


def test_a_surname_the_list_lacked() -> None:
    text = "各县区分管领导向市委常委、政法委书记郅明峰提交了目标责任书。"
    titles, persons, edges = people(text)
    assert ("郅明峰", "市委常委") in edges and ("郅明峰", "政法委书记") in edges


@pytest.mark.parametrize(
    "text",
    [
        "会议安排部署全区河长制工作。区委书记、区总河长尹明喜主持会议。",
        "听取了全县林长制工作情况汇报。",
        "推动全市田长制工作落细落实。",
    ],
)
def test_a_system_named_after_a_post_is_no_post_and_no_name(text: str) -> None:
    got = labelled(text, "PERSON", "TITLE")
    assert not any(t.endswith("制工作") or t.endswith("河长") and "总" not in t for t, _ in got)
    assert ("制工作", "PERSON") not in got


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("自治区官方8日召开全区边境工作会议。", "8日"),
        ("全市创建工作推进会14日在青禾县召开。", "14日"),
        ("省委书记王明远14日强调，要做好防汛工作。", "14日"),
        ("就在18日，村里刚刚完成村委会换届选举。", "18日"),
    ],
)
def test_a_bare_day_before_the_event_it_dates(text: str, day: str) -> None:
    assert (day, "DATE") in _tagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "存在隐患的单位于3日内整改到位。",
        "请于作品发表后的30日内与编辑部联系。",
        "各单位在5个工作日内办结。",
        "志愿者连续3日举行义务清扫活动。",
    ],
)
def test_a_span_of_days_is_no_date(text: str) -> None:
    assert not labelled(text, "DATE")


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("我厅副厅长赵庆明、二级巡视员杨立参加调研。", "副厅长", "赵庆明"),
        ("本局副局长钱立新带队检查。", "副局长", "钱立新"),
        ("本局局长钱立新带队检查。", "局长", "钱立新"),
    ],
)
def test_the_writers_own_unit_is_no_part_of_the_post(text: str, title: str, name: str) -> None:
    titles, persons, edges = people(text)
    assert (name, title) in edges
    assert not any(t.startswith(("我", "本")) for t in titles)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("县防指副指挥长、副县长何正明沿江堤检查防汛工作。", "县防指副指挥长"),
        ("国家防总副总指挥、水利部部长陈立明对防汛工作提出要求。", "国家防总副总指挥"),
        ("省防总副总指挥、水利厅厅长李立明检查水库。", "省防总副总指挥"),
        ("会上传达了县三防总指挥长、县长胡立明的讲话精神。", "县三防总指挥长"),
        ("副省长、省“三防”总指挥部总指挥陈志明到省“三防”指挥中心检查。", "省“三防”总指挥部总指挥"),
    ],
)
def test_a_flood_headquarters_post_keeps_its_body(text: str, title: str) -> None:
    titles, persons, edges = people(text)
    assert title in titles
    assert any(t == title for _, t in edges)
    assert not labelled(text, "SLOGAN")


def test_a_working_group_of_the_headquarters_stays_one_body() -> None:
    assert ("省防总工作组", "ORG") in _tagged("省防总工作组、县三防办、水务局派员参加。")


def test_a_campaign_quoted_inside_a_body_is_no_slogan() -> None:
    assert not labelled("省长致电省“三防”总指挥部，对防御工作作出指示。", "SLOGAN")
    assert not labelled("副省长到省“三防”指挥中心检查。", "SLOGAN")


def test_five_hundred_per_cents_counted_in_chinese_is_a_slogan() -> None:
    assert ("五个100%", "SLOGAN") in _tagged("要确保防台风工作做到“五个100%”。")
    assert ("5个100%", "SLOGAN") in _tagged("要确保防台风工作做到“5个100%”。")


def test_a_meeting_named_by_its_kind_is_no_slogan() -> None:
    text = "街道召开“社会治安、消防安全集中检查大行动部署会”，会议由街道党工委书记沈立主持。"
    assert not labelled(text, "SLOGAN")


def test_ze_before_a_verb_of_speaking_is_no_part_of_a_transliterated_name() -> None:
    text = "自治区主席齐扎拉则强调改善边境地区基础设施。"
    titles, persons, edges = people(text)
    assert persons == {"齐扎拉"}
    assert ("齐扎拉", "自治区主席") in edges


def test_every_name_after_a_bodys_head_holds_it() -> None:
    # (某某公司负责人甲、乙: the second name was lost, and its later mentions with it)
    text = (
        "近日，市委书记张明、市长王联分别带队到青禾化肥调研，青禾化肥公司负责人孙立、曾清热情"
        "接待。张明一行在公司负责人曾清的带领下来到车间，并听取了曾清关于项目建设的介绍。"
    )
    titles, persons, edges = people(text)
    assert ("曾清", "青禾化肥公司负责人") in edges and ("孙立", "青禾化肥公司负责人") in edges
    assert labelled(text, "PERSON").count(("曾清", "PERSON")) == 3


def test_a_zones_post_keeps_a_long_name_of_the_zone() -> None:
    text = "8月18日，县先进制造业开发区党工委书记、管委会主任吕明坤主持会议。"
    titles, persons, edges = people(text)
    assert ("吕明坤", "县先进制造业开发区党工委书记") in edges


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("国家卫生健康委副主任郭燕明视频致辞。", "国家卫生健康委副主任", "郭燕明"),
        ("县委副书记、县长黄伟明通宵坐镇指挥。", "县长", "黄伟明"),
        ("副县长严忠亮第一时间赶赴现场。", "副县长", "严忠亮"),
        ("副县长严忠亮连夜召开会议。", "副县长", "严忠亮"),
    ],
)
def test_a_titled_name_closed_by_how_or_when_it_acts(text: str, title: str, name: str) -> None:
    titles, persons, edges = people(text)
    assert (name, title) in edges
