"""A long date question is cropped around its event: 31 date questions over the lessons ran to
18 words or more ("Pendant combien de temps est-ce que le nouveau groupe gardera ses deux
sièges, à Paris et à Niort ?"). What goes is a part set off by a comma at the end, a second
complement joined by "et", an adjunct ("dans …", "pour …", the agent of a passive) or a
participle saying which thing a noun is; what stays is whole French.

The sentences were written for these tests; the article test runs the real model.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import invented_article

from tutor.extract import extract_many
from tutor.generate import generate_document
from tutor.generate.french import word_count
from tutor.generate.question_crop import LONG_QUESTION_WORDS, cropped_question, without_age

CROPPED = [
    (
        "À quelle heure un automobiliste de 58 ans a-t-il été blessé près de Morlaix lorsqu'un "
        "arbre est tombé ?",
        "À quelle heure un automobiliste de 58 ans a-t-il été blessé près de Morlaix ?",
    ),
    (
        "Pendant combien de temps est-ce que la nouvelle coopérative gardera ses deux magasins, "
        "à Brest et à Quimper ?",
        "Pendant combien de temps est-ce que la nouvelle coopérative gardera ses deux magasins ?",
    ),
    (
        "Quand est-ce que la société a réalisé un chiffre d'affaires de 12,5 millions d'euros et "
        "un bénéfice net de 1,2 million ?",
        "Quand est-ce que la société a réalisé un chiffre d'affaires de 12,5 millions d'euros ?",
    ),
    (
        "À partir de quand est-ce que les yaourts concernés ont été vendus dans les magasins de la "
        "plupart des grandes enseignes ?",
        "À partir de quand est-ce que les yaourts concernés ont été vendus ?",
    ),
    (
        "Quand est-ce que le conseil régional a annoncé un fonds de soutien de 30 millions d'euros "
        "destiné aux éleveurs de montagne ?",
        "Quand est-ce que le conseil régional a annoncé un fonds de soutien de 30 millions "
        "d'euros ?",
    ),
    (
        "Quand l'étude sur les abeilles a-t-elle été publiée dans la revue Ecology Letters par des "
        "chercheurs de l'université de Rennes ?",
        "Quand l'étude sur les abeilles a-t-elle été publiée dans la revue Ecology Letters ?",
    ),
]


@pytest.mark.parametrize(("question", "cropped"), CROPPED)
def test_a_long_question_is_cropped_around_its_event(question: str, cropped: str) -> None:
    assert word_count(question) >= LONG_QUESTION_WORDS
    assert cropped_question(question, frozenset({"gardera"})) == cropped


KEPT = [
    # "sain et sauf" is one phrase, "entre … et …" a pair, a verb after "restées" no modifier
    "Quand le marin breton Yann Le Goff a-t-il été récupéré sain et sauf au large des côtes "
    "irlandaises ?",
    "Quand est-ce que la ligne de bus reliant les quartiers nord au centre roulera entre Lyon "
    "et Villeurbanne ?",
    "Quand est-ce que les grilles du collège Jean-Jaurès de Montreuil sont restées fermées aux "
    "élèves et aux professeurs ?",
]


@pytest.mark.parametrize("question", KEPT)
def test_a_crop_never_splits_a_phrase(question: str) -> None:
    cropped = cropped_question(question)
    for broken in ("sain ?", "entre Lyon ?", "restées ?", "sont restées fermées ?"):
        assert not cropped.endswith(broken), cropped


@pytest.mark.slow
def test_a_lesson_s_date_question_is_cropped(tmp_path: Path) -> None:
    body = (
        "Niort, 5 mai 2026. – Les deux mutuelles ont fusionné l'an dernier. Depuis le 1er "
        "janvier 2026, le nouveau groupe mutualiste gardera ses deux sièges, à Paris et à Niort. "
        "Il emploie 3 000 salariés."
    )
    article, _ = invented_article(tmp_path, body)
    (facts,) = extract_many([article])
    doc = generate_document(article, facts, seed=0, content_dir=tmp_path)
    prompts = [i["prompt"] for i in doc["items"] if i["type"] == "date"]
    assert prompts and all(word_count(p) < LONG_QUESTION_WORDS for p in prompts), prompts


@pytest.mark.parametrize(
    ("question", "without"),
    [
        (
            "À quelle heure est-ce que Marie Dupuis, septante-deux ans, habitante de Jupille, "
            "était montée dans la première rame ?",
            "À quelle heure est-ce que Marie Dupuis, habitante de Jupille, était montée dans la "
            "première rame ?",
        ),
        (
            "Quand Paul Morel, 56 ans, a-t-il quitté Paris ?",
            "Quand Paul Morel a-t-il quitté Paris ?",
        ),
        (
            "Quand est-ce que le maire, quatre-vingt-dix ans, a parlé, selon lui ?",
            "Quand est-ce que le maire a parlé, selon lui ?",
        ),
    ],
)
def test_an_age_in_passing_is_left_out_in_digits_or_words(question: str, without: str) -> None:
    """ "Marie-Claire Dethier, septante-deux ans, habitante de Jupille" (review 13): the age in
    words stayed in the question, and taking it out left an apposition without its comma."""
    assert without_age(question) == without


# --- session 18: long questions that said more than their event ----------------------------

SHORTER = [
    # a cause after the event ("à la suite d'une perte …")
    (
        "Depuis quand est-ce qu'une directive européenne demande aux pilotes de ne pas suivre "
        "les consignes du pilote automatique à la suite d'une perte des informations de vitesse ?",
        "Depuis quand est-ce qu'une directive européenne demande aux pilotes de ne pas suivre "
        "les consignes du pilote automatique ?",
    ),
    # an amount closing the question after a noun, once what followed it has gone
    (
        "Quand est-ce que le gouvernement sénégalais a annoncé un plan de soutien de 85 milliards "
        "de francs CFA destiné aux pêcheurs artisanaux ?",
        "Quand est-ce que le gouvernement sénégalais a annoncé un plan de soutien ?",
    ),
    (
        "Quand est-ce que le gouvernement sénégalais a annoncé un plan de soutien de 85 milliards "
        "de francs CFA ?",
        "Quand est-ce que le gouvernement sénégalais a annoncé un plan de soutien ?",
    ),
    (
        "Quand la cour d'appel de Lyon a-t-elle condamné la société chimique Solvane à 1,2 "
        "million d'euros d'amende ?",
        "Quand la cour d'appel de Lyon a-t-elle condamné la société chimique Solvane ?",
    ),
    # the setting of a match after its object
    (
        "Quand est-ce que les basketteuses de Bourges ont battu les Espagnoles de Saragosse en "
        "finale retour de l'EuroCoupe ?",
        "Quand est-ce que les basketteuses de Bourges ont battu les Espagnoles de Saragosse ?",
    ),
    # "Combien de temps" says what "Pendant combien de temps" says
    (
        "Pendant combien de temps le propriétaire de la carrière a-t-il accepté de suspendre "
        "l'exploitation d'une partie du site ?",
        "Combien de temps le propriétaire de la carrière a-t-il accepté de suspendre "
        "l'exploitation d'une partie du site ?",
    ),
]


def test_a_verb_the_tagger_missed_still_lets_a_long_question_be_cropped() -> None:
    # "une directive européenne demande aux pilotes": "demande" was no verb to the tagger, and
    # the 27-word question stayed whole
    question = (
        "Depuis quand est-ce qu'une directive européenne demande aux pilotes de ne pas suivre "
        "les consignes du pilote automatique à la suite d'une perte des informations de vitesse ?"
    )
    assert cropped_question(question, set(), "", {"demander", "suivre"}) == (
        "Depuis quand est-ce qu'une directive européenne demande aux pilotes de ne pas suivre "
        "les consignes du pilote automatique ?"
    )
    assert cropped_question(question, set()) == question  # without the model's verbs


@pytest.mark.parametrize(("question", "cropped"), SHORTER)
def test_a_long_question_loses_what_is_not_its_event(question: str, cropped: str) -> None:
    assert cropped_question(question, {"demande", "annoncé", "battu", "condamné"}) == cropped


KEPT_WHOLE = [
    # a count of things says what the event is about
    "Quand le fabricant savoyard Vergers du Léman a-t-il lancé le rappel de plus de 200 000 "
    "gourdes de compote ?",
    # the object comes after the setting: cutting there would take it away
    "Quand le Français de 23 ans a-t-il battu en finale de l'Open de Moselle le Norvégien Anders "
    "Lie ?",
    # an amount after a verb is the verb's own complement
    "À partir de quand le gouvernement algérien a-t-il décidé de plafonner à 1 000 dinars le sac "
    "de 25 kilos de semoule ordinaire ?",
]


def test_a_measure_after_a_common_noun_is_not_cut_away() -> None:
    # "des nuits à plus de 25 degrés": the measure says which nights; the "et" goes instead
    assert (
        cropped_question(
            "Quand est-ce que Météo-France prévoit jusqu'à 40 degrés à Lyon et des nuits à plus "
            "de 25 degrés ?",
            {"prévoit"},
        )
        == "Quand est-ce que Météo-France prévoit jusqu'à 40 degrés à Lyon ?"
    )


@pytest.mark.parametrize("question", KEPT_WHOLE)
def test_a_long_question_keeps_what_its_event_needs(question: str) -> None:
    assert cropped_question(question, {"battu", "décidé", "lancé"}) == question


def test_a_long_question_takes_the_acronym_the_article_gives() -> None:
    body = (
        "La Banque centrale européenne (BCE) a baissé ses taux. Le peloton de gendarmerie de "
        "haute montagne (PGHM) de Chamonix a effectué 46 secours."
    )
    assert cropped_question(
        "Quand la Banque centrale européenne a-t-elle annoncé une baisse d'un quart de point de "
        "ses trois taux directeurs ?",
        body=body,
    ) == (
        "Quand la BCE a-t-elle annoncé une baisse d'un quart de point de ses trois taux "
        "directeurs ?"
    )
    assert (
        cropped_question(
            "Depuis quand est-ce que le peloton de gendarmerie de haute montagne de Chamonix a "
            "effectué 46 secours sur la voie normale ?",
            {"effectué"},
            body,
        )
        == "Depuis quand est-ce que le PGHM de Chamonix a effectué 46 secours sur la voie normale ?"
    )
