"""DATE and SLOGAN forms of session 25 (misc25; the errors of the engine on two development sets
annotated by independent careful annotators, read by GUIDELINES.md: DATE, calendar expressions;
SLOGAN, a quoted fixed formula of campaign discourse): the day of the month in brackets after a
relative day, the bare day of a news lead before or after its reporter; a formula quoted inside
a quotation with the single marks, a numbered formula whose parts each open with their count, a
motto of three parts on one head, the resolve a motto names (信念, 信心, 决心, 责任感), national
campaigns quoted alone, 第一 as a rank (no count). Every example is made up: the names and the
numbers are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # the day of the month in brackets after the relative day: both DATEs
        (
            "昨天（14日），青岚市举行迎春环境整治动员会。",
            {("昨天", "DATE"), ("14日", "DATE")},
            set(),
        ),
        ("今天（3日）上午，全县召开创卫推进会。", {("今天", "DATE"), ("3日", "DATE")}, set()),
        # the bare day of a news lead, before or after its reporter
        (
            "这是27日记者从青岚县召开的创建工作推进会上了解到的。",
            {("27日", "DATE")},
            set(),
        ),
        ("记者9日从市文明办获悉，全市将开展整治。", {("9日", "DATE")}, set()),
        # (a full date keeps its month; a decimal is no day)
        ("2031年6月27日记者从市里获悉", {("2031年6月27日", "DATE")}, {("27日", "DATE")}),
        ("(1.5日记者", set(), {("5日", "DATE")}),
    ],
)
def test_bracketed_and_lead_days(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a formula quoted inside a quotation with the single marks
        (
            "他问摊主：“您对‘创卫’‘巩文’工作了解多少？”",
            {("创卫", "SLOGAN"), ("巩文", "SLOGAN")},
            set(),
        ),
        (
            "“我们坚持‘三清两改一提升’，问题全部整改。”青河镇负责人说。",
            {("三清两改一提升", "SLOGAN")},
            set(),
        ),
        # (a figure in single marks is none)
        ("他说：“社区是城市的‘里子’，要管好。”", set(), {("里子", "SLOGAN")}),
        # a numbered formula whose parts open with their count, of any length
        (
            "青岚是全省“一核、三大片区”的主要承载地。",
            {("一核、三大片区", "SLOGAN")},
            set(),
        ),
        # a motto of three parts on one head
        (
            "为营造“我知晓我支持我行动”的浓厚氛围，全镇开展入户宣传。",
            {("我知晓我支持我行动", "SLOGAN")},
            set(),
        ),
        ("各村开展“比卫生比秩序比服务”评比。", {("比卫生比秩序比服务", "SLOGAN")}, set()),
        # the resolve a motto names
        (
            "全县上下要牢固树立“巩卫必胜”的信念，全力冲刺。",
            {("巩卫必胜", "SLOGAN")},
            set(),
        ),
        (
            "要以“日日不敢懈怠”的责任感抓好整改。",
            {("日日不敢懈怠", "SLOGAN")},
            set(),
        ),
        # (a word of three before it is no motto)
        ("要拿出“等不起”的紧迫感。", set(), {("等不起", "SLOGAN")}),
        # national campaigns quoted alone
        (
            "要把创建工作与“我为群众办实事”结合起来。",
            {("我为群众办实事", "SLOGAN")},
            set(),
        ),
        ("各社区围绕“告别不文明行为”开展讨论。", {("告别不文明行为", "SLOGAN")}, set()),
        # 第一 ranks one thing: no count
        ("青岚村“第一书记”带头清扫村道。", set(), {("第一书记", "SLOGAN")}),
        ("全市召开“开年第一会”。", set(), {("开年第一会", "SLOGAN")}),
    ],
)
def test_single_marks_counts_frames_resolve(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # the steps of a process parted by a dash are the parts of a formula
        (
            "要建立健全问题“排查—交办—整改—复核”闭环机制。",
            {("排查—交办—整改—复核", "SLOGAN")},
            set(),
        ),
        ("青岚县建立“发现—培育—宣传”体系。", {("发现—培育—宣传", "SLOGAN")}, set()),
        # parallel formulas share a frame; topics of work share none (a list of categories)
        (
            "要在“深度治脏”上出实招。要在“系统治乱”上动真格。要在“全面治差”上下功夫。",
            {("深度治脏", "SLOGAN"), ("系统治乱", "SLOGAN"), ("全面治差", "SLOGAN")},
            set(),
        ),
        (
            "要围绕“硬件短板”补差距；要围绕“街巷环境”抓整治；要围绕“青岚风貌”塑品牌。",
            set(),
            {("硬件短板", "SLOGAN"), ("街巷环境", "SLOGAN"), ("青岚风貌", "SLOGAN")},
        ),
        # (battles of three are figures, in a parallel run as when quoted alone)
        (
            "要打好“攻坚战”，全面排查；打好“持久战”，常抓不懈；打好“冲刺战”，确保成功。",
            set(),
            {("攻坚战", "SLOGAN"), ("持久战", "SLOGAN"), ("冲刺战", "SLOGAN")},
        ),
        (
            "“孝亲敬老”代表丁某、“扶危济困”代表甲某、“尊师重教”代表乙某、“爱岗敬业”代表丙某先后发言。",
            set(),
            {("扶危济困", "SLOGAN"), ("尊师重教", "SLOGAN"), ("爱岗敬业", "SLOGAN")},
        ),
    ],
)
def test_dash_parts_and_one_frame(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got
