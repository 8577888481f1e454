"""A slip of ending named as what it is: the person of a verb or the number of a noun, read from
the words around the cloze's gap."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tutor.exercise_io import load_exercise_set
from tutor.model import Cloze, PartOfSpeech, Skill
from tutor.scoring import Outcome, Reason, grade
from tutor.scoring_words import gap_is_verb

ROOT = Path(__file__).resolve().parent.parent


def gap(text: str, answer: str, pos: PartOfSpeech | None = None) -> Cloze:
    return Cloze(
        id="c",
        skill=Skill.VOCABULARY,
        prompt="Complétez.",
        evidence=text.replace("___", answer),
        text=text,
        answer=answer,
        answer_pos=pos,
    )


def test_an_s_too_many_on_the_shipped_verb_gap_is_a_verb_ending() -> None:
    """ "dépends" for « dépend » was told "attention au singulier et au pluriel"."""
    lesson = load_exercise_set(ROOT / "exercises/poutine-coree-du-nord.yaml", ROOT / "content")
    item = next(i for i in lesson.items if isinstance(i, Cloze) and i.answer == "dépend")
    verdict = grade(item, "dépends")
    assert (verdict.outcome, verdict.reason) == (Outcome.ALMOST, (Reason.VERB_ENDING,))
    assert verdict.explanation.startswith("Presque\u00a0: le verbe n'a pas la bonne terminaison.")


@pytest.mark.parametrize(
    ("text", "answer", "typed"),
    [
        ("Elle ___ de la Russie.", "dépend", "dépends"),
        ("Le pays ne ___ pas ce plan.", "accepte", "acceptes"),
        ("La Corée du Nord ___ aussi de la Russie.", "dépend", "dépends"),
        ("Paris, qui ___ le plan, attend.", "accepte", "acceptes"),
    ],
)
def test_after_a_subject_an_s_too_many_is_the_verb_ending(
    text: str, answer: str, typed: str
) -> None:
    verdict = grade(gap(text, answer), typed)
    assert verdict.reason == (Reason.VERB_ENDING,)
    assert "pluriel" not in verdict.explanation


@pytest.mark.parametrize(
    ("text", "answer", "typed"),
    [
        ("Trump souhaite maintenir des ___ contre la Russie.", "sanctions", "sanction"),
        ("La Russie est un ___ crucial.", "allié", "alliés"),
        ("Un soutien ___ à la Corée.", "indéfectible", "indéfectibles"),
        ("Un soutien ___ plus fort.", "indéfectible", "indéfectibles"),
        ("Le ___ est prévu pour inclure des chars.", "déploiement", "déploiements"),
    ],
)
def test_nouns_and_adjectives_keep_the_slip_of_number(text: str, answer: str, typed: str) -> None:
    verdict = grade(gap(text, answer), typed)
    assert verdict.reason == (Reason.AGREEMENT,)
    assert "singulier et au pluriel" in verdict.explanation


@pytest.mark.parametrize(
    ("text", "answer", "typed"),
    [
        # the words around the gap say nothing of a verb: a noun subject, "de" after
        ("Le village de Saint-Martin ___ de la ville voisine.", "dépend", "dépends"),
        ("___ de la Russie pour son pétrole.", "dépend", "dépends"),
        ("Le gouvernement ___ le plan.", "accepte", "acceptes"),
    ],
)
def test_a_gap_the_item_says_is_a_verb_takes_an_s_too_many_as_its_ending(
    text: str, answer: str, typed: str
) -> None:
    verdict = grade(gap(text, answer, PartOfSpeech.VERB), typed)
    assert verdict.reason == (Reason.VERB_ENDING,)
    assert "pluriel" not in verdict.explanation


@pytest.mark.parametrize(
    ("text", "answer", "typed", "pos"),
    [
        # "aussi" after the gap made it a verb; the item knows it is a participle, an adjective
        ("Le texte a été ___ aussi par le préfet.", "signé", "signés", PartOfSpeech.PARTICIPLE),
        ("Les deux pays restent ___ aussi face aux sanctions.", "alliés", "allié", "adjective"),
        ("Elle ___ de la Russie.", "dépend", "dépends", PartOfSpeech.NOUN),
    ],
)
def test_a_gap_the_item_says_is_no_verb_keeps_the_slip_of_number(
    text: str, answer: str, typed: str, pos: str
) -> None:
    verdict = grade(gap(text, answer, PartOfSpeech(pos)), typed)
    assert verdict.reason == (Reason.AGREEMENT,)
    assert "singulier et au pluriel" in verdict.explanation


def test_a_gap_without_neighbours_is_no_verb() -> None:
    assert not gap_is_verb("___")
    assert not gap_is_verb("___ aussi.")


@pytest.mark.parametrize(
    ("answer", "typed", "word"),
    [
        ("homicide involontaire", "homicide volontaire", "volontaire"),
        ("infraction", "fraction", "fraction"),
        ("déploiement", "déplacement", "déplacement"),
        ("dédiabolisation", "diabolisation", "diabolisation"),
        ("bourgeoisie", "bourgeoise", "bourgeoise"),
    ],
)
def test_a_near_miss_that_is_another_word_is_wrong_not_a_typo(
    answer: str, typed: str, word: str
) -> None:
    """ "homicide volontaire" for "homicide involontaire" earned half the point as "une petite
    faute de frappe": it says the opposite."""
    verdict = grade(gap("Ils sont mis en examen pour « ___ ».", answer), typed)
    assert (verdict.outcome, verdict.points) == (Outcome.INCORRECT, 0.0)
    assert verdict.reason == (Reason.WRONG, Reason.OTHER_WORD)
    assert verdict.explanation.startswith(f"Non\u00a0: «\u00a0{word}\u00a0» est un autre mot.")


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("infraction", "infration"),
        ("compétitivité", "compétivité"),
        ("déploiement", "déployment"),
        ("bourgeoisie", "bourgoisie"),
        ("propriété intellectuelle", "propriété intelectuelle"),
        # in an answer of several words, a slip may land on a word: still a slip
        ("chute des ventes", "chute des vents"),
        (
            "indemnité représentative de frais de mandat",
            "indemnité représentative de fais de mandat",
        ),
        ("moralisation de la vie publique", "moralisation de a vie publique"),
    ],
)
def test_a_typo_that_makes_no_word_is_still_a_typo(answer: str, typed: str) -> None:
    verdict = grade(gap("Une ___.", answer), typed)
    assert (verdict.outcome, verdict.reason) == (Outcome.ALMOST, (Reason.TYPO,))


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("erronées", "erronés"),
        ("Parlement européen", "parlement européenne"),
        ("redressement productif", "redressement productive"),
        ("propriété intellectuelle", "propriété intellectuel"),
        ("publique", "public"),
        ("européennes", "européens"),
    ],
)
def test_masculine_for_feminine_beyond_a_final_e_is_a_slip_of_gender(
    answer: str, typed: str
) -> None:
    """ "erronés" for « erronées » was "une petite faute de frappe", "européenne" for
    « européen » and "productive" for « productif » were "Non." with no point."""
    verdict = grade(gap("Des informations ___.", answer), typed)
    assert (verdict.outcome, verdict.reason) == (Outcome.ALMOST, (Reason.GENDER,))
    assert "attention au masculin et au féminin" in verdict.explanation


