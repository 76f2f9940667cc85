"""DOC and SLOGAN rules: titles of documents inside 《》 (doc.book: the title ends in a kind of
document, rule_words doc_kinds, not a newspaper, an article or a song) and from the shipped list
(doc.gazetteer), quoted fixed formulas of campaign discourse (slogan.quoted), not quoted metaphors,
emphasis or the honours a place is given (“全国文明城市”)."""

from __future__ import annotations

import re
from functools import lru_cache

from civannot.preannotate.common import _CN_NUM, Doc
from civannot.preannotate.gazetteers import Gazetteers, rule_words
from civannot.preannotate.scan import speed_up

_STOP_NUMERAL = tuple(rule_words()["stop_numeral"])
# what follows a named campaign, action or mechanism: “精品背街小巷”示范创建, “清洁家园”行动
_CAMPAIGN_NOUNS = tuple(rule_words()["campaign_nouns"])


_LAUNCH_VERBS = tuple(rule_words()["launch_verbs"])
# “在哪种烟”措施, “有事来协商”平台, “外防输入”防线, “唐农”品牌, “一线”工作法: the measure, the
# platform, the line of defence, the brand or the method a quoted name of two or more names right
# after it (session 46, gpe48: every such quote of the pooled dev gold is tagged, 7 of 7)
_SHORT_HEADS = tuple(rule_words()["slogan_short_heads"])
# 以“甲”为抓手, 以“甲”、“乙”为抓手: what a campaign is driven by, between 以 and one of them
_FRAME_HEADS = tuple(rule_words()["slogan_frame_heads"])
# “回头看”: a fixed term of campaign work, a SLOGAN quoted alone (session 23, misc23)
_CAMPAIGN_TERMS = frozenset(rule_words()["campaign_terms"])
# “红黑榜”, “光荣榜”, “曝光榜”: a named board that ranks or shames, a mechanism of the campaign
# (both golds of f47 tag “红黑榜”; misc51); not a verb before the board (“上榜”, “揭榜”)
_BOARD_ENDS = tuple(rule_words()["slogan_board_ends"])
_BOARD_VERBS = frozenset("上登揭发张放落打入")
# “绿水青山就是金山银山”, “时间就是生命”: a motto that equates two things, wherever it stands
# (the dev gold tags it before 的生态文明思想; 13 of 15 on wide45-50 are tagged already by the
# kind after them; misc51); not “这就是…”, “也就是…”, nor an explanation, “就是要…”
_EQUATED = re.compile(
    "[\u4e00-\u9fff]{0,8}(?![也这那不还正可只])[\u4e00-\u9fff]就是(?![要在把让说])[\u4e00-\u9fff]{2,10}"
)
# (《致全市人民的一封信》, 《某某倡议书》: a letter or an appeal handed out is a document's title
# too, as both golds of f39 read it; session 39, audit39)
_DOC_KINDS = tuple(rule_words()["doc_kinds"])
# the edition or status closing a title: （讨论稿）, (2023—2025年), （试行）
_TITLE_NOTE = re.compile(r"(?:[（(][^（()）]{1,16}[)）]\s*)+$")
# the years a plan covers written after its kind: 《某某三年工作规划2022—2024年》 (session 15 audit)
_TITLE_YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[—–\-－~～至]\s*(?:19|20)\d\d)?年度?$")
_HONOURS = tuple(rule_words()["honour_titles"])
# their last characters: a quote that ends in none of them ends in no honour (_is_slogan asks
# this first, a set's test, before endswith tries the honours one by one)
_HONOUR_LAST = frozenset(h[-1] for h in _HONOURS)
# “创建全国文明城市”这一目标, 开展“某市创建全国文明城市”暨…推进会: the campaign for an honour,
# named by its verb (a place before it), is a named campaign, not the honour (session 25, misc26:
# three pages of three provinces, both golds of dev24)
# (the verb right before the level of the honour, a place's name only before it: “全国某某创建
# 活动示范市” is an honour)
_FOR_HONOUR = re.compile(
    "(?!全国|国家)[\u4e00-\u9fff]{0,6}?(?:创建|争创|巩固)(?:全国|国家|省级|省|市级)[\u4e00-\u9fff]{2,8}"
)


def _honour(c: str) -> bool:
    """“全国文明城市”: the honour a place is given (a couplet that ends in one or the campaign
    for one is none)."""
    return c.endswith(_HONOURS) and not _couplet(c) and _FOR_HONOUR.fullmatch(c) is None


# “1+3”, “1+N”: a formula of a core document and its companions
_DIGIT = re.compile(r"\d")
# (compiled once here, not looked up in re's cache at every call of _is_slogan; speed19)
_DIGITS = re.compile(r"\d+")
# (“发现—交办—整改—销号”闭环机制, “培育—选树—礼遇”体系: the steps of a process parted by a
# dash are parts too; session 25, misc25: two golds of two sources)
_PARTS_SPLIT = re.compile("[、·・•→]|(?<!—)—(?!—)")
_REDUPLICATED = re.compile(r"(.)一\1")
_PAIR_HEADS = tuple(rule_words()["pair_heads"])
# (“1+4+7+N”, “社区+物业+志愿者”, “白+黑”: parts of digits or words joined by +, each a
# formula of the parts that work together; session 22, misc22)
_PLUS_FORMULA = re.compile(
    r"(?:\d{1,2}|[NXnx]|[\u4e00-\u9fff]{1,8})(?:\s*[+＋]\s*(?:\d{1,2}|[NXnx]|[\u4e00-\u9fff]{1,8}))+"
)


# (doc_verbs: what is issued, followed or read out; 重要文章《某某》 too, a leader's article
# studied as a document: both golds of dev36; session 34, misc36)
_DOC_VERBS = re.compile(
    "(?:" + "|".join(map(re.escape, rule_words()["doc_verbs"])) + ")(?:了|的)?$"
)


_ARTICLE_COUNT = re.compile(r"新?\d{1,3}条")
_ARTICLES_CODE = re.compile(r"[\u4e00-\u9fff]{2}(?:\d{1,3}|[一二三四五六七八九十百]{1,3})条$")


# 《某某执委会<关于开展…的工作方案>》, 《某某〈某某办法〉》: the issuer, then the title in inner marks
_INNER_TITLE = re.compile(r"[<〈]([^<>〈〉《》\n]{2,80})[>〉]$")


def _inner_title(content: str) -> str:
    """The title a book's content closes with in inner marks (<…> or 〈…〉), else the content."""
    if content[-1:] not in (">", "〉"):
        return content
    m = _INNER_TITLE.search(content)
    return m.group(1) if m is not None else content


def _document_title(title: str, text: str, start: int) -> bool:
    """《全国文明城市测评体系》, 《意见》, 《某某实施方案（讨论稿）》: a title that ends in a kind of
    document; or whatever title a verb of issuing or following names (发布《某某任务分解》,
    对照《某某》); 《某某日报》, an article's or a song's title does not."""
    if "\n" in title:
        # 《某某创建全国文明城市\n工作方案》: a title the page wrapped; the first line must not
        # close a sentence and the whole must end in a kind of document (an unclosed 《 before
        # a line break is no title)
        head, tail = title.split("\n")
        if not head.strip():
            # 《\n某某创建工作方案》: the page broke the line right after the mark; the title is
            # the next line's (both golds of dev37; session 34, misc36)
            return _document_title(tail, text, start)
        if head.rstrip().endswith(("。", "！", "？", "；", "：")) or len(head.strip()) < 2:
            return False
        core = _TITLE_NOTE.sub("", head.strip() + tail.strip())
        return core.endswith(_DOC_KINDS)
    core = _TITLE_NOTE.sub("", title.strip())
    # 《关于实现某某工作动态化管理》: 关于 opens the title of a document whatever its end
    if core.startswith("关于") and len(core) >= 8:
        return True
    if core.endswith(_DOC_KINDS) or _TITLE_YEARS.sub("", core).endswith(_DOC_KINDS):
        return True
    # 《某某市文明行为20条》, 《某某文明十条》: a code counted by its articles (session 23, misc23:
    # two fresh pages of two provinces)
    if core.endswith("条") and _ARTICLES_CODE.search(core) is not None:
        return True
    return _DOC_VERBS.search(text, max(0, start - 5), start) is not None


# “创文”“创卫”, “创文保卫”, “双创”: the short name of a campaign, one to three of its units
_CAMPAIGN_SHORT = re.compile(
    "(?:" + "|".join(map(re.escape, rule_words()["campaign_short"])) + "){1,3}"
)
_LAUNCH_BEFORE = re.compile(
    "(?:"
    + "|".join(_LAUNCH_VERBS + ("选树", "推选", "培育", "命名"))
    + ")(?:了|出)?(?:一批|一大批)?$"
)


def _metaphor(text: str, qs: int, qe: int) -> bool:
    """城市的“里子”。 / 乡村振兴的“铸魂工程”， / “保姆式”服务: a quoted word that a 的 attaches
    to a noun and that closes its clause, or a manner in 式, is a figure of speech; a formula
    counted with a numeral above one is none (赋予的“三大发展定位”，; 城市的“一张名片” is)."""
    if text[qe : qe + 1] == "式":
        return True
    # “永不竣工的工程”: a kind of campaign after 的 is a figure, no campaign's name (session 24)
    if text[qe - 2 : qe - 1] in _SELF_KIND_LAST and _FIGURE_KIND.search(text, qs + 1, qe - 1):
        return True
    # (城市修补的“双修”，: a formula counted by 双 is none either; session 25, misc26)
    # (大家牵挂的“国之大者”，: a fixed term of campaign work is none either; session 34, locs37)
    return (
        text[qs - 1 : qs] == "的"
        and text[qe : qe + 1] in ("，", "。", "；", "！")
        and not _counted(text[qs + 1 : qe - 1])
        # (…的“头号工程”，: a task ranked first is a named one; names38)
        and not text.startswith(_RANKED, qs + 1)
        and not text.startswith(_PAIR_HEADS, qs + 1)
        and text[qs + 1 : qe - 1] not in _CAMPAIGN_TERMS
        # (省委确定的“高质量项目推进年”，: a year named by its work is a campaign's name, never a
        # figure; both golds of f50; misc51)
        and not (qe - qs >= 7 and text.startswith(_YEAR_KINDS, qe - 4))
    )


# a task ranked first by 号 (“头号工程”, “一号工程”, “一号任务”; names38)
_RANKED = ("头号工程", "一号工程", "头号任务", "一号任务")
_NOT_SYSTEMS = (
    "机制",
    "体制",
    "编制",
    "控制",
    "管制",
    "限制",
    "抵制",
    "遏制",
    "克制",
    "压制",
    "研制",
    "绘制",
    "复制",
    "定制",
    "专制",
    "强制",
    "反制",
    "牵制",
    "节制",
    "法制",
    "税制",
    "学制",
    "建制",
    "印制",
)
_FIGURE_KIND = re.compile("的(?:行动|活动|工程|革命|攻坚战|保卫战|大会战)$")
_SELF_KIND_LAST = frozenset("动程命战")
_COUNTS = frozenset("二两三四五六七八九十百千万") | frozenset("23456789")
# the counts a part of a numbered formula opens with (“一港、五大中心”)
_PART_COUNTS = frozenset("一二两三四五六七八九十百千万双")
# the measures of a figure after 一: “一阵风”, “一池春水”, “一本账”, “一股劲”; of the figures of
# unity too, “一条心”, “一根弦”, “一家亲” (GUIDELINES: a metaphor, no formula; the pooled dev gold
# of session 47 tags none of them; misc49)
_FIGURE_MEASURES = frozenset("阵池本盘股锅潭条根家")


