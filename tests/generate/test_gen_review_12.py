"""The faults of the twelfth blind review (tests/generate/data/review_12: four long and four
short articles, an interview in questions and answers, a live blog, a correction notice, a list
of election results), each rebuilt on sentences like the article's and checked as the learner
would see it.

The verdicts are in tests/generate/data/review_12/README.md.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from gold_facts import meaning_in

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.facts import ArticleFacts
from tutor.generate import generate_document
from tutor.model import Article

pytestmark = pytest.mark.slow


# --- glossary senses --------------------------------------------------------------------------


SENSES = [
    pytest.param(
        "Les automobilistes devront passer par le pont de l'autoroute A77, à quatre kilomètres "
        "en aval, ce qui allongera certains trajets d'une dizaine de minutes.",
        "en aval",
        "cours d'eau",
        id="en-aval-of-a-bridge",
    ),
    pytest.param(
        "Les trois premières listes, qui ont dépassé 10 % des suffrages exprimés, peuvent s'y "
        "maintenir.",
        "maintenir",
        "élection",
        id="se-maintenir-in-a-second-round",
    ),
    pytest.param(
        "— Les grandes retenues d'eau, les fameuses « bassines », sont-elles une solution ?",
        "retenue",
        "stocker de l'eau",
        id="retenue-of-water",
    ),
]


@pytest.mark.parametrize(("sentence", "term", "meant"), SENSES)
def test_a_word_is_defined_in_its_article_s_sense(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """Nevers: "à quatre kilomètres en aval" (of a bridge) was "Après, à une étape suivante";
    Vierzon: the lists that "peuvent s'y maintenir" (in the second round) "Garder sans changer
    une décision"; entretien: "Les grandes retenues d'eau" "Le fait de se contrôler"."""
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition


def test_a_word_keeps_its_first_sense_where_the_article_means_it(tmp_path: Path) -> None:
    """Guards for the senses added above: a decision is still kept, and self-restraint is
    still "retenue"."""
    kept = "Le gouvernement a maintenu sa décision malgré la grève."
    assert "décision" in str(
        meaning_in(tmp_path, f"Mardi 3 mars 2026. – {kept}", "maintenir", kept)
    )
    calm = "Le ministre a appelé les manifestants à la retenue et au calme."
    assert "contrôler" in str(meaning_in(tmp_path, f"Mardi 3 mars 2026. – {calm}", "retenue", calm))


# --- the lessons of the review ----------------------------------------------------------------

REVIEW = Path(__file__).parent / "data" / "review_12"


@cache
def _facts(stem: str) -> tuple[Article, ArticleFacts]:
    article = load_article(REVIEW / f"{stem}.txt")
    (facts,) = extract_many([article])
    return article, facts


@cache
def _items(stem: str) -> tuple[dict[str, Any], ...]:
    article, facts = _facts(stem)
    return tuple(generate_document(article, facts, seed=0, content_dir=REVIEW)["items"])


def _asked(stem: str) -> list[str]:
    """Every question, statement and chronology event a lesson shows."""
    shown: list[str] = []
    for item in _items(stem):
        shown += [str(item[k]) for k in ("prompt", "statement") if k in item]
        shown += [str(e["text"]) for e in item.get("events", ())]
    return shown


def test_an_absolute_clause_does_not_open_a_date_question() -> None:
    """Vierzon: "Quand est-ce qu'aucune liste n'ayant obtenu la majorité absolue, un second
    tour aura lieu ?" (from "Aucune liste n'ayant obtenu la majorité absolue, un second tour
    aura lieu dimanche 31 janvier.")."""
    asked = _asked("resultats-municipale-partielle-vierzon")
    assert not [a for a in asked if "ayant" in a], asked
    assert [a for a in asked if a.startswith("Quand un second tour")], asked


