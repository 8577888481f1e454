"""The role the article gives each person: invented news sentences, the real model.

The role is written as the article writes it, without the article ("le", "la") and without
what only dates it ("nouveau", "nouvelle"); "ancien", "ex-", "sortant", "élu" and nationality
adjectives stay (tests/data/gold/README.md).
"""

from __future__ import annotations

import pytest
from gold import roles_of_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # apposition before the name, with commas
        (
            "Le ministre de l'Agriculture, Hervé Castel, a reçu les éleveurs mardi à Rennes.",
            "Hervé Castel",
            "ministre de l'Agriculture",
        ),
        # apposition before the name, without comma
        (
            "La porte-parole du gouvernement Sophie Marchal a démenti toute hausse des impôts.",
            "Sophie Marchal",
            "porte-parole du gouvernement",
        ),
        # role after the name, without article
        (
            "Julien Ferrand, ministre de l'Éducation nationale, a visité une école de Lille.",
            "Julien Ferrand",
            "ministre de l'Éducation nationale",
        ),
        # role after the name, with article
        (
            "Nadia Belkacem, la directrice de l'hôpital de Nantes, a annoncé des recrutements.",
            "Nadia Belkacem",
            "directrice de l'hôpital de Nantes",
        ),
        # title then name then role
        (
            "M. Olivier Brun, président de la chambre de commerce, a salué l'accord.",
            "Olivier Brun",
            "président de la chambre de commerce",
        ),
        # "l'ancien ministre X"
        (
            "L'ancien ministre Paul Garnier publie un livre sur la crise de 2008.",
            "Paul Garnier",
            "ancien ministre",
        ),
        # age between the name and the role
        (
            "Marie Leroux, 45 ans, maire de Villeneuve, a inauguré la nouvelle piscine.",
            "Marie Leroux",
            "maire de Villeneuve",
        ),
        # relative clause "qui dirige"
        (
            "Thomas Vidal, qui dirige la fédération des taxis, a appelé à la grève.",
            "Thomas Vidal",
            "dirigeant de la fédération des taxis",
        ),
        # "nouveau" dates the role and is left out
        (
            "Le nouveau premier ministre Luc Perrin a présenté son gouvernement lundi.",
            "Luc Perrin",
            "premier ministre",
        ),
        # "ex-" stays
        (
            "L'ex-présidente du Sénat Anne Morel a quitté son parti.",
            "Anne Morel",
            "ex-présidente du Sénat",
        ),
        # nationality adjectives stay
        (
            "Le chef de la diplomatie allemande, Klaus Werner, est arrivé à Varsovie.",
            "Klaus Werner",
            "chef de la diplomatie allemande",
        ),
        (
            "Le président brésilien Carlos Mendes a signé le traité.",
            "Carlos Mendes",
            "président brésilien",
        ),
        # a role given later for a person first named bare
        (
            "Pierre Lambert a quitté Paris jeudi. Le soir même, le secrétaire général du "
            "syndicat, Pierre Lambert, a rencontré les grévistes.",
            "Pierre Lambert",
            "secrétaire général du syndicat",
        ),
        # a later description "du président ..." after the bare surname
        (
            "Hugo Mercier a promis des réformes. Les marchés doutent pourtant de la capacité du "
            "président élu argentin à les mener.",
            "Hugo Mercier",
            "président élu argentin",
        ),
        # a portfolio given to someone
        (
            "Le portefeuille de la Santé revient à Isabelle Caron, médecin de formation.",
            "Isabelle Caron",
            "ministre de la Santé",
        ),
        (
            "Le ministère de l'Intérieur a été confié à Marc Dulac.",
            "Marc Dulac",
            "ministre de l'Intérieur",
        ),
        # "nommé" gives the role the person now holds
        (
            "Le conseiller du président, Éric Tessier, nommé secrétaire d'État, entre au "
            "gouvernement.",
            "Éric Tessier",
            "secrétaire d'État",
        ),
        # a party in brackets inside the role
        (
            "Xavier Morin, président (LR) de la région Bretagne, critique la réforme.",
            "Xavier Morin",
            "président (LR) de la région Bretagne",
        ),
        # one of several
        (
            "Paul Dubreuil, l'un des fondateurs du mouvement, quitte le parti.",
            "Paul Dubreuil",
            "un des fondateurs du mouvement",
        ),
        # "alors" says when, not what
        (
            "Gaëlle Simon, alors ministre de la Santé, avait fermé trois maternités.",
            "Gaëlle Simon",
            "ministre de la Santé",
        ),
        # two ministries coordinated
        (
            "Marc Fesson, ministre de l'Agriculture et de la Pêche, rencontre les syndicats.",
            "Marc Fesson",
            "ministre de l'Agriculture et de la Pêche",
        ),
        # an occupation is the role the article gives
        (
            "Le sociologue Michel Vasseur analyse la montée de la colère.",
            "Michel Vasseur",
            "sociologue",
        ),
        (
            "Jean Dupuis, agriculteur à Vitré, a perdu la moitié de sa récolte.",
            "Jean Dupuis",
            "agriculteur à Vitré",
        ),
        # the model takes role and name for one organisation
        (
            "La ministre de la Culture Rachida Dati a inauguré le musée.",
            "Rachida Dati",
            "ministre de la Culture",
        ),
        (
            "L'entreprise, présidée par Carlos Tavares, perd des parts de marché.",
            "Carlos Tavares",
            "président de l'entreprise",
        ),
        # "depuis" says since when, not what
        (
            "Gérard Colin, maire de Lyon depuis 2014, ne se représentera pas.",
            "Gérard Colin",
            "maire de Lyon",
        ),
        (
            "Anne Roy, qui a été ministre de la Justice, publie un livre.",
            "Anne Roy",
            "ministre de la Justice",
        ),
        (
            "Pour Jean Lemaire, ancien député et auteur de la loi de 2005, le texte va trop loin.",
            "Jean Lemaire",
            "ancien député et auteur de la loi de 2005",
        ),
        (
            "Le numéro un du syndicat, Bernard Thiers, a quitté la réunion.",
            "Bernard Thiers",
            "numéro un du syndicat",
        ),
        # a name opening the main clause after a complement is not the role's holder
        (
            "Lors de sa visite au ministre de la Santé à Lyon, Jean Varin a dénoncé le manque de "
            "médecins.",
            "Jean Varin",
            None,
        ),
        (
            "La visite du ministre de la Santé, Jean Varin, a été reportée.",
            "Jean Varin",
            "ministre de la Santé",
        ),
        # a possessive role is the role of the person named before
        (
            "Le président russe Vladimir Poutine a reçu son homologue chinois Xi Jinping.",
            "Xi Jinping",
            "homologue chinois de Vladimir Poutine",
        ),
        (
            "Interrogée par France Info, la secrétaire d'État chargée de l'Écologie, Bérangère "
            "Couillard, a défendu le texte.",
            "Bérangère Couillard",
            "secrétaire d'État chargée de l'Écologie",
        ),
        # a party in brackets after the name
        (
            "Jean-Paul Roux (PS), maire de Brest, a signé l'arrêté.",
            "Jean-Paul Roux",
            "maire de Brest",
        ),
        # the role the news gives wins over the one the person had
        (
            "Jean-Denis Sorel, ancien président de Michelin, a été nommé président du conseil "
            "d'administration.",
            "Jean-Denis Sorel",
            "président du conseil d'administration",
        ),
        (
            "Thierry Bolland devient directeur général du groupe.",
            "Thierry Bolland",
            "directeur général du groupe",
        ),
        (
            "Le garde des Sceaux, Éric Dumas, a présenté la réforme.",
            "Éric Dumas",
            "garde des Sceaux",
        ),
        (
            "Claire Morel, députée de la Somme et membre de la commission des Finances, a voté "
            "contre.",
            "Claire Morel",
            "députée de la Somme et membre de la commission des Finances",
        ),
        (
            "Le président américain Barack Obama a proposé son aide. Son homologue français, "
            "Nicolas Sarkozy, a exprimé sa solidarité.",
            "Nicolas Sarkozy",
            "homologue français de Barack Obama",
        ),
        (
            "Un habitant de Sendai, Takeshi Sato, 54 ans, raconte qu'il a tout perdu.",
            "Takeshi Sato",
            "habitant de Sendai",
        ),
        # a description in the person's own clause, or of the other gender, is someone else
        (
            "Julie Roussel a rencontré hier le ministre allemand à Berlin.",
            "Julie Roussel",
            None,
        ),
        (
            "Marine Le Pen a critiqué la politique du président américain.",
            "Marine Le Pen",
            None,
        ),
        # a role in brackets after the name
        (
            "Jean Morel (ministre de l'Intérieur) a défendu la loi.",
            "Jean Morel",
            "ministre de l'Intérieur",
        ),
        # a role followed by a name is that name's
        ("Après Paul Xavier, le candidat Yves Marchal a pris la parole.", "Paul Xavier", None),
        # a description that names the person is not their role
        ("La garde à vue de Jean Roussel a été prolongée.", "Jean Roussel", None),
        # a person with no role
        (
            "Hier, Lucie Fabre a couru le marathon de Paris en trois heures.",
            "Lucie Fabre",
            None,
        ),
    ],
)
def test_role_of_a_person(nlp, body: str, name: str, role: str | None) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(body, nlp)
    assert name in roles, roles
    assert roles[name] == role


