"""Grading: a fair verdict for every item type and policy, explained in simple French."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from scoring_answers import expected_answer

from tutor.exercise_io import load_exercise_set
from tutor.model import (
    AccentPolicy,
    AnswerPolicy,
    Choice,
    Cloze,
    DateQuestion,
    OpenQuestion,
    Skill,
    TrueFalse,
    Truth,
)
from tutor.scoring import ALMOST_SHARE, Outcome, Reason, grade

ROOT = Path(__file__).resolve().parent.parent
STRICT = AnswerPolicy(accents=AccentPolicy.STRICT)
IGNORE = AnswerPolicy(accents=AccentPolicy.IGNORE)
NO_TYPOS = AnswerPolicy(typos=False)


def cloze(answer: str = "indéfectible", **kwargs: object) -> Cloze:
    fields: dict[str, object] = {
        "id": "c",
        "skill": Skill.VOCABULARY,
        "prompt": "Complétez.",
        "evidence": "La Russie apporte un soutien indéfectible.",
        "text": "Un soutien ___.",
        "answer": answer,
    }
    fields.update(kwargs)
    return Cloze(**fields)  # type: ignore[arg-type]


def choice(**kwargs: object) -> Choice:
    fields: dict[str, object] = {
        "id": "q",
        "skill": Skill.COMPREHENSION,
        "prompt": "Où Poutine arrive-t-il ?",
        "evidence": "Vladimir Poutine est arrivé à Pyongyang.",
        "options": ("Pyongyang", "Pékin", "Séoul", "Moscou"),
        "answer": "Pyongyang",
    }
    fields.update(kwargs)
    return Choice(**fields)  # type: ignore[arg-type]


def date_item(answer: str, value: str | None, **kwargs: object) -> DateQuestion:
    return DateQuestion(
        id="d",
        skill=Skill.DATES,
        prompt="Quand ?",
        evidence="En juillet 2000, Poutine est venu.",
        answer=answer,
        value=value,
        **kwargs,  # type: ignore[arg-type]
    )


# --- typed answers: normalisation, accents, typos -------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["Pyongyang", "pyongyang", " PYONGYANG ", "Pyongyang.", "« Pyongyang »", "Pyongyang\u00a0!"],
)
def test_the_expected_answer_in_any_case_quotes_or_spacing_is_correct(typed: str) -> None:
    verdict = grade(choice(), typed)
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.points == verdict.max_points == 1.0
    assert verdict.expected == "Pyongyang"
    assert verdict.evidence == "Vladimir Poutine est arrivé à Pyongyang."
    assert "Pyongyang" in verdict.explanation


@pytest.mark.parametrize("typed", ["le veto", "veto", "Le véto", "un veto"])
def test_term_answers_ignore_the_article(typed: str) -> None:
    verdict = grade(cloze("véto", policy=IGNORE), typed)
    assert verdict.outcome is Outcome.CORRECT


def test_elision_is_an_article_too() -> None:
    assert grade(cloze("ONU"), "l'ONU").outcome is Outcome.CORRECT
    assert grade(cloze("l'ONU"), "ONU").outcome is Outcome.CORRECT
    assert grade(cloze("l'ONU"), "l’onu").outcome is Outcome.CORRECT


def test_hyphens_in_names() -> None:
    item = choice(options=("Kim Jong-un", "Kim Jong-il", "John Kirby"), answer="Kim Jong-un")
    assert grade(item, "Kim Jong un").outcome is Outcome.CORRECT
    assert grade(item, "kim jong-un").outcome is Outcome.CORRECT
    assert grade(item, "Kim Jong il").outcome is Outcome.INCORRECT


def test_numbers_in_words_or_digits() -> None:
    item = cloze("24", evidence="24 soldats.")
    assert grade(item, "vingt-quatre").outcome is Outcome.CORRECT
    item = cloze("vingt-quatre")
    assert grade(item, "24").outcome is Outcome.CORRECT
    assert grade(item, "25").outcome is Outcome.INCORRECT


@pytest.mark.parametrize(
    "typed",
    [
        "1 500 000",
        "1500000",
        "1,5 million",
        "1,5 millions",
        "1.5 million",
        "un million et demi",
        "1,5 M",
        "1 million 500 000",
    ],
)
def test_a_number_counted_in_millions_is_the_same_number(typed: str) -> None:
    for answer in ("1 500 000", "1,5 million"):
        item = cloze(answer, text="Le chantier a coûté ___.", evidence="Il a coûté 1,5 million.")
        verdict = grade(item, typed)
        assert verdict.outcome is Outcome.CORRECT, (answer, typed)
        # the learner sees the form the lesson accepts, not their own
        assert f"«\u00a0{answer}\u00a0»" in verdict.explanation


def test_two_millions_in_words_and_sums_in_euros() -> None:
    assert grade(cloze("2 000 000"), "deux millions").outcome is Outcome.CORRECT
    assert grade(cloze("2 000 000"), "2 M").outcome is Outcome.CORRECT
    assert grade(cloze("3 milliards"), "3 000 000 000").outcome is Outcome.CORRECT
    euros = cloze("1,5 million d'euros", text="Le chantier a coûté ___.")
    for typed in ("1 500 000 €", "1 500 000 euros", "1,5 M€", "un million et demi d'euros"):
        assert grade(euros, typed).outcome is Outcome.CORRECT, typed
    euros = cloze("1 500 000 €", text="Le chantier a coûté ___.")
    assert grade(euros, "1,5 million d'euros").outcome is Outcome.CORRECT


def test_the_de_after_a_million_is_not_a_word_more() -> None:
    item = cloze("1 500 000", text="La région compte ___ habitants.")
    for typed in ("1,5 million d'habitants", "un million et demi d'habitants", "1,5 M d'habitants"):
        assert grade(item, typed).outcome is Outcome.CORRECT, typed
    item = cloze("1,5 million de personnes", text="Le plan concerne ___.")
    assert grade(item, "1 500 000 personnes").outcome is Outcome.CORRECT


@pytest.mark.parametrize("typed", ["2,5 millions", "1,5 milliard", "15 millions", "1,5", "1 500"])
def test_another_number_of_millions_stays_wrong(typed: str) -> None:
    verdict = grade(cloze("1 500 000", text="Le chantier a coûté ___."), typed)
    assert verdict.outcome is Outcome.INCORRECT


@pytest.mark.parametrize("typed", ["150 000", "150 mille", "cent cinquante mille", "150 k", "150k"])
def test_thousands_after_digits_are_the_same_number(typed: str) -> None:
    """Read as "150 1000" and as a word, "150 mille" and "150 k€" were wrong answers."""
    for answer in ("150 000 euros", "150 mille euros"):
        item = cloze(answer, text="La commune a reçu ___ de l'État.")
        euros = typed + ("€" if typed.endswith("k") else " euros")
        assert grade(item, euros).outcome is Outcome.CORRECT, (answer, euros)


@pytest.mark.parametrize("typed", ["150 milles", "15 mille", "150 km", "1 500 mille"])
def test_miles_kilometres_and_other_thousands_stay_wrong(typed: str) -> None:
    assert grade(cloze("150 000"), typed).outcome is Outcome.INCORRECT


def test_a_capital_m_is_millions_but_a_small_one_is_metres() -> None:
    assert grade(cloze("1 500 000"), "1,5 m").outcome is Outcome.INCORRECT
    assert grade(cloze("1,5 m"), "1,5 M").outcome is Outcome.INCORRECT
    assert grade(cloze("1,5 m"), "1,5 m").outcome is Outcome.CORRECT


def test_accents_warn_accepts_with_a_warning() -> None:
    verdict = grade(cloze(), "indefectible")
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.points == 1.0
    assert Reason.ACCENT in verdict.reason
    assert verdict.explanation == "Juste, mais attention aux accents\u00a0: indéfectible."


def test_accents_strict_makes_a_wrong_accent_wrong() -> None:
    verdict = grade(cloze(policy=STRICT), "indefectible")
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.points == 0
    assert Reason.ACCENT in verdict.reason
    assert "accents" in verdict.explanation and "«\u00a0indéfectible\u00a0»" in verdict.explanation


def test_accents_ignore_accepts_silently() -> None:
    verdict = grade(cloze(policy=IGNORE), "indefectible")
    assert verdict.outcome is Outcome.CORRECT
    assert Reason.ACCENT not in verdict.reason
    assert "accents" not in verdict.explanation


def test_one_typo_is_almost_and_earns_half() -> None:
    verdict = grade(cloze("munitions"), "munitons")
    assert verdict.outcome is Outcome.ALMOST
    assert verdict.points == ALMOST_SHARE == 0.5
    assert Reason.TYPO in verdict.reason
    assert verdict.explanation == (
        "Presque\u00a0: une petite faute de frappe. La bonne réponse est «\u00a0munitions\u00a0»."
    )


def test_singular_for_plural_is_a_slip_of_agreement_not_a_typo() -> None:
    verdict = grade(cloze("chute des ventes"), "chute des vente")
    assert verdict.outcome is Outcome.ALMOST
    assert verdict.points == ALMOST_SHARE
    assert verdict.reason == (Reason.AGREEMENT,)
    assert verdict.explanation == (
        "Presque\u00a0: attention au singulier et au pluriel. "
        "La bonne réponse est «\u00a0chute des ventes\u00a0»."
    )
    assert grade(cloze("abeilles"), "abeille").reason == (Reason.AGREEMENT,)
    assert grade(cloze("journaux"), "journal").reason == (Reason.AGREEMENT,)
    assert grade(cloze("munition"), "munitions").reason == (Reason.AGREEMENT,)


def test_a_noun_written_the_same_in_both_numbers_has_no_plural_slip() -> None:
    """ "recour" for "recours" (tmux, contrôles au faciès): the title said "attention au
    singulier et au pluriel", but "recours" has no other form; it is a letter dropped."""
    verdict = grade(cloze("recours"), "recour")
    assert verdict.outcome is Outcome.ALMOST
    assert verdict.reason == (Reason.TYPO,)
    assert "pluriel" not in verdict.explanation
    assert grade(cloze("procès"), "procè").reason == (Reason.TYPO,)
    assert grade(cloze("recours"), "recours").outcome is Outcome.CORRECT


