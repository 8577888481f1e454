"""People, roles and speakers that earlier blind reviews got wrong (the review articles of
tests/generate/data/review_articles/ and the third speaker corpus,
tests/extract/data/speaker_articles_3/), each in invented news sentences of the same kind, with
the real model: what `tutor extract` shows as the person list, their roles and who said what."""

from __future__ import annotations

import pytest
from gold import facts_of_text, roles_of_text

pytestmark = pytest.mark.slow


def _speakers(body: str, nlp) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, q.text) for q in facts_of_text(body, nlp).quotes]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "Sur 400 mètres haies, la Néerlandaise Femke Bol a devancé l'Américaine Sydney "
            "McLaughlin.",
            ["Femke Bol", "Sydney McLaughlin"],
        ),
        (
            "L'Allemande Malaika Mihambo a conservé son titre à la longueur.",
            ["Malaika Mihambo"],
        ),
        (
            "Le Kényan Eliud Kipchoge a abandonné au 30e kilomètre, laissant la victoire au "
            "Néerlandais Mathieu van der Poel.",
            ["Eliud Kipchoge", "Mathieu van der Poel"],
        ),
    ],
)
def test_a_name_after_a_nationality_noun_is_a_person(body: str, names: list[str], nlp) -> None:  # type: ignore[no-untyped-def]
    assert list(roles_of_text(body, nlp)) == names


@pytest.mark.parametrize(
    "body",
    [
        "Le navigateur Yann Kerhervé est mort jeudi à 77 ans. Surnommé « le Phoque », le Breton "
        "avait marqué toute une génération. Les Concarnois lui rendront hommage samedi.",
        "Le navigateur Yann Kerhervé est mort jeudi à 77 ans. Le Breton avait marqué toute une "
        "génération. « Les Concarnois lui doivent bien ça », a souligné le maire.",
    ],
)
def test_inhabitants_said_with_an_article_are_no_people(body: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp) == {"Yann Kerhervé": "navigateur"}


def test_an_inhabitant_noun_is_an_epithet_for_the_woman_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "La meneuse Léna Guillou a inscrit 24 points. La Bretonne, formée au club, assure "
        "qu'elle « n'avait jamais vécu une ambiance pareille ».",
        nlp,
    )
    assert said == [("Léna Guillou", "elle « n'avait jamais vécu une ambiance pareille »")]


def test_an_inhabitant_noun_after_an_incise_is_the_man_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le skipper Yann Kerhervé a franchi la ligne d'arrivée dimanche. « C'est un rêve de "
        "gosse », a lancé le Breton, les larmes aux yeux."
    )
    assert roles_of_text(body, nlp) == {"Yann Kerhervé": "skipper"}
    assert _speakers(body, nlp) == [("Yann Kerhervé", "C'est un rêve de gosse")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # no one named holds the office: the office itself speaks, not the politologist
        (
            "Selon le politologue António Faria, la nouvelle présidente « ne sera pas une simple "
            "arbitre ». Le président français a lui aussi adressé ses félicitations dans la "
            "soirée, en évoquant « les liens profonds » entre les deux pays.",
            "le président français",
        ),
        # the head of state named before under another wording, a minister named since
        (
            "Le chef de l'État, Emmanuel Macron, a reçu mardi le chancelier allemand Friedrich "
            "Merz à l'Élysée. Le ministre des Armées, Sébastien Lecornu, assistait à "
            "l'entretien. Le président français a salué « une amitié sans faille » entre les "
            "deux pays.",
            "Emmanuel Macron",
        ),
        # another country's president is not France's
        (
            "Le président brésilien Lula a reçu le ministre Jean Dupont. Le président français "
            "a salué « un accord historique ».",
            "le président français",
        ),
    ],
)
def test_a_country_s_president_is_the_holder_of_the_office(body: str, speaker: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert [who for who, _ in _speakers(body, nlp)][-1] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Kevin Marchal, 27 ans, comparaissait mardi devant le tribunal correctionnel de Brest. "
        "La victime, Julien Roux, avait été frappée à la sortie d'un bar. « Je regrette », a "
        "déclaré le prévenu.",
        "Le procès de Kevin Marchal s'est ouvert lundi. Julien Roux, 52 ans, avait été "
        "retrouvé mort dans son appartement. Le prévenu a nié : « Je n'étais pas là ».",
        "Jugé pour le meurtre de Julien Roux, Kevin Marchal a gardé le silence. Le corps de "
        "Julien Roux avait été retrouvé dans un étang. Le prévenu a finalement pris la parole : "
        "« Je demande pardon ».",
    ],
)
def test_the_defendant_is_the_one_on_trial_not_the_victim(body: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert [who for who, _ in _speakers(body, nlp)] == ["Kevin Marchal"]
    assert roles_of_text(body, nlp) == {"Kevin Marchal": "prévenu", "Julien Roux": None}


@pytest.mark.parametrize(
    "body",
    [
        "Le prévenu, Kevin Marchal, est jugé pour le meurtre de Julien Roux. Son avocat, Me Paul "
        "Durand, a plaidé l'acquittement. L'avocat général a requis vingt ans de réclusion : "
        "« Ce crime est prémédité », a-t-il lancé.",
        "Son avocat, Me Paul Durand, a demandé la relaxe de Kevin Marchal. L'avocat général, "
        "lui, a requis dix ans : « Ce crime est prémédité ».",
    ],
)
def test_the_avocat_general_is_not_the_defence_lawyer(body: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(body, nlp) == [("l'avocat général", "Ce crime est prémédité")]


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "La chanteuse Simone Arnaudet est morte samedi à Toulon, à l'âge de 89 ans, a annoncé "
            "sa fille, Hélène, dans un message transmis à l'AFP. Elle s'est éteinte "
            "« paisiblement, entourée des siens », après plusieurs semaines d'hospitalisation.",
            ("Hélène", "paisiblement, entourée des siens"),
        ),
        (
            "Le peintre Louis Garnier est mort mardi, selon sa famille. Il s'est éteint « entouré "
            "de ses enfants » dans sa maison de Bretagne.",
            ("sa famille", "entouré de ses enfants"),
        ),
    ],
)
def test_words_quoted_in_the_report_of_a_death_are_the_announcer_s(  # type: ignore[no-untyped-def]
    body: str, said: tuple[str, str], nlp
) -> None:
    assert _speakers(body, nlp)[-1] == said