def test_a_name_s_own_apposition_goes_with_the_possessive_s() -> None:
    """Enquête: "Quand est-ce qu'Arnaud Fauvel diplômé d'une école de commerce, prend la
    direction du groupe ?" (from "Son fils, Arnaud Fauvel, diplômé d'une école de commerce,
    prend …"), in a date question and a chronology."""
    asked = _asked("enquete-ehpad-groupe-solvea")
    assert not [a for a in asked if "Fauvel diplômé" in a], asked
    assert [a for a in asked if "Arnaud Fauvel prend la direction du groupe" in a], asked


def test_a_second_participle_is_not_asked_of_the_first_one_s_complement() -> None:
    """Enquête: "Quand la région lyonnaise et a-t-elle été fondée par Bernard Fauvel ?" (from
    "une entreprise familiale …, installée dans la région lyonnaise et fondée en 1987 par
    Bernard Fauvel")."""
    asked = _asked("enquete-ehpad-groupe-solvea")
    assert not [a for a in asked if "lyonnaise et" in a], asked


def test_the_participle_after_a_person_s_apposition_is_the_person_s() -> None:
    """Portrait: "Quand le collège de la ville est-il mort ?" and the chronology's "Le collège
    de la ville est mort." (from "Jean-Pierre Mangin, professeur de musique au collège de la
    ville, mort en 2011"); enquête: "Le dernier étage a été publié le 24 novembre 2024." (from
    "Son livre, Les Oubliés du dernier étage, publié en novembre 2024")."""
    asked = _asked("portrait-luthiere-mirecourt")
    assert not [a for a in asked if "collège de la ville" in a], asked
    asked = _asked("enquete-ehpad-groupe-solvea")
    assert not [a for a in asked if "dernier étage a été publié" in a], asked


def test_an_ordinal_standing_for_a_noun_is_no_event() -> None:
    """Portrait: the chronology's "Le dernier a été terminé." (from "Le dernier, terminé en
    septembre, est parti chez une jeune violoniste de Strasbourg": the last violin)."""
    asked = _asked("portrait-luthiere-mirecourt")
    assert not [a for a in asked if a.startswith(("Le dernier a", "Quand le dernier"))], asked


def test_a_clock_time_left_by_the_date_is_not_asked() -> None:
    """Direct: "Depuis quand est-ce que les quatre départements bretons, …, sont en vigilance
    rouge 22 heures ?" (from "… sont en vigilance rouge depuis mercredi 22 heures")."""
    asked = _asked("direct-tempete-ophelie")
    assert not [a for a in asked if "22 heures" in a], asked
    assert [a for a in asked if a.endswith("sont en vigilance rouge ?")], asked


def test_a_scale_is_not_what_lasts() -> None:
    """Entretien: "Combien de temps dure l'échelle ?" (from "c'est vrai à l'échelle d'une
    année")."""
    asked = _asked("entretien-hydrologue-secheresse")
    # her answer, quoted word for word, may say it; no question of the tutor's may
    told = [re.sub(r"«[^»]*»", "", a) for a in asked]
    assert not [a for a in told if "échelle" in a], asked


def test_the_paper_s_first_person_is_not_the_tutor_s() -> None:
    """Rectificatif: "Quand notre article a-t-il été publié ?"; enquête: "La réponse écrite à
    nos questions a été reçue le 28 octobre." (whose article, whose questions?)."""
    for stem in ("rectificatif-chiffres-chomage", "enquete-ehpad-groupe-solvea"):
        asked = _asked(stem)
        assert not [a for a in asked if re.search(r"\b(?:notre|nos|nous)\b", a)], asked


def test_the_dateline_does_not_date_what_lasted_years() -> None:
    """Enquête: the chronology's "Les familles ont écrit, appelé, alerté." dated "lundi 9
    novembre 2026" (the paper's day) from "Pendant près de dix ans, les familles ont écrit,
    appelé, alerté."."""
    asked = _asked("enquete-ehpad-groupe-solvea")
    assert not [a for a in asked if a.startswith("Les familles ont écrit")], asked


# --- speakers ---------------------------------------------------------------------------------