@pytest.mark.parametrize(
    ("answer", "typed", "reason"),
    [
        ("homicide involontaire", "homicide involontair", Reason.TYPO),
        ("indemnité représentative", "indemnit représentative", Reason.TYPO),
        ("vendue", "vendu", Reason.GENDER),
        ("signée", "signe", Reason.GENDER),  # looked up as "signé", with its accent
    ],
)
def test_a_final_e_missing_is_a_slip_of_gender_only_when_a_word_is_left(
    answer: str, typed: str, reason: Reason
) -> None:
    """ "involontair" is no word: a letter missing, not the masculine of « involontaire »."""
    # "signe" also lost the accent of "signée", which the title line names too
    assert grade(gap("Pour « ___ ».", answer), typed).reason[0] == reason


def test_two_nouns_an_e_apart_are_no_slip_of_gender() -> None:
    assert grade(gap("Une chute des ___.", "ventes"), "vents").reason == (
        Reason.WRONG,
        Reason.OTHER_WORD,
    )
    assert grade(gap("Une ___.", "chute des ventes"), "chute des vents").reason == (Reason.TYPO,)


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("moralisation de la vie publique", "moralisation de la vi publique"),
        ("gouvernement de coalition", "gouvernement d coalition"),
        ("chute des ventes", "chute de ventes"),
    ],
)
def test_one_slip_on_a_short_word_of_a_long_answer_is_a_typo(answer: str, typed: str) -> None:
    """ "moralisation de la vi publique" was "Non." at 0: no edit was forgiven on a word of
    three letters or fewer, however long the answer."""
    verdict = grade(gap("Une ___.", answer), typed)
    assert (verdict.outcome, verdict.reason) == (Outcome.ALMOST, (Reason.TYPO,))


