"""SIGKILL right after a span command returned loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from civannot.project import Project
from tests.helpers import make_project

CHILD = textwrap.dedent(
    """
    import sys, time
    from civannot.session import Session
    s = Session.open(sys.argv[1], "alice")
    d = s.project.document_id("doc0")
    sid = s.add_span(d, 13, 16, "PERSON").spans_added[0].id
    s.relabel_span(sid, "TITLE")
    s.set_status(d, "done")
    print("committed", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_kill_after_command_loses_nothing(tmp_path):
    make_project(tmp_path).close()
    path = tmp_path / "p.civ"
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    try:
        assert proc.stdout.readline().strip() == "committed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    with Project.open(path) as p:  # the killed process's lock went with it
        d = p.document_id("doc0")
        assert [(s.start, s.end, s.label) for s in p.spans(d, "alice")] == [(13, 16, "TITLE")]
        assert p.status(d, "alice") == "done"
