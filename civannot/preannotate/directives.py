"""DIRECTIVE spans by the rules of GUIDELINES.md and ISSUED_BY to the governing speaker."""

from __future__ import annotations

import bisect
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from civannot.preannotate.attribution import (
    ISSUED_ANNOUNCED_SOLE,
    ISSUED_FRAME,
    ISSUED_INNER,
    ISSUED_PLURAL,
    ISSUED_PRONOUN,
    ISSUED_TRANSCRIPT,
    ISSUED_TURN,
    RELAYED_WORDS,
    SPEAKS_HERE,
    Discourse,
    last_mentions,
)
from civannot.preannotate.common import _Rules, rules
from civannot.preannotate.frames import DEPLOY_TAIL, FRAME_ADVERB, REQUEST_TAIL, dash_as_colon
from civannot.preannotate.gazetteers import PROVINCES, longest_first, rule_words
from civannot.preannotate.scan import guarded, needed_word_sets, speed_up, start_chars
from civannot.text.punctuation import name_dot

# what a prescriptive 应 / 应当 takes right after it: how, when or where the act is done, or the
# act itself (各部门应主动作为 / 应于5月底前完成 / 应对照标准… / 应在…上下功夫)
_PRESCRIBED_NEXT = (
    r"进一步|切实|认真|积极|主动|严格|及时|抓紧|加快|加强|强化|坚持|高度|充分|全力|着力|立即"
    r"|尽快|自觉|始终|注重|做到|做好|抓好|把(?!握)|将(?![会要来])|在(?![于此])|以(?![上下来后前及为])"
    r"|按照|结合|围绕|对照|从严|迅速|持续|不断|深入|扎实|明确|落实|建立|健全|完善|发挥|履行"
    r"|承担|担负|负起|带头|率先|于\d|于[本今当下明]|统筹|全面|牢固|树立|紧扣|聚焦|加大"
    r"|层层|广泛|妥善|依法|定期|每[天日周月年]|立足|密切"
)
# A marker of requirement. 要 is one unless it belongs to a word (重要, 主要, 要求, 需要 ...).
_MARKER = guarded(
    r"一定要|务必|必须|(?<![解判否表])决不能|绝不能|(?<![解判否表])决不|绝不|不能|不得(?!不|了|已)"
    # (密不可分 / 坚不可摧 / 牢不可破 / 势不可挡 / 锐不可当 / 遥不可及 / 高不可攀 / 缺一不可: an idiom
    # that says what a thing is, no prohibition)
    r"|(?<![密坚牢势锐遥高])(?<!缺一)不可(?!或缺|替代|能|分割|思议|避免|估量|多得|少|缺|小觑|逾越|收拾|没)"
    # 要义/要旨 are words (暗访的要义在于…), not 要义无反顾; 要点面结合 is 要 + 点面结合
    # (大事要事 / 要事: a word, not 要事事有回音 or 要事先…)
    r"|要(?!求|点(?!面)|素|害|闻|件|是|么|不然|不要|员|道|地|义(?![无不])|旨|事(?![事先前])"
    # 要想保住成果就是一句空话 / 要想…，才能…: a condition (要想方设法 / 要想办法 ask an act)
    r"|想(?!方设法|办法|尽办法)[^。；！？\n]{0,24}?[就才])"
    # (商请有关部门 / 报请 / 函请: a verb of asking another body, no 请 of the speaker's; dirs43)
    r"|需要|(?<![邀申提聘敬恳商报函呈约延])请(?![示求柬假教])|希望"
    # 各级各部门须进一步…: 须 is 必须's written form (a traditional copy's 須 too); not 须臾 /
    # 须知 / 无须 / 毋须 / 胡须, nor 必须 (its own marker above), nor 亟须 (…漏洞，亟须整改: what a
    # situation needs, as 亟需)
    r"|(?<![无毋勿莫必何所胡急亟])须(?![臾知眉发])"
    # 各单位应当进一步压实责任… / 各社区应抓紧抓实… / 应于月底前上报: prescriptive 应 / 应当 / 应该
    # with the act (an adverb of manner, a preposition of the act, a verb that heads a
    # requirement) right after it; not the words 相应 / 适应 / 响应 / 反应 / 供应 / 应对 / 应有 /
    # 应急 / 应用, nor 应该说 / 应当是 (an assessment), nor 理应 / 本应 (what ought to have been)
    r"|(?<![响适相对供反效回呼答感顺报照内理本])应(?:当|该)?(?="
    + _PRESCRIBED_NEXT
    + r")"
    # (各单位需进一步压实责任… / 需在月底前完成自查: 需 written for prescriptive 需要, the act right
    # after it as after 应; not 亟需 / 急需 / 所需 / 无需 / 必需 / 只需 / 不需)
    # (…细节工作仍需加强。 / …等4种资料需完善。: a bare verb closing the clause says what still
    # needs doing to its subject, an assessment)
    + r"|(?<![亟急必所无只不仍尚])需(?!要)(?!(?:进一步)?[\u4e00-\u9fff]{2}(?:[，。；！？,;!?\n]|$))(?="
    + _PRESCRIBED_NEXT
    + r")"
)
_NOT_YAO_BEFORE = set("重主只需紧想纲首摘纪险显将快扼必概简提")
_PHRASE_END = frozenset("、，。；：！？,;:!?”\n")
_ADDRESSEE_END = tuple(rule_words()["addressee_end"])
_CONNECTIVES = guarded(
    # a bullet (●要以…): a list mark like 一、
    r"(?:[●■◆▲★◎○□•✍☞➤▶◇☆✔]\s*|同时|此外|另外|另一方面|一方面|这里|在这里|在此(?=[，,]|希望)|并(?=希望|要(?!求))|(?:其次|首先|最后|再次)(?!要(?!求))|总之|因此|所以|"
    # 当前，… / 下一步，…: the time word set off by its comma is a connective; glued to what
    # follows it belongs to the requirement (下一步要… / 当前的创建工作要…: an adverbial, a subject)
    r"(?:当前|目前|在下一步(?:的)?工作中|下一步)(?=[，,])|对此|为此|"
    # 例如要及时清理… / 总的要求是要…: an example's or a summary's lead-in before the marker
    r"例如|比如|譬如|(?:总的|总体)要求是|"
    r"特别是|尤其是|其中|具体来说|也就是说|但是|但(?!凡)|第[一二三四五六七八九十]+(?:是|、)?(?!书记)|[一二三四五六七八九十]+、|"
    # enumerators of a list of requirements (一是要…；二是…) stay outside the span; 一要 stays in
    r"[一二三四五六七八九十]是|其[一二三四五六七八九十](?=[，,：:])|"
    r"（[一二三四五六七八九十\d]+）|\d+[.、．])"
    # (当前来说，首先就要… / 目前来看: the time word heads a phrase of its own, it is no connective)
    r"(?!来说|来看|而言)[，,：:]?"
)
_LIST_NUMBER = re.compile(
    # (✍一、认清形势，打赢整治攻坚战: a bullet a page put before the number)
    r"\s*(?:[●■◆▲★◎○□•✍☞➤▶◇☆✔]\s*)?"
    r"(?:[一二三四五六七八九十]+[、．.]|（[一二三四五六七八九十]+）|\d+[、．.])\s*"
)
_ADVERBIAL = tuple(rule_words()["adverbial"])
_IMPERATIVE = tuple(rule_words()["imperative"])
_LEAD_VERBS = tuple(rule_words()["lead_verbs"])
_HEADING_VERBS = _IMPERATIVE + tuple(rule_words()["heading_verbs"])
# what may open an imperative sentence that continues a requirement (将文件精神学深学透， /
# 做到…再深入 / 紧紧围绕中心…): the imperative words, the heading verbs and a few more openers
_CONTINUES = _HEADING_VERBS + tuple(rule_words()["continuation_openers"])
# 将于下月召开…: a plan; 把握…: no order to act; 真正的…: a noun phrase (真正细化… is an act)
# (检查组… / 检查中发现…: who checked, or what a check found, is a report)
_NOT_CONTINUES = (
    # (注意到…: what was noticed, not an order to mind it)
    "注意到",
    # (决心在下步工作中…: the speakers' resolve, a pledge; dirs43)
    "决心",
    "将于",
    "将在",
    "将会",
    "把握",
    "真正的",
    "检查组",
    "检查中",
    "检查时",
    "检查发现",
)
# 精确找准矛盾，大力解决问题。 / 建立…责任制，…: after a requirement, in a sentence with no frame
# of its own (the same speaker's), a wider set of verbs of action opens one too
_WIDE_CONTINUES = tuple(
    w
    for w in dict.fromkeys(
        _LEAD_VERBS
        + tuple(rule_words()["required_verbs"])
        + tuple(rule_words()["continuation_verbs"])
    )
    if not w.startswith(_CONTINUES)
)
# 在细处着手、在实处发力，…: where the effort goes, then the effort (在着力提升城市形象上下实功夫，
# …: the place may be a whole verb phrase, the effort a 真/实/硬 one)
_WIDE_LEAD = re.compile(
    # (在宣传上、督查上持续发力，…: a list of places, one effort for all of them)
    r"在[^，。；：、\n]{1,12}?[上处](?:、[^，。；：、\n]{1,8}?[上处])*(?:再|更|持续)?"
    r"(?:着手|发力|用力|下[真实硬苦狠细足大]?功夫|做文章|求突破|见实效|见成效|加力|强化)"
    # 抓宣传，丰富形式…；抓督查，…: the field to take hold of, then what to do in it
    r"|抓[^，。；：、\n]{1,4}[，,]"
    # 从招商开始同步考虑…，从谈判开始同步做好…: the stage from which the act starts, then the act
    # (attrib47)
    r"|从[^，。；：、\n]{1,8}?(?:开始|入手|抓起|做起)(?=同步|就|即)"
    # 在具体环节、重点场所等区域，尽快建立健全…: where, then an act that heads a requirement
    # (按照《某某实施方案》要求，紧扣…对标创建，逐项落实…: the basis to act on, then the act)
    r"|(?:在[^，。；：\n]{1,16}?(?:区域|方面|领域|环节|场所|部位)"
    # (在…稳住大局的前提下，守牢… / 在…的基础上，持续…: the setting the act builds on; speak35)
    r"|在[^，。；：\n]{1,24}?(?:的前提下|的基础上)"
    r"|(?:按照|根据|依据|对照)[^，。；：\n]{1,30}?(?:要求|标准|部署|规定|安排))[，,](?="
    + "|".join(map(re.escape, sorted(_CONTINUES + _WIDE_CONTINUES, key=len, reverse=True)))
    + ")"
)
# 清醒认识当前面临的压力，以冲刺的劲头，坚决补齐短板。: after a requirement, seeing the situation
# opens a sentence whose later clause is the act it asks for (seeing alone asks for no act)
_SEEING = "清醒认识"


# 充分认识X是… / 深刻认识X的重要意义: an imperative to understand the task (not 认识到, what is seen:
# a marker before it), its object may assert what the task is
_SEES_TASK = re.compile(r"(?:充分|深刻|全面|进一步|切实|深入)认识(?![到了])")


def _sees_then_acts(text: str, s: int, e: int) -> bool:
    return text.startswith(_SEEING, s) and any(
        text.startswith(_CONTINUES, a) or text.startswith(_WIDE_CONTINUES, a)
        for a, _ in _clauses(text, s, e)[1:]
    )


# 二是紧抓安全。与“安全管家”积极配合，继续…: inside an open list, a preposition may open one too
_LIST_CONTINUES = tuple(rule_words()["list_continuation_openers"])
# 以无比坚定的信心，全力以赴推进… / 以严之又严的态度，各负其责完成… / 以更加有力的保障，巩固… /
# 以最好准备、最高标准、最严要求，确保… / 以“钉钉子”的精神，…: a speech's point that opens with HOW
# the work is to be done (the resolve, the attitude, the standard, the backing: rule_words.json's
# manner_nouns, after 以 and what qualifies them, 、-joined ones too), then the act with no marker
# of its own (f50: a speech whose points open so cost its directives; session 49, dir51). Not
# 以来 / 以上 / 以便 / …, which open no manner.
_MANNER_NOUNS = tuple(rule_words()["manner_nouns"])
_MANNER_LEAD_PAT = (
    r"以(?![来上下及便后前免此往致至])[^，。；：！？!?\n]{0,30}?(?:"
    + "|".join(map(re.escape, sorted(_MANNER_NOUNS, key=len, reverse=True)))
    + r")[，,]"
)
_MANNER_LEAD = re.compile(_MANNER_LEAD_PAT)


def _manner_led(body: str) -> bool:
    """Does body open with a manner lead (_MANNER_LEAD) and go on with at least a short act?"""
    m = _MANNER_LEAD.match(body)
    return m is not None and len(body) - m.end() >= 4


# a continuation that opens with its addressee or a preposition: 全体人员进一步统一思想… /
# 对当前重点工作坚持日调度… / 通过…评选活动，让乡风美起来…
# (根据…任务分解和要求，健全完善… / 以培育和践行…为主线，深入开展…: a basis or a main line, then the
# imperative)
_CONT_LEAD = re.compile(
    # (各部门通力配合，…办认真督查: the bodies and how they are to work together)
    # (全镇上下高度重视，…: the whole place as the addressee, then the seriousness it owes)
    r"(?:全体|各|广大|所有|全[镇乡县区市街村]上下)[^，。；：\n]{0,8}?"
    r"(?:进一步|切实|务必|必须|一定要|全力|认真|通力|密切|协同|高度重视)"
    r"|(?:对|通过|按照|针对|根据|依据|结合|以[^，。；：\n]{1,30}?为[^，。；：\n]{1,6}[，,]"
    # (以“背水一战”的决心，为…作出最大努力，全力确保…: the resolve to do it with, then the act;
    # the manners _MANNER_LEAD reads)
    + r"|"
    + _MANNER_LEAD_PAT
    + r")"
    # (对农贸市场周边、学校门口、…等区域存在的问题，加强整改: what is to be dealt with may be a
    # long roll of places)
    + r"(?:[^。；：\n]{0,30}?|[^。；：\n]{0,60}?、[^。；：\n]{0,30}?)[，,]?(?:让|使|做到|"
    # (针对…问题，拉出清单，明确点位，…: a verb that heads a requirement as well)
    + "|".join(map(re.escape, _IMPERATIVE + _LEAD_VERBS))
    + ")"
)
# how addressees are to take the work in hand besides the imperative words: in person, together, first
_ACTS_MORE = ("亲自", "齐心协力", "带头", "靠前", "通力", "密切配合", "各司其职")
# 各村党员干部充分发挥带头作用，…: after a requirement, in a sentence with no frame of its own, the
# addressees and an imperative or a verb that heads a requirement continue it (not a report of
# how they answered: 各村积极响应，清理垃圾50吨)
# (各单位主要负责同志亲自抓、负总责，… / 全县上下齐心协力，… / 宣传部门加大宣传力度，…: the whole
# place, or a department named by its field, and how it is to take the work in hand)
_ADDRESSEE_ACTS = re.compile(
    r"(?:(?:全体|各|广大|所有)[^，。；：、\n]{1,8}?|全[县市区镇乡街村]上下"
    r"|[\u4e00-\u9fff]{2,6}?(?:部门|单位))(?:"
    + "|".join(map(re.escape, _IMPERATIVE + _LEAD_VERBS + _ACTS_MORE))
    + ")"
)
# 结合…主题活动，东湖社区组织群众学习…: a body named by its own name, doing what such a report
# tells (not 各社区组织…, the addressees of a requirement)
_NAMED_ACTOR = re.compile(
    r"[ \u3000]*(?!各|全|每|所有|相关|有关|广大)[\u4e00-\u9fff]{2,8}?"
    r"(?:社区|村|街道|镇|乡|小区|学校|公司)(?:组织|开展|举办|举行|召开|邀请|联合|发动)"
)


def _named_actor_reports(text: str, s: int, e: int) -> bool:
    """Does a clause after the first of text[s:e] open with a named body reporting its act?"""
    return any(_NAMED_ACTOR.match(text, a, b) is not None for a, b in _clauses(text, s, e)[1:])


# an item numbered by a bare numeral glued to its heading's verb (一提高思想认识… / 二围绕目标…),
# read only inside a list announced before it: the numeral stays out of the span
_BARE_ITEM_PAT = (
    "[一二三四五六七八九十](?="
    + "|".join(map(re.escape, sorted(set(_HEADING_VERBS), key=longest_first)))
    + ")"
)
_BARE_ITEM = re.compile(_BARE_ITEM_PAT)
# (…，严格落实水库24小时巡查 / 于14日12时之前…: a number of hours or a deadline is part of the
# order, not a tally of what was done; dirs42)
_ANSWERED = re.compile(
    r"[0-9０-９](?![0-9０-９]*(?:小时|时|日|天|周|个月|分钟))|纷纷|响应|踊跃|已经|目前"
)
# an item of an enumerated list: 一是… / 第二，… / （三）… / 其四，…
_ENUMERATOR = re.compile(
    r"(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]+(?:是|[，,、：:])|"
    r"（[一二三四五六七八九十]+）|其[一二三四五六七八九十][，,])"
)
_QUOTED = re.compile(r"“[^“”]*”")
_ENUM_FIRST = frozenset("一二三四五六七八九十第（其")
_LIST_COLON = re.compile(
    # (…要注重以下三点：一是…: a number of points announced before the colon)
    # (明确方向，抓住重点：一是…: the points a speech names its 重点)
    # (…必须做好以下三方面工作：一是…；二是…: the aspects or tasks counted before the colon)
    # (…安排部署下一步某某工作：一是…: the work deployed named before the colon)
    r"(?:部署|安排|要求|意见|强调|指出|重点|[几两三四五六七八九十]点|部署[^，。；：\n]{1,16}?工作"
    r"|[几两三四五六七八九十]个?方面(?:的)?(?:工作|要求|任务)?|[几两三四五六七八九十]项(?:工作|任务|要求)?)[：:]"
    # (…提出三点要求： 一、思想重视，…。: headings numbered 一、 inside the paragraph, after a space)
    # (…提出三点要求： 一提高思想认识…。: or a bare numeral glued to the heading's verb)
    # (…抓好三项工作：一要…；二要…: the items numbered by 一要)
    r"(?=[ \u3000]*(?:[一二三四五六七八九十]是|第一|（一）|一、|一要|" + _BARE_ITEM_PAT + "))"
)
# …要重点抓好以下四方面工作：学习宣传…，在…上实现新突破；深入开展…: the aspects counted with 以下
# before the colon announce the items even when nothing numbers them (the items, parted by ；,
# are one requirement after the announcement, which ends before the colon)
_COUNTED_COLON = re.compile(
    r"以下[几两三四五六七八九十]+个?(?:方面|点|项)(?:的)?(?:工作|要求|任务|内容)?[：:]"
    r"(?=[\u4e00-\u9fff])"
)
# a sentence that announces a list of requirements: …提出了几点意见。 / …从七个方面努力：
_LIST_ANNOUNCE = re.compile(
    r"(?:(?:提|讲|谈|强调)(?:出|了)*[^，。；\n]{0,6}?(?:意见|要求|希望|[几两三四五六七八九十]点)"
    # 某某针对迎检作工作部署：(paragraph) 一、…。一是…: the points of a deployment follow
    r"|(?:作|做)(?:了)?[^，。；\n]{0,6}?部署"
    # 某某副市长作出指示：(paragraph) 1.要…: the points of an instruction the same way, its colon
    # written (_sentence asks for it: 某某作出重要批示。 alone announces no list; fix48b)
    r"|(?:作|做)(?:了)?[^，。；\n]{0,6}?[指批]示"
    # …，并对下一步工作进行了部署。(paragraph) 统一思想，凝心聚力。…: its points follow
    r"|进行了?[^，。；\n]{0,4}?部署"
    r"|[几两三四五六七八九十]个方面[^，。；\n]{0,6})$"
)
_DEPLOYED_WORK = re.compile(r"部署[^，。；\n]{0,16}?工作$")
_NOMINAL_HEADS = tuple(rule_words()["nominal_heads"])
# 一是重在态度。 / 二是贵在坚持。: a heading that says where the point lies orders nothing
_POINT_HEADS = tuple(rule_words()["point_heads"])
_NEED_NOMINAL = re.compile(
    r"[^，。；：\n]{0,10}?的(?:共同|积极|大力|广泛|热情)?(?:参与|支持|努力|配合|理解|关心|付出)"
)
# 需要我们做的事情还很多: how much there is to do, not what anyone is asked to do
_NEED_DESCRIBED = re.compile(
    r"[^，。；：\n]{1,12}?的[^，。；：\n]{0,4}?(?:还|仍|依然|依旧)?(?:很多|不少|较多|更多|大量|繁重)"
)
# 办好这件事，需要全社会参与 / 需要全民支持: what a task needs of the whole populace or of society
# (no addressee an official can charge), as 需要每个人的共同参与; session 34
_NEED_EVERYONE = re.compile(
    r"(?:全民|全社会|社会各界|全体市民|全体人民|每个人|每一个人|人人)(?:的)?(?:共同|积极|广泛)?"
    r"(?:支持|参与|努力|奋斗|配合|关心|行动)"
)
# 需要相关部门解决的第一时间反馈: what needs a department is a relative clause, not a prescription
_NEED_RELATIVE = re.compile(r"[^，。；：\n]{1,10}?(?:解决|处理|整改|协调|帮助|办理|落实|完成)的")
# 这需要各部门进一步加大…力度: 需要 with its addressee and an imperative after it prescribes
_NEED_ADDRESSEE = re.compile(
    r"(?:各|全体|广大|所有|相关|有关)[^，。；：\n]{0,10}?(?:进一步|切实|务必|全力|认真|加大|加强|强化)"
)
# 需要相关部门聚焦重点… / 需要各单位加强…: bodies (not 全社会, not a list of parties), then an
# imperative verb right after them
_NEED_BODIES_ACT = re.compile(
    r"(?:各|全体|所有|相关|有关)[^，。；：、和与及\n]{0,8}?(?:部门|单位|乡镇|街道|社区|村)(?:"
    + "|".join(map(re.escape, sorted(_IMPERATIVE + _LEAD_VERBS, key=len, reverse=True)))
    + ")"
)
# 大家纷纷表示， / 大家一致认为，: what the attendees say or think, which no official lays down
_PLEDGE_FRAMES = tuple(rule_words()["pledge_frames"])
# 下面，请文明办负责同志汇报…: the chair calls the next item of the meeting, asks nothing
# (不妥之处请批评指正 / 请各位海涵: the speaker's courtesy about his own words, asks no act; dirs43)
_PROCEDURAL_QING = re.compile(
    r"[^，。；：\n]{0,16}?(?:汇报|发言|宣读|讲话|致辞|介绍|上台|依次|指正|斧正|海涵|见谅)"
)
# 如有意见请联系我们 / 更多…请在某某网站上搜索 / 请点击…: what a web page asks its reader, no official
_WEB_QING = re.compile(
    r"[^，。；：\n]{0,20}?(?:联系我们|联系本[站网刊]|致电我们|告诉我们|网站|网页|点击|登录|扫码|扫描二维码|下载|浏览器)"
)
_FRAME_VERB = re.compile(r"(?:强调|指出|要求|表示|提出|说)[，：:,]?")
_FIRST_PERSON_ACT = re.compile(r"表扬|批评|感谢|说明|强调一下|讲几点|谈几点")
_SPEECH_ACT = re.compile(r"(?:作|做)(?:重要|动员|总结|专题)?(?:讲话|报告|发言|致辞)")
_COMRADE_NEXT = ("同志还", "同志也", "同志")
_COMRADE_TALK = re.compile(r"(?:[一两三四几]点|具体|重要)?(?:意见|讲话|要求)")
# 某地要做强某某，关键在某某 / 要做好某项工作，关键在于某某: the clause of 要 names the goal
# whose key the next clause asserts (关键在 / 根本在于 / 核心是), a purpose, not a requirement
# 组织活动12场，参与群众3000人 / 谋划项目12个，…: an act and its object, then a count of them
# closing the first clause, is a tally of what was done, no continued requirement (an order
# counts before its object: 成立3个督查组)
_TALLY = re.compile(
    r"[^，。；：！？\d\n]{2,24}?\d+(?:\.\d+)?(?:余|多)?"
    r"(?:个|场|次|项|家|处|条|本|件|户|人|名|万|亿|元|米|公里|平方米|吨|辆|份|期|批|所|座|块|台|张|篇|起|宗"
    # (悬挂宣传横幅300余副 / 发放宣传页1500余幅 / 栽植苗木2000株: what a campaign put up; dirs43)
    r"|副|幅|面|套|株|棵|盏|箱|袋)"
    r"(?:次)?(?:[，,；;。]|$)"
)
_SENTENCE_STOP = re.compile(r"[。；;！？!?\n]")
_YAO_GOAL_KEY = re.compile(
    r"[^，。；：！？\n]{1,30}?[，,](?:其)?(?:关键|根本|核心|出路)(?:就)?(?:在于|在|是)(?!要)"
)
_FIRST_PERSON = re.compile(r"我(?![们县市区镇乡省州街村局委办校院])")
# (自我测评 / 自我革命: 自我 is "self-", no speaker in the first person)
_FIRST_PERSON_REPORT = re.compile(r"(?<![自忘])我(?![县市区镇乡省州街村局委办校院])")
# (了解 is a word: 让更多的人了解、支持… reports nothing)
# (越是…的地方，越是要…: 越是 weighs, it asserts nothing)
# (是否有…: a question of what to check, no assertion)
# 是必须答好的… / 是必须的: the marker's verb (or none) closed by 的, a relative clause or an
# assessment
_MUST_RELATIVE = re.compile(r"(?:[\u4e00-\u9fff]{2})?的")
# (坚持实事求是: the 是 of the idiom asserts nothing; attrib47)
_ASSERTION = guarded(r"(?<![特别尤其还就或只但凡于越求])是(?!否)|了(?!解)")
_SENT_END = "。！？!?"
# 我们要从以下几个方面来认识: the speaker announcing how the points are to be understood (a
# requirement only to see, 要清醒认识到…, IS a directive: session 34, the lead's decision)
_ANNOUNCES_POINTS = re.compile(r"从以下几个方面(?:来)?(?:深刻|深入|全面|准确)?(?:理解|认识|把握)")


@dataclass
class Directive:
    start: int
    end: int
    conf: float
    speaker: int | None  # start offset of the PERSON span that issued it
    rule: str = "directive.marker"  # registry id of the rule that found the span
    speaker_rule: str = ""  # registry id of the rule that found the speaker
    # PERSON starts named with the speaker in its frame (甲、乙要求，…): the requirement is theirs too
    co_speakers: tuple[int, ...] = ()


# the characters _clauses reacts to, found by the regex engine rather than a loop over each one
_CLAUSE_CHARS = re.compile(r"[“《（(”》）)，,：:]")
_NOT_COMMA_ONLY = re.compile(r"[“《（(”》）),：:]")
# a question mark left by GBK damage the normaliser could not repair (褚某某强？，各部门要… / 在会上？调，
# / 和平??±�？认真对照…) ends no sentence: one in a run of damage or a character before a comma is
# not a question
_SENT_END_CHARS = re.compile(f"[{re.escape(_SENT_END)}]")
_DAMAGE_NEXT = re.compile(r"[^\n。！？]?[，,、；;：:？?\ufffd]")


# a full stop folded to ASCII: a Chinese character (or a closing mark) before it, a Chinese
# character, an opening mark or the paragraph's end after it
_FOLDED_STOP = re.compile(r"(?<=[\u4e00-\u9fff”）)])\.(?=[\u4e00-\u9fff“（(]|[ \u3000]*$)", re.M)


def _folded_stops(text: str, ps: int, pe: int) -> list[int]:
    """The ASCII full stops standing for 。 in text[ps:pe], outside quotes."""
    out = []
    for m in _FOLDED_STOP.finditer(text, ps, pe):
        i = m.start()
        # (买买提.艾力强调: the dot a name keeps is no sentence's end; trad19)
        if text.rfind("“", ps, i) <= text.rfind("”", ps, i) and not name_dot(text, i):
            out.append(i)
    return out


def _damaged_question(text: str, i: int) -> bool:
    """Is the ？ at i left by damage rather than a question? (checked only for a ？: a plain
    character class keeps the sentence scan fast)"""
    return text[i] in "？?" and (
        (i > 0 and text[i - 1] in "？?\ufffd") or _DAMAGE_NEXT.match(text, i + 1) is not None
    )


_SEMICOLONS = re.compile(r"[；;]")
_HTML_BREAK = re.compile(r"<?/p>|<br\s*/?>")
_HTML_TAIL = re.compile(r"(?:<?/p|<br\s*/?)$")
# the opening of a pinyin note a cut page ended in (压（ya): the note's letters are no text
_CUT_NOTE = re.compile(
    r"[（(](?:[a-zA-Z\u00e0-\u01dc]{1,6}|(?:下转|转|接)[^（）()\n]{0,6}版[）)])$"
)
# the characters a match of _CUT_NOTE ends with (a letter of the note, the bracket closing the
# jump), or the line end its $ may stand before: a unit ending in none holds no note (most)
_CUT_NOTE_LAST = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ）)\n"
    + "".join(map(chr, range(0xE0, 0x1DD)))
)
# the longest match of _CUT_NOTE with the line end $ may stand before (tests check it)
_CUT_NOTE_MAX = 12
# (…综合治理，一要…；二要…: 一要 the same way)
# (…要在三个方面共同努力：一是要…；二是…: after the colon of a lead that is itself required)
_COMMA_FIRST_ITEM = re.compile(r"[，：:](?=一是|一要)")
# …四是大力开展宣传，五是做好保障工作: inside an open list an item opens after a comma too
# (…对…提出三点要求：一是思想上高度重视，要…: or after the colon that announced the list, when no
# frame before it ended the sentence's lead there)
_COMMA_ITEM = re.compile(r"[，,：:](?=[一二三四五六七八九十]是)")
# …并根据方案，提出做好五方面工作，一是…；二是…: a list announced inside the sentence, its first
# item after the comma
_INLINE_LIST = re.compile(
    r"(?:提出|强调|明确|部署|讲|谈)(?:了)?[^，。；：\n]{0,10}?"
    r"(?:[几两三四五六七八九十]+个?(?:方面|点|项)[^，。；：\n]{0,6}?|意见|要求)[，,：:]"
    r"(?=[一二三四五六七八九十]是|第一|（一）)"
)
# 下一步，街道要…。一是强化调度…。二是…: the first item of a list right after a requirement opens
# the list of what it asks
_FIRST_ITEM = re.compile(r"(?:一是|第一[，,、：:]|（一）|其一[，,])")
_FIRST_ITEM_START = frozenset("一第（其")
# 二是 / （三） / 第四，: a later item of a list opening a paragraph
_LATER_ITEM = re.compile(
    r"(?:[二三四五六七八九十]是|第[二三四五六七八九十][，,、：:]|（[二三四五六七八九十]）)"
)
# a post a report puts after a surname alone (刘书记, 杨县长, 吴副部长)
_LONE_POST = (
    r"(?:副|常务副)?(?:书记|县长|市长|区长|镇长|乡长|旗长|州长|省长|主任|部长|局长"
    r"|主席|厅长|处长|科长|校长|院长|所长|队长|组长)"
)
# 刘书记在讲话中提出… / 杨县长要求，: a surname with a post, the person named before by full name
# (欧阳书记强调，: a compound surname the same way, after 欧阳某某; attrib50)
_SURNAME_POST = re.compile(r"([\u4e00-\u9fff]{1,2}?)" + _LONE_POST + r"(?:同志)?")
_SURNAME_REACH = 3000
_POST_KEY = re.compile("书记|长|主任|主席")
_TITLED_REACH = 14  # a lead of up to 8 characters, its comma, the surname and the post
# 最后，吴部长就落实会议精神强调，: a frame whose subject is a surname with a post, after a short lead
# and with a topic before the verb
_TITLED_FRAME = re.compile(
    r"(?:[^，。；：\n]{1,8}?[，,])?(?=[\u4e00-\u9fff]" + _LONE_POST + ")"
    r"([\u4e00-\u9fff])" + _LONE_POST + r"(?:同志)?"
    r"(?:在[^，。\n]{1,14}?(?:时|中|上)|(?:就|对|围绕|针对)[^，。；\n]{1,20}?)?"
    + FRAME_ADVERB
    + r"(?:强调|指出|要求|表示)[，：:,]"
)  # the full name stands in the same article, not far before
# 朱书记首先来到…，在听取了…汇报后，朱书记指出，: the same frame after a longer scene, its comma
# before it (the scene holds no requirement)
_TITLED_INNER = re.compile(
    r"[，,](?=[\u4e00-\u9fff]" + _LONE_POST + ")"
    r"([\u4e00-\u9fff])"
    + _LONE_POST
    + r"(?:同志)?"
    + FRAME_ADVERB
    + r"(?:强调|指出|要求|表示)[，：:,]"
)
_TITLED_INNER_REACH = 60


def _name_with_post(text: str, s: int, end: int, by_start: list[tuple[int, int]]) -> int | None:
    """The PERSON of two or more characters opening a frame's subject text[s:end] when the rest
    of it is a post (春奎书记 after 李春奎: the given name the person rules tagged), else None."""
    k = bisect.bisect_left(by_start, (s, -1))
    if k >= len(by_start) or by_start[k][0] != s:
        return None
    pe = by_start[k][1]
    if pe - s < 2 or pe >= end or _NAME_POST_TAIL.fullmatch(text, pe, end) is None:
        return None
    return s


def _by_surname(text: str, pos: int, by_start: list[tuple[int, int]]) -> int | None:
    """The PERSON a surname with a post at pos refers to (刘书记 after 镇党委书记刘某某): the last
    name written before pos that starts with that surname; None when there is none."""
    m = _SURNAME_POST.match(text, pos)
    if m is None:
        return None
    sur = m.group(1)
    k = bisect.bisect_left(by_start, (pos, -1))
    if k < len(by_start) and by_start[k] == (pos, pos + len(sur)):
        # the surname is a PERSON itself (titles.find_surnames_before_posts): it is the name
        # the frame writes, so ISSUED_BY links it
        return pos
    k -= 1
    while k >= 0 and by_start[k][0] >= pos - _SURNAME_REACH:
        ps, pe = by_start[k]
        if text.startswith(sur, ps) and len(sur) + 1 <= pe - ps <= len(sur) + 3:
            return ps
        k -= 1
    return None


# a frame's subject that is a post alone (书记指出， / 县长要求，) or the leaders of a level
# (县领导强调，): the person the article names with that post stands behind it
_POST_ALONE = re.compile(r"(?:[省市县区镇乡旗]委?)?" + _LONE_POST)
# (晋安市领导强调， after 晋安市领导某某: the level with its place's name)
_LEADERS_OF = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?)?([省市县区镇乡旗])领导")
# a part of a title chain that is a leader of its level (县委书记, 县政协副主席, 副县长), not the head
# of one of its departments (县文明办主任)
_LEADER_PART = re.compile(r"(?:委|人大|政协|政府|长$|常委)")
_DEPARTMENT = re.compile(r"[办局部厅所队站]|中心")
_CHAIN_END = re.compile(r"[，,。；;：:\n（(]")
_CHAIN_REACH = 40


def _holds(chain: str, who: str, leaders_of: str | None) -> bool:
    """Does a title chain (县委副书记、县长) hold the post `who` (县长 / 书记), or a post of the
    leaders of a level (`leaders_of`: 县 for 县领导)?"""
    for part in chain.split("、"):
        if leaders_of is not None:
            k = part.rfind(leaders_of)
            if k < 0:
                continue
            post = part[k:]
            if _LEADER_PART.search(post) and not _DEPARTMENT.search(post):
                return True
            if part.endswith("副" + leaders_of + "长"):
                return True
        elif part.endswith(who) and (who.startswith("副") or not part.endswith("副" + who)):
            return True
    return False


def _title_holder(text: str, pos: int, who: str, by_start: list[tuple[int, int]]) -> int | None:
    """The PERSON a frame whose subject at pos is a post alone stands for (书记指出， after
    县委书记周某某; 县领导强调， after 县政协副主席钱某某): the last mention before pos of the one
    name the article gives that post to, with the post before it (县委书记周某某) or after it
    (周某某书记); None when no name or more than one holds it."""
    lm = _LEADERS_OF.fullmatch(who)
    if lm is None and _POST_ALONE.fullmatch(who) is None:
        return None
    level = lm.group(1) if lm is not None else None
    holders: dict[str, int] = {}
    for ps, pe in by_start:
        if ps >= pos:
            break
        lo = max(0, ps - _CHAIN_REACH)
        cut = [m.end() for m in _CHAIN_END.finditer(text, lo, ps)]
        chain = text[cut[-1] if cut else lo : ps]
        after = text[pe : pe + len(who)]
        if _holds(chain, who, level) or (level is None and after == who):
            holders[text[ps:pe]] = ps
        elif (
            level is not None
            and chain.endswith(level + "领导")
            and text[pe : pe + 1] not in ("、", "和", "与", "及", "等")
        ):
            # (晋安市领导某某参加。…晋安市领导强调，: the one name given as that level's leader; not
            # a roll of them, 市领导甲、乙参加)
            holders[text[ps:pe]] = ps
    if len(holders) != 1:
        return None
    return next(iter(holders.values()))


def _announcer(text: str, s: int, e: int, by_start: list[tuple[int, int]], ds: Discourse) -> None:
    """Who announces a list in the sentence text[s:e] that opens with no frame (李某副区长组织召开
    了座谈会，…，最后提出三点要求： / 刘书记在讲话中提出…要求。): a name in the sentence's first
    clause after the scene, or a surname with a post standing for a name written before; it
    names them to `ds`."""
    sc = _subject_clause(text, s, e)
    # (会上某某宣读…，并对…提出要求，一是…: the scene glued to the subject, no comma between)
    head = _clauses(text, s, e)[0] if s < e else None
    if head is not None and (sc is None or sc[0] > head[0]):
        g = next((w for w in ("会议上", "会上") if text.startswith(w, head[0])), None)
        if g is not None and head[1] - head[0] > len(g):
            sc = (head[0] + len(g), head[1])
    if sc is None:
        return
    a, b = sc
    later = _later_announcer(text, s, b, e, by_start, ds)
    k = bisect.bisect_left(by_start, (a, -1))
    if later is not None:
        # 某某书记作动员讲话，某书记首先对…作了回顾，并对…提出几点要求，一是…: a later clause
        # that opens with a name of its own (the surname and post, or a name) is the subject
        # that announces the items; the frame's own mention is the one the edge goes to (speak32)
        ds.named(later, ISSUED_INNER)
    elif k < len(by_start) and by_start[k][0] < min(b, a + _TITLED_MAX):
        ds.named(by_start[k][0], ISSUED_INNER)
    elif (sur := _by_surname(text, a, by_start)) is not None:
        ds.named_by_post(sur, a, ISSUED_INNER)


