"""Line-level clean-up: site boilerplate, `?`/NBSP indents, stray whitespace.

Everything here works on whole lines (and the tail after a tail marker such as 原文链接), never
inside a sentence, so headlines, datelines (时间:… 来源:…), bylines and captions stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from civannot.text import convert
from civannot.text.offsets import Edit
from civannot.text.word_lists import gazetteer_words

# Characters that are never content: carriage returns, BOMs, zero-width marks.
_INVISIBLE = re.compile("[\r\ufeff\u200b\u200c\u200d\u2060]+")

# An indent: horizontal space, including the `?` a GBK encoder writes for an NBSP. A lone `?`
# directly before text is left alone here: it may be the lost lead byte of a GBK character
# (the GBK step decides).
_HSPACE = " \t\u00a0\u3000\u2002\u2003\u2009"
_LEAD = re.compile(f"[{_HSPACE}?]*")


def indent_length(line: str) -> int:
    """Length of the indent at the start of `line` (spaces, NBSPs, and `?` standing for NBSPs)."""
    run = _LEAD.match(line).group()  # type: ignore[union-attr]
    if "?" not in run or run[-1] in _HSPACE:
        return len(run)
    # A `?` glued to the text may be the lost lead byte of a GBK character, also after a `??`
    # indent (`???费羟…` is `??` + 欧阳青 that lost a byte): the GBK step decides, and drops it
    # as indent when it reads nothing there.
    return len(run) - 1


# Lines that are site furniture wherever they appear (only short lines: a paragraph of the article
# that happens to mention 版权 stays). Copying sites open with a reading-time line (本篇文章743字，读完
# 约2分钟).
_FURNITURE = re.compile(
    r"ICP\s*[备证]|公网安备|网安备\d|版权所有|Copyright|©|\(C\)\s*\d{4}|All Rights Reserved"
    r"|设为首页|加入收藏|收藏本站|网站地图|联系我们|关于我们|网站声明|隐私政策"
    r"|您?(当前|现在)?所在(的)?位置|^当前位置|^您的位置|^位置[:：]"
    r"|分享到|^(?:[【\[]?\S{1,12}?(?:手机报|手機報|客户端|客戶端|网|網|新闻|新聞|APP|App)[】\]]?)?"
    r"\s*[|｜]?\s*(?:我要(?:评论|纠错|收藏|打印)\s*[|｜]?\s*)*"
    r"我要分享\s*[|｜]?\s*$|^[【\[]?\S{1,12}(手机报|手機報)[】\]]?\s*$"
    r"|^分享\s*[:：]?\s*$|^分享\s*[:：]|一键分享|扫一扫|微信扫描|[打列]印本[页文]|关闭窗口|【[打列]印】|【关闭】|【返回顶部】"
    r"|^[【\[]?\s*(?:选择)?字[体号]\s*[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中"
    r"|^技术支持|^主办单位|^承办单位|^主办[:：]|^承办[:：]|网站标识码|网站识别码"
    r"|^欢迎(访问|光临|来到)|^(上|下)一篇[:：]?"
    r"|^(联系|咨询|服务|举报|监督|投诉|值班|办公)?(电话|热线|传真)\s*[:：]\s*[\d(（+-]"
    r"|违法和不良信息举报|QQ\s*[:：]?\s*\d{5,}|^(电子)?(邮箱|邮件|E-?mail)\s*[:：]\s*\S+@"
    r"|^地址\s*[:：]|^邮编\s*[:：]|^返回(首页|顶部|列表)"
    r"|^(登录|注册|退出)(\s*[|｜/]\s*(登录|注册|退出))*\s*$"
    r"|^本篇文章\s*\d+\s*字"
    # a news app's comment box and login box, a page's download/more/back buttons (session 18)
    r"|^(?:评论一下|发表评论|我来说两句|最[热新]评论|网友评论|立即注册|立即下载|下载客户端|展开全文"
    r"|(?:点击)?(?:查看|阅读)(?:全文|原文)|回首页|返\s*回|回顶部|打开\S{0,8}(?:APP|App|app|客户端)"
    r"(?:\S{0,6})?|(?:账号|手机|邮箱)\s*[+＋]\s*(?:密码|验证码)登录)\s*$"
    r"|^(?:已有|评论)\s*\d+\s*人参与|还没有评论|快来抢沙发|^还没有账号[?？]?\s*$"
    r"|^[【\[]?\s*字[体号]\s*[:：]\s*[】\]]?\s*$|^(?:关键词|标签)\s*[:：]\s*$"
    # an e-paper's page header and pager, a font chooser without a colon, an HTML comment's end
    # closing a CMS's metadata line (… content_1234.html 1 某某 /enpproperty-->)
    r"|^第\s*[A-Z]{0,2}\d{1,3}\s*版\s*[:：]\s*\S{1,12}(?:\s*PDF版)?\s*$|上一版\s*下一版"
    r"|^(?:大字体\s*小字体|小字体\s*大字体)\s*$|--\s*>\s*$"
    # a site's footer naming who runs it (某某省委文明办主办 / 某某网承办), with no sentence mark
    r"|^[^\s，。、；：！？,;:!?]{2,24}(?:主办|承办)\s*$"
    # a big5 gateway's page: an HTML comment whose < the gateway turned into a character
    # (壟!-- /1234/web_x/slot01 -->), a template variable (channelId 1 1 1), its "more" links
    r"|[!！]--.*--\s*[>＞]\s*$|^[A-Za-z]{5,}(?:\s+\d+){2,}\s*$|^更多\s+\S{1,10}\s*$"
    # an image a page-to-text tool wrote as markdown, with no caption (![]() |)
    r"|^!\[\]\([^)\s]*\)\s*[|｜]?\s*$",
    re.IGNORECASE,
)
_FURNITURE_MAX = 120

# The share button of a mobile news app (蓝城手机报 我要分享), on its own line or glued to the end of
# the last paragraph.
_SHARE_TAIL = re.compile(
    r"[ \t\u00a0\u3000]*[【\[]?[\u4e00-\u9fff]{1,12}(?:手机报|手機報|客户端|客戶端)[】\]]?"
    r"[ \t\u00a0\u3000]*[|｜]?[ \t\u00a0\u3000]*我要分享[ \t\u00a0\u3000|｜\r]*$"
)

# The same share button after the GBK repair (蓝溪手?�报 我要分享 reads 蓝溪手机报 我要分享, or
# keeps a U+FFFD where the repair was unsure): the line step ran before the repair and saw
# garbage. Looked for only where a repair ran (see damaged_share_tails); at most
# SHARE_TAIL_UNREAD of the button's seven characters unread.
_F = "\ufffd"
_SHARE_TAIL_REPAIRED = re.compile(
    rf"(^|[ \t\u00a0\u3000]*)[【\[]?[\u4e00-\u9fff{_F}]{{1,12}}?"
    rf"((?:[手{_F}][机{_F}][报{_F}]|手機報|[客{_F}][户{_F}][端{_F}])[】\]]?"
    rf"[ \t\u00a0\u3000]*[|｜]?[ \t\u00a0\u3000]*[我{_F}][要{_F}][分{_F}][享{_F}])"
    rf"[ \t\u00a0\u3000|｜\r]*$",
    re.MULTILINE,
)
SHARE_TAIL_UNREAD = 2


def damaged_share_tails(text: str) -> list[tuple[int, int]]:
    """Spans of a share button the GBK repair just restored (or left partly unread): a whole line
    with the newline before it, or the tail glued to a paragraph."""
    out = []
    for m in _SHARE_TAIL_REPAIRED.finditer(text):
        if m.group(2).count(_F) > SHARE_TAIL_UNREAD:
            continue
        a, b = m.span()
        if m.group(1) == "" and (a == 0 or text[a - 1] == "\n"):
            a = max(0, a - 1)  # the whole line goes, with its newline
        out.append((a, b))
    return out


# A font-size chooser at the end of a page's source line (来源：某某日报 2024-05-25 10:06 选择字号：大).
_FONT_TAIL = re.compile(
    r"[ \t\u00a0\u3000]*(?:选择)?字[号体]\s*[:：]\s*[大中小](?:\s*[大中小]){0,2}[ \t\u00a0\u3000\r]*$"
)

# A portal's menu at the top of a copied page, one item a line (新闻 / 专题 / 资讯 / 房产 …): this
# many short lines or more in a row before the article's first sentence.
_MENU_MIN_LINES = 5
_MENU_ITEM_MAX = 6
_MENU_ITEM_MARKS = frozenset("，。；！？：,;!?:、（）()“”《》[]【】")


def _menu_item(line: str) -> bool:
    s = "".join(line.split())
    return (
        0 < len(s) <= _MENU_ITEM_MAX
        and not s.isdigit()
        and not any(c in _MENU_ITEM_MARKS for c in s)
    )


# HTML a page-to-text tool left inside a paragraph (<p><b>  某某指出，…</b></p> <p style="…">):
# markup of the common elements with their attributes, and the space around it. Between two
# pieces of text a block element's tags stand for a paragraph break. Spam mirrors scatter empty
# elements of rarer kinds with a random id (<rp id="x1k"></rp>, <button id="x1k"><acronym …>)
# over the page to look unique to search engines: they are named too (session 44, real pages).
_HTML_TAG = (
    r"</?(?:p|div|span|font|strong|b|i|u|em|br|hr|td|tr|li|ul|ol|section|article|h[1-6]|a|img"
    r"|sup|sub|center|blockquote|table|tbody|thead|tfoot|th|dl|dt|dd|small|big|tt|s|strike|del"
    r"|ins|abbr|acronym|address|cite|code|dfn|kbd|samp|var|q|mark|time|ruby|rt|rp|bdo|wbr|label"
    r"|button|object|param|embed|noscript|nav|header|footer|aside|figure|figcaption"
    r"|pre|legend|fieldset|optgroup|option|select|map|area|dir|menu|meter|progress|output"
    r"|video|audio|source|track|canvas|details|summary|caption|col|colgroup|form|input|textarea)"
    r"""(?:\s+[a-zA-Z-]+(?:\s*=\s*(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s<>"']+))?)*\s*/?>"""
)
# An inline picture a copying tool wrote as an element around its data URI or link
# (<image>data:image/png;base64,…</image>, markdown inside): nothing of it is the article's.
_IMAGE_ELEMENT = r"<image\b[^<>\n]*>[^<>\n]*</image>"
_HTML_GROUP = re.compile(rf"(?:(?:{_IMAGE_ELEMENT}|{_HTML_TAG})[ \t\u00a0\u3000]*)+", re.IGNORECASE)
_HTML_BLOCK = re.compile(
    r"</?(?:p|div|br|hr|li|tr|section|article|h[1-6]|center|blockquote)\b", re.I
)

# A forum's anti-copy filler (Discuz's jammer): one- and two-character ASCII tokens a space apart
# (# L1 e3 |* m9 h% E1 c% r2), around or between the lines of the post.
_JAMMER = re.compile(r"(?<![!-~])(?:[!-~]{1,2}[ \t]){5,}[!-~]{1,2}(?![!-~])")


def _jammer(m: re.Match[str]) -> bool:
    run = m.group()
    alnum = sum(c.isalnum() for c in run)
    symbols = sum(not c.isalnum() and not c.isspace() for c in run)
    return alnum >= 2 and symbols >= 2


def _filler_line(line: str) -> bool:
    """A line that is nothing but a filler run. Within a line a run needs two symbols (so that a
    run of initials or a model number stays text); a line of its own made of six or more
    one- and two-character tokens with a symbol is no sentence of the text (M g; P S S R6)."""
    m = _JAMMER.fullmatch(line)
    if m is None:
        return False
    return sum(c.isalnum() for c in line) >= 2 and any(
        not c.isalnum() and not c.isspace() for c in line
    )


# A mark of the text glued before a run (摄) # K2 e7…): the text's, not the filler's (a token glued
# to the text after the run, as (一) or 9月 after …N5 m, is always the text's).
_TEXT_MARKS = frozenset("()[]{}\"'.,;:!?")


def _jammer_spans(line: str, start: int) -> list[tuple[int, int]]:
    """Spans of jammer runs in `line` from `start`, each with the spaces beside it."""
    out = []
    for m in _JAMMER.finditer(line, start):
        if _jammer(m):
            a, b = m.span()
            if a > 0 and not line[a - 1].isspace() and line[a] in _TEXT_MARKS:
                a = line.index(" ", a)  # the first token is glued to the text before it
            elif line[a] in _CLOSERS and _still_open(line[:a], line[a]):
                # a bracket that closes what the line opened (（来源：某某网 ) # K2 e7…)
                a = line.index(" ", a)
            if b < len(line) and not line[b].isspace():
                b = line.rindex(" ", a, b)  # the last token is glued to the text after it
            while a > start and line[a - 1] in _HSPACE:
                a -= 1
            while b < len(line) and line[b] in _HSPACE:
                b += 1
            out.append((a, b))
    return out


_CLOSERS = {")": "(（", "]": "[【"}


def _still_open(before: str, closer: str) -> bool:
    """Does `before` open a bracket of `closer`'s kind (ASCII or full-width) that it does not
    close?"""
    opens = sum(before.count(c) for c in _CLOSERS[closer])
    shut = before.count(closer) + before.count({")": "）", "]": "】"}[closer])
    return opens > shut


# An HTML character reference a page-to-text tool left undecoded (坚持&nbsp;24小时, &ldquo;三包&rdquo;,
# &#20449;): the character it names. Where GBK damage took the `&` (a lone lead byte and the `&`
# after it read as one `?`: 督查?ldquo;), the reference goes all the same and the `?` is a lost
# character (U+FFFD, for the repair to read or the annotator to fill), not a question mark.
_ENTITY = re.compile(
    r"(&|\?)(?:(nbsp|ensp|emsp|ldquo|rdquo|lsquo|rsquo|quot|amp|lt|gt|hellip|mdash|ndash"
    r"|middot|bull|times|deg)|#(\d{2,7})|#[xX]([0-9a-fA-F]{2,6}));"
)
_NAMED = {
    "nbsp": "\u00a0",
    "ensp": "\u2002",
    "emsp": "\u3000",
    "ldquo": "“",
    "rdquo": "”",
    "lsquo": "‘",
    "rsquo": "’",
    "quot": '"',
    "amp": "&",
    "lt": "<",
    "gt": ">",
    "hellip": "…",
    "mdash": "—",
    "ndash": "–",
    "middot": "·",
    "bull": "•",
    "times": "×",
    "deg": "°",
}


def entity_edits(text: str) -> list[Edit]:
    """Edits writing each HTML character reference as its character."""
    if ";" not in text or ("&" not in text and "?" not in text):
        return []
    edits: list[Edit] = []
    for m in _ENTITY.finditer(text):
        lead, name, dec, hexa = m.groups()
        if name:
            ch = _NAMED[name]
        else:
            code = int(dec) if dec else int(hexa, 16)
            if code < 0x20 or 0xD800 <= code < 0xE000 or code > 0x10FFFF:
                continue
            ch = chr(code)
        if lead == "?":
            if m.start() == 0 or text[m.start() - 1].isspace():
                continue  # an indent's `?` (an NBSP a GBK encoder could not write): not this form
            edits.append((m.start(), m.start() + 1, "\ufffd", False))
            edits.append((m.start() + 1, m.end(), ch, False))
        else:
            edits.append((m.start(), m.end(), ch, False))
    return edits


# A tag cloud after the article (创城 / 社区 / 街道办 / …, one word a line between blank lines):
# this many items or more after the last sentence, each a paragraph of its own.
_CLOUD_MIN_ITEMS = 5


# What a copying site left of the HTML closing a paragraph (`</p>`, or `/p>` when its `<` went
# with a damaged byte before it): markup, never text of the article.
_TAG_TAIL = re.compile(
    r"(?:(?:</?|(?<![A-Za-z0-9/<])/)(?:p|div|span|font|strong|b|em|br|td|li|section)\s*/?>)+"
    r"[ \t\u00a0\u3000\r]*$",
    re.IGNORECASE,
)

# A line where everything after it is the site's tail (copying sites end with 标题：<headline> and
# 地址：<URL> after the source line).
_TAIL = re.compile(
    r"^[\[【(（]?\s*(原文链接|原文地址|原文网址|原文出处|阅读原文|推荐阅读|相关阅读|相关新闻|相关链接"
    r"|相关文章|相关推荐|延伸阅读|猜你喜欢|热门推荐|热点推荐|精彩推荐|往期回顾|更多阅读|免责声明"
    r"|版权声明|上一篇|下一篇|标题\s*[:：]"
    # a "more" link heading the site's list of other stories (更多>> on a mirror's page)
    r"|更多\s*(?:>>|＞＞|»|》))"
)
# A tail marker in the first part of an article is more likely a sentence than the site's tail.
_TAIL_MIN_POSITION = 0.3

# Navigation bars and breadcrumbs: short pieces separated by | > » ›.
_NAV_SEP = re.compile(r"\s*[|｜>»›]\s*")


# A site's name on a line of its own (松岭新闻网, 溪州文明网, 某某市人民政府门户网站): furniture when
# it sits next to other furniture, not otherwise (a headline may end in 网 too).
_SITE_NAME = re.compile(r"^\S{2,20}(网|网站|在线|门户|频道)(\s*[-–—|｜]\s*\S{1,8})?$")

_SITE_TOP = re.compile(r"设为首页|加入收藏|收藏本站|^欢迎|^(登录|注册)|首页")

# A line made of separators only (`|`, `||||`): what a copying site left of a table or a nav bar.
_SEPARATORS_ONLY = re.compile(r"[|｜¦\s]+")

# A bracketed inline pinyin note after a character (首頁(yè), 現(xiàn)在): hidden from the patterns,
# which are written for the text without them.
_NOTE = re.compile(
    r"(?<=[\u3400-\u9fff])[(（\[【]\s*[a-zA-Zü\u00e0-\u01dc\u1e3f\u0144\u0148\u01f9]{1,7}[0-5]?"
    r"(?:[ \u00a0][a-zA-Zü\u00e0-\u01dc]{1,7}[0-5]?){0,3}\s*[)）\]】]"
)


# A keyword line a hijacked mirror injects above or below the article (亚洲…,久久…,日韩…): items split
# at these separators, most of them holding a word of spam_words.txt, no sentence mark in the line.
_SPAM_SEP = re.compile(r"[,，、|｜_\-\s]+")
_SPAM_MIN_ITEMS = 3
_SPAM_SHARE = 2 / 3


@lru_cache(maxsize=1)
def _spam_words() -> tuple[str, ...]:
    return tuple(w.lower() for w in gazetteer_words("spam_words.txt"))


def _is_spam(line: str) -> bool:
    if any(ch in line for ch in "。！？；"):
        return False
    items = [x for x in _SPAM_SEP.split(line.lower()) if x]
    if len(items) < _SPAM_MIN_ITEMS:
        return False
    words = _spam_words()
    hits = sum(1 for x in items if any(w in x for w in words))
    return hits >= _SPAM_SHARE * len(items)


# A hijacked site's own title above the copied article (a gambling site's name, 365bet官网_…,
# 正规竞彩app; a porn site's bait), before the article's headline: a line of the page's head,
# before its first sentence, holding a word of spam_title_words.txt and no sentence mark. One
# such word is enough there (a title is one or two items, not a keyword run).
_HEAD_SPAM_MAX = 80


@lru_cache(maxsize=1)
def _spam_title_words() -> tuple[str, ...]:
    return tuple(w.lower() for w in gazetteer_words("spam_title_words.txt"))


def _is_head_spam(line: str) -> bool:
    if len(line) > _HEAD_SPAM_MAX or any(ch in line for ch in "。！？；"):
        return False
    low = "".join(line.lower().split())
    return any(w in low for w in _spam_title_words())


# A lure a hijacked site writes in place of the page's own place name, inside its sentences (到<lure>调研,
# 根据《<lure>市人民政府关于…》): the same string at each place, so its ends are where the places'
# neighbours stop agreeing, cut back to the lure's own ending (下载, 官方网站, 是多少, 导航网：). It is
# found by a word of spam_title_words.txt or by items joined with `_` beside a Chinese character
# (老虎机_森林舞会游戏), which no report writes. A lure written once is left: one place does not show
# where it ends.
_LURE_END = re.compile(r"官方网站|官网|下载|是多少|是什么|平台|手机版|导航网[:：]?|网[:：]")
_LURE_JOIN = re.compile(r"(?<=[\u3400-\u9fff])_|_(?=[\u3400-\u9fff])")
# marks before a lure that are the sentence's (《<lure>…》, “爱我<lure>”), and a lure's own decoration
_LURE_OPENERS = frozenset("《“（(「『【，。、；：,;:!?！？ \u3000")
_LURE_DECOR = frozenset("*¥#")
_LURE_REACH = 40
_LURE_MIN = 6


def _occurrences(low: str, word: str) -> list[int]:
    out = []
    i = low.find(word)
    while i >= 0:
        out.append(i)
        i = low.find(word, i + 1)
    return out


def _agreeing(text: str, occ: list[int], size: int) -> tuple[int, int]:
    """How far the neighbours of the places `occ` (each `size` long) agree, left and right."""
    left = 0
    while left < _LURE_REACH and min(occ) - left > 0:
        chars = {text[o - left - 1] for o in occ}
        if len(chars) != 1 or "\n" in chars:
            break
        left += 1
    right = 0
    while right < _LURE_REACH and max(occ) + size + right < len(text):
        chars = {text[o + size + right] for o in occ}
        if len(chars) != 1 or "\n" in chars:
            break
        right += 1
    return left, right


def injected_lures(text: str) -> list[tuple[int, int]]:
    """Spans of the lures a hijacked site wrote into the sentences, each at two places or more."""
    low = text.lower()
    seeds: list[tuple[int, list[int]]] = []
    for w in _spam_title_words():
        i = low.find(w)
        if i >= 0 and low.find(w, i + 1) >= 0:
            seeds.append((len(w), _occurrences(low, w)))
    if "_" in text:
        joins = [m.start() for m in _LURE_JOIN.finditer(text)]
        if len(joins) >= 2:
            seeds.append((1, joins))
    spans: list[tuple[int, int]] = []
    for size, places in seeds:
        # the same word twice inside one lure (365bet…_365bet…) is two seeds, told apart by what
        # follows them
        groups: dict[str, list[int]] = {}
        for o in places:
            groups.setdefault(text[o : o + size + 2], []).append(o)
        for occ in groups.values():
            if len(occ) < 2:
                continue
            left, right = _agreeing(text, occ, size)
            common = text[occ[0] - left : occ[0] + size + right]
            k = 0
            while k < left and common[k] in _LURE_OPENERS:
                k += 1
            ends = [m.end() for m in _LURE_END.finditer(common) if m.end() >= left + size]
            if not ends or ends[-1] - k < _LURE_MIN:
                continue
            for o in occ:
                a = o - left + k
                while a > 0 and text[a - 1] in _LURE_DECOR:
                    a -= 1
                spans.append((a, o - left + ends[-1]))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


# What a page-to-text tool left of the page's layout around a paragraph a mirror copied: an image
# without caption before the text (`![]() 某某指出，…`) and a table cell's bar after its last
# sentence (`…良好氛围。 |`). The text between them stays.
_IMAGE_HEAD = re.compile(r"!\[\]\([^)\s]*\)[ \t\u00a0\u3000]*(?=\S)")
_BAR_TAIL = re.compile(r"(?<=[。！？”])[ \t\u00a0\u3000]*[|｜][ \t\u00a0\u3000\r]*$")


# Marks that never open a line of Chinese text: a line starting with one is the rest of the line
# before it, broken by a mirror's layout (城西市场⏎、某某社区; 某某要求⏎，要…), and is joined to it.
_NO_LINE_START = frozenset("、，。；：！？）》」』”’,;")


_VIEW_PROBE = 600
# A line longer than this is no furniture (_FURNITURE_MAX) unless it is a nav bar: only its opening
# (a tail marker such as 相關閱讀) needs the simplified view.
_VIEW_HEAD = 24


def _mirror(text: str) -> bool:
    """Is `text` a traditional mirror's copy, whose lines the patterns should read through _line?

    A mirror converts the whole page, so its opening tells. GB2312 holds the simplified characters
    and no traditional one: an opening it encodes is simplified, for the cost of a codec pass; else
    the characters it cannot encode are looked up (a U+FFFD or a rare name character is no
    traditional character)."""
    head = text[:_VIEW_PROBE]
    table = convert.char_table()
    pos = 0
    for _ in range(32):
        try:
            head[pos:].encode("gb2312")
            return False
        except UnicodeEncodeError as e:
            if ord(head[pos + e.start]) in table:
                return True
            pos += e.end
    return False


def _line(text: str, a: int, b: int, mirror: bool) -> str:
    """What the line patterns read of text[a:b]: on a traditional mirror's page, the line in
    simplified characters, one for one, without its pinyin notes, so that 您現在的位置：首頁 or
    相關閱讀 is furniture as on the simplified original (these patterns run before conversion)."""
    line = _INVISIBLE.sub("", text[a:b])
    if not mirror:
        return line
    rest = ""
    if len(line) > _FURNITURE_MAX and not _NAV_SEP.search(line):
        line, rest = line[:_VIEW_HEAD], line[_VIEW_HEAD:]
    line = line.translate(convert.char_table())
    if "(" in line or "（" in line or "[" in line or "【" in line:
        line = _NOTE.sub("", line)
    return line + rest


@dataclass
class Removed:
    """A block of raw-side text that was dropped (coordinates of the text the step saw)."""

    start: int
    end: int
    text: str


def _is_nav(line: str) -> bool:
    if any(ch in line for ch in "，。；！？"):
        return False
    if line.startswith("首页") and len(line) <= 60:
        # a breadcrumb spaced out instead of separated (首页 新闻中心 本市新闻 政要动态): seen on
        # a mirror copy, where its 要 (政要) was read as a requirement
        words = line.split()
        if len(words) >= 3 and all(len(w) <= 10 for w in words):
            return True
    parts = [p for p in _NAV_SEP.split(line) if p]
    seps = len(_NAV_SEP.findall(line))
    if seps == 0:
        return False
    if "首页" in line and len(line) <= 60:
        return True
    return seps >= 2 and all(len(p) <= 10 for p in parts)


def _is_furniture(line: str) -> bool:
    s = line.strip(_HSPACE)
    if not s:
        return False
    if _SEPARATORS_ONLY.fullmatch(s):
        return True
    if len(s) <= _FURNITURE_MAX and _FURNITURE.search(s):
        return True
    return _is_nav(s)


def line_edits(text: str) -> tuple[list[Edit], list[Removed]]:
    """Edits that drop boilerplate lines and tails, indents and trailing space, and collapse runs
    of blank lines to one; plus the blocks removed as boilerplate."""
    lines: list[tuple[int, int]] = []  # (start, end) without the newline
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            lines.append((pos, n))
            break
        lines.append((pos, nl))
        pos = nl + 1

    drop = [False] * len(lines)
    boiler = [False] * len(lines)
    mirror = _mirror(text)
    for i, (a, b) in enumerate(lines):
        line = _line(text, a, b, True) if mirror else _INVISIBLE.sub("", text[a:b])
        stripped = line.strip(_HSPACE + "?")
        if _TAIL.match(stripped) and a >= _TAIL_MIN_POSITION * n:
            for j in range(i, len(lines)):
                drop[j] = boiler[j] = True
            break
        if _is_furniture(line) or _is_spam(line.strip(_HSPACE)):
            drop[i] = boiler[i] = True
        elif stripped.isascii() and " " in stripped:
            spans = _jammer_spans(stripped, 0)
            if (spans and spans[0] == (0, len(stripped))) or _filler_line(stripped):
                drop[i] = boiler[i] = True
    # A hijacked site's title in the page's head, before the article's first sentence.
    for i, (a, b) in enumerate(lines):
        if drop[i]:
            continue
        line = _line(text, a, b, mirror).strip(_HSPACE + "\r?")
        if any(ch in line for ch in "。！？"):
            break
        if line and _is_head_spam(line):
            drop[i] = boiler[i] = True
    # A portal's menu, one short item a line, at the top of the page (before any other text).
    menu: list[int] = []
    for i, (a, b) in enumerate(lines):
        line = text[a:b].strip(_HSPACE + "\r?")
        if not line or drop[i]:
            continue
        if not _menu_item(_line(text, a, b, mirror)):
            break
        menu.append(i)
    if len(menu) >= _MENU_MIN_LINES:
        for i in menu:
            drop[i] = boiler[i] = True
    # A tag cloud at the end: short items, each between blank lines, after a sentence's end.
    cloud: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        a, b = lines[i]
        line = text[a:b].strip(_HSPACE + "\r?")
        if not line or drop[i]:
            continue
        nb_before = i == 0 or not text[lines[i - 1][0] : lines[i - 1][1]].strip(_HSPACE + "\r")
        if not (_menu_item(_line(text, a, b, mirror)) and nb_before):
            jam = _jammer_spans(line, 0) if len(cloud) >= _CLOUD_MIN_ITEMS else []
            if jam and jam[-1][1] == len(line):
                line = line[: jam[-1][0]]  # a forum's filler after the last sentence
            if len(cloud) >= _CLOUD_MIN_ITEMS and line[-1:] in "。！？!?”）)>":
                for j in cloud:
                    drop[j] = boiler[j] = True
            break
        cloud.append(i)
    for i, (a, b) in enumerate(lines):
        s = _line(text, a, b, mirror).strip(_HSPACE)
        if drop[i] or not _SITE_NAME.match(s) or any(c in s for c in "，。；！？“”"):
            continue
        # Next non-blank line: a site name heads the navigation; a headline is followed by its
        # dateline or the text, never by a nav bar.
        j = i + 1
        while j < len(lines) and not text[lines[j][0] : lines[j][1]].strip(_HSPACE + "?"):
            j += 1
        if j < len(lines) and drop[j]:
            nxt = _line(text, lines[j][0], lines[j][1], mirror).strip(_HSPACE)
            if _is_nav(nxt) or _SITE_TOP.search(nxt):
                drop[i] = boiler[i] = True

    edits: list[Edit] = []
    removed: list[Removed] = []
    blank_run = 0
    seen_content = False
    # Index of the last line that will hold content: blank lines after it go.
    last_content = max(
        (i for i, (a, b) in enumerate(lines) if not drop[i] and text[a:b].strip(_HSPACE + "\r?")),
        default=-1,
    )
    for i, (a, b) in enumerate(lines):
        nl_end = b + 1 if b < n else b  # include the newline
        line = text[a:b]
        if drop[i]:
            # Delete the line with its newline; the final line takes the newline before it.
            if boiler[i] and (not removed or removed[-1].end != a):
                removed.append(Removed(a, nl_end, ""))
            elif boiler[i]:
                removed[-1].end = nl_end
            edits.append((a, nl_end, "", False))
            continue
        content = line.strip(_HSPACE + "\r").replace("\r", "")
        if "<" in content and not _HTML_GROUP.sub("", content).strip(_HSPACE + "?•·"):
            # a line of markup only (a spam mirror's empty elements, a bullet left before them):
            # nothing of the article, so it leaves no blank line behind either
            removed.append(Removed(a, b, ""))
            content = ""
        if not content.strip(_HSPACE + "?"):
            # Whitespace-only line: keep at most one blank line between paragraphs.
            blank_run += 1
            if not seen_content or i > last_content or blank_run > 1:
                edits.append((a, nl_end, "", False))
            elif b > a:
                edits.append((a, b, "", False))
            continue
        blank_run = 0
        seen_content = True
        k = indent_length(line)
        if k:
            edits.append((a, a + k, "", False))
        prev = i - 1
        if (
            prev >= 0
            and not drop[prev]
            and line[k : k + 1] in _NO_LINE_START
            and text[lines[prev][0] : lines[prev][1]].strip(_HSPACE + "\r?")
        ):
            # the newline before it goes (with the line's own indent, deleted just above)
            edits.append((lines[prev][1], a + k, "", False))
        image = _IMAGE_HEAD.match(line, k)
        if image:
            removed.append(Removed(a + k, a + image.end(), ""))
            edits.append((a + k, a + image.end(), "", False))
        inner_start = a + k
        for mm in _INVISIBLE.finditer(line, inner_start - a):
            edits.append((a + mm.start(), a + mm.end(), "", False))
        html_end = -1
        if "<" in line and ">" in line:
            html_end = _html_edits(line, a, inner_start - a, edits, removed)
        for ja, jb in _jammer_spans(line, inner_start - a):
            if ja == inner_start - a and jb == len(line):
                continue  # a whole line of it went with the furniture
            removed.append(Removed(a + ja, a + jb, ""))
            edits.append((a + ja, a + jb, "", False))
        share = _SHARE_TAIL.search(line, inner_start - a) or _FONT_TAIL.search(
            line, inner_start - a
        )
        if share and share.start() > inner_start - a:
            # a mobile-news share button glued to the end of a paragraph: the paragraph stays
            removed.append(Removed(a + share.start(), b, ""))
            edits.append((a + share.start(), b, "", False))
        tag = None if share or html_end >= 0 else _TAG_TAIL.search(line, inner_start - a)
        if tag is None and not share:
            tag = _BAR_TAIL.search(line, inner_start - a)
        if tag:
            removed.append(Removed(a + tag.start(), b, ""))
            edits.append((a + tag.start(), b, "", False))
            continue_tail = False
        else:
            continue_tail = html_end != len(line)
        tail = len(line.rstrip(_HSPACE + "\r"))
        if continue_tail and a + tail < b and a + tail >= inner_start:
            edits.append((max(a + tail, inner_start), b, "", False))
        if i == last_content and nl_end > b:
            edits.append((b, nl_end, "", False))  # no newline after the last line
    edits = _merge(edits)
    for r in removed:
        r.text = text[r.start : r.end]
    return edits, removed


def _html_edits(line: str, a: int, start: int, edits: list[Edit], removed: list[Removed]) -> int:
    """Edits dropping the HTML markup of `line` (at offset `a` in the text) from `start`: a
    block element's tags between two pieces of text become a line break, every other group of
    tags goes. Returns where the last group ended in the line (-1: none)."""
    end = -1
    content_end = len(line.rstrip(_HSPACE + "\r"))
    for m in _HTML_GROUP.finditer(line, start):
        ga, gb = m.span()
        if gb >= content_end:
            gb = len(line)  # the tags end the line: the space around them goes too
            while ga > start and line[ga - 1] in _HSPACE:
                ga -= 1
        inside = start < ga and gb < len(line)
        repl = "\n" if inside and _HTML_BLOCK.search(m.group()) else ""
        removed.append(Removed(a + ga, a + gb, ""))
        edits.append((a + ga, a + gb, repl, False))
        end = gb
    return end


def _merge(edits: list[Edit]) -> list[Edit]:
    """Sort deletions and fuse touching/overlapping ones."""
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e[0], e[1])):
        if out and e[0] <= out[-1][1] and not e[2] and not out[-1][2]:
            if e[1] > out[-1][1]:
                out[-1] = (out[-1][0], e[1], "", False)
            continue
        out.append(e)
    return out
