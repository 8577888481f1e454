"""A guard over the lessons of the eight articles of the fifth blind review
(tests/generate/data/review_5/*.txt), generated with seed 0 as `tutor generate` does and read
item by item before any fix (tests/generate/data/review_5/README.md); the sentence tests of
each fix are in test_gen_review_5.py.

Each check below is a fault that review found, with the item it failed on before the fix:

- French: "d'Yuko Tanabe", "qu'Yuko Tanabe"; "Selon Claire Bonnefoy, les pesticides restent,
  selon elle, …"; "les auteurs, eux, ont manifesté"; "320 ruches réparties ?";
- a date pinned on the wrong noun: "La direction de l'entreprise familiale a été fondée";
  a possessive pointing before the sentence: "un audit de sa gestion" (the festival's); "À
  quelle date …" and "La réponse est une année." for "au printemps 2027"; an age asked as a
  duration ("Combien de temps dure l'avocat d'affaires ?");
- banks: a word of the answer's field in a gap whose words choose nothing ("la faute des ___":
  chercheurs; "une meilleure ___": exposition), a verb among nouns ("refroidir"), a person in
  a source gap ("Selon leur ___": délégué);
- glossary senses: "pénalité" (a sum to pay) and "visiteur" (a person visiting a place) in a
  rugby match, "repreneur" (of a company in trouble) for a healthy family firm.

The shared guards of the corpus lessons (dated French, comprehension shapes, the first and
fourth reviews' faults) run over these lessons too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gold_facts import ROOT, generated_lessons
from test_gen_comprehension_guard import Lesson
from test_gen_review_4_guard import cloze_faults, pointing_faults, wording_faults
from test_gen_review_4_guard import date_faults as fourth_date_faults
from test_gen_review_guard import lesson_faults, thin_lessons

from tutor.generate import french, plausible
from tutor.generate.bank_cloze import source_slot
from tutor.generate.bank_words import is_person, used_as_noun
from tutor.generate.lexicon import Lexicon, article_lexicon
from tutor.glossary_files import shipped_glossary

pytestmark = pytest.mark.slow

ARTICLES = ROOT / "tests" / "generate" / "data" / "review_5"


@pytest.fixture(scope="module")
def lessons() -> dict[str, tuple[Lesson, str, Lexicon]]:
    out = {}
    for article, facts, doc in generated_lessons(ARTICLES, seed=0):
        lesson = Lesson(article.body, facts, doc["items"])
        out[Path(article.path).stem] = (
            lesson,
            facts.published or "",
            article_lexicon(article.body),
        )
    return out


def _texts(item: dict) -> list[str]:
    texts = [str(item.get(k, "")) for k in ("prompt", "statement", "feedback", "hint", "text")]
    return texts + [str(e["text"]) for e in item.get("events", [])]


_ELIDED_Y = re.compile(r"(?<![\w])(?:d|qu|l|j|n|s)['’]Y[aeiouéèêàâ]")
_STRESSED = re.compile(r",\s*(?:eux|elles?|lui),|\bquant à (?:eux|elles?|lui)\b")
_SEASON = re.compile(r"\b(?:printemps|été|automne|hiver)\b")


def french_faults(item: dict) -> list[str]:
    """Elision before a consonant "y"; "selon" twice; a stressed pronoun set off; a participle
    left without its complement."""
    problems = []
    for text in _texts(item):
        if _ELIDED_Y.search(text):
            problems.append(f"an elision before a consonant 'y': {text!r}")
    statement = str(item.get("statement", ""))
    if len(re.findall(r"\bselon\b", statement, re.IGNORECASE)) > 1:
        problems.append(f"'selon' twice: {statement!r}")
    if item["type"] in ("date", "chronology", "true_false"):
        for text in _texts(item)[:2] + [str(e["text"]) for e in item.get("events", [])]:
            if _STRESSED.search(text):
                problems.append(f"a stressed pronoun set off: {text!r}")
    if item["type"] == "date" and re.search(r"\bréparties \?$", str(item["prompt"])):
        problems.append(f"a participle without its complement: {item['prompt']!r}")
    return problems


def date_faults(item: dict) -> list[str]:
    """A date on the wrong noun, a possessive from before the sentence, a season asked as a date
    and hinted as a year, an age asked as a duration."""
    if item["type"] not in ("date", "chronology", "true_false"):
        return []
    problems = []
    texts = [str(item.get("prompt", "")), str(item.get("statement", ""))]
    texts += [str(e["text"]) for e in item.get("events", [])]
    for text in texts:
        if "direction de l'entreprise" in text and "fondée" in text:
            problems.append(f"a date on the wrong noun: {text!r}")
        if "de sa gestion" in text:
            problems.append(f"a possessive pointing before the sentence: {text!r}")
    if item["type"] == "date" and _SEASON.search(str(item["answer"])):
        if str(item["prompt"]).startswith("À quelle date"):
            problems.append(f"a season asked as a date: {item['prompt']!r}")
        if item.get("hint") == "La réponse est une année.":
            problems.append(f"a season hinted as a year: {item['answer']!r}")
    if item["type"] == "date" and str(item["prompt"]).startswith("Combien de temps"):
        subject = str(item["prompt"]).rstrip(" ?").split(" ")[-1]
        if is_person(shipped_glossary(), subject, subject) and re.search(
            r"\d+ ans", str(item["answer"])
        ):
            problems.append(f"an age asked as a duration: {item['prompt']!r}")
    return problems


def start_faults(item: dict, published: str) -> list[str]:
    """A false start after the article's day, to the month ("fermée depuis septembre 2026" in
    a piece of January 2026)."""
    if item["type"] != "true_false" or item["answer"] is not False or not published:
        return []
    found = re.search(
        rf"\bdepuis (?:({'|'.join(french.MONTHS)}) )?(\d{{4}})\b", str(item["statement"])
    )
    if found is None:
        return []
    month = french.MONTHS.index(found.group(1)) + 1 if found.group(1) else 1
    if (int(found.group(2)), month) > (int(published[:4]), int(published[5:7])):
        return [f"a start after the article: {item['statement']!r}"]
    return []


def is_infinitive(word: str) -> bool:
    """Whether a word has the ending of an infinitive ("blanchir", "suspendre", "respirer")."""
    return word.endswith(("er", "ir", "re"))


def infinitive_gap(item: dict) -> bool:
    """Whether a cloze asks for an infinitive ("quand il était à la mode de ___ les murs des
    églises": blanchir): its "de" is a preposition, and its bank holds verbs, not nouns
    (`used_as_noun` reads "de blanchir" as a determiner and a noun)."""
    return item.get("answer_pos") == "verb" and is_infinitive(str(item.get("answer", "")))


def fifth_bank_faults(item: dict, body: str, lexicon: Lexicon) -> list[str]:
    """A word of the answer's field in a gap whose words choose nothing; a word the article
    never uses as a noun among nouns; a person in a source gap."""
    if item["type"] != "cloze" or not item.get("bank"):
        return []
    before = str(item["text"]).partition("___")[0]
    answer = str(item["answer"])
    others = [str(w) for w in item["bank"] if w != answer]
    problems = []
    if plausible.open_frame(before):
        for word in others:
            close = lexicon.similarity(answer, word)
            if close is not None and close >= plausible.OPEN_FRAME_SIMILARITY:
                problems.append(f"'{word}' fits the open gap of '{answer}' ({close:.2f})")
    if used_as_noun(body, answer) and not infinitive_gap(item):
        problems += [
            f"'{w}' is no noun in the article" for w in others if not used_as_noun(body, w)
        ]
    if source_slot(before):
        persons = [w for w in others if is_person(shipped_glossary(), w, w)]
        problems += [f"a person in a source gap: '{w}'" for w in persons]
    return problems


def _number(text: object) -> float:
    return float(str(text).replace(" ", "").replace(",", "."))


def share_faults(item: dict) -> list[str]:
    """A share over 100 % (the fourth review's check, with decimal commas: "53,4")."""
    prompt = str(item.get("prompt", ""))
    if not str(item["id"]).startswith("nombre") or "___ %" not in prompt:
        return []
    if _number(item["answer"]) > 100:
        return []
    return [f"a share of {o} %" for o in item["options"] if _number(o) > 100]


_WRONG_SENSES = {
    "rugby-aurillac-montauban": {
        "pénalité": "Une sanction, souvent une somme",
        "visiteur": "Une personne qui vient voir",
    },
    "rachat-fromagerie-jura": {
        "repreneur": "Une personne ou une entreprise qui rachète une entreprise en difficulté"
    },
}


def sense_faults(stem: str, item: dict) -> list[str]:
    wrong = _WRONG_SENSES.get(stem, {})
    shown: list[tuple[str, str]] = []
    if item["type"] == "terms":
        shown = [(str(p["term"]), str(p["definition"])) for p in item["pairs"]]
    elif item["type"] == "cloze":
        shown = [(str(item["answer"]), str(item.get("hint", "")))]
    return [
        f"'{term}' defined in the wrong sense"
        for term, definition in shown
        if term in wrong and definition.startswith(wrong[term])
    ]


def test_the_review_lessons_have_none_of_the_broken_shapes(lessons) -> None:
    broken = []
    for stem, (lesson, published, lexicon) in lessons.items():
        for item in lesson.items:
            problems = french_faults(item) + date_faults(item) + sense_faults(stem, item)
            problems += start_faults(item, published)
            problems += fifth_bank_faults(item, lesson.body, lexicon)
            problems += pointing_faults(item) + fourth_date_faults(item, published)
            problems += wording_faults(item) + cloze_faults(item) + share_faults(item)
            problems += lesson_faults(item, lesson)
            broken += [f"{stem} [{item['id']}]: {p}" for p in problems]
    assert broken == [], "\n".join(broken)
    assert len(lessons) == 8


def test_every_review_lesson_keeps_a_full_lesson(lessons) -> None:
    """The fixes refuse items rather than repair them: each lesson must still train speakers
    and words, with at least fifteen items."""
    items = {stem: lesson.items for stem, (lesson, _, _) in lessons.items()}
    assert thin_lessons(items, 15, {"comprehension", "speakers", "vocabulary"}) == []
    assert sum(len(lesson.items) for lesson, _, _ in lessons.values()) >= 150


def test_the_guard_sees_the_shapes_it_is_meant_to_see() -> None:
    """Items of the eight lessons before the fixes."""
    assert french_faults(
        {
            "type": "true_false",
            "statement": "Selon Claire Bonnefoy, les pesticides restent, "
            "selon elle, la première cause de mortalité.",
        }
    )
    assert french_faults({"type": "date", "prompt": "Quand est-ce qu'Yuko Tanabe a reçu le prix ?"})
    assert french_faults(
        {"type": "date", "prompt": "Quand est-ce que les auteurs, eux, ont manifesté ?"}
    )
    assert date_faults(
        {
            "type": "date",
            "prompt": "À quelle date est-ce que les travaux commenceront ?",
            "answer": "au printemps 2027",
            "hint": "La réponse est une année.",
        }
    )
    assert date_faults(
        {
            "type": "date",
            "prompt": "Combien de temps dure l'avocat d'affaires ?",
            "answer": "58 ans",
        }
    )
    body = (
        "Les abeilles ventilent la ruche pour la refroidir. La sécheresse dure. La récolte baisse."
    )
    item = {
        "type": "cloze",
        "text": "On savait que la ___ privait les abeilles de fleurs.",
        "answer": "sécheresse",
        "bank": ["sécheresse", "récolte", "refroidir"],
    }
    assert fifth_bank_faults(item, body, article_lexicon(body))
    assert start_faults(
        {
            "type": "true_false",
            "answer": False,
            "statement": "La piscine des Allées est fermée depuis septembre 2026.",
        },
        "2026-01-29",
    )
    assert sense_faults(
        "rugby-aurillac-montauban",
        {
            "type": "terms",
            "pairs": [
                {
                    "term": "pénalité",
                    "definition": "Une sanction, souvent "
                    "une somme à payer, pour une faute ou un retard.",
                }
            ],
        },
    )
