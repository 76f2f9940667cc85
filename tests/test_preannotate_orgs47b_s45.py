"""Session 45 (orgs47b): ORG forms of firms, outlets and village committees in real reports.
A plant named by PLACE? + a name of its own + TRADE? + 厂 (某县某某金属制品厂, 某某热电厂), not
the kind of plant (燃煤电厂, 无证汽车修理厂, 农产品加工厂), nor a verb with the plant as its
object (进厂), nor a town named after a plant (某某厂镇); a named body after a verb and its
complement of result (检查完某某煤矿: 完 opens no name). Every sentence, name and place here is
made up."""

from __future__ import annotations

from civannot.preannotate.engine import suggest


def _tagged(text: str, *labels: str) -> list[tuple[int, str, str]]:
    return [(s.start, s.text, s.label) for s in suggest(text).spans if s.label in labels]


def _orgs(text: str) -> list[str]:
    return [t[1] for t in _tagged(text, "ORG")]


# --- a plant named by a name of its own


def test_plants_in_a_visit_list() -> None:
    text = "周立新一行先后来到岚江县堃铭金属制品厂、璟溪冶炼厂，详细了解企业生产情况。"
    assert _orgs(text) == ["岚江县堃铭金属制品厂", "璟溪冶炼厂"]


def test_a_power_plant_opening_a_line() -> None:
    text = "会议要求确保设施安全运行。\n岚能北京热电厂是全市发电能力最大的热电厂。"
    assert _orgs(text) == ["岚能北京热电厂"]
    assert _tagged(text, "GPE") == []


def test_a_plant_after_a_verb_of_going() -> None:
    text = "周立新来到堃铭茶叶加工厂，察看了生产线。"
    assert _orgs(text) == ["堃铭茶叶加工厂"]


def test_kinds_of_plant_name_none() -> None:
    for text in (
        "会议要求，各地要加快关停燃煤电厂，淘汰落后产能。",
        "检查组对闲置用地上的无证汽车修理厂进行现场查看。",
        "要扶持农产品加工厂发展，带动群众增收。",
        "要及时开展收运工作，加大厨余进厂量。",
        "周立新在岚江市岚溪区堃皮厂镇检查春耕生产。",
    ):
        assert not any(o.endswith(("厂", "厂镇")) for o in _orgs(text)), text


def test_a_plants_head_and_grounds_are_no_plant() -> None:
    text = "周立新来到堃铭金属制品厂区，与厂长周立业交流。"
    assert "堃铭金属制品厂" not in _orgs(text)


# --- a verb's complement of result before a named body


def test_a_mine_after_a_verb_and_its_complement() -> None:
    text = "县委书记周立新在检查完璟田湾煤矿后，又来到岚溪派出所。"
    assert "璟田湾煤矿" in _orgs(text)
    assert "完璟田湾煤矿" not in _orgs(text)


def test_a_mine_name_opening_with_the_character_stays_whole() -> None:
    text = "周立新一行先后来到完璟湾煤矿、璟田湾煤矿检查安全生产。"
    assert _orgs(text)[:1] == ["完璟湾煤矿"]


# --- an outlet credited by its kind before its reporter or in its dateline


def test_a_press_group_before_its_all_media_reporter() -> None:
    text = "会议强调要抓好整改。（岚江报业全媒体记者 周立新）"
    assert _orgs(text) == ["岚江报业"]


def test_a_paper_of_a_trade_before_its_reporter() -> None:
    text = "（中国岚石报记者 周立新）近日，岚江县召开会议。"
    assert "中国岚石报" in _orgs(text)


def test_a_journal_in_its_dateline_with_its_place() -> None:
    text = "岚江县召开推进会\n食品岚安导刊扬州讯（通讯员 周立新）近日，县里召开会议。"
    assert "食品岚安导刊" in _orgs(text)
    assert ("扬州", "GPE") in [(t[1], t[2]) for t in _tagged(text, "GPE")]


def test_the_papers_own_word_in_a_dateline_names_none() -> None:
    text = "岚江县召开会议\n本报拉萨12月19日讯（记者 周立新）近日，县里召开会议。"
    assert "本报" not in _orgs(text)


def test_a_report_word_before_the_reporter_names_no_outlet() -> None:
    text = "会上，周立新作了工作汇报记者了解到，全县进展顺利。"
    assert not any(o.endswith("报") for o in _orgs(text))


# --- a village's committee after its town; kinds of farm and company that name none


def test_village_committees_after_their_towns() -> None:
    text = "周立新到岚溪大坝、岚坪镇东岚村委、大桥镇石璟塘村委等地调研指导防汛工作。"
    assert _tagged(text, "ORG", "GPE") == [
        (9, "岚坪镇", "GPE"),
        (12, "东岚村委", "ORG"),
        (17, "大桥镇", "GPE"),
        (20, "石璟塘村委", "ORG"),
    ]