# where the items of an announced list begin: its colon, or its first enumerator
_ITEMS_BEGIN = re.compile(r"[：:]|[，,](?=[一二三四五六七八九十]是|第一|（一）|其一)")


def _later_announcer(
    text: str, s: int, b: int, e: int, by_start: list[tuple[int, int]], ds: Discourse
) -> int | None:
    """The PERSON that opens a comma clause after the subject clause (ending at b) of a sentence
    text[s:e] announcing a list, before its items begin, as that clause's subject (a post or
    nothing before it, an act of its own after it; not one who only chairs or attends): the
    last such clause's name. None when no later clause opens with a name."""
    im = _ITEMS_BEGIN.search(text, b, e)
    stop = im.start() if im is not None else e
    found = None
    k = bisect.bisect_left(by_start, (b, -1))
    while k < len(by_start) and by_start[k][0] < stop:
        who = by_start[k][0]
        cs = max(text.rfind("，", s, who), text.rfind(",", s, who))
        if cs >= b and _opens_clause(text, s, who, by_start) and not ds.attends_in_clause(who):
            found = who
        k += 1
    return found


def _item_cuts(
    text: str, body: int, e: int, found: Iterator[re.Match[str]], semis: list[int]
) -> list[int]:
    """Where the items `found` (a comma or colon before 一是 / 二是 …) cut the sentence text[body:e]
    into units. Not before a first item after a comma when the clauses before it in its unit carry
    a marker of their own: 宣传部全体人员要迅速行动起来，一是要做好…。 is one requirement whose
    first point is spelled out after the comma (GUIDELINES: the unit is the sentence, or a clause
    ending in ； before a new requirement; a comma ends none); the enumerator is left out only
    where a span starts (二是…)."""
    cuts = []
    for m in found:
        c = m.start()
        if text[c] in "，," and text[c + 1 : c + 2] == "一":
            us = max((q + 1 for q in semis if q < c), default=body)
            # …，并要求全体镇村干部，一要提高思想认识…: the addressee the verb names right before
            # 一要 is the first point's own (GUIDELINES: the start keeps its addressee; dirs43)
            if text.startswith("一要", c + 1):
                ls = max(text.rfind("，", us, c), text.rfind(",", us, c)) + 1 or us
                ls = max(ls, us)
                if (gl := _GLUED_REQ_CLAUSE.match(text, ls, c)) is not None:
                    ls = gl.end()
                if ls < c and _is_addressee(text[ls:c]):
                    continue
            mk = _requirement_marker(text, us, c)
            # (…，要统一思想，他强调，一是…: a frame between the marker and the item opens the
            # points anew, the item its own unit)
            if (
                mk is not None
                and text.find("强调", mk.end(), c) < 0
                and text.find("指出", mk.end(), c) < 0
            ):
                continue
        cuts.append(c)
    return cuts


def _clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Comma clauses of text[s:e] (the comma stays outside)."""
    out = []
    p = s
    if _NOT_COMMA_ONLY.search(text, s, e) is None:
        # (most units have no quote, bracket or colon, and no ASCII comma: split at 「，」 in C;
        # session 35)
        for part in text[s:e].split("，"):
            if n := len(part):
                out.append((p, p + n))
            p += n + 1
        return out
    depth = 0
    for m in _CLAUSE_CHARS.finditer(text, s, e):
        ch = m.group()
        if ch in "“《（(":
            depth += 1
        elif ch in "”》）)":
            depth = max(0, depth - 1)
        elif depth == 0:
            i = m.start()
            if i > p:
                out.append((p, i))
            p = i + 1
    if e > p:
        out.append((p, e))
    return out


def _in_quotes(text: str, s: int, i: int) -> bool:
    """Is position i inside “…” opened after s (“等靠要”思想: a quoted formula, no marker), or
    inside a title in 《…》 (以《城市发展要…》为题: a title requires nothing)?"""
    # (one slice, its marks counted only where one opens: most spans before a marker hold none)
    seg = text[s:i]
    if "“" in seg and seg.count("“") > seg.count("”"):
        # (…（记者 某某）“目前，各部门要…: a quote the byline opens is speech, no formula;
        # speak32)
        return not _byline_quote(text, s, s + seg.rfind("“"))
    # (加快推进…‘五个必须’的重要原则: a page that quotes its formulas in single marks; speak35)
    if "‘" in seg and seg.count("‘") > seg.count("’"):
        return True
    return "《" in seg and seg.count("《") > seg.count("》")


# a dateline and its byline right before a quote that opens the report's speech (本网讯（记者 某某）“…
# / 某某网10月2日（某某 某某）“… / 本报讯 “…)
_BYLINE_BEFORE = re.compile(r"(?:讯|电|日)[ \u3000]*(?:[（(][^（）()\n]{1,24}[）)])?[ \u3000]*$")


def _byline_quote(text: str, s: int, q: int) -> bool:
    """Does the “ at q (after s) open the speech a report quotes right after its dateline and
    byline, not a formula (树立“…”的理念)?"""
    return q > s and text[q - 1] in "）) \u3000" and _BYLINE_BEFORE.search(text, s, q) is not None


# (希望六市加强协同… / 希望两县…: the places counted, as 双方 counts the parties; 希望我市继续…:
# the place the writer reports from, addressed by a visiting leader)
_HOPE_ADDRESSEE_PAT = (
    r"希望(?:大家|各位|你们|同志们|各|全|广大|我们|全体|每一|同学们|双方|我[省市县区镇乡州旗]|[省市州盟县区旗]直"
    r"|[两三四五六七八九十]个?(?:市|县|区|镇|乡|村|地|省|方))"
)
_HOPE_ADDRESSEE = re.compile(_HOPE_ADDRESSEE_PAT)
# 某某请各单位负责同志把任务带回去…: the request a named speaker makes of the addressees before
# them (the marker 请 opens the requirement, as 希望 does)
_PLEASE_ADDRESSEE_PAT = (
    r"请(?:大家|各位|你们|同志们|各|全体|全[省市县区镇乡]|广大|与会|相关|有关|[省市州盟县区旗]直)"
)
# 某某最后希望龙港镇按既定目标… / 他希望青山县进一步…: a frame's hope for a place named with its
# unit, then how it is to act (the marker itself checks the place: _hope_place)
# (what follows the place: how it is to act)
_HOPE_TOWN_NEXT = (
    r"(?:继续|进一步|紧紧|切实|充分|加快|持续|坚持|抓住|牢牢|立足|认真|按照?|以|在|把|要|深入|扎实"
    r"|全力|努力|围绕|再接再厉|不断|发挥"
    # (希望某某镇抢抓发展机遇，…: seizing the chance, as 抓住; attrib47)
    r"|抢抓)"
)
_HOPE_TOWN_PAT = r"希望(?![全各该本每])[\u4e00-\u9fff]{2,4}?[省市县区镇乡旗]" + _HOPE_TOWN_NEXT
# 希望被命名城市珍惜荣誉… / 希望受到表彰的单位…: a notice's hope for those it names or commends
_HOPE_NAMED_IN_NOTICE = re.compile(
    r"希望(?:被|受到?)[^，。；：\n“]{1,12}?(?:单位|个人|集体|城市|城镇|地区|村|社区|家庭|同志)"
)
# 希望第五片区成员单位在…，要…: an addressee named in full, ending in a word of addressees
# (希望企业能带头…: the addressee right after 希望)
# (希望在我们这里实现…突破: a place where the hope is to come true, no addressee; 希望在座各位…
# addresses those present)
_HOPE_NAMED = re.compile(
    r"希望(?!在(?!座)|从|于)[^，。；：\n“]{0,16}?(?:"
    + "|".join(map(re.escape, _ADDRESSEE_END))
    + r"|人员|乡镇|村)"
)
# 希望城管局尽快跟进，把问题改到位: a body named by its short name (an office, a bureau, a team),
# then what it is to do
# (希望青山县委、县政府进一步…: a level's committee and government named together, the 、 between)
_HOPE_BODY = re.compile(
    r"希望[\u4e00-\u9fff]{1,8}?(?:办|局|委|组|中心|所|队|站|处|科)"
    r"(?:、[\u4e00-\u9fff]{0,6}?(?:委|政府|人大|政协))*"
    # (希望青山县委、县政府将反馈意见当作…: 将 as 把)
    r"(?:要|及时|进一步|切实|认真|抓紧|加快|继续|尽快|务必|全力|积极|再接再厉|坚持|持续|不断|以|在|把|将"
    # (希望青山县委、县政府高度重视文物安全，…: how seriously, or the verb of what it is to do,
    # as after a place named bare (_HOPE_PLACE); dir51)
    r"|按照?|高度重视|充分|深入|扎实|加强|强化|着力|大力|严格|抓好|做好|推动|推进|落实|聚焦|珍惜|巩固"
    r"|提高|发挥)"
)


# 希望长安继续依托…, 希望某某紧紧抓住…机遇: a visiting leader's hope for a place, the place
# named bare and what it is to do next
# (希望龙港镇按既定目标…, 希望青山县在…: a place with its unit, then how or where it is to act)
_HOPE_PLACE = re.compile(
    r"希望([\u4e00-\u9fff]{2,4}?)(?:继续|进一步|紧紧|切实|充分|加快|持续|坚持|抓住|牢牢|立足|认真"
    r"|按照?|以|在|把|要|深入|扎实|全力|努力|围绕|再接再厉|不断|发挥"
    # (希望某某提高认识，… / 希望某某区持之以恒… / 希望某某本着…原则，… / 希望某某坚定不移地…: the
    # verbs and adverbs an inspecting leader's hope for a place opens with)
    r"|提高|持之以恒|本着|坚定不移|始终|珍惜|巩固|加强|强化|着力|大力|积极|主动|严格|抓好|做好"
    r"|推动|推进|完善|落实|聚焦|全面|更加"
    # (希望某某镇抢抓发展机遇，…: the chance to seize, as 抓住; attrib47)
    r"|抢抓)"
)


def _hope_place(text: str, i: int) -> bool:
    m = _HOPE_PLACE.match(text, i)
    if m is None:
        return False
    g, name = rules().g, m.group(1)
    # (希望江陵县进一步…: the place with its unit; a town's name with its unit need not be in
    # the gazetteer: 希望龙港镇按既定目标…)
    if len(name) > 2 and name[-1] in _HOPE_UNITS:
        if name[-1] in "镇乡" and _is_place_stem(name[:-1]):
            return True
        name = name[:-1]
    return name in g.gpe_names or name in g.admin_stems or name in g.gpe_ambiguous


def _place_subject(name: str) -> bool:
    """Is `name` a province or city by its name, bare or with its unit (山西 / 山西省 /
    西藏自治区), the subject of a frame rather than a word of the sentence (全省, 各地: none)?"""
    r = rules()
    return name in PROVINCES or name in r.g.gpe_names or name in r.gpe_full_set


# a town's name before its unit is a name, not a word of the sentence (全镇, 乡镇, 各镇 are no
# place; 该镇 / 本镇 / 城镇 name none)
def _is_place_stem(stem: str) -> bool:
    return len(stem) >= 2 and stem[0] not in "全各该本每城乡村集" and stem[-1] not in "城乡"


# (希望某某州进一步…: an autonomous prefecture named with its unit)
_HOPE_UNITS = frozenset("省市县区镇乡州")


# what 要 follows when it says what is bound to happen (最终要…), or asks (为什么要…)
_YAO_BOUND_OR_ASKED = (
    "最终",
    "终究",
    "迟早",
    "早晚",
    "终将",
    "总归",
    "为什么",
    "为何",
    "是否",
    "要不",
)


_YAO_BOUND_LAST = "".join(sorted({w[-1] for w in _YAO_BOUND_OR_ASKED}))


# 按照…提出的…要…的要求，: the basis of an act, the requirement it names a noun phrase
_BASIS_OPENERS = ("按照", "根据", "依照", "遵照", "对照", "落实", "贯彻")
_BASIS_END = re.compile(r"的(?:要求|部署|精神|指示|目标|任务)$")
_CLAUSE_STOP = re.compile(r"[，,。；;：:！？!?\n]")


# what a marker's checks look for in the text before or after it, found once per text (session
# 35): a marker in a report is checked again in every clause and unit that holds it, and most
# texts hold none of these words, or none near the marker
_BASIS_OPENER = re.compile("|".join(_BASIS_OPENERS))
_QUOTE_OPENS = "“‘《"
_GOAL_KEY_WORD = re.compile("关键|根本|核心|出路")
_PLEDGE_WORD = re.compile("|".join(rule_words()["pledge_frames"]))
_Facts = tuple[list[int], list[int], list[int], bool, bool]
# the text last read and its facts (one tuple, replaced whole for a new text: a reader of
# another text never sees this one's)
_facts_of: tuple[str, _Facts] = ("", ([], [], [], False, False))


def _char_starts(text: str, chars: str) -> list[int]:
    """Where each of these characters stands in text, in order (a str.find for each: a class's
    finditer made a match object at each, twice the time on the real pages)."""
    out = []
    for c in chars:
        i = text.find(c)
        while i >= 0:
            out.append(i)
            i = text.find(c, i + 1)
    out.sort()
    return out


def _facts(text: str) -> _Facts:
    """The starts of text's opening quote marks, of its basis openers and of its key words
    (sorted), whether a pledge's frame word stands in it, and whether 讯 or 电 does (a
    dateline's): found once per text."""
    global _facts_of
    found = _facts_of
    if found[0] is not text:
        found = _facts_of = (
            text,
            (
                _char_starts(text, _QUOTE_OPENS),
                [m.start() for m in _BASIS_OPENER.finditer(text)],
                [m.start() for m in _GOAL_KEY_WORD.finditer(text)],
                _PLEDGE_WORD.search(text) is not None,
                "讯" in text or "电" in text,
            ),
        )
    return found[1]


def _embedded_ask(text: str, s: int, i: int, e: int) -> bool:
    """Is the marker at i inside a basis clause (按照…要…的要求，) that names a requirement?"""
    # (an opener stands between s and the marker, or the clause cannot open with one: no
    # opener ends past i, for none ends with a character a marker opens with)
    openers = _facts(text)[1]
    if (k := bisect_left(openers, s)) == len(openers) or openers[k] >= i:
        return False
    cs = max(text.rfind(c, s, i) for c in "，,。；;：:！？!?\n") + 1
    cs = max(cs, s)
    if not text.startswith(_BASIS_OPENERS, cs):
        return False
    stop = _CLAUSE_STOP.search(text, i, e)
    ce = stop.start() if stop else e
    return _BASIS_END.search(text, i, ce) is not None


def _tells_rather_than_asks(text: str, s: int, e: int, body: str) -> bool:
    """A unit after a requirement that reports, views, tallies or weighs: no continuation of it."""
    return (
        _named_actor_reports(text, s, e)
        # 从省、市要求来看，县城建设已摆上…: a point of view, then what was done
        or _VIEWPOINT.match(body) is not None
        or _REPORTED_YI.search(body) is not None
        or _TALLY.match(body) is not None
        # 抓好创城工作，对于…具有重要意义: the task is the subject of what it means, an
        # assessment (speak35)
        or _WEIGHED.search(body) is not None
    )


def _only_bare_cannot(text: str, s: int, e: int) -> bool:
    """No marker but a bare 不能 from s to e."""
    while (m := _marker_in(text, s, e)) is not None:
        if m.group() != "不能":
            return False
        s = m.end()
    return True


# (not 要注意的是，不能…: what the listeners are to mind is asked of them)
_NOTED = re.compile(r"(?:特别|着重|再|重点)?(?:强调|指出|说明|提醒)的(?:一点)?是")
_NOTED_FIRST = frozenset("特着再重强指说提")


# …察看了…，希望进一步发挥…优势，大力发展… / …给予肯定，并希望继续发扬…: a hope glued after the
# clauses of a visit (the sentence's subject acts in them), its act right after it: the place
# visited is the addressee left unwritten (attrib48: the pooled dev gold's annotators take it as
# the visitor's requirement). Not after a frame verb's comma (企业负责人表示，希望进一步简化…:
# who hopes is reported, an unnamed wish), nor opening a sentence (群众希望…: the subject is written).
_GLUED_HOPE_ACT = re.compile(
    r"希望(?=进一步|继续|切实|加快|持续|不断|大力|积极|全力|努力|再接再厉|充分|牢牢|紧紧|坚持"
    r"|抓住|抢抓|发挥|发扬|珍惜|把握|立足|围绕|聚焦)"
)
_GLUED_HOPE_BEFORE = re.compile(r"[，,](?:并|还|同时|也)?$")
_HOPE_AFTER_FRAME = ("表示", "说", "认为", "指出", "强调", "谈到", "介绍", "提出", "反映", "建议")


def _glued_hope_act(text: str, i: int) -> bool:
    """Is the 希望 at i glued after a clause before it (…，希望进一步…), its act right after it
    (_GLUED_HOPE_ACT)? (The marker is read clause by clause: the clause before is the text's.)"""
    if _GLUED_HOPE_ACT.match(text, i) is None:
        return False
    b = _GLUED_HOPE_BEFORE.search(text, max(0, i - 3), i)
    return b is not None and not text.endswith(_HOPE_AFTER_FRAME, 0, b.start())


def _marker_in(text: str, s: int, e: int, asks: bool = False) -> re.Match[str] | None:
    """The first marker of text[s:e] that its checks keep. `asks`: not the 要 of 不要 / 没要
    either: the search goes on after it from there (_requirement_marker)."""
    keys: list[int] | None = None
    for m in _MARKER.finditer(text, s, e):
        w = m.group()
        i, j = m.span()
        if keys is None:
            quotes, openers, keys, _, _ = _facts(text)
            # (the first opening mark and the first basis opener at or after s: the same for
            # each match, looked up once; len(text) where there is none, past every match)
            quote_at = quotes[k] if (k := bisect_left(quotes, s)) < len(quotes) else len(text)
            opener_at = openers[k] if (k := bisect_left(openers, s)) < len(openers) else len(text)
        # (_in_quotes needs an opening mark between s and i)
        if quote_at < i and _in_quotes(text, s, i):
            continue
        # 特别要强调的是，各部门要… / 需要指出的是，…: the speaker's frame of what he stresses, an
        # assertion of his own; the requirement's marker comes after it (dirs43)
        if text[j : j + 1] in _NOTED_FIRST and _NOTED.match(text, j):
            continue
        # (each check below drops the match or keeps it, none has an effect: they are grouped by
        # the word they look at, each match tested against its own word's only)
        if w == "要":
            if i > s and text[i - 1] in _NOT_YAO_BEFORE:
                continue
            # 申主任还要作重要讲话: what the programme of the meeting holds, not a requirement
            # (it opens with 作 / 做)
            if text[j : j + 1] in "作做" and _SPEECH_ACT.match(text, j, e):
                continue
            # 一会儿某某同志还要讲具体意见: who speaks next at the meeting, announced in a speech
            # (要讲政治 is required: only after 同志, before a speech's points; attrib49)
            if (
                text[j : j + 1] == "讲"
                and text.endswith(_COMRADE_NEXT, s, i)
                and _COMRADE_TALK.match(text, j + 1, e)
            ):
                continue
            # (its key word starts within 33 characters of the marker's end, or it cannot match)
            if (
                (k := bisect_left(keys, j)) < len(keys)
                and keys[k] < j + 33
                and (key := _YAO_GOAL_KEY.match(text, j))
            ):
                # (要做好…，关键是各单位要…: the key said with a marker of its own is required)
                stop = _SENTENCE_STOP.search(text, key.end())
                if _marker_in(text, key.end(), stop.start() if stop else len(text)) is None:
                    continue
            # 成效最终要由群众来评判: 要 of what is bound to happen, not of what must be done; 回答了党
            # 为什么要发展…的问题: 要 inside an embedded question asks, it requires nothing (one
            # test; the character before it ends one of those words)
            if text[i - 1 : i] in _YAO_BOUND_LAST and text.endswith(_YAO_BOUND_OR_ASKED, s, i):
                continue
            # 下周就要迎接省里的暗访 / 马上就要开学: 就要 after a time is what is about to happen
            if i > s and text[i - 1] == "就" and _SOON.search(text, s, i - 1):
                continue
        elif w == "需要":
            before = text[s:i]
            if i > s and text[i - 1] in "更还也不都所的就":
                continue
            # 创建文明城市，需要每个人的共同参与: what a task needs (a 的 phrase of support), not
            # what anyone is asked to do
            if (
                _NEED_NOMINAL.match(text, i + 2, e)
                or _NEED_DESCRIBED.match(text, i + 2, e)
                or _NEED_RELATIVE.match(text, i + 2, e)
                or _NEED_EVERYONE.match(text, i + 2, e)
            ):
                continue
            if (
                before
                and not before.endswith(_ADDRESSEE_END)
                and _NEED_ADDRESSEE.match(text, i + 2, e) is None
            ):
                continue
        elif w == "希望":
            # 希望 + addressee: 希望大家, 希望各级各部门
            if (
                not _HOPE_ADDRESSEE.match(text[i : i + 5])
                and not _HOPE_NAMED.match(text, i, e)
                and not _HOPE_PLURAL.match(text, i, e)
                and not _HOPE_NAMED_IN_NOTICE.match(text, i, e)
                and not _HOPE_BODY.match(text, i, e)
                and not _hope_place(text, i)
                and not _glued_hope_act(text, i)
            ):
                continue
        elif w == "不能":
            if i > s and text[i - 1] in "可就还也都":
                continue
        elif w == "不得":
            # 容不得半点松懈 / 由不得 / 巴不得: a word, not a prohibition
            if i > s and text[i - 1] in "容由怪巴舍恨顾记免晓见少使耽":
                continue
            # 等不得、懒不得 / 创建工作马虎不得。: 不得 closing its phrase is the verb's complement
            # ("cannot afford to"), an assessment; a prohibition takes its act after it (不得占道经营)
            if j >= e or text[j] in _PHRASE_END:
                continue
        elif w in ("决不", "绝不"):
            # 绝不单纯是为了争一块牌子: "is by no means", an assessment, not a prohibition
            if "是" in text[j : j + 4]:
                continue
        # 按照省里提出的各市要…的要求，今年我市将…: the marker inside the requirement a basis
        # names (a noun phrase ending in 的要求) asks nothing of its own; session 34
        # (its gate, an opener between s and i, tested here first)
        if opener_at < i and _embedded_ask(text, s, i, e):
            continue
        if asks and w == "要" and text[i - 1 : i] in ("不", "没"):
            # (not 要 but 不要 / 没要: looked for again from after it, as a search from there)
            return _marker_in(text, j, e, True)
        return m
    return None


# a time right before 就要 (在5月中旬就要迎接…, 马上就要…): the event is near, not required
_SOON = re.compile(
    r"(?:马上|很快|眼看|即将|不久|月底|月初|月中|[上中下]旬|\d+[日号]|明天|后天|下周|下个?月)$"
)


def _requirement_marker(text: str, s: int, e: int) -> re.Match[str] | None:
    """The first marker of text[s:e] that asks for an act: not the 要 of 不要 / 没要 (真正细化创建
    任务，不要眉毛胡子一把抓，分清主次: a warning inside an imperative sentence, which neither makes
    the sentence a requirement of its own nor opens a new unit after a ；)."""
    return _marker_in(text, s, e, True)


# 2022年全街道上下，要… / 今年各单位要…: the year of the requirement before its addressee
_YEAR_LEAD = re.compile(r"(?:\d{4}年|今年|明年|今后|下半年|上半年)")


_ROLL_MAX = 48


# 成功创卫启示我们，必须…: what a lesson teaches us frames the requirement, it addresses no one
_TEACHES_US = re.compile(r"(?:启示|告诉|提醒|警示|昭示|教育|证明)(?:了)?我们$")


# 各项工作进入收官季，要… / 全市创建工作已进入冲刺阶段，…: a clause with its own subject and a
# verb of the situation it is in sets the scene before the requirement; it names no addressee
# (各项 counts things, never bodies: 各项工作 / 各项任务)
_SETTING_VERBS = tuple(rule_words()["setting_verbs"])


def _is_addressee(seg: str) -> bool:
    ym = _YEAR_LEAD.match(seg)
    if ym is not None:
        seg = seg[ym.end() :]
    if _ASSERTION.search(seg) or _TEACHES_US.search(seg):
        return False
    if seg.startswith("各项") or any(map(seg.__contains__, _SETTING_VERBS)):
        return False
    if len(seg) > 20 and not (
        # 全区各级各部门、广大志愿者、市民朋友们，要…: a roll of addressees, each one short
        # (区城管局、商务局、城管综合执法大队等职能部门: the kind after 等 one more of them)
        len(seg) <= _ROLL_MAX
        and "、" in seg
        and max(map(len, seg.replace("等", "、").split("、"))) <= 10
    ):
        return False
    return seg.startswith(
        ("各", "全体", "广大", "所有", "全市", "全县", "全区", "全省")
    ) or seg.endswith(_ADDRESSEE_END)


# an adverbial opening with a preposition of scope or basis stays one even when a 了 or 是 in it
# belongs to a relative clause (针对督查中发现了的问题，…要…): the requirement is not cut after it
_PREPOSITIONAL = (
    "对于",
    "对照",
    "针对",
    "围绕",
    "按照",
    "根据",
    "结合",
    "为了",
    "通过",
    "依托",
    "借助",
    "聚焦",
    "紧扣",
    "立足",
    "面对",
    "面向",
    "凡",  # 凡是上级交办的工作， / 凡涉及群众利益的问题，各部门必须…: the scope of the requirement
    # 无论是农机作业还是加工环节，都要…: every case the requirement holds in (its 是 no assertion);
    # 关于安全生产工作，要…: the matter the requirement is about (dirs43)
    "无论",
    "不论",
    "不管",
    "关于",
)
_OBJECT_OF_DUI = ("问题", "单位", "人员", "情况", "现象", "行为", "的")


# 各村（社区）在搞好物质文明建设的同时，也要…: an addressee with an adverbial of time or scope
_ADDRESSEE_ADVERBIAL = re.compile(
    r"(?:[一二三四五六七八九十]+、)?(?:各|全体|广大|所有|相关|有关)[^，。；：\n]{0,10}?"
    # (各地各单位在阵地建设、经费落实…等重点工作上，要…: the fields named may be many)
    r"在[^，。；：\n]{1,80}?(?:的同时|过程中|工作中|期间|上|中)$"
)


_WHOLE_PLACE_ACT = re.compile(
    r"全[镇乡县区市街村]上下(?:要)?(?:高度重视|统一思想|迅速行动|齐心协力)[^，。；：\n]{0,8}"
)


# 市委宣传部作为…牵头协调部门，要…: the addressee with the role it acts in
_ADDRESSEE_AS = re.compile(r"[^，。；：\n]{2,12}?作为[^，。；：\n]{2,30}$")
# …，也是贯彻落实…的开局之年，全区上下要…: a clause ending in a time of this kind closes an assessment
# (今年是…之年), even when it opens like an imperative (全面建设…的开局之年); 在…关键时刻 is an
# adverbial of the requirement, as is 今后一个时期 (an opening of _ADVERBIAL)
_TIME_NOUN_END = ("之年", "之际", "时期", "阶段", "关头", "时刻")
_TIME_ADVERBIAL = ("当", "值此", "正值", "处在", "站在", "于", "下一", "现阶段") + _ADVERBIAL


_YEAR_ONLY = re.compile(r"(?:\d{4}年|今年|明年)(?:内|以来|起|全年)?")
# 总结过去，要… / 展望未来，要… / 新的一年，要… / 值此…之际，一定要…: the vantage or the time the
# requirement is laid down from, an adverbial of the requirement with no subject of its own
# (立足当前 / 面对新形势 / 着眼长远 open with words of _ADVERBIAL and _IMPERATIVE already; dirs43)
_VANTAGE_LEADS = tuple(rule_words()["vantage_leads"])
_VANTAGE_MAX = 16
# 节前，各村要… / 汛前，要…: the event of one character before or after which the act is asked
_SHORT_EVENT_TIME = re.compile(r"[节汛年会赛灾考][前后]|会前")
# 下一步消防安全工作，要… / 下半年园区安全生产工作，要…: the work of a coming time the requirement
# is about, a topic with its 对于 left out
_TIMED_WORK = re.compile(
    r"(?:下一步|下步|下半年|上半年|今年|明年|今后|新的一年|新一年|节日期间|节前|汛期)"
    r"[^，。；：、\n]{0,12}?工作$"
)
# a five-year plan's period (“十五五”时期 / 十四五期间): when the requirement holds, no assessment
_YEAR_AS = re.compile(
    r"[ \u3000]*(?:\d{4}年|今年|明年)作为[^，。；：\n]{2,20}?(?:之年|之际|时期|阶段)"
)
_PLAN_PERIOD = re.compile(r"“?十[一二三四五六七八九]?五”?(?:时期|期间)")
_REPORTED_ACT = re.compile(r"(?:提出|作出|做出|给予|进行)了?[^，。；：\n]{0,8}$")


# 思想上，要… / 责任上，要…；认识上，要…: the aspect of the work a requirement is about, 在…上
# with its 在 left out, an adverbial of the requirement (not 实际上， / 事实上，: connectives)
_ASPECT_ON = re.compile(
    r"(?:思想|行动|认识|责任|态度|作风|工作|措施|力度|标准|组织|制度|机制|方法|能力|纪律|政治"
    r"|目标|落实|宣传|管理|服务|效果|质量|进度|时间|时限|程序|投入|保障|举措)上"
)


# 开展好…工作，要… / 巩固创建成果，必须… / 争创全国文明城市，需要我们…: an imperative clause of
# the task before the marker belongs to the requirement (the heading verbs as well as the
# imperative openers; 争创 / 巩固 name the campaign's own goal; not 创建, too often a noun: 创建活动千头万绪，)
_GOAL_OPENERS = _HEADING_VERBS + ("争创", "巩固")


# what follows 将 when it tells what will be done, after the topic it is done to (对于…的，)
_WILL = re.compile(
    r"(?:(?:对于?|凡)[^，。；：\n]{1,30}?的[，,])?将(?:"
    + "|".join(map(re.escape, rule_words()["future_jiang_next"]))
    + ")"
)


# 建设某某是提升…，提高群众幸福感的一项民心工程，各单位要…: a goal's verb inside a noun phrase of
# one of a kind (…的一项… / …的一个…) is the object of an assertion split at its comma, no order
_ONE_OF_KIND = re.compile(r"的一[项个场件种]")


_EXISTS_IN = re.compile(r"(?:方面|上|中|里)(?:还|仍|仍然|依然|也|都)?(?:存在|出现|发生)")
# (再突出 / 再提高 / 更严格: 再 or 更 and two characters of degree, nothing else in the clause)
_FURTHER_HEAD = re.compile(r"[再更][\u4e00-\u9fff]{2}")


# the end of a clause naming an event before or after which the act is asked: 检查结束后 /
# 汛期到来之前 / 园区移交以后
_EVENT_TIME = re.compile(r"[\u4e00-\u9fff]{2}(?:以后|之后|后|以前|之前|前|的时候|时)$")
_NOT_YET = re.compile(r"(?:还|远|尚|并)?(?:不|没|未)到")
# words that end like that and name no event: 今后 / 随后 / 最后 / 目前 / 提前 / 滞后 / 落后 /
# 同时 / 及时 / 平时 …
_NOT_EVENT_TIME = re.compile(
    r"(?:[今随最此然背先]后|[目当眼提空事跟面向]前|[滞落靠延稍]后|前后"
    r"|[同及适随按届此平有临当那准定暂战小顿彼]时)$"
)
# 一旦发现火情， / 如遇突发情况，: the case in which the act is asked
# (若豪雨影响上学安全，务必…: 若 / 如果 / 倘若 the same; not 若干, "several")
_CASE_OPENERS = ("一旦", "如遇", "遇有", "如发现", "一经发现", "若", "如果", "倘若", "假如")
_NOT_ASPECT = ("一方面", "另一方面", "各方面", "多方面", "这方面", "方方面面")
# 从现在开始到月底，创建工作将重点开展…活动，各部门要…: a plan told with 将 (of what will be done,
# not 将 as 把: 将问题整改到位) is a report before the requirement, not its lead; session 34
_PLANNED = re.compile(
    r"将(?:于|在|会|陆续|相继|适时|(?:重点|全面|集中|统一|持续|继续|进一步|组织)?"
    r"(?:开展|启动|举办|召开|进行|实施|推出))"
)


# 做好某某工作意义重大，各级各部门必须… / …，对稳大局具有重要意义，全县上下务必…: a clause that
# weighs the task is an assertion before the requirement (GUIDELINES: 创城工作是接力赛，), whatever
# it opens with (a goal's verb, 对): it stays out
_ASSESSMENT_ENDS = tuple(rule_words()["assessment_ends"])
_HAS_MEANING = re.compile(r"(?:具有|具备|有着)[^，。；：\n]{0,10}?(?:意义|作用)$")
# 某某同志对…，…给予充分肯定，并要求…: the praise the speaker gave reports, it asks nothing
_PRAISED = re.compile(r"给予(?:了)?(?:充分|高度|积极)?(?:肯定|表扬|好评|认可)$")
# 全县除药店…营业外，其余门店一律不得…: what is excepted is the scope of the requirement
_EXCEPT = re.compile(r"[^，。；：\n]{0,6}?除(?:了)?[^，。；：\n]{1,40}?(?:以外|之外|外)$")
# 建设进度较慢的项目，要… / 群众反映强烈的问题，要…: what the act is to deal with, its 对 left out
# (the bodies a 的 phrase names are addressees: _is_addressee)
_TOPIC_HEADS = tuple(rule_words()["topic_heads"])
# (the head right after the 的, at most a modifier between: not 我镇的资源都在农村, a predicate)
_TOPIC = re.compile(r"的[^的，。；：\n]{0,2}(?:" + "|".join(_TOPIC_HEADS) + ")$")
# 自治区党委赋予…的使命任务，…: a word that opens with an adverbial's preposition (自 of 自…起) and
# is none, here the subject of what the clause states
_ADVERBIAL_NOT = tuple(rule_words()["adverbial_not"])


def _assesses(seg: str) -> bool:
    return seg.endswith(_ASSESSMENT_ENDS) or (
        ("意义" in seg or "作用" in seg) and _HAS_MEANING.search(seg) is not None
    )


# a share or a rate given as a figure: 占全省的7% / 增长12.5% / 提高3个百分点 / 百分之十
_MEASURED_SHARE = re.compile(r"\d(?:\.\d+)?\s*(?:%|％|个百分点)|百分之[一二三四五六七八九十百\d]")


def _extends(seg: str) -> bool:
    if _assesses(seg) or ("给予" in seg and _PRAISED.search(seg) is not None):
        return False
    # 对现场发现的问题提出整改意见，要求…: what the speaker did, not the scope of the requirement
    if seg.startswith("对") and _REPORTED_ACT.search(seg):
        return False
    if _PLANNED.search(seg) is not None:
        return False
    if seg.startswith(_PREPOSITIONAL) or (seg.startswith("对") and seg.endswith(_OBJECT_OF_DUI)):
        return True
    if _ADDRESSEE_ADVERBIAL.match(seg):
        return True
    # 全街上下高度重视，不能停滞，…: the addressee's first act opens the requirement
    if _WHOLE_PLACE_ACT.fullmatch(seg):
        return True
    if _ASPECT_ON.fullmatch(seg):
        return True
    # 各位县级领导，特别是各组组长，一定要…: an addressee singled out from the one before
    if seg.startswith(("特别是", "尤其是")) and _is_addressee(seg[3:]):
        return True
    if _ASSERTION.search(seg):
        return False
    # 全市林地面积占到全省的7%，要…: a share or a rate measured states a fact before the
    # requirement, however its subject opens (全市… reads as an addressee); attrib48
    if _MEASURED_SHARE.search(seg) is not None:
        return False
    if "除" in seg and _EXCEPT.match(seg) is not None:
        return True
    # 环保等部门就如何提升管理水平，要…: the addressee with the matter it is to act on
    if (i := seg.find("就", 2)) > 0 and _is_addressee(seg[:i]):
        return True
    # 水文部门密切监测水位，…，各乡镇要…: a body and how it is to take the work in hand (the
    # continuation's _ADDRESSEE_ACTS) is the first addressee of the requirement; session 34
    if _ADDRESSEE_ACTS.match(seg) is not None and _ANSWERED.search(seg) is None:
        return True
    # 做好某某工作需要某某，要…: what a task needs, said of the task (需要 after its subject,
    # no marker by _marker_in), is an assessment before the requirement, not its scope
    if "需要" in seg[1:] and _marker_in(seg, 0, len(seg)) is None:
        return False
    # 2018年，要坚持… / “十五五”时期，各地要…: the year or the plan period the requirement is for
    # (2021年作为“十四五”开局之年，全镇要…: the year with what it is, the same)
    if _YEAR_ONLY.fullmatch(seg) or _PLAN_PERIOD.fullmatch(seg) or _YEAR_AS.fullmatch(seg):
        return True
    if (
        len(seg) <= _VANTAGE_MAX
        and (
            seg.startswith(_VANTAGE_LEADS)
            # (…值得肯定，但放眼全年，还要…: the turn from the praise before; attrib46)
            or (seg[:1] == "但" and seg.startswith(_VANTAGE_LEADS, 1))
            or _SHORT_EVENT_TIME.fullmatch(seg) is not None
            or _TIMED_WORK.match(seg) is not None
        )
    ):
        return True
    if seg.endswith(_TIME_NOUN_END) and not seg.startswith(_TIME_ADVERBIAL):
        return False
    # 创建过程中，各单位要… / 整治期间，要…: the time of the work with its 在 left out
    # (下一步工作中，要…: 工作中 the same)
    if len(seg) <= 10 and seg.endswith(("过程中", "期间", "工作中")) and "，" not in seg:
        return True
    # 市容环境方面，要…: the aspect of the work, 在…方面 with its 在 left out (not 一方面，: a
    # connective)
    if 4 <= len(seg) <= 12 and seg.endswith("方面") and not seg.startswith(_NOT_ASPECT):
        return True
    # 城市发展的同时，要…: alongside what the act is done, its 在 left out as well (speak35)
    if len(seg) <= 16 and seg.endswith("的同时") and "，" not in seg:
        return True
    # 检查结束后，各单位要… / 汛期到来之前，要… / 一旦发现火情，要…: the event after or before
    # which, or the case in which, the act is asked (not 今后 / 随后 / 目前: words of time or order,
    # nor 工作滞后，必须…: what lags behind); session 34
    if (
        len(seg) <= 16
        and "，" not in seg
        and (
            (
                _EVENT_TIME.search(seg) is not None
                and _NOT_EVENT_TIME.search(seg) is None
                # (还不到放松警惕的时候，…: that the time has not come is asserted; dirs43)
                and _NOT_YET.match(seg) is None
            )
            or (seg.startswith(_CASE_OPENERS) and not seg.startswith("若干"))
            or seg == "会后"
        )
    ):
        return True
    # 再突出，务必… / 更精细，要…: a clause of 再 / 更 and a word of how far the work goes, the
    # short head each of a speech's parallel requirements opens with (speak35)
    if _FURTHER_HEAD.fullmatch(seg):
        return True
    # 在人居环境整治等方面存在诸多问题，需要…: what exists in a field is stated, no adverbial
    if seg.startswith("在") and _EXISTS_IN.search(seg) is not None:
        return False
    # 一时难以整改到位的，要…: a 的-phrase before the marker is the subject of the requirement
    subject = len(seg) <= 16 and (
        seg.endswith("的")
        or ("的" in seg and seg.endswith(_TOPIC_HEADS) and _TOPIC.search(seg) is not None)
    )
    return (
        (seg.startswith(_ADVERBIAL) and not seg.startswith(_ADVERBIAL_NOT))
        or (seg.startswith(_GOAL_OPENERS) and _ONE_OF_KIND.search(seg) is None)
        or seg.startswith(_LEAD_VERBS)
        or _is_addressee(seg)
        or subject
        or ("作为" in seg and _ADDRESSEE_AS.match(seg) is not None)
    )


