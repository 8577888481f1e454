"""The faults of the sixteenth blind review (tests/generate/data/review_16, eight articles in
genres not read before: a football match told minute by minute, a Constitutional Council
ruling, an epidemic bulletin, a festival programme, exam results, a lottery win, a fact-check
and a consumer test), each rebuilt on invented sentences like the article's and checked as the
learner would see it.

The verdicts are in tests/generate/data/review_16/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import invented_article, meaning_in

from tutor.extract import extract_many
from tutor.facts import ArticleFacts

pytestmark = pytest.mark.slow


# --- glossary senses --------------------------------------------------------------------------


SENSES = [
    pytest.param(
        "Entré en jeu à la 58e minute, le jeune ailier a égalisé d'une reprise de volée à "
        "l'entrée de la surface.",
        "entrer en jeu",
        "terrain",
        id="entrer-en-jeu-of-a-substitute",
    ),
    pytest.param(
        "Dès la 4e minute, le buteur a ouvert le score après une perte de balle au milieu de "
        "terrain.",
        "milieu de terrain",
        "zone",
        id="milieu-de-terrain-the-zone",
    ),
    pytest.param(
        "Les sénateurs regrettent la censure de la taxe sur les logements vacants, mais "
        "appellent à respecter la décision.",
        "censure",
        "Constitution",
        id="censure-of-a-law",
    ),
    pytest.param(
        "L'article 9 autorisait l'évacuation d'un logement dès la constatation de son occupation.",
        "évacuation",
        "sans en avoir le droit",
        id="evacuation-of-squatters",
    ),
    pytest.param(
        "Des concerts gratuits pour les enfants auront lieu chaque dimanche au kiosque du parc.",
        "kiosque",
        "musiciens",
        id="kiosque-a-musique",
    ),
    pytest.param(
        "Le gagnant aura rendez-vous avec un conseiller financier, avec un notaire et avec un "
        "psychologue.",
        "conseiller",
        "clients",
        id="conseiller-financier",
    ),
]


@pytest.mark.parametrize(("sentence", "term", "meant"), SENSES)
def test_a_word_is_defined_in_its_article_s_sense(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """football: "entrer en jeu" of a substitute was "Intervenir.", "milieu de terrain" (the
    zone) a player; Conseil: the Council's "censure" was censorship of publications, the
    "évacuation" of squatters a rescue from danger; festival: the park's "kiosque" sold
    newspapers; euromillions: a "conseiller financier" advised a leader."""
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition


@pytest.mark.parametrize(
    ("sentence", "term", "meant"),
    [
        pytest.param(
            "La question du prix de l'énergie entre en jeu dans le choix des ménages.",
            "entrer en jeu",
            "Intervenir",
            id="entrer-en-jeu-in-general",
        ),
        pytest.param(
            "Le club a recruté un milieu de terrain international de 24 ans, sous contrat "
            "jusqu'en 2029.",
            "milieu de terrain",
            "joueur",
            id="milieu-de-terrain-the-player",
        ),
        pytest.param(
            "Le régime a renforcé la censure de la presse et des réseaux sociaux.",
            "censure",
            "publier",
            id="censure-of-the-press",
        ),
        pytest.param(
            "Les pompiers ont ordonné l'évacuation du quartier à cause de la fumée de l'incendie.",
            "évacuation",
            "dangereux",
            id="evacuation-from-danger",
        ),
        pytest.param(
            "Le magazine est en kiosque depuis jeudi, au prix de 5 euros le numéro.",
            "kiosque",
            "journaux",
            id="kiosque-of-newspapers",
        ),
        pytest.param(
            "Un ancien conseiller du président a publié un livre sur la campagne de 2022.",
            "conseiller",
            "dirigeant",
            id="conseiller-of-a-leader",
        ),
    ],
)
def test_the_usual_sense_stays_where_it_is_meant(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """The senses added for review 16 leave the older ones where the sentence means them."""
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition


# --- reading the text: who speaks -------------------------------------------------------------


def _facts(folder: Path, body: str) -> ArticleFacts:
    article, _ = invented_article(folder, body)
    (facts,) = extract_many([article])
    return facts


FACT_CHECK = (
    "Rennes, le mardi 3 mars 2026. – Interrogée lundi sur France Bleu, la maire, Corinne "
    "Lebrun, a défendu son bilan en citant plusieurs chiffres. Nous les avons vérifiés.\n\n"
    "« Nous avons construit plus de logements sociaux que toutes les autres villes de la "
    "région. »\n\n"
    "C'est vrai. Selon la préfecture, 2 300 logements sociaux ont été livrés depuis 2020. « La "
    "ville a fait un gros effort, personne ne le conteste », explique le géographe Paul "
    "Rivière, professeur à l'université Rennes 2.\n\n"
    "« Les loyers ont baissé de 5 % depuis que nous les encadrons. »\n\n"
    "C'est faux. Les loyers ont seulement cessé de monter. « Une pause n'est pas une baisse », "
    "corrige Paul Rivière.\n\n"
    "« Aucune famille n'attend plus de deux ans pour obtenir un logement. »\n\n"
    "C'est impossible à vérifier. Interrogée par notre rédaction, l'adjointe au logement, "
    "Sarah Benhamou, affirme que ces données « seront publiées en juin ».\n"
)


def test_claims_set_out_as_lines_are_all_the_first_one_s(tmp_path: Path) -> None:
    """fact-check: the minister's claims, each a paragraph of its own between « », went to the
    speaker of the paragraph before (the economist twice, "l'entourage du ministre" once)."""
    said = {q.text.strip("« »."): q.speaker for q in _facts(tmp_path, FACT_CHECK).quotes}
    claims = [
        "Nous avons construit plus de logements sociaux que toutes les autres villes de la région",
        "Les loyers ont baissé de 5 % depuis que nous les encadrons",
        "Aucune famille n'attend plus de deux ans pour obtenir un logement",
    ]
    assert [said.get(c) for c in claims] == ["Corinne Lebrun"] * 3, said
    assert said.get("Une pause n'est pas une baisse") == "Paul Rivière", said


def test_a_first_name_our_list_lacks_after_a_nationality_stays_in_the_name(
    tmp_path: Path,
) -> None:
    """festival: "la chanteuse américaine Dee Anna Walker" was "Anna Walker", "chanteuse
    américaine Dee" (the match's answer, "Qui est Anna Walker ? La chanteuse américaine Dee");
    a party's label after a role noun is still no part of the name."""
    body = (
        "Vienne, le jeudi 2 avril 2026. – La soirée de clôture sera confiée à la pianiste "
        "irlandaise Bree Mary Gallagher, qui jouera avec un orchestre. Le député Renaissance "
        "Sylvain Maillard a salué le programme."
    )
    people = {p.name: p.role for p in _facts(tmp_path, body).people}
    assert people.get("Bree Mary Gallagher") == "pianiste irlandaise", people
    assert "Sylvain Maillard" in people, people
