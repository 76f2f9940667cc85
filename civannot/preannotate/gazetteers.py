"""Gazetteers shipped in resources/gazetteers/, loaded once and compiled into matchers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from civannot.preannotate.jieba_dict import tokenizer as _prepared_tokenizer
from civannot.text.word_lists import gazetteer_words as _lines

# the extension planes too: rare name characters such as 𠮷 (U+20BB7) live outside the BMP
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"


def longest_first(word: str) -> tuple[int, str]:
    """A sort key for the words of an alternation: the longest first, then in code point order,
    so that a pattern built from a set is the same string in every process (a set's order is
    its hashes', which change from one process to the next: the warm-up's answers kept on disk
    are found by the pattern, preannotate/pattern_cache.py). Among words of one length only one
    can match at a place, so their order changes no match."""
    return -len(word), word


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, built as a trie so that large lists stay fast."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in node.items() if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(sorted(branches)) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def words_cue(words: Iterable[str]) -> str:
    """The pattern of a gate `any(w in text for w in words)`: the words' alternation, so that
    `re.compile(words_cue(words)).search(text) is not None` gives the same answer. Compiled at
    a module's top level, speed_up makes it a TextGate that first looks for each word's rarest
    character (memchr) instead of a pass over the whole text for each word: a gate whose words
    a text lacks cost ~1.5 us a word on a bench article with the repository's pyenv Python (its
    str.find about twice Debian's; speed40b)."""
    return "|".join(map(re.escape, words))


@dataclass(frozen=True)
class Gazetteers:
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    levels: tuple[str, ...]
    bodies: tuple[str, ...]
    posts: tuple[str, ...]
    lone_posts: tuple[str, ...]  # posts that are a title on their own (市长, 宣传部长)
    named_org_kinds: tuple[str, ...]  # outlets and small bodies named by their kind (新闻网)
    org_suffixes: tuple[str, ...]
    org_names: frozenset[str]
    org_fields: tuple[str, ...]  # field words a bureau is named by (城市管理执法局)
    admin_suffixes: tuple[str, ...]
    gpe_names: frozenset[str]  # provinces and prefecture cities, bare
    gpe_ambiguous: frozenset[str]  # bare names that are also common words: need a suffix
    admin_full: frozenset[str]  # county-level units with suffix
    admin_stems: frozenset[str]  # their bare stems (used bare only where a place is expected)
    slogan_exclusions: frozenset[str]
    speech_verbs: tuple[str, ...]
    name_followers: tuple[str, ...]
    doc_titles: tuple[str, ...]


# Bare names that double as ordinary words (长治长效, 朝阳产业, 大同小异; 迎大庆, 周年大庆: the grand
# celebration of a national day, session 42): GPE only with a suffix.
_AMBIGUOUS = (
    "长治 朝阳 白山 黄山 大同 中山 安康 吉安 三明 南平 普洱 红河 文山 黑河 白城 通化 丽水 阳江 江门 大庆 "
    "东营 安顺 永州 玉林 北海 来宾 金华 和田 吴忠 中卫 白银 金昌 武威 平凉 德宏 大理 玉树 果洛 海东 "
    "海北 海西 昌都 林芝 山南 阿里 天门 仙桃 潜江 济源 三沙 日照 眉山 资阳 巴中 广安 宁德 抚州 "
    "海南州 黄南 甘南 迪庆 怒江 临沧 保山 红河 随州 咸宁 荆门 孝感 恩施 常德 益阳 娄底 湘西 "
    "本溪 辽阳 盘锦 铁岭 营口 四平 松原 伊春 黑河 鸡西 七台河 佳木斯 新余 萍乡 九江 上饶 "
    "中国 台湾 西藏 青海 吉林 江西 广西"
).split()


# the ethnic groups named in autonomous units (城步苗族自治县 -> 城步)
_ETHNIC = tuple(
    sorted(
        (
            "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
            "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 "
            "塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 "
            "基诺 各"
        ).split(),
        key=len,
        reverse=True,
    )
)