# the verb may take its addressee without a comma when a requirement follows in the same clause:
# 某某在会上要求各村务必…
_ADDRESSEE_NEXT = (
    r"(?=(?:各|全|广大|所有|全体|相关|有关|与会|党员|领导|大家)[^，。；：\n]{0,20}?"
    r"(?:要|务必|必须|一定要))"
)
# after a named speaker any addressee may follow the verb (某某要求兵团各驻乌单位在…中要…; 五是要求
# 街道有关科室要…): the requirement is the clause's own marker, a few characters on
_ANY_ADDRESSEE_NEXT = (
    r"(?=[^，。；：\n]{1,24}?(?<![重主只需紧想纲首摘纪险显将快扼必概简提])"
    r"(?:要(?!求|点|素|害|闻|件|是|么|员|道|地)|务必|必须|一定要))"
)
# an injunction's addressee, its comma, then the marker (每到一处，某某都叮嘱场所负责人，要切实… /
# 他提醒商户，务必…): what the injunction governs starts at the marker, as after 要求某某，要…
# (audit45: three pages of the wide set left such a directive without its speaker)
_INJUNCTION_COMMA_NEXT = r"(?=[^，。；：:\n]{1,16}?[，,](?:要(?!求)|务必|必须|一定要))"
# the verbs whose object is who is to act and what follows it the act required (某某要求各部门… /
# 某某叮嘱社区干部… / 某某希望大家…): what a frame ending in one governs is required
_REQUIRING_VERBS = ("要求", "希望", "叮嘱", "嘱咐")
# 某某要求各分管部门进一步…: the addressee right after 要求 with no marker after it; what follows is
# required all the same (_unit's `required`)
_REQUIRED_OPENERS = (
    "各",
    "全",
    "大家",
    "所有",
    "相关",
    "有关",
    "广大",
    "每",
    "党员",
    "干部",
    "机关",
    "与会",
    "分管",
    "当地",  # 他要求当地立足产业基础，…: the local government of a visit
    "企业",  # 某某要求企业对发现的问题立行立改，…: the firms of an inspection
    "社区",  # 某某要求社区全力开展…: the community visited
    "街道",
    "他们",  # 某某慰问了环卫工人，嘱咐他们在坚守岗位的同时，要…: those the visit met
    # 某某就…进行安排部署，要求镇全体驻村同志立即…: all of a level's staff (attrib46)
    "镇全体",
    "乡全体",
    "村全体",
    "县全体",
    "区全体",
    "市全体",
    # 某某要求市直各单位… / 希望县直有关部门… / 请区直机关…: the bodies directly under a level's
    # government or committee (省直 / 市直 / 州直 / 盟直 / 县直 / 区直 / 旗直) are addressees as 各… are
    "省直",
    "市直",
    "州直",
    "盟直",
    "县直",
    "区直",
    "旗直",
)
# 某某要求创建办、各级各部门发扬…: a body named first in a list of addressees (realdev10)
_ADDRESSEE_LIST_PAT = r"[^，。；：、\n]{1,6}、(?:各|全|相关|有关)"
_ADDRESSEE_LIST = re.compile(_ADDRESSEE_LIST_PAT)
_REQUIRED_ADDRESSEE = "(?=" + "|".join(_REQUIRED_OPENERS) + "|" + _ADDRESSEE_LIST_PAT + ")"
_REQUIRED_ADDRESSEE_AT = re.compile(_REQUIRED_ADDRESSEE)
# 某某了解…情况，要求创新思路方法，… / 他要求坚持…: a bare 要求 followed by an imperative verb, no
# marker of its own after it; what it governs is required all the same
_REQUIRED_VERBS = tuple(
    dict.fromkeys(_CONTINUES + _LEAD_VERBS + tuple(rule_words()["required_verbs"]))
)
_REQUIRED_VERB = (
    "(?=" + "|".join(map(re.escape, sorted(_REQUIRED_VERBS, key=len, reverse=True))) + ")"
)
# 希望志愿者们发扬奉献精神… / 希望他们再接再厉…: people named in the plural (or the pronoun of
# those just named) as the hope's addressee, then what they are to do (not a wish for their
# health or luck: 希望他们早日康复 / 希望同学们身体健康)
_HOPE_PLURAL_PAT = (
    r"希望(?:[\u4e00-\u9fff]{1,5}?们|他们|她们)"
    r"(?:"
    + "|".join(
        map(
            re.escape,
            sorted(
                _REQUIRED_VERBS
                + ("发扬", "珍惜", "牢记", "不负", "再接再厉", "带头", "当好", "争做", "争当")
                + ("勇于", "敢于", "善于", "立足", "以", "把"),
                key=len,
                reverse=True,
            ),
        )
    )
    + r")"
)
_HOPE_PLURAL = re.compile(_HOPE_PLURAL_PAT)
# 某某要求中山街组织专门队伍… / 他要求代表们凝聚共识…: a place named with its unit, or people
# named in the plural, then an imperative verb: the addressee of a bare 要求 as well
_NAMED_ADDRESSEE_PAT = (
    # (某某要求某某市与各地搞好对接配合: the place with those it is to act together with; dirs43)
    r"(?:[\u4e00-\u9fff]{1,6}?(?:街道|社区|街|镇|乡|村|县|区|市)(?:[与和同]各[地级部单][^，。；：、\n]{0,4}?)?"
    r"|[\u4e00-\u9fff]{1,4}?们"
    # …，要求其及时清理…: the pronoun of those just named
    r"|其"
    # …汇报，要求创建工作抓住机遇，…: the work the speaker heard of, to be done a certain way
    r"|[\u4e00-\u9fff]{1,4}?工作)"
    + "(?:"
    + _REQUIRED_VERB
    # (…，要求某某区针对…集中攻坚 / 要求某某镇以…为契机…: the place, then the scope or the
    # means of its act)
    # (要求某某街道对细节问题再下功夫: the place, then what its act is done to; not 对于 / 对此 /
    # 对外 / 对接; dir50)
    + r"|(?<=[街道区县市镇乡村])(?=针对|对照|围绕|按照|结合|聚焦|对(?![于此外接口象])"
    + r"|以(?![上下来后前及便免为此外内])))"
)
_NAMED_ADDRESSEE = re.compile(_NAMED_ADDRESSEE_PAT)
# 会议要求，在抓好常态长效的同时，做好… / 某某要求，在扩面提质中深化拓展，…: where or alongside what
# the act is to be done, then the act (the opener a continuation may have: _WIDE_LEAD)
# …，要求各社区对照标准逐项整改，重点是抓好落实，…: where the effort goes first, an act, not an
# assertion
_FOCUS_IS = re.compile(r"重点是" + _REQUIRED_VERB)


def _asserts_in(body: str) -> bool:
    """Does body assert (是 / 了) outside a quote and outside a 重点是 + act?"""
    return _ASSERTION.search(_FOCUS_IS.sub("", _QUOTED.sub("", body))) is not None


_REQUIRED_SETTING_PAT = r"在[^，。；：\n]{1,16}?(?:的同时|过程中|中|上)[，,]?" + _REQUIRED_VERB
_REQUIRED_SETTING = re.compile(_REQUIRED_SETTING_PAT)
# 他要求该镇在确保…的同时，加强长效管理，…: a short addressee, then the setting and the act
_ADDRESSEE_SETTING_PAT = r"[^，。；：\n]{1,8}?" + _REQUIRED_SETTING_PAT
_ADDRESSEE_SETTING = re.compile(_ADDRESSEE_SETTING_PAT)
# …，更是我们必须完成的政治任务 / 这是我们必须实现的目标: an assertion naming what is required
_ASSERTED_NAMING = (
    "是",
    "也是",
    "更是",
    "还是",
    "都是",
    "就是",
    "这是",
    "这也是",
    "这更是",
    "这就是",
)
# (…主持会议，并要求，在迎检工作中压实责任，…: the verb's comma before what it governs)
# 随后要求社区工作人员、物业公司、志愿者共同合作，…: after the verb, a roll of three or more
# short nominals is the addressees (only there: elsewhere such a roll may list fields of work)
_ADDRESSEE_ROLL_PAT = r"(?=[^，。；：、\n]{2,6}、[^，。；：、\n]{2,6}、)"
# 某某要求白龙镇主要负责人从整体层面来抓创建: the heads of a place named, then how they are to
# take hold of the work (来抓) or an imperative verb
_HEAD_ADDRESSEE_PAT = (
    r"[\u4e00-\u9fff]{0,6}?(?:街道|社区|镇|乡|村|县|区|市)(?:党委|政府|党工委)?(?:主要|分管)?"
    # (要求街道负责同志，立即组织力量…: a comma after the heads before the act)
    r"(?:负责人|负责同志)[，,]?(?:(?=[^，。；：\n]{0,12}?来抓)|" + _REQUIRED_VERB + ")"
)
_HEAD_ADDRESSEE = re.compile(_HEAD_ADDRESSEE_PAT)
# 要求区创城办和督导组不断加强…: a body named by its short form is an addressee too
_ORG_ADDRESSEE_PAT = r"(?:[区市县镇乡]|街道)[^，。；：\n]{1,8}?(?:办|局|委|组|队|所|站|中心)"
_ORG_ADDRESSEE = re.compile(_ORG_ADDRESSEE_PAT)
# …现场办公，要求县创文办明确责任单位和整改时限: a body by its short form right after a bare 要求,
# then an imperative verb
_ORG_REQUIRED_PAT = r"(?:[区市县镇乡]|街道)[^，。；：、\n]{1,6}?(?:办|局)" + _REQUIRED_VERB
# 要求镇村相关部门常态化抓好… / 要求县直有关单位… / 要求区直各部门… / 要求镇村两级… / 要求市场
# 监管部门…: the addressee a noun phrase of a few characters that ends in a word of bodies or of
# the levels they stand at, then what it is to do (no mark, no 的: 要求部门的配合 names a need)
_BODY_ADDRESSEE_PAT = (
    r"[\u4e00-\u9fff、（）]{0,10}?(?:部门|单位|两级|三级|乡镇|镇街|村居|企业|商户|物业公司|负责人|负责同志)"
    r"(?![\u4e00-\u9fff]{0,2}?[，,。；;：:、\n的和及与])"
)
# …察看了市场环境，要求市场管理方加强… / 要求物业… / 要求经营户…: the managers and the staff of
# the sites an inspection visits, addressees of 要求 only (督促经营户… / 叮嘱市场管理方… inside a
# requirement or a visit's report stay what they were)
_SITE_KINDS_PAT = (
    r"[\u4e00-\u9fff、（）]{0,10}?(?:管理方|经营方|物业|业主|经营户|经营者|商家|摊主|店主"
    r"|学校|医院|村委会|居委会|网格员|工作人员|管理人员|保洁员|施工方|责任人"
    # (要求某某广场以…为契机，持续…: the mall or the market visited)
    r"|广场|商场|超市|景区"
    # 要求执法人员依法… / 要求志愿者队伍常态化… / 要求城管执法大队加大… / 要求环卫工人…: the
    # staff, the teams and the volunteers of the work inspected
    r"|人员|队伍|大队|中队|工人|志愿者|职工)"
    r"(?![\u4e00-\u9fff]{0,2}?[，,。；;：:、\n的和及与])"
)
_SITE_ADDRESSEE_PAT = r"(?<=要求)" + _SITE_KINDS_PAT
# 某某要求市场监管部门加强… / 某某要求市场管理方立即…: what a frame's 要求 governs opening with such
# an addressee is required without a marker of its own (_unit's `required`)
_BODY_ADDRESSEE = re.compile(_BODY_ADDRESSEE_PAT)
_SITE_KINDS = re.compile(_SITE_KINDS_PAT)
# …，要求通过集中行动，形成… / 他要求通过多种形式挖掘… / …，要求按照指标要求严督实查，…: the means
# or the standard of the act open what a bare 要求 governs (only there: a sentence after a
# requirement opening with 通过 may report a result, 通过集中整治，全镇面貌明显改善)
_REQUIRED_MEANS = ("通过", "按照")
# …，要求以更高标准推进… / …，要求在细节上下功夫 / 要求，对检查发现的问题，立即整改到位 / 要求，
# 针对…问题，相关部门立即… / 要求从严从实抓好…: how, where or on what the act is done opens what
# a verbal 要求 governs as well (以 not 以上 / 以下 / 以来; 在 not 在场 / 在座 / 在于; 对 not 对此)
_REQUIRED_ADVERBIAL_PAT = (
    r"以(?![上下来后前及便免为此])|在(?![场座此于])|对于|对(?![此于])|针对|从严|从实|从细|从快"
    r"|从源头|从根本"
)
_REQUIRED_ADVERBIAL = re.compile(_REQUIRED_ADVERBIAL_PAT)
# 某某要求被巡察村党组织提高… / 要求某某镇两级党组织充分发挥… / 叮嘱工作人员不断丰富…: an addressee
# of a few characters (a place, a level, 各 / 被… before it) ending in a word of addressees
# (rule_words addressee_end, required_addressee_kinds), an imperative verb right after it. What
# 要求 / 叮嘱 / 嘱咐 governs is then required with no marker of its own: the addressee is known by
# its head, whatever stands before it (attrib47: the pooled dev gold's requirements after a bare
# 要求 the rules missed were mostly such addressees)
_KIND_ADDRESSEE_PAT = (
    r"(?=[^，。；：:！？“”\n]{0,12}?(?:"
    + "|".join(
        map(
            re.escape,
            sorted(
                # (in the lists' order, not a set's: the pattern's text is the same in every
                # process, pattern_cache keeps one answer for it)
                dict.fromkeys(_ADDRESSEE_END + tuple(rule_words()["required_addressee_kinds"])),
                key=len,
                reverse=True,
            ),
        )
    )
    + ")"
    + _REQUIRED_VERB
    + ")"
)
_KIND_ADDRESSEE = re.compile(_KIND_ADDRESSEE_PAT)
# 某某叮嘱相关部门，要… / …叮嘱大家，要…: the verbs of an injunction, and its addressee alone (a
# clause ending in a word of addressees) with the comma before the marker (_sentence; not
# 嘱咐他们在…的同时，要…: a setting clause stays in the span)
_INJUNCTION_VERBS = ("叮嘱", "嘱咐", "告诫", "提醒")
_INJUNCTION_OBJECT = re.compile(
    r"[^，。；：:\n]{0,12}?(?:"
    + "|".join(
        map(
            re.escape,
            dict.fromkeys(
                _ADDRESSEE_END
                + tuple(rule_words()["required_addressee_kinds"])
                + ("负责人", "负责同志")
            ),
        )
    )
    + r")[，,](?=要(?!求)|务必|必须|一定要)"
)
# 要求即日起开展… / 要求月底前完成…: the date the act starts or ends by opens what a bare 要求
# governs (dir50; not 要求24小时内予以解决…: a count of hours or days opens the procedure a
# report describes as often as an order, and a report's sentence after it read as going on)
_REQUIRED_BY = r"即日起|[本当]周内|[月年]底前"
_REQUIRED_NEXT = (
    f"[，,]?(?:(?={_REQUIRED_BY})|{_REQUIRED_ADDRESSEE}|{_KIND_ADDRESSEE_PAT}|{_REQUIRED_VERB}|(?=通过|按照|{_REQUIRED_ADVERBIAL_PAT})|(?={_NAMED_ADDRESSEE_PAT})|{_ADDRESSEE_ROLL_PAT}"
    f"|(?={_REQUIRED_SETTING_PAT})|(?={_HEAD_ADDRESSEE_PAT})|(?={_ORG_REQUIRED_PAT})"
    f"|(?={_BODY_ADDRESSEE_PAT})|(?={_SITE_ADDRESSEE_PAT}))"
)
# 从省、市要求来看，… / 从全局看，…: the point of view a sentence is seen from, no act to do
_VIEWPOINT = re.compile(r"从[^，。；：\n]{1,16}?(?:来看|看来|看|而言|来说)[，,]")
# 会议要求，全国文明城市的创建内容覆盖…: a campaign named by the nation opens a topic, not an
# addressee (全国各地 / 全国上下 are addressees)
_NATION_NAMED = re.compile(r"全国(?!各|上下|人民|范围)")
# 会议要求，各单位已完成自查: a report of what was done, not what is to be done (对已发现的问题…:
# 已 inside a relative clause is no report)
_REPORTED_YI = re.compile(r"已(?![^，。；：\n]{0,6}?的)")
# what 要求 governs opening with its addressees (a roll of them, a body, 各… / 全体…)
_ADDRESSEE_FIRST = re.compile(
    f"{_REQUIRED_ADDRESSEE}|{_ADDRESSEE_ROLL_PAT}|(?={_ORG_ADDRESSEE_PAT})"
)
# how soon an inspection's order is to be carried out: 立即整改 / 限期整改 / 及时整改到位
_SOON_ORDERS = ("立即", "及时", "限期", "马上", "尽快", "迅速", "立行立改")
# (…，并现场要求… / …，同时明确要求…: how the order was given, between 并 and the verb)
# (…强调了…的重要性，再三叮嘱街道…要…: how often it was said; attrib46)
# (…给予充分肯定，亲切叮嘱大家要… / 关切地叮嘱…: the manner of an injunction, with or without
# its 地, the same words as _INJUNCTION_LEAD's; attrib48)
_GLUED_MANNER = r"(?:关切|亲切|耐心|语重心长|郑重|殷切|深情)地?"
_GLUED_HOW = r"(?:现场|当场|再次|明确|特别|反复|一再|再三|" + _GLUED_MANNER + r")?"
# (…进行督查，对存在问题要求有关责任单位立即…: the problems the order is about, before its verb)
_GLUED_TOPIC = r"(?:(?:对|针对|就)[^，。；：\n]{1,12}?(?:问题|情况|现象|不足|隐患|短板))?"
_GLUED_REQUIRED = re.compile(
    # (…，鼓励志愿者…；要求某某广场以…；要求某某区加强…: after ； as after ，)
    r"[，,；;](?:并|还|同时|进一步)?"
    + _GLUED_TOPIC
    + _GLUED_HOW
    # (…，现场指出并要求相关部门加快整改 / …，并强调要求各县加快…: the point made, then the
    # order; the order's verb governs what follows; dir50)
    + r"(?:(?:指出|强调)并?)?"
    + r"(?:要求|叮嘱|嘱咐)"
    + _REQUIRED_NEXT
)
# the same verb opening a clause of the unit (after the comma that ends the scene)
_GLUED_REQ_CLAUSE = re.compile(
    r"(?:并|还|同时|进一步)?" + _GLUED_HOW + r"(?:要求|叮嘱|嘱咐|督促)" + _REQUIRED_NEXT
)
_REQUIRED_AGAIN = re.compile(r"[，,](?:同时|并|还)" + _GLUED_HOW + r"(?:要求|督促)")
# (…，并要求涉及的社区联合物业进行整改: the addressee named by what concerns it)
_CONCERNED_ADDRESSEE = re.compile(
    r"(?:涉及|相关|有关|所在|属地)的?[^，。；：\n]{0,4}?(?:社区|单位|部门|村|街道|乡镇|小区|物业|商户)"
)
# (…总结了…意义，明确指出目前已进入…，我们要…: the stress made plain; attrib50)
_GLUED_STRESS = r"(?:着重|特别|再次|反复|重点|一再|专门|明确)?"
_GLUED_SPEECH = re.compile(r"(?:并|还|同时)?" + _GLUED_STRESS + r"(?:强调|指出)")
# a purpose that opens a requirement: 为实现… / 为了确保… / 为进一步…
_PURPOSE = re.compile(
    r"为了?(?:实现|确保|保证|巩固|维护|推动|促进|加快|进一步|切实|全面|更好|有效|深入|扎实|做好"
    r"|打造|营造|防止|避免|提升|提高|加强|落实)"
)
# 在…，…的情况下: the end of a setting that a comma inside it cut in two, and how long its head
# 第二，某市地处滨海，旅游比较发达，游客较多，沿海各区要…: how things stand (a degree and a
# word of quantity or state closing the clause) or what may happen (可能 / 预计) is an assertion
# before the marker, though it has no 是 or 了: an item's lead stops there (dirs43)
_STATE_END = re.compile(
    r"(?:比较|较为|较|很|十分|非常|尤为|极为|相当|日益|越来越|偏)"
    r"(?:多|少|大|小|高|低|重|强|弱|快|慢|长|发达|严峻|复杂|突出|集中|频繁|薄弱|繁重|密集|到位)$"
    r"|(?:众多|繁多|多发|频发|高发)$"
)
_MAY_HAPPEN = re.compile(r"可能|预计|预测")


def _states(text: str, a: int, b: int) -> bool:
    return _STATE_END.search(text, a, b) is not None or _MAY_HAPPEN.search(text, a, b) is not None


_OWN_NEXT_FRAME = re.compile(r"[，,](?:并|还|同时)?表示")
# the negated half of 不是…，而是要…: what the requirement turns from (不在于… / 并非… the same)
_NOT_THIS = re.compile(r"不是|并非|不在于|不单是|不只是|不仅仅是")
_SETTING_TAIL = ("的情况下", "的形势下", "的背景下", "的前提下", "的关键时期", "的关键时刻")
_SETTING_HEAD = 10
_PURPOSE_REACH = 3  # clauses between the purpose and the marker
_OWN_POINTS_TAIL = re.compile(
    r"[，,](?:下面|接下来|借此机会|为此)[，,]?我(?:再|先|就|还)?[^，。；：\n]{0,12}?"
    r"(?:讲|谈|强调|提)[^，。；：\n]{0,8}?(?:意见|要求|几点|问题)"
)
# …，要压实责任、落实举措，他强调，一是…: the frame of the next points, written before the comma
# that opens them, is no part of the requirement before it
_PRONOUN_FRAME_TAIL = re.compile(r"[，,](?:他|她)" + FRAME_ADVERB + r"(?:强调|指出|要求|说)$")
# 某某要求全街上下直面短板，并提出五点要求: the announcement of the points that follow is no part
# of the requirement before it
_ANNOUNCED_TAIL = re.compile(
    r"[，,](?:并|还|同时|随后|最后)?(?:(?:针对|就|对|围绕)[^，。；：\n]{1,16}?)?"
    r"(?:提出|强调|讲|谈)(?:了)?[^，。；：\n]{0,8}?(?:要求|意见|[几两三四五六七八九十]点)$"
)
# ，并针对…工作作出部署 / ，并对…进行了安排部署: an act reported after the requirement
# 并送上了慰问品 / 并向他们送去了… / 并为…颁发了证书: an act done (了, not 为了 / 除了), after 并
_DONE_TAIL = re.compile(
    r"并(?:向|为|给|与)?[^，。；：！？\n]{0,12}?[\u4e00-\u9fff](?<![为除])了[^，。；：！？\n]*"
)
_REPORTED_TAIL = re.compile(
    r"[，,](?:并|还|同时)[^，。；：！？\n]{0,60}?(?:作出|做出|作了|进行了?)(?:了)?"
    r"(?:具体|全面|专门|详细)?(?:安排)?(?:部署|安排)"
)
_GLUED_INNER = guarded(
    # (某某出席会议并讲话强调，要… / 并作重要讲话时指出，: the speech, then its verb)
    # (…，听取了…汇报，他强调要…: the pronoun of the sentence's subject before the verb)
    r"(?:[，,](?:并|还|同时|他|她)?|(?<=[^，,])并(?:(?:作|发表)了?(?:重要)?讲话|讲话)?(?:时|中)?)"
    # (…进行学习培训，并着重强调本次工作中要…: how the point was stressed, before the verb)
    # (…，并就下一步工作强调，要…: the topic between the connective and the verb; speak27)
    + r"(?:(?:就|对|围绕|针对)[^，。；：\n]{1,20}?)?"
    + _GLUED_STRESS
    # (…询问麦收进度，并叮嘱值班人员一定要…: an injunction, its marker after the addressee, as
    # 要求; attrib43)
    + r"(强调|指出|要求|表示|叮嘱|嘱咐)"
    r"(?=要|必须|，|：|[^，。；：]{1,16}?(?:要|必须|务必))"
    # …，要求各部门严格对照…: the addressee with no marker after it
    # (…询问工程进展，叮嘱相关部门加强管理…: 叮嘱 requires as 要求 does; …，告诫各部门负责人，
    # 办事上要…: so does 告诫, a warning to the addressee)
    # (…，鼓励志愿者…；要求某某广场以…: after a ； that ends the visit's report, as after a comma)
    # (…表示充分肯定，鼓励两地要围绕…深化合作: an exhortation as 勉励, its addressee and marker
    # after it; attrib46)
    # (某某每到一家企业，都叮嘱企业负责人，要…: what the speaker did at every stop; audit45 read it
    # after a pronoun, attrib46 after a name)
    rf"|[，,；;](?:并|还|同时|都要?|也都|还都)?{_GLUED_TOPIC}{_GLUED_HOW}(要求|叮嘱|嘱咐|告诫|督促|劝导|提醒|勉励|鼓励)"
    rf"(?:(?<!勉励|鼓励){_REQUIRED_NEXT}"
    rf"|(?<=叮嘱|嘱咐|告诫|提醒){_INJUNCTION_COMMA_NEXT}"
    # (…与摊主亲切交谈，叮嘱她要文明经营: a pronoun as the addressee, its marker after it; speak27)
    r"|(?=(?:他|她)们?(?:要|务必|一定要))"
    # (每到一处，某某都…询问…，并叮嘱值班人员一定要… / …，并勉励大家要…: any addressee, its marker
    # a few characters on, as after a name's own injunction; audit45, two pages of the wide set)
    rf"|(?<=叮嘱|嘱咐|告诫|提醒|勉励|鼓励){_ANY_ADDRESSEE_NEXT})"
    # 某某来到…调研，强调文明创建事业是…: the speaker's frame, whatever the speech
    # (…作重要讲话，他强调“6.26”国际禁毒日即将到来，…: the subject's pronoun before the verb;
    # attrib46)
    r"|[，,](?:并|还|同时|他|她)?" + _GLUED_STRESS + r"(强调|指出)"
    # 某某同志根据…，提出了几点意见，希望各村…: the hope the speaker's points come to
    r"|[，,]提出了?[^，。；\n]{0,6}?(?:意见|要求)[，,](希望)(?=各|全|大家|广大|所有|相关|有关)"
    # 某某还参加了…会，提出两点要求：一要… / 某某一行察看了…，并作出要求：一是…: the points
    # after the colon are the subject's
    # (…，对…存在的问题提出明确要求：相关单位要…: what the points are about before the verb)
    # (…主持仪式并提出三点要求：一要…: the act glued to the scene by 并, no comma)
    r"|(?:[，,](?:并|还|同时)?|(?<=[^，,])并)"
    r"(?:(?:对|就)[^，。；：\n]{1,20}?)?(?:提出|作出|做出)了?[^，。；：\n]{0,6}?(要求)[：:]"
    # 某某充分肯定了…，认为…，希望我市继续…: the hope of the sentence's subject (a visiting leader)
    # (某某指出了…存在的问题，希望某某县进一步…: the place named, then what it is to do)
    r"|[，,](?:并|还|同时)?(希望)(?=我[省市县区镇乡州旗]|各|全|大家|广大"
    # (…给予肯定，并希望某某镇再接再厉…: what follows the place as a frame's own hope reads it)
    r"|[\u4e00-\u9fff]{2,3}[省市县区镇乡]"
    + _HOPE_TOWN_NEXT
    # (…给予肯定，希望青山县委、县政府再接再厉: the level's committee and government)
    + r"|[\u4e00-\u9fff]{2,4}[省市县区镇乡]委、[省市县区镇乡]?政府)"
    # 某某到…参加座谈会，听取了…，提出要广泛开展…: what the subject put forward is required
    r"|[，,](?:并|还|同时)?(提出)(?=要(?!求)|务必|必须)"
    # (…做具体介绍，并提出乡镇高中招生要解决…: what is put forward names its addressee before
    # the marker; only after a connective that joins it to the subject's act; attrib46)
    rf"|[，,](?:并|还|同时)(提出){_ANY_ADDRESSEE_NEXT}"
    # (副组长某某对…表示了肯定，她说…，要继续加强整改: the subject's pronoun and 说 glued after
    # the comma; what is said runs on to the marker; attrib46)
    r"|[，,](?:他|她)(?:还|也|又)?(说)(?=[，,：:]?[^。；！？\n]{0,60}?(?:要(?!求)|务必|必须))"
    # 最后，镇党委书记某某作强调讲话，一是要…: the speech announced, then its list
    # (某某作了工作强调，一是… / 并作出工作强调：一是…: the stress made a noun, its list after it)
    r"|(?<=[\u4e00-\u9fff])(?:作|做)(?:出|了)?(?:(?:重要|强调|总结|动员|专题)?讲话[，,]"
    r"|(?:工作|重要)?强调[，,：:])"
    r"(?=[一二三四五六七八九十]是|[一二三四五六七八九十]要|第一)"
    # 某某向大家传达了…精神：…；强调了以下三个方面的工作：一要…: after what the subject relayed,
    # the points the subject adds (their speech, not the relayed one's)
    r"|[；;](?:并|还|同时)?(?:强调|指出|提出)了?[^，。；：\n]{0,12}?(?:方面|点)[^，。；：\n]{0,6}?[：:]"
    # …察看了…，希望企业进一步… / …，并希望新当选的村干部不负重托… / …，希望进一步发挥…: a hope
    # glued after the subject's clauses, its addressee any the marker reads (named in full, in the
    # plural, a body) or none, the act right after it: the hope of the sentence's subject, as the
    # short addressees above are (attrib48: the marker kept such hopes, the frame did not, and
    # they went without their speaker)
    + r"|[，,](?:并|还|同时|也)?(?="
    + "|".join((_HOPE_NAMED.pattern, _HOPE_PLURAL_PAT, _HOPE_BODY.pattern, _GLUED_HOPE_ACT.pattern))
    + r")(希望)"
)
# the words one of which every match of _GLUED_INNER holds (a test checks it against the
# pattern's own needs)
_GLUED_WORDS = (
    *("强调", "指出", "要求", "表示", "叮嘱", "嘱咐", "告诫"),
    *("督促", "劝导", "提醒", "希望", "提出", "讲话", "勉励", "鼓励", "说"),
)
_GLUED_WORD = re.compile("|".join(_GLUED_WORDS))
# how long a match of _GLUED_INNER is at most (a test checks it against the pattern): each holds
# one of _GLUED_WORDS, so none starts more than this before the first of them
_GLUED_REACH = 36


def _glued_from(text: str, s: int, e: int) -> int:
    """Where _GLUED_INNER is to be searched in text[s:e]: from s, or one character before the
    earliest place a match can start, _GLUED_REACH before the first of _GLUED_WORDS (the
    character kept for the pattern's lookbehinds); -1 where there is none of those words (a key:
    without one, _GLUED_INNER finds nothing there)."""
    m = _GLUED_WORD.search(text, s, e)
    return -1 if m is None else max(s, m.start() - _GLUED_REACH - 1)


# who gave an injunction and how, before its verb (他还关切地提醒… / 并嘱咐…): a pronoun of the
# speaker, a connective, a manner (each optional)
_INJUNCTION_LEAD = (
    r"(?:他们|她们|他|她)?(?:同时|并|还|也|又)?"
    r"(?:" + _GLUED_MANNER + r"|再三|一再|反复|特别)?"
)
# a framing clause glued to the requirement: …作了安排，并要求各单位要… / 同时强调，要…
_GLUED_FRAME = re.compile(
    # (…，并着重强调本次工作中要…: how the point was stressed, before the verb)
    r"(?:并且|并|还|同时|也|又|进一步|再次|随后|然后|最后|他|她)(?:着重|特别|反复|重点|一再|专门)?"
    # (…了解合作社经营情况，并表示合作社发展要…: 表示 the same; …情况。并叮嘱要做好…: the
    # injunction's verb with its subject left out, its addressee, if any, staying; dirs43)
    r"(?:要求|强调|指出|提出|表示|叮嘱|嘱咐)(?:了)?[，,：:]?"
    # …分析了存在的短板，要求各乡镇要…: the bare verb of a frame whose subject came before;
    # 同时，号召全镇上下要…: a call to the addressee
    # (…，劝导商户要文明经营… / 提醒居民要… / 督促各村要…: the verbs of exhortation the same way)
    # (…，叮嘱她要文明经营 / 嘱咐大家要…: an injunction the same way; speak27)
    # (…，并嘱咐村民一定要… / 他还关切地提醒工作人员要…: the pronoun, the connective and the
    # manner of the injunction go with its verb; dirs42)
    rf"|{_INJUNCTION_LEAD}"
    rf"(?:要求|强调|号召|叮嘱|嘱咐|勉励|(?:劝导|提醒|督促|动员|引导|鼓励|倡导)(?![着了过]))"
    rf"{_ANY_ADDRESSEE_NEXT}"
    # 他希望村委… / 也希望某某公司… / 他们同时希望我县要…: the pronoun and the connective before a
    # hope go, 希望 and its addressee stay (GUIDELINES: 希望 + addressee is the marker; dirs42)
    r"|(?:(?:他们|她们|他|她)(?:同时|并|还|也|又)?|同时|并|还|也|又)(?=希望)"
    # 要求相关部门，要加强…: the addressee and its comma stay, the verb goes
    r"|要求(?=[^，。；：\n]{1,12}?[，,](?:要|务必|必须|一定要))"
    # 告诫各部门负责人，办事上要…: a warning's verb goes as well, its addressee stays
    r"|告诫(?=[^，。；：\n]{1,12}?[，,][^，。；：\n]{0,6}?(?:要|务必|必须|一定要))"
)


# the characters each pattern tried at a fixed position of every sentence or unit can start
# with: most positions are none of them, and the set says so for a tenth of a failing match
_CONNECTIVES_START = start_chars(_CONNECTIVES, digits=True)
_GLUED_FRAME_START = start_chars(_GLUED_FRAME)
_FRAME_VERB_START = start_chars(_FRAME_VERB)
# (any of them, or the 了 after a frame's verb: a unit opening with none is no lead at all;
# None where one of them is no set of characters: every start is then tried)
_LEAD_STARTS = (_CONNECTIVES_START, _GLUED_FRAME_START, _FRAME_VERB_START)
_LEAD_START: frozenset[str] | None = (
    frozenset("了").union(*_LEAD_STARTS)  # type: ignore[arg-type]
    if all(isinstance(x, frozenset) for x in _LEAD_STARTS)
    else None
)


# a dateline opening the article's first sentence (本报讯（记者某某）/ 本报3月5日讯（通讯员 某某）/
# 文明网4月2日讯 ): no part of the requirement it runs into
_DATELINE = re.compile(
    r"(?:本[报网台刊站]|[\u4e00-\u9fff]{1,8}?[网报社台风号])"
    r"(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?[讯电][ \u3000]*"
    r"(?:[（(][^（）()\n]{1,30}[）)])?[ \u3000]*"
)
_DATELINE_REACH = 12  # where the 讯 of a dateline may be


def _strip_lead(text: str, s: int, e: int) -> int:
    # (a text without 讯 or 电 has no dateline: most)
    if _facts(text)[4] and ("讯" in (head := text[s : s + _DATELINE_REACH]) or "电" in head):
        m = _DATELINE.match(text, s, e)
        if m is not None and m.end() < e - 2:
            s = m.end()
    c = text[s : s + 1]
    if (
        _LEAD_START is not None
        and c not in _LEAD_START
        and not c.isdecimal()
        and text.find("希望", s + 2, min(e, s + 16)) < 0
    ):
        # (most units open with a character none of the patterns below can start with, not 了,
        # and hold no 希望 near their start: each test below fails, s stays; speed50)
        return s
    while True:
        c = text[s : s + 1]
        m = _CONNECTIVES.match(text, s, e) if c in _CONNECTIVES_START or c.isdecimal() else None
        if not m or m.end() == s:
            m = _GLUED_FRAME.match(text, s, e) if c in _GLUED_FRAME_START else None
            if not m or m.end() >= e - 2:
                break
        s = m.end()
    # (c is text[s : s + 1]: the loop stops before moving s)
    m = _FRAME_VERB.match(text, s, e) if c in _FRAME_VERB_START else None
    if m and _marker_in(text, m.end(), min(e, m.end() + 3)):
        s = m.end()
    elif (
        c == "了"
        and text[s - 2 : s] in ("强调", "指出")
        and _marker_in(text, s + 1, _clause_end(text, s + 1, e)) is not None
    ):
        # …精神，强调了全镇上下要…: the 了 of the frame's verb (read off as a glued frame) stays
        # out with it (audit46)
        s += 1
    elif (
        text.find("希望", s + 2, min(e, s + 16)) > 0
        and (tm := _TEAM_SUBJECT.match(text, s, e)) is not None
        and text.startswith("希望", tm.end())
    ):
        # 同时，调研组希望某县进一步…: the team that hopes is who speaks, no part of the
        # requirement; it opens at 希望, as after a named speaker (audit46)
        s = tm.end()
    elif m and m.group() == "要求" and _REQUIRED_ADDRESSEE_AT.match(text, m.end(), e):
        # 一是要求全街各单位积极行动起来，…: the item names who is required; 要求 frames it
        s = m.end()
    elif (
        m
        and m.group() in ("强调", "指出")
        and _marker_in(text, m.end(), _clause_end(text, m.end(), e)) is not None
    ):
        # …表示肯定，强调创卫工作不能松懈，要…: the frame's verb glued to the clause that carries
        # the marker stays out (GUIDELINES: leave out the reporting frame)
        s = m.end()
    return s


