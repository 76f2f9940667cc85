"""The lead's screen reads right (ux29): the learning curve's tick labels stay readable at
1366x768 (on the log2 axis of training documents, 128, 256, 512 and 1000 fall a few pixels apart
in the ~250 px the plot has there; drawn all, they ran together ("5121000") and the last one was
cut at the widget's edge), and one learned correction is said in the singular."""

from civannot.learn.lead_model import curve_plot, readable_ticks


def width(text: str) -> float:
    return 8.0 * len(text)  # a monospaced stand-in for the font's metrics


def test_labels_never_overlap_and_the_last_is_whole():
    sizes = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1000]
    curve = [{"documents": n, "both": 0.8, "rules": 0.7} for n in sizes]
    plot = curve_plot(curve, 250, 150)
    shown = readable_ticks(plot.x_ticks, width, 0, 250)
    texts = [t for _, t in shown]
    assert texts[0] == "1" and texts[-1] == "1000"  # the ends of the axis are always named
    assert len(texts) < len(sizes)  # some of the crowded ones give way
    for (a, ta), (b, _tb) in zip(shown, shown[1:], strict=False):
        assert a + width(ta) + 4 <= b  # each starts past the end of the one before
    start, text = shown[-1]
    assert start + width(text) <= 250  # inside the widget, not cut at its edge


def test_room_enough_shows_every_label():
    ticks = [(0.0, "1"), (100.0, "2"), (200.0, "4")]
    assert [t for _, t in readable_ticks(ticks, width, -10, 300)] == ["1", "2", "4"]


def test_y_labels_thin_out_when_the_plot_is_short():
    """Eleven ticks from 0.0 to 1.0 in 100 px with labels 15 px high: every other one, with 1.0
    (the axis's top, given last) kept."""
    curve = [{"documents": 1, "both": 0.0}, {"documents": 2, "both": 1.0}]
    plot = curve_plot(curve, 200, 100)
    assert len(plot.y_ticks) == 11
    ticks = [(-y, t) for y, t in plot.y_ticks]  # upwards, as the widget passes them
    shown = [t for _, t in readable_ticks(ticks, lambda _t: 15.0, -130, 40, 0)]
    assert shown[-1] == "1.0" and 4 <= len(shown) <= 6


def test_one_learned_correction_reads_in_the_singular():
    """The lead's screen and the command said "1 learned corrections of the rules apply"."""
    from civannot.learn.lead_model import model_summary

    def summary(switches: list[str]) -> str:
        info = {"documents": 3, "characters": 90, "sources": ["gold"], "model_labels": [],
                "corrections": {"switch_on": switches, "items": []}}  # fmt: skip
        return model_summary([{"version": 1, "created": "x", "info": info}])

    assert summary(["loc.place_whole"]).endswith(
        " 1 learned correction of the rules applies before it."
    )
    assert summary(["loc.place_whole", "gpe.before_post"]).endswith(
        " 2 learned corrections of the rules apply before it."
    )
    assert "learned correction" not in summary([])
