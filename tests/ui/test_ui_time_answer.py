"""A time-of-day question in the app: its field's example is a time, not a date, and the time
typed as learners write it ("15h30") is right beside the answer « 15 h 30 »."""

from __future__ import annotations

from typing import Any

import yaml
from textual.widgets import Input
from ui_helpers import session_of, text, typing, wait_screen
from ui_home import CHECKOUT, Home

from tutor.ui.screens.feedback import FeedbackModal

SIZE = (80, 24)
LESSON = "transparence-vie-publique.yaml"


def _with_a_time_item(home: Home) -> None:
    """The shipped lesson with its date item turned into a time item, as generation writes one."""
    doc: dict[str, Any] = yaml.safe_load((CHECKOUT / "exercises" / LESSON).read_text("utf-8"))
    (item,) = [i for i in doc["items"] if i["id"] == "date-jeudi-9-mars"]
    item.update(
        prompt="À quelle heure est-ce que Libération a présenté six propositions ?",
        answer="15 h 30",
        value="T15:30",
        accept=["à 15 h 30"],
        hint="La réponse est une heure.",
    )
    (home.paths.exercises / LESSON).write_text(
        yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


async def test_a_time_typed_another_way_is_right(make_app, home: Home) -> None:
    _with_a_time_item(home)
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, "transparence-vie-publique", ["date-jeudi-9-mars"])
        assert "heure" in str(app.screen.query_one(Input).placeholder)
        await pilot.press(*typing("15h30"), "enter")
        await wait_screen(pilot, FeedbackModal)
        banner = text(app, "#verdict")
        assert banner.startswith("✔"), banner
