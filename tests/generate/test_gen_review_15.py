"""The faults of the fifteenth blind review (tests/generate/data/review_15, eight articles
typed in the ways real texts are: straight quotes, typographic non-breaking spaces, em-dash
dialogue, numbers in words, capitals and abbreviations, bullet lists and headings, parentheses
and acronyms, a wire dispatch), each rebuilt on sentences like the article's and checked as the
learner would see it.

The verdicts are in tests/generate/data/review_15/README.md.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from gold_facts import invented_article, meaning_in

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.facts import ArticleFacts
from tutor.generate import generate_document, sentence_crop

pytestmark = pytest.mark.slow


# --- glossary senses --------------------------------------------------------------------------


SENSES = [
    pytest.param(
        "Le réchauffement a changé le métier. Le glacier a perdu plusieurs mètres d'épaisseur "
        "en dix ans.",
        "réchauffement",
        "climat",
        id="rechauffement-of-the-climate",
    ),
    pytest.param(
        "Le Dr Jean DUPONT a fait savoir par son avocate qu'il reprendrait ses consultations "
        "« dès que son poignet le permettra ».",
        "consultation",
        "médecin",
        id="consultation-of-a-doctor",
    ),
    pytest.param(
        "Les syndicats pourraient déposer un préavis pour la période du 18 décembre au 3 "
        "janvier, la plus chargée de l'année.",
        "préavis",
        "grève",
        id="preavis-of-a-strike",
    ),
]


@pytest.mark.parametrize(("sentence", "term", "meant"), SENSES)
def test_a_word_is_defined_in_its_article_s_sense(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """refuge: the climate's "réchauffement" was first "une amélioration des relations";
    médecin: a doctor's "consultations" were asking people's opinion; SNCF: a strike "préavis"
    was the notice before leaving a job."""
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition


@pytest.mark.parametrize(
    ("sentence", "term", "meant"),
    [
        pytest.param(
            "Le réchauffement des relations entre les deux pays se confirme après la visite du "
            "président.",
            "réchauffement",
            "relations",
            id="rechauffement-of-relations",
        ),
        pytest.param(
            "Le gouvernement a lancé une consultation publique sur le projet de réforme.",
            "consultation",
            "avis",
            id="consultation-of-the-public",
        ),
        pytest.param(
            "La salariée a donné sa démission et doit effectuer un préavis de deux mois.",
            "préavis",
            "contrat",
            id="preavis-before-leaving",
        ),
    ],
)
def test_the_usual_sense_stays_where_it_is_meant(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """The senses added for review 15 leave the older ones where the sentence means them."""
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition


# --- reading the text: list marks -------------------------------------------------------------


def _facts(folder: Path, body: str) -> ArticleFacts:
    article, _ = invented_article(folder, body)
    (facts,) = extract_many([article])
    return facts


LIST = (
    "Lyon, le lundi 10 août 2026. – La métropole a activé son plan d'urgence.\n\n"
    "Plusieurs mesures s'appliquent à partir de mardi 11 août :\n\n"
    "- les parcs et jardins de la ville restent ouverts jusqu'à minuit ;\n"
    "- les piscines municipales ouvrent dès 8 heures et ferment à 21 heures ;\n"
    "- les transports en commun sont gratuits pour les plus de 65 ans.\n\n"
    "Un guide entre au refuge.\n\n"
    "- Vous avez dormi ? lui demande-t-il.\n"
)


def test_a_list_item_s_mark_is_no_word_of_its_sentence(tmp_path: Path) -> None:
    """canicule: "- Les piscines municipales ouvrent dès 10 heures …" (a statement) and "- les
    mairies des neuf ___ ;" (a cloze) kept the list's dash; a dialogue line opening on a
    hyphen, after no colon, keeps it."""
    sentences = _facts(tmp_path, LIST).sentences
    assert "les piscines municipales ouvrent dès 8 heures et ferment à 21 heures ;" in sentences
    assert "les transports en commun sont gratuits pour les plus de 65 ans." in sentences
    assert not [s for s in sentences if s.startswith("- les")], sentences
    assert [s for s in sentences if s.startswith("- Vous avez dormi")], sentences


def test_a_list_item_s_evidence_has_no_mark(tmp_path: Path) -> None:
    """The lesson's statements and their evidence start on the item's first word; the dialogue
    line keeps its mark, as its sentence does ("- Vous avez ___ ? lui demande-t-il.")."""
    article, _ = invented_article(tmp_path, LIST)
    (facts,) = extract_many([article])
    items = generate_document(article, facts, seed=1, content_dir=tmp_path)["items"]
    shown = [str(i.get(k, "")) for i in items for k in ("statement", "text", "evidence")]
    marked = [s for s in shown if s.startswith("- ") and "lui demande-t-il" not in s]
    assert not marked, shown


# --- numbers ----------------------------------------------------------------------------------


def _value(option: str) -> float:
    return float(re.sub(r"[\s\u00a0\u202f]", "", option).replace(",", "."))


REVIEW = Path(__file__).parent / "data" / "review_15"


@cache
def _items(stem: str, seed: int = 1) -> tuple[dict[str, Any], ...]:
    article = load_article(REVIEW / f"{stem}.txt")
    (facts,) = extract_many([article])
    return tuple(generate_document(article, facts, seed=seed, content_dir=REVIEW)["items"])


def test_one_number_written_two_ways_is_one_option() -> None:
    """fonderie: "Quel nombre manque" offered "1 200" and "1200" ("les 1 200 que compte l'usine"
    beside "ses ateliers s'étendent sur 1200 mètres"): one number, twice among the options."""
    numbers = [
        i
        for seed in (1, 2, 3)
        for i in _items("plan-social-fonderie-chateauroux", seed)
        if str(i.get("prompt", "")).startswith("Quel nombre manque")
    ]
    assert numbers
    for item in numbers:
        values = [_value(str(o)) for o in item["options"]]
        assert len(values) == len(set(values)), item["options"]


def test_a_phone_number_is_no_figure() -> None:
    """médecin: "Les patients peuvent prendre rendez-vous au 12 77 92 18 30." (Faux : l'article
    dit 04, pas 12): a phone number is neither changed nor asked."""
    shown = [
        str(i.get(k, ""))
        for seed in (1, 2, 3)
        for i in _items("agression-medecin-saint-etienne", seed)
        for k in ("statement", "prompt", "text")
    ]
    assert not [s for s in shown if "77 92 18 30" in s], shown


# --- straight quotes --------------------------------------------------------------------------


def test_a_crop_of_straight_quotes_keeps_them_paired() -> None:
    """piscine: a cloze cut before its sentence kept the closing straight quote of the
    quotation it cut: '… où vont nager les enfants ?", a demandé la ___ Nadia Brahimi'."""
    sentence = (
        "\"On nous parle d'un chantier de deux ans, mais tout le monde sait que ce sera trois. "
        'Pendant ce temps, où vont nager les enfants ?", a demandé la conseillère municipale '
        "Nadia Brahimi, qui réclamait une rénovation en deux tranches pour garder le bassin "
        "ouvert une partie du temps."
    )
    at = sentence.index("conseillère municipale")
    crop = sentence_crop.gap_window(sentence, at, at + len("conseillère municipale"), "___", 24)
    assert crop.count('"') == 2 and crop.startswith('"…'), crop
    shown = [
        str(i.get(k, ""))
        for i in _items("piscine-annonay-fermeture")
        for k in ("statement", "prompt", "text")
    ]
    assert not [s for s in shown if s.count('"') % 2], shown


def test_a_proof_opens_outside_straight_quotes() -> None:
    """dépêche: the proof of "Qui a dit : « Nous ne rentrerons pas … »" opened inside the
    words before it, 'Nous sommes sortis en pyjama avec les enfants", a raconté …'."""
    proofs = [
        str(i["evidence"])
        for i in _items("depeche-seisme-turquie")
        if "rentrerons" in str(i.get("prompt", ""))
    ]
    assert proofs and all(p.count('"') % 2 == 0 for p in proofs), proofs
    assert all(p.startswith('"Nous avons entendu') for p in proofs), proofs


# --- reading the text: a wire's dateline ------------------------------------------------------


def test_a_wire_dateline_without_a_year_is_no_word_of_the_first_sentence(tmp_path: Path) -> None:
    """dépêche: "ANKARA, 12 mars (AFP) - Un séisme de magnitude 6,4 a frappé jeudi …" was one
    sentence: the cloze asked "ANKARA, 12 mars (AFP) - Un ___ de magnitude 6,4 …" and the
    source item reported "- Un séisme …". The dateline gives no year: it dates nothing."""
    facts = _facts(
        tmp_path,
        "ANKARA, 12 mars (AFP) - Un séisme de magnitude 6,4 a frappé jeudi l'est de la "
        "Turquie, faisant au moins 37 morts, selon un bilan provisoire de l'AFAD.\n\n"
        "Plus de 3.500 secouristes ont été déployés dans la région.",
    )
    assert facts.published is None
    assert facts.sentences[1].startswith("Un séisme de magnitude 6,4"), facts.sentences
    assert [q.text for q in facts.quotes if q.text.startswith("Un séisme")], facts.quotes
    shown = [
        str(i.get(k, ""))
        for i in _items("depeche-seisme-turquie")
        for k in ("statement", "prompt", "text", "evidence")
    ]
    assert not [s for s in shown if "(AFP)" in s], shown


# --- date questions ---------------------------------------------------------------------------


def test_the_end_of_a_period_is_not_asked_alone() -> None:
    """SNCF: "À quelle date est-ce que les syndicats pourraient déposer un préavis ?" was
    answered "au 3 janvier", the end of "la période du 18 décembre au 3 janvier"."""
    dates = [
        i
        for seed in (1, 2)
        for i in _items("negociations-salariales-sncf", seed)
        if i["type"] in ("date", "chronology")
    ]
    assert not [i for i in dates if "3 janvier" in str(i)], dates
    assert [i for i in dates if i.get("answer") == "le 2 décembre"], dates


def test_a_forecast_in_the_present_looks_ahead(tmp_path: Path) -> None:
    """canicule: "Météo-France prévoit jusqu'à 40 degrés à Lyon mercredi" (a Monday paper) was
    the Wednesday before, 5 August, accepted as the answer of its date question."""
    facts = _facts(
        tmp_path,
        "Lyon, le lundi 10 août 2026. – La vigilance rouge canicule a été déclenchée lundi. "
        "Météo-France prévoit jusqu'à 40 degrés à Lyon mercredi et des nuits à plus de 24 "
        "degrés.",
    )
    assert [d.value for d in facts.dates if d.text == "mercredi"] == ["2026-08-12"]


def test_a_note_s_mark_is_no_word_of_its_sentence() -> None:
    """SNCF: "Quel nombre manque dans cette phrase ? « (1) Force ouvrière (FO), qui n'a pas
    atteint ___ % … »" asked the note at the article's foot with its mark."""
    shown = [
        str(i.get(k, ""))
        for i in _items("negociations-salariales-sncf")
        for k in ("statement", "prompt", "text", "evidence")
    ]
    assert [s for s in shown if "Force ouvrière" in s], shown
    assert not [s for s in shown if "(1) Force" in s], shown


