"""SLOGAN and DATE forms of session 25 (misc26; the errors of the engine on dev24, a development
set annotated twice by independent careful annotators, read by GUIDELINES.md: SLOGAN, a quoted
fixed formula of campaign discourse; DATE, calendar expressions): the campaign for an honour
named by its verb, national formulas quoted alone, a policy named by its count of articles in
digits, a formula counted by 双 and one character, a city's positioning, comma parts of one length
on one frame (longer than a quote is read too), a 我 in halves on one frame, 人们 no pronoun;
lone-一 figures of speech are none; a relative day glued to a page's stamp. Every example is made
up: the names and the numbers are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # the campaign for an honour, a place's name before it or none: a named campaign
        (
            "6月3日上午，青岚区召开“溪州市创建全国文明城市”暨环境整治推进会。",
            {("溪州市创建全国文明城市", "SLOGAN")},
            {("溪州市", "GPE")},
        ),
        ("“创建国家卫生城市”这一目标，第一次写进了报告。", {("创建国家卫生城市", "SLOGAN")}, set()),
        ("全镇积极开展“巩固全国文明城市”宣传。", {("巩固全国文明城市", "SLOGAN")}, set()),
        # (the honour itself, or an honour that holds 创建 inside, is none)
        ("溪州市当选“全国文明城市”，成为全省第一个。", set(), {("全国文明城市", "SLOGAN")}),
        (
            "青岚县荣获“全国民族团结进步创建活动示范县”授牌仪式在县里举行。",
            set(),
            {("全国民族团结进步创建活动示范县", "SLOGAN")},
        ),
        # national formulas quoted alone
        (
            "利用工地围挡展播“中国梦”、讲文明树新风、“社会主义核心价值观”公益广告。",
            {("中国梦", "SLOGAN"), ("社会主义核心价值观", "SLOGAN")},
            set(),
        ),
        # (“急难愁盼”: a list of the categories of problems, no formula — GUIDELINES' quoted lists
        # of categories; dev27A's gold leaves it untagged twice, dev24's two golds tagged it: a
        # convention decided by form in orgs27)
        ("要紧盯群众“急难愁盼”，办好民生实事。", set(), {("急难愁盼", "SLOGAN")}),
        ("三十年来，“绿色发展”是这座城始终坚守的路。", {("绿色发展", "SLOGAN")}, set()),
        # a policy named by its count of articles, in digits
        ("青岚市出台稳岗政策“22条”。", {("22条", "SLOGAN")}, set()),
        ("青岚市出台“新12条”。", {("新12条", "SLOGAN")}, set()),
        # a formula counted by 双 and one character, after 的 too
        ("推进城市生态修复和城市修补的“双修”，打造山水城市。", {("双修", "SLOGAN")}, set()),
        ("二是要推动“双文”融合，让文化与文明相融。", {("双文", "SLOGAN")}, set()),
        # (the pair of holidays is an occasion, a win-win a word)
        ("青岚镇召开迎“双节”环境卫生整治会。", set(), {("双节", "SLOGAN")}),
        ("实现“双赢”。", set(), {("双赢", "SLOGAN")}),
    ],
)
def test_named_campaigns_and_national_formulas(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a city's positioning, 人们 and all (no pronoun)
        (
            "以“把青岚建成人们心中更宜居的山水名城”城市定位为统领，补齐短板。",
            {("把青岚建成人们心中更宜居的山水名城", "SLOGAN")},
            set(),
        ),
        ("立足“溪南生态屏障示范带”定位，突出抓好生态。", {("溪南生态屏障示范带", "SLOGAN")}, set()),
        # comma parts of one length on one frame: a slogan wherever it stands
        (
            "按照“一年打基础，两年上台阶，四年大变样”对新城进行规划。",
            {("一年打基础，两年上台阶，四年大变样", "SLOGAN")},
            set(),
        ),
        (
            "坚决做到“垃圾不乱倒，污水不直排，渣土不裸露”。",
            {("垃圾不乱倒，污水不直排，渣土不裸露", "SLOGAN")},
            set(),
        ),
        # (longer than a quote is read: 25 to 60 characters)
        (
            "力争展现青岚“寻古道之韵，守边关之魂，赏湖光之美，品稻香之醇，看新城之变”的新形象。",
            {("寻古道之韵，守边关之魂，赏湖光之美，品稻香之醇，看新城之变", "SLOGAN")},
            set(),
        ),
        # (parts of one length with no frame, or quoted speech with a particle, are none)
        (
            "他说：“大家辛苦了，工作做好了，心里踏实了”。",
            set(),
            {("大家辛苦了，工作做好了，心里踏实了", "SLOGAN")},
        ),
        # a 我 in two halves of one length on one frame, named by the kind after it
        (
            "形成“家园是我家，整洁靠大家”的理念。",
            {("家园是我家，整洁靠大家", "SLOGAN")},
            set(),
        ),
        # (a 我 in halves of no frame: speech, as before)
        ("形成“我来带个头，大家跟着学”的氛围。", set(), {("我来带个头，大家跟着学", "SLOGAN")}),
    ],
)
def test_positionings_and_framed_parts(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, not_want",
    [
        # one of a measure that makes a figure of speech counts nothing
        ("创城是一场持久战，不是“一阵风”，要常抓不懈。", {("一阵风", "SLOGAN")}),
        ("激活文明城市创建“一池春水”。", {("一池春水", "SLOGAN")}),
        ("对照“一本账”、补缺补差。", {("一本账", "SLOGAN")}),
    ],
)
def test_lone_one_figures(text: str, not_want: set) -> None:
    got = _tagged(text)
    assert not (not_want & got), not_want & got


def test_lone_one_with_a_kind_stays() -> None:
    # (a programme named with a kind after it is one: “一把扫”工程, “一号工程”)
    got = _tagged("推进城乡保洁“一把扫”工程，实施“一号工程”。")
    assert {("一把扫", "SLOGAN"), ("一号工程", "SLOGAN")} <= got, got


def test_relative_day_glued_to_a_page_stamp() -> None:
    got = _tagged("2031年10月08日 20:38昨日，青岚新区召开常委扩大会议。")
    assert {("2031年10月08日 20:38", "DATE"), ("昨日", "DATE")} <= got, got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # the dream a place names as its goal
        (
            "溪南新区绘制了“新城梦”，助推“青岚梦”。",
            {("新城梦", "SLOGAN"), ("青岚梦", "SLOGAN")},
            set(),
        ),
        # (a theme with 我 or 的 is no such name)
        ("这就是“我的读书梦”。", set(), {("我的读书梦", "SLOGAN")}),
    ],
)
def test_dreams(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


def test_an_open_letter_in_a_run_of_documents_is_one() -> None:
    # 《…告全体市民书》: an open letter handed out is a document's title, as both golds of f39
    # read a letter (session 39, audit39; it was none since this session)
    got = _tagged("发放《青岚市市民公约》《创建某省文明城市告全体市民书》等宣传资料。")
    assert ("青岚市市民公约", "DOC") in got, got
    assert ("创建某省文明城市告全体市民书", "DOC") in got, got


@pytest.mark.parametrize(
    "text, want",
    [
        # a date whose digits the site masked, tagged as written
        ("全力做好迎检准备，**月*日下午，青岚开发区召开推进会。", {("**月*日下午", "DATE")}),
        ("*月**日，青岚县召开创建工作推进会。", {("*月**日", "DATE")}),
        ("确保20**年我县晋级全国县级文明城市。", {("20**年", "DATE")}),
    ],
)
def test_masked_dates(text: str, want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)


def test_masked_characters_are_no_date() -> None:
    # (a masked character of a body's name is none: 市*府)
    got = _tagged("市*府办公室2**号文件。")
    assert not any(label == "DATE" for _, label in got), got


def test_masked_date_inside_the_month() -> None:
    # (5月*日: the lone asterisk between two characters, read as a lost one, is inside the date)
    got = _tagged("5月*日上午，青岚镇召开推进会。")
    assert ("5月*日上午", "DATE") in got, got
