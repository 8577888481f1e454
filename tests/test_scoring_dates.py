"""Date answers graded on what the item asks: a date shown without its year ("jeudi 9 mars")
asks for no year, and a day and a month in digits ("09/03") are a date."""

from __future__ import annotations

import pytest

from tutor.model import DateQuestion, Skill
from tutor.scoring import Outcome, grade
from tutor.typed_dates import DateParts, parse_date


def thursday(answer: str = "jeudi 9 mars", accept: tuple[str, ...] = ("9 mars",)) -> DateQuestion:
    """As the generator writes a day the article gives without its year."""
    return DateQuestion(
        id="d",
        skill=Skill.DATES,
        prompt="Quand est-ce que Libération a présenté six propositions ?",
        evidence="Libération a présenté, jeudi 9 mars, six propositions.",
        answer=answer,
        value="2017-03-09",
        accept=(*accept, "09/03/2017", "le 9 mars 2017"),
    )


@pytest.mark.parametrize(
    "typed", ["le 9 mars", "le jeudi 9 mars", "09/03", "9/3", "9 Mars", "jeudi 9 mars 2017"]
)
def test_a_date_shown_without_its_year_is_right_without_it(typed: str) -> None:
    """ "le 9 mars" earned 2/3, told "il manque l'année" beside « jeudi 9 mars »."""
    verdict = grade(thursday(), typed)
    assert (verdict.outcome, verdict.points) == (Outcome.CORRECT, 1.0), verdict.explanation


def test_an_answer_given_as_a_weekday_asks_the_day_its_accepted_forms_give() -> None:
    """ "samedi" accepts "21 janvier": "le 21 janvier" and "samedi 21 janvier" are right too."""
    item = thursday(answer="jeudi", accept=("9 mars",))
    assert grade(item, "le 9 mars").outcome is Outcome.CORRECT
    assert grade(item, "jeudi 9 mars").outcome is Outcome.CORRECT


def test_an_accepted_form_without_the_year_makes_the_year_optional() -> None:
    """ "le 1er juin 2009" accepts "1 juin": "1er juin" and "premier juin" were half wrong."""
    item = thursday(answer="le 1er juin 2009", accept=("1 juin",))
    item = DateQuestion(**{**item.__dict__, "value": "2009-06-01"})
    for typed in ("1er juin", "premier juin", "le 1er juin", "01/06"):
        assert grade(item, typed).outcome is Outcome.CORRECT, typed


def test_the_month_alone_misses_the_day_not_the_year() -> None:
    verdict = grade(thursday(), "mars")
    assert verdict.outcome is Outcome.PARTIAL
    assert verdict.points == 0.5
    assert "il manque le jour" in verdict.explanation


def test_a_year_still_asked_is_still_missed() -> None:
    item = DateQuestion(
        id="d",
        skill=Skill.DATES,
        prompt="Quand ?",
        evidence="Le 19 juin 2024, il est venu.",
        answer="19 juin 2024",
        value="2024-06-19",
    )
    verdict = grade(item, "19/06")
    assert verdict.outcome is Outcome.PARTIAL
    assert "il manque l'année" in verdict.explanation


def test_a_wrong_day_in_digits_is_still_wrong() -> None:
    assert grade(thursday(), "10/03").outcome is Outcome.INCORRECT
    assert "inversés" in grade(thursday(), "03/09").explanation


@pytest.mark.parametrize(
    ("typed", "parts"),
    [
        ("09/03", DateParts(None, 3, 9)),
        ("9/3", DateParts(None, 3, 9)),
        ("1.6", DateParts(None, 6, 1)),
    ],
)
def test_a_day_and_month_in_digits_is_a_date(typed: str, parts: DateParts) -> None:
    assert parse_date(typed) == parts


@pytest.mark.parametrize("typed", ["13/13", "31/02", "9-3", "3,5"])
def test_impossible_or_unclear_day_months_are_not_dates(typed: str) -> None:
    assert parse_date(typed) is None


@pytest.mark.parametrize("typed", ["d'ici 2014", "d'ici à 2014", "jusqu'en 2014", "D’ici 2014"])
def test_a_deadline_with_or_without_its_a_is_the_same_year(typed: str) -> None:
    """ "d'ici 2014" for « d'ici à 2014 » (the PSA plant's closure) was "Non." at 0."""
    item = DateQuestion(
        id="d",
        skill=Skill.DATES,
        prompt="Pour quand est prévue la fermeture de l'usine ?",
        evidence="La fermeture de l'usine d'Aulnay-sous-Bois d'ici à 2014.",
        answer="d'ici à 2014",
        value="2014",
        accept=("2014", "en 2014"),
    )
    assert grade(item, typed).outcome is Outcome.CORRECT
    assert grade(item, "d'ici 2015").outcome is Outcome.INCORRECT


