"""What the entity rule modules share: the candidate record, the compiled rules (regexes over the
gazetteers in resources/gazetteers/), the per-text state the rules read and extend, and small
character tests. No rule lives here."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from civannot.preannotate.frames import FRAME_ADVERB
from civannot.preannotate.gazetteers import (
    CJK,
    PROVINCES,
    Gazetteers,
    alternation,
    load,
    rule_words,
)
from civannot.preannotate.scan import (
    fast_alternation,
    fast_compile,
    first_class,
    later,
    scan_compile,
    speed_up,
)
from civannot.preannotate.stretches import StretchScan
from civannot.text.word_lists import gazetteer_words


# (slots: ~100 made an article, each made and read faster without an instance dict; speed19)
@dataclass(slots=True)
class Cand:
    start: int
    end: int
    label: str
    conf: float
    prio: int  # higher wins an overlap; then the longer span
    rule: str = ""  # stable id of the rule that made it (registry.RULES)


@dataclass
class EntityResult:
    spans: list[Cand] = field(default_factory=list)
    # (person_start, title_start, rule): pairs resolved to span indices once overlaps are settled
    holds: list[tuple[int, int, str]] = field(default_factory=list)
    names: set[str] = field(default_factory=set)


_CN_NUM = "一二三四五六七八九十两百千"
# adverbs opening a sentence that a place or a body written right after them is glued to (会上县扶贫办
# 常务副主任某某): never the first characters of a name (the bodies' patterns here, titles'
# place before a post; names39)
SENTENCE_ADVERBS = ("会上", "会后", "会前", "随后", "同时", "最后", "首先", "其间", "期间")
_PUNCT_BOUNDARY = set("，。；：！？、,.;:!?（）()“”\"'《》 \u3000\n\t/·—-…")


# the words a long body's name ends with (_Rules' long_body), one alternation for the pattern
# and for title_matches' test of whether a text can hold one
_LONG_BODY_ENDS = "领导小组|领导组(?!织)|指挥部|委员会|工作组(?!织)|(?:工作)?专班|专责小组"


class _Rules:
    """Regexes compiled once per process from the gazetteers."""

    def __init__(self, g: Gazetteers):
        self.g = g
        lv = alternation(g.levels)
        body = alternation(g.bodies)
        post = alternation(g.posts)
        # a post standing alone is a title only when it names its own level (市长, 总书记)
        lone = alternation(g.lone_posts)
        # 工作组 but not 工作组织 (创建工作组织有力); long official names with 暨 run to 30
        # (某某区创文工作专班: a team set up for one task, read like its working groups; session 12
        # audit, audorgs13)
        # (区某某整治专班, 县创建工作领导组: a task force named 专班 with no 工作, a leading group
        # written 领导组, as some provinces write them; orgs32)
        long_body = rf"[{CJK}]{{2,30}}?(?:{_LONG_BODY_ENDS})"
        # a department named by its abbreviation (卫健局, 教体局, 创城办) that no list holds
        # (never opening with a level: 滃州市委 is 滃州 + 市委, not 州 + 市委)
        # (市政协提案和法制工委主任: two fields joined by 和 name one body; session 10 audit)
        any_body = (
            # (考察团一行在州委书记: a clause word is no part of a body's name; persons21)
            rf"(?:{body}|(?![省市县区州旗镇乡])(?:[{CJK}]{{2,4}}?和|)"
            rf"(?:(?![在由把被将从请让使是的了])[{CJK}]){{1,4}}?"
            r"(?:局|办|委|大队|中队|支队|总队))"
        )
        # a bureau named by two to five field words (县城市管理执法局; org_fields.txt)
        fields = alternation(g.org_fields)
        field_bureau = rf"(?:{fields})(?:和?(?:{fields})){{1,4}}局"
        # 代市长, 常务副总指挥; 市人大常委会原副主任 (a former post, written next to the name)
        # 区委挂职副书记: a post held on secondment is the post; 省文明办专职副主任 likewise
        # 副旗长提名人选, 镇长候选人: a post someone is nominated for, as written next to the name
        # (区政府副区长人选某某: 人选 alone likewise; session 12 audit)
        nominee = "(?:提名人选|候选人|人选|)"
        # (代理区长: 代理 as 代; session 9 audit)
        # (县作协主席团成员: a post before 团/部 is the name of a presidium or a headquarters,
        # 主席团, 指挥部, never a post before a name; persons22)
        # (区委宣传部分管日常工作的副部长: a deputy's charge written between the body and the
        # post; seen on two development sets and a session-24 page, titles27)
        charge = rf"(?:(?:分管|主持)[{CJK}]{{2,8}}?工作的?(?=(?:常务)?副)|)"
        post_re = rf"(?:代理|代|原|挂职|专职|){charge}(?:{post}){nominee}(?![团部])"
        # a place's own name before its body opens a clause; a clause word is no part of it
        # (会议由街道党工委副书记…, 在街道党工委书记…的陪同下)
        own_name = r"(?:(?![在由对向把被将从和与及请为让使经以了])" + rf"[{CJK}])"
        # (a name at length: no 并 / 邀 either, ，并特邀某某…)
        long_own_name = r"(?:(?![在由对向把被将从和与及请为让使经以了并邀])" + rf"[{CJK}])"
        # (会上县扶贫办常务副主任某某: the adverb opening the sentence is no part of a body named
        # at the clause's start; names39, three pages of the wide set)
        not_adverb = "(?!" + "|".join(SENTENCE_ADVERBS) + ")"
        # the bureaus' names without their 局 (住建, 公安, 市场监管): 县公安局长
        ju_stems = alternation(b[:-1] for b in g.bodies if b.endswith("局") and len(b) > 2)
        # (in the branches tried at most places, an optional group is written (?:X|) and a run
        # X{1,n} as X X{0,n-1}: the same tries in the same order, without the repeat `re` sets
        # up at each place it is tried; the title parts' first run 22.5 -> 20.9 ms per 300
        # bench articles; session 35)
        campaign = "(?:创建|创文|创卫|创城|巩卫|巩文|创模|双创|迎检)"
        title_branches = [
            # 督导组组长: the head of a visiting group is a post written next to the name
            # (第五督导组副组长: the group's number belongs to the title)
            # (县委巡察组组长: a committee's inspection group names its level; session 7)
            # (市创建督导三组组长: a campaign's numbered group after its level; session 11)
            # (市文明办督导组副组长: the office that sent the group; session 13 audit)
            # (国家卫生城市复审现场评估组组长, 省级考核专家组组长: the campaign the group scores
            # and two or three of its kinds stacked; persons22, seen on three sites)
            rf"(?:(?:{lv})级?(?:委|文明办|文明委|爱卫办|创建办|创文办|创城办|创卫办|创建|创文|创城|创卫"
            r"|卫生(?:城市|县城|区)|文明(?:城市|县城|城区)|)|)"
            r"(?:第[一二三四五六七八九十]{1,3})?"
            # (省创卫考评组组长: the teams that score a campaign, as its team of 考评团)
            # (市委第一巡回督导组副组长, 县委巡察整改督查组组长, 省委巡视第五组组长: a round of
            # visits, the follow-up of an inspection, the group's number after its kind;
            # titles47, f46 and wide45)
            r"(?:督导|督查|督察|检查|巡查|巡察|巡视|考核|测评|暗访|指导|调研|考察|专家|考评|评估|验收"
            r"|复审|复查|现场|技术|巡回|整改){1,3}?"
            r"(?:第?[一二三四五六七八九十]{1,2})?组(?:常务)?(?:副)?组长",
            # 省祝贺团副团长, 考察团团长: the head of a visiting delegation (session 7 audit)
            # (省创卫考评团团长: a campaign's inspecting team, named as its groups are)
            # (国家民委祝贺团团长: the body that sent the delegation; persons21)
            rf"(?:(?:{lv})(?:{body}|)(?:创建|创文|创城|创卫|)|)"
            r"(?:祝贺|代表|慰问|考察|观摩|访问|宣讲|讲师|考评|督导|督查|检查|考核|测评|评估|验收)"
            r"团(?:常务)?(?:副)?团长",
            # 市创文巩卫副总指挥, 创文执行指挥: the head of a campaign's headquarters named by
            # the campaign alone, 指挥部 left out (titles27; 市创文指挥部副总指挥 is read by the
            # bodies)
            rf"(?:(?:{lv})级?|){campaign}{campaign}{{0,2}}"
            r"(?:常务|执行)?(?:第一)?副?总?指挥(?:长)?(?![部所中])",
            # 场长、社区主任某某, 副场长, 场长助理: the head of a farm (not 市场长效)
            r"(?<![市广会考赛剧战])(?:常务)?副?场长(?:助理)?",
            # 省住建厅城建处处长, 省文明办创建处处长: a section of a department and its head
            # (省委宣传部精神文明创建指导处处长: a section's own name runs to eight characters)
            # (国家卫生健康委规划信息司司长, 省文明办创建处调研员: a ministry's department and its
            # head; a section's staff rank; session 12 audit)
            rf"(?:{lv})(?:{body})(?:{body}|)[{CJK}]{{1,8}}?(?:[处科股](?:副)?(?:处长|科长|股长|主任)"
            r"|司(?:副)?司长|[处司](?:一级|二级)?(?:调研员|巡视员))",
            # (市政协机关二级巡视员: the body's own staff; 机关 is no body of an ORG alone)
            # (县文化广电旅游局（县版权局）局长: the body's second name in brackets, the post
            # holding for both; session 12 audit)
            # (市委党校（某某行政学院）常务副校（院）长: the party school is also the
            # administrative college of its level, named in brackets; titles27)
            # (市城市管理执法局党组书记: a bureau's full name made of its field words, as the ORG
            # grammar reads it, before its own party group; the bureau's head is read below;
            # posts29)
            rf"(?:{lv})(?:{field_bureau}|)(?:{any_body}){{0,3}}"
            rf"(?:（(?:(?:{lv}|)(?:{any_body})|[{CJK}]{{0,4}}?行政学[院校])）|)"
            rf"(?:{long_body}(?:办公室|)|)(?:机关|){post_re}",
            # 政协第十一届某某市委员会副主席, …委员会提案委员会副主任: the conference's formal
            # name, its session's ordinal and its place inside (appointment notices; session 10)
            rf"(?:{body})(?:{body}){{0,2}}(?:第[{_CN_NUM}]{{1,3}}届[{CJK}]{{2,12}}?委员会"
            rf"(?:|[{CJK}]{{2,8}}?委员会)|)(?:机关|){post_re}",
            # 政协某某县委员会党组书记, 政协某某市委员会副主席: the conference's formal name with
            # its place and level, no session's ordinal (titles47, wide46)
            rf"(?:中国人民政治协商会议|政协)[{CJK}]{{2,8}}?[省市县区州旗]委员会(?:党组|机关|)"
            rf"{post_re}",
            # 社区党支部书记, 村党总支书记, 村委会主任: a community's or a village's own posts
            # (not a level of the body grammar: 社区党组 is no body)
            rf"(?:社区|小区|村)(?:{body}){{0,2}}{post_re}",
            # 青屏山景区管委会主任: a body named by its own place, opening a clause or an item
            rf"(?:(?<=[、，。：；\n（(])|^){not_adverb}(?=[^，。；：、\n]{{2,12}}?(?:管委|党工委))"
            # (县先进制造业开发区党工委书记: a zone's own name runs to ten with its level; audit44)
            rf"{own_name}{{2,10}}?(?:景区|园区|片区)?(?:管委会|管委|党工委)"
            rf"{post_re}",
            # (not 总指挥 of 总指挥部, 人大主席 of 人大主席团: a body's name, its head after it;
            # persons21)
            # (全国人大常委会原副委员长某甲、原国务委员某乙: a former post standing alone, as 原 opens
            # post_re; only after a mark: 太原副市长 is the city's; attrib46)
            rf"(?:代理|代|(?:(?<=[、，。：；（(\s])|^)原)?(?:{lone}){nominee}(?![部团])",
            # 群工部部长, 组织人劳局局长, 城建处副处长: a body no list holds, named by its kind,
            # whose head repeats the kind; 党政办主任: an office and its head. Only opening a
            # clause or an item of a chain (a name must follow for the chain to keep it)
            # (a lookahead for the head first: most clause starts have none within reach)
            # (国家某某局督查司副司长, 某某部水库移民司司长: a ministry's department 司 and its
            # head 司长, as 处 and 处长; misc51: f50's gold and five pages of wide45-50)
            rf"(?P<bykind>(?:(?<=[、，。：；\n（(])|^){not_adverb}"
            rf"(?:(?=[^，。；：、\n]{{1,11}}?(?:长|主任|经理)){own_name}{{1,8}}?"
            r"(?:(?P<kind>[部局处科厅所站院队司])(?:常务)?副?(?P=kind)长|办(?:常务)?副?主任"
            # 宣传部长 for 宣传部部长, 副部长 with it; 法制科长 for 法制科科长
            r"|(?:常务)?副?[部处科]长"
            # 质安部经理, 人力资源部副经理: a company's department and its head (session 12 audit)
            r"|部副?经理)"
            # (延安某某纪念地管理局局长, 农业农村部农田建设管理司副司长: a bureau or a ministry's
            # department named at length by its place and field, only where its head repeats
            # its kind 局 / 司; no clause word inside: ，并特邀某区委宣传部副部长 opens with a
            # verb; misc51, f50's gold and four pages of wide45-50)
            rf"|(?=[^，。；：、\n]{{9,13}}?[局司](?:常务)?副?[局司]长){long_own_name}{{9,12}}?"
            r"(?:局(?:常务)?副?局长|司(?:常务)?副?司长)))",
            # 经济委员会主任, 社会和法制委员会主任: a special committee of a congress or a
            # conference, named by its field (和 inside), opening a clause or an item (a verb
            # opening the clause is no part of it, as for the body named by its kind; session 9)
            # (某某国家现代农业产业园服务中心主任: a centre named at length, likewise; a congress's
            # working committees and offices after its titled head: 选任工委主任, 研究室主任,
            # 代表联络办公室主任; session 11 audit)
            # (no named group: a search may leave the branch out, scan.BranchGate, and the
            # groups of every match must be the pattern's; titles.find_title_chains knows it by
            # its words)
            rf"(?:(?<=[、，。：；\n（(])|^){not_adverb}(?=[^，。；：、\n]{{2,16}}?(?:委员会|中心|工委|室))"
            rf"(?![和与及以各全本该])(?:(?![在由对向把被将从与及请为让使是的了])[{CJK}]){{2,16}}?(?:委员会|中心|工委|室)"
            r"(?:常务)?副?主任(?:委员)?",
            # 市住建局长, 县公安局长: a bureau's head written short, the bureau's 局 and the
            # post's 局长 one character (persons21, systematic; 市住建局局长 is read above)
            # (县住建局成立以局长某某为组长: a clause word is no part of the stem; names39)
            rf"(?:{lv})(?:{any_body}){{0,2}}?(?:{ju_stems}|(?![省市县区州旗镇乡])"
            rf"(?:(?![在由把被将从请让使是的了以])[{CJK}]){{1,4}}?)"
            r"局(?:常务)?长",
            # 县级河长某某, 县级副总林长、县委副书记某某, 市总河长: the chief of a level's rivers,
            # lakes or forests (河长制, 林长制), the level written with or without 级 (names39:
            # five pages of the wide set; 河长办 is the chief's office, 河长制 the system)
            rf"(?:{lv}|村)级?副?总?(?:河长|林长|湖长|田长)(?![制办])",
            # 民革某某市委会副主委, 九三学社某某市委秘书长, 民盟中央副主席: the eight democratic
            # parties' committees of a level, the party's name belonging to the post
            # (persons21, systematic)
            r"(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)"
            rf"(?:中央|[{CJK}]{{0,8}}?(?:省|市|县|区|州)委(?:员)?会?)(?:机关)?{post_re}",
        ]
        # scanned at every position of every text: a lookahead on the characters the listed
        # branches open with (or a clause start, for the body named by its place) skips most
        # positions without a full attempt (scan.py); the branches keep their order
        cls = first_class("|".join(b for i, b in enumerate(title_branches) if i not in (7, 9, 10)))
        guard = rf"(?:(?={cls})|(?<=[、，。：；\n（(])|^)" if cls else ""
        self.title = later(rf"{guard}(?:{'|'.join(title_branches)})")
        # a whole text is searched in parts (title_matches: the same matches as
        # self.title.finditer, in its order), each a run of consecutive branches of one kind:
        # those whose first characters are known, searched with them as the search's skip set
        # (no per-position guard), and those that open a clause (the lookbehind their own)
        # (self.title's guard had three assertions to try at every position: 139 -> 95 us a
        # bench article). The runs follow the branches: one added anywhere needs no change here.
        # (any cut into runs gives the same matches; this one only decides the speed)
        clause = r"(?:(?<=[、，。：；\n（(])|^)"
        runs: list[list[str]] = []
        kinds: list[bool] = []
        for b in title_branches:
            opens_clause = b.removeprefix("(?P<bykind>").startswith(clause)
            if not runs or kinds[-1] != opens_clause:
                runs.append([])
                kinds.append(opens_clause)
            runs[-1].append(b)
        # (scan.fast_alternation: the clause runs searched from the clause marks, a branch
        # that needs one of a few words, 督导组组长, left out of a text without them)
        # (a part with branches that read a level and the bodies after it before their post,
        # tried at every level and body of a text (the first part: ~180 places a bench article,
        # matching at ~5), is searched in the clauses that hold a post only:
        # stretches.StretchScan; the first part 30 -> 17 ms per 300 bench articles; session 36)
        self.title_parts = tuple(_title_part(run, any(lv in b for b in run)) for run in runs)
        # a text without the last words of a long body (most real pages: 9 in 10) is searched
        # by parts whose level-led branch leaves the long body out, which could match nowhere
        # in it (title_matches; -13 % of the first part's time on such a text; session 35).
        # Built at the first such text: a process that meets none (the bench) pays nothing
        self._title_runs = runs
        self._long_group = f"(?:{long_body}(?:办公室|)|)"
        self._title_parts_short: tuple[re.Pattern[str], ...] | None = None
        # (县人大常委会党组书记、主任候选人某某: the post someone is nominated for; session 9)
        self.bare_post = later(rf"(?:副)?(?:{post}){nominee}")
        # 市上领导 / 县级领导 + names: the leaders of that level as some provinces write it
        # 县镇领导 / 市县领导 + names: the leaders of two levels together (session 7 audit),
        # only where no name runs into them (秦州区领导, 兰州市领导: 州 ends the place's name)
        self.leaders = later(
            rf"(?:(?<![{CJK}])[省市县区](?=[市县区镇乡]领导))?"
            # 省党政军领导 + names: the leaders of the party, government and army of a level
            # (session 8 audit); 局领导 + names: a bureau's leaders (局领导甲主持、乙、丙出席; realdev10)
            # (区政协领导 + names: the leaders of a level's conference or congress; session 12)
            # (师领导 / 团领导 + names: a corps division's or regiment's, not 集团领导, 共青团领导,
            # 教师领导; session 18)
            r"(?:(?:师市|兵团|自治区|省|市|县|区|州|旗|镇|乡|街道|局"
            rf"|(?<![{CJK}])[师团]|(?<=[\d一二三四五六七八九十])[师团]"
            # 两委领导 + names: a zone's working committee and its administrative committee, or a
            # town's party and government, as one leadership (names31)
            rf"|(?:(?<![{CJK}])|(?<=[区镇乡]))两委)"
            # (县政府领导 + names: the leaders of a level's government, as 县委领导; names38)
            r"(?:委|上|级|政协|人大|政府)?(?:党政军|党政)?领导"
            # 校领导 / 院领导 + names: a school's or a hospital's leaders, the unit the article is
            # about named by its one character (not 学院领导, 法院领导; session 12 audit)
            rf"|(?:(?<![{CJK}])|(?<=[我本]))[校院]领导"
            # 县处级领导 + names: the leaders of a civil-service grade (省部级, 厅级, 副县级, 乡科级;
            # people32), read as 市领导 is
            r"|副?(?:省部|厅局|地厅|县处|乡科|正?厅|正?处|正?科|县团)级领导|副[省市县区]级领导"
            # 区创城指挥部领导 + names: a campaign headquarters' leaders, the body in the TITLE
            # (session 38)
            r"|[省市县区镇乡]?(?:创城|创文|创卫|创建)?指挥部领导"
            # 市人大常委会领导 / 县文明委领导 + names: the leaders of a level's body, the body in
            # the TITLE as for the headquarters (names39)
            rf"|(?:{lv})(?:{body})领导)"
            # (街道领导干部深入…: 领导干部 is the level's cadres, no post with names after it)
            r"(?!干部)"
        )
        # (a name in Latin letters, an international body's acronym (APEC), is never a level's
        # body: 某某省APEC会议 is the province and the forum; read bare only; orgs39)
        # (市禁毒委员会: a short form in 委 before 员会 opens the full name, no match of its own,
        # so that the longer readings after it are tried; orgs46)
        orgs = alternation(w for w in g.org_names if not w.isascii()) + "(?!员会)"
        acronyms = alternation(w for w in g.org_names if w.isascii())
        # (县规划建设和住房保障局, 县城市管理执法局: a bureau's full name made of its field words,
        # tried last, where no listed name opens at the level; not 局面 / 局势; lead18)
        # the bodies every level has (resources org_level_kinds.txt: 县妇女联合会, 县委机构编制委员会
        # 办公室, 市政府研究室, 县住房公积金管理中心), its numbered schools (县一中) and its companies
        # named by their trade (县供电分公司, 市公交集团; org_trades.txt): tried first, where they
        # follow a level, so that 县委 or 县 alone does not end the match (orgs21)
        level_kinds = alternation(gazetteer_words("org_level_kinds.txt"))
        trades = alternation(gazetteer_words("org_trades.txt"))
        # (each branch below but the names' opens with a level: the rest after it)
        # (市公交总公司: a trade's head company, as its branch; orgs39)
        level_kind = (
            rf"(?:(?:委|政府)?(?:{level_kinds})|第?[一二三四五六七八九十]{{1,2}}中(?![队心华学])"
            rf"|(?:{trades})(?:分公司|总公司|有限公司|有限责任公司|公司|集团))"
        )
        org_fields_kind = (
            rf"(?:{fields})(?:和?(?:{fields})){{1,4}}(?:局(?![面势])|医院|委员会|公司|集团)"
        )
        # (县城乡规划服务中心, 县城市管理指挥中心: a centre of government work, not a venue
        # named by its field, 民族体育中心, 文化中心; 县交通运输管理所, 县林业工作站: a unit
        # named by its field and its kind of station or office; the place before it no GPE of
        # its own; orgs21)
        org_fields_unit = (
            rf"(?:{fields})(?:和?(?:{fields})){{0,4}}"
            r"(?:(?:管理|服务|指挥|交易|登记|监测|保障|促进|救助|指导)中心|管理所|管理处|管理站|服务站"
            r"|工作站|监管所|监督所|监测站|执法队|执法大队|执法中队|学校)"
        )
        org_whole = (
            rf"(?:(?:{lv}){level_kind}|(?:{lv})(?:{body}){{1,3}}|(?:{lv})?(?:{orgs})"
            rf"|(?:{lv}){long_body}(?:办公室)?|(?:{lv}){org_fields_kind}|(?:{lv}){org_fields_unit})"
        )
        # the same matches as org_whole, the level read once for the branches it opens (tried
        # at ~150 places an article, each branch matched the level again: 57 -> 45 us a bench
        # article; session 35). Where no level is the start of a longer one (师 / 师市), a level
        # matches one way only, so a level before an alternation of the rests tries them in
        # the branches' order; where one is, org_whole itself is tried.
        levels = set(g.levels)
        forked = sorted({w[0] for w in levels if any(o != w and o.startswith(w) for o in levels)})
        fork = f"(?=[{''.join(map(re.escape, forked))}]){org_whole}|" if forked else ""
        # The level-led branches read after one level: a level that fails its first rests
        # (level_kind, bodies, names) tries the long body and the fields' bodies at once, not
        # after the names and the acronyms from the same place, where it is read again
        # (~150 levels a bench article, ~5 matching: r.org 78 -> 65 us a bench article;
        # speed47). The order of the alternatives moves, the matches do not: the level reads
        # one way only (fork above), an acronym opens with a Latin letter and a level never
        # does, and a name could match at a level only where it opens with a level or a level
        # opens with it (_level_overlapping_names): there the branches keep their old order.
        acronym = rf"|(?<![A-Za-z])(?:{acronyms})(?![A-Za-z])" if acronyms else ""
        level_rest = rf"{level_kind}|(?:{body}){{1,3}}|(?:{orgs})"
        later_rest = rf"{long_body}(?:办公室)?|{org_fields_kind}|{org_fields_unit}"
        overlapping = _level_overlapping_names(g.levels, g.org_names)
        old_order = (
            rf"(?=(?:{alternation(overlapping)}))(?:(?:{lv})(?:{level_rest})|(?:{orgs}){acronym}"
            rf"|(?:{lv})(?:{later_rest}))|"
            if overlapping
            else ""
        )
        self.org = later(
            rf"(?:{fork}{old_order}(?:{lv})(?:{level_rest}|{later_rest})|(?:{orgs}){acronym})"
        )
        # (org_short: r.org for a text without the last words of a long body, as title_parts_short
        # is for the title grammar; built at the first such text; the body's rest stands in
        # org_whole and in each level-led alternative)
        self._org_long = (
            f"(?:{lv}){long_body}(?:办公室)?|",
            f"{long_body}(?:办公室)?|",
            2 + bool(overlapping),
        )
        self._org_short: re.Pattern[str] | None = None
        # outlets and small bodies named by their kind: 某某新闻网, 某某派出所, 某某街道办
        self.named_org_kind = later(alternation(g.named_org_kinds))
        # the production and construction corps: 第十四师(某某市), 十六团
        # (十三师新星市: 第 left out only where the division's city follows)
        self.corps_division = later(
            # (农一师: the corps' divisions' older name)
            rf"[第农][一二三四五六七八九十]{{1,3}}师(?:[{CJK}]{{2,3}}?市(?![委长民场区]))?"
            # 兵团八师石河子市: the corps named before its division
            rf"|(?:(?<![{CJK}])|(?<=兵团))[一二三四五六七八九十]{{1,3}}师[{CJK}]{{2,3}}?市(?![委长民场区])"
        )
        # 火箭农场, 红星二场, 某某牧场: the corps' farms are units of regiment level
        self.corps_farm = later(
            # 十三师火箭农场: a farm after its division
            rf"(?:(?<=[、，。：；和及与在到\n（(师])|^)[{CJK}]{{2,3}}?(?:农场|牧场|[一二三四五]场)"
            rf"(?![长部委主])"
        )
        self.corps_regiment = later(
            # 五师八十七团: after its division too (the regiment alone is the place, as 九师某某农场
            # is the farm)
            r"(?:(?<=[、，。：；和及与在到\n（(])|(?<=[一二三四五六七八九十]师)|^)"
            # (68团: the regiment's number in digits, as its own pages write it; places reads it
            # only in a text about the corps; session 30, misc30)
            r"(?:[一二三四五六七八九十〇零百]{1,5}|[1-9]\d{0,2})团"
            r"(?![结队委体员购伙聚拜年长结日])"
        )
        self.org_generic = later(r"(集团|有限公司|公司|电视台|日报社|融媒体中心|人民医院)")
        # an outlet or school named after a place: 某某日报, 某某县第一中学, 某某市实验小学
        # (found by their kind first, then the name looked up before it: much faster than
        # letting the regex engine try every name start)
        school_types = alternation(gazetteer_words("org_school_types.txt"))
        self.place_org_kind = later(
            r"日报社?|晚报|广播电视台|有线电视台|电视台|(?:人民)?广播电台|融媒体中心|融媒(?![体])|中医医院|中医院"
            # 某某市第六人民医院: a city's numbered hospital (orgs20)
            r"|(?:第[一二三四五六七八九十]{1,3})?人民医院"
            # 县中心医院, 市妇幼保健院: a level's hospitals (session 12 audit, audorgs13)
            r"|中心医院|妇幼保健院"
            # (某某中等专业学校, 某某红军子弟小学: the school's type, org_school_types.txt; orgs47b)
            rf"|(?:第[一二三四五六七八九十]+|{school_types})?(?:初级中学|高级中学|中学|小学"
            r"|幼儿园|学校|学院)"
        )
        # other places and facilities: a short name and the kind of place
        self.loc_kind = later(
            r"火车站|高铁站|客运站|汽车站|东站|西站|南站|北站|公园|广场|社区|小区|片区|大道"
            r"|农贸市场|菜市场|菜场|夜市|美食街|步行街|商业街|市民中心|大街|路|街(?![道边头办角区])|巷|村"
            # (某某街办: the sub-district office, 街道办事处; 街角: a street corner; no
            # street, session 16 audloc17)
            # venues of meetings and visits (session 7 audit): 人民大会堂, 某某体育馆, 某某纪念馆
            r"|大会堂|体育馆|体育场|会展中心|博物馆|纪念馆|大剧院"
            # 某某市场 as an item of a list of places visited (not 市场监管, 市场秩序)
            # and before what an inspection found there (某某市场存在…, 某某市场周边; rule_words.json
            # market_next, session 16 audloc17)
            r"|机场|市场(?=[、，。；等）)和及与]|$"
            + "".join("|" + re.escape(w) for w in rule_words()["market_next"])
            + ")"
            # more venues and facilities visited on inspections (session 8 audit), from
            # rule_words.json: 某某游泳馆, 某某大酒店, 某某小广场, 某某公交车站, 某某嘎查…
            + "".join("|" + re.escape(k) for k in rule_words()["loc_kinds_more"])
            # 某某新城: a city's new town named, where 新城 closes the name (before a mark or
            # the works of building it; not 某某新城汽车站, 新城镇; session 33, locs35)
            + rf"|新城(?=[^{CJK}]|建设|发展|规划|开发|调研|项目|片区)"
        )
        self.admin_unit3 = later(rf"[{CJK}]{{3}}(?:市|县|区|镇|乡|旗|街道)")
        # a division in a strong position: opening a headline or a dateline, before the verb
        self.admin_unit = later(rf"([{CJK}]{{2,3}}?)(市|县|区|镇|乡|旗|街道)")
        # a relative year (今年, 去年) opens a month or a day as a year does: 去年12月6日 is one date
        # (后年, the year after next: not the 后 of 最后/之后/此后/前后/今后… before 年; misc27)
        rel_year = (
            "(?:"
            + "|".join(
                r"(?<![最之此前今以然往向落其随而背先午过])" + re.escape(w)
                if w.startswith("后")
                else re.escape(w)
                for w in rule_words()["relative_years"]
            )
            + ")"
        )
        self.date = later(
            # 2024-2026年创建周期: a span of years written with one 年 is one expression
            # (2022/2023年度: a season across two years, a sugar-cane crop's, written with a slash;
            # audit43)
            r"(?:\d{4}(?:-|—|－|–|~|～|至|/)\d{4}年度?"
            # (2031/05/16 下午3:08:45: a stamp in the locale's form, its part of day before the time;
            # session 33, misc35)
            r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?)?"
            # a site's stamp without its year, only with its time: 03-02 20:07:15 (realdev12)
            r"|(?:^|(?<=[\s：:]))(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[ \u00a0]+\d{1,2}:\d{2}(?::\d{2})?"
            # a stamp with a two-digit year (18-05-09 08:54), only with its time; a month-day in a
            # page's own date field (日期：08-21) (session 14, realgold12 as development)
            r"|(?:^|(?<=[\s：:]))\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[ \u00a0]+\d{1,2}:\d{2}(?::\d{2})?"
            r"|(?<=日期[：:])(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d:-])"
            # the day first, as mirror sites stamp a page: 14.02.2018  07:14
            r"|\d{1,2}\.\d{1,2}\.\d{4}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
            # (二0二二年: a year in Chinese numerals with the digit 0 for 〇, as notices write it)
            rf"|(?:(?:\d{{4}}|[〇零0一二三四五六七八九]{{4}})年度?|{rel_year})?"
            r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月"
            # a range whose first day drops its 日 (6月21至22日) reads as one date: 6月21 alone is none
            r"(?:\d{1,2}(?:至|到|—|－|-|~|～)\d{1,2}[日号]"
            r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号])"
            # (10月16日上午9点 / 9点半: the hour written with 点, as with 时)
            # (6月30日凌晨, 7月2日夜间: the night's parts too; session 32, misc34)
            r"(?:上午|下午|晚上|早上|中午|凌晨|[前后上下]半夜|夜间|深夜|傍晚|晚)?"
            # (2031年04月12日 08时15分: a page's stamp writes its hour after a space too; session
            # 34, locs37)
            r"(?:[ \u00a0]?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
            r"|[ \u00a0]?\d{1,2}[时点](?:\d{1,2}分|半)?"
            # (3月6日上午九点: the hour in Chinese numerals, only after a part of day, where it
            # cannot be a count, 三点要求; session 39, audit39)
            r"|(?<=[午上晨])(?:十[一二]?|[一二两三四五六七八九])[时点]"
            r"(?:半|[一二三四五]?十[一二三四五六七八九]?分|零?[一二三四五六七八九]分)?)?)"
            rf"|(?:(?:\d{{4}}|[〇零0一二三四五六七八九]{{4}})年|{rel_year})?"
            r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:上旬|中旬|下旬|底|初|末)"
            # (今年一季度, 去年第三季度: the quarter of a relative year is one expression, as
            # 2023年第一季度 is; session 18)
            rf"|(?:(?:\d{{4}}|[〇零0一二三四五六七八九]{{4}})年|{rel_year})?第?[一二三四]季度"
            r"|(?:\d{4}|[〇零0一二三四五六七八九]{4})年度?(?:\d{1,2}月份?)?"
            r"|\d{1,2}月份?"
            # (四月份全省…情况, 五月份创建工作: a month in Chinese numerals with its 份, as 6月份
            # is; bare 五月 stays out, 五月的鲜花; session 15 audit)
            r"|(?<![〇零一二三四五六七八九十])(?:十[一二]?|[一二三四五六七八九])月份"
            # 今年7月: the month after a relative year belongs to it
            rf"|{rel_year}(?:(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})月份?|(?!轻|纪|龄|级))"
            # 本月, 上月: the report's own month, as 今年 is its year (本月底 / 本月中旬 with it;
            # not 本月刊, 上月球; session 18)
            # (成本月报, 以上月份, 晚上月光: the 本 or 上 of another word)
            r"|(?:(?<![成基日资根版剧课样文账书标原脚范])本|(?<![以晚马路早])上个?|(?<![以])下个?)"
            r"月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号](?:上午|下午|晚上|早上|中午)?"
            r"|底|初|中旬|上旬|下旬)?(?![刊报票薪球光亮饼份])"
            # a bare day where a newspaper's report starts, at a line or sentence start, after a
            # byline's bracket or a space (本报讯（记者 某某）25日，), then a part of day or the
            # comma: 25日，我区召开 / 15日上午，市委召开 (dates.py: date.bare_day)
            # (截至26日，: the day a count was taken, as the dateline's month reads it; realdev12)
            # (9日至10日，: two days of a visit the lead opens with are one expression, as 6月9日至
            # 10日 is; session 34, locs37)
            # (为做好…工作，26日，某镇召开… / 县政府高度重视，27日一早，…: the day opening a clause
            # after the purpose or the scene; audit45, two pages of the wide set; 一早 stays out,
            # as after a full date)
            r"|(?P<bare>(?:^|(?<=[\n。！？；）) \u3000\t，,])|(?<=截至))"
            r"(?:\d{1,2}日?(?:至|—|－|~|～)(?=\d{1,2}日[，,]))?\d{1,2}日"
            # (截至6日8时: the day with the hour a count was taken at; session 32, misc34)
            r"(?:上午|下午|晚上|早上|中午|凌晨|晚|\d{1,2}[时点](?:\d{1,2}分|半)?"
            r"|(?=[，,]|召开|举行|一早)))"
            # a day counted from the report's, as 今年 is a year: 昨日, 今天上午, 次日下午3时; 当天
            # only with its part of day (当天整改 is "at once"). Every blind annotator of sessions 9-11
            # tagged them (5 of 5); session 5's convention had left them out. Not 如今天…, 至今日…,
            # an outlet 今日某某 (a name follows), 次日程.
            rf"|(?:(?<![如至迄])(?:今天|昨天|昨日|昨晚|今晚|次日|翌日)(?!程)"
            rf"|(?<![如至迄])今日(?![{CJK}](?<![上下晚早中凌起]))"
            # (同日下午: the day just named, as 当日下午 is; both golds of f46; session 46, gpe48)
            r"|(?:当天|当日|同日)(?=上午|下午|晚上|早上|中午|凌晨)"
            # (预计明日白天登陆, 明天上午9时: the day after the report's, with its part of day or
            # its hour, as 今天上午 is; bare 明天 stays out, 更加美好的明天 is the future, not a
            # day; session 48, misc50: dev gold)
            r"|(?:明天|明日)(?=上午|下午|晚上|早上|中午|凌晨|白天|夜间|夜里|深夜|傍晚|\d{1,2}[时点]))"
            # (今天后半夜, 今天夜间: a weather report's parts of the night are parts of day too;
            # session 32, misc34; 白天 and 夜里 a bulletin's too: 明日白天, session 48, misc50)
            r"(?:上午|下午|晚上|早上|中午|凌晨|[前后上下]半夜|夜间|夜里|白天|深夜|傍晚|晚)?"
            r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[时点](?:\d{1,2}分|半)?)?)"
        )
        self.quote = later(r"[“\"]([^“”\"\n。！？]{1,24}?)[”\"]")
        # (one line break inside: a long title wrapped by the page, checked in slogans.py)
        # (《\n某某工作方案》: a break right after the mark too; session 34, misc36)
        self.book = later(r"《((?:[^《》\n]{1,80}|(?=\n))(?:\n[^《》\n]{1,80})?)》")
        self.gpe_suffixed = later(
            rf"[{CJK}]{{2,6}}?(?:高新技术产业开发区|经济技术开发区|经济开发区|开发区|高新区|经开区|新区"
            # (海南自由贸易港, 某某自贸区: a free-trade zone or port is a zone too; session 14)
            rf"|工业园区|产业园区|自由贸易港|自贸港|自由贸易试验区|自贸试验区|自贸区"
            # (某某产业集中区, 某某工业集中区, 某某产业集聚区 (Henan's zones), 某某科技园区: a zone
            # named by its own name and its kind; 某某综合保税区, 某某保税区: a bonded zone is
            # one too, its kind alone read as one where listed; session 43, places43)
            rf"|产业集中区|工业集中区|产业集聚区|产业聚集区|高科技园区|科技园区|综合保税区|综保区|保税区"
            # (某某高新园, 某某中央商务区, 某某综合实验区: a city's high-tech park, its business
            # district and a comprehensive pilot zone with their own administration; the pooled
            # dev gold, both golds where two; session 49, gpe51)
            rf"|高新园(?!区)|中央商务区|综合实验区"
            # (中新某某生态城: an eco-city with its own administration is a zone; not 生态城市,
            # 生态城镇: the kind of city in general; session 33, places33)
            rf"|生态城(?![市镇乡]))"
        )
        gpe_full = set(g.admin_full)
        for n in g.gpe_names:
            for suf in ("省", "市", "州"):
                # (上海州, 江苏州: no province is written with 州; 上海州业 is a firm's name,
                # 海南州 a prefecture the gazetteer lists by itself; session 43, places43)
                if suf == "州" and n in PROVINCES:
                    continue
                gpe_full.add(n + suf)
        # looked up from their last character (a trie regex over 4,000 names tried at every
        # position cost more than the rest of the place rules together)
        self.gpe_full_set = frozenset(gpe_full)
        self.gpe_full_lengths = tuple(sorted({len(w) for w in gpe_full}, reverse=True))
        self.gpe_full_units = later("[" + "".join(sorted({w[-1] for w in gpe_full})) + "]")
        # the lengths of the names ending in each pair of characters: at a unit only those are
        # tried (…，市委 ends no name at all), longest first as above
        by_tail: dict[str, set[int]] = {}
        for w in gpe_full:
            by_tail.setdefault(w[-2:], set()).add(len(w))
        self.gpe_full_by_tail = {k: tuple(sorted(v, reverse=True)) for k, v in by_tail.items()}
        self.gpe_full_min = min(map(len, gpe_full), default=2)
        # 章贡区、南康区作表态发言: a short name with its unit, standing alone in a list
        self.gpe_listed = later(
            rf"(?:(?<=[、，。：（(\n和及与])|^)([{CJK}]{{2,3}}?)(?:区|县|市|镇|乡|旗)(?=[、，。）)和及与]|作|等)"
        )
        self.followers = later(alternation(g.name_followers))
        self.speech = later(alternation(g.speech_verbs))
        self.doc_titles = later(alternation(g.doc_titles)) if g.doc_titles else None
        # speaker frame at a clause start: NAME(在…时|在…中)?强调，
        # (NAME在听取…汇报后指出，: after what the speaker heard)
        self.frame = later(
            rf"(?:^|(?<=[\n。！？；，：:;,\s”]))([{CJK}]{{2,4}}?)(?:同志)?(?:在[^，。\n]{{1,14}}?(?:时|中|上|后))?"
            rf"{FRAME_ADVERB}(?:{alternation(g.speech_verbs)})[，：:,]"
        )
        # a headline that ends with the verb (某某在某某县调研时强调): a name for the person
        # rules only, no frame that governs what follows (session 7 audit)
        self.frame_eol = later(
            rf"(?:^|(?<=\n))([{CJK}]{{2,4}}?)(?:在[^，。\n]{{1,14}}?(?:时|中|上))?"
            rf"(?:{alternation(g.speech_verbs)})(?=\n|$)"
        )
        self.name_suffix_title = later(r"(?:总书记|同志)")
        # searched with their first characters as the skip set (scan.py): the same matches
        speed_up(vars(self))

    def title_parts_short(self) -> tuple[re.Pattern[str], ...]:
        """title_parts for a text none of whose words can end a long body (_LONG_BODY_END)."""
        if self._title_parts_short is None:
            long_group = self._long_group
            self._title_parts_short = tuple(
                self._short_part([b.replace(long_group, "") for b in run], part)
                if any(long_group in b for b in run)
                else part
                for run, part in zip(self._title_runs, self.title_parts, strict=True)
            )
        return self._title_parts_short

    def org_short(self) -> re.Pattern[str]:
        """r.org for a text none of whose words can end a long body (may_hold_long_body): its
        two branches that read a long body after the level left out. They could match nowhere
        in such a text (nor in any part of it), and an alternative that never matches changes
        no match of the others: the same matches, without the lazy walk of up to 30 characters
        for the body's last word at every level of the text (~40 % of r.org's time on such a
        text, which is 9 real pages in 10; session 44, speed46)."""
        if self._org_short is None:
            whole, rest, rests = self._org_long
            pattern = self.org.pattern
            if pattern.count(whole) != 1 or pattern.count(rest) != rests:
                # (the pattern was written otherwise: the whole pattern, never a wrong one)
                self._org_short = self.org
            else:
                self._org_short = fast_compile(
                    pattern.replace(whole, "").replace(rest, ""), self.org.flags
                )
        return self._org_short

    @staticmethod
    def _short_part(branches: list[str], part: re.Pattern[str]) -> re.Pattern[str]:
        """The search of a title part's branches with the long body left out."""
        if isinstance(part, StretchScan):
            # (they match nothing the part's branches do not: its class and words hold)
            return StretchScan.make(branches, part)  # type: ignore[return-value]
        return fast_alternation(branches)


