"""Title, person and slogan forms of session 49 (misc51; GUIDELINES.md: a TITLE keeps the
organisational part that belongs to the post; a PERSON is tagged as written, a masked or damaged
name too; a SLOGAN is a quoted fixed formula of campaign discourse, a mechanism too). Every
example is made up in the forms of the real reports: the names and places are invented."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from civannot.preannotate.registry import DEFAULT_OFF


def _texts(text: str, label: str) -> list[str]:
    return [
        text[s.start : s.end] for s in suggest(text, disabled=DEFAULT_OFF).spans if s.label == label
    ]


def _holds(text: str) -> list[tuple[str, str]]:
    sug = suggest(text, disabled=DEFAULT_OFF)

    def t(i: int) -> str:
        return text[sug.spans[i].start : sug.spans[i].end]

    return [(t(h), t(tl)) for typ, h, tl in sug.relations if typ == "HOLDS_TITLE"]


# ---------------------------------------------------------------- a body named at length


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        (
            "11月19日，岚江革命纪念地管理局局长周立新在沙坪县调研文物普查工作。",
            "岚江革命纪念地管理局局长",
            "周立新",
        ),
        (
            "11月2日，国家文物局督查司副司长周立新一行来沙坪县调研。",
            "国家文物局督查司副司长",
            "周立新",
        ),
        ("近日，水利部水库移民司副司长周立新一行在我市调研。", "水利部水库移民司副司长", "周立新"),
        (
            "7月7日下午，农业农村部农田建设管理司副司长周立新一行来到沙坪县。",
            "农业农村部农田建设管理司副司长",
            "周立新",
        ),
    ],
)
def test_a_bureau_or_a_ministry_s_department_named_at_length_and_its_head(text, title, name):
    assert _texts(text, "TITLE") == [title]
    assert _texts(text, "PERSON") == [name]
    assert _holds(text) == [(name, title)]


def test_a_clause_word_opens_no_body_named_at_length():
    text = "会议由区委副书记周立新主持，并特邀岚江区委宣传部副部长李明华讲课。"
    assert "并特邀岚江区委宣传部副部长" not in _texts(text, "TITLE")
    assert ("李明华", "区委宣传部副部长") in _holds(text)


def test_a_management_committee_head_s_assistant():
    text = "沙坪开发区管委会主任助理、经济发展局局长周立新带队开展节前安全检查。"
    assert _texts(text, "TITLE") == ["沙坪开发区管委会主任助理", "经济发展局局长"]
    assert _holds(text) == [
        ("周立新", "沙坪开发区管委会主任助理"),
        ("周立新", "经济发展局局长"),
    ]


# ---------------------------------------------------------------- a name the site masked


def test_a_given_name_masked_whole_is_the_name_as_written():
    text = (
        "3月30日，副市长周**来高新区调研重点工作进展情况。在听取汇报后，周**指出，"
        "要狠抓项目落实。座谈会前，周**一行还来到产业园。"
    )
    assert _texts(text, "PERSON") == ["周**", "周**", "周**"]
    assert _holds(text) == [("周**", "副市长")]


@pytest.mark.parametrize(
    "text",
    [
        "**月*日下午，开发区召开安全生产会议。",  # masked figures, no name
        "全年完成****多亩的建设任务。",
    ],
)
def test_masked_figures_name_nobody(text):
    assert _texts(text, "PERSON") == []


# ---------------------------------------------------------------- a public figure's name


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("会上，首先传达了孙金龙政委在兵团推进会上的讲话精神。", "孙金龙", "政委"),
        ("王利明会长应邀在座谈会上发言。", "王利明", "会长"),
    ],
)
def test_a_name_the_dictionary_knows_well_before_a_post(text, name, post):
    assert _holds(text) == [(name, post)]


@pytest.mark.parametrize(
    "text",
    [
        "要帮带培养好基层党组织书记和优秀年轻骨干。",  # 党组织: a body's word
        "县高新区副主任周立新作园区工作汇报。",
    ],
)
def test_a_body_s_word_the_dictionary_tags_a_name_is_no_name(text):
    assert "党组织" not in _texts(text, "PERSON")
    assert "高新区" not in _texts(text, "PERSON")


# ---------------------------------------------------------------- slogans


@pytest.mark.parametrize(
    ("text", "slogans"),
    [
        ("贯彻落实总书记“绿水青山就是金山银山”的生态文明思想。", ["绿水青山就是金山银山"]),
        ("让“投资岚江就是投资未来”成为广大客商的共识。", ["投资岚江就是投资未来"]),
        ("社区宣传栏张贴着当月的垃圾分类“红黑榜”。", ["红黑榜"]),
        ("每月评出一批“光荣榜”家庭。", ["光荣榜"]),
    ],
)
def test_an_equating_motto_and_a_named_board(text, slogans):
    assert _texts(text, "SLOGAN") == slogans


@pytest.mark.parametrize(
    "text",
    [
        "他说：“这就是我们的目标。”",  # speech
        "大家都说“发展就是要抓项目”。",  # an explanation, 就是要
        "全县有三家企业“上榜”。",  # a verb and the board
    ],
)
def test_no_equating_motto_or_board_in_speech_or_a_verb(text):
    assert _texts(text, "SLOGAN") == []


# ---------------------------------------------------------------- a year named by its work


@pytest.mark.parametrize(
    ("text", "slogans"),
    [
        ("今年是省委、省政府确定的“高质量项目推进年”，全区上下要抓好落实。", ["高质量项目推进年"]),
        ("分流项目建设是全区“工作创新年”的重点任务。", ["工作创新年"]),
    ],
)
def test_a_year_named_by_its_work_is_no_figure(text, slogans):
    assert _texts(text, "SLOGAN") == slogans


@pytest.mark.parametrize(
    "text",
    [
        "全县人民欢度“新年”。",
        "迎来了美好的“收获年”，大家很高兴。",  # a figure: no work of a campaign names it
    ],
)
def test_no_named_year_in_a_new_year_or_a_figure(text):
    assert _texts(text, "SLOGAN") == []


# ---------------------------------------------------------------- a book of discourses


def test_a_book_of_discourses_is_a_document():
    text = "会议传达学习了《习近平总书记关于“三农”工作重要论述》（部分章节）。"
    assert _texts(text, "DOC") == ["习近平总书记关于“三农”工作重要论述"]


def test_a_quoted_news_title_is_no_document():
    assert _texts(text := "他在《岚江日报》上发表了文章。", "DOC") == [], text


# ---------------------------------------------------------------- a Kazakh name of one part


def test_a_kazakh_name_of_one_part_before_a_leader_s_act():
    text = "自治州副州长扎克出席会议并讲话。"
    assert _holds(text) == [("扎克", "自治州副州长")]


def test_a_listed_part_inside_words_names_nobody():
    assert _texts("要组织力量扎克难关。", "PERSON") == []


# ---------------------------------------------------------------- a formula the page cut off


@pytest.mark.parametrize(
    ("text", "slogans"),
    [
        (
            "要把准乡村振兴“产业兴旺、生态宜居、乡风文明、治理有效、生\n下一段。",
            ["产业兴旺、生态宜居、乡风文明、治理有效、生"],
        ),
        (
            "坚决以“建设一流场馆、提供一流保障、办好一流运动会\n下一段。",
            ["建设一流场馆、提供一流保障、办好一流运动会"],
        ),
    ],
)
def test_a_formula_of_parts_cut_off_at_the_line_s_end(text, slogans):
    assert _texts(text, "SLOGAN") == slogans


@pytest.mark.parametrize(
    "text",
    [
        "确保“一个不少、一个不\n下一段。",  # one whole part only
        "他说“你好、我好、大家\n下一段。",  # parts of two: no formula's length
        # a quote the page only wrapped: it closes on the next line
        "要把准“产业兴旺、生态宜居、乡风文明、治理有效、生\n活富裕”的总要求。",
    ],
)
def test_no_cut_formula_without_two_whole_parts_of_four(text):
    assert _texts(text, "SLOGAN") == []


# ---------------------------------------------------------------- a body's leaders at large


def test_a_body_s_main_leaders_are_generic():
    text = "巡察组组长何立同志代表巡察组向岚江镇党委主要负责人周佩文同志反馈了意见。"
    assert "岚江镇党委主要负责人" not in _texts(text, "TITLE")
    assert "周佩文" in _texts(text, "PERSON")


def test_a_body_s_head_written_as_its_responsible_person():
    text = "县爱卫办负责人周立新介绍了情况。"
    assert _holds(text) == [("周立新", "县爱卫办负责人")]


# ---------------------------------------------------------------- what 把 sets up or joins


@pytest.mark.parametrize(
    ("text", "slogans"),
    [
        ("全县上下务必要把“高质量脱贫摘帽”作为当前工作的首要任务。", ["高质量脱贫摘帽"]),
        ("举一反三、标本兼治，把“当下改”与“长久立”结合起来。", ["当下改", "长久立"]),
    ],
)
def test_a_formula_set_up_as_the_task_or_joined_to_another(text, slogans):
    assert _texts(text, "SLOGAN") == slogans


@pytest.mark.parametrize(
    "text",
    [
        "要把“文明”作为一种习惯。",  # a word of two
        "他把“我们一定做到”作为承诺。",  # speech
        "把“早”与“晚”结合起来。",  # single characters
    ],
)
def test_no_formula_set_up_from_a_word_or_speech(text):
    assert _texts(text, "SLOGAN") == []
