"""titles.find_appointments reads a name before 任 only where one of two to four characters can
open a clause there (speed30): 责任, 主任, 任务 are not looked at, and the appointments written
with 任 are read as before."""

from __future__ import annotations

from civannot.preannotate import engine, titles


def _pairs(text: str) -> set[tuple[str, str]]:
    s = engine.suggest(text)
    return {
        (s.spans[h].text, s.spans[t].text) for kind, h, t in s.relations if kind == "HOLDS_TITLE"
    }


def test_appointments_with_ren_still_read() -> None:
    text = "会上宣读了决定。欧阳青松任中共柳塘市委书记。韩小川任中共柳塘市委委员、常委。"
    assert ("欧阳青松", "中共柳塘市委书记") in _pairs(text)
    assert ("韩小川", "中共柳塘市委委员") in _pairs(text)


def test_no_name_read_before_ren_that_opens_no_clause(monkeypatch) -> None:
    asked: list[int] = []
    real = titles.name_before

    def spy(text: str, end: int, r: object) -> int:
        asked.append(end)
        return real(text, end, r)  # type: ignore[arg-type]

    monkeypatch.setattr(titles, "name_before", spy)
    text = (
        "各乡镇要压实主体责任，确保完成各项目标任务，县委办公室主任要亲自抓。"
        "今年以来，全县上下把创建工作作为重要政治任务来抓，责任落实到人。"
    )
    engine.suggest(text)
    # every 任 here follows more than four characters of its clause (or none of two to four
    # that a mark opens): find_appointments asks for no name before any of them
    assert not [e for e in asked if text[e : e + 1] == "任"]
    # a clause opened right before a name of two: asked
    asked.clear()
    named = "会议决定，林小川任柳塘县委副书记。"
    engine.suggest(named)
    assert named.index("任") in asked
