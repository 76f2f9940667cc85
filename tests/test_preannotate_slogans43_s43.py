"""SLOGAN and LOC forms of session 43 (slogans43; GUIDELINES.md: a SLOGAN is a quoted fixed
formula of campaign discourse, inside the quotes; not words quoted for emphasis nor quoted lists
of categories; LOC: other places and facilities). Every example is made up in the forms of the
real reports: the names are invented."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _spans(text: str, label: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of every suggested span of `label`, in order."""
    return [
        (s.start, s.end, text[s.start : s.end]) for s in suggest(text).spans if s.label == label
    ]


def _texts(text: str, label: str) -> list[str]:
    return [t for _, _, t in _spans(text, label)]


# ---------------------------------------------------------------- SLOGAN


def test_quoted_single_characters_in_a_run_are_each_a_formula():
    # “防”“抢”“救”“保”: each quoted head word of the series, inside its quotes
    text = "周立新要求，要突出“防”“抢”“救”“保”，确保岚江安全度汛。"
    a = text.index("“防”") + 1
    assert _spans(text, "SLOGAN") == [
        (a, a + 1, "防"),
        (a + 3, a + 4, "抢"),
        (a + 6, a + 7, "救"),
        (a + 9, a + 10, "保"),
    ]
    # joined by 、 as well
    text = "要围绕“查”、“改”、“督”三个环节抓好落实。"
    assert _texts(text, "SLOGAN") == ["查", "改", "督"]


@pytest.mark.parametrize(
    "text",
    [
        # two quoted characters are as often an emphasis
        "要突出“稳”“快”两字。",
        # single characters apart from each other, each quoted for emphasis
        "要以“稳”的基础创造“快”的条件。",
        # numerals count, they name no parts
        "按“一”“二”“三”的顺序排好。",
    ],
)
def test_single_characters_that_make_no_series_are_no_formula(text):
    assert _texts(text, "SLOGAN") == []


def test_single_characters_parted_inside_one_quote_are_one_formula():
    text = "周立新要求，全县上下要做到“严、实、快、稳”，确保工作落地。"
    a = text.index("严")
    assert _spans(text, "SLOGAN") == [(a, a + 7, "严、实、快、稳")]
    assert _texts("全力做好“防、抢、救、保”各项工作。", "SLOGAN") == ["防、抢、救、保"]
    # guard: a count parted inside the quotes; two characters only
    assert _texts("按照“一、二、三”的顺序排列。", "SLOGAN") == []
    assert _texts("做到“稳、快”即可。", "SLOGAN") == []


def test_a_four_character_formula_on_the_frame_yi_is_one_quoted_alone():
    text = "岚江县通过“以送代检”，减少企业跑腿。"
    a = text.index("以送代检")
    assert _spans(text, "SLOGAN") == [(a, a + 4, "以送代检")]
    assert _texts("坚持“以案促改”，做深后半篇文章。", "SLOGAN") == ["以案促改"]
    assert _texts("推行“以老带新”，培养青年干部。", "SLOGAN") == ["以老带新"]
    # guard: 以 + noun + 为 is a principle quoted for emphasis; a longer quote is another form
    assert _texts("坚持“以人为本”，激发村民积极性。", "SLOGAN") == []
    assert _texts("坚持“以送上门代替检查”，方便群众。", "SLOGAN") == []


def test_quoted_names_counted_by_the_campaigns_right_after_them():
    text = "岚江县开展“春雷”“夏安”“秋收”三大行动。"
    assert _texts(text, "SLOGAN") == ["春雷", "夏安", "秋收"]
    # guard: a count that is not theirs names nothing (two quotes, 三大行动)
    assert _texts("岚江县围绕“春雷”“夏安”推进三大行动。", "SLOGAN") == []
    assert _texts("岚江县统筹“春雷”“夏安”四大行动。", "SLOGAN") == []