def test_a_village_committee_of_a_village_after_its_town() -> None:
    text = "周立新来到岚坪镇东岚村村委会，了解情况。"
    assert _tagged(text, "ORG", "GPE") == [(5, "岚坪镇", "GPE"), (8, "东岚村村委会", "ORG")]


def test_a_bureaus_committee_is_no_villages() -> None:
    assert _orgs("岚江县农业农村委员会召开会议。") == ["岚江县农业农村委员会"]


def test_private_forest_farms_name_none() -> None:
    text = "各村、国有林场、私营林场要充分认清当前森林防火工作面临的严峻形势。"
    assert "私营林场" not in _orgs(text)


def test_a_named_forest_farm_stays() -> None:
    text = "周立新来到岚峰林场，察看防火工作。"
    assert _orgs(text) == ["岚峰林场"]


def test_the_rural_revitalisation_company_is_a_kind() -> None:
    text = "要建好用好乡村振兴公司，深入实施“万企兴万村”行动。"
    assert "乡村振兴公司" not in _orgs(text)


# --- an item of a list of firms or units read whole from the list's mark to its kind


def test_listed_firms_whose_names_hold_a_word_are_whole() -> None:
    text = "考察团先后来到岚江农垦科学院、中岚建物流集团、中新建岚电集团等单位学习考察。"
    assert "中新建岚电集团" in _orgs(text)
    assert "新建岚电集团" not in _orgs(text)


def test_a_listed_firm_with_its_province_is_whole() -> None:
    text = "周立新先后来到岚鹰控制科技有限公司、河北新方向岚能装备有限公司等项目现场。"
    assert "河北新方向岚能装备有限公司" in _orgs(text)


def test_a_listed_health_centre_named_by_its_town() -> None:
    text = "代表们先后来到泸岚镇中心卫生院、中方镇中心卫生院、岚江县人民医院等地。"
    assert "中方镇中心卫生院" in _orgs(text)
    assert "镇中心卫生院" not in _orgs(text)


def test_a_listed_unit_after_its_town_keeps_the_town_apart() -> None:
    text = "周立新先后来到魏岚镇现代农机合作社、包岚镇旭月种植专业合作社和淝岚镇调研。"
    assert "包岚镇旭月种植专业合作社" not in _orgs(text)


def test_a_clause_in_a_list_item_opens_no_name() -> None:
    text = "会议要求加强监管、督促岚能公司整改、落实企业主体责任。"
    assert not any(o.startswith("督促") for o in _orgs(text))


def test_a_plant_whose_name_is_withheld_names_none() -> None:
    text = "会议通报了事故情况。\n广州某玻璃钢化厂是一家民营企业。"
    assert not any(o.endswith("厂") for o in _orgs(text))


# --- a site in the page's chrome, an outlet in the header's source slot


def test_the_readers_action_before_a_site_is_no_part_of_it() -> None:
    text = "岚江日报  作者：周立新 关注岚北网 微博 Qzone\n县委召开会议。"
    assert "岚北网" in _orgs(text)
    assert "关注岚北网" not in _orgs(text)


def test_an_outlet_after_the_pages_time() -> None:
    text = "2019-11-08 18:16  岚马俑在线  11月6日，县委召开会议。"
    assert _orgs(text)[:1] == ["岚马俑在线"]
    text = "2014-01-02 08:29:49 中国岚炭报  来自岚江县的消息"
    assert _orgs(text)[:1] == ["中国岚炭报"]


def test_a_button_after_the_pages_time_is_no_outlet() -> None:
    text = "2014-01-02 08:29:49 编辑  分享\n县委召开会议。"
    assert _orgs(text) == ["县委"]


# --- schools by their type, by their ordinal alone, and a school's committee


def test_schools_named_with_their_type() -> None:
    text = (
        "在县实验小学和岚军子弟小学，周立新听取汇报。随后在岚国中等专业学校，周立新要求抓好安全。"
    )
    orgs = _orgs(text)
    assert "岚军子弟小学" in orgs
    assert "岚国中等专业学校" in orgs


def test_a_school_named_by_its_ordinal_after_a_mark() -> None:
    text = "周立新先后到诚信农贸市场、客运东站、第三高级中学等地，实地调研指导。"
    assert "第三高级中学" in _orgs(text)


def test_a_school_of_a_level_by_its_ordinal_keeps_the_level() -> None:
    text = "县第二小学、第三中学负责人参加会议。"
    assert _orgs(text) == ["县第二小学", "第三中学"]


def test_a_schools_committee_is_one_body_with_it() -> None:
    text = "巡察组利用两个月时间，对县实验中学委员会、县中等专业学校委员会等2家学校组织了常规巡察。"
    assert _orgs(text) == ["县实验中学委员会", "县中等专业学校委员会"]


def test_a_post_of_a_schools_committee_stays_the_titles() -> None:
    text = "县一中委员会书记周立新参加会议。"
    assert "县一中委员会" not in _orgs(text)
