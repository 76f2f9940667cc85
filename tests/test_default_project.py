from __future__ import annotations

from civannot.default_project import default_project_path, ensure_default_project, samples_dir
from civannot.project import Project


def test_first_start_builds_the_sample_project(tmp_path, monkeypatch):
    monkeypatch.setenv("CIVANNOT_DATA_DIR", str(tmp_path / "data"))
    path = ensure_default_project()
    assert path == default_project_path() and path.exists()
    assert not list((tmp_path / "data").glob("*.new"))
    with Project.open(path) as p:
        n = len(list(samples_dir().glob("*.txt")))
        assert n >= 10 and p.document_count() == n
        texts = [d.text for d in p.documents()]
        assert not any("(chuàng)" in t for t in texts)  # normalised on the way in
        assert p.stats()["layers"]["auto"]["spans"] > 100  # suggestions are waiting
    assert ensure_default_project() == path  # second start: nothing rebuilt
