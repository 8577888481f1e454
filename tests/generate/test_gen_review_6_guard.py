"""A guard over the lessons of the eight articles of the sixth blind review
(tests/generate/data/review_6/*.txt), generated with seed 0 as `tutor generate` does and read
item by item before any fix (tests/generate/data/review_6/README.md); the sentence tests of
each fix are in test_gen_review_6.py.

Each check below is a fault that review found, with the item it failed on before the fix:

- French: "Relisez ces mots de Éric Le Floch", "… de Agnès Fournier"; a model summary "1 800
  Hectares brûlés …"; summary keywords accepting "hôpitals" or "La" (of "La FCPE");
- dates: "… pour la pollution du Rhône le 12 juillet 2021" said not given when the article
  gives "du 13 au 14 juillet 2021"; "n'avait pas connu un incendie aussi important depuis 2021"
  (false, still true of none since 2019); "Quand le feu est-il parti vers 15 heures ?"; "Quand
  les affaires culturelles (DRAC) ont-elles été présentées à Dijon ?" (the analyses were);
  "probablement des années ___" asked as a count (1340, 670, 4 020, 2 680);
- a statement out of context: "Agnès Fournier a dit à la radio que leur état est …";
- banks: adjectives for "Les élèves de ___" (sixième); "Le mot commence par « c » et a 4
  lettres." for "cuve" beside "cour";
- glossary senses: "brevet" (a patent, for the exam), "fédération" (of a sport, for parents),
  "exigence" (a demand, for high standards), "rescapé" (of a disaster, for a breakaway),
  "montée" (a club's promotion, for a climb), "maillot jaune" (of the Tour de France, in
  Paris-Nice), "restaurateur" (of a restaurant, for frescoes).

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
    infinitive_gap,
    is_infinitive,
    share_faults,
    start_faults,
)
from test_gen_review_guard import lesson_faults, thin_lessons

from tutor.generate import french
from tutor.generate.bank_words import used_as_noun
from tutor.generate.lexicon import Lexicon, article_lexicon

pytestmark = pytest.mark.slow

ARTICLES = ROOT / "tests" / "generate" / "data" / "review_6"


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
    texts = [str(item.get(k, "")) for k in ("prompt", "statement", "hint", "text")]
    return texts + [str(e["text"]) for e in item.get("events", [])]


_UNELIDED = re.compile(r"\b(?:de|que) [AEIOUÉÈÊÀÂÎÔÛ][a-zéèêàâîôûç]")


def sixth_french_faults(item: dict) -> list[str]:
    """ "de Éric", a capital after a figure in a model summary, keywords accepting "hôpitals"
    or "La"."""
    problems = [f"no elision: {t!r}" for t in _texts(item) if _UNELIDED.search(t)]
    if item["type"] != "open":
        return problems
    if re.match(r"\d[\d \u00a0]*\s+[A-ZÉ]", str(item.get("model_answer", ""))):
        problems.append(f"a capital after a figure: {item['model_answer']!r}")
    for key in item.get("keywords", []):
        for form in key.get("accept", []):
            if re.search(r"als$", form) and not re.search(r"(?:festival|carnaval|bal)s$", form):
                problems.append(f"a plural 'als': {form!r}")
            if all(french.fold(w) in french.STOPWORDS for w in form.split()):
                problems.append(f"a keyword of small words: {form!r}")
    return problems


_DAY_OF = re.compile(rf"\b(\d{{1,2}})(?:er)? ({'|'.join(french.MONTHS)}) (\d{{4}})\b")


_WEEKDAY = re.compile(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b")


def sixth_date_faults(item: dict, body: str) -> list[str]:
    """A not-given day the article gives elsewhere, a false start later than the true one, a
    clock time in a question about when, the analyses' presentation pinned on "affaires
    culturelles", an old year asked as a count."""
    problems = []
    statement, prompt = str(item.get("statement", "")), str(item.get("prompt", ""))
    if item["type"] == "true_false" and item["answer"] == "not_given":
        for _, month, year in _DAY_OF.findall(statement):
            if re.search(rf"\b\d{{1,2}}(?:er)? (?:au \d{{1,2}} )?{month} {year}\b", body):
                problems.append(f"a day the article gives: {statement!r}")
    if item["type"] == "true_false" and item["answer"] is False:
        said = re.search(r"\bdepuis (\d{4})\b", statement)
        true = re.search(r"\bdepuis (\d{4})\b", str(item.get("evidence", "")))
        if said and true and int(said.group(1)) > int(true.group(1)):
            problems.append(f"a false start after the true one: {statement!r}")
    dated = str(item.get("feedback", "")).startswith(
        ("Faux : d'après", "On ne sait pas : l'article dit")
    )
    if dated and _WEEKDAY.search(statement) and re.search(r"\b\d{4}\b", statement):
        problems.append(f"a weekday beside the changed date: {statement!r}")
    if item["type"] == "date" and re.search(r"\b(?:vers|à) \d{1,2} ?(?:h|heures)\b", prompt):
        problems.append(f"a clock time in a question: {prompt!r}")
    for text in _texts(item):
        if "affaires culturelles" in text and "présentées" in text:
            problems.append(f"a participle pinned on the wrong noun: {text!r}")
    if str(item["id"]).startswith("nombre") and re.search(r"\b(?:années|vers) ___", prompt):
        problems.append(f"a year asked as a count: {prompt!r}")
    return problems


