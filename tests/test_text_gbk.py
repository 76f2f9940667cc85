"""GBK lead-byte repair on texts damaged with the DESIGN.md §4 recipe."""

from __future__ import annotations

import random

from civannot.text import gbk, normalize
from civannot.text.damage import gbk_lead_loss, sample_article


def test_recipe_produces_the_documented_damage() -> None:
    d = gbk_lead_loss("各区县和市直部门作了发言。", 10)
    assert d.startswith("各区县和市直部门作了?")
    assert "\ufffd" in d


def test_repair_in_an_article_is_applied_and_flagged() -> None:
    art = sample_article(random.Random(5))
    i = art.index("文明城市")
    damaged = gbk_lead_loss(art, i)
    n = normalize(damaged)
    assert n.text == art
    flags = [f for f in n.flags if f.kind == "gbk_repair"]
    assert len(flags) == 1
    f = flags[0]
    assert f.applied == n.text[f.start : f.end]
    assert f.confidence is not None and f.confidence > 0.5
    assert f.alternatives  # the original damaged text is among them, to undo
    rs, re_ = n.offset_map.to_raw(f.start, f.end)
    assert damaged[rs] == "?"


def test_in_article_evidence_decides() -> None:
    # Alone, the language model prefers 地委书记 for the lost byte of 县委书记; an article that
    # names the 县委书记 elsewhere settles it.
    damaged = gbk_lead_loss("会上，县委书记王立新出席会议并讲话。", 3)
    alone = [r for r in gbk.find_repairs(damaged) if not r.question_mark]
    assert alone and alone[0].best != "县委" and alone[0].applied in (None, "\ufffd委")
    article = "县委书记王立新强调，要扎实推进创建工作。\n" + damaged
    n = normalize(article)
    assert (
        n.text == "县委书记王立新强调，要扎实推进创建工作。\n会上，县委书记王立新出席会议并讲话。"
    )
    f = next(f for f in n.flags if f.kind == "gbk_repair")
    assert f.applied == "县委"


def test_unclear_repair_left_visible_with_alternatives() -> None:
    damaged = gbk_lead_loss("要持续开展城乡环境卫生专项整治。", 0)  # 要 lost both bytes
    n = normalize(damaged)
    f = next(f for f in n.flags if f.kind == "gbk_repair")
    # no guess: the one character that lost both bytes becomes U+FFFD (`?�` said it was one
    # character), its readings on offer
    assert f.applied == "\ufffd" and n.text[f.start] == "\ufffd"
    assert "要" in f.alternatives and len(f.alternatives) >= 2
    assert n.text == "\ufffd持续开展城乡环境卫生专项整治。"


def test_repairs_on_many_articles_are_mostly_right_and_never_silent() -> None:
    rng = random.Random(11)
    applied_right = applied_wrong = 0
    for _ in range(60):
        art = sample_article(rng)
        i = rng.randrange(len(art))
        try:
            damaged = gbk_lead_loss(art, i)
        except (ValueError, UnicodeEncodeError):
            continue
        n = normalize(damaged)
        flags = [f for f in n.flags if f.kind == "gbk_repair"]
        assert flags or n.text == art
        for f in flags:
            if f.applied is not None:
                if n.text == art:
                    applied_right += 1
                elif not _only_unsure_marked(n.text, art):
                    applied_wrong += 1
                # else: the certain part written, each unsure character as U+FFFD (no guess)
    assert applied_right >= 35
    assert applied_wrong <= 2


def _only_unsure_marked(out: str, clean: str) -> bool:
    """Is `out` the clean text with some characters replaced by U+FFFD, and nothing else?"""
    return len(out) == len(clean) and all(
        a in (b, "\ufffd") for a, b in zip(out, clean, strict=True)
    )