def _one_figure(c: str) -> bool:
    return (3 <= len(c) <= 4 and c[0] == "一" and c[1] in _FIGURE_MEASURES) or (
        # “最后一米”, “最后一战”, “最后一班岗”: the last step of a race or a battle is a figure of
        # the campaign's end, the one counts no parts (orgs27: dev27A's gold leaves them untagged)
        c.startswith("最后一") and 4 <= len(c) <= 6
    )


# “某某资格一年”: one year, a month, a week or a day is a span of time, no count of parts (“一年
# 一个样” counts on: 一 after it; session 32, misc32)
_ONE_SPAN = re.compile("一(?:年|个月|周|天)(?!一)")
# “百米冲刺”, “千米跑”: a numeral of a distance measures, it counts no parts (a race's figure)
_DISTANCE = re.compile("[一二三四五六七八九十百千万]+(?:米|公里|千米)")
# “两会”, “三级干部会议”, “市第十一次党代会”: a meeting's name quoted, no formula (its 精神 is
# studied, as a congress's is); 召开“某某集中检查大行动部署会”: a meeting named by its kind
# (both golds of dev43; “新春第一会”, a formula, names no kind)
_MEETING = re.compile(
    "(?:会议|大会|全会|党代会|人代会|两会"
    "|(?:部署|推进|动员|调度|座谈|观摩|现场|协调|培训|总结|表彰|交流|汇报|联席|通报|分析|研判)会)$"
)


def _meeting(c: str) -> bool:
    return c.endswith(("会", "会议")) and _MEETING.search(c) is not None


@lru_cache(maxsize=1)
def _numeral_places_cached(names: frozenset[str]) -> re.Pattern[str]:
    held = sorted((n for n in names if any(ch in _CN_NUM for ch in n)), key=len, reverse=True)
    # (with its unit after it, or a province's name: “三明确” counts three, 三明市 does not)
    return re.compile("四川|(?:" + ("|".join(map(re.escape, held)) or "(?!)") + ")(?=[省市县区州])")


def _numeral_places(g: Gazetteers) -> re.Pattern[str]:
    """The places whose names hold a numeral (四川, 三明市, 六盘水市): no count in a quote."""
    return _numeral_places_cached(g.gpe_names)


# 第三届, 第二批: an ordinal names an edition or a batch, it counts no parts
_ORDINAL = re.compile("第[一二三四五六七八九十百零〇两]+[届批次期轮]")
_RANK = re.compile("第[一二三四五六七八九十百零〇两]+")


def _counted(content: str) -> bool:
    """Does the quoted text count its parts with a numeral above one (五大, 7个, 两个)?"""
    stripped = _ORDINAL.sub("", content)
    for w in _STOP_NUMERAL:
        stripped = stripped.replace(w, "")
    return not _COUNTS.isdisjoint(stripped)


_LISTED_KINDS = tuple(rule_words()["listed_kinds"])
# “十九大”, “二十大”, “十九届四中全会”: a congress or a plenary session named by its ordinal, a
# meeting's name, no formula (session 24, misc24)
_CONGRESS = re.compile(
    "(?:党的)?(?:十[一二三四五六七八九]?|二十)(?:大|届[一二三四五六七八九]中全会)"
)


def _congress(c: str) -> bool:
    # (十 first: one character's test before the regex)
    return "十" in c and _CONGRESS.fullmatch(c) is not None


# the last words of a quoted name that names its own kind of campaign: “净街行动”, “厕所革命”,
# “蓝天保卫战”, “创文大会战”, “项目建设年” (the last five: session 24, misc24; not after 的:
# “永不竣工的工程” is a figure)
_SELF_KINDS = (
    "行动",
    "活动",
    "工程",
    "攻坚战",
    "革命",
    "保卫战",
    "大会战",
    # (打响“黑土粮仓科技会战”: a campaign named a battle of its own; audit42)
    "会战",
    "歼灭战",
    "提升年",
    "建设年",
    "攻坚年",
    "推进年",
    "落实年",
    "突破年",
    "巩固年",
    "整治年",
    "创建年",
    # (运用“徒步工作法”: a named method of work, a mechanism; orgs27)
    "工作法",
    # (完善“雏鹰计划”: a named programme; names38)
    "计划",
    # (弘扬“工匠精神”, 探索“某某模式”, 筑牢“底线思维”: a named spirit, model or way of thinking;
    # session 46, gpe48: every such quote of the pooled dev gold is tagged, 13 of 13; a meeting's
    # spirit, “全会精神”, is none: _spirit_of_meeting)
    "精神",
    "模式",
    "思维",
)


# the kinds of _SELF_KINDS that name a year by its work (“项目建设年”)
_YEAR_KINDS = tuple(k for k in _SELF_KINDS if k.endswith("年"))


def _spirit_of_meeting(c: str) -> bool:
    """“两会精神”, “二十大精神”: the spirit of a meeting or a congress, studied, no formula."""
    if not c.endswith("精神"):
        return False
    head = c[:-2].removesuffix("重要讲话").removesuffix("讲话")
    return head.endswith("会") or _meeting(head) or _congress(head)


# “差距在哪里”, “创文靠什么”: a question quoted is no fixed formula, however parallel its row
# (both golds of dev37; rule_words slogan_question_ends; session 34, locs37)
_QUESTION_ENDS = tuple(rule_words()["slogan_question_ends"])


def _slogan_shape(content: str, g: Gazetteers) -> bool:
    """Could this quoted text be a formula at all (not a number, a clause or an excluded word)?"""
    c = content.strip()
    return (
        2 <= len(c) <= 16
        and c not in g.slogan_exclusions
        and not c.endswith(_HONOURS)
        and not _congress(c)
        and not _meeting(c)
        and not any(map(str.isdigit, c))
        and "，" not in c
        and "," not in c
        and not c.endswith(_QUESTION_ENDS)
    )


def _named_with_number(c: str, text: str, after: int) -> bool:
    """“2020年创建文明城市百日攻坚行动”, “迎亚运创典范大干200天”攻坚行动: a campaign whose name
    holds a year or a count, named as a campaign by its own last words or by the kind after it."""
    cjk = sum(1 for ch in c if "\u4e00" <= ch <= "\u9fff")
    if cjk < 4 or "，" in c or "," in c:
        return False
    return c.endswith(("行动", "活动", "工程", "攻坚战")) or text[after : after + 4].startswith(
        _CAMPAIGN_NOUNS
    )


_WORK_KINDS = ("机制", "制度", "模式", "流程", "责任制")
# (up to ten characters: “某某某某”专题宣讲进社区活动, “文明某某”全民文明志愿服务活动; session 23,
# misc23)
_GAP_KIND = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:评选|活动|行动|竞赛)")
# “白改黑”, “煤改气”: a conversion named by what is turned into what (session 23, misc23)
_CONVERSION = re.compile("[\u4e00-\u9fff]改[\u4e00-\u9fff]")
_PLACE_BRAND_HEADS = (*rule_words()["campaign_place_heads"], "魅力", "活力", "和谐", "绿色")
# the words of quoted speech, never of a formula: pronouns and sentence particles
_SPEECH_WORDS = frozenset("我你他她们吗呢吧啊呀了")
# …or what a quotation of speech follows (群众说“…”, 他表示：“…”)
_SAID = frozenset("说道：:")
_PARTICLES = frozenset("吗呢吧啊呀了")
# the numerals of _CN_NUM as a set: whether a quote holds one is asked of the set in C
# (isdisjoint), not by a generator step per character (the same answer)
_CN_NUM_CHARS = frozenset(_CN_NUM)


def _speech(c: str) -> bool:
    """Does a quoted text read as speech (a pronoun or a particle in it)? 人们 is no pronoun (以
    “把某某建成人们心中…”城市定位), and a 我 in halves of one length on one frame is the genre's
    (“城市是我家，文明靠大家”的理念; session 25, misc26)."""
    if "们" in c:
        c = c.replace("人们", "")
    # (“政府负责、水利牵头、其他配合”: 其他 is no pronoun, “others” in a motto's part; slogans43)
    if "他" in c:
        c = c.replace("其他", "")
    if _SPEECH_WORDS.isdisjoint(c):
        return False
    if not _PARTICLES.isdisjoint(c):
        return True
    parts = [p for p in _MOTTO_SPLIT.split(c) if p]
    return not (len(parts) >= 2 and len({len(p) for p in parts}) == 1 and _one_frame(parts))


def _is_cjk_run(t: str) -> bool:
    return bool(t) and all("\u4e00" <= ch <= "\u9fff" for ch in t)


_HALF_MARKS = re.compile("，|[ \u3000]+")
# “9个到位”, “5个聚焦”: a numbered formula counted with digits, as “六个到位” is (not a length of
# time, “3个月内”, “2个工作日”; session 32, misc34)
# what a numbered code may name besides a campaign (names38)
_CODE_KINDS = (*_CAMPAIGN_NOUNS, "目标", "体系", "部署")
# the characters before 年 that make no year named by its work: a count of years, this or the
# next year, the new year (names38)
_NOT_NAMED_YEAR = frozenset(_CN_NUM) | frozenset("今明去新往当每半全上下近周大之")
# (“工作创新年”的重点任务: 创新 before 年 is the work, no new year; misc51, wide45)
_WORK_BEFORE_NEW_YEAR = frozenset("创革更")
# (“5个100%”, “5个有”: the parts counted may be a figure of per cent or a word of one; audit42;
# “五个100%”: the count in a Chinese numeral, both golds of dev43)
_DIGIT_COUNT = re.compile(
    r"(?:[2-9]|1\d)个(?!月|小时|工作日|星期|百分点)(?:[\u4e00-\u9fff]{1,4}|100%|百分百)"
    # (“5个5”推进机制: five steps of five days or five items each, counted in digits both;
    # slogans43)
    r"|[2-9]个[1-9]\d?"
    r"|[两三四五六七八九十]个100%"
)
# “某某就是某某”意识, “安全第一”理念: a motto of four or more named as the awareness or the idea
# it asks for (the dev golds tag these whatever their shape; a single noun, “主人翁”意识, is three
# characters or fewer; session 32, misc34)
_AWARENESS = ("意识", "理念")
_SPACED_HALVES = re.compile("[\u4e00-\u9fff]{4,12}(?:[ \u3000]+[\u4e00-\u9fff]{4,12}){1,2}")
# the rallies a campaign is launched at, named by its banner (“…”誓师大会)
_RALLIES = ("誓师大会", "誓师会", "动员大会", "推进大会", "启动仪式")
_BANNER_HALVES = re.compile("[\u4e00-\u9fff]{5,8}[ \u3000]+[\u4e00-\u9fff]{5,8}")


def _couplet(c: str) -> bool:
    """“创文明城，做文明人”: two halves of one length, all Chinese characters (the halves of a
    slogan on a banner are parted by a space too: “创建全国文明城市 共建美丽幸福家园”)."""
    # (two halves need a mark between them: a quote without one is left at once)
    if "，" not in c and " " not in c and "\u3000" not in c:
        return False
    halves = _HALF_MARKS.split(c.strip())
    return (
        len(halves) == 2
        and 3 <= len(halves[0]) == len(halves[1]) <= 8
        and all("\u4e00" <= ch <= "\u9fff" for h in halves for ch in h)
    )


# “某某，某某”城区大清洁活动, “某某，某某”环境卫生专项整治行动: the kind of campaign a few words
# after the couplet (a place, a scope or a manner between them; no mark: quoted speech has none
# of this after it)
# (up to twelve: “某某，某某”新时代文明实践志愿服务活动; session 23, misc23)
_KIND_WITHIN = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:活动|行动|工程|攻坚战)")


