"""GPE forms from the realgold11 pages (session 12, issue 16; GUIDELINES.md: GPE is an
administrative division). Made-up sentences in the genre's forms; they fail on the rules before
this session."""

from __future__ import annotations

from preannotate_support import entity_set


def test_a_units_assigned_area_is_no_district():
    # 包干区: the area a unit answers for, not a division (a place entry of jieba's dictionary)
    found = entity_set("各单位要切实担负起各自“包干区”创建任务，包干区内问题要及时整改。")
    assert not any(lab == "GPE" for _, lab in found)
