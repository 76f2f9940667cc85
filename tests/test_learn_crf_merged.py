"""The derived crfsuite model (civannot.learn.crf_merged: one attribute per character item)
gives exactly what the trained model gives: the same tags, marginals and probabilities, bit
for bit, on made-up texts; its dictionary is crfsuite's own format (the trained model's
dictionary is rebuilt byte for byte)."""

import random
import struct

import pycrfsuite
import pytest

from civannot.learn.crf import CrfModel, TrainItem, train_crf
from civannot.learn.crf_merged import (
    CrfWeights,
    MergedModel,
    cqdb_bytes,
    cqdb_hash,
    hashlittle,
)
from civannot.learn.features import TaggerFeatures
from civannot.preannotate import suggest
from tests.learn_support import synthetic_docs
from tests.team_genre import team_docs


@pytest.fixture(scope="module")
def model_data() -> bytes:
    docs = team_docs(12, seed=5)
    items = [TrainItem(d.text, d.spans, suggest(d.text).spans) for d in docs]
    return train_crf(items, params={"max_iterations": 25})


def test_hashlittle_gives_lookup3s_published_values():
    # lookup3.c's own checks (driver5) and the empty key
    assert hashlittle(b"") == 0xDEADBEEF
    assert hashlittle(b"", 0xDEADBEEF) == 0xBD5B7DDE
    assert hashlittle(b"Four score and seven years ago") == 0x17770551
    assert hashlittle(b"Four score and seven years ago", 1) == 0xCD628161


def test_the_attribute_dictionary_is_rebuilt_byte_for_byte(model_data):
    header = struct.unpack_from("<4sI4s9I", model_data, 0)
    off = header[9]
    (size,) = struct.unpack_from("<I", model_data, off + 4)
    weights = CrfWeights(model_data)
    assert len(weights.attrs) > 100
    assert cqdb_bytes(weights.attrs) == model_data[off : off + size]
    # the buckets hold the hashes crfsuite computed
    stored = set()
    for t in range(256):
        at, n = struct.unpack_from("<II", model_data, off + 24 + 8 * t)
        for k in range(n):
            h, rec = struct.unpack_from("<II", model_data, off + at + 8 * k)
            if rec:
                stored.add(h)
    assert stored == {cqdb_hash(a) for a in weights.attrs}


def _made_up_items(weights: CrfWeights, rng: random.Random, n: int) -> list[tuple[bytes, ...]]:
    pool = weights.attrs + [b"c=\xe2\x98\x83", b"unknown"]
    return [tuple(rng.sample(pool, rng.randint(0, 7))) for _ in range(n)]


def test_merged_items_score_as_their_strings(model_data):
    """Random items (known and unknown attributes in any order, some merged, some not):
    every tag, marginal and probability equals the trained model's exactly."""
    rng = random.Random(11)
    weights = CrfWeights(model_data)
    merged = MergedModel(model_data)
    trained = pycrfsuite.Tagger()
    trained.open_inmemory(model_data)
    labels = trained.labels()
    seqs = [_made_up_items(weights, rng, rng.randint(1, 40)) for _ in range(60)]
    for seq in seqs[:40]:
        for it in seq:
            merged.as_item(it)
    data = merged.grow()
    derived = pycrfsuite.Tagger()
    derived.open_inmemory(data)
    assert derived.labels() == labels
    n_merged = 0
    for seq in seqs:
        given = [merged.as_item(it) for it in seq]
        n_merged += sum(1 for g, it in zip(given, seq, strict=True) if g != it)
        trained.set(seq)
        derived.set(given)
        tags = trained.tag()
        assert derived.tag() == tags
        assert derived.probability(tags) == trained.probability(tags)
        for t in range(len(seq)):
            for lab in labels:
                assert derived.marginal(lab, t) == trained.marginal(lab, t)
    assert n_merged > 200  # most items went through their merged attribute


def test_crf_model_tags_as_the_trained_model_text_after_text(model_data):
    """CrfModel's windows through the derived model (grown as the texts go) against the same
    model reading the strings: the same spans and confidences, exactly."""
    fast = CrfModel(model_data)
    plain = CrfModel(model_data, merge=False)
    texts = [d.text for d in team_docs(30, seed=21)] + [d.text for d in synthetic_docs(10, 4)]
    rng = random.Random(2)
    for k, text in enumerate(texts):
        if k % 3 == 0:  # a made-up mix of the genre's characters
            text = "".join(rng.sample(text, len(text)))
        spans = suggest(text).spans
        for labels in (None, {"PERSON", "TITLE", "ORG"}):
            a = fast.tag(text, spans, labels=labels)
            b = plain.tag(text, spans, labels=labels)
            assert a == b, text
    assert fast._fast is not None and fast._merged is not None
    assert len(fast._merged.items) > 100
    # the items given to the tagger are single merged attributes once met again and grown
    # (a key met once keeps its strings: TaggerFeatures._seen_again)
    feats = fast._known()
    spans0 = suggest(texts[0]).spans
    feats.windows(texts[0], spans0)  # (each key met again)
    fast._merged.grow()  # (the rebuild _grow makes when due)
    feats.forget_items()
    items = [it for _, its in feats.windows(texts[0], spans0) for it in its]
    assert sum(len(it) == 1 for it in items) > 0.8 * len(items)


def test_a_model_with_odd_attributes_still_merges(tmp_path):
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.append([["c=\n", "k=S"], ["c=a", "k=L", "x=#1"]], ["O", "B-ORG"])
    trainer.append([["c=a", "k=L"], ["c=\n", "k=S", "x=#1"]], ["B-ORG", "O"])
    trainer.set_params({"max_iterations": 5, "c1": 0.0, "c2": 0.01})
    trainer.train(str(tmp_path / "m.crfsuite"))
    data = (tmp_path / "m.crfsuite").read_bytes()
    merged = MergedModel(data)
    items = [(b"c=\n", b"k=S"), (b"c=a", b"k=L", b"x=#1"), (b"k=L", b"c=a")]
    for it in items:
        merged.as_item(it)
    derived = pycrfsuite.Tagger()
    derived.open_inmemory(merged.grow())
    trained = pycrfsuite.Tagger()
    trained.open_inmemory(data)
    trained.set(items)
    derived.set([merged.as_item(it) for it in items])
    tags = trained.tag()
    assert derived.tag() == tags
    assert derived.probability(tags) == trained.probability(tags)


def test_not_a_model_is_refused_and_tagging_keeps_the_strings():
    with pytest.raises(ValueError):
        CrfWeights(b"lCRF" + b"\x00" * 60)
    feats = TaggerFeatures(None)
    assert feats._merge is None


def test_a_derived_model_that_cannot_be_built_leaves_the_strings(model_data, monkeypatch):
    from civannot.learn import crf_merged

    texts = [d.text for d in team_docs(6, seed=9)]
    plain = CrfModel(model_data, merge=False)
    fast = CrfModel(model_data)
    want = [plain.tag(t, suggest(t).spans) for t in texts]
    assert fast.tag(texts[0], suggest(texts[0]).spans) == want[0]

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise ValueError("a CQDB key holds no NUL")

    monkeypatch.setattr(crf_merged, "merged_model", broken)
    assert [fast.tag(t, suggest(t).spans) for t in texts] == want
    assert fast._merged is None and fast._fast is None
    items = [
        it for _, its in fast._known().windows(texts[1], suggest(texts[1]).spans) for it in its
    ]
    assert not any(it and it[0].startswith(crf_merged.MERGED_PREFIX) for it in items)
