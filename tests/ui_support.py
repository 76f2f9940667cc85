"""Helpers for the UI tests: an isolated settings folder and small fictional projects."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from civannot.project import Project  # noqa: E402
from civannot.records import DocumentInput, Flag, Span  # noqa: E402

# Fictional articles (not from the seeds): names, titles, a directive, a doc title.
TEXTS = [
    "10月13日，市委书记张国旺主持召开创建全国文明城市工作推进会。张国旺强调，各级各部门要对照《全国文明城市测评体系》，扎实开展问题整改。",
    "市长穆嵘坤在会上指出，要坚持“一街一策、一巷一策”，推进背街小巷整治。同时，学校要加强文明教育。",
    "漳州市农业农村局召开会议，部署农村人居环境整治工作。",
    "8月16日，副市长刘航到芗城区检查创文工作，要求各单位落实“门前四包”责任制。",
]


def use_temp_settings(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )


def make_project(
    path: Path, texts: list[str] | None = None, flags: dict[int, list[Flag]] | None = None
) -> Path:
    texts = TEXTS if texts is None else texts
    project = Project.create(path)
    try:
        items = []
        for i, text in enumerate(texts):
            doc = DocumentInput(
                external_id=f"doc-{i:03d}",
                text=text,
                title=f"测试文章 {i + 1}",
                source="fiction",
                meta={"date": f"2023-10-{i + 1:02d}"},
                flags=(flags or {}).get(i, []),
            )
            items.append((doc, []))
        project.import_batch(items)
    finally:
        project.close()
    return path


def add_suggestions(
    path: Path, doc_index: int, spans: list[tuple[int, int, str]], relations=()
) -> None:  # noqa: ANN001
    project = Project.open(path)
    try:
        doc_id = project.document_infos()[doc_index].id
        text = project.document(doc_id).text
        project.replace_layer(
            "auto",
            {
                doc_id: (
                    [
                        Span(s, e, lab, text[s:e], "suggestion", "auto", None, 0.9)
                        for s, e, lab in spans
                    ],
                    list(relations),
                )
            },
        )
    finally:
        project.close()
