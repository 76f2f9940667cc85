"""GBK repair: readings that only the context can tell (issue 16). Made-up sentences, damaged with
the DESIGN.md §4 recipe (civannot.text.damage.gbk_lead_loss)."""

from __future__ import annotations

from civannot.text import normalize
from civannot.text.damage import gbk_lead_loss


def _repairs(text: str, index: int) -> tuple[str, list[tuple[str | None, list[str]]]]:
    n = normalize(gbk_lead_loss(text, index))
    return n.text, [(f.applied, f.alternatives) for f in n.flags if f.kind == "gbk_repair"]


def test_a_rare_character_that_completes_a_word_is_a_reading() -> None:
    # 垃 lost both bytes (`?` + U+FFFD). It is too rare as a word of its own to be among the
    # frequent characters offered for such a run, yet 垃圾 beside it leaves little doubt.
    text = "今年以来，青桐社区组织志愿者开展垃圾分类宣传，居民参与热情很高。"
    out, flags = _repairs(text, text.index("垃"))
    assert out == text
    assert flags and flags[0][0] == "垃"


def test_a_word_completed_on_the_right_is_offered_even_when_not_sure() -> None:
    # 励 of 激励: offered (and ranked first) though the margin keeps it a question
    text = "要完善激励机制，落实属地责任。"
    out, flags = _repairs(text, text.index("励"))
    applied, alternatives = flags[0]
    assert applied in ("励", "\ufffd")
    assert "励" in alternatives


def test_a_wider_search_keeps_the_word_the_context_asks_for() -> None:
    # With five options kept per end of the run and 24 shortlisted, the right first characters
    # (限 of 限期, 标 of 标准) were never weighed against the wrong guesses that were applied
    # (无期, 年准): a wrong character written into the text.
    text = "为巩固创建成果，县爱卫办组织检查组深入农贸市场，要求限期整改到位。"
    out, flags = _repairs(text, text.index("限"))
    assert out == text
    text = "枫林镇党委书记指出，要把群众满意作为检验创建工作的标准，切实解决身边小事。"
    out, flags = _repairs(text, text.index("标"))
    assert out == text
