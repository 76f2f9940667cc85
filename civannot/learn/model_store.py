"""Trained models inside the project (table learned_model), versioned, loaded lazily.

A model row holds the crfsuite file (base64) and its info (JSON): training sources, date and
size of the training data, the labels the model decides, the evaluation, and (from the
learned corrections on) the corrections of the rules learned with it (info "corrections"; a
model stored without the key has none and works as before). Versions only grow;
the newest is the one in use. The bytes are read only when pre-annotation asks for them, and
each process opens its tagger once (civannot.learn.apply.ModelRefiner).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from civannot.learn.corrections import Corrections
    from civannot.project import Project

MODEL_NAME = "crf"


def model_provenance(version: int, name: str = MODEL_NAME) -> str:
    """The provenance a stored model's suggestions carry (`model:crf@3`)."""
    return f"model:{name}@{version}"


@dataclass
class StoredModel:
    name: str
    version: int
    created: str
    info: dict[str, Any]
    data: bytes

    @property
    def provenance(self) -> str:
        return model_provenance(self.version, self.name)

    @property
    def model_labels(self) -> list[str]:
        return list(self.info.get("model_labels", []))

    @property
    def policy(self) -> dict[str, str]:
        """How rules and model combine per label (civannot.learn.combine); a model stored
        before policies decides its labels alone."""
        from civannot.learn.combine import policy_of_labels

        pol = self.info.get("policy")
        return dict(pol) if isinstance(pol, dict) else policy_of_labels(self.model_labels)

    @property
    def corrections(self) -> Corrections:
        """The learned corrections of the rules stored with the model (civannot.learn
        .corrections); a model stored before them has none."""
        from civannot.learn.corrections import Corrections

        return Corrections.from_json(self.info.get("corrections"))


def _has_table(project: Project) -> bool:
    return project.m.LearnedModel.table_exists()


def save_model(project: Project, data: bytes, info: dict[str, Any], name: str = MODEL_NAME) -> int:
    """Store a new version; returns its number."""
    if not _has_table(project):
        raise RuntimeError("this project file is too old to hold models; open it once to upgrade")
    M = project.m.LearnedModel
    with project.store.transaction():
        last = M.select(M.version).where(M.name == name).order_by(M.version.desc()).first()
        version = (last.version if last else 0) + 1
        M.create(
            name=name,
            version=version,
            data=base64.b64encode(data).decode("ascii"),
            info=json.dumps(info, ensure_ascii=False),
        )
    return version


def model_versions(project: Project, name: str = MODEL_NAME) -> list[dict[str, Any]]:
    """Every stored version (newest first) without the model bytes."""
    if not _has_table(project):
        return []
    M = project.m.LearnedModel
    q = M.select(M.version, M.created, M.info).where(M.name == name).order_by(M.version.desc())
    return [
        {"version": v, "created": str(c), "info": json.loads(i or "{}")} for v, c, i in q.tuples()
    ]


def latest_version(project: Project, name: str = MODEL_NAME) -> int:
    """The newest stored version's number (0 without a model), without reading the model."""
    if not _has_table(project):
        return 0
    M = project.m.LearnedModel
    row = M.select(M.version).where(M.name == name).order_by(M.version.desc()).first()
    return row.version if row else 0


def latest_model(project: Project, name: str = MODEL_NAME) -> StoredModel | None:
    if not _has_table(project):
        return None
    M = project.m.LearnedModel
    row = M.select().where(M.name == name).order_by(M.version.desc()).first()
    if row is None:
        return None
    return StoredModel(
        name, row.version, str(row.created), json.loads(row.info or "{}"),
        base64.b64decode(row.data),
    )  # fmt: skip
