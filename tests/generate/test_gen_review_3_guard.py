"""A guard over the lessons of the ten articles of the third key-term corpus
(tests/extract/data/term_articles_3/*.txt), generated with seed 1 and read item by item in a
blind review (session 9) before any fix; the sentence tests of each fix are in
test_gen_review_3.py.

Each check below is a fault that review found, with the item it failed on before the fix:

- a wrong option that may stand for the speaker: "Les producteurs" for "Un producteur installé
  à quelques kilomètres du foyer", "Les magistrats" beside "Les juges", "Les parents" for "Un
  père de famille", "Les pompiers" for "Le commandant des opérations de secours"; a false
  statement giving the préfet's words to "la préfecture"; "L'une" as a speaker;
- a statement ending in ",." ("… très sévère,.");
- the minutes of a time of day with impossible wrong options ("3 h ___": 90, 60);
- a duration asked of a time limit or a seniority: "Combien de temps dure le délai ?",
  "Combien de temps a duré l'ancienneté ?";
- a plural participle dating a singular noun: "Quand le canton est-il venus ?";
- a verbless sentence asked about: "Depuis quand est-ce qu'une première pour ce club … ?";
- a loose "en": "Quand est-ce que l'éleveur en a retrouvé onze mortes … ?";
- the dateline dating a lede told of Saturday ("Le coup de sifflet final …", 11 mai 2026);
- summary keywords that are figures ("quarante", "deuxième", "minutes");
- a bank word for a kind of anything ("œuvres" beside "tabatières");
- eight glossary definitions in the wrong sense.

The shared guards of the corpus lessons (dated French, comprehension shapes, the first review's
faults) run over these lessons too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from gold_facts import ROOT, generated_lessons
from test_gen_comprehension_guard import Lesson
from test_gen_review_guard import (
    _finite,
    dated_faults,
    keyword_faults,
    lesson_faults,
    thin_lessons,
)

pytestmark = pytest.mark.slow

ARTICLES = ROOT / "tests" / "extract" / "data" / "term_articles_3"


@dataclass(frozen=True)
class Review:
    lesson: Lesson
    title: str
    finite: frozenset[str]
    title_finite: frozenset[str]


@pytest.fixture(scope="module")
def reviews() -> dict[str, Review]:
    from tutor import nlp

    out = {}
    for article, facts, doc in generated_lessons(ARTICLES, seed=1):
        out[Path(article.path).stem] = Review(
            Lesson(article.body, facts, doc["items"]),
            article.title,
            _finite(nlp, article.body),
            _finite(nlp, article.title),
        )
    return out


_ONE_PARTY = (
    ("Les producteurs", "Un producteur"),
    ("Les magistrats", "Les juges"),
    ("Les parents", "Un père de famille"),
    ("Les pompiers", "Le commandant des opérations de secours"),
    ("La préfecture", "Le préfet"),
    ("Le préfet", "La préfecture"),
)
"""A wrong option, and the start of the speaker it may stand for."""


def speaker_faults(item: dict) -> list[str]:
    """A wrong option that may name the speaker; "L'une" as a speaker; a false statement that
    gives the préfet's words to the préfecture."""
    problems = []
    if item["type"] == "speakers":
        answers = [str(p["speaker"]) for p in item["pairs"]]
        wrong = [str(d) for d in item.get("distractors", [])] + answers
    elif item["type"] == "choice" and str(item["id"]).startswith("qui-a-dit"):
        answers = [str(item["answer"])]
        wrong = [str(o) for o in item["options"] if o != item["answer"]]
    elif item["type"] == "true_false" and item["answer"] is False:
        said = re.match(r"Faux : (?:c'est|ce sont) (.+?) qui", str(item["feedback"]))
        answers = [said[1]] if said else []
        wrong = [str(item["statement"]).removeprefix("Selon ")]
    else:
        return []
    for option, speaker in _ONE_PARTY:
        for answer in answers:
            if answer.casefold().startswith(speaker.casefold()) and any(
                w.casefold().startswith(option.casefold()) and w != answer for w in wrong
            ):
                problems.append(f"'{option}' offered for the words of '{answer}'")
    if any(re.fullmatch(r"L['’]une?", a) for a in answers):
        problems.append("'L'une' as a speaker")
    return problems