def test_a_near_miss_without_its_accents_names_both_slips() -> None:
    """ "reserve d'interpretation" for "réserves d’interprétation" (tmux): only the plural was
    named, and nothing said the accents were missing too."""
    verdict = grade(cloze("réserves d’interprétation"), "reserve d'interpretation")
    assert verdict.outcome is Outcome.ALMOST
    assert verdict.reason == (Reason.AGREEMENT, Reason.ACCENT)
    assert "pluriel, et aux accents" in verdict.explanation
    typo = grade(cloze("indéfectible"), "indefectibe")
    assert typo.outcome is Outcome.ALMOST
    assert typo.reason == (Reason.TYPO, Reason.ACCENT)
    assert "une faute de frappe et un accent" in typo.explanation
    assert grade(cloze("signée"), "signe").reason == (Reason.GENDER, Reason.ACCENT)
    # accents kept: only the slip is named, even where the endings differ ("erronés")
    assert grade(cloze("erronées", policy=STRICT), "erronés").reason == (Reason.GENDER,)
    assert grade(cloze("réserves"), "réserve").reason == (Reason.AGREEMENT,)
    assert grade(cloze("indéfectible"), "indéfectibe").reason == (Reason.TYPO,)
    # accents ignored: never named
    assert grade(cloze("réserves", policy=IGNORE), "reserve").reason == (Reason.AGREEMENT,)


