"""Session 39's audit of the normaliser on fresh real pages: forms the clean text still carried.
The sentences and names are made up."""

from __future__ import annotations

from civannot.text.normalize import normalize
from tests.test_text_pinyin_styles import _offsets_exact

# --- a word's pinyin note written as one run of syllables (a tool that annotates words) ---


def test_word_notes_longer_than_a_syllable_go() -> None:
    raw = (
        "全区市民坚持不懈努力（bùxiènǔlì），获评荣誉称号（róngyùchēnghào）后，"
        "群众感到高兴(gǎndàogāoxìng)，区长林某某讲话。"
    )
    assert (
        normalize(raw).text
        == "全区市民坚持不懈努力，获评荣誉称号后，群众感到高兴，区长林某某讲话。"
    )
    _offsets_exact(raw)


def test_word_note_beside_syllable_notes_goes() -> None:
    raw = "城市（chéngshì）环境(huánjìng)相当于（xiāngdāngyú）改善。"
    assert normalize(raw).text == "城市环境相当于改善。"
    _offsets_exact(raw)


def test_long_bracketed_words_that_spell_nothing_stay() -> None:
    # English, codes, and toned letters that do not spell the characters before them
    for raw in (
        "加强管理（management）工作。",
        "会议通过了方案（abcdefghij）。",
        "会议通过了方案（bùxiènǔlìhǎo）。",
    ):
        assert normalize(raw).text == raw


# --- a note the end of the copy cut inside its first syllable, before any tone mark ---


def test_cut_toneless_note_goes_in_a_toned_copy() -> None:
    raw = "会议要求（yāoqiú），各单位要加强领导，更加扎实（sh"
    assert normalize(raw).text == "会议要求，各单位要加强领导，更加扎实"
    _offsets_exact(raw)
    raw = "会议要求（yāoqiú），一要高度重视，坚（ji"
    assert normalize(raw).text == "会议要求，一要高度重视，坚"


def test_cut_letters_stay_without_a_pinyin_tool_or_a_reading() -> None:
    # no toned note in the text: a bracket and letters are the text's own
    assert normalize("会议要求，一要高度重视，坚（ji").text == "会议要求，一要高度重视，坚（ji"
    # letters that begin no reading of the character before them
    raw = "会议要求（yāoqiú），各单位参加会议（zz"
    assert normalize(raw).text == "会议要求，各单位参加会议（zz"


# --- a hijacked site's own title above the copied article's headline ---


def test_gambling_site_title_above_the_headline_goes() -> None:
    body = "某某县召开创建全国文明城市推进会\n\n5月6日，县委书记高某某主持会议。会议要求，各单位要加强领导。"
    for title in (
        "好运365bet官网_365体育手机版-下载",
        "正规竞彩app",
        "某某棋牌游戏，某某游戏棋牌平台",
        "足球即时比分",
    ):
        raw = f"{title}\n\n{body}"
        assert normalize(raw).text == body, title
        _offsets_exact(raw)


def test_head_spam_only_in_the_head_and_only_lure_words() -> None:
    # a headline naming a crackdown or a venue stays
    for head in ("某某区开展文化娱乐场所专项检查", "市体育局查处违规彩票投注站"):
        raw = f"{head}\n\n5月6日，区长高某某带队检查。"
        assert normalize(raw).text == raw
    # after the first sentence a line holding such a word is the text's (or another form's)
    raw = "5月6日，区长高某某带队检查。\n\n正规竞彩app"
    assert normalize(raw).text == raw


# --- HTML character references a page-to-text tool left in the text ---


def test_character_references_become_their_characters() -> None:
    raw = "管理员要坚持&nbsp;24小时值守。\n&nbsp;\n检查组对&ldquo;门前三包&rdquo;落实情况&#36827;行了督查。"
    n = normalize(raw)
    assert n.text == "管理员要坚持\u00a024小时值守。\n\n检查组对“门前三包”落实情况进行了督查。"
    for i in range(len(n.text)):
        a, b = n.offset_map.to_raw(i, i + 1)
        assert b > a, i
    a, b = n.offset_map.to_raw(n.text.index("“"), n.text.index("“") + 1)
    assert raw[a:b] == "&ldquo;"


def test_reference_whose_ampersand_went_with_a_lost_byte() -> None:
    # `?ldquo;`: the reference is read, the `?` is a lost character (flagged), no question mark
    raw = "检查组对门前三包落实情况进行了督查?ldquo;三包即包卫生、包秩序、包绿化。"
    n = normalize(raw)
    assert "？" not in n.text and "ldquo" not in n.text
    assert "督查\ufffd“三包即" in n.text
    assert any(f.kind == "damage" for f in n.flags)


def test_text_that_only_looks_like_a_reference_stays() -> None:
    raw = "网址为http://www.example.cn/a.html?id=1&b=2;c=3 。"
    assert normalize(raw).text == raw
    assert "R&D" in normalize("R&D;研发投入增长。").text
    # a question mark before a word that names no reference stays a question mark
    assert normalize("他问：是吗?好的；没问题。").text == "他问：是吗？好的；没问题。"


# --- a lure a hijacked site wrote in place of the page's place name, inside the sentences ---


def test_lure_written_in_place_of_a_name_goes_at_every_place() -> None:
    lure = "好运999官网下载_谁有999比分链接_999直播是什么"
    raw = (
        f"5月6日，副市长高某某一行到{lure}调研农贸市场。\n"
        f"调研组要求，{lure}各部门要加强领导。\n"
        f"市领导听取了{lure}农贸市场情况汇报。"
    )
    n = normalize(raw)
    assert n.text == (
        "5月6日，副市长高某某一行到调研农贸市场。\n调研组要求，各部门要加强领导。\n"
        "市领导听取了农贸市场情况汇报。"
    )
    _offsets_exact(raw)
    assert sum(f.kind == "boilerplate" for f in n.flags) == 3


def test_lure_joined_by_underscores_inside_a_title_and_quotes() -> None:
    lure = "*某某棋牌_某某捕鱼游戏¥最新版本下载"
    raw = f"根据《{lure}市人民政府关于创建卫生城市的决定》，以“爱我{lure}、建卫生城市”为主题。"
    assert (
        normalize(raw).text
        == "根据《市人民政府关于创建卫生城市的决定》，以“爱我、建卫生城市”为主题。"
    )


def test_lure_written_once_and_repeated_text_stay() -> None:
    raw = "5月6日，副市长高某某一行到好运999官网下载_谁有999比分链接调研农贸市场。"
    assert normalize(raw).text == raw
    # a report's own repeated words with an underscore and no lure's ending
    raw = "请填写附件1_申报表并报送。\n附件1_申报表由各单位填写。"
    assert normalize(raw).text == raw
