"""orgs25 (issue 16, session 24): forms behind the errors on dev19 and dev18 (real reports
annotated by independent careful annotators), written as general forms (made-up sentences; the
people's names are invented, the places only names):

- a titled name closed by a leader's act the followers lacked: 利用 (某某利用周末…), 第N次
  (某某第三次到…), 受 (某某受某某委托讲话): the whole chain and the name were lost;
- 怀, a surname (怀某某): the titled name and its repeats were lost;
- a body joined by 和 (提案和法制工委) read across a post and its name (区长某某和市文明办副主任
  某某): the post, the name and the next title apart;
- the plenary sessions of a congress (十八届三中、四中、五中全会) are no numbered schools;
- 本网 + place + date + 讯: the outlet's own word, no name;
- an office's act opening with 公 (中央文明办公布, 市文明办公示) is no 办公 word;
- an office's counted groups (区创城办三个业务组) are its parts: the office alone;
- the campaign's words of pairing and acting (包联街道办, 进一步夯实街道办, 走进某某公司) open no
  name;
- a delegation a place sends (某某代表团, 自治区代表团, 某某市党政考察团), and a division's team
  after the leader heading it (带领某某市考察组): one body with its place;
- the government's press office (自治区人民政府新闻办公室, 市政府新闻办);
- a character a site masked with * (自治区*委常委, 市*协主席, a name's 某某*): read as a lost one
  (damaged.reading_text), the spans keep the * as written;
- a body whose whole name is a verb word, its kind right after it (管理办主任某某), at a
  paragraph's start: the title and the name.
"""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest
from tests.preannotate_support import entity_set as _tagged


def _holds(text: str) -> set[tuple[str, str]]:
    r = suggest(text)
    return {
        (r.spans[h].text, r.spans[t].text) for kind, h, t in r.relations if kind == "HOLDS_TITLE"
    }


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "近日，市委书记邵明川利用周末时间到城东街道调研。",
            {("邵明川", "市委书记")},
        ),
        (
            "5月8日，县委常委、宣传部部长乔林第二次到包联社区督导。",
            {("乔林", "县委常委"), ("乔林", "宣传部部长")},
        ),
        (
            "区委宣传部副部长、区文明办主任陶明远受区委书记委托讲话。",
            {("陶明远", "区委宣传部副部长"), ("陶明远", "区文明办主任")},
        ),
        (
            "市委副书记、市文明委主任怀建宇先后到城西区调研。",
            {("怀建宇", "市委副书记"), ("怀建宇", "市文明委主任")},
        ),
        (
            "区委书记、区长邵志峰和市文明办副主任韦春生出席并讲话。",
            {("邵志峰", "区委书记"), ("邵志峰", "区长"), ("韦春生", "市文明办副主任")},
        ),
    ],
)
def test_titled_names(text: str, want: set[tuple[str, str]]) -> None:
    assert want <= _holds(text)


def test_joined_body_still_read() -> None:
    assert ("市政协提案和法制工委主任", "TITLE") in _tagged("市政协提案和法制工委主任邵明川讲话。")


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        (
            "学习贯彻党的十九大和十九届二中、三中、四中全会精神。",
            set(),
            {("二中", "ORG"), ("三中", "ORG")},
        ),
        ("由一中、二中负责布置考场。", {("一中", "ORG"), ("二中", "ORG")}, set()),
        ("本网林芝5月9日讯（记者 乔立新）", set(), {("本网", "ORG")}),
        (
            "在中央文明办公布的测评结果中，我市位列第一。",
            {("中央文明办", "ORG")},
            set(),
        ),
        (
            "会上，县创文办四个业务组分别汇报了工作。",
            {("县创文办", "ORG")},
            {("县创文办四个业务组", "ORG")},
        ),
        ("市创城办社区小区组要负责。", {("市创城办社区小区组", "ORG")}, set()),
        (
            "他出席包联街道办创文工作推进会。要进一步夯实街道办、社区工作责任。",
            set(),
            {("包联街道办", "ORG"), ("进一步夯实街道办", "ORG")},
        ),
        (
            "一行走进岚溪绿源农业科技有限公司调研。",
            {("岚溪绿源农业科技有限公司", "ORG")},
            {("走进岚溪绿源农业科技有限公司", "ORG")},
        ),
        (
            "参加全国人大会议甘肃代表团审议。自治区代表团和柳州市代表团赠送贺匾。",
            {("甘肃代表团", "ORG"), ("自治区代表团", "ORG"), ("柳州市代表团", "ORG")},
            {("甘肃", "GPE"), ("柳州市", "GPE")},
        ),
        ("宜宾市党政考察团来我市考察。", {("宜宾市党政考察团", "ORG")}, set()),
        (
            "市委书记邵明川带领宜宾市考察组前往泸州市学习。",
            {("宜宾市考察组", "ORG")},
            {("宜宾市", "GPE")},
        ),
        (
            "由自治区人民政府新闻办公室举办发布会。市政府新闻办召开发布会。",
            {("自治区人民政府新闻办公室", "ORG"), ("市政府新闻办", "ORG")},
            {("自治区人民政府", "ORG")},
        ),
    ],
)
def test_bodies(text: str, want: set[tuple[str, str]], not_want: set[tuple[str, str]]) -> None:
    got = _tagged(text)
    assert want <= got
    assert not (not_want & got)


def test_delegation_head_stays_title() -> None:
    got = _tagged("柳州市代表团团长邵明川宣读贺电。")
    assert ("柳州市代表团团长", "TITLE") in got
    assert ("柳州市代表团", "ORG") not in got


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "自治区*委常委、市委书记邵明川讲话。",
            {("邵明川", "自治区*委常委"), ("邵明川", "市委书记")},
        ),
        ("座谈会上，岚州*委常委、岚溪市委书记乔林*介绍了经验。", {("乔林*", "岚州*委常委")}),
        ("市人大常委会主任韦春生、市*协主席陶明远等出席。", {("陶明远", "市*协主席")}),
        ("会议强调形成合力。\n\n管理办主任陶明远作表态发言。", {("陶明远", "管理办主任")}),
    ],
)
def test_masked_and_bare_office_titles(text: str, want: set[tuple[str, str]]) -> None:
    assert want <= _holds(text)
