"""DATE rules: calendar expressions with an attached part of day or time (date.pattern, the
regex in common._Rules), the bare day listed after a date (date.range_end: 9月9日、10日), and
the bare day that opens a report's sentence (date.bare_day: 25日，我区召开 / 15日上午，市委召开).

The grammar around date.pattern's matches (session 22, misc22), one expression each:
- the part of a year attached to it: 2031年底, 2026年年初, 今年上半年, 去年年底, 明年末
  (年底 / 上半年 alone stay vague periods; 2026年初步 is no part of a year);
- the part of a month: 8月中下旬, 7月上中旬 (as 8月中旬 is);
- a range or a pair of months written with one 月: 7-8月, 5、6月, 今年1至6月 (as
  2018—2020年 is one expression; a range of days with one 日 already is: 6月21至22日; with
  both 月 written, 8月—9月, two, as 7月1日至7月15日 is);
- the first day of a range whose dash is doubled: 5月17——18日, 5月3―4日;
- a date whose digits stand apart from their units (PDF text): 12 月底, 2030 年, 10 月 9 日.

Session 23 (misc23), the calendar's week (GUIDELINES: calendar expressions):
- the week of a month attached to it: 7月份第4周, 2030年7月份第三周 (a weekly bulletin's period);
- the weekday written after a day: 11月17日 星期一, 5月8日（周三）上午 (a page stamp, a notice);
- a party paper's day counted from its own, the day of the month in brackets: 今（3）日,
  昨（2）日下午 (a day counted from the report's is a DATE since session 12: 今天, 昨日);
- 当晚, the evening of the day just named (as 当天晚上 and 当日下午 are).

Session 27 (misc27), what the annotators of dev27 agree on:
- a range of days written with one 月 is one DATE, its bare last day with it: 12月8日至10日,
  8月15日—16日 (was two, date.pattern + date.range_end; dev2's and dev_samples' golds write
  it apart);
- 后年 as 明年 (common.relative_years);
- a report's date that lost its 月, at a line's start before the comma, as written: 523日下午，;
- the weekday of a spaced stamp (2031 年 04 月 20 日 星期六) and the lead's date glued to the
  page's stamp (2031-11-1511月11日).

Session 32 (misc32), what both golds of dev32 tag:
- a half of the year standing alone as the period itself, as a quarter does (大干上半年，, 下半年，
  全县要…, 上半年以来): a calendar half, no vague period (session 22 had left them all out; the
  half that qualifies the work it names, 下半年重点工作, stays out as two older team golds have it);
- the first quarters standing alone: 前三季度 (as 今年前三季度 is one expression);
- a bare day after 于, 从 or 自 in a report, with its part of day or before 起 / 召开 / 举行:
  测评组从18日起…, 并于20日下午召开… (not a span of days: 于3日内; not 低于 / 多于 / 来自);
- a bare day opening the lead after a quoted line that closes its sentence (…。”24日下午，) or
  after a character the page lost (U+FFFD);
- a festival written out in full standing as the day: 国庆节即将到来, 春节期间, 中秋节前 (not the
  festival as a theme: 喜迎国庆, 国庆氛围; festival words in rule_words date_festivals);
- what both golds of dev31 and dev29 tag: a part of day with its clock time standing alone
  (上午8:30，大会正式开始), 正月 with its day (正月初七) without 农历, and a headline's 昨 alone
  before the event (某某委昨召开…)."""

from __future__ import annotations

import re

from civannot.preannotate.common import Doc
from civannot.preannotate.gazetteers import jieba_tokenizer, longest_first, rule_words, words_cue
from civannot.preannotate.scan import speed_up

_DAY_RANGE_END = re.compile(
    # (9月9日、10日 / 10月16日和30日: a second day listed after a date, session 22; 10日内 is a
    # span of days)
    r"(?:(?:至|到|——|—|－|-|~|～|―|–)((?:\d{1,2}|[一二三十]{1,3})[日号])"
    r"|(?:、|和|及)((?:\d{1,2}|[一二三十]{1,3})[日号])(?!内))"
    r"(?![\d〇一二三四五六七八九十])"
)

# 2018、2019、2020年: years listed before the one that carries 年, each a year of its own
_RANGE_MARKS = frozenset("至到—－-~～―–")
# 523日下午，/ 728日，: a report's date at a line's start that lost its 月 (the page's own
# misprint, tagged as written: both annotators of dev27; session 27, misc27)
_LOST_MONTH_DAY = re.compile(
    r"(?m)^[ \u3000\t]*((?:1[0-2]|[1-9])(?:[12]\d|3[01]|0[1-9])日"
    r"(?:上午|下午|晚上|早上|中午|凌晨|晚)?)(?=[，,])"
)
_LOST_MONTH_GATE = re.compile(r"(?m)^[ \u3000\t]*\d{3,4}日")
# (what every match of the gate holds, looked for first: 日 is the search's skip set, the
# digits behind it read only there, where the gate tried every line; session 35, speed35e)
_LOST_MONTH_CUE = re.compile(r"(?<=\d\d\d)日")
_YEAR_LIST_ITEM = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=(?:、(?:19|20)\d\d)*、(?:19|20)\d\d年)")

