"""The app quits when its terminal goes away, even when no hang-up signal reaches it.

Under `make run`, closing the window (or `tmux kill-session`) sends SIGHUP to make, which waits
for its child; the app, never signalled, kept reading the dead terminal's end of input at half
a core, for ever (seen in session 11: an orphan `tutor` at 62 % CPU, twelve minutes after its
tmux session was killed). Here the app runs on a real pseudo-terminal with SIGHUP ignored, as
under make, and the terminal is closed.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CHECKOUT = Path(__file__).resolve().parents[2]
START = (
    "import signal; signal.signal(signal.SIGHUP, signal.SIG_IGN); "
    "from tutor.cli import main; raise SystemExit(main([]))"
)


def _read_until(fd: int, wanted: bytes, seconds: float) -> bytes:
    seen = b""
    deadline = time.monotonic() + seconds
    while wanted not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return seen


def _exited_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return True
        time.sleep(0.1)
    return False


def test_the_app_quits_when_its_terminal_is_closed(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "COLUMNS": "100",
        "LINES": "32",
        "TUTOR_PROGRESS_DIR": str(tmp_path),
        "TUTOR_HOME": str(CHECKOUT),
    }
    pid, fd = pty.fork()
    if pid == 0:  # the child: the app, as `make run` starts it
        os.chdir(CHECKOUT)
        os.execvpe(sys.executable, [sys.executable, "-c", START], env)
    try:
        assert b"Bonjour" in _read_until(fd, b"Bonjour", 60), "the app did not start"
    finally:
        os.close(fd)  # the window closes
    try:
        assert _exited_within(pid, 15), "the app kept running without its terminal"
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
