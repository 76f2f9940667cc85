"""Session 42 (dirs42): where a DIRECTIVE starts after an injunction or a hope, read on the wide
pages. Made-up sentences, invented names."""

from __future__ import annotations

from directive_helpers import directives, issued


def test_the_connective_and_the_manner_of_an_injunction_stay_out():
    # …，并嘱咐村民一定要… / …，还关切地提醒工作人员要…: the connective and the manner go with the
    # verb, the span opens at the addressee
    text = "8月2日，市长张立军来到渔港，并嘱咐村民一定要注意安全，必要时一定要及时转移。"
    assert directives(text) == ["村民一定要注意安全，必要时一定要及时转移"]
    text = "8月2日，市长张立军来到渔港，还关切地提醒工作人员要注意自我防护，确保人身安全。"
    assert directives(text) == ["工作人员要注意自我防护，确保人身安全"]
    # guard: with no connective the addressee opens the span as before
    text = "8月2日，市长张立军来到渔港。他叮嘱渔民要注意安全。"
    assert directives(text) == ["渔民要注意安全"]


def test_the_pronoun_and_the_connective_before_a_hope_stay_out():
    # 他希望村委… / 他们同时希望我县要…: 希望 and its addressee are the marker, the speaker's
    # pronoun and the connective before it are the frame
    text = (
        "8月2日，市长张立军来到渔港，对当地的工作给予肯定。"
        "他希望村委在做好环境治理的同时，要积极探索致富新路子。"
    )
    assert directives(text) == ["希望村委在做好环境治理的同时，要积极探索致富新路子"]
    assert issued(text) == [("希望村委在做好环境治理的同时，要积极探索致富新路子", "张立军")]
    text = (
        "8月2日，市长张立军一行来到南山县调研。"
        "他们同时希望我县要进一步强化责任意识，主动服务，切实解决好企业遇到的困难。"
    )
    assert directives(text) == ["希望我县要进一步强化责任意识，主动服务，切实解决好企业遇到的困难"]


def test_an_injunction_governs_its_addressee_and_the_act_as_a_requirement_does():
    # 某某叮嘱各部门加强… / 他还叮嘱各乡镇…: no marker after the addressee, the act is required
    # all the same (as after 要求)
    text = (
        "8月2日，市长张立军来到河道边查看水情。"
        "张立军叮嘱各部门加强流域防洪统一调度，确保泄洪过程安全平稳。"
    )
    assert directives(text) == ["各部门加强流域防洪统一调度，确保泄洪过程安全平稳"]
    assert issued(text) == [("各部门加强流域防洪统一调度，确保泄洪过程安全平稳", "张立军")]
    text = "8月2日，市长张立军来到南湖镇检查防汛工作。他还叮嘱各乡镇做好转移群众的安置工作。"
    assert directives(text) == ["各乡镇做好转移群众的安置工作"]
    # guard: a bare injunction to the manager of a site a visit stops at stays part of the
    # visit's report (dev2's gold), as before
    text = (
        "蓝大明一行来到青山农贸市场，仔细查看禽类宰杀区和排水沟渠，"
        "叮嘱市场管理方落实每日清扫、每周消杀制度。"
    )
    assert directives(text) == []


def test_an_injunction_without_an_act_after_its_addressee_is_no_requirement():
    # guard: 叮嘱 + addressee + no act (a wish, a greeting) asks nothing
    text = "8月2日，县委书记张立军来到敬老院，叮嘱老人们保重身体。"
    assert directives(text) == []
    # guard: what was enjoined reported as done asks nothing
    text = "8月2日，县委书记张立军来到南湖镇。张立军此前叮嘱的各项整改已经全部完成。"
    assert directives(text) == []


def test_the_speakers_good_wishes_after_a_requirement_stay_out():
    # …，并预祝广大考生取得优异成绩 / …，祝愿大家新春快乐: a wish asks nothing
    text = (
        "8月2日，县委书记张立军来到南湖中学检查工作。"
        "他要求各学校做好学生心理疏导和后勤保障工作，并预祝广大考生取得优异成绩。"
    )
    assert directives(text) == ["各学校做好学生心理疏导和后勤保障工作"]
    text = "8月2日，县委书记张立军来到南湖镇。张立军要求各部门要做好服务保障，祝愿大家新春快乐。"
    assert directives(text) == ["各部门要做好服务保障"]


def test_more_verbs_of_action_continue_a_requirement():
    # after a requirement, in a sentence with no frame of its own: 吸取…教训 / 注意… / 总结…经验 /
    # 带头… / 实行…制 continue it (rule_words continuation_verbs)
    text = (
        "张立军强调，要切实抓好安全生产各项工作。吸取事故教训，严格落实安全生产责任。"
        "各级领导要牢记安全责任。"
    )
    assert directives(text) == [
        "要切实抓好安全生产各项工作",
        "吸取事故教训，严格落实安全生产责任",
        "各级领导要牢记安全责任",
    ]
    text = "张立军要求：要靠前指挥，特殊情况及时上报。注意人身安全，把自然灾害造成的损失降到最低。"
    assert directives(text) == [
        "要靠前指挥，特殊情况及时上报",
        "注意人身安全，把自然灾害造成的损失降到最低",
    ]
    # guard: what was noticed, or what was summed up, continues nothing
    text = (
        "张立军强调，要切实抓好安全生产各项工作。注意到各地工作进展不一。总结了一年来的工作经验。"
    )
    assert directives(text) == ["要切实抓好安全生产各项工作"]


def test_hours_and_deadlines_are_no_tally_of_what_was_done():
    # …，严格落实水库24小时巡查 / 于14日12时之前: a number of hours or a deadline belongs to the order
    text = (
        "张立军强调，县旅游委务必于14日12时之前关闭旅游景点。"
        "各水库加强值班值守，严格落实水库24小时巡查。各乡镇做好防汛抢险物资储备。"
    )
    assert directives(text) == [
        "县旅游委务必于14日12时之前关闭旅游景点",
        "各水库加强值班值守，严格落实水库24小时巡查",
        "各乡镇做好防汛抢险物资储备",
    ]
    # guard: a tally still reports what the addressees did
    text = "张立军强调，要切实抓好安全生产各项工作。各乡镇加强巡查，清理垃圾50吨。"
    assert directives(text) == ["要切实抓好安全生产各项工作"]
