"""The faults of the eighth blind review (tests/generate/data/review_8, eight articles written
for it and read item by item), each rebuilt on sentences like the article's and checked as the
learner would see it.

The verdicts are in tests/generate/data/review_8/README.md.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from gold_facts import dated_context, invented_article

from tutor.content import read_dateline
from tutor.extract import extract_many
from tutor.generate import generate_document
from tutor.generate.chronology import chronology_item
from tutor.generate.clause_checks import has_loose_pronoun
from tutor.generate.dates import date_items
from tutor.generate.keywords import keyword
from tutor.generate.plausible import open_frame
from tutor.generate.sentence_crop import gap_window

pytestmark = pytest.mark.slow


def _lesson(folder: Path, body: str, title: str = "Article") -> list[dict[str, Any]]:
    """The items `tutor generate` makes of an invented article (real extraction, seed 0)."""
    article, _ = invented_article(folder, body, title)
    (facts,) = extract_many([article])
    return list(generate_document(article, facts, seed=0, content_dir=folder)["items"])


def _words(item: dict[str, Any]) -> list[str]:
    if item["type"] == "cloze":
        return [str(item["answer"])]
    if item["type"] == "terms":
        return [str(pair["term"]) for pair in item["pairs"]]
    return []


def _stem(word: str) -> str:
    return " ".join(re.sub(r"[sx]$", "", w) for w in word.casefold().split())


# --- vocabulary -------------------------------------------------------------------------------

WOLVES = (
    "22 août 2025. – Quarante-sept brebis tuées en moins de deux semaines : les éleveurs du "
    "Vercors n'en peuvent plus. Jeudi, la préfète de la Drôme, Catherine Mallet-Roux, a signé un "
    "arrêté qui autorise des tirs de défense renforcés sur quatre communes du massif.\n\n"
    "La dernière attaque a eu lieu dans la nuit de mardi à mercredi, sur un alpage de la commune "
    "de Vassieux-en-Vercors. Onze bêtes du troupeau de Benoît Arnaud y ont été retrouvées mortes "
    "au petit matin, malgré la présence de deux chiens de protection. « On fait tout ce qu'on "
    "nous demande, et ça ne suffit pas », raconte l'éleveur, 52 ans, qui garde 600 brebis.\n\n"
    "Chaque bête tuée est indemnisée entre 150 et 300 euros, mais, d'après la chambre "
    "d'agriculture, ces sommes « ne compensent ni le stress des troupeaux ni les nuits "
    "blanches ». Le président de la fédération départementale ovine, Jean-Marc Bouvier, réclame "
    "que les louvetiers puissent intervenir « toute l'année » et non plus seulement pendant "
    "l'estive. Les associations de protection de la nature dénoncent une décision « prise sous "
    "la pression ». Le loup reste une espèce protégée. Le collectif déposera un recours devant "
    "le tribunal administratif de Grenoble."
)


def test_a_word_is_not_asked_twice_in_a_lesson(tmp_path: Path) -> None:
    """Loup: the cloze "les ___ du Vercors" (éleveurs), then the pair "éleveur" in a definition
    match; "estive" in a match, then a cloze on "l'___" (estive) added to fill the lesson.
    Secours, saison, fusion, pénurie: the same with "alpinistes", "secouristes",
    "restaurateurs", "déplore", "rapprochement", "pharmaciens", "tensions
    d'approvisionnement" / "approvisionnement"."""
    items = _lesson(tmp_path, WOLVES)
    seen: list[tuple[str, str]] = []
    for item in items:
        for word in _words(item):
            stem = _stem(word)
            for earlier, where in seen:
                held = re.search(rf"(?<!\w){re.escape(earlier)}(?!\w)", stem) or re.search(
                    rf"(?<!\w){re.escape(stem)}(?!\w)", earlier
                )
                assert not held, f"{word!r} in {item['id']} after {where}"
        seen += [(_stem(word), str(item["id"])) for word in _words(item)]
    assert sum(1 for i in items if i["type"] in ("cloze", "terms")) >= 4


# --- date questions ---------------------------------------------------------------------------


def _date_texts(folder: Path, dated: tuple[tuple[str, str, str], ...], published: str) -> list:
    ctx = dated_context(folder, dated, published=published)
    texts = []
    for item in date_items(ctx):
        texts += [str(item.get("prompt", ""))] + [str(e["text"]) for e in item.get("events", [])]
    chronology = chronology_item(dated_context(folder, dated, published=published))
    texts += [str(e["text"]) for e in (chronology or {}).get("events", [])]
    return texts