def test_an_ordinal_in_words_is_no_word_to_learn(tmp_path: Path) -> None:
    """refuge: "Derrière le comptoir, Claire Berthod sert son ___ café de la nuit." with
    "deux-centième" in a bank of nouns (hélicoptère, réchauffement)."""
    facts = _facts(
        tmp_path,
        "Saint-Gervais-les-Bains, le samedi 18 juillet 2026. – Derrière le comptoir, Claire "
        "Berthod sert son deux-centième café de la nuit. C'est la troisième saison de la "
        "gardienne au refuge.",
    )
    assert not [t.lemma for t in facts.terms if t.lemma.endswith("ième")], facts.terms


# --- reading the text: names in capitals ------------------------------------------------------


def test_a_surname_in_capitals_after_a_title_is_a_person(tmp_path: Path) -> None:
    """médecin: "a lancé le Dr Sophie MARTIN, présidente …" and "M. Gilles VERNAY" were no
    people: "Le Dr Sophie MARTIN" stood alone with its title among the options of "Qui a dit",
    "Le maire de Saint-Étienne, M. Gilles VERNAY" was a speaker, and Sophie MARTIN's "l'ordre
    porterait plainte" was given to the patient quoted before her."""
    facts = _facts(
        tmp_path,
        "St-Étienne, le mercredi 11 février 2026. – Le Dr Jean DUPONT a été frappé lundi soir "
        "dans son cabinet. « Il a crié, puis il a donné un coup de poing au docteur », a "
        "raconté Mme Odile FAURE.\n\n« Jean soigne ce quartier depuis vingt-cinq ans », a "
        "lancé le Dr Sophie MARTIN, présidente du conseil départemental de l'ordre des "
        "médecins de la Loire. Elle a annoncé que l'ordre porterait plainte.\n\nLe maire de "
        "Saint-Étienne, M. Gilles VERNAY, s'est rendu sur place.",
    )
    names = [p.name for p in facts.people]
    assert "Sophie MARTIN" in names and "Gilles VERNAY" in names, names
    said = {q.text.split()[0]: q.speaker for q in facts.quotes}
    assert said.get("Jean") == "Sophie MARTIN", facts.quotes


def test_a_list_item_is_no_cloze_without_its_lead() -> None:
    """canicule: "les mairies des neuf ___ ;" asked a word of a list line, read without "Trente-
    deux salles climatisées sont ouvertes gratuitement au public, dont :"."""
    texts = [str(i.get("text", "")) for i in _items("canicule-conseils-lyon")]
    assert texts and not [t for t in texts if t[:1].islower()], texts
