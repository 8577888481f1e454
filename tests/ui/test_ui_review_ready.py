"""A review started with `r` from the library skips the reader, which loads the grader while the
learner reads (test_ui_ready_to_answer.py): the first answer of a review loaded it on the UI thread
(10-17 ms, more on a busy machine). The review's first item now loads it in a worker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime

from ui_home import Home

from tutor.ui.catalog import load_catalog
from tutor.ui.lesson import lesson_for
from tutor.ui.services import Services

SLUG = "poutine-coree-du-nord"

SCRIPT = textwrap.dedent(
    """
    import asyncio, json, sys

    async def main():
        from tutor.ui.app import TutorApp

        app = TutorApp(learner="Léa")
        async with app.run_test(size=(100, 32)) as pilot:
            while getattr(app.screen, "catalog", None) is None:
                await pilot.pause(0.05)
            await pilot.pause(0.2)
            await app.workers.wait_for_complete()
            before = sorted(sys.modules)
            await pilot.press("r")
            while getattr(app.screen, "answer_widget", None) is None:
                await pilot.pause(0.05)
            review = app.screen.lesson.review
            for _ in range(100):
                await pilot.pause(0.05)
                await app.workers.wait_for_complete()
                if "tutor.scoring" in sys.modules:
                    break
            first_item = sorted(sys.modules)
        print(json.dumps({"before": before, "first_item": first_item, "review": review}))

    asyncio.run(main())
    """
)


def _missed_the_last_item(home: Home) -> None:
    """Léa's record: one wrong answer to the lesson's last item, months ago, so it is due and
    the library has no lesson half-done to work out (that grades the items answered)."""
    services = Services(
        home.paths,
        progress_dir=home.progress,
        now=lambda: datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
    )
    services.open_learner("Léa")
    entry = load_catalog(home.paths).entry(SLUG)
    assert entry is not None and entry.exercise_set is not None and entry.article is not None
    last = lesson_for(entry.exercise_set, entry.article, entry.title).items[-1]
    verdict = services.grade(last.item, "", False)
    services.record(last, "", verdict, hint_used=False)
    assert services.progress is not None
    services.progress.close()


def test_a_review_loads_the_grader_before_the_first_answer(home: Home) -> None:
    _missed_the_last_item(home)
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
    assert report["review"]
    assert "tutor.scoring" not in report["before"], "loaded before the review was started"
    assert "tutor.scoring" in report["first_item"], "not loaded while the first item is shown"
    assert not [m for m in report["first_item"] if m == "spacy" or m.startswith("spacy.")]
