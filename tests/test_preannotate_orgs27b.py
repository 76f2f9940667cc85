"""orgs27b (issue 16, session 27, second round): ORG and SLOGAN forms behind the errors on the
fresher development set, written as general forms (made-up sentences; names invented):

ORG
- a campaign's team named by its number or by the campaign alone, opening a clause
  (。第二督查组先后…, ，创建督查组要…), and the campaign's office written in full after the verb
  that leads its staff (带领创城工作办公室工作人员); not the numbered team before a post
  (第七督导组副组长: the title's);
- a body whose heads lead a team (市政协领导率督查组督查…): the body ends before 领导率;
- no body read across a joint meeting's name (在某县争创…推进会暨创城领导小组工作会议上);
- the campaign office named by the honour it strives for (区文明城市创建办), a county's or a
  district's own team opening a clause or an item (，区督查组全体成员; not 市、区督查组, every
  level's);
- a bureau bare where a visit goes to it (来到水利局进行督导, 到教育体育局调研; not a library);
- an outlet in brackets heading the report before its byline (【某某网】（记者…）) or with its
  site's domain ([某某新媒体ABCD.CN]); not a place there; no outlet in the kinds of media of a
  list (报纸、电台、电视台和新闻网站等媒体).

SLOGAN
- a couplet of longer halves named as a campaign by the noun after it
  (“只为清洁某城添光彩，不因乱扔垃圾失体面”主题宣传); no quoted speech of that length;
- no quoted list of steps or categories: parts of one length, four or more, no two sharing a
  character at one place, no numeral, no campaign noun after it (“实地走访、网上填报、问卷抽查”
  三个重点); formulas of parts on one frame stay (“不发通知、不打招呼、不听汇报”).
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("市检查组赴青岚区开展督查。\n第二督查组先后实地督查了东门农贸市场。", "第二督查组"),
        ("牵头单位要督查各责任单位，创建督查组要督查牵头单位落实效果。", "创建督查组"),
        ("副主任石青带队，带领创城工作办公室工作人员，深入鹿鸣社区。", "创城工作办公室"),
        ("市政协领导率督查组督查青岚区创文工作。", "市政协"),
        ("发现的问题要及时向区文明城市创建办反馈。", "区文明城市创建办"),
        ("召开调度会，区文明办、区督查组全体成员参加会议。", "区督查组"),
        ("督导组一行首先来到水利局进行督导，之后察看河道。", "水利局"),
        ("带领有关部门负责同志到教育体育局调研督导创建工作。", "教育体育局"),
    ],
)
def test_org_forms(text: str, org: str) -> None:
    assert (org, "ORG") in _tagged(text)


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("市政协领导率督查组督查青岚区创文工作。", "市政协领导率督查组"),
        (
            "7月3日，在鹿鸣县争创自治区文明城市推进会暨创城领导小组工作会议上，县委书记石青强调。",
            "县争创自治区文明城市推进会暨创城领导小组",
        ),
        ("第七督导组副组长、市委常委石青出席。", "第七督导组"),
        ("市、区督查组要加强督导。", "区督查组"),
        ("石青来到图书馆检查。", "图书馆"),
    ],
)
def test_org_not(text: str, not_org: str) -> None:
    assert (not_org, "ORG") not in _tagged(text)


def test_long_couplet_before_campaign_noun() -> None:
    text = "围绕环境卫生开展“只为清洁鹿鸣添光彩，不因乱扔垃圾失体面”主题宣传，引导市民。"
    assert ("只为清洁鹿鸣添光彩，不因乱扔垃圾失体面", "SLOGAN") in _tagged(text)


def test_long_quoted_speech_is_no_slogan() -> None:
    text = "他说：“我们要把这件事情做好做实，你们要把那件事情办好办实”活动结束后合影。"
    assert not any(label == "SLOGAN" for _, label in _tagged(text))


@pytest.mark.parametrize(
    "text",
    [
        "要紧紧围绕“实地走访、网上填报、问卷抽查”三个重点，找准问题根源。",
        "建立“任务分解、建立台账、督导考核、评估问效”的全链条工作体系。",
    ],
)
def test_quoted_list_of_steps_is_no_slogan(text: str) -> None:
    assert not any(label == "SLOGAN" for _, label in _tagged(text))


@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        ("采取“不发通知、不打招呼、不听汇报”的方式开展督查。", "不发通知、不打招呼、不听汇报"),
        ("要和“迎盛会、讲文明、树新风”活动相结合。", "迎盛会、讲文明、树新风"),
        ("开展“清洁家园、清洁水源、清洁田园”行动。", "清洁家园、清洁水源、清洁田园"),
    ],
)
def test_formula_of_parts_stays(text: str, slogan: str) -> None:
    assert (slogan, "SLOGAN") in _tagged(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("【鹿鸣网】（记者 石青 通讯员 叶舟）昨日上午，市领导率队督查。", "鹿鸣网"),
        ("来源：某县人民政府网\n\n[鹿鸣新媒体LMXMT.CN] 9月11日下午，会议召开。", "鹿鸣新媒体"),
    ],
)
def test_bracketed_outlet(text: str, org: str) -> None:
    assert (org, "ORG") in _tagged(text)


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("【鹿鸣县】（图文/石青）昨日上午，会议召开。", "鹿鸣县"),
        ("强化媒体宣传，报纸、电台、电视台和新闻网站等媒体要拿出重要版面。", "报纸"),
        ("强化媒体宣传，报纸、电台、电视台和新闻网站等媒体要拿出重要版面。", "电台"),
    ],
)
def test_no_outlet(text: str, not_org: str) -> None:
    assert (not_org, "ORG") not in _tagged(text)


def test_media_list_names_outlets() -> None:
    got = _tagged("邀请鹿鸣日报、鹿鸣电视台等媒体参加。")
    assert {("鹿鸣日报", "ORG"), ("鹿鸣电视台", "ORG")} <= got
