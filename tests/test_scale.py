"""Issue 21: costs proportional to the work asked for, not to the project.

Small projects only: work is counted in SQLite virtual-machine steps (deterministic, unlike
time on a shared machine) or in tracemalloc peaks, and compared between a small and a ten
times larger project. Limits are generous; a return to a per-project scan fails them.
"""

from __future__ import annotations

import random
import sys
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from civannot.agreement import agreement_report
from civannot.preannotate.lexicon import LEARNED_LABELS, Lexicon
from civannot.preannotate.runner import learn_lexicon, preannotate_project
from civannot.project import Project
from civannot.records import DocumentInput, LayerInput, Span
from civannot.session import Session

sys.path.insert(0, str(Path(__file__).parent))
from test_agreement_metrics import random_study  # noqa: E402

LABELS = ("PERSON", "TITLE", "ORG", "GPE", "DATE")
SENTENCE = "2023年5月3日，岚溪县委书记谢若溪在滨河公园检查创建工作。他强调，要压实责任。"
# in SENTENCE: 2023年5月3日 0-9, 岚溪县委 10-14, 书记 14-16, 谢若溪 16-19, 滨河公园 20-24
TRUTH = [(0, 9, "DATE"), (10, 14, "ORG"), (14, 16, "TITLE"), (16, 19, "PERSON")]


