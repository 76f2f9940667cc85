"""Who may see and change what, enforced by PostgreSQL itself (row-level security).

Two group roles per cluster: `civannot_lead` sees and writes everything, gold included;
`civannot_annotator` sees only the documents assigned to it and writes only its own layer
(the layer named like the login role) and its own statuses. A login role made by
`civannot server add-user` belongs to one of them. The policies hold for plain SQL too: a
client other than civannot is refused by the database the same way.
"""

from __future__ import annotations

import re

import peewee as pw

from civannot.models.database import ProjectError

LEAD = "civannot_lead"
ANNOTATOR = "civannot_annotator"
ROLES = {"lead": LEAD, "annotator": ANNOTATOR}
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]{0,62}$")

# tables every member reads; writes are granted per table below and narrowed by policies
_ALL = (
    "project_meta",
    "label",
    "relation_type",
    "document",
    "layer",
    "span",
    "relation",
    "assignment",
    "span_history",
    "counter",
    "comment",
    "merge_log",
    "learned_model",
)

# SECURITY DEFINER functions run as their owner, where session_user is the owner: the person
# asking is session_user (the login role).
_ME = '(session_user::text COLLATE "default")'  # the login, in the columns' collation

_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION civannot_is_lead() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT pg_has_role(session_user, '{LEAD}', 'MEMBER')
       OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) $$;

