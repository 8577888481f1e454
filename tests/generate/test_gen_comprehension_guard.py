"""A guard over the comprehension items (who said what, vrai / faux / on ne sait pas, number
and role choices) of the shipped lessons and of the 40 articles of the extraction corpora.

Each check is a shape seen broken when those 40 lessons were read (session 6, 81 broken items
of 333, before commits 9d704f0, 8a0fb5a, d320d73); the item named in each docstring is one the
check failed on then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from gold_facts import CONTENT
from test_gen_dated_guard import _corpus_articles

from tutor.content import list_articles, load_article
from tutor.facts import ArticleFacts
from tutor.generate import generate_document
from tutor.generate.french import fold

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Lesson:
    body: str
    facts: ArticleFacts
    items: list[dict]


@pytest.fixture(scope="module")
def lessons() -> dict[str, Lesson]:
    from tutor.extract import extract_many

    paths = list(list_articles(CONTENT)) + _corpus_articles()
    articles = [load_article(p) for p in paths]
    out = {}
    for article, facts in zip(articles, extract_many(articles), strict=True):
        doc = generate_document(article, facts, seed=0, content_dir=article.path.parent)
        out[article.path.stem] = Lesson(article.body, facts, doc["items"])
    return out


def _quoted(text: str) -> list[str]:
    return re.findall(r"«\s*(.*?)\s*»", text)


def _outside_quotes(text: str) -> str:
    return re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", text)


def _speaker_texts(item: dict) -> list[str]:
    """Every text of an item a learner reads as a quotation or a statement."""
    if item["type"] == "true_false":
        return [str(item["statement"])]
    if item["type"] == "speakers":
        return [str(p["quote"]) for p in item["pairs"]]
    if item["type"] == "choice" and item["skill"] == "speakers":
        return [str(item["prompt"])]
    return []


def quotation_punctuation(item: dict) -> list[str]:
    """ "Léa Marchand dit : « … sans avoir de salle. »." (festival-arts-de-la-rue), "Selon
    Bernard Quéméner, les joueurs avaient "leur part de responsabilité." (stade-lavallois),
    "Qui a dit : « … contraint, estime-t-il. » ?" (greve-bus-rennes)."""
    problems = []
    for text in _speaker_texts(item):
        if re.search(r"[.;:,]\s*»", text):
            problems.append("a period before the closing »")
        if text.count("«") != text.count("»") or text.count('"') % 2:
            problems.append("unbalanced quotation marks")
        if re.search(r",\s+[^\W\d_]+-t-(?:il|elle|ils|elles)\b", text):
            problems.append("the article's incise inside the quotation")
    return problems


def question_told_as_claim(item: dict) -> list[str]:
    """ "Françoise Delmas a dit … : « Vous l'aviez entre les mains, ce rapport »." and "Qui a
    dit : « Qui devait s'en occuper » ?" (proces-incendie-entrepot): the article's "?" lost."""
    evidence = str(item["evidence"])
    return [
        f"the question « {q} » told as a claim"
        for text in _speaker_texts(item)
        for q in _quoted(text)
        if not q.endswith("?") and re.search(re.escape(q.rstrip(" .")) + r"\s*\?", evidence)
    ]


_POSSESSIVE = re.compile(r"^(?:Son|Sa|Ses|Leur|Leurs|L['’]une? de (?:ses|leurs))\s")


def _speaker_labels(item: dict) -> list[str]:
    if item["type"] == "speakers":
        return [str(p["speaker"]) for p in item["pairs"]] + [
            str(d) for d in item.get("distractors", [])
        ]
    if item["type"] == "choice" and str(item["id"]).startswith("qui-a-dit"):
        return [str(o) for o in item["options"]]
    return []


def speaker_says_who(item: dict, body: str) -> list[str]:
    """A speaker only its sentence explains: "Son directeur sportif", "Ses initiateurs",
    "L'un de ses colistiers" (dopage-cyclisme-suspension, conseil-municipal-piscine,
    soiree-electorale-vierzon), or a phrase that names nobody: "Autres"
    (inondation-assurances), "Familles du vignoble" (vendanges-precoces-bourgogne)."""
    problems = []
    for label in _speaker_labels(item):
        if _POSSESSIVE.match(label):
            problems.append(f"'{label}' known only by whose it is")
            continue
        first = label.split()[0]
        determiner = re.match(r"(?i)(?:le|la|les|un|une|des|l['’]|plusieurs|certaine?s)$", first)
        if first.startswith(("L'", "L’")) or determiner:
            continue
        if not re.search(rf"(?<![\w'’-]){re.escape(first)}\b", body):
            problems.append(f"'{label}' is no name the article writes")
    return problems


def _named(name: str, text: str) -> bool:
    surname = re.escape(name.split()[-1])
    return (
        fold(name) in fold(text) or re.search(rf"(?:M\.|Mme|Me|Dr)\s+{surname}\b", text) is not None
    )


def other_person_in_evidence(item: dict, facts: ArticleFacts) -> list[str]:
    """A who-said item whose sentence names one of its wrong options and not its answer: "« Ce
    qui m'a décidé … », explique-t-il" after "Le docteur Lucas Perrin" was given to "Un
    kinésithérapeute et une sage-femme", with Lucas Perrin a wrong option
    (desert-medical-creuse)."""
    if not (item["type"] == "choice" and str(item["id"]).startswith("qui-a-dit")):
        return []
    outside = _outside_quotes(str(item["evidence"]))
    if _named(str(item["answer"]), outside):
        return []
    people = {p.name for p in facts.people}
    return [
        f"the sentence names '{o}', a wrong option"
        for o in item["options"]
        if o != item["answer"] and o in people and _named(str(o), outside)
    ]


_CLAIM_SPEAKER = re.compile(
    r"^(?:Selon (?P<selon>[^,]+),|(?P<who>.+?) (?:dit|disent|emploie les mots|emploient les "
    r"mots) )"
)


def false_speaker_in_evidence(item: dict, facts: ArticleFacts) -> list[str]:
    """A 'faux' statement giving the words to someone the proving sentence names: "Franck
    Delmas dit : « Il connaît la division … »" proved by "…, justifie M. Delmas."
    (rugby-aurillac-entraineur)."""
    if item["type"] != "true_false" or item["answer"] is not False:
        return []
    match = _CLAIM_SPEAKER.match(str(item["statement"]))
    if match is None:
        return []
    who = (match["selon"] or match["who"]).strip()
    people = {fold(p.name): p.name for p in facts.people}
    outside = _outside_quotes(str(item["evidence"]))
    if fold(who) in people:
        named = _named(people[fold(who)], outside)
    else:
        named = fold(re.sub(r"(?i)^(?:le|la|les|un|une|l['’])\s*", "", who)) in fold(outside)
    return [f"the proving sentence names '{who}'"] if named else []


def role_without_article(item: dict) -> list[str]:
    """ "Qui est Camille Roussel ?" offering "Archéologue à l'Inrap et responsable du
    chantier" (fouilles-villa-romaine-gard), "Homologue allemande de Laurent Dessaix"
    (paris-berlin-baltique): a role without its article stands out from the others."""
    if not str(item["id"]).startswith("qui-est"):
        return []
    article = re.compile(r"^(?:Le|La|Les|Un|Une|L['’])(?:\s|(?<=['’]))")
    return [f"role '{o}' without its article" for o in item["options"] if not article.match(o)]


def wish_as_claim(item: dict) -> list[str]:
    """ "Selon Marc Olivennes, le texte « ne dise rien de l'éducation aux écrans »." (after
    "regrettant que", loi-ecrans-assemblee): a subjunctive is no claim."""
    statement = str(item.get("statement", ""))
    if not statement.startswith("Selon"):
        return []
    if re.search(r"\b(?:dise|disent|vienne|viennent|prenne|prennent)\b", statement):
        return ["a wish told as a claim"]
    return []


def not_given_that_may_be_given(item: dict) -> list[str]:
    """ "Patrick Devaux a dit devant des journalistes : …" in an article whose room was full of
    journalists (soiree-electorale-vierzon): a quotation in a report was often said to it."""
    if item["type"] == "true_false" and "devant des journalistes" in str(item["statement"]):
        return ["'devant des journalistes' as a detail the article does not give"]
    return []


def number_not_a_quantity(item: dict) -> list[str]:
    """ "l'article ___.3" (reforme-assurance-chomage), "NRP-___" (alzheimer-proteine-lyon),
    "(17-___)" (rugby-aurillac-entraineur): a number inside a name or a score; "à ___ heures"
    with 27 as an option (dopage-cyclisme-suspension); "Didier Carrel, ___ ans" with 116
    (proces-incendie-entrepot)."""
    if not str(item["id"]).startswith("nombre"):
        return []
    prompt = str(item["prompt"])
    problems = []
    if re.search(r"[-–/]___|___[.\-–/]\d", prompt):
        problems.append("a number inside a name or a score")
    values = [float(re.sub(r"\s", "", str(o)).replace(",", ".")) for o in item["options"]]
    answer = float(re.sub(r"\s", "", str(item["answer"])).replace(",", "."))
    if re.search(r"___\s+(?:et\s+\d+\s+)?ans\b", prompt) and any(
        v > 100 or abs(v - answer) > 25 for v in values
    ):
        problems.append("an age no one could be")
    if re.search(r"___\s+(?:h|heures?)\b", prompt) and any(v > 24 for v in values):
        problems.append("an hour the day does not have")
    return problems


def _problems(item: dict, lesson: Lesson) -> list[str]:
    return [
        *quotation_punctuation(item),
        *question_told_as_claim(item),
        *speaker_says_who(item, lesson.body),
        *other_person_in_evidence(item, lesson.facts),
        *false_speaker_in_evidence(item, lesson.facts),
        *role_without_article(item),
        *wish_as_claim(item),
        *not_given_that_may_be_given(item),
        *number_not_a_quantity(item),
    ]


def _comprehension(items: list[dict]) -> list[dict]:
    return [
        i
        for i in items
        if i["type"] in ("true_false", "speakers")
        or (i["type"] == "choice" and i["skill"] in ("speakers", "comprehension"))
    ]


def test_comprehension_items_have_none_of_the_broken_shapes(lessons) -> None:
    broken = [
        f"{stem} [{item['id']}]: {', '.join(problems)}"
        for stem, lesson in lessons.items()
        for item in _comprehension(lesson.items)
        if (problems := _problems(item, lesson))
    ]
    assert broken == []
    read = sum(len(_comprehension(lesson.items)) for lesson in lessons.values())
    # 387 at 2393414; 348 once a statement that answers a "Qui a dit" or a match pair, or a
    # figure question whose sentence a filling statement shows, is no longer made (see
    # test_gen_cross_giveaways): clozes take their place; 304 once each quotation is asked
    # about once (a statement or "Qui a dit" on the match's words is not made); 337 with
    # vrai / faux on who people are ("Françoise Lagarde est la présidente du tribunal.")
    assert len(lessons) == 49 and read >= 335, read


def test_every_choice_has_its_answer_once_among_distinct_options(lessons) -> None:
    for stem, lesson in lessons.items():
        for item in _comprehension(lesson.items):
            if item["type"] == "choice":
                options = [fold(str(o)) for o in item["options"]]
                assert len(set(options)) == len(options), (stem, item["id"])
                assert options.count(fold(str(item["answer"]))) == 1, (stem, item["id"])


def _statement(text: str, answer: object = True, evidence: str = "") -> dict:
    return {
        "id": "vrai-faux-x",
        "type": "true_false",
        "skill": "comprehension",
        "statement": text,
        "answer": answer,
        "evidence": evidence,
    }


def test_the_guard_sees_the_shapes_it_is_meant_to_see() -> None:
    assert quotation_punctuation(_statement("Léa dit : « On joue sans salle. »."))
    assert quotation_punctuation(_statement('Selon X, les joueurs avaient "leur part.'))
    assert not quotation_punctuation(_statement("Léa dit : « On joue sans salle »."))
    claim = _statement(
        "X dit : « Qui devait s'en occuper ».", evidence="« Qui devait s'en occuper ? »"
    )
    assert question_told_as_claim(claim)
    assert wish_as_claim(_statement("Selon X, le texte « ne dise rien »."))
    assert not_given_that_may_be_given(_statement("X a dit devant des journalistes : « Oui »."))
    number = {"id": "nombre-7", "prompt": "… baptisée NRP-___, qui …", "options": ["7", "14"]}
    assert number_not_a_quantity({**number, "answer": "7"})
    age = {"id": "nombre-58", "prompt": "Didier Carrel, ___ ans, a répété", "answer": "58"}
    assert number_not_a_quantity({**age, "options": ["58", "116"]})
    assert not number_not_a_quantity({**age, "options": ["58", "64", "51"]})
    role = {"id": "qui-est-x", "options": ["L'avocat", "Archéologue à l'Inrap"]}
    assert role_without_article(role) == ["role 'Archéologue à l'Inrap' without its article"]
    match = {
        "type": "speakers",
        "pairs": [{"speaker": "Son avocat", "quote": "…"}],
        "distractors": ["Autres", "Enedis"],
    }
    assert len(speaker_says_who(match, "Selon Enedis, le courant.")) == 2
