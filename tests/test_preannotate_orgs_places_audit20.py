"""ORG, GPE and LOC in the forms the session-19 audit of real reports (issue 16: orgs20) found.
Every example is made up in the same form: the names are invented.

Batch 1 (towns, a county, a village visit; two traditional copies): a verb of carrying out before
an upper body is no place (落实省委…, 扎实市委…); a verb before a bare party committee is no
body (加强党委、政府的…); a town whose name ends in 都, the first item of a visit list
(来到柳都镇、…).
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a verb of carrying out opens the clause before an upper body: no unknown place
        (
            "为深入学习贯彻全会精神，落实省委十二届五次全会、市委八届三次全会部署要求。",
            {("省委", "ORG"), ("市委", "ORG")},
            {("落实省委", "ORG")},
        ),
        (
            "会议要求，扎实县委部署的各项任务，落实区政府的工作安排。",
            {("县委", "ORG"), ("区政府", "ORG")},
            {("扎实县委", "ORG"), ("落实区政府", "ORG")},
        ),
        # a verb before a bare party committee in running text: no body is named
        (
            "要敢于担当，加强党委、政府的号召力和执行力。",
            set(),
            {("加强党委", "ORG")},
        ),
        # a town whose name ends in 都, first of the towns visited
        (
            "9月3日，区委常委柯明带队来到柳都镇、桂店镇、梅溪镇，实地督导创文工作。",
            {("柳都镇", "GPE"), ("桂店镇", "GPE"), ("梅溪镇", "GPE")},
            set(),
        ),
    ],
)
def test_orgs_places_audit20(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got
