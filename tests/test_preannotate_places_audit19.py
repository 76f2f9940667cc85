"""GPE and LOC in the forms the session-18 audit of real reports (issue 16: locs19) found: a town
named by a word of the dictionary (先锋镇, 千里镇) in a dateline or before its own village; a town
inspected before its campaign (检查某某镇文明城市创建工作); the end of a route (至某县道路); a road
after the town's built-up area (镇区某某路); a list of the places visited closed by the clause's end
alone (实地走访了甲路、乙小区、丙社区。). Every example is made up in the same form: the names are
invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a town named by a common word, in a dateline before a verb of the report
        (
            "本报讯 5月8日，先锋镇开展创文督查工作。镇党委书记柯明带队检查。",
            {("先锋镇", "GPE")},
            {("先锋", "GPE")},
        ),
        # a town named by a function word, an item of a list before its own village
        (
            "柯明一行先后调研了桂园小区卫生环境、千里镇柏家岗村垃圾清运、青枫大道绿化情况。",
            {("千里镇", "GPE"), ("柏家岗村", "LOC")},
            set(),
        ),
        # a town inspected, before the campaign it runs
        (
            "10月9日下午，镇党委书记柯明带队检查柏舍镇文明城市创建工作。",
            {("柏舍镇", "GPE")},
            set(),
        ),
        # the end of a route
        (
            "柯明一行查看了状元大道南延段由河柳镇至涉县道路开通情况。",
            {("涉县", "GPE")},
            set(),
        ),
        # a road after the town's built-up area
        (
            "柯明一行先后前往桂溪村、镇区宜枫路和镇文化站等地实地检查。",
            {("桂溪村", "LOC"), ("宜枫路", "LOC")},
            {("镇区宜枫路", "LOC")},
        ),
        # a list of places visited with no 等 after it: closed by 。, by ， or by a bracket
        (
            "委员们实地走访了青石路、枫园农民公寓、溪桥农贸市场、华茂文锦苑小区。",
            {("华茂文锦苑小区", "LOC"), ("溪桥农贸市场", "LOC")},
            set(),
        ),
        (
            "检查组一行先后走访了丽枫花园、老李烧烤、民和医院、桂香社区（居）委会，通过现场检查。",
            {("丽枫花园", "LOC"), ("桂香社区", "LOC")},
            {("老李烧烤", "LOC"), ("民和医院", "LOC")},
        ),
        # not a list of places: one item of a kind is not enough
        (
            "检查组检查了环境卫生、车辆停放、绿化小区。",
            set(),
            {("绿化小区", "LOC")},
        ),
    ],
)
def test_places_audit19(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got