def build(path: Path, n_docs: int, annotators=("ann1", "ann2"), seed: int = 3) -> Project:
    """n_docs made-up articles, each annotator's layer done, a few suggestions."""
    rng = random.Random(seed)
    project = Project.create(path)
    items = []
    for i in range(n_docs):
        text = f"（{i:05d}）" + SENTENCE * rng.randint(2, 4)
        layers = []
        for name in annotators:
            spans = []
            for k in range(len(text) // len(SENTENCE)):
                base = 7 + k * len(SENTENCE)
                for s, e, lab in TRUTH:
                    if rng.random() < 0.1:
                        continue
                    if rng.random() < 0.1:
                        lab = rng.choice(LABELS)
                    spans.append(Span(base + s, base + e, lab, text[base + s : base + e]))
            layers.append(LayerInput(name, spans, done=True))
        items.append((DocumentInput(external_id=f"d{i:05d}", text=text, title=text[:8]), layers))
    project.import_batch(items)
    return project


class Steps:
    """SQLite VM steps (in thousands) run inside the block: the work the database did."""

    def __init__(self, project: Project):
        self.con = project.db.connection()
        self.n = 0

    def _tick(self) -> int:
        self.n += 1
        return 0

    def __enter__(self) -> Steps:
        self.con.set_progress_handler(self._tick, 1000)
        return self

    def __exit__(self, *exc: object) -> None:
        self.con.set_progress_handler(None, 0)


# ---- agreement --------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_agreement_does_not_depend_on_the_batch_size(seed):
    texts_len, layers, completed = random_study(seed, n_docs=40)
    whole = agreement_report(texts_len, layers, completed)
    for chars in (1, 60, 500):
        assert agreement_report(texts_len, layers, completed, batch_chars=chars) == whole


def _direct_confusions(texts_len, layers, completed, a, b, labels):
    """The pair's character confusion written out character by character (DESIGN §6), the
    computation the streamed report replaces: entity codes, then each directive label."""
    from civannot.agreement import directive_sequence, label_sequence

    entity = [lab for lab in labels if lab != "DIRECTIVE"]
    code = {"O": 0, **{lab: i for i, lab in enumerate(entity, 1)}}
    k = len(entity) + 1
    ent = np.zeros((k, k), dtype=np.int64)
    direc = np.zeros((2, 2), dtype=np.int64)
    for d in texts_len:
        if d not in completed[a] or d not in completed[b]:
            continue
        n = texts_len[d]
        sa, sb = layers[a].get(d, []), layers[b].get(d, [])
        x = label_sequence(n, sa, labels)
        y = label_sequence(n, sb, labels)
        np.add.at(ent, ([code[v] for v in x], [code[v] for v in y]), 1)
        xd, yd = directive_sequence(n, sa), directive_sequence(n, sb)
        np.add.at(direc, (np.array(xd, dtype=int), np.array(yd, dtype=int)), 1)
    return ent, direc


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_streamed_report_equals_the_direct_character_computation(seed):
    """The report counts runs of characters, not characters (issue 21); every κ must be what
    the character-by-character confusion gives, with uneven completion (groups of 2, 3 and 4
    annotators), directives touching a document's ends (runs must not cross into the next
    document) and tiny batches."""
    from civannot.agreement.metrics import binary_confusion, cohen_kappa

    names = ("a", "b", "c", "d")
    texts_len, layers, completed = random_study(seed, n_docs=60, annotators=names)
    rng = random.Random(seed)
    for name in names:
        for d, n in texts_len.items():
            if n > 6 and rng.random() < 0.5:
                spans = list(layers[name].get(d, []))
                spans.append(Span(n - rng.randint(1, 4), n, "DIRECTIVE"))
                spans.append(Span(0, rng.randint(1, 4), "DIRECTIVE"))
                layers[name][d] = spans
    labels = [*LABELS, "DIRECTIVE"]
    for chars in (None, 50, 400):
        kw = {} if chars is None else {"batch_chars": chars}
        report = agreement_report(texts_len, layers, completed, labels, **kw)
        for pair in report["pairs"]:
            ent, direc = _direct_confusions(
                texts_len, layers, completed, pair["a"], pair["b"], labels
            )
            assert pair["overall"]["kappa"] == cohen_kappa(ent)[0]
            assert pair["labels"]["DIRECTIVE"]["kappa"] == cohen_kappa(direc)[0]
            for i, lab in enumerate(LABELS, 1):
                assert pair["labels"][lab]["kappa"] == cohen_kappa(binary_confusion(ent, i))[0]


def _flat_fetch(n_docs: int, length: int):
    """Spans made on demand per batch, so the inputs take no memory of their own."""
    rng = random.Random(5)
    plan = [[(p, p + rng.randint(2, 6)) for p in range(0, length - 8, 12)] for _ in range(3)]

    def fetch(docs):
        out = {}
        for r, name in enumerate(("a", "b", "c")):
            dcs, sts, ens, lbs = [], [], [], []
            for d in docs:
                for k, (s, e) in enumerate(plan[r]):
                    dcs.append(d)
                    sts.append(s)
                    ens.append(e)
                    lbs.append(LABELS[(k + r * (d % 3 == 0)) % len(LABELS)])
            out[name] = (dcs, sts, ens, lbs)
        return out

    texts_len = dict.fromkeys(range(n_docs), length)
    completed = {a: set(range(n_docs)) for a in ("a", "b", "c")}
    return texts_len, completed, fetch


def _agreement_peak(n_docs: int) -> int:
    texts_len, completed, fetch = _flat_fetch(n_docs, 1000)
    tracemalloc.start()
    try:
        report = agreement_report(
            texts_len, {}, completed, list(LABELS), fetch=fetch, batch_chars=50_000
        )
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report["documents"] == n_docs
    return peak


def test_agreement_memory_does_not_grow_with_the_documents():
    """Per-character arrays are made per batch: ten times the documents, not ten times the
    memory (before issue 21 every document's arrays of every annotator were held at once)."""
    small, large = _agreement_peak(200), _agreement_peak(2000)
    # the per-document result list grows a little (~300 bytes a document)
    assert large < 1.6 * small + 2000 * 600, (small, large)


def test_agree_command_reads_the_project_in_batches(tmp_path, monkeypatch):
    """`civannot agree` fetches spans from the project batch by batch and reports what the
    in-memory report gives for the same layers."""
    from civannot.commands import agree

    project = build(tmp_path / "p.civ", 30, annotators=("ann1", "ann2", "ann3"))
    names = ["ann1", "ann2", "ann3"]
    texts_len = project.text_lengths()
    completed = {a: project.completed(a) for a in names}
    layers = {a: project.layer_data(a) for a in names}
    labels = project.schema.label_names
    expected = agreement_report(texts_len, layers, completed, labels, annotators=names)
    # rows as tuples, or one text of numbers per batch with labels numbered by the database
    for coded in (None, list(labels)):
        batches = []
        fetch = agree.span_fetcher(project, names, coded)

        def counting(docs, fetch=fetch, batches=batches):
            batches.append(len(docs))
            return fetch(docs)

        got = agreement_report(
            texts_len, {}, completed, labels, annotators=names, fetch=counting, batch_chars=300
        )
        assert got == expected
        assert len(batches) > 5 and max(batches) < 30
    project.close()


# ---- counts kept by the database -------------------------------------------------------------


def _grouped(project: Project) -> dict[tuple[str, str], int]:
    S, L = project.m.Span, project.m.Layer
    import peewee as pw

    q = S.select(L.name, S.label, pw.fn.COUNT(S.id)).join(L).group_by(L.name, S.label).tuples()
    return {(a, b): n for a, b, n in q}


def test_span_counts_follow_every_kind_of_write(tmp_path):
    project = build(tmp_path / "p.civ", 6)
    s = Session(project, "ann1")
    d = project.document_id("d00001")
    sp = project.spans(d, "ann1")
    s.relabel_span(sp[0].id, "GPE" if sp[0].label != "GPE" else "ORG")
    s.remove_span(sp[1].id)
    s.resize_span(sp[2].id, sp[2].start, sp[2].end - 1)
    s.undo()
    s.add_span(d, 7 + 20, 7 + 24, "LOC")  # after the 7-character number
    preannotate_project(project, processes=1)
    project.replace_layer("ann2", {d: ([], [])})
    D = project.m.Document
    D.delete().where(D.external_id == "d00003").execute()  # a cascade, written by nobody
    totals = {(a, b): n for a, b, n in project.span_totals()}
    assert totals == _grouped(project)
    stats = project.stats()
    for layer in ("ann1", "ann2", "auto"):
        want = sum(n for (lay, _), n in _grouped(project).items() if lay == layer)
        assert stats["layers"][layer]["spans"] == want
    project.close()


def test_stats_reads_no_span(tmp_path):
    """`stats` costs the same whatever the number of spans (counts kept by triggers)."""
    project = build(tmp_path / "p.civ", 40)
    with Steps(project) as few:
        before = project.stats()
    S = project.m.Span
    # ten times the spans: copies of ann1 in a new layer, written in bulk
    lid = project.layer_id("bulk")
    rows = list(S.select().where(S.layer == project.layer_id("ann1")).dicts())
    top = project.store.new_ids("span", 10 * len(rows))[0]
    copies = []
    for _ in range(10):
        for r in rows:
            copies.append({**r, "id": top, "uid": f"{top:032x}", "layer": lid})
            top += 1
    project.store.copy_rows(S, copies)
    with Steps(project) as many:
        after = project.stats()
    assert after["layers"]["bulk"]["spans"] == 10 * before["layers"]["ann1"]["spans"]
    assert many.n <= few.n + 20, (few.n, many.n)
    project.close()


# ---- the learned dictionary ----------------------------------------------------------------------


def _lexicon_by_layers(project: Project) -> dict[str, str]:
    """The learned dictionary read the long way: every span of every layer people write, and
    each annotated text with its layer's spans as the evidence of where a string is tagged."""
    pairs = []
    annotated = []
    for layer in project.layers():
        if layer == "auto":
            continue
        data = project.layer_data(layer)
        ids = set(data) | project.completed(layer)
        texts = {d.id: d.text for d in project.documents(sorted(ids))}
        for doc in sorted(ids):
            spans = data.get(doc, ([], []))[0]
            pairs += [(x.text, x.label) for x in spans if x.label in LEARNED_LABELS and x.text]
            annotated.append((texts[doc], [(x.start, x.end, x.label) for x in spans]))
    return Lexicon.from_votes([(t, lab, 1) for t, lab in pairs], annotated=annotated).to_json()


def test_learned_dictionary_is_what_the_layers_say(tmp_path):
    project = build(tmp_path / "p.civ", 8)
    assert learn_lexicon(project, fresh=True).to_json() == _lexicon_by_layers(project)
    s = Session(project, "ann1")
    d = project.document_id("d00002")
    person = next(x for x in project.spans(d, "ann1") if x.label == "PERSON")
    s.relabel_span(person.id, "ORG")
    s.resize_span(person.id, person.start, person.end - 1)
    other = next(x for x in project.spans(d, "ann1") if x.label == "TITLE")
    s.remove_span(other.id)
    preannotate_project(project, processes=1)  # suggestions are not learned from
    assert learn_lexicon(project, fresh=True).to_json() == _lexicon_by_layers(project)
    project.close()


def test_preannotating_one_document_costs_the_same_in_a_larger_project(tmp_path):
    """Before issue 21 every run rebuilt the learned dictionary from every span of every
    layer and listed every document: a 20,000-character article took 90 s at 50,000."""

    def steps(n_docs: int) -> int:
        project = build(tmp_path / f"p{n_docs}.civ", n_docs)
        d = project.document_id("d00001")
        preannotate_project(project, [d], processes=1)  # the first run makes the auto layer
        with Steps(project) as s:
            preannotate_project(project, [d], processes=1)
        project.close()
        return s.n

    small, large = steps(20), steps(200)
    assert large <= 1.5 * small + 20, (small, large)


# ---- search -------------------------------------------------------------------------------------


def test_short_search_matches_a_scan_including_the_ends(tmp_path):
    texts = ["岚溪县文明城市", "文明", "明", "城市文明", "县城", "x", "县文明办。", "ab"]
    project = Project.create(tmp_path / "p.civ")
    project.import_batch(
        [(DocumentInput(external_id=f"t{i}", text=t), []) for i, t in enumerate(texts)]
    )
    D = project.m.Document
    for needle in ["文明", "明", "县", "城市", "市", "x", "。", "b", "ab", "a", "办。", "zz"]:
        scan = [
            r[0] for r in D.select(D.id).where(D.clean.contains(needle)).order_by(D.id).tuples()
        ]
        assert project.search(needle) == scan, needle
        assert project.search(needle, limit=2) == scan[:2], needle
    project.close()


def test_two_character_search_reads_no_text(tmp_path):
    """A search of two characters reads the trigram index, not every text: ten times the
    documents without a match cost (almost) nothing more."""

    def steps(n_docs: int) -> int:
        project = Project.create(tmp_path / f"s{n_docs}.civ")
        project.import_batch(
            [
                (DocumentInput(external_id=f"t{i}", text=f"（{i:05d}）" + SENTENCE * 8), [])
                for i in range(n_docs)
            ]
        )
        project.import_batch([(DocumentInput(external_id="hit", text="一段罕见字词"), [])])
        project.search("罕见")
        with Steps(project) as s:
            assert project.search("罕见") == [project.document_id("hit")]
        project.close()
        return s.n

    small, large = steps(30), steps(300)
    assert large <= 2 * small + 10, (small, large)
