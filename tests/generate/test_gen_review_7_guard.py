"""A guard over the lessons of the eight articles of the seventh blind review
(tests/generate/data/review_7/*.txt), generated with seed 0 as `tutor generate` does and read
item by item before any fix (tests/generate/data/review_7/README.md); the sentence tests of
each fix are in test_gen_review_7.py.

Each check below is a fault that review found, with the item it failed on before the fix:

- dates: "Quand a eu lieu sa création ?" (whose?); "Quand a eu lieu le sommet ?" -> "jeudi"
  (a summit begun on Thursday and ended on Friday); "Quand a eu lieu la rencontre ?" ->
  "jeudi" (a meeting proposed for the Thursday after the piece); "Quand est-ce que les
  syndicats réclament … ?" -> "d'ici à 2028" (a deadline);
- statements: "… doit atteindre Jupiter quatre ans plus tôt selon la NASA en 2034." (a relative
  time beside the changed year); "… a duré cinq jours et s'était terminé …" (two tenses);
  "Comme elle, plus de 5 000 habitants …" (who?); "Le Fonds … emploie les mots « dans les
  prochains jours »" (a time, no one's words);
- French: "la Gantoise" for the club the article writes "La Gantoise"; "Le libraire à Quimper
  et présidente d'une association …";
- questions out of context: "quelle source indique que chaque journée de grève lui coûte …";
  "Relisez ces mots de Mathilde Le Goff : « qui m'a raconté … »";
- open answers checked for one detail ("télévision", "dix-huit"), or for "Armor" of
  "Armor-Lait";
- a bank with a second right word ("dans l'___ de Thonon-les-Bains": "usine", "entreprise");
- glossary senses: "juré" (of a court, for a literary prize), "directeur général" (of a
  company, for the ESA), "s'opposer" (against someone, for two aims), "rapporter" (a profit,
  for bringing pouches back to the shop).

The shared guards of the earlier reviews run over these lessons too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gold_facts import ROOT, generated_lessons
from test_gen_comprehension_guard import Lesson
from test_gen_review_4_guard import cloze_faults, pointing_faults, wording_faults
from test_gen_review_4_guard import date_faults as fourth_date_faults
from test_gen_review_5_guard import (
    date_faults,
    fifth_bank_faults,
    french_faults,
    share_faults,
    start_faults,
)
from test_gen_review_6_guard import (
    context_faults,
    sixth_bank_faults,
    sixth_date_faults,
    sixth_french_faults,
)
from test_gen_review_guard import lesson_faults, thin_lessons

from tutor.french_numbers import parse_french_number
from tutor.generate import french, plausible
from tutor.generate.lexicon import Lexicon, article_lexicon

pytestmark = pytest.mark.slow

ARTICLES = ROOT / "tests" / "generate" / "data" / "review_7"


@pytest.fixture(scope="module")
def lessons() -> dict[str, tuple[Lesson, str, Lexicon, str]]:
    out = {}
    for article, facts, doc in generated_lessons(ARTICLES, seed=0):
        lesson = Lesson(article.body, facts, doc["items"])
        out[Path(article.path).stem] = (
            lesson,
            facts.published or "",
            article_lexicon(article.body),
            article.title,
        )
    return out


def _texts(item: dict) -> list[str]:
    texts = [str(item.get(k, "")) for k in ("prompt", "statement", "hint", "text", "feedback")]
    texts += [str(o) for o in item.get("options", [])]
    return texts + [str(e["text"]) for e in item.get("events", [])]


_BEGUN = r"(?:commencée?s?|débutée?s?|ouverte?s?|entamée?s?|lancée?s?)"


def seventh_date_faults(item: dict, published: str) -> list[str]:
    """A possessive event, an event begun on the day given, a past event dated after the piece,
    a deadline asked as when a verb happens."""
    if item["type"] != "date":
        return []
    prompt, answer = str(item.get("prompt", "")), str(item.get("answer", ""))
    evidence, value = str(item.get("evidence", "")), str(item.get("value", ""))
    problems = []
    took_place = re.match(r"Quand (?:a|ont) eu lieu (?:l['’]|les? |la )?(.+) \?$", prompt)
    if re.match(r"Quand (?:a|ont) eu lieu (?:sa|son|ses|leurs?) ", prompt):
        problems.append(f"whose event? {prompt!r}")
    if took_place and re.search(
        rf"\b{re.escape(took_place.group(1).split()[0])}\s+{_BEGUN}\s+{re.escape(answer)}",
        evidence,
    ):
        problems.append(f"the day it began, asked as when it took place: {prompt!r}")
    past = re.search(r"\b(?:a|ont)(?:-t-\w+)? (?:eu lieu|\w+é)\b", prompt)
    if past and re.match(r"\d{4}-\d{2}-\d{2}$", value) and published and value > published:
        problems.append(f"a past event after the piece: {prompt!r} -> {value}")
    if answer.startswith("d'ici") and prompt.startswith("Quand"):
        problems.append(f"a deadline asked as when: {prompt!r}")
    return problems


_PLUPERFECT_AFTER_PERFECT = re.compile(
    r"\b(?:a|ont) \w+é\w* .*\bet (?:s['’]était|s['’]étaient|avait|avaient)\b"
)
_ADVERBIAL_WORDS = re.compile(
    r"emploie les mots « (?:dans|en|depuis|pendant|avant|après|dès|d'ici|vers) [^»]{0,40}»"
)


def seventh_statement_faults(item: dict) -> list[str]:
    """A relative time beside a year, two tenses for one story, a pronoun for someone of
    another sentence, a time phrase as someone's words."""
    if item["type"] != "true_false":
        return []
    statement = str(item.get("statement", ""))
    problems = []
    if re.search(r"\bplus (?:tôt|tard)\b", statement) and re.search(r"\b\d{4}\b", statement):
        problems.append(f"a relative time beside a year: {statement!r}")
    if _PLUPERFECT_AFTER_PERFECT.search(statement):
        problems.append(f"perfect then pluperfect: {statement!r}")
    if re.match(r"(?:Comme|Avec|Pour|Selon) (?:elle|lui|eux|elles)\b", statement):
        problems.append(f"a pronoun out of context: {statement!r}")
    if _ADVERBIAL_WORDS.search(statement):
        problems.append(f"a time phrase as someone's words: {statement!r}")
    return problems


