"""Pre-annotate 10,000 generated articles and compare with jieba.lcut over the same texts.

    python bench/bench_preannotate.py [--articles N] [--processes 2] [--seed 7]

Prints characters per second for suggest() (over both cores) and for jieba.lcut (one process,
as it is normally called), and the ratio of their times. Budget (DESIGN.md §7): suggest within 2x
of jieba.lcut's time. The articles are fictional text of the genre: meetings, title chains,
lists of leaders, speaker frames, directives, quoted slogans, cited documents, dates.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import sys
import time

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "建国明华伟强军平海涛志刚文晓东丽娟敏静燕红梅芳玲秀英杰峰磊洋超勇俊鹏宇浩然思远嘉欣雨晨子轩博涵泽宁安康永福德胜利春秋松柏"
CITIES = "赣州 九江 宜春 吉安 上饶 抚州 南平 三明 宁德 莆田 龙岩 泉州 衡阳 郴州 岳阳 常德 邵阳 怀化 绵阳 德阳 南充 宜宾 泸州 遂宁 内江 乐山 眉山 曲靖 玉溪 保山 昭通 汉中 宝鸡 咸阳 渭南 延安 榆林".split()
TITLES = [
    "市委书记",
    "市委副书记",
    "市长",
    "市人大常委会主任",
    "市政协主席",
    "市委常委",
    "宣传部部长",
    "市委组织部部长",
    "副市长",
    "市文明办主任",
    "市创建全国文明城市工作指挥部指挥长",
    "市公安局局长",
]
VERBS = ["强调", "指出", "要求"]
ADDRESSEES = [
    "各级各部门",
    "各县（市、区）",
    "党员干部",
    "广大市民",
    "各成员单位",
    "学校",
    "窗口单位",
]
ACTIONS = [
    "提高政治站位，把创建工作摆在更加突出的位置",
    "坚持问题导向，对照测评标准逐项整改到位",
    "加强背街小巷环境整治，提升城市精细化管理水平",
    "压实属地责任，形成齐抓共管的工作格局",
    "广泛开展志愿服务活动，营造人人参与的浓厚氛围",
    "强化督查考核，对工作不力的单位严肃问责",
    "加快补齐基础设施短板，确保测评指标全面达标",
    "深化未成年人思想道德建设，筑牢文明根基",
]
SLOGANS = ["三城同创", "门前五包", "一巷一策", "清洁家园", "五进五送", "周末卫生日", "双报到"]
ASSERTIONS = [
    "创建全国文明城市是一项系统工程，是提升城市品质的重要抓手。",
    "今年以来，全市创建工作取得积极成效，城市面貌持续改善，但仍存在一些短板弱项。",
    "会上，观看了创建工作专题片，通报了前期测评情况，相关单位作表态发言。",
]


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def article(rng: random.Random) -> str:
    city = rng.choice(CITIES)
    boss, mayor = _name(rng), _name(rng)
    leaders = "、".join(_name(rng) for _ in range(rng.randint(3, 8)))
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    paras = [
        f"{city}召开{rng.randint(2019, 2024)}年创建全国文明城市工作推进会",
        f"{m}月{d}日上午，{city}市创建全国文明城市工作推进会召开。{rng.choice(TITLES[:1])}、"
        f"{TITLES[10]}{boss}出席会议并讲话，市委副书记、市长{mayor}主持会议，市领导{leaders}出席会议。",
    ]
    for speaker in (boss, mayor, "他"):
        sents = [f"{speaker}{rng.choice(VERBS)}，{rng.choice(ASSERTIONS)}"]
        for _ in range(rng.randint(3, 7)):
            k = rng.random()
            if k < 0.4:
                sents.append(f"{rng.choice(ADDRESSEES)}要{rng.choice(ACTIONS)}。")
            elif k < 0.6:
                sents.append(
                    f"要深入开展“{rng.choice(SLOGANS)}”行动，{rng.choice(ACTIONS)}；要{rng.choice(ACTIONS)}。"
                )
            elif k < 0.75:
                sents.append(f"对照《全国文明城市测评体系》，必须{rng.choice(ACTIONS)}。")
            elif k < 0.85:
                sents.append(f"同时，{rng.choice(ADDRESSEES)}一定要{rng.choice(ACTIONS)}。")
            else:
                sents.append(rng.choice(ASSERTIONS))
        paras.append("".join(sents))
    paras.append(f"市委常委、宣传部部长{_name(rng)}，市直有关部门负责同志参加会议。")
    return "\n".join(paras)


def _run(text: str) -> tuple[int, float]:
    from civannot.preannotate import suggest

    t0 = time.process_time()
    n = len(suggest(text).spans)
    return n, time.process_time() - t0


def _warm(_: int) -> int:
    from civannot.preannotate import suggest

    return len(suggest("市委书记钱江出席会议并讲话。他强调，要压实责任。").spans)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    texts = [article(rng) for _ in range(args.articles)]
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {chars:,} characters")

    import jieba

    from civannot.preannotate.gazetteers import jieba_tokenizer

    jieba_tokenizer()  # both sides start with jieba loaded: we time work, not start-up
    jieba.initialize()  # jieba.lcut reads the global dictionary, the rules a prepared one
    t0, c0 = time.perf_counter(), time.process_time()
    for t in texts:
        jieba.lcut(t)
    t_jieba, cpu_jieba = time.perf_counter() - t0, time.process_time() - c0

    with mp.get_context().Pool(args.processes) as pool:
        pool.map(_warm, range(args.processes))  # load gazetteers and jieba in every worker
        t0 = time.perf_counter()
        results = list(pool.imap_unordered(_run, texts, chunksize=64))
        t_suggest = time.perf_counter() - t0
    n_spans = sum(n for n, _ in results)
    cpu_suggest = sum(c for _, c in results)

    ratio = t_suggest / t_jieba
    print(f"jieba.lcut (1 process):       {t_jieba:7.2f} s  {chars / t_jieba:12,.0f} chars/s")
    print(
        f"suggest ({args.processes} processes):       {t_suggest:7.2f} s  "
        f"{chars / t_suggest:12,.0f} chars/s  ({n_spans:,} spans)"
    )
    print(
        f"time ratio suggest / jieba.lcut: {ratio:.2f}  (budget <= 2.0: {'ok' if ratio <= 2 else 'OVER'})"
    )
    # CPU seconds do not depend on what else the machine runs; the wall times above do
    print(
        f"CPU seconds: jieba.lcut {cpu_jieba:.2f}, suggest {cpu_suggest:.2f} over all workers "
        f"(per character suggest costs {cpu_suggest / cpu_jieba:.2f}x jieba.lcut on one core)"
    )
    return 0 if ratio <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