def _level_overlapping_names(levels: Iterable[str], names: Iterable[str]) -> list[str]:
    """The names (not in Latin letters) that could match where a level does: opening with a
    level (团市委, 市场监管局) or opening one (a name that is a level's first characters). Only
    at these may r.org's names take a match before the level-led alternatives read after them."""
    levels = list(levels)
    return sorted(
        w
        for w in names
        if not w.isascii() and any(w.startswith(lv) or lv.startswith(w) for lv in levels)
    )


def _title_part(branches: list[str], stretched: bool) -> re.Pattern[str]:
    """The search of a title part (a run of the grammar's branches): a StretchScan where asked
    for and possible, else the branches' fast_alternation; the same matches either way."""
    part = StretchScan.make(branches) if stretched else None
    return fast_alternation(branches) if part is None else part  # type: ignore[return-value]


# (one search, not seven `in` tests: a text without any of them holds no long body)
# (scan_compile: the same pattern with the first characters of its words as the search's skip
# set; re keeps none for an alternation one of whose words opens with an optional part,
# (?:工作)?专班, and tried it at every position: 9.4 -> 1.2 ms over ~600 wide pages; session 36)
_LONG_BODY_END = scan_compile(_LONG_BODY_ENDS)


# the last text may_hold_long_body read and its answer: the title chains and the ORG rules ask
# for the same text in turn (the reference to the text keeps its id from being reused)
_long_end_last: tuple[str, bool] = ("", False)