# the part of a year after it (2031年底, 2026年年初, 今年上半年, 今年秋季); not 2026年初步 / 初中 / 底线
_YEAR_PART = re.compile(
    r"年?(?:底(?![线气层子部数色板])|末(?![位端梢])|初(?![步心衷始级中次见具显创稿赛选审评期])"
    r")|[上下]半年"
    # (今年前三季度, 2031年前10个月: the first quarters or months of a year; 2031年第一、二季度,
    # 一至三季度: a pair or a range of quarters with one 季度; session 24, misc24)
    r"|前(?:[一二两三]个?季度|(?:\d{1,2}|[一二两三四五六七八九十]{1,2})个月)"
    r"|第?[一二三四](?:[、至到—－-]第?[一二三四])+季度"
    # (今年秋季, 2031年春季, 今年秋冬季: the season of a year, as its half is; both golds of f45;
    # audit46)
    r"|(?:春夏|夏秋|秋冬|冬春|[春夏秋冬])季(?!度)"
)
# the part of a month after it: 8月中下旬, 7月上中旬
_MONTH_PART = re.compile(r"中下旬|上中旬")
# a bare month (7月, 八月份): the one a range or a pair of months closes
_BARE_MONTH = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?")
# …and what opens it, right before: 7-, 5、, 今年1至 (its year with it)
_MONTH_RANGE_HEAD = re.compile(
    r"(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年|今年|去年|明年|前年)?"
    r"(?<![\d〇一二三四五六七八九十])(?:\d{1,2}|[一二三四五六七八九十]{1,2})"
    r"(?:至|到|—|－|-|~|～|、)$"
)
# 5月17——18日: a range whose first day drops its 日, with a doubled or a horizontal-bar dash
_DAY_RANGE_LONG_DASH = re.compile(r"\d{1,2}(?:——|―|–)\d{1,2}[日号](?![\d])")
_RANGE_FIRST = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,2}).$")
# a date whose digits stand apart from their units, as text taken from a PDF or a typeset page
# writes it: 12 月底, 2030 年, 10 月 9 日, 2030 年第三季度 (with one space at least: the
# written-together forms are date.pattern's; session 22, misc22)
_SPACED_DATE = re.compile(
    r"(?<![\d.])(?:(?:19|20)\d\d[ \u00a0]?年[ \u00a0]?)?(?:1[0-2]|0?[1-9])[ \u00a0]?月"
    r"(?:[ \u00a0]?(?:3[01]|[12]\d|0?[1-9])[ \u00a0]?[日号](?:上午|下午|晚上)?"
    r"|上旬|中旬|下旬|中下旬|底|初|末|份)?"
    r"|(?<![\d.])(?:19|20)\d\d[ \u00a0]?年(?:度|底|末|[ \u00a0]?第?[一二三四]季度|[上下]半年)?"
)
# the week of a month after it: 7月份第4周, 7月第三周 (session 23, misc23)
_MONTH_WEEK = re.compile(r"第[1-5一二三四五]周(?![年期岁])")
# the weekday after a day, bracketed or after a space, and the part of day after it: 3日 星期一,
# 8日（周三）上午; 周X only where no word goes on (6日周边 / 6日周一调度 are none)
_WEEKDAY = re.compile(
    r"[ \u3000]?(?:[（(](?:星期|周)[一二三四五六日天][)）]|星期[一二三四五六日天]"
    r"|周[一二三四五六日天](?:(?=上午|下午|晚上|早上|中午)|(?![\u4e00-\u9fff])))(?:上午|下午|晚上|早上|中午)?"
)
_WEEKDAY_FIRST = frozenset(" \u3000（(星周")
# 今（3）日, 昨（2）日下午: the paper's own day with the day of the month in brackets; 当晚
_PAPER_DAY = re.compile(
    r"(?<![至如现迄])[今昨前明][（(](?:[12]\d|3[01]|0?[1-9])[）)]日(?:上午|下午|晚上|早上|中午|晚)?"
    r"|(?<![相适应充承担])当晚"
)
# the gates of the scans above, one search each: a literal first character (、 or a space) makes
# them cheaper than two substring tests of a CJK pair (session 23, misc23: they pay for the
# paper-day gate)
# 今日召开 / 今日举行: the paper's own day before the event it reports (date.pattern reads 今日
# only before a part of day or no Chinese character: 今日某某 names an outlet; session 24, misc24)
_TODAY_EVENT = re.compile(r"(?<![如至迄])今日(?=召开|举行|开幕|闭幕|启动|举办|揭牌|揭晓)")
# a lunar date: 农历正月初八, 农历十月, 腊月二十三 (a month is lunar after 农历, 腊月 always; bare
# 正月 is left: its test would cost more than it finds; session 24, misc24)
_LUNAR_DAY = "(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)"
_LUNAR_DATE = re.compile(
    r"农历(?:正|腊|冬|十[一二]?|[一二三四五六七八九])月" + _LUNAR_DAY + "?"
    r"|腊月"
    + _LUNAR_DAY
    # (正月初七, 正月十五: the first lunar month with its day needs no 农历; both golds of dev31;
    # session 32, misc32)
    + r"|正月"
    + _LUNAR_DAY
    # (大年初三, 大年三十: the new year's days named as the festival counts them; both golds of
    # f46; session 46, gpe48)
    + r"|大年(?:初[一二三四五六七八九十]|三十)"
)
# 元月5日, 2031年元月: 元月 is the first month (as 1月 reads; session 24, misc24)
_FIRST_MONTH = re.compile(
    r"(?:(?:\d{4}|[〇零0一二三四五六七八九]{4})年|今年|去年|明年)?元月"
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号](?:上午|下午|晚上|早上|中午|晚)?|份|上旬|中旬|下旬|底|初)?"
)
# 第一、二季度 without its year: the first quarter of the pair, before the one that carries 季度
_QUARTER_HEAD = re.compile(r"第?[一二三四](?:[、至到—－-]第?[一二三四])*[、至到—－-]$")
# 昨天（5日）, 今天（12日）: a day counted from the report's with the day of the month after it
# in brackets, as city papers print it, each a DATE (the relative day is date.pattern's); 24日记者
# 从…获悉 / 记者24日从…: the bare day of a news lead before or after its reporter (session 25,
# misc25: GUIDELINES' calendar expressions in the news lead's two standard forms)
_DAY_IN_BRACKETS = re.compile(r"[（(]((?:[12]\d|3[01]|0?[1-9])日)[）)]")
_RELATIVE_DAYS = frozenset(("今天", "昨天", "昨日", "今日"))
_DAY_WORD_FIRST = frozenset("今昨次翌明")
# **月*日下午, 201*年: a date whose digits the site masked with asterisks, tagged as written (both
# golds of dev24; session 25, misc26: 5 of 5 on five pages of four sites are dates)
# (damaged.reading_text has made a lone asterisk between two characters the lost character's
# mark, U+FFFD: read as one)
_MASKED_DATE = re.compile(
    "(?<![\\d*\ufffd])(?:[\\d*\ufffd]{4}年)?[\\d*\ufffd]{1,2}月[\\d*\ufffd]{1,2}[日号]"
    "(?:上午|下午|晚上|早上|中午|凌晨|晚)?"
    "|(?<![\\d*\ufffd])[\\d*\ufffd]{4}年(?!代)"
)
_LEAD_DAY_BEFORE = re.compile(r"(?<![\d月.．])(?:[12]\d|3[01]|0?[1-9])日$")
_LEAD_DAY_AFTER = re.compile(r"(?:[12]\d|3[01]|0?[1-9])日(?=从|在|获悉|了解|走访|来到|采访|深入)")
# 今冬, 今春, 明春, 去冬, 今冬明春: the season of the report's year, as 今年 is its year (征兵,
# 防火 and planting work are set by it); both golds of dev30 tag 今冬 (session 30, misc30). A
# season and the next written together is one expression, as 2018—2020年 is. Not 今春节 (the
# festival), 明春天 (no word of the genre), 去冬天, nor a given name after its surname.
_SEASON = re.compile(r"(?<![如至迄])(?:今|去|明)[春夏秋冬](?:(?:今|明)[春夏秋冬])?(?![节天季装])")
_SEASON_GATE = re.compile("[今去明][春夏秋冬]")
# (检查今冬采暖季, 宝坻区今冬供热: a surname's character that closes a word of its own or a
# division's unit opens no given name; session 46, gpe48: both golds' 今冬 of the pooled dev gold)
_SEASON_UNIT_BEFORE = frozenset("省市县区州旗盟镇乡")
_SEASON_WORD_FREQ = 100


