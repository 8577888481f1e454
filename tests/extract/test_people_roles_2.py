"""Roles the press gives in ways the rules still missed after the first blind corpus: invented
news sentences, the real model.

Each case stands for one general cause met in the second blind corpus of whole articles
(tests/extract/data/people_articles_2/), never for a sentence of it.
"""

from __future__ import annotations

import pytest
from gold import roles_of_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # trades, voices and titles the list of role nouns missed
        ("Le musée expose un buste de l'empereur Hadrien.", "Hadrien", "empereur"),
        (
            "La guide de haute montagne Agathe Morel a renoncé à l'ascension.",
            "Agathe Morel",
            "guide de haute montagne",
        ),
        (
            "Pascal Girod, prévisionniste à Météo-France, annonce des orages.",
            "Pascal Girod",
            "prévisionniste à Météo-France",
        ),
        (
            "Le metteur en scène Lucas Fournier a choisi un décor nu.",
            "Lucas Fournier",
            "metteur en scène",
        ),
        (
            "La rapporteuse du budget, Claire Janin, a défendu le texte.",
            "Claire Janin",
            "rapporteuse du budget",
        ),
        (
            "Nadia Perrin, maître-chien à la gendarmerie, a retrouvé le randonneur.",
            "Nadia Perrin",
            "maître-chien à la gendarmerie",
        ),
        ("Le baryton Hervé Lenoir a été très applaudi.", "Hervé Lenoir", "baryton"),
        (
            "Pour Claire Vidal, maîtresse de conférences en droit, le texte est fragile.",
            "Claire Vidal",
            "maîtresse de conférences en droit",
        ),
        # "Maître" before a lawyer's name is how one addresses them, not their role
        ("« Du calme », a dit Maître Paul Lombard devant la cour.", "Paul Lombard", None),
        (
            "Karim Saïdi, ancien collaborateur de l'Élysée, a été condamné.",
            "Karim Saïdi",
            "ancien collaborateur de l'Élysée",
        ),
        (
            "Le correspondant de RFI à Kiev, Paul Roux, raconte.",
            "Paul Roux",
            "correspondant de RFI à Kiev",
        ),
        # a role written at the head of the sentence, before the name
        (
            "À la tête du club depuis 2019, Franck Teyssier a annoncé son départ.",
            "Franck Teyssier",
            "à la tête du club",
        ),
        ("Élu maire en 2020, Paul Henry a tenu ses promesses.", "Paul Henry", "maire"),
        ("L'élu écologiste Paul Roux a parlé.", "Paul Roux", "élu écologiste"),
        # two offices, or two complements, joined by "et" in the role set off before the name
        (
            "Le maire de Rodez et président de l'agglomération, Paul Garric, a rappelé son "
            "attachement au club.",
            "Paul Garric",
            "maire de Rodez et président de l'agglomération",
        ),
        (
            "L'adjointe chargée des écoles et des sports, Inès Mora, évoque des travaux.",
            "Inès Mora",
            "adjointe chargée des écoles et des sports",
        ),
        (
            "Le député du Nord et ancien ministre, Luc Faure, a voté contre.",
            "Luc Faure",
            "député du Nord et ancien ministre",
        ),
        ("Viktor Orlov, le président déchu, a fui.", "Viktor Orlov", "président déchu"),
        # "Premier ministre", which the model may tag as a person's name, after the name
        (
            "Vladimir Poutine, alors Premier ministre, avait signé le décret.",
            "Vladimir Poutine",
            "Premier ministre",
        ),
        # "occupe le poste de ...": the post the person holds
        (
            "Marie Dupont occupe depuis mars le poste de directrice financière.",
            "Marie Dupont",
            "directrice financière",
        ),
        ("Paul Roux occupe le bureau du fond.", "Paul Roux", None),
        # a day after the role says when, not what
        (
            "Jean Roux, élu maire de Lyon lundi soir, a remercié ses électeurs.",
            "Jean Roux",
            "maire de Lyon",
        ),
        # a participle after the role noun, which the tagger reads as a verb
        ("La députée sortante Anne Roy a été battue.", "Anne Roy", "députée sortante"),
        ("Le président élu Paul Garnier a nommé son équipe.", "Paul Garnier", "président élu"),
        # "qui commande ...": the unit a rank commands now is the role, not the rank
        (
            "« Ils ont eu de la chance », explique le capitaine Julien Morin, qui commande le "
            "peloton de gendarmerie de Modane.",
            "Julien Morin",
            "commandant du peloton de gendarmerie de Modane",
        ),
        (
            "Anne Ferrer, qui commande la base aérienne, a confirmé l'accident.",
            "Anne Ferrer",
            "commandante de la base aérienne",
        ),
        # other verbs of a relative clause that make a title, agreeing with the person
        (
            "Paul Roux, qui représente les riverains, a déposé un recours.",
            "Paul Roux",
            "représentant des riverains",
        ),
        (
            "Marie Caron, qui coordonne le collectif, a pris la parole.",
            "Marie Caron",
            "coordinatrice du collectif",
        ),
        # ... but another person's role after "et la" is not part of it
        (
            "Le directeur de l'usine et la maire de la ville, Jeanne Roux, ont signé.",
            "Jeanne Roux",
            "maire de la ville",
        ),
    ],
)
def test_role_of_the_person(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name) == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # an office opening the sentence after the one where the person acts is theirs
        (
            "Martine Aubry a signé un arrêté dès lundi. La préfète de la Somme a également "
            "demandé des renforts.",
            "Martine Aubry",
            "préfète de la Somme",
        ),
        (
            "Le projet reprend une idée défendue depuis longtemps par Luc Bernier. Le sénateur "
            "du Gers a déposé un texte.",
            "Luc Bernier",
            "sénateur du Gers",
        ),
        # ... but not after a victim, or someone the sentence speaks of
        (
            "Paul Girard a été tué. Le ministre de l'Intérieur a dénoncé un crime.",
            "Paul Girard",
            None,
        ),
        ("L'enquête vise Paul Girard. Le procureur a ouvert une information.", "Paul Girard", None),
        # ... or the one of its gender, when the sentence named two
        (
            "Ingrid Larsen et Paul Morel ont discuté. La chancelière norvégienne a insisté.",
            "Ingrid Larsen",
            "chancelière norvégienne",
        ),
        # a description after a sentence whose last name is an object is the subject's
        (
            "Jean Morel, qui incarne Danton, impose une présence inquiétante. Le ténor "
            "lyonnais, habitué des rôles de traîtres, a été ovationné.",
            "Jean Morel",
            "ténor lyonnais",
        ),
    ],
)
def test_a_role_given_in_the_next_sentence(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name) == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a first name the list lacks, which the model tagged apart from the surname
        (
            "Sur scène, la mezzo-soprano kényane Wanjiru Kamau a conquis le public. Kamau "
            "chantait en France pour la première fois.",
            "Wanjiru Kamau",
            "mezzo-soprano kényane",
        ),
        (
            "Le film raconte la vie d'Olympe de Gouges, autrice de pamphlets, guillotinée en 1793.",
            "Olympe de Gouges",
            "autrice de pamphlets",
        ),
        # a capitalised title the model took into the name
        ("Le Pape François a prié pour la paix.", "François", "Pape"),
        # a name with a particle at the end of a role the model tagged as one thing
        (
            "L'ancien Premier ministre Dominique de Villepin a témoigné.",
            "Dominique de Villepin",
            "ancien Premier ministre",
        ),
    ],
)
def test_a_first_name_the_model_left_out(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name) == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # "Son porte-parole": the organisation named before, even without a proper name
        (
            "Des centaines d'habitants ont manifesté à l'appel du collectif de défense de la "
            "maternité. Son porte-parole, Michel Faure, dénonce une fermeture.",
            "Michel Faure",
            "porte-parole du collectif de défense de la maternité",
        ),
        (
            "Les salariés ont reçu le soutien du syndicat Force Ouvrière. Son délégué, Paul "
            "Roux, a été reçu.",
            "Paul Roux",
            "délégué du syndicat Force Ouvrière",
        ),
        (
            "Le tribunal de commerce de Lyon a placé la société en redressement judiciaire. Son "
            "président, Paul Viret, a expliqué la décision.",
            "Paul Viret",
            "président du tribunal de commerce de Lyon",
        ),
        # ... not an organisation that is part of someone else's role
        (
            "L'opposition, emmenée par Anne Roy, présidente du groupe Union, a voté contre. Les "
            "écologistes se sont abstenus ; leur cheffe de file, Léa Morin, le regrette.",
            "Léa Morin",
            "cheffe de file",
        ),
    ],
)
def test_whose_role_it_is(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name) == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a bare trade before the name, a function tied to a body or a place after it
        (
            "Pour l'historien Marc Bloch-Lainé, professeur d'histoire médiévale à l'université "
            "de Caen, la découverte est majeure.",
            "Marc Bloch-Lainé",
            "professeur d'histoire médiévale à l'université de Caen",
        ),
        (
            "Le psychiatre Hugo Lemaire, coauteur du rapport, a suivi les débats.",
            "Hugo Lemaire",
            "coauteur du rapport",
        ),
        # ... a trade alone after it says no more than the one before
        ("La chanteuse Inès Lambert, lauréate, a ému le public.", "Inès Lambert", "chanteuse"),
    ],
)
def test_the_function_after_the_name_beats_a_bare_trade(
    body: str, name: str, role: str | None, nlp
) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name) == role


