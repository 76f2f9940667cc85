"""Build resources/samples/ from the clean fictional sources in bench/sample_sources/.

Every article is invented (cities, officials, bodies); the damage is applied here by code so the
sample corpus can be rebuilt and audited.  Each kind of damage follows DESIGN.md §4:

- traditional characters (OpenCC) with tone-marked pinyin after some characters, full-width
  punctuation folded to ASCII;
- GBK lead-byte loss (encode as GBK, replace one lead byte with ``?``, decode with
  ``errors="replace"``, fold punctuation);
- site boilerplate around the article;
- ``? ? ? `` indents (NBSP written by a GBK encoder) and doubled punctuation;
- clean simplified text, left alone.

Run:  /work/venv/bin/python bench/make_samples.py [--check]
``--check`` rebuilds in memory and fails if a file on disk differs (the corpus is deterministic).
opencc is needed here only; pinyin comes from the small table below, so nothing is added to the
runtime dependencies.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sample_sources"
OUT = HERE.parent / "resources" / "samples"

# Only these marks are folded: the sites that damaged the seeds kept 。、“”《》 as they were.
FOLD = str.maketrans({"，": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"})

# Traditional character -> syllable.  Chosen for readings that do not vary in this genre;
# characters whose reading depends on the word are handled by WORD_PINYIN instead.
CHAR_PINYIN: dict[str, str] = {
    "創": "chuàng",
    "會": "huì",
    "領": "lǐng",
    "導": "dǎo",
    "強": "qiáng",
    "設": "shè",
    "項": "xiàng",
    "務": "wù",
    "發": "fā",
    "動": "dòng",
    "實": "shí",
    "貫": "guàn",
    "徹": "chè",
    "進": "jìn",
    "現": "xiàn",
    "場": "chǎng",
    "級": "jí",
    "問": "wèn",
    "題": "tí",
    "環": "huán",
    "衛": "wèi",
    "嚴": "yán",
    "鄉": "xiāng",
    "規": "guī",
    "範": "fàn",
    "細": "xì",
    "過": "guò",
    "參": "cān",
    "視": "shì",
    "關": "guān",
    "開": "kāi",
    "書": "shū",
    "記": "jì",
    "黨": "dǎng",
    "區": "qū",
    "縣": "xiàn",
    "鎮": "zhèn",
    "點": "diǎn",
    "體": "tǐ",
    "機": "jī",
    "員": "yuán",
    "專": "zhuān",
    "標": "biāo",
    "準": "zhǔn",
    "達": "dá",
    "質": "zhì",
    "傳": "chuán",
    "統": "tǒng",
    "籌": "chóu",
    "責": "zé",
    "壓": "yā",
    "擔": "dān",
    "綠": "lǜ",
    "戰": "zhàn",
    "態": "tài",
    "勢": "shì",
    "節": "jié",
    "礎": "chǔ",
    "風": "fēng",
    "織": "zhī",
    "組": "zǔ",
    "積": "jī",
    "極": "jí",
    "爭": "zhēng",
    "續": "xù",
    "觀": "guān",
    "廣": "guǎng",
    "護": "hù",
    "農": "nóng",
    "貿": "mào",
    "績": "jì",
}

# Polyphones: the reading comes from the word.  None = leave that character bare.
WORD_PINYIN: dict[str, tuple[str | None, ...]] = {
    "組長": ("zǔ", "zhǎng"),
    "市長": (None, "zhǎng"),
    "縣長": ("xiàn", "zhǎng"),
    "部長": (None, "zhǎng"),
    "局長": (None, "zhǎng"),
    "區長": ("qū", "zhǎng"),
    "校長": (None, "zhǎng"),
    "巷長": (None, "zhǎng"),
    "場長": ("chǎng", "zhǎng"),
    "長效": ("cháng", None),
    "長期": ("cháng", None),
    "長治": ("cháng", None),
    "強調": ("qiáng", "diào"),
    "調研": ("diào", None),
    "調度": ("diào", "dù"),
    "協調": (None, "tiáo"),
    "重點": ("zhòng", "diǎn"),
    "重要": ("zhòng", None),
    "重大": ("zhòng", None),
    "重新": ("chóng", None),
    "行動": ("xíng", "dòng"),
    "銀行": (None, "háng"),
    "行業": ("háng", "yè"),
}

TONE_MARKS = set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")


def fold(text: str) -> str:
    return text.translate(FOLD)


@cache
def _converter(config: str):  # noqa: ANN202 - opencc has no type stubs
    from opencc import OpenCC

    return OpenCC(config)


def to_traditional(text: str, config: str) -> str:
    return _converter(config).convert(text)


def add_pinyin(text: str, rng: random.Random, share: float) -> str:
    """Put ``(syllable)`` after characters of a per-article subset of the table.

    Each site that did this annotated its own set of characters, so every article draws its own
    subset; within an article a chosen character is annotated at every occurrence, as in the seeds.
    """
    # 創/會/領/導 carry pinyin in every damaged article seen so far; the rest varies by site.
    always = {"創", "會", "領", "導"}
    keys = sorted(set(CHAR_PINYIN) - always)
    chosen = always | set(rng.sample(keys, round(len(keys) * share)))
    out: list[str] = []
    i = 0
    while i < len(text):
        for word, syllables in WORD_PINYIN.items():
            if text.startswith(word, i):
                for ch, syl in zip(word, syllables, strict=True):
                    out.append(ch if syl is None else f"{ch}({syl})")
                i += len(word)
                break
        else:
            ch = text[i]
            out.append(f"{ch}({CHAR_PINYIN[ch]})" if ch in chosen else ch)
            i += 1
    return "".join(out)


def gbk_lead_byte_loss(text: str, anchors: list[str]) -> str:
    """Replace the GBK lead byte of the last character of each anchor with ``?``.

    Following DESIGN.md §4: the orphaned trail byte then pairs with the next lead byte, and the
    bytes keep pairing off wrongly until an ASCII-range trail byte resynchronises the decoder.
    """
    raw = bytearray(text.encode("gbk"))
    for anchor in anchors:
        if text.count(anchor) != 1:
            raise SystemExit(f"GBK anchor {anchor!r} must occur exactly once")
        char_index = text.index(anchor) + len(anchor) - 1
        byte_index = len(text[:char_index].encode("gbk"))
        if raw[byte_index] < 0x81:
            raise SystemExit(f"GBK anchor {anchor!r} ends in a single-byte character")
        raw[byte_index] = ord("?")
    return fold(bytes(raw).decode("gbk", errors="replace"))


def nbsp_indents(text: str, rng: random.Random, skip_first: int = 1) -> str:
    """Prefix body paragraphs with ``? ? ? `` runs: NBSP indents that a GBK encoder wrote as ``?``."""
    lines = text.split("\n")
    out = []
    seen = 0
    for line in lines:
        if line.strip():
            seen += 1
            if seen > skip_first:
                line = "? " * rng.choice((3, 3, 3, 4, 2)) + line
        out.append(line)
    return "\n".join(out)


def doubled_punctuation(
    text: str, rng: random.Random, rate: float, force: tuple[str, ...] = ()
) -> str:
    """Insert a stray ASCII comma before some of 、 , 。 (run after folding).

    ``force`` names text that must be followed by a doubled mark, e.g. a name in a list of
    officials, where the stray comma sits right at an entity boundary.
    """
    marks = [m.start() for m in re.finditer(r"(?<=[^\s,、。])[、,。]", text)]
    kinds = {text[p] for p in marks}
    picked = {p for p in marks if rng.random() < rate}
    for anchor in force:
        if text.count(anchor) != 1:
            raise SystemExit(f"doubled-punctuation anchor {anchor!r} must occur exactly once")
        picked.add(text.index(anchor) + len(anchor))
    # Make sure each of `,、` `,,` `,。` shows up at least once.
    for kind in kinds:
        if not any(text[p] == kind for p in picked):
            picked.add(rng.choice([p for p in marks if text[p] == kind]))
    out = []
    for i, ch in enumerate(text):
        if i in picked:
            out.append(",")
        out.append(ch)
    return "".join(out)


# --- site boilerplate -------------------------------------------------------------------------

SITE_A_HEAD = """欢迎访问城乡法治在线网\u00a0\u00a0今天是：2023年4月12日 星期三
设为首页\u00a0|\u00a0加入收藏\u00a0|\u00a0联系我们\u00a0|\u00a0网站地图
首页 | 新闻中心 | 政策法规 | 普法宣传 | 基层治理 | 文明创建 | 图片新闻 | 视频专区
您当前所在位置：首页 > 文明创建 > 地方动态

