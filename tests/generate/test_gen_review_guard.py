"""A guard over the lessons of the eight review articles (tests/generate/data/review_articles),
written blind and read item by item in session 8 before any fix; see the folder's README for the
counts.

The guards of the 49 corpus lessons run over them too (dated French, comprehension shapes), and
each check below is a fault that review found, with the item it failed on before the fix:

- a clause cut away from its verb: "Gérard et Monique Lafarge en 1989.", "Quand est-ce que le
  fabricant français Cyclavia, basé à Romilly-sur-Seine ?", the event "La chanteuse Inès
  Belkacem.";
- a date put at the end of a statement whose words followed it in the article: "… pour savoir
  si les adolescents gardent une tension élevée à l'âge adulte jusqu'en 2027", "… pour un mandat
  de cinq ans le 25 janvier", "… contre 3,1 % l'an dernier en décembre 2028", "Cyclavia a perdu
  11,2 % jeudi à la Bourse de Paris en 2025" (2019 dated "son introduction");
- a wrong date on the other side of the article's day: a concert to come "le 12 mai 1936";
- a question about the date of a speech incise: "Quand est-ce que sa première visite … pourrait
  la conduire à Madrid, a indiqué son entourage ?";
- a duration asked of an adverb: "Combien de temps dure l'équivalent de près ?";
- the object of a verb asked as a passive: "Quand le retour a-t-il été remarqué …" (from "elle
  avait fait un retour remarqué en 2004");
- an event whose verb lost its object: "Les chercheurs de l'Inserm … ont suivi.";
- two persons in one bank: "Robert Faure, ___ à la retraite": agriculteur / menuisier;
- a verb among nouns in a bank: "et ___ le système nerveux": dérègle / déficit / week-end;
- a made-up number written otherwise than the article's ("1300" beside "1 800"), and a road's
  number offered as a quantity ("931" of "la route départementale 931");
- summary keywords that miss who the title names (Maëlle Dubreuil, Cyclavia) or are verb forms
  ("arrache", "ravage"), an opinion keyword "voulais".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from gold_facts import ROOT, generated_lessons
from test_gen_comprehension_guard import Lesson
from test_gen_comprehension_guard import _comprehension as comprehension_of
from test_gen_comprehension_guard import _problems as comprehension_problems
from test_gen_dated_guard import _problems as dated_problems
from test_gen_dated_guard import _texts as dated_texts

from tutor.facts import ArticleFacts
from tutor.generate import bank_words
from tutor.generate.french import fold, wordset
from tutor.glossary_files import shipped_glossary

pytestmark = pytest.mark.slow

REVIEW = ROOT / "tests" / "generate" / "data" / "review_articles"


@dataclass(frozen=True)
class Review:
    """A lesson with what the checks need: the title, and the forms the tagger read as finite
    verbs in the article and in its title."""

    lesson: Lesson
    title: str
    published: str
    finite: frozenset[str]
    title_finite: frozenset[str]


@pytest.fixture(scope="module")
def reviews() -> dict[str, Review]:
    from tutor import nlp

    out = {}
    for article, facts, doc in generated_lessons(REVIEW, seed=0):
        lesson = Lesson(article.body, facts, doc["items"])
        out[Path(article.path).stem] = Review(
            lesson,
            article.title,
            facts.published or "",
            _finite(nlp, article.body),
            _finite(nlp, article.title),
        )
    return out


def _finite(nlp, text: str) -> frozenset[str]:
    return frozenset(
        t.text.lower()
        for t in nlp.analyse(text, nlp.load())
        if "Fin" in t.morph.get("VerbForm") and t.text.islower()
    )


_VERBS = wordset(
    """a ont avait avaient est sont était étaient sera seront doit doivent peut peuvent va vont
    serait seraient aurait auraient date datent dure durent durera emploie emploient"""
)
"""Auxiliaries, and the verbs of the question and statement templates ("De quand date la loi
?", "Jasmine Carter emploie les mots « … »")."""


def verbless(text: str, finite: frozenset[str]) -> bool:
    """A statement, question or event with no conjugated verb: the article's tagger read none
    of its words as one, and none is an auxiliary."""
    body = re.sub(r"^(?:Quand|Depuis quand|Jusqu'à quand)(?: est-ce qu(?:e |'))?", "", text)
    words = [w.lower() for w in re.split(r"[\s'’,.?!:;«»()-]+", body) if w]
    return not any(w in _VERBS or w in finite for w in words)


_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_DATE_PHRASE = re.compile(
    rf"(?:\s+(?:le|en|au|jusqu'en|depuis|dès|d'ici à))?\s+(?:(?:1er|\d{{1,2}})\s+(?:{_MONTHS})"
    rf"(?:\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{4}}|\d{{4}})(?=[\s,.])"
)


def _word_before(text: str, at: int) -> str:
    words = re.findall(r"[\w%']+", text[:at])
    return fold(words[-1]) if words else ""


def misplaced_date(item: dict, facts: ArticleFacts) -> list[str]:
    """A date statement whose date follows another word than any date of its sentence did:
    "… à l'âge adulte jusqu'en 2027" where the article wrote "le suivi des participants jusqu'en
    2030, pour savoir …". A date that opened its sentence may close the statement."""
    if item["type"] != "true_false":
        return []
    statement, evidence = str(item["statement"]), str(item["evidence"])
    dates = [d for d in facts.dates if d.sentence == evidence and re.search(r"\d", d.text)]
    found = list(_DATE_PHRASE.finditer(statement))
    if not dates or not found:
        return []
    phrase = found[-1]
    before = _word_before(statement, phrase.start())
    places = set()
    for date in dates:
        at = evidence.find(date.text)
        head = re.sub(r"(?:\s+(?:le|en|au|jusqu'en|depuis|dès|d'ici à))?\s*$", "", evidence[:at])
        places.add(_word_before(evidence, len(head)) if head.strip(" ,.–-") else "")
    at_end = phrase.end() >= len(statement.rstrip(". "))
    if before in places or (at_end and ("" in places or before == "lieu")):
        return []  # "L'ouverture de la station a eu lieu en 1985": an event noun's template
    return [f"the date follows '{before}', no date of the sentence did"]


def date_across_the_day(item: dict, facts: ArticleFacts, published: str) -> list[str]:
    """A false statement giving a date on the other side of the article's day than the true
    one: a concert "prévu … le 12 mai 1936"."""
    match = re.match(r"Faux : d'après l'article, c'est (.+), pas (.+)\.$", str(item["feedback"]))
    if item["type"] != "true_false" or match is None or not published:
        return []
    values = {}
    for side, phrase in (("true", match[1]), ("wrong", match[2])):
        bare = re.sub(r"^(?:le|en|au)\s+", "", phrase)
        fact = next((d for d in facts.dates if fold(d.text) == fold(bare)), None)
        if fact is None or not re.match(r"\d{4}", fact.value):
            return []
        values[side] = fact.value
    sides = {side: _side(value, published) for side, value in values.items()}
    if 0 not in sides.values() and sides["true"] != sides["wrong"]:
        return [f"'{match[2]}' is on the other side of the article's day from '{match[1]}'"]
    return []


def _side(value: str, published: str) -> int:
    """-1 before the article's day, 1 after, 0 when they overlap ("2026" and "2026-02-22")."""
    common = min(len(value), len(published))
    return (value[:common] > published[:common]) - (value[:common] < published[:common])


_INCISE_QUESTION = re.compile(
    r",\s+(?:a|ont|avait|avaient)\s+[^\W\d_]+\s+(?:son|sa|ses|leur|leurs|le|la|les|l')\b[^,]*\?$"
)
_ADVERB_MEASURED = re.compile(r"\b(?:près|plus|moins|environ)\s*\?$")
_PASSIVE_QUESTION = re.compile(r"^Quand (?:le|la|l['’])\s*([^\W\d_]+) a-t-(?:il|elle) été (\w+)")


def dated_faults(item: dict, finite: frozenset[str]) -> list[str]:
    """The dated shapes of the review in a date question, statement or chronology event."""
    problems = []
    evidence = str(item.get("evidence", ""))
    texts = [str(item["statement"])] if item["type"] == "true_false" else []
    if item["type"] == "date":
        texts.append(str(item["prompt"]))
    if item["type"] == "chronology":
        texts += [str(e["text"]) for e in item["events"]]
    for text in texts:
        if verbless(text, finite):
            problems.append(f"no verb: {text!r}")
        if _INCISE_QUESTION.search(text):
            problems.append(f"the date of a speech incise: {text!r}")
        if _ADVERB_MEASURED.search(text):
            problems.append(f"a duration of an adverb: {text!r}")
        passive = _PASSIVE_QUESTION.match(text)
        if passive and re.search(
            rf"(?<!dans )(?<!par )(?<!sur )(?<!avec )\b(?:un|une|des)\s+{passive[1]}\s+"
            rf"{passive[2]}\b",
            evidence,
            re.IGNORECASE,
        ):
            problems.append(f"the object of a verb asked as a passive: {text!r}")
    if item["type"] == "chronology":
        for event in item["events"]:
            bare = re.search(r"\b(?:a|ont|avait|avaient)\s+([^\W\d_]+)\.$", str(event["text"]))
            if bare and bare[1] != "été":
                sentence = str(event.get("evidence", "")) or evidence
                if re.search(rf"\b{bare[1]}\s+[\w\d]", sentence):
                    problems.append(f"a verb without its object: {event['text']!r}")
    return problems


_DETERMINER_AFTER = re.compile(r"^\s+(?:le|la|les|l['’]|un|une|des|son|sa|ses)\b")


def thin_lessons(items_by_lesson: dict[str, list[dict]], least: int, skills: set[str]) -> list:
    """The lessons a review's fixes left too thin: fewer than `least` items, or without one
    of `skills`. The fixes refuse items rather than repair them, so every review guard checks
    that each lesson still trains what it should."""
    return [
        (stem, len(items), sorted({i["skill"] for i in items}))
        for stem, items in items_by_lesson.items()
        if len(items) < least or not skills <= {i["skill"] for i in items}
    ]


def lesson_faults(item: dict, lesson: Lesson) -> list[str]:
    """What every review guard checks of an item beyond its own review's faults: a word bank,
    a number, a comprehension item, a dated text."""
    problems = bank_faults(item, lesson.body) + number_faults(item)
    if item in comprehension_of(lesson.items):
        problems += comprehension_problems(item, lesson)
    problems += [
        f"{kind}: {', '.join(found)}"
        for kind, text in dated_texts([item])
        if (found := dated_problems(kind, text))
    ]
    return problems


def bank_faults(item: dict, body: str) -> list[str]:
    """Two persons in one bank; a "noun" the article uses as a verb among nouns."""
    if item["type"] != "cloze" or not item.get("bank"):
        return []
    glossary = shipped_glossary()
    problems = []
    answer = str(item["answer"])
    others = [str(w) for w in item["bank"] if w != answer]
    if bank_words.is_person(glossary, answer, answer):
        persons = [w for w in others if bank_words.is_person(glossary, w, w)]
        if persons:
            problems.append(f"persons with '{answer}': {persons}")
    after = str(item["text"]).split("___", 1)[1]
    if _DETERMINER_AFTER.match(after) and not bank_words.used_as_noun(body, answer):
        problems.append(f"'{answer}' is followed by a determiner: a verb among nouns")
    return problems


def number_faults(item: dict) -> list[str]:
    """Options of one number item written two ways ("1300" beside "1 800"); a number that
    names a road ("la route départementale ___") asked as a quantity."""
    if not str(item["id"]).startswith("nombre"):
        return []
    problems = []
    long = [str(o) for o in item["options"] if len(re.sub(r"\D", "", str(o))) >= 4]
    if len({bool(re.search(r"\d\s\d", o)) for o in long}) > 1:
        problems.append(f"thousands written two ways: {long}")
    if re.search(r"\b(?:départementale|nationale|route|ligne|numéro)\s+___", str(item["prompt"])):
        problems.append("a number that names, not counts")
    return problems


def keyword_faults(
    item: dict, facts: ArticleFacts, title: str, finite: frozenset[str]
) -> list[str]:
    """Summary keywords missing who the title names, or keeping a conjugated verb."""
    if item["type"] != "open":
        return []
    words = [str(k["word"]) for k in item["keywords"]]
    problems = [f"the verb form '{w}' as a keyword" for w in words if w.lower() in finite]
    if str(item["id"]).startswith("resume"):
        titled = [p.name for p in facts.people if p.name in title]
        if titled and not set(titled) & set(words):
            problems.append(f"none of {titled}, named by the title")
    return problems


def test_the_review_lessons_have_none_of_the_broken_shapes(reviews) -> None:
    broken = []
    for stem, review in reviews.items():
        lesson = review.lesson
        finite = review.finite | review.title_finite
        for item in lesson.items:
            problems = [
                *dated_faults(item, review.finite),
                *misplaced_date(item, lesson.facts),
                *date_across_the_day(item, lesson.facts, review.published),
                *keyword_faults(item, lesson.facts, review.title, finite),
            ]
            problems += lesson_faults(item, lesson)
            broken += [f"{stem} [{item['id']}]: {p}" for p in problems]
    assert broken == []
    assert len(reviews) == 8
    assert sum(len(r.lesson.items) for r in reviews.values()) >= 120


def test_every_review_lesson_keeps_a_full_lesson(reviews) -> None:
    """The fixes refuse items rather than repair them: each lesson must still train dates,
    speakers and words, with at least twelve items."""
    for stem, review in reviews.items():
        items = review.lesson.items
        skills = {i["skill"] for i in items}
        assert len(items) >= 12, (stem, len(items))
        assert {"comprehension", "speakers", "vocabulary"} <= skills, (stem, skills)
    dated = [s for s, r in reviews.items() if any(i["type"] == "date" for i in r.lesson.items)]
    assert len(dated) >= 7, dated


def _statement(text: str, evidence: str, feedback: str = "", answer: object = False) -> dict:
    return {
        "id": "vrai-faux-x",
        "type": "true_false",
        "skill": "comprehension",
        "statement": text,
        "answer": answer,
        "evidence": evidence,
        "feedback": feedback,
    }


def test_the_guard_sees_the_shapes_it_is_meant_to_see() -> None:
    """Items generated from the review articles before the fixes."""
    from tutor.facts import DateFact

    finite = frozenset({"commence", "tenaient", "prennent", "a", "insiste"})
    assert dated_faults(_statement("Gérard et Monique Lafarge en 1989.", ""), finite)
    question = {"type": "date", "prompt": "Quand est-ce que Gérard et Monique Lafarge ?"}
    assert dated_faults(question, finite)
    event = {"type": "chronology", "events": [{"text": "La chanteuse Inès Belkacem."}]}
    assert dated_faults({**event, "evidence": ""}, finite)
    incise = (
        "Quand est-ce que sa première visite officielle à l'étranger pourrait la conduire à "
        "Madrid, a indiqué son entourage ?"
    )
    assert dated_faults({"type": "date", "prompt": incise}, frozenset({"pourrait"}))
    adverb = {"type": "date", "prompt": "Combien de temps dure l'équivalent de près ?"}
    assert dated_faults(adverb, frozenset({"dure"}))
    passive = {
        "type": "date",
        "prompt": "Quand le retour a-t-il été remarqué avec un album ?",
        "evidence": "Elle avait fait un retour remarqué en 2004 avec un album.",
    }
    assert dated_faults(passive, frozenset())
    followed = {
        "type": "chronology",
        "evidence": "Les chercheurs ont suivi pendant quatre ans 4 212 collégiens.",
        "events": [{"text": "Les chercheurs de l'Inserm ont suivi."}],
    }
    assert dated_faults(followed, frozenset())
    evidence = (
        "Les chercheurs bordelais comptent poursuivre le suivi des participants jusqu'en 2030, "
        "pour savoir si les adolescents concernés gardent une tension élevée à l'âge adulte."
    )
    fact = DateFact("2030", "2030", evidence, 0, 4)
    facts = ArticleFacts("x", "x", "2026-11-03", (fact,), (), (), (), ())
    late = evidence.replace(" jusqu'en 2030", "").rstrip(".") + " jusqu'en 2027."
    assert misplaced_date(_statement(late, evidence), facts)
    placed = evidence.replace("2030", "2027")
    assert not misplaced_date(_statement(placed, evidence), facts)
    concert = "Un concert en sa mémoire est prévu au théâtre Molière le 14 mars."
    dates = (
        DateFact("14 mars", "2026-03-14", concert, 0, 7),
        DateFact("12 mai 1936", "1936-05-12", "Née le 12 mai 1936.", 0, 11),
    )
    facts = ArticleFacts("x", "x", "2026-02-22", dates, (), (), (), ())
    wrong = _statement(
        concert.replace("14 mars", "12 mai 1936"),
        concert,
        "Faux : d'après l'article, c'est le 14 mars, pas le 12 mai 1936.",
    )
    assert date_across_the_day(wrong, facts, "2026-02-22")
    bank = {
        "type": "cloze",
        "text": "Robert Faure, ___ à la retraite, avoue avoir hésité.",
        "answer": "agriculteur",
        "bank": ["équilibre", "agriculteur", "menuisier", "comptoir"],
    }
    assert bank_faults(bank, "")
    verb = {
        "type": "cloze",
        "text": "le manque de sommeil stimule le cortisol et ___ le système nerveux.",
        "answer": "dérègle",
        "bank": ["déficit", "week-end", "dérègle", "ministère"],
    }
    assert bank_faults(verb, "et dérègle le système nerveux")
    number = {"id": "nombre-650", "prompt": "plus de ___ interventions"}
    assert number_faults({**number, "options": ["650", "1 800", "1300", "931"]})
    road = {"id": "nombre-931", "prompt": "sur la route départementale ___.", "options": ["931"]}
    assert number_faults(road)
