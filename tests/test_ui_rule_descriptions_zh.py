"""Every pre-annotation rule's description (registry.RULES), shown in tooltips and the lead's Rules
screen through QCoreApplication.translate("rules", …), has a Simplified Chinese translation."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from importlib import resources

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from civannot.preannotate.registry import RULES  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]")
DESCRIPTIONS = sorted({desc for desc in RULES.values() if desc})


def rules_context() -> dict[str, ET.Element]:
    path = resources.files("civannot.resources").joinpath("translations", "civannot_zh_CN.ts")
    root = ET.fromstring(path.read_bytes())
    return {
        msg.findtext("source") or "": msg
        for ctx in root.iter("context")
        if ctx.findtext("name") == "rules"
        for msg in ctx.iter("message")
    }


def test_every_rule_description_has_a_finished_translation_in_the_ts() -> None:
    messages = rules_context()
    missing = [d for d in DESCRIPTIONS if d not in messages]
    assert not missing, f"{len(missing)} rule descriptions not in the rules context: {missing[:5]}"
    bad = []
    for desc in DESCRIPTIONS:
        tr = messages[desc].find("translation")
        assert tr is not None
        text = tr.text or ""
        if tr.get("type") in ("unfinished", "obsolete", "vanished") or not CJK.search(text):
            bad.append(desc)
        # the rule ids a description names stay as they are
        for rid in re.findall(r"\b[a-z]+(?:\.[a-z_]+)+\b", desc):
            if rid in RULES and rid not in text:
                bad.append((desc, rid))
    assert not bad, bad[:5]


@pytest.mark.gui
def test_rule_descriptions_are_chinese_under_zh_cn(qtbot, tmp_path) -> None:  # noqa: ANN001
    """The compiled .qm gives them: rule_description under the app's install_language("zh_CN")."""
    from ui_support import use_temp_settings

    from civannot.ui.i18n import install_language
    from civannot.ui.learn_words import rule_description

    use_temp_settings(tmp_path)
    assert install_language("zh_CN") == "zh_CN"
    try:
        english = [rule for rule, desc in RULES.items() if desc and rule_description(rule) == desc]
        assert not english, f"{len(english)} rules shown in English: {english[:5]}"
        assert "HOLDS_TITLE" in rule_description("relation.holds.adjacent")
    finally:
        install_language("en")
    assert rule_description("date.pattern") == RULES["date.pattern"]
