"""Learned corrections against a team convention that differs from the rules': rules alone,
rules + learned corrections, rules + corrections + model (the CRF), trained on 20 documents.

    PYTHONPATH=. python bench/eval_conventions.py [--conventions same,place,...] [--train 20]
                                                  [--repeats 5] [--no-crf] [--no-corrections]
                                                  [--json]

The documents are the DEVELOPMENT gold (bench/eval_learn.py's sets and heldout16b/16c, which the
rules were tuned on). Each convention rewrites that gold mechanically into the convention of a
plausible team:
- same: the gold as it is (the rules' conventions);
- place: a place before a post is its own GPE (岚溪 + 县委书记; where the opt-in gpe.before_post
  rule would cut the gold TITLE, the gold is cut there; HOLDS_TITLE goes to the post);
- date: a DATE leaves out the time of day after it (10月13日 without 上午/下午/晚上);
- org: an ORG leaves out the place before it, the place its own GPE (a GPE the same document's
  gold has: 岚溪县 + 文明办);
- title: a TITLE leaves out 副/常务/原/代 at its head (副县长 → 县长);
- committee: 市委/县委/区委 (with the place before it) before a post is an ORG
  (岚溪县委 ORG + 副书记 TITLE; HOLDS_TITLE goes to the post);
- vocab: the team tags kinds of public places the rules leave alone as LOC (农贸市场, 背街小巷,
  老旧小区) and 督导组 as ORG;
- all: every rewrite above at once;
- nocarry: no ISSUED_BY for what a speaker is carried over (only framed sentences have one);
- noleaders: no HOLDS_TITLE from the names to 市领导 / 县领导;
- joint, leaders, announced (and joint-default, …): a made-up sentence with 县委县政府 / a place
  before 县领导 + names / a speech announced and two unframed paragraphs, added to a third of the
  documents, the team reading it the other way (one ORG; the place apart from the TITLE; the
  paragraphs the announced speaker's) or as the rules do (see FORMS below);
- first, relayed, relaynone, corps (session 20): the same with 甲、乙分别强调 (one edge, to the
  first), a relayed speech (the edge to the person relayed / none), a division of the corps
  before its post (its own GPE); enumerator, honour (session 29): 一是要… (the enumerator inside
  the DIRECTIVE), a quoted honour “全国文明城市” (a SLOGAN); room, centre (session 30): a meeting's
  room left out (在县文旅局三楼会议室召开: 县文旅局 ORG), a service centre visited an ORG; campaign, zone: a quoted 创文 alone (no SLOGAN), a bare 开发区
  (GPE), forms a learned correction reads the team's way (EDIT_FORMS).
For each repeat, 20 documents are drawn (seeded), the corrections and the model are trained on
them as `civannot train` trains them (training.train_for_use: out-of-fold choice whether the
corrections are used at all, then the CRF on the corrected suggestions), and the other documents
are scored (exact-match F1, the mean over repeats). --no-corrections trains the model as before
learned corrections (its "both" column is then rules + CRF alone). Every figure is a DEVELOPMENT
figure.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from civannot.learn.combine import combine, model_decided  # noqa: E402
from civannot.learn.corrections import switch_disabled, switch_set  # noqa: E402
from civannot.learn.crf import CrfModel  # noqa: E402
from civannot.learn.data import GoldDoc, lexicon_of, rule_suggestions  # noqa: E402
from civannot.learn.evaluation import f1_of, score  # noqa: E402
from civannot.learn.training import (  # noqa: E402
    _rules_pred,
    corrected,
    train_for_use,
)
from civannot.preannotate.engine import suggest  # noqa: E402
from civannot.preannotate.registry import DEFAULT_OFF  # noqa: E402
from civannot.records import Span  # noqa: E402

OFF = sorted(DEFAULT_OFF)
# (SLOGAN and DIRECTIVE exact: session 29, conv29, the conventions honour and enumerator)
ROWS = [
    "TITLE", "ORG", "GPE", "LOC", "DATE", "SLOGAN", "micro", "DIRECTIVE", "HOLDS_TITLE",
    "ISSUED_BY",
]  # fmt: skip
EXTRA_SETS = ("heldout16b", "heldout16c")  # development sets since session 4


def dev_docs() -> list[GoldDoc]:
    from eval_learn import development_docs

    from tests.gold_support import load_gold

    docs = development_docs()
    for name in EXTRA_SETS:
        for key, d in load_gold(ROOT / "tests" / "gold" / f"{name}_gold.jsonl", ROOT).items():
            docs.append(GoldDoc(f"{name}/{key}", d.text, d.spans, d.relations, None))
    return docs


Piece = tuple[int, int, str]


def rewrite(doc: GoldDoc, cut: Callable[[GoldDoc, Span], list[Piece] | None]) -> GoldDoc:
    """Each gold span replaced by the pieces `cut` returns (None: kept); a relation's end goes to
    the piece with the span's own label (or the last piece)."""
    spans: list[Span] = []
    where: dict[int, int] = {}
    for i, s in enumerate(doc.spans):
        pieces = cut(doc, s) or [(s.start, s.end, s.label)]
        main = None
        for a, b, lab in pieces:
            if lab == s.label or main is None:
                main = len(spans)
            spans.append(Span(a, b, lab, doc.text[a:b]))
        where[i] = main if main is not None else len(spans) - 1
    rels = [(t, where[h], where[tl]) for t, h, tl in doc.relations]
    return GoldDoc(doc.key, doc.text, spans, rels, doc.labels)


