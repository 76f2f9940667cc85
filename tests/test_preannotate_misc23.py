"""DATE and SLOGAN forms of session 23 (misc23; a corpus of one city's campaign news, mined on the
development pages; GUIDELINES.md: DATE, calendar expressions with an attached part of day or
time; SLOGAN, a quoted fixed formula of campaign discourse): the week of a month and the weekday
written after a day, the theme an event is held under (以“…”为主题), what the text calls a
slogan after the quote (等宣传语), a fixed term of campaign work (“回头看”), a couplet that ends
in the name of an honour, a long name of an activity of its own kind and the core socialist
values quoted as one formula. Every example is made up in the same forms: the names and the
numbers are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # the week of a month: a weekly bulletin's period is one DATE
        (
            "青岚市创建文明城市实地测评8月份第2周督查通报",
            {("8月份第2周", "DATE")},
            {("8月份", "DATE")},
        ),
        ("（2031年8月份第三周）", {("2031年8月份第三周", "DATE")}, set()),
        ("9月第一周，各街道完成自查。", {("9月第一周", "DATE")}, set()),
        # (an issue or an edition of the month is no week)
        ("8月份第二期简报", {("8月份", "DATE")}, {("8月份第二期", "DATE")}),
        # the weekday written after a day, with the part of day after it
        ("2031年3月17日 星期一", {("2031年3月17日 星期一", "DATE")}, set()),
        ("5月8日（周三）上午，县委召开调度会。", {("5月8日（周三）上午", "DATE")}, set()),
        ("9月3日周五上午，区长到青溪社区调研。", {("9月3日周五上午", "DATE")}, set()),
        ("10月12日星期天晚上，志愿者上街劝导。", {("10月12日星期天晚上", "DATE")}, set()),
        # a party paper's day with the day of the month in brackets; 当晚
        (
            "全县三级干部大会今（6）日召开，昨（5）日下午举行了预备会。",
            {("今（6）日", "DATE"), ("昨（5）日下午", "DATE")},
            set(),
        ),
        ("至今（6）日止，共整改问题80个。", set(), {("今（6）日", "DATE")}),
        ("当晚，志愿者在广场开展文明劝导。", {("当晚", "DATE")}, set()),
        ("天色已相当晚了。", set(), {("当晚", "DATE")}),
        # (周 opening another word is no weekday)
        ("4月6日周边群众纷纷点赞。", {("4月6日", "DATE")}, {("4月6日周边", "DATE")}),
    ],
)
def test_calendar_week(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # the theme an event is held under
        ("学生们现场绘制了以“携手创文”为主题的长卷。", {("携手创文", "SLOGAN")}, set()),
        ("开展以“我陪爷爷学文明”为主题的书信活动。", {("我陪爷爷学文明", "SLOGAN")}, set()),
        (
            "青岚市今年以“争创文明城市，共建和谐新青岚”为主题开展宣传月。",
            {("争创文明城市，共建和谐新青岚", "SLOGAN")},
            set(),
        ),
        # (a short word under a theme is no formula)
        ("以“家”为主题举办展览。", set(), {("家", "SLOGAN")}),
        # what the text calls a slogan after the quote
        (
            "“同建文明家园，共享美好生活”等宣传语贴满了街巷。",
            {("同建文明家园，共享美好生活", "SLOGAN")},
            set(),
        ),
        ("街头挂起了“创文有我，文明同行”的标语。", {("创文有我，文明同行", "SLOGAN")}, set()),
        # a fixed term of campaign work
        ("区创文办对问题点位开展“回头看”。", {("回头看", "SLOGAN")}, set()),
        ("检查组随后组织暗访“回头看”，逐一销号。", {("回头看", "SLOGAN")}, set()),
        # a couplet that ends in the name of an honour is the motto of its campaign; the honour
        # quoted alone is none
        (
            "机关开展“守护清新空气，共创文明城市”新时代文明实践活动。",
            {("守护清新空气，共创文明城市", "SLOGAN")},
            set(),
        ),
        ("荣获“全国文明城市”称号。", set(), {("全国文明城市", "SLOGAN")}),
        # a long name of an activity of its own kind
        (
            "开展了“我为创城出一策进社区居民满意宣传活动”。",
            {("我为创城出一策进社区居民满意宣传活动", "SLOGAN")},
            set(),
        ),
        # the kind of campaign up to ten characters after the quote (no 的 between)
        (
            "讲师团开展“争创文明城市当好文明市民”专题宣讲进社区活动。",
            {("争创文明城市当好文明市民", "SLOGAN")},
            set(),
        ),
        ("青岚地区“文明青岚”全民文明志愿服务活动启动。", {("文明青岚", "SLOGAN")}, set()),
        ("发扬“钉钉子”的精神开展好这次整治活动。", set(), {("钉钉子", "SLOGAN")}),
        # a couplet named by the standard kind of a volunteers' activity, twelve characters on
        (
            "区文联开展“迎元宵闹花灯，扮靓美丽青城”新时代文明实践志愿服务活动。",
            {("迎元宵闹花灯，扮靓美丽青城", "SLOGAN")},
            set(),
        ),
        # a conversion named by what is turned into what
        ("城区主干道完成“白改黑”后，路面平坦。", {("白改黑", "SLOGAN")}, set()),
        ("全镇推进“煤改气”工程。", {("煤改气", "SLOGAN")}, set()),
        # the core socialist values quoted as one formula (longer than 24 characters)
        (
            "牢记“富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友善”"
            "二十四字社会主义核心价值观。",
            {("富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友善", "SLOGAN")},
            set(),
        ),
    ],
)
def test_slogan_forms(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a code counted by its articles is a document
        (
            "社区发放《青岚市民公约》和《青岚文明18条》宣传册。",
            {("青岚市民公约", "DOC"), ("青岚文明18条", "DOC")},
            set(),
        ),
        ("机关干部带头学习《青岚市文明行为十条》。", {("青岚市文明行为十条", "DOC")}, set()),
        # (a count of something else in a title is no code)
        ("观看了《一条小河的故事》。", set(), {("一条小河的故事", "DOC")}),
    ],
)
def test_article_codes(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got
