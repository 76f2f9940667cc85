"""The use cases, once, for the command line and the window alike.

Each is a plain function over an open project taking `progress(done, total)` and `cancel()`,
returning plain values; `civannot.commands` renders them as text or JSON, `civannot.ui` runs
them on a worker thread and shows them. The format lists live in `civannot.app.formats`.
"""
