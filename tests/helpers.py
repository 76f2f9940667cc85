"""Small builders shared by tests (fictional texts only)."""

from __future__ import annotations

from pathlib import Path

from civannot.project import Project
from civannot.records import DocumentInput, LayerInput, Span

TEXT_A = "10月13日，云川市委书记王明远出席会议并讲话。他强调，各级各部门要压实责任。"
TEXT_B = "𠮷田县县长𠮷祥主持会议，市领导李华、赵青出席。"


def make_project(tmp_path: Path, texts: list[str] | None = None, name: str = "p.civ") -> Project:
    project = Project.create(tmp_path / name)
    texts = texts if texts is not None else [TEXT_A, TEXT_B]
    items = [
        (DocumentInput(external_id=f"doc{i}", text=t, title=t[:10]), [])
        for i, t in enumerate(texts)
    ]
    project.import_batch(items)
    return project


def layer_input(
    annotator: str,
    text: str,
    spans: list[tuple[int, int, str]],
    done: bool = True,
    relations: list[tuple[str, int, int]] | None = None,
) -> LayerInput:
    return LayerInput(
        annotator=annotator,
        spans=[Span(s, e, lab, text[s:e]) for s, e, lab in spans],
        relations=relations or [],
        done=done,
    )
