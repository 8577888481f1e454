"""While the learner reads the article, the exercises get ready: `e` and the first answer do not
wait for the session screen and the grader to load (about 50 ms on the UI thread, in a fresh
process, more on a busy machine)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from ui_home import Home

SCRIPT = textwrap.dedent(
    """
    import asyncio, json, sys

    async def main():
        from tutor.ui.app import TutorApp

        app = TutorApp(learner="Léa")
        async with app.run_test(size=(100, 32)) as pilot:
            while getattr(app.screen, "catalog", None) is None:
                await pilot.pause(0.05)
            table = app.screen.query_one("DataTable")
            table.move_cursor(row=table.get_row_index("poutine-coree-du-nord"))
            before = sorted(sys.modules)
            await pilot.press("enter")
            while type(app.screen).__name__ != "ReaderScreen":
                await pilot.pause(0.05)
            for _ in range(100):
                await pilot.pause(0.05)
                await app.workers.wait_for_complete()
                if "tutor.scoring" in sys.modules:
                    break
            reading = sorted(sys.modules)
        print(json.dumps({"before": before, "reading": reading}))

    asyncio.run(main())
    """
)


def test_the_exercises_are_loaded_while_the_learner_reads(home: Home) -> None:
    env = {
        **os.environ,
        "TUTOR_HOME": str(home.paths.home),
        "TUTOR_PROGRESS_DIR": str(home.progress),
    }
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout.strip().splitlines()[-1])
    wanted = {"tutor.ui.screens.session", "tutor.scoring"}
    assert not wanted & set(report["before"]), "loaded before any article was opened"
    assert wanted <= set(report["reading"]), "not loaded while the article is read"
    assert not [m for m in report["reading"] if m == "spacy" or m.startswith("spacy.")]
