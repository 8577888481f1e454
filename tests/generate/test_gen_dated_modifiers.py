"""A date inside what describes a noun dates that description, never the sentence's verb.

Every sentence was written for these tests: a date in a participle set after a noun, in a
relative clause, in an apposition; a participle with "avant" or "depuis". The facts are
written by hand, so the tests do not depend on extraction.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import dated_context

from tutor.generate.context import Context
from tutor.generate.dated import dated_sentences
from tutor.generate.dates import date_items
from tutor.generate.events import event_of

GYM = (
    "Mardi soir, les élus ont voté la démolition complète de la halle des sports, bâtie en 1968.",
    "en 1968",
    "1968",
)
CASTLE = (
    "Le musée a aussi consacré une salle à Jean Morel, le peintre oublié admiré par Zola en 1880.",
    "en 1880",
    "1880",
)
FLOOD = (
    "Le canal a débordé et a inondé, à Dole, une surface jamais vue depuis 1910.",
    "1910",
    "1910",
)
CRISIS = (
    "Ce départ rouvre la crise au sein du parti, dix ans après la fronde qui avait divisé ses "
    "députés en 2015.",
    "en 2015",
    "2015",
)
PRICE = (
    "Le prix de la maison, dévoilé mardi par le notaire, dépasserait le million.",
    "mardi",
    "2025-04-08",
)
FLAT = (
    "Pour un studio bâti avant 1950 en périphérie, le loyer sera plafonné à 12 euros.",
    "1950",
    "1950",
)
BAKER = (
    "« Il faut du temps », explique un jeune boulanger installé depuis 2021 dans le quartier.",
    "depuis 2021",
    "2021",
)
LIBRARY = (
    "Samedi, le maire a présidé l'inauguration de la médiathèque du centre, rénovée en 2019.",
    "en 2019",
    "2019",
)
SINGER = (
    "La chanteuse Lina Vert, présente dimanche, a promis un nouveau disque.",
    "dimanche",
    "2025-04-06",
)
NIGHT = (
    "Le musée a été cambriolé dans la nuit du 3 au 4 avril par deux hommes.",
    "4 avril",
    "2025-04-04",
)
TAX = (
    "La suppression de la taxe d'habitation en 2023 devait soulager les ménages modestes.",
    "en 2023",
    "2023",
)
MATCH = (
    "Le club jouera à domicile contre Rodez, après la finale de la coupe régionale, le 3 mai, "
    "à Albi.",
    "le 3 mai",
    "2025-05-03",
)
NEWS = (
    "L'annonce, faite lundi aux commerçants, a provoqué une vague de colère.",
    "lundi",
    "2025-04-07",
)
DATED = (GYM, CASTLE, FLOOD, CRISIS, PRICE, FLAT, BAKER, LIBRARY, SINGER, NIGHT, TAX, MATCH, NEWS)


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    return dated_context(Path(tmp_path_factory.mktemp("modifiers")), DATED)


def _event(ctx: Context, fact: tuple[str, str, str]):
    dated = next(d for d in dated_sentences(ctx) if d.sentence == fact[0])
    return event_of(ctx, dated)


def _texts(ctx: Context) -> list[str]:
    items = date_items(ctx)
    texts = [str(i.get("prompt")) for i in items if i["type"] == "date"]
    texts += [e["text"] for i in items if i["type"] == "chronology" for e in i["events"]]
    return texts


def test_a_date_in_a_noun_s_description_does_not_date_the_main_verb(ctx) -> None:
    # "la halle, bâtie en 1968": the vote was not in 1968, and the demolition was not built
    for fact in (GYM, CASTLE, FLOOD, CRISIS):
        event = _event(ctx, fact)
        assert event.question is None and event.clause is None, (fact[0], event)
    # the participle right before the date is what is asked about, when it can be
    assert (
        _event(ctx, PRICE).question
        == "Quand le prix de la maison a-t-il été dévoilé par le notaire ?"
    )
    for text in _texts(ctx):
        for verb in ("voté", "consacré", "rouvre", "dépasserait", "a inondé"):
            assert verb not in text, text


def test_a_participle_dated_by_a_bound_or_a_start_is_asked_rightly(ctx) -> None:
    # "bâti avant 1950": 1950 is no answer to "Quand … a-t-il été bâti ?"
    flat = _event(ctx, FLAT)
    assert flat.question is None and flat.clause is None
    # "installé depuis 2021": a state that lasts, not an act
    assert _event(ctx, BAKER).question == (
        "Depuis quand le jeune boulanger est-il installé dans le quartier ?"
    )
    assert not [t for t in _texts(ctx) if "plafonné" in t or "a-t-il été installé" in t]


def test_a_participle_after_an_event_noun_and_its_complement_is_not_guessed(ctx) -> None:
    # "l'inauguration de la médiathèque du centre, rénovée en 2019": the library was renovated,
    # not the opening; which noun a participle describes is left unguessed
    assert _event(ctx, LIBRARY).question is None
    assert not [t for t in _texts(ctx) if "inauguration" in t or "démolition" in t]


def test_a_date_in_a_one_word_apposition_or_ending_a_span_gives_no_item(ctx) -> None:
    # "Lina Vert, présente dimanche, a promis": she was there on Sunday, the promise is undated
    assert _event(ctx, SINGER).question is None
    # "dans la nuit du 3 au 4 avril": "au 4 avril" is no answer to when
    assert _event(ctx, NIGHT).question is None
    assert not [t for t in _texts(ctx) if "promis" in t or "cambriolé" in t]


def test_a_date_after_an_action_noun_dates_the_action(ctx) -> None:
    # "La suppression de la taxe en 2023 devait soulager": not "Quand … devait-elle soulager ?"
    assert _event(ctx, TAX).question == "Quand a eu lieu la suppression de la taxe d'habitation ?"


def test_a_date_set_off_after_another_event_is_that_event_s(ctx) -> None:
    # "…, après la finale de la coupe régionale, le 3 mai,": the final is on 3 May
    assert _event(ctx, MATCH).question is None
    assert not [t for t in _texts(ctx) if "jouera" in t]


def test_a_participle_after_an_elided_noun_is_still_read(ctx) -> None:
    # "L'annonce, faite lundi": "l'annonce" is a noun phrase, not a lone determiner
    assert _event(ctx, NEWS).question == "Quand l'annonce a-t-elle été faite aux commerçants ?"