def _gpe_texts(doc: GoldDoc) -> set[str]:
    return {s.text for s in doc.spans if s.label == "GPE"}


def place_split(docs: list[GoldDoc]) -> list[GoldDoc]:
    out = []
    for d in docs:
        sug = suggest(d.text, disabled=DEFAULT_OFF - {"gpe.before_post"})
        gpes = {(s.start, s.end) for s in sug.spans if s.label == "GPE"}
        titles = {(s.start, s.end) for s in sug.spans if s.label == "TITLE"}

        def cut(doc: GoldDoc, s: Span, gpes=gpes, titles=titles) -> list[Piece] | None:
            if s.label != "TITLE":
                return None
            for a, b in gpes:
                if a == s.start and b < s.end and (b, s.end) in titles:
                    return [(a, b, "GPE"), (b, s.end, "TITLE")]
            return None

        out.append(rewrite(d, cut))
    return out


def _date(doc: GoldDoc, s: Span) -> list[Piece] | None:
    if s.label == "DATE":
        for part in ("上午", "下午", "晚上"):
            if s.text.endswith(part) and len(s.text) > len(part):
                return [(s.start, s.end - len(part), "DATE")]
    return None


def _org(doc: GoldDoc, s: Span) -> list[Piece] | None:
    if s.label != "ORG":
        return None
    for g in sorted(_gpe_texts(doc), key=len, reverse=True):
        if s.text.startswith(g) and len(s.text) - len(g) >= 2:
            return [(s.start, s.start + len(g), "GPE"), (s.start + len(g), s.end, "ORG")]
    return None


def _title(doc: GoldDoc, s: Span) -> list[Piece] | None:
    if s.label == "TITLE":
        for head in ("常务", "副", "原", "代"):
            if s.text.startswith(head) and len(s.text) - len(head) >= 2:
                return [(s.start + len(head), s.end, "TITLE")]
    return None


def _committee(doc: GoldDoc, s: Span) -> list[Piece] | None:
    if s.label != "TITLE":
        return None
    for body in ("市委", "县委", "区委"):
        k = s.text.find(body)
        if k >= 0 and len(s.text) - (k + 2) >= 2 and "、" not in s.text[: k + 2]:
            m = s.start + k + 2
            return [(s.start, m, "ORG"), (m, s.end, "TITLE")]
    return None


