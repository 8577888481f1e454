"""A guard over the lessons of the eight articles of the fifth people corpus
(tests/extract/data/people_articles_5/*.txt), generated with seed 1 and read item by item in a
blind review (tests/generate/data/review_4/README.md) before any fix; the sentence tests of each
fix are in test_gen_review_4.py.

Each check below is a fault that review found, with the item it failed on before the fix:

- a question or statement pointing outside itself: "Quand est-ce que sa déléguée, Fatima
  Zeroual, a proposé …", "Cette économiste formée à Paris dirigeait …", "À partir de quand
  Laurent Brossard doit-il la rencontrer ?";
- a date moved onto another verb: "Depuis quand est-ce que l'ancien ministre, en poste, paie
  ses désaccords publics ?" (2023 dates "en poste"), "… après des accusations de plagiat en
  août 2021" (2021 dates the thesis);
- a false start after the article's day: "La sage-femme coordonne depuis 2026 …" (2025);
- a share over 100 % ("108", "162" for "___ % du capital"), a number ending a name
  ("Montpellier ___");
- a feedback denying a place the sentence gives ("il ne dit pas où ni devant qui");
- an acronym in lower case ("Cette personne est le pdg."), a woman's role under a man's
  article ("Le déléguée de la CFDT", seen after a first fix);
- a bank with a second person by a full name ("Le ___ Yohan Mbala": capitaine) or for a
  person ("La ___ coordonne …": cheffe beside sage-femme), a bank for a
  bare quotation ("« une ___ »"), a noun used as an adjective ("directrice générale ___");
- six glossary definitions in the wrong sense.

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
from test_gen_review_guard import _finite, lesson_faults, thin_lessons

from tutor.extract.role_kin import role_gender
from tutor.generate.bank_cloze import person_slot
from tutor.generate.bank_words import is_person
from tutor.glossary_files import shipped_glossary

pytestmark = pytest.mark.slow

ARTICLES = ROOT / "tests" / "extract" / "data" / "people_articles_5"


@dataclass(frozen=True)
class Review:
    lesson: Lesson
    published: str
    finite: frozenset[str]


@pytest.fixture(scope="module")
def reviews() -> dict[str, Review]:
    from tutor import nlp

    out = {}
    for article, facts, doc in generated_lessons(ARTICLES, seed=1):
        out[Path(article.path).stem] = Review(
            Lesson(article.body, facts, doc["items"]),
            facts.published or "",
            _finite(nlp, article.body),
        )
    return out


def _texts(item: dict) -> list[str]:
    texts = [str(item.get(k, "")) for k in ("prompt", "statement")]
    return texts + [str(e["text"]) for e in item.get("events", [])]


_OPENER = r"(?:^|est-ce qu(?:e\s+|['’])|^(?:Quand|Depuis quand|À partir de quand)\s+)"
_POSSESSIVE_SUBJECT = re.compile(rf"{_OPENER}(?:sa|son|ses|leur|leurs)\s", re.IGNORECASE)
_DEMONSTRATIVE_SUBJECT = re.compile(rf"{_OPENER}(?:ce|cet|cette|ces)\s+([\w'’-]+)", re.I)
_OBJECT_PRONOUN = re.compile(
    r"\b(?:doit|doivent|va|vont|peut|peuvent|veut|veulent)(?:-t-(?:il|elle)s?|-(?:il|elle)s?)?"
    r"\s+(?:la|le|les|lui|leur|l['’])\s*[^\W\d_]+(?:er|ir|re)\b"
)


def pointing_faults(item: dict) -> list[str]:
    """A subject opened by a possessive, a demonstrative before a person, an object pronoun."""
    if item["type"] not in ("date", "chronology", "true_false"):
        return []
    problems = []
    for text in _texts(item):
        demonstrative = _DEMONSTRATIVE_SUBJECT.search(text)
        if _POSSESSIVE_SUBJECT.search(text):
            problems.append(f"a possessive subject: {text!r}")
        if demonstrative and is_person(shipped_glossary(), *[demonstrative.group(1)] * 2):
            problems.append(f"a demonstrative for a person: {text!r}")
        if _OBJECT_PRONOUN.search(text):
            problems.append(f"an object pronoun: {text!r}")
    return problems


def date_faults(item: dict, published: str) -> list[str]:
    """A date moved onto another verb; a false start after the article's year."""
    problems = []
    for text in _texts(item):
        if re.search(r"\ben poste,", text) or re.search(r"accusations de \w+ en \w* ?\d{4}", text):
            problems.append(f"a date moved onto another verb: {text!r}")
    if item["type"] == "true_false" and item["answer"] is False:
        for year in re.findall(r"\bdepuis (\d{4})\b", str(item["statement"])):
            if published and int(year) > int(published[:4]):
                problems.append(f"a start after the article: {item['statement']!r}")
    return problems


