"""A day or month named without its year that dates an event announced, planned or not excluded
is that event's, still to come, whatever the tense of the announcing (thirteenth blind review:
"a annoncé une réunion avec la ministre le 2 avril" in a paper of 12 March 2026 gave 2 April
2025). An event told as held stays in the past. Sentences written for these tests, and the two
articles of the review; conventions: tests/data/gold/README.md."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_facts
from tutor.extract.dates import find_dates

PUBLISHED = date(2026, 3, 10)
REVIEW_13 = Path(__file__).resolve().parents[1] / "generate" / "data" / "review_13"


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.value) for d in find_dates(text, PUBLISHED)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("article", "words", "value"),
    [
        ("senegal-peche-artisanale.txt", "2 avril", "2026-04-02"),
        ("quebec-greve-saq.txt", "mai", "2026-05"),
    ],
)
def test_the_announced_event_of_the_review_is_still_to_come(
    nlp,  # type: ignore[no-untyped-def]
    article: str,
    words: str,
    value: str,
) -> None:
    facts = extract_facts(load_article(REVIEW_13 / article), nlp)
    assert [d.value for d in facts.dates if d.text == words] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le syndicat a annoncé une réunion avec le ministère le 2 avril.",
            [("2 avril", "2026-04-02")],
        ),
        ("Le syndicat n'exclut pas d'autres journées de grève en mai.", [("mai", "2026-05")]),
        ("Le syndicat menace de faire grève en mai.", [("mai", "2026-05")]),
        ("Le préfet a convoqué une réunion de crise le 12 mars.", [("12 mars", "2026-03-12")]),
        ("Le tribunal a fixé l'audience au 14 avril.", [("14 avril", "2026-04-14")]),
        (
            "Le syndicat a demandé que la réunion ait lieu le 2 avril.",
            [("2 avril", "2026-04-02")],
        ),
        (
            "Le maire a confirmé l'ouverture de la piscine en juillet.",
            [("juillet", "2026-07")],
        ),
        (
            "Le syndicat a annoncé une grève du 3 au 5 avril.",
            [("3", "2026-04-03"), ("5 avril", "2026-04-05")],
        ),
        # a notice of what is to come, and the day an announcing sets its object for
        (
            "Le syndicat Sud Santé a déposé un préavis de grève pour le 2 avril.",
            [("2 avril", "2026-04-02")],
        ),
        ("Le syndicat a déposé un préavis pour le 2 avril.", [("2 avril", "2026-04-02")]),
        (
            "La direction a convoqué les salariés pour le 2 avril.",
            [("2 avril", "2026-04-02")],
        ),
    ],
)
def test_an_announced_event_is_still_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event told as held
        ("Le conseil s'est réuni le 2 avril.", [("2 avril", "2025-04-02")]),
        ("La réunion s'est tenue le 2 avril.", [("2 avril", "2025-04-02")]),
        ("Le syndicat a organisé une grève le 15 mai.", [("15 mai", "2025-05-15")]),
        ("La ministre a participé à une réunion le 2 avril.", [("2 avril", "2025-04-02")]),
        (
            "Le ministre a confirmé que la réunion avait eu lieu le 2 avril.",
            [("2 avril", "2025-04-02")],
        ),
        (
            "Le maire a annoncé la fermeture de l'usine en juin, qui a laissé 200 salariés "
            "sans emploi.",
            [("juin", "2025-06")],
        ),
        # a story already past, an event named by its day
        ("Le gouvernement avait annoncé une réunion le 2 avril.", [("2 avril", "2025-04-02")]),
        (
            "Le syndicat avait déposé un préavis de grève pour le 2 avril.",
            [("2 avril", "2025-04-02")],
        ),
        ("La ministre a salué la réunion du 2 avril.", [("2 avril", "2025-04-02")]),
        (
            "La police a demandé une enquête sur la manifestation du 2 avril.",
            [("2 avril", "2025-04-02")],
        ),
        # the day of the announcing, placed before its object
        ("Le syndicat a annoncé le 2 avril une grève.", [("2 avril", "2025-04-02")]),
        # a day just past is no day eleven months ahead
        ("Le syndicat a annoncé une réunion le 2 février.", [("2 février", "2026-02-02")]),
    ],
)
def test_an_event_held_or_told_as_past_stays_past(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected
