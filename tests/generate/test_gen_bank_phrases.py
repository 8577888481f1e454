"""A word bank never offers a word that makes a set phrase with the words after the gap. The
Lille teachers' strike (speaker_articles_2): « la ___ des classes pénalisera d'abord les élèves
en difficulté » (fusion) offered 'rentrée': « la rentrée des classes » is French a learner
knows, and choosing it was marked wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import lesson_of

from tutor.generate.bank_cloze import _listed_with_its_neighbours

LILLE = (
    Path(__file__).parents[1]
    / "extract"
    / "data"
    / "speaker_articles_2"
    / "greve-enseignants-lille.txt"
)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(3))
def test_rentree_is_not_offered_before_des_classes(tmp_path: Path, seed: int) -> None:
    lesson = lesson_of(tmp_path, LILLE, seed)
    gapped = [i for i in lesson["items"] if i.get("bank") and "___ des classes" in i["text"]]
    for item in gapped:
        assert "rentrée" not in item["bank"], item["bank"]


@pytest.mark.parametrize(
    ("form", "after", "listed"),
    [
        ("rentrée", " des classes pénalisera d'abord les élèves.", True),
        ("fusion", " des classes pénalisera d'abord les élèves.", False),
        ("état", " d'urgence a été décrété.", True),
        ("cour", " des classes pénalisera d'abord les élèves.", False),
    ],
)
def test_a_candidate_and_the_words_after_the_gap(form: str, after: str, listed: bool) -> None:
    assert _listed_with_its_neighbours(form, after) is listed


PLOUGUENAST = (
    Path(__file__).parents[1]
    / "extract"
    / "data"
    / "speaker_articles_2"
    / "eolien-tribunal-plouguenast.txt"
)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(3))
def test_no_bank_after_a_la_sortie_de(tmp_path: Path, seed: int) -> None:
    """« à la sortie de l'___ » (audience) offered 'entreprise': one comes out of a company as
    well as out of a hearing, so any place or event of the article could be chosen there."""
    lesson = lesson_of(tmp_path, PLOUGUENAST, seed)
    gapped = [i for i in lesson["items"] if i.get("bank") and "sortie de l'___" in i["text"]]
    assert gapped == []


@pytest.mark.parametrize(
    ("form", "before", "after", "listed"),
    [
        ("entreprise", "Le chef d'", " a été entendu.", True),
        ("expertise", "Le chef d'", " a été entendu.", False),
        ("examen", "Il a obtenu la mise en ", " de deux suspects.", True),
        ("secours", "Il a pris la sortie de ", ".", True),
        ("écart", "Il reste à l'", " du monde.", False),
    ],
)
def test_a_candidate_and_the_words_before_the_gap(
    form: str, before: str, after: str, listed: bool
) -> None:
    assert _listed_with_its_neighbours(form, after, before) is listed
