"""At 80x24, the feedback shows the verdict, the answers and the explanation whole; only the
article's paragraph may scroll, and it scrolls to the proof."""

from __future__ import annotations

import pytest
from textual.containers import VerticalScroll
from textual.widget import Widget
from ui_helpers import session_of, shown_text, typing, wait_screen

from tutor.ui.screens.feedback import FeedbackModal

SLUG = "poutine-coree-du-nord"
SIZE = (80, 24)


def _fully_shown(widget: Widget, screen_height: int) -> bool:
    """On screen and not cut by its scrolling parent."""
    region = widget.region
    parent = widget.parent
    assert isinstance(parent, Widget)
    return (
        region.height == widget.outer_size.height
        and region.bottom <= screen_height - 1  # the footer's row
        and (not isinstance(parent, VerticalScroll) or parent.max_scroll_y == 0)
    )


@pytest.mark.parametrize(
    ("item_id", "keys"),
    [
        ("vf-munitions", ["v", "1", "enter"]),  # wrong, with the first sentence as its proof
        ("vf-prix-petrole", ["v"]),  # wrong, the expected answer on its own line
        ("raisons-rapprochement", [*typing("munitions"), "enter"]),  # a long model answer
        # one pair right, row-by-row fixes (a term goes to one row only: 1 2 3 4, not 1 1 1 1)
        ("termes-diplomatie", ["1", "2", "3", "4", "enter"]),
    ],
)
async def test_the_important_parts_of_the_feedback_need_no_scrolling(
    make_app, item_id: str, keys: list[str]
) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        await session_of(pilot, SLUG, [item_id])
        await pilot.press(*keys)
        feedback = await wait_screen(pilot, FeedbackModal)
        await pilot.pause()
        parts = ["#verdict", "#given", "#explanation", "#continue"]
        if feedback.query("#expected"):
            parts.append("#expected")
        for part in parts:
            assert _fully_shown(feedback.query_one(part), SIZE[1]), part
        evidence = feedback.query_one("#evidence-scroll", VerticalScroll)
        assert evidence.region.height >= 3 and evidence.region.bottom <= SIZE[1] - 1
        assert evidence.has_focus, "↑ ↓ scroll the paragraph"


async def test_a_proof_below_the_paragraph_start_is_scrolled_into_view(make_app) -> None:
    app = make_app(learner="Léa")
    async with app.run_test(size=(80, 18)) as pilot:  # a short pane: 3 rows of paragraph
        await session_of(pilot, SLUG, ["vf-munitions"])
        await pilot.press("v", "1", "enter")
        feedback = await wait_screen(pilot, FeedbackModal)
        await pilot.pause()
        evidence = feedback.query_one("#evidence-scroll", VerticalScroll)
        assert evidence.region.height == 3 and evidence.scroll_y > 0
        visible = " ".join(shown_text(app, "#evidence-scroll").split())
        assert "Selon le ministre sud-coréen" in visible, visible
        assert "Les 2 pays partagent" not in visible, "the sentence before the proof scrolled off"
