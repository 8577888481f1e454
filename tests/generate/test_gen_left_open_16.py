"""Generation faults left open at the end of session 15, each checked on the lesson of the
review article where it was found (tests/generate/data/review_12 and review_13)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.generate import generate_document

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"


@cache
def _items(review: str, stem: str) -> tuple[dict[str, Any], ...]:
    folder = DATA / review
    article = load_article(folder / f"{stem}.txt")
    (facts,) = extract_many([article])
    return tuple(generate_document(article, facts, seed=0, content_dir=folder)["items"])


def test_a_verbless_sentence_s_gap_refuses_words_of_the_answer_s_field() -> None:
    """Enquête Ehpad: "Des lettres aux directeurs, des ___ à l'agence régionale de santé (ARS),
    des messages …" offered "alertes" beside "plaintes" (0.54 apart, below the near-synonym
    bar): with no verb to choose, "des alertes à l'agence" fits as well."""
    banks = [
        item["bank"]
        for item in _items("review_12", "enquete-ehpad-groupe-solvea")
        if "bank" in item and "à l'agence régionale" in str(item["text"])
    ]
    assert not [bank for bank in banks if "alertes" in bank], banks


@cache
def _terms(review: str, stem: str) -> list[str]:
    (facts,) = extract_many([load_article(DATA / review / f"{stem}.txt")])
    return [term.lemma for term in facts.terms]


@pytest.mark.parametrize(
    ("review", "stem", "cut"),
    [
        # "Elle représentera la région au concours national"
        ("review_12", "breve-citation-boulangere-prix", "région au concours national"),
        # "invités à rapporter les gourdes au magasin"
        ("review_7", "rappel-compotes-listeria", "gourde au magasin"),
    ],
)
def test_a_key_term_does_not_run_into_the_verb_s_complement(
    review: str, stem: str, cut: str
) -> None:
    """A noun and the complement of the verb after it ("représentera la région | au concours
    national") are no term: the boulangère lesson asked "Elle représentera la ___, le 15 avril
    à Paris." for "région au concours national". A listed phrase the parser hangs on the
    verb the same way stays a term ("percuté un camion à un passage à niveau")."""
    assert cut not in _terms(review, stem)
    assert "passage à niveau" in _terms("review_9", "accident-ter-passage-niveau")


def _who_said(review: str, stem: str) -> dict[str, list[str]]:
    """The wrong options of each "Qui a dit … ?" item of a lesson, by answer."""
    return {
        str(item["answer"]): [o for o in item["options"] if o != item["answer"]]
        for item in _items(review, stem)
        if str(item["id"]).startswith("qui-a-dit")
    }


def test_who_said_offers_people_for_a_person_and_bodies_for_a_body() -> None:
    """Gard: "Qui a dit … ?" for Philippe Morin offered Josiane Fabre, Vincent Aubert and
    Météo-France, a body plainly not the one who spoke; Suisse: for Les Verts it offered
    Beat Imhof and Lea Brunner beside the Chancellerie. The article has two others of the
    answer's kind in each case: the options are of that kind only."""
    fire = _who_said("review_6", "incendie-gard-garrigue")
    assert "Philippe Morin" in fire
    assert not [o for opts in fire.values() for o in opts if o == "Météo-France"], fire
    vote = _who_said("review_10", "suisse-votation-autoroutes")
    assert vote["Les Verts"], vote
    assert not {"Beat Imhof", "Lea Brunner"} & set(vote["Les Verts"]), vote


_HALF_A_TIME = re.compile(r"\d\s*h\s*___|___\s*h\s*\d")


@pytest.mark.parametrize(
    ("review", "stem"),
    [
        ("review_13", "belgique-liege-tram"),  # "… dès la première rame, à 5 h ___."
        ("review_11", "avion-atterrissage-urgence"),  # "… à ___ h 05.", "… posé à 10 h ___."
    ],
)
def test_a_time_of_day_is_not_cut_in_a_number_question(review: str, stem: str) -> None:
    """ "Quel nombre manque ?" asked the minutes or the hour of a time alone ("à 5 h ___"):
    half a time is no figure a reader looks for."""
    prompts = [str(item["prompt"]) for item in _items(review, stem)]
    assert prompts and not [p for p in prompts if _HALF_A_TIME.search(p)], prompts


def test_a_match_with_bodies_among_its_speakers_does_not_call_them_people() -> None:
    """ "Associez chaque citation à la bonne personne" above "Météo-France" and "L'hôpital de
    Briançon" (review 14 noted it with "Le gouvernement")."""
    (match,) = [
        i for i in _items("review_8", "secours-alpinistes-ecrins") if i["type"] == "speakers"
    ]
    labels = [p["speaker"] for p in match["pairs"]] + match.get("distractors", [])
    assert "Météo-France" in labels
    assert match["prompt"].endswith("à la personne ou au groupe qui parle.")