def test_a_plural_slip_that_is_another_bank_word_is_wrong() -> None:
    verdict = grade(cloze("ventes", bank=("ventes", "vente", "dettes")), "vente")
    assert verdict.outcome is Outcome.INCORRECT
    assert Reason.OTHER_OPTION in verdict.reason


def test_a_plural_slip_with_typos_off_is_wrong() -> None:
    assert grade(cloze("abeilles", policy=NO_TYPOS), "abeille").outcome is Outcome.INCORRECT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [("dépend", "dépendent"), ("dépend", "dépendons"), ("accepte", "acceptent"), ("ont", "ont")],
)
def test_another_person_of_the_verb_is_a_slip_of_its_ending(answer: str, typed: str) -> None:
    """ "dépendent" for "dépend" scored 0 with "Non.": three letters off, too many for a typo."""
    verdict = grade(cloze(answer), typed)
    if typed == answer:
        assert verdict.outcome is Outcome.CORRECT
        return
    assert (verdict.outcome, verdict.points, verdict.reason) == (
        Outcome.ALMOST,
        ALMOST_SHARE,
        (Reason.VERB_ENDING,),
    )
    assert verdict.explanation.startswith("Presque\u00a0: le verbe n'a pas la bonne terminaison.")


def test_feminine_for_masculine_is_a_slip_of_agreement() -> None:
    verdict = grade(cloze("signé"), "signée")
    assert (verdict.outcome, verdict.reason) == (Outcome.ALMOST, (Reason.GENDER,))
    assert "attention au masculin et au féminin" in verdict.explanation
    # the plural too: both are named (tests/test_scoring_gender_and_number.py)
    both = grade(cloze("signé"), "signées")
    assert (both.outcome, both.reason) == (Outcome.ALMOST, (Reason.GENDER, Reason.AGREEMENT))
    assert grade(cloze("élu"), "élue").reason == (Reason.GENDER,)