{headline}

发布时间：2023-04-12 08:33:54\u00a0\u00a0来源：梓原日报\u00a0\u00a0作者：记者 蓝知秋\u00a0\u00a0浏览次数：1362
【字体：大 中 小】 【打印本页】 【关闭窗口】
分享到：微信 微博 QQ空间 QQ好友 豆瓣
"""

SITE_A_TAIL = """
（责任编辑：钟小满）
【打印本页】 【关闭窗口】 【返回顶部】
上一篇：梓东区开展“文明餐桌”志愿服务活动
下一篇：城西区召开物业管理提升工作推进会

推荐阅读
· 城西区：小网格撬动基层治理大变化
· 梓原市启动2023年度“最美交警”评选活动
· 多部门联合开展校园周边交通安全整治

原文链接：http://news.ziyuan.example.cn/wmcj/2023-04/12/content_58213.html
[免责声明] 本网转载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。如涉及作品内容、版权和其他问题，请在30日内与本网联系，我们将在第一时间处理。

主办单位：城乡法治在线网编辑部\u00a0|\u00a0技术支持：星桥网络科技有限公司
城乡法治在线网 www.cxfzzx.example.cn 版权所有
京ICP备18027365号-2\u00a0\u00a0京公网安备11010502039481号
联系电话：010-6231 8867  13900017725\u00a0\u00a0传真：010-6231 8868
投稿邮箱：tougao@cxfzzx.example.cn\u00a0\u00a0客服QQ：2851340076 通联QQ：3095526618
"""

SITE_B_HEAD = """凤栖文明网 - 首页
网站首页 | 文明创建 | 志愿服务 | 道德建设 | 未成年人 | 网络文明 | 公益广告 | 身边好人
设为首页 加入收藏
您当前所在位置：首页 >> 文明创建 >> 工作动态

