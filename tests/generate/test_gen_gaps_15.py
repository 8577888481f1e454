"""Generation gaps of session 15: lessons without a vrai / faux item, without a date question
although their article has dates, a summary answer without a verb, and a word bank whose
distractor fits the gap. Each is checked on the article where it was seen, as the learner
would see the lesson."""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.facts import Term
from tutor.generate import generate_document
from tutor.generate.bank_cloze import bank_cloze
from tutor.generate.context import Context
from tutor.generate.key_terms import TermInSentence, located_terms
from tutor.glossary_files import shipped_glossary

pytestmark = pytest.mark.slow

TESTS = Path(__file__).parents[1]
TERM_ARTICLES = TESTS / "extract" / "data" / "term_articles_3"


@cache
def _items(path: Path) -> tuple[dict[str, Any], ...]:
    article = load_article(path)
    (facts,) = extract_many([article])
    return tuple(generate_document(article, facts, seed=0, content_dir=path.parent)["items"])


# --- a vrai / faux item where no person, figure or digit date makes one -------------------------


@pytest.mark.parametrize(
    "stem", ["canicule-chantiers-lyon", "eolien-annulation-cour", "rugby-relegation-nationale"]
)
def test_an_article_with_plusieurs_has_a_not_given_statement(stem: str) -> None:
    """These articles name nobody, and their quotations, digit dates and figures are all asked
    by other items: "plusieurs" with a number in its place is a detail the article does not
    give."""
    statements = [i for i in _items(TERM_ARTICLES / f"{stem}.txt") if i["type"] == "true_false"]
    assert statements
    for item in statements:
        if item["answer"] == "not_given" and "plusieurs" in str(item["feedback"]):
            assert "cinq" in str(item["statement"]).lower()
            assert "plusieurs" in str(item["evidence"]).lower()
            # no pronoun left whose noun is in another sentence
            assert not str(item["statement"]).startswith(("Il ", "Elle ", "Ils ", "Elles "))


def test_a_statement_on_plusieurs_says_who_it_is_about() -> None:
    """ "Elle rappelle que plusieurs enfants …" would become "Elle rappelle que cinq enfants …":
    who is "elle", out of its paragraph? No statement is made of it."""
    items = _items(TERM_ARTICLES / "fermeture-classe-cantal.txt")
    assert not any(
        "cinq enfants" in str(i.get("statement", "")) for i in items if i["type"] == "true_false"
    )


# --- a date question where the article's dates allow one -----------------------------------------

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("path", "answer", "asked"),
    [
        # the year names the report, "bilan de l'année 2026": not a second time of the event
        ("review_10/onu-resolution-humanitaires", "le 19 août", "publieront leur premier bilan"),
        # "le budget pour 2026": the budget's year, not when it was voted
        ("review_9/budget-departement-nievre", "jeudi soir", "ont adopté le budget"),
        # "pendant trois mois" holds its preposition: an adverb the clause stands without
        ("review_9/consultation-eoliennes-plouzevet", "trois mois", "ont fait campagne"),
    ],
)
def test_an_article_with_dates_has_a_date_question(path: str, answer: str, asked: str) -> None:
    dates = [i for i in _items(DATA / f"{path}.txt") if i["type"] == "date"]
    assert any(i["answer"] == answer and asked in str(i["prompt"]) for i in dates), [
        (i["prompt"], i["answer"]) for i in dates
    ]


def test_a_duration_question_leaves_out_a_second_infinitive() -> None:
    """ "s'est engagé à conserver tous les emplois pendant au moins cinq ans et à investir 25
    millions d'euros": the five years are the jobs', not the investment's."""
    items = _items(DATA / "review_5" / "rachat-fromagerie-jura.txt")
    prompts = [str(i["prompt"]) for i in items if i["type"] == "date"]
    assert any("conserver tous les emplois" in p for p in prompts), prompts
    assert not any("investir" in p for p in prompts), prompts


# --- the summary's model answer is a sentence ----------------------------------------------------

CONTENT = TESTS.parent / "content"


