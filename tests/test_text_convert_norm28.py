"""The lines of a traditional copy inside a simplified page (a mirror's traditional body under
its simplified headline and chrome) are all converted (session 28): before, a line of a
simplified page went only with six traditional-only characters and not one simplified-only
character, so a short line of the copy (a byline, an editor line, 會議由某某主持。) stayed
traditional, and so did a long paragraph writing one character Taiwan's standard shares with
simplified writing (光明里, a place name). What the GBK repair wrote (in simplified writing) is
no evidence against a traditional line either. Made-up text."""

from __future__ import annotations

from civannot.text import normalize
from civannot.text.convert import convert_edits, evidence
from civannot.text.damage import gbk_lead_loss

# simplified headline and source line, as a mirror keeps them around a traditional copy
_HEAD = "岚溪县召开创城推进会\n来源：岚溪县融媒体中心  时间：2024年8月3日  编辑：刘萍\n"


def test_a_long_traditional_paragraph_with_one_shared_character_is_converted() -> None:
    raw = (
        _HEAD + "督查組對嵐溪縣創建全國文明城市相關材料進行了檢查，並實地考察了光明里社區、"
        "濱河公園和農貿市場。"
    )
    assert evidence(raw.split("\n")[2]) == (17, 1)  # 里 counts as simplified
    text = normalize(raw).text
    assert text.endswith(
        "督查组对岚溪县创建全国文明城市相关材料进行了检查，并实地考察了光明里社区、"
        "滨河公园和农贸市场。"
    ), text
    assert text.startswith(_HEAD.strip()), text


def test_short_lines_of_the_traditional_copy_are_converted() -> None:
    raw = (
        _HEAD + "8月3日，嵐溪縣召開創城工作推進會，各鄉鎮負責同志參加。\n"
        "會議由縣長韓明主持。\n責任編輯：聶某\n"
    )
    text = normalize(raw).text
    assert text.endswith("会议由县长韩明主持。\n责任编辑：聂某"), text


def test_a_line_of_three_traditional_characters_goes_on_its_own() -> None:
    raw = _HEAD + "会议要求各部门抓好落实。\n審編：鄺某某\n"
    assert normalize(raw).text.endswith("会议要求各部门抓好落实。\n审编：邝某某")


def test_a_simplified_page_without_a_traditional_copy_keeps_a_lone_character() -> None:
    # one traditional-only character and no passage: an author's name (王乾), not a copy
    raw = _HEAD + "会议要求各部门抓好落实。\n王乾 摄\n"
    assert normalize(raw).text == raw.strip()
    edits, doc_trad = convert_edits("会议要求各部门抓好落实。\n審編\n")
    assert edits == [] and not doc_trad


def test_beside_a_copy_simplified_lines_and_name_characters_stay() -> None:
    raw = (
        _HEAD + "8月3日，嵐溪縣召開創城工作推進會，各鄉鎮負責同志參加。\n"
        "会议由县长韩明主持，他抬头看了看乾隆年间的碑。\n審編 王乾\n"
    )
    text = normalize(raw).text
    # a line writing simplified-only characters stays as written, 乾 and all
    assert "会议由县长韩明主持，他抬头看了看乾隆年间的碑。" in text, text
    # the editor line is the copy's; the name's 乾 stays (no 乾部 on the page)
    assert text.endswith("审编 王乾"), text


def test_characters_a_repair_wrote_are_no_evidence_against_a_traditional_line() -> None:
    clean = (
        "東莞以更高標準爭創全國文明城市\n"
        "在石龍鎮，督導組對各主次幹道、社區、農貿市場等場所開展督導檢查，"
        "發現石龍鎮文明創建工作整體良好。"
    )
    raw = gbk_lead_loss(clean, 6)  # 準 lost its lead byte: the run swallows 爭創全國 too
    n = normalize(raw)
    repairs = [f for f in n.flags if f.kind == "gbk_repair" and f.applied]
    assert repairs and "准争创" in repairs[0].applied  # read in simplified writing
    # the headline is converted all the same (before: 标准争创 outvoted 東, 國; 東莞…標 stayed)
    assert n.text.startswith("东莞以更高标准争创全国文明城市\n"), n.text