{headline}

时间：2023年07月05日 16:20\u00a0\u00a0来源：凤栖县融媒体中心\u00a0\u00a0点击数：
【分享到】 微信 朋友圈 新浪微博 复制链接
"""

SITE_B_TAIL = """
【打印】【关闭】
相关文章
· 凤栖县开展“清洁村庄”评选活动
· 柳溪乡：党员带头清沟渠 村庄环境换新颜
推荐阅读
· 凤栖县召开新时代文明实践工作推进会

原文链接：http://www.fqwmw.example.cn/wmcj/gzdt/202307/t20230705_4417.html
版权所有：凤栖文明网\u00a0\u00a0承办：凤栖县文明办
地址：凤栖县凤城镇凤凰大道18号\u00a0\u00a0邮编：555300
电话：0755-5623 1108\u00a0\u00a0邮箱：fqwmw@example.cn
本站部分内容转载自网络，如有侵权请联系删除。
"""


def wrap_site(text: str, head: str, tail: str, body: Callable[[str], str] = lambda s: s) -> str:
    headline, _, rest = text.partition("\n")
    return head.format(headline=headline) + "\n" + body(rest.strip("\n")) + "\n" + tail


# --- the corpus -------------------------------------------------------------------------------


@dataclass
class Sample:
    out: str
    source: str
    damage: str  # one line for README.md
    build: Callable[[str, random.Random], str] = field(repr=False)


def traditional_pinyin(config: str, share: float) -> Callable[[str, random.Random], str]:
    return lambda t, rng: fold(add_pinyin(to_traditional(t, config), rng, share))


SAMPLES = [
    Sample(
        "001_lanchuan-leading-group.txt",
        "01_lanchuan-leading-group.txt",
        "traditional (OpenCC s2t) with inline tone-marked pinyin, full-width punctuation "
        "folded to ASCII; real brackets `(區)` / `(記者 …)` kept",
        traditional_pinyin("s2t", 0.75),
    ),
    Sample(
        "002_qinzhou-mobilisation.txt",
        "02_qinzhou-mobilisation.txt",
        "traditional (OpenCC s2tw: 著力, 平臺) with inline pinyin, punctuation folded; "
        "real brackets `(2023—2025年)` and `(市、區)` kept",
        traditional_pinyin("s2tw", 0.6),
    ),
    Sample(
        "003_lanjiang-backstreets.txt",
        "03_lanjiang-backstreets.txt",
        "traditional (OpenCC s2t) with inline pinyin on a sparse set of characters, "
        "punctuation folded; byline in brackets `本報訊(記者 …)`",
        traditional_pinyin("s2t", 0.4),
    ),
    Sample(
        "004_heting-volunteers.txt",
        "04_heting-volunteers.txt",
        "traditional (OpenCC s2tw) with dense inline pinyin (incl. polyphones 長/調/重 "
        "by word), punctuation folded",
        traditional_pinyin("s2tw", 0.95),
    ),
    Sample(
        "005_tongxi-county-dispatch.txt",
        "05_tongxi-county-dispatch.txt",
        "GBK lead-byte loss at two places (DESIGN.md §4 recipe), punctuation folded; "
        "otherwise simplified",
        lambda t, rng: gbk_lead_byte_loss(t, ["委副书记、县长", "领导邬志高、汤"]),
    ),
    Sample(
        "006_ziyuan-traffic-order.txt",
        "06_ziyuan-traffic-order.txt",
        "site boilerplate (welcome line, nav bar, 设为首页, 您当前所在位置, metadata with "
        "08:33:54, share buttons, 责任编辑, 上一篇/下一篇, 推荐阅读, 原文链接 and "
        "disclaimer/ICP/phone/QQ/email after it), NBSP in header lines, punctuation folded",
        lambda t, rng: fold(wrap_site(t, SITE_A_HEAD, SITE_A_TAIL)),
    ),
    Sample(
        "007_hexi-wet-market.txt",
        "07_hexi-wet-market.txt",
        "`? ? ? ` NBSP-indent artefacts at paragraph starts (not the headline), doubled "
        "punctuation (`,、` inside a list of officials, `,,`, `,。`), punctuation folded",
        lambda t, rng: doubled_punctuation(
            fold(nbsp_indents(t, rng)), rng, 0.07, force=("区领导甘立伟", "区财政局要及时保障资金")
        ),
    ),
    Sample(
        "008_lanchuan-speech.txt",
        "08_lanchuan-speech.txt",
        "clean simplified; long transcript of an unnamed leader's speech (~8,000 characters, "
        "headings 一、…六、, directives 一要/二要/必须/务必/决不能)",
        lambda t, rng: t,
    ),
    Sample(
        "009_bailuwan-civility-etiquette.txt",
        "09_bailuwan-civility-etiquette.txt",
        "clean simplified; contains 抬 (抬头, 抬高), which OpenCC tw2s rewrites to 擡: "
        "must come out unchanged",
        lambda t, rng: t,
    ),
    Sample(
        "010_qinzhou-fengqi-county.txt",
        "10_qinzhou-fengqi-county.txt",
        "clean simplified; the county secretary's name 𠮷振邦 has U+20BB7 (outside the BMP), "
        "five occurrences",
        lambda t, rng: t,
    ),
    Sample("011_heting-schools.txt", "11_heting-schools.txt", "clean simplified", lambda t, rng: t),
    Sample(
        "012_ziyuan-npc-inspection.txt",
        "12_ziyuan-npc-inspection.txt",
        "clean simplified; people's congress inspection (他要求 frame, descriptive 需要)",
        lambda t, rng: t,
    ),
    Sample(
        "013_fengqi-rural-environment.txt",
        "13_fengqi-rural-environment.txt",
        "site boilerplate (second site: nav, 您当前所在位置, share line, 相关文章/推荐阅读, "
        "原文链接 and address/phone/email after it) plus `? ? ? ` indents in the body, "
        "punctuation folded",
        lambda t, rng: fold(
            wrap_site(t, SITE_B_HEAD, SITE_B_TAIL, lambda b: nbsp_indents(b, rng, skip_first=0))
        ),
    ),
    Sample(
        "014_tongxi-night-market.txt",
        "14_tongxi-night-market.txt",
        "GBK lead-byte loss at two places, punctuation folded",
        lambda t, rng: gbk_lead_byte_loss(t, ["月18日晚，县", "增派警力疏导交"]),
    ),
]

README_HEAD = """# Sample corpus

