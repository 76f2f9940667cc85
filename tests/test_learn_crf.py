import pytest

from civannot.learn.crf import CrfModel, TrainingCancelled, TrainItem, train_crf
from civannot.preannotate import suggest
from civannot.records import Span
from tests.learn_support import synthetic_docs

FAST = {"max_iterations": 25}


def items(n: int, seed: int = 0) -> list[TrainItem]:
    docs = synthetic_docs(n, seed)
    return [TrainItem(d.text, d.spans, suggest(d.text).spans, d.labels) for d in docs]


@pytest.fixture(scope="module")
def model() -> CrfModel:
    return CrfModel(train_crf(items(16), params=FAST))


def test_model_learns_what_the_rules_miss(model):
    text = "昨天，云溪商户联盟组织成员开展活动。市委书记赵明华强调，要压实属地责任。"
    rules = suggest(text)
    assert not any(s.label == "ORG" for s in rules.spans)  # the rules never see 联盟
    tagged = model.tag(text, rules.spans)
    got = {(s.start, s.end, s.label) for s in tagged.spans}
    assert (3, 9, "ORG") in got
    assert (18, 22, "TITLE") in got and (22, 25, "PERSON") in got
    assert all(0 < s.confidence <= 1 for s in tagged.spans)
    assert 0 <= tagged.uncertainty < 1 and 0 <= tagged.least_confident < 1


def test_progress_and_cancel():
    seen = []
    train_crf(items(3), params={"max_iterations": 5}, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1] == (5, 5) and all(t == 5 for _, t in seen)
    with pytest.raises(TrainingCancelled):
        train_crf(items(3), params=FAST, cancel=lambda: True)
    calls = iter(range(100))
    with pytest.raises(TrainingCancelled):  # cancel between iterations, not only before
        train_crf(items(3), params=FAST, cancel=lambda: next(calls) > 6)


def test_partial_gold_takes_the_rules_tags_for_labels_it_does_not_cover():
    text = "市委书记王明远强调，要做好工作。"
    rules = suggest(text).spans
    # gold of PERSON only: the TITLE the rules found is not taught as "outside"
    item = TrainItem(text, [Span(4, 7, "PERSON")], rules, frozenset({"PERSON"}))
    from civannot.learn.crf import _target_tags

    tags = _target_tags(item)
    assert tags[0] == "B-TITLE" and tags[4] == "B-PERSON"


def test_nothing_to_train_on_is_refused():
    with pytest.raises(ValueError):
        train_crf([])


def test_other_algorithms_take_only_their_parameters():
    data = train_crf(items(3), params={"algorithm": "ap", "max_iterations": 3})
    assert CrfModel(data).labels


def test_without_the_spread_the_spans_and_confidences_are_the_same(model):
    from civannot.learn.uncertainty import document_uncertainty

    text = "昨天，云溪商户联盟组织成员开展活动。市委书记赵明华强调，要压实属地责任。"
    spans = suggest(text).spans
    full = model.tag(text, spans)
    quick = model.tag(text, spans, spread=False)
    assert quick.spans == full.spans and quick.least_confident == full.least_confident
    assert quick.uncertainty is None and full.uncertainty is not None
    # the documents' order reads the score, which does not need the spread
    with_spread = document_uncertainty(full, spans)
    without = document_uncertainty(quick, spans)
    assert "margin" in with_spread and "margin" not in without
    assert without == {k: v for k, v in with_spread.items() if k != "margin"}
