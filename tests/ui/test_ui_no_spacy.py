"""The learner's path never loads spaCy: from `tutor` to an answered item, in a fresh process."""

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
    from tutor.ui.app import TutorApp
    from tutor.ui.screens.feedback import FeedbackModal

    async def main():
        app = TutorApp(learner="Léa")
        async with app.run_test(size=(100, 32)) as pilot:
            for _ in range(200):
                await pilot.pause(0.05)
                library = app.screen
                if getattr(library, "catalog", None) is not None:
                    break
            table = library.query_one("DataTable")
            table.move_cursor(row=table.get_row_index("poutine-coree-du-nord"))
            await pilot.press("enter", "tab", "enter", "escape", "e", "1")
            for _ in range(100):
                await pilot.pause(0.05)
                if isinstance(app.screen, FeedbackModal):
                    break
            reached = isinstance(app.screen, FeedbackModal)
        print(json.dumps({"reached": reached, "modules": sorted(sys.modules)}))

    asyncio.run(main())
    """
)


def test_reading_and_answering_never_import_spacy(home: Home) -> None:
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
    assert report["reached"], "the script did not get to an answered item"
    assert "textual" in report["modules"]
    assert not [m for m in report["modules"] if m == "spacy" or m.startswith("spacy.")]