def test_an_ending_slip_without_the_accents_a_strict_item_trains_is_wrong() -> None:
    verdict = grade(cloze("dépend", policy=STRICT), "dependent")
    assert verdict.outcome is Outcome.INCORRECT
    assert Reason.ACCENT in verdict.reason
    assert grade(cloze("dépend", policy=STRICT), "dépendent").outcome is Outcome.ALMOST


@pytest.mark.parametrize(("answer", "typed"), [("finit", "finissent"), ("vend", "vendeurs")])
def test_other_changes_of_a_word_are_no_ending_slip(answer: str, typed: str) -> None:
    assert grade(cloze(answer), typed).outcome is Outcome.INCORRECT


def test_two_typos_only_from_ten_letters() -> None:
    assert grade(cloze(), "idnéfectibel").outcome is Outcome.ALMOST  # 12 letters
    assert grade(cloze("munitions"), "mnitons").outcome is Outcome.INCORRECT  # 9 letters


def test_no_typos_on_short_words_or_numbers() -> None:
    assert grade(cloze("ONU"), "OMU").outcome is Outcome.INCORRECT
    assert grade(cloze("2000"), "2001").outcome is Outcome.INCORRECT


def test_typos_off_means_exact() -> None:
    assert grade(cloze("munitions", policy=NO_TYPOS), "munitons").outcome is Outcome.INCORRECT


def test_a_typo_landing_on_another_bank_word_is_wrong() -> None:
    item = cloze("sanction", bank=("sanction", "section", "santé"))
    verdict = grade(item, "saction")  # one edit from "sanction" and from "section"
    assert verdict.outcome is Outcome.INCORRECT
    assert Reason.OTHER_OPTION in verdict.reason


def test_another_option_typed_exactly_is_wrong_and_said_so() -> None:
    verdict = grade(cloze(bank=("munitions", "indéfectible")), "munitions")
    assert verdict.outcome is Outcome.INCORRECT
    assert Reason.OTHER_OPTION in verdict.reason
    assert "mot de la liste ne va pas dans cette phrase" in verdict.explanation


def test_a_wrong_qcm_option_is_not_called_a_typed_word() -> None:
    verdict = grade(choice(), "Séoul")
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.explanation == "Non. La bonne réponse est «\u00a0Pyongyang\u00a0»."


def test_strict_accents_with_a_typo_is_wrong() -> None:
    assert grade(cloze(policy=STRICT), "indefectibel").outcome is Outcome.INCORRECT
    assert grade(cloze(policy=STRICT), "indéfectibel").outcome is Outcome.ALMOST


