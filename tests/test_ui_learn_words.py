"""The learning's words in the window's language (ui21): a learned suggestion's provenance, the
learned corrections' names (the new `add L ending «kind»` and the switches of session 20) and
the convention switches' descriptions read the same as civannot.learn in English and in Chinese
in the Chinese UI; the lead's screen shows the corrections' names uncut. Made-up sentences."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from ui_support import use_temp_settings  # noqa: E402

from civannot.learn.corrections import FRAME_SEP, KIND_LEVEL, Correction  # noqa: E402
from civannot.learn.explain import explain  # noqa: E402
from civannot.preannotate.registry import CONVENTION_SWITCHES, RULES  # noqa: E402

pytestmark = pytest.mark.gui
CJK = re.compile(r"[\u4e00-\u9fff]")

CORRECTIONS = [
    Correction("add", "LOC", cond="end", arg="湾路"),
    Correction("add", "ORG", other=KIND_LEVEL, cond="end", arg="站"),
    Correction("add", "ORG", cond="frame", arg=f"来到{FRAME_SEP}检查"),
    Correction("add", "GPE", arg="云川新区"),
    Correction("merge", "DATE", "DATE", "DATE", arg="至"),
    Correction("merge", "TITLE", "TITLE", "TITLE"),
    Correction("split", "TITLE", "GPE", "TITLE", cond="after", arg="县"),
    Correction("split", "TITLE", "GPE", "TITLE", cond="known"),
    Correction("relabel", "ORG", "LOC", cond="text", arg="文化广场"),
    Correction("relabel", "ORG", "LOC", cond="rule", arg="org.bare"),
    Correction("drop", "SLOGAN", cond="rule", arg="slogan.quoted"),
    Correction("drop", "ORG", cond="text", arg="两委"),
    Correction("extend", "ORG", cond="pre", arg="中共"),
    Correction("extend", "ORG", cond="suf", arg="办"),
    Correction("trim", "DATE", cond="pre", arg="于"),
    Correction("trim", "DATE", cond="suf", arg="上午"),
]
NAMES = [c.name() for c in CORRECTIONS] + [f"switch on {r}" for r in sorted(CONVENTION_SWITCHES)]
PROVENANCES = ["title.chain", "relation.issued_by.relayed_author", "model:crf@3", "nosuch.rule"]
PROVENANCES += [f"learned:{n}@2" for n in NAMES]
_INFO = {
    "trained": "2026-12-04T10:00:00Z",
    "documents": 12,
    "characters": 1210,
    "sources": ["gold"],
}
VERSIONS: list[list[dict]] = [
    [],
    [{"version": 1, "created": "x", "info": _INFO}],
    [
        {
            "version": 2,
            "created": "x",
            "info": {
                **_INFO,
                "policy": {
                    "TITLE": "union",
                    "ORG": "model+",
                    "GPE": "model",
                    "HOLDS_TITLE": "chain",
                },
                "corrections": {"switch_on": ["loc.place_whole"], "items": []},
            },
        }
    ],
]


def test_english_reads_as_civannot_learn_says(qapp) -> None:  # noqa: ANN001
    from civannot.ui.i18n import install_language
    from civannot.ui.learn_words import correction_text, rule_description

    install_language("en")
    assert [correction_text(n) for n in NAMES] == NAMES
    for prov in PROVENANCES:
        for conf in (None, 0.85):
            from civannot.ui.learn_words import explain_text

            assert explain_text(prov, conf) == explain(prov, conf)
    assert rule_description("gpe.corps_before_post") == RULES["gpe.corps_before_post"]
    from civannot.learn.lead_model import model_summary
    from civannot.ui.learn_words import model_summary_text

    for versions in VERSIONS:
        assert model_summary_text(versions) == model_summary(versions)


def test_chinese_names_every_correction_and_switch(qapp) -> None:  # noqa: ANN001
    from civannot.ui.i18n import install_language
    from civannot.ui.learn_words import correction_text, explain_text, rule_description

    assert install_language("zh_CN") == "zh_CN"
    try:
        for name in NAMES:
            text = correction_text(name)
            assert text != name and CJK.search(text), name
        assert correction_text("add LOC ending «湾路»") == "添加 LOC：以«湾路»结尾的名称"
        assert correction_text("add ORG ending «站» with its level") == (
            "添加 ORG：以«站»结尾、前有层级的名称"
        )
        for rule in CONVENTION_SWITCHES:  # a description edited in the registry needs its .ts entry
            assert CJK.search(rule_description(rule).replace("某", "").split("（")[0]), rule
        assert explain_text("learned:add LOC ending «湾路»@2", 1.0) == (
            "第 2 版模型学到的规则修正（添加 LOC：以«湾路»结尾的名称） · 训练金标准上的精确率 100%"
        )
        assert explain_text("model:crf@3", 0.5) == "模型 crf，第 3 版 · 置信度 50%"
        assert explain_text("title.chain").startswith("规则 title.chain：")
        from civannot.ui.learn_words import curve_name, model_summary_text

        for versions in VERSIONS:
            text = model_summary_text(versions)
            assert CJK.search(text) and not re.search(r"\b(?:trained|documents|decides)\b", text)
        assert [curve_name(k) for k in ("rules", "corrected", "model", "both")] == [
            "规则",
            "+学习修正",
            "模型",
            "合并",
        ]
    finally:
        install_language("en")


def _kind_and_switch_project(path):  # noqa: ANN001, ANN202
    """A team's gold that reads relayed speeches as the author's and tags the roads of a made-up
    city (某某路) the rules do not read: training learns the switch and `add LOC ending «路»`."""
    from civannot.learn.data import GoldDoc
    from civannot.records import Span
    from tests.learn_support import gold_project
    from tests.test_learn_kind_corrections import ROADS
    from tests.test_preannotate_conventions21 import AUTHOR, NAMES, PLACES, _on, _relay_text

    frames = [
        "城管队员集中整治{}路占道经营，督促商户落实门前三包。",
        "志愿者在{}路清理小广告，劝导市民文明出行。",
        "检查组随后来到{}路，查看背街小巷环境卫生。",
        "{}路沿线商户主动清理门前杂物。",
        "社区干部带领居民打扫{}路两侧绿化带。",
        "交警部门对{}路乱停乱放开展专项整治。",
    ]
    docs = []
    for i in range(12):
        road = ROADS[i % 5]
        t = (
            _relay_text(PLACES[i % 6], NAMES[i % 6], NAMES[(i + 2) % 6])
            + f"{PLACES[(i + 1) % 6]}县委书记{NAMES[(i + 4) % 6]}强调，各街道要加强日常巡查。"
            + frames[i % 6].format(road)
        )
        g = _on(t, AUTHOR)
        spans = [Span(s.start, s.end, s.label, s.text) for s in g.spans]
        s = t.index(road)
        e = s + len(road) + 1
        keep = [k for k, x in enumerate(spans) if not (x.start < e and s < x.end)]
        new = {k: j for j, k in enumerate(keep)}
        rels = [(r[0], new[r[1]], new[r[2]]) for r in g.relations if r[1] in new and r[2] in new]
        spans = [spans[k] for k in keep] + [Span(s, e, "LOC", t[s:e])]
        docs.append(GoldDoc(t, t, spans, rels))
    return gold_project(path, [(f"doc{i:03d}", d) for i, d in enumerate(docs)])


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_lead_screen_shows_the_new_corrections_readable_and_uncut(
    qtbot,  # noqa: ANN001
    tmp_path,  # noqa: ANN001
    language: str,
) -> None:
    from civannot.ui.i18n import install_language
    from tests.test_ui_learning import _trained_rules_screen

    use_temp_settings(tmp_path)
    install_language(language)
    try:
        p = _kind_and_switch_project(tmp_path / "team.civ")
        with _trained_rules_screen(qtbot, p) as (screen, rows):
            names = [r[0] for r in rows]
            if language == "en":
                assert "switch on relation.issued_by.relayed_author" in names
                assert "add LOC ending «路»" in names
            else:
                assert "启用 relation.issued_by.relayed_author" in names
                assert "添加 LOC：以«路»结尾的名称" in names
                head = [screen.corrections.horizontalHeaderItem(j).text() for j in range(3)]
                assert all(CJK.search(h) for h in head), head
                tip = screen.corrections.item(0, 0).toolTip()
                assert "讲话精神" in tip and "默认停用" in tip
            screen.show()
            qtbot.waitExposed(screen)
            table = screen.corrections
            # the names are readable in the screen's default size: no column cut
            assert table.columnWidth(0) >= table.sizeHintForColumn(0) - 8
            for j in (1, 2):
                assert table.columnWidth(j) >= table.horizontalHeader().sectionSizeHint(j) - 2
    finally:
        install_language("en")
