"""Traditional mirror copies note pinyin in several styles (the session-5 audit of real pages and
of the maintainers' description): tone marks or tone digits, ASCII or full-width round brackets,
square brackets or 【】, with or without a space before the note; and they quote with 「」. The
clean text is simplified, without the notes, with “” quotes, and every clean character maps to the
raw character it came from. The sentences are made up."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from civannot.text import convert
from civannot.text.normalize import normalize

CLEAN = "会议要求，各单位要加强领导，确保创建工作落实。"

STYLES = {
    "marks": "會(huì)議要求，各單(dān)位要加強(qiáng)領(lǐng)導(dǎo)，確保創(chuàng)建工作落實(shí)。",
    "full-width": "會（huì）議要求，各單（dān）位要加強（qiáng）領（lǐng）導（dǎo），確保創（chuàng）建工作落實。",
    "digits": "會(hui4)議要求，各單(dan1)位要加強(qiang2)領(ling3)導(dao3)，確保創(chuang4)建工作落實。",
    "digits full-width": "會（hui4）議要求，各單（dan1）位要加強（qiang2）領導，確保創（chuang4）建工作落實。",
    "space before": "會 (huì) 議要求，各單 (dān) 位要加強 (qiáng) 領 (lǐng) 導 (dǎo)，確保創建工作落實。",
    "square": "會[huì]議要求，各單[dān]位要加強[qiáng]領[lǐng]導[dǎo]，確保創[chuàng]建工作落實。",
    "lenticular": "會【huì】議要求，各單【dān】位要加強【qiáng】領【lǐng】導，確保創【chuàng】建工作落實。",
}


def _offsets_exact(raw: str) -> None:
    n = normalize(raw)
    for i, ch in enumerate(n.text):
        a, b = n.offset_map.to_raw(i, i + 1)
        assert b - a == 1, (i, ch, raw[a:b])
        r = raw[a]
        assert ch in (r, convert.to_simplified(r), convert.QUOTES.get(r)), (i, ch, r)


@pytest.mark.parametrize("style", sorted(STYLES))
def test_pinyin_note_styles_go_and_offsets_stay_exact(style: str) -> None:
    raw = STYLES[style]
    assert normalize(raw).text == CLEAN
    _offsets_exact(raw)


def test_directive_reads_the_same_as_on_simplified_text() -> None:
    simple = [(s.label, s.text) for s in suggest(CLEAN).spans]
    for raw in STYLES.values():
        assert [(s.label, s.text) for s in suggest(normalize(raw).text).spans] == simple


def test_brackets_that_are_no_pinyin_stay() -> None:
    raw = "會議在市民中心（鐘樓廣場）召開，附件(A4)與附件(see p3)及[圖]見下，(2023年)。"
    # (ASCII brackets between Chinese characters come out full-width, as every bracket does)
    assert normalize(raw).text == (
        "会议在市民中心（钟楼广场）召开，附件（A4）与附件（see p3）及[图]见下，（2023年）。"
    )


def test_corner_quotes_become_the_simplified_quotes() -> None:
    raw = "會議強調，要推行「門前三包」責任制，開展「清潔家園」行動。他說：「各單位要抓好落實。」"
    n = normalize(raw)
    assert (
        n.text == "会议强调，要推行“门前三包”责任制，开展“清洁家园”行动。他说：“各单位要抓好落实。”"
    )
    _offsets_exact(raw)
    assert [s.text for s in suggest(n.text).spans if s.label == "SLOGAN"] == [
        "门前三包",
        "清洁家园",
    ]


def test_simplified_text_keeps_its_corner_quotes() -> None:
    raw = "会议强调，要推行「门前三包」责任制。"
    assert normalize(raw).text == raw


def test_a_bylines_own_space_after_a_note_stays() -> None:
    raw = "松嶺日報訊（記者(zhě) 唐知遠 通訊員(yuán) 盧曉棠）"
    assert normalize(raw).text == "松岭日报讯（记者 唐知远 通讯员 卢晓棠）"


def _read(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    sug = suggest(text)
    spans = [(s.label, s.text) for s in sug.spans]
    rels = [(r, sug.spans[h].text, sug.spans[t].text) for r, h, t in sug.relations]
    return spans, rels


def test_a_traditional_mirror_reads_like_its_simplified_original() -> None:
    simple = (
        "5月6日上午，溪川县召开创建全国文明城市推进会。县委书记闵澄在讲话中指出，"
        "“各乡镇要开展‘清洁家园’行动，确保整改到位。”他要求，要推行“门前三包”责任制。"
    )
    raw = (
        "5月6日上午，溪川縣召開(kāi)創(chuàng)建全國文明城市推進會(huì)。縣委書記閔澄在講話中指出，"
        "「各鄉鎮要開展『清潔家園』行動(dòng)，確保整改到位。」他要求，要推行「門前三包」責任制。"
    )
    n = normalize(raw)
    assert n.text == simple
    _offsets_exact(raw)
    assert _read(n.text) == _read(simple)
    spans, rels = _read(n.text)
    assert ("SLOGAN", "门前三包") in spans
    assert ("ISSUED_BY", "要推行“门前三包”责任制", "闵澄") in rels


# Made-up reports as their simplified originals; the mirror copies below are made from them the
# way mirror sites make theirs: another converter's traditional (Taiwan and Hong Kong tables
# too), pinyin notes after some characters, the site's navigation above and its tail below.
ORIGINALS = {
    "county": (
        "溪川县召开创建全国文明城市推进会\n"
        "5月6日，溪川县召开创建全国文明城市推进会。县委常委、宣传部部长闵澄出席会议并讲话，"
        "县卫健委、县城管局负责人参加会议。\n"
        "闵澄强调，各乡镇要巩固国家卫生县城创建成果，抓好创卫和创文工作，确保整改到位。"
        "他要求，要推行“门前三包”责任制，店铺经营者要落实责任。"
    ),
    "district": (
        "7月2日，石岭区创城指挥部召开调度会。区委副书记、区长骆秋实主持会议并讲话，"
        "区创城办、区市场监管局、东湖街道办事处主要负责人汇报了近期工作。\n"
        "骆秋实指出，各街道要对照测评体系，逐项整改点位问题；要加强卫生死角清理，"
        "确保环境卫生长效管理。"
    ),
}
# What a mirror puts around the article, in its own script (the converter turns it).
HEAD = "您现在的位置：首页 > 要闻动态 > 正文\n来源：溪川新闻网  作者：本网  打印本页\n"
TAIL = "\n相关阅读：\n溪川县召开城市管理工作会议\n主办：溪川县人民政府  技术支持：某某科技\n|"
NOTES = {"创": "chuàng", "会": "huì", "区": "qū", "长": "zhǎng", "卫": "wèi", "县": "xiàn"}


def _mirror(simple: str, config: str) -> str:
    from opencc import OpenCC

    trad = OpenCC(config).convert(HEAD + simple + TAIL)
    src = HEAD + simple + TAIL
    out = []
    for i, (s_ch, t_ch) in enumerate(zip(src, trad, strict=True)):
        out.append(t_ch)
        if s_ch in NOTES and i % 3 == 0:
            out.append(f"({NOTES[s_ch]})")
    return "".join(out)


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk", "s2twp"])
@pytest.mark.parametrize("name", sorted(ORIGINALS))
def test_a_mirror_copy_in_any_script_reads_like_its_original(name: str, config: str) -> None:
    simple = ORIGINALS[name]
    raw = _mirror(simple, config)
    n = normalize(raw)
    # the site's navigation and tail go as they go from the simplified page; 衞 (Hong Kong) is 卫
    assert n.text == simple
    assert _read(n.text) == _read(simple)


def test_taiwan_phrases_go_back_only_where_a_phrase_converter_wrote_them() -> None:
    # a Taiwan phrase converter's copy: 创建 -> 建立, 社区 -> 社群, 调度 -> 排程, 通过 -> 透过
    tw = "榆林縣召開建立全國文明城市排程會，透過視訊會議要求各社群建立長效機制，縣建立辦要落實。"
    assert normalize(tw).text == (
        "榆林县召开创建全国文明城市调度会，通过视频会议要求各社区建立长效机制，县创建办要落实。"
    )
    # a character converter's copy of a page that writes 建立 and 资讯 itself: nothing turns back
    plain = "榆林縣召開創建工作會，要求建立長效機制，建立台賬，登錄榆林資訊網查看。"
    assert (
        normalize(plain).text
        == "榆林县召开创建工作会，要求建立长效机制，建立台账，登录榆林资讯网查看。"
    )


def test_a_copying_sites_reading_time_and_title_tail_go() -> None:
    body = (
        "9月9日，溪川县召开创建全国文明城市推进会。县委书记闵澄强调，各乡镇要抓好整改。\n"
        "会议要求，各部门要落实责任，确保创建工作取得实效。"
    )
    for raw in (
        "本篇文章238字，读完约1分钟\n\n" + body + "\n\n来源：溪川新闻\n\n"
        "标题：溪川县召开创建全国文明城市推进会\n\n地址：http://www.example-copy.cn/a/3313.html",
        "本篇文章238字,讀完約1分鐘\n\n"
        + _s2t(body)
        + "\n\n來源:溪川新聞\n\n標題:溪川縣召開創(chuàng)建全國文明城市推進會\n\n"
        "地址:http://www.example-copy.cn/a/3313.html",
    ):
        assert normalize(raw).text == body + "\n\n来源：溪川新闻"


def _s2t(text: str) -> str:
    from opencc import OpenCC

    return OpenCC("s2t").convert(text)
