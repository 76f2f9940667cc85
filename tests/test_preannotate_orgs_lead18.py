"""ORG in the forms the lead found missed on fresh real reports of 创文/创城 work (issue 16,
session 17). Every example is made up in the same form: place, body and person names are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a list of a bureau's units: the first item opens after a stop, the last is cut by the
        # closer 相关; long centres and a corps named by its whole field are bodies
        (
            "会议听取了汇报。市绿地养护服务中心、市环卫中心、城市管理综合行政执法队、"
            "市供排水服务中心相关负责人作了发言。",
            {
                ("市绿地养护服务中心", "ORG"),
                ("城市管理综合行政执法队", "ORG"),
                ("市供排水服务中心", "ORG"),
            },
            set(),
        ),
        (
            "县住建局、县城管局、县园林绿化服务中心等单位参加。",
            {("县园林绿化服务中心", "ORG")},
            set(),
        ),
        # a first item that carries the clause before it stays out (no stop before it)
        (
            "会议要求加强园林绿化服务中心、县环卫中心、县城管局的协作。",
            set(),
            {("会议要求加强园林绿化服务中心", "ORG"), ("要求加强园林绿化服务中心", "ORG")},
        ),
    ],
)
def test_listed_long_bodies(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a bureau's full name made of its field words, 和 joining two (no list holds it)
        ("县规划建设和住房保障局召开专题会议。", {("县规划建设和住房保障局", "ORG")}, set()),
        ("县卫生健康和计划生育局召开会议。", {("县卫生健康和计划生育局", "ORG")}, set()),
        (
            "11月3日，县城市管理执法局组织全体干部召开动员大会。",
            {("县城市管理执法局", "ORG")},
            {("执法局", "ORG")},
        ),
        # (局面 / 局势: no bureau)
        ("全县城乡发展局面良好。", set(), {("县城乡发展局", "ORG")}),
        # a campaign's task group charged with one duty (专责小组), named after its level
        (
            "会议要求，县乡村清洁专责小组要加强巡查。",
            {("县乡村清洁专责小组", "ORG")},
            set(),
        ),
        ("各专责小组要加强巡查。", set(), {("专责小组", "ORG")}),
    ],
)
def test_bureau_named_by_fields(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want",
    [
        # a bureau's field written short (卫计) before its full kind of work
        ("9月3日，市卫计委、市卫计综合监督执法局对示范区开展督查。", {"市卫计综合监督执法局"}),
        # a hospital named by its field words, heading an item of a list of problems
        ("2. 市妇幼保健医院\n（1）食堂未设置分类收集容器。", {"市妇幼保健医院"}),
        # an item of a list a body opens and a connective closes still vouches for its neighbour
        (
            "督办组还检查了区政务大厅、住房公积金管理中心、交警二大队和部分超市。",
            {"住房公积金管理中心", "交警二大队"},
        ),
    ],
)
def test_more_bodies(text: str, want: set) -> None:
    got = {t for t, lab in _tagged(text) if lab == "ORG"}
    assert want <= got, (want - got, got)
