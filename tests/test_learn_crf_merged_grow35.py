"""The derived model grown in steps (civannot.learn.crf_merged._Built, session 35) is the model
a build from scratch writes, byte for byte, after every rebuild."""

import random

import pycrfsuite

from civannot.learn.crf import TrainItem, train_crf
from civannot.learn.crf_merged import MergedModel, merged_model
from civannot.preannotate import suggest
from tests.team_genre import team_docs


def test_each_rebuild_is_the_model_built_from_scratch():
    docs = team_docs(6, seed=4)
    data = train_crf(
        [TrainItem(d.text, d.spans, suggest(d.text).spans) for d in docs],
        params={"max_iterations": 10},
    )
    merged = MergedModel(data)
    rng = random.Random(3)
    pool = [*merged.weights.attrs, b"c=\xe2\x98\x83", b"unknown"]
    grown = 0
    for _ in range(6):
        for _ in range(rng.randint(70, 300)):
            merged.as_item(tuple(rng.sample(pool, rng.randint(2, 6))))
        if not merged.pending:
            continue
        data_grown = merged.grow()
        grown += 1
        fresh = merged_model(merged.weights, merged.items, merged.names, merged.hashes)
        assert data_grown == fresh
        tagger = pycrfsuite.Tagger()
        tagger.open_inmemory(data_grown)  # crfsuite reads it
        assert tagger.labels()
    assert grown >= 3
