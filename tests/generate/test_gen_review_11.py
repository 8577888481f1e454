"""The faults of the eleventh blind review (tests/generate/data/review_11, eight articles of
genres no review had: a theatre review, an interview portrait, a drought order, a tram opening,
an Assemblée vote, a robbery, a sailor's rescue, an emergency landing), each rebuilt on
sentences like the article's and checked as the learner would see it.

The verdicts are in tests/generate/data/review_11/README.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gold_facts import invented_article, meaning_in

from tutor.extract import extract_many
from tutor.facts import ArticleFacts
from tutor.generate import generate_document
from tutor.generate.bank_words import is_person
from tutor.generate.plausible import open_frame
from tutor.glossary_files import shipped_glossary

pytestmark = pytest.mark.slow


def _facts(folder: Path, title: str, body: str) -> ArticleFacts:
    article, _ = invented_article(folder, body, title)
    (facts,) = extract_many([article])
    return facts


def _items(folder: Path, title: str, body: str) -> list[dict[str, Any]]:
    article, _ = invented_article(folder, body, title)
    (facts,) = extract_many([article])
    return list(generate_document(article, facts, seed=0, content_dir=folder)["items"])


# --- glossary senses --------------------------------------------------------------------------


SENSES = [
    pytest.param(
        "La pièce raconte trois générations de femmes. Tout repose sur les comédiennes. Dans le "
        "rôle de la grand-mère, Odile Parmentier est extraordinaire de justesse.",
        "de justesse",
        "Dans le rôle de la grand-mère, Odile Parmentier est extraordinaire de justesse.",
        "exactitude",
        id="justesse-of-an-actress",
    ),
    pytest.param(
        "L'Assemblée nationale a adopté mardi la proposition de loi. « Ce n'est pas une vie », a "
        "lancé la députée à la tribune, sous les applaudissements de l'hémicycle. Dans les "
        "tribunes, une trentaine d'étudiants suivaient les débats.",
        "tribune",
        "Dans les tribunes, une trentaine d'étudiants suivaient les débats.",
        "public",
        id="tribunes-of-the-public",
    ),
    pytest.param(
        "Le skipper avait pris le départ de la course le 8 novembre avec 33 autres concurrents. "
        "Il est le cinquième à abandonner depuis le début de l'épreuve.",
        "concurrent",
        "Le skipper avait pris le départ de la course le 8 novembre avec 33 autres concurrents.",
        "course",
        id="concurrents-of-a-race",
    ),
]


@pytest.mark.parametrize(("body", "term", "sentence", "meant"), SENSES)
def test_a_word_is_defined_in_its_article_s_sense(
    tmp_path: Path, body: str, term: str, sentence: str, meant: str
) -> None:
    """Théâtre: "extraordinaire de justesse" (her acting's accuracy) was "De très peu";
    assemblée: "Dans les tribunes, … suivaient les débats" (the galleries) was where one speaks
    to an assembly; voile: the race's "concurrents" were firms after one market."""
    definition = meaning_in(tmp_path, f"Mardi 3 mars 2026. – {body}", term, sentence)
    assert definition is not None and meant in definition, definition


def test_de_justesse_is_still_by_a_hair_in_a_vote(tmp_path: Path) -> None:
    """The locution keeps its sense where it is one: "adopté de justesse"."""
    sentence = "Le texte a été adopté de justesse, par 212 voix contre 209."
    definition = meaning_in(tmp_path, f"Mardi 3 mars 2026. – {sentence}", "de justesse", sentence)
    assert definition == "De très peu.", definition


# --- extraction -------------------------------------------------------------------------------

PORTRAIT = (
    "Estive de Pouey Laün, le mardi 4 août 2026. – Il est six heures du matin et Margaux "
    "Lebreton a déjà compté ses brebis. « Il en manquait trois hier soir », dit-elle en riant."
    "\n\nPourquoi avoir tout quitté ?\n\n« Je ne supportais plus les réunions. » Elle a suivi "
    "en 2019 une formation de berger.\n\nRegrette-t-elle parfois sa vie d'avant ?\n\nElle "
    "réfléchit longtemps. « Le confort, parfois, oui. Mais quand je vois le soleil se lever sur "
    "le Balaïtous, je me dis que je suis exactement où je dois être. »"
)


def test_an_interview_question_s_verb_is_no_person(tmp_path: Path) -> None:
    """Portrait: "Regrette-t-elle parfois sa vie d'avant ?" made "Regrette" a person, who said
    the answer quoted after it (the answer of a "Qui a dit", an option of another and a
    distractor of the match)."""
    facts = _facts(tmp_path, "Portrait : Margaux Lebreton, bergère", PORTRAIT)
    assert "Regrette" not in {p.name for p in facts.people}, facts.people
    said = [q for q in facts.quotes if "Balaïtous" in q.text]
    assert said and said[0].speaker == "Margaux Lebreton", said


SPONSOR = (
    "Les Sables-d'Olonne, mercredi 9 décembre 2026. – Le skipper Yann Le Corre a été secouru "
    "mardi par un cargo. Son bateau, un monocoque de 18 mètres, a dû être abandonné. Il "
    "représentait un budget de 3,5 millions d'euros, financé en grande partie par son sponsor "
    "principal, une entreprise bretonne de produits de la mer. Le directeur général de "
    "celle-ci, Erwan Kerboriou, a fait savoir que l'entreprise « restera aux côtés de Yann »."
)


def test_a_role_of_celle_ci_names_what_it_stands_for(tmp_path: Path) -> None:
    """Voile: "Qui est Erwan Kerboriou ?" was answered "Le directeur général de celle-ci"
    (and offered for Thomas Guérin): the firm of the sentence before is meant."""
    facts = _facts(tmp_path, "Voile : le skipper Yann Le Corre secouru", SPONSOR)
    roles = {p.name: p.role for p in facts.people}
    role = roles.get("Erwan Kerboriou") or ""
    assert "celle-ci" not in role and "de l'entreprise bretonne" in role, roles
    assert not role.endswith((" de", " la")), role


def test_la_compagnie_is_the_airline_the_article_names(tmp_path: Path) -> None:
    """Avion (after the incise fix): "…, précise la compagnie, qui exploite 23 avions" made
    "La compagnie" a speaker of the match beside "Alizé Airlines", the same airline."""
    facts = _facts(tmp_path, "Aérien : un avion se pose en urgence", LANDING)
    said = [q for q in facts.quotes if "révision" in q.text]
    assert said and said[0].speaker == "Alizé Airlines", said


# --- generation -------------------------------------------------------------------------------


def test_a_group_of_people_is_a_person_for_a_bank() -> None:
    """Théâtre: "… d'avoir programmé une ___ encore peu connue" (autrice) had "troupe" in its
    bank: whatever takes a person takes a group of comedians."""
    assert is_person(shipped_glossary(), "troupe", "troupe")


def test_the_object_of_a_verb_closing_its_sentence_is_an_open_gap() -> None:
    """Voile: "Il lui a fallu près de trente heures pour rejoindre le ___." (voilier) had
    "marin" in its bank: only the verb chooses, and one rejoins a sailor as well as a boat."""
    assert open_frame("Il lui a fallu près de trente heures pour rejoindre le ", ".")
    assert not open_frame("… pour monter dans la première ", ".")  # "dans" chooses


TRAM = (
    "Perpignan, samedi 5 septembre 2026. – Le tramway de Perpignan a transporté ses premiers "
    "voyageurs ce samedi. Dès 6 heures, des centaines de personnes attendaient pour monter "
    "dans la première rame. Les rames passeront toutes les six minutes.\n\nKarim Benali tient "
    "une boulangerie rue Foch. « J'ai tenu grâce à mes clients fidèles. Maintenant, j'espère "
    "que le tram va ramener du monde », explique Benali, qui a reçu 12 000 euros."
)


def test_a_keyword_is_a_whole_word_of_the_words(tmp_path: Path) -> None:
    """Tramway: the keywords of Karim Benali's words had "rame" ("le tram va ramener du
    monde"), and the feedback said "avec ces mots : fidèles, rame, tram, clients"."""
    items = _items(tmp_path, "Transports : le tramway de Perpignan ouvre", TRAM)
    opens = [i for i in items if i["type"] == "open" and "Benali" in str(i["prompt"])]
    assert opens, [i["id"] for i in items]
    for item in opens:
        words = [str(k["word"]) for k in item["keywords"]]
        assert "rame" not in words and "rames" not in words, words


VOTE = (
    "Paris, mardi 17 novembre 2026. – L'Assemblée nationale a adopté mardi une proposition de "
    "loi qui plafonne les loyers des logements étudiants. La ministre du Logement, Catherine "
    "Delorme, a expliqué que l'État « ne pouvait pas rester spectateur ». Elle a toutefois "
    "insisté pour que le dispositif soit limité à cinq ans et évalué « dès la deuxième année ». "
    "Le député du Rhône Bertrand Fayolle a averti que les propriétaires seraient découragés. "
    "« Vous allez décourager les propriétaires », a-t-il lancé."
)


def test_a_demand_in_the_subjunctive_is_not_told_after_selon(tmp_path: Path) -> None:
    """Assemblée: the match's feedback said "Selon Catherine Delorme, le dispositif soit limité
    à cinq ans" (from "a insisté pour que le dispositif soit limité")."""
    items = _items(tmp_path, "Assemblée nationale : les députés votent", VOTE)
    told = " ".join(str(i.get("feedback", "")) for i in items)
    assert "dispositif" in told, told
    assert "Delorme, le dispositif soit" not in told, told


ROBBERY = (
    "Annecy, le 3 février 2026. – Trois hommes ont été interpellés dimanche à Lyon après le "
    "braquage d'une bijouterie de la rue Royale, a annoncé lundi le procureur.\n\nLes faits "
    "remontent au vendredi 30 janvier, peu après 18 heures. Trois individus casqués sont "
    "entrés dans la bijouterie au moment où la gérante s'apprêtait à fermer."
)


def test_remonter_a_keeps_its_a_in_the_question(tmp_path: Path) -> None:
    """Braquage: "Quand est-ce que les faits remontent ?" (answer "au vendredi 30 janvier")."""
    items = _items(tmp_path, "Annecy : trois suspects interpellés", ROBBERY)
    asked = [str(i["prompt"]) for i in items if i["type"] == "date"]
    assert not [p for p in asked if p.startswith("Quand") and "remontent" in p], asked


LANDING = (
    "Toulouse, le dimanche 14 juin 2026. – Un Airbus A320 de la compagnie Alizé Airlines a dû "
    "se poser en urgence samedi à Toulouse après l'apparition de fumée dans la cabine.\n\n"
    "L'appareil, âgé de quatorze ans, avait passé sa dernière grande révision en mars 2025, "
    "précise la compagnie, qui exploite 23 avions et a transporté 3,1 millions de passagers "
    "l'an dernier."
)


def test_a_speech_incise_in_the_present_stays_out_of_a_question(tmp_path: Path) -> None:
    """Avion: "Quand est-ce que l'appareil, âgé de quatorze ans, avait passé sa dernière grande
    révision, précise la compagnie ?"."""
    items = _items(tmp_path, "Aérien : un avion se pose en urgence", LANDING)
    asked = [str(i["prompt"]) for i in items if i["type"] == "date"]
    assert not [p for p in asked if "précise" in p], asked
