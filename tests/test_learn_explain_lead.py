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


def test_rule_skips_say_what_switching_a_rule_off_leaves_out():
    """The rules screen's column (speed25): what switching a rule, or its family, off skips, as
    registry.skipped_steps decides it, given the rules off now."""
    from civannot.learn.lead_model import report_skips, rule_skips
    from civannot.preannotate.registry import DEFAULT_OFF, RULES

    rules = sorted(RULES)
    by_default = rule_skips(rules, sorted(DEFAULT_OFF))
    assert by_default.now == ()
    frame = by_default.rules["person.frame"]
    assert frame.steps == ("persons.find_names_after_heads", "persons.find_speaker_frames")
    assert frame.group == "person" and len(frame.group_steps) > 10
    # a rule whose steps make other rules' output: nothing alone, its family does
    marker = by_default.rules["directive.marker"]
    assert marker.steps == () and marker.group_steps == ("directives.find_directives",)
    assert by_default.rules["relation.issued_by.frame"].group == "relation.issued_by"
    assert by_default.rules["relation.issued_by.frame"].group_steps == ("directives.speakers",)
    # a title rule: its steps make names too, so not even its family skips one
    assert by_default.rules["title.chain"].steps == ()
    assert by_default.rules["title.chain"].group_steps == ()
    # with the directive family off: the reading is not run now, and each of its rules is
    # what keeps it out (switching one on would run it again)
    off = rule_skips(rules, [*DEFAULT_OFF, "directive"])
    assert off.now == ("directives.find_directives",)
    assert off.rules["directive.marker"].steps == ("directives.find_directives",)
    # the rules the schema leaves out count as off
    schema = rule_skips(rules, sorted(DEFAULT_OFF), ["loc.venue"])
    assert schema.now == ("venues.find_venues",)
    # a report's rows (an id the registry does not know gets nothing; its disabled list is used)
    report = {
        "disabled": [*DEFAULT_OFF, "person.visit", "no.such_rule"],
        "rules": [
            {"rule": "person.visit", "count": 0, "precision": None, "recall": None,
             "disabled": True, "description": ""},
            {"rule": "model:crf@1", "count": 3, "precision": 1.0, "recall": 0.5,
             "disabled": False, "description": ""},
        ],
    }  # fmt: skip
    got = report_skips(report)
    assert got.now == ("persons.find_visits",)
    assert got.rules["person.visit"].steps == ("persons.find_visits",)
    assert got.rules["model:crf@1"].steps == () and not got.rules["model:crf@1"].group
    rows = rule_rows(report)
    assert rows[0].skips.steps == ("persons.find_visits",)
