"""Forms found in the session-9 audit of 15 fresh real traditional mirror copies (audtrad7; the
pages stay outside the repository). After cleaning, each copy gave the same suggestions as its
simplified text under OpenCC s2t/s2tw/s2hk with pinyin notes after every character, spaced notes,
halfwidth punctuation and doubled commas; only a Taiwan phrase converter (s2twp) left a trace: it
reads 导出 (export) across 领导 + 出席 and writes 領匯出席, which cut a list of names off its 市领导.
The other misses were rule classes a simplified copy shows as well: a sentence opening with a bare
强调， (no subject), the post of many places (甲、乙等地宣传部部长和…), a conjunction read as a
surname after a post (主任和相关负责同志), an outlet's name walked back over the clause's own verb
(邀请某某日报, 记者从某某网获悉), a word of the dictionary read as an unknown place (刚才县委办),
years listed before the one with 年, a quoted mechanism with 工作 before 机制, a body's inspection
group (省委督查组), a provincial radio station and a news portal (某某信息港), and a lost final
mark (U+FFFD) inside a requirement. The sentences are made up; the traditional copies are made
from them with OpenCC."""

from __future__ import annotations

from civannot.preannotate import suggest
from civannot.text.normalize import normalize
from tests.preannotate_support import labelled_spans as _spans


def _issued(text: str) -> list[tuple[str, str]]:
    r = suggest(text)
    return [(r.spans[h].text, r.spans[t].text) for ty, h, t in r.relations if ty == "ISSUED_BY"]


def test_a_bare_verb_opening_a_sentence_takes_the_speaker_before() -> None:
    text = (
        "5月8日下午，市委常委、县委书记钱立新主持召开创建工作领导小组会议。"
        "强调，要把创建工作摆上重要日程，确保取得实效。"
    )
    assert ("要把创建工作摆上重要日程，确保取得实效", "钱立新") in _issued(text)
    # the same in a traditional mirror copy with pinyin notes
    mirror = (
        "5月8日下午，市委常委、縣(xiàn)委書(shū)記錢立新主持召開(kāi)創(chuàng)建工作領(lǐng)導(dǎo)小組會(huì)議。"
        "強(qiáng)調(diào)，要把創(chuàng)建工作擺上重要日程，確保取得實(shí)效。"
    )
    clean = normalize(mirror).text
    assert clean == text
    assert ("要把创建工作摆上重要日程，确保取得实效", "钱立新") in _issued(clean)


def test_the_post_of_many_places_is_no_title() -> None:
    text = "省委宣传部副部长孙海峰带领专家，东川、西岭等地宣传部部长和创文工作相关负责同志来调研。"
    got = _spans(text)
    assert ("TITLE", "省委宣传部副部长") in got and ("PERSON", "孙海峰") in got
    assert not any(t.endswith("宣传部部长") and t != "省委宣传部副部长" for _, t in got), got
    assert not any(lab == "PERSON" and t.startswith("和") for lab, t in got), got
    got = _spans("各地宣传部部长和相关负责同志参加会议。")
    assert not any(lab in ("TITLE", "PERSON") for lab, _ in got), got


def test_a_conjunction_after_a_post_opens_no_name() -> None:
    got = _spans("市文明办主任和相关负责同志参加会议。")
    assert not any(lab == "PERSON" for lab, _ in got), got
    # 和 as the surname of a name stays possible
    assert ("PERSON", "和建国") in _spans("县委书记和建国主持会议。")


def test_an_outlet_opens_after_the_verb_before_it() -> None:
    got = _spans("11月10日，记者从华夏文明网获悉，名单已公布。")
    assert ("ORG", "华夏文明网") in got, got
    got = _spans(
        "邀请东川日报、东川电视台、东川人民广播电台等媒体，并安排西岭日报、西岭信息港参加。"
    )
    for org in ("东川日报", "东川电视台", "东川人民广播电台", "西岭日报", "西岭信息港"):
        assert ("ORG", org) in got, (org, got)
    assert not any(t.startswith(("邀请", "并安排", "安排")) for _, t in got), got


def test_a_word_of_the_dictionary_is_no_place_before_a_body() -> None:
    got = _spans("刚才县委办同志宣读了实施方案。")
    assert ("ORG", "县委办") in got, got
    assert ("ORG", "刚才县委办") not in got


def test_listed_years_are_each_a_date() -> None:
    got = _spans("严格依据参评城市2018、2019、2020年三年测评总成绩排名。")
    assert [t for lab, t in got if lab == "DATE"] == ["2018", "2019", "2020年"]


def test_a_quoted_mechanism_with_work_before_it_is_a_slogan() -> None:
    got = _spans("落实“履职自查”工作机制，继续执行“红黑榜公示”工作机制。")
    assert ("SLOGAN", "履职自查") in got and ("SLOGAN", "红黑榜公示") in got


def test_a_bodys_inspection_group_is_one_org() -> None:
    got = _spans("由省委政法委巡视员孙海峰带队的省委督查组一行6人到县开展督查。")
    assert ("ORG", "省委督查组") in got, got
    assert ("ORG", "省政府环保督查组") in _spans("省政府环保督查组对县里的督查意见。")
    # the group's leader: a post, no body of its own
    got = _spans("市委督查组组长钱立新讲话。")
    assert ("TITLE", "市委督查组组长") in got and not any(lab == "ORG" for lab, _ in got), got


def test_a_lost_final_mark_stays_out_of_a_requirement() -> None:
    r = suggest(
        "市委书记钱立新指出，要建立健全常态长效机制，真正让成果惠及百姓\ufffd\ufffd\n• 为你推荐"
    )
    ds = [s.text for s in r.spans if s.label == "DIRECTIVE"]
    assert ds == ["要建立健全常态长效机制，真正让成果惠及百姓"], ds