VOCAB = {"农贸市场": "LOC", "背街小巷": "LOC", "老旧小区": "LOC", "督导组": "ORG"}


def vocab(docs: list[GoldDoc]) -> list[GoldDoc]:
    out = []
    for d in docs:
        spans = list(d.spans)
        for w, lab in VOCAB.items():
            k = d.text.find(w)
            while k >= 0:
                if not any(s.start < k + len(w) and k < s.end for s in spans):
                    spans.append(Span(k, k + len(w), lab, w))
                k = d.text.find(w, k + 1)
        out.append(GoldDoc(d.key, d.text, spans, d.relations, d.labels))
    return out


def _per_span(cut: Callable[[GoldDoc, Span], list[Piece] | None]):
    return lambda docs: [rewrite(d, cut) for d in docs]


CONVENTIONS: dict[str, Callable[[list[GoldDoc]], list[GoldDoc]]] = {
    "same": lambda docs: docs,
    "place": place_split,
    "date": _per_span(_date),
    "org": _per_span(_org),
    "title": _per_span(_title),
    "committee": _per_span(_committee),
    "vocab": vocab,
}


def convention_all(docs: list[GoldDoc]) -> list[GoldDoc]:
    for name in ("date", "org", "title", "vocab", "place"):
        docs = CONVENTIONS[name](docs)
    return docs


CONVENTIONS["all"] = convention_all


# --- relation conventions (session 18): which edges the team draws


def _rule_edges(d: GoldDoc, rule: str, disabled=DEFAULT_OFF) -> set[tuple]:  # noqa: ANN001
    """The edges `rule` draws in d's text, as exact keys (type, head key, tail key)."""
    sug = suggest(d.text, disabled=disabled)
    out = set()
    for (t, h, tl), r in zip(sug.relations, sug.relation_rules, strict=True):
        if r == rule:
            a, b = sug.spans[h], sug.spans[tl]
            out.add((t, (a.start, a.end, a.label), (b.start, b.end, b.label)))
    return out


def _relations_where(docs: list[GoldDoc], keep: Callable[[GoldDoc], Callable]) -> list[GoldDoc]:
    out = []
    for d in docs:
        ok = keep(d)
        rels = [r for r in d.relations if ok(r)]
        out.append(GoldDoc(d.key, d.text, d.spans, rels, d.labels))
    return out


def _rel_key(d: GoldDoc, r: tuple) -> tuple:
    a, b = d.spans[r[1]], d.spans[r[2]]
    return (r[0], (a.start, a.end, a.label), (b.start, b.end, b.label))


def no_carried(docs: list[GoldDoc]) -> list[GoldDoc]:
    """The team draws ISSUED_BY only where a frame governs the sentence: no edge for the
    sentences and paragraphs the speaker is carried over (the gold edges the rules draw as
    relation.issued_by.carried are left out)."""

    def keep(d: GoldDoc):  # noqa: ANN202
        carried = _rule_edges(d, "relation.issued_by.carried")
        return lambda r: _rel_key(d, r) not in carried

    return _relations_where(docs, keep)


def no_leaders_edges(docs: list[GoldDoc]) -> list[GoldDoc]:
    """The team links no name to 市领导 / 县领导 (the TITLE stays, its HOLDS_TITLE edges go)."""
    return _relations_where(
        docs,
        lambda d: lambda r: not (r[0] == "HOLDS_TITLE" and d.spans[r[2]].text.endswith("领导")),
    )


CONVENTIONS["nocarry"] = no_carried
CONVENTIONS["noleaders"] = no_leaders_edges


