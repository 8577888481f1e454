"""Roles the press gives in ways the rules still missed after the second blind corpus: invented
news sentences, the real model.

Each case stands for one general cause met in the third blind corpus of whole articles
(tests/extract/data/people_articles_3/), never for a sentence of it.
"""

from __future__ import annotations

import pytest
from gold import roles_of_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # an article and a title ("le Dr", "la Pr") between the role set off before and the name
        (
            "Le chef du service de cardiologie, le Dr Paul Mercier, a fermé huit lits.",
            "Paul Mercier",
            "chef du service de cardiologie",
        ),
        (
            "La doyenne de la faculté, la Pr Anne Leduc, a reçu les étudiants.",
            "Anne Leduc",
            "doyenne de la faculté",
        ),
        # who appointed the person is not part of the role
        (
            "L'administrateur nommé par le tribunal, Me Hugo Brassard, cherche un repreneur.",
            "Hugo Brassard",
            "administrateur",
        ),
        # trades and relations the list of role nouns missed
        (
            "Le stock du négociant lyonnais Marc Tessier a été saisi.",
            "Marc Tessier",
            "négociant lyonnais",
        ),
        (
            "Lina Robert, soigneuse au refuge de la Garenne, a recueilli le renard.",
            "Lina Robert",
            "soigneuse au refuge de la Garenne",
        ),
        (
            "Paul Roussel, parrain de la promotion, a remis les diplômes.",
            "Paul Roussel",
            "parrain de la promotion",
        ),
        (
            "Anne Vidal, présidente de la Cour, a ouvert l'audience ; son prédécesseur Paul Roy "
            "était présent.",
            "Paul Roy",
            "prédécesseur d'Anne Vidal",
        ),
        # "auprès de" inside a role, which the tagger reads as an adverb
        (
            "Le géologue Marc Bonnet, expert auprès du tribunal de Lyon, a rendu son rapport.",
            "Marc Bonnet",
            "expert auprès du tribunal de Lyon",
        ),
        # "élu" with its adjective is a role of its own, not the office someone was elected to
        (
            "Léa Simon, élue municipale à Rennes, a voté contre le projet.",
            "Léa Simon",
            "élue municipale à Rennes",
        ),
        ("Paul Durand, élu maire en 2020, a voté pour.", "Paul Durand", "maire"),
    ],
)
def test_role_of_the_person(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # "présidée par X": the whole body X presides, and the title agrees with X
        (
            "La fédération des chasseurs du Gers, présidée par Sophie Lacaze, conteste l'arrêté.",
            "Sophie Lacaze",
            "présidente de la fédération des chasseurs du Gers",
        ),
        # a political label inside the role is not part of it
        (
            "Le maire divers droite de Lunel, Pierre Salles, a signé l'arrêté.",
            "Pierre Salles",
            "maire de Lunel",
        ),
    ],
)
def test_role_given_by_a_participle_or_a_label(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


def test_a_relative_with_the_same_surname_is_that_one_s(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le maire, Jean Morel, a démissionné lundi. Il se disait menacé depuis des mois. "
        "Paul Durand, chef de l'opposition, a dénoncé des actes inacceptables.\n\n"
        "Son épouse, Claire Morel, n'a pas souhaité s'exprimer."
    )
    assert roles_of_text(body, nlp)["Claire Morel"] == "épouse de Jean Morel"


def test_the_speaker_after_a_quote_is_the_one_who_acted_before(nlp) -> None:  # type: ignore[no-untyped-def]
    acted = (
        "Louise Garnier a annoncé qu'elle rejoindrait les grévistes. « Le service public nous "
        "appartient », a écrit la maire de Dijon sur les réseaux sociaux."
    )
    assert roles_of_text(acted, nlp)["Louise Garnier"] == "maire de Dijon"
    victim = "Le corps de Paul Girard a été retrouvé lundi. « C'est un drame », a déclaré le maire."
    assert roles_of_text(victim, nlp)["Paul Girard"] is None


@pytest.mark.parametrize(
    "body",
    [
        "Avec les blancs, Paul Roche a joué une défense Alekhine, puis une variante Najdorf.",
        "Le colloque se tiendra sur le campus Lavoisier, près de la bibliothèque.",
        "Le vin a voyagé à bord du porte-conteneurs MSC CGA Louis Pasteur jusqu'à Shanghai.",
        "Le soigneur Paul Roche veille sur les girafes. « C'est Kamal, le jeune mâle, qui était "
        "le plus nerveux », sourit-il.",
    ],
)
def test_openings_campuses_ships_and_animals_are_no_people(body: str, nlp) -> None:  # type: ignore[no-untyped-def]
    names = set(roles_of_text(body, nlp)) - {"Paul Roche"}
    assert not names


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # the body a relative clause before the name says the person leads, past a rank or title
        (
            "Les fouilles sont confiées à la brigade fluviale de Rouen, que commande le "
            "lieutenant Marc Perrin.",
            "Marc Perrin",
            "commandant de la brigade fluviale de Rouen",
        ),
        (
            "L'association, que préside Claire Fabre depuis 2015, a déposé un recours.",
            "Claire Fabre",
            "présidente de l'association",
        ),
        # a possessive after an organisation with no name that opens the sentence before
        (
            "La région, qui finance la ligne, a refusé de payer. « C'est trop cher », a expliqué "
            "son président, Marc Aubert.",
            "Marc Aubert",
            "président de la région",
        ),
    ],
)
def test_what_the_person_leads(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # someone named in a circumstance ("Devant la juge, X,") does not own the next possessive
        (
            "Marc Tissot, ancien patron d'une PME, est jugé pour fraude fiscale. Devant la juge, "
            "Anne Morel, le prévenu a tout nié. Son avocat, Me Paul Lenoir, a plaidé la relaxe.",
            "Paul Lenoir",
            "avocat de Marc Tissot",
        ),
        # a role held for a person, with no one named close by, is the lead person's
        (
            "La nageuse Julie Perrin a battu le record de France du 200 mètres. La course a eu "
            "lieu dimanche à Rennes. Les tribunes étaient pleines. Son entraîneur, Marc Aubry, a "
            "salué une course parfaite.",
            "Marc Aubry",
            "entraîneur de Julie Perrin",
        ),
    ],
)
def test_whose_role_it_is(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


def test_names_offered_for_an_animal_are_no_people(nlp) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(
        "Les visiteurs pourront choisir le nom du lionceau parmi trois propositions : Raja, "
        "Gaspard ou Arthur. Le vétérinaire Paul Roche penche pour le deuxième.",
        nlp,
    )
    assert roles == {"Paul Roche": "vétérinaire"}


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # what the person leads, said by the verb of the sentence, past a time phrase
        (
            "Sophie Blanchard dirige depuis 2019 l'office de tourisme de Chamonix.",
            "Sophie Blanchard",
            "dirigeante de l'office de tourisme de Chamonix",
        ),
        ("Selon ses proches, Paul Roux dirige mal et décide seul.", "Paul Roux", None),
        # "représentée par Me X": the title of address between "par" and the name
        (
            "La famille de la victime, représentée par Me Julien Carré, a porté plainte.",
            "Julien Carré",
            "représentant de la famille de la victime",
        ),
        # a participle of arrival before "à la tête de", opening the sentence
        (
            "Arrivée à la tête de la fédération en 2021, Nathalie Perret a démissionné.",
            "Nathalie Perret",
            "à la tête de la fédération",
        ),
    ],
)
def test_what_the_person_leads_said_by_a_verb(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a school and a name with a hyphen own the possessive after them
        (
            "Les élèves du lycée Marie-Curie ont manifesté devant la mairie. Leur proviseure, "
            "Anne Caron, a reçu une délégation.",
            "Anne Caron",
            "proviseure du lycée Marie-Curie",
        ),
        (
            "La Fondation Abbé-Pierre publie son rapport annuel. Son délégué général, Paul "
            "Robin, s'inquiète.",
            "Paul Robin",
            "délégué général de la Fondation Abbé-Pierre",
        ),
        (
            "Le collège Victor-Hugo fermera en juin. Sa directrice, Marie Lenoir, regrette la "
            "décision.",
            "Marie Lenoir",
            "directrice du collège Victor-Hugo",
        ),
        # a plural role with its complement before names with a title of address
        (
            "Les avocats de la défense, Me Paul Girard et Me Sophie Lenoir, ont plaidé "
            "l'acquittement.",
            "Sophie Lenoir",
            "avocate de la défense",
        ),
    ],
)
def test_owners_and_shared_roles(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


def test_a_role_closing_the_sentence_before_a_first_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    announced = (
        "Le club a annoncé dimanche qu'il mettait fin au contrat de son directeur sportif. "
        "Olivier Martel, arrivé en 2023, quitte le club avec effet immédiat."
    )
    assert roles_of_text(announced, nlp)["Olivier Martel"] == "directeur sportif"
    other_gender = (
        "Le club a annoncé dimanche qu'il mettait fin au contrat de son directeur sportif. "
        "Marie Martel a confirmé la nouvelle."
    )
    assert roles_of_text(other_gender, nlp)["Marie Martel"] is None


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # an office given by "à la présidence de", "à la direction de"
        (
            "Claire Dumas a été élue samedi à la présidence de la Fédération française de judo.",
            "Claire Dumas",
            "présidente de la Fédération française de judo",
        ),
        (
            "Paul Roux a été reconduit à la direction de l'Opéra de Lyon.",
            "Paul Roux",
            "directeur de l'Opéra de Lyon",
        ),
        # the office the news gives comes after a relative clause on the former one
        (
            "Paul Martin, qui était jusqu'à présent secrétaire général de la préfecture, devient "
            "sous-préfet de Brest.",
            "Paul Martin",
            "sous-préfet de Brest",
        ),
        # a work's title in quotation marks is part of the role
        (
            "Anne Roy, autrice du roman « Les Vagues », sera présente.",
            "Anne Roy",
            "autrice du roman « Les Vagues »",
        ),
    ],
)
def test_offices_and_works_in_roles(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


def test_one_of_a_group_said_by_the_verb_to_be(nlp) -> None:  # type: ignore[no-untyped-def]
    said = roles_of_text("Yves Durand est l'un des fondateurs du festival de Cornouaille.", nlp)
    apposed = roles_of_text(
        "Yves Durand, l'un des fondateurs du festival de Cornouaille, est mort.", nlp
    )
    role = "un des fondateurs du festival de Cornouaille"
    assert said["Yves Durand"] == apposed["Yves Durand"] == role
    assert roles_of_text("Anne Morel est l'une des meilleures du pays.", nlp)["Anne Morel"] is None


def test_a_form_of_address_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "« Bonjour Madame, vos papiers », a lancé le gendarme. Paul Roux, témoin, a tout filmé."
    assert roles_of_text(body, nlp) == {"Paul Roux": "témoin"}