def seventh_french_faults(item: dict, body: str) -> list[str]:
    """A name's capital determiner lowered ("la Gantoise"); a masculine article on a woman's
    double role."""
    problems = []
    for text in _texts(item):
        for name in re.findall(r"(?<![\w'])(?:la|le) ([A-ZÀ-Ý][\w-]+)", text):
            if re.search(rf"(?<=[\w,;:] )(?:La|Le) {re.escape(name)}\b", body):
                problems.append(f"the capital of '{name}' lowered: {text!r}")
    for option in item.get("options", []):
        if re.match(r"Le \w+ .*\bet (?:présidente|directrice|fondatrice|responsable)\b", option):
            problems.append(f"a masculine article on a woman's role: {option!r}")
    return problems


def seventh_context_faults(item: dict) -> list[str]:
    """A source question with a pronoun for the firm; words explained from a relative clause."""
    prompt = str(item.get("prompt", ""))
    problems = []
    if str(item["id"]).startswith("source-") and re.search(r"(?<!selon )\blui \w", prompt):
        problems.append(f"'lui' out of context: {prompt!r}")
    if str(item["id"]).startswith("avis-") and re.search(r"« (?:qui|que|dont|où)\b", prompt):
        problems.append(f"words opening on a relative pronoun: {prompt!r}")
    return problems


def seventh_keyword_faults(item: dict, title: str) -> list[str]:
    """What X says checked for one word or a number; a summary keyword cut from a name."""
    if item["type"] != "open":
        return []
    words = [str(k["word"]) for k in item.get("keywords", [])]
    problems = []
    if str(item["id"]).startswith("avis-"):
        if len(words) < 2:
            problems.append(f"one keyword for what is said: {words}")
        problems += [f"a number as keyword: {w!r}" for w in words if parse_french_number(w)]
    for word in words:
        if re.search(rf"(?<![\w-]){re.escape(word)}-\w", title):
            problems.append(f"half of a hyphenated name as keyword: {word!r}")
    model = french.fold(str(item.get("model_answer", "")))
    shown = sum(
        any(french.fold(w) in model for w in (k["word"], *k.get("accept", [])))
        for k in item.get("keywords", [])
    )
    if str(item["id"]).startswith("avis-") and shown < int(item.get("min_keywords", 1)):
        problems.append(f"the model answer misses its own keywords: {words}")
    return problems


def seventh_bank_faults(item: dict, lexicon: Lexicon) -> list[str]:
    """A bank word of the answer's field in a gap that a place's name completes."""
    if item["type"] != "cloze" or not item.get("bank"):
        return []
    before, _, after = str(item["text"]).partition("___")
    if not re.match(r"\s+(?:de|d['’]|du)\s*(?!(?:La|Le|Les)\b)[A-ZÀ-Ý]", after):
        return []
    answer = str(item["answer"])
    return [
        f"'{w}' fits '{before.strip()[-20:]} ___ {after.strip()[:20]}' too"
        for w in item["bank"]
        if w != answer and (lexicon.similarity(answer, w) or 0) >= plausible.OPEN_FRAME_SIMILARITY
    ]


