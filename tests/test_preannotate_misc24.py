"""DATE, SLOGAN and DOC forms of session 24 (misc24; a probe grid of made-up sentences by kind and
frame, and a batch of fresh meeting reports of eight provinces; GUIDELINES.md: DATE, calendar
expressions with an attached part of day or time; SLOGAN, a quoted fixed formula of campaign
discourse; DOC, the title of a law, regulation, standard, plan or outline inside 《》): the first
quarters of a year and a pair of quarters, the paper's 今日 before the event, lunar dates; the
names of congresses (no formula), campaigns named by their own last words (革命, 大会战, 提升年 …),
a kind of campaign after 的 (a figure), the short name of a formula (简称“…”), a name before the
work it names, a principle of many parts before its system; a title of an assessment's
requirements. Every example is made up: the names and the numbers are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # the first quarters (or months) of a year, one DATE with the year
        (
            "会议通报了今年前三季度全市文明指数测评情况。",
            {("今年前三季度", "DATE")},
            {("今年", "DATE"), ("三季度", "DATE")},
        ),
        ("2031年前三季度，全县完成整改问题412个。", {("2031年前三季度", "DATE")}, set()),
        ("2031年前10个月，全区共受理投诉86件。", {("2031年前10个月", "DATE")}, set()),
        # a pair or a range of quarters written with one 季度
        (
            "会议通报了青岚省2031年第一、二季度文明行动测评情况。",
            {("2031年第一、二季度", "DATE")},
            {("2031年", "DATE"), ("二季度", "DATE")},
        ),
        ("全市一、二季度测评成绩稳步提升。", {("一、二季度", "DATE")}, {("二季度", "DATE")}),
        (
            "第二季度综合指数比第一季度提高5分。",
            {("第二季度", "DATE"), ("第一季度", "DATE")},
            set(),
        ),
        # 元月, the first month
        ("元月5日，青岚县召开创卫推进会。", {("元月5日", "DATE")}, set()),
        ("2031年元月，全市启动创建工作。", {("2031年元月", "DATE")}, {("2031年", "DATE")}),
        # the paper's own day before the event it reports
        ("市文明委全体会议今日举行。", {("今日", "DATE")}, set()),
        ("青岚县创卫工作推进会今日召开。", {("今日", "DATE")}, set()),
        # (an outlet named 今日某某 is none)
        ("来源：今日青岚", set(), {("今日", "DATE")}),
        # a lunar date
        ("农历正月初八，青岚镇召开春季环境整治动员会。", {("农历正月初八", "DATE")}, set()),
        ("群众于腊月二十三自发清扫村道。", {("腊月二十三", "DATE")}, set()),
        ("县委定于农历十月十八前完成全部整改。", {("农历十月十八", "DATE")}, set()),
    ],
)
def test_calendar_quarters_today_lunar(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # the name of a congress or a plenary session is a meeting's, no formula
        ("团员们深入学习贯彻“十九大”精神。", set(), {("十九大", "SLOGAN")}),
        ("以优异成绩迎接“二十大”胜利召开。", set(), {("二十大", "SLOGAN")}),
        ("全面落实“十九届五中全会”部署。", set(), {("十九届五中全会", "SLOGAN")}),
        # (a campaign named with the congress stays one)
        (
            "持续开展“喜迎二十大文明创建在行动”系列宣传活动。",
            {("喜迎二十大文明创建在行动", "SLOGAN")},
            set(),
        ),
        # a campaign named by its own last words
        ("各部门积极投身“创文大会战”。", {("创文大会战", "SLOGAN")}, set()),
        ("全力打好“蓝天保卫战”。", {("蓝天保卫战", "SLOGAN")}, set()),
        ("该县以“厕所革命”为抓手改善人居环境。", {("厕所革命", "SLOGAN")}, set()),
        ("为实现“全面突破年”各项目标贡献力量。", {("全面突破年", "SLOGAN")}, set()),
        # (a kind of campaign after 的 is a figure)
        (
            "优化营商环境是一项“永不竣工的工程”，需要久久为功。",
            set(),
            {("永不竣工的工程", "SLOGAN")},
        ),
        ("要深入推进“永不竣工的工程”。", set(), {("永不竣工的工程", "SLOGAN")}),
        # the short name of a formula is one too
        (
            "开展以“一项引领工程、三大创建活动、七个专项行动”（简称“137”）为重点的大行动。",
            {("一项引领工程、三大创建活动、七个专项行动", "SLOGAN"), ("137", "SLOGAN")},
            set(),
        ),
        # (the short name of a body is none)
        (
            "成立青岚区文明城区建设领导小组（以下简称“领导小组”）。",
            set(),
            {("领导小组", "SLOGAN")},
        ),
        # a name of four or more before the work it names
        ("充分发动群众积极投身“两城联创”工作。", {("两城联创", "SLOGAN")}, set()),
        ("为切实做好“创卫迎检”工作，街道召开动员会。", {("创卫迎检", "SLOGAN")}, set()),
        # (not an honour striven for, a task naming its places, or the staff of the work)
        ("在创“文明圩镇”工作中强化担当。", set(), {("文明圩镇", "SLOGAN")}),
        (
            "召开“青岚州创建某省文艺副中心”工作推进会。",
            set(),
            {("青岚州创建某省文艺副中心", "SLOGAN")},
        ),
        ("表彰“优秀网格员”工作者。", set(), {("优秀网格员", "SLOGAN")}),
        # a named system of work
        ("还建立了“点单制”实践志愿服务机制。", {("点单制", "SLOGAN")}, set()),
        ("全面推行“积分制”管理。", {("积分制", "SLOGAN")}, set()),
        # (a word that merely ends in 制 is none)
        ("要健全“长效机制”。", set(), {("长效机制", "SLOGAN")}),
        # what a campaign is driven by
        ("各单位要以“联创共建”为抓手，推动创建。", {("联创共建", "SLOGAN")}, set()),
        ("该县以“文明城市创建年”为牵引补齐短板。", {("文明城市创建年", "SLOGAN")}, set()),
        # (a field of work is none)
        ("以“环境整治”为主要突破口。", set(), {("环境整治", "SLOGAN")}),
        # a principle of many parts before the system or mechanism it names
        (
            "健全“党委统一领导、党政齐抓共管、文明委组织协调、有关部门各负其责、全社会积极参与”的"
            "领导体制。",
            {
                (
                    "党委统一领导、党政齐抓共管、文明委组织协调、有关部门各负其责、全社会积极参与",
                    "SLOGAN",
                )
            },
            set(),
        ),
    ],
)
def test_slogan_forms(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "会议学习了《全国县级文明城市指标体系及测评要求》。",
            {("全国县级文明城市指标体系及测评要求", "DOC")},
        ),
        (
            "《青岚市文明城市测评要求（2031版）》明确了标准。",
            {("青岚市文明城市测评要求（2031版）", "DOC")},
        ),
        # a pledge of targets signed with the county, and a plan of years named 三年行动
        (
            "会上签订了《青岚县创建全国文明城市目标责任状》。",
            {("青岚县创建全国文明城市目标责任状", "DOC")},
        ),
        (
            "市政府印发《青岚市城市品质提升三年行动（2031—2033年）》。",
            {("青岚市城市品质提升三年行动（2031—2033年）", "DOC")},
        ),
    ],
)
def test_assessment_requirements(text: str, want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