def test_empty_answer() -> None:
    verdict = grade(cloze(), "   ")
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.reason == (Reason.EMPTY,)
    assert verdict.explanation.startswith("Pas de réponse.")


def test_accepted_variants() -> None:
    item = cloze("Pyongyang", accept=("Pyong-yang", "Pyeongyang"))
    assert grade(item, "Pyeongyang").outcome is Outcome.CORRECT


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["juillet 2000", "07/2000", "en juillet 2000", "2000-07", "Juillet 2000."]
)
def test_month_dates_in_every_form(typed: str) -> None:
    assert grade(date_item("juillet 2000", "2000-07"), typed).outcome is Outcome.CORRECT


@pytest.mark.parametrize(
    "typed", ["19 juin 2024", "19/06/2024", "le 19 juin 2024", "mercredi 19 juin 2024"]
)
def test_day_dates_in_every_form(typed: str) -> None:
    assert grade(date_item("19 juin 2024", "2024-06-19"), typed).outcome is Outcome.CORRECT


def test_a_date_without_its_year_earns_its_share() -> None:
    verdict = grade(date_item("19 juin 2024", "2024-06-19"), "19 juin")
    assert verdict.outcome is Outcome.PARTIAL
    assert verdict.points == pytest.approx(2 / 3, abs=0.001)
    assert "il manque l'année" in verdict.explanation


def test_a_wrong_date_is_wrong() -> None:
    verdict = grade(date_item("juillet 2000", "2000-07"), "juillet 2001")
    assert verdict.outcome is Outcome.INCORRECT
    assert "«\u00a0juillet 2000\u00a0»" in verdict.explanation


def test_a_misspelt_month_is_almost() -> None:
    verdict = grade(date_item("juillet 2000", "2000-07"), "juilet 2000")
    assert verdict.outcome is Outcome.ALMOST
    assert verdict.points == 0.5


def test_dates_ignore_accents_whatever_the_policy() -> None:
    item = date_item("août 2000", "2000-08", policy=STRICT)
    assert grade(item, "aout 2000").outcome is Outcome.CORRECT


def test_a_date_without_value_compares_with_the_answer_text() -> None:
    item = date_item("19 juin 2024", None)
    assert grade(item, "19/06/2024").outcome is Outcome.CORRECT


def test_a_more_precise_date_than_asked_is_right() -> None:
    assert grade(date_item("juin 2024", "2024-06"), "19 juin 2024").outcome is Outcome.CORRECT


@pytest.mark.parametrize("typed", ["2 jours", "deux jours", "48 heures", "pendant 2 jours", "2 j"])
def test_durations_in_any_unit(typed: str) -> None:
    item = date_item("2 jours", "P2D", accept=("deux jours",))
    assert grade(item, typed).outcome is Outcome.CORRECT


def test_a_wrong_duration_is_wrong() -> None:
    item = date_item("2 jours", "P2D")
    assert grade(item, "3 jours").outcome is Outcome.INCORRECT
    assert grade(item, "2 mois").outcome is Outcome.INCORRECT
    assert grade(item, "2 jour").outcome is Outcome.CORRECT


@pytest.mark.parametrize(
    ("answer", "value", "typed"),
    [
        ("2 jours", "P2D", "2"),
        ("2 jours", "P2D", "deux"),
        ("24 ans", "P24Y", "24"),
        ("1 an et 6 mois", "P1Y6M", "18"),
    ],
)
def test_the_right_number_without_its_unit_earns_half(answer: str, value: str, typed: str) -> None:
    verdict = grade(date_item(answer, value), typed)
    assert (verdict.outcome, verdict.points, verdict.max_points) == (Outcome.PARTIAL, 0.5, 1)
    assert verdict.reason == (Reason.UNIT_MISSING,)
    assert "il manque l'unité" in verdict.explanation
    assert f"«\u00a0{answer}\u00a0»" in verdict.explanation


