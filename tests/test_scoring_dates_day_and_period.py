"""Date answers that are a day of the week or a time of the year, as the learner-feedback audit
of session 22 found them in lessons of articles with no dateline (speaker_articles_3, basket)
or with a season ("dès l'été 2025") or an end of year ("fin 2024") for answer."""

from __future__ import annotations

import pytest

from tutor.model import DateQuestion, Skill
from tutor.scoring import Outcome, grade


def saturday_evening() -> DateQuestion:
    """As `tutor generate` wrote it for basket-vannes-arras, an article with no dateline: the
    answer is a weekday and there is no date (`value`) behind it."""
    return DateQuestion(
        id="date-samedi-soir",
        skill=Skill.DATES,
        prompt="Quand le BC Vannes a-t-il battu Arras 78 à 76 ?",
        evidence="Samedi soir, devant 3 200 spectateurs réunis au palais des sports de Kercado, "
        "le BC Vannes a battu Arras 78 à 76.",
        answer="samedi soir",
    )


@pytest.mark.parametrize(
    "typed",
    ["samedi", "le samedi soir", "C'était samedi soir.", "Samedi, dans la soirée", "samedi soir"],
)
def test_the_day_of_an_undated_answer_is_right_said_any_way(typed: str) -> None:
    """ "C'était samedi soir." and "samedi" were Faux (« Il manque des mots »), "le samedi
    soir" Presque (« le petit mot le est en trop »)."""
    verdict = grade(saturday_evening(), typed)
    assert (verdict.outcome, verdict.points) == (Outcome.CORRECT, 1.0), verdict.explanation


def test_another_time_of_the_right_undated_day_is_half_right() -> None:
    """ "samedi matin" was plain Faux; a dated "jeudi matin" for jeudi soir was already half."""
    verdict = grade(saturday_evening(), "samedi matin")
    assert verdict.outcome is Outcome.PARTIAL
    assert "le jour est juste" in verdict.explanation


@pytest.mark.parametrize("typed", ["dimanche soir", "le soir", "pas samedi soir"])
def test_another_day_of_an_undated_answer_stays_wrong(typed: str) -> None:
    assert grade(saturday_evening(), typed).outcome is Outcome.INCORRECT


def summer() -> DateQuestion:
    """As generated for france-bea-incursion-piste-lyon-saint-exupery: the year is accepted
    alone, since the hint asks for a year."""
    return DateQuestion(
        id="date-l-ete-2025",
        skill=Skill.DATES,
        prompt="Depuis quand est-ce que la DSNA indique avoir déjà modifié ses procédures ?",
        evidence="La DSNA indique avoir déjà modifié ses procédures à Lyon dès l'été 2025.",
        answer="dès l'été 2025",
        value="2025",
        accept=("2025", "en 2025", "l'été 2025"),
    )


def end_of_year() -> DateQuestion:
    """As generated for ghana-cacao-prix-producteurs."""
    return DateQuestion(
        id="date-fin-2024",
        skill=Skill.DATES,
        prompt="Quand le record historique a-t-il été atteint ?",
        evidence="… le record historique atteint fin 2024, lorsque la tonne avait dépassé "
        "12 000 dollars.",
        answer="fin 2024",
        value="2024",
        accept=("2024", "en 2024"),
    )


@pytest.mark.parametrize(
    ("item", "typed"),
    [
        (summer(), "l'hiver 2025"),
        (summer(), "au printemps 2025"),
        (summer(), "C'était en automne 2025."),
        (end_of_year(), "début 2024"),
        (end_of_year(), "au milieu de 2024"),
    ],
)
def test_another_time_of_the_right_year_is_not_bravo(item: DateQuestion, typed: str) -> None:
    """ "l'hiver 2025" for « dès l'été 2025 » and "début 2024" for « fin 2024 » were « Bravo ! »
    with full points: the year was read in the answer, the season beside it never."""
    verdict = grade(item, typed)
    assert verdict.outcome is Outcome.PARTIAL, verdict.explanation
    assert verdict.points == 0.5
    assert "l'année est juste" in verdict.explanation
    assert "pas le bon moment" in verdict.explanation


@pytest.mark.parametrize(
    ("item", "typed"),
    [
        (summer(), "2025"),
        (summer(), "en été 2025"),
        (summer(), "depuis l'été 2025"),
        (summer(), "à la fin de l'été 2025"),
        (end_of_year(), "2024"),
        (end_of_year(), "à la fin de 2024"),
        (end_of_year(), "fin 2024"),
    ],
)
def test_the_right_time_of_the_year_or_none_stays_right(item: DateQuestion, typed: str) -> None:
    assert grade(item, typed).outcome is Outcome.CORRECT


