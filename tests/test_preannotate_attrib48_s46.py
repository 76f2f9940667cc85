"""attrib48 (session 46): ISSUED_BY and DIRECTIVE boundaries in forms the pooled dev gold and the
wide pages showed the rules missing, read as classes. Made-up sentences in the same grammar (other
names, places, bodies); each test but the guards failed on main 43ee3f9e, the guards pass before
and after."""

from __future__ import annotations

import pytest

from tests.directive_helpers import directives
from tests.directive_helpers import issued_or_none as issued

# --- a name, how it spoke (no speech verb), then a colon opening a quote: the quote is its words

VISIT = "市委书记周立新来到岚江县青石村调研茶叶产业。"


@pytest.mark.parametrize("manner", ["喜上眉梢", "语重心长", "坦言", "感慨万分", "叮嘱道"])
def test_a_quote_after_a_name_and_its_manner(manner: str) -> None:
    text = VISIT + (
        "看到新栽的茶苗已长到一米多高，得知茶农今年增收两成时，"
        f"周立新{manner}：“岚江山多地少，要大力发展茶叶产业，把岚江建成茶叶大县。”"
    )
    assert issued(text) == [("要大力发展茶叶产业，把岚江建成茶叶大县", "周立新")]


def test_a_quote_after_a_title_chain_name_and_its_manner() -> None:
    text = (
        VISIT
        + "在村委会，市委书记周立新语重心长：“各村干部要把群众的事当成自己的事，一件一件办好。”"
    )
    assert issued(text) == [("各村干部要把群众的事当成自己的事，一件一件办好", "周立新")]


def test_a_quote_after_a_name_and_its_manner_at_the_sentence_start() -> None:
    text = VISIT + "周立新坦言：“各村干部要把群众的事当成自己的事，一件一件办好。”"
    assert issued(text) == [("各村干部要把群众的事当成自己的事，一件一件办好", "周立新")]


def test_the_quoted_speaker_carries_over_the_next_quoted_paragraph() -> None:
    text = VISIT + (
        "得知合作社今年分红翻番时，周立新喜上眉梢：“要把产业做大做强。”\n"
        "“交通滞后是最大瓶颈，要加快通村公路建设。”随后，一行人来到青石村。"
    )
    assert issued(text) == [
        ("要把产业做大做强", "周立新"),
        ("要加快通村公路建设", "周立新"),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        # 的 between the name and the colon: the quote is what was said, not who speaks
        "村民们都记得周立新的嘱托",
        # the name does not open its clause: it is told, it does not speak
        "村民代表向周立新汇报",
        # another party right after the name: a talk between them
        "周立新和村民代表",
    ],
)
def test_a_name_that_does_not_speak_the_quote(lead: str) -> None:
    # guard
    text = VISIT + f"{lead}：“各村干部要把群众的事办好。”"
    assert ("各村干部要把群众的事办好", "周立新") not in issued(text)


# --- a share or a rate stated before the marker is an assertion, left out ----------------------


def test_a_measured_share_before_the_marker_stays_out() -> None:
    text = "周立新强调，全县林地面积占到全市的12%，要大力发展林下经济，把岚江建成林业强县。"
    assert issued(text) == [("要大力发展林下经济，把岚江建成林业强县", "周立新")]


def test_an_addressee_clause_without_a_figure_stays_in() -> None:
    # guard: the whole place as addressee, no figure, still opens the requirement
    text = "周立新强调，全县上下高度重视，要大力发展林下经济。"
    assert issued(text) == [("全县上下高度重视，要大力发展林下经济", "周立新")]


# --- a site's notice on what it copied is boilerplate, never a requirement ----------------------


@pytest.mark.parametrize(
    "notice",
    [
        "（部分文字、图片来自网络，如涉及侵权，请及时与我们联系，我们会在第一时间删除）",
        "未经过本站允许，请勿将本站内容传播或复制。",
        "如果发现本站有涉嫌抄袭的内容，请与我们联系，一经查实，本站将立刻删除侵权内容。",
    ],
)
def test_a_site_notice_is_no_requirement(notice: str) -> None:
    text = f"周立新强调，各乡镇要立即组织排查。\n来源：岚江县融媒体中心\n{notice}"
    assert directives(text) == ["各乡镇要立即组织排查"]


def test_a_requirement_against_infringement_stays() -> None:
    # guard: a requirement may name 侵权假冒 itself; only the site's own notice is boilerplate
    text = "周立新强调，市场监管部门要严厉打击侵权假冒违法行为。"
    assert directives(text) == ["市场监管部门要严厉打击侵权假冒违法行为"]


# --- a hope glued after a named visitor's clauses: any addressee the marker reads, or none ------

SITE = "周立新一行来到青石科技园，察看了设计研究院的研发中心，"


@pytest.mark.parametrize(
    "hope",
    [
        # an addressee named by its head word (the marker kept it, the frame did not)
        "希望企业进一步发挥人才优势，大力发展创意设计产业",
        # no addressee: the place visited, its act right after the hope
        "希望进一步发挥高校人才优势，大力发展创意设计产业",
        "希望继续发扬艰苦奋斗的优良传统",
    ],
)
def test_a_hope_glued_after_a_visit_is_the_visitors(hope: str) -> None:
    text = VISIT + SITE + hope + "。"
    assert issued(text) == [(hope, "周立新")]


