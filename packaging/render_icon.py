"""Render the SVG icon to PNG sizes for the desktop icon theme (run in the build venv, offscreen).

usage: render_icon.py ICON.svg OUTDIR SIZE...   writes OUTDIR/SIZE/civannot.png for each size
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    svg, out, sizes = argv[0], argv[1], [int(s) for s in argv[2:]]
    app = QGuiApplication([])  # noqa: F841 (QImage painting needs an application)
    renderer = QSvgRenderer(svg)
    if not renderer.isValid():
        print(f"render_icon: {svg}: not a valid SVG", file=sys.stderr)
        return 1
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        os.makedirs(os.path.join(out, str(size)), exist_ok=True)
        path = os.path.join(out, str(size), "civannot.png")
        if not image.save(path):
            print(f"render_icon: cannot write {path}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