def context_faults(item: dict) -> list[str]:
    """A reported clause opening on "leur", whose owner the statement does not name."""
    statement = str(item.get("statement", ""))
    if item["type"] == "true_false" and re.search(
        r"^(?:Selon [^,]+, |[^:«]* a dit [^:«]* que )leurs?\b", statement
    ):
        return [f"'leur' out of context: {statement!r}"]
    return []


_NOUN_SLOT = re.compile(r"(?:^|\s)(?:le|la|les|l'|un|une|des|du|de|d')\s*$", re.IGNORECASE)


_ARTICLES = r"(?:le|la|les|l'|un|une|des|du|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs)"


def _after_article(body: str, word: str) -> bool:
    """Whether the article writes the word after an article ("le dossier"): a noun, whatever
    its ending; "de" is left out, for it comes before infinitives too ("de blanchir")."""
    pattern = rf"(?<![\w'’]){_ARTICLES}\s*{re.escape(word)}\b"
    return re.search(pattern, body.replace("’", "'"), re.IGNORECASE) is not None


def sixth_bank_faults(item: dict, body: str) -> list[str]:
    """Adjectives banked for a gap that takes a noun, and anything but infinitives for a gap
    after "de" that takes an infinitive ("à la mode de ___ les murs": blanchir); a letters hint
    that fits another word of the bank."""
    if item["type"] != "cloze" or not item.get("bank"):
        return []
    problems = []
    before, _, after = str(item["text"]).partition("___")
    others = [str(w) for w in item["bank"] if w != item["answer"]]
    following = re.match(r"\s+([^\W\d_][\w'-]*)", after)
    noun_after = following is not None and used_as_noun(body, following.group(1))
    if _NOUN_SLOT.search(before) and infinitive_gap(item):
        problems += [
            f"'{w}' is no infinitive for 'de ___'"
            for w in others
            if not is_infinitive(w) or _after_article(body, w)
        ]
    elif _NOUN_SLOT.search(before) and not noun_after:
        problems += [f"'{w}' is no noun for 'de ___'" for w in others if not used_as_noun(body, w)]
    hint = re.match(r"Le mot commence par « (\w+) » et a (\d+) lettres", str(item.get("hint")))
    if hint:
        problems += [
            f"the hint fits '{w}' too"
            for w in others
            if w.startswith(hint.group(1)) and sum(c.isalpha() for c in w) == int(hint.group(2))
        ]
    return problems


_WRONG_SENSES = {
    "reforme-notes-sixieme": {
        "brevet": "Un document officiel qui protège une invention",
        "fédération": "L'organisation qui dirige un sport",
        "exigence": "Ce qu'on demande fermement.",
    },
    "cyclisme-paris-nice": {
        "rescapé": "Une personne qui a échappé à la mort",
        "montée": "Le passage d'un club",
        "maillot jaune": "Le maillot porté par le premier au classement du Tour de France.",
    },
    "fresques-eglise-bourgogne": {"restaurateur": "Une personne qui tient un restaurant"},
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
        if term in wrong
        and (
            definition == wrong[term]
            if wrong[term].endswith(".")
            else definition.startswith(wrong[term])
        )
    ]


def test_the_review_lessons_have_none_of_the_broken_shapes(lessons) -> None:
    broken = []
    for stem, (lesson, published, lexicon) in lessons.items():
        for item in lesson.items:
            problems = sixth_french_faults(item) + sixth_date_faults(item, lesson.body)
            problems += context_faults(item) + sixth_bank_faults(item, lesson.body)
            problems += sense_faults(stem, item)
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
    items = {stem: lesson.items for stem, (lesson, _, _) in lessons.items()}
    assert thin_lessons(items, 15, {"comprehension", "speakers", "vocabulary"}) == []
    assert sum(len(lesson.items) for lesson, _, _ in lessons.values()) >= 150