def may_hold_long_body(text: str) -> bool:
    """Whether the text holds one of the words a long body's name ends with (_LONG_BODY_END):
    where it holds none, no long body can be read anywhere in it (title_parts_short,
    _Rules.org_short)."""
    global _long_end_last
    last = _long_end_last
    if last[0] is text:
        return last[1]
    got = _LONG_BODY_END.search(text) is not None
    _long_end_last = (text, got)
    return got


def title_matches(text: str, r: _Rules) -> Iterator[re.Match[str]]:
    """The matches of r.title.finditer(text), found by its parts (r.title_parts, runs of its
    branches in their order): the leftmost match of any part, and at equal starts the earlier
    part's, as the alternation gives it. A match's `bykind` group is in groupdict() only when
    its part holds that branch."""
    parts = r.title_parts if may_hold_long_body(text) else r.title_parts_short()
    found = [p.search(text) for p in parts]
    pos = 0
    while True:
        best = None
        for i, m in enumerate(found):
            if m is not None and m.start() < pos:
                m = found[i] = parts[i].search(text, pos)
            # (an earlier part wins a tie: only a later one that starts before replaces it)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        yield best
        pos = best.end() if best.end() > best.start() else best.start() + 1


# the last text gpe_full_spans read and its answer: two rules of one text ask for it in turn
# (the reference to the text keeps its id from being reused by another string)
_full_spans_last: tuple[str, object, list[tuple[int, int]]] = ("", None, [])