def test_the_weekday_the_answer_names_alone_earns_half() -> None:
    """ "jeudi" for « jeudi 9 mars » was "Non." at 0: the day is right, the date is missing."""
    verdict = grade(thursday(), "jeudi")
    assert (verdict.outcome, verdict.points) == (Outcome.PARTIAL, 0.5)
    assert verdict.explanation.startswith(
        "En partie\u00a0: le jour de la semaine est juste, mais il manque la date."
    )
    assert grade(thursday(), "le jeudi").points == 0.5


def test_another_weekday_or_one_the_answer_does_not_name_earns_nothing() -> None:
    assert grade(thursday(), "vendredi").outcome is Outcome.INCORRECT
    unnamed = thursday(answer="le 9 mars 2017", accept=())
    assert grade(unnamed, "jeudi").outcome is Outcome.INCORRECT


@pytest.mark.parametrize(
    "typed", ["trois anées", "deux jous", "3 semainnes", "pendant trois anées"]
)
def test_a_unit_one_letter_off_is_a_typo(typed: str) -> None:
    """ "trois anées" for « trois ans » was "Non." at 0: the length is right, the unit misspelt."""
    value = {"trois": "P3Y", "deux": "P2D", "3": "P3W"}[typed.split()[-2]]
    item = DateQuestion(
        id="d",
        skill=Skill.DATES,
        prompt="Combien de temps ?",
        evidence="La mobilisation a duré trois ans.",
        answer="trois ans",
        value=value,
    )
    verdict = grade(item, typed)
    assert (verdict.outcome, verdict.points) == (Outcome.ALMOST, 0.5), verdict.explanation
    assert "faute de frappe" in verdict.explanation


def test_a_wrong_length_with_a_unit_misspelt_stays_wrong() -> None:
    item = DateQuestion(
        id="d", skill=Skill.DATES, prompt="?", evidence="", answer="trois ans", value="P3Y"
    )
    assert grade(item, "deux anées").outcome is Outcome.INCORRECT


def length(answer: str = "trois ans", value: str = "P3Y") -> DateQuestion:
    return DateQuestion(
        id="d",
        skill=Skill.DATES,
        prompt="Combien de temps a duré la mobilisation ?",
        evidence="La mobilisation a duré trois ans.",
        answer=answer,
        value=value,
    )


@pytest.mark.parametrize(
    ("item", "typed"),
    [
        (thursday(), "C'était le 9 mars."),
        (thursday(), "Jeudi, 9 mars"),
        (thursday(), "le 9 mars 2017 à Paris"),
        (length(), "Elle a duré trois ans."),
        (length(), "trois ans environ"),
        (length("2 jours", "P2D"), "La visite dure deux jours."),
    ],
)
def test_a_sentence_that_gives_the_right_date_is_right(item: DateQuestion, typed: str) -> None:
    """A learner taught to answer in a sentence got "Non." at 0 for "C'était le 9 mars."."""
    verdict = grade(item, typed)
    assert (verdict.outcome, verdict.points) == (Outcome.CORRECT, 1.0), verdict.explanation


@pytest.mark.parametrize(
    ("item", "typed"),
    [
        (thursday(), "C'était le 10 mars."),
        (thursday(), "pas le 9 mars, le 10 mars"),
        (thursday(), "après le 9 mars"),
        (length(), "moins de trois ans"),
        (length(), "Elle a duré deux ans."),
    ],
)
def test_a_sentence_with_another_date_or_a_shifted_one_is_not_right(
    item: DateQuestion, typed: str
) -> None:
    assert grade(item, typed).outcome is Outcome.INCORRECT


def deadline() -> DateQuestion:
    return DateQuestion(
        id="d",
        skill=Skill.DATES,
        prompt="Pour quand est prévue la fermeture de l'usine ?",
        evidence="La fermeture de l'usine d'Aulnay-sous-Bois d'ici à 2014.",
        answer="d'ici à 2014",
        value="2014",
        accept=("2014", "en 2014"),
    )


@pytest.mark.parametrize(
    "typed", ["avant 2014", "jusqu'à 2014", "pour 2014", "en 2014 au plus tard"]
)
def test_a_deadline_takes_any_word_of_a_deadline(typed: str) -> None:
    assert grade(deadline(), typed).outcome is Outcome.CORRECT


def test_a_point_in_time_is_no_deadline() -> None:
    assert grade(deadline(), "à partir de 2014").outcome is Outcome.INCORRECT
    point = thursday(answer="en 2014", accept=())
    point = DateQuestion(**{**point.__dict__, "value": "2014"})
    assert grade(point, "avant 2014").outcome is Outcome.INCORRECT


def test_a_month_cut_short_is_misspelt_not_a_plural() -> None:
    """ "9 mar" for « jeudi 9 mars » was told "attention au singulier et au pluriel"."""
    verdict = grade(thursday(), "9 mar")
    assert verdict.outcome is Outcome.ALMOST
    assert "le mois est mal écrit" in verdict.explanation


@pytest.mark.parametrize(
    ("typed", "parts"),
    [("juillet de l'année 2000", DateParts(2000, 7)), ("jui 2000", None)],
)
def test_more_forms_of_a_month(typed: str, parts: DateParts | None) -> None:
    assert parse_date(typed, typos=True) == parts