# 提前做好… / 及早谋划…: how early, then the act
_AHEAD = ("提前", "及早", "尽早", "预先", "事先")


def _goes_on_after_semicolon(text: str, us: int, ds_: int, de: int) -> bool:
    """Does the unit text[us:de] that a ； opened keep clauses before its directive's start ds_
    that go on with the requirement before it: whole clauses, none asserting or reporting, none
    a frame (a 同时， or a frame left out is not such a clause)?"""
    if text[us - 1 : us] not in "；;":
        return False
    lead = _strip_lead(text, _past_spaces(text, us), ds_)
    if ds_ <= lead or text[ds_ - 1 : ds_] not in "，,":
        return False
    seg = text[lead : ds_ - 1]
    # (道路两侧的电线…，不能入地的要…: a topic first; 某某工作重点在基层，要…: an assessment
    # first; either is left out of a requirement the ； opened, as before)
    act = lead + 2 if seg.startswith(_AHEAD) else lead
    return (
        len(seg) >= 4
        and (
            text.startswith(_CONTINUES, act)
            or text.startswith(_WIDE_CONTINUES, act)
            # (以“某某”为突破口，…，要切实…: the main line, then the acts up to the marker)
            or _CONT_LEAD.match(text, act, de) is not None
            or _WIDE_LEAD.match(text, act, de) is not None
        )
        and not _asserts(text, lead, ds_ - 1)
        and _FRAME_VERB.search(seg) is None
        and not seg.startswith(_NOT_CONTINUES)
        and "我" not in seg
        and "已" not in seg
    )


def _heading_clause(text: str, a: int, b: int) -> str | None:
    """The heading phrase that opens text[a:b] (压实责任无死角，… / 严格督查促提升，…): a first comma
    clause of _POINT_HEAD_MIN to _POINT_HEAD_MAX characters, a verb and its object with nothing
    listed or quoted in it, opening with an imperative as a continuation does; None if none."""
    c = text.find("，", a, b)
    if c < 0 or not _POINT_HEAD_MIN <= c - a <= _POINT_HEAD_MAX:
        return None
    head = text[a:c]
    if any(ch in head for ch in "、“”《》（）的了是"):
        return None
    if head.startswith(_CONTINUES) or head.startswith(_WIDE_CONTINUES):
        return head
    return None


# the length of a point's heading phrase (攻坚问题短板 / 严格督查促提升: four to eight characters)
_POINT_HEAD_MIN = 4
_POINT_HEAD_MAX = 8


def _parallel_point(text: str, us: int, i: int, ne: int) -> bool:
    """Does the ；-clause text[i + 1:ne] open a point of its own after text[us:i] (…，坚决杜绝“责任
    真空”；严格督查促提升，…)? Both open with a heading phrase (_heading_clause), the two headings
    open differently (an anaphoric run, 靠开放，…；靠开放，… / 聚焦甲，…；聚焦乙，…, is one
    requirement: both golds of f46 keep it whole), nothing before the ； holds a marker, nothing
    asserts."""
    j = _past_spaces(text, i + 1)
    h2 = _heading_clause(text, j, ne)
    if h2 is None:
        return False
    h1 = _heading_clause(text, _past_spaces(text, us), i)
    return (
        h1 is not None
        and h1[:2] != h2[:2]
        and not h2.startswith(_NOT_CONTINUES)
        and _MARKER.search(text, us, i) is None
        and not _asserts(text, us, ne)
        and text.find("已", us, ne) < 0
    )


def _clause_end(text: str, s: int, e: int) -> int:
    """The end of the comma clause that opens at s (e when none ends before)."""
    c = _COMMA_CLAUSE_END.search(text, s, e)
    return c.start() if c else e


_COMMA_CLAUSE_END = re.compile(r"[，,；;：:]")


# what an assessment calls the task's weight before the acts it asks for: 是…的必然要求，
_WEIGHT_HEADS = ("必然要求", "内在要求", "重要抓手", "有效途径", "重要途径", "有力举措", "重要举措")


def _after_weight(text: str, s: int, e: int) -> tuple[int, int, float, str] | None:
    """开展…创建是提升城市品味的必然要求，全力加强城市治理，…: after a requirement, an assessment
    of the task's weight opens the sentence and the acts it asks for follow; the span is the acts
    (GUIDELINES: assertions before the marker stay out). None when the sentence is not so."""
    c = text.find("，", s, e)
    if c < 0 or not text.endswith(_WEIGHT_HEADS, s, c) or "是" not in text[s:c]:
        return None
    rest = _QUOTED.sub("", text[c + 1 : e])
    if (
        len(rest) >= 6
        and rest.startswith(_CONTINUES)
        and not rest.startswith(_NOT_CONTINUES)
        and not _ASSERTION.search(rest)
        and "已" not in rest
        and "我" not in rest
    ):
        return c + 1, e, 0.6, "directive.continuation"
    return None


def _asserts(text: str, s: int, e: int) -> bool:
    """Does text[s:e] assert or report (是 / 了) outside its quotes (“首府是我家，创建靠大家”
    is a slogan, no assertion)?"""
    m = _ASSERTION.search(text, s, e)
    return m is not None and (
        "“" not in text[s:e] or _ASSERTION.search(_QUOTED.sub("", text[s:e])) is not None
    )


def _required_clause(seg: str) -> bool:
    """Does a clause that 要求 governs, before the marker, open like a requirement?"""
    return not _ASSERTION.search(seg) and (
        seg.startswith(_CONTINUES)
        or seg.startswith(_LEAD_VERBS)
        or seg.startswith(_REQUIRED_OPENERS)
        or seg.startswith("要求")
        or _ORG_ADDRESSEE.match(seg) is not None
        or _ADDRESSEE_LIST.match(seg) is not None
        or _FOUR_PAIRS.fullmatch(seg) is not None
    )


# 他要求，某某某某、某某某某，全力…: a clause of four-character phrases parted by 、, the
# formula a speech opens its point with, is required with what follows
_FOUR_PAIRS = re.compile(r"(?:[\u4e00-\u9fff]{4}、){1,3}[\u4e00-\u9fff]{4}")
_FOUR_PHRASES = re.compile(r"(?:[\u4e00-\u9fff]{4}[，、]){2,7}[\u4e00-\u9fff]{4}")
# 把握工作节奏，提高整治效率，坚持群众路线，补上欠账。 / 紧密贴合汛期特点，聚焦重点领域，深入开展
# 排查，加大执法力度。: after a requirement, a sentence with no subject spelling it out in a chain
# of verb phrases; its first verb need not be one the lists hold when most of the later clauses
# open with one (speak37)
_CHAIN_FIRST_MAX = 24
_CHAIN_NOT_FIRST = re.compile(r"近年来|以来|目前|当前|去年|此前|截至|接下来|下一步|[我他她]")


def _imperative_chain(text: str, s: int, e: int) -> bool:
    clauses = _clauses(text, s, e)
    if len(clauses) < 3:
        return False
    a0, b0 = clauses[0]
    if b0 - a0 > _CHAIN_FIRST_MAX or _CHAIN_NOT_FIRST.search(text, a0, b0) is not None:
        return False
    later = clauses[1:]
    opens = sum(
        1 for a, _ in later if text.startswith(_CONTINUES, a) or text.startswith(_WIDE_CONTINUES, a)
    )
    # (接下来，各社区将共同担责，…: a subject and its 将 announce a plan)
    return (
        opens >= 2
        and 2 * opens >= len(later)
        and not any(text.find("将", a + 1, b) >= 0 for a, b in clauses)
    )


# what _unit found for (start, end, after a directive) of one text: it does not depend on the
# PERSON spans, so a second reading of the same text over other persons (the model's, in
# civannot.learn.combine) takes the requirements from the first and redoes only the speakers
UnitMemo = dict[tuple[int, int, bool, bool, bool, bool, bool], "tuple[int, int, float, str] | None"]


# a sentence's reading: (end, previous sentence a directive, list open, speaker, speaker's rule)
# when it was read; the directives it made (start, end, conf, rule, speaker, speaker's rule);
# the speaker, its rule and, when the sentence changed it, where a speaker named by title
# only spoke, after it; what it returned
_Entry = tuple[int, bool, bool, "int | None", str]
_Made = tuple[tuple[int, int, float, str, "int | None", str], ...]
_After = tuple["int | None", str, "int | None"]


@dataclass
class SentenceMemo:
    """What each sentence of a text read as on a first reading (the rules' persons), for a
    second reading over other persons (the model's, civannot.learn.combine): a sentence read
    from the same state, with the same PERSON spans starting in it, reads the same (its frame
    and requirements look at the names inside it only), unless it looked back for a pronoun's
    speaker (Discourse.asked) or a quote's speaker named after it rewrote its directives: those
    are read again. A sentence that set no speaker (no frame: Discourse.moved) reads the same
    from a state that differs only in the speaker, its directives taking the one it is entered
    with: the model's changed names change the speaker of the sentences after them, most of
    which only carry it."""

    persons: list[tuple[int, int]] | None = None  # the first reading's
    by_start: list[tuple[int, int]] | None = None
    # sentence start -> (entry, first and end index of its directives in out, after, returned,
    # whether it set no speaker); the indices become the directives' values when the first
    # reading ends
    read: dict[int, list] = field(default_factory=dict)  # type: ignore[type-arg]
    # what does not depend on the persons, read once for both readings: the greeting's start
    # (-1: not read yet, None: none), each paragraph's _Para by its start, and whether a
    # paragraph opens with a first item (looked at only after a requirement)
    greeting: int | None = -1
    paragraphs: dict[int, _Para] = field(default_factory=dict)
    first_items: dict[int, bool] = field(default_factory=dict)


# a paragraph as find_directives reads it before its sentences, whoever its PERSON spans are:
# never a requirement (blank, boilerplate, a caption); where its text starts past the indent
# and the ： within its first characters (-1: none), an interviewer's turn (记者：), an
# imperative heading (its body's start and end), its sentence ends (the paragraph's end last)
_TURN_REACH = 30  # where the colon of an interview turn may be in its paragraph
# the title chain a turn may open with before its speaker's name (县创文办主任某某：…)
_TURN_TITLE = re.compile(
    r"[^，。；：:！？\n（）()“”]{1,24}?(?:书记|长|主任|主席|委员|部长|负责人|常委|秘书长|经理|理事)$"
)


def _turn_speaker(text: str, colon: int, colon_at: int, pend: dict[int, int]) -> int | None:
    """The speaker of the turn whose colon is at colon_at, in the paragraph that opens at colon:
    the name right before the colon, opening the paragraph or after a title chain (县创文办主任
    某某：…), or the name before the post in brackets (某某（县文明办副主任）：…)."""
    end = colon_at
    if text[end - 1 : end] in "）)":
        # 某某（县文明办副主任）：: the post in brackets after the name
        op = max(text.rfind("（", colon, end), text.rfind("(", colon, end))
        if op <= colon:
            return None
        end = op
    p = pend.get(end)
    if p is None or p < colon:
        return None
    if p == colon or _TURN_TITLE.match(text, colon, p) is not None:
        return p
    return None


# what a signature line may hold before its name: a title chain, not a byline's 记者 / 编辑
_SIGNER_TITLE = re.compile(r"[^，。；：:！？\n“”]{0,40}?[ \u3000]*$")
_BYLINE_WORDS = re.compile(r"记者|通讯员|编辑|摄|供稿|整理|来源")


def _signer(text: str, colon: int, pe: int, pend: dict[int, int]) -> int | None:
    """The name that ends the line ——…某某 (text[colon:pe]), after a title chain: the person who
    signs the paragraphs before it; None for a byline or any other line."""
    end = pe
    while end > colon and text[end - 1] in " \u3000":
        end -= 1
    p = pend.get(end)
    if p is None or p < colon + 2:
        return None
    if _BYLINE_WORDS.search(text, colon, p) or _SIGNER_TITLE.fullmatch(text, colon + 2, p) is None:
        return None
    return p


_Para = tuple[bool, int, int, bool, tuple[int, int] | None, tuple[int, ...]]
_NO_PARA: _Para = (True, 0, -1, False, None, ())
# the least of a paragraph before its boilerplate that is kept as the article's (a sentence or
# more; a short line before it is the page's own: 来源：某某网。转载请注明出处)
_BOILERPLATE_KEEP = 40


# a line of a page's list of other stories (a sidebar, a list of links): short, no sentence in it
# (no 。；, at most a final ！？ of an exclamatory headline), no colon or comma that opens what
# follows at its end, no list number or item that heads a point of a speech (一、… / 一要… / 1、…)
_HEADLINE_LINE_MAX = 40
_HEADLINE_LINE_NOT = re.compile(r"[。；;]|[！!？?](?!$)|[：:，,、—]$")
_HEADLINE_LINE_ITEM = re.compile(
    r"[●■◆▲★◎○□•✍☞➤▶◇☆✔]|[一二三四五六七八九十]+[、．.是要]|第[一二三四五六七八九十]|（|\(|\d+[、．.]"
)
_HEADLINE_RUN = 3  # the line and two more such lines next to it make a list
_HEADLINE_BLANKS = 1  # blank lines a list may hold between two of its lines


def _headline_line(text: str, ls: int, le: int) -> bool:
    """Whether the line text[ls:le] reads as a line of a list of headlines (see above)."""
    while ls < le and text[ls] in " \u3000\t":
        ls += 1
    while le > ls and text[le - 1] in " \u3000\t":
        le -= 1
    if not 4 <= le - ls <= _HEADLINE_LINE_MAX:
        return False
    line = text[ls:le]
    return _HEADLINE_LINE_NOT.search(line) is None and _HEADLINE_LINE_ITEM.match(line) is None


def _in_headline_list(text: str, ps: int, pe: int) -> bool:
    """Whether the line text[ps:pe] is one of a run of _HEADLINE_RUN lines or more that read as
    headlines (《某剧》今晚收官 某某友情坚不可摧 in a sidebar of the page's other stories: a headline of
    another story lays down nothing here). The text's first line is its own headline (某某：全力打好
    …攻坚战, a named speaker's imperative), never taken for one of a list."""
    if not text[:ps].strip() or not _headline_line(text, ps, pe):
        return False
    found = 1
    for step in (-1, 1):
        at, blanks = (ps, pe), 0
        while found < _HEADLINE_RUN:
            if step < 0:
                if at[0] == 0:
                    break
                ls = text.rfind("\n", 0, at[0] - 1) + 1
                at = (ls, at[0] - 1)
            else:
                if at[1] >= len(text):
                    break
                le = text.find("\n", at[1] + 1)
                at = (at[1] + 1, len(text) if le < 0 else le)
            if not text[at[0] : at[1]].strip():
                blanks += 1
                if blanks > _HEADLINE_BLANKS:
                    break
                continue
            blanks = 0
            if not _headline_line(text, at[0], at[1]):
                break
            found += 1
    return found >= _HEADLINE_RUN


def _paragraph(text: str, para: str, ps: int, pe: int) -> _Para:
    if (bm := _BOILERPLATE.search(para)) is not None:
        # 原文链接：… / 转载请注明… at the end of a page flattened to one line: the article's
        # sentences before the boilerplate's own sentence stay (…各乡镇要全面抢收。 原文链接：http…);
        # a paragraph that opens with it is all boilerplate (dirs43)
        cut = max(para.rfind(c, 0, bm.start()) for c in _SENT_END) + 1
        if cut < _BOILERPLATE_KEEP:
            return _NO_PARA
        para, pe = para[:cut], ps + cut
    if (
        not para.strip()
        # a caption opens with 图 or ends with its credit: only then the regex
        # (a paragraph with neither character, most of them, slices none of its ends)
        or (
            ("图" in para or "摄" in para)
            and ("图" in para[:6] or "摄" in para[-6:] or "供图" in para[-6:])
            and _CAPTION.match(para)
        )
    ):
        # 转载请注明：URL, 责任编辑, a share tail, a photo caption: never a requirement
        return _NO_PARA
    # (a long paragraph or one with a full stop, most of them, looks at no other line)
    if len(para) <= _HEADLINE_LINE_MAX + 8 and "。" not in para and _in_headline_list(text, ps, pe):
        # a line of a list of the page's other stories: their headlines ask nothing here
        return _NO_PARA
    colon = ps + len(para) - len(para.lstrip(" \u3000"))
    # (县创文办主任某某：… / 某某（县文明办副主任）：…: a title chain before the name, or the post
    # in brackets after it, puts the turn's colon further in)
    colon_at = (
        text.find("：", colon, colon + _TURN_REACH) if "：" in para[: _TURN_REACH + 2] else -1
    )
    unnamed_turn = _UNNAMED_TURN.match(text, ps, pe) is not None
    # an imperative heading of a speech: 一、围绕项项达标，扎实开展问题整改。
    hm = _LIST_NUMBER.match(text, ps, pe)
    if hm and pe - hm.end() <= 40:
        body_end = pe
        while body_end > hm.end() and text[body_end - 1] in _SENT_END + "；; \u3000":
            body_end -= 1
        body = text[hm.end() : body_end]
        if (
            body
            and not _ASSERTION.search(body)
            # 二、整改要求 / 一、存在问题: a heading that names a topic is not imperative
            and not body.endswith(_NOMINAL_HEADS)
            and any(v in body for v in _HEADING_VERBS)
            and "。" not in body
        ):
            return (False, colon, colon_at, unnamed_turn, (hm.end(), body_end), ())
    if "？" in para or "?" in para:
        ends = [
            m.start()
            for m in _SENT_END_CHARS.finditer(text, ps, pe)
            if m.group() in "。！!" or not _damaged_question(text, m.start())
        ]
    elif "！" in para or "!" in para:
        ends = [m.start() for m in _SENT_END_CHARS.finditer(text, ps, pe)]
    else:
        # (most paragraphs: only 。 of _SENT_END stands in it, found by str.find, not by a match
        # object at each)
        ends = []
        i = text.find("。", ps, pe)
        while i >= 0:
            ends.append(i)
            i = text.find("。", i + 1, pe)
    if ">" in para:
        # a paragraph tag a mirror left in its text (…共建共享、/p> 会议由…) ends the sentence
        # as the 。 it stands for would: the sentence ends at its >
        ends = sorted(set(ends) | {m.end() - 1 for m in _HTML_BREAK.finditer(text, ps, pe)})
    if "." in para:
        # a mirror that folded 。 to ASCII (…要压实责任.会议要求，…): a . between Chinese
        # characters ends the sentence as the 。 would (not inside quotes: “美丽.和谐”)
        ends = sorted(set(ends) | set(_folded_stops(text, ps, pe)))
    if "  " in para:
        # a copy that lost its 。 to spaces (…某某某某  就做好…，某某指出：): two spaces
        # or more between Chinese characters end the sentence as the 。 would
        ends = sorted(set(ends) | {m.start() for m in _SPACED_STOP.finditer(text, ps, pe)})
    ends.append(pe)
    return (False, colon, colon_at, unnamed_turn, None, tuple(ends))


_SPACED_STOP = re.compile(r"(?<=[\u4e00-\u9fff”）)])[ \u3000]{2,}(?=[\u4e00-\u9fff“（(])")


def find_directives(
    text: str,
    persons: list[tuple[int, int]],
    *,
    units: UnitMemo | None = None,
    sentences: SentenceMemo | None = None,
    speakers: bool = True,
) -> list[Directive]:
    """Directives of text; `persons` are the PERSON spans (start, end), sorted. Who issued each
    is read by a Discourse (attribution.py) that the sentences' frames update. `units`, when
    given, keeps what each unit of the text read as (filled on a first call, reused by a later
    call on the same text). `sentences`, when given, keeps what each sentence read as on a
    first call and replays it on a later call on the same text where it can (SentenceMemo).
    `speakers` False: the speakers are not settled at the end (their co-speakers and the name
    as last written), for a caller that draws no ISSUED_BY (every issued_by rule off; speed25):
    the directives are the same, each speaker is left as the frame read it."""
    r = rules()
    # (会议强调——⏎要…: the dash after a speech verb read as its colon; the same offsets)
    text = dash_as_colon(text)
    pstarts = [p[0] for p in persons]
    pend = {e: s for s, e in persons}  # a frame's name is the PERSON ending right before the verb
    by_start = sorted((s, e) for e, s in pend.items())
    out: list[Directive] = []
    recording = sentences is not None and sentences.persons is None
    replay: dict[int, list] | None = None  # type: ignore[type-arg]
    changed: list[int] = []  # where a PERSON span of one reading is not one of the other's
    if sentences is not None and recording:
        sentences.persons, sentences.by_start = list(persons), by_start
    elif sentences is not None and sentences.persons is not None:
        replay = sentences.read
        old_by = sentences.by_start or []
        changed = sorted(
            {p for p, _ in set(persons).symmetric_difference(sentences.persons)}
            | {p for p, _ in set(by_start).symmetric_difference(old_by)}
        )
    para_read: list[int] = []

    def in_directive(p: int) -> bool:
        # a name inside a requirement already read (学习领会某某书记讲话精神) is what was said,
        # not who is speaking: 他/她 goes back past it to the speaker
        # (a loop, not a generator: it runs at each name a pronoun's speaker is looked for over)
        for d in out[-12:]:
            if d.start <= p < d.end:
                return True
        return False

    def last_person_before(pos: int, lo: int = 0) -> int | None:
        k = bisect.bisect_left(pstarts, pos) - 1
        while k >= 0 and pstarts[k] >= lo:
            p = pstarts[k]
            if not in_directive(p):
                return p
            k -= 1
        return None

    ds = Discourse(text, persons)
    # where the paragraphs a signature line (——某某) may sign start: their first directive, their
    # first character, and how many times a frame had moved the speaker there
    signed_from, signed_at, signed_moved = 0, 0, 0
    greeting = sentences.greeting if sentences is not None else -1
    if greeting == -1:
        gm = _GREETING.search(text, 0, 1500)
        # (the greeting itself, where a copy ran the byline into its line: group 1)
        greeting = (gm.start(1) if gm.group(1) else gm.start()) if gm is not None else None
        if sentences is not None:
            sentences.greeting = greeting
    first = _transcript_speaker(text, persons, greeting)
    if first is not None:
        ds.named(first, ISSUED_TRANSCRIPT)
    speech_from = greeting if greeting is not None else len(text) + 1
    # the paragraphs' readings of the first reading (a second one takes them from it)
    paras = sentences.paragraphs if sentences is not None else None
    firsts = sentences.first_items if sentences is not None else None
    para_start = 0
    # a list of requirements is open (会上，某某提出几点意见。一是…。二是…): its items are
    # requirements without a marker of their own, until a sentence that is neither item nor one
    listing = False
    prev_directive = False
    # the paragraph before was a named frame on a line of its own (某某强调：): a short imperative
    # sentence opening this one heads the speech's first point
    framed_line = False
    # the paragraph before was a named speaker's point heading alone on its line (要坚定信心、凝聚
    # 合力。): the body paragraph after it goes on with that point, its imperative sentences read
    # as the heading's continuation
    headed = False
    # a written instruction quoted in the run (…，某某书记作出批示：“…。”): where its quote opens,
    # who gave it, and the speaker and rule to go back to when it closes (_instruction_quote)
    instructed: tuple[int, int, int | None, str] | None = None
    for para in text.split("\n"):
        ps, pe = para_start, para_start + len(para)
        para_start = pe + 1
        para_read.clear()
        # (a blank line between the heading and its body keeps it)
        after_heading, headed = headed, headed and not para.strip()
        # (a copy that runs the byline and the greeting into the speech's first paragraph: the
        # speech from that paragraph on; attrib49)
        if pe >= speech_from and not ds.transcript:
            ds.enter_speech(first)
        pr = paras.get(ps) if paras is not None else None
        if pr is None:
            pr = _paragraph(text, para, ps, pe)
            if paras is not None:
                paras[ps] = pr
        skip, colon, colon_at, unnamed_turn, heading, ends = pr
        if skip:
            continue
        # …交上一份合格的答卷。(line) ——某市委宣传部副部长、文明办主任 某某: a line that signs the
        # paragraphs before it (where no frame was read) gives them to its name; those after it
        # are not that person's
        if text.startswith("——", colon) and pe - ps <= _LINE_FRAME_MAX:
            who = _signer(text, colon, pe, pend)
            if who is not None:
                if ds.moved == signed_moved:
                    for d in out[signed_from:]:
                        if d.speaker is None:
                            d.speaker, d.speaker_rule = who, ISSUED_FRAME
                    if recording and sentences is not None:
                        # their directives changed after they were read: no replay
                        for k in [k for k in sentences.read if signed_at <= k < ps]:
                            sentences.read.pop(k, None)
                ds.unnamed()
                signed_from, signed_at, signed_moved = len(out), pe + 1, ds.moved
                continue
        # 某某书记指出—— on a line of its own: the paragraphs after it are that person's
        k = bisect.bisect_left(by_start, (ps, -1)) if pe - ps <= _LINE_FRAME_MAX else len(by_start)
        if k < len(by_start) and by_start[k][0] < ps + 24:
            lm = _LINE_FRAME.match(text, by_start[k][1], pe)
            if lm is not None:
                ds.named(by_start[k][0], ISSUED_FRAME)
                framed_line = True
                continue
        # a turn of an interview: 某某：… speaks; 记者：… ends the previous attribution
        turn = _turn_speaker(text, colon, colon_at, pend) if colon_at >= 0 else None
        if turn is not None:
            ds.named(turn, ISSUED_TURN)
            if pe - colon_at <= _TURN_LINE_MAX and heading is None:
                tl = _turn_imperative(text, colon_at + 1, pe)
                if tl is not None:
                    # 某某：全力打好文明城市创建攻坚战 (a headline, or a turn of one sentence): the
                    # speaker's imperative with no marker
                    out.append(Directive(tl[0], tl[1], 0.6, turn, TURN_IMPERATIVE, ISSUED_TURN))
                    continue
        elif unnamed_turn:
            ds.unnamed()
        if heading is not None:
            out.append(
                Directive(heading[0], heading[1], 0.7, ds.speaker, "directive.heading", ds.rule)
            )
            continue
        # 某某指出，…各部门要…。(paragraph) 一是压实责任。…: a paragraph that opens with the first
        # item right after a paragraph that ended in a requirement opens the list of what it asks
        if prev_directive:
            opens = firsts.get(ps) if firsts is not None else None
            if opens is None:
                opens = _FIRST_ITEM.match(text, ps) is not None
                if firsts is not None:
                    firsts[ps] = opens
            # (某某强调：一要…。要清醒看到…。(paragraph) 二是突出重点、精准施策，以…。: in a
            # named speaker's speech a later item of the list resumes it as well; not in a
            # report of a place's own measures, nobody named speaking)
            if opens or (ds.speaker is not None and _LATER_ITEM.match(text, ps) is not None):
                listing = True
        # (…要…。(paragraph) 锚定重点，深入做好…。要…: after a paragraph that ended in a
        # requirement of the speech, a heading may open the next point as well)
        # (…，某某强调：(paragraph): a frame that ended the paragraph before with its colon)
        # (…，并对下一步工作进行了部署。(paragraph): a list announced, its points to come)
        heads = (
            framed_line
            or prev_directive
            or listing
            or text.endswith(("：", ":"), 0, max(0, ps - 1))
        )
        framed_line = False
        prev_directive = after_heading
        n_para = len(out)
        quote_from: int | None = None  # the first directive of a quote opened in this paragraph
        # (a quote opens only at a “ inside the paragraph: most paragraphs hold none)
        quoted = "“" in para
        sstart = ps
        for n_end, i in enumerate(ends):
            se = i
            # ”某某说，…: the quote closed with the previous sentence
            opened = sstart
            while sstart < se and text[sstart] in " \u3000\t”":
                sstart += 1
            if (
                instructed is not None
                and sstart < se
                and text.find("”", instructed[0], sstart) >= 0
            ):
                # ”要全面贯彻落实省领导批示，…: the quoted instruction closed; what follows is the
                # run's speaker's again, not the instruction's writer's (a next paragraph that
                # opens another quote goes on with the writer's words)
                if text[sstart : sstart + 1] == "“":
                    instructed = (sstart, *instructed[1:])
                else:
                    if ds.speaker == instructed[1]:
                        ds.named(instructed[2], instructed[3])
                    instructed = None
            if quote_from is not None and "”" in text[opened:sstart]:
                # “各部门要…。”县委书记某某说。: the speaker is named after the quote
                am = _AFTER_QUOTE.match(text, sstart, se)
                who = None
                if am is not None:
                    # (the name before whom it was told, else right before the verb: 县长向某某说)
                    who = pend.get(am.start(1)) if am.group(1) is not None else None
                    who = who if who is not None else pend.get(am.start(2))
                    if who is None and (sm := _AFTER_QUOTE_SCENE.search(text, sstart, am.start(2))):
                        # ”…部长某某，在…推进会上指出。: where it was said, between the name
                        # and the verb (speak32)
                        who = pend.get(sm.start())
                if who is not None and who >= sstart:
                    for d in out[quote_from:]:
                        d.speaker, d.speaker_rule = who, ISSUED_FRAME
                    if recording and sentences is not None:
                        # their directives changed after they were read: no replay
                        for k in para_read:
                            sentences.read.pop(k, None)
                    ds.named(who, ISSUED_FRAME)
                    j = am.end() if am is not None else sstart
                    if text[j - 1] == "“" or (text[j - 1] in "，,：:" and text[j : j + 1] == "“"):
                        # ”某某介绍说，“眼下，我们需要…: the frame opens the next quote; its
                        # speech starts at the mark
                        sstart = j - 1 if text[j - 1] == "“" else j
                quote_from = None
            if quoted and (
                text[sstart : sstart + 1] == "“"
                or (
                    (q := text.find("“", sstart, se)) > sstart
                    and _byline_quote(text, sstart, q)
                    and "”" not in text[q:se]
                )
            ):
                # (本网讯（记者 某某）“目前，…: the quote opened after a byline; speak32)
                quote_from = len(out)
            if se > sstart:
                rec = None
                head = heads and sstart == colon and n_end + 1 < len(ends)
                before = (ds.speaker, ds.rule)
                if ds.rule == ISSUED_ANNOUNCED_SOLE:
                    ds.other_speaks(sstart, se)
                if sentences is not None:
                    # (what the sentence reads depends on the first four; the speaker only
                    # passes through a sentence that sets none)
                    entry = (se, prev_directive, listing, head, ds.speaker, ds.rule)
                    rec = replay.get(sstart) if replay is not None else None
                    n0, asked, was_at, moved = len(out), ds.asked, ds._unnamed_at, ds.moved
                if rec is not None:
                    k = bisect.bisect_left(changed, sstart)
                    if (k < len(changed) and changed[k] <= se) or (
                        rec[0] != entry and not (rec[4] and rec[0][:4] == entry[:4])
                    ):
                        # a PERSON span in it (or at its end) is not the same, or it was read
                        # from another state and not one it passed through: read again
                        rec = None
                if rec is not None:
                    if rec[4]:
                        # it set no speaker: its directives are the speaker's it is entered
                        # with now, who stays the speaker after it (nothing else in a sentence
                        # reads the speaker: a frame sets it, a directive takes it)
                        sp, sp_rule = ds.speaker, ds.rule
                        for a, b, conf, rid, _sp, _rule in rec[1]:
                            out.append(Directive(a, b, conf, sp, rid, sp_rule))
                    else:
                        for a, b, conf, rid, sp, sp_rule in rec[1]:
                            out.append(Directive(a, b, conf, sp, rid, sp_rule))
                        ds.speaker, ds.rule, unnamed_at, ds.resume = rec[2]
                        if unnamed_at is not None:
                            ds._unnamed_at = unnamed_at
                    prev_directive, listing = rec[3]
                    if quoted and ds.speaker is not None and ds.speaker != before[0]:
                        instructed = _instruction_quote(text, sstart, se, ds.speaker, before)
                    ds.next_sentence()
                    sstart = i + 1
                    continue
                prev_directive, listing = _sentence(
                    text,
                    sstart,
                    se,
                    r,
                    ds,
                    pend,
                    last_person_before,
                    in_directive,
                    out,
                    prev_directive,
                    by_start,
                    memo=units,
                    listing=listing,
                )
                if (
                    head
                    and not prev_directive
                    and (hd := _speech_heading(text, sstart, se, ends[n_end + 1])) is not None
                ):
                    out.append(Directive(sstart, hd, 0.6, ds.speaker, "directive.heading", ds.rule))
                    prev_directive = True
                if recording and sentences is not None and ds.asked == asked:
                    at = ds._unnamed_at if ds._unnamed_at != was_at else None
                    after = (ds.speaker, ds.rule, at, ds.resume)
                    sentences.read[sstart] = [
                        entry,
                        (n0, len(out)),
                        after,
                        (prev_directive, listing),
                        ds.moved == moved,  # it set no speaker: replayable over another
                    ]
                    para_read.append(sstart)
                if quoted and ds.speaker is not None and ds.speaker != before[0]:
                    instructed = _instruction_quote(text, sstart, se, ds.speaker, before)
                ds.next_sentence()
            sstart = i + 1
        headed = len(out) == n_para + 1 and _point_heading_line(text, ps, pe, out[-1])
    if recording and sentences is not None:
        # the directives' values as the sentences left them (before the tails below)
        for rec in sentences.read.values():
            n0, n1 = rec[1]
            rec[1] = tuple(
                [(d.start, d.end, d.conf, d.rule, d.speaker, d.speaker_rule) for d in out[n0:n1]]
            )
    if not speakers:
        return out
    # 甲、乙要求，…: the names written with the frame's own name before its verb speak with it
    person_end = dict(persons)
    co = {
        sp: _co_speakers(text, pend, person_end, sp)
        for sp in {d.speaker for d in out if d.speaker is not None}
    }
    # 某某要求，…；…；在…后，某某…并强调，…: a frame glued later in the sentence names the
    # speaker of what follows it; what comes before it is the opening frame's, the same name as
    # written before the directive in its paragraph (both golds of dev43; attrib42)
    for d in out:
        if d.speaker is not None and d.speaker >= d.end and d.speaker_rule == ISSUED_INNER:
            written = text[d.speaker : person_end[d.speaker]]
            para_start = text.rfind("\n", 0, d.start)
            k = bisect.bisect_left(persons, (d.start, -1)) - 1
            while k >= 0 and persons[k][0] > para_start:
                if text[persons[k][0] : persons[k][1]] == written:
                    d.speaker = persons[k][0]
                    break
                k -= 1
    # the tail is the speaker's name as last written before each directive
    tails = last_mentions(text, persons, [(d.start, d.speaker) for d in out])
    for d, t in zip(out, tails, strict=True):
        c = co.get(d.speaker) if d.speaker is not None else None
        if d.speaker is not None and d.speaker_rule == ISSUED_PLURAL:
            # (他们强调，: the pair the pronoun names, whatever their clause says they did)
            c = _co_speakers(text, pend, person_end, d.speaker, any_act=True)
        # (…。他指出，: a pronoun names one of them, not both)
        if c and d.speaker_rule != ISSUED_PRONOUN:
            d.co_speakers = tuple(
                p for p in last_mentions(text, persons, [(d.start, q) for q in c]) if p is not None
            )
        d.speaker = t
    return out


# 某某书记作出批示：“… / 某某批示指出：“… / 某某省长作出重要指示：“…: a written instruction quoted
# after its writer's name
_INSTRUCTION_QUOTE = re.compile(r"(?:批示|指示|批复)[^，。；：:“”\n]{0,4}?[：:]“")


def _instruction_quote(
    text: str, s: int, e: int, speaker: int, before: tuple[int | None, str]
) -> tuple[int, int, int | None, str] | None:
    """The sentence text[s:e] names `speaker` by the frame of a written instruction it quotes
    (…，某某书记作出批示：“今年要早做工作。), the quote still open at its end: (the quote's mark,
    the writer, the speaker and rule before the sentence). The instruction's words are the
    writer's up to its closing mark; the run it is quoted in goes on after it (fix48b: the
    writer carried over every later requirement of another speaker's list). None otherwise."""
    m = _INSTRUCTION_QUOTE.search(text, max(s, speaker), e)
    if m is None or text.find("”", m.end(), e) >= 0:
        return None
    return m.end() - 1, speaker, before[0], before[1]


def _co_speakers(
    text: str, pend: dict[int, int], ends: dict[int, int], sp: int, any_act: bool = False
) -> tuple[int, ...]:
    """The PERSON starts written right before the speaker's name at sp, joined to it by 、
    (a post between), when the frame's verb follows that name: 甲、乙要求，. None otherwise.
    `any_act`: whatever follows the name (甲和乙，带队检查…。他们强调，: a plural pronoun's pair)."""
    e = ends.get(sp)
    if e is None or (
        not any_act
        and _CO_FRAME.match(text, e) is None
        and _CO_VISIT.match(text, e) is None
        and _CO_SEVERAL_ACTS.match(text, e) is None
        and not _co_acts(text, pend, e)
    ):
        return ()
    out: list[int] = []
    p = sp
    while p > 0:
        # the name before ends right before the 、 that (with the post after it) leads to p
        # (甲和乙强调，: 和 / 与 join the pair as well; speak32)
        lo = max(0, p - 18)
        k = max(text.rfind("、", lo, p), text.rfind("和", lo, p), text.rfind("与", lo, p))
        if k < 0 or (g := _CO_GAP.match(text, k)) is None or g.end() != p or k not in pend:
            k = max(text.rfind("，", max(0, p - 22), p), text.rfind(",", max(0, p - 22), p))
            if (
                k < 0
                or _CO_COMMA_GAP.fullmatch(text, k, p) is None
                or (q := pend.get(k)) is None
                # (the name before the comma has a post of its own before it)
                or _CO_POST_END.search(text, max(0, q - 6), q) is None
            ):
                break
        q = pend.get(k)
        # (…人大主席团主席、区长乙指出: a post read as a name is no speaker)
        if q is None or _CO_POST_END.search(text, q, k) is not None:
            break
        out.append(q)
        p = q
    return tuple(reversed(out))


def _co_acts(text: str, pend: dict[int, int], e: int) -> bool:
    """Does the clause of the name ending at e run, with acts of its own and no other name, to
    the frame's verb glued after a comma (甲、乙对…给予充分肯定，希望…)?"""
    m = _CO_ACTS.match(text, e)
    return (
        m is not None
        and _CO_ATTENDS.search(text, e, m.end()) is None
        # (a name's end in between: another subject or an object of the acts)
        and not any(i in pend for i in range(e + 2, m.end()))
    )


