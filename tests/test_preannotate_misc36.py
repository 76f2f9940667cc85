"""ORG, SLOGAN, DATE and DOC forms the golds of dev36 and dev37 tag (session 34, misc36;
GUIDELINES.md: ORG a named body, SLOGAN a quoted fixed formula inside the quotes without them,
DOC the title inside 《》): bare levels listed before a level's body share it, so no one level
names it (省、州党委; 中央和区市党委 with no mark); a group named by its quoted campaign after 暨;
a motto of parts before the pattern of work or the mechanism it names with a few words between
(“…”的常态创建工作格局); a motto of one part before an idea a word of two qualifies (“某某”的核心
理念); a couplet whose halves rhyme, one character apart in length; the same words turned round
after 由/从 (由“要我扫”变为“我要扫”); a quoted quarter of the year is no formula; a word of two
before a province's or a prefecture city's name, quoted, is its brand (“绿美某省”); a leader's
article in 《》 studied as a document; a title the page broke right after 《. Every example is
made up in the same forms: the names are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # bare levels listed before the last one's body: the body is shared, no ORG
        (
            "青山县落实党中央部署和省、州党委要求。",
            {("党中央", "ORG")},
            {("州党委", "ORG")},
        ),
        ("石桥镇学习中央、省、市文明委的部署。", set(), {("市文明委", "ORG")}),
        ("各乡镇干部及市、区创建办工作人员列席。", set(), {("区创建办", "ORG")}),
        ("上午，市、区创卫督导组赴石桥镇督导。", set(), {("区创卫督导组", "ORG")}),
        # (bare levels written one after another share the body too; not 市区, the urban
        # district, nor a bureau of markets)
        ("青山区执行中央和区市党委的部署。", set(), {("市党委", "ORG")}),
        ("落实中央和省市场监管局的部署。", {("省市场监管局", "ORG")}, set()),
        # (a level written with its place's name before it is a body of its own)
        ("会议由青山县、市文明办联合举办。", {("市文明办", "ORG")}, set()),
        ("县委宣传部、县文明办负责人参加会议。", {("县文明办", "ORG")}, set()),
    ],
)
def test_shared_levels(
    text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]
) -> None:
    got = _tagged(text)
    assert want <= got
    assert not (not_want & got)


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a group named by its quoted campaign after 暨, the "and" of joint meetings
        (
            "林晓东主持召开县委常委会议暨县“花城共建”工作领导小组例会。",
            {("县“花城共建”工作领导小组", "ORG")},
            {("花城共建", "SLOGAN")},
        ),
        # (no level before the quote: the quoted campaign alone)
        ("会议暨“花城共建”工作领导小组会议召开。", {("花城共建", "SLOGAN")}, set()),
    ],
)
def test_quoted_group_after_ji(
    text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]
) -> None:
    got = _tagged(text)
    assert want <= got
    assert not (not_want & got)


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a motto of parts before the pattern of work it names, a few words between
        (
            "会议要求，形成“书记挂帅、专班推进、网格落实、群众参与”的常态创建工作格局。",
            {("书记挂帅、专班推进、网格落实、群众参与", "SLOGAN")},
            set(),
        ),
        (
            "建立“巡查、交办、整改、销号”的闭环管理机制。",
            {("巡查、交办、整改、销号", "SLOGAN")},
            set(),
        ),
        # (quoted speech is none)
        (
            "他说：“我们抓巡查、交办、整改吧”的工作机制。",
            set(),
            {("我们抓巡查、交办、整改吧", "SLOGAN")},
        ),
        # a motto of one part before an idea a word of two qualifies
        ("要始终秉持“简约办事”的核心理念。", {("简约办事", "SLOGAN")}, set()),
        # (of three characters, or after 说, none)
        ("要始终秉持“俭办事”的核心理念。", set(), {("俭办事", "SLOGAN")}),
        ("他说“简约办事”的核心理念要坚持。", set(), {("简约办事", "SLOGAN")}),
        # a couplet whose halves rhyme, one character apart (a place's name of three)
        (
            "牢牢树立“青禾湾是我家，卫生靠大家”的自觉。",
            {("青禾湾是我家，卫生靠大家", "SLOGAN")},
            {("青禾湾", "GPE")},
        ),
        # (halves that do not rhyme, or closed by a particle, are no couplet)
        ("他们说“今天来得很早，明天再去看看”。", set(), {("今天来得很早，明天再去看看", "SLOGAN")}),
        ("大家说“这里是我家呀，创卫靠大家呀”。", set(), {("这里是我家呀，创卫靠大家呀", "SLOGAN")}),
        # the same words turned round after 由/从
        (
            "让创卫活动由“要我创”变为“我要创”。",
            {("要我创", "SLOGAN"), ("我要创", "SLOGAN")},
            set(),
        ),
        (
            "群众从“要我干”到“我要干”转变。",
            {("要我干", "SLOGAN"), ("我要干", "SLOGAN")},
            set(),
        ),
        ("群众从“要我扫”向“我要扫”转变。", {("要我扫", "SLOGAN"), ("我要扫", "SLOGAN")}, set()),
        # a word of two before a province's or a prefecture city's name, quoted: its brand
        ("全县推进“绿美江西”建设。", {("绿美江西", "SLOGAN")}, set()),
        ("全民参与，共建共享“桃源安徽”", {("桃源安徽", "SLOGAN")}, {("安徽", "GPE")}),
        # (a county's name, or speech, is none)
        ("会上，“青州旅游”“印象青州”等新媒体代表发言。", set(), {("印象青州", "SLOGAN")}),
        ("他说“我爱江西”。", set(), {("我爱江西", "SLOGAN")}),
        # (two other words are no formula turned round)
        ("由“旁观者”变为“参与者”。", set(), {("旁观者", "SLOGAN"), ("参与者", "SLOGAN")}),
        # a quoted quarter or half of the year is a time, no formula
        ("确保“一季度”实现首季红。", set(), {("一季度", "SLOGAN")}),
        ("确保“上半年”目标任务完成。", set(), {("上半年", "SLOGAN")}),
        # (a counted formula still is one)
        ("全力推进“三季行动”。", {("三季行动", "SLOGAN")}, set()),
    ],
)
def test_slogans(text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]) -> None:
    got = _tagged(text)
    assert want <= got
    assert not (not_want & got)


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a leader's article in 《》 studied as a document
        (
            "会议传达学习了重要文章《推进新时代文化繁荣》精神。",
            {("推进新时代文化繁荣", "DOC")},
            set(),
        ),
        # a title the page broke right after the mark: the next line's title is the DOC
        (
            "副县长林晓东传达了《\n青山县创卫工作实施方案》，随后宣读了名单。",
            {("青山县创卫工作实施方案", "DOC")},
            set(),
        ),
        # (a newspaper's title so broken is none, nor an empty pair)
        ("他在《\n青山日报》发表文章。", set(), {("青山日报", "DOC")}),
        # (a newspaper's or a song's title is none)
        ("他在《青山日报》发表文章。", set(), {("青山日报", "DOC")}),
        ("合唱《歌唱青山》。", set(), {("歌唱青山", "DOC")}),
    ],
)
def test_docs(text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]) -> None:
    got = _tagged(text)
    assert want <= got
    assert not (not_want & got)