def _given_name_season(text: str, s: int, surnames: frozenset[str]) -> bool:
    """王明春, 李今秋: is the season at s the given name of the surname right before it?"""
    if text[s - 1 : s] not in surnames:
        return False
    if s >= 2 and text[s - 1] in _SEASON_UNIT_BEFORE and "\u4e00" <= text[s - 2] <= "\u9fff":
        return False
    return s < 2 or jieba_tokenizer().FREQ.get(text[s - 2 : s], 0) < _SEASON_WORD_FREQ


# ，年3月6日在…: a date whose year digits the site stripped, 年 left after a mark or at a line's
# start; tagged as written, 年 with it (both golds of dev30; session 30, misc30)
_STRIPPED_YEAR = re.compile(
    r"(?:^|(?<=[\s，,、：:；;（(]))年(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])[日号]"
    r"(?:上午|下午|晚上|早上|中午|凌晨|晚)?",
    re.M,
)
# 上半年 / 下半年 standing alone as the period itself, closing its clause or before 以来 /
# 期间: a calendar half, as 一季度 is (大干上半年，; both golds of dev32); not within a longer
# expression that reads it already (今年上半年: date.pattern's part of a year), nor where it
# qualifies the work it names (下半年重点工作, 通报了上半年创建工作情况: two older team golds leave
# those; session 32, misc32); before the whole place its figures cover it is the period too
# (分析了上半年全市主要经济指标完成情况: both golds of f40; session 39, audit39)
# (项目上半年全部开工, 力争下半年全面建成: the half before the adverb of the work done in it is
# the time it is done in, an adverbial of time; session 46, gpe48: both golds of dev_027's form)
_BARE_HALF = re.compile(
    r"(?<![年\d〇零一二三四五六七八九十])[上下]半年度?"
    r"(?=[，。；！？,]|以来|期间|全[市县区镇乡省州旗部面]|我[市县区镇乡省]|力争|确保|基本建成)"
)
# 请于下周二前报送, 上星期五: a weekday counted from the report's week, as 明天 is a day (both
# golds of f40; 本周 alone, a week, only one; session 39, audit39); 这周末, 上周末: the weekend of
# that week, as its days are (session 48, misc50: dev gold)
_RELATIVE_WEEKDAY = re.compile(
    r"(?<![以线每马路])(?:上|下|本|这)个?(?:周|星期)[一二三四五六日天]|(?<![以线每马路])(?:上|下|本|这)个?周末"
)
# （农历…），星期四，天津市某区召开…: the weekday of the lead's date standing as a clause of its own
# between marks, after the date's bracket or its day (both golds of f47; session 46, gpe48)
_LONE_WEEKDAY = re.compile(r"(?<=[日）)][，,])星期[一二三四五六日天](?=[，,])")
# 从18日起, 并于20日下午召开, 自1日起: a bare day after a preposition of time, with its part of
# day, or before the start or the event it dates (session 32, misc32)
_PREP_DAY = re.compile(
    r"(?<![低高少多大小等长短晚早对关属由基鉴处来各独亲源出])[于从自]"
    r"((?:[12]\d|3[01]|0?[1-9])[日号](?:(?:上午|下午|晚上|早上|中午|凌晨|晚)"
    # (从30日01时起, 于6日8时发布: the day with its hour; session 32, misc34)
    r"|\d{1,2}[时点](?:\d{1,2}分|半)?"
    r"|(?=起|开始|召开|举行|举办|启动|开展)))"
)
# a bare day that opens the lead after a quoted line closing its sentence (“…。”24日下午，) or
# after a character the page lost (U+FFFD), then a part of day or the comma
_LEAD_DAY_AFTER_QUOTE = re.compile(
    r"(?:[。！？]”|\ufffd)((?:[12]\d|3[01]|0?[1-9])日"
    r"(?:上午|下午|晚上|早上|中午|凌晨|晚|(?=[，,])))"
)
# what follows a bare day that makes it a calendar expression wherever it stands: its hour, a
# part of day, or the last day of a range (14日5时加强为…, 于10日白天登陆, 9日至11日，某县有…;
# a typhoon's or a flood's bulletin counts its days so; audit43: 8 such days missed on 4 of 40
# fresh pages). Not 10日内 (a span), 12日晚会 (the gala), 每月10日 (月 before it)
_DAY_TIME_TAIL = re.compile(
    # (5日8时段: a count of slots, no hour)
    r"\d{1,2}[时点](?![段候期])(?:\d{1,2}分|半)?|凌晨|早晨|早上|上午|中午|下午|傍晚|晚上|夜间|夜里|白天"
    r"|晚(?![会报餐宴间])|(?:至|到|—|－|-|~|～)(?:[12]\d|3[01]|0?[1-9])日"
)
# 6日夜里到7日: a bulletin's range from a bare day's part of day to a bare next day is one
# expression, as 9日至11日 is (_DAY_TIME_TAIL; dev gold, wide46: a typhoon's landing). A next day
# with a part of day of its own is a date of its own, 14日夜间 / 15日早晨 (the fresh golds of
# audit43, dev_016's gold): no match there (session 48, misc50)
_DAY_PART_RANGE_END = re.compile(
    r"(?:至|到|—|－|~|～)(?:[12]\d|3[01]|0?[1-9])日"
    r"(?![\d内]|凌晨|早晨|清晨|早上|上午|中午|下午|傍晚|晚上|夜间|夜里|白天|晚|\d{1,2}[时点])"
)
# 召开2021安全生产暨防汛抗旱工作会议, 对某县2016省列观摩项目进行督查: a year without its 年 that
# dates the meeting or the programme named after it (both golds of f45; audit46: two pages); not
# a count (2000亿元, 2000余亩: a measure or a quantity word after the digits), nor a year inside
# a quoted name (“2018两打两控”: the campaign's name), nor a code's or a stamp's digits
_BARE_YEAR = re.compile(
    r"(?<![\dA-Za-z.．\-－/:：“\"#])(?:19[5-9]\d|20[0-4]\d)(?![\d年])(?=[\u4e00-\u9fff])"
)
_BARE_YEAR_QUOTE_REACH = 12  # how far back a quote the year stands in may open (“禁毒2018…”)
_BARE_YEAR_NOT_NEXT = frozenset(
    "亿万千百余多个元角亩户人名家吨米件项次条台辆只头平公斤座间所场天份张本位处栋套株棵批页号届期"
    "册幅篇字分秒时点克升度倍箱袋瓶包支把块片段组类种步层楼至到多起例宗辆周岁"
)
# 当天，某某一行先后… / 当日一早，…: the day just named, opening a sentence before its comma (or
# 一早, which stays out as after a full date), is the day itself, as 今天 is (date.pattern reads
# 当天 only with its part of day: 当天整改 is "at once"; audit46: five wide46 pages, f45 006's B)
_SAME_DAY = re.compile(r"(?:^|(?<=[。！？!?”]))[ \u3000]*(当[天日])(?=[，,]|一早)", re.M)
# what stands before the day's digits where the day is no bare one: a month, a year, a count
_DAY_NOT_AFTER = frozenset("月年号第每.．/-－—~～")
# the event a bare day dates, right after it (某某官方8日召开…, 大会14日在某地召开, 某某14日强调,
# 15日起开通): the day is the report's, the verb stays out (dev43: 8日 missed in both golds; audit44)
_DAY_EVENT_AFTER = re.compile(
    r"召开|举行|举办|开幕|闭幕|启动|揭牌|强调|起(?![草诉步来])|在(?![内外])"
)
# what makes the digits before 日 a count of days, not one day (连续3日举行, 为期2日在…)
_DAY_COUNT_BEFORE = tuple("连续 持续 历时 为期 用时 经过 共 近 达 约 计 逾 超".split())