def test_a_taiwan_converter_reading_export_across_leader_is_turned_back() -> None:
    # what OpenCC s2twp writes for 创建…领导小组会议。甲、乙、丙等市领导出席会议。…指导出台…
    mirror = (
        "4月10日下午，市委書記錢立新主持召開建立全國文明城市領導小組會議。"
        "孫海峰、趙東明、李曉等市領匯出席會議。錢立新強調，要加強指匯出臺政策。"
    )
    clean = normalize(mirror).text
    assert "等市领导出席会议" in clean and "指导出台" in clean, clean
    persons = [t for lab, t in _spans(clean) if lab == "PERSON"]
    assert {"孙海峰", "赵东明", "李晓"} <= set(persons), persons


# --- the check batch (6 further fresh copies, scored once with the rules above) ---------------


def test_what_leaders_take_charge_of_is_no_name() -> None:
    got = _spans("实行“双包双保制”，即市级领导包社区、市区两级单位包楼栋。")
    assert not any(lab in ("TITLE", "PERSON") for lab, _ in got), got
    got = _spans("市领导王明、李华出席会议。")
    assert ("PERSON", "王明") in got and ("PERSON", "李华") in got


def test_a_kind_of_area_is_no_district() -> None:
    got = _spans("对主要街路、商业区和沿江进行综合规划，深入工业区、住宅区调研。")
    assert not any(lab == "GPE" for lab, _ in got), got
    # districts the gazetteer knows under a word of the dictionary stay places
    got = _spans("来到和平区、铁西区调研。")
    assert ("GPE", "和平区") in got and ("GPE", "铁西区") in got


def test_a_headlines_dashes_stay_out_of_a_requirement() -> None:
    r = suggest("钱立新在东川调研时指出，全省要全力贯彻落实重要指示———\n东川日报讯 昨天。")
    ds = [s.text for s in r.spans if s.label == "DIRECTIVE"]
    assert ds == ["全省要全力贯彻落实重要指示"], ds


def test_a_big5_gateways_page_furniture_goes() -> None:
    raw = (
        "黑龍江再掀創建文明城市熱潮\n"
        "channelId 1 1 1\n"
        "壟!-- /1234/web_x/slot01 -->\n"
        "更多 今日話題\n"
        "本報訊 東川市日前召開創建工作會議。\n"
    )
    clean = normalize(raw).text
    assert "channelId" not in clean and "--" not in clean and "更多" not in clean, clean
    assert "本报讯 东川市日前召开创建工作会议。" in clean


# --- batch 3 (6 further fresh copies, scored once with the two rounds above) -----------------


def test_a_name_the_dictionary_holds_as_a_name_stays_a_name() -> None:
    # jieba's dictionary lists some officials' names; a name is still a name before a verb
    got = _spans("“要尊重城市发展规律，创新城市治理方式。”这是东川省委书记李强描绘过的方向。")
    assert ("PERSON", "李强") in got and ("TITLE", "东川省委书记") in got, got
    # an ordinary word after a post stays no name (镇长安排部署)
    assert not any(lab == "PERSON" for lab, _ in _spans("镇长安排部署了工作。"))


def test_a_marker_right_after_the_verb_of_a_frame_after_a_scene() -> None:
    text = "市长王新民出席。在西岭区改造现场，王新民强调要坚持党建引领、政府主导。"
    assert ("要坚持党建引领、政府主导", "王新民") in _issued(text)


def test_a_hope_for_both_parties_is_a_requirement() -> None:
    text = "住建部部长王新民指出，城市更新意义重大。希望双方以此次签约为契机，尽快成立领导小组。"
    assert ("希望双方以此次签约为契机，尽快成立领导小组", "王新民") in _issued(text)


def test_a_marker_inside_a_title_in_book_marks_is_none() -> None:
    r = suggest("钱立新的讲话以《城市发展要“精明增长”》为题刊发在当天的《人民日报》上。")
    assert not any(s.label == "DIRECTIVE" for s in r.spans), r.spans
    assert ("ORG", "人民日报") in [(s.label, s.text) for s in r.spans]


def test_the_bracket_of_a_cut_note_stays_out_of_a_requirement() -> None:
    r = suggest("市委书记钱立新强调，全市上下要进一步加强（")
    assert [s.text for s in r.spans if s.label == "DIRECTIVE"] == ["全市上下要进一步加强"]


def test_national_bodies_and_a_high_court() -> None:
    got = _spans("住建部与自治区高级人民法院、自治区人民检察院、东川军区有关负责同志参加。")
    for org in ("住建部", "自治区高级人民法院", "自治区人民检察院", "东川军区"):
        assert ("ORG", org) in got, (org, got)
    got = _spans("省高级人民法院院长钱立新出席。")
    assert ("TITLE", "省高级人民法院院长") in got and ("PERSON", "钱立新") in got


def test_a_verb_of_going_is_no_part_of_a_venue() -> None:
    got = _spans("调研组深入博物馆、红色教育基地调研，工作组走进东湖小区。")
    assert not any(t.endswith("博物馆") for _, t in got), got
    assert ("LOC", "东湖小区") in got


def test_a_converter_writing_liao_for_the_particle() -> None:
    clean = normalize("看看江蘇這些年做瞭哪些事兒，體現瞭城市管理。瞭解情況，登高瞭望。").text
    assert clean == "看看江苏这些年做了哪些事儿，体现了城市管理。了解情况，登高瞭望。", clean