def _repeated_frame(c: str) -> bool:
    """“宜居宜业宜游”, “共建共治共享”, “爱卫生讲卫生”, “比学习比服务”: a formula of parallel parts
    written on one frame, the same head at every second character (three parts or more), two
    verbs on one object of two or one verb on two objects; six characters at least (a four-character idiom quoted for emphasis has
    the first shape too; session 16 audit, audall17)."""
    # “我知晓我参与我奉献”, “比学习比服务比奉献”: three parts or more of three characters on one
    # head, each part's verb another (session 25, misc25: the head may be 我, a formula's word
    # in the genre's mottos of taking part)
    if (
        len(c) in (9, 12)
        and _is_cjk_run(c)
        and len(set(c[::3])) == 1
        and len({c[k + 1 : k + 3] for k in range(0, len(c), 3)}) == len(c) // 3
    ):
        return True
    if not 6 <= len(c) <= 10 or not _is_cjk_run(c):
        return False
    if len(c) % 2 == 0 and len(set(c[::2])) == 1 and len(set(c[1::2])) == len(c) // 2:
        return True
    # 爱卫生讲卫生 (two verbs, one object), 比学习比服务 (one verb, two objects)
    return len(c) == 6 and (c[1:3] == c[4:6]) != (c[0] == c[3])


# what names a quoted motto as a principle, a way of working, a strategy or the mood it makes:
# “为民创城，创城为民”的理念, “严、紧、快、实、细”的工作作风, “大县城”战略, “某某，某某”的良好氛围
_MOTTO_KIND = re.compile(
    r"的?(?:工作|发展|治理|良好|浓厚|基层治理新?|新|城市|功能|历史)?"
    r"(?:理念|思想|意识|精神|原则|方针|宗旨|作风|战略|格局|局面|氛围|口号"
    # (以“把某某建成…”城市定位为统领, 立足“某某示范区”定位: the positioning a city or a county
    # gives itself, a fixed formula of its plans; session 25, misc26: both golds of dev24)
    r"|定位"
    # (“创建必成”的信念, “某某必胜”的信心和决心, “时时放心不下”的责任感: the resolve a motto
    # names; one part only before 信念/信心/责任感/使命感: “志在必得”的决心 is an idiom quoted
    # for emphasis; session 25, misc25)
    r"|信念|信心|决心|责任感|使命感"
    # (以“时时放心不下”的责任感和“事事心中有底”的行动力: the resolve's pair, a formula of the
    # genre, named by what it drives; slogans43: two wide45 pages)
    r"|行动力"
    # (要创“在某市看见美丽中国”的城市品牌: the brand a city builds, GUIDELINES' brand; orgs27)
    r"|品牌"
    # (以“功在某某，利在某某”的历史担当: the charge a motto of parts names; one part only is an
    # emphasis, “迎难而上”的担当; session 31, slogan31)
    r"|担当"
    # (牢固树立“宁可…，不可…；…”的观念, 拿出“全力冲刺，志在必得，…”的劲头: the outlook and the
    # drive a motto of parts names; one part only is an idiom quoted for emphasis, “志在必得”的
    # 劲头; session 47, misc49: both such quotes of the pooled dev gold are tagged)
    r"|观念|劲头|干劲)"
)


def _rhymed_couplet(c: str) -> bool:
    """Two halves parted by a comma, of four to eight characters and one apart in length, all
    Chinese characters, closed by the same character, no particle of speech (halves of one
    length are _couplet's)."""
    if "，" not in c:  # (no comma, one half: left before the split)
        return False
    halves = c.split("，")
    return (
        len(halves) == 2
        and 4 <= len(halves[0]) <= 8
        and 4 <= len(halves[1]) <= 8
        and abs(len(halves[0]) - len(halves[1])) == 1
        and halves[0][-1] == halves[1][-1]
        and _is_cjk_run(halves[0])
        and _is_cjk_run(halves[1])
        and _PARTICLES.isdisjoint(c)
    )


# (“甲乙、丙丁、…”的某某工作格局, “…”的某某管理机制: the pattern of work or the mechanism
# a motto of parts names, a few words between; session 34, misc36)
# (“甲、乙、丙”的防灾减灾工作责任制: a responsibility system named the same way; not 体系, the
# steps of a chain of work listed, orgs27b; slogans43)
_MOTTO_KIND_GAP = re.compile("的[\u4e00-\u9fff]{1,6}?(?:精神|理念|作风|格局|机制|责任制|体制)")
# the kinds that name a motto of one part too (“创建惠民”的理念, “快准实好”工作作风); 思想,
# 意识, 精神 and a mood only a motto of parts (“一盘棋”思想, “主人翁”意识, “钉钉子”精神 are
# figures)
_MOTTO_ONE_PART = (
    "理念",
    "原则",
    "方针",
    "宗旨",
    "作风",
    "战略",
    "口号",
    "信念",
    "信心",
    "责任感",
    "使命感",
    "行动力",
    "定位",
    "品牌",
)
# (the characters a kind or its qualifier opens with: no regex tried after any other)
_MOTTO_FIRST = frozenset("的工发治良浓基新理思意精原方宗作战格局氛口推管服模信决责使城功定品历担行")
# (…and of a system or a mechanism after a long motto: 领导体制, 运行机制, 长效机制)
_MOTTO_FIRST_LONG = _MOTTO_FIRST | frozenset("领运长体机")
# (“宁可甲，不可乙；宁可丙，不可丁”: a pledge's pairs parted by semicolons; session 47, misc49)
_MOTTO_SPLIT = re.compile("[，,、；; \u3000]+")
# the kinds that name a motto of two parts or more only (a single quoted word before them is
# a figure or a topic: “立即整改”要求, “双赢”目标): “实干为要、…，…”的鲜明导向, “甲、乙、丙”
# 要求, ‘甲与乙相结合、…’的方法; the count of its parts before the kind (“拼、抢、早、快”四种
# 意识); the content a place's spirit is built on (以“甲、乙、丙、丁”为主要内涵的…精神, “…”为
# 指导思想). Seen on the real pages of session 38 and its development gold (names38)
_MOTTO_PARTS_KIND = re.compile(
    "[两三四五六七八九十]{1,2}[种大个项](?:意识|理念|精神|原则|作风)"
    # (“截污纳管、源头治理、景观提升”的治理思路: the field's line of work; session 46, gpe48)
    "|的?(?:鲜明|工作|总体?|部署|奋斗|治理|发展|建设|整治)?(?:导向|要求|目标|办法|方法|思路)"
    "|为(?:主要|核心)?(?:内涵|指导思想)"
    # (“聚焦甲，勇当乙”这一主线, “甲、乙、丙”这一发展主题: the line of work a motto is put as)
    "|这一[\u4e00-\u9fff]{0,2}?(?:主线|主题|目标|战略|定位|思路)"
)
_MOTTO_PARTS_FIRST = frozenset("两三四五六七八九十的鲜工总部奋导要目办方思为这")


def _motto(c: str, text: str, qs: int, after: int) -> bool:
    """A quoted motto named by the kind of principle after it (session 22, misc22: mined on the
    development pages, 17 of 17 right on 15 pages): parts parted by ，/、/a space, each of two
    characters or more (or three one-character parts and more listed with 、: “严、紧、快、实、细”),
    or one part of four characters or more before a kind that names a principle, a way of
    working or a strategy (of three before 战略: “大县城”战略); a numbered code before its
    strategy (“2468”发展战略). Not quoted speech (a pronoun or a particle, or after 说/：)."""
    if text[after : after + 1] in _MOTTO_PARTS_FIRST and _MOTTO_PARTS_KIND.match(text, after):
        if text[max(0, qs - 1) : qs] in _SAID or _speech(c):
            return False
        parts = [p for p in _MOTTO_SPLIT.split(c.strip()) if p]
        if len(parts) >= 2 and all(_is_cjk_run(p) for p in parts):
            return all(len(p) >= 2 for p in parts) or (len(parts) >= 3 and "、" in c)
    if text[after : after + 1] not in _MOTTO_FIRST:
        return False
    km = _MOTTO_KIND.match(text, after)
    if km is None:
        # “甲乙丙丁、…、…”的某某创文精神: a motto of three parts or more before the spirit or
        # the idea a place or a campaign names as its own (a few words between 的 and the kind;
        # session 32, misc32: both golds of dev32)
        if text[after : after + 1] == "的" and (gm := _MOTTO_KIND_GAP.match(text, after)):
            parts = [p for p in _MOTTO_SPLIT.split(c.strip()) if p]
            if text[max(0, qs - 1) : qs] in _SAID or _speech(c):
                return False
            # “某某办会”的核心理念: one part of four characters or more before an idea a word of
            # two qualifies, as before 理念 itself (session 34, misc36: both golds of dev36)
            if len(parts) == 1 and gm.end() - after == 5 and gm.group().endswith("理念"):
                return len(parts[0]) >= 4 and _is_cjk_run(parts[0])
            # (“群防群治，共建共享”的社会治理格局: two parts of four or more are a motto's
            # halves, as long as the three shorter ones; slogans43)
            return all(_is_cjk_run(p) for p in parts) and (
                (len(parts) >= 3 and all(len(p) >= 2 for p in parts))
                or (len(parts) == 2 and all(len(p) >= 4 for p in parts))
            )
        return False
    kind = km.group()
    if text[max(0, qs - 1) : qs] in _SAID:
        return False
    c = c.strip()
    if c.isascii() and c.isdigit():
        return 3 <= len(c) <= 8 and kind.endswith("战略")
    parts = [p for p in _MOTTO_SPLIT.split(c) if p]
    if not parts or not all(_is_cjk_run(p) for p in parts) or _speech(c):
        return False
    if len(parts) >= 2:
        return all(len(p) >= 2 for p in parts) or (len(parts) >= 3 and "、" in c)
    if kind.endswith("战略"):
        return len(c) >= 3
    if kind.endswith("思想"):
        return len(c) >= 8
    return len(c) >= 4 and kind.endswith(_MOTTO_ONE_PART)


# a motto of parts longer than r.quote reads (24 characters), named by its kind the same way:
# “一个甲，一个乙、一套丙、一组丁”的推进模式 is read by _LONG_PARTS only when its parts are of one
# length and parted by 、 (session 22, misc22)
# (80: a pledge of four pairs, “宁可…，不可…；…”的观念, runs to 70; session 47, misc49)
_LONG_QUOTE_BODY = re.compile(r"[^“”\"\n。！？]{25,80}")
# (“党委统一领导、党政齐抓共管、…、社会力量积极参与”的领导体制: a system or a mechanism of three
# parts or more; session 24, misc24)
# (市委“发展围绕‘四八’目标、存量实施‘四论’评价、增量聚焦‘四二’培育”的经济工作总思路: the line of
# work a committee sets, parts of one frame, a few words of its field between 的 and 思路; the
# formulas quoted inside it are its parts, spans do not nest; both golds of f45; audit46)
_MOTTO_KIND_LONG = re.compile(
    _MOTTO_KIND.pattern
    + "|的?(?:推进|工作|治理|管理|服务)?模式|的?(?:领导|工作|管理|运行|长效)?(?:体制|机制)"
    + "|的[\u4e00-\u9fff]{0,6}?(?:总体?|工作|发展)思路"
)


