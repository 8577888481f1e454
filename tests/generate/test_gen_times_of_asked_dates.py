"""A time of day in a sentence whose date is asked is asked too, in the date question's words:
"Le feu était parti mardi vers 15 heures" gave "Quand le feu est-il parti ?" and no time item,
since the time's own question kept the day ("À quelle heure le feu est-il parti mardi ?") and
gave the date away. Now "À quelle heure le feu est-il parti ?", where the time surely dates the
same event; not after "À quand …" (the time would answer another question), and never on a clock
the learner may read otherwise ("21 h 14 UTC (23 h 14 à Paris)").

The lessons are generated from real articles of tests/generate/data and an invented one, with
extraction and the spaCy model real."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
from gold_facts import invented_article

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.generate import generate_document

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"


@cache
def _items(path: str) -> tuple[dict[str, Any], ...]:
    article = load_article(DATA / f"{path}.txt")
    (facts,) = extract_many([article])
    folder = (DATA / path).parent
    return tuple(generate_document(article, facts, seed=0, content_dir=folder)["items"])


def _is_time(item: dict[str, Any]) -> bool:
    return item["type"] == "date" and str(item.get("value", "")).startswith("T")


def _times(items: tuple[dict[str, Any], ...]) -> dict[str, str]:
    return {i["prompt"]: i["answer"] for i in items if _is_time(i)}


def _dates(items: tuple[dict[str, Any], ...]) -> dict[str, str]:
    return {i["prompt"]: i["answer"] for i in items if i["type"] == "date" and not _is_time(i)}


@pytest.mark.parametrize(
    ("path", "date_prompt", "time_prompt", "time"),
    [
        (
            "review_6/incendie-gard-garrigue",
            "Quand le feu est-il parti ?",
            "À quelle heure le feu est-il parti ?",
            "vers 15 heures",
        ),
        (
            "review_7/greve-controleurs-sncf",
            "Quand une nouvelle réunion de négociation doit-elle se tenir au siège de la SNCF ?",
            "À quelle heure une nouvelle réunion de négociation doit-elle se tenir au siège de "
            "la SNCF ?",
            "14 heures",
        ),
    ],
)
def test_the_time_of_an_asked_date_is_asked_in_the_date_question_s_words(
    path: str, date_prompt: str, time_prompt: str, time: str
) -> None:
    items = _items(path)
    assert date_prompt in _dates(items)
    assert _times(items).get(time_prompt) == time


def test_no_time_question_holds_the_answer_of_a_date_question() -> None:
    for path in ("review_6/incendie-gard-garrigue", "review_7/greve-controleurs-sncf"):
        items = _items(path)
        for prompt in _times(items):
            for answer in _dates(items).values():
                assert answer not in prompt, (prompt, answer)


@pytest.mark.parametrize(
    "path",
    [
        "review_6/incendie-gard-garrigue",
        "review_7/greve-controleurs-sncf",
        "review_13/reunion-cyclone-helia",
    ],
)
def test_a_time_comes_after_the_date_of_its_sentence(path: str) -> None:
    # each one's proof shows the other's answer: the day is asked first, the time after it
    # (the time's proof, "… levée vendredi à midi", came right before "Quand … ?" in two lessons)
    items = _items(path)
    for at, item in enumerate(items):
        if _is_time(item):
            days_after = [
                i
                for i in items[at + 1 :]
                if i["type"] == "date" and not _is_time(i) and i["evidence"] == item["evidence"]
            ]
            assert not days_after, item["prompt"]


def test_no_time_question_after_a_date_question_that_is_no_plain_when() -> None:
    # "Les faits remontent au vendredi 30 janvier, peu après 18 heures." is asked "À quand
    # est-ce que les faits remontent ?": "À quelle heure est-ce que les faits remontent ?" asks
    # nothing a learner can answer with the time
    items = _items("review_11/braquage-bijouterie-annecy")
    assert "À quand est-ce que les faits remontent ?" in _dates(items)
    assert not any("remontent" in prompt for prompt in _times(items))


LAUNCH = (
    "Kourou, 4 mars 2026. – Après deux reports, la fusée Ariane 6 a décollé mardi soir du Centre "
    "spatial guyanais, à 21 h 14 UTC (23 h 14 à Paris, 18 h 14 en Guyane). Le satellite s'est "
    "séparé du lanceur une heure plus tard. Les ingénieurs ont salué un lancement parfait."
)


def test_a_time_read_on_another_clock_is_not_asked(tmp_path: Path) -> None:
    article, _ = invented_article(tmp_path, LAUNCH)
    (facts,) = extract_many([article])
    items = tuple(generate_document(article, facts, seed=0, content_dir=tmp_path)["items"])
    # a guard of the time asked in the date question's words: "mardi soir" is asked
    assert "mardi soir" in _dates(items).values()
    assert not _times(items)
