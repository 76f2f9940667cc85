"""Forms from the session-16 audit of every label (audall17) on fresh real pages: made-up
sentences in those forms, never the pages' text.

- a quoted couplet named as a campaign by a kind a few words after it (“某某，某某”城区大清洁活动);
- a formula written on one frame: the same head at every second character (“宜居宜业宜游”,
  “共建共治共享”) or two verbs on one object (“爱卫生讲卫生”); a four-character idiom quoted for
  emphasis stays untagged;
- GBK damage that lost the mark after a clause's words together with the title's level
  (做好迎检工作\\ufffd\\ufffd委常委): the title starts at the level, not at the clause;
- batch 2: quoted formulas joined by 、/和, long principles of parts of one length, a place's
  brand before its building, 村“两委”, runs of 《》 titles, 《关于…》, link verbs before 街道;
- batch 3: a three-character name two words before its mechanism, a banner's couplet parted by
  a space, the offices of two levels (县区创城办), a rare surname (贲), 国外公司.
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import holds_texts as _holds
from tests.preannotate_support import labelled_spans as _spans

_LOST = "\ufffd"


@pytest.mark.parametrize(
    "tail",
    ["城区大清洁活动", "全民大扫除行动", "环境整治攻坚战", "志愿清扫活动"],
)
def test_a_couplet_before_a_kind_a_few_words_on(tail):
    text = f"10月3日，柳岸县正式启动“美丽柳岸，从我做起”{tail}。"
    assert ("SLOGAN", "美丽柳岸，从我做起") in _spans(text)


def test_quoted_speech_with_a_comma_stays_untagged():
    text = "一位居民说：“路面干净了，心里也亮堂了”，大家纷纷点赞。"
    assert not [s for s in _spans(text) if s[0] == "SLOGAN"]


@pytest.mark.parametrize(
    "formula",
    ["宜居宜业宜游", "共建共治共享", "爱卫生讲卫生", "比学习比服务", "宜居宜业宜游宜养"],
)
def test_a_formula_on_one_frame(formula):
    text = f"全县上下要齐心协力，为建设“{formula}”新柳岸做出贡献。"
    assert ("SLOGAN", formula) in _spans(text)


@pytest.mark.parametrize("word", ["自说自话", "大干快上", "走过场"])
def test_an_idiom_quoted_for_emphasis_is_no_formula(word):
    text = f"有的单位存在“{word}”的现象，必须纠正。"
    assert ("SLOGAN", word) not in _spans(text)


@pytest.mark.parametrize("clause", ["做好迎检工作", "抓好各项任务落实", "营造浓厚氛围"])
def test_a_lost_mark_and_level_after_a_clause(clause):
    text = f"会议要求全力以赴，{clause}{_LOST}{_LOST}委常委、宣传部长柯明远，副县长鲍晓岚出席会议。"
    spans = _spans(text)
    assert ("TITLE", f"{_LOST}委常委") in spans
    assert not [s for s in spans if s[0] == "TITLE" and clause in s[1]]
    assert _holds(text) >= {("柯明远", f"{_LOST}委常委"), ("柯明远", "宣传部长")}


def test_a_county_named_bare_before_its_lost_level_keeps_its_name():
    text = f"会上，柳岸{_LOST}委常委、宣传部长柯明远作了部署。"
    assert ("TITLE", f"柳岸{_LOST}委常委") in _spans(text)


# --- batch 2 ---------------------------------------------------------------------------------


def test_a_couplet_before_a_long_kind():
    text = "柳岸镇召开“学先进强作风，树形象我先行”环境卫生专项整治行动启动会。"
    assert ("SLOGAN", "学先进强作风，树形象我先行") in _spans(text)


@pytest.mark.parametrize("head", ["幸福", "平安", "美丽", "魅力"])
def test_a_places_brand_before_its_building(head):
    text = f"全街道上下要为“{head}柳岸”现代化建设提供更多力量。"
    assert ("SLOGAN", f"{head}柳岸") in _spans(text)


def test_a_places_brand_quoted_alone_is_no_formula():
    text = "这座城市被誉为“幸福柳岸”，游客络绎不绝。"
    assert ("SLOGAN", "幸福柳岸") not in _spans(text)


def test_quoted_names_joined_by_a_comma_and_a_conjunction_share_their_status():
    text = "开展“清洁农家”、“清洁庭院”和“清洁集镇”创建工作。"
    spans = _spans(text)
    for c in ("清洁农家", "清洁庭院", "清洁集镇"):
        assert ("SLOGAN", c) in spans


def test_a_long_principle_of_parts_of_one_length():
    principle = "政府主导、部门联动、属地管理、全民参与、村组落实、综合治理"
    text = f"要求大家严格按照“{principle}”的原则开展整治。"
    assert ("SLOGAN", principle) in _spans(text)


def test_a_long_list_of_categories_stays_untagged():
    cats = "城中村、老旧小区、背街小巷、农贸市场、城乡结合部、学校周边"
    text = f"重点整治“{cats}”等区域。"
    assert ("SLOGAN", cats) not in _spans(text)


def test_a_villages_two_committees_are_no_formula():
    text = "全体干部职工、驻村第一书记、村“两委”负责同志参会。"
    assert ("SLOGAN", "两委") not in _spans(text)


def test_a_run_of_titles_one_a_document():
    text = (
        "会议印发了《柳岸市创文工作问责办法》、《建立市领导包保联系点》、"
        "《推进测评工作常态化管理》等三个通知。"
    )
    spans = _spans(text)
    for c in ("柳岸市创文工作问责办法", "建立市领导包保联系点", "推进测评工作常态化管理"):
        assert ("DOC", c) in spans


def test_a_title_opening_with_about_is_a_document():
    text = "会议传达了《关于实现测评迎检工作动态化管理》。"
    assert ("DOC", "关于实现测评迎检工作动态化管理") in _spans(text)


def test_a_song_title_alone_stays_no_document():
    text = "演出以歌曲《文明新风进万家》开场。"
    assert not [s for s in _spans(text) if s[0] == "DOC"]


@pytest.mark.parametrize("verb", ["包联", "包保", "挂钩"])
def test_a_link_verb_before_a_sub_district_is_no_name(verb):
    text = f"要全面落实领导分片包干、{verb}街道、社区制度。"
    assert not [s for s in _spans(text) if s[0] == "GPE"]


# --- batch 3 ---------------------------------------------------------------------------------


def test_a_long_principle_of_four_parts_of_six():
    principle = "领导小组主导、县创卫办统筹、成员单位落实、干部群众参与"
    text = f"柳岸县构建“{principle}”的大创建格局。"
    spans = _spans(text)
    assert ("SLOGAN", principle) in spans
    assert ("ORG", "县创卫办") not in spans


def test_a_three_character_name_with_a_word_before_its_mechanism():
    text = "实施督查周例会与“红黑榜”通报制度，推动创建工作常态长效。"
    assert ("SLOGAN", "红黑榜") in _spans(text)


def test_a_banner_couplet_parted_by_a_space():
    text = "“创建文明城市 共建幸福柳岸”，今年4月以来，这句口号深入人心。"
    assert ("SLOGAN", "创建文明城市 共建幸福柳岸") in _spans(text)


def test_quoted_speech_with_a_space_and_a_comma_stays_untagged():
    text = "一位市民说：“路面干净了 心里也亮堂了，真好”，大家纷纷点赞。"
    assert not [s for s in _spans(text) if s[0] == "SLOGAN"]


@pytest.mark.parametrize("pair", ["县区", "市县", "区县"])
def test_the_offices_of_two_levels_are_generic(pair):
    text = f"宣传单通过{pair}创城办在社区醒目位置张贴。"
    assert not [s for s in _spans(text) if s[0] == "ORG"]


def test_a_county_secretary_with_a_rare_surname():
    text = "近日，柳岸县委书记贲黄文在接受本报专访时表示。"
    assert _holds(text) == {("贲黄文", "柳岸县委书记")}


def test_foreign_companies_are_generic():
    text = "高新区与国外公司建立了合作关系。"
    assert ("ORG", "国外公司") not in _spans(text)


# --- batch 4 (check batch) -------------------------------------------------------------------


def test_an_editions_ordinal_counts_nothing():
    text = "柯明远获得了“第三届柳岸市道德模范”称号。"
    assert not [s for s in _spans(text) if s[0] == "SLOGAN"]
    assert ("SLOGAN", "第二批五个一") in _spans("全县推进“第二批五个一”工程。")


def test_a_places_numeral_counts_nothing():
    text = "柯明远获得了“四川省最美志愿者”称号。"
    spans = _spans(text)
    assert ("SLOGAN", "四川省最美志愿者") not in spans
    assert ("GPE", "四川省") in spans
    assert ("SLOGAN", "三明确") in _spans("开展“三明确”活动。")


def test_a_campaign_kind_after_a_word():
    text = "推出了首届“感动柳岸”人物评选，吸引群众参与。"
    assert ("SLOGAN", "感动柳岸") in _spans(text)


def test_a_figure_before_its_manner_is_no_campaign():
    text = "引导群众以“老黄牛”的姿态参与活动。"
    assert not [s for s in _spans(text) if s[0] == "SLOGAN"]


def test_a_daily_report_is_no_newspaper():
    text = "建立了领导包联月汇报、创建办工作日报告等制度。"
    assert not [s for s in _spans(text) if s[0] == "ORG" and s[1].endswith("日报")]


def test_a_citys_communities_are_no_community():
    text = "市文明办组织召开柳岸市社区创建全国文明城市观摩会。"
    spans = _spans(text)
    assert ("LOC", "柳岸市社区") not in spans


@pytest.mark.parametrize("team", ["省考核验收组", "省考核组", "省检查组"])
def test_a_levels_checking_team_opening_a_clause(team):
    text = f"会上，{team}反馈了考核情况。"
    assert ("ORG", team) in _spans(text)


# --- batch 5 (check batch) -------------------------------------------------------------------


def test_the_epithets_a_place_is_praised_by_are_no_formula():
    text = "柳岸县有着“柳絮之乡、青瓷故里、白鹭栖地、古渡名津、茶马驿站、千年古县”的美誉。"
    spans = _spans(text)
    assert not [s for s in spans if s[0] in ("SLOGAN", "GPE") and "之乡" in s[1]]
    assert not [s for s in _spans("柳岸素有“鱼米之乡”的美誉。") if s[0] == "SLOGAN"]


def test_what_the_text_calls_a_slogan_is_one():
    text = "全市上下大声唱响鲜明的行动口号——“创城我们一起”，激荡起强烈共鸣。"
    assert ("SLOGAN", "创城我们一起") in _spans(text)


def test_a_formula_turned_round():
    text = "要加强宣传引导，变“要我创”为“我要创”，营造浓厚氛围。"
    spans = _spans(text)
    assert ("SLOGAN", "要我创") in spans and ("SLOGAN", "我要创") in spans
    assert not [s for s in _spans("变“你和我”为“我们”。") if s[0] == "SLOGAN"]


@pytest.mark.parametrize("kind", ["行动", "专项行动"])
def test_a_short_name_before_its_action(kind):
    text = f"把高质量发展推向更高层次的“圆梦”{kind}中。"
    assert ("SLOGAN", "圆梦") in _spans(text)
    assert not [s for s in _spans(f"开展“颜值”提升{kind}。") if s[0] == "SLOGAN"]


@pytest.mark.parametrize(
    "province, division", [("湖南省", "长沙市"), ("山西省", "长子县"), ("陕西省", "长安区")]
)
def test_a_province_before_a_division_opening_with_chang(province, division):
    text = f"近日，{province}{division}召开创建工作推进会。"
    spans = _spans(text)
    assert ("GPE", province) in spans and ("GPE", division) in spans
    assert not [s for s in spans if s[0] in ("TITLE", "PERSON")]
    assert ("TITLE", "省长") in _spans("省长王明出席会议。")
