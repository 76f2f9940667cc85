from civannot.learn.explain import explain, parse_model
from civannot.learn.lead_model import curve_plot, evaluation_rows, model_summary, rule_rows


def test_explain_rules_models_and_nothing():
    assert explain("") == ""
    text = explain("title.chain", 0.85)
    assert text.startswith("rule title.chain: a title") and text.endswith("confidence 85%")
    assert explain("model:crf@3", 0.724) == "model crf, version 3 · confidence 72%"
    assert explain("gazetteer:gpe").startswith("rule gazetteer:gpe: a province")
    assert explain("someone.else") == "rule someone.else"
    assert parse_model("model:crf@12") == ("crf", 12) and parse_model("model:crf@x") is None
    long = explain("org.named")
    assert len(long) < 120 and long.endswith("…")


def test_rule_rows_mark_the_weak_ones():
    report = {"rules": [
        {"rule": "a.x", "count": 10, "precision": 0.5, "recall": 0.25, "disabled": True,
         "description": "x"},
        {"rule": "b.y", "count": 0, "precision": None, "recall": None, "disabled": False,
         "description": "y"},
    ]}  # fmt: skip
    rows = rule_rows(report, bar=0.7)
    assert [(r.rule, r.precision, r.recall, r.enabled, r.worst) for r in rows] == [
        ("a.x", "50.0", "25.0", False, True),
        ("b.y", "—", "—", True, False),
    ]


def test_curve_plot_scales_into_the_box():
    curve = [
        {"documents": 2, "rules": 0.8, "model": 0.6, "both": 0.82},
        {"documents": 4, "rules": 0.8, "model": 0.75, "both": 0.86},
        {"documents": 8, "rules": 0.8, "model": 0.85, "both": 0.9},
    ]
    plot = curve_plot(curve, 300, 100)
    assert set(plot.series) == {"rules", "model", "both"}
    xs = [x for x, _ in plot.series["both"]]
    assert xs == [0, 150, 300]  # log2 scale: doubling is one step
    ys = [y for _, y in plot.series["both"]]
    assert ys == sorted(ys, reverse=True)  # higher F1 is drawn higher
    assert all(0 <= y <= 100 for line in plot.series.values() for _, y in line)
    assert plot.y_ticks[0][1] == "0.6" and plot.y_ticks[-1] == (0.0, "1.0")
    assert [t for _, t in plot.x_ticks] == ["2", "4", "8"]
    assert curve_plot([], 10, 10).series == {}


def test_evaluation_rows_and_summary():
    score = {"labels": {"ORG": {"gold": 3, "pred": 3, "precision": 1.0, "recall": 1.0, "f1": 1.0}},
             "micro": {"gold": 3, "pred": 3, "precision": 1.0, "recall": 1.0, "f1": 1.0},
             "relations": {}}  # fmt: skip
    rows = evaluation_rows({"evaluation": {"rules": score, "model": score, "both": score}})
    # (an evaluation stored before learned corrections has no "+corrections" figure)
    # micro first: below the labels it was under the fold of the lead's screen
    assert [r[0] for r in rows] == ["micro", "ORG"]
    assert rows[1] == ["ORG", "3", "1.000", "—", "1.000", "1.000"]
    assert evaluation_rows({}) == []
    assert "No model" in model_summary([])
    info = {"trained": "2026-01-01T00:00:00Z", "documents": 5, "characters": 900,
            "sources": ["gold"], "model_labels": ["ORG"]}  # fmt: skip
    line = model_summary([{"version": 2, "created": "x", "info": info}])
    assert "version 2" in line and "5 documents" in line and "decides ORG" in line


def test_policy_text_says_what_the_model_decides():
    from civannot.learn.lead_model import policy_text

    pol = {"TITLE": "model", "ORG": "union", "GPE": "rules", "HOLDS_TITLE": "chain"}
    assert policy_text(pol) == (
        "TITLE, ORG added to the rules, HOLDS_TITLE completed along title chains"
    )
    assert policy_text({"GPE": "rules"}) == "" and policy_text(None) == ""