@pytest.mark.parametrize("typed", ["3", "jours", "2 semaines", "2,5"])
def test_another_number_or_a_unit_alone_is_wrong(typed: str) -> None:
    assert grade(date_item("2 jours", "P2D"), typed).outcome is Outcome.INCORRECT


# --- true / false -----------------------------------------------------------------------------


def true_false(answer: Truth = Truth.FALSE, justify: bool = True) -> TrueFalse:
    return TrueFalse(
        id="tf",
        skill=Skill.COMPREHENSION,
        prompt="Vrai, faux ou on ne sait pas ?",
        evidence="Cette visite est un rapprochement inquiétant pour les Occidentaux.",
        statement="Les Occidentaux sont contents.",
        answer=answer,
        justify=justify,
    )


@pytest.mark.parametrize("typed", ["false", Truth.FALSE, "faux", "Faux", "FAUX."])
def test_truth_values_in_every_shape(typed: object) -> None:
    assert grade(true_false(justify=False), typed).outcome is Outcome.CORRECT


def test_on_ne_sait_pas() -> None:
    item = true_false(Truth.NOT_GIVEN)
    assert grade(item, "on ne sait pas").outcome is Outcome.CORRECT  # nothing to justify
    assert grade(item, "not_given").outcome is Outcome.CORRECT
    assert grade(item, "true").outcome is Outcome.INCORRECT


def test_justified_truth_earns_full_points() -> None:
    answer = {"truth": "false", "justification": "un rapprochement inquiétant pour les Occidentaux"}
    verdict = grade(true_false(), answer)
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.points == 1.0


def test_truth_without_justification_earns_half() -> None:
    verdict = grade(true_false(), "false")
    assert verdict.outcome is Outcome.PARTIAL
    assert verdict.points == 0.5
    assert Reason.JUSTIFICATION_MISSING in verdict.reason


def test_truth_with_a_sentence_that_proves_nothing_earns_half() -> None:
    verdict = grade(true_false(), ("false", "Poutine rencontre Kim Jong-un."))
    assert verdict.outcome is Outcome.PARTIAL
    assert Reason.JUSTIFICATION_WRONG in verdict.reason
    assert "inquiétant" in verdict.explanation  # the proving sentence is shown


def test_wrong_truth_earns_nothing_even_justified() -> None:
    answer = {"truth": "true", "justification": true_false().evidence}
    assert grade(true_false(), answer).points == 0


ACTA_FIGURE = TrueFalse(
    id="tf-acta",
    skill=Skill.COMPREHENSION,
    prompt="Vrai, faux ou on ne sait pas ? Justifiez avec une phrase du texte.",
    evidence=(
        "Le traité avait été signé en janvier secrètement par 22 des 27 gouvernements de "
        "l'Union européenne, ainsi que les États-Unis, le Japon et le Canada."
    ),
    statement=(
        "Le traité avait été signé en janvier secrètement par 11 des 27 gouvernements de "
        "l'Union européenne."
    ),
    answer=Truth.FALSE,
    justify=True,
)
ACTA_LEAD = (
    "Bien qu'ayant été signé secrètement en janvier 2012 par 22 des 27 gouvernements de "
    "l'Union européenne, l'ACTA a été rejeté par le Parlement européen"
)


def test_another_sentence_with_the_articles_figure_proves_a_changed_figure_false() -> None:
    """In tmux the ACTA lead, which gives "22 des 27 gouvernements" too, earned half the
    points for "… par 11 des 27 gouvernements": only the evidence sentence counted."""
    verdict = grade(ACTA_FIGURE, {"truth": "faux", "justification": ACTA_LEAD})
    assert verdict.outcome is Outcome.CORRECT and verdict.points == 1.0


@pytest.mark.parametrize(
    "justification",
    [
        "Après trois ans de mobilisation, et par 478 voix contre, 39 voix pour et 165 "
        "abstentions, le projet ACTA a été rejeté par le Parlement européen.",  # no 22
        "Les 22 pays membres ont voté.",  # the figure, but not the fact
    ],
)
def test_a_sentence_without_the_figure_or_the_fact_still_proves_nothing(
    justification: str,
) -> None:
    verdict = grade(ACTA_FIGURE, {"truth": "faux", "justification": justification})
    assert verdict.outcome is Outcome.PARTIAL
    assert Reason.JUSTIFICATION_WRONG in verdict.reason