# --- the conventions GUIDELINES.md leaves open (registry.CONVENTION_SWITCHES). The development
# gold holds none of their forms (no 县委县政府, no place before 县领导 + names): each of these
# adds ONE MADE-UP sentence with the form to a third of the documents (seeded), its gold the
# rules' reading of it in the whole text with the switch off ("…-default": the team reads it as
# the rules do) or on (the team's other reading). Synthetic: it measures whether twenty pages
# teach the switch.
PLACES = ("岚溪", "青苇", "栖岸", "楚岭", "桐江", "瑶河", "松陵", "柳塘")
NAMES = ("吴长河", "孙晓川", "钱岚生", "周一凡", "郑若溪", "冯远山", "陈立新", "褚海燕")


def _relayed(p: str, a: str, b: str) -> str:
    return (
        f"{p}县委副书记{a}主持会议，传达了市委书记{b}在全市创文推进会上的讲话精神，"
        "要求各部门要迅速行动，抓好整改。"
    )


FORMS = {
    "joint": (
        "org.joint_whole",
        lambda p, a, b: f"{p}县委县政府高度重视创建工作，{p}县委书记{a}多次听取汇报。",
    ),
    "leaders": (
        "title.leaders_place_apart",
        lambda p, a, b: f"{p}县领导{a}、{b}出席会议。",
    ),
    # a speech announced, then unframed paragraphs (the lead's opt-in rule of session 18)
    "announced": (
        "relation.issued_by.announced",
        lambda p, a, b: (
            f"{p}县委书记{a}出席会议并讲话。\n各级各部门要提高思想认识，压实工作责任。\n"
            "各街道要加强日常巡查，确保不留死角。"
        ),
    ),
    # session 20 (conv21): the names of a frame, a relayed speech, a division of the corps
    "first": (
        "relation.issued_by.first_named",
        lambda p, a, b: (
            f"{p}县委书记{a}、县长{b}分别强调，各级各部门要提高思想认识，压实工作责任。"
        ),
    ),
    # (one sentence read two ways: the person relayed, or nobody)
    "relayed": ("relation.issued_by.relayed_author", _relayed),
    "relaynone": ("relation.issued_by.relayed_none", _relayed),
    "corps": (
        "gpe.corps_before_post",
        lambda p, a, b: f"第九师副师长{a}出席会议，九师党委常委{b}主持。",
    ),
    # session 29 (conv29): the enumerator of an item glued to its marker kept in the DIRECTIVE
    # (一是要…), a quoted honour as a SLOGAN (the two readings dev28's annotators split on)
    "enumerator": (
        "directive.enumerator_kept",
        lambda p, a, b: (
            f"{p}县委书记{a}强调，一是要提高思想认识，压实工作责任。"
            "二是要加强日常巡查，确保不留死角。"
        ),
    ),
    "honour": (
        "slogan.honour",
        lambda p, a, b: f"{p}县荣获“全国文明城市”称号，正在争创“国家卫生城市”。",
    ),
    # session 30 (conv30): a meeting's room with the room left out (the body an ORG), a government
    # service centre visited as an ORG (the readings dev29's annotators take against the default)
    "room": (
        "loc.room_apart",
        lambda p, a, b: f"{p}县创城推进会在县文旅局三楼会议室召开，县委书记{a}出席。",
    ),
    "centre": (
        "org.service_centre",
        lambda p, a, b: f"检查组走访了{_centre_stem()}镇便民服务中心，县委书记{a}听取工作汇报。",
    ),
}
# (the centre's town changes from one page to the next, 24 made-up towns: a team's centres are
# named by their towns, and a name the training gold tags ORG is the learned lexicon's, not the
# switch's; with one name on every page the lexicon took the form and the switch was never
# learned)
_CENTRE_STEMS = (
    "青苇", "栖岸", "楚岭", "桐江", "瑶河", "松陵", "柳塘", "岚溪", "石苇", "枫渚", "雁坪", "梅坞",
    "竹坞", "芦荡", "杏渚", "蓼汀", "荷渚", "桂岩", "棠樾", "橘汀", "菱塘", "苇湾", "榆汀", "槐店",
)  # fmt: skip
_centre_count = [0]


