"""ORG rules: level + body (市委宣传部, 县创文办, 市城管局) with a place prefix and numbered
sub-units (org.grammar); 党中央 coordinated with a party committee (org.central); schools and
outlets named after a place (org.place_kind); outlets and small bodies named by their kind
(org.named: X新闻网, X派出所, X街道办; kinds in resources/gazetteers/org_named_kinds.txt);
companies by their suffix (org.company). 市委 inside a title is not ORG: titles win overlaps."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator

from civannot.preannotate.common import (
    _BAD_NAME_CHARS,
    _GENERIC_STEMS,
    _PUNCT_BOUNDARY,
    Cand,
    Doc,
    _is_cjk,
    _level_ok,
    _occurrences,
    _Rules,
    all_cjk,
    may_hold_long_body,
    per_gazetteers,
)
from civannot.preannotate.gazetteers import (
    CJK,
    PROVINCES,
    Gazetteers,
    _lines,
    alternation,
    common_words,
    function_words,
    jieba_tokenizer,
    longest_first,
    rule_words,
    words_cue,
)
from civannot.preannotate.persons import _valid_name
from civannot.preannotate.places import (
    _FELLOWS_BODY,
    _FOREIGN_NAMES,
    _TWO_CHAR_COUNTIES,
    CORPS_DIVISION_CUE,
    _corps_division_alone,
    _fellows_bodies,
    _gpe_start,
    _stem_ok,
    _two_char_counties,
    city_before_kind_zone,
    extend_gpe_prefix,
)
from civannot.preannotate.scan import guarded, scan_compile, speed_up

# where the name of an outlet or a small body may begin: after punctuation, a line start, a
# connective or a verb of going (到城关派出所)
_NAME_START_AFTER = set("和及与到在至赴对由据讯")


# an outlet or a body named as the source of the article, whatever its name ends with
# (来源：某某嘉定, 来源：某某新闻, 本文原载于某某在线): the name fills the rest of the field
# (来源： 某某发布 with a space, 来源|某某e媒, 官方微信：某某舆论场）, 某某网·某某新闻: realdev11)
# (来自： 某某城郊, a forum page's source field; orgs29)
# (the words a match opens right after, written once: _SOURCE looks behind for them and
# _source_fields tries it after them only)
_SOURCE_FIELDS = (
    *("来源：", "来源:", "来源： ", "来源: ", "来源|", "来源｜", "原载于"),
    *("转自：", "转自:", "摘自：", "摘自:", "官方微信：", "微信公众号：", "来自：", "来自： "),
    # (本文转载自「某某印象」: the account reposted from, in its brackets; session 41, outlets41)
    *("转载自「", "转载自“"),
)
_COPYRIGHT_FIELDS = ("版权归", "版权均属", "版权属")
# 本文为某某在线原创文章，转载请…: the footer's claim of its own content names the outlet
# (wide46, wide47; orgs48b)
_ORIGINAL_FIELDS = ("本文为",)
# the source field's own words around the outlet's name (来源：根据某某电视台整理; orgs43; 来源：
# 某某新闻原创, its own content: wide46, orgs46)
_SOURCE_LEADS = ("根据", "据")
# (本文为某某官网原创文章: the outlet's official site, the outlet the name before it, as
# _mastheads reads 某某官网; orgs48b)
_SOURCE_TAILS = ("整理", "报道", "原创", "官网")
_SOURCE = re.compile(
    "(?:" + "|".join(f"(?<={re.escape(w)})" for w in _SOURCE_FIELDS) + ")"
    # (信息来源： 转自本网: the field says the page is copied, and from no name)
    r"(?!本|网络|互联网|原创|综合|转自|转载)"
    # (营口市某某区政务信息网: a long name with its city and district; 【来源：某某发布】; orgs17)
    # (来源： 某e网—某某新闻网, 来源：某某k8平台-www…: a Latin letter or a digit inside the name,
    # an em dash after it; session 34, orgs37)
    # (来源：某某日报2022-10-12 17:36: the date written right after the name; orgs39)
    # (来源：i某某: an app named by i before its city; dev gold; orgs48b)
    rf"((?:i(?=[{CJK}]))?[{CJK}](?:[{CJK}]|[a-zA-Z0-9]|·(?=[{CJK}])){{1,13}}?)"
    # (来源：某某新闻在线【字体：, 来源：某某在线编辑：某某: the page's next field or button
    # written right after the name; session 41, outlets41)
    # (来源：某某9月25日，…: the report's date right after the name, the page's lines run
    # together; dev gold; orgs48b)
    r"(?=[ 　\t\n（(\-－—|）)】」”【]|$|(?:19|20)\d\d-\d|(?:责任)?编辑[：:]|作者[：:]"
    r"|\d{1,2}月\d{1,2}日)"
    # （版权归某某信息港所有）: the owner named in a copyright line
    # (网络版权均属某某新闻网所有: session 13 audit)
    + "|(?:"
    + "|".join(f"(?<={re.escape(w)})" for w in _COPYRIGHT_FIELDS)
    + rf")(?!本|原|作者|网络)([{CJK}]{{2,10}}?)(?=所有)"
    + "|"
    + "|".join(f"(?<={re.escape(w)})" for w in _ORIGINAL_FIELDS)
    + rf"(?!本|作者|转载)([{CJK}]{{2,12}}?)(?=原创文章)",
    re.M,
)
# (the field's words gate the pass: one search for all of them; session 35)
_SOURCE_CUE = re.compile(
    "来源|原载于|转自|转载自|摘自|版权归|版权均属|版权属|官方微信|微信公众号|来自：|本文为"
)


def _name_run_start(
    text: str,
    k: int,
    reach: int,
    stops: Collection[str] = _NAME_START_AFTER,
    ends: tuple[str, ...] = (),
) -> int:
    """Where a body's own name before `k` opens: the run of CJK characters back to a mark,
    a character of `stops` (by default a connective that names no body: 和, 到, 在 …), a
    character no name holds or the end of a word of `ends` (a verb of going before a unit), at
    most `reach`."""
    lo = k
    while (
        lo > k - reach
        and lo > 0
        and _is_cjk(text[lo - 1])
        and text[lo - 1] not in stops
        and text[lo - 1] not in _BAD_NAME_CHARS
        and not (ends and text.endswith(ends, 0, lo))
    ):
        lo -= 1
    return lo


def _tried_at(pattern: re.Pattern[str], text: str, starts: set[int]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) where `starts` holds every place a match of it can open at in the
    text: the pattern tried there only, in order, each after the last match's end. The same
    matches, where the pattern's matches are never empty (a match is tried at a place as
    finditer tries it: its lookbehinds, ^ and $ see the whole text)."""
    end = 0
    for p in sorted(starts):
        if p >= end and (m := pattern.match(text, p)) is not None:
            end = m.end()
            yield m


def _occurring(text: str, words: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """(start, word) of every occurrence of the words in the text, overlapping ones too."""
    for w in words:
        i = text.find(w)
        while i >= 0:
            yield i, w
            i = text.find(w, i + 1)


def _opening_before(text: str, words: tuple[str, ...], lo: int, hi: int) -> set[int]:
    """The places lo to hi characters before an occurrence of one of the words: where a match
    can open of a pattern that holds one of them that far from its start."""
    return {p for i, _ in _occurring(text, words) for p in range(max(0, i - hi), i - lo + 1)}


def _source_fields(text: str) -> Iterator[re.Match[str]]:
    """_SOURCE.finditer(text), tried only right after one of its fields' words, where each of
    its branches looks behind for one (finditer tried its 18 lookbehinds at every character,
    ~100 us a real page with a source line)."""
    fields = (*_SOURCE_FIELDS, *_COPYRIGHT_FIELDS, *_ORIGINAL_FIELDS)
    return _tried_at(_SOURCE, text, {i + len(w) for i, w in _occurring(text, fields)})


# another name after a space (来源： 张某 王某): the field lists its writers
_NAME_AFTER_SPACE = re.compile(rf"[ 　]+[{CJK}]{{2,3}}(?=[ 　\n]|$)", re.M)
_SOURCE_NEXT = re.compile(rf"[\-－|]([{CJK}]{{2,8}}?)(?=[ 　\t\n（(]|$)", re.M)
# (某某大学文学院, 法学院: a college named by one character too; orgs24)
_COLLEGE = re.compile(rf"[{CJK}]{{1,8}}?学院")
_CLAUSE_VERBS = (
    "组织",
    "开展",
    "举办",
    "参加",
    "召开",
    "联合",
    "会同",
    "带领",
    "率领",
    "邀请",
    "走进",
    "深入",
    "来到",
    "前往",
    "成立",
    "发布",
    "通过",
)
# 某某学院乌江学院, 某某职业学院护理学院: a college's own college or branch after it (orgs24)
_SUB_COLLEGE = re.compile(rf"[{CJK}]{{1,8}}?(?:学院|分院)(?![长])")
# the body's own party organ written after it, one body with it (某某局机关党委, 某某局党委)
_OWN_PARTY = re.compile("(?:机关)?(?:党委|党总支|党支部|党组)(?![书副委成员])")
# kinds whose names run to twelve characters (a company's, a troupe's: 某某区某某民间文化艺术团)
_LONG_NAMED = ("公司", "艺术团", "交通管理局", "疾控中心")
# a detachment or a brigade of a corps, named by its field after it (某某执法总队轨道交通支队)
# the last characters of a body's name before a verb of joint action (县委宣传部会同…)
_JOINT_AFTER = frozenset("队局委办所站心部厅院府")
_JOINED_AFTER_BODY = re.compile("(?<=[队局委办所站心部])(?:联合|会同|协同|配合)")
_SUB_UNIT_NAMED = re.compile(rf"[{CJK}]{{2,6}}?(?:支队|大队)(?![{CJK}]?[长任记员])")
# a body's last character and the next one forming a word of their own
_BODY_END_WORDS = frozenset(
    # (优秀中国共产党员: a member of the party, no body; session 16 audit)
    ("部分", "委员", "局面", "办法", "办理", "处理", "厅堂", "委托", "部长", "部门", "党员")
)
# 创文联络员, 创文联系点: the campaign's short name 创文 before 联络 / 联系 holds no bare 文联
# (orgs26, (b): 联络 and 联系 are words; 县文联, 县妇联系统 keep their body)
_BARE_FEDERATION_WORDS = ("联络", "联系")
_SOURCE_PLACE = re.compile("(?:街道|[镇乡县区市旗省])$")
# a state bureau or commission: 国家乡村振兴局, 国家发展改革委
_STATE_BODY = re.compile(
    # (朱某对国家某某局…表示感谢: the object of 对 / 向 too; orgs46)
    rf"(?:(?<=[、，。：；\n（(和及与由据对向])|(?<=联合)|(?<=会同)|^)"
    # 国家统计局某某调查总队: the bureau's survey team in a province
    rf"(国家[{CJK}]{{2,8}}?(?:总局|局|委员会|委|署)(?:[{CJK}]{{2,3}}调查总?队)?)"
    rf"(?![{CJK}]?[长任记员])",
    re.M,
)

# (国家某某局 + 某省局 / 某省监管局: its office in a province, the head's post not after it)
_STATE_PROVINCE_BUREAU = re.compile(
    # (某省局长期以来…: 长期, a long time, is no head's post)
    rf"([{CJK}]{{2,3}}?)省?(?:监管局|局)(?!长(?!期))(?![{CJK}]?[任记员]|[{CJK}]长)"
)

# 国家统计局某某调查总队 / 调查队: the bureau's survey team in a province or a city, whatever
# stands before it (the place inside is no GPE)
_STATE_SURVEY_TEAM = re.compile(rf"(国家统计局[{CJK}]{{2,3}}调查总?队)(?![{CJK}]?[长任记员])")


# the kinds that close an outlet's name where the report credits it (org_outlet_kinds.txt: 日报,
# 报业, 报, 导刊, 网, 在线 …; orgs47b)
_OUTLET_KINDS = tuple(_lines("org_outlet_kinds.txt"))
# (the papers among them, a word of two characters or more closed by 报: 日报, 商报, 都市报)
_PAPER_KINDS = tuple(k for k in _OUTLET_KINDS if k.endswith("报") and len(k) >= 2)


# an outlet by its dateline (某某网讯, 某某在线讯) or as a source (据某某发布消息): the name
# starts a line or follows 据 / 来源：, so a place inside it is no GPE
_OUTLET = re.compile(
    # the branches open after one of these characters (or a line start): tested once per
    # position before any branch is tried (本报 / 本网 are no names)
    r"(?:^|(?<=[\n 　据：:【]))"
    # (某某网综合讯: a report the outlet put together)
    # (某某网 综合消息: a space before the report's word; session 14 audit)
    # (某某融媒体讯, 某某广电全媒体讯: the merged outlet's dateline; orgs23)
    # (据某某网消息 opening the text: 据 is the source's preposition, read by the last branch;
    # orgs46)
    # (本报综合某某日报消息: the paper's own words before the outlet it took the report from;
    # wide47; orgs49b)
    rf"(?:(?:^|(?<=[\n 　【]))(?:本[报网]综合)?(?!据)([{CJK}]{{2,6}}?(?:网|在线|融媒体|融媒|全媒体|客户端|信息港|新闻中心|广电|电视台|日报|晚报))"
    # (某某日报全媒体讯, 某某网融媒体讯: a paper's or a site's all-media dateline; the outlet is
    # the paper, not 某某日报全媒体)
    rf"(?=[ 　]?(?:(?:(?<=报)|(?<=网)|(?<=电视台))(?:全媒体|融媒体))?(?:综合)?(?:讯|消息))"
    # 文明某某8月7日讯: a line opening with a name, a date and 讯 is a dateline whatever the name
    rf"|(?:^|(?<=[\n 　]))(?!本)([{CJK}]{{2,6}}?)(?=(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})月"
    rf"(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})日(?:讯|消息|[（(](?:通讯员|记者)))"
    # (某某报道讯（通讯员 某某）: a line opening with a name and 讯 before the byline, no date;
    # orgs27)
    # (云上某某报道：（全媒体记者 某某）, 某某消息（记者…, 新某某讯【通讯员 某某】: 报道 or 消息
    # as the report's word, a colon after it, the byline in 【】, the reporter's outlet or kind
    # before 记者; session 41, outlets41)
    rf"|(?:^|(?<=[\n 　]))(?!本|据|综合|专题|特别|现场|新闻|记者|通讯员)([{CJK}]{{2,6}}?)"
    rf"(?=(?:讯|消息|报道)[：:]?[（(【](?:通讯员|[{CJK}]{{0,3}}?记者))"
    # 某某网8月9日电: a wire dateline, the name closed by an outlet's kind
    rf"|(?:^|(?<=[\n 　]))([{CJK}]{{1,5}}?(?:网|社|在线))(?=(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})月"
    rf"(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})日电(?![话视台力网子]))"
    # (稿源：某某发布: the copy's source, as 来源; orgs27)
    rf"|(?:(?<=据)|(?<=来源：)|(?<=来源:)|(?<=转自：)|(?<=转自:)|(?<=稿源：)|(?<=稿源:))"
    # (来源：网信某某县: the account of a county's cyberspace office; both golds of dev32; orgs32)
    # (据了解, 据统计: the source's verb, no name)
    r"(?!了解|统计|调查|介绍|悉)"
    rf"([{CJK}]{{2,6}}?(?:发布|在线|融媒|网)|文明[{CJK}]{{2,3}}?|网信[{CJK}]{{2,4}}?"
    # (据某某商报报道（首席记者…）: a paper whose name is no place, its report as the source;
    # f48 gold, orgs49b)
    rf"|(?<=据)[{CJK}]{{2,6}}?(?:{alternation(_PAPER_KINDS)})(?=报道|消息))"
    # (据某某网报道 3月4日，…: the outlet's report as the source; wide47; orgs48b)
    rf"(?=消息|报道|[，。\s）)]|$))",
    re.M,
)


# (a word every branch needs: the report's 讯 / 消息 / 记者 / 电 or the source's 据 / 来源 / 转自 /
# 稿源; most texts hold none, and the pass tries every line and clause opening; session 35)
_OUTLET_CUE = re.compile("讯|消息|记者|电|据|来源|转自|稿源")


# an outlet named after a place in a page's header, breadcrumb or source line, with no dateline
# word after it (中国某省网 >> 某省新闻, 来源：中国某省网-某某商报, 某市网・某湖网, 某市信息港
# followed by the date): the kind between separators is found first, then the place before it
# (中国 before that), which must open after a separator and be one the gazetteers or the
# article know
# 某某在线某省消息, 某某网某市7月30日电: an outlet's dateline with the place it reports from
# (and its date) between the outlet and 讯/电/消息; the place must be one the text or the gazetteer
# knows
_OUTLET_PLACE_DATELINE = re.compile(
    # (红网某市4月8日讯: an outlet of one character before 网)
    # (本网拉萨8月17日讯: 本网 is the outlet's own word, no name; orgs25)
    # (（某某乡镇网某省讯）: the dateline in brackets opening the report; session 41, outlets41)
    # (食品某某导刊某市讯, 中国某某报某地讯: a paper's or a journal's dateline; orgs47b)
    rf"(?:^|(?<=[\n 　【（(]))(?!本[网报])([{CJK}]{{1,6}}?(?:网|在线|融媒|客户端|信息港|导刊|杂志|周刊|报))"
    rf"([{CJK}]{{2,4}}?)"
    # (红网某县站4月3日讯, a byline line 红网某县站: the outlet's station in the place; session 14)
    rf"(?:站(?=[ \t　]*$))?"
    rf"(?=站?(?:(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})月(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})日)?"
    rf"(?:讯|电|消息)|$)",
    re.M,
)
# (某某报 头版, 某某网（www…）: a paper by its place at a line's opening, a site before its
# address in brackets; session 34, orgs37)
_PLACE_OUTLET_KIND = re.compile(r"(?:网|信息港|在线|报)(?=[ 　\t\n\-－・·|>】（(]|$)", re.M)
_OUTLET_OPEN = frozenset("\n 　【：:>-－・·|")
# a campaign's headquarters or office named after its place with no level before the body
# (首府某地创城总指挥部办公室, 某地创文办): 首府 belongs to it as it does to the titles
_CAMPAIGN_BODY = re.compile("(?:创城|创文|创卫|双创)(?:总?指挥部(?:办公室)?|办)")
# 省创卫考评团, 市创文测评组, 省卫生城市专家组: a team a level sends for its campaign, named by the
# level and the campaign (a body's own team, 省委督查组, is read with the body; session 14 audit)
_CAMPAIGN_TEAM = re.compile(
    "(?:省|市|州|县|区)(?:"
    + "|".join(rule_words()["campaign_short"])
    # (市文明县城考核验收组: the county town's honour and the team that checks and accepts it;
    # session 34, orgs37)
    + "|爱卫|文明城市|卫生城市|文明城区|森林城市|文明县城|卫生县城)(?:工作)?"
    "(?:考评团|考核团|考评组|考核组|测评组|督导组|督查组|检查组|专家组|暗访组|评估组|考核验收组|验收组)"
    "(?![长员])"
)
# 山西省文明县城测评组, 内蒙古文明测评组: the same team named by its province or city (the place is
# read before it: no GPE of its own inside the body; session 14, realgold12 as development)
# 某某市创建全国文明城市实地督导组, 某某县创卫督查组: the place's own team for its campaign, with
# 创建, the honour's level and where the team works (session 16 audit, audgpe17)
_PLACE_TEAM = re.compile(
    "(?:创建)?(?:全国|国家|省级|省|自治区级)?"
    "(?:(?:文明|卫生)(?:城市|县城|城区|程度)?|创城|创文|创卫)(?:创建)?(?:工作)?(?:实地|现场)?"
    "(?:测评组|考评组|考评团|复查组|督导组|督查组|检查组|暗访组|验收组)(?![长员])"
)
# 自治区测评组指出, 。省测评组对我市…: a level's visiting team named by the level alone, opening
# a clause (a generic team of no level, 测评组, is none)
_LEVEL_TEAM = re.compile(
    # (…的情况和市督查组的督查情况: after a connective too; orgs17)
    # (，区督查组全体成员: a county's or a district's own team too; orgs27b)
    "(?:^|(?<=[\n。！？；，：、和及与])"
    # (代表省测评团发言, 通报省暗访组查出的问题, 结合自治区评估组的建议: after the verb that
    # speaks for the team or relays what it found; orgs32)
    "|(?<=代表)|(?<=通报)|(?<=结合)|(?<=配合)|(?<=陪同)|(?<=迎接)|(?<=接受)|(?<=针对)"
    # (听取了省检查团的反馈, 整改市暗访组发现的问题, 向省测评团汇报: orgs32)
    "|(?<=听取)|(?<=整改)|(?<=汇报)|(?<=了)|(?<=向)|(?<=对)|(?<=由))"
    # (，街道督导组必须…: a sub-district's or a town's own team; orgs32)
    "((?:自治区|省|市|州|盟|县|区|旗|街道|镇|乡)"
    # (省考核验收组反馈了…, 省考核组: session 16 audit, audall17)
    "(?:测评组|考评组|考评团|复查组|督导组|督查组|暗访组|考核验收组|验收组|考核组|检查组"
    # (市考察组一行, 省调研组: a visiting team by its purpose; session 18)
    "|考察组|调研组|督察组"
    # (省测评团, 省检查团, 自治区专家评估组: a team of several groups, a team of experts; orgs32)
    "|测评团|考核团|检查团|督导团|督查团|(?:专家)?评估组|专家组"
    # (，区专班成立以来, 。市工作专班: a level's task force by its level alone; not before its
    # leader's post, 区专班组长 / 副组长, which the titles read; session 33, orgs33)
    "|(?:工作)?专班(?![组副]|主任)))"
    "(?![长员])",
    re.M,
)
# (the date every header line ends with gates the pass; session 35)
_DASHED_DATE = re.compile(r"\d{4}-\d{1,2}-\d")
_ACCOUNT_HEADER = re.compile(
    rf"^[ \u3000]*([{CJK}]{{2,4}}?)(?:宣传|发布|融媒|文明|新闻|头条)(?=[ \u3000\t]*\d{{4}}-\d{{1,2}}-\d{{1,2}})",
    re.M,
)
# a company named as an item of a list (、某某公司等单位): the name is the whole item
# (丰源担保公司全体干部, 某某高新投公司到某镇…: the company's staff or its visit after it, and
# a name of five characters; session 16 audit)
_LISTED_COMPANY = re.compile(
    rf"[、，。；：\n（(和及与]([{CJK}]{{2,5}}?)(?:公司|集团|物业)(?=[、，。；）)和及与等要负参到]|全体)"
)


def _place_before_campaign(text: str, s: int, g: Gazetteers, doc_stems: set[str]) -> int:
    """Start of a group's name read from s (创建… or 州创建…, 州 taken for a level): a listed or
    the article's bare place name right before 创建 / 争创, opening a clause, belongs to it."""
    v = s + 1 if text.startswith(("州创建", "州争创"), s) else s
    if not text.startswith(("创建", "争创"), v):
        return s
    for n in (4, 3, 2):
        a = v - n
        name = text[a:v]
        if a < 0 or not all_cjk(name):
            continue
        if (name in g.gpe_names or name in g.admin_stems or name in doc_stems) and (
            a == 0 or not _is_cjk(text[a - 1]) or text[a - 1] in _NAME_START_AFTER
        ):
            return a
    return s


# the kinds of unit the ORG grammar reads after a level and field words (common.py; orgs21)
_FIELD_UNIT_KINDS = ("中心", "所", "处", "站", "队", "学校")

# 并由县卫健委, 会议由市城管局: connectives read as an unknown place's name before the level
# (据某州融媒体中心报道: 据 read as a place's first character before 州; orgs24)
_PREFIX_CONNECTIVES = frozenset("并由对向把被将从与及和在为以于让使经据")


# verbs of doing a thing together with a body, read before its level (会同区文明办)
_JOINING_VERBS = frozenset(("会同", "联合", "协同", "配合", "协助", "联同"))


def _connective_pair(name: str) -> bool:
    """The name opens with two connectives (并向, 并由, 并对): a clause's words, no place."""
    return len(name) >= 2 and name[0] in _PREFIX_CONNECTIVES and name[1] in _PREFIX_CONNECTIVES


def _connective_in_name(name: str, doc: Doc) -> bool:
    """The place's name holds a connective of _PREFIX_CONNECTIVES (会议由, 并对) and is no place
    the gazetteer or the text knows (和平 is a name): a clause's words read as the place."""
    return any(c in _PREFIX_CONNECTIVES for c in name) and not _known_place(
        name, doc.r.g, doc.doc_stems
    )


def _org_place_start(doc: Doc, s: int) -> int:
    """extend_gpe_prefix for a body's level at s, but no connective as the place's name: the
    place the prefix reads must be known, or hold none of _PREFIX_CONNECTIVES (并由县卫健委 ->
    县卫健委; 和平县 stays whole where the gazetteer knows it; orgs21)."""
    k = extend_gpe_prefix(doc, s)
    text = doc.text
    if k == s and city_before_kind_zone(text, s, doc.r.g):
        return s - 1  # 市城乡一体化示范区住建局: the city's level opens the zone's name
    if k == s and s >= 1 and text[s] == "州":
        # 会见温州商会负责人: 州 closes a city's name the gazetteer knows (温州, 常州), no level
        # of its own: the city opens the body's name (wide46-like forms; orgs48b)
        n = next((n for n in (2, 3) if text[s + 1 - n : s + 1] in doc.r.g.gpe_names), 0)
        if n:
            return s + 1 - n
    if (
        k == s
        and s >= 2
        and text[s - 1 : s + 1] in _TWO_CHAR_COUNTIES
        and (text[s - 2] in _PREFIX_CONNECTIVES or not _is_cjk(text[s - 2]))
    ):
        # 会议由沛县人民法院承办: a county named by one character after the clause's connective
        # (歙县, 沛县: the body was read from its level alone; orgs23)
        return s - 1
    if (
        k == s
        and s >= 2
        and text[s - 1 : s + 1] == "县县"
        and text[s - 2 : s] in _two_char_counties(text)
        and (s < 3 or text[s - 3] in _PREFIX_CONNECTIVES or not _is_cjk(text[s - 3]))
    ):
        # 歙县县委, 代县县政府: a county named by one character, then its body's level (as the
        # golds write 某某县县委, one ORG; session 33, gpe35)
        return s - 2
    if k == s and s >= 5 and (text[s] in "镇乡" or text.startswith("街道", s)):
        # 鲤城区开元街道党工委, 某某县某某镇综合执法队: a town or sub-district nobody listed
        # between a division the gazetteer knows and the body: the chain is the body's name
        # (the division's GPE alone was tagged and the town's name lost; orgs22)
        for n in (2, 3):
            st = s - n
            name = text[st:s]
            if (
                all_cjk(name)
                and text[st - 1] in "市县区旗"
                and not any(c in _FUNCTION or c in _PREFIX_CONNECTIVES for c in name)
                and name[0] not in "各全每该本我这那其城"
                and name not in function_words()
                and name not in common_words()
            ):
                a = extend_gpe_prefix(doc, st - 1)
                if a < st - 1 and _known_place(text[a:st], doc.r.g, doc.doc_stems):
                    return a
    if k == s and s >= 3 and text[s] not in "省市县区州旗镇乡":
        # 对源城公安分局…: a place the text or the gazetteer knows, bare before a body's name,
        # after a preposition opening the clause (after a mark it is read already; orgs22)
        for n in (3, 2):
            name = text[s - n : s]
            prev = text[s - n - 1] if s > n else "\n"
            if (
                prev in "对由向在到和及与为经从"
                and all_cjk(name)
                and (name in doc.doc_stems or name in doc.r.g.gpe_names)
                and text[s - n - 2 : s - n] not in function_words()
            ):
                return s - n
    if k == s and s >= 4:
        # 成立白沙镇创建领导小组: the place after a verb of setting up a body (the verb is the
        # name's boundary; orgs21)
        for n in (2, 3):
            if text.endswith(_SET_UP_VERBS, 0, s - n) or text.endswith(
                _SET_UP_VERBS_DONE, 0, s - n
            ):
                name = text[s - n : s]
                if all_cjk(name) and not any(
                    c in _FUNCTION or c in _PREFIX_CONNECTIVES for c in name
                ):
                    return s - n
    if k < s:
        name = text[k:s]
        if name in _JOINING_VERBS and text[s] != "县":
            # 会同区文明办到某处巡查, 联合市场监管局: a verb of joining read as a known place's name
            # before the level (会同 names a county, 会同县, kept whole; session 33, orgs35)
            return s
        if _connective_in_name(name, doc):
            return s
        # 歙县徽城镇党委: the county written before its town belongs to the town's body as the
        # city before its district does (extend_gpe_prefix; orgs22)
        if k >= 2 and (text[s] in "镇乡" or text.startswith("街道", s)) and text[k - 1] in "县区旗":
            a = extend_gpe_prefix(doc, k - 1)
            # 某某市某某区某某镇人民政府: the city written before the county or district is read
            # with it; the county's or district's own name must be known (session 33, orgs35)
            d = max(text.rfind(c, a, k - 1) for c in "省市州盟") + 1 or a
            if a < k - 1 and (
                _known_place(text[a:k], doc.r.g, doc.doc_stems)
                or (
                    a < d < k - 1
                    and (
                        _known_place(text[d:k], doc.r.g, doc.doc_stems)
                        or _known_place(text[d : k - 1], doc.r.g, doc.doc_stems)
                    )
                )
            ):
                return a
    return k


def _level_or_division(text: str, s: int, g: Gazetteers) -> bool:
    """_level_ok, or the level closes a division the gazetteer knows by its full name although
    its last character and the level make a word (芗城区水利局, 钟山区发改局, 盐城市气象局: 城区,
    山区, 城市 are words; org.grammar already read these, org.abbrev and the task bodies did not:
    the place was tagged and the body after it lost; orgs22, systematic (b): ~250 divisions)."""
    return _level_ok(text, s) or (
        s >= 2 and text[s] in "区市县" and text[s - 2 : s + 1] in g.admin_full
    )


def _known_place(name: str, g: Gazetteers, doc_stems: set[str]) -> bool:
    return (
        name in g.gpe_names
        or name in g.admin_stems
        or name in g.gpe_ambiguous
        or name in g.admin_full
        # ，并向区创文办提交…: two connectives read as the article's own place before a level
        # (并向, 并由, 并对) name no place; the body opens at the level (orgs34)
        or (name in doc_stems and not _connective_pair(name))
        # 歙县, 道县: a county named by one character and its unit (红网道县站; session 14 audit)
        or name in _TWO_CHAR_COUNTIES
    )


def _place_across_stop(text: str, lo: int, k: int, g: Gazetteers) -> int:
    """呼和浩特日报, 三都县人民政府网: the walk back from the kind stopped at a connective or a
    function character (和, 都) that belongs to a listed place opening the name; the name then
    opens with that place (when a boundary or a connective stands before it)."""
    stop = lo - 1
    for n in (5, 4, 3, 2):
        for st in range(max(0, stop - n + 1), stop + 1):
            end = st + n
            if end > k or end <= stop:
                continue
            place = text[st:end]
            if place not in g.gpe_names and place not in g.admin_stems:
                continue
            prev = text[st - 1] if st else "\n"
            if not _is_cjk(prev) or prev in _NAME_START_AFTER:
                return st
    return lo


# what opens a clause before an outlet named after it: 记者从某某网获悉, 版权归某某网所有
# (本文转自某某日报, 文章来自某某网: the repost's verb and its preposition; orgs24)
_CLAUSE_OPENERS = frozenset(
    {"记者", "归", "据", "经", "自", "来自", "摘自", "转载自", "来源于", "选自", "源自", "转载"}
)


def _verb_cut(text: str, lo: int, k: int) -> int:
    """邀请经济日报, 并安排某某日报, 记者从某某网获悉, 版权归某某网所有: the walk back from the
    kind ran over the clause's own words (a verb, a preposition, 记者); the name opens after the
    last of them, when at least two characters stay (学习时报 keeps its name)."""
    if k - lo < 4:
        return lo
    fw = function_words()
    st = pos = lo
    for w in jieba_tokenizer().lcut(text[lo:k], HMM=False):
        pos += len(w)
        if k - pos < 2:
            break
        if w in fw or w in _CLAUSE_OPENERS or (len(w) == 1 and w in _FUNCTION):
            st = pos
    return st


def _clause_in_field(field: str, allowed: str = "") -> bool:
    """Does the field before a group's kind hold a function character as a word of its own (将,
    对, 在: a clause, not a name) or inside a function word (关于)? Inside a word of the field
    (安全, 全面) it is the name's; jieba reads the field only where such a character occurs.
    `allowed`: function characters a name may hold as words of their own (和 of 林业和草原局)."""
    if not any(c in _FUNCTION and c not in allowed for c in field):
        return False
    fw = function_words()
    return any(
        (len(w) == 1 or w in fw) and any(c in _FUNCTION and c not in allowed for c in w)
        for w in jieba_tokenizer().lcut(field, HMM=False)
    )


_COUNTED_LEVELS = frozenset("省市县区镇乡村")
# complements of result a verb of the clause takes (检查完, 看望过, 安排好, 视察毕)
_RESULT_COMPLEMENTS = frozenset("完过好毕")
# (the units named after the town written before them, which stays the GPE: a mine, a village's
# committee)
_TOWN_NAMED_UNITS = ("煤矿", "村委", "村委会", "村民委员会")
_GOING_VERBS = frozenset(rule_words()["going_verbs"])
# what follows a function character inside a firm's name, where it opens a word of the trade
# (有色, 有机, 在线; orgs43)
_NAME_WORD_NEXT = {"有": "色机", "在": "线"}
_PARTY_KINDS = ("党委", "党总支", "党支部")
_DIVISION_NAMED = frozenset(("综合文化服务站",))
_DIVISION_UNITS = ("街道", "镇", "乡", "区", "县", "市", "社区", "村")


# verbs of going to a unit, which end the walk back from its kind: the name opens after them
# (一行深入某某派出所督导; entities40)
_GOING_TO_UNIT = frozenset(("深入", "走进", "前往", "莅临"))
# verbs of visiting or acting on a unit, which end the clause before the unit's kind and are no
# part of any name (实地查看派出所, 并协调街道办事处; orgs39)
_UNIT_VERBS = frozenset(
    (
        "查看",
        "察看",
        "走访",
        "协调",
        "邀请",
        "督促",
        "对接",
        "慰问",
        "看望",
        "深入",
        "走进",
        "来到",
        "前往",
    )
)


# what follows a committee's 会 when it opens a word of its own (会议, 会同, 会商, 会签)
_COMMITTEE_HUI_NEXT = ("议", "同", "商", "签")


# the verbs of a visit that end a long walk back from a firm's kind (参观, 走访, 考察 …)
_VISIT_CUT = (*rule_words()["going_verbs"], *_UNIT_VERBS, "查看", "察看", "考察", "视察")


# (the rank a site's tagline claims before 门户网站: 某某地区第一门户网站, 某省最大门户网站)
# the posts a letter to a university is sent as (总书记致某某大学…的贺信; orgs49b)
_LETTER_SENDERS = ("书记", "主席", "总理", "省长", "市长", "县长", "区长", "部长", "校长")
_PORTAL_RANKS = ("第一", "最大", "唯一", "权威")


def _named_orgs(text: str, r: _Rules) -> list[Cand]:
    """某某新闻网, 某某日报, 某某派出所, 某某街道办: the kind is found first, then the longest name
    before it (2 to 8 characters) that starts after punctuation or a connective. The outlet's
    name holds a place (澄岭新闻网): the ORG is the whole, never the place inside."""
    out: list[Cand] = []
    for m in r.named_org_kind.finditer(text):
        k = m.start()
        if text[m.end() - 1] == "网" and text[m.end() : m.end() + 1] in ("络", "格", "站"):
            # 市政府网络外宣, 某某网格: 网 opens a word there (session 15 audit); 中文重点新闻网站:
            # a kind of website described, no outlet named (orgs27)
            continue
        if text.endswith("大学", k, m.end()) and text[m.end() : m.end() + 1] == "生":
            continue  # 第31届世界大学生运动会, 大学生志愿者: students, no university (orgs27)
        if text.endswith(("大学", "学院"), k, m.end()) and text[m.end() : m.end() + 1] in "路街道":
            continue  # 某区学院路实验学校: a road named after the college, no college (orgs43)
        if text.endswith("日报", k, m.end()) and text[m.end() : m.end() + 1] in ("告", "表"):
            continue  # 创建办工作日报告: a daily report, no newspaper (session 16 audit)
        if text.endswith("村委", k, m.end()) and text.startswith("员会", m.end()):
            continue  # 县农业农村委员会: a bureau's committee, no village's (orgs21)
        if text.endswith(_PORTAL_RANKS, 0, k) and text.endswith("门户网站", k, m.end()):
            continue  # 某某地区第一门户网站--某某网: the site's tagline, no name (orgs48b)
        lo = k
        # a company's registered name runs longer (某某市某某环卫服务有限公司), and so does a
        # law-enforcement corps' or a troupe's (某省某市交通运输综合行政执法支队)
        kind = m.group()
        longest = 14 if kind.startswith("执法") else 12 if kind.endswith(_LONG_NAMED) else 8
        while (
            lo > k - longest
            and lo > 0
            and _is_cjk(text[lo - 1])
            and (
                (text[lo - 1] not in _NAME_START_AFTER and text[lo - 1] not in _BAD_NAME_CHARS)
                # (某某在线信息技术有限公司: 在 of 在线 inside a firm's long name; orgs43)
                or (longest > 8 and text[lo] in _NAME_WORD_NEXT.get(text[lo - 1], "-"))
            )
            # (交警队要加大学校…: 要 closes the clause's subject, no name runs across it; orgs20)
            and text[lo - 1] != "要"
            # (一行深入某某派出所…: a verb of going to the unit ends the clause before its name;
            # entities40)
            and text[lo - 2 : lo] not in _GOING_TO_UNIT
        ):
            lo -= 1
        if lo and (text[lo - 1] in _NAME_START_AFTER or text[lo - 1] in _BAD_NAME_CHARS):
            lo = _place_across_stop(text, lo, k, r.g)
        # 8月21日城关派出所召开…: a date's 日 closes the date, no part of the name, which opens
        # after it (wide46; orgs46)
        dated = text[lo : lo + 1] == "日" and lo > 0 and text[lo - 1].isdigit() and k - lo > 2
        if dated:
            lo += 1
        # 习某某致某某大学建校…的贺信: a person's letter to the university; the name opens after
        # 致, the person's name before it (f48 gold; orgs49b)
        # (总书记致某某大学: or the post he writes as)
        if kind in ("大学", "学院") and (i := text.find("致", lo, k)) > lo and k - i > 2:
            if (i - lo in (2, 3) and _valid_name(text[lo:i], r.g)) or text.endswith(
                _LETTER_SENDERS, lo, i
            ):
                lo = i + 1
                dated = True  # (致 is the name's boundary, as a date's 日 is)
        chain = False
        if lo == k - longest and lo and _is_cjk(text[lo - 1]) and kind.startswith(_LOCAL_KINDS):
            # 某某区某某街道某某社区党委: divisions written before the community or village run
            # longer than a name; the chain is the body's name where it opens at a boundary with
            # a division the gazetteer knows (the places were tagged and the body lost; orgs23)
            st = _division_chain_start(text, lo, k, r.g)
            if st is not None:
                lo, chain = st, True
        # 县城管执法大队联合交警大队: a body, a verb of joining, then the named unit; the name
        # opens after the verb (the body before it is read by the level's rules; orgs22)
        j = _JOINED_AFTER_BODY.search(text, lo, k)
        if j is not None and k - j.end() >= 2:
            lo = j.end()
        # 对接某某街道办: the connective closes a verb word with the name's first character; the
        # name opens after the word (orgs18)
        if (
            lo
            and k - lo >= 3
            and text[lo - 1] in _NAME_START_AFTER
            and text[lo - 1 : lo + 1] in function_words()
        ):
            lo += 1
            prev = "\n"  # the verb word is the name's boundary
        elif lo and k - lo >= 3 and text[lo - 1 : lo + 1] == "要求":
            # 会议要求鹿鸣街道办…: the walk back stopped at 要 of the verb 要求; the name opens
            # after the verb (orgs27)
            lo += 1
            prev = "\n"
        elif j is not None and lo == j.end():
            prev = "\n"  # (so is the verb of joining)
        elif lo >= 2 and text[lo - 2 : lo] in _GOING_TO_UNIT:
            prev = "\n"  # (so is a verb of going to the unit)
        elif (
            longest > 8
            and lo == k - longest
            and (
                visit := max(
                    (i + len(v) for v in _VISIT_CUT if (i := text.rfind(v, lo, k)) >= 0),
                    default=-1,
                )
            )
            >= 0
            and k - visit >= 2
        ):
            # (周某实地查看某某汽车有限公司: the walk ran out of reach over the visit; its verb
            # is the firm's name's boundary; orgs43)
            lo, prev = visit, "\n"
        elif dated:
            prev = "\n"  # (so is the date's 日)
        else:
            prev = text[lo - 1] if lo else "\n"
        # the name must start at a boundary, not be the tail of a longer run of text
        if lo == k or (
            _is_cjk(prev)
            and prev not in _NAME_START_AFTER
            and prev not in _BAD_NAME_CHARS
            and prev != "要"
        ):
            # 会议汇聚某省外国语大学、…: a university or college named by a province or city,
            # after a verb word
            if kind in ("大学", "学院"):
                p = _place_after_verb(text, lo, k, r.g)
                if p is not None:
                    out.append(Cand(p, m.end(), "ORG", 0.7, 3, "org.named"))
            elif kind.startswith("街道办") and k - lo >= 4:
                # 社区党委联动柳岸街道办…: a verb word of two characters right before the
                # sub-district's name of two or three, in a run of text (orgs20)
                p = next(
                    (
                        p
                        for p in (k - 4, k - 5)
                        if p >= lo
                        and text[p : p + 2] in function_words()
                        and text[p + 2 : k] not in function_words()
                        and not any(c in _FUNCTION for c in text[p + 2 : k])
                    ),
                    None,
                )
                if p is not None and r.bare_post.match(text, m.end()) is None:
                    out.append(Cand(p + 2, m.end(), "ORG", 0.7, 3, "org.named"))
            continue
        # (a long name holds field words jieba tags as verbs, 综合, 管理: cut below instead)
        best = _verb_cut(text, lo, k) if longest == 8 else lo
        # 实地查看派出所, 并协调街道办事处: the run before the kind ends in a verb of visiting or
        # acting on a unit, no name between it and the kind (a field word jieba tags as a verb
        # stays in a name: 省调查总队, 上海体育大学; orgs39)
        if k - lo >= 3 and text[k - 2 : k] in _UNIT_VERBS:
            continue
        # 五眼泉镇卫生院: the cut left one character before a town's unit (五眼 read as a
        # numeral word); no town is named so, the name is the whole run (session 16 audit)
        if best > lo and (
            (k - best == 2 and text[k - 1] in "镇乡")
            or (k - best == 3 and text.endswith("街道", best, k))
        ):
            best = lo
        name = text[best:k]
        if longest > 8 and not chain:
            # 要发挥开发区综合执法大队: the long walk back took a clause in; the name opens after
            # its last function character and any verb word before it (发挥)
            # (某市国有资产投资经营有限公司: 有 of 国有, state-owned, is no function word; orgs23)
            # (某省有色金属集团某某有限公司, 某某有机肥有限公司, 某某在线信息技术有限公司: nor
            # 有 of 有色 or 有机, nor 在 of 在线, online; orgs43)
            cut = max(
                (
                    i
                    for i, c in enumerate(name)
                    if c in _FUNCTION
                    and not (c == "有" and name[i - 1 : i] == "国")
                    and not (name[i + 1 : i + 2] and name[i + 1] in _NAME_WORD_NEXT.get(c, ""))
                ),
                default=-1,
            )
            best += cut + 1
            # (南方某某设备有限公司, 西部某某矿业有限公司: a word of direction opens the name,
            # no verb of the clause; orgs41)
            if (
                k - best > 2
                and text[best : best + 2] in function_words()
                and text[best : best + 2] not in _DIRECTION_WORDS
            ):
                best += 2
            # (周某参观某某汽车有限公司, 走访某某有限公司: a verb of a visit opens no firm's
            # name; the name opens after the last one in the walk; orgs43, f44)
            name = text[best:k]
            visit = max(
                (
                    i + len(v)
                    for v in _VISIT_CUT
                    if (i := name.rfind(v)) >= 0 and k - best - i - len(v) >= 2
                ),
                default=0,
            )
            best += visit
            name = text[best:k]
            if not name:
                continue
        # 包联街道办, 进一步夯实街道办, 走进某某公司: the campaign's words of pairing and of
        # acting open no name; the name (if any is left) opens after them (orgs25, (b))
        while (lead := _ACT_LEADS.match(name)) is not None:
            best += lead.end()
            name = text[best:k]
        if not name:
            continue
        # (在检查完某某煤矿后, 看望过某某派出所: the verb cut off left its complement of result,
        # 完 / 过 / 好 / 毕, which opens no name; the name opens after it; f46; orgs47b)
        if (
            len(name) >= 3
            and name[0] in _RESULT_COMPLEMENTS
            and text[best - 2 : best] in function_words()
            # (来到完某湾煤矿: a verb of going takes no such complement; the name is whole)
            and text[best - 2 : best] not in _GOING_VERBS
        ):
            best += 1
            name = text[best:k]
        # (深入我区某某实业有限公司: the level of 我区 / 本市 is the speaker's own, no part of a
        # firm's name written after it; orgs43)
        if (
            longest > 8
            and k - best > 3
            and text[best] in "省市县区镇乡"
            and text[best - 1 : best] in ("我", "本", "该", "全")
        ):
            best += 1
            name = text[best:k]
        # 各派出所, 全市日报: a generic head is no name (南岗区要求各街道办事处: nor one inside)
        # (四区街道办事处, 两县派出所: a count of divisions names none; session 12 audit)
        if (
            name[0] in "各全每该本我这那其"
            # (相关乡镇街党委, 有关村委会: bodies of some kind, none named; orgs43)
            or name.startswith(_SOME_OF)
            # (各某某村村委会主任: 各 stopped the walk back, every village's committee; orgs31)
            or text[best - 1 : best] in ("各", "每")
            or "各" in name
            or "每" in name
            # (经济开发区所辖办事处: the offices under a zone, none named; orgs25)
            or any(w in name for w in _UNDER_WORDS)
            or (name[0] in "两三四五六七八九十几" and name[1:2] in _COUNTED_LEVELS)
            # (三年以内乡镇卫生院要…, 县区派出所: the kind of unit every town or county has,
            # named by two levels together, none named; wide46, orgs46)
            or name.endswith(_GENERIC_LEVEL_PAIRS)
        ):
            continue
        if len(name) == 1 and name not in "乡镇县市区省":
            continue
        # 行业协会, 有关协会: a common word before a society's or a troupe's kind names the kind
        # of society (县舞蹈协会, 某某书法专业组 keep a level or a name of their own; session 15)
        if (
            kind in _SOCIETY_KINDS
            and (
                name in common_words()
                or name in function_words()
                or name in _SOCIETY_STOP
                # (村居老年协会: every village's; 县老年协会 keeps its level)
                or (name[-2:] in _SOCIETY_STOP and name[0] not in "省市县区")
            )
        ):
            continue
        # 发动社区居委会: a verb word is no name of the committee (排上派出所: a rare one jieba
        # tags so is a place's name; orgs46)
        if _common_function_word(name):
            continue
        # 家庭农场, 发展生态农场: a word that says which kind of farm names none, nor does a
        # clause's run (总结了前一阶段农场…, ，并通报农场…); a farm of the production and
        # construction corps is its GPE (places._corps_units; 红旗农场, 某某林场 elsewhere keep
        # a name of their own; orgs41)
        if (
            kind in _FARM_KINDS
            and (
                name in _FARM_STOP
                # (私营林场, 个体农场: whose, no name; org_kind_qualifiers.txt, orgs47b)
                or name in _KIND_QUALIFIERS
                or name[-2:] in _FARM_STOP
                # (奶牛规范化牧场: a word of three that says which kind; wide46, orgs46b)
                or name[-3:] in _FARM_STOP
                or any(c in _FARM_NOT_NAME for c in name)
                # (某县国有某某林场: 有 of 国有, state-owned, is no function word)
                or any(c in _FUNCTION and name[i - 1 : i + 1] != "国有" for i, c in enumerate(name))
                or "兵团" in text
                or "团场" in text
                or CORPS_DIVISION_CUE.search(text) is not None
                # (到某某林场管护站: a station or a part of the farm is a place visited, read whole
                # or not at all; both golds of f41)
                or text.startswith(_FARM_PARTS, m.end())
            )
        ):
            continue
        # 某某坪煤矿, 某某露天煤矿, 中煤某山煤矿: a coal mine named by its own name; a word, a place
        # or a count before the kind says which mines, none named (重点煤矿, 紧盯煤矿, 山西煤矿,
        # 三家煤矿), nor does the trade after it (煤矿企业, 煤矿安全; wide45, wide46; orgs46b)
        if kind == "煤矿":
            own = name[:-2] if name.endswith(_MINE_WAYS) and len(name) >= 4 else name
            if (
                len(own) < 2
                or own in common_words()
                or own[-2:] in common_words()
                or own[-2:] in function_words()
                or own[-2:] in _MINE_WAYS
                or any(c in _FARM_NOT_NAME or c in _FUNCTION for c in own)
                or _known_place(own, r.g, set())
                # (严格落实煤矿监察专员: a frequent word of the clause before the kind, 落实,
                # ends no mine's name; 某某塔山 does)
                or jieba_tokenizer().FREQ.get(own[-2:], 0) >= _MINE_WORD_FREQ
                or text.startswith(_MINE_TRADE_NEXT, m.end())
            ):
                continue
        # 综合文化站, 镇综合文化站: the kind of station every town has, named by no place
        if kind == "文化站" and (name[-2:] in common_words() or name[-2:] in function_words()):
            continue
        # 某某街道综合文化服务站: the station is named by its division, nothing else
        # (某镇将新建综合文化服务站 4 个: a clause before the kind)
        if kind in _DIVISION_NAMED and not name.endswith(_DIVISION_UNITS):
            continue
        # 委托某某调查队: a survey team is named by its city alone (the clause before it is no
        # part of the name; session 14 audit)
        if kind == "调查队":
            at = next(
                (
                    k - n
                    for n in (4, 3, 2)
                    if k - n >= best and _known_place(text[k - n : k], r.g, set())
                ),
                None,
            )
            if at is None or text[at - 1 : at] in "局委办":
                continue  # (国家统计局某某调查队: read whole with its bureau)
            best, name = at, text[at:k]
        if text.startswith("单位", best) and k - best >= 4:
            best += 2  # 共建单位某某社区卫生服务中心: the list's label, not the name (orgs18)
        end = m.end()
        # 某某村党支部书记: before a post the village's or community's party body is the post's
        # (the title grammar reads the post; the place stays a place)
        # (某某街道办事处主任汇报: the office's head with no name beside him; orgs18)
        if (
            # (某某法院院长 / 某某检察院检察长 with no name: the court's head, the post's; orgs38)
            kind.endswith((*_PARTY_KINDS, "支部", "办事处", "工委", "法院", "检察院"))
            and r.bare_post.match(text, end) is not None
        ):
            continue
        # 某某镇中心幼儿园园长某某: the kindergarten's head, the post's (orgs23)
        if kind.endswith("幼儿园") and text.startswith(("园长", "副园长"), end):
            continue
        # 某某执法总队轨道交通支队: a unit of the body written after it is one body with it
        sub = _SUB_UNIT_NAMED.match(text, end)
        # (县城管执法大队联合交警大队: a verb of joining opens a second unit, none of this one)
        if (
            sub is not None
            and not any(c in _FUNCTION for c in sub.group())
            and not sub.group().startswith(("联合", "会同", "协同", "配合"))
        ):
            end = sub.end()
        if m.group().endswith("大学"):
            # 某某大学经济管理学院: the university's college is one body with it
            college = _COLLEGE.match(text, end)
            if college is not None and not any(c in _FUNCTION for c in college.group()):
                end = college.end()
        # (某某林场管护站, 某某农场学校: a farm's station or school named after it is read whole
        # by the place and school rules, longer at the farm's priority; orgs41)
        out.append(Cand(best, end, "ORG", 0.7, 2 if kind in _FARM_KINDS else 3, "org.named"))
    return out


# the bodies of a community or village (and the village's or community's own name before them)
_LOCAL_KINDS = ("社区", "村", "居委会", "居民委员会", "小区")
_UNDER_WORDS = ("所辖", "下辖", "所属", "下属")
# (充分发挥社区居委会…的作用: the role a body is asked to play; session 33, orgs35)
# (驻村同志到驻点村委会协助…, 挂点村: the village each cadre is posted to, none named; wide46,
# orgs46)
_ACT_LEADS = re.compile(
    "包联|包保|结对|挂钩|驻点|挂点|进一步|夯实|压实|走进|来到|前往|(?:充分)?发挥好?|依托"
)
_DIVISION_PIECE = re.compile(rf"[{CJK}]{{2,6}}?(?:街道办事处|办事处|街道|市|区|县|旗|镇|乡)")


def _division_chain_start(text: str, lo: int, k: int, g: Gazetteers) -> int | None:
    """Where a chain of two or more divisions opens that runs up to the community's or village's
    own name before k (某某区某某街道某某社区), the first a division the gazetteer knows and the
    chain opening at a boundary; None when no chain reads so."""
    for st in range(max(0, k - 22), lo):
        prev = text[st - 1] if st else "\n"
        if _is_cjk(prev) and prev not in _NAME_START_AFTER:
            continue
        pos, pieces = st, []
        while True:
            m = _DIVISION_PIECE.match(text, pos, k)
            if m is None or any(c in _FUNCTION for c in m.group()[:-1]):
                break
            pieces.append(m.group())
            pos = m.end()
        own = text[pos:k]
        if (
            len(pieces) >= 2
            and 1 <= len(own) <= 6
            and not any(c in _FUNCTION for c in own)
            and (_division_name(pieces[0], g) or pieces[0][:-1] in g.gpe_names)
        ):
            return st
    return None


def _after_place(name: str, g: Gazetteers, doc: Doc) -> str:
    """The rest of a name after the known place it opens with (政和禁毒 -> 禁毒), else the name;
    the place with its unit where written (某某市讯 -> 讯: a dateline, no account)."""
    for n in (5, 4, 3):
        if len(name) > n and _division_name(name[:n], g):
            return name[n:]
    for n in (4, 3, 2):
        if len(name) > n and _known_place(name[:n], g, doc.doc_stems):
            return name[n:]
    return name


def _division_name(name: str, g: Gazetteers) -> bool:
    """A division's name with its unit (某某县, 某某州 of a prefecture the gazetteer knows bare)."""
    return name in g.admin_full or (
        name[-1] in "省市州盟县区旗" and (name[:-1] in g.gpe_names or name[:-1] in g.admin_stems)
    )


def _with_place_before(text: str, s: int, g: Gazetteers) -> int:
    """某州粮油购销集团: where a company's name starts once a place the gazetteer knows, written
    right before it after a mark or a connective, is taken in (else s)."""
    for n in (5, 4, 3, 2):
        a = s - n
        # (泰州报业传媒集团: a city known bare, two characters; orgs17)
        if a >= 0 and (_division_name(text[a:s], g) or (n == 2 and text[a:s] in g.gpe_names)):
            before = text[a - 1] if a else "\n"
            if (
                not _is_cjk(before)
                or before in _PUNCT_BOUNDARY
                or before in "和及与在到"
                # (前往某某县某某热力公司: a verb of going to the company opens its place too;
                # orgs41)
                or text.endswith(_VISIT_VERB_ENDS, 0, a)
            ):
                return a
            return s
    return s


def _place_after_verb(text: str, lo: int, k: int, g: Gazetteers) -> int | None:
    """The start of a province's or city's name inside text[lo:k] right after a verb word of two
    characters (汇聚某省…, 走进某市…), or None."""
    for p in range(max(lo, 2), k - 2):
        if text[p - 2 : p] not in function_words():
            continue
        if any(text[p : p + n] in g.gpe_names for n in (2, 3, 4)):
            return p
    return None


def _opens_with_bare_name(text: str, k: int) -> bool:
    """text[k-2:k] is a name of two Chinese characters opening a clause or an item (after a mark,
    or at the text's start), holding no character a company's name does not (展沅 in 、展沅环境公司)."""
    name = text[k - 2 : k]
    before = text[k - 3] if k >= 3 else "\n"
    return (
        all_cjk(name)
        and not any(c in _STEM_BAD for c in name)
        and (not _is_cjk(before) or before in _PUNCT_BOUNDARY)
    )


# verbs that address a body named after them (要求某某集团…, 支持某某公司…; orgs29; 勉励某某集团…:
# orgs46)
_ADDRESS_VERBS = ("要求", "希望", "支持", "督促", "指导", "推动", "鼓励", "责成", "勉励")


def _rare_name_start(text: str, a: int, s: int) -> int:
    """a when text[a:s] is a firm's own name of three or four characters: no character a name
    does not hold, every jieba word of it a single character or a rare word (华邦建投, 国融安能;
    not 建设, 保障), after a mark or the text's start, or after a verb addressing the firm;
    else s."""
    name = text[a:s]
    if not all_cjk(name) or any(c in _STEM_BAD for c in name):
        return s
    before = text[a - 1] if a else "\n"
    # (深入某煤某昱公司…: or after a verb of going to the firm; f46 gold, orgs49b)
    if not (
        not _is_cjk(before)
        or before in _PUNCT_BOUNDARY
        or text.endswith(_ADDRESS_VERBS, 0, a)
        or text.endswith(_COOPERATIVE_GOING, 0, a)
    ):
        return s
    tok = jieba_tokenizer()
    words = tok.lcut(name, HMM=False)
    frequent = [w for w in words if len(w) > 1 and tok.FREQ.get(w, 0) >= _NAME_WORD_FREQ]
    if len(words) < 2:
        return s
    # (深入某河巨能公司: after a verb of going to the firm, one word of the language opening the
    # name beside characters jieba reads alone is a brand's, as 山河 in 山河巨能; f49 both golds,
    # orgs50)
    if (
        frequent
        and text.endswith(_COOPERATIVE_GOING, 0, a)
        and len(frequent) == 1
        and frequent[0] == words[0]
        and all(len(w) == 1 for w in words[1:])
        and frequent[0] not in function_words()
    ):
        return a
    if frequent:
        return s
    return a


def _name_after_place(text: str, k: int, g: Gazetteers) -> int | None:
    """到某省青乐公司: a company's own name of two characters that jieba reads as single
    characters (no word of the dictionary), right after a province or city the gazetteer knows
    where that place opens the name (after a mark, a connective or a verb of going;
    _with_place_before): the name starts at the place (audit44; else None)."""
    if k < 3:
        return None
    name = text[k - 2 : k]
    if (
        not all_cjk(name)
        or any(c in _STEM_BAD for c in name)
        or jieba_tokenizer().FREQ.get(name)
        or jieba_tokenizer().FREQ.get(name[1] + text[k : k + 2])
    ):
        return None
    a = _with_place_before(text, k - 2, g)
    return a if a < k - 2 else None


def _jieba_stem_start(text: str, end: int, suffix: str) -> int | None:
    """环境集团, 城投公司: the name is the one or two jieba words right before the suffix."""
    s = end - len(suffix)
    lo = max(0, s - 8)
    words = jieba_tokenizer().lcut(text[lo:s], HMM=False)
    # (某某新媒体集团: 新 and 媒体 are one word of the name, which jieba splits; orgs29)
    for k in range(len(words) - 1, 0, -1):
        if words[k] == "媒体" and words[k - 1] in ("新", "全", "融"):
            words[k - 1 : k + 1] = [words[k - 1] + "媒体"]
    start = s
    taken = 0
    for w in reversed(words):
        if taken == 2 or not all_cjk(w) or len(w) == 1:
            break
        # 督促推动公司党委, 汽车集团利用公司微信: two verbs before the kind, or a company closed
        # before the word before it, make the kind the company the clause speaks of, no name
        # (a trade may be a verb: 果蔬购销集团, 城乡建设公司; orgs18)
        if taken == 1 and (
            w.endswith(("集团", "公司"))
            or (w in function_words() and text[start:s] in function_words())
        ):
            return None
        # 要求某投集团作为…: a verb before the name opens the clause, no part of it (orgs29)
        if taken == 1 and w in function_words():
            break
        # (建议燃气公司…, 密切配合燃气公司: before a utility's trade a common word or a phrase
        # closed by a verb is the clause's, the firm is named by its trade; a brand before the
        # trade, 某奥燃气公司, is no common word; wide47, orgs49b)
        if (
            taken == 1
            and words[-1] in _UTILITY_TRADES
            and (w in common_words() or (len(w) > 2 and w[-2:] in function_words()))
        ):
            break
        # 实地查看公司厂房, 深入公司车间: a verb of a visit right before the kind makes the kind
        # its object, the company the report speaks of, no name (audit42)
        if taken == 0 and w in _VISIT_VERBS:
            return None
        start -= len(w)
        taken += 1
    if taken == 1 and start >= 2:
        # 、展沅环境公司: a name of two characters jieba reads as single words before the
        # trade, opening an item of a list or a clause (orgs18)
        name = text[start - 2 : start]
        if (
            (
                _opens_with_bare_name(text, start)
                # (先后来到津宝乐器公司: or after a verb of going to the firm; wide46, orgs46)
                or (
                    text.endswith(_COOPERATIVE_GOING, 0, start - 2)
                    and not any(c in _STEM_BAD for c in name)
                )
            )
            and len(words) >= 3
            and words[-2] == name[1]
            and words[-3] == name[0]
        ):
            start -= 2
    if start == s and s >= 3:
        # ，华邦建投集团…, 、国融安能公司、: a name of three or four characters jieba reads as
        # single characters or rare words, opening a clause or an item, or after a verb that
        # addresses the firm (勉励某某集团…; wide45; orgs46)
        for n in (4, 3):
            if s < n or (start := _rare_name_start(text, s - n, s)) != s - n:
                start = s
                continue
            break
    if start == s and s >= 2:
        # ，交资集团深入…: a name of two characters jieba does not know, opening a clause
        # (要求某投集团作为…: or after a verb that opens the clause; orgs29)
        # (、县某投公司、: or after its level opening the item; orgs29)
        if (
            _opens_with_bare_name(text, s)
            or (
                text.endswith(_ADDRESS_VERBS, 0, s - 2)
                and not any(c in _STEM_BAD for c in text[s - 2 : s])
            )
            or (
                s >= 3
                and text[s - 3] in "省市县区"
                and _opens_with_bare_name(text[: s - 3] + text[s - 2 : s], s - 1)
            )
        ):
            start = s - 2
    if start == s or s - start > 8:
        return None
    # keep a level written before it (市城投集团); a place name too (九江日报社)
    if start > 0 and text[start - 1] in "省市县区" and _level_ok(text, start - 1):
        start -= 1
    return start


# (召集: the head who convenes the group is named before it; 是由: 某称号是由某领导小组评选,
# the group is what follows; session 12 audit, audorgs13)
_MEETING_VERBS = ("召开", "举行", "召集", "是由")
# the period a meeting held after the verb is of (四季度, 上半年), before the body that holds it
_MEETING_PERIOD = re.compile("第?[一二三四]季度|[上下]半年|本年度|年度|年中|年终")
_EVERY_LEVEL = re.compile("各[省市县区州乡镇]{0,2}$")
# two levels written together before a kind of body (县区创城办, 市县文明办): generic
_LEVEL_PAIRS = frozenset(("县区", "区县", "市县", "县市", "省市", "市州", "旗县", "县乡"))
_GENERIC_LEVEL_PAIRS = (*sorted(_LEVEL_PAIRS), "乡镇", "镇乡")
_COMPANY_KINDS = frozenset(rule_words()["company_kinds"])
# the verbs of a visit or an inspection whose object a kind of company may be (rule_words
# going_verbs: 深入, 走访…; 查看公司厂房)
_VISIT_VERBS = frozenset((*rule_words()["going_verbs"], "查看", "察看", "检查", "实地查看"))
_UTILITY_TRADES = frozenset(rule_words()["company_utility_trades"])
# the trades a level's firms are named by (org_trades.txt: 供电, 城投, 建工…): a firm named by
# one alone (、建工集团, 和供销公司) is named, though jieba reads the trade as a verb (orgs49b)
_LEVEL_FIRM_TRADES = frozenset(_lines("org_trades.txt"))
_VISIT_VERB_ENDS = tuple(sorted(_VISIT_VERBS))
# what picks out some of a kind, naming none (部分企业集团, 有关公司; session 33, orgs35)
_SOME_OF = ("部分", "有关", "相关", "其他", "其它", "一些", "个别", "若干")
# a zone written before its own units (某某度假区交警大队)
_ZONE_HEADS = ("工业园", "产业园", "度假", "开发", "高新", "经开", "保税")
# (专班, 领导组: the task force and the leading group as some provinces write them; 工作专班
# before 专班, the longer kind read first; orgs32)
_LONG_KINDS = (
    "领导小组",
    "领导组",
    "指挥部",
    "委员会",
    "工作组",
    "办公室",
    "工作专班",
    "专班",
    "专责小组",
)
# a campaign's group and its office, named after the campaign's verb (创建…工作领导小组,
# 争创…指挥部办公室; session 33, orgsq33)
_CAMPAIGN_GROUPS = ("领导小组", "指挥部", "领导小组办公室", "指挥部办公室")
# 五大分指挥部, 三个工作专班, 两个领导小组: a count of groups before their kind
_COUNTED_KIND = re.compile(
    "[一二两三四五六七八九十几多](?:大|个)分?(?:工作)?(?:" + "|".join(_LONG_KINDS) + ")$"
)

# what opens a group named by its campaign (创建卫生城市工作指挥部, 创城工作领导小组)
_CAMPAIGN_OPENERS = ("创建", "争创", "创城", "创文", "创卫", "巩固", "创国卫")
# (抽调人员组成专班: 组成 forms the group as 成立 sets it up; orgs32)
_SET_UP_VERBS = ("成立", "组建", "设立", "组成")
_SET_UP_VERBS_DONE = tuple(v + "了" for v in _SET_UP_VERBS)
# verbs of leading a team, which no group's name holds (带领工作专班; orgs43)
_LEADING_VERBS = ("带领", "率领", "带队")
# what an office does that opens with 公 (中央文明办公布, 区创城办公示): no 办公 word (公开办 is
# an office of its own: 县委办公开办)
_OFFICE_ACTS = frozenset(("公布", "公开", "公示", "公告"))
_CENTRAL = re.compile(
    # (中央和区市党委: the centre, the autonomous region and the city, their committees; orgs32)
    # (中央、省、市关于…, 中央和省市县部署: the centre among bare levels that close with no body
    # is a level as they are, no ORG: both golds of dev40 and dev41, one of f39; entities40)
    "(?:党)?中央(?=[和、及与](?:(?:省|市|县|区|州|自治区|自治州|兵团|区市)(?:党)?委"
    "|(?:省|市|县|区|自治区|、)+(?:党)?委))"
)
# 贯彻落实中央决策部署, 按照中央要求: the centre bare after a verb of following, before what it
# decided or asked (orgs27: the brief's bare 中央; not 中央大街, 中央空调, 中央财政资金)
_CENTRAL_FOLLOWED = re.compile(
    # (传达中央关于…的精神, 学习中央…: what the centre decided, relayed; session 28, places28)
    "(?<=贯彻|落实|按照|根据|执行|遵照|响应|遵循|对照|依照|传达|学习)中央"
    "(?=的?(?:决策部署|重大决策|部署|要求|精神|决定|指示|号召|有关|关于|文件|统一))"
    # (把思想统一到中央…的决策部署上来: the set phrase names the centre whatever it decided;
    # orgs32)
    "|(?<=统一到)中央(?![大空财厨广公])"
    # 中央经济工作会议, 中央新疆工作座谈会: the centre before the name of a meeting it holds on a
    # field of work (the meeting no entity, the body inside it is; 党中央 read apart; orgs38)
    rf"|(?<![党共])中央(?=[{CJK}]{{2,6}}?工作(?:会议|座谈会))"
)
_LEVELS_GLOSSED = re.compile(
    rf"、(?:街道|社区|村居|村|镇|乡|[省市县区])[（(][{CJK}、]{{1,6}}[）)]$"
)
_JOINT = re.compile("(?:联合|会同)(?=[省市县区])")
# (区人大常委会各工委主任: every unit's head after the body; orgs39)
_EVERY_UNIT_POST = re.compile(
    rf"各[{CJK}]{{1,4}}?(?:主任|部长|局长|书记|科长|处长|所长|站长|队长|主席|院长|校长|社长)"
)
_LED_BY = re.compile("领导(?:率|带领|带队)|(?<=[委府协会办局])率(?=[队领])")
_EVERY_GLOSSED = re.compile("各[省市县区州旗乡镇]{1,2}[（(][省市县区州旗乡镇、]{1,5}[）)]$")
# 某某指挥部综合协调小组办公室, 某某领导小组督查组: a group or office of a headquarters or of a
# leading group belongs to the body's name
# (领导小组组成督导组: 组成 is the verb that forms the group, no sub-unit; orgs24)
# (领导小组将于周末组织专门力量: the 组 of the verb 组织 / 组成 closes no group, and a group's
# name holds no function word; session 38, audit38)
# (某某领导小组组长、副组长, 工作专班组长会: the 组 of the post 组长 closes no group; orgs39)
_HQ_SUB = re.compile(
    rf"(?!组[成建团织长])[{CJK}]{{0,6}}?(?:小组|组(?![成建团织长]))(?:办公室)?|办公室"
)
# 县城管、县住建、县交警等部门: a level and a department's short form, as an item of a list
# (the boundary before the level, _SHORT_FORM_AFTER or the text's start, is tested on each
# match, not looked behind: as a lookbehind the pattern was tried from Python at every mark of
# every text, for 2 spans on 3,378 texts. The same matches: a match with no boundary before
# it is a level and a form, neither holding a boundary character, so no match after a
# boundary opens inside it and none is hidden; session 36)
_SHORT_FORM_AFTER = "、，。：；\n和及与"
_SHORT_FORM = re.compile(
    rf"[省市县区](?:{alternation(_lines('org_short_forms.txt'))})(?=[、，。；等和及与]|$)", re.M
)
# 县交通、城管、交警等部门, 由住建、公安、城管等部门…: a department's short form with no
# level, as an item of a list closed by 等部门 (the list names departments; orgs29)
_SHORT_FORMS = frozenset(_lines("org_short_forms.txt"))
_DEPT_LIST = re.compile(rf"((?:[{CJK}]{{2,12}}、)+[{CJK}]{{2,12}})等(?:相关|有关|职能)?部门")
_DEPT_LIST_OPEN = frozenset("与和及同由，。；：\n（(")
# 区住建、规划、国资等主管部门: a level's short form opening a list of bare fields closed by 等…部门
# is the level's reach over every field, no body named (f46 gold; session 45, orgs47a)
_SHORT_LIST_REST = re.compile(
    rf"((?:、[{CJK}]{{1,6}}?)+)等(?:相关|有关|职能|主管|监管|行业主管|责任)?部门"
)
# 区住建、综合执法局、交警等部门: the bare short forms are bodies only in a list that names a
# body too (a level before a short form, or a body's kind closing an item); 林草、应急、公安、
# 电力等部门 and 与城管、住建等部门 name fields of work, no body (session 34, orgs37)
_LISTED_BODY_KIND = tuple("局 委 办 队 办公室 办事处 中心 站 所 院 部 厅".split())
# the bare levels a body or a list of bodies opens with
_LEVELS = frozenset("省市县区州旗")
# 在某某居委召开座谈会, 听取了某某居委负责人…: a residents' committee by its short form (居委
# for 居委会), its name of two or three characters opening after a mark or a preposition (orgs29)
# (居民区代表某某居委: or after 代表, the speaker's role before the committee it speaks for;
# f49 both golds, orgs50)
_RESIDENTS_SHORT = re.compile(
    rf"(?:^|(?<=[、，。；：\n（(在到和与及对了])|(?<=代表))([{CJK}]{{2,3}}?)居委(?![会员主书])",
    re.M,
)
# a school named by an unknown name (某某实验中学, 某某一中): after a boundary or a verb of going
_SCHOOL_KIND = ("中学", "小学", "学校", "幼儿园")
# the levels whose schools 某某县学校 means (orgs46b)
_SCHOOLS_LEVELS = frozenset("省市县区州旗镇乡")
# a count of schools right after the kind (新建学校11所, 新建小学三所; orgs46b)
_SCHOOL_COUNT = re.compile(r"(?:\d+|[一二两三四五六七八九十百几]+)所")
_GENERIC_HEAD_CHARS = frozenset(rule_words()["generic_head"]) | frozenset("民中心")
# what a venue or a facility is named by before 中心 / 站 (县文化中心, 市区垃圾站):
# resources/gazetteers/rule_words.json venue_stems
_VENUE_STEMS = frozenset(rule_words()["venue_stems"])
_SCHOOL_BAD = (frozenset(_BAD_NAME_CHARS) - {"都"}) | frozenset("各全每该本我这那其中小")
# kinds of school, not names (普通中学, 农村学校): resources/gazetteers/rule_words.json
_SCHOOL_STOP = frozenset(rule_words()["school_stop"])
_SCHOOL_BEFORE = (
    *("走访了", "查看了", "察看了", "来到", "前往", "走进", "深入", "来到了", "走进了"),
    # (检查某某小学后厨, 查看某某中学: a visit's verbs before the school it looks at; orgs43)
    *("走访", "查看", "察看", "检查", "参观", "参观了", "视察", "考察", "考察了", "慰问", "看望"),
)
# the same verbs as lookbehinds, for a hospital visited (_NAMED_HOSPITAL)
_VISITED_BEFORE = "|".join(
    f"(?<={v})"
    for v in (
        "前往",
        "走进",
        "走访",
        "深入",
        "查看",
        "察看",
        "检查",
        "参观",
        "视察",
        "考察",
        "慰问",
        "看望",
    )
)
# a school run by another and named after it (某某中学实验学校; session 12 audit, audorgs13)
# (某某中学附属某地某某实验学校, 某某小学某地附属实验小学: the school it runs in another place,
# named after it and its place, is one body with it; wide46, orgs46)
_OWN_SCHOOL = re.compile(
    "(?:实验|附属)(?:学校|中学|小学|幼儿园)|附中|附小|分校"
    rf"|附属[{CJK}]{{2,8}}?(?:学校|中学|小学|幼儿园)(?![{CJK}]?[长任师生])"
    rf"|[{CJK}]{{2,4}}?附属(?:实验)?(?:学校|中学|小学|幼儿园)(?![{CJK}]?[长任师生])"
)
# (某某八小: a primary school by its number too; session 34, orgs37)
# (某某实验二中负责同志: the last of a list of units before the heads they send; orgs39)
_NUMBERED_SCHOOL = re.compile(
    rf"[{CJK}]{{2,4}}?[一二三四五六七八九][中小](?=[、，。；和及与等）)]|负责)"
)
# (every match ends so: the pass above tries a name at every character, this one skips to the
# numbers; session 35)
_NUMBERED_SCHOOL_END = re.compile("[一二三四五六七八九][中小](?=[、，。；和及与等）)]|负责)")


# 某地一中, 某地八中某地分校, 某地一小: a school numbered after the city or county the gazetteer
# knows, written bare (no level: 县一中 is the grammar's), whatever follows it (某地一中迁建工程,
# 某地一小薄弱学校改造; wide45, f45 both golds); not 五中全会 (a plenary session)
_PLACED_NUMBER = re.compile(
    rf"[一二三四五六七八九十]{{1,2}}[中小](?![{CJK}]?[长任师生]|[队心华学国央共全])"
)
_BRANCH_SCHOOL = re.compile(rf"([{CJK}]{{2,3}}?)分校(?![{CJK}]?[长任师生])")


# the kinds a school the grammar reads closes with (县一中, 县教师进修学校, 县职校, 市实验中学)
_SCHOOL_ENDS = ("校", "中学", "小学", "大学", "学院", "幼儿园", "一中", "二中", "三中")


# 某省农大, 某市师大, 华中科大: a university by its abbreviated name, a province, a city or a
# region (org_university_short.txt) and the abbreviation of its kind; read at a boundary, before
# a mark, a connective or 的 (f48 gold; orgs50)
_SHORT_UNIVERSITY_LINES = _lines("org_university_short.txt")
_SHORT_UNIVERSITY_KINDS = tuple(k for k in _SHORT_UNIVERSITY_LINES if not k.startswith("="))
_SHORT_UNIVERSITY_REGIONS = frozenset(k[1:] for k in _SHORT_UNIVERSITY_LINES if k.startswith("="))
_SHORT_UNIVERSITY_CUE = re.compile(words_cue(_SHORT_UNIVERSITY_KINDS))
_SHORT_UNIVERSITY_AT = re.compile(alternation(_SHORT_UNIVERSITY_KINDS))
# (what may follow the name: a mark, a connective, or a verb the university's visit or pact
# opens: 到某省农大调研, 与某市师大签约)
_SHORT_UNIVERSITY_NEXT = frozenset("、，。；：）)”和及与等的在要将也还调签合召举开\n ")


def _short_universities(doc: Doc) -> None:
    """org.school: a place of two or three characters the gazetteers know (or a region of
    org_university_short.txt) + an abbreviated university kind (农大, 师大, 科大), after a
    boundary, a connective or a verb of going, before a mark or a connective (江西农大, 华中科大;
    not 农大棚: a kind is closed)."""
    text, g = doc.text, doc.r.g
    for m in _SHORT_UNIVERSITY_AT.finditer(text):
        k = m.start()
        if m.end() < len(text) and text[m.end()] not in _SHORT_UNIVERSITY_NEXT:
            continue
        for n in (3, 2):
            a = k - n
            place = text[a:k]
            if a < 0 or not (
                place in g.gpe_names or place in g.admin_stems or place in _SHORT_UNIVERSITY_REGIONS
            ):
                continue
            before = text[a - 1] if a else "\n"
            if (
                _is_cjk(before)
                and before not in _NAME_START_AFTER
                and not text.endswith(_VISIT_VERB_ENDS, 0, a)
            ):
                continue
            doc.add(a, m.end(), "ORG", 0.6, 2, "org.school")
            break


def _own_schools_after(doc: Doc) -> None:
    """县教师进修学校附属中学, 县一中附属小学: the school a school of a level runs, named after
    it (_OWN_SCHOOL), is one body with it, as it is after a school named by its place (dev gold
    dev_008; orgs49b)."""
    text = doc.text
    for c in list(doc.cands):
        if c.label != "ORG" or not text.endswith(_SCHOOL_ENDS, c.start, c.end):
            continue
        own = _OWN_SCHOOL.match(text, c.end)
        if own is not None and doc.r.bare_post.match(text, own.end()) is None:
            doc.add(c.start, own.end(), "ORG", c.conf, c.prio, c.rule)


def _school_committees(doc: Doc) -> None:
    """对某某高级中学委员会、某某中等专业学校委员会等4家学校…巡察: a school's committee (its
    party committee, 中共 … 委员会 shortened) written right after the school is one body with
    it, not the school alone (dev gold, four of one page; orgs47b)."""
    text = doc.text
    for c in doc.cands:
        if (
            c.label == "ORG"
            and text.endswith(_SCHOOL_KIND, c.start, c.end)
            and text.startswith("委员会", c.end)
            and doc.r.bare_post.match(text, c.end + 3) is None
        ):
            doc.add(c.start, c.end + 3, "ORG", c.conf, c.prio, c.rule)


# (orgs48a, session 46) 对县住房和城乡建设局委员会、某某镇委员会、…等5家单位开展了巡察: a bureau's
# or a town's party committee by its formal name with 中共 left out, the targets of an inspection,
# as the schools' (dev gold dev_009: five of one page); the town's name of two to four characters
# opens after a mark or a connective
_TOWN_COMMITTEE = re.compile(rf"(?<=[、，。；：\n（(和及与对])([{CJK}]{{2,4}}?[镇乡])委员会")
# (the bureau's name before 委员会 is read by no other rule: the grammar takes 委员会 for the kind)
_BUREAU_COMMITTEE = re.compile(
    rf"(?<=[、，。；：\n（(和及与对])[省市县区州旗]([{CJK}]{{2,10}}?)局委员会"
)


def _unit_committees(doc: Doc) -> None:
    """org.grammar: 县住房和城乡建设局委员会 (a bureau the rules read, then 委员会), 某某镇委员会."""
    text = doc.text
    for c in list(doc.cands):
        if (
            c.label == "ORG"
            and text[c.end - 1] == "局"
            and text.startswith("委员会", c.end)
            and doc.r.bare_post.match(text, c.end + 3) is None
        ):
            doc.add(c.start, c.end + 3, "ORG", c.conf, c.prio, "org.grammar")
    for m in _BUREAU_COMMITTEE.finditer(text):
        if not _clause_in_field(m.group(1), "和") and doc.r.bare_post.match(text, m.end()) is None:
            doc.add(m.start(), m.end(), "ORG", 0.6, 2, "org.grammar")
    for m in _TOWN_COMMITTEE.finditer(text):
        if not any(ch in _STEM_BAD for ch in m.group(1)[:-1]) and (
            doc.r.bare_post.match(text, m.end()) is None
        ):
            doc.add(m.start(), m.end(), "ORG", 0.6, 2, "org.grammar")


def _placed_numbered_schools(doc: Doc) -> None:
    """org.school: 某地一中 / 某地八中某地分校 (_PLACED_NUMBER), the place a known one opening at a
    mark, a connective or a verb of going (the place inside no GPE)."""
    text, g = doc.text, doc.r.g
    for m in _PLACED_NUMBER.finditer(text):
        k = m.start()
        a = next(
            (
                k - n
                for n in (3, 2)
                if k >= n and (text[k - n : k] in g.gpe_names or text[k - n : k] in g.admin_stems)
            ),
            -1,
        )
        if a < 0:
            continue
        before = text[a - 1] if a else "\n"
        if not (
            not _is_cjk(before)
            or before in _PUNCT_BOUNDARY
            or before in _NAME_START_AFTER
            or text.endswith(_COOPERATIVE_GOING, 0, a)
        ):
            continue
        end = m.end()
        # (某地八中某地分校: its branch in another city, named by the city)
        branch = _BRANCH_SCHOOL.match(text, end)
        if branch is not None and branch.group(1) in g.gpe_names:
            end = branch.end()
        if doc.r.bare_post.match(text, end) is not None:
            continue
        doc.add(a, end, "ORG", 0.6, 3, "org.school")


def _known_stem(name: str, g: Gazetteers, doc_stems: set[str]) -> bool:
    """A place the gazetteers or the text know, written bare (沭阳) or with its unit (沭阳县)."""
    stem = name.rstrip("市县区旗") if len(name) > 2 else name
    return stem in doc_stems or stem in g.gpe_names or stem in g.admin_stems


def _county_school_start(
    text: str, lo: int, k: int, ps: int | None, g: Gazetteers, doc_stems: set[str]
) -> int | None:
    """Start of a school whose kind opens at k, named by its county and a name of two characters
    of its own (某县某某中学, 某县某某高级中学: 县委巡察对沭阳某某中学委员会…): the county a known
    place of two to four characters opening the stretch lo..k after a mark, a connective or a
    verb of going; the name no common word and no function character. Where the name is a
    known place too (沭阳如东中学), the place rule's start ps is moved back to the county. Else
    ps is returned."""
    for a in range(lo, k - 3):
        place, own = text[a : k - 2], text[k - 2 : k]
        prev = text[a - 1] if a else "\n"
        # (查看了某县某某中学, 走进某县某某小学: or after a visit's verb and its 了; f49 both
        # golds, orgs50)
        if not (
            2 <= len(place) <= 4
            and (
                prev in _PUNCT_BOUNDARY
                or prev in "和及与到在至赴对"
                or not _is_cjk(prev)
                or text.endswith(_VISIT_VERB_ENDS, 0, a)
                or (prev == "了" and text.endswith(_VISIT_VERB_ENDS, 0, a - 1))
            )
            and _known_stem(place, g, doc_stems)
        ):
            continue
        if ps == k - 2 or (
            ps is None
            and all_cjk(own)
            and not any(c in _SCHOOL_BAD for c in own)
            and own not in common_words()
            and not _common_function_word(own)
            and own not in _GENERIC_STEMS
        ):
            return a
    return ps


# (orgs49b, session 47) 社区居委会正举办…, 社区党委要…, 来到社区居委会调研: the committee or the
# party body of the community the report is about, written bare, opening a clause or after a
# preposition or a verb of going (f47 gold: two of one page; dev gold; wide46); not in a list of
# kinds (燃气企业、社区居委会、物业公司: the gold tags none), not 各社区居委会
_COMMUNITY_BODIES = ("居委会", "居民委员会", "党委", "党总支", "党支部")


def _community_bodies(doc: Doc) -> None:
    """org.grammar: a community's committee or party body written bare (_COMMUNITY_BODIES)."""
    text = doc.text
    for i in _occurrences(text, "社区"):
        body = next((b for b in _COMMUNITY_BODIES if text.startswith(b, i + 2)), None)
        if body is None:
            continue
        e = i + 2 + len(body)
        prev = text[i - 1] if i else "\n"
        if not (prev in "，。；：！？\n 　（(" or prev in "在到和与及对由向"):
            continue
        # (a list of kinds, 社区居委会、物业公司; a title after it is the title's)
        if text[e : e + 1] == "、" or doc.r.bare_post.match(text, e) is not None:
            continue
        doc.add(i, e, "ORG", 0.55, 2, "org.grammar")


def _names_listed_body(item: str) -> bool:
    """An item of a list of departments that names a body: a body's kind closes it (综合执法局),
    or a level stands before a department's short form (区住建, 城区城管)."""
    if item.endswith(_LISTED_BODY_KIND):
        return True
    w = next((w for w in (item[-2:], item[-4:]) if w in _SHORT_FORMS), None)
    return w is not None and len(item) > len(w) and item[-len(w) - 1] in _LEVELS


def _school_start(text: str, k: int, named: bool = False) -> int | None:
    """Start of an unknown school's name that ends at k: two to four characters that open after
    punctuation, a connective or a verb of going, with no function word, generic head or common
    noun (各中小学, 农村学校, 城区中学 name no school). `named`: the kind carries 实验 / 第一 /
    a number, which makes even a common noun before it a name (瓷都实验中学).
    A longer stretch that opens after a mark but holds a preposition (。在青禾小学, ，并对柳沟中学,
    ，还到某某小学) leaves the name to open after the preposition (session 33, orgs33)."""
    for st in range(max(0, k - 4), k - 1):
        prev = text[st - 1] if st else "\n"
        if not (
            prev in _PUNCT_BOUNDARY
            # (据某某融媒体中心报道: the source's preposition; orgs24)
            or prev in "和及与到在至赴据"
            or text.endswith(_SCHOOL_BEFORE, 0, st)
            # (，并对柳沟中学、…: the object of 对 after a mark and 并 / 还 / 也; orgs33)
            or (prev == "对" and st >= 2 and text[st - 2] in "并还也，、")
        ):
            continue
        name = text[st:k]
        if name[0] == "据":
            continue
        if name[0] == "了" and prev == "到":
            continue  # 来到了某某小学: the verb's 了, the name opens after it (orgs17)
        if (
            all_cjk(name)
            # (都, a function character elsewhere, names places: 瓷都)
            and not any(c in _SCHOOL_BAD for c in name)
            and name[:2] not in _SCHOOL_STOP
            # (三余中学, 排上中心校: a rare word jieba tags as a numeral or a verb names the
            # place; orgs46)
            and not _common_function_word(name[:2])
            and (named or name[:2] not in common_words())
            and name[:2] not in _GENERIC_STEMS
            # (某某实验二中: 实验 before the number is the school's own word; orgs39)
            and (not _common_function_word(name[-2:]) or (named and name.endswith("实验")))
            and name[-1] != "级"  # 县级融媒体中心: a rank, not a name
        ):
            return st
        # (。在青禾小学: a shorter name may open after the preposition; orgs33)
    return None


# (a word jieba's dictionary holds fewer times than this, though tagged a verb or a numeral, is
# rare enough to be a place's name before a unit's kind: 排上, 三余; not 发动, 两所, 一所)
_RARE_FUNCTION_FREQ = 20


def _common_function_word(word: str) -> bool:
    """A function word (function_words: a verb, a numeral, a preposition…) jieba's dictionary
    holds often enough to be the clause's word, no place's name (发动, 两所; not 排上, 三余)."""
    return word in function_words() and jieba_tokenizer().FREQ.get(word, 0) >= _RARE_FUNCTION_FREQ


_POLICE_UNIT = re.compile(
    # (区公安分局交通支队, 县公安局交管大队: the traffic unit named by its field; session 33, orgs35)
    "(?:交警|交巡警|交通警察|交通管理|交通|交管|治安|刑侦|刑警|巡特警|特警|巡警)(?:支队|大队|中队)"
    "(?![长员])"
)
# 交警支队某某大队: a detachment's brigade named after its district belongs to the body
# (市交管支队城市道路三大队: a numbered brigade named by its field; session 14 audit)
_NAMED_BRIGADE = re.compile(
    rf"(?:[{CJK}]{{2,3}}?|[{CJK}]{{0,5}}?[一二三四五六七八九十])(?:大队|中队)(?![{CJK}]?[长任记员])"
)
# (省委宣讲团: the committee's lecture group, a body of its own like its inspection groups;
# realdev12)
_INSPECT_GROUP = re.compile(
    # (街道创建办督导巡查组: a patrol group too; orgs27)
    rf"[{CJK}]{{0,6}}?(?:(?:督查|督导|督察|巡察|巡查|巡视|指导|考核|检查|测评|视察|暗访|调研|考察)组(?![长员织])|宣讲团(?![长员]))"
)
# what the body does with the groups it sends (派出四个检查组, 成立督查组, 抽调人员组成督导组;
# 县创建办组建暗访组: orgs31)
_GROUP_SENT = ("派", "成立", "组成", "组建", "抽调", "个")
# a decision to send or to form a group read into a long body's name (成立 is read as the name's
# opening where a stem of its own follows it, 个 counts the groups)
_SENDING_WORDS = ("派", "抽调", "决定", "组成", "组建")
# 市创城办社区小区组, 县创文办督查组: a campaign office's group is one body with the office
_CAMPAIGN_OFFICES = ("创城办", "创文办", "创卫办", "创建办", "文明办", "爱卫办")
_OFFICE_GROUP = re.compile(rf"(?!组[成建团])[{CJK}]{{0,4}}?组(?![长员织成建团])")
_STUDY_GROUP = re.compile("(?:党组)?(?:理论学习)?中心组(?![长员])")
_SOCIETY_KINDS = frozenset(("协会", "专业组", "表演队"))
_SOCIETY_STOP = frozenset(rule_words()["society_stop"])
# words of direction jieba tags as function words, which open a company's name (南方某某公司)
_DIRECTION_WORDS = frozenset(
    ("东方", "南方", "西方", "北方", "东部", "南部", "西部", "北部", "中部")
)
_FARM_KINDS = frozenset(("农场", "林场", "牧场"))
_FARM_NOT_NAME = frozenset("一二三四五六七八九十两第年")
_FARM_PARTS = ("管护站", "检查站", "站", "场部", "分场", "苗圃", "工区", "管护区", "营林区")
_FARM_STOP = frozenset(rule_words()["farm_stop"])
# how a coal mine is worked, written between its name and the kind (某某露天煤矿) or naming the
# kind alone (露天煤矿); what follows 煤矿 where it is the trade, no mine (煤矿企业, 煤矿安全生产,
# 非煤矿山; orgs46b)
_MINE_WAYS = ("露天", "井工", "地下")
_MINE_WORD_FREQ = 1000
_MINE_TRADE_NEXT = ("企业", "安全", "行业", "山", "生产", "领域", "工人", "职工", "矿工")
# (县政府第七次党组（扩大）会议: 第N次 counts the body's meetings, no numbered unit; dev gold of
# session 45, orgs47a)
_SUB_UNIT = re.compile(
    rf"第[一二三四五六七八九十]+(?!次)[{CJK}]{{1,6}}?(?:室|处|科|组|庭|中队|分局)"
)
# 市城管局市容科, 县卫健局疾控科: a bureau's section named by its field (not 科长, 科技, 科学;
# session 15 audit)
# (a province's department's division: 某某处, not its head, nor 处理 / 处置 / 处罚 / 处于 / 处在)
_DEPT_DIVISION = re.compile(rf"[{CJK}]{{2,12}}?处(?![{CJK}]?[长任员]|[理置罚于在分处室])")
_SECTION = re.compile(rf"[{CJK}]{{2,3}}?科(?![长员技学研普室])")
# 来到某某市公安局指挥中心, 区应急管理局应急指挥中心: a bureau's command centre is one body with
# the bureau (a post after it, 指挥中心主任, is the title's; orgs34)
_COMMAND_CENTRE = re.compile("(?:应急)?指挥(?:调度)?中心(?![主副])")


# 省文旅厅某某产业发展办公室, 县农业农村局农业技术推广中心, 县委营商环境建设委员会: a unit named
# under a department or a level's party committee or government, the body, a stem of its own and
# the unit's kind (org_sub_unit_kinds.txt, org_unit_kinds.txt), is one ORG (GUIDELINES: the full
# form; the grammar read the body and stopped at its 厅 / 局 / 委; f48 gold, orgs49a)
_UNIT_KINDS = tuple(_lines("org_unit_kinds.txt"))
_NAMED_SUB_UNIT = re.compile(
    rf"([{CJK}]{{2,10}}?)(?:{alternation((*_UNIT_KINDS, *_lines('org_sub_unit_kinds.txt')))})"
    rf"(?![{CJK}]?[长任员记])"
)
# (what a stem of a named unit never holds: a post, a meeting, a count or every unit of a kind)
_SUB_UNIT_STEM_NOT = frozenset("长的了着及各等和与召")
# the level of a party committee or a government right before its named unit (县委, 市政府)
_UNIT_PARENT_ENDS = tuple(
    f"{lv}{b}" for lv in ("省", "市", "县", "区", "州", "旗", "盟") for b in ("委", "政府")
)


def _named_sub_unit(text: str, s: int, e: int) -> int:
    """The end of a named unit right after the body text[s:e] (a department, or a level's party
    committee or government), or e where none follows."""
    # (市发改委价格监测中心: a commission of the government's named in 委 as its party committee
    # is; orgs49a)
    if not (text[e - 1] in "厅局委" or text.endswith(_UNIT_PARENT_ENDS, s, e)):
        return e
    # (区委区政府某某工作领导小组: the group of the committee and the government together, no
    # unit of the government alone)
    if text[s - 1 : s] == "委" and text.endswith("政府", s, e):
        return e
    unit = _NAMED_SUB_UNIT.match(text, e)
    if unit is None:
        return e
    stem = unit.group(1)
    if not _unit_stem_ok(stem):
        return e
    return unit.end()


def _unit_stem_ok(stem: str) -> bool:
    """The stem of a named unit holds no clause: no function word, no verb of the clause read
    back (县委研究部署安全工作领导小组有关事项: the committee studies, it names no group), no word
    of a post or a count (_SUB_UNIT_STEM_NOT)."""
    return not (
        any(c in _SUB_UNIT_STEM_NOT for c in stem)
        or any(w in stem for w in _GROUP_FREE_NOT)
        or any(w in stem for w in _CLAUSE_VERBS)
        or _clause_in_field(stem)
    )


# 县医疗保障事务中心, 区茶产业发展中心, 某某县烤烟事务中心: a public institution a level names by
# the field or trade it serves (org_unit_kinds.txt); the stem is the level's own word, no word the
# level opens (区域, 市场, 县城: 打造区域物流发展中心 names no district's centre), unless a field of
# government work opens it (市民政事业服务中心: 民政, not 市民; org_fields.txt). orgs49a.
_UNIT_KINDS_CUE = re.compile(words_cue(_UNIT_KINDS))
_UNIT_KINDS_AT = re.compile(alternation(_UNIT_KINDS))
_UNIT_LEVELS = frozenset("省市县区州旗镇乡")
# (the area words that close on a level's character: 社区, 小区, 辖区; orgs50)
_AREA_NOT_LEVEL = frozenset(
    ("社区", "小区", "辖区", "园区", "景区", "片区", "街区", "校区", "山区")
)
# (a level opening a word as frequent as this is that word's, no level: 区域, 市场, 县城, 乡村)
_UNIT_LEVEL_WORD_FREQ = 100


def _public_centres(doc: Doc) -> None:
    """org.grammar: a level (its place before it) + a stem of one to eight characters + a kind of
    public institution of org_unit_kinds.txt."""
    text, g = doc.text, doc.r.g
    freq = jieba_tokenizer().FREQ
    for m in _UNIT_KINDS_AT.finditer(text):
        k = m.start()
        # (管理局面: 局面 closes no bureau; 某某管理局党组书记: the body opens a post, the title's)
        # (服务队伍: the ranks of those serving, no team; orgs50)
        if text[m.end() : m.end() + 1] in ("面", "势", "伍") or doc.r.bare_post.match(
            text, m.end()
        ):
            continue
        # the longest stem after a level: 县城乡统筹发展中心 is 县's, not 乡's
        for lv in range(max(0, k - 9), k - 1):
            stem = text[lv + 1 : k]
            if text[lv] not in _UNIT_LEVELS or not all_cjk(stem):
                continue
            # (向社区派出某某服务队: 区 closing 社区, 小区, 辖区 is an area's word, no level;
            # wide49, orgs50)
            if text[lv - 1 : lv + 1] in _AREA_NOT_LEVEL:
                continue
            if any(c in _STEM_BAD for c in stem) or not _unit_stem_ok(stem):
                continue
            # (市文明办组建志愿服务队: a verb of setting up is the clause's, the body before it
            # sets the unit up; orgs50)
            if any(v in stem for v in _SET_UP_VERBS):
                continue
            if freq.get(text[lv : lv + 2], 0) >= _UNIT_LEVEL_WORD_FREQ and not stem.startswith(
                g.org_fields
            ):
                continue
            a = _org_place_start(doc, lv)
            if (
                a == lv
                and lv >= 3
                and text[lv] in "市县区旗"
                and all_cjk(text[lv - 2 : lv])
                and not any(c in _STEM_BAD or c in _PREFIX_CONNECTIVES for c in text[lv - 2 : lv])
                and (not _is_cjk(text[lv - 3]) or text[lv - 3] in _NAME_START_AFTER)
            ):
                a = lv - 2  # 到岚江县某某事务中心: a county nobody listed, its name at a boundary
            before = text[a - 1] if a else "\n"
            # the name opens at a boundary, after a connective or a visit's verb, or with a
            # place before its level (全县: the level's reach, no body named)
            if a == lv and _is_cjk(before) and before not in _NAME_START_AFTER:
                if not text.endswith(_VISIT_VERB_ENDS, 0, lv) and before not in _ITEM_AFTER:
                    continue
            if before in "全各本我该":
                continue
            doc.add(a, m.end(), "ORG", 0.6, 2, "org.grammar")
            break


def _place_start(
    text: str, s: int, name_end: int, g: Gazetteers, doc_stems: set[str]
) -> int | None:
    """某某日报 / 某某县第一中学: the outlet or school is ORG when its name is a known place."""
    seg = text[s:name_end]
    # 县实验小学, 市第一中学: a level alone, opening an item, names the school of that level
    if seg in ("省", "市", "县", "区", "州", "旗", "镇", "乡"):
        prev = text[s - 1] if s else "\n"
        # (由市人民医院牵头, 对县第一中学…: after a preposition too; orgs24)
        return s if prev in _PUNCT_BOUNDARY or prev in "和及与到在至赴由对向经从" else None
    for k in range(len(seg)):
        head = seg[k:]
        stem = head.rstrip("市县区旗州") if len(head) > 2 else head
        if (
            stem in doc_stems
            or stem in g.gpe_names
            or stem in g.admin_stems
            or head in g.admin_full
            # 歙县第一实验小学: a county named by one character and its unit (orgs23)
            or head in _TWO_CHAR_COUNTIES
        ):
            return s + k
        # 某某县第一中学: a name written with its unit is a place even when nobody knows it
        # (据某州: a preposition is no place's first character; orgs24)
        if (
            len(head) == 3
            and head[-1] in "市县区旗州"
            and head[0] not in _PREFIX_CONNECTIVES
            and _stem_ok(text, s + k, name_end - 1)
        ):
            prev = text[s + k - 1] if s + k else "\n"
            if prev in _PUNCT_BOUNDARY or prev in "和及与到在至赴":
                return s + k
    return None


# a stem of an abbreviated name holds no function word (区要顾全…, 县里对…)
# (nor a level: 省召开省文明委 is a verb between two bodies; nor a verb of meeting)
_FUNCTION = set("要的在和了是对将把为从到与及等各全也都就又再已不有这那其并以于被让使向由")
_STEM_BAD = _FUNCTION | set("省市县区州旗镇乡召举")
# where a bare abbreviated body (no level) may stand: as an item of a list or a clause's subject
_ITEM_AFTER = "、，。；：\n（(和及与"
_ITEM_NEXT = "、，。；：）)和及与等要负牵参召开作联分在对将把认印发组主牵"
# 县爱卫中心、区市政绿化中心、县司法所: a level and a small body's stem closed by 中心 / 站 / 所,
# as an item of a list (elsewhere 中心, 站 and 所 close places: 市民中心, 场所, 垃圾站)
_SMALL_BODY = re.compile(
    # (the boundary is consumed, not looked behind, so that the scan skips to it; the text is
    # scanned with a line break before it)
    rf"[、，。：；\n和及与由](?:省|市|县|区)([{CJK}]{{2,4}}?)(?:中心|站|所)(?=[{_ITEM_NEXT}承]|$)"
)


@functools.lru_cache(maxsize=4)
def _abbrev_res(levels: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    kinds = alternation(_lines("org_abbrev_kinds.txt"))
    not_words = frozenset(_lines("org_abbrev_not.txt"))
    lv = alternation(levels)
    # (昌邑区东局子街道: 局 opening 局子, a street's name, closes no bureau; 某某建设工作部署会:
    # 部 opening 部署 or 部门 closes no department; session 16 audit)
    # 县目督办, 区城管执法大队, 街道创建办: a level, then a stem of one to five characters that
    # does not open with another level (滃州市委 is 滃州 + 市委) nor with what makes the level a
    # listed body or a post (市委, 区领导, 县长: tried first at every level, they fail here
    # at once), then the kind
    # (区政协农经环资委, 市人大教科文卫委: a committee of the level's conference or congress named
    # by its abbreviation of four or five field characters, after the body; session 30, misc30)
    with_level = guarded(
        rf"(?:{lv})(?![省市县区州旗镇乡委领长])([{CJK}]{{1,5}}?|(?:政协|人大)[{CJK}]{{2,5}}?)(?:{kinds})(?![事理法好实员分子署门公])(?![{CJK}]?[长任记])"
    )
    # 党建办、社管办要…, 金沙公安分局召开…: a bare stem only between item boundaries
    # (the boundary is consumed, not looked behind: a pattern opening with a character class
    # lets the regex engine skip to the next boundary, twice as fast; the text is scanned with
    # a line break before it so that its start is a boundary too)
    # (民政办的负责同志: the office's people after 的, as after a mark; session 16 audit)
    # (scan_compile: the skip set and the kinds' alternation guarded, the same matches)
    bare = scan_compile(
        rf"[{_ITEM_AFTER}]([{CJK}]{{2,4}}?)(?:{kinds})(?=[{_ITEM_NEXT}]|$|的(?:负责|主要|分管))"
    )
    return with_level, bare, not_words


def _abbrev_ok(
    text: str, m: re.Match[str], not_words: frozenset[str], names: frozenset[str], bare: bool
) -> bool:
    stem = m.group(1)
    # (城市管理部, 市场服务部: 市 of these words is no level; session 16 audit)
    plain = (
        stem.replace("城市", "").replace("市场", "") if bare and text[m.end() - 1] == "部" else stem
    )
    # (市城乡建设委, 县城乡规划局: 乡 of the field word 城乡 is no level; orgs20)
    plain = plain.replace("城乡", "")
    if any(c in _STEM_BAD for c in plain) or stem[0] in "各全每该本我这那其相有所":
        return False
    # 下一步我局将…, 今后我办要…: the speaker's own body (我局) after an adverb of time names no
    # body; 我 is inside no abbreviated name (orgs31)
    if "我" in stem:
        return False
    # 下设办公室, 设立办公室: a verb word is no body's name
    if bare and stem in function_words():
        return False
    # the bare pattern consumes the boundary before the name
    whole = text[m.start(1) if bare else m.start() : m.end()]
    # 顾全大局, 挂牌督办, 依法查办: the end is a common word, unless a listed body ends there
    # 大操大办, 丧事简办: a four-character formula (the dictionary's, or stem + 办) is no body
    if (
        bare
        and len(whole) == 4
        and whole not in names
        and (whole[-1] == "办" or jieba_tokenizer().FREQ.get(whole))
    ):
        return False
    for n in (2, 3):
        # (a listed body longer than the blocked end closes the name: its suffixes are looked
        # up in the set, not every listed name tried with endswith; same answer, orgs22)
        if whole[-n:] in not_words and not any(
            whole[-k:] in names for k in range(n + 1, len(whole) + 1)
        ):
            return False
    return True


# (，发挥某某办…作用: 发挥 opens the clause, the office follows it; orgs29)
_BARE_OPENERS = ("会同", "联合", "配合", "协调", "督促", "责成", "指导", "组织", "要求", "发挥")


# (the numerals of a count of units: 两乡四办)
_COUNT_NUMERALS = frozenset("一二两三四五六七八九十")
_KINDS_VISITED_END = re.compile(rf"(?:、[{CJK}]{{1,6}}){{0,4}}等(?:地|处|场所|点位|地方)")


def _abbrev_orgs(doc: Doc) -> None:
    """org.abbrev: bodies named by an abbreviation nobody listed, closed by a kind (org_abbrev_kinds.txt)."""
    text, r = doc.text, doc.r
    with_level, bare, not_words = per_gazetteers(r.g, "abbrev", _abbrev_res, r.g.levels)
    names = r.g.org_names
    pos = 0
    while (m := with_level.search(text, pos)) is not None:
        if not (
            _level_or_division(text, m.start(), r.g)
            and _abbrev_ok(text, m, not_words, names, False)
        ):
            # 市中区水利局, 某某市某某区水利局: a reading that fails from an earlier level (市 +
            # 中区水利) must not hide the one from the next level (区 + 水利); orgs22
            pos = m.start() + 1
            continue
        pos = m.end()
        s = m.start()
        # 两乡四办, 三镇两街: a count of the units of two levels (two townships and four
        # sub-district offices), a numeral before the level and opening the stem, names no body
        # (f49 gold, orgs50)
        if s and text[s - 1] in _COUNT_NUMERALS and m.group(1)[0] in _COUNT_NUMERALS:
            continue
        # 代表某乡居委发言: 居委 is a residents' committee's short form, the character before it
        # the name's (某乡, 某区), no level (_RESIDENTS_SHORT reads it; f49 both golds, orgs50)
        # (居民区代表某某居委: 代表 is the speaker's role, the committee's name opens after it; a
        # congress's deputies, 人大代表联络站, are a name's)
        if text.startswith("居委", m.start(1)) or (
            (i := m.group(1).find("代表")) >= 0 and not m.group(1).endswith(("人大", "政协"), 0, i)
        ):
            continue
        # 全省多地发生局部疫情, 全国多地…: a level after 全 (or 全国) is the whole area's reach,
        # no body's level (the stem ran to 局 of 局部; orgs39)
        if (s and text[s - 1] == "全") or text[s] == "全":
            continue
        if text.startswith("市政", s) and s and text[s - 1] in "省县区" and _level_ok(text, s - 1):
            s -= 1  # 区市政园林局: the level is 区, 市政 opens the bureau's name
        elif (
            text[s] == "州" and s and text[s - 1 : s + 1] in r.g.gpe_names
        ):  # 漳州发展纪委: 州 closes the city's name, no level of its own (orgs18)
            s = extend_gpe_prefix(doc, s - 1)
        else:
            s = _org_place_start(doc, s)  # 某某区房产局: the district's name with it
        # 各市州党委, 各镇街党委: every body of the levels 各 runs over (or opens), none named
        # (县区创城办: two levels written together)
        if _EVERY_LEVEL.search(text, max(0, s - 3), s) or (
            s and text[s - 1 : s + 1] in _LEVEL_PAIRS
        ):
            continue
        e = m.end()
        # (县里成立创城办公室: a clause with a verb of setting up read as a name; orgs24)
        if any(w in text[s:e] for w in _SET_UP_VERBS):
            continue
        # 某某经济技术开发区管委会主任: the committee's 会 belongs to it, and the committee opens
        # a post with no name beside it (no body of its own; orgs26, (b))
        # (县安委会, 市减灾委会: any committee's abbreviation written with its 会 is one name;
        # 县安委会议 is the committee's meeting; orgs34)
        # (市发展改革委会同市财政局, 区卫健委会商: 会同 and 会商 are verbs after the committee,
        # its 会 none of its name; orgs43)
        if (
            text.endswith("委", s, e)
            and text[e : e + 1] == "会"
            and text[e + 1 : e + 2] not in _COMMITTEE_HUI_NEXT
        ):
            e += 1
            if r.bare_post.match(text, e) is not None:
                continue
        # (市安委办, 县减灾委办: the committee's office, its abbreviation and 办, is one name;
        # 安委办理, 安委办公 are verbs after it; session 33, orgs33)
        elif (
            text.endswith("委", s, e)
            and text[e : e + 1] == "办"
            and text[e + 1 : e + 2] not in "公理法好事案结成"
        ):
            e += 1
            if r.bare_post.match(text, e) is not None:
                continue
        if text.endswith("支队", s, e):
            # 市交管支队城市道路三大队: the detachment's numbered brigade is one body with it
            brigade = _NAMED_BRIGADE.match(text, e)
            if brigade is not None and not any(c in _FUNCTION for c in brigade.group()):
                e = brigade.end()
        if text[e - 1] == "局" and (centre := _COMMAND_CENTRE.match(text, e)) is not None:
            if r.bare_post.match(text, centre.end()) is None:
                e = centre.end()  # 某某海事局指挥中心: the bureau's command centre (orgs34)
        # 深入部分学校、社区、市场、街道办等地: a sub-district office with no name, an item of a
        # list of the kinds of place visited, names none (orgs27)
        if text[s:e] == "街道办" and _KINDS_VISITED_END.match(text, e) is not None:
            continue
        doc.add(s, e, "ORG", 0.6, 2, "org.abbrev")
    lined = "\n" + text
    for m in bare.finditer(lined):
        # 、文明办主任、: the office opens a post with no name beside it (generic)
        if _abbrev_ok(lined, m, not_words, names, True) and (
            r.bare_post.match(text, m.end() - 1) is None
        ):
            a = m.start(1) - 1
            # 加强党委、政府的…: a verb before a bare party committee or government, no body named
            # (the stem is the verb and the body's own word; orgs20)
            if text[a : a + 2] in function_words() and text[a + 2 : m.end() - 1] in r.g.bodies:
                continue
            # ，会同住建局开展…: a verb of joining opens the clause, the body follows it (orgs17)
            opener = next((v for v in _BARE_OPENERS if text.startswith(v, a)), None)
            if opener is not None:
                if m.end() - 1 - (a + len(opener)) < 3:
                    continue
                a += len(opener)
            # ，成立创城办公室和…, 县里成立创城办公室: a verb of setting up inside the stem, the
            # body's name opens after it (orgs24)
            v = max(
                (k + len(w) for w in _SET_UP_VERBS if (k := text.rfind(w, a, m.end() - 1)) >= 0),
                default=-1,
            )
            if v > a:
                if m.end() - 1 - v < 3:
                    continue
                a = v
            # (学校、社区、街道办等地: the kind of place visited, no body; orgs27)
            if text[a : m.end() - 1] == "街道办" and _KINDS_VISITED_END.match(text, m.end() - 1):
                continue
            doc.add(a, m.end() - 1, "ORG", 0.55, 2, "org.abbrev")


# bodies written bare where a sentence gives them a task or a speaker addresses them (住建局要…,
# 由发改局牵头, 发挥文明办的牵头作用, 会议要求，发展和改革委员会要…): the body kinds every level
# has (org_level_kinds.txt, org_names.txt, the bodies of title_bodies.txt of three characters or
# more) or a bureau named by its field words, after a mark or a verb that hands a task on, before a
# mark, a connective or the task's verb, and no post after it (宣传部长 is the title's). orgs21,
# systematic (b): bodies with no level were read only as items of a list of short forms.
_BARE_LEFT = (
    "由",
    "请",
    "发挥",
    "督促",
    "协调",
    "配合",
    "会同",
    "联合",
    "责成",
    "指导",
    "支持",
    "要求",
    "和",
    "及",
    "与",
    # (…、卫健局以及畜牧局、房管局: the list's last items after 以及; orgs22)
    "以及",
    # 参加会议的有宣传部、卫健委…: the verb opening a list, its first item (a mark must follow)
    "有",
    "包括",
    # 召开文明委工作会议, 召开宣传部全体会议: the body whose meeting is held (orgs27)
    "召开",
    # 首先来到水利局进行督导, 到教育体育局调研: the body a visit goes to (orgs27b)
    "到",
    "来到",
    "走进",
    "深入",
    "前往",
    # 走访了某某局, 听取了某某局的汇报: the body visited, the body whose report is heard (orgs29)
    "走访",
    "走访了",
    "听取",
    "听取了",
)
_LIST_OPENERS = ("有", "包括")
# what follows a list's last body where each body of it reports (…、政法委结合工作实际发言,
# …、教育局就…作表态发言): read only after 、, a list's item (发挥人大就重大事项作出决定的作用:
# the congress of no level, a clause; orgs49a)
_LIST_LAST_NEXT = ("结合", "就", "围绕", "先后", "相继", "依次")
_BARE_NOT = frozenset(
    (
        "委员会",
        "常委会",
        "办公室",
        "办公厅",
        "指挥部",
        "领导小组",
        "管委会",
        "党工委",
        "行政公署",
        "人民政府",
        "党支部",
        "党总支",
        "党总支部",
        "居委会",
        "村委会",
        "研究室",
        "指挥部办公室",
        "领导小组办公室",
        # every sub-district's office (发挥办事处和社区的…, 各乡镇、办事处的…): generic
        "办事处",
        # venues visited as often as bodies addressed (深入…、图书馆、网吧): left to the place rules
        "图书馆",
        "文化馆",
        "档案馆",
        "新时代文明实践中心",
        "综合文化站",
        "融媒体中心",
        # (orgs22: a fire station and a data centre are visited as sites; a numbered hospital
        # bare is a hospital visited; the campaign's teams bare are generic, as 工作专班)
        "消防救援站",
        "大数据中心",
        *(f"第{n}医院" for n in "一二三四五六七八九"),
        *(f"创{k}{w}专班" for k in "城文卫" for w in ("", "工作")),
        "创建工作专班",
        "文明创建专班",
        # (orgs23: a hospital named by its specialty bare is one visited as often as addressed;
        # the volunteers' teams bare are every community's and every unit's, generic)
        *(
            f"{k}医院"
            for k in (
                "中西医结合",
                "口腔",
                "肿瘤",
                "儿童",
                "传染病",
                "康复",
                "中医药",
                "蒙医",
                "藏医",
            )
        ),
        *(f"{w}志愿{z}服务队" for w in ("青年", "巾帼", "党员") for z in ("", "者")),
        "新时代文明实践志愿服务队",
        "文明实践志愿服务队",
        "学雷锋志愿服务队",
        "文明交通志愿服务队",
        "志愿服务总队",
    )
)


@functools.lru_cache(maxsize=4)
def _bare_body_re(
    bodies: tuple[str, ...], names: frozenset[str], fields: tuple[str, ...]
) -> re.Pattern[str]:
    words = {w for w in _lines("org_level_kinds.txt") if len(w) >= 3} | set(
        _lines("org_bare_kinds.txt")
    )
    words |= {w for w in bodies if len(w) >= 3}
    words |= {w for w in names if len(w) >= 3}
    words -= _BARE_NOT
    fld = alternation(fields)
    one = re.escape("、，。；：\n（( 　" + "".join(w for w in _BARE_LEFT if len(w) == 1))
    verbs = alternation(w for w in _BARE_LEFT if len(w) > 1)
    # (the mark or verb before the name is consumed, not looked behind: a pattern opening with
    # a class and a few words lets the search skip to them; the text is scanned with a line
    # break before it, as _abbrev_res does)
    # (scan_compile: the skip set and the words' alternation guarded, the same matches)
    return scan_compile(
        rf"(?:[{one}]|{verbs})"
        # (实验小学、第一中学、县委宣传部…: a level's schools named by their number or rank, bare
        # in its own lists; 一中 not 一中队)
        rf"({alternation(words)}|(?:第[一二三四五六七八九十]{{1,2}}|实验|中心)(?:中学|小学)"
        # (十八届三中、四中、五中全会: the plenary sessions of a congress, no schools; orgs25)
        r"|[一二三四五六七八九]中(?![队心华学])(?!(?:[、和及与][一二三四五六七八九]中)+全会)"
        rf"|(?:{fld})(?:和?(?:{fld})){{0,4}}局(?![面势长])"
        rf"|(?:{fld})(?:和?(?:{fld})){{1,4}}(?:委员会|委(?![员托]))"
        # (城市管理办公室、综合行政执法队…, 由社区建设办公室牵头: a sub-district's or a town's
        # office named by two fields or more, as its bureaus are; wide48 Beijing's sub-district
        # offices; orgs51)
        rf"|(?:{fld})(?:和?(?:{fld})){{1,4}}办公室)"
        # (由司法局、法院、检察院共同开展…: 共同 after the list's last item; orgs22)
        # (文明委工作会议, 文明委各成员单位: its meeting or its members after it; orgs27)
        # (来到水利局进行督导, 到教育体育局调研: what the visit does there; orgs27b)
        r"(?=[、，。；：）)和及与等要负牵参召开作联分在对将把认印发组主的配会协共各]|以及|工作会|成员|$"
        r"|调研|进行|督导|督查|检查|视察|走访|察看|查看"
        # (…、交通局、政法委结合工作实际作了发言, …、政法委就…作表态发言: a list's last item before
        # what each body reports at a meeting; only after 、: _bare_bodies; dev gold; orgs49a)
        rf"|{alternation(_LIST_LAST_NEXT)}"
        # (，组织部（编办）做好…: the body's second name in brackets after it; orgs29)
        rf"|[（(][{CJK}]{{2,8}}[）)])"
    )


def _bare_bodies(doc: Doc) -> None:
    """org.bare: a body's kind written without its level where it is given a task."""
    text, r = doc.text, doc.r
    pat = per_gazetteers(r.g, "bare", _bare_body_re, r.g.bodies, r.g.org_names, r.g.org_fields)
    for m in pat.finditer("\n" + text):
        s, e = m.start(1) - 1, m.end(1) - 1
        if r.bare_post.match(text, e) is not None:
            continue  # 宣传部部长: the body opens a post
        if text.endswith(_LIST_OPENERS, 0, s) and text[e : e + 1] != "、":
            continue  # 有宣传部的…: only a list's first item after 有 / 包括
        if text[s - 1 : s] != "、" and text.startswith(_LIST_LAST_NEXT, e):
            continue  # 发挥人大就…: no list's last item (orgs49a)
        doc.add(s, e, "ORG", 0.55, 2, "org.bare")


# an outlet's WeChat or video account named in the article: 文明某某 before 微信公众号 / 公众号
# (关注某某网微信; a share widget's 文明某某 on its own line above 微信公众 / 抖音号: realdev11)
_ACCOUNT = re.compile(
    rf"(?:(?<=[{_ITEM_AFTER}“\"在过])|(?<=关注)|^)(文明[{CJK}]{{2,3}}?|聚焦[{CJK}]{{2,3}}?|(?!关注)[{CJK}]{{2,4}}?发布|(?!关注)[{CJK}]{{2,5}}?网)(?=[”\"]?\n?(?:微信公众号|公众号|官方微信|微信|视频号|抖音号))",
    re.M,
)
# 点击上方某某发布↑, 点击上方“某某”关注我们: the account a reposted page asks its reader to
# follow, by the kind its name ends in or quoted (orgs27)
_CLICK_ACCOUNT = re.compile(
    rf"点击上方(?:蓝字)?(?:“(?!蓝字)([{CJK}]{{2,8}})”|([{CJK}]{{2,6}}?(?:发布|新闻|融媒|在线|头条|网)))"
    r"(?=[↑↓\s，,!！]|关注|订阅|$)",
    re.M,
)
# a zone's administrative committee: 某某产业集中区管委会, 某某高新区党工委 (the zone's name, not
# only its unit, belongs to the body)
# (某市高新区（经开区）管委会: the zone's second name in brackets between it and its body,
# inside the one ORG; f45 both golds, wide45; orgs46)
_ZONE_ALIAS = rf"(?:[（(][{CJK}]{{0,4}}?(?:开发区|高新区|经开区|综保区|新区|园区)[）)])?"
_ZONE_BODY = re.compile(
    rf"(?:(?<=[{_ITEM_AFTER}])|^)((?:省|市|县|区|州|旗)?[{CJK}]{{1,8}}?(?:开发区|高新区|经开区|园区|集中区|新区|景区|片区|试验区|商圈)){_ZONE_ALIAS}(?:管委会|管理委员会|党工委|党委|管委|工委)(?![{CJK}]?[长任记员])",
    re.M,
)
# what opens a clause before a zone named by its kind (根据开发区党委…, 按照高新区党工委…; orgs31)
_ZONE_LEAD = re.compile(
    "根据|按照|依据|遵照|对照|贯彻|落实|执行|传达|代表|希望|要求|经过|通过|在|经|由|向|对|把|将|为|从"
)
_BARE_ZONE_PAIR = re.compile(
    rf"(?:(?<=[^{CJK}])|(?<=落实|贯彻|代表|按照|根据|执行|遵照|服从|支持)|^)党工委[、和]管委会"
    rf"(?![{CJK}]?[长任记员])",
    re.M,
)
# the same body after a verb (成立某某新区党工委, 希望某某新区党工委…): the zone's name is read
# from the known place inside it (places._gpe_start), the verb left out
_ZONE_KINDS = ("开发区", "高新区", "经开区", "集中区", "新区", "试验区")
_ZONE_BODY_ANY = re.compile(
    rf"([{CJK}]{{2,8}}?(?:{'|'.join(_ZONE_KINDS)})){_ZONE_ALIAS}(?:管委会|管理委员会|党工委|党委)"
    rf"(?![{CJK}]?[长任记员])"
)
# 到城郊管委会检查: a committee named by a word of its own after a visit's verb or a mark
# (在某某湖管委会与企业代表座谈: where a meeting is held; f46 both golds; orgs49a)
_NAMED_COMMITTEE = re.compile(
    rf"(?:(?<=[、，。；：\n（( 　])|(?<=到|进|入|往|导|查|研|在)|^)([{CJK}]{{2,3}}?)管委会"
    rf"(?![{CJK}]?[长任记员])",
    re.M,
)
# (与某市新港管委会座谈: a name of four or five opening with its city, after a mark, a connective
# or a visit's verb; the stem holds no function character, so a match tried at an earlier start
# does not hide it; orgs43)
_PLACED_COMMITTEE = re.compile(
    rf"(?:(?<=[、，。；：\n（( 　与和及])|(?<=到|进|入|往|导|查|研)|^)"
    rf"((?:(?![{''.join(sorted(_FUNCTION))}])[{CJK}]){{4,5}}?)管委会(?![{CJK}]?[长任记员])",
    re.M,
)
# 某某新区党工委、管委会: the committee after the zone's party body is the zone's too
# (开发区工委、管委: the working committee without 党, and the committee by its short form 管委,
# as the zones' own reports write them; session 38, orgs38)
_ZONE_PARTY = re.compile("(?:开发区|高新区|经开区|集中区|新区|园区)党?工?委(?=、)")
_ZONE_SECOND = re.compile(rf"、(管委会|管理委员会|管委(?!会))(?![{CJK}]?[长任记员])")


def _zone_start(text: str, s: int, e: int, g: Gazetteers) -> int | None:
    """Start of a zone's name ending at e, read from s on: a level or a known place opening it
    stays (市某某新区, 某某市某某新区), a clause before the known place inside it is left out
    (希望某某新区: 希望 is no part of the name); None where no name is found."""
    zs = _gpe_start(text, s, e, g)
    if zs is None:
        return None
    if zs > s:
        # 来宾市三江口新区: a known division written before the zone belongs to its name
        for n in (5, 4, 3):
            head = text[zs - n : zs] if zs - n >= s else ""
            if (
                head
                and head[-1] in "省市县区州"
                and (head in g.admin_full or head[:-1] in g.gpe_names)
            ):
                return zs - n
    return zs


# (某州委书记专题会议, 某县委书记第四次专题会议: the meeting the committee's secretary convenes on a
# subject, named after the committee and its head; both golds of f45; orgs46)
_SECRETARY_MEETING = re.compile("(?:第[一二三四五六七八九十0-9]{1,3}次)?专题会")


def _secretarys_meeting(text: str, post: re.Match[str]) -> bool:
    """The post read after a committee (书记) names the meeting its holder convenes (书记专题会议),
    no post: the committee stays a body."""
    return post.group() == "书记" and _SECRETARY_MEETING.match(text, post.end()) is not None


def _chairs_meeting(text: str, s: int, e: int, post: re.Match[str]) -> bool:
    """就市政协主席会专题协商, 区政协主席会议审议: the chairs' meeting of a CPPCC (主席会议, its
    standing organ's meeting, as 主任会议 is a congress's) names no post: the CPPCC stays a body
    (f47 gold; orgs49a)."""
    return (
        post.group() == "主席"
        and text.endswith("政协", s, e)
        and text.startswith("会", post.end())
        and _heads_meeting(text, post.end())
    )


def _heads_meeting(text: str, e: int) -> bool:
    """A post read up to e names a meeting of its holders (主任会, 主任会议), not a post: 会见 /
    会同 / 会商 / 会签 after a post are the holder's acts. (全国文明办主任会议: the offices of a
    whole level meeting, none named; 某某指挥部指挥长会议: only 主任 is read so, a long group's
    name before other heads' meetings runs over the clause.)"""
    return text.startswith("会", e) and text[e + 1 : e + 2] not in ("见", "同", "商", "签")


# campaigns named after a place (健康某某, 平安某某建设): resources/gazetteers/rule_words.json
_CAMPAIGN_PLACE = re.compile(f"(?:{alternation(rule_words()['campaign_place_heads'])})")


def _campaign_place_start(
    text: str, s: int, e: int, g: Gazetteers, doc_stems: set[str]
) -> int | None:
    """Start of 健康某某建设领导小组 read from s to e: the last campaign head in it, or just
    before it (平安某某县建设领导小组 is matched from the county's level), followed by a place
    the gazetteers or the article know, or by a name with its unit before 建设; None when
    there is none or it is s itself."""
    lo = s
    while lo > max(0, s - 8) and _is_cjk(text[lo - 1]):
        lo -= 1
    for m in reversed(list(_CAMPAIGN_PLACE.finditer(text, lo, e))):
        k = m.end()
        for n in (4, 3, 2):
            name = text[k : k + n]
            if k + n >= e:
                continue
            stem = name.rstrip("市县区州旗") if n > 2 else name
            if (
                name in g.admin_full
                or stem in g.gpe_names
                or stem in doc_stems
                or (n > 2 and name[-1] in "市县区" and text.startswith("建设", k + n))
            ):
                return m.start() if m.start() != s else None
    return None


# a site's masthead in the page's chrome: a name closed by 网 standing alone between spaces, line
# breaks, a source's colon or a breadcrumb's marks (稿源： 某某北方网 作者：…, 您当前的位置 ： 文明网 >>,
# 欢迎来到某某分类信息网, a line 某某文明网  2024年…); orgs26, (b): on the 953 development pages
# 87 such tokens were read already, 11 not (10 of them sites)
# (某某网/某某新闻客户端讯, a masthead 某某网/某某客户端: the site and its app joined by a slash;
# f45 both golds, wide45; orgs46b)
_CHROME_SITE = re.compile(
    # (某某地区第一门户网站--某某网, 。Jps某某网|www.…: the site's name after its slogan's
    # dashes or a watermark's Latin letters; 某某网欢迎您: its greeting; dev gold; orgs48b)
    # (【某某网】 alone on its line: the site's name in brackets heading the page; f47 gold,
    # orgs49b)
    r"(?:^|(?<=[ \t\u3000：:>|/／\-－—A-Za-z])|(?<=欢迎来到)|(?<=欢迎访问)|(?<=欢迎光临)|(?<=^【))"
    r"([\u4e00-\u9fff]{2,11}网)"
    r"(?=[ \t\u3000\n>|/／_\-—]|欢迎|$|】[ \t\u3000]*$)",
    re.M,
)


# (智能电网, 城市管网, 织密防护网: a grid, a pipe network or a net, no site)
_NOT_SITE_ENDS = frozenset(
    "电网 管网 天网 法网 渔网 上网 联网 路网 水网 河网 光网 织网 护网 围网 滤网 球网 蛛网 组网 入网 漏网".split()
)


_WEB_GROUP_NEXT = re.compile(r"[ \t\u3000\n>|/_\-—]|$", re.M)
_APP_LINE = re.compile(rf"^[ \t\u3000]*(([{CJK}]{{2,8}}?)(?:APP|App))[ \t\u3000]*$", re.M)
# (下载APP, 手机APP: the kind of app, none named)
_NOT_APP_NAMES = frozenset(("下载", "下載", "手机", "手機", "官方", "打开", "打開", "新闻", "新聞"))
_MAGAZINE = re.compile(rf"《([{CJK}]{{1,10}})》(?=杂志)")
_OPEN_APP = re.compile(rf"打开([{CJK}]{{2,6}}?(?:新闻|客户端|APP|App|app))[ \u3000]*查看")


_READER_ACTIONS = ("关注", "登录", "访问", "进入", "打开", "下载", "返回")
# 2023-11-08 18:16  某某在线  11月6日…, 08:29:49 中国某某报  来自…: the source slot of a page's
# header, the outlet named right after the time the page was published, alone between spaces,
# closed by an outlet's kind (org_outlet_kinds.txt; a name or a button there, 编辑, 分享, has
# none; both f46 golds, dev gold; orgs47b)
_STAMPED_OUTLET = re.compile(
    rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t\u3000]+"
    rf"([{CJK}]{{1,8}}?(?:{alternation(_OUTLET_KINDS)}))(?=[ \t\u3000]|$)",
    re.M,
)


def _stamped_outlets(doc: Doc) -> None:
    """org.named: an outlet in a page header's source slot, after the time (_STAMPED_OUTLET)."""
    text = doc.text
    for m in _STAMPED_OUTLET.finditer(text):
        name = m.group(1)
        # (在 of 在线, online, is the kind's own)
        if not any(c in _FUNCTION for c in name.replace("在线", "")) and name[0] not in "本转该我":
            doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")


def _mastheads(doc: Doc) -> None:
    """org.named: a site's name closed by 网 standing alone in the page's chrome."""
    text = doc.text
    # (a match opens 2 to 11 characters before its 网, and looks behind at every character of
    # the text before it: tried where a 网 is within reach, ~1.6 a page)
    for m in _tried_at(_CHROME_SITE, text, _opening_before(text, ("网",), 2, 11)):
        name = m.group(1)
        # (转自本网, 本网: the site itself, unnamed; 电网, 互联网: no site)
        # (某某都市网: a function character inside a word of the name is the name's; orgs48b)
        if (
            name[0] in "本转该我"
            or _clause_in_field(name)
            or name[:-1] in common_words()
            or name[-3:] in _NOT_SITES
            or name[-2:] in _NOT_SITE_ENDS
        ):
            continue
        # 某某视窗官网-…: the outlet's official site, the outlet is the name before it (orgs27)
        end = m.end(1) - 2 if name.endswith("官网") and len(name) >= 4 else m.end(1)
        # (关注某某网 微博 Qzone, 登录某某网: the reader's action on the site in its share bar
        # or its header is no part of the name; dev gold, wide45; orgs47b)
        start = m.start(1)
        # (欢迎登录某某网: the greeting before the action; wide47; orgs49b)
        if name.startswith("欢迎") and name[2:].startswith(_READER_ACTIONS) and end - start >= 7:
            start += 2
            name = name[2:]
        if name.startswith(_READER_ACTIONS) and end - start >= 5:
            start += 2
        doc.add(start, end, "ORG", 0.6, 3, "org.named")
    # 中国文明网 / 某省文明网群 / 某市文明网: a group of sites is the outlet, 群 with it (orgs29)
    if "网群" in text:
        for c in doc.cands:
            if (
                c.label == "ORG"
                and text.startswith("网群", c.end - 1)
                and _WEB_GROUP_NEXT.match(text, c.end + 1) is not None
            ):
                c.end += 1


# The frames a site's or an app's software writes around the outlet's name in the page's chrome,
# whatever the site (f45, f47, f49 golds, dev gold; orgs50):
# - a forum's masthead, 某市论坛, alone between chrome marks (欢迎光临 某某论坛 （http…, a line
#   某某论坛 before 作者：), its name opening with a place the gazetteers know (农资论坛 in a
#   menu is a section, no outlet);
# - an account posting to a forum, 某某新闻 发表于 2020-…, closed by an outlet's kind (a
#   person's user name is none);
# - an app to download, 更多资讯，下载某某新闻, closed by an outlet's kind, at the line's end;
# - a mini program shared through a messenger: 某某小程序 长按进入，阅读更多某某内容.
_FORUM_OPEN = frozenset(" \t\u3000\n>|/／-—：:")
_FORUM_NEXT = re.compile(r"[ \t\u3000\n>|/／_\-—（(]|$", re.M)
_FORUM_GREETINGS = ("欢迎光临", "欢迎来到", "欢迎访问")
_CHROME_KINDS = ("新闻", "网", "发布", "融媒", "在线", "日报", "频道", "视窗", "头条", "论坛")
_POSTED_BY = re.compile(
    rf"(?:^|(?<=[ \t\u3000]))([{CJK}]{{2,8}}?(?:{alternation(_CHROME_KINDS)}))[ \t\u3000]+发表于",
    re.M,
)
_APP_TO_DOWNLOAD = re.compile(
    rf"下载([{CJK}]{{2,8}}?(?:新闻|客户端|头条))(?=[ \t\u3000]*$)",
    re.M,
)
_MINI_PROGRAM = re.compile(
    rf"(?:^|(?<=[ \t\u3000×]))([{CJK}]{{2,8}}?)小程序(?=[ \t\u3000]|$)", re.M
)
_READ_MORE = re.compile(rf"阅读更多([{CJK}]{{2,8}}?)内容")
# (微信小程序, 打开小程序: the platform or the reader's action, no outlet)
_NOT_PROGRAM_WORDS = ("微信", "支付宝", "百度", "官方", "使用", "相关", *_READER_ACTIONS)
_CHROME_FRAME_CUE = re.compile(words_cue(("论坛", "发表于", "下载", "小程序")))


def _chrome_frames(doc: Doc) -> None:
    """org.named: an outlet named in a frame of the page's chrome (the comment above)."""
    text, g = doc.text, doc.r.g
    if "论坛" in text:
        for k in _occurrences(text, "论坛"):
            if _FORUM_NEXT.match(text, k + 2) is None:
                continue
            lo = k
            while lo > max(0, k - 6) and _is_cjk(text[lo - 1]):
                lo -= 1
            for greeting in _FORUM_GREETINGS:
                if text.startswith(greeting, lo) and k - lo > len(greeting) + 1:
                    lo += len(greeting)
                    break
            else:
                if lo and text[lo - 1] not in _FORUM_OPEN:
                    continue
            name = text[lo:k]
            if not any(_known_place(name[:n], g, set()) for n in (2, 3, 4) if n <= len(name)):
                continue
            doc.add(lo, k + 2, "ORG", 0.6, 3, "org.named")
    if "发表于" in text:
        for m in _POSTED_BY.finditer(text):
            if not any(c in _FUNCTION for c in m.group(1)):
                doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")
    if "下载" in text:
        for m in _APP_TO_DOWNLOAD.finditer(text):
            if not any(c in _FUNCTION for c in m.group(1)) and m.group(1) not in _NOT_APP_NAMES:
                doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")
    if "小程序" in text:
        programs = set()
        for m in _MINI_PROGRAM.finditer(text):
            name = m.group(1)
            if (
                not any(w in name for w in _NOT_PROGRAM_WORDS)
                and not any(c in _FUNCTION for c in name)
                and name not in common_words()
            ):
                programs.add(name)
                doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")
        # (阅读更多某某内容: the program's name again in its invitation to read on; 阅读更多精彩
        # 内容 names none)
        for m in _READ_MORE.finditer(text):
            if m.group(1) in programs:
                doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")


def _may_extend(text: str, e: int) -> bool:
    """May find_orgs move the end e of a body past its kind (县委办公室, 市委督查组, 县公安局
    交警大队, 县委机关, 镇人大主席团: the steps after the place is read)? False only where none
    of them can, whatever the body's start."""
    return (
        text[e - 1] in "办部组局厅队所院"
        or text.startswith(("第", "机关", "主席团"), e)
        or _INSPECT_GROUP.match(text, e) is not None
        or (text[e - 1] == "委" and _STUDY_GROUP.match(text, e) is not None)
    )


# (what follows 学区 where it is a school's catchment area, no body: 学区房, 学区内, 学区制)
_CATCHMENT_NEXT = frozenset("房内制划")

# the words find_orgs' rarer readings are looked for behind, each set one search (words_cue: a
# TextGate's memchr for each word's rarest character, not a pass over the text for each word)
_FELLOWS_CUE = re.compile(words_cue(_FELLOWS_BODY))
_ACCOUNT_CUE = re.compile(words_cue(("微信", "公众号", "视频号", "抖音号")))
_LISTED_COMPANY_CUE = re.compile(words_cue(("公司", "集团", "物业")))
_LEVEL_LIST_CUE = re.compile(words_cue(("、政", "、法院", "、检察院", "、人大")))
_SET_UP_CUE = re.compile(words_cue(("成立", "组建", "设立")))
_FINANCIAL_CUE = re.compile(words_cue(("分社", "支行", "分行")))
_APP_CUE = re.compile(words_cue(("APP", "App")))
_CORPS_CUE = re.compile(words_cue(("兵团", "兵师")))


def find_orgs(doc: Doc) -> None:
    """org.grammar, org.central, org.place_kind, org.named, org.abbrev"""
    text, r = doc.text, doc.r
    g = r.g
    # 某市某省某市商会: a body of fellow townsmen named by the places they come from and live
    # in is one ORG (the places inside it are dropped by places.drop_outlet_places; the name
    # opens at a boundary; session 33, orgs35)
    if _FELLOWS_CUE.search(text) is not None:
        for a, k in _fellows_bodies(text, doc.cands, g):
            # (欢迎进入某市某省某市商会: a run of two places or more is a name wherever it stands)
            if k - a < 4 and a and _is_cjk(text[a - 1]) and text[a - 1] not in _NAME_START_AFTER:
                continue
            body = next(b for b in _FELLOWS_BODY if text.startswith(b, k))
            doc.add(a, k + len(body), "ORG", 0.6, 3, "org.named")
    # (a text without the last words of a long body is read by the pattern that leaves them out:
    # the same matches, at any place of the text; common.may_hold_long_body)
    org = r.org if may_hold_long_body(text) else r.org_short()
    matches = list(org.finditer(text))
    i = 0
    while i < len(matches):
        m = matches[i]
        i += 1
        s, e = m.start(), m.end()
        if text[e - 1] == "社" and text[e : e + 1] == "区":
            continue  # 来到新华社区: a community (社区), no agency (session 28, places28)
        if text.endswith("党组", s, e) and text[e : e + 1] == "织":
            continue  # 居民区党组织书记: a party organisation (党组织), no 区党组 (session 33, orgs35)
        # 鼎城区城管局: 城区 is a word, but not where the gazetteer knows the district (成都市文明办:
        # nor 都市 where it knows the city; realdev11)
        if (
            not _level_ok(text, s)
            # (共青城市人大常委会, 阿拉山口市政府: a name of four or five the gazetteer knows;
            # orgs26)
            and not (
                text[s] in "区市县" and any(text[s - n : s + 1] in g.admin_full for n in (2, 3, 4))
            )
            # 工业园区交警大队: the zone's own unit (园区 is a word)
            and not (text[s] == "区" and text.endswith(_ZONE_HEADS, 0, s))
        ):
            # 全市创建卫生城市工作指挥部: the level's reach (全市) before a group named by its
            # campaign; the group opens after it, as 全市创建…督查考核组 does (dev31 gold B, dev32
            # both golds; orgs32)
            # (全县爱卫会成员单位: a body the list of names holds, after the level's reach)
            if (
                s
                and text[s - 1] == "全"
                and (
                    (
                        text.startswith(_CAMPAIGN_OPENERS, s + 1)
                        and text.endswith(_LONG_KINDS, s, e)
                        and not any(c in "了的着及" for c in text[s + 1 : e])
                    )
                    or text[s + 1 : e] in g.org_names
                )
            ):
                doc.add(s + 1, e, "ORG", 0.6, 2, "org.grammar")
            continue
        # 市、区、街道办事处 / 三级爱卫会, 各级爱卫办: a body after a list of bare levels or a
        # count of levels is every level's, none named (session 14 audit)
        if (
            (
                s >= 2
                and text[s - 1] == "、"
                and text[s - 2] in "省市县区镇乡"
                and (s == 2 or text[s - 3] in "、，。：；（(\n")
            )
            or (
                # 成立街道、社区（村居）创建工作领导小组: a group after a list of bare levels, the last
                # with its gloss in brackets, is every level's (orgs17)
                s >= 4
                and text[s - 1] in "）)"
                and _LEVELS_GLOSSED.search(text[max(0, s - 14) : s]) is not None
            )
            or (
                # 各区（市）县政府, 各县（市、区）政府: every level's body, the levels glossed in
                # brackets after 各 (orgs22)
                s >= 4
                and text[s - 1] in "）)"
                and _EVERY_GLOSSED.search(text, max(0, s - 10), s) is not None
            )
            or (
                # (县级融媒体中心 is left to the rules before: a level's rank, no count; 三地禁毒办:
                # a count of places, every place's office; orgs46)
                s >= 2
                and text[s - 1] in "级地"
                and text[s - 2] in "各两三四五六七八九十几多"
                and text[s] not in "省市县区镇乡"
            )
        ):
            continue
        # 某某县爱卫服务中心联合县创文巩卫工作指挥部: two bodies joined by 联合 / 会同 (a long
        # name read across the verb); the second is read again from its level
        j = _JOINT.search(text, s + 2, e)
        if j is not None:
            second = org.match(text, j.end())
            if second is not None:
                matches.insert(i, second)
            e = j.start()
        # 某某区政协组织部分委员, 区政协委员: the body's last character opens a word with the
        # next one (部分, 委员); the body ends before that character
        if e - s == 2 and text[e - 1 : e + 1] in _BARE_FEDERATION_WORDS:
            continue
        # 在县委常委会议室座谈: 常委会 + 议 is the standing members' meeting room (常委 + 会议室);
        # the body is the committee before 常委 (orgs31)
        room = text.endswith("委常委会", s, e) and text.startswith("议室", e)
        if room:
            if e - 3 - s < 2:
                continue
            e -= 3
        # 省委政法委员会全体会议: a body read by its short form in 委 (政法委) before 员会 is
        # written in full (委员会), one body; not a level's 委 alone (某县委员会: the party's or
        # the CPPCC's full names, read by their own rules; wide45, orgs49a)
        if (
            text[e - 1] == "委"
            and text.startswith("员会", e)
            and e - s >= 4
            and text[e - 2] not in _UNIT_LEVELS
        ):
            e += 2
        if text[e - 1 : e + 1] in _BODY_END_WORDS or (
            # 县安委会议, 安委会议: the committee's meeting (会议), the committee its short form
            # without 会, read by the abbreviations' rule (orgs39)
            # (县委常委会议 stays as it was read: the standing committee's meeting)
            text[e - 1 : e + 1] == "会议"
            and text.endswith("委会", s, e)
            and not text.endswith("常委会", s, e)
        ):
            shorter = org.match(text, s, e - 1)
            if shorter is None or shorter.end() - s < 3:
                continue
            e = shorter.end()
        # 站前街道东晨小区和市委小区: an estate named after the committee (its staff's housing)
        # is a place, no body (session 16 audit)
        if text.startswith(("小区", "家属院", "家属区", "宿舍", "广场"), e):
            continue
        # 县学区房, 镇学区内: the area a school serves (its housing, what lies in it), no town's
        # education office (org_level_kinds.txt 学区; orgs46)
        if text.endswith("学区", s, e) and text[e : e + 1] in _CATCHMENT_NEXT:
            continue
        # 落实创城办公场所: 办公 is a word (office premises, funds), no 创城办 before it; the
        # office itself is 创城办公室 (session 13 audit)
        # (中央文明办公布的…, 市文明办公开征集: 公布 / 公开 / 公示 / 公告 are the office's act;
        # orgs25, (b))
        if (
            text[e - 1 : e + 1] == "办公"
            and text[e + 1 : e + 2] not in ("室", "厅")
            and (text[e : e + 2] not in _OFFICE_ACTS or text[e + 2 : e + 3] == "办")
        ):
            continue
        # 某某省人大代表: a deputy to the congress, a post of its own, no body
        if text.endswith("人大", s, e) and text.startswith("代表", e):
            continue
        seg = text[s:e]
        # 某县争创某某推进会暨创城领导小组工作会议: a joint meeting's name, the group after 暨
        # is part of it, no body of its own (orgs27b)
        if "会暨" in seg:
            continue
        # 市政协领导率督查组督查…: the body's heads lead a team; the body ends before them
        # (a name holds no verb of leading; orgs27b)
        led = _LED_BY.search(seg)
        if led is not None:
            shorter = org.match(text, s, s + led.start())
            if shorter is None or shorter.end() - s < 3:
                continue
            e, seg = shorter.end(), text[s : shorter.end()]
        # (市委书记, 县委副书记: most bodies the grammar reads open a post, and end here; what
        # follows moves only the start, or the end where _may_extend says so, and drops the
        # body whatever the start where a post other than 主任 follows: tested first, the
        # place before the level is not read for it; session 35)
        post_at, post = e, None if room else r.bare_post.match(text, e)
        if (
            post is not None
            and post.group() != "主任"
            and not _may_extend(text, e)
            and not _secretarys_meeting(text, post)
            and not _chairs_meeting(text, s, e, post)
        ):
            continue
        # 区人大常委会各工委主任: the heads of each of the body's own units, a generic post the
        # body is part of, names none of them (both golds of dev40; orgs39)
        if text.startswith("各", e) and _EVERY_UNIT_POST.match(text, e) is not None:
            continue
        # 成立以市长为组长的健康某某建设领导小组: the group is named after a campaign for a
        # known place (健康某某, 平安某某); the clause before it is no part of the name
        if text.endswith(_LONG_KINDS, s, e):
            cs = _campaign_place_start(text, s, e, g, doc.doc_stems)
            if cs is not None:
                s, seg = cs, text[cs:e]
        # 镇里成立某某提升领导小组, 某镇成立了某某工作指挥部: a verb of setting up read into
        # the group's name; the name opens after the verb (as 成立创城办公室, orgs24), where a stem
        # of its own (four characters or more) stands before the kind (成立领导小组, 成立创建指挥部:
        # a group named by its kind, none; 成立以市长为组长的…: the campaign's group below; orgs31)
        setup = (
            max((seg.rfind(w) + len(w) for w in _SET_UP_VERBS if w in seg), default=-1)
            if text.endswith(_LONG_KINDS, s, e)
            else -1
        )
        if setup >= 0:
            setup += seg.startswith("了", setup)
            kind = next(k for k in _LONG_KINDS if seg.endswith(k))
            stem = seg[setup : len(seg) - len(kind)]
            if len(stem) < 4 or any(c in _FUNCTION for c in stem) or stem[0] in "以由":
                continue
            s, seg = s + setup, seg[setup:]
        # 街道班子成员分组带领工作专班深入…: the body's members leading a team, a clause read
        # as the team's long name (a group is led by its head, never named after a leader; orgs43)
        if text.endswith(_LONG_KINDS, s, e) and any(w in seg for w in _LEADING_VERBS):
            continue
        # 市房产局组成了多部门参与的工作领导小组: a clause read as a group's long name (a
        # name holds no 了 / 的 / 着, nor 及 joining two items: 街道及第二分指挥部)
        if text.endswith(_LONG_KINDS, s, e) and (
            any(c in "了的着及" for c in seg)
            # (县乡村振兴五大分指挥部牵头单位: a count before the kind, several bodies, none
            # named; f45 gold; orgs47a)
            or _COUNTED_KIND.search(seg) is not None
            # (省里决定派工作组, 县里随即派出工作组: a decision to send a group, none named;
            # dev43 both golds)
            or any(w in seg for w in _SENDING_WORDS)
        ):
            continue
        # 街道有关科室要加强与区创文领导小组办公室的沟通: a clause read back to an earlier level;
        # a preposition right before a level opens the body it names (session 28, places28)
        if text.endswith(_LONG_KINDS, s, e):
            k = max(seg.rfind(p + lv) for p in "与同向对" for lv in "省市县区镇乡")
            if k < 0:
                # 某市组织收听收看省推动…领导小组会议: a verb of the clause right before a later
                # level opens the body the same way (audit44)
                fw = function_words()
                k = max(
                    (
                        i - 1
                        for i in range(3, len(seg) - 4)
                        if seg[i] in "省市县"
                        and seg[i - 2 : i] in fw
                        # (推进城市…: the level closes a word, no level; 创建省级…: the honour's
                        # rank)
                        and seg[i + 1] != "级"
                        and not jieba_tokenizer().FREQ.get(seg[i - 1 : i + 1])
                    ),
                    default=-1,
                )
            if k > 0:
                s, seg = s + k + 1, seg[k + 1 :]
                if e - s < 4:
                    continue
        passive = seg.rfind("被")
        if passive >= 0:
            # 我县被某市精神文明建设指导委员会评为…: the body is the agent after 被, not the
            # level before it (session 15 audit)
            s, seg = s + passive + 1, seg[passive + 1 :]
            if e - s < 4:
                continue
        if text[s] == "州" and text[s + 1 : s + 2] in ("市", "区", "县"):
            # 溱州市…领导小组: 州 ends the city's name, the level is 市 (通州区…领导小组: a
            # district's, 区; orgs43)
            s += 1
        elif (
            text.startswith("市政", s) and s and text[s - 1] in "省县区" and _level_ok(text, s - 1)
        ):
            s -= 1  # 区市政园林局: the level is 区, 市政 opens the bureau's name
        cut = max(seg.rfind(v) for v in _MEETING_VERBS)
        if cut >= 0:
            # 某市召开创建…领导小组会议: the body is what follows the verb
            s += cut + 2
            # (某镇召开四季度安全生产委员会全体会议: the meeting's period before the body is no
            # part of its name; wide47, orgs47a)
            period = _MEETING_PERIOD.match(text, s)
            if period is not None:
                s = period.end()
            if e - s < 4:
                continue
        else:
            # 度假区交警大队, 工业园区交警大队: the zone, not a district, is the body's level
            if text[s] == "区" and text.endswith(_ZONE_HEADS, 0, s):
                s -= next(len(h) for h in _ZONE_HEADS if text.endswith(h, 0, s))
            # 市区创卫办, 黄冈市区创卫办: the city's urban district (市区) is the level, not 区
            # (orgs17)
            if text[s] == "区" and s and text[s - 1] == "市" and e - s <= 6:
                before = text[s - 2] if s >= 2 else "\n"
                if not _is_cjk(before) or before in _PUNCT_BOUNDARY or before in "和及与对由":
                    s -= 1
                elif extend_gpe_prefix(doc, s - 1) < s - 1:
                    s -= 1
            s = _org_place_start(doc, s)
            # 青禾区政务服务中心 after a list's mark: a unit named by its field and its kind of
            # centre or station whose place was not read stays with the rules for listed units
            # (the level is the tail of an unread place's name; orgs21)
            if (
                text.endswith(_FIELD_UNIT_KINDS, s, e)
                and text[m.start()] in "省市县区州旗镇乡"
                and text[m.start() + 1 : e] not in g.org_names
                and text[m.start() + 1 : e] not in g.bodies
                and s
                and _is_cjk(text[s - 1])
                and text[s - 1] not in _NAME_START_AFTER
                and text[s - 1] not in _ITEM_AFTER
            ):
                continue
            # 成立了创建省级文明城市工作领导小组: the campaign's verb opens the group's name,
            # and its office's (创建全国文明城市工作领导小组办公室 opening a line or a clause:
            # 全国 is the honour's level, no body of the nation; session 33, orgsq33)
            if text.endswith(("创建", "争创"), 0, s) and text.endswith(_CAMPAIGN_GROUPS, s, e):
                s -= 2
            # 普洱创建全国文明城市指挥部: the bare name of a known place before the campaign's
            # verb opens the group's name (a name sits inside the longer one; realdev12)
            if text.endswith(_CAMPAIGN_GROUPS, s, e):
                s = _place_before_campaign(text, s, g, doc.doc_stems)
        if text[e - 1] == "办" and text.startswith(("公室", "公厅"), e):
            # 县委办公室: the body's short form 委办 read as far as 办 (省政府办公厅 likewise: a
            # general office of a province's committee or government; dev43 both golds)
            e += 2

        elif text.endswith(("指挥部", "领导小组"), s, e):
            hq = _HQ_SUB.match(text, e)
            # (市创城指挥部各工作组: the groups of every kind are no one body's name; orgs37)
            if (
                hq is not None
                and hq.end() > e
                and "各" not in hq.group()
                and not any(c in _FUNCTION for c in hq.group())
                and r.bare_post.match(text, hq.end()) is None
            ):
                e = hq.end()
        elif (
            text.endswith(_CAMPAIGN_OFFICES, s, e)
            and (grp := _OFFICE_GROUP.match(text, e)) is not None
            and not any(c in _FUNCTION for c in grp.group())
            # (区创城办三个业务组: the office's groups counted are its parts, none named; orgs25)
            and not any(w in grp.group() for w in _GROUP_SENT)
            and r.bare_post.match(text, grp.end()) is None
        ):
            e = grp.end()  # 市创城办社区小区组: a campaign office's working group (session 16)
        elif (
            # 县创建办督导组, 县政协视察组: an office's or a CPPCC's group too (GUIDELINES: the
            # longest name; the blind annotators tag it whole; orgs17); 某某市人大常委会督导组,
            # the congress's (session 16 audit, audgpe17)
            # (某市安委会安全生产专项巡查组: a committee by its short form in 会 too, its
            # group named by a field of up to six; both golds of f45; orgs46)
            text.endswith(("委", "政府", "办", "政协", "会"), s, e)
            and (grp := _INSPECT_GROUP.match(text, e))
            # (市政府将组织督查组: a clause before the group, which the body sends; session 14;
            # a function character standing as a word of its own, not one inside a word of the
            # field: 安全生产专项巡查组; orgs46)
            and not _clause_in_field(grp.group())
            and "组织" not in grp.group()
            # (市政协领导率督查组: the body's heads lead the group; orgs27b)
            and _LED_BY.search(grp.group()) is None
            # (镇政府派出四个检查组: the body sends groups, counted; orgs18)
            and not any(w in grp.group() for w in _GROUP_SENT)
        ):
            e = grp.end()  # 省委督查组, 省政府环保督查组: the body's inspection group is one body
        elif text.endswith(("委", "党组"), s, e) and (study := _STUDY_GROUP.match(text, e)):
            e = study.end()  # 县委中心组, 区政府党组理论学习中心组: the body's study group (orgs17)
        sub = _SUB_UNIT.match(text, e)
        section = _SECTION.match(text, e) if text[e - 1] == "局" else None
        if sub is not None:
            e = sub.end()  # 市纪委监委第三监督检查室: a numbered office of the body
        elif section is not None and not any(c in _FUNCTION for c in section.group()):
            e = section.end()  # 市城管局市容科: a bureau's section is one body with it
        elif (
            text[e - 1] in "厅局"
            and (division := _DEPT_DIVISION.match(text, e)) is not None
            and not _clause_in_field(division.group()[:-1])
            # (a bureau's division of up to six characters; 县公安局开展专项整治取得实效的一处…
            # is a clause; orgs48a)
            and (text[e - 1] == "厅" or len(division.group()) <= 6)
        ):
            # 省应急管理厅危险化学品安全监督管理处: a department's division is one body with it
            # (GUIDELINES: the full form; wide46, orgs46); a city bureau's too (某市住建局村镇处,
            # 某某海事局某某海事处; dev46 gold; orgs48a)
            e = division.end()
        elif (
            text[e - 1] == "局"
            and (centre := _COMMAND_CENTRE.match(text, e)) is not None
            and r.bare_post.match(text, centre.end()) is None
        ):
            e = centre.end()  # 市公安局指挥中心: the bureau's command centre (orgs34)
        elif (unit_end := _named_sub_unit(text, s, e)) > e:
            e = unit_end  # 省文旅厅某某产业发展办公室: a unit named under the body (orgs49a)
        elif text.endswith(("公安局", "公安分局"), s, e):
            police = _POLICE_UNIT.match(text, e)
            if police is not None:
                e = police.end()  # 县公安局交警大队: the brigade of the bureau is one body
        elif text.endswith("支队", s, e):
            brigade = _NAMED_BRIGADE.match(text, e)
            if brigade is not None and not any(c in _FUNCTION for c in brigade.group()):
                e = brigade.end()
        # 市交通运输局机关党委, 某某局党组: the body's own party organ is one body with it
        # (not a level's: 县委党委 is no form; 街道党工委 is read whole above)
        if text[e - 1] in "局厅队所院" and text.startswith(("党", "机关党"), e):
            own = _OWN_PARTY.match(text, e)
            if own is not None:
                e = own.end()
        # 市政协机关全体干部, 县委机关: the body's organ (its staff and offices) is one body with it
        # (not 机关党委 / 机关事务局 / 机关工委, bodies of their own; orgs17)
        elif (
            text.startswith("机关", e)
            # (市人大常委会机关: the standing committee's organ; orgs26)
            and (text.endswith(("政协", "人大", "政府", "常委会"), s, e) or text[e - 1] == "委")
            and not text.startswith(("机关党", "机关事务", "机关工委", "机关作风", "机关效能"), e)
        ):
            e += 2
        # 某某镇人大主席团组织…: a town congress's presidium is one body with the congress (not
        # before its chair's post, which the titles read; orgs20)
        if (
            text.endswith("人大", s, e)
            and text.startswith("主席团", e)
            and r.bare_post.match(text, e + 3) is None
        ):
            e += 3
        # 团党委书记要…, 街道党工委书记要…: the body opens a post (GUIDELINES: the organisational
        # part of a title belongs to the title); with no name beside it the post is generic and
        # nothing is tagged, but the body is no ORG of its own either (某市文明办主任会: a
        # meeting of the heads, named after the body, is no post: the body stays; realdev12)
        if e != post_at:
            post = None if room else r.bare_post.match(text, e)
        if post is not None and not (
            (
                post.group() == "主任"
                and "全" not in text[max(0, s - 1) : s + 1]
                and _heads_meeting(text, post.end())
            )
            or _secretarys_meeting(text, post)
            or _chairs_meeting(text, s, e, post)
        ):
            continue
        # 创建全国新时代文明实践中心试点区: a programme named after a kind of body
        if text.startswith(("试点", "示范"), e):
            continue
        # 各县文明办, 各地文明委, 各级创文办: every body of a kind, none named (各市州党委: the
        # levels of 各 run on)
        if text.endswith(("各", "各地", "各级"), 0, s) or _EVERY_LEVEL.search(
            text, max(0, s - 3), s
        ):
            continue
        # 通过县区创城办, 由市县文明办: the offices of two levels together, none named
        # (session 16 audit, audall17)
        if s and text[s - 1 : s + 1] in _LEVEL_PAIRS:
            continue
        doc.add(s, e, "ORG", 0.7, 2, "org.grammar")
    # 中央和省委, 中央和自治区党委: the centre coordinated with a party committee
    if "中央" in text:
        for m in _CENTRAL.finditer(text):
            doc.add(m.start(), m.end(), "ORG", 0.7, 2, "org.central")
        for m in _CENTRAL_FOLLOWED.finditer(text):
            doc.add(m.start(), m.end(), "ORG", 0.7, 2, "org.central")
    for m in r.place_org_kind.finditer(text):
        k = m.start()
        # (某区学院路实验学校: a road named after the college, no college; orgs43)
        if text.endswith(("大学", "学院"), k, m.end()) and text[m.end() : m.end() + 1] in "路街道":
            continue
        # 提升某某县学校的软硬件水平: 学校 right after a level is the level's schools, none named;
        # 某某县新建学校11所: a count of schools after the kind names none either (wide46, orgs46b)
        # (某某中学和某县某某中学两所寄宿制中学: a count that opens a phrase of its own counts the
        # schools just named; f49 both golds, orgs50)
        if m.group().endswith(_SCHOOL_KIND) and (
            (m.group() == "学校" and text[k - 1 : k] in _SCHOOLS_LEVELS)
            or (
                (count := _SCHOOL_COUNT.match(text, m.end())) is not None
                and not _is_cjk(text[count.end() : count.end() + 1] or "\n")
            )
        ):
            continue
        lo = k
        while lo > max(0, k - 5) and _is_cjk(text[lo - 1]):
            lo -= 1
        # 、第三高级中学等地: a school named by its ordinal alone (its county's), right after a
        # mark, is a school named (wide47; orgs47b)
        if (
            lo == k
            and m.group().startswith("第")
            and m.group().endswith(_SCHOOL_KIND)
            and r.bare_post.match(text, m.end()) is None
        ):
            doc.add(k, m.end(), "ORG", 0.55, 2, "org.school")
            continue
        # 在县电视台: a preposition before the level opens the clause, not the name
        # (某某县在县中心医院召开: whatever the clause before it)
        if k - lo >= 2 and text[k - 2] in "在到和及与由对" and text[k - 1] in "省市县区州旗":
            lo = k - 1
        if k - lo >= 2 or (k - lo == 1 and text[lo] in "省市县区州旗镇乡"):
            ps = _place_start(text, lo, k, g, doc.doc_stems)
            if m.group().endswith(_SCHOOL_KIND):
                # 沭阳如东中学, 某县某某高级中学: a school named by its county and a name of its
                # own, which may be a place too (dev gold dev_009; orgs49b)
                ps = _county_school_start(text, lo, k, ps, g, doc.doc_stems)
            if ps is not None:
                end = m.end()
                # 某某中学实验学校, 某某中学附属小学: the school's own school is one body
                if m.group().endswith(_SCHOOL_KIND):
                    own = _OWN_SCHOOL.match(text, end)
                    if own is not None:
                        end = own.end()
                doc.add(ps, end, "ORG", 0.7, 2, "org.place_kind")
            elif (
                m.group().endswith(_SCHOOL_KIND) or m.group() == "融媒体中心"
            ) and r.bare_post.match(text, m.end()) is None:
                # 瓷都实验中学、青禾小学: a school whose name is no place
                ss = _school_start(text, k, len(m.group()) > 2 and m.group()[-2:] != "学校")
                if ss is not None:
                    rule = "org.outlet" if m.group() == "融媒体中心" else "org.school"
                    own = _OWN_SCHOOL.match(text, m.end()) if rule == "org.school" else None
                    end = m.end() if own is None else own.end()
                    if (
                        m.group() == "中学"
                        and text.startswith("生", end)
                        and text[k - 1] in "一二三四五六七八九十"
                    ):
                        end -= 1  # 某某一中学生: the pupils of 某某一中 (session 34, orgs37)
                    doc.add(ss, end, "ORG", 0.55, 2, rule)
    if _NUMBERED_SCHOOL_END.search(text) is not None:
        for m in _NUMBERED_SCHOOL.finditer(text):
            ss = _school_start(text, m.end() - 2, True)
            if ss is not None and ss >= m.start():
                doc.add(ss, m.end(), "ORG", 0.55, 2, "org.school")
    _placed_numbered_schools(doc)
    if "附属" in text or "附中" in text or "附小" in text:
        _own_schools_after(doc)
    if _SHORT_UNIVERSITY_CUE.search(text) is not None:
        _short_universities(doc)
    if "委员会" in text:
        _school_committees(doc)
    for m in _SHORT_FORM.finditer(text):
        if m.start() == 0 or text[m.start() - 1] in _SHORT_FORM_AFTER:
            rest = (
                _SHORT_LIST_REST.match(text, m.end())
                if text[m.end() : m.end() + 1] == "、"
                else None
            )
            if rest is not None and not any(
                _names_listed_body(item) for item in rest.group(1)[1:].split("、")
            ):
                continue
            doc.add(m.start(), m.end(), "ORG", 0.55, 2, "org.short_form")
    if "社区" in text:
        _community_bodies(doc)
    if "居委" in text:
        for m in _RESIDENTS_SHORT.finditer(text):
            stem = m.group(1)
            # (新乡居委: a level's character closing the name is the name's; f49 both golds,
            # orgs50)
            if (
                not any(c in _FUNCTION for c in stem)
                and stem[0] not in _STEM_BAD
                and not any(c in _STEM_BAD for c in stem[1:-1])
                and stem not in function_words()
            ):
                doc.add(m.start(1), m.end(), "ORG", 0.55, 2, "org.grammar")
    if "等" in text and "部门" in text:
        for m in _DEPT_LIST.finditer(text):
            p = m.start(1)
            items = m.group(1).split("、")
            if not any(_names_listed_body(item) for item in items):
                continue
            for k, item in enumerate(items):
                a = p
                if k == 0:
                    # the first item: the short form ending it, opened by a connective or a mark
                    w = next((w for w in (item[-2:], item[-4:]) if w in _SHORT_FORMS), None)
                    a = p + len(item) - len(w) if w is not None else -1
                    if a > 0 and text[a - 1] not in _DEPT_LIST_OPEN:
                        a = -1
                if a >= 0 and text[a : p + len(item)] in _SHORT_FORMS:
                    doc.add(a, p + len(item), "ORG", 0.55, 2, "org.short_form")
                p += len(item) + 1
    for m in _SMALL_BODY.finditer("\n" + text):
        stem = m.group(1)
        if (
            not any(c in _STEM_BAD for c in stem)
            # 市民中心, 县城中心, 市区垃圾站: a place or a venue, not a body
            and (stem[0] not in _GENERIC_HEAD_CHARS or stem.startswith("市政"))
            # 县级融媒体中心, 县直单位, 市属中心: a rank, not a body's name
            and stem[0] not in "级直属"
            and stem[-2:] not in _VENUE_STEMS
            # 市委、市政府站在…的高度: a body named whole before the verb 站 (session 14)
            and not stem.endswith(("政府", "人大", "政协"))
        ):
            doc.add(m.start(), m.end() - 1, "ORG", 0.55, 2, "org.abbrev")
    named = _named_orgs(text, r)
    if "煤矿" in text or "村委" in text or "村民委员会" in text:
        # 某镇的甲煤矿、某某乙村煤矿: a mine listed after its town's bare name (a place the place
        # rules read there) is named after the town; the town stays the GPE, the mine opens
        # after it (orgs46b)
        # (、某镇某某村委、, 某乡某某村村委会: so is a village's committee after its town; both
        # golds of f46 tag the town GPE and 某某村委 ORG; orgs47b)
        for c in named:
            if text.endswith(_TOWN_NAMED_UNITS, c.start, c.end):
                e = max(
                    (
                        p.end
                        for p in doc.cands
                        if p.label == "GPE" and p.start == c.start and p.end <= c.end - 4
                    ),
                    default=c.start,
                )
                c.start = e
    doc.cands.extend(named)
    _abbrev_orgs(doc)
    _bare_bodies(doc)
    if "网" in text:
        _mastheads(doc)
    if ":" in text:
        _stamped_outlets(doc)
    if _CHROME_FRAME_CUE.search(text) is not None:
        _chrome_frames(doc)
    # 第23期《某某》杂志刊发…, 《某某》杂志 + a byline: a magazine named in its title's marks is an
    # outlet, the name inside the marks (GUIDELINES.md: no span holds 《》), as 《某某日报》 is read
    # (wide45, wide46; orgs46b)
    if "》杂志" in text:
        for m in _MAGAZINE.finditer(text):
            doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")
    # 打开某某新闻 查看精彩图片: the portal's app a reposted page asks its reader to open (orgs29)
    if "打开" in text:
        for m in _OPEN_APP.finditer(text):
            if not any(c in _FUNCTION for c in m.group(1)):
                doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")
    # 某某APP on a line of its own in the page's chrome: the outlet's app (orgs38)
    if _APP_CUE.search(text) is not None:
        for m in _APP_LINE.finditer(text):
            if not (m.group(2) in _NOT_APP_NAMES or any(c in _FUNCTION for c in m.group(2))):
                doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")
    # both are rare: looked for only where their closing words occur at all
    if _ACCOUNT_CUE.search(text) is not None:
        for m in _ACCOUNT.finditer(text):
            doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")
    if "点击上方" in text:
        for m in _CLICK_ACCOUNT.finditer(text):
            k = m.lastindex or 1
            _drop_cands(doc, "GPE", m.start(k), m.end(k))
            doc.add(m.start(k), m.end(k), "ORG", 0.6, 3, "org.named")
    if "管委" in text or "工委" in text or "管理委员会" in text:
        zone_bodies = _ZONE_BODY.finditer(text)
    else:
        zone_bodies = iter(())
    zone_ends: set[int] = set()
    for m in zone_bodies:
        if not any(c in _FUNCTION for c in m.group(1)):
            # (a scenic area, a business circle: kinds _gpe_start does not read, kept whole)
            zs = _zone_start(text, m.start(1), m.end(1), g)
            if zs is None:
                # 根据开发区党委、管委会的部署: a preposition or a verb of following opening the
                # clause is no part of a zone named by its kind alone (orgs31)
                zs = m.start(1)
                while (lead := _ZONE_LEAD.match(text, zs)) is not None and lead.end() < m.end(
                    1
                ) - 2:
                    zs = lead.end()
            doc.add(zs, m.end(), "ORG", 0.65, 2, "org.grammar")
            zone_ends.add(m.end())
    if "管委会" in text or "党工委" in text or "管理委员会" in text or "工委、管委" in text:
        # (a match opens 2 to 8 characters before its zone's kind: tried there only)
        for m in _tried_at(_ZONE_BODY_ANY, text, _opening_before(text, _ZONE_KINDS, 2, 8)):
            if m.end() in zone_ends:
                continue
            zs = _zone_start(text, m.start(1), m.end(1), g)
            if zs is not None:
                doc.add(zs, m.end(), "ORG", 0.6, 2, "org.grammar")
                zone_ends.add(m.end())
        # 到城郊管委会某某社区检查, 督导某某管委会文明创建工作: an administrative committee
        # named by a word of its own (not a zone's kind), where a visit goes to it or opening a
        # clause (session 28, places28: dev28's golds, both)
        for m in (*_NAMED_COMMITTEE.finditer(text), *_PLACED_COMMITTEE.finditer(text)):
            a = m.start(1)
            if m.end() in zone_ends or any(
                c.start < m.end() and a < c.end for c in doc.cands if c.label == "ORG"
            ):
                continue
            stem = m.group(1)
            if any(c in _FUNCTION or c in "省市县区州旗镇乡村各全该本我其" for c in stem):
                continue
            # (a stem of four or five: a known place, then the zone's own name of two or more)
            if len(stem) > 3 and not any(
                (stem[:n] in g.gpe_names or stem[:n] in g.admin_stems) and len(stem) - n >= 2
                for n in (2, 3)
            ):
                continue
            _drop_cands(doc, "GPE", a, m.end())
            doc.add(a, m.end(), "ORG", 0.6, 2, "org.named")
            zone_ends.add(m.end())
        # 落实党工委、管委会的部署, 代表党工委、管委会: a zone's two bodies written bare in
        # its own report, after a mark or a verb of following (the zone named elsewhere; orgs31)
        if "党工委、管委会" in text or "党工委和管委会" in text:
            for m in _BARE_ZONE_PAIR.finditer(text):
                if r.bare_post.match(text, m.end()) is None:
                    doc.add(m.start(), m.start() + 3, "ORG", 0.6, 2, "org.grammar")
                    doc.add(m.end() - 3, m.end(), "ORG", 0.6, 2, "org.grammar")
        # 根据开发区党委、管委会的部署: the zone's party committee read by the grammar (a bare
        # zone names its level), then its administrative committee (session 13 audit)
        zone_ends.update(m.end() for m in _ZONE_PARTY.finditer(text))
        for e in zone_ends:
            second = _ZONE_SECOND.match(text, e)
            if second is not None:
                doc.add(second.start(1), second.end(1), "ORG", 0.6, 2, "org.grammar")
    # 某某网讯 / 某某在线讯 / 据某某发布: an outlet named in a dateline or as a source
    if _OUTLET_CUE.search(text) is not None:
        doc.cands.extend(
            Cand(m.start(m.lastindex or 1), m.end(m.lastindex or 1), "ORG", 0.65, 3, "org.named")
            for m in _OUTLET.finditer(text)
        )
    if "讯" in text or "电" in text or "消息" in text:
        for m in _OUTLET_PLACE_DATELINE.finditer(text):
            if _known_place(m.group(2), g, doc.doc_stems):
                # 某某网鸡西6月8日讯: the outlet, then its place (no ORG of the two together)
                a, b = m.start(1), m.end(2)
                _drop_cands(doc, "ORG", a, b, exact=True)
                _drop_cands(doc, "ORG", a, b + 1, exact=True)  # (某网某县站)
                doc.add(m.start(1), m.end(1), "ORG", 0.65, 3, "org.named")
                doc.add(m.start(2), m.end(2), "GPE", 0.6, 3, "gpe.doc_place")
    for m in _PLACE_OUTLET_KIND.finditer(text):
        k = m.start()
        for n in (5, 4, 3, 2):
            a = k - n
            if a < 0 or not _known_place(text[a:k], g, doc.doc_stems):
                continue
            if text.endswith("中国", 0, a):
                a -= 2
            if a == 0 or text[a - 1] in _OUTLET_OPEN:
                doc.add(a, m.end(), "ORG", 0.65, 3, "org.named")
                break
    for m in _CAMPAIGN_TEAM.finditer(text):
        if not (m.start() and text[m.start() - 1] in "全各本我该每"):
            doc.add(extend_gpe_prefix(doc, m.start()), m.end(), "ORG", 0.6, 2, "org.grammar")
    if "组" in text or "团" in text or "办公室" in text or "专班" in text:
        _place_teams(doc)
    for m in _CAMPAIGN_BODY.finditer(text):
        k = m.start()
        if r.bare_post.match(text, m.end()) is not None:
            continue
        for n in (4, 3, 2):
            a = k - n
            if a < 0 or not _known_place(text[a:k], g, doc.doc_stems):
                continue
            if text.endswith("首府", 0, a):
                a -= 2
            if a == 0 or text[a - 1] in _PUNCT_BOUNDARY:
                doc.add(a, m.end(), "ORG", 0.65, 2, "org.grammar")
                break
    if _LISTED_COMPANY_CUE.search(text) is not None:
        for m in _LISTED_COMPANY.finditer(text):
            stem = m.group(1)
            # (宜都高新投公司: a known place opens the name; 都 is a function character only
            # outside it)
            unplaced = next(
                (
                    stem[n:]
                    for n in (3, 2)
                    if len(stem) - n >= 2 and (stem[:n] in g.admin_stems or stem[:n] in g.gpe_names)
                ),
                stem,
            )
            if (
                not any(c in _STEM_BAD for c in unplaced)
                and stem[0] not in "各全每该本我这那其相有所一二两三四五六七八九十几多数某分子总"
                # (发挥居委会与物业公司等的作用: the kind of company, no name; session 33, orgs35)
                and stem not in _COMPANY_KINDS
                # 物业公司, 保洁服务公司: a kind of company, not a name (万家美公司 is one;
                # 丰源担保公司: a name of its own before the kind; 移动公司, 联通公司: the
                # utility's local company by its trade, a common word; orgs38)
                and (
                    stem in _UTILITY_TRADES
                    or (stem[-2:] not in common_words() and stem[-2:] not in function_words())
                    or (
                        len(stem) == 4
                        and stem[:2] not in common_words()
                        and stem[:2] not in function_words()
                        and not jieba_tokenizer().FREQ.get(stem[:2])
                    )
                )
            ):
                # (with its place, it outranks the place: prio 2 and longer)
                a = _with_place_before(text, m.start(1), g)
                # (宜都高新投公司: the place opens the name itself, the company outranks it too)
                placed = a != m.start(1) or unplaced != stem
                doc.add(a, m.end(), "ORG", 0.5, 2 if placed else 1, "org.company")
    if _SOURCE_CUE.search(text) is not None:
        sources: set[str] = set()
        for m in _source_fields(text):
            g_ = m.lastindex or 1
            # 来源：某某融媒体记者某某: a reporter named in the field, no outlet
            # 信息来源：办公室: the department's own office, named by no body
            if "记者" in m.group(g_) or "通讯员" in m.group(g_) or m.group(g_) in _SOURCE_GENERIC:
                continue
            # 来源： 张某 王某 李某: the writers named in the field, a list of names, no outlet
            if _valid_name(m.group(g_), g) and _NAME_AFTER_SPACE.match(text, m.end()):
                continue
            # 来源：某某导报-某某新闻网: a second outlet after the separator
            second = _SOURCE_NEXT.match(text, m.end())
            if second is not None and not any(c in _FUNCTION for c in second.group(1)):
                doc.add(second.start(1), second.end(1), "ORG", 0.6, 3, "org.named")
            # (某某在线: 在 is part of an outlet's name here; 来源：政和禁毒, 天等发布: the place
            # the name opens with holds the character, no clause)
            if not any(
                c in "的了是要把将对为被和与及等" for c in _after_place(m.group(g_), g, doc)
            ):
                if g_ == 1 and _SOURCE_PLACE.search(m.group(1)):
                    # 来源：某某街道: a division as the source stays a place (GUIDELINES.md: a
                    # place used for its government is GPE); 来源：某某县某某镇: a county the
                    # gazetteer knows before its town is a place of its own, as everywhere else
                    a, b = m.start(1), m.end(1)
                    k = next(
                        (k for k in range(a + 3, b - 2) if text[a:k] in g.admin_full),
                        a,
                    )
                    if k > a:
                        doc.add(a, k, "GPE", 0.6, 3, "gpe.doc_place")
                    doc.add(k, b, "GPE", 0.6, 3, "gpe.doc_place")
                    continue
                # (来源：根据某某电视台整理: the field's own words around the outlet, 根据 / 据
                # before it and 整理 / 报道 after it, are no part of its name; orgs43)
                a, b = m.start(g_), m.end(g_)
                opening = next((w for w in _SOURCE_LEADS if text.startswith(w, a)), "")
                tail = next((w for w in _SOURCE_TAILS if text.endswith(w, a, b)), "")
                a, b = a + len(opening), b - len(tail)
                if b - a < 2:
                    continue
                doc.add(a, b, "ORG", 0.6, 3, "org.named")
                sources.add(text[a:b])
        # 某某之窗 - 天南地北某某人 … 来源：某某之窗: the outlet named in the source field heads
        # the page too, opening a line of its own
        for name in sources:
            for i in _occurrences(text, name):
                if i == 0 or text[i - 1] in "\n 　【|":
                    doc.add(i, i + len(name), "ORG", 0.6, 3, "org.named")
    # 国家 is frequent (国家卫生城市): the pattern is tried only where it stands
    for i in _occurrences(text, "国家"):
        # (邀请国家统计局某某调查总队…: the bureau's survey team is one body after a verb too;
        # entities40)
        st = _STATE_BODY.match(text, i) or _STATE_SURVEY_TEAM.match(text, i)
        if st is None:
            continue
        name = st.group(1)
        # 国家林业和草原局 holds 和, but 国家和省卫健委 is two bodies (国家矿山安全监察局: 全 of 安全
        # is the name's; orgs46)
        if name[2] not in _FUNCTION and not _clause_in_field(name[3:], "和"):
            end = st.end(1)
            # 国家矿山安全监察局某省局: the national bureau's office in a province, named by the
            # province and 局, is one body with it (the place inside no GPE; wide46; orgs46)
            sub = _STATE_PROVINCE_BUREAU.match(text, end)
            if sub is not None and _known_place(sub.group(1), g, doc.doc_stems):
                end = sub.end()
                # (某省局党组书记、局长某某: the office opens its head's post, the title's)
                if r.bare_post.match(text, end) is not None:
                    continue
            doc.add(st.start(1), end, "ORG", 0.6, 2, "org.grammar")
    _more_orgs(doc)
    _named_bodies(doc)
    _listed_bodies(doc)
    _joint_government(doc)
    if _LEVEL_LIST_CUE.search(text) is not None:
        _level_list_bodies(doc)
    _schools_after_places(doc)
    _branches_after_bodies(doc)
    _bodies_after_zones(doc)
    _party_committees(doc)
    _repeated_level_bodies(doc)
    _stacked_place_bodies(doc)
    _divisions_before_levels(doc)
    _stems_before_bodies(doc)
    _colleges_after_schools(doc)
    if "附属" in text:
        _schools_run_by_schools(doc)
    _framed_accounts(doc)
    if "【" in text:
        _tagged_accounts(doc)
    if "站记者" in text or "站通讯员" in text:
        _station_bylines(doc)
    _outlets_and_offices(doc)
    _task_bodies(doc)
    if _SET_UP_CUE.search(text) is not None:
        _set_up_bodies(doc)
    _long_bodies_again(doc)
    if "中心" in doc.text:
        _centres_abbreviated(doc)
    if "简称" in doc.text:
        _bodies_short_named(doc)
    if "中心" in doc.text and "、" in doc.text:
        _listed_centres(doc)
    if "、" in text:
        _listed_mates(doc)
    if "）" in text or ")" in text:
        _credit_units(doc)
    if "委员会" in text:
        _unit_committees(doc)
    if _UNIT_KINDS_CUE.search(text) is not None:
        _public_centres(doc)
    if _FINANCIAL_CUE.search(text) is not None:
        _financial_branches(doc)
    if _CORPS_CUE.search(text) is not None:
        _corps_divisions(doc)
    if "团党委" in doc.text:
        _regiment_committees(doc)
    if "街办" in text:
        _street_offices(doc)
    if "频道" in doc.text or "在线" in doc.text:
        _outlet_channels(doc)
    if "届" in doc.text:
        _term_committees(doc)
    if "政协" in text:
        _cppcc_bodies(doc)
    if "扩大" in text:
        _committees_before_meetings(doc)
    if "”办" in text:
        _quoted_offices(doc)
    if "项目" in text:
        _project_bodies(doc)
    _stationed_groups(doc)
    if _GROUP_CUE.search(text) is not None:
        _field_groups(doc)
        _bare_field_groups(doc)
    if "兵团" in text:
        _corps_bare(doc)
    if "会同" in text:
        # 县委宣传部会同县文明办: after a body, 会同 is the verb "jointly with", not the county
        # 会同县 (orgs25, (b): the genre's verb of joint action)
        doc.cands = [
            Cand(c.start + 2, c.end, c.label, c.conf, c.prio, c.rule)
            if c.label in ("ORG", "GPE")
            and text.startswith("会同", c.start)
            and c.start
            and text[c.start - 1] in _JOINT_AFTER
            and c.end - c.start > 3
            else c
            for c in doc.cands
        ]
    # 服务党和国家工作大局, 乡村振兴开好局: a word of the state of affairs ending in 局 closes no
    # bureau's name (rule_words org_not_bureau_ends; session 38, orgs38)
    if "局" in text:
        doc.cands = [
            c
            for c in doc.cands
            if c.label != "ORG"
            or text[c.end - 1] != "局"
            or not text.endswith(_NOT_BUREAU_ENDS, c.start, c.end)
            # (市国家安全局: 全局 closes 安全局, the state security bureau's kind; orgs41)
            # (区文广新局, 县文体广新局: 新局 closes the short form of the bureau of culture, radio
            # and the press, 广 = 广电, 新 = 新闻出版; wide46, orgs46b)
            or text.endswith(("安全局", "广新局"), c.start, c.end)
        ]
    # 街道政府, 驻区部队: the kind of body every sub-district or district has, named by none
    # (各 before the first item: looked for only in a text that holds 各; session 35)
    every = "各" in text
    doc.cands = [
        c
        for c in doc.cands
        if c.label != "ORG"
        or not (
            text[c.start : c.end] in _GENERIC_BODIES
            # 各镇、街道党工委: 各 before the first item makes every item generic
            or (every and _every_item(text, c.start))
            # 各村居安委会, 各设区市党委, 各直属团委: 各 and the kinds of unit it ranges over
            # right before the body make it every unit's, none named (entities40)
            or (every and _EVERY_UNITS_BEFORE.search(text, max(0, c.start - 5), c.start))
            # 辖区派出所, 属地物业公司: the kind of body of the area in charge, none named (both
            # golds of dev41; entities40)
            or text.startswith(_AREA_OWN, c.start)
            # 部分县政府负责同志, 有关区政府: some bodies of a level, none named (wide46; orgs46)
            or (text[c.start] in _SHARED_LEVEL_LAST and text.endswith(_SOME_OF, 0, c.start))
            # 省、州党委 / 中央、省、市文明委 / 中央和区市党委: bare levels listed before the last
            # one share its body
            or (
                text[c.start - 1 : c.start] in _SHARED_LEVEL_BEFORE
                and _shared_level_body(text, c.start)
            )
            # 来源：党政办公室: the page's own office, named by no body
            or (
                text[c.start : c.end] in _SOURCE_GENERIC
                and text.endswith(("来源：", "来源:"), 0, c.start)
            )
        )
    ]
    if "〔" in text or "[" in text or "［" in text:
        # 某创文办函〔2023〕2号, 县委办发〔2024〕5号: the issuer's code of a document number is
        # no mention of the body
        doc.cands = [
            c for c in doc.cands if c.label != "ORG" or _DOC_NUMBER.match(text, c.end) is None
        ]


# 某某报讯 (after the site's name and a dash too: 某某新闻网--某某报讯), 某某报社: a newspaper
# by its dateline or its office (本报 is no name)
_PAPER_NAME = re.compile(
    rf"(?:^|(?<=[\n 　【\-－—①②③]))(?![本据由])([{CJK}]{{2,6}}?报)(?=讯)"
    rf"|(?:^|(?<=[\n 　【\-－—①②③、，。：:；和及与由据]))(?![本据由和及与])"
    rf"([{CJK}]{{2,6}}?报社)",
    re.M,
)
# 中国日报网, 中国日报某某记者站: a newspaper's site or its local office, one body with it
_PAPER_BRANCH = re.compile(rf"网|[{CJK}]{{0,4}}?记者站")
# 拂晓报、某某发布、某某市广播电视台等媒体: every item of a list closed by 等媒体 is an outlet
_MEDIA_LIST = re.compile(
    rf"(?:^|(?<=[\n、，。；：:（(]))((?:[{CJK}]{{2,10}}、)+[{CJK}]{{2,10}})"
    "等(?:主流|新闻|各大|中央|省级|市级|多家)?媒体",
    re.M,
)
# 【某某网】（记者 某某）…, [某某新媒体 ABCD.CN] 9月11日…: an outlet's name in brackets heading
# the report, before its reporters' byline or with its site's domain (orgs27b)
_BRACKET_OUTLET = re.compile(
    rf"[【\[]([{CJK}]{{2,8}})"
    r"(?:[】\]][ 　]*(?=[（(](?:记者|通讯员|图文|文[/／]|图[/／]))"
    r"|[ 　]*[A-Za-z0-9\-]+(?:\.[A-Za-z]{2,4})+[】\]])"
)
# 深入甲酒庄、乙科技、丙农业等企业: every item of a list closed by 等企业 is a company, whatever
# its name ends in (orgs29)
# (甲、乙等骨干企业: the firms' standing between 等 and the kind; audit44)
_FIRM_LIST_CLOSE = re.compile(
    "等(?:[0-9一二三四五六七八九十多几]+家)?(?:重点|骨干|龙头)?(?:企业|公司)"
)
# (the list: the run back from its closer to the clause's mark, items of CJK joined by 、 and a
# 和 / 及 / 与 inside an item; possessive, so that a start whose run stops short fails at once)
_FIRM_LIST_RUN = re.compile(f"[{CJK}、]*+\\Z")
# (the verbs of the visit before the first item, the last of them opening the name; 到 after
# another verb, 先后到甲、…)
_FIRM_LIST_LEAD = re.compile(
    "(?:随后|[并还也又先后再])*(?:深入|走进|走访|来到|前往|调研|察看|查看|检查|督查|考察|参观|到)了?"
)
# (某某基地和甲科技、乙农业和丙等企业: two items joined inside one part; both halves hold a name)
_FIRM_LIST_JOIN = re.compile("以及|[和及与]")
_FIRM_KINDS = ("宾馆", "饭店", "酒店", "超市", "商场", "市场", "门店", "工厂", "企业", "行业")
# (报纸、电台、电视台和新闻网站等媒体: the kinds of media, no outlet named; orgs27b)
_MEDIA_KINDS = frozenset(
    (
        "报纸",
        "报刊",
        "电台",
        "电视",
        "电视台",
        "广播",
        "广播电台",
        "网络",
        "网站",
        "新闻网站",
        "杂志",
        "期刊",
        "新媒体",
        "融媒体",
        "自媒体",
        "微信",
        "微博",
        "抖音",
        "公众号",
        "客户端",
        "短视频",
    )
)
# 某某讯 近日，…, 某报讯（驻某地记者…）, 云上某某消息（记者…）: a line opening with a name and
# the dateline's word (讯 before a space or a bracket, 消息 before the byline's bracket) names the
# outlet, whatever its name ends in (orgs29; the branches of _OUTLET want a kind, a date or a
# reporter's word after the bracket)
_DATELINE_OUTLET = re.compile(
    rf"^(?!本)([{CJK}]{{2,6}}?)(?=讯(?:[（(]|[ 　]+\S)|消息[（(](?:记者|通讯员|特约记者))", re.M
)
# 出品|某市某区融媒体宣传服务中心: the body that produced an account's post, on its line
# (orgs29)
_PRODUCER = re.compile(rf"出品[|｜：:][ 　]*([{CJK}]{{2,20}}?)(?=[ 　\t]*(?:\n|$))", re.M)
# 本网讯（县某某中心 某某）: the unit that sent the report, with its level, before its writer's
# name in the dateline's bracket (orgs29)
_DATELINE_UNIT = re.compile(
    rf"讯[（(]((?:省|市|县|区|州|旗|镇|乡|街道)[{CJK}]{{2,8}}?"
    rf"(?:中心|办|局|委|部|站|所|队|馆|院))[ 　]+[{CJK}]{{2,4}}[）)]"
)
# (简讯, 快讯, 喜讯, 资讯, 好消息: the word of a kind of news, no outlet before it)
_DATELINE_NOT_LAST = frozenset("简快通喜资短电音死传审闻视要好新坏")
# 某某网承办, 某某网主办: a site's footer naming the outlet that runs it, on a line of its own
_HOST_OUTLET = re.compile(rf"^([{CJK}]{{2,8}}?网)(?=主办|承办|协办)", re.M)
_HOST_OUTLET_CUE = re.compile(words_cue(("网主办", "网承办", "网协办")))
_PAPER_CUE = re.compile(words_cue(("报讯", "报社")))
_FIRM_CUE = re.compile(words_cue(("企业", "公司")))
# 市林业局创森办: a bureau's office for the campaign it leads, one body with it
_CAMPAIGN_OFFICE = re.compile("创[城文卫森]办|双创办")
# 县委调研督查室, 市委政策研究室: a committee's office, one body with it
# (区委督察室: the inspection office written with 察, as 督察组 is; f47 gold; orgs48a)
_COMMITTEE_OFFICE = re.compile("(?:调研)?督[查察]室|政策研究室|政研室|研究室")
# 文明某某 关注我们: the civilisation office's account, on a line of its own (a known place
# after 文明; the place inside it is no GPE)
# (文明 opening a line or after a space gates the pass: 文明 alone is in most texts; session 35)
_CIVILISATION_OPEN = re.compile("[\n 　]文明")
_CIVILISATION_ACCOUNT = re.compile(
    rf"(?:^|(?<=[\n 　]))文明([{CJK}]{{2,4}}?)(?=[ 　\t]*(?:关注我们|扫码关注|\n|$))", re.M
)
# 县委政府, 区委政府: the committee and the government written with no mark between them
# (镇党委政府: a town's party committee and its government; session 12 audit, audorgs13)
_COMMITTEE_GOVERNMENT = re.compile("[省市县区州旗镇乡](?:党)?委(?=政府)")
# 县委县政府督查局, 市委市政府督查室: the inspection office the committee and the government of
# one level share is one body (session 34, orgs37; 市委市政府高度重视 stays two)
_JOINT_INSPECTION = re.compile(
    rf"([省市县区州旗])委\1(?:人民)?政府(?:督查|督查考核|督导)(?:局|室|办)(?![{CJK}]?[长任记员])"
)


# what closes a long body named once with its place and again without it (orgs18)
_AGAIN_KINDS = (*_LONG_KINDS, "分指挥部")


# 驻市委宣传部纪检监察组, 市纪委监委驻市教育局纪检监察组: the discipline inspection group a
# commission stations in a body, named by that body (and by the commission written before it):
# one ORG, the bodies inside it no ORG of their own (GUIDELINES: the longer name; orgs20)
_STATIONED_GROUP = re.compile(rf"驻([{CJK}]{{2,14}}?)纪检监察组")
# 某某街道办综合行政执法办公室, 某某街道办事处城市管理办公室: a sub-district office's own
# office, named by its field, one body with it (orgs20)
_OFFICE_OFFICE = re.compile(rf"(?:(?<=街道办)(?!事处)|(?<=办事处))[{CJK}]{{2,10}}?办公室")


# 内科党总支第四党支部, 外科党支部: a hospital department's party branch, opening a clause or an
# item (not before its secretary's post; orgs20)
_DEPT_BRANCH = re.compile(
    rf"(?:(?<=[、，。：；\n（(和及与])|^)([{CJK}]{{1,3}}?科)党(?:总支|支部)(?:第[一二三四五六七八九十]{{1,3}}党支部)?"
    r"(?![书委副])"
)


def _stationed_groups(doc: Doc) -> None:
    text = doc.text
    if "科党" in text:
        for m in _DEPT_BRANCH.finditer(text):
            dept = m.group(1)
            if not any(c in _FUNCTION or c in "各全每该本我其" for c in dept):
                doc.add(m.start(), m.end(), "ORG", 0.6, 3, "org.named")
    if "纪检监察组" in text:
        for m in _STATIONED_GROUP.finditer(text):
            if any(c in _FUNCTION for c in m.group(1)):
                continue
            s = m.start()
            # (纪检监察组组长: the head's post, read by the titles)
            if doc.r.bare_post.match(text, m.end()) or text.startswith("组长", m.end()):
                continue
            before = [c for c in doc.cands if c.label == "ORG" and c.end == s]
            if before:
                s = min(c.start for c in before)
            doc.add(s, m.end(), "ORG", 0.65, 3, "org.grammar")
    if "办公室" in text and ("街道办" in text or "办事处" in text):
        for m in _OFFICE_OFFICE.finditer(text):
            # (办公室主任: the office opens its head's post)
            if any(c in _FUNCTION for c in m.group()) or text.startswith(
                ("主任", "副主任"), m.end()
            ):
                continue
            for c in [c for c in doc.cands if c.label == "ORG" and c.end == m.start()]:
                doc.add(c.start, m.end(), "ORG", 0.65, 3, c.rule)


# 省委巡视工作领导小组, 省委巡视第五组, 中央第三巡视组, 县政府防汛抗旱指挥部办公室, 六届区委第一巡察组:
# a group, a headquarters or a team one body sets up, named by that body (a level and its short
# name, or a central body), the field of its work and its kind, with the team's number where it
# has one: one ORG, no ORG of the body left inside it (GUIDELINES: the longer name). The words
# are a lead's to extend: org_group_issuers.txt (the bodies), org_group_fields.txt (the fields
# named with no 工作), org_group_kinds.txt (the kinds), org_group_teams.txt (the teams' tasks).
# A field of the lead's own closed by 工作 (省委教育工作领导小组) is read as well where it holds
# no function character and no verb of the clause (session 45, orgs47a)
_GROUP_LEVELS = ("自治区", "自治州", "街道", "省", "市", "县", "区", "州", "旗", "盟", "镇", "乡")
_GROUP_CENTRAL = ("中央", "党中央", "中共中央", "国务院")
_GROUP_NUMBER = "[一二三四五六七八九十]{1,3}"
# the levels that send a team named by their level alone (not a town's: 镇督查组 is _LEVEL_TEAM's)
_GROUP_TEAM_LEVELS = ("自治区", "自治州", "省", "市", "县", "区", "州", "旗", "盟")
# the zones whose 区 a body's level may close (平潭综合实验区管委会…; 南湖区召开区委…: a clause's
# verb before the district's committee, no zone)
_GROUP_ZONE_ENDS = (*_ZONE_KINDS, "实验区", "示范区", "园区", "合作区", "保税区", "综保区")
# where a team named by its level alone opens: a mark, a connective or a verb's object
_GROUP_TEAM_AFTER = frozenset("，。、；：\n（(“ 　和及与由对向在到经据随配合迎接受同了")
# what a field closed by 工作 never holds: a body's own word or a verb of the clause read back
# (县委书记主持召开县委农村工作领导小组会议: the clause before the second body is no field)
_GROUP_FREE_NOT = (
    "委",
    "府",
    "召开",
    "主持",
    "研究",
    "部署",
    "听取",
    "书记",
    "会议",
    "参加",
    "出席",
    # (县委统筹安排工作领导小组要…: a verb of the clause's own, no field)
    "安排",
    "重视",
    "要求",
    "强调",
    "指出",
    "做好",
    "抓好",
    "落实",
    "加强",
)


_GROUP_KINDS = tuple(_lines("org_group_kinds.txt"))
_GROUP_TEAMS = tuple(_lines("org_group_teams.txt"))
# (the gate and the scan: a group's kind or a team's task, the name read back from there)
_GROUP_CUE = re.compile(words_cue((*_GROUP_KINDS, *_GROUP_TEAMS)))
_GROUP_SCAN = re.compile(alternation((*_GROUP_KINDS, *_GROUP_TEAMS)))


@functools.lru_cache(maxsize=1)
def _field_group_re() -> re.Pattern[str]:
    issuers = _lines("org_group_issuers.txt")
    central = alternation(w for w in issuers if w.startswith(_GROUP_CENTRAL))
    level_bodies = alternation(w for w in issuers if not w.startswith(_GROUP_CENTRAL))
    fields = alternation(_lines("org_group_fields.txt"))
    kinds = alternation(_GROUP_KINDS)
    teams = alternation(_GROUP_TEAMS)
    n = _GROUP_NUMBER
    # (scan_compile: the same matches, the skip set of its first characters; searched only in
    # the short windows before a kind)
    return scan_compile(
        # (六届区委第一巡察组: the committee's term before it belongs to the team's name)
        rf"(?:(?:第?{n}届)?"
        rf"(?P<body>{central}|(?:{alternation(_GROUP_LEVELS)})(?:{level_bodies}))"
        # 县政府防汛抗旱指挥部, 县安委会安全生产暨消防安全委员会: the field from the list
        rf"(?:(?:{fields})(?:[暨和]?(?:{fields})){{0,2}}(?:工作)?(?:{kinds})"
        # 省委教育工作领导小组: a field closed by 工作 (checked in _field_groups)
        rf"|(?P<free>[{CJK}]{{1,8}}?)工作(?:{kinds})"
        # 省委巡视第五组, 中央第三巡视组, 中央巡视组, 中央环保督察组: the teams it sends
        rf"|(?:{teams})第{n}组|第{n}(?:{teams})组|(?:{teams})组)"
        # 省生态环境保护督察组, 省审计组, 市第二督察组: a level's team by its level alone
        rf"|(?P<lv>{alternation(_GROUP_TEAM_LEVELS)})(?:第{n})?(?:{teams})组)"
        # (组长, 组员, 成员会议: the team's head and members after it are the titles')
        r"(?![长员])"
    )


def _field_groups(doc: Doc) -> None:
    """org.grammar: a body's group, headquarters or team named by its field (see above)."""
    text = doc.text
    pat = _field_group_re()
    seen: set[tuple[int, int]] = set()
    for cue in _GROUP_SCAN.finditer(text):
        # (the name read back from the kind: the body and the field before it, the number after)
        for m in pat.finditer(text, max(0, cue.start() - 24), min(len(text), cue.end() + 6)):
            s, e = m.start(), m.end()
            if (s, e) in seen or e < cue.end():
                continue
            seen.add((s, e))
            free = m.group("free")
            if free is not None and (
                any(c in _FUNCTION or not _is_cjk(c) for c in free)
                or any(w in free for w in _GROUP_FREE_NOT)
            ):
                continue
            # (省委巡视工作领导小组组长, 县委巡察组副组长: a post opens after the group, the
            # titles' whole)
            if doc.r.bare_post.match(text, e) is not None or text.startswith(("组长", "副组长"), e):
                continue
            if m.group("lv") is not None:
                # (省生态环境保护督察组: the level opens the name after a boundary, or after the
                # place the ORG rules read before a level)
                k = _org_place_start(doc, s)
                if _level_ok(text, s) and (k < s or s == 0 or text[s - 1] in _GROUP_TEAM_AFTER):
                    doc.add(k, e, "ORG", 0.6, 3, "org.grammar")
                continue
            b = m.start("body")
            if not text.startswith(_GROUP_CENTRAL, b):
                if not _level_ok(text, b):
                    continue
                if b == s and text.endswith(_GROUP_ZONE_ENDS, 0, b + 1):
                    # (某某综合实验区管委会防汛抗旱指挥部: 区 closes a zone's name, read from the
                    # known place inside it; none where no place is known)
                    lo = b
                    while lo > max(0, b - 10) and _is_cjk(text[lo - 1]):
                        lo -= 1
                    zs = _zone_start(text, lo, b + 1, doc.r.g)
                    if zs is None or zs == b:
                        continue
                    s = zs
                elif b == s:
                    # (岚江县委巡视工作领导小组: the place before the level opens the name, as the
                    # ORG rules read it for the body alone)
                    be = m.end("body")
                    own = [c.start for c in doc.cands if c.label == "ORG" and c.end == be]
                    s = min((k for k in own if be - 12 <= k <= s), default=s)
                    s = _org_place_start(doc, s)
            doc.add(s, e, "ORG", 0.6, 3, "org.grammar")


# (orgs48a, session 46) 根据巡察工作领导小组的安排, 召开2024年烤烟生产领导小组会议, 创城工作组要
# 加强督查, 防汛指挥部办公室要…: a group, a headquarters or a committee named by its field
# (org_group_fields.txt) with no body or level before it, the name opening the clause, an item or
# a phrase after a preposition or a year (the f47 and dev46 golds tag it; a level's or a body's
# group is read above, 成立某某领导小组 by _set_up_bodies)
_BARE_GROUP_OPENERS = (
    "根据",
    "按照",
    "经",
    "由",
    "在",
    "对",
    "向",
    "与",
    "和",
    "及",
    "配合",
    "召开",
)
_BARE_GROUP_MARKS = frozenset("，。；：、\n（(“ 　")
_YEAR_BEFORE = re.compile(r"\d{4}年度?$")


@functools.lru_cache(maxsize=1)
def _bare_field_group_re() -> re.Pattern[str]:
    fields = alternation(_lines("org_group_fields.txt"))
    kinds = alternation(_GROUP_KINDS)
    return scan_compile(
        rf"(?:{fields})(?:[暨和]?(?:{fields})){{0,2}}(?:工作)?(?:{kinds})(?![长员{CJK}]?[长任记])"
    )


def _bare_field_groups(doc: Doc) -> None:
    """org.grammar: a group named by its field alone where it opens a clause or an item."""
    text = doc.text
    orgs = [(c.start, c.end) for c in doc.cands if c.label == "ORG"]
    pat = _bare_field_group_re()
    seen: set[int] = set()
    # (searched only in the short window before each kind, as _field_groups reads)
    for cue in _GROUP_SCAN.finditer(text):
        for m in pat.finditer(text, max(0, cue.start() - 16), min(len(text), cue.end() + 6)):
            if m.end() < cue.end() or m.start() in seen:
                continue
            seen.add(m.start())
            _bare_field_group(doc, m.start(), m.end(), orgs)


def _bare_field_group(doc: Doc, s: int, e: int, orgs: list[tuple[int, int]]) -> None:
    """Add the group read at s..e where its name opens a clause, an item or a phrase."""
    text = doc.text
    opened = (
        s == 0
        or text[s - 1] in _BARE_GROUP_MARKS
        or text.endswith(_BARE_GROUP_OPENERS, 0, s)
        or _YEAR_BEFORE.search(text, max(0, s - 6), s) is not None
    )
    if not opened or any(a <= s and e <= b for a, b in orgs):
        return
    # (领导小组组长, 指挥部成员: the group opens a post or its members, no mention of it
    # alone; 各创建工作组: every group, none named)
    if doc.r.bare_post.match(text, e) is not None or text.startswith(("组长", "副组长"), e):
        return
    if (s and text[s - 1] in "各全") or text.endswith(("各级", "各地"), 0, s):
        return
    # (各街道、创城专班要…: 各 opening the list ranges over the group too; recall22)
    if _EVERY_BEFORE_ITEM.search(text, max(0, s - 8), s) is not None:
        return
    doc.add(s, e, "ORG", 0.55, 2, "org.grammar")


# a campaign's office or group named by its whole task after a level (县全域无垃圾专项治理办公室,
# 市违建整治工作领导小组): the stem holds no function character (orgs18)
_TASK_BODY = re.compile(
    rf"(?:省|市|县|区|旗|镇|乡)([{CJK}]{{2,12}}?(?:专项(?:治理|整治|行动)?|治理|整治))(?:工作)?"
    rf"(?:办公室|指挥部|领导小组|工作组|工作专班)(?![{CJK}]?[长任记员])"
)


# 五是成立某某整治工作专班, 成立了某某提升行动委员会: a body set up and named by its task with no
# level before it (a level's is read by find_orgs); the name opens after the verb and holds a
# stem of four at least (成立领导小组, 成立创建指挥部: a group named by its kind, none; both golds
# of dev31 and dev36; session 34, orgs37)
_SET_UP_BODY = re.compile(
    rf"(?:成立|组建|设立)了?([{CJK}]{{4,20}}?(?:领导小组|委员会|指挥部|工作专班|工作组))"
    rf"(?![{CJK}]?[长任记员])"
)


def _set_up_bodies(doc: Doc) -> None:
    text = doc.text
    for m in _SET_UP_BODY.finditer(text):
        name = m.group(1)
        kind = next(k for k in _LONG_KINDS if name.endswith(k))
        stem = name[: len(name) - len(kind)]
        if (
            len(stem) >= 4
            and not any(c in _FUNCTION for c in stem)
            and stem[0] not in "以由高专新"
            and not any(c in "省市县区州旗镇乡" for c in stem[:1])
        ):
            doc.add(m.start(1), m.end(1), "ORG", 0.55, 1, "org.grammar")


def _task_bodies(doc: Doc) -> None:
    """org.grammar: 县全域无垃圾专项治理办公室 (a level, the task, the office's kind)."""
    text = doc.text
    if "治理" not in text and "整治" not in text and "专项" not in text:
        return
    for m in _TASK_BODY.finditer(text):
        stem = m.group(1)
        if (
            _level_or_division(text, m.start(), doc.r.g)
            # (全域, 全民 name the task; 全市 before it is the level's reach, no name)
            and not any(c in _FUNCTION and c != "全" for c in stem)
            and stem[0] not in "省市县区州旗镇乡"
            and not (stem[0] == "全" and stem[1] in "省市县区州旗镇乡")
            # (县里成立某某整治工作专班: 县里 is "in the county", the verb sets the body up; its
            # name opens after the verb, as find_orgs reads it; session 34, orgs37)
            and stem[0] != "里"
            and not any(w in stem for w in _SET_UP_VERBS)
        ):
            doc.add(m.start(), m.end(), "ORG", 0.6, 2, "org.grammar")


# 在某师挂牌成立, 率某师考察团, 与第某师…: a division of the corps named bare in a report
# that names the corps is its body (dev28's golds, both); with its city (第十四师某某市) it is a
# place, in a post (某师党委书记) the title's (orgs29)
_CORPS_DIVISION_BARE = re.compile(
    rf"(?:兵团)?(?:第|农)?[一二三四五六七八九十]{{1,3}}师(?![市长级域属直部团{CJK}]?[长员])(?![市级域属直])"
)
_CORPS_DIVISION_OPEN = frozenset("在与和及率到赴对向同、，。；：\n（(“")
# (兵师党委, 兵师团党委: the corps', the division's and the regiment's committees written as one,
# the body the rules read from 师 on; both golds of f50; orgs51)
_CORPS_JOINT_BODIES = ("师党委", "师团党委")


def _corps_divisions(doc: Doc) -> None:
    """org.corps_division: a division of the production and construction corps named bare
    (五师, 第十二师) where the report names the corps, after a preposition or a mark and before
    no city, post or level (places._corps_units reads it before a connective only);
    org.grammar: 兵师党委, 兵师团党委 whole (the corps' and its units' committees written as one)."""
    text = doc.text
    for c in doc.cands:
        if (
            c.label == "ORG"
            and text.startswith(_CORPS_JOINT_BODIES, c.start)
            and text[c.start - 1 : c.start] == "兵"
        ):
            c.start -= 1
    if "兵团" not in text:
        return
    for m in _CORPS_DIVISION_BARE.finditer(text):
        a, b = m.span()
        if a and text[a - 1] not in _CORPS_DIVISION_OPEN and not text.startswith("兵团", a):
            continue
        if any(c.start < b and a < c.end for c in doc.cands):
            continue
        # (九师红星农场, 五师八十七团: the division before its farm or regiment, the place's)
        if doc.r.corps_farm.match(text, b) or doc.r.corps_regiment.match(text, b):
            continue
        # (the body, or the place for a team that switches gpe.corps_division on, as the
        # bare divisions of places._corps_units)
        doc.cands.extend(_corps_division_alone(a, b, 0.65))


# 新华网某某频道, 人民网某某频道: a site's channel of a province or a city, the outlet's
# dateline (新华网某某频道8月20日电) and its byline; the place inside no GPE of its own
_CHANNEL = re.compile(rf"[{CJK}]{{2,4}}?频道(?![{CJK}]?[长任记])")


_PLACE_EDITION = re.compile(rf"[{CJK}]{{2,4}}?在线(?=[ \t\u3000\n]|$)", re.M)


def _outlet_channels(doc: Doc) -> None:
    """org.named: an outlet read with its channel after it is one ORG (新华网某某频道; both golds
    of dev30, which the outlet alone and a GPE inside cut; session 30, misc30)."""
    text = doc.text
    for c in doc.cands:
        if c.label == "ORG" and text[c.end - 1] == "网":
            m = _CHANNEL.match(text, c.end)
            if m is None:
                # (新华网某城在线 本报讯…: the site's online edition for a place, alone before
                # a space or a line's end; dev gold; orgs49b)
                m = _PLACE_EDITION.match(text, c.end)
            # (在 of 在线, online, is the edition's own)
            if m is not None and not any(ch in _FUNCTION for ch in m.group().replace("在线", "")):
                c.end = m.end()
    # 某省频道 alone in a header or a credit line (本文为某省频道原创): the channel named by its
    # place, after a mark, a space or 为; the place inside no GPE of its own (both golds of dev31
    # and dev32; orgs32)
    for k in _occurrences(text, "频道"):
        if _is_cjk(text[k + 2 : k + 3]) and text[k + 2 : k + 3] in "长主记":
            continue
        for n in (4, 3, 2):
            a = k - n
            if a < 0 or not _known_place(text[a:k], doc.r.g, doc.doc_stems):
                continue
            if a == 0 or not _is_cjk(text[a - 1]) or text[a - 1] == "为":
                doc.add(a, k + 2, "ORG", 0.6, 3, "org.named")
            else:
                # 新某省某市频道: the province's news app (新某省) and its channel for the city,
                # one outlet (both golds of dev40; session 41, outlets41)
                app = next(
                    (
                        a - p - 1
                        for p in (3, 2)
                        if a - p > 0
                        and text[a - p - 1] == "新"
                        and _known_place(text[a - p : a], doc.r.g, doc.doc_stems)
                    ),
                    None,
                )
                if app is not None and (app == 0 or not _is_cjk(text[app - 1])):
                    doc.add(app, k + 2, "ORG", 0.6, 3, "org.named")
            break


# 十四届市委召开常委会会议, 第十二届县委第三轮巡察: a committee named by its term (both golds of
# dev32; orgs32)
_TERM = re.compile("(?:第)?[一二三四五六七八九十]{1,3}届$")


def _term_committees(doc: Doc) -> None:
    """org.grammar: 十四届市委 whole: the term before a level's party committee names it."""
    text = doc.text
    for c in doc.cands:
        if c.label != "ORG" or c.end - c.start not in (2, 3) or c.start < 2:
            continue
        if text[c.end - 1] != "委" or text[c.start] not in "省市县区州旗盟":
            continue
        m = _TERM.search(text, max(0, c.start - 5), c.start)
        # (新一届市委, 本届县委: a term by its place in time, no number of its own: the
        # committee alone, as the golds of dev30 read it)
        if m is not None and not (m.start() and text[m.start() - 1] in "新本上下历每各该这那前后"):
            c.start = m.start()
    if "政府" in text or "人大常委会" in text:
        # 自治区十二届人民政府第十四次常务会议: the level, its term and its government, one body
        # (both golds of dev40; orgs39)
        for m in _TERM_GOVERNMENT.finditer(text):
            # (县十五届人大常委会主任某某: before a post the body is the title's)
            if doc.r.bare_post.match(text, m.end()) is None:
                doc.add(m.start(), m.end(), "ORG", 0.6, 3, "org.grammar")


_TERM_GOVERNMENT = re.compile(
    rf"(?:(?<![{CJK}])|(?<=召开))(?:自治区|[省市县区州旗盟])"
    # (县十七届人大常委会举行第五次会议: the congress's standing committee by its term, as
    # the government; not 县十五届人大四次会议, the congress's session)
    "第?[一二三四五六七八九十]{1,3}届(?:(?:人民)?政府|人大常委会)"
)


# 政协某某县第十届委员会, 政协第十一届某某县委员会, 中国人民政治协商会议某某市委员会: the
# people's political consultative conference by its full name, the term before or after its
# place (the grammar read the place and the term without 政协, or nothing; session 38, orgs38)
_CPPCC_FULL = re.compile(
    rf"(?:中国人民政治协商会议|政协)(?:第?[一二三四五六七八九十]{{1,3}}届)?"
    rf"([{CJK}]{{2,10}}?[省市县区州旗])(?:第?[一二三四五六七八九十]{{1,3}}届)?委员会"
)
# 【某某政协】, 来源：某某政协: a conference by its place's bare name, opening after a mark or
# the line's start (the posts after it belong to a title: 某某政协主席)
_CPPCC_PLACED = re.compile(rf"(?:^|(?<=[【\[（(“：:，。、；\s]))([{CJK}]{{2,4}}?)政协", re.M)
_CPPCC_POST_NEXT = ("主席", "副主席", "委员", "党组", "秘书长", "常委", "领导")


def _cppcc_bodies(doc: Doc) -> None:
    """org.grammar: 政协某某县第十届委员会 whole, and 某某政协 by its place's bare name."""
    text, g = doc.text, doc.r.g
    for m in _CPPCC_FULL.finditer(text):
        if not any(c in _FUNCTION for c in m.group(1)):
            doc.add(m.start(), m.end(), "ORG", 0.6, 3, "org.grammar")
    for m in _CPPCC_PLACED.finditer(text):
        if text.startswith(_CPPCC_POST_NEXT, m.end()) or not _known_place(
            m.group(1), g, doc.doc_stems
        ):
            continue
        doc.add(m.start(1), m.end(), "ORG", 0.6, 3, "org.grammar")


# 县委常委（扩大）会, 市委常委扩大会议: the meeting of a party committee's standing members
# opened to others is no body; the committee named before it is (the standing committee as a
# body, 县委常委会 of 县委常委会会议, stays whole; session 38, orgs38)
_WIDENED_MEETING = re.compile("(?<=委)常委(?:[（(]扩大[）)]|扩大)会")


def _committees_before_meetings(doc: Doc) -> None:
    """org.grammar: 县委 of 县委常委（扩大）会: the committee before its widened meeting."""
    text = doc.text
    for m in _WIDENED_MEETING.finditer(text):
        k = m.start()
        found = doc.r.org.search(text, max(0, k - 12), k)
        # (the committee the grammar reads right before the meeting, its place with it)
        while found is not None and found.end() < k:
            found = doc.r.org.search(text, found.end(), k)
        if found is not None and found.end() == k:
            doc.add(_org_place_start(doc, found.start()), k, "ORG", 0.6, 3, "org.grammar")


# 市“创文”办, 县“创城”办公室: a level's campaign office with the campaign's short name quoted
# inside it is one body (the quoted name no SLOGAN of its own: the office holds it; not 市、区
# 两级“创文”办, every level's; session 38, orgs38)
_QUOTED_OFFICE = re.compile(
    rf"[省市县区]“(?:创文|创城|创卫|双创|创建|创森|创国卫)”(?:办公室|办)(?![{CJK}]?[长任记员])"
)


def _quoted_offices(doc: Doc) -> None:
    """org.grammar: 市“创文”办 whole, the quoted campaign inside the office's name."""
    for m in _QUOTED_OFFICE.finditer(doc.text):
        _drop_cands(doc, "SLOGAN", m.start(), m.end())
        doc.add(_org_place_start(doc, m.start()), m.end(), "ORG", 0.6, 3, "org.grammar")


# 某某新村项目指挥部, 某某高速项目部: a project's headquarters or office named by its project (the
# place or road in the name no LOC of its own; not 项目部署, a verb; session 38, orgs38)
_PROJECT_BODY = re.compile(rf"项目(?:总?指挥部|部)(?![署门分])(?![{CJK}]?[长任记员理])")


def _project_bodies(doc: Doc) -> None:
    """org.named: 某某项目指挥部 whole, its name opening after a mark or a connective."""
    text = doc.text
    for m in _PROJECT_BODY.finditer(text):
        k = m.start()
        lo = _name_run_start(text, k, 10)
        name = text[lo:k]
        # (在项目部, 重大项目指挥部: no name, or a common word naming a kind of project; 实施“某某
        # 工程”重大项目指挥部: the name runs across the quote, its start not found)
        if (
            len(name) < 2
            or text[lo - 1 : lo] in '”"'
            or name in common_words()
            or any(c in _FUNCTION or c in "各全每该本我这那其" for c in name)
        ):
            continue
        doc.add(lo, m.end(), "ORG", 0.6, 3, "org.named")


def _regiment_committees(doc: Doc) -> None:
    """org.grammar: 六十八团党委, 68团党委 whole: a regiment of the corps before its party
    committee names the committee, as 七师党委 does (both golds of dev30, which the level's
    团党委 cut; session 30, misc30)."""
    text = doc.text
    for c in doc.cands:
        if c.label == "ORG" and text.startswith("团党委", c.start):
            m = doc.r.corps_regiment.search(text, max(0, c.start - 5), c.start + 1)
            if m is not None and m.end() == c.start + 1 and m.start() < c.start:
                c.start = m.start()


# (新华社某省分社, 中新社某省分社: a news agency's branch in a province, named after it; orgs32)
_FINANCE_END = ("信用社", "信用联社", "合作社", "银行", "农商行", "农信社", "新华社", "中新社")
_FINANCE_BRANCH = re.compile(rf"([{CJK}]{{2,4}}?)(?:分社|支行|分行|营业部)(?![{CJK}]?[长任记员])")


def _financial_branches(doc: Doc) -> None:
    """org.grammar: 农村信用社某某分社, 某某银行某某支行: a credit union's or a bank's branch
    named after it is one body with it (orgs29)."""
    text = doc.text
    for c in doc.cands:
        if c.label != "ORG" or not text.endswith(_FINANCE_END, c.start, c.end):
            continue
        m = _FINANCE_BRANCH.match(text, c.end)
        if m is not None and not any(ch in _STEM_BAD for ch in m.group(1)):
            c.end = m.end()


# (县气象局、水文中心分别作了发言: the verb or the staff the list goes on with closes it too;
# session 34, orgs37)
_LISTED_CENTRE = re.compile(
    rf"、([{CJK}]{{2,4}}?中心)(?=[、，。；和及与等）)]|分别|负责|主要|相关|参加|全体)"
)
_CENTRE_STEM_NOT = frozenset(rule_words()["venue_stems"]) | frozenset(
    ("服务", "指挥", "数据", "新闻", "城市", "社区", "小区", "居民", "便民", "党群", "市民")
)


# (orgs48a, session 46) 率县扶贫移民局、以工代赈办、推进办等部门负责人, 厅城建处、管理处、办公室
# 主要负责同志, 派出所、中心校、市监所、卫生院等单位: the items of a list of bodies whose people
# attend are bodies too, named by a task's abbreviation or as a department's sub-unit no rule
# reads alone; the list closes on the units or the people it stands for (a list of places
# visited, 甲公司、乙厂等地, names no body by its kind)
_MATE_KINDS = tuple(_lines("org_list_kinds.txt"))
_MATE_ITEM = re.compile(
    rf"[{CJK}（）]{{0,10}}?(?:{alternation(_MATE_KINDS)})(?=[、和及]|等|(?:的)?(?:主要|相关|有关|分管|负责|全体|班子|领导|同志|人员|工作人员|干部))"
)
_MATE_CLOSE = re.compile(
    rf"(?:等(?:[{CJK}]{{0,6}}?)(?:部门|单位)|(?:的)?(?:主要|相关|有关|分管)?(?:负责|领导|同志|人员|工作人员|干部|班子成员)"
    # (镇创建办、卫计办全体工作人员: the whole staff of the bodies; wide46; orgs48a)
    rf"|全体(?:工作人员|干部|人员|职工|党员))"
)
_MATE_NOT_START = ("各", "全", "相关", "有关", "部分", "其他", "其它", "该", "本", "所", "两")
_MATE_NOT_END = tuple("场所 处所 诊所 厕所 住所 哨所 寓所 一处 多处 各处 等处 两委".split())


def _mate_ok(item: str, names: frozenset[str]) -> bool:
    """An item of a list beside a body that names a body by its kind: three characters at least
    (or a listed body), no opening of every / some unit, no common word ending like a kind, no
    function character standing as a word of its own."""
    if len(item) < 3 and item not in names:
        return False
    if item.startswith(_MATE_NOT_START) or item.endswith(_MATE_NOT_END):
        return False
    if item in _GENERIC_BODIES or "（" in item and "）" not in item:
        return False
    # (党群服务中心, 便民服务中心: a facility, no body)
    if item.endswith(_FACILITY_CENTRES):
        return False
    return not _clause_in_field(item)


def _mate_before(text: str, s: int, names: frozenset[str]) -> int | None:
    """Start of the item of a list written right before s (a 、 at s - 1), when it names a body by
    a kind of org_list_kinds.txt: it opens after a mark, a 、 or a verb that leads the list
    (带领危化处、执法局相关人员)."""
    lo = max(0, s - 12)
    j = max(text.rfind(ch, lo, s - 1) for ch in _MATE_OPEN) + 1
    opened = j > 0 or lo == 0
    for v in _MATE_LEADS:
        k = text.rfind(v, max(j, lo), s - 1)
        if k >= 0:
            j, opened = max(j, k + len(v)), True
    if not opened:
        return None
    item = text[j : s - 1]
    m = _MATE_ITEM.match(text, j)
    if m is None or m.end() != s - 1 or not _mate_ok(item, names):
        return None
    return j


_MATE_OPEN = "、，。；：\n（( 　"
_MATE_LEADS = ("带领", "率领", "率", "组织", "召集", "听取了", "听取", "会同", "联合", "以及", "及")
# (（厅防火处某某）, 厅城建处、管理处…负责同志: a division named with the one character of the
# department the report names, 厅 or 局; f45 and f47 golds; orgs48a)
_DEPT_OWN_DIVISION = re.compile(
    rf"(?<=[、，。；：\n（( 　])[厅局][{CJK}]{{2,5}}?处(?=[、，。；）) 　]|主要|相关|有关|负责|供稿)"
)


_DEPT_NAMED = re.compile(rf"[{CJK}]{{2}}[厅局]")
# (orgs48a, session 46) （安全环保处 某某）, （厅防火处某某）, （某某平安办）, （综合部）: the unit that
# wrote the report, in brackets closing a paragraph, with its writer's name or 供稿 (dev46 and f45
# golds); the unit named by a kind of org_list_kinds.txt or 部
_CREDIT_UNIT = re.compile(
    rf"(?:(?<=[。！？\n 　])|^)[（(]([{CJK}]{{1,10}}?(?:{alternation((*_MATE_KINDS, '部'))}))"
    rf"(?:[ 　]+[{CJK}][{CJK} 　]{{1,5}}?|(?<=[处科办局室])[{CJK}]{{2,3}}|[ 　]*供稿)?[ 　]*[）)]"
    rf"(?=[ 　]*(?:\n|$))",
    re.M,
)


def _credit_units(doc: Doc) -> None:
    """org.listed: the unit that wrote the report, in brackets closing a paragraph (_CREDIT_UNIT)."""
    text = doc.text
    names = doc.r.g.org_names
    for m in _CREDIT_UNIT.finditer(text):
        a, b = m.span(1)
        if _mate_ok(text[a:b], names) and not any(
            c.start < b and a < c.end for c in doc.cands if c.label != "DIRECTIVE"
        ):
            doc.add(a, b, "ORG", 0.5, 2, "org.listed")


def _listed_mates(doc: Doc) -> None:
    """org.listed: an item of a list closed by the units or the people it stands for (等部门,
    负责人, 主要负责同志), written beside a body the rules read, named by a kind of
    org_list_kinds.txt: a body too (以工代赈办, 管理处, 市监所); a department's division written
    with the department's one character (厅城建处) where the report names such a department."""
    text = doc.text
    names = doc.r.g.org_names
    if "处" in text:
        for m in _DEPT_OWN_DIVISION.finditer(text):
            # (the department named before, whole or in a post: 省住建厅厅长某某)
            named = _DEPT_NAMED.search(text, 0, m.start())
            while named is not None and named.group()[-1] != m.group()[0]:
                named = _DEPT_NAMED.search(text, named.end(), m.start())
            if named is not None and not _clause_in_field(m.group()[1:-1]):
                doc.add(m.start(), m.end(), "ORG", 0.5, 2, "org.listed")
    taken = sorted(
        (c.start, c.end) for c in doc.cands if c.label in ("ORG", "GPE", "LOC", "TITLE", "PERSON")
    )
    starts = {a: b for a, b in taken}
    anchors = sorted({(c.start, c.end) for c in doc.cands if c.label == "ORG"})
    done = -1
    for start, end in anchors:
        if end <= done or (text[end : end + 1] not in "、和及" and text[start - 1 : start] != "、"):
            continue
        found: list[tuple[int, int]] = []
        q = start
        while q > 0 and text[q - 1] == "、" and (j := _mate_before(text, q, names)) is not None:
            found.append((j, q - 1))
            q = j
        p = end
        while text[p : p + 1] in ("、", "和", "及"):
            q = p + 1
            if q in starts:  # an item the rules read: the list runs on after it
                p = starts[q]
                continue
            item = _MATE_ITEM.match(text, q)
            if item is None or not _mate_ok(item.group(), names):
                break
            found.append(item.span())
            p = item.end()
        done = p
        if found and _MATE_CLOSE.match(text, p) is not None:
            for a, b in found:
                if not any(s < b and a < e for s, e in taken):
                    doc.add(a, b, "ORG", 0.5, 2, "org.listed")


def _listed_centres(doc: Doc) -> None:
    """org.listed: 县委宣传部、县文明办、创卫办、某某中心及…负责人: a centre named by a short
    stem, as the item after a body of a list, is a body too (orgs29); no venue's stem
    (文化中心, 活动中心, 党群服务中心) nor a kind of centre (数据中心)."""
    text = doc.text
    ends = {c.end for c in doc.cands if c.label == "ORG"}
    for m in _LISTED_CENTRE.finditer(text):
        a, b = m.span(1)
        stem = text[a : b - 2]
        if (
            a - 1 in ends
            and stem[-2:] not in _CENTRE_STEM_NOT
            and not any(c in _STEM_BAD for c in stem)
            and not any(c.start < b and a < c.end for c in doc.cands if c.label != "DIRECTIVE")
        ):
            doc.add(a, b, "ORG", 0.5, 2, "org.listed")


_SHORT_NAMED = re.compile(rf"[（(](?:以下)?简称[“\"]([{CJK}]{{2,10}})[”\"][）)]")


def _bodies_short_named(doc: Doc) -> None:
    """org.grammar: 某某工作领导小组（以下简称“领导小组”）: the short name a body is given right
    after its name is the body too (orgs29)."""
    text = doc.text
    for m in _SHORT_NAMED.finditer(text):
        a, b = m.span(1)
        if any(c.label == "ORG" and c.end == m.start() for c in doc.cands):
            _drop_cands(doc, "SLOGAN", a, b)
            doc.add(a, b, "ORG", 0.6, 3, "org.grammar")


_SHORT_CENTRE = re.compile(rf"[{CJK}]{{2}}中心")


def _centres_abbreviated(doc: Doc) -> None:
    """org.grammar: a centre named once in full (某某市某某化某某管理中心) and later by its
    abbreviation (部署某管中心…工作): the first character of the name after its place, then one
    of its later characters, then 中心 (orgs29). Only a name of six characters or more before
    中心, as the engine read it; the abbreviation is read wherever no ORG holds it."""
    text, g = doc.text, doc.r.g
    stems: list[str] = []
    for c in doc.cands:
        if c.label != "ORG" or not text.endswith("中心", c.start, c.end):
            continue
        name = text[c.start : c.end - 2]
        k = next((n for n in (5, 4, 3, 2) if _known_place(name[:n], g, doc.doc_stems)), 0)
        k += name[k : k + 1] in ("省", "市", "县", "区")
        stem = name[k:]
        if len(stem) >= 6 and _is_cjk(stem[0]):
            stems.append(stem)
    if not stems:
        return
    orgs = [c for c in doc.cands if c.label == "ORG"]
    for m in _SHORT_CENTRE.finditer(text):
        a, b = m.start(), m.end()
        pair = m.group()[:2]
        if not any(st[0] == pair[0] and pair[1] in st[2:] for st in stems):
            continue
        if any(c.start < b and a < c.end for c in orgs):
            continue
        doc.add(a, b, "ORG", 0.6, 2, "org.grammar")


def _long_bodies_again(doc: Doc) -> None:
    """org.grammar: a long body named once with its place (某某区文明城市创建社区网格化管理分指挥部)
    and later by the end of its name alone (要认识社区网格化管理分指挥部的职责): the end is the
    same body. Only names of eight characters or more after the place, closed by a group's or a
    headquarters' kind (orgs18)."""
    text, g = doc.text, doc.r.g
    found = [c for c in doc.cands if c.label == "ORG" and c.end - c.start >= 10]
    if not found:
        return
    kinds = [k for k in _AGAIN_KINDS if k in text]
    names: list[tuple[str, int]] = []
    for c in found:
        name = text[c.start : c.end]
        if name.endswith(tuple(kinds)):
            k = next(
                (n for n in (5, 4, 3, 2) if name[:n] in g.admin_full or name[:n] in g.gpe_names),
                0,
            )
            if k:
                names.append((name, k + (name[k] in "省市县区")))
    if not names:
        return
    added: set[int] = set()
    for kind in kinds:
        for i in _occurrences(text, kind):
            j = i + len(kind)
            if any(o.start <= i and j <= o.end for o in found):
                continue  # inside a long body found
            for name, k in names:
                if not name.endswith(kind):
                    continue
                # the longest run of the name's end that the text repeats before j, the place
                # left out
                n = len(kind)
                while n < len(name) - k and j - n > 0 and text[j - n - 1] == name[-n - 1]:
                    n += 1
                a = j - n
                if (
                    n >= 8
                    and j not in added
                    and not (a and text[a - 1] in "省市县区州镇乡各")
                    and all_cjk(text[a:j])
                ):
                    added.add(j)
                    doc.add(a, j, "ORG", 0.6, 2, "org.grammar")
                    break


def _drop_cands(doc: Doc, label: str, a: int, b: int, *, exact: bool = False) -> None:
    """Leave out the candidates of `label` inside [a, b) (`exact`: only the one spanning it),
    where a reading of the whole replaces what the parts were read as."""
    doc.cands = [
        c
        for c in doc.cands
        if not (
            c.label == label
            and (c.start == a and c.end == b if exact else a <= c.start and c.end <= b)
        )
    ]


def _kind_of_firm(item: str) -> bool:
    """Does a list's item name a kind of business (宾馆, 星级酒店, 大型超市), no firm? A kind of
    _FIRM_KINDS after a word or nothing; after a name of its own it is the firm's (某某玫瑰酒店、
    甲玻纤等15家企业: wide46; orgs48b)."""
    kind = next((k for k in _FIRM_KINDS if item.endswith(k)), None)
    if kind is None:
        return False
    stem = item[: -len(kind)].removesuffix("大")
    return len(stem) < 2 or bool(jieba_tokenizer().FREQ.get(stem)) or stem in common_words()


def _firm_list_items(text: str, close: int) -> Iterator[tuple[int, str]]:
    """The items (start, text) of the 、 list before a closer 等企业 at `close`: the list runs back
    to the clause's mark (at most 80 characters); the first part opens after the last verb of the
    visit in it (王某一行先后到甲铝材城、…: the clause's subject and verb before the first name),
    or at the mark when it is short enough to be a name alone (at most 10 characters); a part
    holding 和 / 及 / 与 between two names of three characters or more is two items (某某基地和甲
    生物科技、乙农业科技和丙等企业; orgs48b)."""
    lo = _FIRM_LIST_RUN.search(text, max(0, close - 80), close).start()  # type: ignore[union-attr]
    parts = text[lo:close].split("、")
    if len(parts) < 2:
        return
    p = lo
    for k, part in enumerate(parts):
        start, end = p, p + len(part)
        p = end + 1
        if k == 0:
            lead_end = max((m.end() for m in _FIRM_LIST_LEAD.finditer(part)), default=0)
            if lead_end:
                start += lead_end
            elif len(part) > 10 or (lo and text[lo - 1] not in "\n，。；：:（("):
                continue
        piece = text[start:end]
        joins = [
            j
            for j in _FIRM_LIST_JOIN.finditer(piece)
            if j.start() >= 3 and len(piece) - j.end() >= 3
        ]
        if len(joins) == 1:
            j = joins[0]
            yield start, piece[: j.start()]
            yield start + j.end(), piece[j.end() :]
        else:
            yield start, piece


def _outlets_and_offices(doc: Doc) -> None:
    """org.named: newspapers by their dateline, office, site or local office, the outlets of a
    list closed by 等媒体; org.grammar: a bureau's campaign office, 县委 + 政府 written as one."""
    text = doc.text
    if "报" in text:
        # (every match ends with 报讯 or 报社: 通报, 汇报 are in most texts)
        if _PAPER_CUE.search(text) is not None:
            for m in _PAPER_NAME.finditer(text):
                a, b = m.span(m.lastindex or 1)
                if any(c in _FUNCTION for c in text[a:b]):
                    continue
                doc.add(a, b, "ORG", 0.65, 3, "org.named")
        for i in _occurrences(text, "日报"):
            br = _PAPER_BRANCH.match(text, i + 2)
            if br is None:
                continue
            # the paper's name as the engine reads it elsewhere: the ORG ending at 日报
            for c in doc.cands:
                if c.label == "ORG" and c.end == i + 2 and c.end - c.start >= 4:
                    doc.add(c.start, br.end(), "ORG", 0.65, 3, "org.named")
                    break
    # 某某宣传 2021-12-14: an account's header line, its name (a place and what it publishes)
    # before the date it posted (session 14 audit)
    if _DASHED_DATE.search(text) is not None:
        for m in _ACCOUNT_HEADER.finditer(text):
            if _known_place(m.group(1), doc.r.g, doc.doc_stems):
                _drop_cands(doc, "GPE", m.start(1), m.end())
                doc.add(m.start(1), m.end(), "ORG", 0.65, 3, "org.named")
    if "讯" in text or "消息" in text:
        for m in _DATELINE_OUTLET.finditer(text):
            name = m.group(1)
            if any(c in _FUNCTION for c in name) or name[-1] in _DATELINE_NOT_LAST:
                continue
            # (某县讯, 某某讯 where 某某 is a place the text or the gazetteer knows: the report's
            # place as its dateline, a GPE by form, not an outlet)
            if (
                name[-1] in "省市县区州旗盟镇乡"
                or name.endswith("街道")
                or _known_place(name, doc.r.g, doc.doc_stems)
            ):
                continue
            _drop_cands(doc, "GPE", m.start(1), m.end(1))
            doc.add(m.start(1), m.end(1), "ORG", 0.65, 3, "org.named")
        for m in _DATELINE_UNIT.finditer(text):
            if not any(c in _FUNCTION for c in m.group(1)):
                doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")
    if "出品" in text:
        for m in _PRODUCER.finditer(text):
            if not any(c in _FUNCTION for c in m.group(1)):
                _drop_cands(doc, "GPE", m.start(1), m.end(1))
                doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")
    if _HOST_OUTLET_CUE.search(text) is not None:
        for m in _HOST_OUTLET.finditer(text):
            doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")
    if "【" in text or "[" in text:
        for m in _BRACKET_OUTLET.finditer(text):
            name = m.group(1)
            # (【某某县】（图文/…）: a place heading the report, no outlet)
            if (
                not any(c in _FUNCTION for c in name)
                and name[-1] not in "省市县区州旗盟镇乡"
                and not name.endswith("街道")
                and not _known_place(name, doc.r.g, doc.doc_stems)
            ):
                _drop_cands(doc, "GPE", m.start(1), m.end(1))
                doc.add(m.start(1), m.end(1), "ORG", 0.65, 3, "org.named")
    if "媒体" in text:
        for m in _MEDIA_LIST.finditer(text):
            p = m.start(1)
            for k, item in enumerate(m.group(1).split("、")):
                if k == 0:
                    # 邀请某某日报、…: the first item opens after the clause's verb
                    cut = _verb_cut(text, p, p + len(item))
                    item, p = item[cut - p :], cut
                if not any(c in _FUNCTION for c in item) and item not in _MEDIA_KINDS:
                    _drop_cands(doc, "GPE", p, p + len(item))
                    doc.add(p, p + len(item), "ORG", 0.65, 3, "org.named")
                p += len(item) + 1
    if _FIRM_CUE.search(text) is not None:
        for m in _FIRM_LIST_CLOSE.finditer(text):
            for p, item in _firm_list_items(text, m.start()):
                if (
                    2 <= len(item) <= 12
                    # (食品、建材等企业, 宾馆、饭店等企业: the kinds of business, no names)
                    and not jieba_tokenizer().FREQ.get(item)
                    and not _kind_of_firm(item)
                    # (棉都某某: a town's by-name, 某都, opens the firm's name; its 都 is no
                    # adverb; dev gold, orgs49b)
                    and not any(
                        c in _FUNCTION for c in (item[0] + item[2:] if item[1] == "都" else item)
                    )
                    and item[-1] not in "省市县区州旗镇乡村"
                    and not item.endswith(("街道", "社区", "企业", "公司", "单位", "部门"))
                    # (甲、某某产业园等重点企业及项目: a park or a base visited among the firms,
                    # a place; audit44; a firm may be named 某某果园, orgs29)
                    and not item.endswith(("产业园", "工业园", "科技园", "园区", "基地", "项目"))
                    and item not in common_words()
                    and not _known_place(item, doc.r.g, doc.doc_stems)
                ):
                    _drop_cands(doc, "GPE", p, p + len(item))
                    _drop_cands(doc, "LOC", p, p + len(item))
                    doc.add(p, p + len(item), "ORG", 0.55, 2, "org.company")
    if "创" in text or "室" in text:
        for c in doc.cands:
            # (the offices' first characters, tested before the body's kind; session 35)
            if c.label != "ORG" or text[c.end : c.end + 1] not in "创双调督政研":
                continue
            if text[c.end - 1] == "局" or text.endswith(("公司", "集团", "办事处"), c.start, c.end):
                # (集团公司双创办: a company's campaign office; orgs17)
                office = _CAMPAIGN_OFFICE.match(text, c.end)
            elif text[c.end - 1] == "委":
                office = _COMMITTEE_OFFICE.match(text, c.end)
            else:
                continue
            if office is not None:
                c.end = office.end()
    if text.startswith("文明") or _CIVILISATION_OPEN.search(text) is not None:
        for m in _CIVILISATION_ACCOUNT.finditer(text):
            if _known_place(m.group(1), doc.r.g, doc.doc_stems):
                a, b = m.start(), m.end()
                _drop_cands(doc, "GPE", a, b)
                doc.add(a, b, "ORG", 0.6, 3, "org.named")
    if "政府督" in text:
        for m in _JOINT_INSPECTION.finditer(text):
            a, b = m.span()
            _drop_cands(doc, "ORG", a, b)
            # (某某市委市政府督查室: the place before the level opens the joint office's name, as
            # it opens the committee's; orgs47a)
            a = _org_place_start(doc, a)
            doc.add(a, b, "ORG", 0.7, 2, "org.grammar")
    if "委政府" in text:
        for m in _COMMITTEE_GOVERNMENT.finditer(text):
            a, mid = m.span()
            b = mid + 2
            # (某某镇党委政府, 某某县党委政府: the place before the level is read by the bodies
            # read there, whole or the committee alone; orgs46b)
            start = min(
                (
                    c.start
                    for c in doc.cands
                    if c.label == "ORG" and c.end in (mid, b) and c.start < a
                ),
                default=a,
            )
            _drop_cands(doc, "ORG", start, b)
            # 省市党委政府, 各镇街党委政府: the committees and governments of two levels or of
            # every level, none named (dev gold dev_003; orgs48a)
            if (a and text[a - 1 : a + 1] in _LEVEL_PAIRS) or _EVERY_LEVEL.search(
                text, max(0, start - 3), start
            ):
                continue
            # 镇党委政府, 某某乡党委政府: the government written with no level of its own after
            # its party committee is one body with it (both golds of f47, the gold of dev_056:
            # the longer name; orgs46b read two; orgs48a). 县委政府 stays two (no gold reads it;
            # audit12), as do 县委县政府 and 镇党委、政府
            if text[mid - 2 : mid] == "党委":
                doc.add(start, b, "ORG", 0.7, 2, "org.grammar")
            else:
                doc.add(start, mid, "ORG", 0.7, 2, "org.grammar")
                doc.add(mid, b, "ORG", 0.7, 2, "org.grammar")


_GENERIC_BODIES = frozenset(rule_words()["generic_bodies"])
_NOT_BUREAU_ENDS = tuple(rule_words()["org_not_bureau_ends"])
_SOURCE_GENERIC = frozenset(
    ("办公室", "综合科", "本单位", "本部门", "党政办公室", "党政办", "综合办公室", "综合办")
    # (来源：未知, 来源：管理员, 来源：作者原创: a site's placeholder or its own staff, no body;
    # orgs39)
    + ("未知", "管理员", "作者原创", "作者", "编辑部")
)
# 各镇、街道党工委: 各 before the first item makes every item of the list generic
# (各镇政府、街道办事处: the first item a level's body)
# (各镇（街道办）: the alternative in brackets)
# (各村居安委会, 各设区市党委, 各直属团委: 各 and the kinds of unit it ranges over, then the body)
_AREA_OWN = ("辖区", "属地")
_EVERY_UNITS_BEFORE = re.compile("各(?:[镇乡县区市村居社]|街道|设区|直属|下属|基层){1,3}$")
_EVERY_BEFORE_ITEM = re.compile("各[镇乡县区市街村社][道区]?(?:(?:人民政府|政府|党委)?、|[（(])$")
# (各区政府、某某经济技术开发区管委会、市教委: an item named by its own place is that body, not
# every unit's; a town's, a sub-district's or a village's body, or one of the level 各 runs over,
# is every unit's; wide47, orgs47a)
_EVERY_ITEM_LEVELS = frozenset("镇乡街村社居")


def _every_item(text: str, s: int) -> bool:
    """Does 各 before a list's first item make the body at s every unit's (各镇、街道党工委)?"""
    ev = _EVERY_BEFORE_ITEM.search(text, max(0, s - 9), s)
    return ev is not None and (text[s] in _EVERY_ITEM_LEVELS or text[s] == text[ev.start() + 1])


# the bare levels a list of bodies shares its last item's body with (省、州党委 is the province's
# and the prefecture's committees; 和市、区创建办, 中央、省、市文明委, 中央和区市党委 with no mark):
# the body is named by no one level, so none of it is an ORG (both golds of dev32, dev35 and
# dev36; session 34, misc36)
_SHARED_LEVEL_LAST = frozenset("市县区州旗镇乡")
_SHARED_LEVEL_BEFORE = _LEVELS | {"、"}
# (what may stand before the first bare level: no character of a place's name, 甲县、市…; a
# clause's particle or preposition closes none either: 听取了州、县人民政府…的汇报, no ORG in
# both golds of f45; session 44, orgs46)
_SHARED_LEVEL_OPEN = frozenset("和及与央了的在对向由把将被是从到")


def _shared_level_body(text: str, s: int) -> bool:
    """The ORG at s opens with a bare level after a run of bare levels listed with 、 or
    written one after another (not 市区, the city's urban district, nor before 市场: 省市场监管局
    is the province's bureau)."""
    if text[s] not in _SHARED_LEVEL_LAST or text[s + 1 : s + 2] in ("场", "場"):
        return False
    k = s - 1
    while k >= 0:
        if text[k] == "、" and k >= 1 and text[k - 1] in _LEVELS:
            k -= 2
        elif text[k] in _LEVELS and text[k : k + 2] != "市区":
            k -= 1
        else:
            break
    if k == s - 1:
        return False
    return k < 0 or not _is_cjk(text[k]) or text[k] in _SHARED_LEVEL_OPEN


# 某某区某某小学: a school named after its district and a name of its own
_SCHOOL_NEXT_TO_PLACE = re.compile(rf"(?:小学|中学|学校|幼儿园)(?![{CJK}]?[长任师生])")
# 某某局某某市分局: a bureau's branch named by the place it serves
_BRANCH = re.compile(rf"([{CJK}]{{2,4}}?[市县区旗州]?)(?:分局|执法支队|分公司)")
_AREA_BRANCH_BUREAUS = (
    "市场监督管理局",
    "市场监管局",
    "公安局",
    "自然资源和规划局",
    "自然资源局",
    "生态环境局",
    "税务局",
)
_AREA_BRANCH = re.compile(rf"([{CJK}]{{2,3}}?)分局(?![长])")
_AREA_BRANCH_NOT = frozenset(("下属", "所属", "辖区", "相关", "有关", "基层", "派出", "区县"))
_COMPANY_BRANCH = re.compile(
    rf"(?:^|(?<=[、，。：；\n（(]))([{CJK}]{{5,11}}?)(?:分公司|支公司)(?=[、，。；）)]|$)", re.M
)


def _known_division(name: str, doc: Doc) -> bool:
    g = doc.r.g
    return (
        _division_name(name, g)
        or name in g.gpe_names
        or name in g.admin_stems
        or name in doc.doc_stems
        or (name[-1] in "省市县区旗州" and name[:-1] in doc.doc_stems)
    )


_TOWN_UNITS = ("镇", "乡", "街道")


_SCHOOL_CUE = re.compile(words_cue(("小学", "中学", "学校", "幼儿园")))


def _schools_after_places(doc: Doc) -> None:
    """在某某区学苑小学、…: a school named after the district the gazetteer knows and a name of
    its own is one ORG (org.school), not the district alone."""
    text = doc.text
    if _SCHOOL_CUE.search(text) is None:
        return
    g = doc.r.g
    # 某某镇柳塘小学, 某某街道石湾幼儿园: a town or sub-district the text names (a GPE found
    # before the organisations) and the school's own name (session 34, audit34a)
    towns: dict[int, int] | None = None
    for m in _SCHOOL_NEXT_TO_PLACE.finditer(text):
        # (某某县新建学校11所: a count of schools, none named; orgs46b)
        if _SCHOOL_COUNT.match(text, m.end()) is not None:
            continue
        for size in (2, 3, 4):
            k = m.start() - size
            name = text[k : m.start()] if k >= 0 else ""
            if (
                not name
                or not all_cjk(name)
                or any(c in _FUNCTION for c in name)
                or name[0] in "各全每该本我这那其所"
                or name[:2] in _SCHOOL_STOP
            ):
                continue
            a = next((k - n for n in (5, 4, 3) if k >= n and text[k - n : k] in g.admin_full), -1)
            if a < 0:
                if towns is None:
                    towns = {
                        c.end: c.start
                        for c in doc.cands
                        if c.label == "GPE" and text.endswith(_TOWN_UNITS, c.start, c.end)
                    }
                t = towns.get(k, -1)
                if t >= 0 and name[:2] not in common_words():
                    doc.add(t, m.end(), "ORG", 0.6, 3, "org.school")
                    break
                continue
            prev = text[a - 1] if a else "\n"
            if not _is_cjk(prev) or prev in _PUNCT_BOUNDARY or prev in "在到和及与对":
                doc.add(a, m.end(), "ORG", 0.6, 3, "org.school")
                break


def _stacked_place_bodies(doc: Doc) -> None:
    """上海市嘉定区人民政府: a body named with its district, the city or province written before
    the district belongs to its full name (org.grammar), as 漳州市农业农村局 keeps its city."""
    text, g = doc.text, doc.r.g
    full = g.admin_full
    for c in list(doc.cands):
        if c.label != "ORG" or c.start < 2:
            continue
        s = c.start
        if not (text[s : s + 3] in full or text[s : s + 4] in full or text[s : s + 5] in full):
            continue
        # 广东省深圳市龙岗区…: walk back over the divisions written one after the other
        a = c.start
        while True:
            k = next(
                (a - n for n in (5, 4, 3) if a >= n and _division_name(text[a - n : a], g)), None
            )
            if k is None:
                # 天津津南区委, 浙江杭州市西湖区委: a province or city written bare before the
                # division (orgs25, (b): the stacked divisions without their units)
                k = next(
                    (
                        a - n
                        for n in (3, 2)
                        if a >= n
                        and (
                            text[a - n : a] + "省" in g.admin_full
                            or text[a - n : a] + "市" in g.admin_full
                        )
                    ),
                    None,
                )
            if k is None:
                break
            a = k
        before = text[a - 1] if a else "\n"
        if a < c.start and (
            not _is_cjk(before) or before in _PUNCT_BOUNDARY or before in "和及与在到由据对向"
        ):
            doc.add(a, c.end, "ORG", c.conf, max(c.prio, 3), c.rule)


# the levels a division's name ends with and its bodies' short forms open with
_REPEAT_LEVELS = frozenset("省市县区镇乡州旗盟")


def _repeated_level_bodies(doc: Doc) -> None:
    """越秀区区委, 平和县县政府, 某市市委宣传部: a division written whole and its body's short form
    after it, the level written twice, are one body (GUIDELINES: the longer name), not the place
    and the level's body (orgs24, systematic (b): every level's bodies are written so). Not where
    a post reads across the body (某县县委书记: the title's)."""
    text = doc.text
    heads = [
        c
        for c in doc.cands
        if c.label == "ORG"
        and c.start >= 3
        and text[c.start] in _REPEAT_LEVELS
        and text[c.start - 1] == text[c.start]
    ]
    if not heads:
        return
    for c in heads:
        # (the places are read after the bodies: the division is looked up, not its span)
        a = next(
            (
                c.start - n
                for n in (6, 5, 4, 3, 2)
                if c.start >= n and _known_division(text[c.start - n : c.start], doc)
            ),
            None,
        )
        if (
            a is None
            # (某市市委常 委: a post after the body, the title's even where its reading broke)
            or text.startswith("常", c.end)
            or doc.r.bare_post.match(text, c.end) is not None
            or any(t.label == "TITLE" and t.start < c.end and c.start < t.end for t in doc.cands)
        ):
            continue
        doc.add(a, c.end, "ORG", c.conf, c.prio, c.rule)


# where a division's name may open before its body (a mark, a connective, a verb of going)
_DIVISION_OPENERS = frozenset("和及与在到至赴由对向经从")


def _divisions_before_levels(doc: Doc) -> None:
    """平和县志愿者协会, 太和县中医院: a body read from its level (县志愿者协会) where the division
    the gazetteer knows is written whole before it; the division belongs to the body's name
    (GUIDELINES: keep the full form when written). Some readings stop at a function character
    of the place's name (和, 与) and take the level alone (orgs24, systematic (b): every body of a
    county or city so named)."""
    text, g = doc.text, doc.r.g
    subdistricts: dict[int, int] | None = None
    for c in [c for c in doc.cands if c.label == "ORG" and c.start >= 1]:
        if text.startswith("街道", c.start):
            # 东铺头街道党工委: a sub-district whose name of three characters the places read
            # (the body was read from 街道 alone; two-character names were read whole)
            if subdistricts is None:
                subdistricts = {}
                for p in doc.cands:
                    if p.label == "GPE" and text.endswith("街道", p.start, p.end):
                        subdistricts[p.end] = min(p.start, subdistricts.get(p.end, p.end))
            a = subdistricts.get(c.start + 2)
            # (会议由街道党工委: a place read across the clause's connective is no name; the
            # body opens at 街道; dev43, both golds)
            if a is not None and _connective_in_name(text[a : c.start], doc):
                a = None
            if a is None and c.start >= 3:
                # (a name of three characters opening the clause that the places did not read)
                name = text[c.start - 3 : c.start]
                if (
                    all_cjk(name)
                    and not any(ch in _FUNCTION or ch in _PREFIX_CONNECTIVES for ch in name)
                    and name[0] not in "各全每该本我这那其城市县区镇乡"
                    and name[:2] not in function_words()
                    and name[:2] not in common_words()
                    and name not in common_words()
                ):
                    a = c.start - 3
            if a is not None and a < c.start:
                before = text[a - 1] if a else "\n"
                if not _is_cjk(before) or before in _PUNCT_BOUNDARY or before in _DIVISION_OPENERS:
                    doc.add(a, c.end, "ORG", c.conf, c.prio, c.rule)
            continue
        if text[c.start] not in "省市县区州旗盟":
            continue
        for n in (5, 4, 3, 2, 1):
            a = c.start - n
            if a < 0 or not _division_name(text[a : c.start + 1], g):
                continue
            if text[a : c.start] in _JOINING_VERBS and text[c.start] != "县":
                break  # 会同区文明办: a verb of joining before the level (session 33, orgs35)
            before = text[a - 1] if a else "\n"
            if not _is_cjk(before) or before in _PUNCT_BOUNDARY or before in _DIVISION_OPENERS:
                doc.add(a, c.end, "ORG", c.conf, c.prio, c.rule)
            break


_STEM_LEVELS = frozenset("省市县区州旗盟镇乡街")
_PROVINCE_SCAN = re.compile("|".join(sorted(PROVINCES, key=longest_first)))
# the bodies a county's or district's bare name is written before (芗城人民法院, 芗城政府,
# 芗城发改局): the kinds every level has and the listed bodies and names, of two characters or
# more, not the generic heads (委员会, 办公室) nor the sites visited as often as bodies addressed
_STEM_BODY_NOT = _BARE_NOT - {
    "人民政府",
    "新时代文明实践中心",
    "融媒体中心",
    *(f"创{k}{w}专班" for k in "城文卫" for w in ("", "工作")),
} | {"党委", "党组", "党支部", "党总支", "党总支部", "党工委", "委"}


@functools.lru_cache(maxsize=4)
def _stem_body_re(
    bodies: tuple[str, ...], names: frozenset[str]
) -> tuple[re.Pattern[str], frozenset[str]]:
    """The pattern of a body after a bare stem, and the characters a body may open with."""
    words = {w for w in _lines("org_level_kinds.txt") if len(w) >= 2}
    words |= {w for w in bodies if len(w) >= 2} | {w for w in names if len(w) >= 2}
    words |= {
        "政府",
        "人民政府",
        "政府办",
        "政府办公室",
        "人民政府办公室",
        "纪委监委",
        "法院",
        "检察院",
    }
    words -= _STEM_BODY_NOT
    fn = re.escape("".join(sorted(_FUNCTION)))
    # (a bureau's short form opens with any character: the gate is the level after the stem)
    return scan_compile(
        # (芗城发改局, 芗城房管局: a bureau's short form, no function character in it)
        rf"(?:{alternation(words)}|(?:(?![{fn}])[{CJK}]){{2,6}}?局(?![面势长]))"
        # (芗城政府党组, 芗城人大常委会党组: the body's own party group with it)
        r"(?:党组|机关党委)?"
        r"(?=[、，。；：）)和及与等要负牵参召开作联分在对将把认印发组主的配会协共承举通下率派各]|以及|$)"
    ), frozenset(w[0] for w in words)


def _stems_before_bodies(doc: Doc) -> None:
    """芗城人民法院, 由芗城发改局牵头: a body after the bare name of a county or district the text
    names with its unit (doc_stems: 芗城区 → 芗城), opening after a mark, a connective or a
    preposition, is one body with it (the place was tagged and the body lost, or nothing was read;
    orgs24, systematic (b): every body of the division is written so)."""
    text, r = doc.text, doc.r
    pat, firsts = per_gazetteers(r.g, "stem", _stem_body_re, r.g.bodies, r.g.org_names)
    n = len(text)
    # (海南文明委, 会议由福建文明办承办: a province's short name, the bodies of a province; one
    # scan of the text for all of them)
    starts = [(m.start(), m.end()) for m in _PROVINCE_SCAN.finditer(text)]
    for stem in doc.doc_stems:
        if len(stem) >= 2:
            starts.extend((i, i + len(stem)) for i in _occurrences(text, stem))
    for i, j in starts:
        # (芗城区…: the full name, read by the grammar; most of the stem's occurrences)
        if j >= n or text[j] in _STEM_LEVELS or not _is_cjk(text[j]):
            continue
        # (the body opens with a listed word's first character, or is a bureau's short form)
        if text[j] not in firsts and "局" not in text[j + 2 : j + 8]:
            continue
        before = text[i - 1] if i else "\n"
        if _is_cjk(before) and before not in _PUNCT_BOUNDARY and before not in _DIVISION_OPENERS:
            continue
        m = pat.match(text, j)
        if m is None or r.bare_post.match(text, m.end()) is not None:
            continue
        doc.add(i, m.end(), "ORG", 0.6, 2, "org.abbrev")


def _colleges_after_schools(doc: Doc) -> None:
    """某某学院乌江学院, 某某职业学院护理学院, 某某大学文学院: a university's or college's own
    college or branch written after it is one body with it (as 某某大学经济管理学院 already was;
    orgs24, systematic (b)). Not before a post (某某学院院长 is the title's)."""
    text = doc.text
    if "学院" not in text:
        return
    for c in [
        c for c in doc.cands if c.label == "ORG" and text.endswith(("大学", "学院"), c.start, c.end)
    ]:
        m = _SUB_COLLEGE.match(text, c.end)
        if (
            m is None
            or any(ch in _FUNCTION for ch in m.group())
            # (某某学院组织学院师生…: a clause with its verb, no college's name)
            or any(v in m.group() for v in _CLAUSE_VERBS)
        ):
            continue
        if doc.r.bare_post.match(text, m.end()) is not None:
            continue
        doc.add(c.start, m.end(), "ORG", c.conf, c.prio, c.rule)


def _schools_run_by_schools(doc: Doc) -> None:
    """某某中学附属某地某某实验学校, 某某小学某地附属实验小学: a school a school runs, named after
    it, is one body with it whatever rule read the first (_OWN_SCHOOL; not before a post: 某某
    附属小学校长 is the title's; wide46, orgs46)."""
    text = doc.text
    for c in [
        c for c in doc.cands if c.label == "ORG" and text.endswith(_SCHOOL_KIND, c.start, c.end)
    ]:
        own = _OWN_SCHOOL.match(text, c.end)
        if (
            own is None
            or any(ch in _FUNCTION for ch in own.group())
            or doc.r.bare_post.match(text, own.end()) is not None
        ):
            continue
        doc.add(c.start, own.end(), "ORG", c.conf, c.prio, c.rule)


# 据漳州发布消息, 漳州发布讯, （芗城发布）: a government's account named by its place and 发布 (or a
# station's 手机台) where the frame makes it a source, not the verb (市政府发布通知)
_ACCOUNT_KINDS = ("发布", "手机台")
_ACCOUNT_FRAMED = re.compile(
    rf"(?:(?<=据)|(?<=转自)|(?<=来自)|(?<=[（(])|(?<=\n)|^)(?![据转来])([{CJK}]{{2,5}}?)({'|'.join(_ACCOUNT_KINDS)})"
    r"(?=讯|记者|报道|消息|[）)]|。|$)",
    re.M,
)


_ACCOUNT_KIND_CUE = re.compile(words_cue(("发布", "手机台")))


def _framed_accounts(doc: Doc) -> None:
    """org.named: 某某发布 / 某某手机台 where a frame makes them the source (orgs24, systematic (b):
    the official accounts are named so by every city and county); the name before the kind must
    be a place the gazetteer or the article knows."""
    text, g = doc.text, doc.r.g
    if _ACCOUNT_KIND_CUE.search(text) is None:
        return
    # (a match opens 2 to 5 characters before its kind, and looks behind at every character of
    # the text before it: tried where a kind is within reach)
    for m in _tried_at(_ACCOUNT_FRAMED, text, _opening_before(text, _ACCOUNT_KINDS, 2, 5)):
        if _known_place(m.group(1), g, doc.doc_stems) or _division_name(m.group(1), g):
            doc.add(m.start(1), m.end(2), "ORG", 0.6, 3, "org.named")


# 【某县禁毒】某县召开…: the account a county's or a city's office posts under, in a 【】 tag that
# opens a headline, named by its place and whatever word of its field (禁毒, 政协, 发布, 公安):
# the account is an ORG, the place inside no GPE (both golds of dev42, ×5 on one page; a bare
# place in the tag, 【某省】, stays a place: both golds of dev42; session 41, outlets41)
_TAGGED = re.compile(rf"^[ 　]*【([{CJK}]{{3,9}})】", re.M)
_TAG_COLUMNS = frozenset(rule_words()["tag_columns"])


def _tagged_accounts(doc: Doc) -> None:
    """org.named: 【某县禁毒】 at a line's start, the account whole, and its name where it stands
    again as the page's source (a line's start, after a mark or 来源：)."""
    text, g = doc.text, doc.r.g
    names: set[str] = set()
    for m in _TAGGED.finditer(text):
        name = m.group(1)
        rest = _after_place(name, g, doc)
        if (
            rest == name
            or len(rest) < 2
            # (【某某市讯】: a place with its unit, then a dateline; 【某某商报网讯】: the
            # outlet's dateline, read by the dateline's rules)
            or rest[0] in "省市县区州旗盟镇乡"
            or name.endswith(("讯", "訊", "消息", "报道"))
            or rest in _TAG_COLUMNS
            or any(c in _FUNCTION for c in rest)
            # 【某省某市】, 【某县某镇】: places, each its own GPE (公安 is a county's name the
            # gazetteer holds as ambiguous: 【某县公安】 is the police's account)
            or rest in g.gpe_names
            or rest in g.admin_stems
            or _division_name(rest, g)
            or _division_name(name, g)
        ):
            continue
        names.add(name)
        doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")
    for name in names:
        for i in _occurrences(text, name):
            if i == 0 or text[i - 1] in "\n 　【|：:":
                doc.add(i, i + len(name), "ORG", 0.6, 3, "org.named")


# （某县站记者 甲某）: a news site's station in the county it reports from, named in the byline
# before its reporter: one ORG, the place inside it none (both golds of dev42 and dev32; the
# place rules drop the GPE, places.drop_outlet_places; session 41, outlets41)
_STATION_BYLINE = re.compile(rf"(?<=[（(【])([{CJK}]{{2,5}}?)站(?=记者|通讯员)")


def _station_bylines(doc: Doc) -> None:
    """org.named: 某县站 opening a byline's bracket before 记者 / 通讯员."""
    text, g = doc.text, doc.r.g
    for m in _STATION_BYLINE.finditer(text):
        if _known_place(m.group(1), g, doc.doc_stems) or _division_name(m.group(1), g):
            doc.add(m.start(1), m.end(), "ORG", 0.6, 3, "org.named")


# 中共岚溪县委员会, 中共某县委员会宣传部: the party committee's formal name (its documents' and
# headers' issuer), read whole whatever the place (a name of one character, 歙县, or one nobody
# listed); the committee's own offices after it belong to it (orgs22, systematic (b))
_CPC_COMMITTEE = re.compile(
    # (中国共产党某县第十一届委员会: the term between the place and 委员会; orgs43)
    rf"(?:中共|中国共产党)([{CJK}]{{1,8}}?[省市县区州旗盟])(?:第[一二三四五六七八九十]{{1,3}}届)?委员会"
    r"(?:办公室|办公厅|宣传部|组织部|统战部|政法委员会|政法委|党校|政策研究室|党史研究室)?"
)


_PARTY_CUE = re.compile(words_cue(("中共", "中国共产党")))


def _party_committees(doc: Doc) -> None:
    """org.grammar: 中共某县委员会 (its offices with it)."""
    text = doc.text
    if _PARTY_CUE.search(text) is None:
        return
    for m in _CPC_COMMITTEE.finditer(text):
        if not any(c in _FUNCTION for c in m.group(1)) and not any(
            c.label == "ORG" and c.start <= m.start() and m.end() < c.end for c in doc.cands
        ):
            _drop_cands(doc, "GPE", m.start(), m.end())
            # (某镇迅速传达贯彻落实中国共产党某县第十一届委员会: a long body read from an earlier
            # level across the clause's verbs to the committee's 委员会; the party's name opens it)
            for c in [
                c
                for c in doc.cands
                if c.label == "ORG" and c.start < m.start() and m.start() < c.end <= m.end()
            ]:
                doc.cands.remove(c)
            doc.add(m.start(), m.end(), "ORG", 0.7, 3, "org.grammar")


# a ministry's department named by its field (城建司, 城乡建设司, 办公厅 is the ministry's own;
# not 公司, 上司, 司机, 司法, 司令)
_MINISTRY_DEPT = re.compile(rf"(?![公上])[{CJK}]{{2,6}}?司(?![{CJK}]?[长机法令仪员])")


# 某某分局城南派出所, 交警大队城区中队 (not 派出所所长, 中队长: the post)
_POLICE_SUB = re.compile(
    rf"([{CJK}]{{2,4}}?|[一二三四五六七八九十]{{1,2}})(?:派出所|交警中队|中队)(?![长])"
)
# the state companies whose branches are named by the place they serve (中国移动某某分公司)
_BRAND_BRANCH = re.compile(
    "(?:中国移动|中国电信|中国联通|中国铁塔|中国邮政|中国石化|中国石油|中石化|中石油|国网|国家电网"
    # (国网某某省电力公司: the grid's company of a province; dev43 both golds)
    rf"|中国人寿|中国人保|中国平安|中国烟草)([{CJK}]{{2,6}}?)"
    "(?:供电分公司|供电公司|电力有限公司|电力公司|分公司|公司)"
)


# the zone's heads a body of its own is read after from the level 区 (泰州某某高新区住建局)
_ZONE_TAILS = (
    "开发区",
    "高新区",
    "经开区",
    "集中区",
    "试验区",
    "示范区",
    "合作区",
    "投资区",
    "港务区",
    # (某某新区城管局, 某市某某新区城管局: a new area's bureau, the area named as the zones are;
    # wide45 three bureaus and committees; orgs51)
    "新区",
)


_ZONE_TAIL_CUE = re.compile(words_cue(_ZONE_TAILS))


def _bodies_after_zones(doc: Doc) -> None:
    """某市医药高新区住建局, 某某经济技术开发区创建办: a zone's body is read from the level 区 that
    closes the zone's name; where the zone's own name runs longer than the level grammar takes
    (a known place, a field, then 高新区), the whole is the body's name (the zone alone was
    tagged and its body lost; orgs23, systematic (b): every zone has its bureaus and offices)."""
    text = doc.text
    if "区" not in text or _ZONE_TAIL_CUE.search(text) is None:
        return
    g = doc.r.g
    for c in list(doc.cands):
        if c.label != "ORG":
            continue
        tail = next((t for t in _ZONE_TAILS if text.startswith(t, c.start)), "")
        if text[c.start] == "区" and text.endswith(_ZONE_TAILS, 0, c.start + 1):
            ze = c.start + 1  # (区住建局: the level read alone)
        elif tail and c.end - c.start > len(tail):
            # (高新区住建局, 新区城管局: the zone's kind read as the place)
            ze = c.start + len(tail)
        else:
            continue
        lo = c.start
        while (
            lo > max(0, c.start - 16)
            and _is_cjk(text[lo - 1])
            and text[lo - 1] not in _NAME_START_AFTER
        ):
            lo -= 1
        if lo == c.start:
            continue
        zs = _zone_start(text, lo, ze, g)
        if zs is not None and zs < c.start and not any(ch in _FUNCTION for ch in text[zs : ze - 3]):
            doc.add(zs, c.end, "ORG", c.conf, c.prio, c.rule)


def _unit_named(doc: Doc, name: str, end: int) -> bool:
    """May `name` be the name of a unit written right after its bureau or brigade, ending at
    `end` (城南 of 市场监管局城南分局, 新河 of 公安分局新河派出所): no function character or
    connective in it, no function word, and no post after it (the unit's head: 分局长某某)."""
    return (
        not any(ch in _FUNCTION or ch in _PREFIX_CONNECTIVES for ch in name)
        and name not in function_words()
        and doc.r.bare_post.match(doc.text, end) is None
    )


_BRANCH_CUE = re.compile(words_cue(("分局", "支队", "公司")))
_POLICE_UNIT_CUE = re.compile(words_cue(("派出所", "中队")))
_BRANCH_COMPANY_CUE = re.compile(words_cue(("分公司", "支公司")))


def _branches_after_bodies(doc: Doc) -> None:
    """某州生态环境局某市分局: a bureau and its branch named by a place, one ORG (org.grammar)."""
    text = doc.text
    if "司" in text:
        # 国家住建部城乡建设司, 住房城乡建设部城建司: a ministry and its department, one ORG
        # (the ministry alone was tagged and its department lost; orgs22, systematic (b))
        for c in list(doc.cands):
            if c.label != "ORG" or text[c.end - 1] not in "部委" or c.end - c.start < 3:
                continue
            m = _MINISTRY_DEPT.match(text, c.end)
            # (国家民委政法司副司长: before a post the department is the title's; left alone)
            if (
                m is not None
                and not any(ch in _FUNCTION for ch in m.group())
                and doc.r.bare_post.match(text, m.end()) is None
            ):
                doc.add(c.start, m.end(), "ORG", 0.6, 3, "org.grammar")
    if _BRANCH_CUE.search(text) is not None:
        for c in list(doc.cands):
            if c.label != "ORG" or text[c.end - 1] not in "局厅委":
                continue
            m = _BRANCH.match(text, c.end)
            if m is not None and _known_division(m.group(1), doc):
                doc.add(c.start, m.end(), "ORG", 0.6, 3, "org.grammar")
            elif (
                # 某某区市场监管局城南分局, 市公安局开发区分局: the bureaus that keep branches by
                # area name them by a part of the city nobody lists (orgs23, systematic (b))
                text.endswith(_AREA_BRANCH_BUREAUS, c.start, c.end)
                and (m := _AREA_BRANCH.match(text, c.end)) is not None
                and m.group(1) not in _AREA_BRANCH_NOT
                and _unit_named(doc, m.group(1), m.end())
            ):
                doc.add(c.start, m.end(), "ORG", 0.6, 3, "org.grammar")
    if "国家税务总局" in text:
        # 国家税务总局某某市税务局(第一税务分局): the tax bureau's formal name since the 2018
        # reform is one body, not the state administration and a bureau (orgs23, systematic (b))
        for c in list(doc.cands):
            if c.label != "ORG" or text[c.start : c.end] != "国家税务总局":
                continue
            d = max(
                (
                    d
                    for d in doc.cands
                    if d.label == "ORG"
                    and d.start == c.end
                    and text.endswith(("税务局", "税务分局", "税务所"), d.start, d.end)
                ),
                key=lambda d: d.end,
                default=None,
            )
            if d is not None and doc.r.bare_post.match(text, d.end) is None:
                doc.add(c.start, d.end, "ORG", 0.6, 3, "org.grammar")
    if _POLICE_UNIT_CUE.search(text) is not None:
        # 某某公安分局某某派出所, 某某交警大队城区中队: the police's unit named after the bureau or
        # brigade it belongs to is one body with it (the bureau alone was tagged and its station
        # lost; orgs23, systematic (b): the police's structure); not before a post (所长某某)
        for c in list(doc.cands):
            if c.label != "ORG" or not text.endswith(("公安局", "分局", "大队"), c.start, c.end):
                continue
            m = _POLICE_SUB.match(text, c.end)
            # (区市场监管局会同某某派出所: a verb of joining opens a second body, none of this one)
            if (
                m is not None
                and not m.group(1).startswith(("联合", "会同", "协同", "配合", "联动"))
                and _unit_named(doc, m.group(1), m.end())
            ):
                _drop_cands(doc, "ORG", c.end, m.end())
                doc.add(c.start, m.end(), "ORG", 0.6, 3, "org.grammar")
    if "公司" in text:
        # 中国移动某某分公司, 国网某某供电公司: a state company's branch named by the place it
        # serves, after the company's brand (the place alone was tagged; orgs23, systematic (b))
        for m in _BRAND_BRANCH.finditer(text):
            if _known_division(m.group(1), doc) and doc.r.bare_post.match(text, m.end()) is None:
                _drop_cands(doc, "GPE", m.start(), m.end())
                doc.add(m.start(), m.end(), "ORG", 0.6, 3, "org.grammar")
    # 、某某书店某某县分公司、: a company's branch named by the county it serves, an item of a
    # list (session 15 audit); the company's name is what the list item holds before the place
    if _BRANCH_COMPANY_CUE.search(text) is not None:
        for m in _COMPANY_BRANCH.finditer(text):
            item = m.group(1)
            if any(c in _FUNCTION for c in item):
                continue
            # the place that closes the item (某某县), after a company's name of two at least
            if any(len(item) - n >= 3 and _known_division(item[-n:], doc) for n in (3, 4, 5)):
                _drop_cands(doc, "GPE", m.start(), m.end())
                doc.add(m.start(), m.end(), "ORG", 0.6, 3, "org.grammar")


# a document number after its issuer's code (办函〔2023〕, 发[2024], 字〔2022〕)
_DOC_NUMBER = re.compile(r"[发函字]?[〔\[［]\d{4}[〕\]］]")
# 某某市委 人民政府关于…: the government after its committee in a joint issuer's line
# (市委、政府已经…: the government written bare after its committee; orgs17)
_JOINT_GOVERNMENT = re.compile(
    "(?<=委)[ \u3000、](?:人民)?政府(?![{CJK}]?[长员]|部门|机关|工作|职能|各|有关|相关)".replace(
        "{CJK}", CJK
    )
)


def _joint_government(doc: Doc) -> None:
    """某某市委 人民政府 / 县委、人民政府: the government named bare right after a committee the
    rules read as a body is that place's government (org.grammar)."""
    if "政府" not in doc.text:
        return
    ends = {c.end for c in doc.cands if c.label == "ORG"}
    for m in _JOINT_GOVERNMENT.finditer(doc.text):
        if m.start() in ends:
            doc.add(m.start() + 1, m.end(), "ORG", 0.6, 2, "org.grammar")


# 市人大、政府、政协、法院、检察院党组: a level's bodies listed bare after the first, which holds
# the level, are that level's (the government after its committee is _joint_government's;
# session 38, orgs38)
_LEVEL_LIST_ITEM = re.compile(
    "[、和及](政府|人民政府|政协|人大常委会|人大|纪委监委|纪委|监委|法院|人民法院|检察院|人民检察院)"
    # (检察院党组工作: the party group, before the work it reports on)
    # (自治区党委、人大、政府、政协领导同志: the bodies' leaders after the last; orgs47a)
    "(?:党组(?=[、，。；和及与等]|工作|$)|(?=[、，。；和及与等]|领导|$))",
    re.M,
)


def _level_list_bodies(doc: Doc) -> None:
    """org.grammar: 政府 / 政协 / 法院 of 市人大、政府、政协、法院: bare bodies continuing a list
    opened by a body with its level."""
    text = doc.text
    # (自治区党委、人大、政府: a region's level opens the list as a province's does; orgs47a)
    ends = {
        c.end
        for c in doc.cands
        if c.label == "ORG"
        and (text[c.start] in _LEVELS or text.startswith(("自治区", "自治州"), c.start))
    }
    for m in _LEVEL_LIST_ITEM.finditer(text):
        if m.start() in ends:
            _drop_cands(doc, "ORG", m.start(1), m.end())
            doc.add(m.start(1), m.end(), "ORG", 0.6, 2, "org.grammar")
            ends.add(m.end())


# an outlet credited before its editor (（某某在线编辑：…）), or its channel before its news line
# (（某某在线某某频道新闻热线 …）: realdev11)
_OUTLET_EDITOR = re.compile(
    # (（某省广电融媒体记者 某某, （某某网驻某市新闻热线：: a merged outlet's reporter, a site's
    # station in a city; orgs27)
    rf"(?<=[（(])([{CJK}]{{2,6}}?(?:在线|网|融媒体|融媒|全媒体|发布|客户端)(?:[{CJK}]{{1,4}}?频道)?)"
    "(?=编辑|责编|供稿|记者|新闻热线|驻)"
)
# 淮河早报、某某网记者从…了解到: an outlet named before its reporter, after a mark or a list's
# comma (the place inside it is no GPE; session 27, places27)
# (（某某报业全媒体记者, （某某煤炭报记者, 某某导刊记者: every kind of _OUTLET_KINDS; orgs47b)
_OUTLET_REPORTER = re.compile(
    rf"(?:^|(?<=[\n 　（(、]))([{CJK}]{{2,6}}?(?:{alternation(_OUTLET_KINDS)}))(?=记者)",
    re.M,
)
# (the paper's or the site's all-media desk after its name: 某某报业全媒体, 某某日报社融媒体)
_PAPER_MEDIA = re.compile("(?:报社|报业|报|网|电视台|在线|客户端)((?:融媒体|全媒体|融媒))$")
# a team or troupe named in quotes (“某某闪光服务队”的志愿者们)
_QUOTED_TEAM = re.compile(
    rf"(?<=[“\"])([{CJK}]{{2,10}}?(?:志愿服务队|服务队|志愿队|突击队|先锋队|巡逻队|宣讲团|艺术团))(?=[”\"])"
)
# a hospital by its level and number (市一医院, 县二院): after a boundary or a connective
_HOSPITAL_SHORT = re.compile(
    r"(?:(?<=[、，。；：\n（(和及与在到由])|^)(?:省|市|县|区)第?[一二三四五六七八九]"
    r"(?:人民)?(?:医院|院)(?=[的、，。；）)和及与等在对要为也还将派])",
    re.M,
)
_NUMBERED_HOSPITAL = re.compile("[一二三四五六七八九]院")
# a school by its level and number (县一中, 市二中), as a hospital is (orgs17)
# (its number and kind gate the pass: 中 and 小 alone are in every text; session 35)
_NUMBER_SCHOOL = re.compile("[一二三四五六七八九十][中小]")
_LEVEL_SCHOOL = re.compile(
    r"(?:(?<=[、，。；：\n（(和及与在到由])|^)(?:市|县|区)第?[一二三四五六七八九十]{1,2}(?:中学|中|小)"
    r"(?=[的、，。；）)和及与等在对要为也还将派])",
    re.M,
)
# a city's traffic police as a body (某某交警介绍了…), not its brigades (交警大队, 交警部门)
_CITY_POLICE = re.compile(
    rf"([{CJK}]{{2,4}}?)交警(?![大支中]队|部门|系统|同志|执勤|[{CJK}]?[长员])"
)


# a democratic party's committee or branch at a level (民盟某某市委会, 九三学社某某委员会)
# (their names gate the pass: 民 alone, which the words' gate settles on, is in every text)
_DEMOCRATIC_PARTY_NAME = re.compile("民[盟进建革]|农工党|致公党|九三学社|台盟")
_DEMOCRATIC_PARTY = re.compile(
    rf"(?:民盟|民进|民建|民革|农工党|致公党|九三学社|台盟)[{CJK}]{{0,5}}?"
    r"(?:省委会|市委会|区委会|县委会|委员会|总支部|支部"
    # (九三学社某某市委开展…: the committee written short, not before its posts; orgs17)
    rf"|(?:省|市|区|县)委(?!会|主委|副主委|委员|常委|书记|[{CJK}]?[长员]))"
)
# an outlet named in the editor's or the author's field (编辑：某某房产网; 作者：某某网, an
# outlet credited as the author of a reprint: realdev12)
_EDITOR_FIELD = re.compile("(?:编辑|作者)[：:]")
_EDITOR_OUTLET = re.compile(
    rf"(?<=(?:编辑|作者)[：:])([{CJK}]{{2,8}}?(?:网|在线|信息港))(?=[\s　|]|$)", re.M
)


# 中共某某县委员会, 政协某某市委员会, 中国人民政治协商会议某某县委员会: a party committee or a
# consultative conference named in full with its division (a report's or a document's issuer);
# its office or its standing committee is one body with it
_FULL_COMMITTEE = re.compile(
    rf"(?:中国共产党|中共|中国人民政治协商会议|政协)([{CJK}]{{2,12}}?)"
    "(?:常务)?委员会(?:办公室|办公厅)?"
)


# a group or an office named by its campaign in quotes, or by a numbered joint campaign
# (道县“八城同创”督查组, “三城同创”指挥部办公室, 某县五城同创督查组; orgs17); the level or place
# before it belongs to it
_CAMPAIGN_KIND = (
    # (区“创文”督导第十一小组: a numbered group of the campaign; orgs17)
    # (省“三防”指挥中心: the headquarters' command centre; dev43 both golds)
    "(?:工作)?(?:总?指挥部(?:办公室)?|指挥中心|领导小组(?:办公室)?|督查组|督导组|工作组|考核组|检查组"
    "|(?:督导|督查|检查)(?:第[一二三四五六七八九十]{1,3})?小组"
    "|工作专班|专班|办公室|办)(?![{CJK}]?[长员任])"
).replace("{CJK}", CJK)
_QUOTED_CAMPAIGN_GROUP = re.compile(
    # (市\n“\n四城同创\n”\n指挥部办公室: a converted page's line breaks around the quotes)
    rf"[“\"]\n?[{CJK}]{{2,8}}\n?[”\"]\n?{_CAMPAIGN_KIND}"
    rf"|[一二三四五六七八九十两多]城(?:同创|联创|共创){_CAMPAIGN_KIND}"
)
# a site named as the provider or owner of the page (由某省新闻网-某某网提供, 某某网版权与免责声明,
# 未经某某网（以下简称本网）许可; orgs17)
_SITE_OWNER = re.compile(
    rf"(?:(?<=[由经\-－\n])|^)([{CJK}]{{2,8}}?网)(?=提供|版权|许可|（以下简称|\(以下简称)", re.M
)
_NOT_SITES = frozenset(("互联网", "物联网", "局域网", "广域网", "因特网", "万维网"))
# the publisher's field of a government page (发布机构：某某市某某镇人民政府关 键 词：…; orgs17)
_PUBLISHER = re.compile(
    rf"(?<=发布机构[：:])[ 　]*([{CJK}]{{2,16}}?)(?=关[ 　]*键|[ 　\t\n|]|$)", re.M
)
# a company with its place in brackets (某某（六安）公司, 某某（集团）有限公司; orgs17)
_BRACKET_COMPANY = re.compile(
    rf"(?:(?<=[、，。；：\n对和及与])|^)([{CJK}]{{2,6}}[（(][{CJK}]{{2,4}}[）)]"
    rf"(?:有限责任公司|股份有限公司|有限公司|公司|集团))",
    re.M,
)
# a bank's branch (中行某某支行, 邮储银行某某县支行; orgs17)
_BANK_BRANCH = re.compile(
    rf"(?:(?<=[、，。；：\n（(和及与])|(?<=会同)|(?<=以及)|(?<=联合)|^)"
    rf"((?:中行|工行|农行|建行|交行|[{CJK}]{{2,6}}?银行)[{CJK}]{{2,6}}?(?:支行|分行|营业部))",
    re.M,
)
# the national campaign's assessment team (国家卫生县城技术评估组, 全国文明城市测评组; orgs17)
_NATIONAL_TEAM = re.compile(
    "(?:国家|全国)(?:卫生|文明)(?:城市|县城|乡镇|城镇|城区)(?:技术)?"
    "(?:评估组|考核组|暗访组|复审组|测评组|检查组|专家组|验收组)(?![长员])"
)
# a site's masthead alone on its line (某某网), or its editor (某某网小编整理的…)
_MASTHEAD = re.compile(rf"\s*([{CJK}]{{2,8}}网)[ 　]*(?=\n|$)")


_BANK_CUE = re.compile(words_cue(("支行", "分行", "营业部")))
_COMPANY_CUE = re.compile(words_cue(("公司", "集团")))


def _named_bodies(doc: Doc) -> None:
    """Bodies named in a form of their own (orgs17): a campaign's group named in quotes or by a
    numbered joint campaign, the publisher's field of a government page, a company with its
    place in brackets, the national campaign's assessment team, a bank's branch, and a site
    named by its masthead line, as the page's provider or owner, or before its editor."""
    text = doc.text
    if "城同创" in text or "城联创" in text or "城共创" in text or "”" in text or '"' in text:
        for m in _QUOTED_CAMPAIGN_GROUP.finditer(text):
            a, b = m.span()
            if a and text[a - 1] in "）)个支批些":
                # 县（区）“某某”指挥部办公室: every county's office; 十二个“创文”督导小组: a
                # count of groups; none named
                continue
            if a >= 2 and text[a - 1] == "\n" and text[a - 2] in "省市县区州旗镇乡":
                a -= 1  # the level before the break
            if a and text[a - 1] in "省市县区州旗镇乡":
                lo = extend_gpe_prefix(doc, a - 1)
                prev = text[lo - 1] if lo else "\n"
                if (
                    lo < a - 1
                    or not _is_cjk(prev)
                    or prev in _PUNCT_BOUNDARY
                    # (各部门要在区“某某”指挥部的统一组织下: after 在 / 向 too; orgs27)
                    # (…常委会议暨市“某某”工作领导小组会议: after 暨, the "and" of joint
                    # meetings; session 34, misc36)
                    or prev in "和及与对由在向暨"
                    # (致电省“某某”总指挥部: a verb before the level, the two no word; not
                    # 城市“某某”…, nor the reach of 全市 / 各县)
                    or (
                        lo == a - 1
                        and prev not in "全各本我该每其这那"
                        and not jieba_tokenizer().FREQ.get(text[lo - 1 : a])
                    )
                ):
                    a = lo
            elif text[a] not in '“"' and a and _is_cjk(text[a - 1]):
                continue  # (…的五城同创工作组: a clause before the campaign; only a level opens it)
            if any(c in _FUNCTION for c in text[a:b] if c not in '“”"\n'):
                continue
            if text[a] in '“"':
                # …为成员的“某某行动”工作领导小组: no level or place before the quote, the span
                # would open with an enclosing mark (GUIDELINES); the quoted campaign is the
                # SLOGAN (dev28's golds, both; session 28, places28)
                continue
            _drop_cands(doc, "SLOGAN", a, b)
            _drop_cands(doc, "GPE", a, b)
            doc.add(a, b, "ORG", 0.6, 3, "org.named")
    if "发布机构" in text:
        for m in _PUBLISHER.finditer(text):
            if not any(c in _FUNCTION for c in m.group(1)):
                _drop_cands(doc, "GPE", m.start(1), m.end(1))
                _drop_cands(doc, "ORG", m.start(1), m.end(1))
                doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")
    if _COMPANY_CUE.search(text) is not None:
        for m in _BRACKET_COMPANY.finditer(text):
            if not any(c in _FUNCTION for c in m.group(1)):
                _drop_cands(doc, "GPE", m.start(1), m.end(1))
                doc.add(m.start(1), m.end(1), "ORG", 0.55, 3, "org.company")
    if "组" in text:
        for m in _NATIONAL_TEAM.finditer(text):
            doc.add(m.start(), m.end(), "ORG", 0.6, 3, "org.grammar")
    if _BANK_CUE.search(text) is not None:
        for m in _BANK_BRANCH.finditer(text):
            if not any(c in _FUNCTION for c in m.group(1)):
                _drop_cands(doc, "GPE", m.start(1), m.end(1))
                doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.company")
    if "网" in text:
        first = _MASTHEAD.match(text)
        if (
            first is not None
            and first.group(1)[:-1] not in common_words()
            and first.group(1)[-3:] not in _NOT_SITES
        ):
            # the page's first line, a site's name alone (某某网)
            _drop_cands(doc, "GPE", first.start(1), first.end(1))
            doc.add(first.start(1), first.end(1), "ORG", 0.6, 3, "org.named")
        for m in _SITE_OWNER.finditer(text):
            name = m.group(1)
            # (豫都网: 都 may open or close a name; 互联网 is no site)
            if (
                name[:-1] in common_words()
                or name[-3:] in _NOT_SITES
                or any(c in _FUNCTION and c != "都" for c in name)
            ):
                continue
            _drop_cands(doc, "GPE", m.start(1), m.end(1))
            doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")
        for i in _occurrences(text, "网小编"):
            # 下面是某某网小编整理的…: the longest name before 网 with no function word
            for n in (4, 3, 2):
                name = text[i - n : i] if i >= n else ""
                if name and all_cjk(name) and not any(c in _FUNCTION for c in name):
                    doc.add(i - n, i + 1, "ORG", 0.6, 3, "org.named")
                    break


_EDITOR_CUE = re.compile(words_cue(("编辑", "责编", "供稿", "新闻热线", "作者", "记者")))


def _more_orgs(doc: Doc) -> None:
    """org.named: outlets before their editor, teams named in quotes, a city's traffic police;
    org.grammar: hospitals by level and number, committees named in full."""
    text, g = doc.text, doc.r.g
    if "委员会" in text:
        for m in _FULL_COMMITTEE.finditer(text):
            place = m.group(1)
            if (_division_name(place, g) or place in g.admin_full) and doc.r.bare_post.match(
                text, m.end()
            ) is None:
                doc.add(m.start(), m.end(), "ORG", 0.7, 2, "org.grammar")
    if _EDITOR_CUE.search(text) is not None:
        for m in _OUTLET_EDITOR.finditer(text):
            end = m.end(1)
            merged = _PAPER_MEDIA.search(m.group(1))
            if merged is not None:
                # （某某日报社融媒体记者: the paper's all-media desk, the outlet is the paper
                end = m.start(1) + merged.start(1)
            doc.add(m.start(1), end, "ORG", 0.6, 3, "org.named")
        if _EDITOR_FIELD.search(text) is not None:
            for m in _EDITOR_OUTLET.finditer(text):
                doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")
    if "记者" in text:
        for m in _OUTLET_REPORTER.finditer(text):
            # (宝安讯宝安日报记者: a dateline's 讯 ends the line's opening, not inside a name)
            name = m.group(1)
            # (某某日报社融媒体记者: the outlet is the paper, its media centre is no name of its
            # own, as in 某某日报全媒体讯)
            end = m.end(1)
            merged = _PAPER_MEDIA.search(name)
            if merged is not None:
                end = m.start(1) + merged.start(1)
            if not any(c in _FUNCTION or c == "讯" for c in name) and end - m.start(1) >= 2:
                doc.add(m.start(1), end, "ORG", 0.6, 3, "org.named")
        # （记者某某 某某台记者某某）: a TV station by its place and 台 alone before its
        # reporter, the place one the gazetteers know, after a mark or a space (f49 gold; orgs50)
        for i in _occurrences(text, "台记者"):
            for n in (3, 2):
                a = i - n
                place = text[a:i]
                if a < 0 or (place not in g.gpe_names and place not in g.admin_stems):
                    continue
                if a and _is_cjk(text[a - 1]):
                    continue
                doc.add(a, i + 1, "ORG", 0.6, 3, "org.named")
                break
    if _DEMOCRATIC_PARTY_NAME.search(text) is not None:
        for m in _DEMOCRATIC_PARTY.finditer(text):
            if not any(c in _FUNCTION for c in m.group()):
                doc.add(m.start(), m.end(), "ORG", 0.65, 3, "org.named")
    # 中央驻某单位: the centre as the body whose units are stationed there
    for i in _occurrences(text, "中央驻"):
        doc.add(i, i + 2, "ORG", 0.6, 2, "org.central")
    if "“" in text or '"' in text:
        for m in _QUOTED_TEAM.finditer(text):
            if not any(c in _FUNCTION for c in m.group(1)):
                doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.named")
    if _NUMBER_SCHOOL.search(text) is not None:
        for m in _LEVEL_SCHOOL.finditer(text):
            doc.add(m.start(), m.end(), "ORG", 0.6, 2, "org.school")
    if "医院" in text or _NUMBERED_HOSPITAL.search(text):
        for m in _HOSPITAL_SHORT.finditer(text):
            doc.add(m.start(), m.end(), "ORG", 0.6, 2, "org.grammar")
    if "交警" in text:
        for m in _CITY_POLICE.finditer(text):
            # the place must be one the gazetteer or the article knows, opening a clause
            for a in range(m.start(1), m.end(1) - 1):
                if _known_place(text[a : m.end(1)], g, doc.doc_stems) and (
                    a == 0
                    or not _is_cjk(text[a - 1])
                    or text[a - 1] in _NAME_START_AFTER
                    or text[a - 2 : a] in ("介绍", "绍了")
                ):
                    doc.add(a, m.end(), "ORG", 0.55, 2, "org.named")
                    break


# a list of at least three items (甲、乙、丙): bodies of a list are read from their neighbours
_LIST_ITEMS = re.compile(rf"[{CJK}]{{2,16}}(?:、[{CJK}]{{2,16}}){{2,}}")
# a run of 、 and characters _is_cjk holds (its ranges; tests/test_preannotate_orgs_speed37.py):
# the stretch of text a list standing around a body can fill
_LIST_RUN = re.compile("[、\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]*")


def _list_run(text: str, i: int) -> int:
    """The length of the run of _LIST_RUN's characters from i on (0 where none is there)."""
    m = _LIST_RUN.match(text, i)
    return 0 if m is None else m.end() - i


# what a body's short name ends with, in a list of bodies (车管所、科研所, 某某办、某某中心)
# (县人民医院、中医院、某某医院等: hospitals and courts too; session 14 audit)
# (政法委, 管委: a committee's short form; orgs17)
_LISTED_BODY_END = (
    "所",
    "中心",
    "大队",
    "中队",
    "支队",
    "办",
    "局",
    "站",
    "科",
    "处",
    "队",
    "院",
    "委",
)
# what follows the last item of a list of bodies, the sentence going on (分别作发言, 等单位)
# (政法委副职以上领导干部, 党校全体人员: the staff the list names; orgs17)
_LONG_LISTED_ENDS = ("服务中心", "管理中心", "医院", "支行", "分行")
# a law-enforcement corps named by its whole field (城市管理综合行政执法队; lead18)
_CORPS_ENDS = ("执法队", "执法大队", "执法中队")
_SITE_ENDS = ("车站", "加油站", "中转站", "收费站", "压缩站", "公交站", "服务站")
_LIST_CLOSERS = ("分别", "等", "作", "负责", "参加", "主要", "相关", "副职", "全体")
_FACILITY_CENTRES = tuple(rule_words()["visited_facility_kinds"])


def _listed_bodies(doc: Doc) -> None:
    """org.listed: an item of a list of bodies that no rule read, ending in a body's kind
    (科研所, 交通指挥中心), next to an item read as a body (交管局机关党支部、车管所、…)."""
    text = doc.text
    if "、" not in text:
        return
    orgs = {(c.start, c.end) for c in doc.cands if c.label == "ORG"}
    n = len(text)
    # only the lists a body stands in are read (a body next to a 、)
    seeds = [(a, e) for a, e in orgs if (e < n and text[e] == "、") or (a and text[a - 1] == "、")]
    if not seeds:
        return
    starts = {a for a, _ in orgs}
    ends = {e for _, e in orgs}
    joined: dict[int, list[int]] = {}
    for a, e in orgs:
        if e < n and text[e] in "和及与":
            joined.setdefault(a, []).append(e)
    bounds = set()
    # (the run before a seed read forwards in the reversed text: a regex match in C, where a
    # loop over the run's characters called _is_cjk for each, ~30 a seed on real pages)
    backwards = text[::-1]
    for a, e in seeds:
        bounds.add((a - _list_run(backwards, n - a), e + _list_run(text, e)))
    lists = [m for lo, hi in sorted(bounds) for m in _LIST_ITEMS.finditer(text, lo, hi)]
    for m in lists:
        items = []
        p = m.start()
        for part in m.group().split("、"):
            items.append((p, p + len(part)))
            p += len(part) + 1
        # 爱卫办、卫生监督所等23个单位: the last item runs into 等, which closes the list;
        # 公安局、市场监督局分别作发言: or into the verb of the sentence the list opens
        a, e = items[-1]
        closed = False
        if e - a > 3 and text[e - 1] == "等":
            items[-1] = (a, e - 1)
            closed = True
        else:
            for j in range(a + 3, e - 1):
                if text.endswith(_LISTED_BODY_END, a, j) and text.startswith(_LIST_CLOSERS, j):
                    items[-1] = (a, j)
                    closed = True
                    break
        # 。市某某服务中心、…、市某某服务中心相关负责人: a first item opening after a stop and a
        # last item a closer cut hold no clause; a long one is whole when its level opens it
        # and a centre or a corps closes it (lead18)
        clean_ends = {0} if items[0][0] == 0 or not _is_cjk(text[items[0][0] - 1]) else set()
        if closed:
            clean_ends.add(len(items) - 1)
        # the first item may carry the clause before it; the last may run into the sentence
        # (机动大队8个…: a non-CJK character closes it; 某某队参加会议: left out)
        last = len(items) - 1
        # (交警三大队和部分餐饮、超市: an item a body opens and a connective closes is read, what
        # the connective joins to it aside; lead18)
        ok = [
            (a, e) in orgs
            or (i == last and a in starts)
            or (i == 0 and e in ends)
            or (a in starts and any(x < e and text[x] in "和及与" for x in joined.get(a, ())))
            for i, (a, e) in enumerate(items)
        ]
        changed = True
        while changed:
            changed = False
            for i, (a, e) in enumerate(items):
                if ok[i] or a in starts:
                    continue
                if not ((i > 0 and ok[i - 1]) or (i + 1 < len(items) and ok[i + 1])):
                    continue
                name = text[a:e]
                if (
                    # (榕华街道服务中心, 某某区政务服务中心: a longer name closed by a centre or a
                    # hospital; orgs17)
                    (
                        3 <= len(name) <= 7
                        or (len(name) <= 10 and name.endswith(_LONG_LISTED_ENDS))
                        or (len(name) <= 12 and name.endswith(_CORPS_ENDS))
                    )
                    and (
                        name.endswith(_LISTED_BODY_END)
                        # 宣传部、公安分局、…: a department of the committee (not 党员干部)
                        or (name[-1] == "部" and name[-2:] not in common_words())
                    )
                    and not any(c in _FUNCTION for c in name)
                    and name[0] not in "各全每该本我这那其相有所"
                    and (
                        i not in (0, len(items) - 1)
                        or len(name) <= 5
                        or (
                            i in clean_ends
                            and name[0] in "省市县区"
                            and name.endswith(_LONG_LISTED_ENDS + _CORPS_ENDS)
                        )
                        # (…、某某管理服务中心、农业发展服务中心主要负责同志: the last item, cut
                        # by the list's closer, is a centre named by its field; orgs37)
                        # (党群服务中心, 便民服务中心: a facility a community has, no body)
                        or (
                            i == last
                            and closed
                            and i > 0
                            and name.endswith(("服务中心", "管理中心"))
                            and not name.endswith(_FACILITY_CENTRES)
                        )
                    )
                    # (汽车站, 加油站, 垃圾压缩站: places in a list of sites visited; orgs17)
                    and not name.endswith(_SITE_ENDS)
                    # (县区卫健委: every county's and district's, none named)
                    and name[:2] not in ("县区", "区县", "市县", "县市", "乡镇", "镇街", "街镇")
                ):
                    doc.add(a, e, "ORG", 0.5, 1, "org.listed")
                    ok[i] = changed = True


_COMPANY_OWN = re.compile(
    "(?:综合|行政|党群)?办公室|(?:机关)?(?:党委|党总支|党支部)|双创办|创[城文卫森]办"
)


_COMPANY_UNIT = re.compile("客户服务中心|客服中心|营业厅|营业部|营业所")
# 某某煤业有限公司某某煤矿, 某某集团某某电厂: a mine or a plant of the company, named by a name of
# its own after the company's, is one body with it (dev43 both golds; not its head, 矿长 / 厂长,
# nor its grounds, 厂区 / 厂房)
_SITE_COMPANY = re.compile(rf"[{CJK}]{{0,8}}?(?:公司|集团)")
# (某某公司某泉煤业: the coal company it owns, named after it; f46 gold, orgs49b)
# (某某公司某某沟尾矿库, 尾矿坝: the tailings pond or dam the company runs is a site, no mine of
# its; f49 both golds, orgs50)
_COMPANY_SITE = re.compile(
    rf"[{CJK}]{{2,5}}?(?:煤矿|矿井|矿|电厂|分厂|厂|煤业)(?![长区房址内家商矿库坝])"
)


# 参观了某某菜市场、某某医院、某某社区, 来到某某医院: a hospital named by a name of its own, an
# item of a list or the place a visit goes to, is a body (ORG), never a place (both golds of
# dev32; the kind before it, 定点医院, 民营医院, says which: org_hospital_not.txt; orgs32)
_NAMED_HOSPITAL = re.compile(
    # (赴某某人民医院、…, 检查某某医院: a visit's verb before the hospital it goes to; orgs43)
    rf"(?:^|(?<=[\n、，。；：（(和及与到赴])|{_VISITED_BEFORE})([{CJK}]{{2,4}}?)医院"
    "(?=[、，。；）)和及与等]|$)",
    re.M,
)
_HOSPITAL_NOT = frozenset(_lines("org_hospital_not.txt"))


def _named_hospitals(doc: Doc) -> None:
    text = doc.text
    for m in _NAMED_HOSPITAL.finditer(text):
        stem = m.group(1)
        # (某旗人民医院: 人民 is the kind's own word, the name is what stands before it; orgs43)
        if stem.endswith("人民") and len(stem) >= 4:
            stem = stem[:-2]
        # (仁和医院: 和 inside a name of two is no connective; a clause word is none)
        if (
            any(c in "的了在是把被将从对为向到" for c in stem)
            or stem[0] in _FUNCTION
            or stem[:2] in _HOSPITAL_NOT
            or stem[-2:] in _HOSPITAL_NOT
            or _names_no_body(stem)
        ):
            continue
        _add_named_body(doc, m.start(1), m.end())


def _names_no_body(stem: str) -> bool:
    """A stem before a hospital's or a firm's kind that names none: it opens with a determiner,
    a numeral or a level, or its first two characters are a common or function word, or its
    last two a common word."""
    return (
        stem[0] in "各全每该本我这那其一二两三四五六七八九十几多数某省市县区州旗镇乡村"
        or stem[:2] in common_words()
        or stem[:2] in function_words()
        or stem[-2:] in common_words()
    )


def _add_named_body(doc: Doc, a: int, b: int) -> None:
    """org.company over a..b unless an ORG the rules read overlaps it (the longer reading)."""
    if not any(c.label == "ORG" and c.start < b and a < c.end for c in doc.cands):
        doc.add(a, b, "ORG", 0.5, 3, "org.company")


# 、青峰汽车销售服务（南岭）有限公司, 青禾（中国）日用品有限公司: a company registered with its
# place (or 中国) in brackets inside the name; the name is the whole, the bracket is no GPE
_BRACKET_PLACE = re.compile(rf"[（(]([{CJK}]{{2,4}}?)(?:市|省)?[）)]")


def _bracketed_companies(doc: Doc) -> None:
    """A company whose name holds its place in brackets (某某（南岭）有限公司): the ORG the
    rules read after the bracket, or the bracket alone, opens at the name before the bracket
    when that name opens after a mark or a verb of going (org.company; session 33, orgs33)."""
    text, g = doc.text, doc.r.g
    for m in _BRACKET_PLACE.finditer(text):
        place = m.group(1)
        # (某某（集团）有限公司: the group written in brackets the same way)
        if place not in ("中国", "集团") and not _known_place(place, g, doc.doc_stems):
            continue
        # the company's kind closes the name right after the bracket or a trade after it
        tail = _BRACKET_TAIL.match(text, m.end())
        if tail is None:
            continue
        lo = m.start()
        while lo > m.start() - 13 and lo > 0 and _is_cjk(text[lo - 1]):
            lo -= 1
        # (一行赴青禾（南岭）…, 深入…: a written verb of going to the unit opens its name, a
        # mark before it or none within reach; orgs39)
        going = max(
            (at + len(v) for v in _BRACKET_GOING if (at := text.rfind(v, lo, m.start())) >= 0),
            default=-1,
        )
        if going > lo:
            lo = going
        elif lo == m.start() - 13 or m.start() - lo < 2:
            continue  # (no mark before the name within reach: a clause, not a name)
        # (由青禾（中国）…, 一行来到青禾（南岭）…: the name opens after the clause's last
        # function character or verb of going)
        cut = max((i + 1 for i, c in enumerate(text[lo : m.start()]) if c in _FUNCTION), default=0)
        lo += cut
        for lead in _ACT_LEADS.finditer(text, lo, m.start()):
            lo = max(lo, lead.end())
        name = text[lo : m.start()]
        if len(name) < 2 or name[:2] in function_words() or name[0] in "各全每该本我这那其":
            continue
        end = tail.end()
        # (…有限公司南岭分公司: its branch named by the place it serves is one body with it)
        branch = _BRACKET_BRANCH.match(text, end)
        if branch is not None and _known_place(branch.group(1).rstrip("市县区"), g, doc.doc_stems):
            end = branch.end()
        # (the longer span outranks the trade and the place read inside it: engine._resolve)
        doc.add(lo, end, "ORG", 0.6, 3, "org.company")


_BRACKET_GOING = ("赴", "深入")

# what closes a company's name after the bracket (有限公司, or a trade of up to six characters
# and the kind: 日用品有限公司, 食品有限责任公司)
_BRACKET_TAIL = re.compile(
    rf"[{CJK}]{{0,6}}?(?:股份有限公司|有限责任公司|有限公司|集团有限公司)(?![{CJK}]{{0,2}}[长任])"
)


# 某某日报报业集团: a paper's publishing group after the paper's name (session 33, orgs33)
_PRESS_GROUP = re.compile(rf"报业(?:传媒)?集团(?:有限公司)?(?![{CJK}]?[长任])")
# …有限公司某某分公司: a bracketed company's branch named by a place (session 33, orgs33)
_BRACKET_BRANCH = re.compile(rf"([{CJK}]{{2,4}}?)分公司(?![{CJK}]?[长任])")


# 到某某铝业、某某镇…, 、某某木业等地, 来到某某铝业视察: a company named by a name of its own and
# its trade with no 公司 (org_firm_trades.txt), an item of a list or the place a visit goes to
# (session 33, orgs33)
_FIRM_TRADES = tuple(_lines("org_firm_trades.txt"))
# 、优模科技、, 到华兰生物调研: trades that are also nouns of a policy (科技, 环保, 生物), read only
# after a name of its own, one no dictionary word gives (生态环保, 节能环保, 有机农业 name none;
# rule_words.json firm_policy_trades; orgs41)
_POLICY_TRADES = frozenset(rule_words()["firm_policy_trades"])
_FIRM_TRADE_WORDS = (*_FIRM_TRADES, *sorted(_POLICY_TRADES))
_NAMED_FIRM = re.compile(
    rf"(?:^|(?<=[\n、，。；：（(])|(?<=[^了]到)|(?<=走进)|(?<=走访)|(?<=深入)|(?<=前往)|(?<=来到))"
    # (，到某某铝业: the verb after the mark is no part of the name)
    "(?!到|来到|走进|走访|深入|前往)"
    rf"([{CJK}]{{2,4}}?)({alternation(_FIRM_TRADE_WORDS)})"
    "(?=[、，。；）)和及与等]|视察|调研|检查|督导|察看|查看|实地|$)",
    re.M,
)
# (a word jieba's dictionary holds this often is a word of the language, no firm's name)
_NAME_WORD_FREQ = 100


def _named_firms(doc: Doc) -> None:
    """org.company: 某某铝业, 某某木业 as an item of a list or the place a visit goes to, its name
    no common or function word and no level (_NAMED_FIRM); before a trade of a policy (某某科技)
    a name jieba reads as single characters or rare words only. An item of a list written with
    、 right beside a firm (a company the rules read, or a firm read here) is a firm though its
    name is a word (甲新材料、纵横线科技、乙环保、丙电气有限公司等: the list names firms; both
    golds of f45; orgs46)."""
    text = doc.text
    held: list[re.Match[str]] = []
    for m in _NAMED_FIRM.finditer(text):
        stem = m.group(1)
        if any(c in _FUNCTION for c in stem) or stem[-2:] in function_words():
            continue
        if _names_no_body(stem):
            held.append(m)
            continue
        if m.group(2) in _POLICY_TRADES:
            tok = jieba_tokenizer()
            if any(c in _STEM_BAD for c in stem) or any(
                len(w) > 1 and tok.FREQ.get(w, 0) >= _NAME_WORD_FREQ
                for w in tok.lcut(stem, HMM=False)
            ):
                held.append(m)
                continue
        _add_named_body(doc, m.start(1), m.end())
    if not held:
        return
    # (the firms beside an item: ORGs ending in a company's kind or a trade, by their ends and
    # starts; an item taken joins them, so a run of such items is read one after another)
    firms = [
        c
        for c in doc.cands
        if c.label == "ORG" and text.endswith((*_COMPANY_NAME_KINDS, *_FIRM_TRADE_WORDS), 0, c.end)
    ]
    ends, starts = {c.end for c in firms}, {c.start for c in firms}
    while held:
        left = []
        for m in held:
            a, b = m.start(1), m.end()
            stem = m.group(1)
            if stem[0] in _LISTED_FIRM_NOT or stem in common_words():
                continue
            if (text[a - 1 : a] == "、" and a - 1 in ends) or (
                text[b : b + 1] == "、" and b + 1 in starts
            ):
                _add_named_body(doc, a, b)
                ends.add(b)
                starts.add(a)
            else:
                left.append(m)
        if len(left) == len(held):
            break
        held = left


# (what never opens a firm's name even in a list of firms: a determiner, a numeral, a level)
_LISTED_FIRM_NOT = frozenset("各全每该本我这那其一二两三四五六七八九十几多数某省市县区州旗镇乡村")


# 、某某农机农民专业合作社、, 某村某某养殖合作社: a farmers' cooperative named by a name of its
# own (a person's, a brand's) and its trade, in a list of the sites a visit goes to; the name
# is the run back to a mark, a connective, a verb of going or the village or town before it
# (no part of the name), read only where jieba reads its first word, after any place, as
# single characters or a rare word (农民专业合作社, 指导农业合作社, 党支部领办合作社 name none;
# audit43's sample of wide42, three pages; orgs41)
_COOPERATIVE_STOP = frozenset("村镇乡")
_COOPERATIVE_RUN_STOP = frozenset(_NAME_START_AFTER) | _COOPERATIVE_STOP
_COOPERATIVE_NOT = frozenset("一二三四五六七八九十两个首第")
_COOPERATIVE_OPEN = frozenset("、和及与的在村镇乡")
# (the verbs of going to a unit, and of visiting or looking at a site, end a cooperative's name)
_COOPERATIVE_GOING = (*sorted(_GOING_TO_UNIT), "来到", "走访", "察看", "查看")


def _cooperatives(doc: Doc) -> None:
    """org.named: a farmers' cooperative named by a name of its own (the comment above)."""
    text, g = doc.text, doc.r.g
    tok = jieba_tokenizer()
    for k in _occurrences(text, "合作社"):
        lo = _name_run_start(text, k, 12, _COOPERATIVE_RUN_STOP, _COOPERATIVE_GOING)
        stem = text[lo:k]
        if len(stem) < 2 or any(c in _FUNCTION or c in _COOPERATIVE_NOT for c in stem):
            continue
        # (，推动某某合作社…: after a clause's mark a verb may open the run; an item of a list,
        # a connective, 的, 在, a verb of going or the village opens the name)
        if not (text[lo - 1 : lo] in _COOPERATIVE_OPEN or text.endswith(_COOPERATIVE_GOING, 0, lo)):
            continue
        if _rare_first_word(tok.lcut(stem, HMM=False), g):
            doc.add(lo, k + 3, "ORG", 0.6, 3, "org.named")


def _rare_first_word(words: list[str], g: Gazetteers) -> bool:
    """Does a firm's stem (jieba's words, HMM off) hold a name of its own: its first word after
    any place the gazetteers know is a single character or a word jieba's dictionary holds
    rarely (铸升, 华能: a name; 推进, 生活, 农产品: a word of the language, the kind's)?"""
    i = 0
    while i < len(words) - 1 and (words[i] in g.gpe_names or words[i] in g.admin_full):
        i += 1
    first = words[i]
    return len(first) == 1 or jieba_tokenizer().FREQ.get(first, 0) < _NAME_WORD_FREQ


# (words that say which kind of firm, plant or farm, never whose: 私营, 无证, 燃煤, 小;
# org_kind_qualifiers.txt, orgs47b)
_KIND_QUALIFIERS = frozenset(_lines("org_kind_qualifiers.txt"))


def _kind_word_first(words: list[str], g: Gazetteers) -> bool:
    """Does a stem (jieba's words) open, after any place the gazetteers know, with a word that
    says which kind (无证汽车修理厂, 某县私营林场, 小电厂), no name of its own?"""
    i = 0
    while i < len(words) - 1 and (words[i] in g.gpe_names or words[i] in g.admin_full):
        i += 1
    rest = "".join(words[i:])
    return words[i] in _KIND_QUALIFIERS or any(
        len(q) > 1 and rest.startswith(q) for q in _KIND_QUALIFIERS
    )


# 、某县某某金属制品厂、, 来到某某热电厂, 某某冶炼厂、某某烟花厂: a plant named by PLACE? + a name
# of its own + TRADE? + 厂, an item of a list, a visit's goal or a line's opening, is a firm
# (ORG); the grammar is the cooperative's (_rare_first_word): no vocabulary of trades, the name
# decides (燃煤电厂, 农产品加工厂, 各电厂, 关停小电厂 name none). Not the plant's head, grounds or
# buildings (厂长, 厂区, 厂房, 厂内 …), nor the works a level runs for water or waste, which the
# place rules read as facilities (某镇自来水厂, 污水处理厂: LOC in both golds of f46; the
# named kinds and loc_kinds_more hold those). (f46 both golds, dev gold; wide45/46 ~10 more;
# orgs47b)
# (进厂, 出厂, 返厂: a verb with the plant as its object, no plant's name; 某某厂镇, 某某厂村,
# 某某厂路: a division, a village or a road named after an old plant, the place rules' own)
# (某社区药厂小区, 某某厂宿舍: a plant's name naming a place after it; the plant closes at a mark,
# a connective, 是 / 的 / 在 / 将, or a visit's verb: 某某热电厂是…, 某某烟花厂调研)
_PLANT_KIND = re.compile(
    "(?<![进出入返回离])厂"
    "(?=[^\u3400-\u9fff\uf900-\ufaff]|[和及与等是的在将]|调研|检查|视察|考察|察看|查看|实地|$)"
)
_PLANT_NOT_ENDS = ("自来水", "污水处理", "垃圾处理", "净水", "水", "分", "总")
_PLANT_STOP = _COOPERATIVE_RUN_STOP
_PLANT_OPEN = frozenset("、和及与的在\n 　，。；：（(【")


def _named_plants(doc: Doc) -> None:
    """org.named: a plant named by a name of its own (the comment above)."""
    text, g = doc.text, doc.r.g
    tok = jieba_tokenizer()
    for m in _PLANT_KIND.finditer(text):
        k = m.start()
        lo = _name_run_start(text, k, 12, _PLANT_STOP, _COOPERATIVE_GOING)
        stem = text[lo:k]
        if (
            len(stem) < 3
            or stem.endswith(_PLANT_NOT_ENDS)
            or any(c in _FUNCTION or c in _COOPERATIVE_NOT for c in stem)
            # (广州某玻璃钢化厂: a plant whose name the report withholds names none)
            or "某" in stem
        ):
            continue
        if not (lo == 0 or text[lo - 1] in _PLANT_OPEN or text.endswith(_COOPERATIVE_GOING, 0, lo)):
            continue
        if any(c.label == "ORG" and c.start <= lo and c.end >= k + 1 for c in doc.cands):
            continue
        words = tok.lcut(stem, HMM=False)
        if _rare_first_word(words, g) and not _kind_word_first(words, g):
            doc.add(lo, k + 1, "ORG", 0.6, 3, "org.named")


# 某某水库管理局, 某某风景区管委会, 某某水库防汛抗旱指挥部: a site run by a body of its own and
# the body, one ORG whose name is the site's (the place rules read the site, LOC; rule_words.json
# managed_site_kinds, site_body_kinds; both golds of dev42; orgs41)
_SITE_KINDS = tuple(rule_words()["managed_site_kinds"])
_SITE_BODY = re.compile(
    rf"(?:{alternation(_SITE_KINDS)})({alternation(rule_words()['site_body_kinds'])})"
    # (某某水库管理局局长, 某某景区管理处主任: the body's head, the post's)
    rf"(?![{CJK}]?[长任员记])"
)
_SITE_CUE = re.compile(words_cue(_SITE_KINDS))
_SITE_BODY_CUE = re.compile(words_cue(("管理", "管委", "指挥部")))


def _street_offices(doc: Doc) -> None:
    """org.named: 某某街办, a sub-district's office by the short form some cities write (街办 =
    街道办事处), named by the run of two to four characters before it that opens at a mark, a
    connective or a date's 日 (8月21日某某街办召开…); not 某某街办事处 (the office's full form,
    read by the named kinds), nor before its head's post (wide46; orgs46)."""
    text, r = doc.text, doc.r
    for k in _occurrences(text, "街办"):
        if text.startswith("事", k + 2) or r.bare_post.match(text, k + 2) is not None:
            continue
        lo = _name_run_start(text, k, 5)
        if text[lo : lo + 1] == "日" and lo and text[lo - 1].isdigit():
            lo += 1
        name = text[lo:k]
        before = text[lo - 1] if lo else "\n"
        if (
            not 2 <= len(name) <= 4
            or (
                _is_cjk(before)
                and before not in _NAME_START_AFTER
                and before not in _BAD_NAME_CHARS
                and not (before == "日" and lo >= 2 and text[lo - 2].isdigit())
            )
            or any(c in _FUNCTION for c in name)
            or name[0] in "各全每该本我这那其"
            or name in function_words()
            or name in common_words()
        ):
            continue
        _drop_cands(doc, "LOC", lo, k)
        _drop_cands(doc, "GPE", lo, k)
        doc.add(lo, k + 2, "ORG", 0.65, 3, "org.named")


def _site_bodies(doc: Doc) -> None:
    """org.named: a site the place rules read (a LOC ending in its kind) and the body that runs
    it right after it (_SITE_BODY), one ORG."""
    text = doc.text
    sites: dict[int, int] | None = None
    for m in _SITE_BODY.finditer(text):
        prio = 2
        if sites is None:
            sites = {c.end: c.start for c in doc.cands if c.label == "LOC"}
        a = sites.get(m.start(1))
        if a is None:
            # ，某某水库管理局相关负责人…: no place rule read the site where it opens a clause;
            # its name is the run from the boundary before it, two to six characters of no
            # function word
            k = m.start()
            lo = _name_run_start(text, k, 6)
            # (。二是某某景区管委会要…: the item's number opens the run, no part of the name;
            # orgs46)
            if _ITEM_NUMBER.match(text, lo, k) is not None and k - lo >= 4:
                lo += 2
            name = text[lo:k]
            if (
                len(name) < 2
                or (
                    lo > 0
                    and _is_cjk(text[lo - 1])
                    and text[lo - 1] not in _NAME_START_AFTER
                    and _ITEM_NUMBER.match(text, lo - 2, lo) is None
                )
                or any(c in _FUNCTION for c in name)
                or name in function_words()
                or name in common_words()
            ):
                continue
            a = lo
        else:
            # (，他指出某某纪念馆管理处要…: a clause's verb the place rules read into the site
            # opens no name; the name opens after it; wide46, orgs46)
            cut = _verb_cut(text, a, m.start())
            if cut > a:
                # (the site read so loses to the body at the rules' higher priority: a step
                # that may be skipped only adds)
                a, prio = cut, 3
        doc.add(a, m.end(), "ORG", 0.65, prio, "org.named")


# 一是 / 二是… opening a requirement's item before the body it addresses
_ITEM_NUMBER = re.compile("[一二三四五六七八九十]是")


_FIRM_TRADE_CUE = re.compile(words_cue(_FIRM_TRADE_WORDS))
_COMPANY_UNIT_CUE = re.compile(words_cue(("服务中心", "客服", "营业")))


# the kinds that close a company's registered name (某某液压设备有限公司)
_REGISTERED_KINDS = ("股份有限公司", "有限责任公司", "有限公司")


def _company_short_forms(doc: Doc) -> None:
    """org.company: a company named whole in the text (某某液压设备有限公司) and elsewhere by the
    first characters of its name and 公司 (某某液压公司, 南方某某公司), as an item or opening
    a clause: the short form is the same company (both golds of dev42; orgs41)."""
    text = doc.text
    shorts: set[str] = set()
    for c in doc.cands:
        if c.label != "ORG" or not text.endswith(_REGISTERED_KINDS, c.start, c.end):
            continue
        name = text[c.start : c.end]
        stem = name[: -len(next(k for k in _REGISTERED_KINDS if name.endswith(k)))]
        # (its first two characters at least: 某某公司; never the name's whole stem, which
        # 有限公司 closes)
        shorts.update(
            stem[:j] + "公司" for j in range(2, len(stem)) if stem[:j] not in _COMPANY_KINDS
        )
    for short in shorts:
        for i in _occurrences(text, short):
            prev = text[i - 1] if i else "\n"
            if not _is_cjk(prev) or prev in _NAME_START_AFTER or prev in _BAD_NAME_CHARS:
                doc.add(i, i + len(short), "ORG", 0.55, 2, "org.company")


# the kinds a company's full name closes with, longest first (its bare name is what is before)
_COMPANY_NAME_KINDS = (*_REGISTERED_KINDS, "集团", "公司")
# what stands between a company's own name and its 公司 (某某有限公司)
_REGISTERED_HEADS = tuple(k.removesuffix("公司") for k in _REGISTERED_KINDS)


def _companies_named_bare(doc: Doc) -> None:
    """org.company: a company the text names once with its kind (某省某某公司, 某省某某集团) and
    elsewhere by its name alone (来到某省某某调研, 某省某某要继续…): the bare name is the same
    company, and the province or city its name opens with is no GPE there (dev43: both golds
    tag every bare mention, which the place rules read as a GPE and a LOC). Only a name that
    opens with a province or city the gazetteer knows and has two to four characters of its
    own after it (not a level: 某市市政公司 names the city's works, 某市政府 is no company),
    where the place rules would otherwise cut it. The full name is read from the text, not
    from the ORG found: a post after it (某某公司负责人) made it part of a TITLE."""
    text, g = doc.text, doc.r.g
    stems: set[str] = set()
    for kind in ("公司", "集团"):
        for p in _occurrences(text, kind):
            k = next((p - len(w) for w in _REGISTERED_HEADS if text.endswith(w, 0, p)), p)
            for n in (7, 6, 5, 4):
                stem = text[k - n : k] if k >= n else ""
                place = next((m for m in (3, 2) if stem[:m] in g.gpe_names), 0)
                own = stem[place:]
                if (
                    place
                    and 2 <= len(own) <= 4
                    and all_cjk(own)
                    and own[0] not in _SHARED_LEVEL_BEFORE
                    and not any(c in _FUNCTION for c in own)
                    and own not in _COMPANY_KINDS
                    and own not in function_words()
                ):
                    stems.add(stem)
                    break
    for stem in stems:
        for i in _occurrences(text, stem):
            j = i + len(stem)
            if text.startswith(_COMPANY_NAME_KINDS, j):
                continue  # the full name, read by the rules before
            # (a step that may be skipped only adds: the place and the rest read inside the
            # name lose the overlap to its priority)
            doc.add(i, j, "ORG", 0.55, 2, "org.company")


def find_companies(doc: Doc) -> None:
    """org.company: 环境集团, 城投公司 (the name is the one or two jieba words before); a named
    hospital of a list or a visit (_NAMED_HOSPITAL); a company with its place in brackets
    (_bracketed_companies); a company's short form (_company_short_forms); and, once the
    place rules have read the sites, a body named after the site it runs (_site_bodies:
    某某水库管理局)."""
    text = doc.text
    if "医院" in text:
        _named_hospitals(doc)
    if "公司" in text and ("（" in text or "(" in text):
        _bracketed_companies(doc)
    if _FIRM_TRADE_CUE.search(text) is not None:
        _named_firms(doc)
    if "合作社" in text:
        _cooperatives(doc)
    if "厂" in text:
        _named_plants(doc)
    if _SITE_CUE.search(text) is not None and _SITE_BODY_CUE.search(text) is not None:
        _site_bodies(doc)
    if "有限" in text:
        _company_short_forms(doc)
    if "公司" in text or "集团" in text:
        _companies_named_bare(doc)
    if "报业" in text:
        # 某某日报报业集团: the paper's publishing group is one body with the paper's name
        for c in [c for c in doc.cands if c.label == "ORG" and text[c.end - 1 : c.end] == "报"]:
            group = _PRESS_GROUP.match(text, c.end)
            if group is not None:
                doc.add(c.start, group.end(), "ORG", c.conf, c.prio, "org.company")
    for m in doc.r.org_generic.finditer(text):
        # (给得分最低的邮政分公司, 在烟草分公司领导的陪同下: a utility's branch by its trade, the
        # 分 of 分公司 is the kind's; f48 gold, wide47; orgs49b)
        branch = (
            m.group(1) == "公司"
            and text.endswith("分", 0, m.start())
            and text[m.start() - 3 : m.start() - 1] in _UTILITY_TRADES
        )
        s = (
            _jieba_stem_start(text, m.end(), m.group(1))
            if not branch
            else m.start() - 3 - (text[m.start() - 4 : m.start() - 3] in ("省", "市", "县", "区"))
        )
        if s is None and m.group(1) in ("公司", "集团"):
            s = _name_after_place(text, m.start(), doc.r.g)
        # (协调督导供热公司, 走访某某公司: a verb of a visit or of acting on the firm opens no
        # name; the stem opens after it; orgs43)
        if s is not None and m.start() - s > 2 and text.startswith(_VISIT_CUT, s):
            s += 2
        # 各物业公司, 全市电视台: a generic head makes the whole generic (两家公司: a count)
        if (
            s is not None
            and not (s > 0 and text[s - 1] in "各全每该本我这那其")
            and text[s] not in "一二两三四五六七八九十几多数某"
            # (部分企业集团负责人: some of the groups, none named; session 33, orgs35)
            and not text.startswith(_SOME_OF, s)
            # (辖区物业公司: the area's companies of the kind, none named; entities40)
            and not text.startswith(_AREA_OWN, s)
            # 物业公司, 环卫公司, 消杀公司: the kind of company, no name
            # (rule_words.json company_kinds)
            and text[s : m.start()] not in _COMPANY_KINDS
            # 对接电视台: a verb before the kind is no name (移动公司: a utility's trade that
            # jieba reads as a verb names the firm; f48 gold, orgs49b)
            and (
                text[s : m.start()] not in function_words()
                or text[s : m.start()] in _UTILITY_TRADES
                or text[s : m.start()] in _LEVEL_FIRM_TRADES
            )
        ):
            a = _with_place_before(text, s, doc.r.g)
            if a == s and text[s] in "省市县区":
                # (前往某某县某某热力公司: the level _jieba_stem_start kept closes the known place
                # before the name, which is taken in whole; orgs41)
                a = min(a, _with_place_before(text, s + 1, doc.r.g))
            # 某某集团综合办公室: the company's office or party body is one body with it
            own = _COMPANY_OWN.match(text, m.end())
            b = (
                own.end()
                if own is not None and doc.r.bare_post.match(text, own.end()) is None
                else m.end()
            )
            doc.add(a, b, "ORG", 0.5, 1 if a == s and b == m.end() else 2, "org.company")
    if _COMPANY_UNIT_CUE.search(text) is not None:
        # 某某水务集团客户服务中心: a company's service centre or office is one body with it
        for c in [
            c for c in doc.cands if c.label == "ORG" and text.endswith(("集团", "公司"), 0, c.end)
        ]:
            unit = _COMPANY_UNIT.match(text, c.end)
            if unit is not None:
                doc.add(c.start, unit.end(), "ORG", c.conf, c.prio, c.rule)
    if "矿" in text or "厂" in text or "煤业" in text:
        for c in [
            c
            for c in doc.cands
            if c.label == "ORG"
            and c.end - c.start >= 4
            and text.endswith(("集团", "公司"), 0, c.end)
            # (某某有限责任公司 read alone, its name lost, opens no site of its own)
            and text[c.start : c.end] not in _COMPANY_NAME_KINDS
        ]:
            site = _COMPANY_SITE.match(text, c.end)
            # (某某有限责任公司督导检查煤矿: the visit's verbs after the company name no site;
            # 某某集团某某煤矿投资有限公司: the mine opens the name of a company of its own)
            if (
                site is not None
                and not any(ch in _FUNCTION or ch in _PREFIX_CONNECTIVES for ch in site.group())
                and not any(v in site.group() for v in _VISIT_VERBS)
                and _SITE_COMPANY.match(text, site.end()) is None
            ):
                doc.add(c.start, site.end(), "ORG", c.conf, c.prio, c.rule)
    if "公司" in text or "加油站" in text:
        _company_subsidiaries(doc)
    if "中心组" in text:
        _study_groups_after_bodies(doc)
    if "公司" in text or "集团" in text:
        _place_led_firms(doc)
        _firms_from_opener(doc)
    if "、" in text:
        _listed_names_whole(doc)
        if "公司" in text or "集团" in text:
            _firms_among_visited(doc)
        _firm_list_neighbours(doc)
    _firms_named_again(doc)


# 、某某电子、华某装配式建筑、中某粮谷、某石新材料等项目现场, 到华某精细、某兰新材料、…: an item
# of a list of the places a visit went to, written with a firm's brand only (a trade the
# vocabulary lacks, or none), is a firm where it stands right beside a firm the rules read (an
# ORG ending in a company's kind or a trade), read one after another along the list (an item
# taken is a firm its own neighbours stand beside). The item runs between the list's marks (、,
# a connective, 等, the visit's verb before the first), holds four to eight characters, no
# function character and no span the rules read, is no word jieba knows and opens with no common
# word, and ends in no kind of a site, a work, a place or a body's part (org_firm_item_not.txt:
# 某某大世界, 某某项目现场, 农户家中 stay). Lists closed by 等企业 are _firm_list_items'. (dev
# gold f50, dev; wide45-50 ~15 more, one list in 80 pages; orgs51)
_FIRM_ITEM_NOT_ENDS = tuple(_lines("org_firm_item_not.txt"))
_FIRM_ITEM_NEIGHBOUR_ENDS = (*_COMPANY_NAME_KINDS, *_FIRM_TRADE_WORDS)
# (what closes an item after a firm, and what the run back to an item before one stops at: the
# list's mark, a connective; 了 of 检查了, 在 of 在某某光学、)
_FIRM_ITEM_CLOSE = frozenset("、和及与等")
_FIRM_ITEM_RUN_STOP = frozenset("、和及与到在了")
_FIRM_ITEM_OPEN = frozenset("、和及与到在了，。；：\n")
_FIRM_ITEM_VERBS = tuple(sorted(_VISIT_CUT))


def _firm_item_ok(text: str, a: int, b: int) -> bool:
    """May text[a:b], an item of a list beside a firm, be a firm named by its brand (the
    comment above)?"""
    item = text[a:b]
    return (
        4 <= len(item) <= 8
        and all(_is_cjk(c) and c not in _FUNCTION for c in item)
        and item[0] not in _LISTED_FIRM_NOT
        and item[:2] not in common_words()
        and item[:2] not in function_words()
        and not item.endswith(_FIRM_ITEM_NOT_ENDS)
        and not jieba_tokenizer().FREQ.get(item)
    )


def _firm_list_neighbours(doc: Doc) -> None:
    """org.company: an item of a list beside a firm, named by its brand (the comment above)."""
    text = doc.text
    n = len(text)
    queue = [
        (c.start, c.end)
        for c in doc.cands
        if c.label == "ORG"
        and (text[c.start - 1 : c.start] == "、" or text[c.end : c.end + 1] == "、")
        and text.endswith(_FIRM_ITEM_NEIGHBOUR_ENDS, c.start, c.end)
    ]
    if not queue:
        return
    read = [(c.start, c.end) for c in doc.cands]
    while queue:
        s, e = queue.pop()
        items = []
        if text[e : e + 1] == "、":
            a = b = e + 1
            while b < min(n, a + 9) and _is_cjk(text[b]) and text[b] not in _FIRM_ITEM_CLOSE:
                b += 1
            if text[b : b + 1] in _FIRM_ITEM_CLOSE:
                items.append((a, b))
        if s > 1 and text[s - 1] == "、":
            b = s - 1
            a = _name_run_start(text, b, 9, _FIRM_ITEM_RUN_STOP, _FIRM_ITEM_VERBS)
            if a < b and (
                text[a - 1 : a] in _FIRM_ITEM_OPEN or text.endswith(_FIRM_ITEM_VERBS, 0, a)
            ):
                items.append((a, b))
        for a, b in items:
            if any(x < b and a < y for x, y in read) or not _firm_item_ok(text, a, b):
                continue
            doc.add(a, b, "ORG", 0.5, 3, "org.company")
            read.append((a, b))
            queue.append((a, b))


# 在吉林某某农业发展公司某某基地, 、江苏某某四建建设集团，: a firm named by its province or city
# and a name of its own, opening after a mark, a connective or a visit's verb, read as a whole (the
# trade alone was read, and the place, or a place inside it: 江苏镇; wide45, orgs43). The name
# between the place and the kind holds no function character and no verb of the clause.
_FIRM_KIND_AT = re.compile("公司|集团")
_FIRM_CLAUSE_WORDS = (
    *_VISIT_CUT,
    *_MEETING_VERBS,
    *_SET_UP_VERBS,
    *("开展", "组织", "要求", "推进", "督促", "联合", "会同", "协调", "指导", "强调", "表示"),
    # (the orders jieba tags as nouns: 责令某某公司限期整改, 督导某某公司; fix48b)
    *("责令", "督导"),
    *("负责", "下属", "所属", "监管", "国有", "所有", "全体", "有关", "相关", "部分"),
)


# 、中某建电力集团、, 、河北新某向智能装备有限公司等, 、某方镇中心卫生院、: an item of a list
# of firms or units whose kind the rules read with part of its name only, a word inside the name
# (新建, 方向, 中方: a verb, a noun, a county's stem) having cut it; the item is the unit's whole
# name from the list's mark to the kind (wide45, wide46, dev gold; orgs47b)
_LISTED_UNIT_ENDS = (*_COMPANY_NAME_KINDS, "厂", "卫生院", "医院", "合作社", *_FIRM_TRADE_WORDS)
_LISTED_ITEM_NEXT = frozenset("、，。；等和及与")
_LISTED_PREFIX_NOT = frozenset("和及与的了是在等对把被将各全该每其")


def _listed_names_whole(doc: Doc) -> None:
    text = doc.text
    for c in [c for c in doc.cands if c.label == "ORG" and c.start > 1]:
        if not text.endswith(_LISTED_UNIT_ENDS, c.start, c.end) or not _is_cjk(text[c.start - 1]):
            continue
        if c.end < len(text) and text[c.end] not in _LISTED_ITEM_NEXT:
            continue
        a = c.start
        while a > c.start - 7 and a > 0 and _is_cjk(text[a - 1]):
            a -= 1
        prefix = text[a : c.start]
        if (
            text[a - 1 : a] != "、"
            or a == c.start - 7
            or any(ch in _LISTED_PREFIX_NOT for ch in prefix)
            or prefix.startswith((*_VISIT_CUT, *_FIRM_CLAUSE_WORDS))
            or any(
                o.start < c.start and o.end > a and o.label in ("PERSON", "ORG", "TITLE")
                for o in doc.cands
                if o is not c
            )
            # (、某镇某某专业合作社: the town read right before the unit stays the GPE, the unit
            # is named after it, as a village's committee or a mine is)
            or any(o.label == "GPE" and o.end == c.start for o in doc.cands)
            or prefix.endswith(_TOWN_UNITS)
            or prefix.endswith("村")
        ):
            continue
        doc.add(a, c.end, "ORG", c.conf, 3, c.rule)


def _place_led_firms(doc: Doc) -> None:
    text, g = doc.text, doc.r.g
    for m in _FIRM_KIND_AT.finditer(text):
        k = m.start()
        lo = _name_run_start(text, k, 12, _FUNCTION)
        starts = [lo] + [
            i + len(v) for v in _VISIT_CUT if (i := text.find(v, lo, k)) >= 0 and i + len(v) < k
        ]
        for p in sorted(set(starts)):
            if p > lo and not text.endswith(_VISIT_CUT, 0, p):
                continue
            if p == lo and p and _is_cjk(text[p - 1]) and text[p - 1] not in _NAME_START_AFTER:
                if not text.endswith(_VISIT_CUT, 0, p):
                    continue
            n = next(
                (
                    n
                    for n in (3, 2)
                    if text[p : p + n] in g.gpe_names or text[p : p + n] in g.admin_stems
                ),
                0,
            )
            if not n:
                continue
            q = p + n + (text[p + n : p + n + 1] in ("省", "市"))
            own = text[q:k]
            if (
                len(own) < 2
                # (某省市…, 某市县…: a level after the place opens a body, no firm's name;
                # 江苏镇江…: the level's character opens a city's name the gazetteer knows)
                or (
                    own[0] in "省市县区州旗镇乡各全"
                    and own[:2] not in g.gpe_names
                    and own[:2] not in g.admin_stems
                )
                or any(w in own for w in _FIRM_CLAUSE_WORDS)
                or own in _COMPANY_KINDS
                or own in common_words()
                or own in function_words()
            ):
                continue
            if any(c.label == "ORG" and c.start <= p and c.end >= m.end() for c in doc.cands):
                break
            doc.add(p, m.end(), "ORG", 0.55, 2, "org.company")
            break


_FIRM_VENUE_KINDS = tuple(_lines("org_firm_venue_kinds.txt"))
# (the trades that close a firm's bare name among them: 某某供电、某某水务; org_firm_trades.txt
# and the utilities)
_VISITED_FIRM_TRADES = (*_FIRM_TRADE_WORDS, *sorted(_UTILITY_TRADES), "水务")
_VISITED_LIST_MARKS = frozenset("，。；：！？\n")
_VISITED_ITEM_BEFORE = frozenset("、和及与")
_VISITED_ITEM_AFTER = frozenset("、，。；等和及与")


def _firms_among_visited(doc: Doc) -> None:
    """org.company: 先后来到某某工地、安某公司、华某酒店、招某供电、…等地: in a list of the places
    a visit went to that names a company (an ORG ending in 公司 / 集团), an item the place rules
    read as a site by a kind of business (org_firm_venue_kinds.txt: 某某大酒店, 某某超市) or by a
    trade (某某供电, 某某水务) is the business, an ORG (dev gold; orgs48b). Sites of other kinds
    (某某工地, 某某古街, 某某商场) stay."""
    text = doc.text
    firms = [
        c
        for c in doc.cands
        if c.label == "ORG"
        and text.endswith(_COMPANY_NAME_KINDS, c.start, c.end)
        and (text[c.start - 1 : c.start] == "、" or text[c.end : c.end + 1] == "、")
    ]
    done: set[int] = set()
    for f in firms:
        lo = f.start
        while lo > max(0, f.start - 80) and text[lo - 1] not in _VISITED_LIST_MARKS:
            lo -= 1
        hi = f.end
        while hi < min(len(text), f.end + 80) and text[hi] not in _VISITED_LIST_MARKS:
            hi += 1
        if lo in done:
            continue
        done.add(lo)
        for c in [c for c in doc.cands if c.label == "LOC" and lo <= c.start and c.end <= hi]:
            name = text[c.start : c.end]
            kind = next((k for k in _FIRM_VENUE_KINDS if name.endswith(k)), None)
            stem = name[: -len(kind)].removesuffix("大") if kind else name
            if (
                text[c.start - 1 : c.start] not in _VISITED_ITEM_BEFORE
                or text[c.end : c.end + 1] not in _VISITED_ITEM_AFTER
                or not (kind or name.endswith(_VISITED_FIRM_TRADES))
                or len(stem) < 2
                or stem in common_words()
                or (kind is None and len(name) > 8)
            ):
                continue
            # (a priority above the site's, which this step leaves as it is: it may be skipped)
            doc.add(c.start, c.end, "ORG", 0.5, max(c.prio, 2) + 1, "org.company")


# (what opens a firm's whole name before it: a list's or a clause's mark, a connective)
_FIRM_OPENER_MARKS = frozenset("、，。；：\n【（(“和及与")
_FIRM_OWN_KINDS = ("公司", "集团")
# (what a part added before a firm's name must not overlap: a person, a title, a body, a site)
_FIRM_PREFIX_NOT = frozenset(("PERSON", "TITLE", "ORG", "LOC"))
# (the words of a clause or a page that never open a firm's name: 建议 of 某某建议燃气公司…, the
# greeting and the reader's actions of 欢迎您访问某某公司官方网站)
_FIRM_PREFIX_WORDS_NOT = ("建议", "欢迎", "您", *_ADDRESS_VERBS, *_READER_ACTIONS)


def _firms_from_opener(doc: Doc) -> None:
    """org.company: 查看了某建信热力公司, 、某能控股煤业集团, 和某纺院绿色纤维股份公司, 深入某州北极
    木业公司: a company the rules read with the end of its name only (a trade, a word jieba knows,
    cut the rest off) is named from what opens it: a mark, a connective, a verb of the visit
    (with its 了); the part added, at most six characters, holds no function character, no word
    of the clause and no person, title, body or site read; a place read there opens the name
    (某某镇焦化工业集团, 英国某某公司; dev gold, wide45, wide46; orgs48b)."""
    text = doc.text
    blocked = [(o.start, o.end, o.label) for o in doc.cands if o.label in _FIRM_PREFIX_NOT]
    for c in [
        c
        for c in doc.cands
        if c.label == "ORG" and c.start > 0 and text.endswith(_FIRM_OWN_KINDS, c.start, c.end)
    ]:
        if not _is_cjk(text[c.start - 1]) or text[c.start - 1] in _FUNCTION:
            continue
        a = _name_run_start(text, c.start, 10, _FUNCTION)
        # (the last verb of the visit in the run opens the name after it: 先后深入某某公司)
        verb_end = max(
            (i + len(v) for v in _VISIT_CUT if (i := text.rfind(v, a, c.start - 1)) >= 0),
            default=-1,
        )
        if verb_end >= 0:
            a = verb_end
        elif not (a == 0 or text[a - 1] in _FIRM_OPENER_MARKS) and not (
            text[a - 1] == "了" and text.endswith(_VISIT_CUT, 0, a - 1)
        ):
            continue
        # (英国某某公司: a foreign country before the firm is its origin, a GPE of its own; the
        # name opens after it; gpe46)
        a += next((n for n in (4, 3, 2) if text[a : a + n] in _FOREIGN_NAMES), 0)
        # (确保某某天然气公司 / 督促某某热力公司: the clause's verb or adverb opens the run, the
        # name after it; fix48b)
        a = _clause_verb_cut(text, a, c.start)
        prefix = text[a : c.start]
        if (
            not 1 <= len(prefix) <= 6
            or any(w in text[a : c.end] for w in _FIRM_CLAUSE_WORDS)
            # (欢迎您访问某某公司官方网站: the page's greeting and the reader's action)
            or any(w in text[a : c.end] for w in _FIRM_PREFIX_WORDS_NOT)
            or prefix in function_words()
            or text[a : c.end] in common_words()
            or any(s < c.start and e > a for s, e, _ in blocked if (s, e) != (c.start, c.end))
        ):
            continue
        # (a place read inside the part added must open it: 某县某某公司; a place ending inside
        # the company's own name read so far is a word of it, no opener)
        if any(
            o.label == "GPE"
            and o.start < c.start
            and o.end > a
            and (o.start != a or o.end > c.start)
            for o in doc.cands
        ):
            continue
        doc.add(a, c.end, "ORG", 0.55, 2, "org.company")


def _clause_verb_cut(text: str, a: int, k: int) -> int:
    """Where a firm's name opens in the run text[a:k] before its kind: after the verbs and the
    adverbs that open the clause (确保 / 督促 / 要求 / 推动 / 责令 + 某某燃气公司: jieba's words
    tagged as verbs, adverbs or prepositions, or a word of the clause the firm rule knows), when
    at least two characters of a name stay; a name jieba reads as one word (通用电气, 保利) is
    kept whole (fix48b: the run back to the mark took the clause's verb into the name)."""
    fw = function_words()
    while k - a >= 4 and ((head := text[a : a + 2]) in fw or head in _FIRM_CLAUSE_WORDS):
        if jieba_tokenizer().lcut(text[a:k], HMM=False)[0] != head:
            break
        a += 2
    return a


def _firms_named_again(doc: Doc) -> None:
    """调研某某集团重点项目 … 某某集团等单位负责人陪同: a firm the rules read once by its name is
    the same firm where the text names it again and no rule read it there (wide45; orgs43); so
    is a school, a hospital, an outlet or a firm named by its trade (到某某中学调研 … 介绍某某中学
    的概况, 某某网 in a photo's credit, 听取某某矿业的汇报: wide46; orgs46)."""
    text = doc.text
    names = {
        text[c.start : c.end]
        for c in doc.cands
        if c.label == "ORG"
        and c.rule in ("org.company", "org.named", "org.school", "org.place_kind")
        and (
            (
                c.end - c.start >= 4
                and text.endswith(("公司", "集团"), c.start, c.end)
                and text[c.start : c.end] not in _COMPANY_NAME_KINDS
                and text[c.start : c.end - 2] not in _COMPANY_KINDS
                and text[c.start : c.end - 2] not in _UTILITY_TRADES
                and text[c.start : c.end - 2] not in common_words()
            )
            or (
                # (a name of its own: 某某中学, 某某网; 省某某中学 opens with a level the grammar
                # reads wherever it is written, with what comes after it)
                c.end - c.start >= (3 if text[c.end - 1] == "网" else 4)
                and text.endswith(_NAMED_AGAIN_KINDS, c.start, c.end)
                and text[c.start] not in _STEM_LEVELS
            )
        )
    }
    if not names:
        return
    orgs = [(c.start, c.end) for c in doc.cands if c.label == "ORG"]
    for name in names:
        for i in _occurrences(text, name):
            j = i + len(name)
            if any(a < j and i < b for a, b in orgs):
                continue
            firm = text.endswith(("公司", "集团"), i, j) or text.endswith(_FIRM_TRADE_WORDS, i, j)
            doc.add(i, j, "ORG", 0.5, 1, "org.company" if firm else "org.named")


# (the kinds that close a body's name of its own, read again where the text repeats it: a
# school's, a hospital's, an outlet's 网 and a firm's trade)
_NAMED_AGAIN_KINDS = (*_SCHOOL_KIND, "医院", "网", *_FIRM_TRADE_WORDS)


# 县人民医院党委理论学习中心组, 县一院党委中心组: a body's party organ and its study group
# written after the body (a hospital, a bureau, a school) are one body with it (the body alone
# was tagged, or the study group cut at 中心; orgs43). The levels' own (县委中心组, 区政府党组理论
# 学习中心组) are read by the grammar.
_BODY_STUDY_GROUP = re.compile("(?:机关)?(?:党委|党组|党工委|党总支)(?:理论学习)?中心组(?![长员])")


def _study_groups_after_bodies(doc: Doc) -> None:
    text = doc.text
    for c in [c for c in doc.cands if c.label == "ORG"]:
        if text.endswith(("党委中心", "党组中心", "党工委中心"), c.start, c.end):
            at = c.end - 2 - (3 if text.endswith("党工委中心", c.start, c.end) else 2)
        else:
            at = c.end
        study = _BODY_STUDY_GROUP.match(text, at)
        # (某某中心组组长某某: before a post the group is the title's)
        if (
            study is not None
            and study.end() > c.end
            and doc.r.bare_post.match(text, study.end()) is None
        ):
            doc.add(c.start, study.end(), "ORG", c.conf, max(c.prio, 2), "org.grammar")


# 某省有色金属集团某某锰业公司, 中国石油天然气股份有限公司某省分公司某某加油站, 某某集团某某分公司:
# a firm's subsidiary, branch or filling station named after the group or company it belongs to
# is one body with it, through its last unit (f44's golds: the group alone was tagged, the unit
# lost or read as a place). The unit's own name holds no function character and no verb of a
# visit (某某集团调研…公司), and no post follows it (分公司经理某某: the title's).
_SUBSIDIARY = re.compile(
    rf"[{CJK}]{{2,10}}?(?:股份有限公司|有限责任公司|有限公司|分公司|支公司|公司|加油站|加气站)"
    rf"(?![{CJK}]?[长任])"
)
_SUBSIDIARY_OWNER_ENDS = ("集团", "公司")
_SUBSIDIARY_KIND = re.compile(
    "(?:股份有限公司|有限责任公司|有限公司|分公司|支公司|公司|加油站|加气站)$"
)


def _company_subsidiaries(doc: Doc) -> None:
    text = doc.text
    owners = [
        c
        for c in doc.cands
        if c.label == "ORG"
        and c.end - c.start >= 4
        and text.endswith(_SUBSIDIARY_OWNER_ENDS, 0, c.end)
        and text[c.start : c.end] not in _COMPANY_NAME_KINDS
    ]
    for c in owners:
        start, end, conf = c.start, c.end, c.conf
        # (a branch and then its station: follow the chain to its last unit)
        while (unit := _SUBSIDIARY.match(text, end)) is not None:
            name = unit.group()
            stem = _SUBSIDIARY_KIND.sub("", name)
            if (
                any(ch in _FUNCTION or ch in _PREFIX_CONNECTIVES for ch in name)
                or any(v in name for v in _VISIT_VERBS)
                or name[:2] in function_words()
                # (某某集团利用公司网站…: a verb or a common word before 公司 names no unit)
                or stem in common_words()
                or doc.r.bare_post.match(text, unit.end()) is not None
            ):
                break
            end = unit.end()
        if end > c.end:
            # (the longer span at the company's priority or the place's, whichever is higher,
            # so the place that opens the group's name stays inside it)
            doc.add(start, end, "ORG", conf, max(c.prio, 2), "org.company")


# 。第三督查组先后…, 创建督查组要督查…, 带领创城工作办公室工作人员: a campaign's team or office
# named by its number or by the campaign alone, opening a clause or after the verb that leads it
# (no post after it: 第七督导组副组长 is a title's; orgs27b)
_BARE_CAMPAIGN_TEAM = re.compile(
    # (全市创建全国卫生城市督导组: the city's team, named with its honour; 全市 is no
    # part of it; orgs29)
    "(?:^|(?<=[\n。！？；，：、])|(?<=带领)|(?<=要求)|(?<=全[市县区州旗]))"
    "((?:第[一二三四五六七八九十]+|(?:创建|创城|创文|创卫)"
    "(?:(?:全国|国家|省级)?(?:文明|卫生)(?:城市|城区|县城))?(?:工作)?"
    # (、创文第三督查组等: the campaign's team by its number; orgs32)
    "(?:第[一二三四五六七八九十]+)?)"
    # (创城督查考核组: a team that inspects and assesses; orgs29)
    "(?:督查(?:考核)?组|督导(?:考核)?组|巡查组|检查组|测评组|暗访组)"
    "|(?:创城|创文|创卫)工作办公室)(?![长员副主])",
    re.M,
)

# 各部门特别是创文工作领导小组各成员单位, 汇报创城领导小组: the campaign's leading group named by
# the campaign alone is a name (both golds of dev35 and dev37 tag it; 指挥部 alone stays generic);
# read only where no other reading of the text takes it (session 34, orgs37)
# (推进会暨创城领导小组工作会: a joint meeting's name holds the group, as in find_orgs; orgs27b)
_BARE_CAMPAIGN_GROUP = re.compile(
    "(?<![省市县区州旗镇乡暨])((?:文明创建|创建|创城|创文|创卫|双创)(?:工作)?领导(?:小)?组(?:办公室)?)"
    f"(?![{CJK}]?[长员副主])"
)


def _place_teams(doc: Doc) -> None:
    """org.grammar: a campaign's team named by the province or city that sends it
    (山西省文明县城测评组, 内蒙古自治区文明程度测评组): the longest known place right before it."""
    text, g = doc.text, doc.r.g
    for m in _LEVEL_TEAM.finditer(text):
        a = m.start(1)
        # (市、区督查组: the teams of a list of bare levels, every level's; orgs27b)
        if a >= 2 and text[a - 1] == "、" and text[a - 2] in "省市县区州旗镇乡":
            continue
        doc.add(a, m.end(1), "ORG", 0.6, 3, "org.grammar")
    if "组" in text or "办公室" in text:
        for m in _BARE_CAMPAIGN_TEAM.finditer(text):
            doc.add(m.start(1), m.end(1), "ORG", 0.6, 3, "org.grammar")
    if "领导" in text:
        for m in _BARE_CAMPAIGN_GROUP.finditer(text):
            doc.add(m.start(1), m.end(1), "ORG", 0.55, 1, "org.grammar")
    for m in _PLACE_TEAM.finditer(text):
        k = m.start()
        for n in (6, 5, 4, 3, 2):
            a = k - n
            if a >= 0 and (text[a:k] in g.admin_full or text[a:k] in g.gpe_names):
                doc.add(a, m.end(), "ORG", 0.6, 3, "org.grammar")
                break
    # 某某区督查组一行, 某某县督导组: a division's own inspection team named by it with its unit,
    # opening a clause (orgs17)
    for m in _DIVISION_TEAM.finditer(text):
        k = m.start()
        for n in (6, 5, 4, 3, 2):
            a = k - n
            before = text[a - 1] if a >= 1 else "\n"
            if (
                a >= 0
                and (text[a:k] in g.admin_full or (n == 2 and text[a:k] in _TWO_CHAR_COUNTIES))
                and (
                    not _is_cjk(before)
                    or before in _PUNCT_BOUNDARY
                    or before in _NAME_START_AFTER
                    # (秦某带领某某市考察组: the leader heading the team; orgs25)
                    or text.endswith(_TEAM_LEADING, 0, a)
                )
            ):
                _drop_cands(doc, "GPE", a, k)
                doc.add(a, m.end(), "ORG", 0.6, 3, "org.grammar")
                break
    if "代表团" in text or "祝贺团" in text or "考察团" in text or "慰问团" in text:
        _place_delegations(doc)


# a delegation a place sends (全国人大会议某某代表团, 自治区代表团和某某市代表团, 某某县党政考察团):
# the place, bare or whole, or the level alone opening an item, and the kind; the head's post
# after it is the title's (某某市代表团团长); orgs25, seen on five sites of four provinces
_DELEGATION = re.compile("(?:党政)?(?:代表团|考察团|祝贺团|慰问团)(?![团副常]|成员|团员)")
_TEAM_LEADING = ("带领", "率领", "陪同", "率")
_DELEGATION_LEVELS = ("自治区", "省", "市", "县", "区", "州")


def _place_delegations(doc: Doc) -> None:
    text, g = doc.text, doc.r.g
    for m in _DELEGATION.finditer(text):
        k = m.start()
        for n in (7, 6, 5, 4, 3, 2, 1):
            a = k - n
            if a < 0:
                continue
            name = text[a:k]
            before = text[a - 1] if a >= 1 else "\n"
            if not (
                name in g.admin_full
                or (n >= 2 and name in g.gpe_names)
                or (
                    name in _DELEGATION_LEVELS
                    and (not _is_cjk(before) or before in _PUNCT_BOUNDARY)
                )
            ):
                continue
            _drop_cands(doc, "GPE", a, k)
            doc.add(a, m.end(), "ORG", 0.6, 3, "org.grammar")
            break


_DIVISION_TEAM = re.compile(
    "(?<=[市县区旗州])(?:督查组|督导组|督察组|检查组|考核组|暗访组|巡查组|调研组|考察组|测评组)"
    "(?![长员])"
)


# the production and construction corps named bare (兵团各单位要…, 兵团与某市召开…): its standard
# short form, as 省委 is the province's committee (orgs25, systematic (b); both dev sets' annotators
# tag it ORG, 19 times). Not its people or its spirit (兵团人, 兵团精神; 兵团精神文明 is the corps'
# civilisation), nor before its divisions
# (兵团八师某某市: the places' rules), nor inside its full name; a body after it (兵团党委) is
# read longer by the grammar and wins the overlap.
_CORPS_BARE = re.compile("(?<!建设)兵团(?![人文史第一二三四五六七八九十农])(?!精神(?!文明))")


def _corps_bare(doc: Doc) -> None:
    for m in _CORPS_BARE.finditer(doc.text):
        doc.add(m.start(), m.end(), "ORG", 0.6, 1, "org.grammar")


# this module's regexes searched with their first characters as the skip set (scan.py): the
# same matches, fewer attempts
speed_up(globals())
