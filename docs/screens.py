"""Take the screenshots in docs/ under a real X server (issue 18: looked at, not assumed).

    xvfb-run -s '-screen 0 1366x768x24' python docs/screens.py docs --size 1366x768
    xvfb-run -s '-screen 0 1920x1080x24' python docs/screens.py docs --size 1920x1080

Builds a project from the bundled samples (imported, pre-annotated; two annotators who disagree
and leave comments), drives the window as a user would (search, arcs, a selected span with its
note, folded panels, raw view, dark theme), then the lead's review and adjudication, and grabs
the screen after each step. It prints what it checked on the way; Qt's own warnings go to
stderr, so `2>err.txt` and an empty err.txt mean none.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(folder: Path) -> Path:
    path = folder / "screens.civ"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for args in (
        ["init", str(path)],
        ["import", str(path), str(ROOT / "resources" / "samples")],
        ["preannotate", str(path)],
    ):
        subprocess.run([sys.executable, "-m", "civannot", *args], check=True, env=env,
                       stdout=subprocess.DEVNULL)  # fmt: skip
    from civannot.project import Project
    from civannot.session import Session

    project = Project.open(path)
    try:
        doc = project.document_infos()[0].id
        text = project.document(doc).text
        auto = sorted(project.spans(doc, "auto"), key=lambda s: s.start)
        alice, bob = Session(project, "alice"), Session(project, "bob")
        person = next(s for s in auto if s.label == "PERSON")
        for k, s in enumerate(auto[:40]):
            for who in (alice, bob):
                if who is bob and k % 7 == 3:
                    continue  # bob leaves some out: disagreements to adjudicate
                # bob cuts some titles and the first person short by a character
                short = s.label == "TITLE" and k % 3 == 0 or s == person
                end = s.end - 1 if who is bob and short else s.end
                try:
                    who.add_span(doc, s.start, end, s.label)
                except Exception:  # noqa: BLE001 (an overlap refused: keep going)
                    pass
        for who, note in ((alice, "名字核对过：与政府网站一致"), (bob, "不确定是否为全名")):
            span = next(x for x in project.spans(doc, who.annotator) if x.start == person.start)
            who.set_comment(doc, note, span_uid=span.uid)
        bob.set_comment(doc, "第二段的职务不全，请裁定")
        for who in (alice, bob):
            who.set_status(doc, "done")
        assert text
    finally:
        project.close()
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--size", default="1366x768")
    args = ap.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    folder = Path(tempfile.mkdtemp(prefix="civannot-screens-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ.setdefault("LANG", "en_US.UTF-8")
    path = build(folder)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from civannot.ui.app import application, start
    from civannot.ui.i18n import settings

    application()
    settings().setValue("language", "en")
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 300) -> None:
        # a local loop: app.quit would fire aboutToQuit, which closes the project
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    small = width < 1900

    def shot(name: str) -> None:
        """Save under the name docs/ uses: the 1366×768 shots, and at 1920×1080 the main
        window and the dark theme; the others at 1920 get a -1920 suffix."""
        settle()
        names = {
            "workspace": "workspace-1366.png" if small else "workspace.png",
            "folded": "workspace-1366-folded.png" if small else "workspace-1920-folded.png",
            "raw": "workspace-raw.png" if small else "workspace-raw-1920.png",
            "dark": "workspace-dark.png",
            "review": "review.png" if small else "review-1920.png",
            "adjudication": "adjudication.png" if small else "adjudication-1920.png",
        }
        file = args.out / names[name]
        QApplication.primaryScreen().grabWindow(0).save(str(file))
        print(f"saved {file}")

    controller = start(str(path), "alice")
    assert controller is not None
    w = controller.window
    w.move(0, 0)
    w.resize(width, height - 30)  # no window manager under Xvfb: leave a panel's room
    settle(500)
    ws, view = w.ws, w.article
    doc = ws.project.document_infos()[0].id
    ws.open_document(doc)
    # search: hits highlighted, counted, snippets in the list
    w.documents.search.setText("文明")
    w.documents.run_search()
    print("search:", w.documents.hits_label.text())
    # a span selected with its note; relation arcs over the text
    person = next(s for s in ws.spans.values() if s.label == "PERSON")
    ws.select(person.id)
    view.scroll_to(person)
    print("arcs drawn:", len(view.painted_arcs), "comment:", ws.my_comment(person.id))
    shot("workspace")
    # fold the lower panels and the document list: the article and the label rows get the room
    w.folding.set_folded("relations", True)
    w.folding.set_folded("documents", True)
    print("folded:", sorted(w.folding.folded), "status bar visible:", w.statusBar().isVisible())
    ws.message.emit("PERSON 3-5 would overlap TITLE 0-4: entity spans of one layer do not overlap")
    shot("folded")
    w.folding.set_folded("relations", False)
    w.folding.set_folded("documents", False)
    w.raw_action.setChecked(True)
    shot("raw")
    w.raw_action.setChecked(False)
    if not small:
        controller.apply_comfort(16, True)
        shot("dark")
        controller.apply_comfort(None, False)
    w.close()
    controller.close()

    # the lead: review with the annotators' comments, then adjudication beside each reading
    from civannot.project import Project
    from civannot.session import Session
    from civannot.ui.adjudication import AdjudicationView
    from civannot.ui.review import ReviewWindow

    review = ReviewWindow(path, start=False)
    review.move(0, 0)
    review.resize(width, height - 30)
    review.show()
    review.refresh()
    while review.task is not None:
        settle(100)
    review.docs.setCurrentCell(0, 0)
    print("review notes:", review.notes.text().replace("\n", " | "))
    shot("review")
    review.close()
    project = Project.open(path)
    view_ = AdjudicationView(Session(project, "lead"))
    view_.move(0, 0)
    view_.resize(width, height - 30)
    view_.show()
    view_.open_document(doc)
    while view_.region is not None and not any(
        view_.readings.item(r, 3) and view_.readings.item(r, 3).text()
        for r in range(view_.readings.rowCount())
    ):
        if not view_.next_disagreement():
            break
    print(
        "adjudication readings:",
        [
            tuple(view_.readings.item(r, c).text() for c in (1, 2, 3))
            for r in range(view_.readings.rowCount())
        ],
    )
    shot("adjudication")
    view_.close()
    project.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