def _centre_stem() -> str:
    k = _centre_count[0]
    _centre_count[0] += 1
    return _CENTRE_STEMS[k % len(_CENTRE_STEMS)]


# Forms a learned correction reads the team's way (no switch): the made-up sentence, and what the
# team's gold does to the rules' reading of it (session 20, conv21)
def _no_campaign_name(text: str, spans: list[Span]) -> list[Span]:
    return [s for s in spans if not (s.label == "SLOGAN" and s.text in ("创文", "创城", "创卫"))]


def _bare_zone(text: str, spans: list[Span]) -> list[Span]:
    out = list(spans)
    for w in ("开发区", "高新区", "新区"):
        k = text.find(w)
        while k >= 0:
            if not any(s.label != "DIRECTIVE" and s.start < k + len(w) and k < s.end for s in out):
                out.append(Span(k, k + len(w), "GPE", w))
            k = text.find(w, k + 1)
    return out


EDIT_FORMS: dict[str, tuple[Callable, Callable[[str, list[Span]], list[Span]]]] = {
    "campaign": (
        lambda p, a, b: f"会议要求，{p}县上下要以“创文”为契机，全力巩固“创文”成果。",
        _no_campaign_name,
    ),
    "zone": (
        lambda p, a, b: (
            f"会上，开发区党工委书记{a}指出，开发区要主动作为，各部门要主动服务开发区发展。"
        ),
        _bare_zone,
    ),
}


def with_form(docs: list[GoldDoc], form: str, team_reads_it: bool) -> list[GoldDoc]:
    """The documents, a third of them with the form's made-up sentence added at the end; its
    gold is the rules' reading of it in the whole text (the places the article names read as
    the rules read them), with the switch on where the team reads it the other way (a form of
    EDIT_FORMS: the rules' reading, edited as the team reads it)."""
    edit = None
    _centre_count[0] = 0  # (the same towns on the same pages, whichever conventions ran before)
    if form in EDIT_FORMS:
        make, edit = EDIT_FORMS[form]
        rule = ""
    else:
        rule, make = FORMS[form]
    rnd = random.Random(7)
    out = []
    for n, d in enumerate(docs):
        if rnd.random() >= 1 / 3:
            out.append(d)
            continue
        p = PLACES[n % len(PLACES)]
        a, b = NAMES[n % len(NAMES)], NAMES[(n + 3) % len(NAMES)]
        base = len(d.text) + 1
        text = d.text + "\n" + make(p, a, b)
        sug = suggest(text, disabled=DEFAULT_OFF - {rule} if team_reads_it else DEFAULT_OFF)
        spans = list(d.spans)
        new: dict[int, int] = {}
        for i, s in enumerate(sug.spans):
            if s.start >= base:
                new[i] = len(spans)
                spans.append(Span(s.start, s.end, s.label, s.text))
        rels = list(d.relations) + [
            (t, new[h], new[tl]) for t, h, tl in sug.relations if h in new and tl in new
        ]
        if edit is not None and team_reads_it:
            # (the added sentence's spans only; the relations follow the spans they kept)
            old = [(s.start, s.end, s.label) for s in spans]
            spans = spans[: len(d.spans)] + edit(text, spans[len(d.spans) :])
            kept: dict[tuple[int, int, str], int] = {}
            for n, s in enumerate(spans):
                kept.setdefault((s.start, s.end, s.label), n)
            rels = [
                (t, kept[old[h]], kept[old[tl]])
                for t, h, tl in rels
                if old[h] in kept and old[tl] in kept
            ]
        out.append(GoldDoc(d.key, text, spans, rels, d.labels))
    return out


for _form in [*FORMS, *EDIT_FORMS]:
    CONVENTIONS[_form] = lambda docs, f=_form: with_form(docs, f, True)
    CONVENTIONS[f"{_form}-default"] = lambda docs, f=_form: with_form(docs, f, False)


