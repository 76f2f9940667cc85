"""Session 42 (orgs42): ORG forms of real reports. A company named once with its kind and
elsewhere by its bare name that opens with a province (某省某某公司 … 来到某省某某调研), a
provincial department's short form (省应急厅, 省文旅厅), a general office (省政府办公厅), a
level's flood-control headquarters (县防指), the grid's provincial company (国网某省电力公司), a
mine or plant after its company (某某有限公司某某煤矿); and two readings across a clause's
words (会议由街道党工委, 省里决定派工作组). Every sentence, name and place here is made up."""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest


def _tagged(text: str, *labels: str) -> list[tuple[int, str, str]]:
    return [(s.start, s.text, s.label) for s in suggest(text).spans if s.label in labels]


def _orgs(text: str) -> list[str]:
    return [t[1] for t in _tagged(text, "ORG")]


# --- a company named bare after its full name


def test_a_company_named_bare_after_its_full_name_is_the_company() -> None:
    text = (
        "市委书记张三到吉林鹤鸣调研，吉林鹤鸣公司负责人李四、王五接待。"
        "张三对吉林鹤鸣的成绩表示肯定。同时，吉林鹤鸣要继续发扬创新精神。"
    )
    tagged = _tagged(text, "ORG", "GPE", "LOC")
    assert [t for t in tagged if t[1] == "吉林鹤鸣"] == [
        (7, "吉林鹤鸣", "ORG"),
        (34, "吉林鹤鸣", "ORG"),
        (49, "吉林鹤鸣", "ORG"),
    ]
    assert [t for t in tagged if t[2] in ("GPE", "LOC")] == []


@pytest.mark.parametrize(
    "text",
    [
        # no company named with its kind: the province stays a place
        "张三到吉林鹤鸣调研。",
        # the city's own works (a level after the place) are no company's bare name
        "吉林市政公司负责同志参加。吉林市政府要加强领导。",
    ],
)
def test_no_bare_company_without_its_full_name(text: str) -> None:
    assert not {"吉林鹤鸣", "吉林市政"} & set(_orgs(text))


# --- short forms of departments and offices


@pytest.mark.parametrize(
    "body",
    [
        "省应急厅",
        "省文旅厅",
        "省交通厅",
        "省工信厅",
        "省退役军人事务厅",
        "省政府办公厅",
        "市委办公厅",
    ],
)
def test_a_department_or_office_short_form_is_an_org(body: str) -> None:
    assert body in _orgs(f"{body}、省公安厅负责同志参加会议。")


def test_a_flood_control_headquarters_short_form() -> None:
    text = "县防指副指挥长、副县长张三检查堤防。张三强调，县防指要加强值守。"
    assert "县防指" in _orgs(text)
    assert (0, "县防指副指挥长", "TITLE") in _tagged(text, "TITLE")


def test_three_defences_chief_reads_no_headquarters_short_form() -> None:
    assert not any("防总" in o for o in _orgs("县三防总指挥长、县长张三作指示。"))


def test_a_general_office_keeps_its_whole_name() -> None:
    # (办公 as a word, 办公场所, stays no office)
    assert _orgs("会议学习了省政府办公厅的通知。") == ["省政府办公厅"]
    assert not _orgs("落实创城办公场所。")


# --- companies and their sites


def test_the_grid_company_of_a_province_keeps_its_brand() -> None:
    assert "国网江西省电力公司" in _orgs("国网江西省电力公司负责同志参加会议。")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("张三深入青禾煤业有限公司石门煤矿检查。", "青禾煤业有限公司石门煤矿"),
        ("先后察看了青禾医药有限公司柳溪加工厂。", "青禾医药有限公司柳溪加工厂"),
    ],
)
def test_a_mine_or_plant_after_its_company_is_one_body(text: str, body: str) -> None:
    assert body in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "青禾化工有限公司新建厂房已投用。",
        "到青禾矿业有限责任公司督导检查煤矿安全生产工作。",
        "青禾电力有限公司厂长张三介绍情况。",
    ],
)
def test_a_company_s_grounds_or_a_visit_name_no_site(text: str) -> None:
    assert not any(o.endswith(("矿", "厂")) for o in _orgs(text))


# --- clause words at a name's edge


def test_the_clause_connective_is_no_part_of_a_sub_district_body() -> None:
    text = "会议由街道党工委张三副书记主持。"
    assert "街道党工委" in _orgs(text)
    assert not any("由" in o for o in _orgs(text))


def test_a_known_place_with_a_connective_keeps_its_name() -> None:
    text = "和平街道党工委书记张三主持。会议由和平街道党工委主持。"
    assert (17, "和平街道党工委", "ORG") in _tagged(text, "ORG")


@pytest.mark.parametrize(
    "text",
    [
        "省里决定派工作组赶赴现场。",
        "县里随即派出工作组。",
        "市里抽调人员组成工作组。",
    ],
)
def test_a_decision_to_send_a_group_names_no_body(text: str) -> None:
    assert _orgs(text) == []


# --- a headquarters named with its campaign in quotes, after a verb


def test_a_quoted_headquarters_after_a_verb_keeps_its_level() -> None:
    text = "省长张三致电省“三防”总指挥部，作出指示。张三到省“三防”指挥中心了解情况。"
    assert _orgs(text) == ["省“三防”总指挥部", "省“三防”指挥中心"]
    assert _tagged(text, "SLOGAN") == []


# --- firms named by their place and a name of their own


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("市长张三一行到青海青禾公司开展安全检查。", "青海青禾公司"),
        ("张三来到吉林鹤乐集团调研。", "吉林鹤乐集团"),
    ],
)
def test_a_company_named_by_its_province_and_two_characters(text: str, firm: str) -> None:
    assert firm in _orgs(text)
    assert _tagged(text, "GPE") == []


def test_firms_listed_before_their_standing() -> None:
    text = "帮助企业稳产保量，吉林石禾、吉林建禾、吉林化禾等骨干企业实现扩产。"
    assert _orgs(text) == ["吉林石禾", "吉林建禾", "吉林化禾"]


def test_a_park_among_the_firms_visited_is_no_firm() -> None:
    text = "张三先后来到青禾电机、柳溪新材料、镁合金产业园等企业和项目现场。"
    assert "镁合金产业园" not in _orgs(text)


def test_a_mine_opening_a_company_of_its_own_is_no_site() -> None:
    text = "到青禾煤业集团柳溪石门煤矿投资有限责任公司督导检查。"
    assert not any(o.endswith("煤矿") for o in _orgs(text))


# --- a clause's verb before a later level opens the long body


def test_a_verb_before_a_later_level_opens_the_group() -> None:
    text = "青禾市组织收听收看省推动生态保护领导小组会议。"
    assert "省推动生态保护领导小组" in _orgs(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("青禾市推进城市综合管理工作领导小组召开会议。", "青禾市推进城市综合管理工作领导小组"),
        ("柳溪县创建省级文明城市指挥部召开会议。", "柳溪县创建省级文明城市指挥部"),
    ],
)
def test_a_word_or_a_rank_ending_in_a_level_keeps_the_group_whole(text: str, body: str) -> None:
    assert body in _orgs(text)
