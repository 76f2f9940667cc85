"""dirs25 (session 24): DIRECTIVE / ISSUED_BY forms behind the errors on the development sets dev19
and dev18 (real reports, independent annotators). Made-up sentences in the same grammar (other names,
places, numbers); each positive case failed on the session start (8810eb5), the guards pass before
and after."""

from __future__ import annotations

from tests.directive_helpers import directives, issued

_LEAD = "9月8日，柳塘县召开创建文明城市推进会。县委书记韩立群出席会议。"


def test_yaoqiu_glued_to_its_marker_keeps_the_frame_out():
    # 某某要求要… / 他要求要… / 会议要求要… (before: the name, the pronoun or 会议 and the verb
    # inside the span, and no speaker for the first two)
    text = _LEAD + "韩立群要求要扭住重点发力，严之又严抓好问题整改，确保全部整改到位。"
    assert issued(text) == [("要扭住重点发力，严之又严抓好问题整改，确保全部整改到位", "韩立群")]
    text = _LEAD + "他要求要压实包保责任，逐条销号。"
    assert issued(text) == [("要压实包保责任，逐条销号", "韩立群")]
    text = _LEAD + "会议要求要加强组织领导，形成工作合力。"
    assert directives(text) == ["要加强组织领导，形成工作合力"]
    assert issued(text) == []


def test_a_pronoun_subject_speaks_through_a_frame_glued_inside_its_sentence():
    # 她充分肯定了…，要求… (before: the directive with no speaker; a name there had one)
    text = (
        "10月5日，江阳市举行迎检攻坚推进会。市委副书记洪晓梅主持会议。"
        "她充分肯定前一阶段工作成效，要求进一步增强紧迫感，着力健全城市管理长效机制。"
    )
    assert issued(text) == [("进一步增强紧迫感，着力健全城市管理长效机制", "洪晓梅")]


def test_the_pronoun_they_is_no_speaker_of_a_glued_frame():
    text = (
        "10月5日，江阳市举行迎检攻坚推进会。市委副书记洪晓梅主持会议。"
        "他们充分肯定前一阶段工作成效，要求进一步增强紧迫感，着力健全城市管理长效机制。"
    )
    assert issued(text) == []


def test_a_frame_verb_run_on_after_tongzhi_or_a_post_names_the_speaker():
    # 某某同志强调城市卫生…；同时，…，必须要… (before: no speaker; without 同志 it had one)
    text = (
        "县委书记韩立群带队察看城区环境卫生。在察看期间，韩立群同志强调环境卫生直接关系群众"
        "生活，目前创卫形势良好；同时，景区形象影响城市品位，必须要进一步提高认识，全民发动。"
    )
    assert issued(text) == [("必须要进一步提高认识，全民发动", "韩立群")]


def test_a_required_lead_before_a_colon_keeps_its_first_item_the_next_marked_item_splits():
    # …要在三个方面共同努力：一是要…；二是要… (GUIDELINES' unit: the colon ends no unit, so the
    # lead and its first item are one requirement; the item after ； with its own marker opens
    # the next, its list number left out)
    text = (
        _LEAD + "韩立群强调，柳塘县的创建工作要在三个方面共同努力：一是要推动文旅融合，"
        "让文化与文明相互促进；二是要把智慧手段用到城市管理中。"
    )
    assert issued(text) == [
        (
            "柳塘县的创建工作要在三个方面共同努力：一是要推动文旅融合，让文化与文明相互促进",
            "韩立群",
        ),
        ("要把智慧手段用到城市管理中", "韩立群"),
    ]


def test_a_hope_for_a_levels_committee_and_government_with_jiang():
    # 希望某县委、县政府将…当作… (before: nothing; 把 was read, 将 was not)
    text = (
        "省检查组组长常文涛出席反馈会。常文涛说，希望柳塘县委、县政府将反馈意见当作动力，"
        "专题研究，细化措施。"
    )
    assert issued(text) == [
        ("希望柳塘县委、县政府将反馈意见当作动力，专题研究，细化措施", "常文涛")
    ]


def test_guards_a_reported_point_and_a_scene_without_a_frame():
    # 某某同志指出的问题: a relative clause, no frame
    text = "县委书记韩立群带队察看。韩立群同志指出的问题已经整改到位。"
    assert issued(text) == []
    # a scene, then a name whose verb is no speech: nobody speaks
    text = "在察看期间，韩立群同志察看了城区背街小巷。必须要进一步提高认识。"
    assert issued(text) == []


def test_a_bare_shi_after_a_semicolon_goes_on_with_the_requirement():
    # …要充分认识到X是…的重要步骤；是…的综合平台；是…的有效载体。 (before: cut at the first ；是,
    # the clauses after it dropped; GUIDELINES splits at ； only before a new marker)
    text = (
        "会议要求，全县干部群众要统一思想，充分认识到创建文明城市是实现发展目标的重要步骤；"
        "是推动三个文明协调发展的综合平台；是提升城市形象的有效载体。"
    )
    assert directives(text) == [
        "全县干部群众要统一思想，充分认识到创建文明城市是实现发展目标的重要步骤；"
        "是推动三个文明协调发展的综合平台；是提升城市形象的有效载体"
    ]


_TURN_BODY = "\n\n6月4日，青州市召开创建工作推进会。市委书记丁文岳出席会议。"


def test_a_named_headline_with_an_imperative_is_the_speakers_requirement():
    # 某某：努力把某市建成… (a headline quoting the speaker; before: nothing)
    text = "丁文岳：努力把青州建成崇德向善、和谐宜居的文明城市" + _TURN_BODY
    assert issued(text) == [("努力把青州建成崇德向善、和谐宜居的文明城市", "丁文岳")]
    text = "丁文岳：全力以赴打好全国文明城市创建攻坚战" + _TURN_BODY
    assert issued(text) == [("全力以赴打好全国文明城市创建攻坚战", "丁文岳")]


def test_a_named_headline_that_asserts_is_no_requirement_and_the_rule_switches_off():
    from civannot.preannotate import suggest
    from civannot.preannotate.registry import DEFAULT_OFF

    assert directives("丁文岳：精神文明建设只有起点没有终点" + _TURN_BODY) == []
    assert directives("丁文岳：创建文明城市是全市人民的共同心愿" + _TURN_BODY) == []
    text = "丁文岳：全力以赴打好全国文明城市创建攻坚战" + _TURN_BODY
    off = suggest(text, disabled=DEFAULT_OFF | {"directive.turn_imperative"})
    assert [s.text for s in off.spans if s.label == "DIRECTIVE"] == []


def test_a_text_cut_a_few_characters_into_a_requirement_keeps_what_is_written():
    # …。二要更 / …；要细 at the very end of a cut copy (before: dropped as shorter than 4)
    text = "县委书记王海强调，一要更加重视城市的政治生态。二要更"
    assert issued(text)[-1] == ("二要更", "王海")
    text = "县委书记王海强调，要克急、克焦、克躁；落实、落细、落小；要细"
    assert directives(text)[-1] == "要细"
    # guards: the marker alone, or a short unit closed by its mark, asks nothing
    assert directives("县委书记王海强调，一要更加重视城市的政治生态。二要") == [
        "一要更加重视城市的政治生态"
    ]
    assert directives("县委书记王海强调，一要更加重视城市的政治生态。要细。") == [
        "一要更加重视城市的政治生态"
    ]