def test_a_question_is_not_cut_inside_its_subordinate_clause(tmp_path: Path) -> None:
    """Municipale: "Quand la crise a-t-elle éclaté, lorsque quatorze conseillers municipaux ?";
    pénurie: "Quand le ministère de la Santé a-t-il annoncé qu'un laboratoire français ?" and the
    chronology's "Le ministère de la Santé a annoncé qu'un laboratoire français." (the clause
    cut before its verb)."""
    dated = (
        (
            "La crise avait éclaté en novembre, lorsque quatorze conseillers municipaux, dont "
            "trois adjoints, avaient démissionné en bloc pour protester contre le projet.",
            "novembre",
            "2025-11",
        ),
        (
            "Le ministère de la Santé a annoncé jeudi qu'un laboratoire français, installé près "
            "de Lyon, allait reprendre la fabrication d'amoxicilline pour enfants.",
            "jeudi",
            "2026-01-15",
        ),
        ("L'usine a été fermée en 2019 par son propriétaire.", "2019", "2019"),
    )
    texts = _date_texts(tmp_path, dated, "2026-01-16")
    assert "Quand la crise a-t-elle éclaté ?" in texts, texts
    for text in texts:
        assert not re.search(r"(?:lorsque|qu'un) [\w\s]+[.?]$", text), text


def test_ne_que_and_comparisons_keep_their_clause(tmp_path: Path) -> None:
    """Réforme (review 6): "Le texte sera examiné le 17 mars par le Conseil supérieur de
    l'éducation, dont l'avis n'est que consultatif." stays an event of the chronology."""
    dated = (
        ("Le ministre a présenté mardi cette réforme devant les syndicats.", "mardi", "2026-02-10"),
        (
            "Le texte sera examiné le 17 mars par le Conseil supérieur de l'éducation, dont "
            "l'avis n'est que consultatif.",
            "le 17 mars",
            "2026-03-17",
        ),
        ("La réforme avait été annoncée en 2024 par le gouvernement.", "2024", "2024"),
    )
    texts = _date_texts(tmp_path, dated, "2026-02-12")
    assert any(t.startswith("Le texte sera examiné") for t in texts), texts


def test_a_question_does_not_keep_who_said_its_clause(tmp_path: Path) -> None:
    """Fusion: "Quand est-ce que les contrats en cours restent valables et les tarifs ne
    bougeront pas, a promis Hélène Marchetti lors d'une conférence téléphonique avec les
    analystes ?"."""
    dated = (
        (
            "Les contrats en cours restent valables et les tarifs ne bougeront pas en 2026, a "
            "promis Hélène Marchetti lors d'une conférence téléphonique avec les analystes.",
            "en 2026",
            "2026",
        ),
    )
    texts = _date_texts(tmp_path, dated, "2026-02-04")
    assert not any("a promis" in t and t.endswith("?") for t in texts), texts


def test_a_date_a_verb_sets_is_not_when_it_was_set(tmp_path: Path) -> None:
    """Municipale: "À quelle date la sous-préfecture de Lannion a-t-elle fixé la date limite ?"
    -> "au 15 avril" (the deadline, not the day it was set)."""
    dated = (
        (
            "La sous-préfecture de Lannion a fixé la date limite au 15 avril.",
            "15 avril",
            "2026-04-15",
        ),
    )
    texts = _date_texts(tmp_path, dated, "2026-03-09")
    assert not any("fixé la date limite" in t for t in texts), texts


def test_a_participle_with_its_own_complement_stays(tmp_path: Path) -> None:
    """Saison: "Pour quand est prévue la création de 300 logements aux travailleurs saisonniers ?"
    ("réservés" dropped, its complement left hanging on the noun)."""
    dated = (
        (
            "Le président du conseil départemental a annoncé mardi la création de 300 logements "
            "réservés aux travailleurs saisonniers d'ici à 2028.",
            "d'ici à 2028",
            "2028",
        ),
    )
    texts = _date_texts(tmp_path, dated, "2025-09-18")
    assert not any("logements aux" in t for t in texts), texts
    assert any("logements réservés aux travailleurs saisonniers" in t for t in texts), texts


# --- the article's date -----------------------------------------------------------------------


