"""orgs27 (issue 16, session 27): ORG and SLOGAN forms behind the errors on dev27A and on the
fetched real pages, written as general forms (made-up sentences; names invented, places only
names):

ORG
- a campaign office's patrol group (街道创建办督导巡查组): one body with the office;
- a civilisation committee bare whose meeting is held (召开文明委工作会议) or whose members act;
- outlets in bylines and datelines: a merged outlet's reporter (（某某广电融媒体记者）, （某某网记者）),
  a site's station (（某某网驻某市新闻热线）), a dateline with no date (某某报道讯（通讯员…）), the
  account a reposted page asks to follow (点击上方某某发布↑), a copy's source (稿源：某某发布), a site's official site in its
  masthead (某某视窗官网-…: the outlet is 某某视窗); a named body right after the verb 要求 (the
  verb's 求 no part of the name);
- no outlet in a described website (中文重点新闻网站) nor a university in 大学生; no body in a
  sub-district office among the kinds of place visited (学校、社区、街道办等地);
- a level before a quoted campaign's headquarters after 在 (在区“某某”指挥部);
- the centre bare after a verb of following, before what it decided (贯彻落实中央决策部署,
  按照中央要求; not 中央财政资金, 中央大街).

SLOGAN
- not: a list of the categories of problems (“急难愁盼”问题), the last step of a race
  (“最后一米”, “最后一战”), a distance (“百米冲刺”), a meeting's name (“两会”, “三级干部会议”), the
  two festivals (“两节”), a village's three committees (“三委”);
- yes: a goal put forward (区委提出的“某某再出发”目标, 确立了“建设…”的目标), a banner of halves of
  unequal lengths before its rally (“奋力创建某某 建设某某强县”誓师大会), parts on one head of
  any length (“更快、更高、更强、更团结”), a named activity longer than a quote is read
  (“某县2023年…健步走活动”), a city's brand (“…”的城市品牌), a named method (“某某工作法”), a
  count of actions before its kind (“十大”专项提升行动).
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("近日街道创建办督导巡查组实地检查情况。", "街道创建办督导巡查组"),
        ("9月15日，青岚区召开文明委工作会议暨创建推动会议。", "文明委"),
        ("会上，文明委各成员单位汇报了工作进展。", "文明委"),
        ("鹿鸣网讯（岚州广电融媒体记者 石青 通讯员 叶舟）3月4日，会议召开。", "岚州广电融媒体"),
        ("（鹿鸣网记者 石青）", "鹿鸣网"),
        ("（鹿鸣网驻岚州新闻热线：0000—1234567）", "鹿鸣网"),
        ("东山报道讯（通讯员石青）11月8日，北桥街道召开推进会。", "东山报道"),
        ("提示：点击上方鹿鸣发布↑↑↑ 昨日上午，市委召开会议。", "鹿鸣发布"),
        ("点击上方“文明鹿鸣”关注我们", "文明鹿鸣"),
        ("鹿鸣视窗官网-鹿鸣视窗新闻资讯-中文重点新闻网站", "鹿鸣视窗"),
        ("会议要求鹿鸣街道办、城管局等单位抓好落实。", "鹿鸣街道办"),
        ("要坚决贯彻落实中央决策部署，扛起责任。", "中央"),
        ("按照中央要求，全面推进创建工作。", "中央"),
        ("稿源：鹿鸣发布", "鹿鸣发布"),
        ("各级各部门要在区“三城联创”指挥部的统一组织下推进工作。", "区“三城联创”指挥部"),
    ],
)
def test_org_forms(text: str, org: str) -> None:
    assert (org, "ORG") in _tagged(text)


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("鹿鸣视窗-新闻资讯-中文重点新闻网站", "中文重点新闻网"),
        ("也是举办第九届世界大学生运动会的重要之年。", "届世界大学"),
        ("点击上方蓝字关注我们", "蓝字"),
        ("本报讯（记者 石青）3月4日，会议召开。", "本报"),
        ("检查组深入青岚县部分学校、社区、市场、街道办等地检查。", "街道办"),
        ("本网讯（青岚日报社融媒体记者 石青）8月8日，会议召开。", "青岚日报社融媒体"),
        ("落实中央财政资金，改造中央大街。", "中央"),
    ],
)
def test_org_not(text: str, not_org: str) -> None:
    assert not any(s == not_org and label == "ORG" for s, label in _tagged(text))


@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        ("实现区委提出的“文明创建再出发”目标。", "文明创建再出发"),
        (
            "市党代会提出“加快建设文明幸福的现代化鹿城”，这些都提出了新要求。",
            "加快建设文明幸福的现代化鹿城",
        ),
        ("该街道确立了“建设现代化商务新青岚”的目标。", "建设现代化商务新青岚"),
        (
            "3月15日，青岚县召开“奋力创建全国文明城市 建设高水平现代化强县”誓师大会。",
            "奋力创建全国文明城市 建设高水平现代化强县",
        ),
        ("用“更快、更高、更强、更团结”的体育精神，突出重点。", "更快、更高、更强、更团结"),
        (
            "县长宣布“青岚县2023年创文明城市•赏桃花美景•享健康生活健步走活动”正式启动。",
            "青岚县2023年创文明城市•赏桃花美景•享健康生活健步走活动",
        ),
        ("鹿城市要创“在鹿城看见美丽中国”的城市品牌。", "在鹿城看见美丽中国"),
        ("区委书记运用“徒步工作法”，到村里调研。", "徒步工作法"),
        ("要根据青岚区“十大”专项提升行动，找准薄弱环节。", "十大"),
    ],
)
def test_slogan_forms(text: str, slogan: str) -> None:
    assert (slogan, "SLOGAN") in _tagged(text)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("着力解决群众的“急难愁盼”问题，让群众满意。", "急难愁盼"),
        ("要走好“最后一米”，督导排查问题务必抓细抓实。", "最后一米"),
        ("要打好“最后一战”，明确当前竞争形势。", "最后一战"),
        ("创建工作已进入“百米冲刺”阶段。", "百米冲刺"),
        ("要认真贯彻落实全市“两会”和“三级干部会议”精神。", "两会"),
        ("要认真贯彻落实全市“两会”和“三级干部会议”精神。", "三级干部会议"),
        ("她强调，“两节”将至，各级各部门要加强值守。", "两节"),
        ("各村（社区）“三委”负责人参加会议。", "三委"),
        ("学习贯彻党的“十九大”精神。", "十九大"),
    ],
)
def test_slogan_not(text: str, quoted: str) -> None:
    assert (quoted, "SLOGAN") not in _tagged(text)


def test_slogan_over_place_inside() -> None:
    # the slogan holds the place and the year: no GPE or DATE inside it (no nesting)
    text = "县长宣布“青岚县2023年创文明城市•赏桃花美景•享健康生活健步走活动”正式启动。"
    got = _tagged(text)
    assert ("青岚县", "GPE") not in got
    assert ("2023年", "DATE") not in got
