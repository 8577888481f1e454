"""A false statement or a wrong option never changes a magnitude past 10: "la région avait déjà
été frappée par le séisme de magnitude 15,6" (for 7,8) was false at a glance, with no reading
(tmux, review 15's earthquake dispatch)."""

from __future__ import annotations

import pytest

from tutor.generate.numbers import MAX_MAGNITUDE, upper_bound


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("frappée par le séisme de magnitude ", " du 6 février 2023."),
        ("un tremblement de terre de magnitude ", " a secoué la ville."),
        ("une secousse de ", " sur l'échelle de Richter a été ressentie."),
        ("une secousse de ", " degrés sur l'échelle de Richter a été ressentie."),
    ],
)
def test_a_magnitude_stays_under_ten(before: str, after: str) -> None:
    assert upper_bound(after, before) == MAX_MAGNITUDE


def test_other_numbers_have_no_such_top() -> None:
    assert upper_bound(" euros par mois.", "un salaire de ") == float("inf")


@pytest.mark.slow
def test_the_earthquake_lesson_asks_no_magnitude_over_ten() -> None:
    import re
    from pathlib import Path

    from tutor.content import load_article
    from tutor.extract import extract_many
    from tutor.generate import generate_document

    folder = Path(__file__).parent / "data" / "review_15"
    article = load_article(folder / "depeche-seisme-turquie.txt")
    (facts,) = extract_many([article])
    items = generate_document(article, facts, seed=0, content_dir=folder)["items"]
    shown = [str(i.get("statement", "")) for i in items]
    shown += [
        str(o)
        for i in items
        if "magnitude" in str(i.get("prompt", ""))
        for o in i.get("options", [])
    ]
    magnitudes = [
        float(m.replace(",", "."))
        for s in shown
        for m in re.findall(r"magnitude (\d+(?:,\d+)?)", s)
    ]
    assert magnitudes and all(m < MAX_MAGNITUDE for m in magnitudes), shown