def test_the_guard_sees_the_shapes_it_is_meant_to_see() -> None:
    """Items of the eight lessons before the fixes."""
    assert sixth_french_faults(
        {"type": "open", "prompt": "Relisez ces mots de Éric Le Floch : « On lui … »."}
    )
    assert sixth_french_faults(
        {"type": "open", "model_answer": "1 800 Hectares brûlés dans la garrigue."}
    )
    assert sixth_french_faults(
        {"type": "open", "keywords": [{"word": "hôpital", "accept": ["hôpitals"]}]}
    )
    assert sixth_french_faults(
        {"type": "open", "keywords": [{"word": "La FCPE", "accept": ["La"]}]}
    )
    body = (
        "La pollution date de juillet 2021. Dans la nuit du 13 au 14 juillet 2021, la cuve a fui."
    )
    assert sixth_date_faults(
        {
            "id": "vrai-faux-x",
            "type": "true_false",
            "answer": "not_given",
            "statement": "La société a été condamnée pour la pollution le 12 juillet 2021.",
        },
        body,
    )
    assert sixth_date_faults(
        {
            "id": "vrai-faux-y",
            "type": "true_false",
            "answer": False,
            "statement": "Le département n'avait pas connu un tel incendie depuis 2021.",
            "evidence": "Le département n'avait pas connu un tel incendie depuis 2019.",
        },
        body,
    )
    assert sixth_date_faults(
        {
            "id": "date-mardi",
            "type": "date",
            "prompt": "Quand le feu est-il parti vers 15 heures ?",
        },
        body,
    )
    assert sixth_date_faults(
        {
            "id": "nombre-1340",
            "type": "choice",
            "prompt": "Quel nombre manque ? « Elles datent probablement des années ___. »",
        },
        body,
    )
    assert context_faults(
        {
            "type": "true_false",
            "statement": "Agnès Fournier a dit à la radio que leur état est « exceptionnel ».",
        }
    )
    body = "Les familles recevront un bulletin lisible. Le niveau satisfaisant remplace la note."
    assert sixth_bank_faults(
        {
            "type": "cloze",
            "text": "Les élèves de ___ n'auront plus de notes sur 20.",
            "answer": "sixième",
            "bank": ["lisible", "satisfaisant", "sixième"],
            "hint": "Le mot commence par « s » et a 7 lettres.",
        },
        body,
    )
    assert sixth_bank_faults(
        {
            "type": "cloze",
            "text": "Dans la nuit, une ___ de l'usine avait fui.",
            "answer": "cuve",
            "bank": ["cuve", "région", "amende", "cour"],
            "hint": "Le mot commence par « c » et a 4 lettres.",
        },
        "La cour a jugé. La région paie. Une amende tombe. La cuve fuit.",
    )


def test_the_guard_tells_an_infinitive_gap_after_de_from_a_noun_gap() -> None:
    """ "quand il était à la mode de ___ les murs des églises" (blanchir) takes a verb: the
    article's other infinitives are the right bank there (fresques-eglise-bourgogne, with the
    learned key-term order), a noun is not."""
    body = (
        "J'ai arrêté de respirer. Le maire a fait suspendre les travaux. Il était à la mode "
        "de blanchir les murs. Le dossier est ouvert."
    )
    item = {
        "type": "cloze",
        "text": "Il était à la mode de ___ les murs.",
        "answer": "blanchir",
        "answer_pos": "verb",
        "bank": ["blanchir", "respirer", "suspendre"],
    }
    assert sixth_bank_faults(item, body) == []
    assert fifth_bank_faults(item, body, Lexicon()) == []
    with_noun = {**item, "bank": ["blanchir", "respirer", "dossier"]}
    assert sixth_bank_faults(with_noun, body) == ["'dossier' is no infinitive for 'de ___'"]
    # a noun's gap after "de" still takes nouns only
    noun = {**item, "text": "Il a parlé de ___.", "answer": "dossier", "answer_pos": "noun"}
    assert sixth_bank_faults({**noun, "bank": ["dossier", "suspendre"]}, body)
    assert sense_faults(
        "fresques-eglise-bourgogne",
        {
            "type": "terms",
            "pairs": [
                {"term": "restaurateur", "definition": "Une personne qui tient un restaurant."}
            ],
        },
    )