_HEADING_MAX = 24  # a heading without a number is short
_HEADING_LEAD_MAX = 8  # 迎难而上， / 锚定重点，: its first clause, an idiom or a verb and object


def _speech_heading(text: str, s: int, e: int, next_end: int) -> int | None:
    """The end of an imperative heading without a number (迎难而上，全力打好…战。) that the
    sentence text[s:e] is, opening a paragraph of a speech, when the sentence after it (to
    next_end) lays down a requirement with its marker; None otherwise."""
    while e > s and text[e - 1] in "。！!；; \u3000":
        e -= 1
    if not 6 <= e - s <= _HEADING_MAX or _MARKER.search(text, s, e) is not None:
        return None
    if _ASSERTION.search(text, s, e) or "我" in text[s:e]:
        return None
    clauses = _clauses(text, s, e)
    if len(clauses) > 2 or (
        len(clauses) == 2 and clauses[0][1] - clauses[0][0] > _HEADING_LEAD_MAX
    ):
        return None
    last = clauses[-1][0]
    if not text.startswith(_CONTINUES + _WIDE_CONTINUES, last):
        return None
    # what follows says how: a requirement with its marker, or an imperative (充分认识…，强化…)
    n = e + 1
    while n < next_end and text[n] in "。！!；; \u3000":
        n += 1
    if not text.startswith(_CONTINUES + _WIDE_CONTINUES, n) and not any(
        _requirement_marker(text, a, b) for a, b in _clauses(text, n, next_end)
    ):
        return None
    return e


def _transcript_speaker(
    text: str, persons: list[tuple[int, int]], greeting: int | None
) -> int | None:
    """The speaker of a speech transcript, named before its greeting (同志们：): on a byline of
    their own (县委书记　某某) or as the one who 讲话 in a lead paragraph. None when the speech
    does not name its speaker. `greeting`: where the greeting starts (None: no greeting)."""
    if greeting is None:
        return None
    pos = greeting
    best = None
    for s, e in persons:
        if s >= pos:
            break
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        # (某某 同志们：…: a byline run into the greeting's line ends where the greeting starts)
        line_end = min(len(text) if line_end < 0 else line_end, pos)
        after = text[e:line_end].strip(" \u3000")
        before = text[line_start:s]
        # 县委书记　某某 / 某某 on a line of its own: the byline of the speech
        # (县委书记某某 with no space: a title chain alone before the name; speak27)
        byline = not after and (
            not before.strip(" \u3000")
            or before.endswith((" ", "\u3000"))
            or _TITLE_CHAIN_BEFORE.fullmatch(before.strip(" \u3000")) is not None
        )
        if byline or "讲话" in text[e : e + 16]:
            best = s
    return best


_BOILERPLATE = re.compile(
    r"https?://|www\.|转载|本文(?:网址|链接|地址)|原文链接|责任编辑|版权(?:所有|声明)|我要分享"
    r"|扫一扫|分享到"
    # a document mirror's paywall: 预览阅读已结束 / 请点击…联系老师 / 联系客服
    r"|请点击|点击下载|预览阅读|联系客服|联系老师"
    # the page's comment form: 请输入验证码 / 登录后才可以评论
    r"|验证码|登录后|请先登录"
    # a document mirror's notices: 下载文档前请自行甄别… / 不可在线预览…可反馈申请退款
    r"|下载文档|在线预览|申请退款|侵犯您的权益"
    # a truncated page and an old browser: 请点此查看更多… / 您当前使用的浏览器版本过低
    r"|请点此|不能全部显示|浏览器"
    # (未完，全文共5210字，当前仅显示1800字，请阅读…: a mirror's note on what it cut)
    r"|全文共\d+字|仅显示\d+字"
    # a site's footer: 违法及侵权请联系：TEL:… / 不良信息举报电话：… (a requirement may name a
    # 投诉举报电话 or a mailbox: those stay)
    r"|侵权请联系|不良信息举报"
    # (如有侵权，请联系删除 / 请联系本站删除: the site's notice on its copies)
    r"|如有侵权|请联系[^，。；\n]{0,4}删除"
    # a page's comment form and its rules: 请在这里发表您的看法、交流您的观点 / 我要留言 /
    # 所有评论需要人工审核后才能显示，请勿发布垃圾资讯 (a requirement may ask to 及时回复群众留言:
    # the form's own words only)
    r"|发表您的|您的观点|我要留言|暂时没有留言|人工审核|人工稽核|请勿发布|垃圾资讯"
    # (请遵守互联网相关规定，不要发布广告和违法内容: a mirror's comment box under 本文地址：URL;
    # f51. Not 违法内容 alone: a requirement may ask to 清理网上违法内容)
    r"|请遵守互联网相关|不要发布广告"
    # a site's notices on its copies and a teaser: 以上文章内容仅代表作者本人观点 / 如有关于作品内容、
    # 版权或其它问题请… / 任何人不得非法使用本网自有版权作品 / 更多精彩内容请关注
    r"|仅代表作者|版权或其[它他]问题|自有版权|更多精彩内容"
    # the site's notice on what it copied and what it forbids: 部分文字、图片来自网络，如涉及侵权，请…
    # / 如果发现本站有涉嫌抄袭的内容…，一经查实，本站将立刻删除侵权内容 / 未经本站允许，请勿将本站
    # 内容传播 (attrib48: three such lines in 1,000 real pages were suggested as requirements; a
    # requirement may fight 侵权假冒, so the site's own words only)
    r"|涉及侵权|涉嫌侵权|侵权内容|版权图片|未经(?:过)?本[站网]|本站(?:内容|将|有)"
    r"|(?:文字|图片|内容|素材)(?:均)?来[自源](?:于)?(?:网络|互联网)"
)
# a page's links to its neighbours glued to the last sentence of a flattened page (…收录于话题#个
# 上一篇下一篇): that sentence only, the paragraph holds the article's own sentences
_PAGE_LINKS = re.compile(r"上一篇|下一篇")
# a photo caption (图为某某要求各部门要… / 会议现场（某某 摄）): describes a picture, lays down nothing
_CAPTION = re.compile(
    r"[ \u3000（(]*(?:图为|图片为|图片：|图：|图:|上图|下图|左图|右图)"
    r"|[^\n]{0,60}(?:摄|供图|摄影)[）)]?[ \u3000]*$"
)
# 他还要求， / 她进一步指出： / 会议同时强调，: an adverb may stand between speaker and verb
# 某某在会议上传达了…精神。要求全体人员…: a 要求 with no subject, its addressee after it
_ZERO_SUBJECT = re.compile(
    # (…进行最后督查。并要求社区做好…: any addressee a bare 要求 takes)
    # (随后要求社区工作人员…共同合作，…: what the speaker went on to require)
    # (特别要求要做好…: the marker right after the verb)
    # (其次，要求对标对表开展…: the speaker's next point, an imperative verb right after)
    # (某某肯定了…。下一步要求某县要…: the next step the speaker asks for; audit45)
    r"(?:(?:同时|并|还|另外|此外|随后|接着|特别|下一步|下步)?[，,]?|[其再然最][次后][，,])要求(?="
    + r"要(?!求|点|素|害|闻|件|是|么|员|道|地)|"
    + "|".join(_REQUIRED_OPENERS)
    + "|"
    + _ORG_ADDRESSEE_PAT
    # (…开展座谈交流。要求某某、某某两级党组织充分发挥…: an addressee known by its head, then an
    # imperative verb; attrib47)
    + "|"
    + _KIND_ADDRESSEE_PAT
    # 某某到东岭镇调研。要求东岭镇要…: a place named as the addressee, its marker right after it
    + r"|[^，。；：\n]{1,8}?(?:省|市|县|区|镇|乡|村|街道|社区)(?:要|务必|必须|一定要)"
    # 调研组走访了…。要求一是…: the points of a bare 要求 follow it (with or without a colon)
    + r"|[：:]?(?:一是|第一[，,、：:]|（一）)"
    + ")"
    # (the ordinal written as classes: the frame gate reads 要求 as the word the branch needs)
    + r"|[其再然最][次后][，,]要求"
    + _REQUIRED_VERB
    # …就存在的问题进行了研判。要求严格按照测评体系，…: a bare 要求 opening the sentence with an
    # imperative verb right after it (not 要求严格，/ 要求明确、: the requirements described)
    + r"|要求"
    + _REQUIRED_VERB
    + r"(?![^，,、。；;：:\n]{0,4}[，,、。；;：:\n])"
    # (…等情况。同时，要求水库负责人密切关注… / 并要求物业公司立即…: after a connective the verb
    # is no noun; what it governs is read as after a named speaker's 要求; dir50)
    + r"|(?:同时|并|还|另外|此外|随后|接着|特别)[，,]?要求"
    + _REQUIRED_NEXT
    # 某某主持召开…会议。强调，要…: the bare verb and its comma open the sentence, the speaker
    # is the one named in the sentence before
    # (随后强调， / 最后要求，: the connectives r.frame would read as a name; speak31)
    + r"|(?:同时|并|还|另外|此外|会上|会议上|随后|接着|最后|然后|其次)?[，,]?"
    + r"(?:强调|指出|要求)[，,：:]"
    # (…做了动员讲话。强调进社区干部要… / 强调要…: the verb glued to the clause of the marker,
    # no comma; the span opens after it)
    + r"|(?:同时|并|还|随后|接着|最后)?(?:强调|指出)"
    + r"(?=[^，,。；;：:\n]{0,14}?(?:要(?![求点素件闻])|必须|务必|一定要))"
    # 某某肯定了…。对某项工作提出了几点要求：一是… / 同时提出几点要求：: the announcement
    # of the points, its subject left out (speak31)
    + r"|(?:同时|并|还|随后|最后|接着)?(?:(?:对|就|围绕|针对)[^，。；：\n]{1,20}?)?"
    # (…进行了深入分析。明确五点要求：一是…: the points made plain, as put forward; attrib47)
    + r"(?:提出|作出|做出|明确)了?[^，。；：\n]{0,6}?(?:要求|意见)(?:[：:]|[，,](?=一是|第一[，,、]|（一）|一要))"
    # (…存在的问题。并提出要求，一招商工作要…；二要…: a connective before the verb, no topic
    # between, says it goes on from the sentence before; what follows the comma is what is
    # asked, numbered or not; attrib46)
    + r"|(?:并|同时|还|随后|最后|接着)提出了?[^，。；：\n]{0,6}?要求[，,]"
    # 某某就…进行了安排。要求办公室务必将…: any addressee, its marker after it in the clause
    # (…查看秧苗长势。叮嘱县农技部门要… / 某某对…给予肯定。下一步要求某县要…: an injunction
    # as a bare 要求, and the next step it is for; attrib43)
    + r"|(?:同时|并|还|另外|此外|随后|接着|特别|下一步)?[，,]?(?:要求|叮嘱|嘱咐)"
    + _ANY_ADDRESSEE_NEXT
    # (…。要求乡镇、糖厂、部门各负其责…: a roll of addressees, as a name's 要求 reads it)
    + r"|(?:同时|并|还|另外|此外|随后|接着|特别)?[，,]?要求"
    + _ADDRESSEE_ROLL_PAT
    # 某某走进育苗大棚，询问…。叮嘱县农技部门要… / 。并嘱咐经营户，要…: an injunction, its subject
    # left out, as a bare 要求 (audit45: two pages of the wide set left it without a speaker)
    + r"|(?:同时|并|还|随后|接着|最后)?[，,]?(?:叮嘱|嘱咐)(?:"
    + _ANY_ADDRESSEE_NEXT
    + "|"
    + _INJUNCTION_COMMA_NEXT
    + ")"
)
# 某某对…给予了充分肯定，认为…。希望各乡镇要…: the hope, its subject left out, as _ZERO_SUBJECT
# reads a bare 要求; the span opens at 希望 (GUIDELINES: 希望 + addressee), so the match ends there
_ZERO_HOPE = re.compile(
    r"(?:(?:同时|并|还|另外|此外|最后)[，,]?)?(?=(?:"
    + _HOPE_ADDRESSEE_PAT
    + "|"
    + _HOPE_PLURAL_PAT
    + "|"
    + _HOPE_BODY.pattern
    + "))"
)
# (the characters a match opens with: a connective's or 希望's; written out, the lookahead hides
# them from scan.start_chars)
_ZERO_HOPE_START = frozenset("同并还另此最希")
# the connectives r.frame reads as a subject's name (同时要求，): no subject written
_NO_SUBJECT_WORDS = frozenset(("同时", "随后", "接着", "此外", "另外", "最后", "其次", "然后"))
# (…分析了当前形势和存在的问题。并提出要求，一要… / 同时提出要求，…: the verb of requesting and
# a connective where r.frame reads a three- or four-character name before 要求; no subject
# written, as with the connectives above; attrib46)
_NO_SUBJECT_REQUEST = re.compile(r"(?:并|还|又|同时|随后|接着|最后|另外|此外|其次|然后)?提出?了?")
# 在各县调研时，调研组走访了…。要求一是…: the sentence before a bare 要求 has a team or the meeting
# as its subject and names nobody: nobody named requires (the speaker before does not carry into it)
_TEAM_SUBJECT = re.compile(
    r"[^，。；：\n]{0,12}?(?:" + "|".join(map(re.escape, rule_words()["team_subjects"])) + ")"
)
_PREV_SENTENCE_REACH = 200


def _prev_sentence_start(text: str, s: int) -> int:
    """Start of the sentence before the one starting at s (its end mark is at s - 1 or before)."""
    lo = max(0, s - _PREV_SENTENCE_REACH)
    k = s - 2
    while k >= lo and text[k] not in "。！？!?\n":
        k -= 1
    return max(k + 1, lo)


# what opens a clause whose subject is left out, the one of the sentences before: a purpose, a
# topic, a means, or the visit's own acts (针对存在问题，… / 为做好…工作，… / 通过实地查看…，…)
_ELIDED_LEAD = re.compile(
    r"(?:为了?|针对|对于?|就|围绕|结合|根据|按照|通过|经过|在|听取|查看|察看|实地|深入|详细|认真"
    r"|全面|进一步|随后|同时|并|提出|作出|做出)"
)
_ELIDED_HOPS = 2  # sentences with the subject left out walked back over


def _elided_subject(text: str, s: int, fp: int) -> bool:
    """Does the sentence at s leave its subject out before the frame at fp (its first clause
    that does not set the scene opens with a purpose, a topic or an act, or there is none)?"""
    sc = _subject_clause(text, s, fp)
    return sc is None or _ELIDED_LEAD.match(text, sc[0]) is not None


def _elided_speaker_from(text: str, s: int, by_start: list[tuple[int, int]]) -> int | None:
    """The sentence at s leaves its subject out (…。针对存在问题，对下步工作提出四点要求：): where
    the sentences before it start that name its subject, walking back in the paragraph over
    those that leave it out too (某某深入某乡指导…。通过实地查看…，认真分析…。); None when a
    sentence with a subject of its own (会议…, 检查组…) or the paragraph's start comes first."""
    a = s
    for _ in range(_ELIDED_HOPS + 1):
        if a == 0 or text[a - 1] == "\n":
            return None
        prev = _prev_sentence_start(text, a)
        if _any_start_in(by_start, prev, a):
            return prev
        sc = _subject_clause(text, prev, a)
        if sc is None or _ELIDED_LEAD.match(text, sc[0]) is None:
            return None
        a = prev
    return None


_PRONOUN_FRAME = re.compile(
    # (同时他指出， / 随后她强调，: a connective before the pronoun, no comma between)
    r"(?:同时|随后|接着|此外|另外|最后|其次|然后)?"
    # (其强调， / 其在讲话中指出，: 其 for the person, as 他)
    # (他们在检查中强调，: the pair named last; attrib49)
    rf"(他们|她们|他|她|其|会议)(?:在[^，。]{{1,14}}?(?:时|中|上))?{FRAME_ADVERB}"
    # (他希望，某某公司充分利用…: the hope with its comma is the frame, what follows is what it
    # governs, as after 要求，; dir51)
    rf"(?:(强调指出|强调|指出|要求|表示|提出|说|认为|号召|勉励|寄语|叮嘱|嘱咐|希望)[，：:,]"
    # (他还叮嘱学校做好…: an injunction with its addressee and the act, as a name's frame reads
    # it; dirs42)
    rf"|(?:要求|叮嘱|嘱咐){_REQUIRED_NEXT}"
    # 他强调要把…放在首位 / 会议指出必须…: the verb glued to the marker, no comma; the span
    # opens at the marker
    # (他要求要严格…: 要求 glued to the marker as well)
    r"|(?:强调|指出|提出|要求)(?=要(?![求点素件闻])|必须|务必|一定要)"
    # 她要求我县要进一步…: the addressee before the marker, no comma after the verb
    # (他强调各级各部门要…: 强调 / 指出 the same way, the addressee and its marker after it)
    rf"|(?:要求|强调|指出){_ANY_ADDRESSEE_NEXT}"
    # 他希望我区进一步…: the hope is the marker, the pronoun its speaker (GUIDELINES: 希望 +
    # addressee); the span opens at 希望 (他请大家…: 请 and its addressee the same way)
    rf"|(?=希望|{_PLEASE_ADDRESSEE_PAT})"
    # (他叮嘱工作人员要… / 她勉励同学们要…: an injunction or an exhortation to the addressee, its
    # marker after it, as a name's frame reads it; speak27)
    rf"|(?:叮嘱|嘱咐|告诫|提醒|勉励|鼓励|号召|寄语){_ANY_ADDRESSEE_NEXT}"
    # (每到一处，他都叮嘱经营户，要…: the addressee and its comma, as a name's frame; audit45)
    rf"|(?:叮嘱|嘱咐|告诫|提醒){_INJUNCTION_COMMA_NEXT}"
    # (他就做好下一步工作提出三点要求： / 他从三个方面对…提出要求： / 他在讲话中对…提出要求，: the
    # request frame a name's sentence reads, its speaker the pronoun's; speak27)
    r"|(?:(?:从|根据|按照|结合)[^，。；\n]{1,16}?)?" + REQUEST_TAIL + ")"
)
# the frame of a quote that comes after it: ”县委书记某某说。 / ”某某介绍道，“…
_AFTER_QUOTE = re.compile(
    # ”日…召开的…会上，市委书记某某表示，: the lead before the name may hold commas
    # (”某某对记者说。 / ”某某在接受采访时表示。 / ”某某告诉记者。: whom the speaker told, or the
    # interview, between the name and the verb; group 1, the name ending before it; speak27)
    r"[^。；“”\n]{0,60}?((?:对|向)[^，。；“”\n]{1,10}?|在接受[^，。；“”\n]{0,12}?采访时)?"
    r"(说|表示|强调|指出|坦言|介绍|告诉(?:记者|笔者))(?:说|道)?(?:[。！，,：:“]|$)"
)
# ”…某某，在…会上指出。: where the words after the quote were said, after the name
_AFTER_QUOTE_SCENE = re.compile(r"[，,]?在[^，。；“”\n]{1,40}?(?:上|中|时|期间)$")
# the speech itself follows a greeting line: 同志们： / 各位领导、同志们：
_GREETING = re.compile(
    r"(?m)^[ \u3000]*(?:各位[^\n：:]{0,12}、)?同志们(?:、朋友们)?[：:，,!！]"
    # (…的 讲 话 （2015年2月26日） 某某某 同志们： 这次…: the speech's title, date, byline and
    # greeting run into one line by a copy, blanks between them; attrib49)
    r"|(?:(?<=讲话)|(?<=讲 话))[ \u3000]+(?:[（(][^（()）\n]{4,16}[）)][ \u3000]+)?[^ \u3000\n（(]{2,12}[ \u3000]+"
    r"(同志们)[：:，,]"
)
# a line of an interview or dialogue: 记者：… / 主持人：… / 问：… (no named speaker)
_UNNAMED_TURN = re.compile(r"[ \u3000]*(?:本报)?(?:记者|主持人|问|提问|网友|网民|留言板)[：:]")
# NAME对整改工作提出明确要求： / NAME就做好下一步工作提出三点要求：
# (NAME同志对…提出要求：: 同志 may stand between the name and the frame)
# 甲、乙分别讲话，要求… / …分别作了讲话，对…提出要求: each of the names spoke; the act written
# before the frame's verb (the comma after it) belongs to the frame
# (甲、乙分别作出批示，要求…: each of them wrote an instruction, the verb after it the frame's;
# attrib47)
_SEVERALLY = r"(?:分别(?:(?:作|做)出?了?)?(?:重要)?(?:讲话|发言|致辞|批示|指示)[，,]?)?"
# (某某在讲话中对…提出要求， / 某某在听取汇报后就…提出三点意见：: where the request was made
# before it; speak27) (NAME现场提出整改要求，限期…: how the points were put, between the name
# and the verb; dirs27)
_REQUEST_FRAME = guarded(
    rf"(?:同志)?(?:在[^，。；：\n]{{1,14}}?(?:时|中|上|后))?{_SEVERALLY}{FRAME_ADVERB}"
    rf"(?:{REQUEST_TAIL}|{DEPLOY_TAIL})"
)
# 某某围绕创城工作提出了几点意见。一是…: a sentence that only announces the list (tried only on a
# sentence ending in 意见 / 要求 / 希望)
# (某某强调了四点意见。 / 某某就贯彻会议精神，对县文明办提出要求。: the verb may be 强调, and a
# 就… clause with its comma may come before the 对… one)
# (某某同志从四个方面对创建工作进行了部署并提出了具体要求。: 同志, a 从… / 根据… lead, up to three
# leads, the last one holding what was done before the request)
_ANNOUNCE_FRAME = guarded(
    # (某某在会上就下一步工作提出要求。: where it was said may come first)
    r"(?:同志)?(?:在[^，。；\n]{1,12}?[上中])?"
    + _SEVERALLY
    + r"(?:(?:对|就|围绕|针对|从|根据|按照|结合)[^，。；\n]{1,20}?[，,]?){0,3}"
    # (某某对某项工作作了点评，并提出某某要求。: the request joined to the act before it; speak31)
    r"(?:并|还|同时)?(?:提|讲|谈|强调)(?:出|了)*[^，。；\n]{0,6}?"
    # (某某强调了以下几点：: the points themselves)
    r"(?:意见|要求|希望|[几两三四五六七八九十]点)$"
)
# the named speaker of a frame whose name a title chain precedes: 市委副书记、市长某某在讲话中要求，
# 某某书记要求， / 某某副县长在会上强调，: a post may follow the name
_POST_AFTER_NAME = (
    # (某某专职副指挥长强调， / 某某执行副主任要求，: the kind of deputy before 副; attrib43)
    r"(?:(?:常务|专职|执行)?副|专职)?(?:书记|县长|市长|区长|镇长|乡长|旗长|州长|省长|主任|部长|局长|主席|厅长|处长"
    r"|科长|校长|院长|所长|队长|组长|团长|师长|政委|指挥长"
    # (某某委员要求， / 某某会长指出， / 某某站长强调，: a member's, a society's, a station's post)
    r"|委员|会长|秘书长|站长|场长|经理|董事长|行长|社长|馆长"
    # (某某常务指出，: the executive deputy addressed by 常务 alone; attrib46)
    r"|常务(?![副委]))"
)
# 春奎书记强调， / 贾鹏常务指出， / 王强会长指出，: the rest of a frame's subject after a name of two,
# any post a report writes after a name (the four characters the sentence-start frame reads as its
# subject; attrib50: 常务, 会长, 站长, 政委 … were left out with _LONE_POST's surname posts)
_NAME_POST_TAIL = re.compile(_POST_AFTER_NAME + r"(?:同志)?")
_NAMED_TAIL = guarded(
    # (某某（蒙古族）强调， / 某某（女）指出，: a bracketed note after the name)
    r"(?:（[^（）\n]{1,6}）)?"
    rf"{_POST_AFTER_NAME}?(?:同志)?"
    # 在讲话中 / 在会上; or what the speaker was doing: 深入到某社区督导创文工作时强调，
    # / 在分析当前创城工作面临的形势后: what the speaker did before speaking
    r"(?:在[^，。\n]{1,24}?(?:时|中|上|后)|[^，。；：\n]{2,40}?(?:时|期间)"
    # (某某结合《…办法》明确指出…: what the speech goes by; 某某就创文工作强调，…: its topic; speak27)
    # (某某结合督查情况对社区工作提出要…: 提出 with its marker right after it the same way;
    # session 34)
    r"|(?:结合|根据|按照|对照|围绕|针对|就|对)[^，。；：\n]{2,30}?(?="
    + FRAME_ADVERB
    + "(?:强调|指出|要求|提出(?=要(?!求)|务必|必须|[，：:,])))"
    # (某某对随行人员说：“… / 某某向记者表示，…: whom the speaker told; speak27)
    r"|(?:对|向)[^，。；：\n]{1,10}?(?=(?:说|表示|强调|指出)[，：:,]))?"
    # 在省委工作会议上讲话指出，: the act of speaking written before the verb
    # (某某在讲话指出： / 在发言强调，: 在 + the speech, its 中 left out: the same frame)
    # (某某批示指出，…: the written instruction the same way; session 33)
    # (某某书记总结强调：: the summing-up the stress is made in; attrib47)
    r"(?:在?(?:讲话|发言|致辞)|批示|总结)?" + _SEVERALLY + rf"{FRAME_ADVERB}"
    # (强？ / ？调 / 指？: the verb with a character lost to GBK damage)
    # (某某号召，… / 某某勉励，… / 某某寄语，…: a call or an exhortation to the addressees)
    # (某某在会上讲到，… / 某某在讲话中谈到，… / 某某说道：“…: the speech's own verb; speak27)
    # (某某号召说，… / 某某强调说：…: the call or the stress with 说 after it; session 34)
    # (某某在部署中强调指出，: the two verbs of the stress written together)
    r"(?:(?:强调指出|强调|指出|要求|表示|提出|说过?|认为|希望|指示|批示|号召|勉励|寄语|(?:讲|谈)(?:到|道)?"
    r"|提到|说道|强[？?]|[？?]调|指[？?]|(?:号召|勉励|强调|指出|要求)说)[，：:,]"
    # (某某表示“五区”要主动作为，…: 表示 with the addressee and its marker after it, no comma)
    rf"|(?:要求|强调|指出|表示){_ANY_ADDRESSEE_NEXT}"
    # (某某叮嘱社区干部要… / 某某嘱咐环卫工人要…: an injunction to the addressee, as 要求)
    # (某某提醒各村要… / 某某劝导商户要…: a reminder or a persuasion the same way)
    # (每到一处，某某都叮嘱场所负责人，要…: the addressee and its comma, as after 要求; audit45)
    rf"|(?:叮嘱|嘱咐|告诫|提醒|劝导)(?:{_ANY_ADDRESSEE_NEXT}|{_REQUIRED_NEXT}|{_INJUNCTION_COMMA_NEXT})"
    # (某某勉励社区干部要… / 某某鼓励青年志愿者要… / 某某号召全县上下要… / 某某寄语同学们要…: a
    # call or an exhortation to the addressee, its marker after it; speak27)
    rf"|(?:勉励|鼓励|号召|寄语){_ANY_ADDRESSEE_NEXT}"
    # 在…现场，某某强调要坚持…: the marker right after the verb, no comma between
    # (某某提出要增强紧迫感，…: 提出 with the marker right after it as well; 某某要求要扭住…:
    # 要求 too, the frame stays out of the span)
    r"|(?:强调|指出|提出|要求)(?=要(?!求|点|素|害|闻|件|是|么|员|道|地)|务必|必须|一定要)"
    # (某某对商户负责人表示要…: 表示 with the marker right after it only after whom it was said
    # to; session 34)
    r"|[对向][^，。；：\n]{1,10}?表示(?=要(?!求|点|素|害|闻|件|是|么|员|道|地)|务必|必须)"
    # 某某要求社区：一要…: the addressee, then a colon before the list
    r"|要求[^，。；：:\n]{1,12}?[：:]"
    # (某某要求青山县的各部门，要…: the addressee and its comma, then the marker; speak35)
    # (每到一处，某某都叮嘱场所负责人，要…: an injunction the same way; attrib43)
    r"|(?:要求|叮嘱|嘱咐)(?=[^，。；：:\n]{1,16}?[，,](?:要(?!求)|务必|必须|一定要))"
    rf"|要求{_REQUIRED_NEXT}"
    # 某某希望各街道…: the speaker's hope, 希望 and its addressee the requirement's own start
    # (某某提出希望大家…: put forward as a hope; 某某最后希望龙港镇按…: a place with its unit)
    # (某某希望志愿者们发扬… / 某某希望新当选的村干部不负重托…: people in the plural, or an
    # addressee named in full, as _marker_in reads them)
    rf"|(?:提出)?(?={_HOPE_ADDRESSEE_PAT}|{_HOPE_TOWN_PAT}|{_HOPE_PLURAL_PAT}|{_HOPE_NAMED.pattern})"
    # 某某请与会同志回去后… / 某某在讲话中请各乡镇…: 请 and its addressee, as 希望
    rf"|(?={_PLEASE_ADDRESSEE_PAT}"
    # (某某希望市场监管部门… / 某某请物业公司…: a body or the staff of a site after the verb)
    rf"|(?:希望|请)(?:{_BODY_ADDRESSEE_PAT}|{_SITE_KINDS_PAT})))"
)
# 市委副书记甲、市委常委乙要求，: a post between the two names (the second's title chain)
_CO_GAP = re.compile(r"[、和与](?:[^，。；：:\n、]{0,16}?(?:书记|长|主任|主席|委员|部长))?")
# …乙要求，/ 乙书记强调：: the second name is the frame's own, its verb right after it
_CO_POST_END = re.compile(r"(?:主席|书记|主任|长|委员|部长)$")
# 区委书记甲，区委副书记、区长乙在…时强调，: a titled name, a comma and the next name's title chain
# (its posts joined by 、): the pair written as two titled names (speak37)
_CO_COMMA_GAP = re.compile(r"[，,][^，。；：:\n]{0,20}?(?:书记|长|主任|主席|委员|部长)")
# 甲、乙实地查看了…，要求…: the pair's visit whose 要求 names the second of them (both require)
_CO_VISIT = re.compile(
    r"(?:一行)?(?:一同|共同|先后|随后)?(?:实地|详细|认真)?(?:察看|查看|检查|走进|来到|深入|视察|考察)"
)
# 甲、乙分别通报了…情况并作了部署，要求…: what each of the pair did, then the frame's verb after
# the comma, the pair its subject (attrib50: f49 gold links both)
_CO_SEVERAL_ACTS = re.compile(r"分别[^，,。；;：:\n]{1,40}?[，,](?:并|同时|还)?(?:强调|指出|要求)")
# 甲、乙对…给予充分肯定，认为…，希望… / 县委书记甲，县长乙前往…督导…，强调要… / 甲、乙对…进行了
# 部署安排，要求…: the pair's own acts, then the frame's verb glued after a comma in the same
# sentence, no other name between, the pair its subject (attrib51: the pooled dev gold links
# both of a pair whose frame is theirs, 甲、乙强调 / 甲、乙分别通报了…，要求 / 他们强调)
_CO_ACTS = re.compile(
    # (…对“百日攻坚”…进行了具体部署安排，对…进行了讲评与调度，要求…: a quoted name of the work
    # among the acts; no colon, which would open a speech of its own)
    r"[^。；;！？!?\n：:]{1,80}?[，,](?:并|同时|还|也)?(?:强调|指出|要求|希望|提出)"
)
# …while they only attend or escort (甲、乙陪同检查，要求…: whose the frame is, unread)
_CO_ATTENDS = re.compile(r"出席|参加|列席|陪同|随同|主持|参会")
_CO_FRAME = re.compile(
    rf"{_POST_AFTER_NAME}?(?:同志)?{_SEVERALLY}(?:(?:对|就|围绕)[^，。；\n]{{1,20}}?"
    # (甲、乙在督查…工作时强调，: the pair's occasion before the verb; speak37)
    r"|在[^，。；：\n]{1,24}?(?:时|中|上))?"
    # (甲、乙表示：…。希望各位代表…: the hope the pair voice together; speak28)
    # (甲、乙说，… / 甲、乙谈到，…: the pair's own words; attrib51)
    rf"{FRAME_ADVERB}(?:强调|指出|要求|提出|表示|说[，：:,]|谈到|讲到)"
)


_LINE_FRAME_MAX = 48  # a line that only frames what follows is short
_LINE_FRAME = re.compile(
    rf"{_POST_AFTER_NAME}?(?:同志)?{FRAME_ADVERB}(?:强调|指出|要求|表示|说)(?:——|—|-|：|:)?[ \u3000]*$"
)
# 某某书记要求。(then) 一要…。二要…: a frame the sentence's full stop closes, its speech in the
# sentences after it (the name's end to the sentence's end)
_CLOSED_FRAME = re.compile(
    rf"{_POST_AFTER_NAME}?(?:同志)?(?:在[^，。；：\n]{{1,16}}?(?:中|上|时))?{FRAME_ADVERB}"
    r"(?:强调|指出|要求)(?:如下|以下)?"
)
_TITLED_MAX = 60  # a title chain before the name can be long (…、市文明城市创建工作领导小组组长)
# the words _UNNAMED_FRAME needs within its first 16 characters: without one, no match to try
_UNNAMED_WORDS = (
    "负责人",
    "负责同志",
    "有关人员",
    "工作人员",
    "相关人员",
    "专家",
    "有关人士",
    # 市委主要领导强调， / 县委副书记在讲话中要求，: a speaker named by title only
    "领导",
    "书记",
    "县长",
    "市长",
    "区长",
    "镇长",
    "乡长",
    "主任",
    "部长",
    "局长",
    "主席",
)
# a body as the subject of a frame (市委宣传部要求， / 县文明办、县创卫办强调，): nobody named
_ORG_FRAME = re.compile(
    # (要按照市委、市政府要求，…: 按照…要求 is the basis of a requirement, no body speaking)
    r"(?![^，。；：\n]{0,3}?(?:按照|根据|依照|遵照|对照))"
    r"[^，。；：\n]{1,16}?(?:办|委|局|部|厅|中心|指挥部|组|委员会|政府|办事处|大队|支队|分局)"
    rf"(?:在[^，。\n]{{1,14}}?(?:时|中|上))?{FRAME_ADVERB}(?:要求|强调|指出|提出|表示|明确)[，：:,]"
)
_ORG_VERB = re.compile(r"(?:要求|强调|指出|提出|表示|明确)[，：:,]")
# a place, or its officialdom, as the subject of a frame (山西就做好…工作提出明确要求， / 西藏官方
# 近来多次对外表示，): nobody named speaks, the speaker before stops there, as both golds of dev43
# leave what follows without ISSUED_BY (group 1: the place, read against the gazetteers)
_PLACE_FRAME = re.compile(
    r"([\u4e00-\u9fff]{2,8}?)(?:官方)?(?:近来|近日|日前|此前|随即|再次|多次|对外|也|还|都|已){0,3}"
    r"(?:就[^，。；：\n]{1,30}?)?(?:(?:提出|作出)了?[^，。；：\n]{0,6}?要求|要求|强调|指出|表示)[，：:,]"
)
_ORG_REACH = 40
# the subject of a frame that names a person by a post only: 县长 / 杨县长 / 主要领导
_BY_TITLE = re.compile(r"(?:书记|长|主任|主席|领导|负责人|负责同志|委员)$")
_UNNAMED_KEY = re.compile("|".join(_UNNAMED_WORDS))
_UNNAMED_REACH = 16 + max(map(len, _UNNAMED_WORDS))
# a frame whose speaker is not named (县创卫办负责人表示， / 相关负责同志介绍，): it ends the
# previous attribution, and what it governs has no ISSUED_BY
_UNNAMED_FRAME = re.compile(
    rf"[^，。；：\n]{{0,16}}?(?:{'|'.join(_UNNAMED_WORDS)})"
    rf"(?:在[^，。\n]{{1,14}}?(?:时|中|上))?{FRAME_ADVERB}"
    r"(?:表示|介绍|说|指出|强调|要求|认为)[，：:,]"
)
# a frame of the meeting or a paper, with no person named: 会议要求， / 会上强调， / 会议在听取…
# 汇报后强调， / 文件要求， / 最后，会议要求， / 就…，会议提出三点要求：: what it governs has no
# ISSUED_BY
_TEAMS = "|".join(w for w in rule_words()["team_subjects"] if w != "会议")
_UNNAMED_MEETING = re.compile(
    # (10日晚，在…视频会议结束后，我区随即召开会议，部署各项工作，会议要求…: the report of the
    # meeting held, clause after clause, before its frame; no 要 in them, so none is a requirement
    # the frame would swallow; dir50)
    r"(?:[^，。；：要\n]{1,30}[，,]){0,3}"
    r"(?:[^，。；：\n]{1,20}?[，,])?"
    # (座谈会上，在听取了…工作汇报后，会议要求，: a place and a setting, two lead clauses; speak37)
    r"(?:在[^，。；：\n]{1,30}?(?:后|时|中|上)[，,])?"
    # (今天的会议强调，: the day's meeting, as 此次会议; attrib42)
    r"(?:(?:今天|今日|当天|当日|昨天|昨日)的)?(?:会议|会上|会议上|文件|通知|方案|意见"
    # (同时，推进会指出，…: the meeting named by its kind; speak32)
    r"|(?:推进|动员|部署|调度|座谈|推进大|动员大)会"
    # 每到一处，各督导组均要求各社区一要…: a team requires, nobody named
    rf"|(?:各|该)?(?:{_TEAMS}))"
    rf"(?:(?:[^，。；：\n]{{1,30}}?(?:后|时|中|上))?{FRAME_ADVERB}"
    rf"(?:强调|指出|要求|提出|明确|认为)[，：:,]|{REQUEST_TAIL}"
    # 会议要求乡村干部要…: the addressee follows the verb with no comma; the frame stays out
    # (会议强调各级各部门要… / 会议强调在…基础上一定要…: 强调 and 指出 the same way)
    rf"|{FRAME_ADVERB}(?:要求|强调|指出){_ANY_ADDRESSEE_NEXT}"
    # (会议要求要加强领导…: the marker glued to the verb)
    r"|" + FRAME_ADVERB + r"(?:要求|强调|指出)(?=要(?![求点素件闻])|必须|务必|一定要)"
    # (会议要求适时启动… / 检查组要求市场负责人加强…: what a bare 要求 governs read as after a
    # named speaker's, not only an addressee of 各… / 全…; dir50)
    rf"|{FRAME_ADVERB}要求{_REQUIRED_NEXT})"
)
_MEETING_KEY = re.compile(f"会议|会上|文件|通知|方案|意见|[进员署度谈大]会|{_TEAMS}")
_MEETING_REACH = 58  # lead clauses of up to 20 and 32 characters, their commas, the subject
_PRONOUN_INNER = re.compile(
    rf"[，,](他|她)(?:在[^，。]{{1,14}}?(?:时|中|上))?{FRAME_ADVERB}"
    # …，他要求学院各部门要…: the verb with its addressee and no comma (…，她强调各单位要…: 强调 and
    # 指出 too)
    # (…在会上发言，他表示：“全县上下要…”: 表示 and 提出 frame a speech as the name's frame reads
    # them; session 33)
    rf"(?:(?:强调|指出|要求|表示|提出|说)[，：:,]|(?:要求|强调|指出){_ANY_ADDRESSEE_NEXT}"
    # (…，他叮嘱工作人员要… / …，她勉励志愿者要…: the injunction with its addressee; speak27)
    rf"|(?:叮嘱|嘱咐|告诫|提醒|勉励|鼓励|号召|寄语){_ANY_ADDRESSEE_NEXT}"
    rf"|(?:叮嘱|嘱咐|告诫|提醒){_INJUNCTION_COMMA_NEXT}"
    # (…，他要求该镇在确保…的同时，加强…: the addressee, the setting, then the act)
    rf"|要求(?={_ADDRESSEE_SETTING_PAT})"
    # (针对存在问题，她现场要求有关责任方对照问题整改。: the addressee with no marker after it, as
    # the frame at the sentence start and a name's frame here read it)
    rf"|要求{_REQUIRED_NEXT}"
    # (…，他希望企业能带头进驻，…: the hope and its addressee open the requirement)
    rf"|(?={_HOPE_ADDRESSEE_PAT}|{_HOPE_TOWN_PAT}|{_HOPE_PLURAL_PAT}|{_PLEASE_ADDRESSEE_PAT}|希望(?:"
    + "|".join(map(re.escape, _ADDRESSEE_END))
    + ")))"
)
_SCENE_MAX = 40  # a scene-setting clause before an inner frame is short
# …unless it is one clause of what the frame is about (针对甲、乙、丙…等问题，某某指出，…: a long roll
# of the problems an inspection met, parted by 、 only; attrib47)
_TOPIC_LEAD = re.compile(
    r"(?:针对|对于|围绕|就)[^，,。；;：:！？!?\n]{1,150}?(?:问题|情况|现象|隐患)[，,]"
)
_PRONOUN_SCENE_MAX = 120  # …unless the sentence names its subject before 他强调