# the provinces' one-character names that read as the province between a verb of coming and one
# of visiting (来陕考察; 新 宁 青 云 贵 are left out: 来新…, 回宁… read too often otherwise), and
# all of them (驻青各单位)
PROVINCE_INITIALS_VISITED = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘陇"
PROVINCE_INITIALS = PROVINCE_INITIALS_VISITED + "青宁新"
# the mainland's province-level divisions, bare (gpe_names.txt's first lines)
PROVINCES = frozenset(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 "
    "湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆".split()
)
# the country and every province-level name a chain of divisions opens with
_UPPER = PROVINCES | {"中国", "台湾"}


def _chain_word(word: str, full: frozenset[str]) -> bool:
    """湖南长沙市, 上海市浦东新区: a province-level name (bare or with its unit), then a division
    of its own."""
    for j in (2, 3, 4):
        head, tail = word[:j], word[j:]
        if len(tail) >= 3 and (head in _UPPER or head[:-1] in _UPPER) and tail in full:
            return True
    return False


def _by_last_character(suffixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The suffixes by their last character, each list in their order: a name can end only
    with those of its own last character (load() stems ~13,000 names, each tried against every
    suffix: a tenth of the rules' warm-up; session 35, speed35e). An empty suffix goes under
    every character, in its place."""
    last = _SUFFIXES_LAST
    if last and last[0] is suffixes:
        return last[1]
    out: dict[str, list[str]] = {suf[-1]: [] for suf in suffixes if suf}
    for suf in suffixes:
        for ch, got in out.items():
            if not suf or suf.endswith(ch):
                got.append(suf)
    index = {ch: tuple(got) for ch, got in out.items()}
    _SUFFIXES_LAST[:] = [suffixes, index]
    return index


# (the suffixes last indexed and their index: load() asks with one tuple 13,000 times)
_SUFFIXES_LAST: list = []


def _stem_of(name: str, suffixes: tuple[str, ...]) -> str:
    """The bare name of a division: 临澧县 -> 临澧, 城步苗族自治县 -> 城步, 双江拉祜族佤族布朗族傣族自治县
    -> 双江; "" when fewer than two characters would remain (城区, 郊区)."""
    for suf in _by_last_character(suffixes).get(name[-1:], ()):
        if name.endswith(suf):
            stem = name[: -len(suf)]
            break
    else:
        return ""
    if suf.startswith("自治"):
        # 和布克赛尔蒙古自治县, 察布查尔锡伯自治县: a people named without 族 before 自治 (a name of
        # two characters at least, not one that may end a place's name: 融水) goes too
        # (session 41, places41)
        for e in _ETHNIC:
            if len(e) >= 2 and stem.endswith(e) and len(stem) - len(e) >= 2:
                stem = stem[: -len(e)]
                break
        changed = True
        while changed:
            changed = False
            for e in _ETHNIC:
                if stem.endswith(e + "族") and len(stem) - len(e) - 1 >= 2:
                    stem = stem[: -len(e) - 1]
                    changed = True
                    break
    return stem if len(stem) >= 2 else ""


@lru_cache(maxsize=1)
def load() -> Gazetteers:
    raw_surnames = (
        resources.files("civannot.resources")
        .joinpath("gazetteers", "surnames.txt")
        .read_text(encoding="utf-8")
    )
    single: set[str] = set()
    compound: set[str] = set()
    in_compound = False
    for line in raw_surnames.splitlines():
        s = line.strip()
        if s.startswith("#"):
            in_compound = in_compound or s == "# compound"
            continue
        for w in s.split():
            (compound if in_compound or len(w) > 1 else single).add(w)
    # 茍 for 苟, 劉 for 刘: another written form of a listed surname opens a name as it does
    # (surname_variants.txt, "form listed" a line; session 33)
    pairs = _lines("surname_variants.txt")
    for form, listed in zip(pairs[::2], pairs[1::2], strict=True):
        if len(form) == 1 and listed in single:
            single.add(form)
    admin_suffixes = tuple(sorted(_lines("admin_suffixes.txt"), key=len, reverse=True))
    # jieba's place entries and the national list of divisions down to county level (cpca)
    jieba_full = frozenset(_lines("admin_units_full.txt"))
    jieba_stems = {_stem_of(w, admin_suffixes) for w in jieba_full}
    generic_head = set(rule_words()["generic_head"])
    # 老城区, 新城区: names that read as "the old town" are left to jieba's list
    divisions = frozenset(
        w
        for w in _lines("admin_divisions.txt")
        if (st := _stem_of(w, admin_suffixes)) in jieba_stems
        or st[:1] not in generic_head
        or st[-1:] not in "城市区县镇乡"
    )
    # 互助县, 城步县, 隆林县: an autonomous county or banner is written with its stem and the
    # plain unit as often as with its full name (互助土族自治县)
    short_forms = {
        st + w[-1]
        for w in divisions
        if w.endswith(("自治县", "自治旗")) and len(st := _stem_of(w, admin_suffixes)) >= 2
    }
    # 镇宁自治县, 黔东南州: the stem and the bare 自治 unit, without the peoples' names between
    # (session 15 audit: 镇宁布依族苗族自治县 is written so in its own reports)
    short_forms |= {
        st + w[-3:]
        for w in divisions
        if w.endswith(("自治县", "自治旗", "自治州"))
        and len(st := _stem_of(w, admin_suffixes)) >= 2
    }
    # 晋宁县 -> 晋宁区: a county made a district after the list's data keeps its name (stems of
    # two characters at least, not the generic 城/郊 ones, and only where no division of the
    # other unit is known under that name)
    renamed = {
        st + "区"
        for w in divisions
        if w.endswith("县")
        and len(st := _stem_of(w, admin_suffixes)) >= 2
        and st[:1] not in generic_head
        # (大城县 -> no 大城区: 加大城区道路 reads 城区, the town's urban area)
        and st[-1:] not in "城市县区镇乡"
    }
    admin_full = jieba_full | divisions | short_forms | renamed
    # 湖南长沙市, 上海浦东新区, 中国西藏自治区: jieba keeps a few chains of two divisions as one
    # word; each division is its own GPE (session 23, gpe24)
    admin_full = frozenset(w for w in admin_full if not _chain_word(w, admin_full))
    stems = set()
    for w in admin_full:
        stem = _stem_of(w, admin_suffixes)
        if stem:
            stems.add(stem)
    gpe_names = frozenset(_lines("gpe_names.txt"))
    # a county's bare name that is also an ordinary word (新城, 开平 is not; 城中, 平安 are) is
    # GPE only with its unit: the national list has many such names
    function, common = _two_char_words()
    ordinary = _ordinary_words(frozenset(stems))
    # jieba tags some county names as adverbs or verbs with a handful of counts (始兴 d 16,
    # 永定 d 34): such a stem is a function word only where the dictionary saw it often
    frequent = _ordinary_words(frozenset(stems), 100)
    worded = {
        s
        for s in stems
        if s in common
        or (s in function and s in frequent)
        # 会同 (together with), 工农, 清水, 平和: jieba knows them as ordinary words
        or s in ordinary
        # 老城区, 新城区, 城区: read as "the old town" unless jieba knows the name as a place
        or (s[0] in generic_head and s not in jieba_stems)
    }
    ambiguous = frozenset(_AMBIGUOUS) | (frozenset(worded) - gpe_names)
    return Gazetteers(
        surnames=frozenset(single),
        compound_surnames=frozenset(compound),
        levels=tuple(sorted(_lines("title_levels.txt"), key=len, reverse=True)),
        bodies=tuple(sorted(_lines("title_bodies.txt"), key=len, reverse=True)),
        posts=tuple(sorted(_lines("title_posts.txt"), key=len, reverse=True)),
        lone_posts=tuple(sorted(_lines("title_lone_posts.txt"), key=len, reverse=True)),
        named_org_kinds=tuple(sorted(_lines("org_named_kinds.txt"), key=len, reverse=True)),
        org_suffixes=tuple(sorted(_lines("org_suffixes.txt"), key=len, reverse=True)),
        org_names=frozenset(_lines("org_names.txt")),
        org_fields=tuple(sorted(_lines("org_fields.txt"), key=len, reverse=True)),
        admin_suffixes=admin_suffixes,
        gpe_names=gpe_names,
        gpe_ambiguous=ambiguous,
        admin_full=admin_full,
        admin_stems=frozenset(stems) - ambiguous,
        slogan_exclusions=frozenset(_lines("slogan_exclusions.txt")),
        speech_verbs=tuple(sorted(_lines("speech_verbs.txt"), key=len, reverse=True)),
        name_followers=tuple(sorted(_lines("name_followers.txt"), key=len, reverse=True)),
        doc_titles=tuple(sorted(_lines("doc_titles.txt"), key=len, reverse=True)),
    )


@lru_cache(maxsize=1)
def rule_words() -> dict:
    """Word lists of the rules (resources/gazetteers/rule_words.json), read once per process."""
    import json

    path = resources.files("civannot.resources").joinpath("gazetteers", "rule_words.json")
    return json.loads(path.read_text(encoding="utf-8"))


def jieba_tokenizer():  # noqa: ANN201 - jieba.Tokenizer; jieba is imported lazily
    """jieba over its prepared dictionary (preannotate/jieba_dict.py): a fresh process segments
    its first snippet without loading the whole dictionary. (jieba_dict.tokenizer is the one
    cache: imported once here, so the rules' dozen calls a text run no import statement, and a
    test that clears it is not left with a second copy.)"""
    return _prepared_tokenizer()


@lru_cache(maxsize=1)
def _two_char_words() -> tuple[frozenset[str], frozenset[str]]:
    """(function words, frequent common words) among the two-character entries of the
    dictionary jieba ships, prepared once."""
    from civannot.preannotate.jieba_dict import two_char_words

    return two_char_words()


def _ordinary_words(candidates: frozenset[str], min_freq: int = 200) -> frozenset[str]:
    """The candidates that jieba's dictionary holds as ordinary words (not as names) with some
    frequency: 会同 (n, 859), 平和 (a, 495)."""
    from civannot.preannotate.jieba_dict import ordinary_words

    return ordinary_words(candidates, min_freq)


@lru_cache(maxsize=1)
def verb_words() -> frozenset[str]:
    """Two-character words that jieba's dictionary tags as verbs (来访, 到访, 陪同): after a post
    such a word names nobody (fix48)."""
    from civannot.preannotate.jieba_dict import two_char_verbs

    return two_char_verbs()


def function_words() -> frozenset[str]:
    """Two-character words that jieba's dictionary tags as verbs, prepositions, conjunctions,
    adverbs, numerals or pronouns: such a word before 夜市 / 村 / 农贸市场 is no place name
    (确保夜市, 针对农贸市场), nor before 说 a speaker (应该说)."""
    return _two_char_words()[0]


def common_words() -> frozenset[str]:
    """Frequent two-character common nouns, verbs and the like (居民, 个别, 住宅): before 小区 /
    农贸市场 they describe the kind of place, they do not name one. Place and person names (ns,
    nr, nz) and adjectives (幸福小区, 阳光小区) stay possible names."""
    return _two_char_words()[1]


@lru_cache(maxsize=1)
def admin_children() -> dict[str, frozenset[str]]:
    """The names each parent division is written by (甘肃省, 甘肃, 张掖市, 张掖, 德宏傣族景颇族自治州,
    德宏州, 德宏) -> the names its county-level divisions are written by, with their unit and bare
    (民乐县, 民乐, 临县, 芒市): resources/gazetteers/admin_parents.txt, one parent a line (a
    province, or province/prefecture, then its counties). A county under a prefecture is under
    its province too (甘肃高台). A name of two characters stays whole (临县: 临 is no name)."""
    suffixes = tuple(sorted(_lines("admin_suffixes.txt"), key=len, reverse=True))
    path = resources.files("civannot.resources").joinpath("gazetteers", "admin_parents.txt")
    out: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        head, *counties = line.split()
        kids: set[str] = set()
        for w in counties:
            kids.add(w)
            # (东乡族自治县: the stem 东乡族 names the people, not the county)
            if len(st := _stem_of(w, suffixes)) >= 2 and not st.endswith("族"):
                kids.add(st)
        for parent in head.split("/"):
            for form in _parent_forms(parent, suffixes):
                out.setdefault(form, set()).update(kids)
    return {k: frozenset(v) for k, v in out.items()}


def _parent_forms(name: str, suffixes: tuple[str, ...]) -> set[str]:
    """甘肃省 -> 甘肃省, 甘肃; 德宏傣族景颇族自治州 -> it, 德宏州, 德宏; 阿里地区 -> it, 阿里."""
    forms = {name}
    if name.endswith("地区") and len(name) >= 4:
        forms.add(name[:-2])
    elif len(st := _stem_of(name, suffixes)) >= 2:
        forms.add(st)
        if name.endswith("自治州"):
            forms.add(st + "州")
    return forms