def test_a_disease_or_a_law_named_after_someone_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(
        "Il souffre de la maladie de Lyme et du syndrome de Gilles de la Tourette. Selon la loi "
        "de Moore, la puissance double. Gordon Moore, cofondateur d'Intel, l'avait prédit.",
        nlp,
    )
    assert roles == {"Gordon Moore": "cofondateur d'Intel"}


def test_a_plural_role_before_a_list_of_names_is_each_one_s(nlp) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(
        "Les anciens ministres Anne Roy, Paul Henry et Luc Morel ont signé une tribune. Les "
        "deux journalistes français Hervé Ghesquière et Stéphane Taponier ont été libérés.",
        nlp,
    )
    assert roles == {
        "Anne Roy": "ancienne ministre",
        "Paul Henry": "ancien ministre",
        "Luc Morel": "ancien ministre",
        "Hervé Ghesquière": "journaliste français",
        "Stéphane Taponier": "journaliste français",
    }


def test_people_after_a_plural_noun_of_something_else_have_no_role(nlp) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text("Les salariés de Renault et Paul Roux ont manifesté.", nlp)
    assert roles.get("Paul Roux") is None


def test_a_hero_and_a_first_name_given_as_such_are_no_people(nlp) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(
        "Le commissaire Maigret, héros de romans policiers, enquête à Paris. Le prénom Kevin "
        "est moins donné. Paul Roux, libraire, le regrette.",
        nlp,
    )
    assert roles == {"Paul Roux": "libraire"}
