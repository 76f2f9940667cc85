"""Inter-annotator agreement and adjudication merge logic (DESIGN.md §6): pure functions.

numpy is the only dependency; nothing here touches a database or Qt.
"""

from civannot.agreement.adjudication import (
    STRATEGIES,
    GoldMerge,
    Premerge,
    Region,
    Version,
    disagreements,
    document_disagreements,
    merge_into_gold,
    premerge,
    regions,
    settled_by_gold,
)
from civannot.agreement.confusion import NONE, Confusion, confusion_matrix
from civannot.agreement.metrics import (
    cohen_kappa,
    directive_sequence,
    fleiss_kappa,
    krippendorff_alpha_nominal,
    label_sequence,
    span_f1,
)
from civannot.agreement.report import Cancelled, agreement_report, render_report

__all__ = [
    "NONE",
    "STRATEGIES",
    "Cancelled",
    "Confusion",
    "GoldMerge",
    "Premerge",
    "Region",
    "Version",
    "agreement_report",
    "cohen_kappa",
    "confusion_matrix",
    "directive_sequence",
    "disagreements",
    "document_disagreements",
    "fleiss_kappa",
    "krippendorff_alpha_nominal",
    "label_sequence",
    "merge_into_gold",
    "premerge",
    "regions",
    "render_report",
    "settled_by_gold",
    "span_f1",
]
