"""Dates on faults of the sixteenth blind review of generated lessons: each day of a list that
shares one month takes the month (and year) that follows the list ("du 1er, du 2 et du 3
juillet" in a paper of 2 April gave 1 May and 2 April); the month a periodical's issue is named
by is the coming one when the issue is on sale ahead of it ("le numéro de novembre" in a paper
of 15 October gave the November past). Sentences written for these tests, and the review's
articles; conventions: tests/data/gold/README.md."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_facts
from tutor.extract.dates import find_dates

REVIEW_16 = Path(__file__).resolve().parents[1] / "generate" / "data" / "review_16"


def _found(text: str, published: date) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.value) for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les soirées du 1er, du 2 et du 3 juillet seront consacrées au blues.",
            [("1er", "2026-07-01"), ("2", "2026-07-02"), ("3 juillet", "2026-07-03")],
        ),
        (
            "Les concerts auront lieu les 1er, 2 et 3 juillet.",
            [("1er", "2026-07-01"), ("2", "2026-07-02"), ("3 juillet", "2026-07-03")],
        ),
        (
            "Il a plu les 12, 13 et 14 mai 2024 sur toute la région.",
            [("12", "2024-05-12"), ("13", "2024-05-13"), ("14 mai 2024", "2024-05-14")],
        ),
        (
            "Le 1er, le 2 et le 3 mars, la route a été fermée.",
            [("1er", "2026-03-01"), ("2", "2026-03-02"), ("3 mars", "2026-03-03")],
        ),
        (
            "La grève aura lieu entre le 2 et le 5 mars.",
            [("2", "2027-03-02"), ("5 mars", "2027-03-05")],
        ),
    ],
)
def test_each_day_of_a_list_takes_the_month_after_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, date(2026, 4, 2)) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le test est publié dans le numéro de novembre du magazine, en kiosque.", "2026-11"),
        ("L'enquête a paru dans le numéro de novembre de la revue.", "2026-11"),
        ("Le numéro d'octobre de la revue est consacré au climat.", "2026-10"),
        # an issue far ahead is no issue on sale: the tense decides
        ("Le reportage a été publié dans le numéro de mars du magazine.", "2026-03"),
        ("Le reportage paraîtra dans le numéro de mars du magazine.", "2027-03"),
        # no issue: the past of news; an event's edition held is last year's
        ("Les ventes de novembre ont baissé de 4 %.", "2025-11"),
        ("L'édition de novembre du salon a attiré 3 000 visiteurs.", "2025-11"),
    ],
)
def test_the_month_of_an_issue_on_sale_is_the_coming_one(text: str, value: str) -> None:
    months = [v for _, v in _found(text, date(2026, 10, 15)) if len(v) == 7]
    assert months == [value]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("article", "words", "value"),
    [
        ("festival-jazz-vienne-programme.txt", "du 1er", "2026-07-01"),
        ("festival-jazz-vienne-programme.txt", "du 2 et", "2026-07-02"),
        ("banc-essai-aspirateurs-balais.txt", "numéro de novembre", "2026-11"),
    ],
)
def test_the_dates_of_the_review_articles(
    nlp,  # type: ignore[no-untyped-def]
    article: str,
    words: str,
    value: str,
) -> None:
    facts = extract_facts(load_article(REVIEW_16 / article), nlp)
    dated = [d for d in facts.dates if words in d.sentence and d.value == value]
    assert dated, [(d.text, d.value) for d in facts.dates if words in d.sentence]


@pytest.mark.parametrize(
    "text",
    [
        "Des orages ont frappé la région les 28, 29 et 30 mars.",
        "Les concerts ont lieu les 28, 29 et 30 mars.",
        "Le salon se tiendra les 28, 29 et 30 mars.",
    ],
)
def test_the_days_of_a_list_around_publication_share_one_year(text: str) -> None:
    assert [v for _, v in _found(text, date(2026, 3, 29))] == [
        "2026-03-28",
        "2026-03-29",
        "2026-03-30",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le festival aura lieu du 28 au 3 avril.",
            [("28", "2026-03-28"), ("3 avril", "2026-04-03")],
        ),
        (
            "Le festival aura lieu du vendredi 28 au dimanche 3 avril.",
            [("vendredi 28", "2026-03-28"), ("dimanche 3 avril", "2026-04-03")],
        ),
        (
            "Le festival a eu lieu du 30 au 2 février.",
            [("30", "2026-01-30"), ("2 février", "2026-02-02")],
        ),
        ("Du 3 au 5 avril, il pleuvra.", [("3", "2026-04-03"), ("5 avril", "2026-04-05")]),
    ],
)
def test_a_first_day_later_than_the_last_is_of_the_month_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, date(2026, 3, 10)) == expected