def test_words_quoted_in_the_report_of_a_death_are_never_the_dead_person_s(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "Le comédien Pierre Vernier est mort dimanche à 93 ans. Il s'est éteint « dans son "
        "sommeil, sans souffrir ».",
        nlp,
    )
    assert "Pierre Vernier" not in [who for who, _ in said]


@pytest.mark.parametrize(
    ("body", "said", "people"),
    [
        (
            "La romancière Nadia Benali publie son quatrième livre. Elle était l'invitée de la "
            "journaliste Claire Martin jeudi soir. « Il y a un peu de moi dans chaque "
            "personnage », a confié l'autrice.",
            ("Nadia Benali", "Il y a un peu de moi dans chaque personnage"),
            {"Nadia Benali": "romancière", "Claire Martin": "journaliste"},
        ),
        (
            "La romancière Nadia Benali a dédicacé son livre à la librairie de Sophie Roux. "
            "L'autrice refuse qu'on le qualifie d'autobiographique : « Yasmine n'est pas moi ».",
            ("Nadia Benali", "Yasmine n'est pas moi"),
            {"Nadia Benali": "romancière", "Sophie Roux": None},
        ),
        (
            "La poétesse Anne Vidal a lu ses textes devant la maire, Sophie Roux. « La poésie est "
            "un combat », a lancé l'écrivaine.",
            ("Anne Vidal", "La poésie est un combat"),
            {"Anne Vidal": "poétesse", "Sophie Roux": "maire"},
        ),
    ],
)
def test_an_author_is_the_novelist_or_the_poet_named_before(  # type: ignore[no-untyped-def]
    body: str, said: tuple[str, str], people: dict[str, str | None], nlp
) -> None:
    assert _speakers(body, nlp) == [said]
    assert roles_of_text(body, nlp) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "Le navigateur Yann Kerhervé est mort samedi. « Il m'a appris à lire le ciel », a "
            "confié la skippeuse Clarisse Le Bihan au Télégramme.",
            {"Yann Kerhervé", "Clarisse Le Bihan"},
        ),
        (
            "La meneuse Kayla Brooks a multiplié les interceptions. « Coach nous a dit de "
            "mordre, alors on a mordu », a-t-elle lancé.",
            {"Kayla Brooks"},
        ),
    ],
)
def test_a_newspaper_after_au_and_a_coach_addressed_are_no_people(
    body: str,
    people: set[str],
    nlp,  # type: ignore[no-untyped-def]
) -> None:
    assert set(roles_of_text(body, nlp)) == people


def test_a_time_between_a_noun_and_a_name_is_no_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "La cour d'assises du Nord juge depuis lundi Thomas Girard, 34 ans, pour le meurtre de "
        "son voisin. Le juge Paul Martin a ouvert l'audience."
    )
    assert roles_of_text(body, nlp) == {"Thomas Girard": None, "Paul Martin": "juge"}
