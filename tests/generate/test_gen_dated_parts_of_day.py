"""A weekday with its part of the day ("ce lundi matin", "mercredi soir") makes a date question
as a weekday alone does; a place opening the sentence moves after the verb, a time or a
circumstance opening it and the count of a vote are left out; a colon ends a clause; "remontait
à 1978" dates its subject; a question never asks about two events joined by "et".

Every sentence was written for these tests (the cases were met in the 40 articles of the
extraction corpora, where they gave no question or a broken one); the facts are written by
hand, so the tests do not depend on extraction.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import dated_context

from tutor.generate.context import Context
from tutor.generate.dated import dated_sentences
from tutor.generate.dates import date_items, date_question
from tutor.generate.events import event_of

MARKET = (
    "Au Guilvinec, la criée est restée silencieuse ce lundi matin.",
    "lundi matin",
    "2025-04-07",
)
DEBATE = ("Les débats reprendront jeudi après-midi.", "jeudi après-midi", "2025-04-10")
VOTE = (
    "Le maire de Vitré, Paul Morin, a fait voter mercredi soir une motion à l'unanimité.",
    "mercredi soir",
    "2025-04-09",
)
AVALANCHE = (
    "Un skieur est mort et quatre autres ont été blessés dimanche après-midi dans une avalanche.",
    "dimanche après-midi",
    "2025-04-06",
)
PRIZE = (
    "C'est une première pour une autrice belge : la dessinatrice Léa Martin a reçu dimanche soir "
    "le Grand Prix de la ville.",
    "dimanche soir",
    "2025-04-06",
)
BUDGET = (
    "Après dix heures de débats, le conseil régional a adopté vendredi soir, par 52 voix contre "
    "31, son budget pour 2026 : 1,8 milliard d'euros.",
    "vendredi soir",
    "2025-04-04",
)
SCAFFOLD = (
    "Le 9 juin 2022, vers 10 heures, une partie de l'échafaudage s'était détachée.",
    "Le 9 juin 2022",
    "2022-06-09",
)
RENOVATION = ("La dernière grande rénovation remontait à 1978.", "1978", "1978")
RENT = (
    "À partir de ce mardi, les loyers ne pourront plus dépasser un plafond fixé par la préfecture.",
    "mardi",
    "2025-04-08",
)
FESTIVAL = (
    "Pendant quatre jours, la ville entière s'est transformée en scène à ciel ouvert.",
    "Pendant quatre jours",
    "P4D",
)
TREATY = (
    "Le texte, négocié pendant plus de vingt ans avec le Brésil, prévoit de supprimer les droits "
    "de douane.",
    "pendant plus de vingt ans",
    "P20Y",
)
AUTHOR = (
    "L'opéra retrace la vie d'Olympe de Gouges, autrice de la Déclaration des droits de la femme "
    "et de la citoyenne, guillotinée en 1793.",
    "en 1793",
    "1793",
)
AUTHORITY = (
    "Il propose de s'inspirer de l'exemple britannique et de l'Autorité de contrôle, créée en "
    "2009 pour contrôler les dépenses.",
    "en 2009",
    "2009",
)
POOL = (
    "Jeudi soir, le conseil municipal a voté la fermeture de la piscine.",
    "Jeudi soir",
    "relative",
)
DOCK = (
    "Debout à la barre du tribunal, Didier Carrel a répété mardi sa ligne de défense.",
    "mardi",
    "2025-04-08",
)
DATED = (
    MARKET,
    DEBATE,
    VOTE,
    AVALANCHE,
    PRIZE,
    BUDGET,
    SCAFFOLD,
    RENOVATION,
    RENT,
    FESTIVAL,
    TREATY,
    AUTHOR,
    AUTHORITY,
    POOL,
    DOCK,
)


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    return dated_context(Path(tmp_path_factory.mktemp("parts_of_day")), DATED)


def _question(ctx: Context, fact: tuple[str, str, str]) -> str | None:
    dated = next(d for d in dated_sentences(ctx) if d.sentence == fact[0])
    return event_of(ctx, dated).question


def test_a_weekday_and_its_part_of_the_day_make_a_question(ctx: Context) -> None:
    # the demonstrative goes with its date ("ce lundi matin"), the place after the verb
    assert _question(ctx, MARKET) == "Quand la criée est-elle restée silencieuse au Guilvinec ?"
    assert _question(ctx, DEBATE) == "Quand est-ce que les débats reprendront ?"
    vote = _question(ctx, VOTE)
    assert vote is not None and vote.startswith("Quand ")
    assert vote.endswith("a fait voter une motion à l'unanimité ?")
    answers = {str(i.get("answer")) for i in date_items(ctx) if i["type"] == "date"}
    assert {"lundi matin", "jeudi après-midi", "mercredi soir"} <= answers


def test_two_events_joined_by_et_make_no_question(ctx: Context) -> None:
    # "Quand un skieur est-il mort et quatre autres ont été blessés ?" is not French
    assert _question(ctx, AVALANCHE) is None
    prompts = [str(i.get("prompt")) for i in date_items(ctx) if i["type"] == "date"]
    assert not [p for p in prompts if "skieur" in p]


def test_what_opens_or_interrupts_a_clause_stays_out_of_its_question(ctx: Context) -> None:
    # before the colon is a comment, after it the event; after the event, its details
    assert _question(ctx, PRIZE) == (
        "Quand la dessinatrice Léa Martin a-t-elle reçu le Grand Prix de la ville ?"
    )
    assert (
        _question(ctx, BUDGET) == "Quand le conseil régional a-t-il adopté son budget pour 2026 ?"
    )
    # "vers 10 heures" goes, and the pluperfect told alone is a perfect
    assert _question(ctx, SCAFFOLD) == ("Quand une partie de l'échafaudage s'est-elle détachée ?")
    # "À partir de ce mardi": the whole phrase goes with its date, nothing is left hanging
    rent = _question(ctx, RENT)
    assert rent is not None and rent.startswith("À partir de quand ")
    assert "de ce" not in rent and "de," not in rent


def test_a_date_a_subject_goes_back_to_makes_a_question_about_the_subject(ctx: Context) -> None:
    dated = next(d for d in dated_sentences(ctx) if d.sentence == RENOVATION[0])
    event = event_of(ctx, dated)
    assert event.question == "De quand date la dernière grande rénovation ?"
    # never "La dernière grande rénovation remontait à a eu lieu"
    assert event.clause == "La dernière grande rénovation a eu lieu"


def test_a_span_the_whole_event_took_asks_how_long(ctx: Context) -> None:
    assert _question(ctx, FESTIVAL) == (
        "Pendant combien de temps la ville entière s'est-elle transformée en scène à ciel ouvert ?"
    )
    dated = next(d for d in dated_sentences(ctx) if d.sentence == FESTIVAL[0])
    built = date_question(ctx, dated)
    assert built is not None and built[1]["answer"] == "quatre jours"  # "4 jours" scores too
    # inside a participle set off after its noun, the span is the text's, not the sentence's:
    # not "Pendant combien de temps le texte prévoit-il de supprimer … ?"
    assert _question(ctx, TREATY) is None


def test_a_participle_after_two_joined_complements_is_not_guessed(ctx: Context) -> None:
    # both "la femme" and "la citoyenne" agree with "guillotinée", and neither died in 1793
    assert _question(ctx, AUTHOR) is None
    # only "l'Autorité" agrees with "créée": that one was created
    assert _question(ctx, AUTHORITY) == "Quand l'Autorité de contrôle a-t-elle été créée ?"


def test_a_weekday_with_no_calendar_still_answers_when(ctx: Context) -> None:
    # an article without a date gives "Jeudi soir" no value; the question stands all the same
    dated = next(d for d in dated_sentences(ctx) if d.sentence == POOL[0])
    built = date_question(ctx, dated)
    assert built is not None
    item = built[1]
    assert item["prompt"] == "Quand le conseil municipal a-t-il voté la fermeture de la piscine ?"
    assert item["answer"] == "jeudi soir" and "value" not in item


def test_a_posture_opening_the_clause_stays_out_of_the_question(ctx: Context) -> None:
    assert _question(ctx, DOCK) == "Quand est-ce que Didier Carrel a répété sa ligne de défense ?"