def test_ministers_listed_with_their_portfolios(nlp) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(
        "Le gouvernement compte deux nouveaux venus, les ministres Julie Roussel (Finances) et "
        "Karim Haddad (Santé).",
        nlp,
    )
    assert roles.get("Julie Roussel") == "ministre des Finances"
    assert roles.get("Karim Haddad") == "ministre de la Santé"


def test_a_role_alone_is_not_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(
        "Benjamin Levy, Premier ministre israélien, rejette la proposition. Le Premier ministre "
        "israélien doit s'exprimer ce soir.",
        nlp,
    )
    assert roles == {"Benjamin Levy": "Premier ministre israélien"}


def test_head_of_a_named_government_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(
        "Le plan d'austérité avait été adopté par le gouvernement Marchetti en 2011.",
        nlp,
    )
    assert "Marchetti" in roles


def test_a_preposition_is_not_part_of_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(
        "En Europe, la chancelière Angela Merkel a dit attendre les résultats « avec calme ».",
        nlp,
    )
    assert roles == {"Angela Merkel": "chancelière"}


def test_a_nationality_before_a_name_is_no_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(
        "Andy Morton a remporté le tournoi en battant le Serbe Novak Djokovic, numéro un "
        "mondial, en trois sets.",
        nlp,
    )
    assert roles.get("Novak Djokovic") == "numéro un mondial"


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a trade with its nationality before the name, an apposition after it
        (
            "« Les glaciers reculent partout », a rappelé la glaciologue chilienne Paula Reyes, "
            "l'une des auteures de l'étude.",
            "Paula Reyes",
            "glaciologue chilienne",
        ),
        # a trade the short lists missed, before the name
        (
            "Selon le restaurateur Marc Obrecht, qui a nettoyé la fresque, les couleurs sont "
            "intactes.",
            "Marc Obrecht",
            "restaurateur",
        ),
        (
            "D'après Léa Vautrin, océanographe à l'institut de Brest, la mer se réchauffe.",
            "Léa Vautrin",
            "océanographe à l'institut de Brest",
        ),
        (
            "L'école doit son nom à un industriel de la région, Paul Carnot, qui l'avait fondée.",
            "Paul Carnot",
            "industriel de la région",
        ),
        # two appositions: the function first, then the trade
        (
            "« Le texte est équilibré », a déclaré le président du jury, l'architecte italien "
            "Paolo Conti, en ouvrant la séance.",
            "Paolo Conti",
            "président du jury",
        ),
        # "Son directeur", "sa porte-parole" after an organisation named just before
        (
            "Selon l'association Forêts vivantes, qui compte trois mille membres, les coupes "
            "ont doublé. Son président, Yves Morand, a demandé un moratoire.",
            "Yves Morand",
            "président de l'association Forêts vivantes",
        ),
        (
            "Le syndicat Union Rail Avenir conteste depuis un mois la réforme. Pour sa "
            "secrétaire générale, Inès Boulad, « rien n'est réglé ».",
            "Inès Boulad",
            "secrétaire générale du syndicat Union Rail Avenir",
        ),
        # a relation whose owner was named at the start of the article, in the paragraph before
        (
            "Le procès de Bernard Vallin, ancien préfet, a commencé lundi. L'ancien haut "
            "fonctionnaire est accusé de corruption.\n\nSelon le parquet, le contrat a été "
            "attribué à la société de son gendre, Hugo Perrin. L'entreprise a tout nié.",
            "Hugo Perrin",
            "gendre de Bernard Vallin",
        ),
        # a delegation "conduite par" someone: both what they are and what they lead
        (
            "La délégation italienne, conduite par l'ambassadrice Giulia Ferri, a quitté la salle.",
            "Giulia Ferri",
            "ambassadrice, à la tête de la délégation italienne",
        ),
        # a role after another noun phrase that is not an apposition stays the name's own
        (
            "Après avoir reçu le préfet, le ministre Alain Croze a annoncé des renforts.",
            "Alain Croze",
            "ministre",
        ),
        # an organisation without a name of its own, told of by "une" as the subject of the
        # sentence before, owns the role as "la" one (review 9: "Un collectif de riverains …
        # Son porte-parole" is the collective's, not the woman's named before it)
        (
            "Une entreprise de transport a perdu le marché. Son gérant, Luc Ferrand, fera appel.",
            "Luc Ferrand",
            "gérant de l'entreprise de transport",
        ),
    ],
)
def test_role_forms_of_agency_news(nlp, body: str, name: str, role: str | None) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(body, nlp)
    assert name in roles, roles
    assert roles[name] == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a relative clause: the title agrees with the person, the organisation keeps its name
        (
            "Nathalie Roche, qui préside la fondation Terre Claire depuis 2015, a lancé un appel "
            "aux dons.",
            "Nathalie Roche",
            "présidente de la fondation Terre Claire",
        ),
        # "qui est" with a time phrase before the role
        (
            "Élise Fournier, qui est depuis deux ans la porte-parole du collectif Rivières libres, "
            "a salué la décision.",
            "Élise Fournier",
            "porte-parole du collectif Rivières libres",
        ),
        # "à la tête de" after the name
        (
            "Jacques Vernier, à la tête du syndicat des pêcheurs depuis dix ans, refuse l'accord.",
            "Jacques Vernier",
            "à la tête du syndicat des pêcheurs",
        ),
        # appointed in the active voice: the role follows the name
        (
            "Les actionnaires ont nommé lundi Bertrand Solal président du conseil "
            "d'administration.",
            "Bertrand Solal",
            "président du conseil d'administration",
        ),
        # a day between the appointment and the role
        (
            "Hélène Vasseur a été élue dimanche présidente du conseil départemental.",
            "Hélène Vasseur",
            "présidente du conseil départemental",
        ),
        # "son frère" before a name that starts with a vowel
        (
            "Le chanteur Olivier Marnay a annulé sa tournée. Son frère, Yann Marnay, évoque une "
            "blessure.",
            "Yann Marnay",
            "frère d'Olivier Marnay",
        ),
        # the owner of "son fils" named after a participle clause that opens the sentence before
        (
            "Interrogé par la radio, le pêcheur Louis Garnier raconte la tempête. Son fils, Marc "
            "Garnier, était à bord.",
            "Marc Garnier",
            "fils de Louis Garnier",
        ),
        # "X est la nouvelle directrice de ..."
        (
            "Depuis mars, Sophie Lemaire est la nouvelle directrice du musée de Brest.",
            "Sophie Lemaire",
            "directrice du musée de Brest",
        ),
        # trades the lists lacked
        (
            "Karine Loubet, aide-soignante à Lyon, raconte ses journées à l'hôpital.",
            "Karine Loubet",
            "aide-soignante à Lyon",
        ),
        # a bare role that opens the next sentence
        (
            "Julien Caradec tient la même boucherie depuis trente ans. L'artisan vient d'être "
            "décoré par le préfet.",
            "Julien Caradec",
            "artisan",
        ),
        # a crowd led by someone is not something one heads: the apposition is the role
        (
            "Les manifestants, menés par Hugo Parant, porte-parole du collectif, ont bloqué la "
            "route.",
            "Hugo Parant",
            "porte-parole du collectif",
        ),
    ],
)
def test_roles_given_around_the_name(nlp, body: str, name: str, role: str | None) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(body, nlp)
    assert name in roles, roles
    assert roles[name] == role