# (session 29, conv29) The development gold holds the forms of these two: its items 一是要… start
# at 要 and its quoted honours are untagged, the rules' reading. A team reading them the other way
# reads them so on every page, the made-up sentence's and the gold's own alike (with the gold
# left as it was, one page of 一是要 items read the rules' way made the team's gold mixed, and
# learn_switches rightly left the switch off in one draw of five).
def _kept_enumerators(docs: list[GoldDoc]) -> list[GoldDoc]:
    from civannot.preannotate.conventions import keep_enumerator

    def cut(doc: GoldDoc, s: Span) -> list[Piece] | None:
        if s.label == "DIRECTIVE" and (k := keep_enumerator(doc.text, s.start)) != s.start:
            return [(k, s.end, "DIRECTIVE")]
        return None

    return [rewrite(d, cut) for d in docs]


def _honours_tagged(docs: list[GoldDoc]) -> list[GoldDoc]:
    """Each quoted honour the switched-on rules tag a SLOGAN in the gold too, the entity spans it
    overlaps (a province inside “某某省文明单位”) and their relations gone."""
    out = []
    for d in docs:
        sug = suggest(d.text, disabled=DEFAULT_OFF - {"slogan.honour"})
        hon = [
            (s.start, s.end)
            for s, r in zip(sug.spans, sug.rules, strict=True)
            if r == "slogan.honour"
        ]
        if not hon:
            out.append(d)
            continue
        spans: list[Span] = []
        where: dict[int, int] = {}
        for i, s in enumerate(d.spans):
            if s.label != "DIRECTIVE" and any(a < s.end and s.start < b for a, b in hon):
                continue
            where[i] = len(spans)
            spans.append(s)
        spans += [Span(a, b, "SLOGAN", d.text[a:b]) for a, b in hon]
        rels = [(t, where[h], where[tl]) for t, h, tl in d.relations if h in where and tl in where]
        out.append(GoldDoc(d.key, d.text, spans, rels, d.labels))
    return out


CONVENTIONS["enumerator"] = lambda docs: _kept_enumerators(with_form(docs, "enumerator", True))
CONVENTIONS["honour"] = lambda docs: _honours_tagged(with_form(docs, "honour", True))