@pytest.mark.parametrize("typed", ["à partir de l'été 2025", "depuis l'été 2025", "dès l'été 2025"])
def test_a_starting_point_may_be_said_with_any_word_of_a_start(typed: str) -> None:
    """ "à partir de l'été 2025" for « dès l'été 2025 » was « Non. »: "à partir de" moved a date
    found in a sentence away from itself, as "avant" does; here it says what "dès" says."""
    assert grade(summer(), typed).outcome is Outcome.CORRECT


@pytest.mark.parametrize(
    ("item", "typed"),
    [(end_of_year(), "janvier 2024"), (end_of_year(), "en mars 2024"), (summer(), "décembre 2025")],
)
def test_a_month_outside_the_time_of_the_year_is_not_bravo(item: DateQuestion, typed: str) -> None:
    """ "janvier 2024" for « fin 2024 » was « Bravo ! »: the month was read, the year compared."""
    verdict = grade(item, typed)
    assert verdict.outcome is Outcome.PARTIAL, verdict.explanation
    assert "pas le bon moment" in verdict.explanation


@pytest.mark.parametrize(
    ("item", "typed"),
    [
        (end_of_year(), "décembre 2024"),
        (end_of_year(), "en novembre 2024"),
        (summer(), "juillet 2025"),
    ],
)
def test_a_month_inside_the_time_of_the_year_is_right(item: DateQuestion, typed: str) -> None:
    assert grade(item, typed).outcome is Outcome.CORRECT


def test_the_end_of_a_month_is_in_that_month() -> None:
    item = DateQuestion(
        id="d",
        skill=Skill.DATES,
        prompt="Quand ?",
        evidence="… fin mars 2024 …",
        answer="fin mars 2024",
        value="2024-03",
        accept=("mars 2024",),
    )
    assert grade(item, "mars 2024").outcome is Outcome.CORRECT
    assert grade(item, "en mars 2024").outcome is Outcome.CORRECT


def incident_day() -> DateQuestion:
    """As generated for france-bea-incursion-piste-lyon-saint-exupery."""
    return DateQuestion(
        id="date-14-mars-2025",
        skill=Skill.DATES,
        prompt="Quand l'incident grave est-il survenu à l'aéroport de Lyon-Saint-Exupéry ?",
        evidence="… l'incident grave survenu le 14 mars 2025 à l'aéroport de Lyon-Saint-Exupéry.",
        answer="le 14 mars 2025",
        value="2025-03-14",
        accept=("14 mars 2025", "14/03/2025", "14/3/2025"),
    )


@pytest.mark.parametrize("typed", ["mi-mars 2025", "à la mi-mars 2025", "début mars 2025"])
def test_the_middle_of_the_right_month_misses_the_day_only(typed: str) -> None:
    """ "mi-mars 2025" was told « il manque le jour et le mois », the month it names."""
    verdict = grade(incident_day(), typed)
    assert verdict.outcome is Outcome.PARTIAL
    assert "il manque le jour." in verdict.explanation, verdict.explanation


def test_a_weekday_of_another_event_in_the_sentence_is_not_the_dates() -> None:
    """The article's sentence typed as the answer (the BEA's report was made public on a
    Wednesday, the incident was on 14 March) was told « la date est juste, mais ce jour-là
    était un vendredi, pas un mercredi »: the learner never said 14 March was a Wednesday."""
    typed = (
        "Le BEA a rendu public mercredi son rapport sur l'incident grave survenu le 14 mars 2025 "
        "à l'aéroport de Lyon-Saint-Exupéry."
    )
    verdict = grade(incident_day(), typed)
    assert "jour-là" not in verdict.explanation
    assert verdict.outcome is Outcome.CORRECT
    wrong = grade(incident_day(), "le mercredi 14 mars 2025")
    assert "ce jour-là était un vendredi, pas un mercredi" in wrong.explanation


@pytest.mark.parametrize(
    ("item", "typed"),
    [(summer(), "en été"), (summer(), "l'été"), (end_of_year(), "à la fin de l'année")],
)
def test_the_right_time_of_the_year_without_the_year_is_half_right(
    item: DateQuestion, typed: str
) -> None:
    """ "l'été" for « dès l'été 2025 » was Faux, « Il manque des mots : la réponse a 3 mots »,
    though "mars" for « le 14 mars 2025 » is half right, « il manque … l'année »."""
    verdict = grade(item, typed)
    assert verdict.outcome is Outcome.PARTIAL, verdict.explanation
    assert "il manque l'année" in verdict.explanation


@pytest.mark.parametrize(("item", "typed"), [(summer(), "en hiver"), (end_of_year(), "au début")])
def test_another_time_of_the_year_without_the_year_is_wrong(item: DateQuestion, typed: str) -> None:
    assert grade(item, typed).outcome is Outcome.INCORRECT
