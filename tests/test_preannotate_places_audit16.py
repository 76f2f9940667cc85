"""GPE in the forms the session-14 audit of real reports (issue 16: audorgs15) left open and the
session-15 audit (audgpe16) found: a town's bare name where the genre puts a place (在某某举行,
到某某调研, 像某某这样), proved a place by its unit written elsewhere in the same text or by the
gazetteer; the first item of a list of divisions run on from a verb (组织某某区、…). Every
example is made up in the same form: the town and district names are invented (cities and
counties are real only where the gazetteer must know them)."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a town's bare name in a frame of meeting or visiting, its unit written elsewhere
        (
            "5月8日，全县爱国卫生工作现场会在柳溪举行。会上，柳溪镇、白沙镇作交流发言。",
            {("柳溪", "GPE"), ("柳溪镇", "GPE"), ("白沙镇", "GPE")},
            set(),
        ),
        (
            "县委书记到柳溪调研创卫工作。柳溪镇、白沙镇负责人陪同。",
            {("柳溪", "GPE")},
            set(),
        ),
        # held up as the example
        (
            "像白沙这样的乡镇，要补齐短板。白沙镇、柳溪镇负责人参加。",
            {("白沙", "GPE")},
            set(),
        ),
        # a name of three characters after a verb of going, ending the clause
        (
            "检查组来到白石岭，察看集镇环境。白石岭镇、柳溪镇负责人参加。",
            {("白石岭", "GPE"), ("白石岭镇", "GPE")},
            set(),
        ),
        # a county the gazetteer knows, held up as the example
        ("要学习宁乡这样的先进经验。", {("宁乡", "GPE")}, set()),
        # a word the text never writes with a unit stays a word in the same frame
        ("县委书记在清水举行的会上讲话。", set(), {("清水", "GPE")}),
        ("像绣花这样精细管理。", set(), {("绣花", "GPE")}),
        # the first item of a list of divisions, run on from a verb
        (
            "会议组织南城区、北湖区、东山区等单位负责人参加。",
            {("南城区", "GPE"), ("北湖区", "GPE"), ("东山区", "GPE")},
            set(),
        ),
        (
            "督导组抽查了白石岭镇、柳溪镇、白沙镇。",
            {("白石岭镇", "GPE"), ("柳溪镇", "GPE"), ("白沙镇", "GPE")},
            {("石岭镇", "GPE")},
        ),
        # a generic head before the list is no name
        (
            "全面推进城区、北湖区、东山区建设。",
            {("北湖区", "GPE")},
            {("推进城区", "GPE"), ("城区", "GPE")},
        ),
    ],
)
def test_bare_and_listed_places(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got