def test_the_person_the_writer_met_speaks_after_an_institution() -> None:
    """Direct: "14 h 50 – Nous avons joint la maire de Plouguerneau, …, Gwenaëlle Quéré. … « Nous
    avions renforcé cette digue en 2019 … », explique-t-elle." was La SNCF's (made subject of
    the entry before: "La SNCF annonce une reprise partielle du trafic …"), "Qui a dit" answered
    "La SNCF" with Gwenaëlle Quéré not even among its options."""
    quotes = _facts("direct-tempete-ophelie")[1].quotes
    said = {q.speaker for q in quotes if "digue" in q.text or "sa commune soit" in q.text}
    assert said == {"Gwenaëlle Quéré"}, said
    offered = [
        str(i["answer"])
        for i in _items("direct-tempete-ophelie")
        if "digue" in str(i.get("prompt"))
    ]
    assert "La SNCF" not in offered, offered


def test_an_interviewee_s_father_is_not_offered_as_a_speaker() -> None:
    """Entretien: the match paired "qu'il n'a jamais connu ça" with "Mon père" (from the
    interviewee's answer "Mon père, qui a 86 ans, me dit qu'il n'a jamais connu ça."): whose
    father, in the tutor's mouth?"""
    offered: list[str] = []
    for item in _items("entretien-hydrologue-secheresse"):
        if item["type"] == "speakers":
            offered += [str(p["speaker"]) for p in item["pairs"]] + list(item["distractors"])
        elif item["type"] == "choice" and str(item["prompt"]).startswith("Qui a "):
            offered += [str(o) for o in item["options"]]
    assert not [s for s in offered if s.split()[0] in ("Mon", "Ma", "Mes", "Notre", "Nos")]


def test_an_impersonal_il_reports_nobody_s_words() -> None:
    """Entretien: "Mais il ne faut pas faire croire aux gens que tout dépend d'eux." (the
    interviewee's answer) made "Le préfet de l'Hérault", named in an answer before, say "que tout
    dépend d'eux": the answer of a "Qui a dit"."""
    quotes = _facts("entretien-hydrologue-secheresse")[1].quotes
    said = [q for q in quotes if "tout dépend" in q.text]
    assert [q.speaker for q in said] == ["Marianne Lefebvre"], quotes  # her answer


def test_an_interview_answer_is_asked_with_the_interview_s_hint() -> None:
    """Entretien: the answers are Marianne Lefebvre's; "Qui a dit" said "le nom est juste avant
    ou juste après" and "son nom est près de la citation", but her name is in the
    introduction only."""
    asked = [
        i
        for i in _items("entretien-hydrologue-secheresse")
        if i["type"] == "choice" and i.get("answer") == "Marianne Lefebvre"
    ]
    assert asked
    for item in asked:
        assert "juste avant ou juste après" not in item["hint"], item
        assert "près de la citation" not in item["feedback"], item
        assert "entretien" in item["feedback"], item


def test_a_results_line_keeps_the_candidate_s_surname() -> None:
    """Vierzon: "Stéphane Moreau (divers droite) : 2 377 voix, 33,06 %" made a person
    "Stéphane" (the model tagged the first name alone), offered as "Stéphane" and "Fatima"
    beside "Julien Petitjean" in "Qui a dit qu'il resterait candidat ?"."""
    people = {p.name for p in _facts("resultats-municipale-partielle-vierzon")[1].people}
    assert {"Stéphane Moreau", "Fatima Ouali"} <= people, people


def test_a_name_taken_up_by_elle_is_who_speaks_next() -> None:
    """Portrait: "Odile Mangin, elle, n'a pas l'intention de s'arrêter. … elle prend le temps de
    réfléchir … « Que l'atelier reste ouvert quand je ne serai plus là. … »" was Léa Durand's
    (quoted last; the model tagged "Odile" alone as MISC and the full name of a person the
    article knows was no mention), the answer of a match."""
    quotes = _facts("portrait-luthiere-mirecourt")[1].quotes
    said = {q.speaker for q in quotes if "atelier reste ouvert" in q.text}
    assert said == {"Odile Mangin"}, said