def test_only_a_false_statement_with_a_changed_figure_takes_another_sentence() -> None:
    true_one = replace(ACTA_FIGURE, statement=ACTA_FIGURE.evidence, answer=Truth.TRUE)
    verdict = grade(true_one, {"truth": "vrai", "justification": ACTA_LEAD})
    assert Reason.JUSTIFICATION_WRONG in verdict.reason


def test_unrecognised_truth_is_invalid() -> None:
    verdict = grade(true_false(), "peut-être")
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.reason == (Reason.INVALID,)


# --- hints --------------------------------------------------------------------------------------


def test_a_hint_costs_its_points() -> None:
    item = choice(points=2.0, hint="C'est la capitale.", hint_cost=0.5)
    verdict = grade(item, "Pyongyang", hint_used=True)
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.points == 1.5
    assert Reason.HINT in verdict.reason
    assert "Indice utilisé\u00a0: 0,5\u00a0point en moins." in verdict.explanation


def test_a_hint_never_takes_the_score_below_zero() -> None:
    item = choice(hint="…", hint_cost=0.5)
    assert grade(item, "Pékin", hint_used=True).points == 0
    assert grade(item, "pyongiang", hint_used=True).points == 0  # almost: 0.5 - 0.5


def test_no_hint_no_cost() -> None:
    assert grade(choice(hint_cost=0.5), "Pyongyang").points == 1.0


# --- the real exercise files ----------------------------------------------------------------------


def exercise_files() -> list[Path]:
    return sorted((ROOT / "exercises").glob("*.yaml"))


@pytest.mark.parametrize("path", exercise_files(), ids=lambda p: p.name)
def test_every_item_of_the_shipped_exercises_accepts_its_own_answer(path: Path) -> None:
    exercise_set = load_exercise_set(path, ROOT / "content")
    for item in exercise_set.items:
        answer = expected_answer(item)
        if isinstance(item, OpenQuestion) and item.model_answer:
            answer = item.model_answer
        verdict = grade(item, answer)  # type: ignore[arg-type]
        assert verdict.outcome is Outcome.CORRECT, (item.id, verdict.explanation)
        assert verdict.points == item.points


# --- names that start with their article, elisions typed with a space ------------------------


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("de Le Pen", "Le Pen"),
        ("Le Pen", "de Le Pen"),
        ("de Le Pen", "de le pen"),
        ("de La Fontaine", "La Fontaine"),
        ("La Fontaine", "de La Fontaine"),
    ],
)
def test_a_name_that_starts_with_its_article_reads_the_same_after_de(
    answer: str, typed: str
) -> None:
    """ "Le Pen" for the answer « de Le Pen » was "Il manque des mots", while "La Fontaine" for
    « de La Fontaine » was right: "de la" was read as an article, "de le" was not."""
    verdict = grade(cloze(answer, text="La fille ___ est candidate."), typed)
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.explanation == f"Bravo\u00a0! La réponse est «\u00a0{answer}\u00a0»."


@pytest.mark.parametrize("typed", ["l austérité", "l' austérité", "L ’austérité", "l'austérité"])
def test_an_elision_typed_with_a_space_is_the_elision(typed: str) -> None:
    """ "l austérité" was "Non", two letters off "austérité"."""
    verdict = grade(cloze("austérité", text="… appliquer l'___."), typed)
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.explanation == "Bravo\u00a0! La réponse est «\u00a0austérité\u00a0»."


def test_an_elision_typed_with_a_space_inside_a_term_is_no_typo() -> None:
    """ "réserves d interprétation" was "Presque : une petite faute de frappe"."""
    verdict = grade(cloze("réserves d’interprétation"), "réserves d interprétation")
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.points == 1.0
    assert "faute de frappe" not in verdict.explanation
