"""People and roles of a fourth blind corpus of whole articles, and the causes it showed.

The corpus (tests/extract/data/people_articles_4/: an assize trial in Rennes, a cycling stage, a
museum buying a painting, a cutlery firm taken over, an oil spill in Chile, a comet found by an
amateur, a tramway vote in a town council, a forest fire; 82 people) was written and annotated by
hand before any code of tutor/extract/ was read and before the extractor was run on it, following
the conventions of the three corpora before it (tests/extract/test_people_articles.py):
apposition before and after the name, "Selon X, directeur de ...", titles (Me, le Dr, Mgr, le
général, le colonel, le professeur), roles given by a verb ("X préside depuis 2016 la confrérie
..."), in a relative clause before or after the name ("que dirige X", "qui préside ..."), in the
next sentence ("se réjouit X. La directrice des musées ..."), by a demonstrative ("cet ancien
professeur de physique"), after an appointment ("a nommé X. La nouvelle ministre ..."), women's
offices, relatives sharing a surname, two unrelated people with one surname, people without a
role, and firms, teams, ships, prizes, an observatory and towns that look like names.

First measure (fr_core_news_md 3.8.0, corpus and gold committed before the extractor was run on
them), the blind figure: 82 gold people, people recall 1.000 (82 of 82), precision 0.953 (4
extra: an observatory, a firm and a brotherhood named like people, a nationality), role accuracy
0.793 (65 of 82).

Its misses were then used to fix the general causes behind them, each with invented sentences
below: a demonstrative description ("cet ancien professeur de physique a repéré"); a title won
("Le double vainqueur du Tour de France") taken for an office that brings in someone new; the
person appointed ("a nommé X. La nouvelle ministre de ...") and the speaker of an incise ("»,
se réjouit X. La directrice ...") as the holders of the office that follows; an unnamed role met
before with another adjective ("L'avocate générale" is not "L'avocate rennaise"); "Le Français X"
read by the parser as an apposition to the nationality; "Son maire" owned by the person named
before instead of the village; "Leur porte-parole" after people named by their standing; an owner
written with the surname alone; "évêque de Carcassonne et Narbonne" cut at "et"; "L'autre
candidat, l'homme d'affaires X"; "Au classement général, X" read as the rank "général"; trades
the list lacked ("grimpeur", "polisseuse", "cliente"); an observatory, a firm in "-erie", a name
after "du" ("la confrérie du Couteau de Thiers"), "un Philippin" and a town seen only after "de"
and "à" taken for people. Invented sentences of the same families then showed more, fixed too
("Le président a nommé X" giving X the role "président", through the speaker resolver; "Claire
Petit dirige ..." with the verb tagged a name; "travaille comme sage-femme"; "L'agriculteur de 54
ans accuse ..."; a team in brackets after a name; "Le secrétaire général de l'ONU Ban Ki-moon"
and other names run into an acronym or tagged as nothing after a role set off by commas;
"Présidé par X, le jury"; "client de Me X"; a role ending at "joint par téléphone"; "quadruple
champion olympique"; a role set off before a name running past another person's name; two
possessive roles in a row with one owner; "La CGT, par la voix de son secrétaire général, X";
"Son président" given to a person, and "Son directeur" after a festival owned by no one; "Santé
publique France" taken for a person; "élu homme du match"; "le médecin de la sélection, le
docteur X").

Second measure: recall 1.000, precision 1.000, role accuracy 0.951 (78 of 82); the three earlier
corpora did not move (0.922, 0.958, 0.973), and the blind unseen-3 row of
tests/extract/test_gold_eval.py went from people precision 0.85 to 0.89 (its roles stayed 0.88,
unseen's 0.71). This corpus no longer measures unseen text; floors are about 0.03 under the second
measure. Left: a role given by an opening sentence before the person is named ("L'avocate
générale a requis ... X a détaillé ..."); a description after a sentence where the person is only
the object of "contre" ("... contre X, jugé pour le meurtre de son associé, Y. L'ancien gérant
...", Y being the one named last); "Le frère de la victime, Yann Tanguy", which this annotator
resolved to the victim's name and the first corpus's did not ("fils de la victime": resolving it
costs that corpus two roles, so it stays unresolved); and "Leur institutrice" after pupils of a
named school, where this annotator and the third corpus's say "institutrice" and the extractor
gives the school.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold import Counts, below_people_floors, roles_of_text, score_people_corpus

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).parent / "data" / "people_articles_4"

FLOORS = {"people recall": 0.97, "people precision": 0.97, "role accuracy": 0.92}
"""Under the second measure given in the module docstring."""


@pytest.fixture(scope="module")
def counts(nlp) -> Counts:  # type: ignore[no-untyped-def]
    """The 8 articles extracted in one batch and scored together."""
    return score_people_corpus(CORPUS, nlp, "people_articles_4")


def test_people_and_roles_stay_above_their_floors(counts: Counts) -> None:
    below = below_people_floors(counts, FLOORS)
    assert not below, f"below the floor: {below}"


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a demonstrative points back to the person just named, wherever it stands, past an age
        (
            "Paul Girard a ouvert sa boutique en 1998. Depuis, ce boulanger de 58 ans a formé "
            "vingt apprentis.",
            "Paul Girard",
            "boulanger",
        ),
        ("Paul Roux a été arrêté. Cette enseignante de 45 ans a porté plainte.", "Paul Roux", None),
        # a description opening the sentence, past an age
        (
            "Paul Roux a déposé plainte. L'agriculteur de 54 ans accuse son voisin.",
            "Paul Roux",
            "agriculteur",
        ),
        # a title won is no office that brings in someone new
        (
            "Léa Martin a gagné dimanche à Rennes. La championne olympique du 200 mètres a "
            "dominé la course.",
            "Léa Martin",
            "championne olympique du 200 mètres",
        ),
        # the nationality before the name stands for the person, who acts
        (
            "Le Belge Tom Peeters a remporté l'étape. Le sprinteur flamand, 27 ans, a devancé "
            "tout le monde.",
            "Tom Peeters",
            "sprinteur flamand",
        ),
    ],
)
def test_descriptions_that_point_back(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # the person appointed owns the office that follows, even when it is someone else's
        # before ("nouvelle"), and when the parser takes the day for the object
        (
            "La ministre de l'Environnement, Anne Roy, a démissionné. Le président a nommé "
            "Claire Morin. La nouvelle ministre de l'Environnement a promis des mesures.",
            "Claire Morin",
            "ministre de l'Environnement",
        ),
        # the one the description appoints is not the one it describes
        ("Le président a nommé Claire Morin.", "Claire Morin", None),
        (
            "Le conseil d'administration a désigné jeudi Claire Morin. La nouvelle directrice "
            "générale de l'hôpital prendra ses fonctions en mars.",
            "Claire Morin",
            "directrice générale de l'hôpital",
        ),
        # not someone arrested
        (
            "La police a interpellé jeudi Paul Roux. Le procureur de Lyon a ouvert une enquête.",
            "Paul Roux",
            None,
        ),
        # the name after the speech verb of an incise is its subject
        (
            "Le tableau a été acheté. « C'est un chef-d'œuvre », se réjouit Claire Vandamme. La "
            "directrice des musées de la métropole a mené les négociations.",
            "Claire Vandamme",
            "directrice des musées de la métropole",
        ),
        # an unnamed role met before with another adjective was someone else
        (
            "Le procureur général a requis la prison. Me Paul Roux a plaidé la relaxe. L'avocat "
            "parisien a dénoncé un dossier vide.",
            "Paul Roux",
            "avocat parisien",
        ),
        ("Paul Roux a rencontré le maire. Le maire de Lyon a promis des aides.", "Paul Roux", None),
    ],
)
def test_offices_opening_the_next_sentence(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a town's office is owned by the town, never by the person named before
        (
            "Parmi les blessés figure Marc Vidal, pompier de Lézignan. Le village de Fabrezan a "
            "été évacué. Son maire, Paul Roux, a ouvert le gymnase.",
            "Paul Roux",
            "maire de Fabrezan",
        ),
        ("Paul Roux a parlé. Son maire, Jean Dupont, a répondu.", "Jean Dupont", "maire"),
        # nor a body's: "Son président" is the chamber's, not the person named before
        (
            "La coopérative, dirigée par Nadine Vidal, s'intéresse à leur lait. Selon la chambre "
            "d'agriculture de l'Aveyron, cent fermes changent de main chaque année. Son "
            "président, Jacques Molin, s'inquiète.",
            "Jacques Molin",
            "président de la chambre d'agriculture de l'Aveyron",
        ),
        # "leur" after people named by their standing, subject of the sentence before
        (
            "Les riverains de l'usine ont manifesté samedi. Leur porte-parole, Anne Morel, "
            "réclame une étude.",
            "Anne Morel",
            "porte-parole des riverains de l'usine",
        ),
        # a body named by its proper name, opening the sentence, owns the possessive in it
        (
            "Pour Paul Roux, délégué syndical, c'est un coup de massue. La CGT, par la voix de "
            "son secrétaire général adjoint, Jean Mercier, appelle à la grève.",
            "Jean Mercier",
            "secrétaire général adjoint de la CGT",
        ),
        # a festival owns "Son directeur", past the trade set off before the name
        (
            "Le festival d'Avignon a dévoilé sa programmation. Son directeur, le metteur en "
            "scène portugais Tiago Rocha, a choisi l'arabe comme langue invitée.",
            "Tiago Rocha",
            "directeur du festival d'Avignon",
        ),
        # the owner is written with the full name its bearer has in the article
        (
            "Le Français Mathis Roche a remporté l'étape. Roche, qui dispute sa deuxième saison, "
            "a profité du marquage. Son directeur sportif, Cyril Marin, lui avait conseillé "
            "d'attendre.",
            "Cyril Marin",
            "directeur sportif de Mathis Roche",
        ),
    ],
)
def test_whose_role_it_is(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a second place after "et"
        (
            "Mgr Paul Roux, évêque de Carcassonne et Narbonne, a prié.",
            "Paul Roux",
            "évêque de Carcassonne et Narbonne",
        ),
        (
            "Paul Roux, maire de Lyon et Marie Dupont, maire de Paris, ont signé.",
            "Paul Roux",
            "maire de Lyon",
        ),
        # "L'autre candidat" points back into the story; the trade before the name is the role
        (
            "L'autre prévenu, le chauffeur Marc Roux, a tout nié.",
            "Marc Roux",
            "chauffeur",
        ),
        # a role word used as an adjective of a thing
        ("Au classement général, Paul Roux garde la tête.", "Paul Roux", None),
        # what the person leads, with the verb the tagger reads as a name
        (
            "Claire Petit dirige depuis 2019 le service des urgences de l'hôpital de Vannes.",
            "Claire Petit",
            "dirigeante du service des urgences de l'hôpital de Vannes",
        ),
        # "travaille comme", and a role split at its hyphen
        (
            "Mathilde Roy travaille comme sage-femme à la maternité de Brest.",
            "Mathilde Roy",
            "sage-femme à la maternité de Brest",
        ),
        (
            "Mathilde Roy est aide-soignante à l'hôpital de Brest.",
            "Mathilde Roy",
            "aide-soignante à l'hôpital de Brest",
        ),
        # a participle and "par" end the role, whatever the tagger made of the participle
        (
            "« Tout est détruit », a témoigné Lahcen Aït Brahim, un habitant de Talat "
            "N'Yaacoub joint par téléphone.",
            "Lahcen Aït Brahim",
            "habitant de Talat N'Yaacoub",
        ),
        (
            "Paul Roux, expert mandaté par la cour d'appel de Lyon, a rendu son rapport.",
            "Paul Roux",
            "expert",
        ),
        # a number word the tagger calls a noun, modifying the role noun
        (
            "Léon Marchand, quadruple champion olympique, a remporté le 200 mètres.",
            "Léon Marchand",
            "quadruple champion olympique",
        ),
        (
            "Le quadruple champion olympique Léon Marchand a gagné.",
            "Léon Marchand",
            "quadruple champion olympique",
        ),
        # trades the list lacked
        (
            "Martine Chabrier, polisseuse depuis 1994, espère être reprise.",
            "Martine Chabrier",
            "polisseuse",
        ),
        (
            "Une cliente du camping, Sylvie Rault, affirme l'avoir vu.",
            "Sylvie Rault",
            "cliente du camping",
        ),
        (
            "Kevin Roux, recordman du monde du décathlon, a déclaré forfait.",
            "Kevin Roux",
            "recordman du monde du décathlon",
        ),
    ],
)
def test_where_the_role_ends_and_what_it_is(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


@pytest.mark.parametrize(
    "body",
    [
        "La cour a validé la reprise de la coutellerie Dumas-Vidal.",
        "La fromagerie Paul Renard a fermé. La brasserie Meteor recrute.",
        "Le télescope de l'observatoire Vera-Rubin a photographié la comète.",
        "Le trésorier de la confrérie du Couteau de Thiers a démissionné.",
        "Le capitaine, un Philippin de 47 ans, a été placé en détention.",
        "Le savoir-faire de Thiers est unique. Le groupe reviendra à Thiers en septembre.",
    ],
)
def test_firms_observatories_brotherhoods_origins_and_towns_are_no_people(body: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp) == {}


def test_a_team_in_brackets_after_a_name_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(
        "Le texte a été présenté par Jean Roux (Modem) et Marie Dupont (Horizons).", nlp
    )
    assert set(roles) == {"Jean Roux", "Marie Dupont"}
    assert set(roles_of_text("Le Belge Tom Peeters (Soudal) a remporté l'étape.", nlp)) == {
        "Tom Peeters"
    }


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # after a role and the acronym of the body it serves, the holder's name, which the
        # model runs into the acronym or tags as a thing
        (
            "Le secrétaire général de l'ONU Ban Ki-moon a appelé à la retenue.",
            "Ban Ki-moon",
            "secrétaire général de l'ONU",
        ),
        (
            "Le directeur de l'OMS Tedros Adhanom Ghebreyesus a alerté.",
            "Tedros Adhanom Ghebreyesus",
            "directeur de l'OMS",
        ),
        # a name the model tagged as nothing, set off by commas after a role
        (
            "Le secrétaire général du cabinet, Yoshihide Suga, fait figure de favori.",
            "Yoshihide Suga",
            "secrétaire général du cabinet",
        ),
    ],
)
def test_names_after_an_acronym_or_a_role_set_off(
    body: str, name: str, role: str | None, nlp
) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role
    assert roles_of_text("Le directeur de l'ONU Femmes a parlé.", nlp) == {}


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a participle of leading that opens the sentence qualifies the subject after the name
        (
            "Présidé par Anne Duval, le jury a rendu son verdict.",
            "Anne Duval",
            "présidente du jury",
        ),
        ("Présidé par Anne Duval, il a voté.", "Anne Duval", None),
        # the owner's name without the title of address the model took in
        (
            "Devant le tribunal, Me Éric Dupond a plaidé la relaxe de son client, Karim Benali.",
            "Karim Benali",
            "client d'Éric Dupond",
        ),
        (
            "Le substitut du procureur, Julien Caron, a requis dix-huit mois avec sursis.",
            "Julien Caron",
            "substitut du procureur",
        ),
    ],
)
def test_fronted_leaders_owners_and_deputies(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


FILLON = (
    "La Cour de cassation a confirmé mercredi la condamnation de l'ancien Premier ministre "
    "Pierre Morin dans l'affaire des emplois fictifs de son épouse, Anne Morin. L'ex-candidat "
    "avait été condamné en appel.\n\nSon avocat, Me Louis Garnier, a dénoncé « une décision "
    "incompréhensible ». Son ancien suppléant à l'Assemblée nationale, Marc Joly, voit lui aussi "
    "sa condamnation confirmée. Le parquet national financier, alors dirigé par Hélène Roy, "
    "avait ouvert une enquête."
)


@pytest.mark.parametrize(
    ("name", "role"),
    [
        # a role set off before a name stops at another person's name
        ("Anne Morin", "épouse de Pierre Morin"),
        # "Premier ministre" tagged as a person owns nothing
        ("Louis Garnier", "avocat de Pierre Morin"),
        # two possessive roles held for a person in a row have one owner
        ("Marc Joly", "ancien suppléant à l'Assemblée nationale de Pierre Morin"),
        # "alors" between the body and its participle of leading
        ("Hélène Roy", "dirigeante du parquet national financier"),
    ],
)
def test_roles_in_a_court_story(name: str, role: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(FILLON, nlp).get(name, "absent") == role


def test_a_relative_is_the_nearest_one_s(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le maire, Jean Morel, a démissionné lundi. Son adjointe, Claire Roux, assure l'intérim. "
        "Son mari, Paul Dupont, est médecin."
    )
    assert roles_of_text(body, nlp)["Paul Dupont"] == "mari de Claire Roux"


def test_a_name_with_a_lower_case_word_that_is_no_particle_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text("65 cas ont été recensés, selon Santé publique France.", nlp) == {}
    names = (
        "Valéry Giscard d'Estaing, Luiz Inácio Lula da Silva, Ursula von der Leyen, Bachar "
        "al-Assad et José Eduardo dos Santos ont signé."
    )
    assert len(roles_of_text(names, nlp)) == 5


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a distinction after "élu" is no role; the position before the name is
        (
            "Le demi de mêlée Antoine Roux, élu homme du match, a inscrit deux essais.",
            "Antoine Roux",
            "demi de mêlée",
        ),
        # a title of address spelled out after the function set off before the name
        (
            "Selon le médecin de la sélection, le docteur Paul Cosson, il passera une IRM.",
            "Paul Cosson",
            "médecin de la sélection",
        ),
    ],
)
def test_positions_distinctions_and_titles(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role
