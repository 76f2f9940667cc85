"""DATE, SLOGAN and DOC forms that the session-8 audit of fresh real reports (auddates1) found
missed or wrong. The sentences are made up in the same forms; none is a real page's text."""

from __future__ import annotations

from civannot.preannotate import suggest


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


# --- DATE -----------------------------------------------------------------------------------


def test_a_relative_year_with_its_month_and_day_is_one_date():
    text = "去年11月3日，青岚县召开推进会。今年5月以来，全县开展整治行动。"
    assert _spans(text, "DATE") == ["去年11月3日", "今年5月"]


def test_a_relative_year_alone_is_still_a_date():
    assert _spans("今年是创建的关键之年，明年要巩固成果。", "DATE") == ["今年", "明年"]


def test_a_date_time_stamp_and_yesterday():
    # 昨日 is a day counted from the report's (test_a_day_counted_from_the_report_is_a_date_...)
    text = "发布时间：2024-06-12 09:15:20\n\n昨日，我区召开文明城市创建推进会。"
    assert _spans(text, "DATE") == ["2024-06-12 09:15:20", "昨日"]


def test_a_bare_day_opening_a_report_is_a_date():
    text = (
        "来源：青岚日报\n\n  18日，我区召开创城迎检工作会议。\n"
        "会上通报了情况。7日上午，市委召开座谈会。本报讯（记者 某某）26日，县里召开会议。"
    )
    assert _spans(text, "DATE") == ["18日", "7日上午", "26日"]


def test_a_bare_day_inside_a_phrase_is_left_alone():
    # a day after a month, after 至 (the range rule's own), after 第 or a count is no bare day
    text = "全年共开展检查30日，第5日，每月15日，督导组8月3日至5日开展工作。"
    assert _spans(text, "DATE") == ["8月3日至5日"]


def test_a_day_first_page_stamp_of_a_mirror_site():
    text = "某某县委书记：全力创建文明县城\n\n21.05.2019  08:42\n\n5月20日，县委召开会议。"
    assert _spans(text, "DATE") == ["21.05.2019  08:42", "5月20日"]


# --- SLOGAN ---------------------------------------------------------------------------------


def test_a_named_campaign_that_holds_a_year_is_a_slogan_not_a_date():
    text = "青岚市将开展“2021年创建文明城市百日攻坚行动”，自6月1日起持续至9月30日。"
    assert _spans(text, "SLOGAN") == ["2021年创建文明城市百日攻坚行动"]
    assert _spans(text, "DATE") == ["6月1日", "9月30日"]


def test_a_campaign_named_with_a_count_before_its_kind():
    text = "全区将开展“迎省运创典范大干100天”攻坚行动，制定出台“1+4”专项文件。"
    assert _spans(text, "SLOGAN") == ["迎省运创典范大干100天", "1+4"]


def test_a_quoted_honour_is_no_slogan():
    text = (
        "为青岚“全国文明城市”创建大局作出贡献。祝贺两市喜获“第五届全国文明城市”荣誉称号，"
        "要擦亮“国家卫生城市”这块招牌，持续开展“清洁家园”行动。"
    )
    assert _spans(text, "SLOGAN") == ["清洁家园"]


# --- DOC ------------------------------------------------------------------------------------


def test_titles_of_newspapers_articles_and_songs_are_no_documents():
    text = (
        "6月3日《青岚日报》头版刊发了《山乡儿女奋进新时代》一文。宣讲团演唱了《文明新风进万家》、"
        "《保护湖泊，从我做起》等曲目，观看了《某某湖·青岚魂》大型文艺演出。"
    )
    assert _spans(text, "DOC") == []


def test_titles_of_documents_stay_documents():
    text = (
        "会议学习了《全国文明城市测评体系》和《青岚市文明行为促进条例》，讨论了《青岚市关于全面推进"
        "美丽“暖城”建设实施方案（讨论稿）》，贯彻国务院《意见》，修订了《某村村规民约》。"
    )
    assert _spans(text, "DOC") == [
        "全国文明城市测评体系",
        "青岚市文明行为促进条例",
        "青岚市关于全面推进美丽“暖城”建设实施方案（讨论稿）",
        "意见",
        "某村村规民约",
    ]


def test_a_formula_inside_a_title_that_is_no_document_is_found():
    text = "宣讲团表演了《“三学一做”开新篇》等节目。"
    assert _spans(text, "SLOGAN") == ["三学一做"]
    assert _spans(text, "DOC") == []


def test_a_title_that_is_issued_or_followed_is_a_document_whatever_its_last_word():
    text = (
        "区政府办公室发布《2024年区政府工作报告重点任务分解》，各单位要对照《青岚区城市管理任务"
        "分解》逐项落实。6月5日《青岚日报》刊发了《奋进新征程》一文。"
    )
    assert _spans(text, "DOC") == ["2024年区政府工作报告重点任务分解", "青岚区城市管理任务分解"]
    assert _spans(text, "DATE") == ["6月5日"]


def test_the_quoted_theme_of_an_event_is_a_slogan():
    text = "1月8日下午，一场主题为“金龙贺岁迎新春 文艺下乡送欢乐”的宣讲活动走进某某社区。"
    assert _spans(text, "SLOGAN") == ["金龙贺岁迎新春 文艺下乡送欢乐"]


def test_outlines_measures_and_minutes_are_documents():
    text = "会议学习了《某某市关于支持文明创建的若干措施》《某某区创建工作大纲》和《第三次联席会议纪要》。"
    assert _spans(text, "DOC") == [
        "某某市关于支持文明创建的若干措施",
        "某某区创建工作大纲",
        "第三次联席会议纪要",
    ]


def test_a_short_formula_counted_by_shuang_is_a_slogan():
    text = "要深化拓展“双报到”工作责任清单，确保实现“双过半”。要打好“双城记”，不搞“双标”。"
    assert _spans(text, "SLOGAN") == ["双报到", "双过半", "双城记"]
