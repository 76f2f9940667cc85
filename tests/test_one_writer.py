"""The store is the only writer of spans, relations, statuses and their history (issue 13).

Every module of civannot outside civannot/store/ (and the schema migrations) is read as source:
no SQL text may insert into, update or delete from the span, relation, assignment or
span_history tables, and no peewee write (insert, update, delete, create, save...) may be made
on those models, however the model is reached (``p.m.Span``, ``S`` after ``S = p.m.Span``...).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import civannot

PACKAGE = Path(civannot.__file__).resolve().parent
ALLOWED = {PACKAGE / "store", PACKAGE / "models" / "migrations.py"}
TABLES = ("span", "relation", "assignment", "span_history")
MODELS = {"Span", "Relation", "Assignment", "SpanHistory"}
WRITES = {"insert", "insert_many", "insert_from", "replace", "replace_many", "update", "delete",
          "create", "bulk_create", "bulk_update", "get_or_create", "save", "delete_instance",
          "delete_by_id", "set_by_id"}  # fmt: skip
TABLE_REFS = "|".join(TABLES) + "|" + "|".join(f"{{{m}}}" for m in MODELS)
SQL_WRITE = re.compile(
    r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE|DELETE\s+FROM)\s+"
    rf"[\"'`\[]?(?:{TABLE_REFS})[\"'`\]]?(?:\s|\(|$)",
    re.IGNORECASE,
)


def _model_of(node: ast.AST, aliases: set[str]) -> str | None:
    """The protected model an expression names: `X.Span`, `Span`, or an alias of one."""
    if isinstance(node, ast.Attribute) and node.attr in MODELS:
        return node.attr
    if isinstance(node, ast.Name) and (node.id in MODELS or node.id in aliases):
        return node.id
    return None


def _sql_text(node: ast.AST, aliases: set[str]) -> str | None:
    """A string constant, or an f-string with `{...table_name}` of a protected model shown as
    `{Model}` and other holes as `{?}`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(str(v.value))
                continue
            expr = v.value if isinstance(v, ast.FormattedValue) else v
            # {S._meta.table_name}
            if (
                isinstance(expr, ast.Attribute)
                and expr.attr == "table_name"
                and isinstance(expr.value, ast.Attribute)
                and (model := _model_of(expr.value.value, aliases)) is not None
            ):
                parts.append("{" + (model if model in MODELS else "Span") + "}")
            else:
                parts.append("{?}")
        return "".join(parts)
    return None


def violations(source: str, name: str = "<source>") -> list[str]:
    tree = ast.parse(source)
    aliases: set[str] = set()
    # names bound to a protected model anywhere in the module (S = p.m.Span; S, R = m.Span, ...)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                pairs: list[tuple[ast.AST, ast.AST]] = []
                if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    pairs = list(zip(target.elts, node.value.elts, strict=False))
                else:
                    pairs = [(target, node.value)]
                for t, v in pairs:
                    if isinstance(t, ast.Name) and _model_of(v, set()) is not None:
                        aliases.add(t.id)
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in WRITES
        ):
            # the call chain's root: Span.update(...).where(...).execute() starts at Span.update
            model = _model_of(node.func.value, aliases)
            if model is not None:
                found.append(f"{name}:{node.lineno}: {node.func.attr}() on {model}")
        text = _sql_text(node, aliases)
        if text is not None and SQL_WRITE.search(text):
            found.append(f"{name}:{node.lineno}: SQL write {text.strip()[:60]!r}")
    return found


def test_no_module_but_the_store_writes_annotations() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if any(path == a or a in path.parents for a in ALLOWED):
            continue
        rel = path.relative_to(PACKAGE.parent).as_posix()
        found += violations(path.read_text(encoding="utf-8"), rel)
    assert not found, "writes outside civannot/store/:\n" + "\n".join(found)


def test_the_check_sees_each_kind_of_write() -> None:
    """The grep must be able to fail: each of these is a write it has to find."""
    bad = {
        "S = p.m.Span\nS.insert(start=1).execute()": "insert() on S",
        "p.m.Relation.delete().where(x).execute()": "delete() on Relation",
        "A, D = self.m.Assignment, self.m.Document\nA.update(assigned=False).execute()": (
            "update() on A"
        ),
        "H = m.SpanHistory\nH.insert_many(rows).execute()": "insert_many() on H",
        "db.execute_sql('DELETE FROM \"span\" WHERE id = ?', (1,))": "SQL write",
        "db.execute_sql('insert or replace into relation (id) values (1)')": "SQL write",
        "sql = 'UPDATE assignment SET status = ?'": "SQL write",
        "S = p.m.Span\nsql = f'DELETE FROM \"{S._meta.table_name}\" WHERE id = ?'": "SQL write",
        "sql = f'INSERT INTO span_history ({cols}) VALUES ({marks})'": "SQL write",
    }
    for source, what in bad.items():
        found = violations(source)
        assert found and what in found[0], (source, found)
    fine = [
        "p.m.Document.update(flags='[]').execute()",
        "S = p.m.Span\nrows = S.select().where(S.id == 1)",
        "sql = 'SELECT * FROM span WHERE id = ?'",
        "db.execute_sql('UPDATE document SET title = ?')",
        "m.ProjectMeta.insert(key='k', value='v').execute()",
        "text = 'please update the relation between them'",
    ]
    for source in fine:
        assert violations(source) == [], source