def gpe_full_spans(text: str, r: _Rules) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of the gazetteer's divisions with their unit, leftmost first
    and the longest at a start (as a regex alternation of the names would give them). The list
    is shared between callers of the same text: read it, do not change it."""
    global _full_spans_last
    last = _full_spans_last
    if last[0] is text and last[1] is r:
        return last[2]
    out = _gpe_full_spans(text, r)
    _full_spans_last = (text, r, out)
    return out


def _gpe_full_spans(text: str, r: _Rules) -> list[tuple[int, int]]:
    found: dict[int, int] = {}
    names, lengths, by_tail = r.gpe_full_set, r.gpe_full_lengths, r.gpe_full_by_tail
    short = r.gpe_full_min < 2  # a one-character name has no pair to index it by
    for m in r.gpe_full_units.finditer(text):
        e = m.end()
        for n in lengths if short else by_tail.get(text[e - 2 : e] if e >= 2 else "", ()):
            s = e - n
            if s >= 0 and text[s:e] in names:
                if found.get(s, 0) < e:
                    found[s] = e
    out: list[tuple[int, int]] = []
    last = 0
    for s in sorted(found):
        if s >= last:
            out.append((s, found[s]))
            last = found[s]
    return out


@lru_cache(maxsize=1)
def rules() -> _Rules:
    return _Rules(load())


# what rules build from the gazetteers (patterns, name sets), kept with the gazetteers they were
# built from: lru_caches would hash their word tuples (256 bodies) on every call, ~6 us a text
# each (orgs24)
_PER_GAZETTEERS: dict[tuple[int, str], tuple[Gazetteers, Any]] = {}


def per_gazetteers(g: Gazetteers, key: str, build: Callable[..., Any], *args: Any) -> Any:
    """build(*args), built once for `g` under `key` (built again for another Gazetteers)."""
    k = (id(g), key)
    got = _PER_GAZETTEERS.get(k)
    if got is None or got[0] is not g:
        got = _PER_GAZETTEERS[k] = (g, build(*args))
    return got[1]


def _is_cjk(ch: str) -> bool:
    return (
        "\u3400" <= ch <= "\u9fff"
        or "\uf900" <= ch <= "\ufaff"
        or "\U00020000" <= ch <= "\U0003134f"
    )


# the same ranges as _is_cjk, every character of a string tested in C: `all(_is_cjk(c) for c in
# s)` made a generator and a Python call per character, three times the cost on a short name
# (speed19; tests/test_preannotate_all_cjk.py keeps the two in step)
_ALL_CJK_RUN = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]*")


def all_cjk(s: str) -> bool:
    """all(_is_cjk(c) for c in s): True for the empty string too."""
    return _ALL_CJK_RUN.fullmatch(s) is not None


# (我: 和我办派驻… is no name; session 9 audit)
_BAD_NAME_CHARS = set("的了是在和与及等为对把被将就也都又还我")


def _first(text: str, name: str) -> tuple[int, int]:
    i = text.find(name)
    return i, i + len(name)


_LEVEL_BLOCK = {k: set(v) for k, v in rule_words()["level_block"].items()}


# first characters of a word that is a generic place reference, never a name (全市, 各区, 城区)
_GENERIC_HEAD = set(rule_words()["generic_head"])


_GENERIC_STEMS = set(rule_words()["generic_stems"])


def _level_ok(text: str, s: int) -> bool:
    if s == 0:
        return True
    if text[s] == "镇" and text[s - 1] == "集" and s >= 2:
        # 集镇 is a word (农村集镇), but 胡集镇, 栏杆集镇 are towns named after their market:
        # the unit is a word only where 集 closes a word of the dictionary (赶集, 市集)
        from civannot.preannotate.gazetteers import jieba_tokenizer

        return _is_cjk(text[s - 2]) and not jieba_tokenizer().FREQ.get(text[s - 2 : s])
    # 召开市文明委会议: 开市 is a word, but after a verb of meeting the level opens a body
    # (召集市创城指挥部…: 集市 likewise after 召集; session 12 audit, audorgs13)
    return text[s - 1] not in _LEVEL_BLOCK.get(text[s], ()) or text.endswith(("召开", "召集"), 0, s)


def opens_division(text: str, i: int, g: Gazetteers) -> bool:
    """Does a division the gazetteer knows by its full name open at i? (山西省长子县, 湖南省长沙市:
    长 opens the next division's name, not the post 省长; session 16 audit, audall17)"""
    return any(text[i : i + n] in g.admin_full for n in (3, 4, 5))


def _word_edge(text: str, s: int, e: int) -> bool:
    if e >= len(text) or text[e] not in "委长政":
        return True
    return text[e] == "长" and opens_division(text, e, rules().g)


def _occurrences(text: str, word: str) -> list[int]:
    out = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + len(word))
    return out


