"""ORG rules: level + body (市委宣传部, 县创文办, 市城管局) with a place prefix and numbered
sub-units (org.grammar); 党中央 coordinated with a party committee (org.central); schools and
outlets named after a place (org.place_kind); outlets and small bodies named by their kind
(org.named: X新闻网, X派出所, X街道办; kinds in resources/gazetteers/org_named_kinds.txt);
companies by their suffix (org.company). 市委 inside a title is not ORG: titles win overlaps."""

from __future__ import annotations

import re

from civannot.preannotate.common import (
    _BAD_NAME_CHARS,
    _PUNCT_BOUNDARY,
    Cand,
    Doc,
    _is_cjk,
    _level_ok,
    _Rules,
)
from civannot.preannotate.gazetteers import CJK, Gazetteers, jieba_tokenizer
from civannot.preannotate.places import _stem_ok, extend_gpe_prefix

# where the name of an outlet or a small body may begin: after punctuation, a line start, a
# connective or a verb of going (到城关派出所)
_NAME_START_AFTER = set("和及与到在至赴对由据讯")


# an outlet by its dateline (某某网讯, 某某在线讯) or as a source (据某某发布消息): the name
# starts a line or follows 据 / 来源：, so a place inside it is no GPE
_OUTLET = re.compile(
    # both branches open after one of these characters (or a line start): tested once per
    # position before either branch is tried
    r"(?:^|(?<=[\n 　据：:]))"
    rf"(?:(?:^|(?<=[\n 　]))([{CJK}]{{2,6}}?(?:网|在线))(?=讯|消息)"
    rf"|(?:(?<=据)|(?<=来源：)|(?<=来源:))([{CJK}]{{2,6}}?(?:发布|在线|融媒|网))"
    rf"(?=消息|[，。\s）)]|$))",
    re.M,
)


def _named_orgs(text: str, r: _Rules) -> list[Cand]:
    """某某新闻网, 某某日报, 某某派出所, 某某街道办: the kind is found first, then the longest name
    before it (2 to 8 characters) that starts after punctuation or a connective. The outlet's
    name holds a place (澄岭新闻网): the ORG is the whole, never the place inside."""
    out: list[Cand] = []
    for m in r.named_org_kind.finditer(text):
        k = m.start()
        lo = k
        while (
            lo > k - 8
            and lo > 0
            and _is_cjk(text[lo - 1])
            and text[lo - 1] not in _NAME_START_AFTER
            and text[lo - 1] not in _BAD_NAME_CHARS
        ):
            lo -= 1
        prev = text[lo - 1] if lo else "\n"
        # the name must start at a boundary, not be the tail of a longer run of text
        if lo == k or (
            _is_cjk(prev) and prev not in _NAME_START_AFTER and prev not in _BAD_NAME_CHARS
        ):
            continue
        best = lo
        name = text[best:k]
        # 各派出所, 全市日报: a generic head is no name
        if name[0] in "各全每该本我这那其":
            continue
        if len(name) == 1 and name not in "乡镇县市区省":
            continue
        out.append(Cand(best, m.end(), "ORG", 0.7, 3, "org.named"))
    return out


def _jieba_stem_start(text: str, end: int, suffix: str) -> int | None:
    """环境集团, 城投公司: the name is the one or two jieba words right before the suffix."""
    s = end - len(suffix)
    lo = max(0, s - 8)
    words = jieba_tokenizer().lcut(text[lo:s], HMM=False)
    start = s
    taken = 0
    for w in reversed(words):
        if taken == 2 or not all(_is_cjk(c) for c in w) or len(w) == 1:
            break
        start -= len(w)
        taken += 1
    if start == s or s - start > 8:
        return None
    # keep a level written before it (市城投集团); a place name too (九江日报社)
    if start > 0 and text[start - 1] in "省市县区" and _level_ok(text, start - 1):
        start -= 1
    return start


_MEETING_VERBS = ("召开", "举行")
_SUB_UNIT = re.compile(rf"第[一二三四五六七八九十]+[{CJK}]{{1,6}}?(?:室|处|科|组|庭|中队|分局)")


def _place_start(
    text: str, s: int, name_end: int, g: Gazetteers, doc_stems: set[str]
) -> int | None:
    """某某日报 / 某某县第一中学: the outlet or school is ORG when its name is a known place."""
    seg = text[s:name_end]
    for k in range(len(seg)):
        head = seg[k:]
        stem = head.rstrip("市县区") if len(head) > 2 else head
        if (
            stem in doc_stems
            or stem in g.gpe_names
            or stem in g.admin_stems
            or head in g.admin_full
        ):
            return s + k
        # 某某县第一中学: a name written with its unit is a place even when nobody knows it
        if len(head) == 3 and head[-1] in "市县区" and _stem_ok(text, s + k, name_end - 1):
            prev = text[s + k - 1] if s + k else "\n"
            if prev in _PUNCT_BOUNDARY or prev in "和及与到在至赴":
                return s + k
    return None


def find_orgs(doc: Doc) -> None:
    """org.grammar, org.central, org.place_kind, org.named"""
    text, r = doc.text, doc.r
    g = r.g
    for m in r.org.finditer(text):
        s, e = m.start(), m.end()
        if not _level_ok(text, s):
            continue
        seg = text[s:e]
        if text[s] == "州" and text[s + 1 : s + 2] == "市":
            s += 1  # 溱州市…领导小组: 州 ends the city's name, the level is 市
        cut = max(seg.rfind(v) for v in _MEETING_VERBS)
        if cut >= 0:
            # 某市召开创建…领导小组会议: the body is what follows the verb
            s += cut + 2
            if e - s < 4:
                continue
        else:
            s = extend_gpe_prefix(doc, s)
        sub = _SUB_UNIT.match(text, e)
        if sub is not None:
            e = sub.end()  # 市纪委监委第三监督检查室: a numbered office of the body
        doc.add(s, e, "ORG", 0.7, 2, "org.grammar")
    for m in re.finditer(r"(?:党)?中央(?=[和、及与](?:省|市|县|区)委)", text):
        doc.add(m.start(), m.end(), "ORG", 0.7, 2, "org.central")
    for m in r.place_org_kind.finditer(text):
        k = m.start()
        lo = k
        while lo > max(0, k - 5) and _is_cjk(text[lo - 1]):
            lo -= 1
        if k - lo >= 2:
            ps = _place_start(text, lo, k, g, doc.doc_stems)
            if ps is not None:
                doc.add(ps, m.end(), "ORG", 0.7, 2, "org.place_kind")
    doc.cands.extend(_named_orgs(text, r))
    # 某某网讯 / 某某在线讯 / 据某某发布: an outlet named in a dateline or as a source
    doc.cands.extend(
        Cand(m.start(m.lastindex or 1), m.end(m.lastindex or 1), "ORG", 0.65, 3, "org.named")
        for m in _OUTLET.finditer(text)
    )


def find_companies(doc: Doc) -> None:
    """org.company: 环境集团, 城投公司 (the name is the one or two jieba words before)."""
    text = doc.text
    for m in doc.r.org_generic.finditer(text):
        s = _jieba_stem_start(text, m.end(), m.group(1))
        if s is not None:
            doc.add(s, m.end(), "ORG", 0.5, 1, "org.company")