def test_two_descriptions_joined_by_et_are_two_people(nlp) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(
        "Marc Tessier et Lina Obrecht ont présenté le projet jeudi. Le maire de Dole et la "
        "présidente de l'agglomération estiment qu'il coûtera trois millions d'euros.",
        nlp,
    )
    assert roles.get("Marc Tessier") == "maire de Dole"
    assert roles.get("Lina Obrecht") == "présidente de l'agglomération"


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # two roles joined by "et", before the name and after it
        (
            "Paul Ferrand, ancien ministre et actuel maire de Pau, soutient le projet.",
            "Paul Ferrand",
            "ancien ministre et actuel maire de Pau",
        ),
        (
            "L'écrivain et cinéaste Paul Verdier publie un nouveau roman.",
            "Paul Verdier",
            "écrivain et cinéaste",
        ),
        # the sentence opens with the function; the rank comes next to the name
        (
            "Le porte-parole de la police nationale, le commandant Marc Leduc, a appelé au calme.",
            "Marc Leduc",
            "porte-parole de la police nationale",
        ),
        # a hyphenated pair of titles
        (
            "Sophie Arnal, présidente-directrice générale de Tecma, a démissionné.",
            "Sophie Arnal",
            "présidente-directrice générale de Tecma",
        ),
        # the year of an election or an appointment is no part of the role
        (
            "Georges Pradel, élu maire en 2020, brigue un second mandat.",
            "Georges Pradel",
            "maire",
        ),
        (
            "Inès Morel, qui a été nommée directrice en 2019, quitte l'agence.",
            "Inès Morel",
            "directrice",
        ),
        (
            "Rachid Amrani, devenu en 2019 président du club, veut un nouveau stade.",
            "Rachid Amrani",
            "président du club",
        ),
        (
            "Ministre de la Santé depuis 2022, Agnès Firmin a présenté le plan.",
            "Agnès Firmin",
            "ministre de la Santé",
        ),
        # re-elected at the head of something
        (
            "Thomas Lenoir a été réélu samedi à la tête du syndicat.",
            "Thomas Lenoir",
            "à la tête du syndicat",
        ),
        # a role that opens the sentence is not capitalised as a name would be
        (
            "Ancien joueur du PSG, Marc Vidal entraîne désormais Lorient.",
            "Marc Vidal",
            "ancien joueur du PSG",
        ),
        (
            "Le rappeur Kalim a annulé son concert. Son manager, Louis Brunet, évoque la fatigue.",
            "Louis Brunet",
            "manager de Kalim",
        ),
    ],
)
def test_roles_with_their_edges(nlp, body: str, name: str, role: str | None) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(body, nlp)
    assert name in roles, roles
    assert roles[name] == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a description that opens the next sentence, an adjective before its noun
        (
            "Le procès de Daniel Morin s'est ouvert lundi à Rennes. L'ancien notaire est accusé "
            "d'escroquerie.",
            "Daniel Morin",
            "ancien notaire",
        ),
        # "sa mère" after a sentence that names one person, as its object
        (
            "La police a retrouvé Emma Lenoir, disparue depuis une semaine. Sa mère, Claire "
            "Lenoir, a remercié les enquêteurs.",
            "Claire Lenoir",
            "mère d'Emma Lenoir",
        ),
        # "choisi X comme ..."
        (
            "L'entreprise Solvia a choisi Marie Gand comme directrice générale.",
            "Marie Gand",
            "directrice générale",
        ),
        # ... but not for the last one named when another was just given a role of its kind
        (
            "Les élus ont désigné Hugo Marti maire de Sorel, après le départ de Luc Vidal. Le "
            "nouvel élu a 41 ans.",
            "Luc Vidal",
            None,
        ),
    ],
)
def test_roles_given_in_the_next_sentence(nlp, body: str, name: str, role: str | None) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(body, nlp)
    assert name in roles, roles
    assert roles[name] == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a role noun in "-ant" that the tagger reads as a verb
        (
            "L'opposant russe Ilia Petrov a été condamné à dix ans de prison.",
            "Ilia Petrov",
            "opposant russe",
        ),
        # a business partner is a relation like kin
        (
            "Le juge a entendu Pascal Noël, gérant de la société Batipro, et son associé, Rémi "
            "Sorel.",
            "Rémi Sorel",
            "associé de Pascal Noël",
        ),
    ],
)
def test_role_nouns_missed_before(nlp, body: str, name: str, role: str | None) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(body, nlp)
    assert name in roles, roles
    assert roles[name] == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # the object of a verb before the comma is someone else
        (
            "Après avoir rencontré le président, Luc Martin a quitté l'Élysée.",
            "Luc Martin",
            None,
        ),
        # "femme" and "homme" are roles only as someone's
        (
            "Claire Roy est la première femme à diriger l'armée de l'Air.",
            "Claire Roy",
            None,
        ),
        (
            "Marie Laval est restée deux heures avec les enquêteurs. La jeune femme a ensuite "
            "quitté les lieux.",
            "Marie Laval",
            None,
        ),
        # "rester", "devenir", "être à la tête de"
        (
            "Sylvain Roche, qui est resté maire pendant vingt ans, est mort samedi.",
            "Sylvain Roche",
            "maire",
        ),
        (
            "Louise Bernard est devenue la première présidente du club.",
            "Louise Bernard",
            "première présidente du club",
        ),
        (
            "Nicolas Aubert est à la tête de l'entreprise depuis 2010.",
            "Nicolas Aubert",
            "à la tête de l'entreprise",
        ),
    ],
)
def test_what_is_and_is_not_a_role(nlp, body: str, name: str, role: str | None) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(body, nlp)
    assert name in roles, roles
    assert roles[name] == role