def _space_led(text: str, s: int, ps: int) -> bool:
    """Does the name at ps open, with its title chain, a line that a space sets off inside the
    sentence (…誓夺“三连冠” 区委书记某某在会上指出，: a page that writes its line breaks as
    spaces, so the sentence runs on from the headline)?"""
    lo = max(s, ps - _TITLED_MAX)
    i = max(text.rfind(" ", lo, ps), text.rfind("\u3000", lo, ps))
    return i > s and _CLAUSE_END.search(text, i + 1, ps) is None


_CLAUSE_END = re.compile(r"[，,。；;：:！？!?]")


def _after_dateline(text: str, s: int, e: int) -> int:
    """Where the sentence text[s:e] starts after the dateline and byline that open an article's
    first sentence (s when none does): 本网讯（记者 某某）3月5日，…书记某某在…上强调，: the reach of
    the title chain before a speaker's name is counted from there (tried at a PERSON only; speak35)."""
    if "讯" in (head := text[s : s + _DATELINE_REACH]) or "电" in head:
        dm = _DATELINE.match(text, s, e)
        if dm is not None:
            return dm.end()
    return s


# the clause of a step of a meeting's agenda up to the name (its title chain between): 最后由 /
# 随后由 / 最后，
_AGENDA_STEP = re.compile(r"[，,；;](?:最后|随后|接着|然后)[，,]?由?[^，,。；;：:！？\n]{0,12}$")
_AGENDA_REACH = 20
# …，某某喜上眉梢：“…要…。” / 某某书记语重心长：“…” / 某某坦言：“…”: a name, how it spoke (a few
# characters, no speech verb among them), then a colon that opens a quote: the quote is that
# person's words, a frame however the manner is written (attrib48: the speech verbs' list
# cannot hold every manner a report gives its speaker). Not 某某的话：“ (what was said), not a
# list (甲、乙：), not a clause that goes on (，).
_QUOTE_FRAME = re.compile(
    # (not 某某和村民代表：“ / 某某向…：: another party after the name, a talk between them)
    rf"{_POST_AFTER_NAME}?(?:同志)?(?![和与同及向对给跟])[^，,。；;：:！？!?“”、的\n\s]{{1,8}}?[：:]“"
)
# what a name opening the quote frame's clause may have before it: a title chain (市委书记某某)
_QUOTE_FRAME_TITLE = re.compile(
    r"[^，。；：:！？\n（）()“”、]{1,24}?(?:书记|长|主任|主席|委员|常委)$"
)


