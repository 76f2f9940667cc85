"""The rule modules' regexes go through scan.py (issue 15).

A pattern compiled at a module's top level is compiled again by `speed_up(globals())` at the
module's end (scan.fast_compile: a skip set on its first characters, guards in front of its
large inner alternations, AfterScan / CueScan / TextGate where they apply). A pattern compiled
inside a function escapes that: session 21 found orgs' bare bodies compiled so, 2.45 % of the
rules' instructions in one pattern. So a regex compiled or searched by `re.<function>` inside a
function of civannot/preannotate, or a module that compiles patterns without speed_up, fails
here unless it is listed below with why scan.py does not pay for it (each measured by speed23,
replaying every call the rules made over 300 bench articles and the ~576 development pages,
best of five, plain against scan_compile and fast_compile: the same results every time).
"""

from __future__ import annotations

import ast
from pathlib import Path

import civannot.preannotate as pkg

DIR = Path(pkg.__file__).parent

# (file, function): why it is compiled plainly
FUNCTION_ALLOW: dict[tuple[str, str], str] = {
    ("directives.py", "_frame_cue"): "an alternation of literal words, searched per sentence: "
    "re's own skip set already (8.3 ms plain, 8.4 scan_compile, 11,324 calls)",
    ("persons.py", "_minority_part"): "matched at given positions, its alternation at the start: "
    "nothing to guard (10.4 ms plain, 11.1 scan_compile, 13,548 calls)",
    ("slogans.py", "_numeral_places_cached"): "sub over short strings, its alternation of "
    "literals at the start (0.65 ms plain, 0.45 scan_compile over 1,547 calls: nothing to win)",
    ("slogans.py", "find_docs_and_slogans"): "re.split of a class over one matched quote's few "
    "characters (misc23's couplet rule): re's cache, nothing to scan",
    ("titles.py", "_colon_post"): "fullmatch at given positions (0.21 ms plain, 0.17 "
    "scan_compile over 594 calls)",
    ("titles.py", "_loose_post"): "match / fullmatch at given positions (0.08 ms plain, 0.06 "
    "scan_compile over 85 calls)",
    ("lexicon.py", "finditer"): "the learned lexicon's alternation: re's skip set on its first "
    "characters already (476 entries 9.7 ms plain, 9.4 scan_compile; 1,347 entries 113 ms "
    "plain, 120 scan_compile over 876 texts)",
    ("lexicon.py", "evidence"): "the learned lexicon's alternation in a lookahead, searched "
    "once per pre-annotation run over the annotated texts, outside the rules (session 32: "
    "2,000 dense articles, 14,874 entries, 0.9 s CPU)",
}

# modules that compile patterns at their top level without speed_up(globals())
MODULE_ALLOW: dict[str, str] = {
    "conventions.py": "opt-in conventions: searched in a span's few characters, and only with "
    "a convention switched on",
    "damaged.py": "one short pattern searched inside a span (会议?$)",
    "common.py": "_ALL_CJK_RUN is only fullmatched (all_cjk); the rules' own patterns are "
    "_Rules' attributes, compiled again by speed_up(vars(self))",
}

_RE_CALLS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn",
             "split"}  # fmt: skip


def _re_calls_in_functions(tree: ast.Module) -> set[str]:
    """Names of the functions (innermost) that call re.<a compiling or searching function>."""
    found: set[str] = set()

    def visit(node: ast.AST, fn: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = fn
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inner = child.name
            if (
                fn is not None
                and isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and isinstance(child.func.value, ast.Name)
                and child.func.value.id == "re"
                and child.func.attr in _RE_CALLS
            ):
                found.add(fn)
            visit(child, inner)

    visit(tree, None)
    return found


def _top_level_compiles(tree: ast.Module) -> bool:
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            for c in ast.walk(node.value):
                if (
                    isinstance(c, ast.Call)
                    and isinstance(c.func, ast.Attribute)
                    and isinstance(c.func.value, ast.Name)
                    and c.func.value.id == "re"
                    and c.func.attr == "compile"
                ):
                    return True
    return False


def _calls_speed_up_globals(tree: ast.Module) -> bool:
    for node in tree.body:
        if (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "speed_up"
        ):
            return True
    return False


def _modules() -> list[Path]:
    return sorted(p for p in DIR.glob("*.py") if p.name != "scan.py")


def test_no_regex_compiled_plainly_inside_a_function() -> None:
    found = {
        (p.name, fn)
        for p in _modules()
        for fn in _re_calls_in_functions(ast.parse(p.read_text(encoding="utf-8")))
    }
    new = sorted(found - set(FUNCTION_ALLOW))
    assert not new, (
        f"regexes compiled inside functions, outside scan.py: {new}. Compile them with "
        "scan.fast_compile / scan_compile (the same matches), or, where that does not pay, "
        "list them in FUNCTION_ALLOW with the figures"
    )
    stale = sorted(set(FUNCTION_ALLOW) - found)
    assert not stale, f"FUNCTION_ALLOW lists what no longer compiles a regex: {stale}"


def test_modules_with_patterns_end_with_speed_up() -> None:
    missing = []
    for p in _modules():
        tree = ast.parse(p.read_text(encoding="utf-8"))
        if _top_level_compiles(tree) and not _calls_speed_up_globals(tree):
            missing.append(p.name)
    new = sorted(set(missing) - set(MODULE_ALLOW))
    assert not new, f"modules compiling patterns without speed_up(globals()) at their end: {new}"
    stale = sorted(set(MODULE_ALLOW) - set(missing))
    assert not stale, f"MODULE_ALLOW lists modules that need no entry: {stale}"


def test_the_rules_object_speeds_up_its_own_patterns() -> None:
    tree = ast.parse((DIR / "common.py").read_text(encoding="utf-8"))
    init = next(
        n
        for c in tree.body
        if isinstance(c, ast.ClassDef) and c.name == "_Rules"
        for n in c.body
        if isinstance(n, ast.FunctionDef) and n.name == "__init__"
    )
    last = [n for n in ast.walk(init) if isinstance(n, ast.Call)]
    assert any(isinstance(c.func, ast.Name) and c.func.id == "speed_up" for c in last)


def test_the_check_sees_a_plain_compile_in_a_function() -> None:
    tree = ast.parse(
        "import re\nP = re.compile('a')\ndef f(x):\n    return re.compile('b|c').search(x)\n"
    )
    assert _re_calls_in_functions(tree) == {"f"}
    assert _top_level_compiles(tree) and not _calls_speed_up_globals(tree)
