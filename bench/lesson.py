"""Time from Enter on the library to the reader, from the reader's `e` to the first item on
screen, and from each answer to its feedback, on the largest shipped lesson (or the one named),
in fresh headless processes.

Each run starts `tutor` for a new learner and presses Enter on the article as soon as the library
is filled (the library's workers still running, as for a learner who knows where to go); once
the reader's workers are done it presses `e`, answers every item right (tests/ui/ui_helpers)
and times the key that sends each answer until the feedback is on screen and settled. CPU time
(process_time: the app's own threads) is steadier than wall time on a busy machine.

    .venv/bin/python bench/lesson.py [--runs N] [--lesson SLUG]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]

CHILD = """
import asyncio, json, sys, time
sys.path.insert(0, sys.argv[2])
SLUG = sys.argv[1]

async def settled(pilot, condition):
    while not condition():
        await asyncio.sleep(0.001)
    await pilot._wait_for_screen()

async def main():
    from tutor.ui.app import TutorApp
    app = TutorApp(learner="Bench")
    out = {"answers": []}
    async with app.run_test(size=(100, 32)) as pilot:
        await settled(pilot, lambda: getattr(app.screen, "catalog", None) is not None)
        table = app.screen.query_one("DataTable")
        table.move_cursor(row=table.get_row_index(SLUG))
        # as soon as the list is there, while the library's own workers still run
        wall, cpu = time.perf_counter(), time.process_time()
        await pilot.press("enter")
        await settled(pilot, lambda: type(app.screen).__name__ == "ReaderScreen")
        out["reader"] = (time.perf_counter() - wall, time.process_time() - cpu)
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        wall, cpu = time.perf_counter(), time.process_time()
        await pilot.press("e")
        await settled(pilot, lambda: getattr(app.screen, "answer_widget", None) is not None)
        out["e"] = (time.perf_counter() - wall, time.process_time() - cpu)
        # imported only now, so that `e` pays for the session's modules as a learner does
        from tutor.ui.screens.feedback import FeedbackModal
        from ui_helpers import right_keys
        session = app.screen
        while (current := session.lesson.current) is not None:
            await pilot.pause(0.05)
            attempt = session._attempts.get(id(current), 0)
            keys = right_keys(current.item, current.article.body, attempt)
            for key in keys[:-1]:
                await pilot.press(key)
            await pilot.pause(0.05)
            wall, cpu = time.perf_counter(), time.process_time()
            await pilot.press(keys[-1])
            await settled(pilot, lambda: isinstance(app.screen, FeedbackModal))
            spent = (time.perf_counter() - wall, time.process_time() - cpu)
            out["answers"].append((current.item.id, type(current.item).__name__, *spent))
            await pilot.pause(0.05)
            await pilot.press("enter")
            while isinstance(app.screen, FeedbackModal):
                await pilot.pause(0.02)
            if session.lesson.finished:
                break
    print(json.dumps(out))

asyncio.run(main())
"""


def largest_lesson() -> str:
    files = sorted((CHECKOUT / "exercises").glob("*.yaml"), key=lambda p: p.stat().st_size)
    return files[-1].stem


def one_run(slug: str, env: dict[str, str]) -> dict:
    with tempfile.TemporaryDirectory() as progress:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, slug, str(CHECKOUT / "tests" / "ui")],
            capture_output=True,
            text=True,
            env={**env, "TUTOR_PROGRESS_DIR": progress},
            cwd=CHECKOUT,
            timeout=300,
            check=False,
        )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"run failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return json.loads(lines[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes (default 3)")
    parser.add_argument("--lesson", help="article slug (default: the largest exercise file)")
    args = parser.parse_args()
    slug = args.lesson or largest_lesson()
    env = {**os.environ, "TUTOR_HOME": str(CHECKOUT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runs = [one_run(slug, env) for _ in range(args.runs)]
    ms = 1000

    def median(values: list[float]) -> str:
        return f"{statistics.median(values) * ms:5.0f} ms"

    print(f"{slug}: median of {args.runs} fresh processes (wall / CPU)")
    for key, label in (("reader", "Enter on a just-filled library"), ("e", "e -> first item")):
        walls, cpus = [r[key][0] for r in runs], [r[key][1] for r in runs]
        print(f"  {label:<30} {median(walls)} / {median(cpus)}")
    firsts = [r["answers"][0] for r in runs]
    print(
        f"  first answer -> feedback       {median([a[2] for a in firsts])} / "
        f"{median([a[3] for a in firsts])}  ({firsts[0][1]})"
    )
    for index, (item, kind, *_) in enumerate(runs[0]["answers"][1:], start=1):
        walls = [r["answers"][index][2] for r in runs if len(r["answers"]) > index]
        cpus = [r["answers"][index][3] for r in runs if len(r["answers"]) > index]
        print(f"    {kind:<14} {item[:36]:<36} {median(walls)} / {median(cpus)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