def _summary(path: Path) -> dict[str, Any]:
    return next(i for i in _items(path) if str(i["id"]).startswith("resume"))


@pytest.mark.parametrize(
    ("path", "model"),
    [
        # the headline's participle is the present passive it abbreviates
        (CONTENT / "acta-parlement-europeen.txt", "ACTA est rejeté par le Parlement européen."),
        # a second participle after a comma is a second event, joined with "et"
        (
            DATA / "review_6" / "incendie-gard-garrigue.txt",
            "1 800 hectares sont brûlés dans la garrigue et un pompier est blessé.",
        ),
        # a rubric the title keeps for its keyword stays before the sentence
        (
            DATA / "review_7" / "rappel-compotes-listeria.txt",
            "Listeria : des compotes pour bébés sont rappelées dans toute la France.",
        ),
        # "fait" is the present of a headline that is a sentence already
        (
            DATA / "review_7" / "seisme-albanie-vlora.txt",
            "Un séisme de magnitude 6,4 fait au moins vingt-trois morts près de Vlora.",
        ),
    ],
)
def test_a_summary_model_answer_is_a_sentence(path: Path, model: str) -> None:
    assert _summary(path)["model_answer"] == model


def test_a_number_before_a_noun_like_participle_makes_no_passive() -> None:
    """ "Au moins 41 morts dans le naufrage": "morts" is the noun, not "41 sont morts"."""
    answer = str(_summary(DATA / "review_10" / "naufrage-lampedusa.txt")["model_answer"])
    assert "41 sont" not in answer


def test_a_verbless_title_gives_way_to_the_lead(tmp_path: Path) -> None:
    """A title with no verb nor participle ("Tempête : des milliers de foyers privés …" would
    be one; "… sans électricité" is not) leaves the lead sentence, which says it all."""
    article = tmp_path / "tempete-bretagne.txt"
    article.write_text(
        "Tempête en Bretagne : des milliers de foyers sans électricité\n\n"
        "12 mars 2026. – La tempête Léonie a privé d'électricité des milliers de foyers "
        "bretons dans la nuit de mercredi à jeudi. Les techniciens d'Enedis ont travaillé "
        "toute la journée pour rétablir le courant. La préfecture recommande aux habitants "
        "de rester chez eux jusqu'à samedi.\n",
        encoding="utf-8",
    )
    model = str(_summary(article)["model_answer"])
    assert model.startswith("La tempête Léonie a privé d'électricité des milliers de foyers")
    assert "sans électricité" not in model


# --- a word bank whose thing fits a person's gap -----------------------------------------------


def test_a_verb_that_takes_things_too_gets_no_thing_in_a_person_s_bank() -> None:
    """ "qui n'avait contrôlé le ___ que deux fois en 2025" (coureur): a person's bank offers
    things, but "contrôler" takes a passport as readily as a runner; "tribunal" and "quotidien"
    it does not. The bank is built on that gap whichever key terms the lesson drew, from the
    article's own candidates ("passeport" is one: the glossary finds it in the article)."""
    path = DATA / "review_10" / "dopage-suspension-marathonien.txt"
    article = load_article(path)
    (facts,) = extract_many([article])
    ctx = Context(article, facts, shipped_glossary(), random.Random(0))
    sentence = ctx.sentence_containing("contrôlé le coureur")
    assert sentence is not None
    start = sentence.index("coureur")
    entry = ctx.glossary.get("coureur")
    assert entry is not None
    term = Term("coureur", "coureur", sentence, 1.0, "NOUN")
    gap = TermInSentence(term, sentence, start, start + len("coureur"), entry)
    item = bank_cloze(ctx, gap, located_terms(ctx))
    assert item is not None
    bank = [str(w) for w in item["bank"]]  # type: ignore[union-attr]
    assert "passeport" not in bank
    assert len(bank) >= 3
    # "passeport" was a candidate the verb ruled out, not a word the pool happened to lack
    refused = ctx.memo["bank_refusals"]
    assert ("coureur", "passeport", "object") in [(a, v.word, v.reason) for a, v in refused]
