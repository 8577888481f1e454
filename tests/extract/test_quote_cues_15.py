"""Speakers on the extraction faults of the tenth review left open
(tests/generate/data/review_10/README.md, "Left after the fixes"): a hyphenated surname alone
("Solberg-Haugen, elle, a reconnu") lost its words to the man named before; "premier parti du
pays avec 24 sièges", the apposition of "La N-VA", spoke; the tribunal's words and those of
"selon la décision" were swapped; and one invented: "Le chauffeur a averti" was the mayor named
the sentence before. Invented news sentences like the articles', with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _quotes(body: str, nlp) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, q.text) for q in facts_of_text(body, nlp).quotes]


def test_a_hyphenated_surname_with_elle_is_the_woman_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "« Cette résolution ne ramènera personne », a déclaré l'ambassadrice norvégienne, Ingrid "
        "Solberg-Haugen, en présentant le texte. Le représentant russe, Dmitri Kovalenko, a "
        "dénoncé un texte « politisé ». Solberg-Haugen, elle, a reconnu que le texte « n'a pas de "
        "dents », tout en espérant qu'il servira de base à une résolution."
    )
    quotes = _quotes(body, nlp)
    assert ("Ingrid Solberg-Haugen", "le texte « n'a pas de dents »") in quotes
    assert [s for s, _ in quotes].count("Dmitri Kovalenko") == 1


def test_tout_en_esperant_goes_on_from_the_verb_of_saying_before(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "tout en espérant" on "servira": the gerund's subject was "le texte",
    # the subject of the reported clause
    body = (
        "L'ambassadrice norvégienne, Ingrid Solberg-Haugen, a présenté le texte. Elle a reconnu "
        "que le texte « n'a pas de dents », tout en espérant qu'il servira de base à une "
        "résolution du Conseil de sécurité."
    )
    assert _quotes(body, nlp)[-1] == (
        "Ingrid Solberg-Haugen",
        "il servira de base à une résolution du Conseil de sécurité",
    )


def test_a_hyphenated_surname_opening_the_article_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser makes "Solberg", "-" and "Haugen" three sentences: "a déclaré" had no subject
    body = (
        "Solberg-Haugen a déclaré que le texte était « historique ». Le représentant russe a "
        "dénoncé un texte « politisé »."
    )
    quotes = _quotes(body, nlp)
    assert quotes[0] == ("Solberg-Haugen", "le texte était « historique »")


def test_hyphenated_first_names_and_kim_jong_un_still_speak(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le président Jean-Marie Le Pen a déclaré que le texte était « historique ». Le dirigeant "
        "Kim Jong-un a affirmé que la guerre « est finie ». Jean-Marie Le Pen a ajouté qu'il "
        "« reviendra ». Kim Jong-un a répondu que c'était « fini »."
    )
    speakers = [s for s, _ in _quotes(body, nlp)]
    assert speakers == ["Jean-Marie Le Pen", "Kim Jong-un", "Jean-Marie Le Pen", "Kim Jong-un"]


@pytest.mark.parametrize(
    "sentence",
    [
        "La N-VA, premier parti du pays avec 24 sièges sur 150 à la Chambre, a accusé Vooruit "
        "d'avoir « fait sauter la table ».",
        "La N-VA, premier parti du pays, a accusé Vooruit d'avoir « fait sauter la table ».",
        "Premier parti du pays avec 24 sièges sur 150 à la Chambre, la N-VA a accusé Vooruit "
        "d'avoir « fait sauter la table ».",
    ],
)
def test_the_party_speaks_not_its_apposition(sentence: str, nlp) -> None:  # type: ignore[no-untyped-def]
    body = "Le formateur a renoncé jeudi soir. " + sentence
    assert _quotes(body, nlp) == [("la N-VA", "avoir « fait sauter la table »")]


def test_an_apposition_after_a_named_party_is_still_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le Parti du progrès, premier parti du pays avec 24 sièges, a estimé que la coalition "
        "« est morte »."
    )
    assert _quotes(body, nlp) == [("le Parti du progrès", "la coalition « est morte »")]


def test_selon_la_decision_after_a_colon_vouches_for_its_own_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Son avocat avait plaidé une contamination par un complément alimentaire, une explication "
        "que le tribunal disciplinaire a jugée « ni prouvée ni plausible » : selon la décision, la "
        "concentration mesurée dans l'échantillon « n'est compatible qu'avec une injection »."
    )
    assert _quotes(body, nlp) == [
        ("le tribunal disciplinaire", "ni prouvée ni plausible"),
        ("la décision", "n'est compatible qu'avec une injection"),
    ]


def test_selon_le_jugement_after_a_colon_is_the_judgment_s(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le tribunal administratif a rejeté le recours, jugeant l'arrêté « proportionné » : selon "
        "le jugement, la commune « n'a commis aucune erreur »."
    )
    assert _quotes(body, nlp) == [
        ("le tribunal administratif", "proportionné"),
        ("le jugement", "n'a commis aucune erreur"),
    ]


def test_le_chauffeur_is_not_the_mayor_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le maire, Paul Dumas, a dénoncé une grève « irresponsable ». Le chauffeur a averti les "
        "passagers que le bus « ne repartirait pas avant midi »."
    )
    assert [s for s, _ in _quotes(body, nlp)] == ["Paul Dumas", "le chauffeur"]


def test_le_chauffeur_is_the_mayor_the_article_called_so(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le maire, Paul Dumas, ancien chauffeur de bus, a dénoncé une grève « irresponsable ». Le "
        "chauffeur a expliqué que le bus « ne repartirait pas avant midi »."
    )
    assert [s for s, _ in _quotes(body, nlp)] == ["Paul Dumas", "Paul Dumas"]


@pytest.mark.parametrize("epithet", ["L'élu", "Le conservateur", "Le septuagénaire"])
def test_a_word_for_any_office_holder_is_still_the_mayor(epithet: str, nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le maire, Paul Dumas, a dénoncé une grève « irresponsable ». "
        f"{epithet} a ajouté que la ville « ne paiera pas »."
    )
    assert [s for s, _ in _quotes(body, nlp)] == ["Paul Dumas", "Paul Dumas"]