def _days_with_time(doc: Doc, text: str) -> None:
    """14日5时, 10日白天, 14日夜间, 9日至11日: a bare day with its hour, a part of day or a range's
    last day, wherever it stands, or before the event it dates (8日召开; date.bare_day). Read at
    each 日 after a digit, a search for the character, not a regex over the text."""
    i = text.find("日")
    while i > 0:
        if text[i - 1].isdigit():
            j = i - 1
            if j and text[j - 1].isdigit():
                j -= 1
            if (
                (j == 0 or (not text[j - 1].isdigit() and text[j - 1] not in _DAY_NOT_AFTER))
                and 1 <= int(text[j:i]) <= 31
                and text[j] != "0"
            ):
                if (m := _DAY_TIME_TAIL.match(text, i + 1)) is not None:
                    e = m.end()
                    if text[e : e + 1] in _RANGE_MARKS and not text[e - 1].isdigit():
                        rm = _DAY_PART_RANGE_END.match(text, e)
                        if rm is not None:
                            e = rm.end()
                    doc.add(j, e, "DATE", 0.8, 2, "date.bare_day")
                elif (
                    _DAY_EVENT_AFTER.match(text, i + 1)
                    and not text.endswith(_DAY_COUNT_BEFORE, 0, j)
                ) or (
                    # 就在18日，: the day after 在 and closed by the comma (audit44)
                    j and text[j - 1] == "在" and text[i + 1 : i + 2] in ("，", ",")
                ):
                    doc.add(j, i + 1, "DATE", 0.8, 2, "date.bare_day")
        i = text.find("日", i + 1)