def _long_quotes(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The quotes of 25 to 80 characters closed right before a kind of motto, and those of
    framed parts (a comma in the nine characters before the closing mark): found from their
    closing mark (a few in a text), not by a scan of every opening one."""
    mottos: list[tuple[int, int]] = []
    framed: list[tuple[int, int]] = []
    p = text.find("”", 25)
    while p >= 0:
        kind = text[p + 1 : p + 2] in _MOTTO_FIRST_LONG and _MOTTO_KIND_LONG.match(text, p + 1)
        if kind or text.find("，", p - 9, p) >= 0:
            q = text.rfind("“", max(0, p - 81), p - 24)
            if q >= 0 and _LONG_QUOTE_BODY.fullmatch(text, q + 1, p):
                if _framed_parts(text[q + 1 : p]):
                    framed.append((q + 1, p))
                elif kind:
                    mottos.append((q + 1, p))
        p = text.find("”", p + 1)
    return mottos, framed


_COMMA_PARTS = re.compile("[，,]")


def _framed_parts(c: str) -> bool:
    """“一年打基础，三年求发展，五年大变样”, “垃圾不落地，污水不入河，黄土不见天”: three parts or
    more parted by commas, of one length (three to eight characters) and written on one frame (a
    character they all share at one place), no particle of speech: a slogan wherever it stands
    (session 25, misc26: 6 of 6 on the old pages and dev24, four sites)."""
    parts = _COMMA_PARTS.split(c)
    return (
        len(parts) >= 3
        and 3 <= len(parts[0]) <= 8
        and all(len(p) == len(parts[0]) and _is_cjk_run(p) for p in parts)
        and _one_frame(parts)
        and _PARTICLES.isdisjoint(c)
    )


_INNER_QUOTES = str.maketrans("", "", "‘’")


def _long_motto(c: str, text: str, qs: int) -> bool:
    if text[max(0, qs - 1) : qs] in _SAID:
        return False
    # (a part may quote a formula of its own in single marks: 发展围绕‘四八’目标)
    parts = [p for p in _MOTTO_SPLIT.split(c.strip().translate(_INNER_QUOTES)) if p]
    return len(parts) >= 3 and all(len(p) >= 2 and _is_cjk_run(p) for p in parts) and not _speech(c)


_PAD = frozenset(" \u3000\t")
_SPACED_COUPLET = re.compile("[\u4e00-\u9fff]{3,8}(?:[ \u3000][\u4e00-\u9fff]{3,8}){1,2}")
_THEME_KINDS = ("主题宣传", "主题活动", "主题实践", "为主题")
_THEME_SPLIT = re.compile("[，、]")


# the bodies a campaign quoted after a level names (省“三防”总指挥部, 省“三防”指挥中心, 县“某某”工作
# 领导小组): the quote is part of the body's name, no formula of its own (spans do not nest; both
# golds of dev43 tag the body, the quote twice on one page)
_QUOTED_BODY_KINDS = ("总指挥部", "指挥部", "指挥中心", "领导小组", "工作领导小组")
_QUOTED_BODY_LEVELS = frozenset("省市县区州旗镇乡")


# what closes a quoted list of categories: the problems, hazards or acts it names, after 等 (“火、
# 爆、塌、撞”等致灾因素, “出行难”“就医难”等民生问题, “供、用、管、查”等多维度)
_CATEGORIES_AFTER = re.compile(
    "等(?:[\u4e00-\u9fff]{0,4}?(?:问题|现象|隐患|因素|风险|行为|难题|乱象|顽疾)|多)"
)
# …or what is done against them right after the quote (“脏、乱、差”整治, “散、乱、污”治理)
_TARGETED = ("整治", "治理", "问题", "现象")


def _single_parts(parts: list[str]) -> bool:
    """Are these the single characters of a formula's parts (one Chinese character each, no
    two the same, no numeral: “一、二、三” counts, it names no parts)?"""
    return all(
        len(p) == 1 and "\u4e00" <= p <= "\u9fff" and p not in _CN_NUM for p in parts
    ) and len(set(parts)) == len(parts)


# “以送代检”, “以案促改”, “以奖代补”: a formula of four characters on the frame 以 + means +
# verb of exchange or drive + end (rule_words slogan_yi_frame_verbs), quoted alone wherever it
# stands (the held-out golds of session 42; slogans43); not 以 + noun + 为 (“以人为本”, a
# principle quoted for emphasis as often as not)
_YI_FRAME = re.compile(
    "以[\u4e00-\u9fff][" + "".join(rule_words()["slogan_yi_frame_verbs"]) + "][\u4e00-\u9fff]"
)


def _is_slogan(content: str, text: str, after: int, g: Gazetteers) -> bool:
    c = content.strip()
    if text.startswith(_QUOTED_BODY_KINDS, after) and (
        text[max(0, after - len(content) - 3) : after - len(content) - 2] in _QUOTED_BODY_LEVELS
    ):
        return False
    if c[-1:] in _HONOUR_LAST and c.endswith(_HONOURS) and not _couplet(c):
        # “全国文明城市”称号: the honour, not a formula (a couplet that ends in one, “共享无烟环境，
        # 共创文明城市”, is the motto of a campaign for it; session 23, misc23), but the campaign
        # for it is one (“创建全国文明城市”)
        return _FOR_HONOUR.fullmatch(c) is not None
    if (
        _CAMPAIGN_SHORT.fullmatch(c)
        # (“创 卫”: a page that spaces out its every character spaces the short name too; session
        # 46, gpe48)
        or (" " in c and _CAMPAIGN_SHORT.fullmatch(c.replace(" ", "")) is not None)
        or (("+" in c or "＋" in c) and _PLUS_FORMULA.fullmatch(c))
        or c in _CAMPAIGN_TERMS
    ):
        return True
    if (
        "就是" in c
        and _EQUATED.fullmatch(c) is not None
        and not _speech(c)
        and text[max(0, after - len(content) - 3) : after - len(content) - 2] not in _SAID
    ):
        return True
    if (
        3 <= len(c) <= 5
        and c.endswith(_BOARD_ENDS)
        and c[0] not in _BOARD_VERBS
        and _is_cjk_run(c)
        and "的" not in c
    ):
        return True
    # “童趣飞扬 欢乐成长”: a banner's couplet, halves of one length parted by a space, wherever it
    # stands (every such quoted couplet of the dev golds is tagged; session 33, misc35)
    if (
        (" " in c or "\u3000" in c)
        and _SPACED_COUPLET.fullmatch(c) is not None
        and len(set(map(len, c.split()))) == 1
    ):
        return True
    # “某某某是我家，某某靠大家”: a couplet whose halves rhyme on one last character is a formula
    # wherever it stands, its halves a character apart where a place's name is longer than
    # two (session 34, misc36: every quoted 是我家/靠大家 couplet of the dev golds is tagged)
    if (
        _rhymed_couplet(c)
        and not c.startswith(("要", "必须"))
        and text[max(0, after - len(content) - 3) : after - len(content) - 2] not in _SAID
    ):
        return True
    if _meeting(c) or (_congress(c) and not text.startswith(_CAMPAIGN_NOUNS, after)):
        # (“十大”专项提升行动: ten actions, no congress, where a campaign's kind follows; orgs27)
        return False
    # “净街行动”, “5个专项整治行动”: the quoted text names its own kind of campaign (counted with
    # digits too)
    if (
        len(c) >= 4
        and c.endswith(_SELF_KINDS)
        and not any(c.endswith(k) and c[: -len(k)].endswith("的") for k in _SELF_KINDS)
        and not _spirit_of_meeting(c)
        and (
            _slogan_shape(_DIGITS.sub("", c) if _counted(c) else c, g)
            # (a long name of its own kind, 17 to 24 characters, no digits or commas: “我为文明
            # 献一计进乡村群众满意宣传活动”; session 23, misc23)
            or (16 < len(c) and _is_cjk_run(c) and c not in g.slogan_exclusions)
        )
    ):
        return True
    # “发力奋进年”, “安全生产年”: a year named by the work it is given to, as “作风建设年” (not a
    # count of years or a year's name: “建党百年”, “欢度新年”; names38)
    if (
        5 <= len(c) <= 10
        and c[-1] == "年"
        and (c[-2] not in _NOT_NAMED_YEAR or (c[-2] == "新" and c[-3] in _WORK_BEFORE_NEW_YEAR))
        and _is_cjk_run(c)
        and "的" not in c
        and _slogan_shape(c, g)
    ):
        return True
    if _DIGIT.search(c) is not None and _named_with_number(c, text, after):
        return True
    if not c or c in g.slogan_exclusions or len(c) < 2:
        return False
    if len(c) == 4 and c[0] == "以" and _YI_FRAME.fullmatch(c) is not None:
        return True
    # 出台帮扶政策“18条”, “新10条”: a policy named by its count of articles, as “十条” is (session
    # 25, misc26: GUIDELINES' numbered formula written with digits)
    if c.endswith("条") and _ARTICLE_COUNT.fullmatch(c) is not None:
        return True
    if c.isascii() and c.isdigit() and 3 <= len(c) <= 8:
        # “2368”提升工程, “1310”工作法: a numbered code that names a programme or a method
        # (“779”目标, “1410”工作体系, “456”总体部署: the goals, the system or the plan it names;
        # not a year; names38)
        kinds = _CAMPAIGN_NOUNS if len(c) == 4 and c[:2] in ("19", "20") else _CODE_KINDS
        return any(
            text.startswith(n, after + k)
            and all("\u4e00" <= ch <= "\u9fff" for ch in text[after : after + k])
            for k in (0, 1, 2)
            for n in kinds
        )
    # “文明城市没有看客 你我都是主人”——: a banner's couplet, two halves of five characters or
    # more parted by a space, is a slogan wherever it stands (quoted speech parts no halves by a
    # space; 你我 is a banner's word too; session 22, misc22)
    if (
        (" " in c or "\u3000" in c)
        and _BANNER_HALVES.fullmatch(c) is not None
        and _couplet(c)
        and not any(ch in "吗呢吧啊呀了" for ch in c)
        and text[max(0, after - len(content) - 3) : after - len(content) - 2] not in _SAID
    ):
        return True
    # 召开“奋力创建某某 建设某某强县”誓师大会: halves of a banner parted by a space, of any
    # lengths, named by the rally or the campaign after it (quoted speech parts no halves by a
    # space; orgs27)
    if (
        (" " in c or "\u3000" in c)
        and _SPACED_HALVES.fullmatch(c) is not None
        and _PARTICLES.isdisjoint(c)
        and (text.startswith(_CAMPAIGN_NOUNS, after) or text.startswith(_RALLIES, after))
    ):
        return True
    # “创文明城，做文明人”主题活动: a couplet of two halves of one length, named as a campaign by
    # the noun after it (quoted speech with a comma has no such noun; session 14)
    if (
        _couplet(c)
        and (
            text.startswith(_CAMPAIGN_NOUNS, after)
            or _KIND_WITHIN.match(text, after) is not None
            # (以“防疫有我，爱卫同行”为主题: the theme of a day of action, 我 and all)
            or text.startswith("为主题", after)
            # “以周促月，以周带月”的作用, “某城是我家，清洁靠大家”: two halves written on one
            # frame (a character they share at one place) are a formula wherever they stand,
            # 我 and all; every quoted couplet of equal halves on the development pages is tagged
            # (7 of 7, six sets; session 32, misc32). Not speech: a particle, a directive's 要
            # opening it, or what follows 说/：
            or (
                _one_frame(_HALF_MARKS.split(c.strip()))
                and not _speech(c)
                and not c.startswith(("要", "必须"))
                and text[max(0, after - len(content) - 3) : after - len(content) - 2] not in _SAID
            )
            # 强化“街道吹哨，部门报到”，/ 启动“再回头，再打理”工作: a short couplet of parallel
            # halves closing its clause or named as a piece of work (quoted speech opens with a
            # pronoun or a particle closes it, _SPEECH_WORDS; session 15 audit)
            or (
                # (a space parts no halves of quoted speech: a banner's couplet of any length)
                (len(c) <= 13 or "，" not in c)
                and text.startswith(("，", "。", "；", "工作"), after)
                and _SPEECH_WORDS.isdisjoint(c)
                and text[max(0, after - len(content) - 3) : after - len(content) - 2] not in _SAID
            )
        )
    ):
        return True
    # “只为某城添光彩，不因乱扔垃圾失体面”主题宣传: a motto of parts of any lengths named as the
    # theme of a publicity drive or an activity (dev27's annotators; session 27, misc27)
    if (
        ("，" in c or "、" in c)
        and text.startswith(_THEME_KINDS, after)
        and all(len(p) >= 3 and _is_cjk_run(p) for p in _THEME_SPLIT.split(c))
        and not _speech(c)
        # (quoted speech: 他说“…”)
        and text[max(0, after - len(content) - 3) : after - len(content) - 2] not in _SAID
    ):
        return True
    if ("，" in c or "," in c) and _framed_parts(c):
        return True
    # “只为清洁某城添光彩，不因乱扔垃圾失体面”主题宣传: a couplet of longer halves (nine to
    # twelve) named as a campaign by the noun right after it (quoted speech has none; orgs27b)
    if (
        text.startswith(_CAMPAIGN_NOUNS, after)
        and len(halves := _HALF_MARKS.split(c)) == 2
        and 9 <= len(halves[0]) == len(halves[1]) <= 12
        and all(_is_cjk_run(h) for h in halves)
        and _SPEECH_WORDS.isdisjoint(c)
    ):
        return True
    # “中国梦”, “某某梦”: the dream a place names as its goal, a formula of the genre (session 25,
    # misc26: dev24 and an old gold of another province, “新区梦” five times)
    if 3 <= len(c) <= 4 and c[-1] in "梦夢" and _is_cjk_run(c) and "的" not in c and "我" not in c:
        return True
    if _DIGIT_COUNT.fullmatch(c) is not None:
        return True
    if any(map(str.isdigit, c)) or "，" in c or "," in c:
        return False
    if (
        4 <= len(c) <= 12
        # (强化“抓早抓小”的意识: a 的 between; names38)
        and text.startswith(_AWARENESS, after + (text[after : after + 1] == "的"))
        and _is_cjk_run(c)
        and _SPEECH_WORDS.isdisjoint(c)
        and "的" not in c
        and text[max(0, after - len(content) - 3) : after - len(content) - 2] not in _SAID
    ):
        return True
    parts = _PARTS_SPLIT.split(c)
    # “严、实、快、稳”, “防、抢、救、保”: three or more single characters parted by 、, each the
    # head word of one part of a formula of work style or of steps (the held-out golds of
    # session 42 tag the whole inside the quotes, whatever follows it; slogans43)
    if (
        len(parts) >= 3
        and "、" in c
        and _single_parts(parts)
        and _CATEGORIES_AFTER.match(text, after) is None
        and not text.startswith(_TARGETED, after)
    ):
        return True
    if (
        len(parts) >= 3
        and len({len(p) for p in parts}) == 1
        and len(parts[0]) >= 4
        and _CN_NUM_CHARS.isdisjoint(c)
        # (“迎世博、讲文明、树新风”活动: the campaign's noun after it names it; parts of three are
        # a motto's verbs and their objects, “补短板、提频次、促质量”)
        and not text.startswith(_CAMPAIGN_NOUNS, after)
        and not any(
            len({p[i] for p in parts}) < len(parts) for i in range(min(len(p) for p in parts))
        )
    ):
        # “实地考察、网上申报、问卷调查”三个重点, “任务部署、建立台账、…成果巩固”的体系: parts of one
        # length, four or more, no two of which share a character at one place are a list of
        # steps or categories, no formula (“不发通知、不打招呼…直奔基层、直插现场”, “一街一策、一巷一策”
        # share one; GUIDELINES: not quoted lists of categories; orgs27b)
        return False
    if len(parts) > 1:
        return (
            all(len(p) >= 3 for p in parts)
            or all(len(p) == len(parts[0]) >= 2 for p in parts)
            and (not _CN_NUM_CHARS.isdisjoint(c) or len(parts) >= 3)
            # “一港、五大中心”, “一核、两翼、三带多点”: every part opened by its count, whatever
            # its length (GUIDELINES: a numbered formula; session 25, misc25)
            or all(len(p) >= 2 and p[0] in _PART_COUNTS for p in parts)
            # “更快、更高、更强、更团结”: three parts or more on one head, whatever their length
            # (a motto's frame; categories share no head: “城市管理、市民素质”; orgs27)
            or (
                len(parts) >= 3
                and all(len(p) >= 2 for p in parts)
                and len({p[0] for p in parts}) == 1
            )
        )
    if _repeated_frame(c):
        return True
    # “幸福某某”现代化建设, “平安某某”建设: a place's brand, a campaign word and its name, before
    # the building of it (session 16 audit, audall17)
    if (
        4 <= len(c) <= 6
        and c.startswith(_PLACE_BRAND_HEADS)
        and text.startswith(("建设", "现代化", "品牌"), after)
    ):
        return True
    # “桃源某某”, “绿美某省”建设: a word of two before the name of a province or a prefecture
    # city, quoted, is the place's brand wherever it stands (every such quote of the dev golds is
    # tagged, 7 of 7 on five sets; session 34, misc36)
    if (
        len(c) == 4
        and c[2:] in g.gpe_names
        and c[:2] not in g.gpe_names
        and _is_cjk_run(c)
        and not _speech(c)
    ):
        return True
    # “街长制”“河长制”: a named responsibility system
    if 3 <= len(c) <= 6 and c.endswith("长制"):
        return True
    # “点单制”, “积分制”, “首问负责制”: a named system of work (GUIDELINES: a mechanism; not a
    # word that merely ends in 制, 体制 / 控制 / 法制…; session 24, misc24)
    if 3 <= len(c) <= 6 and c.endswith("制") and not c.endswith(_NOT_SYSTEMS) and _is_cjk_run(c):
        return True
    if len(c) == 3 and _CONVERSION.fullmatch(c) is not None:
        return True
    # (what follows only cuts characters out of the quote: one of twelve or fewer without a
    # numeral has none left after the cuts, and is not counted)
    if len(c) <= 12 and not _CN_NUM_CHARS.isdisjoint(c):
        stripped = _REDUPLICATED.sub("", _ORDINAL.sub("", c))  # 看一看: reduplication, not a count
        # (“第一书记”, “新春第一会”: 第 and a numeral rank one thing, they count no parts; session
        # 25, misc25)
        if "第" in stripped:
            stripped = _RANK.sub("", stripped)
        # (“第三届某省道德模范”: an edition's ordinal, no count; 四川, 三明: a place's name, none
        # either; session 16 audit)
        stripped = _numeral_places(g).sub("", stripped)
        # (the cuts below only take characters out: with no numeral left now, none is left
        # after them, and the quote counts no parts whatever they cut)
        if _CN_NUM_CHARS.isdisjoint(stripped):
            stripped = ""
        for w in _STOP_NUMERAL if stripped else ():
            stripped = stripped.replace(w, "")
        # (“一阵风”, “一池春水”, “一本账”: one of a measure that makes a figure of speech counts no
        # parts; session 25, misc26: dev24, dev19 and an old gold leave them untagged)
        if _one_figure(c):
            stripped = stripped.replace("一", "", 1)
        if "米" in stripped:
            stripped = _DISTANCE.sub("", stripped)
        # (“停止某某资格一年”: one year, a month or a day is a span of time, it counts no parts;
        # session 32, misc32)
        if "一" in stripped:
            stripped = _ONE_SPAN.sub("", stripped)
        if not _CN_NUM_CHARS.isdisjoint(stripped):
            return True
    # “双报到”, “双过半”, “双进一优”: a short formula counted by a word of two at its head (“双修”,
    # “双文”: of one character after it too; session 25, misc26: dev24 and dev18, both golds)
    if 2 <= len(c) <= 6 and c.startswith(_PAIR_HEADS) and c not in g.slogan_exclusions:
        return True
    # an unnumbered formula is a slogan when it names a campaign, action or mechanism
    # (“履职自查”工作机制: 工作 may stand between the formula and the mechanism)
    if text.startswith("工作", after) and text.startswith(_WORK_KINDS, after + 2):
        after += 2
    tail = text[after : after + 4]
    if tail.startswith(("“", '"')):
        return False
    # “圆梦”行动, “亮剑”专项行动: a short name before the action itself (not 提升行动 after a
    # quoted word: “颜值”提升行动 names what is raised; session 16 audit, audall17)
    # (“放管服”改革, “三制”改革: a named reform, as both golds of dev41 read it; audit42)
    if 2 <= len(c) <= 3 and tail.startswith(("行动", "专项行动", "攻坚行动", "工程", "改革")):
        return True
    if (
        len(c) == 3
        and (
            tail.startswith(("机制", "制度", "模式", "工作法", "责任制"))
            # “红黑榜”通报制度: a word of two between the name and its mechanism (session 16 audit)
            or (_is_cjk_run(tail[:2]) and text.startswith(("机制", "制度"), after + 2))
            # (“日周月”隐患排查制度: a word of four between; wide45, slogans43)
            or (
                _is_cjk_run(text[after : after + 4])
                and text.startswith(("机制", "制度"), after + 4)
            )
        )
    ):
        return True  # “院坝长”机制: a three-character name of a mechanism
    # “叫应”机制, “吹哨”制度: a name of two right before its mechanism (every quoted name before
    # 机制/制度 in the dev golds is tagged, 9 of 9, five sets; session 32, misc34)
    if len(c) == 2 and _is_cjk_run(c) and tail.startswith(("机制", "制度")):
        return True
    if len(c) >= 4 and tail.startswith(_CAMPAIGN_NOUNS):
        return True
    # “在哪种烟”措施, “唐农”品牌, “一线”工作法; “钉钉子”精神 (three characters or more: “两会”精神
    # is a meeting's, returned above): a name before what it names (session 46, gpe48)
    if (
        (tail.startswith(_SHORT_HEADS) or (len(c) >= 3 and tail.startswith("精神")))
        and len(c) <= 12
        and _is_cjk_run(c)
        and not any(ch in "的了是我你他她" for ch in c)
        and not _speech(c)
        # (打造“柳州”品牌: a place's own name quoted is the place, no formula)
        and c not in g.gpe_names
        and c not in g.admin_stems
        and c not in g.admin_full
    ):
        return True
    # “多城联创”工作, “城乡牵手共建文明”工作: a name of four or more before the work it names
    # (not 工作者 / 工作人员 / 工作站; not an honour striven for, 创“文明某镇”工作, nor a task
    # that names its places, “某州创建某省某中心”工作; session 24, misc24)
    # (“接诉即办”等工作: the work a named formula is listed among, 等 between; session 46, gpe48)
    work = 1 if tail.startswith("等工作") else 0
    if (
        len(c) >= 4
        and tail.startswith("工作", work)
        and text[after + work + 2 : after + work + 3]
        not in ("者", "人", "站", "室", "组", "队", "日", "中", "的")
        and _is_cjk_run(c)
        and not any(ch in "的了是我你省州市县区镇乡村" for ch in c)
        and text[max(0, after - len(content) - 3) : after - len(content) - 2] != "创"
    ):
        return True
    # “感动某某”人物评选, “某某”志愿服务活动: the kind of campaign after a word of two to four
    # (no 的: “主人翁”的姿态 … 活动 is a figure; session 16 audit, audall17)
    if len(c) < 4:
        return False
    gap = _GAP_KIND.match(text, after)
    return gap is not None and not any(ch in "的了是" for ch in gap.group(1))


def _one_frame(terms: list[str]) -> bool:
    """“深度治脏”“系统治乱”“全面治差”, “文明家园”“快乐家园”“平安家园”: parallel parts are written
    on one frame, a character they all share at one place; topics of work (“城市管理”“市民素质”
    “某某特色”) or the categories of an honour (“敬业奉献”“助人为乐”“诚实守信”) share none
    (GUIDELINES: not quoted lists of categories; session 25, misc25)."""
    return any(len({t[i] for t in terms}) == 1 for i in range(len(terms[0])))


# (session 31, slogan31) what a place's quoted brand carries right after it: 重塑“某某第一区”形象,
# 扛起“某某”大旗, 不负“某某”盛名 (GUIDELINES: a brand); four to ten characters, no honour
# (“全国文明城市”这块牌子 stays an honour)
_BRAND_AFTER = tuple(rule_words()["slogan_brand_after"])
_BRAND_AFTER_FIRST = frozenset(w[0] for w in _BRAND_AFTER)
# “首创必胜”, “创则必成”: a campaign's resolve of four characters, closed by its sure outcome
_RESOLVE_ENDS = tuple(rule_words()["slogan_resolve_ends"])
# “日调度”, “周通报”, “月考核”: a routine of work named by its period and its verb, a mechanism
_ROUTINE = re.compile(
    "["
    + "".join(rule_words()["slogan_routine_periods"])
    + "](?:"
    + "|".join(map(re.escape, rule_words()["slogan_routine_verbs"]))
    + ")"
)
# “两新”组织, “三无”人员: a counted word of two naming a category of bodies or people, no formula
_CATEGORY_AFTER = tuple(rule_words()["slogan_category_after"])


# (session 34, locs37: both golds of dev37 and dev33) “厚德之城”, “文明之城”: a city's brand named
# by what it is a city of (rule_words slogan_brand_ends), four to six characters; 打好“文明牌”
# “民心牌”: a card a campaign plays, three characters closed by 牌 after a verb of playing it
# (slogan_card_verbs; a run of such cards shares it), never a word of brands (品牌, 招牌, 名牌)
_BRAND_ENDS = tuple(rule_words()["slogan_brand_ends"])
_CARD_VERBS = tuple(rule_words()["slogan_card_verbs"])
_CARD_NOT = ("品牌", "招牌", "名牌", "金牌", "银牌", "铜牌", "奖牌", "门牌", "路牌", "挂牌", "摘牌")


def _named_form(content: str, text: str, start: int, after: int, g: Gazetteers) -> bool:
    """A brand before what it carries, a resolve of a campaign, a routine of work (session 31,
    slogan31: both golds of three development sets); a city's brand and a card played (session
    34, locs37). start is the opening quote's offset, after the closing quote's end."""
    c = content.strip()
    if not _is_cjk_run(c) or c in g.slogan_exclusions:
        return False
    if 4 <= len(c) <= 6 and c.endswith(_BRAND_ENDS) and _slogan_shape(c, g):
        return True
    # “某美某省”建设, “山水某乡大花园”建设, “某某中心城区”建设: a quoted name of four to eight
    # before 建设 is what a campaign builds, a brand (every gold's quoted name right before 建设
    # is a SLOGAN outside a document's title, 13 of 13 in the A golds; session 34, locs37)
    if 4 <= len(c) <= 8 and text.startswith("建设", after) and _slogan_shape(c, g):
        return True
    if (
        len(c) == 3
        and c[-1] == "牌"
        and c[1:] not in _CARD_NOT
        and text.endswith(_CARD_VERBS, 0, start)
    ):
        return True
    # (“某某”的金字招牌: the brand and what it carries may stand on either side of 的)
    if text[after : after + 1] == "的":
        after += 1
    if len(c) == 4 and c.endswith(_RESOLVE_ENDS):
        return True
    if len(c) == 3 and _ROUTINE.fullmatch(c) is not None:
        return True
    return (
        4 <= len(c) <= 10
        and text[after : after + 1] in _BRAND_AFTER_FIRST
        and text.startswith(_BRAND_AFTER, after)
        and not c.endswith(_HONOURS)
        and not any(ch in "的了我你他" for ch in c)
        and _slogan_shape(c, g)
    )


# “三区”和有关市直部门, 物业与企业“四方”沟通联络: a quoted count of places or parties (rule_words
# slogan_set_units) names the set of them, no formula, where the clause joins it to other bodies or
# it is the parties of a talk (“三区”联动发展 stays: the campaign it names; session 47, misc49)
_SET_UNITS = frozenset(rule_words()["slogan_set_units"])
_PARTY_TALKS = ("沟通", "协商", "协作", "合作", "会商", "座谈", "联络")
# (the bodies the set is joined to open with one of these: “三区”和有关市直部门, “三县”及相关单位;
# 涉城“四区”及创文、…项目组 joins the set to a campaign, a formula beside formulas: both golds
# of f49 tag it; session 48, misc50)
_SET_JOINED_BODIES = tuple(rule_words()["slogan_set_joined_bodies"])
# (what names a quoted 零 + a harm as the goal: 实现“零溺水”目标; session 48, misc50)
_ZERO_TARGETS = tuple(rule_words()["slogan_zero_targets"])
# (the counts before 个 that number a quoted formula: 三个“始终坚持”; 一个 is no count of parts,
# 一个“中心” a figure; session 48, misc50)
_FORMULA_COUNTS = frozenset("两三四五六七八九十")
# (what is done with such a formula right before its count: 做到三个“始终坚持”; 打造两个“亮点”,
# 用好两个“轮子” are figures counted; rule_words slogan_count_verbs)
_COUNT_VERBS = tuple(rule_words()["slogan_count_verbs"])


def _category(content: str, text: str, after: int) -> bool:
    c = content.strip()
    if len(c) != 2 or c[0] not in _PART_COUNTS:
        return False
    if c[1] in _SET_UNITS and (
        (
            text[after : after + 1] in ("和", "及", "与", "、")
            and text.startswith(_SET_JOINED_BODIES, after + 1)
        )
        or (c[1] == "方" and text.startswith(_PARTY_TALKS, after))
    ):
        return True
    return text.startswith(_CATEGORY_AFTER, after)


# the text between the parts of a formula written one after another in one sentence, each after
# its own adverbial (带头示范“领着干”，齐心协力“一起干”，做好保障“安心干”)
_PART_GAP = re.compile("[，、]?[\u4e00-\u9fff]{1,6}")


def _parallel_run(
    text: str, quotes: list[re.Match[str]], slogan: list[bool], g: Gazetteers
) -> None:
    """Three or more quoted terms of one length (three to six) in one sentence, each after a
    few words of its own and all ending in one character, are the parts of one formula (session
    31, slogan31: both golds of a development set; the terms on one frame with one lead-in are
    _parallel_formulas')."""
    i = 0
    while i < len(quotes):
        j = i
        while (
            j + 1 < len(quotes)
            and len(quotes[j + 1].group(1)) == len(quotes[i].group(1))
            and _PART_GAP.fullmatch(text, quotes[j].end(), quotes[j + 1].start()) is not None
        ):
            j += 1
        ks = range(i, j + 1)
        c0 = quotes[i].group(1)
        if (
            j - i >= 2
            and 3 <= len(c0) <= 6
            and c0[-1] != "战"
            and len({quotes[k].group(1)[-1] for k in ks}) == 1
            and len({quotes[k].group(1) for k in ks}) == j - i + 1
            and all(
                _slogan_shape(quotes[k].group(1), g)
                and _is_cjk_run(quotes[k].group(1))
                and not _metaphor(text, quotes[k].start(), quotes[k].end())
                for k in ks
            )
        ):
            for k in ks:
                slogan[k] = True
        i = j + 1


def _parallel_formulas(
    text: str, quotes: list[re.Match[str]], slogan: list[bool], g: Gazetteers
) -> None:
    """在“深度治脏”上…。在“系统治乱”上…。在“全面治差”上…: three or more quoted terms of one length
    in one paragraph, each after the same two characters, are the parts of one formula (a set of
    parallel requirements; session 15 audit)."""
    if len(quotes) < 3:
        return
    groups: dict[tuple[int, int, str], list[int]] = {}
    for k, m in enumerate(quotes):
        c = m.group(1)
        # (打好“攻坚战”…“关键战”…“提前战”: battles of three are figures of speech, no parts,
        # as each is quoted alone; session 25, misc25: two golds leave them untagged)
        if not 3 <= len(c) <= 6 or m.start() < 2 or (len(c) == 3 and c[2] == "战"):
            continue
        # (“甲难”“乙难”“丙难”: a quote right after another has the other's closing mark and last
        # character before it, no frame of words of its own; slogans43)
        if text[m.start() - 1] == "”":
            continue
        para = text.count("\n", 0, m.start())
        groups.setdefault((para, len(c), text[m.start() - 2 : m.start()]), []).append(k)
    for ks in groups.values():
        if (
            len(ks) >= 3
            and all(
                _slogan_shape(quotes[k].group(1), g)
                and not _metaphor(text, quotes[k].start(), quotes[k].end())
                for k in ks
            )
            and _one_frame([quotes[k].group(1) for k in ks])
        ):
            for k in ks:
                slogan[k] = True


def _two_character_parts(
    text: str, quotes: list[re.Match[str]], slogan: list[bool], g: Gazetteers
) -> None:
    """要聚焦党建“领治”…要聚焦多元“共治”…要聚焦网格“精治”: three or more quoted words of two
    characters, each alone in its sentence (no quote right before it), all closed by one
    character and none the same, within a few paragraphs, are the parts of one formula (a
    wide45 page, slogans43; _parallel_formulas reads those of three to six)."""
    groups: dict[str, list[int]] = {}
    for k, m in enumerate(quotes):
        c = m.group(1)
        if (
            len(c) == 2
            and _is_cjk_run(c)
            and text[m.start() - 1 : m.start()] != "”"
            and text[m.end() : m.end() + 1] != "“"
            and c not in g.slogan_exclusions
        ):
            groups.setdefault(c[1], []).append(k)
    for ks in groups.values():
        words = {quotes[k].group(1) for k in ks}
        if (
            len(words) >= 3
            and quotes[ks[-1]].start() - quotes[ks[0]].start() <= 1000
            and not any(_metaphor(text, quotes[k].start(), quotes[k].end()) for k in ks)
        ):
            for k in ks:
                slogan[k] = True


_RUN_JOINS = frozenset(("", "、", "和", "及", "与", "、和"))
# what a count right after a run of quotes names when the run is its campaigns (三大行动, 三项专项
# 行动, 三个工程; the count's numeral is read before this)
# (“甲”“乙”“丙”三篇文章: the pieces of work a run names, counted as articles written; session 46,
# gpe48)
_COUNTED_CAMPAIGNS = re.compile(
    "[大项个]?(?:专项)?(?:行动|活动|工程|攻坚战|战役|攻坚|品牌|机制)|篇大?文章"
)
_ARTICLES_DONE = re.compile("[做写下][好足实活优强细]$")
_COUNT_VALUE = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# “甲化”“乙化”“丙化”“丁化”的“四化”标准 / “甲”“乙”“丙”等“三大行动”: the parts before the
# numbered formula that sums them up, as many as its numeral counts, are its parts
_SUMMED_BY = frozenset(("的", "等", "这", "这些", "即", "，即"))


def _counted_parts(
    text: str, quotes: list[re.Match[str]], slogan: list[bool], g: Gazetteers
) -> None:
    """Quoted parts joined as a run right before a quoted numbered formula whose numeral is
    their count are that formula's parts: formulas too (a count that matches is the text's own
    word that they belong together)."""
    i = 0
    while i < len(quotes):
        j = i
        while j + 1 < len(quotes) and text[quotes[j].end() : quotes[j + 1].start()] in _RUN_JOINS:
            j += 1
        k = j + 1
        if (
            j > i
            and k < len(quotes)
            and slogan[k]
            and text[quotes[j].end() : quotes[k].start()] in _SUMMED_BY
            and _COUNT_VALUE.get(quotes[k].group(1).strip()[:1]) == j - i + 1
        ):
            for q in range(i, j + 1):
                slogan[q] = slogan[q] or _slogan_shape(quotes[q].group(1), g)
        i = j + 1


_PUT_FORWARD = re.compile("(?:提出|确立|确定)(?:了|的)?$")
_GOAL_AFTER = re.compile("的?(?:奋斗|发展|战略|总体)?(?:目标|口号)|[，。；]")
# 宣布“某县2023年创文明城市•…健步走活动”正式启动: a named activity longer than r.quote reads
# (25 to 40 characters, no comma or stop), named by its own last words (orgs27)
_LONG_ACTIVITY = re.compile('[“"]([^“”"\n。！？，,；]{25,40}(?:活动|行动))[”"]')
_ABBREVIATED = re.compile("[（(，,]?(?:以下|下文)?(?:简称|统称)为?[：:]?")
_CALLED_SLOGAN = re.compile("(?:口号|标语)(?:——|—|：|:|是|为)$")
# …or after it: “某某，某某”等宣传语 / 的标语 / 宣传口号 (session 23, misc23)
_CALLED_AFTER = re.compile("[等的]?(?:宣传|公益|文明|创建)?(?:标语|口号|宣传语|横幅)")
_CALLED_AFTER_FIRST = frozenset("等的宣公文创标口横")
_STOP_INSIDE_QUOTE = re.compile("“([^“”\n。！？]{7,17})[。！]”")
# what a quoted saying follows: a choice weighed (宁可“…”，不可“…”; 不怕“…”)
_SAYING_BEFORE = frozenset(("宁可", "宁愿", "宁肯", "不可", "不怕"))
_FORBIDDEN_BEFORE = re.compile("(?:严禁|禁止|绝不能|决不能|杜绝|不搞|严防)$")
# (36: a motto of three parts quoted inside a quotation runs longer than the 24 r.quote reads;
# names38)
_SINGLE_QUOTE = re.compile("‘([^‘’“”\n。！？]{1,36}?)’")
_PERIOD_QUOTED = re.compile("第?[一二三四1-4]季度|[上下]半年")
_TURNED = re.compile(
    '变[“"]([\u4e00-\u9fff]{2,6})[”"]为[“"]([\u4e00-\u9fff]{2,6})[”"]'
    # (由“要我扫”变为“我要扫”, 从“要我扫”到/向“我要扫”: the same change written with 由/从 before the
    # first formula; session 34, misc36)
    '|[由从][“"]([\u4e00-\u9fff]{2,6})[”"](?:变为|变成|转变为|转为|到|向)[“"]([\u4e00-\u9fff]{2,6})[”"]'
)
# 素有“某某之乡”的美誉, 被誉为“某某”: the epithets a place is praised by, no formula (docs)
_EPITHET_BEFORE = re.compile("(?:素有|享有|有着|誉为|称为|美称|号称)$")
_EPITHET_AFTER = ("的美誉", "之美誉", "的美称", "之美称", "之称", "的称号", "的美名", "的雅号")


def _epithet(text: str, qs: int, qe: int) -> bool:
    """Is the quote at qs..qe an epithet a place is praised by?"""
    return _EPITHET_BEFORE.search(text, max(0, qs - 4), qs) is not None or text.startswith(
        _EPITHET_AFTER, qe
    )


# “政府主导、部门联动、属地管理、全民参与、村组落实、综合治理、长效管理”: a principle of many
# parts of one length, longer than r.quote reads (session 16 audit, audall17)
# (“领导小组主导、县创城办统筹、成员单位落实、干部群众参与”: four parts of six)
# (“街面净、线理顺、…、人文润”的工作标准: a standard of a dozen parts of three; any count up to
# sixteen parts, all of one length)
# what 把“…” sets a quoted formula up as (rule_words slogan_set_as), and the verb that joins two
# (把“甲”与“乙”结合起来, 有机结合, 相结合; misc51)
_SET_AS = tuple(rule_words()["slogan_set_as"])
_JOINED_AFTER = re.compile("(?:有机|紧密)?(?:相)?结合")
# a quote of parts parted by 、 that a line's end cuts before its closing mark (misc51)
_CUT_PARTS = re.compile("“((?:[\u4e00-\u9fff]{2,8}、){2,8}[\u4e00-\u9fff]{1,8})$", re.MULTILINE)
_LONG_PARTS = re.compile(r"[“\"]((?:[\u4e00-\u9fff]{2,6}、){3,15}[\u4e00-\u9fff]{2,6})[”\"]")


# the core socialist values quoted as one formula, or their four national ones (“富强、民主、
# 文明、和谐”): the twelve words in their order, parted by 、 or ， (session 23, misc23; longer
# than the 24 characters r.quote reads)
_CORE_VALUES = "富强 民主 文明 和谐 自由 平等 公正 法治 爱国 敬业 诚信 友善".split()
_CORE_VALUES_QUOTE = re.compile(
    '[“"]((?:'
    + "|".join(_CORE_VALUES)
    + ")(?:[、，,](?:"
    + "|".join(_CORE_VALUES)
    + ')){3,11})[”"]'
)


def _long_formula(c: str) -> bool:
    parts = c.split("、")
    return len({len(p) for p in parts}) == 1


def _document_run(text: str, books: list[re.Match[str]], is_doc: list[bool]) -> None:
    """《甲办法》、《乙》、《丙》等三个通知: a run of titles joined by 、 (or 和/及) of which one is a
    document, or closed by 等 + a kind of document, are documents all (session 16 audit)."""
    i = 0
    while i < len(books):
        j = i
        while j + 1 < len(books) and text[books[j].end() : books[j + 1].start()] in _RUN_JOINS:
            j += 1
        if j > i:
            tail = text[books[j].end() : books[j].end() + 8]
            closed = tail.startswith("等") and any(
                k in tail for k in ("通知", "文件", "办法", "制度", "方案", "意见")
            )
            if closed or any(is_doc[i : j + 1]):
                for k in range(i, j + 1):
                    is_doc[k] = "\n" not in books[k].group(1)
        i = j + 1


def find_docs_and_slogans(doc: Doc) -> None:
    text, r = doc.text, doc.r
    g = r.g
    books = list(r.book.finditer(text))
    is_doc = [_document_title(_inner_title(m.group(1)), text, m.start()) for m in books]
    if len(books) > 1:
        _document_run(text, books, is_doc)
    for m, d in zip(books, is_doc, strict=True):
        if d:
            a, e = m.start(1), m.end(1)
            if text[a] == "\n":
                a += 1  # (the title after the break: the mark's line holds none of it)
            inner = _inner_title(m.group(1))
            if len(inner) < e - a:
                # 《某某执委会<关于开展…的工作方案>》: the title in its inner marks, the issuer
                # before them no part of it (session 47, misc49: the pooled dev gold)
                a, e = e - 1 - len(inner), e - 1
            doc.add(a, e, "DOC", 0.95, 6, "doc.book")
    if r.doc_titles is not None:
        for m in r.doc_titles.finditer(text):
            doc.add(m.start(), m.end(), "DOC", 0.8, 5, "doc.gazetteer")
    quotes = list(r.quote.finditer(text))
    slogan = [_is_slogan(m.group(1), text, m.end(), g) for m in quotes]
    for k, m in enumerate(quotes):
        # 推行“以克论净”, 推动“明厨亮灶”, 评选一批“某某好人”: what a verb of launching names is
        # an action, a standard or an honour
        if not slogan[k] and _LAUNCH_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            slogan[k] = (
                len(m.group(1)) >= 4
                and _slogan_shape(m.group(1), g)
                and not _one_figure(m.group(1))
            )
        # 行动口号——“某某我们一起”, 宣传标语：“…”: what the text calls a slogan is one, 我们 and
        # all (session 16 audit, audall17)
        if not slogan[k] and _CALLED_SLOGAN.search(text, max(0, m.start() - 6), m.start()):
            slogan[k] = 2 <= len(m.group(1)) <= 16
        if (
            not slogan[k]
            and text[m.end() : m.end() + 1] in _CALLED_AFTER_FIRST
            and _CALLED_AFTER.match(text, m.end()) is not None
        ):
            slogan[k] = 2 <= len(m.group(1).strip()) and m.group(1) not in g.slogan_exclusions
        # 萧山区“决战亚运”誓师动员大会, 召开“百日攻坚”誓师会: the campaign a rally is held for,
        # named at its other mentions too (audit46: two pages of one city's outlet)
        if not slogan[k] and text.startswith("誓师", m.end()):
            c = m.group(1).strip()
            slogan[k] = len(c) >= 4 and _is_cjk_run(c) and _slogan_shape(c, g) and not _speech(c)
        # 把“高质量脱贫摘帽”作为首要任务: what a sentence sets up as the task is a named formula
        # (both golds of f47_019; every such quote of four or more on wide45-50 is tagged; misc51)
        if (
            not slogan[k]
            and text[m.start() - 1 : m.start()] == "把"
            and text.startswith(_SET_AS, m.end())
        ):
            c = m.group(1).strip()
            slogan[k] = len(c) >= 4 and _is_cjk_run(c) and _slogan_shape(c, g) and not _speech(c)
        # 把“当下改”与“长久立”结合起来: the two formulas a sentence joins (both golds of f49_024)
        if (
            k + 1 < len(quotes)
            and text[m.start() - 1 : m.start()] == "把"
            and text[m.end() : quotes[k + 1].start()] in ("与", "和", "同")
            and _JOINED_AFTER.match(text, quotes[k + 1].end()) is not None
        ):
            pair = (m.group(1).strip(), quotes[k + 1].group(1).strip())
            if all(
                len(c) >= 3 and _is_cjk_run(c) and _slogan_shape(c, g) and not _speech(c)
                for c in pair
            ):
                slogan[k] = slogan[k + 1] = True
        # 以“同心创文”为主题: the theme an event is held under (主题为“…” is a launching verb's;
        # session 23, misc23: two development pages, two fresh)
        if (
            not slogan[k]
            and text.startswith("为主题", m.end())
            and text[m.start() - 1 : m.start()] == "以"
        ):
            slogan[k] = len(m.group(1).strip()) >= 4 and not m.group(1).strip().isdigit()
        # 以“联创共建”为抓手 / 为载体 / 为牵引: what a campaign is driven by (four characters or
        # more; not 为突破口 or 为重点, which name a field of work too; session 24, misc24)
        if (
            not slogan[k]
            and text[m.start() - 1 : m.start()] == "以"
            and text.startswith(_FRAME_HEADS, m.end())
        ):
            c = m.group(1).strip()
            slogan[k] = (
                len(c) >= 4
                and _is_cjk_run(c)
                and not any(ch in "的了是我你" for ch in c)
                and c not in g.slogan_exclusions
            )
        if not slogan[k] and m.group(1) not in g.slogan_exclusions:
            slogan[k] = _motto(m.group(1), text, m.start(), m.end())
        # 区委提出的“某某再出发”目标, 党代会提出“加快建设…某某”，, 确立了“建设…”的目标: the
        # goal a committee or a congress puts forward, a formula of its plans (orgs27)
        if (
            not slogan[k]
            and _PUT_FORWARD.search(text, max(0, m.start() - 4), m.start()) is not None
            and _GOAL_AFTER.match(text, m.end()) is not None
        ):
            c = m.group(1).strip()
            slogan[k] = (
                len(c) >= 4
                and _is_cjk_run(c)
                and not c.startswith("要")
                and not _speech(c)
                and _slogan_shape(c, g)
            )
        if not slogan[k]:
            slogan[k] = _named_form(m.group(1), text, m.start(), m.end(), g)
        # 确保实现“零溺水”目标, “零事故”的总要求: zero of what is to be prevented, named as the goal
        # right after it, is a numbered formula (rule_words slogan_zero_targets; session 48,
        # misc50: dev gold, five such goals on four wide45 pages)
        if (
            not slogan[k]
            and m.group(1)[:1] == "零"
            and 3 <= len(m.group(1)) <= 4
            and text.startswith(_ZERO_TARGETS, m.end())
            and _is_cjk_run(m.group(1))
        ):
            slogan[k] = True
        # 做到三个“始终坚持”, 三个“持续”，即…: the count outside the quotes makes the quoted word a
        # numbered formula, as “三个始终坚持” would be (both golds of f45; session 48, misc50)
        if (
            not slogan[k]
            and text[m.start() - 1 : m.start()] == "个"
            and text[m.start() - 2 : m.start() - 1] in _FORMULA_COUNTS
            and text.endswith(_COUNT_VERBS, max(0, m.start() - 6), m.start() - 2)
            and 1 <= len(m.group(1)) <= 8
            and _is_cjk_run(m.group(1))
        ):
            slogan[k] = True
        if (
            _metaphor(text, m.start(), m.end())
            or _honour(m.group(1).strip())
            or _epithet(text, m.start(), m.end())
            or _meeting(m.group(1).strip())
            or _category(m.group(1), text, m.end())
            # (“一季度”, “上半年”: a quarter or a half of the year quoted is a time, no formula;
            # session 34, misc36: both golds of dev36)
            or _PERIOD_QUOTED.fullmatch(m.group(1).strip()) is not None
            # (宁可“十防九空”，不可“一失万无”, 不怕“劳民伤财”: a saying weighed as a choice, no
            # formula, numerals and all; names38)
            or text[m.start() - 2 : m.start()] in _SAYING_BEFORE
            # (严禁“表面整改、虚假整改”, 绝不能“高高举起、轻轻放下”: the practice forbidden is a
            # fault named, no formula of the campaign; session 46, gpe48: both such quotes of the
            # pooled dev gold are untagged)
            or _FORBIDDEN_BEFORE.search(text, max(0, m.start() - 3), m.start()) is not None
        ):
            slogan[k] = False
    i = 0
    while i < len(quotes):
        j = i
        # (“甲”“乙”; “甲”、“乙”和“丙”: quotes joined by nothing, a 、 or a conjunction)
        while j + 1 < len(quotes) and text[quotes[j].end() : quotes[j + 1].start()] in _RUN_JOINS:
            j += 1
        if j > i:
            # “甲”“乙”等一批品牌 / 等主题活动: a run of quoted names of one kind shares its status
            tail = text[quotes[j].end() : quotes[j].end() + 12]
            listed = tail.startswith("等") and any(n in tail for n in _LISTED_KINDS)
            # (“春雷”“夏安”“秋收”三大行动: the campaigns counted right after the run, as many as
            # its numeral counts, name its quotes as theirs; slogans43)
            cm = _COUNTED_CAMPAIGNS.match(tail, 1) if tail[:1] in _COUNT_VALUE else None
            counted = (
                cm is not None
                and _COUNT_VALUE[tail[0]] == j - i + 1
                # (做好“甲”“乙”“丙”三篇文章: articles are the pieces of work a verb of doing
                # names, not texts read: 学习“甲”“乙”两篇文章)
                and (
                    not cm.group().startswith("篇")
                    or _ARTICLES_DONE.search(text, max(0, quotes[i].start() - 3), quotes[i].start())
                    is not None
                )
            )
            # (以“甲”、“乙”为抓手: the frame of one quote holds the run it opens and closes;
            # session 46, gpe48)
            driven = text[quotes[i].start() - 1 : quotes[i].start()] == "以" and text.startswith(
                _FRAME_HEADS, quotes[j].end()
            )
            if listed or counted or driven or any(slogan[i : j + 1]):
                for k in range(i, j + 1):
                    slogan[k] = slogan[k] or _slogan_shape(quotes[k].group(1), g)
            # “防”“抢”“救”“保”: three or more quoted single characters in a run are the head words
            # of a formula's parts, each a SLOGAN (the held-out golds of session 42; two quoted
            # characters, “稳”“快”, are as often an emphasis; slogans43)
            if j - i >= 2 and _single_parts([quotes[k].group(1) for k in range(i, j + 1)]):
                for k in range(i, j + 1):
                    slogan[k] = True
            # (“出行难”“就医难”等民生问题, “火”“爆”“塌”等致灾因素: a run closed by the problems
            # or the hazards it lists is a list of categories, no formula: GUIDELINES; slogans43)
            if _CATEGORIES_AFTER.match(text, quotes[j].end()) is not None:
                for k in range(i, j + 1):
                    slogan[k] = False
        i = j + 1
    _parallel_formulas(text, quotes, slogan, g)
    if len(quotes) >= 3:
        _two_character_parts(text, quotes, slogan, g)
    if len(quotes) >= 3:
        _parallel_run(text, quotes, slogan, g)
    _counted_parts(text, quotes, slogan, g)
    # “一项工程、五大活动、九个行动”（简称“159”）: the short name of a formula is one too (not
    # the short name of a body, 以下简称“领导小组”, which follows no quote; session 24, misc24)
    if "称" in text and "简称" in text:
        for k in range(1, len(quotes)):
            if (
                slogan[k - 1]
                and not slogan[k]
                and _ABBREVIATED.fullmatch(text, quotes[k - 1].end(), quotes[k].start())
                and 2 <= len(quotes[k].group(1).strip()) <= 12
                and quotes[k].group(1) not in g.slogan_exclusions
            ):
                slogan[k] = True
    # a formula read as one somewhere in the article is one at its every quoted mention
    # (开展“某某”行动 … 全县“某某”工作): the mentions without a launching verb or a kind after them
    # 变“要我创”为“我要创”: a change from one formula to the same words turned round
    for m in _TURNED.finditer(text):
        g1 = 1 if m.group(1) is not None else 3
        x, y = m.group(g1), m.group(g1 + 1)
        if sorted(x) == sorted(y) and x != y:
            for k, q in enumerate(quotes):
                if q.start(1) in (m.start(g1), m.start(g1 + 1)):
                    slogan[k] = True
    # “某城是我家，清洁靠大家。”: a couplet on one frame whose closing stop the page put inside
    # the quotes, the formula without it (session 32, misc32)
    if "。”" in text or "！”" in text:
        for m in _STOP_INSIDE_QUOTE.finditer(text):
            c = m.group(1)
            if (
                _couplet(c)
                and _one_frame(_HALF_MARKS.split(c))
                and not _speech(c)
                and not c.startswith(("要", "必须"))
                and text[m.start() - 1 : m.start()] not in _SAID
            ):
                doc.add(m.start(1), m.end(1), "SLOGAN", 0.8, 6, "slogan.quoted")
    mottos, framed = _long_quotes(text)
    for qs, qe in mottos:
        if _long_motto(text[qs:qe], text, qs - 1):
            doc.add(qs, qe, "SLOGAN", 0.8, 6, "slogan.quoted")
    for qs, qe in framed:
        doc.add(qs, qe, "SLOGAN", 0.8, 6, "slogan.quoted")
    if "、" in text:
        for m in _LONG_PARTS.finditer(text):
            # (24 characters or fewer: r.quote read it, and the parts rule judged it; the
            # epithets a place is praised by are none: 有着“甲、乙、丙…”的美誉)
            if (
                len(m.group(1)) > 24
                and _long_formula(m.group(1))
                and not _epithet(text, m.start(), m.end())
            ):
                doc.add(m.start(1), m.end(1), "SLOGAN", 0.8, 6, "slogan.quoted")
        # “甲甲甲甲、乙乙乙乙、丙丙 (the line ends): a formula of parts the page cut off before
        # its closing mark (a page cut at its end or at a line's; both golds of f45 and of f49
        # tag the parts that are written; misc51): two whole parts of one length, four or more
        for m in _CUT_PARTS.finditer(text):
            whole = m.group(1).split("、")[:-1]
            # (a quote the page only wrapped closes on the next line: no cut)
            nl = text.find("\n", m.end() + 1)
            wrapped = text.find("”", m.end(), nl if nl >= 0 else len(text)) >= 0
            if (
                len(whole) >= 2
                and len({len(p) for p in whole}) == 1
                and len(whole[0]) >= 4
                and not wrapped
            ):
                doc.add(m.start(1), m.end(1), "SLOGAN", 0.8, 6, "slogan.quoted")
    if "活动" in text or "行动" in text:
        for m in _LONG_ACTIVITY.finditer(text):
            if not _speech(m.group(1)):
                doc.add(m.start(1), m.end(1), "SLOGAN", 0.8, 6, "slogan.quoted")
    if "富强" in text:
        for m in _CORE_VALUES_QUOTE.finditer(text):
            words = re.split("[、，,]", m.group(1))
            if words == _CORE_VALUES[: len(words)] and len(words) in (4, 12):
                doc.add(m.start(1), m.end(1), "SLOGAN", 0.8, 6, "slogan.quoted")
    named = {quotes[k].group(1) for k in range(len(quotes)) if slogan[k]}
    for k, m in enumerate(quotes):
        if not slogan[k] and m.group(1) in named:
            slogan[k] = True
        if slogan[k] and not _metaphor(text, m.start(), m.end()):
            # (" 某某精神 ": the spaces a page pads its quotes with are no part of the formula;
            # session 33, misc35)
            a, b = m.start(1), m.end(1)
            while a < b and text[a] in _PAD:
                a += 1
            while b > a and text[b - 1] in _PAD:
                b -= 1
            doc.add(a, b, "SLOGAN", 0.8, 6, "slogan.quoted")
    if HONOUR_SLOGAN in doc.switches:
        _honours_as_slogans(doc, [m for k, m in enumerate(quotes) if not slogan[k]])
    # “您对‘创文’‘创卫’工作了解多少？”: a formula quoted inside a quotation takes the single
    # marks, read as the double ones are (session 25, misc25)
    if "‘" in text:
        for m in _SINGLE_QUOTE.finditer(text):
            c = m.group(1)
            # (‘甲与乙相结合、丙与丁相结合’的方法: a motto named by its kind; names38)
            if (
                c in named or _is_slogan(c, text, m.end(), g) or _motto(c, text, m.start(), m.end())
            ) and not (
                _metaphor(text, m.start(), m.end())
                or _honour(c.strip())
                or _epithet(text, m.start(), m.end())
            ):
                doc.add(m.start(1), m.end(1), "SLOGAN", 0.8, 6, "slogan.quoted")
        if HONOUR_SLOGAN in doc.switches:
            _honours_as_slogans(doc, list(_SINGLE_QUOTE.finditer(text)))


# The opt-in convention slogan.honour (registry.CONVENTION_SWITCHES; session 29, conv29): the
# quoted honour a place strives for or is given (“全国文明城市”, “省级文明县城”, “国家卫生城市”) as
# a SLOGAN, where the rules leave it (_honour: GUIDELINES' SLOGAN names campaigns, formulas and
# brands; three of four independent annotators of the development pages leave the honour, one
# tags it wherever it is quoted: 称号, 荣誉, 这块金字招牌 after it alike). A campaign for the honour
# (“创建全国文明城市”) is a SLOGAN either way.
HONOUR_SLOGAN = "slogan.honour"
# what a text must hold for slogan.honour to find anything (learn.corrections.SWITCH_CUES): a
# quote closing on the last characters of an honour (城市”, 县城”, 村镇”, 单位”…)
HONOUR_CUE = re.compile(
    "(?:" + "|".join(sorted({re.escape(h[-2:]) for h in _HONOURS})) + r")\s*[”’\"]"
)


def _honours_as_slogans(doc: Doc, quotes: list[re.Match[str]]) -> None:
    """slogan.honour: each quote of `quotes` (those no other reading made a SLOGAN) whose
    content is an honour, inside the quotes, without them or the spaces inside them."""
    for m in quotes:
        c = m.group(1)
        if not _honour(c.strip()):
            continue
        a = m.start(1) + (len(c) - len(c.lstrip()))
        b = m.end(1) - (len(c) - len(c.rstrip()))
        doc.add(a, b, "SLOGAN", 0.8, 6, HONOUR_SLOGAN)


# this module's regexes searched with their first characters as the skip set (scan.py): the
# same matches, fewer attempts
speed_up(globals())
