"""Session 40 (entities40): ORG, GPE and LOC forms of real reports. The centre listed with bare
levels that close with no body (中央、省、市关于…, 中央和省市县部署) is a level as they are, no ORG
(中央和省委 stays one). A town or a sub-district named by an ordinary word is the report's own
where the text writes it twice and once opens a clause before a verb of the report or stands
before its own body (某某街道在…召开, 及某某乡党委、政府). Every sentence, name and place here is
made up."""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest


def _tagged(text: str, *labels: str) -> list[tuple[int, str, str]]:
    return [(s.start, s.text, s.label) for s in suggest(text).spans if s.label in labels]


# --- the centre among bare levels


@pytest.mark.parametrize(
    "text",
    [
        "会议传达学习了中央、省、市关于安全生产的文件精神。",
        "要认真落实中央和省市县部署要求，确保各项工作落到实处。",
        "创建全国文明城市是中央、省、市赋予我们的光荣任务。",
        "要贯彻落实中央和省、市、县关于河长制的决策部署。",
        "要落实中央、省有关部署，扎实推进问题整改。",
    ],
)
def test_the_centre_among_bare_levels_is_no_org(text: str) -> None:
    assert [t for t in _tagged(text, "ORG") if t[1] == "中央"] == []


@pytest.mark.parametrize(
    "text",
    [
        "要贯彻落实中央和省委、市委决策部署。",
        "要把思想统一到中央和省市委的部署上来。",
        "要认真贯彻中央和市委部署要求。",
    ],
)
def test_the_centre_with_a_committee_stays_an_org(text: str) -> None:
    assert (text.index("中央"), "中央", "ORG") in _tagged(text, "ORG")


# --- a town or a sub-district named by an ordinary word, the report's own


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "3月5日上午，海岸街道在街道三楼会议室召开安全生产工作会议。"
            "会议通报了海岸街道2023年安全生产工作情况。",
            "海岸街道",
        ),
        ("近日，铁路镇召开秸秆禁烧工作会。会议要求铁路镇各村要加强巡查。", "铁路镇"),
        (
            "县应急管理局及丰收乡主要负责人参加了检查。丰收乡党委、政府要压实责任。",
            "丰收乡",
        ),
    ],
)
def test_a_word_town_written_twice_in_a_strong_position(text: str, name: str) -> None:
    got = _tagged(text, "GPE", "ORG")
    assert any(t[1].startswith(name) for t in got if t[0] == text.index(name))
    assert any(t[1].startswith(name) for t in got if t[0] == text.rindex(name))


@pytest.mark.parametrize(
    "text",
    [
        # a word before a unit once, or never in a strong position: no name
        "最后镇党委书记作了表态发言。各村要按照镇党委要求抓好落实。",
        "会议听取了关于典型镇、典型村建设情况的汇报，要推动典型镇培育建设。",
        "近日，海岸街道召开会议。会议要求做好防汛工作。",
    ],
)
def test_a_word_before_a_unit_otherwise_names_none(text: str) -> None:
    got = _tagged(text, "GPE")
    assert [t for t in got if t[1].endswith(("镇", "乡", "街道"))] == []
