"""The keys that move an event say their French names: m (monter) and d (descendre).

The chronology said "Maj+↑ Maj+↓ (ou u, d) le déplacent" and the footer "⇧↑ Monter": u is
English (up), and m, the learner's guess for "Monter", did nothing.
"""

from __future__ import annotations

from ui_helpers import session_of, text

from tutor.ui.widgets.answers import OrderingAnswer

SLUG = "poutine-coree-du-nord"
SIZE = (80, 24)


async def test_m_moves_an_event_up_and_the_screen_says_so(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, SLUG, ["chrono-rencontres"])
        ordering = session.answer_widget
        assert isinstance(ordering, OrderingAnswer)
        assert "(ou m, d)" in text(app, "#order-how")
        before = ordering.order()
        await pilot.press("down", "m")
        assert ordering.order() == [before[1], before[0], *before[2:]]
        await pilot.press("d")
        assert ordering.order() == before
