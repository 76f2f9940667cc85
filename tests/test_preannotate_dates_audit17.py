"""DATE and DOC in the forms the session-16 audit of places, dates and documents on real reports
(issue 16: audloc17) checked: a letter or an appeal in 《》 beside a regulation (no document then;
a document's title since session 39, as both golds of f39 read a letter: audit39), the short
reference 《条例》 is one, and the dates of stamps, bare days and 今天 in quoted speech. Every
example is made up in the same form: the names are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a letter in a run of titles with a regulation (a document's title too since session 39,
        # as both golds of f39 read a letter: audit39)
        (
            "街道向居民发放《柳州市文明行为促进条例》及《致全市人民的一封信》和宣传品。",
            {("柳州市文明行为促进条例", "DOC"), ("致全市人民的一封信", "DOC")},
            set(),
        ),
        # an appeal after a verb of issuing (session 39, audit39: a DOC)
        (
            "区文明办发布《青溪区文明养犬倡议书》，号召居民文明养犬。",
            {("青溪区文明养犬倡议书", "DOC")},
            set(),
        ),
        # the short reference to a regulation named before
        (
            "为宣传《青州市文明行为促进条例》（以下简称《条例》），志愿者讲解《条例》内容。",
            {("青州市文明行为促进条例", "DOC"), ("条例", "DOC")},
            set(),
        ),
        # a code of conduct posted as a poster
        (
            "各社区张贴《柳州市市民文明公约》公益广告。",
            {("柳州市市民文明公约", "DOC")},
            set(),
        ),
        # 今天 in quoted speech, a stamp with its time, a bare day after a byline
        (
            "“《青州市文明行为促进条例》今天启动了。”3月2日，志愿者走上街头。",
            {("今天", "DATE"), ("3月2日", "DATE")},
            set(),
        ),
        (
            "民生   2024-11-01 20:51   某省\n本报讯 （记者 柳青） 5日下午，督导组到青阳街道督导。",
            {("2024-11-01 20:51", "DATE"), ("5日下午", "DATE")},
            set(),
        ),
    ],
)
def test_dates_docs_audit17(
    text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]
) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got