def test_single_characters_listing_problems_or_hazards_are_categories():
    # GUIDELINES: not quoted lists of categories
    assert _texts("要从“脏、乱、差”整治入手，改善村容。", "SLOGAN") == []
    assert _texts("聚焦容易引发事故的“火、爆、塌、淹”等致灾因素全面排查。", "SLOGAN") == []
    # guard: the same form named as a piece of work stays a formula
    assert _texts("常态化推进禁毒“打、防、管、控”工作。", "SLOGAN") == ["打、防、管、控"]


def test_a_run_of_quotes_closed_by_the_problems_it_lists_is_categories():
    text = "切实解决“出行难”“看病难”“上学难”“办事难”等民生问题。"
    assert _texts(text, "SLOGAN") == []
    # guard: a run closed by a campaign's kind stays formulas
    text = "扎实开展“清源”“净网”“护苗”等专项行动。"
    assert _texts(text, "SLOGAN") == ["清源", "净网", "护苗"]


def test_a_motto_named_by_a_system_of_work_a_few_words_after_it():
    text = "完善“政府负责、水利牵头、其他配合，军民共建”的防汛抗旱工作机制。"
    a = text.index("政府负责")
    assert _spans(text, "SLOGAN") == [(a, a + 19, "政府负责、水利牵头、其他配合，军民共建")]
    text = "全面落实“政府主导、部门联动、层层落实”的防灾减灾工作责任制。"
    assert _texts(text, "SLOGAN") == ["政府主导、部门联动、层层落实"]
    # two halves of four or more before the pattern of governance
    text = "紧紧围绕“群防群治，共建共享”的社会治理格局，打通最后环节。"
    assert _texts(text, "SLOGAN") == ["群防群治，共建共享"]
    # guard: speech with a pronoun stays speech; a word of two before a system is no motto
    assert _texts("完善“他说了算，我来负责”的工作机制。", "SLOGAN") == []
    assert _texts("健全“网格”的监测预警体系。", "SLOGAN") == []


def test_a_numbered_code_counted_in_digits_and_the_resolve_of_action():
    assert _texts("深入落实工业项目“5个5”推进机制。", "SLOGAN") == ["5个5"]
    text = "以“时时放心不下”的责任感和“事事心中有底”的行动力，推动各项安全工作。"
    assert _texts(text, "SLOGAN") == ["时时放心不下", "事事心中有底"]
    # guard: a span of time counted in digits; a single word before 行动力
    assert _texts("整改期限为“3个月”。", "SLOGAN") == []
    assert _texts("提升干部的“执行”的行动力。", "SLOGAN") == []


def test_quoted_words_of_two_closed_by_one_character_are_parts_of_one_formula():
    text = (
        "会议要求，要聚焦党建“领治”，铸就基层治理的“红引擎”。要聚焦多元“共治”，构建基层治理的"
        "“强磁场”。\n要聚焦网格“精治”，夯实基层治理的“硬支撑”。"
    )
    assert _texts(text, "SLOGAN") == ["领治", "共治", "精治"]
    # guard: two of them only; three words closed by different characters
    text = "要聚焦党建“领治”，又要聚焦多元“共治”。"
    assert _texts(text, "SLOGAN") == []
    text = "既要当好“领头”，又要做好“表率”，还要敢于“担当”。"
    assert _texts(text, "SLOGAN") == []


# ---------------------------------------------------------------- LOC


@pytest.mark.parametrize(
    "text, want",
    [
        # a verb, an adverb or a connective before the kind of place opens no name
        ("要着力加强安全管理，筑牢住宅小区安全防线。", []),
        ("一要压实责任，加强宣传。要入村入户进行宣传。", []),
        ("对该景区的工作表示肯定，并希望景区进一步挖掘文化内涵。", []),
        ("拓展传播渠道，进一步扩大景区的知名度。", []),
        ("通过看工地、进车间、查进度，了解项目进展。", []),
        ("统筹重点湖泊和直管水库的防洪调度工作。", []),
        # …and a great river after it is named alone
        ("岚江县地处海河流域，外有长江、内有湖库。", ["海河流域", "长江"]),
    ],
)
def test_a_clause_lead_before_a_kind_of_place_is_cut(text, want):
    assert _texts(text, "LOC") == want