# A festival standing as the day has its own rule id (it was date.pattern's until session 46):
# teams differ on it (of four annotators of the same genre two tag 春节期间's 春节 a DATE, two
# leave festivals untagged), and a team's convention is then learned as one correction by rule id
# (drop DATE (rule «date.festival»)) where by date.pattern's id it could only be learned festival
# by festival (learn48, DEVELOPMENT data).
FESTIVAL_RULE = "date.festival"
# 国庆节即将到来, 春节期间, 中秋节前夕: a festival written out in full, standing as the day (the
# festival as a theme, 喜迎国庆 / 国庆氛围, is none; session 32, misc32)
_FESTIVAL_DAY = re.compile(
    "(?:"
    + "|".join(sorted(rule_words()["date_festivals"], key=len, reverse=True))
    + ")(?=即将|将至|来临|临近|到来|前夕|期间|假期|长假|小长假|前后|当天|前|后|之际)"
)
# 中秋、国庆期间, 中秋、国庆双节临近, 国庆期间: a festival's short name without quotes standing
# for the day by the period after it, or two festivals in a row before it (each its own DATE, as
# both golds of dev37 read them, 春节、元旦期间 too; rule_words date_festival_short; session 34,
# locs37). Not the festival as a theme (喜迎国庆, 国庆氛围: no period after it), nor a short
# name before 前 / 后 alone (清明前后 reads; 清明后 does not).
_FESTIVAL_ANY = "|".join(
    sorted(
        set(rule_words()["date_festival_short"]) | set(rule_words()["date_festivals"]),
        key=longest_first,
    )
)
_FESTIVAL_PERIOD = (
    "(?:节日?)?(?:期间|假期|长假|小长假|前夕|前后|当天|之际|即将|将至|来临|临近|到来)"
)
_FESTIVAL_SHORT_DAY = re.compile(
    f"({_FESTIVAL_ANY})(?:[、和与及]?({_FESTIVAL_ANY}))?(?=(?:{_FESTIVAL_PERIOD}|双节|两节))"
)
_FESTIVAL_SHORT_SET = frozenset(rule_words()["date_festival_short"])
# “6.30”强降雨, “7·20”特大暴雨, “8·12”事故: the event named by its day, month and day in quotes
# before what happened (not a decimal, “1.5”倍: the event's kind must follow; session 32, misc34)
# (“8·12”某某公司危险品仓库特别重大火灾爆炸, “2·19”森林火灾, “8·8”某某沟地震: the place, the
# firm or the kind of fire may stand between the day and what happened, within the clause: both
# golds of f48; five such days on wide45-46 pages; session 48, misc50)
_QUOTED_DAY_CODE = re.compile(
    r"“((?:1[0-2]|0?[1-9])[.·・•](?:3[01]|[12]\d|0?[1-9]))”"
    r"(?=[^，。；：、“”\n]{0,14}?(?:特大|重大|较大|特别重大)?(?:强降雨|强降水|降雨|暴雨|洪水|洪涝|"
    r"洪灾|山洪|汛情|灾害|台风|强对流|地震|火灾|爆炸|爆燃|事故|事件|案件|专案))"
)
# “端午”节前, “中秋”期间: a festival's short name in quotes, standing for the day by the 节 or
# the period after it (session 32, misc34)
_QUOTED_FESTIVAL = re.compile(
    "“("
    + "|".join(
        sorted(
            {
                f[:-1] if len(f) > 2 and f.endswith("节") else f
                for f in rule_words()["date_festivals"]
            }
            | {"五一"},
            key=longest_first,
        )
    )
    + ")”(?=节前|节后|节期间|节假日|节日?期间|期间|假期|小长假|长假|前夕|前后)"
)
# 上午8:30，大会正式开始 / 下午3时，: a part of day with its clock time standing alone, the time of
# the day the report dates (both golds of dev31); not after a date or a day that reads it already
# (5月11日上午8:30, 今天上午9时: date.pattern), nor a weekly time (每周五下午3点; session 32,
# misc32)
_CLOCK_OF_DAY = re.compile(
    r"(?<![日天晚早周末一二三四五六七\d:：])(?:上午|下午|晚上|早上|中午|凌晨)"
    r"(?:[01]?\d|2[0-3])(?:[:：][0-5]\d|[时点](?:[0-5]?\d分|半)?)"
)
_CLOCK_GATE = re.compile(r"(?:午|晚上|早上|凌晨)\d")
# 某某委昨召开工作会议: a party paper's headline dates its event by 昨 alone, before the verb of
# the event or its part of day (both golds of dev29; 昨日 / 昨晚 are date.pattern's)
_YESTERDAY_BARE = re.compile(
    r"(?<![今前])昨(?=召开|举行|举办|启动|开幕|闭幕|上午|下午|晚上|揭牌|成立)"
)
_YEAR_LIST_GATE = re.compile("、(?:19|20)")
_SPACED_GATE = re.compile(" [年月]")
# (提前一季度, 超前两季度, 之前三季度: the 前 of another word, no first quarters)
_NOT_FIRST_QUARTERS = frozenset("提超之目当以此空")
_CN_MONTH = {c: k for k, c in enumerate("一二三四五六七八九十", 1)}