def run(
    docs: list[GoldDoc], n_train: int, repeats: int, crf: bool, corrections: bool = True
) -> dict:
    keys = ["rules", "corrected"] + (["both"] if crf else [])
    per: dict[str, dict[str, list[float]]] = {r: {k: [] for k in keys} for r in ROWS}
    learned: list[list[str]] = []
    policies: list[dict[str, str]] = []
    secs = []
    for rep in range(repeats):
        idx = list(range(len(docs)))
        random.Random(1000 + rep).shuffle(idx)
        tr = [docs[i] for i in idx[:n_train]]
        te = [docs[i] for i in idx[n_train:]]
        lex = lexicon_of(tr)

        def resuggest(rule: str, sub, group=tr):
            # each document with the lexicon of its fold among all the training documents
            return rule_suggestions(group, disabled=switch_disabled(OFF, rule), only=sub)

        def resuggest_te(rule: str, sub, te=te, lex=lex):
            return rule_suggestions(
                [te[i] for i in sub], disabled=switch_disabled(OFF, rule), lexicon=lex
            )

        c0 = time.process_time()
        fitted = train_for_use(
            tr, rule_suggestions(tr), resuggest=resuggest, corrections=corrections
        )
        secs.append(round(time.process_time() - c0, 1))
        corr = fitted.corrections
        learned.append([r["correction"] for r in corr.describe()])
        policies.append({k: v for k, v in fitted.policy.items() if v != "rules"})
        tsugs = rule_suggestions(te, lexicon=lex)
        csugs = corrected(corr, te, tsugs, range(len(te)), resuggest_te)
        scores = {
            "rules": score(te, [_rules_pred(s) for s in tsugs]),
            "corrected": score(te, [_rules_pred(s) for s in csugs]),
        }
        if crf:
            model = CrfModel(fitted.data)
            cue = model_decided(fitted.policy)
            # the model reads what pre-annotation gives it: the rules with the switched-on
            # rules on (learn.apply), corrected where it was trained on corrected ones
            feats = csugs if fitted.corrections_features else tsugs
            if not fitted.corrections_features and corr.switch_on:
                feats = resuggest_te(switch_set(corr.switch_on), range(len(te)))
            tags = [model.tag(d.text, s.spans, labels=cue) for d, s in zip(te, feats, strict=True)]
            # (the relations the corrections drop stay out after the combination, as
            # civannot.learn.apply's refiner keeps them out)
            kept = corrected(corr, te, tsugs, range(len(te)), resuggest_te, relations=False)
            scores["both"] = score(
                te,
                [
                    _rules_pred(
                        corr.drop_relations(
                            combine(
                                d.text, s, t, model_labels=fitted.model_labels,
                                policy=fitted.policy,
                            )
                        )
                    )
                    for d, t, s in zip(te, tags, kept, strict=True)
                ],
            )  # fmt: skip
        for r in ROWS:
            for k, sc in scores.items():
                v = f1_of(sc, r)
                if v is not None:
                    per[r][k].append(v)
    mean = {r: {k: (sum(v) / len(v) if v else None) for k, v in d.items()} for r, d in per.items()}
    return {
        "mean": mean,
        "learned": learned,
        "policy": policies,
        "train_cpu_s": secs,
        "draws": per,  # each row's F1 per draw (a row a draw has no gold for is left out)
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--conventions", default="same,place,date,org,title,committee,vocab,all")
    ap.add_argument("--train", type=int, default=20)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--no-crf", action="store_true", help="leave the CRF out (faster)")
    ap.add_argument(
        "--no-corrections",
        action="store_true",
        help="train the model without learned corrections (the pipeline before them)",
    )
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--save-gold", default="", help="write the conventions' gold to FILE, stop")
    ap.add_argument("--gold", default="", help="the conventions' gold from FILE (--save-gold)")
    args = ap.parse_args()
    base = dev_docs()
    out = {}
    saved: dict[str, list[GoldDoc]] = {}
    if args.gold:
        with open(args.gold, "rb") as f:
            saved = pickle.load(f)
    for name in args.conventions.split(","):
        # (--gold: the conventions' gold as another tree's rules rewrote it, --save-gold; a
        # before/after comparison scores both trees on the same gold)
        docs = saved[name] if name in saved else CONVENTIONS[name](base)
        if args.save_gold:
            saved[name] = docs
            with open(args.save_gold, "wb") as f:
                pickle.dump(saved, f)
            continue
        res = run(docs, args.train, args.repeats, not args.no_crf, not args.no_corrections)
        out[name] = res
        if args.json:
            continue
        print(
            f"\n{name} (DEVELOPMENT data, {len(docs)} documents): train on {args.train}, score the "
            f"others, {args.repeats} repeats; exact-match F1 (mean); training {res['train_cpu_s']} "
            "s CPU"
        )
        cols = list(res["mean"]["micro"])
        print(f"  {'':<12}" + "".join(f"{c:>11}" for c in cols) + f"{'gain':>8}")
        for r in ROWS:
            m = res["mean"][r]
            if m["rules"] is None:
                continue
            last = m[cols[-1]]
            gain = 100 * (last - m["rules"]) if last is not None else 0.0
            print(
                f"  {r:<12}"
                + "".join(f"{m[c]:>11.3f}" if m[c] is not None else f"{'—':>11}" for c in cols)
                + f"{gain:>+8.1f}"
            )
        for i, lst in enumerate(res["learned"]):
            print(f"  repeat {i}: " + ("; ".join(lst) if lst else "no corrections kept"))
            if crf_pol := res["policy"][i]:
                print("    the model decides: " + ", ".join(f"{k} {v}" for k, v in crf_pol.items()))
    if args.json:
        json.dump(out, sys.stdout, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
