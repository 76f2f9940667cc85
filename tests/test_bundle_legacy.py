"""A bundle made and edited by the release before the store (schema 2), merged today.

tests/data/bundle_v2_lead.civ and bundle_v2.civ come from tests/data/make_v2_bundle.py run
with that release: alice shortened PERSON 王明远 to 王明, removed ORG 市委办公室 (the span with
the highest id), marked the document done, and in a later session added TITLE 县长 in the
other document, which that release gave the removed ORG's id (MAX(id)+1).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from civannot.bundle import import_bundles
from civannot.project import Project

DATA = Path(__file__).parent / "data"

pytestmark = pytest.mark.sqlite_only  # the lead is a file saved by that release


def triples(p: Project, ext: str) -> list[tuple[int, int, str, str]]:
    return sorted((s.start, s.end, s.label, s.text) for s in p.spans(p.document_id(ext), "alice"))


def test_a_schema_2_bundle_whose_id_came_back_merges_as_a_removal_and_an_addition(tmp_path):
    lead_path, bundle_path = tmp_path / "lead.civ", tmp_path / "alice.civ"
    shutil.copy(DATA / "bundle_v2_lead.civ", lead_path)
    shutil.copy(DATA / "bundle_v2.civ", bundle_path)
    with Project.open(lead_path) as lead:
        d1 = lead.document_id("v2-b1")
        (rel,) = lead.relations(d1, "alice")
        org_id = next(s.id for s in lead.spans(d1, "alice") if s.label == "ORG")
        r = import_bundles(lead, [bundle_path]).bundles[0]
        assert (r.spans_added, r.spans_changed, r.spans_removed) == (1, 1, 1)
        assert r.statuses_changed == 1 and not r.conflicts
        assert triples(lead, "v2-b1") == [(2, 4, "PERSON", "王明"), (5, 7, "TITLE", "书记")]
        assert triples(lead, "v2-b2") == [(0, 2, "TITLE", "县长")]
        # the new TITLE is a span of its own, not the ORG moved to another document
        (new,) = lead.spans(lead.document_id("v2-b2"), "alice")
        assert new.id != org_id
        # the relation between the two spans alice kept is still there
        assert [(x.head, x.tail) for x in lead.relations(d1, "alice")] == [(rel.head, rel.tail)]
        assert lead.statuses("alice")[d1] == "done"
        # merging the same file again changes nothing
        again = import_bundles(lead, [bundle_path]).bundles[0]
        assert not again.changed_anything