def test_a_lead_before_a_named_place_leaves_the_name():
    # guard: a named place after the lead stays, the lead cut off
    text = "走进青溪路集贸市场及现有东坪集贸市场提升项目。"
    assert _texts(text, "LOC") == ["青溪路集贸市场", "东坪集贸市场"]
    assert _texts("重点督导了白马社区，并希望白马社区继续努力。", "LOC") == [
        "白马社区",
        "白马社区",
    ]


def test_the_villages_a_cadre_answers_for_are_no_village():
    assert _texts("认真落实镇干部包村、村干部包组的责任制。", "LOC") == []
    assert _texts("党员干部要做到包村、包屯、包户。", "LOC") == []
    assert _texts("听取了驻镇帮镇扶村工作队的汇报。", "LOC") == []
    # guard: a village whose name ends otherwise, visited
    assert _texts("周立新来到东坪镇白沙村，看望群众。", "LOC") == ["白沙村"]


def test_the_work_done_in_a_districts_communities_names_no_community():
    text = "岚江区召开禁毒工作会议。调研组先后深入岚江区社区戒毒社区康复中心。"
    assert _texts(text, "LOC") == []
    # guard: a community named after a quarter, not a division
    assert _texts("周立新来到东区社区，看望群众。", "LOC") == ["东区社区"]


def test_a_motorway_named_by_the_places_it_joins():
    text = "县长周立新驱车沿青平高速一路东行，沿途查看高速公路两旁秸秆禁烧情况。"
    a = text.index("青平高速")
    assert _spans(text, "LOC") == [(a, a + 4, "青平高速")]
    text = "县长周立新在S18岚青高速公路岚江段建设现场调研。"
    assert _texts(text, "LOC") == ["S18岚青高速公路岚江段"]
    text = "县长周立新先后来到东坪村、大韩村，青平高速东坪出入口。"
    assert _texts(text, "LOC") == ["东坪村", "大韩村", "青平高速"]
    # guard: 高速 as an adverb; an exit named by the place it serves
    assert _texts("全县经济高速发展，项目建设工作高速运行。", "LOC") == []
    assert _texts("县长周立新来到东坪东高速口，检查转运工作。", "LOC") == []


def test_a_village_right_after_its_town_named_after_an_older_one():
    text = "县长周立新一行深入岚江县东坪镇柳毛湾新村和沙门子新村进行调研。"
    a = text.index("柳毛湾新村")
    b = text.index("沙门子新村")
    assert _spans(text, "LOC") == [(a, a + 5, "柳毛湾新村"), (b, b + 5, "沙门子新村")]
    # guard: some of the town's villages, its every village
    assert _texts("抽查东坪镇部分村（社区）网格化开展情况。", "LOC") == []
    assert _texts("东坪镇各村要加强巡查。", "LOC") == []


def test_a_reservoir_after_its_town_and_at_its_every_mention():
    text = "县长周立新先后来到东坪镇芦源水库、县防汛物资仓库，详细了解芦源水库防汛情况。"
    a = text.index("芦源水库")
    b = text.index("芦源水库", a + 1)
    assert _spans(text, "LOC") == [(a, a + 4, "芦源水库"), (b, b + 4, "芦源水库")]
    # guard: a verb after the town, the reservoirs in general
    assert _texts("县长周立新来到青山乡加强水库巡查。", "LOC") == []


def test_a_mechanism_named_a_few_words_before_its_kind_and_a_fixed_term():
    assert _texts("督促落实“日周月”隐患排查制度。", "SLOGAN") == ["日周月"]
    assert _texts("要大力构建“亲清”政商关系。", "SLOGAN") == ["亲清"]
    # guard: a word of three quoted for emphasis, its kind far after it
    assert _texts("要当好“守门人”，建立健全巡查工作制度。", "SLOGAN") == []