def test_a_dateline_opening_on_le_dates_the_piece(tmp_path: Path) -> None:
    """Secours: "Le 28 juillet 2025. – Ils ont passé deux nuits …" was not read as the piece's
    date: every weekday stayed unresolved, and the summary's evidence was "Le 28 juillet 2025.
    –"."""
    body = (
        "Le 28 juillet 2025. – Deux alpinistes lyonnais ont été secourus dimanche dans la face "
        "nord de la Barre des Écrins, où une tempête de neige les avait surpris vendredi.\n\n"
        "L'alerte avait été donnée samedi matin par la gardienne du refuge. Les deux "
        "alpinistes ont été transportés à l'hôpital de Briançon, où ils ont passé la nuit."
    )
    assert read_dateline(body) == date(2025, 7, 28)
    items = _lesson(tmp_path, body, "Deux alpinistes secourus dans les Écrins")
    assert not any(str(i.get("evidence", "")).startswith("Le 28 juillet") for i in items), items


# --- people and sources -----------------------------------------------------------------------


def test_the_verb_of_a_quotation_is_no_role(tmp_path: Path) -> None:
    """Fusion: "“Le prix proposé est généreux …”, juge Mathieu Deschamps, analyste chez un
    courtier parisien." gave him the role "juge" ("Cette personne est le juge.")."""
    body = (
        "4 février 2026. – Les assureurs Mutalis et Garantia ont annoncé mardi leur fusion. "
        "“Le prix proposé est généreux pour les actionnaires de Garantia”, juge Mathieu "
        "Deschamps, analyste chez un courtier parisien."
    )
    article, _ = invented_article(tmp_path, body)
    (facts,) = extract_many([article])
    roles = {p.name: p.role for p in facts.people}
    assert roles.get("Mathieu Deschamps") == "analyste chez un courtier parisien", roles


def test_a_source_keeps_its_brackets_whole(tmp_path: Path) -> None:
    """Loup: "Selon l'Office français de la biodiversité (OFB), au moins trois loups …" spoke
    as "L'Office français de la biodiversité (OFB" (an option of "Qui a dit")."""
    body = (
        "22 août 2025. – Selon l'Office français de la biodiversité (OFB), au moins trois loups "
        "vivent désormais en permanence sur ce secteur, contre un seul il y a cinq ans."
    )
    article, _ = invented_article(tmp_path, body)
    (facts,) = extract_many([article])
    speakers = [q.speaker for q in facts.quotes]
    assert speakers, facts.quotes
    assert all(s.count("(") == s.count(")") for s in speakers), speakers


# --- open answers, clozes, banks --------------------------------------------------------------


def test_an_adjective_in_eux_is_the_same_in_both_numbers() -> None:
    """Saison: the summary keyword "pluvieux" accepted "pluvieu"."""
    assert "pluvieu" not in keyword("pluvieux").get("accept", [])  # type: ignore[operator]
    assert keyword("jeux")["accept"] == ["jeu"]


def test_a_preposition_is_no_keyword(tmp_path: Path) -> None:
    """Saison: "malgré" was a keyword of the summary ("… malgré un mois de juillet pluvieux")."""
    body = (
        "18 septembre 2025. – Le département a connu sa meilleure saison estivale malgré un "
        "mois de juillet pluvieux, selon le bilan présenté mardi par l'agence du tourisme."
    )
    items = _lesson(tmp_path, body, "Une saison d'été record, malgré un mois de juillet pluvieux")
    words = [k["word"] for i in items if i["type"] == "open" for k in i["keywords"]]
    assert "malgré" not in words, words


def test_a_cloze_is_not_cut_inside_a_number() -> None:
    """Fusion: "… mais il a reconnu que près de 1 …" (cut inside "1 200")."""
    sentence = (
        "Frédéric Aubertin a assuré qu'il n'y aurait « aucun licenciement sec », mais il a "
        "reconnu que près de 1 200 postes ne seraient pas remplacés lors des départs à la "
        "retraite d'ici à 2029."
    )
    at = sentence.index("licenciement sec")
    for words in (30, 20):
        text = gap_window(sentence, at, at + len("licenciement sec"), "___", words)
        assert not re.search(r"\b1 …", text), text


@pytest.mark.parametrize(
    "before",
    [
        "La participation a atteint 61 %, selon les chiffres de la ",  # commune / préfecture
        "Les ",  # "Les ___ dressent un bilan plus nuancé": campings / restaurateurs
    ],
)
def test_gaps_any_word_of_the_field_fills_are_open(before: str) -> None:
    """Saison, municipale: "selon les chiffres de la ___" (préfecture) with "commune" in the
    bank; "Les ___ dressent un bilan plus nuancé." (restaurateurs) with "campings"."""
    assert open_frame(before, " dressent un bilan plus nuancé.")