_WRONG_SENSES = {
    "prix-renaudot-le-goff": {"juré": "Un citoyen tiré au sort"},
    "sonde-thalassa-jupiter": {
        "directeur général": "La personne qui dirige une grande entreprise au quotidien.",
        "s'opposer": "Être contre une idée, un projet ou une personne, et agir contre.",
    },
    "rappel-compotes-listeria": {"rapporter": "Donner un bénéfice"},
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


def seventh_faults(stem: str, item: dict, lesson: Lesson, published: str, lexicon, title) -> list:
    problems = seventh_date_faults(item, published) + seventh_statement_faults(item)
    problems += seventh_french_faults(item, lesson.body) + seventh_context_faults(item)
    problems += seventh_keyword_faults(item, title) + seventh_bank_faults(item, lexicon)
    return problems + sense_faults(stem, item)


def test_the_review_lessons_have_none_of_the_broken_shapes(lessons) -> None:
    broken = []
    for stem, (lesson, published, lexicon, title) in lessons.items():
        for item in lesson.items:
            problems = seventh_faults(stem, item, lesson, published, lexicon, title)
            problems += sixth_french_faults(item) + sixth_date_faults(item, lesson.body)
            problems += context_faults(item) + sixth_bank_faults(item, lesson.body)
            problems += french_faults(item) + date_faults(item) + start_faults(item, published)
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
    items = {stem: lesson.items for stem, (lesson, _, _, _) in lessons.items()}
    assert thin_lessons(items, 15, {"comprehension", "speakers", "vocabulary"}) == []
    assert sum(len(lesson.items) for lesson, _, _, _ in lessons.values()) >= 140


def test_the_guard_sees_the_shapes_it_is_meant_to_see() -> None:
    """Items of the eight lessons before the fixes."""
    assert seventh_date_faults(
        {"type": "date", "prompt": "Quand a eu lieu sa création ?", "answer": "en 1926"}, ""
    )
    assert seventh_date_faults(
        {
            "type": "date",
            "prompt": "Quand a eu lieu le sommet ?",
            "answer": "jeudi",
            "evidence": "L'accord a été annoncé au terme d'un sommet commencé jeudi à midi.",
        },
        "2026-06-26",
    )
    assert seventh_date_faults(
        {
            "type": "date",
            "prompt": "Quand a eu lieu la rencontre ?",
            "answer": "jeudi",
            "value": "2026-02-19",
        },
        "2026-02-17",
    )
    assert seventh_date_faults(
        {
            "type": "date",
            "prompt": "Quand est-ce que les syndicats réclament l'embauche de 800 contrôleurs ?",
            "answer": "d'ici à 2028",
        },
        "2026-05-19",
    )
    for statement in (
        "Une sonde américaine doit atteindre Jupiter quatre ans plus tôt selon la NASA en 2034.",
        "Un premier mouvement a duré cinq jours et s'était terminé par une hausse.",
        "Comme elle, plus de 5 000 habitants ont dormi dehors.",
        "Le Fonds de solidarité de l'UE emploie les mots « dans les prochains jours ».",
    ):
        assert seventh_statement_faults({"type": "true_false", "statement": statement})
    assert seventh_french_faults(
        {"type": "true_false", "statement": "Selon Ouest-France, la Gantoise réclamait tout."},
        "De son côté, La Gantoise s'est félicitée.",
    )
    assert seventh_french_faults(
        {
            "type": "choice",
            "options": ["Le libraire à Quimper et présidente d'une association de libraires"],
        },
        "",
    )
    assert seventh_context_faults(
        {
            "id": "source-x",
            "prompt": "D'après l'article, quelle source indique que chaque journée lui coûte ?",
        }
    )
    assert seventh_context_faults(
        {"id": "avis-x", "prompt": "Relisez ces mots de X : « qui m'a raconté … »."}
    )
    assert seventh_keyword_faults(
        {"id": "avis-x", "type": "open", "keywords": [{"word": "dix-huit"}]}, ""
    )
    assert seventh_keyword_faults(
        {
            "id": "avis-marie-helene-cadiou",
            "type": "open",
            "keywords": [{"word": "dettes"}, {"word": "enfants"}],
            "min_keywords": 2,
            "model_answer": "Selon elle, « On travaille sept jours sur sept »",
        },
        "",
    )
    assert seventh_keyword_faults(
        {"id": "resume-article", "type": "open", "keywords": [{"word": "Armor"}]},
        "Des éleveurs bloquent la laiterie Armor-Lait",
    )
    assert sense_faults(
        "prix-renaudot-le-goff",
        {
            "type": "terms",
            "pairs": [{"term": "juré", "definition": "Un citoyen tiré au sort pour juger."}],
        },
    )
