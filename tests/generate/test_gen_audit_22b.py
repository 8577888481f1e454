"""Lessons a demanding teacher read item by item in session 22's second audit (seven articles of
tests/extract/data no earlier audit used): each test is one class of fault found there, on the
real article, with the real model."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from gold_facts import ROOT, lesson_of

pytestmark = pytest.mark.slow

DATA = ROOT / "tests/extract/data"
OPERA = DATA / "people_articles_2/opera-rouen-olympe.txt"


def _lesson(tmp_path: Path, article: Path, seed: int = 0) -> dict[str, Any]:
    return lesson_of(tmp_path, article, seed)


def _item(doc: dict[str, Any], item_id: str) -> dict[str, Any]:
    return next(i for i in doc["items"] if i["id"] == item_id)


def test_a_place_that_opens_the_title_is_not_its_subject(tmp_path: Path) -> None:
    """ "Musique : à Rouen, un opéra sur Olympe de Gouges triomphe pour sa création": the
    summary's example answer was « À Rouen est un opéra sur Olympe de Gouges triomphe pour sa
    création. », as if "À Rouen" were a name and the rest what it is."""
    summary = _item(_lesson(tmp_path, OPERA), "resume-article")
    assert "Rouen est" not in summary["model_answer"]
    assert summary["model_answer"].startswith("À Rouen, un opéra sur Olympe de Gouges triomphe")


ANGOULEME = DATA / "speaker_articles_2/restitution-musee-angouleme.txt"


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


@pytest.mark.parametrize("seed", range(2))
def test_a_name_ending_in_an_initial_takes_no_second_period(tmp_path: Path, seed: int) -> None:
    """ "Son adjointe à la culture, Samia B., …": the feedback read « Faux : c'est Jean-Marc
    Ekoto qui le dit, pas Samia B.. » (seed 1)."""
    doc = _lesson(tmp_path, ANGOULEME, seed)
    doubled = [t for t in _texts(doc["items"]) if ".." in t]
    assert doubled == []


VIN = DATA / "people_articles_3/fraude-vin-bordeaux.txt"


def test_an_infinitive_does_not_make_a_title_a_sentence(tmp_path: Path) -> None:
    """ "Bordeaux : un négociant jugé pour avoir vendu du vin espagnol …": 'avoir' made the
    title read as a sentence, and the example summary was the headline « Un négociant jugé pour
    avoir vendu … », which has no verb; now its participle is a present passive."""
    summary = _item(_lesson(tmp_path, VIN), "resume-article")
    assert summary["model_answer"].startswith("Un négociant est jugé pour avoir vendu du vin")


ELEPHANT = DATA / "people_articles_3/naissance-elephanteau-lot.txt"


@pytest.mark.parametrize("seed", range(2))
def test_an_adjective_is_not_given_its_nouns_definition(tmp_path: Path, seed: int) -> None:
    """ "Cette naissance est aussi une réussite scientifique": « scientifique » was matched with
    « Une personne dont le métier est de chercher et d'expliquer les lois de la nature. » (both
    seeds); the article never uses the noun."""
    doc = _lesson(tmp_path, ELEPHANT, seed)
    terms = [p["term"] for i in doc["items"] if i["type"] == "terms" for p in i["pairs"]]
    assert "scientifique" not in terms


@pytest.mark.parametrize("seed", range(2))
def test_a_crop_shows_no_one_word_stub_of_a_quotation(tmp_path: Path, seed: int) -> None:
    """ "Le sénateur … Michel Boutin, rapporteur du texte, estime que la France « a trop
    longtemps fermé les yeux »": the cloze showed « … ___ du texte, estime que la France « a … » »
    (seed 0), one word of the quotation between its marks."""
    doc = _lesson(tmp_path, ANGOULEME, seed)
    stubs = [t for t in _texts(doc["items"]) if re.search(r"« \S+ … »", t)]
    assert stubs == []


@pytest.mark.parametrize("seed", range(2))
def test_a_crop_keeps_the_closing_mark_of_its_last_word(tmp_path: Path, seed: int) -> None:
    """ "… qui permet de déroger au principe d'« inaliénabilité » des collections publiques":
    the date item's feedback quoted « … au principe d'“inaliénabilité …” », the ellipsis inside
    a quotation that ends with the word."""
    doc = _lesson(tmp_path, ANGOULEME, seed)
    (feedback,) = [i["feedback"] for i in doc["items"] if i["id"] == "date-2025"]
    assert "d'“inaliénabilité” …" in feedback


GREVE = DATA / "people_articles_2/greve-controleurs-aeriens.txt"


@pytest.mark.parametrize("seed", range(3))
def test_a_mans_role_options_are_no_womans_elided_roles(tmp_path: Path, seed: int) -> None:
    """« Qui est Frédéric Lenoir ? » offered 'L'infirmière à Roubaix' (seed 2) beside three
    men's roles: the elided article hid the gender that the noun shows, and the option gave
    itself away."""
    doc = _lesson(tmp_path, GREVE, seed)
    for item in doc["items"]:
        if (
            item["type"] == "choice"
            and item["prompt"].startswith("Qui est ")
            and (item["answer"].startswith("Le "))
        ):
            assert "L'infirmière à Roubaix" not in item["options"], item["prompt"]
