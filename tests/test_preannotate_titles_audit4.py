"""Titles, names and HOLDS_TITLE in forms found by the session 6 audit of fresh real reports
(issue 16): a leading group's members listed after their post and a colon in a notice of a
meeting, a post after a name before 作重要讲话, 市上领导 / 县级领导 before a list of names, a
department's section with a long name and its head, a name in a list of names whose other items
are titled elsewhere, and a word of the language before 同志. Every sentence is made up; the
places and people are invented."""

from __future__ import annotations

from tests.preannotate_support import spans_and_holds as _out


def test_members_listed_after_their_post_and_a_colon() -> None:
    text = (
        "参加人员：\n1、县创建领导小组第一副组长：苏明远，常务副组长：钱江、田立新，"
        "副组长：孔敏、黄海涛、谢若溪。\n2、各乡镇主要领导。"
    )
    spans, holds = _out(text)
    titles = [s for s, lab in spans if lab == "TITLE"]
    assert titles == ["县创建领导小组第一副组长", "常务副组长", "副组长"], spans
    assert holds == {
        ("苏明远", "县创建领导小组第一副组长"),
        ("钱江", "常务副组长"),
        ("田立新", "常务副组长"),
        ("孔敏", "副组长"),
        ("黄海涛", "副组长"),
        ("谢若溪", "副组长"),
    }
    assert not [s for s, lab in spans if lab == "ORG"], spans


def test_a_colon_after_what_is_no_post_reads_no_title() -> None:
    for text in (
        "联系人：苏明远，电话：6612345",
        "编辑：苏明远",
        "总编辑：苏明远",
        "组长：要求各组",
    ):
        spans, holds = _out(text)
        assert not holds and ("TITLE" not in {lab for _, lab in spans}), (text, spans)


def test_a_post_after_a_name_before_an_important_speech() -> None:
    spans, holds = _out("会议议程：3、何青山副书记作重要讲话。")
    assert ("何青山", "PERSON") in spans and ("副书记", "TITLE") in spans, spans
    assert holds == {("何青山", "副书记")}


def test_the_leaders_of_a_level_written_with_shang_or_ji() -> None:
    for lead in ("市上领导", "县级领导"):
        spans, holds = _out(f"{lead}罗明川、寇安平、杨淼参加会议。")
        assert (lead, "TITLE") in spans, spans
        assert holds == {("罗明川", lead), ("寇安平", lead), ("杨淼", lead)}


def test_a_section_with_a_long_name_and_its_head() -> None:
    title = "柳塘省委宣传部精神文明创建指导处处长"
    spans, holds = _out(f"{title}贺春英主持开班仪式。")
    assert (title, "TITLE") in spans and ("贺春英", "PERSON") in spans, spans
    assert holds == {("贺春英", title)}
    assert not [s for s, lab in spans if lab == "ORG"], spans


def test_a_name_in_a_list_whose_other_items_are_titled_elsewhere() -> None:
    text = (
        "2月8日，我县召开推进会，周明远、苏禾、谢若溪、何青山出席会议。县委书记周明远讲话。"
        "县委常委谢若溪主持，副县长何青山传达精神。会后苏禾到现场察看。"
    )
    spans, _ = _out(text)
    assert [s for s, lab in spans if lab == "PERSON"].count("苏禾") == 2, spans


def test_a_list_of_bodies_next_to_a_name_reads_no_name() -> None:
    spans, _ = _out("城管局、周明远、文明办参加。县长周明远出席。")
    assert [s for s, lab in spans if lab == "PERSON"] == ["周明远", "周明远"], spans


def test_a_word_of_the_language_before_tongzhi_is_no_name() -> None:
    spans, _ = _out("要求市创文办全体同志要学深悟透。田野同志作了发言。")
    assert [s for s, lab in spans if lab == "PERSON"] == ["田野"], spans


def test_departments_with_long_standard_names() -> None:
    cases = [
        (
            "9月6日下午，柳塘市机关事务管理局局长丁立技一行赴社区调研。",
            "柳塘市机关事务管理局局长",
            "丁立技",
        ),
        ("市人力资源和社会保障局局长钱江出席。", "市人力资源和社会保障局局长", "钱江"),
        ("县综合行政执法局局长孔敏参加会议。", "县综合行政执法局局长", "孔敏"),
        ("市工业和信息化局副局长田立新参加会议。", "市工业和信息化局副局长", "田立新"),
    ]
    for text, title, name in cases:
        spans, holds = _out(text)
        assert (title, "TITLE") in spans and (name, "PERSON") in spans, (text, spans)
        assert holds == {(name, title)}


def test_a_leader_named_by_given_name_and_post() -> None:
    text = (
        "区委书记王福川带队调研。福川书记先后到社区检查。福川书记指出，要统一思想。福川路社区参加。"
    )
    spans, holds = _out(text)
    assert [s for s, lab in spans if lab == "PERSON"] == ["王福川", "福川", "福川"], spans
    assert holds == {("王福川", "区委书记"), ("福川", "书记")}


def test_a_given_name_after_another_surname_is_someone_else() -> None:
    spans, holds = _out("区委书记王福川带队调研。李福川书记先后到社区。")
    assert ("福川", "PERSON") not in spans, spans
    assert ("福川", "书记") not in holds