def test_a_statement_does_not_open_on_c_est() -> None:
    """Saison: "C'est 8 % de plus qu'en 2024, qui était déjà une bonne année." (faux; what is?)."""
    assert has_loose_pronoun("C'est 4 % de plus qu'en 2024, qui était déjà une bonne année")
    assert not has_loose_pronoun("Le département a connu sa meilleure saison estivale")


def test_a_participle_is_no_keyword_of_what_someone_says(tmp_path: Path) -> None:
    """Cyberattaque: "Que dit Laure Tessandier ?" was checked for "devenues" ("Les collectivités
    sont devenues des cibles faciles …"); a learner's own words would not keep that form."""
    body = (
        "14 octobre 2025. – L'agglomération du Val d'Orne fonctionne toujours au ralenti. « Les "
        "collectivités sont devenues des cibles faciles, parce qu'elles ont peu de moyens pour "
        "se protéger », explique Laure Tessandier, chercheuse en cybersécurité à l'université "
        "de Caen."
    )
    items = _lesson(tmp_path, body, "Cyberattaque : les services de l'agglomération paralysés")
    words = [k["word"] for i in items if i["type"] == "open" for k in i["keywords"]]
    assert "devenues" not in words, words


def test_a_summary_keeps_the_rubric_that_names_what_happened(tmp_path: Path) -> None:
    """Cyberattaque, pénurie: the model answer "Les services de l'agglomération du Val d'Orne
    paralysés depuis une semaine." said nothing of the cyberattack, "Les pharmaciens … tirent
    la sonnette d'alarme." nothing of the shortage (the rubric before the colon was dropped)."""
    body = (
        "16 janvier 2026. – Depuis le début de l'hiver, les pharmaciens passent une partie de "
        "leurs journées au téléphone. L'amoxicilline, l'antibiotique le plus prescrit aux "
        "enfants, manque dans près de quatre pharmacies sur dix, selon une enquête publiée "
        "mercredi. La pénurie touche surtout les zones rurales, où les pharmacies sont rares.\n\n"
        "« Tous les matins, je regarde ce que le grossiste peut me livrer, et tous les matins, "
        "c'est non », raconte Marion Lefébure, pharmacienne à Besançon depuis quinze ans."
    )
    title = "Pénurie d'antibiotiques : les pharmaciens de la région tirent la sonnette d'alarme"
    items = _lesson(tmp_path, body, title)
    summary = next(i for i in items if i["id"] == "resume-article")
    assert "antibiotiques" in str(summary["model_answer"]).lower(), summary["model_answer"]


def test_days_of_rain_are_no_length_of_rain(tmp_path: Path) -> None:
    """Saison: "Combien de temps dure la pluie ?" -> "dix-neuf jours" ("Juillet a été le plus
    pluvieux depuis 2007, avec dix-neuf jours de pluie à La Rochelle": days it rained on)."""
    dated = (
        (
            "Juillet a été le plus pluvieux depuis 2007, avec dix-neuf jours de pluie à La "
            "Rochelle.",
            "dix-neuf jours",
            "P19D",
        ),
    )
    texts = _date_texts(tmp_path, dated, "2025-09-18")
    assert not any("dure la pluie" in t for t in texts), texts


def test_son_directeur_after_an_acronym_of_a_place_is_its_director(tmp_path: Path) -> None:
    """Pénurie: "En attendant, l'ARS de Bourgogne-Franche-Comté demande aux familles … “…”, a
    prévenu mercredi son directeur, Olivier Mantel." gave "directeur de l'État" (named two
    sentences before: the gerund was taken for the sentence's verb, the ARS for a place)."""
    body = (
        "16 janvier 2026. – Le projet a coûté 40 millions d'euros, dont la moitié payée par "
        "l'État.\n\nEn attendant, l'ARS de Bourgogne-Franche-Comté demande aux familles de ne "
        "pas faire de stocks. “Acheter trois boîtes « au cas où », c'est priver un autre "
        "enfant de son traitement”, a prévenu mercredi son directeur, Olivier Mantel."
    )
    article, _ = invented_article(tmp_path, body)
    (facts,) = extract_many([article])
    roles = {p.name: p.role for p in facts.people}
    assert roles.get("Olivier Mantel") == "directeur de l'ARS de Bourgogne-Franche-Comté", roles
