"""Entry point of the standalone (PyInstaller) build: the same `civannot` command as the wheel's.

freeze_support lets worker processes started with the "spawn" method (imports from the GUI,
see civannot/processes.py) run the worker instead of a second copy of the app.
"""

import multiprocessing
import os
import sys


def restore_child_environment() -> None:
    """The bootloader points LD_LIBRARY_PATH at the bundled libraries. Programs the app starts
    (xdg-open and the file manager it runs, "Show folder") must see the user's own value, or they
    load our Qt and GLib and may crash. This process has read the variable already."""
    if not getattr(sys, "frozen", False):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


if __name__ == "__main__":
    multiprocessing.freeze_support()
    restore_child_environment()
    from civannot.cli import main

    sys.exit(main())
