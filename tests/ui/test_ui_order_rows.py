"""The events of a chronology show whole: a row that is too long for the screen wraps instead of
being cut (at 100 columns, "… six propositions d'engag" was all a learner could read)."""

from __future__ import annotations

from ui_helpers import session_of, shown_text

from tutor.model import Chronology

SLUG = "poutine-coree-du-nord"


async def test_a_long_event_wraps_and_every_word_is_on_screen(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=(60, 30)) as pilot:
        session = await session_of(pilot, SLUG, ["chrono-rencontres"])
        await pilot.pause()
        item = session.lesson.items[0].item
        assert isinstance(item, Chronology)
        seen = " ".join(shown_text(app, "#order").split())
        for event in item.events:
            assert event.text in seen, event.text