CREATE OR REPLACE FUNCTION civannot_can_see(doc integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT civannot_is_lead() OR EXISTS (
       SELECT 1 FROM assignment a WHERE a.document_id = doc AND a.annotator = {_ME}) $$;

CREATE OR REPLACE FUNCTION civannot_my_documents() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT a.document_id FROM assignment a WHERE a.annotator = {_ME} $$;

CREATE OR REPLACE FUNCTION civannot_own_layer(lid integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT civannot_is_lead() OR EXISTS (
       SELECT 1 FROM layer l WHERE l.id = lid AND l.name = {_ME}) $$;

CREATE OR REPLACE FUNCTION civannot_readable_layer(lid integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT civannot_is_lead() OR EXISTS (
       SELECT 1 FROM layer l WHERE l.id = lid AND (l.name = {_ME} OR l.kind = 'auto')) $$;
"""

# The policies are evaluated for every row a query reads, so they are written for PostgreSQL
# to work out once per query: `(SELECT civannot_is_lead())` is an InitPlan (one call, not one
# per row — a lead's agreement report over 180,000 spans took a minute with per-row calls), and
# what an annotator may see is a set (`IN (SELECT …)`, hashed once) of their assignments and
# layers, compared as text in the columns' collation: `varchar = session_user` picks the
# text = name operator and a bare session_user::text has name's "C" collation, and no index
# serves either (a sequential scan of every assignment in every statement). Only the
# assignment table's own check goes through civannot_can_see (a SECURITY
# DEFINER function: a policy on assignment cannot read assignment under its own policy).
_LEAD = "(SELECT civannot_is_lead())"
# as the owner (SECURITY DEFINER): under assignment's own policy the index on annotator was not
# used (the policy's quals come first), a sequential scan of every assignment per statement
_MY_DOCS = "(SELECT civannot_my_documents())"
_MY_LAYERS = f"(SELECT l.id FROM layer l WHERE l.name = {_ME})"
_READ_LAYERS = f"(SELECT l.id FROM layer l WHERE l.name = {_ME} OR l.kind = 'auto')"
_SEE = f"{_LEAD} OR document_id IN {_MY_DOCS}"
_READ = f"{_LEAD} OR (document_id IN {_MY_DOCS} AND layer_id IN {_READ_LAYERS})"
_WRITE = f"{_LEAD} OR (document_id IN {_MY_DOCS} AND layer_id IN {_MY_LAYERS})"
_HISTORY = f"{_LEAD} OR (layer IN ({_ME}, '') AND document IN {_MY_DOCS})"

_POLICIES = f"""
ALTER TABLE document ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_read ON document FOR SELECT USING ({_LEAD} OR id IN {_MY_DOCS});
CREATE POLICY doc_update ON document FOR UPDATE USING ({_LEAD} OR id IN {_MY_DOCS});
CREATE POLICY doc_lead ON document FOR ALL USING ({_LEAD}) WITH CHECK ({_LEAD});

ALTER TABLE span ENABLE ROW LEVEL SECURITY;
CREATE POLICY span_read ON span FOR SELECT USING ({_READ});
CREATE POLICY span_write ON span FOR ALL USING ({_WRITE}) WITH CHECK ({_WRITE});

ALTER TABLE relation ENABLE ROW LEVEL SECURITY;
CREATE POLICY relation_read ON relation FOR SELECT USING ({_READ});
CREATE POLICY relation_write ON relation FOR ALL USING ({_WRITE}) WITH CHECK ({_WRITE});

ALTER TABLE assignment ENABLE ROW LEVEL SECURITY;
CREATE POLICY assignment_own ON assignment FOR ALL
    USING ({_LEAD} OR annotator = {_ME})
    WITH CHECK ({_LEAD} OR (annotator = {_ME} AND civannot_can_see(document_id)));

ALTER TABLE layer ENABLE ROW LEVEL SECURITY;
CREATE POLICY layer_read ON layer FOR SELECT USING (true);
CREATE POLICY layer_write ON layer FOR ALL
    USING ({_LEAD} OR name = {_ME})
    WITH CHECK ({_LEAD} OR (name = {_ME} AND kind = 'annotator'));

ALTER TABLE span_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY history_read ON span_history FOR SELECT USING ({_HISTORY});
CREATE POLICY history_add ON span_history FOR INSERT WITH CHECK ({_HISTORY});

ALTER TABLE comment ENABLE ROW LEVEL SECURITY;
CREATE POLICY comment_read ON comment FOR SELECT USING ({_SEE});
CREATE POLICY comment_write ON comment FOR ALL
    USING ({_LEAD} OR author = {_ME})
    WITH CHECK ({_LEAD} OR (author = {_ME} AND document_id IN {_MY_DOCS}));

ALTER TABLE project_meta ENABLE ROW LEVEL SECURITY;
CREATE POLICY meta_read ON project_meta FOR SELECT USING (true);
CREATE POLICY meta_write ON project_meta FOR ALL USING ({_LEAD}) WITH CHECK ({_LEAD});
"""


def _drop_policies() -> str:
    """DROP statements for every policy above: `install` may run again (server upgrade)."""
    found = re.findall(r"CREATE POLICY (\w+) ON (\w+)", _POLICIES)
    return "\n".join(f"DROP POLICY IF EXISTS {name} ON {table};" for name, table in found)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def install(db: pw.Database) -> None:
    """Group roles, grants and policies of a server project (run by its owner at `init`)."""
    for group in (LEAD, ANNOTATOR):
        db.execute_sql(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"'{group}') THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
        )
    db.execute_sql(_FUNCTIONS)
    tables = ", ".join(_ALL)
    seqs = ", ".join(f"{t}_id_seq" for t in _ALL if t not in ("project_meta", "counter"))
    for group in (LEAD, ANNOTATOR):
        db.execute_sql(f"GRANT SELECT ON {tables} TO {group}")
        db.execute_sql(f"GRANT USAGE ON SEQUENCE {seqs} TO {group}")
    db.execute_sql(f"GRANT INSERT, UPDATE, DELETE ON {tables} TO {LEAD}")
    db.execute_sql(
        f"GRANT INSERT, UPDATE, DELETE ON span, relation, assignment, layer, comment TO {ANNOTATOR}"
    )
    db.execute_sql(f"GRANT UPDATE ON document, counter TO {ANNOTATOR}")
    db.execute_sql(f"GRANT INSERT ON span_history TO {ANNOTATOR}")
    db.execute_sql(_drop_policies())
    db.execute_sql(_POLICIES)


def add_user(db: pw.Database, database: str, name: str, role: str, password: str) -> str:
    """Create a login role that belongs to `role` ("annotator" or "lead") and may connect to
    this project's database. Returns the group it joined."""
    if role not in ROLES:
        raise ProjectError(f"role must be annotator or lead, not {role!r}")
    if not _NAME.match(name) or name.startswith(("pg_", "civannot_")):
        raise ProjectError(
            f"{name!r} cannot be a user name (letters, digits, _ . -; at most 63 characters)"
        )
    if name in ("gold", "auto"):
        raise ProjectError(f"{name!r} is a layer no person owns; choose another name")
    group = ROLES[role]
    if not password:
        raise ProjectError("the new user needs a password")
    exists = db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    # utility statements take no bound parameters: the password goes in as a quoted literal
    literal = "'" + password.replace("'", "''") + "'"
    try:
        with db.atomic():
            verb = "ALTER" if exists else "CREATE"
            db.execute_sql(f"{verb} ROLE {_quote(name)} LOGIN PASSWORD {literal}")
            other = ROLES["lead" if role == "annotator" else "annotator"]
            db.execute_sql(f"REVOKE {other} FROM {_quote(name)}")
            db.execute_sql(f"GRANT {group} TO {_quote(name)}")
            db.execute_sql(f"GRANT CONNECT ON DATABASE {_quote(database)} TO {_quote(name)}")
    except pw.DatabaseError as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise ProjectError(f"cannot add {name}: {first}") from None
    return group