_NOT_LASTING = re.compile(r"^Combien de temps (?:dure|a duré|durera) (?:le délai|l'ancienneté)")
_LOOSE_EN = re.compile(r"\ben (?:a|ont|avait|avaient)\b")
_PLURAL_PARTICIPLE_ON_SINGULAR = re.compile(r"\b(?:est|a)(?:-t)?-(?:il|elle)? ?\w+us\b|est venus")
_CLOCK_GAP = re.compile(r"\d\s*h\s*___")


def date_faults(item: dict) -> list[str]:
    """Durations of what does not last, a loose "en", "venus" after a singular, a verbless
    "une première", minutes of a time of day with impossible options."""
    texts = [str(item.get(k, "")) for k in ("prompt", "statement")]
    texts += [str(e["text"]) for e in item.get("events", [])]
    problems = []
    for text in texts:
        if _NOT_LASTING.match(text):
            problems.append(f"a duration of what does not last: {text!r}")
        if item["type"] in ("date", "chronology") and _LOOSE_EN.search(text):
            problems.append(f"a loose 'en': {text!r}")
        if _PLURAL_PARTICIPLE_ON_SINGULAR.search(text):
            problems.append(f"a plural participle on a singular: {text!r}")
        if re.search(r"\bune première (?:depuis|pour)\b", text, re.IGNORECASE):
            problems.append(f"a verbless sentence: {text!r}")
        if text.rstrip().endswith(",."):
            problems.append(f"',.': {text!r}")
    if _CLOCK_GAP.search(str(item.get("prompt", ""))):
        minutes = [int(o) for o in item["options"]]
        if any(m >= 60 for m in minutes):
            problems.append(f"minutes of a time of day: {minutes}")
    return problems


_FIGURES = re.compile(
    r"^(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|trente|quarante|cinquante|"
    r"soixante|cent|mille|minutes?|heures?|jours?|semaines?|mois|ans?|années?|\w+ièmes?)$"
)
_GENERIC = re.compile(r"^(?:œuvre|objet|pièce|élément|chose|produit|donnée)s?$")


def word_faults(item: dict) -> list[str]:
    """Summary keywords that are figures; a bank word for a kind of anything."""
    problems = []
    if item["type"] == "open" and str(item["id"]).startswith("resume"):
        words = [str(k["word"]) for k in item["keywords"]]
        problems += [f"the figure '{w}' as a keyword" for w in words if _FIGURES.match(w)]
    if item["type"] == "cloze" and item.get("bank"):
        generic = [str(w) for w in item["bank"] if _GENERIC.match(str(w))]
        problems += [f"the generic '{w}' in a bank" for w in generic if w != item["answer"]]
    return problems


_WRONG_SENSES = {
    "apprentie-boulangere-concours": {
        "centre de formation": "Une école où un club",
        "pointage": "Le fait de noter",
    },
    "canicule-chantiers-lyon": {"intérimaire": "Qui remplace"},
    "greve-urgences-hopital": {"intérimaire": "Qui remplace", "régulation": "L'ensemble"},
    "eolien-annulation-cour": {"riverain": "Qui est situé", "enquêteur": "Une personne chargée"},
    "fermeture-classe-cantal": {"carte scolaire": "La règle qui fixe"},
    "feu-de-foret-var-evacuation": {"rester mobilisé": "Continuer à agir"},
}
"""Per article, a term and the start of the definition of the sense the article does not mean."""


def sense_faults(stem: str, item: dict) -> list[str]:
    wrong = _WRONG_SENSES.get(stem, {})
    shown: list[tuple[str, str]] = []
    if item["type"] == "terms":
        shown = [(str(p["term"]), str(p["definition"])) for p in item["pairs"]]
    elif item["type"] == "cloze":
        lemma = str(item["id"]).split("-", 1)[1].replace("-", " ")
        shown = [(t, str(item.get("hint", ""))) for t in wrong if _plain(t) == lemma]
    return [
        f"'{term}' defined in the wrong sense"
        for term, definition in shown
        if term in wrong and definition.startswith(wrong[term])
    ]


