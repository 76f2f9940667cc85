"""SLOGAN forms mined on the development pages (session 31, slogan31; GUIDELINES.md: a quoted
fixed formula of campaign discourse, a brand or a mechanism; not an honour, nor words quoted for
emphasis): a place's brand before what it carries (形象, 大旗), a campaign's resolve (“某某必胜”),
a routine of work named by its period (“日调度”), the parts of one formula each after an
adverbial of its own, a motto of parts named as a charge (的历史担当), and a counted word that
names a category of bodies (“两新”组织). Every example is made up in the same forms: the names
are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a brand before what it carries, and its every mention (an epithet's too)
        (
            "要扛起“江湾第一新区”大旗，重塑“江湾第一新区”形象。该区有着“江湾第一新区”的美誉。",
            {("江湾第一新区", "SLOGAN")},
            set(),
        ),
        ("全力擦亮“山海慢城”名片。", {("山海慢城", "SLOGAN")}, set()),
        # an honour stays one; a short word quoted for emphasis is none
        ("务必守好“全国文明城市”这一金字招牌。", set(), {("全国文明城市", "SLOGAN")}),
        ("各窗口要树立“窗口”形象。", set(), {("窗口", "SLOGAN")}),
        ("树立“我们的好城市”形象。", set(), {("我们的好城市", "SLOGAN")}),
        # a campaign's resolve
        ("全力以赴实现“首战必胜”。", {("首战必胜", "SLOGAN")}, set()),
        ("力保国家卫生县城“一创即成”。", {("一创即成", "SLOGAN")}, set()),
        # a routine of work named by its period and its verb
        ("推行“日调度”，坚持“周通报”。", {("日调度", "SLOGAN"), ("周通报", "SLOGAN")}, set()),
        ("要打破“老规矩”。", set(), {("老规矩", "SLOGAN")}),
        # the parts of one formula, each after an adverbial of its own
        (
            "干部要以身作则“带头跑”，齐心协力“合力跑”，强化保障“安心跑”，确保按期完成。",
            {("带头跑", "SLOGAN"), ("合力跑", "SLOGAN"), ("安心跑", "SLOGAN")},
            set(),
        ),
        # (no shared last character: topics of work, no formula; battles are figures)
        (
            "会上听取了“城市管理”，随后讨论“市民素质”，最后研究“交通秩序”。",
            set(),
            {("城市管理", "SLOGAN"), ("市民素质", "SLOGAN"), ("交通秩序", "SLOGAN")},
        ),
        (
            "要打好“攻坚战”，打赢“关键战”，打胜“提前战”。",
            set(),
            {("攻坚战", "SLOGAN"), ("关键战", "SLOGAN"), ("提前战", "SLOGAN")},
        ),
        # a motto of parts named as a charge; one part is emphasis
        (
            "要以“功成在我手，担当在我肩”的历史担当推进创建。",
            {("功成在我手，担当在我肩", "SLOGAN")},
            set(),
        ),
        ("要展现“奋起直追”的担当。", set(), {("奋起直追", "SLOGAN")}),
        # a counted word that names a category of bodies or people
        (
            "开发区“两新”组织党工委书记周某到会，慰问“三无”人员。",
            set(),
            {("两新", "SLOGAN"), ("三无", "SLOGAN")},
        ),
    ],
)
def test_slogan31_forms(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got
