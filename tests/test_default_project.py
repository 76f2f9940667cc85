from __future__ import annotations

from civannot.default_project import default_project_path, ensure_default_project, samples_dir
from civannot.project import Project


def test_first_start_builds_the_sample_project(tmp_path, monkeypatch):
    monkeypatch.setenv("CIVANNOT_DATA_DIR", str(tmp_path / "data"))
    path = ensure_default_project()
    assert path == default_project_path() and path.exists()
    assert not list((tmp_path / "data").glob("*.new*"))  # nor its writer lock (*.new-lock)
    with Project.open(path) as p:
        n = len(list(samples_dir().glob("*.txt")))
        assert n >= 10 and p.document_count() == n
        texts = [d.text for d in p.documents()]
        assert not any("(chuàng)" in t for t in texts)  # normalised on the way in
        assert p.stats()["layers"]["auto"]["spans"] > 100  # suggestions are waiting
    assert ensure_default_project() == path  # second start: nothing rebuilt


def test_the_sample_project_holds_the_corpus_gold_and_trains_on_it(tmp_path, monkeypatch, capsys):
    # the sample corpus's gold comes with the sample project: a lead can try training and the
    # rules' measures at once (issue 15's check: the sample project plus its gold)
    import json

    from civannot.cli import main
    from civannot.gold_records import article_gold, read_records
    from civannot.records import GOLD_LAYER

    monkeypatch.setenv("CIVANNOT_DATA_DIR", str(tmp_path / "data"))
    path = ensure_default_project()
    whole = {}
    for rec in read_records(samples_dir() / "gold.jsonl"):
        gold = article_gold(rec, (samples_dir() / rec["file"]).read_text(encoding="utf-8"))
        if gold.whole:
            whole[rec["file"].removesuffix(".txt")] = gold
    assert len(whole) >= 5
    with Project.open(path) as p:
        data = p.layer_data(GOLD_LAYER)
        by_ext = {i.external_id: i.id for i in p.document_infos()}
        # only the articles annotated from end to end: a partly annotated one would teach the
        # model that its unannotated rest holds nothing
        assert set(data) == {by_ext[k] for k in whole}
        for ext, gold in whole.items():
            spans, rels = data[by_ext[ext]]
            assert sorted((s.start, s.end, s.label) for s in spans) == sorted(
                (s.start, s.end, s.label) for s in gold.spans
            )
            assert len(rels) == len(gold.relations)
            assert all(p.document(by_ext[ext]).text[s.start : s.end] == s.text for s in spans)
    code = main(["train", str(path), "--json", "--no-curve"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["documents"] == len(whole)
    ev = out["evaluation"]
    # on the held-out part, rules and model as preannotate combines them are not worse than the
    # rules alone
    assert ev["both"]["micro"]["f1"] >= ev["rules"]["micro"]["f1"]


def test_the_shipped_sample_gold_is_the_development_gold():
    # resources/samples/gold.jsonl is derived from tests/gold (dev_samples, dev1): a correction
    # there must reach the sample project too
    from tests.gold_markup import SAMPLE_GOLD, sample_gold_text

    assert SAMPLE_GOLD.read_text(encoding="utf-8") == sample_gold_text(), (
        "stale: run python tests/gold_markup.py samples"
    )
