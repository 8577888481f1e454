"""Speakers and quotations on the extraction faults of the ninth review left open
(tests/generate/data/review_9/README.md): "a prévenu la SNCF" spoke as "la SNCF Réseau";
"D'après l'éditeur" was the critic named before; a charge's name in marks ("une enquête pour
« mise en danger de la vie d'autrui »") was the prosecutor's words. Invented news sentences like
the articles', with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _quotes(body: str, nlp) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, q.text) for q in facts_of_text(body, nlp).quotes]


def test_a_previent_la_sncf_is_the_sncf_not_sncf_reseau(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "« Tout a fonctionné », a assuré Hervé Delattre, directeur territorial de SNCF Réseau. "
        "D'après SNCF Réseau, les travaux coûtent entre 5 et 10 millions d'euros. Les voyageurs "
        "doivent prévoir quarante minutes de trajet en plus, a prévenu la SNCF."
    )
    speakers = [speaker for speaker, _ in _quotes(body, nlp)]
    assert speakers == ["Hervé Delattre", "SNCF Réseau", "la SNCF"]


def test_d_apres_l_editeur_is_not_the_critic_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le critique gastronomique Alain Dufresnoy, qui l'a rencontrée en 1979, estime qu'elle a "
        "« sauvé des recettes ». Il rappelle qu'elle a publié trois livres, dont Cuisine de ma "
        "forêt. D'après l'éditeur, une nouvelle édition est prévue pour le printemps."
    )
    quotes = _quotes(body, nlp)
    assert ("l'éditeur", "une nouvelle édition est prévue pour le printemps") in quotes
    assert [s for s, _ in quotes].count("Alain Dufresnoy") == 2


def test_l_editeur_named_so_is_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le livre sort jeudi chez Actes Noirs. Son éditeur, Julien Ferrand, a choisi un tirage de "
        "20 000 exemplaires. D'après l'éditeur, les libraires en ont déjà commandé la moitié."
    )
    assert _quotes(body, nlp)[-1][0] == "Julien Ferrand"


def test_a_charge_in_marks_is_nobody_s_words(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "La procureure de la République de Grenoble, Élise Marchand, a ouvert une enquête pour "
        "« mise en danger de la vie d'autrui » et confié les investigations à la gendarmerie. "
        "« Aucune piste n'est écartée à ce stade », a-t-elle indiqué. L'ancien gérant, Marc "
        "Rivière, a été mis en examen du chef d'« abus de biens sociaux »."
    )
    assert _quotes(body, nlp) == [("Élise Marchand", "Aucune piste n'est écartée à ce stade")]


def test_words_in_marks_after_pour_without_proceedings_stay_quoted(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "Le maire, Paul Jourdan, s'est battu pour « une école ouverte à tous les enfants »."
    assert _quotes(body, nlp) == [("Paul Jourdan", "une école ouverte à tous les enfants")]
