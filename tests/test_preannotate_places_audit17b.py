"""LOC in the forms the session-16 audit of places on real reports of inspections (issue 16:
audloc17) found missed or wrong: markets named before what the inspection found there, estates
written 某某住宅小区, a road right after the community it runs through, roads named after a kind
of place (广场路), a market's new building (某某新农贸市场), and the sub-district office 某某街办,
which is no street. Every example is made up in the same form: the names are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a market named before what the inspection found there
        (
            "督导组先后检查，发现柳华市场存在占道经营等现象。",
            {("柳华市场", "LOC")},
            set(),
        ),
        (
            "检查组重点查看了青禾市场周边的停车秩序。",
            {("青禾市场", "LOC")},
            set(),
        ),
        # a name of three characters after a preposition ending in a word of its own
        (
            "本报讯 针对柳下河市场在检查中存在的问题，街道抽调人员进驻市场。",
            {("柳下河市场", "LOC")},
            set(),
        ),
        # an estate written with 住宅小区
        (
            "现场发现，青燕住宅小区车辆乱停放、乱拉乱挂。",
            {("青燕住宅小区", "LOC")},
            set(),
        ),
        # a road right after the community it runs through
        (
            "点位二：某某区柳溪街道青关社区。青关社区青瓯路一带小餐饮店较多。",
            {("青关社区", "LOC"), ("青瓯路", "LOC")},
            set(),
        ),
        # a road named after a kind of place
        (
            "检查组还对广场路上下水井是否堵塞进行了检查。",
            {("广场路", "LOC")},
            set(),
        ),
        # 新 closing a market's name after its sub-district
        (
            "督查组一行首先来到梧溪街道柳田新农贸市场进行暗访。",
            {("柳田新农贸市场", "LOC")},
            set(),
        ),
        # the sub-district office 街办 is no street
        (
            "柳文街办抽调人员组成治理队伍，柳文街办还购置了高压水枪。",
            set(),
            {("柳文街", "LOC")},
        ),
        # the kind of market in general stays untagged
        (
            "要加强农贸市场周边管理，规范便民市场在内的各类市场。",
            set(),
            {("便民市场", "LOC"), ("农贸市场", "LOC")},
        ),
    ],
)
def test_places_audit17b(text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got
