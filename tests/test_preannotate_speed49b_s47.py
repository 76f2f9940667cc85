"""speed49b (session 47): the quote tests of slogans.py ask their character sets in C (isdisjoint,
map) instead of a generator step per character, and _is_slogan skips the numeral cuts of a quote
with no numeral left: the same answers. Made-up sentences in the real forms."""

from __future__ import annotations

import pytest

from civannot.preannotate import slogans
from civannot.preannotate.common import _CN_NUM, rules
from civannot.preannotate.engine import suggest

# (sentence, quote, _is_slogan's answer, the suggestions) as the generator forms gave them
CASES = [
    ("岚江县开展“三改一拆”行动。", "三改一拆", True, [(0, 3, "GPE"), (6, 10, "SLOGAN")]),
    ("周立新提出“一核两翼”发展格局。", "一核两翼", True, [(6, 10, "SLOGAN")]),
    ("岚江县推行“第一书记”制度。", "第一书记", True, [(6, 10, "SLOGAN")]),
    ("居民说“我们都很满意呢”。", "我们都很满意呢", False, []),
    ("他强调要树立“一盘棋”思想。", "一盘棋", False, [(3, 13, "DIRECTIVE")]),
    ("全县开展“五大攻坚”行动。", "五大攻坚", True, [(5, 9, "SLOGAN")]),
    ("岚江县启动“百日攻坚”专项行动。", "百日攻坚", True, [(0, 3, "GPE"), (6, 10, "SLOGAN")]),
    ("岚江县推进“2号工程”建设。", "2号工程", True, [(0, 3, "GPE"), (6, 10, "SLOGAN")]),
    ("岚江县打造“三明治”品牌。", "三明治", True, [(0, 3, "GPE"), (6, 9, "SLOGAN")]),
    ("岚江县落实“一年一考”机制。", "一年一考", True, [(6, 10, "SLOGAN")]),
    ("岚江县践行“严、实、快、稳”作风。", "严、实、快、稳", True, [(6, 13, "SLOGAN")]),
    ("岚江县开展“清洁家园”行动。", "清洁家园", True, [(0, 3, "GPE"), (6, 10, "SLOGAN")]),
    ("岚江县提出“一街一策、一巷一策”。", "一街一策、一巷一策", True, [(6, 15, "SLOGAN")]),
    ("岚江县开展“十个一”活动。", "十个一", True, [(0, 3, "GPE"), (6, 9, "SLOGAN")]),
    ("岚江县强化“抓早抓小”的意识。", "抓早抓小", True, [(6, 10, "SLOGAN")]),
    ("岚江县推行“河长制”。", "河长制", True, [(6, 9, "SLOGAN")]),
    ("大家都来“看一看”。", "看一看", False, []),
    ("整治工作不能“一阵风”。", "一阵风", False, []),
    ("岚江县举办“第三届岚江文化节”。", "第三届岚江文化节", False, []),
    ("岚江县决定“停止评优资格一年”。", "停止评优资格一年", False, []),
    ("岚江县推出“四川味道”专区。", "四川味道", False, []),
    ("岚江县开展“三个一批”活动。", "三个一批", True, [(0, 3, "GPE"), (6, 10, "SLOGAN")]),
    ("岚江县推行“一次办好”改革。", "一次办好", True, [(6, 10, "SLOGAN")]),
    ("岚江县开展“文明出行”宣传。", "文明出行", False, [(0, 3, "GPE"), (6, 10, "SLOGAN")]),
]


@pytest.mark.parametrize(("text", "quote", "slogan", "spans"), CASES)
def test_quotes_read_as_before(text: str, quote: str, slogan: bool, spans: list) -> None:
    after = text.index("“" + quote) + len(quote) + 2
    assert slogans._is_slogan(quote, text, after, rules().g) is slogan
    assert [(s.start, s.end, s.label) for s in suggest(text).spans] == spans


@pytest.mark.parametrize(
    "quote",
    [
        "三改一拆",
        "看一看",
        "清洁家园",
        "第三届文化节",
        "2号工程",
        "我们都很满意呢",
        "",
        "一",
        "岚江",
    ],
)
def test_set_tests_answer_as_the_generators(quote: str) -> None:
    # with its characters (a numeral, a particle, a digit) and without
    assert slogans._CN_NUM_CHARS.isdisjoint(quote) == (not any(ch in _CN_NUM for ch in quote))
    assert slogans._PARTICLES.isdisjoint(quote) == (not any(ch in "吗呢吧啊呀了" for ch in quote))
    assert any(map(str.isdigit, quote)) == any(ch.isdigit() for ch in quote)


def test_a_quote_whose_numerals_are_all_cut_counts_no_parts() -> None:
    # 第三届: an edition's ordinal, cut before the stop words are: nothing left to count
    text = "岚江县举办“第三届岚江文化节”。"
    assert not slogans._is_slogan("第三届岚江文化节", text, 15, rules().g)
    # a numeral left after the cuts still counts (三个一批: the quote is read)
    text = "岚江县开展“三个一批”活动。"
    assert slogans._is_slogan("三个一批", text, 11, rules().g)


def _prepared_freq():  # noqa: ANN202 - jieba_dict.LazyFreq
    from civannot.preannotate import jieba_dict

    db = jieba_dict._prepared()
    if db is None:
        pytest.skip("no prepared dictionary (jieba's own FREQ, no LazyFreq)")
    return jieba_dict.LazyFreq(db), db


def _asked(db: object, key: str) -> int | None:
    row = db.con().execute("SELECT f FROM freq WHERE w = ?", (key,)).fetchone()  # type: ignore[attr-defined]
    return None if row is None else row[0]


def test_every_prefix_of_a_key_is_a_key() -> None:
    # (what LazyFreq's answer without a query rests on: gen_pfdict puts each prefix in)
    _, db = _prepared_freq()
    con = db.con()
    keys = [w for (w,) in con.execute("SELECT w FROM freq WHERE length(w) >= 3 LIMIT 3000")]
    assert keys
    assert all(_asked(db, w[:-1]) is not None and _asked(db, w[:2]) is not None for w in keys)


@pytest.mark.parametrize(
    "keys",
    [
        # an absent pair asked first, then names and words that open with it
        ["鼷鼹", "鼷鼹新", "鼷鼹新区", "鼷鼹新区长"],
        # a pair that is a key (a word's prefix), then longer keys, present and absent
        ["中华", "中华人", "中华人民", "中华鼷鼹", "中华鼷鼹村"],
        # the longer keys first, the prefix after
        ["岚江县周立新", "岚江", "岚江县", "岚江县周"],
        ["周立新", "周立", "周立新在", "周立鼷"],
    ],
)
def test_lazy_freq_answers_as_the_table(keys: list[str]) -> None:
    freq, db = _prepared_freq()
    for k in keys:
        want = _asked(db, k)
        assert freq.get(k) == want
        assert (k in freq) is (want is not None)
        assert freq.get(k, 0) == (want or 0)