def test_days_as_journees() -> None:
    assert grade(length("2 jours", "P2D"), "deux journées").outcome is Outcome.CORRECT


def test_a_weekday_in_a_sentence_counts_as_the_weekday_alone() -> None:
    """ "C'était samedi." for « samedi » was "Non." at 0."""
    day_only = thursday(answer="jeudi", accept=("9 mars",))
    assert grade(day_only, "C'était jeudi.").outcome is Outcome.CORRECT
    assert grade(thursday(), "C'était jeudi.").points == 0.5
    assert grade(thursday(), "pas jeudi").outcome is Outcome.INCORRECT
    assert grade(thursday(), "jeudi ou vendredi").outcome is Outcome.INCORRECT


@pytest.mark.parametrize(
    "typed", ["le 1ᵉʳ juin 2009", "1ier juin 2009", "le 1ère juin 2009", "1/06/09", "01.06.09"]
)
def test_the_first_of_the_month_and_short_years_as_learners_write_them(typed: str) -> None:
    """ "le 1ᵉʳ juin 2009" and "1ier juin 2009" were told "il manque le jour", "1/06/09" was
    "Non"."""
    item = DateQuestion(
        id="d",
        skill=Skill.DATES,
        prompt="Quand cet accident a-t-il fait 228 morts ?",
        evidence="Le 1er juin 2009, l'accident a fait 228 morts.",
        answer="le 1er juin 2009",
        value="2009-06-01",
        accept=("01/06/2009", "1 juin", "1er juin 2009"),
    )
    verdict = grade(item, typed)
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.explanation == "Bravo\u00a0! La réponse est «\u00a0le 1er juin 2009\u00a0»."


def test_a_short_year_reads_in_its_century() -> None:
    assert parse_date("31/12/98") == DateParts(year=1998, month=12, day=31)
    assert parse_date("9/3/17") == DateParts(year=2017, month=3, day=9)


def three_years() -> DateQuestion:
    return DateQuestion(
        id="d",
        skill=Skill.DATES,
        prompt="Combien de temps a duré la mobilisation ?",
        evidence="Après trois ans de mobilisation, ACTA est rejeté.",
        answer="trois ans",
        value="P3Y",
    )


@pytest.mark.parametrize(
    "typed", ["2 ou 3 ans", "deux ou trois ans", "entre 2 et 3 ans", "de 2 à 3 ans"]
)
def test_a_range_that_ends_on_the_answer_is_no_answer(typed: str) -> None:
    """ "2 ou 3 ans" was "Bravo" for « trois ans » (its "3 ans" was read alone) while "3 ou 4
    ans" was "Non"."""
    verdict = grade(three_years(), typed)
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.explanation == "Non. La bonne réponse est «\u00a0trois ans\u00a0»."


def test_a_range_of_days_is_no_date() -> None:
    verdict = grade(thursday(), "entre le 8 et le 9 mars")
    assert verdict.outcome is Outcome.INCORRECT
    assert grade(thursday(), "Elle les a présentées le 9 mars.").outcome is Outcome.CORRECT


def test_a_half_is_part_of_the_length() -> None:
    """ "2 jours et demi" was "Bravo" for « 2 jours »: its half was left out."""
    item = DateQuestion(
        id="d",
        skill=Skill.DATES,
        prompt="Combien de temps dure la visite ?",
        evidence="La visite dure deux jours.",
        answer="2 jours",
        value="P2D",
    )
    verdict = grade(item, "2 jours et demi")
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.explanation == "Non. La bonne réponse est «\u00a02 jours\u00a0»."
    assert grade(three_years(), "trois ans et demi").outcome is Outcome.INCORRECT
    assert grade(item, "deux jours").outcome is Outcome.CORRECT


def _september(answer: str, value: str) -> DateQuestion:
    return DateQuestion(
        id="s",
        skill=Skill.DATES,
        prompt="Quand le rapport a-t-il été publié ?",
        evidence=f"Le rapport a été publié en {answer}.",
        answer=answer,
        value=value,
    )


@pytest.mark.parametrize(
    ("answer", "value", "typed"),
    [
        ("septembre 2023", "2023-09", "sept 2023"),
        ("septembre 2023", "2023-09", "en sept 2023"),
        ("7 septembre 2023", "2023-09-07", "le 7 sept 2023"),
    ],
)
def test_sept_before_a_year_or_after_a_day_is_september(
    answer: str, value: str, typed: str
) -> None:
    """ "sept 2023" was told "il manque le mois" (0,5 / 1): "sept" read as seven. Before a year
    or after a day in digits it can only be the month, as "sept." always was."""
    verdict = grade(_september(answer, value), typed)
    assert (verdict.outcome, verdict.points) == (Outcome.CORRECT, 1.0), verdict.explanation


def test_sept_alone_is_still_seven() -> None:
    assert parse_date("sept") is None
    assert parse_date("vingt sept 2023") is None
