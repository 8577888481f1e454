"""A "selon/d'après/pour + role" source is the person named before with that role (fault 2
left by session 17): "Selon le médecin, …" after "le Dr Paul Martin, médecin à l'hôpital de
Colmar" is Paul Martin; "le médecin de l'hôpital" is the hospital's doctor of two named, and
"le médecin de garde" is nobody named (the words stay). No one fitting, or two fitting with
neither in focus, leave the description. Invented news passages, with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow

_ONE_DOCTOR = (
    "Une épidémie de grippe frappe l'Alsace. « Nous avons reçu 80 patients en une nuit », "
    "témoigne le Dr Paul Martin, médecin à l'hôpital de Haguenau.\n\n"
    "La préfète du Bas-Rhin, Claire Vidal, a annoncé l'ouverture de lits supplémentaires. Le "
    "maire de Haguenau, Jean Roux, a salué « une décision rapide ».\n\n"
)
_TWO_DOCTORS = (
    "Les urgences d'Alsace sont saturées. Le Dr Paul Martin, médecin à l'hôpital de Colmar, et "
    "le Dr Marc Petit, médecin au centre de santé de Mulhouse, ont alerté l'agence régionale de "
    "santé. La préfète Claire Vidal a réuni une cellule de crise mardi. "
)


def _speaker_of(body: str, words: str, nlp) -> list[str]:  # type: ignore[no-untyped-def]
    return [q.speaker for q in facts_of_text(body, nlp).quotes if words in q.text.lower()]


@pytest.mark.parametrize(
    "source",
    [
        "Selon le médecin, le pic de l'épidémie n'est pas encore atteint.",
        "Le pic de l'épidémie, d'après le médecin, n'est pas encore atteint.",
        "Selon le médecin de l'hôpital, le pic de l'épidémie n'est pas encore atteint.",
    ],
)
def test_the_role_is_the_person_named_before_with_it(nlp, source: str) -> None:  # type: ignore[no-untyped-def]
    assert _speaker_of(_ONE_DOCTOR + source, "le pic", nlp) == ["Paul Martin"]


def test_a_complement_of_the_role_picks_one_of_two(nlp) -> None:  # type: ignore[no-untyped-def]
    body = _TWO_DOCTORS + "Selon le médecin de l'hôpital, la plupart des cas relèvent de la grippe."
    assert _speaker_of(body, "la grippe", nlp) == ["Paul Martin"]
    body = (
        _TWO_DOCTORS + "« La plupart des cas relèvent de la grippe », selon le médecin du centre."
    )
    assert _speaker_of(body, "la grippe", nlp) == ["Marc Petit"]


def test_two_who_fit_with_neither_in_focus_leave_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    body = _TWO_DOCTORS + "Selon le médecin, la plupart des cas relèvent de la grippe."
    assert _speaker_of(body, "la grippe", nlp) == ["le médecin"]


def test_a_complement_nobody_named_has_leaves_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    body = _ONE_DOCTOR + "Selon le médecin de garde, le pic de l'épidémie n'est pas atteint."
    assert _speaker_of(body, "le pic", nlp) == ["le médecin de garde"]


def test_a_role_nobody_named_has_stays_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "Les urgences sont saturées. Selon le médecin, le pic n'est pas encore atteint."
    assert _speaker_of(body, "le pic", nlp) == ["le médecin"]


def test_the_one_just_quoted_of_two_elected_is_the_elected(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le président de l'agglomération, Marc Lagarde, a présenté le plan mardi. En aval, "
        "l'accueil est plus réservé. « Le plan déplace le problème », regrette Patrick Soulé, "
        "maire de Layrac. D'après l'élu, les villages ont été oubliés pendant la concertation."
    )
    assert _speaker_of(body, "les villages", nlp) == ["Patrick Soulé"]


@pytest.mark.parametrize(
    ("body", "words", "source"),
    [
        (
            "Deux médecins ont témoigné. Le Dr Paul Martin exerce à Colmar depuis vingt ans ; le "
            "Dr Marc Petit, à Mulhouse. Selon le médecin, la plupart des cas sont des grippes.",
            "des grippes",
            "le médecin",
        ),
        (
            "Le procès s'est ouvert lundi. Me Paul Leroy défend l'accusé. La famille de la victime "
            "est représentée par Me Jean Bardet. La présidente Anne Roux a suspendu l'audience. "
            "D'après l'avocat, le dossier est vide.",
            "le dossier",
            "l'avocat",
        ),
    ],
)
def test_a_title_makes_another_who_fits_the_role(nlp, body: str, words: str, source: str) -> None:  # type: ignore[no-untyped-def]
    """ "le Dr Marc Petit", "Me Jean Bardet" with no role written: the title says the trade, so
    "le médecin" and "l'avocat" may be either of two."""
    assert _speaker_of(body, words, nlp) == [source]


def test_a_doctor_known_by_the_title_alone_is_the_doctor(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Les urgences de Colmar sont saturées. Le Dr Paul Martin a reçu quarante patients dans "
        "la nuit. Le maire Jean Roux a visité le service. Selon le médecin, la plupart des cas "
        "relèvent de la grippe."
    )
    assert _speaker_of(body, "la grippe", nlp) == ["Paul Martin"]
