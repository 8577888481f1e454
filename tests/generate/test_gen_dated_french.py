"""Dated items stay correct French when the date sits inside a larger sentence.

Each sentence here was written for these tests: a participle phrase that is the subject of the
main verb, two coordinated clauses with one date, a phrase set off after the date, a duration
in a clause of another tense, a span ("dès", "à partir de") and a wish reported with "que".
The facts are written by hand, so the tests do not depend on extraction.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import context_for, date_fact, quote_fact

from tutor.content import load_article
from tutor.facts import ArticleFacts
from tutor.generate.comprehension import date_statements
from tutor.generate.context import Context
from tutor.generate.dated import answers, date_clause, dated_sentences, locate
from tutor.generate.dates import date_items
from tutor.generate.events import event_of
from tutor.generate.statements import quote_statements

BRIDGE = ("Le pont construit en 1998 devrait être démoli l'an prochain.", "en 1998", "1998")
STATUE = (
    "La statue, sculptée en 1902 par Marie Lenoir et repeinte l'été dernier, a retrouvé sa place.",
    "en 1902",
    "1902",
)
POOL = (
    "La piscine restera ouverte tout l'été, et le gymnase rouvrira le 2 septembre.",
    "le 2 septembre",
    "2025-09-02",
)
MEETING = (
    "Une réunion est prévue au 14 mai, et la semaine suivante, les parents seront consultés.",
    "14 mai",
    "2025-05-14",
)
STRIKE = (
    "Les syndicats ont prévenu : deux jours de grève auront lieu la semaine prochaine.",
    "deux jours",
    "P2D",
)
STATION = ("Après deux ans de chantier, la gare rouvrira lundi.", "deux ans", "P2Y")
TRUCE = ("Le conseil a voté une motion qui demande une trêve de trois mois.", "trois mois", "P3M")
TALKS = (
    "Au terme de deux jours de négociations, les élus ont adopté le budget.",
    "deux jours",
    "P2D",
)
CONTRACT = (
    "Le maire doit signer le contrat vendredi, dernier jour du délai.",
    "vendredi",
    "2025-04-11",
)
PROGRAMME = ("La mairie a publié le programme dès lundi.", "lundi", "2025-04-07")
PRICES = ("Les tarifs des cantines seront augmentés à partir de juillet.", "juillet", "2025-07")
MACHINES = (
    "Ces machines sont anciennes, et l'entreprise prévoit de les remplacer dès 2027.",
    "2027",
    "2027",
)
FIRES = ("Plusieurs communes veulent interdire les feux de jardin dès 2027.", "2027", "2027")
MARKET = ("Le marché se tient le premier samedi de chaque mois.", "samedi", "2025-04-12")
ENTRY = (
    "L'entrée sera gratuite pour les enfants et, pour tous, le dimanche 4 mai.",
    "dimanche 4 mai",
    "2025-05-04",
)
PREFECT = ("Vendredi, la préfète avait déjà réuni les élus du canton.", "Vendredi", "2025-04-04")
PARENTS = "L'association des parents demande que l'école soit rénovée avant la rentrée prochaine."
MAYOR = "Le maire affirme que les travaux de l'école seront terminés avant la fin de l'été."
DATED = (
    BRIDGE,
    STATUE,
    POOL,
    MEETING,
    STRIKE,
    STATION,
    TRUCE,
    TALKS,
    CONTRACT,
    PROGRAMME,
    PRICES,
    MACHINES,
    FIRES,
    MARKET,
    ENTRY,
    PREFECT,
)


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    sentences = [s for s, _, _ in DATED] + [PARENTS, MAYOR]
    path = Path(tmp_path_factory.mktemp("dated")) / "commune.txt"
    path.write_text(
        "Nouvelles de la commune\n\n8 avril 2025. – "
        + " ".join(sentences)
        + "\n\nSource : test.\n",
        encoding="utf-8",
    )
    article = load_article(path)
    facts = ArticleFacts(
        path=path.name,
        title=article.title,
        published="2025-04-08",
        dates=tuple(date_fact(article, *fact) for fact in DATED),
        quotes=(
            quote_fact(
                article,
                PARENTS,
                "l'association des parents",
                "l'école soit rénovée avant la rentrée prochaine",
                "indirect",
                "demande",
            ),
            quote_fact(
                article,
                MAYOR,
                "le maire",
                "les travaux de l'école seront terminés avant la fin de l'été",
                "indirect",
                "affirme",
            ),
        ),
        sentences=tuple(sentences),
    )
    return context_for(article, facts)


def _event(ctx: Context, fact: tuple[str, str, str]):
    dated = next(d for d in dated_sentences(ctx) if d.sentence == fact[0])
    return event_of(ctx, dated)


def _statements(ctx: Context) -> list[str]:
    return [str(i["statement"]) for i in date_statements(ctx, ["true", "false", "not_given"] * 6)]


def test_a_participle_phrase_subject_of_the_main_verb_keeps_the_verb_out(ctx) -> None:
    # "Le pont construit en 1998 devrait être démoli": not "Le pont a été construit devrait …"
    assert _event(ctx, BRIDGE).clause == "Le pont a été construit"
    assert _event(ctx, BRIDGE).question == "Quand le pont a-t-il été construit ?"
    # the second participle ("et repeinte l'été dernier") is another event, without this date
    assert _event(ctx, STATUE).clause == "La statue a été sculptée par Marie Lenoir"


def test_a_date_stays_in_its_own_coordinated_clause(ctx) -> None:
    assert _event(ctx, POOL).clause == "Le gymnase rouvrira."
    assert _event(ctx, MEETING).clause == "Une réunion est prévue"
    statements = _statements(ctx)
    assert not [s for s in statements if "piscine" in s or "parents seront" in s]
    # "fixée au 14 mai" keeps its "au": "le 14 mai" would say when the choice was made
    assert "Une réunion est prévue au 14 mai." in statements
    assert _event(ctx, MEETING).question == "À quelle date une réunion est-elle prévue ?"


def test_date_clause_moves_the_date_into_its_clause(ctx) -> None:
    dated = locate(ctx, date_fact(ctx.article, *POOL))
    assert dated is not None
    narrowed = date_clause(dated)
    assert narrowed.sentence == "Le gymnase rouvrira le 2 septembre."
    assert narrowed.date_text == "2 septembre"
    assert dated.sentence == POOL[0]  # the evidence stays the whole sentence


def test_a_duration_takes_the_tense_of_its_own_clause(ctx) -> None:
    assert _event(ctx, STRIKE).question == "Combien de temps durera la grève ?"
    # "Après deux ans de chantier": the works are over, whatever the main verb says
    assert _event(ctx, STATION).question == "Combien de temps a duré le chantier ?"
    # a truce asked for has lasted no time at all
    assert _event(ctx, TRUCE).question is None
    # "au terme de deux jours de négociations": the talks lasted, not "le terme"
    assert "terme" not in str(_event(ctx, TALKS).question)


def test_a_phrase_about_the_date_goes_with_the_date(ctx) -> None:
    assert _event(ctx, CONTRACT).clause == "Le maire doit signer le contrat."
    assert "dernier jour" not in str(_event(ctx, CONTRACT).question)


def test_the_question_word_fits_the_tense(ctx) -> None:
    # "a publié dès lundi" is one act, not a state that lasts
    assert _event(ctx, PROGRAMME).question == "Quand la mairie a-t-elle publié le programme ?"
    assert _event(ctx, PRICES).question is not None
    assert _event(ctx, PRICES).question.startswith("À partir de quand")
    assert _event(ctx, FIRES).question is not None
    assert _event(ctx, FIRES).question.startswith("À partir de quand")


def test_a_span_the_article_puts_last_stays_last(ctx) -> None:
    # "Dès 2030, plusieurs communes veulent …" would date the wish, not the ban
    statements = _statements(ctx)
    assert not [s for s in statements if s.startswith("Dès")]
    assert any(s.startswith("Plusieurs communes veulent interdire") for s in statements)


def test_clauses_that_hang_without_their_date_give_no_item(ctx) -> None:
    # "… prévoit de les remplacer": which machines? "… pour les enfants et, pour tous": and?
    assert _event(ctx, MACHINES).clause is None
    assert _event(ctx, ENTRY).clause is None
    # a day that comes back every month dates no event
    assert not [d for d in dated_sentences(ctx) if d.sentence == MARKET[0]]
    texts = [str(i.get("prompt")) for i in date_items(ctx)]
    texts += [e["text"] for i in date_items(ctx) if i["type"] == "chronology" for e in i["events"]]
    texts += _statements(ctx)
    for text in texts:
        assert "les remplacer" not in text and " et," not in text and " et ?" not in text, text
        assert "chaque mois" not in text, text


def test_a_pluperfect_already_loses_its_already(ctx) -> None:
    event = _event(ctx, PREFECT)
    assert event.question == "Quand la préfète a-t-elle réuni les élus du canton ?"
    dated = next(d for d in dated_sentences(ctx) if d.sentence == PREFECT[0])
    assert answers(dated)[0] == "vendredi"  # the capital of the sentence's first word goes


def test_a_wish_reported_with_que_is_not_said_to_be_so(ctx) -> None:
    statements = [str(i["statement"]) for i in quote_statements(ctx, ["true", "false"])]
    assert not [s for s in statements if "soit rénovée" in s]
    assert any("seront terminés" in s for s in statements)