@pytest.mark.parametrize(
    ("answer", "typed"),
    [("Kim Jong-il", "Kim Jong-in"), ("au faciès", "a faciès"), ("de la vie", "de la vue")],
)
def test_short_answers_keep_their_short_words_exact(answer: str, typed: str) -> None:
    assert grade(gap("Une ___.", answer), typed).outcome is Outcome.INCORRECT


def test_a_letter_doubled_after_a_plural_is_a_typo_not_a_plural() -> None:
    """ "ventess" was told "attention au singulier et au pluriel"."""
    assert grade(gap("Des ___.", "ventes"), "ventess").reason == (Reason.TYPO,)


@pytest.mark.parametrize(
    ("text", "answer", "typed"),
    [
        ("PSA va supprimer ___ postes en France.", "8 000", "8 000 postes"),
        ("PSA va supprimer ___ postes en France.", "8 000", "8.000"),
        ("Une chute de ___ des ventes.", "15,2 %", "15,2%"),
        ("Une chute de ___ des ventes.", "15,2 %", "15,2 pour cent"),
        ("La Corée du Nord ___ aussi de la Russie.", "dépend", "dépend aussi"),
    ],
)
def test_a_number_in_another_usual_form_or_with_the_next_word_copied_is_right(
    text: str, answer: str, typed: str
) -> None:
    """ "8 000 postes" (the word after the gap copied), "8.000" (thousands with a dot, as many
    languages write them) and "15,2%" (no space before %) were "Non." at 0."""
    verdict = grade(gap(text, answer), typed)
    assert (verdict.outcome, verdict.points) == (Outcome.CORRECT, 1.0), verdict.explanation


@pytest.mark.parametrize(("answer", "typed"), [("8 000", "8,000"), ("8 000", "8 000 emplois")])
def test_a_comma_is_a_decimal_and_another_word_is_not_the_sentence(answer: str, typed: str) -> None:
    """In French "8,000" is eight."""
    verdict = grade(gap("PSA va supprimer ___ postes en France.", answer), typed)
    assert verdict.outcome is Outcome.INCORRECT


def test_a_slip_in_a_name_is_a_typo_unless_it_makes_another_name() -> None:
    """ "Marin" for Martin was a typo, half the points: Marin is another name, another
    person (tests/test_scoring_people.py); "Matrin" is no name, a slip."""
    item = gap("Le rapporteur, ___, a appelé au rejet.", "Martin")
    verdict = grade(item, "Matrin")
    assert (verdict.outcome, verdict.reason) == (Outcome.ALMOST, (Reason.TYPO,))
    verdict = grade(item, "Marin")
    assert (verdict.outcome, verdict.reason) == (
        Outcome.INCORRECT,
        (Reason.WRONG, Reason.OTHER_PERSON),
    )


@pytest.mark.parametrize("typed", ["Marie", "Marin", "Marie Le Pen"])
def test_another_person_s_given_name_is_no_typo(typed: str) -> None:
    """A gap whose answer is "Marine Le Pen" (also "Marine") took "Marie" for a typo, half the
    points: another person's given name is wrong. A slip that makes no name still is one."""
    item = gap("Selon ___, c'est une petite-bourgeoise.", "Marine Le Pen")
    item = replace(item, accept=("Marine", "Le Pen"))
    assert grade(item, typed).outcome is Outcome.INCORRECT
    assert grade(item, "Marinne").outcome is Outcome.ALMOST