def figure_faults(item: dict) -> list[str]:
    """A share over 100 %; a number ending a name."""
    prompt = str(item.get("prompt", ""))
    if not str(item["id"]).startswith("nombre"):
        return []
    problems = []
    if "___ %" in prompt and float(str(item["answer"]).replace(" ", "")) <= 100:
        over = [o for o in item["options"] if float(str(o).replace(" ", "")) > 100]
        problems += [f"a share of {o} %" for o in over]
    if re.search(r"[a-zé,]\s[A-ZÀ-Þ][\w'’-]+\s___", prompt):
        problems.append(f"a number ending a name: {prompt!r}")
    return problems


_FEMININE_ENDINGS = ("ée", "ète", "trice", "euse", "ière", "esse", "ffe", "ente", "ante")


def wording_faults(item: dict) -> list[str]:
    """A feedback denying a place; an acronym in lower case; "Le déléguée"."""
    problems = []
    if "ne dit pas où ni devant qui" in str(item.get("feedback", "")):
        problems.append("a feedback that denies a place the sentence may give")
    if re.search(r"\b(?:le|la|l['’])\s?(?:pdg|drh|dg)\b", str(item.get("hint", ""))):
        problems.append(f"an acronym in lower case: {item['hint']!r}")
    for option in item.get("options", []) if str(item["id"]).startswith("qui-est") else []:
        words = str(option).split()
        if len(words) > 1 and words[0] == "Le":
            noun = words[1].lower()
            if role_gender(noun) == "Fem" or noun.endswith(_FEMININE_ENDINGS):
                problems.append(f"a woman's role under 'Le': {option!r}")
    return problems


_BARE_QUOTATION = re.compile(r"«\s*(?:[\w'’]+\s+)?___\s*»")


def cloze_faults(item: dict) -> list[str]:
    """A second person for a person's gap ("La ___ coordonne": cheffe beside sage-femme) or by a
    full name; a bank for a bare quotation; an adjective's gap."""
    if item["type"] != "cloze":
        return []
    text = str(item["text"])
    problems = []
    if re.search(r"\bgénéral(?:e|es|aux)?\s+___", text):
        problems.append(f"a noun used as an adjective: {text!r}")
    if not item.get("bank"):
        return problems
    before, _, after = text.partition("___")
    answer = str(item["answer"])
    if person_slot(before, after) or is_person(shipped_glossary(), answer, answer):
        persons = [
            w
            for w in item["bank"]
            if w != item["answer"] and is_person(shipped_glossary(), str(w), str(w))
        ]
        problems += [f"another person in the bank: '{w}'" for w in persons]
    if _BARE_QUOTATION.search(text):
        problems.append(f"a bank for a bare quotation: {text!r}")
    return problems


_WRONG_SENSES = {
    "accord-salaires-mecanord": {"opérateur": "Une entreprise qui fournit"},
    "ordination-eveque-perigueux": {
        "recteur": "Le responsable de l'Éducation",
        "pasteur": "Un responsable religieux protestant",
    },
    "plagiat-universite-montpellier": {"rapporteur": "Le membre d'une assemblée"},
    "proces-appel-gymnase-pau": {
        "instance": "Une autorité ou un organisme",
        "suspension": "L'interdiction de jouer",
    },
}
"""Per article, a term and the start of the definition of the sense the article does not mean."""


def sense_faults(stem: str, item: dict) -> list[str]:
    wrong = _WRONG_SENSES.get(stem, {})
    shown: list[tuple[str, str]] = []
    if item["type"] == "terms":
        shown = [(str(p["term"]), str(p["definition"])) for p in item["pairs"]]
    elif item["type"] == "cloze":
        lemma = str(item["id"]).split("-", 1)[1]
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


def review_faults(stem: str, item: dict, published: str) -> list[str]:
    """Every fault class of the fourth review, for one item."""
    return [
        *pointing_faults(item),
        *date_faults(item, published),
        *figure_faults(item),
        *wording_faults(item),
        *cloze_faults(item),
        *sense_faults(stem, item),
    ]


