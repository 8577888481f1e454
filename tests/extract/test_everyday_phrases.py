"""The list of everyday expressions that an A2 learner already knows: a hand-written data file,
so its form is checked here, where a slip in editing would otherwise pass unnoticed."""

from __future__ import annotations

from importlib import resources

import pytest

HEADER_LINES = 4


def _lines() -> list[str]:
    return (
        resources.files("tutor.data")
        .joinpath("everyday_phrases.txt")
        .read_text("utf-8")
        .splitlines()
    )


def _phrases() -> list[str]:
    return [line for line in _lines() if line and not line.startswith("#")]


def test_the_header_says_what_the_list_is_and_how_it_was_made() -> None:
    header = _lines()[:HEADER_LINES]
    assert all(line.startswith("# ") for line in header)
    text = " ".join(header)
    assert "A2" in text and "tutor" in text and "Criterion" in text and "Borderline" in text


def test_every_expression_is_listed_once() -> None:
    phrases = _phrases()
    assert len(phrases) > 600
    assert sorted(p for p in set(phrases) if phrases.count(p) > 1) == []


def test_expressions_are_lower_case_with_straight_apostrophes_and_single_spaces() -> None:
    for phrase in _phrases():
        assert phrase == phrase.lower(), phrase
        assert "’" not in phrase and "‘" not in phrase, phrase
        assert phrase == phrase.strip() and "  " not in phrase, phrase


def test_every_line_is_more_than_one_word() -> None:
    lone_words = [p for p in _phrases() if not any(mark in p for mark in " -'")]
    assert lone_words == []


@pytest.mark.parametrize(
    "phrase",
    [
        "conférence de presse",
        "hôtel de ville",
        "carte d'identité",
        "fin du mois",
        "quart d'heure",
        "personne âgée",
        "week-end",
        "bout du monde",
        "faire les courses",
        "tout de suite",
    ],
)
def test_what_a_b1_learner_knows_is_listed(phrase: str) -> None:
    assert phrase in _phrases()


@pytest.mark.parametrize(
    "phrase",
    [
        "plan social",
        "marché public",
        "jeune pousse",
        "tourner la page",
        "remise en état",
        "mise en service",
        "conseil municipal",
        "feu vert",
        "faire le point",
        "en plein air",
    ],
)
def test_what_a_b1_learner_still_learns_is_not_listed(phrase: str) -> None:
    assert phrase not in _phrases()
