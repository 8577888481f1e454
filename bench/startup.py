"""Time to the first interactive screen: `tutor` against a minimal Textual app.

Each run is a fresh Python process started the way the command starts (`tutor.cli.main`), run
headless; the child prints the wall-clock time once its first screen is mounted and painted, and
the parent subtracts the time it spawned the child. Runs of the two apps are interleaved so a
busy machine slows both alike. Prints the medians and their ratio (target: tutor <= 1.2 x).

    .venv/bin/python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 1.2
CPU_SECONDS: dict[str, list[float]] = {}

# Shared by both children: run headless and report when the first screen is up. App.run is
# wrapped before the app module is imported, so the measured path is otherwise untouched.
HARNESS = textwrap.dedent(
    """
    import asyncio, sys, time
    from textual.app import App

    READY_SCREENS = {ready!r}
    _run = App.run

    def run(self, *args, **kwargs):
        async def ready(pilot):
            for _ in range(20000):
                await asyncio.sleep(0.001)
                screen = pilot.app.screen
                if type(screen).__name__ in READY_SCREENS and screen.is_mounted:
                    {extra_wait}
                    break
            print("READY", time.time(), flush=True)
            pilot.app.exit()
        return _run(self, headless=True, auto_pilot=ready, size=(100, 32))

    App.run = run
    """
)

TUTOR_CHILD = """
from tutor.cli import main
sys.exit(main(sys.argv[1:]))
"""

MINIMAL_CHILD = """
from textual.widgets import Footer, Header, Label

class Minimal(App):
    BINDINGS = [("q", "quit", "Quitter")]

    def compose(self):
        yield Header()
        yield Label("Bonjour !")
        yield Footer()

Minimal().run()
"""

LIBRARY_LOADED = (
    "while getattr(screen, 'catalog', None) is None:\n"
    "                    await asyncio.sleep(0.001)\n"
    "                await pilot._wait_for_screen()"
)


SCREEN_SETTLED = "await pilot._wait_for_screen()"
"""All messages the screen and its widgets had queued (compose, mount, layout) are processed;
unlike `pilot.pause()`, this does not wait for worker threads to go idle."""


def child_code(body: str, ready: set[str], extra_wait: str = SCREEN_SETTLED) -> str:
    return HARNESS.format(ready=ready, extra_wait=extra_wait) + textwrap.dedent(body)


def time_child(code: str, args: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning the process to its READY line; the child's CPU seconds (to its
    exit) are added to CPU_SECONDS, a figure that a busy machine disturbs less."""
    start = time.time()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=CHECKOUT,
        timeout=120,
        check=False,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU_SECONDS.setdefault(code + " ".join(args), []).append(cpu)
    for line in out.stdout.splitlines():
        if line.startswith("READY"):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no READY line (exit {out.returncode}):\n{out.stderr[-2000:]}")


def spacy_free(env: dict[str, str]) -> bool:
    code = "import sys, tutor.cli, tutor.ui.app; print('spacy' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return out.stdout.strip() == "False"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs per case (default 9)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as progress:
        env = {**os.environ, "TUTOR_HOME": str(CHECKOUT), "TUTOR_PROGRESS_DIR": progress}
        # An installed tutor has its bytecode cached, like textual: without this, a shell that
        # sets PYTHONDONTWRITEBYTECODE makes every run compile tutor's modules (~5 ms) and the
        # comparison unfair. The warm-up run below writes the caches (__pycache__ is ignored).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        # one earlier session, so `tutor` opens on its learner picker with a name preselected
        first = child_code(TUTOR_CHILD, {"LibraryScreen"})
        time_child(first, ["--learner", "Bench"], env)
        cases = {
            "minimal Textual app (Header, Label, Footer)": (
                child_code(MINIMAL_CHILD, {"Minimal", "Screen"}),
                [],
            ),
            "tutor: learner picker (first screen of `tutor`)": (
                child_code(TUTOR_CHILD, {"LearnerScreen"}),
                [],
            ),
            "tutor --learner: library shown, loading": (
                child_code(TUTOR_CHILD, {"LibraryScreen"}),
                ["--learner", "Bench"],
            ),
            "tutor --learner: library filled": (
                child_code(TUTOR_CHILD, {"LibraryScreen"}, LIBRARY_LOADED),
                ["--learner", "Bench"],
            ),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, (code, child_args) in cases.items():
                times[name].append(time_child(code, child_args, env))
        python_alone = statistics.median(
            time_child("import time; print('READY', time.time())", [], env)
            for _ in range(args.runs)
        )
        no_spacy = spacy_free(env)

    medians = {name: statistics.median(values) for name, values in times.items()}
    cpu = {
        name: statistics.median(CPU_SECONDS[code + " ".join(child_args)])
        for name, (code, child_args) in cases.items()
    }
    minimal = "minimal Textual app (Header, Label, Footer)"
    tutor = "tutor: learner picker (first screen of `tutor`)"
    base, cpu_base = medians[minimal], cpu[minimal]
    print(f"time to first interactive screen, median of {args.runs} fresh processes")
    print(f"  {'':<50} {'wall':>7}     {'(min-max)':<11}  ratio   cpu to exit")
    print(f"  {'python -c pass (interpreter alone)':<50} {python_alone * 1000:7.0f} ms")
    for name, value in medians.items():
        spread = f"({min(times[name]) * 1000:.0f}-{max(times[name]) * 1000:.0f})"
        print(
            f"  {name:<50} {value * 1000:7.0f} ms  {spread:<11}  x{value / base:.2f}"
            f"   {cpu[name] * 1000:5.0f} ms x{cpu[name] / cpu_base:.2f}"
        )
    ratio = medians[tutor] / base
    verdict = "ok" if ratio <= TARGET_RATIO else "over target"
    print(f"ratio tutor / minimal: {ratio:.2f} (target <= {TARGET_RATIO}: {verdict})")
    print(f"ratio of best runs: {min(times[tutor]) / min(times[minimal]):.2f}")
    print(f"spaCy imported on the app path: {'no' if no_spacy else 'YES'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
