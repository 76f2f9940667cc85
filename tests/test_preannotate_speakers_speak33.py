"""speak33 (session 33): DIRECTIVE and ISSUED_BY forms of real meeting reports the rules missed.
Made-up sentences in the same grammar (invented names and places); each positive case fails on
main 6f77302, the guards pass before and after."""

from __future__ import annotations

from tests.directive_helpers import directives, issued

# --- a clause after ； that opens with the act, its marker later: one requirement to the end -------


def test_clause_after_semicolon_with_a_later_marker_goes_on() -> None:
    text = (
        "县长林晓东强调，要全面排查河道隐患，及时会商研判；严格值班值守，加强信息报送；"
        "提前做好人员转移准备，进一步细化转移方案，各抢险队伍要随时待命，确保安全度汛。"
    )
    assert issued(text) == [
        (
            "要全面排查河道隐患，及时会商研判；严格值班值守，加强信息报送；"
            "提前做好人员转移准备，进一步细化转移方案，各抢险队伍要随时待命，确保安全度汛",
            "林晓东",
        )
    ]


def test_main_line_after_semicolon_goes_on_to_its_marker() -> None:
    text = (
        "镇长苏明远要求，以“清洁家园”为突破口，持续开展评比活动；以“设施完善”为着力点，"
        "建出新气象，在改造过程中，要切实守住量力而行的原则。"
    )
    assert directives(text) == [
        "以“清洁家园”为突破口，持续开展评比活动；以“设施完善”为着力点，建出新气象，"
        "在改造过程中，要切实守住量力而行的原则"
    ]


def test_assessment_after_semicolon_still_parts_the_requirements() -> None:
    # (a guard: what the clause before the marker asserts stays out, the ； parts the two)
    text = "县委书记林晓东强调，各街道要提高思想认识，压实属地责任；创建工作重点在社区，要用好志愿者队伍。"
    found = directives(text)
    assert len(found) == 2
    assert found[0] == "各街道要提高思想认识，压实属地责任"
    assert found[1].endswith("要用好志愿者队伍")


def test_topic_after_semicolon_still_parts_the_requirements() -> None:
    # (a guard: a topic with a condition before the marker opens a requirement of its own)
    text = (
        "副县长陈立群要求，要改善园区环境卫生状况；沿街的管线能埋地的就埋地，埋不了的要统一整理。"
    )
    # (where the second one starts is another question: only the parting is asserted here)
    found = directives(text)
    assert len(found) == 2
    assert found[0] == "要改善园区环境卫生状况"
    assert found[1].endswith("埋不了的要统一整理")


def test_connective_after_semicolon_opens_its_own_requirement() -> None:
    # (a guard: 同时， is a connective left out, not a clause that goes on)
    text = "县长林晓东强调，各乡镇要加强巡查；同时，要做好物资储备。"
    assert directives(text) == ["各乡镇要加强巡查", "要做好物资储备"]


# --- …，他表示：“…要…”: 表示 and 提出 after a pronoun frame a speech ----------------------------------


def test_pronoun_biaoshi_after_a_comma_frames_the_quoted_speech() -> None:
    text = (
        "青山县委书记林晓东在推进会上发言，他表示：“创城与美丽乡村建设相互促进，为此，"
        "全县上下要统一认识，找准两项工作的结合点。”"
    )
    assert issued(text) == [("全县上下要统一认识，找准两项工作的结合点", "林晓东")]


def test_pronoun_biaoshi_after_a_comma_names_the_speaker() -> None:
    text = "青山县委书记林晓东在会上发言，他表示，各乡镇要压实防汛责任。"
    assert issued(text) == [("各乡镇要压实防汛责任", "林晓东")]


def test_pronoun_tichu_after_a_comma_names_the_speaker() -> None:
    text = "县长苏明远在会上作动员讲话，他提出，各部门要加强协作。"
    assert issued(text) == [("各部门要加强协作", "苏明远")]


# --- 某某批示指出，…: the written instruction glued to its giver's name ------------------------------


def test_name_pishi_zhichu_names_the_speaker() -> None:
    text = "市委书记林晓东批示指出，各地要全力做好防汛救灾工作。"
    assert issued(text) == [("各地要全力做好防汛救灾工作", "林晓东")]


# --- 是…，需要…，…要…: a descriptive 需要 leaves the later marker its requirement ----------------------


def test_descriptive_need_leaves_the_later_marker() -> None:
    text = "县委书记林晓东强调，创城是一项系统工程，需要全社会共同参与，各单位要提高认识。"
    assert issued(text) == [("各单位要提高认识", "林晓东")]


def test_descriptive_need_alone_is_no_directive() -> None:
    # (a guard: nothing asked after the descriptive 需要)
    text = "县委书记林晓东强调，创城是一项系统工程，需要全社会共同参与。"
    assert directives(text) == []
