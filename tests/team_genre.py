"""Made-up articles of a team's own genre, with gold by construction, in forms the rules do not
all cover: the evaluation of issue 15's goal (the model adds what the team's gold teaches).

Every article is assembled from pieces whose labels are known, written by GUIDELINES.md: titles
keep the organisational part of the post (县实验小学大队辅导员, 城管执法三中队指导员, 县档案馆馆长),
coordinated titles split at 、, one HOLDS_TITLE per title, bylines are not PERSON, an ORG list
tags each body, a named place is GPE, a community or street LOC, a requirement after a speaker
frame is a DIRECTIVE issued by that speaker (and by the same speaker in a following 他指出 frame).

The vocabularies below are written for this file (no text comes from any corpus): posts of
schools, hospitals, police stations, enforcement squads, mass organisations and sub-district
offices that real reports name and the hand-written rules were not tuned on, mixed with the
posts they know (市委书记, 副县长), so that the rules are right on part of each article and
systematically wrong on the rest, as on the team's real articles. Everything here is
DEVELOPMENT data: the model's features and the combination policy were tuned on it.

    from tests.team_genre import team_docs   # list of civannot.learn.data.GoldDoc
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from civannot.learn.data import GoldDoc
from civannot.records import Span

SURNAMES = (
    "龚柯潘董骆伍蓝邬欧阳俞谷祁殷晏敖卢贝符詹鲍庞鞠贺单仇霍阎戚乔韦覃褚卫蒋沈韩杨朱秦尤许何吕"
    "施张孔曹严华金魏陶姜谢邹喻柏窦章苏潘葛奚范彭郎鲁昌马苗凤花方任袁柳鲍史唐费廉岑薛雷倪汤"
)
DOUBLE_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方"]
GIVEN = "远航小燕立新红梅思远德胜晓峰春梅国庆立军海燕志成国平新民建设明亮丽萍永康云飞伟俊峰振宇建明晓春志远文静"
GIVEN_CHARS = "航燕新梅远胜峰春庆军成平民设亮萍康飞伟俊宇明静雯涛斌磊鑫婷琳晖彬霞颖辉娜蕾琦瑶"

PLACE_A = "龙溪青川枫岭桐湾松阳柳塘石溪云梦桂阳梅林金沙玉屏凤台白河清泉安澜南浔北岙"
PLACE_KINDS = ["县", "区", "市"]
TOWN_KINDS = ["镇", "街道", "乡"]
COMMUNITY = ["社区", "村", "小区"]
STREET_KINDS = ["路", "街", "巷", "大道"]

# posts the rules know (a level + post): (text, level) — level picks 县/区/市
KNOWN_POSTS = ["委书记", "委副书记", "长", "委常委", "人大常委会主任", "政协主席", "副{L}长"]
# organisational parts and posts the rules were not tuned on; the TITLE is the whole
# (session 5 round 2: the rules learnt a school's, a squad's and a power company's head from
# real pages (县第一中学校长, 城管执法四中队中队长, 县供电公司总经理), so those units now name a
# post no list holds (大队辅导员, 政教主任, 指导员, 总工程师): the genre keeps forms they miss;
# round 3: 文明办专职副主任 is read now (专职 as 挂职), so an archive's head (档案馆馆长) stands in;
# persons22: a town's presidium is a body now (镇人大主席团主席) and a daily's 总编辑 no byline's
# editor, so an elderly college's dean and a media centre's 总监 stand in; persons24: the head
# of a body named by its kind after its name is read now (县档案馆馆长, 某某村党支部书记,
# 某某社区居委会主任, 某某所所长), so an archive's research librarian, a village's women's
# federation chair and security director and a station head's assistant stand in, and a union's
# legal adviser for its standing vice-chair, 总工会常务副主席; names31: a body's chief
# engineer, 总工程师, is read now, so a power company's senior engineer stands in)
UNIT_POSTS = [
    ("{L}实验小学", "大队辅导员"),
    ("{L}第一中学", "政教主任"),
    ("{L}人民医院", "院长"),
    ("{L}中医院", "院长"),
    ("{T}派出所", "所长"),
    ("城管执法{N}中队", "指导员"),
    ("{L}档案馆", "研究馆员"),
    ("{L}创文指挥部", "常务副指挥长"),
    ("{L}融媒体中心", "总监"),
    ("{L}供电公司", "高级工程师"),
    ("{L}老年大学", "教务长"),
    ("{C}", "妇联主席"),
    ("{C}", "治保主任"),
    ("{L}市场监管局{T}所", "所长助理"),
    ("{L}总工会", "法律顾问"),
    ("{L}妇联", "主席"),
]
# bodies the rules were not tuned on, tagged ORG by the guideline (session 20: the rules read a
# level's companies by their trade now, orgs21: 邮政分公司 and 文旅集团 gave way to 气象台, 林场)
UNIT_ORGS = [
    "{L}实验小学",
    "{L}人民医院",
    "{L}中医院",
    "{L}供销社",
    "{L}气象台",
    "{L}自来水公司",
    "{L}红十字会",
    "团{L}委",
    "{L}科协",
    "{L}残联",
    "{T}卫生院",
    "{T}派出所",
    "{L}林场",
    "{L}公交公司",
    "{L}住建局",
    "{L}城管局",
    "{L}市场监管局",
    "{L}创文办",
    "{L}融媒体中心",
]
CN = "一二三四五"


@dataclass
class _Builder:
    text: str = ""
    spans: list[Span] = field(default_factory=list)
    rels: list[tuple[str, int, int]] = field(default_factory=list)

    def add(self, s: str, label: str | None = None) -> int:
        a = len(self.text)
        self.text += s
        if label is None:
            return -1
        self.spans.append(Span(a, a + len(s), label, s))
        return len(self.spans) - 1


class _Gen:
    def __init__(self, rng: random.Random, half: bool = False):
        self.rng = rng
        # half: only every other unit post and body (the team's training articles name some of
        # the posts and bodies its later articles will)
        self.posts = UNIT_POSTS[::2] if half else UNIT_POSTS
        self.orgs = UNIT_ORGS[::2] if half else UNIT_ORGS
        r = rng
        self.place = r.choice(PLACE_A[::2]) + r.choice(PLACE_A[1::2])
        self.level = r.choice(PLACE_KINDS)
        self.towns = [
            r.choice(PLACE_A) + r.choice(PLACE_A) + r.choice(TOWN_KINDS) for _ in range(3)
        ]
        self.communities = [
            r.choice("东西南北") + r.choice("湖山桥园苑门岭") + r.choice(COMMUNITY)
            for _ in range(3)
        ]
        self.speakers: list[int] = []

    def name(self) -> str:
        r = self.rng
        sur = r.choice(DOUBLE_SURNAMES) if r.random() < 0.06 else r.choice(SURNAMES)
        if r.random() < 0.5:
            i = r.randrange(0, len(GIVEN) - 1, 2)
            return sur + GIVEN[i : i + 2]
        if r.random() < 0.2:
            return sur + r.choice(GIVEN_CHARS)
        return sur + r.choice(GIVEN_CHARS) + r.choice(GIVEN_CHARS)

    def fill(self, pattern: str) -> str:
        town = self.rng.choice(self.towns)
        return (
            pattern.replace("{L}", self.level)
            .replace("{T}", town[:2])
            .replace("{C}", self.rng.choice(self.communities))
            .replace("{N}", self.rng.choice(CN))
        )

    def known_title(self) -> str:
        p = self.rng.choice(KNOWN_POSTS)
        return p.replace("{L}", self.level) if "{L}" in p else self.level + p

    def unit_title(self) -> str:
        unit, post = self.rng.choice(self.posts)
        return self.fill(unit) + post

    def titled_person(self, b: _Builder, unknown: float) -> int:
        """One to three titles (split at 、) and a name; HOLDS_TITLE for each."""
        k = self.rng.choice([1, 1, 2, 2, 3])
        titles = []
        for j in range(k):
            if j:
                b.add("、")
            t = self.unit_title() if self.rng.random() < unknown else self.known_title()
            titles.append(b.add(t, "TITLE"))
        p = b.add(self.name(), "PERSON")
        for t in titles:
            b.rels.append(("HOLDS_TITLE", p, t))
        return p

    def org(self) -> str:
        return self.fill(self.rng.choice(self.orgs))


ACTS = [
    "对照测评体系逐项查漏补缺",
    "加大背街小巷整治力度",
    "把文明创建融入日常管理",
    "压实网格员责任，做到问题不过夜",
    "强化校园周边环境治理",
    "抓好农贸市场提质改造",
    "落实门前责任制",
    "做好志愿服务常态化工作",
]
ADDRESSEES = ["各单位", "各镇街", "各成员单位", "学校", "医院", "各社区", ""]
VERBS = ["强调", "要求", "指出"]
REPORT_VERBS = ["汇报了工作进展", "介绍了经验做法", "作表态发言", "通报了测评情况"]


def article(
    rng: random.Random, unknown: float = 0.55, half: bool = False
) -> tuple[str, list[Span], list]:
    g = _Gen(rng, half)
    b = _Builder()
    gpe = g.place + g.level
    # byline: reporters are not PERSON
    b.add("本报讯（记者 " + g.name() + " 通讯员 " + g.name() + "）")
    b.add(f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "DATE")
    b.add("，")
    b.add(gpe, "GPE")
    b.add(rng.choice(["召开创建全国文明城市推进会", "组织开展创文工作督导", "举行创城攻坚动员会"]))
    b.add("。")
    # attendee lists
    for _ in range(rng.randint(1, 2)):
        g.titled_person(b, unknown)
        for _ in range(rng.randint(0, 2)):
            b.add(rng.choice(["，", "、"]))
            g.titled_person(b, unknown)
        b.add(rng.choice(["出席会议。", "参加督导。", "陪同检查。"]))
    b.add("\n")
    # bodies
    orgs = rng.sample(range(len(g.orgs)), rng.randint(2, 4))
    for j, _ in enumerate(orgs):
        if j:
            b.add("、")
        b.add(g.org(), "ORG")
    b.add("等单位负责人参加会议。")
    # reports
    for _ in range(rng.randint(1, 2)):
        g.titled_person(b, unknown)
        b.add(rng.choice(REPORT_VERBS) + "。")
    # site visits: communities and towns
    b.add("督导组先后来到")
    b.add(rng.choice(g.towns), "GPE")
    b.add(rng.choice(g.communities), "LOC")
    b.add("、")
    b.add(
        rng.choice("人民文化解放建设新华")
        + rng.choice("人民文化解放建设新华")
        + rng.choice(STREET_KINDS),
        "LOC",
    )
    b.add("，实地查看环境卫生和“")
    b.add(rng.choice(["门前三包", "一户一档", "红黑榜", "周末大扫除", "文明实践日"]), "SLOGAN")
    b.add("”落实情况。\n")
    # speeches with directives
    for _ in range(rng.randint(1, 2)):
        p = g.titled_person(b, unknown)
        b.add(rng.choice(VERBS) + "，")
        d = b.add(rng.choice(ADDRESSEES) + "要" + rng.choice(ACTS), "DIRECTIVE")
        b.rels.append(("ISSUED_BY", d, p))
        b.add("。")
        if rng.random() < 0.5:
            b.add("他指出，")
            d = b.add("要" + rng.choice(ACTS), "DIRECTIVE")
            b.rels.append(("ISSUED_BY", d, p))
            b.add("。")
        b.add("\n")
    return b.text, b.spans, b.rels


def team_docs(n: int, seed: int = 0, unknown: float = 0.55, half: bool = False) -> list[GoldDoc]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text, spans, rels = article(rng, unknown, half)
        out.append(GoldDoc(f"team/{seed}/{i}", text, spans, rels))
    return out
