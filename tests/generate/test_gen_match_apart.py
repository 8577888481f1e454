"""The term-definition matches of real lessons: no definition in a match names a word of another
term of it, and the audited words get the sense their article means (the audit of the shipped
and review lessons' definitions, December 2026)."""

from __future__ import annotations

import re

import pytest
from gold_facts import ROOT

from tutor.content import load_article
from tutor.generate import french

pytestmark = pytest.mark.slow

ARTICLES = (
    "content/grece-nouveau-gouvernement.txt",
    "tests/generate/data/review_8/secours-alpinistes-ecrins.txt",
    "tests/generate/data/review_6/cyclisme-paris-nice.txt",
    "tests/extract/data/term_articles_2/levee-de-fonds-recyclage-batteries.txt",
    "tests/extract/data/term_articles/desert-medical-creuse.txt",
    "tests/extract/data/term_articles/accord-ue-mercosur-vote.txt",
    "tests/extract/data/term_articles_2/dopage-cyclisme-suspension.txt",
    "tests/generate/data/review_8/fusion-assureurs-bourse.txt",
    "tests/generate/data/review_8/saison-touristique-charente.txt",
    "tests/extract/data/term_articles_3/eolien-annulation-cour.txt",
)

WRONG_DEFINITIONS = (
    ("secours-alpinistes-ecrins", "grimpeur", "Un cycliste très fort"),
    ("secours-alpinistes-ecrins", "peloton", "Le groupe principal des coureurs"),
    ("cyclisme-paris-nice", "leader", "Un chef, la personne la plus importante"),
    ("accord-ue-mercosur-vote", "contournement", "Une route qui passe autour"),
    ("dopage-cyclisme-suspension", "prélèvement", "Une somme retirée"),
    ("fusion-assureurs-bourse", "résolution", "Une ferme décision"),
)
"""(article, term, start of the definition of another sense) each lesson showed."""

_MINOR = french.STOPWORDS | french.wordset("avoir faire dans avec sans sous pour contre")


@pytest.fixture(scope="module")
def lessons() -> dict[str, list[dict]]:
    """The vocabulary items of each article's lesson, by stem."""
    from tutor.extract import extract_many
    from tutor.generate import generate_document

    articles = [load_article(ROOT / path) for path in ARTICLES]
    out = {}
    for article, facts in zip(articles, extract_many(articles), strict=True):
        doc = generate_document(article, facts, seed=0, content_dir=article.path.parent)
        out[article.path.stem] = [i for i in doc["items"] if i.get("skill") == "vocabulary"]
    return out


@pytest.fixture(scope="module")
def matches(lessons) -> dict[str, list[list[dict[str, str]]]]:
    """The pairs of each terms item of each article's lesson, by stem."""
    return {
        stem: [item["pairs"] for item in items if item["type"] == "terms"]
        for stem, items in lessons.items()
    }


def test_no_cloze_hint_holds_its_answer(lessons) -> None:
    """ "(le verbe « se pourvoir en cassation », à conjuguer)" for the gap « pourvoir en
    cassation », "(le verbe « déplorer », à conjuguer)" for « déplore »."""
    clozes = [i for items in lessons.values() for i in items if i["type"] == "cloze"]
    assert len(clozes) >= 30
    assert not [
        (c["answer"], c["hint"])
        for c in clozes
        if french.fold(c["answer"]) in french.fold(c["hint"])
    ]


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", french.fold(text)))


def test_no_definition_of_a_match_names_another_term(matches) -> None:
    """ "Un membre du gouvernement, moins important qu'un ministre" (secrétaire d'État) fits
    "vice-ministre" as well; "l'ensemble des investisseurs qui apportent de l'argent" (tour de
    table) fits "investisseur"; "un docteur" (médecin généraliste) next to "souvent avec un
    médecin" (infirmier)."""
    found = []
    for stem, items in matches.items():
        for pairs in items:
            for pair in pairs:
                said = _words(pair["definition"])
                for other in pairs:
                    if other is pair:
                        continue
                    named = {
                        w
                        for w in _words(other["term"]) - _MINOR
                        if len(w) > 3 and {w, w + "s", w + "x"} & said
                    }
                    if named:
                        found.append((stem, other["term"], pair["term"], sorted(named)))
    assert not found
    assert sum(len(items) for items in matches.values()) >= 12


def test_near_synonyms_are_never_in_one_match(matches) -> None:
    """The Écrins lesson matched "sauveteur" and "secouriste", the same rescuers, each with a
    definition that fit the other."""
    for items in matches.values():
        for pairs in items:
            terms = {pair["term"] for pair in pairs}
            assert not {"sauveteur", "secouriste"} <= terms
            assert not {"vice-ministre", "secrétaire d'État"} <= terms


@pytest.mark.parametrize(("stem", "term", "wrong"), WRONG_DEFINITIONS)
def test_the_audited_words_are_not_defined_in_another_sense(matches, stem, term, wrong) -> None:
    shown = [p["definition"] for pairs in matches[stem] for p in pairs if p["term"] == term]
    assert not [d for d in shown if d.startswith(wrong)], (term, shown)