Fictional articles (invented cities, officials and bodies) in the genre of local-government news
about the 创建全国文明城市 campaign, with the damage real reprints carry (DESIGN.md §4).
Generated by `bench/make_samples.py` from the clean texts in `bench/sample_sources/`; do not edit
by hand. `gold.jsonl` is their gold (the development gold of tests/gold, raw offsets, the articles
annotated whole), which the sample project holds in its gold layer; it is written by
`python tests/gold_markup.py samples`.

"""


def build_all() -> dict[str, str]:
    files: dict[str, str] = {}
    for s in SAMPLES:
        clean = (SOURCES / s.source).read_text(encoding="utf-8")
        # One generator per sample, seeded by its name, so a change to one sample moves no other.
        rng = random.Random(s.out)
        text = s.build(clean, rng)
        _sanity(s, clean, text)
        files[s.out] = text if text.endswith("\n") else text + "\n"
    lines = [f"- `{s.out}`: {s.damage}" for s in SAMPLES]
    files["README.md"] = README_HEAD + "\n".join(lines) + "\n"
    return files


def _sanity(s: Sample, clean: str, text: str) -> None:
    if "pinyin" in s.damage and not TONE_MARKS & set(text):
        raise SystemExit(f"{s.out}: no tone-marked pinyin produced")
    if "GBK" in s.damage and "\ufffd" not in text and "?" not in text:
        raise SystemExit(f"{s.out}: GBK damage left no trace")
    if unicodedata.normalize("NFC", text) != text:
        raise SystemExit(f"{s.out}: output not NFC")
    n = len(text)
    limit = (7000, 11000) if "speech" in s.out else (600, 3000)
    if not limit[0] <= n <= limit[1]:
        raise SystemExit(f"{s.out}: {n} characters, outside {limit}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if resources/samples is stale")
    args = ap.parse_args(argv)
    files = build_all()
    if args.check:
        stale = [
            n
            for n, t in files.items()
            if not (OUT / n).exists() or (OUT / n).read_text(encoding="utf-8") != t
        ]
        if stale:
            print("stale: " + ", ".join(stale), file=sys.stderr)
            return 1
        print(f"{len(files)} files up to date")
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (OUT / name).write_text(text, encoding="utf-8", newline="\n")
        print(f"{name:40s} {len(text):6d} chars")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