@dataclass
class Doc:
    """One text under analysis and what the rules found in it so far. The rules read each
    other's results (a name found after a title is looked for again; a place read from a strong
    position prefixes a title), so they run in a fixed order (entities.find_entities)."""

    text: str
    r: _Rules
    cands: list[Cand] = field(default_factory=list)
    # (person start, title start, rule): resolved to span indices once overlaps are settled
    holds: list[tuple[int, int, str]] = field(default_factory=list)
    persons: dict[int, int] = field(default_factory=dict)  # start -> end, names found by structure
    titles: dict[int, int] = field(default_factory=dict)
    doc_stems: set[str] = field(default_factory=set)  # bare names of this text's divisions
    names: set[str] = field(default_factory=set)  # every person name looked for again
    # the opt-in convention rules switched on (registry.CONVENTION_SWITCHES; off by default)
    switches: frozenset[str] = frozenset()

    def add(self, s: int, e: int, label: str, conf: float, prio: int, rule: str) -> None:
        self.cands.append(Cand(s, e, label, conf, prio, rule))

    def add_person(self, s: int, e: int, conf: float, rule: str) -> None:
        if e > s and s not in self.persons:
            self.persons[s] = e
            self.cands.append(Cand(s, e, "PERSON", conf, 4, rule))

    def move_title_starts(self, moved: dict[int, int]) -> None:
        """Titles whose start moved (old start -> new): their HOLDS_TITLE pairs and their entry
        in `titles` follow (a place joined into a post, or cut off it)."""
        self.holds = [(p, moved.get(t, t), r) for p, t, r in self.holds]
        for s, k in moved.items():
            e = self.titles.pop(s, None)
            if e is not None:
                self.titles[k] = e

    def add_title(self, s: int, e: int, conf: float, rule: str) -> None:
        if s not in self.titles:
            self.titles[s] = e
            self.cands.append(Cand(s, e, "TITLE", conf, 4, rule))