def _month_number(s: str) -> int | None:
    s = s.rstrip("月份")
    if s.isdigit():
        return int(s)
    if s in _CN_MONTH:
        return _CN_MONTH[s]
    if len(s) == 2 and s[0] == "十" and s[1] in "一二":
        return 10 + _CN_MONTH[s[1]]
    return None


def _month_range_start(text: str, s: int, month: str) -> int:
    """7-8月, 5、6月, 今年1至6月: where a range or a pair of months that the bare month at s
    closes starts (s when there is none). The first month must come before the second."""
    hm = _MONTH_RANGE_HEAD.search(text, max(0, s - 9), s)
    if hm is None:
        return s
    first = _RANGE_FIRST.search(hm.group())
    a = _month_number(first.group(1)) if first is not None else None
    b = _month_number(month)
    if a is None or b is None or not 1 <= a < b <= 12:
        return s
    return hm.start()


_QUOTE_END_CUE = re.compile(words_cue(("。”", "！”", "？”", "\ufffd")))


def find_dates(doc: Doc) -> None:
    text = doc.text
    # (a list of years holds 、19.. or 、20..: the scan only where one is; misc22)
    if _YEAR_LIST_GATE.search(text) is not None:
        for m in _YEAR_LIST_ITEM.finditer(text):
            doc.add(m.start(1), m.end(1), "DATE", 0.8, 2, "date.pattern")
    # (the clean text has no no-break space: the normaliser makes it a space)
    if _SPACED_GATE.search(text) is not None:
        for m in _SPACED_DATE.finditer(text):
            if " " in m.group() or "\u00a0" in m.group():
                e = m.end()
                # (2031 年 04 月 20 日 星期六: the weekday of a page's stamp, as 11月17日 星期一)
                if text[e - 1] in "日号" and text[e : e + 1] in _WEEKDAY_FIRST:
                    wm = _WEEKDAY.match(text, e)
                    if wm is not None:
                        e = wm.end()
                doc.add(m.start(), e, "DATE", 0.8, 2, "date.pattern")
    if _LOST_MONTH_CUE.search(text) is not None and _LOST_MONTH_GATE.search(text) is not None:
        for m in _LOST_MONTH_DAY.finditer(text):
            doc.add(m.start(1), m.end(1), "DATE", 0.8, 2, "date.pattern")
    # (single characters first: a CJK pair is slow to look for)
    if (
        ("）" in text and "）日" in text)
        or (")" in text and ")日" in text)
        or ("晚" in text and "当晚" in text)
    ):
        for m in _PAPER_DAY.finditer(text):
            doc.add(m.start(), m.end(), "DATE", 0.8, 2, "date.pattern")
    # (from each 记者, the character before it or after it first: a byline's 记者 is followed
    # by a name or a space)
    p = text.find("记者")
    while p >= 0:
        if text[p - 1 : p] == "日":
            lm = _LEAD_DAY_BEFORE.search(text, max(0, p - 4), p)
            if lm is not None:
                doc.add(lm.start(), lm.end(), "DATE", 0.8, 2, "date.bare_day")
        elif text[p + 2 : p + 3].isdigit():
            lm = _LEAD_DAY_AFTER.match(text, p + 2)
            if lm is not None:
                doc.add(lm.start(), lm.end(), "DATE", 0.8, 2, "date.bare_day")
        p = text.find("记者", p + 2)
    # (a rare character first: a CJK pair is slow to look for)
    # (the paper's 今日 stands in its lead: looked for in the first 600 characters only)
    if text.find("今日", 0, 600) >= 0:
        for m in _TODAY_EVENT.finditer(text, 0, 600):
            doc.add(m.start(), m.end(), "DATE", 0.8, 2, "date.pattern")
    if "*" in text or "\ufffd" in text:
        for m in _MASKED_DATE.finditer(text):
            # (a lost character that opens the match is a lost mark before a date: 。\ufffd9月…)
            if "*" in m.group() or "\ufffd" in m.group()[1:]:
                doc.add(m.start(), m.end(), "DATE", 0.8, 2, "date.pattern")
    if "年" in text:
        for m in _STRIPPED_YEAR.finditer(text):
            doc.add(m.start(), m.end(), "DATE", 0.8, 2, "date.pattern")
    # (a season's character first: `in` is a pass in C without a regex's test at each character)
    season = "春" in text or "夏" in text or "秋" in text or "冬" in text
    if season and _SEASON_GATE.search(text) is not None:
        for m in _SEASON.finditer(text):
            # (王明春, 李今秋: after a surname the two are a given name)
            if not _given_name_season(text, m.start(), doc.r.g.surnames):
                doc.add(m.start(), m.end(), "DATE", 0.8, 2, "date.pattern")
    if "元" in text and "元月" in text:
        for m in _FIRST_MONTH.finditer(text):
            doc.add(m.start(), m.end(), "DATE", 0.8, 2, "date.pattern")
    if (
        ("农" in text and "农历" in text)
        or ("腊" in text and "腊月" in text)
        or ("正" in text and "正月" in text)
        or ("大" in text and "大年" in text)
    ):
        for m in _LUNAR_DATE.finditer(text):
            # (大年初三, 大年三十: a day the festival counts, 大年 being 春节, stands as the day a
            # festival does: the festival's rule id, so a team that leaves festivals untagged drops
            # them with it; fix48)
            rule = FESTIVAL_RULE if text.startswith("大年", m.start()) else "date.pattern"
            doc.add(m.start(), m.end(), "DATE", 0.8, 2, rule)
    if "半年" in text:
        for m in _BARE_HALF.finditer(text):
            doc.add(m.start(), m.end(), "DATE", 0.8, 2, "date.pattern")
    if "周" in text or "星期" in text:
        for m in _RELATIVE_WEEKDAY.finditer(text):
            doc.add(m.start(), m.end(), "DATE", 0.8, 2, "date.pattern")
        if "星期" in text:
            for m in _LONE_WEEKDAY.finditer(text):
                doc.add(m.start(), m.end(), "DATE", 0.8, 2, "date.pattern")
    if "日" in text:
        if "于" in text or "从" in text or "自" in text:
            for m in _PREP_DAY.finditer(text):
                doc.add(m.start(1), m.end(1), "DATE", 0.8, 2, "date.bare_day")
        if _QUOTE_END_CUE.search(text) is not None:
            for m in _LEAD_DAY_AFTER_QUOTE.finditer(text):
                doc.add(m.start(1), m.end(1), "DATE", 0.8, 2, "date.bare_day")
        _days_with_time(doc, text)
    if "当天" in text or "当日" in text:
        for m in _SAME_DAY.finditer(text):
            doc.add(m.start(1), m.end(1), "DATE", 0.8, 2, "date.pattern")
    for m in _BARE_YEAR.finditer(text):
        q = text.rfind("“", max(0, m.start() - _BARE_YEAR_QUOTE_REACH), m.start())
        if text[m.end()] not in _BARE_YEAR_NOT_NEXT and (q < 0 or "”" in text[q : m.start()]):
            doc.add(m.start(), m.end(), "DATE", 0.7, 2, "date.pattern")
    if _CLOCK_GATE.search(text) is not None:
        for m in _CLOCK_OF_DAY.finditer(text):
            doc.add(m.start(), m.end(), "DATE", 0.8, 2, "date.pattern")
    if "昨" in text:
        for m in _YESTERDAY_BARE.finditer(text):
            doc.add(m.start(), m.end(), "DATE", 0.8, 2, "date.pattern")
    if "节" in text or "旦" in text:
        for m in _FESTIVAL_DAY.finditer(text):
            doc.add(m.start(), m.end(), "DATE", 0.8, 2, FESTIVAL_RULE)
    for m in _FESTIVAL_SHORT_DAY.finditer(text):
        # (a short name alone before its period, or any pair: 春节、元旦期间 reads both; a full
        # name alone is _FESTIVAL_DAY's)
        groups = [g for g in (1, 2) if m.group(g)]
        if len(groups) == 2 or m.group(1) in _FESTIVAL_SHORT_SET:
            for g in groups:
                doc.add(m.start(g), m.end(g), "DATE", 0.8, 2, FESTIVAL_RULE)
    if "”" in text:
        for m in _QUOTED_DAY_CODE.finditer(text):
            doc.add(m.start(1), m.end(1), "DATE", 0.8, 2, "date.pattern")
        for m in _QUOTED_FESTIVAL.finditer(text):
            doc.add(m.start(1), m.end(1), "DATE", 0.8, 2, FESTIVAL_RULE)
    last_end = stamp_end = -1
    for m in doc.r.date.finditer(text):
        s, e = m.start(), m.end()
        if text[s - 1 : s] == "/" and text[e : e + 1] in ("/", "."):
            # (…/content/2014/08/15/10601383.html: a link's path, the site's filing, no date of
            # the report; both golds of f39; session 39, audit39)
            continue
        if (
            s > 0
            and text[s - 1].isdigit()
            and text[s] not in _DAY_WORD_FIRST
            # (时间：2031-11-1511月11日: the lead's date glued to the page's stamp; misc27)
            and s != stamp_end
        ) or s < last_end:
            # (三季度 of 今年前三季度: inside the date just read with its part of the year; a
            # digit before 昨日/今天 ends a page's stamp glued to the lead, `20:38昨日，`, no part
            # of a number: session 25, misc26)
            continue
        if m.group("bare") is not None:
            doc.add(s, e, "DATE", 0.8, 2, "date.bare_day")
            continue
        last = text[e - 1]
        if last == "年":
            pm = _YEAR_PART.match(text, e)
            if pm is not None:
                e = pm.end()
        elif last in "月份":
            pm = _MONTH_PART.match(text, e)
            if pm is not None:
                e = pm.end()
            elif text[e : e + 1] == "第" and (wm := _MONTH_WEEK.match(text, e)) is not None:
                e = wm.end()
            elif _BARE_MONTH.fullmatch(m.group()) is not None:
                dm = _DAY_RANGE_LONG_DASH.match(text, e)
                if dm is not None:
                    e = dm.end()
                elif s > 1:
                    s = _month_range_start(text, s, m.group())
        elif (
            last == "度"
            and text[s - 1 : s] == "前"
            and m.group().endswith("季度")
            and text[s - 2 : s - 1] not in _NOT_FIRST_QUARTERS
        ):
            # 前三季度 standing alone: the first quarters, as 今年前三季度 (session 32, misc32)
            s -= 1
        elif last == "度" and text[s - 1 : s] in ("、", "至", "到", "—", "－", "-") and s > 2:
            hm = _QUARTER_HEAD.search(text, max(0, s - 8), s)
            if hm is not None:
                s = hm.start()
        elif (last in "日号" or (last.isdigit() and ":" in m.group())) and text[
            e : e + 1
        ] in _WEEKDAY_FIRST:
            # (2031/05/16 下午3:08:45 星期五: a stamp's weekday after its time too; session 33,
            # misc35)
            wm = _WEEKDAY.match(text, e)
            if wm is not None:
                e = wm.end()
        # 12月8日至10日: a range of days written with one 月 is one DATE, its bare last day with
        # it (the annotators of sessions 18 and 27 both; a second day listed, 9月9日、10日, and
        # a range with both months written, 7月1日至7月15日, stay two; session 27, misc27)
        if last in "日号" and text[e : e + 1] in _RANGE_MARKS:
            rm = _DAY_RANGE_END.match(text, e)
            if rm is not None and rm.group(1) is not None:
                e = rm.end(1)
        doc.add(s, e, "DATE", 0.85, 2, "date.pattern")
        last_end = e
        stamp_end = e if "-" in m.group() else -1
        # 昨天（5日）: the day of the month in brackets after the relative day
        if text[e : e + 1] in "（(" and m.group() in _RELATIVE_DAYS:
            bm = _DAY_IN_BRACKETS.match(text, e)
            if bm is not None:
                doc.add(bm.start(1), bm.end(1), "DATE", 0.8, 2, "date.bare_day")
        # 8月20日至22日, 9月9日、10日: the end of a range or a second day, written as a bare day
        if text[e - 1] in "日号":
            rm = _DAY_RANGE_END.match(text, e)
            while rm is not None:
                g = 1 if rm.group(1) is not None else 2
                doc.add(rm.start(g), rm.end(g), "DATE", 0.8, 2, "date.range_end")
                rm = _DAY_RANGE_END.match(text, rm.end())


# this module's regexes searched with their first characters as the skip set (scan.py): the
# same matches, fewer attempts
speed_up(globals())
