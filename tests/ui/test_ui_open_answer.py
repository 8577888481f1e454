"""An open question's answer is read whole while it is written: the box wraps its lines.

"De quoi parle cet article ? Répondez en deux ou trois phrases." was answered on one line: at
80 columns the box showed the last 70 characters ("a la loi. Les associations denoncent cette
pratique depuis longtemps."), and the learner could not reread the start of the answer.
"""

from __future__ import annotations

from ui_helpers import session_of, shown_text, typing, wait_screen, wait_until

from tutor.ui.screens.feedback import FeedbackModal

SLUG = "poutine-coree-du-nord"
SIZE = (80, 24)
ANSWER = (
    "Les deux pays subissent des sanctions internationales. La Corée du Nord donne des "
    "munitions et la Russie aide pour les satellites et le pétrole."
)


def _flat(text: str) -> str:
    """The words of a text, without the box's borders and line ends."""
    return " ".join(text.translate(str.maketrans("", "", "▊▎▔▁")).split())


async def test_a_long_open_answer_is_shown_whole_while_typed(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, SLUG, ["raisons-rapprochement"])
        widget = session.answer_widget
        assert widget is not None
        await wait_until(pilot, lambda: app.focused is not None, "the answer box")
        await pilot.press(*typing(ANSWER))
        await pilot.pause()
        shown = _flat(shown_text(app, "#answer-slot"))
        assert "Les deux pays subissent" in shown, shown
        assert "satellites et le pétrole." in shown, shown
        await pilot.press("enter")  # Entrée still sends the answer
        await wait_screen(pilot, FeedbackModal)
        assert ANSWER in _flat(str(app.screen.query_one("#given").render()))


async def test_letters_that_are_keys_elsewhere_are_typed_in_the_answer(make_app) -> None:
    """h (the hint's key on other items), a digit, ?, a space: all letters of the answer."""
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, SLUG, ["raisons-rapprochement"])
        await wait_until(pilot, lambda: app.focused is not None, "the answer box")
        await pilot.press(*typing("chacun aide l'autre ? 2 raisons"))
        await pilot.pause()
        assert session.answer_widget is not None
        assert session.answer_widget.value == "chacun aide l'autre ? 2 raisons"  # type: ignore[attr-defined]
        assert not session.query_one("#hint").display
