"""A chronology event or a date question read from "la compagnie …" names the company when the
article does (the air traffic controllers' strike: « La compagnie a dû annuler un vol
court-courrier sur trois. » in an article about Air France and Ryanair; the regional airline's
liquidation: « Quand la compagnie a-t-elle été fondée ? » for Air Ponant)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from gold_facts import lesson_of

DATA = Path(__file__).parents[1] / "extract" / "data"
STRIKE = DATA / "people_articles_2" / "greve-controleurs-aeriens.txt"
AIRLINE = (
    DATA / "term_corpus" / "batch_v" / "compagnie-aerienne-regionale-liquidation-judiciaire.txt"
)

_BARE = re.compile(
    r"^(?:Quand (?:est-ce qu(?:e |['’]))?)?(?:la compagnie|l['’]entreprise|la société|le groupe)"
    r"(?:,| a | avait | a-t-| publiera| vise)",
    re.IGNORECASE,
)


def _dated_texts(lesson: dict[str, Any]) -> list[str]:
    texts = []
    for item in lesson["items"]:
        if item["type"] == "chronology":
            texts += [e["text"] for e in item["events"]]
        elif str(item["id"]).startswith("date-"):
            texts.append(item["prompt"])
    return texts


@pytest.mark.slow
@pytest.mark.parametrize("article", [STRIKE, AIRLINE], ids=lambda p: p.stem)
def test_dated_items_say_which_company(tmp_path: Path, article: Path) -> None:
    texts = _dated_texts(lesson_of(tmp_path, article))
    assert [t for t in texts if _BARE.match(t)] == []


@pytest.mark.slow
def test_the_strike_names_air_france(tmp_path: Path) -> None:
    texts = _dated_texts(lesson_of(tmp_path, STRIKE))
    assert "La compagnie Air France a dû annuler un vol court-courrier sur trois." in texts


@pytest.mark.slow
def test_a_described_firm_keeps_its_description_and_a_name_ends_with_its_sentence(
    tmp_path: Path,
) -> None:
    """Thiers: « … par le groupe italien Fratelli Rinaldi. L'entreprise thiernoise, fondée en
    1887, … » gave « Quand l'entreprise Fratelli Rinaldi. L'entreprise thiernoise a-t-elle été
    fondée ? »: the name ran into the next sentence, and the firm named was the buyer, not the
    cutlery the article describes as "thiernoise"."""
    texts = _dated_texts(
        lesson_of(tmp_path, DATA / "people_articles_4/reprise-coutellerie-thiers.txt")
    )
    assert "Quand l'entreprise thiernoise a-t-elle été fondée ?" in texts
    assert not any("Rinaldi." in t for t in texts), texts
