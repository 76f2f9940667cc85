"""The only writer of spans, relations, statuses, text repairs and their history.

Callers hand `Store.apply` a list of typed operations (civannot.store.ops); it checks every
invariant once against the state the operations leave behind, writes them in bulk in one
transaction, appends the history and announces the resulting `Change` on the project's change
bus, which every open view listens to whatever wrote the change.
"""

from civannot.store.bus import ChangeBus
from civannot.store.change import Change
from civannot.store.ops import (
    AddRelation,
    AddSpan,
    ChangeSpan,
    ChangeText,
    Op,
    RelationRow,
    RemoveRelation,
    RemoveSpan,
    SetComment,
    SetMeta,
    SetStatus,
    SpanRow,
    inverse_all,
)
from civannot.store.store import Store, StoreError

__all__ = [
    "AddRelation",
    "AddSpan",
    "Change",
    "ChangeBus",
    "ChangeSpan",
    "ChangeText",
    "Op",
    "RelationRow",
    "RemoveRelation",
    "RemoveSpan",
    "SetComment",
    "SetMeta",
    "SetStatus",
    "SpanRow",
    "Store",
    "StoreError",
    "inverse_all",
]