def _name_frame(
    text: str, s: int, e: int, by_start: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """(speaker, body start) of a frame read at the end of a PERSON in text[s:e] (NAME对…提出…
    要求： / NAME在会上强调，), with no requirement marked before the name; None when there is none."""
    k = bisect.bisect_left(by_start, (s, -1))
    while k < len(by_start) and by_start[k][0] < e:
        ps, pe = by_start[k]
        k += 1
        m = _REQUEST_FRAME.match(text, pe, e)
        if m is None and (pt := _NAME_POST_TAIL.match(text, pe, e)) is not None:
            # (某某主任提出具体要求： / 张区长就各项工作给出具体的建议与意见：: the name's post
            # between it and the request; attrib50)
            m = _REQUEST_FRAME.match(text, pt.end(), e)
        # (…强调了以下几点：, its colon ending the paragraph: the announcement before the colon)
        ae = e - 1 if text[e - 1 : e] in ("：", ":") else e
        if m is None and text[ae - 1 : ae] in ("见", "求", "望", "点"):
            m = _ANNOUNCE_FRAME.match(text, pe, ae)
        if m is None and (
            ps - s <= _TITLED_MAX
            or ps - _after_dateline(text, s, e) <= _TITLED_MAX
            or _space_led(text, s, ps)
            # (…，随后各村签订责任状，最后由某某书记总结强调：…: the last step of the agenda
            # opens a clause of its own, its name the frame's however far the sentence began;
            # attrib47)
            or _AGENDA_STEP.search(text, max(s, ps - _AGENDA_REACH), ps) is not None
        ):
            m = _NAMED_TAIL.match(text, pe, e)
        if (
            m is None
            and text.find("“", pe, pe + _QUOTE_FRAME_REACH) >= 0
            and _opens_own_clause(text, s, ps)
        ):
            # (喜上眉梢：“…: the quote's words are the name's; its body starts inside the mark)
            m = _QUOTE_FRAME.match(text, pe, e)
        if m is not None and _marker_in(text, s, ps) is None:
            if text.find("会", s, ps) >= 0 and _in_meetings_setting(text, s, ps):
                continue
            return ps, m.end()
    return None


_QUOTE_FRAME_REACH = 24  # the name's post, 同志 and its manner before the quote's mark


def _opens_own_clause(text: str, s: int, ps: int) -> bool:
    """Does the name at ps open its clause of the sentence text[s:…] (at the sentence's start,
    after a comma, or after a title chain that does), so that what follows it is its own act?"""
    cs = max(text.rfind("，", s, ps), text.rfind(",", s, ps)) + 1 or s
    cs = max(cs, s)
    return cs == ps or _QUOTE_FRAME_TITLE.match(text, cs, ps) is not None


# 会议在传达学习某某总书记…重要指示精神时强调，: the meeting is the subject; the name is what it
# relays or studies inside its 在…时 clause (the unnamed meeting's frame)
_MEETING_SETTING = re.compile(r"(?:会议|会上|大会|全会|常委会)[^，,。；;：:\n]{0,4}?在")


def _in_meetings_setting(text: str, s: int, ps: int) -> bool:
    """Does the clause of the name at ps open with a meeting whose 在… setting holds the name?"""
    cs = max(text.rfind("，", s, ps), text.rfind(",", s, ps)) + 1 or s
    return _MEETING_SETTING.match(text, max(cs, s), ps) is not None


def _inner_frame(text, s, e, r, pend, last_person_before, by_start, ds, in_directive):  # noqa: ANN001, ANN202
    """(speaker, body start) of a named frame that is not at the sentence start but follows a
    comma, or a NAME对…提出…要求： frame at the start; None when there is none.

    `by_start` is the PERSON spans as (start, end) sorted once per text: a bisect finds the names
    inside the sentence, so the work stays proportional to the sentence, not to the article."""
    at_name = _name_frame(text, s, e, by_start)
    if at_name is not None:
        return at_name
    hi = min(e, s + _SCENE_MAX + 20)
    reach = _SCENE_MAX
    if text[s : s + 1] in "针对围就" and (tl := _TOPIC_LEAD.match(text, s, e)) is not None:
        reach = max(reach, tl.end() - s)
        hi = min(e, tl.end() + 20)
    # a frame holds a speech verb: without one in the window there is no frame to look for
    for m in r.frame.finditer(text, s, hi) if r.speech.search(text, s, hi) else ():
        # (…进行现场办公；某某强调，…: after a semicolon as after a comma)
        if m.start(1) == s or text[m.start(1) - 1] not in "，,；;":
            continue
        named = pend.get(m.end(1))
        if named is not None and named >= s and m.start(1) - s <= reach:
            # the clauses before it set the scene; none of them may be a requirement
            if _marker_in(text, s, m.start(1)) is None:
                return named, m.end()
    far = _repeated_subject_frame(text, s, e, r, pend, by_start)
    if far is not None:
        return far
    # (its pronoun follows a comma: a sentence without 他 or 她 has no such frame)
    pm = (
        _PRONOUN_INNER.search(text[s:e])
        if text.find("他", s, e) >= 0 or text.find("她", s, e) >= 0
        else None
    )
    if pm and _marker_in(text, s, s + pm.start()) is None:
        if pm.start() <= _SCENE_MAX:
            return ds.antecedent(s + pm.start(), skip=in_directive), s + pm.end()
        # 市委书记某某在讲话中回顾了…，肯定了…，分析了…，他强调，: a long account of what the
        # speaker did, whose subject is named in this very sentence
        named_here = last_person_before(s + pm.start(), s)
        if pm.start() <= _PRONOUN_SCENE_MAX and named_here is not None:
            return named_here, s + pm.end()
    return None


def _repeated_subject_frame(text, s, e, r, pend, by_start):  # noqa: ANN001, ANN202
    """(speaker, body start) of a named frame after a scene longer than _SCENE_MAX whose subject
    is that same name, written in this very sentence (…，某某书记一行实地查看了…等情况，某某强调，要…:
    the frame repeats who the scene is about, as 他强调 would); None when there is none."""
    lo, hi = s + _SCENE_MAX, min(e, s + _PRONOUN_SCENE_MAX + 20)
    if hi <= lo or r.speech.search(text, lo, hi) is None:
        return None
    for m in r.frame.finditer(text, lo, hi):
        named = pend.get(m.end(1))
        if named is None or named < lo or text[named - 1] not in "，,；;":
            continue
        if _named_before(text, s, named, m.end(1), by_start):
            return named, m.end()
    # (…，对…等问题，某某要求相关部门要…: the verb with its addressee and no comma)
    k = bisect.bisect_left(by_start, (lo, -1))
    while k < len(by_start) and by_start[k][0] < hi:
        ps, pe = by_start[k]
        k += 1
        if text[ps - 1] not in "，,；;" and not (
            # (…，期间某某要求，… / …，随后某某强调，…: when, between the comma and the name)
            text.endswith(_SCENE_LEADS, 0, ps) and text[ps - 3 : ps - 2] in ("，", ",", "；", ";")
        ):
            continue
        tm = _NAMED_TAIL.match(text, pe, e)
        if tm is not None and _named_before(text, s, ps, pe, by_start):
            return ps, tm.end()
    return None


# when the repeated name speaks, written between the comma and the name (attrib43)
_SCENE_LEADS = ("期间", "其间", "随后", "同时", "最后", "接着", "然后")


def _named_before(text: str, s: int, named: int, end: int, by_start: list[tuple[int, int]]) -> bool:
    """Is the name text[named:end] written before in the sentence from s, with no requirement
    marked before it?"""
    name = text[named:end]
    k = bisect.bisect_left(by_start, (s, -1))
    while k < len(by_start) and by_start[k][0] < named:
        ps, pe = by_start[k]
        k += 1
        if text[ps:pe] == name and _marker_in(text, s, named) is None:
            return True
    return False


# clauses that set the scene of a sentence before its subject: 在小溪镇， / 为确保…成效， / 会上，
_SCENE = re.compile(
    r"(?:在|于|为|会上|会议上|随后|调研中|检查中|督查中|期间|当天|日前|近日|近期|同时|此外|另外"
    # (活动中，某某一行向商户…，劝导…: the activity, a visit, a patrol the subject acted in)
    r"|活动中|走访中|巡查中|督导中|暗访中"
    r"|上午|下午|晚上|[\d一二三四五六七八九十]+月|\d+日"
    # (途中，他还对…进行再部署，要求…: where the speaker was)
    r"|途中|其间|会前|会后"
    # (调研期间，某某还来到…，叮嘱…: the span of the visit named, short and closing the clause;
    # attrib46)
    r"|[\u4e00-\u9fff]{1,4}期间$"
    # (每到一处，某某都现场查阅…，要求…: where an inspection stopped, before its subject)
    r"|每到一[处地站个]|所到之处"
    # (天气炎热，在调研中，某某为环卫工人送上…，嘱咐他们…: the weather the visit went in)
    r"|天气|烈日|骄阳|酷暑|严寒|寒风|冒着|顶着|冒雨|雨中|风雨中|夜幕"
    # 座谈会上， / 推进会议上，: the meeting named by its kind
    r"|[\u4e00-\u9fff]{1,8}?会议?上$"
    # 最后，某某书记作了讲话，…提出了具体要求，一是…: a connective alone before the subject
    r"|(?:最后|首先|接着|其次|然后)$"
    # (就做好…工作，某某受…委托，提出了五点要求。 / 针对…问题，某某…: the topic a preposition
    # opens, before the subject; a prepositional phrase is never the subject)
    r"|(?:就|围绕|针对|对于)[^，。；：\n]{1,30}(?:工作|问题|事项|事宜)$)"
)


# a dateline (本网讯（记者某某） 9月14日，): the scene too
_SCENE_END = re.compile(r"(?:\d+日|[上下]午|晚上|日前|近日)[ \u3000]*$")


def _subject_clause(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The first clause of text[s:e] that does not set the scene: where the sentence's subject
    is."""
    for a, b in _clauses(text, s, e):
        # (![]() 会上，…: a mirror's empty image mark before the sentence)
        while a < b and text[a] in _IMAGE_MARK:
            a += 1
        if not _SCENE.match(text, a, b) and not _SCENE_END.search(text, a, b):
            return a, b
    return None


_IMAGE_MARK = frozenset("[]（）() \u3000")


def _closed_frame(text: str, s: int, e: int, by_start: list[tuple[int, int]]) -> int | None:
    """The speaker of a sentence text[s:e] that is only a frame (会上，某某书记要求。), the name
    in its subject clause right before the verb; None for any other sentence."""
    sc = _subject_clause(text, s, e)
    if sc is None or sc[1] != e:
        return None
    k = bisect.bisect_left(by_start, (sc[0], -1))
    while k < len(by_start) and by_start[k][0] < e:
        a, b = by_start[k]
        if _CLOSED_FRAME.fullmatch(text, b, e) is not None:
            return a
        k += 1
    return None


def _past_spaces(text: str, i: int) -> int:
    """The first position from i that is not a space."""
    while text[i : i + 1] in (" ", "\u3000"):
        i += 1
    return i


# a clause that opens with its subject: a post (or none), then the name (副县长某某主持仪式…)
_CLAUSE_POST = re.compile(
    r"(?:[^，,。；：\n了的]{0,30}?(?:书记|长|主任|主席|委员|部长|常委|调研员|组长))?"
)


def _opens_clause(text: str, s: int, who: int, by_start: list[tuple[int, int]]) -> bool:
    """Does the PERSON at `who` open its comma clause of the sentence from s, after at most a
    post, with an act of its own after it (not 听取了镇长某某的汇报 / 某某、某某等)?"""
    cs = max(s, text.rfind("，", s, who) + 1, text.rfind(",", s, who) + 1)
    k = bisect.bisect_left(by_start, (who, -1))
    if k == len(by_start) or by_start[k][0] != who:
        return False
    end = by_start[k][1]
    return _CLAUSE_POST.fullmatch(text, cs, who) is not None and text[end : end + 1] not in (
        "的",
        "、",
        "等",
        "和",
        "与",
        "",
    )


# a clause that may open with a subject of its own (各单位…, 该社区…, 市文明办…): no act of the
# name's before a frame
_OWN_SUBJECT_FIRST = frozenset("各全该本相有市县区镇乡街社村他她我")
_ACTS_CLAUSES = 2  # the name's own clauses of acts between its clause and the frame
_COLON = re.compile(r"[：:]")


def _acts_right_before(
    text: str, s: int, who: int, frame: int, by_start: list[tuple[int, int]]
) -> bool:
    """Does the PERSON at `who` open the clause that ends right at the frame at `frame` (no
    comma between the name and the frame), as its subject (_opens_clause)? Or its clause and up
    to two more clauses of acts with no subject of their own (…，该社区书记某某对照测评标准，逐一
    点评，并要求…; speak31)?"""
    if not _opens_clause(text, s, who, by_start):
        return False
    if _CLAUSE_CHARS.search(text, who, frame) is None:
        return True
    cuts = [i for i in range(who, frame) if text[i] in "，,"]
    if not cuts or len(cuts) > _ACTS_CLAUSES or _COLON.search(text, who, frame) is not None:
        return False
    return all(text[c + 1 : c + 2] not in _OWN_SUBJECT_FIRST for c in cuts)


def _named_outside(
    by_start: list[tuple[int, int]], lo: int, hi: int, in_directive: Callable[[int], bool]
) -> bool:
    """Does a PERSON span start in [lo, hi) outside the directives read (a name that may speak,
    not one a requirement names)?"""
    k = bisect.bisect_left(by_start, (lo, -1))
    while k < len(by_start) and by_start[k][0] < hi:
        if not in_directive(by_start[k][0]):
            return True
        k += 1
    return False


def _any_start_in(by_start: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Does a PERSON span start in [lo, hi)?"""
    k = bisect.bisect_left(by_start, (lo, -1))
    return k < len(by_start) and by_start[k][0] < hi


# …，要求要严格对标…；副镇长某某通报…情况；…: the next speaker of the meeting and what they did
_TURN_TITLE_MAX = 24  # the title chain before the name
_TURN_VERB = re.compile(
    r"[^，。；：\n]{0,12}?(?:通报|汇报|介绍|宣读|解读|传达|总结|点评|主持|(?:作|做)了?[^，。；：\n]{0,6}?发言)"
)


def _next_turn(text: str, s: int, e: int, by_start: list[tuple[int, int]]) -> bool:
    """Does the clause text[s:e] report what a named attendee did (副镇长某某通报…)?"""
    k = bisect.bisect_left(by_start, (s, -1))
    if k == len(by_start) or by_start[k][0] >= min(e, s + _TURN_TITLE_MAX):
        return False
    ps, pe = by_start[k]
    return _CLAUSE_CHARS.search(text, s, ps) is None and _TURN_VERB.match(text, pe, e) is not None


_PRONOUN_FRAME_START = start_chars(_PRONOUN_FRAME)
_ZERO_SUBJECT_START = start_chars(_ZERO_SUBJECT)
_ANNOUNCES_POINTS_START = start_chars(_ANNOUNCES_POINTS)


def _acting_marker(text: str, a: int, b: int) -> bool:
    """The clause text[a:b] carries a marker that asks for something (seeing too: session 34),
    not one that announces the points (从以下几个方面来认识) nor one inside an assessment
    (创建文明城市是一场只能赢、不能输的硬仗)."""
    m = _requirement_marker(text, a, b)
    return (
        m is not None
        and not _ANNOUNCES_POINTS.match(text, m.end())
        and _ASSERTION.search(text, a, m.start()) is None
    )


_ORDINALS = "一二三四五六七八九十"
# 二、/ 三是: the number of a later item of a list, opening a sentence
_INLINE_ITEM = re.compile(f"[{_ORDINALS}][、是]")


def _resumes_list(text: str, s: int, out: list[Directive]) -> bool:
    """Does the sentence at s open the next item of a list whose previous item (一、… before
    二、…) is a directive earlier in the same paragraph?"""
    m = _INLINE_ITEM.match(text, s)
    if m is None or text[s] == "一":
        return False
    prev = _ORDINALS[_ORDINALS.index(text[s]) - 1]
    for d in reversed(out):
        if d.end <= s and text.find("\n", d.end, s) >= 0:
            return False
        if d.start < s and text[d.start - 2 : d.start] in (prev + "、", prev + "是"):
            return True
    return False


# the words one of which every frame pattern of _frame needs: the speech verbs (强调, 要求, 说 …)
# and 讲/谈/意见 of the points a meeting announces (会上讲了三点意见：). _frame_cue checks them against
# each pattern's own needs, so a pattern changed to need none of them switches the gate off
_FRAME_WORDS = (
    "强调", "指出", "要求", "表示", "提出", "认为", "说", "希望", "作出", "做出", "明确", "讲",
    "谈", "意见", "介绍", "叮嘱", "嘱咐", "告诫", "督促", "总结", "批示", "指示", "部署",
    "请",  # 他请大家…: the request, as 希望 (issued21)
    "建议",  # 某某提出整改建议：一要…: an inspector's recommendations, as 意见 (dirs23)
    "提醒", "劝导",  # 某某提醒各村要… / …，劝导商户要…: as 叮嘱 (dirs23)
    "号召", "勉励", "寄语", "鼓励",  # 某某号召，… / 他勉励同学们要…: a call, as 叮嘱 (speak27)
    "看法",  # 某某提出了自己的看法：…: the speaker's views, as 意见 (attrib50)
)  # fmt: skip


def _frame_patterns(r: _Rules) -> tuple[Any, ...]:
    """The patterns of _frame (with _inner_frame and _repeated_subject_frame) whose match does
    anything in a sentence where no PERSON starts; the others there are keys that only decide
    whether one of these is tried, or are tried only after one of these matched or at a PERSON.
    tests/test_preannotate_directive_gate.py keeps this list and _frame's calls in step."""
    return (
        _PRONOUN_FRAME,
        _UNNAMED_MEETING,
        r.frame,
        _ZERO_SUBJECT,
        _ZERO_HOPE,
        r.speech,
        _PRONOUN_INNER,
        _TITLED_FRAME,
        _TITLED_INNER,
        _UNNAMED_FRAME,
        _ORG_FRAME,
        _PLACE_FRAME,
        _GLUED_INNER,
    )


def _covered(sets: list[frozenset[str]]) -> bool:
    """Is one of these needed sets such that each of its words holds one of _FRAME_WORDS?"""
    return any(all(any(v in w for v in _FRAME_WORDS) for w in ws) for ws in sets)


@lru_cache(maxsize=4)
def _frame_cue(r: _Rules) -> re.Pattern[str] | None:
    """One search for any of _FRAME_WORDS, or None when a frame pattern needs none of them."""
    if not all(_covered(needed_word_sets(p.pattern, p.flags)) for p in _frame_patterns(r)):
        return None
    return re.compile("|".join(sorted(_FRAME_WORDS, key=len, reverse=True)))


def _no_frame_word(text: str, s: int, e: int, r: _Rules) -> bool:
    """Does the sentence text[s:e] hold none of _FRAME_WORDS, so that none of _frame's patterns
    (_frame_patterns) matches there? Then only the patterns tried at a PERSON's end can read a
    frame in it (_name_frame)."""
    cue = _frame_cue(r)
    # (r.frame is matched at s with no end: its 在… part can run on past a ！ or a tag's >, not
    # past 。 or the line's end)
    if cue is None or (e < len(text) and text[e] not in "。\n"):
        return False
    return cue.search(text, s, e) is None


# 市委常委、宣传部部长某某出席并讲话。 / 县委书记某某出席会议并作重要讲话，县长某某主持会议。: the
# report names who gives the speech it then sums up; the paragraphs after it with no frame of their
# own (…，创建工作既要…，又要…。) are that speech's until a new frame (会议要求，: nobody named)
# (某某部署全区精神文明建设工作。 / 某某对下一步工作作了具体部署。: the work the person laid
# out, its content in the sentences after it, closing the sentence; speak27)
_SPEECH_ANNOUNCED = re.compile(
    r"(?:(?:出席|主持)(?:了)?(?:会议|大会|活动|仪式|启动仪式)?并|(?<=[\u4e00-\u9fff]))"
    r"(?:作|做|发表)?了?(?:重要|动员|总结|专题)?讲话(?=[，,。；;！]|$)"
    r"|(?<=[\u4e00-\u9fff])(?:(?:对|就)[^，。；：\n]{1,30}?)?(?:作|做|进行)?了?"
    r"(?:全面|具体|详细|专题|安排|工作)*部署了?(?:[^，。；：\n]{0,24}?工作)?(?=[。；;！]|$)"
)


_CLAUSE_MARK = re.compile(r"[，,。；;：:\n]")
_ANNOUNCED_STOP = "。；;！!"


def _listed_before(text: str, s: int, p: int, by_start: list[tuple[int, int]]) -> bool:
    """Is the name at p the last of a list of names in its clause (县领导甲、乙、丙出席并讲话 /
    县委书记甲、县长乙出席会议并讲话)? Then the clause names no single speaker."""
    cs = s
    for m in _CLAUSE_MARK.finditer(text, s, p):
        cs = m.end()
    k = bisect.bisect_left(by_start, (cs, -1))
    return k < len(by_start) and by_start[k][0] < p


def _speech_announced(
    text: str, s: int, e: int, ds: Discourse, pend: dict[int, int], by_start: list[tuple[int, int]]
) -> None:
    """A sentence that only announces a named person's speech: that person speaks from here on,
    under the opt-in rule relation.issued_by.announced (registry.DEFAULT_OFF), which the
    unframed paragraphs after it keep until a new frame. Off by default: independent blind
    annotators read GUIDELINES' "the speaker of the reporting frame that governs it" as needing a
    frame of the directive's own (某某强调，/ 他指出，), and gave these paragraphs no edge; a
    team whose gold gives them one gets the rule switched on by `civannot train`.
    Two speeches announced in one sentence name no single speaker: nothing changes."""
    who: set[int] = set()
    for m in _SPEECH_ANNOUNCED.finditer(text, s, e):
        p = pend.get(m.start())
        if p is None or _listed_before(text, s, p, by_start):
            return
        if m.end() == e and text[e : e + 1] not in _ANNOUNCED_STOP:
            # 县委书记某某作重要讲话 (a photo's caption on its line, no stop): a picture of the
            # speech, not the report's account of it
            return
        who.add(p)
    if len(who) == 1:
        # (the opt-in relation.issued_by.announced once another named person speaks after it:
        # Discourse.other_speaks)
        ds.named(who.pop(), ISSUED_ANNOUNCED_SOLE)


# 最后，副县长某某指出创建国家卫生县城，树立的是…。我们要…: the frame's verb glued to what it
# reports, no comma after it; the name opens the sentence's first clause (a lead such as 最后，
# before it, a title chain), not what the sentence heard or acted on (听取了某某指出的问题)
# (某某同志强调城市卫生…, 某某书记指出当前…: 同志 or a post between the name and the verb)
# (在会上，高书记要求行动迅速及时，责任要…: 要求 run on into a clause with no marker and no
# addressee, which no other frame reads; attrib51, the pooled dev gold's f46_011)
_GLUED_VERB_AFTER_NAME = re.compile(
    rf"{_POST_AFTER_NAME}?(?:同志)?{FRAME_ADVERB}"
    r"(?:指出|强调|(要求))(?=[\u4e00-\u9fff“])(?!的)"
)
_GLUED_VERBS = ("指出", "强调", "要求")
_NOT_SUBJECT_LEAD = re.compile(r"[了的对向与和听在]")


# the name's clause is the basis its subject acts on (某某按照某部长提出的要求，对…作了安排，并要求… /
# 根据县委书记某某的部署，…): whose requirement was followed, not who requires here
# the standard an act is measured against (对照…要求): a noun 要求, never a body's speech (根据省里
# 要求，… relays what another body requires: a frame with no speaker named)
_BASIS_LEADS = ("对照",)
_BASIS_OPEN = re.compile(r"(?:按照|根据|依照|遵照|依据)[^，,。；;：:\n]{0,12}$")
_BASIS_WORDS = re.compile(r"(?:要求|部署|指示|安排|批示|精神)$")


def _relayed_author(text: str, p: int, by_start: list[tuple[int, int]]) -> bool:
    """Is the PERSON at p the author of words the sentence relays (传达…某某…讲话精神), or of a
    requirement its subject acts on (按照周部长提出的要求)?"""
    k = bisect.bisect_left(by_start, (p, -1))
    if k >= len(by_start) or by_start[k][0] != p:
        return False
    end = by_start[k][1]
    m = _CLAUSE_END.search(text, end, end + 40)
    rest = text[end : m.start() if m else end + 40]
    if RELAYED_WORDS.search(rest) is not None and SPEAKS_HERE.search(rest) is None:
        return True
    return (
        _BASIS_WORDS.search(rest) is not None
        and _BASIS_OPEN.search(text, max(0, p - 13), p) is not None
    )


def _team_relays(text: str, prev: int, s: int, by_start: list[tuple[int, int]]) -> bool:
    """Is the sentence text[prev:s] one whose subject is the meeting or a team and whose names
    are all authors of what it relayed (会议传达学习了某某总书记…重要讲话精神。强调要…: the
    meeting stresses; the author relayed is no speaker)?"""
    sc = _subject_clause(text, prev, s)
    tm = _TEAM_SUBJECT.match(text, sc[0], sc[1]) if sc is not None else None
    # (某某主任在会议上传达了…: a name before the team's word is the subject, who relays)
    if sc is None or tm is None or _any_start_in(by_start, sc[0], tm.end()):
        return False
    if text.find("传达", sc[0], sc[1]) >= 0 or text.find("学习", sc[0], sc[1]) >= 0:
        # (会议传达学习了某某总书记致…的贺信精神: whatever it relays or studies is another's)
        return True
    k = bisect.bisect_left(by_start, (prev, -1))
    while k < len(by_start) and by_start[k][0] < s:
        if not _relayed_author(text, by_start[k][0], by_start):
            return False
        k += 1
    return True


# 某某作出批示。 / 某某同志作出重要批示，: the name that gives the written instruction
_GIVES_INSTRUCTION = re.compile(
    r"(?:同志)?(?:专门|亲自|近日)?(?:作出|做出|作了|作)(?:了)?(?:重要)?(?:书面)?批示"
)


def _instruction_giver(text: str, s: int, by_start: list[tuple[int, int]]) -> int | None:
    """批示指出， at s: the PERSON of the sentence before who gave the instruction (作出批示), or
    None (a 批示 not given by a name there is no one's)."""
    prev = _prev_sentence_start(text, s)
    k = bisect.bisect_left(by_start, (s, -1))
    while k > 0:
        k -= 1
        start, end = by_start[k]
        if start < prev:
            return None
        if end <= s and _GIVES_INSTRUCTION.match(text, end, s) is not None:
            return start
    return None


def _basis_lead(text: str, a: int, b: int) -> bool:
    """Does the lead text[a:b] before a name open with what is acted on (按照 / 根据 / 落实…), so
    that the name's 要求 after it is the requirement followed (按照周书记要求加快…)? A refusal
    only: _frame_without_comma reads a frame where a frame word stands, whatever it says."""
    return _BASIS_OPENER.search(text, a, b) is not None


def _frame_without_comma(
    text: str, s: int, e: int, ds: Discourse, by_start: list[tuple[int, int]]
) -> None:
    """A sentence whose frame verb runs on into what it reports: that name speaks from here on."""
    # (every match of _GLUED_VERB_AFTER_NAME holds one of _GLUED_VERBS, inside the sentence: most
    # sentences hold neither, and nothing read before the match has an effect)
    if (
        text.find(_GLUED_VERBS[0], s, e) < 0
        and text.find(_GLUED_VERBS[1], s, e) < 0
        and text.find(_GLUED_VERBS[2], s, e) < 0
    ):
        return
    head = text.find("，", s, e)
    if head >= 0 and (
        head - s <= 4 or _SCENE.match(text, s, head) is not None or _SCENE_END.search(text, s, head)
    ):
        # a short lead of its own (最后，/ 会上，) or a scene (在交谈期间，/ 3月5日上午，): the
        # subject's clause is the next one
        head = text.find("，", head + 1, e)
    stop = head if head >= 0 else e
    k = bisect.bisect_left(by_start, (s, -1))
    while k < len(by_start) and by_start[k][1] < stop:
        start, end = by_start[k]
        k += 1
        m = _GLUED_VERB_AFTER_NAME.match(text, end, e)
        lead_start = text.rfind("，", s, start) + 1 or s
        if (
            m is not None
            and _NOT_SUBJECT_LEAD.search(text, max(s, lead_start), start) is None
            # (按照周书记要求加快…: the requirement followed, its name no speaker here)
            and (m.group(1) is None or not _basis_lead(text, max(s, lead_start), start))
        ):
            ds.named(start, ISSUED_FRAME)
            return


def _frame(
    text: str,
    s: int,
    e: int,
    r: _Rules,
    ds: Discourse,
    pend: dict[int, int],
    last_person_before: Callable[..., int | None],
    in_directive: Callable[[int], bool],
    by_start: list[tuple[int, int]],
) -> int:
    """The frame of the sentence text[s:e], at its start or inside it: updates the Discourse `ds`
    with its speaker and returns where what it frames starts (s when it has none)."""
    body = s
    moved = ds.moved
    # reporting frame at the start: NAME(在…时)?强调， / 他指出： (他还要求 is no name 他还)
    c = text[s : s + 1]
    pm = _PRONOUN_FRAME.match(text, s, e) if c in _PRONOUN_FRAME_START else None
    um = (
        _UNNAMED_MEETING.match(text, s, e)
        # its subject stands within the first characters: without it, no match to try
        if pm is None and _MEETING_KEY.search(text, s, min(e, s + _MEETING_REACH))
        else None
    )
    m = None if pm is not None or um is not None else r.frame.match(text, s)
    if m is not None and (
        m.group(1) in _NO_SUBJECT_WORDS
        or (pend.get(m.end(1)) is None and _NO_SUBJECT_REQUEST.fullmatch(m.group(1)) is not None)
    ):
        # 同时要求， / 随后强调， / 最后要求，: a connective where the subject would stand, none
        # written: who speaks is the one of the sentence before (_ZERO_SUBJECT; speak31)
        m = None
    if m is not None and pend.get(m.end(1)) is None and m.group(1).startswith(_LEAD_VERBS):
        # 抓紧安排部署，以…为重点的各单位要…: an imperative clause, not a speaker and a verb
        m = None
    elif (
        m is not None
        and pend.get(m.end(1)) is None
        and m.group(1).startswith(_BASIS_LEADS)
        and text.startswith("要求", m.end() - 3)
    ):
        # 对照测评要求，逐项整改，…: the standard the act is measured against, its 要求 a noun;
        # no speaker and no frame (speak32)
        m = None
    elif (
        m is not None
        and pend.get(m.end(1)) is None
        and (k := bisect.bisect_left(by_start, (s, -1))) < len(by_start)
        and by_start[k][0] == s
        and by_start[k][1] < m.end(1)
        and _REQUEST_FRAME.match(text, by_start[k][1], e) is not None
    ):
        # 石岚提出要求，要…: the name, then a request (the frame's name group took 石岚提 with
        # the verb 要求); the request frame names the speaker
        m = None
    if pm is not None:
        if pm.group(1) in ("他们", "她们"):
            # 甲和乙带队检查…。他们在检查中反复强调，: the pair named last speaks, each of them
            # (attrib49); with no pair named before it, who they are is not read: the speaker
            # before goes on, as before the plural was read
            before = (ds.speaker, ds.rule)
            ds.pronoun(s, skip=in_directive, rule=ISSUED_PLURAL)
            if ds.speaker is None or not _co_speakers(
                text, pend, ds.person_ends, ds.speaker, any_act=True
            ):
                ds.speaker, ds.rule = before
        elif pm.group(1) in "他她其":
            ds.pronoun(s, skip=in_directive)
        else:
            ds.unnamed()
        body = pm.end()
    elif um is not None and not _any_start_in(by_start, s, um.end()):
        # 会议在听取…汇报后强调， / 会上要求， / 文件要求，: nobody named speaks
        ds.unnamed()
        body = um.end()
    elif m is not None and m.start(1) == s:
        who = m.group(1)
        named = pend.get(m.end(1))
        if named is not None and named >= s:
            ds.named(named, ISSUED_FRAME)
        elif who in ("他", "她"):
            ds.pronoun(s, skip=in_directive)
        elif who == "批示" and (named := _instruction_giver(text, s, by_start)) is not None:
            # 某某作出批示。… 批示指出，…: the written instruction speaks for who gave it
            ds.named(named, ISSUED_FRAME)
        elif (named := _name_with_post(text, s, m.end(1), by_start)) is not None:
            # 春奎书记强调， (titles.find_given_names_before_posts: the given name of 李春奎 is a
            # PERSON, its post after it): that name speaks
            ds.named(named, ISSUED_FRAME)
        elif _BY_TITLE.search(who) and (sur := _by_surname(text, s, by_start)) is not None:
            ds.named_by_post(sur, s, ISSUED_FRAME)  # 刘书记要求，: the 刘某某 named before
        elif _BY_TITLE.search(who) and (held := _title_holder(text, s, who, by_start)) is not None:
            # 书记指出，: the one person the article names 县委书记 (or 周某某书记) before
            ds.named_by_post(held, s, ISSUED_FRAME)
        elif _BY_TITLE.search(who):
            ds.unnamed(s)  # 县长在讲话中强调， / 杨县长要求，: a speaker named by title only
        else:
            ds.unnamed()  # an unnamed frame (会议强调) ends the previous attribution
        body = m.end()
    elif (
        zm := (_ZERO_SUBJECT.match(text, s, e) if c in _ZERO_SUBJECT_START else None)
        or (
            _ZERO_HOPE.match(text, s, e)
            # (同志们：…刚才，某某同志传达了…。希望大家…: in a speech the hope is the speaker's own)
            if c in _ZERO_HOPE_START and not ds.transcript
            else None
        )
    ) is not None:
        # 某某在会议上传达了…精神。要求全体人员…: who requires is who spoke in the sentence
        # before (a name there whose clause speaks); with no name there the speaker carries over
        prev = _prev_sentence_start(text, s)
        if ds.speaker is not None and prev <= ds.speaker < s and text.startswith("希望", zm.end()):
            # 甲、乙表示：…。希望各位代表…: the hope goes on with the frame of the sentence before
            # (its speakers all)
            pass
        elif _any_start_in(by_start, prev, s) and not _team_relays(text, prev, s, by_start):
            if ds.speaker is None or _named_outside(by_start, prev, s, in_directive):
                ds.pronoun(s, prev, skip=in_directive)
            # (…说，…。希望乡亲们牢记习近平总书记的关怀…。希望各级党组织…: the only name of the
            # sentence before is what its requirement says; the speaker goes on; attrib46)
        elif (sc := _subject_clause(text, prev, s)) is not None and _TEAM_SUBJECT.match(
            text, sc[0], sc[1]
        ):
            ds.unnamed()
        elif (
            sc is not None
            and ds.speaker is None
            and not ds.transcript
            and text.startswith(("他", "她"), sc[0])
            and not text.startswith(("他们", "她们", "他人"), sc[0])
        ):
            # 他首先对…进行了通报，…作了分析。明确五点要求：一是…: the sentence before has a
            # pronoun for its subject; who requires is the one it stands for (attrib47)
            ds.pronoun(sc[0], skip=in_directive)
        elif (
            ds.speaker is None
            and not ds.transcript
            and (lo := _elided_speaker_from(text, s, by_start)) is not None
        ):
            # 某某深入某乡指导…。通过实地查看…，认真分析…。对下步工作提出四点要求：: the sentence
            # before left its subject out too; the one named before both requires
            ds.pronoun(s, lo, skip=in_directive)
        body = zm.end()
    else:
        # a frame after a scene-setting clause: 调研中，NAME强调， / 针对…问题，NAME要求，
        # / NAME就…提出三点要求：; the requirement starts after it
        fm = _inner_frame(text, s, e, r, pend, last_person_before, by_start, ds, in_directive)
        tm = (
            _TITLED_FRAME.match(text, s, e)
            # a post stands within the first characters: without one, no match to try
            if fm is None and _POST_KEY.search(text, s, min(e, s + _TITLED_REACH))
            else None
        )
        if tm is None and fm is None and _POST_KEY.search(text, s, min(e, s + _TITLED_INNER_REACH)):
            im = _TITLED_INNER.search(text, s, min(e, s + _TITLED_INNER_REACH + 8))
            if im is not None and _marker_in(text, s, im.start()) is None:
                tm = im
        if (
            tm is not None
            # (the surname itself may be a PERSON: titles.find_surnames_before_posts)
            and not _any_start_in(by_start, s, tm.start(1))
            and not _any_start_in(by_start, tm.start(1) + 1, tm.end())
        ):
            # 最后，吴部长就落实会议精神强调，: a surname with a post, the name written before
            sur = _by_surname(text, tm.start(1), by_start)
            if sur is not None:
                fm = (sur, tm.end())
                ds.named_by_post(sur, tm.start(1), ISSUED_FRAME)
            else:
                ds.unnamed(tm.start(1))
                body = tm.end()
        um = (
            _UNNAMED_FRAME.match(text, s, e)
            if fm is None and _UNNAMED_KEY.search(text, s, min(e, s + _UNNAMED_REACH))
            else None
        )
        if fm is None and um is None and _ORG_VERB.search(text, s, min(e, s + _ORG_REACH)):
            # 市委宣传部要求， / 县文明办、县创卫办强调，: a body speaks, no person
            om = _ORG_FRAME.match(text, s, e)
            if om is None:
                om = _PLACE_FRAME.match(text, s, e)
                if om is not None and not _place_subject(om.group(1)):
                    om = None
            if om is not None and not _any_start_in(by_start, s, om.end()):
                ds.unnamed()
                body = om.end()
        if fm is not None and tm is not None:
            body = fm[1]
        elif fm is not None:
            ds.named(fm[0], ISSUED_INNER)
            body = fm[1]
        elif tm is not None and body > s:
            pass
        elif um is not None and not _any_start_in(by_start, s, um.end()):
            km = _UNNAMED_KEY.search(text, s, um.end())
            held = _title_holder(text, s, text[s : km.end()], by_start) if km else None
            if held is not None:
                # 县委副书记在讲话中要求，: the one 县委副书记某某 named before
                ds.named_by_post(held, s, ISSUED_FRAME)
            else:
                ds.unnamed(s)
            body = um.end()
    # a frame inside the sentence: 张国旺主持会议并讲话，强调要… / 某某逐项点评了…，并要求各乡镇要…
    # (each match holds one of _GLUED_WORDS: most sentences hold none after the frame's own, and
    # its commas, where it is tried, are many; session 35)
    # (the matches of the sentence after its frame (the slice: no lookbehind sees the frame),
    # searched from where the first can start: the same matches)
    # (甲指出，习近平总书记高度重视…，强调要…: the speaker of the frame that opens the sentence,
    # before a frame glued inside that speech names another)
    opener = (
        (ds.speaker, ds.rule) if body > s and ds.moved > moved and ds.speaker is not None else None
    )
    lo = _glued_from(text, body, e)
    for cm in _GLUED_INNER.finditer(text[lo:e]) if lo >= 0 else ():
        # (groups 8 and 9, ，并提出某某要… / ，她说…要…, hold a marker after them as 7 does)
        loose = (
            cm.group(1) is None
            and cm.group(4) is None
            and cm.group(7) is None
            and cm.group(8) is None
            and cm.group(9) is None
        )
        if loose and body > s:
            # a frame with no requirement marked after it, after a frame at the sentence start:
            # inside that speech
            continue
        if (
            body == s
            and text.startswith("会议", s)
            and not text.startswith(_MEETING_SCENE, s)
            and not _chaired_then_named(text, s, lo + cm.start(), last_person_before)
        ):
            # 会议听取关于推进某某总书记…的汇报，强调要…: the meeting speaks; a name in what it
            # heard is no speaker (会上，…某某…提出了几点意见，希望…: 会上 only sets the scene, as
            # 会议最后， / 会议结束前， do: 会议最后，副书记某某传达了…精神，要求…)
            ds.unnamed()
            continue
        fp = lo + cm.start()
        who = last_person_before(fp, s)
        if ds.transcript and (cm.group(6) is not None or cm.group(10) is not None):
            # (同志们：…刚才，甲同志宣读了…，一会儿乙同志还要讲具体意见，希望大家…: in a speech the
            # hope glued after the names of the meeting's programme is the speaker's own; attrib49)
            continue
        if who is None and (
            cm.group(10) is not None
            # (…，横栏的区位优势突出、发展前景广阔，希望大家保持…: the hope with a short addressee
            # as well; not where a meeting, a team or a paper opens the sentence, which speaks
            # unnamed: 督导组…给予肯定，希望各…; attrib49)
            or (cm.group(6) is not None and _MEETING_KEY.search(text, s, fp) is None)
        ):
            # (…，崇明正迎来新的发展机遇，希望企业家积极参与…: nobody named in the sentence whose
            # clauses the hope is glued to; it goes on with the speaker before; attrib48)
            continue
        while who is not None and _relayed_author(text, who, by_start):
            # 罗某某主持会议，传达了市委书记杨某某在…上的讲话精神，要求…: who requires is the
            # one who relayed, not the author of what was relayed
            who = last_person_before(who, s)
        if who is not None and (
            _HEARD_OWNER.match(text, _person_end(by_start, who)) is not None
            or _heard_reporter(text, who, _person_end(by_start, who))
        ):
            # 市长某某来到…，听取了某某长某某的…汇报后，要求…: a name owning what the subject
            # heard or saw is no speaker; the subject named in the sentence's own clause is
            sc = _subject_clause(text, s, fp)
            if sc is not None and not sc[0] <= who < sc[1]:
                k = bisect.bisect_left(by_start, (sc[0], -1))
                if k < len(by_start) and by_start[k][0] < sc[1]:
                    who = by_start[k][0]
            elif sc is not None:
                # 书记某甲对某乙同志的工作汇报表示肯定，要求…: the owner sits in the subject's own
                # clause, after the subject; the name before it there that owns nothing is who
                # requires
                k = bisect.bisect_left(by_start, (sc[0], -1))
                while k < len(by_start) and by_start[k][0] < who:
                    if _HEARD_OWNER.match(text, by_start[k][1]) is None:
                        who = by_start[k][0]
                        break
                    k += 1
        if (
            who is None
            and (sp := _subject_clause(text, s, fp)) is not None
            and text[sp[0] : sp[0] + 1] in ("他", "她")
            and text[sp[0] + 1 : sp[0] + 2] != "们"
        ):
            # 她充分肯定了…，要求进一步…: the pronoun that opens the sentence is the subject whose
            # frame is glued inside it, as a name there would be (每到一处，他都详细了解…，并叮嘱
            # 相关部门…: after the scene as well; audit45)
            ds.pronoun(sp[0], skip=in_directive)
            continue
        if loose and who is None and _marker_in(text, body, fp) is not None:
            # 三要召开…点评会，督促限期销号。: the sentence is a requirement from its first
            # clause on; the verb glued after it is one of the acts it asks for, no frame whose
            # unnamed subject would end the attribution (speak32)
            continue
        if who is None and not ds.transcript and _elided_subject(text, s, fp):
            # 为做好…工作，提出四点要求： / 针对存在问题，对下步工作提出四点要求：: nobody named
            # in the sentence, its subject left out: the speaker goes on, or the one named in the
            # sentences before that leave it out as well
            if ds.speaker is None and (back := _elided_speaker_from(text, s, by_start)) is not None:
                ds.pronoun(s, back, skip=in_directive)
            if ds.speaker is not None:
                continue
        if loose:
            # a frame with no requirement marked after it (…，要求各部门严格对照… / …调研，强调…是…):
            # its speaker is the subject of the sentence, named in its first clause after the scene
            # (为确保…，该镇…成立了由镇长任总指挥…的指挥部，要求…: nobody named speaks)
            sc = _subject_clause(text, s, fp)
            if (
                cm.group(5) is not None
                and who is not None
                and _opens_clause(text, s, who, by_start)
            ):
                # 县爱卫会举行…仪式，副县长某某主持仪式并提出三点要求：: the list is announced by
                # the one whose clause (a post, the name, an act) glues on the announcement
                ds.named(who, ISSUED_INNER)
                continue
            if sc is not None and (who is None or not sc[0] <= who < sc[1]):
                if not _any_start_in(by_start, sc[0], sc[1]) and not text.startswith(
                    ("他", "她"), sc[0]
                ):
                    if who is None and _ADDRESSEE_ACTS.match(text, sc[0], sc[1]) is not None:
                        # 各牵头部门树立…思想，细化…方案，督促各级各部门抓好落实，…: the
                        # addressees and their acts asked open the sentence; the verb glued
                        # later is one more act asked of them, no frame (the speaker stays)
                        continue
                    if who is not None and _acts_right_before(text, s, who, fp, by_start):
                        # 针对…问题，某某逐一现场交办，要求… / 对没有做到位的商家，某某逐家进行
                        # 劝导，要求…: a topic opened the sentence; the clause right before the
                        # frame opens with the name, its subject, who requires
                        ds.named(who, ISSUED_INNER)
                    else:
                        ds.unnamed()
                elif (
                    who is not None
                    and _acts_right_before(text, s, who, fp, by_start)
                    and not ds.attends_in_clause(who)
                ):
                    # 主任某某带领某组…暗访，某主任一行察看了…，现场要求…: a later
                    # clause opens with a name of its own, its acts up to the frame (not 县长某某
                    # 陪同，: who only attends; speak31)
                    ds.named(who, ISSUED_INNER)
                continue
        if who is not None:
            ds.named(who, ISSUED_INNER)
        elif text.startswith(("会议", "会上"), s):
            # 会议明确了…，要求全体干部职工要…: the meeting requires, nobody named
            ds.unnamed()
    if (
        opener is not None
        and ds.speaker is not None
        and ds.speaker >= body
        and (ends := ds.person_ends)
        and text[ds.speaker : ends[ds.speaker]] != text[opener[0] : ends[opener[0]]]
    ):
        # …，强调要…。我们要…: the one quoted inside the speech holds for the requirement glued to
        # its own clause; the speech's speaker goes on after the sentence (attrib51)
        ds.quoted(opener[0], opener[1])
    if ds.moved == moved and body == s:
        if text.find("讲话", s, e) >= 0 or text.find("部署", s, e) >= 0:
            _speech_announced(text, s, e, ds, pend, by_start)
        if ds.moved == moved:
            _frame_without_comma(text, s, e, ds, by_start)
    return body


def _chaired_then_named(
    text: str, s: int, fp: int, last_person_before: Callable[[int, int], int | None]
) -> bool:
    """Does the sentence from s open with its meeting's chair (会议由甲主持，/ 会议由甲主持；) and
    name someone in a later clause before the frame at fp (…；乙通报了…，要求… / …，丙介绍了…，
    希望…)? That one is the subject the frame is glued to, not the meeting (attrib50; 会议由甲主持，
    要求…: the chair's clause alone, the meeting's frame as before)."""
    if not text.startswith("会议由", s):
        return False
    who = last_person_before(fp, s)
    if who is None:
        return False
    # (the name opens its clause, its title chain before it: not what a clause of the meeting's
    # relays, 会议由甲主持，传达了乙的讲话精神，要求…)
    c = max(text.rfind(m, s, who) for m in "，,；;")
    return c > s and _CHAIN_ONLY.fullmatch(text, c + 1, who) is not None


# a title chain alone before a name (县委书记、县创城工作指挥部政委): no act, nothing relayed
_CHAIN_ONLY = re.compile(
    r"(?:(?![了的]|传达|学习|听取|宣读|审议|观看|会议)[^，,。；;：:！？\n“”])"
    r"{0,40}?(?:书记|长|主任|主席|委员|常委|政委)|"
)


# 会议 that sets the scene of the sentence, not its subject: 会议上， / 会议最后， / 会议期间，
_MEETING_SCENE = (
    "会议上",
    "会议最后",
    "会议结束",
    "会议开始",
    "会议伊始",
    "会议期间",
    "会议中",
    "会议尾声",
)


# a name owning what a clause acts on (…听取了某某同志的工作汇报后 / 某某书记的…)
_HEARD_OWNER = re.compile(r"(?:同志|" + _POST_AFTER_NAME + r")?的")
# …，一方面听取某某街道岳书记汇报，…，要求…: the name that reported to the subject, heard in the
# subject's own sentence, is no speaker either (its post and 汇报 right after it, 听取 opening its
# clause; titles46: a surname and post read there took the requirement from the sentence's subject)
_REPORTED = re.compile(r"(?:同志|" + _POST_AFTER_NAME + r")?(?:的)?(?:工作|情况)?汇报")
_HEARD_REACH = 16  # how far back in the clause 听取 may stand (a body's name between)


def _heard_reporter(text: str, who: int, end: int) -> bool:
    if _REPORTED.match(text, end) is None:
        return False
    lo = max(0, who - _HEARD_REACH)
    k = text.rfind("听取", lo, who)
    return k >= 0 and not any(c in "，。；：,;:\n" for c in text[k:who])


def _person_end(by_start: list[tuple[int, int]], who: int) -> int:
    """The end of the PERSON span that starts at `who`."""
    return by_start[bisect.bisect_left(by_start, (who, -1))][1]


# …，切实压实责任，区委书记某某说。 / …，某某书记表示。: a frame closing the sentence after its
# speech (the quote's form without the quotes): a title chain, the name, a post, the verb
_TRAILING_FRAME = re.compile(
    r"[，,]([^，。；：“”\n]{1,30}?)(?:同志|"
    + _POST_AFTER_NAME
    + r")?(?:如是|这样)?(?:说|表示|强调|指出)$"
)
_TRAILING_VERB_END = frozenset("说示调出")


def _trailing_frame(
    text: str, s: int, e: int, ds: Discourse, pend: dict[int, int]
) -> tuple[int, int]:
    """(body, end) of a sentence text[s:e] that may end in a frame (…，某某说): a PERSON must end
    the frame's subject and nothing of the subject but a title chain stand before it; then it
    speaks the sentence, which ends before the frame's comma."""
    m = _TRAILING_FRAME.search(text, max(s, e - 40), e)
    if m is None:
        return s, e
    if text[m.start(1) : m.end(1)] in ("他", "她"):
        # …，切实压实责任，他说。: the pronoun's speaker, as at a sentence's start
        ds.pronoun(m.start(1))
        return s, m.start()
    who = pend.get(m.end(1))
    if who is None or who < m.start(1) or who - m.start(1) > 24:
        return s, e
    # (只有…，才能…，群众才会说: a clause, not a title chain, before the name)
    if who > m.start(1) and not _TITLE_CHAIN_BEFORE.fullmatch(text, m.start(1), who):
        return s, e
    ds.named(who, ISSUED_FRAME)
    return s, m.start()


# a title chain written before a name: 区委书记 / 县委副书记、县长 / 市创文办主任
_TITLE_CHAIN_BEFORE = re.compile(
    r"[^，。；：、\n]{0,12}?(?:书记|长|主任|主席|委员|部长|常委)(?:、[^，。；：、\n]{0,12}?"
    r"(?:书记|长|主任|主席|委员|部长|常委))*"
)


# the points a speaker counts before the colon that ends a paragraph (…提出三点要求：)
_COUNTED_POINTS = re.compile(r"[几两三四五六七八九十]点(?:具体|明确)?(?:要求|意见)[：:]")


# what a 一 opens as a word of its own, no list number (一定要…, 一些…, 一把手…)
_ONE_WORDS = frozenset("要是、，,定些切律起体批线把系方流张步并直致道手样般项")
# the next item's number, bare or written 二要 / 二是 / 二、 (after the ； the first item ends at)
_SECOND_ITEM = re.compile(r"二(?:要|是|、|[\u4e00-\u9fff]{1,10}?要)")


def _bare_first_number(text: str, a: int, ue: int) -> bool:
    """Is the 一 at a, opening a requirement that ends at the ； at ue or before it, the bare
    number of a list's first item, the next ；-clause opening with 二 (一招商工作要…；二要…)?"""
    return (
        text[a + 1 : a + 2] not in _ONE_WORDS
        and text[ue : ue + 1] in "；;"
        and _SECOND_ITEM.match(text, _past_spaces(text, ue + 1)) is not None
    )


def _counted_points_before(text: str, s: int) -> bool:
    """Does the paragraph before the one opening at s end with a counted list's colon?"""
    p = s - 1
    if p < 1 or text[p] != "\n":
        return False
    while p > 0 and text[p] in "\n \u3000":
        p -= 1
    return text[p] in "：:" and _COUNTED_POINTS.search(text, max(0, p - 8), p + 1) is not None


def _sentence(
    text: str,
    s: int,
    e: int,
    r: _Rules,
    ds: Discourse,
    pend: dict[int, int],
    last_person_before: Callable[..., int | None],
    in_directive: Callable[[int], bool],
    out: list[Directive],
    prev_directive: bool,
    by_start: list[tuple[int, int]],
    memo: UnitMemo | None = None,
    listing: bool = False,
) -> tuple[bool, bool]:
    """Directives of the sentence text[s:e]; its reporting frame, if any, updates the Discourse
    `ds` first. `listing`: a list of requirements was opened before. Returns whether the
    sentence made a directive, and whether a list of requirements is open after it."""
    # most sentences of a report have no frame: no PERSON starts in them and they hold none of
    # the words every frame pattern needs (_FRAME_WORDS), so none of those patterns is tried
    # (a sentence with names but none of those words: _frame would try its patterns in vain, and
    # read a frame only where _name_frame finds one, which its own _inner_frame tries first;
    # session 35)
    if text.find("篇", s, e) >= 0 and _PAGE_LINKS.search(text, s, e) is not None:
        return False, False
    # (whether a PERSON starts in it, asked once: _any_start_in's bisect written out)
    k = bisect.bisect_left(by_start, (s, -1))
    named = k < len(by_start) and by_start[k][0] < e
    if not named and _no_frame_word(text, s, e, r):
        body = s
    elif not named or not _no_frame_word(text, s, e, r):
        body = _frame(text, s, e, r, ds, pend, last_person_before, in_directive, by_start)
    elif (fm := _name_frame(text, s, e, by_start)) is None:
        body = s
    else:
        ds.named(fm[0], ISSUED_INNER)
        body = fm[1]
    if body == s and text[e - 1 : e] in _TRAILING_VERB_END:
        # 各社区要…，切实压实责任，区委书记某某说。: the frame closing the sentence names who spoke
        # its requirements; it stays out of them
        body, e = _trailing_frame(text, s, e, ds, pend)
    # 某某叮嘱相关部门，要… / 某某还叮嘱大家，要…: the injunction's addressee and its comma go with
    # the frame, the requirement opens at its marker (the pooled dev gold writes it so each time;
    # an addressee the 要求 rules know, 相关… / 大家, kept it in the span; attrib47)
    if (
        body > s
        and text.endswith(_INJUNCTION_VERBS, s, body)
        and (io := _INJUNCTION_OBJECT.match(text, body, e)) is not None
    ):
        body = io.end()
    # (what the frame leaves, sliced once for the words looked for in it below)
    seg = text[body:e]
    # 强调，一是…: a frame whose speech opens with the first item of a list; …作了安排部署：一是…:
    # a deployment whose items follow its colon
    # (会议强调：一要…。…；二要…: the speech opens with 一要, the list's first item as well)
    # (会议要求， 一是…: a page's space between the frame's comma and the first item)
    # (the first three need a frame before the body: asked once)
    if (
        body > s
        and (
            (
                text[(bp := _past_spaces(text, body)) : bp + 1] in _ENUM_FIRST
                and _ENUMERATOR.match(text, bp)
            )
            or text.startswith("一要", body)
            # …并提出三点要求： 一提高思想认识…: the frame's colon, then the first item's bare numeral
            or (
                text[body - 1 : body] in "：: \u3000"
                and text[(bb := _past_spaces(text, body)) : bb + 1] == "一"
                and _BARE_ITEM.match(text, bb) is not None
                and text[s:body].rstrip(" \u3000").endswith(("：", ":"))
            )
        )
    ):
        listing = True
    elif "：" in seg and (
        _LIST_COLON.search(text, body, e) or _COUNTED_COLON.search(text, body, e)
    ):
        listing = True
        if body == s:
            # 会上，某某介绍了…，并对…提出三点要求： 一、…: who announces the items after the colon
            _announcer(text, s, e, by_start, ds)
    elif "是" in seg and _INLINE_LIST.search(text, body, e) is not None:
        listing = True
        if body == s:
            _announcer(text, s, e, by_start, ds)
    elif prev_directive and body == s and _FIRST_ITEM.match(text, s) is not None:
        listing = True
    elif ("：一是" in seg or ":一是" in seg) and _asks_then_lists(text, body, e):
        # 各部门要认清形势，…：一是铆足干劲，…；二是…: a requirement that names its work, then
        # its points after the colon: the lead ends there (_counts_its_list), the points are the
        # items of a list it opened, each a requirement though no marker of its own
        listing = True
    elif (
        not listing
        and body == s
        # (_INLINE_ITEM's later numbers: an item resumed opens with one)
        and text[s : s + 1] in "二三四五六七八九十"
        and _resumes_list(text, s, out)
    ):
        # 一、坚持…。创建文明县城是…重要抓手。二、突出重点环节，…: the next item after an
        # explanation that closed the list
        listing = True
    # units: the sentence, or clauses up to ； when the next clause opens with its own marker or
    # with the next item of a list (…；四是加强督导…)
    units = []
    us = body
    # (most sentences hold no semicolon: two finds say so for less than the regex's pass)
    semis = (
        [m.start() for m in _SEMICOLONS.finditer(text, body, e)]
        if "；" in seg or ";" in seg
        else []
    )
    if semis and "“" in seg:
        # 牢固树立“宁可信其有，不可信其无；宁可防其大，不可疏其小”的观念: a ； inside a quotation
        # that closes later in the sentence is the quote's own, no end of a unit (attrib48)
        semis = [c for c in semis if not _inside_closed_quote(text, body, c, e)]
    if listing and "是" in seg:
        semis = sorted(
            set(semis + _item_cuts(text, body, e, _COMMA_ITEM.finditer(text, body, e), semis))
        )
    elif "一" in seg and (
        "，一是" in seg
        or "，一要" in seg
        or "：一是" in seg
        or "：一要" in seg
        # (a page's ASCII colon reads as the full-width one)
        or ":一是" in seg
        or ":一要" in seg
    ):
        # 为进一步落实…，一是要…；二是…: the first item of a list opens after a comma
        semis = sorted(
            semis + _item_cuts(text, body, e, _COMMA_FIRST_ITEM.finditer(text, body, e), semis)
        )
    if listing and (
        "点：" in seg
        or "： " in seg
        # (…并作工作要求：一、强化认识，…: a heading numbered 一、 right after the colon)
        or "：一、" in seg
        or "方面" in seg
        or "项" in seg
        # (…提出三点要求：一提高…: a bare numeral right after the colon)
        or ((c1 := text.find("：一", body, e)) >= 0 and _BARE_ITEM.match(text, c1 + 1) is not None)
    ):
        # …要注重以下三点：一是…: the first item opens after the colon of the points announced
        # (…提出三点要求： 一、…: or a heading numbered 一、 after it; …必须做好以下三方面工作：
        # 一是…；: the aspects counted, the items parted by ；)
        semis = sorted(
            set(semis)
            | {
                m.end() - 1
                for m in _LIST_COLON.finditer(text, body, e)
                if m.group()[-2] == "点"
                or "方面" in m.group()
                or "项" in m.group()
                or text.startswith(("一、", "一要"), _past_spaces(text, m.end()))
                or _BARE_ITEM.match(text, _past_spaces(text, m.end())) is not None
            }
            | {m.end() - 1 for m in _COUNTED_COLON.finditer(text, body, e)}
        )
    # 某某要求甲立即清理，同时要求乙进一步完善… / 要求其及时清理…，并督促社区要…: a second verb of
    # requiring with its own addressee, after a comma, opens a requirement of its own (its verb
    # out of both)
    # (某某叮嘱社区干部加强…: an injunction governs its addressee and the act as 要求 does; dirs42)
    required = body > s and text[s:body].rstrip("，,：: \u3000").endswith(_REQUIRING_VERBS)
    again: dict[int, int] = {}
    if "要求" in seg or "督促" in seg:
        for m in _REQUIRED_AGAIN.finditer(text, body, e):
            # (the first requirement governed by the frame's 要求 or by one glued before)
            if (required or text.find("要求", body, m.start()) >= 0) and (
                _ADDRESSEE_FIRST.match(text, m.end()) is not None
                or _CONCERNED_ADDRESSEE.match(text, m.end()) is not None
            ):
                again[m.start()] = m.end()
        if again:
            semis = sorted(set(semis) | set(again))
    # …就做好…工作提出三点要求：(paragraph) 提高…；落实…；压实…。: the points counted at the end
    # of the paragraph before, unnumbered, each ；-clause of the sentence after it one point
    counted = listing and body == s and _counted_points_before(text, s)
    # 要强化担当保成效。压实责任无死角，…；严格督查促提升，…: after a requirement, a sentence of the
    # same speaker that goes on with no marker, each ；-clause opening with a heading phrase of its
    # own (GUIDELINES: in a speech an imperative heading is a marker), parts the points of the
    # heading before it (both golds of f50; a sentence whose first clause has a marker keeps its
    # ；-clauses, as the golds do: …要…；突出抓好…，…)
    parallel = semis and prev_directive and body == s and not listing
    for k, i in enumerate(semis):
        nxt_end = semis[k + 1] if k + 1 < len(semis) else e
        if i in again:
            units.append((us, i))
            us = again[i]
            continue
        if (
            # (_requirement_marker, without its wrapper; a bare 不能 alone is no marker, GUIDELINES:
            # …；楼道有消防设施，消防通道不能被占用；: an item of the list before, no new requirement)
            (
                (nm := _marker_in(text, i + 1, nxt_end, True)) is not None
                and (nm.group() != "不能" or not _only_bare_cannot(text, nm.end(), nxt_end))
            )
            or (text[i + 1 : i + 2] in _ENUM_FIRST and _ENUMERATOR.match(text, i + 1))
            or (
                text[i] in "：:"
                and (
                    _INLINE_ITEM.match(text, _past_spaces(text, i + 1)) is not None
                    or _BARE_ITEM.match(text, _past_spaces(text, i + 1)) is not None
                    or _COUNTED_COLON.search(text, max(body, i - 14), i + 2) is not None
                    or text.startswith("一要", _past_spaces(text, i + 1))
                )
            )
            # 请大家抓好落实；几个乡镇…也做了很好的表态发言: what follows reports, it is no part of
            # the requirement (…要充分认识到X是…的重要步骤；是…的综合平台；: a clause opening with a
            # bare 是 goes on with the predicate before it, as a comma would, no report)
            or (text[i + 1 : i + 2] != "是" and _asserts(text, i + 1, nxt_end))
            or _next_turn(text, i + 1, nxt_end, by_start)
            # …详细检查了…；要求某某广场…；要求某某区…: each 要求 after ； with what it governs
            # opens a requirement of its own
            or (
                text[i] in "；;"
                and text.startswith(("要求", "并要求"), i + 1)
                and _GLUED_REQUIRED.match(text, i, nxt_end) is not None
            )
            or (counted and text[i] in "；;")
            or (parallel and text[i] in "；;" and _parallel_point(text, us, i, nxt_end))
        ):
            units.append((us, i))
            us = i + 1
    units.append((us, e))
    made = False
    items = 0
    again_starts = frozenset(again.values()) if again else _NO_STARTS
    # 某某要求各分管部门进一步造浓氛围，做到… / 会议要求，认真传达学习，…: what 要求 governs is
    # required even without a marker of its own
    # (某某希望，全县上下进一步…: the hope of the frame governs what follows as 要求 does)
    # 某某强调，全力打好“某某攻坚战”，确保…: what the speaker stresses opening with an imperative
    # verb is required though no marker follows (_stressed_unit)
    stressed = not required and body > s and text[s:body].rstrip("，,：: \u3000").endswith("强调")
    # a frame in the sentence (会议要求， / 某某指出，) starts what it frames: the wider continuation
    # of the speaker before stops there
    unframed = body == s
    # 重点抓好N个…：一是…；二是…；三是…。 / …要做到N个“…”：一要…。: a requirement whose
    # own words announce a counted list after a colon is one unit with the list; an item opening
    # a new requirement with its own marker after a ； still opens a unit of its own (GUIDELINES:
    # the unit is the sentence, or a clause ending in ； before a clause with its own marker)
    absorb = -1
    # (the directive the unit before made, if it did: a clause after ； whose marker comes later
    # may go on with it)
    running = -1
    for us, ue in units:
        if absorb >= 0:
            # (a later item opens with its number; a clause after ； that reports or asserts, or
            # an item with its own marker, is read as before)
            ub = _past_spaces(text, us)
            # (…抓好以下几项工作：一是搞好…；二是强化…；三是…: an item number after ； opens a new
            # requirement as a marker would (GUIDELINES' unit: a clause ending in ； before a new
            # requirement); both golds of dev45 make each ；-parted item its own span, the number
            # left out. Only the item right after the colon, or after a comma, stays with the lead;
            # the later items are the points of the list the lead opened, each listed)
            if text[us - 1 : us] in "；;":
                if (
                    _ENUMERATOR.match(text, ub) is not None
                    or _INLINE_ITEM.match(text, ub) is not None
                    or _BARE_ITEM.match(text, ub) is not None
                ):
                    listing = True
                absorb = -1
            elif (
                text[us - 1 : us] not in "：:"
                and _ENUMERATOR.match(text, ub) is None
                and _INLINE_ITEM.match(text, ub) is None
                and _BARE_ITEM.match(text, ub) is None
            ):
                absorb = -1
            else:
                last = out[absorb]
                end = ue
                while end > us and text[end - 1] in "。！？!?；;，, \u3000":
                    end -= 1
                if end > last.end:
                    last.end = end
                continue
        listed = (
            listing
            and (
                (text[us : us + 1] in _ENUM_FIRST and _ENUMERATOR.match(text, us) is not None)
                # …提出三点要求。一、坚持…: a list number opening a sentence inside the paragraph
                # (…提出三点要求： 一、…: after the colon and a space)
                or _INLINE_ITEM.match(text, _past_spaces(text, us)) is not None
                # (…提出三点要求： 一提高…。…。二围绕…: a bare numeral glued to the heading's verb)
                or (
                    text[(ub := _past_spaces(text, us)) : ub + 1] in _ENUM_FIRST
                    and _BARE_ITEM.match(text, ub) is not None
                )
                # (…提出三点要求：(paragraph) 提高…；落实…: the points counted before the paragraph)
                or (counted and (us == s or text[us - 1] in "；;"))
                # (…抓好以下四方面工作：学习宣传…；…: the unnumbered items after the counted colon)
                or (
                    us > body
                    and text[us - 1] in "：:"
                    and _COUNTED_COLON.search(text, max(body, us - 16), us + 1) is not None
                )
            )
        )
        if (
            not listed
            and running >= 0
            and us > body
            and text[us - 1] in "；;"
            and text[us : us + 1] in _ENUM_FIRST
            and ds.speaker is not None
            and _LATER_ITEM.match(text, us) is not None
        ):
            # …绝不能有半点懈怠；二是强化支撑，…。…，各社区要继续努力，…；三是把握重点，…: in a
            # named speaker's speech a later item number after ； right after a requirement (the
            # unit before in this sentence made one: not after an assertion, 当前的问题一是…；二是…)
            # resumes the list it belongs to, though the sentences between (an explanation, a
            # report) closed it, as a later item opening a paragraph does (lists43)
            listed = True
        items += listed
        first = (required and us == body) or us in again_starts
        key = (us, ue, prev_directive, listed, first, listing, unframed)
        if memo is not None and key in memo:
            d = memo[key]
        else:
            d = _unit(text, us, ue, prev_directive, listed, first, listing, unframed)
            if memo is not None:
                memo[key] = d
        if d is None and stressed and us == body and not listed:
            d = _stressed_unit(text, us, ue)
        if d is not None and text[d[0] : d[0] + 1] == "一" and _bare_first_number(text, d[0], ue):
            # 并提出要求，一招商工作要…；二要…: the list's number glued to the first item's
            # subject stays out, as 一、 does (GUIDELINES: leave out list numbers, keep 一要)
            d = (d[0] + 1, d[1], d[2], d[3])
        if (
            d is not None
            and running >= 0
            and not listed
            and us not in again_starts
            and _goes_on_after_semicolon(text, us, d[0], d[1])
        ):
            # …，全面做好…工作；提前做好…准备，进一步细化…，各队伍要…: a clause after ； that
            # opens with what is to be done, its marker later, opens no requirement of its own
            # (GUIDELINES: a ； ends the unit when the next clause opens with its own marker): the
            # requirement before runs on to the sentence's end, the clauses before the marker
            # with it (session 33)
            out[running].end = d[1]
            made = True
            prev_directive = True
            continue
        running = -1
        if d is not None:
            running = len(out)
            out.append(Directive(d[0], d[1], d[2], ds.speaker, d[3], ds.rule))
            made = True
            prev_directive = True
            if (
                ue < e
                and text[ue] in "：:"
                and d[1] >= ue - 1
                and _colon_list_follows(text, ue + 1, e)
                and _counts_its_list(text, us, ue)
            ):
                absorb = len(out) - 1
    # the list stays open over its items and the requirements between them; a sentence that
    # announces one (…提出几点意见。 / …从七个方面努力：) opens it
    if body == s:
        # (seg is text[s:e]: the loop below, in C)
        tail = s + len(seg.rstrip("：: \u3000"))
        if text[tail - 1 : tail] not in _ANNOUNCED_LAST and (
            "方面" not in seg or text.find("方面", max(s, tail - 10), tail) < 0
        ):
            # (most sentences: what follows reads none of the announcements below, each of
            # which needs a frame before the body, or one of those last characters, or 方面
            # near the end; tests/test_preannotate_directive_speed37.py)
            return made, listing and (made or items > 0 or _ASSERTION.search(text, s, e) is None)
    else:
        tail = e
        while tail > s and text[tail - 1] in "：: \u3000":
            tail -= 1
    # (its last characters name what is announced: 意见 / 要求 / 希望, or …个方面 a few before)
    announces = (
        tail > s
        and (
            text[tail - 1] in "见求望点署"
            or text.find("方面", max(s, tail - 10), tail) >= 0
            # (…作出指示：: an instruction announces its points only before its colon)
            or (
                text[tail - 1] == "示" and ("：" in text[tail : e + 1] or ":" in text[tail : e + 1])
            )
        )
        and _LIST_ANNOUNCE.search(text, max(s, tail - 24), tail) is not None
    )
    # 某某在会上强调：(end of the paragraph) 一是…。二是…: a frame whose speech follows its colon
    # opens the list its items make
    announces = announces or (
        body > s and body >= tail and text[s:body].rstrip(" \u3000").endswith(("：", ":"))
    )
    # …，安排部署下一步某某工作。一是…: the work deployed, named after
    # the verb, opens the list of its points as well (who deployed it is not drawn from it: a
    # named deployment announcing a speech is the opt-in relation.issued_by.announced's)
    deploys = (
        not announces
        and not made
        and text[tail - 1 : tail] == "作"
        and _DEPLOYED_WORK.search(text, max(s, tail - 24), tail) is not None
    )
    if announces and body == s and not made:
        # 某某副区长组织召开了座谈会，…，最后提出三点要求：: the items that follow are theirs
        _announcer(text, s, e, by_start, ds)
    elif (
        body == s
        and not made
        and text[tail - 2 : tail] in ("要求", "强调", "指出")
        and (who := _closed_frame(text, s, tail, by_start)) is not None
    ):
        ds.named(who, ISSUED_FRAME)
        announces = True
    # 某某强调，X是…的中心工作，只有…才能见实效。一是摸清底数，理出重点。: a framed speech that
    # asserts first; the first item of a list right after it opens the list of what it asks
    announces = announces or (
        body > s
        and not made
        and text[e + 1 : e + 2] in _FIRST_ITEM_START
        and _asks_first_item(text, e + 1)
    )
    # 某某强调，创建工作是一项系统工程。确保今年通过省级验收。: a speech frame whose sentence only
    # asserts, then, in the same paragraph, a sentence opening with a word that can only ask
    # (确保 / 坚决 / 切实 / 务必 / 务求): the speech goes on with what it asks, read as a
    # continuation (the next sentence's own checks still apply)
    opens_ask = (
        body > s
        and not made
        and text[e : e + 1] in _SENT_END
        and text.startswith(_ASKING_OPENERS, e + 1)
    )
    # (一是…要浓。全体人员进一步统一思想，振奋精神。二是…: a sentence between two items that
    # asserts nothing leaves the list open)
    return made or opens_ask, announces or deploys or (
        listing and (made or items > 0 or _ASSERTION.search(text, s, e) is None)
    )


# what a quoted name holds none of (“各位邻居，请不要…”“…”: a quoted speech, no name)
_NOT_IN_NAME = re.compile(r"[，。！？；：、,;:!?]")
_QUOTED_NAME_MAX = 16


def _quoted_name(text: str, q: int, qe: int, e: int) -> bool:
    """Is the quote opened at q and closed at qe a short name (“某某文明县城”, “门前三包”) with the
    requirement going on after it before e, not a quoted speech (its clauses or sentences)?"""
    return (
        q < qe < e - 1
        and qe - q <= _QUOTED_NAME_MAX
        and _NOT_IN_NAME.search(text, q + 1, qe) is None
    )


# a bracketed stage direction or list number opening a unit: （填票结束后） / (一)
# (not a byline's bracket before a quote: （某某）“…”)
_LEAD_BRACKET = re.compile(r"[（(][^（）()\n]{1,12}[）)](?=[\u4e00-\u9fff])")
# what a requirement's last clause counts before its colon (两件事 / 三个关口 / 以下工作)
_LIST_COUNT = re.compile(r"[几两三四五六七八九十]+(?:个|点|项|方面|件|条|大|种|类)|以下|如下")
_LIST_NAMED = ("重点", "要点", "要求", "意见", "部署", "安排")


def _counts_its_list(text: str, us: int, ue: int) -> bool:
    """Does the clause of text[us:ue] right before its colon (at ue) count or announce the items
    that follow it (各乡镇要抓好两件事：一是… / 要抓好以下工作：一是…)? A requirement that only
    names its work before the colon (…做好灾后恢复重建工作：一是局部…地方要…) ends there: both
    golds of dev40 end it at the colon, the item its own span (the count's lists, dev32, stay
    one unit with their items)."""
    cs = max(text.rfind("，", us, ue), text.rfind(",", us, ue), us)
    # (明确方向，抓住重点：一是…: the points named by what announces them, as _LIST_COLON reads)
    return _LIST_COUNT.search(text, cs, ue) is not None or text.endswith(_LIST_NAMED, cs, ue)


def _asks_then_lists(text: str, body: int, e: int) -> bool:
    """Does the first 一是 after a colon in text[body:e] follow a requirement (a marker in the
    clauses since the last ； before it) that does not count its items (_counts_its_list)?"""
    c = text.find("：一是", body, e)
    c2 = text.find(":一是", body, e)
    c = c2 if c < 0 or 0 <= c2 < c else c
    us = max(text.rfind("；", body, c), text.rfind(";", body, c), body - 1) + 1
    return _requirement_marker(text, us, c) is not None and not _counts_its_list(text, us, c)


def _colon_list_follows(text: str, i: int, e: int) -> bool:
    """Does the first item of a list open at text[i:e], right after a colon (一是… / 一要… /
    第一，… / （一）… / 一、… / a bare numeral glued to its heading's verb), or do unnumbered items
    follow a count with 以下 (…抓好以下三方面工作：学习宣传…；开展…)?"""
    c = i - 1
    i = _past_spaces(text, i)
    return i < e and (
        _FIRST_ITEM.match(text, i) is not None
        or _COUNTED_COLON.search(text, max(0, c - 16), c + 2) is not None
        or text.startswith(("一要", "一、"), i)
        or _BARE_ITEM.match(text, i) is not None
    )


# a point's heading on its own line: short, its marker opening it (要对标对表补齐短板弱项。)
_POINT_HEADING_MAX = 20
_POINT_HEADING_START = re.compile(r"(?:[一二三四五六七八九十]是)?(?:要|必须|务必|一定要)")


def _point_heading_line(text: str, ps: int, pe: int, d: Directive) -> bool:
    """Is the paragraph text[ps:pe] a named speaker's point heading alone on its line, the
    directive d all of it (要坚定信心凝聚各方力量。), a short requirement its marker opens?"""
    a = _past_spaces(text, ps)
    b = pe
    while b > a and text[b - 1] in "。！!； \u3000":
        b -= 1
    return (
        d.speaker is not None
        and d.start == a
        and d.end == b
        and b - a <= _POINT_HEADING_MAX
        and _POINT_HEADING_START.match(text, a) is not None
    )


# the last characters (before a colon) of a sentence whose end, with no frame before its body,
# can announce a list or name a speaker (_sentence's last block): 意见 / 要求 / 希望 / 三点 /
# 部署 / 指示 of _LIST_ANNOUNCE (its …个方面 is found by 方面 instead), the 工作 of _DEPLOYED_WORK,
# the verb of a closed frame (要求 / 强调 / 指出)
_ANNOUNCED_LAST = "见求望点署作调出示"
_NO_STARTS: frozenset[int] = frozenset()
# words that open a sentence only to ask for an act (确保今年通过验收 / 坚决克服松劲思想)
_ASKING_OPENERS = ("确保", "坚决", "切实", "务必", "务求")


# the work a clause is about, not who is to act (创建工作不能…)
_WORK_NOUNS = ("工作",)
_ITEM_REPORTS = re.compile(r"[了已\d０-９]|是")
_ITEM_MARKER = re.compile(r"要(?!求)|必须|务必|一定要")


def _asks_first_item(text: str, i: int) -> bool:
    """Is text[i:] the first item of a list of what a speech asks, a heading that reports
    nothing (一是摸清底数，理出重点。) then a requirement marked (要根据…), or an imperative?
    (not 一是经济稳步增长，财政收入增加。 / 一是加强组织领导，成立了创建指挥部。)"""
    m = _FIRST_ITEM.match(text, i)
    if m is None:
        return False
    end = _SENT_END_CHARS.search(text, m.end())
    stop = end.start() if end else len(text)
    if _ITEM_REPORTS.search(text, m.end(), stop) is not None or stop - m.end() > 40:
        return False
    return text.startswith(_CONTINUES, m.end()) or _ITEM_MARKER.match(text, stop + 1) is not None


# 强调，开展…具有重要意义 / …有利于… / …事关…: what the stressed clause is said to do or be, an
# assessment with no 是
_ASSESSED = re.compile(
    r"具有|有利于|有助于|意义|离不开|关系到|关乎|事关|在于|体现|标志|就是|才能|必将|将会|已经|正在"
)


# 创建文明城市是必须完成的硬性任务 / 这是我们必须打赢的一场硬仗: an assertion naming a task, a
# marker inside the 的 phrase before the noun
_NAMED_TASK = re.compile(
    r"[^，。；：\n]{0,20}?是(?:我们|大家|全市上下|全县上下|全区上下)?(?:必须|务必|一定要)"
    r"[^，。；：\n]{1,10}?的[^，。；：\n]{0,6}?(?:任务|目标|事情|职责|使命|课题|答卷|硬仗|工程|大事|战役)"
)


# 某某强调，各级各部门充分调动…，细化…: the addressees, then the imperative verb with no marker
# between (the addressees 各… / 全体… / 广大… / 所有… / 相关… / 有关…, a few characters long)
_STRESSED_ADDRESSEE = re.compile(
    r"(?:各|全体|广大|所有|相关|有关)[^，。；：、\n]{0,10}?" + _REQUIRED_VERB
)


def _stressed_unit(text: str, s: int, e: int) -> tuple[int, int, float, str] | None:
    """The requirement a speaker's 强调 governs without a marker: an imperative verb opens it,
    nothing in it asserts, assesses or reports. Only a whole sentence (某某强调，加强…，一要…；:
    the lead clause of a list is the list's topic)."""
    if text[e : e + 1] not in ("。", "！", "!", "\n", ""):
        return None
    while e > s and text[e - 1] in "。！？!?；;，, \u3000":
        e -= 1
    s = _strip_lead(text, _past_spaces(text, s), e)
    body = text[s:e]
    if (
        len(body) < 8
        or not (
            body.startswith(_REQUIRED_VERBS)
            or _STRESSED_ADDRESSEE.match(body) is not None
            # (某某强调，以无比坚定的信心，全力以赴推进…: the manner, then the act; dir51)
            or (body[:1] == "以" and _manner_led(body))
        )
        or body.startswith(_NOT_CONTINUES)
    ):
        return None
    plain = _QUOTED.sub("", body)
    if (
        _ASSERTION.search(plain)
        or _ASSESSED.search(plain)
        or _REPORTED_YI.search(plain)
        or "我" in plain
        or "“" in body[:1]
    ):
        return None
    return s, e, 0.6, "directive.stressed"


# a turn's line short enough to be a headline or a one-sentence answer
_TURN_LINE_MAX = 60
TURN_IMPERATIVE = "directive.turn_imperative"


def _turn_imperative(text: str, s: int, e: int) -> tuple[int, int] | None:
    """(start, end) of a named turn's line text[s:e] (after 某某：) that is one imperative
    sentence with no marker (孙某：努力把某市建成…文明城市): read as _stressed_unit reads what 强调
    governs. None when the line holds a marker (the sentences' own reading), more than one
    sentence, or no imperative."""
    while e > s and text[e - 1] in " \u3000\t":
        e -= 1
    if _SENT_END_CHARS.search(text, s, e - 1) is not None or _marker_in(text, s, e) is not None:
        return None
    d = _stressed_unit(text, s, e)
    return None if d is None else (d[0], d[1])


def _inside_closed_quote(text: str, s: int, c: int, e: int) -> bool:
    """Is position c of text[s:e] inside a quotation opened after s that closes before e?"""
    opened = text.count("“", s, c)
    return opened > text.count("”", s, c) and text.find("”", c, e) >= 0


def _quote_end(text: str, s: int, e: int) -> int:
    """Where the quote opened at text[s] closes before e, the quotes inside it paired off
    (-1: it does not)."""
    if "”" not in text[s:e]:
        return -1
    depth = 0
    for i in range(s, e):
        c = text[i]
        if c == "“":
            depth += 1
        elif c == "”":
            depth -= 1
            if depth == 0:
                return i
    return -1


# the time or the point a task has reached (…已经到了…的时候): what it names is no requirement
_REACHED_TIME = ("的时候", "的地步", "的关头")
# 关键是要 / 关键就是要 / 关键在于要: the key to the task named before
_KEY_IS = ("关键是", "关键就是", "关键在于")
# …，对于…具有重要意义 / …，有着十分重要的作用: the sentence says what its subject means
_WEIGHED = re.compile(
    r"[，,](?:对于?[^，。；：\n]{0,60}?)?(?:都|将|也|更)?(?:具有|有着|具备)[^，。；：\n]{0,12}?(?:意义|作用)$"
)


# the last characters of the tails _unit cuts off (部署 / 安排, 要求 / 意见 / …点, 强调 / 指出 / 说)
_TAIL_LAST = frozenset("署排求见点调出说")
# …叮嘱学校做好…工作，并预祝广大考生取得优异成绩: the speaker's good wishes after the requirement
# are no part of it (a wish asks nothing; dirs42)
_WISH_TAIL = re.compile(r"[，,](?:并|还|同时)?(?:预祝|祝愿|祝福)")


def _unit(
    text: str,
    s: int,
    e: int,
    prev_directive: bool,
    listed: bool = False,
    required: bool = False,
    in_list: bool = False,
    unframed: bool = False,
) -> tuple[int, int, float, str] | None:
    """The directive of the unit text[s:e], if any. `listed`: the unit is an item of an open list
    of requirements (一是…), a requirement even without a marker. `required`: the unit is what a
    frame's 要求 governs (某某要求各部门进一步…), a requirement even without a marker.
    `unframed`: the sentence has no frame of its own, so its speaker is the one before."""
    # most units of a report hold no marker and nothing governs them (no requirement before, no
    # open list, no frame's 要求): only a glued 要求 / 叮嘱 / 嘱咐 could make them one (session 35)
    # (a marker of a clause or of the trimmed unit is a match in the whole unit as well: the
    # marker's lookaheads read no further than the punctuation that ends a clause, but for the
    # 就 / 才 of 要想…就, which a shorter end can hide)
    if not (prev_directive or listed or required) and _MARKER.search(text, s, e) is None:
        seg = text[s:e]
        if "要求" not in seg and "叮嘱" not in seg and "嘱咐" not in seg and "要想" not in seg:
            return None
    unit_start = s
    # 为什么要创建文明城市？: a question asks nothing of anyone
    if (after := text[e : e + 1]) in ("？", "?"):
        return None
    # (…共建共享、/p: the rest of the paragraph tag that ended the sentence)
    if after == ">" and (hm := _HTML_TAIL.search(text, s, e)) is not None:
        e = hm.start()
    # …从七个方面努力：: the colon that introduces a list stays outside, like a final 。 (and a
    # U+FFFD where damage took the final mark: …惠及百姓\ufffd; a headline's dashes: …指示———;
    # the bracket of a pinyin note the copy cut off: …要进一步加强（; the dots where a page cut
    # its text: …纵向到人...; the quote it opened before the cut: …坚定“创则必成”“)
    # (a pinyin note the page cut inside: …一要高度重视，压（ya; a newspaper's jump to the next
    # page: …要持续开展背街小巷整治，（下转第三版）)
    # (a note ends the unit, at most _CUT_NOTE_MAX characters long: searched from there only)
    if (
        text[e - 1 : e] in _CUT_NOTE_LAST
        and (cut := _CUT_NOTE.search(text, max(s, e - _CUT_NOTE_MAX), e)) is not None
    ):
        e = cut.start()
    while e > s and text[e - 1] in '。！？!?；; \u3000”"：:、，,\ufffd—（(.…“':
        if (
            text[e - 1] in '”"'
            and "“" in text[s:e]
            and text[s:e].count("“") >= text[s:e].count("”")
        ):
            break
        e -= 1
    # (…要求： 一、思想重视，…: the space after the colon, then the list number)
    # (lead_from: where the lead was stripped from, read again below only from elsewhere)
    s = _strip_lead(text, lead_from := _past_spaces(text, s), e)
    if text[s : s + 1] in "（(" and (lb := _LEAD_BRACKET.match(text, s, e)) is not None:
        # （填票结束后）请工作人员收票 / (一)要…: a stage direction or a list number in brackets
        # opening the unit stays out (GUIDELINES: no enclosing marks; both golds of dev40)
        s = _strip_lead(text, _past_spaces(text, lb.end()), e)
    stripped = (lead_from, e, s)
    if listed and text[s : s + 1] in _ENUM_FIRST and _BARE_ITEM.match(text, s) is not None:
        # 一提高思想认识抓好责任落实: the bare numeral of an item stays out, as 一是 does
        s += 1
    # 请大家…抓好任务落实，下面，我再强调三个方面的意见: the speaker announcing the next points
    # is no part of the requirement before it
    tm = _OWN_POINTS_TAIL.search(text, s, e) if text.find("我", s, e) >= 0 else None
    if tm is not None and tm.end() == e:
        e = tm.start()
    # (the tails below end in one of these characters: most units end in none)
    if text[e - 1 : e] in _TAIL_LAST:
        # …要求各部门吸取教训，严格落实…，并针对…工作作出部署: what the speaker then did is no
        # part of the requirement
        if text[e - 2 : e] in ("部署", "安排"):
            tm = _REPORTED_TAIL.search(text, s, e)
            if tm is not None and tm.end() == e and _marker_in(text, tm.start(), e) is None:
                e = tm.start()
        if text[e - 1 : e] in ("求", "见", "点"):
            tm = _ANNOUNCED_TAIL.search(text, max(s, e - 36), e)
            if tm is not None and _marker_in(text, tm.start(), e) is None:
                e = tm.start()
        if text[e - 2 : e] in ("强调", "指出", "要求") or text[e - 1 : e] == "说":
            tm = _PRONOUN_FRAME_TAIL.search(text, max(s, e - 12), e)
            if tm is not None:
                e = tm.start()
    if (
        text.find("祝", s, e) >= 0
        and (wm := _WISH_TAIL.search(text, s, e)) is not None
        and wm.start() > s
    ):
        e = wm.start()
    # …叮嘱大家要注意防暑降温，并送上了防暑降温用品: what the speaker then did (并 + an act in 了)
    # closes the sentence; it is no part of the requirement (attrib48)
    # (not when the marker's own clause reports an act in 了 before it: 某某宣读了…名单及要进驻…的
    # 单位名单，并对…进行了部署 is a report throughout, the tail no different from the rest)
    if (
        text.find("了", s, e) >= 0
        and (lc := max(text.rfind("，", s, e), text.rfind(",", s, e))) > s
        and _DONE_TAIL.fullmatch(text, lc + 1, e) is not None
        and _marker_in(text, lc + 1, e) is None
        and (dm := _marker_in(text, s, lc)) is not None
        and text.find("了", max(s, text.rfind("，", s, dm.start()) + 1), dm.start()) < 0
    ):
        e = lc
    # 某某说：“各街道要…。”: a quote that runs to the end of the sentence is the speech itself,
    # not a quoted formula
    # (某某说：“各街道要落实“门前三包”…。”: the quote's own “…” inside it does not close it)
    # (the first three tests need “ at s: asked once; most units open with none)
    opens_quote = text[s : s + 1] == "“"
    if opens_quote and (qe := _quote_end(text, s, e)) < 0:
        s += 1
    elif opens_quote and text[e - 1 : e] == "”" and qe == e - 1 and text[s - 1 : s] in "：:，,":
        # 某某强调：“各单位要…，全面整改”。: the quote closed before the full stop is the speech
        # itself as well (the frame's colon or comma before it), its marks stay out
        s, e = s + 1, e - 1
    elif opens_quote and _quoted_name(text, s, qe, e):
        # “某某文明县城”创建工作要…: a quoted name opening the requirement, more after it; its
        # opening mark stays out as the marks around an entity do (both golds of dev40)
        s += 1
    elif (
        (q := text.find("“", s, e)) > s and _byline_quote(text, s, q) and _quote_end(text, q, e) < 0
    ):
        # 本网讯（记者 某某）“目前，各单位要…。: the speech a quote opens after a byline runs to
        # the end of the sentence; the dateline before it stays out (speak32)
        s = q + 1
    if e - s < 4 and not (
        # …；要细 / …。二要更: a text cut off a few characters into a new requirement (a page's
        # copy that ends mid-sentence, no closing mark): what is written of it is its span
        e - s >= 2
        and not text[e:].strip()
        and (cm := _marker_in(text, s, e)) is not None
        and cm.end() < e
    ):
        return None
    mk = None
    ci = 0
    # a marker of a clause is a match of _MARKER in the unit: most sentences of a report have
    # none, and need neither their clauses nor the checks on each candidate marker
    if _MARKER.search(text, s, e) is not None:
        clauses = _clauses(text, s, e)
        for k, (a, b) in enumerate(clauses):
            # (_requirement_marker's search, called without its wrapper)
            mk = _marker_in(text, a, b, True)
            if mk is None:
                # (each test below needs a marker: on to the next clause)
                continue
            if (
                mk
                and k > 0
                and text.startswith(_ASSERTED_NAMING, a, mk.start())
                and text.find("的", mk.end(), b) >= 0
            ):
                # …，这是我们必须实现的目标，各乡镇要…: the marker sits in what an assertion names
                # (a 的 phrase after 是), it asks nothing itself; a later clause's marker may
                mk = None
                continue
            if mk and text.endswith(_REACHED_TIME, s, e) and text.find("到了", s, mk.start()) >= 0:
                # 某项工作已经到了非抓紧不可、必须长抓的时候: the marker sits in the time the work
                # has reached (…的时候 / …的地步), an assessment; it asks nothing (speak35)
                mk = None
                continue
            if mk and k > 0 and text.endswith(_KEY_IS, a, mk.start()) and mk.group() == "要":
                # 落实…部署，关键是要立足县情: what the key to a task is, after it, explains
                # it, as 就是要 does (both golds of dev35: an assessment; speak35)
                mk = None
                continue
            if (
                mk
                and text.find("是", a, b) >= 0
                and (nt := _NAMED_TASK.match(text, a, b)) is not None
                and nt.end() == b
            ):
                # 创建文明城市是必须完成的硬性任务，没有退路: the clause asserts what the task is,
                # the marker inside the 的 phrase it names asks nothing
                mk = None
                continue
            if (
                mk
                and mk.group() == "不能"
                and text.endswith(_WORK_NOUNS, a, mk.start())
                and any(_acting_marker(text, a2, b2) for a2, b2 in clauses[k + 1 :])
                # (某某工作不能停留在…，而要…: not this but that, one requirement from 不能)
                and not (k + 1 < len(clauses) and text.startswith("而", clauses[k + 1][0]))
            ):
                # 文明创建工作不能有丝毫麻痹大意，要端正工作态度，…: what the work must not be is
                # an assessment before the requirement (GUIDELINES: bare 不能 is no marker); the
                # later clause's marker opens it
                mk = None
                continue
            if (
                mk
                and mk.group() == "需要"
                and mk.start() == a
                and any(_ASSERTION.search(text, a2, b2) for a2, b2 in clauses[:k])
                and _NEED_BODIES_ACT.match(text, mk.end(), b) is None
                and any(_acting_marker(text, a2, b2) for a2, b2 in clauses[k + 1 :])
            ):
                # 创城是一项系统工程，需要全社会共同参与，各单位要…: the 需要 describes (below);
                # a later clause's marker opens the requirement (session 33)
                mk = None
                continue
            if mk:
                ci = k
                break
    if mk is None:
        body = text[s:e]
        # 对于排查不力的，将从严追责处罚，… / 同时将跟踪督办…: a sentence under 将 of what will be
        # done (a warning, a plan) asks nothing without a marker, whatever imperative follows
        if "将" in body[:40] and _WILL.match(body) is not None:
            return None
        # 一是培育和践行…，提升…: an item of a list of requirements, not an assessment
        if (
            listed
            and len(body) >= 4
            and not _ASSERTION.search(body)
            and not body.startswith(_POINT_HEADS)
            # (二是存在问题: a topic; 二是合理统筹，全力攻坚难点问题: an order with a clause that
            # opens with an imperative)
            and (
                not body.endswith(_NOMINAL_HEADS)
                or any(text.startswith(_CONTINUES, a) for a, _ in _clauses(text, s, e))
            )
            # 我要… / 我们将…: a first-person report (a quoted slogan may say 我; 我县 names a place)
            and _FIRST_PERSON_REPORT.search(_QUOTED.sub("", body)) is None
        ):
            return s, e, 0.6, "directive.enumerated"
        # (…要求，认真传达学习，… / …要求各分管部门进一步…: it opens with an imperative or an
        # addressee; 某某要求，整治行动从即日起至10月底，分三个阶段推进 only states a schedule)
        if (
            required
            and len(body) >= 6
            and (
                body.startswith(_REQUIRED_VERBS)
                or body.startswith(_REQUIRED_MEANS)
                or _REQUIRED_ADVERBIAL.match(body) is not None
                or (body.startswith(_REQUIRED_OPENERS) and _NATION_NAMED.match(body) is None)
                or _ORG_ADDRESSEE.match(body) is not None
                or _NAMED_ADDRESSEE.match(body) is not None
                or _ADDRESSEE_LIST.match(body) is not None
                or _CONT_LEAD.match(body) is not None
                or _REQUIRED_SETTING.match(body) is not None
                or _ADDRESSEE_SETTING.match(body) is not None
                or _HEAD_ADDRESSEE.match(body) is not None
                or _BODY_ADDRESSEE.match(body) is not None
                or _SITE_KINDS.match(body) is not None
                or _KIND_ADDRESSEE.match(body) is not None
            )
            # 会议要求，将于下月召开…: a plan the meeting announces, not an order
            and not body.startswith(_NOT_CONTINUES)
            and not _ASSERTION.search(body)
            and _REPORTED_YI.search(body) is None
            and "我" not in _QUOTED.sub("", body)
        ):
            own = _OWN_NEXT_FRAME.search(text, s, e)
            return s, own.start() if own else e, 0.6, "directive.required"
        # an imperative sentence that continues a directive
        # 会议传达…精神，要求各部门、各相关条线严格对照…: the requirement after a glued 要求
        # (某某现场提出指导意见，要求相关单位…: the frame's comma before the verb, the unit opening
        # at it)
        gm = (
            _GLUED_REQUIRED.search(text, s, e)
            if "要求" in body or "叮嘱" in body or "嘱咐" in body
            else None
        )
        if (
            gm is None
            and unit_start > 0
            and text[unit_start - 1] in "，,"
            and text.startswith("要求", unit_start)
        ):
            # (某某作出批示，要求迅速组织…: the unit opens at 要求, the comma before it out of the
            # search above; attrib47)
            gm = _GLUED_REQUIRED.match(text, unit_start - 1, e)
        if (
            gm is None
            and unit_start > 0
            and text[unit_start - 1] in "；;"
            and text.startswith(("要求", "并要求"), unit_start)
        ):
            # (…；要求某某广场以…: a unit the ； before 要求 opened)
            gm = _GLUED_REQUIRED.match(text, unit_start - 1, e)
        if (
            gm is not None
            and not _asserts_in(text[gm.end() : e])
            # (…，指出存在问题，并要求及时整改。: a short order is one when it says how soon)
            and (e - gm.end() >= 6 or text.startswith(_SOON_ORDERS, gm.end()))
        ):
            # 某区长要求工作人员一一记录，表示将…: the speaker's next frame (his own pledge) ends what
            # 要求 governs (dirs43)
            own = _OWN_NEXT_FRAME.search(text, gm.end(), e)
            return gm.end(), own.start() if own else e, 0.6, "directive.required"
        if (
            prev_directive
            and (
                body.startswith(_CONTINUES)
                or _CONT_LEAD.match(body) is not None
                # (以严之又严的态度，各负其责完成…: the manner the work is to be done with opens
                # the point, whatever act follows it; dir51)
                or (body[:1] == "以" and _manner_led(body))
                # (深刻认识创城工作的重要性、紧迫性，…: understanding the task's weight is asked)
                or _SEES_TASK.match(body) is not None
                or (in_list and body.startswith(_LIST_CONTINUES + _LEAD_VERBS))
                # (二是抓好…。某某某某，某某某某，某某某某。: inside an open list, a body of
                # four-character phrases only, the formula an item's heading is spelled out in)
                or (in_list and _FOUR_PHRASES.fullmatch(body) is not None)
                or _sees_then_acts(text, s, e)
            )
            and not body.startswith(_NOT_CONTINUES)
            # (充分认识创城是…的重大机遇，是…的有力抓手: what is to be understood may assert, it is
            # the object of the act asked for, as after 要充分认识)
            and (not _ASSERTION.search(_QUOTED.sub("", body)) or _SEES_TASK.match(body) is not None)
            and not _tells_rather_than_asks(text, s, e, body)
        ):
            return s, e, 0.6, "directive.continuation"
        if (
            unframed
            and prev_directive
            and _imperative_chain(text, s, e)
            and (not body.startswith(_NOT_CONTINUES) or body.startswith("把握"))
            # 已建立…，完善了…: a report of what was done (了 and 已 say it is done)
            and "已" not in (plain := _QUOTED.sub("", body))
            and "了" not in plain
            and not _ASSERTION.search(plain)
            and not _tells_rather_than_asks(text, s, e, body)
        ):
            return s, e, 0.6, "directive.continuation"
        if (
            unframed
            and prev_directive
            and len(body) >= 6
            and (
                body.startswith(_WIDE_CONTINUES)
                or _WIDE_LEAD.match(body) is not None
                or (_ADDRESSEE_ACTS.match(body) is not None and _ANSWERED.search(body) is None)
            )
            and not body.startswith(_NOT_CONTINUES)
            # 已建立… / …了: a report of what was done; 我们将…: a first-person plan
            and "已" not in body
            and not _ASSERTION.search(plain := _QUOTED.sub("", body))
            and "我" not in plain
            and _TALLY.match(body) is None
            and _WEIGHED.search(body) is None
        ):
            return s, e, 0.6, "directive.continuation"
        if unframed and prev_directive:
            return _after_weight(text, s, e)
        return None
    ma, mb = clauses[ci]
    # (the marker's word and place, read once for the checks below)
    word, (ms, me) = mk.group(), mk.span()
    if (
        word == "不能"
        and not (listed or required or prev_directive)
        and _only_bare_cannot(text, me, e)
    ):
        # 创城不能做表面文章 / …，事关大局，半点不能马虎: bare 不能 is no marker (GUIDELINES:
        # 决不能 is); with no other marker in the unit and nothing that governs it (a 要求, a list,
        # a requirement before it), it says what the work must not be (speak37)
        return None
    before = text[ma:ms]
    # 要清醒认识到，X是一项长期任务。/ 必须看到… / 要深刻认识…的重要性: a requirement to see or
    # recognise is a requirement like any other (session 34: the lead's decision; GUIDELINES has
    # no exception for seeing, and every real gold tags it). Only the speaker announcing how the
    # points are to be understood (我们要从以下几个方面来认识) asks nothing.
    if text[me : me + 1] in _ANNOUNCES_POINTS_START and _ANNOUNCES_POINTS.match(text, me):
        return None
    # 是一项系统工程，需要全社会共同参与: a 需要 with no subject after an assessment describes
    # (…是…的过程，需要相关部门聚焦重点、攻克难点，…: the bodies named and the task they are to
    # take on prescribe)
    if (
        word == "需要"
        and not before
        and any(_ASSERTION.search(text[a:b]) for a, b in clauses[:ci])
        and _NEED_BODIES_ACT.match(text, me, mb) is None
    ):
        return None
    # a first-person intention (这里，要对交警大队提出表扬) is not a requirement
    # (我县创文工作要…: 我县 / 我市 / 我镇 name a place, not the speaker)
    if "我" in before and _FIRST_PERSON.search(before):
        return None
    # 君无戏言、我们决不退缩: a vow of the speakers themselves (GUIDELINES: 决不能 is the marker)
    if word in ("决不", "绝不") and "我们" in before:
        return None
    lead = text[unit_start:ma]
    if ("这里" in lead or "这里" in before) and _FIRST_PERSON_ACT.search(text[me : me + 20]):
        return None
    if before.endswith(("不", "没", "也不", "并不")) and word == "要":
        return None
    # 启动…创建，就是要推进…: what an action is for, after it, explains; it asks nothing
    if before == "就是" and word == "要" and ci > 0:
        return None
    # 我们所有工作的出发点都是要维护好…: what the work is for, asserted
    # (召开这次会议，主要目的就是要…: what the meeting is for, as the report or the host says)
    if word == "要" and before.endswith(("都是", "目的就是", "目的是", "目的在于")):
        return None
    # 创城是必须答好的一份答卷: what the task is, a relative clause of the marker's verb (speak32)
    if before.endswith("是") and word in ("必须", "要") and _MUST_RELATIVE.match(text, me):
        return None
    # 签名现场，大家纷纷表示，以后要…: the attendees' pledge, which no official lays down
    # (与会代表均表示，要…: the pledge's frame at the sentence start, left before the unit)
    # (the part before the marker sliced once, not once per frame word)
    # (both need a pledge's frame word in the text: most texts hold none)
    if _facts(text)[3] and (
        any(map(text[unit_start:ms].__contains__, _PLEDGE_FRAMES))
        or text[max(0, unit_start - 8) : unit_start].rstrip("，,：: ").endswith(_PLEDGE_FRAMES)
    ):
        return None
    if word == "请" and (_PROCEDURAL_QING.match(text, me) or _WEB_QING.match(text, me)):
        return None
    start = ma
    k = ci
    # 一是凝心聚力，形成共识，创建氛围要浓: in an item of an announced list, the clauses between
    # the enumerator and the marker head the item; only an assertion among them stops it
    # (二、知难而进，要巩固…: an item numbered 二、 inside the paragraph heads it the same way)
    item = listed and (
        _ENUMERATOR.match(text, unit_start) is not None
        or _INLINE_ITEM.match(text, unit_start) is not None
    )
    # 二是…。以楼道治理为主题，邀请…进入社区，同时，包社区干部要…: inside an open list, a sentence
    # that opens as a continuation of the item keeps its clauses up to its marker
    cont = (
        in_list
        and prev_directive
        and ci > 0
        and (
            text.startswith(_CONTINUES, s)
            or text.startswith(_LIST_CONTINUES, s)
            or _CONT_LEAD.match(text, s) is not None
        )
    )
    # 会议通报…，对创建工作再发动、再部署，要求各乡镇要全力以赴…: a glued 要求 opening the marker's
    # own clause ends the report before it; the span opens at its addressee (realdev11)
    gh = None if required or item or cont or k == 0 else _GLUED_REQ_CLAUSE.match(text, ma, ms)
    # (…来到某社区，深入了解…情况，强调要认真总结经验，…: the subject's 强调 / 指出 glued to the
    # marker ends the visit's report before it as well)
    # (…。在某景区，某某详细了解…情况，强调要…: inside a list's continuation as well, the glued
    # 强调 is the frame of a new scene, not an act the list goes on with; attrib48)
    if (
        gh is None
        and k > 0
        and not (required or item)
        and (gs := _GLUED_SPEECH.match(text, ma, ms)) is not None
        and gs.end() == ms
    ):
        gh = gs
    if gh is not None:
        start, k = gh.end(), 0
    while k > 0:
        a, b = clauses[k - 1]
        if (
            k > 1
            and text.endswith(_SETTING_TAIL, a, b)
            and (sa := clauses[k - 2][0]) < clauses[k - 2][1] <= sa + _SETTING_HEAD
            and text.startswith("在", sa)
            and not text.startswith("在", a)
            and not _ASSERTION.search(text, sa, b)
        ):
            # 在时间紧，任务重的情况下，要…: a setting whose own comma cut it in two belongs to the
            # requirement as one adverbial (在时间紧任务重的情况下，要… is _extends' already)
            start = sa
            k -= 2
            continue
        # …询问了施工情况，要求企业充分认识…，始终坚持…必须…: a glued 要求 governs the clauses
        # up to the marker; the span opens after the verb, at its addressee or imperative
        # (what a frame's own 要求 governs runs on over it: 某某要求，区创城办…，要求各单位…，要…)
        gr = None if required or item or cont else _GLUED_REQ_CLAUSE.match(text, a, b)
        if gr is not None:
            start = gr.end()
            if (
                k == ci
                and text.endswith(_INJUNCTION_VERBS, a, gr.end())
                and (io := _INJUNCTION_OBJECT.match(text, gr.end())) is not None
                and io.end() == ma
            ):
                # …向值守人员表示慰问，叮嘱大家，要…: the injunction's addressee alone in its
                # clause goes with the verb, as after a named frame (_sentence; attrib48)
                start = ma
            k -= 1
            break
        # 某某要求，区创城办立即把…，要求各单位…，要…: what 要求 governs is required up to the
        # marker, clause by clause that opens with an addressee or an imperative (not 创文迎检虽然
        # 告一段落，: a concession)
        if (
            _extends(text[a:b])
            # 越是整治难度大的地方，越是要…: the first half of 越…越 is the requirement's own
            # condition
            or (k == ci and text[a] == "越" and text[ma] == "越" and text[a + 1] != "来")
            # 抓创建不是搞形式，而是要实实在在为群众办事: the half 而是 turns from is the
            # requirement's own (the whole contrast is one requirement; dirs43)
            or (k == ci and text[ma] == "而" and _NOT_THIS.search(text, a, b) is not None)
            or ((item or cont) and not _ASSERTION.search(text[a:b]) and not _states(text, a, b))
            or (required and _required_clause(text[a:b]))
        ):
            start = a
            k -= 1
        else:
            # 随后要求社区工作人员、物业公司、志愿者共同合作，有针对性地抓好…，…等重点任务，大家要…:
            # when what 要求 governs opens with its addressees, the clauses up to the marker are
            # all theirs to do (none may assert)
            if (
                required
                and _ADDRESSEE_FIRST.match(text, clauses[0][0]) is not None
                and not any(_ASSERTION.search(text, a, b) for a, b in clauses[:k])
            ):
                start, k = clauses[0][0], 0
            break
    # 某某…将其纳入…，作为…的抓手，某某要…: a role clause right after a clause
    # that stays out goes on with it (将X纳入…，作为… / 把X…，作为…), not with the requirement, as
    # does the circumstance that clause named (…，面对这一机遇，某某务必要…),
    # when the marker's clause names its own addressee (…冲刺阶段，作为文明村的某某村，要…: the
    # role clause is the addressee, it stays)
    if (
        k > 0
        and before
        and start < ma
        and start == clauses[k][0]
        and text.startswith(("作为", "面对"), start)
        and not (item or cont or required)
    ):
        start = clauses[k + 1][0]
    # 为实现创文工作“新常态”，巩固工作成果，各部门要…: a purpose opening the unit holds the
    # clauses after it up to the marker (none of them may assert)
    # (会议内容：1、为深入贯彻…，加快…，…，要…: after a label's colon and an item's number, the
    # purpose right before the clauses the requirement kept holds them too)
    for j in (0, k - 1) if k > 0 else ():
        if j > 0 and text[clauses[j][0] - 1 : clauses[j][0]] not in ("：", ":"):
            continue
        if j == 0 and k > _PURPOSE_REACH:
            continue
        p0 = clauses[j][0]
        if (ln := _LIST_NUMBER.match(text, p0, clauses[j][1])) is not None:
            p0 = ln.end()
        if _PURPOSE.match(text, p0, clauses[j][1]) is not None and not any(
            _ASSERTION.search(text, a, b) or _assesses(text[a:b]) for a, b in clauses[j:k]
        ):
            start = p0
            k = 0
            break
    # “创文”“保卫”都是为了实现…，提升全县形象，为民谋利，要…: the clauses before the marker
    # continue a purpose the assertion opened, they are not part of the requirement
    if k > 0 and start < ma and "为了" in text[clauses[k - 1][0] : clauses[k - 1][1]]:
        start = ma
    # (_strip_lead is a function of its positions: from where it was stripped above, with the
    # same end, its lead is known)
    start = stripped[2] if (start, e) == stripped[:2] else _strip_lead(text, start, e)
    if text[start : start + 1] == "“" and _quoted_name(text, start, _quote_end(text, start, e), e):
        # (????会议强调,“某某”创建工作要…: a clause the start moved back to opens with the quoted
        # name; its opening mark stays out, as at the unit's start above)
        start += 1
    return (
        start,
        e,
        0.75
        if word != "要"
        or before == ""
        or before.startswith(("一", "二", "三", "四", "五", "六", "七", "八", "九", "十"))
        else 0.7,
        "directive.marker",
    )


# this module's regexes searched with their first characters as the skip set (scan.py): the
# same matches, fewer attempts
speed_up(globals())