def _plain(term: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", term)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_MISSED_VERBS = frozenset({"peine"})
"""Finite verbs the tagger reads as nouns in these articles ("l'hôpital peine à recruter"):
the shared check of a verbless statement would take them for none."""


def test_the_review_lessons_have_none_of_the_broken_shapes(reviews) -> None:
    broken = []
    for stem, review in reviews.items():
        lesson = review.lesson
        for item in lesson.items:
            problems = [
                *speaker_faults(item),
                *date_faults(item),
                *word_faults(item),
                *sense_faults(stem, item),
                *dated_faults(item, review.finite | _MISSED_VERBS),
                *keyword_faults(item, lesson.facts, review.title, review.finite),
            ]
            problems += lesson_faults(item, lesson)
            broken += [f"{stem} [{item['id']}]: {p}" for p in problems]
    assert broken == [], "\n".join(broken)
    assert len(reviews) == 10


def test_the_dateline_dates_no_lede_told_of_another_day(reviews) -> None:
    """Rugby: "Le coup de sifflet final a résonné comme un glas" was the latest event of the
    chronology, dated 11 mai 2026; the match was "samedi soir"."""
    items = reviews["rugby-relegation-nationale"].lesson.items
    events = [e for i in items if i["type"] == "chronology" for e in i["events"]]
    assert not [e for e in events if str(e["text"]).startswith("Le coup de sifflet")]


def test_every_review_lesson_keeps_a_full_lesson(reviews) -> None:
    """The fixes refuse items rather than repair them: each lesson must still train speakers
    and words, with at least eleven items."""
    items = {stem: review.lesson.items for stem, review in reviews.items()}
    assert thin_lessons(items, 11, {"comprehension", "speakers", "vocabulary"}) == []
    # 140 until each quotation was asked once: a "Qui a dit" or a statement on a match's
    # words is no longer made (139, with vrai / faux on roles and clozes in their place)
    assert sum(len(r.lesson.items) for r in reviews.values()) >= 139


def test_the_guard_sees_the_shapes_it_is_meant_to_see() -> None:
    """Items generated from the ten articles before the fixes."""
    match = {
        "id": "speakers-x",
        "type": "speakers",
        "pairs": [{"speaker": "Les juges", "quote": "…"}, {"speaker": "L’une", "quote": "…"}],
        "distractors": ["Les magistrats"],
    }
    assert len(speaker_faults(match)) == 2
    who = {
        "id": "qui-a-dit-x",
        "type": "choice",
        "answer": "Un producteur installé à quelques kilomètres du foyer",
        "options": ["Un producteur installé à quelques kilomètres du foyer", "Les producteurs"],
    }
    assert speaker_faults(who)
    false = {
        "id": "vrai-faux-x",
        "type": "true_false",
        "answer": False,
        "statement": "Selon la préfecture, l'accès aux massifs forestiers est interdit,.",
        "feedback": "Faux : c'est le préfet qui le dit, pas la préfecture.",
    }
    assert speaker_faults(false) and date_faults(false)
    for prompt in (
        "Combien de temps dure le délai ?",
        "Combien de temps a duré l'ancienneté ?",
        "Quand le canton est-il venus ?",
        "Quand est-ce que l’éleveur en a retrouvé onze mortes et six grièvement blessées ?",
        "Depuis quand est-ce qu'une première pour ce club du Lot-et-Garonne ?",
    ):
        assert date_faults({"type": "date", "prompt": prompt}), prompt
    clock = {"type": "choice", "prompt": "« Il est 3 h ___ quand Léa »", "options": ["90", "30"]}
    assert date_faults(clock)
    summary = {"id": "resume-article", "type": "open", "keywords": [{"word": "minutes"}]}
    assert word_faults(summary)
    bank = {"type": "cloze", "answer": "tabatières", "bank": ["tabatières", "œuvres"]}
    assert word_faults(bank)
    terms = {"type": "terms", "pairs": [{"term": "pointage", "definition": "Le fait de noter …"}]}
    assert sense_faults("apprentie-boulangere-concours", terms)
    hint = {"type": "cloze", "id": "banque-riverain", "hint": "Qui est situé au bord …"}
    assert sense_faults("eolien-annulation-cour", hint)