def test_a_reported_wish_after_a_frame_is_no_requirement() -> None:
    # guard: a hope with no addressee after 表示， is the wish someone reported, not an order
    text = VISIT + "座谈会上，企业负责人表示，希望进一步简化审批流程。"
    assert issued(text) == []


def test_a_hope_whose_subject_is_written_is_no_requirement() -> None:
    # guard: the subject opens the sentence (群众希望…), no visitor's clause before the hope
    text = VISIT + "群众希望进一步改善出行条件。"
    assert issued(text) == []


def test_a_hope_in_a_sentence_that_names_nobody_goes_on_with_the_speaker() -> None:
    # guard: nobody named in the hope's own sentence: the speaker of the frame before keeps it
    text = (
        "副县长周立新出席座谈会。周立新表示，近年来全县营商环境明显优化。"
        "岚江正迎来新的发展机遇，希望企业家积极参与乡村振兴建设。"
    )
    assert issued(text) == [("希望企业家积极参与乡村振兴建设", "周立新")]


# --- a ； inside a quotation is the quote's own, no end of a unit --------------------------------


def test_a_semicolon_inside_a_quoted_formula_does_not_cut_the_requirement() -> None:
    text = (
        "省长周立新到岚江县检查防汛工作。周立新要求全省上下一定要引起高度警惕，牢固树立"
        "“宁可信其有，不可信其无；宁可防其大，不可疏其小；宁可十防九空，不可失防万一”的观念，"
        "做好各项应对准备工作。"
    )
    assert issued(text) == [
        (
            "全省上下一定要引起高度警惕，牢固树立“宁可信其有，不可信其无；宁可防其大，不可疏其小；"
            "宁可十防九空，不可失防万一”的观念，做好各项应对准备工作",
            "周立新",
        )
    ]


def test_a_semicolon_after_a_closed_quote_still_parts_two_requirements() -> None:
    # guard: the quote closed before the ；, the next clause opens with its own marker
    text = "省长周立新到岚江县调研。周立新强调，要落实“门前三包”；要加强夜间巡查。"
    assert issued(text) == [("要落实“门前三包”", "周立新"), ("要加强夜间巡查", "周立新")]


# --- a glued injunction whose addressee stands alone in its clause: the span opens at the marker


@pytest.mark.parametrize("addressee", ["大家", "相关部门", "值班人员"])
def test_a_glued_injunctions_lone_addressee_stays_with_the_verb(addressee: str) -> None:
    text = (
        "市委书记周立新到岚江县检查供暖工作。周立新察看了换热站，向一线人员表示慰问，"
        f"叮嘱{addressee}，要增强服务意识，做到温暖每一户。"
    )
    assert issued(text) == [("要增强服务意识，做到温暖每一户", "周立新")]


def test_a_glued_injunction_with_more_than_its_addressee_keeps_the_clause() -> None:
    # guard: the clause holds an act of its own (加强管理): it is part of the requirement
    text = (
        "市委书记周立新到岚江县检查供暖工作。周立新察看了换热站，"
        "叮嘱相关部门加强管理，要增强服务意识。"
    )
    assert issued(text) == [("相关部门加强管理，要增强服务意识", "周立新")]


# --- a glued 强调 after a new scene inside a list's run is a frame, not an act of the list -------


def test_a_glued_stress_after_a_new_scene_in_a_run_of_requirements() -> None:
    text = (
        "省人大常委会主任周立新到岚江县调研。周立新强调，一要守护好青石山的一草一木。"
        "二要充分调动管护队员积极性，更好发挥他们在基层治理中的作用。"
        "在青石山景区和古城遗址博物馆，周立新详细了解当地旅游产业发展情况，"
        "强调要牢固树立绿色发展理念，处理好生态保护与旅游发展的关系。"
    )
    assert issued(text)[-1] == (
        "要牢固树立绿色发展理念，处理好生态保护与旅游发展的关系",
        "周立新",
    )


# --- an injunction's manner (亲切 / 关切地…) goes with its verb; an act done after 并 closes it ----


@pytest.mark.parametrize("manner", ["亲切", "关切地", "语重心长地"])
def test_an_injunctions_manner_and_the_act_done_after_it_stay_out(manner: str) -> None:
    text = (
        "镇党委书记周立新带队慰问高温下坚守岗位的一线劳动者。每到一处，周立新都对他们守岗敬业的"
        f"精神给予了充分肯定，{manner}叮嘱大家要注意防暑降温、合理安排作息时间，"
        "并送上了防暑降温用品。"
    )
    assert issued(text) == [("大家要注意防暑降温、合理安排作息时间", "周立新")]


def test_a_purpose_after_and_is_no_act_done() -> None:
    # guard: 为了 is no act done in 了; the clause stays in the requirement
    text = "镇党委书记周立新到岚江镇检查。周立新要求各村要加强巡查，并为了安全起见设立警示牌。"
    assert issued(text) == [("各村要加强巡查，并为了安全起见设立警示牌", "周立新")]
