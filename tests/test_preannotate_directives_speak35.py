"""speak35 (session 33): DIRECTIVE and ISSUED_BY forms of real meeting reports the rules missed
or read wrongly. Made-up sentences in the same grammar (invented names and places); each positive
case fails on main 6f77302, the guards pass before and after."""

from __future__ import annotations

from tests.directive_helpers import directives, issued

# --- 某某要求ADDRESSEE，要…: a frame whose verb takes its addressee before the comma ----------------


def test_frame_with_addressee_before_the_comma() -> None:
    text = "县长林晓东回顾了整治历程。林晓东要求青山县的各单位，要多为住户解难题，守住整治成果。"
    assert issued(text) == [("青山县的各单位，要多为住户解难题，守住整治成果", "林晓东")]


def test_frame_with_comma_after_the_verb_unchanged() -> None:
    # (a guard: the frame's own comma right after 要求, as before)
    text = "县长林晓东回顾了整治历程。林晓东要求，各单位要多为住户解难题。"
    assert issued(text) == [("各单位要多为住户解难题", "林晓东")]


# --- assessments the rules read as requirements -------------------------------------------------


def test_task_that_means_much_is_an_assessment() -> None:
    text = (
        "县委书记苏明远指出，青山县各镇要凝聚共识。"
        "抓好卫生创建，对于改善人居环境、惠及千家万户具有深远意义。"
    )
    assert directives(text) == ["青山县各镇要凝聚共识"]


def test_continuation_without_weight_stays() -> None:
    # (a guard: the imperative after a requirement is read as before)
    text = "县委书记苏明远指出，青山县各镇要凝聚共识。抓好卫生创建，改善人居环境。"
    assert directives(text) == ["青山县各镇要凝聚共识", "抓好卫生创建，改善人居环境"]


def test_marker_inside_the_time_reached_is_an_assessment() -> None:
    text = (
        "县长林晓东指出，卫生创建已经到了非抓紧不可、不能松劲，必须长抓不懈的时候。"
        "各镇要拟好月度计划。"
    )
    assert issued(text) == [("各镇要拟好月度计划", "林晓东")]


def test_key_is_to_explains_the_task() -> None:
    text = "林晓东指出，落实这次部署，关键是要立足县情、找到抓手。各乡镇要逐条对账。"
    assert directives(text) == ["各乡镇要逐条对账"]


def test_marker_in_single_quotes_is_a_formula() -> None:
    text = (
        "部长苏明远指出，这篇讲话系统讲清了青山县转型‘三个必须’的基本遵循，指导性很强，"
        "必将推动青山县走得更稳。"
    )
    assert directives(text) == []


# --- the clause before the marker that belongs to the requirement ------------------------------


def test_parallel_heads_before_wubi_open_each_requirement() -> None:
    text = (
        "县委书记苏明远指出：“要再加压，务必盯紧不放；再聚焦，务必一抓到底；更严格，务必较真碰硬。”"
    )
    assert directives(text) == [
        "要再加压，务必盯紧不放",
        "再聚焦，务必一抓到底",
        "更严格，务必较真碰硬",
    ]


def test_short_assertion_before_bixu_stays_out() -> None:
    # (a guard: a short clause that is no 再 / 更 head stays out, as before)
    text = "县长林晓东指出，牌子来之不易，必须好好守住。"
    assert directives(text) == ["必须好好守住"]


def test_alongside_clause_without_zai_stays_in() -> None:
    text = "县长林晓东指出，新城扩容的同时，要守护好湿地，多种乡土树。"
    assert directives(text) == ["新城扩容的同时，要守护好湿地，多种乡土树"]


def test_setting_then_imperative_continues_the_list_item() -> None:
    text = (
        "林晓东指出，要高度重视。一要确保全县财政收支平衡。"
        "在上半年稳住大局的前提下，坚持直面短板、主动加压，守牢全年目标的底盘。"
        "二要加快推进园区建设。"
    )
    assert issued(text) == [
        ("要高度重视", "林晓东"),
        ("一要确保全县财政收支平衡", "林晓东"),
        ("在上半年稳住大局的前提下，坚持直面短板、主动加压，守牢全年目标的底盘", "林晓东"),
        ("二要加快推进园区建设", "林晓东"),
    ]


def test_setting_then_report_is_no_continuation() -> None:
    # (a guard: after the setting, a report of what was done continues nothing)
    text = "林晓东指出，要高度重视。在前期工作的基础上，全县已建成三个示范点。"
    assert directives(text) == ["要高度重视"]


# --- the reach of a title chain counted after the dateline ------------------------------------


def test_long_title_chain_after_dateline_and_scene_speaks() -> None:
    text = (
        "青山新闻网讯（记者 甲某 乙某 丙某）4月7日下午，青山县举行背街小巷与集贸市场"
        "综合治理百日行动誓师会，县委常委、副县长、县综合治理指挥部总指挥林晓东在会上强调，"
        "全县上下要坚定信心，以新面貌迎接测评。"
    )
    assert issued(text) == [("全县上下要坚定信心，以新面貌迎接测评", "林晓东")]


def test_long_scene_without_dateline_unchanged() -> None:
    # (a guard: with no dateline the reach is counted from the sentence start, as before)
    text = (
        "4月7日下午，青山县举行背街小巷与集贸市场综合治理百日行动誓师会和老旧小区改造现场观摩会，"
        "听取了各镇的汇报，县委常委、副县长、县综合治理指挥部总指挥林晓东在会上强调，"
        "全县上下要坚定信心。"
    )
    assert directives(text) == ["全县上下要坚定信心"]
