"""Real mirror pages (issue 16): the site added pinyin, then the page lost GBK lead bytes and was
saved back to GBK. Two forms the repair left alone:

- a note right after the `?` that lost its opening bracket (`展?jié)摿Φ`): a misaligned reader's
  note, eaten with the bracket into a replacement the site dropped; it names no character of the
  text, and its letters hid the damaged run from the repair;
- a run whose last trail byte met an ASCII mark and was written back as `?` (`门谱?,`), which read
  as the start of another run.

The sentences are made up; the damage is built byte by byte the way the real pages show it."""

from __future__ import annotations

from civannot.text import damage
from civannot.text.normalize import Normalized, normalize
from civannot.text.pinyin import pinyin_edits


def _lead_lost(trad: str, index: int) -> str:
    """`trad` with the lead byte of character `index` turned into `?` (DESIGN.md §4)."""
    return damage.gbk_lead_loss(trad, index)


def _maps_back(raw: str) -> Normalized:
    n = normalize(raw)
    for i in range(len(n.text)):
        a, b = n.offset_map.to_raw(i, i + 1)
        assert b > a, (i, n.text[i])
    return n


def test_eaten_note_after_question_mark_goes() -> None:
    edits, n = pinyin_edits("發展?jié)摿Φ")
    assert n == 1 and edits == [(3, 7, "", False)]
    # a question in running text followed by English in brackets is no note
    assert pinyin_edits("是嗎?ok)")[1] == 0


def test_run_behind_an_eaten_note_is_repaired() -> None:
    trad = "新城區要持續發展潛力的綜合優勢，推動產業升級。"
    raw = _lead_lost(trad, trad.index("潛"))
    q = raw.index("?")
    raw = raw[: q + 1] + "jié)" + raw[q + 1 :]
    n = _maps_back(raw)
    assert "jié" not in n.text and "?" not in n.text
    assert "发展潜力的综合优势" in n.text


def test_trail_written_back_as_question_mark() -> None:
    trad = "創建文明城市的目的不是單純為了拿牌子,而是為了讓群眾得實惠。"
    raw = _lead_lost(trad, trad.index("為"))
    # the page was saved back to GBK: the U+FFFD of 子's orphaned trail byte became `?`
    raw = raw.replace("\ufffd,", "?,")
    assert raw.count("?") == 2
    n = _maps_back(raw)
    assert "单纯为了拿牌子，而是" in n.text
    assert "?" not in n.text and "\ufffd" not in n.text


def test_paragraph_tag_left_at_a_line_end_goes() -> None:
    # `）</p>` whose `）` lost its lead byte: the trail byte took the `<` with it
    trad = "全縣各部門要把創建工作抓緊抓實。\n（記者林曉）</p>"
    raw = _lead_lost(trad.replace("</p>", ""), len(trad) - 5) + "/p>"
    raw = raw.replace("\ufffd", "?")
    assert raw.endswith("?/p>")
    n = _maps_back(raw)
    assert "/p>" not in n.text and n.text.startswith("全县各部门要把创建工作抓紧抓实。\n（记者林晓")
    assert any(f.kind == "boilerplate" and "/p>" in f.message for f in n.flags)
    # a whole closing tag goes too; a slash in running text stays
    assert normalize("要抓紧抓实。</p>").text == "要抓紧抓实。"
    assert normalize("比例为1/2。").text == "比例为1/2。"


def test_unread_question_mark_before_an_eaten_note_is_no_question() -> None:
    # two eaten notes in a row and too little left to read: the `?`s are lost characters, shown
    # as U+FFFD, never as a ？ the punctuation step would make of them
    n = _maps_back("全體幹部要勇?lì)?zhēng)上游,爭創一流。")
    assert "lì" not in n.text and "zh" not in n.text
    assert "?" not in n.text and "？" not in n.text
    assert n.text.endswith("上游，争创一流。")
