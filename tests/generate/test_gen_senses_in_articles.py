"""Words defined in a sense their article does not mean (session 21 audit, term_corpus). A
learner reads the definition as the key to the sentence; a wrong one misleads.

- the drink-driving trial: "Le dépistage révèle un taux de 1,12 milligramme d'alcool" was
  "Un examen pour découvrir une maladie tôt";
- organ donation: "le taux d'opposition au prélèvement d'organes" was "Une somme retirée
  directement d'un compte ou d'un salaire";
- refugees in Chad: "les coupes budgétaires décidées par plusieurs grands bailleurs" were "Une
  personne ou un organisme qui loue un logement";
- basketball: "une interception de Kerdraon conclue par une contre-attaque" were the stopping of
  "un missile ou un message" and "une attaque qui répond à une attaque ennemie";
- the Goodyear trial (batch_aa): "la retenue des cadres s'était déroulée « sans aucune
  violence physique »" was "Le fait de se contrôler et de ne pas réagir trop fort";
- session 22: the chief of canton "rencontré dans sa concession" (Chad) was given a concession
  in a negotiation or to run a public service, and the Téléthon pupils' "parrains" (who pledge
  a euro a kilometre) a godfather or a mafia boss; "la fusion des classes" (Lille) and "des
  centres hospitaliers" (Vosges) were "L'union de deux entreprises".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import meaning_in

pytestmark = pytest.mark.slow

SENSES = [
    pytest.param(
        "Le dépistage révèle un taux de 1,12 milligramme d'alcool par litre d'air expiré, soit "
        "plus de quatre fois la limite légale pour un conducteur.",
        "dépistage",
        "alcool",
        id="depistage-of-alcohol",
    ),
    pytest.param(
        "Le taux d'opposition au prélèvement d'organes sur des donneurs décédés a atteint 37 % "
        "cette année, alors que 22 000 patients attendent une greffe.",
        "prélèvement",
        "organe",
        id="prelevement-of-organs",
    ),
    pytest.param(
        "Les coupes budgétaires décidées par plusieurs grands bailleurs ont contraint le "
        "Programme alimentaire mondial à réduire les rations distribuées dans les camps.",
        "bailleur",
        "argent",
        id="bailleur-a-donor",
    ),
    pytest.param(
        "À deux minutes de la fin, une interception de Kerdraon conclue par une contre-attaque "
        "de Le Goff a donné six points d'avance à l'équipe, qui a gagné le match.",
        "interception",
        "ballon",
        id="interception-of-a-ball",
    ),
    pytest.param(
        "Les deux cadres avaient été retenus pendant trente heures dans une salle de l'usine. "
        "L'avocat estime que la retenue des cadres s'était déroulée « sans aucune violence "
        "physique ».",
        "retenue",
        "enfermée",
        id="retenue-of-managers",
    ),
    pytest.param(
        "À deux minutes de la fin, une interception de Kerdraon conclue par une contre-attaque "
        "de Le Goff a donné six points d'avance à l'équipe, qui a gagné le match.",
        "contre-attaque",
        "ballon",
        id="contre-attaque-in-a-match",
    ),
    pytest.param(
        "« Nous avons accueilli nos frères, c'est notre devoir », souligne le chef de canton, "
        "rencontré dans sa concession, au cœur du village où vivent les réfugiés.",
        "concession",
        "famille",
        id="concession-a-family-compound",
    ),
    pytest.param(
        "Pour Hakim Benali, président de la FCPE du Nord, la fusion des classes pénalisera "
        "d'abord les élèves en difficulté.",
        "fusion",
        "réunir",
        id="fusion-of-classes",
    ),
    pytest.param(
        "Les élèves ont parcouru 440 kilomètres à vélo en récoltant un euro par kilomètre auprès "
        "de leurs parrains, au profit de l'association.",
        "parrain",
        "argent",
        id="parrain-a-sponsor",
    ),
]


SENSES += [
    # session 22, second audit (speaker_articles_2, people_articles_3): a club's chairman, a
    # museum's glass cases, a conservation breeding programme and a town's taxes
    pytest.param(
        "Le président sortant, Bernard Reynaud, a défendu sa décision.",
        "président sortant",
        "club",
        id="president-sortant-of-a-club",
    ),
    pytest.param(
        "« Je suis venue les voir une dernière fois. C'est un peu triste, mais c'est juste », "
        "confie Martine, une retraitée croisée devant les vitrines du musée.",
        "vitrine",
        "musée",
        id="vitrine-of-a-museum",
    ),
    pytest.param(
        "Le père, Ganesh, avait été prêté par un parc allemand dans le cadre d'un programme "
        "d'élevage européen.",
        "élevage",
        "espèce",
        id="elevage-to-save-a-species",
    ),
    pytest.param(
        "Sa commune attendait 60 000 euros de recettes fiscales par an.",
        "recette fiscale",
        "commune",
        id="recettes-fiscales-of-a-town",
    ),
    pytest.param(
        "Le biologiste Pierre-Henri Dumas salue « une excellente nouvelle pour la diversité "
        "génétique » d'une population de quelque 300 éléphants répartis dans les zoos européens.",
        "population",
        "animaux",
        id="population-of-elephants",
    ),
]


@pytest.mark.parametrize(("sentence", "term", "meant"), SENSES)
def test_a_word_is_defined_in_its_article_s_sense(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition


KEPT = [
    pytest.param(
        "Une campagne de dépistage du cancer du sein est organisée pour les femmes de plus de "
        "50 ans par l'hôpital.",
        "dépistage",
        "maladie",
        id="depistage-of-a-disease",
    ),
    pytest.param(
        "Le bailleur a augmenté le loyer de l'appartement de 40 euros par mois, au grand dam "
        "des locataires de l'immeuble.",
        "bailleur",
        "logement",
        id="bailleur-a-landlord",
    ),
    pytest.param(
        "Le prélèvement de l'impôt sur le salaire se fait chaque mois sur le compte bancaire "
        "du contribuable.",
        "prélèvement",
        "compte",
        id="prelevement-of-money",
    ),
    pytest.param(
        "Le missile a été détruit en vol : l'interception a eu lieu à 40 kilomètres de la "
        "frontière, selon l'armée.",
        "interception",
        "missile",
        id="interception-of-a-missile",
    ),
    pytest.param(
        "Le syndicat a obtenu une concession importante lors de la négociation : la direction "
        "accepte de céder sur les salaires pour arriver à un accord.",
        "concession",
        "accord",
        id="concession-in-a-negotiation",
    ),
    pytest.param(
        "La concession de l'aéroport a été attribuée en 2010 au groupe Vinci, qui doit "
        "exploiter le site pendant 55 ans selon le contrat.",
        "concession",
        "exploiter",
        id="concession-to-run-a-service",
    ),
]


@pytest.mark.parametrize(("sentence", "term", "meant"), KEPT)
def test_the_other_sense_stays(tmp_path: Path, sentence: str, term: str, meant: str) -> None:
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition
