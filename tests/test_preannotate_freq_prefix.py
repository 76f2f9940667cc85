"""titles._freq_word answers as jieba's FREQ.get does (issue 15: a word of four asked only where
its first three are a prefix the dictionary holds), and the prepared dictionary opens read-only."""

from civannot.preannotate.gazetteers import jieba_tokenizer
from civannot.preannotate.titles import _freq_word


def test_freq_word_is_freq_get() -> None:
    freq = jieba_tokenizer().FREQ
    words = [
        "领导班子", "领导干部", "领导小组", "领导甲乙", "领导王明", "领导", "领", "", "班子",
        "市领导", "县领导班", "组织部", "组织部长", "文明城市", "文明城市长", "创建全国", "某某某某",
    ]  # fmt: skip
    for w in words:
        assert _freq_word(w) == bool(freq.get(w)), w


def test_freq_lookups_after_memo() -> None:
    freq = jieba_tokenizer().FREQ
    for w in ("领导班子", "领导班子", "不是一个词语吧", "领导"):
        assert (w in freq) == (freq.get(w) is not None)
        assert freq.get(w, -1) == (freq[w] if w in freq else -1)
