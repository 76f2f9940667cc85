"""The damage recipes of DESIGN.md §4, to make test and benchmark data from clean text.

Each function takes clean simplified text and returns it damaged the way copying sites damage
articles. They exist so that the normaliser can be checked against a known clean reference.
"""

from __future__ import annotations

import random

FOLD = {"，": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"}

# Enough readings to annotate the common characters of campaign news; the normaliser only cares
# that a bracketed syllable carries a tone mark.
PINYIN = {
    "创": "chuàng",
    "会": "huì",
    "议": "yì",
    "长": "zhǎng",
    "领": "lǐng",
    "导": "dǎo",
    "调": "diào",
    "强": "qiáng",
    "设": "shè",
    "实": "shí",
    "决": "jué",
    "部": "bù",
    "责": "zé",
    "务": "wù",
    "项": "xiàng",
    "现": "xiàn",
    "场": "chǎng",
    "组": "zǔ",
    "织": "zhī",
    "动": "dòng",
    "区": "qū",
    "县": "xiàn",
    "开": "kāi",
    "发": "fā",
    "乡": "xiāng",
    "镇": "zhèn",
    "环": "huán",
    "境": "jìng",
    "卫": "wèi",
    "生": "shēng",
    "问": "wèn",
    "题": "tí",
    "标": "biāo",
    "准": "zhǔn",
    "报": "bào",
    "进": "jìn",
    "统": "tǒng",
    "筹": "chóu",
    "协": "xié",
    "级": "jí",
    "员": "yuán",
    "干": "gàn",
    "风": "fēng",
    "党": "dǎng",
    "书": "shū",
    "记": "jì",
    "市": "shì",
    "门": "mén",
}


def fold_punctuation(text: str) -> str:
    return "".join(FOLD.get(c, c) for c in text)


def gbk_lead_loss(text: str, index: int, *more: int) -> str:
    """DESIGN.md §4: encode as GBK, replace the lead byte of character `index` (and of each of
    `more`) with `?`, decode with errors="replace", fold full-width punctuation to ASCII."""
    want = {index, *more}
    data = bytearray()
    for i, ch in enumerate(text):
        b = ch.encode("gbk")
        if i in want:
            if len(b) != 2:
                raise ValueError(f"character {i} ({ch!r}) is not a two-byte GBK character")
            want.discard(i)
            b = b"?" + b[1:]
        data += b
    if want:
        raise IndexError(min(want))
    return fold_punctuation(data.decode("gbk", errors="replace"))


def traditional_with_pinyin(text: str, rng: random.Random, share: float = 0.3) -> str:
    """Traditional characters (OpenCC s2tw) with inline pinyin after some of them."""
    from opencc import OpenCC

    trad = OpenCC("s2tw").convert(text)
    out = []
    for s, t in zip(text, trad, strict=False):
        out.append(t)
        if s in PINYIN and rng.random() < share:
            out.append(f"({PINYIN[s]})")
    return fold_punctuation("".join(out))


def nbsp_indents(text: str, rng: random.Random) -> str:
    """Paragraph indents of NBSPs that a GBK encoder wrote as `?`."""
    lines = text.split("\n")
    return "\n".join(rng.choice(["? ? ? ", "??", "? ? "]) + ln if ln else ln for ln in lines)


def doubled_punctuation(text: str, rng: random.Random, rate: float = 0.05) -> str:
    out = []
    for ch in text:
        if ch in "、。，" and rng.random() < rate:
            out.append(",")
        out.append(ch)
    return "".join(out)


HEADER = ["欢迎访问本地新闻网", "设为首页 | 加入收藏 | 联系我们", "您当前所在位置：首页 > 要闻动态"]
FOOTER = [
    "原文链接：http://www.example.gov.cn/news/2023/1013/1234.html",
    "【免责声明】本文仅代表作者观点，与本网无关。",
    "版权所有：本地新闻网 京ICP备12345678号-1",
    "联系电话：0856-5221234  邮箱：news@example.cn",
]


def boilerplate(text: str) -> str:
    return "\n".join(HEADER) + "\n\n" + text + "\n" + "\n".join(FOOTER)


# -- fictional articles ------------------------------------------------------------------------
# Invented officials, places and sentences in the register of campaign news (no real article is
# copied): enough variety for repair statistics and the import benchmark.
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
_GIVEN = "建国明华志强海波伟东晓红丽萍文军勇涛鹏飞春燕玉兰立新永刚宏伟振兴德胜书平卫东"
_PLACES = ["青川", "石门", "龙溪", "白沙", "云岭", "桃源", "清河", "松江", "平阳", "金山"]
_LEVELS = [
    ("市", "市委书记"),
    ("市", "市长"),
    ("县", "县委书记"),
    ("县", "县长"),
    ("区", "区委书记"),
]
_OPENERS = [
    "{d}，{p}{lv}文明城市创建工作推进会召开。{t}{n}出席会议并讲话。",
    "{d}，{p}{lv}召开创建全国文明城市工作动员会，{t}{n}主持会议并讲话。",
    "{d}上午，{t}{n}带队督查{p}{lv}文明城市创建工作。",
]
_BODY = [
    "{n}强调，要深入学习贯彻党的二十大精神，坚持创建为民、创建惠民，扎实推进各项工作落实。",
    "{n}指出，创建文明城市是提升城市品质的有效举措，是城市整体形象和发展水平的集中体现。",
    "各级各部门要切实增强责任感，全力保障城市环境整洁有序，确保各项指标全面达标。",
    "要持续开展城乡环境卫生专项整治，严格落实门前三包责任制，重点对背街小巷进行清理。",
    "要加强交通秩序规范管理，严肃查处闯红灯、违章停车等违规行为，有效规范城市交通秩序。",
    "要充分发挥志愿服务作用，广泛开展文明劝导活动，引导广大市民自觉践行文明行为。",
    "{t}{n}要求，要健全督促检查机制，对发现的问题及时通报反馈，并责令责任单位限时整改。",
    "会议通报了全{lv}文明城市创建工作推进情况，相关部门负责同志作了表态发言。",
    "{n}强调，党员干部要模范践行文明行为，带动群众支持参与文明城市创建活动。",
    "要从粗放式管理向精细化管理纵深推进，畅通群众反映问题渠道，不断提升城市治理水平。",
    "学校要把文明礼仪贯穿到教学全过程，让学生在寓教于乐中学习文明、践行文明。",
    "{p}{lv}将以此次会议为契机，进一步压实工作责任，推动创建工作取得新的更大成效。",
]


def sample_article(rng: random.Random, paragraphs: int = 8) -> str:
    """A clean fictional article of campaign news (simplified)."""
    place = rng.choice(_PLACES)
    lv, title = rng.choice(_LEVELS)
    name = rng.choice(_SURNAMES) + "".join(rng.sample(_GIVEN, rng.choice([1, 2])))
    date = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    fill = {"d": date, "p": place, "lv": lv, "t": title, "n": name}
    head = f"{place}{lv}召开文明城市创建工作会议"
    paras = [rng.choice(_OPENERS).format(**fill)]
    for _ in range(paragraphs - 1):
        k = rng.randint(2, 4)
        paras.append("".join(s.format(**fill) for s in rng.sample(_BODY, k)))
    return head + "\n" + "\n".join(paras)


# -- adversarial inputs ------------------------------------------------------------------------
# Patterns a hostile or broken file can hold, for the benchmark and the tests that keep every
# normaliser step linear (issue 20: one such article must not hold up an import).


def _damaged_block(seed: int = 7) -> str:
    """A short article with a GBK lead-byte loss every few characters (recipe of §4)."""
    rng = random.Random(seed)
    text = sample_article(rng, paragraphs=3)
    for i in range(len(text) - 1, 0, -9):
        try:
            text = gbk_lead_loss(text, i)
        except (ValueError, UnicodeEncodeError):
            continue
    return text


def adversarial(name: str, size: int) -> str:
    """`size` characters of the named pattern."""
    unit = {
        "letters": "a",
        "letters_dots": "a.",
        "at_signs": "a@",
        "url_long": "",
        "brackets_nested": "",
        "question_fffd": "?\ufffd",
        "fffd": "\ufffd",
        "question_han": "?中",
        "questions": "?",
        "gbk_runs": "",
        "pinyin": "創(chuàng)",
        "traditional": "會議強調各級幹部要",
        "blank_lines": "某某新闻网\n\n\n\n\n\n",
        "nav_bar": "首页|",
        "spaces": "中" + " " * 60 + ",",
        "commas": ",，、",
        "long_line_boilerplate": "版权所有" + "字" * 200 + "\n",
    }[name]
    if name == "url_long":
        return ("http://" + "a" * size)[:size]
    if name == "brackets_nested":
        return "(" * (size // 2) + ")" * (size - size // 2)
    if name == "gbk_runs":
        unit = _damaged_block()
    return (unit * (size // len(unit) + 1))[:size]


ADVERSARIAL = (
    "letters",
    "letters_dots",
    "at_signs",
    "url_long",
    "brackets_nested",
    "question_fffd",
    "fffd",
    "question_han",
    "questions",
    "gbk_runs",
    "pinyin",
    "traditional",
    "blank_lines",
    "nav_bar",
    "spaces",
    "commas",
    "long_line_boilerplate",
)