def test_the_review_lessons_have_none_of_the_broken_shapes(reviews) -> None:
    broken = []
    for stem, review in reviews.items():
        lesson = review.lesson
        for item in lesson.items:
            problems = review_faults(stem, item, review.published)
            problems += lesson_faults(item, lesson)
            broken += [f"{stem} [{item['id']}]: {p}" for p in problems]
    assert broken == [], "\n".join(broken)
    assert len(reviews) == 8


def test_every_review_lesson_keeps_a_full_lesson(reviews) -> None:
    """The fixes refuse items rather than repair them: each lesson must still train speakers
    and words, with at least fifteen items."""
    items = {stem: review.lesson.items for stem, review in reviews.items()}
    assert thin_lessons(items, 15, {"comprehension", "dates", "speakers", "vocabulary"}) == []
    assert sum(len(r.lesson.items) for r in reviews.values()) >= 145


def test_the_guard_sees_the_shapes_it_is_meant_to_see() -> None:
    """Items generated from the eight articles before the fixes."""
    for prompt in (
        "Quand est-ce que sa déléguée, Fatima Zeroual, a proposé le compromis sur la prime ?",
        "Depuis quand est-ce que cette économiste formée à Paris dirigeait la Banque roumaine "
        "de développement ?",
        "À partir de quand Laurent Brossard doit-il la rencontrer ?",
    ):
        assert pointing_faults({"type": "date", "prompt": prompt}), prompt
    moved = "Depuis quand est-ce que l'ancien ministre, en poste, paie ses désaccords publics ?"
    assert date_faults({"type": "date", "prompt": moved}, "2025-10-28")
    future = {
        "type": "true_false",
        "answer": False,
        "statement": "La sage-femme coordonne depuis 2026 le parcours des patientes.",
    }
    assert date_faults(future, "2025-09-23")
    share = {
        "id": "nombre-54",
        "prompt": "« … qui détient encore ___ % du capital … »",
        "options": ["108", "162", "54", "27"],
        "answer": "54",
    }
    name = {
        "id": "nombre-3",
        "prompt": "« L'université Paul-Valéry Montpellier ___ a saisi mardi … »",
        "options": ["9", "2", "3", "6"],
        "answer": "3",
    }
    assert len(figure_faults(share)) == 2 and figure_faults(name)
    feedback = "On ne sait pas : … mais il ne dit pas où ni devant qui."
    assert wording_faults({"id": "vrai-faux-x", "feedback": feedback})
    assert wording_faults({"id": "qui-a-dit-x", "hint": "Cette personne est le pdg."})
    options = ["Le déléguée de la CFDT", "Le directeur du site", "Le maire de Montbéliard"]
    assert len(wording_faults({"id": "qui-est-x", "options": options})) == 1
    pivot = {
        "type": "cloze",
        "text": "Le ___ Yohan Mbala s'est montré plus nuancé.",
        "answer": "pivot",
        "bank": ["capitaine", "budget", "pivot", "successeur"],
    }
    bare = {
        "type": "cloze",
        "text": "Le Pr Henri Castaing avait salué « une ___ ».",
        "answer": "aventure collective",
        "bank": ["aventure collective", "liste d'attente", "greffe d'utérus"],
    }
    adjective = {
        "type": "cloze",
        "text": "La quadragénaire, jusqu'ici directrice générale ___ chargée des finances …",
        "answer": "déléguée",
        "bank": ["présidence", "commune", "déléguée", "nomination"],
    }
    midwife = {
        "type": "cloze",
        "text": "La ___ coordonne depuis 2023 le parcours des patientes.",
        "answer": "sage-femme",
        "bank": ["dizaine", "sage-femme", "gynécologie", "cheffe"],
    }
    assert len(cloze_faults(pivot)) == 2 and cloze_faults(bare) and cloze_faults(adjective)
    assert cloze_faults(midwife)
    terms = {
        "type": "terms",
        "pairs": [{"term": "recteur", "definition": "Le responsable de l'Éducation nationale."}],
    }
    assert sense_faults("ordination-eveque-perigueux", terms)
    hint = {"type": "cloze", "id": "mot-instance", "hint": "Une autorité ou un organisme …"}
    assert sense_faults("proces-appel-gymnase-pau", hint)
